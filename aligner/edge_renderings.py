"""A whole English edge sentence of a merged bead given to the Chinese sentence alone beside it, on lexical evidence.

A documentation page's translator writes a short Chinese sentence and the longer one after it as two English
sentences, and the search pairs both English sentences with the longer Chinese one (RDMA与TCP不同，不使用socket接口进行
通信。 alone, 但是在实现上仍然复用了brpc中原本的Socket类。 = "RDMA does not use socket API like TCP. However, the
brpc::Socket class is still used."): the short sentence shares few glossed words with its own English, so the 1-1
similarity does not beat the bead's (`edge_pairs.pair_edges` refuses), and it is reported as `untranslated`.

Here the evidence is the words. The bead's English sentence next to the lone one (its first when the lone sentence
comes before, else its last) goes to the lone sentence when the lone sentence says MIN_SAID or more words of it
(`clauses.said_of`: glossed stems, Latin tokens, numbers) that the bead's Chinese does not, more than the bead's
Chinese says of it that the lone sentence does not; the lone sentence says more of it than of the rest of the bead's
English; the bead's Chinese says MIN_SAID words of the rest of its English (the bead keeps a rendering); and the edge
sentence writes every name, code and number of the lone sentence (`clauses.marks`) and says a word of each of its
clauses. Only a bead of one Chinese sentence and two or more English ones, in the same Chinese block as the lone
sentence (structured Markdown), never across groups.

What stays reported: a Chinese sentence whose translation is missing beside a bead whose edge English only shares its
topic words with it (the bead's Chinese says them too); a lone sentence with a name or number the edge sentence does
not write; a run of Chinese sentences alone; a lone sentence of another paragraph or list item.
"""
from __future__ import annotations

from collections.abc import Sequence

from zhen_qa.aligner.clauses import MIN_SAID, Tokens, said_of
from zhen_qa.aligner.lexicon import Lexicon
from zhen_qa.aligner.merged_sentences import said_clauses
from zhen_qa.aligner.refine import Groups, PathBead, in_one_group


def renders_lone(lone: str, paired: str, edge: str, rest: str, lexicon: Lexicon, memo: Tokens | None = None,
                 written: tuple[str, str] | None = None) -> bool:
    """English sentence `edge` renders Chinese sentence `lone` rather than `paired`, whose bead's other English is
    `rest` (the module's tests). The evidence is read on the texts as given (a code span one placeholder: a code name
    is no evidence); `written`: `lone` and `edge` with their code spans written out, which the test that the edge
    writes every name of `lone` reads (`said_clauses`)."""
    said_lone, said_paired = said_of(lone, edge, lexicon, memo), said_of(paired, edge, lexicon, memo)
    beyond = said_lone - said_paired
    if len(beyond) < MIN_SAID or len(beyond) <= len(said_paired - said_lone):
        return False
    rest_paired = said_of(paired, rest, lexicon, memo)
    if len(rest_paired) < MIN_SAID or len(said_of(lone, rest, lexicon, memo) - rest_paired) >= len(beyond):
        return False
    return bool(said_clauses(*(written or (lone, edge)), lexicon, memo))


def give_edge_renderings(path: list[PathBead], zh: Sequence[str], en: Sequence[str], lexicon: Lexicon, *,
                         groups: Groups | None = None, blocks: Sequence[int] | None = None,
                         written: tuple[Sequence[str], Sequence[str]] | None = None) -> list[PathBead]:
    """The path with each Chinese sentence alone (1-0 bead, not beside another) paired with the edge English sentence
    of the bead of one Chinese and two or more English sentences beside it, where that sentence renders it
    (`renders_lone`); the bead before it is tried first. `blocks`: a Chinese block number per Chinese sentence (None:
    nothing moves). A bead changed here is not changed again. `written`: as `join_merged_sentences`' (the texts with
    their code spans written out, read where `renders_lone` asks whether the edge writes every name)."""
    if blocks is None:
        return path
    wzh, wen = written or (zh, en)
    memo: Tokens = {}
    out = list(path)
    changed: set[int] = set()
    for k, x in enumerate(path):
        if not _lone(x) or (k > 0 and _lone(path[k - 1])) or (k + 1 < len(path) and _lone(path[k + 1])):
            continue
        for n, after in ((k - 1, False), (k + 1, True)):
            if not 0 <= n < len(path) or n in changed:
                continue
            y0, f0, y1, f1 = path[n]
            if y1 - y0 != 1 or f1 - f0 < 2 or blocks[x[0]] != blocks[y0]:
                continue
            j = f0 if after else f1 - 1  # the bead's English sentence beside the lone sentence
            pair = (x[0], j, x[2], j + 1)
            rest = (y0, f0 + 1, y1, f1) if after else (y0, f0, y1, f1 - 1)
            if not (in_one_group(pair, groups) and renders_lone(
                    zh[x[0]], zh[y0], en[j], " ".join(en[rest[1]:rest[3]]), lexicon, memo, (wzh[x[0]], wen[j]))):
                continue
            out[k], out[n] = pair, rest
            changed.update((k, n))
            break
    return out


def _lone(b: PathBead) -> bool:
    """Bead `b` is a Chinese sentence alone (1-0)."""
    return b[2] - b[0] == 1 and b[1] == b[3]
