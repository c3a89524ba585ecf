"""The fast ways of making roles in bulk agree with the plain ones in everything: the value
made, or the error and its message."""

from __future__ import annotations

from types import MappingProxyType

from hypothesis import given
from hypothesis import strategies as st

from orgchart.io.csv_columns import match_columns, role_from_row, role_reader
from orgchart.io.document import PlacedError
from orgchart.model import Role, RoleKind, Sourcing

_text = st.one_of(
    st.sampled_from(["", " ", "Datenanalyst", " QA ", "r-1", "a b", "\ud800", "x\ny", "Ä"]),
    st.text(max_size=8),
)
_fte = st.one_of(st.sampled_from([0.0, 0.5, 1.0, -1.0, float("inf"), float("nan")]), st.floats())


def _outcome(make: object) -> tuple[str, object]:
    try:
        role = make()  # type: ignore[operator]
    except Exception as error:  # noqa: BLE001  (which error, and its words, is what is compared)
        return type(error).__name__, str(error)
    return "role", (role, repr(role), hash(role.id))


@given(
    role_id=_text,
    title=_text,
    holder=st.one_of(st.none(), _text),
    kind=st.sampled_from(list(RoleKind)),
    duties=st.lists(_text, max_size=3).map(tuple),
    skills=st.lists(_text, max_size=2).map(tuple),
    sourcing=st.sampled_from(list(Sourcing)),
    fte=_fte,
    email=_text,
    notes=_text,
    custom=st.dictionaries(st.sampled_from(["Kostenstelle", "", "x"]), _text, max_size=2),
)
def test_role_of_makes_what_role_makes(
    role_id: str,
    title: str,
    holder: str | None,
    kind: RoleKind,
    duties: tuple[str, ...],
    skills: tuple[str, ...],
    sourcing: Sourcing,
    fte: float,
    email: str,
    notes: str,
    custom: dict[str, str],
) -> None:
    fields = (role_id, title, holder, kind, duties, skills, sourcing, fte, email, "Berlin", notes)
    frozen = MappingProxyType(custom)
    plain = _outcome(
        lambda: Role(
            role_id,
            title,
            holder=holder,
            kind=kind,
            responsibilities=duties,
            skills=skills,
            sourcing=sourcing,
            fte=fte,
            email=email,
            location="Berlin",
            notes=notes,
            custom=frozen,
        )
    )
    fast = _outcome(lambda: Role.of(*fields, frozen))
    assert fast == plain
    if plain[0] == "role":
        made = Role.of(*fields, frozen)
        assert vars(made) == vars(plain[1][0])  # type: ignore[index]


_HEADER = ["id", "title", "name", "team", "responsibilities", "skills", "sourcing", "fte", "notes", "Kosten"]
_cell = st.one_of(
    st.sampled_from(["", " ", "x", "Leitung", "0,5", "1.5", "-2", "abc", "outsourced", "Freelance", "a; b", "'=1"]),
    st.text(max_size=6),
)


@given(role_id=_cell, cells=st.lists(_cell, min_size=len(_HEADER) - 1, max_size=len(_HEADER) - 1))
def test_a_tables_role_reader_reads_a_row_as_role_from_row_does(role_id: str, cells: list[str]) -> None:
    columns = match_columns(_HEADER, 1)
    row = [role_id, *cells]

    def outcome(read: object) -> tuple[str, object]:
        try:
            return "role", read()  # type: ignore[operator]
        except PlacedError as error:
            return "error", (error.where, str(error))

    expected = outcome(lambda: role_from_row(role_id, row, 7, columns))
    assert outcome(lambda: role_reader(columns)(role_id, row, 7)) == expected
