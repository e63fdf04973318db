"""Sentences inside the units of a CAT file: a unit of several sentences is aligned inside, positions in the file."""
from __future__ import annotations

from pathlib import Path

from translate.storage.xliff import xlifffile

from zhen_qa.aligner.build import default_align, load_manuscript
from zhen_qa.aligner.unit_sentences import _pieces, align_units
from zhen_qa.checks.run import Flags, check_file
from zhen_qa.manuscript.cat import read_cat

HEAD = ('<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">\n'
        ' <file original="a" source-language="{src}" target-language="{tgt}" datatype="plaintext"><body>\n')
TAIL = " </body></file>\n</xliff>\n"
OTHER_UNITS = (  # context: units of one sentence a side, as most of a file is
    ("c1", "本研究纳入了120名患者。", "This study enrolled 120 patients."),
    ("c2", "所有患者均签署了知情同意书。", "All patients signed informed consent."),
    ("c3", "随访时间为12个月。", "Follow-up lasted 12 months."),
)


def _xliff(tmp_path: Path, units: list[tuple[str, str, str]], src: str = "zh-CN", tgt: str = "en") -> Path:
    body = "".join(f'  <trans-unit id="{uid}">\n   <source>{s}</source>\n   <target>{t}</target>\n  </trans-unit>\n'
                   for uid, s, t in units)
    path = tmp_path / "f.xlf"
    path.write_text(HEAD.format(src=src, tgt=tgt) + body + TAIL, encoding="utf-8")
    return path


def _findings(path: Path) -> list[tuple[str, int, int, str, str]]:
    result = check_file(str(path), None, Flags())
    return [(f.rule, f.location.line, f.location.column, f.excerpt, dict(f.data).get("unit", ""))
            for f in result.findings]


def test_a_sentence_the_target_leaves_out_is_untranslated_at_its_place_in_the_unit(tmp_path: Path) -> None:
    unit = ("u1", "分泌组含有多种生长因子。间充质干细胞的分泌组可促进伤口愈合。",
            "The secretome contains many growth factors.")
    path = _xliff(tmp_path, [*OTHER_UNITS, unit])
    line = path.read_text(encoding="utf-8").splitlines().index(f"   <source>{unit[1]}</source>") + 1
    column = len("   <source>分泌组含有多种生长因子。") + 1
    assert _findings(path) == [("untranslated", line, column, "间充质干细胞的分泌组可促进伤口愈合。", "u1")]
    # the unit read is the unit translate-toolkit reads, only split into its sentences
    store = xlifffile.parsestring(path.read_bytes())
    ms = load_manuscript(str(path))
    by_id = {u.getid().split("\x04")[-1]: u for u in store.units}
    pair = next(p for p in ms.pairs if p.section == "u1")
    assert "".join(s.text.text for s in pair.zh) == by_id["u1"].source.replace(" ", "")
    assert [s.text.text for s in pair.en] == [by_id["u1"].target]
    assert [(b.zh, b.en) for b in pair.beads] == [((0,), (0,)), ((1,), ())]


def test_an_english_source_sentence_without_chinese_is_reported_in_an_en_zh_file(tmp_path: Path) -> None:
    unit = ("intro", "Save the file before you close it. Unsaved changes are lost when the window closes.",
            "关闭文件前请先保存。")
    context = [(uid, en, zh) for uid, zh, en in OTHER_UNITS]
    path = _xliff(tmp_path, [*context, unit], src="en-US", tgt="zh-CN")
    line = path.read_text(encoding="utf-8").splitlines().index(f"   <source>{unit[1]}</source>") + 1
    column = len("   <source>Save the file before you close it. ") + 1
    assert _findings(path) == [("untranslated", line, column, "Unsaved changes are lost when the window closes.",
                                "intro")]


