"""The house supplement to CC-CEDICT (`aligner.lexicon.SUPPLEMENT`)."""
from __future__ import annotations

import gzip
import re
from pathlib import Path

import pytest

from zhen_qa.aligner import lexicon as L

TINY = """# tiny CC-CEDICT
手術 手术 [shou3 shu4] /(surgical) operation/surgery/
"""

SOURCES = ("MeSH", "CC-CEDICT", "汉英词典", "现代汉语词典", "重編國語辭典")
"""Published dictionaries and terminologies a row may cite (one at least): never a document or a benchmark set."""


def write_dict(path: Path, text: str) -> Path:
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        fh.write(text)
    return path


def write_supplement(path: Path, rows: str) -> Path:
    path.write_text("# simplified\tenglish\tsource\tnote\n" + rows, encoding="utf-8")
    return path


def test_a_supplement_row_adds_its_senses_in_both_directions(tmp_path: Path) -> None:
    rows = L.read_supplement(write_supplement(tmp_path / "s.tsv", "痰\tsputum/mucus (coughed up)\tMeSH\tsputum\n"))
    assert [(r.simplified, r.definitions, r.line) for r in rows] == [("痰", ("sputum", "mucus (coughed up)"), 2)]
    lex = L.build_lexicon(write_dict(tmp_path / "d.txt.gz", TINY), rows)
    assert lex.zh2en["痰"] == ("sputum", "mucus")
    assert "痰" in lex.en2zh["mucus"]
    without = L.build_lexicon(write_dict(tmp_path / "d.txt.gz", TINY), [])
    assert "痰" not in without.zh2en
    assert L.stem("surgical") not in without.zh2en["手术"]  # CC-CEDICT's "(surgical) operation" loses the qualifier
    assert L.stem("surgical") in L.build_lexicon(write_dict(tmp_path / "d.txt.gz", TINY)).zh2en["手术"]  # the house's


@pytest.mark.parametrize("row", [
    "痰\tsputum\tMeSH\n",  # a cell missing
    "痰\tsputum\t\tnote\n",  # an empty source
    "tan\tsputum\tMeSH\tnote\n",  # not a Chinese word
    "痰 液\tsputum\tMeSH\tnote\n",  # a space inside the word
    "痰\t/\tMeSH\tnote\n",  # no definition
])
def test_a_malformed_row_is_refused_with_its_line(tmp_path: Path, row: str) -> None:
    path = write_supplement(tmp_path / "s.tsv", "\n" + row)
    with pytest.raises(ValueError, match=r"s\.tsv:3:"):
        L.read_supplement(path)


def test_every_shipped_row_is_well_formed_sourced_and_new() -> None:
    """Each row cites a published dictionary or terminology, says why it is true, and gives a word a sense that
    CC-CEDICT's own entries for the word lack (else it is no supplement)."""
    rows = L.read_supplement()
    assert rows
    assert len({r.simplified for r in rows}) == len(rows)
    cedict: dict[str, set[str]] = {}
    words = {r.simplified for r in rows}
    with gzip.open(L.cedict_path(), "rt", encoding="utf-8") as fh:
        for line in fh:
            parts = line.split(" ", 2)
            if len(parts) == 3 and parts[1] in words:
                for definition in re.split(r"[/;]", parts[2].split("/", 1)[1]):
                    cedict.setdefault(parts[1], set()).update(L.gloss_stems(definition))
    for row in rows:
        assert any(s in row.source for s in SOURCES), row
        assert not re.search(r"heldout|benchmark|seen in|\bset\b", row.source + row.note, re.I), row
        assert len(row.note) >= 20, row
        new = {s for d in row.definitions for s in L.gloss_stems(d)} - cedict.get(row.simplified, set())
        assert new, f"{row.simplified}: CC-CEDICT has every sense of the row already"


CLAIM = re.compile(r"\((checked|unverified)\b[^()]*\)$")
"""How each claim of a row's `source` ends: whether it was checked against the work (and where) or could not be."""


def test_every_shipped_source_claim_says_whether_it_was_checked() -> None:
    """A row's provenance is a list of claims, and none passes for checked unless it was: each says "checked" with
    where, or "unverified"; and every row stands on at least one checked claim."""
    for row in L.read_supplement():
        claims = row.source.split("; ")
        unmarked = [c for c in claims if not CLAIM.search(c)]
        assert not unmarked, f"{row.simplified}: {unmarked}"
        assert any(CLAIM.search(c).group(1) == "checked" for c in claims), row.simplified  # type: ignore[union-attr]


def test_the_cache_is_keyed_by_the_supplement(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    src = write_dict(tmp_path / "d.txt.gz", TINY)
    monkeypatch.setattr(L, "cedict_path", lambda: src)
    monkeypatch.setenv("ZHENQA_CACHE_DIR", str(tmp_path / "cache"))
    first = L._cache_file()
    monkeypatch.setattr(L, "SUPPLEMENT", write_supplement(tmp_path / "s.tsv", "痰\tsputum\tMeSH\tthe word for it\n"))
    L.load_lexicon.cache_clear()
    try:
        assert L._cache_file() != first
        assert L.load_lexicon().zh2en["痰"] == ("sputum",)
    finally:
        L.load_lexicon.cache_clear()


def test_the_cache_is_keyed_by_what_the_lexicon_reads_of_the_supplement(tmp_path: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    # a source, a note or a comment edited: the same lexicon, so the same cache file (no rebuild); a sense edited:
    # another one
    src = write_dict(tmp_path / "d.txt.gz", TINY)
    monkeypatch.setattr(L, "cedict_path", lambda: src)
    monkeypatch.setenv("ZHENQA_CACHE_DIR", str(tmp_path / "cache"))

    def cache_file(name: str, rows: str) -> Path:
        monkeypatch.setattr(L, "SUPPLEMENT", write_supplement(tmp_path / name, rows))
        return L._cache_file()

    first = cache_file("a.tsv", "痰\tsputum/mucus\tMeSH (unverified)\tthe word for it\n")
    assert cache_file("b.tsv", "# a comment\n痰\tsputum/mucus\tMeSH D013183 (checked)\tthe everyday word\n") == first
    assert cache_file("c.tsv", "痰\tsputum\tMeSH (unverified)\tthe word for it\n") != first
    assert cache_file("d.tsv", "痰\tmucus/sputum\tMeSH (unverified)\tthe word for it\n") != first
    # a malformed file still has a checksum (the lexicon's build is what reports it)
    assert cache_file("e.tsv", "痰\tsputum\n") not in (first, cache_file("f.tsv", "痰\tmucus\n"))
