"""Short headings the Chinese page leaves in English: prose words, not a name or a term the page keeps in English.

A heading of three words or more copied from the English page is reported as a copy (`target_is_source`). A
two-word heading is not, and Chinese documentation keeps many short English headings on purpose: names (GitHub
Pages, Vue CLI, Firebase hosting, rsbuild build) and terms of the trade its Chinese text writes in English too
(Tree shaking, Web Workers, Media Query). Left untranslated are the ones whose words are ordinary English and
which the page never writes in its Chinese text (Register plugins, Basic Usage, Breaking Changes, More docs).
Nor are the fixed labels of a reference page (`fixed_labels`): the same English heading under several sections of
the Chinese page (a REST API's Request Body, Response Status, Response Body under each endpoint) is the project's
label kept in English, not a passage left untranslated. Nor are the headings of a group the Chinese page keeps in
English throughout (`english_groups`): three sibling headings or more under one parent heading, none with Chinese,
each written as a name (### User Management, ### Role Management, ### Team Management … under ## 系统设置, the
console's menus), the page's choice of names, as a table column left in English throughout is; a group in sentence
case (Check requirements, Unpack release: steps a translator forgot) and one English heading beside Chinese siblings
are still reported.
"""
from __future__ import annotations

import functools
import re

from zhen_qa.aligner.lexicon import STOP_EN, load_lexicon, stem
from zhen_qa.manuscript.document import Sentence
from zhen_qa.manuscript.lazy_re import LazyPattern
from zhen_qa.manuscript.script import HAN_RUN_RE
from zhen_qa.manuscript.structure import MD_HEADING

MIN_WORDS, MAX_WORDS = 2, 2
"""Words of a heading this module judges (three or more: a copy `target_is_source` reports; one: too often a
name or a section label a project keeps in English, Options, Result, Tips)."""

_WORD = LazyPattern(r"[A-Za-z]+")
_NOT_TEXT = LazyPattern(r"`[^`\n]*`|\]\([^)\n]*\)|https?://\S+|<[^>\n]*>")
"""Inline code, link targets, web addresses and HTML tags: a word there is an identifier, not the page's text."""
_HEADING_LINE = LazyPattern(r"^\s{0,3}#{1,6}\s")


def kept_heading(zh: Sentence, en: Sentence) -> bool:
    """Whether the Chinese heading `zh` is the English heading `en` left untranslated: the same text, two ordinary
    English words (no acronym, camelCase, digits or code), the first a dictionary word when it is capitalised (an
    unknown capitalised first word names a product: Firebase hosting, Rspack profile), and the page's Chinese text
    (outside headings) neither uses the heading's words as a phrase (tree shaking; `rsbuild preview` 命令) nor writes
    one of its capitalised words outside code and links (Markdown Content, where the page writes "Markdown 文件")."""
    text = zh.text.text.strip()
    if " ".join(text.split()).casefold() != " ".join(en.text.text.split()).casefold():
        return False
    words = text.split()
    if not MIN_WORDS <= len(words) <= MAX_WORDS or not all(_WORD.fullmatch(w) for w in words):
        return False
    folded = " ".join(words).casefold()
    if folded in fixed_labels(zh.text.source.text):
        return False  # `###### Response Body` under every endpoint of a REST reference page (hgmisc53)
    if folded in english_groups(zh.text.source.text):
        return False  # `### User Management` beside `### Role Management` …, all in English: the console's menus
    if " ".join(words) in commands_run(zh.text.source.text):
        return False  # `#### karmadactl init` over `$ karmadactl init --help`: the command the section documents
    if any(len(w) > 1 and (w.isupper() or not w[1:].islower()) for w in words):
        return False  # UA polyfill, CSS Modules, KeepAlive: acronyms and code names
    first = words[0]
    if first[0].isupper() and first.lower() not in STOP_EN and not load_lexicon().en2zh.get(stem(first.lower())):
        return False
    if all(w[0].isupper() for w in words) and (_named_mid_sentence(words, en.text.source.text)
                                               or (not _section_label(words)
                                                   and _sentence_case_page(words, en.text.source.text))):
        return False  # "open Visual Studio": a name keeps its capitals inside the English sentence (review50b S12)
    lines = _chinese_lines(zh.text.source.text)
    if any(folded in " ".join(_HYPHEN.sub(" ", line).split()).casefold() for line, _text in lines):
        return False  # inline code included: `rsbuild preview` 命令 names a command; tree-shaking (S13)
    prose_words = _chinese_prose_words(zh.text.source.text)
    return not any(w.lower() in prose_words for w in words if w[0].isupper())


