"""Read a LaTeX thesis or paper: follow its \\input files and find the prose, front matter and chapters.

pylatexenc's LatexWalker gives every node its position, so every prose character keeps its offset in
the file it came from. Commands, math, labels, \\ref and \\cite keys, comments and verbatim are not
prose; `\\cite{a,b}` becomes the numeric marker "[1,2]" (keys numbered by first citation) so the
citation check compares the two languages. Metadata is read the way the common templates declare
it: thuthesis/sustech `\\thusetup{title=..., title*=..., author=..., keywords=..., keywords*=...}`, hithesis
`\\hitsetup{ctitle=..., etitle=..., ckeywords=..., ekeywords=...}`,
`abstract`/`abstract*`, `cabstract`/`eabstract`, `cnabstract`/`enabstract`, `\\ckeywords`/`\\ekeywords`,
`\\title`/`\\entitle`, `\\thesistitle{zh}{}{en}{}`, and a `\\chapter*{摘要}` / `\\chapter*{Abstract}` page with a
"关键词：" / "Keywords:" line. The body starts at the first chapter (or section in an article); chapters between
`\\frontmatter` and `\\mainmatter` (a preface, a notation list) are front matter. A TeX conditional is read one
branch, the first (`\\iffalse … \\fi` skipped); accent macros give their accented letter (`L\\"{u}roth`). A
template's page-input commands (zjuthesis `\\inputpage{cover}`, `\\inputbody{content}`) are followed, and an
`\\ifthenelse` the class options decide reads its chosen branch (`latex_template`).
"""
from __future__ import annotations

import functools
import logging
import os
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field

from pylatexenc import latex2text, latexwalker

from zhen_qa.manuscript.document import Block, Role
from zhen_qa.manuscript.errors import InputError
from zhen_qa.manuscript.latex_macros import (
    ABSTRACT_ENVS,
    ABSTRACT_HEADING,
    ABSTRACT_PAGES,
    ACCENT_MACROS,
    ANY_SETUP_KEYS,
    AUTHOR_MACROS,
    BACK_HEADING,
    BILINGUAL_MACROS,
    CITE_MACROS,
    CLASS_OPTION_KEYS,
    CODE_WORDS,
    CONDITIONAL_DEFINERS,
    FILE_OBJECT_MACROS,
    INPUT_MACROS,
    KEYWORD_ENVS,
    KEYWORD_MACROS,
    LETTER_MACROS,
    NOT_FRONT_SETUPS,
    PARAGRAPH_DECLARATIONS,
    SECTION_LEVELS,
    SETUP_ABSTRACT_KEYS,
    SETUP_MACROS,
    SETUP_NAME,
    SKIPPED_ENVS,
    SPECIALS,
    SYMBOLS,
    TEXT_MACROS,
    TITLE_MACROS,
    TYPED_KEYWORD_MACROS,
    VERBATIM_ENVS,
    parse_context,
)
from zhen_qa.manuscript.latex_nodes import class_option_values, group_nodes, raw_text, setup_values
from zhen_qa.manuscript.latex_paths import MAX_DEPTH, resolve_input
from zhen_qa.manuscript.latex_prose import Prose
from zhen_qa.manuscript.latex_template import Template, load_template
from zhen_qa.manuscript.latex_tokens import FastWalker
from zhen_qa.manuscript.lazy_re import LazyPattern
from zhen_qa.manuscript.script import HAN, detect_lang, is_han
from zhen_qa.manuscript.source import MAX_TEXT_BYTES, MappedText, SourceText
from zhen_qa.manuscript.structure import EN_KEYWORDS, ZH_KEYWORDS

log = logging.getLogger(__name__)


_NUMBER_MATH = re.compile(r"^\s*[-+]?\d[\d.,]*\s*%?(?:\s*\\sim\s*[-+]?\d[\d.,]*\s*%?)?\s*$")
"""Inline math that is a number (`$10\\%$`) or a range of two (`$60\\sim 70$`)."""
_SPACES = str.maketrans("~&", "  ")
_BRACKETED = re.compile(r"\s*\[([^\[\]]*)\]\s*")
_BLANK_LINE = re.compile(r"\n[ \t]*\n\s*")
_AT_NAME = re.compile(r"(?:@[A-Za-z@]*)?")
_AT_REST = re.compile(r"[A-Za-z@]*")
"""The rest of a command's name written with `@` (read as characters by the parser)."""
_BOX_OPTIONS = re.compile(r"\s*(?:\[[^\[\]]*\]\s*)*")
"""The optional arguments ([6.4cm][c]) of a box command, before its contents."""
_COMMAND = re.compile(r"\\[A-Za-z@]+\*?")
_WORD = re.compile(r"[A-Za-z]+(?:['-][A-Za-z]+)*")
MIN_PROSE_WORDS = 3
"""Fewest words of a brace group read as an English abstract beside a Chinese one (`{We study denoising.}`); fewer
is a label (`{\\bfseries Keywords:}`)."""


@dataclass
class LatexDocument:
    """What reading a LaTeX manuscript gives: its files, its blocks in reading order and notes."""

    sources: list[SourceText] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


@dataclass
class _Item:
    """A block being built: role, declared language ("" to detect), text, label and heading level."""

    role: Role
    lang: str
    text: MappedText
    label: str = ""
    level: int = 9
    front_page: bool = False  # read between \\frontmatter and \\mainmatter


