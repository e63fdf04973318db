"""A thesis template's page-input commands: which files `\\inputpage{cover}` or `\\inputgraduate{}` reads.

Templates such as zjuthesis load every page through commands of their own, defined in the class (or a file it
inputs) or in the thesis: `\\newcommand{\\inputbody}[1]{\\checkandinput{body}{#1}}`, whose body at last reads
`\\IfFileExists{./#1/graduate/\\GradLevel/#2}{\\input{./#1/graduate/\\GradLevel/#2}}{\\input{./#1/graduate/#2}}`,
and the definitions themselves sit in `\\ifthenelse{\\equal{\\Degree}{undergraduate}}{…}{…}`. A command is a
page-input command by what it is, not by its name: a `\\newcommand`/`\\renewcommand`/`\\providecommand`/`\\def`
whose body, directly or through other such commands, holds `\\input`, `\\include` or `\\subfile`. A call is
expanded on the text: arguments replace `#1`…`#9`, the document's settings (the class options `Degree = graduate`
of `\\documentclass[…]{zjuthesis}`, over the class's `\\DeclareStringOption[default]{Name}`) replace `\\Name`,
`\\ifthenelse{\\equal{a}{b}}{…}{…}` takes the branch the settings select, both when they cannot be read (as the
reader's `\\else` rule: nothing the writer may mean is left unread), and `\\IfFileExists{path}{…}{…}` the branch
the folder selects. A command that calls itself, or nests deeper than the reader's input bound, ends with a note.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field

from zhen_qa.manuscript.latex_abstract_defs import AbstractDef, bilingual_args, command_def, environment_defs
from zhen_qa.manuscript.latex_macros import ABSTRACT_PAGES
from zhen_qa.manuscript.latex_paths import COMMENT, MAX_DEPTH, read_tex, resolve_input
from zhen_qa.manuscript.latex_table_defs import TableDef, table_commands
from zhen_qa.manuscript.latex_unprinted import brace_group as _group
from zhen_qa.manuscript.latex_unprinted import unprinted_keys

_TOKEN = re.compile(r"\\([A-Za-z@]+)\*?|\\.")
_CLASS = re.compile(r"\\documentclass\s*")
_CLASS_NAME = re.compile(r"\s*\{([^{}]*)\}")
_HEADING = re.compile(r"\\(part|chapter|section|subsection|subsubsection)\b\s*(\*?)")
_HEADING_TITLE = re.compile(r"\\(?:part|chapter|section|subsection|subsubsection)\b\s*\*?\s*(?:\[[^\[\]]*\]\s*)?"
                            r"\{[^}]*#1")
"""A sectioning command whose title holds the first argument (`\\section*{#1}`, `\\chapter*{\\textbf{#1}}`; not
`\\section*{摘要}#1`, whose argument is the text under the heading)."""
_STRING_OPTION = re.compile(r"\\DeclareStringOption\s*(?:\[([^\[\]]*)\])?\s*\{([A-Za-z@]+)\}")
_CLASS_INPUT = re.compile(r"\\(?:input|include)\s*\{([^{}]*)\}")
_CLASS_PAGE = re.compile(r"\\(?:file_input:n|input|include|InputIfFileExists)\s*\{\s*([^{}\\#]+?)\s*\}")
"""A file a class inputs by a fixed name (`\\file_input:n { pages/abstract.tex }`, expl3; `\\input{…}`): no
command or argument in the name."""
_CLASS_INCLUDE = re.compile(r"\\include\s*\{\s*([^{}\\#]+?)\s*\}")
"""A page a class includes by a fixed name (`\\include{contents/Cabstract}`)."""
_DEFINERS = frozenset({"newcommand", "renewcommand", "providecommand"})
_READERS = frozenset({"input", "include", "subfile", "subfileinclude"})
_EQUAL = re.compile(r"\s*(\\NOT\s*)?\\equal\s*\{([^{}]*)\}\s*\{([^{}]*)\}\s*")
_JOIN = re.compile(r"\\(OR|AND)(?![A-Za-z])")
STANDARD_CLASSES = frozenset({
    "article", "report", "book", "letter", "slides", "proc", "minimal", "memoir", "amsart", "amsbook", "amsproc",
    "scrartcl", "scrreprt", "scrbook", "scrlttr2", "ctexart", "ctexrep", "ctexbook", "ctexbeamer", "beamer",
    "standalone", "extarticle", "extreport", "extbook", "elsarticle", "IEEEtran", "llncs", "svjour3", "revtex4",
    "revtex4-1", "revtex4-2", "acmart", "tufte-book", "tufte-handout", "thuthesis", "ustcthesis", "fduthesis",
    "bithesis", "njuthesis", "hithesis",
})
"""Classes of LaTeX itself or of TeX Live: their absence from a thesis folder is no sign of a template left out
(`\\documentclass{ctexbook}` is found where LaTeX is installed)."""
DEGREE_WORDS = frozenset({"bachelor", "undergraduate", "master", "graduate", "postgraduate", "doctor", "doctoral",
                          "phd"})
"""The degrees a thesis class option names (`degree = bachelor`): a brace conditional named after one degree
(`\\ifbachelor`) is false when the options name another."""
MAX_CALLS = 2000
"""Most command calls one expansion makes (a body that calls itself twice would otherwise make 2^MAX_DEPTH)."""


@dataclass
class Template:
    """The page-input commands a thesis and its class define, and the settings that choose their branches."""

    root: str
    settings: dict[str, str] = field(default_factory=dict)
    commands: dict[str, list[tuple[int, str]]] = field(default_factory=dict)
    """name -> its definitions (number of arguments, body): more than one when a condition could not be read."""
    notes: list[str] = field(default_factory=list)
    headings: dict[str, tuple[str, bool]] = field(default_factory=dict)
    """Commands the class defines to typeset a heading (`\\chapternonum{#1}` -> ("chapter", starred))."""
    defaults: dict[str, str] = field(default_factory=dict)
    """Commands defined with an optional first argument (`\\newcommand{\\pg}[2][chapters]{…}`) -> its default."""
    defined: set[str] = field(default_factory=set)
    """Every command the class files read and the thesis define (page-input or not)."""
    titled: set[str] = field(default_factory=set)
    """Commands whose definition typesets their first argument as a heading's title (`\\section*{#1}`)."""
    arities: dict[str, int] = field(default_factory=dict)
    """Every defined command -> the most arguments a definition of it takes."""
    absent_class: str = ""
    """The `\\documentclass` whose class file is not in the thesis folder (its commands are unknown) and which is not
    a standard class, else ""."""
    thesis_class: str = ""
    """The `\\documentclass` when it is no standard class (a template's, whose file may be absent), else ""."""
    flags: set[str] = field(default_factory=set)
    """The void options of the `\\documentclass[…]` (`[bachelor, twoside]`)."""
    abstract_pages: list[str] = field(default_factory=list)
    """The abstract pages (ABSTRACT_PAGES) the class files input by a fixed name, as `\\input` names relative to the
    thesis folder: `.tex` files of the thesis there, which the class reads by itself (whu-thesis's
    `pages/abstract.tex`); not a file of the class's own code (nwputhesis's `\\input{infra/abstract.def}`)."""
    class_includes: list[str] = field(default_factory=list)
    """The other `.tex` files of the thesis folder the class files `\\include` by a fixed name (UESTCthesis's
    `\\AtEndDocument{… \\include{contents/original} … \\include{contents/translation}}`): pages the class typesets
    by itself, named in a note when the thesis does not read them."""
    unprinted: frozenset[str] = frozenset()
    """Setup keys the class never typesets for the thesis type the class options choose (`latex_unprinted`: whu-thesis
    `title*` and `author*` in a bachelor's thesis)."""
    abstract_commands: dict[str, AbstractDef] = field(default_factory=dict)
    """Commands the class files and the thesis define as an abstract page (`latex_abstract_defs`: TongjiThesis's
    `\\MakeAbstract{text}{keywords}`), by name."""
    bilingual: dict[str, tuple[int, int]] = field(default_factory=dict)
    """Commands defined with more arguments than a pair whose Chinese and English arguments the definition names
    (`latex_abstract_defs.bilingual_args`: seuthesis's `\\title[4]`, Chinese #1, English #3)."""
    table_commands: dict[str, TableDef] = field(default_factory=dict)
    """Commands the class files and the thesis define as a table (`latex_table_defs`: UESTCthesis's
    `\\longthreelinetable{label}{caption}{n}{spec}{head}{body}`), by name."""
    abstract_envs: dict[str, AbstractDef] = field(default_factory=dict)
    """Environments defined with an argument typeset as keywords (seuthesis's `\\begin{abstract}{keywords}`)."""
    calls: int = 0
    """Command calls the current expansion has made (bounded by MAX_CALLS)."""

    # settings and conditions -----------------------------------------------------------------------
    def substitute(self, text: str) -> str:
        """`text` with each setting command (`\\Degree`) replaced by its value."""
        if not self.settings:
            return text
        return re.sub(r"\\([A-Za-z@]+)(?![A-Za-z@])\s*(?:\{\})?",
                      lambda m: self.settings.get(m[1], m[0]), text)

    def condition(self, text: str) -> bool | None:
        """The value of an `\\ifthenelse` test made of `\\equal{a}{b}` joined by `\\OR`/`\\AND` (`\\NOT` allowed);
        None when it has anything else or a command the settings do not give."""
        parts = _JOIN.split(self.substitute(text))
        groups: list[list[bool]] = [[]]  # \\AND binds tighter than \\OR, as ifthen evaluates: a \\OR (b \\AND c)
        for i in range(0, len(parts), 2):
            m = _EQUAL.fullmatch(parts[i])
            if m is None or "\\" in m[2] + m[3]:
                return None
            if i and parts[i - 1] == "OR":
                groups.append([])
            groups[-1].append((m[2].strip() == m[3].strip()) != bool(m[1]))
        return any(all(g) for g in groups)

    def brace_condition(self, name: str) -> bool | None:
        """The value of a template's two-branch conditional `\\ifNAME{…}{…}` (nwputhesis `\\ifbachelor`), by the
        class options: true when an option or an option's value is NAME (`degree = bachelor`, `[bachelor]`), the
        option's truth for `NAME = true/false`, false when NAME is a degree and the options name another; None when
        they do not say."""
        word = name[2:].lower() if name.startswith("if") else ""
        values = {v.lower() for v in self.settings.values()} | {f.lower() for f in self.flags}
        if not word:
            return None
        for key, value in self.settings.items():
            if key.lower() == word and value.lower() in ("true", "false"):
                return value.lower() == "true"
        if word in values:
            return True
        if word in DEGREE_WORDS and values & DEGREE_WORDS:
            return False
        return None

    # page-input commands ---------------------------------------------------------------------------
    def is_input_command(self, name: str) -> bool:
        return name in self.commands

    def taken(self, text: str, pos: int) -> tuple[list[str], int]:
        """The branches of the `\\ifthenelse{test}{then}{else}` whose arguments start at `pos` that the settings
        select (`condition`; both when the test cannot be read, none when the arguments are incomplete), and where
        its arguments end: the one reading of a conditional for expansion and for collecting definitions."""
        groups, pos = _groups(text, pos, 3)
        if len(groups) != 3:
            return [], pos
        test = self.condition(groups[0])
        return [branch for branch, wanted in ((groups[1], True), (groups[2], False))
                if test is None or test is wanted], pos

    def arity(self, name: str) -> int:
        """How many brace groups a call takes (an optional first argument, in brackets, is not one)."""
        return max(n for n, _b in self.commands[name]) - (name in self.defaults)

    def with_option(self, name: str, option: str | None, groups: list[str]) -> list[str]:
        """The arguments of a call: its brace groups, after the optional one (`option`, else the default) when the
        command has one."""
        if name not in self.defaults:
            return groups
        return [self.defaults[name] if option is None else option, *groups]

    def files(self, name: str, args: list[str], option: str | None = None) -> list[str]:
        """The files (as `\\input` names, relative to the thesis folder) a call `\\name[option]{args…}` reads, in
        order."""
        out: list[str] = []
        self.calls = 0
        self._call(name, self.with_option(name, option, args), out, 0)
        return list(dict.fromkeys(out))  # once each: a command that calls itself names its page at every level

    def files_in(self, text: str) -> list[str]:
        """The files (as `\\input` names) a stretch of the thesis's own text reads, through `\\input` and through the
        page-input commands, in the branches the settings select."""
        out: list[str] = []
        self.calls = 0
        self._expand(self.substitute(text), out, 0)
        return list(dict.fromkeys(out))

    def _note(self, note: str) -> None:
        if note not in self.notes:
            self.notes.append(note)

    def _call(self, name: str, args: list[str], out: list[str], depth: int) -> None:
        if depth >= MAX_DEPTH:
            self._note(f"\\{name} nests deeper than {MAX_DEPTH} (a command that inputs itself?): "
                       "not followed further")
            return
        self.calls += 1
        if self.calls > MAX_CALLS:
            self._note(f"\\{name}: more than {MAX_CALLS} command calls in one page-input command "
                       "(a command that calls itself more than once?): not followed further")
            return
        for nargs, body in self.commands[name]:
            for k in range(nargs):
                body = body.replace(f"#{k + 1}", args[k] if k < len(args) else "")
            self._expand(self.substitute(body), out, depth + 1)

    def _expand(self, text: str, out: list[str], depth: int) -> None:
        pos = 0
        while True:
            m = _TOKEN.search(text, pos)
            if m is None:
                return
            name, pos = m[1], m.end()
            if name in _DEFINERS or name == "def":  # a definition: its body runs where it is called
                definition = _definition(text, name, pos)
                pos = definition[1][1] if definition is not None else pos
            elif name == "ifthenelse":
                branches, pos = self.taken(text, pos)
                for branch in branches:
                    self._expand(branch, out, depth)
            elif name == "IfFileExists":
                groups, pos = _groups(text, pos, 3)
                if len(groups) == 3:
                    there = "\\" not in groups[0] and resolve_input(self.root, groups[0].strip())[0] is not None
                    self._expand(groups[1] if there else groups[2], out, depth)
            elif name in _READERS:
                groups, pos = _groups(text, pos, 1)
                if groups and groups[0].strip():
                    out.append(groups[0].strip())
            elif name in self.commands:
                option = _OPTION.match(text, pos) if name in self.defaults else None
                pos = option.end() if option is not None else pos
                groups, pos = _groups(text, pos, self.arity(name))
                self._call(name, self.with_option(name, option[1] if option else None, groups), out, depth)


