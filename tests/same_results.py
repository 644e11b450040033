"""Digests of the full JSON report of every seed paper, example and development-corpus text.

The texts stay outside the repository (``../shared/seeds`` and ``../shared/corpus/texts``), and so does
anything quoted from them: ``tests/fixtures/same_results.json`` holds one SHA-256 per file, of its report
as :func:`report_digest` writes it (the tool version left out). ``python tests/same_results.py`` writes the
file anew; do that only for a change that is meant to change results, and say so in the commit.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DIGESTS = HERE / "fixtures" / "same_results.json"
EXAMPLES = HERE.parent / "examples"


def shared_dir(*parts: str) -> Path | None:
    """``../shared/<parts>`` above the tests, as ``tests/seeds.py`` looks for the seeds (``SUDGOALS_SHARED``
    names the shared folder elsewhere)."""
    if os.environ.get("SUDGOALS_SHARED"):
        given = Path(os.environ["SUDGOALS_SHARED"]).joinpath(*parts)
        return given if given.is_dir() else None
    for parent in [HERE, *HERE.parents]:
        for base in (parent / "shared", parent.parent / "shared"):
            if (base.joinpath(*parts)).is_dir():
                return base.joinpath(*parts)
    return None


def inputs() -> dict[str, Path]:
    """Name ("seeds/000_....txt", "examples/...", "corpus/...") -> path, of every folder found."""
    found: dict[str, Path] = {}
    folders = {"seeds": shared_dir("seeds"), "corpus": shared_dir("corpus", "texts"), "examples": EXAMPLES}
    for label, folder in folders.items():
        if folder is not None:
            for path in sorted(folder.glob("*.txt")):
                found[f"{label}/{path.name}"] = path
    return found


def report_digest(name: str, path: Path) -> str:
    from sudgoals import pipeline, readers
    from sudgoals.config import Config

    config = Config.defaults()
    document = readers.read_bytes(path.read_bytes(), name)
    paper = pipeline.check_document(document, config)
    findings = pipeline.check_paper(paper, config)
    data = pipeline.build_report([paper], findings, config).to_json_dict()
    data.pop("tool", None)
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def main() -> None:
    digests = {name: report_digest(name, path) for name, path in inputs().items()}
    DIGESTS.write_text(json.dumps(digests, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{len(digests)} digests written to {DIGESTS}", file=sys.stderr)


if __name__ == "__main__":
    main()
