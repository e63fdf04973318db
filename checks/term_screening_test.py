"""A screening named by its test, the English saying the test alone: 乳腺X线摄影筛查 = "receive mammograms annually".

Chinese names a screening by its test and 筛查 (乳腺X线摄影筛查 "mammography screening", 结肠镜筛查); English in a
summary about screening says the test alone ("women were assigned to receive mammograms annually", "in the interval
between mammography and detection"): the test is the screening, nothing is missing. It is a rendering only where
- the Chinese term is a screening (an English form holds "screening" or "screen") right after another listed term
  of its sentence (乳腺X线摄影, 钼靶) whose concept is a test (an English form ending like one: -graphy, -scopy,
  -gram, test, examination, x-ray), and the English says that test (`said`);
- the English word right after the test's rendering is no content word (a stop word, an adverb in -ly, punctuation
  or the end: "mammograms annually", "mammography and detection"); a noun there ("mammography substance") may be
  the term replaced by another word, and the term is then missing;
- the English does not make that test another procedure by a word of its own (`_NOT_SCREENING` right before it:
  "diagnostic mammography", "surveillance colonoscopy"; or right after it: "mammography as a diagnostic test"):
  screening and diagnostic testing differ in population and figures, and such an English says the opposite of the
  Chinese. Such a word elsewhere in the sentence ("for the early diagnosis of breast cancer", "with a follow-up of 5
  years") is the screening's purpose or the study's, not the test's.
Not a screening named by a disease (乳腺癌筛查 "breast cancer"): a disease is not the screening, and the English
then left it out.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from zhen_qa.checks.presence import Evidence
from zhen_qa.checks.term_hits import Hit
from zhen_qa.glossary.model import Concept

_SCREENING = re.compile(r"(?<![A-Za-z])screen(?:ing)?(?![A-Za-z])", re.I)
_TEST = re.compile(r"(?:graphy|scopy|grams?|tests?|examinations?|exams?|x-rays?)$", re.I)
"""How the English name of a test ends (mammography, colonoscopy, Pap test, x-ray)."""
_WORD = re.compile(r"[A-Za-z][A-Za-z-]*")
_NOT_SCREENING = re.compile(r"(?:diagnos[a-z]*|follow-up|confirmatory|surveillance)", re.I)
"""A word right before the test that makes it another procedure than a screening ("diagnostic mammography",
"surveillance colonoscopy", "follow-up colonoscopy")."""
_AS_NOT_SCREENING = re.compile(r"\s+as\s+(?:an?\s+)?(?:diagnos[a-z]*|follow-up|confirmatory|surveillance)(?![A-Za-z])",
                               re.I)
"""The same said right after the test ("mammography as a diagnostic test")."""
_PLAIN_AFTER = re.compile(r"[a-z]+ly", re.I)


def screening_by_test(h: Hit, concepts: Sequence[Concept], src_hits: Sequence[Hit], concept: Callable[[str], Concept],
                      said: Callable[[Concept], bool], en_text: str, stop_words: frozenset[str]) -> bool:
    """Whether a Chinese screening term right after a test's term (乳腺X线摄影筛查) is said in the English `en_text`
    by the test alone (see the module docstring; `en_text` with its term matches kept). `said` tells whether the
    English says a concept."""
    if h.lang != "zh" or not any(_SCREENING.search(f) for c in concepts for f in c.accepted("en")):
        return False
    own = {c.id for c in concepts}
    for o in src_hits:
        if o.sentence is not h.sentence or o.match.end != h.match.start or own.intersection(o.match.concepts):
            continue
        tests = [concept(k) for k in o.match.concepts]
        tests = [t for t in tests if any(_TEST.search(f) for f in t.accepted("en")) and said(t)]
        if any(_test_alone(t.accepted("en"), en_text, stop_words) for t in tests):
            return True
    return False


def _test_alone(forms: Sequence[str], en_text: str, stop_words: frozenset[str]) -> bool:
    """Whether a word of `en_text` says a one-word form of the test (mammograms for mammography) with no content
    word right after it."""
    single = [f for f in forms if _WORD.fullmatch(f)]
    words = list(_WORD.finditer(en_text))
    for k, w in enumerate(words):
        found = Evidence(w.group())
        if not single or not (found.has_en(single) or found.has_en_derived(single)):
            continue
        if (k and _NOT_SCREENING.fullmatch(words[k - 1].group())) or _AS_NOT_SCREENING.match(en_text, w.end()):
            continue
        nxt = words[k + 1] if k + 1 < len(words) else None
        if nxt is None or re.search(r"[^\s]", en_text[w.end():nxt.start()]) \
                or nxt.group().lower() in stop_words or _PLAIN_AFTER.fullmatch(nxt.group()):
            return True
    return False
