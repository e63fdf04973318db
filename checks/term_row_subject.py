"""A term in a table row's later cell that is the subject its first cell names, the English definition leaving the
subject to the row: `| Sclera（巩膜） | 巩膜是眼球外层的不透明膜 |` = `| **Sclera** | The opaque outer layer of the
eyeball |` (galacean's digital-human eye shader, gc56 B7). A definition table says what each row's first cell is;
the English cell starts with the definition ("The opaque outer layer…"), the Chinese restates the subject (巩膜是…).
The English first cell renders the term, so the row says it. An English first cell without the term (the row about
another thing), or a term that is not the row's subject, is still a missing term."""
from __future__ import annotations

from collections.abc import Iterable, Sequence

from zhen_qa.checks.table_line import CELL_BAR, source_line
from zhen_qa.checks.term_code_kept import whole_words
from zhen_qa.manuscript.document import Sentence


def table_row(sentence: Sentence, index: int) -> tuple[list[str], int] | None:
    """The cells of the Markdown table row holding character `index` of the sentence and the number of the cell
    holding it (0 the first), or None when that source line is no table row."""
    found = source_line(sentence, index)
    if found is None:
        return None
    _src, lo, at, line = found
    stripped = line.strip()
    if not (stripped.startswith("|") and stripped.count("|") >= 3):
        return None
    bars = [m.start() for m in CELL_BAR.finditer(line)]
    cells = [line[a + 1:b] for a, b in zip(bars, bars[1:])]
    where = at - lo
    k = sum(1 for b in bars if b < where) - 1
    return (cells, k) if 0 <= k < len(cells) else None


def row_subject_said(sentence: Sentence, start: int, zh_forms: Iterable[str], en_forms: Iterable[str],
                     english: Sequence[Sentence]) -> bool:
    """Whether the Chinese term at `start` of `sentence` stands in a later cell of a table row whose first cell holds
    one of `zh_forms` too (the row's subject), and the first cell of the table row of an `english` sentence (its
    bead's) holds one of `en_forms` as whole words, in any case."""
    found = table_row(sentence, start)
    if found is None or found[1] == 0:
        return False
    cells, _k = found
    if not any(f and f in cells[0] for f in zh_forms):
        return False
    patterns = [whole_words(f) for f in en_forms if f.strip()]
    for s in english:
        row = table_row(s, 0) if s.text.text else None
        if row is not None and row[1] > 0 and any(p.search(row[0][0]) for p in patterns):
            return True
    return False
