"""The extraction cascade after the sentence reader: pattern rules as data, over claims and free figures.

The sentence reader (:mod:`sudgoals.extract.engine`) turns each sentence into claims: targets with the figures
it could tie together, and the percent figures it could not tie to anything (``Paper.unlinked``). This module
reads those items in document order, block by block (a paragraph or a list item), and matches the pattern
rules of the paper's language (``sudgoals/lang/<code>/rules.toml``) over them:

* an **item** is a claim (a target), a free figure, or a loose count (a count the reader gave no part in a
  claim: "3.412 indbrud"; only rules that name the kind "count" see those), with the sentence of its block it
  stands in (a claim stands where its first figure stands; sentences are where the reader found them to
  start, or where a full stop after a word or a year ends one; a ";" starts a new clause); an item after a
  claim a rule linked over sentences stands relative to the claim's last figure before it (its sentence, and
  the words between them);
* a **rule** has an id (``<lang>.<stage>.<name>``), a priority, a pattern (one element per consecutive
  item: what the item is, which figures a claim has or lacks, the unit and hedge of a figure, which sentence
  it stands in relative to the item before, the words that open its sentence or stand before it), what it
  makes, and examples that must and must not make it (``tests/test_cascade.py`` runs every one);
* every start position is tried with every rule of a stage; the longest match wins, then the higher
  priority, then the earlier one; matches never share an item. So the order of rules in a file decides
  nothing (a test runs them reversed).

The rules run in stages (:data:`STAGES`: reaches, roles, pairs, claims, discourse, restated, level, baselines,
facts), each over the items the stage before left, so a change one stage reads can take its level in the next,
and a claim the discourse stage linked over two sentences can take a third that states it again ("restated").

What a rule makes (``makes``):

* ``level``: the free figure is the level the change of the claim before it leads to;
* ``level_before``: the free figure is the level the change of the claim after it led to;
* ``level_of_change``: as ``level_before``, but the target stays a change with the level it led to (a count
  or a sum, then "up 16.3% on the year before": the relative change is what the sentence reports);
* ``merge``: the two claims are one target, each figure from the claim that states it;
* ``count_then_its_change``: as ``merge``, but the first claim's change in things is how many there were,
  the level the second claim's change led to ("1.450 nye boliger i 2024, ned 6 pct. i forhold til året
  før": a count of new things, not 1.450 more);
* ``baseline_before``: the free figure is where the level the claim after it aims at starts ("Utgangspunktet
  er 7,8 prosent. Sykefraværet skal ned til 6,5 prosent"); a level with where it starts is a from-to change;
* ``stands_at``: as ``baseline_before``, in one sentence: the figure after a copula is where the indicator
  stands, the subject before it names the indicator ("Andelen ... er 25 pct. og skal ned til 15 pct.");
* ``since``: the free figure right after the claim is where it started ("rose to 48 per cent, up from 43
  per cent", "(2024: 74 procent)"); a change in people with no level is then the level reached;
* ``baseline_claim``: the first claim's level is where the indicator stands, the baseline of the level the
  second aims at ("Utgångsläget är att 62 procent av eleverna når målen. Målet är att andelen ska öka till
  70 procent"); one target;
* ``level_target``: the free figure (or loose count: "mellem fem og seks uger") is a level aimed at, a
  target of its own (its direction the rule's ``direction``, if it has one);
* ``change_target``: the free figure is a relative change, its direction the nearest direction word before;
* ``relative``: the free figure is the relative change of the claim beside it: the claim after it states
  the change in people, or the claim before it states a level the change (in points) sets apart from
  another figure ("udgjorde 2,1 pct. af indtægterne, hvilket er 1,1 procentpoint bedre end målet"); a
  rule's ``direction`` ("up", "down") is the target's direction;
* ``baseline_after``: the figure (the one figure of the next sentence, which says when it speaks of: "I 2022
  var andelen 86 pct.", "Today 240 people sleep rough") is where the claim before it starts; a bare number is
  read again in the level's unit, and the year that sentence opens with is the reference year;
* ``not_target``: the claim is a statement of fact, not a target ("to ud af tre kommuner ..." with no aim in
  its sentence), or the free figures are ("Ledigheden var 4,2 pct. (4,6 pct. i 2023)"), or a figure and the
  claim after it are ("Kommunen brugte 412 mio. kr. ... Det er 3,2 pct. mere end i 2023"); their figures go to
  ``Paper.facts``;
* ``level_is_change``: the claim's level is its relative change, stated as a level of a change noun
  ("faldet blev opgjort til 3,4 procent", "ökningen uppgick till 4 procent");
* ``change_is_level``: the claim's relative change is the level it aims at, a bound crossed by a verb of
  change ("Unemployment should fall below 5%"); or its absolute change (a claim with no relative change)
  is a count to reach ("by insulating the lofts of 250,000 homes");
* ``target_moved``: the claim's from-to is a target moved, not the indicator ("Målet for ventetiden blev
  sænket fra 8 til 6 uger", "The target was lowered from 95% to 92%"): its level is the target now, a level
  aimed at with no direction; its baseline, the target before, goes to ``Paper.facts``;
* ``level_then_baseline``: the first free figure (or loose count) is a level, the second the level it is
  compared with ("Andelen var 74 pct. sammenlignet med 70 pct. i 2022", "hit 745,000, up from 606,000"); a
  from-to, its direction the rule's ``direction``, else the way they go;
* ``level_and_change``: the first free figure is a level, the second the change in points or percent that
  set it apart from another figure ("uppgår till 1,4 procent, vilket är 0,9 procentenheter bättre än
  målvärdet", "87.5%, 2.5 percentage points below the target"); one target, its direction the rule's
  ``direction`` ("up", "down", or none when the words say better or worse, not higher or lower);
* ``level_stated_before``: the second claim's change, from its own baseline, leads to the level of the first
  claim (a from-to) in its sentence ("fell by 12%, from 5,000 to 4,400, and since 2015 by 45% from 8,000");
  the second claim takes that level and the first claim's indicator (one indicator, stated once); the first
  claim stays as it is;
* ``outcome_after_aim``: the second claim's level is where the indicator stands, the baseline of the level the
  first aims at ("The target of 65% was exceeded: 68.2% of pupils met the expected standard"); one target;
* ``baseline_of_aim``: the first claim's level (with the change that led to it, which it keeps) is where the
  level the second claim aims at starts ("rose to 47.3%, up 2.1 percentage points on last year, against a
  target of 50%"): the second takes it as baseline, and the first claim's indicator; the first stays;
* ``aim_after``: the claim's level is where the indicator stands, the free figure after it the level aimed at,
  stated as a standard or target in brackets ("77.3% of patients were told their diagnosis within 28 days
  (standard 75%)"); one target;
* ``same_baseline``: the second claim, a level aimed at with no baseline, starts where the first, a target
  row of the same unit that is no measured status, starts ("Utgångsläge 2023: 71 %, Mål 2025: 75 %, Mål
  2027: 80 %": both targets from 71 %); the second takes the first's baseline and its year; the first stays;
* ``in_indicator``: the free figure or the claim (a bound on a grade) stands inside what the claim after it
  counts, a threshold of its indicator ("Andelen af elever med over 10 pct. fravær skal falde fra 18 pct. til
  12 pct.", "Andelen ..., der har fået mindst 2 i dansk, skal være 95 pct."): no figure of a target, no
  claim of its own; the claim keeps it in its indicator (made only when its indicator holds the figure as
  written);
* ``share_is_relative``: the second claim's level, a share of something ("Det tilsvarer 1,5 prosent av
  netto driftsutgifter"), is the first claim's change in people or money said again in percent: one target,
  the second claim's share its relative change.

Links across sentences are rules of the "discourse" stage: a change in people and, in the next sentence
after a link ("Det svarer til"), the same change in percent; a from-to and the change between its figures;
a count and the change that led to it. The sentence reader keeps no state from one sentence to the next for
these (it did, in slots, until 2026-12-05); an element may allow a placeholder (``placeholder = true``:
"X flere ... Det svarer til X pct." is one target with two unknowns) and ``opens_within`` lets the link
stand among the first words ("Og det svarer til").

A changed or new target records the rule's id in ``Target.rules``. Like every target of extraction it is
unjudged (verdict :data:`sudgoals.judge.UNJUDGED`, no implied baseline): verdicts are set once, after
extraction, by :mod:`sudgoals.judge`. No rule reads a verdict: a pattern sees which figures a claim has, their
units and hedges, and the words around them.

Besides the words around an item, an element may ask: ``opens_when`` (its sentence opens with a year after
a year preposition, or a mark such as "I dag", "Currently"), ``alone`` (no other item in its sentence),
``after_colon`` (a colon stands right before its figure: "Customer satisfaction: 81%"; ``not_after_colon``:
none does),
``unit_as_before`` (the unit of the item before, or a bare count), ``direction`` ("up", "down", "none"),
``placeholder`` (a placeholder may stand there), ``opens_within`` (how many words may stand before the
opening phrase), ``base_as_before`` (the base unit of the item before: "halvanden dag" after "11,3 dage pr.
medarbejder"), ``gap_lacks`` (marks such as "(" or ":" that must not stand between the item before and it),
``not_just_before`` (words none of which is the last before it: "fra et udgangspunkt på 45 dage"),
``gap_has_year`` (a year stands between the item before and it), ``year_after`` (a year closes its figure's
clause: "Medianväntetiden var 47 dagar under 2024"), ``same_clause`` (no conjunction and word of
intent in the gap before it open a clause of its own: "by 40 and the employment rate will increase by 3%" is
two clauses, "by 80, and this will be 10%" one), ``year_label`` ("(2024: 74 procent)", "(74 procent 2024)"),
``same_unit`` (the unit of the item before,
a bare count not excepted), ``band`` (its figure is a band of two stated ends: "mellem 5 og 6 pct."),
``status`` (a claim the sentence reader found to be a measured status: no word of aim in its sentence, and
no list item or table row; see ``Target.status``), ``yearless`` (a claim with no year it is due or was
measured in), ``aimed`` (a claim that is no measured status),
``skips`` (words, at most three, that may stand between the ``just_before`` words and it: "to a record
117,450"), ``comma_just_before`` (the one comma in the gap stands right before the ``just_before`` words:
"since 1995, to 6,810"), ``counts_as_before`` (the word after a count stands in the sentence of the item
before: "found 186 people" after "the number of people sleeping rough"), ``named_as_before`` (a claim that
names no indicator of its own, names it by a word that points back, or by a word of the sentence of the item
before: "I dag er 400 borgere langtidsledige. Målet er 60 færre [langtidsledige] i 2027"; a loose count whose
subject does so, or holds a word of that sentence: "Medianväntetiden var 47 dagar").
``unit = ["measured"]`` names any unit of measure; ``item = "figure"`` a free figure or a loose count.

Words in patterns are matched as the lexicon's canonical spellings (OCR damage included); ``@name`` stands
for a word class of the language's lexicon (``@intent``, ``@copulas``, ``@target_nouns``, ``@link``,
``@that``, ``@level_prepositions``, ``@aux``, ``@direction``, ``@change_prepositions``, ``@baseline_marks``,
``@year_prepositions``, ``@anaphora``, ``@count_adjectives``, ``@fillers``, ``@result_labels``,
``@making_verbs``). Every predicate looks at a bounded window around its item, so the stage is linear in the
text.
"""

from __future__ import annotations

import bisect
import os
import re
from collections.abc import Callable, Iterable, Sequence
from functools import cache
from pathlib import PurePath
from typing import Any, Final, Literal, TypeVar, cast

from sudgoals import _regex, lang
from sudgoals import _toml as tomllib
from sudgoals._frozen import Frozen, Record, field_names
from sudgoals.extract.lexicon import CONTENT_RE, TOKEN_RE, Lexicon, lexicon
from sudgoals.judge import UNJUDGED
from sudgoals.model import (
    Direction,
    Document,
    Figure,
    Paper,
    Span,
    Target,
    TargetKind,
    Unit,
    replace,
    trusted,
)
from sudgoals.numbers import CEILING_HEDGES, FLOOR_HEDGES

__all__ = ["Element", "LooseCount", "Rule", "apply_rules", "financial_year", "rules_for"]

_set = object.__setattr__  # how the immutable classes below set their fields

_PARTS = ("absolute", "relative", "level", "baseline")
_MAKES = (
    "level",
    "level_before",
    "baseline_before",
    "stands_at",
    "since",
    "baseline_claim",
    "merge",
    "count_then_its_change",
    "level_target",
    "change_target",
    "relative",
    "not_target",
    "level_and_change",
    "level_is_change",
    "change_is_level",
    "target_moved",
    "level_then_baseline",
    "baseline_after",
    "absolute",
    "pair",
    "level_stated_before",
    "baseline_of_aim",
    "in_indicator",
    "outcome_after_aim",
    "aim_after",
    "level_of_change",
    "same_baseline",
    "share_is_relative",
)
_WINDOW = 240  # characters looked at before an item (its sentence's opening, the words before it)
# "(2024: " or "(2023/24: " before a figure (a school or financial year: its first year)
# (blanks here may be line breaks too: a paper broken into lines breaks them anywhere, "(44.6% in\n2022/23)")
_YEAR_LABEL = _regex.compile(
    r"[(\[]\s*(?:([^\W\d_]{1,12})\s+)?((?:19|20)\d\d)(?:[/–-](?:\d\d){1,2})?\s*:\s*$"
)
# "(86 procent 2023)", "(44.6% in 2022/23)": a bracket opens right before a figure and its year closes it
_BRACKET_OPENS = _regex.compile(r"[(\[]\s*$")
# "2027: " or "2025, " opening a line after its label ("Mål\n2027: 80 pct.", "target for\n2025, 4.2%")
_YEAR_AND_COLON = _regex.compile(
    r"\s*(?:[^\W\d_]{1,4}\s+)?(?:19|20)\d\d(?:/\d\d)?\s*[:,]\s*"
)  # ("for 2030, ")
# a line that ends in a year and a colon or comma, after its label: "mål 2025," / "75 %"
_ENDS_IN_YEAR_CELL = _regex.compile(r"(?:19|20)\d\d(?:/\d\d)?\s*[:,]$")
_CLAUSE_END = _regex.compile(r";[ \t\r\n]*")  # "... by 2028; Help 12 per cent. ...": a list of clauses
_YEAR = _regex.compile(r"(?<![\d.,])(?:19|20)\d\d(?![\d.,]\d)")
# "2023: 4.1%", "Utfall 2023/24: 58 %": a year labelling the figure right after it
_YEAR_COLON = _regex.compile(r"(?<![\d.,])((?:19|20)\d\d)(?:/\d\d)?\s*:\s*$")


def _said_in(word: str, said: list[str]) -> bool:
    """Whether ``word`` stands among the words ``said``, alone or, if of five letters or more, inside a
    compound there ("gennemsnit" in "karaktergennemsnittet", "fraværet" in "sygefraværet"): what
    ``named_as_before`` and ``counts_as_before`` ask of the sentence before."""
    return word in said or (len(word) >= 5 and any(word in w for w in said))


def _numbered_period(number: str, word: str, periods: Iterable[str]) -> bool:
    """Whether two words are an ordinal from 1 to 4 and a word of time of ``periods`` ("1. tertial", "3.
    kvartal")."""
    return number.isdigit() and 1 <= int(number) <= 4 and word in periods


_LABEL_BLANKS = " \t\u00a0"  # between a label's colon and its figure


def _ends_in_time_word(word: str, periods: Iterable[str]) -> bool:
    """Whether ``word`` is a compound that ends in a word of time of ``periods`` of four letters or more
    ("skoleåret", "budgetåret" end in "året"; "år" closes no compound, as "måltår" is none)."""
    return any(len(p) > 3 and len(word) > len(p) + 2 and word.endswith(p) for p in periods)


_DIGITS = _regex.compile(r"\d+(?:[.,\u00a0 ]\d+)*")  # a number as written: "60", "1.250", "7,1"
# Where a sentence surely ends inside a block: a full stop after a word ("ca." aside) or after a year ("i
# 2001. Dette ..."), never after other digits ("18. pct.", "4. Flere"), before a capital or a dash (not a dash
# before a small letter: "faldet med 8 pct. – fra 1.150 til 1.058" goes on).
_SENTENCE_END = _regex.compile(
    r"[.!?](?:(?<=[^\s\d][.!?])|(?<=(?<!\d)(?:19|20)\d\d[.!?]))(?<![cC][aA][.!?])[ \t\r\n]+"
    r"(?=[A-ZÆØÅÄÖ]|[–-](?![ \t]*[a-zæøåäö]))"
)


