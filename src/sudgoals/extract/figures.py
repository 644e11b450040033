"""Figures: numbers, number words, fractions, factor verbs and placeholders, with hedges, units, bands.

A stage of the extractor; :class:`sudgoals.extract.engine._Extractor` is the last class of the chain."""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from fractions import Fraction

from sudgoals.extract._scan import is_share_phrase
from sudgoals.extract.context import ContextReader
from sudgoals.extract.lexicon import PhraseHit, Role
from sudgoals.extract.parts import _MAX_SCAN, _MONEY, _TIME_UNITS, Fig, Tok, _is_year, _measured, _read
from sudgoals.model import Direction, ListNumber, Unit, trusted

# words after a factor verb that show it has no object after it ("skal halveres fra 40 pct.", "inden 2020")
_OCR_DIGITS = str.maketrans("oOlI", "0011")
_OTHER_THINGS = frozenset({Role.NOT_TARGET_UNIT, Role.MONTH})  # "8.000 medarbejdere", "24 juni"


def _decimal(value: Fraction, comma: bool) -> str:
    """A fraction as digits when it has a short exact decimal form ("1/2" -> "0,5"), else "p/q"."""
    for places in range(0, 4):
        scaled = value * 10**places
        if scaled.denominator == 1:
            digits = str(scaled.numerator).rjust(places + 1, "0")
            text = digits if places == 0 else f"{digits[:-places]}.{digits[-places:]}"
            return text.replace(".", ",") if comma else text
    return f"{value.numerator}/{value.denominator}"


