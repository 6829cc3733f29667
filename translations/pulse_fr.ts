<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>CohortFormat</name>
    <message>
        <source>Dynamic</source>
        <translation>Dynamique</translation>
    </message>
    <message>
        <source>Static</source>
        <translation>Statique</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l&apos;instant</translation>
    </message>
    <message>
        <source>1 minute ago</source>
        <translation>il y a 1 minute</translation>
    </message>
    <message>
        <source>%1 minutes ago</source>
        <translation>il y a %1 minutes</translation>
    </message>
    <message>
        <source>1 hour ago</source>
        <translation>il y a 1 heure</translation>
    </message>
    <message>
        <source>%1 hours ago</source>
        <translation>il y a %1 heures</translation>
    </message>
    <message>
        <source>1 day ago</source>
        <translation>il y a 1 jour</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>il y a %1 jours</translation>
    </message>
    <message>
        <source>Not computed yet</source>
        <translation>Pas encore calculée</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>only on demand</source>
        <translation>uniquement à la demande</translation>
    </message>
    <message>
        <source>every hour</source>
        <translation>toutes les heures</translation>
    </message>
    <message>
        <source>every %1 hours</source>
        <translation>toutes les %1 heures</translation>
    </message>
    <message>
        <source>1 member</source>
        <translation>1 membre</translation>
    </message>
    <message>
        <source>%1 members</source>
        <translation>%1 membres</translation>
    </message>
    <message>
        <source>is</source>
        <translation>est</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>n&apos;est pas</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>contient</translation>
    </message>
    <message>
        <source>is one of</source>
        <translation>est parmi</translation>
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
        <translation>au cours du dernier jour</translation>
    </message>
    <message>
        <source>in the last %1 days</source>
        <translation>au cours des %1 derniers jours</translation>
    </message>
    <message>
        <source>between %1 and %2</source>
        <translation>entre le %1 et le %2</translation>
    </message>
    <message>
        <source>ever</source>
        <translation>à ce jour</translation>
    </message>
    <message>
        <source>did not do %1 %2</source>
        <extracomment>Follows &quot;Users who&quot;; %1 is the event, %2 when (&quot;in the last 7 days&quot;, &quot;ever&quot;).</extracomment>
        <translation>n&apos;ont pas effectué %1 %2</translation>
    </message>
    <message>
        <source>1 time</source>
        <translation>1 fois</translation>
    </message>
    <message>
        <source>%1 times</source>
        <translation>%1 fois</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>au moins %1</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>au plus %1</translation>
    </message>
    <message>
        <source>exactly %1</source>
        <translation>exactement %1</translation>
    </message>
    <message>
        <source>did %1 %2 %3</source>
        <extracomment>Follows &quot;Users who&quot;; %1 is the event, %2 how often (&quot;at least 3 times&quot;), %3 when.</extracomment>
        <translation>ont effectué %1 %2 %3</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>were first seen before %1</source>
        <extracomment>Follows &quot;Users who&quot;; %1 is a date.</extracomment>
        <translation>ont fait leur première visite avant le %1</translation>
    </message>
    <message>
        <source>were first seen on or after %1</source>
        <translation>ont fait leur première visite le %1 ou après</translation>
    </message>
    <message>
        <source>were last seen before %1</source>
        <extracomment>Follows &quot;Users who&quot;; %1 is a date.</extracomment>
        <translation>ont fait leur dernière visite avant le %1</translation>
    </message>
    <message>
        <source>were last seen on or after %1</source>
        <translation>ont fait leur dernière visite le %1 ou après</translation>
    </message>
    <message>
        <source>have the %1 “%2”</source>
        <extracomment>Follows &quot;Users who&quot;; %1 is a property (browser, country, prop.plan), %2 its value.</extracomment>
        <translation>ont la valeur «&#xa0;%2&#xa0;» pour %1</translation>
    </message>
    <message>
        <source>have a %1 that contains “%2”</source>
        <extracomment>Follows &quot;Users who&quot;.</extracomment>
        <translation>ont pour %1 une valeur contenant «&#xa0;%2&#xa0;»</translation>
    </message>
</context>
<context>
    <name>DateRange</name>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>90 derniers jours</translation>
    </message>
    <message>
        <source>Month to date</source>
        <translation>Mois en cours</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Période personnalisée</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>le %1</translation>
    </message>
    <message>
        <source>between %1 and %2</source>
        <translation>entre le %1 et le %2</translation>
    </message>
</context>
<context>
    <name>DesktopPepper</name>
    <message>
        <source>The system keychain did not keep the pepper.</source>
        <translation>Le trousseau du système n’a pas conservé le poivre.</translation>
    </message>
    <message>
        <source>Pulse could not write %1: %2</source>
        <translation>Pulse n’a pas pu écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The pepper is in the system keychain, but its old file %1 could not be deleted: delete it by hand.</source>
        <translation>Le poivre est dans le trousseau du système, mais son ancien fichier %1 n’a pas pu être supprimé&#xa0;: supprimez-le à la main.</translation>
    </message>
    <message>
        <source>%1 is damaged: it should name the system keychain&apos;s entry that holds this data folder&apos;s pepper.</source>
        <translation>%1 est endommagé&#xa0;: il devrait nommer l’entrée du trousseau du système qui contient le poivre de ce dossier de données.</translation>
    </message>
    <message>
        <source>This data folder&apos;s pepper (the secret its API keys are checked with) is kept in a system keychain under the name %1, and this computer&apos;s keychain has no such entry. The folder was probably copied from another computer or user account.</source>
        <translation>Le poivre de ce dossier de données (le secret qui sert à vérifier ses clés d’API) est gardé dans un trousseau sous le nom %1, et le trousseau de cet ordinateur n’a pas cette entrée. Le dossier a sans doute été copié depuis un autre ordinateur ou un autre compte.</translation>
    </message>
    <message>
        <source>The system keychain&apos;s entry %1 does not hold a pepper.</source>
        <translation>L’entrée %1 du trousseau du système ne contient pas de poivre.</translation>
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
        <translation>%1&#xa0;j %2&#xa0;h</translation>
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
        <translation>%1&#xa0;j</translation>
    </message>
    <message>
        <source>1 user</source>
        <translation>1 utilisateur</translation>
    </message>
    <message>
        <source>%1 users</source>
        <translation>%1 utilisateurs</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 heure</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 heures</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 minute</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 minutes</translation>
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
        <translation>Le trousseau du système a refusé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The system keychain did not answer.</source>
        <translation>Le trousseau du système n’a pas répondu.</translation>
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
        <translation>nouveau</translation>
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
        <translation>±0&#xa0;pp</translation>
    </message>
    <message>
        <source>↑ %1 pp</source>
        <translation>↑ %1&#xa0;pp</translation>
    </message>
    <message>
        <source>↓ %1 pp</source>
        <translation>↓ %1&#xa0;pp</translation>
    </message>
</context>
<context>
    <name>ServerProfiles</name>
    <message>
        <source>Enter the server&apos;s address, like https://pulse.example.com or http://10.0.0.5:8420.</source>
        <translation>Saisissez l&apos;adresse du serveur, par exemple https://pulse.example.com ou http://10.0.0.5:8420.</translation>
    </message>
    <message>
        <source>Enter only the server&apos;s address: no user name, no ?query and no #fragment. The key goes in its own field.</source>
        <translation>Saisissez seulement l&apos;adresse du serveur&#xa0;: pas de nom d&apos;utilisateur, pas de&#xa0;?requête ni de #fragment. La clé a son propre champ.</translation>
    </message>
