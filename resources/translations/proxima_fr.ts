<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AreaRepository</name>
    <message>
        <source>area &quot;%1&quot;</source>
        <translation>quartier « %1 »</translation>
    </message>
    <message>
        <source>an area needs a name</source>
        <translation>un quartier doit avoir un nom</translation>
    </message>
</context>
<context>
    <name>CaseRepository</name>
    <message>
        <source>a case needs a title</source>
        <translation>un dossier doit avoir un titre</translation>
    </message>
    <message>
        <source>the priority cannot be negative</source>
        <translation>la priorité ne peut pas être négative</translation>
    </message>
    <message>
        <source>case %1</source>
        <translation>dossier %1</translation>
    </message>
    <message>
        <source>case %1 &quot;%2&quot;</source>
        <translation>dossier %1 « %2 »</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <source>%1
stage: %2, priority: %3, category: %4
%5</source>
        <translation>%1
étape : %2, priorité : %3, catégorie : %4
%5</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>case &quot;%1&quot;</source>
        <translation>du dossier « %1 »</translation>
    </message>
    <message>
        <source>member &quot;%1&quot;</source>
        <translation>du membre « %1 »</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Ajout %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modification %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Suppression %1</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed by another member</source>
        <translation>Modifié par un autre membre</translation>
    </message>
    <message>
        <source>While you were editing, another member saved a change to %1.</source>
        <translation>Pendant que vous faisiez vos modifications, un autre membre a enregistré une modification de %1.</translation>
    </message>
    <message>
        <source>Keep your version to save it over theirs (theirs stays in the change log), or take their version and drop your edits.</source>
        <translation>Gardez votre version pour l&apos;enregistrer par-dessus l&apos;autre (celle-ci reste dans l&apos;historique des modifications), ou prenez l&apos;autre version et abandonnez vos modifications.</translation>
    </message>
    <message>
        <source>Their version:
%1

Your version:
%2</source>
        <translation>Version de l&apos;autre membre :
%1

Votre version :
%2</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Garder &amp;ma version</translation>
    </message>
    <message>
        <source>Take &amp;theirs</source>
        <translation>Prendre l&apos;&amp;autre version</translation>
    </message>
</context>
<context>
    <name>MemberRepository</name>
    <message>
        <source>member %1 &quot;%2&quot;</source>
        <translation>membre %1 « %2 »</translation>
    </message>
    <message>
        <source>a member needs a name</source>
        <translation>un membre doit avoir un nom</translation>
    </message>
    <message>
        <source>the active period ends before it starts</source>
        <translation>la période d&apos;activité se termine avant de commencer</translation>
    </message>
    <message>
        <source>member %1</source>
        <translation>membre %1</translation>
    </message>
</context>
<context>
    <name>MemberRole</name>
    <message>
        <source>Facilitator</source>
        <translation>Facilitateur</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Observateur</translation>
    </message>
</context>
<context>
    <name>SaraStage</name>
    <message>
        <source>Scan</source>
        <translation>Repérage</translation>
    </message>
    <message>
        <source>Analyse</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>Respond</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Assess</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturé</translation>
    </message>
