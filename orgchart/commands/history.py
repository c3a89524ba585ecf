"""The undo history: every edit is a command that can be undone and redone.

Commands change the model only (never a graphics item), so the canvas and the panels follow
the model's signals whether an edit is done, undone or redone. No Qt: tested headless.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from psygnal import Signal

from orgchart.model import OrgChart


class Command(Protocol):
    """An edit. ``redo`` does it (the first time too) and ``undo`` takes it back; both leave
    the chart as it was if they raise."""

    @property
    def text(self) -> str:
        """What the edit was, for the Edit menu and the history panel ("Rename role")."""
        ...

    def redo(self, chart: OrgChart) -> None: ...

    def undo(self, chart: OrgChart) -> None: ...

    def merge(self, later: Command) -> bool:
        """Take in ``later`` (done right after this) and return True, or return False:
        typing into one field, or nudging with the arrow keys, is one undo step."""
        ...


class Macro:
    """Several commands as one undo step (one drag, one paste of a branch)."""

    def __init__(self, text: str, commands: Sequence[Command] = (), *, subject: str = "") -> None:
        """``subject``: the role or team it is about, if not its first command's."""
        self._text = text
        self.commands: list[Command] = list(commands)
        self._subject = subject

    @property
    def subject(self) -> str:
        return self._subject or next((found for c in self.commands if (found := subject(c))), "")

    @property
    def text(self) -> str:
        return self._text

    def redo(self, chart: OrgChart) -> None:
        _all_or_none(chart, self.commands, forward=True)

    def undo(self, chart: OrgChart) -> None:
        _all_or_none(chart, self.commands[::-1], forward=False)

    def merge(self, later: Command) -> bool:
        """Asked only to join (a macro is no typing session): the title given to a role it
        added right away joins it, as after a plain `AddRole`."""
        return bool(self.commands) and self.commands[-1].merge(later)


def subject(command: Command) -> str:
    """The role or team ``command`` is about, to select after it is undone or redone; ""
    if it names none."""
    return str(getattr(command, "subject", "") or "")


def _all_or_none(chart: OrgChart, commands: Sequence[Command], *, forward: bool) -> None:
    """Redo (or undo) each command in turn; if one raises, take back those already done."""
    done: list[Command] = []
    try:
        for command in commands:
            (command.redo if forward else command.undo)(chart)
            done.append(command)
    except Exception:
        for command in reversed(done):
            (command.undo if forward else command.redo)(chart)
        raise


class History:
    """The chart's undo stack, with a clean mark for "saved" and macros for gestures."""

    #: emitted after every push, undo, redo, or clean-mark change
    changed = Signal()

    def __init__(self, chart: OrgChart) -> None:
        self.chart = chart
        self._done: list[Command] = []
        self._undone: list[Command] = []
        self._clean: int | None = 0  # len(_done) when saved; None: that state is gone
        self._open: list[Macro] = []
        self._merging = True
        #: the step last undone or redone (what the editor selects then: see `subject`)
        self.last_step: Command | None = None

    # What is there
    @property
    def can_undo(self) -> bool:
        return bool(self._done) and not self._open

    @property
    def can_redo(self) -> bool:
        return bool(self._undone) and not self._open

    @property
    def undo_text(self) -> str:
        return self._done[-1].text if self._done else ""

    @property
    def redo_text(self) -> str:
        return self._undone[-1].text if self._undone else ""

    @property
    def is_clean(self) -> bool:
        """True while the chart is as it was when last saved (or opened)."""
        return self._clean == len(self._done) and not self._open

    def texts(self) -> list[str]:
        """Every step, oldest first: the done ones, then the undone ones (newest undone last)."""
        return [c.text for c in self._done] + [c.text for c in reversed(self._undone)]

    @property
    def index(self) -> int:
        """How many steps of `texts` are done."""
        return len(self._done)

    # Changing it
    def push(self, command: Command, *, join: bool = False) -> None:
        """Do ``command`` and put it on the history (inside the open macro, if any). If it
        raises, nothing changes and the error goes to the caller. ``join``: let the last step
        take it in (`Command.merge`) even after its editing session ended, as the title typed
        on the card of a role just added joins the adding."""
        command.redo(self.chart)
        if self._open:
            self._open[-1].commands.append(command)
            return
        top = self._done[-1] if self._done and not self._undone and (self._merging or join) else None
        if top is not None and self._clean != len(self._done) and top.merge(command):
            if getattr(top, "changes_nothing", False):  # typed back to where it started
                self._done.pop()
                self._merging = False  # the step below was closed: nothing merges into it
            self.changed.emit()
            return
        # a macro is no typing session: only a join merges into it (see Macro.merge)
        self._record(command, mergeable=not isinstance(command, Macro))

    def close_step(self) -> None:
        """End the editing session: the next command starts a step of its own even where it
        could merge into the last one (a second rename of the same role, a field typed into
        again after the focus left it). Merging is for one session only: typing into one
        field while it keeps the focus."""
        self._merging = False

    def undo(self) -> None:
        """Take back the last step. If that fails (the chart was changed behind the history's
        back), the error goes to the caller and the step stays where it was."""
        if not self.can_undo:
            return
        self._done[-1].undo(self.chart)
        self._undone.append(self._done.pop())
        self.last_step = self._undone[-1]
        self._merging = False
        self.changed.emit()

    def redo(self) -> None:
        if not self.can_redo:
            return
        self._undone[-1].redo(self.chart)
        self._done.append(self._undone.pop())
        self.last_step = self._done[-1]
        self._merging = False
        self.changed.emit()

    def go_to(self, index: int) -> None:
        """Undo or redo until ``index`` steps are done (a click in the history panel)."""
        while len(self._done) > index and self.can_undo:
            self.undo()
        while len(self._done) < index and self.can_redo:
            self.redo()

    def begin_macro(self, text: str) -> None:
        """Until `end_macro`, pushed commands are done at once and become one undo step."""
        self._open.append(Macro(text))

    def end_macro(self) -> None:
        macro = self._open.pop()
        if not macro.commands:
            return
        if self._open:
            self._open[-1].commands.append(macro)
            return
        self._record(macro, mergeable=False)

    def abort_macro(self) -> None:
        """Undo what the open macro did and drop it (a drag cancelled with Esc)."""
        macro = self._open.pop()
        macro.undo(self.chart)

    def set_clean(self) -> None:
        """Mark the current state as saved."""
        self._clean = len(self._done)
        self._merging = False
        self.changed.emit()

    def mark_unsaved(self) -> None:
        """Mark the chart as different from its file at every step: an import not yet saved
        as a chart, a restored recovery copy, a file deleted behind the editor's back."""
        self._clean = None
        self.changed.emit()

    def clear(self) -> None:
        self._done.clear()
        self._undone.clear()
        self._open.clear()
        self._clean = 0
        self.changed.emit()

    def _record(self, command: Command, *, mergeable: bool) -> None:
        if self._undone:
            if self._clean is not None and self._clean > len(self._done):
                self._clean = None  # the saved state was undone and can no longer be reached
            self._undone.clear()
        self._done.append(command)
        self._merging = mergeable
        self.changed.emit()
