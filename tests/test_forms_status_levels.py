"""Levels as they stand today, read by the figure reader: a figure that states where an indicator stands now,
or a bound, is a figure, and a status becomes the baseline of the target it belongs to, never a target by
itself when it is a fact. Text written for this test (none taken from a real paper or from the corpus), in
Danish, Norwegian (bokmål), Swedish and English, mostly paragraphs of two or three sentences:

- a time after a copula and a word of now ("Ventetiden er i dag 3 uker", "is currently 21 days"), with its
  bare year right after it ("var i genomsnitt 9 veckor 2024"), or after a copula with no year beside a target
  ("The average time to process a claim was 24 days. Our target is 18 days");
- a time after another verb in a sentence that opens with now ("I dag venter borgerne i gennemsnit 58 dage");
- a count or an index after a copula with its year, then a target that names nothing else ("Antallet af
  hjemløse var 410 i 2024. Målet er højst 300 i 2030.");
- a count of "personer" after a verb of status ("I dag bor 52 300 personer", "I 2024 fikk 1 240 personer
  sosialhjelp", "var 1 850 personer registreret som ledige") beside an aim or a change in the paragraph;
- a level in points or an average after a copula, then the change that led to it ("Meritvärdet var 221,7
  poäng, en ökning med 2,4 poäng");
- a target named as a measure of something, then a bounded time ("Regjeringens mål er en gjennomsnittlig
  ventetid på under 40 dager", "The target is an average wait of under 40 days");
- a comparative bound on a count with no verb ("fewer than 100", "(target: fewer than 300)", "Målet er færre
  end 200");
- a time after an outcome label, then a target label in the same unit ("Outturn 2023/24: 41 days" /
  "Target 2024/25: 30 days");
- a number word after a bound before a count ("minst én helsesykepleier", "mindst tre sygeplejersker").

Look-alikes must give no target: the same statuses alone (facts), events with counts of participants, how
often ("mindst to gange om ugen"), a rank ("mindst et universitet i top ti"), durations of courses, ages and
dates. The helpers and the assertion are those of ``test_forms``."""

from __future__ import annotations

from test_forms import T, assert_floors, case, read_as_test

