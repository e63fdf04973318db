"""An English term the Chinese says by a word of its own that holds one character of the term's listed form
(term-missing, English terms): "the old version of the DatetimePicker" = 旧版的 DatetimePicker, "the new version of
the Picker component" = 新版 Picker 组件.

Chinese shortens a two-character noun to its first character at the end of a word (版 of 版本 in 旧版 "old version",
新版 "new version", 企业版 "enterprise version") or as a word of its own (源 of 源端 in 从源读取 "read from the
source", 拉 of 拉取 in 推和拉 "push and pull"), and the lexicon glosses that word with the English noun. Where the
Chinese of the bead has a word of one to four characters (a word of its segmentation, not characters across two
words: 来自|家中 holds 自家 "one's own family") that ends with the first character of a two-character listed form and
is glossed by the lexicon with the stem of a one-word English form, the term is said, shortened. A word glossed
otherwise (出版 "publish" for "version"), a synonym that merely shares a character (装设 "install" for 安装: another
word, not the form shortened), or a term of more than one English word keeps its finding. The English must say the
term no more times than the Chinese has such words: in 请联系客服 = "Restart the service, and contact customer
service", 客服 renders "customer service", and the first "service" (the dropped restart) has nothing.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping

from zhen_qa.aligner.jieba_base import cut
from zhen_qa.aligner.lexicon import en_stems
from zhen_qa.checks.zh_words import WORD_MAX


def short_word_said(zh_forms: Iterable[str], en_forms: Iterable[str], zh_text: str, said: int,
                    zh2en: Mapping[str, tuple[str, ...]]) -> bool:
    """Whether `zh_text` has words ending with (or being) the first character of a two-character Chinese form,
    glossed by `zh2en` with a one-word English form, at least `said` of them (the times the English says the term;
    see the module docstring)."""
    wanted = {s for f in en_forms if len(f.split()) == 1 for s in en_stems(f)}
    if not wanted:
        return False
    for form in zh_forms:
        if len(form) != 2:
            continue
        short = [word for word in cut(zh_text) if len(word) <= WORD_MAX and word.endswith(form[0])
                 and form not in word and not wanted.isdisjoint(zh2en.get(word, ()))]
        if short and said <= len(short):
            return True
    return False
