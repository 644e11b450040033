"""Where a paper can hold a figure: one scan of the whole text before anything is tokenised.

Most of a goal paper is prose. The extractor tokenises only the sentences that hold *figure material* (a unit
right after a number, "150 flere", "X pct.", "fra 1.200", a fraction, factor or share word, a bound before a
number, a colon that opens a list, an inline list number, a hyphen at a line end). The material is found
here, once per document:

- with RE2 (``google-re2``, a core dependency) every pattern runs as one alternation in a single DFA pass
  over the UTF-8 bytes: about 10 ms per MB whatever the number of words, where Python's backtracking ``re``
  tries each alternative at every position (measured on the seed papers: 190 ms per MB for the same
  patterns as separate scans, several times more as one alternation);
- without it (a platform with no wheel) the same patterns run as separate Python ``re`` scans. Both
  backends are built from one template, and a property test holds them to the same blocks and sentences.

The scan is a pre-filter: a false alarm costs time, a miss would lose a target. Two places need care.
RE2 reports leftmost, non-overlapping matches of the whole alternation, so a hit that starts inside another
is not reported; the extractor therefore keeps every sentence a hit *spans*, not only the one it starts in.
And RE2 has no look-around: a preposition before a year ("til 2018") is reported with its digits captured,
dropped here, and the search resumes inside those digits, so nothing behind it is skipped.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left
from collections.abc import Iterator
from functools import cache
from itertools import chain, islice
from typing import TYPE_CHECKING, Any

from sudgoals import _regex

if TYPE_CHECKING:
    from sudgoals.lang import LanguageData

__all__ = ["MaterialScan", "backend", "spelt_in", "spelt_spans"]

# blanks between a figure and its unit: no-break spaces too ("9\u00a0pct.", "12\u202f%"), which word
# processors and web pages put there; written as the characters themselves, which both regex backends read
_WS = "[ \\t\\r\\n\u00a0\u202f]"
# the end of a word, consumed (RE2 has no look-ahead, and its \b knows only ASCII letters): "en kr." and
# "to nye" end there, "en kriminel" and "et handicap" do not
_END = "(?:[ \\t\\r\\n\u00a0\u202f.,;:!?)\\]/-]|$)"
_YEAR = re.compile(r"(?:19|20)\d\d")
# How each backend writes a decimal digit and a letter (Python's [^\W\d_]: letters and non-decimal numerics)
_PY = {"D": r"\d", "L": r"[^\W\d_]"}
_RE2 = {"D": r"\p{Nd}", "L": r"[\pL\p{Nl}\p{No}]"}


def _re2_module() -> Any:
    try:
        import re2  # type: ignore[import-not-found,unused-ignore]
    except ImportError:  # pragma: no cover - google-re2 ships wheels for the platforms we support
        return None
    return re2


@cache
def backend() -> str:
    """ "re2" when google-re2 is importable (and not switched off with ``SUDGOALS_SCAN=re``), else "re"."""
    import os

    if os.environ.get("SUDGOALS_SCAN", "").lower() == "re":
        return "re"
    return "re2" if _re2_module() is not None else "re"


def _alternation(items: set[str]) -> str:
    """Words and phrases as one alternation, longest first; the words of a phrase ("per cent", "mio. kr.")
    may be parted by any run of blanks, as the tokeniser reads them ("five  per  cent" in a crawled page)."""
    return _phrases(items)


@cache
def _sources(code: str) -> tuple[tuple[str, ...], str]:
    """The material patterns of a language as templates: those run on the lower-cased text, and the one run
    on the original text (it needs the capital of "4. Flere"). ``{D}`` is a digit and ``{L}`` a letter in
    the backend's syntax; the preposition pattern ends in ``{Y}``, the digits that must not be a year."""
    from sudgoals.extract.lexicon import _variants
    from sudgoals.lang import load

    data = load(code)
    units: set[str] = set()
    # "tons", "m³", "dage", "euro"; not years ("i 2 år", "for 3 years" stand in every other paragraph of
    # prose, and a target in years has a bound or a change before it, which other patterns find)
    measures = [w for unit, words in data.measures.items() if unit != "year" for w in words]
    for written in (*data.units["percent"], *data.units["percentage_point"], *data.units["kr"], *measures):
        unit = written.lower().rstrip(".")
        if len(unit) >= 2 or unit == "%":
            units.add(unit)
    # number words of three letters or more: "en", "et", "to" stand inside nearly every word, so those are
    # material only as whole words right before a unit ("med to procent")
    number_words = {w.lower() for w in (*data.number_words, *data.fraction_words) if len(w.split()[0]) >= 3}
    short_words = {w.lower() for w in data.number_words if len(w) < 3}
    words: set[str] = set()
    shares: set[str] = set()  # "hver tredje", "one in five", "to ud af tre": whole phrases, since their last
    phrases: list[list[str]] = []  # words ("anden", "three") are everywhere
    for phrase in (*data.fraction_words, *data.factor_words):
        if is_share_phrase(phrase.lower(), data):
            shares.add(phrase.lower())
        else:
            phrases.append(phrase.lower().split())
    # a fraction or factor word by the first five letters of its last word ("tredj" for "tredjedel",
    # "tredjedele", "tredjedelen"); the last word of a phrase of several words ("dobbelt så mange", "en
    # kvart", "twice as many") with the word before it (in every OCR spelling of it), since alone it stands
    # in every other sentence of prose ("mange", "many", "kvartal", "quarterly") and each false alarm has its
    # sentence tokenised and read
    words.update(p[-1][:5] for p in phrases if len(p) == 1 and len(p[-1]) >= 4)
    pairs: set[str] = set()
    for p in phrases:
        if len(p) > 1 and len(p[-1]) >= 4 and p[-1][:5] not in words:
            before = sorted({v for v in _variants(p[-2], data.ocr) if v not in data.ocr_exclude} | {p[-2]})
            pairs.add(f"(?:{'|'.join(re.escape(v) for v in before)}){_WS}+{re.escape(p[-1][:5])}")
    adjectives: set[str] = set()
    for word in (*data.count_adjectives_up, *data.count_adjectives_down):
        adjectives.update(v for v in _variants(word, data.ocr) if v not in data.ocr_exclude)
    fw = data.function_words
    preps = _alternation({*data.change_prepositions, *fw["from"], *fw["to"], *fw["of"]})
    u, adj = _alternation(units), _alternation(adjectives)
    scales = _alternation({w.lower() for w in data.scales})
    ratio = _phrases({w.lower() for w in data.ratio_words})
    bounds = _phrases({w.lower().rstrip(".") for w in (*data.hedges["at_least"], *data.hedges["at_most"])})
    lower: tuple[str, ...] = (
        # a unit counts only right after a number, an "x", "%" or "]" or a number word: a page of
        # "pct. pct. pct." is not read at all
        rf"[{{D}}x%\]]\.?{_WS}{{{{0,3}}}}(?:{u})",
        rf"[{{D}}]{_WS}{{{{0,3}}}}(?:{scales}){_WS}{{{{0,3}}}}(?:{u})",  # "1,2 mia. kr.", "24 mio. euro"
        rf"[{{D}}][oli]{{{{1,3}}}}\.?{_WS}{{{{0,3}}}}(?:{u})",  # "1O pct.": OCR read a 0 as the letter O
        rf"(?:{_alternation(number_words)}){_WS}+(?:{u})",
        # a number word before a count adjective, as a whole word: "femten nye virksomheder", not "en mere"
        rf"(?:{_alternation(number_words)}){_WS}+(?:{adj}){_END}",
        rf"(?:{_alternation(words)})",
        rf"[{{D}}x]{_WS}+(?:{adj})",  # "150 flere", "x flere"
        rf"x\]?\.?{_WS}*(?:{u}|{adj})",  # a placeholder only where a figure stands: "X pct.", "[X] %"
        # a placeholder as the size of a change: "med [X] personer", "med xx."
        rf"(?:{preps}){_WS}+\[?x{{{{1,3}}}}\]?(?:{_WS}|[,.;]|$)",
        rf"(?:{preps}){_WS}+(?:{{L}}+\.?{_WS}+)?{{Y}}",  # "med 2 mio.", "fra ca. 1.200", not "til 2018"
        r":[ \t]*(?:\r?\n|$|{D}{{1,2}}[.)][ \t])",  # a colon that opens a list
        # a figure after an arrow: a key-figure row "Antal: 23.100 (2023) → 23.400 (2024)"
        rf"(?:→|->|⇒|⟶){_WS}*[{{D}}]",
        # a hyphen right after a letter at a line end, a word hyphenated there ("90 fær-" / "re", "skal
        # hal-" / "veres"): the words above are not spelt whole in it, and the extractor joins a keyword's
        # halves (rare in typed text, a PDF's justified lines have some). The letter before it keeps an
        # empty list item ("- " on its line) from being material: without it a file of such lines had a
        # hit on every line (0.09 -> 0.75 s per MB); the fallback's scan pays 35 ms/MB for it, not 6
        r"{L}-[ \t\r]*\n",
    )
    if pairs:
        lower += (rf"(?:{'|'.join(sorted(pairs))})",)
    if short_words:  # "med to procent", "to nye": a short number word as a whole word before a unit or
        # a count adjective, each a whole word
        lower += (rf"(?:^|[ \t\r\n(\[\-–\"“,:;])(?:{_alternation(short_words)}){_WS}+(?:{u}|{adj}){_END}",)
    if bounds:  # "mindst 500 borgere", "at least 3,000 residents": a bound on a count is a level
        lower += (rf"(?:{bounds})\.?{_WS}+[{{D}}]",)  # (a false alarm inside a word only costs time)
        # "minst én helsesykepleier", "mindst to sygeplejersker": a bound on a count in words
        counted = _alternation({w.lower() for w in data.number_words if w.isalpha()})
        lower += (rf"(?:{bounds})\.?{_WS}+(?:{counted}){_WS}",)
    if data.bound_verbs:  # "skal være under 120", "må højst være 120": a bound on a count after a bound verb
        verbs = _alternation({w.lower() for w in data.bound_verbs})
        sides = _phrases({w.lower() for w in (*data.hedges["above"], *data.hedges["below"])})
        lower += (rf"(?:{verbs}){_WS}+(?:{sides}){_WS}+[{{D}}]",)
        if bounds:
            lower += (rf"(?:{bounds})\.?{_WS}+(?:{verbs}){_WS}+[{{D}}]",)
        if data.existential:  # "Der skal være 300 lærlinge", "I 2027 skal der være 300": a count to exist
            there = _alternation({w.lower() for w in data.existential})
            lower += (rf"(?:{there}){_WS}+(?:{{L}}+{_WS}+)?(?:{verbs}){_WS}+[{{D}}]",)
        # "We want fewer than 100 delayed discharges", "(target: fewer than 100)": a comparative bound on
        # a count with no verb before it ("fewer than", "færre end", "färre än": a side ending in a "than")
        compared = {
            w.lower() for w in (*data.hedges["above"], *data.hedges["below"]) if w.split()[-1] in data.than
        }
        if compared:
            lower += (rf"(?:{_phrases(compared)}){_WS}+[{{D}}]",)
        # "reduce the number of empty homes to fewer than 500", "minska till färre än 500": a bound after "to"
        lower += (rf"(?:{_alternation(set(fw['to']))}){_WS}+(?:{sides}){_WS}+[{{D}}]",)
        if data.zero_words:  # "skal være nul i 2026": a level of zero aimed at
            lower += (rf"(?:{verbs}){_WS}+(?:{_alternation(set(data.zero_words))})(?:{_WS}|[.,;]|$)",)
    if data.zero_words:  # "reduce ... to zero", "minska till noll": zero as the end of a change
        to = _alternation(set(fw["to"]))
        lower += (rf"(?:{to}){_WS}+(?:{_alternation(set(data.zero_words))})(?:{_WS}|[.,;]|$)",)
    if data.no_one:  # "Ingen børn skal ...", "By 2027, no one should ...": a level of zero aimed at
        # (the words between are any runs of no blank and no stop: a repeat of a Unicode letter class here
        # cost 8 ms of RE2 compiling and automaton building on every cold check)
        modals = _alternation({w.lower() for w in data.intent} - {w.lower() for w in data.target_nouns})
        lower += (
            rf"(?:^|[\r\n.!?:,–-]|(?:{_alternation(set(data.function_words['that']))}){_WS}){_WS}*(?:{_alternation(set(data.no_one))}){_WS}+(?:[^\s.!?:;,]+{_WS}+){{{{0,6}}}}(?:{modals}){_WS}",
        )
    prefixes = {w for words in data.unit_prefixes.values() for w in words}
    if prefixes:  # "€2m", "£ 9.5 million": a currency before the number
        lower += (rf"(?:{_alternation(prefixes)}){_WS}{{{{0,2}}}}[{{D}}]",)
    if data.up_down:  # "..., up 400,000 since 2019", "op 500": a change in people after a level
        lower += (rf"(?:{_alternation(set(data.up_down))}){_WS}+[{{D}}]",)
    if data.making_verbs:  # "plant 100,000 trees", "byggas 400 bostäder": a count to make is a level aimed at
        # (a hedge may stand between: "build around 1,500 homes", "bygga cirka 400 bostäder")
        lower += (rf"(?:{_alternation(set(data.making_verbs))}){_WS}+(?:{{L}}+\.?{_WS}+)?[{{D}}]",)
    if data.making_passives:  # "1,000 homes will be built", "1 000 bostäder ska byggas": a count to make
        passives = _alternation(set(data.making_passives))
        lower += (rf"[{{D}}]{_WS}+(?:{{L}}+{_WS}+){{{{1,5}}}}(?:{passives})(?:{_WS}|[.,;]|$)",)
    if (
        data.having_verbs
    ):  # "skal ha 400 omsorgsplasser i 2030": a count to have by a year is a level aimed at
        lower += (rf"(?:{_alternation(set(data.having_verbs))}){_WS}+[{{D}}]",)
    if data.reaching_verbs:  # "will reach 17,000 by 2030", "skal nå 17.000": a count to reach
        lower += (rf"(?:{_alternation(set(data.reaching_verbs))}){_WS}+[{{D}}]",)
    if data.aiming_phrases:  # "sigter mod 3.000 boliger", "tar sikte på 450": a count aimed at (the subject
        # may stand between the verb and its preposition: "Nu sigter byrådet efter 3.000")
        aims = "|".join(
            rf"{re.escape(verb)}(?:{_WS}+{{L}}+){{{{0,2}}}}{_WS}+{_phrases({rest})}"
            for verb, _, rest in (w.lower().partition(" ") for w in sorted(data.aiming_phrases))
            if rest
        )
        lower += (rf"(?:{aims}){_WS}+[{{D}}]",)
    if data.goal_nouns:  # "fire pejlemærker", "7 delmål": a stated count of goals (listed as headings too)
        counts = _alternation({w.lower() for w in data.number_words if w.isalpha() and len(w) >= 3})
        goals = _alternation({w.lower() for w in data.goal_nouns})
        lower += (rf"(?:[{{D}}]|(?:^|[ \t\r\n(])(?:{counts})){_WS}+(?:{goals})",)
    if data.up_before_count:  # "an extra 40,000 appointments", "yderligere 500 pladser": more, before it
        lower += (rf"(?:{_alternation({w.lower() for w in data.up_before_count})}){_WS}+[{{D}}]",)
    if data.target_nouns:  # "målet om 100.000 træer", "Målet er 100.000", "a target of 300,000"
        targets = _alternation({w.lower() for w in data.target_nouns})
        lower += (rf"(?:{targets}){_WS}+(?:{{L}}+{_WS}+){{{{0,2}}}}[{{D}}]",)
        if data.zero_words:  # "Målet er nul ulykker", "Målet er null skader": zero aimed at, in words
            zero = _alternation(set(data.zero_words))
            lower += (rf"(?:{targets}){_WS}+(?:{{L}}+{_WS}+)?(?:{zero})(?:{_WS}|[.,;]|$)",)
        # a label: "Target: 560", "Target 2030: 560", "Mål (2030): 560", "Target 2025/26: 1,250"
        year = rf"{_WS}+\(?[{{D}}]{{{{4}}}}(?:[/–-][{{D}}]{{{{2,4}}}})?\)?"
        lower += (rf"(?:{targets})(?:{year})?:{_WS}+[{{D}}]",)
    if ratio:
        lower += (rf"[{{D}}]{_WS}+(?:{ratio}){_WS}+[{{D}}]",)  # a share in two numbers: "2 ud af 3", "1 in 5"
    if shares:
        lower += (rf"(?:{_phrases(shares)})",)  # a share in words: "hver tredje", "one in five"
    text = r"{B}{D}{{1,2}}[.)][ \t]+[A-ZÆØÅÄÖ]"  # an inline list number "4. Flere" (original case)
    return lower, text


