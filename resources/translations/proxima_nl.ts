<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>ActionRepository</name>
    <message>
        <source>action %1 &quot;%2&quot;</source>
        <translation>actie %1 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>action %1</source>
        <translation>actie %1</translation>
    </message>
</context>
<context>
    <name>ActionStatus</name>
    <message>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Bezig</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Uitgevoerd</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Geschrapt</translation>
    </message>
</context>
<context>
    <name>AllocationSheet</name>
    <message>
        <source>Allocation sheet: %1</source>
        <translation>Toewijzingsblad: %1</translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation>Regel: %1</translation>
    </message>
    <message>
        <source>Participatory budgeting: %1</source>
        <translation>Participatief budget: %1</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Proposals funded</source>
        <translation>Gefinancierde voorstellen</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
    <message>
        <source>Voters with a funded proposal</source>
        <translation>Kiezers met een gefinancierd voorstel</translation>
    </message>
    <message>
        <source>(support entered as totals)</source>
        <translation>(steun ingevoerd als totalen)</translation>
    </message>
    <message>
        <source>Ballots</source>
        <translation>Stembiljetten</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Middelen</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Middel</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capaciteit</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Toegewezen</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Over</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Voorstel</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Steun</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <source>Funded, in order of selection</source>
        <translation>Gefinancierd, in volgorde van selectie</translation>
    </message>
    <message>
        <source>Nothing is funded.</source>
        <translation>Niets wordt gefinancierd.</translation>
    </message>
    <message>
        <source>Not funded</source>
        <translation>Niet gefinancierd</translation>
    </message>
    <message>
        <source>Every proposal is funded.</source>
        <translation>Elk voorstel wordt gefinancierd.</translation>
    </message>
    <message>
        <source>%1 (cost %2)</source>
        <translation>%1 (kost %2)</translation>
    </message>
</context>
<context>
    <name>AnalyseTab</name>
    <message>
        <source>Hypothesis status</source>
        <translation>Status van de hypothese</translation>
    </message>
</context>
<context>
    <name>AnalysisRepository</name>
    <message>
        <source>hypothesis %1 &quot;%2&quot;</source>
        <translation>hypothese %1 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>affected group %1 &quot;%2&quot;</source>
        <translation>getroffen groep %1 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>the analysis of case %1 &quot;%2&quot;</source>
        <translation>de analyse van dossier %1 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>hypothesis %1</source>
        <translation>hypothese %1</translation>
    </message>
    <message>
        <source>affected group %1</source>
        <translation>getroffen groep %1</translation>
    </message>
</context>
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
    <name>AssessTab</name>
    <message numerus="yes">
        <source>&lt;br&gt;Not carried out as planned: %n action(s) overdue.</source>
        <translation>
            <numerusform>&lt;br&gt;Niet uitgevoerd zoals gepland: %n actie te laat.</numerusform>
            <numerusform>&lt;br&gt;Niet uitgevoerd zoals gepland: %n acties te laat.</numerusform>
        </translation>
    </message>
    <message>
        <source>outcome: %1
lesson: %2
process notes: %3</source>
        <translation>resultaat: %1
les: %2
procesnotities: %3</translation>
    </message>
    <message>
        <source>not judged</source>
        <translation>niet beoordeeld</translation>
    </message>
    <message numerus="yes">
        <source>%1
before: %2, %n follow-up(s)</source>
        <translation>
            <numerusform>%1
voor: %2, %n opvolgmeting</numerusform>
            <numerusform>%1
voor: %2, %n opvolgmetingen</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a measure to see its figures.</source>
        <translation>Selecteer een meting om de cijfers ervan te zien.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Before:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Voor:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>niet geteld</translation>
    </message>
    <message>
        <source>&lt;b&gt;After:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Na:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;After:&lt;/b&gt; %1 (latest follow-up)</source>
        <translation>&lt;b&gt;Na:&lt;/b&gt; %1 (laatste opvolgmeting)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Change:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Verandering:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>, an improvement</source>
        <translation>, een verbetering</translation>
    </message>
    <message>
        <source>, no improvement</source>
        <translation>, geen verbetering</translation>
    </message>
    <message>
        <source>&lt;b&gt;Target %1:&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;Doel %1:&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>met</source>
        <translation>gehaald</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>niet gehaald</translation>
    </message>
    <message>
        <source>&lt;b&gt;Target:&lt;/b&gt; none set</source>
        <translation>&lt;b&gt;Doel:&lt;/b&gt; niet ingesteld</translation>
    </message>
    <message>
        <source>the count fell relatively more (or rose less) in the case area than in the comparison area</source>
        <translation>de telling daalde relatief meer (of steeg minder) in het dossiergebied dan in het vergelijkingsgebied</translation>
    </message>
    <message>
        <source>the count rose relatively more (or fell less) in the case area than in the comparison area</source>
        <translation>de telling steeg relatief meer (of daalde minder) in het dossiergebied dan in het vergelijkingsgebied</translation>
    </message>
    <message>
        <source>both areas changed in the same proportion</source>
        <translation>beide gebieden veranderden in dezelfde verhouding</translation>
    </message>
    <message>
        <source>&lt;b&gt;Relative to the comparison area:&lt;/b&gt; %1 — %2</source>
        <translation>&lt;b&gt;Ten opzichte van het vergelijkingsgebied:&lt;/b&gt; %1 — %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Relative to the comparison area:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Ten opzichte van het vergelijkingsgebied:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>a baseline and a follow-up in the case area</source>
        <translation>een nulmeting en een opvolgmeting in het dossiergebied</translation>
    </message>
    <message>
        <source>a nearby area counted before and in the latest follow-up</source>
        <translation>een aangrenzend gebied dat vooraf en bij de laatste opvolgmeting geteld werd</translation>
    </message>
    <message>
        <source>a comparison area counted before and in the latest follow-up</source>
        <translation>een vergelijkingsgebied dat vooraf en bij de laatste opvolgmeting geteld werd</translation>
    </message>
    <message>
        <source>&lt;b&gt;Displacement check:&lt;/b&gt; needs %1.</source>
        <translation>&lt;b&gt;Controle op verplaatsing:&lt;/b&gt; vereist %1.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>&lt;b&gt;Displacement check&lt;/b&gt; (case area %1 → %2, %3 %4 → %5, %6 %7 → %8)</source>
        <translation>&lt;b&gt;Controle op verplaatsing&lt;/b&gt; (dossiergebied %1 → %2, %3 %4 → %5, %6 %7 → %8)</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;WDQ %1&lt;/b&gt; (success measure %2, buffer measure %3)</source>
        <translation>&lt;br&gt;&lt;b&gt;WDQ %1&lt;/b&gt; (succesmaatstaf %2, buffermaatstaf %3)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Process:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Proces:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;br&gt;%1 planned, %2 in progress, %3 done, %4 dropped</source>
        <translation>&lt;br&gt;%1 gepland, %2 bezig, %3 uitgevoerd, %4 geschrapt</translation>
    </message>
    <message>
        <source>&lt;br&gt;Carried out as planned so far: nothing is overdue.</source>
        <translation>&lt;br&gt;Tot nu toe uitgevoerd zoals gepland: niets is te laat.</translation>
    </message>
</context>
<context>
    <name>Assessment</name>
    <message>
        <source>no follow-up value yet</source>
        <translation>nog geen opvolgwaarde</translation>
    </message>
    <message>
        <source>the baseline is 0, so a percentage change is not defined</source>
        <translation>de nulmeting is 0, dus een procentuele verandering is niet gedefinieerd</translation>
    </message>
    <message>
        <source>no comparison area values</source>
        <translation>geen waarden voor het vergelijkingsgebied</translation>
    </message>
    <message>
        <source>the baseline is 0, so the ratio is not defined</source>
        <translation>de nulmeting is 0, dus de verhouding is niet gedefinieerd</translation>
    </message>
    <message>
        <source>the comparison area&apos;s baseline is 0, so the ratio is not defined</source>
        <translation>de nulmeting van het vergelijkingsgebied is 0, dus de verhouding is niet gedefinieerd</translation>
    </message>
    <message>
        <source>the comparison area&apos;s follow-up is 0, so the ratio is not defined</source>
        <translation>de opvolgmeting van het vergelijkingsgebied is 0, dus de verhouding is niet gedefinieerd</translation>
    </message>
    <message>
        <source>the control area has no incidents before the response</source>
        <translation>het controlegebied heeft geen incidenten vóór de respons</translation>
    </message>
    <message>
        <source>the control area has no incidents after the response</source>
        <translation>het controlegebied heeft geen incidenten na de respons</translation>
    </message>
    <message>
        <source>Displacement cannot be assessed: %1.</source>
        <translation>Verplaatsing kan niet beoordeeld worden: %1.</translation>
    </message>
    <message>
        <source>the response area did not improve relative to the control area</source>
        <translation>het responsgebied verbeterde niet ten opzichte van het controlegebied</translation>
    </message>
    <message>
        <source>Displacement cannot be assessed: the response area did not improve relative to the control area.</source>
        <translation>Verplaatsing kan niet beoordeeld worden: het responsgebied verbeterde niet ten opzichte van het controlegebied.</translation>
    </message>
    <message>
        <source>Diffusion of benefits: the surrounding area improved even more than the response area (WDQ %1).</source>
        <translation>Uitstraling van positieve effecten: het omliggende gebied verbeterde nog meer dan het responsgebied (WDQ %1).</translation>
    </message>
    <message>
        <source>Diffusion of benefits: the surrounding area improved too (WDQ %1).</source>
        <translation>Uitstraling van positieve effecten: ook het omliggende gebied verbeterde (WDQ %1).</translation>
    </message>
    <message>
        <source>No displacement and no diffusion: the surrounding area did not change relative to the control area (WDQ 0.00).</source>
        <translation>Geen verplaatsing en geen uitstraling: het omliggende gebied veranderde niet ten opzichte van het controlegebied (WDQ 0.00).</translation>
    </message>
    <message>
        <source>Displacement: more incidents moved to the surrounding area than the response prevented, a net loss (WDQ %1).</source>
        <translation>Verplaatsing: er verschoven meer incidenten naar het omliggende gebied dan de respons voorkwam, een nettoverlies (WDQ %1).</translation>
    </message>
    <message>
        <source>Displacement: some incidents moved to the surrounding area, fewer than the response prevented, a net gain (WDQ %1).</source>
        <translation>Verplaatsing: een deel van de incidenten verschoof naar het omliggende gebied, minder dan de respons voorkwam, een nettowinst (WDQ %1).</translation>
    </message>
</context>
<context>
    <name>AssessmentRepository</name>
    <message>
        <source>an assessment belongs to a case</source>
        <translation>een evaluatie hoort bij een dossier</translation>
    </message>
    <message>
        <source>case %1</source>
        <translation>dossier %1</translation>
    </message>
    <message>
        <source>the assessment of case %1</source>
        <translation>de evaluatie van dossier %1</translation>
    </message>
    <message>
        <source>no outcome yet</source>
        <translation>nog geen resultaat</translation>
    </message>
</context>
<context>
    <name>BallotCsv</name>
    <message>
        <source>unclosed quote</source>
        <translation>niet-afgesloten aanhalingsteken</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>het bestand is leeg</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>kolom %1</translation>
    </message>
    <message>
        <source>empty candidate name</source>
        <translation>lege kandidaatnaam</translation>
    </message>
    <message>
        <source>candidate &quot;%1&quot; named twice</source>
        <translation>kandidaat &quot;%1&quot; twee keer genoemd</translation>
    </message>
    <message>
        <source>%1 cells, the header has %2 candidates</source>
        <translation>%1 cellen, de kopregel heeft %2 kandidaten</translation>
    </message>
    <message>
        <source>rank &quot;%1&quot; is not a whole number from 1</source>
        <translation>rang &quot;%1&quot; is geen geheel getal vanaf 1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number from 0</source>
        <translation>&quot;%1&quot; is geen geheel getal vanaf 0</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>kan niet openen: %1</translation>
    </message>
</context>
<context>
    <name>BudgetCommand</name>
    <message>
        <source>Try: proxima-cli budget --help</source>
        <translation>Probeer: proxima-cli budget --help</translation>
    </message>
    <message>
        <source>allocate a participatory budget (.pb) with greedy, equal shares or exact rules</source>
        <translation>een participatief budget (.pb) toewijzen met gretige regels, gelijke delen of exacte regels</translation>
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
        <translation>Gebruik: proxima-cli budget FILE.pb --rule RULE [options]
         proxima-cli budget WORKSPACE --rule RULE [--round N] [options]

Een werkruimte wordt ronde per ronde toegewezen: --round N kiest een ronde op id (standaard: de ronde met
de recentste periode). Project-id&apos;s zijn de id&apos;s van de voorstellen, kosten gelden per naam van de middelenpot.
Zie ook: budget-import WORKSPACE FILE.pb, budget-export WORKSPACE --round N OUT.pb.

Regels:
  greedy        meeste steun eerst, wat niet meer past wordt overgeslagen
  greedy-ratio  meeste steun per kosteneenheid eerst
  mes           methode van gelijke delen (Method of Equal Shares, kostennut)
  mes-add1      gelijke delen, deel per kiezer met 1 verhoogd tot uitputtend of boven het budget
  mes-add1u     mes-add1, daarna gretig aangevuld volgens steun
  exact         maximale totale steun (branch and bound)

Opties:
  --tie-break id|cost|votes|lottery   volgorde bij gelijke stand (standaard id, zoals pabutools)
  --seed N                            seed van de loting
  --time-limit SECONDS                tijdslimiet van de exacte regel (standaard 10)
  --round N                           id van de ronde in de werkruimte
  --json                              één JSON-object: rule, funded, cost, budget, explanations...

Afsluitcodes: 0 klaar, 1 onleesbaar of misvormd bestand, 2 foute opdrachtregel.
</translation>
    </message>
    <message>
        <source>expected exactly one .pb file or workspace</source>
        <translation>precies één .pb-bestand of werkruimte verwacht</translation>
    </message>
    <message>
        <source>unknown rule &quot;%1&quot;</source>
        <translation>onbekende regel &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--rule is required</source>
        <translation>--rule is verplicht</translation>
    </message>
    <message>
        <source>unknown tie-break &quot;%1&quot; (id, cost, votes or lottery)</source>
        <translation>onbekende beslissing bij gelijke stand &quot;%1&quot; (id, cost, votes of lottery)</translation>
    </message>
    <message>
        <source>--seed needs a whole number</source>
        <translation>--seed heeft een geheel getal nodig</translation>
    </message>
    <message>
        <source>--time-limit needs a positive number of seconds</source>
        <translation>--time-limit heeft een positief aantal seconden nodig</translation>
    </message>
    <message>
        <source>--round needs a round id</source>
        <translation>--round heeft een ronde-id nodig</translation>
    </message>
    <message>
        <source>--round applies to a workspace, not to a .pb file</source>
        <translation>--round geldt voor een werkruimte, niet voor een .pb-bestand</translation>
    </message>
    <message>
        <source>cannot open the workspace</source>
        <translation>kan de werkruimte niet openen</translation>
    </message>
    <message>
        <source>the workspace has no budgeting round</source>
        <translation>de werkruimte heeft geen budgetronde</translation>
    </message>
    <message>
        <source>Rule: %1 (ties: %2)</source>
        <translation>Regel: %1 (gelijke stand: %2)</translation>
    </message>
    <message>
        <source>Funded, in order of selection:</source>
        <translation>Gefinancierd, in volgorde van selectie:</translation>
    </message>
    <message>
        <source>Total %1: %2 of %3</source>
        <translation>Totaal %1: %2 van %3</translation>
    </message>
    <message>
        <source>Voters with at least one funded project: %1%</source>
        <translation>Kiezers met minstens één gefinancierd project: %1%</translation>
    </message>
    <message>
        <source>Per-voter share: %1 after %2 runs of equal shares</source>
        <translation>Deel per kiezer: %1 na %2 doorlopen van gelijke delen</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Waarom:</translation>
    </message>
</context>
<context>
    <name>BudgetExportCommand</name>
    <message>
        <source>export a budgeting round as a pabulib (.pb) file</source>
        <translation>een budgetronde exporteren als pabulib-bestand (.pb)</translation>
    </message>
    <message>
        <source>--round N is required (see: proxima-cli help budget-export)</source>
        <translation>--round N is verplicht (zie: proxima-cli help budget-export)</translation>
    </message>
    <message>
        <source>Wrote round %1 to %2.</source>
        <translation>Ronde %1 geschreven naar %2.</translation>
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
        <translation>Gebruik: proxima-cli budget-export WORKSPACE --round N [--pool ID] OUT.pb

Schrijft de projecten van de ronde (id&apos;s van de voorstellen, kost in de europot, of in de eerste pot als
er geen europot is), het budget en de stembiljetten. Een ronde die uit een .pb-bestand geïmporteerd werd,
wordt teruggeschreven zoals ze gelezen werd, met de wijzigingen sindsdien.

  --pool ID   een andere pot van een ronde met meerdere potten exporteren: het budget en de kosten van
              de projecten komen uit die pot. ID is het id, de naam of de soort van de pot (police_hours,
              volunteer_hours, euros, custom).

Afsluitcodes: 0 geschreven, 1 onbekende ronde of onschrijfbaar bestand, 2 foute opdrachtregel.
</translation>
    </message>
    <message>
        <source>the round %1 has no resource pool &quot;%2&quot;</source>
        <translation>de ronde %1 heeft geen middelenpot &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>BudgetImportCommand</name>
    <message>
        <source>import a pabulib (.pb) file as a budgeting round</source>
        <translation>een pabulib-bestand (.pb) importeren als budgetronde</translation>
    </message>
    <message>
        <source>Usage: proxima-cli budget-import WORKSPACE FILE.pb [--json]

Stores the file as a new budgeting round: each project becomes a proposal (its id kept), the budget
a euros pool, the votes anonymous ballots. Prints the new round&apos;s id (with --json: one object with
round, name, proposals, ballots).

Exit codes: 0 imported, 1 unreadable file or workspace, 2 wrong command line.
</source>
        <translation>Gebruik: proxima-cli budget-import WORKSPACE FILE.pb [--json]

Slaat het bestand op als een nieuwe budgetronde: elk project wordt een voorstel (het id blijft behouden),
het budget een europot, de stemmen anonieme stembiljetten. Toont het id van de nieuwe ronde (met --json:
één object met round, name, proposals, ballots).

Afsluitcodes: 0 geïmporteerd, 1 onleesbaar bestand of onleesbare werkruimte, 2 foute opdrachtregel.
</translation>
    </message>
    <message>
        <source>Imported round %1 &quot;%2&quot;: %3 proposals, %4 ballots.</source>
        <translation>Ronde %1 &quot;%2&quot; geïmporteerd: %3 voorstellen, %4 stembiljetten.</translation>
    </message>
</context>
<context>
    <name>BudgetRepository</name>
    <message>
        <source>a budgeting round needs a name</source>
        <translation>een budgetronde heeft een naam nodig</translation>
    </message>
    <message>
        <source>the period ends before it starts</source>
        <translation>de periode eindigt voordat ze begint</translation>
    </message>
    <message>
        <source>every resource pool needs a name</source>
        <translation>elke middelenpot heeft een naam nodig</translation>
    </message>
    <message>
        <source>two resource pools are called &quot;%1&quot;</source>
        <translation>twee middelenpotten heten &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the capacity &quot;%1&quot; of %2 is not an amount</source>
        <translation>de capaciteit &quot;%1&quot; van %2 is geen bedrag</translation>
    </message>
    <message>
        <source>two proposals have the id %1</source>
        <translation>twee voorstellen hebben het id %1</translation>
    </message>
    <message>
        <source>%1 cannot be both required and excluded</source>
        <translation>%1 kan niet tegelijk verplicht en uitgesloten zijn</translation>
    </message>
    <message>
        <source>the support of %1 cannot be negative</source>
        <translation>de steun voor %1 kan niet negatief zijn</translation>
    </message>
    <message>
        <source>%1 has a cost in a pool of another round</source>
        <translation>%1 heeft een kost in een pot van een andere ronde</translation>
    </message>
    <message>
        <source>the cost &quot;%1&quot; of %2 is not an amount</source>
        <translation>de kost &quot;%1&quot; van %2 is geen bedrag</translation>
    </message>
    <message>
        <source>a constraint links a proposal to itself or to one outside the round</source>
        <translation>een voorwaarde koppelt een voorstel aan zichzelf of aan een voorstel buiten de ronde</translation>
    </message>
    <message>
        <source>budgeting round %1</source>
        <translation>budgetronde %1</translation>
    </message>
    <message>
        <source>budgeting round &quot;%1&quot;</source>
        <translation>budgetronde &quot;%1&quot;</translation>
    </message>
    <message>
        <source>voter %1 gives %2 points for %3 proposals</source>
        <translation>kiezer %1 geeft %2 punten voor %3 voorstellen</translation>
    </message>
    <message>
        <source>voter %1 supports a proposal outside the round</source>
        <translation>kiezer %1 steunt een voorstel buiten de ronde</translation>
    </message>
    <message>
        <source>voter %1 lists a proposal twice</source>
        <translation>kiezer %1 vermeldt een voorstel twee keer</translation>
    </message>
    <message>
        <source>voter %1 gives negative points</source>
        <translation>kiezer %1 geeft negatieve punten</translation>
    </message>
    <message>
        <source>ballots</source>
        <translation>stembiljetten</translation>
    </message>
    <message>
        <source>%1 ballots</source>
        <translation>%1 stembiljetten</translation>
    </message>
    <message>
        <source>allocation %1</source>
        <translation>toewijzing %1</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>the minimum &quot;%1&quot; of %2 is not an amount of 0 or more</source>
        <translation>het minimum &quot;%1&quot; van %2 is geen bedrag van 0 of meer</translation>
    </message>
    <message>
        <source>the minimum %1 of %2 is above its cost %3</source>
        <translation>het minimum %1 van %2 ligt boven de kost %3</translation>
    </message>
    <message>
        <source>the maximum &quot;%1&quot; of %2 is not an amount</source>
        <translation>het maximum &quot;%1&quot; van %2 is geen bedrag</translation>
    </message>
    <message>
        <source>the maximum %1 of %2 is below its cost %3</source>
        <translation>het maximum %1 van %2 ligt onder de kost %3</translation>
    </message>
</context>
<context>
    <name>BudgetRound</name>
    <message>
        <source>Police officer hours</source>
        <translation>Uren van politieagenten</translation>
    </message>
    <message>
        <source>Volunteer hours</source>
        <translation>Vrijwilligersuren</translation>
    </message>
    <message>
        <source>Euros</source>
        <translation>Euro</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Aangepast</translation>
    </message>
</context>
<context>
    <name>BudgetSupport</name>
    <message>
        <source>proposal %1 is not in the round</source>
        <translation>voorstel %1 zit niet in de ronde</translation>
    </message>
    <message>
        <source>support cannot be negative</source>
        <translation>steun kan niet negatief zijn</translation>
    </message>
</context>
<context>
    <name>Budgeting</name>
    <message>
        <source>excluded by the committee</source>
        <translation>uitgesloten door het comité</translation>
    </message>
    <message>
        <source>incompatible with %1, which is funded</source>
        <translation>onverenigbaar met %1, dat gefinancierd wordt</translation>
    </message>
    <message>
        <source>depends on %1, which is not funded</source>
        <translation>hangt af van %1, dat niet gefinancierd wordt</translation>
    </message>
    <message>
        <source>does not fit: %1 left, costs %2</source>
        <translation>past niet: %1 over, kost %2</translation>
    </message>
    <message>
        <source>there is no resource to allocate</source>
        <translation>er zijn geen middelen om toe te wijzen</translation>
    </message>
    <message>
        <source>equal shares needs individual ballots, not totals</source>
        <translation>gelijke delen heeft individuele stembiljetten nodig, geen totalen</translation>
    </message>
    <message>
        <source>unknown rule</source>
        <translation>onbekende regel</translation>
    </message>
    <message>
        <source>shares of the pool</source>
        <translation>delen van de pot</translation>
    </message>
    <message>
        <source>Each of the %1 ballots received %2.</source>
        <translation>Elk van de %1 stembiljetten kreeg %2.</translation>
    </message>
    <message>
        <source>Funded first: the committee requires it (costs %1).</source>
        <translation>Eerst gefinancierd: het comité eist het (kost %1).</translation>
    </message>
    <message>
        <source>Funded first: it costs nothing and %1 ballots support it.</source>
        <translation>Eerst gefinancierd: het kost niets en %1 stembiljetten steunen het.</translation>
    </message>
    <message>
        <source>Funded in round %1: its %2 supporters paid its %3 from their shares, at most %4 each.</source>
        <translation>Gefinancierd in ronde %1: de %2 steunende kiezers betaalden de %3 uit hun delen, elk ten hoogste %4.</translation>
    </message>
    <message>
        <source>Not funded: nobody supports it.</source>
        <translation>Niet gefinancierd: niemand steunt het.</translation>
    </message>
    <message>
        <source>Not funded: in round %1 its %2 supporters had %3 left of the %4 it needs.</source>
        <translation>Niet gefinancierd: in ronde %1 hadden de %2 steunende kiezers nog %3 van de %4 die nodig zijn.</translation>
    </message>
    <message>
        <source>Not funded: %1.</source>
        <translation>Niet gefinancierd: %1.</translation>
    </message>
    <message>
        <source>its supporters could not pay for it</source>
        <translation>de steunende kiezers konden het niet betalen</translation>
    </message>
    <message>
        <source>Equal shares: the budget of %1 is split equally between all ballots, empty ones included; each project is paid by its own supporters.</source>
        <translation>Gelijke delen: het budget van %1 wordt gelijk verdeeld over alle stembiljetten, lege inbegrepen; elk project wordt betaald door de eigen steunende kiezers.</translation>
    </message>
    <message>
        <source>Equal shares with several resources: each resource is counted as a share of its own capacity, so a project&apos;s price is the sum of its shares (for example half the euros and a quarter of the officer hours cost 0.75) and the whole pool is worth %1. That pool is split equally between all ballots. A project that would exceed any single resource is not funded.</source>
        <translation>Gelijke delen met meerdere middelen: elk middel telt als een deel van de eigen capaciteit, zodus is de prijs van een project de som van zijn delen (bijvoorbeeld de helft van de euro&apos;s en een kwart van de agentenuren kost 0,75) en is de hele pot %1 waard. Die pot wordt gelijk verdeeld over alle stembiljetten. Een project dat één enkel middel zou overschrijden, wordt niet gefinancierd.</translation>
    </message>
    <message>
        <source>amounts are too large or too finely divided for the exact rule</source>
        <translation>de bedragen zijn te groot of te fijn verdeeld voor de exacte regel</translation>
    </message>
    <message>
        <source>the required projects and constraints cannot all be met within the capacities</source>
        <translation>de verplichte projecten en voorwaarden kunnen niet allemaal binnen de capaciteiten gehaald worden</translation>
    </message>
    <message>
        <source>Search stopped after %1 nodes: total support %2, at most %3 more is possible.</source>
        <translation>Zoektocht gestopt na %1 knooppunten: totale steun %2, hoogstens %3 meer is mogelijk.</translation>
    </message>
    <message>
        <source>Proven optimal after %1 nodes: total support %2.</source>
        <translation>Bewezen optimaal na %1 knooppunten: totale steun %2.</translation>
    </message>
    <message>
        <source>Funded: part of the allocation with the most total support (it adds %1).</source>
        <translation>Gefinancierd: deel van de toewijzing met de meeste totale steun (het voegt %1 toe).</translation>
    </message>
    <message>
        <source>Not funded: it would fit, but no allocation including it has more total support (it adds %1).</source>
        <translation>Niet gefinancierd: het zou passen, maar geen toewijzing waarin het zit heeft meer totale steun (het voegt %1 toe).</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 punten</translation>
    </message>
    <message>
        <source>%1 supporters</source>
        <translation>%1 steunende kiezers</translation>
    </message>
    <message>
        <source>Not funded (%1, %2 in %3 order): %4.</source>
        <translation>Niet gefinancierd (%1, %2 in %3-volgorde): %4.</translation>
    </message>
    <message>
        <source>Funded (%1, %2 in %3 order): costs %4, %5 was left.</source>
        <translation>Gefinancierd (%1, %2 in %3-volgorde): kost %4, er was nog %5.</translation>
    </message>
    <message>
        <source>support-per-cost</source>
        <translation>steun per kost</translation>
    </message>
    <message>
        <source>support</source>
        <translation>steun</translation>
    </message>
    <message>
        <source>greedy completion</source>
        <translation>gretige aanvulling</translation>
    </message>
    <message>
        <source>Funded at its minimum of %1: %2 did not fit, %3 was left (flexible amounts).</source>
        <translation>Gefinancierd tegen zijn minimum van %1: %2 paste niet, er was nog %3 (flexibele bedragen).</translation>
    </message>
    <message>
        <source>%1 (maximum %2)</source>
        <translation>%1 (maximum %2)</translation>
    </message>
    <message>
        <source>Topped up with leftover capacity to %1.</source>
        <translation>Aangevuld met de resterende capaciteit tot %1.</translation>
    </message>
    <message>
        <source>Flexible amounts: some proposals have a minimum or a maximum. After each rule has chosen, (a) a proposal left out because its cost did not fit is funded at its minimum when that fits in every resource and its constraints allow it, most supported first (then the rule&apos;s tie-break order); (b) then what is left of each resource tops up the funded proposals that have a maximum, in order of selection, up to their maximum.</source>
        <translation>Flexibele bedragen: sommige voorstellen hebben een minimum of een maximum. Nadat elke regel gekozen heeft: (a) een voorstel dat niet werd opgenomen omdat de kost niet paste, wordt tegen zijn minimum gefinancierd als dat binnen elk middel past en de voorwaarden het toelaten, de meest gesteunde eerst (daarna volgens de volgorde bij gelijke stand van de regel); (b) daarna vult wat er van elk middel overblijft de gefinancierde voorstellen met een maximum aan, in volgorde van selectie, tot hun maximum.</translation>
    </message>
