"""TBX parsing (libxml2 through lxml): entity safety and the exact line of every entry and problem."""
from __future__ import annotations

from pathlib import Path

import pytest

from zhen_qa.glossary.formats import tbx
from zhen_qa.manuscript.errors import InputError

ENTRY = ('<{p}termEntry id="e{n}">\n  <langSet xml:lang="en"><tig><term>term {n}</term>'
         '<termNote type="administrativeStatus">{status}</termNote></tig></langSet>\n</{p}termEntry>\n')


def _tbx(entries: str, head: str = "", prefix: str = "") -> str:
    ns = ' xmlns:t="urn:example"' if prefix else ""
    return f'<?xml version="1.0" encoding="UTF-8"?>\n{head}<martif{ns}><text><body>\n{entries}</body></text></martif>\n'


def _read(tmp_path: Path, text: str, newline: str = "\n", encoding: str = "utf-8") -> tuple[list[str], list[str]]:
    path = tmp_path / "g.tbx"
    path.write_bytes(text.replace("\n", newline).encode(encoding))
    concepts, where, problems = tbx.read(str(path))
    return where, [str(p).replace(f"{path}: ", "") for p in problems]


def test_entry_lines_with_prefixes_comments_cdata_and_multiline_tags(tmp_path: Path) -> None:
    entries = (ENTRY.format(p="t:", n=1, status="preferred")
               + "<!-- <termEntry id='no'> -->\n<x><![CDATA[ <termEntry> ]]></x>\n"
               + ENTRY.format(p="", n=2, status="preferred").replace('<termEntry id="e2">', '<termEntry\n id="e2">')
               + ENTRY.format(p="t:", n=3, status="bogus"))
    where, problems = _read(tmp_path, _tbx(entries, prefix="t"))
    assert where == ["line 3", "line 8", "line 12"]
    assert problems == ["line 13, field administrativeStatus: unknown status 'bogus' of term 'term 3'; "
                        "taken as admitted"]


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_lines_are_counted_as_expat_counts_them(tmp_path: Path, newline: str) -> None:
    entries = "".join(ENTRY.format(p="", n=n, status="preferred" if n != 2 else "maybe") for n in range(3))
    where, problems = _read(tmp_path, _tbx(entries), newline)
    assert where == ["line 3", "line 6", "line 9"]
    assert problems == ["line 10, field administrativeStatus: unknown status 'maybe' of term 'term 2'; "
                        "taken as admitted"]


def test_lines_past_65535_are_exact(tmp_path: Path) -> None:
    """libxml2's own line numbers are approximate past 65,535; the reader counts them from the text."""
    n = 22_000  # three lines each
    entries = "".join(ENTRY.format(p="", n=k, status="preferred" if k != n - 1 else "maybe") for k in range(n))
    where, problems = _read(tmp_path, _tbx(entries), encoding="utf-16")
    assert where[-1] == f"line {3 + 3 * (n - 1)}"
    assert problems == [f"line {4 + 3 * (n - 1)}, field administrativeStatus: unknown status 'maybe' of term "
                        f"'term {n - 1}'; taken as admitted"]


def test_an_encoding_expat_lacks_is_read(tmp_path: Path) -> None:
    text = _tbx(ENTRY.format(p="", n=1, status="preferred").replace("term 1", "干细胞").replace(
        'xml:lang="en"', 'xml:lang="zh-CN"')).replace("UTF-8", "GBK")
    path = tmp_path / "g.tbx"
    path.write_bytes(text.encode("gbk"))
    concepts, where, problems = tbx.read(str(path))
    assert [c.zh for c in concepts] == ["干细胞"] and where == ["line 3"] and problems == []


def test_entities_of_an_unread_external_dtd_stand_for_nothing(tmp_path: Path) -> None:
    head = '<!DOCTYPE martif SYSTEM "TBXBasiccoreStructV02.dtd">\n'
    where, problems = _read(tmp_path, _tbx(ENTRY.format(p="", n=1, status="preferred").replace(
        "term 1", "stem &ext; cell"), head))
    concepts, _w, _p = tbx.read(str(tmp_path / "g.tbx"))
    assert [c.en for c in concepts] == ["stem cell"] and where == ["line 4"] and problems == []


@pytest.mark.parametrize("subset, line", [
    ('<!ENTITY a "x">', 3),  # any entity declaration, refused by expat where it is declared
    ('<!ENTITY c SYSTEM "file:///etc/passwd">', 3),
    # after a parameter entity it cannot read, expat reads no declaration: libxml2's subset is checked too
    ('%undeclared; <!ENTITY b "y">', 2),
])
def test_internal_subsets_with_entities_are_refused(tmp_path: Path, subset: str, line: int) -> None:
    path = tmp_path / "g.tbx"
    path.write_text(_tbx(ENTRY.format(p="", n=1, status="preferred"), f"<!DOCTYPE martif [\n{subset}\n]>\n"),
                    encoding="utf-8")
    with pytest.raises(InputError, match=rf"g.tbx: line {line}: refused unsafe XML"):
        tbx.read(str(path))
