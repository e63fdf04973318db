"""The shared jieba dictionary: loaded once, private copies for user words, memoised cuts."""
from __future__ import annotations

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


def test_fast_cache_load_equals_jiebas_own_load() -> None:
    import jieba

    own = jieba.Tokenizer()
    own.initialize()
    assert base_tokenizer().FREQ == own.FREQ
    assert base_tokenizer().total == own.total