</context>
<context>
    <name>CaseMeasure</name>
    <message>
        <source>Counted from incidents</source>
        <translation>Geteld uit incidenten</translation>
    </message>
    <message>
        <source>Entered by hand</source>
        <translation>Met de hand ingevoerd</translation>
    </message>
</context>
<context>
    <name>CaseReportData</name>
    <message>
        <source>there is no case %1</source>
        <translation>er is geen dossier %1</translation>
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
    <name>ChainPhase</name>
    <message>
        <source>Pro-action</source>
        <translation>Pro-actie</translation>
    </message>
    <message>
        <source>Prevention</source>
        <translation>Preventie</translation>
    </message>
    <message>
        <source>Preparation</source>
        <translation>Preparatie</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Respons</translation>
    </message>
    <message>
        <source>Aftercare</source>
        <translation>Nazorg</translation>
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
    <message>
        <source>Accept the %1 allocation of %2</source>
        <translation>De %1-toewijzing van %2 aanvaarden</translation>
    </message>
    <message>
        <source>action &quot;%1&quot;</source>
        <translation>actie &quot;%1&quot;</translation>
    </message>
    <message>
        <source>analysis</source>
        <translation>analyse</translation>
    </message>
    <message>
        <source>hypothesis &quot;%1&quot;</source>
        <translation>hypothese &quot;%1&quot;</translation>
    </message>
    <message>
        <source>affected group &quot;%1&quot;</source>
        <translation>getroffen groep &quot;%1&quot;</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>evaluatie</translation>
    </message>
    <message>
        <source>measure &quot;%1&quot;</source>
        <translation>meting &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Agree action &quot;%1&quot;</source>
        <translation>Actie &quot;%1&quot; afspreken</translation>
    </message>
    <message>
        <source>meeting of %1</source>
        <translation>vergadering van %1</translation>
    </message>
    <message>
        <source>Reorder actions</source>
        <translation>Acties herschikken</translation>
    </message>
    <message>
        <source>the action &quot;%1&quot;</source>
        <translation>de actie &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Move case &quot;%1&quot; to %2</source>
        <translation>Dossier &quot;%1&quot; naar %2 verplaatsen</translation>
    </message>
    <message>
        <source>Georeference the map</source>
        <translation>De kaart georefereren</translation>
    </message>
    <message>
        <source>Load the map &quot;%1&quot;</source>
        <translation>De kaart &quot;%1&quot; laden</translation>
    </message>
    <message>
        <source>concern %1</source>
        <translation>melding %1</translation>
    </message>
    <message>
        <source>Place %1 on the map</source>
        <translation>%1 op de kaart plaatsen</translation>
    </message>
    <message>
        <source>Remove %1 from the map</source>
        <translation>%1 van de kaart verwijderen</translation>
    </message>
    <message numerus="yes">
        <source>Move %n concern(s) to a case</source>
        <translation>
            <numerusform>%n melding naar een dossier verplaatsen</numerusform>
            <numerusform>%n meldingen naar een dossier verplaatsen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Take %n concern(s) out of their case</source>
        <translation>
            <numerusform>%n melding uit haar dossier halen</numerusform>
            <numerusform>%n meldingen uit hun dossier halen</numerusform>
        </translation>
    </message>
    <message>
        <source>Split into case &quot;%1&quot;</source>
        <translation>Opsplitsen in dossier &quot;%1&quot;</translation>
    </message>
    <message>
        <source>concern &quot;%1&quot;</source>
        <translation>melding &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Change the incident selection of case %1</source>
        <translation>De incidentselectie van dossier %1 wijzigen</translation>
    </message>
    <message numerus="yes">
        <source>Pick %n incident(s) for a case</source>
        <translation>
            <numerusform>%n incident kiezen voor een dossier</numerusform>
            <numerusform>%n incidenten kiezen voor een dossier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n picked incident(s)</source>
        <translation>
            <numerusform>%n gekozen incident verwijderen</numerusform>
            <numerusform>%n gekozen incidenten verwijderen</numerusform>
        </translation>
    </message>
    <message>
        <source>Support from voting session %1</source>
        <translation>Steun uit stemsessie %1</translation>
    </message>
    <message>
        <source>Undo: delete %1</source>
        <translation>Ongedaan maken: %1 verwijderen</translation>
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
        <translation>Focusgroep</translation>
    </message>
    <message>
        <source>CoPmittee meeting</source>
        <translation>CoPmittee-vergadering</translation>
    </message>
    <message>
        <source>Street briefing</source>
        <translation>Gesprek op straat</translation>
    </message>
    <message>
        <source>Guided or environmental walk</source>
        <translation>Begeleide wandeling of buurtschouw</translation>
    </message>
    <message>
        <source>Patrol</source>
        <translation>Patrouille</translation>
    </message>
    <message>
        <source>Online form</source>
        <translation>Onlineformulier</translation>
    </message>
    <message>
        <source>Incident data</source>
        <translation>Incidentgegevens</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>Niet vermeld</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>Eenmalig</translation>
    </message>
    <message>
        <source>Occasionally</source>
        <translation>Af en toe</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Maandelijks</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Wekelijks</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Dagelijks</translation>
    </message>
</context>
<context>
    <name>ConcernRepository</name>
    <message>
        <source>concern %1 &quot;%2&quot;</source>
        <translation>melding %1 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>concern %1</source>
        <translation>melding %1</translation>
    </message>
    <message>
        <source>moved to case %1</source>
        <translation>verplaatst naar dossier %1</translation>
    </message>
    <message>
        <source>taken out of its case</source>
        <translation>uit het dossier gehaald</translation>
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
    <name>CsvReader</name>
    <message>
        <source>the file cannot be read</source>
        <translation>het bestand kan niet gelezen worden</translation>
    </message>
    <message>
        <source>field is longer than %1 characters</source>
        <translation>veld is langer dan %1 tekens</translation>
    </message>
    <message>
        <source>the record has more than %1 fields</source>
        <translation>het record heeft meer dan %1 velden</translation>
    </message>
    <message>
        <source>quoted field is not closed before the end of the file</source>
        <translation>veld tussen aanhalingstekens is niet afgesloten vóór het einde van het bestand</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos; after a closing quote</source>
        <translation>onverwacht teken &apos;%1&apos; na een afsluitend aanhalingsteken</translation>
    </message>
</context>
<context>
    <name>DemoIncidents</name>
    <message>
        <source>cannot write the file: %1</source>
        <translation>kan het bestand niet schrijven: %1</translation>
    </message>
</context>
<context>
    <name>DemoMap</name>
    <message>
        <source>the demo plan is missing from the program&apos;s resources</source>
        <translation>het demoplan ontbreekt in de bronnen van het programma</translation>
    </message>
    <message>
        <source>Saint-Roch plan</source>
        <translation>Plan van Saint-Roch</translation>
    </message>
</context>
<context>
    <name>DemoResponse</name>
    <message>
        <source>A district of the same town, comparable to Saint-Roch, where none of the responses ran: the comparison area of the assessments.</source>
        <translation>Een wijk van dezelfde stad, vergelijkbaar met Saint-Roch, waar geen enkele respons liep: het vergelijkingsgebied van de evaluaties.</translation>
    </message>
</context>
<context>
    <name>Georeference</name>
    <message>
        <source>at least 2 control points are needed</source>
        <translation>er zijn minstens 2 referentiepunten nodig</translation>
    </message>
    <message>
        <source>control points %1 and %2 are at the same pixel</source>
        <translation>referentiepunten %1 en %2 liggen op dezelfde pixel</translation>
    </message>
    <message>
        <source>control points %1 and %2 are at the same place</source>
        <translation>referentiepunten %1 en %2 liggen op dezelfde plaats</translation>
    </message>
    <message>
        <source>the control points lie on one line on the image: add a point away from that line</source>
        <translation>de referentiepunten liggen op één lijn op de afbeelding: voeg een punt toe buiten die lijn</translation>
    </message>
    <message>
        <source>the control points lie on one line on the ground: add a point away from that line</source>
        <translation>de referentiepunten liggen op één lijn op het terrein: voeg een punt toe buiten die lijn</translation>
    </message>
</context>
<context>
    <name>HotspotRaster</name>
    <message>
        <source>no map loaded</source>
        <translation>geen kaart geladen</translation>
    </message>
    <message>
        <source>Incidents and concerns</source>
        <translation>Incidenten en meldingen</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidenten</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Meldingen</translation>
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
        <translation>niets om te karteren: geen %1 met een plaats op het plan</translation>
    </message>
    <message>
        <source>%1 per cell of %2 %3</source>
        <translation>%1 per cel van %2 %3</translation>
    </message>
    <message>
        <source>%1 per km² (kernel %2 m)</source>
        <translation>%1 per km² (kernel %2 m)</translation>
    </message>
    <message>
        <source>%1 per 1000 px² (kernel %2 px)</source>
        <translation>%1 per 1000 px² (kernel %2 px)</translation>
    </message>
    <message>
        <source>no density inside the plan</source>
        <translation>geen dichtheid binnen het plan</translation>
    </message>
</context>
<context>
    <name>Hotspots</name>
    <message>
        <source>the cell size must be positive</source>
        <translation>de celgrootte moet positief zijn</translation>
    </message>
    <message>
        <source>the area to map is empty</source>
        <translation>het te karteren gebied is leeg</translation>
    </message>
    <message>
        <source>the cells are too small for this area (%1 x %2 cells)</source>
        <translation>de cellen zijn te klein voor dit gebied (%1 x %2 cellen)</translation>
    </message>
    <message>
        <source>the bandwidth must be positive</source>
        <translation>de bandbreedte moet positief zijn</translation>
    </message>
</context>
<context>
    <name>Hypothesis</name>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Supported</source>
        <translation>Bevestigd</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Verworpen</translation>
    </message>
</context>
<context>
    <name>IncidentColumnMapping</name>
    <message>
        <source>missing required columns: %1</source>
        <translation>ontbrekende verplichte kolommen: %1</translation>
    </message>
    <message>
        <source>mapped columns not in the file: %1</source>
        <translation>gekoppelde kolommen die niet in het bestand staan: %1</translation>
    </message>
</context>
<context>
    <name>IncidentCountQueries</name>
    <message>
        <source>a count needs a period with a start and an end</source>
        <translation>een telling heeft een periode met een begin en een einde nodig</translation>
    </message>
</context>
<context>
    <name>IncidentCsvParser</name>
    <message>
        <source>a latitude is needed with the longitude</source>
        <translation>bij de lengtegraad is een breedtegraad nodig</translation>
    </message>
    <message>
        <source>a longitude is needed with the latitude</source>
        <translation>bij de breedtegraad is een lengtegraad nodig</translation>
    </message>
    <message>
        <source>an x is needed with the y</source>
        <translation>bij de y is een x nodig</translation>
    </message>
    <message>
        <source>a y is needed with the x</source>
        <translation>bij de x is een y nodig</translation>
    </message>
    <message>
        <source>the file contains no rows</source>
        <translation>het bestand bevat geen rijen</translation>
    </message>
    <message>
        <source>a value is required</source>
        <translation>een waarde is verplicht</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid date</source>
        <translation>&apos;%1&apos; is geen geldige datum</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid time</source>
        <translation>&apos;%1&apos; is geen geldig tijdstip</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>&apos;%1&apos; is geen getal</translation>
    </message>
    <message>
        <source>latitude %1 is outside -90 to 90</source>
        <translation>breedtegraad %1 ligt buiten -90 tot 90</translation>
    </message>
    <message>
        <source>longitude %1 is outside -180 to 180</source>
        <translation>lengtegraad %1 ligt buiten -180 tot 180</translation>
    </message>
    <message>
        <source>the file cannot be opened: %1</source>
        <translation>het bestand kan niet geopend worden: %1</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>regel %1</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>kolom %1</translation>
    </message>
    <message>
        <source>column &apos;%1&apos;</source>
        <translation>kolom &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation>%1 velden waar de kopregel er %2 heeft</translation>
    </message>
    <message>
        <source>%1 fields where the first row has %2</source>
        <translation>%1 velden waar de eerste rij er %2 heeft</translation>
    </message>
</context>
<context>
    <name>IncidentField</name>
    <message>
        <source>Reference</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Breedtegraad</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Lengtegraad</translation>
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
        <translation>Beschrijving</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Wijk</translation>
    </message>
</context>
<context>
    <name>IncidentImportService</name>
    <message>
        <source>an import of a file cannot be part of another change</source>
        <translation>een import van een bestand kan geen deel uitmaken van een andere wijziging</translation>
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
        <translation>de periode eindigt voordat ze begint</translation>
    </message>
    <message>
        <source>the incident selection of case %1</source>
        <translation>de incidentselectie van dossier %1</translation>
    </message>
    <message>
        <source>incident selection</source>
        <translation>incidentselectie</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n incident</numerusform>
            <numerusform>%n incidenten</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing was imported</source>
        <translation>er werd niets geïmporteerd</translation>
    </message>
    <message>
        <source>the file cannot be opened: %1</source>
        <translation>het bestand kan niet geopend worden: %1</translation>
    </message>
</context>
<context>
    <name>MapImageProbe</name>
    <message>
        <source>the PNG image is truncated before its size (IHDR header)</source>
        <translation>de PNG-afbeelding is afgebroken vóór haar grootte (IHDR-header)</translation>
    </message>
    <message>
        <source>the PNG image is truncated (it does not end with an IEND chunk)</source>
        <translation>de PNG-afbeelding is afgebroken (ze eindigt niet met een IEND-chunk)</translation>
    </message>
    <message>
        <source>the PNG image has no size (width or height is 0)</source>
        <translation>de PNG-afbeelding heeft geen grootte (breedte of hoogte is 0)</translation>
    </message>
    <message>
        <source>the JPEG image is truncated before its size (frame header)</source>
        <translation>de JPEG-afbeelding is afgebroken vóór haar grootte (frame-header)</translation>
    </message>
    <message>
        <source>the JPEG image is damaged (no marker at byte %1)</source>
        <translation>de JPEG-afbeelding is beschadigd (geen marker op byte %1)</translation>
    </message>
    <message>
        <source>the JPEG image has no frame header giving its size</source>
        <translation>de JPEG-afbeelding heeft geen frame-header die haar grootte geeft</translation>
    </message>
    <message>
        <source>the JPEG image is damaged (segment length %1 at byte %2)</source>
        <translation>de JPEG-afbeelding is beschadigd (segmentlengte %1 op byte %2)</translation>
    </message>
    <message>
        <source>the JPEG image has no size (width or height is 0)</source>
        <translation>de JPEG-afbeelding heeft geen grootte (breedte of hoogte is 0)</translation>
    </message>
    <message>
        <source>the file is XML but not an SVG image (its root element is &lt;%1&gt;)</source>
        <translation>het bestand is XML, maar geen SVG-afbeelding (het root-element is &lt;%1&gt;)</translation>
    </message>
    <message>
        <source>the SVG image has an invalid viewBox &quot;%1&quot;</source>
        <translation>de SVG-afbeelding heeft een ongeldige viewBox &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the SVG image has no size: give its root element a viewBox or a width and height</source>
        <translation>de SVG-afbeelding heeft geen grootte: geef het root-element een viewBox of een width en height</translation>
    </message>
    <message>
        <source>the SVG image is not well-formed XML: %1</source>
        <translation>de SVG-afbeelding is geen goedgevormde XML: %1</translation>
    </message>
    <message>
        <source>the file is not a PNG, JPEG or SVG image</source>
        <translation>het bestand is geen PNG-, JPEG- of SVG-afbeelding</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>het bestand is leeg</translation>
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
        <translation>Melding</translation>
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
        <translation>melding %1</translation>
    </message>
    <message>
        <source>incident %1</source>
        <translation>incident %1</translation>
    </message>
    <message>
        <source>incidents keep the coordinates they were imported with</source>
        <translation>incidenten behouden de coördinaten waarmee ze geïmporteerd werden</translation>
    </message>
    <message>
        <source>the position is not a valid latitude/longitude</source>
        <translation>de positie is geen geldige breedte-/lengtegraad</translation>
    </message>
    <message>
        <source>case %1 &quot;%2&quot;</source>
        <translation>dossier %1 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>placed on the map</source>
        <translation>op de kaart geplaatst</translation>
    </message>
    <message>
        <source>removed from the map</source>
        <translation>van de kaart verwijderd</translation>
    </message>
</context>
<context>
    <name>MapRenderer</name>
    <message>
        <source>the image size must be positive</source>
        <translation>de afbeeldingsgrootte moet positief zijn</translation>
    </message>
    <message>
        <source>the workspace has no map</source>
        <translation>de werkruimte heeft geen kaart</translation>
    </message>
</context>
<context>
    <name>MapRepository</name>
    <message numerus="yes">
        <source>%n control point(s)</source>
        <translation>
            <numerusform>%n referentiepunt</numerusform>
            <numerusform>%n referentiepunten</numerusform>
        </translation>
    </message>
    <message>
        <source>map %1 &quot;%2&quot;</source>
        <translation>kaart %1 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>a control point needs a pixel position</source>
        <translation>een referentiepunt heeft een pixelpositie nodig</translation>
    </message>
    <message>
        <source>the latitude must be between -90 and 90 degrees</source>
        <translation>de breedtegraad moet tussen -90 en 90 graden liggen</translation>
    </message>
    <message>
        <source>the longitude must be between -180 and 180 degrees</source>
        <translation>de lengtegraad moet tussen -180 en 180 graden liggen</translation>
    </message>
    <message>
        <source>a map needs a name</source>
        <translation>een kaart heeft een naam nodig</translation>
    </message>
    <message>
        <source>the map format must be png, jpg or svg</source>
        <translation>het kaartformaat moet png, jpg of svg zijn</translation>
    </message>
    <message>
        <source>the map has no image</source>
        <translation>de kaart heeft geen afbeelding</translation>
    </message>
    <message>
        <source>the map image has no size</source>
        <translation>de kaartafbeelding heeft geen grootte</translation>
    </message>
    <message>
        <source>map %1</source>
        <translation>kaart %1</translation>
    </message>
    <message>
        <source>cannot read the map image: %1</source>
        <translation>kan de kaartafbeelding niet lezen: %1</translation>
    </message>
    <message>
        <source>Neighbourhood map</source>
        <translation>Wijkkaart</translation>
    </message>
    <message>
        <source>control point added</source>
        <translation>referentiepunt toegevoegd</translation>
    </message>
    <message>
        <source>control point changed</source>
        <translation>referentiepunt gewijzigd</translation>
    </message>
    <message>
        <source>control point %1</source>
        <translation>referentiepunt %1</translation>
    </message>
    <message>
        <source>control point removed</source>
        <translation>referentiepunt verwijderd</translation>
    </message>
</context>
<context>
    <name>MeasureRepository</name>
    <message>
        <source>measure %1 &quot;%2&quot;</source>
        <translation>meting %1 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>measure %1</source>
        <translation>meting %1</translation>
    </message>
</context>
<context>
    <name>MeetingActionRepository</name>
    <message>
        <source>action %1 agreed</source>
        <translation>actie %1 afgesproken</translation>
    </message>
    <message>
        <source>action %1 no longer agreed</source>
        <translation>actie %1 niet langer afgesproken</translation>
    </message>
</context>
<context>
    <name>MeetingRepository</name>
    <message>
        <source>meeting %1 of %2</source>
        <translation>vergadering %1 van %2</translation>
    </message>
    <message>
        <source>a meeting needs a date</source>
        <translation>een vergadering heeft een datum nodig</translation>
    </message>
    <message>
        <source>every agenda item needs a title</source>
        <translation>elk agendapunt heeft een titel nodig</translation>
    </message>
    <message>
        <source>meeting %1</source>
        <translation>vergadering %1</translation>
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
    <name>Outcome</name>
    <message>
        <source>Problem eliminated</source>
        <translation>Probleem verdwenen</translation>
    </message>
    <message>
        <source>Fewer incidents</source>
        <translation>Minder incidenten</translation>
    </message>
    <message>
        <source>Less serious harm</source>
        <translation>Minder ernstige schade</translation>
    </message>
    <message>
        <source>Problem handled better</source>
        <translation>Probleem beter aangepakt</translation>
    </message>
    <message>
        <source>Moved to another agency or owner</source>
        <translation>Overgedragen aan een andere dienst of eigenaar</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>Geen verandering</translation>
    </message>
    <message>
        <source>Got worse</source>
        <translation>Verslechterd</translation>
    </message>
</context>
<context>
    <name>Pabulib</name>
    <message>
        <source>cannot write the file: %1</source>
        <translation>kan het bestand niet schrijven: %1</translation>
    </message>
    <message>
        <source>META has no budget</source>
        <translation>META heeft geen budget</translation>
    </message>
    <message>
        <source>the budget &quot;%1&quot; is not a number</source>
        <translation>het budget &quot;%1&quot; is geen getal</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>unknown vote type &quot;%1&quot; (approval, cumulative, scoring or ordinal)</source>
        <translation>onbekend stemtype &quot;%1&quot; (approval, cumulative, scoring of ordinal)</translation>
    </message>
    <message>
        <source>the PROJECTS header needs the columns project_id and cost</source>
        <translation>de kopregel van PROJECTS heeft de kolommen project_id en cost nodig</translation>
    </message>
    <message>
        <source>the project id is empty</source>
        <translation>het project-id is leeg</translation>
    </message>
    <message>
        <source>the project id %1 appears twice</source>
        <translation>het project-id %1 komt twee keer voor</translation>
    </message>
    <message>
        <source>the cost &quot;%1&quot; of project %2 is not a number</source>
        <translation>de kost &quot;%1&quot; van project %2 is geen getal</translation>
    </message>
    <message>
        <source>META says %1 projects but PROJECTS has %2 rows</source>
        <translation>META zegt %1 projecten, maar PROJECTS heeft %2 rijen</translation>
    </message>
    <message>
        <source>the VOTES header needs the column vote</source>
        <translation>de kopregel van VOTES heeft de kolom vote nodig</translation>
    </message>
    <message>
        <source>%1 votes need the column points</source>
        <translation>%1-stemmen hebben de kolom points nodig</translation>
    </message>
    <message>
        <source>voter %1 votes for %2, which is not in PROJECTS</source>
        <translation>kiezer %1 stemt voor %2, dat niet in PROJECTS staat</translation>
    </message>
    <message>
        <source>voter %1 gives %2 points for %3 projects</source>
        <translation>kiezer %1 geeft %2 punten voor %3 projecten</translation>
    </message>
    <message>
        <source>the points &quot;%1&quot; of voter %2 are not a whole number</source>
        <translation>de punten &quot;%1&quot; van kiezer %2 zijn geen geheel getal</translation>
    </message>
    <message>
        <source>META says %1 votes but VOTES has %2 rows</source>
        <translation>META zegt %1 stemmen, maar VOTES heeft %2 rijen</translation>
    </message>
    <message>
        <source>the section appears twice</source>
        <translation>de sectie komt twee keer voor</translation>
    </message>
    <message>
        <source>expected a section name (META, PROJECTS or VOTES)</source>
        <translation>een sectienaam verwacht (META, PROJECTS of VOTES)</translation>
    </message>
    <message>
        <source>the header row must be &quot;key;value&quot;</source>
        <translation>de kopregel moet &quot;key;value&quot; zijn</translation>
    </message>
    <message>
        <source>a META row needs a key and a value</source>
        <translation>een META-rij heeft een sleutel en een waarde nodig</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation>%1 velden waar de kopregel er %2 heeft</translation>
    </message>
    <message>
        <source>the section %1 is missing</source>
        <translation>de sectie %1 ontbreekt</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>kan het bestand niet openen: %1</translation>
    </message>
    <message>
        <source>the budget must not be negative (&quot;%1&quot;)</source>
        <translation>het budget mag niet negatief zijn (&quot;%1&quot;)</translation>
    </message>
    <message>
        <source>the cost of project %1 must not be negative (&quot;%2&quot;)</source>
        <translation>de kost van project %1 mag niet negatief zijn (&quot;%2&quot;)</translation>
    </message>
    <message>
        <source>the voter id %1 appears twice (first on line %2)</source>
        <translation>het kiezers-id %1 komt twee keer voor (eerst op regel %2)</translation>
    </message>
    <message>
        <source>voter %1 lists project %2 twice</source>
        <translation>kiezer %1 vermeldt project %2 twee keer</translation>
    </message>
    <message>
        <source>the points of all voters add up to more than %1</source>
        <translation>de punten van alle kiezers samen zijn meer dan %1</translation>
    </message>
    <message>
        <source>control character U+%1 in the text</source>
        <translation>stuurteken U+%1 in de tekst</translation>
    </message>
    <message>
        <source>the header row names no column</source>
        <translation>de kopregel benoemt geen enkele kolom</translation>
    </message>
