<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>AreaRepository</name>
    <message>
        <source>area &quot;%1&quot;</source>
        <translation>wijk &quot;%1&quot;</translation>
    </message>
    <message>
        <source>an area needs a name</source>
        <translation>een wijk heeft een naam nodig</translation>
    </message>
</context>
<context>
    <name>CaseRepository</name>
    <message>
        <source>a case needs a title</source>
        <translation>een dossier heeft een titel nodig</translation>
    </message>
    <message>
        <source>the priority cannot be negative</source>
        <translation>de prioriteit kan niet negatief zijn</translation>
    </message>
    <message>
        <source>case %1</source>
        <translation>dossier %1</translation>
    </message>
    <message>
        <source>case %1 &quot;%2&quot;</source>
        <translation>dossier %1 &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <source>%1
stage: %2, priority: %3, category: %4
%5</source>
        <translation>%1
fase: %2, prioriteit: %3, categorie: %4
%5</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>case &quot;%1&quot;</source>
        <translation>dossier &quot;%1&quot;</translation>
    </message>
    <message>
        <source>member &quot;%1&quot;</source>
        <translation>lid &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 toevoegen</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bewerken</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 verwijderen</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed by another member</source>
        <translation>Gewijzigd door een ander lid</translation>
    </message>
    <message>
        <source>While you were editing, another member saved a change to %1.</source>
        <translation>Terwijl u aan het bewerken was, heeft een ander lid een wijziging aan %1 opgeslagen.</translation>
    </message>
    <message>
        <source>Keep your version to save it over theirs (theirs stays in the change log), or take their version and drop your edits.</source>
        <translation>Behoud uw versie om ze over de andere heen op te slaan (de andere blijft in het wijzigingslogboek staan), of neem de andere versie over en laat uw wijzigingen vallen.</translation>
    </message>
    <message>
        <source>Their version:
%1

Your version:
%2</source>
        <translation>Versie van het andere lid:
%1

Uw versie:
%2</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>&amp;Mijn versie behouden</translation>
    </message>
    <message>
        <source>Take &amp;theirs</source>
        <translation>&amp;Andere versie overnemen</translation>
    </message>
</context>
<context>
    <name>MemberRepository</name>
    <message>
        <source>member %1 &quot;%2&quot;</source>
        <translation>lid %1 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>a member needs a name</source>
        <translation>een lid heeft een naam nodig</translation>
    </message>
    <message>
        <source>the active period ends before it starts</source>
        <translation>de actieve periode eindigt voordat ze begint</translation>
    </message>
    <message>
        <source>member %1</source>
        <translation>lid %1</translation>
    </message>
</context>
<context>
    <name>MemberRole</name>
    <message>
        <source>Facilitator</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Lid</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Waarnemer</translation>
    </message>
</context>
<context>
    <name>SaraStage</name>
    <message>
        <source>Scan</source>
        <translation>Scannen</translation>
    </message>
    <message>
        <source>Analyse</source>
        <translation>Analyseren</translation>
    </message>
    <message>
        <source>Respond</source>
        <translation>Reageren</translation>
    </message>
    <message>
        <source>Assess</source>
        <translation>Evalueren</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Afgesloten</translation>
    </message>