</context>
<context>
    <name>Sector</name>
    <message>
        <source>Police</source>
        <translation>Police</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>Habitant</translation>
    </message>
    <message>
        <source>Youth work</source>
        <translation>Travail de jeunesse</translation>
    </message>
    <message>
        <source>Religious community</source>
        <translation>Communauté religieuse</translation>
    </message>
    <message>
        <source>Migrant association</source>
        <translation>Association de migrants</translation>
    </message>
    <message>
        <source>School</source>
        <translation>École</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Commerce</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Social services</source>
        <translation>Services sociaux</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>another member is saving to the workspace right now; please try again in a moment</source>
        <translation>un autre membre est en train d&apos;enregistrer dans l&apos;espace de travail ; veuillez réessayer dans un instant</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 a échoué : %2</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>%1 was changed by another member meanwhile (now at revision %2)</source>
        <translation>%1 a été modifié entre-temps par un autre membre (révision actuelle : %2)</translation>
    </message>
    <message>
        <source>a file with this name already exists</source>
        <translation>un fichier portant ce nom existe déjà</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>le dossier n&apos;existe pas</translation>
    </message>
    <message>
        <source>the workspace file is damaged (%1). It was left untouched; restore a backup copy.</source>
        <translation>le fichier de l&apos;espace de travail est endommagé (%1). Il n&apos;a pas été modifié ; restaurez une copie de sauvegarde.</translation>
    </message>
    <message>
        <source>could not write the backup copy %1 before upgrading</source>
        <translation>impossible d&apos;écrire la copie de sauvegarde %1 avant la mise à niveau</translation>
    </message>
    <message>
        <source>table %1 row %2 refers to a missing %3 record</source>
        <translation>la ligne %2 de la table %1 renvoie à un enregistrement %3 manquant</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>le fichier n&apos;existe pas</translation>
    </message>
    <message>
        <source>the file cannot be read: %1</source>
        <translation>le fichier ne peut pas être lu : %1</translation>
    </message>
    <message>
        <source>this is not a Proxima workspace (it is not an SQLite database file)</source>
        <translation>ceci n&apos;est pas un espace de travail Proxima (ce n&apos;est pas un fichier de base de données SQLite)</translation>
    </message>
    <message>
        <source>the workspace file is damaged (bad header)</source>
        <translation>le fichier de l&apos;espace de travail est endommagé (en-tête invalide)</translation>
    </message>
    <message>
        <source>this SQLite database was not created by Proxima and is left untouched</source>
        <translation>cette base de données SQLite n&apos;a pas été créée par Proxima et n&apos;est pas modifiée</translation>
    </message>
    <message>
        <source>this workspace was saved by a newer version of Proxima (schema %1; this version knows up to %2). Please update Proxima to open it; the file is left untouched.</source>
        <translation>cet espace de travail a été enregistré par une version plus récente de Proxima (schéma %1 ; cette version connaît au plus le schéma %2). Veuillez mettre Proxima à jour pour l&apos;ouvrir ; le fichier n&apos;est pas modifié.</translation>
    </message>
    <message>
        <source>the workspace file is damaged: it is shorter than its header says (it may have been cut off while copying). Restore a backup copy.</source>
        <translation>le fichier de l&apos;espace de travail est endommagé : il est plus court que ce qu&apos;indique son en-tête (il a peut-être été tronqué lors d&apos;une copie). Restaurez une copie de sauvegarde.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>unknown stage &apos;%1&apos; (one of: %2)</source>
        <translation>étape inconnue &apos;%1&apos; (valeurs possibles : %2)</translation>
    </message>
    <message>
        <source>the priority must be a whole number, 0 or more</source>
        <translation>la priorité doit être un nombre entier, 0 ou plus</translation>
    </message>
    <message>
        <source>add, list, show and edit problem cases</source>
        <translation>ajouter, lister, afficher et modifier les dossiers de problèmes</translation>
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
        <translation>utilisation :
  proxima-cli case add FILE --title TEXT [--stage STAGE] [--area AREA] [--category C]
                          [--location L] [--description D] [--priority N]
      Ajoute un dossier et affiche son identifiant. Un quartier inconnu est créé.
  proxima-cli case list FILE [--json]
      Liste les dossiers par priorité (1 = la plus haute, 0 = non classé).
      JSON : un tableau d&apos;objets avec id, title, stage, priority, category, area, ...
  proxima-cli case show FILE ID [--json]
  proxima-cli case set FILE ID [--title ...] [--stage ...] [--area ...] ...
      Modifie un dossier (consigné dans l&apos;historique des modifications comme une modification dans l&apos;application).
Étapes : %1
</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos; (add, list, show, set)</source>
        <translation>action inconnue &apos;%1&apos; (add, list, show, set)</translation>
    </message>
    <message>
        <source>--title is required</source>
        <translation>--title est obligatoire</translation>
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
        <translation>Étape</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a case id</source>
        <translation>&apos;%1&apos; n&apos;est pas un identifiant de dossier</translation>
    </message>
    <message>
        <source>list and add CoPmittee members</source>
        <translation>lister et ajouter les membres du CoPmittee</translation>
    </message>
    <message>
        <source>usage:
  proxima-cli member list FILE [--json]
  proxima-cli member add FILE --name NAME --sector SECTOR [--organisation O]
                            [--role facilitator|member|observer] [--contact C]