</context>
<context>
    <name>PatternsTab</name>
    <message>
        <source>Other categories</source>
        <translation>Andere categorieën</translation>
    </message>
</context>
<context>
    <name>PrefLib</name>
    <message>
        <source>expected an alternative number at &quot;%1&quot;</source>
        <translation>alternatiefnummer verwacht bij &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown alternative %1 (there are %2)</source>
        <translation>onbekend alternatief %1 (er zijn er %2)</translation>
    </message>
    <message>
        <source>alternative %1 appears twice</source>
        <translation>alternatief %1 komt twee keer voor</translation>
    </message>
    <message>
        <source>unclosed &quot;{&quot; in the order</source>
        <translation>niet-afgesloten &quot;{&quot; in de volgorde</translation>
    </message>
    <message>
        <source>unexpected &quot;%1&quot; in the order</source>
        <translation>onverwachte &quot;%1&quot; in de volgorde</translation>
    </message>
    <message>
        <source>count &quot;%1&quot; is not a positive whole number</source>
        <translation>aantal &quot;%1&quot; is geen positief geheel getal</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>het bestand is leeg</translation>
    </message>
    <message>
        <source>header line after the orders</source>
        <translation>kopregel na de volgordes</translation>
    </message>
    <message>
        <source>DATA TYPE &quot;%1&quot; is not soc, soi, toc or toi</source>
        <translation>DATA TYPE &quot;%1&quot; is niet soc, soi, toc of toi</translation>
    </message>
    <message>
        <source>alternative %1 named twice</source>
        <translation>alternatief %1 twee keer benoemd</translation>
    </message>
    <message>
        <source>expected &quot;count: order&quot;</source>
        <translation>&quot;count: order&quot; verwacht</translation>
    </message>
    <message>
        <source>ALTERNATIVE NAME %1 but there are %2 alternatives</source>
        <translation>ALTERNATIVE NAME %1, maar er zijn %2 alternatieven</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>kan niet openen: %1</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>kan niet schrijven: %1</translation>
    </message>
    <message>
        <source>control character U+%1 in the text</source>
        <translation>stuurteken U+%1 in de tekst</translation>
    </message>
    <message>
        <source>alternative %1 is out of range (1 to %2)</source>
        <translation>alternatief %1 valt buiten het bereik (1 tot %2)</translation>
    </message>
    <message>
        <source>count %1 is too large (at most %2)</source>
        <translation>aantal %1 is te groot (hoogstens %2)</translation>
    </message>
    <message>
        <source>the counts add up to more than %1 voters</source>
        <translation>de aantallen samen zijn meer dan %1 kiezers</translation>
    </message>
    <message>
        <source>DATA TYPE %1 does not match the file extension .%2; the file is read as %1</source>
        <translation>DATA TYPE %1 komt niet overeen met de bestandsextensie .%2; het bestand wordt gelezen als %1</translation>
    </message>
    <message>
        <source>tie in a .%1 file (strict orders only); the orders are read as .%2</source>
        <translation>gelijke stand in een .%1-bestand (enkel strikte volgordes); de volgordes worden gelezen als .%2</translation>
    </message>
    <message>
        <source>incomplete order in a .%1 file: %2 of %3 alternatives ranked; the orders are read as .%4</source>
        <translation>onvolledige volgorde in een .%1-bestand: %2 van %3 alternatieven gerangschikt; de volgordes worden gelezen als .%4</translation>
    </message>
    <message>
        <source>%1 order(s) rank no alternative (the first here): %2 voter(s) counted without a preference</source>
        <translation>%1 volgorde(s) zonder gerangschikt alternatief (de eerste hier): %2 kiezer(s) geteld zonder voorkeur</translation>
    </message>
    <message>
        <source>alternatives %1 and %2 have the same name &quot;%3&quot;</source>
        <translation>de alternatieven %1 en %2 hebben dezelfde naam &quot;%3&quot;</translation>
    </message>
    <message>
        <source>NUMBER ALTERNATIVES &quot;%1&quot; is not a whole number from 0 to %2</source>
        <translation>NUMBER ALTERNATIVES &quot;%1&quot; is geen geheel getal van 0 tot %2</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a whole number; ignored</source>
        <translation>%1 &quot;%2&quot; is geen geheel getal; genegeerd</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not give an alternative number from 1 to %2</source>
        <translation>&quot;%1&quot; geeft geen alternatiefnummer van 1 tot %2</translation>
    </message>
    <message>
        <source>NUMBER VOTERS says %1, the counts add up to %2; the counts are used</source>
        <translation>NUMBER VOTERS vermeldt %1, de aantallen samen zijn %2; de aantallen worden gebruikt</translation>
    </message>
    <message>
        <source>NUMBER UNIQUE ORDERS says %1, %2 orders are listed</source>
        <translation>NUMBER UNIQUE ORDERS vermeldt %1, er staan %2 volgordes in de lijst</translation>
    </message>
    <message>
        <source>the number of alternatives &quot;%1&quot; is not a whole number from 0 to %2</source>
        <translation>het aantal alternatieven &quot;%1&quot; is geen geheel getal van 0 tot %2</translation>
    </message>
    <message>
        <source>the file ends after %1 of the %2 alternatives</source>
        <translation>het bestand eindigt na %1 van de %2 alternatieven</translation>
    </message>
    <message>
        <source>expected &quot;number,name&quot; for one of the %1 alternatives</source>
        <translation>&quot;nummer,naam&quot; verwacht voor een van de %1 alternatieven</translation>
    </message>
    <message>
        <source>alternative %1 named twice (first on line %2)</source>
        <translation>alternatief %1 twee keer benoemd (eerst op regel %2)</translation>
    </message>
    <message>
        <source>missing the line &quot;voters,sum of counts,unique orders&quot;</source>
        <translation>de regel &quot;kiezers,som van de aantallen,unieke volgordes&quot; ontbreekt</translation>
    </message>
    <message>
        <source>expected &quot;voters,sum of counts,unique orders&quot; (three whole numbers)</source>
        <translation>&quot;kiezers,som van de aantallen,unieke volgordes&quot; verwacht (drie gehele getallen)</translation>
    </message>
    <message>
        <source>the totals line says %1 voters, the counts add up to %2; the counts are used</source>
        <translation>de totaalregel vermeldt %1 kiezers, de aantallen samen zijn %2; de aantallen worden gebruikt</translation>
    </message>
    <message>
        <source>the totals line says the counts add up to %1, they add up to %2</source>
        <translation>de totaalregel vermeldt dat de aantallen samen %1 zijn, ze zijn samen %2</translation>
    </message>
    <message>
        <source>the totals line says %1 unique orders, %2 are listed</source>
        <translation>de totaalregel vermeldt %1 unieke volgordes, er staan er %2 in de lijst</translation>
    </message>
</context>
<context>
    <name>ProcessEvaluation</name>
    <message>
        <source>no actions to count</source>
        <translation>geen acties om te tellen</translation>
    </message>
    <message>
        <source>No actions yet</source>
        <translation>Nog geen acties</translation>
    </message>
    <message>
        <source>All actions were dropped</source>
        <translation>Alle acties werden geschrapt</translation>
    </message>
    <message>
        <source>%1 of %2 actions done (%3%), %4 overdue</source>
        <translation>%1 van %2 acties uitgevoerd (%3%), %4 te laat</translation>
    </message>
</context>
<context>
    <name>RoundInstance</name>
    <message>
        <source>%1: &quot;%2&quot; is not an amount</source>
        <translation>%1: &quot;%2&quot; is geen bedrag</translation>
    </message>
</context>
<context>
    <name>RoundPabulib</name>
    <message>
        <source>the votes &quot;%1&quot; of project %2 are not a whole number</source>
        <translation>de stemmen &quot;%1&quot; van project %2 zijn geen geheel getal</translation>
    </message>
    <message>
        <source>the round has no resource pool to export</source>
        <translation>de ronde heeft geen middelenpot om te exporteren</translation>
    </message>
    <message>
        <source>the round %1 has no resource pool %2</source>
        <translation>de ronde %1 heeft geen middelenpot %2</translation>
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
    <name>StageGates</name>
    <message>
        <source>At least one concern or incident is linked to the problem</source>
        <translation>Minstens één melding of incident is aan het probleem gekoppeld</translation>
    </message>
    <message>
        <source>At least one side of the problem triangle (offender, victim, location) is described</source>
        <translation>Minstens één zijde van de probleemdriehoek (dader, slachtoffer, plaats) is beschreven</translation>
    </message>
    <message>
        <source>At least one hypothesis is recorded</source>
        <translation>Minstens één hypothese is vastgelegd</translation>
    </message>
    <message>
        <source>At least one action is in progress or done</source>
        <translation>Minstens één actie is bezig of uitgevoerd</translation>
    </message>
    <message>
        <source>An outcome is chosen</source>
        <translation>Er is een resultaat gekozen</translation>
    </message>
    <message>
        <source>A lesson learned is written</source>
        <translation>Er is een geleerde les geschreven</translation>
    </message>
    <message>
        <source>A measure has a baseline and a follow-up value, or a reason for not measuring is given</source>
        <translation>Een meting heeft een nulmeting en een opvolgwaarde, of er is een reden opgegeven om niet te meten</translation>
    </message>
    <message>
        <source>not ready for this stage (give a reason to override): %1</source>
        <translation>niet klaar voor deze fase (geef een reden om door te zetten): %1</translation>
    </message>
</context>
<context>
    <name>StageRepository</name>
    <message>
        <source>case %1 &quot;%2&quot;</source>
        <translation>dossier %1 &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>TallyCommand</name>
    <message>
        <source>a workspace needs --session N</source>
        <translation>een werkruimte heeft --session N nodig</translation>
    </message>
    <message>
        <source>session %1 hides its results until it closes (use --reveal)</source>
        <translation>sessie %1 verbergt haar resultaten tot ze afgesloten is (gebruik --reveal)</translation>
    </message>
    <message>
        <source>unknown method &quot;%1&quot;</source>
        <translation>onbekende methode &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Method: </source>
        <translation>Methode: </translation>
    </message>
    <message>
        <source>Ballots counted: </source>
        <translation>Getelde stembiljetten: </translation>
    </message>
    <message>
        <source>Ranking (best first; a shared place is a tie):</source>
        <translation>Rangschikking (beste eerst; een gedeelde plaats is een gelijke stand):</translation>
    </message>
    <message>
        <source>Tied winners: </source>
        <translation>Winnaars met gelijke stand: </translation>
    </message>
    <message>
        <source>Winner: </source>
        <translation>Winnaar: </translation>
    </message>
    <message>
        <source>Pairwise duels d[row][column] (ballots preferring row to column):</source>
        <translation>Paarsgewijze duels d[rij][kolom] (stembiljetten die rij verkiezen boven kolom):</translation>
    </message>
    <message>
        <source>Strongest paths p[row][column]:</source>
        <translation>Sterkste paden p[rij][kolom]:</translation>
    </message>
    <message>
        <source>Copeland duels (wins / ties / losses):</source>
        <translation>Copeland-duels (gewonnen / gelijk / verloren):</translation>
    </message>
    <message>
        <source>Round %1: %2; in play %3, exhausted %4</source>
        <translation>Ronde %1: %2; in het spel %3, uitgeput %4</translation>
    </message>
    <message>
        <source>; eliminated </source>
        <translation>; afgevallen </translation>
    </message>
    <message>
        <source>; the tie decides the winner, possible winners </source>
        <translation>; de gelijke stand beslist over de winnaar, mogelijke winnaars </translation>
    </message>
    <message>
        <source>; elected </source>
        <translation>; verkozen </translation>
    </message>
    <message>
        <source>Subtotal %1 (%2 ballots):</source>
        <translation>Subtotaal %1 (%2 stembiljetten):</translation>
    </message>
    <message>
        <source>Tie-break: </source>
        <translation>Beslissing bij gelijke stand: </translation>
    </message>
    <message>
        <source>Try: proxima-cli help tally</source>
        <translation>Probeer: proxima-cli help tally</translation>
    </message>
    <message>
        <source>expected exactly one FILE</source>
        <translation>precies één FILE verwacht</translation>
    </message>
    <message>
        <source>--method is required (%1)</source>
        <translation>--method is verplicht (%1)</translation>
    </message>
    <message>
        <source>--max-approvals needs a whole number from 1</source>
        <translation>--max-approvals heeft een geheel getal vanaf 1 nodig</translation>
    </message>
    <message>
        <source>--dots, --max-per-item and --max-score need a whole number from 1</source>
        <translation>--dots, --max-per-item en --max-score hebben een geheel getal vanaf 1 nodig</translation>
    </message>
    <message>
        <source>unknown tie-break &quot;%1&quot; (none, lottery, a method, or METHOD+lottery)</source>
        <translation>onbekende beslissing bij gelijke stand &quot;%1&quot; (none, lottery, een methode, of METHOD+lottery)</translation>
    </message>
    <message>
        <source>a lottery needs --seed, so the draw can be repeated</source>
        <translation>een loting heeft --seed nodig, zodat de trekking herhaald kan worden</translation>
    </message>
    <message>
        <source>--seed needs a whole number</source>
        <translation>--seed heeft een geheel getal nodig</translation>
    </message>
    <message>
        <source>count a ballot file (PrefLib or CSV) with one voting method</source>
        <translation>een stembiljettenbestand (PrefLib of CSV) tellen met één stemmethode</translation>
    </message>
    <message>
        <source>Subtotal %1 (%2 voters):</source>
        <translation>Subtotaal %1 (%2 kiezers):</translation>
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
        <translation>Gebruik: proxima-cli tally FILE --method METHOD [options]
         proxima-cli tally WORKSPACE --session N [--method METHOD] [options]

Telt de stembiljetten in FILE en toont de volledige rangschikking met plaatsen, scores en de berekening.
FILE is een PrefLib-bestand (.soc, .soi, .toc, .toi; kandidaten worden getoond met hun PrefLib-nummer)
of een CSV met stembiljetten (.csv: kopregel = kandidaatnamen, één rij per stembiljet; rang 1 = beste, leeg =
niet gerangschikt, gelijke getallen = gelijke stand; bij dots/approval/score zijn de cellen de gegeven getallen).

WORKSPACE is een Proxima-werkruimte (.proxima): de stembiljetten van stemsessie N worden geteld met de
methode, de opties en de beslissing bij gelijke stand (seed inbegrepen) van de sessie, tenzij hieronder opties gegeven worden. Kandidaten
worden getoond met hun dossier-id, vrije punten met &quot;#P&quot;, waarbij P hun positie in de sessie is (vanaf 1).
Zolang een sessie haar resultaten verbergt tot ze afgesloten is, is --reveal nodig om ze te tellen.
De telling van een sessie vermeldt wie gestemd heeft (&quot;Kiezers: 5 van 10 leden; stickerstippen: 10 (van 2 kiezers)&quot;)
en is de telling die de app, de projector en het resultatenblad tonen.

Methoden: schulze, borda, irv, copeland, plurality, approval, score, dots.

Opties:
  --method M           de telmethode (verplicht voor een bestand)
  --session N          de stemsessie van een werkruimte
  --reveal             een open sessie tellen waarvan de resultaten verborgen zijn tot ze afgesloten is
  --json               één JSON-object afdrukken: method, winners, ranking (lagen van id&apos;s, beste
                       eerst), raw_ranking, scores (exact), working, tie_break, ballots,
                       warnings (wat de lezer van het bestand aanvaardde maar meldt);
                       voor een sessie ook turnout (members_voted, eligible, voters_counted,
                       channels met stembiljetten en getelde totalen, summary)
  --margins            Schulze: nederlagen meten met marges in plaats van winnende stemmen
  --uncompared         niet-gerangschikte kandidaten worden niet vergeleken (standaard: de regel van Debian)
  --tie-break R        none (standaard), een methodenaam (bv. borda), lottery, of METHOD+lottery
  --seed N             seed voor de loting (vermeld in de uitvoer)
  --max-approvals N    approval: hoogstens N goedkeuringen; bij gerangschikte invoer hele plaatsen goedkeuren
                       vanaf de top zolang het hoogstens N kandidaten zijn (standaard: enkel de eerste plaats)
  --dots N             stippen per kiezer (standaard 5)
  --max-per-item K     hoogstens zoveel stippen op één punt (standaard 2)
  --max-score S        hoogste score (standaard 5)

Conventies:
- Kandidaten die een kiezer niet rangschikte, tellen als gelijk onder alle gerangschikte (regel van Debian);
  --uncompared laat ze in plaats daarvan weg uit de vergelijkingen van die kiezer.
- Gelijke rangen binnen een stembiljet tellen voor geen van beide kanten in een paarsgewijs duel. Een gedeelde eerste
  voorkeur wordt gelijk verdeeld (plurality, IRV); alle tellingen zijn exacte breuken.
- Schulze gebruikt standaard winnende stemmen; de rangschikking wordt in lagen opgebouwd (de kandidaten die geen
  resterende kandidaat verslaat), zodat gelijke standen als gedeelde plaatsen gemeld worden, nooit stilzwijgend geordend.
- Borda: een kandidaat scoort het aantal kandidaten dat op elk stembiljet strikt lager gerangschikt is
  (met --uncompared scoren niet-gerangschikte kandidaten 0 en tellen ze niet als lager).
- Copeland: 1 per paarsgewijze overwinning, 1/2 per paarsgewijze gelijke stand.
- IRV: een kandidaat wint met meer dan de helft van de stembiljetten die nog in het spel zijn. Een gelijke stand voor de minste
  stemmen wordt beslecht door de vorige rondes (wie het minst stemmen had in de laatste ronde waarin ze
  verschillen, valt af), daarna door de regel voor gelijke stand. Zonder regel vallen gelijk geëindigde kandidaten die samen
  minder stemmen hebben dan ieder ander samen af; anders wordt elke keuze doorgerekend: als ze allemaal
  dezelfde winnaar opleveren, wordt die gemeld (met enkel de plaatsen waarover alle keuzes het eens zijn), zo niet, dan worden de
  mogelijke winnaars als gelijk gemeld. Uitgeputte stembiljetten worden per ronde getoond.
- Gelijke standen in de eindrangschikking worden enkel beslecht door de regel die met --tie-break gekozen is: een tweede methode
  (haar rangschikking op dezelfde stembiljetten), of een loting: kandidaten 1..n geschud met Fisher-Yates
  (laatste positie eerst, std::mt19937_64 met --seed als seed, zuivere trekkingen door verwerping).
  Elke beslechte gelijke stand wordt vermeld (&quot;B boven D geplaatst door loting, seed 1234&quot;).
- Scoremethoden op gerangschikte invoer: approval = de eerste plaats (of --max-approvals);
  score = S min het aantal hoger gerangschikte kandidaten, minstens 0 (niet gerangschikt 0);
  dots = de plaatsen aflopend krijgt elke kandidaat min(K, resterende stippen / kandidaten op die
  plaats, wat de plaats erboven kreeg); stippen die niet gelijk verdeeld kunnen worden, blijven ongebruikt.

Een PrefLib-bestand waarvan de vermelde aantallen niet overeenkomen met de volgordes, of waarvan de volgordes een ruimer type nodig hebben dan
aangegeven, wordt geteld op basis van de volgordes; elk zo&apos;n punt wordt afgedrukt als FILE:LINE: warning: ... op stderr.

Afsluitstatus: 0 ok, 1 onleesbare of ongeldige stembiljetten (FILE:LINE: reden op stderr), 2 gebruiksfout.
</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>waarschuwing: %1</translation>
    </message>
</context>
<context>
    <name>TriangleSide</name>
    <message>
        <source>Offender</source>
        <translation>Dader</translation>
    </message>
    <message>
        <source>Victim</source>
        <translation>Slachtoffer</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>Begeleider</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Beschermer</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Beheerder</translation>
    </message>
</context>
<context>
    <name>VoteCommand</name>
    <message>
        <source>no candidate &quot;%1&quot; in session %2</source>
        <translation>geen kandidaat &quot;%1&quot; in sessie %2</translation>
    </message>
    <message>
        <source>cannot read the ranking &quot;%1&quot; (example: 3,1,{2,5})</source>
        <translation>kan de rangschikking &quot;%1&quot; niet lezen (voorbeeld: 3,1,{2,5})</translation>
    </message>
    <message>
        <source>list voting sessions, cast a ballot, open or close a session</source>
        <translation>stemsessies oplijsten, een stembiljet uitbrengen, een sessie openen of afsluiten</translation>
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
        <translation>Gebruik:
  proxima-cli vote sessions WORKSPACE [--json]
  proxima-cli vote cast WORKSPACE --session N --member M (--ranking R | --values V)
  proxima-cli vote open WORKSPACE --session N
  proxima-cli vote close WORKSPACE --session N

sessions  lijst de sessies op: id, toestand, methode, gestemd/stemgerechtigd, vraag. --json drukt een array
          van objecten af: id, meeting, question, method, state, secret, hide_results, voted, eligible,
          candidates (id, label).
cast      registreert het stembiljet van lid M in de open sessie N, zoals op de laptop: het lid wordt in
          het register &quot;heeft gestemd&quot; gezet (een lid stemt één keer) en in een geheime sessie wordt het
          stembiljet opgeslagen zonder enige koppeling aan het lid.
          --ranking R   gerangschikte methoden: kandidaat-id&apos;s, beste eerst, gescheiden door komma&apos;s;
                        gelijk staande kandidaten tussen accolades: 3,1,{2,5}. Weggelaten kandidaten
                        zijn niet gerangschikt.
          --values V    stippen, goedkeuring (0/1) of score: één getal per kandidaat, in de
                        kandidatenvolgorde van de sessie: 2,0,1,2
          Kandidaat-id&apos;s zijn dossier-id&apos;s; vrije punten zijn #P (P = positie vanaf 1).
open      opent een ontwerpsessie voor stemming.
close     telt de stembiljetten, sluit de sessie af en schrijft de rangschikking terug als de prioriteiten
          van de kandidaat-dossiers (1 = eerste; gelijk staande dossiers delen een prioriteit). Toont de
          rangschikking.

Afsluitcode: 0 ok, 1 geweigerd (niet stemgerechtigd, al gestemd, ongeldig stembiljet, foute toestand),
2 gebruiksfout.
</translation>
    </message>
    <message>
        <source>expected sessions, cast, open or close (see: proxima-cli help vote)</source>
        <translation>sessions, cast, open of close verwacht (zie: proxima-cli help vote)</translation>
    </message>
    <message>
        <source>cast needs --session N and --member M</source>
        <translation>cast heeft --session N en --member M nodig</translation>
    </message>
    <message>
        <source>give either --ranking or --values</source>
        <translation>geef --ranking of --values</translation>
    </message>
    <message>
        <source>--values needs whole numbers separated by commas</source>
        <translation>--values heeft gehele getallen nodig, gescheiden door komma&apos;s</translation>
    </message>
    <message>
        <source>%1 needs --session N</source>
        <translation>%1 heeft --session N nodig</translation>
    </message>
</context>
<context>
    <name>Voting</name>
    <message>
        <source>Draft</source>
        <translation>Ontwerp</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Afgesloten</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a candidate position</source>
        <translation>&quot;%1&quot; is geen kandidaatpositie</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of 0 or more</source>
        <translation>&quot;%1&quot; is geen getal van 0 of meer</translation>
    </message>
    <message>
        <source>ballot %1</source>
        <translation>stembiljet %1</translation>
    </message>
    <message>
        <source>weight must be positive</source>
        <translation>het gewicht moet positief zijn</translation>
    </message>
    <message>
        <source>more values than candidates</source>
        <translation>meer waarden dan kandidaten</translation>
    </message>
    <message>
        <source>negative value %1</source>
        <translation>negatieve waarde %1</translation>
    </message>
    <message>
        <source>%1 dots on one item, at most %2 allowed</source>
        <translation>%1 stippen op één punt, hoogstens %2 toegestaan</translation>
    </message>
    <message>
        <source>%1 dots used, only %2 per voter</source>
        <translation>%1 stippen gebruikt, slechts %2 per kiezer</translation>
    </message>
    <message>
        <source>approval values are 0 or 1, not %1</source>
        <translation>goedkeuringswaarden zijn 0 of 1, niet %1</translation>
    </message>
    <message>
        <source>%1 items approved, at most %2 allowed</source>
        <translation>%1 punten goedgekeurd, hoogstens %2 toegestaan</translation>
    </message>
    <message>
        <source>score %1 above the maximum %2</source>
        <translation>score %1 boven het maximum %2</translation>
    </message>
    <message>
        <source>negative number of candidates</source>
        <translation>negatief aantal kandidaten</translation>
    </message>
    <message>
        <source>empty place in the ranking</source>
        <translation>lege plaats in de rangschikking</translation>
    </message>
    <message>
        <source>unknown candidate %1</source>
        <translation>onbekende kandidaat %1</translation>
    </message>
    <message>
        <source>candidate %1 ranked twice</source>
        <translation>kandidaat %1 twee keer gerangschikt</translation>
    </message>
    <message>
        <source>lottery, seed %1</source>
        <translation>loting, seed %1</translation>
    </message>
    <message>
        <source>round %1: %2 eliminated rather than %3 (%4)</source>
        <translation>ronde %1: %2 viel af in plaats van %3 (%4)</translation>
    </message>
    <message>
        <source>%1 placed above %2 by %3</source>
        <translation>%1 boven %2 geplaatst door %3</translation>
    </message>
    <message>
        <source>Dot voting</source>
        <translation>Stippenstemming</translation>
    </message>
    <message>
        <source>Approval voting</source>
        <translation>Goedkeuringsstemming</translation>
    </message>
    <message>
        <source>Score voting</source>
        <translation>Scorestemming</translation>
    </message>
    <message>
        <source>Plurality</source>
        <translation>Meerderheidsstemming</translation>
    </message>
    <message>
        <source>Borda count</source>
        <translation>Borda-telling</translation>
    </message>
    <message>
        <source>Schulze (Condorcet)</source>
        <translation>Schulze (Condorcet)</translation>
    </message>
    <message>
        <source>Instant-runoff (IRV)</source>
        <translation>Alternatieve stemming (IRV)</translation>
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
        <translation>de stembiljetten van sessie %1 geven getallen, geen rangschikkingen: %2 kan ze niet tellen</translation>
    </message>
    <message>
        <source>vote &quot;%1&quot; (%2)</source>
        <translation>stem &quot;%1&quot; (%2)</translation>
    </message>
</context>
<context>
    <name>VotingExplanation</name>
    <message>
        <source>Problems a member did not rank count as tied with each other, below every problem that member ranked.</source>
        <translation>Problemen die een lid niet rangschikte, tellen onderling als gelijk, onder elk probleem dat dat lid wel rangschikte.</translation>
    </message>
    <message>
        <source>Problems a member did not rank are left out of that member&apos;s comparisons: the ballot says nothing about them.</source>
        <translation>Problemen die een lid niet rangschikte, blijven buiten de vergelijkingen van dat lid: het stembiljet zegt er niets over.</translation>
    </message>
    <message>
        <source>When a member puts two problems at the same place, that ballot helps neither of them against the other.</source>
        <translation>Als een lid twee problemen op dezelfde plaats zet, helpt dat stembiljet geen van beide tegenover het andere.</translation>
    </message>
    <message>
        <source>Each member sticks %1 dots on the problems that matter most to them, at most %2 on the same problem. The problem with the most dots comes first.</source>
        <translation>Elk lid kleeft %1 stippen op de problemen die het belangrijkst zijn voor hem of haar, hoogstens %2 op hetzelfde probleem. Het probleem met de meeste stippen komt eerst.</translation>
    </message>
    <message>
        <source>Each member ticks the problems they agree should be tackled</source>
        <translation>Elk lid vinkt de problemen aan die volgens hem of haar aangepakt moeten worden</translation>
    </message>
    <message>
        <source>, up to %1 of them</source>
        <translation>, tot %1 ervan</translation>
    </message>
    <message>
        <source>. The problem ticked by the most members comes first.</source>
        <translation>. Het probleem dat door de meeste leden aangevinkt werd, komt eerst.</translation>
    </message>
    <message>
        <source>Each member gives every problem a mark from 0 to %1; a problem left blank gets 0. The marks are added up and the problem with the highest total comes first.</source>
        <translation>Elk lid geeft elk probleem een cijfer van 0 tot %1; een leeg gelaten probleem krijgt 0. De cijfers worden opgeteld en het probleem met het hoogste totaal komt eerst.</translation>
    </message>
    <message>
        <source>Only each member&apos;s first choice counts. The problem named first by the most members comes first. A member who puts several problems first shares that vote equally between them.</source>
        <translation>Enkel de eerste keuze van elk lid telt. Het probleem dat door de meeste leden als eerste genoemd wordt, komt eerst. Een lid dat meerdere problemen op de eerste plaats zet, verdeelt die stem gelijk over die problemen.</translation>
    </message>
    <message>
        <source>Each member ranks the problems. On each ballot a problem earns one point for every problem ranked below it, so with 5 problems a first place earns 4 points and a last place none. The points of all ballots are added up.</source>
        <translation>Elk lid rangschikt de problemen. Op elk stembiljet verdient een probleem één punt voor elk probleem dat lager gerangschikt is, zodat met 5 problemen een eerste plaats 4 punten oplevert en een laatste plaats geen. De punten van alle stembiljetten worden opgeteld.</translation>
    </message>
    <message>
        <source>Each member ranks the problems. Every pair of problems is compared: how many members prefer one to the other. A problem beats another if it wins that duel directly or through a chain of duels whose weakest link is stronger than the other way round. The problems beaten by no one come first, then the same is done with the rest.</source>
        <translation>Elk lid rangschikt de problemen. Elk paar problemen wordt vergeleken: hoeveel leden verkiezen het ene boven het andere. Een probleem verslaat een ander als het dat duel rechtstreeks wint of via een keten van duels waarvan de zwakste schakel sterker is dan omgekeerd. De problemen die door niemand verslagen worden, komen eerst; daarna gebeurt hetzelfde met de rest.</translation>
    </message>
    <message>
        <source>A duel&apos;s strength is the number of members on the winning side.</source>
        <translation>De sterkte van een duel is het aantal leden aan de winnende kant.</translation>
    </message>
    <message>
        <source>A duel&apos;s strength is the winning side&apos;s lead (its votes minus the other side&apos;s).</source>
        <translation>De sterkte van een duel is de voorsprong van de winnende kant (haar stemmen min die van de andere kant).</translation>
    </message>
    <message>
        <source>Each member ranks the problems. Every ballot counts for its highest-ranked problem still in the race. If a problem has more than half of the ballots still in play, it wins. Otherwise the problem with the fewest votes drops out and its ballots move to their next choice. A ballot with no choice left is set aside (exhausted). A tie for the fewest votes is settled by who had fewer votes in the latest earlier round where they differed. A ballot that puts several problems at the same place is shared equally between them.</source>
        <translation>Elk lid rangschikt de problemen. Elk stembiljet telt voor het hoogst gerangschikte probleem dat nog in de race is. Als een probleem meer dan de helft van de stembiljetten die nog in het spel zijn heeft, wint het. Anders valt het probleem met de minste stemmen af en gaan zijn stembiljetten naar hun volgende keuze. Een stembiljet zonder resterende keuze wordt opzijgelegd (uitgeput). Een gelijke stand voor de minste stemmen wordt beslecht door wie minder stemmen had in de laatste vorige ronde waarin ze verschilden. Een stembiljet dat meerdere problemen op dezelfde plaats zet, wordt gelijk over hen verdeeld.</translation>
    </message>
    <message>
        <source>Each member ranks the problems. Every pair of problems is compared: the one more members prefer wins the duel. A problem scores 1 for each duel it wins and a half for each tied duel; the highest score comes first.</source>
        <translation>Elk lid rangschikt de problemen. Elk paar problemen wordt vergeleken: het probleem dat meer leden verkiezen, wint het duel. Een probleem scoort 1 voor elk gewonnen duel en een half voor elk gelijkspel; de hoogste score komt eerst.</translation>
    </message>
    <message>
        <source>Problems with the same result share their place; no tie is broken.</source>
        <translation>Problemen met hetzelfde resultaat delen hun plaats; geen enkele gelijke stand wordt beslecht.</translation>
    </message>
    <message>
        <source>Problems with the same result are ordered by %1 on the same ballots; if they are still equal they share their place.</source>
        <translation>Problemen met hetzelfde resultaat worden gerangschikt volgens %1 op dezelfde stembiljetten; als ze dan nog gelijk staan, delen ze hun plaats.</translation>
    </message>
    <message>
        <source>Problems with the same result are ordered by a lottery drawn in advance with seed %1, so anyone can repeat the draw.</source>
        <translation>Problemen met hetzelfde resultaat worden gerangschikt door een vooraf getrokken loting met seed %1, zodat iedereen de trekking kan herhalen.</translation>
    </message>
    <message>
        <source>Problems with the same result are ordered by %1, and what stays equal by a lottery with seed %2.</source>
        <translation>Problemen met hetzelfde resultaat worden gerangschikt volgens %1, en wat gelijk blijft door een loting met seed %2.</translation>
    </message>
</context>
<context>
    <name>VotingRepository</name>
    <message numerus="yes">
        <source>%n ballot(s) entered</source>
        <translation>
            <numerusform>%n stembiljet ingevoerd</numerusform>
            <numerusform>%n stembiljetten ingevoerd</numerusform>
        </translation>
    </message>
    <message>
        <source>a ballot stands for at least one voter</source>
        <translation>een stembiljet staat voor minstens één kiezer</translation>
    </message>
    <message>
        <source>unknown entry channel &quot;%1&quot;</source>
        <translation>onbekend invoerkanaal &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 needs a ranking</source>
        <translation>%1 heeft een rangschikking nodig</translation>
    </message>
    <message>
        <source>%1 needs a number per candidate</source>
        <translation>%1 heeft een getal per kandidaat nodig</translation>
    </message>
    <message>
        <source>could not draw a free ballot number</source>
        <translation>kon geen vrij stembiljetnummer trekken</translation>
    </message>
    <message>
        <source>member %1 is not among the eligible voters</source>
        <translation>lid %1 behoort niet tot de stemgerechtigden</translation>
    </message>
    <message>
        <source>member %1 has voted already</source>
        <translation>lid %1 heeft al gestemd</translation>
    </message>
    <message>
        <source>a secret ballot was cast</source>
        <translation>er werd een geheim stembiljet uitgebracht</translation>
    </message>
    <message>
        <source>member %1 voted</source>
        <translation>lid %1 heeft gestemd</translation>
    </message>
    <message>
        <source>ballot %1</source>
        <translation>stembiljet %1</translation>
    </message>
    <message>
        <source>counted totals only fit dot, approval and score voting</source>
        <translation>getelde totalen passen enkel bij stippen-, goedkeurings- en scorestemming</translation>
    </message>
    <message>
        <source>counted totals come from paper or stickers</source>
        <translation>getelde totalen komen van papier of stickers</translation>
    </message>
    <message>
        <source>the number of voters cannot be negative</source>
        <translation>het aantal kiezers kan niet negatief zijn</translation>
    </message>
    <message>
        <source>more totals than candidates</source>
        <translation>meer totalen dan kandidaten</translation>
    </message>
    <message>
        <source>a total cannot be negative</source>
        <translation>een totaal kan niet negatief zijn</translation>
    </message>
    <message>
        <source>totals of %1 entered</source>
        <translation>totalen van %1 ingevoerd</translation>
    </message>
    <message>
        <source>a ballot can be withdrawn only in a named session</source>
        <translation>een stembiljet kan enkel in een sessie op naam ingetrokken worden</translation>
    </message>
    <message>
        <source>the ballot of member %1</source>
        <translation>het stembiljet van lid %1</translation>
    </message>
    <message>
        <source>ballot of member %1 withdrawn</source>
        <translation>stembiljet van lid %1 ingetrokken</translation>
    </message>
    <message>
        <source>the ballots of a secret session are not linked to voters</source>
        <translation>de stembiljetten van een geheime sessie zijn niet aan kiezers gekoppeld</translation>
    </message>
    <message>
        <source>voting session %1 &quot;%2&quot;</source>
        <translation>stemsessie %1 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>a voting session needs a question</source>
        <translation>een stemsessie heeft een vraag nodig</translation>
    </message>
    <message>
        <source>a vote needs at least two candidates</source>
        <translation>een stemming heeft minstens twee kandidaten nodig</translation>
    </message>
    <message>
        <source>every candidate needs a label</source>
        <translation>elke kandidaat heeft een label nodig</translation>
    </message>
    <message>
        <source>case %1 is a candidate twice</source>
        <translation>dossier %1 is twee keer kandidaat</translation>
    </message>
    <message>
        <source>dots per voter and dots per item must be at least 1</source>
        <translation>stippen per kiezer en stippen per punt moeten minstens 1 zijn</translation>
    </message>
    <message>
        <source>the number of approvals cannot be negative</source>
        <translation>het aantal goedkeuringen kan niet negatief zijn</translation>
    </message>
    <message>
        <source>the highest score must be at least 1</source>
        <translation>de hoogste score moet minstens 1 zijn</translation>
    </message>
    <message>
        <source>voting session %1</source>
        <translation>stemsessie %1</translation>
    </message>
    <message>
        <source>a new session cannot start closed</source>
        <translation>een nieuwe sessie kan niet afgesloten beginnen</translation>
    </message>
    <message>
        <source>only a draft session can be changed</source>
        <translation>enkel een ontwerpsessie kan gewijzigd worden</translation>
    </message>
    <message>
        <source>only a draft session can be opened</source>
        <translation>enkel een ontwerpsessie kan geopend worden</translation>
    </message>
    <message>
        <source>the session is not open (it is %1)</source>
        <translation>de sessie is niet open (ze is %1)</translation>
    </message>
    <message>
        <source>stored ballot %1: %2</source>
        <translation>opgeslagen stembiljet %1: %2</translation>
    </message>
</context>
<context>
    <name>VotingResultsSheet</name>
    <message>
        <source>Voting results</source>
        <translation>Stemresultaten</translation>
    </message>
    <message>
        <source>Secret ballot</source>
        <translation>Geheime stemming</translation>
    </message>
    <message>
        <source>Named ballot</source>
        <translation>Stemming op naam</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Vergadering</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Turnout</source>
        <translation>Opkomst</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Toestand</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Rangschikking</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Kandidaat</translation>
    </message>
    <message>
        <source>Round %1: %2 ballots in play, %3 exhausted%4</source>
        <translation>Ronde %1: %2 stembiljetten in het spel, %3 uitgeput%4</translation>
    </message>
    <message>
        <source>; eliminated: %1</source>
        <translation>; afgevallen: %1</translation>
    </message>
    <message>
        <source>Ties and working</source>
        <translation>Gelijke standen en berekening</translation>
    </message>
    <message>
        <source>How it was counted</source>
        <translation>Hoe er geteld werd</translation>
    </message>
    <message>
        <source>Subtotal %1 (%2 voters): %3</source>
        <translation>Subtotaal %1 (%2 kiezers): %3</translation>
    </message>
</context>
<context>
    <name>VotingSupport</name>
    <message>
        <source>voting session %1 is not closed yet: its ballots may still change</source>
        <translation>stemsessie %1 is nog niet afgesloten: haar stembiljetten kunnen nog veranderen</translation>
    </message>
    <message>
        <source>no candidate of voting session %1 matches a proposal of the round (by title, or by the case its actions belong to)</source>
        <translation>geen enkele kandidaat van stemsessie %1 komt overeen met een voorstel van de ronde (op titel, of op het dossier waartoe de acties ervan behoren)</translation>
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
    <message>
        <source>the workspace has no open database</source>
        <translation>de werkruimte heeft geen geopende database</translation>
    </message>
    <message>
        <source>an incident needs a valid date</source>
        <translation>een incident heeft een geldige datum nodig</translation>
    </message>
    <message>
        <source>%1: %2 incidents imported, %3 already present</source>
        <translation>%1: %2 incidenten geïmporteerd, %3 al aanwezig</translation>
    </message>
    <message>
        <source>the record to delete no longer exists</source>
        <translation>het te verwijderen record bestaat niet meer</translation>
    </message>
    <message>
        <source>it holds the table &quot;%1&quot;, which that version does not have</source>
        <translation>het bevat de tabel &quot;%1&quot;, die die versie niet heeft</translation>
    </message>
    <message>
        <source>the table &quot;%1&quot; of that version is missing</source>
        <translation>de tabel &quot;%1&quot; van die versie ontbreekt</translation>
    </message>
    <message>
        <source>the workspace file is damaged: it says it has schema version %1, but %2. It was left untouched; restore a backup copy.</source>
        <translation>het werkruimtebestand is beschadigd: het vermeldt schemaversie %1, maar %2. Het werd niet gewijzigd; zet een reservekopie terug.</translation>
    </message>
    <message>
        <source>the workspace file is damaged (%1); restore a backup copy.</source>
        <translation>het werkruimtebestand is beschadigd (%1); zet een reservekopie terug.</translation>
    </message>
    <message>
        <source>the workspace file could not be read after rolling back an interrupted write; restore a backup copy.</source>
        <translation>het werkruimtebestand kon niet gelezen worden na het terugdraaien van een onderbroken schrijfbewerking; zet een reservekopie terug.</translation>
    </message>
    <message>
        <source>this workspace has the schema of an older Proxima (version %1; this one uses %2). Upgrade it first with &quot;proxima-cli upgrade FILE&quot; or by opening it in the app, which asks; members still on the older version will not be able to open it afterwards.</source>
        <translation>deze werkruimte heeft het schema van een oudere Proxima (versie %1; deze gebruikt %2). Upgrade ze eerst met &quot;proxima-cli upgrade FILE&quot; of door ze te openen in de app, die het vraagt; leden die nog de oudere versie gebruiken, kunnen ze daarna niet meer openen.</translation>
    </message>
    <message>
        <source>the workspace %1 was opened read-only</source>
        <translation>de werkruimte %1 werd alleen-lezen geopend</translation>
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
        <source>unknown action &apos;%1&apos; (add, list, show, set)</source>
        <translation>onbekende actie &apos;%1&apos; (add, list, show, set)</translation>
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
    <message>
        <source>unknown source &apos;%1&apos; (one of: %2)</source>
        <translation>onbekende bron &apos;%1&apos; (een van: %2)</translation>
    </message>
    <message>
        <source>the severity is a whole number from 1 to 5</source>
        <translation>de ernst is een geheel getal van 1 tot 5</translation>
    </message>
    <message>
        <source>unknown frequency &apos;%1&apos;</source>
        <translation>onbekende frequentie &apos;%1&apos;</translation>
    </message>
    <message>
        <source>add and list the concerns raised in the neighbourhood</source>
        <translation>de meldingen uit de wijk toevoegen en oplijsten</translation>
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
        <translation>gebruik:
  proxima-cli concern add FILE --text TEXT [--case ID] [--source SOURCE] [--severity 1-5]
                             [--place P] [--category C] [--frequency F] [--raised-by WHO]
                             [--area AREA]
      Voegt een melding toe (met vandaag als meldingsdatum) en toont het id ervan.
  proxima-cli concern list FILE [--json]
      Toont de meldingen, nieuwste eerst. JSON: een array van objecten met id, case_id, text, source,
      raised_on, place, category, severity, frequency, raised_by, area, lat, lon, revision.
Bronnen: %1
Frequenties: once, occasionally, monthly, weekly, daily
</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos; (add, list)</source>
        <translation>onbekende actie &apos;%1&apos; (add, list)</translation>
    </message>
    <message>
        <source>import incident data (CSV) into a workspace</source>
        <translation>incidentgegevens (CSV) in een werkruimte importeren</translation>
    </message>
    <message>
        <source>unknown kind &apos;%1&apos; (incidents)</source>
        <translation>onbekende soort &apos;%1&apos; (incidents)</translation>
    </message>
    <message>
        <source>read: %1
imported: %2
already present: %3
rejected: %4
</source>
        <translation>gelezen: %1
geïmporteerd: %2
al aanwezig: %3
geweigerd: %4
</translation>
    </message>
    <message>
        <source>nothing was imported (use --skip-invalid to import the valid rows)
</source>
        <translation>er werd niets geïmporteerd (gebruik --skip-invalid om de geldige rijen te importeren)
</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation>&apos;%1&apos; is geen datum (JJJJ-MM-DD)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a paper size (a4, a3)</source>
        <translation>&apos;%1&apos; is geen papierformaat (a4, a3)</translation>
    </message>
    <message>
        <source>PDF output needs a graphical application object</source>
        <translation>PDF-uitvoer heeft een grafisch applicatieobject nodig</translation>
    </message>
    <message>
        <source>wrote %1 (%2)</source>
        <translation>%1 geschreven (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n pagina</numerusform>
            <numerusform>%n pagina&apos;s</numerusform>
        </translation>
    </message>
    <message>
        <source>export the action matrix, meeting agenda and minutes, the handover pack, a case report or the results of a vote</source>
        <translation>de actiematrix, de agenda en notulen van een vergadering, het overdrachtspakket, een dossierrapport of de resultaten van een stemming exporteren</translation>
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
        <translation>gebruik:
  proxima-cli export matrix WORKSPACE --pdf|--xlsx|--csv|--ics OUT [--area A] [--case N]
                     [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--layout table|grid|timeline]
                     [--paper a4|a3] [--portrait] [--title T] [--logo FILE] [--no-signatures]
      De acties van alle dossiers, gegroepeerd per probleem in volgorde van prioriteit. De PDF is
      standaard liggend en eindigt met een handtekeningvak voor elke partnerorganisatie.
  proxima-cli export agenda WORKSPACE --meeting N OUT.pdf [--paper a4|a3] [--landscape]
  proxima-cli export minutes WORKSPACE --meeting N OUT.pdf [--paper a4|a3] [--landscape]
  proxima-cli export handover WORKSPACE [--area A] OUT.pdf [--paper a4|a3] [--landscape]
      De open dossiers en acties van de wijk, de prioriteiten, partners en contactpersonen.
  proxima-cli export case WORKSPACE --case N OUT.pdf [--paper a4|a3] [--landscape]
      Een SARA-samenvatting van één dossier: meldingen, driehoek, acties, metingen met hun grafieken, resultaat.
  proxima-cli export results WORKSPACE --session N OUT.pdf|OUT.csv [--paper a4|a3] [--landscape]
      Het resultatenblad van een afgesloten stemsessie (PDF) of de rangschikking ervan (CSV), volgens de extensie.
Elk bestand wordt eerst naar een tijdelijk bestand geschreven en daarna op zijn plaats hernoemd.
Afsluitcodes: 0 geschreven, 1 de werkruimte of het bestand faalde (onbekende wijk, dossier, vergadering
of sessie, een sessie die niet afgesloten is), 2 de opdrachtregel is fout.
</translation>
    </message>
    <message>
        <source>unknown document &apos;%1&apos; (matrix, agenda, minutes, handover, case, results)</source>
        <translation>onbekend document &apos;%1&apos; (matrix, agenda, minutes, handover, case, results)</translation>
    </message>
    <message>
        <source>give only one of --pdf, --xlsx, --csv and --ics</source>
        <translation>geef slechts één van --pdf, --xlsx, --csv en --ics</translation>
    </message>
    <message>
        <source>give one of --pdf, --xlsx, --csv or --ics with the output file</source>
        <translation>geef één van --pdf, --xlsx, --csv of --ics met het uitvoerbestand</translation>
    </message>
    <message>
        <source>--case: &apos;%1&apos; is not a case number</source>
        <translation>--case: &apos;%1&apos; is geen dossiernummer</translation>
    </message>
    <message>
        <source>--to: the period ends before it starts</source>
        <translation>--to: de periode eindigt voordat ze begint</translation>
    </message>
    <message>
        <source>--layout: &apos;%1&apos; is not a layout (table, grid, timeline)</source>
        <translation>--layout: &apos;%1&apos; is geen opmaak (table, grid, timeline)</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n actie</numerusform>
            <numerusform>%n acties</numerusform>
        </translation>
    </message>
    <message>
        <source>--meeting is required</source>
        <translation>--meeting is verplicht</translation>
    </message>
    <message>
        <source>--meeting: &apos;%1&apos; is not a meeting number</source>
        <translation>--meeting: &apos;%1&apos; is geen vergaderingsnummer</translation>
    </message>
    <message>
        <source>--meeting: there is no meeting %1</source>
        <translation>--meeting: er is geen vergadering %1</translation>
    </message>
    <message>
        <source>--case is required</source>
        <translation>--case is verplicht</translation>
    </message>
    <message>
        <source>--session is required</source>
        <translation>--session is verplicht</translation>
    </message>
    <message>
        <source>--session: &apos;%1&apos; is not a session number</source>
        <translation>--session: &apos;%1&apos; is geen sessienummer</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the output file must end in .pdf or .csv</source>
        <translation>&apos;%1&apos;: het uitvoerbestand moet eindigen op .pdf of .csv</translation>
    </message>
    <message>
        <source>--session: there is no session %1</source>
        <translation>--session: er is geen sessie %1</translation>
    </message>
    <message>
        <source>--session: session %1 is not closed (it is %2)</source>
        <translation>--session: sessie %1 is niet afgesloten (ze is %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s)</source>
        <translation>
            <numerusform>%n kandidaat</numerusform>
            <numerusform>%n kandidaten</numerusform>
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
        <translation>gebruik:
  proxima-cli case add FILE --title TEXT [--stage STAGE] [--area AREA] [--category C]
                          [--location L] [--description D] [--priority N]
      Voegt een dossier toe en toont het id ervan. Een onbekende wijk wordt aangemaakt.
  proxima-cli case list FILE [--json]
      Toont de dossiers volgens prioriteit (1 = hoogste, 0 = niet gerangschikt).
      JSON: een array van objecten met id, title, stage, priority, category, area, ...
  proxima-cli case show FILE ID [--json]
  proxima-cli case set FILE ID [--title ...] [--stage ...] [--reason TEXT] [--area ...] ...
      Bewerkt een dossier (vastgelegd in het wijzigingslogboek, net als een bewerking in de app). Bij het
      doorschuiven naar een volgende fase wordt de checklist van de fase gecontroleerd, net als in de app: is niet
      aan alle vereisten voldaan, dan kunt u met --reason toch verder gaan en wordt de reden vastgelegd in de
      fasegeschiedenis van het dossier.
Fasen: %1
</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not field=column (fields: date, time, type, address, x, y, lat, lon, text, id, area)</source>
        <translation>&apos;%1&apos; is geen field=column (velden: date, time, type, address, x, y, lat, lon, text, id, area)</translation>
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
        <translation>gebruik:
  proxima-cli import incidents FILE CSV [--map field=column,...] [--skip-invalid]
      Importeert incidenten (bv. een export van politieregistraties) in één transactie.
      Kolommen worden gekoppeld op hun kopnaam; --map benoemt ze in de plaats daarvan (alleen de opgegeven velden).
      Velden: date, time, type (categorie), address, x, y, lat, lon, text (beschrijving), id (referentie),
      area (wijk, op naam gekoppeld aan de wijken van de werkruimte; andere namen worden gemeld, de rijen blijven behouden).
      Zonder --skip-invalid wordt niets geïmporteerd zodra één rij geweigerd wordt. Elke geweigerde rij wordt
      op stderr getoond als CSV:LINE: reden, en de exitcode is 1 als er een rij geweigerd werd.
      Rijen die al in de werkruimte staan (zelfde referentie of zelfde inhoud) worden niet opnieuw toegevoegd.
</translation>
    </message>
    <message>
        <source>areas not in the workspace (rows kept without an area): %1
</source>
        <translation>wijken die niet in de werkruimte staan (rijen behouden zonder wijk): %1
</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>--%1 is verplicht</translation>
    </message>
    <message>
        <source>                (older than this Proxima&apos;s schema %1: read without changing the file; &quot;proxima-cli upgrade %2&quot; upgrades it)
</source>
        <translation>                (ouder dan het schema %1 van deze Proxima: gelezen zonder het bestand te wijzigen; &quot;proxima-cli upgrade %2&quot; voert de upgrade uit)
</translation>
    </message>
    <message>
        <source>usage: proxima-cli info FILE [--json]
Shows the schema version, the app version that last wrote the file, the last writer and the number of records of each kind.
--json prints one object: {&quot;schema_version&quot;: N, &quot;current_schema_version&quot;: N, &quot;app_version&quot;: ..., &quot;last_writer&quot;: ..., &quot;counts&quot;: {&quot;cases&quot;: N, ...}}
Reads only: a file of an older schema is not upgraded (see: proxima-cli help upgrade).
</source>
        <translation>gebruik: proxima-cli info FILE [--json]
Toont de schemaversie, de app-versie die het bestand het laatst schreef, de laatste schrijver en het aantal records van elke soort.
--json drukt één object af: {&quot;schema_version&quot;: N, &quot;current_schema_version&quot;: N, &quot;app_version&quot;: ..., &quot;last_writer&quot;: ..., &quot;counts&quot;: {&quot;cases&quot;: N, ...}}
Leest enkel: een bestand met een ouder schema krijgt geen upgrade (zie: proxima-cli help upgrade).
</translation>
    </message>
    <message>
        <source>upgrade a workspace of an older schema (keeps a backup copy)</source>
        <translation>een werkruimte met een ouder schema upgraden (houdt een reservekopie bij)</translation>
    </message>
    <message>
        <source>usage: proxima-cli upgrade FILE
Brings a workspace written by an older Proxima to this version&apos;s schema, after copying the file as it was to FILE.schemaN.bak. Members who still use the older version cannot open the file afterwards: upgrade once everyone has the new version. Commands that change a workspace refuse an older one until it is upgraded; commands that only read never upgrade it.
</source>
        <translation>gebruik: proxima-cli upgrade FILE
Brengt een werkruimte die door een oudere Proxima geschreven werd naar het schema van deze versie, nadat het bestand zoals het was gekopieerd is naar FILE.schemaN.bak. Leden die nog de oudere versie gebruiken, kunnen het bestand daarna niet meer openen: voer de upgrade uit zodra iedereen de nieuwe versie heeft. Opdrachten die een werkruimte wijzigen, weigeren een oudere tot ze een upgrade gekregen heeft; opdrachten die enkel lezen, voeren nooit een upgrade uit.
</translation>
    </message>
    <message>
        <source>%1 already has schema %2: nothing to upgrade
</source>
        <translation>%1 heeft al schema %2: niets te upgraden
</translation>
    </message>
    <message>
        <source>upgraded %1 from schema %2 to %3; the file as it was is kept in %4
</source>
        <translation>%1 geüpgraded van schema %2 naar %3; het bestand zoals het was, wordt bewaard in %4
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
    <message>
        <source>Show the page with this number (0 = first) at start.</source>
        <translation>Bij het opstarten de pagina met dit nummer tonen (0 = eerste).</translation>
    </message>
</context>
<context>
    <name>proxima</name>
    <message>
        <source>approvals</source>
        <translation>goedkeuringen</translation>
    </message>
    <message>
        <source>points</source>
        <translation>punten</translation>
    </message>
    <message>
        <source>dots</source>
        <translation>stippen</translation>
    </message>
    <message>
        <source>paper ballots: %1</source>
        <translation>papieren stembiljetten: %1</translation>
    </message>
    <message>
        <source>imported ballots: %1</source>
        <translation>geïmporteerde stembiljetten: %1</translation>
    </message>
    <message>
        <source>sticker ballots: %1</source>
        <translation>stickerstembiljetten: %1</translation>
    </message>
    <message>
        <source>laptop ballots without a member: %1</source>
        <translation>laptopstembiljetten zonder lid: %1</translation>
    </message>
    <message>
        <source>%1 ballots: %2</source>
        <translation>%1-stembiljetten: %2</translation>
    </message>
    <message>
        <source>(from 1 voter)</source>
        <translation>(van 1 kiezer)</translation>
    </message>
    <message>
        <source>(from %1 voters)</source>
        <translation>(van %1 kiezers)</translation>
    </message>
    <message>
        <source>sticker %1: %2 %3</source>
        <translation>sticker%1: %2 %3</translation>
    </message>
    <message>
        <source>%1 totals: %2 %3 %4</source>
        <translation>%1-totalen: %2 %3 %4</translation>
    </message>
</context>
<context>
    <name>proxima::ActionDialog</name>
    <message>
        <source>Edit action</source>
        <translation>Actie bewerken</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Nieuwe actie</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>Partners and &amp;referral</source>
        <translation>Partners en &amp;doorverwijzing</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>geen datum</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(niet ingesteld)</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>due</source>
        <translation>vervaldatum</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Politie</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Vrijwilligers</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Geld</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Wat:</translation>
    </message>
    <message>
        <source>W&amp;hy:</source>
        <translation>Waa&amp;rom:</translation>
    </message>
    <message>
        <source>Triangle &amp;side:</source>
        <translation>&amp;Zijde van de driehoek:</translation>
    </message>
    <message>
        <source>Chain p&amp;hase:</source>
        <translation>&amp;Ketenfase:</translation>
    </message>
    <message>
        <source>&amp;Lead member:</source>
        <translation>Trekkend &amp;lid:</translation>
    </message>
    <message>
        <source>Lead &amp;organisation:</source>
        <translation>Trekkende &amp;organisatie:</translation>
    </message>
    <message>
        <source>S&amp;tart:</source>
        <translation>S&amp;tart:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>St&amp;atus:</translation>
    </message>
    <message>
        <source>Resources:</source>
        <translation>Middelen:</translation>
    </message>
    <message>
        <source>Su&amp;ccess measure:</source>
        <translation>Su&amp;ccesmaatstaf:</translation>
    </message>
    <message>
        <source>What is done</source>
        <translation>Wat er gedaan wordt</translation>
    </message>
    <message>
        <source>Why: what it changes in the problem</source>
        <translation>Waarom: wat het aan het probleem verandert</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Vervaldatum</translation>
    </message>
    <message>
        <source>Police hours</source>
        <translation>Politie-uren</translation>
    </message>
    <message>
        <source>Volunteer hours</source>
        <translation>Vrijwilligersuren</translation>
    </message>
    <message>
        <source>Euros</source>
        <translation>Euro</translation>
    </message>
    <message>
        <source>Partners of the action</source>
        <translation>Partners van de actie</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Represented by</source>
        <translation>Vertegenwoordigd door</translation>
    </message>
    <message>
        <source>&amp;Add partner</source>
        <translation>Partner &amp;toevoegen</translation>
    </message>
    <message>
        <source>Re&amp;move partner</source>
        <translation>Partner &amp;verwijderen</translation>
    </message>
    <message>
        <source>Referred to a non-police service</source>
        <translation>Doorverwezen naar een niet-politionele dienst</translation>
    </message>
    <message>
        <source>Se&amp;rvice:</source>
        <translation>Dien&amp;st:</translation>
    </message>
    <message>
        <source>Referred &amp;on:</source>
        <translation>Doorverwezen o&amp;p:</translation>
    </message>
    <message>
        <source>A&amp;nswer:</source>
        <translation>A&amp;ntwoord:</translation>
    </message>
    <message>
        <source>Who works on this action, and what they do:</source>
        <translation>Wie werkt aan deze actie, en wat doen ze:</translation>
    </message>
    <message>
        <source>Committee member representing the partner</source>
        <translation>Comitélid dat de partner vertegenwoordigt</translation>
    </message>
    <message>
        <source>say which service the matter was referred to</source>
        <translation>vermeld naar welke dienst de zaak werd doorverwezen</translation>
    </message>
</context>
<context>
    <name>proxima::ActionTableModel</name>
    <message>
        <source>%1 (referral)</source>
        <translation>%1 (doorverwijzing)</translation>
    </message>
    <message>
        <source>%1
Why: %2</source>
        <translation>%1
Waarom: %2</translation>
    </message>
    <message>
        <source>
Success: %1</source>
        <translation>
Succes: %1</translation>
    </message>
    <message>
        <source>
Referred to %1</source>
        <translation>
Doorverwezen naar %1</translation>
    </message>
    <message>
        <source> on %1</source>
        <translation> op %1</translation>
    </message>
    <message>
        <source>; no answer yet</source>
        <translation>; nog geen antwoord</translation>
    </message>
    <message>
        <source>; answer: %1</source>
        <translation>; antwoord: %1</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Zijde</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Trekker</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vervaldatum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Police h</source>
        <translation>Politie-u</translation>
    </message>
    <message>
        <source>Volunteer h</source>
        <translation>Vrijwilligers-u</translation>
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
        <translation>Tijdlijn van de acties</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) from %1 to %2</source>
        <translation>
            <numerusform>%n actie van %1 tot %2</numerusform>
            <numerusform>%n acties van %1 tot %2</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>vandaag</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>te laat</translation>
    </message>
    <message>
        <source>No actions yet.</source>
        <translation>Nog geen acties.</translation>
    </message>
    <message>
        <source>No action has a start or due date yet.</source>
        <translation>Nog geen enkele actie heeft een start- of vervaldatum.</translation>
    </message>
    <message>
        <source>no dates</source>
        <translation>geen datums</translation>
    </message>
</context>
<context>
    <name>proxima::AffectedGroupTableModel</name>
    <message>
        <source>People or group</source>
        <translation>Personen of groep</translation>
    </message>
    <message>
        <source>How they are affected</source>
        <translation>Hoe ze getroffen worden</translation>
    </message>
</context>
<context>
    <name>proxima::AnalyseTab</name>
    <message>
        <source>Problem analysis triangle</source>
        <translation>Probleemanalysedriehoek</translation>
    </message>
    <message>
        <source>Who causes the problem?</source>
        <translation>Wie veroorzaakt het probleem?</translation>
    </message>
    <message>
        <source>Who or what is harmed or targeted?</source>
        <translation>Wie of wat wordt geschaad of geviseerd?</translation>
    </message>
    <message>
        <source>Where does it happen?</source>
        <translation>Waar gebeurt het?</translation>
    </message>
    <message>
        <source>Who has influence over the offender?</source>
        <translation>Wie heeft invloed op de dader?</translation>
    </message>
    <message>
        <source>Who could protect the victim or target?</source>
        <translation>Wie zou het slachtoffer of doelwit kunnen beschermen?</translation>
    </message>
    <message>
        <source>Who is responsible for the place?</source>
        <translation>Wie is verantwoordelijk voor de plaats?</translation>
    </message>
    <message>
        <source>Analysis notes</source>
        <translation>Analysenotities</translation>
    </message>
    <message>
        <source>What the data and the people say; what is still unknown</source>
        <translation>Wat de gegevens en de mensen zeggen; wat nog onbekend is</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otities:</translation>
    </message>
    <message>
        <source>&amp;Save analysis</source>
        <translation>Analyse op&amp;slaan</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Herstellen</translation>
    </message>
    <message>
        <source>Hypotheses to check</source>
        <translation>Te toetsen hypothesen</translation>
    </message>
    <message>
        <source>Hypotheses</source>
        <translation>Hypothesen</translation>
    </message>
    <message>
        <source>Add h&amp;ypothesis</source>
        <translation>H&amp;ypothese toevoegen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>New hypothesis</source>
        <translation>Nieuwe hypothese</translation>
    </message>
    <message>
        <source>People and groups affected</source>
        <translation>Getroffen personen en groepen</translation>
    </message>
    <message>
        <source>Add &amp;group</source>
        <translation>&amp;Groep toevoegen</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Nieuwe groep</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — analysis</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — analyse</translation>
    </message>
    <message>
        <source>No case selected.</source>
        <translation>Geen dossier geselecteerd.</translation>
    </message>
</context>
<context>
    <name>proxima::AssessTab</name>
    <message>
        <source>Process evaluation</source>
        <translation>Procesevaluatie</translation>
    </message>
    <message>
        <source>Measures of the case</source>
        <translation>Metingen van het dossier</translation>
    </message>
    <message>
        <source>&amp;Add Measure...</source>
        <translation>Meting &amp;toevoegen...</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Bewerken...</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Delete measure</source>
        <translation>Meting verwijderen</translation>
    </message>
    <message>
        <source>Delete the measure &quot;%1&quot;? You can undo this.</source>
        <translation>De meting &quot;%1&quot; verwijderen? U kunt dit ongedaan maken.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Outcome of the response</source>
        <translation>Resultaat van de respons</translation>
    </message>
    <message>
        <source>(not judged yet)</source>
        <translation>(nog niet beoordeeld)</translation>
    </message>
    <message>
        <source>Lesson learned</source>
        <translation>Geleerde les</translation>
    </message>
    <message>
        <source>What would the committee do again, or differently?</source>
        <translation>Wat zou het comité opnieuw doen, of anders?</translation>
    </message>
    <message>
        <source>Notes on how the plan was carried out</source>
        <translation>Notities over hoe het plan werd uitgevoerd</translation>
    </message>
    <message>
        <source>Why nothing was measured</source>
        <translation>Waarom niets gemeten werd</translation>
    </message>
    <message>
        <source>only when nothing could be measured</source>
        <translation>enkel als er niets gemeten kon worden</translation>
    </message>
    <message>
        <source>&amp;Save Outcome</source>
        <translation>Resultaat op&amp;slaan</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Herstellen</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Resultaat:</translation>
    </message>
    <message>
        <source>&amp;Lesson learned:</source>
        <translation>&amp;Geleerde les:</translation>
    </message>
    <message>
        <source>&amp;Process notes:</source>
        <translation>&amp;Procesnotities:</translation>
    </message>
    <message>
        <source>No &amp;measure because:</source>
        <translation>Geen &amp;meting omdat:</translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s)</source>
        <translation>
            <numerusform>%n meting</numerusform>
            <numerusform>%n metingen</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a case to assess it.</source>
        <translation>Selecteer een dossier om het te evalueren.</translation>
    </message>
    <message>
        <source>the outcome of this case</source>
        <translation>het resultaat van dit dossier</translation>
    </message>
    <message>
        <source>No measure yet: add what you count before and after the response.</source>
        <translation>Nog geen meting: voeg toe wat u vóór en na de respons telt.</translation>
    </message>
    <message>
        <source>the measure &quot;%1&quot;</source>
        <translation>de meting &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>proxima::BallotWidget</name>
    <message>
        <source>Ballot</source>
        <translation>Stembiljet</translation>
    </message>
    <message>
        <source>Your ranking</source>
        <translation>Uw rangschikking</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Om&amp;hoog</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Om&amp;laag</translation>
    </message>
    <message>
        <source>Tick the problems you want tackled (at most %1).</source>
        <translation>Vink de problemen aan die u aangepakt wilt zien (hoogstens %1).</translation>
    </message>
    <message>
        <source>Tick the problems you want tackled.</source>
        <translation>Vink de problemen aan die u aangepakt wilt zien.</translation>
    </message>
    <message>
        <source>Give each problem a mark from 0 to %1.</source>
        <translation>Geef elk probleem een cijfer van 0 tot %1.</translation>
    </message>
    <message>
        <source>Spread your %1 dots; at most %2 on one problem.</source>
        <translation>Verdeel uw %1 stippen; hoogstens %2 op één probleem.</translation>
    </message>
    <message numerus="yes">
        <source>%n dot(s) left</source>
        <translation>
            <numerusform>nog %n stip over</numerusform>
            <numerusform>nog %n stippen over</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 ticked</source>
        <translation>%1 van %2 aangevinkt</translation>
    </message>
    <message>
        <source>%1 ticked</source>
        <translation>%1 aangevinkt</translation>
    </message>
    <message>
        <source>Tick: same place as the problem above</source>
        <translation>Aanvinken: zelfde plaats als het probleem hierboven</translation>
    </message>
    <message>
        <source>Put the problems in your order, most important at the top (drag them or use the buttons). Tick &quot;same place as above&quot; for a tie. A problem you leave out gets no place on your ballot.</source>
        <translation>Zet de problemen in uw volgorde, het belangrijkste bovenaan (sleep ze of gebruik de knoppen). Vink &quot;zelfde plaats als hierboven&quot; aan voor een gelijke stand. Een probleem dat u weglaat, krijgt geen plaats op uw stembiljet.</translation>
    </message>
    <message>
        <source>Left out (not ranked):</source>
        <translation>Weggelaten (niet gerangschikt):</translation>
    </message>
    <message>
        <source>Problems left out of your ranking</source>
        <translation>Problemen die u uit uw rangschikking weglaat</translation>
    </message>
    <message>
        <source>&amp;Leave out</source>
        <translation>&amp;Weglaten</translation>
    </message>
    <message>
        <source>&amp;Rank again</source>
        <translation>Opnieuw &amp;rangschikken</translation>
    </message>
    <message>
        <source>Take the selected problem out of your ranking (double-click does the same)</source>
        <translation>Haalt het geselecteerde probleem uit uw rangschikking (dubbelklikken doet hetzelfde)</translation>
    </message>
    <message>
        <source>Put the selected left-out problem back, at the bottom of your ranking</source>
        <translation>Zet het geselecteerde weggelaten probleem terug, onderaan uw rangschikking</translation>
    </message>
</context>
<context>
    <name>proxima::BeforeAfterChart</name>
    <message>
        <source>Before and after chart of the selected measure</source>
        <translation>Voor-en-nagrafiek van de geselecteerde meting</translation>
    </message>
    <message>
        <source>Select a measure to see it before and after the response</source>
        <translation>Selecteer een meting om ze vóór en na de respons te zien</translation>
    </message>
    <message>
        <source>Before&lt;br&gt;%1</source>
        <translation>Voor&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>After %1&lt;br&gt;%2</source>
        <translation>Na %1&lt;br&gt;%2</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Comparison area</source>
        <translation>Vergelijkingsgebied</translation>
    </message>
    <message>
        <source>Comparison: %1</source>
        <translation>Vergelijking: %1</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>Doel: %1</translation>
    </message>
</context>
<context>
    <name>proxima::BudgetCapacityPanel</name>
    <message>
        <source>Capacities (what-if)</source>
        <translation>Capaciteiten (wat als)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Capacity of %1</source>
        <translation>Capaciteit van %1</translation>
    </message>
    <message>
        <source>stored: %1</source>
        <translation>opgeslagen: %1</translation>
    </message>
    <message>
        <source>Save capacities</source>
        <translation>Capaciteiten opslaan</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Terugzetten</translation>
    </message>
</context>
<context>
    <name>proxima::BudgetComparisonModel</name>
    <message>
        <source>n/a</source>
        <translation>n.v.t.</translation>
    </message>
    <message>
        <source>funded, selected %1</source>
        <translation>gefinancierd, selectie %1</translation>
    </message>
    <message>
        <source>not funded</source>
        <translation>niet gefinancierd</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Voorstel</translation>
    </message>
</context>
<context>
    <name>proxima::BudgetDocumentActions</name>
    <message>
        <source>the rule %1 has no allocation</source>
        <translation>de regel %1 heeft geen toewijzing</translation>
    </message>
    <message>
        <source>Save the allocation sheet</source>
        <translation>Het toewijzingsblad opslaan</translation>
    </message>
    <message>
        <source>Allocation %1.pdf</source>
        <translation>Toewijzing %1.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export as pabulib</source>
        <translation>Exporteren als pabulib</translation>
    </message>
    <message>
        <source>Resource pool exported as the budget and the costs:</source>
        <translation>Middelenpot die als budget en als kosten geëxporteerd wordt:</translation>
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
        <translation>Bezig met berekenen…</translation>
    </message>
    <message>
        <source>E&amp;xport .pb…</source>
        <translation>.pb e&amp;xporteren…</translation>
    </message>
    <message>
        <source>Rule to accept or print</source>
        <translation>Regel om te aanvaarden of af te drukken</translation>
    </message>
    <message>
        <source>R&amp;ule:</source>
        <translation>Re&amp;gel:</translation>
    </message>
    <message>
        <source>&amp;Print allocation sheet…</source>
        <translation>&amp;Toewijzingsblad afdrukken…</translation>
    </message>
    <message>
        <source>Save sheet as P&amp;DF…</source>
        <translation>Blad opslaan als P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Accept allocation</source>
        <translation>Toewijzing &amp;aanvaarden</translation>
    </message>
    <message>
        <source>Give the funded proposals&apos; actions their resources and start them; undoable</source>
        <translation>De acties van de gefinancierde voorstellen hun middelen geven en ze starten; kan ongedaan gemaakt worden</translation>
    </message>
</context>
<context>
    <name>proxima::BudgetProposalModel</name>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n actie</numerusform>
            <numerusform>%n acties</numerusform>
        </translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Voorstel</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Steun</translation>
    </message>
    <message>
        <source>Must fund</source>
        <translation>Verplicht financieren</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Uitgesloten</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acties</translation>
    </message>
    <message>
        <source>Must fund %1</source>
        <translation>%1 verplicht financieren</translation>
    </message>
    <message>
        <source>Exclude %1</source>
        <translation>%1 uitsluiten</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>%1 hernoemen</translation>
    </message>
    <message>
        <source>Cost of %1</source>
        <translation>Kost van %1</translation>
    </message>
    <message>
        <source>Support of %1</source>
        <translation>Steun voor %1</translation>
    </message>
    <message>
        <source>Lowest amount of %1 the proposal can run with (empty: none). %2</source>
        <translation>Laagste bedrag in %1 waarmee het voorstel uitgevoerd kan worden (leeg: geen). %2</translation>
    </message>
    <message>
        <source>Highest amount of %1 the proposal can use (empty: none). %2</source>
        <translation>Hoogste bedrag in %1 dat het voorstel kan gebruiken (leeg: geen). %2</translation>
    </message>
    <message>
        <source>Cost in %1</source>
        <translation>Kost in %1</translation>
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
        <translation>de kost van %1 in %2 mag niet leeg zijn</translation>
    </message>
    <message>
        <source>Minimum of %1</source>
        <translation>Minimum van %1</translation>
    </message>
    <message>
        <source>Maximum of %1</source>
        <translation>Maximum van %1</translation>
    </message>
</context>
<context>
    <name>proxima::BudgetResultsPanel</name>
    <message>
        <source>Funded proposals per rule</source>
        <translation>Gefinancierde voorstellen per regel</translation>
    </message>
    <message>
        <source>Why each rule funds the selected proposal or not</source>
        <translation>Waarom elke regel het geselecteerde voorstel al dan niet financiert</translation>
    </message>
    <message>
        <source>Select a proposal to see why each rule funds it or not.</source>
        <translation>Selecteer een voorstel om te zien waarom elke regel het al dan niet financiert.</translation>
    </message>
    <message>
        <source>Charts: &lt;span style=&quot;color:#2e7d32&quot;&gt;■&lt;/span&gt; allocated, &lt;span style=&quot;color:#cfd8dc&quot;&gt;■&lt;/span&gt; left.</source>
        <translation>Grafieken: &lt;span style=&quot;color:#2e7d32&quot;&gt;■&lt;/span&gt; toegewezen, &lt;span style=&quot;color:#cfd8dc&quot;&gt;■&lt;/span&gt; over.</translation>
    </message>
    <message>
        <source>Support was entered as totals: equal shares and the share of voters need ballots.</source>
        <translation>De steun werd als totalen ingevoerd: gelijke delen en het aandeel kiezers hebben stembiljetten nodig.</translation>
    </message>
    <message>
        <source>Voters with at least one funded proposal: %1</source>
        <translation>Kiezers met minstens één gefinancierd voorstel: %1</translation>
    </message>
    <message>
        <source>Paid by: %1</source>
        <translation>Betaald door: %1</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> en nog %1</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Toegewezen</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Over</translation>
    </message>
    <message>
        <source>%1 (capacity %2)</source>
        <translation>%1 (capaciteit %2)</translation>
    </message>
    <message>
        <source>Use of %1 per rule</source>
        <translation>Gebruik van %1 per regel</translation>
    </message>
    <message>
        <source>Receives %1.</source>
        <translation>Ontvangt %1.</translation>
    </message>
    <message>
        <source>&amp;Funded per rule</source>
        <translation>Ge&amp;financierd per regel</translation>
    </message>
    <message>
        <source>&amp;Use of each resource</source>
        <translation>Gebr&amp;uik van elk middel</translation>
    </message>
</context>
<context>
    <name>proxima::BudgetRoundEditor</name>
    <message>
        <source>Budgeting round</source>
        <translation>Budgetronde</translation>
    </message>
    <message>
        <source>Round name</source>
        <translation>Naam van de ronde</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>Period starts</source>
        <translation>Begin van de periode</translation>
    </message>
    <message>
        <source>Period ends</source>
        <translation>Einde van de periode</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation>&amp;Ronde:</translation>
    </message>
    <message>
        <source>&amp;New round</source>
        <translation>&amp;Nieuwe ronde</translation>
    </message>
    <message>
        <source>Support from a &amp;vote…</source>
        <translation>Steun uit een &amp;stemming…</translation>
    </message>
    <message>
        <source>Use the ballots of a closed voting session as the support of this round</source>
        <translation>De stembiljetten van een afgesloten stemsessie gebruiken als steun voor deze ronde</translation>
    </message>
    <message>
        <source>&amp;Import .pb…</source>
        <translation>.pb &amp;importeren…</translation>
    </message>
    <message>
        <source>Proposals from &amp;Respond actions</source>
        <translation>Voorstellen uit &amp;Reageren-acties</translation>
    </message>
    <message>
        <source>One proposal per action of the cases in Respond that is not yet in this round</source>
        <translation>Eén voorstel per actie van de dossiers in Reageren die nog niet in deze ronde zit</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Voorstellen</translation>
    </message>
    <message>
        <source>Constraints</source>
        <translation>Voorwaarden</translation>
    </message>
    <message>
        <source>First proposal</source>
        <translation>Eerste voorstel</translation>
    </message>
    <message>
        <source>is incompatible with</source>
        <translation>is onverenigbaar met</translation>
    </message>
    <message>
        <source>depends on</source>
        <translation>hangt af van</translation>
    </message>
    <message>
        <source>Kind of constraint</source>
        <translation>Soort voorwaarde</translation>
    </message>
    <message>
        <source>Second proposal</source>
        <translation>Tweede voorstel</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Constraints between proposals</source>
        <translation>Voorwaarden tussen voorstellen</translation>
    </message>
    <message>
        <source>%1 is incompatible with %2</source>
        <translation>%1 is onverenigbaar met %2</translation>
    </message>
    <message>
        <source>%1 depends on %2</source>
        <translation>%1 hangt af van %2</translation>
    </message>
    <message>
        <source>Add a constraint</source>
        <translation>Een voorwaarde toevoegen</translation>
    </message>
    <message>
        <source>Remove a constraint</source>
        <translation>Een voorwaarde verwijderen</translation>
    </message>
    <message numerus="yes">
        <source>Proposals from %n action(s)</source>
        <translation>
            <numerusform>Voorstellen uit %n actie</numerusform>
            <numerusform>Voorstellen uit %n acties</numerusform>
        </translation>
    </message>
    <message>
        <source>Every action of the cases in Respond is already a proposal.</source>
        <translation>Elke actie van de dossiers in Reageren is al een voorstel.</translation>
    </message>
    <message>
        <source>New round</source>
        <translation>Nieuwe ronde</translation>
    </message>
    <message>
        <source>Police officer hours</source>
        <translation>Uren van politieagenten</translation>
    </message>
    <message>
        <source>h</source>
        <translation>h</translation>
    </message>
    <message>
        <source>Volunteer hours</source>
        <translation>Vrijwilligersuren</translation>
    </message>
    <message>
        <source>Euros</source>
        <translation>Euro</translation>
    </message>
    <message>
        <source>New budgeting round</source>
        <translation>Nieuwe budgetronde</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>%1 importeren</translation>
    </message>
    <message>
        <source>the round read from this file could not be stored</source>
        <translation>de ronde die uit dit bestand gelezen werd, kon niet opgeslagen worden</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>there is no closed voting session to take support from</source>
        <translation>er is geen afgesloten stemsessie om steun uit te halen</translation>
    </message>
    <message>
        <source>Support from a vote</source>
        <translation>Steun uit een stemming</translation>
    </message>
    <message>
        <source>Closed voting session whose ballots support the proposals:</source>
        <translation>Afgesloten stemsessie waarvan de stembiljetten de voorstellen steunen:</translation>
    </message>
    <message>
        <source>Import a pabulib file</source>
        <translation>Een pabulib-bestand importeren</translation>
    </message>
    <message>
        <source>Pabulib (*.pb)</source>
        <translation>Pabulib (*.pb)</translation>
    </message>
    <message numerus="yes">
        <source>Accepted the %1 allocation: %n proposal(s) funded.</source>
        <translation>
            <numerusform>De %1-toewijzing aanvaard: %n voorstel gefinancierd.</numerusform>
            <numerusform>De %1-toewijzing aanvaard: %n voorstellen gefinancierd.</numerusform>
        </translation>
    </message>
    <message>
        <source>This rule has no allocation to accept.</source>
        <translation>Deze regel heeft geen toewijzing om te aanvaarden.</translation>
    </message>
    <message>
        <source>Capacities of %1</source>
        <translation>Capaciteiten van %1</translation>
    </message>
    <message>
        <source>Rename round %1</source>
        <translation>Ronde %1 hernoemen</translation>
    </message>
    <message>
        <source>Period of %1</source>
        <translation>Periode van %1</translation>
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
    <name>proxima::CaseHomeTab</name>
    <message>
        <source>What the next stage needs</source>
        <translation>Wat de volgende fase nodig heeft</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>Fasegeschiedenis</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Overgang</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No case selected&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Geen dossier geselecteerd&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Next stage</source>
        <translation>Volgende fase</translation>
    </message>
    <message>
        <source>Move to next stage</source>
        <translation>Naar de volgende fase</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>Fase: %1</translation>
    </message>
    <message>
        <source>priority %1</source>
        <translation>prioriteit %1</translation>
    </message>
    <message>
        <source>lead: %1</source>
        <translation>trekker: %1</translation>
    </message>
    <message>
        <source>opened %1</source>
        <translation>geopend op %1</translation>
    </message>
    <message>
        <source>Concerns: %1</source>
        <translation>Meldingen: %1</translation>
    </message>
    <message>
        <source>Incidents: %1</source>
        <translation>Incidenten: %1</translation>
    </message>
    <message>
        <source>Triangle: %1 of 6</source>
        <translation>Driehoek: %1 van 6</translation>
    </message>
    <message>
        <source>Hypotheses: %1</source>
        <translation>Hypothesen: %1</translation>
    </message>
    <message>
        <source>Supported: %1</source>
        <translation>Bevestigd: %1</translation>
    </message>
    <message>
        <source>Groups affected: %1</source>
        <translation>Getroffen groepen: %1</translation>
    </message>
    <message>
        <source>Actions done: %1 of %2</source>
        <translation>Acties uitgevoerd: %1 van %2</translation>
    </message>
    <message>
        <source>In progress: %1</source>
        <translation>Bezig: %1</translation>
    </message>
    <message>
        <source>Measures: %1</source>
        <translation>Metingen: %1</translation>
    </message>
    <message>
        <source>Measured: %1</source>
        <translation>Gemeten: %1</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Resultaat: %1</translation>
    </message>
    <message>
        <source>No outcome yet</source>
        <translation>Nog geen resultaat</translation>
    </message>
    <message>
        <source>No lesson written</source>
        <translation>Geen les geschreven</translation>
    </message>
    <message>
        <source>Lesson written</source>
        <translation>Les geschreven</translation>
    </message>
    <message>
        <source>closed %1</source>
        <translation>afgesloten op %1</translation>
    </message>
    <message>
        <source>The case is closed</source>
        <translation>Het dossier is afgesloten</translation>
    </message>
    <message>
        <source>Every stage is done. Change the stage in the overview to reopen it.</source>
        <translation>Elke fase is klaar. Wijzig de fase in het overzicht om het te heropenen.</translation>
    </message>
    <message>
        <source>Ready for %1?</source>
        <translation>Klaar voor %1?</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Ontbreekt</translation>
    </message>
    <message>
        <source>Everything %1 needs is in place.</source>
        <translation>Alles wat %1 nodig heeft, is aanwezig.</translation>
    </message>
    <message>
        <source>Missing: %1 of %2. You can still move on with a reason.</source>
        <translation>Ontbreekt: %1 van %2. U kunt toch verder gaan met een reden.</translation>
    </message>
    <message>
        <source>&amp;Move to %1...</source>
        <translation>&amp;Naar %1...</translation>
    </message>
    <message>
        <source> (back)</source>
        <translation> (terug)</translation>
    </message>
    <message>
        <source>Moved anyway: %1 (missing: %2)</source>
        <translation>Toch verplaatst: %1 (ontbrekend: %2)</translation>
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
    <message>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <source>The %1 page has changes that are not saved. Leave it anyway?</source>
        <translation>De pagina %1 heeft wijzigingen die niet opgeslagen zijn. Toch verlaten?</translation>
    </message>
</context>
<context>
    <name>proxima::ConcernDialog</name>
    <message>
        <source>Edit Concern</source>
        <translation>Melding bewerken</translation>
    </message>
    <message>
        <source>New Concern</source>
        <translation>Nieuwe melding</translation>
    </message>
    <message>
        <source>Concern text</source>
        <translation>Tekst van de melding</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Niet beoordeeld</translation>
    </message>
    <message>
        <source>(no case yet)</source>
        <translation>(nog geen dossier)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>e.g. 50.6712</source>
        <translation>bv. 50.6712</translation>
    </message>
    <message>
        <source>e.g. 4.6065</source>
        <translation>bv. 4.6065</translation>
    </message>
    <message>
        <source>&amp;Concern:</source>
        <translation>&amp;Melding:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Bron:</translation>
    </message>
    <message>
        <source>&amp;Raised on:</source>
        <translation>&amp;Gemeld op:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Plaats:</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>Ca&amp;tegorie:</translation>
    </message>
    <message>
        <source>Se&amp;verity (1–5):</source>
        <translation>&amp;Ernst (1–5):</translation>
    </message>
    <message>
        <source>How &amp;often:</source>
        <translation>Hoe &amp;vaak:</translation>
    </message>
    <message>
        <source>Raised &amp;by:</source>
        <translation>Gemeld d&amp;oor:</translation>
    </message>
    <message>
        <source>C&amp;ase:</source>
        <translation>&amp;Dossier:</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>Wij&amp;k:</translation>
    </message>
    <message>
        <source>&amp;Latitude:</source>
        <translation>B&amp;reedtegraad:</translation>
    </message>
    <message>
        <source>Lo&amp;ngitude:</source>
        <translation>&amp;Lengtegraad:</translation>
    </message>
    <message>
        <source>Optional. Write &quot;anonymous&quot; when the person did not want to be named.</source>
        <translation>Optioneel. Schrijf &quot;anoniem&quot; als de persoon niet bij naam genoemd wilde worden.</translation>
    </message>
    <message>
        <source>The latitude and longitude must be numbers.</source>
        <translation>De breedtegraad en de lengtegraad moeten getallen zijn.</translation>
    </message>
</context>
<context>
    <name>proxima::ConcernTableModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Gemeld</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Ernst</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Hoe vaak</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation>Gemeld door</translation>
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
        <translation>Meldingen</translation>
    </message>
    <message>
        <source>&amp;New Concern…</source>
        <translation>&amp;Nieuwe melding…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Case to move to</source>
        <translation>Dossier waarnaar verplaatst wordt</translation>
    </message>
    <message>
        <source>&amp;Move to Case</source>
        <translation>Naar &amp;dossier verplaatsen</translation>
    </message>
    <message>
        <source>&amp;Split into New Case…</source>
        <translation>&amp;Opsplitsen in nieuw dossier…</translation>
    </message>
    <message>
        <source>Creates a new case holding the selected concerns</source>
        <translation>Maakt een nieuw dossier aan met de geselecteerde meldingen</translation>
    </message>
    <message>
        <source>Selected:</source>
        <translation>Selectie:</translation>
    </message>
    <message>
        <source>Filter by case</source>
        <translation>Filteren op dossier</translation>
    </message>
    <message>
        <source>Filter by source</source>
        <translation>Filteren op bron</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Alle bronnen</translation>
    </message>
    <message>
        <source>Filter by category</source>
        <translation>Filteren op categorie</translation>
    </message>
    <message>
        <source>Filter by severity</source>
        <translation>Filteren op ernst</translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation>Elke ernst</translation>
    </message>
    <message>
        <source>%1 or more</source>
        <translation>%1 of meer</translation>
    </message>
    <message>
        <source>Search concerns…</source>
        <translation>Meldingen zoeken…</translation>
    </message>
    <message>
        <source>Search concerns</source>
        <translation>Meldingen zoeken</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>Alle dossiers</translation>
    </message>
    <message>
        <source>Not in a case</source>
        <translation>Niet in een dossier</translation>
    </message>
    <message>
        <source>(out of its case)</source>
        <translation>(uit het dossier halen)</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle categorieën</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n concern(s)</source>
        <translation>
            <numerusform>%n melding verwijderen</numerusform>
            <numerusform>%n meldingen verwijderen</numerusform>
        </translation>
    </message>
    <message>
        <source>Split into New Case</source>
        <translation>Opsplitsen in nieuw dossier</translation>
    </message>
    <message numerus="yes">
        <source>Title of the new case for the %n selected concern(s):</source>
        <translation>
            <numerusform>Titel van het nieuwe dossier voor de %n geselecteerde melding:</numerusform>
            <numerusform>Titel van het nieuwe dossier voor de %n geselecteerde meldingen:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>proxima::DocumentActions</name>
    <message>
        <source>&amp;Print Case Report...</source>
        <translation>Dossierrapport &amp;afdrukken...</translation>
    </message>
    <message>
        <source>Print a SARA summary of the case shown on the Cases page</source>
        <translation>Een SARA-samenvatting afdrukken van het dossier dat op de pagina Dossiers getoond wordt</translation>
    </message>
    <message>
        <source>Save Case Report as &amp;PDF...</source>
        <translation>Dossierrapport opslaan als &amp;PDF...</translation>
    </message>
    <message>
        <source>Save a SARA summary of the case shown on the Cases page as a PDF</source>
        <translation>Een SARA-samenvatting van het dossier dat op de pagina Dossiers getoond wordt, opslaan als PDF</translation>
    </message>
    <message>
        <source>&amp;Handover Pack...</source>
        <translation>&amp;Overdrachtspakket...</translation>
    </message>
    <message>
        <source>Save the open cases, actions, priorities and contacts of an area, with its map</source>
        <translation>De open dossiers, acties, prioriteiten en contacten van een wijk opslaan, met de kaart ervan</translation>
    </message>
    <message>
        <source>select a case on the Cases page first</source>
        <translation>selecteer eerst een dossier op de pagina Dossiers</translation>
    </message>
    <message>
        <source>Save case report as PDF</source>
        <translation>Dossierrapport opslaan als PDF</translation>
    </message>
    <message>
        <source>case-%1.pdf</source>
        <translation>dossier-%1.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-documenten (*.pdf)</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Alle wijken</translation>
    </message>
    <message>
        <source>Handover pack</source>
        <translation>Overdrachtspakket</translation>
    </message>
    <message>
        <source>Which area is handed over?</source>
        <translation>Welke wijk wordt overgedragen?</translation>
    </message>
    <message>
        <source>Save handover pack as PDF</source>
        <translation>Overdrachtspakket opslaan als PDF</translation>
    </message>
    <message>
        <source>handover.pdf</source>
        <translation>overdracht.pdf</translation>
    </message>
</context>
<context>
    <name>proxima::GeoreferenceDialog</name>
    <message>
        <source>Georeference the map</source>
        <translation>De kaart georefereren</translation>
    </message>
    <message>
        <source>Give two or more points you can find both on the plan and on the ground (a corner, a church, a crossing). Pick each point on the map, then type its latitude and longitude (WGS84 degrees, e.g. from a GPS or an online map). Three or more points far apart let the residuals reveal mistakes.</source>
        <translation>Geef twee of meer punten die u zowel op het plan als op het terrein kunt terugvinden (een hoek, een kerk, een kruispunt). Kies elk punt op de kaart en typ dan de breedte- en lengtegraad ervan (WGS84-graden, bv. van een gps of een online kaart). Met drie of meer punten ver uit elkaar brengen de residuen fouten aan het licht.</translation>
    </message>
    <message>
        <source>Control points</source>
        <translation>Referentiepunten</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
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
        <translation>Breedtegraad</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Lengtegraad</translation>
    </message>
    <message>
        <source>Residual (m)</source>
        <translation>Residu (m)</translation>
    </message>
    <message>
        <source>&amp;Add Point</source>
        <translation>Punt &amp;toevoegen</translation>
    </message>
    <message>
        <source>&amp;Remove Point</source>
        <translation>Punt &amp;verwijderen</translation>
    </message>
    <message>
        <source>&amp;Pick on Map</source>
        <translation>&amp;Kiezen op de kaart</translation>
    </message>
    <message>
        <source>Click on the map to set the pixel of the selected point</source>
        <translation>Klik op de kaart om de pixel van het geselecteerde punt in te stellen</translation>
    </message>
    <message>
        <source>Point %1 has no pixel: pick it on the map.</source>
        <translation>Punt %1 heeft geen pixel: kies het op de kaart.</translation>
    </message>
    <message>
        <source>Point %1 lies outside the plan.</source>
        <translation>Punt %1 ligt buiten het plan.</translation>
    </message>
    <message>
        <source>Point %1: type a latitude between -90 and 90.</source>
        <translation>Punt %1: typ een breedtegraad tussen -90 en 90.</translation>
    </message>
    <message>
        <source>Point %1: type a longitude between -180 and 180.</source>
        <translation>Punt %1: typ een lengtegraad tussen -180 en 180.</translation>
    </message>
    <message>
        <source>Not georeferenced: at least 2 complete points are needed.</source>
        <translation>Niet gegeorefereerd: minstens 2 volledige punten zijn nodig.</translation>
    </message>
    <message>
        <source>No fit: %1.</source>
        <translation>Geen passing: %1.</translation>
    </message>
    <message>
        <source>The points are degenerate: %1. Choose points far apart, not on one line.</source>
        <translation>De punten zijn ontaard: %1. Kies punten ver uit elkaar, niet op één lijn.</translation>
    </message>
    <message>
        <source>Point %1 is %2 m off the fit: check its pixel and coordinates.</source>
        <translation>Punt %1 ligt %2 m naast de passing: controleer de pixel en de coördinaten.</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>Gelijkvormigheid</translation>
    </message>
    <message>
        <source>Affine</source>
        <translation>Affien</translation>
    </message>
    <message>
        <source>%1 fit on %2 points, RMS %3 m, %4 m per pixel</source>
        <translation>%1-passing op %2 punten, RMS %3 m, %4 m per pixel</translation>
    </message>
    <message>
        <source>Two points fit exactly and cannot reveal a mistake: add a third point far from both.</source>
        <translation>Twee punten passen exact en kunnen geen fout aan het licht brengen: voeg een derde punt toe, ver van beide.</translation>
    </message>
</context>
<context>
    <name>proxima::HeatGrid</name>
    <message>
        <source>Incidents by weekday and hour</source>
        <translation>Incidenten per weekdag en uur</translation>
    </message>
    <message>
        <source>%1 incidents with a time; per day: %2</source>
        <translation>%1 incidenten met een tijdstip; per dag: %2</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>Darkest: %1 incidents. %2 incidents have no time and are not in the grid.</source>
        <translation>Donkerst: %1 incidenten. %2 incidenten hebben geen tijdstip en staan niet in het rooster.</translation>
    </message>
    <message>
        <source>Darkest: %1 incidents.</source>
        <translation>Donkerst: %1 incidenten.</translation>
    </message>
    <message>
        <source>%1 %2:00-%2:59: %3 incidents</source>
        <translation>%1 %2:00-%2:59: %3 incidenten</translation>
    </message>
</context>
<context>
    <name>proxima::HypothesisTableModel</name>
    <message>
        <source>Hypothesis</source>
        <translation>Hypothese</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bewijs</translation>
    </message>
</context>
<context>
    <name>proxima::IncidentImportDialog</name>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>Puntkomma (;)</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Komma (,)</translation>
    </message>
    <message>
        <source>Bar (|)</source>
        <translation>Verticale streep (|)</translation>
    </message>
    <message>
        <source>Import Incidents</source>
        <translation>Incidenten importeren</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Scheidingsteken</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Automatisch herkennen</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Codering</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Scheidingsteken:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>Co&amp;dering:</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolommen</translation>
    </message>
    <message>
        <source>%1 (required):</source>
        <translation>%1 (verplicht):</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Geweigerde rijen</translation>
    </message>
    <message>
        <source>Rejected rows:</source>
        <translation>Geweigerde rijen:</translation>
    </message>
    <message>
        <source>Import the &amp;valid rows</source>
        <translation>De &amp;geldige rijen importeren</translation>
    </message>
    <message>
        <source>Import &amp;nothing when a row is rejected</source>
        <translation>&amp;Niets importeren als een rij geweigerd wordt</translation>
    </message>
    <message>
        <source>&amp;Check Rows</source>
        <translation>Rijen &amp;controleren</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Bestand: %1</translation>
    </message>
    <message>
        <source>the file cannot be opened: %1</source>
        <translation>het bestand kan niet geopend worden: %1</translation>
    </message>
    <message>
        <source>Detected: %1, %2</source>
        <translation>Herkend: %1, %2</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(niet in het bestand)</translation>
    </message>
    <message>
        <source>%1 rows read, %2 valid, %3 rejected.</source>
        <translation>%1 rijen gelezen, %2 geldig, %3 geweigerd.</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was imported.</source>
        <translation>Import geannuleerd: er werd niets geïmporteerd.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) rejected: nothing was imported. Choose &quot;Import the valid rows&quot; to import the others.</source>
        <translation>
            <numerusform>%n rij geweigerd: er werd niets geïmporteerd. Kies &quot;De geldige rijen importeren&quot; om de andere te importeren.</numerusform>
            <numerusform>%n rijen geweigerd: er werd niets geïmporteerd. Kies &quot;De geldige rijen importeren&quot; om de andere te importeren.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 rows read: %2 imported, %3 already present, %4 rejected.</source>
        <translation>%1 rijen gelezen: %2 geïmporteerd, %3 al aanwezig, %4 geweigerd.</translation>
    </message>
    <message>
        <source>Importing incidents…</source>
        <translation>Incidenten worden geïmporteerd…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>%1 rows read: %2 imported, %3 already present, %4 rejected. Areas this workspace does not have (those rows have no area): %5.</source>
        <translation>%1 rijen gelezen: %2 geïmporteerd, %3 al aanwezig, %4 geweigerd. Wijken die deze werkruimte niet heeft (die rijen hebben geen wijk): %5.</translation>
    </message>
