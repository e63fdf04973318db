"""该技术, 此方法, 这种疗法: a demonstrative and a class noun by which Chinese refers back to a term it has named, which
the English names again (term-missing).

Chinese refers back to a technique, method, therapy or drug named a sentence or two before by a demonstrative and the
noun of its class: 然而，效应量过小、可重复性不高等问题也困扰着该技术在……临床转化应用 ("However, the small effect
size and low reproducibility of resting-state fMRI restricted its clinical applications"), where the Chinese before
named 功能磁共振成像（fMRI）技术. The English repeats the name; the Chinese has none in the bead and lacks nothing.

`this_thing` holds when the Chinese of the bead has a demonstrative right before a class noun (`_THIS_THING`: 该技术,
这一方法, 此类药物, not 该技术人员) and the concept is named on both sides of a bead before (`Discourse.
established_before`): what the demonstrative may refer back to. A Chinese bead that names a thing of the class only
by its class noun, with no demonstrative (该 "this"), keeps the finding: 一种新技术 is not the technique named before.
"""
from __future__ import annotations

from zhen_qa.manuscript.lazy_re import LazyPattern

_CLASS_NOUNS = ("技术", "方法", "手段", "疗法", "药物", "制剂", "疫苗", "模型", "理论", "范式", "策略", "算法", "工具",
                "指标", "量表", "技巧", "装置", "设备", "系统", "物质", "化合物", "程序")
"""The class nouns a Chinese text refers back to a named technique, method, therapy, drug, model, theory, measure or
instrument by: a closed class of general nouns, none the name of a thing of its own."""
_THIS_THING = LazyPattern(r"(?:该|此|这|本)(?:一|种|类|项|些)?(?:" + "|".join(_CLASS_NOUNS)
                          + r")(?![\u4e00-\u9fff]{0,1}(?:人员|者|员|师|学|组|库))")
"""A demonstrative (with maybe a classifier) right before a class noun as a word: 该技术, 这一方法, 此类药物; not 该技术
人员 ("the technicians") or 该方法学 ("the methodology")."""


def this_thing(zh_text: str) -> bool:
    """Whether a Chinese text refers back to a named thing by a demonstrative and its class noun (`_THIS_THING`)."""
    return bool(_THIS_THING.search(zh_text))