_HYPHEN = LazyPattern(r"[-_]")


def _named_mid_sentence(words: list[str], page: str) -> bool:
    """Whether the English page writes the capitalised words as a phrase after a lower-case word or a comma inside a
    sentence (not as a heading or at a sentence's start): a name ("install Visual Studio", "with Google Analytics")."""
    phrase = r"\s+".join(map(re.escape, words))
    return re.search(rf"(?:[a-z]|,)\s+{phrase}(?![A-Za-z])", page) is not None


SECTION_WORDS = frozenset({
    "about", "additional", "advanced", "api", "basic", "basics", "best", "breaking", "changes", "common",
    "concepts", "configuration", "configure", "contents", "custom", "customization", "demo", "demos", "details",
    "development", "docs", "documentation", "example", "examples", "faq", "features", "further", "general",
    "getting", "guide", "guides", "how", "installation", "install", "introduction", "known", "issues", "limitations",
    "migration", "more", "new", "next", "notes", "options", "other", "overview", "practices", "prerequisites",
    "properties", "quick", "reading", "reference", "related", "release", "requirements", "resources", "setup",
    "start", "started", "steps", "summary", "support", "tips", "troubleshooting", "tutorial", "upgrade", "usage",
    "use", "using", "what", "whats"})
"""Words of the stock section labels documentation writes in Title Case even on a page of sentence-case headings
(Basic Usage, Quick Start, Getting Started, Breaking Changes, Further Reading): such a label is the page's heading,
not a name, whatever the style of its other headings (review51 R10)."""


def _section_label(words: list[str]) -> bool:
    """Whether every word of the heading is a word of the stock section labels (SECTION_WORDS)."""
    return all(w.casefold() in SECTION_WORDS for w in words)


SENTENCE_CASE_MIN = 2
"""Other headings of several words, all in sentence case, that make a page's Title Case heading a name."""


def _sentence_case_page(words: list[str], page: str) -> bool:
    """Whether the English page writes its other headings in sentence case (at least SENTENCE_CASE_MIN of them of
    two words or more, each with a lower-case content word after its first word: "Install the extension",
    "Configure the editor"): there a Title Case heading ("Visual Studio", "Google Analytics") is a name, which keeps
    its capitals, not a heading of ordinary words (review50b S12). One other heading in Title Case ("Breaking Changes"
    beside "New Hooks", ahooks) and the page's style says nothing."""
    own = " ".join(words).casefold()
    titles = (m.group("title") for m in map(MD_HEADING.match, page.splitlines()) if m)
    others = [h.split() for h in titles if " ".join(h.split()).casefold() != own]
    others = [h for h in others if len(h) >= 2 and sum(bool(_WORD.fullmatch(w)) for w in h) >= 2]
    if len(others) < SENTENCE_CASE_MIN:
        return False
    return all(any(_WORD.fullmatch(w) and w.islower() and w not in STOP_EN for w in h[1:]) for h in others)


_ATX = LazyPattern(r"^\s{0,3}(?P<marks>#{1,6})\s+(?P<title>.+?)\s*#*\s*$")
_FENCE = LazyPattern(r"^\s{0,3}(?:`{3,}|~{3,})")
REPEATED_UNDER = 2
"""Different sections (parent headings) a heading's text must stand under to be a fixed label."""


