"""untranslated inside a bead: the clauses of a Chinese sentence (at one end or between) that its English leaves out.

A translator often writes one Chinese sentence of clauses as two or three English sentences (该命令会先检查配置文件，
如果配置有误，则会输出错误信息并退出。 = "The command checks the configuration file first. If it is wrong, the
command prints an error and exits."). When one of those English sentences is missing, the Chinese
sentence still pairs with the English that is left, in a bead of its own, and nothing is unpaired: the omission goes
unreported (review64 R4: 1 of 213 such deletions found). What is left is a Chinese sentence part of which has no
English. Reported, in structured Markdown only (documentation, whose translation follows the page's sentences; an
abstract's long sentence is condensed far more freely), in a bead of one Chinese sentence, for a run of clauses at
its start or end (cut after ，；：, `clauses.zh_clauses`; not at an ASCII comma inside a list of values, 1d, 2h:
`clauses_of`), or between clauses on both sides that the English renders
(each side says a word of it: the middle one of three English sentences dropped; only where the bead has MIN_SPLIT
English sentences, a rendering split in sentences), the *part*, when

- the part has PART_HAN Han characters (a shorter clause, 以便快速查找 or 系统支持通过配置，, is often folded into
  a word or two of a free translation that the lexicon does not know) and `joined_unsaid.MIN_OWN` content tokens of
  its own, says no word of the English (glossed stem, Latin token, number: `clauses.said_of`) that the rest of the
  sentence does not say already, while the rest says `joined_unsaid.RENDERED_SHARE` of the English's content stems
  (`joined_unsaid.unsaid_beside`: the English renders the rest, and nothing of it the part);
- the English is *short* for the whole sentence (length z-value below -Z_WHOLE against the document's own
  English/Chinese ratio) and has no room for the part beside the rest (its z-value against the rest alone below
  Z_REST): a translation that renders the part in words the lexicon does not know is as long as the whole;
- the English has MIN_STEMS content stems (a shorter one says too little to tell what it renders);
- no name, number, value with a unit (5h: `names_of`) or code span of the part's own (not written by the rest of
  the sentence too) is written anywhere in the bead's English as the file writes it (code spans included: the
  reading masks them); a name the rest writes too is the English's rendering of the rest (the topic, `Redis` in
  both clauses), and then the part may say no other word of the English (glossed stem: `clauses.said_of`), whether
  the rest says it or not;
- the English sentence beside the bead's on the part's side (the one before for a run at the start, after for one
  at the end; none for a run between) does not say MIN_SAID of the part's content words, nor write one of its
  names or code spans as code, and is not alone in its bead: the search paired the part's English with the
  Chinese sentence beside (沟通成本很高 rendered "The cost of communication is high …" at the end of the
  English before, with the sentence before), or left it alone (an English sentence without Chinese is reported as
  `extra-target` on its own);
- the part is not a single clause ending with a colon: a lead-in (在配置文件中加入下面的内容就完成了插件的开启：),
  which a translator rewrites as "Add this to the config:", says what the block after it shows;
- the part is not a restated purpose: a run at the end led by a result connective (`RESULT_LEADS`: 这样, 从而,
  以便 …) after a clause of purpose in the rest (`PURPOSE_LEADS`: 为了 …) says again what the purpose says
  (为了方便排查问题，我们建议开启访问日志，这样在出现问题时就能够快速地定位到具体的请求。 = "We recommend enabling the
  access log to make troubleshooting easier.": the English renders the purpose once; review65 R9). Without a
  purpose before it, the same run is a claim of its own and stays reported (…，从而提升用户体验);
- the part is not a translator's note (it says 译者注, 译注 or 译者按: （…，可以跳过，…，译者注）): what the translator
  adds has no English by design (mddocs hf-course). Not any run inside brackets: an English rendering may end a
  sentence inside the Chinese's aside and write the aside's last clause as a sentence of its own (maixpy
  uvc_streaming), and that sentence can be the one dropped.

A translator who condenses keeps the part's words or its length: its stems, names or numbers are then in the English,
or the English is as long as the whole sentence, and nothing is reported.
"""
from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from zhen_qa.aligner.clause_cuts import MIN_SAID
from zhen_qa.aligner.clauses import marks, said_of, zh_clauses
from zhen_qa.aligner.lexicon import STOP_EN, Lexicon, en_stems, load_lexicon
from zhen_qa.aligner.median import median
from zhen_qa.aligner.scorers.length import MU, char_lengths, log_ratio, z_value, zh_lengths
from zhen_qa.checks.joined_unsaid import unsaid_beside
from zhen_qa.checks.quote import clipped
from zhen_qa.manuscript.document import Pair, Sentence
from zhen_qa.manuscript.script import han_count
from zhen_qa.manuscript.source import CODE_PLACEHOLDER, MappedText, code_span, inline_code
from zhen_qa.report.findings import Finding, Severity