class _Reader:
    """Walks the main file and the files it inputs, collecting items in reading order."""

    def __init__(self, main: str) -> None:
        self.main = main
        self.root = os.path.dirname(os.path.abspath(main))
        self.doc = LatexDocument()
        self.items: list[_Item] = []
        self.open: list[str] = []
        self.done: set[str] = set()
        """The real paths of the files read: each once (a page both branches of a condition input is one page)."""
        self.cites: dict[str, int] = {}
        self.in_body = False
        self.after_appendix = False
        self.abstract_lang = ""  # inside an abstract: "zh" or "en"
        self.abstract_page = False  # the abstract began at a \\chapter*{摘要} heading: it ends with the page
        self.abstract_seen: set[str] = set()
        self.front_pages = False  # between \\frontmatter and \\mainmatter
        self.main_matter = False  # a \\mainmatter was read
        self.prose: Prose | None = None
        self.section_aliases: dict[str, str] = {}
        """Commands the document defines as a sectioning command (\\newcommand{\\mychapter}[1]{…\\chapter*{#1}…}:
        "mychapter" -> "chapter"), read where they are defined; their brace argument is the heading."""
        self.text_macros: dict[str, str] = {}
        self.back_level: int | None = None  # the level of the back-matter chapter being read (致谢, 个人简历)
        self.starred_aliases: set[str] = set()
        """Of those, the ones a template defines through a starred command (`\\chapter*{#1}`): unnumbered."""
        self.template: Template | None = None
        """The page-input commands of the thesis and its class (`\\inputpage{cover}`), read with the main file."""
        """Commands the document defines without arguments as plain text (\\newcommand{\\sys}{本系统}): name -> text."""

    # files -----------------------------------------------------------------------------------
    def read_file(self, path: str, where: str = "") -> None:
        """Read one file and walk it (the main file raises InputError when unusable; inputs become notes)."""
        real = os.path.realpath(path)
        if real in self.open:
            self.doc.notes.append(f"{where}: \\input cycle through {os.path.relpath(path, self.root)}: not followed")
            return
        if len(self.open) >= MAX_DEPTH:
            self.doc.notes.append(f"{where}: \\input nested deeper than {MAX_DEPTH}: not followed")
            return
        if real in self.done:  # both branches of an unreadable condition input it (\ifthenelse{\boolean{print}}…)
            self.doc.notes.append(f"{where}: {os.path.relpath(path, self.root)} was read already: not read again")
            return
        self.done.add(real)
        source = _load(path)
        self.doc.sources.append(source)
        if self.template is None:
            self.template = load_template(path, source.text)
            for cmd, (level, starred) in self.template.headings.items():
                self.section_aliases.setdefault(cmd, level)
                if starred:
                    self.starred_aliases.add(cmd)
        walker = FastWalker(source.text, latex_context=parse_context(), tolerant_parsing=True)
        try:
            nodes, _, _ = walker.get_latex_nodes()
        except latexwalker.LatexWalkerError as exc:  # tolerant parsing rarely raises; the file is skipped
            self.doc.notes.append(f"{source.path}: cannot parse as LaTeX ({exc}); not checked")
            return
        self.open.append(real)
        outer = self.prose
        self.flush()
        self.prose = Prose(source)
        self.walk(nodes)
        self.flush()
        self.open.pop()
        self.prose = outer

    def follow(self, node: latexwalker.LatexMacroNode, arg: str) -> None:
        """Follow \\input{arg} relative to the main file's folder, staying inside it."""
        source = self._source()
        line, col = source.line_col(node.pos)
        where = f"{source.path}:{line}:{col}"
        name = arg.strip()
        if not name:
            return
        cand, inside = resolve_input(self.root, name)
        if cand is None:
            self.doc.notes.append(f"{where}: \\{node.macroname}{{{name}}}: file not found, not checked")
        elif not inside:
            self.doc.notes.append(f"{where}: \\{node.macroname}{{{name}}} is outside the manuscript's folder: "
                                  "not followed")
        else:
            self.read_file(os.path.relpath(cand) if not os.path.isabs(self.main) else cand, where)

    def _source(self) -> SourceText:
        assert self.prose is not None
        return self.prose.source

    # items -----------------------------------------------------------------------------------
    def flush(self, role: Role | None = None, lang: str = "") -> None:
        """End the open paragraph and keep it as an item when it belongs to the manuscript."""
        if self.prose is None:
            return
        mt = self.prose.take()
        if mt is None or not any(c.isalnum() for c in mt.text):
            return
        if role is None:
            if self.abstract_lang:
                role, lang = Role.ABSTRACT, self.abstract_lang
            elif self.in_body:
                role = Role.PARAGRAPH
            else:
                return  # cover pages, statements, tables of contents: not checked
        if role is Role.ABSTRACT:
            for pattern in (ZH_KEYWORDS, EN_KEYWORDS):
                m = pattern.match(mt.text)
                if m:
                    rest = mt.slice(m.end(), len(mt.text))
                    if rest.text.strip():
                        self.items.append(_Item(Role.KEYWORDS, lang, rest, label=m.group(0).strip()))
                    return
        self.items.append(_Item(role, lang, mt, front_page=self.front_pages))

    def emit(self, role: Role, lang: str, nodes: Sequence[latexwalker.LatexNode] | None) -> None:
        """Front matter from a macro argument or setup value, as one item."""
        if not nodes:
            return
        self.flush()
        saved, self.abstract_lang = self.abstract_lang, ""
        self.walk(nodes)
        assert self.prose is not None
        mt = self.prose.take()
        self.abstract_lang = saved
        if mt is not None and any(c.isalnum() for c in mt.text):
            if role is Role.KEYWORDS:  # the template typesets the separator: "a, b" in the source is not prose
                mt = MappedText(mt.text.replace(",", "，").replace(";", "；") if lang != "en" else mt.text,
                                mt.offsets, mt.source)
            if not lang:
                lang = "zh" if any(is_han(c) for c in mt.text) else "en"
            self.items.append(_Item(role, lang, mt))

    # walking ---------------------------------------------------------------------------------
    def walk(self, nodes: Sequence[latexwalker.LatexNode | None]) -> None:
        """Collect the prose of a node list (paragraphs end at blank lines, \\par and block commands)."""
        skip_next_group = False
        alias: tuple[latexwalker.LatexMacroNode, str] | None = None  # a defined sectioning command, before its title
        box = False  # after \bisubcaptionbox{中文}{English}: its [width][pos] and {contents} follow, not prose
        branches = _Branches()
        name_end = -1  # where the last command ended: characters right after it may be the rest of its @-name
        used: set[int] = set()  # the brace groups a template command took as its arguments
        for i, (node, after) in enumerate(zip(nodes, _next_solid(nodes))):
            if node is None or i in used:
                continue
            skip = _at_name_end(node, name_end, self._source().text)
            name_end = node.pos + node.len if isinstance(node, latexwalker.LatexMacroNode) else -1
            if branches.step(node, after):
                continue
            if isinstance(node, latexwalker.LatexMacroNode) and not skip and self.template_call(nodes, i, used):
                continue
            if isinstance(node, latexwalker.LatexMacroNode) and not skip and self.front_command(nodes, i, used):
                continue
            if isinstance(node, latexwalker.LatexMacroNode) and not skip and self.table_command(nodes, i, used):
                continue
            if box:
                if isinstance(node, latexwalker.LatexCommentNode) or isinstance(
                        node, latexwalker.LatexCharsNode) and _BOX_OPTIONS.fullmatch(node.chars):
                    continue
                box = False
                if isinstance(node, latexwalker.LatexGroupNode):
                    continue
            if isinstance(node, latexwalker.LatexMacroNode) and node.macroname == "bisubcaptionbox":
                box = True
            if isinstance(node, latexwalker.LatexGroupNode):
                second = alias is not None and self._second_title(alias[0].macroname)
                if alias is not None:
                    self.section(alias[0], alias[1], [node])
                elif not skip_next_group:
                    self.walk(node.nodelist)
                skip_next_group, alias = second, None
                continue
            if alias is not None and not (isinstance(node, latexwalker.LatexCharsNode) and not node.chars.strip()):
                alias = None  # \mychapter with no brace argument: not a heading
            skip_next_group = False
            if isinstance(node, latexwalker.LatexMacroNode) and not (node.nodeargd and node.nodeargd.argnlist):
                level = self.section_aliases.get(node.macroname)
                if level is not None:
                    alias = (node, level)
                    continue
            if isinstance(node, latexwalker.LatexCharsNode):
                self.chars(node, skip)
            elif isinstance(node, latexwalker.LatexSpecialsNode):
                assert self.prose is not None
                self.prose.add(SPECIALS.get(node.specials_chars, node.specials_chars), node.pos, spread=False)
            elif isinstance(node, latexwalker.LatexMacroNode):
                skip_next_group = self.macro(node)
            elif isinstance(node, latexwalker.LatexEnvironmentNode):
                self.environment(node)
            elif isinstance(node, latexwalker.LatexMathNode) and node.displaytype == "inline":
                self.number(node)
            elif isinstance(node, latexwalker.LatexCommentNode) and slipped_percent(self._source().text, node):
                assert self.prose is not None  # "72.5%, while saving ...": read as the writer meant it
                self.prose.add("%" + node.comment + node.comment_post_space, node.pos)
            # comments and math are not prose

    def template_call(self, nodes: Sequence[latexwalker.LatexNode | None], i: int, used: set[int]) -> bool:
        """Read `nodes[i]` when it is a template's page-input command (`\\inputpage{cover}`: follow the files it
        reads) or an `\\ifthenelse` whose test the document's settings decide (walk the branch they select); the
        brace groups it takes go to `used`. False when it is neither (read as before)."""
        node = nodes[i]
        assert isinstance(node, latexwalker.LatexMacroNode) and self.template is not None
        name = node.macroname
        if name == "ifthenelse":
            groups = _next_groups(nodes, i, 3)
            if len(groups) < 3:
                return False
            test = self.template.condition(raw_text(self._source(), nodes[groups[0]]))
            if test is None:
                return False
            used.update(groups)
            chosen = nodes[groups[1] if test else groups[2]]
            assert isinstance(chosen, latexwalker.LatexGroupNode)
            self.walk(chosen.nodelist)
            return True
        if node.nodeargd and node.nodeargd.argnlist:
            return False
        if name.startswith("if") and self.brace_conditional(nodes, i, used):
            return True
        if not self.template.is_input_command(name):
            self._unknown_page_command(nodes, i)
            return False
        option, first = _option(nodes, i) if name in self.template.defaults else (None, i)
        used.update(range(i + 1, first + 1))
        groups = _next_groups(nodes, first, self.template.arity(name))
        used.update(groups)
        args = [raw_text(self._source(), nodes[g]) for g in groups]
        self.flush()
        heading = self.template.headings.get(name)
        if heading is not None and groups:  # \chapfile{相关工作}{rel} = \chapter{#1}\input{…/#2}: the heading too
            self.section(node, heading[0], [nodes[groups[0]]])
        files = self.template.files(name, args, option)
        self.doc.notes.extend(self.template.notes)
        self.template.notes.clear()
        for f in files:
            self.follow(node, f)
        return True

    def brace_conditional(self, nodes: Sequence[latexwalker.LatexNode | None], i: int, used: set[int]) -> bool:
        """Read `nodes[i]` when it is a template's two-branch conditional `\\ifbachelor{A}{B}` (a command named
        `if…` followed by exactly two brace groups; nwputhesis's `\\NewDocumentCommand{\\ifbachelor}{mm}`): walk
        the branch the class options choose (`latex_template`), else the first, as TeX reads it when the condition
        holds, with a note saying so. False when it is not one (read as before)."""
        assert self.template is not None
        node = nodes[i]
        groups = _next_groups(nodes, i, 3)
        if len(groups) != 2:  # etoolbox's \ifdef{\x}{A}{B} has three
            return False
        if _TEST_NAME.fullmatch(raw_text(self._source(), nodes[groups[0]])):
            return False  # zjuthesis's \ifbooltrue{ListOfFigures}{…}: a test's name and its code, not two branches
        name = node.macroname if isinstance(node, latexwalker.LatexMacroNode) else ""
        test = self.template.brace_condition(name)
        if test is None:
            source = self._source()
            line, col = source.line_col(node.pos) if node is not None else (0, 0)
            self.doc.notes.append(f"{source.path}:{line}:{col}: \\{name}{{…}}{{…}}: the class options do not say "
                                  "which branch holds; the first was read, the second not")
        used.update(groups)
        chosen = nodes[groups[0] if test is None or test else groups[1]]
        assert isinstance(chosen, latexwalker.LatexGroupNode)
        self.walk(chosen.nodelist)
        return True

    def front_command(self, nodes: Sequence[latexwalker.LatexNode | None], i: int, used: set[int]) -> bool:
        """Read `nodes[i]` when it is front matter given as a command with brace groups the parser does not take as
        its arguments: an abstract (`\\zhabstract{…}`, `\\abstract{中文}{English}`, hustthesis), or a title, author or
        keywords command given the pair `{中文}{English}` (`\\title{…}{…}`); the groups it takes go to `used`. False
        when it is neither (read as before)."""
        node = nodes[i]
        assert isinstance(node, latexwalker.LatexMacroNode)
        name, args = node.macroname, node.nodeargd.argnlist if node.nodeargd is not None else []
        if self.after_appendix:
            return False
        assert self.template is not None
        if _is_setup(name) and not any(args):  # \whusetup{…}, a setup macro the parser gives no argument
            groups = _next_groups(nodes, i, 1)
            if not groups:
                return False
            used.update(groups)
            self.setup(SETUP_MACROS.get(name, ANY_SETUP_KEYS), group_nodes(nodes[groups[0]]))
            return True
        if name in ABSTRACT_ENVS and not any(args):
            if name in self.template.titled:  # \newcommand{\zhabstract}[1]{\section*{#1}}: the page's heading
                return False
            groups = _next_groups(nodes, i, 2, paragraph=True)
            if groups and ABSTRACT_HEADING.match(self._plain(nodes[groups[0]])):
                if len(groups) < 2:  # \zhabstract{摘要} alone: a heading command of the thesis (read as before)
                    return False
                used.add(groups[0])  # \abstract{摘要}{本文…}: the page's title, then its text
                groups = groups[1:]
            elif len(groups) == 2 and (ABSTRACT_ENVS[name] or not self._abstract_pair(name, nodes[groups[0]],
                                                                                      nodes[groups[1]])):
                groups = groups[:1]
            for k, g in enumerate(groups):
                lang = ABSTRACT_ENVS[name] or (("zh", "en")[k] if len(groups) == 2 else
                                               "zh" if self._han(nodes[g]) else "en")
                self.abstract(lang, group_nodes(nodes[g]))
            used.update(groups)
            return bool(groups)
        if name in self.template.abstract_commands and not any(args):
            return self.abstract_command(nodes, i, used)
        role = BILINGUAL_MACROS.get(name)
        if role is None or len(args) != 1 or not isinstance(args[0], latexwalker.LatexGroupNode):
            return False
        if name in self.template.bilingual:
            return self.bilingual_command(role, nodes, i, used)
        groups = _next_groups(nodes, i, 1, paragraph=True)
        if not groups or not self._han(args[0]) or self._han(nodes[groups[0]]):
            return False
        self.emit(role, "zh", args[0].nodelist)
        self.emit(role, "en", group_nodes(nodes[groups[0]]))
        used.update(groups)
        return True

    def table_command(self, nodes: Sequence[latexwalker.LatexNode | None], i: int, used: set[int]) -> bool:
        """Read `nodes[i]` when it is a table command of the class (`Template.table_commands`): its arguments are the
        table's label, spec and cells, no prose; the one it typesets as the caption is read as a caption. The brace
        groups it takes go to `used`. False when it is none."""
        node = nodes[i]
        assert isinstance(node, latexwalker.LatexMacroNode)
        defn = self.template.table_commands.get(node.macroname) if self.template is not None else None
        if defn is None:
            return False
        option, first = _option(nodes, i) if defn.optional else (None, i)
        used.update(range(i + 1, first + 1))
        groups = _next_groups(nodes, first, defn.arity - defn.optional)
        used.update(groups)
        self.flush()
        for k, g in enumerate(groups, 1 + defn.optional):
            if k in defn.captions and self.in_body and not self.after_appendix:
                self.walk([nodes[g]])
                self.flush(Role.CAPTION, "")
        self.flush()
        return True

    def bilingual_command(self, role: Role, nodes: Sequence[latexwalker.LatexNode | None], i: int,
                          used: set[int]) -> bool:
        """`nodes[i]`, a title or author command the class defines with more arguments than a pair
        (`Template.bilingual`: `\\title{中文题目}{中文副标题}{English title}{English subtitle}`): its Chinese and
        English arguments, by the definition, as the pair; the other arguments taken too (not prose)."""
        node = nodes[i]
        assert isinstance(node, latexwalker.LatexMacroNode) and self.template is not None
        zh, en = self.template.bilingual[node.macroname]
        arity = self.template.arities.get(node.macroname, 0)
        groups = _next_groups(nodes, i, arity - 1)
        if len(groups) < arity - 1:
            return False
        first = node.nodeargd.argnlist[0] if node.nodeargd is not None else None
        values = [group_nodes(first), *(group_nodes(nodes[g]) for g in groups)]
        self.emit(role, "zh", values[zh - 1])
        self.emit(role, "en", values[en - 1])
        used.update(groups)
        return True

    def abstract_command(self, nodes: Sequence[latexwalker.LatexNode | None], i: int, used: set[int]) -> bool:
        """`nodes[i]`, an abstract page command of the class (`Template.abstract_commands`), with its brace groups:
        its text as the abstract, its keywords as the keywords, in the language its heading says."""
        node = nodes[i]
        assert isinstance(node, latexwalker.LatexMacroNode) and self.template is not None
        defn = self.template.abstract_commands[node.macroname]
        arity = self.template.arities.get(node.macroname, 0)
        groups = _next_groups(nodes, i, arity)
        if len(groups) < arity:
            return False
        for k, g in enumerate(groups, 1):
            if k in defn.keywords:
                self.emit(Role.KEYWORDS, defn.lang, group_nodes(nodes[g]))
            elif k in defn.text:
                self.abstract(defn.lang, group_nodes(nodes[g]))
        used.update(groups)
        return True

    def _abstract_pair(self, name: str, first: latexwalker.LatexNode | None,
                       second: latexwalker.LatexNode | None) -> bool:
        """Whether the brace groups `first`, `second` after `\\name` (an abstract of no fixed language) are its
        Chinese and English abstracts: the thesis defines it with two arguments, or the first is Chinese and the
        second English prose (not a label such as `{\\bfseries Keywords:}` after a one-argument `\\abstract{…}`)."""
        assert self.template is not None
        if self.template.arities.get(name) == 2:
            return True
        if not self._han(first) or self._han(second) or second is None:
            return False
        text = self._plain(second)
        return len(_WORD.findall(text)) >= MIN_PROSE_WORDS and not text.endswith((":", "："))

    def _plain(self, node: latexwalker.LatexNode | None) -> str:
        """The text of a brace group without its commands and braces (`{\\bfseries 摘\\quad 要}` -> "摘 要")."""
        return "" if node is None else " ".join(
            _COMMAND.sub(" ", raw_text(self._source(), node)).replace("{", " ").replace("}", " ").split())

    def _han(self, node: latexwalker.LatexNode | None) -> bool:
        return node is not None and any(is_han(c) for c in raw_text(self._source(), node))

    def abstract(self, lang: str, nodes: Sequence[latexwalker.LatexNode]) -> None:
        """An abstract in language `lang`: its paragraphs, and a keywords line in it."""
        self.flush()
        saved, self.abstract_lang = self.abstract_lang, lang
        self.walk(nodes)
        self.flush()
        self.abstract_lang = saved
        self.abstract_seen.add(lang)

    def environment_keywords(self, name: str, lang: str,
                             nodes: Sequence[latexwalker.LatexNode | None]) -> list[latexwalker.LatexNode]:
        """The content of the abstract environment `name` after the arguments its class typesets as keywords
        (`Template.abstract_envs`: seuthesis's `\\begin{abstract}{三维重建，点云}`), which are emitted as the
        keywords; all of `nodes` when the class gives it none."""
        assert self.template is not None
        defn = self.template.abstract_envs.get(name)
        content = [n for n in nodes if n is not None]
        if defn is None:
            return content
        # _next_groups looks after index 0: a None put first makes it start at content[0], each index one past it
        groups = _next_groups([None, *content], 0, max(defn.keywords))
        start = len(self.items)
        for k, g in enumerate(groups, 1):
            if k in defn.keywords:
                self.emit(Role.KEYWORDS, lang, group_nodes(content[g - 1]))
        if len(self.items) - start > 1:  # one keyword an argument (UESTCthesis's {kw1}…{kw5}): one keywords line
            words = self.items[start:]
            sep = "，" if any(is_han(c) for it in words for c in it.text.text) else ", "
            self.items[start:] = [_Item(Role.KEYWORDS, words[0].lang, MappedText.join([it.text for it in words], sep))]
        return content[groups[-1]:] if groups else content

    def abstract_env_lang(self, name: str) -> str | None:
        """The language of the abstract environment `name` ("": by the order of the abstracts), by ABSTRACT_ENVS in
        any case (UESTCthesis's `Cabstract`, `Eabstract`), else by the heading its class definition typesets
        (`Template.abstract_envs`); None when `name` is no abstract environment."""
        if name in ABSTRACT_ENVS:
            return ABSTRACT_ENVS[name]
        if name.lower() in ABSTRACT_ENVS_ANY_CASE:
            return ABSTRACT_ENVS_ANY_CASE[name.lower()]
        defn = self.template.abstract_envs.get(name) if self.template is not None else None
        return defn.lang if defn is not None and defn.lang else None

    def _unknown_page_command(self, nodes: Sequence[latexwalker.LatexNode | None], i: int) -> None:
        """A note when `nodes[i]`, a command defined nowhere in the thesis folder while its class file is absent,
        takes a brace group naming a .tex file there (`\\inputpage{intro}` of mythesis.cls): the page is not read."""
        node = nodes[i]
        assert isinstance(node, latexwalker.LatexMacroNode) and self.template is not None
        if (not self.template.absent_class or node.macroname in self.template.defined
                or node.macroname in FILE_OBJECT_MACROS):
            return
        groups = _next_groups(nodes, i, 1)
        arg = raw_text(self._source(), nodes[groups[0]]).strip() if groups else ""
        cand, inside = resolve_input(self.root, arg) if arg and "\\" not in arg else (None, False)
        if cand is None or not inside or not cand.endswith(".tex") or os.path.realpath(cand) in self.done:
            return
        line, col = self._source().line_col(node.pos)
        page = os.path.relpath(cand, self.root)
        note = (f"{self._source().path}:{line}:{col}: \\{node.macroname}{{{arg}}} names {page} but "
                f"\\{node.macroname} is defined nowhere in the thesis folder (its class file "
                f"{self.template.absent_class}.cls is not there?): the page is not read")
        if note not in self.doc.notes:
            self.doc.notes.append(note)

    def number(self, node: latexwalker.LatexMathNode) -> None:
        """Inline math that is only a number ("降低 $10\\%$") stays in the sentence; other math is not prose."""
        raw = self._source().text[node.pos:node.pos + node.len].strip("$").replace("\\%", "%")
        if _NUMBER_MATH.match(raw):
            assert self.prose is not None
            self.prose.add(re.sub(r"\s*\\sim\s*", "~", raw.strip()), node.pos, spread=False)

    def chars(self, node: latexwalker.LatexCharsNode, skip: int = 0) -> None:
        """The node's characters from `skip` on, paragraphs ending at blank lines."""
        text = node.chars.translate(_SPACES)
        assert self.prose is not None
        pos = skip
        for m in _BLANK_LINE.finditer(text, skip):
            self.prose.add(text[pos:m.start()], node.pos + pos)
            self.flush()
            pos = m.end()
        self.prose.add(text[pos:], node.pos + pos)

    def macro(self, node: latexwalker.LatexMacroNode) -> bool:
        """Handle one macro; True when a following brace group is its (unparsed) argument."""
        name = node.macroname
        args = node.nodeargd.argnlist if node.nodeargd is not None else []
        assert self.prose is not None
        if name in INPUT_MACROS:
            target = args[-1] if args else None
            if target is not None:
                self.flush()
                self.follow(node, raw_text(self._source(), target))
            return False
        if name in ("import", "subimport") and len(args) == 2 and args[0] is not None and args[1] is not None:
            self.flush()
            self.follow(node, os.path.join(raw_text(self._source(), args[0]), raw_text(self._source(), args[1])))
            return False
        if name in SECTION_LEVELS:
            self.section(node, name, args)
            return False
        if name in ("newcommand", "renewcommand", "providecommand") and len(args) >= 2:
            self.define(args[1], args[2] if len(args) > 3 else None, args[-1])
            return False
        if name in ("frontmatter", "mainmatter"):
            self.flush()
            self.front_pages = name == "frontmatter"
            self.main_matter = self.main_matter or name == "mainmatter"
            return False
        if name in ("appendix", "backmatter"):
            self.flush()
            self.after_appendix = True
            self.in_body = self.in_body and name == "appendix"  # back matter (bibliography, CV, statements): no body
            return False
        if name in ("par", "item", "newpage", "clearpage", "cleardoublepage", "maketitle", "bigskip", "medskip"):
            self.flush()
            if self.abstract_page and name.endswith("page"):
                self.abstract_lang, self.abstract_page = "", False
            return False
        if name in SYMBOLS:
            self.prose.add(SYMBOLS[name], node.pos, spread=False)
            return False
        if name in ACCENT_MACROS and args and args[-1] is not None:  # L\"{u}roth: the accented letter, at the macro
            letter = _accented(node)
            if len(letter) == 1 and letter.isalpha() and not is_han(letter):
                self.prose.add(letter, node.pos, spread=False)
            return False  # no letter (`\c@page`, a counter's name): nothing printed, as before
        if name in LETTER_MACROS and name not in self.text_macros:
            self.prose.add(LETTER_MACROS[name], node.pos, spread=False)
            return False
        if name in CITE_MACROS:
            self.cite(node, args)
            return False
        if name == "endinput":
            return False
        if self.front_matter(name, args):
            return False
        if name in TEXT_MACROS or name in ("texorpdfstring", "href"):
            chosen = args[-1:] if name in ("href",) else args[:1] if name == "texorpdfstring" else args
            run_in = (name == "textbf" and self.in_body and not self.abstract_lang
                      and not "".join(self.prose.chars).strip() and self._line_ends_after(node))
            for arg in chosen:
                if arg is not None:
                    self.walk([arg])
            if run_in:  # a run-in heading on its own line (\textbf{基于计数的内存加密} then 内存加密是…): its own unit
                self.flush()
            return False
        if name in ("caption", "bicaption", "bisubcaptionbox", "bisubcaption"):
            if self.in_body and not self.after_appendix and len(args) >= 2 and args[1] is not None:
                self.flush()
                self.walk([args[1]])
                self.flush(Role.CAPTION, "")
            return False
        if not args and name in self.text_macros:  # the text it prints, at the command's place
            self.prose.add(self.text_macros[name], node.pos, spread=False)
        if name in PARAGRAPH_DECLARATIONS and name not in self.text_macros:
            return False
        return node.nodeargd is None or not args

    def _line_ends_after(self, node: latexwalker.LatexMacroNode) -> bool:
        """True when nothing but blanks (or a comment) follows the command on its line."""
        text = self._source().text
        end = text.find("\n", node.pos + node.len)
        rest = text[node.pos + node.len:end if end >= 0 else len(text)]
        return not rest.split("%", 1)[0].strip()

    def front_matter(self, name: str, args: list[latexwalker.LatexNode | None]) -> bool:
        """Metadata macros: setup keys, titles, authors, keywords. True when handled."""
        if self.after_appendix and (name in ("title", "keywords") or _is_setup(name)):
            return True  # the title and keywords of an appendix (a translated paper) are not the thesis's
        if _is_setup(name) and args and isinstance(args[0], latexwalker.LatexGroupNode):
            self.setup(SETUP_MACROS.get(name, ANY_SETUP_KEYS), args[0].nodelist)
            return True
        for table, role in ((TITLE_MACROS, Role.TITLE), (AUTHOR_MACROS, Role.AUTHORS), (KEYWORD_MACROS, Role.KEYWORDS)):
            if name in table:
                arg = (args[0] if name in TYPED_KEYWORD_MACROS else args[-1]) if args else None
                self.emit(role, table[name], arg.nodelist if isinstance(arg, latexwalker.LatexGroupNode) else None)
                return True
        if name == "documentclass" and args and isinstance(args[0], latexwalker.LatexGroupNode):
            for key, value in class_option_values(args[0].nodelist):
                if key in CLASS_OPTION_KEYS:
                    role, lang = CLASS_OPTION_KEYS[key]
                    self.emit(role, lang, value)
            return True
        if name == "thesistitle" and len(args) == 4:
            self.emit(Role.TITLE, "zh", group_nodes(args[0]) + group_nodes(args[1]))
            self.emit(Role.TITLE, "en", group_nodes(args[2]) + group_nodes(args[3]))
            return True
        if name == "thesisauthor" and len(args) == 2:
            self.emit(Role.AUTHORS, "zh", group_nodes(args[0]))
            self.emit(Role.AUTHORS, "en", group_nodes(args[1]))
            return True
        return False

    def setup(self, keys: dict[str, tuple[Role, str]], nodes: Sequence[latexwalker.LatexNode]) -> None:
        """The front matter of a setup macro's `key = {value}` list: titles, authors and keywords by `keys`, abstracts
        by SETUP_ABSTRACT_KEYS; a value that is itself a key-value list (whu-thesis `info = {title = …}`) is read the
        same way. A key the class never typesets for the document's thesis type (`Template.unprinted`) is a note."""
        for key, value in setup_values(nodes):
            if key in keys and self.template is not None and key in self.template.unprinted and value:
                source = self._source()
                line, col = source.line_col(value[0].pos)
                self.doc.notes.append(f"{source.path}:{line}:{col}: {key} is never typeset by the class for this "
                                      "thesis type: not checked")
            elif key in keys:
                role, lang = keys[key]
                self.emit(role, lang, value)
            elif key in SETUP_ABSTRACT_KEYS:
                self.setup_abstract(key, SETUP_ABSTRACT_KEYS[key], value)
            elif any(isinstance(n, latexwalker.LatexCharsNode) and "=" in n.chars for n in value):
                self.setup(keys, value)

    def setup_abstract(self, key: str, lang: str, value: Sequence[latexwalker.LatexNode]) -> None:
        """A setup key's abstract: its text (Han characters, or words of a sentence), else the file it names, read
        relative to the main file as an abstract in `lang` (a file not there is a note)."""
        if not value:
            return
        source = self._source()
        text = source.text[value[0].pos:value[-1].pos + value[-1].len].strip()
        if any(is_han(c) for c in text) or len(_WORD.findall(text)) >= MIN_PROSE_WORDS and " " in text.strip():
            self.abstract(lang, value)
            return
        if text.lower() in ("true", "false", "none", "") or "\\" in text:
            return  # an option (`abstract = false`) or a command, not a file name
        line, col = source.line_col(value[0].pos)
        where = f"{source.path}:{line}:{col}"
        cand, inside = resolve_input(self.root, text)
        if cand is None:
            self.doc.notes.append(f"{where}: {key} = {{{text}}}: file not found, not checked")
        elif not inside:
            self.doc.notes.append(f"{where}: {key} = {{{text}}} is outside the manuscript's folder: not followed")
        else:
            self.abstract_file(lang, cand, where)

    def abstract_file(self, lang: str, path: str, where: str) -> None:
        """Read the file `path` as an abstract in `lang` ("": by its script): a page of the front matter, whatever was
        read before it."""
        self.flush()
        if not lang:
            lang = "zh" if any(is_han(c) for c in _load(path).text) else "en"
        saved = (self.abstract_lang, self.in_body, self.after_appendix, self.back_level)
        self.abstract_lang, self.in_body, self.after_appendix, self.back_level = lang, False, False, None
        self.read_file(os.path.relpath(path) if not os.path.isabs(self.main) else path, where)
        self.abstract_lang, self.in_body, self.after_appendix, self.back_level = saved
        self.abstract_seen.add(lang)

    def class_abstracts(self) -> list[_Item]:
        """The abstract pages the class inputs by itself when they exist (ABSTRACT_PAGES: whu-thesis's
        `pages/abstract.tex`, `pages/enabstract.tex`) and the thesis did not read otherwise, as items."""
        assert self.template is not None
        start = len(self.items)
        for page in self.template.abstract_pages:
            stem = os.path.splitext(os.path.basename(page))[0]
            cand, inside = resolve_input(self.root, page)
            if cand is not None and inside and os.path.realpath(cand) not in self.done:
                self.abstract_file(ABSTRACT_PAGES[stem.lower()], cand, f"{self.main}: its class")
        found, self.items = self.items[start:], self.items[:start]
        return found

    def unread_class_pages(self) -> list[str]:
        """Notes naming the pages the class includes by itself (`Template.class_includes`) that were not read."""
        if self.template is None:
            return []
        out = []
        for page in self.template.class_includes:
            cand, _inside = resolve_input(self.root, page)
            if cand is not None and os.path.realpath(cand) not in self.done:
                out.append(f"{self.main}: the class includes {os.path.relpath(cand, self.root)} by itself "
                           "(a page it typesets): not checked")
        return out

    def define(self, name: latexwalker.LatexNode | None, nargs: latexwalker.LatexNode | None,
               body: latexwalker.LatexNode | None) -> None:
        """Remember a command defined to typeset a heading (its body's first sectioning command gives its level), or
        to print plain text without arguments (\\newcommand{\\term}{分泌组}: its uses read as that text)."""
        defined = name.nodelist[0] if isinstance(name, latexwalker.LatexGroupNode) and name.nodelist else name
        if not isinstance(defined, latexwalker.LatexMacroNode) or not isinstance(body, latexwalker.LatexGroupNode):
            return
        for node in body.nodelist:
            if isinstance(node, latexwalker.LatexMacroNode) and node.macroname in SECTION_LEVELS:
                self.section_aliases[defined.macroname] = node.macroname
                return
        text = "".join(n.chars for n in body.nodelist if isinstance(n, latexwalker.LatexCharsNode)).strip()
        plain = all(isinstance(n, latexwalker.LatexCharsNode) for n in body.nodelist)
        if nargs is None and plain and text and not set(text) & set("#&$^_~%"):
            self.text_macros[defined.macroname] = " ".join(text.split())

    def _second_title(self, name: str) -> bool:
        """Whether the template's heading command `name` takes a second title after the one typeset
        (`\\xchapter{中文}{English}`: the English title, for the English table of contents), no prose of the page."""
        assert self.template is not None
        return name in self.template.headings and self.template.arities.get(name) == 2

    def section(self, node: latexwalker.LatexMacroNode, name: str, args: list[latexwalker.LatexNode | None]) -> None:
        self.flush()
        title_node = args[-1] if args else None
        starred = bool(args and args[0] is not None and raw_text(self._source(), args[0]) == "*") or (
            node.macroname in self.starred_aliases)
        assert self.prose is not None
        if title_node is not None:
            self.walk([title_node])
        mt = self.prose.take()
        text = mt.text if mt is not None else ""
        if starred and ABSTRACT_HEADING.match(text) and not self.after_appendix:
            self.abstract_lang = "zh" if any(is_han(c) for c in text) and "英文" not in text else "en"
            self.abstract_seen.add(self.abstract_lang)
            self.abstract_page = True
            return
        self.abstract_lang, self.abstract_page = "", False
        if BACK_HEADING.match(text):
            self.in_body = False  # acknowledgements and the like: not a body chapter
            self.back_level = SECTION_LEVELS[name]
            return
        if self.back_level is not None and SECTION_LEVELS[name] > self.back_level:
            return  # a section of such a chapter (攻读…期间取得的科研成果 › 已发表的学术论文): back matter too
        self.back_level = None
        if self.after_appendix and not self.in_body:
            return  # a chapter of the back matter (acknowledgements, resume, committee comments)
        self.in_body = True
        if mt is not None:
            self.items.append(_Item(Role.HEADING, "", mt, label=text, level=SECTION_LEVELS[name],
                                    front_page=self.front_pages))

    def cite(self, node: latexwalker.LatexMacroNode, args: list[latexwalker.LatexNode | None]) -> None:
        """\\cite{a,b} becomes "[1,2]": keys numbered in order of first citation, mapped to the command."""
        arg = args[-1] if args else None
        if arg is None:
            return
        keys = [k.strip() for k in raw_text(self._source(), arg).split(",") if k.strip()]
        numbers = [self.cites.setdefault(k, len(self.cites) + 1) for k in keys]
        if numbers:
            assert self.prose is not None
            marker = "[" + ",".join(str(n) for n in numbers) + "]"
            self.prose.add(marker, node.pos, spread=False)

    def environment(self, node: latexwalker.LatexEnvironmentNode) -> None:
        name = node.environmentname
        known = self.abstract_env_lang(name)
        if known is not None and not self.after_appendix:
            self.flush()
            lang = known or ("en" if "zh" in self.abstract_seen else "zh")
            self.abstract(lang, self.environment_keywords(name, lang, node.nodelist))
            return
        if name in KEYWORD_ENVS and not self.after_appendix:
            self.emit(Role.KEYWORDS, KEYWORD_ENVS[name], node.nodelist)
            return
        if name in SKIPPED_ENVS or name in VERBATIM_ENVS or any(w in name.lower() for w in CODE_WORDS):
            if name in ("tabular", "tabularx", "longtable"):
                self.flush()
            return
        if name in ("itemize", "enumerate", "description", "center", "quote", "quotation", "figure", "table",
                    "figure*", "table*", "minipage"):
            self.flush()
            self.walk(node.nodelist)
            self.flush()
            return
        self.walk(node.nodelist)