class Element(Frozen):
    """One element of a pattern: a predicate on one item (all given conditions must hold)."""

    item: Literal["claim", "free", "count", "figure"]  # "figure": a free figure or a loose count
    has: tuple[str, ...]  # claim parts that must be there ("relative", "level", ...)
    lacks: tuple[str, ...]  # claim parts that must be missing
    unit: tuple[str, ...]  # the figure's unit (a free figure; a claim's relative or level)
    hedge: tuple[str, ...]  # the figure's hedge kind ("at_least", "at_most", "below", ...; "none": no hedge)
    sentence: Literal["same", "next", "any"]  # relative to the item before (the first: "any")
    opens: tuple[str, ...]  # phrases one of which opens the item's sentence
    before: tuple[str, ...]  # words one of which stands among the ``within`` words before the item
    within: int
    just_before: tuple[str, ...]  # words one of which is the last word before the item
    not_just_before: tuple[str, ...]  # words none of which is the last before it ("et udgangspunkt på")
    not_before: tuple[str, ...]  # words none of which stands among the ``not_within`` words before it
    not_within: int  # (0: the same as ``within``)
    not_between: tuple[str, ...]  # words none of which stands between the last ``before`` word and it
    sentence_has: tuple[str, ...]  # words one of which stands in the item's sentence before it
    sentence_lacks: tuple[str, ...]  # words none of which stands anywhere in the item's sentence
    sentence_has_any: tuple[str, ...]  # words one of which stands anywhere in the item's sentence
    fraction: bool  # the figure is a fraction or share ("to ud af tre", "two thirds", "2 av 3")
    not_after: tuple[str, ...]  # phrases none of which stands among the four words right after the item
    after: tuple[str, ...]  # phrases one of which opens the words right after the item
    # endings one of which ends a word among the ``within`` words before the item, with none of
    # ``not_between`` after it: the head of a compound ("Arbetslöshetsmål 2020, 8,3 %", "Sygefraværsmål: 5")
    before_ends: tuple[str, ...]
    opens_within: int  # ``opens``: the phrase starts among the first this many words of the sentence
    placeholder: bool  # the item may hold a placeholder ("X pct."); else it never matches
    opens_when: bool  # its sentence opens with when it speaks of: "I 2022", "In 2023", "I dag"
    alone: bool  # no other item (claim, figure or count) stands in its sentence
    unit_as_before: bool  # its figure is in the unit of the item before, or a bare count
    direction: tuple[str, ...]  # a claim's direction: "up", "down", "none"
    in_brackets: bool  # it follows the item before in brackets: "med 15 pct. (ca. 450 personer)"
    max_gap: int  # at most this many words stand between the item before and its figure (0: any number)
    after_first: tuple[str, ...]  # words one of which stands among the three after its first figure
    # its figure's unit has the base of the unit of the item before ("halvanden dag" after "11,3 dage pr.
    # medarbejder"), or is a bare count
    base_as_before: bool
    gap_lacks: tuple[str, ...]  # marks none of which stands between the item before and it (":", "(")
    # a year labels it in brackets: with a colon before it, "(2024: 74 procent)", or closing them after it,
    # "(74 procent 2024)"
    year_label: bool
    same_unit: bool  # its figure is in the unit of the item before (a bare count is not)
    gap_has_year: bool  # a year stands between the item before and it ("by 10% by 2025 (from 1,000")
    year_after: bool  # a year closes its figure's clause ("var 47 dagar under 2024", "was 47 days in 2024")
    band: bool  # its figure is a band of two stated ends ("mellem 5 og 6 pct.", "between 5% and 6%")
    status: bool  # a claim the reader found to be a measured status (Target.status: no aim, no list item)
    # words, at most three, that may stand between the ``just_before`` words and the item ("to a record
    # 117,450", "till rekordhöga 11 745"); they do not count towards ``max_gap``
    skips: tuple[str, ...]
    # the one comma between the item before and it stands right before the ``just_before`` words ("by 14
    # per cent. since 1995, to 6,810", "med 8 pct., til ca. 900")
    comma_just_before: bool
    # it opens no clause of its own after the item before (see _Matcher._same_clause): "rise by 40 and the
    # employment rate will increase by 3%" is two targets, "by 80, and this will be an increase of 10%" one
    same_clause: bool
    # the claim names no indicator of its own ("Målet er 60 færre i 2027"), names it by a word that stands
    # in the sentence of the item before ("... 60 færre langtidsledige"), or by a word that points back
    named_as_before: bool
    # the first word after a count ("186 people", "310 hjemløse") stands in the sentence of the item before,
    # alone or inside a compound there: it counts what the claim before counts, not "41 tents"
    counts_as_before: bool
    aimed: bool  # a claim that is no measured status (an aim, a list item or a table row; see ``status``)
    after_colon: bool  # a colon right before its figure: a label's ("Customer satisfaction: 81%")
    not_after_colon: bool  # no colon right before its figure (no label: "Utslippsmål 2030: maks 95 000 tonn")
    yearless: bool  # a claim with no year it is due or was measured in ("Kurset varer højst 6 uger")

    __slots__ = (  # noqa: RUF023
        "item",
        "has",
        "lacks",
        "unit",
        "hedge",
        "sentence",
        "opens",
        "before",
        "within",
        "just_before",
        "not_just_before",
        "not_before",
        "not_within",
        "not_between",
        "sentence_has",
        "sentence_lacks",
        "sentence_has_any",
        "fraction",
        "not_after",
        "after",
        "before_ends",
        "opens_within",
        "placeholder",
        "opens_when",
        "alone",
        "unit_as_before",
        "direction",
        "in_brackets",
        "max_gap",
        "after_first",
        "base_as_before",
        "gap_lacks",
        "year_label",
        "same_unit",
        "gap_has_year",
        "year_after",
        "band",
        "status",
        "skips",
        "comma_just_before",
        "same_clause",
        "named_as_before",
        "counts_as_before",
        "aimed",
        "after_colon",
        "not_after_colon",
        "yearless",
    )

    def __init__(
        self,
        item: Literal["claim", "free", "count", "figure"],
        *,
        has: tuple[str, ...] = (),
        lacks: tuple[str, ...] = (),
        unit: tuple[str, ...] = (),
        hedge: tuple[str, ...] = (),
        sentence: Literal["same", "next", "any"] = "any",
        opens: tuple[str, ...] = (),
        before: tuple[str, ...] = (),
        within: int = 4,
        just_before: tuple[str, ...] = (),
        not_just_before: tuple[str, ...] = (),
        not_before: tuple[str, ...] = (),
        not_within: int = 0,
        not_between: tuple[str, ...] = (),
        sentence_has: tuple[str, ...] = (),
        sentence_lacks: tuple[str, ...] = (),
        sentence_has_any: tuple[str, ...] = (),
        fraction: bool = False,
        not_after: tuple[str, ...] = (),
        after: tuple[str, ...] = (),
        before_ends: tuple[str, ...] = (),
        opens_within: int = 1,
        placeholder: bool = False,
        opens_when: bool = False,
        alone: bool = False,
        unit_as_before: bool = False,
        direction: tuple[str, ...] = (),
        in_brackets: bool = False,
        max_gap: int = 0,
        after_first: tuple[str, ...] = (),
        base_as_before: bool = False,
        gap_lacks: tuple[str, ...] = (),
        year_label: bool = False,
        same_unit: bool = False,
        gap_has_year: bool = False,
        year_after: bool = False,
        band: bool = False,
        status: bool = False,
        skips: tuple[str, ...] = (),
        comma_just_before: bool = False,
        same_clause: bool = False,
        named_as_before: bool = False,
        counts_as_before: bool = False,
        aimed: bool = False,
        after_colon: bool = False,
        not_after_colon: bool = False,
        yearless: bool = False,
    ) -> None:
        _set(self, "item", item)
        _set(self, "has", has)
        _set(self, "lacks", lacks)
        _set(self, "unit", unit)
        _set(self, "hedge", hedge)
        _set(self, "sentence", sentence)
        _set(self, "opens", opens)
        _set(self, "before", before)
        _set(self, "within", within)
        _set(self, "just_before", just_before)
        _set(self, "not_just_before", not_just_before)
        _set(self, "not_before", not_before)
        _set(self, "not_within", not_within)
        _set(self, "not_between", not_between)
        _set(self, "sentence_has", sentence_has)
        _set(self, "sentence_lacks", sentence_lacks)
        _set(self, "sentence_has_any", sentence_has_any)
        _set(self, "fraction", fraction)
        _set(self, "not_after", not_after)
        _set(self, "after", after)
        _set(self, "before_ends", before_ends)
        _set(self, "opens_within", opens_within)
        _set(self, "placeholder", placeholder)
        _set(self, "opens_when", opens_when)
        _set(self, "alone", alone)
        _set(self, "unit_as_before", unit_as_before)
        _set(self, "direction", direction)
        _set(self, "in_brackets", in_brackets)
        _set(self, "max_gap", max_gap)
        _set(self, "after_first", after_first)
        _set(self, "base_as_before", base_as_before)
        _set(self, "gap_lacks", gap_lacks)
        _set(self, "year_label", year_label)
        _set(self, "same_unit", same_unit)
        _set(self, "gap_has_year", gap_has_year)
        _set(self, "year_after", year_after)
        _set(self, "band", band)
        _set(self, "status", status)
        _set(self, "skips", skips)
        _set(self, "comma_just_before", comma_just_before)
        _set(self, "same_clause", same_clause)
        _set(self, "named_as_before", named_as_before)
        _set(self, "counts_as_before", counts_as_before)
        _set(self, "aimed", aimed)
        _set(self, "after_colon", after_colon)
        _set(self, "not_after_colon", not_after_colon)
        _set(self, "yearless", yearless)

    @classmethod
    def from_mapping(cls, raw: dict[str, Any], where: str) -> Element:
        unknown = set(raw) - _KEYS
        if unknown:
            raise ValueError(f"{where}: unknown pattern keys {sorted(unknown)}")
        item = raw.get("item")
        if item not in ("claim", "free", "count", "figure"):
            raise ValueError(f"{where}: item must be 'claim', 'free', 'count' or 'figure', not {item!r}")
        sentence = raw.get("sentence", "any")
        if sentence not in ("same", "next", "any"):
            raise ValueError(f"{where}: sentence must be 'same', 'next' or 'any', not {sentence!r}")
        for key in ("has", "lacks"):
            bad = [p for p in raw.get(key, ()) if p not in _PARTS]
            if bad:
                raise ValueError(f"{where}: {key} names no part of a target: {bad}")

        # every field at its default, then the few keys the element gives converted (most are absent; this
        # runs for every element of the language's rules on a cold start, and a call of ``__init__`` with all
        # forty fields by keyword cost 3 times as much)
        values = list(_DEFAULTS)
        for key, given in raw.items():
            if key in _WORD_KEYS:
                if given:
                    values[_INDEX[key]] = tuple([str(w).lower() for w in cast(list[Any], given)])
            else:
                values[_INDEX[key]] = _CONVERT[key](given)
        made = _new_element(cls)
        for put, value in zip(_SETTERS, values, strict=True):
            put(made, value)
        return made


# Element's fields, in slot order (compiled by mypyc it keeps no ``__slots__``: see _frozen.field_names)
_ELEMENT_SLOTS: Final[tuple[str, ...]] = field_names(Element)
_KEYS = frozenset(_ELEMENT_SLOTS)  # the keys a pattern element may have: its fields
_WORD_KEYS = frozenset(
    {
        "has",
        "lacks",
        "unit",
        "hedge",
        "opens",
        "before",
        "just_before",
        "not_just_before",
        "not_before",
        "not_between",
        "sentence_has",
        "sentence_lacks",
        "sentence_has_any",
        "not_after",
        "after",
        "before_ends",
        "direction",
        "after_first",
        "gap_lacks",
        "skips",
    }
)  # the keys of Element.from_mapping that hold word lists
_DEFAULTS: Final = Element._fields_of(Element("claim"))  # every field's default, in slot order
_INDEX: Final = {name: i for i, name in enumerate(_ELEMENT_SLOTS)}
_SETTERS: Final = tuple(getattr(Element, name).__set__ for name in _ELEMENT_SLOTS)  # a slot set directly


def _blank_element(cls: type[Element]) -> Element:
    return cls("claim")  # compiled by mypyc, a class is made only through its __init__ (then set as given)


# an element with no fields set yet, for from_mapping to fill: object.__new__ in Python, where it costs
# nothing; a class compiled by mypyc refuses it (its __new__ runs __init__)
_new_element: Final[Callable[[type[Element]], Element]] = (
    object.__new__ if "__slots__" in vars(Element) else _blank_element
)


def _as_given(value: Any) -> Any:
    return value  # "item" and "sentence", checked by Element.from_mapping


def _at_least_one(value: Any) -> int:
    return max(1, int(value))


# how each key that holds no word list is read, by its default's type (a bool is an int too: it comes first)
_CONVERT: Final[dict[str, Callable[[Any], Any]]] = {
    name: (
        _at_least_one
        if name == "opens_within"
        else bool
        if isinstance(default, bool)
        else int
        if isinstance(default, int)
        else _as_given
    )
    for name, default in zip(_ELEMENT_SLOTS, _DEFAULTS, strict=True)
    if name not in _WORD_KEYS
}


class LooseCount(Frozen):
    """A count the sentence reader gave no part in a claim ("3.412 indbrud"), with the words that name what it
    counts: after it ("indbrud i kommunen"), else its sentence's subject before it. The cascade's rules may
    still link it."""

    figure: Figure
    named_after: str
    named_before: str

    __slots__ = ("figure", "named_after", "named_before")

    def __init__(
        self,
        figure: Figure,
        named_after: str,
        named_before: str,
    ) -> None:
        _set(self, "figure", figure)
        _set(self, "named_after", named_after)
        _set(self, "named_before", named_before)


class Rule(Frozen):
    """A pattern rule: ``id``, ``priority``, ``pattern``, what it ``makes``, and its examples."""

    id: str
    priority: int
    pattern: tuple[Element, ...]
    makes: str
    examples: tuple[str, ...]
    not_examples: tuple[str, ...]
    description: str
    direction: str  # the direction a ``level_and_change`` rule gives its target ("up", "down", "")

    __slots__ = ("id", "priority", "pattern", "makes", "examples", "not_examples", "description", "direction")  # noqa: RUF023

    def __init__(
        self,
        *,
        id: str,
        priority: int,
        pattern: tuple[Element, ...],
        makes: str,
        examples: tuple[str, ...],
        not_examples: tuple[str, ...],
        description: str = "",
        direction: str = "",
    ) -> None:
        _set(self, "id", id)
        _set(self, "priority", priority)
        _set(self, "pattern", pattern)
        _set(self, "makes", makes)
        _set(self, "examples", examples)
        _set(self, "not_examples", not_examples)
        _set(self, "description", description)
        _set(self, "direction", direction)


# the items (in order) each kind of rule needs ("figure": a free figure or a loose count), by what it makes
_WANTED: Final[dict[str, tuple[tuple[str, ...], ...]]] = {
    "level": (("claim", "figure"),),
    "level_before": (("figure", "claim"),),
    "baseline_before": (("figure", "claim"),),
    "stands_at": (("figure", "claim"),),
    "since": (("claim", "free"),),
    "baseline_claim": (("claim", "claim"),),
    "merge": (("claim", "claim"),),
    "count_then_its_change": (("claim", "claim"),),
    "level_target": (("figure",),),
    "change_target": (("free",),),
    "relative": (("figure", "claim"), ("claim", "figure")),
    "not_target": (("claim",), ("free",), ("free", "free"), ("figure", "claim")),
    "baseline_after": (("claim", "figure"),),
    "absolute": (("claim", "figure"),),
    "pair": (("count", "free"),),
    "level_stated_before": (("claim", "claim"),),
    "baseline_of_aim": (("claim", "claim"),),
    "outcome_after_aim": (("claim", "claim"),),
    "aim_after": (("claim", "figure"),),
    "level_of_change": (("figure", "claim"),),
    "same_baseline": (("claim", "claim"),),
    "level_and_change": (("free", "free"),),
    "level_is_change": (("claim",),),
    "level_then_baseline": (("free", "free"), ("count", "count")),
    "change_is_level": (("claim",),),
    "target_moved": (("claim",),),
    "in_indicator": (("figure", "claim"), ("claim", "claim")),
    "share_is_relative": (("claim", "claim"),),
}


@cache
def rules_for(code: str) -> tuple[Rule, ...]:
    """The pattern rules of language ``code`` (``sudgoals/lang/<code>/rules.toml``; none if it has no file).
    Raises ``ValueError`` naming the rule for a rule that is malformed."""
    path = os.path.join(os.path.dirname(os.path.abspath(lang.__file__)), code, "rules.toml")
    if not os.path.isfile(path):
        return ()
    raw = tomllib.load_data(path)
    out: list[Rule] = []
    seen: set[str] = set()
    for entry in cast(list[dict[str, Any]], raw.get("rule", [])):
        rule_id = str(entry.get("id", ""))
        where = f"lang/{code}/rules.toml rule {rule_id or '?'}"
        if not rule_id.startswith(f"{code}.") or rule_id in seen or rule_id.count(".") != 2:
            raise ValueError(f"{where}: an id must be unique and read '{code}.<stage>.<name>'")
        if rule_id.split(".")[1] not in STAGES:
            raise ValueError(f"{where}: the stage must be one of {STAGES}")
        seen.add(rule_id)
        makes = str(entry.get("makes", ""))
        if makes not in _MAKES:
            raise ValueError(f"{where}: makes must be one of {_MAKES}, not {makes!r}")
        pattern = tuple(
            Element.from_mapping(e, where) for e in cast(list[dict[str, Any]], entry.get("pattern", []))
        )
        wanted = _WANTED[makes]
        kinds = tuple("figure" if e.item in ("free", "count", "figure") else e.item for e in pattern)
        exact = tuple(e.item for e in pattern)
        if kinds not in wanted and exact not in wanted:
            raise ValueError(f"{where}: makes {makes!r} needs the items {' or '.join(map(str, wanted))}")
        direction = str(entry.get("direction", ""))
        if direction not in ("", "up", "down"):
            raise ValueError(f"{where}: direction must be 'up', 'down' or left out, not {direction!r}")
        examples = tuple(str(x) for x in entry.get("examples", []))
        if not examples:
            raise ValueError(f"{where}: a rule needs examples that must match")
        out.append(
            Rule(
                id=rule_id,
                priority=int(entry.get("priority", 0)),
                pattern=pattern,
                makes=makes,
                examples=examples,
                not_examples=tuple(str(x) for x in entry.get("not_examples", [])),
                description=str(entry.get("description", "")),
                direction=direction,
            )
        )
    return tuple(out)


# ------------------------------------------------------------------------------------------------ items


class _Item(Record):
    kind: Literal["claim", "free", "count"]
    start: int
    end: int
    sentence: int
    target: Target | None
    figure: Figure | None
    named: LooseCount | None  # a loose count: what it names
    sig: int  # its signature (:meth:`_Matcher.signature`): what the item-only conditions read

    __slots__ = ("kind", "start", "end", "sentence", "target", "figure", "named", "sig")  # noqa: RUF023

    def __init__(
        self,
        kind: Literal["claim", "free", "count"],
        start: int,
        end: int,
        sentence: int,
        *,
        target: Target | None = None,
        figure: Figure | None = None,
        named: LooseCount | None = None,
        sig: int = -1,
    ) -> None:
        self.kind = kind
        self.start = start
        self.end = end
        self.sentence = sentence
        self.target = target
        self.figure = figure
        self.named = named
        self.sig = sig


class _Block(Record):
    start: int
    end: int
    cuts: list[int]  # offsets where a sentence (or a clause after ";") of the block begins
    items: list[_Item]
    sigs: list[int]  # the items' signatures, once they are all known

    __slots__ = ("start", "end", "cuts", "items", "sigs")  # noqa: RUF023

    def __init__(
        self,
        start: int,
        end: int,
        cuts: list[int],
        items: list[_Item] | None = None,
        sigs: list[int] | None = None,
    ) -> None:
        self.start = start
        self.end = end
        self.cuts = cuts
        self.items = [] if items is None else items
        self.sigs = [] if sigs is None else sigs

    def sentence_end(self, k: int) -> int:
        """Where sentence ``k`` of the block ends: where the next one begins, or the block's end."""
        return self.cuts[k + 1] if k + 1 < len(self.cuts) else self.end


