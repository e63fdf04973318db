"""The LaTeX vocabulary the reader knows: which macros and environments are prose, front matter, citations,
sections or skipped, and the pylatexenc parse context that gives their arguments.

The context declares the arguments of the template macros pylatexenc does not know (thuthesis/sustech setup,
bilingual titles and keywords, citation variants), so their brace groups are parsed as arguments; verbatim-like
environments are read as verbatim. It is built once, on first use.
"""
from __future__ import annotations

import functools
import re

from pylatexenc import latexwalker, macrospec

from zhen_qa.manuscript.document import Role
from zhen_qa.manuscript.lazy_re import LazyPattern

INPUT_MACROS = frozenset({"input", "include", "subfile", "subfileinclude"})
FILE_OBJECT_MACROS = frozenset({
    "includestandalone", "lstinputlisting", "verbatiminput", "VerbatimInput", "BVerbatimInput", "LVerbatimInput",
    "inputminted", "includetikz", "tikzsetnextfilename", "includepdf",
})
"""Commands of known packages whose argument names a file that is no page of prose (a standalone TikZ figure, a
listing shown as code): not a thesis template's page-input command."""
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
    "publications", "survey", "translation-index", "CJK*", "filecontents", "numcases", "subnumcases",
})
"""Environments whose content is not body prose: math (the cases package's numbered `numcases`/`subnumcases`
displays too), code, tables, and thesis back-matter pages."""
TABULARRAY_ENVS = ("tblr", "longtblr", "talltblr")
"""tabularray's table environments: an optional outer spec in brackets, then the inner spec in braces."""
VERBATIM_ENVS = ("lstlisting", "minted", "Verbatim", "comment", "filecontents", "code", "codes", "BVerbatim")
ABSTRACT_ENVS = {
    "abstract": "", "cabstract": "zh", "cnabstract": "zh", "zhabstract": "zh", "chineseabstract": "zh",
    "abstractzh": "zh", "abstractcn": "zh", "ChineseAbstract": "zh",
    "abstract*": "en", "eabstract": "en", "enabstract": "en", "englishabstract": "en", "abstracten": "en",
    "engabstract": "en", "abstractEn": "en", "abstractEN": "en", "EnglishAbstract": "en",
}
"""Abstract environments and their language ("" : Chinese first, English when one was seen or no Han). Names are
case-sensitive: nwputhesis (Northwestern Polytechnical University) writes `engabstract`, other templates
`abstractcn`/`abstractEn`/`abstractEN`, `ChineseAbstract`/`EnglishAbstract`."""
TITLE_MACROS = {"title": "", "ctitle": "zh", "entitle": "en", "etitle": "en", "englishtitle": "en", "TITLE": "en"}
AUTHOR_MACROS = {"author": "", "cauthor": "zh", "enauthor": "en", "eauthor": "en", "englishauthor": "en",
                 "AUTHOR": "en"}
KEYWORD_MACROS = {
    "keywords": "", "ckeywords": "zh", "ckeyword": "zh", "zhkeywords": "zh", "ekeywords": "en", "ekeyword": "en",
    "enkeywords": "en", "englishkeywords": "en", "KEYWORDS": "en",
    "chinesekeywordstype": "zh", "englishkeywordstype": "en",
    "keywordslist": "zh", "engkeywordslist": "en", "keywordsen": "en", "keywordsEN": "en", "chinesekeyword": "zh",
    "englishkeyword": "en", "EnglishKeywords": "en",
}
"""Front-matter macros and their language (nwputhesis: `\\keywordslist`, `\\engkeywordslist`). ucasthesis (the
University of the Chinese Academy of Sciences) writes the English title, author and keywords with the upper-case
`\\TITLE`, `\\AUTHOR`, `\\KEYWORDS` beside `\\title`, `\\author`, `\\keywords` (TeX macro names are case-sensitive)."""
KEYWORD_ENVS = {"keywords": "", "engkeywords": "en", "enkeywords": "en", "keywordsen": "en", "keywordsEN": "en"}
"""Keywords written as environments, and their language ("": the language of its text): a nwpu-style template's
`\\begin{keywords}…\\end{keywords}` inside `abstract` and `\\begin{engkeywords}…` inside `engabstract`, nkthesis's
(Nankai University) `keywords`/`enkeywords` after the abstracts, the TUL templates' `keywordsEN`. Without them the
keywords were read as the abstract's last paragraph (or body prose) and no keywords pair was found."""
TYPED_KEYWORD_MACROS = frozenset({"chinesekeywordstype", "englishkeywordstype"})
"""xjtuthesis (Xi'an Jiaotong University) writes the keywords with the thesis's type after them,
`\\englishkeywordstype{Video summarization; …}{Application Fundamentals}`: the keywords are the first argument, the
type (应用基础 / Application Fundamentals) is no text of the abstract."""
BILINGUAL_MACROS = {
    name: role for table, role in ((TITLE_MACROS, Role.TITLE), (AUTHOR_MACROS, Role.AUTHORS),
                                   (KEYWORD_MACROS, Role.KEYWORDS)) for name, lang in table.items() if not lang}