ABSTRACT_ENVS_ANY_CASE = {name.lower(): lang for name, lang in ABSTRACT_ENVS.items()}
"""ABSTRACT_ENVS by their lower-case names: a class may name them in any case (UESTCthesis `Cabstract`)."""
_TEST_NAME = re.compile(r"[A-Za-z@:_-]+")
"""A brace group holding one bare name (its text): the test of a two-argument conditional
(`\\ifbooltrue{ListOfFigures}{…}`, zjuthesis), not a branch."""


class _Branches:
    """The branches of TeX conditionals in one node list (`\\ifbachelor … \\else … \\fi`): the first branch is read,
    as TeX reads it when the condition holds, and the others are skipped, so an `\\include` in both branches is read
    once; `\\iffalse … \\fi` (a block commented out) is skipped and its `\\else` branch read. A conditional is a
    command named `if…` not followed by a brace group (etoolbox's `\\ifdef{…}{…}{…}` has no `\\fi`) and not being
    defined or set (`\\newif\\ifdraft`, `\\let\\ifblind\\iffalse`); one left open ends with its node list."""

    def __init__(self) -> None:
        self.read: list[bool] = []  # per open conditional: whether its current branch is read
        self.taken: list[bool] = []  # per open conditional: whether one of its branches was read
        self.operands = 0  # commands still to come that a definition names (`\\let\\ifblind\\iffalse`: two)

    def skipping(self) -> bool:
        return not all(self.read)

    def step(self, node: latexwalker.LatexNode, after: latexwalker.LatexNode | None) -> bool:
        """Track `node` (`after`: the nearest non-blank node after it); True when it is a conditional's command or
        lies in a branch that is not read."""
        if not isinstance(node, latexwalker.LatexMacroNode):
            return self.skipping()
        name = node.macroname
        operand = self.operands > 0
        self.operands = CONDITIONAL_DEFINERS.get(name, self.operands - 1 if operand else 0)
        if name.startswith("if") and not operand and not isinstance(after, latexwalker.LatexGroupNode):
            self.read.append(name != "iffalse")
            self.taken.append(name != "iffalse")
            return True
        if not self.read:
            return False
        if name in ("else", "or"):
            self.read[-1] = not self.taken[-1]
            self.taken[-1] = True
            return True
        if name == "fi":
            self.read.pop()
            self.taken.pop()
            return True
        return self.skipping()


