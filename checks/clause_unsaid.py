"""extra-target inside a 1-1 bead: the English sentence's `;` clauses that its Chinese says nothing of.

One English sentence of clauses joined by semicolons may render two Chinese paragraphs ("If it does not exist, it
will be created …; if it exists, it will update …; if the cluster name is specified, the command will be executed
on each broker node …; otherwise, … on a single broker node." for 说明：如果不存在则会…；若存在，则会…; and
如果指定的是集群名称，则会在集群中各个broker节点执行该命令；否则会在单个broker节点执行该命令。). When the second
paragraph is deleted, the first still pairs with the whole English sentence in a 1-1 bead and nothing is unpaired:
the omission goes unreported. A sentence is the smallest unit the aligner leaves alone; a clause the Chinese lacks is
found here, by what the clauses say.

Reported (`unsaid_clauses`), in structured Markdown only (documentation, whose translation follows the page's
paragraphs; an abstract's long sentence is rendered far more freely), when the English sentence of a 1-1 bead cuts
at "; " into clauses and a run of them at its start or end

- has MIN_OWN or more content stems of its own (not in the other clauses), none of which (nor its own Latin tokens
  and numbers) the Chinese says (`clauses.said_of`: glossed stems, Latin tokens and numbers both write);
- while the Chinese says RENDERED_SHARE or more of the other clauses' content stems (it translates the rest);
- and every clause of the Chinese (cut after ，；：) of MIN_CLAUSE_HAN Han characters or more says something of the
  other clauses: no Chinese clause is left over that could render the run in words the lexicon does not know
  (只保留 10 天，超过后到第三级 for "…; exceeded data moves to Tier 3": 超过后到第三级 says nothing of the rest, so it
  may be the run's rendering).

A translator who merges or reorders clauses keeps their words: the run's words are then in the Chinese, and nothing
is reported.
"""
from __future__ import annotations

from collections.abc import Iterator

from zhen_qa.aligner.clauses import Tokens, marks, said_of, zh_clauses
from zhen_qa.aligner.lexicon import STOP_EN, en_stems, load_lexicon
from zhen_qa.checks.quote import clipped
from zhen_qa.manuscript.document import Pair
from zhen_qa.manuscript.lazy_re import LazyPattern
from zhen_qa.manuscript.script import han_count
from zhen_qa.report.findings import Finding, Severity

MIN_OWN = 4
"""Stems, Latin tokens and numbers of its own a run of clauses needs for their absence from the Chinese to mean
something (a clause "otherwise, it fails" says too little of its own to tell)."""
RENDERED_SHARE = 0.3
"""Least share of the other clauses' stems, tokens and numbers the Chinese must say: it translates them."""

MIN_CLAUSE_HAN = 4
"""A Chinese clause of fewer Han characters is a label or a connective (说明：, 否则，), no rendering of its own."""

_SEMICOLON = LazyPattern(r";\s+")


def _stems(text: str) -> set[str]:
    """The content stems of an English text (no stop word)."""
    return set(en_stems(text)) - STOP_EN


def unsaid_clauses(zh: str, en: str) -> str | None:
    """The leading or trailing `;` clauses of English sentence `en` that Chinese sentence `zh` says nothing of (their
    text, as the English writes it), or None (see the module's conditions)."""
    parts = [p for p in _SEMICOLON.split(en) if p.strip()]
    if len(parts) < 2:
        return None
    lexicon = load_lexicon()
    memo: Tokens = {}  # the Chinese sentence and its clauses, cut once for every split tried
    for k in range(1, len(parts)):
        for run, rest in ((parts[k:], parts[:k]), (parts[:k], parts[k:])):
            text, other = "; ".join(run), "; ".join(rest)
            theirs = _stems(other) | marks(other)
            own = _stems(text) - theirs
            if len(own) < MIN_OWN or said_of(zh, text, lexicon, memo) & (own | marks(text) - theirs):
                continue
            if len(said_of(zh, other, lexicon, memo) & theirs) < RENDERED_SHARE * len(_stems(other)):
                continue
            if all(said_of(c, other, lexicon, memo) & theirs for c in zh_clauses(zh) if han_count(c) >= MIN_CLAUSE_HAN):
                return text
    return None


def findings(pair: Pair, rule: str, severity: Severity) -> Iterator[Finding]:
    """`rule` findings for the English clauses of the pair's 1-1 beads that their Chinese says nothing of."""
    for bead in pair.beads:
        if len(bead.zh) != 1 or len(bead.en) != 1:
            continue
        zh, en = pair.zh[bead.zh[0]], pair.en[bead.en[0]]
        if (text := unsaid_clauses(zh.text.text, en.text.text)) is not None:
            msg = f"no Chinese for the clause: {clipped(text)}"
            yield Finding(rule, severity, msg, en.location, "en", en.text.text, related=zh.location,
                          data=(("clause", text),))