"""The front-matter macros of no fixed language, which a template may define with the pair `{中文}{English}`
(hustthesis: `\\DeclareDocumentCommand\\title{m g}`, `\\author`, `\\keywords` alike; `\\abstract{+m +g}`)."""
SETUP_KEYS = {
    "title": (Role.TITLE, "zh"), "title*": (Role.TITLE, "en"), "author": (Role.AUTHORS, "zh"),
    "author*": (Role.AUTHORS, "en"), "keywords": (Role.KEYWORDS, "zh"), "keywords*": (Role.KEYWORDS, "en"),
}
"""thuthesis / sustech `\\thusetup{key = {value}}` keys that are front matter."""
HIT_SETUP_KEYS = {
    "ctitle": (Role.TITLE, "zh"), "etitle": (Role.TITLE, "en"), "cauthor": (Role.AUTHORS, "zh"),
    "eauthor": (Role.AUTHORS, "en"), "ckeywords": (Role.KEYWORDS, "zh"), "ekeywords": (Role.KEYWORDS, "en"),
}
"""hithesis (Harbin Institute of Technology) `\\hitsetup{ctitle={…}, etitle={…}, …}` keys that are front matter
(`ctitlecover`, the cover's line-broken copy of the title, and the subject, supervisor and date keys are not)."""
CLASS_OPTION_KEYS = {"Title": (Role.TITLE, "zh"), "TitleEng": (Role.TITLE, "en")}
"""zjuthesis (Zhejiang University) class options that are front matter: `\\documentclass[Title = …, TitleEng = …]
{zjuthesis}` (its `\\titletwolines{…}{…}`, the cover's line-broken copy of the title, is not)."""
SETUP_MACROS = {"thusetup": SETUP_KEYS, "sustechsetup": SETUP_KEYS, "hitsetup": HIT_SETUP_KEYS}
"""The key-value setup macros of the templates and their front-matter keys."""
ANY_SETUP_KEYS = {**SETUP_KEYS, **HIT_SETUP_KEYS}
"""The front-matter keys of a setup macro no table names (`\\cqusetup`, `\\ustcsetup`): both key styles, thuthesis's
`title`/`title*` and hithesis's `ctitle`/`etitle` (CQUThesis writes `\\cqusetup{ctitle = {…}, etitle = {…}}`); the
two share no key name."""
SETUP_NAME = LazyPattern(r"[A-Za-z]+setup")
"""Any template's key-value setup macro (`\\whusetup{info = {…}}`, whu-thesis; ustcthesis's `\\ustcsetup`): read
with ANY_SETUP_KEYS and SETUP_ABSTRACT_KEYS when it is no package's own (NOT_FRONT_SETUPS)."""
NOT_FRONT_SETUPS = frozenset({"hypersetup", "captionsetup", "sisetup", "geometrysetup", "floatsetup", "lstsetup",
                              "tcbsetup", "fvsetup", "titlesetup", "subcaptionsetup"})
