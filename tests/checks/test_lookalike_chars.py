"""lookalike-char: Kangxi radicals and compatibility ideographs standing for ordinary Han characters."""
from __future__ import annotations

from tests.checks.typography_kit import cols, found


def test_one_finding_per_line_names_each_lookalike_and_its_character() -> None:
    zh = ["请导⼊证书，再⽣成⽂件。", "这一句没有问题。"]
    en = ["Import the certificate, then generate the file.", "This sentence is fine."]
    fs = found(zh, en, "lookalike-char")
    assert len(fs) == 1
    f = fs[0]
    assert f.lang == "zh" and f.message == (
        "look-alike characters standing for ordinary Han characters: ⼊ (U+2F0A) for 入, ⽣ (U+2F63) for 生, "
        "⽂ (U+2F42) for 文; search, copy and term matching do not find the word")
    assert cols(fs, zh[0]) == ["⼊证书，再⽣成⽂"] and f.suggestion == "入证书，再生成文"


def test_ordinary_text_and_radicals_without_a_character_of_their_own_are_not_reported() -> None:
    zh = ["请导入证书，再生成文件。", "部首⻌表示行走。"]  # ⻌ (U+2ECC) stands for no one character: NFKC keeps it
    en = ["Import the certificate, then generate the file.", "The radical means walking."]
    assert found(zh, en, "lookalike-char") == []


def test_a_single_lookalike_is_named_in_the_singular() -> None:
    fs = found(["请使⽤证书。"], ["Use the certificate."], "lookalike-char")
    assert [f.message for f in fs] == ["look-alike character standing for ordinary Han character: ⽤ (U+2F64) for "
                                       "用; search, copy and term matching do not find the word"]


def test_a_radicals_supplement_form_nfkc_keeps_is_reported_and_read_as_its_character() -> None:
    fs = found(["销量持续增⻓。"], ["Sales kept growing."], "lookalike-char")
    assert [f.message for f in fs] == ["look-alike character standing for ordinary Han character: ⻓ (U+2ED3) for "
                                       "长; search, copy and term matching do not find the word"]
    assert fs[0].suggestion == "长"


def test_whole_character_forms_of_eat_meat_sun_and_spirit_are_reported() -> None:
    """review53 R3: ⻝ (CJK RADICAL EAT ONE) is drawn as 食 and stands for it; so ⺼ 月, ⺜ 日, ⺬ 示."""
    for text, plain in (("保障⻝品安全。", "食"), ("每⺼随访一次。", "月"), ("每⺜服药一次。", "日"),
                        ("结果显⺬疗效良好。", "示")):
        fs = found([text], ["Follow-up was done."], "lookalike-char")
        assert [f.suggestion for f in fs] == [plain], text
