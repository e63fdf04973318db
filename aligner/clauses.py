"""Clauses of one Chinese sentence rendered as English sentences of their own: English left alone beside the bead of
the Chinese sentence it renders part of.

A long Chinese sentence of clauses joined by ；or ，(当RH适宜时，蒸发散热达到最大；高温环境下，高湿会阻碍…) is
often written as two to four English sentences. The search pairs it with one of them and leaves the others alone in
0-1 beads when they share too few words with the whole sentence for the bead's similarity to rise (`refine.join_nulls`):
each such sentence is then reported as `extra-target`. Similarity, length and the sentence's own stems of the whole
sentence do not tell them from English sentences that have no Chinese (an added background sentence shares the
abstract's vocabulary just as much); the clause structure does. An English sentence alone renders a clause of the
Chinese sentence beside it when

- a run of consecutive clauses (cut after ；，：, not the whole sentence: 当RH适宜时，蒸发散热（EHL）达到最大；)
  glosses (through the lexicon) into MIN_OWN or more of the lone sentence's stems, Latin tokens and numbers of two
  characters or more counted with them, none of which the bead's English has (`_own`), and these are OWN_SHARE or more
  of the lone sentence's stems: the English already paired does not say what the clause says, and the lone sentence
  does;
- the clause is not rendered by the bead's English: it glosses into fewer of the paired English's stems than into
  the lone sentence's own;
- the bead with the sentence joined has English no longer than the Chinese allows (`too_long`).

Such a sentence joins the bead (a 1-2 or 1-3 bead). An English sentence with no Chinese may share a word or two with
a clause (the topic's words), but rarely a clause the paired English leaves unsaid.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

from zhen_qa.aligner.lexicon import Lexicon, en_stems, one_begins_other, token_glosses, zh_tokens
from zhen_qa.aligner.refine import PathBead, join_lone
from zhen_qa.aligner.scorers.anchors import latin_tokens
from zhen_qa.aligner.scorers.lexical import glossed_stems

MIN_OWN = 2
"""Stems (or Latin tokens and numbers) of its own a clause must share with the lone English sentence."""
OWN_SHARE = 0.125
"""...and the share of the lone sentence's stems they must be at least (one in eight: a long sentence may share two
stems with any clause by chance). Of the labelled extra-target findings of the journal sets, the false ones (English
that renders a clause) have 2-4 such stems of 6-19; the true ones (English the Chinese lacks) at most one. 0.25 joined
3 of them, 0.125 5, with no true finding lost either way."""
MIN_CLAUSES = 2
"""A Chinese sentence of fewer clauses is one clause: its rendering is one English sentence."""

_CLAUSE_END = re.compile(r"(?<=[；;，,：:])")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")


def zh_clauses(sentence: str) -> list[str]:
    """The clauses of a Chinese sentence: its text cut after each ；，： (full or half width), empty pieces dropped."""
    return [c for c in _CLAUSE_END.split(sentence) if c.strip()]


def marks(text: str) -> set[str]:
    """Latin tokens and numbers of two characters or more: names, abbreviations, measures (EHL, IFIT1, 37.5)."""
    return {t for t in latin_tokens(text) if len(t) > 1} | {n for n in _NUMBER.findall(text) if len(n) > 1}


Tokens = dict[str, list[str]]
"""Memoised `zh_tokens` of Chinese texts with one lexicon (a text -> its tokens), shared by the calls of one pass."""


def _tokens(text: str, lexicon: Lexicon, memo: Tokens | None) -> list[str]:
    """`zh_tokens(text, lexicon)`, looked up in `memo` (and added to it) when one is given."""
    if memo is None:
        return zh_tokens(text, lexicon)
    if text not in memo:
        memo[text] = zh_tokens(text, lexicon)
    return memo[text]


def tokens_of(text: str, lexicon: Lexicon, memo: Tokens | None = None) -> list[str]:
    """The tokens of Chinese `text` (`zh_tokens`), memoised in `memo` as the rest of this module does."""
    return _tokens(text, lexicon, memo)


def _evidence(clause: str, present: dict[str, int], lexicon: Lexicon, memo: Tokens | None = None) -> set[str]:
    """What a clause says that the English may say: the English stems (`present`: of the lone and the paired
    sentences) it glosses into through the lexicon, and its Latin tokens and numbers (`marks`)."""
    table: Mapping[str, tuple[str, ...]] = lexicon.zh2en
    return glossed_stems(_tokens(clause, lexicon, memo), table, present) | marks(clause)


def said_of(sentence: str, english: str, lexicon: Lexicon, memo: Tokens | None = None) -> set[str]:
    """What Chinese `sentence` says of `english` (`_evidence`): the English sentence's stems it glosses into, and the
    Latin tokens and numbers both write. `memo`: the tokens of texts cut before with this lexicon (`Tokens`)."""
    stems = set(en_stems(english))
    return _evidence(sentence, dict.fromkeys(stems, 1), lexicon, memo) & (stems | marks(english))


MIN_SAID = 2
"""Stems (or Latin tokens and numbers) a lone text must say of the other side beyond what its counterpart says
(`says_beyond`), as MIN_OWN: one word is the topic's, which any text beside may share."""