</context>
<context>
    <name>proxima::IncidentTableModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Wijk</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
</context>
<context>
    <name>proxima::IncidentsPage</name>
    <message>
        <source>any</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Wijk</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Vanaf</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Tot</translation>
    </message>
    <message>
        <source>Search address, reference, description…</source>
        <translation>Zoeken op adres, referentie, beschrijving…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importeren…</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <source>Area:</source>
        <translation>Wijk:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Vanaf:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Tot:</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidenten</translation>
    </message>
    <message>
        <source>Case to pick for</source>
        <translation>Dossier waarvoor gekozen wordt</translation>
    </message>
    <message>
        <source>&amp;Pick for Case</source>
        <translation>&amp;Kiezen voor dossier</translation>
    </message>
    <message>
        <source>Adds the selected incidents to the case&apos;s incident selection by hand</source>
        <translation>Voegt de geselecteerde incidenten met de hand toe aan de incidentselectie van het dossier</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message numerus="yes">
        <source>%L1 incident(s)</source>
        <translation>
            <numerusform>%L1 incident</numerusform>
            <numerusform>%L1 incidenten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>proxima::LaptopVotingPanel</name>
    <message>
        <source>Your name</source>
        <translation>Uw naam</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Uw &amp;naam:</translation>
    </message>
    <message>
        <source>&amp;Start my ballot</source>
        <translation>Mijn stembiljet &amp;starten</translation>
    </message>
    <message>
        <source>&amp;Cast my ballot</source>
        <translation>Mijn stembiljet &amp;uitbrengen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Open the session to start voting.</source>
        <translation>Open de sessie om te beginnen stemmen.</translation>
    </message>
    <message>
        <source>This session is closed.</source>
        <translation>Deze sessie is afgesloten.</translation>
    </message>
    <message>
        <source>Secret ballot: your choice is stored without your name. Pick your name and start.</source>
        <translation>Geheime stemming: uw keuze wordt zonder uw naam opgeslagen. Kies uw naam en begin.</translation>
    </message>
    <message>
        <source>Named ballot: the committee can see who voted what. Pick your name and start.</source>
        <translation>Stemming op naam: het comité kan zien wie wat stemde. Kies uw naam en begin.</translation>
    </message>
    <message>
        <source>Ballot of %1</source>
        <translation>Stembiljet van %1</translation>
    </message>
    <message>
        <source>Blank ballot</source>
        <translation>Blanco stembiljet</translation>
    </message>
    <message>
        <source>You left every problem out of your ranking. Cast a blank ballot? It counts you as having voted and gives no problem a place.</source>
        <translation>U hebt alle problemen uit uw rangschikking weggelaten. Een blanco stembiljet uitbrengen? U telt dan mee als stemmer en geen enkel probleem krijgt een plaats.</translation>
    </message>
    <message>
        <source>Cast a &amp;blank ballot</source>
        <translation>&amp;Blanco stemmen</translation>
    </message>
    <message>
        <source>&amp;Go back to my ballot</source>
        <translation>&amp;Terug naar mijn stembiljet</translation>
    </message>
    <message>
        <source>The list of voters could not be read: %1</source>
        <translation>De lijst van kiezers kon niet gelezen worden: %1</translation>
    </message>
    <message>
        <source>Ballot not accepted: %1</source>
        <translation>Stembiljet niet aanvaard: %1</translation>
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
    <message>
        <source>Home</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Analyse</source>
        <translation>Analyseren</translation>
    </message>
    <message>
        <source>Patterns</source>
        <translation>Patronen</translation>
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
        <source>&amp;Map</source>
        <translation>&amp;Kaart</translation>
    </message>
    <message>
        <source>Concern %1: %2</source>
        <translation>Melding %1: %2</translation>
    </message>
    <message>
        <source>&amp;Voting</source>
        <translation>&amp;Stemmen</translation>
    </message>
    <message>
        <source>Action Ma&amp;trix</source>
        <translation>Actie&amp;matrix</translation>
    </message>
    <message>
        <source>M&amp;eetings</source>
        <translation>V&amp;ergaderingen</translation>
    </message>
    <message>
        <source>&amp;Budget</source>
        <translation>B&amp;udget</translation>
    </message>
    <message>
        <source>Import &amp;Incidents...</source>
        <translation>&amp;Incidenten importeren...</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Scannen</translation>
    </message>
    <message>
        <source>Co&amp;ncerns</source>
        <translation>Me&amp;ldingen</translation>
    </message>
    <message>
        <source>&amp;Incidents</source>
        <translation>&amp;Incidenten</translation>
    </message>
    <message>
        <source>Import incidents</source>
        <translation>Incidenten importeren</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-bestanden (*.csv *.txt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>%1 incidents imported, %2 already present</source>
        <translation>%1 incidenten geïmporteerd, %2 al aanwezig</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporteren</translation>
    </message>
    <message>
        <source>%1 (read-only)[*] — Proxima</source>
        <translation>%1 (alleen-lezen)[*] — Proxima</translation>
    </message>
    <message>
        <source>Upgrade the workspace?</source>
        <translation>De werkruimte upgraden?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was written by an older version of Proxima (schema %2; this version uses %3).</source>
        <translation>&quot;%1&quot; werd geschreven door een oudere versie van Proxima (schema %2; deze versie gebruikt %3).</translation>
    </message>
    <message>
        <source>It was last saved by %1 on %2 with Proxima %3. Anyone who still uses that version will no longer be able to open the workspace once it is upgraded. A copy of the file as it is now is kept beside it.

Upgrade it now, or open it read-only without changing it?</source>
        <translation>Ze werd het laatst opgeslagen door %1 op %2 met Proxima %3. Wie die versie nog gebruikt, zal de werkruimte niet meer kunnen openen zodra ze een upgrade gekregen heeft. Een kopie van het bestand zoals het nu is, wordt ernaast bewaard.

Nu upgraden, of alleen-lezen openen zonder ze te wijzigen?</translation>
    </message>
    <message>
        <source>an unknown member</source>
        <translation>een onbekend lid</translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>een onbekende datum</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(onbekend)</translation>
    </message>
    <message>
        <source>&amp;Upgrade</source>
        <translation>&amp;Upgraden</translation>
    </message>
    <message>
        <source>Open &amp;Read-Only</source>
        <translation>&amp;Alleen-lezen openen</translation>
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
        <translation>Melding</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Hotspots: %1</source>
        <translation>Hotspots: %1</translation>
    </message>
    <message>
        <source>Map legend</source>
        <translation>Legende van de kaart</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>tot %1</translation>
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
        <translation>Kaartafbeelding &amp;laden...</translation>
    </message>
    <message>
        <source>Load a plan of the area (PNG, JPG or SVG), e.g. one exported from the municipality</source>
        <translation>Laad een plan van de wijk (PNG, JPG of SVG), bv. een dat door de gemeente geëxporteerd werd</translation>
    </message>
    <message>
        <source>&amp;Georeference...</source>
        <translation>&amp;Georefereren...</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Inzoomen</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Inzoomen (+)</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Uitzoomen</translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation>Uitzoomen (-)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Passend</translation>
    </message>
    <message>
        <source>Show the whole map</source>
        <translation>De hele kaart tonen</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>D&amp;ossiers</translation>
    </message>
    <message>
        <source>C&amp;oncerns</source>
        <translation>M&amp;eldingen</translation>
    </message>
    <message>
        <source>&amp;Incidents</source>
        <translation>&amp;Incidenten</translation>
    </message>
    <message>
        <source>&amp;Hotspots</source>
        <translation>&amp;Hotspots</translation>
    </message>
    <message>
        <source>Unplaced</source>
        <translation>Niet geplaatst</translation>
    </message>
    <message>
        <source>Cases and concerns not on the map</source>
        <translation>Dossiers en meldingen die niet op de kaart staan</translation>
    </message>
    <message>
        <source>&amp;Place on Map</source>
        <translation>Op de kaart &amp;plaatsen</translation>
    </message>
    <message>
        <source>Then click on the map where it belongs (Escape cancels)</source>
        <translation>Klik dan op de kaart waar het hoort (Escape annuleert)</translation>
    </message>
    <message>
        <source>Hotspots</source>
        <translation>Hotspots</translation>
    </message>
    <message>
        <source>Kernel density</source>
        <translation>Kerndichtheid</translation>
    </message>
    <message>
        <source>Grid counts</source>
        <translation>Aantallen per cel</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Methode:</translation>
    </message>
    <message>
        <source> m</source>
        <translation> m</translation>
    </message>
    <message>
        <source>C&amp;ell size:</source>
        <translation>Celg&amp;rootte:</translation>
    </message>
    <message>
        <source>&amp;Bandwidth:</source>
        <translation>&amp;Bandbreedte:</translation>
    </message>
    <message>
        <source>Incidents and concerns</source>
        <translation>Incidenten en meldingen</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidenten</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Meldingen</translation>
    </message>
    <message>
        <source>&amp;Of:</source>
        <translation>&amp;Van:</translation>
    </message>
    <message>
        <source>Incident &amp;category:</source>
        <translation>Incident&amp;categorie:</translation>
    </message>
    <message>
        <source>any</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>Va&amp;naf:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Tot:</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle categorieën</translation>
    </message>
    <message>
        <source>No map yet: load a plan of the neighbourhood (PNG, JPG or SVG). Everything stays in the workspace; no internet is needed.</source>
        <translation>Nog geen kaart: laad een plan van de wijk (PNG, JPG of SVG). Alles blijft in de werkruimte; er is geen internet nodig.</translation>
    </message>
    <message>
        <source>Click on the map where it belongs (Escape cancels).</source>
        <translation>Klik op de kaart waar het hoort (Escape annuleert).</translation>
    </message>
    <message>
        <source>Click on the map to pick the pixel of control point %1 (Escape cancels).</source>
        <translation>Klik op de kaart om de pixel van referentiepunt %1 te kiezen (Escape annuleert).</translation>
    </message>
    <message numerus="yes">
        <source>The map is not georeferenced: %n record(s) with only coordinates (e.g. incidents) cannot be drawn. Use Georeference... to fix it.</source>
        <translation>
            <numerusform>De kaart is niet gegeorefereerd: %n record met enkel coördinaten (bv. incidenten) kan niet getekend worden. Gebruik Georefereren... om dit op te lossen.</numerusform>
            <numerusform>De kaart is niet gegeorefereerd: %n records met enkel coördinaten (bv. incidenten) kunnen niet getekend worden. Gebruik Georefereren... om dit op te lossen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The map is not georeferenced: records with only coordinates cannot be drawn.</source>
        <translation>De kaart is niet gegeorefereerd: records met enkel coördinaten kunnen niet getekend worden.</translation>
    </message>
    <message>
        <source>Hotspots: %1.</source>
        <translation>Hotspots: %1.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>Load a map image</source>
        <translation>Een kaartafbeelding laden</translation>
    </message>
    <message>
        <source>Map images (*.png *.jpg *.jpeg *.svg);;All files (*)</source>
        <translation>Kaartafbeeldingen (*.png *.jpg *.jpeg *.svg);;Alle bestanden (*)</translation>
    </message>
</context>
<context>
    <name>proxima::MapView</name>
    <message>
        <source>Neighbourhood map</source>
        <translation>Wijkkaart</translation>
    </message>
</context>
<context>
    <name>proxima::MatrixHeaderDialog</name>
    <message>
        <source>Header and signatures</source>
        <translation>Kopregel en handtekeningen</translation>
    </message>
    <message>
        <source>Action matrix</source>
        <translation>Actiematrix</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Logo file</source>
        <translation>Logobestand</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Bladeren...</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Images (*.png *.svg *.jpg)</source>
        <translation>Afbeeldingen (*.png *.svg *.jpg)</translation>
    </message>
    <message>
        <source>Print a &amp;signature block</source>
        <translation>Een &amp;handtekeningenblok afdrukken</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>Ondertekenaars</translation>
    </message>
    <message>
        <source>&amp;Partners of the actions</source>
        <translation>&amp;Partners van de acties</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>Toevoe&amp;gen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation>&amp;Logo:</translation>
    </message>
</context>
<context>
    <name>proxima::MatrixPage</name>
    <message>
        <source>Action matrix</source>
        <translation>Actiematrix</translation>
    </message>
    <message>
        <source>Print preview of the matrix</source>
        <translation>Afdrukvoorbeeld van de matrix</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Wijk</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>any</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Periode vanaf</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Periode tot</translation>
    </message>
    <message>
        <source>Search actions</source>
        <translation>Acties zoeken</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Opmaak</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabel</translation>
    </message>
    <message>
        <source>Phase grid</source>
        <translation>Fasenrooster</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Papierformaat</translation>
    </message>
    <message>
        <source>&amp;Landscape</source>
        <translation>&amp;Liggend</translation>
    </message>
    <message>
        <source>C&amp;olumns</source>
        <translation>K&amp;olommen</translation>
    </message>
    <message>
        <source>&amp;Header...</source>
        <translation>&amp;Kopregel...</translation>
    </message>
    <message>
        <source>Title, logo and signature block of the printed matrix</source>
        <translation>Titel, logo en handtekeningenblok van de afgedrukte matrix</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>&amp;Afdrukken...</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporteren</translation>
    </message>
    <message>
        <source>PDF...</source>
        <translation>PDF...</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)...</source>
        <translation>Excel-werkmap (XLSX)...</translation>
    </message>
    <message>
        <source>CSV...</source>
        <translation>CSV...</translation>
    </message>
    <message>
        <source>Due dates as iCalendar (ICS)...</source>
        <translation>Vervaldatums als iCalendar (ICS)...</translation>
    </message>
    <message>
        <source>Area:</source>
        <translation>Wijk:</translation>
    </message>
    <message>
        <source>Case:</source>
        <translation>Dossier:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Vanaf:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Tot:</translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation>Opmaak:</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papier:</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Alle wijken</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>Alle dossiers</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Print the action matrix</source>
        <translation>De actiematrix afdrukken</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-documenten (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-werkmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-bestanden (*.ics)</translation>
    </message>
    <message>
        <source>Export the action matrix</source>
        <translation>De actiematrix exporteren</translation>
    </message>
    <message>
        <source>action-matrix</source>
        <translation>actiematrix</translation>
    </message>
</context>
<context>
    <name>proxima::MatrixTreeModel</name>
    <message numerus="yes">
        <source>Grand total (%n action(s))</source>
        <translation>
            <numerusform>Eindtotaal (%n actie)</numerusform>
            <numerusform>Eindtotaal (%n acties)</numerusform>
        </translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
</context>
<context>
    <name>proxima::MeasureDialog</name>
    <message>
        <source>Edit measure</source>
        <translation>Meting bewerken</translation>
    </message>
    <message>
        <source>New measure</source>
        <translation>Nieuwe meting</translation>
    </message>
    <message>
        <source>&amp;Baseline and areas</source>
        <translation>&amp;Nulmeting en gebieden</translation>
    </message>
    <message>
        <source>&amp;Follow-ups</source>
        <translation>&amp;Opvolgmetingen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>What is counted</source>
        <translation>Wat er geteld wordt</translation>
    </message>
    <message>
        <source>every category; or e.g. Theft, Burglary</source>
        <translation>elke categorie; of bv. Diefstal, Inbraak</translation>
    </message>
    <message>
        <source>(whole neighbourhood)</source>
        <translation>(hele wijk)</translation>
    </message>
    <message>
        <source>A &amp;higher value is better (e.g. people who feel safe)</source>
        <translation>Een &amp;hogere waarde is beter (bv. mensen die zich veilig voelen)</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>geen datum</translation>
    </message>
    <message>
        <source>Baseline period start</source>
        <translation>Begin van de nulmetingsperiode</translation>
    </message>
    <message>
        <source>Baseline period end</source>
        <translation>Einde van de nulmetingsperiode</translation>
    </message>
    <message>
        <source>Baseline value</source>
        <translation>Waarde van de nulmeting</translation>
    </message>
    <message>
        <source>Target value</source>
        <translation>Streefwaarde</translation>
    </message>
    <message>
        <source>(no comparison area)</source>
        <translation>(geen vergelijkingsgebied)</translation>
    </message>
    <message>
        <source>Comparison area baseline</source>
        <translation>Nulmeting van het vergelijkingsgebied</translation>
    </message>
    <message>
        <source>(no nearby area)</source>
        <translation>(geen aangrenzend gebied)</translation>
    </message>
    <message>
        <source>Nearby area before</source>
        <translation>Aangrenzend gebied vooraf</translation>
    </message>
    <message>
        <source>&amp;What is counted:</source>
        <translation>&amp;Wat er geteld wordt:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Bron:</translation>
    </message>
    <message>
        <source>Incident &amp;categories:</source>
        <translation>Incident&amp;categorieën:</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>Wij&amp;k:</translation>
    </message>
    <message>
        <source>Baseline &amp;period:</source>
        <translation>Nulmetings&amp;periode:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>tot</translation>
    </message>
    <message>
        <source>Baseline &amp;value:</source>
        <translation>Waarde &amp;van de nulmeting:</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Doel:</translation>
    </message>
    <message>
        <source>C&amp;omparison area:</source>
        <translation>Ver&amp;gelijkingsgebied:</translation>
    </message>
    <message>
        <source>before:</source>
        <translation>vooraf:</translation>
    </message>
    <message>
        <source>&amp;Nearby area (displacement):</source>
        <translation>&amp;Aangrenzend gebied (verplaatsing):</translation>
    </message>
    <message>
        <source>Follow-up periods and values</source>
        <translation>Opvolgperiodes en waarden</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Vanaf</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Tot</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Comparison area</source>
        <translation>Vergelijkingsgebied</translation>
    </message>
    <message>
        <source>Nearby area</source>
        <translation>Aangrenzend gebied</translation>
    </message>
    <message>
        <source>&amp;Add period</source>
        <translation>Periode &amp;toevoegen</translation>
    </message>
    <message>
        <source>&amp;Remove period</source>
        <translation>Periode &amp;verwijderen</translation>
    </message>
    <message>
        <source>Dates as YYYY-MM-DD. Leave the area values empty when they were not counted. Measures counted from incidents fill the values themselves.</source>
        <translation>Datums als JJJJ-MM-DD. Laat de waarden van de gebieden leeg als ze niet geteld werden. Metingen die uit incidenten geteld worden, vullen de waarden zelf in.</translation>
    </message>
    <message>
        <source>counted</source>
        <translation>geteld</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>&quot;%1&quot; is geen getal</translation>
    </message>
    <message>
        <source>follow-up %1</source>
        <translation>opvolgmeting %1</translation>
    </message>
    <message>
        <source>the dates must read as YYYY-MM-DD</source>
        <translation>de datums moeten de vorm JJJJ-MM-DD hebben</translation>
    </message>
    <message>
        <source>the value must be a number</source>
        <translation>de waarde moet een getal zijn</translation>
    </message>
    <message>
        <source>the comparison area value must be a number</source>
        <translation>de waarde van het vergelijkingsgebied moet een getal zijn</translation>
    </message>
    <message>
        <source>the nearby area value must be a number</source>
        <translation>de waarde van het aangrenzend gebied moet een getal zijn</translation>
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
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>What is counted</source>
        <translation>Wat er geteld wordt</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Voor</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Na</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Verandering</translation>
    </message>
    <message>
        <source>Change %</source>
        <translation>Verandering %</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Gehaald</translation>
    </message>
</context>
<context>
    <name>proxima::MeetingEditor</name>
    <message>
        <source>Meeting title</source>
        <translation>Titel van de vergadering</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>niet ingesteld</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Aanwezigen</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Notulen</translation>
    </message>
    <message>
        <source>General notes of the meeting; a blank line starts a new paragraph.</source>
        <translation>Algemene notities van de vergadering; een lege regel begint een nieuwe alinea.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>T&amp;ime:</source>
        <translation>T&amp;ijd:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Plaats:</translation>
    </message>
    <message>
        <source>Attendees (tick who was present):</source>
        <translation>Aanwezigen (vink aan wie aanwezig was):</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>Agendapunten</translation>
    </message>
    <message>
        <source>&amp;Add Item</source>
        <translation>Punt &amp;toevoegen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Om&amp;hoog</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Om&amp;laag</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Nieuw punt</translation>
    </message>
    <message>
        <source>Item title</source>
        <translation>Titel van het punt</translation>
    </message>
    <message>
        <source>Case discussed</source>
        <translation>Besproken dossier</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslissing</translation>
    </message>
    <message>
        <source>Actions agreed under this item</source>
        <translation>Acties afgesproken onder dit punt</translation>
    </message>
    <message>
        <source>New &amp;Action from Item...</source>
        <translation>Nieuwe &amp;actie vanuit punt...</translation>
    </message>
    <message>
        <source>Creates an action on the item&apos;s case and records it as agreed at this meeting</source>
        <translation>Maakt een actie aan in het dossier van het punt en legt vast dat ze op deze vergadering werd afgesproken</translation>
    </message>
    <message>
        <source>Ti&amp;tle:</source>
        <translation>Ti&amp;tel:</translation>
    </message>
    <message>
        <source>&amp;Case:</source>
        <translation>&amp;Dossier:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notities:</translation>
    </message>
    <message>
        <source>D&amp;ecision:</source>
        <translation>B&amp;eslissing:</translation>
    </message>
    <message>
        <source>Actions agreed:</source>
        <translation>Afgesproken acties:</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Vergadering</translation>
    </message>
    <message>
        <source>Agenda and Decisions</source>
        <translation>Agenda en beslissingen</translation>
    </message>
    <message>
        <source>(no case)</source>
        <translation>(geen dossier)</translation>
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
        <translation>CoPmittee-vergadering</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Vergadering</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
</context>
<context>
    <name>proxima::MeetingsPage</name>
    <message>
        <source>Meetings</source>
        <translation>Vergaderingen</translation>
    </message>
    <message>
        <source>&amp;New Meeting</source>
        <translation>&amp;Nieuwe vergadering</translation>
    </message>
    <message>
        <source>&amp;Delete Meeting</source>
        <translation>Vergadering &amp;verwijderen</translation>
    </message>
    <message>
        <source>CoPmittee meeting</source>
        <translation>CoPmittee-vergadering</translation>
    </message>
    <message>
        <source>&amp;Save Meeting</source>
        <translation>Vergadering op&amp;slaan</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Documenten</translation>
    </message>
    <message>
        <source>Print &amp;Agenda...</source>
        <translation>&amp;Agenda afdrukken...</translation>
    </message>
    <message>
        <source>Print &amp;Minutes...</source>
        <translation>&amp;Notulen afdrukken...</translation>
    </message>
    <message>
        <source>Agenda as PDF...</source>
        <translation>Agenda als PDF...</translation>
    </message>
    <message>
        <source>Minutes as PDF...</source>
        <translation>Notulen als PDF...</translation>
    </message>
    <message>
        <source>%1 (lead: %2)</source>
        <translation>%1 (trekker: %2)</translation>
    </message>
    <message>
        <source>the item &quot;%1&quot; is not about a case; link a case first</source>
        <translation>het punt &quot;%1&quot; gaat niet over een dossier; koppel eerst een dossier</translation>
    </message>
    <message>
        <source>case</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>Action agreed</source>
        <translation>Actie afgesproken</translation>
    </message>
    <message>
        <source>What will be done?</source>
        <translation>Wat zal er gedaan worden?</translation>
    </message>
    <message>
        <source>select a meeting first</source>
        <translation>selecteer eerst een vergadering</translation>
    </message>
    <message>
        <source>agenda.pdf</source>
        <translation>agenda.pdf</translation>
    </message>
    <message>
        <source>minutes.pdf</source>
        <translation>notulen.pdf</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Opslaan als PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-documenten (*.pdf)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <source>Save your changes to the meeting &quot;%1&quot;?</source>
        <translation>Uw wijzigingen aan de vergadering &quot;%1&quot; opslaan?</translation>
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
    <name>proxima::PaperEntryPanel</name>
    <message>
        <source>&amp;Import ballots from a file (CSV or PrefLib)...</source>
        <translation>Stembiljetten &amp;importeren uit een bestand (CSV of PrefLib)...</translation>
    </message>
    <message>
        <source>Entry channel</source>
        <translation>Invoerkanaal</translation>
    </message>
    <message>
        <source>Enter one paper ballot (or several identical ones) as it is written.</source>
        <translation>Voer één papieren stembiljet (of meerdere identieke) in zoals het geschreven is.</translation>
    </message>
    <message>
        <source>Identical ballots</source>
        <translation>Identieke stembiljetten</translation>
    </message>
    <message>
        <source>Identical &amp;ballots:</source>
        <translation>Identieke &amp;stembiljetten:</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>&amp;Add paper ballot</source>
        <translation>Papieren stembiljet &amp;toevoegen</translation>
    </message>
    <message>
        <source>Enter the counted totals per item (paper ballots or sticker dots).</source>
        <translation>Voer de getelde totalen per punt in (papieren stembiljetten of stickerstippen).</translation>
    </message>
    <message>
        <source>Voters these totals come from</source>
        <translation>Kiezers van wie deze totalen komen</translation>
    </message>
    <message>
        <source>From how many &amp;voters:</source>
        <translation>Van hoeveel kie&amp;zers:</translation>
    </message>
    <message>
        <source>Sticker dots</source>
        <translation>Stickerstippen</translation>
    </message>
    <message>
        <source>Paper ballots</source>
        <translation>Papieren stembiljetten</translation>
    </message>
    <message>
        <source>&amp;Add counted totals</source>
        <translation>Getelde totalen &amp;toevoegen</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Kanaal:</translation>
    </message>
    <message numerus="yes">
        <source>%n paper ballot(s) added.</source>
        <translation>
            <numerusform>%n papieren stembiljet toegevoegd.</numerusform>
            <numerusform>%n papieren stembiljetten toegevoegd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Totals added to the %1 subtotal.</source>
        <translation>Totalen toegevoegd aan het subtotaal %1.</translation>
    </message>
    <message>
        <source>the file has %1 candidates, the session %2</source>
        <translation>het bestand heeft %1 kandidaten, de sessie %2</translation>
    </message>
    <message numerus="yes">
        <source>%n ballot(s) imported.</source>
        <translation>
            <numerusform>%n stembiljet geïmporteerd.</numerusform>
            <numerusform>%n stembiljetten geïmporteerd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import ballots</source>
        <translation>Stembiljetten importeren</translation>
    </message>
    <message>
        <source>Ballot files (*.csv *.soc *.soi *.toc *.toi);;All files (*)</source>
        <translation>Stembiljetbestanden (*.csv *.soc *.soi *.toc *.toi);;Alle bestanden (*)</translation>
    </message>
</context>
<context>
    <name>proxima::PatternsTab</name>
    <message>
        <source>Period from</source>
        <translation>Periode vanaf</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Periode tot</translation>
    </message>
    <message>
        <source>&amp;Whole period</source>
        <translation>&amp;Hele periode</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Vanaf:</translation>
    </message>
    <message>
        <source>&amp;to:</source>
        <translation>&amp;tot:</translation>
    </message>
    <message>
        <source>When: incidents by weekday and hour</source>
        <translation>Wanneer: incidenten per weekdag en uur</translation>
    </message>
    <message>
        <source>Incidents per month</source>
        <translation>Incidenten per maand</translation>
    </message>
    <message>
        <source>Monthly trend</source>
        <translation>Maandelijkse trend</translation>
    </message>
    <message>
        <source>Incidents by category</source>
        <translation>Incidenten per categorie</translation>
    </message>
    <message>
        <source>Concerns by category (all dates)</source>
        <translation>Meldingen per categorie (alle datums)</translation>
    </message>
    <message>
        <source>Concerns by category</source>
        <translation>Meldingen per categorie</translation>
    </message>
    <message>
        <source>(no category)</source>
        <translation>(geen categorie)</translation>
    </message>
    <message>
        <source>Incidents by category: none in this period</source>
        <translation>Incidenten per categorie: geen in deze periode</translation>
    </message>
    <message>
        <source>No case selected.</source>
        <translation>Geen dossier geselecteerd.</translation>
    </message>
    <message>
        <source>No incidents are linked to this case yet.</source>
        <translation>Er zijn nog geen incidenten aan dit dossier gekoppeld.</translation>
    </message>
    <message>
        <source>%1 of %2 linked incidents in this period</source>
        <translation>%1 van %2 gekoppelde incidenten in deze periode</translation>
    </message>
    <message>
        <source>Concerns by category: none linked to this case</source>
        <translation>Meldingen per categorie: geen gekoppeld aan dit dossier</translation>
    </message>
</context>
<context>
    <name>proxima::PrivacyScreen</name>
    <message>
        <source>Privacy screen</source>
        <translation>Privacyscherm</translation>
    </message>
    <message>
        <source>Your ballot is in.
Pass the laptop to the next voter.</source>
        <translation>Uw stembiljet is binnen.
Geef de laptop door aan de volgende kiezer.</translation>
    </message>
    <message>
        <source>I am the next voter</source>
        <translation>Ik ben de volgende kiezer</translation>
    </message>
</context>
<context>
    <name>proxima::ProjectorWindow</name>
    <message>
        <source>Proxima — projector</source>
        <translation>Proxima — projector</translation>
    </message>
    <message>
        <source>Projector view</source>
        <translation>Projectorweergave</translation>
    </message>
    <message>
        <source>Next item</source>
        <translation>Volgend punt</translation>
    </message>
    <message>
        <source>%1 of %2 have voted</source>
        <translation>%1 van %2 hebben gestemd</translation>
    </message>
    <message>
        <source>Results after the vote closes</source>
        <translation>Resultaten nadat de stemming sluit</translation>
    </message>
    <message>
        <source>No ballots yet</source>
        <translation>Nog geen stembiljetten</translation>
    </message>
    <message>
        <source>Tied first place</source>
        <translation>Gedeelde eerste plaats</translation>
    </message>
    <message>
        <source>First place</source>
        <translation>Eerste plaats</translation>
    </message>
</context>
<context>
    <name>proxima::RespondTab</name>
    <message>
        <source>Actions of the case</source>
        <translation>Acties van het dossier</translation>
    </message>
    <message>
        <source>&amp;Add Action...</source>
        <translation>Actie &amp;toevoegen...</translation>
    </message>
    <message>
        <source>&amp;Edit Action...</source>
        <translation>Actie &amp;bewerken...</translation>
    </message>
    <message>
        <source>&amp;Delete Action</source>
        <translation>Actie &amp;verwijderen</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Om&amp;hoog</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Om&amp;laag</translation>
    </message>
    <message>
        <source>the action &quot;%1&quot;</source>
        <translation>de actie &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Totals (without dropped actions): %1 police hours, %2 volunteer hours, %3</source>
        <translation>Totalen (zonder geschrapte acties): %1 politie-uren, %2 vrijwilligersuren, %3</translation>
    </message>
    <message>
        <source>Select a case to see its action plan.</source>
        <translation>Selecteer een dossier om het actieplan ervan te zien.</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s), %1 done, %2 referred to other services</source>
        <translation>
            <numerusform>%n actie, %1 uitgevoerd, %2 doorverwezen naar andere diensten</numerusform>
            <numerusform>%n acties, %1 uitgevoerd, %2 doorverwezen naar andere diensten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