"""Setup macros of packages (links, captions, units, listings): their keys are never the thesis's front matter."""
SETUP_ABSTRACT_KEYS = {"abstract": "zh", "abstract*": "en", "cabstract": "zh", "eabstract": "en",
                       "zhabstract": "zh", "enabstract": "en", "abstract-zh": "zh", "abstract-en": "en"}
"""Setup keys that give an abstract, by the file holding it (whu-thesis `element = {abstract = {pages/abstract},
abstract* = {pages/enabstract}}`, read relative to the main file) or as its text, and its language (the starred
key is the English one, as `title*`)."""
ABSTRACT_PAGES = {"abstract": "", "zhabstract": "zh", "cabstract": "zh", "abstract-zh": "zh", "abstractzh": "zh",
                  "enabstract": "en", "eabstract": "en", "abstract-en": "en", "abstracten": "en"}
"""The names (without `.tex`) of the abstract pages a class inputs by itself when the thesis has them (whu-thesis
2025: `\\file_if_exist:nT {pages/abstract.tex} {\\file_input:n {pages/abstract.tex}}`, likewise
`pages/enabstract.tex`), and their language ("": by its script)."""
ABSTRACT_HEADING = re.compile(r"^\s*(?:摘\s*要|中文摘要)\s*$|^\s*(?:abstract|英文摘要)\s*$", re.I)
BACK_HEADING = re.compile(r"^\s*(?:致\s*谢|谢\s*辞|后\s*记|acknowledge?ments?|个人简历.*|作者简历.*|声\s*明"
                          r"|攻读.{0,12}期间.*)\s*$", re.I)
"""Back-matter chapters: acknowledgements, CV, statements, the publication list (攻读博士学位期间取得的科研成果)."""
CODE_WORDS = ("code", "listing", "verbatim", "minted", "algorithm", "tikz", "tabular")
"""Words in an environment's name that mark code, listings, algorithms, drawings or tables: not prose."""
SPECIALS = {"~": " ", "--": "–", "---": "—", "``": "“", "''": "”", "&": " ", "!`": "¡", "?`": "¿"}
"""Special character sequences and what they print."""
PARAGRAPH_DECLARATIONS = frozenset({"noindent", "indent", "centering", "raggedright", "raggedleft"})
"""LaTeX's paragraph declarations: they take no argument, so a brace group right after one is printed text
(`\\noindent{\\hei 关键词：}`, `\\noindent{\\textbf{混合搜索空间}}。…`), not an argument of an unknown command to
skip."""
SYMBOLS = {
    "LaTeX": "LaTeX", "TeX": "TeX", "XeTeX": "XeTeX", "ldots": "…", "dots": "…", "textendash": "–",
    "textemdash": "—", "%": "%", "&": "&", "_": "_", "#": "#", "$": "$", "{": "{", "}": "}", " ": " ",
    ",": " ", ";": " ", "quad": " ", "qquad": " ", "enspace": " ", "\\": "\n", "newline": "\n", "slash": "/",
    "sim": "~",
}
"""Macros that print text (or a space). `\\sim` typed in text (`2\\sim3 倍`, TeX sets it as math) is the range mark
written as `~` in plain text."""
ACCENT_MACROS = frozenset({"'", "`", "^", '"', "~", "=", ".", "u", "v", "H", "c", "d", "b", "k", "r", "t"})
"""Text accents: `\\"{u}`, `\\"u`, `\\'{e}`, `\\c{c}` print their letter accented (pylatexenc's latex2text gives it)."""
LETTER_MACROS = {
    "ss": "ß", "o": "ø", "O": "Ø", "aa": "å", "AA": "Å", "ae": "æ", "AE": "Æ", "oe": "œ", "OE": "Œ", "l": "ł",
    "L": "Ł", "i": "ı", "j": "ȷ",
}
"""Macros that are letters of European names (`\\o`, `\\ss`): text, like SYMBOLS."""
CONDITIONAL_DEFINERS = {"newif": 1, "def": 1, "edef": 1, "gdef": 1, "xdef": 1, "let": 2, "newcommand": 1,
                        "renewcommand": 1, "providecommand": 1}
