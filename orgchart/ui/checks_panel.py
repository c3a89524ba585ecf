"""The Checks panel: the structure findings of the open chart (spans of control, teams nobody
leads, roles without responsibilities, …), in the UI language, updated as the chart changes.
A click on a finding shows its role or team on the canvas. The span of control and the
responsibilities some role must hold are settings of the user (QSettings), not of the file:
they are a consultant's yardstick, applied to every chart they open."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTimer
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from orgchart.model import OrgChart
from orgchart.model.checks import CheckOptions, Finding, structure_checks
from orgchart.ui.check_words import finding_text, rule_help

MAX_REPORTS_KEY = "checks/max reports"
REQUIRED_KEY = "checks/required"
#: the item data role that holds a finding's subject (a role or team id)
SUBJECT = Qt.ItemDataRole.UserRole


def tr(text: str) -> str:
    return QCoreApplication.translate("Checks", text)


def check_options() -> CheckOptions:
    """The user's check settings (the model's defaults where none are saved)."""
    settings = QSettings()
    default = CheckOptions()
    try:
        max_reports = int(settings.value(MAX_REPORTS_KEY, default.max_reports))  # type: ignore[call-overload]
    except (TypeError, ValueError):
        max_reports = default.max_reports
    value = settings.value(REQUIRED_KEY, [])
    required = [value] if isinstance(value, str) else list(value or [])  # type: ignore[call-overload]
    return CheckOptions(max(1, max_reports), tuple(r for r in required if isinstance(r, str) and r.strip()))


class ChecksPanel(QWidget):
    """Findings of ``chart()`` (asked for at each update: the window may open another chart);
    ``show_subject`` is called with a finding's role or team id when it is clicked."""

    def __init__(
        self,
        chart: Callable[[], OrgChart],
        show_subject: Callable[[str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.chart, self.show_subject = chart, show_subject
        self.findings: list[Finding] = []
        self._stale = True
        #: whether its dock can be seen (a dock behind another's tab is "visible" to Qt but
        #: not to the user; the dock's visibilityChanged says which)
        self.shown = False
        column = QVBoxLayout(self)
        column.setContentsMargins(4, 4, 4, 4)
        top = QHBoxLayout()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.settings_button = QToolButton()
        self.settings_button.setText(tr("Settings"))
        self.settings_button.setCheckable(True)
        self.settings_button.setToolTip(
            tr("The span of control and the responsibilities some role must hold")
        )
        top.addWidget(self.summary, 1)
        top.addWidget(self.settings_button)
        column.addLayout(top)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.list.itemClicked.connect(self._clicked)
        self.list.itemActivated.connect(self._clicked)
        column.addWidget(self.list, 1)
        self.settings = QWidget()
        form = QFormLayout(self.settings)
        form.setContentsMargins(0, 0, 0, 0)
        options = check_options()
        self.max_reports = QSpinBox()
        self.max_reports.setRange(1, 999)
        self.max_reports.setValue(options.max_reports)
        self.max_reports.setToolTip(tr("A manager with more direct reports than this is listed"))
        self.required = QPlainTextEdit("\n".join(options.required))
        self.required.setPlaceholderText(tr("One per line, e.g. Data protection"))
        self.required.setTabChangesFocus(True)
        self.required.setMaximumHeight(90)
        form.addRow(tr("Span of control"), self.max_reports)
        form.addRow(tr("Required responsibilities"), self.required)
        self.settings.setVisible(False)
        column.addWidget(self.settings)
        self.settings_button.toggled.connect(self.settings.setVisible)
        self.max_reports.valueChanged.connect(self._settings_changed)
        self._typing = QTimer(self)  # the list follows typing once a pause comes
        self._typing.setSingleShot(True)
        self._typing.setInterval(400)
        self._typing.timeout.connect(self._settings_changed)
        self.required.textChanged.connect(self._typing.start)

    def options(self) -> CheckOptions:
        lines = self.required.toPlainText().splitlines()
        return CheckOptions(self.max_reports.value(), tuple(line.strip() for line in lines if line.strip()))

    def _settings_changed(self) -> None:
        self._typing.stop()
        options = self.options()
        settings = QSettings()
        settings.setValue(MAX_REPORTS_KEY, options.max_reports)
        settings.setValue(REQUIRED_KEY, list(options.required))
        self.update_findings(force=True)

    def update_findings(self, *, force: bool = False) -> None:
        """Check the chart again (only while the panel can be seen, unless ``force``: a large
        chart is not checked after every edit for a panel nobody looks at)."""
        if not (self.shown and self.isVisible()) and not force:
            self._stale = True
            return
        self._stale = False
        chart, options = self.chart(), self.options()
        self.findings = structure_checks(chart, options)
        self.list.clear()
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for finding in self.findings:
            item = QListWidgetItem(icon, finding_text(chart, finding, options))
            item.setData(SUBJECT, finding.subject)
            item.setToolTip(rule_help(finding.rule))
            self.list.addItem(item)
        n = len(self.findings)
        if n == 0:
            self.summary.setText(tr("No findings: the structure looks sound."))
        else:
            self.summary.setText(tr("1 finding") if n == 1 else tr("%1 findings").replace("%1", str(n)))

    def set_shown(self, shown: bool) -> None:
        """Its dock came into view (its tab chosen, or the dock opened) or went out of it."""
        self.shown = shown
        if shown and self._stale:
            self.update_findings()

    def _clicked(self, item: QListWidgetItem) -> None:
        subject = item.data(SUBJECT)
        if subject:
            self.show_subject(subject)
