"""Keyword lines without a label: a bare list of terms ("味觉；判断；决策" / "Taste; judgment; decision-making"),
the line that closes a journal abstract printed one paragraph a line (MinerU, PubMed exports), told from prose by
its shape.

A keyword line after an abstract that lost its final full stop (PDF extraction) is not that paragraph's
continuation (`structure.parse_blocks`), and the sentence alignment never pairs it with prose
(`aligner.keyword_lines`).
"""
from __future__ import annotations

import re

from zhen_qa.manuscript.bullets import opens_item
from zhen_qa.manuscript.lazy_re import LazyPattern
from zhen_qa.manuscript.script import HAN, is_han

ITEM_SEP = re.compile(r"[,，;；、]")
"""What separates the items of a keyword list, in either width (also the aligner's split of a labelled one)."""
MIN_ITEMS = 3
"""Fewest items of a keyword line (journals ask for 3-8; two short clauses in a row are not a list)."""
MAX_ZH_ITEM = 20
"""Most characters (spaces aside) of a Chinese keyword ("新冠肺炎(COVID-19)", "情绪中介假说")."""
MAX_EN_WORDS = 8
"""Most words of an English keyword ("the butterfly theory of nurturing creativity")."""
MAX_EN_ITEM = 70
"""Most characters of an English keyword."""
_INSIDE_STOP = re.compile(r"[。！？!?]|\.\s")
"""A sentence ending inside the line: prose, not a list."""
_ENDS = frozenset("。！？!?.")
_KIND = {",": ",", "，": ",", ";": ";", "；": ";", "、": "、"}
"""Separators by kind: a keyword list uses one kind throughout, in either width."""


_SPACES = re.compile(r"[ \t\u3000]+")
_UNSEPARATED = LazyPattern(rf"[{HAN}A-Za-z0-9()（）\- \u3000]+")
"""What a Chinese keyword line whose separators were lost is made of: Han characters, Latin letters and digits (DRG,
COVID-19), brackets and hyphens; any other mark (a comma, a full stop, a colon) and it is no bare run of terms."""
MAX_UNSEPARATED = MAX_ZH_ITEM * MIN_ITEMS
"""Most characters (spaces aside) of a Chinese keyword line whose separators were lost: three keywords' worth."""


def is_keyword_line(text: str, lang: str) -> bool:
    """True when `text` (one line or paragraph) is a bare list of terms: at least MIN_ITEMS short items separated by
    commas, semicolons or 、 (one kind of them), with no sentence ending inside or after (but an English full stop);
    in Chinese also by spaces ("味觉 判断 决策"), where the line holds no other separator. A bulleted line is a list
    item ("• You have vision changes, such as blurred, tunnel or double vision."), never a keyword line."""
    core = text.strip()
    core = (core[:-1] if lang == "en" and core.endswith(".") else core).strip()
    if not core or _INSIDE_STOP.search(core) or core[-1] in _ENDS or opens_item(core):
        return False
    if len({_KIND[c] for c in ITEM_SEP.findall(core)}) > 1:
        return False  # "，如血管炎、皮肌炎": an enumeration inside a clause, not a list of terms
    sep = ITEM_SEP if lang != "zh" or ITEM_SEP.search(core) or not _UNSEPARATED.fullmatch(core) else _SPACES
    items = [item.strip() for item in sep.split(core)]
    if len(items) < MIN_ITEMS or not all(items):
        return False
    if lang == "zh":
        return all(len(item.replace(" ", "")) <= MAX_ZH_ITEM for item in items)
    return all(len(item) <= MAX_EN_ITEM and len(item.split()) <= MAX_EN_WORDS for item in items)


ZH_SPACE_SEP = re.compile(f"(?<=[{HAN}）)])[ \\t\u3000]+(?=[{HAN}A-Za-z0-9])"
                          f"|(?<=[A-Za-z0-9])[ \\t\u3000]+(?=[{HAN}])")
"""A space between two Chinese keywords ("干细胞 分泌组 再生医学", "关键词：帕金森病　COVID-19　疫苗", as many Chinese
journals print them): after Han or a closing bracket, or between Latin and Han; never between two Latin words (a
keyword "deep learning") nor before an opening bracket ("新冠肺炎 (COVID-19)")."""


