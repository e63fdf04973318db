"""A bracketed note after a Chinese sentence's full stop that the English gives inside the sentence before.

Chinese documentation writes a remark on a sentence as a bracket after its 。 (`4. not_nil，该字段不能为空。（仅当字段为
optional 时合法）`); the English puts it in the sentence, before its period ("…cannot be empty (only valid if the
field is optional)."). The sentence splitter cuts the bracket off as a sentence of its own, which the aligner then
leaves without English: it is translated, one sentence up. A note is so rendered when the English sentence aligned
with the Chinese sentence right before it holds a parenthetical that says a word of the note (`clauses.said_of`,
NOTE_SAID) while that Chinese sentence has no bracket of its own (the parenthetical then renders nothing else). A
note the English leaves out has no such parenthetical there and stays reported (untranslated), as does a bracket
sharing no word with the English parenthetical beside it.
"""
from __future__ import annotations

from zhen_qa.aligner.clauses import said_of
from zhen_qa.aligner.lexicon import load_lexicon
from zhen_qa.manuscript.document import Pair
from zhen_qa.manuscript.lazy_re import LazyPattern
from zhen_qa.manuscript.script import HAN_RUN_RE

__all__ = ["note_said_before"]

_NOTE = LazyPattern(r"\s*（([^（）]+)）\s*")
"""A sentence that is one full-width bracket and nothing else: a note cut off after the sentence before."""
_PARENTHETICAL = LazyPattern(r"\(([^()]+)\)")
_BRACKET = LazyPattern(r"[（(]")
_WORD = LazyPattern(r"[A-Za-z][A-Za-z0-9_'’-]*")
WORDS_PER_HAN = 0.4
"""English words a rendering of a note has at least per Han character of it (仅当字段为 optional 时合法, 10 Han:
"only valid if the field is optional", 7 words); Chinese runs at about two characters an English word."""
NOTE_SAID = 1
"""Words of the note the English parenthetical must say: one suffices, since the parenthetical's place (in the
sentence aligned with the note's own sentence, which has no bracket to render) already ties it to the note; the
lexicon knows few words of such remarks (仅当字段为 optional 时合法 says only "optional" of "only valid if the field is
optional")."""
NOTE_SAID_HAN = 2
"""Words a note written in Han only must be said by: no Latin token ties it to the parenthetical."""


def note_said_before(pair: Pair, i: int) -> bool:
    """Whether bead `i` of `pair`, Chinese only, is one bracketed note (`_NOTE`) whose words the English sentences of
    the bead before (the note's own sentence) say inside a parenthetical."""
    bead = pair.beads[i]
    if bead.en or len(bead.zh) != 1 or i == 0:
        return False
    note = _NOTE.fullmatch(pair.zh[bead.zh[0]].text.text)
    before = pair.beads[i - 1]
    if note is None or not before.zh or before.zh[-1] != bead.zh[0] - 1 or not before.en:
        return False
    if _BRACKET.search(pair.zh[before.zh[-1]].text.text):
        return False  # 该字段（可选）不能为空。 then a note: the English parenthetical may render the first bracket
    return any(_renders(note.group(1), m.group(1))
               for k in before.en for m in _PARENTHETICAL.finditer(pair.en[k].text.text))


def _renders(note: str, english: str) -> bool:
    """Whether the English parenthetical can be the whole note: it says a word of it (`said_of`, NOTE_SAID), writes
    every Latin token the note writes (optional; a note's PR the English lacks is left out), and is long enough for
    it (WORDS_PER_HAN English words per Han character of the note: "(source code here)" is not 有兴趣可以提交 PR 优化，
    源码在这里, a remark with a request of its own)."""
    words = _WORD.findall(english)
    han = sum(len(run) for run in HAN_RUN_RE.findall(note))
    if len(words) < WORDS_PER_HAN * han:
        return False
    said = {w.lower() for w in words}
    if any(t.lower() not in said for t in _WORD.findall(note)):
        return False
    need = NOTE_SAID if _WORD.search(note) else NOTE_SAID_HAN
    return len(said_of(note, english, load_lexicon())) >= need
