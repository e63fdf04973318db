"""Which English sentences render which Chinese ones, from the glossed stems, Latin names and numbers they share.

The aligner's repairs ask it of a bead's sentences: an English sentence of a merged bead that renders part of its
Chinese of its own (`renders_own`, `glossed_from_bead`, `names_own`: kept when the bead is trimmed), and an English
sentence that renders its neighbour's Chinese rather than its own bead's (`rendered_by`, `holds_rendering`: an orphan
whose translation was deleted took its neighbour's English, given back by `give_back_rendered`).
"""
from __future__ import annotations

from collections.abc import Callable

from zhen_qa.aligner.orphan_evidence import NAME, Evidence, numbers_of, rows
from zhen_qa.aligner.refine import PathBead
from zhen_qa.aligner.scorers.anchors import latin_tokens
from zhen_qa.manuscript.lazy_re import LazyPattern
from zhen_qa.manuscript.script import HAN_RUN_RE

OWN_STEMS, OWN_STEM_SHARE = 2, 0.3
"""An English sentence of a merged bead renders part of its Chinese when this many of its stems, and this share of
them, are stems no other English sentence of the bead has that the bead's Chinese glosses into. One shared word is
often the topic's (an English sentence with no Chinese that "replaces the content" beside a Chinese sentence about
replacing content), and so are two in a long sentence (paramed doc8: English paragraphs the Chinese omits, 2-3 of
11-34 stems of their own in the Chinese beside them; wmtbio: 3 of 12 in an English sentence the Chinese file leaves
out); a rendering has a good part of its words there (3 of 9, 6 of 15 in wmt21)."""


def renders_own(ev: Evidence, b: PathBead, j: int) -> bool:
    """English sentence j of bead `b` has OWN_STEMS or more stems of its own (not in the bead's other English
    sentences), and OWN_STEM_SHARE of its stems, that the bead's Chinese glosses into: it translates part of the
    Chinese (one long Chinese sentence written as two English ones), however much the bead's similarity gains
    without it. False when the glossed vectors are not kept."""
    if ev.Z is None or ev.E is None:
        return False
    i0, j0, i1, j1 = b
    zh = rows(ev.Z, i0, i1)
    others = set(rows(ev.E, j0, j)) | set(rows(ev.E, j + 1, j1))
    stems = rows(ev.E, j, j + 1)
    own = sum(1 for c in stems if c in zh and c not in others)
    return own >= OWN_STEMS and own >= OWN_STEM_SHARE * len(stems)


GLOSSED_PART = 3
"""An English edge sentence is judged against the document's own length ratio when one in GLOSSED_PART of its stems (a
third; RENDER_STEMS at least) are glossed from its bead's Chinese. A count alone is what any added conclusion of an
abstract has: it restates the bead's nouns (review49 R10: "The proposed method therefore also outperforms all
existing methods on both public datasets in running time.", 3 of 10 stems: method, public, dataset); the second half
of a long Chinese sentence has a larger part of its words there (with the sets' glossaries: chinaxiv3 cx3-023 4/8,
chinaxiv7 cx7-013 5/9, cx7-025 6/15, chinaxiv9 cx9-037 4/11). The margin is narrow: without its glossary cx9-037 has
3/11 and is split off again."""


def glossed_from_bead(ev: Evidence, b: PathBead, j: int) -> bool:
    """English sentence j has RENDER_STEMS or more stems, and one in GLOSSED_PART of its stems, that bead `b`'s Chinese
    glosses into (shared with the bead's other English sentences or not): words of a rendering of that Chinese. A
    sentence with fewer is no rendering whatever its length says (an English keyword with no Chinese keyword beside a
    short one; an added conclusion naming the bead's nouns). False when the glossed vectors are not kept."""
    if ev.Z is None or ev.E is None:
        return False
    zh = rows(ev.Z, b[0], b[2])
    stems = rows(ev.E, j, j + 1)
    glossed = sum(1 for c in stems if c in zh)
    return glossed >= RENDER_STEMS and GLOSSED_PART * glossed >= len(stems)  # integers: 3 of 9 is a third


