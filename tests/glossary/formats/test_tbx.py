from __future__ import annotations

from pathlib import Path

import pytest

from tests.glossaries import sample_concepts
from tests.measure import measured
from zhen_qa.glossary.formats import load, save
from zhen_qa.glossary.model import Glossary
from zhen_qa.manuscript.errors import InputError

V3 = """<?xml version="1.0" encoding="UTF-8"?>
<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="{ns}">
  <text><body>
    <conceptEntry id="sec">
      <note>all secreted molecules</note>
      <langSec xml:lang="zh-CN">
        <termSec><term>分泌组</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec>
        <termSec><term>分泌物</term><termNote type="administrativeStatus">supersededTerm-admn-sts</termNote></termSec>
        <termSec><term>分泌体</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></termSec>
      </langSec>
      <langSec xml:lang="en">
        <termSec><term>secretome</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec>
        <termSec><term>secreted proteome</term><termNote type="administrativeStatus">admittedTerm-admn-sts</termNote></termSec>
      </langSec>
    </conceptEntry>
  </body></text>
</tbx>
"""

MARTIF = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE martif SYSTEM "TBXBasiccoreStructV02.dtd">
<martif type="TBX-Basic" xml:lang="en">
  <text><body>
    <termEntry id="sc">
      <langSet xml:lang="zh"><tig><term>干细胞</term></tig></langSet>
      <langSet xml:lang="en"><tig><term>stem cell</term>
        <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>
        <ntig><termGrp><term>SC</term></termGrp></ntig></langSet>
    </termEntry>
  </body></text>
</martif>
"""


def write(tmp_path: Path, text: str, name: str = "g.tbx") -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


@pytest.mark.parametrize("ns", ["urn:iso:std:iso:30042:ed-2", "urn:iso:std:iso:30042:ed:3.0"])
def test_reads_tbx_v3_namespaces(tmp_path: Path, ns: str) -> None:
    g = load(write(tmp_path, V3.replace("{ns}", ns)))
    c = g.concept("sec")
    assert c.zh == "分泌组" and c.zh_deprecated == ("分泌物", "分泌体")  # superseded = deprecated
    assert c.en == "secretome" and c.en_admitted == ("secreted proteome",)
    assert c.note == "all secreted molecules"


def test_reads_tbx_basic_2008_martif(tmp_path: Path) -> None:
    c = load(write(tmp_path, MARTIF)).concept("sc")
    assert c.zh == "干细胞"  # no status: the first term is taken as preferred
    assert c.en == "stem cell" and c.en_admitted == ("SC",)


def test_round_trip_tbx_csv_xlsx(tmp_path: Path) -> None:
    g = Glossary.build(sample_concepts())
    save(g, str(tmp_path / "a.tbx"))
    from_tbx = load(str(tmp_path / "a.tbx"))
    save(from_tbx, str(tmp_path / "b.csv"))
    from_csv = load(str(tmp_path / "b.csv"))
    save(from_csv, str(tmp_path / "c.xlsx"))
    from_xlsx = load(str(tmp_path / "c.xlsx"))
    save(from_xlsx, str(tmp_path / "d.tbx"))
    assert {from_tbx.checksum, from_csv.checksum, from_xlsx.checksum, load(str(tmp_path / "d.tbx")).checksum} == {
        g.checksum}
    assert (tmp_path / "a.tbx").read_bytes() == (tmp_path / "d.tbx").read_bytes()
    assert b"urn:iso:std:iso:30042:ed-2" in (tmp_path / "a.tbx").read_bytes()


def test_xxe_to_a_local_file_is_refused(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET", encoding="utf-8")
    xxe = V3.replace("{ns}", "urn:iso:std:iso:30042:ed-2").replace(
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE tbx [<!ENTITY xxe SYSTEM "file://{secret}">]>',
    ).replace("<term>分泌组</term>", "<term>&xxe;</term>")
    with pytest.raises(InputError, match="refused unsafe XML") as err:
        load(write(tmp_path, xxe))
    assert "TOP-SECRET" not in str(err.value)
    assert str(err.value).startswith(f"{tmp_path / 'g.tbx'}: line 2: refused unsafe XML")
    assert str(err.value).endswith("remove the <!DOCTYPE> declaration: TBX needs no DTD")
    assert "Forbidden" not in str(err.value)  # no exception class names


def test_billion_laughs_is_refused_quickly(tmp_path: Path) -> None:
    ents = ['<!ENTITY lol0 "lol">'] + [f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10}">' for i in range(1, 10)]
    bomb = ('<?xml version="1.0"?>\n<!DOCTYPE tbx [' + "".join(ents) + ']>\n'
            '<tbx xmlns="urn:iso:std:iso:30042:ed-2"><text><body><conceptEntry id="a"><langSec xml:lang="en">'
            '<termSec><term>&lol9;</term></termSec></langSec></conceptEntry></body></text></tbx>')
    with measured() as work, pytest.raises(InputError, match="refused unsafe XML"):
        load(write(tmp_path, bomb))
    assert work.cpu < 1.0, work


_STATUS_LINE = ("preferredTerm-admn-sts</termNote></termSec>\n        <termSec><term>分泌物</term><termNote "
                "type=\"administrativeStatus\">supersededTerm")


@pytest.mark.parametrize("edit, expected", [
    ((_STATUS_LINE, _STATUS_LINE.replace("supersededTerm", "preferredTerm")),
     "line 4, field administrativeStatus: 2 preferred zh terms in concept 'sec'; the first kept as preferred"),
    (("deprecatedTerm-admn-sts", "maybeTerm-admn-sts"),
     "line 9, field administrativeStatus: unknown status 'maybeTerm-admn-sts' of term '分泌体'; taken as admitted"),
    (("<term>分泌体</term>", "<term> </term>"), "line 9, field term: empty zh term in concept 'sec'; skipped"),
    (("<term>secreted proteome</term>", "<term>Secretome </term>"),
     "line 4, field en_admitted: term 'Secretome' in concept 'sec': same term as 'secretome'; merged"),
])
def test_problems_in_tbx_are_repaired_or_errors_when_strict(tmp_path: Path, edit: tuple[str, str],
                                                            expected: str) -> None:
    text = V3.replace("{ns}", "urn:iso:std:iso:30042:ed-2")
    old, new = edit
    assert old in text
    path = write(tmp_path, text.replace(old, new))
    assert [str(p).replace(path + ": ", "") for p in load(path).problems][0].startswith(expected)
    with pytest.raises(InputError, match=expected.split(";")[0]):
        load(path, strict=True)


@pytest.mark.parametrize("edit, expected", [
    (("</body>", "</bodyx>"), r"line 16: not well-formed XML"),
    (("<tbx ", "<glossary "), r"not a TBX file"),
])
def test_unreadable_tbx(tmp_path: Path, edit: tuple[str, str], expected: str) -> None:
    text = V3.replace("{ns}", "urn:iso:std:iso:30042:ed-2")
    old, new = edit
    text = text.replace(old, new).replace("</tbx>", "</glossary>") if old == "<tbx " else text.replace(old, new)
    with pytest.raises(InputError, match=expected):
        load(write(tmp_path, text))


def test_any_namespace_is_read(tmp_path: Path) -> None:
    assert load(write(tmp_path, V3.replace("{ns}", "urn:example:other"))).concept("sec").en == "secretome"


