"""Check a whole archive: results streamed to an output folder as they arrive, resumable.

The per-file task is `checks.run.check_file(path, en_path, flags)`, run by `checks.runner.run_ordered`
(in process, on a local Dask cluster with `jobs`, or on an existing cluster with `scheduler`); the driver
writes each result with `report.archive.ArchiveWriter` and keeps only a small summary per file.
"""
from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass

from zhen_qa.checks.jobs import Job, collect_jobs
from zhen_qa.checks.run import Flags, check_file, run_signature, warm_glossary_cache
from zhen_qa.checks.runner import Failure, run_ordered
from zhen_qa.report.archive import ArchiveWriter, FileSummary, job_key


@dataclass(frozen=True)
class ArchiveRun:
    """What an archive run did: one summary per file (in path order), and how many were reused."""

    files: tuple[FileSummary, ...]
    resumed: int
    skipped: tuple[tuple[str, str], ...] = ()
    """(path, why) of the files a folder or pattern brought in that were skipped (other languages)."""

    @property
    def failed(self) -> tuple[FileSummary, ...]:
        """Files that could not be checked."""
        return tuple(s for s in self.files if s.error)


def run_archive(
    paths: Sequence[str],
    out_dir: str,
    flags: Flags | None = None,
    *,
    en_path: str | None = None,
    jobs: int = 1,
    scheduler: str | None = None,
    resume: bool = False,
    progress: Callable[[Iterable[FileSummary], int], Iterable[FileSummary]] | None = None,
) -> ArchiveRun:
    """Check every manuscript under `paths`, writing results into `out_dir` as they arrive."""
    flags = flags or Flags()
    results = os.path.realpath(out_dir)  # an earlier run's results (aligned.tmx) are no manuscript to check
    job_list = [j for j in collect_jobs(paths, en_path)
                if os.path.commonpath([os.path.realpath(j.path), results]) != results]
    signature = run_signature(flags, [j.path for j in job_list])
    writer = ArchiveWriter(out_dir)
    keys = {j: job_key(tuple(p for p in j if p), signature) for j in job_list}
    done: dict[str, FileSummary] = {}
    if resume:
        for job, key in keys.items():
            stored = writer.manifest(key)
            if stored is not None:
                done[job.path] = stored
    todo = [(j.path, j.en_path, flags) for j in job_list if j.path not in done]

    workers = jobs if len(todo) > 1 else 1
    if workers > 1 or scheduler:
        warm_glossary_cache((path for path, _en, _flags in todo), flags)

    named, skipped = set(paths), []

    def stream() -> Iterator[FileSummary]:
        for (path, en, _flags), result in run_ordered(check_file, todo, jobs=workers, scheduler=scheduler):
            key = keys[Job(path, en)]
            if isinstance(result, Failure) and result.skip and path not in named:
                skipped.append((path, f"skipped: {result.skip}"))
                continue
            if isinstance(result, Failure):
                yield writer.fail(path, en, key, result.naming(path, en).message)
            else:
                yield writer.add(result, key)

    fresh = list(progress(stream(), len(todo)) if progress else stream())
    summaries = sorted([*done.values(), *fresh], key=lambda s: s.path)
    writer.finish(summaries, signature)
    return ArchiveRun(tuple(summaries), len(done), tuple(skipped))