Sectors: %1
Keep personal data minimal: only what the committee needs to work together.
</source>
        <translation>utilisation :
  proxima-cli member list FILE [--json]
  proxima-cli member add FILE --name NAME --sector SECTOR [--organisation O]
                            [--role facilitator|member|observer] [--contact C]
Secteurs : %1
Limitez les données personnelles au strict minimum : uniquement ce dont le comité a besoin pour travailler ensemble.
</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos; (list, add)</source>
        <translation>action inconnue &apos;%1&apos; (list, add)</translation>
    </message>
    <message>
        <source>--sector: unknown sector &apos;%1&apos;</source>
        <translation>--sector : secteur inconnu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--role: unknown role &apos;%1&apos;</source>
        <translation>--role : rôle inconnu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected %1 argument(s), got %2 (see: proxima-cli help %3)</source>
        <translation>%1 argument(s) attendu(s), %2 reçu(s) (voir : proxima-cli help %3)</translation>
    </message>
    <message>
        <source>usage: proxima-cli COMMAND [ARGUMENTS]

Proxima&apos;s command-line tool: workspaces, cases, imports, tallies, budgets and exports without the window.

Commands:
</source>
        <translation>utilisation : proxima-cli COMMAND [ARGUMENTS]

L&apos;outil en ligne de commande de Proxima : espaces de travail, dossiers, importations, décomptes, budgets et exportations sans passer par la fenêtre.

Commandes :
</translation>
    </message>
    <message>
        <source>
&apos;proxima-cli help COMMAND&apos; shows a command&apos;s options. Errors go to stderr; the exit code is 0 on success, 1 when the work failed or found problems, 2 for a wrong command line.
</source>
        <translation>
&apos;proxima-cli help COMMAND&apos; affiche les options d&apos;une commande. Les erreurs sont écrites sur stderr ; le code de sortie vaut 0 en cas de succès, 1 si le travail a échoué ou a détecté des problèmes, 2 si la ligne de commande est incorrecte.
</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>commande inconnue &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown command (see: proxima-cli help)</source>
        <translation>commande inconnue (voir : proxima-cli help)</translation>
    </message>
    <message>
        <source>create an empty workspace file</source>
        <translation>créer un fichier d&apos;espace de travail vide</translation>
    </message>
    <message>
        <source>usage: proxima-cli init FILE [--name NAME]
Creates a new, empty workspace. An existing file is never overwritten.
</source>
        <translation>utilisation : proxima-cli init FILE [--name NAME]
Crée un nouvel espace de travail vide. Un fichier existant n&apos;est jamais écrasé.
</translation>
    </message>
    <message>
        <source>created %1 (schema %2)
</source>
        <translation>%1 créé (schéma %2)
</translation>
    </message>
    <message>
        <source>write the demo workspace (the Saint-Roch neighbourhood)</source>
        <translation>écrire l&apos;espace de travail de démonstration (le quartier Saint-Roch)</translation>
    </message>
    <message>
        <source>usage: proxima-cli demo FILE
Writes the demo workspace: a fictional Belgian neighbourhood with its CoPmittee and problem cases in every SARA stage. An existing file is never overwritten.
</source>
        <translation>utilisation : proxima-cli demo FILE
Écrit l&apos;espace de travail de démonstration : un quartier belge fictif avec son CoPmittee et des dossiers de problèmes à chaque étape SARA. Un fichier existant n&apos;est jamais écrasé.
</translation>
    </message>
    <message>
        <source>wrote the demo workspace to %1
</source>
        <translation>espace de travail de démonstration écrit dans %1
</translation>
    </message>
    <message>
        <source>check a workspace&apos;s integrity and schema</source>
        <translation>vérifier l&apos;intégrité et le schéma d&apos;un espace de travail</translation>
    </message>
    <message>
        <source>usage: proxima-cli check FILE
Runs SQLite&apos;s full integrity check and the foreign-key check and verifies the schema version. Exits non-zero on any problem.
</source>
        <translation>utilisation : proxima-cli check FILE
