"""Line-aligned translations: two plain files whose line N translate each other (CAT exports, corpora).

A line may hold several sentences; the line pairs are then hard anchors for the sentence alignment.
The test is on lengths, as Gale and Church's: a translated line's length is about a fixed multiple of
its original's, so the lengths of line N on both sides agree far better than those of line N and N+1.
"""
from __future__ import annotations

import math
from collections.abc import Sequence

MIN_LINES = 5
"""Fewest non-blank lines on each side: with fewer, equal counts and agreeing lengths happen by chance."""
BLANK_SHARE = 0.3
"""More blank lines than this share of the non-blank ones: paragraphs set apart by blank lines, not lines."""
RATIO_TOLERANCE = math.log(1.8)
"""A line pair's length ratio agrees when within this factor (log) of the file's median ratio."""
AGREE_SHARE = 0.85
"""Share of line pairs whose ratios must agree."""
SHIFT_MARGIN = 0.15
"""How much better line N must agree with line N than with line N±1: lines of like length agree at any shift."""
MAX_GAP_SHARE = 0.05
"""Counts may differ by this share of the lines (at least MIN_GAP): a line deleted or added, aligned with gaps."""
MIN_GAP = 3
"""Lines by which counts may always differ: a published translation often has a line or two of its own (an edition
number, a web address, a credit line) and a deleted translation adds one more; two were not enough to keep a patient
guide of 33 lines line-aligned when one of its headings lost its English (its heading then read as the start of the
next paragraph). The aligned lines must still pair one to one (`build.LINE_PAIR_SHARE`)."""


def plain_lines(text: str) -> list[str] | None:
    """The non-blank lines of a file laid out line by line, or None (too short, blank-line paragraphs, Markdown)."""
    all_lines = text.split("\n")  # the reader's lines (newlines normalised): not at U+2028/U+2029 or \f
    lines = [line.strip() for line in all_lines if line.strip()]
    if len(lines) < MIN_LINES or len(all_lines) - len(lines) > BLANK_SHARE * len(lines):
        return None
    if sum(line.startswith("#") for line in lines) > 1:
        return None
    return lines


def _length(line: str, lang: str) -> float:
    """Log length: characters without spaces for Chinese, characters for English."""
    return math.log(1 + (len(line.replace(" ", "")) if lang == "zh" else len(line)))


def _lengths_and_ratio(zh_lines: Sequence[str], en_lines: Sequence[str]) -> tuple[list[float], list[float], float]:
    """The lines' log lengths, each side, and the file's ratio: the median log-length difference of the pairs by
    position (at least one pair)."""
    zh = [_length(s, "zh") for s in zh_lines]
    en = [_length(s, "en") for s in en_lines]
    diffs = sorted(e - z for z, e in zip(zh, en))
    return zh, en, diffs[len(diffs) // 2]


def _agreeing(zh: Sequence[float], en: Sequence[float], ratio: float) -> float:
    """Share of the pairs (zh[i], en[i]) whose log-length difference is within the tolerance of `ratio`."""
    n = min(len(zh), len(en))
    if n == 0:
        return 0.0
    return sum(abs(en[i] - zh[i] - ratio) <= RATIO_TOLERANCE for i in range(n)) / n


def lengths_agree(zh_lines: Sequence[str], en_lines: Sequence[str]) -> bool:
    """True when equally many lines pair line by line by their lengths (and not as well shifted by one)."""
    if len(zh_lines) != len(en_lines) or len(zh_lines) < MIN_LINES:
        return False
    zh, en, ratio = _lengths_and_ratio(zh_lines, en_lines)
    same = _agreeing(zh, en, ratio)
    shifted = max(_agreeing(zh[1:], en, ratio), _agreeing(zh, en[1:], ratio))
    return same >= AGREE_SHARE and same - shifted >= SHIFT_MARGIN


def disagreeing(zh_lines: Sequence[str], en_lines: Sequence[str]) -> set[int]:
    """Positions N (equal counts) where line N of both files disagree in length with the file's median ratio: where
    pairing by position may hide a shift. A Chinese line without a Han character (a name kept in English, a code
    line) is written the same in English: its ratio is one (log zero), not the file's."""
    from zhen_qa.manuscript.script import HAN_RUN_RE

    if not zh_lines or not en_lines:
        return set()
    zh, en, ratio = _lengths_and_ratio(zh_lines, en_lines)
    return {k for k, (z, e) in enumerate(zip(zh, en))
            if abs(e - z - (ratio if HAN_RUN_RE.search(zh_lines[k]) else 0.0)) > RATIO_TOLERANCE}


def near_counts(n: int, m: int) -> bool:
    """True when line counts differ, but by few enough lines for a line or two deleted or added."""
    return n != m and min(n, m) >= MIN_LINES and abs(n - m) <= max(MIN_GAP, MAX_GAP_SHARE * max(n, m))