Z_WHOLE = 1.0
"""The English is short for the whole Chinese sentence below this length z-value (negated)."""
Z_REST = 1.2
"""...and has no room for the part beside the rest below this z-value against the rest alone."""
PART_HAN = 14
"""Han characters the part needs: a clause with a claim of its own, which a translation keeps in words (tried on egg
and kitex: of the parts of 8-13 Han characters reported at 8, most were rendered freely; at 14 the omissions stay)."""
MIN_SPLIT = 2
"""English sentences a bead needs for a run between clauses to be tested: a translation that split the Chinese
sentence can lose a sentence in the middle; one English sentence that leaves out clauses between is a
condensation (arthas tt: "Check the `parameters`, `return values` … of the methods" for 记录下…入参和返回信息)."""
MIN_STEMS = 3
"""Content stems the English needs for what it leaves unsaid to mean something."""
MIN_ONES = 3
"""1-1 beads with Han characters needed to take the document's own length ratio (else the length model's MU)."""
_COLONS = ("：", ":")
RESULT_LEADS = re.compile(r"\s*(?:这样(?!的)|从而|以便|使得|进而|以此|借此)")
"""A clause led by a connective of result or aim (这样 as "so", not 这样的 "such a"; 以 alone is left out: 以后,
以及, 以下 begin with it)."""
VALUE = re.compile(r"(?<![A-Za-z0-9.])\d+(?:\.\d+)?[A-Za-z]+\b")
"""A value with its unit or suffix (1d, 25s, 512MB, 3x): a token the English writes as the Chinese does (`marks`
takes the number of two digits or more and the Latin token of two letters or more, neither of 1d)."""
LIST_CUT = re.compile(r"[A-Za-z0-9_%)" + CODE_PLACEHOLDER + r"]\s*,$")
"""A piece of `zh_clauses` that ends with a value and an ASCII comma..."""
LIST_NEXT = re.compile(r"\s*[A-Za-z0-9_.%" + CODE_PLACEHOLDER + r"-]+\s*[,，；;：:]?\s*")
"""...and the piece after it that is one value alone (with the mark it is cut at): the comma is inside a list of
values (1d, 2h, 3m), no clause boundary. A piece that goes on in Chinese after its first Latin word (SPI2 默认功能就是
SPI, SPI1 的引脚需要…) is a clause of its own behind a half-width comma."""
EN_VERB = re.compile(r"\b[Ee][nm]([a-z]{4,})")
"""An English word that may be made with the prefix en-/em- (enforce, enlarge, empower): its root (force) is what a
lexicon glosses (强迫 = force, compel); the Chinese that says the root says the word. Only a root the lexicon knows as
an English word is one (`en_roots`): the letters after en- of environment, energy or enterprise are none."""
TRANSLATORS_NOTE = re.compile(r"译者注|译注|译者按")
"""The mark of a translator's note: what the translator adds (（…，可以跳过，…，译者注）) has no English by design."""
PURPOSE_LEADS = re.compile(r"\s*(?:为了|为使|为便于|为方便)")
"""A clause of purpose (为了 …): what a run led by `RESULT_LEADS` after it restates. A clause of means (通过 …)
is not one: the result after it (通过引脚复用，…，从而显著减少引脚的总数) is a claim of its own."""


def doc_ratio(pairs: Sequence[Pair]) -> float:
    """Median log length ratio (English over Chinese, smoothed by K) of the 1-1 beads whose Chinese has Han
    characters, over every pair (MU when fewer than MIN_ONES)."""
    ratios = []
    for pair in pairs:
        for bead in pair.beads:
            if len(bead.zh) == 1 and len(bead.en) == 1 and han_count(zh := pair.zh[bead.zh[0]].text.text):
                ratios.append(_log_ratio(zh, pair.en[bead.en[0]].text.text))
    return median(ratios) if len(ratios) >= MIN_ONES else MU