</context>
<context>
    <name>Sector</name>
    <message>
        <source>Police</source>
        <translation>Politie</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>Bewoner</translation>
    </message>
    <message>
        <source>Youth work</source>
        <translation>Jeugdwerk</translation>
    </message>
    <message>
        <source>Religious community</source>
        <translation>Geloofsgemeenschap</translation>
    </message>
    <message>
        <source>Migrant association</source>
        <translation>Migrantenvereniging</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Handel</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Social services</source>
        <translation>Sociale diensten</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>another member is saving to the workspace right now; please try again in a moment</source>
        <translation>een ander lid slaat op dit moment iets op in de werkruimte; probeer het zo meteen opnieuw</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 mislukt: %2</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 bestaat niet</translation>
    </message>
    <message>
        <source>%1 was changed by another member meanwhile (now at revision %2)</source>
        <translation>%1 werd intussen door een ander lid gewijzigd (nu op revisie %2)</translation>
    </message>
    <message>
        <source>a file with this name already exists</source>
        <translation>er bestaat al een bestand met deze naam</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>de map bestaat niet</translation>
    </message>
    <message>
        <source>the workspace file is damaged (%1). It was left untouched; restore a backup copy.</source>
        <translation>het werkruimtebestand is beschadigd (%1). Het werd niet gewijzigd; zet een reservekopie terug.</translation>
    </message>
    <message>
        <source>could not write the backup copy %1 before upgrading</source>
        <translation>kon de reservekopie %1 niet schrijven vóór de upgrade</translation>
    </message>
    <message>
        <source>table %1 row %2 refers to a missing %3 record</source>
        <translation>rij %2 van tabel %1 verwijst naar een ontbrekend %3-record</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>het bestand bestaat niet</translation>
    </message>
    <message>
        <source>the file cannot be read: %1</source>
        <translation>het bestand kan niet gelezen worden: %1</translation>
    </message>
    <message>
        <source>this is not a Proxima workspace (it is not an SQLite database file)</source>
        <translation>dit is geen Proxima-werkruimte (het is geen SQLite-databasebestand)</translation>
    </message>
    <message>
        <source>the workspace file is damaged (bad header)</source>
        <translation>het werkruimtebestand is beschadigd (ongeldige header)</translation>
    </message>
    <message>
        <source>this SQLite database was not created by Proxima and is left untouched</source>
        <translation>deze SQLite-database werd niet door Proxima aangemaakt en blijft ongewijzigd</translation>
    </message>
    <message>
        <source>this workspace was saved by a newer version of Proxima (schema %1; this version knows up to %2). Please update Proxima to open it; the file is left untouched.</source>
        <translation>deze werkruimte werd opgeslagen met een nieuwere versie van Proxima (schema %1; deze versie kent schema&apos;s tot en met %2). Werk Proxima bij om ze te openen; het bestand blijft ongewijzigd.</translation>
    </message>
    <message>
        <source>the workspace file is damaged: it is shorter than its header says (it may have been cut off while copying). Restore a backup copy.</source>
        <translation>het werkruimtebestand is beschadigd: het is korter dan de header aangeeft (het werd misschien afgebroken tijdens het kopiëren). Zet een reservekopie terug.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>unknown stage &apos;%1&apos; (one of: %2)</source>
        <translation>onbekende fase &apos;%1&apos; (een van: %2)</translation>
    </message>
    <message>
        <source>the priority must be a whole number, 0 or more</source>
        <translation>de prioriteit moet een geheel getal zijn, 0 of meer</translation>
    </message>
    <message>
        <source>add, list, show and edit problem cases</source>
        <translation>probleemdossiers toevoegen, oplijsten, tonen en bewerken</translation>
    </message>
    <message>
        <source>usage:
  proxima-cli case add FILE --title TEXT [--stage STAGE] [--area AREA] [--category C]
                          [--location L] [--description D] [--priority N]
      Adds a case and prints its id. An unknown area is created.
  proxima-cli case list FILE [--json]
      Lists the cases by priority (1 = highest, 0 = not ranked).
      JSON: an array of objects with id, title, stage, priority, category, area, ...
  proxima-cli case show FILE ID [--json]
  proxima-cli case set FILE ID [--title ...] [--stage ...] [--area ...] ...
      Edits a case (recorded in the change log like an edit in the app).
Stages: %1
</source>
        <translation>gebruik:
  proxima-cli case add FILE --title TEXT [--stage STAGE] [--area AREA] [--category C]
                          [--location L] [--description D] [--priority N]
      Voegt een dossier toe en toont het id ervan. Een onbekende wijk wordt aangemaakt.
  proxima-cli case list FILE [--json]
      Toont de dossiers volgens prioriteit (1 = hoogste, 0 = niet gerangschikt).
      JSON: een array van objecten met id, title, stage, priority, category, area, ...
  proxima-cli case show FILE ID [--json]
  proxima-cli case set FILE ID [--title ...] [--stage ...] [--area ...] ...
      Bewerkt een dossier (vastgelegd in het wijzigingslogboek, net als een bewerking in de app).
