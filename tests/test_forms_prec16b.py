"""Look-alikes the reader still took for targets after prec16, in the four languages and in other wordings: a
threshold that names a group, not a level aimed at ("Borgere med en indkomst på højst 300.000 kr. skal have
tilskud", "households with an income of at most £20,000"); a bound kept in the past ("Agency spend was no more
than £1.2m in 2023/24", "Fares were capped at £2.50 in 2023"); ages, durations and limits in rules of
eligibility ("Kurset varer højst 6 uger", "must work at least 16 hours a week", "a maximum of 5 nights") and in
rules of procedure ("senest 14 dage før mødet", "at least 5 working days before each meeting", "a quorum of 6
members"). Beside them, real targets that must still be read whole; and a past change beside a later fact
("Bus fares rose by 4% in 2023 and were frozen in 2024"): a measured change, a status by the batteries'
convention (``status=True``), with no aim, year or direction invented; and a bound with a year ahead in the present
tense ("Sagsbehandlingstiden er højst 8 uger i 2027"), still a level aimed at. Sentences written for this test; the
helpers are those of ``test_forms``."""

from __future__ import annotations

from test_forms import T, assert_broad, case, read_as_test

# fmt: off
DA = [
    # thresholds that name a group
    case("da", "Borgere med en husstandsindkomst på højst 350.000 kr. om året kan søge om friplads. Ansøgningen sendes til Pladsanvisningen."),
    case("da", "Familier med en indkomst under 250.000 kr. får fuld friplads i SFO. Familier med en indkomst over 600.000 kr. betaler fuld pris."),
    case("da", "Pensionister med en formue på højst 90.000 kr. kan få tillæg. Tillægget udbetales hver måned."),
    case("da", "Borgere med en indkomst på højst 300.000 kr. skal have tilskud. Andelen af borgere med tilskud skal øges fra 20 pct. til 25 pct. i 2027.",
         T(kind="change", direction="up", baseline="20", level="25", year=2027, status=False)),
    case("da", "Lejere med en husleje over 8.000 kr. om måneden kan søge boligstøtte. Antallet af hjemløse skal reduceres med 20 pct. inden 2030.",
         T(kind="change", direction="down", relative="20", year=2030)),
    # bounds in the past
    case("da", "Udgifterne til vikarer var i 2024 højst 8 mio. kr. Året før var de 9,5 mio. kr."),
    case("da", "Taksten var sidste år maksimalt 25 kr. pr. tur. Kortet kan købes på stationen."),
    # a past change beside a later fact: a measured status
    case("da", "Buspriserne steg med 4 pct. i 2024 og blev fastfrosset i 2025. Kortet koster nu 350 kr. om måneden.",
         T(kind="change", direction="up", relative="4", year=2024, reference_year=None, level=None, status=True)),
    # ages, durations and limits in rules of eligibility
    case("da", "Tilbuddet om gratis tandpleje gælder børn under 18 år. Borgere over 65 år kan få hjælp til transport."),
    case("da", "For at få tilskud skal man arbejde mindst 30 timer om ugen. Kurset varer højst 6 uger."),
    case("da", "Man kan højst låne 10 bøger ad gangen, og lånetiden er maksimalt 30 dage."),
    case("da", "Borgere over 67 år, der bor alene, kan få besøg af en frivillig. Besøget varer mindst en time."),
    case("da", "Medarbejdere i flexjob skal arbejde mindst 12 timer om ugen. Aftalen gælder i højst 5 år ad gangen."),
    case("da", "Ansøgere skal være fyldt 18 år og må højst have en formue på 100.000 kr."),
    case("da", "Der gives tilskud til foreninger med mindst 25 medlemmer under 25 år. Tilskuddet er højst 5.000 kr. pr. forening."),
    # rules of procedure
    case("da", "Udvalget er beslutningsdygtigt, når mindst 5 medlemmer er til stede. Dagsordenen udsendes senest 8 dage før mødet."),
    case("da", "Forslag til dagsordenen skal være formanden i hænde senest 14 dage før mødet. Referatet udsendes senest 5 dage efter mødet."),
    case("da", "Indkaldelsen til generalforsamlingen skal udsendes mindst 8 dage før mødet. Forslag skal være bestyrelsen i hænde senest 14 dage før."),
    # real targets beside the look-alikes
    case("da", "Børn under 3 år skal tilbydes dagpleje. Ventetiden skal være højst 4 uger i 2026.",
         T(kind="level", level="4", unit="week", hedge="at_most", year=2026, status=False)),
    case("da", "Dagsordenen udsendes senest 7 dage før mødet. Sygefraværet skal være højst 5 pct. i 2027.",
         T(kind="level", level="5", hedge="at_most", year=2027)),
    # more wordings
    case("da", "Bestyrelsen er beslutningsdygtig, når mindst halvdelen af medlemmerne er til stede. Indkaldelsen udsendes mindst 3 uger før generalforsamlingen."),
    case("da", "Unge under 25 år kan få gratis rådgivning. Samtalen varer højst 45 minutter."),
    case("da", "Huslejen var i 2023 højst 6.500 kr. om måneden for en toværelses bolig. Siden er den steget."),
    case("da", "Borgere med en bruttoindkomst på under 200.000 kr. kan få nedsat kontingent. Man skal have boet i kommunen i mindst 2 år."),
    case("da", "Ejendomsskatten steg med 3 pct. i 2023 og blev fastholdt i 2024. Den udgør nu 28 promille.",
         T(kind="change", direction="up", relative="3", year=2023, reference_year=None, level=None, status=True)),
    # a bound with a year ahead, in the present tense: still a level aimed at
    case("da", "Kurset varer højst 6 uger. Sagsbehandlingstiden er højst 8 uger i 2027.",
         T(kind="level", level="8", unit="week", hedge="at_most", year=2027)),
]