</context>
<context>
    <name>ThirdPartyComponents</name>
    <message>
        <source>Qt Core, GUI, Widgets, Network, WebSockets, Concurrent and OpenGL: the application framework</source>
        <translation>Qt Core, GUI, Widgets, Network, WebSockets, Concurrent et OpenGL&#xa0;: le framework de l&apos;application</translation>
    </message>
    <message>
        <source>The charts</source>
        <translation>Les graphiques</translation>
    </message>
    <message>
        <source>The workspace database</source>
        <translation>La base de données de l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Public domain</source>
        <translation>Domaine public</translation>
    </message>
    <message>
        <source>Gzip-compressed requests and imports</source>
        <translation>Requêtes et imports compressés en gzip</translation>
    </message>
    <message>
        <source>HTTP parsing in the built-in collector</source>
        <translation>Analyse HTTP dans le collecteur intégré</translation>
    </message>
    <message>
        <source>Remote servers&apos; keys in the system keychain</source>
        <translation>Clés des serveurs distants dans le trousseau du système</translation>
    </message>
    <message>
        <source>Memory allocation</source>
        <translation>Allocation de la mémoire</translation>
    </message>
    <message>
        <source>SHA-256 digests of imported rows and visitor ids</source>
        <translation>Empreintes SHA-256 des lignes importées et des identifiants de visiteurs</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Collector port in use</source>
        <translation>Port du collecteur déjà utilisé</translation>
    </message>
    <message>
        <source>Collector not running: %1</source>
        <translation>Collecteur arrêté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Affiche les informations de version.</translation>
    </message>
    <message>
        <source>Workspace folder (default: %1).</source>
        <translation>Dossier de l&apos;espace de travail (par défaut&#xa0;: %1).</translation>
    </message>
    <message>
        <source>Load the demo site if it is not there yet.</source>
        <translation>Charge le site de démo s&apos;il n&apos;est pas encore présent.</translation>
    </message>
    <message>
        <source>Pulse desktop workbench</source>
        <translation>Pulse, l&apos;atelier d&apos;analyse produit sur votre ordinateur</translation>
    </message>
    <message>
        <source>Cannot open the workspace</source>
        <translation>Impossible d&apos;ouvrir l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Données de démo</translation>
    </message>
    <message>
        <source>The demo data could not be loaded: %1</source>
        <translation>Impossible de charger les données de démo&#xa0;: %1</translation>
    </message>
    <message>
        <source>Language of the workbench: en, de or fr (default: as chosen in Settings &gt; Language, else the system&apos;s).</source>
        <translation>Langue de l&apos;interface&#xa0;: en, de ou fr (par défaut&#xa0;: celle choisie dans Paramètres &gt; Langue, sinon celle du système).</translation>
    </message>
    <message>
        <source>Cannot open the server&apos;s workspace</source>
        <translation>Impossible d&apos;ouvrir l&apos;espace de travail du serveur</translation>
    </message>
    <message>
        <source>%1

The workspace on this computer opens instead.</source>
        <translation>%1

L&apos;espace de travail de cet ordinateur s&apos;ouvre à la place.</translation>
    </message>
    <message>
        <source>Pulse could not start its collector on %1:%2 (%3).

Use another free port? Tracker snippets must then use the new address.</source>
        <translation>Pulse n&apos;a pas pu démarrer son collecteur sur %1:%2 (%3).

Utiliser un autre port libre ? Les extraits de suivi devront alors utiliser la nouvelle adresse.</translation>
    </message>
    <message>
        <source>port %1 is not available (%2)</source>
        <translation>le port %1 n&apos;est pas disponible (%2)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restauration</translation>
    </message>
    <message>
        <source>The workspace was restored from the backup.</source>
        <translation>L&apos;espace de travail a été restauré à partir de la sauvegarde.</translation>
    </message>
    <message>
        <source>The database it replaced is kept as %1.</source>
        <translation>La base de données remplacée est conservée sous %1.</translation>
    </message>
    <message>
        <source>Collector port (default: as chosen in Settings &gt; Collector, else 8420).</source>
        <translation>Port du collecteur (par défaut : celui choisi dans Paramètres &gt; Collecteur, sinon 8420).</translation>
    </message>
    <message>
        <source>Collecting events at %1</source>
        <translation>Collecte des événements sur %1</translation>
    </message>
    <message>
        <source>Collector</source>
        <translation>Collecteur</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Dossier de données</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
</context>
<context>
    <name>pulse::CollectorController</name>
    <message>
        <source>&quot;%1&quot; is not an IP address; use 127.0.0.1 for this computer only, or 0.0.0.0 for every network interface.</source>
        <translation>« %1 » n&apos;est pas une adresse IP ; utilisez 127.0.0.1 pour cet ordinateur seulement, ou 0.0.0.0 pour toutes les interfaces réseau.</translation>
    </message>
    <message>
        <source>port %1 on %2 is not available (%3)</source>
        <translation>le port %1 sur %2 n&apos;est pas disponible (%3)</translation>
    </message>
    <message>
        <source>The collector cannot listen on port %1 of %2: %3. Choose another port, or 0 for any free port.</source>
        <translation>Le collecteur ne peut pas écouter sur le port %1 de %2 : %3. Choisissez un autre port, ou 0 pour n&apos;importe quel port libre.</translation>
    </message>
    <message>
        <source>stopped in Settings</source>
        <translation>arrêté dans les Paramètres</translation>
    </message>
</context>
<context>
    <name>pulse::CsvReader</name>
    <message>
        <source>A field is longer than %1 bytes, the limit; is a closing quote missing?</source>
        <translation>Un champ dépasse la limite de %1 octets&#xa0;; manque-t-il un guillemet fermant&#xa0;?</translation>
    </message>
    <message>
        <source>The row is longer than %1 bytes, the limit; is a closing quote missing?</source>
        <translation>La ligne dépasse la limite de %1 octets&#xa0;; manque-t-il un guillemet fermant&#xa0;?</translation>
    </message>
    <message>
        <source>Field %1 is not valid UTF-8; save the file as UTF-8.</source>
        <translation>Le champ %1 n&apos;est pas en UTF-8 valide&#xa0;; enregistrez le fichier en UTF-8.</translation>
    </message>
    <message>
        <source>The row has %1 fields, the first row has %2 (delimiter %3).</source>
        <translation>La ligne compte %1 champs, la première ligne en compte %2 (séparateur %3).</translation>
    </message>
    <message>
        <source>A quoted field is never closed: the file ends inside it.</source>
        <translation>Un champ entre guillemets n&apos;est jamais fermé&#xa0;: le fichier se termine à l&apos;intérieur.</translation>
    </message>
    <message>
        <source>Field %1 has text after its closing quote; double quotes inside a quoted field (&quot;&quot;).</source>
        <translation>Le champ %1 contient du texte après son guillemet fermant&#xa0;; à l&apos;intérieur d&apos;un champ entre guillemets, doublez les guillemets (&quot;&quot;).</translation>
    </message>
</context>
<context>
    <name>pulse::EventImporter</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The events could not be stored: %1</source>
        <translation>Impossible d&apos;enregistrer les événements&#xa0;: %1</translation>
    </message>
    <message>
        <source>The header row cannot be read: %1</source>
        <translation>Impossible de lire la ligne d&apos;en-tête&#xa0;: %1</translation>
    </message>
    <message>
        <source>Each event must be a JSON object like {&quot;name&quot;: &quot;pageview&quot;, &quot;timestamp&quot;: &quot;2024-05-01T12:30:00Z&quot;, &quot;user_id&quot;: &quot;u-1&quot;}.</source>
        <translation>Chaque événement doit être un objet JSON, par exemple {&quot;name&quot;: &quot;pageview&quot;, &quot;timestamp&quot;: &quot;2024-05-01T12:30:00Z&quot;, &quot;user_id&quot;: &quot;u-1&quot;}.</translation>
    </message>
</context>
<context>
    <name>pulse::ImportInput</name>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Impossible de lire le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>The file is not open for reading.</source>
        <translation>Le fichier n&apos;est pas ouvert en lecture.</translation>
    </message>
    <message>
        <source>The gzip decompressor could not be started.</source>
        <translation>Impossible de démarrer la décompression gzip.</translation>
    </message>
    <message>
        <source>The gzip data ends early: the file is truncated.</source>
        <translation>Les données gzip s&apos;arrêtent trop tôt&#xa0;: le fichier est tronqué.</translation>
    </message>
    <message>
        <source>The gzip data is corrupt (%1).</source>
        <translation>Les données gzip sont corrompues (%1).</translation>
    </message>
</context>
<context>
    <name>pulse::ImportJobs</name>
    <message>
        <source>the upload could not be moved to %1</source>
        <translation>le fichier envoyé n&apos;a pas pu être déplacé vers %1</translation>
    </message>
    <message>
        <source>The import job could not be stored: %1</source>
        <translation>Impossible d&apos;enregistrer la tâche d&apos;import&#xa0;: %1</translation>
    </message>
    <message>
        <source>The site of this import no longer exists.</source>
        <translation>Le site de cet import n&apos;existe plus.</translation>
    </message>
    <message>
        <source>The uploaded file is gone from the data folder; upload it again.</source>
        <translation>Le fichier envoyé a disparu du dossier de données&#xa0;; envoyez-le à nouveau.</translation>
    </message>
    <message>
        <source>There is no mapping preset named &apos;%1&apos;.</source>
        <translation>Il n&apos;existe aucun modèle de correspondance nommé «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>pulse::ImportMapping</name>
    <message>
        <source>&quot;header&quot; must be true or false.</source>
        <translation>&quot;header&quot; doit valoir true ou false.</translation>
    </message>
    <message>
        <source>&quot;delimiter&quot; must be &quot;,&quot;, &quot;;&quot;, a tab or &quot;auto&quot;, not &apos;%1&apos;.</source>
        <translation>&quot;delimiter&quot; doit valoir &quot;,&quot;, &quot;;&quot;, une tabulation ou &quot;auto&quot;, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>columns.%1 must be a header name or a 0-based column number.</source>
        <translation>columns.%1 doit être un nom d&apos;en-tête ou un numéro de colonne (à partir de 0).</translation>
    </message>
    <message>
        <source>&quot;timestamp_format&quot; must be auto, epoch_seconds, epoch_millis or iso8601, not &apos;%1&apos;.</source>
        <translation>&quot;timestamp_format&quot; doit valoir auto, epoch_seconds, epoch_millis ou iso8601, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Each entry of &quot;props&quot; needs a &quot;name&quot; and a &quot;column&quot; (header name or 0-based number).</source>
        <translation>Chaque entrée de &quot;props&quot; nécessite un &quot;name&quot; et une &quot;column&quot; (nom d&apos;en-tête ou numéro à partir de 0).</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>colonne %1</translation>
    </message>
    <message>
        <source>The mapping uses column %1, but the file has only %2 columns.</source>
        <translation>La correspondance utilise la colonne %1, mais le fichier ne compte que %2 colonnes.</translation>
    </message>
    <message>
        <source>The mapping names column &apos;%1&apos;, but the file has no header: map columns by number.</source>
        <translation>La correspondance nomme la colonne «&#xa0;%1&#xa0;», mais le fichier n&apos;a pas d&apos;en-tête&#xa0;: associez les colonnes par numéro.</translation>
    </message>
    <message>
        <source>The file has no column &apos;%1&apos;; its columns are: %2.</source>
        <translation>Le fichier n&apos;a pas de colonne «&#xa0;%1&#xa0;»&#xa0;; ses colonnes sont&#xa0;: %2.</translation>
    </message>
    <message>
        <source>No column holds the time: map one (for example a header named &apos;timestamp&apos; or &apos;ts&apos;).</source>
        <translation>Aucune colonne ne contient l&apos;horodatage&#xa0;: associez-en une (par exemple un en-tête nommé «&#xa0;timestamp&#xa0;» ou «&#xa0;ts&#xa0;»).</translation>
    </message>
    <message>
        <source>No column holds the event name: map one (for example a header named &apos;event&apos; or &apos;name&apos;).</source>
        <translation>Aucune colonne ne contient le nom de l&apos;événement&#xa0;: associez-en une (par exemple un en-tête nommé «&#xa0;event&#xa0;» ou «&#xa0;name&#xa0;»).</translation>
    </message>
    <message>
        <source>No column holds the user id: map one (for example a header named &apos;user_id&apos;); imported visitors are told apart by it.</source>
        <translation>Aucune colonne ne contient l&apos;ID utilisateur&#xa0;: associez-en une (par exemple un en-tête nommé «&#xa0;user_id&#xa0;»)&#xa0;; c&apos;est lui qui distingue les visiteurs importés.</translation>
    </message>
</context>
<context>
    <name>pulse::ImportPresetStore</name>
    <message>
        <source>Give the preset a name.</source>
        <translation>Donnez un nom au modèle.</translation>
    </message>
    <message numerus="yes">
        <source>A preset name has at most %n characters.</source>
        <translation>
            <numerusform>Un nom de modèle a au plus %n caractère.</numerusform>
            <numerusform>Un nom de modèle a au plus %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a built-in preset; choose another name.</source>
        <translation>« %1 » est un modèle intégré ; choisissez un autre nom.</translation>
    </message>
</context>
<context>
    <name>pulse::ImportPreview</name>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>colonne %1</translation>
    </message>
    <message>
        <source>The file holds no JSON objects.</source>
        <translation>Le fichier ne contient aucun objet JSON.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>Impossible d’ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>number</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>time (epoch seconds)</source>
        <translation>heure (secondes epoch)</translation>
    </message>
    <message>
        <source>time (epoch milliseconds)</source>
        <translation>heure (millisecondes epoch)</translation>
    </message>
    <message>
        <source>time (ISO 8601)</source>
        <translation>heure (ISO 8601)</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>path</source>
        <translation>chemin</translation>
    </message>
</context>
<context>
    <name>pulse::ImportReport</name>
    <message>
        <source>%1 rows read: %2 imported, %3 already stored, %4 rejected, in %5 s (%6 rows/s).</source>
        <translation>%1 lignes lues&#xa0;: %2 importées, %3 déjà enregistrées, %4 rejetées, en %5&#xa0;s (%6 lignes/s).</translation>
    </message>
</context>
<context>
    <name>pulse::ImportRowBuilder</name>
    <message>
        <source>seconds since 1970 (like 1704067200)</source>
        <translation>un nombre de secondes depuis 1970 (par ex. 1704067200)</translation>
    </message>
    <message>
        <source>milliseconds since 1970 (like 1704067200000)</source>
        <translation>un nombre de millisecondes depuis 1970 (par ex. 1704067200000)</translation>
    </message>
    <message>
        <source>an ISO 8601 time (like 2024-01-01T12:30:00Z)</source>
        <translation>une date ISO 8601 (par ex. 2024-01-01T12:30:00Z)</translation>
    </message>
    <message>
        <source>seconds or milliseconds since 1970, or an ISO 8601 time</source>
        <translation>un nombre de secondes ou de millisecondes depuis 1970, ou une date ISO 8601</translation>
    </message>
    <message>
        <source>The row has no time; every imported event needs one.</source>
        <translation>La ligne n&apos;a pas d&apos;horodatage&#xa0;; chaque événement importé en nécessite un.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas %2.</translation>
    </message>
    <message>
        <source>The row has no user id; imported events need one to tell visitors apart.</source>
        <translation>La ligne n&apos;a pas d&apos;ID utilisateur&#xa0;; les événements importés en ont besoin pour distinguer les visiteurs.</translation>
    </message>
    <message>
        <source>The event has no &quot;timestamp&quot;; every imported event needs one.</source>
        <translation>L&apos;événement n&apos;a pas de &quot;timestamp&quot;&#xa0;; chaque événement importé en nécessite un.</translation>
    </message>
    <message>
        <source>The event has no &quot;user_id&quot;; imported events need one to tell visitors apart.</source>
        <translation>L&apos;événement n&apos;a pas de &quot;user_id&quot;&#xa0;; les événements importés en ont besoin pour distinguer les visiteurs.</translation>
    </message>
</context>
<context>
    <name>pulse::JsonItemReader</name>
    <message>
        <source>The item is longer than %1 bytes, the limit for one event.</source>
        <translation>L&apos;élément dépasse %1 octets, la limite pour un événement.</translation>
    </message>
    <message>
        <source>The JSON array is not closed: the file ends inside it (is it truncated?).</source>
        <translation>Le tableau JSON n&apos;est pas fermé&#xa0;: le fichier se termine à l&apos;intérieur (est-il tronqué&#xa0;?).</translation>
    </message>
    <message>
        <source>The file is not a JSON array of events: it starts with &apos;%1&apos;.</source>
        <translation>Le fichier n&apos;est pas un tableau JSON d&apos;événements&#xa0;: il commence par «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Unexpected data after the JSON array at byte %1.</source>
        <translation>Données inattendues après le tableau JSON, à l&apos;octet %1.</translation>
    </message>
</context>
<context>
    <name>pulse::WorkspaceBackup</name>
    <message>
        <source>There is no workspace database in %1 to back up.</source>
        <translation>Il n&apos;y a pas de base de données d&apos;espace de travail à sauvegarder dans %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation>La sauvegarde a échoué : %1</translation>
    </message>
    <message>
        <source>The backup was cancelled.</source>
        <translation>La sauvegarde a été annulée.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a Pulse backup: it is not a SQLite database.</source>
        <translation>%1 n&apos;est pas une sauvegarde Pulse : ce n&apos;est pas une base de données SQLite.</translation>
    </message>
    <message>
        <source>%1 is damaged: it is cut short (probably an incomplete copy); it cannot be restored.</source>
        <translation>%1 est endommagé : le fichier est tronqué (probablement une copie incomplète) ; il ne peut pas être restauré.</translation>
    </message>
    <message>
        <source>%1 is a SQLite database but not a Pulse workspace: it has no %2 table.</source>
        <translation>%1 est une base de données SQLite mais pas un espace de travail Pulse : la table %2 manque.</translation>
    </message>
    <message>
        <source>%1 was made by a newer Pulse (schema %2; this version reads up to %3): update Pulse, then restore it.</source>
        <translation>%1 a été créé par une version plus récente de Pulse (schéma %2 ; cette version lit jusqu&apos;au %3) : mettez Pulse à jour, puis restaurez-le.</translation>
    </message>
    <message>
        <source>%1 is damaged (SQLite&apos;s integrity check reports: %2); it cannot be restored.</source>
        <translation>%1 est endommagé (la vérification d&apos;intégrité de SQLite signale : %2) ; il ne peut pas être restauré.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read (%2); it cannot be restored.</source>
        <translation>%1 est endommagé et illisible (%2) ; il ne peut pas être restauré.</translation>
    </message>
    <message>
        <source>Cannot write to the data folder %1: %2</source>
        <translation>Impossible d&apos;écrire dans le dossier de données %1 : %2</translation>
    </message>
    <message>
        <source>The restore was cancelled.</source>
        <translation>La restauration a été annulée.</translation>
    </message>
    <message>
        <source>Cannot prepare the restore in %1: %2</source>
        <translation>Impossible de préparer la restauration dans %1 : %2</translation>
    </message>
    <message>
        <source>Cannot prepare the restore in %1.</source>
        <translation>Impossible de préparer la restauration dans %1.</translation>
    </message>
    <message>
        <source>The restore could not replace the workspace (%1 could not be moved); the workspace is unchanged and the backup is kept as %2.</source>
        <translation>La restauration n&apos;a pas pu remplacer l&apos;espace de travail (%1 n&apos;a pas pu être déplacé) ; l&apos;espace de travail est inchangé et la sauvegarde est conservée sous %2.</translation>
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
        <translation>À propos de Qt</translation>
    </message>
    <message>
        <source>About Pulse</source>
        <translation>À propos de Pulse</translation>
    </message>
    <message>
        <source>Pulse</source>
        <translation>Pulse</translation>
    </message>
    <message>
        <source>Local-first product analytics</source>
        <translation>Analyse produit, en local avant tout</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (compilé avec %2)</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version&#xa0;:</translation>
    </message>
    <message>
        <source>Build:</source>
        <translation>Compilation&#xa0;:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date&#xa0;:</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt&#xa0;:</translation>
    </message>
    <message>
        <source>System:</source>
        <translation>Système&#xa0;:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Dossier de données&#xa0;:</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Licence&#xa0;:</translation>
    </message>
    <message>
        <source>%1. Pulse is free software: you may share and change it under the terms of the GNU General Public License, version 3 or later. It comes with no warranty.</source>
        <translation>%1. Pulse est un logiciel libre&#xa0;: vous pouvez le redistribuer et le modifier selon les termes de la GNU General Public License, version 3 ou ultérieure. Il est fourni sans aucune garantie.</translation>
    </message>
    <message>
        <source>Third-party components</source>
        <translation>Composants tiers</translation>
    </message>
    <message>
        <source>Pulse %1</source>
        <translation>Pulse %1</translation>
    </message>
    <message>
        <source>Build: %1, %2</source>
        <translation>Compilation&#xa0;: %1, %2</translation>
    </message>
    <message>
        <source>Qt: %1</source>
        <translation>Qt&#xa0;: %1</translation>
    </message>
    <message>
        <source>System: %1</source>
        <translation>Système&#xa0;: %1</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>Dossier de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>Copy Details</source>
        <translation>Copier les détails</translation>
    </message>
    <message>
        <source>Copy the version, build and system to the clipboard, for a bug report</source>
        <translation>Copier la version, la compilation et le système dans le presse-papiers, pour un rapport de bogue</translation>
    </message>
</context>
<context>
    <name>pulse::ui::AlertBacktestChart</name>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Seuil</translation>
    </message>
    <message>
        <source>Would fire</source>
        <translation>Se déclencherait</translation>
    </message>
    <message>
        <source>Would resolve</source>
        <translation>Se résoudrait</translation>
    </message>
    <message>
        <source>d MMM</source>
        <extracomment>Day on the time axis, as a Qt date format (d day, MMM short month name); German: &quot;d. MMM&quot;</extracomment>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>What the rule would have done in the last 30 days</source>
        <translation>Ce que la règle aurait fait ces 30 derniers jours</translation>
    </message>
</context>
<context>
    <name>pulse::ui::AlertFormat</name>
    <message>
        <source>Visitors</source>
        <translation>Visiteurs</translation>
    </message>
    <message>
        <source>Pageviews</source>
        <translation>Pages vues</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visites</translation>
    </message>
    <message>
        <source>Bounce rate</source>
        <translation>Taux de rebond</translation>
    </message>
    <message>
        <source>Visit duration</source>
        <translation>Durée de visite</translation>
    </message>
    <message>
        <source>Views per visit</source>
        <translation>Pages par visite</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Tous les événements</translation>
    </message>
    <message>
        <source>Count of one event</source>
        <translation>Nombre d’un événement</translation>
    </message>
    <message>
        <source>Funnel conversion</source>
        <translation>Conversion de l’entonnoir</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>Événements %1</translation>
    </message>
    <message>
        <source>%1 conversion</source>
        <translation>Conversion de %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1 over %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>above %1</source>
        <translation>au-dessus de %1</translation>
    </message>
    <message>
        <source>below %1</source>
        <translation>en dessous de %1</translation>
    </message>
    <message>
        <source>up by more than %1 %</source>
        <translation>hausse de plus de %1 %</translation>
    </message>
    <message>
        <source>down by more than %1 %</source>
        <translation>baisse de plus de %1 %</translation>
    </message>
    <message>
        <source>changes by more than %1 %</source>
        <translation>varie de plus de %1 %</translation>
    </message>
    <message>
        <source>unusual (more than %1 standard deviations)</source>
        <translation>inhabituel (plus de %1 écarts-types)</translation>
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
        <translation>Ne se serait pas déclenchée ces 30 derniers jours (%1 vérifications).</translation>
    </message>
    <message>
        <source>Would have fired once in the last 30 days (%1 checks).</source>
        <translation>Se serait déclenchée une fois ces 30 derniers jours (%1 vérifications).</translation>
    </message>
    <message>
        <source>Would have fired %1 times in the last 30 days (%2 checks).</source>
        <translation>Se serait déclenchée %1 fois ces 30 derniers jours (%2 vérifications).</translation>
    </message>
    <message>
        <source>%1 checks could not decide%2</source>
        <translation>%1 vérifications n’ont pas pu trancher%2</translation>
    </message>
    <message>
        <source>: %1</source>
        <translation> : %1</translation>
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
        <translation>%1 s’est déclenchée sur %2</translation>
    </message>
    <message>
        <source>%1 is %2, %3</source>
        <translation>%1 vaut %2, %3</translation>
    </message>
</context>
<context>
    <name>pulse::ui::AlertRuleDialog</name>
    <message>
        <source>&amp;Enabled</source>
        <translation>&amp;Activé</translation>
    </message>
    <message>
        <source>&amp;Test this rule</source>
        <translation>&amp;Tester cette règle</translation>
    </message>
    <message>
        <source>Edit alert</source>
        <translation>Modifier l’alerte</translation>
    </message>
    <message>
        <source>New alert</source>
        <translation>Nouvelle alerte</translation>
    </message>
    <message>
        <source>Traffic drop</source>
        <translation>Chute du trafic</translation>
    </message>
    <message>
        <source>signup</source>
        <translation>signup</translation>
    </message>
    <message>
        <source>Every page</source>
        <translation>Toutes les pages</translation>
    </message>
    <message>
        <source>is above</source>
        <translation>est au-dessus de</translation>
    </message>
    <message>
        <source>is below</source>
        <translation>est en dessous de</translation>
    </message>
    <message>
        <source>changes against the previous window by more than</source>
        <translation>varie par rapport à la fenêtre précédente de plus de</translation>
    </message>
    <message>
        <source>is unusual for the time (anomaly)</source>
        <translation>est inhabituel pour le moment (anomalie)</translation>
    </message>
    <message>
        <source>up or down</source>
        <translation>à la hausse ou à la baisse</translation>
    </message>
    <message>
        <source>up</source>
        <translation>à la hausse</translation>
    </message>
    <message>
        <source>down</source>
        <translation>à la baisse</translation>
    </message>
    <message>
        <source>the same window on earlier days</source>
        <translation>la même fenêtre les jours précédents</translation>
    </message>
    <message>
        <source>the same window in earlier weeks</source>
        <translation>la même fenêtre les semaines précédentes</translation>
    </message>
    <message>
        <source>No pause</source>
        <translation>Pas de pause</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Watch</source>
        <translation>&amp;Surveiller</translation>
    </message>
    <message>
        <source>E&amp;vent</source>
        <translation>É&amp;vénement</translation>
    </message>
    <message>
        <source>F&amp;unnel</source>
        <translation>E&amp;ntonnoir</translation>
    </message>
    <message>
        <source>On &amp;page</source>
        <translation>Sur la &amp;page</translation>
    </message>
    <message>
        <source>O&amp;ver the last</source>
        <translation>Sur les &amp;dernières</translation>
    </message>
    <message>
        <source>&amp;Fire when it</source>
        <translation>&amp;Déclencher quand elle</translation>
    </message>
    <message>
        <source>&amp;Direction</source>
        <translation>&amp;Sens</translation>
    </message>
    <message>
        <source>Compared &amp;with</source>
        <translation>&amp;Comparée à</translation>
    </message>
    <message>
        <source>How &amp;many of them</source>
        <translation>&amp;Combien</translation>
    </message>
    <message>
        <source>&amp;Check every</source>
        <translation>&amp;Vérifier toutes les</translation>
    </message>
    <message>
        <source>After firing, &amp;stay quiet for</source>
        <translation>Après déclenchement, &amp;silence pendant</translation>
    </message>
    <message>
        <source>&amp;Value</source>
        <translation>&amp;Valeur</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>&amp;Variation</translation>
    </message>
    <message>
        <source>&amp;Standard deviations</source>
        <extracomment>The z-score limit of an anomaly rule: how many standard deviations from the usual value.</extracomment>
        <translation>É&amp;carts-types</translation>
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
        <translation>Test sur les 30 derniers jours…</translation>
    </message>
</context>
<context>
    <name>pulse::ui::AlertsPage</name>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Watches</source>
        <translation>Surveille</translation>
    </message>
    <message>
        <source>Fires when</source>
        <translation>Se déclenche si</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Vérifiée</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>Last value</source>
        <translation>Dernière valeur</translation>
    </message>
    <message>
        <source>Last fired</source>
        <translation>Dernier déclenchement</translation>
    </message>
    <message>
        <source>&amp;New alert…</source>
        <translation>&amp;Nouvelle alerte…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>Mettre en &amp;pause</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s’est passé</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Compared with</source>
        <translation>Comparée à</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Delete alert</source>
        <translation>Supprimer l’alerte</translation>
    </message>
    <message>
        <source>Delete the alert %1 and its history?</source>
        <translation>Supprimer l’alerte %1 et son historique ?</translation>
    </message>
    <message>
        <source>%1 (paused)</source>
        <translation>%1 (en pause)</translation>
    </message>
    <message>
        <source>every %1</source>
        <translation>toutes les %1</translation>
    </message>
    <message>
        <source>Firing</source>
        <translation>Déclenchée</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>No alerts yet. New alert… watches a metric and tells you (and your webhooks) when it crosses a line or behaves unusually.</source>
        <translation>Aucune alerte pour l’instant. « Nouvelle alerte… » surveille une mesure et vous prévient (ainsi que vos webhooks) quand elle franchit un seuil ou se comporte de façon inhabituelle.</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>Firings and resolutions of %1</source>
        <translation>Déclenchements et résolutions de %1</translation>
    </message>
    <message>
        <source>Firings and resolutions of every alert of this site</source>
        <translation>Déclenchements et résolutions de toutes les alertes de ce site</translation>
    </message>
    <message>
        <source>Fired</source>
        <translation>Déclenchée</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolue</translation>
    </message>
    <message>
        <source>usual %1</source>
        <translation>habituel %1</translation>
    </message>
    <message>
        <source>threshold %1</source>
        <translation>seuil %1</translation>
    </message>
</context>
<context>
    <name>pulse::ui::BreakdownModel</name>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>%1 — click to filter by it</source>
        <translation>%1 — cliquez pour filtrer sur cette valeur</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Visiteurs</translation>
    </message>
    <message>
        <source>Pageviews</source>
        <translation>Pages vues</translation>
    </message>
</context>
<context>
    <name>pulse::ui::CohortBreakdown</name>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>Saved cohorts, side by side</source>
        <translation>Cohortes enregistrées, côte à côte</translation>
    </message>
    <message>
        <source>One series per cohort ticked under Compare</source>
        <translation>Une série par cohorte cochée sous Comparer</translation>
    </message>
    <message>
        <source>Tick at least one cohort to compare, or choose another breakdown.</source>
        <translation>Cochez au moins une cohorte à comparer, ou choisissez une autre répartition.</translation>
    </message>
</context>
<context>
    <name>pulse::ui::CohortChecklist</name>
    <message>
        <source>Cohorts to compare</source>
        <translation>Cohortes à comparer</translation>
    </message>
    <message>
        <source>Tick the saved cohorts to set side by side (at most %1)</source>
        <translation>Cochez les cohortes enregistrées à mettre côte à côte (%1 au maximum)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Compare at most %1 cohorts at once; untick one first.</source>
        <translation>Comparez au plus %1 cohortes à la fois&#xa0;; décochez-en d&apos;abord une.</translation>
    </message>
</context>
<context>
    <name>pulse::ui::CohortConditionRow</name>
    <message>
        <source>event name, e.g. purchase</source>
        <translation>nom de l&apos;événement, par ex. purchase</translation>
    </message>
    <message>
        <source>time</source>
        <translation>fois</translation>
    </message>
    <message>
        <source>days</source>
        <translation>derniers jours</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>and</source>
        <translation>et le</translation>
    </message>
    <message>
        <source>To (inclusive)</source>
        <translation>Au (inclus)</translation>
    </message>
    <message>
        <source>+ Property filter</source>
        <translation>+ Filtre de propriété</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>property</source>
        <translation>propriété</translation>
    </message>
    <message>
        <source>Performed event</source>
        <translation>Événement effectué</translation>
    </message>
    <message>
        <source>Did not perform event</source>
        <translation>Événement non effectué</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Première visite</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Dernière visite</translation>
    </message>
    <message>
        <source>Visitor property</source>
        <translation>Propriété du visiteur</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation>Retirer cette condition</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>au moins</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>au plus</translation>
    </message>
    <message>
        <source>exactly</source>
        <translation>exactement</translation>
    </message>
    <message>
        <source>How many times</source>
        <translation>Nombre de fois</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>in the last</source>
        <translation>au cours des</translation>
    </message>
    <message>
        <source>between</source>
        <translation>entre le</translation>
    </message>
    <message>
        <source>ever</source>
        <translation>à ce jour</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>The last day counted</source>
        <translation>Dernier jour pris en compte</translation>
    </message>
    <message>
        <source>Count only events whose property matches, e.g. prop.plan is pro</source>
        <translation>Ne compter que les événements dont la propriété correspond, par ex. prop.plan est pro</translation>
    </message>
    <message>
        <source>times</source>
        <translation>fois</translation>
    </message>
    <message>
        <source>before</source>
        <translation>avant le</translation>
    </message>
    <message>
        <source>on or after</source>
        <translation>à partir du</translation>
    </message>
    <message>
        <source>Before or after</source>
        <translation>Avant ou après</translation>
    </message>
    <message>
        <source>Compared with the start of this day in the site&apos;s time zone</source>
        <translation>Comparé au début de ce jour, dans le fuseau horaire du site</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Propriété</translation>
    </message>
    <message>
        <source>A visitor property such as browser or country, or prop.KEY for a custom property; the value on the user&apos;s most recent event counts</source>
        <translation>Propriété du visiteur, comme browser ou country, ou prop.CLÉ pour une propriété personnalisée&#xa0;; c&apos;est la valeur du dernier événement de l&apos;utilisateur qui compte</translation>
    </message>
    <message>
        <source>is</source>
        <translation>est</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>contient</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparaison</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>choose the event (for page visits: pageview)</source>
        <translation>choisissez l&apos;événement (pour les pages vues&#xa0;: pageview)</translation>
    </message>
    <message>
        <source>property filter %1: %2</source>
        <translation>filtre de propriété %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>“at least 0 times” is true of every user: enter 1 or more, or choose “Did not perform event” for users who never did %1</source>
        <translation>«&#xa0;au moins 0 fois&#xa0;» est vrai pour tous les utilisateurs&#xa0;: saisissez 1 ou plus, ou choisissez «&#xa0;Événement non effectué&#xa0;» pour les utilisateurs qui n&apos;ont jamais effectué %1</translation>
    </message>
    <message>
        <source>the count must be from 0 to %1</source>
        <translation>le nombre doit être compris entre 0 et %1</translation>
    </message>
    <message>
        <source>the end date %1 is before the start date %2</source>
        <translation>la date de fin %1 précède la date de début %2</translation>
    </message>
    <message>
        <source>choose a property, such as browser or country</source>
        <translation>choisissez une propriété, comme browser ou country</translation>
    </message>
    <message>
        <source>“%1” is not a visitor property; choose one from the list, or prop.KEY for a custom property</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une propriété du visiteur&#xa0;; choisissez-en une dans la liste, ou prop.CLÉ pour une propriété personnalisée</translation>
    </message>
    <message>
        <source>enter a value for %1</source>
        <translation>saisissez une valeur pour %1</translation>
    </message>
</context>
<context>
    <name>pulse::ui::CohortDefinitionEditor</name>
    <message>
        <source>A cohort takes at most %1 conditions; this one has %2. Remove %3.</source>
        <translation>Une cohorte accepte au plus %1 conditions&#xa0;; celle-ci en compte %2. Retirez-en %3.</translation>
    </message>
    <message>
        <source>The definition cannot be computed: %1</source>
        <translation>Impossible de calculer la définition&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>pulse::ui::CohortDynamicDialog</name>
    <message>
        <source>Save and compute</source>
        <translation>Enregistrer et calculer</translation>
    </message>
    <message>
        <source>New dynamic cohort</source>
        <translation>Nouvelle cohorte dynamique</translation>
    </message>
    <message>
        <source>Edit cohort “%1”</source>
        <translation>Modifier la cohorte «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>e.g. Power users</source>
        <translation>par ex. Utilisateurs assidus</translation>
    </message>
    <message>
        <source>Optional: who these users are and what the cohort is for</source>
        <translation>Facultatif&#xa0;: qui sont ces utilisateurs et à quoi sert la cohorte</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> heures</translation>
    </message>
    <message>
        <source>only on demand</source>
        <translation>uniquement à la demande</translation>
    </message>
    <message>
        <source>How often Pulse recomputes the members; 0 recomputes only when you ask</source>
        <translation>Fréquence à laquelle Pulse recalcule les membres&#xa0;; 0&#xa0;: uniquement à votre demande</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>To see how many users match: %1</source>
        <translation>Pour voir combien d&apos;utilisateurs correspondent&#xa0;: %1</translation>
    </message>
    <message>
        <source>Counting the users who match…</source>
        <translation>Comptage des utilisateurs correspondants…</translation>
    </message>
    <message>
        <source>≈ 1 user matches now</source>
        <translation>≈ 1 utilisateur correspond actuellement</translation>
    </message>
    <message>
        <source>≈ %1 users match now</source>
        <translation>≈ %1 utilisateurs correspondent actuellement</translation>
    </message>
    <message>
        <source>Cannot count the users yet: %1</source>
        <translation>Impossible de compter les utilisateurs pour l&apos;instant&#xa0;: %1</translation>
    </message>
    <message>
        <source>Give the cohort a name.</source>
        <translation>Donnez un nom à la cohorte.</translation>
    </message>
    <message>
        <source>The description is limited to %1 characters.</source>
        <translation>La description est limitée à %1 caractères.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calcul…</translation>
    </message>
    <message>
        <source>every </source>
        <translation>à intervalles de </translation>
    </message>
    <message>
        <source> hour</source>
        <translation> heure</translation>
    </message>
    <message>
        <source>Recompute</source>
        <translation>Recalcul</translation>
    </message>
</context>
<context>
    <name>pulse::ui::CohortGroupEditor</name>
    <message>
        <source>+ Condition</source>
        <translation>+ Condition</translation>
    </message>
    <message>
        <source>+ Group</source>
        <translation>+ Groupe</translation>
    </message>
    <message>
        <source>Users matching all of</source>
        <translation>Vérifiant toutes les conditions</translation>
    </message>
    <message>
        <source>Users matching any of</source>
        <translation>Vérifiant au moins une condition</translation>
    </message>
    <message>
        <source>Combine the conditions</source>
        <translation>Combinaison des conditions</translation>
    </message>
    <message>
        <source>All: every condition must hold (AND). Any: one is enough (OR).</source>
        <translation>Toutes&#xa0;: chaque condition doit être vérifiée (ET). Au moins une&#xa0;: une seule suffit (OU).</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>Remove this group</source>
        <translation>Retirer ce groupe</translation>
    </message>
    <message>
        <source>A nested group combines its own conditions with All or Any</source>
        <translation>Un groupe imbriqué combine ses propres conditions avec «&#xa0;toutes&#xa0;» ou «&#xa0;au moins une&#xa0;»</translation>
    </message>
    <message>
        <source>Add at least one condition.</source>
        <translation>Ajoutez au moins une condition.</translation>
    </message>
    <message>
        <source>%1 is empty: add a condition to it or remove it.</source>
        <translation>%1 est vide&#xa0;: ajoutez-y une condition ou retirez-le.</translation>
    </message>
    <message>
        <source>Condition %1</source>
        <translation>Condition %1</translation>
    </message>
    <message>
        <source>%1, condition %2</source>
        <translation>%1, condition %2</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Groupe %1</translation>
    </message>
    <message>
        <source>%1, group %2</source>
        <translation>%1, groupe %2</translation>
    </message>
</context>
<context>
    <name>pulse::ui::CohortListModel</name>
    <message>
        <source>Users who %1</source>
        <translation>Utilisateurs qui %1</translation>
    </message>
    <message>
        <source>Users who match conditions, recomputed %1</source>
        <translation>Utilisateurs qui remplissent des conditions&#xa0;; recalcul %1</translation>
    </message>
    <message>
        <source>A fixed list of users</source>
        <translation>Une liste fixe d&apos;utilisateurs</translation>
    </message>
    <message>
        <source>Not computed yet</source>
        <translation>Pas encore calculée</translation>
    </message>
    <message>
        <source>Computed %1</source>
        <translation>Calculée le %1</translation>
    </message>
    <message>
        <source>Members last changed %1</source>
        <translation>Membres modifiés le %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Computed</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
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
        <translation>Visiteur anonyme, connu uniquement par son ID visiteur Pulse</translation>
    </message>
    <message>
        <source>This member is known by the site&apos;s user id</source>
        <translation>Ce membre est identifié par l&apos;ID utilisateur du site</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>ID utilisateur</translation>
    </message>
    <message>
        <source>Visitor id</source>
        <translation>ID visiteur</translation>
    </message>
</context>
<context>
    <name>pulse::ui::CohortMembersPanel</name>
    <message>
        <source>← Previous</source>
        <translation>← Précédent</translation>
    </message>
    <message>
        <source>Next →</source>
        <translation>Suivant →</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Retirer la sélection</translation>
    </message>
    <message>
        <source>Loading members</source>
        <translation>Chargement des membres</translation>
    </message>
    <message>
        <source>Search user or visitor ids</source>
        <translation>Rechercher un ID utilisateur ou visiteur</translation>
    </message>
    <message>
        <source>Search members</source>
        <translation>Rechercher des membres</translation>
    </message>
    <message>
        <source>Save every member of this cohort, not only this page, as CSV</source>
        <translation>Enregistrer tous les membres de la cohorte (pas seulement cette page) en CSV</translation>
    </message>
    <message>
        <source>Take the selected users out of this static cohort</source>
        <translation>Retirer les utilisateurs sélectionnés de cette cohorte statique</translation>
    </message>
    <message>
        <source>Size over time</source>
        <translation>Évolution de la taille</translation>
    </message>
    <message>
        <source>Remove members</source>
        <translation>Retirer des membres</translation>
    </message>
    <message>
        <source>Remove %1 from “%2”?</source>
        <translation>Retirer %1 de «&#xa0;%2&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>the selected user</source>
        <translation>l&apos;utilisateur sélectionné</translation>
    </message>
    <message>
        <source>%1 users</source>
        <translation>%1 utilisateurs</translation>
    </message>
    <message>
        <source>No cohort selected</source>
        <translation>Aucune cohorte sélectionnée</translation>
    </message>
    <message>
        <source>Select a cohort above to see its members and how its size changed.</source>
        <translation>Sélectionnez une cohorte ci-dessus pour voir ses membres et l&apos;évolution de sa taille.</translation>
    </message>
    <message>
        <source>Dynamic cohort, recomputed %1</source>
        <translation>Cohorte dynamique, recalculée %1</translation>
    </message>
    <message>
        <source>Static cohort</source>
        <translation>Cohorte statique</translation>
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
        <translation>Utilisateurs qui %1</translation>
    </message>
    <message>
        <source>Last computed %1: %2</source>
        <extracomment>%1 is how long ago (&quot;5 minutes ago&quot;), %2 the exact time.</extracomment>
        <translation>Dernier calcul&#xa0;: %1 — %2</translation>
    </message>
    <message>
        <source>Members last changed %1: %2</source>
        <translation>Dernière modification des membres&#xa0;: %1 — %2</translation>
    </message>
    <message>
        <source>Loading members…</source>
        <translation>Chargement des membres…</translation>
    </message>
    <message>
        <source>Could not list the members: %1</source>
        <translation>Impossible de lister les membres&#xa0;: %1</translation>
    </message>
    <message>
        <source>Each computation adds a point; the line grows as the cohort is recomputed.</source>
        <translation>Chaque calcul ajoute un point&#xa0;; la courbe s&apos;allonge à chaque recalcul de la cohorte.</translation>
    </message>
    <message>
        <source>%1 computations since %2</source>
        <translation>%1 calculs depuis le %2</translation>
    </message>
    <message>
        <source>No members.</source>
        <translation>Aucun membre.</translation>
    </message>
    <message>
        <source>No member id contains “%1”.</source>
        <translation>Aucun ID de membre ne contient «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>%1–%2 of %3</source>
        <translation>%1–%2 sur %3</translation>
    </message>
    <message>
        <source>%1 matching “%2”</source>
        <translation>%1 correspondant à «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>cohort-%1.csv</source>
        <translation>cohorte-%1.csv</translation>
    </message>
    <message>
        <source>Export members</source>
        <translation>Exporter les membres</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Select a cohort first.</source>
        <translation>Sélectionnez d&apos;abord une cohorte.</translation>
    </message>
    <message>
        <source>Exporting members…</source>
        <translation>Export des membres…</translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation>Export terminé&#xa0;: %1 vers %2</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Échec de l&apos;export&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not remove the members: %1</source>
        <translation>Impossible de retirer les membres&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not computed yet</source>
        <translation>Pas encore calculée</translation>
    </message>
    <message>
        <source>No members added yet</source>
        <translation>Aucun membre ajouté pour l&apos;instant</translation>
    </message>
</context>
<context>
    <name>pulse::ui::CohortSizeChart</name>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Cohort size over time</source>
        <translation>Évolution de la taille de la cohorte</translation>
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
        <translation>d MMM</translation>
    </message>
    <message>
        <source>d MMM HH:mm</source>
        <extracomment>Day and time on the time axis, as a Qt date format (d day, MMM short month name)</extracomment>
        <translation>d MMM HH:mm</translation>
    </message>
</context>
<context>
    <name>pulse::ui::CohortStaticDialog</name>
    <message>
        <source>Import from file…</source>
        <translation>Importer un fichier…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>New static cohort</source>
        <translation>Nouvelle cohorte statique</translation>
    </message>
    <message>
        <source>Edit cohort “%1”</source>
        <translation>Modifier la cohorte «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>e.g. Beta testers</source>
        <translation>par ex. Bêta-testeurs</translation>
    </message>
    <message>
        <source>Optional: who these users are and where the list came from</source>
        <translation>Facultatif&#xa0;: qui sont ces utilisateurs et d&apos;où vient la liste</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Add members</source>
        <translation>Ajouter des membres</translation>
    </message>
    <message>
        <source>Paste user ids, one per line, or import a CSV file with a user_id or visitor_id column (or one user id per line).</source>
        <translation>Collez des ID utilisateur, un par ligne, ou importez un fichier CSV avec une colonne user_id ou visitor_id (ou un ID utilisateur par ligne).</translation>
    </message>
    <message>
        <source>%1 Members already in the cohort are kept.</source>
        <translation>%1 Les membres déjà présents dans la cohorte sont conservés.</translation>
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
        <translation>ID utilisateur à ajouter</translation>
    </message>
    <message>
        <source>Import user ids</source>
        <translation>Importer des ID utilisateur</translation>
    </message>
    <message>
        <source>Lists of users (*.csv *.txt);;All files (*)</source>
        <translation>Listes d&apos;utilisateurs (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; split it into smaller lists.</source>
        <translation>%1 dépasse %2&#xa0;Mo&#xa0;; divisez-le en listes plus petites.</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation>Impossible d&apos;importer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 holds no user ids.</source>
        <translation>%1 ne contient aucun ID utilisateur.</translation>
    </message>
    <message>
        <source>%1 from %2, added when you save</source>
        <translation>%2&#xa0;: %1 à ajouter lors de l&apos;enregistrement</translation>
    </message>
    <message>
        <source>The pasted list cannot be read: %1</source>
        <translation>La liste collée est illisible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Give the cohort a name.</source>
        <translation>Donnez un nom à la cohorte.</translation>
    </message>
    <message>
        <source>The description is limited to %1 characters.</source>
        <translation>La description est limitée à %1 caractères.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>“%1” is saved, but its members were not added: %2</source>
        <translation>«&#xa0;%1&#xa0;» est enregistrée, mais ses membres n&apos;ont pas été ajoutés&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>pulse::ui::CohortsPage</name>
    <message>
        <source>New static cohort…</source>
        <translation>Nouvelle cohorte statique…</translation>
    </message>
    <message>
        <source>New dynamic cohort…</source>
        <translation>Nouvelle cohorte dynamique…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Recompute now</source>
        <translation>Recalculer</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Loading cohorts</source>
        <translation>Chargement des cohortes</translation>
    </message>
    <message>
        <source>A fixed list of users: import a CSV file or paste user ids</source>
        <translation>Une liste fixe d&apos;utilisateurs&#xa0;: importez un fichier CSV ou collez des ID utilisateur</translation>
    </message>
    <message>
        <source>Everyone who matches conditions on what they did and who they are, kept up to date</source>
        <translation>Tous les utilisateurs qui remplissent des conditions sur leurs actions et leur profil, liste tenue à jour</translation>
    </message>
    <message>
        <source>Change the selected cohort&apos;s name, description, conditions or members</source>
        <translation>Modifier le nom, la description, les conditions ou les membres de la cohorte sélectionnée</translation>
    </message>
    <message>
        <source>Compute the selected dynamic cohort&apos;s members from the events now</source>
        <translation>Recalculer maintenant les membres de la cohorte dynamique sélectionnée à partir des événements</translation>
    </message>
    <message>
        <source>Delete the selected cohort</source>
        <translation>Supprimer la cohorte sélectionnée</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>Cohortes</translation>
    </message>
    <message>
        <source>Add a site on the Overview page, then group its users into cohorts here.</source>
        <translation>Ajoutez un site sur la page Vue d&apos;ensemble, puis regroupez ici ses utilisateurs en cohortes.</translation>
    </message>
    <message>
        <source>Could not list the cohorts: %1</source>
        <translation>Impossible de lister les cohortes&#xa0;: %1</translation>
    </message>
    <message>
        <source>No cohorts yet. A static cohort is a list of users you import or paste; a dynamic cohort is everyone who matches conditions, such as “did purchase at least twice in the last 30 days”, and is kept up to date.</source>
        <translation>Aucune cohorte pour l&apos;instant. Une cohorte statique est une liste d&apos;utilisateurs que vous importez ou collez&#xa0;; une cohorte dynamique regroupe tous ceux qui remplissent des conditions, comme «&#xa0;a effectué purchase au moins deux fois au cours des 30 derniers jours&#xa0;», et reste à jour.</translation>
    </message>
    <message>
        <source>Delete cohort</source>
        <translation>Supprimer la cohorte</translation>
    </message>
    <message>
        <source>Delete “%1” and its list of %2? Reports filtered by this cohort will no longer find it. This cannot be undone.</source>
        <translation>Supprimer «&#xa0;%1&#xa0;» et sa liste de %2&#xa0;? Les rapports filtrés sur cette cohorte ne la trouveront plus. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Could not delete the cohort: %1</source>
        <translation>Impossible de supprimer la cohorte&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not recompute the cohort: %1</source>
        <translation>Impossible de recalculer la cohorte&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>pulse::ui::CollectorSettingsPanel</name>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Collector</source>
        <translation>Collecteur</translation>
    </message>
    <message>
        <source>Websites and apps send their events to the collector built into the workbench. It runs while the workbench is open.</source>
        <translation>Les sites web et les applications envoient leurs événements au collecteur intégré à l&apos;application. Il fonctionne tant que l&apos;application est ouverte.</translation>
    </message>
    <message>
        <source>This computer only (127.0.0.1)</source>
        <translation>Cet ordinateur seulement (127.0.0.1)</translation>
    </message>
    <message>
        <source>All network interfaces (0.0.0.0)</source>
        <translation>Toutes les interfaces réseau (0.0.0.0)</translation>
    </message>
    <message>
        <source>The address the collector listens on. Pick one, or type an address of this computer.</source>
        <translation>L&apos;adresse sur laquelle le collecteur écoute. Choisissez-en une, ou saisissez une adresse de cet ordinateur.</translation>
    </message>
    <message>
        <source>Any free port</source>
        <translation>N&apos;importe quel port libre</translation>
    </message>
    <message>
        <source>0 picks any free port; tracker snippets must then use the port shown above.</source>
        <translation>0 choisit n&apos;importe quel port libre ; les extraits de suivi doivent alors utiliser le port affiché ci-dessus.</translation>
    </message>
    <message>
        <source>Bind address:</source>
        <translation>Adresse d’écoute :</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port :</translation>
    </message>
    <message>
        <source>Other machines on your network can then send events to this collector, and reach its API with a key. Choose this only on a network you trust.</source>
        <translation>D&apos;autres machines de votre réseau pourront alors envoyer des événements à ce collecteur, et atteindre son API avec une clé. Ne choisissez cette option que sur un réseau de confiance.</translation>
    </message>
    <message>
        <source>The address and port are kept for the next start; a --port given on the command line wins over them.</source>
        <translation>L&apos;adresse et le port sont conservés pour le prochain démarrage ; un --port donné en ligne de commande l&apos;emporte sur eux.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address; use 127.0.0.1 for this computer only, or 0.0.0.0 for every network interface.</source>
        <translation>« %1 » n&apos;est pas une adresse IP ; utilisez 127.0.0.1 pour cet ordinateur seulement, ou 0.0.0.0 pour toutes les interfaces réseau.</translation>
    </message>
    <message>
        <source>Running: collecting events at %1</source>
        <translation>En marche : collecte des événements sur %1</translation>
    </message>
    <message>
        <source>Not running.</source>
        <translation>Arrêté.</translation>
    </message>
    <message>
        <source>Not running: %1</source>
        <translation>Arrêté : %1</translation>
    </message>
</context>
<context>
    <name>pulse::ui::ConnectServerDialog</name>
    <message>
        <source>Connect to a server</source>
        <translation>Se connecter à un serveur</translation>
    </message>
    <message>
        <source>https://pulse.example.com</source>
        <translation>https://pulse.example.com</translation>
    </message>
    <message>
        <source>Optional: a name for the menu, like Production</source>
        <translation>Facultatif&#xa0;: un nom pour le menu, par exemple Production</translation>
    </message>
    <message>
        <source>A secret key from the server&apos;s administrator</source>
        <translation>Une clé secrète fournie par l&apos;administrateur du serveur</translation>
    </message>
    <message>
        <source>The workbench shows the server&apos;s sites and figures instead of the ones on this computer. The key is kept in the system keychain, never in a file. A key with the read scope shows everything; changing funnels, cohorts or settings needs write.</source>
        <translation>L&apos;atelier affiche les sites et les chiffres du serveur au lieu de ceux de cet ordinateur. La clé est conservée dans le trousseau du système, jamais dans un fichier. Une clé avec la portée read montre tout&#xa0;; modifier des entonnoirs, des cohortes ou des réglages demande write.</translation>
    </message>
    <message>
        <source>Server address:</source>
        <translation>Adresse du serveur&#xa0;:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Secret key:</source>
        <translation>Clé secrète&#xa0;:</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Enter a secret key: the server&apos;s administrator creates one with pulse-server key create --scope read.</source>
        <translation>Saisissez une clé secrète&#xa0;: l&apos;administrateur du serveur en crée une avec pulse-server key create --scope read.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>The server refused: %1</source>
        <translation>Le serveur a refusé&#xa0;: %1</translation>
    </message>
    <message>
        <source>This address answers, but not as a Pulse server does. Check the address.</source>
        <translation>Cette adresse répond, mais pas comme un serveur Pulse. Vérifiez l&apos;adresse.</translation>
    </message>
    <message>
        <source>%1. The key is not stored anywhere else; unlock or set up the system keychain and connect again.</source>
        <translation>%1. La clé n&apos;est enregistrée nulle part ailleurs&#xa0;; déverrouillez ou configurez le trousseau du système, puis reconnectez-vous.</translation>
    </message>
</context>
<context>
    <name>pulse::ui::ConversionTimeChart</name>
    <message>
        <source>Time to convert</source>
        <translation>Temps de conversion</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>%1 took %2</source>
        <translation>%1 en %2</translation>
    </message>
</context>
<context>
    <name>pulse::ui::DataFolderSettingsPanel</name>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Back up…</source>
        <translation>Sauvegarder…</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restaurer…</translation>
    </message>
    <message>
        <source>Fast (recommended)</source>
        <translation>Rapide (recommandé)</translation>
    </message>
    <message>
        <source>Durable</source>
        <translation>Durable</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Redémarrer maintenant</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Dossier de données</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <source>A backup is one file holding every site, event, key and setting of the workspace, taken while events keep arriving. It also holds the pepper that API keys are checked with, so keep it as private as the data folder.</source>
        <translation>Une sauvegarde est un seul fichier contenant tous les sites, événements, clés et réglages de l&apos;espace de travail, pris pendant que les événements continuent d&apos;arriver. Il contient aussi le poivre (pepper) qui sert à vérifier les clés d&apos;API : gardez-le aussi privé que le dossier de données.</translation>
    </message>
    <message>
        <source>Durability</source>
        <translation>Durabilité</translation>
    </message>
    <message>
        <source>Never corrupts the workspace. A crash of Pulse or of the system loses nothing; a power cut can lose the last commits before it.</source>
        <translation>Ne corrompt jamais l&apos;espace de travail. Un plantage de Pulse ou du système ne perd rien ; une coupure de courant peut perdre les dernières écritures qui la précèdent.</translation>
    </message>
    <message>
        <source>Waits for the disk at every commit, so even a power cut loses nothing that was stored, at some cost in speed when many events arrive.</source>
        <translation>Attend le disque à chaque écriture : même une coupure de courant ne perd rien de ce qui a été enregistré, au prix d&apos;un peu de vitesse quand beaucoup d&apos;événements arrivent.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de données : %1</translation>
    </message>
    <message>
        <source>Back up the workspace</source>
        <translation>Sauvegarder l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Pulse backups (*.pulsebackup);;All files (*)</source>
        <translation>Sauvegardes Pulse (*.pulsebackup);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Sauvegarde en cours</translation>
    </message>
    <message>
        <source>Backed up to %1 (%2).</source>
        <translation>Sauvegardé dans %1 (%2).</translation>
    </message>
    <message>
        <source>Restore the workspace from a backup</source>
        <translation>Restaurer l&apos;espace de travail à partir d&apos;une sauvegarde</translation>
    </message>
    <message>
        <source>Pulse backups (*.pulsebackup *.sqlite *.db);;All files (*)</source>
        <translation>Sauvegardes Pulse (*.pulsebackup *.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Checking the backup</source>
        <translation>Vérification de la sauvegarde</translation>
    </message>
    <message>
        <source>Sites: %1, events: %2.</source>
        <translation>Sites : %1, événements : %2.</translation>
    </message>
    <message>
        <source>Backed up on %1.</source>
        <translation>Sauvegardé le %1.</translation>
    </message>
    <message>
        <source>It carries no pepper: API keys made before it keep working only if this data folder already has the same pepper.</source>
        <translation>Elle ne contient pas de poivre (pepper) : les clés d&apos;API créées avant elle ne fonctionneront que si ce dossier de données a déjà le même poivre.</translation>
    </message>
    <message>
        <source>Restore the workspace from %1?

%2

The workbench will restart to swap it in. The current database is kept in %3 as pulse-before-restore-&lt;date and time&gt;.db, so nothing is lost.</source>
        <translation>Restaurer l&apos;espace de travail à partir de %1 ?

%2

L&apos;application va redémarrer pour le mettre en place. La base de données actuelle est conservée dans %3 sous pulse-before-restore-&lt;date et heure&gt;.db : rien n&apos;est perdu.</translation>
    </message>
    <message>
        <source>Restore the workspace</source>
        <translation>Restaurer l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Restore cancelled; nothing was changed.</source>
        <translation>Restauration annulée ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The restore is ready; the workbench restarts to swap it in.</source>
        <translation>La restauration est prête ; l&apos;application redémarre pour la mettre en place.</translation>
    </message>
    <message>
        <source>Durable applies at the next start; until then commits are fast.</source>
        <translation>« Durable » s&apos;applique au prochain démarrage ; d&apos;ici là, les écritures restent rapides.</translation>
    </message>
    <message>
        <source>Fast applies at the next start; until then commits are durable.</source>
        <translation>« Rapide » s&apos;applique au prochain démarrage ; d&apos;ici là, les écritures restent durables.</translation>
    </message>
    <message>
        <source>Commits are durable now.</source>
        <translation>Les écritures sont maintenant durables.</translation>
    </message>
    <message>
        <source>Commits are fast now.</source>
        <translation>Les écritures sont maintenant rapides.</translation>
    </message>
    <message>
        <source>Copy the pepper</source>
        <translation>Copier le poivre</translation>
    </message>
    <message>
        <source>API-key pepper</source>
        <translation>Poivre des clés d’API</translation>
    </message>
    <message>
        <source>The secret that API keys are checked with is kept in the system keychain (entry %1), not in the data folder. To run pulse-server on this folder, copy it and set PULSE_PEPPER to it.</source>
        <translation>Le secret qui sert à vérifier les clés d’API est gardé dans le trousseau du système (entrée %1), pas dans le dossier de données. Pour lancer pulse-server sur ce dossier, copiez-le et donnez sa valeur à PULSE_PEPPER.</translation>
    </message>
    <message>
        <source>The secret that API keys are checked with is kept in %1, readable by you alone.</source>
        <translation>Le secret qui sert à vérifier les clés d’API est gardé dans %1, lisible par vous seul.</translation>
    </message>
    <message>
        <source>It moves into the system keychain at a start where the keychain answers; this time: %1</source>
        <translation>Il passe dans le trousseau du système au premier démarrage où le trousseau répond&#xa0;; cette fois&#xa0;: %1</translation>
    </message>
    <message>
        <source>The secret that API keys are checked with comes from the PULSE_PEPPER environment variable.</source>
        <translation>Le secret qui sert à vérifier les clés d’API vient de la variable d’environnement PULSE_PEPPER.</translation>
    </message>
    <message>
        <source>The pepper is on the clipboard. Start pulse-server on this folder with the environment variable PULSE_PEPPER set to it, and keep it as private as a key.</source>
        <translation>Le poivre est dans le presse-papiers. Lancez pulse-server sur ce dossier avec la variable d’environnement PULSE_PEPPER à cette valeur, et gardez-le aussi privé qu’une clé.</translation>
    </message>
</context>
<context>
    <name>pulse::ui::DateRangePicker</name>
    <message>
        <source>Compare with previous period</source>
        <translation>Comparer à la période précédente</translation>
    </message>
    <message>
        <source>Custom range…</source>
        <translation>Période personnalisée…</translation>
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
        <translation>Période (Alt+1 … Alt+6, Alt+0 pour une période personnalisée)</translation>
    </message>
    <message>
        <source>Alt+P</source>
        <translation>Alt+P</translation>
    </message>
    <message>
        <source>Same number of days, ending the day before the range starts (Alt+P)</source>
        <translation>Même nombre de jours, se terminant la veille du début de la période (Alt+P)</translation>
    </message>
    <message>
        <source>Custom date range</source>
        <translation>Période personnalisée</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
</context>
<context>
    <name>pulse::ui::EventFilterEditor</name>
    <message>
        <source>is</source>
        <translation>est</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>n&apos;est pas</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>contient</translation>
    </message>
    <message>
        <source>is one of</source>
        <translation>est parmi</translation>
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
        <translation>propriété</translation>
    </message>
    <message>
        <source>A stored field such as path or browser, or prop.KEY for a custom property</source>
        <translation>Un champ enregistré, comme path ou browser, ou prop.CLÉ pour une propriété personnalisée</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>Retirer ce filtre</translation>
    </message>
    <message>
        <source>values, comma-separated</source>
        <translation>valeurs, séparées par des virgules</translation>
    </message>
    <message>
        <source>pick a property to filter on</source>
        <translation>choisissez une propriété à filtrer</translation>
    </message>
    <message>
        <source>“%1” is not a property; use one from the list or prop.KEY for a custom property</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une propriété&#xa0;; choisissez-en une dans la liste ou utilisez prop.CLÉ pour une propriété personnalisée</translation>
    </message>
    <message>
        <source>enter one or more values, separated by commas</source>
        <translation>saisissez une ou plusieurs valeurs, séparées par des virgules</translation>
    </message>
    <message>
        <source>enter a value for %1</source>
        <translation>saisissez une valeur pour %1</translation>
    </message>
</context>
<context>
    <name>pulse::ui::EventFilterList</name>
    <message>
        <source>+ Filter</source>
        <translation>+ Filtre</translation>
    </message>
    <message>
        <source>filter %1: %2</source>
        <translation>filtre %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Count only events whose property matches, e.g. prop.plan is pro</source>
        <translation>Ne compter que les événements dont la propriété correspond, par ex. prop.plan est pro</translation>
    </message>
</context>
<context>
    <name>pulse::ui::EventsPerMinuteChart</name>
    <message>
        <source>Events per minute</source>
        <translation>Événements par minute</translation>
    </message>
    <message>
        <source>minutes ago</source>
        <translation>minutes écoulées</translation>
    </message>
</context>
<context>
    <name>pulse::ui::ExportScheduleDialog</name>
    <message>
        <source>&amp;Enabled</source>
        <translation>&amp;Activé</translation>
    </message>
    <message>
        <source>Edit scheduled export</source>
        <translation>Modifier l’export planifié</translation>
    </message>
    <message>
        <source>New scheduled export</source>
        <translation>Nouvel export planifié</translation>
    </message>
    <message>
        <source>Weekly pages for the newsletter</source>
        <translation>Pages de la semaine pour la newsletter</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Chaque jour</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Chaque semaine</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Chaque mois</translation>
    </message>
    <message>
        <source>The day, week or month before each run</source>
        <translation>Le jour, la semaine ou le mois avant chaque exécution</translation>
    </message>
    <message>
        <source>All history</source>
        <translation>Tout l’historique</translation>
    </message>
    <message>
        <source> files</source>
        <translation> fichiers</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Runs</source>
        <translation>&amp;Exécution</translation>
    </message>
    <message>
        <source>&amp;At</source>
        <translation>&amp;À</translation>
    </message>
    <message>
        <source>On &amp;weekday</source>
        <translation>Le &amp;jour de la semaine</translation>
    </message>
    <message>
        <source>On &amp;day of the month</source>
        <translation>Le jour du &amp;mois</translation>
    </message>
    <message>
        <source>&amp;Covers</source>
        <translation>&amp;Couvre</translation>
    </message>
    <message>
        <source>&amp;Keep the last</source>
        <translation>&amp;Garder les derniers</translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation>&amp;Dossier</translation>
    </message>
    <message>
        <source>Times are in the site&apos;s time zone (%1).</source>
        <translation>Les heures sont celles du fuseau horaire du site (%1).</translation>
    </message>
    <message>
        <source>Folder for the exported files</source>
        <translation>Dossier des fichiers exportés</translation>
    </message>
    <message>
        <source>Give the schedule a name.</source>
        <translation>Donnez un nom à la planification.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist; choose another.</source>
        <translation>Le dossier %1 n’existe pas ; choisissez-en un autre.</translation>
    </message>
    <message>
        <source>On the server, in its exports folder. Opening a file from the history downloads it to %1.</source>
        <translation>Sur le serveur, dans son dossier d’exports. Ouvrir un fichier de l’historique le télécharge dans %1.</translation>
    </message>
</context>
<context>
    <name>pulse::ui::ExportTargetPicker</name>
    <message>
        <source>Overview totals</source>
        <translation>Totaux de la vue d’ensemble</translation>
    </message>
    <message>
        <source>Visitors and pageviews over time</source>
        <translation>Visiteurs et pages vues dans le temps</translation>
    </message>
    <message>
        <source>Top pages</source>
        <translation>Pages principales</translation>
    </message>
    <message>
        <source>Entry pages</source>
        <translation>Pages d’entrée</translation>
    </message>
    <message>
        <source>Exit pages</source>
        <translation>Pages de sortie</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Source types</source>
        <translation>Types de source</translation>
    </message>
    <message>
        <source>UTM sources</source>
        <translation>Sources UTM</translation>
    </message>
    <message>
        <source>UTM mediums</source>
        <translation>Supports UTM</translation>
    </message>
    <message>
        <source>UTM campaigns</source>
        <translation>Campagnes UTM</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Browsers</source>
        <translation>Navigateurs</translation>
    </message>
    <message>
        <source>Operating systems</source>
        <translation>Systèmes d’exploitation</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>&amp;Quoi</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <source>CSV (spreadsheets)</source>
        <translation>CSV (tableurs)</translation>
    </message>
    <message>
        <source>NDJSON (one JSON object per line)</source>
        <translation>NDJSON (un objet JSON par ligne)</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Raw events (every stored event)</source>
        <translation>Événements bruts (chaque événement stocké)</translation>
    </message>
    <message>
        <source>Funnel: %1</source>
        <translation>Entonnoir : %1</translation>
    </message>
    <message>
        <source>Retention: %1</source>
        <translation>Rétention : %1</translation>
    </message>
    <message>
        <source>Cohort members: %1</source>
        <translation>Membres de la cohorte : %1</translation>
    </message>
    <message>
        <source>Choose a site first.</source>
        <translation>Choisissez d’abord un site.</translation>
    </message>
    <message>
        <source>Choose what to export.</source>
        <translation>Choisissez ce qu’il faut exporter.</translation>
    </message>
    <message>
        <source>The saved funnel is gone; choose another.</source>
        <translation>L’entonnoir enregistré n’existe plus ; choisissez-en un autre.</translation>
    </message>
    <message>
        <source>The saved retention report is gone; choose another.</source>
        <translation>Le rapport de rétention enregistré n’existe plus ; choisissez-en un autre.</translation>
    </message>
    <message>
        <source>Raw events</source>
        <translation>Événements bruts</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Entonnoir</translation>
    </message>
    <message>
        <source>Funnel users</source>
        <translation>Utilisateurs de l’entonnoir</translation>
    </message>
    <message>
        <source>Retention grid</source>
        <translation>Grille de rétention</translation>
    </message>
    <message>
        <source>Cohort members</source>
        <translation>Membres de la cohorte</translation>
    </message>
</context>
<context>
    <name>pulse::ui::ExportsPage</name>
    <message>
        <source>Queued</source>
        <translation>En file d’attente</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Écriture…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec : %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Daily at %1</source>
        <translation>Chaque jour à %1</translation>
    </message>
    <message>
        <source>%1s at %2</source>
        <translation>Chaque %1 à %2</translation>
    </message>
    <message>
        <source>Monthly on day %1 at %2</source>
        <translation>Chaque mois le %1 à %2</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Démarré</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>&amp;Open file</source>
        <translation>&amp;Ouvrir le fichier</translation>
    </message>
    <message>
        <source>Show &amp;folder</source>
        <translation>Afficher le &amp;dossier</translation>
    </message>
    <message>
        <source>&amp;Cancel export</source>
        <translation>&amp;Annuler l’export</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Keeps</source>
        <translation>Garde</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Next run</source>
        <translation>Prochaine exécution</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Dernière exécution</translation>
    </message>
    <message>
        <source>&amp;New schedule…</source>
        <translation>&amp;Nouvelle planification…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Run now</source>
        <translation>&amp;Exécuter maintenant</translation>
    </message>
    <message>
        <source>De&amp;lete schedule</source>
        <translation>Su&amp;pprimer la planification</translation>
    </message>
    <message>
        <source>Export now</source>
        <translation>Exporter maintenant</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>Exports</translation>
    </message>
    <message>
        <source>Scheduled exports</source>
        <translation>Exports planifiés</translation>
    </message>
    <message>
        <source>Delete export</source>
        <translation>Supprimer l’export</translation>
    </message>
    <message>
        <source>Delete this export from the list?</source>
        <translation>Supprimer cet export de la liste ?</translation>
    </message>
    <message>
        <source>Delete this export and its file %1?</source>
        <translation>Supprimer cet export et son fichier %1 ?</translation>
    </message>
    <message>
        <source>Delete schedule</source>
        <translation>Supprimer la planification</translation>
    </message>
    <message>
        <source>Delete the schedule %1? Files it wrote stay.</source>
        <translation>Supprimer la planification %1 ? Les fichiers déjà écrits restent.</translation>
    </message>
    <message>
        <source>Date range: %1 (change it at the top of the window)</source>
        <translation>Période : %1 (à modifier en haut de la fenêtre)</translation>
    </message>
    <message>
        <source>Exports are written to %1</source>
        <translation>Les exports sont écrits dans %1</translation>
    </message>
    <message>
        <source>%1 (paused)</source>
        <translation>%1 (en pause)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>1 file</source>
        <translation>1 fichier</translation>
    </message>
    <message>
        <source>%1 files</source>
        <translation>%1 fichiers</translation>
    </message>
    <message>
        <source>Exports folder</source>
        <translation>Dossier des exports</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Export queued; it appears below when written.</source>
        <translation>Export mis en file ; il apparaît ci-dessous une fois écrit.</translation>
    </message>
    <message>
        <source>%1 is no longer there; it may have been moved or deleted.</source>
        <translation>%1 n’est plus là ; il a peut-être été déplacé ou supprimé.</translation>
    </message>
    <message>
        <source>No application opens %1; open it from the folder.</source>
        <translation>Aucune application n’ouvre %1 ; ouvrez-le depuis le dossier.</translation>
    </message>
    <message>
        <source>The folder %1 could not be opened.</source>
        <translation>Le dossier %1 n’a pas pu être ouvert.</translation>
    </message>
    <message>
        <source>Export queued; it appears above when written.</source>
        <translation>Export mis en file ; il apparaît ci-dessus une fois écrit.</translation>
    </message>
</context>
<context>
    <name>pulse::ui::FileExport</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>pulse::ui::FilterByCohortCombo</name>
    <message>
        <source>Count only the users of a saved cohort (create cohorts on the Cohorts page)</source>
        <translation>Ne compter que les utilisateurs d&apos;une cohorte enregistrée (créez des cohortes sur la page Cohortes)</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Tous les utilisateurs</translation>
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
        <translation>Filtré par&#xa0;:</translation>
    </message>
    <message>
        <source>%1  ✕</source>
        <translation>%1  ✕</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>Retirer ce filtre</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>Tout effacer</translation>
    </message>
</context>
<context>
    <name>pulse::ui::FunnelBuilder</name>
    <message>
        <source>+ Add step</source>
        <translation>+ Ajouter une étape</translation>
    </message>
    <message>
        <source>+ Add exclusion</source>
        <translation>+ Ajouter une exclusion</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Add a step at the end (up to %1)</source>
        <translation>Ajouter une étape à la fin (%1 au maximum)</translation>
    </message>
    <message>
        <source>In order</source>
        <translation>Dans l&apos;ordre</translation>
    </message>
    <message>
        <source>Steps happen in this order; other events may come in between</source>
        <translation>Les étapes se suivent dans cet ordre&#xa0;; d&apos;autres événements peuvent s&apos;intercaler</translation>
    </message>
    <message>
        <source>Strict order</source>
        <translation>Ordre strict</translation>
    </message>
    <message>
        <source>Steps happen in this order with no other event in between</source>
        <translation>Les étapes se suivent dans cet ordre, sans autre événement entre elles</translation>
    </message>
    <message>
        <source>Any order</source>
        <translation>Ordre libre</translation>
    </message>
    <message>
        <source>All steps happen within the window, in any order</source>
        <translation>Toutes les étapes ont lieu dans la fenêtre de conversion, dans n&apos;importe quel ordre</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordre</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>heures</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>How long users have from the first step to the last (1 minute to 365 days)</source>
        <translation>Temps dont disposent les utilisateurs entre la première et la dernière étape (de 1 minute à 365 jours)</translation>
    </message>
    <message>
        <source>Convert within</source>
        <translation>Conversion sous</translation>
    </message>
    <message>
        <source>Split every step by the value the property had at the first step</source>
        <translation>Répartir chaque étape selon la valeur de la propriété à la première étape</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>Répartition</translation>
    </message>
    <message>
        <source>Exclusions</source>
        <translation>Exclusions</translation>
    </message>
    <message>
        <source>Drop users who do an event between two steps</source>
        <translation>Exclure les utilisateurs qui effectuent un événement entre deux étapes</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Remove this step</source>
        <translation>Retirer cette étape</translation>
    </message>
    <message>
        <source>A funnel needs at least %1 steps</source>
        <translation>Un entonnoir nécessite au moins %1 étapes</translation>
    </message>
    <message>
        <source>Add at least %1 steps: a funnel shows how many users go on from one step to the next.</source>
        <translation>Ajoutez au moins %1 étapes&#xa0;: un entonnoir montre combien d&apos;utilisateurs passent d&apos;une étape à la suivante.</translation>
    </message>
    <message>
        <source>Step %1: %2.</source>
        <translation>Étape %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Exclusion %1: %2.</source>
        <translation>Exclusion %1&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>pulse::ui::FunnelChart</name>
    <message>
        <source>Funnel chart</source>
        <translation>Graphique de l&apos;entonnoir</translation>
    </message>
    <message>
        <source>%1. %2&lt;br&gt;%3</source>
        <translation>%1. %2&lt;br&gt;%3</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Tous les utilisateurs</translation>
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
        <translation>%1 de l&apos;étape 1</translation>
    </message>
    <message>
        <source>%1 of step %2, %3 dropped off</source>
        <translation>%1 de l&apos;étape %2, abandons&#xa0;: %3</translation>
    </message>
    <message>
        <source>Click to list these users</source>
        <translation>Cliquez pour afficher ces utilisateurs</translation>
    </message>
</context>
<context>
    <name>pulse::ui::FunnelExclusionEditor</name>
    <message>
        <source>event name</source>
        <translation>nom de l&apos;événement</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>Remove this exclusion</source>
        <translation>Retirer cette exclusion</translation>
    </message>
    <message>
        <source>between step</source>
        <translation>entre l&apos;étape</translation>
    </message>
    <message>
        <source>and</source>
        <translation>et</translation>
    </message>
    <message>
        <source>Users who do this event after reaching the first step and before the second drop out</source>
        <translation>Les utilisateurs qui effectuent cet événement après avoir atteint la première étape et avant la seconde sont exclus de l&apos;entonnoir</translation>
    </message>
    <message>
        <source>choose the event that makes users drop out</source>
        <translation>choisissez l&apos;événement qui exclut les utilisateurs</translation>
    </message>
    <message>
        <source>the first step (%1) must come before the second (%2)</source>
        <translation>la première étape (%1) doit précéder la seconde (%2)</translation>
    </message>
    <message>
        <source>any path</source>
        <translation>tout chemin</translation>
    </message>
    <message>
        <source>path is</source>
        <translation>chemin est</translation>
    </message>
    <message>
        <source>path starts with</source>
        <translation>chemin commence par</translation>
    </message>
    <message>
        <source>path matches</source>
        <translation>chemin correspond à</translation>
    </message>
    <message>
        <source>A pattern: * matches any run of characters, ? one character</source>
        <translation>Un motif&#xa0;: * remplace toute suite de caractères, ? un seul caractère</translation>
    </message>
</context>
<context>
    <name>pulse::ui::FunnelStepEditor</name>
    <message>
        <source>event name, e.g. pageview</source>
        <translation>nom de l&apos;événement, par ex. pageview</translation>
    </message>
    <message>
        <source>any path</source>
        <translation>tout chemin</translation>
    </message>
    <message>
        <source>↑</source>
        <translation>↑</translation>
    </message>
    <message>
        <source>Move this step up</source>
        <translation>Monter cette étape</translation>
    </message>
    <message>
        <source>↓</source>
        <translation>↓</translation>
    </message>
    <message>
        <source>Move this step down</source>
        <translation>Descendre cette étape</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>Remove this step</source>
        <translation>Retirer cette étape</translation>
    </message>
    <message>
        <source>path is</source>
        <translation>chemin est</translation>
    </message>
    <message>
        <source>path starts with</source>
        <translation>chemin commence par</translation>
    </message>
    <message>
        <source>path matches</source>
        <translation>chemin correspond à</translation>
    </message>
    <message>
        <source>A pattern: * matches any run of characters, ? one character</source>
        <translation>Un motif&#xa0;: * remplace toute suite de caractères, ? un seul caractère</translation>
    </message>
    <message>
        <source>choose the event this step counts (for page visits: pageview)</source>
        <translation>choisissez l&apos;événement compté par cette étape (pour les pages vues&#xa0;: pageview)</translation>
    </message>
    <message>
        <source>label in the results (optional)</source>
        <translation>libellé dans les résultats (facultatif)</translation>
    </message>
    <message>
        <source>How the step is named in the chart and the table; empty: from its event and path</source>
        <translation>Nom de l&apos;étape dans le graphique et le tableau&#xa0;; si vide&#xa0;: d&apos;après son événement et son chemin</translation>
    </message>
    <message>
        <source>Step label</source>
        <translation>Libellé de l&apos;étape</translation>
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
        <translation>Tous les utilisateurs</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message numerus="yes">
        <source>List the %n user(s) who reached this step</source>
        <translation>
            <numerusform>Afficher %n utilisateur ayant atteint cette étape</numerusform>
            <numerusform>Afficher les %n utilisateurs ayant atteint cette étape</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>List the %n user(s) who reached the step before but not this one</source>
        <translation>
            <numerusform>Afficher %n utilisateur ayant atteint l&apos;étape précédente mais pas celle-ci</numerusform>
            <numerusform>Afficher les %n utilisateurs ayant atteint l&apos;étape précédente mais pas celle-ci</numerusform>
        </translation>
    </message>
    <message>
        <source>Half of the users took less than this from step %1; a quarter took less than %2, three quarters less than %3</source>
        <translation>La moitié des utilisateurs ont mis moins que ce temps depuis l&apos;étape %1&#xa0;; un quart moins de %2, trois quarts moins de %3</translation>
    </message>
    <message>
        <source>Users at this step as a share of the step before</source>
        <translation>Utilisateurs à cette étape, en part de l&apos;étape précédente</translation>
    </message>
    <message>
        <source>Users at this step as a share of the first step</source>
        <translation>Utilisateurs à cette étape, en part de la première étape</translation>
    </message>
    <message>
        <source>Users who reached the step before but not this one within the conversion window</source>
        <translation>Utilisateurs ayant atteint l&apos;étape précédente mais pas celle-ci dans la fenêtre de conversion</translation>
    </message>
    <message>
        <source>Median time from the step before to this one</source>
        <translation>Temps médian entre l&apos;étape précédente et celle-ci</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>From previous</source>
        <translation>De l&apos;étape préc.</translation>
    </message>
    <message>
        <source>From first</source>
        <translation>De la 1re étape</translation>
    </message>
    <message>
        <source>Drop-off</source>
        <translation>Abandons</translation>
    </message>
    <message>
        <source>Median time</source>
        <translation>Temps médian</translation>
    </message>
</context>
<context>
    <name>pulse::ui::FunnelUsersDialog</name>
    <message>
        <source>← Previous</source>
        <translation>← Précédent</translation>
    </message>
    <message>
        <source>Next →</source>
        <translation>Suivant →</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Save as cohort…</source>
        <translation>Enregistrer comme cohorte…</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Chargement</translation>
    </message>
    <message>
        <source>Save every user of this list, not only this page, as CSV</source>
        <translation>Enregistrer tous les utilisateurs de la liste (pas seulement cette page) en CSV</translation>
    </message>
    <message>
        <source>Keep every user of this list as a static cohort, to filter or compare reports by</source>
        <translation>Conserver tous les utilisateurs de la liste dans une cohorte statique, pour filtrer ou comparer les rapports</translation>
    </message>
    <message>
        <source>Loading users…</source>
        <translation>Chargement des utilisateurs…</translation>
    </message>
    <message>
        <source>Could not list the users: %1</source>
        <translation>Impossible de lister les utilisateurs&#xa0;: %1</translation>
    </message>
    <message>
        <source>No users.</source>
        <translation>Aucun utilisateur.</translation>
    </message>
    <message>
        <source>%1–%2 of %3</source>
        <translation>%1–%2 sur %3</translation>
    </message>
    <message>
        <source>Export users</source>
        <translation>Exporter les utilisateurs</translation>
    </message>
    <message>
        <source>funnel-users.csv</source>
        <translation>utilisateurs-entonnoir.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation>Export terminé&#xa0;: %1 vers %2</translation>
    </message>
    <message>
        <source>Save as cohort</source>
        <translation>Enregistrer comme cohorte</translation>
    </message>
    <message>
        <source>Name of the new static cohort (%1):</source>
        <translation>Nom de la nouvelle cohorte statique (%1)&#xa0;:</translation>
    </message>
    <message>
        <source>Give the cohort a name.</source>
        <translation>Donnez un nom à la cohorte.</translation>
    </message>
    <message>
        <source>Saving the cohort…</source>
        <translation>Enregistrement de la cohorte…</translation>
    </message>
    <message>
        <source>Could not save the cohort: %1</source>
        <translation>Impossible d&apos;enregistrer la cohorte&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved the cohort “%1” with %2. Find it on the Cohorts page.</source>
        <translation>Cohorte «&#xa0;%1&#xa0;» enregistrée avec %2. Retrouvez-la sur la page Cohortes.</translation>
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
        <translation>(anonyme)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>This visitor sent no user id; Pulse knows them by their visitor id only</source>
        <translation>Ce visiteur n&apos;a envoyé aucun ID utilisateur&#xa0;; Pulse ne le connaît que par son ID visiteur</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Visitor id</source>
        <translation>ID visiteur</translation>
    </message>
    <message>
        <source>Steps reached</source>
        <translation>Étapes atteintes</translation>
    </message>
    <message>
        <source>First step</source>
        <translation>Première étape</translation>
    </message>
    <message>
        <source>Last step reached</source>
        <translation>Dernière étape atteinte</translation>
    </message>
</context>
<context>
    <name>pulse::ui::FunnelsPage</name>
    <message>
        <source>Run</source>
        <translation>Lancer</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Running the funnel</source>
        <translation>Calcul de l&apos;entonnoir</translation>
    </message>
    <message>
        <source>Saved funnels</source>
        <translation>Entonnoirs enregistrés</translation>
    </message>
    <message>
        <source>Open a saved funnel of this site</source>
        <translation>Ouvrir un entonnoir enregistré de ce site</translation>
    </message>
    <message>
        <source>Save the changes to this funnel</source>
        <translation>Enregistrer les modifications de cet entonnoir</translation>
    </message>
    <message>
        <source>Save this definition as a new funnel</source>
        <translation>Enregistrer cette définition comme nouvel entonnoir</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Run the funnel over the selected dates (Ctrl+Enter)</source>
        <translation>Calculer l&apos;entonnoir sur la période sélectionnée (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Click a number of users or a drop-off to list those users.</source>
        <translation>Cliquez sur un nombre d&apos;utilisateurs ou d&apos;abandons pour afficher ces utilisateurs.</translation>
    </message>
    <message>
        <source>Save the step table as CSV</source>
        <translation>Enregistrer le tableau des étapes en CSV</translation>
    </message>
    <message>
        <source>Time to convert</source>
        <translation>Temps de conversion</translation>
    </message>
    <message>
        <source>Step for the time to convert</source>
        <translation>Étape pour le temps de conversion</translation>
    </message>
    <message>
        <source>Add a site on the Overview page, then build funnels from its events here.</source>
        <translation>Ajoutez un site sur la page Vue d&apos;ensemble, puis construisez ici des entonnoirs à partir de ses événements.</translation>
    </message>
    <message>
        <source>Choose at least two steps, then press Run to see how many users go on from each step to the next.</source>
        <translation>Choisissez au moins deux étapes, puis cliquez sur Lancer pour voir combien d&apos;utilisateurs passent de chaque étape à la suivante.</translation>
    </message>
    <message>
        <source>Add a site on the Overview page first.</source>
        <translation>Ajoutez d&apos;abord un site sur la page Vue d&apos;ensemble.</translation>
    </message>
    <message>
        <source>This funnel cannot run: %1</source>
        <translation>Impossible de lancer cet entonnoir&#xa0;: %1</translation>
    </message>
    <message>
        <source>The funnel could not run: %1</source>
        <translation>Échec du calcul de l&apos;entonnoir&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 has no events yet. Once the tracker sends pageviews or custom events, they can be funnel steps here.</source>
        <translation>%1 n&apos;a encore aucun événement. Dès que le script de suivi enverra des pages vues ou des événements personnalisés, ils pourront servir d&apos;étapes d&apos;entonnoir ici.</translation>
    </message>
    <message>
        <source>None of the %1 users who did %2 completed all %3 steps within %4.</source>
        <translation>Aucun des %1 utilisateurs ayant effectué %2 n&apos;a terminé les %3 étapes sous %4.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; of the %2 users who did %3 completed all %4 steps within %5.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; des %2 utilisateurs ayant effectué %3 ont terminé les %4 étapes sous %5.</translation>
    </message>
    <message>
        <source>%1 → %2. %3</source>
        <translation>%1 → %2. %3</translation>
    </message>
    <message>
        <source>No one reached step %1 from step %2 yet.</source>
        <translation>Personne n&apos;est encore passé de l&apos;étape %2 à l&apos;étape %1.</translation>
    </message>
    <message>
        <source>Median %1 · the middle half of %2 took between %3 and %4 · mean %5</source>
        <translation>Médiane %1 · la moitié centrale (%2) a mis entre %3 et %4 · moyenne %5</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Calcul…</translation>
    </message>
    <message>
        <source>%1 has no events yet. Once the tracker sends pageviews or custom events, they can be funnel steps here. You can define a funnel now and save it.</source>
        <translation>%1 n&apos;a encore aucun événement. Dès que le script de suivi enverra des pages vues ou des événements personnalisés, ils pourront servir d&apos;étapes d&apos;entonnoir ici. Vous pouvez dès maintenant définir un entonnoir et l&apos;enregistrer.</translation>
    </message>
    <message>
        <source>Could not list the saved funnels: %1</source>
        <translation>Impossible de lister les entonnoirs enregistrés&#xa0;: %1</translation>
    </message>
    <message>
        <source>New funnel (none saved yet)</source>
        <translation>Nouvel entonnoir (aucun enregistré)</translation>
    </message>
    <message>
        <source>New funnel</source>
        <translation>Nouvel entonnoir</translation>
    </message>
    <message>
        <source>Fix the funnel before saving it. %1</source>
        <translation>Corrigez l&apos;entonnoir avant de l&apos;enregistrer. %1</translation>
    </message>
    <message>
        <source>Save funnel</source>
        <translation>Enregistrer l&apos;entonnoir</translation>
    </message>
    <message>
        <source>Rename funnel</source>
        <translation>Renommer l&apos;entonnoir</translation>
    </message>
    <message>
        <source>Delete funnel</source>
        <translation>Supprimer l&apos;entonnoir</translation>
    </message>
    <message>
        <source>Delete the funnel “%1”? Its events stay; only the saved definition goes.</source>
        <translation>Supprimer l&apos;entonnoir «&#xa0;%1&#xa0;»&#xa0;? Les événements sont conservés&#xa0;; seule la définition enregistrée disparaît.</translation>
    </message>
    <message>
        <source>Users who reached step %1 (%2)</source>
        <translation>Utilisateurs ayant atteint l&apos;étape %1 (%2)</translation>
    </message>
    <message>
        <source>Users who reached step %1 but not step %2 (%3)</source>
        <translation>Utilisateurs ayant atteint l&apos;étape %1 mais pas l&apos;étape %2 (%3)</translation>
    </message>
    <message>
        <source>%1, %2 = %3</source>
        <translation>%1, %2 = %3</translation>
    </message>
    <message>
        <source>Run the funnel first.</source>
        <translation>Lancez d&apos;abord l&apos;entonnoir.</translation>
    </message>
    <message>
        <source>Export funnel</source>
        <translation>Exporter l&apos;entonnoir</translation>
    </message>
    <message>
        <source>funnel.csv</source>
        <translation>entonnoir.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>No one did the first step (%1) %2. Try a longer date range, or another first step.</source>
        <extracomment>%2 is &quot;on &lt;date&gt;&quot; or &quot;between &lt;date&gt; and &lt;date&gt;&quot;.</extracomment>
        <translation>Personne n&apos;a effectué la première étape (%1) %2. Essayez une période plus longue ou une autre première étape.</translation>
    </message>
</context>
<context>
    <name>pulse::ui::GetStartedPanel</name>
    <message>
        <source>Load &amp;demo data</source>
        <translation>Charger les &amp;données de démo</translation>
    </message>
    <message>
        <source>example.com</source>
        <translation>example.com</translation>
    </message>
    <message>
        <source>&amp;Add site</source>
        <translation>A&amp;jouter le site</translation>
    </message>
    <message>
        <source>Domain:</source>
        <translation>Domaine&#xa0;:</translation>
    </message>
    <message>
        <source>Adds the site demo.pulse.local with weeks of realistic traffic</source>
        <translation>Ajoute le site demo.pulse.local avec plusieurs semaines de trafic réaliste</translation>
    </message>
    <message>
        <source>Or explore Pulse with generated data first:</source>
        <translation>Ou découvrez d&apos;abord Pulse avec des données générées&#xa0;:</translation>
    </message>
    <message>
        <source>Welcome to Pulse</source>
        <translation>Bienvenue dans Pulse</translation>
    </message>
    <message>
        <source>Add the website you want to measure. Pulse then gives you a one-line script to paste into its pages; the events stay on this computer.</source>
        <translation>Ajoutez le site web à mesurer. Pulse vous fournit ensuite un script d&apos;une ligne à coller dans ses pages&#xa0;; les événements restent sur cet ordinateur.</translation>
    </message>
    <message>
        <source>No events for %1 yet</source>
        <translation>Pas encore d&apos;événement pour %1</translation>
    </message>
    <message>
        <source>The collector is not running, so this site cannot receive events now. Restart Pulse on a free port to collect.</source>
        <translation>Le collecteur n&apos;est pas démarré&#xa0;: ce site ne peut pas recevoir d&apos;événements pour l&apos;instant. Redémarrez Pulse sur un port libre pour collecter.</translation>
    </message>
    <message>
        <source>Paste this script into the &lt;head&gt; of every page of %1. Pageviews appear on the Live page within seconds, and here once they fall into the selected range.</source>
        <translation>Collez ce script dans la balise &lt;head&gt; de chaque page de %1. Les pages vues apparaissent en quelques secondes sur la page Temps réel, et ici dès qu&apos;elles entrent dans la période sélectionnée.</translation>
    </message>
    <message>
        <source>Generating the demo traffic…</source>
        <translation>Génération du trafic de démo…</translation>
    </message>
</context>
<context>
    <name>pulse::ui::ImportMappingForm</name>
    <message>
        <source>The first row holds the column names</source>
        <translation>La première ligne contient les noms des colonnes</translation>
    </message>
    <message>
        <source>The other columns become properties</source>
        <translation>Les autres colonnes deviennent des propriétés</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Détecter</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Virgule ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Point-virgule ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <source>Epoch seconds</source>
        <translation>Secondes epoch</translation>
    </message>
    <message>
        <source>Epoch milliseconds</source>
        <translation>Millisecondes epoch</translation>
    </message>
    <message>
        <source>ISO 8601 (2024-05-01T10:00:00Z)</source>
        <translation>ISO 8601 (2024-05-01T10:00:00Z)</translation>
    </message>
    <message>
        <source>&amp;Delimiter</source>
        <translation>&amp;Séparateur</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>&amp;Heure</translation>
    </message>
    <message>
        <source>Time &amp;format</source>
        <translation>&amp;Format de l’heure</translation>
    </message>
    <message>
        <source>&amp;Event name</source>
        <translation>Nom de l’&amp;événement</translation>
    </message>
    <message>
        <source>&amp;User id</source>
        <translation>ID &amp;utilisateur</translation>
    </message>
    <message>
        <source>&amp;Path or URL</source>
        <translation>&amp;Chemin ou URL</translation>
    </message>
    <message>
        <source>&amp;Referrer</source>
        <translation>&amp;Référent</translation>
    </message>
    <message>
        <source>Event &amp;id</source>
        <translation>&amp;ID de l’événement</translation>
    </message>
    <message>
        <source>An id per event makes re-imports skip rows already stored; without one, rows are compared by content.</source>
        <translation>Avec un identifiant par événement, une réimportation ignore les lignes déjà stockées ; sans lui, les lignes sont comparées par leur contenu.</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(absent du fichier)</translation>
    </message>
    <message>
        <source>%1 ← %2</source>
        <extracomment>A property of the imported events and the column it comes from: &quot;plan ← tier&quot;.</extracomment>
        <translation>%1 ← %2</translation>
    </message>
    <message>
        <source>Properties: %1</source>
        <translation>Propriétés : %1</translation>
    </message>
</context>
<context>
    <name>pulse::ui::ImportsPage</name>
    <message>
        <source>Queued</source>
        <translation>En file d’attente</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec : %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
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
        <translation>&amp;Choisir un fichier…</translation>
    </message>
    <message>
        <source>Save as pre&amp;set…</source>
        <translation>Enregistrer comme &amp;modèle…</translation>
    </message>
    <message>
        <source>Delete preset</source>
        <translation>Supprimer le modèle</translation>
    </message>
    <message>
        <source>&amp;Start import</source>
        <translation>&amp;Lancer l’import</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Annuler l’import</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Démarré</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importées</translation>
    </message>
    <message>
        <source>Already stored</source>
        <translation>Déjà stockées</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejetées</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne du fichier</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>What to fix</source>
        <translation>Ce qu’il faut corriger</translation>
    </message>
    <message>
        <source>Save rejected rows as CSV…</source>
        <translation>Enregistrer les lignes rejetées en CSV…</translation>
    </message>
    <message>
        <source>Choose a CSV, JSON or NDJSON file, or drop one on this page</source>
        <translation>Choisissez un fichier CSV, JSON ou NDJSON, ou déposez-en un sur cette page</translation>
    </message>
    <message>
        <source>Detect from the name</source>
        <translation>Détecter d’après le nom</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>JSON array</source>
        <translation>Tableau JSON</translation>
    </message>
    <message>
        <source>NDJSON (one event per line)</source>
        <translation>NDJSON (un événement par ligne)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>First rows</source>
        <translation>Premières lignes</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Imports</translation>
    </message>
    <message>
        <source>Import events from</source>
        <translation>Importer des événements depuis</translation>
    </message>
    <message>
        <source>Event files (*.csv *.tsv *.txt *.json *.ndjson *.jsonl *.gz);;All files (*)</source>
        <translation>Fichiers d’événements (*.csv *.tsv *.txt *.json *.ndjson *.jsonl *.gz);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Save as preset</source>
        <translation>Enregistrer comme modèle</translation>
    </message>
    <message>
        <source>Name of the preset (a preset of the same name is replaced):</source>
        <translation>Nom du modèle (un modèle du même nom est remplacé) :</translation>
    </message>
    <message>
        <source>Delete the preset %1?</source>
        <translation>Supprimer le modèle %1 ?</translation>
    </message>
    <message>
        <source>Save rejected rows</source>
        <translation>Enregistrer les lignes rejetées</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
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
        <translation>Les événements JSON utilisent les noms de champs du collecteur (name, timestamp, user_id, url ou path, referrer, props) ; il n’y a donc rien à associer.</translation>
    </message>
    <message>
        <source>Choose a site first.</source>
        <translation>Choisissez d’abord un site.</translation>
    </message>
    <message>
        <source>Automatic (columns found by their names)</source>
        <translation>Automatique (colonnes reconnues par leur nom)</translation>
    </message>
    <message>
        <source>%1 (built in)</source>
        <translation>%1 (intégré)</translation>
    </message>
    <message>
        <source>Saved the preset %1.</source>
        <translation>Modèle %1 enregistré.</translation>
    </message>
    <message>
        <source>Importing %1.</source>
        <translation>Importation de %1.</translation>
    </message>
    <message>
        <source>%1 waits for the import before it.</source>
        <translation>%1 attend la fin de l’import précédent.</translation>
    </message>
    <message>
        <source>Importing %1: %2 rows read</source>
        <translation>Importation de %1 : %2 lignes lues</translation>
    </message>
    <message>
        <source>, %1 rows/s</source>
        <translation>, %1 lignes/s</translation>
    </message>
    <message>
        <source>, about %1 left</source>
        <translation>, environ %1 restant</translation>
    </message>
    <message>
        <source>No imports yet.</source>
        <translation>Aucun import pour l’instant.</translation>
    </message>
    <message>
        <source>Select an import to see its report.</source>
        <translation>Sélectionnez un import pour voir son rapport.</translation>
    </message>
    <message>
        <source>%1: %2 rows read, %3 imported, %4 already stored, %5 rejected.</source>
        <translation>%1 : %2 lignes lues, %3 importées, %4 déjà stockées, %5 rejetées.</translation>
    </message>
    <message>
        <source>The first rejections are listed; %1 more are only counted.</source>
        <translation>Les premiers rejets sont listés ; %1 autres sont seulement comptés.</translation>
    </message>
    <message>
        <source>Saved 1 rejected row to %1.</source>
        <translation>1 ligne rejetée enregistrée dans %1.</translation>
    </message>
    <message>
        <source>Saved %1 rejected rows to %2.</source>
        <translation>%1 lignes rejetées enregistrées dans %2.</translation>
    </message>
</context>
<context>
    <name>pulse::ui::KeyCreateDialog</name>
    <message>
        <source>&amp;Expires at the end of</source>
        <translation>&amp;Expire à la fin du</translation>
    </message>
    <message>
        <source>Create API key</source>
        <translation>Créer une clé d’API</translation>
    </message>
    <message>
        <source>Nightly report script</source>
        <translation>Script du rapport nocturne</translation>
    </message>
    <message>
        <source>Every site</source>
        <translation>Tous les sites</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Portées</translation>
    </message>
    <message>
        <source>&amp;Site</source>
        <translation>&amp;Site</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>The secret is shown once, when the key is created. Pulse keeps only a hash of it.</source>
        <translation>Le secret est affiché une seule fois, à la création de la clé. Pulse n’en garde qu’une empreinte.</translation>
    </message>
    <message>
        <source>C&amp;reate key</source>
        <translation>&amp;Créer la clé</translation>
    </message>
</context>
<context>
    <name>pulse::ui::KeyRotateDialog</name>
    <message>
        <source>Rotate API key</source>
        <translation>Renouveler la clé d’API</translation>
    </message>
    <message>
        <source>Stops at once</source>
        <translation>S’arrête tout de suite</translation>
    </message>
    <message>
        <source>1 more hour</source>
        <translation>Encore 1 heure</translation>
    </message>
    <message>
        <source>24 more hours</source>
        <translation>Encore 24 heures</translation>
    </message>
    <message>
        <source>7 more days</source>
        <translation>Encore 7 jours</translation>
    </message>
    <message>
        <source>Make a new secret for the key %1? Its name, scopes, site, expiry and usage stay. Give the new secret to every program that uses the key before the old one stops.</source>
        <translation>Créer un nouveau secret pour la clé %1 ? Son nom, ses portées, son site, son expiration et son utilisation restent. Donnez le nouveau secret à chaque programme qui utilise la clé avant que l’ancien ne s’arrête.</translation>
    </message>
    <message>
        <source>The &amp;old secret works</source>
        <translation>L’&amp;ancien secret fonctionne</translation>
    </message>
    <message>
        <source>&amp;Rotate</source>
        <translation>&amp;Renouveler</translation>
    </message>
</context>
<context>
    <name>pulse::ui::KeysSettingsTab</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Portées</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Dernière utilisation</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>Utilisations</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>&amp;Create key…</source>
        <translation>&amp;Créer une clé…</translation>
    </message>
    <message>
        <source>&amp;Rotate…</source>
        <translation>&amp;Renouveler…</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>Ré&amp;voquer…</translation>
    </message>
    <message>
        <source>Secret API keys let programs use the REST API and the live stream of this workspace&apos;s server. Pulse keeps only a hash of each secret.</source>
        <translation>Les clés d’API secrètes permettent à des programmes d’utiliser l’API REST et le flux en direct du serveur de cet espace de travail. Pulse ne garde qu’une empreinte de chaque secret.</translation>
    </message>
    <message>
        <source>Revoke API key</source>
        <translation>Révoquer la clé d’API</translation>
    </message>
    <message>
        <source>Revoke now</source>
        <translation>Révoquer maintenant</translation>
    </message>
    <message>
        <source>Every site</source>
        <translation>Tous les sites</translation>
    </message>
    <message>
        <source>Site %1</source>
        <translation>Site %1</translation>
    </message>
    <message>
        <source>%1…</source>
        <extracomment>A key&apos;s first characters, then an ellipsis: &quot;psk_Ab12cd…&quot;.</extracomment>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>No API keys yet. Create one for each program that should use the REST API.</source>
        <translation>Aucune clé d’API pour l’instant. Créez-en une pour chaque programme qui doit utiliser l’API REST.</translation>
    </message>
    <message>
        <source>No API keys yet.</source>
        <translation>Aucune clé d’API pour l’instant.</translation>
    </message>
    <message>
        <source>The new secret of the key %1. Programs that use the key must switch to it before the old secret stops working.</source>
        <translation>Le nouveau secret de la clé %1. Les programmes qui utilisent la clé doivent passer à celui-ci avant que l’ancien secret ne cesse de fonctionner.</translation>
    </message>
    <message>
        <source>The secret of the new key %1. Send it as &quot;Authorization: Bearer …&quot; with each request.</source>
        <translation>Le secret de la nouvelle clé %1. Envoyez-le avec chaque requête sous la forme « Authorization: Bearer … ».</translation>
    </message>
    <message>
        <source>API key secret</source>
        <translation>Secret de la clé d’API</translation>
    </message>
    <message>
        <source>Revoke the key %1 (%2…)?

It stops working at once, for every program that uses it, and so does its previous secret during a rotation. This cannot be undone.</source>
        <translation>Révoquer la clé %1 (%2…) ?

Elle cesse de fonctionner tout de suite, pour chaque programme qui l’utilise, de même que son secret précédent pendant un renouvellement. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Revoked the key %1.</source>
        <translation>Clé %1 révoquée.</translation>
    </message>
</context>
<context>
    <name>pulse::ui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The language changes to %1 the next time Pulse starts.</source>
        <translation>La langue passera à %1 au prochain démarrage de Pulse.</translation>
    </message>
    <message>
        <source>Restart Pulse now? It opens again on the page you are on.</source>
        <translation>Redémarrer Pulse maintenant&#xa0;? L&apos;application rouvrira sur la page actuelle.</translation>
    </message>
    <message>
        <source>Restart Now</source>
        <translation>Redémarrer</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
</context>
<context>
    <name>pulse::ui::LanguageSettingsPanel</name>
    <message>
        <source>Restart now</source>
        <translation>Redémarrer maintenant</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Langue du système (%1)</translation>
    </message>
    <message>
        <source>Pulse speaks %1 from the next start.</source>
        <translation>Pulse parle %1 à partir du prochain démarrage.</translation>
    </message>
    <message>
        <source>Pulse speaks %1.</source>
        <translation>Pulse parle %1.</translation>
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
        <translation>Heure</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
</context>
<context>
    <name>pulse::ui::LivePage</name>
    <message>
        <source>Visitors, last 30 minutes</source>
        <translation>Visiteurs, 30 dernières minutes</translation>
    </message>
    <message>
        <source>Events, last 30 minutes</source>
        <translation>Événements, 30 dernières minutes</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Events per minute, last hour</source>
        <translation>Événements par minute, dernière heure</translation>
    </message>
    <message>
        <source>Top pages now</source>
        <translation>Pages les plus vues en ce moment</translation>
    </message>
    <message>
        <source>Top sources now</source>
        <translation>Principales sources en ce moment</translation>
    </message>
    <message>
        <source>Latest events</source>
        <translation>Derniers événements</translation>
    </message>
    <message>
        <source>Add a site on the Overview page to see its visitors here as they arrive.</source>
        <translation>Ajoutez un site sur la page Vue d&apos;ensemble pour voir ici ses visiteurs dès leur arrivée.</translation>
    </message>
    <message>
        <source>The collector is not running: no live events can arrive.</source>
        <translation>Le collecteur n&apos;est pas démarré&#xa0;: aucun événement ne peut arriver en temps réel.</translation>
    </message>
    <message>
        <source>Live on %1 · events arrive at %2</source>
        <translation>Temps réel sur %1 · événements reçus sur %2</translation>
    </message>
</context>
<context>
    <name>pulse::ui::LocalWorkspaceClient</name>
    <message>
        <source>The cohort no longer exists; it may have been deleted meanwhile.</source>
        <translation>La cohorte n&apos;existe plus&#xa0;; elle a peut-être été supprimée entre-temps.</translation>
    </message>
    <message>
        <source>This funnel no longer exists.</source>
        <translation>Cet entonnoir n&apos;existe plus.</translation>
    </message>
    <message>
        <source>The report no longer exists; it may have been deleted meanwhile.</source>
        <translation>Le rapport n&apos;existe plus&#xa0;; il a peut-être été supprimé entre-temps.</translation>
    </message>
    <message>
        <source>Exports are not running: the workspace&apos;s job queue did not start.</source>
        <translation>Les exports ne fonctionnent pas : la file de tâches de l’espace de travail n’a pas démarré.</translation>
    </message>
    <message>
        <source>The export no longer exists.</source>
        <translation>L’export n’existe plus.</translation>
    </message>
    <message>
        <source>The export has already ended.</source>
        <translation>L’export est déjà terminé.</translation>
    </message>
    <message>
        <source>The export is still running; cancel it first.</source>
        <translation>L’export est encore en cours ; annulez-le d’abord.</translation>
    </message>
    <message>
        <source>The schedule no longer exists; it may have been deleted meanwhile.</source>
        <translation>La planification n’existe plus ; elle a peut-être été supprimée entre-temps.</translation>
    </message>
    <message>
        <source>Imports are not running: the workspace&apos;s job queue did not start.</source>
        <translation>Les imports ne fonctionnent pas : la file de tâches de l’espace de travail n’a pas démarré.</translation>
    </message>
    <message>
        <source>The preset no longer exists; it may have been deleted meanwhile.</source>
        <translation>Le modèle n’existe plus ; il a peut-être été supprimé entre-temps.</translation>
    </message>
    <message>
        <source>%1 cannot be read; choose the file again.</source>
        <translation>Impossible de lire %1 ; choisissez de nouveau le fichier.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 est vide.</translation>
    </message>
    <message>
        <source>%1 could not be copied into the data folder; check its free space.</source>
        <translation>%1 n’a pas pu être copié dans le dossier de données ; vérifiez l’espace libre.</translation>
    </message>
    <message>
        <source>The import no longer exists.</source>
        <translation>L’import n’existe plus.</translation>
    </message>
    <message>
        <source>The import has already ended.</source>
        <translation>L’import est déjà terminé.</translation>
    </message>
    <message>
        <source>Alerts are not running: the workspace&apos;s services did not start.</source>
        <translation>Les alertes ne fonctionnent pas : les services de l’espace de travail n’ont pas démarré.</translation>
    </message>
    <message>
        <source>The rule no longer exists; it may have been deleted meanwhile.</source>
        <translation>La règle n’existe plus ; elle a peut-être été supprimée entre-temps.</translation>
    </message>
    <message>
        <source>The webhook no longer exists; it may have been deleted meanwhile.</source>
        <translation>Le webhook n’existe plus ; il a peut-être été supprimé entre-temps.</translation>
    </message>
    <message>
        <source>The webhook is disabled; enable it before sending a test event.</source>
        <translation>Le webhook est désactivé ; activez-le avant d’envoyer un événement de test.</translation>
    </message>
    <message>
        <source>The delivery no longer exists.</source>
        <translation>La livraison n’existe plus.</translation>
    </message>
    <message>
        <source>The key no longer exists.</source>
        <translation>La clé n’existe plus.</translation>
    </message>
    <message>
        <source>Say what the key is for, in 1 to %1 characters.</source>
        <translation>Dites à quoi sert la clé, en 1 à %1 caractères.</translation>
    </message>
    <message>
        <source>Choose at least one scope: what the key may do.</source>
        <translation>Choisissez au moins une portée : ce que la clé peut faire.</translation>
    </message>
    <message>
        <source>The site no longer exists; choose another or every site.</source>
        <translation>Le site n’existe plus ; choisissez-en un autre ou tous les sites.</translation>
    </message>
    <message>
        <source>The expiry is in the past; choose a later date.</source>
        <translation>L’expiration est dans le passé ; choisissez une date ultérieure.</translation>
    </message>
    <message>
        <source>The key is revoked; create a new key instead of rotating it.</source>
        <translation>La clé est révoquée ; créez une nouvelle clé au lieu de la renouveler.</translation>
    </message>
    <message>
        <source>The old secret can keep working for at most 30 days.</source>
        <translation>L’ancien secret peut continuer de fonctionner au plus 30 jours.</translation>
    </message>
    <message>
        <source>The name has %1 characters; at most %2 are allowed.</source>
        <translation>Le nom a %1 caractères ; %2 au plus sont permis.</translation>
    </message>
    <message>
        <source>The site no longer exists; it may have been deleted meanwhile.</source>
        <translation>Le site n’existe plus ; il a peut-être été supprimé entre-temps.</translation>
    </message>
    <message>
        <source>Give the site&apos;s domain, for example example.com.</source>
        <translation>Indiquez le domaine du site, par exemple example.com.</translation>
    </message>
    <message>
        <source>The export has no file; it may have been deleted meanwhile.</source>
        <translation>L&apos;export n&apos;a pas de fichier&#xa0;; il a peut-être été supprimé entre-temps.</translation>
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
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Temps réel</translation>
    </message>
    <message>
        <source>Funnels</source>
        <translation>Entonnoirs</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Rétention</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>Cohortes</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;Live</source>
        <translation>&amp;Temps réel</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>&amp;Funnels</source>
        <translation>&amp;Entonnoirs</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>R&amp;etention</source>
        <translation>&amp;Rétention</translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <source>&amp;Cohorts</source>
        <translation>&amp;Cohortes</translation>
    </message>
    <message>
        <source>Ctrl+5</source>
        <translation>Ctrl+5</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Range</source>
        <translation>Pé&amp;riode</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About Pulse</source>
        <translation>À &amp;propos de Pulse</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A page of the sidebar and its keyboard shortcut: &quot;Funnels (Ctrl+3)&quot;.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Imports</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>Exports</translation>
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
        <translation>&amp;Imports</translation>
    </message>
    <message>
        <source>E&amp;xports</source>
        <translation>E&amp;xports</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Ctrl+8</source>
        <translation>Ctrl+8</translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation>&amp;Alertes</translation>
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
        <translation>&amp;Me prévenir quand une alerte se déclenche</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>&amp;Workspace settings…</source>
        <translation>Paramètres de l’espace de &amp;travail…</translation>
    </message>
    <message>
        <source>Pulse — %1</source>
        <translation>Pulse — %1</translation>
    </message>
    <message>
        <source>%1 cannot be reached (%2). Pulse keeps trying and refreshes the pages when it answers again.</source>
        <translation>%1 est injoignable (%2). Pulse continue d&apos;essayer et actualise les pages dès qu&apos;il répond de nouveau.</translation>
    </message>
</context>
<context>
    <name>pulse::ui::OverviewPage</name>
    <message>
        <source>Top pages</source>
        <translation>Pages les plus vues</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Entry pages</source>
        <translation>Pages d&apos;entrée</translation>
    </message>
    <message>
        <source>Entry page</source>
        <translation>Page d&apos;entrée</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>UTM campaigns</source>
        <translation>Campagnes UTM</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Browsers</source>
        <translation>Navigateurs</translation>
    </message>
    <message>
        <source>Browser</source>
        <translation>Navigateur</translation>
    </message>
    <message>
        <source>Operating systems</source>
        <translation>Systèmes d&apos;exploitation</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>OS</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Chargement</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Visiteurs</translation>
    </message>
    <message>
        <source>Pageviews</source>
        <translation>Pages vues</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visites</translation>
    </message>
    <message>
        <source>Bounce rate</source>
        <translation>Taux de rebond</translation>
    </message>
    <message>
        <source>Visit duration</source>
        <translation>Durée de visite</translation>
    </message>
    <message>
        <source>Could not load the figures: %1</source>
        <translation>Impossible de charger les chiffres&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not load the demo data: %1</source>
        <translation>Impossible de charger les données de démo&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n demo event(s).</source>
        <translation>
            <numerusform>%n événement de démo chargé.</numerusform>
            <numerusform>%n événements de démo chargés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pulse::ui::PepperProblemBox</name>
    <message>
        <source>API-key pepper</source>
        <translation>Poivre des clés d’API</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Create a new pepper? Secret API keys made with the old one stop working (make new ones in Settings &gt; API keys); sites, events and everything else are kept. Restoring a backup of this folder brings the old pepper back.</source>
        <translation>Créer un nouveau poivre&#xa0;? Les clés d’API secrètes créées avec l’ancien cessent de fonctionner (créez-en de nouvelles dans Réglages &gt; Clés d’API)&#xa0;; les sites, les événements et tout le reste sont conservés. Restaurer une sauvegarde de ce dossier ramène l’ancien poivre.</translation>
    </message>
    <message>
        <source>Create a new pepper</source>
        <translation>Créer un nouveau poivre</translation>
    </message>
    <message>
        <source>Unlock the system keychain, or start its service, then retry.</source>
        <translation>Déverrouillez le trousseau du système, ou démarrez son service, puis réessayez.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
</context>
<context>
    <name>pulse::ui::RemoteWorkspaceClient</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The system keychain has no key for %1. Connect to it again in File &gt; Workspace.</source>
        <translation>Le trousseau du système n&apos;a pas de clé pour %1. Reconnectez-vous dans Fichier &gt; Espace de travail.</translation>
    </message>
    <message>
        <source>Demo data is loaded into the workspace on this computer, not into a server. Switch to This computer in File &gt; Workspace to load it.</source>
        <translation>Les données de démonstration se chargent dans l&apos;espace de travail de cet ordinateur, pas dans un serveur. Passez à Cet ordinateur dans Fichier &gt; Espace de travail pour les charger.</translation>
    </message>
    <message>
        <source>The export has no file yet; open it once it is completed.</source>
        <translation>L&apos;export n&apos;a pas encore de fichier&#xa0;; ouvrez-le une fois terminé.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>pulse::ui::RestTransport</name>
    <message>
        <source>The server could not be reached: %1</source>
        <translation>Le serveur est injoignable&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 %2.</source>
        <translation>Le serveur a répondu HTTP %1 %2.</translation>
    </message>
    <message>
        <source>The server refused the key (HTTP 401): connect again with a valid key in File &gt; Workspace &gt; Connect to a server….</source>
        <translation>Le serveur a refusé la clé (HTTP 401)&#xa0;: reconnectez-vous avec une clé valide dans Fichier &gt; Espace de travail &gt; Se connecter à un serveur….</translation>
    </message>
</context>
<context>
    <name>pulse::ui::RetentionControls</name>
    <message>
        <source>Include bots</source>
        <translation>Inclure les robots</translation>
    </message>
    <message>
        <source>The event that puts a user in a cohort</source>
        <translation>L&apos;événement qui fait entrer un utilisateur dans une cohorte</translation>
    </message>
    <message>
        <source>Start event</source>
        <translation>Événement de départ</translation>
    </message>
    <message>
        <source>The event that counts as coming back</source>
        <translation>L&apos;événement qui compte comme un retour</translation>
    </message>
    <message>
        <source>Return event</source>
        <translation>Événement de retour</translation>
    </message>
    <message>
        <source>First time</source>
        <translation>Première fois</translation>
    </message>
    <message>
        <source>Each user once: in the period they first did the start event</source>
        <translation>Chaque utilisateur une seule fois&#xa0;: dans la période où il a effectué l&apos;événement de départ pour la première fois</translation>
    </message>
    <message>
        <source>Recurring</source>
        <translation>Récurrentes</translation>
    </message>
    <message>
        <source>A user joins a cohort in every period they did the start event</source>
        <translation>Un utilisateur rejoint une cohorte pour chaque période où il a effectué l&apos;événement de départ</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>Cohortes</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Calendar periods in the site&apos;s time zone; weeks start on Monday</source>
        <translation>Périodes calendaires dans le fuseau horaire du site&#xa0;; les semaines commencent le lundi</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>How many periods after the cohort&apos;s own to follow (columns of the grid)</source>
        <translation>Nombre de périodes à suivre après celle de la cohorte (colonnes de la grille)</translation>
    </message>
    <message>
        <source>Number of periods</source>
        <translation>Nombre de périodes</translation>
    </message>
    <message>
        <source>Follow for</source>
        <translation>Suivre pendant</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Split the cohorts by the value the property had on the start event</source>
        <translation>Répartir les cohortes selon la valeur de la propriété lors de l&apos;événement de départ</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>Répartition</translation>
    </message>
    <message>
        <source>Count events from crawlers and other automated clients too</source>
        <translation>Compter aussi les événements des robots d&apos;indexation et autres clients automatisés</translation>
    </message>
    <message>
        <source> day</source>
        <translation> jour</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source> week</source>
        <translation> semaine</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> semaines</translation>
    </message>
    <message>
        <source> month</source>
        <translation> mois</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>Start event, %1</source>
        <translation>Événement de départ, %1</translation>
    </message>
    <message>
        <source>Return event, %1</source>
        <translation>Événement de retour, %1</translation>
    </message>
    <message>
        <source>A breakdown needs first-time cohorts: with recurring cohorts one user is in many cohorts, with different values. Choose “First time”, or no breakdown.</source>
        <translation>Une répartition nécessite des cohortes «&#xa0;Première fois&#xa0;»&#xa0;: avec des cohortes récurrentes, un même utilisateur appartient à plusieurs cohortes, avec des valeurs différentes. Choisissez «&#xa0;Première fois&#xa0;», ou aucune répartition.</translation>
    </message>
</context>
<context>
    <name>pulse::ui::RetentionCurveChart</name>
    <message>
        <source>Retention curve</source>
        <translation>Courbe de rétention</translation>
    </message>
    <message>
        <source>Days after the cohort&apos;s day</source>
        <translation>Jours après le jour de la cohorte</translation>
    </message>
    <message>
        <source>Months after the cohort&apos;s month</source>
        <translation>Mois après le mois de la cohorte</translation>
    </message>
    <message>
        <source>Weeks after the cohort&apos;s week</source>
        <translation>Semaines après la semaine de la cohorte</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Tous les utilisateurs</translation>
    </message>
    <message>
        <source>%1 · %2
%3 of %4 users (%5)</source>
        <translation>%1 · %2
%3 sur %4 utilisateurs (%5)</translation>
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
        <translation>Tout événement</translation>
    </message>
    <message>
        <source>Choose an event first to filter it by its properties</source>
        <translation>Choisissez d&apos;abord un événement pour le filtrer selon ses propriétés</translation>
    </message>
</context>
<context>
    <name>pulse::ui::RetentionGridModel</name>
    <message>
        <source>Day %1</source>
        <translation>Jour %1</translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation>Mois %1</translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation>Semaine %1</translation>
    </message>
    <message>
        <source>Users who started on %1</source>
        <translation>Utilisateurs ayant commencé le %1</translation>
    </message>
    <message>
        <source>Users who started in %1</source>
        <translation>Utilisateurs ayant commencé en %1</translation>
    </message>
    <message>
        <source>Users who started in the week beginning %1</source>
        <translation>Utilisateurs ayant commencé la semaine du %1</translation>
    </message>
    <message>
        <source>No one started in this period.</source>
        <translation>Personne n&apos;a commencé dans cette période.</translation>
    </message>
    <message>
        <source>No cohort in this range has reached %1 yet.</source>
        <translation>Aucune cohorte de la période sélectionnée n&apos;a encore atteint %1.</translation>
    </message>
    <message>
        <source>Not observed yet: %1 of this cohort starts after the end of the range.</source>
        <translation>Pas encore observé&#xa0;: pour cette cohorte, %1 commence après la fin de la période sélectionnée.</translation>
    </message>
    <message>
        <source>%1 of %2 users (%3)</source>
        <translation>%1 sur %2 utilisateurs (%3)</translation>
    </message>
    <message>
        <source>Weighted average over every cohort that reached %1.</source>
        <translation>Moyenne pondérée de toutes les cohortes ayant atteint %1.</translation>
    </message>
    <message>
        <source>%1 is still in progress: this figure can still grow.</source>
        <translation>%1 est encore en cours&#xa0;: ce chiffre peut encore augmenter.</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Every cohort of the range, weighted by its size</source>
        <translation>Toutes les cohortes de la période sélectionnée, pondérées par leur taille</translation>
    </message>
    <message>
        <source>%1 in all cohorts</source>
        <translation>%1 dans l&apos;ensemble des cohortes</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Cohorte</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>The period in which the users started</source>
        <translation>La période où les utilisateurs ont commencé</translation>
    </message>
    <message>
        <source>Users in the cohort</source>
        <translation>Utilisateurs de la cohorte</translation>
    </message>
    <message>
        <source>Users who came back in their own period, at or after the start event</source>
        <translation>Utilisateurs revenus dans leur propre période, au moment de l&apos;événement de départ ou après</translation>
    </message>
    <message>
        <source>Users who came back the day after the one they started on</source>
        <translation>Utilisateurs revenus le lendemain de leur jour de départ</translation>
    </message>
    <message>
        <source>Users who came back %1 days after the one they started on</source>
        <translation>Utilisateurs revenus %1 jours après leur jour de départ</translation>
    </message>
    <message>
        <source>Users who came back the month after the one they started in</source>
        <translation>Utilisateurs revenus le mois suivant leur mois de départ</translation>
    </message>
    <message>
        <source>Users who came back %1 months after the one they started in</source>
        <translation>Utilisateurs revenus %1 mois après leur mois de départ</translation>
    </message>
    <message>
        <source>Users who came back the week after the one they started in</source>
        <translation>Utilisateurs revenus la semaine suivant leur semaine de départ</translation>
    </message>
    <message>
        <source>Users who came back %1 weeks after the one they started in</source>
        <translation>Utilisateurs revenus %1 semaines après leur semaine de départ</translation>
    </message>
</context>
<context>
    <name>pulse::ui::RetentionPage</name>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Computing retention</source>
        <translation>Calcul de la rétention</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Add a site on the Overview page first.</source>
        <translation>Ajoutez d&apos;abord un site sur la page Vue d&apos;ensemble.</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Rétention</translation>
    </message>
    <message>
        <source>Of the users who did the start event in a period, how many came back with the return event in each period after it.</source>
        <translation>Parmi les utilisateurs ayant effectué l&apos;événement de départ au cours d&apos;une période, combien sont revenus avec l&apos;événement de retour lors de chacune des périodes suivantes.</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>Cohortes</translation>
    </message>
    <message>
        <source>Series shown in the grid</source>
        <translation>Série affichée dans la grille</translation>
    </message>
    <message>
        <source>Which users the grid shows: all of them, or one value of the breakdown</source>
        <translation>Utilisateurs affichés dans la grille&#xa0;: tous, ou une seule valeur de la répartition</translation>
    </message>
    <message>
        <source>Save the grids as CSV: users and percentage per cohort and period</source>
        <translation>Enregistrer les grilles en CSV&#xa0;: utilisateurs et pourcentage par cohorte et par période</translation>
    </message>
    <message>
        <source>Hover a cell for its users. Italic cells are periods still in progress.</source>
        <translation>Survolez une cellule pour voir ses utilisateurs. Les cellules en italique sont des périodes encore en cours.</translation>
    </message>
    <message>
        <source>Retention grid</source>
        <translation>Grille de rétention</translation>
    </message>
    <message>
        <source>Retention cannot run: %1</source>
        <translation>Impossible de calculer la rétention&#xa0;: %1</translation>
    </message>
    <message>
        <source>Retention could not run: %1</source>
        <translation>Échec du calcul de la rétention&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 has no events yet. Once the tracker sends pageviews or custom events, their retention shows here. To try the page first, load the demo site from the Overview page.</source>
        <translation>%1 n&apos;a encore aucun événement. Dès que le script de suivi enverra des pages vues ou des événements personnalisés, leur rétention s&apos;affichera ici. Pour essayer la page dès maintenant, chargez le site de démo depuis la page Vue d&apos;ensemble.</translation>
    </message>
    <message>
        <source>The chart shows all users and the %1 largest values; the grid has all %2 (choose them above it).</source>
        <translation>Le graphique montre tous les utilisateurs et les %1 valeurs les plus importantes&#xa0;; la grille propose les %2 valeurs (à choisir au-dessus de la grille).</translation>
    </message>
    <message>
        <source>No cohort has reached its next day yet.</source>
        <translation>Aucune cohorte n&apos;a encore atteint le jour suivant.</translation>
    </message>
    <message>
        <source>No cohort has reached its next month yet.</source>
        <translation>Aucune cohorte n&apos;a encore atteint le mois suivant.</translation>
    </message>
    <message>
        <source>No cohort has reached its next week yet.</source>
        <translation>Aucune cohorte n&apos;a encore atteint la semaine suivante.</translation>
    </message>
    <message>
        <source>On average &lt;b&gt;%1&lt;/b&gt; came back the next day.</source>
        <translation>En moyenne, &lt;b&gt;%1&lt;/b&gt; sont revenus le lendemain.</translation>
    </message>
    <message>
        <source>On average &lt;b&gt;%1&lt;/b&gt; came back the next month.</source>
        <translation>En moyenne, &lt;b&gt;%1&lt;/b&gt; sont revenus le mois suivant.</translation>
    </message>
    <message>
        <source>On average &lt;b&gt;%1&lt;/b&gt; came back the next week.</source>
        <translation>En moyenne, &lt;b&gt;%1&lt;/b&gt; sont revenus la semaine suivante.</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Tous les utilisateurs</translation>
    </message>
    <message>
        <source>There is no retention grid to export yet.</source>
        <translation>Aucune grille de rétention à exporter pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Export retention</source>
        <translation>Exporter la rétention</translation>
    </message>
    <message>
        <source>retention.csv</source>
        <translation>retention.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved reports</source>
        <translation>Rapports enregistrés</translation>
    </message>
    <message>
        <source>New report</source>
        <translation>Nouveau rapport</translation>
    </message>
    <message>
        <source>New report (none saved yet)</source>
        <translation>Nouveau rapport (aucun enregistré)</translation>
    </message>
    <message>
        <source>Open a saved retention report of this site</source>
        <translation>Ouvrir un rapport de rétention enregistré de ce site</translation>
    </message>
    <message>
        <source>Save the changes to this report</source>
        <translation>Enregistrer les modifications de ce rapport</translation>
    </message>
    <message>
        <source>Save this form as a new report</source>
        <translation>Enregistrer ces réglages comme nouveau rapport</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <source>Rename report</source>
        <translation>Renommer le rapport</translation>
    </message>
    <message>
        <source>Delete report</source>
        <translation>Supprimer le rapport</translation>
    </message>
    <message>
        <source>Delete the report “%1”? Its events stay; only the saved form goes.</source>
        <translation>Supprimer le rapport «&#xa0;%1&#xa0;»&#xa0;? Les événements sont conservés&#xa0;; seuls les réglages enregistrés disparaissent.</translation>
    </message>
    <message>
        <source>No one did %1 %2. Widen the date range in the toolbar, or choose another start event.</source>
        <extracomment>%2 is &quot;on &lt;date&gt;&quot; or &quot;between &lt;date&gt; and &lt;date&gt;&quot;.</extracomment>
        <translation>Personne n&apos;a effectué %1 %2. Élargissez la période dans la barre d&apos;outils, ou choisissez un autre événement de départ.</translation>
    </message>
    <message>
        <source>No events %1. Widen the date range in the toolbar (or the Range menu), or load the demo site from the Overview page.</source>
        <extracomment>%1 is &quot;on &lt;date&gt;&quot; or &quot;between &lt;date&gt; and &lt;date&gt;&quot;.</extracomment>
        <translation>Aucun événement %1. Élargissez la période dans la barre d&apos;outils (ou le menu Période), ou chargez le site de démo depuis la page Vue d&apos;ensemble.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; cohort memberships %2 (a user counts once per period they started in).</source>
        <extracomment>%2 is &quot;on &lt;date&gt;&quot; or &quot;between &lt;date&gt; and &lt;date&gt;&quot;.</extracomment>
        <translation>Entrées dans une cohorte %2&#xa0;: &lt;b&gt;%1&lt;/b&gt; (un utilisateur compte une fois pour chaque période où il a commencé).</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; started %2.</source>
        <extracomment>%1 is &quot;N users&quot;; %2 is &quot;on &lt;date&gt;&quot; or &quot;between &lt;date&gt; and &lt;date&gt;&quot;.</extracomment>
        <translation>Ont commencé %2&#xa0;: &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Could not list the saved reports: %1</source>
        <translation>Impossible de lister les rapports enregistrés&#xa0;: %1</translation>
    </message>
    <message>
        <source>The report&apos;s cohort no longer exists; it shows all users.</source>
        <translation>La cohorte de ce rapport n&apos;existe plus&#xa0;; il affiche désormais tous les utilisateurs.</translation>
    </message>
    <message>
        <source>Fix the form before saving it. %1</source>
        <translation>Corrigez le formulaire avant d&apos;enregistrer le rapport. %1</translation>
    </message>
</context>
<context>
    <name>pulse::ui::SavedDefinitionBar</name>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nouveau nom&#xa0;:</translation>
    </message>
</context>
<context>
    <name>pulse::ui::SecretOnceDialog</name>
    <message>
        <source>Copy it now: Pulse will not show it again.</source>
        <translation>Copiez-le maintenant : Pulse ne l’affichera plus.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>pulse::ui::SettingsFormat</name>
    <message>
        <source>Ingest</source>
        <translation>Ingestion</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Écriture</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Flux</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Reserved for authenticated ingestion; the collector itself needs only the public site key.</source>
        <translation>Réservée à l’ingestion authentifiée ; le collecteur lui-même n’a besoin que de la clé publique du site.</translation>
    </message>
    <message>
        <source>Reads stats, funnels, retention, cohorts, imports and sites.</source>
        <translation>Lit les statistiques, entonnoirs, rétention, cohortes, imports et sites.</translation>
    </message>
    <message>
        <source>Creates and changes saved reports, cohorts, imports, sites and their settings.</source>
        <translation>Crée et modifie les rapports enregistrés, cohortes, imports, sites et leurs paramètres.</translation>
    </message>
    <message>
        <source>Runs exports and manages their schedules.</source>
        <translation>Lance des exports et gère leurs planifications.</translation>
    </message>
    <message>
        <source>Follows the live stream over WebSocket.</source>
        <translation>Suit le flux en direct par WebSocket.</translation>
    </message>
    <message>
        <source>Everything above, plus managing keys and deleting sites.</source>
        <translation>Tout ce qui précède, plus la gestion des clés et la suppression de sites.</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Révoquée</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirée</translation>
    </message>
    <message>
        <source>Rotating until %1</source>
        <extracomment>The key was rotated; its old secret keeps working until the time given.</extracomment>
        <translation>Renouvellement jusqu’au %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Forever</source>
        <translation>Toujours</translation>
    </message>
    <message>
        <source>%1 a minute</source>
        <translation>%1 par minute</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Illimité</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>Identifiant utilisateur</translation>
    </message>
    <message>
        <source>Cookieless</source>
        <translation>Sans cookies</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Allowed origins</source>
        <translation>Origines autorisées</translation>
    </message>
    <message>
        <source>Keep events</source>
        <translation>Conserver les événements</translation>
    </message>
    <message>
        <source>Bot filtering</source>
        <translation>Filtrage des robots</translation>
    </message>
    <message>
        <source>Do Not Track</source>
        <translation>Do Not Track</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Visiteurs</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>Quota</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Portées</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
    <message>
        <source>Old secret works</source>
        <translation>L’ancien secret fonctionne</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A refused setting: the field&apos;s label, then what to change.</extracomment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
</context>
<context>
    <name>pulse::ui::SettingsPage</name>
    <message>
        <source>&amp;Sites</source>
        <translation>&amp;Sites</translation>
    </message>
    <message>
        <source>API &amp;keys</source>
        <translation>&amp;Clés d’API</translation>
    </message>
</context>
<context>
    <name>pulse::ui::SiteSelector</name>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Site&#xa0;:</translation>
    </message>
    <message>
        <source>No sites yet</source>
        <translation>Aucun site pour l&apos;instant</translation>
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
        <translation>Re&amp;jeter les robots et crawlers (désactivé : les stocker marqués comme robots)</translation>
    </message>
    <message>
        <source>Edit site %1</source>
        <translation>Modifier le site %1</translation>
    </message>
    <message>
        <source>Add site</source>
        <translation>Ajouter un site</translation>
    </message>
    <message>
        <source>The domain, unless you name it</source>
        <translation>Le domaine, sauf si vous le nommez</translation>
    </message>
    <message>
        <source>Origins such as https://example.com or http://localhost:3000. Empty: browsers on any origin may send events.</source>
        <translation>Des origines comme https://example.com ou http://localhost:3000. Vide : les navigateurs de toute origine peuvent envoyer des événements.</translation>
    </message>
    <message>
        <source>Forever</source>
        <translation>Toujours</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Cookieless: a daily visitor id, no cookies</source>
        <translation>Sans cookies : un identifiant de visiteur quotidien, aucun cookie</translation>
    </message>
    <message>
        <source>User id: every event must carry the app&apos;s user id</source>
        <translation>Identifiant utilisateur : chaque événement doit porter l’identifiant utilisateur de l’application</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Illimité</translation>
    </message>
    <message>
        <source> events a minute</source>
        <translation> événements par minute</translation>
    </message>
    <message>
        <source>Only browsers on these origins may send events (collector and live stream). Leave empty to accept every origin.</source>
        <translation>Seuls les navigateurs de ces origines peuvent envoyer des événements (collecteur et flux en direct). Laissez vide pour accepter toute origine.</translation>
    </message>
    <message>
        <source>A daily purge deletes older events, their sessions and quarantined events.</source>
        <translation>Une purge quotidienne supprime les événements plus anciens, leurs sessions et les événements en quarantaine.</translation>
    </message>
    <message>
        <source>&amp;Domain</source>
        <translation>&amp;Domaine</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>&amp;Fuseau horaire</translation>
    </message>
    <message>
        <source>Allowed &amp;origins</source>
        <translation>&amp;Origines autorisées</translation>
    </message>
    <message>
        <source>&amp;Keep events</source>
        <translation>Conser&amp;ver les événements</translation>
    </message>
    <message>
        <source>Bots</source>
        <translation>Robots</translation>
    </message>
    <message>
        <source>Do Not Track</source>
        <translation>Do Not Track</translation>
    </message>
    <message>
        <source>&amp;Visitors</source>
        <translation>V&amp;isiteurs</translation>
    </message>
    <message>
        <source>&amp;Quota</source>
        <translation>&amp;Quota</translation>
    </message>
    <message>
        <source>&amp;Add origin</source>
        <translation>&amp;Ajouter une origine</translation>
    </message>
    <message>
        <source>Re&amp;move origin</source>
        <translation>&amp;Retirer l’origine</translation>
    </message>
    <message>
        <source>Res&amp;pect Do Not Track: store nothing from browsers that ask not to be tracked</source>
        <translation>Res&amp;pecter Do Not Track : ne rien stocker des navigateurs qui demandent à ne pas être suivis</translation>
    </message>
</context>
<context>
    <name>pulse::ui::SitesSettingsTab</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Keep events</source>
        <translation>Conserver les événements</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Visiteurs</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>Quota</translation>
    </message>
    <message>
        <source>Allowed origins</source>
        <translation>Origines autorisées</translation>
    </message>
    <message>
        <source>&amp;Add site…</source>
        <translation>&amp;Ajouter un site…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Delete site</source>
        <translation>Supprimer le site</translation>
    </message>
    <message>
        <source>Delete site and its data</source>
        <translation>Supprimer le site et ses données</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>No sites yet. Add one to start collecting events.</source>
        <translation>Aucun site pour l’instant. Ajoutez-en un pour commencer à collecter des événements.</translation>
    </message>
    <message>
        <source>Delete the site %1 (%2)?

This deletes every event, visit and quarantined event stored for it, its saved funnels, retention reports, cohorts, alerts, webhooks and imports, and the API keys limited to it. Its site key stops working at once. This cannot be undone.</source>
        <translation>Supprimer le site %1 (%2) ?

Cela supprime tous les événements, visites et événements en quarantaine stockés pour lui, ses entonnoirs enregistrés, rapports de rétention, cohortes, alertes, webhooks et imports, ainsi que les clés d’API limitées à ce site. Sa clé de site cesse de fonctionner tout de suite. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Deleted the site %1.</source>
        <translation>Site %1 supprimé.</translation>
    </message>
</context>
<context>
    <name>pulse::ui::TimeSeriesChart</name>
    <message>
        <source>Visitors</source>
        <translation>Visiteurs</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Période précédente</translation>
    </message>
    <message>
        <source>%1
%2 visitors · %3 pageviews</source>
        <translation>%1
%2 visiteurs · %3 pages vues</translation>
    </message>
    <message>
        <source>
Previous (%1): %2 visitors</source>
        <translation>
Période précédente (%1)&#xa0;: %2 visiteurs</translation>
    </message>
    <message>
        <source>d MMM</source>
        <extracomment>Day on the time axis, as a Qt date format (d day, MMM short month name); German: &quot;d. MMM&quot;</extracomment>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>ddd d MMM, HH:mm</source>
        <extracomment>Hour in the chart&apos;s tooltip, as a Qt date format (ddd weekday, d day, MMM short month name)</extracomment>
        <translation>ddd d MMM &apos;à&apos; HH:mm</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <extracomment>Day in the chart&apos;s tooltip, as a Qt date format</extracomment>
        <translation>ddd d MMM yyyy</translation>
    </message>
</context>
<context>
    <name>pulse::ui::TrackerSnippet</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the snippet to the clipboard</source>
        <translation>Copier le script dans le presse-papiers</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>pulse::ui::WebhookEndpointDialog</name>
    <message>
        <source>Alert fired</source>
        <translation>Alerte déclenchée</translation>
    </message>
    <message>
        <source>Alert resolved</source>
        <translation>Alerte résolue</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import terminé</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Export terminé</translation>
    </message>
    <message>
        <source>Test event</source>
        <translation>Événement de test</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>&amp;Activé</translation>
    </message>
    <message>
        <source>Edit webhook</source>
        <translation>Modifier le webhook</translation>
    </message>
    <message>
        <source>Add webhook</source>
        <translation>Ajouter un webhook</translation>
    </message>
    <message>
        <source>Team chat</source>
        <translation>Discussion d’équipe</translation>
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
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>Sends</source>
        <translation>Envoie</translation>
    </message>
    <message>
        <source>Each request is signed (Standard Webhooks) with this endpoint&apos;s secret, shown once when the webhook is added.</source>
        <translation>Chaque requête est signée (Standard Webhooks) avec le secret de ce point de terminaison, affiché une seule fois à l’ajout du webhook.</translation>
    </message>
</context>
<context>
    <name>pulse::ui::WebhooksPage</name>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>Nouvel essai prévu</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Livré</translation>
    </message>
    <message>
        <source>Gave up</source>
        <translation>Abandonné</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Sends</source>
        <translation>Envoie</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>&amp;Add webhook…</source>
        <translation>&amp;Ajouter un webhook…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Rotate secret…</source>
        <translation>&amp;Renouveler le secret…</translation>
    </message>
    <message>
        <source>Send &amp;test event</source>
        <translation>Envoyer un événement de &amp;test</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En file d’attente</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Essais</translation>
    </message>
    <message>
        <source>Last answer</source>
        <translation>Dernière réponse</translation>
    </message>
    <message>
        <source>Next try</source>
        <translation>Prochain essai</translation>
    </message>
    <message>
        <source>Message id</source>
        <translation>ID du message</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Essai</translation>
    </message>
    <message>
        <source>At</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Corps de la réponse</translation>
    </message>
    <message>
        <source>Re&amp;deliver</source>
        <translation>&amp;Relivrer</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <source>Delivery log</source>
        <translation>Journal des livraisons</translation>
    </message>
    <message>
        <source>Rotate secret</source>
        <translation>Renouveler le secret</translation>
    </message>
    <message>
        <source>Make a new secret for this webhook? The old one keeps signing for 24 hours, so the receiver can switch over.</source>
        <translation>Créer un nouveau secret pour ce webhook ? L’ancien continue de signer pendant 24 heures pour que le destinataire puisse basculer.</translation>
    </message>
    <message>
        <source>Delete webhook</source>
        <translation>Supprimer le webhook</translation>
    </message>
    <message>
        <source>Delete the webhook to %1 and its delivery log?</source>
        <translation>Supprimer le webhook vers %1 et son journal des livraisons ?</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Disabled: %1</source>
        <translation>Désactivé : %1</translation>
    </message>
    <message>
        <source>No webhooks yet. Add one to have alerts, finished imports and finished exports posted to another service, signed so it can check they come from Pulse.</source>
        <translation>Aucun webhook pour l’instant. Ajoutez-en un pour envoyer les alertes, les imports et les exports terminés à un autre service, signés pour qu’il puisse vérifier qu’ils viennent de Pulse.</translation>
    </message>
    <message>
        <source>No webhooks yet.</source>
        <translation>Aucun webhook pour l’instant.</translation>
    </message>
    <message>
        <source>Select a webhook to see its deliveries.</source>
        <translation>Sélectionnez un webhook pour voir ses livraisons.</translation>
    </message>
    <message>
        <source>Deliveries to %1, newest first</source>
        <translation>Livraisons vers %1, les plus récentes d’abord</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Webhook secret</source>
        <translation>Secret du webhook</translation>
    </message>
    <message>
        <source>Test event queued; its delivery appears below.</source>
        <translation>Événement de test mis en file ; sa livraison apparaît ci-dessous.</translation>
    </message>
    <message>
        <source>Queued again; the new delivery appears at the top.</source>
        <translation>Remis en file ; la nouvelle livraison apparaît en haut.</translation>
    </message>
    <message>
        <source>The new signing secret for %1. The old one keeps signing for 24 hours.</source>
        <translation>Le nouveau secret de signature pour %1. L’ancien continue de signer pendant 24 heures.</translation>
    </message>
    <message>
        <source>The signing secret for %1. Give it to the receiver so it can verify each request (Standard Webhooks).</source>
        <translation>Le secret de signature pour %1. Donnez-le au destinataire pour qu’il puisse vérifier chaque requête (Standard Webhooks).</translation>
    </message>
</context>
<context>
    <name>pulse::ui::WorkspaceMenu</name>
    <message>
        <source>&amp;Workspace</source>
        <translation>&amp;Espace de travail</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A remote server in File &gt; Workspace: &quot;Production (https://pulse.example.com)&quot;.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Connect to a server…</source>
        <translation>Se connecter à un serveur…</translation>
    </message>
    <message>
        <source>Forget this server…</source>
        <translation>Oublier ce serveur…</translation>
    </message>
    <message>
        <source>Forget this server</source>
        <translation>Oublier ce serveur</translation>
    </message>
    <message>
        <source>Remove %1 from the Workspace menu and its key from the system keychain? The server and its data are not touched; to connect again you will need the key.</source>
        <translation>Retirer %1 du menu Espace de travail et sa clé du trousseau du système&#xa0;? Le serveur et ses données ne sont pas touchés&#xa0;; pour vous reconnecter, il vous faudra la clé.</translation>
    </message>
</context>
</TS>
