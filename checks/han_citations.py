"""Author-year citations whose Chinese writes the author in Han characters, and whether one is an English citation.

A translation writes an English author's name transliterated (克拉克（2016） for "Clark (2016)", （普里斯特利，2012年）
for "(Priestley, 2012a)", 哈特-戴维森 (2010)) and a Chinese author's name in characters the English spells in pinyin
(张伟等（2019） for "Zhang et al. (2019)"). The English name cannot be found in such a citation, only its year and the
sound of the name. `han_citations` reads them with the Han characters before the year (the name, and maybe the words
before it: 正如罗克利(2002)); `agrees` says whether such a citation can be the English one: the name begins, somewhere
in its last characters, with a syllable whose pinyin initial is a sound the English surname begins with, by the usual
transliteration equivalences (Clark 克 k, Smith 史 sh, Robinson 罗 l, Victor 维 w, Adams 亚 y, Evans 埃), or with the
surname's pinyin itself (Zhang 张). A citation whose author the translation changed (克拉克（2016） for "Jones (2016)",
史密斯（2018） for "Brown (2018)") agrees in its year only, and is not the English citation.
"""
from __future__ import annotations

from collections.abc import Mapping

from zhen_qa.manuscript.lazy_re import LazyPattern
from zhen_qa.manuscript.script import HAN

_HAN_NAME_TAIL = LazyPattern(r"[" + HAN + r"][" + HAN + r"·•‧・\-－]*(?:等人?)?\s*\Z")
"""What a Han-named citation's bracket follows: a run of Han characters (a name's middle dots and hyphens too),
maybe 等 or 等人, maybe a blank."""
_YEAR_BRACKET = LazyPattern(r"[（(]\s*((?:1[5-9]|20)\d\d)[a-z]?\s*年?\s*[）),，;；]")
"""The bracket of `X（2016）`: the year (group 1), a letter (2012a) or 年 after it."""
_BRACKETED = LazyPattern(r"[（(]([" + HAN + r"·•‧・\-－]{1,12}?)(?:等人?)?\s*[，,、]\s*((?:1[5-9]|20)\d\d)[a-z]?\s*年?"
                         r"\s*[）),，;；]")
"""`（普里斯特利，2012年）`: a Han name (group 1) and the year (group 2) inside one bracket."""

NAME_REACH = 8
"""How far back from the year a name may begin: a transliterated surname has rarely more than eight characters
(瓦赫特·伯特歇尔), and the Han run before the bracket may hold the words before the name (正如罗克利(2002))."""

_ONSETS: tuple[tuple[str, frozenset[str]], ...] = tuple((k, frozenset(v.split(","))) for k, v in (
    # English spelling at the surname's start -> pinyin initials a transliteration (or a pinyin or Wade-Giles
    # spelling of a Chinese name) begins with; "" is a syllable without an initial (埃 ai, 奥 ao, 欧 ou)
    ("sch", "sh,s,x"), ("sh", "sh,x,s"), ("ch", "ch,zh,q,j,k,x,sh"), ("th", "s,t"), ("ph", "f"), ("wh", "h,w"),
    ("kn", "n"), ("ts", "c,z"), ("hs", "x"),
    ("a", ",y,w"), ("e", ",y,w"), ("i", ",y,w"), ("o", ",y,w"), ("u", ",y,w"),
    ("b", "b,p"), ("c", "k,s,x,q,c"), ("d", "d"), ("f", "f"), ("g", "g,j,q"), ("h", "h,x"), ("j", "j,y,zh,q"),
    ("k", "k,g,j,q"), ("l", "l"), ("m", "m"), ("n", "n"), ("p", "p,b"), ("q", "k,q"), ("r", "l,r"),
    ("s", "s,sh,x,z"), ("t", "t,d"), ("v", "w,f"), ("w", "w"), ("x", "k,s,z,x"), ("y", "y,"),
    ("z", "z,zh,q,c,j,x,s"),
))
"""How an English surname's first sound is written in pinyin initials (Xinhua's transliteration of English names:
Clark 克拉克, Cecil 塞西尔, Cicero 西塞罗, George 乔治, Gibson 吉布森, Hughes 休斯, Johnson 约翰逊, Robinson 罗宾逊,
Simpson 辛普森, Victor 维克多, Zimmermann 齐默尔曼; and the Wade-Giles spellings of Chinese names: Chang 张, Kuo 郭,
Hsu 徐, Tsai 蔡)."""


def _bare_name(name: str) -> str:
    """`name` without the 等人 or 等 ("et al.") after it and the blanks around: 张三等人 → 张三, 王五等 → 王五;
    a name that merely ends in 人 keeps it."""
    name = name.strip()
    for et_al in ("等人", "等"):
        if name.endswith(et_al):
            return name[:-len(et_al)].rstrip()
    return name


def han_citations(text: str) -> list[tuple[str, str]]:
    """The author-year citations `text` writes with a Han author name: (the Han characters before the year, at
    most NAME_REACH of them, 等/等人 and blanks taken off; the year), in the text's order. A Latin name before 等人
    (`Guo 等人（2024）`) is no Han name: that citation is found by its Latin name."""
    out: list[tuple[str, str]] = []
    if "(" not in text and "（" not in text:
        return out
    for m in _YEAR_BRACKET.finditer(text):
        tail = _HAN_NAME_TAIL.search(text, max(0, m.start() - 16), m.start())
        if tail is None:
            continue
        name = _bare_name(tail.group())
        before = text[:tail.start()].rstrip(" ")
        if name and not (before[-1:].isascii() and before[-1:].isalpha()):  # not "Guo 等人（2024）", "BERT模型（2019）"
            out.append((name[-NAME_REACH:], m.group(1)))
    for m in _BRACKETED.finditer(text):
        name = _bare_name(m.group(1))
        if name:
            out.append((name[-NAME_REACH:], m.group(2)))
    return out


def _initial(reading: str) -> str:
    """The pinyin initial of a toneless reading ("" for a syllable without one: ai, ou, er)."""
    if reading[:2] in ("zh", "ch", "sh"):
        return reading[:2]
    return reading[:1] if reading[:1] in "bpmfdtnlgkhjqxrzcsyw" else ""


def _initials(surname: str) -> frozenset[str]:
    """The pinyin initials the English `surname` (lower case) may begin with in Han characters (`_ONSETS`)."""
    letters = "".join(c for c in surname if c.isalpha())
    for spelling, initials in _ONSETS:
        if letters.startswith(spelling):
            return initials
    return frozenset()


def agrees(name: str, surname: str, readings: Mapping[str, tuple[str, ...]]) -> bool:
    """Whether the Han `name` (from `han_citations`) can write the English `surname` (lower case): one of its
    characters that starts a name of two or more characters (or the first one) reads with an initial the surname's
    first sound is written with, or reads as the surname itself (张 zhang for "Zhang"). `readings`: toneless pinyin
    of single characters (`aligner.lexicon.Lexicon.readings`)."""
    initials = _initials(surname)
    bare = "".join(c for c in surname if c.isalpha())
    for i, ch in enumerate(name):
        if i and len(name) - i < 2:
            break
        for reading in readings.get(ch, ()):
            if reading == bare or _initial(reading) in initials:
                return True
    return False
