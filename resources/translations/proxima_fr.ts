<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ActionRepository</name>
    <message>
        <source>action %1 &quot;%2&quot;</source>
        <translation>action %1 «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>action %1</source>
        <translation>action %1</translation>
    </message>
</context>
<context>
    <name>ActionStatus</name>
    <message>
        <source>Planned</source>
        <translation>Planifiée</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Abandonnée</translation>
    </message>
</context>
<context>
    <name>AllocationSheet</name>
    <message>
        <source>Allocation sheet: %1</source>
        <translation>Fiche de répartition&#xa0;: %1</translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation>Règle&#xa0;: %1</translation>
    </message>
    <message>
        <source>Participatory budgeting: %1</source>
        <translation>Budget participatif&#xa0;: %1</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Proposals funded</source>
        <translation>Propositions financées</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Voters with a funded proposal</source>
        <translation>Votants ayant une proposition financée</translation>
    </message>
    <message>
        <source>(support entered as totals)</source>
        <translation>(soutien saisi sous forme de totaux)</translation>
    </message>
    <message>
        <source>Ballots</source>
        <translation>Bulletins</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Attribué</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Restant</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposition</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Soutien</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Funded, in order of selection</source>
        <translation>Financées, dans l&apos;ordre de sélection</translation>
    </message>
    <message>
        <source>Nothing is funded.</source>
        <translation>Rien n&apos;est financé.</translation>
    </message>
    <message>
        <source>Not funded</source>
        <translation>Non financées</translation>
    </message>
    <message>
        <source>Every proposal is funded.</source>
        <translation>Toutes les propositions sont financées.</translation>
    </message>
    <message>
        <source>%1 (cost %2)</source>
        <translation>%1 (coût %2)</translation>
    </message>
</context>
<context>
    <name>AnalyseTab</name>
    <message>
        <source>Hypothesis status</source>
        <translation>Statut de l&apos;hypothèse</translation>
    </message>
</context>
<context>
    <name>AnalysisRepository</name>
    <message>
        <source>hypothesis %1 &quot;%2&quot;</source>
        <translation>hypothèse %1 «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>affected group %1 &quot;%2&quot;</source>
        <translation>groupe concerné %1 «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>the analysis of case %1 &quot;%2&quot;</source>
        <translation>l&apos;analyse du dossier %1 «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>hypothesis %1</source>
        <translation>hypothèse %1</translation>
    </message>
    <message>
        <source>affected group %1</source>
        <translation>groupe concerné %1</translation>
    </message>
</context>
<context>
    <name>AreaRepository</name>
    <message>
        <source>area &quot;%1&quot;</source>
        <translation>quartier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>an area needs a name</source>
        <translation>un quartier doit avoir un nom</translation>
    </message>
</context>
<context>
    <name>AssessTab</name>
    <message numerus="yes">
        <source>&lt;br&gt;Not carried out as planned: %n action(s) overdue.</source>
        <translation>
            <numerusform>&lt;br&gt;Pas réalisé comme prévu&#xa0;: %n action en retard.</numerusform>
            <numerusform>&lt;br&gt;Pas réalisé comme prévu&#xa0;: %n actions en retard.</numerusform>
        </translation>
    </message>
    <message>
        <source>outcome: %1
lesson: %2
process notes: %3</source>
        <translation>résultat&#xa0;: %1
enseignement&#xa0;: %2
notes sur le processus&#xa0;: %3</translation>
    </message>
    <message>
        <source>not judged</source>
        <translation>non évalué</translation>
    </message>
    <message numerus="yes">
        <source>%1
before: %2, %n follow-up(s)</source>
        <translation>
            <numerusform>%1
avant&#xa0;: %2, %n suivi</numerusform>
            <numerusform>%1
avant&#xa0;: %2, %n suivis</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a measure to see its figures.</source>
        <translation>Sélectionnez une mesure pour en voir les chiffres.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Before:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Avant&#xa0;:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>non compté</translation>
    </message>
    <message>
        <source>&lt;b&gt;After:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Après&#xa0;:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;After:&lt;/b&gt; %1 (latest follow-up)</source>
        <translation>&lt;b&gt;Après&#xa0;:&lt;/b&gt; %1 (dernier suivi)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Change:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Évolution&#xa0;:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>, an improvement</source>
        <translation>, une amélioration</translation>
    </message>
    <message>
        <source>, no improvement</source>
        <translation>, pas d&apos;amélioration</translation>
    </message>
    <message>
        <source>&lt;b&gt;Target %1:&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;Objectif %1&#xa0;:&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>met</source>
        <translation>atteint</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>non atteint</translation>
    </message>
    <message>
        <source>&lt;b&gt;Target:&lt;/b&gt; none set</source>
        <translation>&lt;b&gt;Objectif&#xa0;:&lt;/b&gt; aucun</translation>
    </message>
    <message>
        <source>the count fell relatively more (or rose less) in the case area than in the comparison area</source>
        <translation>le nombre a baissé relativement plus (ou augmenté moins) dans la zone du dossier que dans la zone de comparaison</translation>
    </message>
    <message>
        <source>the count rose relatively more (or fell less) in the case area than in the comparison area</source>
        <translation>le nombre a augmenté relativement plus (ou baissé moins) dans la zone du dossier que dans la zone de comparaison</translation>
    </message>
    <message>
        <source>both areas changed in the same proportion</source>
        <translation>les deux zones ont évolué dans la même proportion</translation>
    </message>
    <message>
        <source>&lt;b&gt;Relative to the comparison area:&lt;/b&gt; %1 — %2</source>
        <translation>&lt;b&gt;Par rapport à la zone de comparaison&#xa0;:&lt;/b&gt; %1 — %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Relative to the comparison area:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Par rapport à la zone de comparaison&#xa0;:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>a baseline and a follow-up in the case area</source>
        <translation>une situation de départ et un suivi dans la zone du dossier</translation>
    </message>
    <message>
        <source>a nearby area counted before and in the latest follow-up</source>
        <translation>une zone voisine comptée avant et lors du dernier suivi</translation>
    </message>
    <message>
        <source>a comparison area counted before and in the latest follow-up</source>
        <translation>une zone de comparaison comptée avant et lors du dernier suivi</translation>
    </message>
    <message>
        <source>&lt;b&gt;Displacement check:&lt;/b&gt; needs %1.</source>
        <translation>&lt;b&gt;Contrôle du déplacement&#xa0;:&lt;/b&gt; nécessite %1.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>&lt;b&gt;Displacement check&lt;/b&gt; (case area %1 → %2, %3 %4 → %5, %6 %7 → %8)</source>
        <translation>&lt;b&gt;Contrôle du déplacement&lt;/b&gt; (zone du dossier %1 → %2, %3 %4 → %5, %6 %7 → %8)</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;WDQ %1&lt;/b&gt; (success measure %2, buffer measure %3)</source>
        <translation>&lt;br&gt;&lt;b&gt;WDQ %1&lt;/b&gt; (mesure de réussite %2, mesure tampon %3)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Process:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Processus&#xa0;:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;br&gt;%1 planned, %2 in progress, %3 done, %4 dropped</source>
        <translation>&lt;br&gt;%1 planifiées, %2 en cours, %3 terminées, %4 abandonnées</translation>
    </message>
    <message>
        <source>&lt;br&gt;Carried out as planned so far: nothing is overdue.</source>
        <translation>&lt;br&gt;Réalisé comme prévu jusqu&apos;ici&#xa0;: rien n&apos;est en retard.</translation>
    </message>
</context>
<context>
    <name>Assessment</name>
    <message>
        <source>no follow-up value yet</source>
        <translation>pas encore de valeur de suivi</translation>
    </message>
    <message>
        <source>the baseline is 0, so a percentage change is not defined</source>
        <translation>la valeur de référence est 0, une évolution en pourcentage n&apos;est donc pas définie</translation>
    </message>
    <message>
        <source>no comparison area values</source>
        <translation>pas de valeurs pour la zone de comparaison</translation>
    </message>
    <message>
        <source>the baseline is 0, so the ratio is not defined</source>
        <translation>la valeur de référence est 0, le rapport n&apos;est donc pas défini</translation>
    </message>
    <message>
        <source>the comparison area&apos;s baseline is 0, so the ratio is not defined</source>
        <translation>la valeur de référence de la zone de comparaison est 0, le rapport n&apos;est donc pas défini</translation>
    </message>
    <message>
        <source>the comparison area&apos;s follow-up is 0, so the ratio is not defined</source>
        <translation>la valeur de suivi de la zone de comparaison est 0, le rapport n&apos;est donc pas défini</translation>
    </message>
    <message>
        <source>the control area has no incidents before the response</source>
        <translation>la zone témoin n&apos;a pas d&apos;incidents avant la réponse</translation>
    </message>
    <message>
        <source>the control area has no incidents after the response</source>
        <translation>la zone témoin n&apos;a pas d&apos;incidents après la réponse</translation>
    </message>
    <message>
        <source>Displacement cannot be assessed: %1.</source>
        <translation>Le déplacement ne peut pas être évalué&#xa0;: %1.</translation>
    </message>
    <message>
        <source>the response area did not improve relative to the control area</source>
        <translation>la zone d&apos;intervention ne s&apos;est pas améliorée par rapport à la zone témoin</translation>
    </message>
    <message>
        <source>Displacement cannot be assessed: the response area did not improve relative to the control area.</source>
        <translation>Le déplacement ne peut pas être évalué&#xa0;: la zone d&apos;intervention ne s&apos;est pas améliorée par rapport à la zone témoin.</translation>
    </message>
    <message>
        <source>Diffusion of benefits: the surrounding area improved even more than the response area (WDQ %1).</source>
        <translation>Diffusion des bénéfices&#xa0;: la zone environnante s&apos;est améliorée encore plus que la zone d&apos;intervention (WDQ %1).</translation>
    </message>
    <message>
        <source>Diffusion of benefits: the surrounding area improved too (WDQ %1).</source>
        <translation>Diffusion des bénéfices&#xa0;: la zone environnante s&apos;est elle aussi améliorée (WDQ %1).</translation>
    </message>
    <message>
        <source>No displacement and no diffusion: the surrounding area did not change relative to the control area (WDQ 0.00).</source>
        <translation>Ni déplacement ni diffusion&#xa0;: la zone environnante n&apos;a pas évolué par rapport à la zone témoin (WDQ 0.00).</translation>
    </message>
    <message>
        <source>Displacement: more incidents moved to the surrounding area than the response prevented, a net loss (WDQ %1).</source>
        <translation>Déplacement&#xa0;: plus d&apos;incidents se sont déplacés vers la zone environnante que la réponse n&apos;en a évité, une perte nette (WDQ %1).</translation>
    </message>
    <message>
        <source>Displacement: some incidents moved to the surrounding area, fewer than the response prevented, a net gain (WDQ %1).</source>
        <translation>Déplacement&#xa0;: quelques incidents se sont déplacés vers la zone environnante, moins que la réponse n&apos;en a évité, un gain net (WDQ %1).</translation>
    </message>
</context>
<context>
    <name>AssessmentRepository</name>
    <message>
        <source>an assessment belongs to a case</source>
        <translation>une évaluation appartient à un dossier</translation>
    </message>
    <message>
        <source>case %1</source>
        <translation>dossier %1</translation>
    </message>
    <message>
        <source>the assessment of case %1</source>
        <translation>l&apos;évaluation du dossier %1</translation>
    </message>
    <message>
        <source>no outcome yet</source>
        <translation>pas encore de résultat</translation>
    </message>
</context>
<context>
    <name>BallotCsv</name>
    <message>
        <source>unclosed quote</source>
        <translation>guillemet non fermé</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>colonne %1</translation>
    </message>
    <message>
        <source>empty candidate name</source>
        <translation>nom de candidat vide</translation>
    </message>
    <message>
        <source>candidate &quot;%1&quot; named twice</source>
        <translation>candidat «&#xa0;%1&#xa0;» nommé deux fois</translation>
    </message>
    <message>
        <source>%1 cells, the header has %2 candidates</source>
        <translation>%1 cellules, l&apos;en-tête a %2 candidats</translation>
    </message>
    <message>
        <source>rank &quot;%1&quot; is not a whole number from 1</source>
        <translation>le rang «&#xa0;%1&#xa0;» n&apos;est pas un nombre entier à partir de 1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number from 0</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre entier à partir de 0</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>impossible d&apos;ouvrir&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>BudgetCommand</name>
    <message>
        <source>Try: proxima-cli budget --help</source>
        <translation>Essayez : proxima-cli budget --help</translation>
    </message>
    <message>
        <source>allocate a participatory budget (.pb) with greedy, equal shares or exact rules</source>
        <translation>répartir un budget participatif (.pb) avec des règles gloutonnes, de parts égales ou exactes</translation>
    </message>
    <message>
        <source>Usage: proxima-cli budget FILE.pb --rule RULE [options]
       proxima-cli budget WORKSPACE --rule RULE [--round N] [options]

A workspace is allocated round by round: --round N picks a round by id (default: the round with the
latest period). Project ids are the proposals&apos; ids, costs are per resource pool name.
See also: budget-import WORKSPACE FILE.pb, budget-export WORKSPACE --round N OUT.pb.

Rules:
  greedy        most support first, skipping what no longer fits
  greedy-ratio  most support per unit of cost first
  mes           Method of Equal Shares (cost utilities)
  mes-add1      equal shares, per-voter share raised by 1 until exhaustive or over budget
  mes-add1u     mes-add1, then filled greedily by support
  exact         maximum total support (branch and bound)

Options:
  --tie-break id|cost|votes|lottery   tie-breaking order (default id, as pabutools)
  --seed N                            seed of the lottery
  --time-limit SECONDS                time limit of the exact rule (default 10)
  --round N                           workspace round id
  --json                              one JSON object: rule, funded, cost, budget, explanations...

Exit codes: 0 done, 1 unreadable or malformed file, 2 wrong command line.
</source>
        <translation>Utilisation : proxima-cli budget FILE.pb --rule RULE [options]
       proxima-cli budget WORKSPACE --rule RULE [--round N] [options]

Un espace de travail est réparti cycle par cycle : --round N choisit un cycle par son identifiant (par défaut : le cycle dont la
période est la plus récente). Les identifiants de projet sont ceux des propositions, les coûts sont donnés par nom d&apos;enveloppe de ressources.
Voir aussi : budget-import WORKSPACE FILE.pb, budget-export WORKSPACE --round N OUT.pb.

Règles :
  greedy        le plus de soutien d&apos;abord, en sautant ce qui ne rentre plus
  greedy-ratio  le plus de soutien par unité de coût d&apos;abord
  mes           méthode des parts égales (utilités de coût)
  mes-add1      parts égales, part par votant augmentée de 1 jusqu&apos;à épuisement ou dépassement du budget
  mes-add1u     mes-add1, puis complété de manière gloutonne selon le soutien
  exact         soutien total maximal (séparation et évaluation)

Options :
  --tie-break id|cost|votes|lottery   ordre de départage (id par défaut, comme pabutools)
  --seed N                            graine du tirage au sort
  --time-limit SECONDS                limite de temps de la règle exacte (10 par défaut)
  --round N                           identifiant du cycle de l&apos;espace de travail
  --json                              un objet JSON : rule, funded, cost, budget, explanations...

Codes de sortie : 0 terminé, 1 fichier illisible ou mal formé, 2 ligne de commande incorrecte.
</translation>
    </message>
    <message>
        <source>expected exactly one .pb file or workspace</source>
        <translation>un seul fichier .pb ou espace de travail attendu</translation>
    </message>
    <message>
        <source>unknown rule &quot;%1&quot;</source>
        <translation>règle inconnue « %1 »</translation>
    </message>
    <message>
        <source>--rule is required</source>
        <translation>--rule est obligatoire</translation>
    </message>
    <message>
        <source>unknown tie-break &quot;%1&quot; (id, cost, votes or lottery)</source>
        <translation>départage inconnu « %1 » (id, cost, votes ou lottery)</translation>
    </message>
    <message>
        <source>--seed needs a whole number</source>
        <translation>--seed nécessite un nombre entier</translation>
    </message>
    <message>
        <source>--time-limit needs a positive number of seconds</source>
        <translation>--time-limit nécessite un nombre de secondes positif</translation>
    </message>
    <message>
        <source>--round needs a round id</source>
        <translation>--round nécessite un identifiant de cycle</translation>
    </message>
    <message>
        <source>--round applies to a workspace, not to a .pb file</source>
        <translation>--round s&apos;applique à un espace de travail, pas à un fichier .pb</translation>
    </message>
    <message>
        <source>cannot open the workspace</source>
        <translation>impossible d&apos;ouvrir l&apos;espace de travail</translation>
    </message>
    <message>
        <source>the workspace has no budgeting round</source>
        <translation>l&apos;espace de travail n&apos;a pas de cycle budgétaire</translation>
    </message>
    <message>
        <source>Rule: %1 (ties: %2)</source>
        <translation>Règle : %1 (égalités : %2)</translation>
    </message>
    <message>
        <source>Funded, in order of selection:</source>
        <translation>Financés, dans l&apos;ordre de sélection :</translation>
    </message>
    <message>
        <source>Total %1: %2 of %3</source>
        <translation>Total %1 : %2 sur %3</translation>
    </message>
    <message>
        <source>Voters with at least one funded project: %1%</source>
        <translation>Votants ayant au moins un projet financé : %1 %</translation>
    </message>
    <message>
        <source>Per-voter share: %1 after %2 runs of equal shares</source>
        <translation>Part par votant : %1 après %2 passes de parts égales</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Pourquoi :</translation>
    </message>
</context>
<context>
    <name>BudgetExportCommand</name>
    <message>
        <source>export a budgeting round as a pabulib (.pb) file</source>
        <translation>exporter un cycle budgétaire en fichier pabulib (.pb)</translation>
    </message>
    <message>
        <source>--round N is required (see: proxima-cli help budget-export)</source>
        <translation>--round N est obligatoire (voir : proxima-cli help budget-export)</translation>
    </message>
    <message>
        <source>Wrote round %1 to %2.</source>
        <translation>Cycle %1 écrit dans %2.</translation>
    </message>
    <message>
        <source>Usage: proxima-cli budget-export WORKSPACE --round N [--pool ID] OUT.pb

Writes the round&apos;s projects (proposal ids, cost in the euros pool, or the first pool when there is
no euros pool), its budget and its ballots. A round imported from a .pb file is written back as it
was read, with any edits since.

  --pool ID   export another pool of a multi-pool round: the budget and the project costs come from
              that pool. ID is the pool&apos;s id, its name or its kind (police_hours, volunteer_hours,
              euros, custom).

Exit codes: 0 written, 1 unknown round or unwritable file, 2 wrong command line.
</source>
        <translation>Utilisation : proxima-cli budget-export WORKSPACE --round N [--pool ID] OUT.pb

Écrit les projets du cycle (identifiants des propositions, coût dans l&apos;enveloppe en euros, ou dans la
première enveloppe s&apos;il n&apos;y a pas d&apos;enveloppe en euros), son budget et ses bulletins. Un cycle importé
d&apos;un fichier .pb est réécrit tel qu&apos;il a été lu, avec les modifications apportées depuis.

  --pool ID   exporter une autre enveloppe d&apos;un cycle à plusieurs enveloppes : le budget et les coûts
              des projets proviennent de cette enveloppe. ID est l&apos;identifiant de l&apos;enveloppe, son nom
              ou son type (police_hours, volunteer_hours, euros, custom).

Codes de sortie : 0 écrit, 1 cycle inconnu ou fichier impossible à écrire, 2 ligne de commande incorrecte.
</translation>
    </message>
    <message>
        <source>the round %1 has no resource pool &quot;%2&quot;</source>
        <translation>le cycle %1 n&apos;a pas d&apos;enveloppe de ressources « %2 »</translation>
    </message>
</context>
<context>
    <name>BudgetImportCommand</name>
    <message>
        <source>import a pabulib (.pb) file as a budgeting round</source>
        <translation>importer un fichier pabulib (.pb) comme cycle budgétaire</translation>
    </message>
    <message>
        <source>Usage: proxima-cli budget-import WORKSPACE FILE.pb [--json]

Stores the file as a new budgeting round: each project becomes a proposal (its id kept), the budget
a euros pool, the votes anonymous ballots. Prints the new round&apos;s id (with --json: one object with
round, name, proposals, ballots).

Exit codes: 0 imported, 1 unreadable file or workspace, 2 wrong command line.
</source>
        <translation>Utilisation : proxima-cli budget-import WORKSPACE FILE.pb [--json]

Enregistre le fichier comme nouveau cycle budgétaire : chaque projet devient une proposition (son identifiant est conservé), le budget
une enveloppe en euros, les votes des bulletins anonymes. Affiche l&apos;identifiant du nouveau cycle (avec --json : un objet avec
round, name, proposals, ballots).

Codes de sortie : 0 importé, 1 fichier ou espace de travail illisible, 2 ligne de commande incorrecte.
</translation>
    </message>
    <message>
        <source>Imported round %1 &quot;%2&quot;: %3 proposals, %4 ballots.</source>
        <translation>Cycle %1 « %2 » importé : %3 propositions, %4 bulletins.</translation>
    </message>
</context>
<context>
    <name>BudgetRepository</name>
    <message>
        <source>a budgeting round needs a name</source>
        <translation>un cycle budgétaire doit avoir un nom</translation>
    </message>
    <message>
        <source>the period ends before it starts</source>
        <translation>la période se termine avant de commencer</translation>
    </message>
    <message>
        <source>every resource pool needs a name</source>
        <translation>chaque enveloppe de ressources doit avoir un nom</translation>
    </message>
    <message>
        <source>two resource pools are called &quot;%1&quot;</source>
        <translation>deux enveloppes de ressources s&apos;appellent «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the capacity &quot;%1&quot; of %2 is not an amount</source>
        <translation>la capacité «&#xa0;%1&#xa0;» de %2 n&apos;est pas un montant</translation>
    </message>
    <message>
        <source>two proposals have the id %1</source>
        <translation>deux propositions ont l&apos;identifiant %1</translation>
    </message>
    <message>
        <source>%1 cannot be both required and excluded</source>
        <translation>%1 ne peut pas être à la fois exigée et exclue</translation>
    </message>
    <message>
        <source>the support of %1 cannot be negative</source>
        <translation>le soutien de %1 ne peut pas être négatif</translation>
    </message>
    <message>
        <source>%1 has a cost in a pool of another round</source>
        <translation>%1 a un coût dans une enveloppe d&apos;un autre cycle</translation>
    </message>
    <message>
        <source>the cost &quot;%1&quot; of %2 is not an amount</source>
        <translation>le coût «&#xa0;%1&#xa0;» de %2 n&apos;est pas un montant</translation>
    </message>
    <message>
        <source>a constraint links a proposal to itself or to one outside the round</source>
        <translation>une contrainte relie une proposition à elle-même ou à une proposition hors du cycle</translation>
    </message>
    <message>
        <source>budgeting round %1</source>
        <translation>cycle budgétaire %1</translation>
    </message>
    <message>
        <source>budgeting round &quot;%1&quot;</source>
        <translation>cycle budgétaire «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>voter %1 gives %2 points for %3 proposals</source>
        <translation>le votant %1 donne %2 points pour %3 propositions</translation>
    </message>
    <message>
        <source>voter %1 supports a proposal outside the round</source>
        <translation>le votant %1 soutient une proposition hors du cycle</translation>
    </message>
    <message>
        <source>voter %1 lists a proposal twice</source>
        <translation>le votant %1 cite deux fois une proposition</translation>
    </message>
    <message>
        <source>voter %1 gives negative points</source>
        <translation>le votant %1 donne des points négatifs</translation>
    </message>
    <message>
        <source>ballots</source>
        <translation>bulletins</translation>
    </message>
    <message>
        <source>%1 ballots</source>
        <translation>%1 bulletins</translation>
    </message>
    <message>
        <source>allocation %1</source>
        <translation>répartition %1</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>the minimum &quot;%1&quot; of %2 is not an amount of 0 or more</source>
        <translation>le minimum «&#xa0;%1&#xa0;» de %2 n&apos;est pas un montant égal ou supérieur à 0</translation>
    </message>
    <message>
        <source>the minimum %1 of %2 is above its cost %3</source>
        <translation>le minimum %1 de %2 est supérieur à son coût %3</translation>
    </message>
    <message>
        <source>the maximum &quot;%1&quot; of %2 is not an amount</source>
        <translation>le maximum «&#xa0;%1&#xa0;» de %2 n&apos;est pas un montant</translation>
    </message>
    <message>
        <source>the maximum %1 of %2 is below its cost %3</source>
        <translation>le maximum %1 de %2 est inférieur à son coût %3</translation>
    </message>
</context>
<context>
    <name>BudgetRound</name>
    <message>
        <source>Police officer hours</source>
        <translation>Heures d&apos;agents de police</translation>
    </message>
    <message>
        <source>Volunteer hours</source>
        <translation>Heures de bénévoles</translation>
    </message>
    <message>
        <source>Euros</source>
        <translation>Euros</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisé</translation>
    </message>
</context>
<context>
    <name>BudgetSupport</name>
    <message>
        <source>proposal %1 is not in the round</source>
        <translation>la proposition %1 ne fait pas partie du cycle</translation>
    </message>
    <message>
        <source>support cannot be negative</source>
        <translation>le soutien ne peut pas être négatif</translation>
    </message>
