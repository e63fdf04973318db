"""jieba's segmentation computed by the matcher: the same cuts and dictionary additions as jieba's own."""
from __future__ import annotations

from zhen_qa.glossary.match_zh import ZhMatcher
from zhen_qa.glossary.model import Concept, Glossary
from zhen_qa.glossary.zh_segment import MARGIN, MAX_WORD, Scan, add_words


def test_segmentation_is_jiebas_own(sample: Glossary) -> None:
    zh = sample.matchers().zh
    zh.find("分泌组")  # creates the private tokenizer
    tk = zh._jieba()
    for text in ("人类胚胎干细胞衍生的心脏祖细胞在减少心肌缺血损伤方面具有治疗潜力", "起初神创造天地", "肝病毒感染者"):
        tk.load_chars(text)  # the lazily filled dictionary: entries of these characters
        scan = Scan(text, tk.FREQ, tk.total)
        scan.segment(0, len(text))
        cuts = [0]
        for tok in tk.cut(text, HMM=False):
            cuts.append(cuts[-1] + len(tok))
        assert scan.bounds == cuts


def test_add_words_gives_jiebas_own_frequencies_and_total() -> None:
    """`add_words` computes jieba's `add_word` for Han words itself: same counts, prefixes and total, in order
    (later words segment over earlier ones), and jieba's own for words with Latin letters, digits or rarer Han."""
    from zhen_qa.aligner.jieba_base import private_tokenizer

    words = ["干细胞", "间充质干细胞", "胚胎干细胞分泌组", "分泌组", "再生医学", "MSC外泌体", "外泌体CD63",
             "㐀㐁细胞", "细胞外囊泡", "胞外囊泡", "囊泡", "肝病毒", "肝病", "干细胞", "骨髓间充质干细胞", "某某某某",
             "一一", "的的确确", "X射线", "中华人民共和国国务院"]
    ours, theirs = private_tokenizer(), private_tokenizer()
    add_words(ours, words)
    for w in words:
        theirs.add_word(w)
    assert ours.total == theirs.total
    keys = {w[:k] for w in words for k in range(1, len(w) + 1)}
    assert {k: ours.FREQ.get(k) for k in keys} == {k: theirs.FREQ.get(k) for k in keys}
    assert ours.FREQ["间充质干细胞"] != private_tokenizer().FREQ.get("间充质干细胞")  # the words were added


def test_scan_inside_word_and_covers() -> None:
    g = Glossary.build([Concept("liver", "肝病")])
    zh: ZhMatcher = g.matchers().zh
    zh.find("肝病")
    tk = zh._jieba()
    text = "肝病毒感染"
    tk.load_chars(text)  # the lazily filled dictionary: entries of these characters
    scan = Scan(text, tk.FREQ, tk.total)
    assert scan.inside_word(0) is False and scan.inside_word(len(text)) is False
    assert scan.inside_word(2) is True  # 病毒 starts at 1 and ends at 3
    assert scan.inside_word(1) is True  # 肝病 starts at 0 and ends at 2
    assert scan.covers(0, 1) is False  # nothing segmented yet
    scan.segment(0, len(text))
    assert scan.bounds[:2] == [0, 1] and scan.bounds[-1] == len(text)  # 肝|病毒...
    assert scan.covers(0, 5) is True  # the window is the whole text: no margin needed at either end
    long = "研究" * 20
    tk.load_chars(long)  # the lazily filled dictionary: entries of these characters
    scan = Scan(long, tk.FREQ, tk.total)
    scan.segment(4, 30)
    assert scan.covers(4 + MARGIN, 30 - MARGIN) is True
    assert scan.covers(4 + MARGIN - 1, 30 - MARGIN) is False
    assert scan.covers(4 + MARGIN, 30 - MARGIN + 1) is False


def test_unknown_characters_get_frequency_one() -> None:
    g = Glossary.build([Concept("x", "肝病")])
    zh = g.matchers().zh
    zh.find("肝病")
    tk = zh._jieba()
    tk.load_chars("㐀㐁")  # the lazily filled dictionary: entries of these characters
    scan = Scan("㐀㐁", tk.FREQ, tk.total)
    assert scan.words_at(0) == [(1, -scan.logtotal)]
    scan.segment(0, 2)
    assert scan.bounds == [0, 1, 2]


def _walk_inside(scan: Scan, b: int) -> bool:
    """inside_word's definition: some DAG entry starting within MAX_WORD before b ends after b."""
    return 0 < b < scan.n and any(scan.words_at(k)[-1][0] > b for k in range(max(0, b - MAX_WORD + 1), b))


def test_inside_word_shortcut_agrees_with_the_full_dag_walk() -> None:
    import random

    rng = random.Random(18)
    words = ["肝病", "病毒", "肝病毒", "干细胞", "细胞", "胚胎干细胞", "分泌组", "研究", "中", "和", "间充质干细胞"]
    freq: dict[str, int] = {}
    for w in words:  # prefix-closed like jieba's FREQ; one word deleted (frequency 0)
        for i in range(1, len(w)):
            freq.setdefault(w[:i], 0)
        freq[w] = 0 if w == "细胞" else rng.randint(1, 500)
    crossed = 0
    for _ in range(200):
        text = "".join(rng.choice(words + ["了", "X"]) for _ in range(rng.randint(1, 12)))
        fast, full = Scan(text, freq, 10_000), Scan(text, freq, 10_000)
        order = list(range(len(text)))
        rng.shuffle(order)  # some DAG entries exist before inside_word asks (segmented windows), some not
        for k in order[: len(order) // 3]:
            fast.words_at(k)
        got = [fast.inside_word(b) for b in range(len(text) + 1)]
        assert got == [_walk_inside(full, b) for b in range(len(text) + 1)]
        crossed += sum(got)
    assert crossed > 200  # words do cross many positions
