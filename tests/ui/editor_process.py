"""A fresh Python process that opens the departments sample in the editor (offscreen, with
settings in a folder of its own) and prints what it saw as JSON on its last line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from tests.conftest import ROOT

SAMPLE = ROOT / "samples" / "ecommerce-departments.en.json"


def run_child(code: str, settings: Path) -> Any:
    """Run ``code`` (it gets the sample's path as ``sys.argv[1]``); its last line, parsed."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(settings), XDG_DATA_HOME=str(settings))
    done = subprocess.run(
        [sys.executable, "-c", code, str(SAMPLE)],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])
