"""A bead whose target is its source: one untranslated-span finding on the copy, or a copied table cell for
`table_copies` to group, or none for a copy by design (`copied_text`)."""
from __future__ import annotations

from zhen_qa.checks.cited_titles import dated_citation, numbered_reference
from zhen_qa.checks.copied_text import reads_as_text
from zhen_qa.checks.latin_in_chinese import LETTER
from zhen_qa.checks.sentence_parts import Parts
from zhen_qa.checks.statement_caption import statement_caption
from zhen_qa.checks.table_copies import CellCopy
from zhen_qa.checks.untranslated_findings import UNTRANSLATED_SPAN
from zhen_qa.manuscript.document import Sentence
from zhen_qa.manuscript.script import HAN_RUN_RE
from zhen_qa.report.findings import Finding


def identical(zh: list[Sentence], en: list[Sentence], parts: Parts, english_source: bool) -> Finding | None:
    """The finding of a bead whose English is its Chinese (the sentences are both checked then), or None. It is
    on the target's side, the copy: the English unless the source is English (a CAT unit's `<target>` left as a
    copy of its English `<source>`, `--source en`)."""
    if not reads_as_text(zh, parts):  # identifiers (foo_ca.crt, a.b.c) are not words; copies by design
        return None
    if all(dated_citation(s.text.text) for s in en):  # a listed work's title, source and date: a citation
        return None
    if numbered_reference(" ".join(s.text.text for s in en)):  # `[1] authors. title. venue, year` (the English
        return None  # cut after `et al.` and the title's stop): a reference list kept in its language
    if len(en) == 1 and statement_caption(en[0].text.text, parts.code_after(en[0])):  # `show all ttl` above the
        return None  # block that runs it: the statement's syntax, code
    if english_source:
        return Finding(UNTRANSLATED_SPAN.id, UNTRANSLATED_SPAN.severity, "the Chinese is identical to the English",
                       zh[0].text.location(0, None), "zh", zh[0].text.text, related=en[0].location)
    text = " ".join(s.text.text for s in en)
    han = sum(len(run) for run in HAN_RUN_RE.findall(text))
    chinese = han > len(LETTER.findall(text))  # mostly Han: a Chinese text the English copies
    return Finding(UNTRANSLATED_SPAN.id, UNTRANSLATED_SPAN.severity, LEFT_IN_CHINESE if chinese else LEFT_IN_ENGLISH,
                   en[0].text.location(0, None), "en", en[0].text.text, related=zh[0].location)


LEFT_IN_ENGLISH = "left in English: the Chinese repeats the English text"
"""The message of an English sentence the Chinese gives unchanged (what is wrong: the Chinese side is to be
translated)."""
LEFT_IN_CHINESE = "left in Chinese: the English repeats the Chinese text"
"""...and of Chinese text the English gives unchanged (a target segment left as a copy of its Chinese source: the
English side is to be translated)."""


def cell_copy(f: Finding, zh: list[Sentence], en: list[Sentence], parts: Parts) -> CellCopy | None:
    """The copied table cell an English-side finding reports (`table_copies` groups them by column), or None when
    the English is no table cell. A copy whose Chinese is no table cell is not known to sit in a column copied
    throughout: it counts as in a translated column (kept as its own finding)."""
    part = parts.part(en[0])
    if f.lang != "en" or part is None or part.kind != "cell":
        return None
    header, zh_part = parts.header(en[0], part), parts.part(zh[0])
    if zh_part is None or zh_part.kind != "cell":
        return CellCopy(f, part, header, whole=False, translated=True)
    return CellCopy(f, part, header, whole=not parts.chinese_table(zh[0], zh_part),
                    translated=parts.translated_column(zh[0], zh_part))
