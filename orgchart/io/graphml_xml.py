"""XML for GraphML, both ways: escaping text for the writer, and parsing untrusted bytes safely
for the reader.

Parsing refuses any document type declaration (DTD) before the XML parser sees the document:
a DTD is where entities are defined, and entities are how XML files attack their readers
(the "billion laughs" expand a few hundred bytes into gigabytes; external entities read other
files or URLs). GraphML never needs one. Without a DTD an entity reference other than the five
predefined ones is an error, so nothing is expanded or fetched. (Python's expat 2.4+ limits
entity amplification on its own, and ElementTree does not fetch external entities, but we do
not rely on either: networkx's ``read_graphml`` does, and a bomb then ends in a ParseError.)
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pyexpat import ExpatError, ParserCreate
from pyexpat import errors as expat_errors

from orgchart.io.document import PlacedError
from orgchart.io.progress import PARSING, Progress

#: Characters XML 1.0 cannot hold (C0 controls but tab and line breaks, U+FFFE, U+FFFF).
#: bytes fed to the parser at a time when progress is followed
_CHUNK = 1 << 20
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_TEXT = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;"})
# In attributes a parser turns tabs and line breaks into spaces unless they are references.
_ATTR = str.maketrans(
    {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "\r": "&#13;", "\n": "&#10;", "\t": "&#9;"}
)


class Escaper:
    """Escapes text for XML content and attributes; characters XML cannot hold are written as
    U+FFFD (the replacement character), and the texts that had them are kept in ``spoilt``."""

    def __init__(self) -> None:
        self.spoilt: set[str] = set()

    def _clean(self, value: str) -> str:
        if value.isascii() and value.isprintable():
            return value
        cleaned = _NOT_XML.sub("\ufffd", value)
        if cleaned != value:
            self.spoilt.add(value)
        return cleaned

    def text(self, value: str) -> str:
        return self._clean(value).translate(_TEXT)

    def attr(self, value: str) -> str:
        return self._clean(value).translate(_ATTR)


class _Doctype(Exception):
    pass


class _Root(Exception):
    pass


def parse_xml(raw: bytes, progress: Progress | None = None) -> ET.Element:
    """The root element of ``raw``; `PlacedError` (with a line and column where there is one)
    for a document that is not well-formed XML or that has a DTD. ``progress``: told how much
    of the text is parsed (fed to the parser a megabyte at a time, all `PARSING`)."""
    if not raw.strip():
        raise PlacedError("", "the file is empty")
    _refuse_doctype(raw)
    parser = ET.XMLParser()
    try:
        if progress is None:
            parser.feed(raw)
        else:
            for start in range(0, len(raw), _CHUNK):
                progress(PARSING, start / len(raw))
                parser.feed(raw[start : start + _CHUNK])
        return parser.close()
    except ET.ParseError as error:
        line, column = error.position
        raise PlacedError(f"line {line}, column {column + 1}", _problem(error.code, str(error))) from None
    except (RecursionError, MemoryError):
        raise PlacedError("", "the file is nested too deeply or too large to read") from None
    except (LookupError, UnicodeError) as error:  # an encoding the declaration names, or broken bytes in it
        raise _encoding_problem(error) from None


def _refuse_doctype(raw: bytes) -> None:
    """Read up to the root element's start tag only, and refuse a DOCTYPE on the way."""
    prolog = ParserCreate()

    def doctype(*_: object) -> None:
        raise _Doctype

    def root(*_: object) -> None:
        raise _Root

    prolog.StartDoctypeDeclHandler = doctype
    prolog.StartElementHandler = root
    try:
        prolog.Parse(raw, True)
    except _Root:
        return
    except _Doctype:
        raise PlacedError(
            f"line {prolog.CurrentLineNumber}",
            "the file has a document type declaration (<!DOCTYPE …>); GraphML needs none, and "
            "orgchart refuses them because their entities can expand without bound or read "
            "other files",
        ) from None
    except ExpatError as error:
        raise PlacedError(
            f"line {error.lineno}, column {error.offset + 1}", _problem(error.code, str(error))
        ) from None
    except (LookupError, UnicodeError) as error:
        raise _encoding_problem(error) from None
    raise PlacedError("", "the file holds no XML element")


def _encoding_problem(error: Exception) -> PlacedError:
    return PlacedError(
        "line 1", f"the text encoding the file declares cannot be read ({error}); save the file as UTF-8"
    )


def _problem(code: int, message: str) -> str:
    """Expat's message without its own position, in words for people."""
    text = expat_errors.messages.get(code, message.split(":")[0])
    if code == expat_errors.codes.get(expat_errors.XML_ERROR_NO_ELEMENTS):
        return "the file ends too early; it may be cut off"
    if code == expat_errors.codes.get(expat_errors.XML_ERROR_UNDEFINED_ENTITY):
        return f"not valid XML: {text} (only &amp; &lt; &gt; &quot; &apos; and &#…; are allowed)"
    return f"not valid XML: {text}"
