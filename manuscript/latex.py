"""Read a LaTeX thesis or paper: follow its \\input files and find the prose, front matter and chapters.

pylatexenc's LatexWalker gives every node its position, so every prose character keeps its offset in
the file it came from. Commands, math, labels, \\ref and \\cite keys, comments and verbatim are not
prose; `\\cite{a,b}` becomes the numeric marker "[1,2]" (keys numbered by first citation) so the
citation check compares the two languages. Metadata is read the way the common templates declare
it: thuthesis/sustech `\\thusetup{title=..., title*=..., author=..., keywords=..., keywords*=...}`,
`abstract`/`abstract*`, `cabstract`/`eabstract`, `\\ckeywords`/`\\ekeywords`, `\\title`/`\\entitle`,
`\\thesistitle{zh}{}{en}{}`, and a `\\chapter*{摘要}` / `\\chapter*{Abstract}` page with a
"关键词：" / "Keywords:" line. The body starts at the first chapter (or section in an article).
"""
from __future__ import annotations

import logging
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from pylatexenc import latexwalker, macrospec

from zhen_qa.manuscript.document import Block, Role
from zhen_qa.manuscript.errors import InputError
from zhen_qa.manuscript.latex_tokens import FastWalker
from zhen_qa.manuscript.script import detect_lang, is_han
from zhen_qa.manuscript.source import MAX_TEXT_BYTES, MappedText, SourceText
from zhen_qa.manuscript.structure import EN_KEYWORDS, ZH_KEYWORDS

log = logging.getLogger(__name__)

MAX_DEPTH = 12
"""Deepest \\input nesting followed (deeper is a note, not a hang)."""

INPUT_MACROS = frozenset({"input", "include", "subfile", "subfileinclude"})
TEXT_MACROS = frozenset({
    "textbf", "textit", "emph", "underline", "uline", "text", "mbox", "textrm", "textsf", "textsc", "textmd",
    "textup", "textnormal", "textsl", "heiti", "songti", "kaishu", "fangsong", "hbox", "CJKunderline",
})
"""Macros whose arguments are prose."""
CITE_MACROS = frozenset({
    "cite", "citep", "citet", "upcite", "parencite", "supercite", "textcite", "autocite", "citealp", "citeyearpar",
    "cites", "footcite",
})
SECTION_LEVELS = {"part": -1, "chapter": 0, "section": 1, "subsection": 2, "subsubsection": 3}
SKIPPED_ENVS = frozenset({
    "equation", "equation*", "align", "align*", "gather", "gather*", "multline", "multline*", "eqnarray",
    "eqnarray*", "displaymath", "math", "flalign", "flalign*", "alignat", "alignat*", "tikzpicture", "tabular",
    "tabular*", "tabularx", "longtable", "tabu", "algorithmic", "algorithm", "algorithm2e", "lstlisting", "minted",
    "verbatim", "verbatim*", "Verbatim", "comment", "thebibliography", "denotation", "acknowledgements",
    "acknowledgement", "acknowledgments", "ack", "resume", "committee", "comments", "resolution", "achievements",
    "publications", "survey", "translation-index", "CJK*", "filecontents",
})
"""Environments whose content is not body prose: math, code, tables, and thesis back-matter pages."""
VERBATIM_ENVS = ("lstlisting", "minted", "Verbatim", "comment", "filecontents", "code", "codes", "BVerbatim")
ABSTRACT_ENVS = {
    "abstract": "", "cabstract": "zh", "zhabstract": "zh", "chineseabstract": "zh", "abstractzh": "zh",
    "abstract*": "en", "eabstract": "en", "enabstract": "en", "englishabstract": "en", "abstracten": "en",
}
"""Abstract environments and their language ("" : Chinese first, English when one was seen or no Han)."""
TITLE_MACROS = {"title": "", "ctitle": "zh", "entitle": "en", "etitle": "en", "englishtitle": "en"}
AUTHOR_MACROS = {"author": "", "cauthor": "zh", "enauthor": "en", "eauthor": "en", "englishauthor": "en"}
KEYWORD_MACROS = {
    "keywords": "", "ckeywords": "zh", "ckeyword": "zh", "zhkeywords": "zh", "ekeywords": "en", "ekeyword": "en",
    "enkeywords": "en", "englishkeywords": "en",
}
SETUP_KEYS = {
    "title": (Role.TITLE, "zh"), "title*": (Role.TITLE, "en"), "author": (Role.AUTHORS, "zh"),
    "author*": (Role.AUTHORS, "en"), "keywords": (Role.KEYWORDS, "zh"), "keywords*": (Role.KEYWORDS, "en"),
}
"""thuthesis / sustech `\\thusetup{key = {value}}` keys that are front matter."""
ABSTRACT_HEADING = re.compile(r"^\s*(?:摘\s*要|中文摘要)\s*$|^\s*(?:abstract|英文摘要)\s*$", re.I)
BACK_HEADING = re.compile(r"^\s*(?:致\s*谢|谢\s*辞|后\s*记|acknowledge?ments?|个人简历.*|作者简历.*|声\s*明)\s*$", re.I)
_CODE_WORDS = ("code", "listing", "verbatim", "minted", "algorithm", "tikz", "tabular")
_NUMBER_MATH = re.compile(r"^\s*[-+]?\d[\d.,]*\s*%?\s*$")
_SPACES = str.maketrans("~&", "  ")
_SPECIALS = {"~": " ", "--": "–", "---": "—", "``": "“", "''": "”", "&": " ", "!`": "¡", "?`": "¿"}
_SYMBOLS = {
    "LaTeX": "LaTeX", "TeX": "TeX", "XeTeX": "XeTeX", "ldots": "…", "dots": "…", "textendash": "–",
    "textemdash": "—", "%": "%", "&": "&", "_": "_", "#": "#", "$": "$", "{": "{", "}": "}", " ": " ",
    ",": " ", ";": " ", "quad": " ", "qquad": " ", "enspace": " ", "\\": "\n", "newline": "\n", "slash": "/",
}
"""Macros that print text (or a space)."""


