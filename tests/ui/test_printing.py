"""File > Print…: the pages go to a PDF file here (no printer, no dialog waiting for a click)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QKeySequence, QPageLayout
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from orgchart.ui import printing
from orgchart.ui.main_window import MainWindow
from orgchart.ui.printing import PrintDialog


def _dialog(qtbot: QtBot, window: MainWindow) -> PrintDialog:
    dialog = PrintDialog(window.document.chart, window.canvas.params, window.canvas.theme, window)
    qtbot.addWidget(dialog)
    return dialog


def _print_pdf(dialog: PrintDialog, path: Path) -> PdfReader:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setPageLayout(dialog.printer.pageLayout())  # the paper the dialog was set up with
    assert dialog.print_to(printer)
    return PdfReader(path)


def _words(pdf: PdfReader, page: int) -> str:
    return " ".join(pdf.pages[page].extract_text().split())


def test_fitted_to_a_page_the_chart_prints_on_one_page_with_its_words(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, window)
    assert not dialog.poster
    assert dialog.printer.pageLayout().orientation() == QPageLayout.Orientation.Landscape  # a wide chart
    pdf = _print_pdf(dialog, tmp_path / "fit.pdf")
    assert len(pdf.pages) == 1
    assert "Digital marketing manager" in _words(pdf, 0)
    dialog.preview.updatePreview()
    assert dialog.preview.pageCount() == 1 and dialog.count.text() == "1 page"


def test_a_poster_prints_on_several_pages_and_more_of_them_when_larger(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, window)
    dialog.pages.setCurrentIndex(dialog.pages.findData(printing.POSTER))
    assert dialog.poster and dialog.scale.isEnabled()
    pages = len(_print_pdf(dialog, tmp_path / "poster.pdf").pages)
    assert pages > 1
    assert dialog.preview.pageCount() == pages  # the preview shows the pages that print
    assert dialog.count.text() == f"{pages} pages"
    dialog.scale.setValue(200)  # per cent
    larger = _print_pdf(dialog, tmp_path / "poster2.pdf")
    assert len(larger.pages) > pages
    assert dialog.preview.pageCount() == len(larger.pages)
    assert "row 1 of" in _words(larger, 0)


def test_the_print_theme_prints_black_on_white(qtbot: QtBot, window: MainWindow) -> None:
    dialog = _dialog(qtbot, window)
    dialog.theme.setCurrentIndex(dialog.theme.findData("print"))
    assert dialog.picture.theme.monochrome


def test_file_print_opens_the_dialog_with_ctrl_p(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[PrintDialog] = []
    monkeypatch.setattr(PrintDialog, "exec", lambda self: opened.append(self) or 0)
    action = window.print_action
    assert action in window.file_menu.actions()
    assert action.shortcut() == QKeySequence(QKeySequence.StandardKey.Print)
    actions = window.file_menu.actions()
    assert actions.index(action) == actions.index(window.export_action) + 1
    action.trigger()
    assert len(opened) == 1 and opened[0].chart is window.document.chart