status: %2, lead: %3, %4 – %5
%6</source>
        <translation>%1
status: %2, trekker: %3, %4 – %5
%6</translation>
    </message>
    <message>
        <source>Delete action</source>
        <translation>Actie verwijderen</translation>
    </message>
    <message>
        <source>Delete the action &quot;%1&quot;? You can undo this.</source>
        <translation>De actie &quot;%1&quot; verwijderen? U kunt dit ongedaan maken.</translation>
    </message>
</context>
<context>
    <name>proxima::ResultsView</name>
    <message>
        <source>Ranking</source>
        <translation>Rangschikking</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Berekening</translation>
    </message>
    <message>
        <source>How is this counted?</source>
        <translation>Hoe wordt dit geteld?</translation>
    </message>
    <message>
        <source>Export &amp;CSV...</source>
        <translation>&amp;CSV exporteren...</translation>
    </message>
    <message>
        <source>Export results sheet (&amp;PDF)...</source>
        <translation>Resultatenblad exporteren (&amp;PDF)...</translation>
    </message>
    <message>
        <source>A member may leave problems out and may put several at the same place. Schulze compares by winning votes unless margins were chosen; Borda gives one point per problem ranked below; Copeland one point per duel won and a half per tied duel; IRV sets aside ballots with no choice left (exhausted).</source>
        <translation>Een lid mag problemen weglaten en er meerdere op dezelfde plaats zetten. Schulze vergelijkt met winnende stemmen, tenzij marges gekozen werden; Borda geeft één punt per lager gerangschikt probleem; Copeland één punt per gewonnen duel en een half per gelijkspel; IRV legt stembiljetten zonder resterende keuze opzij (uitgeput).</translation>
    </message>
    <message>
        <source>%1. The results stay hidden until the session closes.</source>
        <translation>%1. De resultaten blijven verborgen tot de sessie afgesloten is.</translation>
    </message>
    <message>
        <source> (final)</source>
        <translation> (definitief)</translation>
    </message>
    <message>
        <source> (provisional)</source>
        <translation> (voorlopig)</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Kandidaat</translation>
    </message>
    <message>
        <source>Pairwise duels (row preferred to column)</source>
        <translation>Paarsgewijze duels (rij verkozen boven kolom)</translation>
    </message>
    <message>
        <source>Strongest paths</source>
        <translation>Sterkste paden</translation>
    </message>
    <message>
        <source>Wins</source>
        <translation>Gewonnen</translation>
    </message>
    <message>
        <source>Ties</source>
        <translation>Gelijk</translation>
    </message>
    <message>
        <source>Losses</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>Copeland duels</source>
        <translation>Copeland-duels</translation>
    </message>
    <message>
        <source>In play</source>
        <translation>In het spel</translation>
    </message>
    <message>
        <source>Exhausted</source>
        <translation>Uitgeput</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Uitslag</translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation>Ronde %1</translation>
    </message>
    <message>
        <source>elected: %1</source>
        <translation>verkozen: %1</translation>
    </message>
    <message>
        <source>eliminated: %1</source>
        <translation>afgevallen: %1</translation>
    </message>
    <message>
        <source>IRV rounds</source>
        <translation>IRV-ronden</translation>
    </message>
    <message>
        <source>Totals per channel</source>
        <translation>Totalen per kanaal</translation>
    </message>
    <message>
        <source>Tie-break: %1</source>
        <translation>Beslissing bij gelijke stand: %1</translation>
    </message>
    <message>
        <source>no results to export</source>
        <translation>geen resultaten om te exporteren</translation>
    </message>
    <message>
        <source>Export results sheet</source>
        <translation>Resultatenblad exporteren</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Resultaten exporteren</translation>
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
        <translation>De stembiljetten konden niet geteld worden: %1</translation>
    </message>
    <message>
        <source>%1 — counted with %2%3</source>
        <translation>%1 — geteld met %2%3</translation>
    </message>
    <message>
        <source>Voters</source>
        <translation>Kiezers</translation>
    </message>