def _context() -> macrospec.LatexContextDb:
    db = latexwalker.get_default_latex_context_db()
    specs = [macrospec.MacroSpec(name, "{") for name in
             ("thusetup", "sustechsetup", "ckeywords", "ekeywords", "ckeyword", "ekeyword", "keywords", "zhkeywords",
              "enkeywords", "englishkeywords", "entitle", "etitle", "ctitle", "englishtitle", "enauthor", "eauthor",
              "cauthor", "englishauthor", "subfile", "subfileinclude", "zihao", "upcite", "supercite",
              "parencite", "textcite", "autocite", "uline", "heiti", "songti", "kaishu", "fangsong",
              "CJKunderline", "addbibresource", "graphicspath", "hypersetup", "pagestyle", "thispagestyle",
              "pagenumbering", "printbibliography", "linespread", "captionsetup", "bibliographystyle",
              "displaytitle", "classification", "serialno", "confidentiality", "UDC", "todo")]
    specs += [macrospec.MacroSpec("caption", "[{"), macrospec.MacroSpec("bicaption", "[{{"),
              macrospec.MacroSpec("thesistitle", "{{{{"), macrospec.MacroSpec("thesisauthor", "{{"),
              macrospec.MacroSpec("includepdf", "[{"), macrospec.MacroSpec("addcontentsline", "{{{"),
              macrospec.MacroSpec("markboth", "{{"), macrospec.MacroSpec("setlength", "{{"),
              macrospec.MacroSpec("setcounter", "{{"), macrospec.MacroSpec("addtocounter", "{{"),
              macrospec.MacroSpec("fontsize", "{{"), macrospec.MacroSpec("texorpdfstring", "{{"),
              macrospec.MacroSpec("href", "{{"), macrospec.MacroSpec("import", "{{"),
              macrospec.MacroSpec("subimport", "{{")]
    envs = [macrospec.EnvironmentSpec(name, args_parser=macrospec.VerbatimArgsParser(
        verbatim_arg_type="verbatim-environment")) for name in VERBATIM_ENVS]
    db.add_context_category("zhen-qa", macros=specs, environments=envs, prepend=True)
    # no specials: testing each character against them is a third of the parse; ~ and & are spaces in chars()
    return db.filter_context(keep_which=["macros", "environments"])