def _at_name_end(node: latexwalker.LatexNode, name_end: int, text: str) -> int:
    """How many characters at the start of a characters node are the rest of the command just before it, a name
    written with `@` in a class's letters (after \\makeatletter): `\\if@twoside`, `\\ustc@bachelortrue` are read as
    `\\if` then `@twoside`; `\\c@page` as the accent `\\c{@}` then `page`. 0 when there is none."""
    if not isinstance(node, latexwalker.LatexCharsNode) or node.pos != name_end:
        return 0
    m = _AT_NAME.match(node.chars) if node.chars.startswith("@") else (
        _AT_REST.match(node.chars) if name_end > 0 and text[name_end - 1] == "@" else None)
    return m.end() if m else 0


def _is_setup(name: str) -> bool:
    """Whether `name` is a template's key-value setup macro (SETUP_MACROS, or any `…setup` of no package)."""
    return name in SETUP_MACROS or name not in NOT_FRONT_SETUPS and SETUP_NAME.fullmatch(name) is not None


def _blank(node: latexwalker.LatexNode | None) -> bool:
    return isinstance(node, latexwalker.LatexCommentNode) or (
        isinstance(node, latexwalker.LatexCharsNode) and not node.chars.strip())


def _next_groups(nodes: Sequence[latexwalker.LatexNode | None], i: int, n: int, paragraph: bool = False) -> list[int]:
    """The indices of up to `n` brace groups right after `nodes[i]` (blanks and comments between them skipped; with
    `paragraph`, in its paragraph only: a blank line ends the search)."""
    out: list[int] = []
    j = i + 1
    while len(out) < n and j < len(nodes):
        node = nodes[j]
        if paragraph and isinstance(node, latexwalker.LatexCharsNode) and _BLANK_LINE.search(node.chars):
            break
        if isinstance(node, latexwalker.LatexGroupNode):
            out.append(j)
        elif node is not None and not _blank(node):
            break
        j += 1
    return out


