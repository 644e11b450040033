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
import os
from collections.abc import Callable
from functools import cache, lru_cache

from sudgoals import _regex
from sudgoals.lang import load

__all__ = ["available", "repair_phrase"]

_WORD = _regex.compile(r"[^\W\d_]+(?:[@®&€¢][^\W\d_]*)*|[@®&€¢][^\W\d_]+")
_MARGIN = 0.5  # how much more frequent (zipf) a repair must be than the word as written
_MAX_SUBSTITUTIONS = 2


@cache
def _frequency() -> Callable[[str, str], float] | None:
    """Zipf frequency of a lower-cased word, from wordfreq's word lists (``None`` without the ``ocr`` extra).

    The lists are read straight from wordfreq's data files: importing ``wordfreq`` itself pulls in ftfy and
    langcodes and costs about 0.22 s of every cold ``sudgoals check`` on a scanned paper, where reading one
    list costs about 0.02 s. The files are wordfreq's documented "cBpack" format (a header, then one list of
    words per centibel of frequency); a word in list ``i`` has the Zipf value ``9 - i / 100``, as
    ``wordfreq.zipf_frequency`` gives it for a single lower-case word. Should the format ever change,
    wordfreq's own function is used instead.
    """
    import importlib.util

    try:
        spec = importlib.util.find_spec("wordfreq")
    except (ImportError, ValueError):
        spec = None
    if spec is None or spec.origin is None:
        return None
    data_dir = os.path.join(os.path.dirname(spec.origin), "data")

    @cache
    def table(code: str) -> dict[str, float] | None:
        for size in ("large", "small"):  # wordfreq's "best" list: the large one where there is one
            path = os.path.join(data_dir, f"{size}_{code}.msgpack.gz")
            if os.path.isfile(path):
                return _read_cbpack(path)
        return None

    def zipf(word: str, code: str) -> float:
        found = table(code)
        if found is None:
            from wordfreq import zipf_frequency

            return float(zipf_frequency(word, code))
        return found.get(word, 0.0)

    return zipf


def _read_cbpack(path: str) -> dict[str, float] | None:
    import gzip

    try:
        import msgpack  # type: ignore[import-untyped,unused-ignore]

        with open(path, "rb") as handle:
            data = msgpack.unpackb(gzip.decompress(handle.read()), raw=False, strict_map_key=False)
    except (ImportError, OSError, ValueError, EOFError, gzip.BadGzipFile):
        return None
    if not isinstance(data, list) or not data or data[0] != {"format": "cB", "version": 1}:
        return None
    out: dict[str, float] = {}
    for centibels, words in enumerate(data[1:]):
        value = round(9 - centibels / 100, 2)
        for word in words:
            out.setdefault(word, value)
    return out


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
    add = found.add
    for base in list(found):
        places = [i for i, ch in enumerate(base) if ch in singles][:8]
        # one and two letters put back, written out with slices (a third of the time of a list of the
        # word's letters per candidate); the candidates are added in the order of ``combinations`` and
        # ``product`` all the same, so the set, and the first of equally frequent words, is as it was
        for i in places:
            head, tail = base[:i], base[i + 1 :]
            for letter in singles[base[i]]:
                add(head + letter + tail)
        if _MAX_SUBSTITUTIONS < 2:
            continue
        for i, j in itertools.combinations(places, 2):
            head, middle, tail = base[:i], base[i + 1 : j], base[j + 1 :]
            for first in singles[base[i]]:
                for second in singles[base[j]]:
                    add(head + first + middle + second + tail)
        for count in range(3, _MAX_SUBSTITUTIONS + 1):
            for chosen in itertools.combinations(places, count):
                for letters in itertools.product(*(singles[base[i]] for i in chosen)):
                    chars = list(base)
                    for i, letter in zip(chosen, letters, strict=True):
                        chars[i] = letter
                    add("".join(chars))
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