Fasen: %1
</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos; (add, list, show, set)</source>
        <translation>onbekende actie &apos;%1&apos; (add, list, show, set)</translation>
    </message>
    <message>
        <source>--title is required</source>
        <translation>--title is verplicht</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Prio</source>
        <translation>Prio</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a case id</source>
        <translation>&apos;%1&apos; is geen dossier-id</translation>
    </message>
    <message>
        <source>list and add CoPmittee members</source>
        <translation>leden van het CoPmittee oplijsten en toevoegen</translation>
    </message>
    <message>
        <source>usage:
  proxima-cli member list FILE [--json]
  proxima-cli member add FILE --name NAME --sector SECTOR [--organisation O]
                            [--role facilitator|member|observer] [--contact C]
Sectors: %1
Keep personal data minimal: only what the committee needs to work together.
</source>
        <translation>gebruik:
  proxima-cli member list FILE [--json]
  proxima-cli member add FILE --name NAME --sector SECTOR [--organisation O]
                            [--role facilitator|member|observer] [--contact C]
Sectoren: %1
Beperk persoonsgegevens tot het minimum: enkel wat het comité nodig heeft om samen te werken.
</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos; (list, add)</source>
        <translation>onbekende actie &apos;%1&apos; (list, add)</translation>
    </message>
    <message>
        <source>--sector: unknown sector &apos;%1&apos;</source>
        <translation>--sector: onbekende sector &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--role: unknown role &apos;%1&apos;</source>
        <translation>--role: onbekende rol &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected %1 argument(s), got %2 (see: proxima-cli help %3)</source>
        <translation>%1 argument(en) verwacht, %2 gekregen (zie: proxima-cli help %3)</translation>
    </message>
    <message>
        <source>usage: proxima-cli COMMAND [ARGUMENTS]

Proxima&apos;s command-line tool: workspaces, cases, imports, tallies, budgets and exports without the window.

Commands:
</source>
        <translation>gebruik: proxima-cli COMMAND [ARGUMENTS]

Het opdrachtregelprogramma van Proxima: werkruimten, dossiers, imports, tellingen, budgetten en exports zonder het venster.

Opdrachten:
</translation>
    </message>
    <message>
        <source>
&apos;proxima-cli help COMMAND&apos; shows a command&apos;s options. Errors go to stderr; the exit code is 0 on success, 1 when the work failed or found problems, 2 for a wrong command line.
</source>
        <translation>
&apos;proxima-cli help COMMAND&apos; toont de opties van een opdracht. Fouten gaan naar stderr; de afsluitcode is 0 bij succes, 1 als het werk mislukte of problemen vond, 2 bij een foute opdrachtregel.
</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>onbekende opdracht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown command (see: proxima-cli help)</source>
        <translation>onbekende opdracht (zie: proxima-cli help)</translation>
    </message>
    <message>
        <source>create an empty workspace file</source>
        <translation>een leeg werkruimtebestand aanmaken</translation>
    </message>
    <message>
        <source>usage: proxima-cli init FILE [--name NAME]
Creates a new, empty workspace. An existing file is never overwritten.
</source>
        <translation>gebruik: proxima-cli init FILE [--name NAME]
Maakt een nieuwe, lege werkruimte aan. Een bestaand bestand wordt nooit overschreven.
</translation>
    </message>
    <message>
        <source>created %1 (schema %2)
</source>
        <translation>%1 aangemaakt (schema %2)
</translation>
    </message>
    <message>
        <source>write the demo workspace (the Saint-Roch neighbourhood)</source>
        <translation>de demowerkruimte schrijven (de wijk Saint-Roch)</translation>
    </message>
    <message>
        <source>usage: proxima-cli demo FILE
Writes the demo workspace: a fictional Belgian neighbourhood with its CoPmittee and problem cases in every SARA stage. An existing file is never overwritten.
</source>
        <translation>gebruik: proxima-cli demo FILE
Schrijft de demowerkruimte: een fictieve Belgische wijk met haar CoPmittee en probleemdossiers in elke SARA-fase. Een bestaand bestand wordt nooit overschreven.
</translation>
    </message>
    <message>
        <source>wrote the demo workspace to %1
</source>
        <translation>demowerkruimte geschreven naar %1
</translation>
    </message>
    <message>
        <source>check a workspace&apos;s integrity and schema</source>
        <translation>de integriteit en het schema van een werkruimte controleren</translation>
    </message>
    <message>
        <source>usage: proxima-cli check FILE
Runs SQLite&apos;s full integrity check and the foreign-key check and verifies the schema version. Exits non-zero on any problem.
</source>
        <translation>gebruik: proxima-cli check FILE