Exécute la vérification d&apos;intégrité complète de SQLite et la vérification des clés étrangères, et contrôle la version du schéma. Se termine avec un code non nul au moindre problème.
</translation>
    </message>
    <message>
        <source>%1: ok (schema %2)
</source>
        <translation>%1 : ok (schéma %2)
</translation>
    </message>
    <message>
        <source>show schema, versions, last writer and record counts</source>
        <translation>afficher le schéma, les versions, le dernier auteur et le nombre d&apos;enregistrements</translation>
    </message>
    <message>
        <source>usage: proxima-cli info FILE [--json]
Shows the schema version, the app version that last wrote the file, the last writer and the number of records of each kind.
--json prints one object: {&quot;schema_version&quot;: N, &quot;app_version&quot;: ..., &quot;last_writer&quot;: ..., &quot;counts&quot;: {&quot;cases&quot;: N, ...}}
</source>
        <translation>utilisation : proxima-cli info FILE [--json]
Affiche la version du schéma, la version de l&apos;application qui a écrit le fichier en dernier, le dernier auteur et le nombre d&apos;enregistrements de chaque type.
--json affiche un seul objet : {&quot;schema_version&quot;: N, &quot;app_version&quot;: ..., &quot;last_writer&quot;: ..., &quot;counts&quot;: {&quot;cases&quot;: N, ...}}
</translation>
    </message>
    <message>
        <source>Workspace:      %1
</source>
        <translation>Espace de travail :   %1
</translation>
    </message>
    <message>
        <source>File:           %1
</source>
        <translation>Fichier :             %1
</translation>
    </message>
    <message>
        <source>Schema version: %1
</source>
        <translation>Version du schéma :   %1
</translation>
    </message>
    <message>
        <source>App version:    %1
</source>
        <translation>Version de l&apos;app :    %1
</translation>
    </message>
    <message>
        <source>Last writer:    %1 (%2)
</source>
        <translation>Dernier auteur :      %1 (%2)
</translation>
    </message>
    <message>
        <source>Records:
</source>
        <translation>Enregistrements :
</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Community-policing problem-solving workbench</source>
        <translation>Atelier de résolution de problèmes pour la police de proximité</translation>
    </message>
    <message>
        <source>The workspace file to open.</source>
        <translation>Le fichier d&apos;espace de travail à ouvrir.</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE and quit.</source>
        <translation>Enregistrer une image de la fenêtre dans FILE et quitter.</translation>
    </message>
</context>
<context>
    <name>proxima::CaseEditor</name>
    <message>
        <source>Problem title</source>
        <translation>Titre du problème</translation>
    </message>
    <message>
        <source>SARA stage</source>
        <translation>Étape SARA</translation>
    </message>
    <message>
        <source>not ranked</source>
        <translation>non classé</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Quartier</translation>
    </message>
    <message>
        <source>Street, square, landmark</source>
        <translation>Rue, place, point de repère</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Lead officer</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Ouvert le</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>&amp;Problem:</source>
        <translation>&amp;Problème :</translation>
    </message>
    <message>
        <source>S&amp;tage:</source>
        <translation>É&amp;tape :</translation>
    </message>
    <message>
        <source>P&amp;riority:</source>
        <translation>P&amp;riorité :</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Catégorie :</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Quartier :</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Lieu :</translation>
    </message>
    <message>
        <source>Lead &amp;officer:</source>
        <translation>Re&amp;sponsable :</translation>
    </message>
    <message>
        <source>Opened o&amp;n:</source>
        <translation>&amp;Ouvert le :</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Descriptio&amp;n :</translation>
    </message>
    <message>
        <source>Last saved:</source>
        <translation>Dernier enregistrement :</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save the changes to this case (Ctrl+S)</source>
        <translation>Enregistrer les modifications de ce dossier (Ctrl+S)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Ann&amp;uler</translation>
    </message>
    <message>
        <source>Discard the changes made in this form</source>
        <translation>Abandonner les modifications faites dans ce formulaire</translation>
    </message>
    <message>
        <source>(no area)</source>
        <translation>(aucun quartier)</translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation>(personne pour l&apos;instant)</translation>
    </message>
    <message>
        <source>%1 (revision %2)</source>
        <translation>%1 (révision %2)</translation>
    </message>