@functools.lru_cache(maxsize=8)
def fixed_labels(page: str) -> frozenset[str]:
    """The casefolded texts of the page's fixed labels: headings without Chinese that stand under REPEATED_UNDER
    different parent headings or more (`###### Response Body` under each endpoint), and every heading of a group of
    sibling headings (one parent, one level) of two or more, all without Chinese, of which at least two are such
    repeated labels (the one `###### Request Body` beside Method & Url, Response Status and Response Body: the same
    label scheme). A heading left in English once, or beside Chinese siblings under any of its parents (`### Basic
    Usage` beside `### 参数说明`), is not one."""
    parent_of = tuple((level, title.casefold(), parent) for level, title, parent in _heading_tree(page))
    groups = _sibling_groups(parent_of)
    english = {key for key, titles in groups.items() if not _any_chinese(titles)}
    sections: dict[str, set[int]] = {}
    for _level, title, parent in parent_of:
        if not HAN_RUN_RE.search(title):
            sections.setdefault(title, set()).add(parent)
    beside_chinese = _beside_chinese(groups)  # `### Basic Usage` beside `### 参数说明`: left in English
    labels = {t for t, parents in sections.items() if len(parents) >= REPEATED_UNDER and t not in beside_chinese}
    for key in english:
        titles = groups[key]
        if len(titles) >= 2 and sum(t in labels for t in set(titles)) >= 2:
            labels.update(titles)
    return frozenset(labels)


@functools.lru_cache(maxsize=8)
def _heading_tree(page: str) -> tuple[tuple[int, str, int], ...]:
    """The page's ATX headings outside fenced code, in order: (level, title as written with its spaces collapsed,
    index of its parent heading in this tuple or -1 for none)."""
    parent_of: list[tuple[int, str, int]] = []
    open_levels: list[tuple[int, int]] = []  # (level, index) of the headings enclosing the current line
    fence = False
    for line in page.splitlines():
        if _FENCE.match(line):
            fence = not fence
            continue
        m = None if fence else _ATX.match(line)
        if m is None:
            continue
        level = len(m.group("marks"))
        while open_levels and open_levels[-1][0] >= level:
            open_levels.pop()
        parent = open_levels[-1][1] if open_levels else -1
        open_levels.append((level, len(parent_of)))
        parent_of.append((level, " ".join(m.group("title").split()), parent))
    return tuple(parent_of)


def _sibling_groups(tree: tuple[tuple[int, str, int], ...]) -> dict[tuple[int, int], list[str]]:
    """The titles of each group of sibling headings, keyed by (index of the parent heading or -1, level)."""
    groups: dict[tuple[int, int], list[str]] = {}
    for level, title, parent in tree:
        groups.setdefault((parent, level), []).append(title)
    return groups


def _any_chinese(titles: list[str]) -> bool:
    """Whether one of the titles has Chinese."""
    return any(HAN_RUN_RE.search(t) for t in titles)


def _beside_chinese(groups: dict[tuple[int, int], list[str]]) -> set[str]:
    """The casefolded titles without Chinese of the groups (`_sibling_groups`) that have a title with Chinese: headings
    left in English beside Chinese siblings."""
    return {title.casefold() for titles in groups.values() if _any_chinese(titles)
            for title in titles if not HAN_RUN_RE.search(title)}


ENGLISH_GROUP_MIN = 3
"""Sibling headings, all without Chinese, that make a group the Chinese page keeps in English throughout."""


