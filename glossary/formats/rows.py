"""Flat term lists (CSV, TSV, XLSX): header and rows to concepts, with every repair recorded as a Problem."""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence

from zhen_qa.glossary.formats.headers import HeaderError, roles
from zhen_qa.glossary.langs import lang_of
from zhen_qa.glossary.model import Concept
from zhen_qa.glossary.problems import Problem
from zhen_qa.manuscript.errors import InputError
from zhen_qa.manuscript.plural import plural
from zhen_qa.manuscript.script import HAN_RUN_RE

COLUMNS = ("id", "zh", "en", "zh_admitted", "en_admitted", "zh_deprecated", "en_deprecated", "note")
"""The header written for a tabular glossary, in order; several terms in one cell are separated by `|`."""

_MULTI = ("zh_admitted", "en_admitted", "zh_deprecated", "en_deprecated")
_TERM_ROLES = ("zh", "en") + _MULTI
_TRUE = {"true", "yes", "y", "1", "x"}
_FALSE = {"false", "no", "n", "0", ""}
_ZH_LIST = re.compile(r"\s*[，；]\s*")
"""Full-width commas and semicolons separate alternatives in a Chinese cell, as `|` does, in a file whose own
convention is not `|` (`_zh_lists`): a saying such as 一不做，二不休 in this project's layout is one term."""
_HAN = HAN_RUN_RE  # only searched: whether a cell holds a Han character

Row = tuple[str, Sequence[str | None]]
"""(where the row is, "line 4" or "row 4"; its cells)."""


def read_table(name: str, rows: Iterable[Row], columns: Mapping[str, str] | None = None,
               check_width: bool = True) -> tuple[list[Concept], list[str], list[Problem]]:
    """Concepts of a table whose first non-empty row is the header; InputError when no term column is found."""
    problems: list[Problem] = []
    header: list[str] | None = None
    found: list[str] = []
    used: list[tuple[int, str]] = []  # (column index, role) of the columns read
    body: list[tuple[str, dict[str, list[str]]]] = []
    for at, raw in rows:
        cells = raw if isinstance(raw, list) and None not in raw else ["" if c is None else str(c) for c in raw]
        if not "".join(cells).strip():
            continue
        if header is None:
            while cells and not cells[-1].strip():
                cells.pop()
            header = cells
            try:
                found, notes = roles(header, columns)
            except HeaderError as exc:
                raise InputError(f"{name}: {at}: {exc}") from None
            problems += [Problem(name, at, "", "unknown-column", n) for n in notes]
            used = [(i, role) for i, role in enumerate(found) if role]
            continue
        if len(cells) > len(header) and any(c.strip() for c in cells[len(header):]):
            hint = " (quote a cell that contains the delimiter)" if check_width else ""  # a delimited file's slip
            problems.append(Problem(name, at, "", "row-width", f"{len(cells)} cells, the header has {len(header)} "
                                    f"columns; extra cells ignored{hint}"))
        elif check_width and len(cells) < len(header):
            problems.append(Problem(name, at, "", "row-width", f"{len(cells)} cells, the header has {len(header)} "
                                    "columns; missing cells taken as empty"))
        row: dict[str, list[str]] = {}
        n = len(cells)
        for i, role in used:
            if i < n and cells[i] and not cells[i].isspace():
                if role in row:
                    row[role].append(cells[i])
                else:
                    row[role] = [cells[i]]
        body.append((at, row))
    if header is None:
        raise InputError(f"{name}: line 1: empty file; expected a header row")
    source_is_zh = _source_is_zh(body) if "source" in found and "source_lang" not in found else None
    if source_is_zh is not None and body and not any(_HAN.search(c) for _at, row in body
                                                     for side in ("source", "target") for c in row.get(side, ())):
        raise InputError(f"{name}: no Chinese in the source and target columns (no cell has a Han character): "
                         "not a Chinese-English termbase")
    zh_lists = _zh_lists(found, body)
    concepts: list[Concept] = []
    where: list[str] = []
    skipped: Counter[str] = Counter()
    for at, row in body:
        if not _assign_languages(row, source_is_zh, skipped):
            continue
        concept = _concept(name, at, row, problems, zh_lists)
        if concept is not None:
            concepts.append(concept)
            where.append(at)
    if skipped:
        langs = ", ".join(f"{k} ({v})" for k, v in sorted(skipped.items()))
        problems.append(Problem(name, "", "", "other-language",
                                f"{plural(sum(skipped.values()), 'row')} not Chinese-English skipped: {langs}"))
    return concepts, where, problems


