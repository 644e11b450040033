"""Whole documents as real papers come: 24 excerpts written for this test (six per language, none taken or
paraphrased from a real paper), each in the voice of a different kind of source — a council's goal paper, a
climate plan, an annual report's follow-up, an answer in parliament, a news item — with the damage a crawl
leaves (lines broken mid-phrase, headings run into text, menus and cookie notices, odd spacing, a cut-off end),
and 2–6 real targets among many figures that are none (dates, budgets, counts of today, page and paragraph
numbers, phone numbers, votes, past results). Each document's marks are the targets a careful reader marks
(see :func:`test_forms.T`; :func:`maybe` marks one a reader may give or not); the check is split in two, so that a miss does not hide a false target: every mark
is found whole (a target with all its marked parts), and every target found is one of the marks (it shares
its level, relative or absolute figure with one). What is not yet read is a strict xfail with its reason."""

from __future__ import annotations

from typing import Any

import pytest

from sudgoals import build_report, check_paper, extract_text
from sudgoals.model import Target
from test_forms import T, _check, _figure, case, read_as_test

_PARTS = ("level", "relative", "absolute")


def maybe(**want: Any) -> dict[str, Any]:
    """A target a reader may give or not (the corpus gold's ``required: false``): a change as it went, stated with
    no aim ("Utslippene har falt 11 prosent", "var 8,9 pct. i 2023 mod 9,4 pct. i 2022"), an aim of the past
    ("a 30% cut by 2020 that the city met"), or a plan in the present tense with no modal and no year ("Vi
    anställer 45 nya läkare"); never a miss, and no false target either."""
    return {**want, "optional": True}


def doc(lang: str, name: str, text: str, *marks: dict[str, Any], miss: str = "", false: str = "") -> Any:
    """One document: its language, a short name, the text and the marks; ``miss``/``false`` name why the
    reader does not yet find every mark whole / gives a target no careful reader marks (strict xfails)."""
    return (lang, name, text, marks, miss, false)


