"""Files: the native JSON format (versioned, canonical, atomic), its schema and migrations.

No Qt here. Every reader raises `OrgFileError` for bad input, never another exception.
"""

from orgchart.io.errors import OrgFileError
from orgchart.io.jsonfile import MAX_FILE_BYTES, dumps, load, loads, save
from orgchart.io.records import Document

__all__ = ["MAX_FILE_BYTES", "Document", "OrgFileError", "dumps", "load", "loads", "save"]