_CONTEXT: macrospec.LatexContextDb | None = None


def _db() -> macrospec.LatexContextDb:
    global _CONTEXT
    if _CONTEXT is None:
        _CONTEXT = _context()
    return _CONTEXT


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


class _Prose:
    """Prose characters of one file collected into one paragraph, each with its offset."""

    def __init__(self, source: SourceText) -> None:
        self.source = source
        self.chars: list[str] = []
        self.offs: list[int] = []

    def add(self, text: str, start: int, spread: bool = True) -> None:
        """Characters from the file at `start` (spread: one offset each; else all at `start`)."""
        self.chars.extend(text)
        self.offs.extend(range(start, start + len(text)) if spread else [start] * len(text))

    def take(self) -> MappedText | None:
        """The paragraph so far, whitespace collapsed (dropped at line ends between Chinese), and reset."""
        chars, offs = self.chars, self.offs
        self.chars, self.offs = [], []
        out_c: list[str] = []
        out_o: list[int] = []
        i, n = 0, len(chars)
        while i < n:
            c = chars[i]
            if not c.isspace():
                out_c.append(c)
                out_o.append(offs[i])
                i += 1
                continue
            j, newline = i, False
            while j < n and chars[j].isspace():
                newline = newline or chars[j] == "\n"
                j += 1
            prev = out_c[-1] if out_c else ""
            nxt = chars[j] if j < n else ""
            if out_c and j < n and not (newline and _wide(prev) and _wide(nxt)):
                out_c.append(" ")
                out_o.append(offs[i])
            i = j
        if not out_c:
            return None
        return MappedText("".join(out_c), out_o, self.source)


def _wide(ch: str) -> bool:
    return bool(ch) and (is_han(ch) or "\u3000" <= ch <= "\u303f" or "\uff00" <= ch <= "\uffef")


