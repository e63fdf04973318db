"""Fixtures shared by the test packages."""
from __future__ import annotations

import logging
import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager

import pytest

from tests.glossaries import sample_concepts
from zhen_qa.glossary.model import Glossary


def pytest_configure(config: pytest.Config) -> None:
    """The suite keeps its lexicon, jieba and glossary caches in a folder of its own (kept between runs, so only
    the first run builds them), never in the user's cache; an explicit ZHENQA_CACHE_DIR is respected."""
    uid = os.getuid() if hasattr(os, "getuid") else 0
    os.environ.setdefault("ZHENQA_CACHE_DIR", os.path.join(tempfile.gettempdir(), f"zhen-qa-tests-{uid}"))


@pytest.fixture(autouse=True)
def _environment_restored() -> Iterator[None]:
    """Each test leaves `os.environ` as it found it: a library that sets variables for its own children (a Dask
    local cluster sets a worker's MALLOC_TRIM_THRESHOLD_) must not change the programs later tests start."""
    saved = dict(os.environ)
    yield
    if os.environ != saved:
        os.environ.clear()
        os.environ.update(saved)


@pytest.fixture(scope="session")
def sample() -> Glossary:
    """A glossary built from `sample_concepts` (matchers are cached on it, so share it)."""
    return Glossary.build(sample_concepts(), "sample.csv")


class _Keep(logging.Handler):
    """Keeps every record it is given."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture
def debug_messages() -> Iterator[Callable[[str], AbstractContextManager[list[str]]]]:
    """`with debug_messages("logger.name") as got:` collects that logger's messages at DEBUG level.

    It works without pytest's logging plugin (the suite runs with `-p no:logging`), unlike `caplog`.
    """

    @contextmanager
    def capture(name: str) -> Iterator[list[str]]:
        logger, handler, got = logging.getLogger(name), _Keep(), []
        level = logger.level
        logger.addHandler(handler)
        logger.setLevel(logging.DEBUG)
        try:
            yield got
        finally:
            logger.removeHandler(handler)
            logger.setLevel(level)
            got += [r.getMessage() for r in handler.records]

    yield capture
