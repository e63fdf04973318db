"""TMX 1.4b export of aligned sentence pairs (one translation unit per bead with text on both sides)."""
from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from xml.sax.saxutils import escape, quoteattr

from zhen_qa.manuscript.document import Pair
from zhen_qa.report.safetext import utf8, xml_text
from zhen_qa.report.serialize import bead_text
from zhen_qa.report.version import TOOL_NAME, installed_version

Segment = tuple[str, str]
"""A (source text, target text) pair."""


def segments(pairs: Iterable[Pair | Segment]) -> list[tuple[str, str, str]]:
    """(zh, en, section) for every bead with non-empty text on both sides, in order."""
    out: list[tuple[str, str, str]] = []
    for item in pairs:
        if isinstance(item, Pair):
            for bead in item.beads:
                zh = bead_text([item.zh[i] for i in bead.zh], "zh")
                en = bead_text([item.en[i] for i in bead.en], "en")
                if zh and en:
                    out.append((zh, en, item.section))
        else:
            zh, en = item
            zh, en = zh.strip(), en.strip()
            if zh and en:
                out.append((zh, en, ""))
    return out


def write_tmx(
    pairs: Sequence[Pair | Segment],
    srclang: str = "zh-CN",
    tgtlang: str = "en",
    *,
    creationdate: str | None = None,
) -> bytes:
    """A TMX 1.4b document (UTF-8 bytes) of the aligned pairs; Pair objects give one tu per bead.

    `creationdate` (YYYYMMDDThhmmssZ) is written in the header when given; left out by
    default so the same input gives the same bytes.
    """
    return b"".join(tmx_document(segments(pairs), srclang, tgtlang, creationdate=creationdate))


def tmx_document(
    units: Iterable[tuple[str, str, str]],
    srclang: str = "zh-CN",
    tgtlang: str = "en",
    *,
    creationdate: str | None = None,
) -> Iterator[bytes]:
    """The TMX document of (zh, en, section) units, in chunks, so an archive's TMX streams to disk."""
    header_attrs = {
        "creationtool": TOOL_NAME,
        "creationtoolversion": installed_version(),
        "segtype": "sentence",
        "o-tmf": "zhen-qa",
        "adminlang": "en",
        "srclang": srclang,
        "datatype": "plaintext",
    }
    if creationdate:
        header_attrs["creationdate"] = creationdate
    attrs = " ".join(f"{k}={quoteattr(v)}" for k, v in header_attrs.items())
    head = ['<?xml version="1.0" encoding="UTF-8"?>', '<tmx version="1.4">', f"  <header {attrs}/>", "  <body>"]
    yield utf8("\n".join(head) + "\n")
    for n, (zh, en, section) in enumerate(units, start=1):
        lines = [f'    <tu tuid="{n}">']
        if section:
            lines.append(f'      <prop type="x-section">{escape(xml_text(section))}</prop>')
        for lang, text in ((srclang, zh), (tgtlang, en)):
            lines.append(f"      <tuv xml:lang={quoteattr(lang)}><seg>{escape(xml_text(text))}</seg></tuv>")
        lines.append("    </tu>")
        yield utf8("\n".join(lines) + "\n")
    yield b"  </body>\n</tmx>\n"