@cache
def _direction_source(code: str) -> str:
    """Every OCR spelling of the language's (non-weak, one-word) words of direction, as one alternation, for
    list items that state a goal without a figure: built only when such an item asks
    (:meth:`MaterialScan.direction`) or the scan runs on Python's ``re``, not on every cold check."""
    from sudgoals.extract.lexicon import _variants
    from sudgoals.lang import load

    data = load(code)
    directions: set[str] = set()
    for word in (*data.up, *data.down):
        if word in data.weak_direction or " " in word:
            continue
        directions.update(v for v in _variants(word, data.ocr, limit=64) if v not in data.ocr_exclude)
    return _alternation(directions)


def _phrases(items: set[str]) -> str:
    """Phrases as an alternation whose words may be parted by any run of spaces or line breaks."""
    ordered = sorted(items, key=lambda w: (-len(w), w))
    return "|".join(f"{_WS}+".join(re.escape(word) for word in phrase.split()) for phrase in ordered)


def is_share_phrase(phrase: str, data: LanguageData) -> bool:
    """Whether a fraction phrase is a share of what follows it ("hver tredje ung", "one in five children",
    "to ud af tre borgere"), so a figure wherever it stands, not only before "af"/"of" or a unit."""
    words = phrase.split()
    if words and words[0] in data.function_words["every"]:
        return True
    if len(words) == 3 and words[1] in data.function_words["of"]:
        return True  # "tre af fire elever": two number words joined by "of" (a "2 af 4" in digits is a page)
    padded = f" {phrase} "
    return any(f" {w.lower()} " in padded for w in data.ratio_words)


