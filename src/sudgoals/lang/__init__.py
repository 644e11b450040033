"""Per-language data as typed, cached objects. Each language is a folder (``da/``, ``en/``, ``nb/``, ``sv/``)
holding its lexicon (``lexicon.toml``, read here) and its extraction pattern rules (``rules.toml``, read by
:mod:`sudgoals.extract.cascade`).

The data files hold words only; this module holds no words. ``load("da")`` parses the file once per process.
"""

from __future__ import annotations

import os
from fractions import Fraction
from functools import cache
from typing import Any, Literal, cast

from sudgoals import _toml as tomllib

__all__ = [
    "FUNCTION_ROLES",
    "LANGUAGES",
    "Code",
    "LanguageData",
    "detect_endings",
    "detect_letters",
    "detect_shared",
    "detect_words",
    "load",
]

Code = Literal["da", "en", "nb", "sv"]
LANGUAGES: tuple[Code, ...] = ("da", "en", "nb", "sv")
# the roles of the few function words the extraction patterns are built on ([function_words] in each file)
_FOLDER = os.path.dirname(os.path.abspath(__file__))  # the data files, next to this module
FUNCTION_ROLES = (
    "from",
    "to",
    "in",
    "of",
    "that",
    "or",
    "among",
    "every",
    "is",
    "per",
    "target_of",
    "target_for",
    "target_is",
    "target_year",
)


_GRAMMAR_SETS: tuple[str, ...] = (
    "intent",
    "up_down",
    "or_more",
    "not_an_object",
    "baseline_nouns",
    "level_nouns",
    "survey_nouns",
    "numbered_periods",
    "than",
    "copulas",
    "conjunctions",
    "clause_openers",
    "connectives",
    "time_words",
    "anaphora",
    "target_nouns",
    "factor_after_object",
    "band_open",
    "band_and",
    "band_or",
    "span_prepositions",
    "fillers",
    "share_fraction_endings",
    "status_counts",
    "status_verbs",
    "frequency_nouns",
    "time_measures",
    "evaluative",
    "particle_verbs",
    "making_verbs",
    "making_passives",
    "having_verbs",
    "reaching_verbs",
    "aiming_phrases",
    "no_one",
    "time_limits",
    "existential",
    "compared",
    "financial_year",
    "source_openers",
    "document_nouns",
    "describing_verbs",
    "reporting_verbs",
    "past_aux",
    "perfect_aux",
    "relative_pronouns",
    "rank_openers",
    "coordinators",
    "named_comparatives",
)
"""The word classes of the ``[grammar]`` table read as sets (``@intent``, ``@than``, ... in the rules)."""