RENDER_STEMS, RENDER_RATIO = 3, 3
"""An English sentence renders Chinese sentence y rather than x when this many of its stems are glossed from y and
not from x, and more than RENDER_RATIO times as many as x glosses into and y does not, and y glosses into
OWN_STEM_SHARE of its stems in all (a rendering has a good part of its words there). Topic words both sentences
gloss into (soil, mineral element, labeling) count for neither: an orphan left by a deleted translation shares them
with its neighbour's English, and only what the neighbour alone says tells whose sentence it is (chinaxiv10: 3-7
stems of the neighbour's own against 0-1 of the orphan's, 50-72% of the English's stems glossed from the
neighbour). An English sentence that renders a sentence the lexicon glosses little of and restates its neighbour's
subject has few of its words there (chinaxiv6 cx6-022 "Both the ADH and the DRYAD model predict …, but these two
theories have their own different assumptions …" for 二者在基本观点、实验支持及存在问题上各有侧重: 4 of 20)."""


def rendered_by(ev: Evidence, j: int, x: int, y: tuple[int, int]) -> bool:
    """English sentence j renders Chinese sentences y = [y0, y1) and not Chinese sentence x: RENDER_STEMS or more of
    its stems are glossed from y and not from x, more than RENDER_RATIO times those glossed from x and not from y,
    OWN_STEM_SHARE of all its stems are glossed from y, OWN_STEMS or more are glossed from x (an orphan shares topic
    words with the English it took, which is why the search paired them; with none, the lexicon does not see x's
    words, and a rendering it is blind to looks the same: chinaxiv cx-031), and x writes no Latin name or number of
    j's that y lacks, nor a number (in digits or words, 1 too: a 1:1:1 ratio, 7 = seven) that j writes and y lacks:
    a rendering the lexicon is blind to still carries its numbers. Nor when x points back (`refers_back`) to y, the
    sentence before it, and j has a stem glossed from x alone: j renders x, naming what it points to in y's words.
    False when the glossed vectors are not kept."""
    if ev.Z is None or ev.E is None:
        return False
    stems = set(rows(ev.E, j, j + 1))
    in_x, in_y = set(rows(ev.Z, x, x + 1)), set(rows(ev.Z, y[0], y[1]))
    mine, theirs = len(stems & in_y - in_x), len(stems & in_x - in_y)
    if mine < RENDER_STEMS or mine <= RENDER_RATIO * theirs or len(stems & in_y) < OWN_STEM_SHARE * len(stems) \
            or len(stems & in_x) < OWN_STEMS:
        return False
    if ev.zh_texts is None or ev.en_texts is None:
        return True
    if theirs and y[1] <= x and refers_back(ev.zh_texts[x]):
        return False  # x points back to y: y's words in j may be what x points to, written out
    names = {w.lower() for w in NAME.findall(ev.en_texts[j])} - {"0", "1"}
    x_names = {w.lower() for w in NAME.findall(ev.zh_texts[x])} & names
    y_names = {w.lower() for i in range(y[0], y[1]) for w in NAME.findall(ev.zh_texts[i])}
    return not x_names - y_names and not numbers_of(ev.zh_texts[x], "zh") & numbers_of(ev.en_texts[j], "en") - {
        v for i in range(y[0], y[1]) for v in numbers_of(ev.zh_texts[i], "zh")}


_POINTERS = frozenset({"这种", "这些", "这个", "这项", "这类", "这样", "该", "此", "此类", "此种", "其", "上述", "前述",
                       "以上", "这一"})
"""Tokens (jieba's cut) that point back to what a sentence before has said when a word follows them: 这种方法, 该区,
此方法, 其结果, 上述因素. Words that only contain them are other tokens (因此, 此外, 由此可见, 应该, 其中, 尤其)."""


def refers_back(text: str) -> bool:
    """A clause of the Chinese sentence opens by pointing back (`_POINTERS`, 这 before 一, 该 joined to its noun:
    该区): its subject is what was said before, and its English may write that out in the words of the sentence
    before (这种方法稳定可靠 as "Isotope labelling of plant roots is thus a stable way …"), so those words are no
    evidence that the English renders the sentence before instead. A pointer inside a clause (对该领域的综述) names
    no subject: chinaxiv5 cx5-021's orphan, whose translation is missing, still gives back its neighbour's English."""
    from zhen_qa.aligner.jieba_base import cut

    for clause in _CLAUSE.split(text):
        run = HAN_RUN_RE.match(clause.strip())
        tokens = [*cut(run.group()), ""] if run else []
        if tokens and len(tokens) > 1 and ((len(tokens[0]) == 2 and tokens[0][0] == "该")
                                           or (tokens[1] and (tokens[0] in _POINTERS
                                                              or (tokens[0] == "这" and tokens[1] == "一")))):
            return True
    return False