_TITLE_COMMAND = re.compile(r"\s*(?:\[[^\[\]]*\]\s*)?\{\s*\\([A-Za-z@]+)\s*\}")
"""A sectioning command's title that is one command (`\\chapter{\\itemi}`)."""


def _titled_through(body: str, pos: int) -> bool:
    """Whether the sectioning command ending at `pos` in a definition's body typesets its first argument through a
    command the body sets to it: XJTUThesis's `\\xchapter[2]` sets `\\renewcommand{\\itemi}{#1}` (`#2`, the English
    title, in an English thesis) and typesets `\\chapter{\\itemi}`."""
    title = _TITLE_COMMAND.match(body, pos)
    if title is None:
        return False
    name = re.escape(title[1])
    return bool(re.search(r"\\(?:re)?newcommand\*?\s*\{?\s*\\" + name + r"\s*\}?\s*\{\s*#1\s*\}"
                          r"|\\def\s*\\" + name + r"\s*\{\s*#1\s*\}", body[:pos]))


def _groups(text: str, pos: int, n: int) -> tuple[list[str], int]:
    """Up to `n` brace groups from `pos` (a command's arguments) and where they end."""
    out: list[str] = []
    while len(out) < n:
        g = _group(text, pos)
        if g is None:
            break
        out.append(g[0])
        pos = g[1]
    return out, pos