class _Reader:
    """Walks the main file and the files it inputs, collecting items in reading order."""

    def __init__(self, main: str) -> None:
        self.main = main
        self.root = os.path.dirname(os.path.abspath(main))
        self.doc = LatexDocument()
        self.items: list[_Item] = []
        self.open: list[str] = []
        self.cites: dict[str, int] = {}
        self.in_body = False
        self.after_appendix = False
        self.abstract_lang = ""  # inside an abstract: "zh" or "en"
        self.abstract_page = False  # the abstract began at a \\chapter*{摘要} heading: it ends with the page
        self.abstract_seen: set[str] = set()
        self.prose: _Prose | None = None

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
        source = _load(path)
        self.doc.sources.append(source)
        walker = FastWalker(source.text, latex_context=_db(), tolerant_parsing=True)
        try:
            nodes, _, _ = walker.get_latex_nodes()
        except latexwalker.LatexWalkerError as exc:  # tolerant parsing rarely raises; the file is skipped
            self.doc.notes.append(f"{source.path}: cannot parse as LaTeX ({exc}); not checked")
            return
        self.open.append(real)
        outer = self.prose
        self.flush()
        self.prose = _Prose(source)
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
        candidates = [os.path.join(self.root, name)]
        if not name.endswith(".tex"):
            candidates.insert(0, candidates[0] + ".tex")
        for cand in candidates:
            if not os.path.isfile(cand):
                continue
            if os.path.commonpath([os.path.realpath(cand), os.path.realpath(self.root)]) != os.path.realpath(self.root):
                self.doc.notes.append(f"{where}: \\{node.macroname}{{{name}}} is outside the manuscript's folder: "
                                      "not followed")
                return
            self.read_file(os.path.relpath(cand) if not os.path.isabs(self.main) else cand, where)
            return
        self.doc.notes.append(f"{where}: \\{node.macroname}{{{name}}}: file not found, not checked")

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
        self.items.append(_Item(role, lang, mt))

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
        for node in nodes:
            if node is None:
                continue
            if isinstance(node, latexwalker.LatexGroupNode):
                if not skip_next_group:
                    self.walk(node.nodelist)
                skip_next_group = False
                continue
            skip_next_group = False
            if isinstance(node, latexwalker.LatexCharsNode):
                self.chars(node)
            elif isinstance(node, latexwalker.LatexSpecialsNode):
                assert self.prose is not None
                self.prose.add(_SPECIALS.get(node.specials_chars, node.specials_chars), node.pos, spread=False)
            elif isinstance(node, latexwalker.LatexMacroNode):
                skip_next_group = self.macro(node)
            elif isinstance(node, latexwalker.LatexEnvironmentNode):
                self.environment(node)
            elif isinstance(node, latexwalker.LatexMathNode) and node.displaytype == "inline":
                self.number(node)
            # comments and math are not prose

    def number(self, node: latexwalker.LatexMathNode) -> None:
        """Inline math that is only a number ("降低 $10\\%$") stays in the sentence; other math is not prose."""
        raw = self._source().text[node.pos:node.pos + node.len].strip("$").replace("\\%", "%")
        if _NUMBER_MATH.match(raw):
            assert self.prose is not None
            self.prose.add(raw.strip(), node.pos, spread=False)

    def chars(self, node: latexwalker.LatexCharsNode) -> None:
        text = node.chars.translate(_SPACES)
        assert self.prose is not None
        pos = 0
        for m in re.finditer(r"\n[ \t]*\n\s*", text):
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
                self.follow(node, _raw(self._source(), target))
            return False
        if name in ("import", "subimport") and len(args) == 2 and args[0] is not None and args[1] is not None:
            self.flush()
            self.follow(node, os.path.join(_raw(self._source(), args[0]), _raw(self._source(), args[1])))
            return False
        if name in SECTION_LEVELS:
            self.section(node, name, args)
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
        if name in _SYMBOLS:
            self.prose.add(_SYMBOLS[name], node.pos, spread=False)
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
            for arg in chosen:
                if arg is not None:
                    self.walk([arg])
            return False
        if name in ("caption", "bicaption"):
            if self.in_body and not self.after_appendix and len(args) >= 2 and args[1] is not None:
                self.flush()
                self.walk([args[1]])
                self.flush(Role.CAPTION, "")
            return False
        return node.nodeargd is None or not args

    def front_matter(self, name: str, args: list[latexwalker.LatexNode | None]) -> bool:
        """Metadata macros: setup keys, titles, authors, keywords. True when handled."""
        if self.after_appendix and name in ("title", "thusetup", "sustechsetup", "keywords"):
            return True  # the title and keywords of an appendix (a translated paper) are not the thesis's
        if name in ("thusetup", "sustechsetup") and args and isinstance(args[0], latexwalker.LatexGroupNode):
            for key, value in _setup_values(args[0].nodelist):
                if key in SETUP_KEYS:
                    role, lang = SETUP_KEYS[key]
                    self.emit(role, lang, value)
            return True
        for table, role in ((TITLE_MACROS, Role.TITLE), (AUTHOR_MACROS, Role.AUTHORS), (KEYWORD_MACROS, Role.KEYWORDS)):
            if name in table:
                arg = args[-1] if args else None
                self.emit(role, table[name], arg.nodelist if isinstance(arg, latexwalker.LatexGroupNode) else None)
                return True
        if name == "thesistitle" and len(args) == 4:
            self.emit(Role.TITLE, "zh", _nodes(args[0]) + _nodes(args[1]))
            self.emit(Role.TITLE, "en", _nodes(args[2]) + _nodes(args[3]))
            return True
        if name == "thesisauthor" and len(args) == 2:
            self.emit(Role.AUTHORS, "zh", _nodes(args[0]))
            self.emit(Role.AUTHORS, "en", _nodes(args[1]))
            return True
        return False

    def section(self, node: latexwalker.LatexMacroNode, name: str, args: list[latexwalker.LatexNode | None]) -> None:
        self.flush()
        title_node = args[-1] if args else None
        starred = bool(args and args[0] is not None and _raw(self._source(), args[0]) == "*")
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
            return
        if self.after_appendix and not self.in_body:
            return  # a chapter of the back matter (acknowledgements, resume, committee comments)
        self.in_body = True
        if mt is not None:
            self.items.append(_Item(Role.HEADING, "", mt, label=text, level=SECTION_LEVELS[name]))

    def cite(self, node: latexwalker.LatexMacroNode, args: list[latexwalker.LatexNode | None]) -> None:
        """\\cite{a,b} becomes "[1,2]": keys numbered in order of first citation, mapped to the command."""
        arg = args[-1] if args else None
        if arg is None:
            return
        keys = [k.strip() for k in _raw(self._source(), arg).split(",") if k.strip()]
        numbers = [self.cites.setdefault(k, len(self.cites) + 1) for k in keys]
        if numbers:
            assert self.prose is not None
            marker = "[" + ",".join(str(n) for n in numbers) + "]"
            self.prose.add(marker, node.pos, spread=False)

    def environment(self, node: latexwalker.LatexEnvironmentNode) -> None:
        name = node.environmentname
        if name in ABSTRACT_ENVS and not self.after_appendix:
            self.flush()
            lang = ABSTRACT_ENVS[name] or ("en" if "zh" in self.abstract_seen else "zh")
            saved, self.abstract_lang = self.abstract_lang, lang
            self.walk(node.nodelist)
            self.flush()
            self.abstract_lang = saved
            self.abstract_seen.add(lang)
            return
        if name in SKIPPED_ENVS or name in VERBATIM_ENVS or any(w in name.lower() for w in _CODE_WORDS):
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