</context>
<context>
    <name>proxima::CaseTableModel</name>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Quartier</translation>
    </message>
    <message>
        <source>Lead officer</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
</context>
<context>
    <name>proxima::CasesPage</name>
    <message>
        <source>Problem cases</source>
        <translation>Dossiers de problèmes</translation>
    </message>
    <message>
        <source>&amp;New Case...</source>
        <translation>&amp;Nouveau dossier...</translation>
    </message>
    <message>
        <source>Add a new problem case</source>
        <translation>Ajouter un nouveau dossier de problème</translation>
    </message>
    <message>
        <source>&amp;Delete Case</source>
        <translation>&amp;Supprimer le dossier</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <source>What is the problem?</source>
        <translation>Quel est le problème ?</translation>
    </message>
    <message>
        <source>the case &quot;%1&quot;</source>
        <translation>le dossier « %1 »</translation>
    </message>
    <message>
        <source>Search cases...</source>
        <translation>Rechercher des dossiers...</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Rechercher des dossiers</translation>
    </message>
    <message>
        <source>Filter by stage</source>
        <translation>Filtrer par étape</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Toutes les étapes</translation>
    </message>
    <message>
        <source>Filter by category</source>
        <translation>Filtrer par catégorie</translation>
    </message>
    <message>
        <source>Filter by area</source>
        <translation>Filtrer par quartier</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Étape :</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Catégorie :</translation>
    </message>
    <message>
        <source>Area:</source>
        <translation>Quartier :</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Tous les quartiers</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save your changes to &quot;%1&quot;?</source>
        <translation>Enregistrer vos modifications de « %1 » ?</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Enregistrement impossible</translation>
    </message>
    <message>
        <source>Delete case</source>
        <translation>Supprimer le dossier</translation>
    </message>
    <message>
        <source>Delete the case &quot;%1&quot;? You can undo this.</source>
        <translation>Supprimer le dossier « %1 » ? Vous pourrez annuler cette action.</translation>
    </message>
</context>
<context>
    <name>proxima::MainWindow</name>
    <message>
        <source>Proxima workspaces (*.proxima);;All files (*)</source>
        <translation>Espaces de travail Proxima (*.proxima);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>&amp;Save Changes</source>
        <translation>&amp;Enregistrer les modifications</translation>
    </message>
    <message>
        <source>&amp;Close Workspace</source>
        <translation>&amp;Fermer l&apos;espace de travail</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New Workspace...</source>
        <translation>&amp;Nouvel espace de travail...</translation>
    </message>
    <message>
        <source>&amp;Open Workspace...</source>
        <translation>&amp;Ouvrir un espace de travail...</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Espaces de travail &amp;récents</translation>
    </message>
    <message>
        <source>Open the &amp;Demo Neighbourhood</source>
        <translation>Ouvrir le quartier de &amp;démonstration</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The new language is used the next time Proxima starts.</source>
        <translation>La nouvelle langue sera utilisée au prochain démarrage de Proxima.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Proxima</source>
        <translation>À &amp;propos de Proxima</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Effacer la liste</translation>
    </message>
    <message>
        <source>%1[*] — Proxima</source>
        <translation>%1[*] — Proxima</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annuler : %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rétablir : %1</translation>
    </message>
    <message>
        <source>Updated with changes saved by another member</source>
        <translation>Mis à jour avec les modifications enregistrées par un autre membre</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>&amp;Dossiers</translation>
    </message>
    <message>
        <source>Co&amp;Pmittee</source>
        <translation>Co&amp;Pmittee</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 ouvert</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Nouvel espace de travail</translation>
    </message>
    <message>
        <source>a file with this name already exists; choose another name</source>
        <translation>un fichier portant ce nom existe déjà ; choisissez un autre nom</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Ouvrir un espace de travail</translation>
    </message>
    <message>
        <source>Proxima</source>
        <translation>Proxima</translation>
    </message>
    <message>
        <source>About Proxima</source>
        <translation>À propos de Proxima</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Proxima %1&lt;/h3&gt;&lt;p&gt;A workbench for community policing: neighbourhood officers and their CoPmittee solve local problems together with the SARA method.&lt;/p&gt;&lt;p&gt;All data stays in one workspace file that the members share.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Proxima %1&lt;/h3&gt;&lt;p&gt;Un atelier pour la police de proximité : les agents de quartier et leur CoPmittee résolvent ensemble les problèmes locaux avec la méthode SARA.&lt;/p&gt;&lt;p&gt;Toutes les données restent dans un seul fichier d&apos;espace de travail que les membres partagent.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>proxima::MemberDialog</name>
    <message>
        <source>Edit member</source>
        <translation>Modifier le membre</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>Nouveau membre</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>One e-mail address or phone number (optional)</source>
        <translation>Une adresse e-mail ou un numéro de téléphone (facultatif)</translation>
    </message>
    <message>
        <source>Active from</source>
        <translation>Actif depuis</translation>
    </message>
    <message>
        <source>Left the committee on</source>
        <translation>A quitté le comité le</translation>
    </message>
    <message>
        <source>Active until</source>
        <translation>Actif jusqu&apos;au</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation :</translation>
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation>&amp;Secteur :</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;Contact :</translation>
    </message>
    <message>
        <source>Active &amp;from:</source>
        <translation>Actif &amp;depuis :</translation>
    </message>
    <message>
        <source>Keep personal data minimal: record only what the committee needs to work together.</source>
        <translation>Limitez les données personnelles au strict minimum : n&apos;enregistrez que ce dont le comité a besoin pour travailler ensemble.</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Enregistrement impossible</translation>
    </message>
