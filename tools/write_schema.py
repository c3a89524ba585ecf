"""Write the JSON Schema of the orgchart file format (generated from orgchart.io.schema).

python tools/write_schema.py resources/orgchart.schema.json
"""

from __future__ import annotations

import sys
from pathlib import Path

from orgchart.io.atomic import atomic_write
from orgchart.io.schema import json_schema_text


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python tools/write_schema.py OUT.json", file=sys.stderr)
        return 2
    atomic_write(Path(argv[0]), json_schema_text().encode("utf-8"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
