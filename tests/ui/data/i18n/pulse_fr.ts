<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- A two-string stand-in for translations/pulse_fr.ts, so TestLanguageSelector does not depend on how
     far the real translation has come. -->
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>pulse::ui::MainWindow</name>
    <message>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <source>Funnels</source>
        <translation>Entonnoirs</translation>
    </message>
</context>
</TS>
