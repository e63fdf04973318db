"""A Chinese pointer to a link whose English gives the same address as a bare URL (untranslated).

可以参考 [Select 属性](/components/select-cn#select-props) on the Chinese page stands where the English page has the
line https://ant.design/components/select/#Select-props: the same page and anchor, written as an address. The
reader keeps no prose of a line that is only an address, so the Chinese sentence has no English sentence to pair
with; nothing is left untranslated. A Chinese sentence without English is taken as such a pointer when

- its paragraph has one Markdown link, and its words outside the link text, punctuation aside, are a pointer phrase
  of a closed list (`_POINTER`: 可以参考, 参见, 详见, 更多信息请参考: a pointer, not a sentence of its own); a length
  alone is not enough, 已废弃，请勿使用 [X](…) is as short and says what the address does not (review55 R7);
- the English file has a line that is only an address, between the English of the beads around it;
- the address and the link's destination name one page: the same path (each part with its -cn/-en/zh-CN locale
  suffix taken off, any case, without a trailing slash) and the same anchor, the host left out (one site links
  itself by a relative path).

A link to another page, or a Chinese sentence saying more than the pointer, keeps its finding.
"""
from __future__ import annotations

import re
from urllib.parse import urlsplit

from zhen_qa.aligner.link_targets import LINK_DESTINATION
from zhen_qa.manuscript.document import Bead, Pair, Sentence
from zhen_qa.manuscript.lazy_re import LazyPattern

_POINTER = LazyPattern(r"(?:(?:更多|详细|详情)(?:信息|内容|细节|说明|用法)?)?(?:请|可以|可|您可以|你可以)?"
                      r"(?:参考|参见|参阅|查看|点此查看|点击查看|详见|见|请看)(?:这里|此处|文档)?")
"""A pointer's words outside its link text (可以参考, 详情请参见, 更多信息请查看): they say only where to look."""
_PUNCTUATION = LazyPattern(r"[\s,.:;，。：；、]+")

_LINK = LazyPattern(r"\[([^\]\n]*)" + LINK_DESTINATION)
_BARE = LazyPattern(r"^[ \t]*<?(https?://[^\s<>]+?)>?[ \t]*$", re.M)
_LOCALE = LazyPattern(r"(?:[-_](?:cn|en|zh|zh-cn|en-us))+$", re.I)


def page_key(address: str) -> tuple[str, str]:
    """(path, anchor) of an address with its host, locale suffixes, case and trailing slash left out."""
    parts = urlsplit(address.strip())
    path = "/".join(_LOCALE.sub("", p) for p in parts.path.lower().strip("/").split("/"))
    return path, parts.fragment.lower()


def _source_lines(s: Sentence) -> str:
    """The file's lines the sentence stands on, as written."""
    source, offsets = s.text.source, s.text.offsets
    first, last = source.line_col(offsets[0])[0], source.line_col(offsets[-1])[0]
    return "\n".join(source.line(n) for n in range(first, last + 1))


def _english_between(pair: Pair, index: int) -> str:
    """The English file's text between the English of the nearest beads before and after bead `index`."""
    before = next((pair.en[b.en[-1]] for b in reversed(pair.beads[:index]) if b.en), None)
    after = next((pair.en[b.en[0]] for b in pair.beads[index + 1:] if b.en), None)
    ref = before or after
    if ref is None:
        return ""
    text = ref.text.source.text
    start = before.text.offsets[-1] + 1 if before is not None and len(before.text.offsets) else 0
    end = after.text.offsets[0] if after is not None and len(after.text.offsets) else len(text)
    return text[start:end]


def given_bare(pair: Pair, bead: Bead) -> bool:
    """Whether the Chinese-only `bead` is a pointer to a link the English gives as a bare address (module
    docstring)."""
    if len(bead.zh) != 1 or bead.en:
        return False
    s = pair.zh[bead.zh[0]]
    if not len(s.text.offsets):
        return False
    links = _LINK.findall(_source_lines(s))
    if len(links) != 1:
        return False
    label, destination = links[0]
    words = _PUNCTUATION.sub("", s.text.text.replace(label.strip(), "", 1))
    if words and not _POINTER.fullmatch(words):
        return False
    key = page_key(destination)
    if not key[0]:
        return False
    index = next(i for i, b in enumerate(pair.beads) if b is bead)
    return any(page_key(m.group(1)) == key for m in _BARE.finditer(_english_between(pair, index)))
