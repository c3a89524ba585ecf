"""The editor speaks German or English: from the system, the preference, or --lang; numbers
and dates as the language writes them; the chart's own words on the canvas too."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtWidgets import QDialog, QDockWidget
from pytestqt.qtbot import QtBot

from orgchart.render.language import locale_for, supported, use_language
from orgchart.ui.main_window import MainWindow
from orgchart.ui.preferences import PreferencesDialog, editor_language, saved_language, start_language
from orgchart.ui.recovery import Recovery
from orgchart.ui.recovery_dialog import when
from tests.ui.conftest import DEPARTMENTS_EN


@pytest.fixture
def speaking(qapp: object) -> Iterator[Callable[[str], None]]:
    """Switch the language for one test; English and the locale as before afterwards."""
    before = QLocale()
    yield use_language
    use_language("en")
    QLocale.setDefault(before)


def new_window(qtbot: QtBot) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    return window


def menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()[:3]]


def test_the_editor_in_german_says_datei_bearbeiten_ansicht(qtbot: QtBot, speaking: Callable[[str], None]) -> None:
    speaking("de")
    window = new_window(qtbot)
    assert menu_titles(window) == ["&Datei", "&Bearbeiten", "&Ansicht"]
    assert window.undo_action.text() == "&Rückgängig"
    titles = {dock.windowTitle() for dock in window.findChildren(QDockWidget)}
    assert {"Gliederung", "Eigenschaften", "Verlauf"} <= titles


def test_in_german_cards_say_unbesetzt_and_fte_has_a_decimal_comma(
    qtbot: QtBot, speaking: Callable[[str], None]
) -> None:
    speaking("de")
    window = new_window(qtbot)
    # the words the canvas adds are in the chart's language, as it exports and prints (an
    # English chart in a German window said "unbesetzt" on screen and "vacant" in its PDF)
    assert window.open_path(DEPARTMENTS_EN.with_name("ecommerce-departments.de.json"))
    chart = window.document.chart
    vacant = next(r for r in chart.role_ids() if chart.role(r).holder is None)
    assert window.canvas.item.picture.measure.content(chart.role(vacant), 0).holder == ["unbesetzt"]
    window.history.set_clean()
    assert window.open_path(DEPARTMENTS_EN)
    chart = window.document.chart
    assert window.canvas.item.picture.measure.content(chart.role(vacant), 0).holder == ["vacant"]
    assert window.export_dialog().language.currentData() == "en"  # and so the export, by default
    # a card repainted alone after an edit (its size unchanged) keeps the chart's language
    from orgchart.commands import UpdateRole

    role = chart.role(vacant)
    window.history.push(UpdateRole(role, dataclasses.replace(role, title=role.title + "s"), "title"))
    qtbot.wait(50)
    assert window.canvas.item.picture.measure.content(chart.role(vacant), 0).holder == ["vacant"]
    window.canvas.refresh()
    assert window.canvas.item.picture.measure.content(chart.role(vacant), 0).holder == ["vacant"]
    # titles that do not tell (CTO, IT): the window's language
    for role_id in chart.role_ids():
        bare = dataclasses.replace(chart.role(role_id), title="CTO", responsibilities=(), skills=())
        chart.update_role(bare)
    for team_id in chart.team_ids():
        chart.update_team(dataclasses.replace(chart.team(team_id), name="IT", description=""))
    chart.set_name("")
    window.canvas.refresh()
    assert window.canvas.item.picture.language == "de"
    assert window.canvas.item.picture.measure.content(chart.role(vacant), 0).holder == ["unbesetzt"]
    window.canvas.select(vacant)
    window.properties.fte.setValue(0.5)
    assert window.properties.fte.text() == "0,50"
    window.history.set_clean()  # closing would ask about the change


def test_recovery_dates_are_written_as_the_language_does(speaking: Callable[[str], None]) -> None:
    entry = Recovery(Path("a"), Path("b"), 1, None, datetime(2024, 3, 5, 14, 5), None, None, None, "Chart")
    speaking("de")
    assert when(entry) == "05.03.24 14:05"
    speaking("en")
    assert when(entry).replace("\u202f", " ") == "3/5/24 2:05 PM"  # CLDR: a narrow space before PM


@pytest.mark.parametrize(
    ("override", "saved", "system", "expected"),
    [
        ("en", "", ["de-DE", "de"], "en"),  # --lang en on a German system
        ("en", "de", ["de-DE"], "en"),  # --lang beats the preference
        (None, "de", ["en-US"], "de"),  # the preference beats the system
        (None, "", ["de-AT", "de"], "de"),  # the system's language
        (None, "", ["fr-FR", "de-DE"], "de"),  # the first the UI speaks
        (None, "", ["fr-FR"], "en"),  # else English
        (None, "", ["C"], "en"),
    ],
)
def test_the_language_comes_from_lang_the_preference_or_the_system(
    override: str | None, saved: str, system: list[str], expected: str
) -> None:
    assert editor_language(override, saved, system) == expected


def test_lang_en_overrides_a_german_system_and_preference(qtbot: QtBot, speaking: object) -> None:
    QSettings().setValue("language", "de")
    assert start_language("en", ["de-DE", "de"]) == "en"
    assert menu_titles(new_window(qtbot))[0] == "&File"
    assert start_language(None, ["de-DE", "de"]) == "de"
    assert menu_titles(new_window(qtbot))[0] == "&Datei"


def test_the_command_line_passes_lang_to_the_editor(monkeypatch: pytest.MonkeyPatch) -> None:
    import orgchart.ui.app
    from orgchart.cli import main

    seen: dict[str, object] = {}
    monkeypatch.setattr(orgchart.ui.app, "run_editor", lambda *a, **k: seen.update(k) or 0)
    assert main(["--lang", "en"]) == 0
    assert seen["language"] == "en"
    with pytest.raises(SystemExit) as exit_:
        main(["--lang", "fr"])
    assert exit_.value.code == 2


def test_the_language_preference_is_kept_for_the_next_start(
    qtbot: QtBot, speaking: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = new_window(qtbot)

    def choose_german(dialog: PreferencesDialog) -> QDialog.DialogCode:
        dialog.language.setCurrentIndex(dialog.language.findData("de"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PreferencesDialog, "exec", choose_german)
    window.preferences.action.trigger()  # Edit > Preferences…
    assert QSettings().value("language") == "de" and saved_language() == "de"
    assert start_language(None, ["en-US"]) == "de"  # the next start, on an English system
    assert menu_titles(new_window(qtbot))[0] == "&Datei"


def test_preferences_are_in_the_edit_menu_and_the_dialog_speaks_german(qtbot: QtBot, speaking: Callable[[str], None]) -> None:
    speaking("de")
    window = new_window(qtbot)
    assert window.preferences.action in window.edit_menu.actions()
    dialog = PreferencesDialog(window)
    assert dialog.windowTitle() == "Einstellungen"
    assert [dialog.language.itemText(i) for i in range(1, 3)] == ["English", "Deutsch"]


@pytest.mark.parametrize(
    ("name", "language"), [("de_DE.UTF-8", "de"), ("de-AT", "de"), ("en-Latn-US", "en"), ("C", None), ("fr", None)]
)
def test_language_names_are_understood(name: str, language: str | None) -> None:
    assert supported(name) == language


def test_numbers_follow_the_language_in_the_systems_region() -> None:
    assert locale_for("de", QLocale("de_AT")).name() == "de_AT"
    assert locale_for("de", QLocale("C")).name() == "de_DE"
    assert locale_for("en", QLocale("de_DE")).decimalPoint() == ","  # English words, German numbers


def test_a_refused_drop_says_why_in_the_ui_language(speaking: Callable[[str], None]) -> None:
    from orgchart.commands import role_drop_problem, team_drop_problem
    from orgchart.io import load
    from orgchart.ui.dragging import drop_text

    chart = load(DEPARTMENTS_EN).chart
    speaking("de")
    assert drop_text(role_drop_problem(chart, "digital-marketing-manager", "seo-specialist")) == (
        "Digital marketing manager kann nicht an SEO specialist berichten: "
        "SEO specialist berichtet schon an Digital marketing manager"
    )
    assert drop_text(team_drop_problem(chart, "team-marketing", "team-marketing")) == (
        "Marketing kann nicht in sich selbst liegen"
    )
    assert drop_text(None) == ""


def test_the_models_refusals_are_said_in_the_ui_language(qtbot: QtBot, speaking: Callable[[str], None]) -> None:
    # An empty title said "role 'qa-tester': title must not be empty" in a German window.
    from orgchart.commands import AddLink
    from orgchart.model import Link
    from tests.ui.clicks import click_card

    speaking("de")
    window = new_window(qtbot)
    assert window.open_path(DEPARTMENTS_EN)
    click_card(qtbot, window, "qa-tester")
    panel = window.properties
    panel.title.selectAll()
    qtbot.keyClick(panel.title, Qt.Key.Key_Delete)
    assert panel.problem.text() == "Eine Stelle braucht eine Bezeichnung."  # (the field says "Bezeichnung")
    window.history.push(AddLink(Link("qa-tester", "devops-engineer")))
    window.canvas.links.start("devops-engineer", Link("a", "b").kind)
    window.canvas.links.finish("qa-tester")
    assert window.statusBar().currentMessage() == "DevOps engineer und QA tester arbeiten schon eng zusammen"
    window.history.set_clean()  # (closing would ask whether to save)
