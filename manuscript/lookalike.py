"""Look-alike Han characters: Kangxi radicals (U+2F00–U+2FD5), the two CJK radicals-supplement characters NFKC maps
(⺟ U+2E9F, ⻳ U+2EF3) and CJK compatibility ideographs (U+F900–U+FAFF, U+2F800–U+2FA1F) that stand for an ordinary
(unified) Han character and look like it. A PDF or a design tool's copy writes 导⼊ with the radical ⼊ (U+2F0A) for
入 (U+5165): the reader sees 导入, search and term matching do not find it. Each maps to its one character by NFKC,
and the radicals-supplement forms NFKC leaves alone that are a whole common character (⻓ for 长, ⻔ for 门) by the
explicit table `SUPPLEMENT_FORMS`."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_BLOCKS = ((0x2E80, 0x2EFF), (0x2F00, 0x2FDF), (0xF900, 0xFAFF), (0x2F800, 0x2FA1F))
"""CJK Radicals Supplement, Kangxi Radicals, CJK Compatibility Ideographs and their supplement."""

LOOKALIKE_RE = re.compile("[" + "".join(f"{chr(lo)}-{chr(hi)}" for lo, hi in _BLOCKS) + "]")
"""A character of one of the blocks (`ordinary` tells whether it stands for an ordinary character)."""


SUPPLEMENT_FORMS: dict[str, str] = {
    "⺠": "民", "⺩": "王", "⺝": "月", "⻄": "西", "⻅": "见", "⻆": "角", "⻉": "贝", "⻋": "车", "⻑": "長",
    "⻓": "长", "⻔": "门", "⻘": "青", "⻙": "韦", "⻚": "页", "⻛": "风", "⻜": "飞", "⻢": "马", "⻣": "骨",
    "⻤": "鬼", "⻥": "鱼", "⻦": "鸟", "⻧": "卤", "⻨": "麦", "⻩": "黄", "⻪": "黾", "⻫": "斉", "⻬": "齐",
    "⻭": "歯", "⻮": "齿", "⻯": "竜", "⻰": "龙", "⻱": "龜", "⻲": "亀", "⻝": "食", "⺼": "月", "⺜": "日",
    "⺬": "示"}
"""CJK Radicals Supplement forms (U+2E80–U+2EFF) NFKC does not map that are drawn as a whole common character and
stand for it in copied text (theses2: 增⻓ for 增长; ⻝ EAT ONE for 食, ⺼ MEAT and ⺝ MOON for 月, ⺜ SUN for 日,
⺬ SPIRIT ONE for 示, as Unicode's EquivalentUnifiedIdeograph.txt pairs them). The radical forms of a character's
side or top only (氵 ⺡, 讠 ⻈, 艹 ⺾, 饣 ⻠, 礻 ⺭) are not here: no word is written with them in place of a
character."""


@lru_cache(maxsize=1)
def lookalikes() -> dict[int, int]:
    """{look-alike character: the ordinary Han character NFKC gives for it}, for every character of the blocks NFKC
    maps to one other character (the 12 unified ideographs of the compatibility block, 﨎 﨏 﨑 …, map to
    themselves and are ordinary), and the radicals-supplement forms of `SUPPLEMENT_FORMS`."""
    table: dict[int, int] = {}
    for lo, hi in _BLOCKS:
        for code in range(lo, hi + 1):
            mapped = unicodedata.normalize("NFKC", chr(code))
            if len(mapped) == 1 and mapped != chr(code):
                table[code] = ord(mapped)
    table.update({ord(k): ord(v) for k, v in SUPPLEMENT_FORMS.items()})
    return table


def ordinary(ch: str) -> str | None:
    """The ordinary character a look-alike one stands for (⼊: 入), None for any other character."""
    code = lookalikes().get(ord(ch))
    return None if code is None else chr(code)
