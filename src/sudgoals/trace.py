"""Why a line was read as it was: the targets and free figures on one line of a paper, with the rules that
built each target (``sudgoals trace PAPER LINE``).

The trace is plain text in English (it names rule ids and model fields, which are English too). It lists, for
every target whose span touches the line: where it stands, its kind and direction, each stated figure with
the part it plays (absolute, relative, level, baseline), its value and rounding interval, the indicator,
the verdict and the ids of the rules that built it, in the order they applied; then every figure on the line
that no rule tied to a target (``Paper.unlinked``).
"""

from __future__ import annotations

from sudgoals.model import Figure, Paper, Target

__all__ = ["trace_line"]

_PARTS = ("absolute", "relative", "level", "baseline")


def _exact(value: object) -> str:
    return "-" if value is None else str(value)


def _figure(figure: Figure) -> str:
    low = "(-inf" if figure.low is None else ("[" if figure.low_closed else "(") + _exact(figure.low)
    high = "inf)" if figure.high is None else _exact(figure.high) + ("]" if figure.high_closed else ")")
    if figure.placeholder:
        return f"“{figure.text}” placeholder, unit {figure.unit.value}"
    hedge = (
        f", hedge {figure.hedge} ({figure.hedge_kind.value})" if figure.hedge and figure.hedge_kind else ""
    )
    value = _exact(figure.value)
    if figure.band_low is not None:  # a band of two stated ends: "mellem 5 og 6 pct." = band 5 to 6
        value = f"band {_exact(figure.band_low)} to {_exact(figure.band_high)}"
    return f"“{figure.text}” = {value} {low}, {high} {figure.unit.value}{hedge}"


def _target(target: Target) -> list[str]:
    span = target.span
    where = f"{span.line}:{span.column}" + (
        f"-{span.end_line}:{span.end_column}" if span.end_line != span.line else ""
    )
    direction = target.direction.value if target.direction is not None else "none"
    lines = [f"target {target.id} at {where}: {target.kind.value}, direction {direction}"]
    lines.append(f"  indicator: {target.indicator or '(none)'}")
    for part in _PARTS:
        figure = getattr(target, part)
        if figure is not None:
            lines.append(f"  {part}: {_figure(figure)}")
    implied = target.implied_baseline
    baseline = "" if implied is None else f", implied baseline {_exact(implied.low)}..{_exact(implied.high)}"
    lines.append(f"  verdict: {target.verdict.value}{baseline}")
    lines.append(f"  rules: {', '.join(target.rules) if target.rules else '(none recorded)'}")
    return lines


def trace_line(paper: Paper, text: str, line: int) -> list[str]:
    """The trace of ``line`` (1-based) of ``paper``, whose text is ``text``, as lines of plain text.

    >>> from sudgoals.extract import extract_text
    >>> source = "Intro.\\nSygefraværet skal være højst 5 pct. i 2027."
    >>> print("\\n".join(trace_line(extract_text(source), source, 2)))
    line 2: Sygefraværet skal være højst 5 pct. i 2027.
    target <text>-1 at 2:1: level, direction down
      indicator: Sygefraværet
      level: “højst 5 pct.” = 5 [0, 5] percent, hedge højst (at_most)
      verdict: unverifiable
      rules: da.level.bound, engine.bound-direction
    """
    rows = text.splitlines()
    out = [f"line {line}: {rows[line - 1] if 0 < line <= len(rows) else '(no such line)'}"]
    touching = [t for t in paper.targets if t.span.line <= line <= t.span.end_line]
    for target in touching:
        out.extend(_target(target))
    free = [f for f in paper.unlinked if f.span is not None and f.span.line <= line <= f.span.end_line]
    for figure in free:
        out.append(f"free figure: {_figure(figure)}: no rule tied it to a target")
    facts = [f for f in paper.facts if f.span is not None and f.span.line <= line <= f.span.end_line]
    for figure in facts:
        out.append(f"fact: {_figure(figure)}: a statement of fact (a 'facts' rule), not a target")
    free += facts
    if not touching and not free:
        out.append("no target and no free figure on this line")
    return out
