"""Danish and Norwegian (bokmål) goal papers read as a careful reader reads them, round 6: the genres the earlier
rounds covered least. Text written for this test (none taken from a real paper or from the corpus). Danish
budgetaftaler and økonomiaftaler (effektiviseringer in mio. kr., "målsætning om"), regionernes sundhedsplaner and
sundhedsaftaler (forebyggelige indlæggelser, ventetider), hjemløsestrategier, vandplaner and landbrug (kvælstof in
ton, "reduceres med"), affaldsplaner (genanvendelse, kg pr. indbygger), kultur- og fritidspolitik (besøgstal,
foreningsmedlemmer), integrationspolitik (beskæftigelsesfrekvens, procentpoint) and årsrapporter with goal and
result ("Mål: ... Resultat: ... Ikke opfyldt"); Norwegian kommuneplanens samfunnsdel, Nav and Helsedirektoratet
årsrapporter (måloppnåelse, "skal økes til"), Oslo kommunes budsjett (måltall, resultatindikator), fylkeskommunens
regionale planer, avfallsplan (kg per innbygger, materialgjenvinning), trafikksikkerhetsplan (nullvisjonen, drepte
og hardt skadde), barnevern and frafall in videregående (gjennomføring, prosentpoeng) and sykefravær. Mostly
paragraphs of two to five sentences, with what real text does: PDF lines broken mid-sentence, flattened table rows,
figures with thin and no-break spaces, scales, periods and school years, ranges, floors and ceilings, points against
percent, number words, and look-alikes that are no targets (dates, ages, budget lines, §-numbers, phone numbers,
facts of today, past results with no target). A past change stated with its figures is read as earlier rounds read
it (a claim whose numbers can be checked). The helpers and the assertion are those of ``test_forms``. A form not
yet read is ``xfail(strict=True)`` with the reason."""

from __future__ import annotations

from typing import Any

import pytest

from test_forms import T, assert_broad, assert_read_as, case

# why a form is not read yet (the strict xfails below)
STOOD_NAMED_FIRST = (
    "a time where the indicator stood, in a next sentence that opens with the indicator and a past copula, the"
    " year after it ('Ventetiden var i 2024 i gennemsnit 19 dage'), is not linked to the time limit aimed at"
    " (only a sentence that opens with the year or 'I dag' is)"
)
SHARE_WORDS_NOW = (
    "a share in number words with nothing after it ('I dag gælder det tre ud af fem') is no figure, so it is not"
    " where the level in words aimed at starts"
)
THRESHOLD_AFTER = (
    "a time threshold after 'mere end' inside what a share counts ('Højst 10 pct. af opholdene ... må vare mere"
    " end 120 dage i 2027') stays a free figure between the share aimed at and the next sentence's baseline, so"
    " the baseline is not linked"
)
ROW_LABELS = (
    "a flattened row whose labels name the status and the aim by nouns the lexicon lacks ('Udledning 2021:',"
    " 'Målbelastning 2027:') is not read as a from-to"
)
RATE_BETWEEN = (
    "a from-to whose first end carries a rate ('fra 40 om året til 120') is split in two: the change from the"
    " first end, and the second end as a level of its own"
)
SHARE_WORDS_AIM = (
    "a share in number words as it stands ('Hver tredje flygtning er i job') and the one aimed at in the next"
    " sentence ('det gælder hver anden i 2030') are not linked as baseline and level"
)
GOAL_HEAD = (
    "a table whose head names the goal column only as 'Mål' with no year, and a row whose label holds the bound"
    " ('Mindst 92 pct. rettidige opfølgningssamtaler\t89 pct.'), is not read as a table; the bound in the label"
    " is not read either"
)
RESULT_SHARE = (
    "a share of a past event after a 'Resultat 2024:' label ('91 pct. af de ansatte deltog') is read as a level"
    " aimed at, and the change in points the next sentence gives from an earlier year is not tied to it"
)
DROP_OUT = (
    "'falde fra' (to drop out) still counts as a word of direction in the sentence, so a share in words before"
    " it in a sentence with no aim ('Hver femte elev ... falder fra') is not taken for a fact"
)

