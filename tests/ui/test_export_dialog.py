"""File > Export: the same options as `orgchart export`, a preview, an atomic write."""

from __future__ import annotations

import threading
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from orgchart.model import Direction
from orgchart.ui.main_window import MainWindow
from tests.conftest import ROOT


def test_the_preview_follows_the_options_and_the_file_is_what_it_shows(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    dialog = window.export_dialog()
    qtbot.addWidget(dialog)
    wide = dialog.preview.pixmap().size()
    assert not dialog.preview.pixmap().isNull() and wide.width() > wide.height()
    dialog.direction.setCurrentIndex(dialog.direction.findData(Direction.LEFT_RIGHT.value))
    dialog.update_preview()
    tall = dialog.preview.pixmap().size()
    assert tall.height() > tall.width()  # left to right: the chart is now taller than wide
    dialog.format.setCurrentIndex(dialog.format.findData(".png"))
    assert dialog.scale.isEnabled() and not dialog.pages.isEnabled()
    assert dialog.export_to(tmp_path / "chart.png") == ""
    image = QImage(str(tmp_path / "chart.png"))
    assert image.height() > image.width()


def test_a_team_alone_as_svg_with_real_text(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    dialog = window.export_dialog()
    qtbot.addWidget(dialog)
    dialog.team.setCurrentIndex(dialog.team.findData("team-marketing"))
    dialog.format.setCurrentIndex(dialog.format.findData(".svg"))
    dialog.export_to(tmp_path / "marketing.svg")
    root = ET.parse(tmp_path / "marketing.svg").getroot()
    texts = {"".join(t.itertext()) for t in root.iter("{http://www.w3.org/2000/svg}text")}
    assert "SEO specialist" in texts and "Web developer" not in texts
    # the manager's dotted line to the data analyst, in Technology, is counted on its card,
    # in the file and in the preview
    assert "⋯ 1" in texts
    assert dialog.make_picture().measure.link_counts == {"digital-marketing-manager": 1}


def test_a_pdf_with_a_page_per_department(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    from pypdf import PdfReader

    dialog = window.export_dialog()
    qtbot.addWidget(dialog)
    dialog.format.setCurrentIndex(dialog.format.findData(".pdf"))
    dialog.pages.setCurrentIndex(dialog.pages.findData("department"))
    dialog.export_to(tmp_path / "pages.pdf")
    assert len(PdfReader(tmp_path / "pages.pdf").pages) >= 6


def test_page_size_orientation_title_and_legend_as_on_the_command_line(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    from pypdf import PdfReader

    dialog = window.export_dialog()
    qtbot.addWidget(dialog)
    dialog.format.setCurrentIndex(dialog.format.findData(".pdf"))
    assert dialog.page_size.isEnabled() and dialog.orientation.isEnabled()
    dialog.page_size.setCurrentIndex(dialog.page_size.findData("a3"))
    dialog.orientation.setCurrentIndex(dialog.orientation.findData("portrait"))
    dialog.export_to(tmp_path / "a3.pdf")
    box = PdfReader(tmp_path / "a3.pdf").pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (842, 1191)  # A3 portrait, points
    with_all = dialog.make_picture()
    dialog.title.setChecked(False)
    dialog.legend.setChecked(False)
    bare = dialog.make_picture()
    assert bare.title == "" and bare.legend_items == [] and bare.height < with_all.height
    dialog.format.setCurrentIndex(dialog.format.findData(".png"))
    assert not dialog.page_size.isEnabled()  # page options are for PDF only, as on the command line


def test_powerpoint_slides_with_the_pictures_options(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    from pptx import Presentation

    dialog = window.export_dialog()
    qtbot.addWidget(dialog)
    dialog.format.setCurrentIndex(dialog.format.findData(".pptx"))
    assert dialog.theme.isEnabled() and dialog.depth.isEnabled()
    assert not dialog.scale.isEnabled() and not dialog.pages.isEnabled()
    dialog.team.setCurrentIndex(dialog.team.findData("team-marketing"))
    assert dialog.export_to(tmp_path / "marketing.pptx") == ""
    slides = Presentation(str(tmp_path / "marketing.pptx")).slides
    texts = {
        shape.text_frame.text for slide in slides for shape in _shapes(slide.shapes) if shape.has_text_frame
    }
    assert any("SEO specialist" in t for t in texts) and not any("Web developer" in t for t in texts)


def _shapes(shapes):  # type: ignore[no-untyped-def]
    for shape in shapes:  # cards are groups of a box and a stripe
        yield from _shapes(shape.shapes) if shape.shape_type == 6 else (shape,)


def test_the_export_shows_what_the_canvas_adds(qtbot: QtBot, window: MainWindow) -> None:
    window.canvas.picture_options = {"details": True}
    window.canvas.refresh()
    dialog = window.export_dialog()
    qtbot.addWidget(dialog)
    on_screen = window.canvas.item.picture.geometry.cards["seo-specialist"].rect
    assert dialog.make_picture().geometry.cards["seo-specialist"].rect.h == on_screen.h
    window.canvas.picture_options = {}
    assert dialog.make_picture().geometry.cards["seo-specialist"].rect.h < on_screen.h


def _svg_words(path: Path) -> set[str]:
    return {"".join(t.itertext()) for t in ET.parse(path).getroot().iter("{http://www.w3.org/2000/svg}text")}


def test_the_pictures_words_are_in_the_charts_language_or_the_chosen_one(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    assert window.open_path(ROOT / "samples" / "ecommerce-departments.de.json")
    dialog = window.export_dialog()  # the window speaks English, the chart German
    qtbot.addWidget(dialog)
    assert dialog.language.currentText() == "Deutsch" and dialog.language.isEnabled()
    dialog.format.setCurrentIndex(dialog.format.findData(".svg"))
    # drawn in a thread, as a large chart's export is
    written: list[str] = []
    work = dialog.export_work(tmp_path / "de.svg")
    thread = threading.Thread(target=lambda: written.append(work(None)))
    thread.start()
    thread.join(30)
    words = _svg_words(tmp_path / "de.svg")
    assert written == [""] and {"unbesetzt", "berichtet an"} <= words and "vacant" not in words
    assert QCoreApplication.translate("Card", "vacant") == "vacant"  # the window's words stay

    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.export_to(tmp_path / "en.svg")
    words = _svg_words(tmp_path / "en.svg")
    assert {"vacant", "reports to"} <= words and "unbesetzt" not in words
    dialog.format.setCurrentIndex(dialog.format.findData(".csv"))
    assert not dialog.language.isEnabled()  # a data file adds no words


def test_an_image_too_large_for_the_memory_says_so_and_writes_nothing(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import PySide6.QtGui

    class NoMemory(QImage):
        """What Qt gives when it cannot allocate an image: a null one."""

        def __init__(self, *args: object) -> None:
            super().__init__()

    target = tmp_path / "chart.png"
    target.write_bytes(b"yesterday's chart")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    dialog = window.export_dialog()
    qtbot.addWidget(dialog)
    dialog.format.setCurrentIndex(dialog.format.findData(".png"))
    dialog.scale.setValue(8)
    dialog.show()
    monkeypatch.setattr(PySide6.QtGui, "QImage", NoMemory)  # the export's image, not the preview's
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert len(shown) == 1 and "does not fit in the memory here" in shown[0] and str(target) in shown[0]
    assert dialog.isVisible()  # the user can choose a smaller scale and try again
    assert target.read_bytes() == b"yesterday's chart"