</context>
<context>
    <name>Budgeting</name>
    <message>
        <source>excluded by the committee</source>
        <translation>exclue par le comité</translation>
    </message>
    <message>
        <source>incompatible with %1, which is funded</source>
        <translation>incompatible avec %1, qui est financée</translation>
    </message>
    <message>
        <source>depends on %1, which is not funded</source>
        <translation>dépend de %1, qui n&apos;est pas financée</translation>
    </message>
    <message>
        <source>does not fit: %1 left, costs %2</source>
        <translation>ne rentre pas&#xa0;: il reste %1, elle coûte %2</translation>
    </message>
    <message>
        <source>there is no resource to allocate</source>
        <translation>il n&apos;y a aucune ressource à répartir</translation>
    </message>
    <message>
        <source>equal shares needs individual ballots, not totals</source>
        <translation>les parts égales nécessitent des bulletins individuels, pas des totaux</translation>
    </message>
    <message>
        <source>unknown rule</source>
        <translation>règle inconnue</translation>
    </message>
    <message>
        <source>shares of the pool</source>
        <translation>parts de l&apos;enveloppe</translation>
    </message>
    <message>
        <source>Each of the %1 ballots received %2.</source>
        <translation>Chacun des %1 bulletins a reçu %2.</translation>
    </message>
    <message>
        <source>Funded first: the committee requires it (costs %1).</source>
        <translation>Financée en premier&#xa0;: le comité l&apos;exige (coût %1).</translation>
    </message>
    <message>
        <source>Funded first: it costs nothing and %1 ballots support it.</source>
        <translation>Financée en premier&#xa0;: elle ne coûte rien et %1 bulletins la soutiennent.</translation>
    </message>
    <message>
        <source>Funded in round %1: its %2 supporters paid its %3 from their shares, at most %4 each.</source>
        <translation>Financée au tour %1&#xa0;: ses %2 soutiens ont payé ses %3 sur leurs parts, au plus %4 chacun.</translation>
    </message>
    <message>
        <source>Not funded: nobody supports it.</source>
        <translation>Non financée&#xa0;: personne ne la soutient.</translation>
    </message>
    <message>
        <source>Not funded: in round %1 its %2 supporters had %3 left of the %4 it needs.</source>
        <translation>Non financée&#xa0;: au tour %1, ses %2 soutiens disposaient encore de %3 sur les %4 nécessaires.</translation>
    </message>
    <message>
        <source>Not funded: %1.</source>
        <translation>Non financée&#xa0;: %1.</translation>
    </message>
    <message>
        <source>its supporters could not pay for it</source>
        <translation>ses soutiens ne pouvaient pas la payer</translation>
    </message>
    <message>
        <source>Equal shares: the budget of %1 is split equally between all ballots, empty ones included; each project is paid by its own supporters.</source>
        <translation>Parts égales&#xa0;: le budget de %1 est réparti également entre tous les bulletins, y compris les bulletins vides&#xa0;; chaque projet est payé par ses propres soutiens.</translation>
    </message>
    <message>
        <source>Equal shares with several resources: each resource is counted as a share of its own capacity, so a project&apos;s price is the sum of its shares (for example half the euros and a quarter of the officer hours cost 0.75) and the whole pool is worth %1. That pool is split equally between all ballots. A project that would exceed any single resource is not funded.</source>
        <translation>Parts égales avec plusieurs ressources&#xa0;: chaque ressource est comptée comme une part de sa propre capacité, de sorte que le prix d&apos;un projet est la somme de ses parts (par exemple la moitié des euros et un quart des heures d&apos;agents coûtent 0,75) et l&apos;enveloppe entière vaut %1. Cette enveloppe est répartie également entre tous les bulletins. Un projet qui dépasserait une seule des ressources n&apos;est pas financé.</translation>
    </message>
    <message>
        <source>amounts are too large or too finely divided for the exact rule</source>
        <translation>les montants sont trop grands ou trop finement divisés pour la règle exacte</translation>
    </message>
    <message>
        <source>the required projects and constraints cannot all be met within the capacities</source>
        <translation>les projets exigés et les contraintes ne peuvent pas tous être satisfaits dans les limites des capacités</translation>
    </message>
    <message>
        <source>Search stopped after %1 nodes: total support %2, at most %3 more is possible.</source>
        <translation>Recherche arrêtée après %1 nœuds&#xa0;: soutien total %2, au plus %3 de plus est possible.</translation>
    </message>
    <message>
        <source>Proven optimal after %1 nodes: total support %2.</source>
        <translation>Optimum prouvé après %1 nœuds&#xa0;: soutien total %2.</translation>
    </message>
    <message>
        <source>Funded: part of the allocation with the most total support (it adds %1).</source>
        <translation>Financée&#xa0;: fait partie de la répartition au soutien total le plus élevé (elle apporte %1).</translation>
    </message>
    <message>
        <source>Not funded: it would fit, but no allocation including it has more total support (it adds %1).</source>
        <translation>Non financée&#xa0;: elle rentrerait, mais aucune répartition qui l&apos;inclut n&apos;a un soutien total plus élevé (elle apporte %1).</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 points</translation>
    </message>
    <message>
        <source>%1 supporters</source>
        <translation>%1 soutiens</translation>
    </message>
    <message>
        <source>Not funded (%1, %2 in %3 order): %4.</source>
        <translation>Non financée (%1, %2 dans l&apos;ordre %3)&#xa0;: %4.</translation>
    </message>
    <message>
        <source>Funded (%1, %2 in %3 order): costs %4, %5 was left.</source>
        <translation>Financée (%1, %2 dans l&apos;ordre %3)&#xa0;: coûte %4, il restait %5.</translation>
    </message>
    <message>
        <source>support-per-cost</source>
        <translation>soutien par coût</translation>
    </message>
    <message>
        <source>support</source>
        <translation>soutien</translation>
    </message>
    <message>
        <source>greedy completion</source>
        <translation>complétion gloutonne</translation>
    </message>
    <message>
        <source>Funded at its minimum of %1: %2 did not fit, %3 was left (flexible amounts).</source>
        <translation>Financée à son minimum de %1&#xa0;: %2 ne rentrait pas, il restait %3 (montants flexibles).</translation>
    </message>
    <message>
        <source>%1 (maximum %2)</source>
        <translation>%1 (maximum %2)</translation>
    </message>
    <message>
        <source>Topped up with leftover capacity to %1.</source>
        <translation>Complétée avec la capacité restante jusqu&apos;à %1.</translation>
    </message>
    <message>
        <source>Flexible amounts: some proposals have a minimum or a maximum. After each rule has chosen, (a) a proposal left out because its cost did not fit is funded at its minimum when that fits in every resource and its constraints allow it, most supported first (then the rule&apos;s tie-break order); (b) then what is left of each resource tops up the funded proposals that have a maximum, in order of selection, up to their maximum.</source>
        <translation>Montants flexibles&#xa0;: certaines propositions ont un minimum ou un maximum. Une fois que chaque règle a fait son choix, (a) une proposition écartée parce que son coût ne rentrait pas est financée à son minimum si celui-ci rentre dans chaque ressource et si ses contraintes le permettent, les plus soutenues d&apos;abord (puis dans l&apos;ordre de départage de la règle)&#xa0;; (b) ensuite, ce qui reste de chaque ressource complète les propositions financées qui ont un maximum, dans l&apos;ordre de sélection, jusqu&apos;à leur maximum.</translation>
    </message>
</context>
<context>
    <name>CaseMeasure</name>
    <message>
        <source>Counted from incidents</source>
        <translation>Compté à partir des incidents</translation>
    </message>
    <message>
        <source>Entered by hand</source>
        <translation>Saisi à la main</translation>
    </message>
</context>
<context>
    <name>CaseReportData</name>
    <message>
        <source>there is no case %1</source>
        <translation>il n&apos;y a pas de dossier %1</translation>
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
        <translation>dossier %1 «&#xa0;%2&#xa0;»</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <source>%1
stage: %2, priority: %3, category: %4
%5</source>
        <translation>%1
étape&#xa0;: %2, priorité&#xa0;: %3, catégorie&#xa0;: %4
%5</translation>
    </message>
</context>
<context>
    <name>ChainPhase</name>
    <message>
        <source>Pro-action</source>
        <translation>Proaction</translation>
    </message>
    <message>
        <source>Prevention</source>
        <translation>Prévention</translation>
    </message>
    <message>
        <source>Preparation</source>
        <translation>Préparation</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Réaction</translation>
    </message>
    <message>
        <source>Aftercare</source>
        <translation>Suivi</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>case &quot;%1&quot;</source>
        <translation>du dossier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>member &quot;%1&quot;</source>
        <translation>du membre «&#xa0;%1&#xa0;»</translation>
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
    <message>
        <source>Accept the %1 allocation of %2</source>
        <translation>Acceptation de la répartition %1 du cycle %2</translation>
    </message>
    <message>
        <source>action &quot;%1&quot;</source>
        <translation>de l&apos;action «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>analysis</source>
        <translation>de l&apos;analyse</translation>
    </message>
    <message>
        <source>hypothesis &quot;%1&quot;</source>
        <translation>de l&apos;hypothèse «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>affected group &quot;%1&quot;</source>
        <translation>du groupe concerné «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>de l&apos;évaluation</translation>
    </message>
    <message>
        <source>measure &quot;%1&quot;</source>
        <translation>de la mesure «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Agree action &quot;%1&quot;</source>
        <translation>Action «&#xa0;%1&#xa0;» convenue</translation>
    </message>
    <message>
        <source>meeting of %1</source>
        <translation>de la réunion du %1</translation>
    </message>
    <message>
        <source>Reorder actions</source>
        <translation>Réorganisation des actions</translation>
    </message>
    <message>
        <source>the action &quot;%1&quot;</source>
        <translation>l&apos;action «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Move case &quot;%1&quot; to %2</source>
        <translation>Passage du dossier «&#xa0;%1&#xa0;» à l&apos;étape %2</translation>
    </message>
    <message>
        <source>Georeference the map</source>
        <translation>Géoréférencement de la carte</translation>
    </message>
    <message>
        <source>Load the map &quot;%1&quot;</source>
        <translation>Chargement de la carte «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>concern %1</source>
        <translation>du signalement %1</translation>
    </message>
    <message>
        <source>Place %1 on the map</source>
        <translation>Placement %1 sur la carte</translation>
    </message>
    <message>
        <source>Remove %1 from the map</source>
        <translation>Retrait %1 de la carte</translation>
    </message>
    <message numerus="yes">
        <source>Move %n concern(s) to a case</source>
        <translation>
            <numerusform>Déplacement de %n signalement vers un dossier</numerusform>
            <numerusform>Déplacement de %n signalements vers un dossier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Take %n concern(s) out of their case</source>
        <translation>
            <numerusform>Retrait de %n signalement de son dossier</numerusform>
            <numerusform>Retrait de %n signalements de leur dossier</numerusform>
        </translation>
    </message>
    <message>
        <source>Split into case &quot;%1&quot;</source>
        <translation>Scission vers le dossier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>concern &quot;%1&quot;</source>
        <translation>du signalement «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Change the incident selection of case %1</source>
        <translation>Modification de la sélection d&apos;incidents du dossier %1</translation>
    </message>
    <message numerus="yes">
        <source>Pick %n incident(s) for a case</source>
        <translation>
            <numerusform>Choix de %n incident pour un dossier</numerusform>
            <numerusform>Choix de %n incidents pour un dossier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n picked incident(s)</source>
        <translation>
            <numerusform>Retrait de %n incident choisi</numerusform>
            <numerusform>Retrait de %n incidents choisis</numerusform>
        </translation>
    </message>
    <message>
        <source>Support from voting session %1</source>
        <translation>Soutien tiré de la session de vote %1</translation>
    </message>
    <message>
        <source>Undo: delete %1</source>
        <translation>Annulation de la suppression %1</translation>
    </message>
</context>
<context>
    <name>Concern</name>
    <message>
        <source>Survey</source>
        <translation>Enquête</translation>
    </message>
    <message>
        <source>Focus group</source>
        <translation>Groupe de discussion</translation>
    </message>
    <message>
        <source>CoPmittee meeting</source>
        <translation>Réunion du CoPmittee</translation>
    </message>
    <message>
        <source>Street briefing</source>
        <translation>Réunion de rue</translation>
    </message>
    <message>
        <source>Guided or environmental walk</source>
        <translation>Promenade guidée ou marche exploratoire</translation>
    </message>
    <message>
        <source>Patrol</source>
        <translation>Patrouille</translation>
    </message>
    <message>
        <source>Online form</source>
        <translation>Formulaire en ligne</translation>
    </message>
    <message>
        <source>Incident data</source>
        <translation>Données d&apos;incidents</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>Une fois</translation>
    </message>
    <message>
        <source>Occasionally</source>
        <translation>De temps en temps</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Chaque mois</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Chaque semaine</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Chaque jour</translation>
    </message>
</context>
<context>
    <name>ConcernRepository</name>
    <message>
        <source>concern %1 &quot;%2&quot;</source>
        <translation>signalement %1 «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>concern %1</source>
        <translation>signalement %1</translation>
    </message>
    <message>
        <source>moved to case %1</source>
        <translation>déplacé vers le dossier %1</translation>
    </message>
    <message>
        <source>taken out of its case</source>
        <translation>retiré de son dossier</translation>
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
        <translation>Version de l&apos;autre membre&#xa0;:
%1

Votre version&#xa0;:
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
    <name>CsvReader</name>
    <message>
        <source>the file cannot be read</source>
        <translation>le fichier ne peut pas être lu</translation>
    </message>
    <message>
        <source>field is longer than %1 characters</source>
        <translation>le champ dépasse %1 caractères</translation>
    </message>
    <message>
        <source>the record has more than %1 fields</source>
        <translation>l&apos;enregistrement a plus de %1 champs</translation>
    </message>
    <message>
        <source>quoted field is not closed before the end of the file</source>
        <translation>un champ entre guillemets n&apos;est pas fermé avant la fin du fichier</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos; after a closing quote</source>
        <translation>caractère &apos;%1&apos; inattendu après un guillemet fermant</translation>
    </message>
</context>
<context>
    <name>DemoIncidents</name>
    <message>
        <source>cannot write the file: %1</source>
        <translation>impossible d&apos;écrire le fichier&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>DemoMap</name>
    <message>
        <source>the demo plan is missing from the program&apos;s resources</source>
        <translation>le plan de démonstration manque dans les ressources du programme</translation>
    </message>
    <message>
        <source>Saint-Roch plan</source>
        <translation>Plan de Saint-Roch</translation>
    </message>
</context>
<context>
    <name>DemoResponse</name>
    <message>
        <source>A district of the same town, comparable to Saint-Roch, where none of the responses ran: the comparison area of the assessments.</source>
        <translation>Un quartier de la même ville, comparable à Saint-Roch, où aucune des réponses n&apos;a été menée&#xa0;: la zone de comparaison des évaluations.</translation>
    </message>
</context>
<context>
    <name>Georeference</name>
    <message>
        <source>at least 2 control points are needed</source>
        <translation>au moins 2 points de contrôle sont nécessaires</translation>
    </message>
    <message>
        <source>control points %1 and %2 are at the same pixel</source>
        <translation>les points de contrôle %1 et %2 sont au même pixel</translation>
    </message>
    <message>
        <source>control points %1 and %2 are at the same place</source>
        <translation>les points de contrôle %1 et %2 sont au même endroit</translation>
    </message>
    <message>
        <source>the control points lie on one line on the image: add a point away from that line</source>
        <translation>les points de contrôle sont alignés sur l&apos;image&#xa0;: ajoutez un point éloigné de cette ligne</translation>
    </message>
    <message>
        <source>the control points lie on one line on the ground: add a point away from that line</source>
        <translation>les points de contrôle sont alignés sur le terrain&#xa0;: ajoutez un point éloigné de cette ligne</translation>
    </message>
</context>
<context>
    <name>HotspotRaster</name>
    <message>
        <source>no map loaded</source>
        <translation>aucune carte chargée</translation>
    </message>
    <message>
        <source>Incidents and concerns</source>
        <translation>Incidents et signalements</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Signalements</translation>
    </message>
    <message>
        <source>m</source>
        <translation>m</translation>
    </message>
    <message>
        <source>px</source>
        <translation>px</translation>
    </message>
    <message>
        <source>nothing to map: no %1 with a place on the plan</source>
        <translation>rien à cartographier&#xa0;: pas de %1 avec un emplacement sur le plan</translation>
    </message>
    <message>
        <source>%1 per cell of %2 %3</source>
        <translation>%1 par cellule de %2 %3</translation>
    </message>
    <message>
        <source>%1 per km² (kernel %2 m)</source>
        <translation>%1 par km² (noyau %2 m)</translation>
    </message>
    <message>
        <source>%1 per 1000 px² (kernel %2 px)</source>
        <translation>%1 par 1000 px² (noyau %2 px)</translation>
    </message>
    <message>
        <source>no density inside the plan</source>
        <translation>aucune densité à l&apos;intérieur du plan</translation>
    </message>
</context>
<context>
    <name>Hotspots</name>
    <message>
        <source>the cell size must be positive</source>
        <translation>la taille des cellules doit être positive</translation>
    </message>
    <message>
        <source>the area to map is empty</source>
        <translation>la zone à cartographier est vide</translation>
    </message>
    <message>
        <source>the cells are too small for this area (%1 x %2 cells)</source>
        <translation>les cellules sont trop petites pour cette zone (%1 x %2 cellules)</translation>
    </message>
    <message>
        <source>the bandwidth must be positive</source>
        <translation>la largeur de bande doit être positive</translation>
    </message>
</context>
<context>
    <name>Hypothesis</name>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Supported</source>
        <translation>Confirmée</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejetée</translation>
    </message>
</context>
<context>
    <name>IncidentColumnMapping</name>
    <message>
        <source>missing required columns: %1</source>
        <translation>colonnes obligatoires manquantes&#xa0;: %1</translation>
    </message>
    <message>
        <source>mapped columns not in the file: %1</source>
        <translation>colonnes associées absentes du fichier&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>IncidentCountQueries</name>
    <message>
        <source>a count needs a period with a start and an end</source>
        <translation>un comptage nécessite une période avec un début et une fin</translation>
    </message>
</context>
<context>
    <name>IncidentCsvParser</name>
    <message>
        <source>a latitude is needed with the longitude</source>
        <translation>une latitude est nécessaire avec la longitude</translation>
    </message>
    <message>
        <source>a longitude is needed with the latitude</source>
        <translation>une longitude est nécessaire avec la latitude</translation>
    </message>
    <message>
        <source>an x is needed with the y</source>
        <translation>un x est nécessaire avec le y</translation>
    </message>
    <message>
        <source>a y is needed with the x</source>
        <translation>un y est nécessaire avec le x</translation>
    </message>
    <message>
        <source>the file contains no rows</source>
        <translation>le fichier ne contient aucune ligne</translation>
    </message>
    <message>
        <source>a value is required</source>
        <translation>une valeur est obligatoire</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid date</source>
        <translation>&apos;%1&apos; n&apos;est pas une date valide</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid time</source>
        <translation>&apos;%1&apos; n&apos;est pas une heure valide</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>&apos;%1&apos; n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>latitude %1 is outside -90 to 90</source>
        <translation>la latitude %1 est en dehors de l&apos;intervalle -90 à 90</translation>
    </message>
    <message>
        <source>longitude %1 is outside -180 to 180</source>
        <translation>la longitude %1 est en dehors de l&apos;intervalle -180 à 180</translation>
    </message>
    <message>
        <source>the file cannot be opened: %1</source>
        <translation>le fichier ne peut pas être ouvert&#xa0;: %1</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>colonne %1</translation>
    </message>
    <message>
        <source>column &apos;%1&apos;</source>
        <translation>colonne &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation>%1 champs alors que l&apos;en-tête en a %2</translation>
    </message>
    <message>
        <source>%1 fields where the first row has %2</source>
        <translation>%1 champs alors que la première ligne en a %2</translation>
    </message>
</context>
<context>
    <name>IncidentField</name>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <source>Y</source>
        <translation>Y</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Quartier</translation>
    </message>
</context>
<context>
    <name>IncidentImportService</name>
    <message>
        <source>an import of a file cannot be part of another change</source>
        <translation>l&apos;importation d&apos;un fichier ne peut pas faire partie d&apos;une autre modification</translation>
    </message>
</context>
<context>
    <name>IncidentRepository</name>
    <message>
        <source>incident %1</source>
        <translation>incident %1</translation>
    </message>
    <message>
        <source>the period ends before it starts</source>
        <translation>la période se termine avant de commencer</translation>
    </message>
    <message>
        <source>the incident selection of case %1</source>
        <translation>la sélection d&apos;incidents du dossier %1</translation>
    </message>
    <message>
        <source>incident selection</source>
        <translation>sélection d&apos;incidents</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n incident</numerusform>
            <numerusform>%n incidents</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing was imported</source>
        <translation>rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>the file cannot be opened: %1</source>
        <translation>le fichier ne peut pas être ouvert&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>MapImageProbe</name>
    <message>
        <source>the PNG image is truncated before its size (IHDR header)</source>
        <translation>l&apos;image PNG est tronquée avant sa taille (en-tête IHDR)</translation>
    </message>
    <message>
        <source>the PNG image is truncated (it does not end with an IEND chunk)</source>
        <translation>l&apos;image PNG est tronquée (elle ne se termine pas par un bloc IEND)</translation>
    </message>
    <message>
        <source>the PNG image has no size (width or height is 0)</source>
        <translation>l&apos;image PNG n&apos;a pas de taille (largeur ou hauteur nulle)</translation>
    </message>
    <message>
        <source>the JPEG image is truncated before its size (frame header)</source>
        <translation>l&apos;image JPEG est tronquée avant sa taille (en-tête de trame)</translation>
    </message>
    <message>
        <source>the JPEG image is damaged (no marker at byte %1)</source>
        <translation>l&apos;image JPEG est endommagée (pas de marqueur à l&apos;octet %1)</translation>
    </message>
    <message>
        <source>the JPEG image has no frame header giving its size</source>
        <translation>l&apos;image JPEG n&apos;a pas d&apos;en-tête de trame indiquant sa taille</translation>
    </message>
    <message>
        <source>the JPEG image is damaged (segment length %1 at byte %2)</source>
        <translation>l&apos;image JPEG est endommagée (longueur de segment %1 à l&apos;octet %2)</translation>
    </message>
    <message>
        <source>the JPEG image has no size (width or height is 0)</source>
        <translation>l&apos;image JPEG n&apos;a pas de taille (largeur ou hauteur nulle)</translation>
    </message>
    <message>
        <source>the file is XML but not an SVG image (its root element is &lt;%1&gt;)</source>
        <translation>le fichier est en XML mais n&apos;est pas une image SVG (son élément racine est &lt;%1&gt;)</translation>
    </message>
    <message>
        <source>the SVG image has an invalid viewBox &quot;%1&quot;</source>
        <translation>l&apos;image SVG a un viewBox invalide «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the SVG image has no size: give its root element a viewBox or a width and height</source>
        <translation>l&apos;image SVG n&apos;a pas de taille&#xa0;: donnez à son élément racine un viewBox ou une largeur et une hauteur</translation>
    </message>
    <message>
        <source>the SVG image is not well-formed XML: %1</source>
        <translation>l&apos;image SVG n&apos;est pas du XML bien formé&#xa0;: %1</translation>
    </message>
    <message>
        <source>the file is not a PNG, JPEG or SVG image</source>
        <translation>le fichier n&apos;est pas une image PNG, JPEG ou SVG</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
</context>
<context>
    <name>MapPinItem</name>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Signalement</translation>
    </message>
</context>
<context>
    <name>MapPinQueries</name>
    <message>
        <source>case %1</source>
        <translation>dossier %1</translation>
    </message>
    <message>
        <source>concern %1</source>
        <translation>signalement %1</translation>
    </message>
    <message>
        <source>incident %1</source>
        <translation>incident %1</translation>
    </message>
    <message>
        <source>incidents keep the coordinates they were imported with</source>
        <translation>les incidents conservent les coordonnées avec lesquelles ils ont été importés</translation>
    </message>
    <message>
        <source>the position is not a valid latitude/longitude</source>
        <translation>la position n&apos;est pas une latitude/longitude valide</translation>
    </message>
    <message>
        <source>case %1 &quot;%2&quot;</source>
        <translation>dossier %1 «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>placed on the map</source>
        <translation>placé sur la carte</translation>
    </message>
    <message>
        <source>removed from the map</source>
        <translation>retiré de la carte</translation>
    </message>
</context>
<context>
    <name>MapRenderer</name>
    <message>
        <source>the image size must be positive</source>
        <translation>la taille de l&apos;image doit être positive</translation>
    </message>
    <message>
        <source>the workspace has no map</source>
        <translation>l&apos;espace de travail n&apos;a pas de carte</translation>
    </message>
</context>
<context>
    <name>MapRepository</name>
    <message numerus="yes">
        <source>%n control point(s)</source>
        <translation>
            <numerusform>%n point de contrôle</numerusform>
            <numerusform>%n points de contrôle</numerusform>
        </translation>
    </message>
    <message>
        <source>map %1 &quot;%2&quot;</source>
        <translation>carte %1 «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>a control point needs a pixel position</source>
        <translation>un point de contrôle doit avoir une position en pixels</translation>
    </message>
    <message>
        <source>the latitude must be between -90 and 90 degrees</source>
        <translation>la latitude doit être comprise entre -90 et 90 degrés</translation>
    </message>
    <message>
        <source>the longitude must be between -180 and 180 degrees</source>
        <translation>la longitude doit être comprise entre -180 et 180 degrés</translation>
    </message>
    <message>
        <source>a map needs a name</source>
        <translation>une carte doit avoir un nom</translation>
    </message>
    <message>
        <source>the map format must be png, jpg or svg</source>
        <translation>le format de la carte doit être png, jpg ou svg</translation>
    </message>
    <message>
        <source>the map has no image</source>
        <translation>l&apos;image de la carte est absente</translation>
    </message>
    <message>
        <source>the map image has no size</source>
        <translation>l&apos;image de la carte n&apos;a pas de taille</translation>
    </message>
    <message>
        <source>map %1</source>
        <translation>carte %1</translation>
    </message>
    <message>
        <source>cannot read the map image: %1</source>
        <translation>impossible de lire l&apos;image de la carte&#xa0;: %1</translation>
    </message>
    <message>
        <source>Neighbourhood map</source>
        <translation>Plan du quartier</translation>
    </message>
    <message>
        <source>control point added</source>
        <translation>point de contrôle ajouté</translation>
    </message>
    <message>
        <source>control point changed</source>
        <translation>point de contrôle modifié</translation>
    </message>
    <message>
        <source>control point %1</source>
        <translation>point de contrôle %1</translation>
    </message>
    <message>
        <source>control point removed</source>
        <translation>point de contrôle supprimé</translation>
    </message>
</context>
<context>
    <name>MeasureRepository</name>
    <message>
        <source>measure %1 &quot;%2&quot;</source>
        <translation>mesure %1 «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>measure %1</source>
        <translation>mesure %1</translation>
    </message>
</context>
<context>
    <name>MeetingActionRepository</name>
    <message>
        <source>action %1 agreed</source>
        <translation>action %1 convenue</translation>
    </message>
    <message>
        <source>action %1 no longer agreed</source>
        <translation>action %1 n&apos;est plus convenue</translation>
    </message>
</context>
<context>
    <name>MeetingRepository</name>
    <message>
        <source>meeting %1 of %2</source>
        <translation>réunion %1 du %2</translation>
    </message>
    <message>
        <source>a meeting needs a date</source>
        <translation>une réunion doit avoir une date</translation>
    </message>
    <message>
        <source>every agenda item needs a title</source>
        <translation>chaque point de l&apos;ordre du jour doit avoir un titre</translation>
    </message>
    <message>
        <source>meeting %1</source>
        <translation>réunion %1</translation>
    </message>
</context>
<context>
    <name>MemberRepository</name>
    <message>
        <source>member %1 &quot;%2&quot;</source>
        <translation>membre %1 «&#xa0;%2&#xa0;»</translation>
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
    <name>Outcome</name>
    <message>
        <source>Problem eliminated</source>
        <translation>Problème éliminé</translation>
    </message>
    <message>
        <source>Fewer incidents</source>
        <translation>Moins d&apos;incidents</translation>
    </message>
    <message>
        <source>Less serious harm</source>
        <translation>Préjudice moins grave</translation>
    </message>
    <message>
        <source>Problem handled better</source>
        <translation>Problème mieux géré</translation>
    </message>
    <message>
        <source>Moved to another agency or owner</source>
        <translation>Transféré à un autre organisme ou propriétaire</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>Aucun changement</translation>
    </message>
    <message>
        <source>Got worse</source>
        <translation>Aggravation</translation>
    </message>