class _Words:
    """Word classes and canonical tokens of one language, for the predicates."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        # word lists of the rules as phrases (see _Matcher.phrases): the same for every paper of the language
        self.expanded: dict[tuple[str, ...], _Phrases] = {}
        data = lex.data
        fw = data.function_words
        self.classes: dict[str, frozenset[str]] = {
            "@intent": data.intent,
            "@copulas": data.copulas,
            "@target_nouns": data.target_nouns,
            "@link": frozenset(data.equivalence),
            "@that": fw["that"],
            "@level_prepositions": frozenset(data.level_prepositions),
            "@aux": frozenset(data.aux),
            # words of a change (not the weak "op", "more"): a figure after them is a change, not a level
            "@direction": frozenset(data.up + data.down) - frozenset(data.weak_direction),
            "@change_prepositions": frozenset(data.change_prepositions),
            "@baseline_marks": frozenset(data.baseline_markers),
            "@year_prepositions": frozenset(data.year_prepositions),
            "@anaphora": data.anaphora,
            "@count_adjectives": frozenset((*data.count_adjectives_up, *data.count_adjectives_down)),
            "@up_down": frozenset(data.up_down),
            "@than": frozenset(data.than),
            "@fillers": data.fillers,
            "@result_labels": frozenset(w.lower() for w in data.label_result),
            # verbs of making ("plant", "bygge", "plantet"): what they make is an addition, not the stock the
            # indicator stands at
            "@making_verbs": data.making_verbs | data.making_passives,
        }
        # words that name no indicator on their own: function words and words that point back
        self.naming_nothing = frozenset(w for role in fw.values() for w in role) | data.anaphora
        self.fractions = _Phrases(self.tokens(w) for w in data.fraction_words)
        self.ratios = tuple(r for r in (self.tokens(w) for w in data.ratio_words) if r)
        self.up = frozenset(data.up)  # (weak words too: "få ned" ends in "ned")
        self.down = frozenset(data.down)
        self.months = frozenset(m.lower() for m in data.months)
        self.conjunctions = data.conjunctions
        # words that open a clause with its own subject (", mens", ", while"); one word each
        self.clause_openers = frozenset(w for w in data.clause_openers if " " not in w)
        self.of_words = fw["of"]
        self.connectives = data.connectives
        self.articles = data.fillers  # (the articles are among the fillers: "et", "en", "a", "an", "ett")
        self.rate_words = frozenset(w.lower() for w in data.rate_words)
        # a year and the bracket that closes after a figure, "in" before it or not: "(2.100 i 2024)"
        ins = _regex.alternation(fw["in"])
        self.year_closes = _regex.compile(
            r"\s*" + (rf"(?:(?:{ins})\s+)?" if ins else "") + r"(?:19|20)\d\d(?:/\d\d)?\s*[)\]]"
        )

    def is_fraction(self, text: str) -> bool:
        """Whether a figure as written is a fraction or share phrase of the language ("hver tiende"), or a
        share written as two whole numbers with a ratio word of the language between them ("2 av 3")."""
        tokens = self.tokens(text)
        if self.fractions.contains(tokens):
            return True
        for ratio in self.ratios:
            n = len(ratio)
            if (
                len(tokens) == n + 2
                and tokens[1 : n + 1] == ratio
                and tokens[0].isdigit()
                and tokens[-1].isdigit()
            ):
                return True
        return False

    def expand(self, words: Iterable[str]) -> tuple[tuple[str, ...], ...]:
        """Each word or phrase as a tuple of canonical tokens; ``@class`` as each word of the class."""
        out: list[tuple[str, ...]] = []
        for word in words:
            members = self.classes.get(word, (word,)) if word.startswith("@") else (word,)
            out.extend(self.tokens(member) for member in members)
        return tuple(t for t in out if t)

    def tokens(self, text: str) -> tuple[str, ...]:
        canon = self.lex.canon
        return tuple(
            canon(m.group().lower()) for m in TOKEN_RE.finditer(text) if m.lastgroup in ("word", "num", "pct")
        )


@cache
def _words_of(language: str) -> _Words:
    """The word classes of ``language``, made once per process (as its lexicon is): expanding the rules'
    word lists into phrases took about 15 ms a paper."""
    return _Words(lexicon(language))


class _Phrases:
    """A set of phrases (tuples of canonical tokens), indexed by their first token, so that a window of
    tokens is searched once, whatever the number of phrases (a word class may hold hundreds)."""

    __slots__ = ("all", "by_first", "lengths")

    def __init__(self, phrases: Iterable[tuple[str, ...]]) -> None:
        self.all = frozenset(p for p in phrases if p)
        by_first: dict[str, list[tuple[str, ...]]] = {}
        for phrase in self.all:
            by_first.setdefault(phrase[0], []).append(phrase)
        self.by_first = by_first
        self.lengths = sorted({len(p) for p in self.all})

    def at(self, tokens: Sequence[str], k: int) -> int:
        """The length of the longest phrase that starts at ``tokens[k]`` (0 if none does)."""
        best = 0
        for phrase in self.by_first.get(tokens[k], ()):
            n = len(phrase)
            if n > best and tuple(tokens[k : k + n]) == phrase:
                best = n
        return best

    def contains(self, tokens: Sequence[str]) -> bool:
        if self.by_first.keys().isdisjoint(tokens):
            return False  # no phrase's first word is there (the usual case, decided in C)
        return any(self.at(tokens, k) for k in range(len(tokens)) if tokens[k] in self.by_first)

    def last_end(self, tokens: Sequence[str]) -> int | None:
        """The index just past the last place a phrase stands in ``tokens``, or ``None``."""
        if self.by_first.keys().isdisjoint(tokens):
            return None
        best: int | None = None
        for k in range(len(tokens)):
            if tokens[k] in self.by_first:
                n = self.at(tokens, k)
                if n and (best is None or k + n > best):
                    best = k + n
        return best

    def opens(self, tokens: Sequence[str]) -> bool:
        return bool(tokens) and tokens[0] in self.by_first and self.at(tokens, 0) > 0

    def closes(self, tokens: Sequence[str]) -> bool:
        """Whether ``tokens`` ends with one of the phrases."""
        return any(tuple(tokens[len(tokens) - n :]) in self.all for n in self.lengths if n <= len(tokens))


# ------------------------------------------------------------------------------------------------ matching


_Match = tuple[int, int, int, Rule, tuple[int, ...]]  # length, priority, start, rule, item indices
# the match's text and start by the unbound methods (called from C by ``map``), not ``methodcaller``, which
# looks the method up again on every match
_GROUP = re.Match.group
_START = re.Match.start


class _Matcher:
    """Matches the rules of a stage on the items of a block (:meth:`matches`), reading the words of ``doc``.

    ``rules`` are the rules of ``language`` (:func:`rules_for`) unless given; a test gives them in another
    order. Three attributes set how it matches, for the tests that check it finds what the plain way finds
    (set on the matcher, not as module globals: compiled by mypyc, the module reads its own globals
    directly): ``by_rule``, from how many items a block is matched rule by rule (:meth:`_matches_by_rule`);
    ``skips_lacking``, whether an element is passed over where its words are lacking (:meth:`_never`); and
    ``watch``, called by :func:`apply_rules` with the matcher, each block, stage and the matches found.
    """

    def __init__(self, doc: Document, language: str, rules: tuple[Rule, ...] | None = None) -> None:
        self.text = doc.text
        self.words = _words_of(language)
        self.rules = rules_for(language) if rules is None else rules
        self.by_rule = _BY_RULE
        self.skips_lacking = True
        self.watch: Callable[[_Matcher, _Block, _Stage, list[_Match]], object] | None = None
        self._expanded = self.words.expanded  # kept with the language's words: expanded once per process
        # token windows, each read once: (start, end) -> canonical tokens with their offsets
        self._windows: dict[tuple[int, int], tuple[tuple[int, str], ...]] = {}
        self._cut: dict[tuple[int, int, int], tuple[str, ...]] = {}  # (start, end, after) -> tokens
        # each sentence tokenised once: (block start, sentence index) -> token offsets and canonical tokens
        self._sentences: dict[tuple[int, int], tuple[list[int], list[str]]] = {}
        # item signatures (see ``signature``), and whether an element's item-only conditions hold for one:
        # (element number, signature) -> bool; equal elements (of different rules) share their number
        self._signatures: dict[tuple[Any, ...], int] = {}
        self._signature_keys: list[tuple[Any, ...]] = []
        self._alike: dict[tuple[int, int], bool] = {}
        self._fractions: dict[str, bool] = {}  # figure text -> whether it is a fraction or share phrase
        # (block start, floor, item start) -> the words of the item's sentence before it, from the floor
        self._before: dict[tuple[int, int, int], tuple[str, ...]] = {}
        # (block start, end, sentence or -1 for the whole block) -> (word list -> whether its phrases all
        # lack a word there, the words there); see _never
        self._lacking: dict[tuple[int, int, int], tuple[dict[tuple[str, ...], bool], frozenset[str]]] = {}

    def phrases(self, words: tuple[str, ...]) -> _Phrases:
        found = self._expanded.get(words)
        if found is None:
            found = self._expanded[words] = _Phrases(self.words.expand(words))
        return found

    def window(self, start: int, end: int) -> tuple[tuple[int, str], ...]:
        """The canonical tokens of ``text[start:end]`` with their offsets (memoised: each item asks for the
        same few windows once per rule element)."""
        found = self._windows.get((start, end))
        if found is None:
            offsets, tokens = self._content(start, end)
            found = tuple(zip(offsets, tokens, strict=True))
            if len(self._windows) > 50_000:
                self._windows.clear()
            self._windows[(start, end)] = found
        return found

    def _content(self, start: int, end: int) -> tuple[list[int], list[str]]:
        """The offsets and canonical spellings of the word, number and percent tokens of ``text[start:end]``
        (:data:`~sudgoals.extract.lexicon.CONTENT_RE`: no Python code per token but the list of matches)."""
        found = list(CONTENT_RE.finditer(self.text, start, end))
        lowered = list(map(str.lower, map(_GROUP, found)))
        return list(map(_START, found)), list(map(self.words.lex._canon.get, lowered, lowered))

    def _skipped(self, e: Element, before: tuple[str, ...]) -> int:
        """How many of the last words of ``before`` (at most three, each one of ``e.skips``) stand between the
        ``just_before`` words and the item: the fewest after which they close ``before``."""
        closing = self.phrases(e.just_before)
        skips = self.phrases(e.skips)
        n = 0
        while n <= 3 and n < len(before):
            if closing.closes(before[: len(before) - n]):
                return n
            if (before[len(before) - n - 1],) not in skips.all:
                break
            n += 1
        return 0

    def _comma_just_before(self, e: Element, previous: _Item | None, item: _Item, skipped: int) -> bool:
        """Whether one comma stands between ``previous`` and ``item``, right before the ``just_before`` words
        (and the ``skipped`` words after them)."""
        if previous is None or previous.end > item.start:
            return False
        gap = self.text[previous.end : item.start]
        if gap.count(",") != 1:
            return False
        rest = self.tokens_in(previous.end + gap.index(",") + 1, item.start)
        closing = self.phrases(e.just_before)
        words = tuple(rest[: len(rest) - skipped])
        if words in closing.all:
            return True
        if not e.skips or skipped or len(words) < 3 or (words[-1],) not in closing.all:
            return False
        # ", til et gjennomsnitt på 4,6 millioner", ", til et nivå på 900": the last of those words after a
        # run of skipped ones ("et gjennomsnitt") that follows the one right after the comma
        skips, n = self.phrases(e.skips), 1
        while n <= 3 and len(words) - n > 1 and (words[len(words) - n - 1],) in skips.all:
            n += 1
        return n > 1 and words[: len(words) - n] in closing.all

    def sentence_tokens(self, block: _Block, k: int, start: int, end: int) -> tuple[str, ...]:
        """The canonical tokens of sentence ``k`` of ``block`` that start in ``[start, end)``: the sentence is
        tokenised once, and each window is a slice of it (dense text asks for overlapping windows)."""
        offsets, tokens = self._sentence(block, k)
        return tuple(tokens[bisect.bisect_left(offsets, start) : bisect.bisect_left(offsets, end)])

    def _but_what_it_counts(self, block: _Block, k: int, lo: int, hi: int, count: _Item) -> tuple[str, ...]:
        """The tokens of sentence ``k`` in ``[lo, hi)`` but a word of direction right after the loose bare
        count ``count``, the thing it counts ("410 fald", "410 falls were recorded": falls, no word of a
        fall); a count adjective ("410 færre") or any other word ("410 will be housed") is kept."""
        offsets, tokens = self._sentence(block, k)
        at = bisect.bisect_left(offsets, count.end)
        classes = self.words.classes
        skip = (
            at < len(tokens)
            and offsets[at] < hi
            and tokens[at] in classes["@direction"]
            and tokens[at] not in classes["@count_adjectives"]
        )
        before = tokens[bisect.bisect_left(offsets, lo) : at]
        return (*before, *tokens[at + skip : bisect.bisect_left(offsets, hi)])

    def _sentence(self, block: _Block, k: int) -> tuple[list[int], list[str]]:
        """The offsets and canonical tokens of sentence ``k`` of ``block`` (tokenised once)."""
        key = (block.start, k)
        found = self._sentences.get(key)
        if found is None:
            a = block.cuts[k]
            b = block.sentence_end(k)
            found = self._sentences[key] = self._content(a, b)
        return found

    def _never(self, e: Element, block: _Block, sentence: int | None = None) -> bool:
        """Whether element ``e`` holds on no item of ``block`` (with ``sentence``: on no item of that
        sentence of it) for want of words: it needs one of its ``before``, ``sentence_has``,
        ``just_before`` or ``sentence_has_any`` phrases among the tokens of an item's sentence
        (:meth:`sentence_tokens`), and no phrase of one of them has all its words in the sentences that hold
        the block's items (in that sentence). Decided once per block (sentence) and word list: a block of
        many items that lacks a rule's words skips the rule instead of reading the words around each item
        (a line of 37,000 figures a MB tried each against about twenty such rules), and :meth:`around`
        reads no words around an item whose sentence lacks them."""
        if not self.skips_lacking:
            return False
        key = (block.start, block.end, -1 if sentence is None else sentence)
        memo = self._lacking.get(key)
        if memo is None:
            if sentence is None:
                words: set[str] = set()
                for k in {item.sentence for item in block.items}:
                    words.update(self._sentence(block, k)[1])
                present = frozenset(words)
            else:  # (the tokens around() reads for these conditions: the item's sentence, tokenised once)
                present = frozenset(self._sentence(block, sentence)[1])
            memo = self._lacking[key] = ({}, present)
        lacks, present = memo
        for needed in (e.before, e.sentence_has, e.just_before, e.sentence_has_any):
            if not needed:
                continue
            found = lacks.get(needed)
            if found is None:
                by_first = self.phrases(needed).by_first
                # (the keys & the words, a set: ``present & by_first.keys()`` is a set too, not the frozenset
                # its type says, and compiled by mypyc that check fails)
                found = lacks[needed] = not any(
                    present.issuperset(p) for first in by_first.keys() & present for p in by_first[first]
                )
            if found:
                return True
        return False

    def tokens_in(self, start: int, end: int, *, after: int = 0) -> tuple[str, ...]:
        """The canonical tokens of ``text[start:end]`` that start at ``after`` or later (memoised)."""
        key = (start, end, max(after, start))
        found = self._cut.get(key)
        if found is None:
            found = tuple(tok for at, tok in self.window(start, end) if at >= after)
            if len(self._cut) > 50_000:
                self._cut.clear()
            self._cut[key] = found
        return found

    def signature(self, item: _Item) -> int:
        """A small number for what the item-only conditions of an element read (its kind, which parts a
        claim has, whether it holds a placeholder, the unit and hedge of its figure, its direction): items
        with the same signature pass or fail those conditions alike, so each element decides them once per
        signature (:meth:`alike`), not once per item."""
        t = item.target
        if t is not None:
            a, r, v, b = t.absolute, t.relative, t.level, t.baseline
            figure = v or r or a or b
            parts: tuple[bool, ...] = (a is not None, r is not None, v is not None, b is not None)
            placeholder = (
                (a is not None and a.placeholder)
                or (r is not None and r.placeholder)
                or (v is not None and v.placeholder)
                or (b is not None and b.placeholder)
            )
            direction = "none" if t.direction is None else t.direction.value
        else:
            figure = item.figure
            parts = ()
            placeholder = figure is not None and figure.placeholder
            direction = "none"
        unit = None if figure is None else figure.unit
        hedge = None if figure is None or figure.hedge_kind is None else figure.hedge_kind.value
        key = (item.kind, parts, placeholder, unit, hedge, direction)
        found = self._signatures.get(key)
        if found is None:
            found = self._signatures[key] = len(self._signature_keys)
            self._signature_keys.append(key)
        return found

    def alike(self, e: Element, ident: int, sig: int) -> bool:
        """Whether the item-only conditions of element ``e`` (number ``ident`` of its stage) hold for items of
        signature ``sig`` (memoised)."""
        memo = self._alike
        found = memo.get((ident, sig))
        if found is None:
            found = memo[(ident, sig)] = _item_holds(e, self._signature_keys[sig])
        return found

    def _year_after(self, block: _Block, item: _Item) -> bool:
        """Whether a year stands after the figure of ``item`` in its clause, within a few words ("var 47 dagar
        under 2024", "was 47 days in March 2024"; not after a comma: "var 47 dage, mod 52 i 2023")."""
        end = min(block.sentence_end(item.sentence), item.end + 40)
        tail = self.text[item.end : end]
        cut = min((k for k in (tail.find(","), tail.find(";"), tail.find(":")) if k >= 0), default=len(tail))
        return _YEAR.search(tail, 0, cut) is not None

    def _count_named_as_before(self, block: _Block, previous: _Item, item: _Item, count: LooseCount) -> bool:
        """Whether the loose count ``count`` (``item``) names what the item before it counts (see
        ``named_as_before``): the last word of its subject, else the first word of its sentence, points back
        ("Den var 5.200 ton i 2024"), or stands in the sentence of ``previous``, or holds a word of five
        letters or more of it ("Medianväntetiden var 47 dagar" after "Väntetiden ... ska vara högst 30
        dagar")."""
        name = self.words.tokens(count.named_before) or self._sentence(block, item.sentence)[1][:1]
        # its subject, not the copula, year and fillers after it ("Ventetiden var i 2024 i gennemsnit")
        classes = self.words.classes
        tail = (classes["@copulas"], classes["@fillers"], classes["@year_prepositions"])
        end = len(name)
        while end > 1 and (any(name[end - 1] in words for words in tail) or _YEAR.fullmatch(name[end - 1])):
            end -= 1
        name = name[:end]
        if not name:
            return False
        last = name[-1]
        if last in self.words.classes["@anaphora"]:
            return True
        said = self._sentence(block, previous.sentence)[1]
        return _said_in(last, said) or any(len(w) >= 5 and w in last for w in said)

    def _named_as_before(self, block: _Block, previous: _Item, t: Target | None) -> bool:
        """Whether the claim ``t`` names what the item before it counts (see ``named_as_before``): no
        indicator, or only the target noun ("Målet är minst 72"), a word that points back ("antallet", "the
        number"), or an indicator whose last word stands in the sentence of ``previous`` ("I dag er 400
        borgere langtidsledige." / "60 færre langtidsledige"), alone or inside a compound there."""
        if t is None or not t.indicator:
            return True
        name = self.words.tokens(t.indicator)
        if not name or name[-1] in self.words.classes["@anaphora"]:
            return True
        if self.words.classes["@target_nouns"].issuperset(name):
            return True
        # "et gennemsnit på mindst 7,4" after "Karaktergennemsnittet var 7,1", "fraværet" after "Sygefraværet"
        return _said_in(name[-1], self._sentence(block, previous.sentence)[1])

    def _counts_as_before(self, block: _Block, previous: _Item, item: _Item) -> bool:
        """Whether the first word after the number of ``item`` (see ``counts_as_before``) stands in the
        sentence of ``previous``, or inside a compound there if of five letters or more ("310 hjemløse"
        after "Antallet af hjemløse", "4,380 unsheltered people" after "the unsheltered homeless count")."""
        after = self.words.tokens(self.text[item.start : min(block.end, item.end + 40)])
        word = next((w for w in after if any(c.isalpha() for c in w)), None)
        if word is None:
            return False
        return _said_in(word, self._sentence(block, previous.sentence)[1])

    def _same_clause(self, start: int, end: int) -> bool:
        """Whether the words from ``start`` to ``end`` (between two items) open no clause of their own: no
        conjunction followed by a word of intent ("and the employment rate will increase by", ", og andelen i
        job skal øges med"), unless the word after the conjunction names the thing before again ("and this
        will be"); a share ("og andelen") is never the count before it."""
        if start > end:
            return True
        words = self.words
        gap = words.tokens(self.text[start:end])
        if not words.clause_openers.isdisjoint(gap):
            return False  # ", mens beskæftigelsen steg med", ", while employment rose by": its own subject
        direction = words.classes["@direction"]
        for k, word in enumerate(gap):
            if word not in words.conjunctions or k + 1 >= len(gap):
                continue
            nxt = gap[k + 1]
            # "and this will be", "og antallet faldt": the thing before again; "og antallet af beskæftigede"
            # names another
            again = (
                nxt in words.classes["@anaphora"]
                and nxt not in words.rate_words
                and not (k + 2 < len(gap) and gap[k + 2] in words.of_words)
            )
            if again:
                continue
            if not words.classes["@intent"].isdisjoint(gap[k + 1 :]):
                return False
            # "og beskæftigelsen steg med", "and employment rose by": a subject, then a verb of change (a
            # word of change after an article is a noun: "og dermed et fald på", "and thus a fall of")
            if nxt not in direction and nxt not in words.naming_nothing and nxt not in words.connectives:
                for j in range(k + 2, len(gap)):
                    if gap[j] in direction and gap[j - 1] not in words.articles:
                        return False
        return True

    def _label_ends_line(self, line: int, floor: int, labels: tuple[str, ...], figure_end: int) -> bool:
        """Whether the line before the one that starts at ``line`` ends in a colon, or is a label broken off
        its figure: a bracket opened by a word that ends in one of ``labels`` ("(target" / "50%)"), a line
        of at most three words, one of them such a word ("Mål 2027" / "80 pct."), or a line that ends in
        such a word, a year and a comma ("..., mål 2025," / "75 %"), or ends in such a word when the figure
        (ending at ``figure_end``) stands alone on its line ("... mot målet" / "90 procent."). A line of
        running text that ends in such a word before a line that goes on ("We missed the target" / "80% of
        residents are satisfied.") is none."""
        # the whole line before (it starts at the document's start only when it is the first line): not the
        # text from the document's start whenever the line opened before ``floor``, which read the text
        # before it again for each figure and made a long paper's reading grow with its square
        start = self.text.rfind("\n", 0, line - 1) + 1
        before = self.text[start:line].rstrip()
        if before.endswith(":"):
            return True
        words = self.words.tokens(before)
        if len(words) <= 3 or _ENDS_IN_YEAR_CELL.search(before):
            return any(word.endswith(labels) for word in words[-3:] if word.isalpha())
        line_end = self.text.find("\n", figure_end)
        rest = self.text[figure_end : len(self.text) if line_end == -1 else line_end]
        if words and not rest.strip(" \t\r.,;:)]") and words[-1].endswith(labels) and words[-1].isalpha():
            return True
        bracket = before.rfind("(")
        return bracket != -1 and any(
            word.endswith(labels) for word in self.words.tokens(before[bracket:]) if word.isalpha()
        )

    def around(self, e: Element, block: _Block, k: int, previous: _Item | None) -> bool:
        """The conditions of element ``e`` on item ``k`` of ``block`` beyond its signature: where it stands
        relative to ``previous``, and the words around it."""
        item = block.items[k]
        if (
            previous is not None
            and previous.target is not None
            and (previous.end > item.start or (e.sentence == "same" and item.sentence != previous.sentence))
        ):  # a claim linked over sentences: where its figure before the item stands
            previous = _part_before(block, previous, item.start)
        if previous is not None:
            gap = item.sentence - previous.sentence
            if (e.sentence == "same" and gap != 0) or (e.sentence == "next" and gap != 1):
                return False
        if (e.before or e.sentence_has or e.just_before or e.sentence_has_any) and self._never(
            e, block, item.sentence
        ):
            return False  # words it needs are not in the item's sentence
        t = item.target
        figure = (t.level or t.relative or t.absolute or t.baseline) if t is not None else item.figure
        # the words before an item are those before its first figure (a claim's span opens with its indicator)
        anchor = item.start
        if e.unit_as_before and previous is not None:
            was = _figure_of(previous)
            if figure is None or was is None or (figure.unit != was.unit and figure.unit.value != "count"):
                return False
            if (  # "I dag venter 400 borgere": a count of things, not a bare number in the unit before
                figure.unit != was.unit
                and item.named is not None
                and item.named.named_after
                and was.unit.value != "count"
            ):
                return False
        if e.year_label and not (
            _year_label(self.text, self.words, item.start) is not None
            or (
                _BRACKET_OPENS.search(self.text, max(0, item.start - 4), item.start)
                and self.words.year_closes.match(self.text, item.end, item.end + 24)
            )
        ):
            return False
        if e.after_colon or e.not_after_colon:
            opening = self.text[max(0, item.start - 4) : item.start]
            if opening.rstrip(_LABEL_BLANKS).endswith(":") is not e.after_colon:
                return False
        if e.same_unit and previous is not None:
            was = _figure_of(previous)
            if figure is None or was is None or figure.unit != was.unit:
                return False
        if e.base_as_before and previous is not None:
            was = _figure_of(previous)
            if (
                figure is None
                or was is None
                or (figure.unit.base != was.unit.base and figure.unit.value != "count")
            ):
                return False
        if (
            e.gap_lacks
            and (  # (an item inside the one before has no gap: "| 4,8 | 4,5 | 4,0 |")
                previous is None
                or previous.end > item.start
                or any(mark in self.text[previous.end : item.start] for mark in e.gap_lacks)
            )
        ):
            return False
        if e.same_clause and previous is not None and not self._same_clause(previous.end, item.start):
            return False
        if e.named_as_before and (
            previous is None
            or not (
                self._count_named_as_before(block, previous, item, item.named)
                if t is None and item.named is not None
                else self._named_as_before(block, previous, t)
            )
        ):
            return False
        if e.counts_as_before and (previous is None or not self._counts_as_before(block, previous, item)):
            return False
        if e.gap_has_year and (
            previous is None
            or previous.end > item.start
            or _YEAR.search(self.text, previous.end, min(item.start, previous.end + _WINDOW)) is None
        ):
            return False
        if e.year_after and not self._year_after(block, item):
            return False
        if e.in_brackets and (previous is None or self.text[previous.end : item.start].strip() != "("):
            return False
        if e.alone:
            here = item.sentence
            if (k > 0 and block.items[k - 1].sentence == here) or (
                k + 1 < len(block.items) and block.items[k + 1].sentence == here
            ):
                return False
        sentence_start = block.cuts[item.sentence]
        if e.opens_when and not self.opens_when(block, item.sentence, sentence_start):
            return False
        if e.opens:
            head = self.tokens_in(sentence_start, min(sentence_start + 60, block.end))
            phrases = self.phrases(e.opens)
            first_words = range(min(e.opens_within, len(head)))
            if not any(head[j] in phrases.by_first and phrases.at(head, j) for j in first_words):
                return False
        if (
            e.before
            or e.sentence_has
            or e.just_before
            or e.not_just_before
            or e.not_before
            or e.before_ends
            or e.max_gap
        ):
            floor = max(sentence_start, anchor - _WINDOW, previous.end if previous is not None else 0)
            key = (block.start, floor, anchor)
            before = self._before.get(key)
            if before is None:
                before = self.sentence_tokens(block, item.sentence, floor, anchor) if floor < anchor else ()
                if len(self._before) > 4096:  # asked again for the same item by other rules, soon after
                    self._before.clear()
                self._before[key] = before
            skipped = self._skipped(e, before) if e.skips else 0  # "to a record 117,450"
            if e.max_gap and (previous is None or previous.end < floor or len(before) - skipped > e.max_gap):
                return False
            if e.before:
                near = before[-e.within :]
                at = self.phrases(e.before).last_end(near)
                if at is None:
                    return False
                if e.not_between and self.phrases(e.not_between).contains(near[at:]):
                    return False
            if e.before_ends:  # a label stands on the figure's own line
                line = self.text.rfind("\n", floor, anchor) + 1
                # (0: no line break since the floor; the text before the anchor is then not sliced, which
                # from the document's start made each such look cost as much as the text before it)
                opening = self.text[line:anchor] if line else ""
                if line and (
                    (opening.strip() and _YEAR_AND_COLON.fullmatch(opening))
                    or (not opening.strip() and self._label_ends_line(line, floor, e.before_ends, item.end))
                ):
                    # or ends the line before, when the line was broken after the label's colon ("Mål
                    # 2027:\n80 pct."), after the label itself ("Mål\n2027: 80 pct.", "(target\n50%)")
                    line = self.text.rfind("\n", floor, line - 1) + 1
                near = (before if not line else self.sentence_tokens(block, item.sentence, line, anchor))[
                    -e.within :
                ]
                at = next((k for k in range(len(near) - 1, -1, -1) if near[k].endswith(e.before_ends)), None)
                if at is None:
                    return False
                if e.not_between and self.phrases(e.not_between).contains(near[at + 1 :]):
                    return False
            if e.not_before and self.phrases(e.not_before).contains(before[-(e.not_within or e.within) :]):
                return False
            if e.sentence_has and not self.phrases(e.sentence_has).contains(before):
                return False
            if e.just_before and not self.phrases(e.just_before).closes(before[: len(before) - skipped]):
                return False
            if e.not_just_before and self.phrases(e.not_just_before).closes(before):
                return False
            if e.comma_just_before and not self._comma_just_before(e, previous, item, skipped):
                return False
        if e.fraction and (figure is None or not self.is_fraction(_unhedged(figure))):
            return False
        if e.band and (figure is None or figure.band_low is None):
            return False
        if e.status and (t is None or not t.status):
            return False
        if e.aimed and (t is None or t.status):
            return False
        if e.yearless and (t is None or t.year is not None or t.reference_year is not None):
            return False
        if e.sentence_lacks or e.sentence_has_any:
            k = item.sentence
            end = block.sentence_end(k)
            lo, hi = max(sentence_start, item.start - _WINDOW), min(end, item.end + _WINDOW)
            near = self.sentence_tokens(block, k, lo, hi)
            if (
                e.sentence_lacks
                and self.phrases(e.sentence_lacks).contains(near)
                and (  # "I 2024 blev der registreret 410 fald": the word after a bare count is what it counts
                    item.kind != "count"
                    or figure is None
                    or figure.unit != Unit.COUNT
                    or self.phrases(e.sentence_lacks).contains(
                        self._but_what_it_counts(block, k, lo, hi, item)
                    )
                )
            ):
                return False
            if e.sentence_has_any and not self.phrases(e.sentence_has_any).contains(near):
                return False
        if e.after_first:  # after the item's first figure ("47 flere end året før (+18 pct.)")
            first_end = item.end
            if item.target is not None:
                spans = [f.span for f in _figures(item.target) if f.span is not None]
                first_end = min(spans, key=lambda x: x.start).end if spans else item.end
            following = self.tokens_in(first_end, min(first_end + 60, block.end))[:3]
            if not self.phrases(e.after_first).contains(following):
                return False
        if e.not_after or e.after:
            after = self.tokens_in(item.end, min(item.end + 40, block.end))[:4]
            if e.not_after and self.phrases(e.not_after).contains(after):
                return False
            if e.after and not self.phrases(e.after).opens(after):
                return False
        return True

    def is_fraction(self, text: str) -> bool:
        """:meth:`_Words.is_fraction`, once per figure text."""
        found = self._fractions.get(text)
        if found is None:
            found = self._fractions[text] = self.words.is_fraction(text)
        return found

    def opens_when(self, block: _Block, k: int, start: int) -> bool:
        """Whether sentence ``k`` of ``block`` opens, among its first words, with when it speaks of: a year
        after a year preposition ("I 2022", "In 2023", "Ved utgangen av 2024", "At the end of 2024"), with a
        month between them or not ("I december 2024", "At the end of March 2025"), or a financial year after
        one ("In FY2024", "In FY24"), or after one and a word of
        time or a compound that ends in one ("I perioden 2020–2024", "I skoleåret 2023/24"), or after such a
        compound alone ("Läsåret 2024/25", "Skoleåret 2024/25"), or a mark of where an indicator stands now
        ("I dag", "Currently", "Udgangspunktet er")."""
        head = self.sentence_tokens(block, k, start, min(start + 80, block.end))[:7]
        marks = self.phrases(("@baseline_marks",))
        prepositions = self.words.classes["@year_prepositions"]
        periods = self.words.lex.data.time_words
        fiscal = self.words.lex.data.financial_year
        if len(head) > 3 and head[0] in prepositions and _numbered_period(head[1], head[2], periods):
            return True  # "I 1. tertial", "I 3. kvartal": a part of the year, numbered
        if len(head) > 3 and head[0] in prepositions and head[1] in fiscal and financial_year(head[2]):
            return True  # "In FY2024, 78 percent ...", "In FY24 we collected": a financial year
        numbered = self.words.lex.data.numbered_periods
        if len(head) > 3 and head[0] in prepositions and head[1] in numbered and head[2].isdigit():
            return True  # "In week 12", "Under kvartal 4": a part of the year and its number
        for j in range(min(6, len(head))):
            if j < 4 and head[j] in marks.by_first and marks.at(head, j):
                return True
            if not (j and _YEAR.fullmatch(head[j])):
                continue
            i = j - 1 if head[j - 1] in self.words.months else j  # "I december 2024", "end of March 2024"
            if 0 < i < 4 and head[i - 1] in prepositions:
                return True
            if 1 < i < 5 and " ".join(head[:i]) in prepositions:
                return True  # "Ved utgangen av 2024", "At the end of 2024": a preposition of several words
            if 1 < i < 4 and head[i - 2] in prepositions and head[i - 1] in periods:
                return True  # "I perioden 2020–2024", "I året 2023": a year after a word of time
            if i == 3 and head[0] in prepositions and head[2] in periods and head[1].isalpha():
                return True  # "In fiscal year 2024", "I hele året 2023": a word before the word of time
            if i == 2 and head[0] in prepositions and _ends_in_time_word(head[1], periods):
                return True  # "I skoleåret 2023/24": the sentence opens with a compound of a word of time
            if i == 1 and _ends_in_time_word(head[0], periods):
                return True  # "Läsåret 2024/25 var andelen ...": the compound of a word of time opens it
            if i < j and self._opens_with_date(head, i):
                return True  # "Den 31 december 2024", "On 31 March 2024", "Pr. 1. januar 2024"
            if self._survey_by_year(head, i, j, prepositions):
                return True  # "I medarbetarenkäten 2024", "In the 2024 staff survey"
        return False

    @staticmethod
    def _opens_with_date(head: Sequence[str], month: int) -> bool:
        """Whether the month at ``month`` of a sentence's first words has a day before it ("31 december",
        "1. januar") that at most two words precede ("Den", "On", "Per den", "As at")."""
        d = month - 1
        if d > 0 and head[d] == ".":
            d -= 1  # "1. januar"
        return (
            0 <= d <= 2
            and head[d].isdigit()
            and 1 <= int(head[d]) <= 31
            and all(t.isalpha() or t == "." for t in head[:d])
        )

    def _survey_by_year(self, head: Sequence[str], i: int, j: int, prepositions: Iterable[str]) -> bool:
        """Whether a sentence opens with a preposition and a survey (or a compound ending in one) before its
        year at ``j`` ("I medarbetarenkäten 2024"), or with a preposition, a short word and the year, and a
        survey a word or two after it ("In the 2024 staff survey")."""
        surveys = self.words.lex.data.survey_nouns
        if not (surveys and i == j == 2 and head[0] in prepositions):
            return False
        word = head[1]
        return (
            word in surveys
            or any(len(s) > 3 and len(word) > len(s) + 2 and word.endswith(s) for s in surveys)
            or (len(word) <= 3 and any(t in surveys for t in head[3:6]))
        )

    def stage(self, rules: Sequence[Rule]) -> _Stage:
        """``rules`` compiled for matching (once per stage and paper): each with its length, whether it names
        loose counts, and its elements numbered, with whether each reads more than its item's signature. The
        compiled rules depend on the rules alone, so a tuple of them (a stage of a language, see
        :func:`_by_stage`) is compiled once per process; each paper gets a stage of its own to fill."""
        return _Stage(_kept_for(_COMPILED, rules, _compiled))

    def matches(self, block: _Block, stage: _Stage) -> list[_Match]:
        """Every (length, priority, start, rule, indices of its items in ``block.items``) of the rules of
        ``stage`` that matches at some start in ``block``. Loose counts are items only to the rules that
        name them: to the others they are not there ("must pass year 9. That is ..." still links across
        "9"). Each start is tried with the rules whose first element its item's signature passes, in file
        order; the conditions on the words around an item are read only for items that pass the others. A
        block of many items is matched rule by rule instead (:meth:`_matches_by_rule`), with the same
        matches in the same order."""
        found: list[_Match] = []
        items = block.items
        n = len(items)
        if not n:
            return found
        sigs = block.sigs
        if len(sigs) != n:
            signature = self.signature
            for item in items:
                if item.sig < 0:
                    item.sig = signature(item)
            sigs = block.sigs = [item.sig for item in items]
        if n >= self.by_rule:
            return self._matches_by_rule(block, stage, sigs)
        if n == 1:  # a block of one item (most blocks): only the rules of one element can match on it
            return self._matches_alone(block, stage, sigs[0])
        for sig in set(sigs):
            self._opening(stage, sig)  # (filled once per signature; read below straight from the dict)
        opening = stage.opening
        starts = [k for k in range(n) if opening[sigs[k]]]
        if not starts:
            return found  # no rule of the stage opens on any of the block's items
        if any(item.kind == "count" for item in items):
            plain = [k for k in range(n) if items[k].kind != "count"]
            at_plain = {k: j for j, k in enumerate(plain)}
        else:
            plain = list(range(n))
            at_plain = None
        alike = self._alike
        around = self.around
        for k in starts:  # each start, then the rules that may open on its item, in file order
            first: dict[int, bool] = {}  # element number -> whether it holds as the first, at k
            for rule, size, names_counts, elements in opening[sigs[k]]:
                ident, element, reads = elements[0]
                if size == 1:
                    if reads:  # the same element as the first of other rules is alike at k
                        ok = first.get(ident)
                        if ok is None:
                            ok = first[ident] = around(element, block, k, None)
                        if not ok:
                            continue
                    found.append((1, rule.priority, k, rule, (k,)))
                    continue
                if names_counts:
                    if k + size > n:
                        continue
                    at: tuple[int, ...] = tuple(range(k, k + size))
                else:
                    j = k if at_plain is None else at_plain[k]
                    if j + size > len(plain):
                        continue
                    at = tuple(plain[j : j + size])
                # the later items' signatures first (looked up, and most rules of two or more items stop
                # there), then the words around each item in order: every condition is read from the text
                # and the items alone, so the order decides nothing but how much is read
                for (ident_i, element_i, _reads), i in zip(elements[1:], at[1:], strict=True):
                    ok = alike.get((ident_i, sigs[i]))
                    if ok is None:
                        ok = self.alike(element_i, ident_i, sigs[i])
                    if not ok:
                        break
                else:
                    if reads:
                        ok = first.get(ident)
                        if ok is None:
                            ok = first[ident] = around(element, block, k, None)
                        if not ok:
                            continue
                    previous = items[k]
                    for (_ident, element_i, reads_i), i in zip(elements[1:], at[1:], strict=True):
                        if reads_i and not around(element_i, block, i, previous):
                            break
                        previous = items[i]
                    else:
                        found.append((size, rule.priority, k, rule, at))
        return found

    def _opening(self, stage: _Stage, sig: int) -> list[_Compiled]:
        """The rules of ``stage`` whose first element an item of signature ``sig`` passes, in file order
        (remembered per signature)."""
        found = stage.opening.get(sig)
        if found is None:
            found = stage.opening[sig] = [c for c in stage.rules if self.alike(c[3][0][1], c[3][0][0], sig)]
        return found

    def _matches_alone(self, block: _Block, stage: _Stage, sig: int) -> list[_Match]:
        """:meth:`matches` on a block of one item, whose signature is ``sig``: the rules of one element that
        open on it, in file order (remembered per signature: a longer rule needs more items than there are,
        and a rule names loose counts or not only for the items after its first)."""
        rules = stage.alone.get(sig)
        if rules is None:
            rules = stage.alone[sig] = [c for c in self._opening(stage, sig) if c[1] == 1]
        found: list[_Match] = []
        if not rules:
            return found
        first: dict[int, bool] = {}  # element number -> whether it holds on the item
        for rule, _size, _names_counts, elements in rules:
            ident, element, reads = elements[0]
            if reads:
                ok = first.get(ident)
                if ok is None:
                    ok = first[ident] = self.around(element, block, 0, None)
                if not ok:
                    continue
            found.append((1, rule.priority, 0, rule, (0,)))
        return found

    def _matches_by_rule(self, block: _Block, stage: _Stage, sigs: list[int]) -> list[_Match]:
        """Every (length, priority, start, rule, indices of its items in ``block.items``) of the rules of
        ``stage`` that matches at some start in ``block``. Loose counts are items only to the rules that
        name them: to the others they are not there ("must pass year 9. That is ..." still links across
        "9"). Rule by rule, in file order, among those whose first element some item's signature passes:
        the starts where every element's item passes on its signature alone are found in one sweep over
        the block's signatures (a set look-up per item and element), and the conditions on the words
        around an item are read only there; the matches are then put in :meth:`matches`' order (by start,
        each start's rules in file order). Trying each start with each rule in turn cost about 3 us per
        item and rule: 0.5 s of a one-line paper of 20,000 figures, where this takes 0.01 s."""
        found: list[_Match] = []
        items = block.items
        n = len(items)
        distinct = set(sigs)
        if len(distinct) == 1:
            rules = self._opening(stage, sigs[0])
        else:
            # by the rule (each rule is in a stage once), not the tuple: compiled by mypyc, a tuple of fixed
            # length is held unboxed and boxed again when it is read, a new object with another id() each time
            opened = {id(c[0]) for sig in distinct for c in self._opening(stage, sig)}
            rules = [c for c in stage.rules if id(c[0]) in opened]
        if not rules:
            return found  # no rule of the stage opens on any of the block's items
        everything = range(n)
        if any(item.kind == "count" for item in items):
            plain: Sequence[int] = [k for k in everything if items[k].kind != "count"]
            plain_sigs = [sigs[k] for k in plain]
        else:
            plain, plain_sigs = everything, sigs
        alike = self.alike
        around = self.around
        first: dict[tuple[int, int], bool] = {}  # (element number, start) -> whether it holds as the first
        for rule, size, names_counts, elements in rules:
            # the signatures each element passes, of those in the block
            passes = [{sig for sig in distinct if alike(e, ident, sig)} for ident, e, _reads in elements]
            if not all(passes) or any(reads and self._never(e, block) for _ident, e, reads in elements):
                continue
            if size == 1:  # (a rule's first element passes no loose count unless the rule names them)
                order: Sequence[int] = everything
                starts: Iterable[int] = [k for k in everything if sigs[k] in passes[0]]
            else:
                order, seq = (everything, sigs) if names_counts else (plain, plain_sigs)
                # whether item j of the sequence passes element p, shifted by p: a window per start
                holds = [list(map(passes[p].__contains__, seq[p:])) for p in range(size)]
                starts = [
                    j for j, window in enumerate(zip(*holds, strict=False)) if all(window)
                ]  # the shortest ends it
            ident, element, reads = elements[0]
            for j in starts:
                at = (order[j],) if size == 1 else tuple(order[j : j + size])
                k = at[0]
                if reads:  # the first element, whose item is k: the same element in other rules is alike
                    ok = first.get((ident, k))
                    if ok is None:
                        ok = first[(ident, k)] = around(element, block, k, None)
                    if not ok:
                        continue
                previous = items[k]
                for (_ident, later, later_reads), i in zip(elements[1:], at[1:], strict=True):
                    if later_reads and not around(later, block, i, previous):
                        break
                    previous = items[i]
                else:
                    found.append((size, rule.priority, k, rule, at))
        if len(rules) > 1:  # start by start, each start's rules in file order, as :meth:`matches` lists them
            place = stage.place
            found.sort(key=lambda m: (m[2], place[id(m[3])]))
        return found


# from how many items on a block is matched rule by rule (:meth:`_Matcher._matches_by_rule`)
_BY_RULE: Final = 32

# a compiled rule: the rule, its length, whether it names loose counts, its (number, element, reads around)
_Compiled = tuple[Rule, int, bool, tuple[tuple[int, Element, bool], ...]]
# every element's number (equal elements, of different rules, share theirs), and each tuple of rules compiled,
# by its id() (the tuple is kept, so its id is not taken over while it is here): both for the process
_ELEMENT_IDS: Final[dict[Element, int]] = {}
_COMPILED: Final[dict[int, tuple[Sequence[Rule], list[_Compiled]]]] = {}
_MAX_COMPILED: Final = 256  # tuples of rules compiled at once (a language has a tuple per stage)


class _Stage:
    """The rules of one stage compiled by :meth:`_Matcher.stage`, with, per item signature, the rules whose
    first element such an item passes (filled as signatures come)."""

    __slots__ = ("alone", "opening", "place", "rules")

    def __init__(self, rules: list[_Compiled]) -> None:
        self.rules = rules
        self.opening: dict[int, list[_Compiled]] = {}
        self.alone: dict[int, list[_Compiled]] = {}  # per signature, the opening rules of one element
        self.place = {id(c[0]): k for k, c in enumerate(rules)}  # id() of a rule -> its place in the file


def _item_holds(e: Element, signature: tuple[Any, ...]) -> bool:
    """Whether the conditions of element ``e`` that read only its item hold for an item of ``signature``
    (see :meth:`_Matcher.signature`): its kind, the parts a claim has or lacks, placeholders, the unit,
    direction and hedge of its figure."""
    kind, parts, placeholder, unit, hedge, direction = signature
    if kind != e.item and not (e.item == "figure" and kind != "claim"):
        return False
    if placeholder and not e.placeholder:
        return False  # placeholders are unknowns of their own: linked only where a rule says so
    if kind == "claim":
        present = dict(zip(_PARTS, parts, strict=True))
        if not all(present[part] for part in e.has) or any(present[part] for part in e.lacks):
            return False
    if e.unit and (unit is None or not _unit_in(unit, e.unit)):
        return False
    if e.direction and direction not in e.direction:
        return False
    # a free figure's hedge, or a claim's level's (else its relative change's, ...)
    return not e.hedge or (hedge or "none") in e.hedge  # "none": no hedge at all


def _reads_around(e: Element) -> bool:
    """Whether element ``e`` has a condition beyond its item's signature (see :meth:`_Matcher.around`)."""
    return bool(
        e.sentence != "any"
        or e.unit_as_before
        or e.same_unit
        or e.base_as_before
        or e.gap_lacks
        or e.gap_has_year
        or e.year_after
        or e.year_label
        or e.after_colon
        or e.not_after_colon
        or e.in_brackets
        or e.alone
        or e.opens_when
        or e.opens
        or e.before
        or e.sentence_has
        or e.just_before
        or e.comma_just_before
        or e.not_just_before
        or e.not_before
        or e.before_ends
        or e.max_gap
        or e.fraction
        or e.band
        or e.status
        or e.aimed
        or e.yearless
        or e.sentence_lacks
        or e.sentence_has_any
        or e.after_first
        or e.not_after
        or e.after
        or e.same_clause
        or e.named_as_before
        or e.counts_as_before
    )


# ------------------------------------------------------------------------------------------------ productions


def _figure_of(item: _Item) -> Figure | None:
    """The figure a predicate on ``item`` looks at: a claim's level, else its relative change."""
    if item.target is not None:
        return item.target.level or item.target.relative or item.target.absolute or item.target.baseline
    return item.figure


def _unhedged(figure: Figure) -> str:
    """``figure`` as written without the hedge that opens it: "7 av 10" of "Omtrent 7 av 10" (a share in two
    whole numbers is one, hedged or not)."""
    text, hedge = figure.text, figure.hedge
    return text[len(hedge) :].lstrip() if hedge and text.startswith(hedge) else text


def _unit_in(unit: object, names: tuple[str, ...]) -> bool:
    """Whether ``unit`` is one of ``names``; "measured" names any unit of measure (days, tons, m³, ...)."""
    from sudgoals.model import Unit

    assert isinstance(unit, Unit)
    if unit.value in names:
        return True
    return "measured" in names and unit.value not in _NOT_MEASURED


_NOT_MEASURED = frozenset({"count", "percent", "percentage_point", "factor", "year"})


def _figures(target: Target) -> list[Figure]:
    return [f for f in (target.absolute, target.relative, target.level, target.baseline) if f is not None]


def _joined(doc: Document, first: Target, start: int, end: int) -> Target:
    span = doc.span(min(first.span.start, start), max(first.span.end, end))
    return replace(first, span=span)


def _opening_year(text: str, start: int, end: int) -> int | None:
    """The year among the first four words of the sentence that starts at ``start`` ("I 2022 var ...")."""
    words = TOKEN_RE.finditer(text, start, min(end, start + 60))
    for _, m in zip(range(4), words, strict=False):
        if _YEAR.fullmatch(m.group()):
            return int(m.group())
    return None


def _indicator(words: _Words, text: str) -> str:
    """The words naming what a level counts, from the clause before its figure: after the last word of
    intent or "that", without auxiliaries and copulas at either end."""
    colon = text.rfind(":")
    if colon >= 0 and len(re.findall(r"[^\W\d_]+", text[colon + 1 :])) >= 2:
        text = text[colon + 1 :]  # "Målopfyldelse: Målet for 2024 var en tilfredshed på": a label before it
    raw = [m for m in TOKEN_RE.finditer(text) if m.lastgroup == "word"]
    canon = words.lex.canon
    cut = 0
    for k, m in enumerate(raw):  # "Målet er, at andelen ...": what is counted starts after "at"
        if canon(m.group().lower()) in words.classes["@that"]:
            cut = k + 1
    kept = raw[cut:]
    verbs = words.classes["@intent"] | words.classes["@copulas"]
    first_verb = next((k for k, m in enumerate(kept) if k and canon(m.group().lower()) in verbs), None)
    nouns = words.classes["@target_nouns"]
    if (
        first_verb is not None
        and first_verb + 1 < len(kept)
        and canon(kept[first_verb].group().lower()) in nouns
        and canon(kept[first_verb + 1].group().lower()) in words.classes["@copulas"]
    ):
        first_verb += 1  # "Den nationale målsætning er": the copula after the target noun is the verb
    if first_verb is not None:  # "andelen af elever ... skal være": the subject ends at its verb
        label = words.classes["@target_nouns"] | words.lex.data.function_words["target_year"]
        if all(canon(m.group().lower()) in label for m in kept[:first_verb]) or (
            canon(kept[first_verb - 1].group().lower()) in nouns
        ):
            # "Målet for 2025 er en genanvendelsesprocent på": a target noun and the year it is set for name
            # nothing counted, nor whose target it is ("Den nationale målsætning er", "Regeringens mål er");
            # the noun after the copula does
            kept = kept[first_verb + 1 :]
        else:
            kept = kept[:first_verb]
    trim = words.classes["@aux"] | words.classes["@copulas"] | words.classes["@target_nouns"]
    hedges = {w for ws in words.lex.data.hedges.values() for w in ws}
    while kept and (canon(kept[-1].group().lower()) in trim or kept[-1].group().lower() in hedges):
        kept.pop()
    while kept and canon(kept[0].group().lower()) in trim:
        kept.pop(0)
    if not kept:
        return ""
    return " ".join(text[kept[0].start() : kept[-1].end()].split())


def _cut_before(words: _Words, indicator: str, figure: Figure | None) -> str:
    """``indicator`` up to the words that lead to ``figure`` when it runs on into them ("eleverne gennemfører
    en ungdomsuddannelse mod et mål på 80 pct" -> "eleverne gennemfører en ungdomsuddannelse"): cut before
    the figure, then without the auxiliaries and target nouns at its end. As it is when the figure is not in
    it."""
    if figure is None or not indicator:
        return indicator
    first = TOKEN_RE.match(figure.text.strip())
    at = -1
    if first is not None:
        found = re.search(rf"(?<![\w.,]){re.escape(first.group())}(?![\w])", indicator)
        at = found.start() if found is not None else -1
    if at < 0:
        return indicator
    kept = [m for m in TOKEN_RE.finditer(indicator, 0, at) if m.lastgroup in ("word", "num", "pct")]
    canon = words.lex.canon
    drop = words.classes["@aux"] | words.classes["@target_nouns"]
    while kept and canon(kept[-1].group().lower()) in drop:
        kept.pop()
    if not kept:
        return ""
    return " ".join(indicator[kept[0].start() : kept[-1].end()].split())


def _in_unit(figure: Figure, unit: Unit, language: str, policy: object) -> Figure:
    """A bare number read again in ``unit`` ("12,9" after a level of "12 dage pr. medarbejder"), or as it
    was when it does not read so."""
    from sudgoals.errors import FigureSyntaxError
    from sudgoals.numbers import DEFAULT_POLICY, Policy, read_figure

    chosen = policy if isinstance(policy, Policy) else DEFAULT_POLICY
    try:
        again = read_figure(" ".join(figure.text.split()), language=language, policy=chosen, unit=unit)
    except FigureSyntaxError:
        return figure
    if again.unit is not unit:
        return figure
    return replace(again, text=figure.text, span=figure.span)


def _bound_met(now: Figure, level: Figure | None) -> bool:
    """Whether ``now``, in the unit of ``level``, already meets the floor or ceiling ``level`` states ("mindst
    95 pct." and 96,8 pct.; "højst 7 dage" and 6 dage)."""
    if level is None or level.hedge_kind is None or now.value is None or level.value is None:
        return False
    if now.unit != level.unit:
        return False
    if level.hedge_kind in FLOOR_HEDGES:
        return now.value >= level.value
    return level.hedge_kind in CEILING_HEDGES and now.value <= level.value


def _way(start: Figure | None, end: Figure | None) -> Direction | None:
    """The direction from ``start`` to ``end`` when both have values and differ, else ``None``."""
    low = None if start is None else start.value
    high = None if end is None else end.value
    if low is None or high is None or low == high:
        return None
    return Direction.UP if high > low else Direction.DOWN


def _made(rule: Rule, words: _Words, next_id: str, span: Span, **parts: Any) -> Target:
    """A new target ``rule`` made, unjudged, in the paper's language: ``parts`` are its kind, indicator,
    figures and direction (a figure or direction not given is none)."""
    given: dict[str, Any] = {
        "direction": None,
        "absolute": None,
        "relative": None,
        "baseline": None,
        "level": None,
    }
    given.update(parts)
    return trusted(
        Target,
        id=next_id,
        span=span,
        verdict=UNJUDGED,
        language=words.lex.data.code,
        rules=(rule.id,),
        **given,
    )


def _holds_figure(indicator: str, written: str) -> bool:
    """Whether ``indicator`` holds the figure ``written`` as the text writes it, blanks aside ("Andelen af
    elever med over 10 pct. fravær" holds "over 10 pct.")."""
    figure = " ".join(written.split())
    return bool(figure) and figure in " ".join(indicator.split())


def _produce(
    rule: Rule,
    items: list[_Item],
    doc: Document,
    words: _Words,
    block: _Block,
    *,
    next_id: str,
    policy: object = None,
) -> Target | None:
    """The target ``rule`` makes of ``items``, unjudged."""
    if rule.makes in ("level", "relative", "absolute"):  # the figure is that part of the claim beside it
        claim, free = items if items[0].kind == "claim" else items[::-1]
        assert claim.target is not None
        assert free.figure is not None
        joined = _joined(doc, claim.target, free.start, free.end)
        made = replace(joined, **{rule.makes: free.figure}, rules=(*claim.target.rules, rule.id))
        if rule.makes == "relative" and claim.target.relative is None and claim.target.absolute is None:
            way = {"up": Direction.UP, "down": Direction.DOWN}.get(rule.direction)
            if way is None and claim.target.baseline is not None:
                way = claim.target.direction  # a from-to keeps its way: "fell from 800 to 600 (25%)"
            made = replace(made, kind=TargetKind.CHANGE, direction=way)
        if rule.makes == "level" and claim.target.year is None and free.sentence > claim.sentence:
            # "... skal stige med 50. Dermed vil der være 650 elever i 2027.": the year of the level
            end = block.sentence_end(free.sentence)
            after = _YEAR.search(doc.text, free.end, min(end, free.end + 80))
            if after is not None:
                made = replace(made, year=int(after.group()))
        return made
    if rule.makes == "share_is_relative":  # "... med 18 mill. kr. Det tilsvarer 1,5 prosent av ...": one pair
        first, second = items
        assert first.target is not None
        assert second.target is not None
        joined = _joined(doc, first.target, second.start, second.end)
        return replace(
            joined,
            relative=second.target.level,
            kind=TargetKind.CHANGE,
            rules=tuple(dict.fromkeys((*first.target.rules, *second.target.rules, rule.id))),
        )
    if rule.makes == "pair":  # "300 borgere ..., svarende til 1,4 pct.": a change pair with no direction
        count, share = items
        assert count.figure is not None
        assert share.figure is not None
        span = doc.span(count.start, share.end)
        named = count.named.named_after if count.named is not None else ""
        return _made(
            rule,
            words,
            next_id,
            span,
            indicator=named,
            kind=TargetKind.CHANGE,
            absolute=count.figure,
            relative=share.figure,
        )
    if rule.makes in ("merge", "count_then_its_change"):
        first, second = items
        assert first.target is not None
        assert second.target is not None
        head = first.target
        if rule.makes == "count_then_its_change":  # how many there were: a level, its way the change's
            head = replace(
                head,
                level=head.absolute,
                absolute=None,
                kind=TargetKind.LEVEL,
                direction=None,
                directions=(),
                direction_words=(),
            )
        rules = dict.fromkeys((*head.rules, *second.target.rules, rule.id))  # in order, once each
        update: dict[str, object] = {"rules": tuple(rules)}
        for part in _PARTS:  # each figure from the claim that states it (the first where both do)
            if getattr(head, part) is None and getattr(second.target, part) is not None:
                update[part] = getattr(second.target, part)
        # the direction of the change, where one claim states a change
        changer = second.target if head.relative is None and head.absolute is None else head
        if changer.direction is not None:
            update["direction"] = changer.direction
        elif head.direction is None and second.target.direction is not None:
            update["direction"] = second.target.direction
        # the words that gave a direction, from both claims in the order they stand
        update["directions"] = (*head.directions, *second.target.directions)
        update["direction_words"] = (*head.direction_words, *second.target.direction_words)
        update["baseline_unknown"] = head.baseline_unknown or second.target.baseline_unknown
        update["status"] = head.status and second.target.status  # an aim in either: a target
        for when in ("year", "reference_year"):  # a year either sentence states
            if getattr(head, when) is None and getattr(second.target, when) is not None:
                update[when] = getattr(second.target, when)
        # "med 15 pct., fra 980 i 2024 til 833 i 2027": the year the from-to ends in, not the one it starts in
        ends = second.target
        if ends.year is not None and ends.reference_year is not None and head.year == ends.reference_year:
            update["year"] = ends.year
        both = [x for x in (head.indicator, second.target.indicator) if x]
        if len(both) == 2 and both[0] != both[1] and both[0].startswith(both[1]):
            update["indicator"] = both[1]  # "number of rough sleepers from 400 to 200": what it counts only
        if update.get("relative") is not None or update.get("absolute") is not None:
            update["kind"] = TargetKind.CHANGE
        merged = {part: update.get(part, getattr(head, part)) for part in _PARTS}
        if merged["level"] is not None and merged["baseline"] is None and merged["absolute"] is None:
            update["kind"] = TargetKind.LEVEL  # a level, and the change that led (or leads) to it
        joined = _joined(doc, head, second.start, second.end)
        return replace(joined, **update)
    if rule.makes in ("level_before", "level_of_change"):
        free, claim = items
        assert claim.target is not None
        assert free.figure is not None
        joined = _joined(doc, claim.target, free.start, free.end)
        sentence_start = block.cuts[free.sentence]
        named = ""
        if free.named is not None:  # "3.412 indbrud i kommunen": a count names what it counts after it
            named = free.named.named_after or free.named.named_before
        clause = doc.text[max(sentence_start, free.start - _WINDOW) : free.start]
        year = claim.target.year
        if year is None and free.sentence != claim.sentence:  # "I 2023 blev der registreret 3.412 indbrud."
            stated = [int(m.group()) for m in _YEAR.finditer(clause)]
            year = next((y for y in reversed(stated) if y != claim.target.reference_year), None)
        only_change = claim.target.absolute is None and claim.target.baseline is None
        return replace(
            joined,
            level=free.figure,
            # a level, and the change to it; a count or sum a relative change led to stays a change
            kind=TargetKind.LEVEL if only_change and rule.makes == "level_before" else claim.target.kind,
            indicator=named or _indicator(words, clause) or claim.target.indicator,
            year=year,
            rules=(*claim.target.rules, rule.id),
        )
    if rule.makes in ("baseline_before", "stands_at"):
        free, claim = items
        assert claim.target is not None
        assert free.figure is not None
        t = claim.target
        if (
            t.level is not None
            and t.relative is not None
            and free.sentence < claim.sentence
            and t.reference_year is not None
            and (
                _opening_year(doc.text, block.cuts[free.sentence], free.start)
                or _year_stood(doc, words, free)
            )
            not in (None, t.reference_year)
        ):
            return (
                None  # "var 298.000 ton i 2022. Målet ... 70 pct. i forhold til 1990": not where it started
            )
        if (
            t.level is None
            and t.absolute is not None
            and t.absolute.unit != free.figure.unit
            and _unit_in(free.figure.unit, ("measured",))
        ):
            return None  # "Budgettet på 480 mio. kr. ... ledige med 240 personer": not where it starts
        joined = _joined(doc, t, free.start, free.end)
        kind = TargetKind.CHANGE if t.level is not None else t.kind
        way = t.direction or _way(free.figure, t.level)  # a from-to with no word for its way
        made = replace(joined, baseline=free.figure, kind=kind, direction=way, rules=(*t.rules, rule.id))
        counted = free.named.named_after if free.named is not None else ""
        if _DIGITS.search(counted):
            counted = ""  # what the count names, unless it holds a figure itself
        if counted and _names_nothing(words, t.indicator):
            # "I dag er 400 borgere langtidsledige. Målet er 60 færre i 2027" (or "... at nedbringe antallet
            # med 60"): the count names what changes
            made = replace(made, indicator=counted)
        elif rule.makes == "baseline_before" and _names_nothing(words, t.indicator):
            # "Sjukfrånvaron ... var 7,2 procent 2024. Målvärdet är 6,5 procent": who stood there names it
            stood_from = block.cuts[free.sentence]
            named = _indicator(words, doc.text[max(stood_from, free.start - _WINDOW) : free.start])
            if named:
                made = replace(made, indicator=named)
        elif counted and free.sentence == claim.sentence and (not t.indicator or _DIGITS.search(t.indicator)):
            # "The council built 412 affordable homes in 2023/24, well short of its target of 600": what
            # the count names is the indicator, not the clause it stands in (which holds the count itself)
            made = replace(made, indicator=counted)
        opening = _opening_year(doc.text, block.cuts[free.sentence], free.start)
        if opening is None and t.reference_year is None and free.sentence < claim.sentence:
            stood = _year_stood(doc, words, free)  # "Sykefraværet var 9,1 prosent i 2024. Målet er ..."
            if stood is not None and stood != t.year:
                made = replace(made, reference_year=stood)
        if (
            opening is not None
            and t.reference_year is None
            and free.sentence < claim.sentence
            and (t.year is None or opening < t.year)
        ):
            # "I 2023 var der 250 lærlinge. Målet er 300 lærlinge i 2027.": the year the sentence of where it
            # stood opens with is when it stood
            made = replace(made, reference_year=opening)
        if (
            made.reference_year is None
            and free.sentence == claim.sentence
            and (stood_at := _YEAR_COLON.search(doc.text, max(0, free.start - 12), free.start)) is not None
            and (t.year is None or int(stood_at.group(1)) < t.year)
        ):
            # "Resultat 2024: 24 %\tMåltall 2026: 20 %": the year labelling where it stands is when it stood
            made = replace(made, reference_year=int(stood_at.group(1)))
        if opening is not None and opening == t.year and free.sentence == claim.sentence:
            # "In 2023/24 we delivered 310 homes against a target of 350": the year the sentence opens
            # with, before where the indicator stands, is when it stood, not the year aimed at
            made = replace(made, reference_year=opening, year=None)
        if rule.makes == "stands_at":  # "Andelen af ... er 25 pct. og skal ned til 15 pct.": its subject
            sentence_start = block.cuts[free.sentence]
            clause = doc.text[max(sentence_start, free.start - _WINDOW) : free.start]
            made = replace(made, indicator=_indicator(words, clause) or t.indicator)
            # "var 7,9 pct. i skoleåret 2022/23 og skal ned på 6 pct.": the year between is when it stood
            level_at = t.level.span.start if t.level is not None and t.level.span is not None else claim.start
            between = _YEAR.search(doc.text, free.end, max(free.end, level_at))
            if free.sentence != claim.sentence:
                # "Utfall 2024: 81 procent. Mål 2026: 85 procent.": the year of the outcome's label is when it
                # stood; one in the target's label is the year aimed at
                if opening is not None and opening != t.year:
                    made = replace(made, reference_year=opening)
            elif between is not None and _labels_target(doc.text, between.start(), words):
                # "2023: 4.1% | Target 2025: no more than 3%": the year in the target's label is the year
                # aimed at; the one labelling the outcome, if any, is when it stood
                stood = _year_before_colon(doc.text, free.start)
                if stood is not None and stood != t.year:
                    made = replace(made, reference_year=stood)
            elif between is not None:
                stood_in = int(between.group())
                made = replace(made, reference_year=stood_in, year=None if t.year == stood_in else t.year)
        return made
    if rule.makes == "since":
        return _since(rule, items, doc, words, block, policy=policy)
    if rule.makes == "same_baseline":  # a second target row from the first one's baseline
        row, later = (i.target for i in items)
        assert row is not None
        assert later is not None
        assert row.baseline is not None
        row_label = doc.text[items[0].end : items[1].start]
        if _names_another(words, doc.text[block.start : items[0].end], row_label):
            return None  # another indicator's row ("Ledighedsmål 2026: 3,1 pct. Sygefraværsmål 2026: 5 pct.")
        return replace(
            later,
            baseline=row.baseline,
            kind=TargetKind.CHANGE,
            direction=later.direction or _way(row.baseline, later.level),
            reference_year=row.reference_year if later.reference_year is None else later.reference_year,
            rules=(*later.rules, rule.id),
        )
    if rule.makes == "level_stated_before":
        return _level_stated_before(rule, items, doc, words)
    if rule.makes == "baseline_after":
        claim, free = items
        assert claim.target is not None
        assert free.figure is not None
        t = claim.target
        joined = _joined(doc, t, free.start, free.end)
        opening = _opening_year(doc.text, block.cuts[free.sentence], free.start)
        if (
            t.level is None
            and t.reference_year is not None
            and opening is not None
            and opening != t.reference_year
        ):
            # "öka med 15 procent till 2030 jämfört med 2020. Under 2024 startades 2 140 företag": the change
            # is measured from a year of its own; a figure for another year is not where it starts
            return None
        baseline = free.figure
        if _bound_met(baseline, t.level):
            # "skal være mindst 95 pct. Den var 96,8 pct.": a floor (or ceiling) the figure meets already
            # is no start for a change to it; the level stays a level, the figure where it stands
            return None
        if t.level is not None and baseline.unit is Unit.COUNT and _unit_in(t.level.unit, ("measured",)):
            baseline = _in_unit(baseline, t.level.unit, words.lex.data.code, policy)  # "I 2019 var det 12,9."
        elif (
            t.level is not None
            and t.level.unit.per
            and not baseline.unit.per
            and baseline.unit.base == t.level.unit.base
            and baseline.unit is not Unit.COUNT
        ):
            # "150 kg pr. indbygger i 2030. I 2024 var mængden 196 kg.": the rate's amount, its "per" left out
            baseline = replace(baseline, unit=t.level.unit)
        if free.sentence == claim.sentence and opening is not None and opening == t.year:
            opening = None  # "skal i 2027 have 400 elever, mod 320 i 2024": the opening year is the aim's
        stood = opening if opening is not None else t.reference_year
        year = t.year
        if (
            free.sentence == claim.sentence
            and t.level is not None
            and t.level.span is not None
            and year is not None
            and _year_stood(doc, words, free) == year
        ):
            # "300 ladepunkter i 2028 mot 120 i 2024": the year after the baseline is when it stood; the level
            # is due in the year before it, nearest the level
            aimed = _aimed_year(doc.text, block.cuts[claim.sentence], free.start, t.level.span.start, words)
            year = aimed if aimed is not None and aimed != year else year
        if (
            stood is None
            and (year_after := _year_stood(doc, words, free)) is not None
            and (year is None or year_after < year)
        ):
            stood = year_after  # "Antallet var 3.400 i 2024.": the year right after it
        return replace(
            joined,
            year=year,
            baseline=baseline,
            direction=t.direction or _way(baseline, t.level),  # from where it stands to the level aimed at
            kind=TargetKind.CHANGE,
            reference_year=stood,
            rules=(*t.rules, rule.id),
        )
    if rule.makes in ("baseline_claim", "baseline_of_aim", "outcome_after_aim"):
        first, second = items
        if rule.makes == "outcome_after_aim":  # "The target of 65% was exceeded: 68.2% of pupils ..."
            first, second = second, first
        assert first.target is not None
        assert second.target is not None
        now, aim = first.target, second.target
        span = doc.span(min(now.span.start, aim.span.start), max(now.span.end, aim.span.end))
        made_by = tuple(dict.fromkeys((*now.rules, *aim.rules, rule.id)))
        # the year it stood there: "I 2023 var 14 pct. ..." (a level stated alone takes it as its year)
        stood = _opening_year(doc.text, block.cuts[first.sentence], first.start)
        reference = aim.reference_year or stood or now.reference_year or now.year
        if (
            rule.makes == "baseline_of_aim"
        ):  # the first claim stays, with its change; the aim starts at its level
            # the year of that level: a from-to's is its end ("fra 610 i 2022 til 480 i 2024": 2024)
            reference = aim.reference_year or stood or now.year or now.reference_year
            return replace(
                aim,
                baseline=now.level,
                kind=TargetKind.CHANGE,
                direction=aim.direction or _way(now.level, aim.level),
                indicator=now.indicator or aim.indicator,
                year=None if aim.year == reference else aim.year,
                reference_year=reference,
                rules=(*aim.rules, rule.id),
            )
        return replace(
            aim,
            span=span,
            baseline=now.level,
            kind=TargetKind.CHANGE,
            direction=aim.direction or _way(now.level, aim.level),  # "45%, against a target of 95%": up
            # the aim names it again only: "andelen", "the share"
            indicator=_cut_before(words, now.indicator, aim.level) or aim.indicator,
            reference_year=reference if reference != aim.year else aim.reference_year,
            rules=made_by,
        )
    if rule.makes == "aim_after":  # "77.3% of patients were told ... (standard 75%)": it stands, then the aim
        claim, free = items
        assert claim.target is not None
        assert free.figure is not None
        now = claim.target
        joined = _joined(doc, now, free.start, free.end)
        return replace(
            joined,
            baseline=now.level,
            level=free.figure,
            kind=TargetKind.CHANGE,
            direction=_way(now.level, free.figure),
            rules=(*now.rules, rule.id),
        )
    if rule.makes in ("level_and_change", "level_then_baseline"):
        return _level_and_change(rule, items, doc, words, block, next_id=next_id)
    if rule.makes in ("level_is_change", "change_is_level", "target_moved"):
        (claim,) = items
        assert claim.target is not None
        t = claim.target
        made_by = (*t.rules, rule.id)
        if rule.makes == "target_moved":  # the old target is no baseline of the indicator
            return replace(t, baseline=None, kind=TargetKind.LEVEL, direction=None, rules=made_by)
        if rule.makes == "level_is_change":
            # a rule's direction is the change's ("fell by 38% ... against a target of 45%": a reduction)
            way = {"up": Direction.UP, "down": Direction.DOWN}.get(rule.direction) or t.direction
            return replace(
                t, relative=t.level, level=None, kind=TargetKind.CHANGE, direction=way, rules=made_by
            )
        if t.relative is None:  # "insulating the lofts of 250,000 homes": a count to reach
            return replace(
                t, level=t.absolute, absolute=None, kind=TargetKind.LEVEL, direction=None, rules=made_by
            )
        return replace(t, level=t.relative, relative=None, kind=TargetKind.LEVEL, rules=made_by)
    (free,) = items
    assert free.figure is not None
    sentence_start = block.cuts[free.sentence]
    if rule.makes == "change_target":
        return _change_target(rule, free, doc, words, sentence_start=sentence_start, next_id=next_id)
    clause = doc.text[max(sentence_start, free.start - _WINDOW) : free.start]
    label = rule.pattern[0].before_ends
    if label:  # a KPI line: what it counts opens with the label ("Ledighetsmål december 2026, 6,1 %")
        heads = [m for m in TOKEN_RE.finditer(clause) if m.group().lower().endswith(label)]
        if heads:
            clause = clause[heads[-1].start() :]
    span = doc.span(max(sentence_start, free.start - len(clause.lstrip())), free.end)
    end = block.sentence_end(free.sentence)
    name = _indicator(words, clause)
    lead_word, _, rest = name.partition(" ")
    if lead_word.lower() in words.lex.data.function_words["target_year"]:
        name = rest  # "Målet for sygefraværet i 2026 er 6 pct.": what it is set for, not "for"
    return _made(
        rule,
        words,
        next_id,
        span,
        indicator=name,
        kind=TargetKind.LEVEL,
        level=free.figure,
        # a rule's direction is the verb's ("aims to increase the proportion of ... to 70%")
        direction={"up": Direction.UP, "down": Direction.DOWN}.get(rule.direction),
        year=_aimed_year(doc.text, sentence_start, end, free.start, words, applies_from=not rule.direction),
    )


def financial_year(digits: str) -> int | None:
    """The year a financial year ends in, from the digits after its prefix ("26" of "FY26", "2026" of
    "FY2026"); ``None`` for other digits.

    >>> financial_year("26"), financial_year("2026"), financial_year("7")
    (2026, 2026, None)
    """
    if not digits.isdigit():
        return None
    if len(digits) == 2:
        return 2000 + int(digits)
    return int(digits) if len(digits) == 4 and 1900 <= int(digits) <= 2100 else None


def _aimed_year(
    text: str, start: int, end: int, at: int, words: _Words, *, applies_from: bool = False
) -> int | None:
    """The year a level aimed at (its figure at offset ``at``) is due, in the sentence ``text[start:end]``:
    of the years after a year preposition or a month ("Målet er 90 pct. i 2028", "The target is 55% by
    2030", "I 2030 skal ...", "Arbetslöshetsmål december 2020, 8,3 %"), the one nearest the figure; not one
    that says where it is measured from ("fra 2019", "i forhold til 1990", "since 2015"). With
    ``applies_from`` (a level aimed at, no change), a year after "fra" right after the figure and its unit is
    the year the level applies from ("mindst 20 pct. fra 2027")."""
    # a target noun opens its year too: "Target 2026: 80%", "Mål 2030: 90 procent"
    openers = words.classes["@year_prepositions"] | words.months | words.classes["@target_nouns"]
    markers = tuple(m.lower() for m in words.lex.data.reference_markers)
    before: str | None = None
    pair: str | None = None  # the two words before: "udgangen af", "utgangen av"
    found: list[tuple[int, int]] = []  # (distance from the figure, year)
    fiscal = words.lex.data.financial_year
    fiscal_end = -1  # where a financial-year prefix ("FY" of "by FY26") ends
    target_year = words.lex.data.function_words["target_year"]
    target_nouns = words.classes["@target_nouns"]
    set_for = False
    year_before: int | None = None  # the year of the word before: "Ireland's 2030 target for ... is 80%"
    from_words = words.lex.data.function_words["from"]
    for m in TOKEN_RE.finditer(text, start, min(end, start + 600)):
        word = m.group().lower()
        if m.start() == fiscal_end and (year_ended := financial_year(word)) is not None:
            word = str(year_ended)  # "by FY26": the year 2026, after the preposition before "FY"
        elif m.lastgroup == "word" and word in fiscal:
            fiscal_end = m.end()
            continue
        if _YEAR.fullmatch(word) and m.start() > at:
            right_after = text[at : m.start()]
            if (
                len(right_after.split()) <= 3
                and len(_DIGITS.findall(right_after)) == 1
                and not any(c in right_after for c in ",;:()/–-")
                and not any(
                    w in openers or w in markers or w in from_words for w in right_after.lower().split()
                )
            ):
                return int(word)  # "ska vara 85 procent 2027", "minst 98 procent 2025": the year right after
        if _YEAR.fullmatch(word) and before is not None and (before in openers or pair in openers or set_for):
            head = " ".join(text[max(start, m.start() - 40) : m.start()].lower().split())
            if applies_from and m.start() > at and before in words.lex.data.function_words["from"]:
                said = text[at : m.start()].split()  # "mindst 20 pct. fra": the figure, its unit, "fra"
                if (
                    len(said) <= 4
                    and not any(c in text[at : m.start()] for c in ",;:()")
                    and not any(words.lex.canon(w.lower()) in words.up | words.down for w in said)
                ):
                    return int(word)
            if not head.endswith(markers):
                found.append((m.start() - at if m.start() > at else at - m.end(), int(word)))
                between = text[at : m.start()]
                if (
                    m.start() > at
                    and len(_DIGITS.findall(between)) == 1
                    and not any(c in between for c in ",;:()")
                    and words.lex.data.conjunctions.isdisjoint(between.lower().split())
                ):
                    return int(word)  # "55 pct. i 2025, 60 pct. i 2030": the year right after the figure
        canon = words.lex.canon(word) if m.lastgroup == "word" else None
        if year_before is not None and canon in target_nouns and m.end() <= at:
            found.append((at - m.end(), year_before))  # "The 2030 target is 80%": the year it is set for
        year_before = int(word) if _YEAR.fullmatch(word) else None
        # "Målet for 2026 er 85 pct.", "The target for 2026 is 85%": a target noun and the word of the year
        # it is set for
        set_for = canon in target_year and before in target_nouns
        pair = None if before is None or canon is None else f"{before} {canon}"
        before = canon
    return min(found)[1] if found else None


def _since(
    rule: Rule, items: list[_Item], doc: Document, words: _Words, block: _Block, *, policy: object
) -> Target:
    """The claim with the free figure after it as where it started ("rose to 48 per cent, up from 43 per
    cent", "decreased by 3 per cent. from 4,210", "nedbringes med 100 fra et udgangspunkt på 500"). A
    change in people with no level, not after a change preposition, is the level reached ("1,500 new homes a
    year, up from 1,000"), unless a word of more or fewer follows its number ("60 færre langtidsledige (i
    dag 400)"); a level with where it started is a change. A bare number is read in the level's
    unit; a year right after the figure ("up from 68 percent in 2024") or before it in brackets ("(2024: 74
    procent)") is the reference year."""
    claim, free = items
    assert claim.target is not None
    assert free.figure is not None
    t = claim.target
    update: dict[str, Any] = {"rules": (*t.rules, rule.id)}
    level = t.level
    if t.absolute is not None and level is None and t.absolute.span is not None:
        span = t.absolute.span
        before = [
            m.group().lower()
            for m in TOKEN_RE.finditer(doc.text, max(0, span.start - 40), span.start)
            if m.lastgroup == "word"
        ]
        after = TOKEN_RE.search(doc.text, span.end, span.end + 40)
        compared = (  # "60 færre langtidsledige (i dag 400)", "60 fewer": a change by its own word
            after is not None
            and after.lastgroup == "word"
            and words.lex.canon(after.group().lower()) in (words.up | words.down)
        )
        if not compared and (
            not before or words.lex.canon(before[-1]) not in words.classes["@change_prepositions"]
        ):
            level = t.absolute
            update.update(level=level, absolute=None)
    if t.kind is TargetKind.LEVEL and t.relative is None:
        update["kind"] = TargetKind.CHANGE
    baseline = free.figure
    if level is not None and baseline.unit is Unit.COUNT and level.unit is not Unit.COUNT:
        baseline = _in_unit(baseline, level.unit, words.lex.data.code, policy)  # "fell to 3.9% from 4.1"
    update["baseline"] = baseline
    update["direction"] = t.direction or _way(baseline, level)
    stood = _year_stood(doc, words, free)
    if stood is not None:
        update["reference_year"] = stood
        if t.year == stood:  # the claim read alone took it for its own year: the other year it states, if any
            opening = min(t.span.start, block.cuts[claim.sentence])  # "By 2028, at least 75 percent ..."
            stated = [int(m.group()) for m in _YEAR.finditer(doc.text, opening, free.start)]
            update["year"] = next((y for y in reversed(stated) if y not in (stood, t.reference_year)), None)
    joined = _joined(doc, t, free.start, free.end)
    return replace(joined, **update)


def _level_stated_before(rule: Rule, items: list[_Item], doc: Document, words: _Words) -> Target | None:
    """The second claim's change with the level of the first claim (a from-to stated before it in the
    sentence) as the level it leads to, from the baseline it has ("fell by 12 per cent, from 5,000 to 4,400,
    and since 2015 by 45 per cent from 8,000"), and the first claim's indicator (one indicator, stated once).
    The change keeps its own direction, so figures that do not lead that way are judged inconsistent ("by 45
    per cent from 3,000"); ``None`` when the start is not in the level's unit."""
    before, claim = items
    assert before.target is not None
    assert claim.target is not None
    t = claim.target
    level, baseline = before.target.level, t.baseline
    if level is None or baseline is None or baseline.unit != level.unit:
        return None
    return replace(
        t,
        level=level,
        direction=t.direction or _way(baseline, level),
        indicator=before.target.indicator or t.indicator,
        rules=(*t.rules, rule.id),
    )


def _names_another(words: _Words, before: str, label: str) -> bool:
    """Whether the ``label`` of a target row names what it counts by a word the text ``before`` it does not
    hold ("absence" of "; absence target 2026," after "unemployment in 2023, 4%; unemployment target 2026,
    3.1%"), a word that names something; "Mål 2027:" or "Arbetslöshetsmål december 2019," after the same
    words names nothing new."""
    said = set(words.tokens(before))
    return any(
        token not in said and token not in words.naming_nothing and not token.isdigit()
        for token in words.tokens(label)
    )


def _names_nothing(words: _Words, indicator: str) -> bool:
    """Whether an indicator names nothing: no words, or only function words, words that point back and
    numbers ("for" of "Målet for 2026 er 85 pct.", "this" of "to halve this by 2030")."""
    return all(token in words.naming_nothing or token.isdigit() for token in words.tokens(indicator))


def _labels_target(text: str, at: int, words: _Words) -> bool:
    """Whether the year at offset ``at`` stands right after a target noun ("Target 2025:", "Mål 2030:")."""
    before = [m for m in TOKEN_RE.finditer(text, max(0, at - 24), at) if m.lastgroup == "word"]
    return (
        bool(before)
        and before[-1].end() >= at - 1
        and (words.lex.canon(before[-1].group().lower()) in words.classes["@target_nouns"])
    )


def _year_label(text: str, words: _Words, at: int) -> int | None:
    """The year of a bracket's label right before offset ``at`` ("(2024: 74 procent)"), one word before the
    year or none ("(i 2023: 84 pct.)", "(utfall 2023: 79 procent)", "(in 2023: 84%)"); a target noun or a word
    of aim there labels the level aimed at ("(mål 2030: 90 pct.)"), no year it stood in."""
    label = _YEAR_LABEL.search(text, max(0, at - 26), at)
    if label is None:
        return None
    word = label.group(1)
    if word is not None and (
        (canon := words.lex.canon(word.lower())) in words.classes["@target_nouns"]
        or canon in words.classes["@intent"]
    ):
        return None
    return int(label.group(2))


def _year_before_colon(text: str, at: int) -> int | None:
    """The year of a label right before offset ``at`` ("2023: 4.1%", "Utfall 2023: 58 %"), if any."""
    label = _YEAR_COLON.search(text, max(0, at - 12), at)
    return None if label is None else int(label.group(1))


def _year_stood(doc: Document, words: _Words, free: _Item) -> int | None:
    """The year a figure of where something started or stood is given for: right after it ("up from 68
    percent in 2024", "fra 74 pct. 2022", after a month: "in September 2024"), or before it in brackets with
    a colon ("(2024: 74 procent)")."""
    label = _year_label(doc.text, words, free.start)
    if label is not None:
        return label
    after = [m for _, m in zip(range(3), TOKEN_RE.finditer(doc.text, free.end, free.end + 40), strict=False)]
    in_words = words.lex.data.function_words["in"]  # "up from 68 percent in 2024", "fra 74 pct. i 2022"
    if len(after) >= 2 and after[0].lastgroup == "word":
        # the noun of the figure first: "fra 221 point i 2023", "från 4 200 bostäder år 2024", "från 221
        # poäng 2023" (not "fra 221 til 2023", a from-to)
        noun = words.lex.canon(after[0].group().lower())
        if not (noun in in_words or noun in words.lex.data.function_words["to"] or noun in words.months):
            if _YEAR.fullmatch(after[1].group()):
                return int(after[1].group())
            if (
                len(after) == 3
                and words.lex.canon(after[1].group().lower()) in in_words
                and _YEAR.fullmatch(after[2].group())
            ):
                return int(after[2].group())
    if len(after) == 3 and after[1].group().lower() not in words.months:
        after = after[:2]  # a third word only after a month: "down from 7.6 million in September 2024"
    year = next((m for m in after if _YEAR.fullmatch(m.group())), None)
    if year is not None and (after[0] is year or words.lex.canon(after[0].group().lower()) in in_words):
        return int(year.group())
    return None


def _level_and_change(
    rule: Rule, items: list[_Item], doc: Document, words: _Words, block: _Block, *, next_id: str
) -> Target:
    """A level and the change, in points or percent, that sets it apart from another figure, as one target
    (or, for ``level_then_baseline``, a level and the level it is compared with); its indicator from the
    clause before the level. A level compared with where it started takes as its reference year the year that
    figure is given for ("sammenlignet med 70 pct. i 2022", "up from 70% in 2022"), and as its year the last
    other year stated before that figure ("I 2024 var ..."); a rule that says the way ("op fra", "down
    from") records the word that says it, the last word of a direction between the two figures."""
    level, change = items
    assert level.figure is not None
    assert change.figure is not None
    sentence_start = block.cuts[level.sentence]
    clause = doc.text[max(sentence_start, level.start - _WINDOW) : level.start]
    end = change.end
    after = TOKEN_RE.search(doc.text, change.end, min(change.end + 40, block.end))
    if after is not None and after.lastgroup == "word" and rule.makes == "level_and_change":
        end = after.end()  # "... procentenheter bättre": the word that says which way
    span = doc.span(max(sentence_start, level.start - len(clause.lstrip())), end)
    direction = {"up": Direction.UP, "down": Direction.DOWN}.get(rule.direction)
    # the second figure is where the level started ("level_then_baseline"), else the change that led to it
    part = "baseline" if rule.makes == "level_then_baseline" else "relative"
    when: dict[str, Any] = {}
    if part == "baseline":
        if direction is not None:
            said = [
                m
                for m in TOKEN_RE.finditer(doc.text, level.end, change.start)
                if m.lastgroup == "word" and words.lex.canon(m.group().lower()) in words.up | words.down
            ]
            if said:
                when.update(direction_words=(said[-1].group(),), directions=(direction,))
        direction = direction or _way(change.figure, level.figure)
        stood = _year_stood(doc, words, change)
        stated = [int(m.group()) for m in _YEAR.finditer(doc.text, sentence_start, change.start)]
        when.update(reference_year=stood, year=next((y for y in reversed(stated) if y != stood), None))
    named = level.named.named_before if level.named is not None else ""  # a count: the subject before it
    return _made(
        rule,
        words,
        next_id,
        span,
        indicator=named or _indicator(words, clause),
        kind=TargetKind.CHANGE,
        direction=direction,
        level=level.figure,
        **{part: change.figure},
        **when,
    )


def _change_target(
    rule: Rule, free: _Item, doc: Document, words: _Words, *, sentence_start: int, next_id: str
) -> Target | None:
    """A relative change-only target: the free figure, the direction of the nearest direction word before it,
    and as indicator the words after that word up to a comma or the preposition before the figure."""
    assert free.figure is not None
    floor = max(sentence_start, free.start - _WINDOW)
    found = [m for m in TOKEN_RE.finditer(doc.text, floor, free.start) if m.lastgroup == "word"]
    canon = words.lex.canon
    at = next(
        (
            k
            for k in range(len(found) - 1, -1, -1)
            if canon(found[k].group().lower()) in words.up | words.down
        ),
        None,
    )
    if rule.direction:
        return _change_against_year(rule, free, doc, words, sentence_start=sentence_start, next_id=next_id)
    if at is None:
        return None
    word = canon(found[at].group().lower())
    direction = Direction.UP if word in words.up else Direction.DOWN
    rest = found[at + 1 : -1]  # the words after the direction word, without the preposition before the figure
    stop = doc.text.find(",", found[at].end(), free.start)
    kept = [m for m in rest if stop == -1 or m.end() <= stop]
    indicator = " ".join(doc.text[kept[0].start() : kept[-1].end()].split()) if kept else ""
    if not indicator:
        # "Udledningen skal ned med 20 pct.", "Emissions must come down by 20%": nothing between the direction
        # word and the figure, so what changes is the subject before it, from the start of its clause
        clause = max(floor, *(doc.text.rfind(c, floor, found[at].start()) + 1 for c in ",;:"))
        indicator = _indicator(words, doc.text[clause : found[at].start()])
    span = doc.span(found[at].start(), free.end)
    end = _clause_end(doc.text, free.end)
    reference = _year_of_base(doc.text, free.end, end, words)
    year = _aimed_year(doc.text, free.start, end, free.start, words)
    return _made(
        rule,
        words,
        next_id,
        span,
        indicator=indicator,
        kind=TargetKind.CHANGE,
        direction=direction,
        relative=free.figure,
        direction_words=(found[at].group(),),
        directions=(direction,),
        year=None if year == reference else year,
        reference_year=reference,
    )


def _year_of_base(text: str, start: int, end: int, words: _Words) -> int | None:
    """The year in ``text[start:end]`` (the clause after a change's figure) that a word of a baseline or a
    level follows ("by 2030 from a 2020 base year", "from 2019 levels"): the year the change is measured
    from, else ``None``."""
    data = words.lex.data
    nouns = data.baseline_nouns | frozenset(data.level_nouns)
    found = list(TOKEN_RE.finditer(text, start, end))
    for k in range(len(found) - 1):
        if _YEAR.fullmatch(found[k].group()) and found[k + 1].group().lower() in nouns:
            return int(found[k].group())
    return None


def _clause_end(text: str, at: int) -> int:
    """Where the clause that goes on at offset ``at`` ends: at the next full stop before a space or the end,
    a semicolon or a line break ("med 50 pct. i 2030."), at most 80 characters on."""
    stop = min(len(text), at + 80)
    for k in range(at, stop):
        c = text[k]
        if c in ";\n" or (c == "." and (k + 1 == len(text) or text[k + 1].isspace())):
            return k
    return stop


def _change_against_year(
    rule: Rule, free: _Item, doc: Document, words: _Words, *, sentence_start: int, next_id: str
) -> Target | None:
    """A relative change stated by where the figure stands against a year ("Emissions must be 41% below the
    2019 baseline", "41 pct. under niveauet i 2019"): the rule's direction, the subject of the clause before
    the figure as indicator, and the first year in the few words after it as the reference year."""
    assert free.figure is not None
    floor = max(sentence_start, free.start - _WINDOW)
    clause = max(floor, *(doc.text.rfind(c, floor, free.start) + 1 for c in ",;:"))
    head = doc.text[clause : free.start]
    if any(m.lastgroup != "word" for m in TOKEN_RE.finditer(head)):
        clause, head = (
            floor,
            doc.text[floor : free.start],
        )  # ", down 9% on 2022/23 and 41% below": the sentence's
    indicator = _indicator(words, head)
    after = [m for _, m in zip(range(5), TOKEN_RE.finditer(doc.text, free.end, free.end + 60), strict=False)]
    years: list[int | None] = [int(m.group()) for m in after if _YEAR.fullmatch(m.group())]
    if not years:
        if not any(m.group().lower() in words.lex.data.baseline_nouns for m in after[:3]):
            return None  # "2.5% below the national average": against no year, not this form
        years = [None]  # "31% below the base year": against the base year the sentence before named
    direction = Direction.UP if rule.direction == "up" else Direction.DOWN
    end = after[-1].end() if after else free.end
    reference = years[0]
    return _made(
        rule,
        words,
        next_id,
        doc.span(clause + len(head) - len(head.lstrip()), end),
        indicator=indicator,
        kind=TargetKind.CHANGE,
        direction=direction,
        relative=free.figure,
        direction_words=(after[0].group(),) if after else (),
        directions=(direction,) if after else (),
        reference_year=reference,
        year=_aimed_year(doc.text, floor, end, free.start, words)
        if reference is None
        else _due_year(
            doc.text,
            floor,
            end,
            free.start,
            words,
            reference=reference,
            past=next(m.end() for m in after if _YEAR.fullmatch(m.group())),
        ),
    )


def _due_year(
    text: str, start: int, end: int, at: int, words: _Words, *, reference: int, past: int
) -> int | None:
    """The year a change measured against ``reference`` (stated up to offset ``past``) is due: the year aimed
    at in its sentence, else the one after the reference year ("70 pct. under niveauet i 1990 i 2030")."""
    stop = text.find(". ", end, end + 40)  # not into the next sentence
    stop = end + 40 if stop == -1 else stop
    year = _aimed_year(text, start, stop, at, words)
    if year == reference:
        year = _aimed_year(text, past, stop, past, words)
    return None if year == reference else year


# The stages, in order: each reads the claims and free figures the one before left. A rule's id says its
# stage: ``<lang>.<stage>.<name>``. "reaches" gives a change the level it reaches in its sentence ("faldt med
# 40 til 310"), first, so that the "roles" rules see the change with its level ("rose by 2 points to 76.5%, up
# from 74.5%"); "roles" gives a figure its part beside the claim next to it (where it
# started, where it stands, the target it is held against); "pairs" joins a change in people and the same
# change in percent, so that the "claims" rules see the change whole; "baselines" links a level a "level" rule
# made ("The target is 75%") to where it stands, stated before it ("Today the share is 68%").
STAGES = ("reaches", "roles", "pairs", "claims", "discourse", "restated", "level", "baselines", "facts")


def apply_rules(
    paper: Paper,
    doc: Document,
    blocks: Sequence[tuple[int, int]],
    policy: object,
    *,
    counts: Sequence[LooseCount] = (),
    sentences: Sequence[int] = (),
    matcher: _Matcher | None = None,
) -> Paper:
    """``paper`` with the pattern rules of its language applied over each block's claims and free figures,
    stage by stage (:data:`STAGES`): a claim a "roles" rule made is an item the "claims" rules can link.

    ``blocks`` are the (start, end) offsets of the paper's paragraphs and list items, in order. Targets a
    rule changed or made are unjudged, as the sentence reader's are (a figure a rule reads again, such as a
    baseline in the unit of its level, is read under ``policy``); free figures a rule used leave
    ``Paper.unlinked``; a claim a "facts" rule finds to be a statement of fact leaves the targets, and its
    figures go to ``Paper.facts`` (nothing is dropped silently). ``counts`` are the counts the sentence
    reader left with no part in a claim ("3.412 indbrud"): items of kind "count" a rule may link (a count
    no rule links is a head count, not a figure of a target, and is not reported). ``sentences`` are the
    offsets where the sentence reader found a sentence to start (it knows "til 1.350. Det svarer til" ends
    one); the cascade cuts there too. ``matcher`` matches the rules (one for ``doc`` in the paper's language,
    with its rules, unless given: a test gives one set otherwise, see :class:`_Matcher`).
    """
    from sudgoals.numbers import DEFAULT_POLICY, Policy

    if matcher is None:
        matcher = _Matcher(doc, paper.language)
    if not matcher.rules or not (paper.unlinked or paper.targets or counts):
        return paper  # (loose counts alone: "hit 745,000, up from 606,000")
    loose = list(counts)
    first = paper.targets
    chosen = policy if isinstance(policy, Policy) else DEFAULT_POLICY
    grouping = _Grouping(_Layout(doc.text, blocks, sorted(sentences)))
    counter = [0]
    grouped: dict[int, _Block] | None = None  # the items by block, kept while a stage changes nothing
    by_stage = _by_stage(matcher.rules)
    for stage in STAGES:
        rules = by_stage.get(stage, ())
        if rules:
            if grouped is None:
                grouped = grouping.group(paper, loose)
            before = paper
            paper = _apply_stage(
                paper, doc, matcher, grouped, rules=rules, policy=chosen, counter=counter, counts=loose
            )
            if paper is not before:
                grouped = None
                paper = _rows_from_one_baseline(paper, doc, matcher, grouping, rules, chosen, counter, loose)
    if any(not t.indicator for t in paper.targets):
        paper = _named_before(paper, doc, matcher.words, grouping.layout)
    if paper.targets is not first:  # merged claims leave gaps: the targets are numbered again, in order
        stem = (PurePath(doc.path).stem or "text")[:40]
        numbered = [
            t if t.id == (new := f"{stem}-{k}") else replace(t, id=new)
            for k, t in enumerate(paper.targets, 1)
        ]
        paper = replace(paper, targets=numbered)
    return paper


def _by_stage(rules: Sequence[Rule]) -> dict[str, tuple[Rule, ...]]:
    """``rules`` by stage (the middle part of each id), each stage's in file order: worked out once per tuple
    of rules (a language's rules are one tuple for the process), not once per stage and paper, and the same
    tuple per stage each time, so that :meth:`_Matcher.stage` compiles each once."""
    return _kept_for(_STAGE_RULES, rules, _grouped_by_stage)


_STAGE_RULES: Final[dict[int, tuple[Sequence[Rule], dict[str, tuple[Rule, ...]]]]] = {}


def _grouped_by_stage(rules: Sequence[Rule]) -> dict[str, tuple[Rule, ...]]:
    grouped: dict[str, list[Rule]] = {}
    for rule in rules:
        grouped.setdefault(rule.id.split(".")[1], []).append(rule)
    return {stage: tuple(members) for stage, members in grouped.items()}


def _compiled(rules: Sequence[Rule]) -> list[_Compiled]:
    """``rules`` compiled for matching (see :meth:`_Matcher.stage`)."""
    compiled: list[_Compiled] = []
    for rule in rules:
        names_counts = any(e.item in ("count", "figure") for e in rule.pattern)
        elements: list[tuple[int, Element, bool]] = []
        for e in rule.pattern:
            ident = _ELEMENT_IDS.get(e)
            if ident is None:
                ident = _ELEMENT_IDS[e] = len(_ELEMENT_IDS)
            elements.append((ident, e, _reads_around(e)))
        compiled.append((rule, len(rule.pattern), names_counts, tuple(elements)))
    return compiled


_Kept = TypeVar("_Kept")


def _kept_for(
    store: dict[int, tuple[Sequence[Rule], _Kept]],
    rules: Sequence[Rule],
    make: Callable[[Sequence[Rule]], _Kept],
) -> _Kept:
    """``make(rules)``, kept in ``store`` by the identity of ``rules`` for the process when they are a tuple
    (the tuple is kept beside it, so its id is not taken over while it is there); a list, which may change,
    is made afresh each time."""
    cached = store.get(id(rules))
    if cached is not None and cached[0] is rules:
        return cached[1]
    made = make(rules)
    if type(rules) is tuple:
        if len(store) >= _MAX_COMPILED:
            store.clear()
        store[id(rules)] = (rules, made)
    return made


def _rows_from_one_baseline(  # noqa: PLR0917
    paper: Paper,
    doc: Document,
    matcher: _Matcher,
    grouping: _Grouping,
    rules: tuple[Rule, ...],
    policy: object,
    counter: list[int],
    loose: list[LooseCount],
) -> Paper:
    """``paper`` after the stage's ``same_baseline`` rules ran again while they link: a row they gave its
    baseline passes it on to the row after it ("Utgångsläge 2023: 71 %, Mål 2025: 75 %, Mål 2027: 80 %, Mål
    2030: 85 %"), which one pass cannot (an item takes part in one match of a stage). A pass per row of the
    longest such run; none when no such rule linked a row in the pass before (the last rule of a target is
    the one that made it)."""
    again = tuple(r for r in rules if r.makes == "same_baseline")
    linking = {r.id for r in again}
    for _ in range(len(paper.targets)):
        if not any(t.rules and t.rules[-1] in linking for t in paper.targets):
            break  # (a row the pass before linked carries the rule's id last)
        before = paper
        grouped = grouping.group(paper, loose)
        paper = _apply_stage(
            paper, doc, matcher, grouped, rules=again, policy=policy, counter=counter, counts=loose
        )
        if paper is before:
            break
    return paper


def _named_before(paper: Paper, doc: Document, words: _Words, layout: _Layout) -> Paper:
    """``paper`` with a target that names no indicator and opens its sentence with a target noun and a
    copula ("Målet är högst 6 procent.", "The target is 95%.") named by the subject of the sentence before it,
    in its paragraph, when that sentence states no figure ("Sjukfrånvaron bland medarbetarna har ökat. Målet
    är högst 6 procent."): the words before its first verb."""
    text = doc.text
    canon = words.lex.canon
    nouns, copulas = words.classes["@target_nouns"], words.classes["@copulas"]
    moving = words.up | words.down
    # "de" is an auxiliary in nb ("de skal"), and a pronoun after "blant"
    verbs = words.classes["@intent"] | copulas | {w for w in words.classes["@aux"] if len(w) > 2} | moving
    targets: list[Target] = []
    changed = False
    for t in paper.targets:
        k = layout.block_of(t.span.start)
        if t.indicator or k is None:
            targets.append(t)
            continue
        cuts = layout.cuts(k)
        i = bisect.bisect_right(cuts, t.span.start) - 1
        opening = [canon(m.group().lower()) for m in TOKEN_RE.finditer(text, cuts[i], cuts[i] + 40)][:3]
        if len(opening) == 3 and len(opening[0]) <= 3 and opening[0] not in nouns:
            opening = opening[1:]  # "The target is"
        name = ""
        if i > 0 and len(opening) >= 2 and opening[0] in nouns and opening[1] in copulas:
            before = text[cuts[i - 1] : cuts[i]]
            found = list(TOKEN_RE.finditer(before))
            said = {canon(m.group().lower()) for m in found}
            if not said.isdisjoint(moving) and all(not m.group()[:1].isdigit() for m in found):
                wordy = [m for m in found if m.lastgroup == "word"]
                end = next((j for j, m in enumerate(wordy) if j and canon(m.group().lower()) in verbs), None)
                if end is not None and end <= 6:
                    name = " ".join(before[wordy[0].start() : wordy[end - 1].end()].split())
        if name:
            changed = True
            targets.append(replace(t, indicator=name))
        else:
            targets.append(t)
    return replace(paper, targets=targets) if changed else paper


class _Layout:
    """Which block an offset is in, and where the sentences of each block begin (computed once a block)."""

    def __init__(self, text: str, blocks: Sequence[tuple[int, int]], starts: Sequence[int] = ()) -> None:
        self.text = text
        self.blocks = blocks
        self.sentence_starts = starts  # sorted
        self.starts = [a for a, _ in blocks]
        self._cuts: dict[int, list[int]] = {}

    def block_of(self, offset: int) -> int | None:
        k = bisect.bisect_right(self.starts, offset) - 1
        if k < 0 or offset >= self.blocks[k][1]:
            return None
        return k

    def cuts(self, k: int) -> list[int]:
        found = self._cuts.get(k)
        if found is None:
            a, b = self.blocks[k]
            ends = [m.end() for m in _SENTENCE_END.finditer(self.text, a, b)]
            ends += [m.end() for m in _CLAUSE_END.finditer(self.text, a, b)]
            read = self.sentence_starts
            ends += read[bisect.bisect_right(read, a) : bisect.bisect_left(read, b)]
            found = self._cuts[k] = [a, *sorted(set(ends))]
        return found


class _Grouping:
    """The paper's claims, free figures and loose counts as items of the blocks they stand in, in order
    (:meth:`group`). Each item is made once per paper: a stage that changed some targets leaves the others'
    items as they were (the same objects, their signatures included), so grouping again after it places
    only what the stage made."""

    def __init__(self, layout: _Layout) -> None:
        self.layout = layout
        # id() of a target, free figure or loose count -> (it, its block, its item); the object is kept,
        # so an id is never taken over by another object while its entry is here
        self._placed: dict[int, tuple[object, int, _Item | None]] = {}

    def _item(self, thing: Target | Figure | LooseCount) -> tuple[int, _Item | None]:
        entry = self._placed.get(id(thing))
        if entry is not None and entry[0] is thing:
            return entry[1], entry[2]
        layout = self.layout
        k: int | None
        item: _Item | None = None
        if isinstance(thing, LooseCount):
            figure = thing.figure
            k = None if figure.span is None else layout.block_of(figure.span.start)
            if k is not None and figure.span is not None:
                s = figure.span
                sentence = _sentence_of(layout.cuts(k), s.start)
                item = _Item("count", s.start, s.end, sentence, figure=figure, named=thing)
        elif isinstance(thing, Target):
            # a claim stands where its figures stand: its span may open earlier and end later, with its
            # indicator
            start, end = -1, -1
            for f in (thing.absolute, thing.relative, thing.level, thing.baseline):
                if f is not None and f.span is not None:
                    x = f.span
                    if start < 0:
                        start, end = x.start, x.end
                    else:
                        start, end = min(start, x.start), max(end, x.end)
            if start < 0:
                start, end = thing.span.start, thing.span.end
            k = layout.block_of(start)
            if k is not None:
                item = _Item("claim", start, end, _sentence_of(layout.cuts(k), start), target=thing)
        else:
            k = None if thing.span is None else layout.block_of(thing.span.start)
            if k is not None and thing.span is not None:
                s = thing.span
                item = _Item("free", s.start, s.end, _sentence_of(layout.cuts(k), s.start), figure=thing)
        where = -1 if k is None else k
        self._placed[id(thing)] = (thing, where, item)
        return where, item

    def group(self, paper: Paper, counts: list[LooseCount]) -> dict[int, _Block]:
        grouped: dict[int, _Block] = {}
        layout = self.layout
        things: list[Iterable[Target | Figure | LooseCount]] = [paper.targets, paper.unlinked, counts]
        for kind in things:
            for thing in kind:
                k, item = self._item(thing)
                if item is None:
                    continue
                block = grouped.get(k)
                if block is None:
                    block = grouped[k] = _Block(*layout.blocks[k], layout.cuts(k))
                block.items.append(item)
        for block in grouped.values():
            block.items.sort(key=lambda i: (i.start, i.kind))
        return grouped


def _sentence_of(cuts: list[int], offset: int) -> int:
    return bisect.bisect_right(cuts, offset) - 1


def _part_before(block: _Block, claim: _Item, offset: int) -> _Item:
    """``claim`` as it stands before ``offset``, an item inside its span (a claim a rule linked over two
    sentences: "..., hvor den var 512.000 ton. Det svarer til ..." holds the amount of its first sentence): it
    ends, and stands in the sentence of, its last figure before the item, so the words between them are the
    item's words before it."""
    t = claim.target
    assert t is not None
    end = max(
        (
            f.span.end
            for f in (t.absolute, t.relative, t.level, t.baseline)
            if f is not None and f.span is not None and f.span.end <= offset
        ),
        default=claim.start,
    )
    return _Item(
        claim.kind,
        claim.start,
        end,
        _sentence_of(block.cuts, max(claim.start, end - 1)),
        target=t,
        figure=claim.figure,
        named=claim.named,
        sig=claim.sig,
    )


def _apply_stage(
    paper: Paper,
    doc: Document,
    matcher: _Matcher,
    grouped: dict[int, _Block],
    *,
    rules: tuple[Rule, ...],
    policy: object,
    counter: list[int],
    counts: list[LooseCount],
) -> Paper:
    replaced: dict[int, Target | None] = {}  # id(target) -> its replacement (None: merged away)
    added: list[Target] = []
    used: set[int] = set()  # ids of the free figures a rule used
    freed: list[Figure] = []  # figures of claims found to be facts
    stem = (PurePath(doc.path).stem or "text")[:40]  # as the sentence reader names its targets
    stage = matcher.stage(rules)
    for block in grouped.values():
        taken: set[int] = set()
        found = matcher.matches(block, stage)
        if matcher.watch is not None:
            matcher.watch(matcher, block, stage, found)
        for _size, _priority, _start, rule, at in sorted(found, key=lambda m: (-m[0], -m[1], m[2])):
            span = set(at)
            if span & taken:
                continue
            items = [block.items[k] for k in at]
            if rule.makes == "not_target":
                taken |= span
                for item in items:
                    t = item.target
                    if t is None:  # a free figure stated as a fact ("Ledigheden var 4,2 pct.")
                        assert item.figure is not None
                        used.add(id(item.figure))
                        freed.append(item.figure)
                        continue
                    replaced[id(t)] = None
                    freed.extend(f for f in (t.absolute, t.relative, t.level, t.baseline) if f is not None)
                continue
            if rule.makes == "in_indicator":  # a threshold inside what the claim after it counts
                part, claim = items
                assert claim.target is not None
                if not _holds_figure(claim.target.indicator, doc.text[part.start : part.end]):
                    continue
                taken |= span
                if part.target is not None:
                    replaced[id(part.target)] = None
                else:
                    used.add(id(part.figure))
                replaced[id(claim.target)] = replace(claim.target, rules=(*claim.target.rules, rule.id))
                continue
            made = _produce(
                rule, items, doc, matcher.words, block, next_id=f"{stem}-r{counter[0] + 1}", policy=policy
            )
            if made is None:
                continue
            taken |= span
            used.update(id(i.figure) for i in items if i.figure is not None)
            claims = [i.target for i in items if i.target is not None]
            if rule.makes == "target_moved" and claims[0].baseline is not None:
                freed.append(claims[0].baseline)  # the target before it moved: a fact
            if rule.makes in (
                "level_stated_before",
                "baseline_of_aim",
                "same_baseline",
            ):  # the second changed; the first stays
                replaced[id(claims[1])] = made
            elif claims:
                replaced[id(claims[0])] = made
                for other in claims[1:]:
                    replaced[id(other)] = None
            else:
                counter[0] += 1
                added.append(made)
    if used:
        counts[:] = [c for c in counts if id(c.figure) not in used]
    if not replaced and not added and not freed:
        return paper
    targets = [new for t in paper.targets if (new := replaced.get(id(t), t)) is not None]
    targets.extend(added)
    targets.sort(key=lambda t: t.span.start)
    unlinked = [f for f in paper.unlinked if id(f) not in used]
    return replace(paper, targets=targets, unlinked=unlinked, facts=[*paper.facts, *freed])
