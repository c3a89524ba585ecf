"""After a crash: the start offers the charts whose unsaved changes were kept as recovery copies.

Restored charts open as they were: unsaved (the title shows it), with their file as the target
of Save. "Discard" removes the ticked copies (after asking once more); "Later" keeps them all
for the next start.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from orgchart.io import OrgFileError
from orgchart.ui.main_window import MainWindow
from orgchart.ui.opening import load_then
from orgchart.ui.recovery import Recovery, RecoveryStore

RESTORE, DISCARD, LATER = "restore", "discard", "later"


def tr(text: str) -> str:
    return QCoreApplication.translate("Recovery", text)


def when(entry: Recovery) -> str:
    """When the copy was written, in the user's locale ("today, 14:05" for today)."""
    moment = QDateTime.fromSecsSinceEpoch(int(entry.written.timestamp()))
    locale = QLocale()
    if moment.date() == QDate.currentDate():
        return tr("today, %1").replace("%1", locale.toString(moment.time(), QLocale.FormatType.ShortFormat))
    return locale.toString(moment, QLocale.FormatType.ShortFormat)


class RecoveryDialog(QDialog):
    """The recoverable charts, each ticked; Restore, Discard or Later."""

    def __init__(self, entries: list[Recovery], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Recover unsaved charts"))
        self.entries = entries
        self.choice = LATER
        intro = QLabel(
            tr(
                "orgchart was not closed properly last time. These charts had changes that "
                "were not saved; restore them to keep working on them."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.charts = QListWidget(self)
        for entry in entries:
            source = entry.original or entry.imported_from
            title = entry.title or (source.stem if source else tr("Untitled"))  # as the title bar
            file_name = entry.file_name or tr("never saved")
            text = tr("%1 (%2) — unsaved changes from %3").replace("%1", title).replace("%2", file_name)
            item = QListWidgetItem(text.replace("%3", when(entry)), self.charts)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            item.setToolTip(str(entry.original or entry.imported_from or ""))
        widest = max(self.charts.sizeHintForColumn(0), 420) + 48  # the tick box and the frame
        self.charts.setMinimumWidth(min(widest, 900))
        self.charts.setMaximumHeight(self.charts.sizeHintForRow(0) * min(len(entries), 8) + 24)
        buttons = QDialogButtonBox(self)
        self.restore_button = buttons.addButton(tr("Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.discard_button = buttons.addButton(tr("Discard"), QDialogButtonBox.ButtonRole.DestructiveRole)
        self.later_button = buttons.addButton(tr("Later"), QDialogButtonBox.ButtonRole.RejectRole)
        self.restore_button.setDefault(True)
        for button, choice in (
            (self.restore_button, RESTORE),
            (self.discard_button, DISCARD),
            (self.later_button, LATER),
        ):
            button.clicked.connect(lambda _=False, c=choice: self._choose(c))
        column = QVBoxLayout(self)
        column.addWidget(intro)
        column.addWidget(self.charts)
        column.addWidget(buttons)

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept() if choice != LATER else self.reject()

    def ticked(self) -> list[Recovery]:
        checked = Qt.CheckState.Checked
        return [e for i, e in enumerate(self.entries) if self.charts.item(i).checkState() == checked]

    def button(self, choice: str) -> QPushButton:
        return {RESTORE: self.restore_button, DISCARD: self.discard_button, LATER: self.later_button}[choice]


def offer_recovery(
    window: MainWindow,
    new_window: Callable[[], MainWindow],
    store: RecoveryStore | None = None,
    entries: list[Recovery] | None = None,
) -> list[MainWindow]:
    """Offer the copies left by processes that are gone (``entries``, if the caller looked
    already); restore the chosen ones (the first into ``window`` if it holds nothing, the
    others into ``new_window()``s). Returns the windows that show a restored chart."""
    store = store or RecoveryStore()
    entries = store.stale() if entries is None else entries
    if not entries:
        return []
    dialog = RecoveryDialog(entries, window)
    dialog.exec()
    chosen = dialog.ticked()
    if dialog.choice == DISCARD and chosen and _sure_to_discard(window, len(chosen)):
        for entry in chosen:
            store.remove(entry)
    if dialog.choice != RESTORE:
        return []
    restored: list[MainWindow] = []
    for entry in chosen:
        empty = not restored and window.path is None and window.document.chart.role_count == 0
        target = window if empty and window.history.is_clean else new_window()
        if restore(target, entry, store):
            restored.append(target)
        elif target is not window:  # opened for it: no empty window is left behind
            target.close()
    return restored


def restore(window: MainWindow, entry: Recovery, store: RecoveryStore) -> bool:
    """Open the copy in ``window`` as an unsaved chart, copy it under the window's own name at
    once, and remove the old copy. On a broken copy, say so and keep it."""
    try:  # a large chart behind a progress dialog with Cancel
        shown = load_then(
            window,
            entry.chart_file,
            tr("Restoring %1"),
            lambda document: window._show_new(document, entry.original, entry.imported_from),
            entry.file_name or entry.title or tr("Untitled"),
        )
    except OrgFileError as error:
        QMessageBox.critical(window, tr("Cannot restore chart"), str(error))
        return False
    if not shown:  # cancelled: the copy stays, offered again at the next start
        return False
    window.file_watch.expect(entry.original_sha256)  # Save asks if the file moved on since
    window.history.mark_unsaved()
    window.autosave.write_now()
    store.remove(entry)
    window.statusBar().showMessage(
        tr("Restored the unsaved changes from %1. Save to keep them.").replace("%1", when(entry))
    )
    return True


def _sure_to_discard(parent: QWidget, count: int) -> bool:
    buttons = QMessageBox.StandardButton
    answer = QMessageBox.question(
        parent,
        tr("Discard unsaved changes"),
        QCoreApplication.translate(
            "Recovery", "Discard the unsaved changes of %n chart(s) for good?", "", count
        ),
        buttons.Discard | buttons.Cancel,
        buttons.Cancel,
    )
    return answer == buttons.Discard
