"""An environment said in English by its stage alone (term-missing, Chinese terms): 构建出可用于生产环境的产物 =
"builds production outputs", 生产环境构建 = "the production build", 开发环境下 = "in development".

Software documentation names the environment a program runs in by its stage. Chinese writes the stage with the class
noun 环境 (生产环境, 开发环境, 测试环境, 线上环境); English says the stage alone, as a noun or before another noun
("for production", "a development build", "in test"). A Chinese 环境 is taken as rendered where
- it stands right after a stage word (`STAGES`), the term itself being the class noun (`ENVIRONMENT`), and
- the English bead says that stage's English word, as a whole word.

Where the English names no stage either (生产环境 with "the build" alone), or 环境 stands alone or after another word
(运行环境 "runtime environment"), the finding stays.
"""
from __future__ import annotations

import re

from zhen_qa.checks.term_hits import Hit

ENVIRONMENT = "环境"
"""The Chinese class noun of an environment."""
STAGES: dict[str, tuple[str, ...]] = {
    "生产": ("production", "prod"), "线上": ("production", "prod"), "开发": ("development", "dev"),
    "测试": ("test", "testing"),
}
"""Chinese stage words before 环境 and the English words that say the stage alone."""


def stage_said(h: Hit, en_text: str) -> bool:
    """Whether the Chinese hit is 环境 after a stage word whose English the English `en_text` says (see the module
    docstring)."""
    if h.lang != "zh" or h.surface != ENVIRONMENT:
        return False
    before = h.sentence.text.text[:h.match.start]
    said = next((words for stage, words in STAGES.items() if before.endswith(stage)), ())
    return any(re.search(rf"(?<![A-Za-z]){w}(?![A-Za-z])", en_text, flags=re.I) for w in said)
