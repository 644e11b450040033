"""Sentences to targets: the claims of a sentence, their years and the targets they make.

A stage of the extractor; :class:`sudgoals.extract.engine._Extractor` is the last class of the chain."""

from __future__ import annotations

import itertools

from sudgoals import _regex
from sudgoals.errors import FigureSyntaxError, TooManyFiguresError
from sudgoals.extract.cascade import LooseCount, financial_year
from sudgoals.extract.lexicon import Role
from sudgoals.extract.parts import (
    _MAX_SCAN,
    _YEAR_TOKEN,
    Block,
    Draft,
    Fig,
    Role_,
    Tok,
    _is_year,
    _measured,
    _read,
)
from sudgoals.extract.roles import RoleReader
from sudgoals.judge import UNJUDGED
from sudgoals.model import (
    Direction,
    Equivalence,
    Figure,
    Statement,
    Target,
    TargetKind,
    Unit,
    replace,
    trusted,
)

_ITEM_FIRST_WORD = _regex.compile(r"\s*([^\W\d_]+)")  # the first word of a list item
_COORDINATED_GAP = 6  # at most this many words (and years) between a change and "og" before a second
# the readers in code that build a target from a sentence's words (a measured status when it states no aim)
_SENTENCE_READERS = frozenset(("engine.sentence", "engine.coordinated-change"))
_SPELLED_UNITS = frozenset({Unit.PERCENT, Unit.PERCENTAGE_POINT, Unit.KR})  # (see _Extractor._spelled)


_HYPHEN_BREAK = _regex.compile(r"(?<=[^\W\d_])-\s*\n\s*(?=[^\W\d_])")
_COMPOUND_BREAK = _regex.compile(r"(?<=\d)-[ \t]*\r?\n\s*(?=[^\W\d_])")
_EMPHASIS = _regex.compile(r"\*\*|__|`")


def _clean(text: str) -> str:
    if "\n" in text and "-" in text:
        text = _HYPHEN_BREAK.sub("", text)
        text = _COMPOUND_BREAK.sub("-", text)  # "CO2-\nudledningen": a compound's own hyphen stays
    if "**" in text or "__" in text or "`" in text:
        text = _EMPHASIS.sub("", text)  # Markdown emphasis and code marks are not words
    text = " ".join(text.split())
    return text.strip(" *_\"“”'’‘-–—,.;:")


