"""Measures of the work a block of code does (CPU time, peak memory), for tests that bound it.

Wall-clock time is not such a measure: on a loaded machine it stretches without the code doing more (a bound of
3 s failed on a check that takes 0.6 s alone). CPU time counts only this process's work (all its threads), and
the peak of traced memory says whether a large input was read or inflated at all.
"""
from __future__ import annotations

import time
import tracemalloc
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass


@dataclass
class Work:
    """What a measured block did: CPU seconds of this process and the most bytes Python held at once."""

    cpu: float = 0.0
    peak: int = 0
    """0 unless the block was measured with `memory=True`."""


@contextmanager
def measured(memory: bool = False) -> Iterator[Work]:
    """Measure the block: `cpu` always, `peak` (tracemalloc, which slows allocation down) when `memory`."""
    work = Work()
    tracing = memory and not tracemalloc.is_tracing()
    if tracing:
        tracemalloc.start()
    elif memory:
        tracemalloc.reset_peak()
    start = time.process_time()
    try:
        yield work
    finally:
        work.cpu = time.process_time() - start
        if memory:
            work.peak = tracemalloc.get_traced_memory()[1]
        if tracing:
            tracemalloc.stop()