def _source_is_zh(body: Sequence[tuple[str, dict[str, list[str]]]]) -> bool:
    """True when the source column holds the Chinese (more of its cells have Han characters than the target's)."""
    score = 0
    for _at, row in body:
        score += sum(1 for c in row.get("source", ()) if _HAN.search(c))
        score -= sum(1 for c in row.get("target", ()) if _HAN.search(c))
    return score >= 0


def _zh_lists(found: Sequence[str], body: Sequence[tuple[str, dict[str, list[str]]]]) -> bool:
    """True when full-width commas and semicolons separate terms in the Chinese cells of a table: not in this
    project's layout (admitted and deprecated columns, `|` between terms, as `save` writes it), nor in a file that
    uses `|` in any term cell."""
    if any(role in _MULTI for role in found):
        return False
    return not any("|" in cell for _at, row in body for role, cells in row.items()
                   if role in _TERM_ROLES or role in ("source", "target") for cell in cells)


def _assign_languages(row: dict[str, list[str]], source_is_zh: bool | None, skipped: Counter[str]) -> bool:
    """Move source/target cells to zh/en; False (and counted) when the row's languages are not zh and en."""
    if "source" not in row and "target" not in row:
        return True
    if source_is_zh is None:
        src = lang_of("".join(row.pop("source_lang", [""])))
        tgt = lang_of("".join(row.pop("target_lang", [""])))
        if {src, tgt} != {"zh", "en"}:
            skipped[f"{src or '?'}-{tgt or '?'}"] += 1
            return False
    else:
        src, tgt = ("zh", "en") if source_is_zh else ("en", "zh")
    for side, lang in (("source", src), ("target", tgt)):
        if side in row:
            row.setdefault(lang, [])[:0] = row.pop(side)
    return True


def _split(cell: str) -> list[str]:
    return [p.strip() for p in cell.split("|")]


def _concept(name: str, at: str, row: dict[str, list[str]], problems: list[Problem],
             zh_lists: bool = True) -> Concept | None:
    """One concept from a row's cells by role (`zh_lists`: `，` and `；` separate Chinese terms, as `|` does);
    repairs are appended to `problems`."""
    terms: dict[str, list[str]] = {}
    for role in _TERM_ROLES:
        cells = row.get(role)
        if cells is None:
            terms[role] = []
            continue
        values: list[str] = []
        for cell in cells:
            if zh_lists and role.startswith("zh") and _ZH_LIST.search(cell):  # 饮食专家，营养专家: a list in one cell
                cell = _ZH_LIST.sub("|", cell)
            if "|" not in cell:
                values.append(cell.strip())
                continue
            parts = _split(cell)
            if any(not p for p in parts):
                problems.append(Problem(name, at, role, "empty-term", "empty term between '|' separators; skipped"))
            values += [p for p in parts if p]
        terms[role] = values
    for lang in ("zh", "en"):
        if len(terms[lang]) > 1:
            problems.append(Problem(name, at, lang, "several-preferred",
                                    f"{len(terms[lang])} preferred terms; the first kept as preferred, the others "
                                    "as admitted"))
            terms[f"{lang}_admitted"][:0] = terms[lang][1:]
            del terms[lang][1:]
    flag = " ".join(row["case_sensitive"]).strip().lower() if "case_sensitive" in row else ""
    if flag and flag not in _TRUE | _FALSE:
        problems.append(Problem(name, at, "case_sensitive", "bad-value",
                                f"expected true or false, got {flag!r}; taken as false"))
    ids = row.get("id")
    cid = (ids[0].strip() if len(ids) == 1 else " ".join(ids).strip()) if ids else f"c{at.rsplit(' ', 1)[-1]}"
    return Concept(
        id=cid,
        zh=terms["zh"][0] if terms["zh"] else "",
        en=terms["en"][0] if terms["en"] else "",
        zh_admitted=tuple(terms["zh_admitted"]),
        en_admitted=tuple(terms["en_admitted"]),
        zh_deprecated=tuple(terms["zh_deprecated"]),
        en_deprecated=tuple(terms["en_deprecated"]),
        note=" / ".join(c.strip() for c in row["note"]) if "note" in row else "",
        case_sensitive=flag in _TRUE,
        definition=" / ".join(c.strip() for c in row["definition"]) if "definition" in row else "",
        details=tuple(f"partOfSpeech {c.strip()}" for c in row["pos"]) if "pos" in row else (),
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
