"""The editor's first frame loads only what it shows: dialogs, exporters, printing,
presentation and the libraries behind them load when first used (each costs start-up time)."""

from __future__ import annotations

from pathlib import Path

from tests.ui.editor_process import run_child

DEFERRED = (
    "orgchart.ui.export_dialog",
    "orgchart.ui.import_preview",
    "orgchart.ui.presentation",
    "orgchart.ui.printing",
    "orgchart.ui.recovery_dialog",
    "orgchart.ui.compare_panel",
    "orgchart.ui.matrix_dialog",
    "orgchart.render.pptx_slides",
    "orgchart.render.pdf_pages",
    "orgchart.model.diff",
    "openpyxl",
    "PySide6.QtPrintSupport",
)

_CHILD = """
import json, sys
from PySide6.QtWidgets import QApplication
from orgchart.ui.main_window import MainWindow
app = QApplication([])
window = MainWindow()
window.show()
assert window.open_path(sys.argv[1])
app.processEvents()
print(json.dumps(sorted(m for m in sys.modules if m.startswith(("orgchart", "openpyxl", "PySide6")))))
"""


def test_opening_a_chart_loads_none_of_the_deferred_modules(tmp_path: Path) -> None:
    loaded = set(run_child(_CHILD, tmp_path))
    assert "orgchart.ui.canvas" in loaded  # the window was built
    assert [m for m in DEFERRED if m in loaded] == []
