"""File > Export: the options of `orgchart export`, with a preview of what will be written:
the picture for SVG, PNG and PDF; the file's first lines for the data formats
(`orgchart.io.writing.DATA_WRITERS`, read when the dialog opens, so a format added there is
offered here too)."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QSpinBox,
    QStackedWidget,
    QWidget,
)

from orgchart.io import OrgFileError
from orgchart.io.progress import Progress
from orgchart.io.writing import DATA_WRITERS, takes_view
from orgchart.layout import LayoutParams
from orgchart.model import Direction, OrgChart, ViewSettings
from orgchart.render.export import PAGE_SIZES
from orgchart.render.files import FileOptions
from orgchart.render.language import LANGUAGE_NAMES, words_for
from orgchart.render.picture import ChartPicture
from orgchart.render.theme import THEMES
from orgchart.render.words import words_in
from orgchart.ui import export_job
from orgchart.ui.data_preview import DataPreview, format_name
from orgchart.ui.export_job import export_data, export_picture, export_slides
from orgchart.ui.preview_thread import Drawn, PreviewThread, preview_image

T = TypeVar("T")

PREVIEW = (520, 360)
PICTURES = (".svg", ".png", ".pdf")
#: PowerPoint: drawn like a picture (theme, depth, title, legend), written as slides
SLIDES = ".pptx"


def tr(text: str) -> str:
    return QCoreApplication.translate("Export", text)


def _drawn(picture: ChartPicture) -> Drawn:
    """A picture and its preview image (made in a thread)."""
    return picture, preview_image(picture, PREVIEW)


class ExportDialog(QDialog):
    """Choose the options, see the picture, write the file (atomically)."""

    def __init__(
        self,
        chart: OrgChart,
        params: LayoutParams,
        suggestion: Path,
        parent: QWidget | None = None,
        extras: Callable[[OrgChart], dict[str, Any]] | None = None,
    ) -> None:
        """``extras``: what the canvas adds to a picture of a chart (responsibilities, team
        figures, a comparison's marks), so that the file shows what the screen shows."""
        super().__init__(parent)
        self.setWindowTitle(tr("Export chart"))
        self.chart, self.params, self.suggestion, self.extras = chart, params, suggestion, extras
        self.picture: ChartPicture | None = None
        self.format = QComboBox()
        for label, suffix in (
            ("SVG (drawing)", ".svg"),
            ("PNG (image)", ".png"),
            ("PDF (document)", ".pdf"),
            ("PowerPoint (slides)", ".pptx"),
        ):
            self.format.addItem(tr(label), suffix)
        self.format.insertSeparator(self.format.count())
        for suffix in DATA_WRITERS:
            self.format.addItem(format_name(suffix), suffix)
        self.direction = QComboBox()
        self.direction.addItem(tr("top down"), Direction.TOP_DOWN.value)
        self.direction.addItem(tr("left to right"), Direction.LEFT_RIGHT.value)
        self.direction.setCurrentIndex(self.direction.findData(params.direction.value))
        self.compact = QCheckBox(tr("stack leaf roles in columns"))
        self.compact.setChecked(params.compact)
        self.theme = QComboBox()
        for name in THEMES:
            self.theme.addItem(tr(name), name)
        self.team = QComboBox()
        self.team.addItem(tr("the whole chart"), None)
        for team_id in chart.team_ids():
            self.team.addItem("    " * len(chart.team_path(team_id)) + chart.team(team_id).name, team_id)
        self.depth = QSpinBox()
        self.depth.setRange(0, 99)
        self.depth.setSpecialValueText(tr("all levels"))
        self.scale = QDoubleSpinBox()
        self.scale.setRange(0.1, 8.0)
        self.scale.setSingleStep(0.5)
        self.scale.setValue(2.0)
        self.pages = QComboBox()
        for label, value in (
            ("one page", "one"),
            ("a page per department", "department"),
            ("poster", "poster"),
        ):
            self.pages.addItem(tr(label), value)
        self.page_size = QComboBox()
        for name in PAGE_SIZES:  # a4, a3, …, letter: as the command line spells them
            self.page_size.addItem(name.upper() if name[0] == "a" else tr(name), name)
        self.orientation = QComboBox()
        for label, value in (
            ("as the chart is shaped", "auto"),
            ("portrait", "portrait"),
            ("landscape", "landscape"),
        ):
            self.orientation.addItem(tr(label), value)
        # The words the picture adds, as `orgchart export --lang`: by default in the chart's
        # language (as its titles read; the window's, where they do not tell), as the canvas.
        self.language = QComboBox()
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(words_for(chart)))
        self.language.setToolTip(
            tr("The language of the words the picture adds: vacant, badges, the legend, page notes")
        )
        self.title = QCheckBox(tr("the chart's name above it"))
        self.title.setChecked(True)
        self.legend = QCheckBox(tr("a legend of the colours and lines"))
        self.legend.setChecked(True)
        self.preview = QLabel()
        self.preview.setMinimumSize(*PREVIEW)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setStyleSheet("background: #f3f4f6")
        self.data_preview = DataPreview()
        self.previews = QStackedWidget()
        self.previews.addWidget(self.preview)
        self.previews.addWidget(self.data_preview)
        form = QFormLayout()
        for label, widget in (
            (tr("Format"), self.format),
            (tr("Layout"), self.direction),
            ("", self.compact),
            (tr("Theme"), self.theme),
            (tr("Show"), self.team),
            (tr("Levels"), self.depth),
            (tr("PNG scale"), self.scale),
            (tr("PDF pages"), self.pages),
            (tr("Page size"), self.page_size),
            (tr("Orientation"), self.orientation),
            (tr("Language"), self.language),
            (tr("Show also"), self.title),
            ("", self.legend),
        ):
            form.addRow(label, widget)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = buttons.addButton(tr("Export…"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self._ask_and_export)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        row = QHBoxLayout(self)
        row.addLayout(form)
        row.addWidget(self.previews, 1)
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.timeout.connect(self.update_preview)
        self.previews_drawn = PreviewThread(self, self._show_preview)  # of a large chart
        for combo in (self.format, self.direction, self.theme, self.team, self.pages, self.language):
            combo.currentIndexChanged.connect(self._changed)
        for box in (self.compact, self.title, self.legend):
            box.toggled.connect(self._changed)
        self.depth.valueChanged.connect(self._changed)
        self._changed()
        self._later.stop()  # drawn now, not once more in a moment
        self.update_preview()

    @property
    def suffix(self) -> str:
        return str(self.format.currentData())

    @property
    def is_picture(self) -> bool:
        """Drawn (a picture, or slides): the preview shows the picture."""
        return self.suffix in PICTURES or self.suffix == SLIDES

    def _changed(self, *_: object) -> None:
        picture = self.is_picture
        self.scale.setEnabled(
            self.suffix == ".png" or (self.suffix == ".pdf" and self.pages.currentData() == "poster")
        )
        for pdf_only in (self.pages, self.page_size, self.orientation):
            pdf_only.setEnabled(self.suffix == ".pdf")
        for picture_only in (self.compact, self.theme, self.depth, self.title, self.legend, self.language):
            picture_only.setEnabled(picture)
        # The direction is the picture's, and Mermaid's TD or LR, yEd's placement, the JSON's view.
        self.direction.setEnabled(picture or takes_view(self.suffix))
        self.previews.setCurrentWidget(self.preview if picture else self.data_preview)
        self._later.start(150)

    def layout_params(self) -> LayoutParams:
        return LayoutParams(
            direction=Direction(self.direction.currentData()),
            compact=self.compact.isChecked(),
            collapsed=self.params.collapsed,
            max_depth=self.depth.value() or None,
        )

    def make_picture(self) -> ChartPicture:
        """The picture with the chosen options, as `orgchart export` would draw it."""
        return self.in_words(self.picture_work())()

    def in_words(self, work: Callable[..., T]) -> Callable[..., T]:
        """``work`` (a picture made, painted or written, in any thread) speaking the language
        chosen under Language."""
        language = str(self.language.currentData())

        def spoken(*args: Any) -> T:
            with words_in(language):
                return work(*args)

        return spoken

    def picture_work(self) -> Callable[[], ChartPicture]:
        """`make_picture` as work that touches no widget (the options are read now)."""
        theme = THEMES[self.theme.currentData()]
        chart, params = self.chosen_chart(), self.layout_params()
        title, legend = self.title.isChecked(), self.legend.isChecked()
        extras = self.picture_extras(chart)
        return lambda: ChartPicture(chart, theme, params, title=title, legend=legend, **extras)

    def picture_extras(self, chart: OrgChart) -> dict[str, Any]:
        """What a picture of ``chart`` (the chosen one) adds: the canvas's extras, and the
        whole chart if one team of it is chosen (its cards count their lines out of it; a
        comparison's marks are those of the team)."""
        extras = self.extras(self.chart) if self.extras is not None else {}
        if chart is self.chart:
            return extras
        if extras.get("marks") is not None:  # a comparison: the team's part of it
            extras["marks"] = extras["marks"].for_part(chart)
        return {**extras, "cut_from": self.chart}

    def chosen_chart(self) -> OrgChart:
        """The whole chart, or the team chosen under Show."""
        team = self.team.currentData()
        return self.chart.extract(team) if team else self.chart

    def view_settings(self) -> ViewSettings:
        """What a data format keeps of the view: the chosen direction, the editor's collapsed
        branches and compact setting (a JSON export is the file the editor would save)."""
        chart = self.chosen_chart()
        collapsed = frozenset(r for r in self.params.collapsed if chart.has_role(r))
        return ViewSettings(collapsed, Direction(self.direction.currentData()), self.params.compact)

    def update_preview(self) -> None:
        if not self.is_picture:
            self.picture = None
            self.previews_drawn.drop()
            self.data_preview.show_sample(self.chosen_chart(), self.suffix, self.view_settings())
            return
        if export_job.is_large(self.chosen_chart(), self.params.collapsed):  # drawn in a thread
            self.picture = None
            self.preview.setText(tr("Drawing the preview…"))
            make = self.picture_work()
            self.previews_drawn.draw(self.in_words(lambda: _drawn(make())))
            return
        self.previews_drawn.drop()
        make = self.picture_work()
        picture, image = self.in_words(lambda: _drawn(make()))()
        self._show_preview(picture, image)

    def _show_preview(self, picture: ChartPicture, image: QImage) -> None:
        self.picture = picture
        self.preview.setPixmap(QPixmap.fromImage(image))

    def export_to(self, path: Path) -> str:
        """Write the file; returns a warning ("" if none). Raises OrgFileError if it cannot
        be written (nothing is left half-written)."""
        return self.export_work(path)(None)

    def export_work(self, path: Path) -> Callable[[Progress | None], str]:
        """The export to ``path`` with the options as chosen now, as work that touches no
        widget (a thread may do it, see `orgchart.ui.export_job`): it takes a progress hook
        (or None) and returns what `export_to` does."""
        self._later.stop()
        self.previews_drawn.drop()  # the file, not a preview of it, gets the time now
        chart = self.chosen_chart()
        if not self.is_picture:
            view = self.view_settings()

            def data(progress: Progress | None) -> str:
                losses = export_data(chart, path, view, progress)
                return (
                    "\n".join([tr("The file cannot hold everything:"), *(f"• {loss}" for loss in losses)])
                    if losses
                    else ""
                )

            return data
        theme, params = THEMES[self.theme.currentData()], self.layout_params()
        title, legend = self.title.isChecked(), self.legend.isChecked()
        if self.suffix == SLIDES:
            return self.in_words(
                lambda progress: export_slides(
                    chart, path, theme, params, title=title, legend=legend, progress=progress
                )
            )
        options = FileOptions(
            scale=self.scale.value(),
            pages=str(self.pages.currentData()),
            page_size=str(self.page_size.currentData()),
            orientation=str(self.orientation.currentData()),
        )
        picture = {"title": title, "legend": legend, **self.picture_extras(chart)}
        return self.in_words(partial(export_picture, chart, path, theme, params, options, picture))

    def _ask_and_export(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, tr("Export chart"), str(self.suggestion.with_suffix(self.suffix)), f"*{self.suffix}"
        )
        if not name:
            return
        path = Path(name) if Path(name).suffix.lower() == self.suffix else Path(name + self.suffix)
        try:
            collapsed = self.params.collapsed if self.is_picture else ()
            if export_job.is_large(self.chosen_chart(), collapsed):  # in a thread, with progress
                from orgchart.ui.progress import LongWork

                with LongWork(self, tr("Exporting %1").replace("%1", path.name), path.name) as work:
                    warning = work.run(self.export_work(path))
                if warning is None:  # cancelled: no file was written
                    return
            else:
                warning = self.export_to(path)
        except OrgFileError as error:
            QMessageBox.critical(self, tr("Cannot export"), str(error))
            return
        if warning:
            QMessageBox.information(self, tr("Exported"), warning)
        self.accept()
