"""What the two sides of punctuation-width share: its rule, the marks of each width, the message and the finding of
one wrong-width mark (`width_zh`: half-width in Chinese text, `width_en`: full-width in English text)."""
from __future__ import annotations

import re

from zhen_qa.checks.typography_texts import OWN_TYPOGRAPHY
from zhen_qa.manuscript.source import MappedText
from zhen_qa.report.findings import Finding, Rule, Severity, excerpt_around

PUNCTUATION_WIDTH = Rule(
    "punctuation-width",
    Severity.WARNING,
    "Half-width punctuation in Chinese text, full-width punctuation in English text, or Chinese/Latin "
    "spacing against the house style.",
    preconditions="reference, citation and page-furniture blocks are skipped; "
    "spacing only when cjk_latin_space is set",
    scope=OWN_TYPOGRAPHY,
)

HALF = ",;:?!()"
HALF_RE = re.compile("[" + re.escape(HALF) + "]")
FULL = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）"}
TO_HALF = {"，": ",", "。": ".", "；": ";", "：": ":", "？": "?", "！": "!", "（": "(", "）": ")", "【": "[",
           "】": "]", "、": ",", "“": '"', "”": '"', "‘": "'", "’": "'"}
"""The half-width mark each full-width one stands for."""
WRONG_WIDTH = {"zh": ("half-width", "Chinese"), "en": ("full-width", "English")}
"""Per language of the text: the width of the marks reported in it, and the language's name."""


def width_message(mark: str, lang: str) -> str:
    """The message of one wrong-width mark in a text of language `lang` ('half-width "," in Chinese text')."""
    width, language = WRONG_WIDTH[lang]
    return f'{width} "{mark}" in {language} text'


def neighbour(text: str, i: int, step: int) -> str:
    """The nearest non-space character from i in direction step ("" at the edge)."""
    i += step
    while 0 <= i < len(text) and text[i] in " \t\u3000":
        i += step
    return text[i] if 0 <= i < len(text) else ""


def width_finding(mt: MappedText, a: int, b: int, lang: str, message: str, suggestion: str | None) -> Finding:
    """A punctuation-width finding at mt[a:b]."""
    return Finding(PUNCTUATION_WIDTH.id, PUNCTUATION_WIDTH.severity, message, mt.location(a, b), lang,
                   excerpt_around(mt.text, a, b), suggestion=suggestion)
