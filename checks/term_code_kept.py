"""A term kept in the Chinese as code: documentation's Chinese names the object an English term describes by the
code that names it (只有在 `upstream` 被请求时 / "when the upstream is hit", 在[`Route`](route.md)上 / "on Route"), or
writes the Chinese term itself inside a code span as emphasis (转换为一个文本列表的 `迭代器` / "into an iterator").
The reader sees the term either way; a code span is no prose, so neither the matcher nor the presence tests see its
content (the prose view holds one placeholder for it, `manuscript.source.CODE_PLACEHOLDER`). The mirror of
`term_code_named` (执行器 = `Runner` in the English) for an English term in the Chinese."""
from __future__ import annotations

from collections.abc import Iterable, Sequence

from zhen_qa.checks.term_code_named import code_named
from zhen_qa.manuscript.document import Sentence
from zhen_qa.manuscript.source import CODE_PLACEHOLDER, inline_code


def code_kept(en_forms: Iterable[str], renderings: Iterable[str], sentences: Sequence[Sentence],
              written: Iterable[str] = ()) -> bool:
    """Whether the Chinese `sentences` keep the English term as code: an identifier (a code span's word, a CamelCase
    or snake_case word) spelling one of `en_forms` word by word (`term_code_named.code_named`, the same ending
    only), other than one the English sentence writes too (`written`: then it renders that identifier), or a code
    span holding one of the Chinese `renderings`."""
    if code_named(en_forms, sentences, written=written):
        return True
    wanted = [r for r in renderings if r.strip()]
    return any(r in inline_code(s.text, i) for s in sentences for i, ch in enumerate(s.text.text)
               if ch == CODE_PLACEHOLDER for r in wanted)
