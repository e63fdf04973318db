"""A thesis class's abstract pages, read from their definitions: which arguments are the text, which the keywords.

A template may typeset its abstract pages with commands or environments of its own whose arguments the reader cannot
know by name. TongjiThesis writes `\\MakeAbstract{本文…}{双轮足机器人，…}` and `\\MakeAbstractEng{…}{…}`, defined
`\\newcommand{\\MakeAbstract}[2]{…摘\\hspace{0.5em}要…#1…\\textbf{关键词：}#2}`: without its definition the
whole abstract was read as nothing. seuthesis's `\\begin{abstract}{三维重建，点云}…` takes the keywords as the
environment's argument, `\\newenvironment{abstract}[1]{\\newcommand{\\@keywords}{#1}…}{…关键词：\\@keywords}`:
without it the keywords were glued to the abstract's first sentence. So a definition is read for what it typesets:
- an argument typeset right after a keywords label (关键词：, 关键字, Key words:, KEY WORDS:), directly or through a
  command the definition sets to it (`\\newcommand{\\@keywords}{#1}` … `关键词：\\@keywords`), is the keywords;
- a command whose body typesets an abstract heading (摘要, 摘\\hspace{…}要, 摘~要 — Chinese; ABSTRACT, Abstract —
  English; one of the two, not both) is an abstract page, and each other argument it typesets is the abstract's text
  (an argument used as a file name, `\\input{#1}`, is not text).
A title or author command a class redefines with more arguments than the pair `{中文}{English}` is read the same way:
seuthesis's `\\title{中文题目}{中文副标题}{English title}{English subtitle}` is defined
`\\renewcommand{\\title}[4]{\\def\\@title{#1}…\\renewcommand{\\@titleeng}{#3}…}`: the argument stored into a command
named as the English of another (`\\@titleeng` beside `\\@title`; the marks eng, en, english before or after the
name) is the English, the other one the Chinese (`bilingual_args`).
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from zhen_qa.manuscript.latex_unprinted import brace_group

_ZH_HEADING = re.compile(r"摘(?:\s|~|\\[A-Za-z]+\*?(?:\{[^{}#]*\})?|\{\})*要")
"""摘要 as a heading: the two characters with only spacing between them (摘\\hspace{0.5em}要, 摘~要, 摘\\quad 要)."""
_EN_HEADING = re.compile(r"(?<![\\@A-Za-z])(?:ABSTRACT|Abstract)(?![A-Za-z@])")
_KEYWORDS_LABEL = re.compile(r"(?:关键[词字]|(?<![\\@A-Za-z])(?:KEY\s*WORDS?|Key\s*[Ww]ords?|Keywords?)"
                             r"(?![A-Za-z@]))\s*[：:]?")
_GAP = re.compile(r"\s+|[{}~]|\\(?:[,;:!]|[A-Za-z]+\*?)(?:\[[^\[\]{}#]*\])?(?:\{[^{}#\\]*\})?")
"""What may stand between a keywords label and its argument: spacing, braces, a font, spacing or box command with
its options and size (`\\parbox[t]{378pt}{…}`, UESTCthesis)."""
_ALIAS = re.compile(r"\\(?:re|provide)?newcommand\*?\s*\{?\s*\\([A-Za-z@]+)\s*\}?\s*\{\s*#(\d)\s*\}"
                    r"|\\[gex]?def\s*\\([A-Za-z@]+)\s*\{\s*#(\d)\s*\}")
"""A command the definition sets to one argument (`\\newcommand{\\@keywords}{#1}`, `\\def\\@kw{#1}`)."""
_HOLDER = re.compile(r"\\(?:re|provide)?newcommand\*?\s*\{?\s*\\([A-Za-z@]+)\s*\}?\s*(?=\{)"
                     r"|\\[gex]?def\s*\\([A-Za-z@]+)\s*(?=\{)")
"""A command defined with no arguments of its own, its body to follow (`\\newcommand{\\@ckeywords}{#1，#2…}`)."""
_ARG = re.compile(r"#(\d)")
_COMMAND = re.compile(r"\\([A-Za-z@]+)")
_ARG_AS_FILE = re.compile(r"\\(?:input|include|subfile|InputIfFileExists|IfFileExists)\s*\{[^{}]*#(\d)")
_ENVIRONMENT = re.compile(r"\\(?:re)?newenvironment\*?\s*\{\s*([A-Za-z@*]+)\s*\}\s*(?:\[(\d)\])?\s*(?:\[[^\[\]]*\])?")
_ENGLISH_MARKS = ("english", "eng", "en", "e")
"""How a class names the English of `\\@title`: `\\@titleeng`, `\\@titleen`, `\\@entitle`, `\\@etitle` (case aside)."""
MAX_GAP = 60
"""Most characters of spacing and font commands between a keywords label and its argument."""


@dataclass(frozen=True)
class AbstractDef:
    """What a class's abstract command or environment typesets: its language and the arguments (numbered from 1)
    that are its keywords and its text."""

    lang: str
    """"zh" or "en" by its heading; "" when the definition has none (an environment the reader knows by name)."""
    keywords: tuple[int, ...] = ()
    text: tuple[int, ...] = ()


def _aliases(body: str) -> dict[str, int]:
    """The commands `body` sets to one argument (`_ALIAS`), by name (`@keywords`), with that argument's number."""
    return {(m[1] or m[3]): int(m[2] or m[4]) for m in _ALIAS.finditer(body)}