def _fill(template: str, syntax: dict[str, str], **extra: str) -> str:
    return template.format(**syntax, **extra)


# ------------------------------------------------------------------------------------------ Python re


@cache
def _python_patterns(code: str) -> tuple[tuple[re.Pattern[str], ...], re.Pattern[str], re.Pattern[str]]:
    lower, text = _sources(code)
    directions = _direction_source(code)
    year_free = r"(?!(?:19|20)\d\d(?!\d))\d"
    # separate patterns, each opening with a literal or a class: one top-level alternation would make the
    # engine try every branch at every position (measured: 0.42 s/MB against 0.12 s/MB)
    on_lower = tuple(_regex.compile(_fill(t, _PY, Y=year_free, B="")) for t in lower)
    return on_lower, _regex.compile(_fill(text, _PY, B=r"(?<!\d)", Y="")), _regex.compile(directions)


def _python_hits(code: str, text: str, low: str, limit: int | None = None) -> list[tuple[int, int]]:
    on_lower, on_text, _ = _python_patterns(code)
    found = chain(
        (m.span() for p in on_lower for m in p.finditer(low)), (m.span() for m in on_text.finditer(text))
    )
    hits = list(found) if limit is None else list(islice(found, limit + 1))
    hits.sort()
    return hits


# ------------------------------------------------------------------------------------------ RE2


