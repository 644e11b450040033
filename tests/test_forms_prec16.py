"""Paragraphs dense with figures that are no targets, in the four languages, in the voice of the genres that
carry them: annual accounts and budget notes, statistics office news, council minutes and agendas, hearing
replies, procurement and job notices, population and pupil forecasts, survey methods, legal limits quoted as
facts, results of past years, rankings, ages, opening hours, phone numbers, addresses, versions, ISBNs,
citations, scores out of a maximum, prices per unit and shares that describe a group. Beside them, paragraphs
where one real target sits among such figures: it is read whole (its pair, its level, its year) and nothing
else. Sentences written for this test; the helpers are those of ``test_forms``."""

from __future__ import annotations

import pytest

from sudgoals import check_paper, extract_text
from test_forms import T, assert_broad, case, read_as_test

# why a form is not read yet (the strict xfails below)
COUNT_AFTER_BASELINE = (
    "a count of people after 'og'/'and' in the sentence that gives where a time stands ('I 2025 var den"
    " gennemsnitlige ventetid 23 dage, og 412 borgere ventede') keeps that figure from being the one figure of"
    " its sentence, so it is not read as the baseline of the ceiling aimed at before it (sv and nb, where the"
    " count is 'personer', read it)"
)
CURRENTLY_AFTER_COPULA = (
    "a count in a word no unit knows ('30 mph') after 'is currently' is not read as the baseline of the level"
    " aimed at in the next sentence ('Today the speed limit is 30 mph' is, and so is '30 km/h' after 'is currently')"
)
BARE_YEAR_FAR = (
    "a bare year with no preposition that closes the clause more than three words after the share aimed at"
    " ('minst 80 procent ska vara nöjda med servicen 2027') is not read as the year it is due: only a bare year"
    " within three words of the figure is ('minst 98 procent 2025')"
)