Voert de volledige integriteitscontrole en de foreign-key-controle van SQLite uit en controleert de schemaversie. Eindigt met een code verschillend van nul bij elk probleem.
</translation>
    </message>
    <message>
        <source>%1: ok (schema %2)
</source>
        <translation>%1: ok (schema %2)
</translation>
    </message>
    <message>
        <source>show schema, versions, last writer and record counts</source>
        <translation>schema, versies, laatste schrijver en aantallen records tonen</translation>
    </message>
    <message>
        <source>usage: proxima-cli info FILE [--json]
Shows the schema version, the app version that last wrote the file, the last writer and the number of records of each kind.
--json prints one object: {&quot;schema_version&quot;: N, &quot;app_version&quot;: ..., &quot;last_writer&quot;: ..., &quot;counts&quot;: {&quot;cases&quot;: N, ...}}
</source>
        <translation>gebruik: proxima-cli info FILE [--json]
Toont de schemaversie, de versie van de app die het bestand het laatst schreef, de laatste schrijver en het aantal records van elke soort.
--json drukt één object af: {&quot;schema_version&quot;: N, &quot;app_version&quot;: ..., &quot;last_writer&quot;: ..., &quot;counts&quot;: {&quot;cases&quot;: N, ...}}
</translation>
    </message>
    <message>
        <source>Workspace:      %1
</source>
        <translation>Werkruimte:        %1
</translation>
    </message>
    <message>
        <source>File:           %1
</source>
        <translation>Bestand:           %1
</translation>
    </message>
    <message>
        <source>Schema version: %1
</source>
        <translation>Schemaversie:      %1
</translation>
    </message>
    <message>
        <source>App version:    %1
</source>
        <translation>App-versie:        %1
</translation>
    </message>
    <message>
        <source>Last writer:    %1 (%2)
</source>
        <translation>Laatste schrijver: %1 (%2)
</translation>
    </message>
    <message>
        <source>Records:
</source>
        <translation>Records:
</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Community-policing problem-solving workbench</source>
        <translation>Werkbank voor probleemoplossing in de gemeenschapsgerichte politiezorg</translation>
    </message>
    <message>
        <source>The workspace file to open.</source>
        <translation>Het werkruimtebestand dat geopend moet worden.</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE and quit.</source>
        <translation>Een afbeelding van het venster opslaan in FILE en afsluiten.</translation>
    </message>
</context>
<context>
    <name>proxima::CaseEditor</name>
    <message>
        <source>Problem title</source>
        <translation>Titel van het probleem</translation>
    </message>
    <message>
        <source>SARA stage</source>
        <translation>SARA-fase</translation>
    </message>
    <message>
        <source>not ranked</source>
        <translation>niet gerangschikt</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioriteit</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Wijk</translation>
    </message>
    <message>
        <source>Street, square, landmark</source>
        <translation>Straat, plein, herkenningspunt</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>Lead officer</source>
        <translation>Trekker</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Geopend op</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <source>&amp;Problem:</source>
        <translation>&amp;Probleem:</translation>
    </message>
    <message>
        <source>S&amp;tage:</source>
        <translation>Fa&amp;se:</translation>
    </message>
    <message>
        <source>P&amp;riority:</source>
        <translation>P&amp;rioriteit:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Categorie:</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>Wij&amp;k:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Locatie:</translation>
    </message>
    <message>
        <source>Lead &amp;officer:</source>
        <translation>&amp;Trekker:</translation>
    </message>
    <message>
        <source>Opened o&amp;n:</source>
        <translation>Geopend o&amp;p:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Beschrij&amp;ving:</translation>
    </message>
    <message>
        <source>Last saved:</source>
        <translation>Laatst opgeslagen:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>Save the changes to this case (Ctrl+S)</source>
        <translation>De wijzigingen aan dit dossier opslaan (Ctrl+S)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Herstellen</translation>
    </message>
    <message>
        <source>Discard the changes made in this form</source>
        <translation>De wijzigingen in dit formulier ongedaan maken</translation>
    </message>
    <message>
        <source>(no area)</source>
        <translation>(geen wijk)</translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation>(nog niemand)</translation>
    </message>
    <message>
        <source>%1 (revision %2)</source>
        <translation>%1 (revisie %2)</translation>
    </message>