def _option(nodes: Sequence[latexwalker.LatexNode | None], i: int) -> tuple[str | None, int]:
    """The optional argument right after the command `nodes[i]` (`\\pg[appendix]{…}`: the characters `[appendix]`,
    as the parser leaves them for a command it does not know) and the index of the node it ends; (None, i) when
    there is none."""
    node = nodes[i + 1] if i + 1 < len(nodes) else None
    if isinstance(node, latexwalker.LatexCharsNode):
        m = _BRACKETED.fullmatch(node.chars)
        if m is not None:
            return m[1], i + 1
    return None, i


def _next_solid(nodes: Sequence[latexwalker.LatexNode | None]) -> list[latexwalker.LatexNode | None]:
    """For each node, the nearest node after it that is not blank (None at the end)."""
    out: list[latexwalker.LatexNode | None] = [None] * len(nodes)
    nxt: latexwalker.LatexNode | None = None
    for i in range(len(nodes) - 1, -1, -1):
        out[i] = nxt
        if nodes[i] is not None and not _blank(nodes[i]):
            nxt = nodes[i]
    return out


@functools.lru_cache(maxsize=1)
def _to_text() -> latex2text.LatexNodes2Text:
    return latex2text.LatexNodes2Text()


def _accented(node: latexwalker.LatexMacroNode) -> str:
    """The letter an accent macro prints (`\\"{u}` -> "ü"), composed; pylatexenc's latex2text knows the accents."""
    return unicodedata.normalize("NFC", _to_text().nodelist_to_text([node]))