</context>
<context>
    <name>proxima::ScanTab</name>
    <message>
        <source>any</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>Concerns grouped in this case</source>
        <translation>Meldingen die in dit dossier gegroepeerd zijn</translation>
    </message>
    <message>
        <source>Concerns of the case</source>
        <translation>Meldingen van het dossier</translation>
    </message>
    <message>
        <source>&amp;Add Concern…</source>
        <translation>Melding &amp;toevoegen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <source>Move the selected concerns to</source>
        <translation>De geselecteerde meldingen verplaatsen naar</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Verplaatsen</translation>
    </message>
    <message>
        <source>Move selected to:</source>
        <translation>Selectie verplaatsen naar:</translation>
    </message>
    <message>
        <source>Incidents this case looks at</source>
        <translation>Incidenten waarnaar dit dossier kijkt</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Wijk</translation>
    </message>
    <message>
        <source>Types</source>
        <translation>Types</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Vanaf</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Tot</translation>
    </message>
    <message>
        <source>Apply &amp;Selection</source>
        <translation>&amp;Selectie toepassen</translation>
    </message>
    <message>
        <source>Area:</source>
        <translation>Wijk:</translation>
    </message>
    <message>
        <source>Types (none ticked = all):</source>
        <translation>Types (niets aangevinkt = alle):</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Vanaf:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Tot:</translation>
    </message>
    <message>
        <source>(out of this case)</source>
        <translation>(uit dit dossier halen)</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Alle wijken</translation>
    </message>
    <message>
        <source>No selection yet: %L1 incident(s) picked by hand.</source>
        <translation>Nog geen selectie: %L1 incident(en) met de hand gekozen.</translation>
    </message>
    <message>
        <source>%L1 incident(s), of which %L2 picked by hand.</source>
        <translation>%L1 incident(en), waarvan %L2 met de hand gekozen.</translation>
    </message>
