"""Opt-in compiled build: ``SUDGOALS_COMPILE=1 pip install .`` compiles the hot modules with mypyc.

Without ``SUDGOALS_COMPILE`` (or with it set to ``0``) this hook does nothing and the wheel is pure Python,
as CI and every default install have it. With it, the modules listed under ``modules`` in
``[tool.hatch.build.targets.wheel.hooks.custom]`` (pyproject.toml) are type-checked and translated to C by
mypyc, compiled with the machine's C compiler, and their extension modules are added to the wheel next to
the ``.py`` sources (Python imports an extension module before a source file of the same name, so the
sources stay readable and the rest of the package stays pure Python). The wheel is then tagged for this
interpreter and platform. Editable installs (``pip install -e .``) are never compiled.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

# Runs in a child interpreter with the working directory at the project's root. setuptools' Distribution is
# used directly, not setup(), so that it does not read pyproject.toml as its own configuration.
_BUILD = """
import os, sys
from setuptools import Distribution
from mypyc.build import mypycify

root, out, *paths = sys.argv[1:]
flags = ["--config-file", os.path.join(root, "pyproject.toml"), "--cache-dir", os.path.join(out, "cache")]
extensions = mypycify([*flags, *paths], target_dir=os.path.join(out, "c"), opt_level="3")
dist = Distribution({"name": "sudgoals-mypyc", "ext_modules": extensions})
command = dist.get_command_obj("build_ext")
command.build_lib = os.path.join(out, "lib")
command.build_temp = os.path.join(out, "tmp")
dist.run_command("build_ext")
"""


def wanted() -> bool:
    """Whether this build compiles: ``SUDGOALS_COMPILE`` set to anything but empty or ``0``."""
    return os.environ.get("SUDGOALS_COMPILE", "").strip() not in ("", "0")


class MypycBuildHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def dependencies(self) -> list[str]:
        """mypyc (with mypy), setuptools to drive the C compiler, and the project's own dependencies, which
        mypy reads the types of (pydantic's plugin among them) — only when compiling."""
        if not wanted():
            return []
        return [*self.config.get("build-requires", []), *self.metadata.core.dependencies]

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if version == "editable" or not wanted():
            return
        modules: list[str] = self.config["modules"]
        root = Path(self.root)
        self._out = Path(tempfile.mkdtemp(prefix="sudgoals-mypyc-"))
        paths = [f"src/{module.replace('.', '/')}.py" for module in modules]
        started = time.perf_counter()
        self.app.display_info(f"mypyc: compiling {len(paths)} modules ({', '.join(modules)})")
        subprocess.run(
            [sys.executable, "-c", _BUILD, str(root), str(self._out), *paths], cwd=root, check=True
        )
        lib = self._out / "lib"
        built = sorted(lib.rglob("*.so")) + sorted(lib.rglob("*.pyd"))
        compiled = {p.relative_to(lib).parts[-1].split(".")[0] for p in built}
        missing = [m for m in modules if m.rsplit(".", 1)[-1] not in compiled]
        if missing:
            raise RuntimeError(f"mypyc built no extension module for {', '.join(missing)}")
        for path in built:
            build_data["force_include"][str(path)] = path.relative_to(lib).as_posix()
        build_data["pure_python"] = False
        build_data["infer_tag"] = True
        self.app.display_info(
            f"mypyc: {len(built)} extension modules in {time.perf_counter() - started:.0f} s"
        )

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        out = getattr(self, "_out", None)
        if out is not None:
            shutil.rmtree(out, ignore_errors=True)
