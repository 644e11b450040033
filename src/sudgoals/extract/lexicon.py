"""The OCR-tolerant lexicon: every keyword of a language, reachable from its damaged spellings.

A scanned "færre" reaches us as "feerre", "ferre", "f@rre" or "faerre". Rather than rewriting the text
(quotes must stay original), each keyword is expanded once, through the confusion classes in the language
file's ``[ocr]`` table, into all the spellings it may have; a dictionary then maps every spelling to the
canonical keyword. Looking a token up is one dict access, so matching stays linear in the text.

Multi-word keywords ("det svarer til", "per cent", "pct.-point") are stored as tuples of canonical tokens in
a small trie and matched greedily, longest first.
"""

from __future__ import annotations

import itertools
from enum import Enum, auto
from functools import cache

from sudgoals import _regex
from sudgoals._frozen import Frozen
from sudgoals.lang import LanguageData, load

__all__ = ["CONTENT_RE", "TOKEN_RE", "Lexicon", "Role", "lexicon", "tokenize_phrase"]

# One token per match: a number as written (digits with "." "," or 3-digit groups after a blank, a no-break,
# thin or figure space), a word (letters, with OCR stand-ins such as "@" or "®" inside or before letters), a
# percent sign, a line break, or any other single symbol. No alternative can match the same text in two
# ways, so scanning is linear. Words come first: they are most tokens, and a word and a number never start
# with the same character (letters or an OCR stand-in against digits), so the order of the two decides
# nothing but how soon a word is tried.
# A word's first character picks its branch (a letter, or a stand-in before a letter), and its runs are
# possessive: nothing after a word in the pattern can make it give letters back, and with no optional
# group in front and nothing kept for backtracking, the engine reads a word about a tenth faster.
_CONTENT = (
    r"(?P<word>[^\W\d_]++(?:[@®&€¢][^\W\d_]++)*+|[@®&€¢][^\W\d_]++(?:[@®&€¢][^\W\d_]++)*+)"
    r"|(?P<num>\d{1,3}(?:[ \u00a0\u202f\u2009\u2007]\d{3}(?!\d))+(?:,\d+)?|\d+(?:[.,]\d+)*)"
    r"|(?P<pct>%)"
)
TOKEN_RE = _regex.compile(_CONTENT + r"|(?P<nl>\r\n|\r|\n|\f)" + r"|(?P<sym>[^\s\w])")
# The word, number and percent tokens of TOKEN_RE alone, the same ones at the same places: TOKEN_RE takes a
# line break or a symbol only where none of these three starts, and such a token is one character (or
# "\r\n", where none starts either), so skipping it is what searching on from the next character does.
# For the passes that keep only those tokens: no Python code per token left out.
CONTENT_RE = _regex.compile(_CONTENT)


class Role(Enum):
    # members are singletons compared by identity, so identity is a valid hash; Enum's own ``__hash__``
    # is Python code (``hash(self._name_)``) and roles are hashed in every set and dict lookup of the scan
    __hash__ = object.__hash__

    UP = auto()
    BASELINE_MARK = auto()
    DOWN = auto()
    WEAK = auto()
    HEDGE = auto()
    HEDGE_AFTER = auto()  # "eller derunder", "or more" after a figure: ``extra`` is the HedgeKind value
    UNIT_PERCENT = auto()
    UNIT_POINTS = auto()
    UNIT_KR = auto()
    UNIT_MEASURE = auto()  # "tons", "m³", "dage", "euro": ``extra`` is the unit ("t", "m**3", "day", "EUR")
    UNIT_PER = auto()  # "pr. borger", "om året": ``extra`` is what the rate is per ("person", "year")
    UNIT_PREFIX = auto()  # "€", "£", "$" before a number: ``extra`` is the unit
    SCALE = auto()
    PLACEHOLDER = auto()
    BASELINE_UNKNOWN = auto()
    NUMBER_WORD = auto()
    JOINER = auto()
    AMBIGUOUS_NUMBER = auto()
    FRACTION = auto()
    FACTOR = auto()
    GOAL_NOUN = auto()
    RATE = auto()
    NOT_TARGET_UNIT = auto()
    MONTH = auto()
    LINK = auto()
    REFERENCE = auto()
    YEAR_PREP = auto()
    CHANGE_PREP = auto()
    AUX = auto()
    ANY_FIGURE_WORD = auto()  # first word of any number, fraction or factor phrase (a fast pre-check)
    NOT_SHARE_BEFORE = auto()


_set = object.__setattr__  # how the immutable classes below set their fields


class PhraseHit(Frozen):
    __slots__ = ("role", "canonical", "length", "extra")  # noqa: RUF023
    role: Role
    canonical: str  # the keyword as the language file spells it
    length: int  # number of tokens matched
    extra: str  # e.g. the HedgeKind value for HEDGE

    def __init__(
        self,
        role: Role,
        canonical: str,
        length: int,
        extra: str = "",
    ) -> None:
        _set(self, "role", role)
        _set(self, "canonical", canonical)
        _set(self, "length", length)
        _set(self, "extra", extra)