</context>
<context>
    <name>proxima::SessionEditor</name>
    <message>
        <source>Meeting</source>
        <translation>Vergadering</translation>
    </message>
    <message>
        <source>New meeting &amp;today</source>
        <translation>Nieuwe vergadering van&amp;daag</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>Vr&amp;aag:</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Kandidaten</translation>
    </message>
    <message>
        <source>Another item to vote on</source>
        <translation>Nog een punt om over te stemmen</translation>
    </message>
    <message>
        <source>Add &amp;item</source>
        <translation>&amp;Punt toevoegen</translation>
    </message>
    <message>
        <source>&amp;Candidates:</source>
        <translation>&amp;Kandidaten:</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Me&amp;thod:</source>
        <translation>Me&amp;thode:</translation>
    </message>
    <message>
        <source>Dots per voter</source>
        <translation>Stippen per kiezer</translation>
    </message>
    <message>
        <source>Dots per item at most</source>
        <translation>Hoogstens zoveel stippen per punt</translation>
    </message>
    <message>
        <source>dots per voter</source>
        <translation>stippen per kiezer</translation>
    </message>
    <message>
        <source>at most per item</source>
        <translation>hoogstens per punt</translation>
    </message>
    <message>
        <source>Dots:</source>
        <translation>Stippen:</translation>
    </message>
    <message>
        <source>Approvals at most (0 = no limit)</source>
        <translation>Hoogstens zoveel goedkeuringen (0 = geen limiet)</translation>
    </message>
    <message>
        <source>Highest score</source>
        <translation>Hoogste score</translation>
    </message>
    <message>
        <source>approvals at most (0 = any)</source>
        <translation>hoogstens zoveel goedkeuringen (0 = onbeperkt)</translation>
    </message>
    <message>
        <source>highest score</source>
        <translation>hoogste score</translation>
    </message>
    <message>
        <source>Approval, score:</source>
        <translation>Goedkeuring, score:</translation>
    </message>
    <message>
        <source>Winning votes</source>
        <translation>Winnende stemmen</translation>
    </message>
    <message>
        <source>Margins</source>
        <translation>Marges</translation>
    </message>
    <message>
        <source>Unranked below every ranked one</source>
        <translation>Niet gerangschikt onder elke gerangschikte</translation>
    </message>
    <message>
        <source>Unranked not compared</source>
        <translation>Niet gerangschikt niet vergeleken</translation>
    </message>
    <message>
        <source>Ranked ballots:</source>
        <translation>Gerangschikte stembiljetten:</translation>
    </message>
    <message>
        <source>Tie-break rule</source>
        <translation>Regel bij gelijke stand</translation>
    </message>
    <message>
        <source>No tie-break (shared places)</source>
        <translation>Geen beslissing (gedeelde plaatsen)</translation>
    </message>
    <message>
        <source>A second method</source>
        <translation>Een tweede methode</translation>
    </message>
    <message>
        <source>A lottery</source>
        <translation>Een loting</translation>
    </message>
    <message>
        <source>A second method, then a lottery</source>
        <translation>Een tweede methode, daarna een loting</translation>
    </message>
    <message>
        <source>Second method</source>
        <translation>Tweede methode</translation>
    </message>
    <message>
        <source>Lottery seed</source>
        <translation>Seed van de loting</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>seed</translation>
    </message>
    <message>
        <source>How it counts:</source>
        <translation>Hoe het telt:</translation>
    </message>
    <message>
        <source>Eligible voters</source>
        <translation>Stemgerechtigden</translation>
    </message>
    <message>
        <source>Use the meeting&apos;s &amp;attendees</source>
        <translation>De aan&amp;wezigen van de vergadering gebruiken</translation>
    </message>
    <message>
        <source>Eligible &amp;voters:</source>
        <translation>&amp;Stemgerechtigden:</translation>
    </message>
    <message>
        <source>&amp;Secret ballot (nobody can link a ballot to its voter)</source>
        <translation>&amp;Geheime stemming (niemand kan een stembiljet aan de kiezer koppelen)</translation>
    </message>
    <message>
        <source>&amp;Hide the results until the session closes</source>
        <translation>De resultaten ver&amp;bergen tot de sessie afgesloten is</translation>
    </message>
    <message>
        <source>Sa&amp;ve session</source>
        <translation>Sessie &amp;opslaan</translation>
    </message>
    <message>
        <source>(no meeting)</source>
        <translation>(geen vergadering)</translation>
    </message>
    <message>
        <source>Which problems should the committee tackle first?</source>
        <translation>Welke problemen moet het comité eerst aanpakken?</translation>
    </message>
    <message>
        <source>CoPmittee meeting</source>
        <translation>CoPmittee-vergadering</translation>
    </message>
    <message>
        <source>Meeting:</source>
        <translation>Vergadering:</translation>
    </message>
    <message>
        <source>Tie-break:</source>
        <translation>Beslissing bij gelijke stand:</translation>
    </message>
