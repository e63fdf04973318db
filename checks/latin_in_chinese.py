"""English left in a Chinese sentence (untranslated-span): runs of ordinary English words, the runs a page keeps in
English on purpose excepted (`latin_run_excuses`, `kept_literals`, `quoted_message`, `option_values`)."""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence

from zhen_qa.checks.bracketed import inside_brackets, inside_quotes
from zhen_qa.checks.cited_link import cited_title
from zhen_qa.checks.context import Options
from zhen_qa.checks.kept_literals import glossed_after, keyword_list, markup_sample, quoted_beside
from zhen_qa.checks.language_link import language_switch
from zhen_qa.checks.latin_run_excuses import (
    COMMAND_LINE,
    LATIN_WORD,
    expands_acronym,
    name_or_title,
    named_items,
    one_word_items,
    species_name,
    word_forms,
)
from zhen_qa.checks.option_values import option_values
from zhen_qa.checks.quoted_message import quoted_message
from zhen_qa.checks.quoted_passages import in_block_quotation
from zhen_qa.checks.untranslated_findings import runs_left
from zhen_qa.checks.urls import URL as _URL
from zhen_qa.manuscript.document import Block, Sentence
from zhen_qa.manuscript.script import HAN_RUN_RE
from zhen_qa.manuscript.source import Location
from zhen_qa.report.findings import Finding

MIN_LATIN_WORDS = 4
"""A Latin-script run in Chinese text is reported from this many ordinary words."""

LETTER = re.compile(r"[A-Za-z]")
_JOINED = re.compile(r"[A-Za-z0-9][./][A-Za-z]")
"""Names joined by a slash or a dot with no space (message/notification/Modal.confirm): API names, not words."""
_LATIN_RUN = re.compile(r"[A-Za-z][A-Za-z0-9'’\-]*(?:[ \t,;:./&+\-]+[A-Za-z0-9][A-Za-z0-9'’\-]*)*")


def _ordinary(word: str) -> bool:
    """A word that reads as running English: not an acronym, symbol, gene or formula (MSC, iPSC, CD34, IL-6)."""
    core = word.strip("'’-")
    if len(core) < 2 or any(c.isdigit() for c in core):
        return False
    return core[1:].islower()


def latin_in_chinese(s: Sentence, options: Options, related: Location | None = None,
                     code_words: frozenset[str] = frozenset(), english: list[str] | None = None,
                     english_sentences: Sequence[Sentence] = ()) -> Iterator[Finding]:
    """Long runs of ordinary English words left in a Chinese sentence; `code_words`, the words of the page's code
    blocks (`code_words`), name what a list of single words may list; `english`, the texts of the aligned English
    sentences, show which runs the source cites as literals (`kept_literals`) and which messages it quotes
    (`quoted_message`); `english_sentences`, those sentences, which cited documents it links by title
    (`cited_link`) and whether a link is the page's language switch (`language_link`)."""
    beside = english or []
    joined = " ".join(beside)  # quoted_message reads the aligned English as one text
    if not LETTER.search(s.text.text):
        return  # every run starts with a letter (and the URL pattern would try each character of the sentence)
    if not HAN_RUN_RE.search(s.text.text) and in_block_quotation(s):
        return  # an English passage in a LaTeX quote environment: quoted in its own language (a prompt, a motto);
        # a Chinese sentence quoted there keeps its run checks (实验结果主要取决于 the quality of training data)
    text = _URL.sub(lambda m: " " * len(m.group(0)), s.text.text)
    runs: list[re.Match[str]] = []
    for m in _LATIN_RUN.finditer(text):
        words = [w for tok in m.group(0).split() if not _JOINED.search(tok) for w in LATIN_WORD.findall(tok)]
        ordinary = sum(_ordinary(w) for w in words)
        if ordinary < MIN_LATIN_WORDS:
            continue
        if glossed_after(text, m.end(), m.group(0), ordinary):
            continue  # Group similar messages in console（对相似日志进行分组）: a UI label as shown, then rendered
        if quoted_beside(m.group(0), beside):
            continue  # 提示：Startup tracing is not enabled: the message the English cites in quotation marks
        if markup_sample(s.text.text, m.start(), m.end(), beside):
            continue  # 斜体：<p>We offer 30 rolls.</p>: the book's HTML sample, written the same in the English
        if keyword_list(m.group(0), beside):
            continue  # content-box / padding-box / border-box: CSS keywords, written alike on both pages
        if cited_title(s, m.start(), m.end(), english_sentences):
            continue  # 参考在 [C++ swap with temporary idiom](https://en.wikibooks.org/…) 中: a cited document's title
        if language_switch(s, m.start(), m.end(), english_sentences):
            continue  # [Read this page in English](../en/io.md) facing [中文版](../cn/io.md): a language switch
        if inside_brackets(text, m.start()):
            continue  # 纽约心脏学会（New York Heart Association，NYHA）: the original name glossed in brackets
        if inside_quotes(text, m.start()):
            continue  # 出现 "failed to fetch data" 的错误: an error message or UI string quoted as it reads;
            # 发表于《Journal of Thoracic Oncology》: a title kept in its language inside title marks
        if quoted_message(text, m.start(), m.end(), joined):
            continue  # 编译报错: type not registered yet?: the program's message, quoted as it prints it
        if species_name(words):
            continue  # 秋茄Kandelia obovata Sheue, Liu: a scientific name with its authors, written in Latin by rule
        if name_or_title(words):
            continue  # no all-lowercase word: a name (Toyota Human Support Robot) or names (Ipe, Inkscape, jPicEdt);
            # lower-case name particles only: a surname (Fernandez de la Vega, van der Waals, Ludwig van Beethoven);
            # title case: a company's or a work's name (Physics of Acoustic Company, Guardians of the Galaxy)
        if one_word_items(m.group(0), code_words):
            continue  # 配置文件包括几个部分：env, source, transform, sink: the sections of the config shown above
        if named_items(m.group(0)):
            continue  # 我们测试了 torchvision, diffusers, timm, transformers, torchaudio 和 torchrec 中的模型: packages
        if word_forms(m.group(0)):
            continue  # 关键词包括：close, closes, closed, fix, fixes, fixed: words cited with their inflections
        if expands_acronym(m.group(0), text):
            continue  # STRING，即 Search Tool for the Retrieval of ...: what the acronym stands for
        if option_values(m.group(0), text[:m.start()]):
            continue  # 例如： long, default, ISO8601, yyyy-MM-dd HH:mm:ss: the values an option takes, typed as written
        if COMMAND_LINE.match(m.group(0)):
            continue  # 安装命令为 python3.10 -m pip install paddlepaddle: a command typed as it is, not English
        runs.append(m)
    if runs:
        yield runs_left(s, runs, "English left in the Chinese", "zh", related)


_CODE_WORD = re.compile(r"[A-Za-z_][\w\-]*")


def code_words(blocks: Iterable[Block]) -> dict[str, frozenset[str]]:
    """Per file (its path), the words of the code blocks between its blocks (`Part.code`, `Part.code_after`)."""
    out: dict[str, set[str]] = {}
    for b in blocks:
        if b.part is not None and (b.part.code or b.part.code_after):
            out.setdefault(b.location.path, set()).update(_CODE_WORD.findall(b.part.code + "\n" + b.part.code_after))
    return {path: frozenset(words) for path, words in out.items()}
