"""A Chinese term used as the verb of a result, said by the English verb the lexicon gives it (term-missing, Chinese
terms): 来转换为TableSchema = "to convert to TableSchema", 将文本数据转换为向量化表示 = "to convert text data into
vectorized representations", for 转换 listed "transform" (SeaTunnel's transform plugin).

为 or 成 right after a verb says what its object becomes (转换为, 转换成 "turn into"): the term stands there as a
general verb, not as the concept the glossary names, and the English says that verb by another of the lexicon's
senses of the Chinese word ("convert", "change"), followed by the "to" or "into" of the result within a few words. The
Chinese noun (使用转换处理数据: no 为 after it) or an English that says no such verb ("obtain data") leaves the term
missing; so does 转换成本 ("conversion cost", 成 opening another word).
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from zhen_qa.aligner.lexicon import stem

RESULT = ("为", "成")
"""The characters that make the verb before them say what its object becomes (转换为, 转换成)."""

NOT_RESULT = ("成本", "成员", "成功", "成果", "为了", "为止")
"""Words that open with a result character and say something else (转换成本 "conversion cost", 为了 "in order to")."""

BETWEEN = 6
"""Words the English may put between the verb and its "to" or "into" (convert text data into)."""


def result_verb_said(zh_forms: Iterable[str], en_forms: Iterable[str], zh_text: str, zh_end: int, en_text: str,
                     zh2en: Mapping[str, tuple[str, ...]]) -> bool:
    """Whether the Chinese hit ending at `zh_end` of `zh_text` is a verb of a result (为 or 成 right after it) and
    `en_text` says it by a lexicon gloss of a Chinese form that is no stem of the term's English forms, before "to" or
    "into" (see the module docstring)."""
    after = zh_text[zh_end:zh_end + 2]
    if after[:1] not in RESULT or after in NOT_RESULT:
        return False
    own = {stem(w) for f in en_forms for w in re.findall(r"[A-Za-z]+", f.lower())}
    verbs = {g for f in zh_forms for g in zh2en.get(f, ()) if g.isalpha() and len(g) >= 3} - own
    for m in re.finditer(r"[A-Za-z]+", en_text):
        if stem(m.group().lower()) in verbs \
                and re.match(rf"(?:\s+[A-Za-z-]+){{0,{BETWEEN}}}?\s+(?:to|into)\b", en_text[m.end():], re.I):
            return True
    return False
