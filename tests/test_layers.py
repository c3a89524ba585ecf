"""The import rules of docs/architecture: no Qt below the UI, checked two ways."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT

QT_FREE = [
    "orgchart.model",
    "orgchart.io",
    "orgchart.layout",
    "orgchart.commands",
    "orgchart.cli",
    "orgchart.templates",
    "orgchart.source_date",
]


def test_model_io_layout_commands_and_cli_load_no_qt() -> None:
    code = (
        "import importlib, sys\n"
        f"for name in {QT_FREE!r}: importlib.import_module(name)\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_model_loads_no_pydantic() -> None:
    code = "import sys, orgchart.model\nprint('pydantic' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


def test_import_linter_contracts_hold() -> None:
    lint = Path(sys.executable).parent / "lint-imports"
    command = [str(lint)] if lint.exists() else [shutil.which("lint-imports") or "lint-imports"]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Contracts: 8 kept, 0 broken." in result.stdout


def test_the_qt_free_layers_type_check_strictly() -> None:
    mypy = Path(sys.executable).parent / "mypy"
    result = subprocess.run([str(mypy)], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout[-3000:]


def test_painting_and_export_load_no_widgets() -> None:
    code = (
        "import sys, orgchart.render.picture, orgchart.render.export, orgchart.cli.export\n"
        "print(sorted(m for m in sys.modules if m.startswith('PySide6.QtWidgets')))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