def keyword_separator(text: str, lang: str) -> re.Pattern[str]:
    """What separates the items of a labelled keyword line: commas, semicolons or 、; in a Chinese line that has
    none of them and is made of terms only (`_UNSEPARATED`), the spaces between its keywords (`ZH_SPACE_SEP`)."""
    if lang == "zh" and not ITEM_SEP.search(text) and _UNSEPARATED.fullmatch(text.strip(" \t\u3000。.")):
        return ZH_SPACE_SEP
    return ITEM_SEP


def is_unseparated_terms(text: str) -> bool:
    """True when a Chinese line may be a keyword line whose separators PDF extraction lost ("疾病诊断相关分组专利医疗
    医保"): short, no punctuation at all, mostly Han. Only the other side's keyword line at the same place says so."""
    core = text.strip()
    return (0 < len(core.replace(" ", "")) <= MAX_UNSEPARATED and bool(_UNSEPARATED.fullmatch(core))
            and sum(map(is_han, core)) * 2 > len(core))


_PROSE_MARK = LazyPattern(r"[。！？：:]")
"""A sentence's end or a colon: what a keyword list after its label does not hold (关键词提取提示词：…)."""
_SLASH = LazyPattern(r"[/／]")
"""A keyword list's separator some journals use (帕金森病/新冠肺炎/疫苗), read as a semicolon for the list test."""
MAX_CLOSED_ITEM = 8
"""Most Han characters of an item of a glued keyword list closed by a full stop (帕金森病，新冠肺炎，疫苗。; a
Chinese keyword is 2-8 characters): clauses of prose closed so (关键词提取会在检索之前运行，…。) run longer."""


def keywords_word_goes_on(text: str, label_end: int) -> bool:
    """Whether 关键词 opening `text` (`structure.ZH_KEYWORDS` matched up to `label_end`) is the first word of prose,
    not the keywords label: glued to the Han text after it, no colon, bracket or space between, and what follows is
    no keyword list (关键词提取提示词：用于从问题中提取关键词的提示词模板, 关键词提取会在检索之前运行; a PDF's
    关键词帕金森病；新冠肺炎；疫苗, 关键词帕金森病/新冠肺炎/疫苗 and 关键词帕金森病，新冠肺炎，疫苗。 stay labels)."""
    if label_end >= len(text) or not is_han(text[label_end]) or not is_han(text[label_end - 1]):
        return False
    rest = text[label_end:].strip()
    listed = _SLASH.sub("；", rest)
    if is_keyword_line(listed, "zh"):
        return False
    closed = listed[:-1] if listed.endswith(("。", ".")) else ""
    if closed and is_keyword_line(closed, "zh") and all(
            sum(map(is_han, item)) <= MAX_CLOSED_ITEM for item in ITEM_SEP.split(closed)):
        return False  # some journals close the keyword line with a full stop
    return _PROSE_MARK.search(rest) is not None or not ITEM_SEP.search(listed)


def single_glued_keyword(rest: str) -> bool:
    """Whether `rest`, the text glued to 关键词 that `keywords_word_goes_on` calls prose, may be one keyword whose
    separator PDF extraction lost (关键词帕金森病): terms only (`_UNSEPARATED`, no mark at all), no longer than one
    keyword (MAX_ZH_ITEM). Its shape is that of 关键词提取会在检索之前运行 too: only its place after an abstract tells
    it (`structure._keyword_after_abstract`)."""
    core = rest.strip()
    return 0 < len(core.replace(" ", "")) <= MAX_ZH_ITEM and bool(_UNSEPARATED.fullmatch(core))


MIN_PARAGRAPH_LINE = {"zh": 100, "en": 200}
"""Least length (characters) of the line before a keyword line for the list to start a block of its own: a paragraph
printed on one line (an abstract), not a hard-wrapped line, whose next line may well be a run of short phrases. A
Chinese character carries about two English ones, and a printed Chinese line holds 40 or fewer. A line of mixed
script is held to the English length."""


def starts_own_block(previous_line: str, line: str, lang: str) -> bool:
    """True when `line` is a keyword line with no final full stop after a paragraph printed on one line: the
    keywords that follow an abstract whose last full stop PDF extraction lost ("… of Dendrobium" then "Dendrobium,
    antitumor, active ingredient, mechanism of action"), not the rest of its last sentence."""
    least = MIN_PARAGRAPH_LINE.get(lang, MIN_PARAGRAPH_LINE["en"])
    return len(previous_line) >= least and not line.rstrip().endswith(("。", ".")) and is_keyword_line(line, lang)
