"""Whether a sentence the other side gives unchanged reads as text to translate, or is a copy by design (names, build
directives, option and error headings, list items and table cells of values)."""
from __future__ import annotations

import re

from zhen_qa.aligner.lexicon import STOP_EN
from zhen_qa.checks.han_in_english import HAN_RUN
from zhen_qa.checks.quoted_message import copied_message
from zhen_qa.checks.sentence_parts import Parts
from zhen_qa.manuscript.document import Role, Sentence
from zhen_qa.manuscript.lazy_re import LazyPattern

_FRONT = frozenset({Role.TITLE, Role.ABSTRACT, Role.KEYWORDS})
"""Front matter the Chinese side must give in Chinese: an English copy there is reported even as names."""


_KEPT_CONNECTIVES = frozenset({"vs"})
"""Lower-case Latin words Chinese text writes as they are between names: "vs." (RocketMQ vs. ActiveMQ vs. Kafka,
a comparison heading the Chinese page keeps letter for letter), no word of English prose."""


def reads_as_text(sentences: list[Sentence], parts: Parts) -> bool:
    """Front matter, Chinese, or Latin prose (at least one lower-case word). A line of proper names the same in
    both languages in a page's body (ClearML | Neptune | Weights & Biases) is not a copy left untranslated."""
    if any(s.role in _FRONT for s in sentences):
        return True
    text = " ".join(s.text.text for s in sentences)
    if HAN_RUN.search(text):
        return True
    words = re.findall(r"[A-Za-z]{2,}", text)
    if not any(w.islower() and w not in _KEPT_CONNECTIVES for w in words):
        return False  # names only: ClearML | Neptune; RocketMQ vs. ActiveMQ vs. Kafka
    if _BUILD_DIRECTIVES.fullmatch(text.strip()):
        return False  # `{{ autodoc:colossalai.nn.optimizer.X }}`: the docs build fills it in, a line of code
    if parts.kind(sentences[0]) == "heading" and _OPTION_HEADING.fullmatch(text.strip()):
        return False  # `### common options [string]`: written like the option-name headings beside it
    if parts.kind(sentences[0]) == "heading" and _ERROR_HEADING.search(text):
        return False  # `### ModuleNotFoundError: No module named 'x'`: the error an FAQ entry is about, quoted
    if copied_message(sentences, parts):
        return False  # `### service discovery error` over `ErrServiceDiscovery`: the error's message, as printed
    # a list item or a table cell is a copy by design (commit-message examples "fix(Button): incorrect style",
    # quoted issue titles, type signatures) unless it is a sentence of prose with its final stop, or a cell of
    # prose in a column the Chinese table translates elsewhere
    if parts.kind(sentences[0]) not in _COPY_KINDS or len(words) >= 3 and bool(_SENTENCE_END.search(text)):
        return True
    return len(sentences) == 1 and _prose_cell(sentences[0], parts)


def _prose_cell(s: Sentence, parts: Parts) -> bool:
    """A table cell left in English in a column the Chinese page translates: not the header row nor the key
    column (names and identifiers both tables keep), another body cell of its column has Chinese (a column left
    in English throughout a table the Chinese page translates is the project's choice, whatever its header says),
    and the cell reads as prose: three or more plain words, one an English function word (Order in which the
    plugin runs), not a value (last 2 versions, array[string]). In a table with no Chinese at all, header row
    included, the page left the whole table untranslated: its cells of prose are reported
    (`_english_table_prose`), except in a column of values or literals (`sentence_parts._LITERAL_HEADER`: Type,
    Default, Message)."""
    part = parts.part(s)
    if part is None or part.kind != "cell" or part.row < 1 or part.column < 1:
        return False
    if parts.english_table(s, part):
        return not parts.literal_column(s, part) and _english_table_prose(s.text.text)
    if not parts.translated_column(s, part):
        return False
    words = s.text.text.split()
    plain = [w for w in words if _PLAIN.fullmatch(w)]
    return len(plain) >= 3 and len(plain) == len(words) and any(w.lower() in STOP_EN for w in plain)