def _nodes(node: latexwalker.LatexNode | None) -> list[latexwalker.LatexNode]:
    if isinstance(node, latexwalker.LatexGroupNode):
        return list(node.nodelist)
    return [node] if node is not None else []


def _raw(source: SourceText, node: latexwalker.LatexNode) -> str:
    """The source text of a node without its braces."""
    raw = source.text[node.pos:node.pos + node.len]
    if isinstance(node, latexwalker.LatexGroupNode):
        raw = raw[1:-1]
    return raw.strip()


def _setup_values(nodes: Sequence[latexwalker.LatexNode]) -> list[tuple[str, list[latexwalker.LatexNode]]]:
    """(key, value nodes) of a `key = {value}, key = value` list; commas inside braces stay in the value."""
    out: list[tuple[str, list[latexwalker.LatexNode]]] = []
    key_parts: list[str] = []
    key: str | None = None
    value: list[latexwalker.LatexNode] = []

    def close() -> None:
        nonlocal key, value, key_parts
        if key is not None:
            out.append((key, value))
        key, value, key_parts = None, [], []

    for node in nodes:
        if isinstance(node, latexwalker.LatexCharsNode):
            text = node.chars
            for ch in text:
                if key is None:
                    if ch == "=":
                        key = "".join(key_parts).strip()
                    elif ch == ",":
                        key_parts = []
                    else:
                        key_parts.append(ch)
                elif ch == ",":
                    close()
            continue
        if isinstance(node, latexwalker.LatexCommentNode):
            continue
        if key is not None:
            value.append(node)
    close()
    return [(k, v[0].nodelist if len(v) == 1 and isinstance(v[0], latexwalker.LatexGroupNode) else v)
            for k, v in out]


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
    items = reader.items
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
    return reader.doc


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