class LanguageData:
    """Everything the figure reader and the extractor need to know about one language.

    Immutable by convention (nothing assigns to it after :func:`load`). A plain class with ``__slots__``,
    not a dataclass: a dataclass of sixty fields cost 12 ms of every cold start to create.
    """

    __slots__ = (
        "code",
        "decimal_comma",
        "messages",
        "detect_words",
        "function_words",
        "number_values",
        "up",
        "down",
        "weak_direction",
        "change_prepositions",
        "count_adjectives_up",
        "count_adjectives_down",
        "new_after_measure",
        "up_before_count",
        "level_prepositions",
        "comparatives",
        "change_nouns",
        "weak_level_prepositions",
        "hedges",
        "hedges_after",
        "units",
        "scales",
        "scaled_units",
        "measures",
        "per_units",
        "unit_prefixes",
        "bound_verbs",
        "placeholders",
        "baseline_unknown",
        "number_words",
        "number_joiners",
        "ambiguous_number_words",
        "zero_words",
        "article_words",
        "ratio_words",
        "rank_words",
        "fraction_words",
        "factor_words",
        "goal_nouns",
        "goal_articles",
        "rate_words",
        "share_subjects",
        "year_prepositions",
        "reference_markers",
        "baseline_markers",
        "label_indicator",
        "label_baseline",
        "label_target",
        "label_result",
        "label_change",
        "not_target_units",
        "months",
        "seasons",
        "equivalence",
        "ocr",
        "ocr_exclude",
        "abbreviations",
        "closed_abbreviations",
        "item_hedges",
        "numbered_item_hedges",
        "aux",
        "not_share_before",
        *_GRAMMAR_SETS,
    )

    code: Code
    decimal_comma: bool
    messages: Literal["da", "en"]  # the language findings are written in for a paper in this language
    detect_words: frozenset[str]  # short words that are common in this language (language detection)
    function_words: dict[str, frozenset[str]]  # role ("from", "to", "in", ...) -> this language's words
    number_values: dict[str, int]  # number words read from data where text2num has no reader (nb, sv)
    up: tuple[str, ...]
    down: tuple[str, ...]
    weak_direction: tuple[str, ...]
    change_prepositions: tuple[str, ...]
    count_adjectives_up: tuple[str, ...]
    count_adjectives_down: tuple[str, ...]
    new_after_measure: tuple[
        str, ...
    ]  # "20 km ny sykkelvei": "new" in the singular, more only after a measure
    up_before_count: tuple[str, ...]  # "an extra 40,000", "yderligere 500": more, written before the count
    level_prepositions: tuple[str, ...]
    # of the level prepositions, those that make a level only after a weak direction word ("skal ned på 4,5
    # pct.", not "steg på"): "på"
    weak_level_prepositions: frozenset[str]
    comparatives: tuple[str, ...]
    change_nouns: frozenset[
        str
    ]  # "reduktion", "økning": right after a percent, a change by it ("20 pct. reduktion")
    hedges: dict[str, tuple[str, ...]]  # HedgeKind value -> words
    hedges_after: dict[str, tuple[str, ...]]  # HedgeKind value -> words after a figure ("eller derunder")
    units: dict[str, tuple[str, ...]]  # "percent" | "percentage_point" | "kr" -> words
    scales: dict[str, int]
    # a unit word with its scale in it ("mnkr" is "miljoner kronor") -> the scale
    scaled_units: dict[str, Fraction]  # "mnkr" 1000000, "öre" 1/100: the scale glued into a money word
    measures: dict[str, tuple[str, ...]]  # unit ("t", "m**3", "day", "EUR") -> words after a number
    per_units: dict[str, tuple[str, ...]]  # per unit ("person", "year") -> words that make a unit a rate
    unit_prefixes: dict[str, tuple[str, ...]]  # unit ("EUR") -> marks before a number ("€")
    bound_verbs: frozenset[str]  # "være", "be": a bound after them makes a unit figure a standard
    placeholders: tuple[str, ...]
    baseline_unknown: tuple[str, ...]
    number_words: tuple[str, ...]
    number_joiners: tuple[str, ...]
    ambiguous_number_words: tuple[str, ...]
    zero_words: frozenset[str]  # "nul", "null": after a bound verb in a statement of aim, a level of zero
    # the indefinite article, also the word for one: after a preposition of change it names no time
    # ("forlænget med en time"), and a bound on it counts no things ("mindst et universitet")
    article_words: frozenset[str]
    ratio_words: tuple[str, ...]  # "ud af", "out of", "in": between the two numbers of a share
    rank_words: frozenset[str]  # "nummer", "plats": before "3 ud af 27", a place in a ranking, not a share
    fraction_words: dict[str, Fraction]
    factor_words: dict[str, Fraction]
    goal_nouns: tuple[str, ...]
    goal_articles: frozenset[str]  # "et mål om ...", "one target": alone before a goal noun, no count
    rate_words: tuple[str, ...]
    share_subjects: tuple[
        str, ...
    ]  # endings of a share noun as subject: "Beskæftigelsesprocenten skal op på 78"
    year_prepositions: tuple[str, ...]
    reference_markers: tuple[str, ...]
    baseline_markers: tuple[str, ...]
    label_indicator: tuple[str, ...]  # "Indikator:", "Indicator:"
    label_baseline: tuple[str, ...]  # "Baseline (2022):"
    label_target: tuple[str, ...]  # "Mål (2026):", "Target:"
    label_result: tuple[str, ...]  # a table column of outcomes: "Resultat 2025", "Actual", "Utfall 2023"
    label_change: tuple[str, ...]  # a table column of the change between two others: "Ændring", "Change"
    not_target_units: tuple[str, ...]
    months: tuple[str, ...]
    seasons: tuple[str, ...]  # "efteråret", "autumn", "hösten": a time of year before a year
    equivalence: tuple[str, ...]
    ocr: dict[str, tuple[str, ...]]
    ocr_exclude: frozenset[str]
    # words written with a full stop that ends no sentence before a number or a lower-case word ("ca. 300",
    # "nr. 5", "bl.a. ..."), and of them those whose stop ends none before a capitalised word either ("ca.")
    abbreviations: frozenset[str]
    closed_abbreviations: frozenset[str]
    # hedges that may open a list item before its figure ("ca. 300 flere borgere", "about 20% ..."), and of
    # them those that may stand between a list number and its figure ("4. ca. 500 flere"): as written, a full
    # stop included where it may stand ("ca", "ca.")
    item_hedges: tuple[str, ...]
    numbered_item_hedges: tuple[str, ...]
    aux: tuple[str, ...]
    not_share_before: tuple[str, ...]
    intent: frozenset[str]  # words that make a sentence a statement of intent ("skal", "will")
    up_down: frozenset[str]  # weak words that give a direction right before a percent ("op", "down")
    # verbs of making right before a bare count ("plant 100,000 trees", "byggas 400 bostäder"): with an intent
    # word in the sentence the count is a level to reach
    making_verbs: frozenset[str]
    # verbs of making after a count that opens its clause, a modal and "be" ("1,000 homes will be built",
    # "1 000 bostäder ska byggas"): the count is a level to reach
    making_passives: frozenset[str]
    # verbs of having right before a count or a measure ("skal ha 40 MW solkraft innen 2030"): with an intent
    # word and a year in the sentence, a level aimed at
    having_verbs: frozenset[str]
    no_one: frozenset[str]  # "Ingen (børn) skal ...": the subject of a level of zero aimed at
    # "skal have svar inden for 4 uger": before a time, with intent and no other figure, a standard to keep
    time_limits: frozenset[str]
    # "Der skal være 300 lærlinge i 2027": the dummy subject of a count that is to exist, a level aimed at
    existential: frozenset[str]
    # "38 dage mod 45 dage sidste år": between two times of one unit, the second the time compared with
    compared: frozenset[str]
    reaching_verbs: frozenset[
        str
    ]  # "will reach 17,000", "skal nå 17.000": with an intent word, a count to reach
    # "sigter mod 3.000 boliger", "tar sikte på 450 læreplasser": a verb of aiming with its preposition; a
    # count right after it is figure material (the rules read it as a level aimed at)
    aiming_phrases: frozenset[str]
    or_more: frozenset[str]  # after "eller"/"or": a threshold ("4 or above"), not the same figure again
    not_an_object: frozenset[str]  # after a factor verb: no object follows ("halveres fra ...")
    baseline_nouns: frozenset[str]  # "a 2019 baseline of 250": a year before these is the reference year
    # "by 2030 from 2006 levels", "från 2006 års nivå": after a change's figures, a year before these (one
    # word or two) is the reference year
    level_nouns: frozenset[str]
    # "I medarbetarenkäten 2024 var andelen 61 procent", "In the 2024 staff survey": a survey (or a compound
    # that ends in one) before or after the year a sentence opens with says when it speaks of
    survey_nouns: frozenset[str]
    # "Audits in quarter 4 found 89%", "I uke 12 ble 85 prosent": after a year preposition, a period noun and
    # its number name a part of the year, no figure
    numbered_periods: frozenset[str]
    than: frozenset[str]  # "færre end året før", "fewer than"
    financial_year: frozenset[str]  # "FY26", "FY2026": a financial year, read as the year it ends in
    copulas: frozenset[str]  # before a figure that says where an indicator stands now ("er 25 pct.")
    conjunctions: frozenset[str]  # "og", "men", "and", "but"
    clause_openers: frozenset[str]  # ", mens", ", while": a new clause with its own subject
    connectives: frozenset[str]  # "og dermed faldt", "and thus fell": no subject of its own after "og"
    source_openers: frozenset[
        str
    ]  # "Ifølge borgmesteren skal ...": who says it, before the modal; no subject
    time_words: frozenset[str]  # "sidste år", "last year": when, not what changes
    anaphora: frozenset[str]  # "andelen", "tallet", "the share": an indicator named again
    target_nouns: frozenset[str]  # "a target of 95%", "et mål på 80 pct.": the level aimed at follows
    # factor phrases that follow a verb of change and its object ("cut the number ... in half", "skæres ned
    # til det halve"): a factor only with that verb before them in their clause
    factor_after_object: frozenset[str]
    # a band of two stated ends: the word before it and the word between its ends ("mellem 5 og 6 pct.")
    band_open: frozenset[str]
    band_and: frozenset[str]
    # two figures in one unit joined by these are one figure stated as two guesses ("£8m or £9m less",
    # "8 eller 9 mnkr"): the first as written, its interval the hull of both (empty: not read so)
    band_or: frozenset[str]
    span_prepositions: frozenset[str]  # "halveret på ti år": years after these and a change are its span
    fillers: frozenset[str]  # "from an average of 11 days to 7": words that may follow "from"
    # a fraction of more than one word, or one with one of these endings, is a share of what "of" names after
    # it ("halvdelen af borgerne", "hälften av"); "" (in English) for every fraction
    share_fraction_endings: frozenset[str]
    # "I dag bor 52 300 personer", "I 2024 fikk 1 240 personer sosialhjelp": a count of these (no figure
    # alone, "30 personer deltog") right after one of status_verbs, beside an aim, is where a count stands
    status_counts: frozenset[str]
    status_verbs: frozenset[str]
    frequency_nouns: frozenset[str]  # "mindst to gange om ugen": a number word before these is how often
    # "Ventetiden var 58 dage", "The average time to process a claim was 24 days": words (or the ends of
    # compounds: "sagsbehandlingstid") that make the subject of a copula a measure of time, not an event
    time_measures: frozenset[str]
    evaluative: frozenset[str]  # "improve", "förbättras": better, not higher (a from-to's figures tell)
    particle_verbs: frozenset[str]  # "make up 11%", "took up 12%": "up"/"down" after these gives no direction
    # what SG701 reads to tell a goal without a figure from a sentence that only looks like one: a paper as
    # the subject of a verb that describes it ("Strategien angiver ..."), a reporting clause after the last
    # comma ("..., siger borgmesteren"), an auxiliary of the past before a word of direction ("der har
    # reduceret"), and the words before a number that make it a place in a ranking ("blandt de fem bedste")
    document_nouns: frozenset[str]
    describing_verbs: frozenset[str]
    reporting_verbs: frozenset[str]
    past_aux: frozenset[str]  # "havde", "was": before a word of direction, the past tense
    perfect_aux: frozenset[str]  # "har", "has": the past only in a relative clause ("der har reduceret")
    relative_pronouns: frozenset[str]  # "der", "som", "that": what opens that clause
    rank_openers: frozenset[str]
    # "faldet med 9 pct. i industrien og 4 pct. i landbruget": between a change and a bare percent, the
    # percent is a change the same way
    coordinators: frozenset[str]
    # "28 prosent høyere utdanning", "a degree in higher education": nouns a comparative right before them
    # names ("higher education"), so the percent before it is no change by that much
    named_comparatives: frozenset[str]

    def __init__(self, **fields: Any) -> None:
        missing = set(self.__slots__) - fields.keys()
        unknown = fields.keys() - set(self.__slots__)
        if missing or unknown:
            raise TypeError(f"LanguageData: missing {sorted(missing)}, unknown {sorted(unknown)}")
        for name, value in fields.items():
            object.__setattr__(self, name, value)

    def __repr__(self) -> str:
        return f"LanguageData(code={self.code!r})"


