"""What the tests share: the repository's fixtures, and the `ogi` command to compare with."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures"


@pytest.fixture(scope="session")
def ogi() -> Path:
    """The `ogi` command of this checkout, built if needed (or $OGI_BIN)."""
    given = os.environ.get("OGI_BIN")
    if given:
        return Path(given)
    subprocess.run(
        ["cargo", "build", "--quiet", "--locked", "-p", "ogi-report-cli"], cwd=ROOT, check=True
    )
    target = Path(os.environ.get("CARGO_TARGET_DIR", ROOT / "target"))
    return target / "debug" / "ogi"
