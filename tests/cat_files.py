"""CAT files written by a test (any format as text, or an English-Chinese TMX from its units) and the number findings
of one, for the test modules that read CAT files end to end."""
from __future__ import annotations

from pathlib import Path

from zhen_qa.checks.run import Flags, check_file


def write_file(tmp_path: Path, name: str, text: str) -> str:
    """`text` written as `tmp_path / name` in UTF-8; its path."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def tmx(units: list[tuple[str, str]]) -> str:
    """A TMX 1.4 memory with English source: one <tu> a unit, (English, Chinese), in order."""
    tus = "".join(f'<tu><tuv xml:lang="en"><seg>{en}</seg></tuv><tuv xml:lang="zh-CN"><seg>{zh}</seg></tuv></tu>\n'
                  for en, zh in units)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header srclang="en" adminlang="en" '
            'segtype="sentence" datatype="plaintext" o-tmf="x" creationtool="x" creationtoolversion="1"/><body>\n'
            f"{tus}</body></tmx>\n")


def tmx_numbers(tmp_path: Path, units: list[tuple[str, str]], name: str = "memory.tmx") -> list[str]:
    """The messages of the number-mismatch findings of `units` written as the TMX `tmp_path / name` and checked with
    default flags."""
    path = write_file(tmp_path, name, tmx(units))
    return [f.message for f in check_file(path, None, Flags()).findings if f.rule == "number-mismatch"]
