"""TBX as real tools export it: older martif, TBX v3, MultiTerm, localisation-platform glossaries."""
from __future__ import annotations

from pathlib import Path

from zhen_qa.glossary.formats import load
from zhen_qa.glossary.problems import counts

WEBLATE_LIKE = """<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX" xml:lang="en">
<text><body>
<termEntry id="1">
  <langSet xml:lang="en"><tig><term>workspace</term></tig></langSet>
  <langSet xml:lang="zh_Hans"><tig><term>工作区</term></tig></langSet>
</termEntry>
<termEntry id="1">
  <langSet xml:lang="en"><tig><term>Workspace</term></tig><tig><term>workspace </term></tig></langSet>
  <langSet xml:lang="zh-Hant"><tig><term>工作區</term></tig></langSet>
</termEntry>
<termEntry id="2">
  <langSet xml:lang="en"><tig><term>bad term</term>
    <termNote type="administrativeStatus">forbidden</termNote></tig></langSet>
  <langSet xml:lang="zh-TW"><tig><term/></tig></langSet>
</termEntry>
</body></text></martif>
"""

MULTITERM = """<?xml version="1.0" encoding="UTF-16"?>
<mtf>
  <conceptGrp>
    <concept>7</concept>
    <descripGrp><descrip type="Definition">A cell that can differentiate.</descrip></descripGrp>
    <languageGrp>
      <language type="English" lang="EN-US"/>
      <termGrp><term>stem cell</term>
        <descripGrp><descrip type="Part of Speech">noun</descrip></descripGrp></termGrp>
    </languageGrp>
    <languageGrp>
      <language type="Chinese" lang="ZH-CN"/>
      <termGrp><term>干细胞</term></termGrp>
      <termGrp><term>幹細胞</term></termGrp>
    </languageGrp>
    <languageGrp>
      <language type="Chinese" lang="ZH-HK"/>
      <termGrp><term>幹細胞</term></termGrp>
    </languageGrp>
  </conceptGrp>
</mtf>
"""

MARTIF_NTIG = """<?xml version="1.0"?>
<martif type="TBX-Default" xml:lang="en-US">
<text><body>
<termEntry id="e1">
  <descrip type="subjectField">medicine</descrip>
  <langSet xml:lang="en-GB">
    <ntig><termGrp><term>assay</term>
      <termNote type="partOfSpeech">noun</termNote>
      <termNote type="normativeAuthorization">preferredTerm</termNote></termGrp>
      <descrip type="definition">A test of a substance.</descrip></ntig>
    <ntig><termGrp><term>essay</term>
      <termNote type="normativeAuthorization">deprecatedTerm</termNote></termGrp></ntig>
  </langSet>
  <langSet xml:lang="ZH_cn"><ntig><termGrp><term>测定</term></termGrp></ntig></langSet>
  <langSet xml:lang="de"><ntig><termGrp><term>Test</term></termGrp></ntig></langSet>
</termEntry>
<termEntry id="e2">
  <langSet xml:lang="de"><ntig><termGrp><term>nur Deutsch</term></termGrp></ntig></langSet>
</termEntry>
</body></text></martif>
"""


def write(tmp_path: Path, text: str, name: str = "g.tbx", encoding: str = "utf-8") -> str:
    path = tmp_path / name
    path.write_text(text, encoding=encoding)
    return str(path)


def test_localisation_platform_export_loads_with_warnings(tmp_path: Path) -> None:
    g = load(write(tmp_path, WEBLATE_LIKE))
    assert [(c.id, c.zh, c.en, c.en_deprecated) for c in g.concepts] == [
        ("1", "工作区", "workspace", ()), ("1-2", "工作區", "Workspace", ()), ("2", "", "", ("bad term",))]
    assert counts(g.problems) == [("duplicate-id", 1), ("duplicate-term", 1), ("empty-term", 1)]
    problems = [str(p).replace(str(tmp_path) + "/", "") for p in g.problems]
    assert "g.tbx: line 15, field term: empty zh term in concept '2'; skipped" in problems
    assert "g.tbx: line 8, field id: duplicate id '1' (first at line 4); renumbered '1-2'" in problems


def test_homonyms_across_entries_share_matches(tmp_path: Path) -> None:
    g = load(write(tmp_path, WEBLATE_LIKE))
    (m,) = g.matchers().zh.find("打开工作区")
    assert (m.start, m.end, m.concept_id, m.others) == (2, 5, "1", ("1-2",))


def test_multiterm_export_folds_scripts_and_keeps_definition(tmp_path: Path) -> None:
    g = load(write(tmp_path, MULTITERM, "g.xml", encoding="utf-16"))
    (c,) = g.concepts
    assert (c.zh, c.zh_admitted, c.en) == ("干细胞", (), "stem cell")
    assert c.definition == "A cell that can differentiate."
    assert c.details == ("en 'stem cell': Part of Speech noun",)
    assert g.problems == ()


def test_martif_ntig_normative_authorization_and_notes(tmp_path: Path) -> None:
    g = load(write(tmp_path, MARTIF_NTIG))
    (c,) = g.concepts
    assert (c.id, c.en, c.en_deprecated, c.zh) == ("e1", "assay", ("essay",), "测定")
    assert c.definition == "en: A test of a substance."
    assert c.details == ("subjectField: medicine", "en 'assay': partOfSpeech noun")
    assert [(p.kind, p.message) for p in g.problems] == [
        ("no-zh-en", "1 entry has no Chinese or English term; skipped")]


CSV2TBX_LIKE = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE martif PUBLIC "ISO 12200:1999A//DTD MARTIF core (DXFcdV04)//EN" "TBXcdv04.dtd">
<martif type="TBX" xml:lang="en"><text><body>
<termEntry id="stem cell">
  <langSet xml:lang="en"><tig><term>stem cell</term></tig></langSet>
  <langSet xml:lang="xx"><tig><term>干细胞</term></tig></langSet>
</termEntry>
</body></text></martif>
"""


def test_a_termbase_without_any_chinese_term_says_so(tmp_path: Path) -> None:
    # translate-toolkit's csv2tbx tags the target `xx` when it is not told the language: no term is Chinese
    g = load(write(tmp_path, CSV2TBX_LIKE))
    assert [c.en for c in g.concepts] == ["stem cell"]
    (problem,) = g.problems
    assert problem.kind == "no-zh" and "no entry has a Chinese term" in problem.message
    g = load(write(tmp_path, CSV2TBX_LIKE.replace('"en"><tig>', '"fr"><tig>').replace('"xx"', '"zh-CN"')))
    assert [(c.zh, c.en) for c in g.concepts] == [("干细胞", "")]
    assert [p.kind for p in g.problems] == ["no-en"]
    assert load(write(tmp_path, CSV2TBX_LIKE.replace('"xx"', '"zh-CN"'))).problems == ()
    english_only = CSV2TBX_LIKE.replace('  <langSet xml:lang="xx"><tig><term>干细胞</term></tig></langSet>\n', "")
    assert load(write(tmp_path, english_only)).problems == ()  # a one-language list (a style list) tags no other
