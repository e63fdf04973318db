"""两者, 二者, 这两种, 它们: Chinese refers back to things it has named, which the English names again (term-missing,
an English term lacking its Chinese).

Chinese refers back to a pair named a sentence or two before by a word for "the two": 研究说明了两者虽然方向完全相反 …
("although the directions of ingroup favoritism and ingroup derogation are completely opposite"), where the sentence
before named 内群体偏好与内群体贬低. The English names them again; the Chinese has neither term in the bead and lacks
nothing. `both_referred` holds when the Chinese of the bead has such a word (`_BOTH`: 两者, 二者, 双方, and 两 after a
demonstrative, 这两种, 此两类, 上述两个; not a bare 两种, "two kinds of", which introduces new things) and, in the
excuse, the concept is named on both sides of a bead before (`Discourse.established_before`): one of the two.
The same holds for the pronoun of things, 它 "it" and 它们 "they" (`_IT`): 它们与S.sihongensis在亚洲远东地区的出现 =
"The occurrence of the Neogene rodents in eastern China", the rodents named on both sides before; Chinese uses it
for no person, so it refers to a thing or an animal the text has named. A singular 它 refers to one thing, the
English sentence's subject (`referred_here`): another term that sentence names is not excused by it.
"""
from __future__ import annotations

from zhen_qa.manuscript.lazy_re import LazyPattern

_BOTH = LazyPattern(r"两者|二者|双方|(?:这|此|该|上述|以上)(?:两|二)(?:种|类|个|者|项|方面)?")
"""The words by which Chinese refers back to two things it has named."""


_IT = LazyPattern(r"(?<!其)它们?")
"""The Chinese pronoun of things and animals, singular and plural; not in 其它 "other", a variant of 其他."""

_THEY = LazyPattern(r"(?<!其)它们")
"""The plural pronoun of things."""

SUBJECT_WORDS = 3
"""How many English words may stand before the term a singular 它 refers to: the subject's determiner and
modifiers ("The new aspirin has …"); a term further in is another thing the sentence names."""


def both_referred(zh_text: str) -> bool:
    """Whether a Chinese text refers back to two things named before (`_BOTH`) or to things by their pronoun
    (`_IT`)."""
    return _BOTH.search(zh_text) is not None or _IT.search(zh_text) is not None


def referred_here(zh_text: str, en_before: str) -> bool:
    """Whether the Chinese refers back (`both_referred`) to the thing an English term names, `en_before` being the
    English of the term's sentence before it: a singular 它 refers to one thing, the sentence's subject, so only a
    term among its first words ("Aspirin has fewer side effects than ibuprofen" for 它的副作用较少: aspirin, not
    ibuprofen, which the Chinese does not name); 它们, 两者 and the like refer to several."""
    if _BOTH.search(zh_text) is not None or _THEY.search(zh_text) is not None:
        return True
    return _IT.search(zh_text) is not None and len(en_before.split()) <= SUBJECT_WORDS