def _re2_compile(pattern: str) -> Any:
    options = _re2_module().Options()
    options.max_mem = 64 << 20  # the OCR spellings make a large DFA; 8 MB (the default) falls back to NFA
    return _re2_module().compile(pattern.encode(), options)


@cache
def _re2_patterns(code: str) -> tuple[Any, Any, int]:
    """The lower-case patterns as one alternation, the original-case one, and the number of the only
    capturing group: the digits after a preposition, which must not be a year."""
    lower, text = _sources(code)
    digits = "(" + _RE2["D"] + "+)"
    combined = "|".join("(?:" + _fill(t, _RE2, Y=digits, B="") + ")" for t in lower)
    return _re2_compile(combined), _re2_compile(_fill(text, _RE2, B=r"(?:^|[^\p{Nd}])", Y="")), 1


@cache
def _re2_directions(code: str) -> Any:
    """The direction words, compiled only when a list item without figure material asks for them."""
    return _re2_compile(_direction_source(code))


def _spans_of(compiled: Any, data: bytes, start: int = 0) -> Iterator[list[tuple[int, int]]]:
    """The group spans of each leftmost, non-overlapping match in ``data`` from ``start``: RE2's own
    ``Match`` called directly, without building the wrapper's Python match objects (4 microseconds each;
    the scan of a paper makes thousands). Falls back to ``finditer`` if the wrapper changes shape."""
    raw = getattr(compiled, "_regexp", None)
    anchor = getattr(_re2_module(), "_Anchor", None)
    if raw is None or anchor is None:  # pragma: no cover - google-re2's layout since 1.0
        for m in compiled.finditer(data, start):
            yield [m.span(g) for g in range(compiled.groups + 1)]
        return
    match, unanchored, end = raw.Match, anchor.UNANCHORED, len(data)
    pos = start
    while pos <= end:
        spans = match(unanchored, data, pos, end)
        if spans[0][0] == -1:
            return
        yield spans
        pos = spans[0][1] if spans[0][1] > pos else pos + 1