_DEF_HEAD = re.compile(r"\s*(?:\{\s*\\([A-Za-z@]+)\s*\}|\\([A-Za-z@]+))\s*(?:\[(\d)\])?\s*(?:\[([^\[\]]*)\])?")
_OPTION = re.compile(r"\s*\[([^\[\]{}]*)\]")
"""An optional argument in brackets."""
_DEF_PARAMS = re.compile(r"\\([A-Za-z@]+)((?:#\d)*)")


def _definitions(template: Template, text: str, found: dict[str, list[tuple[int, str]]]) -> None:
    """Collect every command `text` defines (in the branches of `\\ifthenelse` its settings select)."""
    pos = 0
    while True:
        m = _TOKEN.search(text, pos)
        if m is None:
            return
        name, pos = m[1], m.end()
        if name == "ifthenelse":
            branches, pos = template.taken(text, pos)
            for branch in branches:
                _definitions(template, branch, found)
        elif name in _DEFINERS or name == "def":
            definition = _definition(text, name, pos)
            if definition is None:
                continue
            head, body = definition
            if name == "def":
                found.setdefault(head[1], []).append((head[2].count("#"), body[0]))
            else:
                found.setdefault(head[1] or head[2], []).append((int(head[3] or 0), body[0]))
                if head[4] is not None and head[3]:
                    template.defaults[head[1] or head[2]] = head[4]
            pos = body[1]


