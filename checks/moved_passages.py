"""A passage the English gives in another place of the page: one finding where the Chinese has it, not two.

A translator sometimes moves a passage: a 说明： list the Chinese puts under `### Kitex 集成` comes before that heading
in the English (under `## Usage`), a note the Chinese gives at the page's end follows the first example in the
English. The aligner pairs sentences in order and within a section, so the moved passage comes out twice: untranslated
where the Chinese has it and extra-target where the English has it, two findings of missing content for one passage
that is translated. `aligner.moved` pairs such passages inside a section first (by the aligner's score, the same
text, or a page both sentences link to); this reads the whole page, so it merges a passage moved to another section
and one `aligner.moved` left unpaired inside a section alike.

An untranslated run and an extra-target run of the same page are one moved passage when the aligner, given the two
runs alone, pairs every sentence of both (no sentence of either is left alone) and every bead it makes pairs
counterparts (`_vouched`): it scores MOVED_SCORE (`aligner.moved`: sentences that translate each other score
0.45-0.75, unrelated leftovers at most about 0.25), or its Chinese says half the stems of its English (MIN_SAID at
least, `clauses.said_of`) and writes no Latin token the English lacks, one at least (list items whose content is names
score low: 如 Server 端开启 Frugal，需确保 Client 端指定了 Framed 或 TTHeaderFramed 协议 / "If Frugal is enabled on the
server side, make sure that Framed (or TTHeaderFramed) is enabled on the client side."). One bead may be a lead-in
label on both sides instead (说明： / "Note:", `_label`). The two findings become one, on the Chinese, at low severity
(info): the English gives this passage elsewhere, with the place; a reviewer still sees that the page's order differs.

A passage is MIN_PAIRED sentences paired with that evidence at least: a single sentence moved keeps its two findings
(kitex idl_trimmer zh 101 / en 78), since a single sentence on the same topic pairs as well (MIN_PAIRED's note: the
recall run's deleted paragraph on acquire_rpcinfo). A real deletion stays reported as missing: the passage is absent
from the other page, so no extra-target run there renders it, and an unrelated run left alone elsewhere on the page
does not pair sentence for sentence in order. Even where one did, the finding stays where the Chinese is, under the
same rule, naming the English it was taken for. A run named beside an untranslated one
(`untranslated_unpaired._side_by_side`) and a condensed page's one finding are left as they are.

No check reads the values of either run (a bead with no counterpart has no number check), so the two runs must write
the same numbers (`number_values`: digits and words alike) and as many code spans: a moved list that says
"100 by default" and "after 3 seconds" for 默认为 10 个 and 超过 30 秒 keeps both findings, the Chinese a warning
(review63 R3). A page with more than MAX_RUNS runs of either kind is drifted or paired with another page, not one
with a passage moved: it is not searched (the search tries each pair of runs).
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from zhen_qa.aligner.clauses import MIN_SAID, said_of
from zhen_qa.aligner.lexicon import en_stems, load_lexicon
from zhen_qa.aligner.moved import MOVED_SCORE
from zhen_qa.aligner.scorers.anchors import latin_tokens, number_values
from zhen_qa.checks.quote import clipped
from zhen_qa.checks.untranslated_findings import EXTRA_TARGET, UNTRANSLATED
from zhen_qa.manuscript.lazy_re import LazyPattern
from zhen_qa.manuscript.script import HAN
from zhen_qa.manuscript.source import CODE_PLACEHOLDER
from zhen_qa.report.findings import Finding, Severity
from zhen_qa.report.places import line_name

__all__ = ["elsewhere"]

SAID_SHARE = 0.5
"""Least share of a bead's English stems its Chinese must say (with its names) when the bead scores below
MOVED_SCORE: list items whose content is names score low, yet say most of each other."""
MIN_PAIRED = 2
"""Fewest beads of the two runs with evidence of their own: a passage of sentences in the same order. One sentence
alone is not enough: kitex acquire_rpcinfo's 同步的使用方式是指用户没有在新起的 Goroutine 里获取 RPCInfo。 (no English:
true) scores 0.47 beside "If you need to get RPCInfo in the new goroutine, there are two ways to use it.", whose
Chinese the recall run deleted; given two sentences alone the aligner scores a pair on one topic as counterparts."""
MAX_SIDE = 4
"""Most sentences of one side in an aligner bead (`align`'s default): runs further apart in size cannot pair."""
LABEL_WORDS = 2
"""Most words of an English lead-in label ("Note:", "For example:") paired with a Chinese one (说明：)."""
MAX_RUNS = 6
"""Most untranslated runs, and most extra-target runs, of a page the merge tries: a page with more of each kind is
drifted or paired with another page (review63 R7: 91 x 62 runs of mis-paired kitex pages doubled the check), not a
page with a passage moved; its findings stay as they are."""
_HAN = LazyPattern(f"[{HAN}]")
_COLON_END = LazyPattern(r"[：:]\s*$")


def _texts(f: Finding) -> list[str]:
    """The sentences a finding of one sentence or a run reports."""
    listed = dict(f.data).get("sentences")
    return [s["text"] for s in listed] if listed is not None else [f.excerpt]


def _candidate(f: Finding) -> bool:
    """An untranslated or extra-target finding of a run (or one sentence) that names no other place already."""
    data = dict(f.data)
    return f.rule in (UNTRANSLATED.id, EXTRA_TARGET.id) and "beside" not in data and not data.get("condensed")


def _vouched(zh: str, en: str, score: float) -> bool:
    """Whether a bead of the two runs pairs counterparts: it scores MOVED_SCORE, or the Chinese says MIN_SAID words
    and half the stems of the English (`clauses.said_of`) and writes no Latin token (a name, an option) the English
    lacks, one at least (Server, Framed, PayloadCodec: the names a list item keeps in translation)."""
    if score >= MOVED_SCORE:
        return True
    said = said_of(zh, en, load_lexicon())
    names = {t for t in latin_tokens(_HAN.sub(" ", zh)) if len(t) > 1}
    return (len(said) >= MIN_SAID and len(said) >= SAID_SHARE * len(set(en_stems(en)))
            and bool(names) and names <= set(latin_tokens(en)))


def _label(zh: str, en: str) -> bool:
    """A lead-in label on both sides (说明： / "Note:"): a word and a colon, which no lexicon pairs."""
    return bool(_COLON_END.search(zh)) and en.rstrip().endswith(":") and len(en.split()) <= LABEL_WORDS


def _values(texts: Sequence[str], lang: str) -> tuple[frozenset[str], int]:
    """The numbers a run writes (`number_values`: digits and words alike) and how many code spans it holds."""
    numbers = frozenset(v for t in texts for v in number_values(t, lang))
    return numbers, sum(t.count(CODE_PLACEHOLDER) for t in texts)


def _moved(zh: Sequence[str], en: Sequence[str]) -> bool:
    """Whether Chinese run `zh` and English run `en` translate each other, sentence for sentence (module doc)."""
    from zhen_qa.aligner.align import align  # numpy and scipy only when a page has both kinds of finding

    if max(len(zh), len(en)) > MAX_SIDE * min(len(zh), len(en)) or _values(zh, "zh") != _values(en, "en") \
            or len(said_of(" ".join(zh), " ".join(en), load_lexicon())) < MIN_SAID:
        return False  # cannot pair sentence for sentence, or say nothing of each other: not aligned at all
    beads = align(list(zh), list(en), paragraphs=True)
    if not beads or any(not (b.zh and b.en) for b in beads):
        return False
    sides = [(" ".join(zh[i] for i in b.zh), " ".join(en[j] for j in b.en), b.score) for b in beads]
    unvouched = [(z, e) for z, e, score in sides if not _vouched(z, e, score)]
    if len(beads) - len(unvouched) < MIN_PAIRED:
        return False  # one sentence pair is no passage: a sentence on the same topic pairs as well (see MIN_PAIRED)
    return not unvouched or len(unvouched) == 1 and _label(*unvouched[0])


def elsewhere(findings: Sequence[Finding]) -> list[Finding]:
    """`findings` with each untranslated run whose English is an extra-target run of the same page (`_moved`) made one
    finding of low severity that names where the English has it, and that extra-target finding left out."""
    zh_runs = [k for k, f in enumerate(findings) if f.rule == UNTRANSLATED.id and _candidate(f)]
    en_runs = [k for k, f in enumerate(findings) if f.rule == EXTRA_TARGET.id and _candidate(f)]
    if not zh_runs or not en_runs or len(zh_runs) > MAX_RUNS or len(en_runs) > MAX_RUNS:
        return list(findings)  # nothing to merge, or a drifted or mis-paired page (MAX_RUNS)
    merged: dict[int, Finding] = {}
    taken: set[int] = set()
    for k in zh_runs:
        u = findings[k]
        for n in en_runs:
            e = findings[n]
            if n in taken:
                continue
            if _moved(_texts(u), _texts(e)):
                where = line_name(e.location.path, e.location.line)
                message = (f"translated in another place: the English page has this passage at {where} "
                           f"({clipped(_texts(e)[0], 60)}), not here: check the order of the page")
                merged[k] = replace(u, severity=Severity.INFO, related=e.location, message=message,
                                    data=u.data + (("elsewhere", {"line": e.location.line,
                                                                  "column": e.location.column}),))
                taken.add(n)
                break
    return [merged.get(k, f) for k, f in enumerate(findings) if k not in taken]