class _Node:
    __slots__ = ("children", "hits")
    children: dict[str, _Node]
    hits: list[PhraseHit]

    def __init__(
        self,
        children: dict[str, _Node] | None = None,
        hits: list[PhraseHit] | None = None,
    ) -> None:
        self.children = {} if children is None else children
        self.hits = [] if hits is None else hits

    def __repr__(self) -> str:
        return f"{type(self).__qualname__}(children={self.children!r}, hits={self.hits!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, _Node) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.children, self.hits) == (other.children, other.hits)

    __hash__ = None  # type: ignore[assignment]  # mutable: unhashable, as a dataclass


def _insert(root: _Node, tokens: tuple[str, ...], hit: PhraseHit) -> None:
    """Add the phrase ``tokens`` to the trie at ``root``, ``hit`` at its last node."""
    node = root
    for tok in tokens:
        child = node.children.get(tok)
        if child is None:  # a new node only where the trie has none (a cold start builds it)
            child = node.children[tok] = _Node()
        node = child
    node.hits.append(hit)


def tokenize_phrase(phrase: str) -> tuple[str, ...]:
    """The lower-case tokens of a keyword phrase, as the scanner will see them."""
    low = phrase.lower()
    words = low.split()
    # most phrases are words of letters alone parted by blanks: each is one word token of TOKEN_RE, which
    # gives no token for a blank (nor for a line break here), so they are the tokens (a cold start tokenises
    # every keyword of the language, and the regex took 10 microseconds a phrase)
    if all(word.isalpha() for word in words):
        return tuple(words)
    out: list[str] = []
    for match in TOKEN_RE.finditer(low):
        kind = match.lastgroup
        if kind == "nl":
            continue
        out.append(match.group())
    return tuple(out)


# Typographic ligatures that PDF text layers and OCR keep as one character ("ﬂere" for "flere"); longest first
_LIGATURES = (("ffi", "ﬃ"), ("ffl", "ﬄ"), ("ff", "ﬀ"), ("fi", "ﬁ"), ("fl", "ﬂ"))


def _ligatured(word: str) -> str:
    """``word`` with every letter pair that has a ligature written as it ("flere" -> "ﬂere")."""
    for letters, ligature in _LIGATURES:
        word = word.replace(letters, ligature)
    return word


def _variants(word: str, ocr: dict[str, tuple[str, ...]], limit: int = 512) -> list[str]:
    """The spellings ``word`` may have in a damaged text: each letter through its confusion class, and
    each of those with its ligatures."""
    choices = [ocr.get(ch, (ch,)) for ch in word]
    out = []
    for combo in itertools.product(*choices):
        out.append("".join(combo))
        if len(out) >= limit:
            break
    if "f" in word:
        out.extend(lig for lig in {_ligatured(v) for v in out} if lig not in out)
    return out