</context>
<context>
    <name>Pabulib</name>
    <message>
        <source>cannot write the file: %1</source>
        <translation>impossible d&apos;écrire le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>META has no budget</source>
        <translation>META n&apos;a pas de budget</translation>
    </message>
    <message>
        <source>the budget &quot;%1&quot; is not a number</source>
        <translation>le budget «&#xa0;%1&#xa0;» n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>unknown vote type &quot;%1&quot; (approval, cumulative, scoring or ordinal)</source>
        <translation>type de vote inconnu «&#xa0;%1&#xa0;» (approval, cumulative, scoring ou ordinal)</translation>
    </message>
    <message>
        <source>the PROJECTS header needs the columns project_id and cost</source>
        <translation>l&apos;en-tête PROJECTS nécessite les colonnes project_id et cost</translation>
    </message>
    <message>
        <source>the project id is empty</source>
        <translation>l&apos;identifiant du projet est vide</translation>
    </message>
    <message>
        <source>the project id %1 appears twice</source>
        <translation>l&apos;identifiant de projet %1 apparaît deux fois</translation>
    </message>
    <message>
        <source>the cost &quot;%1&quot; of project %2 is not a number</source>
        <translation>le coût «&#xa0;%1&#xa0;» du projet %2 n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>META says %1 projects but PROJECTS has %2 rows</source>
        <translation>META indique %1 projets mais PROJECTS a %2 lignes</translation>
    </message>
    <message>
        <source>the VOTES header needs the column vote</source>
        <translation>l&apos;en-tête VOTES nécessite la colonne vote</translation>
    </message>
    <message>
        <source>%1 votes need the column points</source>
        <translation>les votes %1 nécessitent la colonne points</translation>
    </message>
    <message>
        <source>voter %1 votes for %2, which is not in PROJECTS</source>
        <translation>le votant %1 vote pour %2, qui ne figure pas dans PROJECTS</translation>
    </message>
    <message>
        <source>voter %1 gives %2 points for %3 projects</source>
        <translation>le votant %1 donne %2 points pour %3 projets</translation>
    </message>
    <message>
        <source>the points &quot;%1&quot; of voter %2 are not a whole number</source>
        <translation>les points «&#xa0;%1&#xa0;» du votant %2 ne sont pas un nombre entier</translation>
    </message>
    <message>
        <source>META says %1 votes but VOTES has %2 rows</source>
        <translation>META indique %1 votes mais VOTES a %2 lignes</translation>
    </message>
    <message>
        <source>the section appears twice</source>
        <translation>la section apparaît deux fois</translation>
    </message>
    <message>
        <source>expected a section name (META, PROJECTS or VOTES)</source>
        <translation>nom de section attendu (META, PROJECTS ou VOTES)</translation>
    </message>
    <message>
        <source>the header row must be &quot;key;value&quot;</source>
        <translation>la ligne d&apos;en-tête doit être «&#xa0;key;value&#xa0;»</translation>
    </message>
    <message>
        <source>a META row needs a key and a value</source>
        <translation>une ligne META nécessite une clé et une valeur</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation>%1 champs alors que l&apos;en-tête en a %2</translation>
    </message>
    <message>
        <source>the section %1 is missing</source>
        <translation>la section %1 est manquante</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>impossible d&apos;ouvrir le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>the budget must not be negative (&quot;%1&quot;)</source>
        <translation>le budget ne doit pas être négatif («&#xa0;%1&#xa0;»)</translation>
    </message>
    <message>
        <source>the cost of project %1 must not be negative (&quot;%2&quot;)</source>
        <translation>le coût du projet %1 ne doit pas être négatif («&#xa0;%2&#xa0;»)</translation>
    </message>
    <message>
        <source>the voter id %1 appears twice (first on line %2)</source>
        <translation>l&apos;identifiant de votant %1 apparaît deux fois (d&apos;abord à la ligne %2)</translation>
    </message>
    <message>
        <source>voter %1 lists project %2 twice</source>
        <translation>le votant %1 cite deux fois le projet %2</translation>
    </message>
    <message>
        <source>the points of all voters add up to more than %1</source>
        <translation>les points de tous les votants dépassent au total %1</translation>
    </message>
    <message>
        <source>control character U+%1 in the text</source>
        <translation>caractère de contrôle U+%1 dans le texte</translation>
    </message>
    <message>
        <source>the header row names no column</source>
        <translation>la ligne d&apos;en-tête ne nomme aucune colonne</translation>
    </message>
</context>
<context>
    <name>PatternsTab</name>
    <message>
        <source>Other categories</source>
        <translation>Autres catégories</translation>
    </message>
</context>
<context>
    <name>PrefLib</name>
    <message>
        <source>expected an alternative number at &quot;%1&quot;</source>
        <translation>numéro d&apos;alternative attendu à «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>unknown alternative %1 (there are %2)</source>
        <translation>alternative %1 inconnue (il y en a %2)</translation>
    </message>
    <message>
        <source>alternative %1 appears twice</source>
        <translation>l&apos;alternative %1 apparaît deux fois</translation>
    </message>
    <message>
        <source>unclosed &quot;{&quot; in the order</source>
        <translation>«&#xa0;{&#xa0;» non fermé dans l&apos;ordre</translation>
    </message>
    <message>
        <source>unexpected &quot;%1&quot; in the order</source>
        <translation>«&#xa0;%1&#xa0;» inattendu dans l&apos;ordre</translation>
    </message>
    <message>
        <source>count &quot;%1&quot; is not a positive whole number</source>
        <translation>le nombre «&#xa0;%1&#xa0;» n&apos;est pas un nombre entier positif</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>header line after the orders</source>
        <translation>ligne d&apos;en-tête après les ordres</translation>
    </message>
    <message>
        <source>DATA TYPE &quot;%1&quot; is not soc, soi, toc or toi</source>
        <translation>DATA TYPE «&#xa0;%1&#xa0;» n&apos;est pas soc, soi, toc ou toi</translation>
    </message>
    <message>
        <source>alternative %1 named twice</source>
        <translation>alternative %1 nommée deux fois</translation>
    </message>
    <message>
        <source>expected &quot;count: order&quot;</source>
        <translation>«&#xa0;nombre: ordre&#xa0;» attendu</translation>
    </message>
    <message>
        <source>ALTERNATIVE NAME %1 but there are %2 alternatives</source>
        <translation>ALTERNATIVE NAME %1 alors qu&apos;il y a %2 alternatives</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>impossible d&apos;ouvrir&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>impossible d&apos;écrire&#xa0;: %1</translation>
    </message>
    <message>
        <source>control character U+%1 in the text</source>
        <translation>caractère de contrôle U+%1 dans le texte</translation>
    </message>
    <message>
        <source>alternative %1 is out of range (1 to %2)</source>
        <translation>l&apos;alternative %1 est hors limites (1 à %2)</translation>
    </message>
    <message>
        <source>count %1 is too large (at most %2)</source>
        <translation>le nombre %1 est trop grand (au plus %2)</translation>
    </message>
    <message>
        <source>the counts add up to more than %1 voters</source>
        <translation>les nombres dépassent au total %1 votants</translation>
    </message>
    <message>
        <source>DATA TYPE %1 does not match the file extension .%2; the file is read as %1</source>
        <translation>DATA TYPE %1 ne correspond pas à l&apos;extension de fichier .%2&#xa0;; le fichier est lu comme %1</translation>
    </message>
    <message>
        <source>tie in a .%1 file (strict orders only); the orders are read as .%2</source>
        <translation>égalité dans un fichier .%1 (ordres stricts uniquement)&#xa0;; les ordres sont lus comme .%2</translation>
    </message>
    <message>
        <source>incomplete order in a .%1 file: %2 of %3 alternatives ranked; the orders are read as .%4</source>
        <translation>ordre incomplet dans un fichier .%1&#xa0;: %2 alternatives classées sur %3&#xa0;; les ordres sont lus comme .%4</translation>
    </message>
    <message>
        <source>%1 order(s) rank no alternative (the first here): %2 voter(s) counted without a preference</source>
        <translation>%1 ordre(s) ne classant aucune alternative (le premier ici)&#xa0;: %2 votant(s) compté(s) sans préférence</translation>
    </message>
    <message>
        <source>alternatives %1 and %2 have the same name &quot;%3&quot;</source>
        <translation>les alternatives %1 et %2 ont le même nom «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>NUMBER ALTERNATIVES &quot;%1&quot; is not a whole number from 0 to %2</source>
        <translation>NUMBER ALTERNATIVES «&#xa0;%1&#xa0;» n&apos;est pas un nombre entier de 0 à %2</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a whole number; ignored</source>
        <translation>%1 «&#xa0;%2&#xa0;» n&apos;est pas un nombre entier&#xa0;; ignoré</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not give an alternative number from 1 to %2</source>
        <translation>«&#xa0;%1&#xa0;» ne donne pas un numéro d&apos;alternative de 1 à %2</translation>
    </message>
    <message>
        <source>NUMBER VOTERS says %1, the counts add up to %2; the counts are used</source>
        <translation>NUMBER VOTERS indique %1, les nombres font au total %2&#xa0;; les nombres sont utilisés</translation>
    </message>
    <message>
        <source>NUMBER UNIQUE ORDERS says %1, %2 orders are listed</source>
        <translation>NUMBER UNIQUE ORDERS indique %1, %2 ordres sont listés</translation>
    </message>
    <message>
        <source>the number of alternatives &quot;%1&quot; is not a whole number from 0 to %2</source>
        <translation>le nombre d&apos;alternatives «&#xa0;%1&#xa0;» n&apos;est pas un nombre entier de 0 à %2</translation>
    </message>
    <message>
        <source>the file ends after %1 of the %2 alternatives</source>
        <translation>le fichier se termine après %1 des %2 alternatives</translation>
    </message>
    <message>
        <source>expected &quot;number,name&quot; for one of the %1 alternatives</source>
        <translation>«&#xa0;numéro,nom&#xa0;» attendu pour l&apos;une des %1 alternatives</translation>
    </message>
    <message>
        <source>alternative %1 named twice (first on line %2)</source>
        <translation>alternative %1 nommée deux fois (d&apos;abord à la ligne %2)</translation>
    </message>
    <message>
        <source>missing the line &quot;voters,sum of counts,unique orders&quot;</source>
        <translation>la ligne «&#xa0;votants,somme des nombres,ordres uniques&#xa0;» manque</translation>
    </message>
    <message>
        <source>expected &quot;voters,sum of counts,unique orders&quot; (three whole numbers)</source>
        <translation>«&#xa0;votants,somme des nombres,ordres uniques&#xa0;» attendu (trois nombres entiers)</translation>
    </message>
    <message>
        <source>the totals line says %1 voters, the counts add up to %2; the counts are used</source>
        <translation>la ligne des totaux indique %1 votants, les nombres font au total %2&#xa0;; les nombres sont utilisés</translation>
    </message>
    <message>
        <source>the totals line says the counts add up to %1, they add up to %2</source>
        <translation>la ligne des totaux indique que les nombres font au total %1, ils font au total %2</translation>
    </message>
    <message>
        <source>the totals line says %1 unique orders, %2 are listed</source>
        <translation>la ligne des totaux indique %1 ordres uniques, %2 sont listés</translation>
    </message>
</context>
<context>
    <name>ProcessEvaluation</name>
    <message>
        <source>no actions to count</source>
        <translation>aucune action à compter</translation>
    </message>
    <message>
        <source>No actions yet</source>
        <translation>Pas encore d&apos;action</translation>
    </message>
    <message>
        <source>All actions were dropped</source>
        <translation>Toutes les actions ont été abandonnées</translation>
    </message>
    <message>
        <source>%1 of %2 actions done (%3%), %4 overdue</source>
        <translation>%1 actions sur %2 terminées (%3 %), %4 en retard</translation>
    </message>
</context>
<context>
    <name>RoundInstance</name>
    <message>
        <source>%1: &quot;%2&quot; is not an amount</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas un montant</translation>
    </message>
</context>
<context>
    <name>RoundPabulib</name>
    <message>
        <source>the votes &quot;%1&quot; of project %2 are not a whole number</source>
        <translation>les votes «&#xa0;%1&#xa0;» du projet %2 ne sont pas un nombre entier</translation>
    </message>
    <message>
        <source>the round has no resource pool to export</source>
        <translation>le cycle n&apos;a pas d&apos;enveloppe de ressources à exporter</translation>
    </message>
    <message>
        <source>the round %1 has no resource pool %2</source>
        <translation>le cycle %1 n&apos;a pas d&apos;enveloppe de ressources %2</translation>
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
    <name>StageGates</name>
    <message>
        <source>At least one concern or incident is linked to the problem</source>
        <translation>Au moins un signalement ou un incident est lié au problème</translation>
    </message>
    <message>
        <source>At least one side of the problem triangle (offender, victim, location) is described</source>
        <translation>Au moins un côté du triangle du problème (auteur, victime, lieu) est décrit</translation>
    </message>
    <message>
        <source>At least one hypothesis is recorded</source>
        <translation>Au moins une hypothèse est enregistrée</translation>
    </message>
    <message>
        <source>At least one action is in progress or done</source>
        <translation>Au moins une action est en cours ou terminée</translation>
    </message>
    <message>
        <source>An outcome is chosen</source>
        <translation>Un résultat est choisi</translation>
    </message>
    <message>
        <source>A lesson learned is written</source>
        <translation>Un enseignement tiré est rédigé</translation>
    </message>
    <message>
        <source>A measure has a baseline and a follow-up value, or a reason for not measuring is given</source>
        <translation>Une mesure a une valeur de référence et une valeur de suivi, ou un motif de non-mesure est indiqué</translation>
    </message>
    <message>
        <source>not ready for this stage (give a reason to override): %1</source>
        <translation>pas prêt pour cette étape (indiquez un motif pour passer outre)&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>StageRepository</name>
    <message>
        <source>case %1 &quot;%2&quot;</source>
        <translation>dossier %1 «&#xa0;%2&#xa0;»</translation>
    </message>
</context>
<context>
    <name>TallyCommand</name>
    <message>
        <source>a workspace needs --session N</source>
        <translation>un espace de travail nécessite --session N</translation>
    </message>
    <message>
        <source>session %1 hides its results until it closes (use --reveal)</source>
        <translation>la session %1 masque ses résultats jusqu&apos;à sa clôture (utilisez --reveal)</translation>
    </message>
    <message>
        <source>unknown method &quot;%1&quot;</source>
        <translation>méthode inconnue « %1 »</translation>
    </message>
    <message>
        <source>Method: </source>
        <translation>Méthode : </translation>
    </message>
    <message>
        <source>Ballots counted: </source>
        <translation>Bulletins comptés : </translation>
    </message>
    <message>
        <source>Ranking (best first; a shared place is a tie):</source>
        <translation>Classement (le meilleur d&apos;abord ; une place partagée est une égalité) :</translation>
    </message>
    <message>
        <source>Tied winners: </source>
        <translation>Gagnants ex æquo : </translation>
    </message>
    <message>
        <source>Winner: </source>
        <translation>Gagnant : </translation>
    </message>
    <message>
        <source>Pairwise duels d[row][column] (ballots preferring row to column):</source>
        <translation>Duels par paires d[ligne][colonne] (bulletins préférant la ligne à la colonne) :</translation>
    </message>
    <message>
        <source>Strongest paths p[row][column]:</source>
        <translation>Chemins les plus forts p[ligne][colonne] :</translation>
    </message>
    <message>
        <source>Copeland duels (wins / ties / losses):</source>
        <translation>Duels de Copeland (victoires / égalités / défaites) :</translation>
    </message>
    <message>
        <source>Round %1: %2; in play %3, exhausted %4</source>
        <translation>Tour %1 : %2 ; en jeu %3, épuisés %4</translation>
    </message>
    <message>
        <source>; eliminated </source>
        <translation>; éliminé(s) </translation>
    </message>
    <message>
        <source>; the tie decides the winner, possible winners </source>
        <translation>; l&apos;égalité décide du gagnant, gagnants possibles </translation>
    </message>
    <message>
        <source>; elected </source>
        <translation>; élu(s) </translation>
    </message>
    <message>
        <source>Subtotal %1 (%2 ballots):</source>
        <translation>Sous-total %1 (%2 bulletins) :</translation>
    </message>
    <message>
        <source>Tie-break: </source>
        <translation>Départage : </translation>
    </message>
    <message>
        <source>Try: proxima-cli help tally</source>
        <translation>Essayez : proxima-cli help tally</translation>
    </message>
    <message>
        <source>expected exactly one FILE</source>
        <translation>un seul FILE attendu</translation>
    </message>
    <message>
        <source>--method is required (%1)</source>
        <translation>--method est obligatoire (%1)</translation>
    </message>
    <message>
        <source>--max-approvals needs a whole number from 1</source>
        <translation>--max-approvals nécessite un nombre entier à partir de 1</translation>
    </message>
    <message>
        <source>--dots, --max-per-item and --max-score need a whole number from 1</source>
        <translation>--dots, --max-per-item et --max-score nécessitent un nombre entier à partir de 1</translation>
    </message>
    <message>
        <source>unknown tie-break &quot;%1&quot; (none, lottery, a method, or METHOD+lottery)</source>
        <translation>départage inconnu « %1 » (none, lottery, une méthode ou METHOD+lottery)</translation>
    </message>
    <message>
        <source>a lottery needs --seed, so the draw can be repeated</source>
        <translation>un tirage au sort nécessite --seed, pour que le tirage puisse être répété</translation>
    </message>
    <message>
        <source>--seed needs a whole number</source>
        <translation>--seed nécessite un nombre entier</translation>
    </message>
    <message>
        <source>count a ballot file (PrefLib or CSV) with one voting method</source>
        <translation>compter un fichier de bulletins (PrefLib ou CSV) avec une méthode de vote</translation>
    </message>
    <message>
        <source>Subtotal %1 (%2 voters):</source>
        <translation>Sous-total %1 (%2 votants) :</translation>
    </message>
    <message>
        <source>Usage: proxima-cli tally FILE --method METHOD [options]
       proxima-cli tally WORKSPACE --session N [--method METHOD] [options]

Counts the ballots in FILE and prints the full ranking with places, scores and the working.
FILE is a PrefLib file (.soc, .soi, .toc, .toi; candidates are shown by their PrefLib numbers)
or a ballot CSV (.csv: header = candidate names, one row per ballot; ranks 1 = best, empty =
unranked, equal numbers = tied; for dots/approval/score the cells are the numbers given).

WORKSPACE is a Proxima workspace (.proxima): the ballots of voting session N are counted with the
session&apos;s method, options and tie-break (seed included) unless options below are given. Candidates
are shown by their case id, free items by &quot;#P&quot; with P their 1-based position in the session.
While a session hides its results until it closes, --reveal is needed to count it.
A session&apos;s count says who voted (&quot;Voters: 5 of 10 members; sticker dots: 10 (from 2 voters)&quot;)
and is the count the app, its projector and the results sheet show.

Methods: schulze, borda, irv, copeland, plurality, approval, score, dots.

Options:
  --method M           the counting method (required for a file)
  --session N          the voting session of a workspace
  --reveal             count an open session whose results are hidden until it closes
  --json               print one JSON object: method, winners, ranking (tiers of ids, best
                       first), raw_ranking, scores (exact), working, tie_break, ballots,
                       warnings (what the file&apos;s reader accepted but reports);
                       for a session also turnout (members_voted, eligible, voters_counted,
                       channels with ballots and counted totals, summary)
  --margins            Schulze: measure defeats by margins instead of winning votes
  --uncompared         unranked candidates are not compared (default: Debian&apos;s rule)
  --tie-break R        none (default), a method name (e.g. borda), lottery, or METHOD+lottery
  --seed N             lottery seed (recorded in the output)
  --max-approvals N    approval: at most N approvals; on ranked input, approve whole places
                       from the top while at most N candidates (default: the first place only)
  --dots N             dots per voter (default 5)
  --max-per-item K     dots on one item at most (default 2)
  --max-score S        highest score (default 5)

Conventions:
- Candidates a voter did not rank count as tied below all ranked ones (Debian&apos;s rule);
  --uncompared leaves them out of that voter&apos;s comparisons instead.
- Equal rankings inside a ballot count for neither side in a pairwise duel. A tied first
  preference is split equally (plurality, IRV); all counts are exact fractions.
- Schulze uses winning votes by default; the ranking is built in tiers (the candidates no
  remaining candidate beats), so ties are reported as shared places, never silently ordered.
- Borda: a candidate scores the number of candidates ranked strictly below it on each ballot
  (under --uncompared unranked candidates score 0 and are not counted as below).
- Copeland: 1 per pairwise win, 1/2 per pairwise tie.
- IRV: a candidate wins with more than half of the ballots still in play. A tie for the fewest
  votes goes to the earlier rounds (the one with fewer votes in the latest round where they
  differ is eliminated), then to the tie-break rule. Without a rule, tied candidates who together
  have fewer votes than anyone else go out together; otherwise every choice is counted: if all
  give the same winner it is reported (with only the places all choices agree on), if not, the
  possible winners are reported tied. Exhausted ballots are shown per round.
- Ties in the final ranking are broken only by the rule chosen with --tie-break: a second method
  (its ranking on the same ballots), or a lottery: candidates 1..n shuffled by Fisher-Yates
  (last position first, std::mt19937_64 seeded with --seed, unbiased draws by rejection).
  Every tie broken is listed (&quot;B placed above D by lottery, seed 1234&quot;).
- Score-type methods on ranked input: approval = the first place (or --max-approvals);
  score = S minus the number of candidates ranked above, at least 0 (unranked 0);
  dots = going down the places, each candidate gets min(K, dots left / candidates at that
  place, what the place above got); dots that cannot be shared equally stay unused.

A PrefLib file whose stated counts disagree with its orders, or whose orders need a wider type than
declared, is counted from its orders; each such point is printed as FILE:LINE: warning: ... on stderr.

Exit status: 0 ok, 1 unreadable or invalid ballots (FILE:LINE: reason on stderr), 2 usage error.
</source>
        <translation>Utilisation : proxima-cli tally FILE --method METHOD [options]
              proxima-cli tally WORKSPACE --session N [--method METHOD] [options]

Compte les bulletins de FILE et affiche le classement complet avec les places, les scores et le détail du calcul.
FILE est un fichier PrefLib (.soc, .soi, .toc, .toi ; les candidats sont indiqués par leur numéro PrefLib)
ou un CSV de bulletins (.csv : en-tête = noms des candidats, une ligne par bulletin ; rangs 1 = meilleur, vide =
non classé, nombres égaux = ex aequo ; pour dots/approval/score, les cellules sont les nombres attribués).

WORKSPACE est un espace de travail Proxima (.proxima) : les bulletins de la session de vote N sont comptés avec la
méthode, les options et le départage de la session (graine comprise), sauf si des options ci-dessous sont données. Les candidats
sont indiqués par leur numéro de dossier, les éléments libres par « #P », P étant leur position (à partir de 1) dans la session.
Tant qu&apos;une session masque ses résultats jusqu&apos;à sa clôture, --reveal est nécessaire pour la compter.
Le décompte d&apos;une session indique qui a voté (« Votants : 5 sur 10 membres ; gommettes : 10 (de 2 votants) »)
et c&apos;est le décompte qu&apos;affichent l&apos;application, son projecteur et la feuille de résultats.

Méthodes : schulze, borda, irv, copeland, plurality, approval, score, dots.

Options :
  --method M           la méthode de comptage (obligatoire pour un fichier)
  --session N          la session de vote d&apos;un espace de travail
  --reveal             compter une session ouverte dont les résultats sont masqués jusqu&apos;à sa clôture
  --json               afficher un objet JSON : method, winners, ranking (niveaux d&apos;identifiants, le meilleur
                       d&apos;abord), raw_ranking, scores (exacts), working, tie_break, ballots,
                       warnings (ce que le lecteur du fichier a accepté mais signale) ;
                       pour une session aussi turnout (members_voted, eligible, voters_counted,
                       channels avec les bulletins et les totaux comptés, summary)
  --margins            Schulze : mesurer les défaites par les marges au lieu des votes gagnants
  --uncompared         les candidats non classés ne sont pas comparés (par défaut : la règle de Debian)
  --tie-break R        none (par défaut), un nom de méthode (p. ex. borda), lottery ou METHOD+lottery
  --seed N             graine du tirage au sort (consignée dans la sortie)
  --max-approvals N    approval : au plus N approbations ; sur des bulletins classés, approuver des places entières
                       depuis le haut tant qu&apos;il y a au plus N candidats (par défaut : la première place seulement)
  --dots N             gommettes par votant (5 par défaut)
  --max-per-item K     gommettes sur un même élément au maximum (2 par défaut)
  --max-score S        note la plus élevée (5 par défaut)

Conventions :
- Les candidats qu&apos;un votant n&apos;a pas classés comptent comme ex aequo sous tous les candidats classés (règle de Debian) ;
  --uncompared les exclut plutôt des comparaisons de ce votant.
- Des rangs égaux dans un bulletin ne comptent pour aucun des deux côtés dans un duel par paire. Une première
  préférence ex aequo est partagée à parts égales (plurality, IRV) ; tous les comptes sont des fractions exactes.
- Schulze utilise par défaut les votes gagnants ; le classement est construit par niveaux (les candidats qu&apos;aucun
  candidat restant ne bat), de sorte que les égalités sont signalées comme des places partagées, jamais ordonnées en silence.
- Borda : un candidat marque le nombre de candidats classés strictement en dessous de lui sur chaque bulletin
  (avec --uncompared, les candidats non classés marquent 0 et ne comptent pas comme en dessous).
- Copeland : 1 par victoire en duel, 1/2 par égalité en duel.
- IRV : un candidat gagne avec plus de la moitié des bulletins encore en jeu. Une égalité pour le moins de
  voix est départagée par les tours précédents (celui qui a le moins de voix au dernier tour où ils
  diffèrent est éliminé), puis par la règle de départage. Sans règle, les candidats ex aequo qui ensemble
  ont moins de voix que tous les autres sont éliminés ensemble ; sinon chaque choix est compté : si tous
  donnent le même gagnant, il est signalé (avec seulement les places sur lesquelles tous les choix s&apos;accordent), sinon les
  gagnants possibles sont signalés ex aequo. Les bulletins épuisés sont indiqués par tour.
- Les égalités du classement final ne sont départagées que par la règle choisie avec --tie-break : une deuxième méthode
  (son classement sur les mêmes bulletins) ou un tirage au sort : candidats 1..n mélangés par Fisher-Yates
  (dernière position d&apos;abord, std::mt19937_64 initialisé avec --seed, tirages non biaisés par rejet).
  Chaque égalité départagée est listée (« B placé au-dessus de D par tirage au sort, graine 1234 »).
- Méthodes de type score sur des bulletins classés : approval = la première place (ou --max-approvals) ;
  score = S moins le nombre de candidats classés au-dessus, au moins 0 (non classé 0) ;
  dots = en descendant les places, chaque candidat reçoit min(K, gommettes restantes / candidats à cette
  place, ce qu&apos;a reçu la place au-dessus) ; les gommettes qui ne peuvent pas être partagées également restent inutilisées.

Un fichier PrefLib dont les nombres déclarés ne concordent pas avec ses ordres, ou dont les ordres nécessitent un type plus large que
celui déclaré, est compté à partir de ses ordres ; chacun de ces points est affiché sous la forme FILE:LINE: warning: ... sur stderr.

Code de sortie : 0 ok, 1 bulletins illisibles ou invalides (FILE:LINE: raison sur stderr), 2 erreur d&apos;utilisation.
</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>TriangleSide</name>
    <message>
        <source>Offender</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Victim</source>
        <translation>Victime</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>Superviseur</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Gardien</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Gestionnaire</translation>
    </message>
</context>
<context>
    <name>VoteCommand</name>
    <message>
        <source>no candidate &quot;%1&quot; in session %2</source>
        <translation>aucun candidat «&#xa0;%1&#xa0;» dans la session %2</translation>
    </message>
    <message>
        <source>cannot read the ranking &quot;%1&quot; (example: 3,1,{2,5})</source>
        <translation>impossible de lire le classement « %1 » (exemple : 3,1,{2,5})</translation>
    </message>
    <message>
        <source>list voting sessions, cast a ballot, open or close a session</source>
        <translation>lister les sessions de vote, déposer un bulletin, ouvrir ou clôturer une session</translation>
    </message>
    <message>
        <source>Usage:
  proxima-cli vote sessions WORKSPACE [--json]
  proxima-cli vote cast WORKSPACE --session N --member M (--ranking R | --values V)
  proxima-cli vote open WORKSPACE --session N
  proxima-cli vote close WORKSPACE --session N

sessions  lists the sessions: id, state, method, voted/eligible, question. --json prints an array of
          objects: id, meeting, question, method, state, secret, hide_results, voted, eligible,
          candidates (id, label).
cast      records member M&apos;s ballot in the open session N, as at the laptop: the member is put on
          the &quot;has voted&quot; register (a member votes once) and, in a secret session, the ballot is
          stored without any link to the member.
          --ranking R   ranked methods: candidate ids best first, separated by commas; tied
                        candidates in braces: 3,1,{2,5}. Candidates left out are unranked.
          --values V    dots, approval (0/1) or score: one number per candidate, in the session&apos;s
                        candidate order: 2,0,1,2
          Candidate ids are case ids; free items are #P (P = 1-based position).
open      opens a draft session for voting.
close     counts the ballots, closes the session and writes the ranking back as the priorities
          of the candidate cases (1 = first; tied cases share a priority). Prints the ranking.

Exit status: 0 ok, 1 refused (not eligible, voted already, invalid ballot, wrong state), 2 usage.
</source>
        <translation>Utilisation :
  proxima-cli vote sessions WORKSPACE [--json]
  proxima-cli vote cast WORKSPACE --session N --member M (--ranking R | --values V)
  proxima-cli vote open WORKSPACE --session N
  proxima-cli vote close WORKSPACE --session N

sessions  liste les sessions : identifiant, état, méthode, votants/admis, question. --json affiche un tableau
          d&apos;objets : id, meeting, question, method, state, secret, hide_results, voted, eligible,
          candidates (id, label).
cast      enregistre le bulletin du membre M dans la session ouverte N, comme sur l&apos;ordinateur portable : le membre est inscrit
          au registre « a voté » (un membre vote une seule fois) et, dans une session secrète, le bulletin est
          enregistré sans aucun lien avec le membre.
          --ranking R   méthodes par classement : identifiants des candidats, le meilleur d&apos;abord, séparés par des virgules ; candidats
                        à égalité entre accolades : 3,1,{2,5}. Les candidats omis ne sont pas classés.
          --values V    dots, approval (0/1) ou score : un nombre par candidat, dans l&apos;ordre des candidats
                        de la session : 2,0,1,2
          Les identifiants des candidats sont des numéros de dossier ; les éléments libres sont #P (P = position à partir de 1).
open      ouvre au vote une session en brouillon.
close     compte les bulletins, clôture la session et reporte le classement comme priorités
          des dossiers candidats (1 = premier ; les dossiers à égalité partagent une priorité). Affiche le classement.

Code de sortie : 0 ok, 1 refusé (non admis, a déjà voté, bulletin invalide, mauvais état), 2 erreur d&apos;utilisation.
</translation>
    </message>
    <message>
        <source>expected sessions, cast, open or close (see: proxima-cli help vote)</source>
        <translation>sessions, cast, open ou close attendu (voir : proxima-cli help vote)</translation>
    </message>
    <message>
        <source>cast needs --session N and --member M</source>
        <translation>cast nécessite --session N et --member M</translation>
    </message>
    <message>
        <source>give either --ranking or --values</source>
        <translation>indiquez soit --ranking, soit --values</translation>
    </message>
    <message>
        <source>--values needs whole numbers separated by commas</source>
        <translation>--values nécessite des nombres entiers séparés par des virgules</translation>
    </message>
    <message>
        <source>%1 needs --session N</source>
        <translation>%1 nécessite --session N</translation>
    </message>
</context>
<context>
    <name>Voting</name>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturée</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a candidate position</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une position de candidat</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of 0 or more</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre supérieur ou égal à 0</translation>
    </message>
    <message>
        <source>ballot %1</source>
        <translation>bulletin %1</translation>
    </message>
    <message>
        <source>weight must be positive</source>
        <translation>le poids doit être positif</translation>
    </message>
    <message>
        <source>more values than candidates</source>
        <translation>plus de valeurs que de candidats</translation>
    </message>
    <message>
        <source>negative value %1</source>
        <translation>valeur négative %1</translation>
    </message>
    <message>
        <source>%1 dots on one item, at most %2 allowed</source>
        <translation>%1 gommettes sur un même élément, %2 au maximum autorisées</translation>
    </message>
    <message>
        <source>%1 dots used, only %2 per voter</source>
        <translation>%1 gommettes utilisées, seulement %2 par votant</translation>
    </message>
    <message>
        <source>approval values are 0 or 1, not %1</source>
        <translation>les valeurs d&apos;approbation sont 0 ou 1, pas %1</translation>
    </message>
    <message>
        <source>%1 items approved, at most %2 allowed</source>
        <translation>%1 éléments approuvés, %2 au maximum autorisés</translation>
    </message>
    <message>
        <source>score %1 above the maximum %2</source>
        <translation>note %1 supérieure au maximum %2</translation>
    </message>
    <message>
        <source>negative number of candidates</source>
        <translation>nombre de candidats négatif</translation>
    </message>
    <message>
        <source>empty place in the ranking</source>
        <translation>place vide dans le classement</translation>
    </message>
    <message>
        <source>unknown candidate %1</source>
        <translation>candidat %1 inconnu</translation>
    </message>
    <message>
        <source>candidate %1 ranked twice</source>
        <translation>candidat %1 classé deux fois</translation>
    </message>
    <message>
        <source>lottery, seed %1</source>
        <translation>tirage au sort, graine %1</translation>
    </message>
    <message>
        <source>round %1: %2 eliminated rather than %3 (%4)</source>
        <translation>tour %1&#xa0;: %2 éliminé plutôt que %3 (%4)</translation>
    </message>
    <message>
        <source>%1 placed above %2 by %3</source>
        <translation>%1 placé avant %2 par %3</translation>
    </message>
    <message>
        <source>Dot voting</source>
        <translation>Vote par gommettes</translation>
    </message>
    <message>
        <source>Approval voting</source>
        <translation>Vote par approbation</translation>
    </message>
    <message>
        <source>Score voting</source>
        <translation>Vote par notes</translation>
    </message>
    <message>
        <source>Plurality</source>
        <translation>Scrutin majoritaire</translation>
    </message>
    <message>
        <source>Borda count</source>
        <translation>Méthode de Borda</translation>
    </message>
    <message>
        <source>Schulze (Condorcet)</source>
        <translation>Schulze (Condorcet)</translation>
    </message>
    <message>
        <source>Instant-runoff (IRV)</source>
        <translation>Vote alternatif (IRV)</translation>
    </message>
    <message>
        <source>Copeland</source>
        <translation>Copeland</translation>
    </message>
</context>
<context>
    <name>VotingCountService</name>
    <message>
        <source>the ballots of session %1 give numbers, not rankings: %2 cannot count them</source>
        <translation>les bulletins de la session %1 donnent des nombres, pas des classements : %2 ne peut pas les compter</translation>
    </message>
    <message>
        <source>vote &quot;%1&quot; (%2)</source>
        <translation>vote «&#xa0;%1&#xa0;» (%2)</translation>
    </message>
</context>
<context>
    <name>VotingExplanation</name>
    <message>
        <source>Problems a member did not rank count as tied with each other, below every problem that member ranked.</source>
        <translation>Les problèmes qu&apos;un membre n&apos;a pas classés sont considérés à égalité entre eux, en dessous de tous les problèmes que ce membre a classés.</translation>
    </message>
    <message>
        <source>Problems a member did not rank are left out of that member&apos;s comparisons: the ballot says nothing about them.</source>
        <translation>Les problèmes qu&apos;un membre n&apos;a pas classés sont exclus des comparaisons de ce membre&#xa0;: le bulletin ne dit rien à leur sujet.</translation>
    </message>
    <message>
        <source>When a member puts two problems at the same place, that ballot helps neither of them against the other.</source>
        <translation>Quand un membre met deux problèmes à la même place, ce bulletin n&apos;avantage aucun des deux par rapport à l&apos;autre.</translation>
    </message>
    <message>
        <source>Each member sticks %1 dots on the problems that matter most to them, at most %2 on the same problem. The problem with the most dots comes first.</source>
        <translation>Chaque membre colle %1 gommettes sur les problèmes qui comptent le plus pour lui, au plus %2 sur un même problème. Le problème qui a le plus de gommettes arrive en premier.</translation>
    </message>
    <message>
        <source>Each member ticks the problems they agree should be tackled</source>
        <translation>Chaque membre coche les problèmes qu&apos;il estime devoir être traités</translation>
    </message>
    <message>
        <source>, up to %1 of them</source>
        <translation>, jusqu&apos;à %1 problèmes</translation>
    </message>
    <message>
        <source>. The problem ticked by the most members comes first.</source>
        <translation>. Le problème coché par le plus de membres arrive en premier.</translation>
    </message>
    <message>
        <source>Each member gives every problem a mark from 0 to %1; a problem left blank gets 0. The marks are added up and the problem with the highest total comes first.</source>
        <translation>Chaque membre donne à chaque problème une note de 0 à %1&#xa0;; un problème laissé vide reçoit 0. Les notes sont additionnées et le problème au total le plus élevé arrive en premier.</translation>
    </message>
    <message>
        <source>Only each member&apos;s first choice counts. The problem named first by the most members comes first. A member who puts several problems first shares that vote equally between them.</source>
        <translation>Seul le premier choix de chaque membre compte. Le problème cité en premier par le plus de membres arrive en premier. Un membre qui met plusieurs problèmes en premier partage ce vote également entre eux.</translation>
    </message>
    <message>
        <source>Each member ranks the problems. On each ballot a problem earns one point for every problem ranked below it, so with 5 problems a first place earns 4 points and a last place none. The points of all ballots are added up.</source>
        <translation>Chaque membre classe les problèmes. Sur chaque bulletin, un problème gagne un point pour chaque problème classé en dessous de lui&#xa0;: avec 5 problèmes, une première place rapporte 4 points et une dernière place aucun. Les points de tous les bulletins sont additionnés.</translation>
    </message>
    <message>
        <source>Each member ranks the problems. Every pair of problems is compared: how many members prefer one to the other. A problem beats another if it wins that duel directly or through a chain of duels whose weakest link is stronger than the other way round. The problems beaten by no one come first, then the same is done with the rest.</source>
        <translation>Chaque membre classe les problèmes. Chaque paire de problèmes est comparée&#xa0;: combien de membres préfèrent l&apos;un à l&apos;autre. Un problème en bat un autre s&apos;il gagne ce duel directement ou par une chaîne de duels dont le maillon le plus faible est plus fort que dans l&apos;autre sens. Les problèmes battus par aucun autre arrivent en premier, puis on procède de même avec les autres.</translation>
    </message>
    <message>
        <source>A duel&apos;s strength is the number of members on the winning side.</source>
        <translation>La force d&apos;un duel est le nombre de membres du côté gagnant.</translation>
    </message>
    <message>
        <source>A duel&apos;s strength is the winning side&apos;s lead (its votes minus the other side&apos;s).</source>
        <translation>La force d&apos;un duel est l&apos;avance du côté gagnant (ses voix moins celles de l&apos;autre côté).</translation>
    </message>
    <message>
        <source>Each member ranks the problems. Every ballot counts for its highest-ranked problem still in the race. If a problem has more than half of the ballots still in play, it wins. Otherwise the problem with the fewest votes drops out and its ballots move to their next choice. A ballot with no choice left is set aside (exhausted). A tie for the fewest votes is settled by who had fewer votes in the latest earlier round where they differed. A ballot that puts several problems at the same place is shared equally between them.</source>
        <translation>Chaque membre classe les problèmes. Chaque bulletin compte pour le problème le mieux classé encore en course. Si un problème a plus de la moitié des bulletins encore en jeu, il gagne. Sinon, le problème qui a le moins de voix est éliminé et ses bulletins passent à leur choix suivant. Un bulletin sans choix restant est mis de côté (épuisé). Une égalité pour le moins de voix est tranchée selon qui avait le moins de voix au tour précédent le plus récent où ils différaient. Un bulletin qui met plusieurs problèmes à la même place est partagé également entre eux.</translation>
    </message>
    <message>
        <source>Each member ranks the problems. Every pair of problems is compared: the one more members prefer wins the duel. A problem scores 1 for each duel it wins and a half for each tied duel; the highest score comes first.</source>
        <translation>Chaque membre classe les problèmes. Chaque paire de problèmes est comparée&#xa0;: celui que le plus de membres préfèrent gagne le duel. Un problème marque 1 point par duel gagné et un demi-point par duel à égalité&#xa0;; le score le plus élevé arrive en premier.</translation>
    </message>
    <message>
        <source>Problems with the same result share their place; no tie is broken.</source>
        <translation>Les problèmes au même résultat partagent leur place&#xa0;; aucune égalité n&apos;est départagée.</translation>
    </message>
    <message>
        <source>Problems with the same result are ordered by %1 on the same ballots; if they are still equal they share their place.</source>
        <translation>Les problèmes au même résultat sont départagés par %1 sur les mêmes bulletins&#xa0;; s&apos;ils restent à égalité, ils partagent leur place.</translation>
    </message>
    <message>
        <source>Problems with the same result are ordered by a lottery drawn in advance with seed %1, so anyone can repeat the draw.</source>
        <translation>Les problèmes au même résultat sont départagés par un tirage au sort effectué à l&apos;avance avec la graine %1, afin que chacun puisse refaire le tirage.</translation>
    </message>
    <message>
        <source>Problems with the same result are ordered by %1, and what stays equal by a lottery with seed %2.</source>
        <translation>Les problèmes au même résultat sont départagés par %1, et ce qui reste à égalité par un tirage au sort avec la graine %2.</translation>
    </message>
</context>
<context>
    <name>VotingRepository</name>
    <message numerus="yes">
        <source>%n ballot(s) entered</source>
        <translation>
            <numerusform>%n bulletin saisi</numerusform>
            <numerusform>%n bulletins saisis</numerusform>
        </translation>
    </message>
    <message>
        <source>a ballot stands for at least one voter</source>
        <translation>un bulletin représente au moins un votant</translation>
    </message>
    <message>
        <source>unknown entry channel &quot;%1&quot;</source>
        <translation>canal de saisie inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 needs a ranking</source>
        <translation>%1 nécessite un classement</translation>
    </message>
    <message>
        <source>%1 needs a number per candidate</source>
        <translation>%1 nécessite un nombre par candidat</translation>
    </message>
    <message>
        <source>could not draw a free ballot number</source>
        <translation>impossible de tirer un numéro de bulletin libre</translation>
    </message>
    <message>
        <source>member %1 is not among the eligible voters</source>
        <translation>le membre %1 ne fait pas partie des votants admis</translation>
    </message>
    <message>
        <source>member %1 has voted already</source>
        <translation>le membre %1 a déjà voté</translation>
    </message>
    <message>
        <source>a secret ballot was cast</source>
        <translation>un bulletin secret a été déposé</translation>
    </message>
    <message>
        <source>member %1 voted</source>
        <translation>le membre %1 a voté</translation>
    </message>
    <message>
        <source>ballot %1</source>
        <translation>bulletin %1</translation>
    </message>
    <message>
        <source>counted totals only fit dot, approval and score voting</source>
        <translation>les totaux comptés ne conviennent qu&apos;au vote par gommettes, par approbation et par notes</translation>
    </message>
    <message>
        <source>counted totals come from paper or stickers</source>
        <translation>les totaux comptés proviennent du papier ou des gommettes</translation>
    </message>
    <message>
        <source>the number of voters cannot be negative</source>
        <translation>le nombre de votants ne peut pas être négatif</translation>
    </message>
    <message>
        <source>more totals than candidates</source>
        <translation>plus de totaux que de candidats</translation>
    </message>
    <message>
        <source>a total cannot be negative</source>
        <translation>un total ne peut pas être négatif</translation>
    </message>
    <message>
        <source>totals of %1 entered</source>
        <translation>totaux de %1 saisis</translation>
    </message>
    <message>
        <source>a ballot can be withdrawn only in a named session</source>
        <translation>un bulletin ne peut être retiré que dans une session nominative</translation>
    </message>
    <message>
        <source>the ballot of member %1</source>
        <translation>le bulletin du membre %1</translation>
    </message>
    <message>
        <source>ballot of member %1 withdrawn</source>
        <translation>bulletin du membre %1 retiré</translation>
    </message>
    <message>
        <source>the ballots of a secret session are not linked to voters</source>
        <translation>les bulletins d&apos;une session secrète ne sont pas liés aux votants</translation>
    </message>
    <message>
        <source>voting session %1 &quot;%2&quot;</source>
        <translation>session de vote %1 «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>a voting session needs a question</source>
        <translation>une session de vote doit avoir une question</translation>
    </message>
    <message>
        <source>a vote needs at least two candidates</source>
        <translation>un vote nécessite au moins deux candidats</translation>
    </message>
    <message>
        <source>every candidate needs a label</source>
        <translation>chaque candidat doit avoir un libellé</translation>
    </message>
    <message>
        <source>case %1 is a candidate twice</source>
        <translation>le dossier %1 est candidat deux fois</translation>
    </message>
    <message>
        <source>dots per voter and dots per item must be at least 1</source>
        <translation>les gommettes par votant et par élément doivent être au moins 1</translation>
    </message>
    <message>
        <source>the number of approvals cannot be negative</source>
        <translation>le nombre d&apos;approbations ne peut pas être négatif</translation>
    </message>
    <message>
        <source>the highest score must be at least 1</source>
        <translation>la note la plus élevée doit être au moins 1</translation>
    </message>
    <message>
        <source>voting session %1</source>
        <translation>session de vote %1</translation>
    </message>
    <message>
        <source>a new session cannot start closed</source>
        <translation>une nouvelle session ne peut pas commencer clôturée</translation>
    </message>
    <message>
        <source>only a draft session can be changed</source>
        <translation>seule une session en brouillon peut être modifiée</translation>
    </message>
    <message>
        <source>only a draft session can be opened</source>
        <translation>seule une session en brouillon peut être ouverte</translation>
    </message>
    <message>
        <source>the session is not open (it is %1)</source>
        <translation>la session n&apos;est pas ouverte (état&#xa0;: %1)</translation>
    </message>
    <message>
        <source>stored ballot %1: %2</source>
        <translation>bulletin enregistré %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>VotingResultsSheet</name>
    <message>
        <source>Voting results</source>
        <translation>Résultats du vote</translation>
    </message>
    <message>
        <source>Secret ballot</source>
        <translation>Vote secret</translation>
    </message>
    <message>
        <source>Named ballot</source>
        <translation>Vote nominatif</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Turnout</source>
        <translation>Participation</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Classement</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <source>Round %1: %2 ballots in play, %3 exhausted%4</source>
        <translation>Tour %1&#xa0;: %2 bulletins en jeu, %3 épuisés%4</translation>
    </message>
    <message>
        <source>; eliminated: %1</source>
        <translation>; éliminé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Ties and working</source>
        <translation>Égalités et détail du calcul</translation>
    </message>
    <message>
        <source>How it was counted</source>
        <translation>Mode de comptage</translation>
    </message>
    <message>
        <source>Subtotal %1 (%2 voters): %3</source>
        <translation>Sous-total %1 (%2 votants) : %3</translation>
    </message>
</context>
<context>
    <name>VotingSupport</name>
    <message>
        <source>voting session %1 is not closed yet: its ballots may still change</source>
        <translation>la session de vote %1 n&apos;est pas encore clôturée&#xa0;: ses bulletins peuvent encore changer</translation>
    </message>
    <message>
        <source>no candidate of voting session %1 matches a proposal of the round (by title, or by the case its actions belong to)</source>
        <translation>aucun candidat de la session de vote %1 ne correspond à une proposition du cycle (par son titre, ou par le dossier auquel ses actions appartiennent)</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>another member is saving to the workspace right now; please try again in a moment</source>
        <translation>un autre membre est en train d&apos;enregistrer dans l&apos;espace de travail&#xa0;; veuillez réessayer dans un instant</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>%1 was changed by another member meanwhile (now at revision %2)</source>
        <translation>%1 a été modifié entre-temps par un autre membre (révision actuelle&#xa0;: %2)</translation>
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
        <translation>le fichier de l&apos;espace de travail est endommagé (%1). Il n&apos;a pas été modifié&#xa0;; restaurez une copie de sauvegarde.</translation>
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
        <translation>le fichier ne peut pas être lu&#xa0;: %1</translation>
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
        <translation>cet espace de travail a été enregistré par une version plus récente de Proxima (schéma %1&#xa0;; cette version connaît au plus le schéma %2). Veuillez mettre Proxima à jour pour l&apos;ouvrir&#xa0;; le fichier n&apos;est pas modifié.</translation>
    </message>
    <message>
        <source>the workspace file is damaged: it is shorter than its header says (it may have been cut off while copying). Restore a backup copy.</source>
        <translation>le fichier de l&apos;espace de travail est endommagé&#xa0;: il est plus court que ce qu&apos;indique son en-tête (il a peut-être été tronqué lors d&apos;une copie). Restaurez une copie de sauvegarde.</translation>
    </message>
    <message>
        <source>the workspace has no open database</source>
        <translation>l&apos;espace de travail n&apos;a pas de base de données ouverte</translation>
    </message>
    <message>
        <source>an incident needs a valid date</source>
        <translation>un incident doit avoir une date valide</translation>
    </message>
    <message>
        <source>%1: %2 incidents imported, %3 already present</source>
        <translation>%1&#xa0;: %2 incidents importés, %3 déjà présents</translation>
    </message>
    <message>
        <source>the record to delete no longer exists</source>
        <translation>l&apos;enregistrement à supprimer n&apos;existe plus</translation>
    </message>
    <message>
        <source>it holds the table &quot;%1&quot;, which that version does not have</source>
        <translation>il contient la table «&#xa0;%1&#xa0;», que cette version n&apos;a pas</translation>
    </message>
    <message>
        <source>the table &quot;%1&quot; of that version is missing</source>
        <translation>la table «&#xa0;%1&#xa0;» de cette version manque</translation>
    </message>
    <message>
        <source>the workspace file is damaged: it says it has schema version %1, but %2. It was left untouched; restore a backup copy.</source>
        <translation>le fichier de l&apos;espace de travail est endommagé&#xa0;: il indique la version de schéma %1, mais %2. Il n&apos;a pas été modifié&#xa0;; restaurez une copie de sauvegarde.</translation>
    </message>
    <message>
        <source>the workspace file is damaged (%1); restore a backup copy.</source>
        <translation>le fichier de l&apos;espace de travail est endommagé (%1)&#xa0;; restaurez une copie de sauvegarde.</translation>
    </message>
    <message>
        <source>the workspace file could not be read after rolling back an interrupted write; restore a backup copy.</source>
        <translation>le fichier de l&apos;espace de travail n&apos;a pas pu être lu après l&apos;annulation d&apos;une écriture interrompue&#xa0;; restaurez une copie de sauvegarde.</translation>
    </message>
    <message>
        <source>this workspace has the schema of an older Proxima (version %1; this one uses %2). Upgrade it first with &quot;proxima-cli upgrade FILE&quot; or by opening it in the app, which asks; members still on the older version will not be able to open it afterwards.</source>
        <translation>cet espace de travail a le schéma d&apos;une version plus ancienne de Proxima (version %1&#xa0;; celle-ci utilise %2). Mettez-le d&apos;abord à niveau avec «&#xa0;proxima-cli upgrade FILE&#xa0;» ou en l&apos;ouvrant dans l&apos;application, qui le propose&#xa0;; les membres qui utilisent encore l&apos;ancienne version ne pourront plus l&apos;ouvrir ensuite.</translation>
    </message>
    <message>
        <source>the workspace %1 was opened read-only</source>
        <translation>l&apos;espace de travail %1 a été ouvert en lecture seule</translation>
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
        <source>unknown action &apos;%1&apos; (add, list, show, set)</source>
        <translation>action inconnue &apos;%1&apos; (add, list, show, set)</translation>
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
    <message>
        <source>unknown source &apos;%1&apos; (one of: %2)</source>
        <translation>source inconnue &apos;%1&apos; (valeurs possibles : %2)</translation>
    </message>
    <message>
        <source>the severity is a whole number from 1 to 5</source>
        <translation>la gravité est un nombre entier de 1 à 5</translation>
    </message>
    <message>
        <source>unknown frequency &apos;%1&apos;</source>
        <translation>fréquence inconnue &apos;%1&apos;</translation>
    </message>
    <message>
        <source>add and list the concerns raised in the neighbourhood</source>
        <translation>ajouter et lister les signalements faits dans le quartier</translation>
    </message>
    <message>
        <source>usage:
  proxima-cli concern add FILE --text TEXT [--case ID] [--source SOURCE] [--severity 1-5]
                             [--place P] [--category C] [--frequency F] [--raised-by WHO]
                             [--area AREA]
      Adds a concern (raised today) and prints its id.
  proxima-cli concern list FILE [--json]
      Lists the concerns, newest first. JSON: an array of objects with id, case_id, text, source,
      raised_on, place, category, severity, frequency, raised_by, area, lat, lon, revision.
Sources: %1
Frequencies: once, occasionally, monthly, weekly, daily
</source>
        <translation>utilisation :
  proxima-cli concern add FILE --text TEXT [--case ID] [--source SOURCE] [--severity 1-5]
                             [--place P] [--category C] [--frequency F] [--raised-by WHO]
                             [--area AREA]
      Ajoute un signalement (fait aujourd&apos;hui) et affiche son identifiant.
  proxima-cli concern list FILE [--json]
      Liste les signalements, du plus récent au plus ancien. JSON : un tableau d&apos;objets avec id, case_id, text, source,
      raised_on, place, category, severity, frequency, raised_by, area, lat, lon, revision.
Sources : %1
Fréquences : once, occasionally, monthly, weekly, daily
</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos; (add, list)</source>
        <translation>action inconnue &apos;%1&apos; (add, list)</translation>
    </message>
    <message>
        <source>import incident data (CSV) into a workspace</source>
        <translation>importer des données d&apos;incidents (CSV) dans un espace de travail</translation>
    </message>
    <message>
        <source>unknown kind &apos;%1&apos; (incidents)</source>
        <translation>type inconnu &apos;%1&apos; (incidents)</translation>
    </message>
    <message>
        <source>read: %1
imported: %2
already present: %3
rejected: %4
</source>
        <translation>lues : %1
importées : %2
déjà présentes : %3
rejetées : %4
</translation>
    </message>
    <message>
        <source>nothing was imported (use --skip-invalid to import the valid rows)
</source>
        <translation>rien n&apos;a été importé (utilisez --skip-invalid pour importer les lignes valides)
</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation>&apos;%1&apos; n&apos;est pas une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a paper size (a4, a3)</source>
        <translation>&apos;%1&apos; n&apos;est pas un format de papier (a4, a3)</translation>
    </message>
    <message>
        <source>PDF output needs a graphical application object</source>
        <translation>la sortie PDF nécessite un objet application graphique</translation>
    </message>
    <message>
        <source>wrote %1 (%2)</source>
        <translation>%1 écrit (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>export the action matrix, meeting agenda and minutes, the handover pack, a case report or the results of a vote</source>
        <translation>exporter la matrice d&apos;actions, l&apos;ordre du jour et le procès-verbal d&apos;une réunion, le document de passation, un rapport de dossier ou les résultats d&apos;un vote</translation>
    </message>
    <message>
        <source>usage:
  proxima-cli export matrix WORKSPACE --pdf|--xlsx|--csv|--ics OUT [--area A] [--case N]
                     [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--layout table|grid|timeline]
                     [--paper a4|a3] [--portrait] [--title T] [--logo FILE] [--no-signatures]
      The actions of all cases, grouped by problem in priority order. The PDF is landscape by
      default and ends with a signature box for each partner organisation.
  proxima-cli export agenda WORKSPACE --meeting N OUT.pdf [--paper a4|a3] [--landscape]
  proxima-cli export minutes WORKSPACE --meeting N OUT.pdf [--paper a4|a3] [--landscape]
  proxima-cli export handover WORKSPACE [--area A] OUT.pdf [--paper a4|a3] [--landscape]
      The area&apos;s open cases and actions, the priorities, partners and contact people.
  proxima-cli export case WORKSPACE --case N OUT.pdf [--paper a4|a3] [--landscape]
      A SARA summary of one case: concerns, triangle, actions, measures with their charts, outcome.
  proxima-cli export results WORKSPACE --session N OUT.pdf|OUT.csv [--paper a4|a3] [--landscape]
      The results sheet of a closed voting session (PDF) or its ranking (CSV), by extension.
Every file is written to a temporary file first and renamed into place.
Exit codes: 0 written, 1 the workspace or the file failed (unknown area, case, meeting
or session, a session not closed), 2 the command line is wrong.
</source>
        <translation>utilisation :
  proxima-cli export matrix WORKSPACE --pdf|--xlsx|--csv|--ics OUT [--area A] [--case N]
                     [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--layout table|grid|timeline]
                     [--paper a4|a3] [--portrait] [--title T] [--logo FILE] [--no-signatures]
      Les actions de tous les dossiers, regroupées par problème dans l&apos;ordre des priorités. Le PDF est
      en paysage par défaut et se termine par un cadre de signature pour chaque organisation partenaire.
  proxima-cli export agenda WORKSPACE --meeting N OUT.pdf [--paper a4|a3] [--landscape]
  proxima-cli export minutes WORKSPACE --meeting N OUT.pdf [--paper a4|a3] [--landscape]
  proxima-cli export handover WORKSPACE [--area A] OUT.pdf [--paper a4|a3] [--landscape]
      Les dossiers et actions ouverts du quartier, les priorités, les partenaires et les personnes de contact.
  proxima-cli export case WORKSPACE --case N OUT.pdf [--paper a4|a3] [--landscape]
      Un résumé SARA d&apos;un dossier : signalements, triangle, actions, mesures avec leurs graphiques, résultat.
  proxima-cli export results WORKSPACE --session N OUT.pdf|OUT.csv [--paper a4|a3] [--landscape]
      La fiche de résultats d&apos;une session de vote clôturée (PDF) ou son classement (CSV), selon l&apos;extension.
Chaque fichier est d&apos;abord écrit dans un fichier temporaire, puis renommé à sa place définitive.
Codes de sortie : 0 fichier écrit, 1 échec dû à l&apos;espace de travail ou au fichier (quartier, dossier,
réunion ou session inconnus, session non clôturée), 2 ligne de commande incorrecte.
</translation>
    </message>
    <message>
        <source>unknown document &apos;%1&apos; (matrix, agenda, minutes, handover, case, results)</source>
        <translation>document inconnu &apos;%1&apos; (matrix, agenda, minutes, handover, case, results)</translation>
    </message>
    <message>
        <source>give only one of --pdf, --xlsx, --csv and --ics</source>
        <translation>indiquez un seul des formats --pdf, --xlsx, --csv et --ics</translation>
    </message>
    <message>
        <source>give one of --pdf, --xlsx, --csv or --ics with the output file</source>
        <translation>indiquez --pdf, --xlsx, --csv ou --ics avec le fichier de sortie</translation>
    </message>
    <message>
        <source>--case: &apos;%1&apos; is not a case number</source>
        <translation>--case : &apos;%1&apos; n&apos;est pas un numéro de dossier</translation>
    </message>
    <message>
        <source>--to: the period ends before it starts</source>
        <translation>--to : la période se termine avant de commencer</translation>
    </message>
    <message>
        <source>--layout: &apos;%1&apos; is not a layout (table, grid, timeline)</source>
        <translation>--layout : &apos;%1&apos; n&apos;est pas une mise en page (table, grid, timeline)</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
    <message>
        <source>--meeting is required</source>
        <translation>--meeting est obligatoire</translation>
    </message>
    <message>
        <source>--meeting: &apos;%1&apos; is not a meeting number</source>
        <translation>--meeting : &apos;%1&apos; n&apos;est pas un numéro de réunion</translation>
    </message>
    <message>
        <source>--meeting: there is no meeting %1</source>
        <translation>--meeting : il n&apos;y a pas de réunion %1</translation>
    </message>
    <message>
        <source>--case is required</source>
        <translation>--case est obligatoire</translation>
    </message>
    <message>
        <source>--session is required</source>
        <translation>--session est obligatoire</translation>
    </message>
    <message>
        <source>--session: &apos;%1&apos; is not a session number</source>
        <translation>--session&#xa0;: &apos;%1&apos; n&apos;est pas un numéro de session</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the output file must end in .pdf or .csv</source>
        <translation>&apos;%1&apos;&#xa0;: le fichier de sortie doit se terminer par .pdf ou .csv</translation>
    </message>
    <message>
        <source>--session: there is no session %1</source>
        <translation>--session&#xa0;: il n&apos;y a pas de session %1</translation>
    </message>
    <message>
        <source>--session: session %1 is not closed (it is %2)</source>
        <translation>--session&#xa0;: la session %1 n&apos;est pas clôturée (elle est %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s)</source>
        <translation>
            <numerusform>%n candidat</numerusform>
            <numerusform>%n candidats</numerusform>
        </translation>
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
  proxima-cli case set FILE ID [--title ...] [--stage ...] [--reason TEXT] [--area ...] ...
      Edits a case (recorded in the change log like an edit in the app). Moving it forward checks
      the stage&apos;s checklist as the app does: with requirements unmet, --reason overrides them and
      is recorded in the case&apos;s stage history.
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
  proxima-cli case set FILE ID [--title ...] [--stage ...] [--reason TEXT] [--area ...] ...
      Modifie un dossier (consigné dans l&apos;historique des modifications comme une modification dans l&apos;application).
      Quand on le fait avancer d&apos;étape, la liste de contrôle de l&apos;étape est vérifiée comme dans l&apos;application : si des exigences
      ne sont pas remplies, le motif donné avec --reason permet de passer outre et est consigné dans l&apos;historique des étapes du dossier.
Étapes : %1
</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not field=column (fields: date, time, type, address, x, y, lat, lon, text, id, area)</source>
        <translation>&apos;%1&apos; n&apos;est pas de la forme field=column (champs : date, time, type, address, x, y, lat, lon, text, id, area)</translation>
    </message>
    <message>
        <source>usage:
  proxima-cli import incidents FILE CSV [--map field=column,...] [--skip-invalid]
      Imports incidents (e.g. an export of police records) in one transaction.
      Columns are matched by header name; --map names them instead (only the fields given).
      Fields: date, time, type (category), address, x, y, lat, lon, text (description), id (reference),
      area (matched by name to the workspace&apos;s areas; other names are reported, the rows kept).
      Without --skip-invalid one rejected row imports nothing. Each rejected row is printed on stderr
      as CSV:LINE: reason, and the exit code is 1 when any row was rejected.
      Rows already in the workspace (same reference, or same content) are not added again.
</source>
        <translation>utilisation :
  proxima-cli import incidents FILE CSV [--map field=column,...] [--skip-invalid]
      Importe des incidents (p. ex. un export des procès-verbaux de police) en une seule transaction.
      Les colonnes sont associées par leur nom d&apos;en-tête ; --map les désigne à la place (uniquement les champs indiqués).
      Champs : date, time, type (catégorie), address (adresse), x, y, lat, lon, text (description), id (référence),
      area (quartier, associé par son nom aux quartiers de l&apos;espace de travail ; les autres noms sont signalés, les lignes conservées).
      Sans --skip-invalid, une seule ligne rejetée fait que rien n&apos;est importé. Chaque ligne rejetée est affichée sur stderr
      sous la forme CSV:LINE: motif, et le code de sortie vaut 1 dès qu&apos;une ligne a été rejetée.
      Les lignes déjà présentes dans l&apos;espace de travail (même référence ou même contenu) ne sont pas ajoutées à nouveau.
</translation>
    </message>
    <message>
        <source>areas not in the workspace (rows kept without an area): %1
</source>
        <translation>quartiers absents de l&apos;espace de travail (lignes conservées sans quartier) : %1
</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>--%1 est obligatoire</translation>
    </message>
    <message>
        <source>                (older than this Proxima&apos;s schema %1: read without changing the file; &quot;proxima-cli upgrade %2&quot; upgrades it)
</source>
        <translation>                (plus ancien que le schéma %1 de ce Proxima : lu sans modifier le fichier ; « proxima-cli upgrade %2 » le met à niveau)
</translation>
    </message>
    <message>
        <source>usage: proxima-cli info FILE [--json]
Shows the schema version, the app version that last wrote the file, the last writer and the number of records of each kind.
--json prints one object: {&quot;schema_version&quot;: N, &quot;current_schema_version&quot;: N, &quot;app_version&quot;: ..., &quot;last_writer&quot;: ..., &quot;counts&quot;: {&quot;cases&quot;: N, ...}}
Reads only: a file of an older schema is not upgraded (see: proxima-cli help upgrade).
</source>
        <translation>utilisation : proxima-cli info FILE [--json]
Affiche la version du schéma, la version de l&apos;application qui a écrit le fichier en dernier, le dernier rédacteur et le nombre d&apos;enregistrements de chaque type.
--json affiche un objet : {&quot;schema_version&quot;: N, &quot;current_schema_version&quot;: N, &quot;app_version&quot;: ..., &quot;last_writer&quot;: ..., &quot;counts&quot;: {&quot;cases&quot;: N, ...}}
Lecture seule : un fichier d&apos;un schéma plus ancien n&apos;est pas mis à niveau (voir : proxima-cli help upgrade).
</translation>
    </message>
    <message>
        <source>upgrade a workspace of an older schema (keeps a backup copy)</source>
        <translation>mettre à niveau un espace de travail d&apos;un schéma plus ancien (conserve une copie de sauvegarde)</translation>
    </message>
    <message>
        <source>usage: proxima-cli upgrade FILE
Brings a workspace written by an older Proxima to this version&apos;s schema, after copying the file as it was to FILE.schemaN.bak. Members who still use the older version cannot open the file afterwards: upgrade once everyone has the new version. Commands that change a workspace refuse an older one until it is upgraded; commands that only read never upgrade it.
</source>
        <translation>utilisation : proxima-cli upgrade FILE
Met un espace de travail écrit par une version plus ancienne de Proxima au schéma de cette version, après avoir copié le fichier tel qu&apos;il était vers FILE.schemaN.bak. Les membres qui utilisent encore l&apos;ancienne version ne peuvent plus ouvrir le fichier ensuite : effectuez la mise à niveau lorsque tout le monde a la nouvelle version. Les commandes qui modifient un espace de travail refusent un espace plus ancien tant qu&apos;il n&apos;est pas mis à niveau ; les commandes qui ne font que lire ne le mettent jamais à niveau.
</translation>
    </message>
    <message>
        <source>%1 already has schema %2: nothing to upgrade
</source>
        <translation>%1 a déjà le schéma %2 : rien à mettre à niveau
</translation>
    </message>
    <message>
        <source>upgraded %1 from schema %2 to %3; the file as it was is kept in %4
</source>
        <translation>%1 mis à niveau du schéma %2 au schéma %3 ; le fichier tel qu&apos;il était est conservé dans %4
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
    <message>
        <source>Show the page with this number (0 = first) at start.</source>
        <translation>Afficher au démarrage la page portant ce numéro (0 = la première).</translation>
    </message>
</context>
<context>
    <name>proxima</name>
    <message>
        <source>approvals</source>
        <translation>approbations</translation>
    </message>
    <message>
        <source>points</source>
        <translation>points</translation>
    </message>
    <message>
        <source>dots</source>
        <translation>gommettes</translation>
    </message>
    <message>
        <source>paper ballots: %1</source>
        <translation>bulletins papier&#xa0;: %1</translation>
    </message>
    <message>
        <source>imported ballots: %1</source>
        <translation>bulletins importés&#xa0;: %1</translation>
    </message>
    <message>
        <source>sticker ballots: %1</source>
        <translation>bulletins à gommettes&#xa0;: %1</translation>
    </message>
    <message>
        <source>laptop ballots without a member: %1</source>
        <translation>bulletins sur l&apos;ordinateur portable sans membre&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 ballots: %2</source>
        <translation>bulletins %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>(from 1 voter)</source>
        <translation>(d&apos;un votant)</translation>
    </message>
    <message>
        <source>(from %1 voters)</source>
        <translation>(de %1 votants)</translation>
    </message>
    <message>
        <source>sticker %1: %2 %3</source>
        <translation>gommettes (%1)&#xa0;: %2 %3</translation>
    </message>
    <message>
        <source>%1 totals: %2 %3 %4</source>
        <translation>totaux %1&#xa0;: %2 %3 %4</translation>
    </message>
</context>
<context>
    <name>proxima::ActionDialog</name>
    <message>
        <source>Edit action</source>
        <translation>Modifier l&apos;action</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Nouvelle action</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>Partners and &amp;referral</source>
        <translation>Partenaires et &amp;renvoi</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>pas de date</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(non défini)</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>due</source>
        <translation>échéance</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Police</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Bénévoles</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Argent</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Quoi&#xa0;:</translation>
    </message>
    <message>
        <source>W&amp;hy:</source>
        <translation>Pourquo&amp;i&#xa0;:</translation>
    </message>
    <message>
        <source>Triangle &amp;side:</source>
        <translation>Côté du &amp;triangle&#xa0;:</translation>
    </message>
    <message>
        <source>Chain p&amp;hase:</source>
        <translation>P&amp;hase de la chaîne&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Lead member:</source>
        <translation>&amp;Membre responsable&#xa0;:</translation>
    </message>
    <message>
        <source>Lead &amp;organisation:</source>
        <translation>&amp;Organisation responsable&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;tart:</source>
        <translation>Dé&amp;but&#xa0;:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>St&amp;atut&#xa0;:</translation>
    </message>
    <message>
        <source>Resources:</source>
        <translation>Ressources&#xa0;:</translation>
    </message>
    <message>
        <source>Su&amp;ccess measure:</source>
        <translation>Mesure de ré&amp;ussite&#xa0;:</translation>
    </message>
    <message>
        <source>What is done</source>
        <translation>Ce qui est fait</translation>
    </message>
    <message>
        <source>Why: what it changes in the problem</source>
        <translation>Pourquoi&#xa0;: ce que cela change au problème</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Police hours</source>
        <translation>Heures de police</translation>
    </message>
    <message>
        <source>Volunteer hours</source>
        <translation>Heures de bénévoles</translation>
    </message>
    <message>
        <source>Euros</source>
        <translation>Euros</translation>
    </message>
    <message>
        <source>Partners of the action</source>
        <translation>Partenaires de l&apos;action</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Represented by</source>
        <translation>Représenté par</translation>
    </message>
    <message>
        <source>&amp;Add partner</source>
        <translation>&amp;Ajouter un partenaire</translation>
    </message>
    <message>
        <source>Re&amp;move partner</source>
        <translation>Re&amp;tirer le partenaire</translation>
    </message>
    <message>
        <source>Referred to a non-police service</source>
        <translation>Renvoyé vers un service non policier</translation>
    </message>
    <message>
        <source>Se&amp;rvice:</source>
        <translation>Se&amp;rvice&#xa0;:</translation>
    </message>
    <message>
        <source>Referred &amp;on:</source>
        <translation>Renvoyé &amp;le&#xa0;:</translation>
    </message>
    <message>
        <source>A&amp;nswer:</source>
        <translation>Ré&amp;ponse&#xa0;:</translation>
    </message>
    <message>
        <source>Who works on this action, and what they do:</source>
        <translation>Qui travaille sur cette action, et ce qu&apos;ils font&#xa0;:</translation>
    </message>
    <message>
        <source>Committee member representing the partner</source>
        <translation>Membre du comité représentant le partenaire</translation>
    </message>
    <message>
        <source>say which service the matter was referred to</source>
        <translation>indiquez vers quel service l&apos;affaire a été renvoyée</translation>
    </message>
</context>
<context>
    <name>proxima::ActionTableModel</name>
    <message>
        <source>%1 (referral)</source>
        <translation>%1 (renvoi)</translation>
    </message>
    <message>
        <source>%1
Why: %2</source>
        <translation>%1
Pourquoi&#xa0;: %2</translation>
    </message>
    <message>
        <source>
Success: %1</source>
        <translation>
Réussite&#xa0;: %1</translation>
    </message>
    <message>
        <source>
Referred to %1</source>
        <translation>
Renvoyé vers %1</translation>
    </message>
    <message>
        <source> on %1</source>
        <translation> le %1</translation>
    </message>
    <message>
        <source>; no answer yet</source>
        <translation>; pas encore de réponse</translation>
    </message>
    <message>
        <source>; answer: %1</source>
        <translation>; réponse&#xa0;: %1</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Côté</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Police h</source>
        <translation>Police h</translation>
    </message>
    <message>
        <source>Volunteer h</source>
        <translation>Bénévoles h</translation>
    </message>
    <message>
        <source>€</source>
        <translation>€</translation>
    </message>
</context>
<context>
    <name>proxima::ActionTimeline</name>
    <message>
        <source>Timeline of the actions</source>
        <translation>Chronologie des actions</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) from %1 to %2</source>
        <translation>
            <numerusform>%n action du %1 au %2</numerusform>
            <numerusform>%n actions du %1 au %2</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>No actions yet.</source>
        <translation>Pas encore d&apos;action.</translation>
    </message>
    <message>
        <source>No action has a start or due date yet.</source>
        <translation>Aucune action n&apos;a encore de date de début ou d&apos;échéance.</translation>
    </message>
    <message>
        <source>no dates</source>
        <translation>pas de dates</translation>
    </message>
</context>
<context>
    <name>proxima::AffectedGroupTableModel</name>
    <message>
        <source>People or group</source>
        <translation>Personnes ou groupe</translation>
    </message>
    <message>
        <source>How they are affected</source>
        <translation>En quoi ils sont concernés</translation>
    </message>
</context>
<context>
    <name>proxima::AnalyseTab</name>
    <message>
        <source>Problem analysis triangle</source>
        <translation>Triangle d&apos;analyse du problème</translation>
    </message>
    <message>
        <source>Who causes the problem?</source>
        <translation>Qui cause le problème&#xa0;?</translation>
    </message>
    <message>
        <source>Who or what is harmed or targeted?</source>
        <translation>Qui ou quoi est lésé ou visé&#xa0;?</translation>
    </message>
    <message>
        <source>Where does it happen?</source>
        <translation>Où cela se passe-t-il&#xa0;?</translation>
    </message>
    <message>
        <source>Who has influence over the offender?</source>
        <translation>Qui a de l&apos;influence sur l&apos;auteur&#xa0;?</translation>
    </message>
    <message>
        <source>Who could protect the victim or target?</source>
        <translation>Qui pourrait protéger la victime ou la cible&#xa0;?</translation>
    </message>
    <message>
        <source>Who is responsible for the place?</source>
        <translation>Qui est responsable du lieu&#xa0;?</translation>
    </message>
    <message>
        <source>Analysis notes</source>
        <translation>Notes d&apos;analyse</translation>
    </message>
    <message>
        <source>What the data and the people say; what is still unknown</source>
        <translation>Ce que disent les données et les gens&#xa0;; ce qui reste inconnu</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Save analysis</source>
        <translation>&amp;Enregistrer l&apos;analyse</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Ann&amp;uler</translation>
    </message>
    <message>
        <source>Hypotheses to check</source>
        <translation>Hypothèses à vérifier</translation>
    </message>
    <message>
        <source>Hypotheses</source>
        <translation>Hypothèses</translation>
    </message>
    <message>
        <source>Add h&amp;ypothesis</source>
        <translation>Ajouter une h&amp;ypothèse</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>New hypothesis</source>
        <translation>Nouvelle hypothèse</translation>
    </message>
    <message>
        <source>People and groups affected</source>
        <translation>Personnes et groupes concernés</translation>
    </message>
    <message>
        <source>Add &amp;group</source>
        <translation>Ajouter un &amp;groupe</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Nouveau groupe</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — analysis</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — analyse</translation>
    </message>
    <message>
        <source>No case selected.</source>
        <translation>Aucun dossier sélectionné.</translation>
    </message>
</context>
<context>
    <name>proxima::AssessTab</name>
    <message>
        <source>Process evaluation</source>
        <translation>Évaluation du processus</translation>
    </message>
    <message>
        <source>Measures of the case</source>
        <translation>Mesures du dossier</translation>
    </message>
    <message>
        <source>&amp;Add Measure...</source>
        <translation>&amp;Ajouter une mesure...</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>Modi&amp;fier...</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete measure</source>
        <translation>Supprimer la mesure</translation>
    </message>
    <message>
        <source>Delete the measure &quot;%1&quot;? You can undo this.</source>
        <translation>Supprimer la mesure «&#xa0;%1&#xa0;»&#xa0;? Vous pourrez annuler cette action.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Outcome of the response</source>
        <translation>Résultat de la réponse</translation>
    </message>
    <message>
        <source>(not judged yet)</source>
        <translation>(pas encore évalué)</translation>
    </message>
    <message>
        <source>Lesson learned</source>
        <translation>Enseignement tiré</translation>
    </message>
    <message>
        <source>What would the committee do again, or differently?</source>
        <translation>Que referait le comité, ou que ferait-il autrement&#xa0;?</translation>
    </message>
    <message>
        <source>Notes on how the plan was carried out</source>
        <translation>Notes sur la mise en œuvre du plan</translation>
    </message>
    <message>
        <source>Why nothing was measured</source>
        <translation>Pourquoi rien n&apos;a été mesuré</translation>
    </message>
    <message>
        <source>only when nothing could be measured</source>
        <translation>uniquement quand rien n&apos;a pu être mesuré</translation>
    </message>
    <message>
        <source>&amp;Save Outcome</source>
        <translation>&amp;Enregistrer le résultat</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>Ann&amp;uler</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Résultat&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Lesson learned:</source>
        <translation>Enseignement &amp;tiré&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Process notes:</source>
        <translation>Notes sur le &amp;processus&#xa0;:</translation>
    </message>
    <message>
        <source>No &amp;measure because:</source>
        <translation>Pas de &amp;mesure parce que&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s)</source>
        <translation>
            <numerusform>%n mesure</numerusform>
            <numerusform>%n mesures</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a case to assess it.</source>
        <translation>Sélectionnez un dossier pour l&apos;évaluer.</translation>
    </message>
    <message>
        <source>the outcome of this case</source>
        <translation>le résultat de ce dossier</translation>
    </message>
    <message>
        <source>No measure yet: add what you count before and after the response.</source>
        <translation>Pas encore de mesure&#xa0;: ajoutez ce que vous comptez avant et après la réponse.</translation>
    </message>
    <message>
        <source>the measure &quot;%1&quot;</source>
        <translation>la mesure «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>proxima::BallotWidget</name>
    <message>
        <source>Ballot</source>
        <translation>Bulletin</translation>
    </message>
    <message>
        <source>Your ranking</source>
        <translation>Votre classement</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Monter (&amp;haut)</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Descendre (&amp;bas)</translation>
    </message>
    <message>
        <source>Tick the problems you want tackled (at most %1).</source>
        <translation>Cochez les problèmes que vous voulez voir traités (au plus %1).</translation>
    </message>
    <message>
        <source>Tick the problems you want tackled.</source>
        <translation>Cochez les problèmes que vous voulez voir traités.</translation>
    </message>
    <message>
        <source>Give each problem a mark from 0 to %1.</source>
        <translation>Donnez à chaque problème une note de 0 à %1.</translation>
    </message>
    <message>
        <source>Spread your %1 dots; at most %2 on one problem.</source>
        <translation>Répartissez vos %1 gommettes&#xa0;; au plus %2 sur un même problème.</translation>
    </message>
    <message numerus="yes">
        <source>%n dot(s) left</source>
        <translation>
            <numerusform>%n gommette restante</numerusform>
            <numerusform>%n gommettes restantes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 ticked</source>
        <translation>%1 sur %2 cochés</translation>
    </message>
    <message>
        <source>%1 ticked</source>
        <translation>%1 cochés</translation>
    </message>
    <message>
        <source>Tick: same place as the problem above</source>
        <translation>Cocher&#xa0;: même place que le problème du dessus</translation>
    </message>
    <message>
        <source>Put the problems in your order, most important at the top (drag them or use the buttons). Tick &quot;same place as above&quot; for a tie. A problem you leave out gets no place on your ballot.</source>
        <translation>Classez les problèmes dans votre ordre, le plus important en haut (glissez-les ou utilisez les boutons). Cochez «&#xa0;même place que le problème du dessus&#xa0;» pour une égalité. Un problème que vous laissez de côté n&apos;a aucune place sur votre bulletin.</translation>
    </message>
    <message>
        <source>Left out (not ranked):</source>
        <translation>Laissés de côté (non classés)&#xa0;:</translation>
    </message>
    <message>
        <source>Problems left out of your ranking</source>
        <translation>Problèmes laissés hors de votre classement</translation>
    </message>
    <message>
        <source>&amp;Leave out</source>
        <translation>&amp;Laisser de côté</translation>
    </message>
    <message>
        <source>&amp;Rank again</source>
        <translation>&amp;Reclasser</translation>
    </message>
    <message>
        <source>Take the selected problem out of your ranking (double-click does the same)</source>
        <translation>Retire le problème sélectionné de votre classement (un double-clic fait de même)</translation>
    </message>
    <message>
        <source>Put the selected left-out problem back, at the bottom of your ranking</source>
        <translation>Remet le problème laissé de côté sélectionné en bas de votre classement</translation>
    </message>
</context>
<context>
    <name>proxima::BeforeAfterChart</name>
    <message>
        <source>Before and after chart of the selected measure</source>
        <translation>Graphique avant/après de la mesure sélectionnée</translation>
    </message>
    <message>
        <source>Select a measure to see it before and after the response</source>
        <translation>Sélectionnez une mesure pour la voir avant et après la réponse</translation>
    </message>
    <message>
        <source>Before&lt;br&gt;%1</source>
        <translation>Avant&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>After %1&lt;br&gt;%2</source>
        <translation>Après %1&lt;br&gt;%2</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Comparison area</source>
        <translation>Zone de comparaison</translation>
    </message>
    <message>
        <source>Comparison: %1</source>
        <translation>Comparaison&#xa0;: %1</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>Objectif&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>proxima::BudgetCapacityPanel</name>
    <message>
        <source>Capacities (what-if)</source>
        <translation>Capacités (simulation)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Capacity of %1</source>
        <translation>Capacité de %1</translation>
    </message>
    <message>
        <source>stored: %1</source>
        <translation>enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Save capacities</source>
        <translation>Enregistrer les capacités</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
</context>
<context>
    <name>proxima::BudgetComparisonModel</name>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source>funded, selected %1</source>
        <translation>financée, sélectionnée %1</translation>
    </message>
    <message>
        <source>not funded</source>
        <translation>non financée</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposition</translation>
    </message>
</context>
<context>
    <name>proxima::BudgetDocumentActions</name>
    <message>
        <source>the rule %1 has no allocation</source>
        <translation>la règle %1 n&apos;a pas de répartition</translation>
    </message>
    <message>
        <source>Save the allocation sheet</source>
        <translation>Enregistrer la fiche de répartition</translation>
    </message>
    <message>
        <source>Allocation %1.pdf</source>
        <translation>Répartition %1.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export as pabulib</source>
        <translation>Exporter au format pabulib</translation>
    </message>
    <message>
        <source>Resource pool exported as the budget and the costs:</source>
        <translation>Enveloppe de ressources à exporter comme budget et comme coûts&#xa0;:</translation>
    </message>
    <message>
        <source>Pabulib (*.pb)</source>
        <translation>Pabulib (*.pb)</translation>
    </message>
</context>
<context>
    <name>proxima::BudgetPage</name>
    <message>
        <source>Computing…</source>
        <translation>Calcul en cours…</translation>
    </message>
    <message>
        <source>E&amp;xport .pb…</source>
        <translation>E&amp;xporter en .pb…</translation>
    </message>
    <message>
        <source>Rule to accept or print</source>
        <translation>Règle à accepter ou à imprimer</translation>
    </message>
    <message>
        <source>R&amp;ule:</source>
        <translation>Rè&amp;gle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Print allocation sheet…</source>
        <translation>&amp;Imprimer la fiche de répartition…</translation>
    </message>
    <message>
        <source>Save sheet as P&amp;DF…</source>
        <translation>Enregistrer la fiche en P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Accept allocation</source>
        <translation>&amp;Accepter la répartition</translation>
    </message>
    <message>
        <source>Give the funded proposals&apos; actions their resources and start them; undoable</source>
        <translation>Attribuer leurs ressources aux actions des propositions financées et les démarrer&#xa0;; peut être annulé</translation>
    </message>
</context>
<context>
    <name>proxima::BudgetProposalModel</name>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposition</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Soutien</translation>
    </message>
    <message>
        <source>Must fund</source>
        <translation>À financer</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Exclue</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Must fund %1</source>
        <translation>Financement obligatoire de %1</translation>
    </message>
    <message>
        <source>Exclude %1</source>
        <translation>Exclusion de %1</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>Renommage de %1</translation>
    </message>
    <message>
        <source>Cost of %1</source>
        <translation>Coût de %1</translation>
    </message>
    <message>
        <source>Support of %1</source>
        <translation>Soutien de %1</translation>
    </message>
    <message>
        <source>Lowest amount of %1 the proposal can run with (empty: none). %2</source>
        <translation>Montant minimal en %1 avec lequel la proposition peut être menée (vide&#xa0;: aucun). %2</translation>
    </message>
    <message>
        <source>Highest amount of %1 the proposal can use (empty: none). %2</source>
        <translation>Montant maximal en %1 que la proposition peut utiliser (vide&#xa0;: aucun). %2</translation>
    </message>
    <message>
        <source>Cost in %1</source>
        <translation>Coût en %1</translation>
    </message>
    <message>
        <source>%1 minimum</source>
        <translation>%1 minimum</translation>
    </message>
    <message>
        <source>%1 maximum</source>
        <translation>%1 maximum</translation>
    </message>
    <message>
        <source>the cost of %1 in %2 cannot be empty</source>
        <translation>le coût de %1 en %2 ne peut pas être vide</translation>
    </message>
    <message>
        <source>Minimum of %1</source>
        <translation>Minimum de %1</translation>
    </message>
    <message>
        <source>Maximum of %1</source>
        <translation>Maximum de %1</translation>
    </message>
</context>
<context>
    <name>proxima::BudgetResultsPanel</name>
    <message>
        <source>Funded proposals per rule</source>
        <translation>Propositions financées par règle</translation>
    </message>
    <message>
        <source>Why each rule funds the selected proposal or not</source>
        <translation>Pourquoi chaque règle finance ou non la proposition sélectionnée</translation>
    </message>
    <message>
        <source>Select a proposal to see why each rule funds it or not.</source>
        <translation>Sélectionnez une proposition pour voir pourquoi chaque règle la finance ou non.</translation>
    </message>
    <message>
        <source>Charts: &lt;span style=&quot;color:#2e7d32&quot;&gt;■&lt;/span&gt; allocated, &lt;span style=&quot;color:#cfd8dc&quot;&gt;■&lt;/span&gt; left.</source>
        <translation>Graphiques&#xa0;: &lt;span style=&quot;color:#2e7d32&quot;&gt;■&lt;/span&gt; attribué, &lt;span style=&quot;color:#cfd8dc&quot;&gt;■&lt;/span&gt; restant.</translation>
    </message>
    <message>
        <source>Support was entered as totals: equal shares and the share of voters need ballots.</source>
        <translation>Le soutien a été saisi sous forme de totaux&#xa0;: les parts égales et la part des votants nécessitent des bulletins.</translation>
    </message>
    <message>
        <source>Voters with at least one funded proposal: %1</source>
        <translation>Votants ayant au moins une proposition financée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Paid by: %1</source>
        <translation>Payée par&#xa0;: %1</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> et %1 autres</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Attribué</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Restant</translation>
    </message>
    <message>
        <source>%1 (capacity %2)</source>
        <translation>%1 (capacité %2)</translation>
    </message>
    <message>
        <source>Use of %1 per rule</source>
        <translation>Utilisation de %1 par règle</translation>
    </message>
    <message>
        <source>Receives %1.</source>
        <translation>Reçoit %1.</translation>
    </message>
    <message>
        <source>&amp;Funded per rule</source>
        <translation>&amp;Financement par règle</translation>
    </message>
    <message>
        <source>&amp;Use of each resource</source>
        <translation>&amp;Utilisation de chaque ressource</translation>
    </message>
</context>
<context>
    <name>proxima::BudgetRoundEditor</name>
    <message>
        <source>Budgeting round</source>
        <translation>Cycle budgétaire</translation>
    </message>
    <message>
        <source>Round name</source>
        <translation>Nom du cycle</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Period starts</source>
        <translation>Début de la période</translation>
    </message>
    <message>
        <source>Period ends</source>
        <translation>Fin de la période</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation>&amp;Cycle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;New round</source>
        <translation>&amp;Nouveau cycle</translation>
    </message>
    <message>
        <source>Support from a &amp;vote…</source>
        <translation>Soutien tiré d&apos;un &amp;vote…</translation>
    </message>
    <message>
        <source>Use the ballots of a closed voting session as the support of this round</source>
        <translation>Utiliser les bulletins d&apos;une session de vote clôturée comme soutien de ce cycle</translation>
    </message>
    <message>
        <source>&amp;Import .pb…</source>
        <translation>&amp;Importer un .pb…</translation>
    </message>
    <message>
        <source>Proposals from &amp;Respond actions</source>
        <translation>Propositions à partir des actions de l&apos;étape &amp;Réponse</translation>
    </message>
    <message>
        <source>One proposal per action of the cases in Respond that is not yet in this round</source>
        <translation>Une proposition par action des dossiers à l&apos;étape Réponse qui ne figure pas encore dans ce cycle</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Propositions</translation>
    </message>
    <message>
        <source>Constraints</source>
        <translation>Contraintes</translation>
    </message>
    <message>
        <source>First proposal</source>
        <translation>Première proposition</translation>
    </message>
    <message>
        <source>is incompatible with</source>
        <translation>est incompatible avec</translation>
    </message>
    <message>
        <source>depends on</source>
        <translation>dépend de</translation>
    </message>
    <message>
        <source>Kind of constraint</source>
        <translation>Type de contrainte</translation>
    </message>
    <message>
        <source>Second proposal</source>
        <translation>Seconde proposition</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Constraints between proposals</source>
        <translation>Contraintes entre propositions</translation>
    </message>
    <message>
        <source>%1 is incompatible with %2</source>
        <translation>%1 est incompatible avec %2</translation>
    </message>
    <message>
        <source>%1 depends on %2</source>
        <translation>%1 dépend de %2</translation>
    </message>
    <message>
        <source>Add a constraint</source>
        <translation>Ajout d&apos;une contrainte</translation>
    </message>
    <message>
        <source>Remove a constraint</source>
        <translation>Suppression d&apos;une contrainte</translation>
    </message>
    <message numerus="yes">
        <source>Proposals from %n action(s)</source>
        <translation>
            <numerusform>Propositions à partir de %n action</numerusform>
            <numerusform>Propositions à partir de %n actions</numerusform>
        </translation>
    </message>
    <message>
        <source>Every action of the cases in Respond is already a proposal.</source>
        <translation>Chaque action des dossiers à l&apos;étape Réponse est déjà une proposition.</translation>
    </message>
    <message>
        <source>New round</source>
        <translation>Nouveau cycle</translation>
    </message>
    <message>
        <source>Police officer hours</source>
        <translation>Heures d&apos;agents de police</translation>
    </message>
    <message>
        <source>h</source>
        <translation>h</translation>
    </message>
    <message>
        <source>Volunteer hours</source>
        <translation>Heures de bénévoles</translation>
    </message>
    <message>
        <source>Euros</source>
        <translation>Euros</translation>
    </message>
    <message>
        <source>New budgeting round</source>
        <translation>Nouveau cycle budgétaire</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importation de %1</translation>
    </message>
    <message>
        <source>the round read from this file could not be stored</source>
        <translation>le cycle lu dans ce fichier n&apos;a pas pu être enregistré</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>there is no closed voting session to take support from</source>
        <translation>il n&apos;y a aucune session de vote clôturée dont tirer le soutien</translation>
    </message>
    <message>
        <source>Support from a vote</source>
        <translation>Soutien tiré d&apos;un vote</translation>
    </message>
    <message>
        <source>Closed voting session whose ballots support the proposals:</source>
        <translation>Session de vote clôturée dont les bulletins soutiennent les propositions&#xa0;:</translation>
    </message>
    <message>
        <source>Import a pabulib file</source>
        <translation>Importer un fichier pabulib</translation>
    </message>
    <message>
        <source>Pabulib (*.pb)</source>
        <translation>Pabulib (*.pb)</translation>
    </message>
    <message numerus="yes">
        <source>Accepted the %1 allocation: %n proposal(s) funded.</source>
        <translation>
            <numerusform>Répartition %1 acceptée&#xa0;: %n proposition financée.</numerusform>
            <numerusform>Répartition %1 acceptée&#xa0;: %n propositions financées.</numerusform>
        </translation>
    </message>
    <message>
        <source>This rule has no allocation to accept.</source>
        <translation>Cette règle n&apos;a pas de répartition à accepter.</translation>
    </message>
    <message>
        <source>Capacities of %1</source>
        <translation>Capacités de %1</translation>
    </message>
    <message>
        <source>Rename round %1</source>
        <translation>Renommer le cycle %1</translation>
    </message>
    <message>
        <source>Period of %1</source>
        <translation>Période de %1</translation>
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
        <translation>&amp;Problème&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;tage:</source>
        <translation>É&amp;tape&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;riority:</source>
        <translation>P&amp;riorité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Catégorie&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Quartier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Lieu&#xa0;:</translation>
    </message>
    <message>
        <source>Lead &amp;officer:</source>
        <translation>Re&amp;sponsable&#xa0;:</translation>
    </message>
    <message>
        <source>Opened o&amp;n:</source>
        <translation>&amp;Ouvert le&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Descriptio&amp;n&#xa0;:</translation>
    </message>
    <message>
        <source>Last saved:</source>
        <translation>Dernier enregistrement&#xa0;:</translation>
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
    <name>proxima::CaseHomeTab</name>
    <message>
        <source>What the next stage needs</source>
        <translation>Ce dont l&apos;étape suivante a besoin</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>Historique des étapes</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Passage</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No case selected&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Aucun dossier sélectionné&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Next stage</source>
        <translation>Étape suivante</translation>
    </message>
    <message>
        <source>Move to next stage</source>
        <translation>Passer à l&apos;étape suivante</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>Étape&#xa0;: %1</translation>
    </message>
    <message>
        <source>priority %1</source>
        <translation>priorité %1</translation>
    </message>
    <message>
        <source>lead: %1</source>
        <translation>responsable&#xa0;: %1</translation>
    </message>
    <message>
        <source>opened %1</source>
        <translation>ouvert le %1</translation>
    </message>
    <message>
        <source>Concerns: %1</source>
        <translation>Signalements&#xa0;: %1</translation>
    </message>
    <message>
        <source>Incidents: %1</source>
        <translation>Incidents&#xa0;: %1</translation>
    </message>
    <message>
        <source>Triangle: %1 of 6</source>
        <translation>Triangle&#xa0;: %1 sur 6</translation>
    </message>
    <message>
        <source>Hypotheses: %1</source>
        <translation>Hypothèses&#xa0;: %1</translation>
    </message>
    <message>
        <source>Supported: %1</source>
        <translation>Confirmées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Groups affected: %1</source>
        <translation>Groupes concernés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Actions done: %1 of %2</source>
        <translation>Actions terminées&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <source>In progress: %1</source>
        <translation>En cours&#xa0;: %1</translation>
    </message>
    <message>
        <source>Measures: %1</source>
        <translation>Mesures&#xa0;: %1</translation>
    </message>
    <message>
        <source>Measured: %1</source>
        <translation>Mesurées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Résultat&#xa0;: %1</translation>
    </message>
    <message>
        <source>No outcome yet</source>
        <translation>Pas encore de résultat</translation>
    </message>
    <message>
        <source>No lesson written</source>
        <translation>Aucun enseignement rédigé</translation>
    </message>
    <message>
        <source>Lesson written</source>
        <translation>Enseignement rédigé</translation>
    </message>
    <message>
        <source>closed %1</source>
        <translation>clôturé le %1</translation>
    </message>
    <message>
        <source>The case is closed</source>
        <translation>Le dossier est clôturé</translation>
    </message>
    <message>
        <source>Every stage is done. Change the stage in the overview to reopen it.</source>
        <translation>Toutes les étapes sont terminées. Changez l&apos;étape dans la vue d&apos;ensemble pour le rouvrir.</translation>
    </message>
    <message>
        <source>Ready for %1?</source>
        <translation>Prêt pour l&apos;étape %1&#xa0;?</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Manquant</translation>
    </message>
    <message>
        <source>Everything %1 needs is in place.</source>
        <translation>Tout ce dont l&apos;étape %1 a besoin est en place.</translation>
    </message>
    <message>
        <source>Missing: %1 of %2. You can still move on with a reason.</source>
        <translation>Manquant&#xa0;: %1 sur %2. Vous pouvez quand même avancer en indiquant un motif.</translation>
    </message>
    <message>
        <source>&amp;Move to %1...</source>
        <translation>&amp;Passer à l&apos;étape %1...</translation>
    </message>
    <message>
        <source> (back)</source>
        <translation> (retour)</translation>
    </message>
    <message>
        <source>Moved anyway: %1 (missing: %2)</source>
        <translation>Passé malgré tout&#xa0;: %1 (manquant&#xa0;: %2)</translation>
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
        <translation>Quel est le problème&#xa0;?</translation>
    </message>
    <message>
        <source>the case &quot;%1&quot;</source>
        <translation>le dossier «&#xa0;%1&#xa0;»</translation>
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
        <translation>Étape&#xa0;:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Catégorie&#xa0;:</translation>
    </message>
    <message>
        <source>Area:</source>
        <translation>Quartier&#xa0;:</translation>
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
        <translation>Enregistrer vos modifications de «&#xa0;%1&#xa0;»&#xa0;?</translation>
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
        <translation>Supprimer le dossier «&#xa0;%1&#xa0;»&#xa0;? Vous pourrez annuler cette action.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>The %1 page has changes that are not saved. Leave it anyway?</source>
        <translation>La page %1 contient des modifications non enregistrées. La quitter quand même&#xa0;?</translation>
    </message>
</context>
<context>
    <name>proxima::ConcernDialog</name>
    <message>
        <source>Edit Concern</source>
        <translation>Modifier le signalement</translation>
    </message>
    <message>
        <source>New Concern</source>
        <translation>Nouveau signalement</translation>
    </message>
    <message>
        <source>Concern text</source>
        <translation>Texte du signalement</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Non évaluée</translation>
    </message>
    <message>
        <source>(no case yet)</source>
        <translation>(pas encore de dossier)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>e.g. 50.6712</source>
        <translation>p. ex. 50.6712</translation>
    </message>
    <message>
        <source>e.g. 4.6065</source>
        <translation>p. ex. 4.6065</translation>
    </message>
    <message>
        <source>&amp;Concern:</source>
        <translation>Si&amp;gnalement&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Source&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Raised on:</source>
        <translation>&amp;Date du signalement&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lieu&#xa0;:</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>Ca&amp;tégorie&#xa0;:</translation>
    </message>
    <message>
        <source>Se&amp;verity (1–5):</source>
        <translation>Gra&amp;vité (1–5)&#xa0;:</translation>
    </message>
    <message>
        <source>How &amp;often:</source>
        <translation>&amp;Fréquence&#xa0;:</translation>
    </message>
    <message>
        <source>Raised &amp;by:</source>
        <translation>Signalé &amp;par&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;ase:</source>
        <translation>D&amp;ossier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Quartier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Latitude:</source>
        <translation>L&amp;atitude&#xa0;:</translation>
    </message>
    <message>
        <source>Lo&amp;ngitude:</source>
        <translation>Lo&amp;ngitude&#xa0;:</translation>
    </message>
    <message>
        <source>Optional. Write &quot;anonymous&quot; when the person did not want to be named.</source>
        <translation>Facultatif. Écrivez «&#xa0;anonymous&#xa0;» lorsque la personne ne souhaitait pas être nommée.</translation>
    </message>
    <message>
        <source>The latitude and longitude must be numbers.</source>
        <translation>La latitude et la longitude doivent être des nombres.</translation>
    </message>
</context>
<context>
    <name>proxima::ConcernTableModel</name>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Signalé le</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Signalement</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Fréquence</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation>Signalé par</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
</context>
<context>
    <name>proxima::ConcernsPage</name>
    <message>
        <source>Concerns</source>
        <translation>Signalements</translation>
    </message>
    <message>
        <source>&amp;New Concern…</source>
        <translation>&amp;Nouveau signalement…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Modi&amp;fier…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Case to move to</source>
        <translation>Dossier de destination</translation>
    </message>
    <message>
        <source>&amp;Move to Case</source>
        <translation>&amp;Déplacer vers le dossier</translation>
    </message>
    <message>
        <source>&amp;Split into New Case…</source>
        <translation>S&amp;cinder en un nouveau dossier…</translation>
    </message>
    <message>
        <source>Creates a new case holding the selected concerns</source>
        <translation>Crée un nouveau dossier contenant les signalements sélectionnés</translation>
    </message>
    <message>
        <source>Selected:</source>
        <translation>Sélection&#xa0;:</translation>
    </message>
    <message>
        <source>Filter by case</source>
        <translation>Filtrer par dossier</translation>
    </message>
    <message>
        <source>Filter by source</source>
        <translation>Filtrer par source</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Toutes les sources</translation>
    </message>
    <message>
        <source>Filter by category</source>
        <translation>Filtrer par catégorie</translation>
    </message>
    <message>
        <source>Filter by severity</source>
        <translation>Filtrer par gravité</translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation>Toute gravité</translation>
    </message>
    <message>
        <source>%1 or more</source>
        <translation>%1 ou plus</translation>
    </message>
    <message>
        <source>Search concerns…</source>
        <translation>Rechercher des signalements…</translation>
    </message>
    <message>
        <source>Search concerns</source>
        <translation>Rechercher des signalements</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>Tous les dossiers</translation>
    </message>
    <message>
        <source>Not in a case</source>
        <translation>Hors dossier</translation>
    </message>
    <message>
        <source>(out of its case)</source>
        <translation>(hors de son dossier)</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n concern(s)</source>
        <translation>
            <numerusform>Suppression de %n signalement</numerusform>
            <numerusform>Suppression de %n signalements</numerusform>
        </translation>
    </message>
    <message>
        <source>Split into New Case</source>
        <translation>Scinder en un nouveau dossier</translation>
    </message>
    <message numerus="yes">
        <source>Title of the new case for the %n selected concern(s):</source>
        <translation>
            <numerusform>Titre du nouveau dossier regroupant %n signalement sélectionné&#xa0;:</numerusform>
            <numerusform>Titre du nouveau dossier regroupant les %n signalements sélectionnés&#xa0;:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>proxima::DocumentActions</name>
    <message>
        <source>&amp;Print Case Report...</source>
        <translation>&amp;Imprimer le rapport de dossier...</translation>
    </message>
    <message>
        <source>Print a SARA summary of the case shown on the Cases page</source>
        <translation>Imprimer un résumé SARA du dossier affiché sur la page Dossiers</translation>
    </message>
    <message>
        <source>Save Case Report as &amp;PDF...</source>
        <translation>Enregistrer le rapport de dossier en &amp;PDF...</translation>
    </message>
    <message>
        <source>Save a SARA summary of the case shown on the Cases page as a PDF</source>
        <translation>Enregistrer en PDF un résumé SARA du dossier affiché sur la page Dossiers</translation>
    </message>
    <message>
        <source>&amp;Handover Pack...</source>
        <translation>&amp;Document de passation...</translation>
    </message>
    <message>
        <source>Save the open cases, actions, priorities and contacts of an area, with its map</source>
        <translation>Enregistrer les dossiers ouverts, les actions, les priorités et les contacts d&apos;un quartier, avec sa carte</translation>
    </message>
    <message>
        <source>select a case on the Cases page first</source>
        <translation>sélectionnez d&apos;abord un dossier sur la page Dossiers</translation>
    </message>
    <message>
        <source>Save case report as PDF</source>
        <translation>Enregistrer le rapport de dossier en PDF</translation>
    </message>
    <message>
        <source>case-%1.pdf</source>
        <translation>dossier-%1.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Tous les quartiers</translation>
    </message>
    <message>
        <source>Handover pack</source>
        <translation>Document de passation</translation>
    </message>
    <message>
        <source>Which area is handed over?</source>
        <translation>Quel quartier est transmis&#xa0;?</translation>
    </message>
    <message>
        <source>Save handover pack as PDF</source>
        <translation>Enregistrer le document de passation en PDF</translation>
    </message>
    <message>
        <source>handover.pdf</source>
        <translation>passation.pdf</translation>
    </message>
</context>
<context>
    <name>proxima::GeoreferenceDialog</name>
    <message>
        <source>Georeference the map</source>
        <translation>Géoréférencement de la carte</translation>
    </message>
    <message>
        <source>Give two or more points you can find both on the plan and on the ground (a corner, a church, a crossing). Pick each point on the map, then type its latitude and longitude (WGS84 degrees, e.g. from a GPS or an online map). Three or more points far apart let the residuals reveal mistakes.</source>
        <translation>Indiquez deux points ou plus que vous pouvez retrouver à la fois sur le plan et sur le terrain (un coin, une église, un carrefour). Choisissez chaque point sur la carte, puis tapez sa latitude et sa longitude (degrés WGS84, p. ex. d&apos;un GPS ou d&apos;une carte en ligne). Trois points ou plus, bien éloignés, permettent aux résidus de révéler les erreurs.</translation>
    </message>
    <message>
        <source>Control points</source>
        <translation>Points de contrôle</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Pixel x</source>
        <translation>Pixel x</translation>
    </message>
    <message>
        <source>Pixel y</source>
        <translation>Pixel y</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>Residual (m)</source>
        <translation>Résidu (m)</translation>
    </message>
    <message>
        <source>&amp;Add Point</source>
        <translation>&amp;Ajouter un point</translation>
    </message>
    <message>
        <source>&amp;Remove Point</source>
        <translation>&amp;Retirer le point</translation>
    </message>
    <message>
        <source>&amp;Pick on Map</source>
        <translation>&amp;Choisir sur la carte</translation>
    </message>
    <message>
        <source>Click on the map to set the pixel of the selected point</source>
        <translation>Cliquez sur la carte pour définir le pixel du point sélectionné</translation>
    </message>
    <message>
        <source>Point %1 has no pixel: pick it on the map.</source>
        <translation>Le point %1 n&apos;a pas de pixel&#xa0;: choisissez-le sur la carte.</translation>
    </message>
    <message>
        <source>Point %1 lies outside the plan.</source>
        <translation>Le point %1 se trouve en dehors du plan.</translation>
    </message>
    <message>
        <source>Point %1: type a latitude between -90 and 90.</source>
        <translation>Point %1&#xa0;: tapez une latitude entre -90 et 90.</translation>
    </message>
    <message>
        <source>Point %1: type a longitude between -180 and 180.</source>
        <translation>Point %1&#xa0;: tapez une longitude entre -180 et 180.</translation>
    </message>
    <message>
        <source>Not georeferenced: at least 2 complete points are needed.</source>
        <translation>Non géoréférencé&#xa0;: au moins 2 points complets sont nécessaires.</translation>
    </message>
    <message>
        <source>No fit: %1.</source>
        <translation>Pas d&apos;ajustement&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The points are degenerate: %1. Choose points far apart, not on one line.</source>
        <translation>Les points sont dégénérés&#xa0;: %1. Choisissez des points éloignés, pas sur une même ligne.</translation>
    </message>
    <message>
        <source>Point %1 is %2 m off the fit: check its pixel and coordinates.</source>
        <translation>Le point %1 s&apos;écarte de %2 m de l&apos;ajustement&#xa0;: vérifiez son pixel et ses coordonnées.</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>Similitude</translation>
    </message>
    <message>
        <source>Affine</source>
        <translation>Affine</translation>
    </message>
    <message>
        <source>%1 fit on %2 points, RMS %3 m, %4 m per pixel</source>
        <translation>Ajustement %1 sur %2 points, EQM %3 m, %4 m par pixel</translation>
    </message>
    <message>
        <source>Two points fit exactly and cannot reveal a mistake: add a third point far from both.</source>
        <translation>Deux points s&apos;ajustent exactement et ne peuvent pas révéler une erreur&#xa0;: ajoutez un troisième point éloigné des deux.</translation>
    </message>
</context>
<context>
    <name>proxima::HeatGrid</name>
    <message>
        <source>Incidents by weekday and hour</source>
        <translation>Incidents par jour de la semaine et par heure</translation>
    </message>
    <message>
        <source>%1 incidents with a time; per day: %2</source>
        <translation>%1 incidents avec une heure&#xa0;; par jour&#xa0;: %2</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Darkest: %1 incidents. %2 incidents have no time and are not in the grid.</source>
        <translation>Le plus foncé&#xa0;: %1 incidents. %2 incidents n&apos;ont pas d&apos;heure et ne figurent pas dans la grille.</translation>
    </message>
    <message>
        <source>Darkest: %1 incidents.</source>
        <translation>Le plus foncé&#xa0;: %1 incidents.</translation>
    </message>
    <message>
        <source>%1 %2:00-%2:59: %3 incidents</source>
        <translation>%1 %2:00-%2:59&#xa0;: %3 incidents</translation>
    </message>
</context>
<context>
    <name>proxima::HypothesisTableModel</name>
    <message>
        <source>Hypothesis</source>
        <translation>Hypothèse</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Éléments probants</translation>
    </message>
</context>
<context>
    <name>proxima::IncidentImportDialog</name>
    <message>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>Point-virgule (;)</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Virgule (,)</translation>
    </message>
    <message>
        <source>Bar (|)</source>
        <translation>Barre verticale (|)</translation>
    </message>
    <message>
        <source>Import Incidents</source>
        <translation>Importer des incidents</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Séparateur</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Détection automatique</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Encodage</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Séparateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encodage&#xa0;:</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>%1 (required):</source>
        <translation>%1 (obligatoire)&#xa0;:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Lignes rejetées</translation>
    </message>
    <message>
        <source>Rejected rows:</source>
        <translation>Lignes rejetées&#xa0;:</translation>
    </message>
    <message>
        <source>Import the &amp;valid rows</source>
        <translation>Importer les lignes &amp;valides</translation>
    </message>
    <message>
        <source>Import &amp;nothing when a row is rejected</source>
        <translation>&amp;Ne rien importer si une ligne est rejetée</translation>
    </message>
    <message>
        <source>&amp;Check Rows</source>
        <translation>&amp;Contrôler les lignes</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>the file cannot be opened: %1</source>
        <translation>le fichier ne peut pas être ouvert&#xa0;: %1</translation>
    </message>
    <message>
        <source>Detected: %1, %2</source>
        <translation>Détecté&#xa0;: %1, %2</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(absent du fichier)</translation>
    </message>
    <message>
        <source>%1 rows read, %2 valid, %3 rejected.</source>
        <translation>%1 lignes lues, %2 valides, %3 rejetées.</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was imported.</source>
        <translation>Importation annulée&#xa0;: rien n&apos;a été importé.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) rejected: nothing was imported. Choose &quot;Import the valid rows&quot; to import the others.</source>
        <translation>
            <numerusform>%n ligne rejetée&#xa0;: rien n&apos;a été importé. Choisissez «&#xa0;Importer les lignes valides&#xa0;» pour importer les autres.</numerusform>
            <numerusform>%n lignes rejetées&#xa0;: rien n&apos;a été importé. Choisissez «&#xa0;Importer les lignes valides&#xa0;» pour importer les autres.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 rows read: %2 imported, %3 already present, %4 rejected.</source>
        <translation>%1 lignes lues&#xa0;: %2 importées, %3 déjà présentes, %4 rejetées.</translation>
    </message>
    <message>
        <source>Importing incidents…</source>
        <translation>Importation des incidents…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>%1 rows read: %2 imported, %3 already present, %4 rejected. Areas this workspace does not have (those rows have no area): %5.</source>
        <translation>%1 lignes lues&#xa0;: %2 importées, %3 déjà présentes, %4 rejetées. Quartiers absents de cet espace de travail (ces lignes n&apos;ont pas de quartier)&#xa0;: %5.</translation>
    </message>
</context>
<context>
    <name>proxima::IncidentTableModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Quartier</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>proxima::IncidentsPage</name>
    <message>
        <source>any</source>
        <translation>toutes</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Quartier</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Search address, reference, description…</source>
        <translation>Rechercher une adresse, une référence, une description…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importer un CSV…</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type&#xa0;:</translation>
    </message>
    <message>
        <source>Area:</source>
        <translation>Quartier&#xa0;:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Du&#xa0;:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Au&#xa0;:</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Case to pick for</source>
        <translation>Dossier pour lequel choisir</translation>
    </message>
    <message>
        <source>&amp;Pick for Case</source>
        <translation>&amp;Choisir pour le dossier</translation>
    </message>
    <message>
        <source>Adds the selected incidents to the case&apos;s incident selection by hand</source>
        <translation>Ajoute à la main les incidents sélectionnés à la sélection d&apos;incidents du dossier</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message numerus="yes">
        <source>%L1 incident(s)</source>
        <translation>
            <numerusform>%L1 incident</numerusform>
            <numerusform>%L1 incidents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>proxima::LaptopVotingPanel</name>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Votre &amp;nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Start my ballot</source>
        <translation>&amp;Commencer mon bulletin</translation>
    </message>
    <message>
        <source>&amp;Cast my ballot</source>
        <translation>&amp;Déposer mon bulletin</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Open the session to start voting.</source>
        <translation>Ouvrez la session pour commencer le vote.</translation>
    </message>
    <message>
        <source>This session is closed.</source>
        <translation>Cette session est clôturée.</translation>
    </message>
    <message>
        <source>Secret ballot: your choice is stored without your name. Pick your name and start.</source>
        <translation>Vote secret&#xa0;: votre choix est enregistré sans votre nom. Choisissez votre nom et commencez.</translation>
    </message>
    <message>
        <source>Named ballot: the committee can see who voted what. Pick your name and start.</source>
        <translation>Vote nominatif&#xa0;: le comité peut voir qui a voté quoi. Choisissez votre nom et commencez.</translation>
    </message>
    <message>
        <source>Ballot of %1</source>
        <translation>Bulletin de %1</translation>
    </message>
    <message>
        <source>Blank ballot</source>
        <translation>Bulletin blanc</translation>
    </message>
    <message>
        <source>You left every problem out of your ranking. Cast a blank ballot? It counts you as having voted and gives no problem a place.</source>
        <translation>Vous avez laissé tous les problèmes hors de votre classement. Déposer un bulletin blanc&#xa0;? Vous serez compté comme votant et aucun problème ne reçoit de place.</translation>
    </message>
    <message>
        <source>Cast a &amp;blank ballot</source>
        <translation>Déposer un bulletin &amp;blanc</translation>
    </message>
    <message>
        <source>&amp;Go back to my ballot</source>
        <translation>&amp;Revenir à mon bulletin</translation>
    </message>
    <message>
        <source>The list of voters could not be read: %1</source>
        <translation>La liste des votants n&apos;a pas pu être lue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Ballot not accepted: %1</source>
        <translation>Bulletin non accepté&#xa0;: %1</translation>
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
        <translation>&amp;Annuler&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rétablir&#xa0;: %1</translation>
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
        <translation>un fichier portant ce nom existe déjà&#xa0;; choisissez un autre nom</translation>
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
        <translation>&lt;h3&gt;Proxima %1&lt;/h3&gt;&lt;p&gt;Un atelier pour la police de proximité&#xa0;: les agents de quartier et leur CoPmittee résolvent ensemble les problèmes locaux avec la méthode SARA.&lt;/p&gt;&lt;p&gt;Toutes les données restent dans un seul fichier d&apos;espace de travail que les membres partagent.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Analyse</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>Patterns</source>
        <translation>Tendances</translation>
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
        <source>&amp;Map</source>
        <translation>&amp;Carte</translation>
    </message>
    <message>
        <source>Concern %1: %2</source>
        <translation>Signalement %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>&amp;Voting</source>
        <translation>&amp;Vote</translation>
    </message>
    <message>
        <source>Action Ma&amp;trix</source>
        <translation>&amp;Matrice d&apos;actions</translation>
    </message>
    <message>
        <source>M&amp;eetings</source>
        <translation>Réuni&amp;ons</translation>
    </message>
    <message>
        <source>&amp;Budget</source>
        <translation>&amp;Budget</translation>
    </message>
    <message>
        <source>Import &amp;Incidents...</source>
        <translation>Importer des &amp;incidents...</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Repérage</translation>
    </message>
    <message>
        <source>Co&amp;ncerns</source>
        <translation>Sig&amp;nalements</translation>
    </message>
    <message>
        <source>&amp;Incidents</source>
        <translation>&amp;Incidents</translation>
    </message>
    <message>
        <source>Import incidents</source>
        <translation>Importer des incidents</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 incidents imported, %2 already present</source>
        <translation>%1 incidents importés, %2 déjà présents</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>%1 (read-only)[*] — Proxima</source>
        <translation>%1 (lecture seule)[*] — Proxima</translation>
    </message>
    <message>
        <source>Upgrade the workspace?</source>
        <translation>Mettre à niveau l&apos;espace de travail&#xa0;?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was written by an older version of Proxima (schema %2; this version uses %3).</source>
        <translation>«&#xa0;%1&#xa0;» a été écrit par une version plus ancienne de Proxima (schéma %2&#xa0;; cette version utilise %3).</translation>
    </message>
    <message>
        <source>It was last saved by %1 on %2 with Proxima %3. Anyone who still uses that version will no longer be able to open the workspace once it is upgraded. A copy of the file as it is now is kept beside it.

Upgrade it now, or open it read-only without changing it?</source>
        <translation>Il a été enregistré en dernier par %1 le %2 avec Proxima %3. Toute personne qui utilise encore cette version ne pourra plus ouvrir l&apos;espace de travail une fois qu&apos;il aura été mis à niveau. Une copie du fichier dans son état actuel est conservée à côté.

Le mettre à niveau maintenant, ou l&apos;ouvrir en lecture seule sans le modifier&#xa0;?</translation>
    </message>
    <message>
        <source>an unknown member</source>
        <translation>un membre inconnu</translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>une date inconnue</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(inconnu)</translation>
    </message>
    <message>
        <source>&amp;Upgrade</source>
        <translation>&amp;Mettre à niveau</translation>
    </message>
    <message>
        <source>Open &amp;Read-Only</source>
        <translation>Ouvrir en &amp;lecture seule</translation>
    </message>
</context>
<context>
    <name>proxima::MapLegend</name>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Signalement</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Hotspots: %1</source>
        <translation>Points chauds&#xa0;: %1</translation>
    </message>
    <message>
        <source>Map legend</source>
        <translation>Légende de la carte</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>jusqu&apos;à %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>proxima::MapPage</name>
    <message>
        <source>&amp;Load Map Image...</source>
        <translation>&amp;Charger une image de carte...</translation>
    </message>
    <message>
        <source>Load a plan of the area (PNG, JPG or SVG), e.g. one exported from the municipality</source>
        <translation>Charger un plan du quartier (PNG, JPG ou SVG), p. ex. exporté par la commune</translation>
    </message>
    <message>
        <source>&amp;Georeference...</source>
        <translation>&amp;Géoréférencer...</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Zoom avant (+)</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation>Zoom arrière (-)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Show the whole map</source>
        <translation>Afficher toute la carte</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>&amp;Dossiers</translation>
    </message>
    <message>
        <source>C&amp;oncerns</source>
        <translation>Sig&amp;nalements</translation>
    </message>
    <message>
        <source>&amp;Incidents</source>
        <translation>&amp;Incidents</translation>
    </message>
    <message>
        <source>&amp;Hotspots</source>
        <translation>&amp;Points chauds</translation>
    </message>
    <message>
        <source>Unplaced</source>
        <translation>Non placés</translation>
    </message>
    <message>
        <source>Cases and concerns not on the map</source>
        <translation>Dossiers et signalements absents de la carte</translation>
    </message>
    <message>
        <source>&amp;Place on Map</source>
        <translation>Placer sur la ca&amp;rte</translation>
    </message>
    <message>
        <source>Then click on the map where it belongs (Escape cancels)</source>
        <translation>Cliquez ensuite sur la carte à l&apos;endroit voulu (Échap pour annuler)</translation>
    </message>
    <message>
        <source>Hotspots</source>
        <translation>Points chauds</translation>
    </message>
    <message>
        <source>Kernel density</source>
        <translation>Densité par noyau</translation>
    </message>
    <message>
        <source>Grid counts</source>
        <translation>Comptage par grille</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Méthode&#xa0;:</translation>
    </message>
    <message>
        <source> m</source>
        <translation> m</translation>
    </message>
    <message>
        <source>C&amp;ell size:</source>
        <translation>Taille des c&amp;ellules&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Bandwidth:</source>
        <translation>&amp;Largeur de bande&#xa0;:</translation>
    </message>
    <message>
        <source>Incidents and concerns</source>
        <translation>Incidents et signalements</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Signalements</translation>
    </message>
    <message>
        <source>&amp;Of:</source>
        <translation>&amp;De&#xa0;:</translation>
    </message>
    <message>
        <source>Incident &amp;category:</source>
        <translation>Ca&amp;tégorie d&apos;incident&#xa0;:</translation>
    </message>
    <message>
        <source>any</source>
        <translation>toutes</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>D&amp;u&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Au&#xa0;:</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>No map yet: load a plan of the neighbourhood (PNG, JPG or SVG). Everything stays in the workspace; no internet is needed.</source>
        <translation>Pas encore de carte&#xa0;: chargez un plan du quartier (PNG, JPG ou SVG). Tout reste dans l&apos;espace de travail&#xa0;; aucune connexion internet n&apos;est nécessaire.</translation>
    </message>
    <message>
        <source>Click on the map where it belongs (Escape cancels).</source>
        <translation>Cliquez sur la carte à l&apos;endroit voulu (Échap pour annuler).</translation>
    </message>
    <message>
        <source>Click on the map to pick the pixel of control point %1 (Escape cancels).</source>
        <translation>Cliquez sur la carte pour choisir le pixel du point de contrôle %1 (Échap pour annuler).</translation>
    </message>
    <message numerus="yes">
        <source>The map is not georeferenced: %n record(s) with only coordinates (e.g. incidents) cannot be drawn. Use Georeference... to fix it.</source>
        <translation>
            <numerusform>La carte n&apos;est pas géoréférencée&#xa0;: %n enregistrement qui n&apos;a que des coordonnées (p. ex. des incidents) ne peut pas être dessiné. Utilisez Géoréférencer... pour y remédier.</numerusform>
            <numerusform>La carte n&apos;est pas géoréférencée&#xa0;: %n enregistrements qui n&apos;ont que des coordonnées (p. ex. des incidents) ne peuvent pas être dessinés. Utilisez Géoréférencer... pour y remédier.</numerusform>
        </translation>
    </message>
    <message>
        <source>The map is not georeferenced: records with only coordinates cannot be drawn.</source>
        <translation>La carte n&apos;est pas géoréférencée&#xa0;: les enregistrements qui n&apos;ont que des coordonnées ne peuvent pas être dessinés.</translation>
    </message>
    <message>
        <source>Hotspots: %1.</source>
        <translation>Points chauds&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Signalement</translation>
    </message>
    <message>
        <source>Load a map image</source>
        <translation>Charger une image de carte</translation>
    </message>
    <message>
        <source>Map images (*.png *.jpg *.jpeg *.svg);;All files (*)</source>
        <translation>Images de carte (*.png *.jpg *.jpeg *.svg);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>proxima::MapView</name>
    <message>
        <source>Neighbourhood map</source>
        <translation>Plan du quartier</translation>
    </message>
</context>
<context>
    <name>proxima::MatrixHeaderDialog</name>
    <message>
        <source>Header and signatures</source>
        <translation>En-tête et signatures</translation>
    </message>
    <message>
        <source>Action matrix</source>
        <translation>Matrice d&apos;actions</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Logo file</source>
        <translation>Fichier du logo</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Parcourir...</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Images (*.png *.svg *.jpg)</source>
        <translation>Images (*.png *.svg *.jpg)</translation>
    </message>
    <message>
        <source>Print a &amp;signature block</source>
        <translation>Imprimer un bloc de &amp;signatures</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>Signataires</translation>
    </message>
    <message>
        <source>&amp;Partners of the actions</source>
        <translation>&amp;Partenaires des actions</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation>&amp;Logo&#xa0;:</translation>
    </message>
</context>
<context>
    <name>proxima::MatrixPage</name>
    <message>
        <source>Action matrix</source>
        <translation>Matrice d&apos;actions</translation>
    </message>
    <message>
        <source>Print preview of the matrix</source>
        <translation>Aperçu avant impression de la matrice</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Quartier</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>any</source>
        <translation>toutes</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Période du</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Période au</translation>
    </message>
    <message>
        <source>Search actions</source>
        <translation>Rechercher des actions</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Mise en page</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <source>Phase grid</source>
        <translation>Grille par phase</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Format du papier</translation>
    </message>
    <message>
        <source>&amp;Landscape</source>
        <translation>&amp;Paysage</translation>
    </message>
    <message>
        <source>C&amp;olumns</source>
        <translation>C&amp;olonnes</translation>
    </message>
    <message>
        <source>&amp;Header...</source>
        <translation>&amp;En-tête...</translation>
    </message>
    <message>
        <source>Title, logo and signature block of the printed matrix</source>
        <translation>Titre, logo et bloc de signatures de la matrice imprimée</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>&amp;Imprimer...</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>PDF...</source>
        <translation>PDF...</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)...</source>
        <translation>Classeur Excel (XLSX)...</translation>
    </message>
    <message>
        <source>CSV...</source>
        <translation>CSV...</translation>
    </message>
    <message>
        <source>Due dates as iCalendar (ICS)...</source>
        <translation>Échéances au format iCalendar (ICS)...</translation>
    </message>
    <message>
        <source>Area:</source>
        <translation>Quartier&#xa0;:</translation>
    </message>
    <message>
        <source>Case:</source>
        <translation>Dossier&#xa0;:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Du&#xa0;:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Au&#xa0;:</translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation>Mise en page&#xa0;:</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papier&#xa0;:</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Tous les quartiers</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>Tous les dossiers</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Print the action matrix</source>
        <translation>Imprimer la matrice d&apos;actions</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Fichiers iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Export the action matrix</source>
        <translation>Exporter la matrice d&apos;actions</translation>
    </message>
    <message>
        <source>action-matrix</source>
        <translation>matrice-actions</translation>
    </message>
</context>
<context>
    <name>proxima::MatrixTreeModel</name>
    <message numerus="yes">
        <source>Grand total (%n action(s))</source>
        <translation>
            <numerusform>Total général (%n action)</numerusform>
            <numerusform>Total général (%n actions)</numerusform>
        </translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>proxima::MeasureDialog</name>
    <message>
        <source>Edit measure</source>
        <translation>Modifier la mesure</translation>
    </message>
    <message>
        <source>New measure</source>
        <translation>Nouvelle mesure</translation>
    </message>
    <message>
        <source>&amp;Baseline and areas</source>
        <translation>Situation de &amp;départ et zones</translation>
    </message>
    <message>
        <source>&amp;Follow-ups</source>
        <translation>&amp;Suivis</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>What is counted</source>
        <translation>Ce qui est compté</translation>
    </message>
    <message>
        <source>every category; or e.g. Theft, Burglary</source>
        <translation>toutes les catégories&#xa0;; ou p. ex. Vol, Cambriolage</translation>
    </message>
    <message>
        <source>(whole neighbourhood)</source>
        <translation>(tout le quartier)</translation>
    </message>
    <message>
        <source>A &amp;higher value is better (e.g. people who feel safe)</source>
        <translation>Une valeur plus é&amp;levée est meilleure (p. ex. personnes qui se sentent en sécurité)</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>pas de date</translation>
    </message>
    <message>
        <source>Baseline period start</source>
        <translation>Début de la période de référence</translation>
    </message>
    <message>
        <source>Baseline period end</source>
        <translation>Fin de la période de référence</translation>
    </message>
    <message>
        <source>Baseline value</source>
        <translation>Valeur de référence</translation>
    </message>
    <message>
        <source>Target value</source>
        <translation>Valeur cible</translation>
    </message>
    <message>
        <source>(no comparison area)</source>
        <translation>(pas de zone de comparaison)</translation>
    </message>
    <message>
        <source>Comparison area baseline</source>
        <translation>Valeur de référence de la zone de comparaison</translation>
    </message>
    <message>
        <source>(no nearby area)</source>
        <translation>(pas de zone voisine)</translation>
    </message>
    <message>
        <source>Nearby area before</source>
        <translation>Zone voisine avant</translation>
    </message>
    <message>
        <source>&amp;What is counted:</source>
        <translation>&amp;Ce qui est compté&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Source&#xa0;:</translation>
    </message>
    <message>
        <source>Incident &amp;categories:</source>
        <translation>Catégories d&apos;&amp;incidents&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Quartier&#xa0;:</translation>
    </message>
    <message>
        <source>Baseline &amp;period:</source>
        <translation>&amp;Période de référence&#xa0;:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Baseline &amp;value:</source>
        <translation>&amp;Valeur de référence&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Objectif&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;omparison area:</source>
        <translation>Zone de c&amp;omparaison&#xa0;:</translation>
    </message>
    <message>
        <source>before:</source>
        <translation>avant&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Nearby area (displacement):</source>
        <translation>Zone &amp;voisine (déplacement)&#xa0;:</translation>
    </message>
    <message>
        <source>Follow-up periods and values</source>
        <translation>Périodes et valeurs de suivi</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Comparison area</source>
        <translation>Zone de comparaison</translation>
    </message>
    <message>
        <source>Nearby area</source>
        <translation>Zone voisine</translation>
    </message>
    <message>
        <source>&amp;Add period</source>
        <translation>&amp;Ajouter une période</translation>
    </message>
    <message>
        <source>&amp;Remove period</source>
        <translation>&amp;Retirer la période</translation>
    </message>
    <message>
        <source>Dates as YYYY-MM-DD. Leave the area values empty when they were not counted. Measures counted from incidents fill the values themselves.</source>
        <translation>Dates au format AAAA-MM-JJ. Laissez vides les valeurs de zone qui n&apos;ont pas été comptées. Les mesures comptées à partir des incidents remplissent elles-mêmes les valeurs.</translation>
    </message>
    <message>
        <source>counted</source>
        <translation>compté</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>follow-up %1</source>
        <translation>suivi %1</translation>
    </message>
    <message>
        <source>the dates must read as YYYY-MM-DD</source>
        <translation>les dates doivent être au format AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>the value must be a number</source>
        <translation>la valeur doit être un nombre</translation>
    </message>
    <message>
        <source>the comparison area value must be a number</source>
        <translation>la valeur de la zone de comparaison doit être un nombre</translation>
    </message>
    <message>
        <source>the nearby area value must be a number</source>
        <translation>la valeur de la zone voisine doit être un nombre</translation>
    </message>
</context>
<context>
    <name>proxima::MeasureTableModel</name>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>What is counted</source>
        <translation>Ce qui est compté</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <source>Change %</source>
        <translation>Évolution %</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Atteint</translation>
    </message>
</context>
<context>
    <name>proxima::MeetingEditor</name>
    <message>
        <source>Meeting title</source>
        <translation>Titre de la réunion</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Procès-verbal</translation>
    </message>
    <message>
        <source>General notes of the meeting; a blank line starts a new paragraph.</source>
        <translation>Notes générales de la réunion&#xa0;; une ligne vide commence un nouveau paragraphe.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;ime:</source>
        <translation>&amp;Heure&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lieu&#xa0;:</translation>
    </message>
    <message>
        <source>Attendees (tick who was present):</source>
        <translation>Participants (cochez les personnes présentes)&#xa0;:</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>Points de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>&amp;Add Item</source>
        <translation>&amp;Ajouter un point</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>D&amp;escendre</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Nouveau point</translation>
    </message>
    <message>
        <source>Item title</source>
        <translation>Titre du point</translation>
    </message>
    <message>
        <source>Case discussed</source>
        <translation>Dossier traité</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Actions agreed under this item</source>
        <translation>Actions convenues sous ce point</translation>
    </message>
    <message>
        <source>New &amp;Action from Item...</source>
        <translation>Nouvelle a&amp;ction à partir du point...</translation>
    </message>
    <message>
        <source>Creates an action on the item&apos;s case and records it as agreed at this meeting</source>
        <translation>Crée une action pour le dossier du point et l&apos;enregistre comme convenue lors de cette réunion</translation>
    </message>
    <message>
        <source>Ti&amp;tle:</source>
        <translation>Ti&amp;tre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Case:</source>
        <translation>Doss&amp;ier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes&#xa0;:</translation>
    </message>
    <message>
        <source>D&amp;ecision:</source>
        <translation>D&amp;écision&#xa0;:</translation>
    </message>
    <message>
        <source>Actions agreed:</source>
        <translation>Actions convenues&#xa0;:</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Agenda and Decisions</source>
        <translation>Ordre du jour et décisions</translation>
    </message>
    <message>
        <source>(no case)</source>
        <translation>(aucun dossier)</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>proxima::MeetingListModel</name>
    <message>
        <source>CoPmittee meeting</source>
        <translation>Réunion du CoPmittee</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
</context>
<context>
    <name>proxima::MeetingsPage</name>
    <message>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <source>&amp;New Meeting</source>
        <translation>&amp;Nouvelle réunion</translation>
    </message>
    <message>
        <source>&amp;Delete Meeting</source>
        <translation>&amp;Supprimer la réunion</translation>
    </message>
    <message>
        <source>CoPmittee meeting</source>
        <translation>Réunion du CoPmittee</translation>
    </message>
    <message>
        <source>&amp;Save Meeting</source>
        <translation>&amp;Enregistrer la réunion</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Documents</translation>
    </message>
    <message>
        <source>Print &amp;Agenda...</source>
        <translation>Imprimer l&apos;&amp;ordre du jour...</translation>
    </message>
    <message>
        <source>Print &amp;Minutes...</source>
        <translation>Imprimer le &amp;procès-verbal...</translation>
    </message>
    <message>
        <source>Agenda as PDF...</source>
        <translation>Ordre du jour en PDF...</translation>
    </message>
    <message>
        <source>Minutes as PDF...</source>
        <translation>Procès-verbal en PDF...</translation>
    </message>
    <message>
        <source>%1 (lead: %2)</source>
        <translation>%1 (responsable&#xa0;: %2)</translation>
    </message>
    <message>
        <source>the item &quot;%1&quot; is not about a case; link a case first</source>
        <translation>le point «&#xa0;%1&#xa0;» ne porte pas sur un dossier&#xa0;; liez d&apos;abord un dossier</translation>
    </message>
    <message>
        <source>case</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>Action agreed</source>
        <translation>Action convenue</translation>
    </message>
    <message>
        <source>What will be done?</source>
        <translation>Que va-t-on faire&#xa0;?</translation>
    </message>
    <message>
        <source>select a meeting first</source>
        <translation>sélectionnez d&apos;abord une réunion</translation>
    </message>
    <message>
        <source>agenda.pdf</source>
        <translation>ordre-du-jour.pdf</translation>
    </message>
    <message>
        <source>minutes.pdf</source>
        <translation>proces-verbal.pdf</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save your changes to the meeting &quot;%1&quot;?</source>
        <translation>Enregistrer vos modifications de la réunion «&#xa0;%1&#xa0;»&#xa0;?</translation>
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
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation>&amp;Secteur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;Contact&#xa0;:</translation>
    </message>
    <message>
        <source>Active &amp;from:</source>
        <translation>Actif &amp;depuis&#xa0;:</translation>
    </message>
    <message>
        <source>Keep personal data minimal: record only what the committee needs to work together.</source>
        <translation>Limitez les données personnelles au strict minimum&#xa0;: n&apos;enregistrez que ce dont le comité a besoin pour travailler ensemble.</translation>
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
        <translation>le membre «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Retirer le membre</translation>
    </message>
    <message>
        <source>Remove %1 from the roster? Cases they lead will have no lead officer. You can undo this.</source>
        <translation>Retirer %1 de la liste des membres&#xa0;? Les dossiers dont ce membre est responsable n&apos;auront plus de responsable. Vous pourrez annuler cette action.</translation>
    </message>
</context>
<context>
    <name>proxima::PaperEntryPanel</name>
    <message>
        <source>&amp;Import ballots from a file (CSV or PrefLib)...</source>
        <translation>&amp;Importer des bulletins depuis un fichier (CSV ou PrefLib)...</translation>
    </message>
    <message>
        <source>Entry channel</source>
        <translation>Canal de saisie</translation>
    </message>
    <message>
        <source>Enter one paper ballot (or several identical ones) as it is written.</source>
        <translation>Saisissez un bulletin papier (ou plusieurs bulletins identiques) tel qu&apos;il est rempli.</translation>
    </message>
    <message>
        <source>Identical ballots</source>
        <translation>Bulletins identiques</translation>
    </message>
    <message>
        <source>Identical &amp;ballots:</source>
        <translation>Bulletins identi&amp;ques&#xa0;:</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>&amp;Add paper ballot</source>
        <translation>&amp;Ajouter le bulletin papier</translation>
    </message>
    <message>
        <source>Enter the counted totals per item (paper ballots or sticker dots).</source>
        <translation>Saisissez les totaux comptés par élément (bulletins papier ou gommettes).</translation>
    </message>
    <message>
        <source>Voters these totals come from</source>
        <translation>Votants dont proviennent ces totaux</translation>
    </message>
    <message>
        <source>From how many &amp;voters:</source>
        <translation>Nombre de &amp;votants&#xa0;:</translation>
    </message>
    <message>
        <source>Sticker dots</source>
        <translation>Gommettes</translation>
    </message>
    <message>
        <source>Paper ballots</source>
        <translation>Bulletins papier</translation>
    </message>
    <message>
        <source>&amp;Add counted totals</source>
        <translation>&amp;Ajouter les totaux comptés</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Canal&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%n paper ballot(s) added.</source>
        <translation>
            <numerusform>%n bulletin papier ajouté.</numerusform>
            <numerusform>%n bulletins papier ajoutés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Totals added to the %1 subtotal.</source>
        <translation>Totaux ajoutés au sous-total %1.</translation>
    </message>
    <message>
        <source>the file has %1 candidates, the session %2</source>
        <translation>le fichier a %1 candidats, la session %2</translation>
    </message>
    <message numerus="yes">
        <source>%n ballot(s) imported.</source>
        <translation>
            <numerusform>%n bulletin importé.</numerusform>
            <numerusform>%n bulletins importés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import ballots</source>
        <translation>Importer des bulletins</translation>
    </message>
    <message>
        <source>Ballot files (*.csv *.soc *.soi *.toc *.toi);;All files (*)</source>
        <translation>Fichiers de bulletins (*.csv *.soc *.soi *.toc *.toi);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>proxima::PatternsTab</name>
    <message>
        <source>Period from</source>
        <translation>Période du</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Période au</translation>
    </message>
    <message>
        <source>&amp;Whole period</source>
        <translation>&amp;Toute la période</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>D&amp;u&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;to:</source>
        <translation>&amp;au&#xa0;:</translation>
    </message>
    <message>
        <source>When: incidents by weekday and hour</source>
        <translation>Quand&#xa0;: incidents par jour de la semaine et par heure</translation>
    </message>
    <message>
        <source>Incidents per month</source>
        <translation>Incidents par mois</translation>
    </message>
    <message>
        <source>Monthly trend</source>
        <translation>Tendance mensuelle</translation>
    </message>
    <message>
        <source>Incidents by category</source>
        <translation>Incidents par catégorie</translation>
    </message>
    <message>
        <source>Concerns by category (all dates)</source>
        <translation>Signalements par catégorie (toutes dates)</translation>
    </message>
    <message>
        <source>Concerns by category</source>
        <translation>Signalements par catégorie</translation>
    </message>
    <message>
        <source>(no category)</source>
        <translation>(sans catégorie)</translation>
    </message>
    <message>
        <source>Incidents by category: none in this period</source>
        <translation>Incidents par catégorie&#xa0;: aucun sur cette période</translation>
    </message>
    <message>
        <source>No case selected.</source>
        <translation>Aucun dossier sélectionné.</translation>
    </message>
    <message>
        <source>No incidents are linked to this case yet.</source>
        <translation>Aucun incident n&apos;est encore lié à ce dossier.</translation>
    </message>
    <message>
        <source>%1 of %2 linked incidents in this period</source>
        <translation>%1 des %2 incidents liés sur cette période</translation>
    </message>
    <message>
        <source>Concerns by category: none linked to this case</source>
        <translation>Signalements par catégorie&#xa0;: aucun lié à ce dossier</translation>
    </message>
</context>
<context>
    <name>proxima::PrivacyScreen</name>
    <message>
        <source>Privacy screen</source>
        <translation>Écran de confidentialité</translation>
    </message>
    <message>
        <source>Your ballot is in.
Pass the laptop to the next voter.</source>
        <translation>Votre bulletin est enregistré.
Passez l&apos;ordinateur portable au votant suivant.</translation>
    </message>
    <message>
        <source>I am the next voter</source>
        <translation>Je suis le votant suivant</translation>
    </message>
</context>
<context>
    <name>proxima::ProjectorWindow</name>
    <message>
        <source>Proxima — projector</source>
        <translation>Proxima — projecteur</translation>
    </message>
    <message>
        <source>Projector view</source>
        <translation>Vue projecteur</translation>
    </message>
    <message>
        <source>Next item</source>
        <translation>Point suivant</translation>
    </message>
    <message>
        <source>%1 of %2 have voted</source>
        <translation>%1 sur %2 ont voté</translation>
    </message>
    <message>
        <source>Results after the vote closes</source>
        <translation>Résultats après la clôture du vote</translation>
    </message>
    <message>
        <source>No ballots yet</source>
        <translation>Pas encore de bulletin</translation>
    </message>
    <message>
        <source>Tied first place</source>
        <translation>Première place ex æquo</translation>
    </message>
    <message>
        <source>First place</source>
        <translation>Première place</translation>
    </message>
</context>
<context>
    <name>proxima::RespondTab</name>
    <message>
        <source>Actions of the case</source>
        <translation>Actions du dossier</translation>
    </message>
    <message>
        <source>&amp;Add Action...</source>
        <translation>&amp;Ajouter une action...</translation>
    </message>
    <message>
        <source>&amp;Edit Action...</source>
        <translation>&amp;Modifier l&apos;action...</translation>
    </message>
    <message>
        <source>&amp;Delete Action</source>
        <translation>&amp;Supprimer l&apos;action</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Desc&amp;endre</translation>
    </message>
    <message>
        <source>the action &quot;%1&quot;</source>
        <translation>l&apos;action «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Totals (without dropped actions): %1 police hours, %2 volunteer hours, %3</source>
        <translation>Totaux (hors actions abandonnées)&#xa0;: %1 heures de police, %2 heures de bénévoles, %3</translation>
    </message>
    <message>
        <source>Select a case to see its action plan.</source>
        <translation>Sélectionnez un dossier pour voir son plan d&apos;action.</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s), %1 done, %2 referred to other services</source>
        <translation>
            <numerusform>%n action, %1 terminée(s), %2 renvoyée(s) vers d&apos;autres services</numerusform>
            <numerusform>%n actions, %1 terminée(s), %2 renvoyée(s) vers d&apos;autres services</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
status: %2, lead: %3, %4 – %5
%6</source>
        <translation>%1
statut&#xa0;: %2, responsable&#xa0;: %3, %4 – %5
%6</translation>
    </message>
    <message>
        <source>Delete action</source>
        <translation>Supprimer l&apos;action</translation>
    </message>
    <message>
        <source>Delete the action &quot;%1&quot;? You can undo this.</source>
        <translation>Supprimer l&apos;action «&#xa0;%1&#xa0;»&#xa0;? Vous pourrez annuler cette action.</translation>
    </message>
</context>
<context>
    <name>proxima::ResultsView</name>
    <message>
        <source>Ranking</source>
        <translation>Classement</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Détail du calcul</translation>
    </message>
    <message>
        <source>How is this counted?</source>
        <translation>Comment est-ce compté&#xa0;?</translation>
    </message>
    <message>
        <source>Export &amp;CSV...</source>
        <translation>Exporter en &amp;CSV...</translation>
    </message>
    <message>
        <source>Export results sheet (&amp;PDF)...</source>
        <translation>Exporter la fiche de résultats (&amp;PDF)...</translation>
    </message>
    <message>
        <source>A member may leave problems out and may put several at the same place. Schulze compares by winning votes unless margins were chosen; Borda gives one point per problem ranked below; Copeland one point per duel won and a half per tied duel; IRV sets aside ballots with no choice left (exhausted).</source>
        <translation>Un membre peut omettre des problèmes et en mettre plusieurs à la même place. Schulze compare par votes gagnants sauf si les marges ont été choisies&#xa0;; Borda donne un point par problème classé en dessous&#xa0;; Copeland un point par duel gagné et un demi-point par duel à égalité&#xa0;; l&apos;IRV met de côté les bulletins sans choix restant (épuisés).</translation>
    </message>
    <message>
        <source>%1. The results stay hidden until the session closes.</source>
        <translation>%1. Les résultats restent masqués jusqu&apos;à la clôture de la session.</translation>
    </message>
    <message>
        <source> (final)</source>
        <translation> (définitif)</translation>
    </message>
    <message>
        <source> (provisional)</source>
        <translation> (provisoire)</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <source>Pairwise duels (row preferred to column)</source>
        <translation>Duels par paires (ligne préférée à la colonne)</translation>
    </message>
    <message>
        <source>Strongest paths</source>
        <translation>Chemins les plus forts</translation>
    </message>
    <message>
        <source>Wins</source>
        <translation>Victoires</translation>
    </message>
    <message>
        <source>Ties</source>
        <translation>Égalités</translation>
    </message>
    <message>
        <source>Losses</source>
        <translation>Défaites</translation>
    </message>
    <message>
        <source>Copeland duels</source>
        <translation>Duels de Copeland</translation>
    </message>
    <message>
        <source>In play</source>
        <translation>En jeu</translation>
    </message>
    <message>
        <source>Exhausted</source>
        <translation>Épuisés</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation>Tour %1</translation>
    </message>
    <message>
        <source>elected: %1</source>
        <translation>élu&#xa0;: %1</translation>
    </message>
    <message>
        <source>eliminated: %1</source>
        <translation>éliminé&#xa0;: %1</translation>
    </message>
    <message>
        <source>IRV rounds</source>
        <translation>Tours de l&apos;IRV</translation>
    </message>
    <message>
        <source>Totals per channel</source>
        <translation>Totaux par canal</translation>
    </message>
    <message>
        <source>Tie-break: %1</source>
        <translation>Départage&#xa0;: %1</translation>
    </message>
    <message>
        <source>no results to export</source>
        <translation>aucun résultat à exporter</translation>
    </message>
    <message>
        <source>Export results sheet</source>
        <translation>Exporter la fiche de résultats</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Exporter les résultats</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>The ballots could not be counted: %1</source>
        <translation>Les bulletins n&apos;ont pas pu être comptés&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 — counted with %2%3</source>
        <translation>%1 — compté avec %2%3</translation>
    </message>
    <message>
        <source>Voters</source>
        <translation>Votants</translation>
    </message>
</context>
<context>
    <name>proxima::ScanTab</name>
    <message>
        <source>any</source>
        <translation>toutes</translation>
    </message>
    <message>
        <source>Concerns grouped in this case</source>
        <translation>Signalements regroupés dans ce dossier</translation>
    </message>
    <message>
        <source>Concerns of the case</source>
        <translation>Signalements du dossier</translation>
    </message>
    <message>
        <source>&amp;Add Concern…</source>
        <translation>&amp;Ajouter un signalement…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Modi&amp;fier…</translation>
    </message>
    <message>
        <source>Move the selected concerns to</source>
        <translation>Déplacer les signalements sélectionnés vers</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Déplacer</translation>
    </message>
    <message>
        <source>Move selected to:</source>
        <translation>Déplacer la sélection vers&#xa0;:</translation>
    </message>
    <message>
        <source>Incidents this case looks at</source>
        <translation>Incidents examinés par ce dossier</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Quartier</translation>
    </message>
    <message>
        <source>Types</source>
        <translation>Types</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Apply &amp;Selection</source>
        <translation>Appliquer la &amp;sélection</translation>
    </message>
    <message>
        <source>Area:</source>
        <translation>Quartier&#xa0;:</translation>
    </message>
    <message>
        <source>Types (none ticked = all):</source>
        <translation>Types (aucun coché = tous)&#xa0;:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Du&#xa0;:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Au&#xa0;:</translation>
    </message>
    <message>
        <source>(out of this case)</source>
        <translation>(hors de ce dossier)</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Tous les quartiers</translation>
    </message>
    <message>
        <source>No selection yet: %L1 incident(s) picked by hand.</source>
        <translation>Pas encore de sélection&#xa0;: %L1 incident(s) choisi(s) à la main.</translation>
    </message>
    <message>
        <source>%L1 incident(s), of which %L2 picked by hand.</source>
        <translation>%L1 incident(s), dont %L2 choisi(s) à la main.</translation>
    </message>
</context>
<context>
    <name>proxima::SessionEditor</name>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>New meeting &amp;today</source>
        <translation>Nouvelle réunion &amp;aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Question&#xa0;:</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Candidats</translation>
    </message>
    <message>
        <source>Another item to vote on</source>
        <translation>Un autre élément à soumettre au vote</translation>
    </message>
    <message>
        <source>Add &amp;item</source>
        <translation>Ajouter un &amp;élément</translation>
    </message>
    <message>
        <source>&amp;Candidates:</source>
        <translation>&amp;Candidats&#xa0;:</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Me&amp;thod:</source>
        <translation>Mé&amp;thode&#xa0;:</translation>
    </message>
    <message>
        <source>Dots per voter</source>
        <translation>Gommettes par votant</translation>
    </message>
    <message>
        <source>Dots per item at most</source>
        <translation>Gommettes par élément au maximum</translation>
    </message>
    <message>
        <source>dots per voter</source>
        <translation>gommettes par votant</translation>
    </message>
    <message>
        <source>at most per item</source>
        <translation>au plus par élément</translation>
    </message>
    <message>
        <source>Dots:</source>
        <translation>Gommettes&#xa0;:</translation>
    </message>
    <message>
        <source>Approvals at most (0 = no limit)</source>
        <translation>Approbations au maximum (0 = pas de limite)</translation>
    </message>
    <message>
        <source>Highest score</source>
        <translation>Note la plus élevée</translation>
    </message>
    <message>
        <source>approvals at most (0 = any)</source>
        <translation>approbations au maximum (0 = illimité)</translation>
    </message>
    <message>
        <source>highest score</source>
        <translation>note la plus élevée</translation>
    </message>
    <message>
        <source>Approval, score:</source>
        <translation>Approbation, notes&#xa0;:</translation>
    </message>
    <message>
        <source>Winning votes</source>
        <translation>Votes gagnants</translation>
    </message>
    <message>
        <source>Margins</source>
        <translation>Marges</translation>
    </message>
    <message>
        <source>Unranked below every ranked one</source>
        <translation>Non classés sous tous les classés</translation>
    </message>
    <message>
        <source>Unranked not compared</source>
        <translation>Non classés non comparés</translation>
    </message>
    <message>
        <source>Ranked ballots:</source>
        <translation>Bulletins classés&#xa0;:</translation>
    </message>
    <message>
        <source>Tie-break rule</source>
        <translation>Règle de départage</translation>
    </message>
    <message>
        <source>No tie-break (shared places)</source>
        <translation>Pas de départage (places partagées)</translation>
    </message>
    <message>
        <source>A second method</source>
        <translation>Une seconde méthode</translation>
    </message>
    <message>
        <source>A lottery</source>
        <translation>Un tirage au sort</translation>
    </message>
    <message>
        <source>A second method, then a lottery</source>
        <translation>Une seconde méthode, puis un tirage au sort</translation>
    </message>
    <message>
        <source>Second method</source>
        <translation>Seconde méthode</translation>
    </message>
    <message>
        <source>Lottery seed</source>
        <translation>Graine du tirage au sort</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>graine</translation>
    </message>
    <message>
        <source>How it counts:</source>
        <translation>Mode de comptage&#xa0;:</translation>
    </message>
    <message>
        <source>Eligible voters</source>
        <translation>Votants admis</translation>
    </message>
    <message>
        <source>Use the meeting&apos;s &amp;attendees</source>
        <translation>Utiliser les partic&amp;ipants de la réunion</translation>
    </message>
    <message>
        <source>Eligible &amp;voters:</source>
        <translation>&amp;Votants admis&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Secret ballot (nobody can link a ballot to its voter)</source>
        <translation>Vote &amp;secret (personne ne peut relier un bulletin à son votant)</translation>
    </message>
    <message>
        <source>&amp;Hide the results until the session closes</source>
        <translation>&amp;Masquer les résultats jusqu&apos;à la clôture de la session</translation>
    </message>
    <message>
        <source>Sa&amp;ve session</source>
        <translation>Enre&amp;gistrer la session</translation>
    </message>
    <message>
        <source>(no meeting)</source>
        <translation>(aucune réunion)</translation>
    </message>
    <message>
        <source>Which problems should the committee tackle first?</source>
        <translation>Quels problèmes le comité doit-il traiter en premier&#xa0;?</translation>
    </message>
    <message>
        <source>CoPmittee meeting</source>
        <translation>Réunion du CoPmittee</translation>
    </message>
    <message>
        <source>Meeting:</source>
        <translation>Réunion&#xa0;:</translation>
    </message>
    <message>
        <source>Tie-break:</source>
        <translation>Départage&#xa0;:</translation>
    </message>
</context>
<context>
    <name>proxima::StageGateDialog</name>
    <message>
        <source>Move to %1</source>
        <translation>Passer à l&apos;étape %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Move &quot;%1&quot; from %2 to %3?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Faire passer «&#xa0;%1&#xa0;» de l&apos;étape %2 à l&apos;étape %3&#xa0;?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>What the %1 stage needs</source>
        <translation>Ce dont l&apos;étape %1 a besoin</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Fait&#xa0;: %1</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>Manquant&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reason for moving anyway</source>
        <translation>Motif du passage malgré tout</translation>
    </message>
    <message>
        <source>Why the case moves on although this is missing (recorded in the history)</source>
        <translation>Pourquoi le dossier avance alors que cet élément manque (consigné dans l&apos;historique)</translation>
    </message>
    <message>
        <source>Not met: %1 of %2 requirements of the %3 stage. You can move anyway with a reason; it is recorded in the stage history.</source>
        <translation>Non rempli&#xa0;: %1 exigences sur %2 de l&apos;étape %3. Vous pouvez passer malgré tout en indiquant un motif&#xa0;; il est consigné dans l&apos;historique des étapes.</translation>
    </message>
    <message>
        <source>Everything the %1 stage needs is in place.</source>
        <translation>Tout ce dont l&apos;étape %1 a besoin est en place.</translation>
    </message>
    <message>
        <source>Move &amp;anyway</source>
        <translation>Passer &amp;malgré tout</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Passer</translation>
    </message>
</context>
<context>
    <name>proxima::StageStepper</name>
    <message>
        <source>SARA progress</source>
        <translation>Progression SARA</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message>
        <source>current</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>to come</source>
        <translation>à venir</translation>
    </message>
</context>
<context>
    <name>proxima::TriangleDiagram</name>
    <message>
        <source>Problem analysis triangle</source>
        <translation>Triangle d&apos;analyse du problème</translation>
    </message>
    <message>
        <source>Offender, victim and place, with their handler, guardian and manager. Arrow keys choose a side, Enter edits it.</source>
        <translation>Auteur, victime et lieu, avec leur superviseur, gardien et gestionnaire. Les flèches choisissent un côté, Entrée le modifie.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Not described yet. Click to describe it.</source>
        <translation>Pas encore décrit. Cliquez pour le décrire.</translation>
    </message>
</context>
<context>
    <name>proxima::VotingPage</name>
    <message>
        <source>&amp;New session</source>
        <translation>&amp;Nouvelle session</translation>
    </message>
    <message>
        <source>&amp;Open for voting</source>
        <translation>&amp;Ouvrir le vote</translation>
    </message>
    <message>
        <source>C&amp;lose and set priorities</source>
        <translation>C&amp;lôturer et fixer les priorités</translation>
    </message>
    <message>
        <source>&amp;Delete session</source>
        <translation>&amp;Supprimer la session</translation>
    </message>
    <message>
        <source>Voting sessions</source>
        <translation>Sessions de vote</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Vote at the laptop</source>
        <translation>Vote sur l&apos;ordinateur portable</translation>
    </message>
    <message>
        <source>Paper, stickers, import</source>
        <translation>Papier, gommettes, importation</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Projector</source>
        <translation>Projecteur</translation>
    </message>
    <message>
        <source>Projector screen</source>
        <translation>Écran du projecteur</translation>
    </message>
    <message>
        <source>&amp;Show the projector view</source>
        <translation>&amp;Afficher la vue projecteur</translation>
    </message>
    <message>
        <source>Sc&amp;reen:</source>
        <translation>&amp;Écran&#xa0;:</translation>
    </message>
    <message>
        <source>What the projector shows</source>
        <translation>Ce qu&apos;affiche le projecteur</translation>
    </message>
    <message>
        <source>Live ranking</source>
        <translation>Classement en direct</translation>
    </message>
    <message>
        <source>Hide the results</source>
        <translation>Masquer les résultats</translation>
    </message>
    <message>
        <source>Show the winner</source>
        <translation>Afficher le gagnant</translation>
    </message>
    <message>
        <source>Agenda: next item</source>
        <translation>Ordre du jour&#xa0;: point suivant</translation>
    </message>
    <message>
        <source>&amp;Shows:</source>
        <translation>Aff&amp;iche&#xa0;:</translation>
    </message>
    <message>
        <source>all</source>
        <translation>toutes</translation>
    </message>
    <message>
        <source>Reveal the top places</source>
        <translation>Révéler les premières places</translation>
    </message>
    <message>
        <source>Reveal &amp;top:</source>
        <translation>Révéler le &amp;top&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Freeze the picture</source>
        <translation>&amp;Figer l&apos;image</translation>
    </message>
    <message>
        <source>Agenda item shown</source>
        <translation>Point de l&apos;ordre du jour affiché</translation>
    </message>
    <message>
        <source>Ne&amp;xt agenda item</source>
        <translation>Point sui&amp;vant de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>A&amp;genda:</source>
        <translation>Ordre du &amp;jour&#xa0;:</translation>
    </message>
</context>
<context>
    <name>proxima::VotingSessionModel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Voted</source>
        <translation>A voté</translation>
    </message>
</context>
<context>
    <name>proxima::VotingTurnout</name>
    <message>
        <source>Voters: %1 of %2 members</source>
        <translation>Votants&#xa0;: %1 sur %2 membres</translation>
    </message>
    <message>
        <source>Voters: 1 member</source>
        <translation>Votants&#xa0;: 1 membre</translation>
    </message>
    <message>
        <source>Voters: %1 members</source>
        <translation>Votants&#xa0;: %1 membres</translation>
    </message>
</context>
<context>
    <name>proxima::WelcomePage</name>
    <message>
        <source>&lt;h1&gt;Proxima&lt;/h1&gt;&lt;p&gt;Solve neighbourhood safety problems together: scan, analyse, respond, assess.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;Proxima&lt;/h1&gt;&lt;p&gt;Résolvez ensemble les problèmes de sécurité du quartier&#xa0;: repérer, analyser, répondre, évaluer.&lt;/p&gt;</translation>
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
        <translation>Espaces de travail récents&#xa0;:</translation>
    </message>
</context>
<context>
    <name>proxima::documents::MatrixRenderer</name>
    <message>
        <source>Action matrix</source>
        <translation>Matrice d&apos;actions</translation>
    </message>
    <message>
        <source>Generated on %1</source>
        <translation>Généré le %1</translation>
    </message>
    <message>
        <source>Priority %1: %2</source>
        <translation>Priorité %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>stage: %1</source>
        <translation>étape&#xa0;: %1</translation>
    </message>
    <message>
        <source>Grand total</source>
        <translation>Total général</translation>
    </message>
    <message>
        <source>No actions planned yet.</source>
        <translation>Aucune action planifiée pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>échéance %1</translation>
    </message>
</context>
<context>
    <name>proxima::documents::MatrixTimeline</name>
    <message>
        <source>No action has a start or due date yet.</source>
        <translation>Aucune action n&apos;a encore de date de début ou d&apos;échéance.</translation>
    </message>
    <message>
        <source>Today (%1)</source>
        <translation>Aujourd&apos;hui (%1)</translation>
    </message>
</context>
<context>
    <name>proxima::documents::MeasureChart</name>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After %1</source>
        <translation>Après %1</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Comparison area</source>
        <translation>Zone de comparaison</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>Objectif %1</translation>
    </message>
</context>
<context>
    <name>proxima::documents::PageFrame</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
</context>
<context>
    <name>proxima::documents::PagedRenderer</name>
    <message>
        <source>Cannot start painting on the output device.</source>
        <translation>Impossible de commencer à dessiner sur le périphérique de sortie.</translation>
    </message>
    <message>
        <source>The page is too small for the document header and footer.</source>
        <translation>La page est trop petite pour l&apos;en-tête et le pied de page du document.</translation>
    </message>
    <message>
        <source>Cannot start page %1 on the output device.</source>
        <translation>Impossible de commencer la page %1 sur le périphérique de sortie.</translation>
    </message>
</context>
<context>
    <name>proxima::documents::ReportRenderer</name>
    <message>
        <source>Generated on %1</source>
        <translation>Généré le %1</translation>
    </message>
</context>
<context>
    <name>proxima::documents::SignatureBlock</name>
    <message>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date&#xa0;:</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>Signature&#xa0;:</translation>
    </message>
</context>
<context>
    <name>proxima::documents::XlsxExporter</name>
    <message>
        <source>Cannot create a temporary file next to the workbook: %1</source>
        <translation>Impossible de créer un fichier temporaire à côté du classeur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot create the workbook.</source>
        <translation>Impossible de créer le classeur.</translation>
    </message>
    <message>
        <source>Action matrix</source>
        <translation>Matrice d&apos;actions</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Grand total</source>
        <translation>Total général</translation>
    </message>
    <message>
        <source>Cannot write the workbook: %1</source>
        <translation>Impossible d&apos;écrire le classeur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot move the workbook into place.</source>
        <translation>Impossible de mettre le classeur à sa place.</translation>
    </message>
</context>
<context>
    <name>proxima::io::IcsExporter</name>
    <message>
        <source>Problem: %1</source>
        <translation>Problème&#xa0;: %1</translation>
    </message>
    <message>
        <source>Lead: %1</source>
        <translation>Responsable&#xa0;: %1</translation>
    </message>
    <message>
        <source>Partners: %1</source>
        <translation>Partenaires&#xa0;: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Statut&#xa0;: %1</translation>
    </message>
    <message>
        <source>Success measure: %1</source>
        <translation>Mesure de réussite&#xa0;: %1</translation>
    </message>
    <message>
        <source>Due: %1</source>
        <translation>Échéance&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>proxima::reports::DocumentBuilder</name>
    <message>
        <source>unknown area &apos;%1&apos; (areas: %2)</source>
        <translation>quartier inconnu &apos;%1&apos; (quartiers&#xa0;: %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Handover pack</source>
        <translation>Document de passation</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Tous les quartiers</translation>
    </message>
    <message>
        <source>the whole workspace %1</source>
        <translation>tout l&apos;espace de travail %1</translation>
    </message>
    <message>
        <source>This pack hands over the community-policing work in %1: the open problem cases with their actions, the priorities set by the CoPmittee, and the organisations and people to contact.</source>
        <translation>Ce document transmet le travail de police de proximité dans %1&#xa0;: les dossiers de problèmes ouverts avec leurs actions, les priorités fixées par le CoPmittee, et les organisations et personnes à contacter.</translation>
    </message>
    <message>
        <source>Priorities</source>
        <translation>Priorités</translation>
    </message>
    <message>
        <source>No open case has been ranked yet.</source>
        <translation>Aucun dossier ouvert n&apos;a encore été classé.</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Lead officer</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>The open cases on the map of %1.</source>
        <translation>Les dossiers ouverts sur la carte de %1.</translation>
    </message>
    <message>
        <source>Open cases and actions</source>
        <translation>Dossiers et actions ouverts</translation>
    </message>
    <message>
        <source>There are no open cases.</source>
        <translation>Il n&apos;y a pas de dossier ouvert.</translation>
    </message>
    <message>
        <source>not ranked</source>
        <translation>non classé</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Ouvert le</translation>
    </message>
    <message>
        <source>No open actions.</source>
        <translation>Aucune action ouverte.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Partners (role)</source>
        <translation>Partenaires (rôle)</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Partner organisations</source>
        <translation>Organisations partenaires</translation>
    </message>
    <message>
        <source>No partner organisation takes part in the open actions.</source>
        <translation>Aucune organisation partenaire ne participe aux actions ouvertes.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Actions ouvertes</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Contact people</source>
        <translation>Personnes de contact</translation>
    </message>
    <message>
        <source>The roster is empty.</source>
        <translation>La liste des membres est vide.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>%1 (priority %2, %3)</source>
        <translation>%1 (priorité %2, %3)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <source>CoPmittee meeting</source>
        <translation>Réunion du CoPmittee</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Invités</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>No items yet.</source>
        <translation>Pas encore de point.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Procès-verbal</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présents</translation>
    </message>
    <message>
        <source>No attendance was recorded.</source>
        <translation>Aucune présence n&apos;a été enregistrée.</translation>
    </message>
    <message>
        <source>Not present</source>
        <translation>Absents</translation>
    </message>
    <message>
        <source>lead: %1</source>
        <translation>responsable&#xa0;: %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>échéance %1</translation>
    </message>
    <message>
        <source>No items were discussed.</source>
        <translation>Aucun point n&apos;a été discuté.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>rien de consigné</translation>
    </message>
    <message>
        <source>Actions agreed under this item:</source>
        <translation>Actions convenues sous ce point&#xa0;:</translation>
    </message>
    <message>
        <source>Actions agreed</source>
        <translation>Actions convenues</translation>
    </message>
    <message>
        <source>No actions were agreed.</source>
        <translation>Aucune action n&apos;a été convenue.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Case report</source>
        <translation>Rapport de dossier</translation>
    </message>
    <message>
        <source>Case %1 – %2</source>
        <translation>Dossier %1 – %2</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Quartier</translation>
    </message>
    <message>
        <source>Scan: the concerns</source>
        <translation>Repérage&#xa0;: les signalements</translation>
    </message>
    <message>
        <source>No concern is grouped into this case.</source>
        <translation>Aucun signalement n&apos;est regroupé dans ce dossier.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Signalement</translation>
    </message>
    <message>
        <source>Analyse: the problem triangle</source>
        <translation>Analyse&#xa0;: le triangle du problème</translation>
    </message>
    <message>
        <source>not described</source>
        <translation>non décrit</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Côté</translation>
    </message>
    <message>
        <source>What we know</source>
        <translation>Ce que nous savons</translation>
    </message>
    <message>
        <source>: %1</source>
        <translation>: %1</translation>
    </message>
    <message>
        <source>Hypotheses</source>
        <translation>Hypothèses</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Who is affected</source>
        <translation>Qui est concerné</translation>
    </message>
    <message>
        <source>Respond: the actions</source>
        <translation>Réponse&#xa0;: les actions</translation>
    </message>
    <message>
        <source>No action is planned yet.</source>
        <translation>Aucune action n&apos;est encore prévue.</translation>
    </message>
    <message>
        <source>%1 h police</source>
        <translation>%1 h de police</translation>
    </message>
    <message>
        <source>%1 h volunteers</source>
        <translation>%1 h de bénévoles</translation>
    </message>
    <message>
        <source>€ %1</source>
        <translation>%1&#xa0;€</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <source>Assess: the measures</source>
        <translation>Évaluation&#xa0;: les mesures</translation>
    </message>
    <message>
        <source>Nothing was measured.</source>
        <translation>Rien n&apos;a été mesuré.</translation>
    </message>
    <message>
        <source>Nothing was measured: %1</source>
        <translation>Rien n&apos;a été mesuré&#xa0;: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>no follow-up yet</source>
        <translation>pas encore de suivi</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>pas d&apos;objectif</translation>
    </message>
    <message>
        <source> (target %1)</source>
        <translation> (objectif %1)</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Valeur de référence</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <source>Target met</source>
        <translation>Objectif atteint</translation>
    </message>
    <message>
        <source>%1 before and after the response.</source>
        <translation>%1 avant et après la réponse.</translation>
    </message>
    <message>
        <source>%1 before (%2) and after the response.</source>
        <translation>%1 avant (%2) et après la réponse.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>not judged yet</source>
        <translation>pas encore évalué</translation>
    </message>
    <message>
        <source>Lesson learned</source>
        <translation>Enseignement tiré</translation>
    </message>
    <message>
        <source>How the plan went</source>
        <translation>Déroulement du plan</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>Historique des étapes</translation>
    </message>
    <message>
        <source>moved although not ready: %1</source>
        <translation>passé sans être prêt&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Passage</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
</context>
<context>
    <name>proxima::reports::MatrixLabels</name>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Triangle side</source>
        <translation>Côté du triangle</translation>
    </message>
    <message>
        <source>Chain phase</source>
        <translation>Phase de la chaîne</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Partners (role)</source>
        <translation>Partenaires (rôle)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Police hours</source>
        <translation>Heures de police</translation>
    </message>
    <message>
        <source>Volunteer hours</source>
        <translation>Heures de bénévoles</translation>
    </message>
    <message>
        <source>Euros</source>
        <translation>Euros</translation>
    </message>
    <message>
        <source>Success measure</source>
        <translation>Mesure de réussite</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Renvoi</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>proxima::reports::MatrixQuery</name>
    <message>
        <source>unknown area &apos;%1&apos; (areas: %2)</source>
        <translation>quartier inconnu &apos;%1&apos; (quartiers&#xa0;: %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>there is no case %1</source>
        <translation>il n&apos;y a pas de dossier %1</translation>
    </message>
    <message>
        <source>the period ends before it starts</source>
        <translation>la période se termine avant de commencer</translation>
    </message>
    <message>
        <source>referred</source>
        <translation>renvoyé</translation>
    </message>
    <message>
        <source>(referred on %1)</source>
        <translation>(renvoyé le %1)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 au %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>à partir du %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>Action matrix</source>
        <translation>Matrice d&apos;actions</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Tous les quartiers</translation>
    </message>
</context>
</TS>