# fmt: off
TIME_NOW = [
    # a time after a copula and a word of now, then the aim in the next sentence
    case("da", "Sagsbehandlingstiden for byggesager er i dag 14 uger. Den skal ned på 10 uger i 2027.",
         T(kind="change", direction="down", baseline="14", level="10", unit="week", year=2027)),
    case("da", "Ventetiden på en plejebolig er nu 62 dage. Målet er højst 45 dage i 2026.",
         T(kind="change", direction="down", baseline="62", level="45", unit="day", hedge="at_most", year=2026)),
    case("nb", "Saksbehandlingstiden for byggesøknader er i dag 11 uker. Den skal ned til 8 uker innen 2027.",
         T(kind="change", direction="down", baseline="11", level="8", unit="week", year=2027)),
    case("nb", "Ventetiden på sykehjemsplass er nå 35 dager. Målet er høyst 21 dager i 2026.",
         T(kind="change", direction="down", baseline="35", level="21", unit="day", hedge="at_most", year=2026)),
    case("nb", "Ventetiden for fysioterapi er i dag 9 uker. Den skal ned til 6 uker innen 2026. Det krever flere årsverk.",
         T(kind="change", direction="down", baseline="9", level="6", unit="week", year=2026)),
    case("sv", "Handläggningstiden för bygglov är i dag 10 veckor. Den ska ned till 7 veckor till 2027.",
         T(kind="change", direction="down", baseline="10", level="7", unit="week", year=2027)),
    case("sv", "Väntetiden till särskilt boende är nu 70 dagar. Målet är högst 50 dagar 2026.",
         T(kind="change", direction="down", baseline="70", level="50", unit="day", hedge="at_most")),
    case("en", "The average wait for a housing repair is currently 21 days. Our target is 14 days by 2026.",
         T(kind="change", direction="down", baseline="21", level="14", unit="day", year=2026)),
    case("en", "The time to assess a care need is now 6 weeks. Our aim is 4 weeks by 2027.",
         T(kind="change", direction="down", baseline="6", level="4", unit="week", year=2027)),
    # the bare year right after the time
    case("sv", "Handläggningstiden för försörjningsstöd var 18 dagar 2023. Målet är högst 10 dagar.",
         T(kind="change", direction="down", baseline="18", level="10", unit="day", hedge="at_most", reference_year=2023)),
    case("sv", "Väntetiden på hemtjänst var i snitt 12 dagar 2024. Den ska ned till 7 dagar till 2027.",
         T(kind="change", direction="down", baseline="12", level="7", unit="day", year=2027, reference_year=2024)),
    case("sv", "Kötiden till förskolan var i genomsnitt 3 månader 2024. Målet är högst 2 månader.",
         T(kind="change", direction="down", baseline="3", level="2", unit="month", hedge="at_most", reference_year=2024)),
    # a copula with no year, a long subject, beside a target
    case("en", "The average time taken to decide a major planning application was 16 weeks. Our target is 13 weeks by 2026.",
         T(kind="change", direction="down", baseline="16", level="13", unit="week", year=2026)),
    case("en", "The average length of stay in emergency accommodation for families was 9 weeks. We will reduce this to 6 weeks by 2027.",
         T(kind="change", direction="down", baseline="9", level="6", unit="week", year=2027)),
    case("da", "Den gennemsnitlige sagsbehandlingstid for ansøgninger om hjælpemidler var 48 dage. Målet er højst 30 dage i 2026.",
         T(kind="change", direction="down", baseline="48", level="30", unit="day", hedge="at_most", year=2026)),
    case("nb", "Gjennomsnittlig saksbehandlingstid for søknader om startlån var 41 dager. Målet er høyst 30 dager i 2026.",
         T(kind="change", direction="down", baseline="41", level="30", unit="day", hedge="at_most", year=2026)),
    case("sv", "Den genomsnittliga handläggningstiden för ansökningar om färdtjänst var 33 dagar. Målet är högst 21 dagar 2026.",
         T(kind="change", direction="down", baseline="33", level="21", unit="day", hedge="at_most")),
    # another verb, in a sentence that opens with now
    case("da", "Kommunen vil nedbringe ventetiden på genoptræning. I dag venter borgerne i gennemsnit 34 dage. Målet er højst 21 dage i 2026.",
         T(kind="change", direction="down", baseline="34", level="21", unit="day", hedge="at_most", year=2026)),
    case("nb", "Kommunen vil korte ned ventetiden på avlastning. I dag venter familiene i gjennomsnitt 45 dager. Målet er høyst 30 dager i 2026.",
         T(kind="change", direction="down", baseline="45", level="30", unit="day", hedge="at_most", year=2026)),
    case("sv", "Kommunen vill korta väntetiden till hemtjänst. I dag väntar de äldre i genomsnitt 25 dagar. Målet är högst 14 dagar 2026.",
         T(kind="change", direction="down", baseline="25", level="14", unit="day", hedge="at_most")),
    case("en", "The council wants to cut waiting times for adaptations. Today residents wait an average of 22 weeks. Our target is 12 weeks by 2027.",
         T(kind="change", direction="down", baseline="22", level="12", unit="week", year=2027)),
    # look-alikes: the same statuses alone, durations, ages and dates
    case("da", "I dag er ventetiden 30 dage."),
    case("nb", "Ventetiden er i dag 3 uker."),
    case("sv", "Väntetiden var i genomsnitt 9 veckor 2024."),
    case("en", "The average time to process a claim was 24 days."),
    case("da", "I dag venter borgerne i gennemsnit 58 dage."),
    case("en", "Today residents wait an average of 22 weeks."),
    case("da", "Kurset varer 6 uger og afsluttes med en prøve."),
    case("nb", "Kurset var 8 uker langt i 2024."),
    case("sv", "Utbildningen var 10 veckor 2023."),
    case("en", "The course was 10 weeks long. Participants will receive a certificate."),
    case("sv", "Mötet varade i 3 timmar. Kommunen ska återkomma med ett förslag."),
    case("nb", "Prosjektet varte i 18 måneder. Erfaringene skal brukes i den nye planen."),
    case("da", "Høringsperioden var 6 uger. Kommunalbestyrelsen skal behandle planen i juni."),
    # a time of something else (a course, a consultation) beside a target in the same unit: no baseline
    case("nb", "Kurset var 10 uker. Målet er at ventetiden skal være høyst 4 uker.",
         T(kind="level", level="4", unit="week", hedge="at_most", baseline=None)),
    case("da", "I dag varer kurset 10 uger. Målet er at ventetiden skal være højst 4 uger.",
         T(kind="level", level="4", unit="week", hedge="at_most", baseline=None)),
    case("en", "The course was 10 weeks. Our target is a waiting time of 4 weeks by 2026.",
         T(kind="level", level="4", unit="week", baseline=None, year=2026)),
    case("en", "The consultation was 6 weeks. Our target is 4 weeks by 2026.",
         T(kind="level", level="4", unit="week", baseline=None, year=2026)),
    case("sv", "Utbildningen var 10 veckor. Målet är att väntetiden ska vara högst 4 veckor.",
         T(kind="level", level="4", unit="week", hedge="at_most", baseline=None)),
]

