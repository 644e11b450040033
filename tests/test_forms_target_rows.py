"""Target rows of one baseline: a stated baseline, then two or more levels aimed at after goal labels, each in
its own row ("Udgangspunkt 2023: 71 pct. Mål 2025: 75 pct. Mål 2027: 80 pct."). Each target starts from that
baseline, not only the first (rules ``<lang>.baselines.target-rows-from-one-baseline``). Sentences written for
this test in Danish, Norwegian, Swedish and English (none from a real paper), with look-alikes: a row of
another indicator, and a target after a measured from-to (which starts where the status ended, not where it
began)."""

from __future__ import annotations

from test_forms import T, case, read_as_test

# fmt: off
ROWS = [
    case("da", "Udgangspunkt 2023: 71 pct. Mål 2025: 75 pct. Mål 2027: 80 pct.",
         T(kind="change", baseline="71", level="75", direction="up"), T(kind="change", baseline="71", level="80", direction="up")),
    case("da", "Udgangspunkt: sygefravær 2023, 6,4 pct.; sygefraværsmål 2025, 5,8 pct.; sygefraværsmål 2027, 5,0 pct.",
         T(baseline="6.4", level="5.8", direction="down"), T(baseline="6.4", level="5.0", direction="down")),
    case("da", "Status 2024: 62 pct. Måltal 2026: 66 pct. Måltal 2028: 70 pct. Måltal 2030: 75 pct.",
         T(baseline="62", level="66"), T(baseline="62", level="70"), T(baseline="62", level="75")),
    case("nb", "Utgangspunkt 2023: 71 prosent. Mål 2025: 75 prosent. Mål 2027: 80 prosent.",
         T(baseline="71", level="75", direction="up"), T(baseline="71", level="80", direction="up")),
    case("nb", "Utgangspunkt: sykefravær 2023, 7,8 prosent; sykefraværsmål 2025, 7,0 prosent; sykefraværsmål 2027, 6,5 prosent.",
         T(baseline="7.8", level="7.0", direction="down"), T(baseline="7.8", level="6.5", direction="down")),
    case("sv", "Utgångsläge: andel nöjda brukare 2023, 71 %, mål 2025, 75 %, mål 2027, 80 %",
         T(baseline="71", level="75", direction="up"), T(baseline="71", level="80", direction="up")),
    case("sv", "Utgångsläge: Arbetslöshet december 2022, 8,1 %,\nArbetslöshetsmål december 2024, 7,0 %\nArbetslöshetsmål december 2026, 6,2 %",
         T(baseline="8.1", level="7.0", direction="down"), T(baseline="8.1", level="6.2", direction="down")),
    case("sv", "Utgångsläge: sjukfrånvaro 2023, 7,8 procent; sjukfrånvaromål 2025, 7,0 procent; sjukfrånvaromål 2027, 6,5 procent.",
         T(baseline="7.8", level="7.0"), T(baseline="7.8", level="6.5")),
    case("en", "Baseline 2023: 71%. Target 2025: 75%. Target 2027: 80%. Target 2030: 85%.",
         T(baseline="71", level="75"), T(baseline="71", level="80"), T(baseline="71", level="85")),
    case("en", "Baseline: sickness absence in 2023, 4.6%; target for 2025, 4.2%; target for 2027, 3.8%.",
         T(baseline="4.6", level="4.2", direction="down"), T(baseline="4.6", level="3.8", direction="down")),
    # look-alikes: the row after names another indicator; a target after a measured from-to
    case("da", "Udgangspunkt: ledighed 2023, 4 pct.; ledighedsmål 2026, 3,1 pct.; sygefraværsmål 2026, 5 pct.",
         T(baseline="4", level="3.1"), T(kind="level", level="5", baseline=None)),
    case("en", "Baseline: unemployment in 2023, 4%; unemployment target 2026, 3.1%; absence target 2026, 5%.",
         T(baseline="4", level="3.1"), T(kind="level", level="5", baseline=None)),
    case("sv", "Utgångsläge: arbetslöshet 2023, 4 %; arbetslöshetsmål 2026, 3,1 %; sjukfrånvaromål 2026, 5 %",
         T(baseline="4", level="3.1"), T(kind="level", level="5", baseline=None)),
    # a target after a measured from-to starts where the status ended (*.baselines.from-to-then-target-is)
    case("nb", "Ledigheten falt fra 5,2 prosent til 4,4 prosent. Målet for 2027 er 4 prosent.",
         T(baseline="5.2", level="4.4"), T(baseline="4.4", level="4", direction="down")),
    case("en", "Unemployment fell from 5.2% to 4.4%. The target for 2027 is 4%.",
         T(baseline="5.2", level="4.4"), T(baseline="4.4", level="4", direction="down")),
    case("sv", "Arbetslösheten sjönk från 5,2 procent till 4,4 procent. Målet för 2027 är 4 procent.",
         T(baseline="5.2", level="4.4"), T(baseline="4.4", level="4", direction="down")),
]
# fmt: on


test_target_rows_of_one_baseline_each_start_from_it = read_as_test(ROWS)
