"""An English term listed where the Chinese announces the parts its headings below name (term-missing, English
terms).

An architecture overview introduces its parts one heading each. The English lists them in the sentence before the
headings ("The main Apache RocketMQ components are Producers, Consumers, NameServers, and Brokers:"), the Chinese
counts them and leaves the names to the headings (部署架构上主要分为四部分: and then ### 生产者 Producer,
### 消费者 Consumer, ## 名字服务器 NameServer, ## 代理服务器 Broker). The English term is taken as rendered when

- the English sentence holding the term ends with a colon, the term one item of a list (a comma or "and" next to it),
- the bead's Chinese is one sentence ending with a colon that announces a count (四部分, 两种, 3 个),
- and one of the next that many Chinese headings after it, a Markdown (`#`) heading, names the concept (a page of
  documentation: an overview page may have no code to tell it by).

A Chinese sentence with no count or no colon (主要组件如下：), headings that do not name the term, or a term the
English says outside such a list keeps its finding.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence

from zhen_qa.checks.term_heading_parent import markdown_level
from zhen_qa.checks.term_hits import Hit
from zhen_qa.manuscript.document import Manuscript, Role, Sentence
from zhen_qa.manuscript.lazy_re import LazyPattern

__all__ = ["announced_count", "listed_before_colon", "parts_announced"]

_COUNT = LazyPattern(r"([一二两三四五六七八九十]|\d{1,2})\s*(?:个|种|类|项|大部分|部分|大块|块|层|大类)"
                     r"[^，,。；;：:]{0,12}[：:]\s*$")
"""A count word and its classifier near the end of a Chinese sentence that ends with a colon (分为四部分:)."""
_NUMERALS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_ITEM_EDGE = LazyPattern(r"^\s*(?:,|and\b|or\b)|(?:,|\band|\bor)\s*$")
"""A comma or a conjunction at the start of the text after a term or the end of the text before it: a list item."""


def announced_count(text: str) -> int:
    """How many parts a Chinese sentence ending with a colon announces (主要分为四部分: -> 4); 0 when none."""
    m = _COUNT.search(text)
    if m is None:
        return 0
    n = m.group(1)
    return int(n) if n.isdigit() else _NUMERALS[n]


def listed_before_colon(text: str, start: int, end: int) -> bool:
    """Whether the English text [start:end] is an item of a list that ends the sentence at a colon."""
    if not text.rstrip().endswith(":"):
        return False
    return bool(_ITEM_EDGE.search(text[end:end + 6]) or _ITEM_EDGE.search(text[max(0, start - 6):start]))


def parts_announced(h: Hit, tgt_sentences: Sequence[Sentence], manuscript: Manuscript,
                    names_zh: Callable[[Sentence], bool]) -> bool:
    """Whether the English term `h` is a part the Chinese announces by its count and names in the headings that
    follow (see the module docstring). `names_zh` says whether a Chinese sentence names the term's concept."""
    if h.lang != "en" or len(tgt_sentences) != 1:
        return False
    if not listed_before_colon(h.sentence.text.text, h.match.start, h.match.end):
        return False
    announce = tgt_sentences[0]
    count = announced_count(announce.text.text)
    if not count:
        return False
    side = manuscript.sentences("zh")
    at = next((i for i, s in enumerate(side) if s is announce), -1)
    if at < 0:
        return False
    headings = [s for s in side[at + 1:] if s.role is Role.HEADING][:count]
    return any(markdown_level(s) > 0 and names_zh(s) for s in headings)