def test_a_unit_translated_sentence_for_sentence_gives_no_finding(tmp_path: Path) -> None:
    unit = ("u2", "将该行设为注释。注释行不会显示在屏幕上。",
            "Comment this line out. Commented lines don't show up on screen.")
    path = _xliff(tmp_path, [*OTHER_UNITS, unit])
    assert _findings(path) == []
    pair = next(p for p in load_manuscript(str(path)).pairs if p.section == "u2")
    assert [(b.zh, b.en) for b in pair.beads] == [((0,), (0,)), ((1,), (1,))]


def test_an_untranslated_unit_of_several_sentences_is_one_finding(tmp_path: Path) -> None:
    unit = ("u3", "分泌组含有多种生长因子。间充质干细胞的分泌组可促进伤口愈合。", "")
    path = _xliff(tmp_path, [*OTHER_UNITS, unit])
    assert [f[0] for f in _findings(path)] == ["untranslated"]


def test_a_unit_whose_english_side_is_chinese_is_read_whole(tmp_path: Path) -> None:
    # a memory whose source variant holds a Chinese draft: its sentences are not set against the target's
    unit = ("u4", "与结构相似，类具有定义新类型的功能。下面是主要方面：",
            "与结构相似，类具有定义新类型的功能。下面是OOP的主要方面：")
    ms = align_units(read_cat(str(_xliff(tmp_path, [*OTHER_UNITS, unit]))), default_align())
    pair = next(p for p in ms.pairs if p.section == "u4")
    assert len(pair.zh) == 1 and len(pair.en) == 1


def test_a_search_that_leaves_a_sentence_alone_on_both_sides_keeps_the_unit_whole() -> None:
    from zhen_qa.aligner.unit_sentences import _plausible
    from zhen_qa.manuscript.document import Bead

    swapped = [Bead((), (0,), 0.6), Bead((0,), (), 0.5), Bead((1,), (1,), 0.7)]
    assert not _plausible(swapped, 2, 2)
    assert _plausible([Bead((0,), (0,), 0.7), Bead((1,), (), 0.8)], 2, 1)
    assert not _plausible([Bead((0,), (0,), 0.7), Bead((), (1,), 0.8)], 2, 1)


def test_pieces_without_words_or_cut_at_a_wrap_belong_to_the_sentence_beside_them() -> None:
    def pieces(text: str, lang: str) -> list[str]:
        return [text[a:b] for a, b in _pieces(text, lang)]

    assert pieces("The configuration folder will be used\ninstead.", "en") == [
        "The configuration folder will be used\ninstead."]  # a line break inside a unit is a wrap
    assert pieces("项目过滤器未更改。</u1>", "zh") == ["项目过滤器未更改。</u1>"]  # markup alone is no sentence
    assert pieces("按照 时:分:秒.厘秒 计时", "zh") == ["按照 时:分:秒.厘秒 计时"]  # a half-width stop inside Chinese
    assert pieces("做了题为“需要标签吗?”的演讲。", "zh") == ["做了题为“需要标签吗?”的演讲。"]  # a quoted title goes on
    assert pieces("他问“好吗？”我说好。", "zh") == ["他问“好吗？”", "我说好。"]  # a full-width mark ends one
    assert pieces("当窗口问“要退出吗?”时，按确定。", "zh") == ["当窗口问“要退出吗?”时，按确定。"]  # 时 goes on
    assert pieces("他说“好了吗?”，然后走了。", "zh") == ["他说“好了吗?”，然后走了。"]  # a comma goes on
    assert pieces("程序会问“要退出吗?”窗口关闭后数据会丢失。", "zh") == [  # a sentence added after the question
        "程序会问“要退出吗?”", "窗口关闭后数据会丢失。"]
    assert pieces("针对“?”，同时后面要跟着空格。", "zh") == ["针对“?”，同时后面要跟着空格。"]  # a comma goes on
    assert pieces("下载字典时发生错误。请再试一次。", "zh") == ["下载字典时发生错误。", "请再试一次。"]
    assert pieces("Done. Some fonts could not be copied.", "en") == ["Done.", "Some fonts could not be copied."]
