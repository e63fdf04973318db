"""A term kept in the Chinese as code: documentation's Chinese names the object an English term describes by the
code that names it (只有在 `upstream` 被请求时 / "when the upstream is hit", 在[`Route`](route.md)上 / "on Route"), or
writes the Chinese term itself inside a code span as emphasis (转换为一个文本列表的 `迭代器` / "into an iterator").
The reader sees the term either way; a code span is no prose, so neither the matcher nor the presence tests see its
content (the prose view holds one placeholder for it, `manuscript.source.CODE_PLACEHOLDER`). The mirror of
`term_code_named` (执行器 = `Runner` in the English) for an English term in the Chinese."""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from zhen_qa.checks.presence_code import code_spans
from zhen_qa.checks.term_code_named import code_named
from zhen_qa.manuscript.document import Sentence


def code_kept(en_forms: Iterable[str], renderings: Iterable[str], sentences: Sequence[Sentence],
              written: Iterable[str] = (), english: Sentence | None = None) -> bool:
    """Whether the Chinese `sentences` keep the English term as code: an identifier (a code span's word, a CamelCase
    or snake_case word) spelling one of `en_forms` word by word (`term_code_named.code_named`, the same ending
    only), other than one the English sentence writes too (`written`: then it renders that identifier), or a code
    span that is one of the Chinese `renderings` whole (`迭代器`). A code span merely holding a rendering is a
    string of code (`切换主题`, a UI label), and one answering a code span of the `english` sentence that holds the
    term (`Theme` / `主题`, a string literal pair) renders that literal, not the English prose's term (review49 R7)."""
    forms = [f for f in en_forms if f.strip()]
    if code_named(forms, sentences, written=written):
        return True
    wanted = {r.strip() for r in renderings if r.strip()}
    if english is not None and any(_holds(span, forms) for span in code_spans(english)):
        return False
    return any(span in wanted for s in sentences for span in code_spans(s))


def _holds(span: str, forms: Iterable[str]) -> bool:
    """Whether a code span's content holds one of the English forms as whole words, in any case."""
    return any(whole_words(f).search(span) for f in forms)


def whole_words(form: str) -> re.Pattern[str]:
    """A pattern finding the words of `form` as whole words, in any case, any spaces between them ("Bert",
    "Huggingface transformers", "in situ hybridization")."""
    return re.compile(r"(?<![A-Za-z0-9])" + r"\s+".join(map(re.escape, form.split())) + r"(?![A-Za-z0-9])", re.I)