def _holders(body: str) -> dict[str, set[int]]:
    """The commands `body` defines as text holding its arguments, by name, with those arguments' numbers:
    UESTCthesis's `\\newcommand{\\@ckeywords}{#1，#2，#3…}` (each keyword one argument of its abstract environment,
    `\\begin{Cabstract}{kw1}…{kw5}`), and a command set to one argument (`_aliases`)."""
    out = {name: {arg} for name, arg in _aliases(body).items()}
    for m in _HOLDER.finditer(body):
        group = brace_group(body, m.end())
        args = {int(a) for a in _ARG.findall(group[0])} if group is not None else set()
        if args:
            out.setdefault(m[1] or m[2], set()).update(args)
    return out


def _keyword_args(body: str) -> set[int]:
    """The arguments `body` typesets right after a keywords label (directly or through a command holding them)."""
    aliases = _holders(body)
    found: set[int] = set()
    for label in _KEYWORDS_LABEL.finditer(body):
        pos, end = label.end(), min(len(body), label.end() + MAX_GAP)
        while pos < end:
            arg = _ARG.match(body, pos)
            if arg is not None:
                found.add(int(arg[1]))
                break
            command = _COMMAND.match(body, pos)
            if command is not None and command[1] in aliases:
                found.update(aliases[command[1]])
                break
            gap = _GAP.match(body, pos)
            if gap is None:
                break
            pos = gap.end()
    return found


def _heading_lang(body: str) -> str:
    zh, en = bool(_ZH_HEADING.search(body)), bool(_EN_HEADING.search(body))
    return "zh" if zh and not en else "en" if en and not zh else ""


def command_def(arity: int, body: str) -> AbstractDef | None:
    """A command of `arity` arguments defined as `body`, when it is an abstract page (a heading of one language
    and an argument typeset as its text); None otherwise."""
    lang = _heading_lang(body)
    if not lang or not arity:
        return None
    keywords = _keyword_args(body)
    used = {int(a) for a in _ARG.findall(body)} - {int(a) for a in _ARG_AS_FILE.findall(body)}
    aliased = {int(m[2] or m[4]) for m in _ALIAS.finditer(body)}  # every one, a command set twice too
    text = tuple(sorted(a for a in used if a <= arity and a not in keywords and a not in aliased))
    if not text:
        return None
    return AbstractDef(lang, tuple(sorted(a for a in keywords if a <= arity)), text)


def environment_defs(sources: Iterable[str]) -> dict[str, AbstractDef]:
    """The environments `sources` define with arguments typeset as keywords (`\\newenvironment{abstract}[1]{…}{…
    关键词：\\@keywords}`), by name; the environment's content is its text."""
    out: dict[str, AbstractDef] = {}
    for text in sources:
        for m in _ENVIRONMENT.finditer(text):
            if not m[2]:
                continue
            begin = brace_group(text, m.end())
            end = brace_group(text, begin[1]) if begin is not None else None
            if begin is None or end is None:
                continue
            body = begin[0] + "\n" + end[0]
            keywords = tuple(sorted(a for a in _keyword_args(body) if a <= int(m[2])))
            if keywords:
                out[m[1]] = AbstractDef(_heading_lang(body), keywords)
    return out


def _english_of(name: str, other: str) -> bool:
    """Whether the command `name` is named as the English of `other` (`@titleeng` of `@title`)."""
    low, base = name.lower(), other.lower().lstrip("@")
    stem = low.lstrip("@")
    return any(stem in (base + mark, mark + base, base + "_" + mark) for mark in _ENGLISH_MARKS if mark != "e") or \
        stem == "e" + base


def bilingual_args(name: str, arity: int, body: str) -> tuple[int, int] | None:
    """The (Chinese, English) arguments of the command `name` defined with `arity` arguments as `body`, when it
    stores one into `\\@name` and another into a command named as its English (`\\@nameeng`); None otherwise."""
    aliases = _aliases(body)
    zh = aliases.get("@" + name)
    if zh is None or arity < 2:
        return None
    english = [arg for alias, arg in aliases.items() if arg != zh and _english_of(alias, "@" + name)]
    return (zh, english[0]) if len(english) == 1 and english[0] <= arity else None
