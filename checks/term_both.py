"""两者, 二者, 这两种, 它们: Chinese refers back to things it has named, which the English names again (term-missing,
an English term lacking its Chinese).

Chinese refers back to a pair named a sentence or two before by a word for "the two": 研究说明了两者虽然方向完全相反 …
("although the directions of ingroup favoritism and ingroup derogation are completely opposite"), where the sentence
before named 内群体偏好与内群体贬低. The English names them again; the Chinese has neither term in the bead and lacks
nothing. `referred_here` holds when the Chinese of the bead has such a word (`_BOTH`: 两者, 二者, 双方, and 两 after a
demonstrative, 这两种, 此两类, 上述两个; not a bare 两种, "two kinds of", which introduces new things, nor one after
a coordinator in its clause, 低收入伴侣和高收入伴侣这两类人群, which sums up the things just listed) and, in the
excuse, the concept is named on both sides of a bead before (`Discourse.established_before`): one of the two.
The same holds for the plural pronoun of things, 它们 "they" (`_THEY`): 它们与S.sihongensis在亚洲远东地区的出现 =
"The occurrence of the Neogene rodents in eastern China", the rodents named on both sides before; Chinese uses it
for no person, so it refers to a thing or an animal the text has named. A singular 它 refers to one thing, and
which of the English bead's terms is that thing is not told by word order (`referred_here`): it excuses none.
"""
from __future__ import annotations

from zhen_qa.manuscript.lazy_re import LazyPattern

_BOTH = LazyPattern(r"两者|二者|双方|(?:这|此|该|上述|以上)(?:两|二)(?:种|类|个|者|项|方面)?")
"""The words by which Chinese refers back to two things it has named."""


_LISTED = LazyPattern(r"[和与及、或][^，。；：！？,;:!?]+$")
"""A coordinator earlier in the clause with a listed item between it and the word for "the two"
(低收入伴侣和高收入伴侣这两类人群: 高收入伴侣 between 和 and 这两): the word sums up the things the clause has just
listed, an apposition, not a reference back. A coordinator right before the word governs it as a preposition
(与二者相比 "compared with the two", 和两者不同): a reference back. 同 and 跟 are no coordinators here: in written
Chinese they are the preposition "with" (同这两种方法相比) or a character of another word (不同于这两种, 相同, 同时,
共同, 跟踪)."""

_PREPOSED = LazyPattern(r"(?:^|[，。；：！？,;:!?])\s*[与和同跟][^，。；：！？,;:!?]*$")
_COMPARED = LazyPattern(r"^[^，。；：！？,;:!?]*?(?:相比|相较|比较|不同|相同|相似|类似|一样)")
"""A clause opening with 与/和 and closing with a comparison after the word for "the two" (与单独使用这两种药物相比):
the 与 is the preposition of 与…相比, not a list's coordinator. Not a list then compared (低收入伴侣和高收入伴侣这两类
人群的幸福感不同: the clause opens with the first item)."""

_THEY = LazyPattern(r"(?<!其)它们")
"""The plural pronoun of things and animals; not in 其它们 (其它 "other", a variant of 其他)."""


def referred_here(zh_text: str) -> bool:
    """Whether the Chinese refers back to several things an English bead names: `_BOTH` or 它们. A singular 它
    refers to one thing, and which one the English names it by cannot be told from the words' order ("Aspirin has
    fewer side effects than ibuprofen", "Unlike ibuprofen, aspirin has …" for 它的副作用较少), so it excuses none."""
    return any(not _LISTED.search(zh_text[:m.start()])
               or _PREPOSED.search(zh_text[:m.start()]) and _COMPARED.search(zh_text[m.end():])
               for m in _BOTH.finditer(zh_text)) \
        or _THEY.search(zh_text) is not None