# fmt: off
DOCS = [
    # ---------------------------------------------------------------- English
    doc("en", "council-plan", """Skip to main content  Home | Council | Planning | Contact us
Leader's foreword Councillor Ruth Adeyemi writes: this plan sets out what we want to achieve for residents
over the next four years, and how we will know whether we have achieved it. It was shaped by
a consultation that ran from 2 October to 24 November 2024 and drew responses from residents, businesses,
parish councils and the voluntary sector, and by the scrutiny committee's review in January.
We use cookies to improve your experience. Accept all cookies   Reject
Corporate Plan 2025–2029
Section 4 Our
priorities for a greener borough
4.1 Carbon and energy The council declared a climate emergency on 17 July 2019 (Minute 42, carried by 38 votes
to 6). Since then the council's own emissions have fallen from 14,200 tonnes in 2018/19 to 11,050 tonnes in
2023/24.
Our commitments
  • We will cut the council's own carbon emissions by 75% by 2030 compared with 2018/19.
  •   The share of council fleet vehicles that are electric will rise to at least 60% by 2028.
  • Planting: 12,000 trees were planted in the last three years across 41 sites.
4.2 Homes
There are 3,412 households on the housing register (March 2024) and the average wait is 19 months.
We will deliver 1,800 new affordable homes by 2029.
Table 4.2  Indicator | 2022/23 | 2023/24 | Target
Households in temporary accommodation | 512 | 604 | 450 by 2027
Budget: the capital programme sets aside £48.6m for 2025/26, of which £9.2m is for
retrofit. For questions call 01632 960 441 or write to Civic Centre, Room 2.14.
Page 17 of 62    Back to top   Related pages: Annual report 2023/24 | Equality objectives
The council will review these commitments in its next mid-term report, due in""",
        T(kind="change", direction="down", relative="75", year=2030),
        T(kind="level", direction="up", level="60", hedge="at_least", year=2028),
        T(absolute="1800", year=2029),
        T(direction="down", level="450", year=2027),
        maybe(level="11050"),
        miss="a flattened table row whose last cell is a target with its year ('| 450 by 2027') after a header with 'Target' is not read",
    ),
    doc("en", "hansard-answer", """Hansard  >  Written questions  > Health
Department of Health and Social Care   Status: Answered   Type: Written question
Question text: The question was published with a correction to the Member's constituency. The Member
has registered interests relevant to this question; see the Register of Members' Financial Interests
for details. Answers are published in the form received from the Department and may be subject to
correction by a later written statement laid before the House.
Question UIN 18234, tabled on 4 March 2024
Ms Patel (Northfield) (Lab): To ask the Secretary of State for Health, what progress has been made
towards the elective recovery target.
Answered on 11 March 2024
The Minister of State (Mr Hughes): As of January 2024 there were 7.6 million cases on the waiting list,
of which 305,000 had waited more than 52 weeks. The Government's ambition remains that no patient
should wait longer than 65 weeks by September 2024. Figures for December showed 98,000 such waits,
down from 124,000 in August.
NHS England has also committed that 76% of patients will be
seen within four hours in A&E by March 2025; performance in February was 70.9%.
The Department allocated £3.2 billion in 2023-24 to support this, and 14 new
community diagnostic centres opened in the last year (160 in total).
For cancer, the Faster Diagnosis Standard asks that at least 80% of patients receive a diagnosis or
ruling out within 28 days by March 2026.  Reference: HC Deb 11 March 2024, vol 747, col 512W.
Share this page     Print       Was this page useful? Yes / No
Related: Written statements | Questions for oral answer | Committee reports  Contact: 020 7946 0000
This page was last updated on 12 March 2024 at 09:14. Answer Text is in the public domain under
the Open Parliament Licence v3.0. Other questions by this Member (27) are listed on""",
        T(kind="level", level="65", unit="week", year=2024),
        T(kind="level", level="76", year=2025),
        T(kind="level", level="80", hedge="at_least", year=2026),
        maybe(level="98000"),
    ),
    doc("en", "news-recycling", """Local News   Sport   What's On   Jobs   Subscribe from £1
Environment   |   Council   |   Politics       Listen to this article   Text size A A A
The district, which covers the market towns and the surrounding villages, has been under pressure from the
Government to improve its performance after falling to the bottom quarter of the national league table.
Residents who responded to the consultation over the summer said they wanted more collection points,
clearer guidance and fewer missed bins, while businesses asked for help with commercial waste.
Council sets tougher recycling goal after missing the last one
By Staff Reporter | Published 14:32, 9 October 2024 | Updated 16:05
Householders in the district recycled 41.8% of their waste last year, the council's
annual figures show, well short of the 50% the authority had aimed for in 2020.
Now the cabinet has agreed a new plan. The recycling rate is to reach 55% by 2030, and the amount of
residual waste per household is to be cut from 520kg to 400kg a year.
Councillor Jane Morris, cabinet member for environment, said: "We collected 61,000 tonnes
last year and three in ten bins still had food waste in them."
The plan, which passed by 29 votes to 12 with 3 abstentions, also includes a weekly food waste
collection from April 2026, costing £2.1 million a year.
  READ MORE: Bin strike ends after 11 days  |  Car park fees to rise by 20p
The council says it wants fly-tipping incidents to fall by a third by 2027 from the 2,940 reported in 2023.
Opposition leader Tom Reid said the targets were "unrealistic" given that 18 of the 24
recycling centres
are more than 20 years old.
Comments (34)   Sign in to comment   Most read   1 Man charged after crash on A38
2 School closed for 2 days  3 Weather warning issued for Sunday
Advertisement   To advertise call 0121 496 0732
Copyright 2024 Newsquest Media Group""",
        T(kind="level", direction="up", level="55", year=2030),
        T(direction="down", baseline="520", level="400"),
        T(kind="change", direction="down", relative="100/3", baseline="2940", year=2027),
        miss="the level 'is to reach 55% by 2030' is read with no direction (last year's share in the sentence before is not linked as its baseline); the fly-tipping aim's baseline 'from the 2,940 reported in 2023' is not linked and its year is taken from it",
    ),
    doc("en", "annual-report", """Annual Report and Accounts 2023/24                                                             23
Chair's statement  This has been a year of change for the organisation. We welcomed a new chief
executive in the autumn, completed the move to our new headquarters and began the work of bringing our
digital services together on one platform. I want to thank our staff and volunteers, whose commitment
through a difficult winter made much of what follows possible, and our partners in local government.
Performance report
Key performance indicators   KPI 1 Apprenticeships: 214 apprentices started in 2023/24 (2022/23: 188).
KPI 2
Staff sickness absence averaged 9.4 days per employee, against 8.7 days the year before.
Our target is to reduce sickness absence to 7.5 days per employee by 2026.
KPI 3 Customer contact  Calls answered within 60 seconds | 2021/22 71% | 2022/23 74% | 2023/24 77%
We aim to answer 85% of calls within 60 seconds by March 2026.
Financial review
Gross expenditure was £312.4m (2022/23: £298.1m) and the net surplus £4.1m. Reserves stood at
£27.9m on 31 March 2024. See note 14 on page 88 for pensions.
Looking
ahead The board has approved a savings programme of £12m over three years, a reduction of 4% in the
running costs of the organisation.
Carbon: scope 1 and 2 emissions were 2,310 tCO2e, 18% lower than the 2019/20 baseline of 2,817 tCO2e.
We will reduce scope 1 and 2 emissions by 50% against 2019/20 by 2030.
The Accounting Officer signed these accounts on 18 July 2024.  Registered office: 10 Park
Row, Leeds LS1 5HD. Company no. 04567890. Charity no. 1098765.
Contents  1 Chair's statement  4 Chief executive's review  9 Performance report  52 Accountability
report  70 Financial statements. Designed by
Fig. 3  Sickness absence 2019/20 to 2023/24 (days per employee): 8.1, 8.9, 9.6, 8.7, 9.4""",
        T(direction="down", baseline="9.4", level="7.5", year=2026),
        T(kind="level", level="85", year=2026),
        T(kind="change", direction="down", absolute="12000000", relative="4"),
        maybe(relative="18"),
        T(kind="change", direction="down", relative="50", year=2030),
        miss="a baseline in the sentence before or after the aim, or in a clause of its own, not linked (xf16c's area)",
    ),
    doc("en", "police-plan", """Police and Crime Plan 2021-2025  |  Priority 2: Safer roads
Foreword from the Police and Crime Commissioner   Every death on our roads is a tragedy for a family
and a community. Residents told me in the consultation that road safety, speeding in villages and
antisocial driving are among their greatest concerns, and I have listened. This plan sets out how the
Chief Constable and I, working with the highways authority and the fire service, will respond.
Home > About us > Plans and reports > Police and Crime Plan   Accessibility | Cookie settings
In 2022, 412 people were killed or seriously injured on the county's roads, 37 of them
children. Speed was a factor in about 1 in 4 of these collisions.
Our targets
- Reduce the number of people killed or seriously injured by 40% by 2030, from the 2022 level.
- Answer 90% of 999 calls within 10 seconds.
- Attend emergency incidents within 15 minutes in urban areas and 20 minutes in rural areas (2023 average:
14.2 and 21.7 minutes).
The Commissioner's budget for 2024/25 is £221.7 million, an increase of 4.9% on 2023/24, funded by a
precept rise of £13 for a Band D property.
Officer numbers   | March 2020 | March 2023 | Planned
Police officers | 1,402 | 1,598 | 1,650 by March 2025
Roads policing unit: 48 officers and 12 staff, working from 3 bases. 101 calls answered in 2023: 612,455.
Report a crime online or call 101. In an emergency always dial 999.
Speed cameras: 23 fixed and 6 mobile sites; Operation Snap received 8,907 submissions in 2023.
The Commissioner will publish progress against this plan each November. Paragraph 5.3 explains how the Panel
scrutinises the plan; see Appendix B, pages 31-33.   © Office of the Police and Crime Commissioner. All""",
        T(kind="change", direction="down", relative="40", baseline="412", year=2030),
        T(kind="level", level="90"),
        T(direction="up", level="1650", baseline="1598", year=2025),
        maybe(relative="4.9"),
        miss="a baseline in the sentence before or after the aim, or in a clause of its own, not linked (xf16c's area); a table row's last cell '1,650 by March 2025' under 'Planned' is not read",
    ),
    doc("en", "climate-strategy", """Climate Emergency Strategy
You are here: Home > Environment > Climate change > Climate Emergency Strategy (PDF, 2.4MB)
Summary This document sets out how the city and its partners will respond to the climate emergency,
what the council will do directly and what it will ask of government, businesses and residents. It was
prepared with the Climate Commission and reflects the views of more than a thousand people who took part
in the citizens' panel and the public events held across the city's wards.
   Menu   Search    Our city   Net zero   Adapting   Get involved   Newsletter sign-up
1.  Introduction This strategy was adopted by Full Council on 26 January 2023 (item 7,
unanimous). It replaces the 2016 Low Carbon Plan, which set a 30% cut by 2020 that the city met in 2018.
2.  Where we are now
Territorial emissions were 1.92 million tonnes CO2e in 2021, 38% below 2005. Transport is now the
largest source (34%), followed by homes (31%) and
industry (22%).
3.  Our goals
The city will be net zero by 2038. On the way, emissions will be halved
from the 2005 level by 2030.
Renewable electricity generated in the city will increase from 84 GWh today to
250 GWh by 2035.
At least 35,000 homes will be insulated to EPC band C by 2030; about 9,800 homes have reached this so far.
4.   Funding   The capital budget for 2023-2028 is £96 million; the city won £14.5 million from the
Public Sector Decarbonisation Scheme in rounds 3a and 3b. 26 schools have solar panels.
5. Monitoring  An annual report is published every June. Contact the climate team on 0113 496 0021.
Figure 2. Emissions by sector, 2005-2021 (ktCO2e): 3,100 / 2,740 / 2,390 / 2,010 / 1,920
Did you find what you were looking for?  Yes  No   Last reviewed 3 February 2024""",
        T(kind="change", direction="down", relative="50", year=2030),
        T(direction="up", baseline="84", level="250", unit="GWh", year=2035),
        T(kind="level", level="35000", hedge="at_least", year=2030),
        maybe(relative="30"), maybe(relative="38"),
    ),
    # ---------------------------------------------------------------- Danish
    doc("da", "kommune-klimaplan", """Forside  Borger  Erhverv  Politik  Om kommunen   Kontakt
Du er her: Forside > Klima og miljø > Klimaplan
Forord  Klimaforandringerne mærkes allerede i kommunen i form af oversvømmelser, tørke og stormflod. Med
denne plan tager kommunalbestyrelsen ansvar for den del af omstillingen, som kommunen selv kan påvirke,
og inviterer borgere, virksomheder, landbruget og foreningslivet til at være med. Planen er udarbejdet
efter DK2020-metoden i samarbejde med nabokommunerne og forsyningen og har været i offentlig høring.
Vi bruger cookies til statistik. Accepter alle   Kun nødvendige
Klimahandleplan 2024-2030
1. Indledning Klimahandleplanen blev vedtaget af kommunalbestyrelsen den 21. marts 2024 (pkt. 12, 23 stemmer for og
4 imod). Kommunen har 61.400 indbyggere og et samlet areal på 540 km2.
2. Status
I 2022 var den samlede udledning 412.000 ton CO2e, heraf 38 pct. fra landbruget og 27 pct. fra transport.
3. Mål
  • Udledningen skal reduceres med 70 pct. i 2030 i forhold til 1990.
  • Andelen af elbiler i kommunens flåde skal være mindst 80 pct. i 2027.
  • Energiforbruget i kommunale bygninger skal
falde med 15 pct. frem mod 2028.
Budget: Der er afsat 18,5 mio. kr. i 2024 og 22 mio. kr. årligt fra 2025. Heraf går 4,2 mio. kr. til
energirenoveringer af 14 skoler.
Tabel 3.1  Sektor | 1990 | 2022 | 2030
Transport | 96.000 | 111.000 | 70.000
Spørgsmål kan rettes til Klimasekretariatet på tlf. 72 36 40 00 eller klima@kommune.dk.
Side 9 af 44   Til toppen   Læs også: Grønt regnskab 2023 | Klimatilpasningsplan
Planen revideres hvert andet år, første gang i""",
        T(kind="change", direction="down", relative="70", year=2030),
        T(kind="level", level="80", hedge="at_least", year=2027),
        T(kind="change", direction="down", relative="15", year=2028),
    ),
    doc("da", "folketingssvar", """Folketinget  >  Spørgsmål  >  Skriftlige spørgsmål
Spørgsmålet er stillet til skriftlig besvarelse. Spørgeren har bedt om, at svaret også indeholder en
redegørelse for, hvordan regionerne følger op på de aftalte initiativer, og hvilke erfaringer der er
gjort med de midlertidige tilbud i de kommuner, der har deltaget i forsøgsordningen. Ministeriet har
indhentet bidrag fra Danske Regioner og Sundhedsstyrelsen, som er indarbejdet i svaret nedenfor.
Spørgsmål nr. S 1142 Stillet den 3. april 2024 af Mette Larsen (SF)
Til: Sundhedsministeren
Hvad er status for målet om kortere ventetid på psykiatrisk udredning?
Svar udsendt den 17. april 2024
Ministerens svar: I 2023 ventede 14.200 børn og unge på udredning, og den gennemsnitlige
ventetid var 21 uger. Regeringen har med aftalen af 10. december 2023 afsat 1,2 mia. kr.
over fire år. Målet er, at ventetiden skal nedbringes til højst 8 uger inden udgangen af 2026.
Desuden skal antallet af
psykiatriske sengepladser øges med 100 frem mod 2027. Der er i dag 2.850 sengepladser
på landsplan, og 5 regioner har indgået aftaler med 31 kommuner.
Jeg kan tilføje, at målet i den tidligere plan fra 2019 om 90 pct. udredte inden for 30 dage ikke blev nået;
i 2022 lå andelen på 64 pct.
Endelig er det et mål, at mindst 95 pct. af henviste
børn skal have en første samtale inden for 30 dage i 2025.
Med venlig hilsen Sophie Holm
Del  Print   Abonnér på spørgsmål   Folketinget, Christiansborg, 1240 København K, tlf. 33 37 55 00
Sidst opdateret 17.04.2024   Spørgsmålet er besvaret i henhold til Folketingets forretningsorden § 20, stk. 2.
Se også: S 1098, S 1103 og""",
        T(direction="down", level="8", unit="week", hedge="at_most", year=2026),
        T(kind="change", direction="up", absolute="100", year=2027),
        T(kind="level", level="95", hedge="at_least", year=2025),
        maybe(level="90"),
    ),
    doc("da", "region-nyhed", """Nyheder   Presse   Job   Region Midt   Søg
Uddannelse  |  Regional udvikling  |  Pressemeddelelser      Lyt til artiklen
Strategien er blevet til i tæt samarbejde med kommunerne, erhvervsskolerne, gymnasierne og de store
virksomheder i regionen, som i flere år har efterlyst flere faglærte. Den lægger vægt på bedre vejledning
i udskolingen, flere praktikpladser og en tættere kontakt mellem skolerne og de lokale arbejdspladser.
Regionen vil have flere unge i uddannelse
Af Peter Nørgaard | 12. september 2024 kl. 10.15 | Opdateret 11.02
Regionsrådet har onsdag vedtaget en ny uddannelsesstrategi med 33 stemmer for og 8 imod.
I dag har 87 pct. af de 25-årige i regionen gennemført en ungdomsuddannelse.
Ambitionen er, at andelen skal op på 92 pct. i 2030.
Strategien koster 45 mio. kr. over fire år og gælder for 19 kommuner.
– Vi har 6.300 unge, der hverken er i job eller uddannelse, siger regionsrådsformand Anne Kjær.
Antallet skal halveres inden 2030, lyder det i strategien.
LÆS OGSÅ: Ny busrute 117 åbner 1. oktober  |  Sygehus får 200 nye p-pladser
Frafaldet på erhvervsuddannelserne var 42 pct. i 2023, og det skal
nedbringes til 30 pct. i 2028.
Strategien erstatter den tidligere fra 2017, der havde som mål, at 95 pct. skulle have en uddannelse
i 2015 - et mål, der aldrig blev nået.
Del artiklen  Facebook  LinkedIn  Mail   Kommentarer (12)
Kontakt pressevagten på 78 41 00 00 · © Region 2024 ·  Cookie-politik · Tilgængelighedserklæring
Mest læste: 1. Akutklinik lukker om natten 2. Ny direktør""",
        T(direction="up", baseline="87", level="92", year=2030),
        T(kind="change", direction="down", relative="50", baseline="6300", year=2030),
        T(direction="down", baseline="42", level="30", year=2028),
        miss="a baseline in the sentence before or after the aim, or in a clause of its own, not linked (xf16c's area)",
    ),
    doc("da", "aarsrapport-opfoelgning", """Årsrapport 2023    Opfølgning på politiske mål     side 14
Indledning  Årsrapporten giver et samlet billede af kommunens økonomi og af, hvordan det er gået med
de politiske mål, som byrådet har sat for de enkelte udvalgsområder. For hvert mål angives status med
farverne grøn, gul og rød, og der redegøres for årsagerne, hvor et mål ikke er nået. Læs også
ledelsesberetningen i kapitel 1 og regnskabspraksis i kapitel 6.
Kapitel 3  Ældre og sundhed
3.1 Sygefravær Sygefraværet i ældreplejen var 8,9 pct. i 2023 mod 9,4 pct. i 2022 og 7,6 pct. i 2019.
Målet for 2025 er et sygefravær på højst 6,5 pct.
Status: Ikke opfyldt (rød)
3.2 Rehabilitering
I 2023 afsluttede 1.240 borgere et rehabiliteringsforløb. 61 pct. var helt selvhjulpne bagefter.
Målet er, at 70 pct. af borgerne er selvhjulpne efter forløbet i 2026.
3.3 Økonomi   Område | Budget 2023 | Regnskab 2023 | Afvigelse
Hjemmepleje | 412,3 | 425,8 | -13,5
(beløb i mio. kr.)
Merforbruget skyldes 46 flere
borgere visiteret til hjemmepleje end budgetteret.
3.4 Rekruttering Antallet af
ubesatte stillinger som social- og sundhedsassistent skal reduceres fra 85 til 40 inden 2027.
I alt blev 312 medarbejdere ansat i 2023, og personaleomsætningen var 19 pct.
Årsrapporten er godkendt af byrådet den 25. april 2024, jf. styrelseslovens § 45.
Kontakt: Økonomiafdelingen, tlf. 89 40 20 00
3.5 Kvalitet  Tilsynet på plejecentrene gav ingen påbud i året, og de pårørende udtrykker generelt
tilfredshed med plejen, men efterlyser bedre information ved ændringer i hjælpen og faste kontaktpersoner.
Bilag 2: Nøgletal 2019-2023 (side 52-58)""",
        T(kind="level", level="6.5", hedge="at_most", year=2025),
        T(level="70", year=2026),
        T(direction="down", baseline="85", level="40", year=2027),
        maybe(level="8.9"),
    ),
    doc("da", "kommune-maalside", """Du er her: Forside > Politik > Mål og strategier > Byrådets mål
Byrådet sætter retningen for kommunens udvikling gennem en række politiske mål, som
fagudvalgene omsætter til konkrete indsatser. Målene er blevet til efter dialog med borgere, foreninger,
erhvervslivet og medarbejdere, blandt andet på et borgermøde på rådhuset og gennem en digital
spørgeskemaundersøgelse i efteråret. Herunder kan du læse de fire mål og se, hvordan de følges op.
Byrådets mål for 2024-2027
Byrådet har vedtaget fire
overordnede mål. Målene følges op to gange om året i budgetopfølgningen (maj og september).
Mål 1: Flere i arbejde
Ledigheden var 4,1 pct. i 2023. Antallet af borgere på kontanthjælp skal reduceres med 300 inden 2027.
Mål 2: Trivsel i skolen
Mindst 90 pct. af eleverne skal opleve god trivsel i 2026 (i 2023: 84 pct.).
Mål 3: Grøn omstilling
Kommunen skal være CO2-neutral i 2035. Der er sat 12 solcelleanlæg op på kommunens bygninger siden 2020.
Mål 4: Boliger   Der skal bygges 2.500 nye boliger frem mod 2030, heraf 25 pct. almene boliger.
Befolkningstal 1. januar 2024: 58.912 (1. januar 2023: 58.301)
Nøgletal   Skoler | 21   Daginstitutioner | 46   Plejecentre | 9
Borgerservice   Åbningstider man-ons 10-15, tors 10-17, fre 10-13   Telefon 70 12 34 56
CVR 29 18 97 41    EAN 5798 0000 12345
Cookies: Vi bruger nødvendige cookies. Læs mere
Sidst opdateret 4. juni 2024 af Kommunikation. Tilgængelighedserklæring | Privatlivspolitik | Del siden
Følg os på Facebook og LinkedIn  Abonnér på nyheder fra byrådet""",
        T(kind="change", direction="down", absolute="300", year=2027),
        T(level="90", hedge="at_least", baseline="84", year=2026),
        T(absolute="2500", year=2030),
        T(level="25", year=2030),
    ),
    doc("da", "forsyning-strategi", """FORSYNINGEN A/S    Om os   Drikkevand   Spildevand   Fjernvarme   Kontakt
Forsyningen er et aktieselskab ejet af kommunen og drives efter hvile-i-sig-selv-princippet, så
overskud går tilbage til forbrugerne gennem lavere takster. Strategien er blevet til efter en proces
med bestyrelse, medarbejdere og forbrugerrepræsentanter og bygger på de nationale klimamål, kommunens
klimaplan og vandsektorlovens krav om effektivisering.
Strategi 2030
Vores
vision er en robust og grøn forsyning. Selskabet leverer vand til 48.000 husstande og fjernvarme til
21.500 kunder gennem 640 km ledninger.
Målsætninger
 - Vandspildet skal nedbringes til under 7 pct. i 2027. I 2023 var det 9,8 pct.
 - Fjernvarmen skal være 100 pct. fossilfri i 2028.
 - Energiforbruget pr. m3 renset spildevand skal reduceres med 25 pct. inden 2030 i forhold til 2020.
Investeringer: Bestyrelsen har godkendt en investeringsplan på 680 mio. kr. for 2024-2033, herunder
en ny varmepumpe på 12 MW til 140 mio. kr.
Nøgletal 2023 | Vand | Varme | Spildevand
Omsætning (mio. kr.) | 96 | 312 | 188
Takster: Prisen for 1 m3 vand er 74,50 kr. inkl. moms og afgifter (2024).
Bestyrelsen består af 9 medlemmer, heraf 3 medarbejdervalgte. Generalforsamling 25. april kl. 17.00.
Døgnvagt: 70 15 15 15  ·  CVR 31 45 67 89  ·  Cookieindstillinger
Vi arbejder løbende med at forny ledningsnettet, beskytte grundvandet og forberede os på kraftigere regn.
Læs om takster, målerskift, flytning og aflæsning under Selvbetjening, eller skriv til os via e-Boks.
Strategien blev godkendt af bestyrelsen den 30. november 2023 og evalueres i 2026. Se s. 4-7 i""",
        T(level="7", hedge="below", baseline="9.8", year=2027),
        T(kind="level", level="100", year=2028),
        T(kind="change", direction="down", relative="25", year=2030),
    ),
    # ---------------------------------------------------------------- Norwegian bokmål
    doc("nb", "kommuneplan", """Hopp til hovedinnhold   Tjenester A-Å   Politikk   Om kommunen   Kontakt oss
Du er her: Forsiden > Politikk og planer > Kommuneplan > Samfunnsdelen
Innledning   Samfunnsdelen er kommunens overordnede styringsdokument og viser hvilken retning kommunen skal
utvikle seg i de neste tolv årene. Den bygger på planstrategien, innspill fra innbyggerne i
folkemøter og medvirkning med barn og unge, og den følges opp gjennom handlingsdelen og økonomiplanen.
Kommuneplanens samfunnsdel 2024-2036
Vedtatt i kommunestyret 19. juni 2024, sak 45/24 (27 mot 8 stemmer).
Kapittel 5  Folkehelse
Kommunen har 24 180 innbyggere (1. januar 2024). 14 prosent er over 70 år.
Mål
• Andelen innbyggere som er fysisk aktive minst 30 minutter daglig skal øke fra 58 prosent til 70 prosent
innen 2030.
• Andelen røykere skal reduseres til under 5 prosent innen 2028.
5.2 Barn og unge   I Ungdata 2023 svarte 82 prosent at de var fornøyde med lokalmiljøet. 3 av 10
ungdomsskoleelever trener sjelden.
• Sykefraværet i kommunen som arbeidsgiver skal
ned fra 9,2 prosent i 2023 til 7 prosent i 2027.
Økonomi: Driftsbudsjettet for 2024 er 1,9 mrd. kr, og investeringsplanen for 2024-2027 er 640 mill. kr.
Tabell 5.1  Indikator | 2021 | 2022 | 2023
Legemeldt sykefravær | 7,1 | 7,8 | 9,2
Servicetorget: 62 81 00 00, åpent kl. 08.00-15.30.  Side 23 av 78
Informasjonskapsler   Vi bruker informasjonskapsler for å forbedre nettstedet.   Godta   Avvis
Innbyggerne pekte i medvirkningen særlig på behovet for trygge skoleveier, flere møteplasser for unge og
bedre tilgang til turstier og grøntområder i nærheten av der folk bor.
Planen skal rulleres i neste""",
        T(direction="up", baseline="58", level="70", year=2030),
        T(kind="level", level="5", hedge="below", year=2028),
        T(direction="down", baseline="9.2", level="7", year=2027),
    ),
    doc("nb", "stortingssvar", """Stortinget   Saker og publikasjoner   Spørsmål   Skriftlige spørsmål og svar
Begrunnelse: Spørsmålsstilleren viser til at utviklingen i antall alvorlige ulykker har flatet ut
etter mange år med nedgang, og ber statsråden redegjøre for hvilke tiltak regjeringen vil prioritere
fremover, både på riksveiene og på fylkesveiene, og hvordan arbeidet med nullvisjonen følges opp av
Statens vegvesen, politiet og fylkeskommunene.
Dokument nr. 15:1732 (2023-2024) Innlevert: 12.04.2024 Sendt: 15.04.2024 Besvart: 22.04.2024 av
samferdselsministeren
Spørsmål fra Kari Nilsen (H): Hva er status for målet om færre drepte og hardt skadde i trafikken?
Svar: I 2023 ble 110 personer drept og 640 hardt skadd i vegtrafikken. Det er 8 færre drepte enn i 2022.
Nasjonal transportplan 2025-2036 har som mål at antall drepte og hardt skadde skal reduseres til
høyst 350 innen 2030.
Regjeringen har bevilget 4,3 mrd. kr til trafikksikkerhetstiltak i 2024, og 96 strekninger
har fått midtrekkverk siden 2014.
Videre er målet at minst 80 prosent av nye personbiler som
selges i 2025 skal være nullutslippsbiler — i mars 2024 var andelen 89,1 prosent.
Jeg viser også til svar på spørsmål nr. 1544 og Prop. 1 S (2023-2024) side 112.
Når det gjelder kollektivtrafikken, er målet at veksten i persontransport i de største byområdene skal tas
med kollektivtransport, sykling og gange.
Sist oppdatert: 22.04.2024   Del   Skriv ut   Stortinget, 0026 Oslo, telefon 23 31 30 50
Personvern | Informasjonskapsler | Tilgjengelighetserklæring   Følg Stortinget på""",
        T(kind="level", direction="down", level="350", hedge="at_most", year=2030),
        T(level="80", hedge="at_least", baseline="89.1", year=2025),
        maybe(absolute="8"),
        miss="where the share stood after a dash ('— i mars 2024 var andelen 89,1 prosent') is not linked as the baseline, and its year is taken as the year aimed at",
    ),
    doc("nb", "lokalavis", """Nyheter   Sport   Kultur   Meninger   E-avis   Logg inn   Bli abonnent fra 1 kr
Helse   Eldreomsorg   Politikk         Lytt til saken
Saken har skapt stor debatt i bygda den siste tiden, etter at flere pårørende sto fram og fortalte om
lange og usikre ventetider for sine foreldre. Mange har måttet ta seg fri fra jobben for å hjelpe til
hjemme mens de venter på svar fra kommunen, og flere har klaget til statsforvalteren.
Kommunen vil kutte ventetiden på sykehjemsplass
Publisert 3. mars 2024 kl. 07.45   Oppdatert 3. mars 2024 kl. 12.10   Av Ola Berg
I fjor ventet eldre i snitt 62 dager på langtidsplass. Nå vil formannskapet få
ventetiden ned til 30 dager innen 2026.
– Vi har 214 plasser i dag, og bygger 40 nye på Solbakken, sier ordfører Liv Hansen (Sp).
Bygget koster 380 millioner kroner og skal stå ferdig høsten 2025.
Forslaget ble vedtatt mot 5 stemmer. Kommunen har også som mål at antall
innleggelser fra hjemmetjenesten til sykehus skal reduseres med 20 prosent innen 2027.
LES OGSÅ: Brann i garasje på Vik   |   3 av 4 vil ha ny skole
Opposisjonen peker på at målet fra 2019 om at ingen skulle vente mer enn 14 dager aldri ble nådd.
Pårørendeforeningen har 1 200 medlemmer. Leder Per Moen mener 30 dager fortsatt er for lenge.
Tips oss på 917 00 000 eller tips@avisa.no
Annonse
Kommentarer er stengt for denne saken.  Mest lest: 1. Stengt vei etter ras 2. Fikk 90 000 i bot
© Avisa AS 2024. Ansvarlig redaktør: Kari Lund. Avisa arbeider etter Vær Varsom-plakatens regler
for god presseskikk. Avisa har ikke ansvar for innhold på eksterne nettsider som det lenkes til.
Vi bruker informasjonskapsler. Les mer om personvern""",
        T(direction="down", baseline="62", level="30", unit="day", year=2026),
        T(kind="change", direction="down", relative="20", year=2027),
        maybe(absolute="40"),
        miss="a baseline in the sentence before or after the aim, or in a clause of its own, not linked (xf16c's area)",
    ),
    doc("nb", "aarsmelding", """Årsmelding 2023    Kapittel 4 Måloppnåelse        24
Rådmannens innledning   Året har vært preget av høy prisvekst, høyere renter og økt etterspørsel etter
tjenester innen helse og omsorg. Likevel har kommunen levert gode tjenester og holdt seg innenfor de
økonomiske rammene kommunestyret vedtok. Denne delen av årsmeldingen viser hvordan det har gått med
målene i handlingsplanen.
4.1 Oppvekst
Andel elever som fullfører og består videregående opplæring innen fem år: 2021 79 % | 2022 81 % | 2023 80 %
Mål for 2026: 85 prosent.
Vurdering: Målet er delvis nådd.
4.2 Helse og omsorg Antall brukere av hjemmetjenester var 1 412 ved utgangen av 2023 (2022: 1 366).
Andelen vedtak om hjemmetjenester som fattes innen 14 dager skal være minst 95 prosent. Resultat 2023: 88 prosent.
4.3 Klima og miljø
Klimagassutslippene i kommunen var 118 000 tonn CO2-ekvivalenter i 2022 (siste tall fra Miljødirektoratet).
Kommunestyret har vedtatt at utslippene skal reduseres med 60 prosent innen 2030 sammenlignet med 2009.
4.4 Økonomi  Netto driftsresultat ble 2,4 prosent av driftsinntektene, mot et
mål på 1,75 prosent. Disposisjonsfondet utgjorde 412 mill. kr per 31.12.2023.
Investeringer | Budsjett | Regnskab | Avvik
Ny skole | 210 | 198,6 | 11,4
Gjeldsgraden skal reduseres fra 112 prosent
til under 100 prosent innen 2028.
4.5 Medarbeidere  Kommunen har gjennomført medarbeiderundersøkelse i alle enheter, og resultatene er
fulgt opp med handlingsplaner i samarbeid med tillitsvalgte og verneombud.
Årsmeldingen ble behandlet i kommunestyret 20. mai 2024, sak 31/24.   Kontakt: postmottak@kommune.no""",
        T(level="85", year=2026),
        T(level="95", hedge="at_least", baseline="88"),
        T(level="1.75"),
        T(kind="change", direction="down", relative="60", year=2030),
        T(direction="down", baseline="112", level="100", hedge="below", year=2028),
        miss="a baseline in the sentence before or after the aim, or in a clause of its own, not linked (xf16c's area) ('Resultat 2023: 88 prosent' after a bound with no year)",
        false="a run-in row of results by year ('...innen fem år: 2021 79 % | 2022 81 %') is read as a level",
    ),
    doc("nb", "fylke-klima", """Fylkeskommunen   Tannhelse   Skole   Samferdsel   Næring   Klima   Om oss
Du er her: Forside > Klima og miljø > Klimabudsjett
Klimabudsjettet er et styringsverktøy som viser hvilke tiltak fylkeskommunen gjennomfører for å kutte
utslipp, og hvilken effekt tiltakene ventes å ha. Det behandles sammen med økonomiplanen og følges opp
i årsrapporten. Mange av tiltakene gjennomføres i samarbeid med kommunene, næringslivet og staten.
Klimabudsjett 2025 — Regional plan for klima og energi
Sist endret 02.12.2024
Bakgrunn   Fylket hadde i 2022 utslipp på 1,24 millioner tonn CO2-ekvivalenter, hvorav 44 prosent fra
veitrafikk og 19 prosent fra sjøfart. Utslippene har falt 11 prosent siden 2009.
Mål   Fylkestinget vedtok 14. juni 2023 (sak 67/23) følgende mål:
 1) Utslippene i fylket skal reduseres med 55 prosent innen 2030 sammenlignet med 2009.
 2) Alle nye ferger og hurtigbåter skal være nullutslipp fra 2027.
 3) Antall ladepunkter langs fylkesveiene skal økes fra 310 til 1 000 innen 2028.
Kostnader: Klimatiltakene i budsjettet utgjør 842 mill. kr i 2025, hvorav 510 mill. kr går til
elektrifisering av 17 fergesamband.
Tabell 2  Tiltak | Kutt 2025 (tonn) | Kostnad (mill. kr)
Elferger | 21 000 | 510
Telefon sentralbord: 55 23 90 00   Organisasjonsnummer 821 311 632
Vi bruker informasjonskapsler for å analysere bruken av nettstedet.  OK
Flere av tiltakene krever statlig medfinansiering, og fylkeskommunen vil søke Enova og Klimasats om
støtte. Usikkerheten i beregningene er stor, særlig for sjøfart og ikke-veigående maskiner.
Dokumentet er en del av økonomiplanen for 2025-2028 og skal""",
        T(kind="change", direction="down", relative="55", year=2030),
        T(direction="up", baseline="310", level="1000", year=2028),
        maybe(relative="11"),
    ),
    doc("nb", "helseforetak", """Helse Vest   Om oss   Pasient   Fagfolk   Aktuelt    English
Innledning   Oppdragsdokumentet gir føringer for helseforetakets virksomhet i året som kommer, og bygger
på oppdraget fra Helse- og omsorgsdepartementet, Nasjonal helse- og samhandlingsplan og regionale planer.
Styret skal følge opp kravene gjennom tertialrapporter og årlig melding, og avvik skal forklares.
Oppdragsdokument 2024 — krav og mål
Styremøte 8. februar 2024, sak 12/2024.  Vedlegg 3, side 5
Ventetid   Gjennomsnittlig ventetid for pasienter som har startet behandling var 68 dager i 2023.
Krav: Gjennomsnittlig ventetid skal reduseres til under 50 dager innen utgangen av 2025.
Fristbrudd   Andelen fristbrudd var 4,3 prosent i desember 2023.
Krav: Andel fristbrudd skal være under 1 prosent.
Pakkeforløp kreft   Minst 70 prosent av pasientene i pakkeforløp skal behandles innenfor standard forløpstid.
Foretaket hadde 5 812 ansatte og en omsetning på 9,4 mrd. kr i 2023, og 23 000 pasienter fikk behandling
på de 4 sykehusene.
Korridorpasienter: 312 i 2023 (2022: 401).
Budsjett 2024 | Somatikk | Psykisk helse | Rus
Mill. kr | 5 420 | 1 870 | 410
Spørsmål om oppdragsdokumentet: Postmottak, tlf. 51 96 38 00
Vi bruker informasjonskapsler.  Godta alle   Innstillinger
Styret ber administrerende direktør legge fram en plan for hvordan kravene skal nås, med tiltak for
kapasitet, bemanning og bedre samhandling med kommunene. Planen legges fram i neste styremøte.
Prioriterte områder: psykisk helsevern for barn og unge, rusbehandling og eldre med sammensatte behov.
Styret vedtok også at sykefraværet skal ned med 0,5 prosentpoeng i 2024.""",
        T(level="50", unit="day", hedge="below", baseline="68", year=2025),
        T(level="1", hedge="below", baseline="4.3"),
        T(kind="level", level="70", hedge="at_least"),
        T(kind="change", direction="down", relative="0.5", unit="percentage_point", year=2024),
        miss="a baseline in the sentence before or after the aim, or in a clause of its own, not linked (xf16c's area)",
    ),
    # ---------------------------------------------------------------- Swedish
    doc("sv", "kommun-mal", """Hoppa till innehåll   Lyssna   Translate   Kontakt   Meny
Startsida > Kommun och politik > Styrning och uppföljning > Mål och budget
Målen utgår från kommunens vision och den politiska viljeinriktningen för mandatperioden. Varje nämnd
och bolag bryter ner fullmäktiges mål i egna nämndmål och aktiviteter. Målen följs upp i delårsrapporten
och i årsredovisningen, där måluppfyllelsen bedöms med stöd av indikatorer.
Kommunfullmäktiges mål 2024-2026
Fastställda av kommunfullmäktige 27 november 2023, § 142 (35 röster mot 14)
Kommunen har 31 480 invånare och en skattesats på 22,41 kronor.
Mål 1 Fler i egen försörjning
Andelen hushåll med ekonomiskt bistånd ska minska från 4,2 procent till 3 procent år 2026.
Mål 2 Goda skolresultat
  •  Minst 85 procent av eleverna i årskurs 9 ska vara behöriga till gymnasiet 2026 (utfall 2023: 79 procent).
Mål 3 Hållbar kommun
  •  Koldioxidutsläppen ska minska med 65 procent till 2030 jämfört med 1990.
Mål 4 God ekonomi Resultatet ska uppgå till minst 2 procent av skatter och
statsbidrag varje år.
Budget 2024: Nettokostnader 2 114 mnkr, investeringar 312 mnkr. Antal anställda: 2 640.
Uppföljning    Mål | Indikator | Utfall 2022 | Utfall 2023
1 | Andel hushåll med bistånd | 4,5 | 4,2
Kontaktcenter 0480-45 00 00, vardagar 8-16.
Senast uppdaterad: 12 januari 2024   Sidansvarig: Kanslienheten
Mer om målen finns i dokumentet Mål och budget, som kan laddas ner som pdf. Där redovisas även nämndernas
uppdrag, investeringsplanen och de ekonomiska ramarna för planperioden.
Vi använder kakor.  Godkänn   Läs mer om kakor""",
        T(direction="down", baseline="4.2", level="3", year=2026),
        T(level="85", hedge="at_least", baseline="79", year=2026),
        T(kind="change", direction="down", relative="65", year=2030),
        T(kind="level", level="2", hedge="at_least"),
    ),
    doc("sv", "riksdagssvar", """Sveriges riksdag   Dokument & lagar   Skriftlig fråga 2023/24:612
Frågan ställdes till socialministern. Frågeställaren ville också veta hur regeringen avser att följa upp
regionernas arbete med tillgänglighet och om några ytterligare åtgärder planeras under mandatperioden,
inte minst för patienter i glesbygd och för barn och unga som väntar på utredning.
Svar på skriftlig fråga 2023/24:612 av Anna Ek (S) Väntetider i vården
Besvarad 14 februari 2024 av socialminister
Anna Ek har frågat mig vad regeringen gör för att korta köerna.
Under 2023 väntade 164 000 patienter längre än 90 dagar på operation eller behandling, och
vårdgarantin uppfylldes för 61 procent.
Regeringen har avsatt 3,5 miljarder kronor för 2024, och 21 regioner har tecknat överenskommelser.
Målet är att andelen som får
behandling inom 90 dagar ska öka till 80 procent år 2025.
Dessutom ska antalet vårdplatser öka med 500 till 2026.
Jag vill också påminna om att kömiljarden 2009-2014 omfattade 1 miljard kronor per år.
Stockholm den 14 februari 2024    Jakob Forssmed
Till toppen   Skriv ut   Dela   Relaterade dokument: Interpellation 2023/24:301, bet. 2023/24:SoU1 s. 45
Riksdagen, 100 12 Stockholm, telefon 08-786 40 00
Webbplatsen använder kakor. Läs mer om kakor på riksdagen.se.
Senast uppdaterad: 15 februari 2024
Debatter om förslaget: 2   Röstning: Bifall 176, avslag 173 (bet. 2023/24:SoU1)
Regeringen följer utvecklingen noga och kommer att återkomma till riksdagen med en samlad redovisning
av hur överenskommelserna med regionerna har genomförts och vilka resultat de har gett.
Följ riksdagen på sociala medier""",
        T(direction="up", level="80", year=2025),
        T(kind="change", direction="up", absolute="500", year=2026),
    ),
    doc("sv", "lokaltidning", """Nyheter   Sport   Familj   Debatt   e-tidning   Logga in   Prenumerera
Vård   Politik   Regionen       Lyssna på artikeln
Köerna har blivit en av de stora frågorna inför valet. Många patienter vittnar om att de fått vänta i
månader på ett besked, och flera vårdcentraler har haft svårt att rekrytera läkare. Nu hoppas
regionledningen att ett nytt arbetssätt med digitala bedömningar ska korta väntan.
Regionen vill halvera vårdköerna
Publicerad 4 april 2024 kl 06.00   Uppdaterad 09.12
I dag väntar 8 700 personer i länet mer än tre månader på ett första besök hos specialist.
Regionstyrelsen vill nu halvera
antalet till 2025.
– Vi anställer 45 nya läkare och satsar 120 miljoner kronor, säger regionråd Lena Ström (M).
Förslaget röstades igenom med 9 röster mot 6 i tisdags.
Regionen har också som mål att minst 90 procent av dem som ringer 1177 ska få svar inom 20 minuter.
I mars var andelen 71 procent.
Oppositionen påminner om att målet från 2020 om en vårdgaranti på 60 dagar aldrig nåddes.
LÄS OCKSÅ: Trafikolycka på E4 — två till sjukhus  |  12 nya förskoleplatser i Ås
Tipsa oss: 0771-12 34 56 eller tips@tidningen.se
Annons
Regionens budget för 2024 är 12,4 miljarder kronor. Länet har 287 000 invånare i 8 kommuner.
Kommentera   Dela   Läs fler artiklar om vården
Mest läst  1 Villa förstörd i brand  2 Hon vann 1 miljon på triss  3 Så blir vädret i påsk
Patientföreningen välkomnar beskedet men efterlyser tydligare information till dem som redan väntar,
och flera fackförbund varnar för att personalen redan i dag går på knäna.
© Tidningen 2024. Ansvarig utgivare: Erik Dahl""",
        T(kind="change", direction="down", relative="50", baseline="8700", year=2025),
        T(level="90", hedge="at_least", baseline="71"),
        maybe(absolute="45"),
        miss="a baseline in the sentence before or after the aim, or in a clause of its own, not linked (xf16c's area)",
    ),
    doc("sv", "arsredovisning", """Årsredovisning 2023                                                         Sida 31
Kommunstyrelsens ordförande har ordet  Året präglades av hög inflation, stigande räntor och ett
osäkert omvärldsläge. Trots det har verksamheterna levererat god kvalitet och kommunen gick med
överskott. I det här avsnittet redovisas hur kommunen har arbetat mot fullmäktiges mål och
hur måluppfyllelsen bedöms.
Måluppfyllelse
Verksamhetsmål: Sjukfrånvaron ska minska till 6 procent år 2025. Utfall 2023: 7,8 procent (2022: 8,3 procent).
Bedömning: Ej uppfyllt
Verksamhetsmål:
Andelen förnybar energi i kommunens fastigheter ska vara 100 procent år 2025. Utfall 2023: 92 procent.
Finansiella mål
Soliditeten ska öka med 2 procentenheter per år. Utfall: soliditeten var 38 procent 2023 mot 37
procent 2022.
Låneskulden ska inte överstiga 1 200 mnkr. Utfall: 1 084 mnkr.
Nyckeltal    År | 2021 | 2022 | 2023
Invånare | 48 210 | 48 655 | 49 102
Skattesats (kr) | 21,99 | 21,99 | 22,24
Årets resultat blev 61,3 mnkr, vilket är 2,7 procent av skatter och bidrag.
Pensionsskulden uppgick till 1 412 mnkr per 31 december 2023. Se not 23 på sidan 88.
Under året invigdes 2 nya förskolor med totalt 240 platser.
Revisionsberättelsen undertecknades den 22 mars 2024. Kommunstyrelsen, 0510-77 00 00.
Kommunens samlade bedömning är att god ekonomisk hushållning har uppnåtts, även om flera
verksamhetsmål inte nåddes under året. Analysen av avvikelserna redovisas per nämnd i bilaga 2.
Innehåll 1 Inledning 5 Förvaltningsberättelse 31 Måluppfyllelse 60 Räkenskaper""",
        T(direction="down", baseline="7.8", level="6", year=2025),
        T(level="100", baseline="92", year=2025),
        T(kind="change", direction="up", relative="2", unit="percentage_point"),
        T(kind="level", level="1200000000", hedge="at_most"),
        maybe(level="38"),
        miss="a baseline in the sentence before or after the aim, or in a clause of its own, not linked (xf16c's area) ('Utfall 2023: 7,8 procent' after the aim)",
    ),
    doc("sv", "region-klimat", """Region Västra   Vård & hälsa   Kollektivtrafik   Kultur   Regional utveckling   Sök
Startsida > Regional utveckling > Miljö och klimat > Klimatstrategi
Sammanfattning  Klimatstrategin pekar ut regionens vägval för att minska utsläppen och anpassa samhället
till ett förändrat klimat. Den har tagits fram i dialog med kommunerna, länsstyrelsen, näringslivet och
civilsamhället och gäller både regionen som organisation och länet som geografiskt område.
Klimatstrategi för regionen 2024-2030
Beslutad i regionfullmäktige 13 juni 2023, § 88
1 Bakgrund Utsläppen i regionen var 2,3 miljoner ton koldioxidekvivalenter år 2021, 29 procent
lägre än 1990. 62 av regionens 71 busslinjer trafikeras redan med förnybara drivmedel.
2 Mål
▪ Utsläppen från transporter ska minska med 70 procent till 2030 jämfört med 2010.
▪ Andelen resor med kollektivtrafik ska öka från 27 procent till 40 procent till 2030.
▪ Regionens egen energianvändning i lokaler ska minska med 20 procent per kvadratmeter till 2028.
3 Ekonomi  Strategin finansieras inom ram. Regionen satsar 85 mnkr på solceller under 2024-2026
på 40 fastigheter.
Tabell 1   Sektor | 1990 | 2021
Transporter | 1 120 000 | 940 000
Kontakt: Miljöenheten, 010-441 00 00.  Dokumentnummer RS 2023-00412
Sidan
uppdaterades 20 juni 2023. Kakor (cookies) Vi använder kakor för att webbplatsen ska fungera. OK
Strategin kompletteras av en handlingsplan med konkreta åtgärder, ansvar och tidplan, som tas fram
av regionstyrelsen tillsammans med berörda nämnder och bolag och revideras vid behov.
Strategin följs upp årligen i regionens miljöredovisning, som""",
        T(kind="change", direction="down", relative="70", year=2030),
        T(direction="up", baseline="27", level="40", year=2030),
        T(kind="change", direction="down", relative="20", year=2028),
        maybe(relative="29"),
    ),
    doc("sv", "bostadsbolag", """Om oss   Lediga lägenheter   Bli hyresgäst   Felanmälan   Kontakt
Startsida > Om oss > Styrning > Ägardirektiv
Bostadsbolaget är helägt av kommunen och ska bidra till att kommunen växer genom att erbjuda trygga
och hållbara hyresbostäder för alla. Ägardirektivet anger bolagets uppdrag och de mål som ägaren
förväntar sig att bolaget når, och följs upp årligen vid bolagsstämman samt i bolagets årsredovisning.
Ägardirektiv och mål för Bostads AB 2024
Fastställt på bolagsstämma 25 april 2024
Bolaget äger 6 240 lägenheter och 312 lokaler. Vakansgraden var 1,4 procent 31 december 2023.
Uppdrag från ägaren
 – Bolaget ska bygga 600 nya lägenheter till 2028.
 – Energianvändningen i beståndet ska minska från 142 kWh till 110 kWh per kvadratmeter till 2030.
 – Nöjd kund-index ska vara minst 80.
Soliditeten var 24 procent (2022: 22 procent). Bolagets omsättning uppgick till 712 mnkr och
resultatet efter finansiella poster till 48 mnkr.
Hyresförhandlingen 2024 gav en höjning på 4,9 procent från 1 januari.
Kö: 11 800 personer står i bostadskön, medelkötiden är 4 år.
Felanmälan dygnet runt 0910-73 50 00.   Org.nr 556012-3456
Vi använder kakor för att förbättra din upplevelse. Godkänn
Styrelsen har 7 ledamöter och 2 suppleanter.
Nyckeltal | 2021 | 2022 | 2023
Bolaget ska arbeta aktivt med trygghet i bostadsområdena, samverka med kommunens socialtjänst och
skolor samt erbjuda sommarjobb åt ungdomar som bor hos bolaget. Hyresgästföreningen är en viktig
samarbetspart i arbetet med boinflytande och underhåll.
Lägenheter | 6 010 | 6 120 | 6 240""",
        T(absolute="600", year=2028),
        T(direction="down", baseline="142", level="110", year=2030),
        T(kind="level", level="80", hedge="at_least"),
        maybe(relative="4.9"),
    ),
]
# The forms the documents taught, in sentences of their own, beside look-alikes that must stay as they were:
# a bracket's year label with a word before the year ("(i 2023: 84 pct.)", "(utfall 2023: 79 procent)"): the year
# and figure of where the indicator stood, not the year aimed at (a target noun there labels the aim instead);
# a unit of two letters glued to its number ("400kg", "180km", "40MW"), a figure (a single letter, "5t", or
# "2nd", none).
FORMS = [
    case("da", "Mindst 90 pct. af eleverne skal trives i 2026 (i 2023: 84 pct.).",
         T(level="90", baseline="84", year=2026, reference_year=2023)),
    case("da", "Andelen skal op på 85 pct. i 2027 (status 2024: 78 pct.).",
         T(level="85", baseline="78", year=2027, reference_year=2024)),
    case("nb", "Minst 90 prosent av elevene skal trives i 2026 (i 2023: 84 prosent).",
         T(level="90", baseline="84", year=2026, reference_year=2023)),
    case("nb", "Andelen skal opp til 85 prosent i 2027 (resultat 2024: 78 prosent).",
         T(level="85", baseline="78", year=2027, reference_year=2024)),
    case("sv", "Minst 85 procent av eleverna ska vara behöriga 2026 (utfall 2023: 79 procent).",
         T(level="85", baseline="79", year=2026, reference_year=2023)),
    case("en", "At least 90% of pupils should feel safe at school by 2026 (in 2023: 84%).",
         T(level="90", baseline="84", year=2026, reference_year=2023)),
    case("en", "The recycling rate should reach 60% by 2028 (outturn 2023: 48%).",
         T(level="60", baseline="48", year=2028, reference_year=2023)),
    # look-alikes: a target noun labels the level aimed at and its year
    case("da", "Andelen er 78 pct. i dag (mål 2030: 90 pct.).", T(level="90", baseline=None, year=2030)),
    case("en", "The recycling rate is 48% (target 2028: 60%).", T(level="60", baseline="48", year=2028)),
    # units glued to their numbers
    case("en", "Residual waste will be cut from 520kg to 400kg per household by 2030.",
         T(direction="down", baseline="520", level="400", year=2030)),
    case("da", "Affaldet skal reduceres fra 520kg til 400kg pr. husstand i 2030.",
         T(direction="down", baseline="520", level="400", year=2030)),
    case("sv", "Cykelvägnätet ska byggas ut från 120km till 180km till 2030.",
         T(direction="up", baseline="120", level="180", year=2030)),
    case("nb", "Kommunen skal ha 40MW solkraft innen 2030.", T(level="40", year=2030)),
    case("en", "The 2nd phase of the scheme was agreed on 4 March 2024."),
    case("da", "Mødet blev holdt i lokale 2a på rådhuset den 3. maj 2024."),
]
# fmt: on

