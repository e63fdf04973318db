"""The tabular glossary layout shared by CSV, TSV and XLSX: columns, cells and rows to concepts."""
from __future__ import annotations

from collections.abc import Iterable, Sequence

from zhen_qa.glossary.model import Concept

COLUMNS = ("id", "zh", "en", "zh_admitted", "en_admitted", "zh_deprecated", "en_deprecated", "note")
"""The header of a tabular glossary, in order; several terms in one cell are separated by `|`."""

OPTIONAL_COLUMNS = ("case_sensitive",)
"""Extra columns understood: case_sensitive (true/false, yes/no, 1/0) for the English terms."""

REQUIRED_COLUMNS = ("id", "zh", "en")

_MULTI = ("zh_admitted", "en_admitted", "zh_deprecated", "en_deprecated")
_TRUE = {"true", "yes", "y", "1", "x"}
_FALSE = {"false", "no", "n", "0", ""}


class RowError(ValueError):
    """A problem in one cell or header: `field` names the column, the message says what is wrong."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


def check_header(header: Sequence[str]) -> list[str]:
    """The normalised column names; RowError on unknown, duplicate or missing required columns."""
    names = [h.strip().lower().lstrip("\ufeff") for h in header]
    known = set(COLUMNS) | set(OPTIONAL_COLUMNS)
    for name in names:
        if name not in known:
            raise RowError(name or "(empty)", f"unknown column {name!r}; expected {','.join(COLUMNS)}")
    seen: set[str] = set()
    for name in names:
        if name in seen:
            raise RowError(name, f"duplicate column {name!r}")
        seen.add(name)
    missing = [c for c in REQUIRED_COLUMNS if c not in seen]
    if missing:
        raise RowError(missing[0], f"missing column {missing[0]!r}; expected {','.join(COLUMNS)}")
    return names


def _split(value: str, field: str) -> tuple[str, ...]:
    value = value.strip()
    if not value:
        return ()
    parts = tuple(p.strip() for p in value.split("|"))
    if any(not p for p in parts):
        raise RowError(field, "empty term")
    return parts


def _cells(n: int) -> str:
    return f"{n} cell" if n == 1 else f"{n} cells"


def check_width(names: Sequence[str], cells: Sequence[str], delimiter: str = ",") -> None:
    """RowError unless a delimited-text row has exactly one cell per header column (sheets need not: they pad)."""
    if len(cells) < len(names):
        raise RowError(names[len(cells)], f"{_cells(len(cells))}, the header has {len(names)} columns; add the "
                       "missing cells (they may be empty)")
    if len(cells) > len(names):
        raise RowError(names[-1], f"{_cells(len(cells))}, the header has {len(names)} columns; remove the extra "
                       f"cells or put a cell containing {delimiter!r} in double quotes")


def concept_from_row(names: Sequence[str], cells: Sequence[str | None]) -> Concept:
    """One concept from the cells of a row under header `names`; RowError names the bad field."""
    if len(cells) > len(names) and any((c or "").strip() for c in cells[len(names):]):
        raise RowError(names[-1], f"{len(cells)} cells but {len(names)} columns")
    row = {name: ("" if i >= len(cells) or cells[i] is None else str(cells[i])) for i, name in enumerate(names)}
    cid = row.get("id", "").strip()
    if not cid:
        raise RowError("id", "empty id")
    for single in ("zh", "en"):
        if "|" in row.get(single, ""):
            raise RowError(single, f"one preferred term only; put alternatives in {single}_admitted")
    flag = row.get("case_sensitive", "").strip().lower()
    if flag not in _TRUE | _FALSE:
        raise RowError("case_sensitive", f"expected true or false, got {flag!r}")
    multi = {name: _split(row.get(name, ""), name) for name in _MULTI}
    return Concept(
        id=cid,
        zh=row.get("zh", "").strip(),
        en=row.get("en", "").strip(),
        note=row.get("note", "").strip(),
        case_sensitive=flag in _TRUE,
        **multi,
    )


def concept_to_row(c: Concept, with_case: bool) -> list[str]:
    """The cells of one concept under COLUMNS (plus case_sensitive when `with_case`)."""
    cells = [c.id, c.zh, c.en, "|".join(c.zh_admitted), "|".join(c.en_admitted),
             "|".join(c.zh_deprecated), "|".join(c.en_deprecated), c.note]
    if with_case:
        cells.append("true" if c.case_sensitive else "false")
    return cells


def header_for(concepts: Iterable[Concept]) -> tuple[list[str], bool]:
    """The header to write and whether it carries the case_sensitive column."""
    with_case = any(c.case_sensitive for c in concepts)
    return list(COLUMNS) + (["case_sensitive"] if with_case else []), with_case
