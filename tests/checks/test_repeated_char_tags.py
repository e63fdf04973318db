"""Part-of-speech tags of words after a doubling: a word jieba's word table lacks is answered without reading its
dictionary file (whose search for a missing word reads all 5 MB)."""
from __future__ import annotations

import pytest

from zhen_qa.checks import repeated_char


def test_a_word_the_dictionary_lacks_has_no_tag_without_reading_the_file(monkeypatch: pytest.MonkeyPatch) -> None:
    def unread() -> bytes:
        raise AssertionError("the dictionary file was read")

    monkeypatch.setattr(repeated_char, "_dictionary_lines", unread)
    assert repeated_char._tag.__wrapped__("乙乙乙乙乙") == ""  # type: ignore[attr-defined]


def test_a_dictionary_word_still_has_its_tag() -> None:
    assert repeated_char._tag.__wrapped__("吃饭") == "v"  # type: ignore[attr-defined]
    assert repeated_char._tag.__wrapped__("国家") == "n"  # type: ignore[attr-defined]
