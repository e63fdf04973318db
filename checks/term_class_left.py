"""A term said without the general noun of its class that one language writes and the other leaves unsaid
(term-missing): 胃瘫 for 胃瘫综合征 "gastroparesis"; "five elements music" for 五行音乐疗法 "five elements music
therapy".

Chinese names a condition, a therapy, a technique or an animal group with the noun of its class (综合征 "syndrome",
疗法 "therapy", 技术 "technique", 动物 "animal") where English often names it alone ("gastroparesis", "acupuncture",
"ruminant"), and drops the class noun itself when the name is clear without it (胃瘫症状 "symptoms of gastroparesis",
反刍饲粮 "ruminant diets"). English, once it has given a therapy's full name, goes on with the name of its means ("At
present, five elements music is widely used"). Either way the text says the term; it does not leave it out.

- `zh_class_left`: a Chinese form ending in a class noun (`ZH_CLASS_NOUNS`) occurs without it (its stem of two
  characters or more), where the English term as written does not say the class either ("gastroparesis", not
  "gastroparesis syndrome": 代谢 is no rendering of "metabolic syndrome", whose English names the class);
- `en_head_left`: the English says a form of three words or more without its last word, a general head noun
  (`EN_HEAD_NOUNS`), followed by no other noun of its own ("five elements music is …", not "… music education").
  `term_missing` asks this only where the file's English has named the concept before, so the full name is given.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from zhen_qa.glossary.normalize import fold_en

ZH_CLASS_NOUNS: dict[str, tuple[str, ...]] = {
    "综合征": ("syndrome",), "综合症": ("syndrome",), "疗法": ("therapy", "therapies", "treatment"),
    "技术": ("technique", "technology", "techniques", "technologies"),
    "动物": ("animal", "animals"),
}
"""Final Chinese class nouns and the English words that say the class. 动物: Chinese names an animal group with its
class noun (反刍动物 "ruminant", 啮齿动物 "rodent", 哺乳动物 "mammal") and drops it in a modifier or a short form
(反刍饲粮 "ruminant diets", 啮齿类), as the English name never says "animal"."""
SHORT_MIN = 2
"""Fewest characters of the Chinese form without its class noun."""
EN_HEAD_NOUNS = frozenset({"therapy", "treatment", "method", "technique", "technology", "procedure", "intervention"})
"""General head nouns of a therapy's or a method's English name, which the English drops once the name is given."""
_NOUN_AFTER = re.compile(r"\s+(?!(?:is|are|was|were|has|have|had|can|could|may|might|will|would|should|must|and|or"
                         r"|of|in|on|for|with|to|at|by|as|from|that|which|who|not)\b)[a-z]{3,}")
"""A word after the name that may be a noun of its own (music education): any but a verb, a conjunction or a
preposition."""


def zh_class_left(zh_forms: Iterable[str], written: str, text: str) -> bool:
    """Whether Chinese `text` has a form of the concept without its final class noun, and the English term as
    `written` does not say the class (see the module docstring)."""
    english = fold_en(written, lower=True)
    for form in zh_forms:
        for noun, said in ZH_CLASS_NOUNS.items():
            stem = form[:-len(noun)]
            if form.endswith(noun) and len(stem) >= SHORT_MIN and stem in text \
                    and not any(re.search(rf"(?<![a-z]){w}(?![a-z])", english) for w in said) \
                    and (noun != "动物" or stem + "类" in text or not english.endswith("s")):
                return True  # 动物: the animals themselves ("mammals") are 哺乳动物 or 哺乳类, 哺乳期 is lactation
    return False


def en_head_left(en_forms: Iterable[str], text: str) -> bool:
    """Whether English `text` says a form of three words or more without its general head noun, no other noun
    after it (see the module docstring)."""
    lowered = fold_en(text, lower=True)
    for form in en_forms:
        words = fold_en(form, lower=True).replace("-", " ").split()
        if len(words) < 3 or words[-1] not in EN_HEAD_NOUNS:
            continue
        body = r"[\s-]+".join(re.escape(w[:-1]) + r"[a-z]?" if len(w) > 4 else re.escape(w) for w in words[:-1])
        for m in re.finditer(r"(?<![a-z])" + body + r"(?![a-z])", lowered):
            if not _NOUN_AFTER.match(lowered, m.end()):
                return True
    return False