def spelt_spans(body: str, text: str) -> Iterator[tuple[int, int]] | None:
    """The leftmost, non-overlapping matches of the alternation ``body`` in ``text`` (character offsets, in
    order), found by RE2 in one DFA pass over the UTF-8 bytes; ``body`` must read alike in Python's ``re``
    and RE2 (literals and groups). ``None`` where RE2 cannot serve: no backend, or a lone surrogate. The
    matches are found as they are read (a file of goal sentences has a match or two in every line: a list
    of them all held 130 MB at 5 MB)."""
    data = _re2_bytes(text)
    if data is None:
        return None
    return _character_spans(_re2_body(body), data)


def _character_spans(compiled: Any, data: bytes) -> Iterator[tuple[int, int]]:
    """The spans of the matches of ``compiled`` in ``data``, in character offsets."""
    if data.isascii():
        for spans in _spans_of(compiled, data):
            yield spans[0]
        return
    # sorted and apart, so one walk: a character offset is the byte offset less the UTF-8 continuation
    # bytes before it (counted in C between one offset and the next)
    count = data.translate(_CONTINUATION).count
    at = skipped = 0
    for spans in _spans_of(compiled, data):
        start, end = spans[0]
        skipped += count(1, at, start)
        first = start - skipped
        skipped += count(1, start, end)
        at = end
        yield first, end - skipped


