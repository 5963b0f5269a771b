<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>AreaRepository</name>
    <message>
        <source>area &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an area needs a name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseRepository</name>
    <message>
        <source>a case needs a title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the priority cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case %1 &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <source>%1
stage: %2, priority: %3, category: %4
%5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>case &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed by another member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While you were editing, another member saved a change to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep your version to save it over theirs (theirs stays in the change log), or take their version and drop your edits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their version:
%1

Your version:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take &amp;theirs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberRepository</name>
    <message>
        <source>member %1 &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a member needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the active period ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberRole</name>
    <message>
        <source>Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaraStage</name>
    <message>
        <source>Scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sector</name>
    <message>
        <source>Police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Youth work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Religious community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrant association</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>another member is saving to the workspace right now; please try again in a moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed by another member meanwhile (now at revision %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file with this name already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace file is damaged (%1). It was left untouched; restore a backup copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not write the backup copy %1 before upgrading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table %1 row %2 refers to a missing %3 record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a Proxima workspace (it is not an SQLite database file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace file is damaged (bad header)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this SQLite database was not created by Proxima and is left untouched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this workspace was saved by a newer version of Proxima (schema %1; this version knows up to %2). Please update Proxima to open it; the file is left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace file is damaged: it is shorter than its header says (it may have been cut off while copying). Restore a backup copy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>unknown stage &apos;%1&apos; (one of: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the priority must be a whole number, 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add, list, show and edit problem cases</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos; (add, list, show, set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--title is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a case id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list and add CoPmittee members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage:
  proxima-cli member list FILE [--json]
  proxima-cli member add FILE --name NAME --sector SECTOR [--organisation O]
                            [--role facilitator|member|observer] [--contact C]
Sectors: %1
Keep personal data minimal: only what the committee needs to work together.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos; (list, add)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sector: unknown sector &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--role: unknown role &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1 argument(s), got %2 (see: proxima-cli help %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: proxima-cli COMMAND [ARGUMENTS]

Proxima&apos;s command-line tool: workspaces, cases, imports, tallies, budgets and exports without the window.

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
&apos;proxima-cli help COMMAND&apos; shows a command&apos;s options. Errors go to stderr; the exit code is 0 on success, 1 when the work failed or found problems, 2 for a wrong command line.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command (see: proxima-cli help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create an empty workspace file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: proxima-cli init FILE [--name NAME]
Creates a new, empty workspace. An existing file is never overwritten.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created %1 (schema %2)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the demo workspace (the Saint-Roch neighbourhood)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: proxima-cli demo FILE
Writes the demo workspace: a fictional Belgian neighbourhood with its CoPmittee and problem cases in every SARA stage. An existing file is never overwritten.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrote the demo workspace to %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check a workspace&apos;s integrity and schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: proxima-cli check FILE
Runs SQLite&apos;s full integrity check and the foreign-key check and verifies the schema version. Exits non-zero on any problem.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: ok (schema %2)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show schema, versions, last writer and record counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: proxima-cli info FILE [--json]
Shows the schema version, the app version that last wrote the file, the last writer and the number of records of each kind.
--json prints one object: {&quot;schema_version&quot;: N, &quot;app_version&quot;: ..., &quot;last_writer&quot;: ..., &quot;counts&quot;: {&quot;cases&quot;: N, ...}}
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace:      %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:           %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App version:    %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last writer:    %1 (%2)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records:
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Community-policing problem-solving workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE and quit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>proxima::CaseEditor</name>
    <message>
        <source>Problem title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SARA stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not ranked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street, square, landmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Problem:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;riority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead &amp;officer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened o&amp;n:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last saved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to this case (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the changes made in this form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no area)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (revision %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>proxima::CaseTableModel</name>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>proxima::CasesPage</name>
    <message>
        <source>Problem cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Case...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a new problem case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is the problem?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the case &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search cases...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your changes to &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the case &quot;%1&quot;? You can undo this.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>proxima::MainWindow</name>
    <message>
        <source>Proxima workspaces (*.proxima);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Workspace...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Workspace...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;Demo Neighbourhood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language is used the next time Proxima starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Proxima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] — Proxima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated with changes saved by another member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;Pmittee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file with this name already exists; choose another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Proxima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Proxima %1&lt;/h3&gt;&lt;p&gt;A workbench for community policing: neighbourhood officers and their CoPmittee solve local problems together with the SARA method.&lt;/p&gt;&lt;p&gt;All data stays in one workspace file that the members share.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>proxima::MemberDialog</name>
    <message>
        <source>Edit member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One e-mail address or phone number (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left the committee on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep personal data minimal: record only what the committee needs to work together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>proxima::MemberTableModel</name>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active until</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>proxima::MembersPage</name>
    <message>
        <source>CoPmittee members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Member...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Member...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CoPmittee brings together the police, residents, youth workers, religious communities, people with a migration background, schools, shops and the municipality.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the member &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from the roster? Cases they lead will have no lead officer. You can undo this.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>proxima::WelcomePage</name>
    <message>
        <source>&lt;h1&gt;Proxima&lt;/h1&gt;&lt;p&gt;Solve neighbourhood safety problems together: scan, analyse, respond, assess.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New workspace...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open workspace...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the &amp;demo neighbourhood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent workspaces:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