class SentenceReader(RoleReader):
    """Sentences to targets: the claims of a sentence, their years and the targets they make."""

    def chunk(self, block: Block, start: int, end: int) -> None:
        self._in_item = block.kind != "para"
        toks = self.tokens(start, end)
        if not toks:
            return
        sentences = self.sentences(toks)
        produced_before = len(self.targets)
        first_sentence_figs = 0
        for index, (a, b) in enumerate(sentences):
            figs = self.figures(toks, a, b)
            if index == 0:
                first_sentence_figs = len(figs)
            self.sentence(toks, a, b, figs)
        if (
            block.kind != "para"
            and first_sentence_figs == 0
            and len(self.targets) == produced_before
            and sentences
            and not self._rank_after(sentences[1:])
        ):
            a, b = sentences[0]
            self._statement(block, toks, a, b)

    def _rank_after(self, sentences: list[tuple[int, int]]) -> bool:
        """Whether one of ``sentences`` (the item's after its first) states a place in a ranking, the figure
        of the item's goal ("Vi skal være blandt de 50 bedste i 2027")."""
        from sudgoals.extract.statements import states_rank

        canons = self.canons
        return any(states_rank(canons[a:b], self.words) for a, b in sentences)

    def _opens_with_count_adjective(self, block: Block) -> bool:
        """Whether the item opens with a count adjective that the scan for words of direction leaves out as
        weak ("More people in work"): such an item states a goal without a figure (see :meth:`_statement`)."""
        first = _ITEM_FIRST_WORD.match(self.text, block.content, block.end)
        return first is not None and first.group(1).lower() in self.adjective_dirs

    def _statement(self, block: Block, toks: list[Tok], a: int, b: int) -> None:
        canons = self.canons
        for k in range(a, b):
            d = self._dir_of(canons[k])
            if d is None and k == a and canons[k] in self.adjective_dirs:
                # an item that opens with a count adjective too weak elsewhere ("More people in work"): as
                # the goal sentences of a paragraph are read (statements.py), its opener gives the way
                d = Direction.UP if canons[k] in self.adjective_up else Direction.DOWN
            if d is None or toks[k].kind != "word":
                continue
            if canons[k] in self.adjective_dirs:
                ind = self._indicator_after(toks, canons, k + 1, b)
            else:
                ind = self._trim((a, k), toks, canons)
            if self.max_figures is not None and len(self.statements) >= self.max_figures:
                # each becomes a finding, as each figure does: bounded by the same limit
                raise TooManyFiguresError.of_goals(self.doc.path, self.max_figures)
            end = toks[b - 1].end
            span = self.doc.span(toks[a].start, end)
            indicator = self._text(toks, ind) if ind else ""
            self.statements.append(
                (
                    trusted(Statement, span=span, text=_clean(span.quote), direction=d, indicator=indicator),
                    block.number,
                )
            )
            return

    def sentence(self, toks: list[Tok], a: int, b: int, figs: list[Fig]) -> None:
        canons = self.canons
        if a < b:
            self.sentence_starts.append(toks[a].start)
        if len(figs) >= 2:
            self._equivalences(toks, canons, figs)
        roles = self.roles(toks, a, b, figs)
        first_words = self.lex.starts[Role.BASELINE_UNKNOWN]
        baseline_unknown = not first_words.isdisjoint(canons[a:b]) and any(
            canons[k] in first_words and self.lex.match(canons, k, Role.BASELINE_UNKNOWN) is not None
            for k in range(a, b)
        )
        drafts: list[Draft] = []
        counts: list[Role_] = []
        bare: list[Role_] = []  # percents with no direction and no partner: unlinked, after the others
        i = 0
        while i < len(roles):
            r = roles[i]
            if r.what == "from":
                nxt = roles[i + 1]
                d = Draft(baseline=r, level=nxt, sentences=[(a, b)])
                from_at = self._from_at(
                    toks, canons, r.fig.i0, a
                )  # also of "fra dagens 40", "from an average of"
                before = r.fig.i0 - 1 if from_at is None else from_at
                # "Ventetiden skal ned fra 12 til 8 uger": "ned", "op", "down" count here as well
                found = self._direction_back(toks, canons, before, a, weak=True) if before > a else None
                if found is not None:
                    if canons[found[1]] not in self.words.evaluative:  # "improve from 11 days to 7": down
                        d.directions.append(found)
                    # "Reducing the proportion of smokers from 14% to 10%": the object names what changes
                    d.ind = self._trim((found[1] + 1, before), toks, canons) or self._subject_before(
                        toks, canons, found[1], a
                    )
                else:
                    d.ind = self._subject_before(toks, canons, before, a)
                drafts.append(d)
                # a from-to is a claim of its own: the change right before it and the change after it
                # are linked by claims rules (change-then-close-from-to, change-years-then-from-to,
                # from-to-then-its-change, from-to-then-its-share), not here
                i += 2
                continue
            if r.what == "abs":
                d = Draft(absolute=r, sentences=[(a, b)], ind=r.ind)
                if r.direction is not None and r.dir_tok is not None:
                    d.directions.append((r.direction, r.dir_tok))
                drafts.append(d)
            elif r.what == "rel":
                # a change in people and the same change in percent later in the sentence are one target
                # by the rules pairs.change-then-its-percent and pairs.change-then-its-share, not here
                if r.direction is not None or r.fig.placeholder:
                    d = Draft(relative=r, sentences=[(a, b)], ind=r.ind)
                    if r.direction is not None and r.dir_tok is not None:
                        d.directions.append((r.direction, r.dir_tok))
                    if d.ind is None:
                        d.ind = self._subject_before(toks, canons, r.fig.i0, a)
                    drafts.append(d)
                elif (carried := self._coordinated(drafts, r, toks, canons)) is not None:
                    drafts.append(carried)
                else:
                    bare.append(r)
            elif r.what == "level":
                d = Draft(level=r, sentences=[(a, b)], ind=r.ind, kind=TargetKind.LEVEL)
                if r.direction is not None and r.dir_tok is not None:
                    d.directions.append((r.direction, r.dir_tok))
                if r.fig.unit is Unit.COUNT and r.fig.i1 < b and toks[r.fig.i1].kind == "word":
                    # "Der skal højst være 300 langtidsledige", "There should be at least 120 places", "The
                    # aim is that no more than 300 people are ...": no subject but "der"/"there", so the
                    # count names what it counts
                    subject = d.ind or self._subject_before(toks, canons, r.fig.i0, a)
                    if subject is None or self._dummy_subject_before(canons, r.fig.i0, a):
                        d.ind = self._indicator_after(toks, canons, r.fig.i1, b) or d.ind
                # "Andelen ... er 25 pct. og skal ned til 15 pct.": where the indicator stands is the start of
                # the change by the rules roles.stands-at-then-level, not here
                drafts.append(d)
            elif r.what == "since":
                # "rose to 48 per cent, up from 43 per cent": where the claim before started, by the rule
                # roles.claim-then-where-it-started; "var 2,3 pct. i oktober, ned fra 2,8 pct.": where the
                # bare percent before started, by the rules roles.level-up-from and roles.level-down-from
                self._unlinked(r.fig, toks)
            elif r.what == "aim":
                # "Only 45% of patients were seen ..., against a target of 95%": the level stated before is
                # where the indicator stands, by the rule roles.level-against-target (not here)
                d = Draft(level=Role_(r.fig, "level"), sentences=[(a, b)], kind=TargetKind.LEVEL)
                # "a target of 95% for on-time planning decisions": what follows "for" is what it counts
                d.ind = (
                    self._indicator_after(toks, canons, r.fig.i1 + 1, b)
                    if r.fig.i1 + 1 < b and canons[r.fig.i1] in self.lex.data.function_words["target_for"]
                    else None
                ) or self._subject_before(toks, canons, r.fig.i0, a)
                if (  # "Målet er 100.000 træer": the subject is the target noun, the count names the things
                    r.fig.unit is Unit.COUNT
                    and r.fig.i1 < b
                    and toks[r.fig.i1].kind == "word"
                    and (
                        d.ind is None
                        or all(
                            canons[k] in self.words.target_nouns or canons[k] in self.words.aux
                            for k in range(*d.ind)
                        )
                    )
                ):
                    d.ind = self._indicator_after(toks, canons, r.fig.i1, b) or d.ind
                drafts.append(d)
            elif r.what == "count":
                counts.append(r)
            i += 1
        for r in bare:
            self._unlinked(r.fig, toks)
        for c in counts:  # a count left over: the cascade's rules may still link it, with what it names
            figure = self._figure(c.fig, toks)
            if figure is not None:
                after = self._indicator_after(toks, canons, c.fig.i1, b)
                if after is not None and self._only_when(toks, canons, *after):
                    after = None  # "var 1 240 i december 2024": when it was counted names nothing counted
                named_after = self._text(toks, after)
                named_before = self._text(toks, self._subject_before(toks, canons, c.fig.i0, a))
                self.loose_counts.append(LooseCount(figure, named_after, named_before))
        for d in drafts:
            self._emit(d, toks, canons, baseline_unknown)

    def _coordinated(self, drafts: list[Draft], r: Role_, toks: list[Tok], canons: list[str]) -> Draft | None:
        """A percent with no word of direction right after "og"/"and" that follows a change in the same unit
        ("faldet med 9 pct. i industrien og 4 pct. i landbruget", "reduceres med 20 pct. i 2025 og 50 pct. i
        2030"): a change the same way, of the same indicator; ``None`` when it is not one. Only words and
        years may stand between the change and "og", and no more than a few."""
        if not drafts:
            return None
        last = drafts[-1]
        before = last.relative
        if (
            before is None
            or last.absolute is not None
            or last.level is not None
            or last.baseline is not None
            or not last.directions
            or before.fig.unit is not r.fig.unit
            or r.fig.i0 < 1
            or canons[r.fig.i0 - 1] not in self.words.coordinators
        ):
            return None
        between = range(before.fig.i1, r.fig.i0 - 1)
        if len(between) > _COORDINATED_GAP or any(
            not (toks[k].kind == "word" or (toks[k].kind == "num" and _YEAR_TOKEN.fullmatch(toks[k].text)))
            or self._dir_of_any(canons[k]) is not None
            for k in between
        ):
            return None
        return Draft(
            relative=r,
            sentences=list(last.sentences),
            ind=last.ind,
            directions=[last.directions[0]],
            rule="engine.coordinated-change",
        )

    def _equivalences(self, toks: list[Tok], canons: list[str], figs: list[Fig]) -> None:
        """Two amounts of measure the text says are the same, one right after the other with a link between
        ("110 liter pr. person pr. døgn, svarende til ca. 40 m³ om året", "24 mio. kr. om året, eller 2 mio.
        kr. om måneden", "1,2 mia. kr. (1.200 mio. kr.)"): kept for the equivalence rule, which converts one
        into the other's unit. Only the words of a link, a comma and a parenthesis may stand between."""
        for first, second in itertools.pairwise(figs):
            amounts = all(f.unit is Unit.KR or _measured(f.unit) for f in (first, second))
            if not amounts or first.placeholder or second.placeholder:
                continue
            k = first.i1
            while k < second.i0 and toks[k].text in ",(":
                k += 1
            link = self.lex.match(canons, k, Role.LINK) if k < second.i0 else None
            if link is not None:
                if any(self._dir_of_any(c) is not None for c in canons[k : k + link.length]):
                    continue  # "11,3 dage, et fald på halvanden dag": a change, not the same amount again
                if link.canonical in self.fw_or and first.unit is second.unit:
                    continue  # "£8m or £9m": two guesses; "2 mio. kr. om året, eller ... om måneden": one
                k += link.length
            if k != second.i0 or (link is None and toks[second.i0 - 1].text != "("):
                continue
            after = canons[second.i1] if second.i1 < len(canons) else ""
            if (
                self._dir_of_any(after) is not None
                or after in self.lex.data.comparatives
                or after in self.words.evaluative
                or after in self.words.weak_direction
            ):
                continue  # "48,2 mnkr, vilket är 12,4 mnkr bättre än budget": a difference, not the amount
            if after in self.fw_per:
                continue  # "200 kr., svarende til 20 kr. pr. tur": a rate per a thing no unit names
            one, other = self._figure(first, toks), self._figure(second, toks)
            if one is None or other is None:
                continue
            span = self.doc.span(toks[first.i0].start, toks[second.i1 - 1].end)
            self.equivalences.append(trusted(Equivalence, first=one, second=other, span=span))

    def _unlinked(self, fig: Fig, toks: list[Tok]) -> None:
        figure = self._figure(fig, toks)
        if figure is not None:
            self.unlinked.append(figure)

    def _figure(self, fig: Fig, toks: list[Tok]) -> Figure | None:
        """The figure as read: it depends only on the figure's canonical form (language and policy are fixed
        per document), so each distinct form is read once, then placed where it stands."""
        unit = fig.unit if fig.unit is Unit.COUNT else None
        key = (fig.canonical, unit)
        if key in self._read_memo:
            figure = self._read_memo[key]
        else:
            figure = self._read_memo[key] = _read(fig.canonical, self.language, self.policy, unit)
        if figure is None:
            return None
        start, end = toks[fig.i0].start, toks[fig.i1 - 1].end
        span = self.doc.span(start, end)
        if figure.hedge is not None and fig.i0 < fig.core0:
            hedge = self.text[toks[fig.i0].start : toks[fig.core0 - 1].end]  # as written: "Minimum"
            return replace(figure, text=span.quote, span=span, hedge=hedge)
        if figure.hedge is not None and fig.hedge_after:
            hedge = self.text[toks[fig.i1 - fig.hedge_after].start : toks[fig.i1 - 1].end]  # "eller derunder"
            return replace(figure, text=span.quote, span=span, hedge=hedge)
        return replace(figure, text=span.quote, span=span)

    def _only_when(self, toks: list[Tok], canons: list[str], s: int, e: int) -> bool:
        """Whether ``toks[s:e]`` only say when: prepositions of time, months, times of year and years ("i
        december 2024", "in autumn 2023", "år 2024")."""
        return all(
            canons[k] in self._when_words or canons[k] in self._times_of_year or _is_year(toks[k])
            for k in range(s, e)
        )

    def _text(self, toks: list[Tok], rng: tuple[int, int] | None) -> str:
        if rng is None:
            return ""
        s, e = rng
        return _clean(self.text[toks[s].start : toks[e - 1].end])

    def _emit(
        self,
        d: Draft,
        toks: list[Tok],
        canons: list[str],
        baseline_unknown: bool,
    ) -> None:
        parts = [p for p in (d.absolute, d.relative, d.level, d.baseline) if p is not None]
        if not parts:
            return
        figure = self._figure
        figures: dict[str, Figure | None] = {
            "absolute": None if d.absolute is None else figure(d.absolute.fig, toks),
            "relative": None if d.relative is None else figure(d.relative.fig, toks),
            "level": None if d.level is None else figure(d.level.fig, toks),
            "baseline": None if d.baseline is None else figure(d.baseline.fig, toks),
        }
        if all(v is None for v in figures.values()):
            return
        rel = figures["relative"]
        if rel is not None and rel.unit is Unit.FACTOR and rel.value is not None:
            figures["relative"] = self._factor_as_percent(rel)
        start_tok = parts[0].fig.i0
        end_tok = parts[0].fig.i1 - 1
        for p in parts[1:]:
            start_tok = min(start_tok, p.fig.i0)
            end_tok = max(end_tok, p.fig.i1 - 1)
        if d.ind is not None:
            start_tok = min(start_tok, d.ind[0])
            end_tok = max(end_tok, d.ind[1] - 1)
        start = toks[start_tok].start
        end = toks[end_tok].end
        span = self.doc.span(start, end)
        if not d.directions:
            directions: tuple[Direction, ...] = ()
            words: tuple[str, ...] = ()
        else:
            ordered = d.directions if len(d.directions) < 2 else sorted(d.directions, key=lambda x: x[1])
            directions = tuple(x[0] for x in ordered)
            words = tuple(toks[x[1]].text for x in ordered)
        direction: Direction | None = None
        if d.absolute is not None and d.absolute.direction is not None:
            direction = d.absolute.direction
        elif directions:
            direction = directions[0]
        elif d.baseline is not None and d.level is not None:
            b_fig, l_fig = figures["baseline"], figures["level"]
            if (
                b_fig is not None
                and l_fig is not None
                and b_fig.value is not None
                and l_fig.value is not None
                and b_fig.value != l_fig.value
            ):
                direction = Direction.UP if l_fig.value > b_fig.value else Direction.DOWN
        if d.baseline is not None and figures["baseline"] is not None and figures["level"] is not None:
            base, level = figures["baseline"], figures["level"]
            if base.unit is Unit.COUNT and level.unit is not Unit.COUNT:
                figures["baseline"] = self._with_unit(base, level.unit)
        year, reference = d.years if d.years is not None else self._years(toks, canons, d)
        kind = d.kind
        if (
            kind is TargetKind.CHANGE
            and d.absolute is None
            and d.relative is None
            and d.level is not None
            and d.baseline is None
        ):
            kind = TargetKind.LEVEL
        # built from values this module made and typed itself (figures come validated from read_figure),
        # so the model's validation is skipped on this hot path; tests compare it with a validated copy.
        # Unjudged: the verdict is the neutral one and no baseline is implied until sudgoals.judge runs
        target = trusted(
            Target,
            id=f"{self._id_stem}-{len(self.targets) + 1}",
            span=span,
            indicator=self._text(toks, d.ind),
            kind=kind,
            direction=direction,
            absolute=figures["absolute"],
            relative=figures["relative"],
            baseline=figures["baseline"],
            level=figures["level"],
            verdict=UNJUDGED,
            year=year,
            reference_year=reference,
            direction_words=words,
            directions=directions,
            baseline_unknown=baseline_unknown,
            language=self.lex.data.code,
            rules=(d.rule,),
            # no word of aim in its sentences, no list item, and read from running text, not from a table
            # row or labelled block (a goal list states aims without one, and a label names its target):
            # a measured status
            status=d.rule in _SENTENCE_READERS
            and not self._in_item
            and all(self.words.intent.isdisjoint(canons[a:b]) for a, b in d.sentences),
        )
        self.targets.append(target)

    def _with_unit(self, figure: Figure, unit: Unit) -> Figure:
        from sudgoals.numbers import read_figure

        if _measured(unit):  # "fra 12,8 til 11,3 dage": the first figure is in days as well
            try:
                again = read_figure(
                    _clean(figure.text), language=self.language, policy=self.policy, unit=unit
                )
            except FigureSyntaxError:
                return figure
            if again.unit is not unit:
                return figure
            return replace(again, text=figure.text, span=figure.span)

        suffix = self._spelled(unit.value) if unit in _SPELLED_UNITS else ""
        try:
            again = read_figure(_clean(figure.text) + suffix, language=self.language, policy=self.policy)
        except FigureSyntaxError:
            return figure
        return again.model_copy(update={"text": figure.text, "span": figure.span})

    def _spelled(self, unit: str) -> str:
        """How the language writes ``unit`` ("percent", "percentage_point" or "kr") after a number: the first
        word its lexicon gives, after a blank unless a sign (" pct.", " prosentpoeng", " procentenheter",
        "%"): a figure read again in a unit is read in its own language's words (prec15)."""
        word = self.lex.data.units[unit][0]
        return word if not word[0].isalpha() else " " + word

    def _factor_as_percent(self, figure: Figure) -> Figure:
        from sudgoals.numbers import read_figure

        assert figure.value is not None
        change = abs(figure.value - 1) * 100
        hedge = f"{figure.hedge} " if figure.hedge else ""
        number = (
            str(change.numerator) if change.denominator == 1 else f"{float(change):.6g}".replace(".", ",")
        )
        unit = self._spelled(Unit.PERCENT.value)
        try:
            again = read_figure(f"{hedge}{number}{unit}", language=self.language, policy=self.policy)
        except FigureSyntaxError:
            return figure
        exact = again.model_copy(
            update={"value": change, "low": change, "high": change, "text": figure.text, "span": figure.span}
        )
        return exact

    def _years(self, toks: list[Tok], canons: list[str], d: Draft) -> tuple[int | None, int | None]:
        year: int | None = None
        reference: int | None = None
        if len(d.sentences) == 1:
            lo, hi = d.sentences[0]
        else:
            lo = min(s for s, _ in d.sentences)
            hi = max(e for _, e in d.sentences)
        parts = [p.fig for p in (d.absolute, d.relative, d.level, d.baseline) if p is not None]
        # a window around the figures: years further away belong to other statements (and a bounded window
        # keeps a sentence that never ends linear)
        opening, closing = parts[0].i0, parts[0].i1
        for f in parts[1:]:
            opening, closing = min(opening, f.i0), max(closing, f.i1)
        lo = max(lo, opening - _MAX_SCAN)
        hi = min(hi, closing + _MAX_SCAN)
        # "ökade med 240 personer till 16 512 och målet om 17 000 invånare år 2030 ligger fast": a clause
        # after a conjunction with a figure of its own (not a year) states its own year; one that opens with
        # its figure shares the verb and the year ("et fald på 27 pct. i industrien og 30 pct. ... 2008-2018")
        conjunctions = self.words.conjunctions
        for j in range(closing, hi - 1):
            if canons[j] in conjunctions and (
                (
                    toks[j + 1].kind != "num"
                    and any(toks[m].kind == "num" and not _is_year(toks[m]) for m in range(j + 1, hi))
                )
                # "down 9% on 2022/23 and 41% below the 2019/20 baseline": a figure set against another
                # year of its own
                or (
                    toks[j + 1].kind == "num"
                    and not _is_year(toks[j + 1])
                    and any(canons[m] in self.set_against for m in range(j + 2, min(j + 5, hi)))
                )
                # "op på 30 pct. i 2026 og 60 pct. i 2030": each figure with a year of its own (after its
                # scale and unit: "og 9 mio. kr. fra 2027")
                or (
                    toks[j + 1].kind == "num"
                    and not _is_year(toks[j + 1])
                    and any(_is_year(toks[m]) for m in range(closing, j))
                    and any(_is_year(toks[m]) for m in range(j + 2, min(j + 9, hi)))
                )
                # "halved by 2025 and ended by 2027", "med 70 pct. i 2030 ... og være klimaneutral senest i
                # 2050": the figure's clause has its year, and a clause of a verb after the conjunction, with
                # no figure but a year, states an aim of its own and its own year
                or (
                    toks[j + 1].kind == "word"
                    and any(_is_year(toks[m]) for m in range(closing, j))
                    and any(_is_year(toks[m]) for m in range(j + 2, min(j + 9, hi)))
                    # "halveres i 2026 og være nul i 2030": zero after a bound verb joins the change
                    and not any(
                        canons[m] in self.words.zero_words and canons[m - 1] in self.words.bound_verbs
                        for m in range(j + 2, hi)
                    )
                )
            ):
                hi = j
                break
        if d.level is not None and d.baseline is None:
            # "skal ikke overstige 3 måneder i 2026, mot 5 måneder i 2024": the figure it is compared with
            # states the year it stood in, not the year aimed at
            for j in range(closing, hi - 1):
                words = next((w for w in self._compared_words if canons[j : j + len(w)] == w), None)
                after = j + len(words) if words is not None else hi
                if after < hi and toks[after].kind == "num" and not _is_year(toks[after]):
                    hi = j
                    break
        candidates: list[tuple[int, int]] = []
        if toks is self.toks:
            find_year = self.year_at.find
            k = find_year(1, lo, hi)
            while k >= 0:
                candidates.append((k, int(toks[k].text)))
                k = find_year(1, k + 1, hi)
        else:  # a target that waited for the next sentence, tokenised with an earlier chunk
            candidates = [(k, int(toks[k].text)) for k in range(lo, hi) if _is_year(toks[k])]
        fiscal = self.words.financial_year
        if fiscal:  # "by FY27": a financial year, the year it ends in
            for k in range(max(lo, 1), hi):
                if (
                    toks[k].kind == "num"
                    and len(toks[k].text) == 2
                    and canons[k - 1] in fiscal
                    and toks[k].start == toks[k - 1].end
                    and (ended := financial_year(toks[k].text)) is not None
                ):
                    candidates.append((k, ended))
            candidates.sort()
        # "fra 4,2 pct. i 2023", "up from 68 percent in 2024": the starting figure's year is the reference
        start = d.baseline.fig.i1 if d.baseline is not None else -1
        first = d.baseline.fig.i0 if d.baseline is not None else -1
        change_end = d.relative.fig.i1 if d.relative is not None else -2
        referred = -1  # where the last year measured from stands
        for k, value in candidates:
            ref = self._phrase_before(toks, canons, k, Role.REFERENCE)
            if (
                (ref is not None and ref.canonical not in self.fw_from)
                # "compared with 2015–2019", "jämfört med 2017–2019": the end of a period measured from
                or (referred >= 0 and k == referred + 2 and toks[k - 1].text in "-–")
                or (ref is not None and k == change_end + 1)  # "et fald på 18 pct. fra 2009": since when
                or (ref is not None and k + 1 < len(toks) and canons[k + 1] in self.fw_to)
                or k == start
                or (k == start + 1 and canons[start] in self.fw_in)
                or (  # "down from 7.6 million in September 2024": a month between
                    k == start + 2 and canons[start] in self.fw_in and canons[start + 1] in self._months
                )
                or (  # "var 7,9 pct. i skoleåret 2022/23 og skal ned på 6 pct."
                    start <= k <= start + 3
                    and canons[start] in self.fw_in
                    and d.level is not None
                    and k < d.level.fig.i0
                    and all(toks[j].kind == "word" for j in range(start, k))
                )
                or (  # "fra 84 personer i efteråret 2022 til 61": between a from-to's start and its "til"
                    d.level is not None
                    and start <= k < d.level.fig.i0 - 1 <= start + 5
                    and canons[d.level.fig.i0 - 1] in self.fw_to
                    and all(toks[j].kind == "word" for j in range(start, d.level.fig.i0 - 1) if j != k)
                )
                or (
                    k + 1 < len(toks) and canons[k + 1] in self.words.baseline_nouns
                )  # "a 2019 baseline of 250"
                or (  # "against a 2018/19 baseline": a financial year before the noun
                    k + 3 < len(toks)
                    and toks[k + 1].text in "/-–"
                    and toks[k + 2].kind == "num"
                    and canons[k + 3] in self.words.baseline_nouns
                )
                or (k + 2 == first and canons[k + 1] == ":")  # "(2024: 74 procent)"
                # "cut by 60% by 2030 from 2019 levels", "fra 2006-niveauet", "i forhold til niveauet i
                # 2006": a year of a level named after the change's figures (one before them may name the
                # level of another statement of a long sentence)
                or (k > closing and self._year_of_level(canons, k))
                or self._year_of_whole(toks, canons, k, lo)
                or (  # "minska med 25 procent mellan 2020 och 2030": the first year of the two is where from
                    change_end > 0
                    and change_end < k <= change_end + 4  # right after the change, not in a clause further on
                    and canons[k - 1] in self.words.band_open
                    and k + 2 < len(toks)
                    and canons[k + 1] in self.words.band_and
                    and _is_year(toks[k + 2])
                )
            ):
                if reference is None:
                    reference = value
                referred = k
                continue
            year = value
        return year, reference

    def _year_of_whole(self, toks: list[Tok], canons: list[str], k: int, a: int) -> bool:
        """Whether the year at ``k`` is that of the whole a linked share is taken of: a link, a percent, "af"/
        "of", at most two words and "i"/"in" before it ("svarende til 25 pct. af udledningen i 2022",
        "equivalent to 25% of emissions in 2022"); a share aimed at ("25 pct. af eleverne i 2030") has no
        link before it."""
        if k < a + 4 or canons[k - 1] not in self.fw_in:
            return False
        j = next((j for j in (k - 3, k - 2) if canons[j] in self.fw_of), None)
        if j is None or any(toks[m].kind != "word" for m in range(j, k)):
            return False
        for u in range(max(a, j - 3), j):
            found = self._unit_at(canons, u)
            if found is not None:
                number = u - 1
                return (
                    found[0] is Unit.PERCENT
                    and number > a
                    and toks[number].kind == "num"
                    and self._phrase_before(toks, canons, number, Role.LINK) is not None
                )
        return False

    def _year_of_level(self, canons: list[str], k: int) -> bool:
        """Whether the year at ``k`` names a level: a word of level right after it, alone or as the second of
        two ("2019 levels", "2006-niveau", "2006 års nivå"), or before it with "i"/"in" between ("niveauet i
        2006") or right after "from" and it ("från genomsnittet 2015–2019"); the first year of a range names
        the level the range names ("the 2015–2019 average")."""
        nouns = self.words.level_nouns
        if not nouns:
            return False
        j = k + 2 if k + 2 < len(canons) and canons[k + 1] in ("-", "–") else k + 1  # "2006-niveau"
        if j == k + 2 and _YEAR_TOKEN.fullmatch(canons[j]):
            j += 1  # "from the 2015–2019 average": the range's first year
        after = canons[j] if j < len(canons) else ""
        return (
            after in nouns
            or (j + 1 < len(canons) and f"{after} {canons[j + 1]}" in nouns)
            or (k >= 2 and canons[k - 1] in self.fw_in and canons[k - 2] in nouns)
            # "från genomsnittet 2015–2019": the level named, after the word of where it is measured from
            or (k >= 2 and canons[k - 1] in nouns and canons[k - 2] in self.fw_from)
        )
