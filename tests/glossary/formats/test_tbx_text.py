"""tbx_text: which files and entries are read from the text, and the texts as an XML parser gives them."""
from __future__ import annotations

from pathlib import Path

import pytest

from zhen_qa.glossary.formats import tbx, tbx_text
from zhen_qa.glossary.formats.tbx_text import scan
from zhen_qa.glossary.formats.tbx_vocab import ROOTS
from zhen_qa.manuscript.errors import InputError

ENTRY = ('<termEntry id="e{n}"><langSet xml:lang="zh"><tig><term>分泌组</term></tig></langSet>'
         '<langSet xml:lang="en"><tig><term>{en}</term>'
         '<termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig></langSet></termEntry>\n')


def _doc(entries: str, head: str = '<?xml version="1.0" encoding="UTF-8"?>\n', root: str = "martif") -> str:
    return f"{head}<{root}><text><body>\n{entries}</body></text></{root}>\n"


def _read(tmp_path: Path, data: bytes) -> tuple[list[tuple[str, str, str, tuple[str, ...]]], list[str]]:
    path = tmp_path / "g.tbx"
    path.write_bytes(data)
    concepts, where, problems = tbx.read(str(path))
    return [(c.id, c.zh, c.en, c.details) for c in concepts], where + [str(p).split(": ", 1)[1] for p in problems]


@pytest.mark.parametrize(("data", "taken"), [
    (_doc(ENTRY.format(n=1, en="a")).encode(), True),
    (_doc(ENTRY.format(n=1, en="a"), head="").encode(), True),
    (b"\xef\xbb\xbf" + _doc(ENTRY.format(n=1, en="a")).encode(), True),
    (_doc(ENTRY.format(n=1, en="a"), head="<!-- export -->\n").encode(), True),
    (_doc(ENTRY.format(n=1, en="a")).replace("UTF-8", "GBK").encode("gbk"), False),
    (_doc(ENTRY.format(n=1, en="a")).encode("utf-16"), False),
    (_doc(ENTRY.format(n=1, en="a"), head='<!DOCTYPE martif SYSTEM "x.dtd">\n').encode(), False),
    (_doc(ENTRY.format(n=1, en="a").replace("<term>a", "<x:b/><term>a")).encode(), False),  # undeclared prefix
    (_doc(ENTRY.format(n=1, en="a"), root="glossary").encode(), False),
    (_doc(ENTRY.format(n=1, en="a <")).encode(), False),  # not well-formed
])
def test_which_files_are_read_from_the_text(data: bytes, taken: bool) -> None:
    assert (scan(data, ROOTS) is not None) is taken


def test_texts_as_a_parser_gives_them(tmp_path: Path) -> None:
    entries = (ENTRY.format(n=1, en="a &amp; b&#10;c &lt;d&gt; &#x4E2D;&#20013; &quot;&apos;")
               + ENTRY.format(n=2, en="  stem\n  cell\t").replace('id="e2"', "id='\te 2 '")
               + ENTRY.format(n=3, en="x\ty").replace('xml:lang="en"', "xml:lang='&#x65;n'")
               + ENTRY.format(n=4, en="<![CDATA[a<b]]>")  # not plain markup: parsed alone
               + ENTRY.format(n=5, en="").replace('id="e5"', 'id="e5" note="x"'))  # an empty term: parsed alone
    read, where = _read(tmp_path, _doc(entries).replace("\n", "\r\n").encode())  # CRLF: one line end each
    assert read == [("e1", "分泌组", "a & b c <d> 中中 \"'", ()), ("e 2", "分泌组", "stem cell", ()),
                    ("e3", "分泌组", "x\ty", ()), ("e4", "分泌组", "a<b", ()), ("e5", "分泌组", "", ())]
    assert where == ["line 3", "line 4", "line 6", "line 7", "line 8",
                     "line 8, field term: empty en term in concept 'e5'; skipped"]


def test_statuses_and_notes_from_the_plan(tmp_path: Path) -> None:
    entry = ('<termEntry><descrip type="definition">D.</descrip><langSet xml:lang="en">'
             '<descrip type="x-caseSensitive">true</descrip>'
             '<tig><term>WHO</term><termNote type="partOfSpeech">noun</termNote><note>n</note>'
             '<termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig>'
             '<tig><term>World Health Organization</term></tig></langSet></termEntry>\n')
    path = tmp_path / "g.tbx"
    path.write_text(_doc(entry), encoding="utf-8")
    (concept,), _where, problems = tbx.read(str(path))
    assert (concept.id, concept.en, concept.en_deprecated, concept.definition, concept.case_sensitive) == \
        ("c1", "World Health Organization", ("WHO",), "D.", True)
    assert concept.details == ("en 'WHO': partOfSpeech noun", "en 'WHO': note n")
    assert problems == []


def test_nested_entries_and_undeclared_prefixes_as_before(tmp_path: Path) -> None:
    nested = ENTRY.format(n=1, en="a").replace("</termEntry>", ENTRY.format(n=2, en="b") + "</termEntry>")
    read, _where = _read(tmp_path, _doc(nested).encode())
    assert [(cid, en) for cid, _zh, en, _d in read] == [("e1", "a"), ("e2", "b")]
    path = tmp_path / "g.tbx"
    path.write_text(_doc(ENTRY.format(n=1, en="a").replace("<term>a", "<x:b/><term>a")), encoding="utf-8")
    with pytest.raises(InputError, match=r"line 3: not well-formed XML \(.*prefix"):
        tbx.read(str(path))


def test_a_file_of_declined_entries_is_streamed_by_libxml2(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    entries = "".join(ENTRY.format(n=n, en=f"t{n}").replace("<langSet", "<!-- c --><langSet", 1) for n in range(70))
    path = tmp_path / "g.tbx"
    path.write_text(_doc(entries), encoding="utf-8")
    alone: list[bytes] = []
    real = tbx_text.etree.fromstring

    def counting(text: bytes, parser: object = None) -> object:
        if text.startswith(b"<termEntry"):
            alone.append(text)
        return real(text, parser)  # type: ignore[arg-type]

    monkeypatch.setattr(tbx_text.etree, "fromstring", counting)
    got = tbx.read(str(path))
    assert len(alone) == 63  # the 64th sent the whole file to libxml2's streaming reader
    with monkeypatch.context() as m:
        m.setattr(tbx, "scan", lambda data, roots: None)
        assert got == tbx.read(str(path))
    assert [c.en for c in got[0]][-1] == "t69" and got[1][-1] == "line 72"
