"""Put orgchart into the desktop's application menu, for this user (``make install-desktop``):

    python tools/install_desktop.py [--data-home DIR] [--exec PROGRAM] [--uninstall]

writes DIR/applications/orgchart.desktop (resources/orgchart.desktop, its Exec and TryExec
pointing at PROGRAM: by default the ``orgchart`` of this Python's environment, so the menu
entry works without the virtual environment on PATH), the icon as SVG in
DIR/icons/hicolor/scalable/apps and as PNGs in the usual sizes (for desktops that want
pixels). DIR is $XDG_DATA_HOME, else ~/.local/share. ``--uninstall`` removes those files.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DESKTOP = ROOT / "resources" / "orgchart.desktop"
ICON = ROOT / "orgchart" / "resources" / "icons" / "orgchart.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256)


def data_home() -> Path:
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def desktop_entry(program: str) -> str:
    """resources/orgchart.desktop with Exec and TryExec set to ``program``."""
    quoted = f'"{program}"' if " " in program else program
    lines = []
    for line in DESKTOP.read_text("utf-8").splitlines():
        if line.startswith("Exec="):
            line = f"Exec={quoted} %f"
        elif line.startswith("TryExec="):
            line = f"TryExec={program}"
        lines.append(line)
    return "\n".join(lines) + "\n"


def installed_files(home: Path) -> list[Path]:
    icons = home / "icons" / "hicolor"
    return [
        home / "applications" / "orgchart.desktop",
        icons / "scalable" / "apps" / "orgchart.svg",
        *(icons / f"{size}x{size}" / "apps" / "orgchart.png" for size in PNG_SIZES),
    ]


def render_pngs(targets: dict[int, Path]) -> None:
    """The SVG icon as PNG files (off-screen: no display needed)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(["orgchart", "-platform", "offscreen"])
    renderer = QSvgRenderer(str(ICON))
    for size, path in targets.items():
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        path.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(path)):
            raise SystemExit(f"cannot write {path}")
    del _app


def refresh_caches(home: Path) -> None:
    """Tell the desktop (where its tools are installed; harmless where not)."""
    for command in (
        ["update-desktop-database", "-q", str(home / "applications")],
        ["gtk-update-icon-cache", "-q", "-t", "-f", str(home / "icons" / "hicolor")],
    ):
        if shutil.which(command[0]):
            subprocess.run(command, check=False, capture_output=True)


def install(home: Path, program: str) -> list[Path]:
    desktop, svg, *pngs = installed_files(home)
    desktop.parent.mkdir(parents=True, exist_ok=True)
    desktop.write_text(desktop_entry(program), "utf-8")
    svg.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(ICON, svg)
    render_pngs(dict(zip(PNG_SIZES, pngs, strict=True)))
    refresh_caches(home)
    return [desktop, svg, *pngs]


def uninstall(home: Path) -> list[Path]:
    removed = [path for path in installed_files(home) if path.exists()]
    for path in removed:
        path.unlink()
    refresh_caches(home)
    return removed


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--data-home", type=Path, default=None, help="default: $XDG_DATA_HOME or ~/.local/share"
    )
    parser.add_argument("--exec", dest="program", help="the orgchart program the menu entry starts")
    parser.add_argument("--uninstall", action="store_true")
    ns = parser.parse_args(argv)
    home = ns.data_home or data_home()
    if ns.uninstall:
        for path in uninstall(home):
            print(f"removed {path}")
        return 0
    program = ns.program or str(Path(sys.executable).with_name("orgchart"))
    if not Path(program).exists() and not shutil.which(program):
        print(f"install_desktop: no program {program!r} (give --exec)", file=sys.stderr)
        return 1
    for path in install(home, program):
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
