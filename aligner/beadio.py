"""Reading and writing beads: the `[0,1]:[2]` line format of published evaluations, TSV and JSON."""
from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from typing import Any

from zhen_qa.manuscript.errors import InputError

BeadLike = Sequence[Any]  # (zh_ids, en_ids[, score])

_LINE = re.compile(r"^\s*\[([\d,\s]*)\]\s*:\s*\[([\d,\s]*)\]\s*(?::\s*(\S+))?\s*$")


def _ids(part: str) -> tuple[int, ...]:
    return tuple(int(x) for x in part.replace(" ", "").split(",") if x)


def format_bead(zh: Sequence[int], en: Sequence[int]) -> str:
    """One bead as `[0,1]:[2]` (0-based sentence indices, either side may be empty)."""
    return "[" + ",".join(map(str, zh)) + "]:[" + ",".join(map(str, en)) + "]"


def format_beads(beads: Iterable[BeadLike]) -> str:
    """All beads, one per line, in the `[0,1]:[2]`, `[5]:[]`, `[]:[7]` format (trailing newline)."""
    return "".join(format_bead(b[0], b[1]) + "\n" for b in beads)


def parse_beads(text: str, path: str = "<beads>") -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    """Parse the line format; blank lines are skipped, a trailing `:score` is ignored."""
    out: list[tuple[tuple[int, ...], tuple[int, ...]]] = []
    for no, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        m = _LINE.match(line)
        if not m:
            raise InputError(f"{path}:{no}: not a bead line (expected e.g. [0,1]:[2]): {line.strip()[:60]!r}")
        out.append((_ids(m.group(1)), _ids(m.group(2))))
    return out


def _join(ids: Sequence[int], sents: Sequence[str], sep: str) -> str:
    return sep.join(sents[i] for i in ids)


def _score(bead: BeadLike) -> float | None:
    return float(bead[2]) if len(bead) > 2 else None


def format_tsv(beads: Iterable[BeadLike], zh: Sequence[str], en: Sequence[str]) -> str:
    """TSV with a header: zh_ids, en_ids, score, zh text, en text (tabs/newlines in text become spaces)."""
    def clean(s: str) -> str:
        return s.replace("\t", " ").replace("\n", " ")

    lines = ["zh_ids\ten_ids\tscore\tzh\ten"]
    for b in beads:
        score = _score(b)
        lines.append("\t".join([
            ",".join(map(str, b[0])),
            ",".join(map(str, b[1])),
            "" if score is None else f"{score:.4f}",
            clean(_join(b[0], zh, "")),
            clean(_join(b[1], en, " ")),
        ]))
    return "\n".join(lines) + "\n"


def format_json(beads: Iterable[BeadLike], zh: Sequence[str], en: Sequence[str]) -> str:
    """A JSON list of {"zh_ids", "en_ids", "score", "zh", "en"} objects."""
    items = []
    for b in beads:
        items.append({
            "zh_ids": list(b[0]),
            "en_ids": list(b[1]),
            "score": _score(b),
            "zh": _join(b[0], zh, ""),
            "en": _join(b[1], en, " "),
        })
    return json.dumps(items, ensure_ascii=False, indent=1) + "\n"