</context>
<context>
    <name>proxima::CaseTableModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioriteit</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Wijk</translation>
    </message>
    <message>
        <source>Lead officer</source>
        <translation>Trekker</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Geopend</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Bijgewerkt</translation>
    </message>
</context>
<context>
    <name>proxima::CasesPage</name>
    <message>
        <source>Problem cases</source>
        <translation>Probleemdossiers</translation>
    </message>
    <message>
        <source>&amp;New Case...</source>
        <translation>&amp;Nieuw dossier...</translation>
    </message>
    <message>
        <source>Add a new problem case</source>
        <translation>Een nieuw probleemdossier toevoegen</translation>
    </message>
    <message>
        <source>&amp;Delete Case</source>
        <translation>Dossier &amp;verwijderen</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Nieuw dossier</translation>
    </message>
    <message>
        <source>What is the problem?</source>
        <translation>Wat is het probleem?</translation>
    </message>
    <message>
        <source>the case &quot;%1&quot;</source>
        <translation>het dossier &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Search cases...</source>
        <translation>Dossiers zoeken...</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Dossiers zoeken</translation>
    </message>
    <message>
        <source>Filter by stage</source>
        <translation>Filteren op fase</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Alle fasen</translation>
    </message>
    <message>
        <source>Filter by category</source>
        <translation>Filteren op categorie</translation>
    </message>
    <message>
        <source>Filter by area</source>
        <translation>Filteren op wijk</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Fase:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Categorie:</translation>
    </message>
    <message>
        <source>Area:</source>
        <translation>Wijk:</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle categorieën</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Alle wijken</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <source>Save your changes to &quot;%1&quot;?</source>
        <translation>Uw wijzigingen aan &quot;%1&quot; opslaan?</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Opslaan niet mogelijk</translation>
    </message>
    <message>
        <source>Delete case</source>
        <translation>Dossier verwijderen</translation>
    </message>
    <message>
        <source>Delete the case &quot;%1&quot;? You can undo this.</source>
        <translation>Het dossier &quot;%1&quot; verwijderen? U kunt dit ongedaan maken.</translation>
    </message>
</context>
<context>
    <name>proxima::MainWindow</name>
    <message>
        <source>Proxima workspaces (*.proxima);;All files (*)</source>
        <translation>Proxima-werkruimten (*.proxima);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Gereed</translation>
    </message>
    <message>
        <source>&amp;Save Changes</source>
        <translation>Wijzigingen op&amp;slaan</translation>
    </message>
    <message>
        <source>&amp;Close Workspace</source>
        <translation>Werkruimte s&amp;luiten</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;New Workspace...</source>
        <translation>&amp;Nieuwe werkruimte...</translation>
    </message>
    <message>
        <source>&amp;Open Workspace...</source>
        <translation>&amp;Werkruimte openen...</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <source>Open the &amp;Demo Neighbourhood</source>
        <translation>&amp;Demowijk openen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Op&amp;nieuw</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>Systeemstandaard</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>The new language is used the next time Proxima starts.</source>
        <translation>De nieuwe taal wordt gebruikt wanneer Proxima de volgende keer start.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Proxima</source>
        <translation>&amp;Over Proxima</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Over &amp;Qt</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Lijst &amp;wissen</translation>
    </message>
    <message>
        <source>%1[*] — Proxima</source>
        <translation>%1[*] — Proxima</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Ongedaan maken: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>Op&amp;nieuw: %1</translation>
    </message>
    <message>
        <source>Updated with changes saved by another member</source>
        <translation>Bijgewerkt met wijzigingen die een ander lid heeft opgeslagen</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>D&amp;ossiers</translation>
    </message>
    <message>
        <source>Co&amp;Pmittee</source>
        <translation>Co&amp;Pmittee</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geopend</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Nieuwe werkruimte</translation>
    </message>
    <message>
        <source>a file with this name already exists; choose another name</source>
        <translation>er bestaat al een bestand met deze naam; kies een andere naam</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Werkruimte openen</translation>
    </message>
    <message>
        <source>Proxima</source>
        <translation>Proxima</translation>
    </message>
    <message>
        <source>About Proxima</source>
        <translation>Over Proxima</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Proxima %1&lt;/h3&gt;&lt;p&gt;A workbench for community policing: neighbourhood officers and their CoPmittee solve local problems together with the SARA method.&lt;/p&gt;&lt;p&gt;All data stays in one workspace file that the members share.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Proxima %1&lt;/h3&gt;&lt;p&gt;Een werkbank voor gemeenschapsgerichte politiezorg: wijkagenten en hun CoPmittee lossen samen lokale problemen op met de SARA-methode.&lt;/p&gt;&lt;p&gt;Alle gegevens blijven in één werkruimtebestand dat de leden delen.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>proxima::MemberDialog</name>
    <message>
        <source>Edit member</source>
        <translation>Lid bewerken</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>Nieuw lid</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>One e-mail address or phone number (optional)</source>
        <translation>Eén e-mailadres of telefoonnummer (optioneel)</translation>
    </message>
    <message>
        <source>Active from</source>
        <translation>Actief vanaf</translation>
    </message>
    <message>
        <source>Left the committee on</source>
        <translation>Heeft het comité verlaten op</translation>
    </message>
    <message>
        <source>Active until</source>
        <translation>Actief tot</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisatie:</translation>
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation>&amp;Sector:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;Contact:</translation>
    </message>
    <message>
        <source>Active &amp;from:</source>
        <translation>Actief &amp;vanaf:</translation>
    </message>
    <message>
        <source>Keep personal data minimal: record only what the committee needs to work together.</source>
        <translation>Beperk persoonsgegevens tot het minimum: leg enkel vast wat het comité nodig heeft om samen te werken.</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Opslaan niet mogelijk</translation>
    </message>
