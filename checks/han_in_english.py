"""Chinese left in an English sentence (untranslated-span), the original cited in brackets or after a language label
excepted."""
from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from zhen_qa.checks.bracketed import in_parentheses
from zhen_qa.checks.context import Options
from zhen_qa.checks.language_link import language_switch
from zhen_qa.checks.untranslated_findings import runs_left
from zhen_qa.manuscript.document import Sentence
from zhen_qa.manuscript.script import HAN as _HAN
from zhen_qa.manuscript.source import Location
from zhen_qa.report.findings import Finding

HAN_RUN = re.compile(r"[" + _HAN + r"]+(?:[\u3000-\u303f\uff01-\uff0f\uff1a-\uff20·]+[" + _HAN + r"]+)*")
_LABELLED = re.compile(r"(?<![A-Za-z])(?:in\s+)?(?:(?:simplified|traditional)\s+)?(?:Chinese|Mandarin|Cantonese)"
                       r"\s*[:：]?\s*[\"'“‘]?$", re.I)
"""A language label right before a Chinese run in English ("Huo-Yan" (Chinese: 火眼, or "Fire Eye" in English)):
the English cites the original on purpose, as it does in brackets."""


def _labelled(text: str, start: int) -> bool:
    """True if the Chinese run at `start` is introduced by a language label ("Chinese: 火眼", "in Mandarin 武肺")."""
    return bool(_LABELLED.search(text, max(0, start - 40), start))


def han_in_english(s: Sentence, options: Options, related: Location | None = None,
                   chinese: Sequence[Sentence] = ()) -> Iterator[Finding]:
    """Chinese runs left in an English sentence (an allowed "secretome (分泌组)" or "(Chinese: 火眼, ...)" is
    skipped, and so is the text of a link to the Chinese version that `chinese`, the bead's Chinese sentences, faces
    with a link to the English version: the page's language switch, `language_link`)."""
    text = s.text.text
    runs = [m for m in HAN_RUN.finditer(text)
            if not (options.allow_original_in_parentheses
                    and (in_parentheses(text, m.start(), m.end()) or _labelled(text, m.start())))
            and not language_switch(s, m.start(), m.end(), chinese)]
    if runs:
        yield runs_left(s, runs, "Chinese left in the English", "en", related)
