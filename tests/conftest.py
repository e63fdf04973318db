"""Fixtures shared by the test packages."""
from __future__ import annotations

import pytest

from tests.glossaries import sample_concepts
from zhen_qa.glossary.model import Glossary


@pytest.fixture(scope="session")
def sample() -> Glossary:
    """A glossary built from `sample_concepts` (matchers are cached on it, so share it)."""
    return Glossary.build(sample_concepts(), "sample.csv")