</context>
<context>
    <name>proxima::MemberTableModel</name>
    <message>
        <source>active</source>
        <translation>actief</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Active from</source>
        <translation>Actief vanaf</translation>
    </message>
    <message>
        <source>Active until</source>
        <translation>Actief tot</translation>
    </message>
</context>
<context>
    <name>proxima::MembersPage</name>
    <message>
        <source>CoPmittee members</source>
        <translation>Leden van het CoPmittee</translation>
    </message>
    <message>
        <source>&amp;Add Member...</source>
        <translation>Lid &amp;toevoegen...</translation>
    </message>
    <message>
        <source>&amp;Edit Member...</source>
        <translation>Lid &amp;bewerken...</translation>
    </message>
    <message>
        <source>&amp;Remove Member</source>
        <translation>Lid &amp;verwijderen</translation>
    </message>
    <message>
        <source>The CoPmittee brings together the police, residents, youth workers, religious communities, people with a migration background, schools, shops and the municipality.</source>
        <translation>Het CoPmittee brengt de politie, bewoners, jeugdwerkers, geloofsgemeenschappen, mensen met een migratieachtergrond, scholen, handelaars en de gemeente samen.</translation>
    </message>
    <message>
        <source>the member &quot;%1&quot;</source>
        <translation>het lid &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Lid verwijderen</translation>
    </message>
    <message>
        <source>Remove %1 from the roster? Cases they lead will have no lead officer. You can undo this.</source>
        <translation>%1 van de ledenlijst verwijderen? Dossiers waarvan dit lid trekker is, hebben dan geen trekker meer. U kunt dit ongedaan maken.</translation>
    </message>
</context>
<context>
    <name>proxima::WelcomePage</name>
    <message>
        <source>&lt;h1&gt;Proxima&lt;/h1&gt;&lt;p&gt;Solve neighbourhood safety problems together: scan, analyse, respond, assess.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;Proxima&lt;/h1&gt;&lt;p&gt;Los samen veiligheidsproblemen in de wijk op: scannen, analyseren, reageren, evalueren.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;New workspace...</source>
        <translation>&amp;Nieuwe werkruimte...</translation>
    </message>
    <message>
        <source>&amp;Open workspace...</source>
        <translation>&amp;Werkruimte openen...</translation>
    </message>
    <message>
        <source>Try the &amp;demo neighbourhood</source>
        <translation>&amp;Demowijk uitproberen</translation>
    </message>
    <message>
        <source>Recent workspaces</source>
        <translation>Recente werkruimten</translation>
    </message>
    <message>
        <source>Recent workspaces:</source>
        <translation>Recente werkruimten:</translation>
    </message>
</context>
</TS>