# fmt: off
DA_CASES = [
    # budgetaftaler og økonomiaftaler
    case("da", "Administrationen skal effektiviseres med 12 mio. kr. i 2026, svarende til 3 pct. af budgettet. Effektiviseringen fordeles på alle fagområder.",
         T(kind="change", direction="down", absolute="12000000", relative="3", unit="percent", year=2026, verdict="consistent")),
    case("da", "Administrationsbudgettet på 480 mio. kr. skal reduceres med 24 mio. kr. i 2027. Det svarer til en reduktion på 5 pct.",
         T(kind="change", direction="down", absolute="24000000", relative="5", baseline="480000000", year=2027, verdict="consistent")),
    case("da", "Administrationsbudgettet på 480 mio. kr. skal reduceres med 24 mio. kr. i 2027. Det svarer til en reduktion på 8 pct.",
         T(kind="change", direction="down", absolute="24000000", relative="8", baseline="480000000", year=2027, verdict="inconsistent")),
    case("da", "Økonomiaftalen for 2026 indeholder en målsætning om at reducere de kommunale administrationsudgifter med 1 mia. kr. frem mod 2030. Kommunerne skal selv finde besparelserne.",
         T(kind="change", direction="down", absolute="1000000000", unit="kr", year=2030)),
    case("da", "Servicerammen for 2026 udgør 287,4 mia. kr. i 2026-pris- og lønniveau. Anlægsrammen er aftalt til 22,9 mia. kr."),
    case("da", "Budgetaftale 2026-2029\nDer afsættes 3,5 mio. kr. årligt til flere pædagoger i daginstitutionerne.\nAftalen er indgået mellem alle byrådets partier."),
    case("da", "Med budgetaftalen er der en målsætning om, at andelen af ufaglærte i ældreplejen reduceres fra 22 pct. til 15 pct. i 2029. Indsatsen finansieres af puljemidler.",
         T(kind="change", direction="down", level="15", baseline="22", unit="percent", year=2029, verdict="unverifiable")),
    case("da", "Udgifterne til eksterne konsulenter skal halveres fra 18 mio. kr. i 2024 til 9 mio. kr. i 2027. Besparelsen indgår i budgettet.",
         T(kind="change", direction="down", relative="50", level="9000000", baseline="18000000", year=2027, reference_year=2024, verdict="consistent")),
    case("da", "Den gennemsnitlige kassebeholdning efter kassekreditreglen skal være mindst 250 mio. kr. i hele budgetperioden. Det er byrådets økonomiske politik.",
         T(kind="level", level="250000000", hedge="at_least", unit="kr")),
    case("da", "Anlægsbudgettet er på 412 mio. kr. i 2026. Det er 12 pct. mere end i 2025."),
    case("da", "Kommunens skatteprocent er uændret 25,1 pct., og grundskyldspromillen er 26,0. Kirkeskatten er 0,87 pct."),
    case("da", "Budgetaftalen har en målsætning om, at sygefraværet falder med 1 procentpoint om året frem til 2029. Fraværet opgøres hvert kvartal.",
         T(kind="change", direction="down", relative="1", unit="percentage_point", year=2029)),
    case("da", "Budgetlinje 4.2 Effektivisering (mio. kr.)\t2026: -4,0\t2027: -8,0\t2028: -12,0"),
    case("da", "Målsætningen om 1.000 nye almene boliger inden 2030 fastholdes. Der er hidtil givet tilsagn til 420 boliger.",
         T(kind="change", direction="up", absolute="1000", year=2030)),
    case("da", "Driftsudgifterne pr. indbygger skal ned fra 68.400 kr. i 2024 til højst 66.000 kr. i 2028. Det sker uden serviceforringelser.",
         T(kind="change", direction="down", level="66000", baseline="68400", hedge="at_most", year=2028, reference_year=2024, verdict="unverifiable")),
    case("da", "Budget 2026 blev vedtaget ved 2. behandling den 9. oktober 2025. Høringsfristen var den 15. september kl. 12."),
    case("da", "Økonomiudvalget har en målsætning om et overskud på den ordinære drift på mindst 150 mio. kr. årligt. I regnskab 2024 var overskuddet 118 mio. kr.",
         T(level="150000000", hedge="at_least", unit="kr/year")),
    # regionernes sundhedsplaner og sundhedsaftaler
    case("da", "Antallet af forebyggelige indlæggelser blandt ældre skal reduceres med 15 pct. i aftaleperioden 2024-2027. I 2023 var der 2.860 forebyggelige indlæggelser.",
         T(kind="change", direction="down", relative="15", baseline="2860", year=2027, reference_year=2023, verdict="unverifiable")),
    case("da", "Sundhedsaftalen har et mål om 10 pct. færre forebyggelige indlæggelser i 2030 sammenlignet med 2022. Det svarer til ca. 400 færre indlæggelser.",
         T(kind="change", direction="down", relative="10", absolute="400", year=2030, reference_year=2022, verdict="consistent")),
    case("da", "Sundhedsaftalen har et mål om 10 pct. færre forebyggelige indlæggelser i 2030. Det svarer til 600 færre indlæggelser. I 2022 var der 4.100 forebyggelige indlæggelser.",
         T(kind="change", direction="down", relative="10", absolute="600", baseline="4100", year=2030, verdict="inconsistent")),
    case("da", "Ventetiden til psykiatrisk udredning af børn og unge skal være under 30 dage i 2026. I 2024 var den gennemsnitlige ventetid 52 dage.",
         T(kind="change", direction="down", level="30", baseline="52", hedge="below", unit="day", year=2026, reference_year=2024, verdict="unverifiable")),
    case("da", "Regionen vil sikre, at mindst 90 pct. af patienterne bliver udredt inden for 30 dage. I 2024 gjaldt det 78 pct.",
         T(kind="change", direction="up", level="90", baseline="78", hedge="at_least", unit="percent", verdict="unverifiable")),
    case("da", "Regionen har 1,3 mio. indbyggere og fem akuthospitaler. Akuttelefonen 1813 har åbent hele døgnet."),
    case("da", "Andelen af borgere med type 2-diabetes, der får årskontrol hos egen læge, skal stige fra 71 pct. til 85 pct. inden udgangen af 2027.\nOpfølgning sker i sundhedsklyngen.",
         T(kind="change", direction="up", level="85", baseline="71", unit="percent", year=2027, verdict="unverifiable")),
    case("da", "Genindlæggelser inden for 30 dage\tResultat 2024: 11,2 pct.\tMål 2027: 9,0 pct.",
         T(kind="change", direction="down", level="9", baseline="11.2", unit="percent", year=2027, reference_year=2024)),
    case("da", "Antallet af sengedage for ældre medicinske patienter skal nedbringes med en fjerdedel frem mod 2028. Det frigør kapacitet på hospitalerne.",
         T(kind="change", direction="down", relative="25", year=2028)),
    case("da", "Sundhedsaftalen 2024-2027 blev godkendt i Sundhedskoordinationsudvalget den 14. december 2023. Den gælder for regionen og de 17 kommuner."),
    case("da", "Målet er, at ventetiden på genoptræning efter udskrivning højst er 14 dage. Ventetiden var i 2024 i gennemsnit 19 dage, og målet er derfor ikke nået.",
         T(kind="change", direction="down", level="14", baseline="19", hedge="at_most", unit="day", verdict="unverifiable"), xfail=STOOD_NAMED_FIRST),
    case("da", "Kræftpatienter skal i mindst 90 pct. af forløbene behandles inden for de maksimale ventetider. Resultatet for 2024 var 84 pct.",
         T(level="90", hedge="at_least", unit="percent")),
    case("da", "Andelen af dagligrygere skal halveres fra 14 pct. i 2023 til 7 pct. i 2035. Indsatsen retter sig især mod unge.",
         T(kind="change", direction="down", relative="50", level="7", baseline="14", year=2035, reference_year=2023, verdict="consistent")),
    case("da", "Andelen af dagligrygere skal halveres fra 14 pct. i 2023 til 9 pct. i 2035. Indsatsen retter sig især mod unge.",
         T(kind="change", direction="down", relative="50", level="9", baseline="14", year=2035, reference_year=2023, verdict="inconsistent")),
    case("da", "Ventetiden ved opkald til akuttelefonen 1813 må i 2026 højst være 3 minutter i gennemsnit. Telefonen har åbent døgnet rundt.",
         T(kind="level", level="3", hedge="at_most", year=2026)),
    case("da", "Fire ud af fem patienter skal have en tid til udredning inden for 30 dage i 2026. I dag gælder det tre ud af fem.",
         T(kind="change", direction="up", level="80", baseline="60", year=2026, verdict="unverifiable"), xfail=SHARE_WORDS_NOW),
    case("da", "Fire ud af fem patienter skal have en tid til udredning inden for 30 dage i 2026. I dag er andelen 62 pct.",
         T(kind="change", direction="up", level="80", baseline="62", unit="percent", year=2026, verdict="unverifiable")),
    # hjemløsestrategier
    case("da", "Antallet af hjemløse i kommunen skal reduceres fra 640 i 2024 til under 400 i 2030. Indsatsen bygger på Housing First.",
         T(kind="change", direction="down", level="400", baseline="640", hedge="below", year=2030, reference_year=2024, verdict="unverifiable")),
    case("da", "Hjemløsestrategi 2025-2030\nAntallet af unge hjemløse mellem 18 og 24 år skal halveres.\nI 2024 var 112 unge hjemløse.",
         T(kind="change", direction="down", relative="50", baseline="112", verdict="unverifiable")),
    case("da", "Højst 10 pct. af opholdene på forsorgshjem må vare mere end 120 dage i 2027. I 2024 var andelen 27 pct.",
         T(kind="change", direction="down", level="10", baseline="27", hedge="at_most", unit="percent", year=2027, reference_year=2024, verdict="unverifiable"), xfail=THRESHOLD_AFTER),
    case("da", "Hjemløsetællingen i uge 6 i 2024 viste 5.789 hjemløse på landsplan. Det er 9 pct. færre end i 2022.",
         T(direction="down", relative="9", level="5789", verdict="consistent")),
    case("da", "Herberget har 42 pladser og en akutstue med 6 senge. Henvendelse på tlf. 33 17 42 00 mellem kl. 8 og 22."),
    case("da", "Mindst 80 pct. af borgerne i et Housing First-forløb skal fortsat bo i egen bolig efter 12 måneder. Det følges op hvert halve år.",
         T(kind="level", level="80", hedge="at_least", unit="percent")),
    case("da", "Den politiske målsætning er, at antallet af hjemløse i 2030 er nedbragt med 1.000 personer i forhold til 2024. I 2024 blev der talt 3.600 hjemløse.",
         T(kind="change", direction="down", absolute="1000", baseline="3600", year=2030, reference_year=2024, verdict="unverifiable")),
    case("da", "Hver tredje hjemløse har en psykisk lidelse, viser kortlægningen. Andelen er steget siden 2019."),
    case("da", "Antallet af udsættelser af lejere skal nedbringes med 25 pct. fra 2024 til 2028, svarende til 60 færre udsættelser om året. Boligsociale medarbejdere skal opsøge lejerne tidligere.",
         T(kind="change", direction="down", relative="25", absolute="60", year=2028, reference_year=2024, verdict="consistent")),
    case("da", "Antallet af hjemløse skal nedbringes med 20 pct., fra 450 til 340, inden 2028. Det kræver flere billige boliger.",
         T(kind="change", direction="down", relative="20", level="340", baseline="450", year=2028, verdict="inconsistent")),
    case("da", "Antallet af borgere i\nhjemløshed skal\nnedbringes med 300 personer\ninden 2029.",
         T(kind="change", direction="down", absolute="300", year=2029)),
    case("da", "Efter servicelovens § 110 skal kommunen tilbyde midlertidigt ophold. Tilbuddet er omfattet af § 4, stk. 1, nr. 2."),
    # vandplaner og landbrug
    case("da", "Kvælstofudledningen til Limfjorden skal reduceres med 1.450 ton N om året frem mod 2027. Indsatsen omfatter blandt andet minivådområder.",
         T(kind="change", direction="down", absolute="1450", unit="t", year=2027)),
    case("da", "Kvælstofbelastningen af kystvandene skal ned fra 57.000 ton i 2021 til 44.700 ton i 2027. Det er et fald på 12.300 ton.",
         T(kind="change", direction="down", level="44700", baseline="57000", absolute="12300", unit="t", year=2027, reference_year=2021, verdict="consistent")),
    case("da", "Kvælstofbelastningen af kystvandene skal ned fra 57.000 ton i 2021 til 44.700 ton i 2027. Det er et fald på 15.300 ton.",
         T(kind="change", direction="down", level="44700", baseline="57000", absolute="15300", unit="t", year=2027, reference_year=2021, verdict="inconsistent")),
    case("da", "Udledningen af kvælstof fra landbruget skal reduceres med 30 pct. i forhold til 2021, svarende til 13.800 ton N. I 2021 var udledningen 46.000 ton.",
         T(kind="change", direction="down", relative="30", absolute="13800", baseline="46000", reference_year=2021, verdict="consistent")),
    case("da", "Vandplanerne omfatter 109 hovedvandoplande og 119 kystvandområder. Planperioden løber fra 2021 til 2027."),
    case("da", "Andelen af vandløb i god økologisk tilstand skal øges fra 37 pct. til 100 pct. senest i 2027. Det kræver fjernelse af spærringer.",
         T(kind="change", direction="up", level="100", baseline="37", unit="percent", year=2027, verdict="unverifiable")),
    case("da", "Fosforudledningen til søerne skal reduceres med 10-15 pct. frem mod 2027. Indsatsen aftales med lodsejerne.",
         T(kind="change", direction="down", low="9.5", high="15.5", year=2027)),
    case("da", "Landbrugsarealet i kommunen er 42.300 ha, heraf 6.100 ha økologisk. Der er 312 heltidslandbrug."),
    case("da", "Det samlede pesticidforbrug skal nedbringes med en tredjedel fra 2022 til 2030. Belastningsindikatoren blev opgjort for hele landet.",
         T(kind="change", direction="down", relative="100/3", year=2030, reference_year=2022)),
    case("da", "Kvælstof (ton N/år)\tUdledning 2021: 5.400\tMålbelastning 2027: 4.100",
         T(kind="change", direction="down", level="4100", baseline="5400", year=2027, reference_year=2021), xfail=ROW_LABELS),
    case("da", "Mindst 15.000 ha lavbundsjord skal udtages af drift inden 2030. Arealet skal vådlægges.",
         T(level="15000", hedge="at_least", unit="ha", year=2030)),
    case("da", "Kvælstofudledningen fra renseanlæggene skal reduceres med 1,2 mio. kg frem mod 2027. Det sker ved udbygning af tre anlæg.",
         T(kind="change", direction="down", absolute="1200000", unit="kg", year=2027)),
    case("da", "Indsatsprogrammet i vandområdeplan 2021-2027 blev vedtaget ved bekendtgørelse nr. 797 af 13. juni 2023. Kommunen har 14 vandløbsstrækninger med indsats."),
    # affaldsplaner
    case("da", "Genanvendelsen af husholdningsaffald skal øges fra 48 pct. i 2022 til 60 pct. i 2028. Det kræver ny indsamling af tekstiler.",
         T(kind="change", direction="up", level="60", baseline="48", unit="percent", year=2028, reference_year=2022, verdict="unverifiable")),
    case("da", "Mængden af restaffald skal ned fra 210 kg pr. indbygger i 2022 til 150 kg pr. indbygger i 2030. Det svarer til et fald på 29 pct.",
         T(kind="change", direction="down", level="150", baseline="210", relative="29", year=2030, reference_year=2022, verdict="consistent")),
    case("da", "Mængden af restaffald skal ned fra 210 kg pr. indbygger i 2022 til 150 kg pr. indbygger i 2030. Det svarer til et fald på 35 pct.",
         T(kind="change", direction="down", level="150", baseline="210", relative="35", year=2030, reference_year=2022, verdict="inconsistent")),
    case("da", "Affaldsplan 2025-2036\nMindst 70 pct. af byggeaffaldet skal genanvendes i planperioden.",
         T(kind="level", level="70", hedge="at_least", unit="percent")),
    case("da", "Genbrugspladsen har åbent alle dage kl. 7-19. Storskrald hentes hver 4. uge, og der må højst stilles 2 m³ ud ad gangen."),
    case("da", "Hver indbygger smed i 2023 i gennemsnit 412 kg husholdningsaffald ud. Det er 3 pct. mindre end året før.",
         T(direction="down", relative="3", level="412", verdict="consistent")),
    case("da", "Madaffaldet skal sorteres, så mindst 65 pct. indsamles separat i 2027, mod 41 pct. i dag. Alle etageboliger får nye beholdere.",
         T(kind="change", direction="up", level="65", baseline="41", hedge="at_least", unit="percent", year=2027, verdict="unverifiable")),
    case("da", "Mængden af plastaffald til forbrænding skal halveres inden 2030. Det sker gennem bedre sortering i etageboliger.",
         T(kind="change", direction="down", relative="50", year=2030)),
    case("da", "Genanvendelse (pct.)\t2022: 48\t2024: 52\tMål 2028: 60",
         T(kind="change", direction="up", level="60", baseline="52", unit="percent", year=2028, reference_year=2024)),
    case("da", "Målet er, at restaffaldet i 2030 højst er 150 kg pr. indbygger. I 2024 var mængden 196 kg.",
         T(kind="change", direction="down", level="150", baseline="196", hedge="at_most", unit="kg/person", year=2030, reference_year=2024, verdict="unverifiable")),
    case("da", "Genanvendelsen skal op på 65\u202fpct. i 2035. I 2023 var den 49\u00a0pct.",
         T(kind="change", direction="up", level="65", baseline="49", unit="percent", year=2035, reference_year=2023, verdict="unverifiable")),
    case("da", "Affaldsgebyret for et parcelhus er 3.150 kr. om året i 2026. Gebyret for en lejlighed er 2.240 kr."),
    # kultur- og fritidspolitik
    case("da", "Besøgstallet på bibliotekerne skal øges med 10 pct. til 330.000 besøg i 2027. I 2024 havde bibliotekerne 300.000 besøg.",
         T(kind="change", direction="up", relative="10", level="330000", baseline="300000", year=2027, reference_year=2024, verdict="consistent")),
    case("da", "Besøgstallet på bibliotekerne skal øges med 15 pct. til 330.000 besøg i 2027. I 2024 havde bibliotekerne 300.000 besøg.",
         T(kind="change", direction="up", relative="15", level="330000", baseline="300000", year=2027, reference_year=2024, verdict="inconsistent")),
    case("da", "Antallet af medlemmer i de idrætsforeninger, kommunen støtter, skal stige med 2.000 frem mod 2028. I dag har foreningerne 18.500 medlemmer.",
         T(kind="change", direction="up", absolute="2000", baseline="18500", year=2028, verdict="unverifiable")),
    case("da", "Kulturhuset har 420 siddepladser i den store sal. Billetter koster 120-180 kr., og børn under 12 år går gratis ind."),
    case("da", "Museets besøgstal faldt fra 84.000 i 2019 til 61.000 i 2021 under nedlukningerne. Siden er det steget igen.",
         T(kind="change", direction="down", level="61000", baseline="84000", year=2021, reference_year=2019)),
    case("da", "Andelen af børn og unge, der er medlem af en idrætsforening, skal øges med 5 procentpoint til 70 pct. i 2028. I 2024 var andelen 65 pct.",
         T(kind="change", direction="up", relative="5", level="70", baseline="65", year=2028, verdict="consistent")),
    case("da", "Andelen af børn og unge, der er medlem af en idrætsforening, skal øges med 3 procentpoint til 70 pct. i 2028. I 2024 var andelen 65 pct.",
         T(kind="change", direction="up", relative="3", level="70", baseline="65", year=2028, verdict="inconsistent")),
    case("da", "Antallet af arrangementer i kulturhusene skal tredobles fra 40 om året til 120 inden 2028. Foreningerne inviteres med.",
         T(kind="change", direction="up", relative="200", level="120", baseline="40", year=2028, verdict="consistent"), xfail=RATE_BETWEEN),
    case("da", "Foreningstilskuddet er 45 kr. pr. medlem under 25 år. Ansøgningsfristen er 1. april, jf. folkeoplysningslovens § 18."),
    case("da", "Målet er 25.000 besøgende på kulturnatten i 2026. Sidste år kom der 19.000.",
         T(kind="change", direction="up", level="25000", baseline="19000", year=2026, verdict="unverifiable")),
    case("da", "Svømmehallen havde 212.000 besøg i 2024, og fitnesscentret havde 64.000. Begge tal er de højeste nogensinde."),
    case("da", "Antallet af deltagere i sommerferieaktiviteterne skal fordobles til 2.400 i 2027. Aktiviteterne er gratis.",
         T(kind="change", direction="up", relative="100", level="2400", year=2027, verdict="consistent")),
    case("da", "Hver femte borger mellem 16 og 25 år er ikke medlem af en forening. Målet er, at andelen i 2030 højst er 10 pct.",
         T(direction="down", level="10", hedge="at_most", unit="percent", year=2030)),
    # integrationspolitik
    case("da", "Beskæftigelsesfrekvensen for flygtninge og familiesammenførte skal øges fra 51 pct. i 2024 til 60 pct. i 2028. Det svarer til en stigning på 9 procentpoint.",
         T(kind="change", direction="up", level="60", baseline="51", relative="9", year=2028, reference_year=2024, verdict="consistent")),
    case("da", "Beskæftigelsesfrekvensen for flygtninge og familiesammenførte skal øges fra 51 pct. i 2024 til 60 pct. i 2028. Det svarer til en stigning på 9 pct.",
         T(kind="change", direction="up", level="60", baseline="51", relative="9", year=2028, reference_year=2024, verdict="inconsistent")),
    case("da", "Andelen af indvandrerkvinder i beskæftigelse skal stige med 4 procentpoint frem mod 2027. I 2024 var andelen 42 pct.",
         T(kind="change", direction="up", relative="4", baseline="42", unit="percentage_point", year=2027)),
    case("da", "Integrationsgrunduddannelsen skal i 2026 omfatte mindst 60 forløb. I 2025 blev der påbegyndt 38 forløb.",
         T(kind="change", direction="up", level="60", baseline="38", hedge="at_least", year=2026, reference_year=2025, verdict="unverifiable")),
    case("da", "Integrationsprogrammet varer som udgangspunkt 1 år og kan forlænges til 5 år. Selvforsørgelsesydelsen er 6.505 kr. om måneden for en enlig over 30 år."),
    case("da", "Hver tredje flygtning er i job efter tre år i Danmark. Målet er, at det gælder hver anden i 2030.",
         T(kind="change", direction="up", level="50", baseline="100/3", year=2030), xfail=SHARE_WORDS_AIM),
    case("da", "Beskæftigelsesfrekvensen for indvandrere fra ikke-vestlige lande steg fra 52,1 pct. i 2019 til 59,4 pct. i 2024. Det er en stigning på 7,3 procentpoint.",
         T(kind="change", direction="up", level="59.4", baseline="52.1", relative="7.3", year=2024, reference_year=2019, verdict="consistent")),
    case("da", "Integrationsrådet mødes fire gange om året. Rådet har 15 medlemmer, hvoraf 9 vælges blandt borgere med anden etnisk baggrund end dansk."),
    case("da", "Beskæftigelsesfrekvensen skal øges med 3-5 procentpoint frem mod 2028. Målet gælder alle borgere i integrationsprogrammet.",
         T(kind="change", direction="up", low="2.5", high="5.5", unit="percentage_point", year=2028)),
    case("da", "Mindst hver anden nyankomne flygtning skal være i job eller uddannelse efter 2 år. Målet følges op i integrationsrådet.",
         T(kind="level", level="50", hedge="at_least")),
    # årsrapporter med mål og resultat
    case("da", "Mål: Mindst 60 pct. af husholdningsaffaldet genanvendes i 2025.\nResultat 2025: 54 pct.\nIkke opfyldt.",
         T(kind="level", level="60", hedge="at_least", unit="percent", year=2025, verdict="unverifiable")),
    case("da", "Mål: Sagsbehandlingstiden på byggesager må højst være 40 dage. Resultat: 36 dage. Opfyldt.",
         T(level="40", hedge="at_most", unit="day")),
    case("da", "Mål 2024: Sygefraværet skal være under 6,5 pct.\nResultat 2024: 7,1 pct.\nStatus: Ikke opfyldt",
         T(level="6.5", hedge="below", unit="percent", year=2024)),
    case("da", "Indikator\tResultat 2023\tMål 2026\nAndel borgere, der er tilfredse med hjemmeplejen\t86 pct.\t90 pct.",
         T(kind="change", direction="up", level="90", baseline="86", unit="percent", year=2026, reference_year=2023)),
    case("da", "Målet om 2.500 nye arbejdspladser i perioden 2020-2024 blev nået med 2.740 nye arbejdspladser. Status: Opfyldt.",
         T(direction="up", absolute="2500"), T(direction="up", absolute="2740")),
    case("da", "Mål: Antallet af borgere på kontanthjælp reduceres med 10 pct.\nResultat: Antallet faldt med 7 pct.\nDelvist opfyldt.",
         T(kind="change", direction="down", relative="10"),
         T(kind="change", direction="down", relative="7")),
    case("da", "Årsrapport 2024, side 14 af 62\nTabel 3.1 Resultatopgørelse (1.000 kr.)\nIndtægter 1.245.300\nUdgifter 1.198.700"),
    case("da", "Målet var, at 85 pct. af alle sager blev afgjort inden for 8 uger. Resultatet blev 79 pct., og målet er derfor ikke opfyldt.",
         T(level="85", unit="percent")),
    case("da", "Resultatmål 2025: Andelen af unge, der gennemfører en ungdomsuddannelse, øges med 2 procentpoint til 87 pct. Resultat: 86 pct. Delvist opfyldt.",
         T(kind="change", direction="up", relative="2", level="87", verdict="consistent")),
    case("da", "Mål\tResultat\tVurdering\nMindst 92 pct. rettidige opfølgningssamtaler\t89 pct.\tIkke opfyldt",
         T(level="92", hedge="at_least", unit="percent"), xfail=GOAL_HEAD),
    case("da", "Resultatkrav 2025: Sagsbehandlingstiden for klagesager nedbringes fra 120 til 90 dage. Resultat: 104 dage. Opfyldelsesgrad: delvist.",
         T(kind="change", direction="down", level="90", baseline="120", unit="day", verdict="unverifiable")),
    case("da", "Borgerservice kan kontaktes på 70 20 30 40. Åbningstiden er mandag-fredag kl. 10-15 og torsdag til kl. 17."),
    case("da", "Tilbuddet gælder unge mellem 15 og 17 år og voksne over 65 år. Folkepensionsalderen er 67 år."),
    case("da", "Resultat 2024: 91 pct. af de ansatte deltog i trivselsmålingen. Svarprocenten var 4 procentpoint højere end i 2022.",
         T(direction="up", relative="4", level="91", verdict="consistent"), xfail=RESULT_SHARE),
    # more: a budget's amount as where its change starts, a change in a measure stated next, a share and its change from the year before
    case("da", "Kommunen vil reducere administrationsbudgettet på 480 mio. kr. med 24 mio. kr. i 2027, svarende til 5 pct. Besparelsen findes på indkøb.",
         T(kind="change", direction="down", absolute="24000000", relative="5", baseline="480000000", year=2027, verdict="consistent")),
    case("da", "Energiforbruget i regionens bygninger skal ned fra 110 GWh i 2022 til 88 GWh i 2030. Det svarer til en reduktion på 22 GWh.",
         T(kind="change", direction="down", level="88", baseline="110", absolute="22", unit="GWh", year=2030, reference_year=2022, verdict="consistent")),
    case("da", "Frafaldet på erhvervsuddannelsernes grundforløb var 18,2 pct. i 2024. Det er 1,1 procentpoint lavere end året før.",
         T(direction="down", relative="1.1", level="18.2", verdict="consistent")),
    case("da", "Antallet af dræbte og alvorligt tilskadekomne i trafikken skal halveres inden 2030. I 2024 blev 22 personer dræbt eller alvorligt kvæstet på kommunens veje.",
         T(kind="change", direction="down", relative="50", baseline="22", year=2030, reference_year=2024, verdict="unverifiable")),
    case("da", "Frafaldet skal ned. Målet er, at færre end hver tiende elev falder fra grundforløbet i 2030.",
         T(direction="down", level="10", hedge="below", year=2030)),
    case("da", "Hver femte elev på grundforløbet falder fra. Det er flest på de tekniske uddannelser.", xfail=DROP_OUT),
    case("da", "Genbrugspladsen tager imod haveaffald hele året. Aflevering af op til 500 kg pr. besøg er gratis."),
    case("da", "Madaffaldsgebyret for 2026 er 640 kr. pr. husstand. Gebyret stiger med 4 pct. i forhold til 2025."),
    case("da", "Kvælstofudledningen fra spildevand skal ned fra 420 ton i 2021 til 300 ton i 2027. Det er et fald på 120 ton, og resten skal klares af landbruget.",
         T(kind="change", direction="down", level="300", baseline="420", absolute="120", unit="t", year=2027, reference_year=2021, verdict="consistent")),
]
# fmt: on