test_a_form_the_documents_taught_is_read = read_as_test(FORMS)


def _read(lang: str, text: str) -> list[Target]:
    paper = extract_text(text, language=lang)
    return list(build_report([paper], check_paper(paper)).documents[0].targets)


def _ours(target: Target, mark: dict[str, Any]) -> bool:
    """``target`` is the one ``mark`` names: it shares one of the mark's level, relative or absolute figures."""
    from fractions import Fraction

    return any(
        part in mark
        and mark[part] is not None
        and (figure := _figure(target, part)) is not None
        and figure.value == Fraction(mark[part])
        for part in _PARTS
    )


def misses(lang: str, text: str, marks: tuple[dict[str, Any], ...]) -> list[Any]:
    """The marks no target found matches whole, each with what the nearest target read wrong."""
    got = _read(lang, text)
    return [
        (mark, [_check(t, mark) for t in got if _ours(t, mark)])
        for mark in marks
        if not mark.get("optional") and not any(not _check(t, mark) for t in got)
    ]


def false_targets(lang: str, text: str, marks: tuple[dict[str, Any], ...]) -> list[str]:
    """The quotes of targets found that are none of the marks."""
    return [t.span.quote for t in _read(lang, text) if not any(_ours(t, m) for m in marks)]


def _params(half: str) -> list[Any]:
    return [
        pytest.param(
            lang,
            text,
            marks,
            marks=[pytest.mark.xfail(strict=True, reason=why)]
            if (why := miss if half == "miss" else false)
            else [],
            id=f"{lang}:{name}",
        )
        for lang, name, text, marks, miss, false in DOCS
    ]


@pytest.mark.parametrize(("lang", "text", "marks"), _params("miss"))
def test_a_document_gives_every_target_marked(
    lang: str, text: str, marks: tuple[dict[str, Any], ...]
) -> None:
    assert not (missed := misses(lang, text, marks)), f"misses: {missed}"


@pytest.mark.parametrize(("lang", "text", "marks"), _params("false"))
def test_a_document_gives_no_target_unmarked(lang: str, text: str, marks: tuple[dict[str, Any], ...]) -> None:
    assert not (wrong := false_targets(lang, text, marks)), f"false targets: {wrong}"


def test_the_documents_are_as_the_brief_asks() -> None:
    for lang in ("da", "en", "nb", "sv"):
        assert len([d for d in DOCS if d[0] == lang]) == 6, lang
    assert len({d[1] for d in DOCS}) == len(DOCS)
    for _lang, name, text, marks, _, _ in DOCS:
        assert 1500 <= len(text) <= 2500, (name, len(text))
        assert 2 <= len([m for m in marks if not m.get("optional")]) <= 6, name