# fmt: off
DA = [
    # budget notes and accounts: facts of money, a change of the budget already made
    case("da", "Driftsbudgettet for 2026 udgør 412,6 mio. kr. Budgettet er fremskrevet med KL's skøn over pris- og lønudviklingen på 3,1 pct. Anslaget for anlæg er 38 mio. kr."),
    case("da", "Regnskabet for 2025 viser et overskud på 23,4 mio. kr., hvilket er 5,1 mio. kr. bedre end budgetteret. Likviditeten udgjorde ultimo året 312 mio. kr."),
    case("da", "Udgifterne til specialundervisning steg med 8,2 pct. fra 2024 til 2025. Merudgiften på 14,7 mio. kr. finansieres af kassebeholdningen.",
         T(kind="change", direction="up", relative="8.2", year=2025, reference_year=2024)),
    # statistics office news
    case("da", "Ledigheden steg 0,3 procentpoint i oktober til 4,1 pct. af arbejdsstyrken, viser nye tal fra Danmarks Statistik. BNP voksede 1,8 pct. i tredje kvartal.",
         T(direction="up", relative="0.3", level="4.1"), T(kind="change", direction="up", relative="1.8")),
    case("da", "Forbrugerpriserne steg 2,1 pct. i september sammenlignet med samme måned sidste år. I august var stigningen 1,9 pct.",
         T(kind="change", direction="up", relative="2.1"), T(kind="change", direction="up", relative="1.9")),
    # council minutes and agendas
    case("da", "Punkt 7: Forslaget blev vedtaget med 17 mod 8 stemmer. Mødet sluttede kl. 21.40 i mødelokale 2.14."),
    case("da", "Byrådet behandlede sagen på mødet den 12. juni. Indstillingen blev godkendt med 25 stemmer for, 4 imod, og 2 undlod at stemme."),
    # hearing replies
    case("da", "Høringssvaret er afgivet af 14 foreninger. Af disse er 9 positive over for forslaget, mens 3 ønsker en høringsfrist på 8 uger."),
    # procurement and job notices
    case("da", "Stillingen er på 37 timer om ugen. Løn efter overenskomst, svarende til 34.500-37.200 kr. om måneden. Ansøgningsfrist 15. januar 2027 kl. 12.00."),
    case("da", "Udbuddet omfatter levering af 1.800 computere over 4 år. Kontraktens anslåede værdi er 14 mio. kr. ekskl. moms. Tilbudsfristen er 3. februar kl. 12."),
    # population and pupil forecasts
    case("da", "Befolkningsprognosen viser, at antallet af 0-5-årige forventes at stige til 12.400 i 2035. Antallet af borgere over 80 år ventes at vokse med 45 pct. i samme periode.",
         T(kind="level", direction="up", level="12400", year=2035), T(kind="change", direction="up", relative="45")),
    case("da", "Ifølge skoleprognosen falder elevtallet i 0. klasse fra 540 i 2025 til 480 i 2030. Det svarer til et fald på 11 pct.",
         T(direction="down", baseline="540", level="480", relative="11", year=2030, reference_year=2025, verdict="consistent")),
    # survey methods and shares that describe a group
    case("da", "Undersøgelsen er besvaret af 1.214 borgere, svarende til en svarprocent på 41. Den statistiske usikkerhed er op til 2,8 procentpoint. 62 % af de adspurgte er kvinder."),
    case("da", "Gennemsnitsalderen for medarbejderne er 46 år, og 78 pct. af dem er kvinder. Sygefraværet var 5,9 pct. i 2024."),
    # legal limits quoted as facts
    case("da", "Grænseværdien for NO2 er 40 µg/m³ som årsmiddel. Målingerne på stationen ved Banegården viste 38 µg/m³ i 2024."),
    case("da", "Efter bekendtgørelsen må støjen fra vejen højst være 58 dB ved boliger. Det målte niveau var 61 dB ved de nærmeste huse."),
    # results of past years, rankings
    case("da", "I 2019 nåede vi 85 % af borgerne med tilbuddet. Siden er andelen faldet til 79 %.",
         T(direction="down", baseline="85", level="79", reference_year=2019)),
    case("da", "Kommunen ligger nr. 3 af 98 kommuner i målingen af erhvervsklimaet. Sidste år var placeringen nr. 11."),
    # ages, opening hours, phone numbers, addresses, versions, citations, scores, prices
    case("da", "Tilbuddet er for børn og unge i alderen 6-17 år. Åbent mandag til torsdag kl. 8-15.30 og fredag kl. 8-13. Ring på tlf. 72 36 12 00."),
    case("da", "Henvendelser sendes til Borgerservice, Rådhuspladsen 2, 8000 Aarhus C. Version 2.3 af vejledningen blev udgivet den 4. marts 2025."),
    case("da", "Se Rapport 2021:14 fra VIVE, ISBN 978-87-7119-962-3, s. 45-48. Rapporten bygger på 26 interview."),
    case("da", "Borgerne gav i gennemsnit tilfredsheden 4,2 ud af 5. Det er 0,1 højere end året før."),
    case("da", "Et klippekort til 10 ture koster 200 kr., svarende til 20 kr. pr. tur. Pensionister betaler halv pris."),
    # more genres: minutes with times and rooms, notices, citations, group descriptions
    case("da", "Mødet holdes tirsdag den 14. oktober kl. 16.30 i byrådssalen, lokale 1.07. Dagsordenen har 23 punkter, og punkt 9 og 10 behandles for lukkede døre."),
    case("da", "Der indkom 212 høringssvar i perioden fra 1. til 29. september. 41 pct. af svarene kom fra borgere i Vestbyen."),
    case("da", "Vi søger en pædagog til 30-32 timer om ugen. Ansøgningsfristen er mandag den 8. december, og samtaler holdes i uge 51."),
    case("da", "Af de 1.860 ansatte i forvaltningen er 71 pct. kvinder, og 24 pct. er over 60 år. Den gennemsnitlige anciennitet er 11,4 år."),
    case("da", "Svømmehallen har åbent hverdage kl. 6-21 og weekender kl. 8-17. En enkeltbillet koster 45 kr. for voksne og 25 kr. for børn under 16 år."),
    case("da", "Kilde: Danmarks Statistik, tabel FOLK1A, udtrukket 10. november 2025. Tallene for 2024 er foreløbige."),
    case("da", "Skolen fik 3,8 ud af 5 i trivselsmålingen. Svarprocenten var 87, og 412 elever deltog."),
    case("da", "Takstbladet for 2026: Madservice koster 58 kr. pr. hovedret, og tøjvask koster 112 kr. om måneden. Taksterne er reguleret med 2,4 pct."),
    case("da", "Aarhus ligger som nr. 2 af de fem største byer i undersøgelsen. Året før lå byen på en femteplads."),
    case("da", "Bekendtgørelse nr. 1309 af 18. december 2012, § 4, stk. 2, fastsætter kravene. Se også vejledning nr. 9 af 2021."),
    case("da", "Sagen blev genoptaget efter en pause kl. 19.15. Ændringsforslaget faldt med 11 stemmer for og 20 imod."),
    # more: votes, contracts, labels, rates, prices per unit, phone numbers, periods
    case("da", "Tillægsforslaget faldt med 9 mod 30 stemmer. Borgmesteren konstaterede herefter, at indstillingen var vedtaget."),
    case("da", "Rammeaftalen løber i 3 år med mulighed for forlængelse med 12 måneder. Der er budt ind fra 6 leverandører."),
    case("da", "Omkring 7 ud af 10 anbragte børn bor i plejefamilier. Cirka 58 pct. af henvendelserne kom fra pårørende."),
    case("da", "Lånet optages med en fast rente på 3,25 pct. over 25 år. Ydelsen udgør 1,9 mio. kr. om året."),
    case("da", "Prisen for fjernvarme er 612 kr. pr. MWh inkl. moms. Den faste afgift er 38 kr. pr. m² om året."),
    case("da", "Budgetperioden 2026-2029 er den fjerde i træk med et anlægsloft. Kontakt økonomiafdelingen på +45 33 66 33 66."),
    case("da", "Tabel 3 viser andelen (pct.) af borgere over 65 år i de 11 lokalområder. Tallene er fra 1. januar 2025."),
    case("da", "Løn efter løntrin 31-35 afhængigt af kvalifikationer. Stillingen er tidsbegrænset til 31. december 2027."),
    case("da", "Trivselsmålingen havde en svarprocent på 87. Målet er, at mindst 90 pct. af eleverne trives i 2027 (2024: 86 pct.).",
         T(kind="change", direction="up", level="90", baseline="86", year=2027)),
    # requirements of notices, rules of conduct, terms, scores and fees (prec16, a second round)
    case("da", "Vi tilbyder en stilling på 32-37 timer om ugen. Du har mindst 3 års erfaring med sagsbehandling og kørekort til almindelig bil."),
    case("da", "Tilbuddet skal være gyldigt i mindst 90 dage fra tilbudsfristen. Spørgsmål stilles senest 10 dage før fristen."),
    case("da", "Ansøgere skal være mellem 18 og 25 år og bosat i kommunen. Der er 40 pladser på forløbet."),
    case("da", "Resultaterne er vægtet efter køn og alder. Konfidensintervallet er plus/minus 3 procentpoint."),
    case("da", "Hastighedsgrænsen er 50 km/t i byzonen. På motorvejen må man højst køre 130 km/t."),
    case("da", "Skolen er nr. 1 i regionen med et karaktergennemsnit på 7,8. Landsgennemsnittet er 7,3."),
    case("da", "Genbrugsstationen har åbent alle dage kl. 7-18 fra 1. april til 30. september. Om vinteren lukker den kl. 17."),
    case("da", "Vandprisen er 68,50 kr. pr. m³ inkl. afgifter og moms. En gennemsnitlig husstand bruger 80 m³ om året."),
    case("da", "Halvdelen af deltagerne var under 30 år, og hver femte havde ingen uddannelse ud over grundskolen. 12 deltagere afbrød forløbet."),
    case("da", "Dokumentet er version 1.4, godkendt den 12.03.2026. Det erstatter version 1.3 fra 2024."),
    case("da", "Ejendomsværdiskatten er 0,51 pct. af ejendomsværdien op til 9,2 mio. kr. Over grænsen er satsen 1,4 pct."),
    case("da", "Dagplejen har plads til 4-5 børn pr. dagplejer. Forældrebetalingen er 3.210 kr. om måneden i 11 måneder."),
    case("da", "Hastighedsgrænsen er i dag 50 km/t. Kommunen vil sænke den til 40 km/t på alle skoleveje inden 2027.",
         T(direction="down", level="40", baseline="50", year=2027)),
    # debts and rates per resident, agendas, survey answers, grants, attendance, votes in a table (prec16, a third round)
    case("da", "Kommunens nettogæld udgjorde 1.240 mio. kr. ved udgangen af 2025, svarende til 18.300 kr. pr. indbygger. Landsgennemsnittet var 21.400 kr."),
    case("da", "Den kommunale skatteprocent er 25,0, og grundskyldspromillen er 26,34. Kirkeskatten er 0,87 pct."),
    case("da", "Dagsorden: 1. Godkendelse af dagsorden. 2. Meddelelser. 3. Budgetopfølgning pr. 31. marts. 4. Eventuelt."),
    case("da", "Formanden åbnede mødet kl. 17.00. Fraværende: 2 medlemmer. Referatet fra mødet den 3. september blev godkendt."),
    case("da", "Et flertal på 62 pct. af de adspurgte ønsker flere cykelstier, mens 21 pct. er imod. 17 pct. ved ikke."),
    case("da", "Ifølge Danmarks Statistik bor der 1.245 personer pr. km² i kommunen. Gennemsnitsindkomsten er 312.000 kr. før skat."),
    case("da", "Kommunen har modtaget 4,2 mio. kr. fra puljen til grøn omstilling. Tilskuddet dækker 40 pct. af projektets udgifter."),
    case("da", "Der var 38.412 besøgende på biblioteket i 2025, og udlånet var 212.000 materialer. Åbningstiden var 60 timer om ugen."),
    case("da", "Karaktergennemsnittet ved 9.-klasseprøverne var 7,2 i 2025. 94 pct. af eleverne gik op til prøverne."),
    case("da", "Høringsfristen er 4 uger. Bemærkninger sendes til plan@kommune.dk med angivelse af sagsnummer 25/1234."),
    case("da", "Afstemning: For stemte 21 (A, B, F og Ø). Imod stemte 10 (V og C). Forslaget blev dermed vedtaget."),
    case("da", "Projektet har en samlet ramme på 86 mio. kr. over 5 år. Heraf er 12 mio. kr. afsat til evaluering."),
    case("da", "Målet er, at ventetiden til genoptræning højst er 14 dage i 2027. I 2025 var den gennemsnitlige ventetid 23 dage, og 412 borgere ventede.",
         T(direction="down", level="14", baseline="23", year=2027), xfail=COUNT_AFTER_BASELINE),
    case("da", "Byrådet vedtog budgettet med 25 stemmer mod 6. Budgettet indeholder et mål om, at 60 pct. af husholdningsaffaldet genanvendes i 2030.",
         T(kind="level", level="60", year=2030)),
    # sections of law, indexes, citations, temperatures, ages, terms of a fund, survey sizes, shares of a count (prec16, a fourth round)
    case("da", "Høringssvaret henviser til § 12, stk. 3, i lov nr. 553 af 1. juni 2021. Foreningen har 1.850 medlemmer, heraf 412 (22 pct.) under 30 år."),
    case("da", "Indekset (2020 = 100) var 112,4 i 2025. Til sammenligning var indekset for hele landet 109,8."),
    case("da", "Udledningen var 4,1 ton CO2e pr. indbygger i 2023 (Jensen m.fl. 2021, s. 14). Landsgennemsnittet var 5,3 ton."),
    case("da", "Bygningen opvarmes til 21 grader i dagtimerne og 17 grader om natten. Ventilationen kører med 0,5 luftskifte i timen."),
    case("da", "Antallet af borgere på 80 år og derover er 4.120, svarende til 6,8 pct. af befolkningen. Gennemsnitsalderen er 43,2 år."),
    case("da", "Ansøgningen skal indeholde højst 10 sider og et budget. Puljen uddeler i alt 2 mio. kr., og der gives højst 200.000 kr. pr. projekt."),
    case("da", "Evalueringen bygger på 14 interview og en spørgeskemaundersøgelse med 612 besvarelser (svarprocent 38). Rapporten er på 86 sider."),
    case("da", "Der blev registreret 1.412 færdselsuheld i 2024, heraf 212 med personskade. Det svarer til 15 pct."),
    # a real target among such figures: read whole, and nothing else
    case("da", "Driftsbudgettet for 2026 er på 412 mio. kr. Målet er, at sygefraværet skal falde til 5 pct. i 2028. I 2024 var det 6,2 pct.",
         T(direction="down", level="5", baseline="6.2", year=2028)),
    case("da", "Undersøgelsen er besvaret af 1.214 borgere, svarende til en svarprocent på 41. Målet er, at mindst 80 pct. er tilfredse med servicen i 2027.",
         T(kind="level", level="80", hedge="at_least", year=2027)),
    case("da", "Kommunen ligger nr. 12 af 98 kommuner. Antallet af ledige skal reduceres med 300 personer inden 2028, svarende til 15 pct.",
         T(kind="change", direction="down", absolute="300", relative="15", year=2028, verdict="consistent")),
    case("da", "Punkt 4. Klimaplan. Byrådet vedtog med 19 mod 12 stemmer, at udledningen skal reduceres med 70 pct. i 2030 i forhold til 1990.",
         T(kind="change", direction="down", relative="70", year=2030, reference_year=1990)),
    case("da", "Stillingen er på 37 timer om ugen med tiltrædelse 1. marts. Afdelingen har som mål, at sagsbehandlingstiden skal være højst 8 uger i 2026.",
         T(kind="level", level="8", unit="week", hedge="at_most", year=2026)),
    case("da", "Grænseværdien er 40 µg/m³. Kommunen vil nedbringe koncentrationen til højst 30 µg/m³ i 2030.",
         T(kind="level", level="30", hedge="at_most", year=2030)),
    case("da", "Befolkningen forventes at stige til 62.000 i 2035. Derfor skal der bygges 1.500 nye boliger inden 2030.",
         T(kind="level", direction="up", level="62000", year=2035),
         T(kind="change", direction="up", absolute="1500", year=2030)),
]
EN = [
    # budget notes and accounts
    case("en", "The net revenue budget for 2026/27 is £412.6m. It has been increased by 4.9% on 2025/26, mainly to cover pay awards. The capital estimate is £38m.",
         T(kind="change", direction="up", relative="4.9", reference_year=2025)),
    case("en", "The statement of accounts shows an underspend of £2.3m, which is £0.8m better than forecast at quarter 3. Usable reserves stood at £31.2m at 31 March."),
    case("en", "Council tax will be £1,987.42 for a Band D property, including the adult social care precept. The precept adds £43.10 a year."),
    # statistics office news
    case("en", "The unemployment rate was estimated at 4.3% in the three months to September, the Office for National Statistics said. Payrolled employees numbered 30.3 million."),
    case("en", "CPI inflation was 2.2% in the 12 months to August, down from 2.4% in July. Core inflation was 3.6%.",
         T(direction="down", level="2.2", baseline="2.4")),
    # council minutes and agendas
    case("en", "Item 7: The motion was carried by 31 votes to 14, with 3 abstentions. The meeting closed at 9.40pm."),
    case("en", "Agenda item 12 will be taken at 7pm in Committee Room 2. Members are asked to arrive by 6.45pm."),
    case("en", "The committee noted the report (minute 43/25). Councillor Shah declared an interest in item 5 and left the room at 8.12pm."),
    # hearing replies and consultations
    case("en", "The consultation ran for 12 weeks and received 1,146 responses. Of these, 58% came from residents and 9% from businesses."),
    # procurement and job notices
    case("en", "Salary: £32,654 to £35,235 per annum, 37 hours per week. Closing date: 12 noon on 9 January 2027. Interviews will be held in week 4."),
    case("en", "The contract is for 4 years with an option to extend by 2 years. The estimated value is £14m excluding VAT. Tenders must be returned by 3 February."),
    # forecasts and survey methods
    case("en", "The survey was completed by 1,214 residents, a response rate of 41%. Results are accurate to within plus or minus 2.8 percentage points at the 95% confidence level."),
    case("en", "Of those who took part, 62% were women and 18% were aged 75 or over. The median age was 54."),
    case("en", "The sample was weighted by age, sex and ward (n = 2,004). Fieldwork took place between 3 and 28 March 2025."),
    # legal limits quoted as facts
    case("en", "The legal limit for nitrogen dioxide is 40 µg/m³ as an annual mean. The monitor on the High Street recorded 38 µg/m³ in 2024."),
    case("en", "Under the regulations, a house in multiple occupation must have a room of at least 6.51 square metres for each adult. The property inspected had one room of 5.9 square metres."),
    # results of past years, rankings
    case("en", "The borough is ranked 3rd out of 33 London boroughs for recycling. Last year it was ranked 11th."),
    case("en", "Our schools were placed in the top 10% nationally for progress. Two of them were rated outstanding in 2024."),
    # ages, hours, phone numbers, addresses, versions, citations, scores, prices
    case("en", "The service is open to young people aged 16 to 24. Opening hours are 9am to 5pm Monday to Thursday and 9am to 4.30pm on Friday. Call 020 7946 0123."),
    case("en", "Please write to Housing Services, 2 Town Hall Square, Leeds LS1 3AD. Version 2.3 of this guidance was published on 4 March 2025."),
    case("en", "See Research Report 2021/14, ISBN 978-1-78659-214-0, pages 45 to 48. The report is based on 26 interviews."),
    case("en", "Residents rated the service 4.2 out of 5 on average. This was 0.1 higher than the year before."),
    case("en", "A book of 10 bus tickets costs £20, which works out at £2 per journey. Holders of a concessionary pass travel free after 9.30am."),
    case("en", "The fee for a pre-application meeting is £350 plus VAT. Householder advice costs £95 per hour."),
    case("en", "Section 3.2 of the plan sets out the 14 priorities agreed in 2023. Appendix B lists the 62 actions and the 9 officers who lead them."),
    case("en", "Figure 4 shows the 12 wards with the highest rates. Table 2.1 gives the figures for 2019 to 2024."),
    case("en", "In 2019 we reached 85% of eligible households. Around 1 in 6 of them had never been in contact with the council before."),
    case("en", "There are 286 children in care, of whom 41% are aged 10 to 15. Around 7 in 10 live with foster carers."),
    case("en", "The library holds 120,000 books and 4,500 DVDs. It is open 52 hours a week and has 14 public computers."),
    case("en", "Standard parking costs £1.80 for the first hour and £1.20 for each hour after. The maximum stay is 4 hours."),
    case("en", "Minute 88: The chair reported that 2 of the 5 vacancies had been filled. Next meeting: 21 January at 6pm in Room 1.04."),
    # more: votes, contracts, hedged shares, rates, prices per unit, phone numbers, periods
    case("en", "The amendment fell by 11 votes to 20. The substantive motion was then put and carried."),
    case("en", "The framework runs for 3 years, with options to extend by 12 months. Six suppliers submitted bids."),
    case("en", "About 7 in 10 children in care live with foster carers. Around 58% of referrals came from schools."),
    case("en", "The loan is at a fixed rate of 3.25% over 25 years. Annual repayments are £1.9m."),
    case("en", "District heating costs 8.4p per kWh including VAT. The standing charge is 42p a day."),
    case("en", "The medium-term financial strategy covers 2026-2029. Contact the finance team on +44 113 222 4444."),
    case("en", "Table 3 shows the share (%) of residents aged 65 and over in each of the 11 localities. The figures are for 1 January 2025."),
    case("en", "The post is graded at scale point 31-35, depending on experience. It is a fixed-term contract until 31 December 2027."),
    case("en", "The wellbeing survey had a response rate of 87%. Our target is that at least 90% of pupils feel safe at school by 2027 (2024: 86%).",
         T(kind="change", direction="up", level="90", baseline="86", year=2027)),
    # requirements of notices, rules of conduct, terms, scores and fees (prec16, a second round)
    case("en", "We offer a post of 32 to 37 hours a week. You will have at least 3 years’ experience of casework and a full driving licence."),
    case("en", "Tenders must remain valid for at least 90 days from the closing date. Clarification questions must be received no later than 10 days before it."),
    case("en", "Applicants must be aged between 18 and 25 and live in the borough. There are 40 places on the programme."),
    case("en", "Results are weighted by sex and age. The confidence interval is plus or minus 3 percentage points."),
    case("en", "The speed limit is 30 mph in built-up areas. On motorways you may drive at no more than 70 mph."),
    case("en", "The school is ranked 1st in the region with an average Attainment 8 score of 58.2. The national average is 46.1."),
    case("en", "The recycling centre is open every day from 8am to 6pm between 1 April and 30 September. In winter it closes at 4pm."),
    case("en", "Water costs £2.10 per cubic metre including sewerage. An average household uses 80 cubic metres a year."),
    case("en", "Half of the participants were under 30, and one in five had no qualifications. 12 participants left the course early."),
    case("en", "This document is version 1.4, approved on 12 March 2026. It replaces version 1.3 from 2024."),
    case("en", "The childminder can care for up to 6 children under 8. Fees are £6.50 an hour for 48 weeks a year."),
    case("en", "Today the speed limit is 30 mph. The council will lower it to 20 mph on all roads near schools by 2027.",
         T(direction="down", level="20", baseline="30", year=2027)),
    case("en", "The speed limit is currently 30 mph. The council will lower it to 20 mph on all roads near schools by 2027.",
         T(direction="down", level="20", baseline="30", year=2027), xfail=CURRENTLY_AFTER_COPULA),
    # debts and rates per resident, agendas, survey answers, grants, attendance, votes in a table (prec16, a third round)
    case("en", "Net debt stood at £1.24bn at the end of 2025, or £18,300 per resident. The national average was £21,400."),
    case("en", "Band D council tax is £2,171.50, of which the police precept is £284.38. The fire precept is £92.81."),
    case("en", "Agenda: 1. Apologies. 2. Declarations of interest. 3. Budget monitoring at 31 March. 4. Any other business."),
    case("en", "The chair opened the meeting at 5pm. Apologies were received from 2 members. The minutes of 3 September were agreed."),
    case("en", "A majority of 62% of respondents want more cycle lanes, while 21% are against. 17% don't know."),
    case("en", "There are 1,245 people per square kilometre in the borough, according to the census. Median household income is £31,200."),
    case("en", "The council received £4.2m from the green transition fund. The grant covers 40% of the project's costs."),
    case("en", "The library had 38,412 visitors in 2025 and lent 212,000 items. It was open 60 hours a week."),
    case("en", "The average Attainment 8 score was 46.3 in 2025. 94% of pupils sat the exams."),
    case("en", "The consultation closes after 4 weeks. Comments should be sent to planning@council.gov.uk quoting reference 25/1234."),
    case("en", "Vote: For 21 (Labour, Green). Against 10 (Conservative). The motion was therefore carried."),
    case("en", "The project has a total budget of £86m over 5 years. Of this, £12m is set aside for evaluation."),
    case("en", "Our target is that waits for rehabilitation are no more than 14 days by 2027. In 2025 the average wait was 23 days, and 412 people were waiting.",
         T(direction="down", level="14", baseline="23", year=2027), xfail=COUNT_AFTER_BASELINE),
    case("en", "The council approved the budget by 25 votes to 6. The budget includes a target of recycling 60% of household waste by 2030.",
         T(kind="level", level="60", year=2030)),
    # sections of law, indexes, citations, temperatures, ages, terms of a fund, survey sizes, shares of a count (prec16, a fourth round)
    case("en", "The response refers to section 12(3) of the Act of 1 June 2021. The society has 1,850 members, of whom 412 (22%) are under 30."),
    case("en", "The index (2020 = 100) stood at 112.4 in 2025. For England as a whole it was 109.8."),
    case("en", "Emissions were 4.1 tonnes CO2e per resident in 2023 (Jones et al. 2021, p. 14). The national average was 5.3 tonnes."),
    case("en", "The building is heated to 21 degrees during the day and 17 degrees at night. The ventilation runs at 0.5 air changes an hour."),
    case("en", "There are 4,120 residents aged 80 and over, 6.8% of the population. The average age is 43.2."),
    case("en", "Applications must be no longer than 10 pages and include a budget. The fund awards £2m in total, with no more than £200,000 for each project."),
    case("en", "The evaluation is based on 14 interviews and a survey with 612 replies (response rate 38%). The report runs to 86 pages."),
    case("en", "There were 1,412 road collisions in 2024, of which 212 involved injury. That is 15%."),
    # a real target among such figures: read whole, and nothing else
    case("en", "The net budget for 2026/27 is £412m. Our aim is to reduce sickness absence to 5% by 2028. In 2024 it was 6.2%.",
         T(direction="down", level="5", baseline="6.2", year=2028)),
    case("en", "The survey was completed by 1,214 residents, a response rate of 41%. Our target is that at least 80% are satisfied with the service by 2027.",
         T(kind="level", level="80", hedge="at_least", year=2027)),
    case("en", "The borough is ranked 12th out of 33. We will cut the number of people out of work by 300 by 2028, a fall of 15%.",
         T(kind="change", direction="down", absolute="300", relative="15", year=2028, verdict="consistent")),
    case("en", "Item 4. Climate plan. The council resolved by 39 votes to 12 that emissions will be cut by 70% by 2030 compared with 1990.",
         T(kind="change", direction="down", relative="70", year=2030, reference_year=1990)),
    case("en", "The post is 37 hours a week, starting on 1 March. The team's target is that planning applications are decided in no more than 8 weeks by 2026.",
         T(kind="level", level="8", unit="week", hedge="at_most", year=2026)),
    case("en", "The legal limit is 40 µg/m³. The council will bring concentrations down to no more than 30 µg/m³ by 2030.",
         T(kind="level", level="30", hedge="at_most", year=2030)),
    case("en", "The library is open 52 hours a week. We aim to raise the number of visits by 10% by 2027, from 310,000 in 2024.",
         T(kind="change", direction="up", relative="10", baseline="310000", year=2027)),
]
SV = [
    # budget notes and accounts
    case("sv", "Driftsbudgeten för 2026 uppgår till 412,6 mnkr. Budgeten har räknats upp med 3,9 procent jämfört med 2025, främst på grund av löneökningar. Investeringsramen är 38 mnkr.",
         T(kind="change", direction="up", relative="3.9")),
    case("sv", "Årsredovisningen visar ett resultat på 23,4 mnkr, vilket är 5,1 mnkr bättre än budget. Likvida medel uppgick till 312 mnkr vid årets slut."),
    case("sv", "Skattesatsen är oförändrad, 21,54 kronor per hundralapp. Det generella statsbidraget beräknas till 1 120 mnkr."),
    # statistics office news
    case("sv", "Arbetslösheten var 8,4 procent i september enligt SCB:s arbetskraftsundersökning. Antalet sysselsatta uppgick till 5 234 000 personer."),
    case("sv", "KPIF-inflationen var 2,1 procent i augusti, enligt SCB. I juli var den 1,7 procent."),
    # council minutes and agendas
    case("sv", "Paragraf 7: Kommunfullmäktige biföll förslaget med 41 röster mot 20. Sammanträdet avslutades klockan 21.40."),
    case("sv", "Ärende 12 behandlas klockan 19.00 i sammanträdesrum 2. Ledamöterna ombeds komma senast klockan 18.45."),
    case("sv", "Omröstning begärdes och genomfördes. Med 9 ja-röster mot 4 nej-röster och 2 som avstod beslutade nämnden enligt förvaltningens förslag."),
    # hearing replies and consultations
    case("sv", "Samrådet pågick i 8 veckor och 146 yttranden kom in. Av dessa var 58 procent från privatpersoner och 9 procent från företag."),
    # procurement and job notices
    case("sv", "Tjänsten är på heltid, 40 timmar per vecka. Lön enligt överenskommelse, ingångslön från 34 500 kr i månaden. Sista ansökningsdag är den 15 januari 2027."),
    case("sv", "Upphandlingen avser leverans av 1 800 datorer under 4 år. Det uppskattade värdet är 14 mnkr exklusive moms. Anbud ska ha kommit in senast den 3 februari."),
    # survey methods and shares that describe a group
    case("sv", "Enkäten besvarades av 1 214 invånare, vilket ger en svarsfrekvens på 41 procent. Felmarginalen är högst 2,8 procentenheter."),
    case("sv", "Av de svarande var 62 procent kvinnor och 18 procent 75 år eller äldre. Medianåldern var 54 år."),
    case("sv", "Urvalet omfattade 3 000 personer i åldern 16-84 år (n=1 412). Datainsamlingen pågick mellan den 3 och 28 mars 2025."),
    # legal limits quoted as facts
    case("sv", "Miljökvalitetsnormen för kvävedioxid är 40 mikrogram per kubikmeter som årsmedelvärde. Mätstationen på Hornsgatan uppmätte 38 mikrogram under 2024."),
    case("sv", "Enligt Boverkets byggregler ska ett rum för sömn ha en area på minst 7 kvadratmeter. Det besiktade rummet var 5,9 kvadratmeter."),
    # results of past years, rankings
    case("sv", "Kommunen hamnar på plats 3 av 290 i Svenskt Näringslivs ranking. Förra året var placeringen 11."),
    case("sv", "År 2019 nådde vi 85 procent av hushållen med informationen. Ungefär vart sjätte hushåll hade aldrig haft kontakt med kommunen tidigare."),
    # ages, hours, phone numbers, addresses, versions, citations, scores, prices
    case("sv", "Verksamheten vänder sig till ungdomar i åldern 16-24 år. Öppettider: måndag-torsdag 9-17, fredag 9-16. Ring 08-508 123 00."),
    case("sv", "Skicka ansökan till Stadsbyggnadskontoret, Box 2, 111 20 Stockholm. Version 2.3 av vägledningen publicerades den 4 mars 2025."),
    case("sv", "Se Rapport 2021:14 från Socialstyrelsen, ISBN 978-91-7555-962-3, s. 45-48. Rapporten bygger på 26 intervjuer."),
    case("sv", "Invånarna gav servicen betyget 4,2 av 5 i genomsnitt. Det är 0,1 högre än året innan."),
    case("sv", "Ett 30-dagarsbiljett kostar 970 kronor, och en enkelbiljett kostar 42 kronor. Ungdomar under 20 år betalar 650 kronor."),
    case("sv", "Timtaxan för tillsyn är 1 400 kronor. Avgiften för en bygglovsansökan för en villa är 24 300 kronor."),
    case("sv", "Avsnitt 3.2 i planen redovisar de 14 prioriteringar som beslutades 2023. Bilaga B listar 62 åtgärder och de 9 tjänstemän som ansvarar för dem."),
    case("sv", "Av de 1 860 anställda i förvaltningen är 71 procent kvinnor och 24 procent över 60 år. Den genomsnittliga anställningstiden är 11,4 år."),
    case("sv", "Simhallen har öppet vardagar 6-21 och helger 8-17. Entré kostar 75 kronor för vuxna och 40 kronor för barn under 16 år."),
    case("sv", "Källa: SCB, tabell BE0101, hämtad den 10 november 2025. Uppgifterna för 2024 är preliminära."),
    case("sv", "Biblioteket har 120 000 böcker och 4 500 filmer. Det har öppet 52 timmar i veckan och har 14 datorer för allmänheten."),
    case("sv", "Protokollsutdrag § 88: Ordföranden rapporterade att 2 av 5 vakanser har tillsatts. Nästa sammanträde är den 21 januari klockan 18 i rum 1.04."),
    case("sv", "Det finns 286 barn som är placerade, varav 41 procent är mellan 10 och 15 år. Ungefär 7 av 10 bor i familjehem."),
    case("sv", "Skolan fick 3,8 av 5 i trivselenkäten. Svarsfrekvensen var 87 procent, och 412 elever deltog."),
    # more: votes, contracts, hedged shares, rates, prices per unit, phone numbers, periods
    case("sv", "Yrkandet föll med 9 röster mot 30. Ordföranden konstaterade därefter att förslaget var antaget."),
    case("sv", "Ramavtalet löper i 3 år med möjlighet till förlängning med 12 månader. Sex leverantörer lämnade anbud."),
    case("sv", "Ungefär 7 av 10 placerade barn bor i familjehem. Omkring 58 procent av anmälningarna kom från skolan."),
    case("sv", "Lånet tas upp med en fast ränta på 3,25 procent över 25 år. Den årliga kostnaden är 1,9 mnkr."),
    case("sv", "Fjärrvärmen kostar 84 öre per kWh inklusive moms. Den fasta avgiften är 42 kronor per kvadratmeter och år."),
    case("sv", "Budgetperioden 2026-2029 är den fjärde i rad med ett investeringstak. Kontakta ekonomienheten på 08-508 100 00."),
    case("sv", "Tabell 3 visar andelen (procent) invånare över 65 år i de 11 kommundelarna. Siffrorna avser den 1 januari 2025."),
    case("sv", "Tjänsten är en visstidsanställning till och med den 31 december 2027. Lönen följer lönetrappan, steg 31-35."),
    case("sv", "Trivselenkäten hade en svarsfrekvens på 87 procent. Målet är att minst 90 procent av eleverna ska känna sig trygga år 2027 (2024: 86 procent).",
         T(kind="change", direction="up", level="90", baseline="86", year=2027)),
    # requirements of notices, rules of conduct, terms, scores and fees (prec16, a second round)
    case("sv", "Vi erbjuder en tjänst på 32-37 timmar i veckan. Du har minst 3 års erfarenhet av handläggning och B-körkort."),
    case("sv", "Anbudet ska vara giltigt i minst 90 dagar från sista anbudsdag. Frågor ska ställas senast 10 dagar före sista anbudsdag."),
    case("sv", "Sökande ska vara mellan 18 och 25 år och folkbokförda i kommunen. Det finns 40 platser i programmet."),
    case("sv", "Resultaten är viktade efter kön och ålder. Konfidensintervallet är plus minus 3 procentenheter."),
    case("sv", "Hastighetsgränsen är 50 km/h inom tättbebyggt område. På motorväg får man köra högst 120 km/h."),
    case("sv", "Skolan är etta i regionen med ett meritvärde på 248. Rikssnittet är 229."),
    case("sv", "Återvinningscentralen har öppet alla dagar klockan 7-18 från den 1 april till den 30 september. På vintern stänger den klockan 17."),
    case("sv", "Vattnet kostar 28,50 kronor per kubikmeter inklusive moms. Ett genomsnittligt hushåll använder 80 kubikmeter per år."),
    case("sv", "Hälften av deltagarna var under 30 år, och var femte saknade gymnasieutbildning. 12 deltagare avbröt programmet."),
    case("sv", "Dokumentet är version 1.4 och fastställdes den 12 mars 2026. Det ersätter version 1.3 från 2024."),
    case("sv", "Förskolan har plats för 4-5 barn per pedagog. Avgiften är 1 688 kronor i månaden i 12 månader."),
    case("sv", "Hastighetsgränsen är i dag 50 km/h. Kommunen ska sänka den till 40 km/h på alla skolvägar till 2027.",
         T(direction="down", level="40", baseline="50", year=2027)),
    # debts and rates per resident, agendas, survey answers, grants, attendance, votes in a table (prec16, a third round)
    case("sv", "Kommunens låneskuld uppgick till 1 240 mnkr vid utgången av 2025, vilket motsvarar 18 300 kronor per invånare. Riksgenomsnittet var 21 400 kronor."),
    case("sv", "Den kommunala skattesatsen är 22,14 procent och kyrkoavgiften är 1,02 procent. Begravningsavgiften är 0,29 procent."),
    case("sv", "Dagordning: 1. Val av justerare. 2. Meddelanden. 3. Budgetuppföljning per den 31 mars. 4. Övriga frågor."),
    case("sv", "Ordföranden öppnade sammanträdet klockan 17.00. Frånvarande: 2 ledamöter. Protokollet från den 3 september godkändes."),
    case("sv", "En majoritet på 62 procent av de tillfrågade vill ha fler cykelbanor, medan 21 procent är emot. 17 procent vet inte."),
    case("sv", "Enligt SCB bor det 1 245 invånare per kvadratkilometer i kommunen. Medianinkomsten är 312 000 kronor före skatt."),
    case("sv", "Kommunen har fått 4,2 mnkr från Klimatklivet. Bidraget täcker 40 procent av projektets kostnader."),
    case("sv", "Biblioteket hade 38 412 besökare under 2025 och lånade ut 212 000 medier. Det var öppet 60 timmar i veckan."),
    case("sv", "Meritvärdet i årskurs 9 var 226 under 2025. 94 procent av eleverna var behöriga till gymnasiet."),
    case("sv", "Remisstiden är 4 veckor. Synpunkter skickas till plan@kommun.se med angivande av diarienummer 2025/1234."),
    case("sv", "Omröstning: 21 röstade ja (S, V och MP) och 10 röstade nej (M och KD). Förslaget bifölls därmed."),
    case("sv", "Projektet har en total ram på 86 mnkr under 5 år. Av detta är 12 mnkr avsatta för utvärdering."),
    case("sv", "Målet är att väntetiden till rehabilitering ska vara högst 14 dagar år 2027. Under 2025 var den genomsnittliga väntetiden 23 dagar, och 412 personer väntade.",
         T(direction="down", level="14", baseline="23", year=2027)),
    case("sv", "Fullmäktige antog budgeten med 41 röster mot 20. Budgeten innehåller ett mål om att 60 procent av hushållsavfallet ska materialåtervinnas år 2030.",
         T(kind="level", level="60", year=2030)),
    # sections of law, indexes, citations, temperatures, ages, terms of a fund, survey sizes, shares of a count (prec16, a fourth round)
    case("sv", "Remissvaret hänvisar till 12 § tredje stycket i lagen (2021:553). Föreningen har 1 850 medlemmar, varav 412 (22 procent) är under 30 år."),
    case("sv", "Indexet (2020 = 100) var 112,4 år 2025. För riket som helhet var det 109,8."),
    case("sv", "Utsläppen var 4,1 ton koldioxidekvivalenter per invånare 2023 (Svensson m.fl. 2021, s. 14). Riksgenomsnittet var 5,3 ton."),
    case("sv", "Byggnaden värms till 21 grader dagtid och 17 grader nattetid. Ventilationen går med 0,5 luftomsättningar per timme."),
    case("sv", "Antalet invånare som är 80 år eller äldre är 4 120, vilket motsvarar 6,8 procent av befolkningen. Medelåldern är 43,2 år."),
    case("sv", "Ansökan får omfatta högst 10 sidor och ska innehålla en budget. Fonden delar ut totalt 2 mnkr, och högst 200 000 kronor per projekt."),
    case("sv", "Utvärderingen bygger på 14 intervjuer och en enkät med 612 svar (svarsfrekvens 38 procent). Rapporten omfattar 86 sidor."),
    case("sv", "Det inträffade 1 412 trafikolyckor under 2024, varav 212 med personskada. Det motsvarar 15 procent."),
    # a real target among such figures: read whole, and nothing else
    case("sv", "Driftsbudgeten för 2026 är 412 mnkr. Målet är att sjukfrånvaron ska minska till 5 procent till 2028. År 2024 var den 6,2 procent.",
         T(direction="down", level="5", baseline="6.2", year=2028)),
    case("sv", "Enkäten besvarades av 1 214 invånare, vilket ger en svarsfrekvens på 41 procent. Målet är att minst 80 procent ska vara nöjda med servicen 2027.",
         T(kind="level", level="80", hedge="at_least", year=2027), xfail=BARE_YEAR_FAR),
    case("sv", "Kommunen hamnar på plats 12 av 290. Antalet arbetslösa ska minska med 300 personer till 2028, vilket motsvarar 15 procent.",
         T(kind="change", direction="down", absolute="300", relative="15", year=2028, verdict="consistent")),
    case("sv", "Ärende 4. Klimatplan. Fullmäktige beslutade med 39 röster mot 12 att utsläppen ska minska med 70 procent till 2030 jämfört med 1990.",
         T(kind="change", direction="down", relative="70", year=2030, reference_year=1990)),
    case("sv", "Tjänsten är på 40 timmar per vecka med tillträde den 1 mars. Avdelningens mål är att handläggningstiden ska vara högst 8 veckor 2026.",
         T(kind="level", level="8", unit="week", hedge="at_most", year=2026)),
    case("sv", "Miljökvalitetsnormen är 40 mikrogram per kubikmeter. Kommunen ska sänka halten till högst 30 mikrogram per kubikmeter till 2030.",
         T(kind="level", level="30", hedge="at_most", year=2030)),
    case("sv", "Biblioteket har öppet 52 timmar i veckan. Antalet besök ska öka med 10 procent till 2027 jämfört med 2024, då de var 310 000.",
         T(kind="change", direction="up", relative="10", baseline="310000", year=2027)),
]
NB = [
    # budget notes and accounts
    case("nb", "Driftsbudsjettet for 2026 er på 412,6 mill. kr. Budsjettet er fremskrevet med anslått lønns- og prisvekst på 3,1 prosent. Investeringsrammen er 38 mill. kr."),
    case("nb", "Årsregnskapet viser et netto driftsresultat på 23,4 mill. kr., som er 5,1 mill. kr. bedre enn budsjettert. Disposisjonsfondet var på 312 mill. kr. ved utgangen av året."),
    case("nb", "Eiendomsskatten er 2 promille av takstgrunnlaget. Bunnfradraget er 200 000 kroner per boenhet."),
    # statistics office news
    case("nb", "Arbeidsledigheten var 4,5 prosent i september, ifølge SSBs arbeidskraftundersøkelse. Antall sysselsatte var 2 913 000."),
    case("nb", "Konsumprisindeksen var 3,0 prosent høyere i august enn samme måned i fjor, viser tall fra SSB. Matprisene var 4,1 prosent høyere.",
         T(kind="change", direction="up", relative="3"), T(kind="change", direction="up", relative="4.1")),
    # council minutes and agendas
    case("nb", "Sak 7: Forslaget ble vedtatt med 27 mot 12 stemmer. Møtet ble hevet klokken 21.40."),
    case("nb", "Sak 12 behandles klokken 19.00 i formannskapssalen, rom 2.14. Representantene bes møte senest klokken 18.45."),
    case("nb", "Votering: Innstillingen ble enstemmig vedtatt. Representanten Hansen fremmet et tilleggsforslag som fikk 9 stemmer og falt."),
    # hearing replies and consultations
    case("nb", "Høringen varte i 8 uker, og det kom inn 146 høringsinnspill. Av disse kom 58 prosent fra privatpersoner og 9 prosent fra næringslivet."),
    # procurement and job notices
    case("nb", "Stillingen er en 100 prosent fast stilling, 37,5 timer per uke. Lønn etter avtale, fra 520 000 kroner i året. Søknadsfrist 15. januar 2027."),
    case("nb", "Anskaffelsen gjelder levering av 1 800 datamaskiner over 4 år. Anslått verdi er 14 mill. kr. eksklusive mva. Tilbudsfristen er 3. februar kl. 12."),
    # survey methods and shares that describe a group
    case("nb", "Undersøkelsen ble besvart av 1 214 innbyggere, som gir en svarprosent på 41. Feilmarginen er opptil 2,8 prosentpoeng."),
    case("nb", "Av de som svarte, var 62 prosent kvinner og 18 prosent 75 år eller eldre. Medianalderen var 54 år."),
    case("nb", "Utvalget omfattet 3 000 personer i alderen 16-79 år (n=1 412). Datainnsamlingen foregikk mellom 3. og 28. mars 2025."),
    # legal limits quoted as facts
    case("nb", "Grenseverdien for nitrogendioksid er 40 mikrogram per kubikkmeter som årsmiddel. Målestasjonen ved Kirkeveien målte 38 mikrogram i 2024."),
    case("nb", "Etter byggteknisk forskrift skal et soverom ha et areal på minst 7 kvadratmeter. Rommet som ble kontrollert, var 5,9 kvadratmeter."),
    # results of past years, rankings
    case("nb", "Kommunen er rangert som nummer 3 av 357 kommuner i Kommunebarometeret. I fjor var plasseringen nummer 11."),
    case("nb", "I 2019 nådde vi 85 prosent av husstandene med informasjonen. Omtrent hver sjette husstand hadde aldri vært i kontakt med kommunen før."),
    # ages, hours, phone numbers, addresses, versions, citations, scores, prices
    case("nb", "Tilbudet gjelder ungdom i alderen 16-24 år. Åpningstider: mandag-torsdag 9-17, fredag 9-16. Ring 22 12 34 00."),
    case("nb", "Send søknaden til Plan- og bygningsetaten, Postboks 2, 0037 Oslo. Versjon 2.3 av veilederen ble publisert 4. mars 2025."),
    case("nb", "Se Rapport 2021:14 fra Helsedirektoratet, ISBN 978-82-8081-962-3, s. 45-48. Rapporten bygger på 26 intervjuer."),
    case("nb", "Innbyggerne ga tjenesten 4,2 av 5 i gjennomsnitt. Det er 0,1 høyere enn året før."),
    case("nb", "Et 30-dagersbillett koster 890 kroner, og en enkeltbillett koster 42 kroner. Ungdom under 20 år betaler 560 kroner."),
    case("nb", "Timesatsen for tilsyn er 1 400 kroner. Gebyret for en byggesøknad for en enebolig er 24 300 kroner."),
    case("nb", "Kapittel 3.2 i planen viser de 14 prioriteringene som ble vedtatt i 2023. Vedlegg B lister opp 62 tiltak og de 9 saksbehandlerne som har ansvar for dem."),
    case("nb", "Av de 1 860 ansatte i sektoren er 71 prosent kvinner, og 24 prosent er over 60 år. Den gjennomsnittlige ansiennitet er 11,4 år."),
    case("nb", "Badeanlegget har åpent hverdager 6-21 og helger 8-17. Inngang koster 95 kroner for voksne og 50 kroner for barn under 16 år."),
    case("nb", "Kilde: SSB, tabell 07459, hentet 10. november 2025. Tallene for 2024 er foreløpige."),
    case("nb", "Biblioteket har 120 000 bøker og 4 500 filmer. Det er åpent 52 timer i uken og har 14 datamaskiner for publikum."),
    case("nb", "Referatsak 88: Ordføreren orienterte om at 2 av 5 ledige stillinger er besatt. Neste møte er 21. januar klokken 18 i rom 1.04."),
    case("nb", "Det er 286 barn i fosterhjem, hvorav 41 prosent er mellom 10 og 15 år. Omtrent 7 av 10 bor i familie og nettverk."),
    case("nb", "Skolen fikk 3,8 av 5 i elevundersøkelsen. Svarprosenten var 87, og 412 elever deltok."),
    # more: votes, contracts, hedged shares, rates, prices per unit, phone numbers, periods
    case("nb", "Tilleggsforslaget falt med 9 mot 30 stemmer. Ordføreren konstaterte deretter at innstillingen var vedtatt."),
    case("nb", "Rammeavtalen gjelder i 3 år med opsjon på forlengelse med 12 måneder. Seks leverandører leverte tilbud."),
    case("nb", "Omtrent 7 av 10 barn i barnevernet bor i fosterhjem. Rundt 58 prosent av meldingene kom fra skolen."),
    case("nb", "Lånet tas opp med fast rente på 3,25 prosent over 25 år. Den årlige kostnaden er 1,9 mill. kr."),
    case("nb", "Fjernvarmen koster 84 øre per kWh inkludert mva. Fastleddet er 42 kroner per kvadratmeter i året."),
    case("nb", "Økonomiplanperioden 2026-2029 er den fjerde på rad med investeringstak. Kontakt økonomiavdelingen på 22 86 50 00."),
    case("nb", "Tabell 3 viser andelen (prosent) innbyggere over 65 år i de 11 bydelene. Tallene gjelder per 1. januar 2025."),
    case("nb", "Stillingen er et vikariat til og med 31. desember 2027. Lønn etter lønnstrinn 31-35 avhengig av kompetanse."),
    case("nb", "Trivselsundersøkelsen hadde en svarprosent på 87. Målet er at minst 90 prosent av elevene skal trives i 2027 (2024: 86 prosent).",
         T(kind="change", direction="up", level="90", baseline="86", year=2027)),
    # requirements of notices, rules of conduct, terms, scores and fees (prec16, a second round)
    case("nb", "Vi tilbyr en stilling på 32-37 timer i uken. Du har minst 3 års erfaring med saksbehandling og førerkort klasse B."),
    case("nb", "Tilbudet skal være gyldig i minst 90 dager fra tilbudsfristen. Spørsmål må stilles senest 10 dager før fristen."),
    case("nb", "Søkere må være mellom 18 og 25 år og bosatt i kommunen. Det er 40 plasser i programmet."),
    case("nb", "Resultatene er vektet etter kjønn og alder. Konfidensintervallet er pluss/minus 3 prosentpoeng."),
    case("nb", "Fartsgrensen er 50 km/t i tettbygd strøk. På motorvei kan man kjøre høyst 110 km/t."),
    case("nb", "Skolen er nummer 1 i fylket med et karaktersnitt på 4,6. Landssnittet er 4,2."),
    case("nb", "Gjenvinningsstasjonen har åpent alle dager klokken 7-18 fra 1. april til 30. september. Om vinteren stenger den klokken 17."),
    case("nb", "Vannet koster 28,50 kroner per kubikkmeter inklusive mva. En gjennomsnittlig husstand bruker 80 kubikkmeter i året."),
    case("nb", "Halvparten av deltakerne var under 30 år, og hver femte manglet videregående opplæring. 12 deltakere avbrøt kurset."),
    case("nb", "Dokumentet er versjon 1.4, godkjent 12.03.2026. Det erstatter versjon 1.3 fra 2024."),
    case("nb", "Barnehagen har plass til 4-5 barn per voksen. Foreldrebetalingen er 3 000 kroner i måneden i 11 måneder."),
    case("nb", "Fartsgrensen er i dag 50 km/t. Kommunen skal senke den til 40 km/t på alle skoleveier innen 2027.",
         T(direction="down", level="40", baseline="50", year=2027)),
    # debts and rates per resident, agendas, survey answers, grants, attendance, votes in a table (prec16, a third round)
    case("nb", "Kommunens netto lånegjeld var 1 240 mill. kr. ved utgangen av 2025, som tilsvarer 18 300 kroner per innbygger. Landsgjennomsnittet var 21 400 kroner."),
    case("nb", "Den kommunale skattøren er 10,95 prosent. Eiendomsskattesatsen er 2,8 promille."),
    case("nb", "Saksliste: 1. Godkjenning av innkalling. 2. Referatsaker. 3. Økonomirapport per 31. mars. 4. Eventuelt."),
    case("nb", "Ordføreren åpnet møtet klokken 17.00. Forfall: 2 representanter. Protokollen fra møtet 3. september ble godkjent."),
    case("nb", "Et flertall på 62 prosent av de spurte ønsker flere sykkelveier, mens 21 prosent er imot. 17 prosent vet ikke."),
    case("nb", "Ifølge SSB bor det 1 245 innbyggere per kvadratkilometer i kommunen. Medianinntekten er 612 000 kroner før skatt."),
    case("nb", "Kommunen har fått 4,2 mill. kr. fra Klimasats. Tilskuddet dekker 40 prosent av prosjektets kostnader."),
    case("nb", "Biblioteket hadde 38 412 besøkende i 2025 og lånte ut 212 000 medier. Det var åpent 60 timer i uken."),
    case("nb", "Grunnskolepoengene var 42,1 i 2025. 94 prosent av elevene gikk videre til videregående opplæring."),
    case("nb", "Høringsfristen er 4 uker. Innspill sendes til postmottak@kommune.no merket saksnummer 25/1234."),
    case("nb", "Votering: 21 stemte for (Ap, SV og MDG) og 10 stemte mot (H og FrP). Forslaget ble dermed vedtatt."),
    case("nb", "Prosjektet har en samlet ramme på 86 mill. kr. over 5 år. Av dette er 12 mill. kr. satt av til evaluering."),
    case("nb", "Målet er at ventetiden til rehabilitering skal være høyst 14 dager i 2027. I 2025 var den gjennomsnittlige ventetiden 23 dager, og 412 personer ventet.",
         T(direction="down", level="14", baseline="23", year=2027)),
    case("nb", "Kommunestyret vedtok budsjettet med 35 mot 12 stemmer. Budsjettet inneholder et mål om at 60 prosent av husholdningsavfallet skal materialgjenvinnes i 2030.",
         T(kind="level", level="60", year=2030)),
    # sections of law, indexes, citations, temperatures, ages, terms of a fund, survey sizes, shares of a count (prec16, a fourth round)
    case("nb", "Høringssvaret viser til § 12 tredje ledd i lov 1. juni 2021 nr. 553. Foreningen har 1 850 medlemmer, hvorav 412 (22 prosent) er under 30 år."),
    case("nb", "Indeksen (2020 = 100) var 112,4 i 2025. For landet som helhet var den 109,8."),
    case("nb", "Utslippene var 4,1 tonn CO2-ekvivalenter per innbygger i 2023 (Hansen mfl. 2021, s. 14). Landsgjennomsnittet var 5,3 tonn."),
    case("nb", "Bygget varmes opp til 21 grader på dagtid og 17 grader om natten. Ventilasjonen går med 0,5 luftutskiftinger i timen."),
    case("nb", "Antall innbyggere som er 80 år eller eldre er 4 120, som tilsvarer 6,8 prosent av befolkningen. Gjennomsnittsalderen er 43,2 år."),
    case("nb", "Søknaden kan være på høyst 10 sider og skal inneholde et budsjett. Ordningen deler ut 2 mill. kr. totalt, og høyst 200 000 kroner per prosjekt."),
    case("nb", "Evalueringen bygger på 14 intervjuer og en spørreundersøkelse med 612 svar (svarprosent 38). Rapporten er på 86 sider."),
    case("nb", "Det skjedde 1 412 trafikkulykker i 2024, hvorav 212 med personskade. Det tilsvarer 15 prosent."),
    # a real target among such figures: read whole, and nothing else
    case("nb", "Driftsbudsjettet for 2026 er 412 mill. kr. Målet er at sykefraværet skal ned til 5 prosent innen 2028. I 2024 var det 6,2 prosent.",
         T(direction="down", level="5", baseline="6.2", year=2028)),
    case("nb", "Undersøkelsen ble besvart av 1 214 innbyggere, som gir en svarprosent på 41. Målet er at minst 80 prosent skal være fornøyde med tjenesten i 2027.",
         T(kind="level", level="80", hedge="at_least", year=2027)),
    case("nb", "Kommunen er rangert som nummer 12 av 357. Antall arbeidsledige skal reduseres med 300 personer innen 2028, tilsvarende 15 prosent.",
         T(kind="change", direction="down", absolute="300", relative="15", year=2028, verdict="consistent")),
    case("nb", "Sak 4. Klimaplan. Kommunestyret vedtok med 39 mot 12 stemmer at utslippene skal reduseres med 70 prosent innen 2030 sammenlignet med 1990.",
         T(kind="change", direction="down", relative="70", year=2030, reference_year=1990)),
    case("nb", "Stillingen er på 37,5 timer per uke med tiltredelse 1. mars. Avdelingens mål er at saksbehandlingstiden skal være høyst 8 uker i 2026.",
         T(kind="level", level="8", unit="week", hedge="at_most", year=2026)),
    case("nb", "Grenseverdien er 40 mikrogram per kubikkmeter. Kommunen skal redusere konsentrasjonen til høyst 30 mikrogram per kubikkmeter innen 2030.",
         T(kind="level", level="30", hedge="at_most", year=2030)),
    case("nb", "Biblioteket er åpent 52 timer i uken. Antall besøk skal øke med 10 prosent innen 2027 sammenlignet med 2024, da det var 310 000.",
         T(kind="change", direction="up", relative="10", baseline="310000", year=2027)),
]
# fmt: on
CASES = [*DA, *EN, *SV, *NB]

test_figures_that_are_no_targets_are_read_as_a_careful_reader_reads_them = read_as_test(CASES)


def test_the_battery_is_broad() -> None:
    assert_broad(CASES, ("da", "en", "sv", "nb"), at_least=320, per_language=80)


@pytest.mark.parametrize(("lang", "text"), [c.values[:2] for c in CASES if not c.values[2]])
def test_a_look_alike_gives_no_finding_but_a_figure_read_as_a_fact(lang: str, text: str) -> None:
    """A paragraph with no target gives no finding to act on: only the percentages no target holds (SG801),
    each said to read as a fact; no equivalence of a price and a price per unit ("200 kr., svarende til 20 kr.
    pr. tur"), no goal without a figure."""
    findings = check_paper(extract_text(text, language=lang))
    assert all(f.code == "SG801" and f.data.get("fact") for f in findings), [f.message for f in findings]
