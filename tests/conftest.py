"""Shared fixtures. Tests that need ../shared/data skip with a reason when it is absent."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED_DATA = ROOT / ".." / "shared" / "data"
EXAMPLES = ROOT / "examples"


def shared_data(*parts: str) -> Path:
    """A path under ../shared/data, or skip the test when this workplace's data is not there."""
    path = SHARED_DATA.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"needs {path} (the workplace's shared data), which is absent here")
    return path


def run_khabar(
    *args: str, stdin: bytes | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    """Run the real command line in a subprocess, as a user would."""
    env = {**os.environ, "COLUMNS": "200", "KHABAR_DEBUG": ""}
    env.pop("KHABAR_DB", None)
    result = subprocess.run(
        [sys.executable, "-m", "khabar", *args],
        input=stdin,
        capture_output=True,
        cwd=cwd,
        env=env,
        timeout=600,
    )
    return subprocess.CompletedProcess(
        result.args, result.returncode, result.stdout.decode("utf-8"), result.stderr.decode("utf-8")
    )
