"""Readable indicators for OCR-damaged papers: "udsatte kgbenhavnere far anvist en bolig" becomes
"udsatte københavnere får anvist en bolig".

Only the *indicator* (a label for what a target counts) is repaired; quotes and spans stay the original text.
Each damaged-looking word is put back through the language's OCR confusion classes in reverse (``g`` may be
``ø``, ``ee`` may be ``æ``, ``&`` may be ``å``…), and the candidate that is a clearly more frequent word of
the language wins. Frequencies come from the ``wordfreq`` package (the ``ocr`` extra); without it, or for a
word no candidate of which is a known word (rare compounds such as "udsattelser"), the text is left alone.
The extractor calls this only for papers that show OCR damage, since in clean text "far" is a real word.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from functools import cache, lru_cache

from sudgoals.lang import load

__all__ = ["available", "repair_phrase"]

_WORD = re.compile(r"[^\W\d_]+(?:[@®&€¢][^\W\d_]*)*|[@®&€¢][^\W\d_]+")
_MARGIN = 0.5  # how much more frequent (zipf) a repair must be than the word as written
_MAX_SUBSTITUTIONS = 2


@cache
def _frequency() -> Callable[[str, str], float] | None:
    try:
        from wordfreq import zipf_frequency
    except ImportError:
        return None
    frequency: Callable[[str, str], float] = zipf_frequency
    return frequency


def available() -> bool:
    """Whether the word frequencies (``pip install 'sudgoals[ocr]'``) are installed."""
    return _frequency() is not None


@cache
def _reverse_classes(code: str) -> tuple[dict[str, tuple[str, ...]], dict[str, str]]:
    """Stand-in -> letters it may stand for; and the two-letter stand-ins ("ee" -> "æ")."""
    singles: dict[str, list[str]] = {}
    pairs: dict[str, str] = {}
    for letter, spellings in load(code).ocr.items():
        for spelling in spellings:
            if spelling == letter:
                continue
            if len(spelling) == 1:
                singles.setdefault(spelling, []).append(letter)
            elif len(spelling) == 2:
                pairs[spelling] = letter
    return {k: tuple(v) for k, v in singles.items()}, pairs


def _candidates(word: str, code: str) -> set[str]:
    singles, pairs = _reverse_classes(code)
    found = {word}
    for pair, letter in pairs.items():
        start = word.find(pair)
        while start != -1:
            found.add(word[:start] + letter + word[start + 2 :])
            start = word.find(pair, start + 1)
    for base in list(found):
        places = [i for i, ch in enumerate(base) if ch in singles][:8]
        for count in range(1, _MAX_SUBSTITUTIONS + 1):
            for chosen in itertools.combinations(places, count):
                for letters in itertools.product(*(singles[base[i]] for i in chosen)):
                    chars = list(base)
                    for i, letter in zip(chosen, letters, strict=True):
                        chars[i] = letter
                    found.add("".join(chars))
    return found


@lru_cache(maxsize=4096)
def _repair_word(word: str, code: str) -> str:
    frequency = _frequency()
    if frequency is None:
        return word
    lower = word.lower()
    as_written = frequency(lower, code)
    best, best_score = lower, as_written
    for candidate in _candidates(lower, code):
        score = frequency(candidate, code)
        if score > best_score:
            best, best_score = candidate, score
    if best == lower or best_score <= 0 or best_score < as_written + _MARGIN:
        return word
    return best.capitalize() if word[:1].isupper() else best


def repair_phrase(text: str, code: str) -> str:
    """``text`` with each OCR-damaged word replaced by the word it most likely was (see the module doc).

    Returns ``text`` unchanged when the word frequencies are not installed or the language has no confusion
    classes.
    """
    if not load(code).ocr or _frequency() is None:
        return text
    return _WORD.sub(lambda m: _repair_word(m.group(), code), text)
