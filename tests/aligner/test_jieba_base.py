"""The shared jieba dictionary: loaded once, private copies for user words, memoised cuts, rjieba on large texts."""
from __future__ import annotations

import re
from typing import Any

import pytest

from zhen_qa.aligner import jieba_base
from zhen_qa.aligner.jieba_base import base_tokenizer, cut, private_tokenizer


def test_cut_is_the_dictionary_only_segmentation() -> None:
    text = "干细胞分泌组在再生医学中的应用越来越多"
    assert cut(text) == tuple(base_tokenizer().lcut(text, HMM=False))
    assert cut(text) is cut(text)  # memoised


def test_private_tokenizer_does_not_leak_words_into_the_shared_one() -> None:
    private = private_tokenizer()
    private.add_word("分泌组学研究")
    assert "分泌组学研究" in private.lcut("分泌组学研究进展", HMM=False)
    assert "分泌组学研究" not in base_tokenizer().FREQ
    assert base_tokenizer() is base_tokenizer()


def _full_jieba() -> object:
    import jieba

    own = jieba.Tokenizer()
    own.initialize()
    return own


def test_dictionary_in_shards_equals_jiebas_own_load() -> None:
    own = _full_jieba()
    tok = private_tokenizer()
    assert tok.shards.whole() == own.FREQ  # type: ignore[attr-defined]
    assert tok.shards.size == len(own.FREQ)  # type: ignore[attr-defined]
    assert tok.total == own.total  # type: ignore[attr-defined]


def _fresh() -> Any:
    """A lazily filled tokenizer with nothing loaded yet."""
    tok = jieba_base._tokenizer_class()()
    tok.shards, tok.total = base_tokenizer().shards, base_tokenizer().total
    tok.FREQ, tok.loaded, tok.full, tok.initialized = {}, set(), False, True
    return tok


def test_past_full_after_the_whole_dictionary_is_loaded_and_added_words_keep_their_counts(
        monkeypatch: pytest.MonkeyPatch) -> None:
    own = _full_jieba()
    lazy = _fresh()
    for word in ("分泌组学研究", "歇息歇息"):
        lazy.add_word(word, 7)
        own.add_word(word, 7)  # type: ignore[attr-defined]
    monkeypatch.setattr(jieba_base, "FULL_AFTER", 30)
    lazy.load_chars(MIXED[0])  # past 30 characters and pairs: everything
    assert lazy.full and lazy.FREQ == own.FREQ and lazy.total == own.total  # type: ignore[attr-defined]
    lazy.load_chars("全新的文字")
    assert lazy.FREQ == own.FREQ  # type: ignore[attr-defined]


def test_load_chars_brings_every_entry_jieba_can_look_up_in_the_text() -> None:
    """Every substring of a text that is in jieba's dictionary (word or prefix) is in FREQ after load_chars(text),
    with jieba's frequency; nothing else is loaded but entries starting with the text's characters and pairs."""
    own = _full_jieba().FREQ  # type: ignore[attr-defined]
    tok = _fresh()
    text = "".join(MIXED)
    tok.load_chars(text)
    subs = {text[i:j] for i in range(len(text)) for j in range(i + 1, min(len(text), i + 12) + 1)}
    assert {s for s in subs if s in own} <= set(tok.FREQ)
    assert all(tok.FREQ[k] == own[k] and k[:2] in jieba_base.text_keys(text) for k in tok.FREQ)
    assert "分泌" in tok.FREQ and "泌组" not in own  # a pair of the text that starts no dictionary entry