_PROSE_WORDS = LazyPattern(rf"[A-Za-z]{{2,}}|[{HAN}]{{2,}}")


def slipped_percent(text: str, node: latexwalker.LatexCommentNode) -> bool:
    """Whether a comment is an unescaped percent sign: right after a number and followed on its line by prose (two
    words or more: "reduced latency by 72.5%, while saving 28.4% of disk"). TeX drops the rest of the line from the
    PDF; the reader keeps it as the writer meant it, so the other checks see the sentence whole, and the
    `unescaped-percent` rule reports the slip once (at the "%", which no other prose character maps to)."""
    return node.pos > 0 and text[node.pos - 1].isdigit() and len(_PROSE_WORDS.findall(node.comment)) >= 2


def _load(path: str) -> SourceText:
    try:
        size = os.path.getsize(path)
        if not os.path.isfile(path):
            raise InputError(f"{path}: not a regular file; give the main .tex file")
        if size > MAX_TEXT_BYTES:
            raise InputError(f"{path}: {size / 2**20:.1f} MiB is more than the limit of "
                             f"{MAX_TEXT_BYTES // 2**20} MiB; split the manuscript")
        with open(path, "rb") as fh:
            data = fh.read(MAX_TEXT_BYTES + 1)
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from None
    return SourceText.from_bytes(path, data)


