"""English runs a Chinese sentence keeps on purpose as literals, not English left untranslated (untranslated-span).

Software documentation keeps in English what the reader sees in English: the label of a setting in an English-only
tool, a message the tool prints, a keyword of a language. Four shapes show the writer kept the run on purpose:

- `glossed_after`: the run is followed at once by a bracket holding its Chinese rendering (`Group similar messages in
  console（对相似日志进行分组）`, a DevTool setting named as the UI shows it, then translated);
- `quoted_beside`: the aligned English sentence writes the same words inside quotation marks or inline code (the
  Chinese `提示：Startup tracing is not enabled, cannot pull trace data` beside the English `shows: "Startup tracing
  is not enabled, cannot pull trace data"`): the source itself marks them as a literal it cites;
- `keyword_list`: the run is a list of three or more hyphen-joined lower-case identifiers (`content-box / padding-box
  / border-box / margin-box`, CSS keywords), each written the same in the aligned English;
- `markup_sample`: the run lies inside an element written out as text (`<p>We offer more than 30 rolls.</p>`, a
  book's sample of HTML or XML markup in a memory that keeps markup as text), and the aligned English writes the same
  element, content and all: a code sample, copied as code.

English left untranslated has none of these: a clause the translator did not translate is followed by more Chinese,
not by its own translation, and its source sentence writes it as plain prose, not as a quotation or code.
"""
from __future__ import annotations

from zhen_qa.aligner.clauses import MIN_SAID, said_of
from zhen_qa.aligner.lexicon import load_lexicon
from zhen_qa.manuscript.lazy_re import LazyPattern
from zhen_qa.manuscript.script import HAN_RUN_RE

GLOSS_HAN_PER_WORD = 1.0
"""Han characters a bracket after an English run must hold per ordinary English word of the run to be its rendering
(对相似日志进行分组, 9 for "Group similar messages in console", 5 words); a reference or remark in brackets after an
untranslated clause (见图 1) is much shorter than the clause."""

_REFERENCE = LazyPattern(r"[详参]?见|(?:图|表|第)\s*[\d一二三四五六七八九十百]+")
"""A cross-reference inside brackets (见图 1, 详见第三章, 参见表 2): a pointer elsewhere, never a rendering."""

_BETWEEN = LazyPattern(r"[\s*_\"'”’」』]*")
"""What may stand between a run and its gloss: spaces, the closing marks of emphasis or quotation."""

_QUOTED = LazyPattern(r"\"([^\"]+)\"|“([^”]+)”|`([^`]+)`|「([^」]+)」")
"""A span the English marks as a literal: in quotation marks or inline code."""

_WORD = LazyPattern(r"[A-Za-z0-9][A-Za-z0-9'’\-]*")

_OPENING = LazyPattern(r"<([A-Za-z][\w:.-]*)\b[^<>]*>")
"""An element's opening tag written out as text (its element runs to the first closing tag of its name after it)."""

_KEYWORD = LazyPattern(r"[a-z]+(?:-[a-z]+)+")
"""A hyphen-joined lower-case identifier (content-box, flex-start, pre-wrap): a CSS or option keyword."""

_KEYWORD_SPLIT = LazyPattern(r"\s*[,;/、|]\s*|\s+(?:and|or)\s+")

KEYWORDS_MIN = 3
"""Fewest identifiers of a `keyword_list`."""


def glossed_after(text: str, end: int, run: str, words: int) -> bool:
    """Whether `run`, ending at `end` of `text`, is followed at once (after closing emphasis or quote marks) by a
    full- or half-width bracket that renders it: at least GLOSS_HAN_PER_WORD Han characters per one of its `words`,
    MIN_SAID or more of its words glossed by them (`clauses.said_of` through the lexicon: 相似, 分组 for "similar",
    "Group"), and no cross-reference (`_REFERENCE`). A remark or pointer after an untranslated clause
    (详见第三章的说明图 after "Restart the device to apply the new settings") can be as long as the clause but says
    none of it."""
    after = _BETWEEN.match(text, end)
    i = after.end() if after else end
    if i >= len(text) or text[i] not in "（(":
        return False
    close = text.find("）" if text[i] == "（" else ")", i + 1)
    if close < 0:
        return False
    inside = text[i + 1:close]
    han = sum(len(m) for m in HAN_RUN_RE.findall(inside))
    if han < GLOSS_HAN_PER_WORD * words or _REFERENCE.search(inside):
        return False
    return len(said_of(inside, run, load_lexicon())) >= MIN_SAID


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def _holds(seq: list[str], words: list[str]) -> bool:
    n = len(words)
    return any(seq[k:k + n] == words for k in range(len(seq) - n + 1))


def quoted_beside(run: str, english: list[str]) -> bool:
    """Whether the words of `run` stand, in order and together, inside one quoted or inline-code span of one of the
    aligned `english` sentences."""
    words = _words(run)
    if not words:
        return False
    for sentence in english:
        for m in _QUOTED.finditer(sentence):
            if _holds(_words(next(g for g in m.groups() if g is not None)), words):
                return True
    return False


def keyword_list(run: str, english: list[str]) -> bool:
    """Whether `run` is a list of KEYWORDS_MIN or more hyphen-joined lower-case identifiers (separated by commas,
    slashes, 、 or "and"/"or"), each of which the aligned `english` sentences write too."""
    items = [item for item in _KEYWORD_SPLIT.split(run.strip(" \t,;/*_`")) if item]
    items = [item.strip("*_`") for item in items]
    if len(items) < KEYWORDS_MIN or not all(_KEYWORD.fullmatch(item) for item in items):
        return False
    beside = set(_words(" ".join(english)))
    return all(item in beside for item in items)


def markup_sample(text: str, start: int, end: int, english: list[str]) -> bool:
    """True when text[start:end] lies inside an element written out as text (`_OPENING` to its closing tag:
    `<p>…</p>`) that one of the aligned English texts writes the same, tags and content: a markup sample kept as it
    is. An English sentence left untranslated is no element, and an element whose words differ from the English's is
    a translation to read."""
    for m in _OPENING.finditer(text, 0, start + 1):
        close = text.find(f"</{m.group(1)}>", m.end())
        if close >= end and any(text[m.start():close + len(m.group(1)) + 3] in e for e in english):
            return True
    return False


__all__ = ["glossed_after", "keyword_list", "markup_sample", "quoted_beside"]
