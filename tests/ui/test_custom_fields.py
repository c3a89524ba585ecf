"""The custom fields of the properties panel: a name | value table, edited with real clicks
and keys; each edit one undo step, refused edits explained and leaving the chart alone."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QTableWidget
from pytestqt.qtbot import QtBot

from orgchart.io import dumps
from orgchart.model import CustomValue
from orgchart.ui.custom_fields import NAME, VALUE, CustomFields, parse_value
from orgchart.ui.main_window import MainWindow
from tests.ui.clicks import click_card


def _with_custom(window: MainWindow, role_id: str, custom: dict[str, CustomValue]) -> None:
    """Give the role custom fields as if they came from the file (not an undo step)."""
    chart = window.document.chart
    chart.update_role(dataclasses.replace(chart.role(role_id), custom=custom))


def _panel(qtbot: QtBot, window: MainWindow, role_id: str) -> CustomFields:
    click_card(qtbot, window, role_id)
    return window.properties.custom


def _rows(fields: CustomFields) -> list[tuple[str, str]]:
    table = fields.table
    return [(table.item(r, NAME).text(), table.item(r, VALUE).text()) for r in range(table.rowCount())]


def _editor(qtbot: QtBot, fields: CustomFields, row: int, column: int) -> QLineEdit:
    """The line edit open on that cell (waiting for it, as a person would)."""
    table = fields.table
    index = table.model().index(row, column)
    qtbot.waitUntil(lambda: isinstance(table.indexWidget(index), QLineEdit))
    editor = table.indexWidget(index)
    assert isinstance(editor, QLineEdit)
    return editor


def _double_click(qtbot: QtBot, fields: CustomFields, row: int, column: int) -> QLineEdit:
    table = fields.table
    pos = table.visualItemRect(table.item(row, column)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    return _editor(qtbot, fields, row, column)


def _type_over(qtbot: QtBot, editor: QLineEdit, text: str, key: Qt.Key = Qt.Key.Key_Return) -> None:
    """Type ``text`` over the cell's text and press ``key``: Return commits (a moment later:
    the delegate lets the editor see the key first), Tab commits and edits the next cell."""
    table = editor.parent().parent()
    assert isinstance(table, QTableWidget)
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, key)
    if key == Qt.Key.Key_Return:
        qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)


def _click(qtbot: QtBot, button: object) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_adding_naming_and_filling_a_field_are_steps_of_their_own(qtbot: QtBot, window: MainWindow) -> None:
    chart = window.document.chart
    fields = _panel(qtbot, window, "qa-tester")
    before = dumps(chart)
    assert _rows(fields) == [] and fields.add_button.isEnabled()
    _click(qtbot, fields.add_button)
    name = _editor(qtbot, fields, 0, NAME)  # the new name is ready to be typed over
    assert name.selectedText() == "field"  # typing replaces it
    _type_over(qtbot, name, "cost centre", Qt.Key.Key_Tab)  # Tab: on to the value
    _type_over(qtbot, _editor(qtbot, fields, 0, VALUE), "CC-4711")
    assert dict(chart.role("qa-tester").custom) == {"cost centre": "CC-4711"}
    # adding, naming and giving a value are one step each
    assert window.history.texts() == [
        "Add custom field",
        "Rename custom field",
        "Change custom field cost centre",
    ]
    assert _rows(fields) == [("cost centre", "CC-4711")]
    window.history.undo()
    assert dict(chart.role("qa-tester").custom) == {"cost centre": ""}
    window.history.undo()
    assert dict(chart.role("qa-tester").custom) == {"field": ""}
    window.history.undo()
    assert dumps(chart) == before
    qtbot.waitUntil(lambda: _rows(fields) == [])  # the table follows the chart
    for _ in range(3):
        window.history.redo()
    assert dict(chart.role("qa-tester").custom) == {"cost centre": "CC-4711"}


def test_new_fields_get_names_no_other_field_has(qtbot: QtBot, window: MainWindow) -> None:
    _with_custom(window, "qa-tester", {"field": "a", "field 2": "b"})
    fields = _panel(qtbot, window, "qa-tester")
    _click(qtbot, fields.add_button)
    qtbot.keyClick(_editor(qtbot, fields, 2, NAME), Qt.Key.Key_Escape)
    assert list(window.document.chart.role("qa-tester").custom) == ["field", "field 2", "field 3"]
    assert window.document.chart.role("qa-tester").custom["field 3"] == ""  # new values are text


def test_a_number_typed_over_a_number_stays_a_number(qtbot: QtBot, window: MainWindow) -> None:
    chart = window.document.chart
    _with_custom(window, "accountant", {"floor": 3, "budget": 1.5, "remote": False, "badge": "A1"})
    fields = _panel(qtbot, window, "accountant")
    assert _rows(fields) == [("floor", "3"), ("budget", "1.5"), ("remote", "false"), ("badge", "A1")]
    _type_over(qtbot, _double_click(qtbot, fields, 0, VALUE), "12")
    _type_over(qtbot, _double_click(qtbot, fields, 1, VALUE), "2.25")
    _type_over(qtbot, _double_click(qtbot, fields, 2, VALUE), "TRUE")
    _type_over(qtbot, _double_click(qtbot, fields, 3, VALUE), "42")
    custom = chart.role("accountant").custom
    assert custom == {"floor": 12, "budget": 2.25, "remote": True, "badge": "42"}
    assert [type(v) for v in custom.values()] == [int, float, bool, str]  # text stays text
    assert _rows(fields)[0] == ("floor", "12")
    _type_over(qtbot, _double_click(qtbot, fields, 0, VALUE), "twelve")  # not a number: text
    assert chart.role("accountant").custom["floor"] == "twelve"


def test_renaming_keeps_the_place_and_the_value(qtbot: QtBot, window: MainWindow) -> None:
    chart = window.document.chart
    _with_custom(window, "accountant", {"floor": 3, "badge": "A1"})
    fields = _panel(qtbot, window, "accountant")
    _type_over(qtbot, _double_click(qtbot, fields, 0, NAME), "  level ")
    assert list(chart.role("accountant").custom.items()) == [("level", 3), ("badge", "A1")]
    assert _rows(fields)[0] == ("level", "3")  # the name as kept, without the spaces


def test_a_duplicate_name_is_refused_and_nothing_changes(qtbot: QtBot, window: MainWindow) -> None:
    chart = window.document.chart
    _with_custom(window, "accountant", {"floor": 3, "badge": "A1"})
    fields = _panel(qtbot, window, "accountant")
    before = dumps(chart)
    _type_over(qtbot, _double_click(qtbot, fields, 1, NAME), "floor")
    assert dumps(chart) == before and window.history.texts() == []
    problem = window.properties.problem.text()
    assert '"badge"' in problem and '"floor"' in problem and "another field" in problem
    assert _rows(fields) == [("floor", "3"), ("badge", "A1")]  # the chart's names again
    _type_over(qtbot, _double_click(qtbot, fields, 1, VALUE), "B2")  # a good edit clears it
    assert window.properties.problem.text() == ""


def test_an_empty_name_is_refused_and_nothing_changes(qtbot: QtBot, window: MainWindow) -> None:
    chart = window.document.chart
    _with_custom(window, "accountant", {"floor": 3})
    fields = _panel(qtbot, window, "accountant")
    _type_over(qtbot, _double_click(qtbot, fields, 0, NAME), "   ")  # spaces only: no name
    assert dict(chart.role("accountant").custom) == {"floor": 3} and window.history.texts() == []
    assert '"floor"' in window.properties.problem.text()
    assert "must not be empty" in window.properties.problem.text()
    assert _rows(fields) == [("floor", "3")]


def test_remove_the_selected_field_and_undo(qtbot: QtBot, window: MainWindow) -> None:
    chart = window.document.chart
    _with_custom(window, "accountant", {"floor": 3, "badge": "A1", "remote": True})
    fields = _panel(qtbot, window, "accountant")
    before = dumps(chart)
    assert not fields.remove_button.isEnabled()  # nothing selected yet
    table = fields.table
    qtbot.mouseClick(
        table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualItemRect(table.item(1, NAME)).center()
    )
    assert fields.remove_button.isEnabled()
    _click(qtbot, fields.remove_button)
    assert list(chart.role("accountant").custom.items()) == [("floor", 3), ("remote", True)]
    assert window.history.texts() == ["Remove custom field"]
    assert _rows(fields) == [("floor", "3"), ("remote", "true")]
    window.history.undo()
    assert dumps(chart) == before
    qtbot.waitUntil(lambda: _rows(fields) == [("floor", "3"), ("badge", "A1"), ("remote", "true")])


def test_undo_refreshes_without_closing_an_editor_on_a_matching_cell(
    qtbot: QtBot, window: MainWindow
) -> None:
    chart = window.document.chart
    _with_custom(window, "accountant", {"floor": 3, "badge": "A1"})
    fields = _panel(qtbot, window, "accountant")
    _type_over(qtbot, _double_click(qtbot, fields, 0, VALUE), "4")
    editor = _double_click(qtbot, fields, 1, VALUE)
    qtbot.keyClicks(editor, "-x")
    window.history.undo()  # as the Edit menu would: the open editor on "badge" is not touched
    qtbot.waitUntil(lambda: _rows(fields)[0] == ("floor", "3"))
    assert fields.table.indexWidget(fields.table.model().index(1, VALUE)) is editor
    assert editor.text().endswith("-x")
    assert chart.role("accountant").custom["floor"] == 3


def test_switching_roles_shows_the_other_role_s_fields(qtbot: QtBot, window: MainWindow) -> None:
    _with_custom(window, "accountant", {"floor": 3})
    fields = _panel(qtbot, window, "accountant")
    assert _rows(fields) == [("floor", "3")]
    _panel(qtbot, window, "qa-tester")
    assert _rows(fields) == [] and not fields.remove_button.isEnabled()


def test_typed_text_keeps_the_type_it_reads_as() -> None:
    assert parse_value("7", 1) == 7 and type(parse_value("7", 1)) is int
    assert parse_value("7", 1.0) == 7.0 and type(parse_value("7", 1.0)) is float
    assert parse_value("-2.5e3", 1) == -2500.0
    for not_a_number in ("1_000", "inf", "nan", "1,5", ""):
        assert parse_value(not_a_number, 1) == not_a_number
    assert parse_value("False", True) is False and parse_value("no", True) == "no"
    assert parse_value("", None) is None and parse_value("x", None) == "x"
    assert parse_value("3", "text") == "3"


def test_delete_key_removes_the_selected_field(qtbot: QtBot, window: MainWindow) -> None:
    chart = window.document.chart
    _with_custom(window, "accountant", {"floor": 3, "badge": "A1"})
    fields = _panel(qtbot, window, "accountant")
    table = fields.table
    qtbot.mouseClick(
        table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualItemRect(table.item(0, VALUE)).center()
    )
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert dict(chart.role("accountant").custom) == {"badge": "A1"}
    assert chart.has_role("accountant")  # the field went, not the role


def test_two_edits_of_one_value_are_two_steps(qtbot: QtBot, window: MainWindow) -> None:
    chart = window.document.chart
    _with_custom(window, "accountant", {"budget": 1})
    fields = _panel(qtbot, window, "accountant")
    _type_over(qtbot, _double_click(qtbot, fields, 0, VALUE), "2")
    _type_over(qtbot, _double_click(qtbot, fields, 0, VALUE), "3")
    assert window.history.texts() == ["Change custom field budget"] * 2
    window.history.undo()
    assert chart.role("accountant").custom["budget"] == 2


def test_removing_a_field_right_after_editing_its_value_is_undone_alone(
    qtbot: QtBot, window: MainWindow
) -> None:
    chart = window.document.chart
    _with_custom(window, "accountant", {"budget": 1})
    fields = _panel(qtbot, window, "accountant")
    _type_over(qtbot, _double_click(qtbot, fields, 0, VALUE), "2")
    assert chart.role("accountant").custom["budget"] == 2
    fields.table.selectRow(0)
    _click(qtbot, fields.remove_button)
    assert dict(chart.role("accountant").custom) == {}
    window.history.undo()
    assert dict(chart.role("accountant").custom) == {"budget": 2}  # the edit before it stays
