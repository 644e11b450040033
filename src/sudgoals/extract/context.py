"""What stands around a figure: times, units, hedges, words of direction and of aim.

A stage of the extractor; :class:`sudgoals.extract.engine._Extractor` is the last class of the chain."""

from __future__ import annotations

from collections.abc import Sequence

from sudgoals.extract.blocks import BlockReader
from sudgoals.extract.lexicon import PhraseHit, Role
from sudgoals.extract.parts import _TIME_UNITS, Fig, Tok, _is_year, _measured
from sudgoals.model import Direction, Unit


class ContextReader(BlockReader):
    """What stands around a figure: times, units, hedges, words of direction and of aim."""

    def _phrase_before(self, toks: list[Tok], canons: list[str], i: int, role: Role) -> PhraseHit | None:
        """The longest phrase of ``role`` that ends just before token ``i``."""
        if i == 0 or canons[i - 1] not in self.lex.ends[role]:
            return None  # no phrase of the role ends with this word (the usual case, decided in one lookup)
        best: PhraseHit | None = None
        first_words = self.lex.starts[role]
        for length in range(1, 6):
            s = i - length
            if s < 0:
                break
            if canons[s] not in first_words:
                continue
            hit = self.lex.match(canons, s, role)
            if hit is not None and hit.length == length and (best is None or hit.length > best.length):
                best = hit
        return best

    def _made_after(self, canons: list[str], i: int, b: int) -> bool:
        """Whether at most four words after token ``i`` (what a count counts) come a word of intent, "be" or
        not, and a verb of making ("homes will be built", "bostäder ska byggas")."""
        passives = self.words.making_passives
        if not passives:
            return False
        for k in range(i, min(i + 5, b - 1)):
            if canons[k] in self.words.intent:
                m = k + 1 if canons[k + 1] not in self.words.bound_verbs else k + 2
                return m < b and canons[m] in passives
            if not canons[k].isalpha():
                return False
        return False

    def _from_at(self, toks: list[Tok], canons: list[str], i: int, a: int) -> int | None:
        """The index of the "fra"/"from" that stands just before token ``i``, alone, opening a baseline mark
        ("fra et udgangspunkt på 40 til 120", "fra dagens 40 til 120", "fra et niveau på 40 til 120") or
        before at most three filler words ("från i snitt 120 dagar", "from an average of 11 days")."""
        if i - 1 < a:
            return None
        if canons[i - 1] in self.fw_from:
            return i - 1
        mark = self._phrase_before(toks, canons, i, Role.BASELINE_MARK)
        if mark is not None and i - mark.length >= a and canons[i - mark.length] in self.fw_from:
            return i - mark.length
        return self._from_over_fillers(canons, i - 1, a, most=3)  # "from an average of 11 days"

    def _from_over_fillers(self, canons: list[str], k: int, a: int, *, most: int | None) -> int | None:
        """The index of the "fra"/"from" reached from token ``k`` back over filler words ("från i snitt",
        "from an average of"; at most ``most`` of them, any number for ``None``); ``None`` when the words
        before the fillers are no "from"."""
        low = a if most is None else max(a, k - most)
        fillers = self.words.fillers
        while k > low and canons[k] in fillers:
            k -= 1
        return k if k >= a and canons[k] in self.fw_from else None

    @staticmethod
    def _reaches_gap(toks: list[Tok], end: int, lp: int) -> bool:
        """Whether the tokens from ``end`` (just after a change) to the level preposition at ``lp`` may stand
        between a change and the level it reaches: at most six, words and years ("steget med 13 procent på
        to år til 6.431"), and a comma only right before the preposition ("reduceres med 10 pct., til ca.
        450", "grown by 14 per cent. since 1995, to 6,810")."""
        return 0 <= lp - end <= 6 and all(
            toks[k].kind == "word" or _is_year(toks[k]) or (k == lp - 1 and toks[k].text == ",")
            for k in range(end, lp)
        )

    def _time_span(self, canons: list[str], i: int, j: int, a: int, figs: list[Fig] | None = None) -> bool:
        """Whether the number at ``i`` and the unit at ``j`` after it are the span of years a change took,
        after a span preposition and a word of change or the figure of a change ("halveret på ti år", "steget
        på 5 år", "faldet med 30 pct. på 10 år", "minskat med 3 000 ton på 10 år"): a period, not a
        figure."""
        unit = self._unit_at(canons, j)
        if (
            unit is None
            or unit[0].base != "year"
            or i - 2 < a
            or canons[i - 1] not in self.words.span_prepositions
        ):
            return False
        if self._change_verb(canons[i - 2]) is not None:
            return True
        # the figure of a change ends right before the preposition ("med 30 pct. på 10 år")
        last = figs[-1] if figs else None
        return (
            last is not None
            and last.i1 == i - 1
            and any(self._change_verb(c) is not None for c in canons[max(a, last.i0 - 6) : last.i0])
        )

    def _time_now(self, toks: list[Tok], canons: list[str], i: int, a: int, b: int) -> bool:
        """Whether the number at ``i`` is a time (days, weeks, months, hours; no years) after a copula, in a
        sentence that opens with when it speaks of ("I dag er ventetiden 84 dage", "I 2024 var den 84
        dage", "Today the waiting time is 84 days") or whose clause closes with the year it speaks of
        ("Sickness absence averaged 10.2 days in 2023"): where an indicator stands, a figure the cascade may
        read as the baseline of a level in the same unit stated before or after."""
        unit = self._unit_at(canons, i + 1)
        if unit is None or unit[0].base == "year" or not _measured(unit[0]):
            return False
        back = self._before_hedge(toks, canons, i)
        mark = self._phrase_before(toks, canons, back + 1, Role.BASELINE_MARK)
        if mark is not None and back - mark.length >= a and toks[back - mark.length].text == "(":
            return True  # "to 28 days (currently 41 days)", "till 28 dagar (i dag 41 dagar)"
        if back < a or back - a > 12:
            return False
        copula = next((k for k in range(a, back + 1) if canons[k] in self.words.copulas), None)
        if copula is None:  # "I dag er ventetiden 84 dage", "Today the waiting time is 84 days"
            # "I dag venter borgerne i gennemsnit 58 dage": a sentence that opens with "today" and states no
            # aim, in a paragraph that does
            return (
                self._opens_now(toks, canons, a, back)
                and self._names_a_time(canons, a, i)
                and self._status_beside_aim(toks, canons, a, b, i)
            )
        if mark is not None and back - mark.length >= copula:
            return True  # "Ventetiden er i dag 3 uker", "is currently 41 days": "now" after the copula
        k = i + 1 + unit[1]
        if k < len(toks) and _is_year(toks[k]) and not (k + 1 < len(toks) and toks[k + 1].kind == "word"):
            return True  # "Väntetiden var i genomsnitt 9 veckor 2024": the year it stood in, right after
        if (
            back - 1 >= copula
            and canons[back] in self.words.copulas
            and canons[back - 1] in self.words.copulas
        ):
            return True  # "Sagsbehandlingstiden er nu 38 dage": a copula and "now" right before it
        if self._compared_time(toks, canons, i, copula, unit[0]):
            return True  # "... er nu 38 dage mod 45 dage sidste år": the time compared with
        preps = self.words.year_prepositions
        for j in range(a, min(a + 4, copula)):
            if self.lex.match(canons, j, Role.BASELINE_MARK) is not None:
                return True
            # "I 2024", "I december 2024", "Ved udgangen af 2024": a year preposition (of one word or
            # opening the sentence with several), a month between or not, and a year
            y = j + 2 if j + 2 < copula and canons[j + 1] in self._months else j + 1
            opened = canons[j] in preps or " ".join(canons[a : j + 1]) in preps
            if opened and y < copula and _is_year(toks[y]):
                return True
        # "Sickness absence averaged 10.2 days per employee in 2023": the year it stood in closes the clause
        for j in range(i + 2, min(i + 8, len(toks) - 1)):
            if toks[j].text in ".;:,":
                break
            # (a month between, the copula right before the time: "was 21.1 weeks in October 2024")
            month = j + 2 < len(toks) and canons[j + 1] in self._months and canons[back] in self.words.copulas
            if canons[j] in self.words.year_prepositions and _is_year(toks[j + 2 if month else j + 1]):
                return True
        # "The average time to process a claim was 24 days. Our target is 18 days": the copula right before
        # it (over fillers: "var i gennemsnit"), no aim in its sentence, an aim beside it in the paragraph
        k = back
        while k > copula and canons[k] in self.words.fillers:
            k -= 1
        if k - 1 > copula and _is_year(toks[k]) and canons[k - 1] in self.words.year_prepositions:
            # "Ventetiden var i 2024 i gennemsnit 19 dage": the year it stood in between (prec15)
            k -= 2
            while k > copula and canons[k] in self.words.fillers:
                k -= 1
        return (
            k == copula
            and self._names_a_time(canons, a, copula)
            and self._status_beside_aim(toks, canons, a, b, i)
        )

    def _names_a_time(self, canons: list[str], a: int, end: int) -> bool:
        """Whether a word from ``a`` to ``end`` names a measure of time (``time_measures``, or a compound
        ending in one: "sagsbehandlingstiden"): "Ventetiden var 58 dage", not "Kurset var 10 uger"."""
        measures = self.words.time_measures
        return any(c in measures or c.endswith(self._time_measure_ends) for c in canons[a:end])

    def _count_now(self, toks: list[Tok], canons: list[str], i: int, a: int, b: int) -> bool:
        """Whether the number at ``i`` counts people as they stand (a word of ``status_counts`` after it, a
        word of ``status_verbs`` right before it, a hedge between allowed) beside an aim or a change in the
        paragraph ("I dag bor 52 300 personer i kommunen.", "I 2024 fikk 1 240 personer sosialhjelp. Målet er
        ..."): where the count stands. An event ("30 personer deltog") or a status alone is no figure."""
        if i + 1 >= b or canons[i + 1] not in self.words.status_counts:
            return False
        back = self._before_hedge(toks, canons, i)
        return (
            back >= a
            and canons[back] in self.words.status_verbs
            and self._status_beside_aim(toks, canons, a, b, i)
        )

    def _opens_now(self, toks: list[Tok], canons: list[str], a: int, back: int) -> bool:
        """Whether a phrase of now ("I dag", "Today", "Currently") opens the sentence that starts at ``a``
        and ends before ``back``."""
        hit = (
            self.lex.match(canons, a, Role.BASELINE_MARK)
            if canons[a] in self.lex.starts[Role.BASELINE_MARK]
            else None
        )
        return hit is not None and a + hit.length <= back and toks[a + hit.length - 1].kind == "word"

    def _status_beside_aim(self, toks: list[Tok], canons: list[str], a: int, b: int, i: int) -> bool:
        """Whether the figure at ``i`` in the sentence that starts at ``a`` states where something stands
        (no word of intent before it in its sentence) in a paragraph whose other sentences state an aim or a
        change (a word of intent, a target noun, a word of direction): the level the aim starts from. A
        status alone ("I dag bor 52 300 personer i kommunen.") is a fact, no figure."""
        intent = self.words.intent
        if any(canons[k] in intent for k in range(a, i)):
            return False
        if self._aims_of is not toks:
            self._aims_of = toks
            self._aims_at = [
                k
                for k, tok in enumerate(toks)
                if tok.kind == "word"
                and (
                    canons[k] in intent
                    or canons[k] in self.words.target_nouns
                    or self._dir_of_any(canons[k]) is not None
                )
            ]
        return any(not a <= k < b for k in self._aims_at)

    def _compared_time(self, toks: list[Tok], canons: list[str], i: int, copula: int, unit: Unit) -> bool:
        """Whether the number at ``i`` follows a comparison word of the language ("mod", "mot", "sammenlignet
        med") that follows a time in the same unit after ``copula`` ("er nu 38 dage mod 45 dage")."""
        for phrase in self._compared_words:
            start = i - len(phrase)
            if start - 2 > copula and canons[start:i] == phrase and toks[start - 2].kind == "num":
                before = self._unit_at(canons, start - 1)
                return before is not None and before[0] is unit
        return False

    def _time_aimed_at(self, toks: list[Tok], canons: list[str], i: int, a: int) -> bool:
        """Whether the number at ``i`` is a time (no years) right after a target noun, with a copula or "of"
        or nothing between ("The target is 8 days", "Målet är 8 dagar", "(target 30 days)"): the level aimed
        at; or a time a target noun and a time follow at once, as on a KPI line ("42 days (target 30 days)",
        "10.2 days | Target 8.0 days"): where the indicator stands."""
        unit = self._unit_at(canons, i + 1)
        if unit is None or unit[0].base == "year" or not _measured(unit[0]):
            return False
        back = self._before_hedge(toks, canons, i)
        if back >= a and canons[back] in self.words.target_nouns:
            return True
        if back >= a and self._target_label(toks, canons, back, a) is not None:
            return True  # "Target 2026: 8 days", "The target for 2026 is 8 days"
        if (
            back - 1 >= a
            and (canons[back] in self.is_words or canons[back] in self.fw_target_of)
            and canons[back - 1] in self.words.target_nouns
        ):
            return True
        k = i + 1 + unit[1]  # past the unit: "42 days (target 30 days)"
        if back == i - 1 and self._modal_be_before(canons, back, a) and self._year_after(toks, canons, k):
            return True  # "Sagsbehandlingstiden skal være 8 uger i 2027", "should be 40 MW by 2030"
        while k < len(toks) and toks[k].kind != "word" and toks[k].kind != "num" and k < i + 4 + unit[1]:
            k += 1
        return (
            k + 1 < len(toks)
            and canons[k] in self.words.target_nouns
            and toks[k + 1 + (toks[k + 1].text == ":")].kind == "num"
        )

    def _modal_be_before(self, canons: list[str], back: int, a: int) -> bool:
        """Whether the words that end at ``back`` are a modal of intent and a bound verb, "på" between or not
        ("skal være", "skal være på", "should be", "ska vara", "skal ligge på"): a level aimed at follows."""
        if back >= a and canons[back] in self.words.level_prepositions and canons[back] not in self.fw_to:
            back -= 1  # "skal være på 40 MW" (not "til": "skal ned til" ends a change)
        return (
            back - 1 >= a
            and canons[back] in self.words.bound_verbs
            and canons[back - 1] in self.words.intent
            and canons[back - 1] not in self.words.target_nouns
        )

    def _year_after(self, toks: list[Tok], canons: list[str], k: int) -> bool:
        """Whether the year a level is aimed at follows at ``k``, right after the figure and its unit: a year,
        or a preposition of time and a year ("i 2027", "by 2030", "år 2030", "innen 2028")."""
        if k < len(toks) and _is_year(toks[k]):
            return True
        return k + 1 < len(toks) and canons[k] in self.words.year_prepositions and _is_year(toks[k + 1])

    def _time_limit(
        self,
        toks: list[Tok],
        canons: list[str],
        i: int,
        a: int,
        b: int,
        *,
        unit_at: int | None = None,
        beside: Sequence[Fig] = (),
    ) -> bool:
        """Whether the number at ``i`` is a time (no years) right after a time-limit phrase of the language
        ("inden for 4 uger", "innen 14 dager"), in a statement of intent with no other number but years
        ("Borgerne skal have svar inden for 4 uger"): a standard to keep, the level aimed at. Beside another
        figure the time is part of what that figure counts ("95 pct. ... inden for fire timer"), a share in
        number words among the figures ``beside`` it included ("Fire ud af fem ... inden for 30 dage").
        The unit stands at ``unit_at`` (after a run of number words: "inden for fem hverdage"), else right
        after."""
        unit = self._unit_at(canons, i + 1 if unit_at is None else unit_at)
        if unit is None or unit[0].base == "year" or unit[0].base not in _TIME_UNITS:
            return False
        if not any(
            i - len(words) >= a and canons[i - len(words) : i] == words for words in self._time_limit_words
        ):
            return False
        if not any(
            canons[k] in self.words.intent and canons[k] not in self.words.target_nouns for k in range(a, i)
        ):
            return False
        if any(g.share and a <= g.i0 < b and not g.i0 <= i < g.i1 for g in beside):
            return False
        return all(k == i or toks[k].kind != "num" or _is_year(toks[k]) for k in range(a, b))

    def _target_label(self, toks: list[Tok], canons: list[str], before: int, a: int) -> int | None:
        """Where the target noun stands when the tokens up to ``before`` label the figure after them as the
        level aimed at: the noun, the year it is set for (a financial year, in brackets, after a word of
        ``target_year``), and a colon or a copula ("Target 2030:", "Target (2030):", "The target for 2026/27
        is", "Målet för 2026 är", "Mål:"); ``None`` otherwise. A number that is no year ("Target 2:", a
        numbered target) makes no label, nor a colon that opens a list ("tre mål: 1 Reduksjon ...": a number
        with a capital word after it)."""
        if before - 1 < a or not (toks[before].text == ":" or canons[before] in self.is_words):
            return None
        after = before + 2
        if (
            toks[before].text == ":"
            and after < len(toks)
            and toks[after].kind == "word"
            and toks[after].text[:1].isupper()
        ):
            return None
        k = before - 1
        if toks[k].text == ")" and k - 2 >= a and toks[k - 2].text == "(":
            k -= 1  # "Target (2030):"
        if toks[k].kind == "num":
            if k - 2 >= a and toks[k - 1].text in "/-–" and toks[k - 1].kind == "sym":
                k -= 2  # "2026/27", "2025-26"
            if not _is_year(toks[k]):
                return None
            k -= 1
            if k >= a and toks[k].text == "(":
                k -= 1
            if k >= a and canons[k] in self.fw_target_year:
                k -= 1
        elif k == before - 1 and toks[before].text != ":":
            return None  # "The target is": the plain copula is read where it stands
        return k if k >= a and canons[k] in self.words.target_nouns else None

    def _dummy_subject_before(self, canons: list[str], i: int, a: int) -> bool:
        """Whether a dummy subject ("der", "det", "there") stands among the four tokens before token ``i``
        (none before ``a``): "Der skal være 300 ...", "så der højst er 300 ...", "There should be at least
        120"."""
        return not self.words.existential.isdisjoint(canons[max(a, i - 4) : i])

    def _no_one_at(self, canons: list[str], i: int, b: int) -> int:
        """How many tokens the words of no one take at token ``i`` ("ingen": 1, "no one": 2), 0 where they do
        not stand."""
        for words in self._no_one:
            if i + len(words) <= b and tuple(canons[i : i + len(words)]) == words:
                return len(words)
        return 0

    def _no_one_aims(self, toks: list[Tok], canons: list[str], i: int, a: int, b: int) -> bool:
        """Whether "ingen" at ``i`` opens its sentence or clause (after a colon, a dash or "at") and a modal
        of aim follows within seven tokens and before any punctuation ("Ingen børn skal ...", "Nulvision:
        Ingen må ...", "Ingen unge under 25 år skal ..."): a level of zero aimed at, named by what follows."""
        if (
            i > a
            and not (toks[i - 1].kind == "sym" and toks[i - 1].text in ":–-,")
            and canons[i - 1] not in self.fw_that
        ):
            return False  # "Ingen ...", "Vision: Ingen ...", "Vi vil, at ingen ...", "By 2026, no one ..."
        for k in range(i + 1, min(i + 8, b)):  # "Ingen unge under 25 år skal ...": up to seven tokens on
            if toks[k].kind == "sym":
                return False  # "Ingen kan være i tvivl om, at vi skal ...": not past a comma or a stop
            if canons[k] in self.words.intent and canons[k] not in self.words.target_nouns:
                return True
        return False

    def _no_one_cap(self, toks: list[Tok], canons: list[str], i: int, b: int) -> int | None:
        """Where a bound of "more than" ("mere end", "mer enn", the language's ``above`` hedges) starts,
        before a number, in the clause "ingen" at ``i`` opens ("Ingen borger skal vente mere end 8 uger"):
        no one above N is N at most, not a level of zero; ``None`` when there is none."""
        starts = self.lex.starts[Role.HEDGE]
        for k in range(i + 1, min(i + 16, b)):
            if toks[k].kind == "sym":
                return None
            if canons[k] in starts and (hit := self.lex.match(canons, k, Role.HEDGE)) is not None:
                after = k + hit.length
                if (
                    hit.extra == "above"
                    and after < b
                    and (toks[after].kind == "num" or canons[after] in self.lex.starts[Role.ANY_FIGURE_WORD])
                ):
                    return k
        return None

    def _before_hedge(self, toks: list[Tok], canons: list[str], i: int) -> int:
        """The index of the token before token ``i`` and before a hedge that ends just before it ("med ca.
        300", "med næsten en fjerdedel": the index of "med"); -1 at the start."""
        hedge = self._phrase_before(toks, canons, i, Role.HEDGE)
        return i - 1 - (hedge.length if hedge is not None else 0)

    def _unit_at(self, canons: list[str], j: int) -> tuple[Unit, int, str] | None:
        if j >= len(canons) or canons[j] not in self.unit_starts:
            return None
        if canons is self.canons:  # asked several times per figure: remembered per token list
            units = self._units
            if j not in units:
                units[j] = self._find_unit(canons, j)
            return units[j]
        return self._find_unit(canons, j)

    def _find_unit(self, canons: list[str], j: int) -> tuple[Unit, int, str] | None:
        # points first: "procentpoint" and "percentage points" must not be read as percent
        for role, unit in (
            (Role.UNIT_POINTS, Unit.PERCENTAGE_POINT),
            (Role.UNIT_PERCENT, Unit.PERCENT),
            (Role.UNIT_KR, Unit.KR),
        ):
            hit = self.lex.match(canons, j, role)
            if hit is not None:
                return self._rate(canons, j, unit, hit.length, hit.canonical)
        hit = self.lex.match(canons, j, Role.UNIT_MEASURE)
        if hit is not None:  # "12.300 tons", "40 m³", "11,3 dage", "2 mio. euro"
            after = j + hit.length
            if (
                Unit(hit.extra).base == "year"
                and after < len(canons)
                and len(canons[after]) == 4
                and canons[after].isdigit()
                and canons[after][:2] in ("19", "20")
            ):
                return None  # "till 1 100 år 2027": the year it is, not a number of years
            return self._rate(canons, j, Unit(hit.extra), hit.length, hit.canonical)
        return None

    def _rate(self, canons: list[str], j: int, unit: Unit, length: int, text: str) -> tuple[Unit, int, str]:
        """A unit of measure with the rate phrases after it ("liter pr. person pr. døgn": l/person/day); a
        percent or points unit as it is."""
        if not unit.measure:
            return unit, length, text
        per: list[str] = []
        words = [text]
        k = j + length
        starts = self.lex.starts[Role.UNIT_PER]
        while k < len(canons) and canons[k] in starts:
            hit = self.lex.match(canons, k, Role.UNIT_PER)
            if hit is None or hit.extra in per:
                break
            per.append(hit.extra)
            words.append(hit.canonical)
            k += hit.length
        if not per:
            return unit, length, text
        return Unit("/".join((unit.value, *per))), k - j, " ".join(words)

    def _dir_of(self, canon: str) -> Direction | None:
        roles = self.lex.roles(canon)
        if not roles or Role.WEAK in roles:
            return None
        if Role.UP in roles:
            return Direction.UP
        if Role.DOWN in roles:
            return Direction.DOWN
        return None

    def _change_verb(self, canon: str) -> Direction | None:
        """The direction of the word right before a change preposition ("forlenges med", "minska med"),
        also when a lost space glued it to the word before ("65 årforlenges med tre måneder")."""
        return self._dir_of_any(canon) or self._glued_direction(canon)

    def _glued_direction(self, canon: str) -> Direction | None:
        """A direction verb of seven letters or more at the end of a word no lexicon knows: the word before
        it glued on by a lost space ("årforlenges"). Asked only of the word right before a change
        preposition."""
        if len(canon) < 9 or not canon.isalpha() or self.lex.roles(canon):
            return None
        for cut in range(1, len(canon) - 6):
            d = self._dir_of(canon[cut:])
            if d is not None:
                return d
        return None

    def _dir_of_any(self, canon: str) -> Direction | None:
        roles = self.lex.roles(canon)
        if Role.UP in roles:
            return Direction.UP
        if Role.DOWN in roles:
            return Direction.DOWN
        return None