EN = [
    # thresholds that name a group
    case("en", "Households with an income below £20,000 a year qualify for a discount. Applications close on 31 March."),
    case("en", "Families earning less than £30,000 will receive a grant. Those earning over £60,000 pay the full fee."),
    case("en", "Families with an income of at most £20,000 will get a grant towards uniforms. The grant is paid each September."),
    case("en", "Households earning less than £25,000 will get free school meals. We will increase the number of pupils taking up free meals from 4,000 to 5,000 by 2027.",
         T(direction="up", baseline="4000", level="5000", year=2027, status=False)),
    # bounds in the past
    case("en", "Agency spend was no more than £1.2m in 2023/24. It had been £1.5m the year before."),
    case("en", "Fares were capped at £2.50 in 2023. The cap was paid for by the Department for Transport."),
    case("en", "Tenants aged over 60 may apply for the scheme. The council's spending on it was at most £500,000 in 2024."),
    case("en", "Pupils with attendance below 90% are classed as persistently absent. Last year, absence was at most 6% in every school."),
    # a past change beside a later fact: a measured status
    case("en", "Bus fares rose by 4% in 2023 and were frozen in 2024. A weekly ticket costs £18.",
         T(kind="change", direction="up", relative="4", year=2023, reference_year=None, level=None, status=True)),
    # ages, durations and limits in rules of eligibility
    case("en", "Free swimming is offered to children under 8 and to residents over 65. Sessions last a maximum of 45 minutes."),
    case("en", "Applicants must work at least 16 hours a week to qualify. The grant is available for a maximum of 12 months."),
    case("en", "Guests may stay a maximum of 5 nights in any month. Pets are allowed at no extra charge."),
    case("en", "Staff on the scheme will work at least 20 hours a week. Placements last up to 6 months."),
    # rules of procedure
    case("en", "A quorum of 6 members is needed for the panel to meet. Papers are sent at least 5 working days before each meeting."),
    case("en", "Questions must be submitted no later than 10 days before the meeting. Each speaker may talk for up to 3 minutes."),
    case("en", "Each member may hold office for no more than 2 terms. The chair is elected for a term of 4 years."),
    case("en", "Papers must be sent at least 7 days before the meeting. Minutes are published within 10 working days after it."),
    # real targets beside the look-alikes
    case("en", "Children under 5 are entitled to 15 hours of free childcare. Waiting times for a place will be no more than 4 weeks by 2026.",
         T(kind="level", level="4", unit="week", hedge="at_most", year=2026, status=False)),
    case("en", "Papers are published at least 7 days before the meeting. Emissions will fall by 40% by 2030.",
         T(kind="change", direction="down", relative="40", year=2030)),
    case("en", "Carers over 70 can ask for a free assessment. We aim to cut the number of delayed discharges by 25% by 2028.",
         T(kind="change", direction="down", relative="25", year=2028)),
    # more wordings
    case("en", "The scheme is open to adults over 18 with an income of less than £16,000. Support lasts a maximum of 26 weeks."),
    case("en", "A quorum of 8 members is required for a valid vote. Motions must reach the clerk at least 14 days before the meeting."),
    case("en", "Council tax rose by 4.99% in 2024 and was frozen in 2025. Band D now costs £2,100.",
         T(kind="change", direction="up", relative="4.99", year=2024, reference_year=None, level=None, status=True)),
    # a bound with a year ahead, in the present tense: still a level aimed at
    case("en", "Sessions last a maximum of 45 minutes. By 2030, average journey times are no more than 40 minutes.",
         T(kind="level", level="40", unit="minute", hedge="at_most", year=2030)),
]

