"""tbx_flat: the one-pass reader of the common entry shape gives what the general walk gives, or declines."""
from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from lxml import etree

from zhen_qa.glossary.formats import tbx
from zhen_qa.glossary.formats.tbx_flat import read_flat
from zhen_qa.glossary.formats.tbx_tree import Lines

NOTES = ['<termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>',
         '<termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote>',
         '<termNote type="normativeAuthorization"> admitted </termNote>',
         '<termNote type="partOfSpeech">noun</termNote>', '<termNote type="definition">a d</termNote>',
         '<descrip type="x-caseSensitive">true</descrip>', '<note>see  also\n x</note>', '<admin>ignored</admin>',
         '<termNote>typeless</termNote>', '<note></note>']
ENTRY_NOTES = ['<descrip type="definition">Def.</descrip>', '<note>A note.</note>', '<admin type="source">ISO</admin>',
               '<descrip type="subjectField">medicine</descrip>', '<descrip type="x-caseSensitive">yes</descrip>',
               '<descrip type="usage note">Use it.</descrip>', '<xref>skipped</xref>']
TERMS = ["分泌组", "secretome", "  stem\n  cell ", "WHO", "幹細胞"]
LANGS = ['xml:lang="zh-CN"', 'xml:lang="en"', 'lang="EN-gb"', 'xml:lang="fr"', 'xml:lang="zh_Hant"']


def _holder(k: int, tag: str = "tig") -> str:
    notes = "".join(NOTES[(k * 3 + j) % len(NOTES)] for j in range(k % 4))
    return f"<{tag}><term>{TERMS[k % len(TERMS)]}</term>{notes}</{tag}>"


def _entries() -> list[str]:
    out = []
    for k, (n_sec, n_hold, n_notes) in enumerate(itertools.product(range(3), range(1, 4), range(3))):
        secs = []
        for s in range(n_sec):
            section_note = ENTRY_NOTES[(k + s) % len(ENTRY_NOTES)] if (k + s) % 3 == 0 else ""
            holders = "".join(_holder(k + s + h, "tig" if k % 2 else "termSec") for h in range(n_hold))
            secs.append(f"<langSet {LANGS[(k + s) % len(LANGS)]}>{section_note}{holders}</langSet>")
        notes = "".join(ENTRY_NOTES[(k + j) % len(ENTRY_NOTES)] for j in range(n_notes))
        out.append(f'<termEntry id="e{k}">{notes}\n  {"".join(secs)}</termEntry>')
    return out


def _walked(entry: etree._Element) -> tuple[object, ...]:
    terms, info = tbx._Reader("g.tbx", Lines([1], b"", [0])).walk(entry, "e", 0)
    return terms, info.notes, info.definitions, info.details, info.case_sensitive


@pytest.mark.parametrize("xml", _entries())
def test_flat_reading_equals_the_general_walk(xml: str) -> None:
    entry = etree.fromstring(xml)
    found = read_flat(entry)
    assert found is not None  # every entry here has the common shape
    terms, info = found
    assert (terms, info.notes, info.definitions, info.details, info.case_sensitive) == _walked(entry)


@pytest.mark.parametrize("xml", [
    '<termEntry><langSet xml:lang="en"><ntig><termGrp><term>a</term></termGrp></ntig></langSet></termEntry>',
    '<termEntry><langSet xml:lang="en"><term>bare</term></langSet></termEntry>',
    '<termEntry><languageGrp><language lang="EN"/><termGrp><term>a</term></termGrp></languageGrp></termEntry>',
    '<termEntry><descripGrp><descrip type="definition">d</descrip></descripGrp></termEntry>',
    '<termEntry><langSet xml:lang="en"><tig><term/></tig></langSet></termEntry>',
    '<termEntry><langSet xml:lang="en"><tig><termNote>no term</termNote></tig></langSet></termEntry>',
    '<termEntry><langSet xml:lang="en"><tig><term>a</term>'
    '<termNote type="administrativeStatus">maybe</termNote></tig></langSet></termEntry>',
    '<termEntry><langSet xml:lang="en"><tig><term>a <hi>b</hi></term></tig></langSet></termEntry>',
])
def test_other_shapes_are_left_to_the_general_walk(xml: str) -> None:
    assert read_flat(etree.fromstring(xml)) is None


def test_nested_entries_and_late_syntax_errors_are_read_as_one_tree(tmp_path: Path) -> None:
    inner = '<termEntry id="in"><langSet xml:lang="en"><tig><term>inner</term></tig></langSet></termEntry>'
    nested = ('<martif><text><body><termEntry id="out"><langSet xml:lang="zh"><tig><term>外</term></tig></langSet>'
              f'{inner}</termEntry></body></text></martif>')
    path = tmp_path / "g.tbx"
    path.write_text(nested, encoding="utf-8")
    concepts, _where, _problems = tbx.read(str(path))
    # in document order, the outer entry first; a section inside an inner element belongs to the outer entry too
    assert [(c.id, c.zh, c.en) for c in concepts] == [("out", "外", "inner"), ("in", "", "inner")]
    entries = "".join(f'<termEntry id="e{n}"><langSet xml:lang="en"><tig><term>t{n}</term></tig></langSet>'
                      "</termEntry>\n" for n in range(300))
    path.write_text(f"<martif><text><body>\n{entries}<termEntry></body></text></martif>\n", encoding="utf-8")
    with pytest.raises(Exception, match=r"line 302: not well-formed XML"):
        tbx.read(str(path))
