<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>CohortFormat</name>
    <message>
        <source>Dynamic</source>
        <translation>Dynamisch</translation>
    </message>
    <message>
        <source>Static</source>
        <translation>Statisch</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>1 minute ago</source>
        <translation>vor 1 Minute</translation>
    </message>
    <message>
        <source>%1 minutes ago</source>
        <translation>vor %1 Minuten</translation>
    </message>
    <message>
        <source>1 hour ago</source>
        <translation>vor 1 Stunde</translation>
    </message>
    <message>
        <source>%1 hours ago</source>
        <translation>vor %1 Stunden</translation>
    </message>
    <message>
        <source>1 day ago</source>
        <translation>vor 1 Tag</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>vor %1 Tagen</translation>
    </message>
    <message>
        <source>Not computed yet</source>
        <translation>Noch nicht berechnet</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>only on demand</source>
        <translation>nur auf Anforderung</translation>
    </message>
    <message>
        <source>every hour</source>
        <translation>stündlich</translation>
    </message>
    <message>
        <source>every %1 hours</source>
        <translation>alle %1 Stunden</translation>
    </message>
    <message>
        <source>1 member</source>
        <translation>1 Mitglied</translation>
    </message>
    <message>
        <source>%1 members</source>
        <translation>%1 Mitglieder</translation>
    </message>
    <message>
        <source>is</source>
        <translation>ist</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>ist nicht</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>enthält</translation>
    </message>
    <message>
        <source>is one of</source>
        <translation>ist einer von</translation>
    </message>
    <message>
        <source>&gt;</source>
        <translation>&gt;</translation>
    </message>
    <message>
        <source>≥</source>
        <translation>≥</translation>
    </message>
    <message>
        <source>&lt;</source>
        <translation>&lt;</translation>
    </message>
    <message>
        <source>≤</source>
        <translation>≤</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>in the last day</source>
        <translation>innerhalb des letzten Tages</translation>
    </message>
    <message>
        <source>in the last %1 days</source>
        <translation>in den letzten %1 Tagen</translation>
    </message>
    <message>
        <source>between %1 and %2</source>
        <translation>zwischen %1 und %2</translation>
    </message>
    <message>
        <source>ever</source>
        <translation>bisher</translation>
    </message>
    <message>
        <source>did not do %1 %2</source>
        <extracomment>Follows &quot;Users who&quot;; %1 is the event, %2 when (&quot;in the last 7 days&quot;, &quot;ever&quot;).</extracomment>
        <translation>%1 %2 nicht ausgeführt haben</translation>
    </message>
    <message>
        <source>1 time</source>
        <translation>1-mal</translation>
    </message>
    <message>
        <source>%1 times</source>
        <translation>%1-mal</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>mindestens %1</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>höchstens %1</translation>
    </message>
    <message>
        <source>exactly %1</source>
        <translation>genau %1</translation>
    </message>
    <message>
        <source>did %1 %2 %3</source>
        <extracomment>Follows &quot;Users who&quot;; %1 is the event, %2 how often (&quot;at least 3 times&quot;), %3 when.</extracomment>
        <translation>%1 %3 %2 ausgeführt haben</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>were first seen before %1</source>
        <extracomment>Follows &quot;Users who&quot;; %1 is a date.</extracomment>
        <translation>vor dem %1 erstmals gesehen wurden</translation>
    </message>
    <message>
        <source>were first seen on or after %1</source>
        <translation>am oder nach dem %1 erstmals gesehen wurden</translation>
    </message>
    <message>
        <source>were last seen before %1</source>
        <extracomment>Follows &quot;Users who&quot;; %1 is a date.</extracomment>
        <translation>vor dem %1 zuletzt gesehen wurden</translation>
    </message>
    <message>
        <source>were last seen on or after %1</source>
        <translation>am oder nach dem %1 zuletzt gesehen wurden</translation>
    </message>
    <message>
        <source>have the %1 “%2”</source>
        <extracomment>Follows &quot;Users who&quot;; %1 is a property (browser, country, prop.plan), %2 its value.</extracomment>
        <translation>für %1 den Wert „%2“ haben</translation>
    </message>
    <message>
        <source>have a %1 that contains “%2”</source>
        <extracomment>Follows &quot;Users who&quot;.</extracomment>
        <translation>für %1 einen „%2“ enthaltenden Wert haben</translation>
    </message>
</context>
<context>
    <name>DateRange</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>Month to date</source>
        <translation>Monat bis heute</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Eigener Zeitraum</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>am %1</translation>
    </message>
    <message>
        <source>between %1 and %2</source>
        <translation>vom %1 bis %2</translation>
    </message>
</context>
<context>
    <name>DesktopPepper</name>
    <message>
        <source>The system keychain did not keep the pepper.</source>
        <translation>Der Schlüsselbund des Systems hat den Pepper nicht behalten.</translation>
    </message>
    <message>
        <source>Pulse could not write %1: %2</source>
        <translation>Pulse konnte %1 nicht schreiben: %2</translation>
    </message>
    <message>
        <source>The pepper is in the system keychain, but its old file %1 could not be deleted: delete it by hand.</source>
        <translation>Der Pepper liegt im Schlüsselbund des Systems, aber seine alte Datei %1 konnte nicht gelöscht werden: Löschen Sie sie von Hand.</translation>
    </message>
    <message>
        <source>%1 is damaged: it should name the system keychain&apos;s entry that holds this data folder&apos;s pepper.</source>
        <translation>%1 ist beschädigt: Die Datei sollte den Eintrag im Schlüsselbund des Systems nennen, der den Pepper dieses Datenordners enthält.</translation>
    </message>
    <message>
        <source>This data folder&apos;s pepper (the secret its API keys are checked with) is kept in a system keychain under the name %1, and this computer&apos;s keychain has no such entry. The folder was probably copied from another computer or user account.</source>
        <translation>Der Pepper dieses Datenordners (das Geheimnis, mit dem seine API-Schlüssel geprüft werden) liegt in einem Schlüsselbund unter dem Namen %1, und der Schlüsselbund dieses Computers hat keinen solchen Eintrag. Der Ordner wurde wahrscheinlich von einem anderen Computer oder Benutzerkonto kopiert.</translation>
    </message>
    <message>
        <source>The system keychain&apos;s entry %1 does not hold a pepper.</source>
        <translation>Der Eintrag %1 im Schlüsselbund des Systems enthält keinen Pepper.</translation>
    </message>
</context>
<context>
    <name>FunnelFormat</name>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>%1s</source>
        <translation>%1&#xa0;s</translation>
    </message>
    <message>
        <source>%1m %2s</source>
        <translation>%1&#xa0;min %2&#xa0;s</translation>
    </message>
    <message>
        <source>%1h %2m</source>
        <translation>%1&#xa0;h %2&#xa0;min</translation>
    </message>
    <message>
        <source>%1d %2h</source>
        <translation>%1&#xa0;d %2&#xa0;h</translation>
    </message>
    <message>
        <source>%1m</source>
        <translation>%1&#xa0;min</translation>
    </message>
    <message>
        <source>%1h</source>
        <translation>%1&#xa0;h</translation>
    </message>
    <message>
        <source>%1d</source>
        <translation>%1&#xa0;d</translation>
    </message>
    <message>
        <source>1 user</source>
        <translation>1 Nutzer</translation>
    </message>
    <message>
        <source>%1 users</source>
        <translation>%1 Nutzer</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 Stunden</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 Minute</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 Minuten</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
</context>
<context>
    <name>Keychain</name>
    <message>
        <source>The system keychain refused: %1</source>
        <translation>Der Schlüsselbund des Systems hat abgelehnt: %1</translation>
    </message>
    <message>
        <source>The system keychain did not answer.</source>
        <translation>Der Schlüsselbund des Systems hat nicht geantwortet.</translation>
    </message>
</context>
<context>
    <name>KpiFormat</name>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>%1s</source>
        <translation>%1&#xa0;s</translation>
    </message>
    <message>
        <source>%1m %2s</source>
        <translation>%1&#xa0;min %2&#xa0;s</translation>
    </message>
    <message>
        <source>%1h %2m</source>
        <translation>%1&#xa0;h %2&#xa0;min</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>±0%</source>
        <translation>±0&#xa0;%</translation>
    </message>
    <message>
        <source>↑ %1%</source>
        <translation>↑ %1&#xa0;%</translation>
    </message>
    <message>
        <source>↓ %1%</source>
        <translation>↓ %1&#xa0;%</translation>
    </message>
    <message>
        <source>±0 pp</source>
        <translation>±0&#xa0;Pp.</translation>
    </message>
    <message>
        <source>↑ %1 pp</source>
        <translation>↑ %1&#xa0;Pp.</translation>
    </message>
    <message>
        <source>↓ %1 pp</source>
        <translation>↓ %1&#xa0;Pp.</translation>
    </message>
</context>
<context>
    <name>ServerProfiles</name>
    <message>
        <source>Enter the server&apos;s address, like https://pulse.example.com or http://10.0.0.5:8420.</source>
        <translation>Geben Sie die Adresse des Servers ein, etwa https://pulse.example.com oder http://10.0.0.5:8420.</translation>
    </message>
    <message>
        <source>Enter only the server&apos;s address: no user name, no ?query and no #fragment. The key goes in its own field.</source>
        <translation>Geben Sie nur die Adresse des Servers ein: keinen Benutzernamen, keine ?Abfrage und kein #Fragment. Der Schlüssel gehört in sein eigenes Feld.</translation>
    </message>
</context>
<context>
    <name>ThirdPartyComponents</name>
    <message>
        <source>Qt Core, GUI, Widgets, Network, WebSockets, Concurrent and OpenGL: the application framework</source>
        <translation>Qt Core, GUI, Widgets, Network, WebSockets, Concurrent und OpenGL: das Anwendungsframework</translation>
    </message>
    <message>
        <source>The charts</source>
        <translation>Die Diagramme</translation>
    </message>
    <message>
        <source>The workspace database</source>
        <translation>Die Datenbank des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>Public domain</source>
        <translation>Gemeinfrei</translation>
    </message>
    <message>
        <source>Gzip-compressed requests and imports</source>
        <translation>Gzip-komprimierte Anfragen und Importe</translation>
    </message>
    <message>
        <source>HTTP parsing in the built-in collector</source>
        <translation>HTTP-Parsing im integrierten Collector</translation>
    </message>
    <message>
        <source>Remote servers&apos; keys in the system keychain</source>
        <translation>Schlüssel entfernter Server im Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>Memory allocation</source>
        <translation>Speicherverwaltung</translation>
    </message>
    <message>
        <source>SHA-256 digests of imported rows and visitor ids</source>
        <translation>SHA-256-Prüfsummen importierter Zeilen und der Besucherkennungen</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Collector port in use</source>
        <translation>Collector-Port belegt</translation>
    </message>
    <message>
        <source>Collector not running: %1</source>
        <translation>Collector läuft nicht: %1</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Zeigt die Versionsinformationen an.</translation>
    </message>
    <message>
        <source>Workspace folder (default: %1).</source>
        <translation>Ordner des Arbeitsbereichs (Standard: %1).</translation>
    </message>
    <message>
        <source>Load the demo site if it is not there yet.</source>
        <translation>Lädt die Demo-Website, falls sie noch nicht vorhanden ist.</translation>
    </message>
    <message>
        <source>Pulse desktop workbench</source>
        <translation>Pulse – Produktanalyse auf dem Desktop</translation>
    </message>
    <message>
        <source>Cannot open the workspace</source>
        <translation>Der Arbeitsbereich kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Demodaten</translation>
    </message>
    <message>
        <source>The demo data could not be loaded: %1</source>
        <translation>Die Demodaten konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Language of the workbench: en, de or fr (default: as chosen in Settings &gt; Language, else the system&apos;s).</source>
        <translation>Sprache der Anwendung: en, de oder fr (Standard: wie unter Einstellungen &gt; Sprache gewählt, sonst die des Systems).</translation>
    </message>
    <message>
        <source>Cannot open the server&apos;s workspace</source>
        <translation>Arbeitsbereich des Servers kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1

The workspace on this computer opens instead.</source>
        <translation>%1

Stattdessen wird der Arbeitsbereich auf diesem Computer geöffnet.</translation>
    </message>
    <message>
        <source>Pulse could not start its collector on %1:%2 (%3).

Use another free port? Tracker snippets must then use the new address.</source>
        <translation>Pulse konnte seinen Collector nicht auf %1:%2 starten (%3).

Einen anderen freien Port verwenden? Tracker-Snippets müssen dann die neue Adresse verwenden.</translation>
    </message>
    <message>
        <source>port %1 is not available (%2)</source>
        <translation>Port %1 ist nicht verfügbar (%2)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>The workspace was restored from the backup.</source>
        <translation>Der Arbeitsbereich wurde aus der Sicherung wiederhergestellt.</translation>
    </message>
    <message>
        <source>The database it replaced is kept as %1.</source>
        <translation>Die ersetzte Datenbank bleibt als %1 erhalten.</translation>
    </message>
    <message>
        <source>Collector port (default: as chosen in Settings &gt; Collector, else 8420).</source>
        <translation>Port des Collectors (Standard: wie unter Einstellungen &gt; Collector gewählt, sonst 8420).</translation>
    </message>
    <message>
        <source>Collecting events at %1</source>
        <translation>Ereignisse werden unter %1 gesammelt</translation>
    </message>
    <message>
        <source>Collector</source>
        <translation>Collector</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
</context>
<context>
    <name>pulse::CollectorController</name>
    <message>
        <source>&quot;%1&quot; is not an IP address; use 127.0.0.1 for this computer only, or 0.0.0.0 for every network interface.</source>
        <translation>„%1“ ist keine IP-Adresse; verwenden Sie 127.0.0.1 nur für diesen Computer oder 0.0.0.0 für alle Netzwerkschnittstellen.</translation>
    </message>
    <message>
        <source>port %1 on %2 is not available (%3)</source>
        <translation>Port %1 auf %2 ist nicht verfügbar (%3)</translation>
    </message>
    <message>
        <source>The collector cannot listen on port %1 of %2: %3. Choose another port, or 0 for any free port.</source>
        <translation>Der Collector kann nicht auf Port %1 von %2 lauschen: %3. Wählen Sie einen anderen Port oder 0 für einen beliebigen freien Port.</translation>
    </message>
    <message>
        <source>stopped in Settings</source>
        <translation>in den Einstellungen angehalten</translation>
    </message>
</context>
<context>
    <name>pulse::CsvReader</name>
    <message>
        <source>A field is longer than %1 bytes, the limit; is a closing quote missing?</source>
        <translation>Ein Feld ist länger als das Limit von %1 Bytes; fehlt ein schließendes Anführungszeichen?</translation>
    </message>
    <message>
        <source>The row is longer than %1 bytes, the limit; is a closing quote missing?</source>
        <translation>Die Zeile ist länger als das Limit von %1 Bytes; fehlt ein schließendes Anführungszeichen?</translation>
    </message>
    <message>
        <source>Field %1 is not valid UTF-8; save the file as UTF-8.</source>
        <translation>Feld %1 ist kein gültiges UTF-8; speichern Sie die Datei als UTF-8.</translation>
    </message>
    <message>
        <source>The row has %1 fields, the first row has %2 (delimiter %3).</source>
        <translation>Die Zeile hat %1 Felder, die erste Zeile hat %2 (Trennzeichen %3).</translation>
    </message>
    <message>
        <source>A quoted field is never closed: the file ends inside it.</source>
        <translation>Ein Feld in Anführungszeichen wird nie geschlossen: Die Datei endet darin.</translation>
    </message>
    <message>
        <source>Field %1 has text after its closing quote; double quotes inside a quoted field (&quot;&quot;).</source>
        <translation>Feld %1 hat Text nach dem schließenden Anführungszeichen; verdoppeln Sie Anführungszeichen innerhalb eines Feldes in Anführungszeichen (&quot;&quot;).</translation>
    </message>
</context>
<context>
    <name>pulse::EventImporter</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The events could not be stored: %1</source>
        <translation>Die Ereignisse konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The header row cannot be read: %1</source>
        <translation>Die Kopfzeile kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Each event must be a JSON object like {&quot;name&quot;: &quot;pageview&quot;, &quot;timestamp&quot;: &quot;2024-05-01T12:30:00Z&quot;, &quot;user_id&quot;: &quot;u-1&quot;}.</source>
        <translation>Jedes Ereignis muss ein JSON-Objekt sein, z. B. {&quot;name&quot;: &quot;pageview&quot;, &quot;timestamp&quot;: &quot;2024-05-01T12:30:00Z&quot;, &quot;user_id&quot;: &quot;u-1&quot;}.</translation>
    </message>
</context>
<context>
    <name>pulse::ImportInput</name>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Die Datei konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The file is not open for reading.</source>
        <translation>Die Datei ist nicht zum Lesen geöffnet.</translation>
    </message>
    <message>
        <source>The gzip decompressor could not be started.</source>
        <translation>Der gzip-Dekompressor konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>The gzip data ends early: the file is truncated.</source>
        <translation>Die gzip-Daten enden vorzeitig: Die Datei ist abgeschnitten.</translation>
    </message>
    <message>
        <source>The gzip data is corrupt (%1).</source>
        <translation>Die gzip-Daten sind beschädigt (%1).</translation>
    </message>
</context>
<context>
    <name>pulse::ImportJobs</name>
    <message>
        <source>the upload could not be moved to %1</source>
        <translation>Die hochgeladene Datei konnte nicht nach %1 verschoben werden</translation>
    </message>
    <message>
        <source>The import job could not be stored: %1</source>
        <translation>Der Importauftrag konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The site of this import no longer exists.</source>
        <translation>Die Website dieses Imports existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The uploaded file is gone from the data folder; upload it again.</source>
        <translation>Die hochgeladene Datei ist nicht mehr im Datenordner; laden Sie sie erneut hoch.</translation>
    </message>
    <message>
        <source>There is no mapping preset named &apos;%1&apos;.</source>
        <translation>Es gibt keine Zuordnungsvorlage namens &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>pulse::ImportMapping</name>
    <message>
        <source>&quot;header&quot; must be true or false.</source>
        <translation>&quot;header&quot; muss true oder false sein.</translation>
    </message>
    <message>
        <source>&quot;delimiter&quot; must be &quot;,&quot;, &quot;;&quot;, a tab or &quot;auto&quot;, not &apos;%1&apos;.</source>
        <translation>&quot;delimiter&quot; muss &quot;,&quot;, &quot;;&quot;, ein Tabulator oder &quot;auto&quot; sein, nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>columns.%1 must be a header name or a 0-based column number.</source>
        <translation>columns.%1 muss ein Spaltenname aus der Kopfzeile oder eine Spaltennummer (ab 0) sein.</translation>
    </message>
    <message>
        <source>&quot;timestamp_format&quot; must be auto, epoch_seconds, epoch_millis or iso8601, not &apos;%1&apos;.</source>
        <translation>&quot;timestamp_format&quot; muss auto, epoch_seconds, epoch_millis oder iso8601 sein, nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Each entry of &quot;props&quot; needs a &quot;name&quot; and a &quot;column&quot; (header name or 0-based number).</source>
        <translation>Jeder Eintrag in &quot;props&quot; braucht &quot;name&quot; und &quot;column&quot; (Spaltenname oder Nummer ab 0).</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>The mapping uses column %1, but the file has only %2 columns.</source>
        <translation>Die Zuordnung verwendet Spalte %1, aber die Datei hat nur %2 Spalten.</translation>
    </message>
    <message>
        <source>The mapping names column &apos;%1&apos;, but the file has no header: map columns by number.</source>
        <translation>Die Zuordnung nennt die Spalte &apos;%1&apos;, aber die Datei hat keine Kopfzeile: Ordnen Sie die Spalten per Nummer zu.</translation>
    </message>
    <message>
        <source>The file has no column &apos;%1&apos;; its columns are: %2.</source>
        <translation>Die Datei hat keine Spalte &apos;%1&apos;; ihre Spalten sind: %2.</translation>
    </message>
    <message>
        <source>No column holds the time: map one (for example a header named &apos;timestamp&apos; or &apos;ts&apos;).</source>
        <translation>Keine Spalte enthält die Zeit: Ordnen Sie eine zu (zum Beispiel eine Spalte namens &apos;timestamp&apos; oder &apos;ts&apos;).</translation>
    </message>
    <message>
        <source>No column holds the event name: map one (for example a header named &apos;event&apos; or &apos;name&apos;).</source>
        <translation>Keine Spalte enthält den Ereignisnamen: Ordnen Sie eine zu (zum Beispiel eine Spalte namens &apos;event&apos; oder &apos;name&apos;).</translation>
    </message>
    <message>
        <source>No column holds the user id: map one (for example a header named &apos;user_id&apos;); imported visitors are told apart by it.</source>
        <translation>Keine Spalte enthält die Nutzer-ID: Ordnen Sie eine zu (zum Beispiel eine Spalte namens &apos;user_id&apos;); importierte Besucher werden anhand dieser ID unterschieden.</translation>
    </message>