COUNT_NOW = [
    # a count of "personer" after a verb of status, beside an aim or a change
    case("nb", "I 2024 mottok 2 150 personer sosialhjelp i kommunen. Målet er å redusere antallet med 15 prosent innen 2028.",
         T(kind="change", direction="down", relative="15", baseline="2150", year=2028, reference_year=2024)),
    case("da", "I 2024 modtog 3 420 personer kontanthjælp i kommunen. Målet er at reducere antallet med 10 procent frem mod 2027.",
         T(kind="change", direction="down", relative="10", baseline="3420", year=2027, reference_year=2024)),
    case("sv", "År 2024 fick 1 930 personer ekonomiskt bistånd i kommunen. Målet är att minska antalet med 20 procent till 2028.",
         T(kind="change", direction="down", relative="20", baseline="1930", year=2028, reference_year=2024)),
    case("nb", "I dag bor 31 400 personer i kommunen. Antallet skal øke til 34 000 innen 2035.",
         T(kind="change", direction="up", baseline="31400", level="34000", year=2035)),
    case("da", "I dag bor 58 200 personer i kommunen. Antallet skal stige til 62 000 i 2035.",
         T(kind="change", direction="up", baseline="58200", level="62000", year=2035)),
    case("sv", "I dag bor 41 200 personer i kommunen. Antalet ska öka till 45 000 år 2035.",
         T(kind="change", direction="up", baseline="41200", level="45000", year=2035)),
    case("sv", "Befolkningen ska öka till 45 000 invånare år 2035. I dag bor 41 200 personer i kommunen.",
         T(kind="change", direction="up", baseline="41200", level="45000", year=2035)),
    case("da", "Ved udgangen af 2024 var 1 850 personer registreret som ledige. Det er et fald på 150 personer fra året før.",
         T(kind="change", direction="down", absolute="150", level="1850", verdict="consistent")),
    case("sv", "Vid utgången av 2024 var 2 310 personer inskrivna som arbetslösa. Det är en ökning med 140 personer jämfört med året innan.",
         T(kind="change", direction="up", absolute="140", level="2310", verdict="consistent")),
    case("nb", "Ved utgangen av 2024 bodde 18 950 personer i kommunen. Det er en økning på 320 personer fra året før.",
         T(kind="change", direction="up", absolute="320", level="18950", verdict="consistent")),
    case("sv", "Folkmängden ökade med 420 personer under 2024. Vid årets slut bodde 31 870 personer i kommunen.",
         T(kind="change", direction="up", absolute="420", level="31870", year=2024, verdict="consistent")),
    case("nb", "I 2024 fikk 860 personer kvalifiseringsstønad. Målet er å redusere antallet med 20 prosent innen 2027. Tiltakene er beskrevet i kapittel 4.",
         T(kind="change", direction="down", relative="20", baseline="860", year=2027, reference_year=2024)),
    case("en", "Today 31,400 people live in the district. We want the number to grow to 34,000 by 2035.",
         T(direction="up", baseline="31400", level="34000", year=2035)),
    # a hedge between the verb of status and the count
    case("nb", "I dag bor om lag 31 400 personer i kommunen. Antallet skal øke til 34 000 innen 2035.",
         T(kind="change", direction="up", baseline="31400", level="34000", year=2035)),
    case("da", "I 2024 modtog cirka 3 400 personer kontanthjælp. Målet er at reducere antallet med 10 procent i 2027.",
         T(kind="change", direction="down", relative="10", baseline="3400", year=2027, reference_year=2024)),
    case("sv", "I dag bor drygt 41 000 personer i kommunen. Antalet ska öka till 45 000 år 2035.",
         T(kind="change", direction="up", baseline="41000", level="45000", year=2035)),
    # look-alikes: a status beside a target that names other things
    case("da", "I dag bor 58 200 personer i kommunen. Antallet af ældre skal stige til 8 000 i 2035.",
         T(kind="level", direction="up", level="8000", baseline=None, year=2035)),
    case("nb", "I dag bor 31 400 personer i kommunen. Målet er 500 nye boliger innen 2030.",
         T(kind="change", direction="up", absolute="500", baseline=None, year=2030)),
    case("sv", "I dag har 1 200 personer hemtjänst. Målet är att fler ska bo kvar hemma."),
    # look-alikes: statuses alone, events and counts of participants, ages and dates
    case("da", "I dag bor 58 200 personer i kommunen."),
    case("nb", "I 2024 mottok 2 150 personer sosialhjelp i kommunen."),
    case("sv", "I dag bor 41 200 personer i kommunen."),
    case("nb", "Ved utgangen av 2024 bodde 18 950 personer i kommunen."),
    case("da", "I 2024 modtog 3 420 personer kontanthjælp. Det viser kommunens årsrapport."),
    case("nb", "30 personer deltok på kurset i 2024. Kurset skal gjentas i 2025."),
    case("da", "I 2024 deltog 120 personer i arrangementet. Kommunen vil holde arrangementet igen."),
    case("sv", "I dag deltog 45 personer i mötet. Nästa möte ska hållas i maj."),
    case("da", "25 personer mødte op til borgermødet. Kommunen vil invitere igen til efteråret."),
    case("sv", "Unga under 25 år ska erbjudas jobb. I dag bor 1 200 personer under 25 år i kommunen."),
    case("da", "Planen blev vedtaget 14. juni 2024. I dag bor 58 200 personer i kommunen."),
    case("en", "The strategy was adopted on 12 March 2024. Today 31,000 people live in the district."),
    case("nb", "Kommunen har 12 500 innbyggere. Tiltaket gjelder personer over 67 år."),
    case("sv", "Kommunen har 41 200 invånare. Tjänsten riktar sig till personer över 65 år."),
]