# fmt: off
NB_CASES = [
    # kommuneplanens samfunnsdel
    case("nb", "Kommunen skal ha 45 000 innbyggere innen 2040. Ved inngangen til 2025 var folketallet 38 200.",
         T(kind="change", direction="up", level="45000", baseline="38200", year=2040, reference_year=2025, verdict="unverifiable")),
    case("nb", "Befolkningsveksten skal være minst 1 prosent per år i planperioden. Veksten skal i hovedsak komme i sentrum.",
         T(kind="level", level="1", hedge="at_least", unit="percent")),
    case("nb", "Kommuneplanens samfunnsdel 2024–2036 ble vedtatt av kommunestyret 20. juni 2024. Planen rulleres hvert fjerde år."),
    case("nb", "Andelen innbyggere som bor innenfor 10 minutters gange fra sentrum, skal øke fra 38 prosent til 50 prosent innen 2036. Nye boliger skal bygges tett.",
         T(kind="change", direction="up", level="50", baseline="38", unit="percent", year=2036, verdict="unverifiable")),
    case("nb", "Minst 80 prosent av boligveksten skal komme i sentrum og tettstedene. I perioden 2015–2023 var andelen 64 prosent.",
         T(level="80", hedge="at_least", unit="percent")),
    case("nb", "Antall arbeidsplasser i kommunen skal økes med 1 500 til 18 000 innen 2035. Næringsarealene skal utvides.",
         T(kind="change", direction="up", absolute="1500", level="18000", year=2035, verdict="consistent")),
    case("nb", "Antall arbeidsplasser i kommunen skal økes med 1 500 til 18 000 innen 2035. I dag er det 17 200 arbeidsplasser i kommunen.",
         T(kind="change", direction="up", absolute="1500", level="18000", baseline="17200", year=2035, verdict="inconsistent")),
    case("nb", "Kommunen har 38 200 innbyggere fordelt på 12 grunnkretser. Gjennomsnittsalderen er 41,3 år."),
    case("nb", "Andelen av innbyggerne som er i arbeid, skal økes til 75 prosent innen 2036. I 2024 var sysselsettingsandelen 71,4 prosent.",
         T(kind="change", direction="up", level="75", baseline="71.4", unit="percent", year=2036, reference_year=2024, verdict="unverifiable")),
    case("nb", "Innen 2036 skal hver tredje nye bolig være tilpasset eldre. Boligene skal ligge nær tjenestene.",
         T(kind="level", level="100/3", year=2036)),
    # Nav og Helsedirektoratet
    case("nb", "Andelen brukere med nedsatt arbeidsevne som går over til arbeid, skal økes til 40 prosent. Resultatet for 2024 ble 36 prosent.",
         T(direction="up", level="40", unit="percent")),
    case("nb", "Måloppnåelse 2024: Andelen arbeidssøkere som kom i arbeid, var 65 prosent mot et mål på 70 prosent.",
         T(baseline="65", level="70")),
    case("nb", "Nav skal redusere saksbehandlingstiden for uføretrygd fra 160 dager i 2024 til 120 dager i 2026. Det tilsvarer en reduksjon på 25 prosent.",
         T(kind="change", direction="down", level="120", baseline="160", relative="25", unit="day", year=2026, reference_year=2024, verdict="consistent")),
    case("nb", "Nav skal redusere saksbehandlingstiden for uføretrygd fra 160 dager i 2024 til 120 dager i 2026. Det tilsvarer en reduksjon på 33 prosent.",
         T(kind="change", direction="down", level="120", baseline="160", relative="33", unit="day", year=2026, reference_year=2024, verdict="inconsistent")),
    case("nb", "Andelen dagligrøykere skal reduseres til under 5 prosent innen 2030. I 2024 var andelen 7 prosent.",
         T(kind="change", direction="down", level="5", baseline="7", hedge="below", unit="percent", year=2030, reference_year=2024, verdict="unverifiable")),
    case("nb", "Antall personer med langvarig sosialhjelp skal reduseres med en femtedel innen 2027. Tiltaket følges opp i tertialrapportene.",
         T(kind="change", direction="down", relative="20", year=2027)),
    case("nb", "Nav Vestland hadde 1 240 ansatte ved utgangen av 2024. Sykefraværet var 6,8 prosent."),
    case("nb", "Styringsparameter: Andelen unge under 30 år med nedsatt arbeidsevne som har en arbeidsrettet aktivitet, skal være minst 60 prosent. Resultat 2024: 57 prosent. Målet er ikke nådd.",
         T(level="60", hedge="at_least", unit="percent")),
    case("nb", "Utbetalingene av sykepenger økte med 8,2 prosent fra 2023 til 2024, til 62,4 mrd. kroner. Veksten skyldes høyere lønn.",
         T(kind="change", direction="up", relative="8.2", level="62400000000", year=2024, reference_year=2023, verdict="consistent")),
    case("nb", "Ventetiden i spesialisthelsetjenesten skal være under 50 dager i 2026. I 2024 var gjennomsnittlig ventetid 66 dager.",
         T(kind="change", direction="down", level="50", baseline="66", hedge="below", unit="day", year=2026, reference_year=2024, verdict="unverifiable")),
    case("nb", "Helsedirektoratet behandlet 14 300 søknader om autorisasjon i 2024. Gjennomsnittlig behandlingstid var 38 dager."),
    case("nb", "Andelen pasienter som får oppstart av behandling innen standard forløpstid, skal være minst 70 prosent. Resultatet for 2024 var 64 prosent.",
         T(level="70", hedge="at_least", unit="percent")),
    case("nb", "Det fysiske aktivitetsnivået i befolkningen skal økes med 10 prosent innen 2025. Målet følger av folkehelsemeldingen.",
         T(kind="change", direction="up", relative="10", unit="percent", year=2025)),
    case("nb", "Nav-kontoret har åpent mandag til fredag 09.00–15.00. Ring 55 55 33 33 for veiledning om dagpenger."),
    # Oslo kommunes budsjett
    case("nb", "Resultatindikator\tResultat 2024\tMåltall 2026\nAndel kvalitetsreviderte byggesaker\t72 %\t85 %",
         T(kind="change", direction="up", level="85", baseline="72", unit="percent", year=2026, reference_year=2024)),
    case("nb", "Måltall 2026: Saksbehandlingstiden for byggesaker skal ikke overstige 8 uker. Resultat 2024: 11 uker.",
         T(level="8", hedge="at_most", unit="week", year=2026)),
    case("nb", "Bydelen skal ha en andel heltidsstillinger på minst 75 prosent i 2026. Andelen var 68 prosent ved utgangen av 2024.",
         T(kind="change", direction="up", level="75", baseline="68", hedge="at_least", unit="percent", year=2026, verdict="unverifiable")),
    case("nb", "Byens budsjett for 2026 har driftsutgifter på 82,6 mrd. kroner. Investeringsbudsjettet er 15,4 mrd. kroner."),
    case("nb", "Kapittel 390 Sykehjemsetaten, budsjett 2026: 6 245,3 mill. kr\nRegnskap 2024: 5 981,0 mill. kr"),
    case("nb", "Antall reiser med kollektivtransport skal økes med 30 prosent fra 2019 til 2030, til 500 millioner reiser. Ruter har ansvaret for tilbudet.",
         T(kind="change", direction="up", relative="30", level="500000000", year=2030, reference_year=2019, verdict="consistent")),
    case("nb", "Måltallet for sykefravær i Utdanningsetaten er 6,0 prosent i 2026. Resultatet for 2024 var 7,2 prosent.",
         T(level="6", unit="percent", year=2026)),
    case("nb", "Andel elever på 5. trinn på laveste mestringsnivå i lesing\tResultat 2024: 24 %\tMåltall 2026: 20 %",
         T(kind="change", direction="down", level="20", baseline="24", unit="percent", year=2026, reference_year=2024)),
    case("nb", "Byrådet foreslår å redusere driftsbudsjettet med 300 mill. kroner i 2026, tilsvarende 0,4 prosent. Kuttet fordeles på alle etater.",
         T(kind="change", direction="down", absolute="300000000", relative="0.4", unit="percent", year=2026, verdict="consistent")),
    case("nb", "Byrådet foreslår å redusere driftsbudsjettet på 82,6 mrd. kroner med 300 mill. kroner i 2026, tilsvarende 2 prosent. Kuttet fordeles på alle etater.",
         T(kind="change", direction="down", absolute="300000000", relative="2", baseline="82600000000", year=2026, verdict="inconsistent")),
    case("nb", "Postmottaket kan nås på telefon 21 80 21 80. Fakturaadressen er Postboks 6999 St. Olavs plass, 0130 Oslo."),
    # fylkeskommunens regionale planer
    case("nb", "Den regionale planen for kompetanse har et mål om at andelen voksne uten fullført videregående opplæring skal ned fra 21 prosent til 15 prosent innen 2030.",
         T(kind="change", direction="down", level="15", baseline="21", unit="percent", year=2030, verdict="unverifiable")),
    case("nb", "Fylkeskommunen skal bidra til 2 000 nye læreplasser i planperioden 2024–2028. I 2023 ble det inngått 1 650 lærekontrakter.",
         T(direction="up", absolute="2000")),
    case("nb", "Regional planstrategi 2024–2028 ble vedtatt i fylkestinget 12. desember 2024. Fylket har 27 kommuner og 481 000 innbyggere."),
    case("nb", "Antall kollektivreiser i fylket skal øke med 4 prosent per år fram til 2030. I 2024 var det 38 millioner reiser.",
         T(kind="change", direction="up", relative="4", baseline="38000000", year=2030, reference_year=2024)),
    case("nb", "Andelen av fylkesveiene med dårlig dekke skal reduseres fra en fjerdedel til en tiendedel innen 2032. Vedlikeholdsetterslepet er stort.",
         T(kind="change", direction="down", level="10", baseline="25", year=2032, verdict="unverifiable")),
    case("nb", "Fylkeskommunen skal tredoble antall hurtigladepunkter langs fylkesveiene, fra 60 i 2024 til 180 i 2030.",
         T(kind="change", direction="up", relative="200", level="180", baseline="60", year=2030, reference_year=2024, verdict="consistent")),
    case("nb", "Fylkestinget har 57 representanter. Fylkesordføreren velges for fire år av gangen."),
    case("nb", "Fylkeskommunen eier 14 videregående skoler med til sammen 9 800 elever og 1 700 ansatte. Den største skolen har 1 150 elever."),
    case("nb", "Regional plan for klima og energi\nUtslippene fra fylkeskommunens egen virksomhet skal reduseres med 80 prosent innen 2030\nsammenlignet med 2015.",
         T(kind="change", direction="down", relative="80", unit="percent", year=2030, reference_year=2015)),
    # avfallsplan
    case("nb", "Mengden restavfall skal ned fra 210 kg per innbygger i 2022 til 150 kg per innbygger i 2030. Det tilsvarer en reduksjon på 29 prosent.",
         T(kind="change", direction="down", level="150", baseline="210", relative="29", year=2030, reference_year=2022, verdict="consistent")),
    case("nb", "Materialgjenvinningsgraden for husholdningsavfall skal være minst 55 prosent i 2025, 60 prosent i 2030 og 65 prosent i 2035.",
         T(level="55", year=2025), T(level="60", year=2030), T(level="65", year=2035)),
    case("nb", "Utsorteringsgraden for matavfall skal økes til 70 prosent innen 2030, fra 48 prosent i 2024. Alle husstander får egen dunk.",
         T(kind="change", direction="up", level="70", baseline="48", unit="percent", year=2030, reference_year=2024, verdict="unverifiable")),
    case("nb", "Hver innbygger kastet i gjennomsnitt 418 kg husholdningsavfall i 2023. Det er 2 prosent mindre enn året før.",
         T(direction="down", relative="2", level="418", verdict="consistent")),
    case("nb", "Avfallsplan 2025–2030\nMengden matavfall i restavfallet skal halveres.\nPlukkanalysen i 2024 viste at restavfallet inneholdt mye mat.",
         T(kind="change", direction="down", relative="50")),
    case("nb", "Gjenvinningsstasjonen er åpen tirsdag–lørdag 10–18. Levering av inntil 500 kg hageavfall er gratis."),
    case("nb", "Materialgjenvinning (%)\t2020: 38\t2024: 44\tMål 2030: 60",
         T(kind="change", direction="up", level="60", baseline="44", unit="percent", year=2030, reference_year=2024)),
    case("nb", "Mengden husholdningsavfall skal reduseres med 10 prosent fra 2023 til 2030, til 380 kg per innbygger. I 2023 var mengden 430 kg per innbygger.",
         T(kind="change", direction="down", relative="10", level="380", baseline="430", year=2030, reference_year=2023, verdict="inconsistent")),
    case("nb", "Mengden husholdningsavfall skal reduseres med 10 prosent fra 2023 til 2030, til 387 kg per innbygger. I 2023 var mengden 430 kg per innbygger.",
         T(kind="change", direction="down", relative="10", level="387", baseline="430", year=2030, reference_year=2023, verdict="consistent")),
    case("nb", "Renovasjonsgebyret for 2026 er 4 120 kroner for en standard husholdning. Gebyret økes med 3,5 prosent fra 2025."),
    # trafikksikkerhetsplan
    case("nb", "I tråd med nullvisjonen skal antall drepte og hardt skadde i kommunen reduseres fra 24 i 2023 til høyst 12 i 2030.",
         T(kind="change", direction="down", level="12", baseline="24", hedge="at_most", year=2030, reference_year=2023, verdict="unverifiable")),
    case("nb", "Nullvisjonen er en visjon om et transportsystem der ingen blir drept eller hardt skadd. Trafikksikkerhetsplanen gjelder for 2026–2029."),
    case("nb", "Antall drepte og hardt skadde skal halveres fra 2024 til 2030. I 2024 ble 18 personer drept eller hardt skadd på veiene i kommunen.",
         T(kind="change", direction="down", relative="50", baseline="18", year=2030, reference_year=2024, verdict="unverifiable")),
    case("nb", "Drepte og hardt skadde\tSnitt 2019–2022: 31\tMål 2030: maks 16",
         T(kind="change", direction="down", level="16", baseline="31", hedge="at_most", year=2030)),
    case("nb", "Minst 95 prosent av barna skal bruke sykkelhjelm i 2028. Tellingen i 2024 viste 81 prosent.",
         T(kind="change", direction="up", level="95", baseline="81", hedge="at_least", unit="percent", year=2028, verdict="unverifiable")),
    case("nb", "Ulykkesstatistikk 2024: 6 drepte og 41 hardt skadde i fylket. Tallene er hentet fra Statens vegvesen 14. februar 2025."),
    case("nb", "Antall trafikkdrepte skal halveres fra 2024 til 2030. Det tilsvarer 9 færre drepte per år.",
         T(kind="change", direction="down", relative="50", absolute="9", year=2030, reference_year=2024, verdict="consistent")),
    case("nb", "Andelen barn som går eller sykler til skolen, skal øke med 10 prosentpoeng til 75 prosent innen 2029. I 2024 var andelen 68 prosent.",
         T(kind="change", direction="up", relative="10", level="75", baseline="68", year=2029, verdict="inconsistent")),
    case("nb", "Fartsgrensen forbi skolene er 30 km/t. Strekningen har 4 200 kjøretøy i døgnet."),
    # barnevern og frafall i videregående
    case("nb", "Andelen elever som gjennomfører videregående opplæring innen fem år, skal øke fra 81 prosent til 88 prosent innen 2030. Det er en økning på 7 prosentpoeng.",
         T(kind="change", direction="up", level="88", baseline="81", relative="7", year=2030, verdict="consistent")),
    case("nb", "Andelen elever som gjennomfører videregående opplæring innen fem år, skal øke fra 81 prosent til 88 prosent innen 2030. Det er en økning på 5 prosent.",
         T(kind="change", direction="up", level="88", baseline="81", relative="5", year=2030, verdict="inconsistent")),
    case("nb", "Gjennomføringen i videregående skal økes med 3 prosentpoeng til 85 prosent innen skoleåret 2027/28. Oppfølgingstjenesten styrkes.",
         T(kind="change", direction="up", relative="3", level="85", year=2027, verdict="consistent")),
    case("nb", "Frafallet i vg1 var 6,1 prosent skoleåret 2023/24. Det er 0,8 prosentpoeng lavere enn året før.",
         T(direction="down", relative="0.8", level="6.1", verdict="consistent")),
    case("nb", "Antall barn plassert utenfor hjemmet skal reduseres med 15 prosent innen 2028. Flere skal få hjelp i familien.",
         T(kind="change", direction="down", relative="15", unit="percent", year=2028)),
    case("nb", "Barneverntjenesten skal gjennomføre minst 95 prosent av undersøkelsene innen fristen. I 2024 var andelen 87 prosent.",
         T(kind="change", direction="up", level="95", baseline="87", hedge="at_least", unit="percent", verdict="unverifiable")),
    case("nb", "Barneverntjenesten mottok 1 130 bekymringsmeldinger i 2024. Av disse ble 74 prosent undersøkt videre."),
    case("nb", "Etter barnevernsloven § 2-2 skal en undersøkelse være gjennomført innen tre måneder. Fristen kan forlenges til seks måneder."),
    case("nb", "Andelen lærlinger som består fag- eller svenneprøven, skal være minst 92 prosent. Resultatet i 2024 var 90,5 prosent.",
         T(level="92", hedge="at_least", unit="percent")),
    case("nb", "Hver fjerde elev på yrkesfag har ikke fullført etter fem år. Målet er at færre enn hver tiende skal falle fra i 2030.",
         T(direction="down", level="10", hedge="below", year=2030)),
    case("nb", "Antall ungdommer\nsom slutter i\nvideregående skal reduseres med 40\ninnen 2028.",
         T(kind="change", direction="down", absolute="40", year=2028)),
    case("nb", "To av tre elever på yrkesfag skal ha læreplass i 2027. I 2024 fikk 58 prosent læreplass.",
         T(kind="change", direction="up", level="200/3", baseline="58", year=2027, verdict="unverifiable")),
    case("nb", "Antall elever som får spesialundervisning, skal reduseres fra 1 100 til 950, en nedgang på 150 elever. Tidlig innsats skal styrkes.",
         T(kind="change", direction="down", level="950", baseline="1100", absolute="150", verdict="consistent")),
    case("nb", "Elever i vg1 er normalt 15 eller 16 år. Ungdomsretten gjelder til og med det året eleven fyller 24 år."),
    # sykefravær
    case("nb", "Sykefraværet i kommunen skal ned fra 9,4 prosent i 2024 til 8,0 prosent i 2027. Det er en reduksjon på 1,4 prosentpoeng.",
         T(kind="change", direction="down", level="8", baseline="9.4", relative="1.4", year=2027, reference_year=2024, verdict="consistent")),
    case("nb", "Sykefraværet i kommunen skal ned fra 9,4 prosent i 2024 til 8,0 prosent i 2027. Det er en reduksjon på 1,4 prosent.",
         T(kind="change", direction="down", level="8", baseline="9.4", relative="1.4", year=2027, reference_year=2024, verdict="inconsistent")),
    case("nb", "Sykefraværet i helse og omsorg var 11,2 prosent i 2024, mot 10,6 prosent i 2023. Fraværet er høyest i hjemmetjenesten.",
         T(kind="change", direction="up", level="11.2", baseline="10.6", year=2024, reference_year=2023)),
    case("nb", "Målet er et samlet sykefravær på maksimalt 7,5 prosent i 2026. Det legemeldte fraværet utgjør om lag 80 prosent av fraværet.",
         T(level="7.5", hedge="at_most", unit="percent", year=2026)),
    case("nb", "Sykefravær (%)\tResultat 2023\tResultat 2024\tMål 2026\nKommunen samlet\t8,9\t8,6\t7,5",
         T(kind="change", direction="down", level="7.5", baseline="8.9", year=2026, reference_year=2023)),  # the first outcome column, as probe_ensv2 reads it
    case("nb", "Det egenmeldte korttidsfraværet skal reduseres med en fjerdedel innen 2027. Det utgjør i dag 1,8 prosent.",
         T(kind="change", direction="down", relative="25", year=2027)),
    case("nb", "IA-avtalen har et mål om å redusere sykefraværet med 10 prosent sammenlignet med 2022. Kommunen følger opp med egne tiltak.",
         T(kind="change", direction="down", relative="10", reference_year=2022)),
    case("nb", "Ansatte med sykefravær over 16 dager skal ha dialogmøte innen 7 uker, jf. arbeidsmiljøloven § 4-6. Bedriftshelsetjenesten deltar ved behov."),
    case("nb", "Sykefraværet skal ned til 7\u202fprosent innen 2027. I 2024 var det 8,3\u00a0prosent.",
         T(kind="change", direction="down", level="7", baseline="8.3", unit="percent", year=2027, reference_year=2024, verdict="unverifiable")),
    case("nb", "Arbeidsledigheten i kommunen var 2,1 prosent i november 2025. Landsgjennomsnittet var 2,0 prosent."),
    case("nb", "Søknadsfristen for driftstilskudd er 1. mars 2026. Lag med minst 10 medlemmer under 26 år kan søke."),
    case("nb", "Sykefraværet i barnehagene skal reduseres med 1–2 prosentpoeng i løpet av 2026. Fraværet var 10,4 prosent i 2025.",
         T(kind="change", direction="down", low="0.5", high="2.5", unit="percentage_point", year=2026)),
    # more: the genres above again, with the forms real text mixes in
    case("nb", "Andelen innbyggere som er fornøyd med kommunens tjenester, skal være minst 80 prosent. I innbyggerundersøkelsen 2024 svarte 74 prosent at de var fornøyd.",
         T(level="80", hedge="at_least", unit="percent")),
    case("nb", "Nav skal øke andelen mottakere av arbeidsavklaringspenger som kommer i arbeid, med 5 prosentpoeng til 45 prosent innen 2027. I 2024 var andelen 38 prosent.",
         T(kind="change", direction="up", relative="5", level="45", baseline="38", year=2027, verdict="inconsistent")),
    case("nb", "Antall personer som dør av overdoser, skal reduseres med en tredjedel innen 2030. Arbeidet ledes av Helsedirektoratet.",
         T(kind="change", direction="down", relative="100/3", year=2030)),
    case("nb", "Bydelen skal redusere antall brukere med vedtak om praktisk bistand med 5 prosent i 2026, tilsvarende 40 brukere. Tildelingen skal skje etter nye kriterier.",
         T(kind="change", direction="down", relative="5", absolute="40", year=2026, verdict="consistent")),
    case("nb", "Fylkeskommunen skal redusere energibruken i egne bygg fra 110 GWh i 2022 til 88 GWh i 2030. Det er en reduksjon på 22 GWh.",
         T(kind="change", direction="down", level="88", baseline="110", absolute="22", unit="GWh", year=2030, reference_year=2022, verdict="consistent")),
    case("nb", "Fylkeskommunen skal redusere energibruken i egne bygg fra 110 GWh i 2022 til 88 GWh i 2030. Det er en reduksjon på 18 GWh.",
         T(kind="change", direction="down", level="88", baseline="110", absolute="18", unit="GWh", year=2030, reference_year=2022, verdict="inconsistent")),
    case("nb", "Fartsgrensen på 40 km/t gjelder i hele sentrum. Kommunen har 112 km kommunale veier og 38 km gang- og sykkelvei."),
    case("nb", "Andelen barn i fosterhjem som har to eller færre flyttinger, skal være minst 90 prosent. I 2024 var andelen 86 prosent.",
         T(kind="change", direction="up", level="90", baseline="86", hedge="at_least", unit="percent", verdict="unverifiable")),
    case("nb", "Andelen som fullfører yrkesfaglig utdanning med fag- eller svennebrev, skal øke fra 52 til 60 prosent innen 2030, en økning på 8 prosentpoeng.",
         T(kind="change", direction="up", level="60", baseline="52", relative="8", year=2030, verdict="consistent")),
    case("nb", "Sykefraværet i kommunen var 8,7 prosent i 2024. Målet er å redusere det til 7,5 prosent innen 2027.",
         T(kind="change", direction="down", level="7.5", baseline="8.7", unit="percent", year=2027, reference_year=2024, verdict="unverifiable")),
    case("nb", "Sykefraværsstatistikken for 4. kvartal 2025 publiseres 5. mars 2026. Tallene er ikke sesongjustert."),
    case("nb", "Lærlingtilskuddet er 185 620 kroner per lærling i 2026. Tilskuddet utbetales i to terminer."),
    case("nb", "Målet er at restavfallet i 2030 skal være høyst 150 kg per innbygger. I 2024 var mengden 196 kg.",
         T(kind="change", direction="down", level="150", baseline="196", hedge="at_most", unit="kg/person", year=2030, reference_year=2024, verdict="unverifiable")),
    case("nb", "Helsefellesskapet har et mål om 10 prosent færre unngåelige innleggelser i 2030. Det tilsvarer 400 færre innleggelser. I 2022 var det 4 100 unngåelige innleggelser.",
         T(kind="change", direction="down", relative="10", absolute="400", baseline="4100", year=2030, verdict="consistent")),
    case("nb", "Planen har fire innsatsområder og 23 tiltak. Tiltak 7 og 12 er samordnet med fylkeskommunen."),
    case("nb", "Målet er 1 200 elever i sommerskolen i 2026. I fjor deltok 950 elever.",
         T(kind="change", direction="up", level="1200", baseline="950", year=2026, verdict="unverifiable")),
    case("nb", "Indikator\tStatus 2024\tMål 2028\nDrepte og hardt skadde\t21\t12",
         T(kind="change", direction="down", level="12", baseline="21", year=2028, reference_year=2024)),
    case("nb", "Andelen elever som\nfullfører og består\nvideregående innen\nfem år skal øke til\n85 prosent innen 2030.",
         T(direction="up", level="85", unit="percent", year=2030)),
    case("nb", "Restavfallet skal ned med 4\u202f000 tonn innen 2030, tilsvarende 20 prosent. Det meste skal sorteres ut som matavfall og plast.",
         T(kind="change", direction="down", absolute="4000", relative="20", unit="percent", year=2030, verdict="consistent")),
    case("nb", "Nav-kontoret skal redusere utgiftene til økonomisk sosialhjelp med 6 mill. kr i 2026. Det tilsvarer 8 prosent.",
         T(kind="change", direction="down", absolute="6000000", relative="8", unit="percent", year=2026, verdict="consistent")),
    case("nb", "Sykefraværet skal reduseres med 0,5 prosentpoeng hvert år i perioden 2025–2028. Tiltakene evalueres årlig.",
         T(kind="change", direction="down", relative="0.5", unit="percentage_point")),
    case("nb", "Administrasjonsbudsjettet på 480 mill. kroner skal reduseres med 24 mill. kroner i 2027. Det tilsvarer en reduksjon på 5 prosent.",
         T(kind="change", direction="down", absolute="24000000", relative="5", baseline="480000000", year=2027, verdict="consistent")),
]
# fmt: on


CASES = DA_CASES + NB_CASES


@pytest.mark.parametrize(("lang", "text", "targets"), CASES)
def test_a_paragraph_is_read_as_a_careful_reader_reads_it(
    lang: str, text: str, targets: tuple[dict[str, Any], ...]
) -> None:
    assert_read_as(lang, text, targets)


def test_the_sixth_probe_battery_is_broad() -> None:
    """At least 200 cases, about half in each language, two thirds of them paragraphs of two sentences or more, and
    each language with paragraphs that must give nothing."""
    assert_broad(CASES, ("da", "nb"), at_least=200, per_language=100)