</context>
<context>
    <name>proxima::MemberTableModel</name>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Active from</source>
        <translation>Actif depuis</translation>
    </message>
    <message>
        <source>Active until</source>
        <translation>Actif jusqu&apos;au</translation>
    </message>
</context>
<context>
    <name>proxima::MembersPage</name>
    <message>
        <source>CoPmittee members</source>
        <translation>Membres du CoPmittee</translation>
    </message>
    <message>
        <source>&amp;Add Member...</source>
        <translation>&amp;Ajouter un membre...</translation>
    </message>
    <message>
        <source>&amp;Edit Member...</source>
        <translation>&amp;Modifier le membre...</translation>
    </message>
    <message>
        <source>&amp;Remove Member</source>
        <translation>&amp;Retirer le membre</translation>
    </message>
    <message>
        <source>The CoPmittee brings together the police, residents, youth workers, religious communities, people with a migration background, schools, shops and the municipality.</source>
        <translation>Le CoPmittee réunit la police, les habitants, les travailleurs de jeunesse, les communautés religieuses, les personnes issues de l&apos;immigration, les écoles, les commerces et la commune.</translation>
    </message>
    <message>
        <source>the member &quot;%1&quot;</source>
        <translation>le membre « %1 »</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Retirer le membre</translation>
    </message>
    <message>
        <source>Remove %1 from the roster? Cases they lead will have no lead officer. You can undo this.</source>
        <translation>Retirer %1 de la liste des membres ? Les dossiers dont ce membre est responsable n&apos;auront plus de responsable. Vous pourrez annuler cette action.</translation>
    </message>
</context>
<context>
    <name>proxima::WelcomePage</name>
    <message>
        <source>&lt;h1&gt;Proxima&lt;/h1&gt;&lt;p&gt;Solve neighbourhood safety problems together: scan, analyse, respond, assess.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;Proxima&lt;/h1&gt;&lt;p&gt;Résolvez ensemble les problèmes de sécurité du quartier : repérer, analyser, répondre, évaluer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;New workspace...</source>
        <translation>&amp;Nouvel espace de travail...</translation>
    </message>
    <message>
        <source>&amp;Open workspace...</source>
        <translation>&amp;Ouvrir un espace de travail...</translation>
    </message>
    <message>
        <source>Try the &amp;demo neighbourhood</source>
        <translation>Essayer le quartier de &amp;démonstration</translation>
    </message>
    <message>
        <source>Recent workspaces</source>
        <translation>Espaces de travail récents</translation>
    </message>
    <message>
        <source>Recent workspaces:</source>
        <translation>Espaces de travail récents :</translation>
    </message>
</context>
</TS>