def _log_ratio(zh: str, en: str) -> float:
    """log((English characters + K) / (Chinese length + K)), the length model's counts (`zh_lengths`)."""
    return log_ratio(float(zh_lengths([zh])[0]), float(char_lengths([en])[0]))


def length_z(zh: str, en: str, mu: float) -> float:
    """The length z-value of the English `en` against the Chinese `zh` around the document's ratio `mu` (the length
    model's `z_value` on the two texts' lengths)."""
    return z_value(float(zh_lengths([zh])[0]), float(char_lengths([en])[0]), mu)


def _codes(text: MappedText, start: int, end: int) -> set[str]:
    """The inline code spans that the reading of `text` masks (`CODE_PLACEHOLDER`) in characters [start, end)."""
    return {code for i in range(start, end) if text.text[i] == CODE_PLACEHOLDER and (code := inline_code(text, i))}


def _in_code(names: set[str], written: str) -> bool:
    """Whether English `written` (as the file writes it) writes one of `names` (lower-cased) as inline code."""
    low = written.lower()
    return any(f"`{name}" in low or f"{name}`" in low for name in names)


def clauses_of(zh: str) -> list[str]:
    """The clauses of Chinese sentence `zh` (`zh_clauses`) with the pieces of a list of values joined again: an ASCII
    comma between a value and the next (设置 1d, 2h, 3m, 25s) separates items, not clauses (review66 R-lead1: the
    run between then ended inside the list the English writes)."""
    joined: list[str] = []
    for piece in zh_clauses(zh):
        if joined and LIST_CUT.search(joined[-1]) and LIST_NEXT.fullmatch(piece):
            joined[-1] += piece
        else:
            joined.append(piece)
    return joined


def names_of(text: str) -> set[str]:
    """The names, numbers and values of `text` (lower-cased) the English may write as it does: `marks` and the
    values with a unit (`VALUE`: 1d, 25s)."""
    return marks(text) | {value.lower() for value in VALUE.findall(text)}


def en_roots(en: str, lexicon: Lexicon) -> list[str]:
    """The roots of English `en`'s en-/em- words (`EN_VERB`: force of enforce) whose stem the lexicon knows as an
    English word (its `en2zh`): a prefix strip without that check makes a root of any word's tail (environment ->
    vironment, emails -> ails, which some long Chinese gloss holds)."""
    roots = (match.group(1) for match in EN_VERB.finditer(en))
    return [root for root in roots if any(stem in lexicon.en2zh for stem in en_stems(root))]


def said_with_roots(part: str, en: str, lexicon: Lexicon) -> set[str]:
    """What Chinese `part` says of English `en` (`clauses.said_of`), and the roots of its en-/em- words (`en_roots`:
    enforce for 强迫, which the lexicon glosses force) that `part` says."""
    roots = " ".join(en_roots(en, lexicon))
    return said_of(part, en, lexicon) | (said_of(part, roots, lexicon) if roots else set())


def restated_purpose(part: str, rest: Sequence[str]) -> bool:
    """Whether run `part` (at a sentence's end) is led by a result connective after a clause of purpose among the
    clauses `rest` before it: the purpose said again, which a translation renders once."""
    return bool(RESULT_LEADS.match(part)) and any(PURPOSE_LEADS.match(clause) for clause in rest)