def _body_lang(items: Sequence[_Item]) -> str:
    """The language of the body: Chinese when Han characters make up a fair share of its letters."""
    han = latin = 0
    for it in items:
        if it.role in (Role.PARAGRAPH, Role.HEADING, Role.CAPTION):
            han += sum(1 for c in it.text.text if is_han(c))
            latin += sum(1 for c in it.text.text if c.isascii() and c.isalpha())
    return "zh" if han * 3 >= latin else "en"


def read_latex(path: str) -> LatexDocument:
    """Read a LaTeX manuscript from its main file; raise InputError when the main file is unusable."""
    reader = _Reader(path)
    reader.read_file(path)
    pages = reader.class_abstracts()
    first = next((k for k, it in enumerate(reader.items) if it.role in (Role.HEADING, Role.PARAGRAPH, Role.CAPTION)),
                 len(reader.items))
    items = reader.items[:first] + pages + reader.items[first:]  # the class typesets them before the body
    if reader.main_matter:  # a preface or a notation chapter before \\mainmatter is front matter, not the body
        items = [it for it in items if not (it.front_page and it.role in (Role.HEADING, Role.PARAGRAPH, Role.CAPTION))]
    body = _body_lang(items)
    top = min((it.level for it in items if it.role is Role.HEADING and it.level >= 0), default=0)
    blocks: list[Block] = []
    section = ""
    for it in items:
        role, lang, label = it.role, it.lang, it.label
        if role is Role.HEADING:
            if it.level > top:
                role = Role.PARAGRAPH  # a subsection: part of its chapter's monolingual section
            else:
                section = label
        if role in (Role.PARAGRAPH, Role.HEADING, Role.CAPTION):
            lang = body
        elif not lang:
            lang = detect_lang(it.text.text)
        blocks.append(Block(role, lang, it.text, section if role in (Role.PARAGRAPH, Role.HEADING, Role.CAPTION)
                            else "", label if role in (Role.HEADING, Role.KEYWORDS) else ""))
    reader.doc.blocks = _join_abstracts(blocks)
    reader.doc.notes.extend(reader.unread_class_pages())
    note = front_matter_note(reader.doc.blocks) if reader.template is not None and reader.template.thesis_class else ""
    if note:
        reader.doc.notes.append(note)
    return reader.doc


