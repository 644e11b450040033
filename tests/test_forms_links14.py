"""Where an indicator stands, linked to its target (links14): a target, then a next sentence that says where
the indicator stands or stood, opened by a date ('At the end of 2024', 'Ved udgangen af 2024', 'I december 2024',
'I skoleåret 2023/24') or saying what a survey, audit or count showed ('Brugerundersøgelsen 2025 viste 78 pct.',
'The latest audit found 15.4%'), in Danish, English, Norwegian (bokmål) and Swedish. Mostly paragraphs, with
look-alikes that must not link: the figure in another paragraph or list item, a figure of another unit, a status
of another indicator, a count of progress to date ('To the end of 2024, 520 had been completed'), a date-opened
sentence with no target. Text written for this test (none taken from a real paper or from the corpus).

A KPI line that states a target and then the actual of the same period ('target 92%, actual 87%', 'mål 90 pct.,
resultat 84 pct.') gives the target level only: the actual is the outcome the target is checked against, not
where the target starts; an actual of an earlier period stated before the target ('Actual 2023/24: 87%. Target
2025/26: 92%.') is where it starts, its baseline (as test_forms_real and the probe batteries read them). The
helpers and the assertion are those of ``test_forms``. A form not yet read is ``xfail(strict=True)`` with the
reason."""

from __future__ import annotations

from test_forms import T, assert_floors, case, read_as_test

