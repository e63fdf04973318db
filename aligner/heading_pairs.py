"""Two one-line headings left alone side by side: a Chinese heading in a 1-0 bead next to an English one in a 0-1 bead.

A heading is a word or two (症状, "Signs"): too short for the similarity to show it translates anything, so the
search's null prior can leave both alone even where they sit side by side between two paired beads (hit3's Asthma
leaflet: 症状 and "Signs", the one reported untranslated with the other named beside it). Nothing else of either
side is between the pairs around them, so the two are each other's counterpart or both are wrong; the pair is taken.

Both must read as headings (`is_heading`): no mark that ends or goes on with a sentence, at most `MAX_ZH_CHARS`
characters of Chinese with a Han character among them, at most `MAX_EN_WORDS` English words opening in a capital (a
list bullet left out), or both as a list's lead-in, such a heading ending in a colon (• 保持锻炼： / "• Be active:");
the beads on either side have both sides (or are the document's edge), and the pair keeps to one group. A sentence
alone beside a heading of the other language stays alone: a deleted sentence leaves only its counterpart.

Two short sentences alone side by side are joined the same way (`_short_sentences`: each ends a sentence and is, but
for its full stop, as short as a heading): a leaflet's 不要佝偻。 and "Do not slouch." (hit5's back-health leaflet)
share no word the lexicon knows, and a deleted translation leaves no English sentence beside its Chinese.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from zhen_qa.aligner.refine import Groups, PathBead, in_one_group
from zhen_qa.manuscript.lazy_re import LazyPattern
from zhen_qa.manuscript.script import is_han

MAX_ZH_CHARS = 12
"""Most characters of a Chinese heading (症状, 医疗护理, 准备事项)."""
MAX_EN_WORDS = 6
"""Most words of an English heading ("Signs", "Your Care", "What to Expect at Your Visit")."""
_ENDS = LazyPattern(r"[。！？；，、：:;,.!?…][”’\"')）\]】」』\s]*$")
"""A mark that ends a sentence or a clause, or opens a list, maybe closed by a quotation mark or bracket (“红岸？！”,
是，是。”): a heading ends with none."""


def ends_clause(text: str) -> bool:
    """Whether `text` ends with a mark that ends a sentence or a clause, or opens a list (`_ENDS`): the one test of
    "no heading" both heading tests of the aligner share (`is_heading` here, `orphans.heading_like`)."""
    return _ENDS.search(text) is not None
_LIST = re.compile(r"^(?:[•·▪◦Ì-]+\s*)+")
"""A list item's bullet (• 保持锻炼：), left out of a heading's text."""
_LEAD_IN = re.compile(r"[:：]\s*$")


def _headings(zh: str, en: str) -> bool:
    """Whether a Chinese and an English sentence both read as headings, or both as a list's lead-in, a heading
    that ends in a colon (• 保持锻炼： / "• Be active:")."""
    if _LEAD_IN.search(zh) and _LEAD_IN.search(en):
        zh, en = _LEAD_IN.sub("", zh), _LEAD_IN.sub("", en)
    return is_heading(zh, "zh") and is_heading(en, "en")


_SENTENCE_END = LazyPattern(r"[。！？.!?][”’\"')）\]】」』\s]*$")
"""A mark that ends a sentence (not a clause or a list's lead-in), maybe closed by a quotation mark or bracket."""


def _short_sentences(zh: str, en: str) -> bool:
    """Whether a Chinese and an English sentence are both short sentences: each ends a sentence (`_SENTENCE_END`)
    and is, without that mark, as short as a heading (`is_heading`: 不要佝偻。 / "Do not slouch.")."""
    zh, en = zh.strip(), en.strip()
    if not (_SENTENCE_END.search(zh) and _SENTENCE_END.search(en)):
        return False
    return is_heading(_SENTENCE_END.sub("", zh), "zh") and is_heading(_SENTENCE_END.sub("", en), "en")


def is_heading(text: str, lang: str) -> bool:
    """Whether a sentence reads as a one-line heading of its language (see the module docstring)."""
    t = _LIST.sub("", text.strip()).strip()
    if not t or ends_clause(t):
        return False
    if lang == "zh":
        return len(t) <= MAX_ZH_CHARS and any(is_han(c) for c in t)
    words = t.split()
    return len(words) <= MAX_EN_WORDS and t[0].isupper() and any(c.isalpha() for c in t)


def _paired(b: PathBead) -> bool:
    return b[2] > b[0] and b[3] > b[1]


def _taken(a: PathBead, b: PathBead, zh: Sequence[str], en: Sequence[str],
           groups: Groups | None) -> tuple[PathBead, ...] | None:
    """A heading alone (1-0 or 0-1) beside a bead that holds, at its edge next to it, the other language's heading
    as one of two or more sentences of that side (the search gave it to the neighbour: "Ì Try sugar free gum… •
    Be active:" beside • 保持锻炼： alone): the heading taken from the bead and paired with the lone one, or None."""
    for lone, big, after in ((b, a, False), (a, b, True)):
        if (lone[2] - lone[0], lone[3] - lone[1]) == (1, 0) and big[3] - big[1] >= 2 and big[2] > big[0]:
            j = big[1] if after else big[3] - 1  # the English sentence of `big` next to the lone Chinese
            rest = (big[0], big[1] + 1, big[2], big[3]) if after else (big[0], big[1], big[2], big[3] - 1)
            pair = (lone[0], j, lone[2], j + 1)
        elif (lone[2] - lone[0], lone[3] - lone[1]) == (0, 1) and big[2] - big[0] >= 2 and big[3] > big[1]:
            i = big[0] if after else big[2] - 1
            rest = (big[0] + 1, big[1], big[2], big[3]) if after else (big[0], big[1], big[2] - 1, big[3])
            pair = (i, lone[1], i + 1, lone[3])
        else:
            continue
        if _headings(zh[pair[0]], en[pair[1]]) and not _headings(zh[rest[0]], en[rest[1]]) \
                and in_one_group(pair, groups):
            return (pair, rest) if after else (rest, pair)
    return None


def pair_lone_headings(path: list[PathBead], zh: Sequence[str], en: Sequence[str],
                       groups: Groups | None = None) -> list[PathBead]:
    """The path with each Chinese heading alone (1-0) and English heading alone (0-1) that are neighbours between
    paired beads (or the document's edges) joined into one 1-1 bead, and a heading alone paired with the other
    language's heading its neighbour bead took (`_taken`); two short sentences alone side by side so are joined
    (`_short_sentences`)."""
    out = list(path)
    k = 0
    while k + 1 < len(out):
        a, b = out[k], out[k + 1]
        taken = _taken(a, b, zh, en, groups)
        if taken is not None:
            out[k:k + 2] = list(taken)
            k += 1
            continue
        lone = [x for x in (a, b) if (x[2] - x[0], x[3] - x[1]) in ((1, 0), (0, 1))]
        kinds = {(x[2] - x[0], x[3] - x[1]) for x in lone}
        if len(lone) == 2 and kinds == {(1, 0), (0, 1)} and (k == 0 or _paired(out[k - 1])) \
                and (k + 2 == len(out) or _paired(out[k + 2])):
            joined = (min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3]))
            if (_headings(zh[joined[0]], en[joined[1]]) or _short_sentences(zh[joined[0]], en[joined[1]])) \
                    and in_one_group(joined, groups):
                out[k:k + 2] = [joined]
        k += 1
    return out
