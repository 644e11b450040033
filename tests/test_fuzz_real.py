"""Fuzzing the extractor and the rules from mutated *real* text: windows of the seed papers and of the
development corpus (both read from ``../shared``, never copied here) with characters inserted, deleted and
replaced from digits, "%", "pct.", Danish letters, punctuation and link words. Random text rarely reaches the
links between sentences; real goal-paper text does, which is how the cross-chunk ``IndexError`` of issue 13
was found.

Under CI a few thousand cases run (seconds); ``SUDGOALS_FUZZ=1`` runs 100,000 (``SUDGOALS_FUZZ_CASES``
overrides the count). Cases are drawn from a fixed seed, so a failure names a case that replays.
"""

from __future__ import annotations

import os
import random
import traceback
from functools import cache
from pathlib import Path

from seeds import seed_dir
from sudgoals import check_text
from sudgoals.errors import SudgoalsError

_CHARS = "0123456789%%%.,: \n-–()æøåÆØÅéX"
_PIECES = (
    "pct.",
    "%",
    " procent",
    " procentpoint",
    " til ",
    " fra ",
    "Det er ",
    "Det svarer til ",
    ", svarende til ",
    " flere ",
    " færre ",
    "\n\n",
    "\n- ",
    "\n1. ",
    "(",
    ")",
    " I 2022 var ",
    " This is ",
    " fewer ",
)


def _cases() -> int:
    if "SUDGOALS_FUZZ_CASES" in os.environ:
        return int(os.environ["SUDGOALS_FUZZ_CASES"])
    return 100_000 if os.environ.get("SUDGOALS_FUZZ") == "1" else 2_500


@cache
def _texts() -> tuple[str, ...]:
    seeds = seed_dir()
    corpus = seeds.parent / "corpus" / "texts"
    paths = sorted(seeds.glob("*.txt")) + sorted(corpus.glob("*.txt"))
    return tuple(p.read_text(encoding="utf-8") for p in paths)


def mutate(rng: random.Random, text: str) -> str:
    """``text`` with one to six edits: a deletion, an insertion or a replacement from :data:`_CHARS`, or an
    inserted piece from :data:`_PIECES`."""
    chars = list(text)
    for _ in range(rng.randint(1, 6)):
        at = rng.randrange(len(chars) + 1)
        op = rng.random()
        if op < 0.3 and chars:
            del chars[min(at, len(chars) - 1)]
        elif op < 0.6:
            chars.insert(at, rng.choice(_CHARS))
        elif op < 0.8 and chars:
            chars[min(at, len(chars) - 1)] = rng.choice(_CHARS)
        else:
            chars[at:at] = rng.choice(_PIECES)
    return "".join(chars)


def case(index: int) -> str:
    """Case ``index``: a window of 40-1,500 characters of one real text, mutated (deterministic)."""
    rng = random.Random(index)
    texts = _texts()
    text = texts[rng.randrange(len(texts))]
    start = rng.randrange(max(1, len(text) - 200))
    return mutate(rng, text[start : start + rng.randint(40, 1_500)])


def test_the_real_texts_are_found() -> None:
    assert len(_texts()) >= 5


def test_mutated_real_texts_check_without_crashing() -> None:
    failures: dict[tuple[str, str, int | None], tuple[int, str]] = {}
    for index in range(_cases()):
        text = case(index)
        try:
            check_text(text)
        except SudgoalsError:
            pass
        except Exception as error:  # anything else is a crash: collect the shortest case per place
            frame = traceback.extract_tb(error.__traceback__)[-1]
            key = (type(error).__name__, Path(frame.filename).name, frame.lineno)
            if key not in failures or len(text) < len(failures[key][1]):
                failures[key] = (index, text)
    assert not failures, "\n".join(f"{k}: case {i}: {t!r}" for k, (i, t) in failures.items())
