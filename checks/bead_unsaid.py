"""untranslated inside a bead: a Chinese sentence that the search joined to its neighbour's bead although the
bead's English says nothing of it.

When the English of one sentence of a paragraph is missing, the search need not leave that Chinese sentence alone:
beside a neighbour whose English is two sentences (or one long one) it can pair both Chinese sentences with the
neighbour's English in one bead (比如默认开启了缓存，而某个页面不需要缓存。 joined, 2-2, to the sentence before it and
"viewOptions: The incoming configuration … This can be considered based on the characteristics of the template
engine."), and nothing is unpaired: the omission goes unreported. The mirror, at a sentence boundary, of
`joined_unsaid` (a line join inside one sentence), with its evidence (`joined_unsaid.unsaid_beside`): in a bead of
two Chinese sentences (three or more in one bead are a misaligned passage, kitex's list paragraphs 6-1 beside an
unrelated line, not one sentence joined), the second sentence has MIN_HAN Han characters and MIN_OWN content
tokens of its own, says no mark (a name, a number) and fewer than `clause_cuts.MIN_SAID` glossed stems, Latin tokens
or numbers of the English that the first does not say (one is a topic word), while the first says RENDERED_SHARE of
the English's content stems; and it writes no inline code span the English writes (the reading masks code, so
`said_of` cannot see it: 那什么时候可以用 `optionalDependencies` 呢？ beside English that names
`optionalDependencies`). Only the second: the first is the one the search paired for its own words (tried on egg:
reporting a first sentence gave false findings only).

The English of the second sentence may stand apart from the first's: a sentence of the bead's English after the
first that the first Chinese sentence says at most STRAY words and no mark of, with MIN_OWN content stems of its own
(这些 issue 可以很好地作为你的首次尝试。 freely rendered "This is a great place to get started." after the English of
the sentence before it), is the second's rendering, however free; a bead with one is not reported. And a code span is
looked up in the English as the file writes it too (`` `Replace` `` between backticks), not only in the reading,
whose masks a stray backtick can shift (the English "the char ` ` to `_`" read as code to the next backtick).

Two Chinese sentences that the English writes as one (`aligner.merged_sentences`) keep the second one's words in the
English (its name, its number, a glossed word), so they are not reported; nor is a bead whose Chinese sentences all
share the English's words.
"""
from __future__ import annotations

from collections.abc import Iterator, Sequence

from zhen_qa.aligner.clause_cuts import MIN_SAID
from zhen_qa.aligner.clauses import marks, said_of
from zhen_qa.aligner.lexicon import STOP_EN, en_stems, load_lexicon
from zhen_qa.checks.joined_unsaid import MIN_OWN, unsaid_beside
from zhen_qa.checks.quote import clipped
from zhen_qa.manuscript.document import Pair, Sentence, span_of
from zhen_qa.manuscript.source import CODE_PLACEHOLDER, inline_code
from zhen_qa.report.findings import Finding, Severity

STRAY = MIN_SAID - 1
"""Words of the English a sentence may say and still be unsaid: `merged_sentences` joins a lone sentence to a bead
when it says MIN_SAID of them; one alone is a topic word the page repeats (应用 beside "application development")."""


def _codes(sentences: Sequence[Sentence]) -> set[str]:
    """The inline code spans the sentences write (their text masks them: `CODE_PLACEHOLDER`)."""
    return {code for s in sentences for i, ch in enumerate(s.text.text)
            if ch == CODE_PLACEHOLDER and (code := inline_code(s.text, i).strip())}


def _written(sentences: Sequence[Sentence]) -> str:
    """The source text from the first sentence's start to the last one's end, as the file writes it."""
    first, last = sentences[0].text, sentences[-1].text
    return first.source.text[first.offsets[0]:last.end_of(len(last.text) - 1)]


def _said_codes(codes: set[str], read: set[str], written: str) -> set[str]:
    """The code spans of `codes` that the English writes: among its reading's code spans `read`, or between backticks
    in its text as written (a sentence's text may start inside its first code span, so both are asked)."""
    return {code for code in codes if code in read or f"`{code}`" in written}


def _apart(first: str, en: Sequence[str]) -> bool:
    """Whether an English sentence after the first of `en` is no part of Chinese `first`'s rendering: it has MIN_OWN
    content stems and `first` says at most STRAY of its words and none of its marks."""
    lexicon = load_lexicon()
    for text in en[1:]:
        said = said_of(first, text, lexicon)
        if (len(set(en_stems(text)) - STOP_EN) >= MIN_OWN and len(said) <= STRAY
                and not marks(first) & marks(text) - said):
            return True
    return False


def findings(pair: Pair, rule: str, severity: Severity) -> Iterator[Finding]:
    """`rule` findings for the Chinese sentences of the pair's beads of two or more Chinese sentences that their
    English says nothing of (at most one a bead: the sentences after the first boundary that leaves them unsaid)."""
    for bead in pair.beads:
        if len(bead.zh) != 2 or not bead.en:  # more Chinese sentences in one bead: a misaligned passage, not a join
            continue
        zh = [pair.zh[i] for i in bead.zh]
        en_sentences = [pair.en[j] for j in bead.en]
        en = " ".join(s.text.text for s in en_sentences)
        texts = [s.text.text for s in zh]
        if _apart(texts[0], [s.text.text for s in en_sentences]):
            continue
        written, codes = _written(en_sentences), _codes(en_sentences)
        after = [k for k in range(1, len(zh)) if not _said_codes(_codes(zh[k:]), codes, written)
                 and unsaid_beside("".join(texts[k:]), "".join(texts[:k]), en, STRAY)]
        if not after:
            continue
        part = zh[after[0]:]
        text = "".join(s.text.text for s in part)
        yield Finding(rule, severity, f"no English for: {clipped(text)} (the English of this bead renders only "
                      "the Chinese sentences beside it)", span_of(part), "zh", text,
                      related=pair.en[bead.en[0]].location)