_CONTINUATION = bytes(1 if 0x80 <= b < 0xC0 else 0 for b in range(256))  # a byte that opens no character


def spelt_in(body: str, text: str) -> bool | None:
    """Whether the alternation ``body`` (as for :func:`spelt_spans`) matches anywhere in ``text``, by RE2;
    ``None`` where RE2 cannot serve."""
    data = _re2_bytes(text)
    if data is None:
        return None
    return next(_spans_of(_re2_body(body), data), None) is not None


def _re2_bytes(text: str) -> bytes | None:
    """``text`` as the UTF-8 bytes RE2 reads, or ``None`` where RE2 cannot serve: no backend, or a lone
    surrogate that has no UTF-8."""
    if backend() != "re2":
        return None
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        return None


@cache
def _re2_body(body: str) -> Any:
    return _re2_compile(body)


def _is_year(data: bytes, start: int, end: int) -> bool:
    return end - start == 4 and _YEAR.fullmatch(data[start:end].decode("ascii", "replace")) is not None


def _char_offsets(data: bytes, offsets: list[int]) -> Iterator[int]:
    """Character offsets of sorted byte offsets into ``data`` (UTF-8), in one pass."""
    if data.isascii():
        yield from offsets
        return
    last_byte = last_char = 0
    for off in offsets:
        last_char += len(data[last_byte:off].decode("utf-8"))
        last_byte = off
        yield last_char


