"""What the program loads at run time (fonts, translations, the icon) is inside the package
and named in pyproject.toml's package data, so that an installed program has it too, not only
a checkout."""

from __future__ import annotations

from pathlib import Path

import pytest

import orgchart
from orgchart.render.fonts import FONT_DIR
from orgchart.render.language import TRANSLATIONS
from orgchart.ui.desktop import ICON
from tests.conftest import ROOT

tomllib = pytest.importorskip("tomllib")  # Python 3.11 and later

PACKAGE = Path(orgchart.__file__).resolve().parent


def _loaded_at_run_time() -> set[Path]:
    files = {*FONT_DIR.glob("*.ttf"), *TRANSLATIONS.glob("*.qm"), ICON}
    assert any(f.suffix == ".ttf" for f in files) and any(f.suffix == ".qm" for f in files)
    return {f.resolve() for f in files}


def test_the_run_time_files_are_in_the_package_and_its_package_data() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["orgchart"]
    shipped = {f.resolve() for pattern in patterns for f in PACKAGE.glob(pattern) if f.is_file()}
    needed = _loaded_at_run_time()
    assert all(PACKAGE in f.parents for f in needed)
    assert sorted(needed - shipped) == []