SV = [
    # thresholds that name a group
    case("sv", "Familjer med en inkomst under 250 000 kronor per år får rabatt på avgiften. Ansökan görs via e-tjänsten."),
    case("sv", "Hushåll med en inkomst på högst 300 000 kronor ska få bostadsbidrag. Övriga betalar full hyra."),
    case("sv", "Pensionärer med en förmögenhet på högst 100 000 kronor kan få tillägg. Tillägget betalas ut varje månad."),
    case("sv", "Familjer med en inkomst under 300 000 kronor ska få bidrag. Andelen barn i fattigdom ska minska från 12 procent till 8 procent till 2030.",
         T(direction="down", baseline="12", level="8", year=2030, status=False)),
    # bounds in the past
    case("sv", "Kostnaderna för konsulter var högst 4 miljoner kronor under 2024. Året innan var de 5,2 miljoner kronor."),
    case("sv", "Taxan var förra året maximalt 30 kronor per resa. Kortet kan köpas i appen."),
    # a past change beside a later fact: a measured status
    case("sv", "Busstaxan höjdes med 6 procent 2023 och frystes 2024. Ett månadskort kostar 600 kronor.",
         T(kind="change", direction="up", relative="6", year=2023, reference_year=None, level=None, status=True)),
    # ages, durations and limits in rules of eligibility
    case("sv", "Erbjudandet gäller barn under 6 år och personer över 65 år. Besöket får vara högst 2 timmar."),
    case("sv", "Den som söker måste arbeta minst 20 timmar i veckan. Stödet ges i högst 6 månader."),
    case("sv", "Gäster får stanna i högst 3 nätter. Husdjur är tillåtna."),
    case("sv", "Personalen ska arbeta minst 30 timmar i veckan. Anställningen varar i högst 2 år."),
    case("sv", "Lånetiden är högst 28 dagar. Man får låna högst 10 böcker åt gången."),
    # rules of procedure
    case("sv", "Nämnden är beslutsför när minst 4 ledamöter är närvarande. Kallelsen skickas senast 7 dagar före sammanträdet."),
    case("sv", "Motioner ska lämnas in senast 14 dagar före mötet. Varje talare får tala i högst 5 minuter."),
    case("sv", "Kallelsen ska skickas minst 7 dagar före mötet. Protokollet justeras senast 10 dagar efter mötet."),
    case("sv", "Ett överklagande ska lämnas in senast 3 veckor efter beslutet. Det prövas av förvaltningsrätten."),
    # real targets beside the look-alikes
    case("sv", "Barn under 3 år ska erbjudas plats i förskolan. Väntetiden ska vara högst 4 månader 2027.",
         T(kind="level", level="4", unit="month", hedge="at_most", year=2027, status=False)),
    case("sv", "Kallelsen skickas senast 10 dagar före mötet. Sjukfrånvaron ska vara högst 6 procent 2027.",
         T(kind="level", level="6", hedge="at_most", year=2027)),
    case("sv", "Personer över 75 år erbjuds gratis vaccin. Antalet fallolyckor ska minska med 20 procent till 2028.",
         T(kind="change", direction="down", relative="20", year=2028)),
    case("sv", "Den som söker måste arbeta minst 20 timmar i veckan. Handläggningstiden ska vara högst 30 dagar 2027.",
         T(kind="level", level="30", unit="day", hedge="at_most", year=2027)),
    # more wordings
    case("sv", "Styrelsen är beslutsför när minst hälften av ledamöterna är närvarande. Kallelsen skickas minst 3 veckor före årsmötet."),
    case("sv", "Ungdomar under 25 år kan få gratis rådgivning. Samtalet varar i högst 45 minuter."),
    case("sv", "Hyran var 2023 högst 6 500 kronor per månad för en tvåa. Sedan dess har den höjts."),
    # a bound with a year ahead, in the present tense: still a level aimed at
    case("sv", "Samtalet varar i högst 45 minuter. År 2030 är väntetiden högst 30 dagar.",
         T(kind="level", level="30", unit="day", hedge="at_most", year=2030)),
]