def _definition(text: str, name: str, pos: int) -> tuple[re.Match[str], tuple[str, int]] | None:
    """The head and the body (its content, where it ends) of the definition `\\name` starts at `pos` in `text`
    (`\\newcommand` and its kin: `_DEF_HEAD`; `\\def`: `_DEF_PARAMS`), or None when either does not read."""
    head = (_DEF_HEAD if name in _DEFINERS else _DEF_PARAMS).match(text, pos)
    body = _group(text, head.end()) if head is not None else None
    return (head, body) if head is not None and body is not None else None


def _class(text: str) -> tuple[str, str]:
    """The options (inside their brackets) and the name of the first `\\documentclass[…]{name}` ("" when none)."""
    m = _CLASS.search(text)
    if m is None:
        return "", ""
    pos, options = m.end(), ""
    if text.startswith("[", pos):
        depth, j = 0, pos
        while j < len(text):
            depth += {"{": 1, "}": -1}.get(text[j], 0)
            if text[j] == "]" and depth == 0:
                break
            j += 1
        options, pos = text[pos + 1:j], j + 1
    name = _CLASS_NAME.match(text, pos)
    return options, name[1].strip() if name else ""


def _options(text: str) -> dict[str, str]:
    """`key = value` options of a `\\documentclass[…]` (values without surrounding blanks or braces)."""
    out: dict[str, str] = {}
    for part in text.split(","):
        key, eq, value = part.partition("=")
        if eq and re.fullmatch(r"[A-Za-z@]+", key.strip()):
            out[key.strip()] = value.strip().strip("{}").strip()
    return out


