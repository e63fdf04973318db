"""Glossary files: load, save and validate CSV, TSV, TBX and XLSX, chosen by file extension."""
from __future__ import annotations

import logging
import os
from collections.abc import Mapping, Sequence
from types import ModuleType

from zhen_qa.glossary.model import Concept, Glossary
from zhen_qa.glossary.problems import Problem
from zhen_qa.glossary.tidy import tidy_located
from zhen_qa.manuscript.collector import collector_paused
from zhen_qa.manuscript.errors import InputError

log = logging.getLogger(__name__)

CACHE_SIZE_LIMIT = 128 * 2**20
"""Files larger than this are not hashed for the cache (the readers' own limits are at most this)."""
EXTENSIONS = (".csv", ".tsv", ".tbx", ".xlsx")
"""File extensions understood (.xml is read as TBX too)."""


TABLE_EXTENSIONS = (".csv", ".tsv", ".txt", ".xlsx")
"""Glossaries read as tables, whose term columns `--columns` may name (a TBX file says each term's language)."""


def is_table(path: str) -> bool:
    """Whether the glossary at `path` is read as a table (its columns can be named)."""
    return os.path.splitext(str(path))[1].lower() in TABLE_EXTENSIONS


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


def read(path: str, columns: Mapping[str, str] | None = None) -> tuple[list[Concept], list[str], list[Problem]]:
    """The concepts of one file as written, where each came from, and what the reader repaired."""
    if os.path.isdir(path):  # was "unknown glossary format '(no extension)'"
        raise InputError(f"{path}: is a folder, not a glossary file; give a .csv, .tsv, .tbx or .xlsx file")
    concepts, where, problems = _module(path).read(path, columns)
    return concepts, where, problems


def load(path: str, strict: bool = False, columns: Mapping[str, str] | None = None) -> Glossary:
    """Read a glossary file, repairing what can be (`Glossary.problems`); strict: any problem raises InputError.

    InputError also when the file cannot be read at all (not a glossary, no term column, unsafe XML).
    """
    with collector_paused():
        concepts, where, problems = read(path, columns)
        glossary = Glossary.build(concepts, str(path), where, strict=strict, problems=problems)
    log.debug("%s: %d concepts, %d problems", path, len(glossary), len(glossary.problems))
    return glossary


def load_many(paths: Sequence[str], strict: bool = False, columns: Mapping[str, str] | None = None) -> Glossary:
    """One glossary from several files: each is repaired alone, then ids repeated across files are renumbered.

    A term listed in two files is a homonym, as within one file. A file named twice (same real path) is read once.
    """
    unique: dict[str, str] = {}
    for p in paths:
        unique.setdefault(os.path.realpath(str(p)), str(p))
    files = list(unique.values())
    if not files or strict:  # --strict raises on the first problem: always read afresh
        return _load_many(files, strict, columns)
    from zhen_qa.glossary import cache

    key = cache.key_of(files, CACHE_SIZE_LIMIT, repr(sorted((columns or {}).items())))
    if key is not None:
        hit = cache.load(key, "glossary")
        if isinstance(hit, Glossary):
            object.__setattr__(hit, "cache_key", key)
            return hit
    glossary = _load_many(files, strict, columns)
    if key is not None:
        cache.save(key, "glossary", glossary)
        object.__setattr__(glossary, "cache_key", key)  # its matchers are cached under the same key
    return glossary


def _load_many(files: list[str], strict: bool = False, columns: Mapping[str, str] | None = None) -> Glossary:
    """`load_many` without the cache."""
    with collector_paused():
        return _merge_files(files, strict, columns)


def _merge_files(files: list[str], strict: bool = False, columns: Mapping[str, str] | None = None) -> Glossary:
    """One glossary of the files, each repaired alone."""
    if len(files) == 1:
        return load(files[0], strict, columns)
    concepts: list[Concept] = []
    where: list[str] = []
    problems: list[Problem] = []
    for name in files:
        file_concepts, file_where, file_problems = read(name, columns)
        kept, kept_at, repaired = tidy_located(file_concepts, file_where, name)
        problems += file_problems + repaired
        if strict and problems:
            raise InputError(f"{problems[0]}" + (f" (and {len(problems) - 1} more problems)"
                                                 if len(problems) > 1 else ""))
        concepts += kept
        where += [f"{name}: {w}" for w in kept_at]
    merged = Glossary.build(concepts, "", where, strict=strict, problems=problems)
    log.debug("%s: %d concepts", "+".join(files), len(merged))
    return Glossary(merged.concepts, "+".join(files), merged.problems)


def save(glossary: Glossary, path: str) -> None:
    """Write a glossary in the format of the path's extension, atomically (an interrupted write keeps the old file)."""
    from zhen_qa.report.atomic import write_atomic

    write_atomic(str(path), _module(path).to_bytes(glossary, str(path)))


def validate(path: str, columns: Mapping[str, str] | None = None) -> list[Problem]:
    """Every problem of a glossary file (InputError when it cannot be read at all)."""
    return list(load(path, columns=columns).problems)


def convert(src: str, dst: str, strict: bool = False, columns: Mapping[str, str] | None = None) -> Glossary:
    """Load `src` and save it as `dst`; the format of each is chosen by its extension."""
    glossary = load(src, strict, columns)
    save(glossary, dst)
    return glossary