def _words(table: dict[str, Any], key: str) -> tuple[str, ...]:
    return tuple(str(w) for w in cast(list[Any], table.get(key, [])))


@cache
def detect_words(code: str) -> frozenset[str]:
    """The language-detection words of ``code``, as :func:`load` gives them in ``detect_words``, read without
    building the rest of its data: detection weighs every language, and a paper is in one of them (building
    the other three languages' data cost about 3 ms of a cold check). ``ValueError`` for another code."""
    if code not in LANGUAGES:
        raise ValueError(f"{code=} is not a supported language; choose one of {', '.join(LANGUAGES)}")
    raw = tomllib.load_data(os.path.join(_FOLDER, code, "lexicon.toml"))
    return frozenset(_words(raw.get("detect", {}), "words"))


@cache
def detect_letters(code: str) -> frozenset[str]:
    """The letters that tell ``code`` apart (``letters`` under ``[detect]``: "ä" and "ö" for Swedish), in a
    text too short to hold any of its common words ("Mål: 450 bostäder"); none where the data lists none.
    ``ValueError`` for another code."""
    if code not in LANGUAGES:
        raise ValueError(f"{code=} is not a supported language; choose one of {', '.join(LANGUAGES)}")
    raw = tomllib.load_data(os.path.join(_FOLDER, code, "lexicon.toml"))
    return frozenset(_words(raw.get("detect", {}), "letters"))