class FigureReader(ContextReader):
    """Figures: numbers, number words, fractions, factor verbs and placeholders, with hedges, units, bands."""

    def figures(self, toks: list[Tok], a: int, b: int) -> list[Fig]:
        canons = self.canons
        starts = self.lex.starts
        figs: list[Fig] = []
        lex = self.lex
        find_figure = self.fig_at.find
        scaled: dict[int, str] = {}  # figure index -> its scale and unit as written ("mio. kr.")
        # where a bound "mere end" after "Ingen ... skal" starts (read by _measure_hedge too)
        no_one_caps: set[int] = self._no_one_caps if canons is self.canons else set()
        i = a
        while i < b:
            i = find_figure(1, i, b)  # the next token that can start a figure
            if i < 0:
                break
            t = toks[i]
            core1 = -1
            placeholder = False
            share = False
            number_text = ""
            factor: Fraction | None = None
            signed = False  # a minus sign stands before the number
            band_end = 0  # where a band written "5–7" ends (the token after its second number)
            if t.kind == "num":
                if len(t.text) > 1 and t.text[0] == "0" and t.text[1].isdigit():
                    i += 1  # "02", "00", "007": a grade or a code, not an amount
                    continue
                prev = toks[i - 1] if i > 0 else None
                nxt = toks[i + 1] if i + 1 < b else None
                if prev is not None and prev.kind == "word" and prev.end == t.start:
                    i += 1  # footnote mark glued to a word: "borgere2"
                    continue
                if (
                    i - 2 >= a
                    and canons[i - 1] in self.words.numbered_periods
                    and canons[i - 2] in self.words.year_prepositions
                    and t.text.isdigit()
                    and int(t.text) <= 53
                    and self._unit_at(canons, i + 1) is None
                ):
                    i += 1  # "Audits in quarter 4 found 89%", "i uke 12": a part of the year, no figure
                    continue
                if i > a and (
                    canons[i - 1] in self.fw_per
                    or (i - 1 > a and prev is not None and prev.text == "." and canons[i - 2] in self.fw_per)
                ):
                    i += 1  # the denominator of a rate: "41 per 100,000 adults", "2 pr. 1.000 indbyggere"
                    continue
                if (
                    nxt is not None
                    and nxt.kind == "word"
                    and nxt.start == t.end
                    and not self._glued_scale(toks, i)
                    and not self._glued_unit(toks, canons, i)
                ):
                    damaged = self._ocr_digits(toks, canons, i, b)
                    if damaged is None:
                        i += 1  # "1gsningen", "2nd"
                        continue
                    number_text = damaged  # "1O pct.": OCR read a 0 as the letter O
                if self.is_list_mark(toks, i):
                    self.list_marks.append(
                        trusted(ListNumber, number=int(t.text), span=self.doc.span(t.start, toks[i + 1].end))
                    )
                    i += 2
                    continue
                if (
                    nxt is not None
                    and nxt.kind == "sym"
                    and nxt.text in "-–/"
                    and i + 2 < b
                    and toks[i + 2].kind == "num"
                ):
                    glued = nxt.start == t.end and toks[i + 2].start == nxt.end
                    if (
                        not glued
                        and nxt.text in "-–"
                        and prev is not None
                        and prev.kind == "word"
                        and prev.text[:1].isupper()
                        and (i - 1 == a or prev.nl_before)
                        and self._unit_at(canons, i + 3) is not None
                    ):
                        i += 2  # "Pejlemærke 3 – 90 pct. af eleverne": a heading's number, then its figure
                        continue
                    if nxt.text in "-–" and self._dash_band(toks, canons, i, a, b):
                        band_end = i + 3  # "med 5-7 pct.", "40–50 procent": a band, its ends joined by a dash
                    elif glued or nxt.text == "–" or (nxt.text == "-" and toks[i + 2].nl_before):
                        i += 3  # a range "10-15", a period "2014-2017", a financial year "2016/17"
                        continue
                if (
                    prev is not None
                    and prev.kind == "sym"
                    and prev.text in "/"
                    and i >= 2
                    and toks[i - 2].kind == "num"
                ):
                    i += 1
                    continue
                if nxt is not None and nxt.kind == "sym" and nxt.text == "." and i + 2 < b:
                    after = toks[i + 2]
                    if (
                        after.kind == "word"
                        and not after.text[:1].isupper()
                        and self._unit_at(canons, i + 2) is None
                        and after.canon not in self.adjective_dirs  # "1. flere": a stray dot, not an ordinal
                    ):
                        i += 2  # an ordinal or a date: "9. klasse", "24. juni", "4. kvartal"
                        continue
                    if after.kind == "word" and Role.MONTH in lex.roles(after.canon):
                        i += 2
                        continue
                if (
                    nxt is not None
                    and nxt.kind == "word"
                    and Role.MONTH in lex.roles(nxt.canon)
                    and t.text.isdigit()
                    and 1 <= int(t.text) <= 31
                    and not self._unit_at(canons, i + 1)
                ):
                    i += 2  # a date, whatever stands before it: "extended to 14 March", "fra 1 januar"
                    continue
                if (
                    nxt is not None
                    and nxt.text == "-"
                    and nxt.start == t.end
                    and i + 2 < b
                    and toks[i + 2].kind == "word"
                    and toks[i + 2].start == nxt.end
                    and Role.NOT_TARGET_UNIT in lex.roles(toks[i + 2].canon)
                ):
                    i += 3  # "15-åringer", "25-årige": an age glued to whom it names, not a figure
                    continue
                counts_something_else = (
                    nxt is not None
                    and nxt.kind == "word"
                    and not _OTHER_THINGS.isdisjoint(lex.roles(nxt.canon))
                    # "7 400 år 2025", "till totalt 5 000 år 2030": "år" before a year says when, not what
                    and not (
                        nxt.canon in self.words.year_prepositions and i + 2 < b and _is_year(toks[i + 2])
                    )
                )
                # "faldt med 1.200 personer", "svarende til ca. 300 personer": after "med"/"by"/"til" (a hedge
                # may stand between) a count of people is the change itself
                back = self._before_hedge(toks, canons, i) if counts_something_else else i - 1
                if counts_something_else and back > a and canons[back] in self.words.fillers:
                    # "från i snitt 120 dagar", "from an average of 42 days": back to "från"/"from"
                    found_from = self._from_over_fillers(canons, back, a, most=None)
                    back = back if found_from is None else found_from
                after_change = back >= 0 and (
                    canons[back] in lex.data.change_prepositions
                    or canons[back] in self.fw_from_to
                    # "tilsvarende 60 ansatte", "motsvarande 60 anställda": the change again, after a link
                    or (canons[back] not in self.fw_or and self._link_before(toks, canons, back + 1))
                    # "med 10 procent, eller 1 200 personer", "by 10%, or 24 people": the change in people
                    or (
                        canons[back] in self.fw_or
                        and bool(figs)
                        and figs[-1].unit in (Unit.PERCENT, Unit.PERCENTAGE_POINT)
                        and back - 2 <= figs[-1].i1 <= back
                    )
                    # "med 15 pct. (ca. 450 personer)": the change again, in people
                    or (
                        toks[back].text == "("
                        and bool(figs)
                        and figs[-1].i1 == back
                        and figs[-1].unit in (Unit.PERCENT, Unit.PERCENTAGE_POINT)
                    )
                )
                if after_change and self._time_span(canons, i, i + 1, a, figs):
                    after_change = False  # "halveret på 10 år": the span the change took, no figure
                if (
                    counts_something_else
                    and not after_change
                    and not (self._kpi_times and self._unit_at(canons, i + 1) is not None)
                    and not self._band_closes(toks, canons, i, a)  # "mellem 4 og 6 uger"
                    and not (  # "højst 2 måneder", "at most 10 days": a time stated as a bound or a hedge
                        (unit_after := self._unit_at(canons, i + 1)) is not None
                        # "unge under 30 år": an age, not a figure; but "Ventetiden må højst være 2 år": years
                        # bounding what names a measure of time
                        and (
                            unit_after[0].base != "year"
                            or (
                                self._names_a_time(canons, a, i)
                                and not self.words.intent.isdisjoint(canons[a:i])
                            )
                        )
                        and self._measure_hedge(toks, canons, i, a) is not None
                    )
                    and not (  # "skal højst være 300 personer", "mindst 200 ansatte": a bound on a count of
                        # people (not a time, not a date) is a level aimed at, whatever the word counts
                        nxt is not None
                        and Role.MONTH not in lex.roles(nxt.canon)
                        and self._unit_at(canons, i + 1) is None
                        and self._measure_hedge(toks, canons, i, a) is not None
                    )
                    and not (  # "37 hours a week, or about 160 hours a month": the same time again
                        self._unit_at(canons, i + 1) is not None
                        and bool(figs)
                        and _measured(figs[-1].unit)
                        and self._link_before(toks, canons, self._before_hedge(toks, canons, i) + 1)
                    )
                    and not self._time_now(toks, canons, i, a, b)
                    and not self._count_now(toks, canons, i, a, b)
                    and not self._time_aimed_at(toks, canons, i, a)
                    and not self._time_limit(toks, canons, i, a, b, beside=figs)
                ):
                    i += 2  # "8.000 medarbejdere", "ca. 30 personer", "24 juni"
                    continue
                if len(t.text) == 4 and t.text.isdigit() and 1900 <= int(t.text) <= 2100:
                    follows = canons[i + 1] if i + 1 < b else ""
                    unit_next = self._unit_at(canons, i + 1)
                    if (self._dir_of(follows) is None or follows not in self.adjective_dirs) and (
                        unit_next is None
                        or unit_next[0].base == "year"  # "fra 2019 års niveau": a year, not 2019 years
                    ):
                        i += 1
                        continue
                if band_end:
                    core1 = band_end
                    number_text = f"{t.text}–{toks[i + 2].text}"
                elif number_text:
                    core1 = i + 2  # the digits and the letters OCR put in place of some of them
                else:
                    core1 = i + 1
                    number_text = t.text
                    after_dot = toks[i + 2] if i + 2 < b else None
                    if (
                        lex.data.decimal_comma
                        and nxt is not None
                        and nxt.text == "."
                        and after_dot is not None
                        and after_dot.kind == "num"
                        and len(after_dot.text) == 3
                        and after_dot.text.isdigit()
                        and t.text.isdigit()
                        and len(t.text) <= 3
                        and nxt.start > t.end
                        and after_dot.start > nxt.end
                    ):
                        core1 = i + 3  # "1 . 250": OCR put a space on each side of the thousands dot
                        number_text = f"{t.text}.{after_dot.text}"
                    elif self._minus_before(toks, canons, i, a):
                        number_text = "-" + t.text  # "uppgår till – 4,9procent": a level below zero
                        signed = True
                ratio = self._ratio_at(toks, canons, i + 1, b) if core1 == i + 1 else None
                if (
                    ratio is not None
                    and t.text.isdigit()
                    and 0 < int(t.text) <= int(toks[ratio - 1].text)
                    and not self._ranked(canons, i, a)
                ):
                    core1 = ratio  # "2 ud af 3", "1 in 5": a share, read as the exact percent
                    number_text = " ".join(canons[i:ratio])
                    share = True
            elif (
                t.kind == "word"
                and t.text in self.placeholders
                and t.text not in ("N", "…")
                and (
                    self._placeholder_in_use(canons, i + 1, b)
                    # "skal øges med X, svarende til X pct.": the size of a change
                    or (
                        i - 2 >= a
                        and canons[i - 1] in lex.data.change_prepositions
                        and self._dir_of_any(canons[i - 2]) is not None
                    )
                )
            ):
                core1 = i + 1
                placeholder = True
                number_text = "X"
            elif (
                t.kind == "sym"
                and t.text in "[("
                and i + 2 < b
                and toks[i + 1].text in self.placeholders
                and toks[i + 2].text in "])"
            ):
                core1 = i + 3
                placeholder = True
                number_text = "X"
            elif t.kind == "sym" and t.text == "?" and i + 1 < b and self._unit_at(canons, i + 1) is not None:
                core1 = i + 1
                placeholder = True
                number_text = "X"
            elif t.kind == "word" and (no_one := self._no_one_at(canons, i, b)):
                if not self._no_one_aims(toks, canons, i, a, b):
                    i += 1
                    continue
                cap = self._no_one_cap(toks, canons, i, b)
                if cap is not None:
                    no_one_caps.add(cap)  # "Ingen skal vente mere end 8 uger": 8 weeks at most, no zero
                    i += 1
                    continue
                core1 = i + no_one  # "Ingen børn skal vokse op i fattigdom": a level of zero
                number_text = "0"
            elif t.kind == "word" and t.canon in starts[Role.ANY_FIGURE_WORD]:
                hit_frac = lex.match(canons, i, Role.FRACTION) if t.canon in starts[Role.FRACTION] else None
                hit_fact = lex.match(canons, i, Role.FACTOR) if t.canon in starts[Role.FACTOR] else None
                roles = lex.roles(t.canon)
                if hit_fact is not None and hit_fact.canonical in self.words.factor_after_object:
                    verb = self._verb_before_factor(toks, canons, i, i + hit_fact.length, a=a, b=b)
                    if verb is None or self._not_a_factor_after(canons, verb, hit_fact.canonical):
                        hit_fact = None  # "in half an hour", "delt i to til det halve": no change is halved
                if hit_fact is not None:
                    core1 = i + hit_fact.length
                    number_text = hit_fact.canonical
                    factor = lex.data.factor_words[hit_fact.canonical]
                elif hit_frac is not None:
                    end = i + hit_frac.length
                    share = is_share_phrase(hit_frac.canonical, lex.data)
                    share_of = (
                        end + 1 < b
                        and canons[end] in self.fw_of
                        and toks[end + 1].kind == "word"
                        and not (i > 0 and Role.NOT_SHARE_BEFORE in lex.roles(canons[i - 1]))
                        and (" " in hit_frac.canonical or hit_frac.canonical.endswith(self._share_endings))
                    )
                    prep = self._before_hedge(
                        toks, canons, i
                    )  # "med en fjerdedel", "med næsten en fjerdedel"
                    if (
                        share
                        or self._unit_at(canons, end) is not None
                        or share_of
                        or (prep >= 0 and canons[prep] in lex.data.change_prepositions)
                        or self._link_before(toks, canons, prep + 1)  # "svarende til en tredjedel"
                        # "fra en tredjedel til halvparten": both ends of a from-to
                        or self._fraction_from_to(canons, prep, end, a, b)
                    ):
                        core1 = end
                        number_text = hit_frac.canonical
                        if self._unit_at(canons, end) is not None:
                            # "et halvt procentpoint" is 0,5 points, not 50: the fraction is of the unit
                            number_text = _decimal(
                                lex.data.fraction_words[hit_frac.canonical], lex.data.decimal_comma
                            )
                elif Role.NUMBER_WORD in roles:
                    j = i + 1
                    while j < b and (
                        Role.NUMBER_WORD in lex.roles(canons[j])
                        or (
                            Role.JOINER in lex.roles(canons[j])
                            and j + 1 < b
                            and Role.NUMBER_WORD in lex.roles(canons[j + 1])
                        )
                    ):
                        j += 1
                    single_ambiguous = j == i + 1 and Role.AMBIGUOUS_NUMBER in roles
                    nxt_canon = canons[j] if j < b else ""
                    unit_after = self._unit_at(canons, j)
                    # "på to år", "i tre måneder": a period, not a figure; "et fald på tre dage", "fem tons":
                    # a figure (a time only as the size of a change, and never after one ambiguous word);
                    # "højst to måneder", "skal være under fire uker": a bound that makes it a standard
                    followed_by_unit = unit_after is not None and (
                        not _measured(unit_after[0])
                        or (
                            not (j == i + 1 and Role.AMBIGUOUS_NUMBER in roles)
                            and (
                                unit_after[0].base not in _TIME_UNITS
                                or (
                                    i - 2 >= a
                                    and canons[i - 1] in lex.data.change_prepositions
                                    and self._change_verb(canons[i - 2]) is not None
                                )
                            )
                        )
                        or (
                            unit_after[0].base in _TIME_UNITS
                            and self._measure_hedge(toks, canons, i, a) is not None
                        )
                        # "The target is two weeks", "Målet är två veckor": a time aimed at, in words
                        or (j == i + 1 and self._time_aimed_at(toks, canons, i, a))
                        # "forkortes med to uger", "minska med sex veckor": after a change, even "to" (not
                        # the article: "forlænget med en time" is as likely a meeting as a target)
                        or (
                            t.canon not in self.words.article_words
                            and i - 2 >= a
                            and canons[i - 1] in lex.data.change_prepositions
                            and self._change_verb(canons[i - 2]) is not None
                        )
                        # "reduseres til seks uker", "cut to six weeks", "lower waiting times to under six
                        # weeks": the level a change leads to (not a period in years: "forlenget til to år" is
                        # as often a term as a target)
                        or (unit_after[0].base != "year" and self._change_to_before(toks, canons, i, a))
                        # "skal visitere inden for fem hverdage": a time limit to keep
                        or (not single_ambiguous and self._time_limit(toks, canons, i, a, b, unit_at=j))
                    )
                    if followed_by_unit and self._time_span(canons, i, j, a, figs):
                        followed_by_unit = False  # "halveret på ti år": the span the change took, no figure
                    followed_by_dir = nxt_canon in self.adjective_dirs
                    # "mellem fem og seks uger": both ends of a band in one run of number words, then a unit
                    # (not an age: "mellem atten og femogtyve år"); _bands puts the band word before it
                    band_run = (
                        unit_after is not None
                        and unit_after[0].base != "year"
                        and i > a
                        and canons[i - 1] in self.words.band_open
                        and any(canons[k] in self.words.band_and for k in range(i + 1, j))
                    )
                    # "skal være nul i 2026": zero after a bound verb, in a statement of aim
                    zero_aimed = (
                        j == i + 1
                        and t.canon in self.words.zero_words
                        and i - 1 >= a
                        and (
                            (
                                not self.words.intent.isdisjoint(canons[a : i - 1])
                                and (
                                    canons[i - 1] in self.words.bound_verbs
                                    # "will reduce the number waiting more than 52 weeks to zero", "ska
                                    # minska till noll": zero after "to", a verb of change before it
                                    or (
                                        canons[i - 1] in self.fw_to
                                        and any(
                                            self._change_verb(canons[k]) is not None for k in range(a, i - 1)
                                        )
                                    )
                                )
                            )
                            # "Målet er nul ulykker", "Målet er null skader": zero right after a target
                            # noun and "is", the count aimed at
                            or (
                                i - 2 >= a
                                and canons[i - 1] in self.is_words
                                and canons[i - 2] in self.words.target_nouns
                            )
                        )
                    )
                    # "Hver skole skal ha minst én helsesykepleier", "Der skal være mindst to sygeplejersker":
                    # a bound on a count of things in a statement of aim, the level aimed at (not a frequency,
                    # "mindst to gange om ugen", nor a part, "minst én av foreldrene")
                    bound_count = (
                        unit_after is None
                        and not (j == i + 1 and t.canon in self.words.article_words)  # "mindst et universitet
                        # i top ti": the article is as often a rank or a kind as a count ("én" is a count)
                        and j + 1 < b
                        and toks[j].kind == "word"
                        and canons[j] not in self.fw_of
                        and canons[j] not in self.words.frequency_nouns
                        and Role.NUMBER_WORD not in lex.roles(canons[j])
                        and self._measure_hedge(toks, canons, i, a) is not None
                        and not self.words.intent.isdisjoint(canons[a:i])
                    )
                    if (
                        followed_by_unit
                        or band_run
                        or zero_aimed
                        or bound_count
                        or (followed_by_dir and not single_ambiguous)
                        or self._word_from_to(canons, i, j, a, b)
                    ):
                        core1 = j
                        number_text = " ".join(canons[i:j])
                    elif self._goal_noun_after(canons, j, b) is not None and not (
                        single_ambiguous and t.canon in self.words.goal_articles
                    ):
                        self._goal_phrase(toks, canons, i, j, b)
                        i = j
                        continue
            if (
                t.kind == "num"
                and core1 > 0
                and self._goal_noun_after(canons, core1, b) is not None
                and t.text.isdigit()
            ):
                self._goal_phrase(toks, canons, i, core1, b)
            if core1 < 0:
                i += 1
                continue
            # the unit after the number (a stray dot "18. pct." and a scale "mio." allowed before it)
            j = core1
            unit = Unit.COUNT
            unit_text = ""
            scale_text = ""
            if (
                j < b
                and toks[j].text == "."
                and j + 1 < b
                and self._unit_at(canons, j + 1) is not None
                and not placeholder
            ):
                j += 1
            scale = lex.match(canons, j, Role.SCALE) if j < b else None
            if scale is not None and (self._unit_at(canons, j) or (Unit.COUNT, 0, ""))[1] >= scale.length:
                scale = None  # "40 m3", "5 t": the unit, not the scale word it starts with
            if scale is not None and t.kind == "num":
                scale_text = scale.canonical
                j += scale.length
                if j < b and toks[j].text == "." and len(scale.canonical) <= 3:
                    j += 1  # "2 mio. kr.": the abbreviation's dot; not the full stop of "1.6 million."
            found = self._unit_at(canons, j) if j < b else None
            if found is not None:
                unit, length, unit_text = found
                j += length
                again = self._unit_at(canons, j) if j < b else None
                if again is not None and again[0] is unit:
                    j += again[1]  # a doubled unit: "45% procent"
            elif factor is not None:
                unit = Unit.FACTOR
            elif share or (
                number_text
                and t.kind == "word"
                and not placeholder
                and lex.match(canons, i, Role.FRACTION) is not None
            ):
                unit = Unit.PERCENT
            # a currency mark before the number ("€2m", "£9.548 million"), then the hedge before both
            i0 = core0 = i - 1 if signed else i
            mark_text = rate_text = ""
            if (
                t.kind == "num"
                and i > a
                and unit is Unit.COUNT
                and Role.UNIT_PREFIX in lex.roles(canons[i - 1])
            ):
                mark = lex.match(canons, i - 1, Role.UNIT_PREFIX)
                if mark is not None and mark.length == 1:
                    i0 = core0 = i - 1
                    mark_text = mark.canonical
                    unit, length, rate_text = self._rate(canons, j, Unit(mark.extra), 0, "")
                    j += length  # "£24m a year": the rate after the number
            hedge = self._phrase_before(toks, canons, core0, Role.HEDGE)
            hedge_text = ""
            if hedge is not None:
                i0 = core0 - hedge.length
                hedge_text = hedge.canonical
                if i0 in no_one_caps and hedge.extra == "above":
                    hedge_text = lex.data.hedges["at_most"][0]  # "Ingen ... mere end 8 uger": at most 8
            elif (_measured(unit) or (unit is Unit.COUNT and t.kind == "num") or unit.base in _MONEY) and (
                found_hedge := self._measure_hedge(toks, canons, core0, a)
            ) is not None:
                # "må højst være 2 måneder", "må i 2026 højst udgøre 287,4 mia. kr.": the bound stands before
                # the verb
                hedge, i0 = found_hedge
                hedge_text = hedge.canonical
            elif (
                unit is Unit.PERCENT
                and (found_hedge := self._measure_hedge(toks, canons, core0, a)) is not None
                and found_hedge[0].extra in ("at_least", "at_most")
            ):
                # "at frafaldet højst er 15 pct.": a floor or a ceiling before the verb, the figure's hedge
                # (the figure still starts at its number: the rules read the verb just before it)
                hedge_text = found_hedge[0].canonical
            hedge_after = 0
            if not hedge_text and j < b and canons[j] in starts[Role.HEDGE_AFTER]:
                bound = lex.match(canons, j, Role.HEDGE_AFTER)
                if bound is not None:  # "3 pct. eller derunder" is read as "højst 3 pct."
                    hedge_text, hedge_after = lex.data.hedges[bound.extra][0], bound.length
                    j += bound.length
            if (
                unit is Unit.PERCENT
                and j < b
                and canons[j] in self.fw_of
                and self._of_the_target(toks, canons, j, b)
            ):
                i = max(j, i + 1)  # "halvdelen af målet", "19 per cent of the year's target": progress
                continue
            parts = (hedge_text, mark_text, number_text, scale_text, unit_text, rate_text)
            canonical = " ".join([x for x in [x.strip() for x in parts if x] if x])
            figs.append(Fig(i0, core0, core1, j, unit, canonical, placeholder, factor, share=share))
            figs[-1].hedge_after = hedge_after
            if scale_text or (unit_text and unit is Unit.KR):  # "mio. kr.", "mnkr", "MNOK"
                scaled[len(figs) - 1] = " ".join(
                    x.strip() for x in (scale_text, unit_text, rate_text) if x.strip()
                )
            i = max(j, i + 1)
        self._share_scale(figs, scaled, canons)
        self._percent_noun(figs, toks, canons, a)
        if self.words.band_open and figs:
            figs = self._bands(figs, toks, canons, a, b)
        return figs

    def _dash_band(self, toks: list[Tok], canons: list[str], i: int, a: int, b: int) -> bool:
        """Whether the numbers at ``i`` and ``i + 2``, a dash between them, are the ends of a band ("5-7
        pct.", "4–5%", "40–50 procent"): two plain numbers, no year, the first below the second, and a
        percent, points or a unit of measure after the second (a time only after a word that states a level or
        a change: "på 4-6 uger"), in a sentence with a word of aim ("skal", "målet", "should"): a range
        elsewhere is an estimate ("havde vi set en stigning på 2-3 pct."). Not a date ("5-7 maj"), a score
        ("1-5"), an age ("18-24 år") nor a page range."""
        first, second = toks[i], toks[i + 2]
        if (
            _is_year(first)
            or _is_year(second)
            or (i > a and toks[i - 1].kind == "sym" and toks[i - 1].text in "-–/")
        ):
            return False
        found = self._unit_at(canons, i + 3)
        made = (  # "Der skal bygges 150-200 boliger": a band of things to make or to have, no unit
            found is None
            and i > a
            and (canons[i - 1] in self.words.making_verbs or canons[i - 1] in self.words.having_verbs)
            and i + 3 < b
            and toks[i + 3].kind == "word"
        )
        if not made and (
            found is None
            or found[0].base == "year"
            or (
                found[0] is not Unit.PERCENT
                and found[0] is not Unit.PERCENTAGE_POINT
                and not _measured(found[0])
            )
        ):
            return False
        if (
            found is not None
            and found[0].base in _TIME_UNITS
            and not (
                i > a
                and (
                    canons[i - 1] in self.words.level_prepositions
                    or canons[i - 1] in self.words.change_prepositions
                    or canons[i - 1] in self.words.copulas
                )
            )
        ):
            return False
        if self.words.intent.isdisjoint(canons[a:b]):
            return False
        low, high = (
            _read(first.text, self.language, self.policy, None),
            _read(second.text, self.language, self.policy, None),
        )
        return (
            low is not None
            and high is not None
            and low.value is not None
            and high.value is not None
            and low.value < high.value
        )

    def _band_closes(self, toks: list[Tok], canons: list[str], i: int, a: int) -> bool:
        """Whether the number at token ``i`` closes a band in a unit of measure ("mellem 4 og 6 uger": the
        band word, a number and the joining word before it); not an age ("mellem 18 og 25 år")."""
        unit = self._unit_at(canons, i + 1)
        return (
            unit is not None
            and unit[0].base != "year"
            and i - 3 >= a
            and canons[i - 1] in self.words.band_and
            and toks[i - 2].kind == "num"
            and canons[i - 3] in self.words.band_open
        )

    def _bands(self, figs: list[Fig], toks: list[Tok], canons: list[str], a: int, b: int) -> list[Fig]:
        """Two figures that are the ends of a band, one figure: "mellem 5 og 6 pct.", "between 5% and 6%"
        (the band word, a number, the joining word, a number with its unit; no hedge, placeholder, factor or
        share, and the first in the unit of the second or a bare number). Years and ages never reach here:
        they are no figures ("mellem 2024 og 2027", "mellem 18 og 25 år")."""
        out: list[Fig] = []
        k = 0
        while k < len(figs):
            first = figs[k]
            second = figs[k + 1] if k + 1 < len(figs) else None
            if (  # "mellem fem og seks uger": one run of number words holds both ends
                first.i0 == first.core0
                and first.i0 - 1 >= a
                and canons[first.i0 - 1] in self.words.band_open
                and toks[first.core0].kind == "word"
                and any(canons[m] in self.words.band_and for m in range(first.core0 + 1, first.core1))
            ):
                canonical = f"{canons[first.i0 - 1]} {first.canonical}"
                out.append(Fig(first.i0 - 1, first.core0, first.core1, first.i1, first.unit, canonical))
                k += 1
                continue
            if (
                second is not None
                and first.i0 - 1 >= a
                and canons[first.i0 - 1] in self.words.band_open
                and self._two_ends(first, second, canons, b, self.words.band_and)
            ):
                canonical = f"{canons[first.i0 - 1]} {first.canonical} {canons[first.i1]} {second.canonical}"
                out.append(Fig(first.i0 - 1, first.core0, second.core1, second.i1, second.unit, canonical))
                k += 2
                continue
            if second is not None and (band := self._change_band(first, second, canons, a, b)) is not None:
                out.append(band)  # "by 40 to 45 per cent": a change of the band, not a count and a level
                k += 2
                continue
            if second is not None and (guess := self._guesses(first, second, canons, b)) is not None:
                out.append(guess)  # "£8m or £9m less": one figure stated as two guesses, the first as written
                k += 2
                continue
            out.append(first)
            k += 1
        return out

    def _two_ends(
        self, first: Fig, second: Fig, canons: list[str], b: int, joiners: AbstractSet[str]
    ) -> bool:
        """Whether ``first`` and ``second`` are two plain figures (no placeholder, factor or share, no word
        of their own before them) with one of ``joiners`` alone between them, in one unit (a bare first
        number takes the second's), and no years: the two ends of a band or two guesses."""
        return (
            first.i1 < b
            and canons[first.i1] in joiners
            and second.i0 == first.i1 + 1
            and all(
                f.i0 == f.core0 and not f.placeholder and f.factor is None and not f.share
                for f in (first, second)
            )
            and first.unit in (Unit.COUNT, second.unit)
            and second.unit.base != "year"
        )

    def _change_band(self, first: Fig, second: Fig, canons: list[str], a: int, b: int) -> Fig | None:
        """The two figures as one band, when a word of change's preposition stands before a bare number, the
        word "to" of the language alone between it and a percent or points, the first below the second ("fall
        by 40 to 45 per cent", "minska med 40 till 45 procent", "fell by 40 to 45 per cent"): a change stated
        as a band (as "by between 40 and 45 per cent" is), not a change of 40 and a level of 45; a
        from-to ("from 40 to 45 per cent") has no such preposition before it. Else ``None``."""
        fw = self.lex.data.function_words
        if (
            first.i0 - 1 < a
            or canons[first.i0 - 1] not in self.words.change_prepositions
            or first.unit is not Unit.COUNT
            or second.unit not in (Unit.PERCENT, Unit.PERCENTAGE_POINT)
            or not self._two_ends(first, second, canons, b, fw["to"])
        ):
            return None
        low = _read(first.canonical, self.language, self.policy, None)
        high = _read(second.canonical, self.language, self.policy, None)
        if low is None or high is None or low.value is None or high.value is None or low.value >= high.value:
            return None
        opener, joiner = min(self.words.band_open), min(self.words.band_and)
        canonical = f"{opener} {first.canonical} {joiner} {second.canonical}"
        if _read(canonical, self.language, self.policy, None) is None:
            return None
        return Fig(first.i0, first.core0, second.core1, second.i1, second.unit, canonical)

    def _guesses(self, first: Fig, second: Fig, canons: list[str], b: int) -> Fig | None:
        """The two figures as one, when an "or" word (the language's ``band_or``) alone stands between them
        and they read as two guesses at one amount ("£8m or £9m", "8 eller 9 mnkr"; see
        :func:`sudgoals.numbers.read_figure`); else ``None``."""
        if not self._two_ends(first, second, canons, b, self.words.band_or):
            return None
        canonical = f"{first.canonical} {canons[first.i1]} {second.canonical}"
        if _read(canonical, self.language, self.policy, None) is None:
            return None
        return Fig(first.i0, first.core0, second.core1, second.i1, second.unit, canonical)

    def _of_the_target(self, toks: list[Tok], canons: list[str], j: int, b: int) -> bool:
        """Whether the percent or fraction ending before ``j`` (an "of" word) is a share of the target
        itself ("lidt over halvdelen af målet", "19 per cent of the year's target", "drygt hälften av
        målet"): how far a goal has come, not a figure of a target. The target noun must end the phrase
        ("af målgruppen", "of the target population" are shares of a group)."""
        nouns = self.words.target_nouns
        for k in range(j + 1, min(j + 6, b)):
            if canons[k] in nouns:
                after = toks[k + 1] if k + 1 < b else None
                return (
                    after is None
                    or after.kind != "word"
                    or canons[k + 1] in self._after_target
                    or (k + 2 < b and toks[k + 2].kind == "num")  # "af målet for 2027"
                )
            if toks[k].kind != "word" and toks[k].text not in "'’":
                return False
        return False

    def _share_scale(self, figs: list[Fig], scaled: dict[int, str], canons: list[str]) -> None:
        """The start of a from-to written as a bare number takes the scale and unit of its end: "fra 250
        til 237,5 mill. kroner" is 250 million kroner, not 250 kroner (nor "from 1.2 to 1.5 bn")."""
        for k, tail in scaled.items():
            if k == 0 or k - 1 in scaled:
                continue
            a, b = figs[k - 1], figs[k]
            if (
                a.unit is Unit.COUNT
                and a.i1 == a.core1
                and not a.placeholder
                and a.factor is None
                and not a.share
                and b.i0 == a.i1 + 1
                and canons[a.i1] in self.fw_to
                and a.i0 > 0
                and canons[a.i0 - 1] in self.fw_from
            ):
                a.canonical = f"{a.canonical} {tail}"
                a.unit = b.unit

    def _percent_noun(self, figs: list[Fig], toks: list[Tok], canons: list[str], a: int) -> None:
        """A bare number right after a level preposition after a compound ending in the language's percent
        word is a share: "en genanvendelsesprocent på 55" is 55 percent, not 55 things."""
        for f in figs:
            if (
                f.unit is Unit.COUNT
                and f.i0 == f.core0
                and f.i1 == f.core1
                and not f.placeholder
                and f.factor is None
                and not f.share
                and f.i0 - 2 >= a
                and toks[f.core0].kind == "num"
                and canons[f.i0 - 1] in self.lex.data.level_prepositions
                and (
                    any(
                        canons[f.i0 - 2].endswith(word) and len(canons[f.i0 - 2]) > len(word)
                        for word in self._percent_words
                    )
                    or self._share_subject(toks, canons, a, f.core0)
                )
            ):
                f.unit = Unit.PERCENT
                f.canonical = f"{f.canonical} {self._percent_words[0]}"

    def _share_subject(self, toks: list[Tok], canons: list[str], a: int, i: int) -> bool:
        """Whether the sentence opens with a share noun in the definite form ("Beskæftigelsesprocenten",
        "Andelen"; the language's ``share_subjects``) a few words before the bare number at ``i``, with no
        other number between them, and the number can be a share (at most 100): "Beskæftigelsesprocenten skal
        op på 78 i 2030" is 78 percent."""
        whole = toks[i].text.split(",")[0]
        return (
            i - a <= 6
            and canons[a].endswith(self.lex.data.share_subjects)
            and whole.isdigit()
            and int(whole) <= 100
            and not any(toks[k].kind == "num" for k in range(a + 1, i))
        )

    def _word_from_to(self, canons: list[str], i: int, j: int, a: int, b: int) -> bool:
        """Whether the number words ``canons[i:j]`` are an end of a from-to after a direction word, with a
        unit after its second end: "reduseres fra ni til seks uker", "cut from nine to six weeks" (a duration
        "fra to til tre uker" with no direction word before it is no figure)."""
        lex = self.lex

        def words_end(k: int) -> int:
            while k < b and Role.NUMBER_WORD in lex.roles(canons[k]):
                k += 1
            return k

        if i - 2 >= a and canons[i - 1] in self.fw_from and self._dir_of_any(canons[i - 2]) is not None:
            unit = self._unit_at(canons, j)  # "fra ni uker til seks uker": the unit may stand at both ends
            to = j + unit[1] if unit is not None else j
            if to < b and canons[to] in self.fw_to:
                k = words_end(to + 1)
                return k > to + 1 and self._unit_at(canons, k) is not None
            return False
        if i - 2 > a and canons[i - 1] in self.fw_to and self._unit_at(canons, j) is not None:
            k = i - 2
            if (
                k > a
                and Role.NUMBER_WORD not in lex.roles(canons[k])
                and self._unit_at(canons, k) is not None
            ):
                k -= 1  # "fra ni uker til seks uker"
            top = k
            while k > a and Role.NUMBER_WORD in lex.roles(canons[k]):
                k -= 1
            return k < top and canons[k] in self.fw_from and self._dir_of_any(canons[k - 1]) is not None
        return False

    def _measure_hedge(
        self, toks: list[Tok], canons: list[str], i: int, a: int
    ) -> tuple[PhraseHit, int] | None:
        """The bound before a figure in a unit of measure that makes it a standard, and where it starts:
        "højst 2 måneder", "at least 10 days", "(skal) være under 4 uger", "be under 4 weeks", "må højst være
        2 måneder" (the verbs are the language's ``bound_verbs``). ``None`` for a threshold that names a
        group ("waiting over 12 months", "unge under 30 år") and for vague hedges ("i ca. 2 år")."""
        hedge = self._phrase_before(toks, canons, i, Role.HEDGE)
        if hedge is not None:
            start = i - hedge.length
            if hedge.extra in ("at_least", "at_most"):
                return hedge, start
            verb = start - 1 >= a and (  # "skal ned under 4 uger": the particle of a verb of change too
                canons[start - 1] in self.words.bound_verbs
                or canons[start - 1] in self.words.up_down
                # "Ventetiden skal under 50 dager": a modal of aim with no verb after it, and a ceiling
                or (
                    hedge.extra == "below"
                    and canons[start - 1] in self.words.intent
                    and canons[start - 1] not in self.words.target_nouns
                )
            )
            capped = (
                canons is self.canons and start in self._no_one_caps
            )  # "Ingen skal vente mere end 8 uger"
            if hedge.extra in ("above", "below") and (verb or capped):
                return hedge, start
            return None
        if i - 1 > a and canons[i - 1] in self.words.bound_verbs:
            hedge = self._phrase_before(toks, canons, i - 1, Role.HEDGE)
            if hedge is not None and hedge.extra in ("at_least", "at_most", "above", "below"):
                return hedge, i - 1 - hedge.length
            # "højst må være 30 dage": the bound, then the modal and the verb
            if i - 2 > a and canons[i - 2] in self.words.intent:
                hedge = self._phrase_before(toks, canons, i - 2, Role.HEDGE)
                if hedge is not None and hedge.extra in ("at_least", "at_most"):
                    return hedge, i - 2 - hedge.length
        return None

    def _verb_before_factor(
        self, toks: list[Tok], canons: list[str], i: int, end: int, *, a: int, b: int
    ) -> int | None:
        """Where the verb of change stands that a factor phrase after its object completes ("cut the number
        of households ... in half", "Madspildet skal skæres ned til det halve"): the nearest in the clause, at
        most twelve words back; ``None`` when there is none, or when a unit, or "of" and a word of time,
        follows ("in half an hour", "frem til halvdelen af perioden": a time, not a factor)."""
        if any(self._unit_at(canons, k) is not None for k in range(end, min(end + 2, b))):
            return None
        if end + 1 < b and canons[end] in self.fw_of and canons[end + 1] in self.words.time_words:
            return None  # "reduceres frem til halvdelen af perioden": a part of a time, not a factor
        for k in range(i - 1, max(a, i - 12) - 1, -1):
            if toks[k].kind != "word":
                return None
            if self._change_verb(canons[k]) is not None:
                return k
        return None

    def _fraction_at(self, canons: list[str], k: int) -> int | None:
        """Where the fraction phrase that opens at token ``k`` ends ("en tredjedel", "halvparten"), if any."""
        if k >= len(canons) or canons[k] not in self.lex.starts[Role.FRACTION]:
            return None
        hit = self.lex.match(canons, k, Role.FRACTION)
        return None if hit is None else k + hit.length

    def _fraction_from_to(self, canons: list[str], prep: int, end: int, a: int, b: int) -> bool:
        """Whether the fraction phrase that ends at ``end``, right after the word at ``prep``, is an end of a
        from-to whose other end is a fraction phrase too ("skal økes fra en tredjedel til halvparten"): a
        share each, not a factor or a part of something."""
        if prep < a:
            return False
        if canons[prep] in self.fw_from:
            return end < b and canons[end] in self.fw_to and self._fraction_at(canons, end + 1) is not None
        if canons[prep] not in self.fw_to:
            return False
        return any(
            canons[k] in self.fw_from and self._fraction_at(canons, k + 1) == prep
            for k in range(max(a, prep - 5), prep)
        )

    def _not_a_factor_after(self, canons: list[str], verb: int, phrase: str) -> bool:
        """Whether a factor phrase after its object ("til halvparten"), whose verb of change stands at
        ``verb``, is the share a level reaches instead: the verb goes the other way than the factor ("Andelen
        skal økes (fra en tredjedel) til halvparten": up to one half, no halving)."""
        factor = self.lex.data.factor_words.get(phrase)
        way = self._change_verb(canons[verb])
        return factor is not None and way is not None and (way is Direction.UP) != (factor > 1)

    def _change_to_before(self, toks: list[Tok], canons: list[str], i: int, a: int) -> bool:
        """Whether "til"/"to" stands before token ``i`` (a hedge may stand between: "til under seks uker")
        with a verb of change before it, right before ("reduseres til seks uker") or with a few words of its
        object between ("lower waiting times to under six weeks", "redusere ventetiden til seks uker")."""
        to = self._before_hedge(toks, canons, i)
        if to - 1 < a or canons[to] not in self.fw_to:
            return False
        for k in range(to - 1, max(a, to - 5) - 1, -1):
            if self._change_verb(canons[k]) is not None:
                return True
            if toks[k].kind != "word" or canons[k] in self.fw_to:
                return False
        return False

    def _link_before(self, toks: list[Tok], canons: list[str], i: int) -> bool:
        """Whether a link ("svarende til", "or") ends just before token ``i``."""
        return self._phrase_before(toks, canons, i, Role.LINK) is not None

    def _glued_scale(self, toks: list[Tok], i: int) -> bool:
        """Whether the number at ``i`` has a scale glued to it after a currency mark ("€2m", "£1.5bn")."""
        nxt = toks[i + 1]
        return (
            i > 0
            and Role.UNIT_PREFIX in self.lex.roles(toks[i - 1].canon)
            and Role.SCALE in self.lex.roles(nxt.canon)
        )

    def _glued_unit(self, toks: list[Tok], canons: list[str], i: int) -> bool:
        """Whether the word glued to the number at ``i`` is a unit ("4,9procent", "12pct"): a percent,
        points or money unit, or a unit of measure of two letters or more ("20tons", "400kg", "12km"), or a
        scale with a unit after it ("1.2m tonnes"); not "2nd", "1gsningen" or a single letter ("5t" may be a
        footnote)."""
        found = self._unit_at(canons, i + 1)
        if found is None:  # a scale glued on, then a unit: "1.2m tonnes", "3bn litres", "2,5mio. kr."
            k = i + 2 if i + 2 < len(toks) and toks[i + 2].text != "." else i + 3
            return Role.SCALE in self.lex.roles(canons[i + 1]) and self._unit_at(canons, k) is not None
        return found[0] in (Unit.PERCENT, Unit.PERCENTAGE_POINT, Unit.KR) or len(toks[i + 1].text) >= 2

    def _minus_before(self, toks: list[Tok], canons: list[str], i: int, a: int) -> bool:
        """Whether a minus or a dash just before the number at ``i`` (one space at most between) is the sign
        of a level: after a word that states a level or the ends of a from-to ("uppgår till – 4,9procent",
        "was -2.3%", "fra -3,2 pct. til 0 pct."), or glued to the number after a colon ("Resultat: -2,1").
        A dash after a hedge or a change ("med cirka -11 procent": the direction said twice), between two
        figures ("10 - 15") or after a heading's word ("Ledighed – 3,1 pct.") is no sign."""
        if i - 2 < a:
            return False
        dash, word = toks[i - 1], toks[i - 2]
        if dash.kind != "sym" or dash.text not in ("-", "\u2212", "\u2013") or toks[i].start - dash.end > 1:
            return False
        canon = canons[i - 2]
        if canon in (":", "="):
            return toks[i].start == dash.end
        words = self.words
        if dash.start == word.end or not (
            canon in words.copulas
            or canon in words.level_prepositions
            or canon in self.fw_from_to
            or (
                toks[i].start == dash.end and self._link_before(toks, canons, i - 1)
            )  # "tilsvarer -0,9 prosent"
            # "I 2024 var det -0,9 prosent": a copula and its subject, then a minus glued to the number
            or (
                toks[i].start == dash.end
                and i - 3 >= a
                and word.kind == "word"
                and canons[i - 3] in words.copulas
            )
        ):
            return False
        # "et fald på -3 pct.", "decreased by -2%": the direction said twice, not a level below zero
        return not (
            canon in words.change_prepositions and i - 3 >= a and self._dir_of_any(canons[i - 3]) is not None
        )

    def _ocr_digits(self, toks: list[Tok], canons: list[str], i: int, b: int) -> str | None:
        """A number whose last digits OCR read as letters ("1O pct.", "2l %"), as digits ("10", "21"), when a
        unit follows; ``None`` otherwise ("1gsningen", "2nd" are no figures)."""
        tail = toks[i + 1].text
        if len(tail) > 3 or tail.strip("oOlI"):
            return None
        j = i + 2
        if j < b and toks[j].text == "." and j + 1 < b:
            j += 1
        if self._unit_at(canons, j) is None:
            return None
        return toks[i].text + tail.translate(_OCR_DIGITS)

    def _bound_hedge(self, toks: list[Tok], canons: list[str], f: Fig) -> bool:
        """Whether a hedge that bounds ("mindst", "højst", "at least", "up to") stands before figure ``f``."""
        if f.unit is Unit.COUNT:  # "skal være under 120", "må højst være 120": a bound by a bound verb
            return self._measure_hedge(toks, canons, f.core0, 0) is not None
        if f.i0 == f.core0:
            return False
        if _measured(f.unit) or f.unit.base in _MONEY:  # "må i 2026 højst udgøre 287,4 mia. kr."
            return self._measure_hedge(toks, canons, f.core0, 0) is not None
        hit = self._phrase_before(toks, canons, f.core0, Role.HEDGE)
        return hit is not None and hit.extra in ("at_least", "at_most")

    def _ranked(self, canons: list[str], i: int, a: int) -> bool:
        """Whether a word of a place in a ranking stands before the number at ``i`` ("nummer 3 ud af 27",
        "plats nr. 4 av 27"): the two numbers are a place among so many, not a share."""
        k = i - 1
        if k > a and canons[k] == ".":
            k -= 1  # "nr. 3"
        return k >= a and canons[k] in self.lex.data.rank_words

    def _ratio_at(self, toks: list[Tok], canons: list[str], j: int, b: int) -> int | None:
        """The end of "ud af 3" / "out of 3" / "in 5" at ``j`` (the words of a share between two whole
        numbers; the second not a year), or ``None``."""
        for phrase in self._ratio_phrases:
            k = j + len(phrase)
            if (
                k < b
                and tuple(canons[j:k]) == phrase
                and toks[k].kind == "num"
                and toks[k].text.isdigit()
                and not _is_year(toks[k])
                and not (k + 1 < b and toks[k + 1].text in "-–/" and toks[k + 1].start == toks[k].end)
            ):
                return k + 1
        return None

    def _placeholder_in_use(self, canons: list[str], j: int, b: int) -> bool:
        """Whether an "X" stands for a figure: a unit or a count word follows it ("X pct.", "X flere")."""
        if j < b and canons[j] == "." and j + 1 < b:
            j += 1
        return j < b and (canons[j] in self.adjective_dirs or self._unit_at(canons, j) is not None)

    def _goal_noun_after(self, canons: list[str], j: int, b: int) -> int | None:
        """End of a goal noun standing right after ``j``, with at most two lower-case adjectives between."""
        goal_starts = self.lex.starts[Role.GOAL_NOUN]
        for k in range(j, min(j + 3, b)):
            hit = self.lex.match(canons, k, Role.GOAL_NOUN) if canons[k] in goal_starts else None
            if hit is not None:
                return k + hit.length
            if not canons[k].isalpha() or canons[k] != canons[k].lower() or self.toks[k].text[:1].isupper():
                return None
        return None

    def _stated_count(self, toks: list[Tok], canons: list[str], i: int, j: int) -> int | None:
        """The count of goals ``toks[i:j]`` state ("syv", "10"), when it is a whole number from 1 to 200."""
        from sudgoals.numbers import word_number

        if toks[i].kind == "num":
            try:
                stated = int(toks[i].text)
            except ValueError:
                return None
        else:
            value = word_number(" ".join(canons[i:j]), self.language)
            if value is None or value.denominator != 1:
                return None
            stated = int(value)
        return stated if 1 <= stated <= 200 else None

    def _goal_phrase(self, toks: list[Tok], canons: list[str], i: int, j: int, b: int) -> None:

        end = self._goal_noun_after(canons, j, b)
        if end is None:
            return
        # the colon closes the same statement, within reach (bounded: a text without full stops stays linear)
        colon = next((k for k in range(end, min(b, end + _MAX_SCAN)) if toks[k].text == ":"), None)
        if colon is None:
            # "Byrådet har fire pejlemærker for ældreområdet." above "Pejlemærke 1 – ..." headings
            stated_count = self._stated_count(toks, canons, i, j)
            if stated_count is not None:
                span = self.doc.span(toks[i].start, toks[end - 1].end)
                self.heading_goal_phrases.append((span, stated_count, canons[end - 1], toks[end - 1].end))
            return
        # only the last clause before the colon: "syv delmål frem mod 2017, der ...:" is fine
        if colon + 1 < b and not (toks[colon + 1].kind == "num" and self.is_list_mark(toks, colon + 1)):
            return
        stated = self._stated_count(toks, canons, i, j)
        if stated is None:
            return
        span = self.doc.span(toks[i].start, toks[end - 1].end)
        self.goal_phrases.append((span, stated, toks[colon].end, len(self.blocks_seen)))
