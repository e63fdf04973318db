"""The `terms` command's library call: a draft glossary from one or many manuscripts.

`extract_file` is a pure function of (path, English path, settings) returning small, picklable
statistics, so an archive runner can map it over many files; `merge_files` joins them in order and
`draft` turns the merged statistics into concepts.
"""
from __future__ import annotations

import logging
from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from zhen_qa.checks.context import CheckContext
from zhen_qa.checks.discover import collect
from zhen_qa.checks.runner import Failure
from zhen_qa.glossary.discover.collect import FormStat, Stats
from zhen_qa.glossary.discover.draft import DraftEntry, build_draft
from zhen_qa.manuscript.document import Sentence

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class TermSettings:
    """Settings of a draft glossary run."""

    min_count: int = 2
    presplit: bool = False


@dataclass
class FileTerms:
    """The statistics of one manuscript; positions are keyed (path, line) with columns as offsets."""

    path: str
    stats: Stats


@lru_cache(maxsize=1)
def _tags() -> dict[str, str]:
    """jieba's part-of-speech tag of every dictionary word (loaded once)."""
    import jieba.posseg

    from zhen_qa.aligner.jieba_base import base_tokenizer

    return dict(jieba.posseg.POSTokenizer(base_tokenizer()).word_tag_tab)


def _rekey(table: dict[str, FormStat], sents: list[Sentence]) -> None:
    for stat in table.values():
        index, start, end = stat.first
        assert isinstance(index, int)
        loc = sents[index].text.location(start, end)
        key: Hashable = (loc.path, loc.line)
        stat.first = (key, loc.column, loc.end_column)


def extract_file(path: str, en_path: str | None = None, settings: TermSettings | None = None) -> FileTerms:
    """Read and align one manuscript and collect its form statistics (a pure function of its arguments)."""
    from zhen_qa.aligner.build import load_manuscript

    settings = settings or TermSettings()
    manuscript = load_manuscript(path, en_path, presplit=settings.presplit)
    ctx = CheckContext(manuscript)
    collector, zh_sents, en_sents = collect(ctx, _tags())
    stats = collector.stats
    _rekey(stats.zh, zh_sents)
    _rekey(stats.terms, zh_sents)
    _rekey(stats.en, en_sents)
    _rekey(stats.expansions, en_sents)
    return FileTerms(path, stats)


def merge_files(results: Sequence[FileTerms]) -> Stats:
    """One set of statistics from many files, in the order given."""
    merged = Stats()
    for r in results:
        merged.merge(r.stats)
    return merged


def draft(paths: Sequence[str], en_path: str | None = None, settings: TermSettings | None = None, *,
          jobs: int = 1, scheduler: str | None = None, failures: list[Failure] | None = None,
          skipped: list[tuple[str, str]] | None = None) -> list[DraftEntry]:
    """The draft glossary of the manuscripts at `paths` (files, folders or globs).

    Translations found by name (NAME.zh.md + NAME.en.md, zh/ + en/) are read as one; `jobs` and
    `scheduler` run the per-file extraction on a local or an existing Dask cluster, like `check`. With
    `failures`, a file that cannot be read is listed there and the draft is made from the others (as `check`
    goes on past one); without it, or when no file can be read, the first failure raises InputError. A file in
    other languages that a folder or pattern brought in is left out and listed in `skipped` as (path, why), as
    `check` does; named, it is a failure.
    """
    from zhen_qa.checks.jobs import collect_jobs
    from zhen_qa.checks.runner import run_ordered
    from zhen_qa.manuscript.errors import InputError

    settings = settings or TermSettings()
    tasks = [(j.path, j.en_path, settings) for j in collect_jobs(paths, en_path)]
    results: list[FileTerms] = []
    workers = jobs if len(tasks) > 1 else 1
    failed: list[Failure] = []
    named = set(paths)
    for (path, en, _settings), result in run_ordered(extract_file, tasks, jobs=workers, scheduler=scheduler):
        if isinstance(result, Failure) and result.skip and path not in named:  # found in a folder: skipped
            if skipped is not None:
                skipped.append((path, f"skipped: {result.skip}"))
            continue
        if isinstance(result, Failure):
            result = result.naming(path, en)
            if failures is None:
                raise InputError(result.message)
            failed.append(result)
            continue
        results.append(result)
    if failed and not results:
        raise InputError("; ".join(f.message for f in failed))
    if failures is not None:
        failures.extend(failed)
    return build_draft(merge_files(results), settings.min_count)
