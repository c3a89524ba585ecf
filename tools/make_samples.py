"""Write the template charts (`orgchart.templates`) into a folder, canonically saved.

    python tools/make_samples.py samples

writes, into the given folder (created if missing):

- ``ecommerce-departments.de.json`` / ``.en.json``: seed 002, five departments;
- ``ecommerce-project-roles.de.json`` / ``.en.json``: seed 000, roles in an e-commerce project.
"""

from __future__ import annotations

import sys
from pathlib import Path

from orgchart.io import save
from orgchart.templates import templates


def main(outdir: str | Path) -> list[Path]:
    """Write every template in every language into ``outdir``; return the paths written."""
    folder = Path(outdir)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for template in templates():
        path = folder / template.file_name
        save(template.build(), path, backup=False)  # samples live in git: no .bak beside them
        written.append(path)
    return written


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print("usage: make_samples.py OUTDIR", file=sys.stderr)
        sys.exit(2)
    for written_path in main(sys.argv[1]):
        print(written_path)