COUNT_STOOD = [
    # a count or an index after a copula, with its year, then the target that names nothing else
    case("sv", "Nöjd-Kund-Index för företagsklimat var 71 år 2023. Målet är minst 75.",
         T(kind="change", direction="up", baseline="71", level="75", hedge="at_least", reference_year=2023)),
    case("sv", "Antalet hemlösa var 68 år 2024. Målet är högst 50 år 2030.",
         T(kind="change", direction="down", baseline="68", level="50", hedge="at_most", year=2030, reference_year=2024)),
    case("da", "Antallet af hjemløse var 410 i 2024. Målet er højst 300 i 2030.",
         T(kind="change", direction="down", baseline="410", level="300", hedge="at_most", year=2030, reference_year=2024)),
    case("nb", "Antall bostedsløse var 230 i 2024. Målet er høyst 150 innen 2030.",
         T(kind="change", direction="down", baseline="230", level="150", hedge="at_most", year=2030, reference_year=2024)),
    case("en", "The number of rough sleepers was 68 in 2024. Our target is fewer than 40 by 2027.",
         T(kind="change", direction="down", baseline="68", level="40", hedge="below", year=2027, reference_year=2024)),
    case("en", "The resident satisfaction index stood at 71 in 2023. The target is at least 75.",
         T(kind="change", direction="up", baseline="71", level="75", hedge="at_least", reference_year=2023)),
    # a count of people as it stood, then how it changed
    case("sv", "Vid utgången av oktober fick 3 200 personer försörjningsstöd. Det är 150 färre än året innan.",
         T(kind="change", direction="down", absolute="150", level="3200", verdict="consistent")),
    case("da", "I 2024 fik 2 100 personer førtidspension. Det er 90 flere end året før.",
         T(kind="change", direction="up", absolute="90", level="2100", verdict="consistent")),
    case("nb", "I 2024 fikk 2 100 personer uføretrygd. Det er 90 flere enn året før.",
         T(kind="change", direction="up", absolute="90", level="2100", verdict="consistent")),
    # look-alikes: the target names other things, or the count was a change
    case("sv", "Antalet anställda var 4 100 år 2024. Målet är 300 lärlingar år 2027.",
         T(kind="level", level="300", baseline=None, year=2027)),
    case("da", "Antallet af ansatte var 4.100 i 2024. Målet er 300 lærlinge i 2027.",
         T(kind="level", level="300", baseline=None, year=2027)),
    case("en", "The number of staff was 4,100 in 2024. Our target is 300 apprentices by 2027.",
         T(kind="level", level="300", baseline=None, year=2027)),
    case("nb", "Antall ansatte var 4 100 i 2024. Det viser årsrapporten."),
]