# fmt: off
EN = [
    case("en", "We will cut the number of people sleeping rough by 40% by 2028. The autumn 2024 street count found 186 people sleeping rough.",
         T(kind="change", direction="down", relative="40", baseline="186", year=2028)),
    case("en", "We will cut the number of people sleeping rough by 40% by 2028. The autumn 2024 street count found 41 tents in the city centre.",
         T(kind="change", direction="down", relative="40", baseline=None)),
    case('en', 'At least 85% of council homes should meet the decency standard by 2028. At the end of 2024 the share was 79%.', T(direction='up', level='85', baseline='79', hedge='at_least', year=2028)),
    case('en', 'We aim for 70% of household waste to be recycled by 2030. At the end of March 2025 the rate was 61.5%.', T(direction='up', level='70', baseline='61.5', year=2030)),
    case('en', 'No more than 5% of calls should be abandoned by 2027. In September 2024 the figure was 8.2%.', T(direction='down', level='5', baseline='8.2', hedge='at_most', year=2027, reference_year=2024)),
    case('en', 'By 2029, 60% of journeys in the city centre will be made on foot, by bike or by bus. During 2023/24 the share was 52%.', T(direction='up', level='60', baseline='52', year=2029, reference_year=2023)),
    case('en', 'At least 80% of tenants should be satisfied with repairs by 2027. The 2024 tenant survey showed 71%.', T(direction='up', level='80', baseline='71', hedge='at_least', year=2027, reference_year=2024)),
    case('en', 'Staff turnover should be below 12% by 2026. The latest audit found 15.4%.', T(direction='down', level='12', baseline='15.4', hedge='below', year=2026)),
    case('en', 'We will reduce the number of empty homes by 25% by 2028. At the end of 2024 there were 1,640 empty homes.', T(kind='change', direction='down', relative='25', baseline='1640', year=2028)),
    case('en', "Road casualties should fall by 40% by 2030. In December 2024 there were 312 casualties on the county's roads.", T(kind='change', direction='down', relative='40', baseline='312', year=2030)),
    case('en', 'At least 85% of council homes should meet the decency standard by 2028.\n\nAt the end of 2024 the share was 79%.', T(kind='level', level='85', baseline=None)),
    case('en', 'At least 85% of council homes should meet the decency standard by 2028. At the end of 2024 the council owned 14,200 homes.', T(kind='level', level='85', baseline=None)),
    case('en', 'The council aims to deliver 900 affordable homes between 2023 and 2027. To the end of 2024, 520 had been completed.', T(kind='level', level='900', baseline=None)),
    case('en', 'We aim for 70% of household waste to be recycled by 2030. In March 2025 the rate was 61.5% and in March 2024 it was 58%.', T(kind='level', level='70', baseline=None)),
    case('en', 'At least 80% of tenants should be satisfied with repairs by 2027.\n\nThe 2024 tenant survey showed 71%.', T(kind='level', level='80', baseline=None)),
    case('en', 'The 2024 tenant survey showed 71%. It was carried out in the spring.'),
    case('en', 'At the end of 2024 the council had 14,200 homes and 310 empty properties.'),
    case('en', 'Repairs completed on first visit: target 92%, actual 87%, status amber.', T(kind='level', level='92', baseline=None)),
    case('en', 'Target 2024/25: 95% of invoices paid in 30 days | Actual 2024/25: 93%', T(kind='level', level='95', baseline=None)),
    case('en', 'Actual 2023/24: 87%. Target 2025/26: 92%.', T(direction='up', baseline='87', level='92')),
    case('en', 'At least 85% of council homes should meet the decency standard by 2028. At the end of 2024 rent arrears stood at £2.1m.', T(kind='level', level='85', baseline=None)),
    case('en', 'Staff turnover should be below 12% by 2026. The latest audit found 41 errors in payroll.', T(kind='level', level='12', baseline=None)),
    case('en', 'We will reduce the number of households in temporary accommodation by a third by 2028. At the end of September 2024, 1,260 households were in temporary accommodation.', T(kind='change', direction='down', relative='100/3', baseline='1260', year=2028)),
    case('en', 'The waiting list for social housing should be cut to 3,000 applicants by 2027. At the end of 2024 there were 4,150 applicants.', T(direction='down', level='3000', baseline='4150', year=2027)),
    case('en', 'At the end of 2024 the council employed 4,100 staff across 60 sites.'),
    case('en', 'Priorities\n- At least 85% of council homes should meet the decency standard by 2028.\n- At the end of 2024 the council owned 14,200 homes.', T(kind='level', level='85', baseline=None)),
]
DA = [
    case("da", "Antallet af borgere på midlertidigt ophold skal reduceres med 25 pct. inden 2028. Opgørelsen for 2024 viste 240 borgere på midlertidigt ophold.",
         T(kind="change", direction="down", relative="25", baseline="240", year=2028)),
    case('da', 'Andelen af elever, der gennemfører en ungdomsuddannelse, skal være mindst 90 pct. i 2030. I skoleåret 2023/24 var andelen 84 pct.', T(direction='up', level='90', baseline='84', hedge='at_least', year=2030, reference_year=2023)),
    case('da', 'Ventetiden på en plejebolig skal være under 8 uger i 2027. Ved udgangen af 2024 var ventetiden 11 uger.', T(direction='down', level='8', baseline='11', hedge='below', unit='week', year=2027)),
    case('da', 'Andelen af borgere, der er tilfredse med hjemmeplejen, skal være mindst 85 pct. i 2027. Brugerundersøgelsen 2025 viste 78 pct.', T(direction='up', level='85', baseline='78', hedge='at_least', year=2027, reference_year=2025)),
    case('da', 'Sygefraværet blandt kommunens ansatte skal være højst 5 pct. i 2026. Den seneste opgørelse viste 6,8 pct.', T(direction='down', level='5', baseline='6.8', hedge='at_most', year=2026)),
    case('da', 'Antallet af borgere på kontanthjælp skal reduceres med 15 pct. frem mod 2028. I december 2024 modtog 2.140 borgere kontanthjælp.', T(kind='change', direction='down', relative='15', baseline='2140', year=2028)),
    case('da', 'Andelen af elever, der gennemfører en ungdomsuddannelse, skal være mindst 90 pct. i 2030.\n\nI skoleåret 2023/24 var andelen 84 pct.', T(kind='level', level='90', baseline=None)),
    case('da', 'Ventetiden på en plejebolig skal være under 8 uger i 2027. Ved udgangen af 2024 boede 1.210 borgere i plejebolig.', T(kind='level', level='8', baseline=None)),
    case('da', 'I skoleåret 2023/24 gik 4.310 elever i kommunens folkeskoler. Skolerne har 520 lærere.'),
    case('da', 'Brugerundersøgelsen 2025 viste 78 pct. Den blev sendt til alle modtagere af hjemmepleje.'),
    case('da', 'Mål 2024: 85 pct. Resultat 2024: 78 pct.', T(kind='level', level='85', baseline=None)),
    case('da', 'Ventetiden på en plejebolig skal være under 8 uger i 2027. Ved udgangen af 2024 var der 640 ansatte i ældreplejen.', T(kind='level', level='8', baseline=None)),
    case('da', 'Sygefraværet blandt kommunens ansatte skal være højst 5 pct. i 2026.\n\nDen seneste opgørelse viste 6,8 pct.', T(kind='level', level='5', baseline=None)),
    case('da', 'Antallet af hjemløse skal halveres inden 2030. Ved udgangen af 2024 var der 310 hjemløse i kommunen.', T(kind='change', direction='down', relative='50', baseline='310', year=2030)),
    case('da', 'Ved udgangen af 2024 havde kommunen 61.400 indbyggere. Heraf var 12.300 over 67 år.'),
    case('da', 'Andel opkald besvaret inden for 2 minutter: mål 90 pct., resultat 84 pct.', T(kind='level', level='90', baseline=None)),
]
NB = [
    case("nb", "Antall barn på venteliste til barnehageplass skal halveres innen 2027. Opptaket i 2025 viste 140 barn på venteliste.",
         T(kind="change", direction="down", relative="50", baseline="140", year=2027)),
    case('nb', 'Andelen elever som fullfører videregående opplæring, skal være minst 85 prosent i 2030. I skoleåret 2023/24 var andelen 79 prosent.', T(direction='up', level='85', baseline='79', hedge='at_least', year=2030, reference_year=2023)),
    case('nb', 'Andelen elever som trives på skolen, skal være minst 90 prosent i 2028. Elevundersøkelsen for 2025 viste 86 prosent.', T(direction='up', level='90', baseline='86', hedge='at_least', year=2028, reference_year=2025)),
    case('nb', 'Sykefraværet i helse og omsorg skal være under 8 prosent i 2027. Siste måling viste 10,4 prosent.', T(direction='down', level='8', baseline='10.4', hedge='below', year=2027)),
    case('nb', 'Antall barn i lavinntektsfamilier skal reduseres med 20 prosent innen 2030. I desember 2024 gjaldt det 1 860 barn.', T(kind='change', direction='down', relative='20', baseline='1860', year=2030)),
    case('nb', 'Ventetiden for sykehjemsplass skal være under 4 uker i 2027. Ved utgangen av 2024 var ventetiden 7 uker.', T(direction='down', level='4', baseline='7', hedge='below', unit='week', year=2027)),
    case('nb', 'Andelen elever som trives på skolen, skal være minst 90 prosent i 2028.\n\nElevundersøkelsen for 2025 viste 86 prosent.', T(kind='level', level='90', baseline=None)),
    case('nb', 'Andelen elever som fullfører videregående opplæring, skal være minst 85 prosent i 2030. I skoleåret 2023/24 gikk 6 400 elever i fylkets skoler.', T(kind='level', level='85', baseline=None)),
    case('nb', 'Elevundersøkelsen for 2025 viste 86 prosent. Undersøkelsen gjennomføres hver høst.'),
    case('nb', 'I desember 2024 hadde kommunen 23 400 innbyggere og 1 200 ansatte.'),
    case('nb', 'Mål 2024: 85 prosent. Resultat 2024: 78 prosent.', T(kind='level', level='85', baseline=None)),
    case('nb', 'Ventetiden for sykehjemsplass skal være under 4 uker i 2027. Ved utgangen av 2024 hadde kommunen 380 sykehjemsplasser.', T(kind='level', level='4', baseline=None)),
    case('nb', 'Andelen innbyggere som røyker daglig, skal halveres innen 2030. I mars 2025 var andelen 8 prosent.', T(kind='change', direction='down', relative='50', baseline='8', year=2030)),
    case('nb', 'Andel telefoner besvart innen 2 minutter: mål 90 prosent, resultat 84 prosent.', T(kind='level', level='90', baseline=None)),
]
SV = [
    case("sv", "Antalet barn i kö till förskolan ska halveras till 2027. Kartläggningen 2025 visade 140 barn i kö.",
         T(kind="change", direction="down", relative="50", baseline="140", year=2027)),
    case("sv", "Antalet barn i kö till förskolan ska halveras till 2027.\n\nKartläggningen 2025 visade 140 barn i kö.",
         T(kind="change", direction="down", relative="50", baseline=None)),
    case('sv', 'Andelen elever som är behöriga till gymnasiet ska vara minst 90 procent till 2028. I december 2024 var andelen 84 procent.', T(direction='up', level='90', baseline='84', hedge='at_least', year=2028, reference_year=2024)),
    case('sv', 'Andelen invånare som är nöjda med kollektivtrafiken ska vara minst 80 procent till 2028. Resenärsenkäten 2025 visade 71 procent.', T(direction='up', level='80', baseline='71', hedge='at_least', year=2028, reference_year=2025)),
    case('sv', 'Sjukfrånvaron i äldreomsorgen ska vara under 7 procent till 2027. Den senaste mätningen visade 9,3 procent.', T(direction='down', level='7', baseline='9.3', hedge='below', year=2027)),
    case('sv', 'Antalet hushåll med ekonomiskt bistånd ska minska med 20 procent till 2028. I december 2024 fick 1 520 hushåll ekonomiskt bistånd.', T(kind='change', direction='down', relative='20', baseline='1520', year=2028)),
    case('sv', 'Väntetiden till särskilt boende ska vara under 60 dagar till 2027. Vid utgången av 2024 var väntetiden 85 dagar.', T(direction='down', level='60', baseline='85', hedge='below', unit='day', year=2027)),
    case('sv', 'Andelen invånare som är nöjda med kollektivtrafiken ska vara minst 80 procent till 2028.\n\nResenärsenkäten 2025 visade 71 procent.', T(kind='level', level='80', baseline=None)),
    case('sv', 'Andelen elever som är behöriga till gymnasiet ska vara minst 90 procent till 2028. I december 2024 gick 3 900 elever i kommunens skolor.', T(kind='level', level='90', baseline=None)),
    case('sv', 'Resenärsenkäten 2025 visade 71 procent. Den skickades till 5 000 slumpvis utvalda invånare.'),
    case('sv', 'Utfall 2024: 78 procent. Mål 2027: 85 procent.', T(direction='up', baseline='78', level='85', year=2027, reference_year=2024)),
    case('sv', 'Mål 2024: 85 procent. Utfall 2024: 78 procent.', T(kind='level', level='85', baseline=None)),
    case('sv', 'Väntetiden till särskilt boende ska vara under 60 dagar till 2027. Vid utgången av 2024 fanns 410 platser i kommunen.', T(kind='level', level='60', baseline=None)),
    case('sv', 'Andelen dagligrökare ska halveras till 2030. I mars 2025 var andelen 9 procent.', T(kind='change', direction='down', relative='50', baseline='9', year=2030)),
    case('sv', 'I mars 2025 antog fullmäktige en ny plan för äldreomsorgen. Den gäller till 2028.'),
    case('sv', 'Tillgänglighet i telefon: mål 90 procent, utfall 84 procent.', T(kind='level', level='90', baseline=None)),
]
# fmt: on

CASES = EN + DA + NB + SV


test_where_an_indicator_stands_is_linked_as_a_careful_reader_links_it = read_as_test(CASES)


def test_the_links14_battery_is_broad() -> None:
    """At least 60 cases, each language among them, most of them paragraphs, and look-alikes that must link
    nothing (no target, or a target with no baseline)."""
    assert_floors(CASES, ("da", "en", "nb", "sv"), at_least=60, per_language=10, paragraph_share="2/3")
    unlinked = [c for c in CASES if not c.values[2] or all(t.get("baseline", 0) is None for t in c.values[2])]
    assert len(unlinked) >= 20