</context>
<context>
    <name>pulse::ImportPresetStore</name>
    <message>
        <source>Give the preset a name.</source>
        <translation>Geben Sie der Vorlage einen Namen.</translation>
    </message>
    <message numerus="yes">
        <source>A preset name has at most %n characters.</source>
        <translation>
            <numerusform>Ein Vorlagenname hat höchstens %n Zeichen.</numerusform>
            <numerusform>Ein Vorlagenname hat höchstens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a built-in preset; choose another name.</source>
        <translation>„%1“ ist eine eingebaute Vorlage; wählen Sie einen anderen Namen.</translation>
    </message>
</context>
<context>
    <name>pulse::ImportPreview</name>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>The file holds no JSON objects.</source>
        <translation>Die Datei enthält keine JSON-Objekte.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>time (epoch seconds)</source>
        <translation>Zeit (Epoch-Sekunden)</translation>
    </message>
    <message>
        <source>time (epoch milliseconds)</source>
        <translation>Zeit (Epoch-Millisekunden)</translation>
    </message>
    <message>
        <source>time (ISO 8601)</source>
        <translation>Zeit (ISO 8601)</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
</context>
<context>
    <name>pulse::ImportReport</name>
    <message>
        <source>%1 rows read: %2 imported, %3 already stored, %4 rejected, in %5 s (%6 rows/s).</source>
        <translation>%1 Zeilen gelesen: %2 importiert, %3 bereits gespeichert, %4 abgelehnt, in %5 s (%6 Zeilen/s).</translation>
    </message>
</context>
<context>
    <name>pulse::ImportRowBuilder</name>
    <message>
        <source>seconds since 1970 (like 1704067200)</source>
        <translation>Sekunden seit 1970 (z. B. 1704067200)</translation>
    </message>
    <message>
        <source>milliseconds since 1970 (like 1704067200000)</source>
        <translation>Millisekunden seit 1970 (z. B. 1704067200000)</translation>
    </message>
    <message>
        <source>an ISO 8601 time (like 2024-01-01T12:30:00Z)</source>
        <translation>eine ISO-8601-Zeit (z. B. 2024-01-01T12:30:00Z)</translation>
    </message>
    <message>
        <source>seconds or milliseconds since 1970, or an ISO 8601 time</source>
        <translation>Sekunden oder Millisekunden seit 1970 oder eine ISO-8601-Zeit</translation>
    </message>
    <message>
        <source>The row has no time; every imported event needs one.</source>
        <translation>Die Zeile hat keine Zeit; jedes importierte Ereignis braucht eine.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not %2.</source>
        <translation>&apos;%1&apos; ist ungültig; erwartet: %2.</translation>
    </message>
    <message>
        <source>The row has no user id; imported events need one to tell visitors apart.</source>
        <translation>Die Zeile hat keine Nutzer-ID; importierte Ereignisse brauchen eine, um Besucher zu unterscheiden.</translation>
    </message>
    <message>
        <source>The event has no &quot;timestamp&quot;; every imported event needs one.</source>
        <translation>Dem Ereignis fehlt &quot;timestamp&quot;; jedes importierte Ereignis braucht diesen Wert.</translation>
    </message>
    <message>
        <source>The event has no &quot;user_id&quot;; imported events need one to tell visitors apart.</source>
        <translation>Dem Ereignis fehlt &quot;user_id&quot;; importierte Ereignisse brauchen diesen Wert, um Besucher zu unterscheiden.</translation>
    </message>
</context>
<context>
    <name>pulse::JsonItemReader</name>
    <message>
        <source>The item is longer than %1 bytes, the limit for one event.</source>
        <translation>Das Element ist länger als %1 Bytes, das Limit für ein Ereignis.</translation>
    </message>
    <message>
        <source>The JSON array is not closed: the file ends inside it (is it truncated?).</source>
        <translation>Das JSON-Array ist nicht geschlossen: Die Datei endet darin (ist sie abgeschnitten?).</translation>
    </message>
    <message>
        <source>The file is not a JSON array of events: it starts with &apos;%1&apos;.</source>
        <translation>Die Datei ist kein JSON-Array von Ereignissen: Sie beginnt mit &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unexpected data after the JSON array at byte %1.</source>
        <translation>Unerwartete Daten nach dem JSON-Array bei Byte %1.</translation>
    </message>
</context>
<context>
    <name>pulse::WorkspaceBackup</name>
    <message>
        <source>There is no workspace database in %1 to back up.</source>
        <translation>In %1 gibt es keine Datenbank eines Arbeitsbereichs, die gesichert werden könnte.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation>Die Sicherung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The backup was cancelled.</source>
        <translation>Die Sicherung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a Pulse backup: it is not a SQLite database.</source>
        <translation>%1 ist keine Pulse-Sicherung: Es ist keine SQLite-Datenbank.</translation>
    </message>
    <message>
        <source>%1 is damaged: it is cut short (probably an incomplete copy); it cannot be restored.</source>
        <translation>%1 ist beschädigt: Die Datei ist zu kurz (vermutlich eine unvollständige Kopie); sie kann nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>%1 is a SQLite database but not a Pulse workspace: it has no %2 table.</source>
        <translation>%1 ist eine SQLite-Datenbank, aber kein Pulse-Arbeitsbereich: Ihr fehlt die Tabelle %2.</translation>
    </message>
    <message>
        <source>%1 was made by a newer Pulse (schema %2; this version reads up to %3): update Pulse, then restore it.</source>
        <translation>%1 stammt von einer neueren Pulse-Version (Schema %2; diese Version liest bis %3): Aktualisieren Sie Pulse und stellen Sie die Sicherung dann wieder her.</translation>
    </message>
    <message>
        <source>%1 is damaged (SQLite&apos;s integrity check reports: %2); it cannot be restored.</source>
        <translation>%1 ist beschädigt (die Integritätsprüfung von SQLite meldet: %2); die Datei kann nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read (%2); it cannot be restored.</source>
        <translation>%1 ist beschädigt und kann nicht gelesen werden (%2); die Datei kann nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>Cannot write to the data folder %1: %2</source>
        <translation>In den Datenordner %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The restore was cancelled.</source>
        <translation>Die Wiederherstellung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Cannot prepare the restore in %1: %2</source>
        <translation>Die Wiederherstellung kann in %1 nicht vorbereitet werden: %2</translation>
    </message>
    <message>
        <source>Cannot prepare the restore in %1.</source>
        <translation>Die Wiederherstellung kann in %1 nicht vorbereitet werden.</translation>
    </message>
    <message>
        <source>The restore could not replace the workspace (%1 could not be moved); the workspace is unchanged and the backup is kept as %2.</source>
        <translation>Die Wiederherstellung konnte den Arbeitsbereich nicht ersetzen (%1 ließ sich nicht verschieben); der Arbeitsbereich ist unverändert, die Sicherung bleibt als %2 erhalten.</translation>
    </message>
</context>
<context>
    <name>pulse::ui::AboutDialog</name>
    <message>
        <source>%1 (%2 %3, %4)</source>
        <translation>%1 (%2 %3, %4)</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>Über Qt</translation>
    </message>
    <message>
        <source>About Pulse</source>
        <translation>Über Pulse</translation>
    </message>
    <message>
        <source>Pulse</source>
        <translation>Pulse</translation>
    </message>
    <message>
        <source>Local-first product analytics</source>
        <translation>Local-first-Produktanalyse</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (kompiliert mit %2)</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Build:</source>
        <translation>Build:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt:</translation>
    </message>
    <message>
        <source>System:</source>
        <translation>System:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Datenordner:</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Lizenz:</translation>
    </message>
    <message>
        <source>%1. Pulse is free software: you may share and change it under the terms of the GNU General Public License, version 3 or later. It comes with no warranty.</source>
        <translation>%1. Pulse ist freie Software: Sie dürfen es unter den Bedingungen der GNU General Public License, Version 3 oder später, weitergeben und verändern. Es wird ohne jede Gewährleistung bereitgestellt.</translation>
    </message>
    <message>
        <source>Third-party components</source>
        <translation>Komponenten von Drittanbietern</translation>
    </message>
    <message>
        <source>Pulse %1</source>
        <translation>Pulse %1</translation>
    </message>
    <message>
        <source>Build: %1, %2</source>
        <translation>Build: %1, %2</translation>
    </message>
    <message>
        <source>Qt: %1</source>
        <translation>Qt: %1</translation>
    </message>
    <message>
        <source>System: %1</source>
        <translation>System: %1</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>Datenordner: %1</translation>
    </message>
    <message>
        <source>Copy Details</source>
        <translation>Details kopieren</translation>
    </message>
    <message>
        <source>Copy the version, build and system to the clipboard, for a bug report</source>
        <translation>Version, Build und System für einen Fehlerbericht in die Zwischenablage kopieren</translation>
    </message>
</context>
<context>
    <name>pulse::ui::AlertBacktestChart</name>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Schwelle</translation>
    </message>
    <message>
        <source>Would fire</source>
        <translation>Würde auslösen</translation>
    </message>
    <message>
        <source>Would resolve</source>
        <translation>Würde sich erledigen</translation>
    </message>
    <message>
        <source>d MMM</source>
        <extracomment>Day on the time axis, as a Qt date format (d day, MMM short month name); German: &quot;d. MMM&quot;</extracomment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>What the rule would have done in the last 30 days</source>
        <translation>Was die Regel in den letzten 30 Tagen getan hätte</translation>
    </message>
</context>
<context>
    <name>pulse::ui::AlertFormat</name>
    <message>
        <source>Visitors</source>
        <translation>Besucher</translation>
    </message>
    <message>
        <source>Pageviews</source>
        <translation>Seitenaufrufe</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Besuche</translation>
    </message>
    <message>
        <source>Bounce rate</source>
        <translation>Absprungrate</translation>
    </message>
    <message>
        <source>Visit duration</source>
        <translation>Besuchsdauer</translation>
    </message>
    <message>
        <source>Views per visit</source>
        <translation>Aufrufe pro Besuch</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Alle Ereignisse</translation>
    </message>
    <message>
        <source>Count of one event</source>
        <translation>Anzahl eines Ereignisses</translation>
    </message>
    <message>
        <source>Funnel conversion</source>
        <translation>Trichter-Konversion</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1-Ereignisse</translation>
    </message>
    <message>
        <source>%1 conversion</source>
        <translation>Konversion von %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>%1 over %2</source>
        <translation>%1 über %2</translation>
    </message>
    <message>
        <source>above %1</source>
        <translation>über %1</translation>
    </message>
    <message>
        <source>below %1</source>
        <translation>unter %1</translation>
    </message>
    <message>
        <source>up by more than %1 %</source>
        <translation>steigt um mehr als %1 %</translation>
    </message>
    <message>
        <source>down by more than %1 %</source>
        <translation>fällt um mehr als %1 %</translation>
    </message>
    <message>
        <source>changes by more than %1 %</source>
        <translation>ändert sich um mehr als %1 %</translation>
    </message>
    <message>
        <source>unusual (more than %1 standard deviations)</source>
        <translation>ungewöhnlich (mehr als %1 Standardabweichungen)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Would not have fired in the last 30 days (%1 checks).</source>
        <translation>Hätte in den letzten 30 Tagen nicht ausgelöst (%1 Prüfungen).</translation>
    </message>
    <message>
        <source>Would have fired once in the last 30 days (%1 checks).</source>
        <translation>Hätte in den letzten 30 Tagen einmal ausgelöst (%1 Prüfungen).</translation>
    </message>
    <message>
        <source>Would have fired %1 times in the last 30 days (%2 checks).</source>
        <translation>Hätte in den letzten 30 Tagen %1-mal ausgelöst (%2 Prüfungen).</translation>
    </message>
    <message>
        <source>%1 checks could not decide%2</source>
        <translation>%1 Prüfungen konnten nicht entscheiden%2</translation>
    </message>
    <message>
        <source>: %1</source>
        <translation>: %1</translation>
    </message>
</context>
<context>
    <name>pulse::ui::AlertNotifier</name>
    <message>
        <source>Pulse</source>
        <translation>Pulse</translation>
    </message>
    <message>
        <source>%1 fired on %2</source>
        <translation>%1 wurde auf %2 ausgelöst</translation>
    </message>
    <message>
        <source>%1 is %2, %3</source>
        <translation>%1 ist %2, %3</translation>
    </message>
</context>
<context>
    <name>pulse::ui::AlertRuleDialog</name>
    <message>
        <source>&amp;Enabled</source>
        <translation>&amp;Aktiv</translation>
    </message>
    <message>
        <source>&amp;Test this rule</source>
        <translation>Regel &amp;testen</translation>
    </message>
    <message>
        <source>Edit alert</source>
        <translation>Alarm bearbeiten</translation>
    </message>
    <message>
        <source>New alert</source>
        <translation>Neuer Alarm</translation>
    </message>
    <message>
        <source>Traffic drop</source>
        <translation>Besuchereinbruch</translation>
    </message>
    <message>
        <source>signup</source>
        <translation>signup</translation>
    </message>
    <message>
        <source>Every page</source>
        <translation>Alle Seiten</translation>
    </message>
    <message>
        <source>is above</source>
        <translation>über einem Wert liegt</translation>
    </message>
    <message>
        <source>is below</source>
        <translation>unter einem Wert liegt</translation>
    </message>
    <message>
        <source>changes against the previous window by more than</source>
        <translation>sich gegenüber dem vorigen Zeitfenster stärker ändert als um</translation>
    </message>
    <message>
        <source>is unusual for the time (anomaly)</source>
        <translation>für die Zeit ungewöhnlich ist (Anomalie)</translation>
    </message>
    <message>
        <source>up or down</source>
        <translation>nach oben oder unten</translation>
    </message>
    <message>
        <source>up</source>
        <translation>nach oben</translation>
    </message>
    <message>
        <source>down</source>
        <translation>nach unten</translation>
    </message>
    <message>
        <source>the same window on earlier days</source>
        <translation>demselben Zeitfenster an früheren Tagen</translation>
    </message>
    <message>
        <source>the same window in earlier weeks</source>
        <translation>demselben Zeitfenster in früheren Wochen</translation>
    </message>
    <message>
        <source>No pause</source>
        <translation>Keine Pause</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Watch</source>
        <translation>&amp;Beobachten</translation>
    </message>
    <message>
        <source>E&amp;vent</source>
        <translation>E&amp;reignis</translation>
    </message>
    <message>
        <source>F&amp;unnel</source>
        <translation>&amp;Trichter</translation>
    </message>
    <message>
        <source>On &amp;page</source>
        <translation>Auf &amp;Seite</translation>
    </message>
    <message>
        <source>O&amp;ver the last</source>
        <translation>Ü&amp;ber die letzten</translation>
    </message>
    <message>
        <source>&amp;Fire when it</source>
        <translation>&amp;Auslösen, wenn er</translation>
    </message>
    <message>
        <source>&amp;Direction</source>
        <translation>&amp;Richtung</translation>
    </message>
    <message>
        <source>Compared &amp;with</source>
        <translation>&amp;Verglichen mit</translation>
    </message>
    <message>
        <source>How &amp;many of them</source>
        <translation>Wie &amp;viele davon</translation>
    </message>
    <message>
        <source>&amp;Check every</source>
        <translation>&amp;Prüfen alle</translation>
    </message>
    <message>
        <source>After firing, &amp;stay quiet for</source>
        <translation>Nach dem Auslösen &amp;ruhig bleiben für</translation>
    </message>
    <message>
        <source>&amp;Value</source>
        <translation>&amp;Wert</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>Ä&amp;nderung</translation>
    </message>
    <message>
        <source>&amp;Standard deviations</source>
        <extracomment>The z-score limit of an anomaly rule: how many standard deviations from the usual value.</extracomment>
        <translation>&amp;Standardabweichungen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Testing against the last 30 days…</source>
        <translation>Test mit den letzten 30 Tagen…</translation>
    </message>
</context>
<context>
    <name>pulse::ui::AlertsPage</name>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Watches</source>
        <translation>Beobachtet</translation>
    </message>
    <message>
        <source>Fires when</source>
        <translation>Löst aus bei</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Last value</source>
        <translation>Letzter Wert</translation>
    </message>
    <message>
        <source>Last fired</source>
        <translation>Zuletzt ausgelöst</translation>
    </message>
    <message>
        <source>&amp;New alert…</source>
        <translation>&amp;Neuer Alarm…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Compared with</source>
        <translation>Verglichen mit</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Delete alert</source>
        <translation>Alarm löschen</translation>
    </message>
    <message>
        <source>Delete the alert %1 and its history?</source>
        <translation>Den Alarm %1 und seinen Verlauf löschen?</translation>
    </message>
    <message>
        <source>%1 (paused)</source>
        <translation>%1 (pausiert)</translation>
    </message>
    <message>
        <source>every %1</source>
        <translation>alle %1</translation>
    </message>
    <message>
        <source>Firing</source>
        <translation>Ausgelöst</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>No alerts yet. New alert… watches a metric and tells you (and your webhooks) when it crosses a line or behaves unusually.</source>
        <translation>Noch keine Alarme. „Neuer Alarm…“ beobachtet eine Kennzahl und meldet Ihnen (und Ihren Webhooks), wenn sie eine Grenze überschreitet oder sich ungewöhnlich verhält.</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Firings and resolutions of %1</source>
        <translation>Auslösungen und Erledigungen von %1</translation>
    </message>
    <message>
        <source>Firings and resolutions of every alert of this site</source>
        <translation>Auslösungen und Erledigungen aller Alarme dieser Website</translation>
    </message>
    <message>
        <source>Fired</source>
        <translation>Ausgelöst</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>usual %1</source>
        <translation>üblich %1</translation>
    </message>
    <message>
        <source>threshold %1</source>
        <translation>Schwelle %1</translation>
    </message>
</context>
<context>
    <name>pulse::ui::BreakdownModel</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>%1 — click to filter by it</source>
        <translation>%1 — klicken, um danach zu filtern</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Besucher</translation>
    </message>
    <message>
        <source>Pageviews</source>
        <translation>Seitenaufrufe</translation>
    </message>
</context>
<context>
    <name>pulse::ui::CohortBreakdown</name>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Saved cohorts, side by side</source>
        <translation>Gespeicherte Kohorten, nebeneinander</translation>
    </message>
    <message>
        <source>One series per cohort ticked under Compare</source>
        <translation>Eine Reihe pro Kohorte, die unter „Vergleichen“ markiert ist</translation>
    </message>
    <message>
        <source>Tick at least one cohort to compare, or choose another breakdown.</source>
        <translation>Markieren Sie mindestens eine Kohorte zum Vergleichen oder wählen Sie eine andere Aufschlüsselung.</translation>
    </message>