def said_beyond(lone: str, counterparts: Sequence[str], other: str, lang: str, lexicon: Lexicon,
                memo: Tokens | None = None) -> set[str]:
    """What text `lone` (written in `lang`, "zh" or "en") says of the other side's text `other` (`said_of`: English
    stems glossed from the Chinese, Latin tokens and numbers both write) less what each of `counterparts` (texts of
    the lone text's own side, paired with `other`) says of it: the words the lone text brings that its counterpart
    does not. A sentence or paragraph that is the overflow of the other side's rendering (a clause written as its own
    sentence, a paragraph merged into its neighbour) says words of `other` its counterpart lacks; one added or left
    untranslated says none, or only what its counterpart already says (a claim on the paragraph's own subject)."""
    if lang == "zh":
        said = said_of(lone, other, lexicon, memo)
        for text in counterparts:
            said -= said_of(text, other, lexicon, memo)
    else:
        said = said_of(other, lone, lexicon, memo)
        for text in counterparts:
            said -= said_of(other, text, lexicon, memo)
    return said


SHARED_MIN = 5
"""Fewest letters of the shorter of a gloss and an English stem where one begins the other, for a word of the Chinese
one English paragraph writes (`words_said`): the stems of one word's forms part (自动 "automatic", stem automatic;
"automatically" stems to automaticalli), as the term checks compare them (`term_compound_whole.SHARED_MIN`)."""


def words_said(clause: str, english: str, lexicon: Lexicon, memo: Tokens | None = None) -> set[str]:
    """The glosses of Chinese `clause`'s words (through the lexicon) that `english` writes, in any form: a stem of the
    English equal to the gloss, or one begins the other and the shorter has SHARED_MIN letters or more (automatic /
    "automatically"; review62 R9), and the clause's Latin names and numbers the English writes (`said_of`)."""
    glosses = {g for tok in _tokens(clause, lexicon, memo) for g in token_glosses(tok, lexicon.zh2en)}
    stems = set(en_stems(english))
    return said_of(clause, english, lexicon, memo) \
        | {g for g in glosses if any(g == s or one_begins_other(g, s, SHARED_MIN) for s in stems)}


def words_written(clause: str, english: str, lexicon: Lexicon, memo: Tokens | None = None) -> dict[str, set[str]]:
    """Each word of Chinese `clause` that `english` writes, in any form (as `words_said`), with the English stems that
    write it: a jieba token (`zh_tokens`) -> the stems equal to one of its glosses or beginning or begun by one
    (SHARED_MIN letters or more), a Latin name or number (`marks`) -> itself. Keyed by the Chinese word, so a word
    whose glosses one English word writes twice (存在 exist / existence: "exists"; 代表 represent / representative:
    "represent") is one word, not two (review63b R31)."""
    stems = set(en_stems(english))
    written: dict[str, set[str]] = {}
    for tok in _tokens(clause, lexicon, memo):
        hits = {s for g in token_glosses(tok, lexicon.zh2en) for s in stems
                if g == s or one_begins_other(g, s, SHARED_MIN)}
        if hits:
            written.setdefault(tok, set()).update(hits)
    for mark in marks(clause) & (stems | marks(english)):
        written[mark] = {mark}
    return written


def says_beyond(lone: str, counterparts: Sequence[str], other: str, lang: str, lexicon: Lexicon,
                memo: Tokens | None = None) -> bool:
    """Whether `lone` says MIN_SAID or more words of `other` beyond its `counterparts` (`said_beyond`)."""
    return len(said_beyond(lone, counterparts, other, lang, lexicon, memo)) >= MIN_SAID


def renders_clause(sentence: str, lone: str, paired: Sequence[str], lexicon: Lexicon,
                   memo: Tokens | None = None) -> bool:
    """English sentence `lone` renders a run of consecutive clauses of Chinese `sentence` (not all of them) that the
    `paired` English leaves unsaid: the run's evidence (`_evidence`) in the lone sentence and not in the paired English
    (MIN_OWN or more, OWN_SHARE of the lone sentence's stems or more) outweighs its evidence in the paired English."""
    clauses = zh_clauses(sentence)
    if len(clauses) < MIN_CLAUSES:
        return False
    lone_stems = set(en_stems(lone))
    paired_stems = {s for p in paired for s in en_stems(p)}
    lone_all = lone_stems | marks(lone)
    paired_all = paired_stems | set().union(*(marks(p) for p in paired))
    least = max(MIN_OWN, OWN_SHARE * len(lone_stems))
    present = dict.fromkeys(lone_stems | paired_stems, 1)
    said = [_evidence(c, present, lexicon, memo) for c in clauses]
    for a in range(len(said)):
        run: set[str] = set()
        for c in range(a, len(said) - (a == 0)):  # runs [a, c]; never the whole sentence
            run |= said[c]
            own = len((run & lone_all) - paired_all)
            if own >= least and len(run & paired_all) < own:
                return True
    return False


def join_clauses(path: list[PathBead], zh: Sequence[str], en: Sequence[str], lexicon: Lexicon, max_side: int, *,
                 too_long: Callable[[PathBead], bool] | None = None) -> list[PathBead]:
    """The path with each English sentence alone (0-1 bead) joined to the bead beside it whose Chinese sentence next
    to it has a clause the sentence renders (`renders_clause`) and the bead's English does not; the bead before it
    is tried first. A bead side keeps at most `max_side` sentences; never into a bead whose English it makes far
    too long (`too_long`). Two lone sentences of one Chinese sentence join in turn."""
    memo: Tokens = {}

    def joins(j: int, y: PathBead, after: bool) -> bool:
        edge = y[0] if after else y[2] - 1
        return renders_clause(zh[edge], en[j], [en[i] for i in range(y[1], y[3])], lexicon, memo)

    return join_lone(path, max_side, joins, fits=None if too_long is None else lambda b: not too_long(b))