@cache
def detect_shared(code: str) -> frozenset[str]:
    """The words of ``code`` that tell it from a close language although a third writes them too (``shared``
    under ``[detect]``: Norwegian "minst" is Danish "mindst" but Swedish "minst"): each occurrence counts
    once, never three times as a word only one language lists does. ``ValueError`` for another code."""
    if code not in LANGUAGES:
        raise ValueError(f"{code=} is not a supported language; choose one of {', '.join(LANGUAGES)}")
    raw = tomllib.load_data(os.path.join(_FOLDER, code, "lexicon.toml"))
    return frozenset(_words(raw.get("detect", {}), "shared"))


@cache
def detect_endings(code: str) -> tuple[str, ...]:
    """The word endings that are spelled so only in ``code`` among the close languages (``endings`` under
    ``[detect]``: Norwegian "-plasser", Danish "-pladser"), for a short line whose words are all shared
    ("Det skal være 20 flere heldøgnsplasser."); a word with such an ending counts once. ``ValueError`` for
    another code."""
    if code not in LANGUAGES:
        raise ValueError(f"{code=} is not a supported language; choose one of {', '.join(LANGUAGES)}")
    raw = tomllib.load_data(os.path.join(_FOLDER, code, "lexicon.toml"))
    return _words(raw.get("detect", {}), "endings")