</context>
<context>
    <name>pulse::ui::CohortChecklist</name>
    <message>
        <source>Cohorts to compare</source>
        <translation>Zu vergleichende Kohorten</translation>
    </message>
    <message>
        <source>Tick the saved cohorts to set side by side (at most %1)</source>
        <translation>Markieren Sie die gespeicherten Kohorten, die nebeneinander erscheinen sollen (höchstens %1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Compare at most %1 cohorts at once; untick one first.</source>
        <translation>Vergleichen Sie höchstens %1 Kohorten gleichzeitig; entfernen Sie zuerst eine Markierung.</translation>
    </message>
</context>
<context>
    <name>pulse::ui::CohortConditionRow</name>
    <message>
        <source>event name, e.g. purchase</source>
        <translation>Ereignisname, z. B. purchase</translation>
    </message>
    <message>
        <source>time</source>
        <translation>Mal</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tagen</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>and</source>
        <translation>und</translation>
    </message>
    <message>
        <source>To (inclusive)</source>
        <translation>Bis (einschließlich)</translation>
    </message>
    <message>
        <source>+ Property filter</source>
        <translation>+ Eigenschaftsfilter</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>property</source>
        <translation>Eigenschaft</translation>
    </message>
    <message>
        <source>Performed event</source>
        <translation>Ereignis ausgeführt</translation>
    </message>
    <message>
        <source>Did not perform event</source>
        <translation>Ereignis nicht ausgeführt</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Erstmals gesehen</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <source>Visitor property</source>
        <translation>Besuchereigenschaft</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation>Diese Bedingung entfernen</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>mindestens</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>höchstens</translation>
    </message>
    <message>
        <source>exactly</source>
        <translation>genau</translation>
    </message>
    <message>
        <source>How many times</source>
        <translation>Wie oft</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>in the last</source>
        <translation>in den letzten</translation>
    </message>
    <message>
        <source>between</source>
        <translation>zwischen</translation>
    </message>
    <message>
        <source>ever</source>
        <translation>jemals</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>The last day counted</source>
        <translation>Letzter berücksichtigter Tag</translation>
    </message>
    <message>
        <source>Count only events whose property matches, e.g. prop.plan is pro</source>
        <translation>Nur Ereignisse zählen, deren Eigenschaft passt, z. B. prop.plan ist pro</translation>
    </message>
    <message>
        <source>times</source>
        <translation>Mal</translation>
    </message>
    <message>
        <source>before</source>
        <translation>vor dem</translation>
    </message>
    <message>
        <source>on or after</source>
        <translation>am oder nach dem</translation>
    </message>
    <message>
        <source>Before or after</source>
        <translation>Davor oder danach</translation>
    </message>
    <message>
        <source>Compared with the start of this day in the site&apos;s time zone</source>
        <translation>Verglichen mit dem Beginn dieses Tages in der Zeitzone der Website</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Eigenschaft</translation>
    </message>
    <message>
        <source>A visitor property such as browser or country, or prop.KEY for a custom property; the value on the user&apos;s most recent event counts</source>
        <translation>Eine Besuchereigenschaft wie browser oder country oder prop.KEY für eine benutzerdefinierte Eigenschaft; es zählt der Wert im jüngsten Ereignis des Nutzers</translation>
    </message>
    <message>
        <source>is</source>
        <translation>ist</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>enthält</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>choose the event (for page visits: pageview)</source>
        <translation>Wählen Sie das Ereignis (für Seitenaufrufe: pageview)</translation>
    </message>
    <message>
        <source>property filter %1: %2</source>
        <translation>Eigenschaftsfilter %1: %2</translation>
    </message>
    <message>
        <source>“at least 0 times” is true of every user: enter 1 or more, or choose “Did not perform event” for users who never did %1</source>
        <translation>„mindestens 0 Mal“ trifft auf jeden Nutzer zu: Geben Sie 1 oder mehr ein oder wählen Sie „Ereignis nicht ausgeführt“ für Nutzer, die %1 nie ausgeführt haben</translation>
    </message>
    <message>
        <source>the count must be from 0 to %1</source>
        <translation>Die Anzahl muss zwischen 0 und %1 liegen</translation>
    </message>
    <message>
        <source>the end date %1 is before the start date %2</source>
        <translation>Das Enddatum %1 liegt vor dem Startdatum %2</translation>
    </message>
    <message>
        <source>choose a property, such as browser or country</source>
        <translation>Wählen Sie eine Eigenschaft, z. B. browser oder country</translation>
    </message>
    <message>
        <source>“%1” is not a visitor property; choose one from the list, or prop.KEY for a custom property</source>
        <translation>„%1“ ist keine Besuchereigenschaft; wählen Sie eine aus der Liste oder prop.KEY für eine benutzerdefinierte Eigenschaft</translation>
    </message>
    <message>
        <source>enter a value for %1</source>
        <translation>Geben Sie einen Wert für %1 ein</translation>
    </message>
</context>
<context>
    <name>pulse::ui::CohortDefinitionEditor</name>
    <message>
        <source>A cohort takes at most %1 conditions; this one has %2. Remove %3.</source>
        <translation>Eine Kohorte erlaubt höchstens %1 Bedingungen; diese hat %2. Entfernen Sie %3.</translation>
    </message>
    <message>
        <source>The definition cannot be computed: %1</source>
        <translation>Die Definition kann nicht berechnet werden: %1</translation>
    </message>
</context>
<context>
    <name>pulse::ui::CohortDynamicDialog</name>
    <message>
        <source>Save and compute</source>
        <translation>Speichern und berechnen</translation>
    </message>
    <message>
        <source>New dynamic cohort</source>
        <translation>Neue dynamische Kohorte</translation>
    </message>
    <message>
        <source>Edit cohort “%1”</source>
        <translation>Kohorte „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>e.g. Power users</source>
        <translation>z. B. Power-User</translation>
    </message>
    <message>
        <source>Optional: who these users are and what the cohort is for</source>
        <translation>Optional: wer diese Nutzer sind und wofür die Kohorte dient</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> Std.</translation>
    </message>
    <message>
        <source>only on demand</source>
        <translation>nur auf Anforderung</translation>
    </message>
    <message>
        <source>How often Pulse recomputes the members; 0 recomputes only when you ask</source>
        <translation>Wie oft Pulse die Mitglieder neu berechnet; bei 0 nur auf Ihre Anforderung</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Bedingungen</translation>
    </message>
    <message>
        <source>To see how many users match: %1</source>
        <translation>Um die passenden Nutzer zu zählen: %1</translation>
    </message>
    <message>
        <source>Counting the users who match…</source>
        <translation>Passende Nutzer werden gezählt…</translation>
    </message>
    <message>
        <source>≈ 1 user matches now</source>
        <translation>≈ 1 Nutzer passt derzeit</translation>
    </message>
    <message>
        <source>≈ %1 users match now</source>
        <translation>≈ %1 Nutzer passen derzeit</translation>
    </message>
    <message>
        <source>Cannot count the users yet: %1</source>
        <translation>Nutzer können noch nicht gezählt werden: %1</translation>
    </message>
    <message>
        <source>Give the cohort a name.</source>
        <translation>Geben Sie der Kohorte einen Namen.</translation>
    </message>
    <message>
        <source>The description is limited to %1 characters.</source>
        <translation>Die Beschreibung ist auf %1 Zeichen begrenzt.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Wird berechnet…</translation>
    </message>
    <message>
        <source>every </source>
        <translation>alle </translation>
    </message>
    <message>
        <source> hour</source>
        <translation> Std.</translation>
    </message>
    <message>
        <source>Recompute</source>
        <translation>Neuberechnung</translation>
    </message>
</context>
<context>
    <name>pulse::ui::CohortGroupEditor</name>
    <message>
        <source>+ Condition</source>
        <translation>+ Bedingung</translation>
    </message>
    <message>
        <source>+ Group</source>
        <translation>+ Gruppe</translation>
    </message>
    <message>
        <source>Users matching all of</source>
        <translation>Alle Bedingungen erfüllen</translation>
    </message>
    <message>
        <source>Users matching any of</source>
        <translation>Mind. eine Bedingung erfüllen</translation>
    </message>
    <message>
        <source>Combine the conditions</source>
        <translation>Bedingungen verknüpfen</translation>
    </message>
    <message>
        <source>All: every condition must hold (AND). Any: one is enough (OR).</source>
        <translation>Alle: Jede Bedingung muss zutreffen (UND). Mind. eine: Eine genügt (ODER).</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>Remove this group</source>
        <translation>Diese Gruppe entfernen</translation>
    </message>
    <message>
        <source>A nested group combines its own conditions with All or Any</source>
        <translation>Eine verschachtelte Gruppe verknüpft ihre eigenen Bedingungen mit „Alle“ oder „Mind. eine“</translation>
    </message>
    <message>
        <source>Add at least one condition.</source>
        <translation>Fügen Sie mindestens eine Bedingung hinzu.</translation>
    </message>
    <message>
        <source>%1 is empty: add a condition to it or remove it.</source>
        <translation>%1 ist leer: Fügen Sie eine Bedingung hinzu oder entfernen Sie die Gruppe.</translation>
    </message>
    <message>
        <source>Condition %1</source>
        <translation>Bedingung %1</translation>
    </message>
    <message>
        <source>%1, condition %2</source>
        <translation>%1, Bedingung %2</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Gruppe %1</translation>
    </message>
    <message>
        <source>%1, group %2</source>
        <translation>%1, Gruppe %2</translation>
    </message>
</context>
<context>
    <name>pulse::ui::CohortListModel</name>
    <message>
        <source>Users who %1</source>
        <translation>Nutzer, die %1</translation>
    </message>
    <message>
        <source>Users who match conditions, recomputed %1</source>
        <translation>Nutzer, die Bedingungen erfüllen; Neuberechnung %1</translation>
    </message>
    <message>
        <source>A fixed list of users</source>
        <translation>Eine feste Liste von Nutzern</translation>
    </message>
    <message>
        <source>Not computed yet</source>
        <translation>Noch nicht berechnet</translation>
    </message>
    <message>
        <source>Computed %1</source>
        <translation>Berechnet: %1</translation>
    </message>
    <message>
        <source>Members last changed %1</source>
        <translation>Mitglieder zuletzt geändert: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Nutzer</translation>
    </message>
    <message>
        <source>Computed</source>
        <translation>Berechnet</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
</context>
<context>
    <name>pulse::ui::CohortMembersModel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>An anonymous visitor, known only by Pulse&apos;s visitor id</source>
        <translation>Ein anonymer Besucher, nur über die Besucher-ID von Pulse bekannt</translation>
    </message>
    <message>
        <source>This member is known by the site&apos;s user id</source>
        <translation>Dieses Mitglied ist über die Nutzer-ID der Website bekannt</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>Nutzer-ID</translation>
    </message>
    <message>
        <source>Visitor id</source>
        <translation>Besucher-ID</translation>
    </message>
</context>
<context>
    <name>pulse::ui::CohortMembersPanel</name>
    <message>
        <source>← Previous</source>
        <translation>← Zurück</translation>
    </message>
    <message>
        <source>Next →</source>
        <translation>Weiter →</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Auswahl entfernen</translation>
    </message>
    <message>
        <source>Loading members</source>
        <translation>Mitglieder werden geladen</translation>
    </message>
    <message>
        <source>Search user or visitor ids</source>
        <translation>Nutzer- oder Besucher-IDs suchen</translation>
    </message>
    <message>
        <source>Search members</source>
        <translation>Mitglieder suchen</translation>
    </message>
    <message>
        <source>Save every member of this cohort, not only this page, as CSV</source>
        <translation>Alle Mitglieder dieser Kohorte als CSV speichern, nicht nur diese Seite</translation>
    </message>
    <message>
        <source>Take the selected users out of this static cohort</source>
        <translation>Die ausgewählten Nutzer aus dieser statischen Kohorte entfernen</translation>
    </message>
    <message>
        <source>Size over time</source>
        <translation>Größe im Zeitverlauf</translation>
    </message>
    <message>
        <source>Remove members</source>
        <translation>Mitglieder entfernen</translation>
    </message>
    <message>
        <source>Remove %1 from “%2”?</source>
        <translation>%1 aus „%2“ entfernen?</translation>
    </message>
    <message>
        <source>the selected user</source>
        <translation>Den ausgewählten Nutzer</translation>
    </message>
    <message>
        <source>%1 users</source>
        <translation>%1 Nutzer</translation>
    </message>
    <message>
        <source>No cohort selected</source>
        <translation>Keine Kohorte ausgewählt</translation>
    </message>
    <message>
        <source>Select a cohort above to see its members and how its size changed.</source>
        <translation>Wählen Sie oben eine Kohorte, um ihre Mitglieder und die Entwicklung ihrer Größe zu sehen.</translation>
    </message>
    <message>
        <source>Dynamic cohort, recomputed %1</source>
        <translation>Dynamische Kohorte, Neuberechnung %1</translation>
    </message>
    <message>
        <source>Static cohort</source>
        <translation>Statische Kohorte</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Users who %1</source>
        <translation>Nutzer, die %1</translation>
    </message>
    <message>
        <source>Last computed %1: %2</source>
        <extracomment>%1 is how long ago (&quot;5 minutes ago&quot;), %2 the exact time.</extracomment>
        <translation>Zuletzt berechnet %1: %2</translation>
    </message>
    <message>
        <source>Members last changed %1: %2</source>
        <translation>Mitglieder zuletzt geändert %1: %2</translation>
    </message>
    <message>
        <source>Loading members…</source>
        <translation>Mitglieder werden geladen…</translation>
    </message>
    <message>
        <source>Could not list the members: %1</source>
        <translation>Die Mitglieder konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>Each computation adds a point; the line grows as the cohort is recomputed.</source>
        <translation>Jede Berechnung fügt einen Punkt hinzu; die Linie wächst mit jeder Neuberechnung der Kohorte.</translation>
    </message>
    <message>
        <source>%1 computations since %2</source>
        <translation>%1 Berechnungen seit %2</translation>
    </message>
    <message>
        <source>No members.</source>
        <translation>Keine Mitglieder.</translation>
    </message>
    <message>
        <source>No member id contains “%1”.</source>
        <translation>Keine Mitglieds-ID enthält „%1“.</translation>
    </message>
    <message>
        <source>%1–%2 of %3</source>
        <translation>%1–%2 von %3</translation>
    </message>
    <message>
        <source>%1 matching “%2”</source>
        <translation>%1 passend zu „%2“</translation>
    </message>
    <message>
        <source>cohort-%1.csv</source>
        <translation>kohorte-%1.csv</translation>
    </message>
    <message>
        <source>Export members</source>
        <translation>Mitglieder exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Select a cohort first.</source>
        <translation>Wählen Sie zuerst eine Kohorte.</translation>
    </message>
    <message>
        <source>Exporting members…</source>
        <translation>Mitglieder werden exportiert…</translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation>%1 nach %2 exportiert</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Could not remove the members: %1</source>
        <translation>Die Mitglieder konnten nicht entfernt werden: %1</translation>
    </message>
    <message>
        <source>Not computed yet</source>
        <translation>Noch nicht berechnet</translation>
    </message>
    <message>
        <source>No members added yet</source>
        <translation>Noch keine Mitglieder hinzugefügt</translation>
    </message>
</context>
<context>
    <name>pulse::ui::CohortSizeChart</name>
    <message>
        <source>Users</source>
        <translation>Nutzer</translation>
    </message>
    <message>
        <source>Cohort size over time</source>
        <translation>Kohortengröße im Zeitverlauf</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>d MMM</source>
        <extracomment>Day on the time axis, as a Qt date format (d day, MMM short month name); German: &quot;d. MMM&quot;</extracomment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>d MMM HH:mm</source>
        <extracomment>Day and time on the time axis, as a Qt date format (d day, MMM short month name)</extracomment>
        <translation>d. MMM HH:mm</translation>
    </message>
</context>
<context>
    <name>pulse::ui::CohortStaticDialog</name>
    <message>
        <source>Import from file…</source>
        <translation>Aus Datei importieren…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>New static cohort</source>
        <translation>Neue statische Kohorte</translation>
    </message>
    <message>
        <source>Edit cohort “%1”</source>
        <translation>Kohorte „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>e.g. Beta testers</source>
        <translation>z. B. Betatester</translation>
    </message>
    <message>
        <source>Optional: who these users are and where the list came from</source>
        <translation>Optional: wer diese Nutzer sind und woher die Liste stammt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Add members</source>
        <translation>Mitglieder hinzufügen</translation>
    </message>
    <message>
        <source>Paste user ids, one per line, or import a CSV file with a user_id or visitor_id column (or one user id per line).</source>
        <translation>Fügen Sie Nutzer-IDs ein, eine pro Zeile, oder importieren Sie eine CSV-Datei mit einer Spalte user_id oder visitor_id (oder einer Nutzer-ID pro Zeile).</translation>
    </message>
    <message>
        <source>%1 Members already in the cohort are kept.</source>
        <translation>%1 Mitglieder, die bereits in der Kohorte sind, bleiben erhalten.</translation>
    </message>
    <message>
        <source>user-1
user-2
…</source>
        <translation>user-1
user-2
…</translation>
    </message>
    <message>
        <source>User ids to add</source>
        <translation>Hinzuzufügende Nutzer-IDs</translation>
    </message>
    <message>
        <source>Import user ids</source>
        <translation>Nutzer-IDs importieren</translation>
    </message>
    <message>
        <source>Lists of users (*.csv *.txt);;All files (*)</source>
        <translation>Nutzerlisten (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; split it into smaller lists.</source>
        <translation>%1 ist größer als %2 MB; teilen Sie die Datei in kleinere Listen auf.</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation>%1 kann nicht importiert werden: %2</translation>
    </message>
    <message>
        <source>%1 holds no user ids.</source>
        <translation>%1 enthält keine Nutzer-IDs.</translation>
    </message>
    <message>
        <source>%1 from %2, added when you save</source>
        <translation>%1 aus %2 – Übernahme beim Speichern</translation>
    </message>
    <message>
        <source>The pasted list cannot be read: %1</source>
        <translation>Die eingefügte Liste kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Give the cohort a name.</source>
        <translation>Geben Sie der Kohorte einen Namen.</translation>
    </message>
    <message>
        <source>The description is limited to %1 characters.</source>
        <translation>Die Beschreibung ist auf %1 Zeichen begrenzt.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>“%1” is saved, but its members were not added: %2</source>
        <translation>„%1“ wurde gespeichert, aber die Mitglieder wurden nicht hinzugefügt: %2</translation>
    </message>
</context>
<context>
    <name>pulse::ui::CohortsPage</name>
    <message>
        <source>New static cohort…</source>
        <translation>Neue statische Kohorte…</translation>
    </message>
    <message>
        <source>New dynamic cohort…</source>
        <translation>Neue dynamische Kohorte…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Recompute now</source>
        <translation>Jetzt neu berechnen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Loading cohorts</source>
        <translation>Kohorten werden geladen</translation>
    </message>
    <message>
        <source>A fixed list of users: import a CSV file or paste user ids</source>
        <translation>Eine feste Liste von Nutzern: CSV-Datei importieren oder Nutzer-IDs einfügen</translation>
    </message>
    <message>
        <source>Everyone who matches conditions on what they did and who they are, kept up to date</source>
        <translation>Alle, die Bedingungen zu ihrem Verhalten und ihren Eigenschaften erfüllen – stets aktuell</translation>
    </message>
    <message>
        <source>Change the selected cohort&apos;s name, description, conditions or members</source>
        <translation>Name, Beschreibung, Bedingungen oder Mitglieder der ausgewählten Kohorte ändern</translation>
    </message>
    <message>
        <source>Compute the selected dynamic cohort&apos;s members from the events now</source>
        <translation>Mitglieder der ausgewählten dynamischen Kohorte jetzt aus den Ereignissen berechnen</translation>
    </message>
    <message>
        <source>Delete the selected cohort</source>
        <translation>Ausgewählte Kohorte löschen</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>Kohorten</translation>
    </message>
    <message>
        <source>Add a site on the Overview page, then group its users into cohorts here.</source>
        <translation>Fügen Sie auf der Seite „Übersicht“ eine Website hinzu und fassen Sie dann hier ihre Nutzer in Kohorten zusammen.</translation>
    </message>
    <message>
        <source>Could not list the cohorts: %1</source>
        <translation>Die Kohorten konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>No cohorts yet. A static cohort is a list of users you import or paste; a dynamic cohort is everyone who matches conditions, such as “did purchase at least twice in the last 30 days”, and is kept up to date.</source>
        <translation>Noch keine Kohorten. Eine statische Kohorte ist eine Liste von Nutzern, die Sie importieren oder einfügen; eine dynamische Kohorte umfasst alle, die Bedingungen erfüllen, etwa „hat purchase in den letzten 30 Tagen mindestens 2-mal ausgeführt“, und wird laufend aktualisiert.</translation>
    </message>
    <message>
        <source>Delete cohort</source>
        <translation>Kohorte löschen</translation>
    </message>
    <message>
        <source>Delete “%1” and its list of %2? Reports filtered by this cohort will no longer find it. This cannot be undone.</source>
        <translation>„%1“ und die zugehörige Liste (%2) löschen? Nach dieser Kohorte gefilterte Berichte finden sie dann nicht mehr. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Could not delete the cohort: %1</source>
        <translation>Die Kohorte konnte nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <source>Could not recompute the cohort: %1</source>
        <translation>Die Kohorte konnte nicht neu berechnet werden: %1</translation>
    </message>
</context>
<context>
    <name>pulse::ui::CollectorSettingsPanel</name>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Collector</source>
        <translation>Collector</translation>
    </message>
    <message>
        <source>Websites and apps send their events to the collector built into the workbench. It runs while the workbench is open.</source>
        <translation>Websites und Apps senden ihre Ereignisse an den in die Anwendung eingebauten Collector. Er läuft, solange die Anwendung geöffnet ist.</translation>
    </message>
    <message>
        <source>This computer only (127.0.0.1)</source>
        <translation>Nur dieser Computer (127.0.0.1)</translation>
    </message>
    <message>
        <source>All network interfaces (0.0.0.0)</source>
        <translation>Alle Netzwerkschnittstellen (0.0.0.0)</translation>
    </message>
    <message>
        <source>The address the collector listens on. Pick one, or type an address of this computer.</source>
        <translation>Die Adresse, auf der der Collector lauscht. Wählen Sie eine aus oder geben Sie eine Adresse dieses Computers ein.</translation>
    </message>
    <message>
        <source>Any free port</source>
        <translation>Beliebiger freier Port</translation>
    </message>
    <message>
        <source>0 picks any free port; tracker snippets must then use the port shown above.</source>
        <translation>0 wählt einen beliebigen freien Port; Tracker-Snippets müssen dann den oben angezeigten Port verwenden.</translation>
    </message>
    <message>
        <source>Bind address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Other machines on your network can then send events to this collector, and reach its API with a key. Choose this only on a network you trust.</source>
        <translation>Andere Rechner in Ihrem Netzwerk können dann Ereignisse an diesen Collector senden und mit einem Schlüssel seine API erreichen. Wählen Sie das nur in einem Netzwerk, dem Sie vertrauen.</translation>
    </message>
    <message>
        <source>The address and port are kept for the next start; a --port given on the command line wins over them.</source>
        <translation>Adresse und Port werden für den nächsten Start gespeichert; ein auf der Befehlszeile angegebenes --port hat Vorrang.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address; use 127.0.0.1 for this computer only, or 0.0.0.0 for every network interface.</source>
        <translation>„%1“ ist keine IP-Adresse; verwenden Sie 127.0.0.1 nur für diesen Computer oder 0.0.0.0 für alle Netzwerkschnittstellen.</translation>
    </message>
    <message>
        <source>Running: collecting events at %1</source>
        <translation>Läuft: Ereignisse werden unter %1 gesammelt</translation>
    </message>
    <message>
        <source>Not running.</source>
        <translation>Läuft nicht.</translation>
    </message>
    <message>
        <source>Not running: %1</source>
        <translation>Läuft nicht: %1</translation>
    </message>
</context>
<context>
    <name>pulse::ui::ConnectServerDialog</name>
    <message>
        <source>Connect to a server</source>
        <translation>Mit einem Server verbinden</translation>
    </message>
    <message>
        <source>https://pulse.example.com</source>
        <translation>https://pulse.example.com</translation>
    </message>
    <message>
        <source>Optional: a name for the menu, like Production</source>
        <translation>Optional: ein Name für das Menü, etwa Produktion</translation>
    </message>
    <message>
        <source>A secret key from the server&apos;s administrator</source>
        <translation>Ein geheimer Schlüssel vom Administrator des Servers</translation>
    </message>
    <message>
        <source>The workbench shows the server&apos;s sites and figures instead of the ones on this computer. The key is kept in the system keychain, never in a file. A key with the read scope shows everything; changing funnels, cohorts or settings needs write.</source>
        <translation>Die Workbench zeigt die Websites und Zahlen des Servers statt derer auf diesem Computer. Der Schlüssel wird im Schlüsselbund des Systems aufbewahrt, nie in einer Datei. Ein Schlüssel mit dem Bereich read zeigt alles; um Funnels, Kohorten oder Einstellungen zu ändern, braucht er write.</translation>
    </message>
    <message>
        <source>Server address:</source>
        <translation>Serveradresse:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Secret key:</source>
        <translation>Geheimer Schlüssel:</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Enter a secret key: the server&apos;s administrator creates one with pulse-server key create --scope read.</source>
        <translation>Geben Sie einen geheimen Schlüssel ein: Der Administrator des Servers erstellt ihn mit pulse-server key create --scope read.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung mit %1 wird hergestellt …</translation>
    </message>
    <message>
        <source>The server refused: %1</source>
        <translation>Der Server hat abgelehnt: %1</translation>
    </message>
    <message>
        <source>This address answers, but not as a Pulse server does. Check the address.</source>
        <translation>Diese Adresse antwortet, aber nicht wie ein Pulse-Server. Prüfen Sie die Adresse.</translation>
    </message>
    <message>
        <source>%1. The key is not stored anywhere else; unlock or set up the system keychain and connect again.</source>
        <translation>%1. Der Schlüssel wird nirgendwo sonst gespeichert; entsperren oder richten Sie den Schlüsselbund des Systems ein und verbinden Sie sich erneut.</translation>
    </message>
</context>
<context>
    <name>pulse::ui::ConversionTimeChart</name>
    <message>
        <source>Time to convert</source>
        <translation>Zeit bis zur Conversion</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Nutzer</translation>
    </message>
    <message>
        <source>%1 took %2</source>
        <translation>Dauer %2: %1</translation>
    </message>
</context>
<context>
    <name>pulse::ui::DataFolderSettingsPanel</name>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Back up…</source>
        <translation>Sichern…</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Wiederherstellen…</translation>
    </message>
    <message>
        <source>Fast (recommended)</source>
        <translation>Schnell (empfohlen)</translation>
    </message>
    <message>
        <source>Durable</source>
        <translation>Dauerhaft</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Jetzt neu starten</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <source>A backup is one file holding every site, event, key and setting of the workspace, taken while events keep arriving. It also holds the pepper that API keys are checked with, so keep it as private as the data folder.</source>
        <translation>Eine Sicherung ist eine einzige Datei mit allen Websites, Ereignissen, Schlüsseln und Einstellungen des Arbeitsbereichs, erstellt, während weiter Ereignisse eintreffen. Sie enthält auch den Pepper, mit dem API-Schlüssel geprüft werden; behandeln Sie sie daher so vertraulich wie den Datenordner.</translation>
    </message>
    <message>
        <source>Durability</source>
        <translation>Dauerhaftigkeit</translation>
    </message>
    <message>
        <source>Never corrupts the workspace. A crash of Pulse or of the system loses nothing; a power cut can lose the last commits before it.</source>
        <translation>Beschädigt den Arbeitsbereich nie. Ein Absturz von Pulse oder des Systems verliert nichts; ein Stromausfall kann die letzten Schreibvorgänge davor verlieren.</translation>
    </message>
    <message>
        <source>Waits for the disk at every commit, so even a power cut loses nothing that was stored, at some cost in speed when many events arrive.</source>
        <translation>Wartet bei jedem Schreibvorgang auf die Festplatte, sodass selbst ein Stromausfall nichts Gespeichertes verliert – auf Kosten der Geschwindigkeit, wenn viele Ereignisse eintreffen.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>Back up the workspace</source>
        <translation>Arbeitsbereich sichern</translation>
    </message>
    <message>
        <source>Pulse backups (*.pulsebackup);;All files (*)</source>
        <translation>Pulse-Sicherungen (*.pulsebackup);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Sicherung läuft</translation>
    </message>
    <message>
        <source>Backed up to %1 (%2).</source>
        <translation>Gesichert in %1 (%2).</translation>
    </message>
    <message>
        <source>Restore the workspace from a backup</source>
        <translation>Arbeitsbereich aus einer Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Pulse backups (*.pulsebackup *.sqlite *.db);;All files (*)</source>
        <translation>Pulse-Sicherungen (*.pulsebackup *.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Checking the backup</source>
        <translation>Sicherung wird geprüft</translation>
    </message>
    <message>
        <source>Sites: %1, events: %2.</source>
        <translation>Websites: %1, Ereignisse: %2.</translation>
    </message>
    <message>
        <source>Backed up on %1.</source>
        <translation>Gesichert am %1.</translation>
    </message>
    <message>
        <source>It carries no pepper: API keys made before it keep working only if this data folder already has the same pepper.</source>
        <translation>Sie enthält keinen Pepper: Vorher erstellte API-Schlüssel funktionieren nur weiter, wenn dieser Datenordner bereits denselben Pepper hat.</translation>
    </message>
    <message>
        <source>Restore the workspace from %1?

%2

The workbench will restart to swap it in. The current database is kept in %3 as pulse-before-restore-&lt;date and time&gt;.db, so nothing is lost.</source>
        <translation>Den Arbeitsbereich aus %1 wiederherstellen?

%2

Die Anwendung startet neu, um ihn einzusetzen. Die aktuelle Datenbank bleibt in %3 als pulse-before-restore-&lt;Datum und Uhrzeit&gt;.db erhalten, es geht also nichts verloren.</translation>
    </message>
    <message>
        <source>Restore the workspace</source>
        <translation>Arbeitsbereich wiederherstellen</translation>
    </message>
    <message>
        <source>Restore cancelled; nothing was changed.</source>
        <translation>Wiederherstellung abgebrochen; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The restore is ready; the workbench restarts to swap it in.</source>
        <translation>Die Wiederherstellung ist bereit; die Anwendung startet neu, um sie einzusetzen.</translation>
    </message>
    <message>
        <source>Durable applies at the next start; until then commits are fast.</source>
        <translation>„Dauerhaft“ gilt ab dem nächsten Start; bis dahin wird schnell geschrieben.</translation>
    </message>
    <message>
        <source>Fast applies at the next start; until then commits are durable.</source>
        <translation>„Schnell“ gilt ab dem nächsten Start; bis dahin wird dauerhaft geschrieben.</translation>
    </message>
    <message>
        <source>Commits are durable now.</source>
        <translation>Es wird jetzt dauerhaft geschrieben.</translation>
    </message>
    <message>
        <source>Commits are fast now.</source>
        <translation>Es wird jetzt schnell geschrieben.</translation>
    </message>
    <message>
        <source>Copy the pepper</source>
        <translation>Pepper kopieren</translation>
    </message>
    <message>
        <source>API-key pepper</source>
        <translation>Pepper der API-Schlüssel</translation>
    </message>
    <message>
        <source>The secret that API keys are checked with is kept in the system keychain (entry %1), not in the data folder. To run pulse-server on this folder, copy it and set PULSE_PEPPER to it.</source>
        <translation>Das Geheimnis, mit dem API-Schlüssel geprüft werden, liegt im Schlüsselbund des Systems (Eintrag %1), nicht im Datenordner. Um pulse-server mit diesem Ordner zu betreiben, kopieren Sie es und setzen Sie PULSE_PEPPER darauf.</translation>
    </message>
    <message>
        <source>The secret that API keys are checked with is kept in %1, readable by you alone.</source>
        <translation>Das Geheimnis, mit dem API-Schlüssel geprüft werden, liegt in %1, nur für Sie lesbar.</translation>
    </message>
    <message>
        <source>It moves into the system keychain at a start where the keychain answers; this time: %1</source>
        <translation>Es wandert beim ersten Start, bei dem der Schlüsselbund antwortet, in den Schlüsselbund des Systems; diesmal: %1</translation>
    </message>
    <message>
        <source>The secret that API keys are checked with comes from the PULSE_PEPPER environment variable.</source>
        <translation>Das Geheimnis, mit dem API-Schlüssel geprüft werden, stammt aus der Umgebungsvariablen PULSE_PEPPER.</translation>
    </message>
    <message>
        <source>The pepper is on the clipboard. Start pulse-server on this folder with the environment variable PULSE_PEPPER set to it, and keep it as private as a key.</source>
        <translation>Der Pepper liegt in der Zwischenablage. Starten Sie pulse-server mit diesem Ordner und der Umgebungsvariablen PULSE_PEPPER auf diesen Wert, und behandeln Sie ihn so vertraulich wie einen Schlüssel.</translation>
    </message>
</context>
<context>
    <name>pulse::ui::DateRangePicker</name>
    <message>
        <source>Compare with previous period</source>
        <translation>Mit Vorzeitraum vergleichen</translation>
    </message>
    <message>
        <source>Custom range…</source>
        <translation>Eigener Zeitraum…</translation>
    </message>
    <message>
        <source>Alt+0</source>
        <translation>Alt+0</translation>
    </message>
    <message>
        <source>Alt+%1</source>
        <translation>Alt+%1</translation>
    </message>
    <message>
        <source>Date range (Alt+1 … Alt+6, Alt+0 for a custom range)</source>
        <translation>Zeitraum (Alt+1 … Alt+6, Alt+0 für einen eigenen Zeitraum)</translation>
    </message>
    <message>
        <source>Alt+P</source>
        <translation>Alt+P</translation>
    </message>
    <message>
        <source>Same number of days, ending the day before the range starts (Alt+P)</source>
        <translation>Gleich viele Tage, endend am Tag vor Beginn des Zeitraums (Alt+P)</translation>
    </message>
    <message>
        <source>Custom date range</source>
        <translation>Eigener Zeitraum</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
</context>
<context>
    <name>pulse::ui::EventFilterEditor</name>
    <message>
        <source>is</source>
        <translation>ist</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>ist nicht</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>enthält</translation>
    </message>
    <message>
        <source>is one of</source>
        <translation>ist einer von</translation>
    </message>
    <message>
        <source>&gt;</source>
        <translation>&gt;</translation>
    </message>
    <message>
        <source>≥</source>
        <translation>≥</translation>
    </message>
    <message>
        <source>&lt;</source>
        <translation>&lt;</translation>
    </message>
    <message>
        <source>≤</source>
        <translation>≤</translation>
    </message>
    <message>
        <source>property</source>
        <translation>Eigenschaft</translation>
    </message>
    <message>
        <source>A stored field such as path or browser, or prop.KEY for a custom property</source>
        <translation>Ein gespeichertes Feld wie path oder browser oder prop.KEY für eine benutzerdefinierte Eigenschaft</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>Diesen Filter entfernen</translation>
    </message>
    <message>
        <source>values, comma-separated</source>
        <translation>Werte, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>pick a property to filter on</source>
        <translation>Wählen Sie eine Eigenschaft zum Filtern</translation>
    </message>
    <message>
        <source>“%1” is not a property; use one from the list or prop.KEY for a custom property</source>
        <translation>„%1“ ist keine Eigenschaft; verwenden Sie eine aus der Liste oder prop.KEY für eine benutzerdefinierte Eigenschaft</translation>
    </message>
    <message>
        <source>enter one or more values, separated by commas</source>
        <translation>Geben Sie einen oder mehrere Werte ein, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>enter a value for %1</source>
        <translation>Geben Sie einen Wert für %1 ein</translation>
    </message>
</context>
<context>
    <name>pulse::ui::EventFilterList</name>
    <message>
        <source>+ Filter</source>
        <translation>+ Filter</translation>
    </message>
    <message>
        <source>filter %1: %2</source>
        <translation>Filter %1: %2</translation>
    </message>
    <message>
        <source>Count only events whose property matches, e.g. prop.plan is pro</source>
        <translation>Nur Ereignisse zählen, deren Eigenschaft passt, z. B. prop.plan ist pro</translation>
    </message>
</context>
<context>
    <name>pulse::ui::EventsPerMinuteChart</name>
    <message>
        <source>Events per minute</source>
        <translation>Ereignisse pro Minute</translation>
    </message>
    <message>
        <source>minutes ago</source>
        <translation>Minuten zuvor</translation>
    </message>
</context>
<context>
    <name>pulse::ui::ExportScheduleDialog</name>
    <message>
        <source>&amp;Enabled</source>
        <translation>&amp;Aktiv</translation>
    </message>
    <message>
        <source>Edit scheduled export</source>
        <translation>Geplanten Export bearbeiten</translation>
    </message>
    <message>
        <source>New scheduled export</source>
        <translation>Neuer geplanter Export</translation>
    </message>
    <message>
        <source>Weekly pages for the newsletter</source>
        <translation>Wöchentliche Seiten für den Newsletter</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <source>The day, week or month before each run</source>
        <translation>Den Tag, die Woche oder den Monat vor jedem Lauf</translation>
    </message>
    <message>
        <source>All history</source>
        <translation>Den gesamten Verlauf</translation>
    </message>
    <message>
        <source> files</source>
        <translation> Dateien</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>A&amp;uswählen…</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Runs</source>
        <translation>&amp;Läuft</translation>
    </message>
    <message>
        <source>&amp;At</source>
        <translation>&amp;Um</translation>
    </message>
    <message>
        <source>On &amp;weekday</source>
        <translation>Am &amp;Wochentag</translation>
    </message>
    <message>
        <source>On &amp;day of the month</source>
        <translation>Am &amp;Tag des Monats</translation>
    </message>
    <message>
        <source>&amp;Covers</source>
        <translation>&amp;Umfasst</translation>
    </message>
    <message>
        <source>&amp;Keep the last</source>
        <translation>&amp;Behalten</translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation>&amp;Ordner</translation>
    </message>
    <message>
        <source>Times are in the site&apos;s time zone (%1).</source>
        <translation>Die Zeiten gelten in der Zeitzone der Website (%1).</translation>
    </message>
    <message>
        <source>Folder for the exported files</source>
        <translation>Ordner für die exportierten Dateien</translation>
    </message>
    <message>
        <source>Give the schedule a name.</source>
        <translation>Geben Sie dem Zeitplan einen Namen.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist; choose another.</source>
        <translation>Der Ordner %1 existiert nicht; wählen Sie einen anderen.</translation>
    </message>
    <message>
        <source>On the server, in its exports folder. Opening a file from the history downloads it to %1.</source>
        <translation>Auf dem Server, in dessen Exportordner. Wenn Sie eine Datei im Verlauf öffnen, wird sie nach %1 heruntergeladen.</translation>
    </message>
</context>
<context>
    <name>pulse::ui::ExportTargetPicker</name>
    <message>
        <source>Overview totals</source>
        <translation>Übersichtssummen</translation>
    </message>
    <message>
        <source>Visitors and pageviews over time</source>
        <translation>Besucher und Seitenaufrufe im Zeitverlauf</translation>
    </message>
    <message>
        <source>Top pages</source>
        <translation>Top-Seiten</translation>
    </message>
    <message>
        <source>Entry pages</source>
        <translation>Einstiegsseiten</translation>
    </message>
    <message>
        <source>Exit pages</source>
        <translation>Ausstiegsseiten</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Source types</source>
        <translation>Quellentypen</translation>
    </message>
    <message>
        <source>UTM sources</source>
        <translation>UTM-Quellen</translation>
    </message>
    <message>
        <source>UTM mediums</source>
        <translation>UTM-Medien</translation>
    </message>
    <message>
        <source>UTM campaigns</source>
        <translation>UTM-Kampagnen</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Browsers</source>
        <translation>Browser</translation>
    </message>
    <message>
        <source>Operating systems</source>
        <translation>Betriebssysteme</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>&amp;Was</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <source>CSV (spreadsheets)</source>
        <translation>CSV (Tabellenkalkulation)</translation>
    </message>
    <message>
        <source>NDJSON (one JSON object per line)</source>
        <translation>NDJSON (ein JSON-Objekt pro Zeile)</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Raw events (every stored event)</source>
        <translation>Rohereignisse (jedes gespeicherte Ereignis)</translation>
    </message>
    <message>
        <source>Funnel: %1</source>
        <translation>Trichter: %1</translation>
    </message>
    <message>
        <source>Retention: %1</source>
        <translation>Bindung: %1</translation>
    </message>
    <message>
        <source>Cohort members: %1</source>
        <translation>Kohortenmitglieder: %1</translation>
    </message>
    <message>
        <source>Choose a site first.</source>
        <translation>Wählen Sie zuerst eine Website.</translation>
    </message>
    <message>
        <source>Choose what to export.</source>
        <translation>Wählen Sie, was exportiert werden soll.</translation>
    </message>
    <message>
        <source>The saved funnel is gone; choose another.</source>
        <translation>Der gespeicherte Trichter ist nicht mehr da; wählen Sie einen anderen.</translation>
    </message>
    <message>
        <source>The saved retention report is gone; choose another.</source>
        <translation>Der gespeicherte Bindungsbericht ist nicht mehr da; wählen Sie einen anderen.</translation>
    </message>
    <message>
        <source>Raw events</source>
        <translation>Rohereignisse</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Trichter</translation>
    </message>
    <message>
        <source>Funnel users</source>
        <translation>Trichter-Nutzer</translation>
    </message>
    <message>
        <source>Retention grid</source>
        <translation>Retention-Tabelle</translation>
    </message>
    <message>
        <source>Cohort members</source>
        <translation>Kohortenmitglieder</translation>
    </message>
</context>
<context>
    <name>pulse::ui::ExportsPage</name>
    <message>
        <source>Queued</source>
        <translation>In der Warteschlange</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Wird geschrieben…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Daily at %1</source>
        <translation>Täglich um %1</translation>
    </message>
    <message>
        <source>%1s at %2</source>
        <translation>Jeden %1 um %2</translation>
    </message>
    <message>
        <source>Monthly on day %1 at %2</source>
        <translation>Monatlich am %1. um %2</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>&amp;Open file</source>
        <translation>Datei ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Show &amp;folder</source>
        <translation>&amp;Ordner zeigen</translation>
    </message>
    <message>
        <source>&amp;Cancel export</source>
        <translation>Export a&amp;bbrechen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Keeps</source>
        <translation>Behält</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Next run</source>
        <translation>Nächster Lauf</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Letzter Lauf</translation>
    </message>
    <message>
        <source>&amp;New schedule…</source>
        <translation>&amp;Neuer Zeitplan…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Run now</source>
        <translation>&amp;Jetzt ausführen</translation>
    </message>
    <message>
        <source>De&amp;lete schedule</source>
        <translation>Zeitplan l&amp;öschen</translation>
    </message>
    <message>
        <source>Export now</source>
        <translation>Jetzt exportieren</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>Exporte</translation>
    </message>
    <message>
        <source>Scheduled exports</source>
        <translation>Geplante Exporte</translation>
    </message>
    <message>
        <source>Delete export</source>
        <translation>Export löschen</translation>
    </message>
    <message>
        <source>Delete this export from the list?</source>
        <translation>Diesen Export aus der Liste löschen?</translation>
    </message>
    <message>
        <source>Delete this export and its file %1?</source>
        <translation>Diesen Export und seine Datei %1 löschen?</translation>
    </message>
    <message>
        <source>Delete schedule</source>
        <translation>Zeitplan löschen</translation>
    </message>
    <message>
        <source>Delete the schedule %1? Files it wrote stay.</source>
        <translation>Den Zeitplan %1 löschen? Bereits geschriebene Dateien bleiben erhalten.</translation>
    </message>
    <message>
        <source>Date range: %1 (change it at the top of the window)</source>
        <translation>Zeitraum: %1 (oben im Fenster ändern)</translation>
    </message>
    <message>
        <source>Exports are written to %1</source>
        <translation>Exporte werden nach %1 geschrieben</translation>
    </message>
    <message>
        <source>%1 (paused)</source>
        <translation>%1 (pausiert)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>1 file</source>
        <translation>1 Datei</translation>
    </message>
    <message>
        <source>%1 files</source>
        <translation>%1 Dateien</translation>
    </message>
    <message>
        <source>Exports folder</source>
        <translation>Exportordner</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Export queued; it appears below when written.</source>
        <translation>Export eingereiht; er erscheint unten, sobald er geschrieben ist.</translation>
    </message>
    <message>
        <source>%1 is no longer there; it may have been moved or deleted.</source>
        <translation>%1 ist nicht mehr da; die Datei wurde vielleicht verschoben oder gelöscht.</translation>
    </message>
    <message>
        <source>No application opens %1; open it from the folder.</source>
        <translation>Keine Anwendung öffnet %1; öffnen Sie die Datei aus dem Ordner.</translation>
    </message>
    <message>
        <source>The folder %1 could not be opened.</source>
        <translation>Der Ordner %1 konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Export queued; it appears above when written.</source>
        <translation>Export eingereiht; er erscheint oben, sobald er geschrieben ist.</translation>
    </message>
</context>
<context>
    <name>pulse::ui::FileExport</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>pulse::ui::FilterByCohortCombo</name>
    <message>
        <source>Count only the users of a saved cohort (create cohorts on the Cohorts page)</source>
        <translation>Nur die Nutzer einer gespeicherten Kohorte zählen (Kohorten legen Sie auf der Seite „Kohorten“ an)</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Alle Nutzer</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>pulse::ui::FilterChips</name>
    <message>
        <source>Filtered by:</source>
        <translation>Gefiltert nach:</translation>
    </message>
    <message>
        <source>%1  ✕</source>
        <translation>%1  ✕</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>Diesen Filter entfernen</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>Alle entfernen</translation>
    </message>
</context>
<context>
    <name>pulse::ui::FunnelBuilder</name>
    <message>
        <source>+ Add step</source>
        <translation>+ Schritt</translation>
    </message>
    <message>
        <source>+ Add exclusion</source>
        <translation>+ Ausschluss</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Add a step at the end (up to %1)</source>
        <translation>Schritt am Ende hinzufügen (bis zu %1)</translation>
    </message>
    <message>
        <source>In order</source>
        <translation>Geordnet</translation>
    </message>
    <message>
        <source>Steps happen in this order; other events may come in between</source>
        <translation>Die Schritte erfolgen in dieser Reihenfolge; andere Ereignisse dürfen dazwischen liegen</translation>
    </message>
    <message>
        <source>Strict order</source>
        <translation>Strikt geordnet</translation>
    </message>
    <message>
        <source>Steps happen in this order with no other event in between</source>
        <translation>Die Schritte erfolgen in dieser Reihenfolge ohne andere Ereignisse dazwischen</translation>
    </message>
    <message>
        <source>Any order</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <source>All steps happen within the window, in any order</source>
        <translation>Alle Schritte erfolgen innerhalb des Zeitfensters, in beliebiger Reihenfolge</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Reihenfolge</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>How long users have from the first step to the last (1 minute to 365 days)</source>
        <translation>Wie viel Zeit Nutzer vom ersten bis zum letzten Schritt haben (1 Minute bis 365 Tage)</translation>
    </message>
    <message>
        <source>Convert within</source>
        <translation>Zeitfenster</translation>
    </message>
    <message>
        <source>Split every step by the value the property had at the first step</source>
        <translation>Jeden Schritt nach dem Wert aufteilen, den die Eigenschaft beim ersten Schritt hatte</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>Aufschlüsselung</translation>
    </message>
    <message>
        <source>Exclusions</source>
        <translation>Ausschlüsse</translation>
    </message>
    <message>
        <source>Drop users who do an event between two steps</source>
        <translation>Nutzer ausschließen, die zwischen zwei Schritten ein bestimmtes Ereignis ausführen</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Remove this step</source>
        <translation>Diesen Schritt entfernen</translation>
    </message>
    <message>
        <source>A funnel needs at least %1 steps</source>
        <translation>Ein Funnel braucht mindestens %1 Schritte</translation>
    </message>
    <message>
        <source>Add at least %1 steps: a funnel shows how many users go on from one step to the next.</source>
        <translation>Fügen Sie mindestens %1 Schritte hinzu: Ein Funnel zeigt, wie viele Nutzer von einem Schritt zum nächsten gelangen.</translation>
    </message>
    <message>
        <source>Step %1: %2.</source>
        <translation>Schritt %1: %2.</translation>
    </message>
    <message>
        <source>Exclusion %1: %2.</source>
        <translation>Ausschluss %1: %2.</translation>
    </message>
</context>
<context>
    <name>pulse::ui::FunnelChart</name>
    <message>
        <source>Funnel chart</source>
        <translation>Funnel-Diagramm</translation>
    </message>
    <message>
        <source>%1. %2&lt;br&gt;%3</source>
        <translation>%1. %2&lt;br&gt;%3</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Alle Nutzer</translation>
    </message>
    <message>
        <source>@value%</source>
        <translation>@value&#xa0;%</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1. %2 — %3</source>
        <translation>%1. %2 — %3</translation>
    </message>
    <message>
        <source>%1 of step 1</source>
        <translation>%1 von Schritt 1</translation>
    </message>
    <message>
        <source>%1 of step %2, %3 dropped off</source>
        <translation>%1 von Schritt %2, %3 abgebrochen</translation>
    </message>
    <message>
        <source>Click to list these users</source>
        <translation>Klicken, um diese Nutzer aufzulisten</translation>
    </message>
</context>
<context>
    <name>pulse::ui::FunnelExclusionEditor</name>
    <message>
        <source>event name</source>
        <translation>Ereignisname</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>Remove this exclusion</source>
        <translation>Diesen Ausschluss entfernen</translation>
    </message>
    <message>
        <source>between step</source>
        <translation>zwischen Schritt</translation>
    </message>
    <message>
        <source>and</source>
        <translation>und</translation>
    </message>
    <message>
        <source>Users who do this event after reaching the first step and before the second drop out</source>
        <translation>Nutzer, die dieses Ereignis nach dem ersten und vor dem zweiten Schritt ausführen, fallen heraus</translation>
    </message>
    <message>
        <source>choose the event that makes users drop out</source>
        <translation>Wählen Sie das Ereignis, durch das Nutzer herausfallen</translation>
    </message>
    <message>
        <source>the first step (%1) must come before the second (%2)</source>
        <translation>Der erste Schritt (%1) muss vor dem zweiten (%2) liegen</translation>
    </message>
    <message>
        <source>any path</source>
        <translation>beliebiger Pfad</translation>
    </message>
    <message>
        <source>path is</source>
        <translation>Pfad ist</translation>
    </message>
    <message>
        <source>path starts with</source>
        <translation>Pfad beginnt mit</translation>
    </message>
    <message>
        <source>path matches</source>
        <translation>Pfad passt zu</translation>
    </message>
    <message>
        <source>A pattern: * matches any run of characters, ? one character</source>
        <translation>Ein Muster: * steht für beliebig viele Zeichen, ? für genau ein Zeichen</translation>
    </message>
</context>
<context>
    <name>pulse::ui::FunnelStepEditor</name>
    <message>
        <source>event name, e.g. pageview</source>
        <translation>Ereignisname, z. B. pageview</translation>
    </message>
    <message>
        <source>any path</source>
        <translation>beliebiger Pfad</translation>
    </message>
    <message>
        <source>↑</source>
        <translation>↑</translation>
    </message>
    <message>
        <source>Move this step up</source>
        <translation>Schritt nach oben verschieben</translation>
    </message>
    <message>
        <source>↓</source>
        <translation>↓</translation>
    </message>
    <message>
        <source>Move this step down</source>
        <translation>Schritt nach unten verschieben</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>Remove this step</source>
        <translation>Diesen Schritt entfernen</translation>
    </message>
    <message>
        <source>path is</source>
        <translation>Pfad ist</translation>
    </message>
    <message>
        <source>path starts with</source>
        <translation>Pfad beginnt mit</translation>
    </message>
    <message>
        <source>path matches</source>
        <translation>Pfad passt zu</translation>
    </message>
    <message>
        <source>A pattern: * matches any run of characters, ? one character</source>
        <translation>Ein Muster: * steht für beliebig viele Zeichen, ? für genau ein Zeichen</translation>
    </message>
    <message>
        <source>choose the event this step counts (for page visits: pageview)</source>
        <translation>Wählen Sie das Ereignis, das dieser Schritt zählt (für Seitenaufrufe: pageview)</translation>
    </message>
    <message>
        <source>label in the results (optional)</source>
        <translation>Bezeichnung in den Ergebnissen (optional)</translation>
    </message>
    <message>
        <source>How the step is named in the chart and the table; empty: from its event and path</source>
        <translation>Wie der Schritt in Diagramm und Tabelle heißt; leer: aus Ereignis und Pfad gebildet</translation>
    </message>
    <message>
        <source>Step label</source>
        <translation>Schrittbezeichnung</translation>
    </message>
</context>
<context>
    <name>pulse::ui::FunnelTableModel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Alle Nutzer</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message numerus="yes">
        <source>List the %n user(s) who reached this step</source>
        <translation>
            <numerusform>Den %n Nutzer auflisten, der diesen Schritt erreicht hat</numerusform>
            <numerusform>Die %n Nutzer auflisten, die diesen Schritt erreicht haben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>List the %n user(s) who reached the step before but not this one</source>
        <translation>
            <numerusform>Den %n Nutzer auflisten, der den vorherigen Schritt erreicht hat, diesen aber nicht</numerusform>
            <numerusform>Die %n Nutzer auflisten, die den vorherigen Schritt erreicht haben, diesen aber nicht</numerusform>
        </translation>
    </message>
    <message>
        <source>Half of the users took less than this from step %1; a quarter took less than %2, three quarters less than %3</source>
        <translation>Die Hälfte der Nutzer brauchte ab Schritt %1 weniger als diese Zeit; ein Viertel weniger als %2, drei Viertel weniger als %3</translation>
    </message>
    <message>
        <source>Users at this step as a share of the step before</source>
        <translation>Nutzer in diesem Schritt als Anteil am vorherigen Schritt</translation>
    </message>
    <message>
        <source>Users at this step as a share of the first step</source>
        <translation>Nutzer in diesem Schritt als Anteil am ersten Schritt</translation>
    </message>
    <message>
        <source>Users who reached the step before but not this one within the conversion window</source>
        <translation>Nutzer, die den vorherigen Schritt erreicht haben, diesen aber nicht innerhalb des Zeitfensters</translation>
    </message>
    <message>
        <source>Median time from the step before to this one</source>
        <translation>Median der Zeit vom vorherigen Schritt bis zu diesem</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Nutzer</translation>
    </message>
    <message>
        <source>From previous</source>
        <translation>Vom vorherigen</translation>
    </message>
    <message>
        <source>From first</source>
        <translation>Vom ersten</translation>
    </message>
    <message>
        <source>Drop-off</source>
        <translation>Abbrüche</translation>
    </message>
    <message>
        <source>Median time</source>
        <translation>Median-Zeit</translation>
    </message>
</context>
<context>
    <name>pulse::ui::FunnelUsersDialog</name>
    <message>
        <source>← Previous</source>
        <translation>← Zurück</translation>
    </message>
    <message>
        <source>Next →</source>
        <translation>Weiter →</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Save as cohort…</source>
        <translation>Als Kohorte speichern…</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Wird geladen</translation>
    </message>
    <message>
        <source>Save every user of this list, not only this page, as CSV</source>
        <translation>Alle Nutzer dieser Liste als CSV speichern, nicht nur diese Seite</translation>
    </message>
    <message>
        <source>Keep every user of this list as a static cohort, to filter or compare reports by</source>
        <translation>Alle Nutzer dieser Liste als statische Kohorte speichern, um Berichte danach zu filtern oder zu vergleichen</translation>
    </message>
    <message>
        <source>Loading users…</source>
        <translation>Nutzer werden geladen…</translation>
    </message>
    <message>
        <source>Could not list the users: %1</source>
        <translation>Die Nutzer konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>No users.</source>
        <translation>Keine Nutzer.</translation>
    </message>
    <message>
        <source>%1–%2 of %3</source>
        <translation>%1–%2 von %3</translation>
    </message>
    <message>
        <source>Export users</source>
        <translation>Nutzer exportieren</translation>
    </message>
    <message>
        <source>funnel-users.csv</source>
        <translation>funnel-nutzer.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation>%1 nach %2 exportiert</translation>
    </message>
    <message>
        <source>Save as cohort</source>
        <translation>Als Kohorte speichern</translation>
    </message>
    <message>
        <source>Name of the new static cohort (%1):</source>
        <translation>Name der neuen statischen Kohorte (%1):</translation>
    </message>
    <message>
        <source>Give the cohort a name.</source>
        <translation>Geben Sie der Kohorte einen Namen.</translation>
    </message>
    <message>
        <source>Saving the cohort…</source>
        <translation>Kohorte wird gespeichert…</translation>
    </message>
    <message>
        <source>Could not save the cohort: %1</source>
        <translation>Die Kohorte konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Saved the cohort “%1” with %2. Find it on the Cohorts page.</source>
        <translation>Kohorte „%1“ gespeichert (%2). Sie finden sie auf der Seite „Kohorten“.</translation>
    </message>
</context>
<context>
    <name>pulse::ui::FunnelUsersModel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>(anonymous)</source>
        <translation>(anonym)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>This visitor sent no user id; Pulse knows them by their visitor id only</source>
        <translation>Dieser Besucher hat keine Nutzer-ID gesendet; Pulse kennt ihn nur über seine Besucher-ID</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Nutzer</translation>
    </message>
    <message>
        <source>Visitor id</source>
        <translation>Besucher-ID</translation>
    </message>
    <message>
        <source>Steps reached</source>
        <translation>Erreichte Schritte</translation>
    </message>
    <message>
        <source>First step</source>
        <translation>Erster Schritt</translation>
    </message>
    <message>
        <source>Last step reached</source>
        <translation>Letzter erreichter Schritt</translation>
    </message>
</context>
<context>
    <name>pulse::ui::FunnelsPage</name>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Running the funnel</source>
        <translation>Funnel wird berechnet</translation>
    </message>
    <message>
        <source>Saved funnels</source>
        <translation>Gespeicherte Funnels</translation>
    </message>
    <message>
        <source>Open a saved funnel of this site</source>
        <translation>Einen gespeicherten Funnel dieser Website öffnen</translation>
    </message>
    <message>
        <source>Save the changes to this funnel</source>
        <translation>Änderungen an diesem Funnel speichern</translation>
    </message>
    <message>
        <source>Save this definition as a new funnel</source>
        <translation>Diese Definition als neuen Funnel speichern</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Nutzer</translation>
    </message>
    <message>
        <source>Run the funnel over the selected dates (Ctrl+Enter)</source>
        <translation>Funnel für den gewählten Zeitraum ausführen (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Click a number of users or a drop-off to list those users.</source>
        <translation>Klicken Sie auf eine Nutzerzahl oder eine Zahl der Abbrüche, um diese Nutzer aufzulisten.</translation>
    </message>
    <message>
        <source>Save the step table as CSV</source>
        <translation>Schritttabelle als CSV speichern</translation>
    </message>
    <message>
        <source>Time to convert</source>
        <translation>Zeit bis zur Conversion</translation>
    </message>
    <message>
        <source>Step for the time to convert</source>
        <translation>Schritt für die Zeit bis zur Conversion</translation>
    </message>
    <message>
        <source>Add a site on the Overview page, then build funnels from its events here.</source>
        <translation>Fügen Sie auf der Seite „Übersicht“ eine Website hinzu und erstellen Sie dann hier Funnels aus ihren Ereignissen.</translation>
    </message>
    <message>
        <source>Choose at least two steps, then press Run to see how many users go on from each step to the next.</source>
        <translation>Wählen Sie mindestens zwei Schritte und klicken Sie dann auf „Ausführen“, um zu sehen, wie viele Nutzer von Schritt zu Schritt weitergehen.</translation>
    </message>
    <message>
        <source>Add a site on the Overview page first.</source>
        <translation>Fügen Sie zuerst auf der Seite „Übersicht“ eine Website hinzu.</translation>
    </message>
    <message>
        <source>This funnel cannot run: %1</source>
        <translation>Dieser Funnel kann nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <source>The funnel could not run: %1</source>
        <translation>Der Funnel konnte nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <source>%1 has no events yet. Once the tracker sends pageviews or custom events, they can be funnel steps here.</source>
        <translation>%1 hat noch keine Ereignisse. Sobald der Tracker Seitenaufrufe oder benutzerdefinierte Ereignisse sendet, können diese hier Funnel-Schritte sein.</translation>
    </message>
    <message>
        <source>None of the %1 users who did %2 completed all %3 steps within %4.</source>
        <translation>Keiner der %1 Nutzer, die %2 ausgeführt haben, hat alle %3 Schritte abgeschlossen (Zeitfenster: %4).</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; of the %2 users who did %3 completed all %4 steps within %5.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; der %2 Nutzer, die %3 ausgeführt haben, haben alle %4 Schritte abgeschlossen (Zeitfenster: %5).</translation>
    </message>
    <message>
        <source>%1 → %2. %3</source>
        <translation>%1 → %2. %3</translation>
    </message>
    <message>
        <source>No one reached step %1 from step %2 yet.</source>
        <translation>Noch niemand hat von Schritt %2 aus Schritt %1 erreicht.</translation>
    </message>
    <message>
        <source>Median %1 · the middle half of %2 took between %3 and %4 · mean %5</source>
        <translation>Median %1 · mittlere Hälfte (%2): %3 bis %4 · Mittelwert %5</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Wird ausgeführt…</translation>
    </message>
    <message>
        <source>%1 has no events yet. Once the tracker sends pageviews or custom events, they can be funnel steps here. You can define a funnel now and save it.</source>
        <translation>%1 hat noch keine Ereignisse. Sobald der Tracker Seitenaufrufe oder benutzerdefinierte Ereignisse sendet, können diese hier Funnel-Schritte sein. Sie können schon jetzt einen Funnel definieren und speichern.</translation>
    </message>
    <message>
        <source>Could not list the saved funnels: %1</source>
        <translation>Die gespeicherten Funnels konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>New funnel (none saved yet)</source>
        <translation>Neuer Funnel (noch keiner gespeichert)</translation>
    </message>
    <message>
        <source>New funnel</source>
        <translation>Neuer Funnel</translation>
    </message>
    <message>
        <source>Fix the funnel before saving it. %1</source>
        <translation>Korrigieren Sie den Funnel vor dem Speichern. %1</translation>
    </message>
    <message>
        <source>Save funnel</source>
        <translation>Funnel speichern</translation>
    </message>
    <message>
        <source>Rename funnel</source>
        <translation>Funnel umbenennen</translation>
    </message>
    <message>
        <source>Delete funnel</source>
        <translation>Funnel löschen</translation>
    </message>
    <message>
        <source>Delete the funnel “%1”? Its events stay; only the saved definition goes.</source>
        <translation>Funnel „%1“ löschen? Die Ereignisse bleiben erhalten; nur die gespeicherte Definition wird entfernt.</translation>
    </message>
    <message>
        <source>Users who reached step %1 (%2)</source>
        <translation>Nutzer, die Schritt %1 erreicht haben (%2)</translation>
    </message>
    <message>
        <source>Users who reached step %1 but not step %2 (%3)</source>
        <translation>Nutzer, die Schritt %1, aber nicht Schritt %2 erreicht haben (%3)</translation>
    </message>
    <message>
        <source>%1, %2 = %3</source>
        <translation>%1, %2 = %3</translation>
    </message>
    <message>
        <source>Run the funnel first.</source>
        <translation>Führen Sie den Funnel zuerst aus.</translation>
    </message>
    <message>
        <source>Export funnel</source>
        <translation>Funnel exportieren</translation>
    </message>
    <message>
        <source>funnel.csv</source>
        <translation>funnel.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>No one did the first step (%1) %2. Try a longer date range, or another first step.</source>
        <extracomment>%2 is &quot;on &lt;date&gt;&quot; or &quot;between &lt;date&gt; and &lt;date&gt;&quot;.</extracomment>
        <translation>Niemand hat %2 den ersten Schritt (%1) ausgeführt. Versuchen Sie einen längeren Zeitraum oder einen anderen ersten Schritt.</translation>
    </message>
</context>
<context>
    <name>pulse::ui::GetStartedPanel</name>
    <message>
        <source>Load &amp;demo data</source>
        <translation>Demodaten &amp;laden</translation>
    </message>
    <message>
        <source>example.com</source>
        <translation>example.com</translation>
    </message>
    <message>
        <source>&amp;Add site</source>
        <translation>Website &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Domain:</source>
        <translation>Domain:</translation>
    </message>
    <message>
        <source>Adds the site demo.pulse.local with weeks of realistic traffic</source>
        <translation>Fügt die Website demo.pulse.local mit mehreren Wochen realistischem Traffic hinzu</translation>
    </message>
    <message>
        <source>Or explore Pulse with generated data first:</source>
        <translation>Oder erkunden Sie Pulse zuerst mit generierten Daten:</translation>
    </message>
    <message>
        <source>Welcome to Pulse</source>
        <translation>Willkommen bei Pulse</translation>
    </message>
    <message>
        <source>Add the website you want to measure. Pulse then gives you a one-line script to paste into its pages; the events stay on this computer.</source>
        <translation>Fügen Sie die Website hinzu, die Sie messen möchten. Pulse gibt Ihnen dann ein einzeiliges Skript, das Sie in ihre Seiten einfügen; die Ereignisse bleiben auf diesem Computer.</translation>
    </message>
    <message>
        <source>No events for %1 yet</source>
        <translation>Noch keine Ereignisse für %1</translation>
    </message>
    <message>
        <source>The collector is not running, so this site cannot receive events now. Restart Pulse on a free port to collect.</source>
        <translation>Der Collector läuft nicht, daher kann diese Website derzeit keine Ereignisse empfangen. Starten Sie Pulse auf einem freien Port neu, um Ereignisse zu erfassen.</translation>
    </message>
    <message>
        <source>Paste this script into the &lt;head&gt; of every page of %1. Pageviews appear on the Live page within seconds, and here once they fall into the selected range.</source>
        <translation>Fügen Sie dieses Skript in den &lt;head&gt; jeder Seite von %1 ein. Seitenaufrufe erscheinen innerhalb von Sekunden auf der Seite „Live“ und hier, sobald sie in den gewählten Zeitraum fallen.</translation>
    </message>
    <message>
        <source>Generating the demo traffic…</source>
        <translation>Demo-Traffic wird erzeugt…</translation>
    </message>
</context>
<context>
    <name>pulse::ui::ImportMappingForm</name>
    <message>
        <source>The first row holds the column names</source>
        <translation>Die erste Zeile enthält die Spaltennamen</translation>
    </message>
    <message>
        <source>The other columns become properties</source>
        <translation>Die übrigen Spalten werden Eigenschaften</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Erkennen</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Komma ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Semikolon ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Epoch seconds</source>
        <translation>Epoch-Sekunden</translation>
    </message>
    <message>
        <source>Epoch milliseconds</source>
        <translation>Epoch-Millisekunden</translation>
    </message>
    <message>
        <source>ISO 8601 (2024-05-01T10:00:00Z)</source>
        <translation>ISO 8601 (2024-05-01T10:00:00Z)</translation>
    </message>
    <message>
        <source>&amp;Delimiter</source>
        <translation>&amp;Trennzeichen</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>&amp;Zeit</translation>
    </message>
    <message>
        <source>Time &amp;format</source>
        <translation>Zeit&amp;format</translation>
    </message>
    <message>
        <source>&amp;Event name</source>
        <translation>&amp;Ereignisname</translation>
    </message>
    <message>
        <source>&amp;User id</source>
        <translation>&amp;Nutzer-ID</translation>
    </message>
    <message>
        <source>&amp;Path or URL</source>
        <translation>&amp;Pfad oder URL</translation>
    </message>
    <message>
        <source>&amp;Referrer</source>
        <translation>&amp;Referrer</translation>
    </message>
    <message>
        <source>Event &amp;id</source>
        <translation>Ereignis-&amp;ID</translation>
    </message>
    <message>
        <source>An id per event makes re-imports skip rows already stored; without one, rows are compared by content.</source>
        <translation>Mit einer ID pro Ereignis überspringen erneute Importe bereits gespeicherte Zeilen; ohne sie werden Zeilen nach Inhalt verglichen.</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(nicht in der Datei)</translation>
    </message>
    <message>
        <source>%1 ← %2</source>
        <extracomment>A property of the imported events and the column it comes from: &quot;plan ← tier&quot;.</extracomment>
        <translation>%1 ← %2</translation>
    </message>
    <message>
        <source>Properties: %1</source>
        <translation>Eigenschaften: %1</translation>
    </message>
</context>
<context>
    <name>pulse::ui::ImportsPage</name>
    <message>
        <source>Queued</source>
        <translation>In der Warteschlange</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Wird importiert…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>Datei &amp;auswählen…</translation>
    </message>
    <message>
        <source>Save as pre&amp;set…</source>
        <translation>Als &amp;Vorlage speichern…</translation>
    </message>
    <message>
        <source>Delete preset</source>
        <translation>Vorlage löschen</translation>
    </message>
    <message>
        <source>&amp;Start import</source>
        <translation>Import &amp;starten</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Import abbrechen</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>Already stored</source>
        <translation>Bereits gespeichert</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Textzeile</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>What to fix</source>
        <translation>Was zu korrigieren ist</translation>
    </message>
    <message>
        <source>Save rejected rows as CSV…</source>
        <translation>Abgelehnte Zeilen als CSV speichern…</translation>
    </message>
    <message>
        <source>Choose a CSV, JSON or NDJSON file, or drop one on this page</source>
        <translation>Wählen Sie eine CSV-, JSON- oder NDJSON-Datei oder ziehen Sie eine auf diese Seite</translation>
    </message>
    <message>
        <source>Detect from the name</source>
        <translation>Aus dem Namen erkennen</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>JSON array</source>
        <translation>JSON-Array</translation>
    </message>
    <message>
        <source>NDJSON (one event per line)</source>
        <translation>NDJSON (ein Ereignis pro Zeile)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>First rows</source>
        <translation>Erste Zeilen</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Import events from</source>
        <translation>Ereignisse importieren aus</translation>
    </message>
    <message>
        <source>Event files (*.csv *.tsv *.txt *.json *.ndjson *.jsonl *.gz);;All files (*)</source>
        <translation>Ereignisdateien (*.csv *.tsv *.txt *.json *.ndjson *.jsonl *.gz);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save as preset</source>
        <translation>Als Vorlage speichern</translation>
    </message>
    <message>
        <source>Name of the preset (a preset of the same name is replaced):</source>
        <translation>Name der Vorlage (eine Vorlage gleichen Namens wird ersetzt):</translation>
    </message>
    <message>
        <source>Delete the preset %1?</source>
        <translation>Die Vorlage %1 löschen?</translation>
    </message>
    <message>
        <source>Save rejected rows</source>
        <translation>Abgelehnte Zeilen speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <extracomment>A column of the preview: its name, then what its values look like.</extracomment>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>JSON events use the collector&apos;s field names (name, timestamp, user_id, url or path, referrer, props), so there is nothing to map.</source>
        <translation>JSON-Ereignisse verwenden die Feldnamen des Collectors (name, timestamp, user_id, url oder path, referrer, props); es gibt also nichts zuzuordnen.</translation>
    </message>
    <message>
        <source>Choose a site first.</source>
        <translation>Wählen Sie zuerst eine Website.</translation>
    </message>
    <message>
        <source>Automatic (columns found by their names)</source>
        <translation>Automatisch (Spalten anhand ihrer Namen)</translation>
    </message>
    <message>
        <source>%1 (built in)</source>
        <translation>%1 (eingebaut)</translation>
    </message>
    <message>
        <source>Saved the preset %1.</source>
        <translation>Vorlage %1 gespeichert.</translation>
    </message>
    <message>
        <source>Importing %1.</source>
        <translation>%1 wird importiert.</translation>
    </message>
    <message>
        <source>%1 waits for the import before it.</source>
        <translation>%1 wartet auf den vorherigen Import.</translation>
    </message>
    <message>
        <source>Importing %1: %2 rows read</source>
        <translation>%1 wird importiert: %2 Zeilen gelesen</translation>
    </message>
    <message>
        <source>, %1 rows/s</source>
        <translation>, %1 Zeilen/s</translation>
    </message>
    <message>
        <source>, about %1 left</source>
        <translation>, noch etwa %1</translation>
    </message>
    <message>
        <source>No imports yet.</source>
        <translation>Noch keine Importe.</translation>
    </message>
    <message>
        <source>Select an import to see its report.</source>
        <translation>Wählen Sie einen Import, um seinen Bericht zu sehen.</translation>
    </message>
    <message>
        <source>%1: %2 rows read, %3 imported, %4 already stored, %5 rejected.</source>
        <translation>%1: %2 Zeilen gelesen, %3 importiert, %4 bereits gespeichert, %5 abgelehnt.</translation>
    </message>
    <message>
        <source>The first rejections are listed; %1 more are only counted.</source>
        <translation>Die ersten Ablehnungen sind aufgeführt; %1 weitere werden nur gezählt.</translation>
    </message>
    <message>
        <source>Saved 1 rejected row to %1.</source>
        <translation>1 abgelehnte Zeile in %1 gespeichert.</translation>
    </message>
    <message>
        <source>Saved %1 rejected rows to %2.</source>
        <translation>%1 abgelehnte Zeilen in %2 gespeichert.</translation>
    </message>
</context>
<context>
    <name>pulse::ui::KeyCreateDialog</name>
    <message>
        <source>&amp;Expires at the end of</source>
        <translation>&amp;Läuft ab am Ende von</translation>
    </message>
    <message>
        <source>Create API key</source>
        <translation>API-Schlüssel erstellen</translation>
    </message>
    <message>
        <source>Nightly report script</source>
        <translation>Nächtliches Berichtsskript</translation>
    </message>
    <message>
        <source>Every site</source>
        <translation>Alle Websites</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>&amp;Site</source>
        <translation>&amp;Website</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>The secret is shown once, when the key is created. Pulse keeps only a hash of it.</source>
        <translation>Das Geheimnis wird einmal gezeigt, wenn der Schlüssel erstellt wird. Pulse speichert nur einen Hash davon.</translation>
    </message>
    <message>
        <source>C&amp;reate key</source>
        <translation>Schlüssel &amp;erstellen</translation>
    </message>
</context>
<context>
    <name>pulse::ui::KeyRotateDialog</name>
    <message>
        <source>Rotate API key</source>
        <translation>API-Schlüssel erneuern</translation>
    </message>
    <message>
        <source>Stops at once</source>
        <translation>Endet sofort</translation>
    </message>
    <message>
        <source>1 more hour</source>
        <translation>Noch 1 Stunde</translation>
    </message>
    <message>
        <source>24 more hours</source>
        <translation>Noch 24 Stunden</translation>
    </message>
    <message>
        <source>7 more days</source>
        <translation>Noch 7 Tage</translation>
    </message>
    <message>
        <source>Make a new secret for the key %1? Its name, scopes, site, expiry and usage stay. Give the new secret to every program that uses the key before the old one stops.</source>
        <translation>Ein neues Geheimnis für den Schlüssel %1 erzeugen? Name, Berechtigungen, Website, Ablauf und Nutzung bleiben. Geben Sie das neue Geheimnis jedem Programm, das den Schlüssel nutzt, bevor das alte endet.</translation>
    </message>
    <message>
        <source>The &amp;old secret works</source>
        <translation>Das &amp;alte Geheimnis gilt</translation>
    </message>
    <message>
        <source>&amp;Rotate</source>
        <translation>&amp;Erneuern</translation>
    </message>
</context>
<context>
    <name>pulse::ui::KeysSettingsTab</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Zuletzt genutzt</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>Nutzungen</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Create key…</source>
        <translation>Schlüssel &amp;erstellen…</translation>
    </message>
    <message>
        <source>&amp;Rotate…</source>
        <translation>E&amp;rneuern…</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>&amp;Widerrufen…</translation>
    </message>
    <message>
        <source>Secret API keys let programs use the REST API and the live stream of this workspace&apos;s server. Pulse keeps only a hash of each secret.</source>
        <translation>Geheime API-Schlüssel erlauben Programmen, die REST-API und den Live-Stream des Servers dieses Arbeitsbereichs zu nutzen. Pulse speichert von jedem Geheimnis nur einen Hash.</translation>
    </message>
    <message>
        <source>Revoke API key</source>
        <translation>API-Schlüssel widerrufen</translation>
    </message>
    <message>
        <source>Revoke now</source>
        <translation>Jetzt widerrufen</translation>
    </message>
    <message>
        <source>Every site</source>
        <translation>Alle Websites</translation>
    </message>
    <message>
        <source>Site %1</source>
        <translation>Website %1</translation>
    </message>
    <message>
        <source>%1…</source>
        <extracomment>A key&apos;s first characters, then an ellipsis: &quot;psk_Ab12cd…&quot;.</extracomment>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>No API keys yet. Create one for each program that should use the REST API.</source>
        <translation>Noch keine API-Schlüssel. Erstellen Sie einen für jedes Programm, das die REST-API nutzen soll.</translation>
    </message>
    <message>
        <source>No API keys yet.</source>
        <translation>Noch keine API-Schlüssel.</translation>
    </message>
    <message>
        <source>The new secret of the key %1. Programs that use the key must switch to it before the old secret stops working.</source>
        <translation>Das neue Geheimnis des Schlüssels %1. Programme, die den Schlüssel nutzen, müssen darauf umstellen, bevor das alte Geheimnis nicht mehr gilt.</translation>
    </message>
    <message>
        <source>The secret of the new key %1. Send it as &quot;Authorization: Bearer …&quot; with each request.</source>
        <translation>Das Geheimnis des neuen Schlüssels %1. Senden Sie es mit jeder Anfrage als „Authorization: Bearer …“.</translation>
    </message>
    <message>
        <source>API key secret</source>
        <translation>Geheimnis des API-Schlüssels</translation>
    </message>
    <message>
        <source>Revoke the key %1 (%2…)?

It stops working at once, for every program that uses it, and so does its previous secret during a rotation. This cannot be undone.</source>
        <translation>Den Schlüssel %1 (%2…) widerrufen?

Er gilt sofort nicht mehr, für jedes Programm, das ihn nutzt, ebenso sein vorheriges Geheimnis während einer Erneuerung. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Revoked the key %1.</source>
        <translation>Schlüssel %1 widerrufen.</translation>
    </message>
</context>
<context>
    <name>pulse::ui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The language changes to %1 the next time Pulse starts.</source>
        <translation>Beim nächsten Start von Pulse wechselt die Sprache zu %1.</translation>
    </message>
    <message>
        <source>Restart Pulse now? It opens again on the page you are on.</source>
        <translation>Pulse jetzt neu starten? Danach öffnet sich wieder die aktuelle Seite.</translation>
    </message>
    <message>
        <source>Restart Now</source>
        <translation>Jetzt neu starten</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
</context>
<context>
    <name>pulse::ui::LanguageSettingsPanel</name>
    <message>
        <source>Restart now</source>
        <translation>Jetzt neu starten</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Systemstandard (%1)</translation>
    </message>
    <message>
        <source>Pulse speaks %1 from the next start.</source>
        <translation>Pulse spricht ab dem nächsten Start %1.</translation>
    </message>
    <message>
        <source>Pulse speaks %1.</source>
        <translation>Pulse spricht %1.</translation>
    </message>
</context>
<context>
    <name>pulse::ui::LiveFeedModel</name>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
</context>
<context>
    <name>pulse::ui::LivePage</name>
    <message>
        <source>Visitors, last 30 minutes</source>
        <translation>Besucher, letzte 30 Minuten</translation>
    </message>
    <message>
        <source>Events, last 30 minutes</source>
        <translation>Ereignisse, letzte 30 Minuten</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Events per minute, last hour</source>
        <translation>Ereignisse pro Minute, letzte Stunde</translation>
    </message>
    <message>
        <source>Top pages now</source>
        <translation>Top-Seiten jetzt</translation>
    </message>
    <message>
        <source>Top sources now</source>
        <translation>Top-Quellen jetzt</translation>
    </message>
    <message>
        <source>Latest events</source>
        <translation>Neueste Ereignisse</translation>
    </message>
    <message>
        <source>Add a site on the Overview page to see its visitors here as they arrive.</source>
        <translation>Fügen Sie auf der Seite „Übersicht“ eine Website hinzu, um hier ihre Besucher in Echtzeit zu sehen.</translation>
    </message>
    <message>
        <source>The collector is not running: no live events can arrive.</source>
        <translation>Der Collector läuft nicht: Es können keine Live-Ereignisse eintreffen.</translation>
    </message>
    <message>
        <source>Live on %1 · events arrive at %2</source>
        <translation>Live auf %1 · Ereignisse werden unter %2 empfangen</translation>
    </message>
</context>
<context>
    <name>pulse::ui::LocalWorkspaceClient</name>
    <message>
        <source>The cohort no longer exists; it may have been deleted meanwhile.</source>
        <translation>Die Kohorte existiert nicht mehr; sie wurde möglicherweise zwischenzeitlich gelöscht.</translation>
    </message>
    <message>
        <source>This funnel no longer exists.</source>
        <translation>Dieser Funnel existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The report no longer exists; it may have been deleted meanwhile.</source>
        <translation>Der Bericht existiert nicht mehr; er wurde möglicherweise zwischenzeitlich gelöscht.</translation>
    </message>
    <message>
        <source>Exports are not running: the workspace&apos;s job queue did not start.</source>
        <translation>Exporte laufen nicht: Die Auftragswarteschlange des Arbeitsbereichs ist nicht gestartet.</translation>
    </message>
    <message>
        <source>The export no longer exists.</source>
        <translation>Der Export existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The export has already ended.</source>
        <translation>Der Export ist bereits beendet.</translation>
    </message>
    <message>
        <source>The export is still running; cancel it first.</source>
        <translation>Der Export läuft noch; brechen Sie ihn zuerst ab.</translation>
    </message>
    <message>
        <source>The schedule no longer exists; it may have been deleted meanwhile.</source>
        <translation>Der Zeitplan existiert nicht mehr; er wurde vielleicht inzwischen gelöscht.</translation>
    </message>
    <message>
        <source>Imports are not running: the workspace&apos;s job queue did not start.</source>
        <translation>Importe laufen nicht: Die Auftragswarteschlange des Arbeitsbereichs ist nicht gestartet.</translation>
    </message>
    <message>
        <source>The preset no longer exists; it may have been deleted meanwhile.</source>
        <translation>Die Vorlage existiert nicht mehr; sie wurde vielleicht inzwischen gelöscht.</translation>
    </message>
    <message>
        <source>%1 cannot be read; choose the file again.</source>
        <translation>%1 kann nicht gelesen werden; wählen Sie die Datei erneut.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 ist leer.</translation>
    </message>
    <message>
        <source>%1 could not be copied into the data folder; check its free space.</source>
        <translation>%1 konnte nicht in den Datenordner kopiert werden; prüfen Sie den freien Speicherplatz.</translation>
    </message>
    <message>
        <source>The import no longer exists.</source>
        <translation>Der Import existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The import has already ended.</source>
        <translation>Der Import ist bereits beendet.</translation>
    </message>
    <message>
        <source>Alerts are not running: the workspace&apos;s services did not start.</source>
        <translation>Alarme laufen nicht: Die Dienste des Arbeitsbereichs sind nicht gestartet.</translation>
    </message>
    <message>
        <source>The rule no longer exists; it may have been deleted meanwhile.</source>
        <translation>Die Regel existiert nicht mehr; sie wurde vielleicht inzwischen gelöscht.</translation>
    </message>
    <message>
        <source>The webhook no longer exists; it may have been deleted meanwhile.</source>
        <translation>Der Webhook existiert nicht mehr; er wurde vielleicht inzwischen gelöscht.</translation>
    </message>
    <message>
        <source>The webhook is disabled; enable it before sending a test event.</source>
        <translation>Der Webhook ist deaktiviert; aktivieren Sie ihn, bevor Sie ein Testereignis senden.</translation>
    </message>
    <message>
        <source>The delivery no longer exists.</source>
        <translation>Die Zustellung existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The key no longer exists.</source>
        <translation>Den Schlüssel gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Say what the key is for, in 1 to %1 characters.</source>
        <translation>Sagen Sie in 1 bis %1 Zeichen, wofür der Schlüssel ist.</translation>
    </message>
    <message>
        <source>Choose at least one scope: what the key may do.</source>
        <translation>Wählen Sie mindestens eine Berechtigung: was der Schlüssel darf.</translation>
    </message>
    <message>
        <source>The site no longer exists; choose another or every site.</source>
        <translation>Die Website gibt es nicht mehr; wählen Sie eine andere oder alle Websites.</translation>
    </message>
    <message>
        <source>The expiry is in the past; choose a later date.</source>
        <translation>Der Ablauf liegt in der Vergangenheit; wählen Sie ein späteres Datum.</translation>
    </message>
    <message>
        <source>The key is revoked; create a new key instead of rotating it.</source>
        <translation>Der Schlüssel ist widerrufen; erstellen Sie einen neuen, statt ihn zu erneuern.</translation>
    </message>
    <message>
        <source>The old secret can keep working for at most 30 days.</source>
        <translation>Das alte Geheimnis kann höchstens 30 Tage weiter gelten.</translation>
    </message>
    <message>
        <source>The name has %1 characters; at most %2 are allowed.</source>
        <translation>Der Name hat %1 Zeichen; höchstens %2 sind erlaubt.</translation>
    </message>
    <message>
        <source>The site no longer exists; it may have been deleted meanwhile.</source>
        <translation>Die Website gibt es nicht mehr; sie wurde wohl inzwischen gelöscht.</translation>
    </message>
    <message>
        <source>Give the site&apos;s domain, for example example.com.</source>
        <translation>Geben Sie die Domain der Website an, zum Beispiel example.com.</translation>
    </message>
    <message>
        <source>The export has no file; it may have been deleted meanwhile.</source>
        <translation>Der Export hat keine Datei; er wurde vielleicht inzwischen gelöscht.</translation>
    </message>
</context>
<context>
    <name>pulse::ui::MainWindow</name>
    <message>
        <source>Pulse</source>
        <extracomment>The window&apos;s title while it shows a remote server&apos;s workspace: &quot;Pulse — pulse.example.com&quot;.</extracomment>
        <translation>Pulse</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Funnels</source>
        <translation>Funnels</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Retention</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>Kohorten</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>Ü&amp;bersicht</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;Live</source>
        <translation>&amp;Live</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>&amp;Funnels</source>
        <translation>&amp;Funnels</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>R&amp;etention</source>
        <translation>&amp;Retention</translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <source>&amp;Cohorts</source>
        <translation>&amp;Kohorten</translation>
    </message>
    <message>
        <source>Ctrl+5</source>
        <translation>Ctrl+5</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Range</source>
        <translation>&amp;Zeitraum</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Pulse</source>
        <translation>Ü&amp;ber Pulse</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A page of the sidebar and its keyboard shortcut: &quot;Funnels (Ctrl+3)&quot;.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>Exporte</translation>
    </message>
    <message>
        <source>Ctrl+6</source>
        <translation>Ctrl+6</translation>
    </message>
    <message>
        <source>Ctrl+7</source>
        <translation>Ctrl+7</translation>
    </message>
    <message>
        <source>&amp;Imports</source>
        <translation>&amp;Importe</translation>
    </message>
    <message>
        <source>E&amp;xports</source>
        <translation>E&amp;xporte</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>Ctrl+8</source>
        <translation>Ctrl+8</translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation>&amp;Alarme</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <source>Ctrl+9</source>
        <translation>Ctrl+9</translation>
    </message>
    <message>
        <source>&amp;Webhooks</source>
        <translation>&amp;Webhooks</translation>
    </message>
    <message>
        <source>&amp;Notify me when an alert fires</source>
        <translation>&amp;Benachrichtigen, wenn ein Alarm auslöst</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>&amp;Workspace settings…</source>
        <translation>&amp;Arbeitsbereich-Einstellungen…</translation>
    </message>
    <message>
        <source>Pulse — %1</source>
        <translation>Pulse — %1</translation>
    </message>
    <message>
        <source>%1 cannot be reached (%2). Pulse keeps trying and refreshes the pages when it answers again.</source>
        <translation>%1 ist nicht erreichbar (%2). Pulse versucht es weiter und aktualisiert die Seiten, sobald er wieder antwortet.</translation>
    </message>
</context>
<context>
    <name>pulse::ui::OverviewPage</name>
    <message>
        <source>Top pages</source>
        <translation>Top-Seiten</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Entry pages</source>
        <translation>Einstiegsseiten</translation>
    </message>
    <message>
        <source>Entry page</source>
        <translation>Einstiegsseite</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>UTM campaigns</source>
        <translation>UTM-Kampagnen</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Browsers</source>
        <translation>Browser</translation>
    </message>
    <message>
        <source>Browser</source>
        <translation>Browser</translation>
    </message>
    <message>
        <source>Operating systems</source>
        <translation>Betriebssysteme</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Wird geladen</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Nutzer</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Besucher</translation>
    </message>
    <message>
        <source>Pageviews</source>
        <translation>Seitenaufrufe</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Besuche</translation>
    </message>
    <message>
        <source>Bounce rate</source>
        <translation>Absprungrate</translation>
    </message>
    <message>
        <source>Visit duration</source>
        <translation>Besuchsdauer</translation>
    </message>
    <message>
        <source>Could not load the figures: %1</source>
        <translation>Die Kennzahlen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Could not load the demo data: %1</source>
        <translation>Die Demodaten konnten nicht geladen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n demo event(s).</source>
        <translation>
            <numerusform>%n Demo-Ereignis geladen.</numerusform>
            <numerusform>%n Demo-Ereignisse geladen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pulse::ui::PepperProblemBox</name>
    <message>
        <source>API-key pepper</source>
        <translation>Pepper der API-Schlüssel</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Create a new pepper? Secret API keys made with the old one stop working (make new ones in Settings &gt; API keys); sites, events and everything else are kept. Restoring a backup of this folder brings the old pepper back.</source>
        <translation>Einen neuen Pepper erzeugen? Geheime API-Schlüssel, die mit dem alten erstellt wurden, funktionieren dann nicht mehr (erstellen Sie neue unter Einstellungen &gt; API-Schlüssel); Websites, Ereignisse und alles andere bleiben erhalten. Das Wiederherstellen einer Sicherung dieses Ordners bringt den alten Pepper zurück.</translation>
    </message>
    <message>
        <source>Create a new pepper</source>
        <translation>Neuen Pepper erzeugen</translation>
    </message>
    <message>
        <source>Unlock the system keychain, or start its service, then retry.</source>
        <translation>Entsperren Sie den Schlüsselbund des Systems oder starten Sie seinen Dienst, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
</context>
<context>
    <name>pulse::ui::RemoteWorkspaceClient</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The system keychain has no key for %1. Connect to it again in File &gt; Workspace.</source>
        <translation>Der Schlüsselbund des Systems hat keinen Schlüssel für %1. Verbinden Sie sich unter Datei &gt; Arbeitsbereich erneut.</translation>
    </message>
    <message>
        <source>Demo data is loaded into the workspace on this computer, not into a server. Switch to This computer in File &gt; Workspace to load it.</source>
        <translation>Demodaten werden in den Arbeitsbereich auf diesem Computer geladen, nicht in einen Server. Wechseln Sie unter Datei &gt; Arbeitsbereich zu Dieser Computer, um sie zu laden.</translation>
    </message>
    <message>
        <source>The export has no file yet; open it once it is completed.</source>
        <translation>Der Export hat noch keine Datei; öffnen Sie ihn, sobald er abgeschlossen ist.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>pulse::ui::RestTransport</name>
    <message>
        <source>The server could not be reached: %1</source>
        <translation>Der Server ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 %2.</source>
        <translation>Der Server hat mit HTTP %1 %2 geantwortet.</translation>
    </message>
    <message>
        <source>The server refused the key (HTTP 401): connect again with a valid key in File &gt; Workspace &gt; Connect to a server….</source>
        <translation>Der Server hat den Schlüssel abgelehnt (HTTP 401): Verbinden Sie sich unter Datei &gt; Arbeitsbereich &gt; Mit einem Server verbinden … mit einem gültigen Schlüssel erneut.</translation>
    </message>
</context>
<context>
    <name>pulse::ui::RetentionControls</name>
    <message>
        <source>Include bots</source>
        <translation>Bots einbeziehen</translation>
    </message>
    <message>
        <source>The event that puts a user in a cohort</source>
        <translation>Das Ereignis, das einen Nutzer einer Kohorte zuordnet</translation>
    </message>
    <message>
        <source>Start event</source>
        <translation>Startereignis</translation>
    </message>
    <message>
        <source>The event that counts as coming back</source>
        <translation>Das Ereignis, das als Rückkehr zählt</translation>
    </message>
    <message>
        <source>Return event</source>
        <translation>Rückkehrereignis</translation>
    </message>
    <message>
        <source>First time</source>
        <translation>Erstmalig</translation>
    </message>
    <message>
        <source>Each user once: in the period they first did the start event</source>
        <translation>Jeder Nutzer einmal: in der Periode, in der er das Startereignis zum ersten Mal ausgeführt hat</translation>
    </message>
    <message>
        <source>Recurring</source>
        <translation>Wiederkehrend</translation>
    </message>
    <message>
        <source>A user joins a cohort in every period they did the start event</source>
        <translation>Ein Nutzer kommt in jeder Periode, in der er das Startereignis ausgeführt hat, in eine Kohorte</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>Kohorten</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Calendar periods in the site&apos;s time zone; weeks start on Monday</source>
        <translation>Kalenderperioden in der Zeitzone der Website; Wochen beginnen am Montag</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>How many periods after the cohort&apos;s own to follow (columns of the grid)</source>
        <translation>Wie viele Perioden nach der Startperiode der Kohorte verfolgt werden (Spalten der Tabelle)</translation>
    </message>
    <message>
        <source>Number of periods</source>
        <translation>Anzahl der Perioden</translation>
    </message>
    <message>
        <source>Follow for</source>
        <translation>Verfolgen über</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Split the cohorts by the value the property had on the start event</source>
        <translation>Kohorten nach dem Wert aufteilen, den die Eigenschaft beim Startereignis hatte</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>Aufschlüsselung</translation>
    </message>
    <message>
        <source>Count events from crawlers and other automated clients too</source>
        <translation>Auch Ereignisse von Crawlern und anderen automatisierten Clients zählen</translation>
    </message>
    <message>
        <source> day</source>
        <translation> Tag</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source> week</source>
        <translation> Woche</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> Wochen</translation>
    </message>
    <message>
        <source> month</source>
        <translation> Monat</translation>
    </message>
    <message>
        <source> months</source>
        <translation> Monate</translation>
    </message>
    <message>
        <source>Start event, %1</source>
        <translation>Startereignis, %1</translation>
    </message>
    <message>
        <source>Return event, %1</source>
        <translation>Rückkehrereignis, %1</translation>
    </message>
    <message>
        <source>A breakdown needs first-time cohorts: with recurring cohorts one user is in many cohorts, with different values. Choose “First time”, or no breakdown.</source>
        <translation>Eine Aufschlüsselung erfordert erstmalige Kohorten: Bei wiederkehrenden Kohorten ist ein Nutzer in vielen Kohorten, mit unterschiedlichen Werten. Wählen Sie „Erstmalig“ oder keine Aufschlüsselung.</translation>
    </message>
</context>
<context>
    <name>pulse::ui::RetentionCurveChart</name>
    <message>
        <source>Retention curve</source>
        <translation>Retention-Kurve</translation>
    </message>
    <message>
        <source>Days after the cohort&apos;s day</source>
        <translation>Tage nach dem Kohortentag</translation>
    </message>
    <message>
        <source>Months after the cohort&apos;s month</source>
        <translation>Monate nach dem Kohortenmonat</translation>
    </message>
    <message>
        <source>Weeks after the cohort&apos;s week</source>
        <translation>Wochen nach der Kohortenwoche</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Alle Nutzer</translation>
    </message>
    <message>
        <source>%1 · %2
%3 of %4 users (%5)</source>
        <translation>%1 · %2
%3 von %4 Nutzern (%5)</translation>
    </message>
    <message>
        <source>%d%%</source>
        <extracomment>printf format of the y axis labels, a whole percentage: &quot;%d%%&quot; gives &quot;40%&quot;. Keep %d and %%.</extracomment>
        <translation>%d&#xa0;%%</translation>
    </message>
</context>
<context>
    <name>pulse::ui::RetentionEventEditor</name>
    <message>
        <source>Any event</source>
        <translation>Beliebiges Ereignis</translation>
    </message>
    <message>
        <source>Choose an event first to filter it by its properties</source>
        <translation>Wählen Sie zuerst ein Ereignis, um es nach seinen Eigenschaften zu filtern</translation>
    </message>
</context>
<context>
    <name>pulse::ui::RetentionGridModel</name>
    <message>
        <source>Day %1</source>
        <translation>Tag %1</translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation>Monat %1</translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation>Woche %1</translation>
    </message>
    <message>
        <source>Users who started on %1</source>
        <translation>Nutzer mit Start am %1</translation>
    </message>
    <message>
        <source>Users who started in %1</source>
        <translation>Nutzer mit Start im %1</translation>
    </message>
    <message>
        <source>Users who started in the week beginning %1</source>
        <translation>Nutzer mit Start in der Woche ab %1</translation>
    </message>
    <message>
        <source>No one started in this period.</source>
        <translation>In dieser Periode hat niemand begonnen.</translation>
    </message>
    <message>
        <source>No cohort in this range has reached %1 yet.</source>
        <translation>Noch keine Kohorte in diesem Zeitraum hat %1 erreicht.</translation>
    </message>
    <message>
        <source>Not observed yet: %1 of this cohort starts after the end of the range.</source>
        <translation>Noch nicht beobachtet: %1 dieser Kohorte beginnt nach dem Ende des Zeitraums.</translation>
    </message>
    <message>
        <source>%1 of %2 users (%3)</source>
        <translation>%1 von %2 Nutzern (%3)</translation>
    </message>
    <message>
        <source>Weighted average over every cohort that reached %1.</source>
        <translation>Gewichteter Durchschnitt über alle Kohorten, die %1 erreicht haben.</translation>
    </message>
    <message>
        <source>%1 is still in progress: this figure can still grow.</source>
        <translation>%1 läuft noch: Dieser Wert kann noch steigen.</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Durchschnitt</translation>
    </message>
    <message>
        <source>Every cohort of the range, weighted by its size</source>
        <translation>Alle Kohorten des Zeitraums, gewichtet nach ihrer Größe</translation>
    </message>
    <message>
        <source>%1 in all cohorts</source>
        <translation>%1 in allen Kohorten</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Kohorte</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Nutzer</translation>
    </message>
    <message>
        <source>The period in which the users started</source>
        <translation>Die Periode, in der die Nutzer begonnen haben</translation>
    </message>
    <message>
        <source>Users in the cohort</source>
        <translation>Nutzer in der Kohorte</translation>
    </message>
    <message>
        <source>Users who came back in their own period, at or after the start event</source>
        <translation>Nutzer, die in ihrer eigenen Periode zurückkamen, beim oder nach dem Startereignis</translation>
    </message>
    <message>
        <source>Users who came back the day after the one they started on</source>
        <translation>Nutzer, die am Tag nach ihrem Starttag zurückkamen</translation>
    </message>
    <message>
        <source>Users who came back %1 days after the one they started on</source>
        <translation>Nutzer, die %1 Tage nach ihrem Starttag zurückkamen</translation>
    </message>
    <message>
        <source>Users who came back the month after the one they started in</source>
        <translation>Nutzer, die im Monat nach ihrem Startmonat zurückkamen</translation>
    </message>
    <message>
        <source>Users who came back %1 months after the one they started in</source>
        <translation>Nutzer, die %1 Monate nach ihrem Startmonat zurückkamen</translation>
    </message>
    <message>
        <source>Users who came back the week after the one they started in</source>
        <translation>Nutzer, die in der Woche nach ihrer Startwoche zurückkamen</translation>
    </message>
    <message>
        <source>Users who came back %1 weeks after the one they started in</source>
        <translation>Nutzer, die %1 Wochen nach ihrer Startwoche zurückkamen</translation>
    </message>
</context>
<context>
    <name>pulse::ui::RetentionPage</name>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Computing retention</source>
        <translation>Retention wird berechnet</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Nutzer</translation>
    </message>
    <message>
        <source>Add a site on the Overview page first.</source>
        <translation>Fügen Sie zuerst auf der Seite „Übersicht“ eine Website hinzu.</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Retention</translation>
    </message>
    <message>
        <source>Of the users who did the start event in a period, how many came back with the return event in each period after it.</source>
        <translation>Wie viele der Nutzer, die in einer Periode das Startereignis ausgeführt haben, in jeder folgenden Periode mit dem Rückkehrereignis zurückkamen.</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>Kohorten</translation>
    </message>
    <message>
        <source>Series shown in the grid</source>
        <translation>In der Tabelle gezeigte Reihe</translation>
    </message>
    <message>
        <source>Which users the grid shows: all of them, or one value of the breakdown</source>
        <translation>Welche Nutzer die Tabelle zeigt: alle oder die mit einem Wert der Aufschlüsselung</translation>
    </message>
    <message>
        <source>Save the grids as CSV: users and percentage per cohort and period</source>
        <translation>Tabellen als CSV speichern: Nutzer und Prozentsatz je Kohorte und Periode</translation>
    </message>
    <message>
        <source>Hover a cell for its users. Italic cells are periods still in progress.</source>
        <translation>Zeigen Sie auf eine Zelle, um ihre Nutzer zu sehen. Kursive Zellen sind noch laufende Perioden.</translation>
    </message>
    <message>
        <source>Retention grid</source>
        <translation>Retention-Tabelle</translation>
    </message>
    <message>
        <source>Retention cannot run: %1</source>
        <translation>Retention kann nicht berechnet werden: %1</translation>
    </message>
    <message>
        <source>Retention could not run: %1</source>
        <translation>Retention konnte nicht berechnet werden: %1</translation>
    </message>
    <message>
        <source>%1 has no events yet. Once the tracker sends pageviews or custom events, their retention shows here. To try the page first, load the demo site from the Overview page.</source>
        <translation>%1 hat noch keine Ereignisse. Sobald der Tracker Seitenaufrufe oder benutzerdefinierte Ereignisse sendet, erscheint hier ihre Retention. Um die Seite vorab auszuprobieren, laden Sie die Demo-Website auf der Seite „Übersicht“.</translation>
    </message>
    <message>
        <source>The chart shows all users and the %1 largest values; the grid has all %2 (choose them above it).</source>
        <translation>Das Diagramm zeigt alle Nutzer und die %1 größten Werte; die Tabelle enthält alle %2 (Auswahl darüber).</translation>
    </message>
    <message>
        <source>No cohort has reached its next day yet.</source>
        <translation>Noch keine Kohorte hat ihren nächsten Tag erreicht.</translation>
    </message>
    <message>
        <source>No cohort has reached its next month yet.</source>
        <translation>Noch keine Kohorte hat ihren nächsten Monat erreicht.</translation>
    </message>
    <message>
        <source>No cohort has reached its next week yet.</source>
        <translation>Noch keine Kohorte hat ihre nächste Woche erreicht.</translation>
    </message>
    <message>
        <source>On average &lt;b&gt;%1&lt;/b&gt; came back the next day.</source>
        <translation>Im Durchschnitt kamen &lt;b&gt;%1&lt;/b&gt; am nächsten Tag zurück.</translation>
    </message>
    <message>
        <source>On average &lt;b&gt;%1&lt;/b&gt; came back the next month.</source>
        <translation>Im Durchschnitt kamen &lt;b&gt;%1&lt;/b&gt; im nächsten Monat zurück.</translation>
    </message>
    <message>
        <source>On average &lt;b&gt;%1&lt;/b&gt; came back the next week.</source>
        <translation>Im Durchschnitt kamen &lt;b&gt;%1&lt;/b&gt; in der nächsten Woche zurück.</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Alle Nutzer</translation>
    </message>
    <message>
        <source>There is no retention grid to export yet.</source>
        <translation>Es gibt noch keine Retention-Tabelle zum Exportieren.</translation>
    </message>
    <message>
        <source>Export retention</source>
        <translation>Retention exportieren</translation>
    </message>
    <message>
        <source>retention.csv</source>
        <translation>retention.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Saved reports</source>
        <translation>Gespeicherte Berichte</translation>
    </message>
    <message>
        <source>New report</source>
        <translation>Neuer Bericht</translation>
    </message>
    <message>
        <source>New report (none saved yet)</source>
        <translation>Neuer Bericht (noch keiner gespeichert)</translation>
    </message>
    <message>
        <source>Open a saved retention report of this site</source>
        <translation>Einen gespeicherten Retention-Bericht dieser Website öffnen</translation>
    </message>
    <message>
        <source>Save the changes to this report</source>
        <translation>Änderungen an diesem Bericht speichern</translation>
    </message>
    <message>
        <source>Save this form as a new report</source>
        <translation>Diese Einstellungen als neuen Bericht speichern</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>Rename report</source>
        <translation>Bericht umbenennen</translation>
    </message>
    <message>
        <source>Delete report</source>
        <translation>Bericht löschen</translation>
    </message>
    <message>
        <source>Delete the report “%1”? Its events stay; only the saved form goes.</source>
        <translation>Bericht „%1“ löschen? Die Ereignisse bleiben erhalten; nur die gespeicherten Einstellungen werden entfernt.</translation>
    </message>
    <message>
        <source>No one did %1 %2. Widen the date range in the toolbar, or choose another start event.</source>
        <extracomment>%2 is &quot;on &lt;date&gt;&quot; or &quot;between &lt;date&gt; and &lt;date&gt;&quot;.</extracomment>
        <translation>Niemand hat %2 %1 ausgeführt. Erweitern Sie den Zeitraum in der Symbolleiste oder wählen Sie ein anderes Startereignis.</translation>
    </message>
    <message>
        <source>No events %1. Widen the date range in the toolbar (or the Range menu), or load the demo site from the Overview page.</source>
        <extracomment>%1 is &quot;on &lt;date&gt;&quot; or &quot;between &lt;date&gt; and &lt;date&gt;&quot;.</extracomment>
        <translation>Keine Ereignisse %1. Erweitern Sie den Zeitraum in der Symbolleiste (oder im Menü „Zeitraum“) oder laden Sie die Demo-Website auf der Seite „Übersicht“.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; cohort memberships %2 (a user counts once per period they started in).</source>
        <extracomment>%2 is &quot;on &lt;date&gt;&quot; or &quot;between &lt;date&gt; and &lt;date&gt;&quot;.</extracomment>
        <translation>&lt;b&gt;%1&lt;/b&gt; Kohortenmitgliedschaften %2 (ein Nutzer zählt einmal pro Periode, in der er begonnen hat).</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; started %2.</source>
        <extracomment>%1 is &quot;N users&quot;; %2 is &quot;on &lt;date&gt;&quot; or &quot;between &lt;date&gt; and &lt;date&gt;&quot;.</extracomment>
        <translation>&lt;b&gt;%1&lt;/b&gt; mit Start %2.</translation>
    </message>
    <message>
        <source>Could not list the saved reports: %1</source>
        <translation>Die gespeicherten Berichte konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>The report&apos;s cohort no longer exists; it shows all users.</source>
        <translation>Die Kohorte des Berichts existiert nicht mehr; der Bericht zeigt daher alle Nutzer.</translation>
    </message>
    <message>
        <source>Fix the form before saving it. %1</source>
        <translation>Korrigieren Sie die Einstellungen vor dem Speichern. %1</translation>
    </message>
</context>
<context>
    <name>pulse::ui::SavedDefinitionBar</name>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
</context>
<context>
    <name>pulse::ui::SecretOnceDialog</name>
    <message>
        <source>Copy it now: Pulse will not show it again.</source>
        <translation>Kopieren Sie es jetzt: Pulse zeigt es nicht noch einmal.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>pulse::ui::SettingsFormat</name>
    <message>
        <source>Ingest</source>
        <translation>Erfassen</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Stream</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Reserved for authenticated ingestion; the collector itself needs only the public site key.</source>
        <translation>Reserviert für authentifiziertes Erfassen; der Collector selbst braucht nur den öffentlichen Website-Schlüssel.</translation>
    </message>
    <message>
        <source>Reads stats, funnels, retention, cohorts, imports and sites.</source>
        <translation>Liest Statistiken, Funnels, Retention, Kohorten, Importe und Websites.</translation>
    </message>
    <message>
        <source>Creates and changes saved reports, cohorts, imports, sites and their settings.</source>
        <translation>Erstellt und ändert gespeicherte Berichte, Kohorten, Importe, Websites und deren Einstellungen.</translation>
    </message>
    <message>
        <source>Runs exports and manages their schedules.</source>
        <translation>Führt Exporte aus und verwaltet ihre Zeitpläne.</translation>
    </message>
    <message>
        <source>Follows the live stream over WebSocket.</source>
        <translation>Verfolgt den Live-Stream über WebSocket.</translation>
    </message>
    <message>
        <source>Everything above, plus managing keys and deleting sites.</source>
        <translation>Alles oben Genannte, dazu Schlüssel verwalten und Websites löschen.</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Rotating until %1</source>
        <extracomment>The key was rotated; its old secret keeps working until the time given.</extracomment>
        <translation>Erneuerung bis %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Forever</source>
        <translation>Für immer</translation>
    </message>
    <message>
        <source>%1 a minute</source>
        <translation>%1 pro Minute</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Unbegrenzt</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>Nutzer-ID</translation>
    </message>
    <message>
        <source>Cookieless</source>
        <translation>Ohne Cookies</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Allowed origins</source>
        <translation>Erlaubte Origins</translation>
    </message>
    <message>
        <source>Keep events</source>
        <translation>Ereignisse behalten</translation>
    </message>
    <message>
        <source>Bot filtering</source>
        <translation>Bot-Filter</translation>
    </message>
    <message>
        <source>Do Not Track</source>
        <translation>Do Not Track</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Besucher</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>Kontingent</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Old secret works</source>
        <translation>Altes Geheimnis gilt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A refused setting: the field&apos;s label, then what to change.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
</context>
<context>
    <name>pulse::ui::SettingsPage</name>
    <message>
        <source>&amp;Sites</source>
        <translation>&amp;Websites</translation>
    </message>
    <message>
        <source>API &amp;keys</source>
        <translation>API-&amp;Schlüssel</translation>
    </message>
</context>
<context>
    <name>pulse::ui::SiteSelector</name>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <source>No sites yet</source>
        <translation>Noch keine Websites</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>pulse::ui::SiteSettingsDialog</name>
    <message>
        <source>&amp;Reject bots and crawlers (off: store them marked as bots)</source>
        <translation>&amp;Bots und Crawler ablehnen (aus: als Bots markiert speichern)</translation>
    </message>
    <message>
        <source>Edit site %1</source>
        <translation>Website %1 bearbeiten</translation>
    </message>
    <message>
        <source>Add site</source>
        <translation>Website hinzufügen</translation>
    </message>
    <message>
        <source>The domain, unless you name it</source>
        <translation>Die Domain, wenn Sie keinen Namen geben</translation>
    </message>
    <message>
        <source>Origins such as https://example.com or http://localhost:3000. Empty: browsers on any origin may send events.</source>
        <translation>Origins wie https://example.com oder http://localhost:3000. Leer: Browser auf jedem Origin dürfen Ereignisse senden.</translation>
    </message>
    <message>
        <source>Forever</source>
        <translation>Für immer</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Cookieless: a daily visitor id, no cookies</source>
        <translation>Ohne Cookies: eine tägliche Besucher-ID, keine Cookies</translation>
    </message>
    <message>
        <source>User id: every event must carry the app&apos;s user id</source>
        <translation>Nutzer-ID: jedes Ereignis muss die Nutzer-ID der App tragen</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Unbegrenzt</translation>
    </message>
    <message>
        <source> events a minute</source>
        <translation> Ereignisse pro Minute</translation>
    </message>
    <message>
        <source>Only browsers on these origins may send events (collector and live stream). Leave empty to accept every origin.</source>
        <translation>Nur Browser auf diesen Origins dürfen Ereignisse senden (Collector und Live-Stream). Leer lassen, um jeden Origin anzunehmen.</translation>
    </message>
    <message>
        <source>A daily purge deletes older events, their sessions and quarantined events.</source>
        <translation>Eine tägliche Bereinigung löscht ältere Ereignisse, ihre Sitzungen und Ereignisse in Quarantäne.</translation>
    </message>
    <message>
        <source>&amp;Domain</source>
        <translation>&amp;Domain</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>&amp;Zeitzone</translation>
    </message>
    <message>
        <source>Allowed &amp;origins</source>
        <translation>Erlaubte &amp;Origins</translation>
    </message>
    <message>
        <source>&amp;Keep events</source>
        <translation>Ereignisse beha&amp;lten</translation>
    </message>
    <message>
        <source>Bots</source>
        <translation>Bots</translation>
    </message>
    <message>
        <source>Do Not Track</source>
        <translation>Do Not Track</translation>
    </message>
    <message>
        <source>&amp;Visitors</source>
        <translation>Besu&amp;cher</translation>
    </message>
    <message>
        <source>&amp;Quota</source>
        <translation>&amp;Kontingent</translation>
    </message>
    <message>
        <source>&amp;Add origin</source>
        <translation>Origin &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;move origin</source>
        <translation>Origin ent&amp;fernen</translation>
    </message>
    <message>
        <source>Res&amp;pect Do Not Track: store nothing from browsers that ask not to be tracked</source>
        <translation>Do Not &amp;Track beachten: nichts von Browsern speichern, die nicht verfolgt werden wollen</translation>
    </message>
</context>
<context>
    <name>pulse::ui::SitesSettingsTab</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Keep events</source>
        <translation>Ereignisse behalten</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Besucher</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>Kontingent</translation>
    </message>
    <message>
        <source>Allowed origins</source>
        <translation>Erlaubte Origins</translation>
    </message>
    <message>
        <source>&amp;Add site…</source>
        <translation>Website &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Delete site</source>
        <translation>Website löschen</translation>
    </message>
    <message>
        <source>Delete site and its data</source>
        <translation>Website und ihre Daten löschen</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>No sites yet. Add one to start collecting events.</source>
        <translation>Noch keine Websites. Fügen Sie eine hinzu, um Ereignisse zu sammeln.</translation>
    </message>
    <message>
        <source>Delete the site %1 (%2)?

This deletes every event, visit and quarantined event stored for it, its saved funnels, retention reports, cohorts, alerts, webhooks and imports, and the API keys limited to it. Its site key stops working at once. This cannot be undone.</source>
        <translation>Die Website %1 (%2) löschen?

Damit werden alle für sie gespeicherten Ereignisse, Besuche und Ereignisse in Quarantäne gelöscht, ihre gespeicherten Funnels, Retention-Berichte, Kohorten, Alarme, Webhooks und Importe sowie die auf sie beschränkten API-Schlüssel. Ihr Website-Schlüssel gilt sofort nicht mehr. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Deleted the site %1.</source>
        <translation>Website %1 gelöscht.</translation>
    </message>
</context>
<context>
    <name>pulse::ui::TimeSeriesChart</name>
    <message>
        <source>Visitors</source>
        <translation>Besucher</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Vorzeitraum</translation>
    </message>
    <message>
        <source>%1
%2 visitors · %3 pageviews</source>
        <translation>%1
%2 Besucher · %3 Seitenaufrufe</translation>
    </message>
    <message>
        <source>
Previous (%1): %2 visitors</source>
        <translation>
Vorzeitraum (%1): %2 Besucher</translation>
    </message>
    <message>
        <source>d MMM</source>
        <extracomment>Day on the time axis, as a Qt date format (d day, MMM short month name); German: &quot;d. MMM&quot;</extracomment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>ddd d MMM, HH:mm</source>
        <extracomment>Hour in the chart&apos;s tooltip, as a Qt date format (ddd weekday, d day, MMM short month name)</extracomment>
        <translation>ddd, d. MMM, HH:mm</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <extracomment>Day in the chart&apos;s tooltip, as a Qt date format</extracomment>
        <translation>ddd, d. MMM yyyy</translation>
    </message>
</context>
<context>
    <name>pulse::ui::TrackerSnippet</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the snippet to the clipboard</source>
        <translation>Snippet in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>pulse::ui::WebhookEndpointDialog</name>
    <message>
        <source>Alert fired</source>
        <translation>Alarm ausgelöst</translation>
    </message>
    <message>
        <source>Alert resolved</source>
        <translation>Alarm erledigt</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Export abgeschlossen</translation>
    </message>
    <message>
        <source>Test event</source>
        <translation>Testereignis</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>&amp;Aktiv</translation>
    </message>
    <message>
        <source>Edit webhook</source>
        <translation>Webhook bearbeiten</translation>
    </message>
    <message>
        <source>Add webhook</source>
        <translation>Webhook hinzufügen</translation>
    </message>
    <message>
        <source>Team chat</source>
        <translation>Team-Chat</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;URL</source>
        <translation>&amp;URL</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beschreibung</translation>
    </message>
    <message>
        <source>Sends</source>
        <translation>Sendet</translation>
    </message>
    <message>
        <source>Each request is signed (Standard Webhooks) with this endpoint&apos;s secret, shown once when the webhook is added.</source>
        <translation>Jede Anfrage wird mit dem Geheimnis dieses Endpunkts signiert (Standard Webhooks); es wird einmal angezeigt, wenn der Webhook hinzugefügt wird.</translation>
    </message>
</context>
<context>
    <name>pulse::ui::WebhooksPage</name>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>Neuer Versuch geplant</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Gave up</source>
        <translation>Aufgegeben</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Sends</source>
        <translation>Sendet</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Add webhook…</source>
        <translation>Webhook &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Rotate secret…</source>
        <translation>Geheimnis &amp;erneuern…</translation>
    </message>
    <message>
        <source>Send &amp;test event</source>
        <translation>&amp;Testereignis senden</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In der Warteschlange</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Last answer</source>
        <translation>Letzte Antwort</translation>
    </message>
    <message>
        <source>Next try</source>
        <translation>Nächster Versuch</translation>
    </message>
    <message>
        <source>Message id</source>
        <translation>Nachrichten-ID</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Versuch</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Um</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Antworttext</translation>
    </message>
    <message>
        <source>Re&amp;deliver</source>
        <translation>Erneut &amp;zustellen</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <source>Delivery log</source>
        <translation>Zustellprotokoll</translation>
    </message>
    <message>
        <source>Rotate secret</source>
        <translation>Geheimnis erneuern</translation>
    </message>
    <message>
        <source>Make a new secret for this webhook? The old one keeps signing for 24 hours, so the receiver can switch over.</source>
        <translation>Ein neues Geheimnis für diesen Webhook erzeugen? Das alte signiert noch 24 Stunden weiter, damit der Empfänger umstellen kann.</translation>
    </message>
    <message>
        <source>Delete webhook</source>
        <translation>Webhook löschen</translation>
    </message>
    <message>
        <source>Delete the webhook to %1 and its delivery log?</source>
        <translation>Den Webhook an %1 und sein Zustellprotokoll löschen?</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Disabled: %1</source>
        <translation>Deaktiviert: %1</translation>
    </message>
    <message>
        <source>No webhooks yet. Add one to have alerts, finished imports and finished exports posted to another service, signed so it can check they come from Pulse.</source>
        <translation>Noch keine Webhooks. Fügen Sie einen hinzu, damit Alarme sowie abgeschlossene Importe und Exporte an einen anderen Dienst gesendet werden, signiert, damit er prüfen kann, dass sie von Pulse kommen.</translation>
    </message>
    <message>
        <source>No webhooks yet.</source>
        <translation>Noch keine Webhooks.</translation>
    </message>
    <message>
        <source>Select a webhook to see its deliveries.</source>
        <translation>Wählen Sie einen Webhook, um seine Zustellungen zu sehen.</translation>
    </message>
    <message>
        <source>Deliveries to %1, newest first</source>
        <translation>Zustellungen an %1, neueste zuerst</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Webhook secret</source>
        <translation>Webhook-Geheimnis</translation>
    </message>
    <message>
        <source>Test event queued; its delivery appears below.</source>
        <translation>Testereignis eingereiht; seine Zustellung erscheint unten.</translation>
    </message>
    <message>
        <source>Queued again; the new delivery appears at the top.</source>
        <translation>Erneut eingereiht; die neue Zustellung erscheint oben.</translation>
    </message>
    <message>
        <source>The new signing secret for %1. The old one keeps signing for 24 hours.</source>
        <translation>Das neue Signaturgeheimnis für %1. Das alte signiert noch 24 Stunden weiter.</translation>
    </message>
    <message>
        <source>The signing secret for %1. Give it to the receiver so it can verify each request (Standard Webhooks).</source>
        <translation>Das Signaturgeheimnis für %1. Geben Sie es dem Empfänger, damit er jede Anfrage prüfen kann (Standard Webhooks).</translation>
    </message>
</context>
<context>
    <name>pulse::ui::WorkspaceMenu</name>
    <message>
        <source>&amp;Workspace</source>
        <translation>&amp;Arbeitsbereich</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A remote server in File &gt; Workspace: &quot;Production (https://pulse.example.com)&quot;.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Connect to a server…</source>
        <translation>Mit einem Server verbinden …</translation>
    </message>
    <message>
        <source>Forget this server…</source>
        <translation>Diesen Server vergessen …</translation>
    </message>
    <message>
        <source>Forget this server</source>
        <translation>Diesen Server vergessen</translation>
    </message>
    <message>
        <source>Remove %1 from the Workspace menu and its key from the system keychain? The server and its data are not touched; to connect again you will need the key.</source>
        <translation>%1 aus dem Menü Arbeitsbereich und seinen Schlüssel aus dem Schlüsselbund des Systems entfernen? Der Server und seine Daten bleiben unberührt; um sich erneut zu verbinden, brauchen Sie den Schlüssel.</translation>
    </message>
</context>
</TS>
