"""Opening an HR export in the editor: the import preview shows the first rows, the detected
field of each column (which the user can change), how the file was read and the warnings;
Import makes the (re)mapped chart the open one, Cancel leaves the open chart as it was."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from orgchart.io.csv_columns import CUSTOM, LEAVE_OUT
from orgchart.ui import app
from orgchart.ui.import_preview import ImportPreview
from orgchart.ui.main_window import MainWindow
from tests.conftest import ROOT

HR_EXPORT = ROOT / "samples" / "hr-export.de.csv"
DEPARTMENTS_EN = ROOT / "samples" / "ecommerce-departments.en.json"


class Answer:
    """Stands in for `ImportPreview.exec`: looks at the dialog, does what ``act`` does to it
    (as the user would), then presses Import or Cancel."""

    def __init__(self, act: Callable[[ImportPreview], None] = lambda d: None, button: str = "import") -> None:
        self.act, self.button = act, button
        self.shown: list[ImportPreview] = []

    def __call__(self, dialog: ImportPreview) -> int:
        self.shown.append(dialog)
        self.act(dialog)
        if self.button == "import":
            assert dialog.import_button.isEnabled(), dialog.status.text()
            dialog.import_button.click()
        else:
            dialog.reject()
        return int(dialog.result())


def answer(monkeypatch: pytest.MonkeyPatch, **kwargs: object) -> Answer:
    fake = Answer(**kwargs)  # type: ignore[arg-type]
    monkeypatch.setattr(ImportPreview, "exec", lambda dialog: fake(dialog))
    return fake


def combo_fields(dialog: ImportPreview) -> dict[str, str]:
    """Header -> the field its combo box shows."""
    return {header: combo.currentData() for header, combo in zip(dialog.table.header, dialog.fields, strict=True)}


def test_the_preview_shows_the_detected_mapping_and_how_the_file_was_read(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen = answer(monkeypatch)
    assert window.open_path(HR_EXPORT, preview=True)
    (dialog,) = seen.shown
    assert combo_fields(dialog) == {"ID": "id", "Stelle": "title", "Vorgesetzter": "manager", "Abteilung": "team",
                                    "Name": "holder", "FTE": "fte", "Sourcing": "sourcing"}  # fmt: skip
    assert dialog.fields[1].currentText() == "Title"
    assert dialog.how_read.text() == "Read as Windows-1252 text, separated by semicolons; header in line 1"
    assert not dialog.sheet.isVisibleTo(dialog)  # a CSV file has no sheets
    assert dialog.rows.item(1, 1).text() == "E-Commerce-Manager"  # the first row, under the combo boxes
    assert dialog.rows.verticalHeaderItem(1).text() == "2"  # its line in the file
    assert dialog.status.text() == "21 roles in 5 teams will be imported."
    assert window.imported_from == HR_EXPORT and window.document.chart.role_count == 21
    assert window.isWindowModified() and window.path is None  # an import: saving asks for a .json


def test_changing_a_field_changes_the_imported_chart(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    def remap(dialog: ImportPreview) -> None:
        dialog.choose("Name", LEAVE_OUT)  # no people's names in the chart
        dialog.choose("Abteilung", CUSTOM)  # and no teams: everyone is Unassigned
        assert dialog.status.text() == "21 roles in 1 team will be imported. 1 warning:"
        # what choosing away the team column does
        assert dialog.warnings.item(0).text().startswith("line 1: no team column")

    answer(monkeypatch, act=remap)
    assert window.open_path(HR_EXPORT, preview=True)
    chart = window.document.chart
    assert chart.role_count == 21 and [t.name for t in chart.teams()] == ["Unassigned"]
    assert all(role.holder is None for role in chart.roles())
    assert chart.role("web-developer").custom["Abteilung"] == "Technik"


def test_one_column_per_field_and_no_import_without_a_title(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    def retitle(dialog: ImportPreview) -> None:
        dialog.choose("Name", "title")  # the title moves: Stelle becomes a custom field
        assert combo_fields(dialog)["Stelle"] == CUSTOM
        assert not dialog.import_button.isEnabled()  # two roles have no name: no title
        assert "line 3, column Name: the title is empty" in dialog.status.text()
        dialog.choose("Name", CUSTOM)
        assert not dialog.import_button.isEnabled()
        assert dialog.status.text() == "Choose the column that holds each role's Title."
        dialog.choose("Stelle", "title")

    seen = answer(monkeypatch, act=retitle)
    assert window.open_path(HR_EXPORT, preview=True)
    assert seen.shown and window.document.chart.role("ecommerce-manager").custom["Name"] == "Erika Mustermann"


def test_cancel_leaves_the_open_chart_untouched(qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    window.new_team()  # an unsaved edit
    before, history, title = window.document.chart.state(), window.history, window.windowTitle()
    seen = answer(monkeypatch, act=lambda d: d.choose("Name", LEAVE_OUT), button="cancel")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(HR_EXPORT), ""))
    qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)  # File > Open
    assert len(seen.shown) == 1
    assert window.document.chart.state() == before and window.history is history and window.history.can_undo
    assert window.windowTitle() == title and window.path == DEPARTMENTS_EN and window.imported_from is None


def test_an_xlsx_file_opens_through_the_same_preview_with_its_sheets(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    book = Workbook()
    book.active.title = "Deckblatt"
    book.active["A1"] = "Organigramm"
    sheet = book.create_sheet("Personal")
    sheet.append(["Personalnummer", "Stelle", "Vorgesetzte", "Bereich", "Name"])
    sheet.append([1, "Geschäftsführerin", None, "Leitung", "Jörg Müller"])
    sheet.append([2, "Vertrieb", 1, "Vertrieb", None])
    path = tmp_path / "personal.xlsx"
    book.save(path)

    def look(dialog: ImportPreview) -> None:
        assert dialog.sheet.isVisibleTo(dialog) and dialog.sheet.currentText() == "Personal"
        assert [dialog.sheet.itemText(i) for i in range(dialog.sheet.count())] == ["Deckblatt", "Personal"]
        assert dialog.how_read.text() == "Header in row 1"
        assert combo_fields(dialog) == {"Personalnummer": "id", "Stelle": "title", "Vorgesetzte": "manager",
                                        "Bereich": "team", "Name": "holder"}  # fmt: skip
        assert [dialog.warnings.item(i).text() for i in range(dialog.warnings.count())] == [
            "sheet 'Personal', row 1: the sheets before it hold no table: 'Deckblatt'"]  # fmt: skip
        dialog.sheet.setCurrentText("Deckblatt")  # the cover sheet: nothing to import
        assert not dialog.import_button.isEnabled() and "no header row" in dialog.status.text()
        dialog.sheet.setCurrentText("Personal")

    seen = answer(monkeypatch, act=look)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert len(seen.shown) == 1
    chart = window.document.chart
    assert chart.role("1").holder == "Jörg Müller" and chart.manager_of("2") == "1"
    assert window.imported_from == path and window.path is None and window.isWindowModified()


def test_a_file_on_the_command_line_shows_the_preview_unless_told_not_to(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    monkeypatch.setattr(app, "offer_recovery", lambda *a: None)
    monkeypatch.setattr(app, "WINDOWS", [])
    seen = answer(monkeypatch, button="cancel")
    window = app.start_editor(str(HR_EXPORT))
    qtbot.addWidget(window)
    assert len(seen.shown) == 1 and window.document.chart.role_count == 0  # cancelled: an empty window
    other = app.start_editor(str(HR_EXPORT), preview=False)
    qtbot.addWidget(other)
    assert len(seen.shown) == 1 and other.document.chart.role_count == 21
    other.history.set_clean()


def test_a_preview_is_a_dialog_of_the_window(qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    seen = answer(monkeypatch, button="cancel")
    assert not window.open_path(HR_EXPORT, preview=True)
    (dialog,) = seen.shown
    assert dialog.parent() is window and isinstance(dialog, QDialog)
    assert dialog.windowTitle() == "Import hr-export.de.csv"


def test_an_xlsx_file_dropped_onto_the_window_opens_through_the_preview(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    book = Workbook()
    book.active.append(["id", "title"])
    book.active.append(["a", "Geschäftsführung"])
    path = tmp_path / "Plan.XLSX"
    book.save(path)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    where, buttons, keys = QPointF(300, 300), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(where.toPoint(), Qt.DropAction.CopyAction, data, buttons, keys)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    seen = answer(monkeypatch)
    QApplication.sendEvent(window, QDropEvent(where, Qt.DropAction.CopyAction, data, buttons, keys))
    qtbot.waitUntil(lambda: window.imported_from == path)
    assert len(seen.shown) == 1 and window.document.chart.role("a").title == "Geschäftsführung"


def test_excel_unicode_text_opens_through_the_preview_and_a_chart_named_txt_opens_as_a_chart(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Excel's "Unicode Text" (UTF-16, tab-separated, .txt) was read as a JSON file and refused.
    table = tmp_path / "personal.txt"
    table.write_text("Personalnummer\tStelle\tVorgesetzte\tBereich\n1\tGeschäftsführerin\t\tLeitung\n"
                     "2\tVertrieb\t1\tVertrieb\n", encoding="utf-16")  # fmt: skip

    def look(dialog: ImportPreview) -> None:
        assert combo_fields(dialog) == {"Personalnummer": "id", "Stelle": "title", "Vorgesetzte": "manager",
                                        "Bereich": "team"}  # fmt: skip

    seen = answer(monkeypatch, act=look)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(table), ""))
    qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert len(seen.shown) == 1 and window.document.chart.manager_of("2") == "1"
    chart = tmp_path / "chart.txt"  # an orgchart file under another name: no preview
    chart.write_bytes(DEPARTMENTS_EN.read_bytes())
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(chart), ""))
    qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert len(seen.shown) == 1 and window.document.chart.has_role("data-analyst")
    # ... and is that file, saved in place, not an import saved under a new name
    assert window.path == chart and window.imported_from is None and not window.isWindowModified()
