"""Small hand-aligned manuscripts and glossaries for the terminology tests (one source file, zh then en)."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from zhen_qa.checks import terms as checks
from zhen_qa.checks.context import CheckContext, Options
from zhen_qa.checks.run import Flags, check_file
from zhen_qa.glossary.model import Concept, Glossary
from zhen_qa.manuscript.document import Bead, Manuscript, Pair, Role, Sentence
from zhen_qa.manuscript.source import MappedText, SourceText
from zhen_qa.report.findings import Finding

Beads = list[tuple[tuple[int, ...], tuple[int, ...]]]
"""Which zh sentences go with which en sentences, by index: one pair of index tuples a bead."""


def manuscript(zh: list[str], en: list[str], beads: Beads) -> Manuscript:
    """One source file: the zh sentences one per line, a blank line, then the en sentences."""
    text = "\n".join(zh) + "\n\n" + "\n".join(en) + "\n"
    source = SourceText.from_text("t.md", text)
    sentences: list[Sentence] = []
    pos = 0
    for i, line in enumerate(zh + en):
        start = text.index(line, pos)
        pos = start + len(line)
        sentences.append(Sentence(MappedText.span(source, start, pos), "zh" if i < len(zh) else "en", Role.PARAGRAPH))
    pair = Pair("document", tuple(sentences[:len(zh)]), tuple(sentences[len(zh):]),
                tuple(Bead(z, e, 1.0) for z, e in beads))
    return Manuscript("t.md", (source,), (), (pair,))


def run(glossary: Glossary, zh: list[str], en: list[str], beads: Beads | None = None,
        options: Options | None = None) -> list[Finding]:
    if beads is None:
        beads = [((i,), (i,)) for i in range(len(zh))]
    return list(checks.run(CheckContext(manuscript(zh, en, beads), glossary, options or Options())))


def run_syn(glossary: Glossary, zh: list[str], en: list[str], beads: Beads | None = None) -> list[Finding]:
    """`run` with admitted synonyms reported (`Options.admitted_synonyms`): which accepted forms are one usage
    and which are two words of one concept."""
    return run(glossary, zh, en, beads, Options(admitted_synonyms=True))


def run_nosyn(glossary: Glossary, zh: list[str], en: list[str], beads: Beads | None = None) -> list[Finding]:
    """`run` with `admitted-synonyms = false`: two different words the glossary admits are its choice, no mixture;
    one term spelt two ways or written shorter inside still competes."""
    return run(glossary, zh, en, beads, Options(admitted_synonyms=False))


def only(findings: list[Finding], rule: str) -> list[Finding]:
    return [f for f in findings if f.rule == rule]


def term_missing(glossary: Glossary, zh: list[str], en: list[str]) -> list[str]:
    """The messages of the term-missing findings of the zh sentences aligned one to one with the en sentences."""
    return [f.message for f in only(run(glossary, zh, en), "term-missing")]


def missing_with(glossary: Glossary) -> Callable[[str, str], list[str]]:
    """`missing(zh, en)`: the term-missing messages of one Chinese sentence aligned with one English sentence."""
    return lambda zh, en: term_missing(glossary, [zh], [en])


def gl(*concepts: Concept) -> Glossary:
    return Glossary.build(list(concepts), "g.csv")


CHEMO = Concept("chemo", "化疗", "chemotherapy")


MARROW = Concept("marrow", "骨髓", "bone marrow")


CI = Concept("ci", "置信区间", "confidence interval", en_admitted=("CI",))


AE = Concept("ae", "不良事件", "adverse event")


DDP = Concept("ddp", "顺铂", "cisplatin")


HYPERTENSION = Concept("htn", "高血压", "hypertension")


def page_term_findings(tmp_path: Path, zh: str, en: str, glossary: str,
                       header: str = "id,zh,en,zh_admitted,en_admitted") -> list[Finding]:
    """term-missing's findings for a Markdown page pair checked with a CSV glossary (its rows after `header`), each
    call in a folder of its own (loaded files are cached by path)."""
    folder = tmp_path / str(len(list(tmp_path.iterdir())))
    folder.mkdir()
    (folder / "p.zh.md").write_text(zh, encoding="utf-8")
    (folder / "p.en.md").write_text(en, encoding="utf-8")
    (folder / "g.csv").write_text(header + "\n" + glossary, encoding="utf-8")
    flags = Flags(glossaries=(str(folder / "g.csv"),))
    result = check_file(str(folder / "p.zh.md"), str(folder / "p.en.md"), flags)
    return [f for f in result.findings if f.rule == "term-missing"]


def page_term_missing(tmp_path: Path, zh: str, en: str, glossary: str) -> list[str]:
    """term-missing's messages for a Markdown page pair checked with a CSV glossary (`page_term_findings`)."""
    return [f.message for f in page_term_findings(tmp_path, zh, en, glossary)]


def page_term_lines(tmp_path: Path, zh: str, en: str, glossary: str, lang: str,
                    header: str = "id,zh,en,zh_admitted,en_admitted") -> list[int]:
    """The lines of `lang` where a Markdown page pair checked with a CSV glossary has term-missing findings."""
    return [f.location.line for f in page_term_findings(tmp_path, zh, en, glossary, header) if f.lang == lang]
