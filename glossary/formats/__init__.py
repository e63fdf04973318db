"""Glossary files: load, save and validate CSV, TSV, TBX and XLSX, chosen by file extension."""
from __future__ import annotations

import logging
import os
from collections.abc import Sequence
from types import ModuleType

from zhen_qa.glossary.model import Concept, Glossary, concept_problems
from zhen_qa.manuscript.errors import InputError

log = logging.getLogger(__name__)

CACHE_SIZE_LIMIT = 128 * 2**20
"""Files larger than this are not hashed for the cache (the readers' own limits are at most this)."""
EXTENSIONS = (".csv", ".tsv", ".tbx", ".xlsx")
"""File extensions understood (.xml is read as TBX too)."""


def _module(path: str) -> ModuleType:
    ext = os.path.splitext(str(path))[1].lower()
    if ext in (".csv", ".tsv", ".txt"):
        from zhen_qa.glossary.formats import csv_tsv

        return csv_tsv
    if ext in (".tbx", ".xml"):
        from zhen_qa.glossary.formats import tbx

        return tbx
    if ext == ".xlsx":
        from zhen_qa.glossary.formats import xlsx

        return xlsx
    raise InputError(f"{path}: unknown glossary format {ext or '(no extension)'!r}; use .csv, .tsv, .tbx or .xlsx")


def load(path: str) -> Glossary:
    """Read and validate a glossary file; InputError names the file, line/row and field of the first problem."""
    concepts, where = _module(path).read(path)
    glossary = Glossary.build(concepts, str(path), where)
    log.debug("%s: %d concepts", path, len(glossary))
    return glossary


def load_many(paths: Sequence[str]) -> Glossary:
    """One glossary from several files: each is validated alone, then conflicts between files name both.

    A conflict reads "b.csv: line 3, field zh: term '分泌组' already belongs to concept 'a' (a.csv: line 2, field zh)".
    A file named twice (same real path) is read once; no paths give an empty glossary.
    """
    unique: dict[str, str] = {}
    for p in paths:
        unique.setdefault(os.path.realpath(str(p)), str(p))
    files = list(unique.values())
    if not files:
        return _load_many(files)
    from zhen_qa.glossary import cache

    key = cache.key_of(files, CACHE_SIZE_LIMIT)
    if key is not None:
        hit = cache.load(key, "glossary")
        if isinstance(hit, Glossary):
            object.__setattr__(hit, "cache_key", key)
            return hit
    glossary = _load_many(files)
    if key is not None:
        cache.save(key, "glossary", glossary)
        object.__setattr__(glossary, "cache_key", key)  # its matchers are cached under the same key
    return glossary


def _load_many(files: list[str]) -> Glossary:
    """`load_many` without the cache."""
    if len(files) == 1:
        return load(files[0])
    concepts: list[Concept] = []
    where: list[str] = []
    for name in files:
        file_concepts, file_where = _module(name).read(name)
        Glossary.build(file_concepts, name, file_where)  # problems inside one file name that file alone
        concepts += file_concepts
        where += [f"{name}: {w}" for w in file_where]
    merged = Glossary.build(concepts, "", where)
    log.debug("%s: %d concepts", "+".join(files), len(merged))
    return Glossary(merged.concepts, "+".join(files))


def save(glossary: Glossary, path: str) -> None:
    """Write a glossary in the format of the path's extension, atomically (an interrupted write keeps the old file)."""
    from zhen_qa.report.atomic import write_atomic

    write_atomic(str(path), _module(path).to_bytes(glossary, str(path)))


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