def _spans(data: bytes, byte_spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    if data.isascii():
        return byte_spans
    flat = sorted({o for span in byte_spans for o in span})
    to_char = dict(zip(flat, _char_offsets(data, flat), strict=True))
    return [(to_char[a], to_char[b]) for a, b in byte_spans]


def _re2_hits(code: str, text: str, low: str, limit: int | None = None) -> list[tuple[int, int]] | None:
    """The hit spans (character offsets), sorted; or, as soon as there are more than ``limit``, the first
    ``limit + 1`` found (byte offsets, unsorted: only their number counts then)."""
    # one UTF-8 copy at a time: on a very large paper each copy is as large as the text
    try:
        low_bytes = low.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates: RE2 needs valid UTF-8, so Python's re does this one
        return None
    combined, on_text, group = _re2_patterns(code)
    found: list[tuple[int, int]] = []
    end = len(low_bytes)
    for spans in _spans_of(combined, low_bytes):
        whole, (digits, digits_end) = spans[0], spans[group]
        if limit is not None and len(found) > limit:
            return found
        if digits == -1 or not _is_year(low_bytes, digits, digits_end):
            found.append(whole)
            continue
        # "til 2018" is not material, but a hit may start inside it (and was hidden by it): look there
        pos, stop = whole[0] + 1, whole[1]
        while pos < stop:
            while pos < end and 0x80 <= low_bytes[pos] < 0xC0:
                pos += 1  # to the next character
            inner = next(_spans_of(combined, low_bytes, pos), None)
            if inner is None or inner[0][0] >= stop:
                break
            (inner_start, inner_end), (d, d_end) = inner[0], inner[group]
            if d == -1 or not _is_year(low_bytes, d, d_end):
                found.append((inner_start, inner_end))
                pos = max(inner_end, inner_start + 1)
            else:
                pos = inner_start + 1
    found.sort()
    hits = _spans(low_bytes, found)
    del low_bytes
    text_bytes = text.encode("utf-8")  # cannot fail: lower() keeps a surrogate, so low would have failed
    hits.extend(_spans(text_bytes, [spans[0] for spans in _spans_of(on_text, text_bytes)]))
    hits.sort()
    return hits


# ------------------------------------------------------------------------------------------ the scan


_SHORT = 20_000  # characters: a paper up to this long is scanned with Python's re (see MaterialScan)


def _re2_forced() -> bool:
    """Whether ``SUDGOALS_SCAN=re2`` asks for RE2 on papers of any length (the tests compare both)."""
    import os

    return os.environ.get("SUDGOALS_SCAN", "").lower() == "re2"


class MaterialScan:
    """The figure material of one document: sorted hit spans, asked by range with a binary search."""

    __slots__ = ("_code", "_low", "_re2", "_reach", "_starts", "count", "exceeded")

    def __init__(self, code: str, text: str, low: str, limit: int | None = None) -> None:
        """The scan of ``text`` (``low`` its lower-cased copy, offset for offset). With a ``limit`` the scan
        stops once it has found more hits than that and sets :attr:`exceeded`; such a scan holds only the
        hits found so far and is not for reading."""
        self._code, self._low = code, low
        # a short paper is scanned with Python's re, whose patterns come compiled from the disk cache (about
        # 3 ms for a language), where RE2 builds its automaton anew in each process (about 30 ms, most of a
        # cold check of one paper); both find the places a figure can stand (tests/test_scan.py), RE2 five
        # times faster per megabyte
        self._re2 = backend() == "re2" and (len(text) > _SHORT or _re2_forced())
        hits = _re2_hits(code, text, low, limit) if self._re2 else None
        if hits is None:
            hits = _python_hits(code, text, low, limit)
        self.exceeded = limit is not None and len(hits) > limit
        self.count = len(hits)  # how many places a figure can stand (as far as the scan went)
        self._starts = array("q", (a for a, _ in hits))
        # the furthest end of any hit up to each one: a hit that starts before a range may reach into it
        reach, furthest = array("q"), -1
        for _, b in hits:
            furthest = max(furthest, b)
            reach.append(furthest)
        self._reach = reach

    def spans(self, start: int, end: int) -> list[tuple[int, int]]:
        """The parts of ``[start, end)`` that hits cover: each hit that starts inside, clipped to the range,
        and from ``start`` as far as any earlier hit reaches into it."""
        starts, reach = self._starts, self._reach
        i = bisect_left(starts, start)
        out: list[tuple[int, int]] = []
        if i > 0 and reach[i - 1] > start:
            out.append((start, min(reach[i - 1], end)))
        n = len(starts)
        while i < n and starts[i] < end:
            out.append((starts[i], min(reach[i], end)))
            i += 1
        return out

    def any(self, start: int, end: int) -> bool:
        """Whether any hit overlaps ``[start, end)``."""
        starts = self._starts
        i = bisect_left(starts, start)
        if i < len(starts) and starts[i] < end:
            return True
        return i > 0 and self._reach[i - 1] > start

    def direction(self, start: int, end: int) -> bool:
        """Whether a (non-weak) direction word, in any OCR spelling, stands in ``[start, end)``. Asked only of
        list items without figure material, so RE2 reads just that item's bytes (a scan of the whole paper
        cost 16 ms per MB where the items hold a few per cent of it); Python's ``re`` where RE2 cannot."""
        if self._re2:
            try:
                data = self._low[start:end].encode("utf-8")
            except UnicodeEncodeError:  # a lone surrogate in this item
                pass
            else:
                return next(_spans_of(_re2_directions(self._code), data), None) is not None
        return _python_patterns(self._code)[2].search(self._low, start, end) is not None