POINTS = [
    # a level in points or an average after a copula, then the change that led to it (a count written with
    # decimals counts no whole things: the judge solves it as an exact interval)
    case("sv", "Det genomsnittliga meritvärdet var 221,7 poäng, en ökning med 2,4 poäng.",
         T(kind="change", direction="up", absolute="2.4", level="221.7", verdict="consistent")),
    case("da", "Karaktergennemsnittet ved afgangsprøven var 7,2, en stigning på 0,4.",
         T(kind="change", direction="up", absolute="0.4", level="7.2", verdict="consistent")),
    case("nb", "Gjennomsnittlig grunnskolepoeng i kommunen var 40,6, en økning på 0,5 poeng.",
         T(kind="change", direction="up", absolute="0.5", level="40.6", verdict="consistent")),
    case("sv", "Antalet elever i kommunens skolor var 4 310, en minskning med 85.",
         T(kind="change", direction="down", absolute="85", level="4310", verdict="consistent")),
    # look-alikes: the level aimed at (no status), or another thing that changed
    case("sv", "Det genomsnittliga meritvärdet var 221,7 poäng, och antalet elever ökade med 85.",
         T(kind="change", direction="up", absolute="85", level=None)),
    case("da", "Karaktergennemsnittet skal være 7,5, en stigning på 0,3.",
         T(kind="change", direction="up", absolute="0.3", level=None)),
]

