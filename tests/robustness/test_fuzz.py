"""Property-based tests: reader, segmenter, matchers and aligner never raise on arbitrary Unicode;
the aligner's beads always cover both sides monotonically; the CLI on random bytes exits 0, 1 or 2."""
from __future__ import annotations

import codecs
import os
import re
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from tests.robustness.conftest import run_cli
from zhen_qa.aligner.align import align
from zhen_qa.glossary.model import Concept, Glossary, TermStatus
from zhen_qa.glossary.zh_context import GRAMMATICAL
from zhen_qa.manuscript.errors import InputError
from zhen_qa.manuscript.segment import split_en, split_zh
from zhen_qa.manuscript.source import SourceText, decode
from zhen_qa.manuscript.structure import parse_blocks

SCALE = int(os.environ.get("ZHEN_QA_FUZZ_SCALE", "1"))
"""Multiply example counts for a longer bug hunt: ZHEN_QA_FUZZ_SCALE=20 pytest tests/robustness/test_fuzz.py"""
FAST = settings(max_examples=100 * SCALE, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SLOW = settings(max_examples=40 * SCALE, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Text biased towards what manuscripts hold: Han, Latin, digits, CJK and ASCII punctuation, newlines, odd spaces.
MANUSCRIPT_CHARS = st.one_of(
    st.sampled_from(list("分泌组间充质干细胞再生医学外泌体胞外囊泡肝病毒研究表明")),
    st.sampled_from(list("secretome stem cell Alzheimer's disease WHO")),
    st.sampled_from(list("。，、；：？！“”‘’（）《》【】……—.,;:?!\"'()[]^{}%0123456789")),
    st.sampled_from(["\n", "\r", "\t", "\u3000", "\u00a0", "\ufeff", "\u200b", " ", "#", "-", "*", "|"]),
    st.characters(codec="utf-8"),
)
MANUSCRIPT_TEXT = st.text(MANUSCRIPT_CHARS, max_size=400)


@FAST
@given(st.binary(max_size=2000))
def test_decode_raises_only_input_error(data: bytes) -> None:
    try:
        source = SourceText.from_bytes("m.md", data)
    except InputError as exc:
        assert "\n" not in str(exc) and str(exc).startswith("m.md: ")
        return
    assert "\r" not in source.text
    assert source.line_starts[0] == 0 and list(source.line_starts) == sorted(source.line_starts)


@FAST
@given(st.text(st.characters(codec="utf-8", exclude_characters="\x00"), max_size=300),
       st.sampled_from(["utf-8", "utf-8-sig", "utf-16-le-bom", "utf-16-be-bom"]))
def test_decode_round_trips_utf(text: str, encoding: str) -> None:
    data = {
        "utf-8": lambda: text.encode("utf-8"),
        "utf-8-sig": lambda: codecs.BOM_UTF8 + text.encode("utf-8"),
        "utf-16-le-bom": lambda: codecs.BOM_UTF16_LE + text.encode("utf-16-le"),
        "utf-16-be-bom": lambda: codecs.BOM_UTF16_BE + text.encode("utf-16-be"),
    }[encoding]()
    expected = text[1:] if encoding == "utf-8" and text.startswith("\ufeff") else text
    assert SourceText.from_bytes("m.md", data).text == SourceText.from_text("m.md", expected).text


@FAST
@given(st.text(st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF), min_size=4, max_size=200))
def test_decode_round_trips_gb18030_chinese(text: str) -> None:
    data = text.encode("gb18030")
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:  # these bytes are also valid UTF-8: ambiguous by nature, UTF-8 wins
        return
    assert decode(data) == text


@FAST
@given(MANUSCRIPT_TEXT)
def test_line_col_matches_the_original_lines(text: str) -> None:
    source = SourceText.from_text("m.md", text)
    body = text[1:] if text.startswith("\ufeff") else text  # one BOM is not counted; a second one is text
    original_lines = body.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    assert len(source.line_starts) == len(original_lines)
    for offset, ch in enumerate(source.text):
        line, col = source.line_col(offset)
        if ch != "\n":
            assert original_lines[line - 1][col - 1] == ch


@FAST
@given(MANUSCRIPT_TEXT)
def test_parse_blocks_never_raises_and_maps_into_the_source(text: str) -> None:
    source = SourceText.from_text("m.md", text)
    for block in parse_blocks(source):
        assert block.lang in ("zh", "en", "mixed")
        assert len(block.text.offsets) == len(block.text.text)
        assert all(0 <= o < max(len(source.text), 1) for o in block.text.offsets)
        loc = block.text.location()
        assert 1 <= loc.line <= loc.end_line <= len(source.line_starts)


def _check_spans(text: str, spans: list[tuple[int, int]]) -> None:
    prev = 0
    for start, end in spans:
        assert prev <= start < end <= len(text), spans
        assert not text[start].isspace() and not text[end - 1].isspace()
        prev = end
    covered = {i for s, e in spans for i in range(s, e)}
    assert all(i in covered for i, ch in enumerate(text) if not ch.isspace()), "segmenter dropped text"


@FAST
@given(MANUSCRIPT_TEXT)
def test_split_zh_gives_ordered_trimmed_spans_covering_the_text(text: str) -> None:
    _check_spans(text, split_zh(text))


@FAST
@given(MANUSCRIPT_TEXT)
def test_split_en_gives_ordered_trimmed_spans_covering_the_text(text: str) -> None:
    _check_spans(text, split_en(text))


TERM = st.text(MANUSCRIPT_CHARS, min_size=1, max_size=8).map(str.strip).filter(bool)


@st.composite
def glossaries(draw: st.DrawFn) -> Glossary:
    concepts = []
    for i in range(draw(st.integers(1, 6))):
        concepts.append(Concept(
            id=f"c{i}", zh=draw(TERM), en=draw(TERM),
            zh_admitted=tuple(draw(st.lists(TERM, max_size=2))),
            en_deprecated=tuple(draw(st.lists(TERM, max_size=2))),
            case_sensitive=draw(st.booleans()),
        ))
    try:
        return Glossary.build(concepts, "fuzz.csv")
    except InputError:
        assume(False)
        raise


@SLOW
@given(glossaries(), MANUSCRIPT_TEXT)
def test_matchers_never_raise_and_return_spans_inside_the_text(glossary: Glossary, text: str) -> None:
    zh, en = glossary.matchers()
    for matcher, lang in ((zh, "zh"), (en, "en")):
        prev_end = 0
        for m in sorted(matcher.find(text)):
            assert 0 <= m.start < m.end <= len(text), m
            assert m.start >= prev_end, "overlapping matches"
            prev_end = m.end
            concept = glossary.concept(m.concept_id)
            assert m.form in [t for t, _s, _f in concept.terms(lang)]


@SLOW
@given(glossaries(), st.data())
def test_matchers_find_a_preferred_term_standing_alone(glossary: Glossary, data: st.DataObject) -> None:
    """Each language's preferred term of any concept, alone in a text, is found exactly: one match over the
    whole term, of that concept (or of a homonym listing it too, with that concept among its `others`), and
    when no other concept lists it, its listed form and the preferred status (issue 13: homonyms)."""
    zh, en = glossary.matchers()
    concept = data.draw(st.sampled_from(glossary.concepts))
    if re.fullmatch(r"[\u4e00-\u9fff]+", concept.zh):  # a Han term (the fuzz alphabet also makes odd ones)
        found = zh.find(concept.zh)
        if concept.zh in GRAMMATICAL:  # issue 13: a one-character grammar word (再, 对) is never a term hit
            assert found == []
        else:
            assert [(m.start, m.end) for m in found] == [(0, len(concept.zh))]
            assert concept.id in found[0].concepts
            if not found[0].others:
                assert tuple(found[0]) == (0, len(concept.zh), concept.id, concept.zh, TermStatus.PREFERRED, ())
    if re.fullmatch(r"[A-Za-z']+(?: [A-Za-z']+)*", concept.en) and re.search("[A-Za-z]", concept.en):
        found_en = en.find(f" {concept.en} ")
        if len(concept.en) == 1:  # issue 13: a one-letter term is not the first word of a text ("A", "I")
            assert found_en == []
            return
        assert [(m.start, m.end) for m in found_en] == [(1, 1 + len(concept.en))]
        assert concept.id in found_en[0].concepts
        if not found_en[0].others:
            assert tuple(found_en[0]) == (1, 1 + len(concept.en), concept.id, concept.en, TermStatus.PREFERRED, ())


SENTENCES = st.lists(st.text(MANUSCRIPT_CHARS, max_size=60), max_size=8)


@SLOW
@given(SENTENCES, SENTENCES, st.integers(1, 4))
def test_aligner_output_is_a_monotone_cover(zh: list[str], en: list[str], max_side: int) -> None:
    beads = align(zh, en, max_side=max_side)
    zh_seen = [i for b in beads for i in b.zh]
    en_seen = [j for b in beads for j in b.en]
    assert zh_seen == list(range(len(zh))) and en_seen == list(range(len(en))), beads
    for b in beads:
        assert b.zh or b.en, "empty bead"
        assert len(b.zh) <= max_side and len(b.en) <= max_side, b
        assert list(b.zh) == list(range(b.zh[0], b.zh[0] + len(b.zh))) if b.zh else True
        assert list(b.en) == list(range(b.en[0], b.en[0] + len(b.en))) if b.en else True
        assert 0.0 <= b.score <= 1.0, b  # NaN fails too


def _assert_cli_ok(result: object) -> None:
    assert result.exit_code in (0, 1, 2), (result.exit_code, result.exception, result.stderr)  # type: ignore[attr-defined]
    assert "Traceback" not in result.output and "internal error" not in result.stderr, result.stderr  # type: ignore[attr-defined]
    if result.exit_code == 2:  # one "\n"-terminated line; control characters inside it: see test_control_characters_*
        assert result.stderr.strip("\n").count("\n") == 0, result.stderr  # type: ignore[attr-defined]


@SLOW
@given(st.one_of(st.binary(max_size=3000), MANUSCRIPT_TEXT.map(lambda t: t.encode("utf-8"))),
       st.sampled_from([".md", ".txt", ".docx"]))
def test_cli_on_random_bytes_exits_0_1_or_2_without_traceback(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"m{suffix}"
        path.write_bytes(data)
        _assert_cli_ok(run_cli("check", path, "--format", "json"))


@SLOW
@given(MANUSCRIPT_TEXT, MANUSCRIPT_TEXT, st.booleans())
def test_cli_two_file_mode_on_random_text(zh: str, en: str, presplit: bool) -> None:
    with tempfile.TemporaryDirectory() as folder:
        zh_path, en_path = Path(folder) / "zh.md", Path(folder) / "en.md"
        zh_path.write_text(zh, encoding="utf-8")
        en_path.write_text(en, encoding="utf-8")
        args = ["check", zh_path, "--en", en_path, "--format", "json"] + (["--presplit"] if presplit else [])
        _assert_cli_ok(run_cli(*args))


@SLOW
@given(st.binary(max_size=2000), st.sampled_from([".csv", ".tsv", ".tbx", ".xlsx"]))
def test_glossary_validate_on_random_bytes(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"g{suffix}"
        path.write_bytes(data)
        _assert_cli_ok(run_cli("glossary", "validate", path))