NB = [
    # thresholds that name a group
    case("nb", "Barn i familier med inntekt under 400 000 kroner skal få gratis SFO. Søknaden sendes til kommunen."),
    case("nb", "Husholdninger med en inntekt på høyst 350 000 kroner kan søke bostøtte. Andre betaler full pris."),
    case("nb", "Pensjonister med en formue på høyst 120 000 kroner kan få tillegg. Tillegget utbetales hver måned."),
    case("nb", "Barn i familier med inntekt under 400 000 kroner skal få gratis SFO. Andelen barn i lavinntektsfamilier skal reduseres fra 11 prosent til 8 prosent innen 2030.",
         T(direction="down", baseline="11", level="8", year=2030, status=False)),
    # bounds in the past
    case("nb", "Utgiftene til konsulenter var i 2024 høyst 6 millioner kroner. Året før var de 7,5 millioner kroner."),
    case("nb", "Prisen var i fjor maksimalt 40 kroner per tur. Billetten kjøpes i appen."),
    # a past change beside a later fact: a measured status
    case("nb", "Bussprisene steg med 5 prosent i 2023 og ble frosset i 2024. Et månedskort koster 800 kroner.",
         T(kind="change", direction="up", relative="5", year=2023, reference_year=None, level=None, status=True)),
    # ages, durations and limits in rules of eligibility
    case("nb", "Tilbudet gjelder barn under 6 år og innbyggere over 67 år. Besøket varer høyst 2 timer."),
    case("nb", "Søkere må jobbe minst 20 timer i uken. Støtten gis i høyst 12 måneder."),
    case("nb", "Gjester kan bo i høyst 4 netter. Kjæledyr er tillatt."),
    case("nb", "De ansatte skal arbeide minst 30 timer i uken. Avtalen gjelder i høyst 3 år."),
    case("nb", "Utlånstiden er høyst 28 dager. Man kan låne høyst 10 bøker om gangen."),
    # rules of procedure
    case("nb", "Utvalget er vedtaksført når minst 5 medlemmer er til stede. Innkallingen sendes senest 7 dager før møtet."),
    case("nb", "Saker til møtet må meldes inn senest 14 dager før møtet. Hver taler får ordet i høyst 3 minutter."),
    case("nb", "Innkallingen skal sendes minst 7 dager før møtet. Protokollen godkjennes senest 10 dager etter møtet."),
    case("nb", "Innkallingen til årsmøtet skal sendes minst 8 dager før møtet. Forslag må være styret i hende senest 14 dager før årsmøtet."),
    # real targets beside the look-alikes
    case("nb", "Barn under 1 år har rett til barnehageplass. Ventetiden skal være høyst 3 måneder i 2027.",
         T(kind="level", level="3", unit="month", hedge="at_most", year=2027, status=False)),
    case("nb", "Innkallingen sendes senest 10 dager før møtet. Sykefraværet skal være høyst 6 prosent i 2027.",
         T(kind="level", level="6", hedge="at_most", year=2027)),
    case("nb", "Innbyggere over 80 år tilbys gratis vaksine. Antallet fallulykker skal reduseres med 20 prosent innen 2028.",
         T(kind="change", direction="down", relative="20", year=2028)),
    case("nb", "Søkere må jobbe minst 20 timer i uken. Saksbehandlingstiden skal være høyst 30 dager i 2027.",
         T(kind="level", level="30", unit="day", hedge="at_most", year=2027)),
    # more wordings
    case("nb", "Styret er vedtaksført når minst halvparten av medlemmene er til stede. Innkallingen sendes minst 3 uker før årsmøtet."),
    case("nb", "Unge under 25 år kan få gratis veiledning. Samtalen varer høyst 45 minutter."),
    case("nb", "Husleien var i 2023 høyst 9 000 kroner i måneden for en toroms. Siden har den økt."),
    # a bound with a year ahead, in the present tense: still a level aimed at
    case("nb", "Samtalen varer høyst 45 minutter. I 2030 er ventetiden høyst 4 uker.",
         T(kind="level", level="4", unit="week", hedge="at_most", year=2030)),
]
# fmt: on

CASES = DA + EN + SV + NB

test_a_prec16b_look_alike_is_read_as_a_careful_reader_reads_it = read_as_test(CASES)


def test_the_prec16b_battery_is_broad() -> None:
    assert_broad(CASES, ("da", "en", "nb", "sv"), at_least=95, per_language=24)
