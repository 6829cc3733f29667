<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- A two-string stand-in for translations/pulse_de.ts, so TestLanguageSelector does not depend on how
     far the real translation has come. -->
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>pulse::ui::MainWindow</name>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Funnels</source>
        <translation>Trichter</translation>
    </message>
</context>
</TS>
