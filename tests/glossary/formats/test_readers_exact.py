"""TBX and CSV/TSV readers and writers on exact concepts, exact "where" lines and exact bytes."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from zhen_qa.glossary.formats import csv_tsv, tbx
from zhen_qa.glossary.model import Concept, Glossary
from zhen_qa.manuscript.errors import InputError

TBX = """<?xml version="1.0" encoding="UTF-8"?>
<tbx xmlns="urn:iso:std:iso:30042:ed:3.0">
  <text><body>
    <conceptEntry id=" sec ">
      <descrip type="definition">all secreted molecules</descrip>
      <note>kept as the note</note>
      <langSec xml:lang="ZH-cn">
    <termSec><term> 分泌组 </term><termNote type="administrativeStatus"> PreferredTerm-admn-sts </termNote></termSec>
    <termSec><term>分泌体</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></termSec>
    <termSec><term>分泌蛋白组</term></termSec>
      </langSec>
      <langSec lang="en-GB">
<termSec><term>secreted proteome</term><termNote type="administrativeStatus">admittedTerm-admn-sts</termNote></termSec>
    <termSec><term>secretome</term><termNote type="administrativeStatus">admittedTerm-admn-sts</termNote></termSec>
    <termSec><term>WHO</term><termNote type="x-caseSensitive">yes</termNote></termSec>
      </langSec>
      <langSec xml:lang="fr"><termSec><term>sécrétome</term></termSec></langSec>
    </conceptEntry>
    <conceptEntry>
      <descrip type="x-caseSensitive">1</descrip>
      <langSec xml:lang="en"><termSec><term>MSC</term></termSec></langSec>
    </conceptEntry>
    <conceptEntry id="">
      <descrip type="x-caseSensitive">no</descrip>
      <langSec xml:lang="zh"><termSec><term>干细胞</term></termSec></langSec>
    </conceptEntry>
  </body></text>
