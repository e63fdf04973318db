"""Glossary files: load, save and validate CSV, TSV, TBX and XLSX, chosen by file extension."""
from __future__ import annotations

import logging
import os
from types import ModuleType

from aligner.source import InputError
from glossary.model import Glossary, concept_problems

log = logging.getLogger(__name__)

EXTENSIONS = (".csv", ".tsv", ".tbx", ".xlsx")
"""File extensions understood (.xml is read as TBX too)."""


def _module(path: str) -> ModuleType:
    ext = os.path.splitext(str(path))[1].lower()
    if ext in (".csv", ".tsv", ".txt"):
        from glossary.formats import csv_tsv

        return csv_tsv
    if ext in (".tbx", ".xml"):
        from glossary.formats import tbx

        return tbx
    if ext == ".xlsx":
        from glossary.formats import xlsx

        return xlsx
    raise InputError(f"{path}: unknown glossary format {ext or '(no extension)'!r}; use .csv, .tsv, .tbx or .xlsx")


def load(path: str) -> Glossary:
    """Read and validate a glossary file; InputError names the file, line/row and field of the first problem."""
    concepts, where = _module(path).read(path)
    glossary = Glossary.build(concepts, str(path), where)
    log.debug("%s: %d concepts", path, len(glossary))
    return glossary


def save(glossary: Glossary, path: str) -> None:
    """Write a glossary in the format of the path's extension."""
    module = _module(path)
    try:
        module.write(glossary, path)
    except OSError as exc:
        raise InputError(f"{path}: cannot write ({exc.strerror})") from None


def validate(path: str) -> list[str]:
    """Every problem of a glossary file, one line each (an unreadable file gives its one problem)."""
    try:
        concepts, where = _module(path).read(path)
    except InputError as exc:
        return [str(exc)]
    return concept_problems(concepts, where, str(path))


def convert(src: str, dst: str) -> Glossary:
    """Load `src` and save it as `dst`; the format of each is chosen by its extension."""
    glossary = load(src)
    save(glossary, dst)
    return glossary
