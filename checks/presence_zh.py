"""Chinese forms as `presence.Evidence` compares them (`zh_key`) and the patterns it looks for them by: shortened
(a contraction, a dropped derivational morpheme or process word), spread by inserted characters, split into
words the lexicon glosses."""
from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache

from zhen_qa.glossary.normalize import fold_zh
from zhen_qa.manuscript.script import HAN_RUN_RE

SPACE = re.compile(r"\s+")


@lru_cache(maxsize=131072)
def zh_key(form: str) -> str:
    """A Chinese form as `Evidence` compares it: script and width folded, spaces removed."""
    return SPACE.sub("", fold_zh(form))


ZH_SUFFIXES = frozenset("率症性度量")
"""Final Chinese morphemes that derive a term from a word (死亡率 "death rate", 抑郁症, 安全性, 满意度, 采食量 "feed
intake", the amount of 采食 "feeding")."""


ZH_AGENT_HEADS = ("药物", "药", "剂")
"""Final Chinese morphemes that make an action an agent's class name (抗凝 + 药 "anticoagulant", 利尿 + 剂
"diuretic", 降压 + 药物 "antihypertensive"): longest first."""


LITERAL_MAX = 4
"""Most characters of one Chinese word in a literal rendering (`Evidence.has_en_literal`)."""


def splits(key: str, zh2en: Mapping[str, tuple[str, ...]]) -> list[tuple[str, ...]]:
    """Ways to split a Chinese key into two or more words the lexicon glosses."""
    out: list[tuple[str, ...]] = []

    def walk(start: int, parts: tuple[str, ...]) -> None:
        if start == len(key):
            if len(parts) >= 2:
                out.append(parts)
            return
        for end in range(start + 1, min(len(key), start + LITERAL_MAX) + 1):
            if key[start:end] in zh2en:
                walk(end, parts + (key[start:end],))

    if len(key) <= 8:
        walk(0, ())
    return out


ZH_PROCESS_WORDS = ("形成",)
"""Final Chinese words that name a condition as a process ("formation": 血栓形成 "thrombosis"), which Chinese often
leaves unsaid (深静脉血栓 for deep-vein thrombosis) as English does in "thrombus"."""


SHORT_MIN = 2
"""Fewest characters of a shortened Chinese form (`Evidence.has_zh_shortened`)."""


@lru_cache(maxsize=1)
def han_word() -> re.Pattern[str]:
    """Runs of Han characters: `manuscript.script.HAN_RUN_RE` itself, which new code imports instead (this wrapper
    stays for the term_* modules that call it until they are next edited)."""
    return HAN_RUN_RE


@lru_cache(maxsize=16384)
def partly_masked(span: str, size: int) -> bool:
    """A contraction of a form of `size` characters, as the masked text has it (`span`): shorter than the form, at
    least half of it, part of it a match (NUL) and part not."""
    return size > len(span) >= size / 2 and "\0" in span and bool(span.strip("\0"))


@lru_cache(maxsize=16384)
def contraction_pattern(key: str) -> re.Pattern[str]:
    """The first and last characters of a key with some of those between, in order (高血压 -> 高血?压)."""
    middle = "".join(re.escape(ch) + "?" for ch in key[1:-1])
    return re.compile(f"{re.escape(key[0])}{middle}{re.escape(key[-1])}")


HEAD_MIN = 2
"""Fewest characters of the head part of a Chinese form (`Evidence.has_zh_head`): a single character is no term."""


@lru_cache(maxsize=16384)
def spread_pattern(key: str) -> re.Pattern[str]:
    """The key's characters with up to three inserted between each two: a character, or a Latin name or number as
    one word (确诊 COVID-19 病例 for 确诊病例 "confirmed cases": the disease named inside the term)."""
    return re.compile(r"(?:[^，。；！？,;A-Za-z0-9]|[A-Za-z0-9][A-Za-z0-9.\-]*){0,3}".join(re.escape(ch) for ch in key))
