"""Measure how well sudgoals reads real papers: the development corpus and the seeds, scored by the corpus's
own ``score.py`` against the hand-made gold, per file and in total.

Run ``python benchmarks/accuracy.py`` from the repository root with ``../shared`` beside it (or
``--shared DIR``). It checks every text with ``sudgoals check --format json`` (this interpreter's package),
scores the report with ``../shared/corpus/score.py`` and prints recall (required gold targets found whole),
precision (reported targets that are targets), verdict and baseline accuracy. ``--misses`` also prints what
``score.py`` lists as missed, partial and extra. ``--check-floor`` compares the totals with the floors in
``benchmarks/accuracy_floor.toml`` and exits 1 when one falls below its floor (CI runs it): raise the floors
whenever the figures rise.

This is a measuring script, not a test: the corpus is for measuring, never for tuning one sentence at a time.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import tomllib
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FLOOR_FILE = ROOT / "benchmarks" / "accuracy_floor.toml"
_LAST = re.compile(
    r"recall=(?P<recall>[\d.]+) \((?P<hit>\d+)/(?P<req>\d+)\) precision=(?P<precision>[\d.]+) "
    r"\((?P<good>\d+)/(?P<reported>\d+)\) verdict=(?P<verdict>[\d.]+) baseline=(?P<baseline>[\d.]+)"
)


@dataclass(frozen=True, slots=True)
class Score:
    """One line of ``score.py``'s output, as numbers."""

    hit: int
    required: int
    good: int
    reported: int
    verdict: float
    baseline: float
    lines: tuple[str, ...]

    @property
    def recall(self) -> float:
        return self.hit / self.required if self.required else 1.0

    @property
    def precision(self) -> float:
        return self.good / self.reported if self.reported else (1.0 if not self.required else 0.0)


def _shared(arg: str | None) -> Path:
    for candidate in ([Path(arg)] if arg else []) + [ROOT.parent / "shared", ROOT / ".." / "shared"]:
        if (candidate / "corpus" / "score.py").is_file():
            return candidate.resolve()
    sys.exit("accuracy.py: ../shared/corpus not found (pass --shared DIR)")


def _check(paths: list[Path], out: Path) -> None:
    """``sudgoals check PATHS --format json`` into ``out``; exit code 1 (findings) is expected."""
    command = [sys.executable, "-m", "sudgoals", "check", *map(str, paths), "--format", "json"]
    with out.open("w", encoding="utf-8") as handle:
        done = subprocess.run(command, stdout=handle, stderr=subprocess.PIPE, text=True, check=False)
    if done.returncode not in (0, 1):
        sys.exit(f"accuracy.py: sudgoals check failed (exit {done.returncode}):\n{done.stderr}")


def _score(score_py: Path, report: Path, gold: Path, texts: Path | None) -> Score:
    command = [sys.executable, str(score_py), str(report), str(gold)]
    if texts is not None:
        command += ["--texts", str(texts)]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    lines = done.stdout.strip().splitlines()
    match = _LAST.search(lines[-1]) if lines else None
    if match is None:
        sys.exit(f"accuracy.py: could not read score.py's output:\n{done.stdout}\n{done.stderr}")
    return Score(
        hit=int(match["hit"]),
        required=int(match["req"]),
        good=int(match["good"]),
        reported=int(match["reported"]),
        verdict=float(match["verdict"]),
        baseline=float(match["baseline"]),
        lines=tuple(lines[:-1]),
    )


def _per_file(
    score_py: Path, report: Path, gold: Path, texts: Path | None, scratch: Path
) -> dict[str, Score]:
    """Score each file alone: the report and the gold cut down to that file."""
    data = json.loads(report.read_text(encoding="utf-8"))
    rows = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    out: dict[str, Score] = {}
    for document in data.get("documents", []):
        name = Path(document["path"]).name
        one = dict(data, documents=[document])
        one_report = scratch / f"{name}.json"
        one_report.write_text(json.dumps(one), encoding="utf-8")
        one_gold = scratch / f"{name}.gold.jsonl"
        one_gold.write_text("".join(json.dumps(r) + "\n" for r in rows if r.get("file") == name), "utf-8")
        out[name] = _score(score_py, one_report, one_gold, texts)
    return out


def _table(title: str, files: dict[str, Score], total: Score) -> str:
    head = f"{'file':<48} {'recall':>11} {'precision':>11} {'verdict':>8}"
    lines = [title, head, "-" * len(head)]
    for name, s in sorted(files.items()):
        lines.append(
            f"{name[:48]:<48} {s.hit:>3}/{s.required:<3} {s.recall:4.2f} {s.good:>3}/{s.reported:<3} "
            f"{s.precision:4.2f} {s.verdict:8.2f}"
        )
    lines.append("-" * len(head))
    lines.append(
        f"{'total':<48} {total.hit:>3}/{total.required:<3} {total.recall:4.2f} {total.good:>3}/"
        f"{total.reported:<3} {total.precision:4.2f} {total.verdict:8.2f}"
    )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--shared", help="the shared folder (default: ../shared beside the repository)")
    parser.add_argument("--misses", action="store_true", help="print score.py's MISS/PARTIAL/EXTRA lines")
    parser.add_argument(
        "--check-floor", action="store_true", help=f"fail below the floors in {FLOOR_FILE.name}"
    )
    args = parser.parse_args(argv)
    shared = _shared(args.shared)
    corpus = shared / "corpus"
    score_py = corpus / "score.py"
    sets = {
        "corpus": (sorted((corpus / "texts").glob("*.txt")), corpus / "gold.jsonl", corpus / "texts"),
        "seeds": (sorted((shared / "seeds").glob("*.txt")), corpus / "seeds_gold.jsonl", None),
    }
    totals: dict[str, Score] = {}
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp)
        for name, (paths, gold, texts) in sets.items():
            report = scratch / f"{name}.json"
            _check(paths, report)
            total = _score(score_py, report, gold, texts)
            totals[name] = total
            print(
                _table(
                    f"== {name} ({len(paths)} texts)",
                    _per_file(score_py, report, gold, texts, scratch),
                    total,
                )
            )
            if args.misses:
                print("\n".join(total.lines))
            print()
    for name, s in totals.items():
        print(
            f"{name}: recall={s.recall:.3f} ({s.hit}/{s.required}) precision={s.precision:.3f} "
            f"({s.good}/{s.reported}) verdict={s.verdict:.3f} baseline={s.baseline:.3f}"
        )
    if not args.check_floor:
        return 0
    floors = tomllib.loads(FLOOR_FILE.read_text(encoding="utf-8"))
    failed = []
    for name, wanted in floors.items():
        s = totals[name]
        got = {"recall": s.recall, "precision": s.precision, "verdict": s.verdict}
        failed += [f"{name} {k} {got[k]:.3f} < floor {v}" for k, v in wanted.items() if got[k] + 1e-9 < v]
    for line in failed:
        print("below the floor:", line)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
