"""该技术, 此方法, 这种疗法: a demonstrative and a class noun by which Chinese refers back to a term it has named, which
the English names again (term-missing).

Chinese refers back to a technique, method, therapy or drug named a sentence or two before by a demonstrative and the
noun of its class: 然而，效应量过小、可重复性不高等问题也困扰着该技术在……临床转化应用 ("However, the small effect
size and low reproducibility of resting-state fMRI restricted its clinical applications"), where the Chinese before
named 功能磁共振成像（fMRI）技术. The English repeats the name; the Chinese has none in the bead and lacks nothing.

`this_thing` holds when the Chinese of the bead has a demonstrative right before a class noun (`_THIS_THING`: 该技术,
这一方法, 此类药物, not 该技术人员), the file's Chinese names the concept with that class noun after it (`named_as`:
功能磁共振成像（fMRI）技术, fMRI技术: the text itself calls it a 技术) and the concept is named on both sides of a bead
before (`Discourse.established_before`): what the demonstrative refers back to. 这一模型 after 神经机制 is another
thing (the text never called the mechanism a 模型), and a class noun with no demonstrative (一种新技术) is not the
technique named before: both keep the finding.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from zhen_qa.manuscript.lazy_re import LazyPattern

_CLASS_NOUNS = ("技术", "方法", "手段", "疗法", "药物", "制剂", "疫苗", "模型", "理论", "范式", "策略", "算法", "工具",
                "指标", "量表", "技巧", "装置", "设备", "系统", "物质", "化合物", "程序")
"""The class nouns a Chinese text refers back to a named technique, method, therapy, drug, model, theory, measure or
instrument by: a closed class of general nouns, none the name of a thing of its own."""
_THIS_THING = LazyPattern(r"(?:该|此|这|本)(?:一|种|类|项|些)?(" + "|".join(_CLASS_NOUNS)
                          + r")(?![\u4e00-\u9fff]{0,1}(?:人员|者|员|师|学|组|库))")
"""A demonstrative (with maybe a classifier) right before a class noun as a word: 该技术, 这一方法, 此类药物; not 该技术
人员 ("the technicians") or 该方法学 ("the methodology")."""


_GLOSS = r"\s*(?:[（(][^（(）)]{0,80}[）)])?\s*"
"""What may stand between a term and its class noun: a parenthesis (功能磁共振成像（functional …, fMRI）技术)."""


def this_thing(zh_text: str) -> frozenset[str]:
    """The class nouns a Chinese text refers back to a named thing by, each after a demonstrative (`_THIS_THING`)."""
    return frozenset(m.group(1) for m in _THIS_THING.finditer(zh_text))


def named_as(forms: Iterable[str], nouns: Iterable[str], zh_file: str) -> bool:
    """Whether the file's Chinese writes a form of the concept (Chinese, or an English one kept in the Chinese:
    fMRI) right before one of the class nouns, maybe across a parenthesis: the text calls the thing so."""
    nouns = list(nouns)
    forms = [f for f in forms if f.strip()]
    if not nouns or not forms:
        return False
    pattern = "(?:" + "|".join(map(re.escape, forms)) + ")" + _GLOSS + "(?:" + "|".join(map(re.escape, nouns)) + ")"
    return re.search(pattern, zh_file, re.IGNORECASE) is not None