class Lexicon:
    """Keyword lookup for one language: ``canon(token)`` and ``match(tokens, i)``."""

    def __init__(self, data: LanguageData) -> None:
        self.data = data
        self._canon: dict[str, str] = {}
        self._root = _Node()
        self._roots: dict[Role, _Node] = {}  # one trie per role as well: a match of one role walks only it
        # each role's phrases (tokens and hit, in the order of the entries), its trie built on first use: a
        # check asks for a third of the roles, and building every role's trie cost ~2 ms of a cold start
        self._phrases: dict[Role, list[tuple[tuple[str, ...], PhraseHit]]] = {}
        self._words: dict[str, set[Role]] = {}
        entries = self._entries(data)
        # each phrase is tokenised once and each token expanded once (this runs on every cold start)
        tokenized = {phrase: tokenize_phrase(phrase) for _r, words, _e in entries for phrase in words}
        # every keyword spells itself first, so that a variant of another keyword ("have" from "hæve")
        # never hides a word the language file lists in its own right
        for tokens in tokenized.values():
            for tok in tokens:
                self._canon.setdefault(tok, tok)
        expanded: set[str] = set()
        for role, words, extra in entries:
            for phrase in words:
                tokens = tokenized[phrase]
                if not tokens:
                    continue
                for tok in tokens:
                    if tok not in expanded:
                        expanded.add(tok)
                        self._add_canon(tok)
                hit = PhraseHit(role, phrase, len(tokens), extra)
                _insert(self._root, tokens, hit)
                of_role = self._phrases.get(role)
                if of_role is None:
                    of_role = self._phrases[role] = []
                of_role.append((tokens, hit))
                if len(tokens) == 1:
                    self._words.setdefault(tokens[0], set()).add(role)
        self.starts: dict[Role, frozenset[str]] = {}
        first: dict[Role, set[str]] = {}
        for role, words, _extra in entries:
            for phrase in words:
                tokens = tokenized[phrase]
                if tokens:
                    first.setdefault(role, set()).add(tokens[0])
        last: dict[Role, set[str]] = {}
        for role, words, _extra in entries:
            for phrase in words:
                tokens = tokenized[phrase]
                if tokens:
                    last.setdefault(role, set()).add(tokens[-1])
        self.ends: dict[Role, frozenset[str]] = {}  # the last word of each role's phrases
        for role in Role:
            self.starts[role] = frozenset(first.get(role, set()))
            self.ends[role] = frozenset(last.get(role, set()))
        self.starts[Role.ANY_FIGURE_WORD] = frozenset(
            self.starts[Role.NUMBER_WORD] | self.starts[Role.FRACTION] | self.starts[Role.FACTOR]
        )

    @staticmethod
    def _entries(data: LanguageData) -> list[tuple[Role, tuple[str, ...], str]]:
        entries: list[tuple[Role, tuple[str, ...], str]] = [
            (Role.UP, data.up, ""),
            (Role.DOWN, data.down, ""),
            (Role.WEAK, data.weak_direction, ""),
            (Role.UNIT_PERCENT, data.units["percent"], ""),
            (Role.UNIT_POINTS, data.units["percentage_point"], ""),
            (Role.UNIT_KR, data.units["kr"], ""),
            (Role.SCALE, tuple(data.scales), ""),
            (Role.BASELINE_UNKNOWN, data.baseline_unknown, ""),
            (Role.NUMBER_WORD, data.number_words, ""),
            (Role.JOINER, data.number_joiners, ""),
            (Role.AMBIGUOUS_NUMBER, data.ambiguous_number_words, ""),
            (Role.FRACTION, tuple(data.fraction_words), ""),
            (Role.FACTOR, tuple(data.factor_words), ""),
            (Role.GOAL_NOUN, data.goal_nouns, ""),
            (Role.RATE, data.rate_words, ""),
            (Role.NOT_TARGET_UNIT, data.not_target_units, ""),
            (Role.MONTH, data.months, ""),
            (Role.LINK, data.equivalence, ""),
            (Role.REFERENCE, data.reference_markers, ""),
            (Role.BASELINE_MARK, data.baseline_markers, ""),
            (Role.YEAR_PREP, data.year_prepositions, ""),
            (Role.CHANGE_PREP, data.change_prepositions, ""),
            (Role.AUX, data.aux, ""),
            (Role.NOT_SHARE_BEFORE, data.not_share_before, ""),
        ]
        for kind, words in data.hedges.items():
            entries.append((Role.HEDGE, words, kind))
        for kind, words in data.hedges_after.items():
            entries.append((Role.HEDGE_AFTER, words, kind))
        for unit, words in data.measures.items():
            entries.append((Role.UNIT_MEASURE, words, unit))
        for unit, words in data.per_units.items():
            entries.append((Role.UNIT_PER, words, unit))
        for unit, words in data.unit_prefixes.items():
            entries.append((Role.UNIT_PREFIX, words, unit))
        return entries

    def _add_canon(self, token: str) -> None:
        self._canon.setdefault(token, token)
        if "f" not in token and not any(ch in self.data.ocr for ch in token):
            return
        for variant in _variants(token, self.data.ocr):
            if variant not in self.data.ocr_exclude:
                self._canon.setdefault(variant, token)

    def canon(self, lower_token: str) -> str:
        """The canonical keyword spelling of a lower-case token ("feerre" -> "færre"), or the token itself."""
        return self._canon.get(lower_token, lower_token)

    def roles(self, canonical: str) -> set[Role]:
        """The roles of a single canonical word (empty set for an ordinary word)."""
        return self._words.get(canonical, _EMPTY)

    def words_of(self, role: Role) -> frozenset[str]:
        """The single canonical words that have ``role`` (those whose :meth:`roles` hold it)."""
        return frozenset(word for word, roles in self._words.items() if role in roles)

    def _role_root(self, role: Role) -> _Node | None:
        """The trie of ``role``'s phrases alone (``None`` when it has none), built on first use."""
        phrases = self._phrases.get(role)
        if phrases is None:
            return None
        root = _Node()
        for tokens, hit in phrases:
            _insert(root, tokens, hit)
        self._roots[role] = root
        return root

    def match(self, canonicals: list[str], i: int, role: Role | None = None) -> PhraseHit | None:
        """The longest keyword phrase starting at token ``i`` (optionally only of ``role``)."""
        node: _Node | None
        if role is None:
            node = self._root
        else:
            node = self._roots.get(role)
            if node is None:
                node = self._role_root(role)
        if node is None:
            return None
        best: PhraseHit | None = None
        n = len(canonicals)
        while i < n:
            node = node.children.get(canonicals[i])
            if node is None:
                break
            i += 1
            for hit in node.hits:
                if (role is None or hit.role is role) and (best is None or hit.length > best.length):
                    best = hit
        return best


_EMPTY: set[Role] = set()


@cache
def lexicon(code: str) -> Lexicon:
    """The lexicon of language ``code``, built once per process."""
    return Lexicon(load(code))