_CLAUSE = LazyPattern(r"[，,：:；;。！？]")


def holds_rendering(ev: Evidence, x: PathBead, y: PathBead) -> bool:
    """Bead y's English holds a sentence that renders bead x's Chinese and not each of y's Chinese sentences
    (`rendered_by`): x's translation is there, moved before or after its neighbour's, so x is no orphan and y's English
    no place for x's (chinaxiv6 cx6-028: "Aiming at the cognition processing defects …, present study aims to explore
    …" opens the abstract for 本项目针对非安全依恋个体的认知加工缺陷… written second)."""
    x0, _, x1, _ = x
    y0, f0, y1, f1 = y
    return x1 > x0 and y1 > y0 and any(all(rendered_by(ev, f, i, (x0, x1)) for i in range(y0, y1))
                                       for f in range(f0, f1))


def give_back_rendered(path: list[PathBead], ev: Evidence, max_side: int, *,
                       too_long: Callable[[PathBead], bool] | None = None) -> list[PathBead]:
    """The path with the English of each 1-1 bead X-e joined to the bead beside it, Y-F, where e renders Y's Chinese
    and not X (`rendered_by`), leaving X-null: a Chinese sentence whose translation was deleted takes the nearer
    English sentence of its neighbour (the half of a long sentence the English writes as two, or a chain shift
    through its neighbour's translation), however its similarity compares with the bead's median. Y may be a Chinese
    sentence left alone (Y-null: the two swap, X-null, Y-e). Not when Y's own English holds X's translation
    (`holds_rendering`). Then `_uncrossed`: an English sentence left alone beside X-e that renders the Chinese
    sentence on X's other side. A bead changed once is not looked at again; Y keeps at most `max_side` English
    sentences and must not be too long (`too_long`)."""
    if ev.Z is None or ev.E is None:
        return path
    out = list(path)
    changed: set[int] = set()
    for k, (x0, j0, x1, j1) in enumerate(path):
        if x1 - x0 != 1 or j1 - j0 != 1 or k in changed:
            continue
        for n in (k - 1, k + 1):
            if not 0 <= n < len(path) or n in changed:
                continue
            y0, f0, y1, f1 = path[n]
            if y1 == y0 or f1 - f0 >= max_side or not rendered_by(ev, j0, x0, (y0, y1)) \
                    or holds_rendering(ev, path[k], path[n]):
                continue
            grown = (y0, f0, y1, j1) if n < k else (y0, j0, y1, f1)
            if too_long is not None and too_long(grown):
                continue
            out[n] = grown
            out[k] = (x0, j1, x1, j1) if n < k else (x0, j0, x1, j0)
            changed.update((k, n))
            break
    return _uncrossed(out, ev, max_side)


def _uncrossed(path: list[PathBead], ev: Evidence, max_side: int) -> list[PathBead]:
    """The path with each crossing around a deleted translation undone: an English sentence f left alone (0-1) beside
    a 1-1 bead X-e, and the Chinese sentence Y on X's other side (alone or in a bead) that f renders and X does not
    (`rendered_by`). A monotone path cannot pair f with Y while X-e stands between them. When e renders X no more
    than Y (no more stems glossed from X alone than from Y alone, no number of X's that Y lacks), X is the sentence
    without English: X-null, and Y takes f, e and its own English (null-f, X-e, Y-G -> X-null, Y-(f, e, G); mirrored,
    W-G, X-e, f-null -> W-(G, e, f), X-null), at most `max_side` English sentences. f must stand alone: English
    without Chinese beyond it too (a run of lone sentences) is English the Chinese lacks, an added background
    (chinaxiv14 cx14-035: "It is usual for individual to feel socially excluded. As an unpleasant experience, social
    exclusion results in adverse effect …" before the Chinese abstract's first sentence), not a displaced one.
    A reordered translation keeps its crossing: there e renders X. The grown bead's length is not tested: f and e are
    there on the lexicon's evidence, and an abstract's English often says a sentence at length (a review's outlook
    written as three sentences)."""
    out = list(path)
    k = 0
    while k + 2 < len(out):
        lone, bead, other = out[k], out[k + 1], out[k + 2]
        forward = _lone_en(lone) and _is_one(bead) and other[2] > other[0] and not (k > 0 and _no_zh(out[k - 1]))
        backward = _lone_en(other) and _is_one(bead) and lone[2] > lone[0] \
            and not (k + 3 < len(out) and _no_zh(out[k + 3]))
        new: list[PathBead] | None = None
        if forward:  # null-f, X-e, Y-G
            (_, f, _, _), (x0, e, x1, _), (y0, g0, y1, g1) = lone, bead, other
            if g1 - f <= max_side and _renders_not(ev, f, e, x0, (y0, y1)):
                new = [(x0, f, x1, f), (y0, f, y1, g1)]
        elif backward:  # W-G, X-e, f-null
            (w0, g0, w1, _), (x0, e, x1, _), (_, f, _, _) = lone, bead, other
            if f + 1 - g0 <= max_side and _renders_not(ev, f, e, x0, (w0, w1)):
                new = [(w0, g0, w1, f + 1), (x0, f + 1, x1, f + 1)]
        if new is not None:
            out[k:k + 3] = new
            k += 2
            continue
        k += 1
    return out