def _english_table_prose(text: str) -> bool:
    """A cell of a table the Chinese page leaves in English throughout, header row included (a comparison table
    copied whole: `Supported, with async producer`), that reads as a phrase of prose: three or more words, two of
    them lower-case words of three or more letters (a translator translates those), every word holding a letter
    and none an identifier (a dotted or snake_case name, an assignment). Values and names (`Java, C++, Go`, `Not
    Supported`, `col 3 is`, `tp1 / ratio 0.8 / bs 256`, `authenticator: org.apache.auth.Standard`) stay copies."""
    tokens = _CODE_SPAN.sub(" ", text).split()
    if len(tokens) < 3 or not all(re.search(r"[A-Za-z]", t) for t in tokens):
        return False  # a value: a number or a sign stands as a word (`tp1 / ratio 0.8 / bs 256`, `$1600`)
    if any(_IDENTIFIER_TOKEN.search(t) for t in tokens):
        return False  # a value written with identifiers (`authenticator: org.apache.auth.Standard, config: {…}`)
    lower = [w for t in tokens for w in re.findall(r"[A-Za-z]+", t) if len(w) >= 3 and w.islower() and w != "etc"]
    return len(lower) >= 2


_IDENTIFIER_TOKEN = LazyPattern(r"[A-Za-z0-9]\.[A-Za-z]|\w_\w|=")
"""A dotted name (org.apache.auth), a snake_case name or an assignment inside a word: an identifier or a setting."""


_CODE_SPAN = LazyPattern(r"`[^`]*`|\S*://\S*")
"""An inline code span or a web address: code and addresses, no words of prose."""


_PLAIN = LazyPattern(r"[A-Za-z][a-z'’\-]*[,.;:]?")
"""A plain English word in a cell: letters, lower case after the first, a trailing stop or comma at most."""


_OPTION_HEADING = LazyPattern(
    r"(?i)[^\[\]]+\s\[(?:string|str|array|list|map|int|integer|long|double|float|number|bool|boolean|object|enum"
    r"|config|duration|bytes|char)(?:\[\]|<[^<>]*>)?\]")
"""A configuration reference's option heading: a name and its value type in brackets (`include_fields [array]`,
`common options [string]`). The page writes every option under such a heading, the option group's name the same
way as the option names (identifiers kept in both languages): the heading is the same in both pages by design."""


_BUILD_DIRECTIVES = LazyPattern(r"(?:\{\{\s*[A-Za-z][\w-]*\s*:\s*[A-Za-z_][\w]*(?:\.[A-Za-z_]\w*)*\s*\}\}\s*)+")
"""One or more documentation-build template directives naming a dotted identifier ({{ autodoc:colossalai.nn.optimizer
.DistributedLamb }}, colossalai's API pages; gc56 A2): the build writes the API's reference there; both pages keep the
line as it is, as they keep a line of code. A directive holding words ({{ note: Read this first }}) is text."""

_ERROR_HEADING = LazyPattern(
    r"^\W*(?:[A-Z]\w*(?:Error|Exception)(?::|$)|No module named\b"
    r"|.*\b[\w-]+\.so(?:\.\d+)*\b.*\bnot (?:found|defined)\b)")
"""A heading that quotes an error message (an FAQ entry's title is the error the reader searches for): an
exception line (`RuntimeError: …`, `ModuleNotFoundError: …`), Python's `No module named '…'`, a dynamic loader's
`… libcudart.so.11.0 not defined` / `libnccl.so.2 not found`. It is the program's text, the same in both pages."""


_COPY_KINDS = frozenset({"item", "cell"})
"""Markdown parts (`Part.kind`) whose text a page may give the same in both languages by design."""


_SENTENCE_END = LazyPattern(r"[A-Za-z0-9)][.!?][\"'”’)\]]*\s*$")