@functools.lru_cache(maxsize=8)
def english_groups(page: str) -> frozenset[str]:
    """The casefolded titles of the headings of every group of ENGLISH_GROUP_MIN sibling headings or more (one parent
    heading, one level) of which none has Chinese and each is written as a name (`_written_as_name`: every content
    word capitalised): the names the page keeps in English throughout the group (the console's menus User Management,
    Role Management, Team Management … under `## 系统设置`). A group of headings in sentence case (Check
    requirements, Unpack release, Change settings over Chinese prose: the steps a translator forgot, review67 R3) is
    none, nor is a group at the page's top (no parent heading), and a title that also stands beside Chinese siblings
    elsewhere on the page is left out (a heading left in English there)."""
    groups = _sibling_groups(_heading_tree(page))
    beside_chinese = _beside_chinese(groups)
    return frozenset(title.casefold() for (parent, _level), titles in groups.items()
                     if parent >= 0 and len(titles) >= ENGLISH_GROUP_MIN
                     and not _any_chinese(titles) and all(map(_written_as_name, titles))
                     for title in titles if title.casefold() not in beside_chinese)


def _written_as_name(title: str) -> bool:
    """Whether the heading is written as a name: each of its words of letters that is no function word (STOP_EN:
    of, and, the …) begins with a capital, and it has one such word at least (User Management, Flink Home, Alert
    Setting). A heading in sentence case (Check requirements, Register widgets) is prose, a step or a topic, whose
    words a translator renders; words with digits, marks or underscores (api_key, `$env`, 4.1) are passed over."""
    content = [w for w in title.split() if _WORD.fullmatch(w) and w.casefold() not in STOP_EN]
    return bool(content) and all(w[0].isupper() for w in content)


_COMMAND_LINE = LazyPattern(r"^\s*(?:\$\s+)?([a-z][\w.\-]*)[ \t]+([a-z][\w\-]*)(?=\s|$)")
"""A command line of a code block: an optional `$` prompt, a program name and its first argument, both lower case
(`$ karmadactl init --help`, `helm install …`); a comment (`# install …`) is none."""


@functools.lru_cache(maxsize=8)
def commands_run(page: str) -> frozenset[str]:
    """The commands the page's fenced code blocks run, each as its program name and first argument ("karmadactl
    init" of `$ karmadactl init --help | grep priority`): a heading that says exactly one of them names that command
    (the section documents it), as `rsbuild preview` 命令 does in prose. Lines outside code blocks, comments and
    capitalised words (prose pasted into a block) give none, so a heading of ordinary words is still judged."""
    found: set[str] = set()
    fence = False
    for line in page.splitlines():
        if _FENCE.match(line):
            fence = not fence
            continue
        m = _COMMAND_LINE.match(line) if fence else None
        if m is not None:
            found.add(f"{m.group(1)} {m.group(2)}")
    return frozenset(found)


@functools.lru_cache(maxsize=8)
def _chinese_lines(page: str) -> tuple[tuple[str, str], ...]:
    """The page's lines with Chinese text outside headings: each as written, and with its inline code, link
    targets, addresses and tags blanked (its prose)."""
    return tuple((line, _NOT_TEXT.sub(" ", line)) for line in page.splitlines()
                 if HAN_RUN_RE.search(line) and not _HEADING_LINE.match(line))


_LATIN_RUN = LazyPattern(r"[A-Za-z]+", re.I)
"""A run of Latin letters, as a case-blind match of a word with Latin edges sees it (re.I: with İ ı ſ K)."""
_TO_ASCII = str.maketrans("\u0130\u0131\u017f\u212a", "iisk")
"""The four letters re.I takes for ASCII ones (İ ı for i, ſ for s, the Kelvin sign for k), written as those."""


@functools.lru_cache(maxsize=8)
def _chinese_prose_words(page: str) -> frozenset[str]:
    """The Latin words of the prose of the page's Chinese lines (`_chinese_lines`: outside headings, code, links),
    lower case: a heading word found here is one the page writes in its Chinese text."""
    return frozenset(m.group().translate(_TO_ASCII).lower() for _line, text in _chinese_lines(page)
                     for m in _LATIN_RUN.finditer(text))


__all__ = ["commands_run", "english_groups", "fixed_labels", "kept_heading"]
