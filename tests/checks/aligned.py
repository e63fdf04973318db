"""Hand-aligned manuscripts for the check tests: sentences given bead by bead, one a line."""
from __future__ import annotations

from zhen_qa.manuscript.document import Bead, Block, Manuscript, Pair, Role, Sentence
from zhen_qa.manuscript.source import MappedText, SourceText

BeadSpec = tuple[list[str], list[str]]


def build(
    beads: list[BeadSpec], role: Role = Role.PARAGRAPH, extra_blocks: dict[str, list[str]] | None = None
) -> Manuscript:
    """A two-file manuscript, one sentence per line, aligned as given (shared by the check tests)."""
    extra = extra_blocks or {}
    sides = {}
    for lang, k in (("zh", 0), ("en", 1)):
        lines = [s for b in beads for s in b[k]] + extra.get(lang, [])
        src = SourceText.from_text(f"{lang}.txt", "\n".join(lines))
        sents, blocks, pos = [], [], 0
        for n, line in enumerate(lines):
            mt = MappedText.span(src, pos, pos + len(line))
            is_extra = n >= len(lines) - len(extra.get(lang, []))
            blocks.append(Block(Role.KEYWORDS if is_extra else role, lang, mt))
            if not is_extra:
                sents.append(Sentence(mt, lang, role))
            pos += len(line) + 1
        sides[lang] = (src, tuple(sents), tuple(blocks))
    out, zi, ei = [], 0, 0
    for zh, en in beads:
        out.append(Bead(tuple(range(zi, zi + len(zh))), tuple(range(ei, ei + len(en))), 1.0))
        zi += len(zh)
        ei += len(en)
    pair = Pair("document", sides["zh"][1], sides["en"][1], tuple(out))
    return Manuscript("zh.txt", (sides["zh"][0], sides["en"][0]), sides["zh"][2] + sides["en"][2], (pair,))