BOUNDS = [
    # a comparative bound on a count with no verb
    case("en", "Households in temporary accommodation: 410 (target: fewer than 300).",
         T(kind="change", direction="down", baseline="410", level="300", hedge="below")),
    case("en", "Delayed transfers of care: 85 patients (target: fewer than 60).",
         T(kind="change", direction="down", baseline="85", level="60", hedge="below")),
    case("en", "We want fewer than 50 people sleeping rough by 2027.",
         T(kind="level", level="50", hedge="below", year=2027)),
    case("en", "Our ambition is fewer than 20 children waiting for a school place by 2026.",
         T(kind="level", level="20", hedge="below", year=2026)),
    case("da", "Målet er færre end 200 hjemløse i kommunen i 2030.",
         T(kind="level", level="200", hedge="below", year=2030)),
    case("nb", "Målet er færre enn 150 bostedsløse i kommunen innen 2030.",
         T(kind="level", level="150", hedge="below", year=2030)),
    case("sv", "Målet är färre än 100 hemlösa i kommunen år 2030.",
         T(kind="level", level="100", hedge="below", year=2030)),
    # the target named as a measure of something, then a bounded time after "på"/"of"
    case("nb", "Ventetiden på rehabilitering var 48 dager i 2024. Kommunens mål er en gjennomsnittlig ventetid på under 30 dager.",
         T(kind="change", direction="down", baseline="48", level="30", unit="day", hedge="below", reference_year=2024)),
    case("nb", "Målet er en gjennomsnittlig saksbehandlingstid på under 30 dager.",
         T(kind="level", level="30", unit="day", hedge="below")),
    case("da", "Kommunens mål er en ventetid på under 14 dage.",
         T(kind="level", level="14", unit="day", hedge="below")),
    case("sv", "Målet är en genomsnittlig handläggningstid på under 30 dagar.",
         T(kind="level", level="30", unit="day", hedge="below")),
    case("en", "The Government's target is an average wait of under 40 days.",
         T(kind="level", level="40", unit="day", hedge="below")),
    # look-alikes: no target named before the time, or the time in a clause of its own
    case("nb", "Saken gjelder en ventetid på under 40 dager."),
    case("nb", "Målet er en god tjeneste, og svaret kommer på under 40 dager."),
    case("en", "The target is a good service, and answers come after a wait of under 40 days."),
    case("sv", "Ärendet gäller en väntetid på under 40 dagar."),
    # a number word after a bound, before a count
    case("da", "Hver daginstitution skal have mindst én pædagog med specialviden om sprog.",
         T(kind="level", level="1", hedge="at_least")),
    case("da", "Der skal være mindst tre sygeplejersker på hvert plejecenter om natten.",
         T(kind="level", level="3", hedge="at_least")),
    case("nb", "Hver barnehage skal ha minst to pedagoger med spesialpedagogisk kompetanse.",
         T(kind="level", level="2", hedge="at_least")),
    case("nb", "Hvert sykehjem skal ha minst én sykepleier på vakt hele døgnet.",
         T(kind="level", level="1", hedge="at_least")),
    case("nb", "Hver kommune skal ha høyst tre legevaktsentraler.",
         T(kind="level", level="3", hedge="at_most")),
    case("sv", "Varje förskola ska ha minst två förskollärare.",
         T(kind="level", level="2", hedge="at_least")),
    case("en", "Every secondary school should have at least two mental health practitioners by 2026.",
         T(kind="level", level="2", hedge="at_least", year=2026)),
    case("en", "Each care home will have at least one registered nurse on every shift.",
         T(kind="level", level="1", hedge="at_least")),
    # look-alikes: how often, a rank, a part of a group, a bound in a fact
    case("da", "Borgerne skal have besøg mindst to gange om ugen."),
    case("nb", "Beboerne skal tilbys trening minst to ganger i uken."),
    case("sv", "Eleverna ska ha idrott minst tre gånger i veckan."),
    case("en", "Residents should be offered exercise at least three times a week."),
    case("da", "Danmark skal have mindst et universitet i top ti i Europa."),
    case("nb", "Minst én av foreldrene skal delta på møtet."),
    case("en", "More than 100 people attended the consultation events."),
    case("en", "Fewer than 20 responses were received."),
    case("da", "Mindst to sygeplejersker var på vagt i går."),
    case("sv", "Fler än 300 personer svarade på enkäten."),
]
KPI_TIMES = [
    # a time after an outcome label, then a target label in the same unit on the next line or sentence
    case("en", "Average days to process a new claim\nOutturn 2023/24: 21 days\nTarget 2024/25: 15 days",
         T(kind="change", direction="down", baseline="21", level="15", unit="day")),
    case("en", "Outturn 2023/24: 38 days. Target 2024/25: 28 days.",
         T(kind="change", direction="down", baseline="38", level="28", unit="day")),
    case("sv", "Handläggningstid för bygglov\nUtfall 2024: 41 dagar\nMål 2026: 30 dagar",
         T(kind="change", direction="down", baseline="41", level="30", unit="day", year=2026)),
    case("da", "Sagsbehandlingstid for byggesager\nResultat 2024: 41 dage\nMål 2026: 30 dage",
         T(kind="change", direction="down", baseline="41", level="30", unit="day", year=2026)),
    case("nb", "Saksbehandlingstid for byggesaker\nResultat 2024: 41 dager\nMål 2026: 30 dager",
         T(kind="change", direction="down", baseline="41", level="30", unit="day", year=2026)),
    # look-alikes: the target in another unit
    case("en", "Outturn 2023/24: 38 days. Target 2024/25: 85%.", T(kind="level", level="85", baseline=None)),
    case("sv", "Utfall 2024: 41 dagar. Mål 2026: 85 procent.", T(kind="level", level="85", baseline=None)),
]
# fmt: on

CASES = TIME_NOW + COUNT_NOW + COUNT_STOOD + POINTS + BOUNDS + KPI_TIMES


test_a_status_level_is_read_as_a_careful_reader_reads_it = read_as_test(CASES)


def test_the_status_battery_is_broad() -> None:
    """At least 80 cases, most of them paragraphs of more than one sentence, every language among them, and
    look-alikes that must give nothing."""
    assert_floors(CASES, ("da", "nb", "sv", "en"), at_least=80, per_language=15, look_alikes=30)
    assert len([c for c in CASES if c.values[1].count(". ") >= 1]) >= len(CASES) // 2