def _set_otherwise(name: str, text: str) -> bool:
    """Whether `text` sets the setting `name` by other means than the class option: `\\setkeys{cls}{name=…}` (a void
    option `[graduate]` of the class does so), or a definition of `\\name` (`\\renewcommand{\\Degree}{graduate}` in
    the thesis). Its value is then not the default (nor the option) for certain: unknown, both branches read."""
    n = re.escape(name)
    return re.search(r"\\setkeys\s*\{[^{}]*\}\s*\{[^{}]*(?<![A-Za-z@])" + n + r"\s*="
                     r"|\\(?:(?:re|provide)?newcommand\*?\s*\{?|[gex]?def\s*|let\s*)\\" + n + r"(?![A-Za-z@])",
                     text) is not None


def _abstract_pages(root: str, pages: list[str], class_files: set[str], included: set[str]) -> list[str]:
    """Of the files a class inputs by a fixed name, the abstract pages of the thesis (`Template.abstract_pages`),
    named in any case (UESTCthesis's `contents/Cabstract`). A file of the class's own code is none, unless the class
    brings it in with `\\include`, which only ever inputs a page of the document (it starts a new page and cannot
    be used in a preamble): UESTCthesis's `\\AtBeginDocument{… \\include{contents/Cabstract} …}`."""
    out: list[str] = []
    for page in dict.fromkeys(pages):
        cand, inside = resolve_input(root, page)
        if (os.path.splitext(os.path.basename(page))[0].lower() in ABSTRACT_PAGES and cand is not None and inside
                and cand.endswith(".tex") and (os.path.realpath(cand) not in class_files or page in included)):
            out.append(page)
    return out


CLASS_DEPTH = 2
"""Deepest subfolder of the thesis folder searched for its class file (`style/tongjithesis.cls`)."""


def _class_below(root: str, filename: str) -> str | None:
    """The one class file named `filename` in a subfolder of `root` (at most CLASS_DEPTH deep, hidden folders
    skipped), where a build that puts the folder on TEXINPUTS finds it (TongjiThesis's latexmkrc:
    `ensure_path('TEXINPUTS', './style//')`); None when there is none or more than one."""
    found: list[str] = []
    base = root.rstrip(os.sep).count(os.sep)
    for folder, dirs, files in os.walk(root):
        depth = folder.rstrip(os.sep).count(os.sep) - base
        dirs[:] = sorted(d for d in dirs if not d.startswith(".")) if depth < CLASS_DEPTH else []
        if depth and filename in files:
            found.append(os.path.join(folder, filename))
    return found[0] if len(found) == 1 else None


