"""File > Export for the data formats (the table of `orgchart.io.writing`): picture options
off, the file's first lines as the preview with what the format cannot hold, and the file
written as `orgchart export` writes it."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from orgchart.io import dumps, read_chart, writing
from orgchart.model import Direction, OrgChart
from orgchart.ui.main_window import MainWindow

PICTURE_ONLY = ("compact", "theme", "depth", "scale", "pages", "page_size", "orientation", "title", "legend")


def choose(dialog: object, suffix: str) -> None:
    dialog.format.setCurrentIndex(dialog.format.findData(suffix))  # type: ignore[attr-defined]
    dialog.update_preview()  # type: ignore[attr-defined]


def test_every_data_format_is_offered_with_picture_options_off(qtbot: QtBot, window: MainWindow) -> None:
    dialog = window.export_dialog()
    qtbot.addWidget(dialog)
    offered = [dialog.format.itemData(i) for i in range(dialog.format.count())]
    assert offered[:4] == [".svg", ".png", ".pdf", ".pptx"] and [s for s in offered[4:] if s] == list(
        writing.DATA_WRITERS
    )
    for suffix in writing.DATA_WRITERS:
        choose(dialog, suffix)
        assert not any(getattr(dialog, name).isEnabled() for name in PICTURE_ONLY), suffix
        assert dialog.team.isEnabled() and dialog.previews.currentWidget() is dialog.data_preview
    choose(dialog, ".svg")
    assert dialog.theme.isEnabled() and dialog.previews.currentWidget() is dialog.preview


def test_the_table_is_read_when_the_dialog_opens(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setitem(writing.DATA_WRITERS, ".txt", ("tests.ui.test_export_data_formats", "write_titles"))
    dialog = window.export_dialog()
    qtbot.addWidget(dialog)
    choose(dialog, ".txt")
    assert dialog.format.currentText() == "TXT (.txt)"
    assert dialog.data_preview.text.toPlainText().splitlines()[0] == "E-commerce manager"
    assert (
        "cannot hold everything" in dialog.data_preview.note.text()
        and "no teams" in dialog.data_preview.note.text()
    )
    assert (
        dialog.export_to(tmp_path / "titles.txt") == "The file cannot hold everything:\n• no teams, no lines"
    )
    assert (tmp_path / "titles.txt").read_text(encoding="utf-8").count(
        "\n"
    ) == window.document.chart.role_count


def write_titles(chart: OrgChart, path: Path) -> list[str]:
    """A data writer as a plug-in would be: one title per line."""
    Path(path).write_text("".join(role.title + "\n" for role in chart.roles()), encoding="utf-8")
    return ["no teams, no lines"]


def test_graphml_mermaid_and_json_through_the_dialog(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    dialog = window.export_dialog()
    qtbot.addWidget(dialog)
    chart = window.document.chart
    choose(dialog, ".graphml")
    assert dialog.data_preview.text.toPlainText().startswith('<?xml version="1.0" encoding="UTF-8"?>')
    assert dialog.export_to(tmp_path / "chart.graphml") == ""
    assert read_chart(tmp_path / "chart.graphml")[0].chart == chart
    choose(dialog, ".mmd")
    assert dialog.direction.isEnabled()  # Mermaid's TD or LR
    dialog.direction.setCurrentIndex(dialog.direction.findData(Direction.LEFT_RIGHT.value))
    dialog.update_preview()
    assert "flowchart LR" in dialog.data_preview.text.toPlainText().splitlines()
    dialog.team.setCurrentIndex(dialog.team.findData("team-marketing"))
    dialog.export_to(tmp_path / "marketing.mmd")
    text = (tmp_path / "marketing.mmd").read_text(encoding="utf-8")
    assert "flowchart LR" in text and "SEO specialist" in text and "Web developer" not in text
    choose(dialog, ".json")
    dialog.team.setCurrentIndex(0)
    dialog.export_to(tmp_path / "chart.json")
    view = dataclasses.replace(window.canvas.view_settings(), direction=Direction.LEFT_RIGHT)
    assert (tmp_path / "chart.json").read_text(encoding="utf-8") == dumps(chart, view)  # as File > Save would