def unsaid_part(zh: str, en: str, mu: float, written: str = "",
                beside: tuple[str | None, str | None] = ("", ""), sentences: int = 1) -> str | None:
    """The run of clauses at the start or end of Chinese sentence `zh`, or between clauses the English renders, that
    English `en` leaves out (see the module's conditions), or None; `written`: the English as the file writes it (its
    code spans), `mu`: the document's ratio, `beside`: the English sentences just before and just after `en` as the
    file writes them (a run at the start may be rendered at the end of the one before, a run at the end at the start
    of the one after: the search paired that sentence with the Chinese beside), None for one alone in its bead (an
    English sentence without Chinese beside the run is its rendering, or an addition reported on its own),
    `sentences`: how many English sentences `en` joins (a run between is tested only in two or more). The longest
    run is named (the end's before the start's of the same length), a run at an end before one between (`_runs`)."""
    if len(set(en_stems(en)) - STOP_EN) < MIN_STEMS or length_z(zh, en, mu) >= -Z_WHOLE:
        return None
    lexicon = load_lexicon()
    clauses = clauses_of(zh)
    seen = (written or en).lower()  # `marks` are lower-cased
    for run, before, after, near in _runs(clauses, beside, sentences >= MIN_SPLIT):
        part, rest = "".join(run), "".join(before + after)
        if near is None or han_count(part) < PART_HAN or len(run) == 1 and part.rstrip().endswith(_COLONS):
            continue  # the English beside is alone; a short run; a lead-in
        names = names_of(part)
        if length_z(rest, en, mu) >= Z_REST or any(m in seen for m in names - names_of(rest)) or _in_code(
                names, near):
            continue  # the English writes a name of the run's own (not the rest's too)
        if before and not after and restated_purpose(part, before):
            continue  # a run at the end restating the purpose the rest states
        if TRANSLATORS_NOTE.search(part):
            continue  # the translator's own note: no English by design
        if not unsaid_beside(part.strip(), rest, en):
            continue
        if any(m in seen for m in names) and said_with_roots(part, en, lexicon) - STOP_EN - names:
            continue  # a name the rest writes too is in the English: the run may say no other word of it
        if before and after and not all(said_of("".join(side), en, lexicon) - STOP_EN for side in (before, after)):
            continue  # a run between: the English must render the clauses on both sides (else the run is at an end)
        if len(said_of(part, near, lexicon) - STOP_EN) < MIN_SAID:
            return part.strip()
    return None


def _runs(clauses: list[str], beside: tuple[str | None, str | None], between: bool = True
          ) -> Iterator[tuple[list[str], list[str], list[str], str | None]]:
    """The runs of `clauses` to test, longest first, each with the clauses before it, those after it and the English
    sentence beside it on its side (`beside`; "" for a run with clauses on both sides: no sentence beside renders
    it): the runs at the end and at the start (the end's first), then, if `between`, the runs between (the earliest
    first)."""
    n = len(clauses)
    for k in range(1, n):
        yield clauses[k:], clauses[:k], [], beside[1]
        yield clauses[:n - k], [], clauses[n - k:], beside[0]
    if not between:
        return
    for size in range(n - 2, 0, -1):
        for i in range(1, n - size):
            yield clauses[i:i + size], clauses[:i], clauses[i + size:], ""


def _written(sentences: Sequence[Sentence]) -> str:
    """The English from the first sentence's start to the last one's end, as the file writes it, with the whole of
    an inline code span that ends the last sentence (its placeholder's offset is the span's first character: the
    text used to stop there, `WEIGHT_INITIALIZERS` read as `W, so the part's code was not seen)."""
    first, last = sentences[0].text, sentences[-1].text
    if not len(first.offsets) or not len(last.offsets):
        return " ".join(s.text.text for s in sentences)
    end = last.end_of(len(last.text) - 1)
    if last.text.endswith(CODE_PLACEHOLDER) and (span := code_span(last, len(last.text) - 1)):
        end = int(last.offsets[-1]) + len(span[1]) + span[0]  # the content and its closing fence
    return first.source.text[first.offsets[0]:end]


def findings(pair: Pair, rule: str, severity: Severity, mu: float) -> Iterator[Finding]:
    """`rule` findings for the clauses of the pair's one-Chinese-sentence beads, at one end or between, that their
    English leaves out (`unsaid_part`; at most one a bead)."""
    lone = {j for bead in pair.beads if not bead.zh for j in bead.en}
    for bead in pair.beads:
        if len(bead.zh) != 1 or not bead.en:
            continue
        zh = pair.zh[bead.zh[0]]
        en_sentences = [pair.en[j] for j in bead.en]
        en = " ".join(s.text.text for s in en_sentences)
        written = _written(en_sentences)
        near = (bead.en[0] - 1, bead.en[-1] + 1)
        beside = tuple(None if j in lone else _written([pair.en[j]]) if 0 <= j < len(pair.en) else "" for j in near)
        part = unsaid_part(zh.text.text, en, mu, written, (beside[0], beside[1]), len(bead.en))
        if part is None:
            continue
        start = zh.text.text.find(part)
        side = beside[1] if zh.text.text.endswith(part) else beside[0] if zh.text.text.lstrip().startswith(
            part) else ""
        if any(code in written or code in (side or "") for code in _codes(zh.text, start, start + len(part))):
            continue  # the part's code span is in the English (the reading masks it: `said_of` cannot see it)
        yield Finding(rule, severity, f"no English for: {clipped(part)} (the English of this sentence renders only "
                      "the rest of it)", zh.text.location(start, start + len(part)), "zh", part,
                      related=en_sentences[0].location)