"""Commands and how many commands after them they define or set: an `\\if…` among those is named, not tested
(`\\newif\\ifdraft`, `\\let\\ifblind\\iffalse`)."""


def _context() -> macrospec.LatexContextDb:
    """pylatexenc's default context with the template macros' arguments and the verbatim environments."""
    db = latexwalker.get_default_latex_context_db()
    specs = [macrospec.MacroSpec(name, "{") for name in
             ("thusetup", "sustechsetup", "hitsetup", "ckeywords", "ekeywords", "ckeyword", "ekeyword", "keywords",
              "zhkeywords", "enkeywords", "englishkeywords", "entitle", "etitle", "ctitle", "englishtitle", "enauthor",
              "eauthor", "cauthor", "englishauthor", "subfile", "subfileinclude", "zihao", "upcite", "supercite",
              "parencite", "textcite", "autocite", "uline", "heiti", "songti", "kaishu", "fangsong",
              "CJKunderline", "addbibresource", "graphicspath", "hypersetup", "pagestyle", "thispagestyle",
              "pagenumbering", "printbibliography", "linespread", "captionsetup", "bibliographystyle",
              "displaytitle", "classification", "serialno", "confidentiality", "UDC", "todo", "TITLE", "AUTHOR",
              "KEYWORDS")]
    specs += [macrospec.MacroSpec(name, "{") for name, lang in KEYWORD_MACROS.items()
              if lang and name not in TYPED_KEYWORD_MACROS]
    specs += [macrospec.MacroSpec(name, "{{") for name in TYPED_KEYWORD_MACROS]
    specs += [macrospec.MacroSpec("caption", "[{"), macrospec.MacroSpec("bicaption", "[{[{"),
              macrospec.MacroSpec("bisubcaptionbox", "[{[{"), macrospec.MacroSpec("bisubcaption", "[{[{"),
              macrospec.MacroSpec("thesistitle", "{{{{"), macrospec.MacroSpec("thesisauthor", "{{"),
              macrospec.MacroSpec("includepdf", "[{"), macrospec.MacroSpec("addcontentsline", "{{{"),
              macrospec.MacroSpec("markboth", "{{"), macrospec.MacroSpec("setlength", "{{"),
              macrospec.MacroSpec("setcounter", "{{"), macrospec.MacroSpec("addtocounter", "{{"),
              macrospec.MacroSpec("fontsize", "{{"), macrospec.MacroSpec("texorpdfstring", "{{"),
              macrospec.MacroSpec("href", "{{"), macrospec.MacroSpec("import", "{{"),
              macrospec.MacroSpec("subimport", "{{"), macrospec.MacroSpec("footnotetext", "[{"),
              macrospec.MacroSpec("footnotemark", "["), macrospec.MacroSpec("SetCell", "[{"),
              macrospec.MacroSpec("SetRow", "[{"), macrospec.MacroSpec("SetCells", "[{")]
    # \footnotetext[1]{…} is a footnote as \footnote[1]{…} is (pylatexenc knows only the latter): without its
    # arguments, the optional [1] stood between the command and its text, which was then read as prose
    envs = [macrospec.EnvironmentSpec(name, args_parser=macrospec.VerbatimArgsParser(
        verbatim_arg_type="verbatim-environment")) for name in VERBATIM_ENVS]
    # tabularray's \SetCell[c=6]{c} sets a cell's spec (its `c` is no text either);
    # tabularray's tables take their spec as a brace group (`\begin{tblr}{colspec={lcc}, colsep=2pt}`), an
    # argument: its `c,` and `2pt,` are no text of the table
    envs += [macrospec.EnvironmentSpec(name, "[{") for name in TABULARRAY_ENVS]
    db.add_context_category("zhen-qa", macros=specs, environments=envs, prepend=True)
    # no specials: testing each character against them is a third of the parse; ~ and & are spaces in chars()
    return db.filter_context(keep_which=["macros", "environments"])


@functools.lru_cache(maxsize=1)
def parse_context() -> macrospec.LatexContextDb:
    """The parse context of every LaTeX file read, built on first use."""
    return _context()