</context>
<context>
    <name>proxima::StageGateDialog</name>
    <message>
        <source>Move to %1</source>
        <translation>Naar %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Move &quot;%1&quot; from %2 to %3?&lt;/b&gt;</source>
        <translation>&lt;b&gt;&quot;%1&quot; van %2 naar %3 verplaatsen?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>What the %1 stage needs</source>
        <translation>Wat de fase %1 nodig heeft</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Klaar: %1</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>Ontbreekt: %1</translation>
    </message>
    <message>
        <source>Reason for moving anyway</source>
        <translation>Reden om toch verder te gaan</translation>
    </message>
    <message>
        <source>Why the case moves on although this is missing (recorded in the history)</source>
        <translation>Waarom het dossier verdergaat hoewel dit ontbreekt (vastgelegd in de geschiedenis)</translation>
    </message>
    <message>
        <source>Not met: %1 of %2 requirements of the %3 stage. You can move anyway with a reason; it is recorded in the stage history.</source>
        <translation>Niet voldaan: %1 van %2 vereisten van de fase %3. U kunt toch verder gaan met een reden; die wordt vastgelegd in de fasegeschiedenis.</translation>
    </message>
    <message>
        <source>Everything the %1 stage needs is in place.</source>
        <translation>Alles wat de fase %1 nodig heeft, is aanwezig.</translation>
    </message>
    <message>
        <source>Move &amp;anyway</source>
        <translation>&amp;Toch verplaatsen</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Verplaatsen</translation>
    </message>
</context>
<context>
    <name>proxima::StageStepper</name>
    <message>
        <source>SARA progress</source>
        <translation>SARA-voortgang</translation>
    </message>
    <message>
        <source>done</source>
        <translation>klaar</translation>
    </message>
    <message>
        <source>current</source>
        <translation>huidig</translation>
    </message>
    <message>
        <source>to come</source>
        <translation>nog te doen</translation>
    </message>
</context>
<context>
    <name>proxima::TriangleDiagram</name>
    <message>
        <source>Problem analysis triangle</source>
        <translation>Probleemanalysedriehoek</translation>
    </message>
    <message>
        <source>Offender, victim and place, with their handler, guardian and manager. Arrow keys choose a side, Enter edits it.</source>
        <translation>Dader, slachtoffer en plaats, met hun begeleider, beschermer en beheerder. De pijltjestoetsen kiezen een zijde, Enter bewerkt ze.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <source>Not described yet. Click to describe it.</source>
        <translation>Nog niet beschreven. Klik om het te beschrijven.</translation>
    </message>
</context>
<context>
    <name>proxima::VotingPage</name>
    <message>
        <source>&amp;New session</source>
        <translation>&amp;Nieuwe sessie</translation>
    </message>
    <message>
        <source>&amp;Open for voting</source>
        <translation>&amp;Openen voor stemming</translation>
    </message>
    <message>
        <source>C&amp;lose and set priorities</source>
        <translation>Af&amp;sluiten en prioriteiten instellen</translation>
    </message>
    <message>
        <source>&amp;Delete session</source>
        <translation>Sessie &amp;verwijderen</translation>
    </message>
    <message>
        <source>Voting sessions</source>
        <translation>Stemsessies</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Vote at the laptop</source>
        <translation>Stemmen op de laptop</translation>
    </message>
    <message>
        <source>Paper, stickers, import</source>
        <translation>Papier, stickers, import</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultaten</translation>
    </message>
    <message>
        <source>Projector</source>
        <translation>Projector</translation>
    </message>
    <message>
        <source>Projector screen</source>
        <translation>Projectorscherm</translation>
    </message>
    <message>
        <source>&amp;Show the projector view</source>
        <translation>De projectorweergave to&amp;nen</translation>
    </message>
    <message>
        <source>Sc&amp;reen:</source>
        <translation>Sch&amp;erm:</translation>
    </message>
    <message>
        <source>What the projector shows</source>
        <translation>Wat de projector toont</translation>
    </message>
    <message>
        <source>Live ranking</source>
        <translation>Live rangschikking</translation>
    </message>
    <message>
        <source>Hide the results</source>
        <translation>De resultaten verbergen</translation>
    </message>
    <message>
        <source>Show the winner</source>
        <translation>De winnaar tonen</translation>
    </message>
    <message>
        <source>Agenda: next item</source>
        <translation>Agenda: volgend punt</translation>
    </message>
    <message>
        <source>&amp;Shows:</source>
        <translation>&amp;Toont:</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>Reveal the top places</source>
        <translation>De bovenste plaatsen onthullen</translation>
    </message>
    <message>
        <source>Reveal &amp;top:</source>
        <translation>&amp;Bovenste onthullen:</translation>
    </message>
    <message>
        <source>&amp;Freeze the picture</source>
        <translation>Beeld bevrie&amp;zen</translation>
    </message>
    <message>
        <source>Agenda item shown</source>
        <translation>Getoond agendapunt</translation>
    </message>
    <message>
        <source>Ne&amp;xt agenda item</source>
        <translation>Vo&amp;lgend agendapunt</translation>
    </message>
    <message>
        <source>A&amp;genda:</source>
        <translation>A&amp;genda:</translation>
    </message>
</context>
<context>
    <name>proxima::VotingSessionModel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Toestand</translation>
    </message>
    <message>
        <source>Voted</source>
        <translation>Gestemd</translation>
    </message>
</context>
<context>
    <name>proxima::VotingTurnout</name>
    <message>
        <source>Voters: %1 of %2 members</source>
        <translation>Kiezers: %1 van %2 leden</translation>
    </message>
    <message>
        <source>Voters: 1 member</source>
        <translation>Kiezers: 1 lid</translation>
    </message>
    <message>
        <source>Voters: %1 members</source>
        <translation>Kiezers: %1 leden</translation>
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
<context>
    <name>proxima::documents::MatrixRenderer</name>
    <message>
        <source>Action matrix</source>
        <translation>Actiematrix</translation>
    </message>
    <message>
        <source>Generated on %1</source>
        <translation>Aangemaakt op %1</translation>
    </message>
    <message>
        <source>Priority %1: %2</source>
        <translation>Prioriteit %1: %2</translation>
    </message>
    <message>
        <source>stage: %1</source>
        <translation>fase: %1</translation>
    </message>
    <message>
        <source>Grand total</source>
        <translation>Eindtotaal</translation>
    </message>
    <message>
        <source>No actions planned yet.</source>
        <translation>Nog geen acties gepland.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>vervalt op %1</translation>
    </message>
</context>
<context>
    <name>proxima::documents::MatrixTimeline</name>
    <message>
        <source>No action has a start or due date yet.</source>
        <translation>Nog geen enkele actie heeft een start- of vervaldatum.</translation>
    </message>
    <message>
        <source>Today (%1)</source>
        <translation>Vandaag (%1)</translation>
    </message>
</context>
<context>
    <name>proxima::documents::MeasureChart</name>
    <message>
        <source>Before</source>
        <translation>Voor</translation>
    </message>
    <message>
        <source>After %1</source>
        <translation>Na %1</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Comparison area</source>
        <translation>Vergelijkingsgebied</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>Doel %1</translation>
    </message>
</context>
<context>
    <name>proxima::documents::PageFrame</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 van %2</translation>
    </message>
</context>
<context>
    <name>proxima::documents::PagedRenderer</name>
    <message>
        <source>Cannot start painting on the output device.</source>
        <translation>Kan niet beginnen tekenen op het uitvoerapparaat.</translation>
    </message>
    <message>
        <source>The page is too small for the document header and footer.</source>
        <translation>De pagina is te klein voor de kop- en voettekst van het document.</translation>
    </message>
    <message>
        <source>Cannot start page %1 on the output device.</source>
        <translation>Kan pagina %1 niet beginnen op het uitvoerapparaat.</translation>
    </message>
</context>
<context>
    <name>proxima::documents::ReportRenderer</name>
    <message>
        <source>Generated on %1</source>
        <translation>Aangemaakt op %1</translation>
    </message>
</context>
<context>
    <name>proxima::documents::SignatureBlock</name>
    <message>
        <source>Signatures</source>
        <translation>Handtekeningen</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>Handtekening:</translation>
    </message>
</context>
<context>
    <name>proxima::documents::XlsxExporter</name>
    <message>
        <source>Cannot create a temporary file next to the workbook: %1</source>
        <translation>Kan geen tijdelijk bestand aanmaken naast de werkmap: %1</translation>
    </message>
    <message>
        <source>Cannot create the workbook.</source>
        <translation>Kan de werkmap niet aanmaken.</translation>
    </message>
    <message>
        <source>Action matrix</source>
        <translation>Actiematrix</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>Grand total</source>
        <translation>Eindtotaal</translation>
    </message>
    <message>
        <source>Cannot write the workbook: %1</source>
        <translation>Kan de werkmap niet schrijven: %1</translation>
    </message>
    <message>
        <source>Cannot move the workbook into place.</source>
        <translation>Kan de werkmap niet op zijn plaats zetten.</translation>
    </message>
</context>
<context>
    <name>proxima::io::IcsExporter</name>
    <message>
        <source>Problem: %1</source>
        <translation>Probleem: %1</translation>
    </message>
    <message>
        <source>Lead: %1</source>
        <translation>Trekker: %1</translation>
    </message>
    <message>
        <source>Partners: %1</source>
        <translation>Partners: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Success measure: %1</source>
        <translation>Succesmaatstaf: %1</translation>
    </message>
    <message>
        <source>Due: %1</source>
        <translation>Vervaldatum: %1</translation>
    </message>
</context>
<context>
    <name>proxima::reports::DocumentBuilder</name>
    <message>
        <source>unknown area &apos;%1&apos; (areas: %2)</source>
        <translation>onbekende wijk &apos;%1&apos; (wijken: %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>Handover pack</source>
        <translation>Overdrachtspakket</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Alle wijken</translation>
    </message>
    <message>
        <source>the whole workspace %1</source>
        <translation>de hele werkruimte %1</translation>
    </message>
    <message>
        <source>This pack hands over the community-policing work in %1: the open problem cases with their actions, the priorities set by the CoPmittee, and the organisations and people to contact.</source>
        <translation>Dit pakket draagt het werk rond gemeenschapsgerichte politiezorg in %1 over: de open probleemdossiers met hun acties, de prioriteiten die het CoPmittee vastlegde, en de organisaties en personen om te contacteren.</translation>
    </message>
    <message>
        <source>Priorities</source>
        <translation>Prioriteiten</translation>
    </message>
    <message>
        <source>No open case has been ranked yet.</source>
        <translation>Er is nog geen enkel open dossier gerangschikt.</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioriteit</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Lead officer</source>
        <translation>Trekker</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Kaart</translation>
    </message>
    <message>
        <source>The open cases on the map of %1.</source>
        <translation>De open dossiers op de kaart van %1.</translation>
    </message>
    <message>
        <source>Open cases and actions</source>
        <translation>Open dossiers en acties</translation>
    </message>
    <message>
        <source>There are no open cases.</source>
        <translation>Er zijn geen open dossiers.</translation>
    </message>
    <message>
        <source>not ranked</source>
        <translation>niet gerangschikt</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Geopend op</translation>
    </message>
    <message>
        <source>No open actions.</source>
        <translation>Geen open acties.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Trekker</translation>
    </message>
    <message>
        <source>Partners (role)</source>
        <translation>Partners (rol)</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vervaldatum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Partner organisations</source>
        <translation>Partnerorganisaties</translation>
    </message>
    <message>
        <source>No partner organisation takes part in the open actions.</source>
        <translation>Geen enkele partnerorganisatie neemt deel aan de open acties.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Open acties</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Contact people</source>
        <translation>Contactpersonen</translation>
    </message>
    <message>
        <source>The roster is empty.</source>
        <translation>De ledenlijst is leeg.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>%1 (priority %2, %3)</source>
        <translation>%1 (prioriteit %2, %3)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Vergadering</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>CoPmittee meeting</source>
        <translation>CoPmittee-vergadering</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Uitgenodigd</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Punten</translation>
    </message>
    <message>
        <source>No items yet.</source>
        <translation>Nog geen punten.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punt</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Notulen</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Aanwezig</translation>
    </message>
    <message>
        <source>No attendance was recorded.</source>
        <translation>Er werd geen aanwezigheid geregistreerd.</translation>
    </message>
    <message>
        <source>Not present</source>
        <translation>Niet aanwezig</translation>
    </message>
    <message>
        <source>lead: %1</source>
        <translation>trekker: %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>vervalt op %1</translation>
    </message>
    <message>
        <source>No items were discussed.</source>
        <translation>Er werden geen punten besproken.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Bespreking</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslissing</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>niets vastgelegd</translation>
    </message>
    <message>
        <source>Actions agreed under this item:</source>
        <translation>Acties afgesproken onder dit punt:</translation>
    </message>
    <message>
        <source>Actions agreed</source>
        <translation>Afgesproken acties</translation>
    </message>
    <message>
        <source>No actions were agreed.</source>
        <translation>Er werden geen acties afgesproken.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Case report</source>
        <translation>Dossierrapport</translation>
    </message>
    <message>
        <source>Case %1 – %2</source>
        <translation>Dossier %1 – %2</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Wijk</translation>
    </message>
    <message>
        <source>Scan: the concerns</source>
        <translation>Scannen: de meldingen</translation>
    </message>
    <message>
        <source>No concern is grouped into this case.</source>
        <translation>Er is geen melding in dit dossier gegroepeerd.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Ernst</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>Analyse: the problem triangle</source>
        <translation>Analyseren: de probleemdriehoek</translation>
    </message>
    <message>
        <source>not described</source>
        <translation>niet beschreven</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Zijde</translation>
    </message>
    <message>
        <source>What we know</source>
        <translation>Wat we weten</translation>
    </message>
    <message>
        <source>: %1</source>
        <translation>: %1</translation>
    </message>
    <message>
        <source>Hypotheses</source>
        <translation>Hypothesen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Who is affected</source>
        <translation>Wie getroffen wordt</translation>
    </message>
    <message>
        <source>Respond: the actions</source>
        <translation>Reageren: de acties</translation>
    </message>
    <message>
        <source>No action is planned yet.</source>
        <translation>Er is nog geen actie gepland.</translation>
    </message>
    <message>
        <source>%1 h police</source>
        <translation>%1 h politie</translation>
    </message>
    <message>
        <source>%1 h volunteers</source>
        <translation>%1 h vrijwilligers</translation>
    </message>
    <message>
        <source>€ %1</source>
        <translation>€ %1</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Middelen</translation>
    </message>
    <message>
        <source>Assess: the measures</source>
        <translation>Evalueren: de metingen</translation>
    </message>
    <message>
        <source>Nothing was measured.</source>
        <translation>Er werd niets gemeten.</translation>
    </message>
    <message>
        <source>Nothing was measured: %1</source>
        <translation>Er werd niets gemeten: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>no follow-up yet</source>
        <translation>nog geen opvolgmeting</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>geen doel</translation>
    </message>
    <message>
        <source> (target %1)</source>
        <translation> (doel %1)</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Meting</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Nulmeting</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Opvolgmeting</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Verandering</translation>
    </message>
    <message>
        <source>Target met</source>
        <translation>Doel bereikt</translation>
    </message>
    <message>
        <source>%1 before and after the response.</source>
        <translation>%1 vóór en na de respons.</translation>
    </message>
    <message>
        <source>%1 before (%2) and after the response.</source>
        <translation>%1 vóór (%2) en na de respons.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>not judged yet</source>
        <translation>nog niet beoordeeld</translation>
    </message>
    <message>
        <source>Lesson learned</source>
        <translation>Geleerde les</translation>
    </message>
    <message>
        <source>How the plan went</source>
        <translation>Hoe het plan verliep</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>Fasegeschiedenis</translation>
    </message>
    <message>
        <source>moved although not ready: %1</source>
        <translation>verplaatst hoewel niet klaar: %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Overgang</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
</context>
<context>
    <name>proxima::reports::MatrixLabels</name>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Triangle side</source>
        <translation>Zijde van de driehoek</translation>
    </message>
    <message>
        <source>Chain phase</source>
        <translation>Ketenfase</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Trekker</translation>
    </message>
    <message>
        <source>Partners (role)</source>
        <translation>Partners (rol)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vervaldatum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Police hours</source>
        <translation>Politie-uren</translation>
    </message>
    <message>
        <source>Volunteer hours</source>
        <translation>Vrijwilligersuren</translation>
    </message>
    <message>
        <source>Euros</source>
        <translation>Euro</translation>
    </message>
    <message>
        <source>Success measure</source>
        <translation>Succesmaatstaf</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Doorverwijzing</translation>
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
        <translation>onbekende wijk &apos;%1&apos; (wijken: %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>there is no case %1</source>
        <translation>er is geen dossier %1</translation>
    </message>
    <message>
        <source>the period ends before it starts</source>
        <translation>de periode eindigt voordat ze begint</translation>
    </message>
    <message>
        <source>referred</source>
        <translation>doorverwezen</translation>
    </message>
    <message>
        <source>(referred on %1)</source>
        <translation>(doorverwezen op %1)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 tot %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>vanaf %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>tot %1</translation>
    </message>
    <message>
        <source>Action matrix</source>
        <translation>Actiematrix</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Alle wijken</translation>
    </message>
</context>
</TS>
