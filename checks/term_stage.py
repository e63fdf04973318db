"""An environment said in English by its stage alone (term-missing, Chinese terms): 构建出可用于生产环境的产物 =
"builds production outputs", 生产环境构建 = "the production build", 开发环境下 = "in development".

Software documentation names the environment a program runs in by its stage. Chinese writes the stage with the class
noun 环境 (生产环境, 开发环境, 测试环境, 线上环境); English says the stage alone, as a noun or before another noun
("for production", "a development build", "in test"). A Chinese 环境 is taken as rendered where
- it stands right after a stage word (`STAGES`), the term itself being the class noun (`ENVIRONMENT`), and
- the English bead says that stage's English word, as a whole word, more times than the Chinese sentence has the
  stage word outside this 环境: in 在开发环境下…开发服务器会自动重启 = "the dev server restarts", "dev" renders
  开发服务器 and "in development" is lost (as `term_head.head_said` counts a shared head).

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
    text = h.sentence.text.text
    before = text[:h.match.start]
    stage = next((s for s in STAGES if before.endswith(s)), "")
    if not stage:
        return False
    said = STAGES[stage]
    times = sum(len(re.findall(rf"(?<![A-Za-z]){w}(?![A-Za-z])", en_text, flags=re.I)) for w in said)
    # the Chinese stage words of the same English outside this 环境 (开发 of 开发服务器 = "dev server")
    elsewhere = sum(text.count(s) for s, words in STAGES.items() if words == said) - 1
    return times > elsewhere