FRONT_ROLES = (Role.ABSTRACT, Role.TITLE, Role.KEYWORDS)


def front_matter_note(blocks: Sequence[Block]) -> str:
    """A note when a thesis of Chinese chapters has no English abstract, title or keywords: the front matter, the
    part a reader most wants compared, was not (a class that typesets it from files or commands not read, or a
    thesis without it); "" otherwise. Without it a report of the chapters alone looked like a clean thesis. Asked
    only of a document on a class of its own (a template's): a standard class typesets no front matter by itself."""
    if not any(b.role is Role.PARAGRAPH and b.lang == "zh" for b in blocks):
        return ""
    if any(b.role in FRONT_ROLES and b.lang == "en" for b in blocks):
        return ""
    found = [name for role, name in ((Role.ABSTRACT, "abstract"), (Role.TITLE, "title"), (Role.KEYWORDS, "keywords"))
             if any(b.role is role for b in blocks)]
    read = f"a Chinese {', '.join(found)} and the chapters" if found else "the chapters only"
    return ("no English abstract, title or keywords found: the front matter was not compared (read: "
            f"{read}); a class may typeset it from files or commands not read")


def _join_abstracts(blocks: list[Block]) -> list[Block]:
    """One block per abstract: consecutive paragraphs of one abstract (same language and file) joined."""
    out: list[Block] = []
    for b in blocks:
        prev = out[-1] if out else None
        if (prev is not None and b.role is Role.ABSTRACT and prev.role is Role.ABSTRACT and prev.lang == b.lang
                and prev.text.source is b.text.source):
            out[-1] = Block(Role.ABSTRACT, b.lang, MappedText.join([prev.text, b.text], "\n"))
        else:
            out.append(b)
    return out