def _lone_en(b: PathBead) -> bool:
    return b[2] == b[0] and b[3] - b[1] == 1


def _no_zh(b: PathBead) -> bool:
    return b[2] == b[0]


def _is_one(b: PathBead) -> bool:
    return b[2] - b[0] == 1 and b[3] - b[1] == 1


CROSS_NUMBERS = 2
"""A lone English sentence renders the Chinese beyond a pair by its numbers when it writes this many values that
Chinese writes and the pair's Chinese does not (one shared value may be said otherwise; `orphans.MIN_NUMBERS`)."""


def _numbers_render(ev: Evidence, f: int, x: int, y: tuple[int, int]) -> bool:
    """English sentence f writes CROSS_NUMBERS or more values that Chinese y writes and x does not, and no value that
    x writes and y does not: the dates and measures of y (a methods sentence's "between July 2020 and July 2021"),
    where the lexicon may gloss too few of its words."""
    if ev.zh_texts is None or ev.en_texts is None:
        return False
    said = numbers_of(ev.en_texts[f], "en")
    in_x = numbers_of(ev.zh_texts[x], "zh")
    in_y = {v for i in range(y[0], y[1]) for v in numbers_of(ev.zh_texts[i], "zh")}
    return len(said & in_y - in_x) >= CROSS_NUMBERS and not said & in_x - in_y


def _renders_not(ev: Evidence, f: int, e: int, x: int, y: tuple[int, int]) -> bool:
    """English sentence f renders Chinese y and not x (its stems, `rendered_by`, or its numbers, `_numbers_render`),
    and e renders x no more than y."""
    if not (rendered_by(ev, f, x, y) or _numbers_render(ev, f, x, y)):
        return False
    assert ev.Z is not None and ev.E is not None
    stems = set(rows(ev.E, e, e + 1))
    in_x, in_y = set(rows(ev.Z, x, x + 1)), set(rows(ev.Z, y[0], y[1]))
    if len(stems & in_x - in_y) > len(stems & in_y - in_x):
        return False
    if ev.zh_texts is None or ev.en_texts is None:
        return True
    said = numbers_of(ev.en_texts[e], "en")
    return not numbers_of(ev.zh_texts[x], "zh") & said - {
        v for i in range(y[0], y[1]) for v in numbers_of(ev.zh_texts[i], "zh")}


def names_own(ev: Evidence, b: PathBead, j: int) -> bool:
    """English sentence j of bead `b` writes a Latin token of two characters or more (a name, an abbreviation: DF,
    IFIT1, caspase) that the bead's Chinese writes and none of the bead's other English sentences has: it renders the
    part of the Chinese that names it, where the lexicon may know too few of its other words (取肝组织，Western印迹观察
    IFIT1表达；免疫组织化学检测caspase-3和caspase-8表达；… written as "IFIT1 expression was examined by Western
    blot. The expression of caspase-3 and -8 was measured by immunohistochemistry. …")."""
    if ev.zh_texts is None or ev.en_texts is None:
        return False
    i0, j0, i1, j1 = b
    zh = {t for i in range(i0, i1) for t in latin_tokens(ev.zh_texts[i]) if len(t) > 1}
    mine = zh.intersection(latin_tokens(ev.en_texts[j]))
    if not mine:
        return False
    others = {t for k in range(j0, j1) if k != j for t in latin_tokens(ev.en_texts[k])}
    return bool(mine - others)
