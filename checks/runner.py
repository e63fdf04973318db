"""Run one task per manuscript, in this process or on a Dask cluster, and stream results back in order.

One code path for every scale: `run_ordered(fn, items)` calls `fn(*item)` for each item and yields
`(item, result)` in the items' order. With `jobs > 1` it starts a local Dask cluster of that many worker
processes; with `scheduler` it connects to an existing one (`dask scheduler`, `dask worker ADDRESS`). At
most `window` tasks are in flight, so memory is bounded by what is in flight, not by the archive.
A task that raises is a `Failure` for its item and the run goes on; a worker that dies has its tasks
rescheduled by Dask (up to its `allowed-failures`), after which the item is a `Failure` too.
"""
from __future__ import annotations

import collections
import gc
import itertools
import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from typing import Any, TypeVar

from zhen_qa.manuscript.errors import InputError

log = logging.getLogger(__name__)
T = TypeVar("T")
R = TypeVar("R")


@dataclass(frozen=True)
class Failure:
    """Why one item could not be processed; `bad_input` is True for unusable input (exit code 2)."""

    message: str
    bad_input: bool = True
    skip: str = ""
    """Why a file a folder or pattern brought in is skipped instead (`OtherLanguages.skip`), else ""."""

    def naming(self, path: str, *others: str | None) -> Failure:
        """This failure with its message naming `path` when it names none of the item's files (a RecursionError's
        "input too deeply nested to process" names no file, and a run of many files must say which one)."""
        if any(p and self.message.startswith(f"{p}:") for p in (path, *others)):
            return self
        return replace(self, message=f"{path}: {self.message}")


GC_THRESHOLD = (50_000, 20, 10)
"""Cyclic-GC thresholds for a run: it keeps large long-lived tables (lexicon, jieba's dictionary, glossary
indexes) that the collector would otherwise traverse again and again (about 1 s of the Bible alignment)."""



NO_HTTP_PORT = {"dashboard_address": ":0"}
"""The scheduler's keywords for a local cluster: with the dashboard off, distributed still serves its HTTP routes
(health, metrics) on port 8787, and where that port is taken (a notebook's cluster, a second run) it prints "Port 8787
is already in use … Hosting the HTTP server on port N instead" to the user's stderr; any free port serves them."""


def tune_gc() -> None:
    """Apply GC_THRESHOLD to this process (the command line's, and each Dask worker's on its first task)."""
    if gc.get_threshold() != GC_THRESHOLD:
        gc.set_threshold(*GC_THRESHOLD)


def call(fn: Callable[..., R], item: tuple[Any, ...]) -> R | Failure:
    """`fn(*item)`, with an exception turned into a Failure (this is the task that runs on a worker)."""
    tune_gc()
    try:
        return fn(*item)
    except InputError as exc:
        return Failure(str(exc), skip=getattr(exc, "skip", ""))
    except RecursionError:
        return Failure("input too deeply nested to process")
    except MemoryError:
        return Failure("out of memory on the worker: the input is too large; split it")
    except Exception as exc:  # noqa: BLE001 - one file's internal error must not stop the archive
        return Failure(f"internal error ({type(exc).__name__}: {exc})", bad_input=False)


def run_ordered(
    fn: Callable[..., R],
    items: Iterable[T],
    *,
    jobs: int = 1,
    scheduler: str | None = None,
    window: int | None = None,
) -> Iterator[tuple[T, R | Failure]]:
    """Yield `(item, fn(*item) or Failure)` for each item, in order, locally or on Dask."""
    if scheduler is None and jobs <= 1:
        for item in items:
            yield item, call(fn, tuple(item))  # type: ignore[arg-type]
        return
    from dask.distributed import Client, LocalCluster

    cluster = None
    if scheduler is not None:
        try:
            client = Client(scheduler, timeout="30s")
        except ValueError as exc:  # distributed's parse of the address: "missing port number in address 'x'"
            raise InputError(f"--scheduler {scheduler}: {exc}; give the address `dask scheduler` prints, such as "
                             "tcp://HOST:8786") from None
    else:
        cluster = LocalCluster(n_workers=jobs, threads_per_worker=1, processes=True, host="127.0.0.1",
                               dashboard_address=None, silence_logs=logging.ERROR,
                               scheduler_kwargs=NO_HTTP_PORT)
        client = Client(cluster)
    try:
        workers = max(1, len(client.scheduler_info().get("workers", {})) or jobs)
        limit = window or 2 * workers
        source = iter(items)
        pending: collections.deque[tuple[T, Any]] = collections.deque()

        def submit(item: T) -> None:
            pending.append((item, client.submit(call, fn, tuple(item), pure=False)))  # type: ignore[arg-type]

        for item in itertools.islice(source, limit):
            submit(item)
        while pending:
            item, future = pending.popleft()
            try:
                result = future.result()
            except Exception as exc:  # noqa: BLE001 - a worker that kept dying (KilledWorker) or a lost connection
                result = Failure(f"the task failed on the cluster ({type(exc).__name__}: {exc})", bad_input=False)
            future.release()
            nxt = next(source, None)
            if nxt is not None:
                submit(nxt)
            yield item, result
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