def test_texts_loaded_in_turn_read_each_key_once_and_fill_freq_as_their_keys_do(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Sentences loaded one after another (a document's): each character and pair is asked of the store once,
    a text whose keys are all loaded asks nothing, and FREQ ends with the entries of every key's shard."""
    tok = _fresh()
    store = tok.shards
    asked: list[str] = []
    real = store.shard
    monkeypatch.setattr(store, "shard", lambda key: asked.append(key) or real(key))
    texts = [*MIXED, MIXED[0][:6], *MIXED]  # a part of a text and the same texts again bring nothing new
    for text in texts:
        tok.load_chars(text)
    keys = set().union(*(jieba_base.text_keys(t) for t in texts))
    assert sorted(asked) == sorted(keys) and tok.loaded == keys
    expected: dict[str, int] = {}
    for key in keys:
        expected.update(real(key) or {})
    assert tok.FREQ == expected


def test_lazily_filled_tokenizer_segments_and_adds_words_as_jieba() -> None:
    """Filled by character pairs as texts come, a tokenizer cuts as jieba's fully loaded one, and user words
    added in the same order get the same frequencies and total (the Chinese matcher relies on it)."""
    own = _full_jieba()
    lazy = _fresh()
    for word in ("分泌组学研究", "干细胞分泌组", "歇息歇息", "㐀㐁汉"):
        lazy.add_word(word)
        own.add_word(word)  # type: ignore[attr-defined]
        assert lazy.FREQ[word] == own.FREQ[word]  # type: ignore[attr-defined]
        assert lazy.total == own.total  # type: ignore[attr-defined]
    for text in MIXED + ["分泌组学研究进展与干细胞分泌组的应用"]:
        assert lazy.lcut(text, HMM=False) == own.lcut(text, HMM=False)  # type: ignore[attr-defined]
    assert all(lazy.FREQ[k] == own.FREQ[k] for k in lazy.FREQ)  # type: ignore[attr-defined]
    import jieba.posseg  # part-of-speech tagging walks the DAG itself

    text = "起初神创造天地。地是空虚混沌"
    assert list(jieba.posseg.POSTokenizer(lazy).cut(text, HMM=False)) == list(
        jieba.posseg.POSTokenizer(own).cut(text, HMM=False))
    assert len(lazy.FREQ) < len(own.FREQ) / 2  # type: ignore[attr-defined]  # only what the texts needed


MIXED = [
    "干细胞分泌组在再生医学中的应用越来越多。",
    "abc 中文 def12.5% 中国+C++和C#以及AT&T",
    "㐀㐁中文\u9fd6\u9fff漢字豈更，𠀀𠀁汉字",  # CJK extension A, beyond U+9FD5, compatibility, plane 2
    "  中  文  \r\n字\t词",
    "ＡＢＣ全角１２３、α-干扰素β受体；Ⅱ期临床试验e-mail地址a.b@c.d",
    "容我拿点水来，你们洗洗脚，在树下歇息歇息。",
]


def _dictionary_runs(step: int) -> list[str]:
    """Concatenations of three of jieba's dictionary words (every `step`-th word), Han only."""
    words = [w for w, f in base_tokenizer().shards.whole().items() if f and re.fullmatch("[\u4e00-\u9fd5]+", w)]
    words.sort()
    picked = words[::step]
    return ["".join(t) for t in zip(picked, picked[7:], picked[101:])]


def test_rjieba_gives_jiebas_tokens() -> None:
    """rjieba (the accelerator for large texts) must segment exactly as jieba, the reference."""
    rjieba = pytest.importorskip("rjieba")
    texts = MIXED + _dictionary_runs(50)
    assert len(texts) > 6000
    for text in texts:
        assert tuple(rjieba.cut(text, False)) == tuple(base_tokenizer().cut(text, HMM=False)), text


def test_cutter_switches_to_rjieba_after_enough_text_with_the_same_tokens(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("rjieba")
    monkeypatch.setattr(jieba_base, "FAST_AFTER", 40)
    cutter = jieba_base._Cutter()
    out = [cutter(t) for t in MIXED]
    assert cutter.fast  # switched once 40 characters were cut with jieba
    assert cutter.jieba_chars < sum(len(t) for t in MIXED)
    assert out == [tuple(base_tokenizer().cut(t, HMM=False)) for t in MIXED]


def test_cutter_told_of_a_long_text_uses_rjieba_from_its_first_character(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("rjieba")
    monkeypatch.setattr(jieba_base, "FAST_AFTER", 40)
    short = jieba_base._Cutter()
    short.expect(30)  # not past FAST_AFTER: jieba cuts
    assert short(MIXED[0]) == tuple(base_tokenizer().cut(MIXED[0], HMM=False)) and not short.fast
    cutter = jieba_base._Cutter()
    cutter.expect(sum(len(t) for t in MIXED))
    out = [cutter(t) for t in MIXED]
    assert cutter.fast and cutter.jieba_chars == 0
    assert out == [tuple(base_tokenizer().cut(t, HMM=False)) for t in MIXED]


def test_rjieba_tokens_share_one_string_per_word() -> None:
    pytest.importorskip("rjieba")
    cutter = jieba_base._Cutter()
    cutter.expect(jieba_base.FAST_AFTER + 1)
    first, second = cutter("干细胞的再生医学"), cutter("再生医学和干细胞")
    assert first == tuple(base_tokenizer().cut("干细胞的再生医学", HMM=False))
    assert second == tuple(base_tokenizer().cut("再生医学和干细胞", HMM=False))
    assert first[0] == second[-1] == "干细胞" and first[0] is second[-1]
def test_many_texts_cut_in_one_call_get_the_words_each_gets_alone() -> None:
    pytest.importorskip("rjieba")
    texts = [t for t in MIXED if "\n" not in t] + ["", "中", "abc", "12", " 文 "] + _dictionary_runs(500)
    cutter = jieba_base._Cutter()
    assert cutter.many(texts) is None  # jieba is the cutter: nothing cut in one call
    cutter.expect(jieba_base.FAST_AFTER + 1)
    assert cutter.many(texts) == [tuple(base_tokenizer().cut(t, HMM=False)) for t in texts]
    assert cutter.many(["中文", "文字\n"]) is None  # a newline inside a text: cut one by one
    assert jieba_base.cut_many(MIXED) == [jieba_base.cut(t) for t in MIXED]


def test_jiebas_hmm_loads_on_first_use_with_jiebas_own_results() -> None:
    """import_jieba leaves jieba.finalseg (the HMM) unbuilt until it is used; then it segments as plain jieba."""
    import subprocess
    import sys
    from pathlib import Path

    root = str(Path(__file__).resolve().parents[2])  # the checkout: `zhen_qa` is importable in the child
    text = "我来到北京清华大学，他来到了网易杭研大厦"
    ours = ("import sys\n"
            "from zhen_qa.aligner.jieba_base import import_jieba\n"
            "jieba = import_jieba()\n"
            "print('jieba.finalseg' in sys.modules, 'start_P' in vars(jieba.finalseg))\n"
            f"print(jieba.lcut({text!r}, HMM=True))\n"
            "print(type(jieba.finalseg) is type(sys), 'start_P' in vars(sys.modules['jieba.finalseg']))\n")
    plain = f"import jieba\nprint(jieba.lcut({text!r}, HMM=True))\n"
    run = [subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=root, check=True).stdout
           for code in (ours, plain)]
    first, cut, after = run[0].splitlines()
    assert first == "False False"  # neither imported nor built
    assert cut == run[1].strip() and "杭研" in cut  # the HMM joined a word the dictionary lacks
    assert after == "True True"


def test_jieba_imported_without_openssl_gets_the_same_md5_and_hashlib_stays_whole() -> None:
    """import_jieba gives jieba CPython's own md5 (hashlib, which loads OpenSSL, is not imported); a later
    `import hashlib` is the real module."""
    import subprocess
    import sys
    from pathlib import Path

    root = str(Path(__file__).resolve().parents[2])
    code = ("import sys\n"
            "from zhen_qa.aligner.jieba_base import import_jieba\n"
            "jieba = import_jieba()\n"
            "print('hashlib' in sys.modules, '_hashlib' in sys.modules)\n"
            "print(jieba.md5('词典'.encode()).hexdigest())\n"
            "import hashlib\n"
            "print(hashlib.md5('词典'.encode()).hexdigest(), hashlib.sha256(b'').hexdigest()[:8])\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=root, check=True).stdout
    imported, ours, real = out.splitlines()
    assert imported == "False False"
    assert real == f"{ours} e3b0c442"


def test_dictionary_cut_gives_jiebas_words() -> None:
    """The cut of a run of Han characters computed here (`dictionary_cut`) must be jieba's own `cut(HMM=False)`:
    on concatenations of dictionary words, on random strings of its characters (with characters it lacks, prefixes
    of frequency 0 and ties), and through the cutter, which takes it for such runs only."""
    import random

    own: Any = _full_jieba()
    freq, total = own.FREQ, own.total
    rng = random.Random(18)
    chars = sorted({c for w in list(freq)[::40] for c in w if jieba_base.JIEBA_HAN.fullmatch(c)}) + ["\u9fd0"]
    texts = _dictionary_runs(50) + ["".join(rng.choices(chars, k=rng.randint(1, 30))) for _ in range(3000)]
    texts += [r for t in MIXED for r in jieba_base.JIEBA_HAN.findall(t)] + ["一", "的的的的", "歇息歇息歇息"]
    assert all(jieba_base.JIEBA_HAN.fullmatch(t) for t in texts)
    assert "\u9fd0" not in freq and any(freq.get(t[i:i + 2]) == 0 for t in texts for i in range(len(t) - 1))
    for text in texts:
        assert jieba_base.dictionary_cut(text, freq, total) == tuple(own.cut(text, HMM=False)), text
    cutter = jieba_base._Cutter()
    for text in MIXED + ["干细胞分泌组", "起初神创造天地"]:
        assert cutter(text) == tuple(own.cut(text, HMM=False)), text


def test_a_words_part_of_speech_is_read_from_jiebas_dictionary() -> None:
    from zhen_qa.aligner.jieba_base import word_tag

    assert word_tag("卷烟") == "n" and word_tag("旨在") == "v" and word_tag("本文") == "r"
    assert word_tag("AT&T") == "nz"  # the file's first line
    assert word_tag("不在词典里的词") == "" and word_tag("卷") != word_tag("卷烟")


def test_tag_lookup_reads_the_dictionary_as_a_table_would() -> None:
    from zhen_qa.aligner.jieba_base import _dictionary_lines, word_tag

    lines = _dictionary_lines().decode("utf-8").splitlines()[1::997]  # every 997th entry
    table: dict[str, str] = {}
    for line in _dictionary_lines().decode("utf-8").splitlines():
        parts = line.split()
        if len(parts) == 3:
            table[parts[0]] = parts[2]  # the last line of a word wins
    words = [line.split()[0] for line in lines] + ["按照", "单独", "不是一个词的串", "", "一 个"]
    assert [word_tag(w) for w in words] == [table.get(w, "") for w in words]
    assert word_tag("按照") == "p"


def test_a_word_the_dictionary_lacks_has_no_tag_without_reading_the_file(monkeypatch: pytest.MonkeyPatch) -> None:
    from zhen_qa.aligner import jieba_base

    def unread() -> bytes:
        raise AssertionError("the dictionary file was read")

    monkeypatch.setattr(jieba_base, "_dictionary_lines", unread)
    assert jieba_base.word_tag.__wrapped__("乙乙乙乙乙") == ""


def test_a_dictionary_word_still_has_its_tag() -> None:
    from zhen_qa.aligner.jieba_base import word_tag

    assert word_tag.__wrapped__("吃饭") == "v"
    assert word_tag.__wrapped__("国家") == "n"