@cache
def load(code: str) -> LanguageData:
    """The data of language ``code`` (one of :data:`LANGUAGES`); raises ``ValueError`` for any other code."""
    if code not in LANGUAGES:
        raise ValueError(f"{code=} is not a supported language; choose one of {', '.join(LANGUAGES)}")
    raw = tomllib.load_data(os.path.join(_FOLDER, code, "lexicon.toml"))
    direction = raw["direction"]
    unit = raw["unit"]
    functions = raw.get("function_words", {})
    messages = str(raw.get("messages", code))
    if messages not in ("da", "en"):
        raise ValueError(f"{code}/lexicon.toml: {messages=} must be 'da' or 'en'")
    return LanguageData(
        code=code,
        decimal_comma=bool(raw["decimal_comma"]),
        messages="en" if messages == "en" else "da",
        detect_words=detect_words(code),
        function_words={role: frozenset(_words(functions, role)) for role in FUNCTION_ROLES},
        number_values={str(k): int(v) for k, v in raw["number_words"].get("values", {}).items()},
        up=_words(direction, "up"),
        down=_words(direction, "down"),
        weak_direction=_words(direction, "weak"),
        change_prepositions=_words(direction, "change_prepositions"),
        count_adjectives_up=_words(direction, "count_adjectives_up"),
        count_adjectives_down=_words(direction, "count_adjectives_down"),
        new_after_measure=_words(direction, "new_after_measure"),
        up_before_count=_words(direction, "up_before_count"),
        level_prepositions=_words(direction, "level_prepositions"),
        comparatives=_words(direction, "comparatives"),
        change_nouns=frozenset(_words(direction, "change_nouns")),
        weak_level_prepositions=frozenset(_words(direction, "weak_level_prepositions")),
        hedges={kind: _words(raw["hedge"], kind) for kind in raw["hedge"]},
        hedges_after={kind: _words(raw["hedge_after"], kind) for kind in raw.get("hedge_after", {})},
        units={name: _words(unit, name) for name in ("percent", "percentage_point", "kr")},
        scales={str(k): int(v) for k, v in unit.get("scale", {}).items()},
        scaled_units={str(k).lower(): Fraction(str(v)) for k, v in unit.get("scaled", {}).items()},
        measures={str(k): _words(unit.get("measure", {}), k) for k in unit.get("measure", {})},
        per_units={str(k): _words(unit.get("per", {}), k) for k in unit.get("per", {})},
        unit_prefixes={str(k): _words(unit.get("prefix", {}), k) for k in unit.get("prefix", {})},
        bound_verbs=frozenset(_words(unit, "bound_verbs")),
        placeholders=_words(raw["placeholder"], "tokens"),
        baseline_unknown=_words(raw["placeholder"], "baseline_unknown"),
        number_words=_words(raw["number_words"], "words"),
        number_joiners=_words(raw["number_words"], "joiners"),
        ambiguous_number_words=_words(raw["number_words"], "ambiguous"),
        zero_words=frozenset(_words(raw["number_words"], "zero")),
        article_words=frozenset(_words(raw["number_words"], "articles")),
        ratio_words=_words(raw["number_words"], "ratio"),
        rank_words=frozenset(_words(raw["number_words"], "rank")),
        fraction_words={str(k): Fraction(str(v)) for k, v in raw["fraction_words"].items()},
        factor_words={str(k): Fraction(str(v)) for k, v in raw["factor_words"].items()},
        goal_nouns=_words(raw["goal_nouns"], "words"),
        goal_articles=frozenset(_words(raw["goal_nouns"], "articles")),
        rate_words=_words(raw["rate_words"], "words"),
        share_subjects=_words(raw["rate_words"], "share_subjects"),
        year_prepositions=_words(raw["time"], "year_prepositions"),
        reference_markers=_words(raw["time"], "reference_markers"),
        baseline_markers=_words(raw["time"], "baseline_markers"),
        label_indicator=_words(raw.get("labels", {}), "indicator"),
        label_baseline=_words(raw.get("labels", {}), "baseline"),
        label_target=_words(raw.get("labels", {}), "target"),
        label_result=_words(raw.get("labels", {}), "result"),
        label_change=_words(raw.get("labels", {}), "change"),
        not_target_units=_words(raw["time"], "not_target_units"),
        months=_words(raw["time"], "months"),
        seasons=_words(raw["time"], "seasons"),
        equivalence=_words(raw["link"], "equivalence"),
        ocr={str(k): tuple(str(x) for x in v) for k, v in raw["ocr"].items()},
        ocr_exclude=frozenset(_words(raw.get("ocr_exclude", {}), "words")),
        abbreviations=frozenset(_words(raw.get("abbreviations", {}), "words")),
        closed_abbreviations=frozenset(_words(raw.get("abbreviations", {}), "closed")),
        item_hedges=_words(raw.get("list_items", {}), "hedges"),
        numbered_item_hedges=_words(raw.get("list_items", {}), "after_number"),
        aux=_words(raw.get("grammar", {}), "aux"),
        not_share_before=_words(raw.get("grammar", {}), "not_share_before"),
        **{name: frozenset(_words(raw.get("grammar", {}), name)) for name in _GRAMMAR_SETS},
    )
