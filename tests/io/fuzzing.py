"""Shared by the readers' fuzz tests: hostile values, files broken byte by byte, and the one
outcome every reader must have (a valid chart, or an `OrgFileError` that says what is wrong)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from hypothesis import strategies as st

from orgchart.io import OrgFileError

T = TypeVar("T")

#: Bytes that matter to JSON or CSV, or to UTF-8, as pieces to insert.
PIECES = [
    b'"', b"'", b"\\", b"{", b"}", b"[", b"]", b",", b";", b"\t", b":", b"\n", b"\r", b"\r\n",
    b"\x00", b"\xff", b"\xc3", b"\xe2\x80", b"\xef\xbb\xbf", b"NaN", b"-Infinity", b"1e999",
    b"null", b"true", b"[[[[[[[[", b'"\\ud800"', b"=cmd|' /C calc'!A0", b"'=1+1", b"sep=;\n",
]


@st.composite
def mutated(draw: st.DrawFn, originals: list[bytes], max_edits: int = 4) -> bytes:
    """One of ``originals`` with a few edits: a bit flipped, a piece or random bytes put in, a
    stretch deleted or copied elsewhere (which duplicates ids), or the end cut off."""
    data = bytearray(draw(st.sampled_from(originals)))
    for _ in range(draw(st.integers(1, max_edits))):
        at = draw(st.integers(0, len(data)))
        end = min(len(data), at + draw(st.integers(0, 200)))
        edit = draw(st.sampled_from(["flip", "insert", "delete", "copy", "cut"]))
        if edit == "flip" and at < len(data):
            data[at] ^= 1 << draw(st.integers(0, 7))
        elif edit == "insert":
            data[at:at] = draw(st.sampled_from(PIECES) | st.binary(min_size=1, max_size=8))
        elif edit == "delete":
            del data[at:end]
        elif edit == "copy":
            data[draw(st.integers(0, len(data))) : 0] = data[at:end]
        elif edit == "cut":
            del data[at:]
    return bytes(data)


#: Values of every JSON type, the awkward ones often: NaN, infinities, huge and tiny
#: numbers, lone surrogates, control characters, empty and blank texts.
hostile_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(10**30), 10**30)
    | st.floats()
    | st.sampled_from(["", " ", "\n", "\x00", "\ud800", "a\u202eb", "#zzzzzz", "-1", "1e999", "x" * 300])
    | st.text(max_size=12),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3),
    max_leaves=6,
)


def outcome(read: Callable[[], T]) -> T | None:
    """What ``read`` returns, or None when it refused the input with an `OrgFileError` that
    has a message fit to print (anything else raised fails the test)."""
    try:
        return read()
    except OrgFileError as error:
        assert error.what.strip(), f"an error without a message: {error!r}"
        str(error).encode("utf-8")  # printable on any UTF-8 terminal: no lone surrogates
        assert len(error.what) <= 1000, "a message that long helps nobody"
        return None
