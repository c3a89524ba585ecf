"""Dotted lines on the canvas: a card's context menu starts one ("works closely with…",
"secondary manager…"), the next click on another card ends it; the same menu relabels or
removes the role's dotted lines. Every change is a command on the history."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QInputDialog, QMenu

from orgchart.commands import AddLink, RemoveLink, UpdateLink
from orgchart.model import Link, LinkKind, OrgError
from orgchart.ui.refusals import refusal

if TYPE_CHECKING:
    from orgchart.ui.canvas import ChartView


def tr(text: str) -> str:
    return QCoreApplication.translate("Links", text)


class LinkEditor(QObject):
    """The canvas's dotted-line gestures."""

    def __init__(self, view: ChartView) -> None:
        super().__init__(view)
        self.view = view
        #: while connecting: the role the line starts at, and its kind
        self.source, self.kind = "", LinkKind.WORKS_WITH
        #: asks for a label; tests put an answer in its place
        self.ask_label = self._ask_label

    @property
    def connecting(self) -> bool:
        return bool(self.source)

    def fill(self, menu: QMenu, role_id: str) -> None:
        """Add to ``menu`` (a card's): start a dotted line from the role; label or remove
        each of its own."""
        chart = self.view.chart
        menu.addAction(tr("Works closely with…"), lambda: self.start(role_id, LinkKind.WORKS_WITH))
        menu.addAction(tr("Secondary manager…"), lambda: self.start(role_id, LinkKind.MATRIX))
        links = chart.links_of(role_id)
        if links:
            menu.addSeparator()
        for link in links:
            other = link.target if link.source == role_id else link.source
            name = chart.role(other).title + (f" ({link.label})" if link.label else "")
            sub = menu.addMenu(
                (
                    tr("Secondary manager: %1")
                    if link.kind is LinkKind.MATRIX and link.source == role_id
                    else tr("Dotted line to %1")
                ).replace("%1", name)
            )
            sub.addAction(tr("Label…"), lambda link=link: self.relabel(link))
            sub.addAction(tr("Remove"), lambda link=link: self._push(RemoveLink(link)))

    def start(self, role_id: str, kind: LinkKind) -> None:
        """Wait for a click on the card the dotted line goes to."""
        self.source, self.kind = role_id, kind
        self.view.viewport().setCursor(Qt.CursorShape.CrossCursor)
        self.view.message.emit(tr("Click the role the dotted line goes to (Esc cancels)."))

    def finish(self, target: str) -> None:
        """The click that ends the gesture: on a card, the line is made; elsewhere, not."""
        source, kind = self.source, self.kind
        self.cancel()
        if target and target != source:
            self._push(AddLink(Link(source, target, kind)))

    def cancel(self) -> None:
        if self.source:
            self.source = ""
            self.view.viewport().unsetCursor()
            self.view.message.emit("")

    def relabel(self, link: Link) -> None:
        label = self.ask_label(link)
        if label is not None and label != link.label:
            self._push(UpdateLink(link, dataclasses.replace(link, label=label.strip())))

    def _ask_label(self, link: Link) -> str | None:
        text, ok = QInputDialog.getText(self.view, tr("Dotted line"), tr("Label:"), text=link.label)
        return text if ok else None

    def _push(self, command: AddLink | RemoveLink | UpdateLink) -> None:
        try:
            self.view.history.push(command)
        except OrgError as error:  # e.g. the line exists already, or would be a second manager
            self.view.message.emit(refusal(error))