</tbx>
"""


def write(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_tbx_read_exact(tmp_path: Path) -> None:
    concepts, where, problems = tbx.read(write(tmp_path, "g.tbx", TBX))
    assert where == ["line 4", "line 19", "line 23"]
    assert problems == []
    assert concepts == [  # the definition and the note are kept apart (issue 13)
        Concept("sec", "分泌组", "secreted proteome", ("分泌蛋白组",), ("secretome", "WHO"), ("分泌体",), (),
                "kept as the note", True, "all secreted molecules"),
        Concept("c2", "", "MSC", case_sensitive=True),
        Concept("c3", "干细胞"),
    ]


SEC = Concept("sec", "分泌组", "secreted proteome", ("分泌蛋白组",), ("secretome", "WHO"), ("分泌体",), (),
              "kept as the note", True, "all secreted molecules")


@pytest.mark.parametrize(
    "old,new,message,repaired",
    [  # tolerant reading (issue 13): each defect is repaired, said exactly, and the rest of the file is kept
        ("<term>分泌体</term>", "<term>  </term>", "g.tbx: line 9, field term: empty zh term in concept 'sec'; skipped",
         {"zh_deprecated": ()}),
        ("<termSec><term>分泌蛋白组</term></termSec>", "<termSec></termSec>",
         "g.tbx: line 10, field term: <termSec> without <term> in concept 'sec'; skipped", {"zh_admitted": ()}),
        ("deprecatedTerm-admn-sts", "bogusTerm", "g.tbx: line 9, field administrativeStatus: unknown status "
         "'bogusTerm' of term '分泌体'; taken as admitted",
         {"zh_admitted": ("分泌体", "分泌蛋白组"), "zh_deprecated": ()}),
        ("<termSec><term>分泌体</term><termNote type=\"administrativeStatus\">deprecatedTerm-admn-sts",
         "<termSec><term>分泌体</term><termNote type=\"administrativeStatus\">preferredTerm-admn-sts",
         "g.tbx: line 4, field administrativeStatus: 2 preferred zh terms in concept 'sec'; the first kept as "
         "preferred, the others as admitted", {"zh_admitted": ("分泌体", "分泌蛋白组"), "zh_deprecated": ()}),
    ],
)
def test_tbx_problems_exact(tmp_path: Path, old: str, new: str, message: str, repaired: dict[str, object]) -> None:
    assert old in TBX
    concepts, where, problems = tbx.read(write(tmp_path, "g.tbx", TBX.replace(old, new, 1)))
    assert [str(p).replace(str(tmp_path) + "/", "") for p in problems] == [message]
    assert where == ["line 4", "line 19", "line 23"]
    assert concepts == [replace(SEC, **repaired), Concept("c2", "", "MSC", case_sensitive=True),
                        Concept("c3", "干细胞")]


def test_tbx_status_words_and_any_namespace(tmp_path: Path) -> None:
    text = TBX.replace("deprecatedTerm-admn-sts", "forbiddenTerm", 1).replace(
        "urn:iso:std:iso:30042:ed:3.0", "urn:example", 1)
    concepts, where, problems = tbx.read(write(tmp_path, "g.tbx", text))
    assert (concepts[0], problems) == (SEC, [])


@pytest.mark.parametrize(
    "old,new,message",
    [
        ("<tbx xmlns=\"urn:iso:std:iso:30042:ed:3.0\">", "<tbx xmlns=\"urn:iso:std:iso:30042:ed:3.0\"><x>",
         "g.tbx: line 28: not well-formed XML (mismatched tag: line 28, column 2)"),
        ("</body>", "</bodyy>", "g.tbx: line 27: not well-formed XML (mismatched tag: line 27, column 4)"),
    ],
)
def test_tbx_errors_exact(tmp_path: Path, old: str, new: str, message: str) -> None:
    assert old in TBX
    path = write(tmp_path, "g.tbx", TBX.replace(old, new, 1))
    with pytest.raises(InputError) as err:
        tbx.read(path)
    assert str(err.value).replace(str(tmp_path) + "/", "") == message


def test_martif_root_without_namespace(tmp_path: Path) -> None:
    text = '<martif><text><body><termEntry id="a"><langSet xml:lang="en"><tig><term>x</term></tig></langSet>' \
           "</termEntry></body></text></martif>"
    assert tbx.read(write(tmp_path, "m.tbx", text)) == ([Concept("a", en="x")], ["line 1"], [])
    with pytest.raises(InputError) as err:
        tbx.read(write(tmp_path, "x.tbx", "\n<glossary/>"))
    assert str(err.value) == (f"{tmp_path}/x.tbx: line 2: not a TBX file (root 'glossary'); "
                              "expected <tbx>, <martif> or a MultiTerm <mtf>")


def test_tbx_write_exact() -> None:
    g = Glossary.build([
        Concept("sec", "分泌组", "secretome", zh_deprecated=("分泌体",), en_admitted=("secreted proteome",),
                note="n & m"),
        Concept("who", en="WHO", case_sensitive=True),
    ])
    assert tbx.to_bytes(g, "x.tbx").decode("utf-8") == (
        "<?xml version='1.0' encoding='UTF-8'?>\n"
        '<tbx xmlns="urn:iso:std:iso:30042:ed-2" type="TBX-Basic" style="dca" xml:lang="en">\n'
        "  <tbxHeader>\n    <fileDesc>\n      <sourceDesc>\n        <p>zhen-qa glossary</p>\n"
        "      </sourceDesc>\n    </fileDesc>\n  </tbxHeader>\n"
        "  <text>\n    <body>\n"
        '      <conceptEntry id="sec">\n        <note>n &amp; m</note>\n'
        '        <langSec xml:lang="zh">\n'
        '          <termSec>\n            <term>分泌组</term>\n'
        '            <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>\n          </termSec>\n'
        '          <termSec>\n            <term>分泌体</term>\n'
        '            <termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote>\n          </termSec>\n'
        "        </langSec>\n"
        '        <langSec xml:lang="en">\n'
        '          <termSec>\n            <term>secretome</term>\n'
        '            <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>\n          </termSec>\n'
        '          <termSec>\n            <term>secreted proteome</term>\n'
        '            <termNote type="administrativeStatus">admittedTerm-admn-sts</termNote>\n          </termSec>\n'
        "        </langSec>\n      </conceptEntry>\n"
        '      <conceptEntry id="who">\n        <descrip type="x-caseSensitive">true</descrip>\n'
        '        <langSec xml:lang="en">\n'
        '          <termSec>\n            <term>WHO</term>\n'
        '            <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>\n          </termSec>\n'
        "        </langSec>\n      </conceptEntry>\n"
        "    </body>\n  </text>\n</tbx>\n"
    )


def test_csv_read_exact_with_blank_lines_and_multiline_cells(tmp_path: Path) -> None:
    text = ("\n id , zh ,en,note\n\n"
            'a,干细胞,stem cell,"two\nlines"\n'
            ",,,\n"
            "b,分泌组,secretome,\n")
    concepts, where, problems = csv_tsv.read(write(tmp_path, "g.csv", text))
    assert where == ["line 4", "line 7"]
    assert problems == []
    assert concepts == [Concept("a", "干细胞", "stem cell", note="two\nlines"), Concept("b", "分泌组", "secretome")]


@pytest.mark.parametrize(
    "name,first,delimiter",
    [("g.tsv", "id,zh,en", ","), ("g.tsv", "id\tzh,en", "\t"), ("G.TSV", "id", "\t"),
     ("g.csv", "id;zh;en", ";"), ("g.csv", "id\tzh\ten", "\t"), ("g.csv", "id\tzh,en", ","),
     ("g.csv", "id,zh,en", ","), ("g.txt", "id", ",")],
)
def test_delimiter_choice(  # sniffed from the header (issue 13); .tsv decides ties and headers without one
name: str, first: str, delimiter: str) -> None:
    assert csv_tsv._delimiter(name, first) == delimiter


def test_tsv_read_exact(tmp_path: Path) -> None:
    got = csv_tsv.read(write(tmp_path, "g.csv", "id\tzh\ten\na\t分泌组\tsecretome\n"))
    assert got == ([Concept("a", "分泌组", "secretome")], ["line 2"], [])


def test_csv_and_tsv_write_exact() -> None:
    g = Glossary.build([
        Concept("sec", "分泌组", "secretome", zh_deprecated=("分泌物", "分泌体"), note='a "b", c'),
        Concept("who", en="WHO", case_sensitive=True),
    ])
    csv_text = csv_tsv.to_bytes(g, "out.csv")
    assert csv_text.startswith(b"\xef\xbb\xbf")
    assert csv_text.decode("utf-8-sig") == (
        "id,zh,en,zh_admitted,en_admitted,zh_deprecated,en_deprecated,note,case_sensitive\n"
        'sec,分泌组,secretome,,,分泌物|分泌体,,"a ""b"", c",false\n'
        "who,,WHO,,,,,,true\n"
    )
    tsv_text = csv_tsv.to_bytes(Glossary.build([Concept("a", "干细胞", "stem cell")]), "OUT.TSV")
    assert tsv_text.decode("utf-8-sig") == (
        "id\tzh\ten\tzh_admitted\ten_admitted\tzh_deprecated\ten_deprecated\tnote\na\t干细胞\tstem cell\t\t\t\t\t\n"
    )


def test_quote_problem_locations() -> None:
    assert csv_tsv._quote_problem('a,"b\n', 1, ",") == (1, 1, "the quote that opens this cell is never closed; "
                                                                "add the closing quote")
    assert csv_tsv._quote_problem('x\na,"b"c\n', 2, ",")[:2] == (2, 1)
    assert csv_tsv._quote_problem('a,"b""c",d\n', 1, ",") is None
    assert csv_tsv._quote_problem('a\t"b\r\nc\r\nd', 1, "\t") == (1, 1, "the quote that opens this cell is never "
                                                                          "closed; add the closing quote")
    assert csv_tsv._quote_problem('a,"b\r\nc"x', 1, ",")[:2] == (2, 1)
    assert csv_tsv._quote_problem("a,b", 1, ",") is None