def load_template(main: str, text: str) -> Template:
    """The template of the main file `main` (its text `text`): the settings of its `\\documentclass` and the
    page-input commands defined in its class file (in the thesis folder, with the files the class inputs) and in
    the main file's own text."""
    root = os.path.dirname(os.path.abspath(main))
    text = COMMENT.sub("", text)
    template = Template(root)
    sources: list[str] = []
    options, cls = _class(text)
    if cls:
        template.thesis_class = "" if cls in STANDARD_CLASSES else cls
        path = os.path.join(root, cls + ".cls")
        if "/" not in cls and not os.path.isfile(path):
            path = _class_below(root, cls + ".cls") or path
        if "/" in cls or not os.path.isfile(path):
            template.absent_class = "" if cls in STANDARD_CLASSES else cls
        else:
            pending, seen = [path], {os.path.realpath(path)}
            pages: list[str] = []
            included: set[str] = set()
            while pending and len(seen) <= 50:
                cur = pending.pop(0)
                body = read_tex(cur)
                sources.append(body)
                pages += [m[1] for m in _CLASS_PAGE.finditer(body)]
                included.update(m[1].strip() for m in _CLASS_INCLUDE.finditer(COMMENT.sub("", body)))
                for m in _CLASS_INPUT.finditer(body):
                    cand, inside = resolve_input(root, m[1].strip())
                    if cand is not None and inside and os.path.realpath(cand) not in seen:
                        seen.add(os.path.realpath(cand))
                        pending.append(cand)
            template.abstract_pages = _abstract_pages(root, pages, seen, included)
            template.class_includes = [page for page in sorted(included) if page not in template.abstract_pages
                                       and (cand := resolve_input(root, page)[0]) is not None
                                       and resolve_input(root, page)[1] and cand.endswith(".tex")]
            template.unprinted = unprinted_keys("\n".join(COMMENT.sub("", body) for body in sources), _options(options))
        everything = "\n".join((*sources, text))
        for m in _STRING_OPTION.finditer(sources[0] if sources else ""):
            if m[1] is not None and not _set_otherwise(m[2], everything):
                template.settings[m[2]] = m[1].strip()
        template.settings.update({k: v for k, v in _options(options).items() if not _set_otherwise(k, text)})
        template.flags = {p.strip() for p in options.split(",") if re.fullmatch(r"\s*[A-Za-z@-]+\s*", p)}
    sources.append(text)
    found: dict[str, list[tuple[int, str]]] = {}
    for src in sources:
        _definitions(template, src, found)
    inputs = {name for name, defs in found.items() if name not in _READERS and any(
        re.search(r"\\(?:input|include|subfile)\s*\{", body) for _n, body in defs)}
    changed = True
    while changed:  # commands that call a page-input command input pages too
        changed = False
        for name, defs in found.items():
            if name not in inputs and name not in _READERS and any(
                    re.search(r"\\({})(?![A-Za-z@])".format("|".join(map(re.escape, inputs))), body)
                    for _n, body in defs if inputs):
                inputs.add(name)
                changed = True
    template.commands = {name: found[name] for name in inputs}
    template.defined = set(found)
    template.arities = {name: max(n for n, _b in defs) for name, defs in found.items()}
    template.titled = {name for name, defs in found.items() if any(_HEADING_TITLE.search(b) for _n, b in defs)}
    for name, defs in found.items():
        abstract = [d for n, b in defs if (d := command_def(n, b)) is not None]
        if abstract and name not in inputs and name not in template.titled:
            template.abstract_commands[name] = abstract[0]
    template.abstract_envs = environment_defs(COMMENT.sub("", body) for body in sources)  # a comment's 摘要 is none
    template.table_commands = table_commands(COMMENT.sub("", body) for body in sources)  # a comment's 摘要 is none
    for name, defs in found.items():
        pairs = [p for n, b in defs if n > 2 and (p := bilingual_args(name, n, b)) is not None]
        if pairs:
            template.bilingual[name] = pairs[0]
    for name, defs in found.items():
        for _n, body in defs:
            head = _HEADING.search(body)
            if head is not None and ("#1" in body[head.end():head.end() + 12] or _titled_through(body, head.end())):
                template.headings.setdefault(name, (head[1], bool(head[2])))
    return template
