"""A Chinese term used as the verb of a result, said by the English verb the lexicon gives it (term-missing, Chinese
terms): 来转换为TableSchema = "to convert to TableSchema", 将文本数据转换为向量化表示 = "to convert text data into
vectorized representations", for 转换 listed "transform" (SeaTunnel's transform plugin).

为 or 成 right after a verb says what its object becomes (转换为, 转换成 "turn into"): the term stands there as a
general verb, not as the concept the glossary names, and the English says that verb by another of the lexicon's
senses of the Chinese word ("convert", "change"), followed by the "to" or "into" of the result within a few words. The
Chinese noun (使用转换处理数据: no 为 after it) or an English that says no such verb ("obtain data") leaves the term
missing; so does 转换成本 ("conversion cost", 成 opening another word). The English verb must render this Chinese verb
and its result: a sense another word of the Chinese sentence owns is that word's (切换到 "switch to"), and the words
after its to/into must say what the Chinese says after 为/成 (its Latin word: TableSchema, YAML; or a lexicon sense of
the Chinese word there: 向量化 "vectorized"). "将配置转换为 YAML 格式，然后切换到生产环境" said as "write the
configuration as a file and then switch to the production environment" drops the conversion: the term is missing.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping

from zhen_qa.aligner.lexicon import stem

RESULT = ("为", "成")
"""The characters that make the verb before them say what its object becomes (转换为, 转换成)."""

NOT_RESULT = ("成本", "成员", "成功", "成果", "为了", "为止")
"""Words that open with a result character and say something else (转换成本 "conversion cost", 为了 "in order to")."""

BETWEEN = 6
"""Words the English may put between the verb and its "to" or "into" (convert text data into)."""

OBJECT = 3
"""Words after the English "to" or "into" that may say the result before its word (into the vectorized ...)."""

_LATIN = re.compile(r"[A-Za-z][A-Za-z0-9_.\-]*")


def result_verb_said(zh_forms: Iterable[str], en_forms: Iterable[str], zh_text: str, zh_end: int, en_text: str,
                     zh2en: Mapping[str, tuple[str, ...]]) -> bool:
    """Whether the Chinese hit ending at `zh_end` of `zh_text` is a verb of a result (为 or 成 right after it) and
    `en_text` says it by a lexicon gloss of a Chinese form that is no stem of the term's English forms, before "to" or
    "into" (see the module docstring)."""
    after = zh_text[zh_end:zh_end + 2]
    if after[:1] not in RESULT or after in NOT_RESULT:
        return False
    own = {stem(w) for f in en_forms for w in re.findall(r"[A-Za-z]+", f.lower())}
    forms = tuple(zh_forms)
    verbs = {g for f in forms for g in zh2en.get(f, ()) if g.isalpha() and len(g) >= 3} - own \
        - _senses_of_others(zh_text, forms, zh2en)
    result = _result_said(zh_text[zh_end + 1:], zh2en)
    for m in re.finditer(r"[A-Za-z]+", en_text):
        to = re.match(rf"(?:\s+[A-Za-z-]+){{0,{BETWEEN}}}?\s+(?:to|into)\b", en_text[m.end():], re.I)
        if stem(m.group().lower()) in verbs and to and result(en_text[m.end() + to.end():]):
            return True
    return False


def _senses_of_others(zh_text: str, forms: tuple[str, ...], zh2en: Mapping[str, tuple[str, ...]]) -> set[str]:
    """The lexicon senses of the sentence's other two-character words (切换 "switch"): not this verb's rendering."""
    words = {zh_text[i:i + 2] for i in range(len(zh_text) - 1)}
    return {g for w in words if not any(w in f for f in forms) for g in zh2en.get(w, ())}


def _result_said(after: str, zh2en: Mapping[str, tuple[str, ...]]) -> Callable[[str], bool]:
    """Whether the English after "to"/"into" says the result the Chinese writes after 为/成 (`after`): its Latin word,
    or a word opening with a lexicon sense of the Chinese word there (向量化 → vector-ized), within `OBJECT` words."""
    rest = after.lstrip()
    latin = _LATIN.match(rest)
    senses = () if latin else tuple(g for n in (4, 3, 2) for g in zh2en.get(rest[:n], ()) if len(g) >= 3)

    def said(en_after: str) -> bool:
        words = [w.lower().rstrip(".") for w in re.findall(r"[A-Za-z][A-Za-z0-9_.\-]*", en_after)[:OBJECT + 1]]
        if latin:
            return latin.group().lower().rstrip(".") in words
        return any(w.startswith(g) for w in words for g in senses)
    return said
