"""Sentence segmentation for Chinese and English, as spans into the given text.

Spans are (start, end) offsets with surrounding whitespace trimmed, so callers can map
them back to the original file through `MappedText.slice`.
"""
from __future__ import annotations

import re

from zhen_qa.manuscript.lazy_re import LazyPattern
from zhen_qa.manuscript.script import is_han

_ZH_END = "。！？!?"
"""Sentence-final marks; ；/; join clauses of one sentence in both languages, so neither side splits there."""
_ZH_OPEN = "“‘「『（(《〈【["
_ZH_CLOSE = "”’」』）)》〉】]"
_CLOSERS = frozenset(_ZH_CLOSE + "\"'")
_FULL_STOP = "\uff0e"
"""．, the full stop of Chinese science and technology journals (GB/T 15834-1995: 句号还有一种形式，即一个小圆点，
一般在科技文献中使用)."""
_ENUMERATOR = re.compile(r"(?:^|(?<=[\s#>*。！？；：，、．(（]))"
                         r"[\dA-Za-z\uff10-\uff19\uff21-\uff3a\uff41-\uff5a一二三四五六七八九十]{1,3}\Z", re.M)
"""An enumerator's number or letter, ASCII or full-width, right before its ． (1．方法, Ａ．方法, ### 2．当使用…,
。3．结果): at a line's start, after a space or markup, or after a mark that ends the sentence or clause before it."""
_CAPTION_LABEL = re.compile(r"(?:^|(?<=[\s#>*。！？；：．]))(?:附?[图表]|Fig(?:ure)?\.? ?|Table ?)\s*"
                            r"[SsＳ]?[\d\uff10-\uff19]{1,3}(?:[-–.．][\d\uff10-\uff19]{1,3})?\Z", re.M)
"""A figure's or a table's caption label right before its ． (表1．各组患者的基线资料, 图 2-1．…, 附表S1．…): at a
line's start or after a sentence's end, not a sentence's last word (结果见表1．)."""
_FULL_DIGIT = re.compile(r"[0-9\uff10-\uff19]")
"""A digit, ASCII or full-width (older Chinese text types numbers full-width: １２．５％)."""
_SAME = str.maketrans("（）【】", "()[]")
"""Full-width brackets as their half-width forms: a bracket opened in one width and closed in the other
(三价灭活流感疫苗(IIV3）, a common slip) is still closed."""
_PAIR = {o: c.translate(_SAME) for o, c in zip(_ZH_OPEN, _ZH_CLOSE)}
"""Opening mark -> its closing mark, width folded."""
_NEXT_OF_PAIR = {
    c.translate(_SAME): LazyPattern("[" + re.escape("".join(o + k for o, k in zip(_ZH_OPEN, _ZH_CLOSE)
                                                          if k.translate(_SAME) == c.translate(_SAME))) + "]")
    for c in _ZH_CLOSE
}
"""Closing mark (width folded) -> a pattern for the next mark of its pair, in either width."""
_ZH_MARK = re.compile("[" + re.escape("\n" + _ZH_OPEN + _ZH_CLOSE + _ZH_END + "…." + _FULL_STOP) + "]")
"""The characters `split_zh` acts on."""


def _half_width_stop(text: str, i: int) -> bool:
    """Whether the "." at i ends a Chinese sentence written with a half-width stop: after a Han character and
    before a space, a Han character or the end (研究进展. EZH2是…, a title joined to its abstract); not in a decimal,
    an abbreviation or a file name, which have Latin or digits before the dot."""
    if i == 0 or not is_han(text[i - 1]):
        return False
    return i + 1 == len(text) or text[i + 1].isspace() or is_han(text[i + 1])


def _full_width_stop(text: str, i: int) -> bool:
    """Whether the "．" at i ends a Chinese sentence: not in a number (0．5, １２．５: digits, ASCII or full-width,
    on both sides) nor after an enumerator that opens its line (1．方法, ### 2．当使用…), nor between Latin letters
    or digits (a domain typed with a Chinese input method, www．example．com; v1．2); after Latin text only before
    Han, a space, a closing mark or the end (敲除了UBXD8．我们…); nor in a run of them (．．．, an ellipsis)."""
    before = text[i - 1] if i > 0 else ""
    after = text[i + 1] if i + 1 < len(text) else ""
    if _FULL_STOP in (before, after):
        return False  # ．．． an ellipsis typed with full-width dots: the sentence goes on
    if _FULL_DIGIT.fullmatch(before) and _FULL_DIGIT.fullmatch(after):
        return False  # １２．５％, Ｐ＜０．０５: a decimal typed in full-width digits
    if before.isascii() and before.isalnum():
        if after.isascii() and after.isalnum():
            return False
        if after and not (is_han(after) or after.isspace() or after in _CLOSERS):
            return False
    return not (_ENUMERATOR.search(text, max(0, i - 4), i) or _CAPTION_LABEL.search(text, max(0, i - 16), i))


_URL_PATH_BEFORE = LazyPattern(
    r"[\w\-.~%]*[.:][\w\-.~%:@]*/[\w\-.~%:@/]*\Z|(?<![\w\-.~%:@/])/[\w\-.~%:@][\w\-.~%:@/]*\Z", re.ASCII)
"""A URL or a host path right before a question mark: a dot or a colon (a domain, a scheme, a port) and then a slash
in one run of URL characters (ASCII only, so Chinese text glued before it is no part of it); or a root-relative path,
a run of URL characters that opens with its slash ("/index.html", "/api/v1/users": the path of an HTTP request)."""
_QUERY_AFTER = LazyPattern(r"[A-Za-z0-9_\-.~%]+[=&]", re.ASCII)
"""A query string's first parameter after the question mark: `project=quickstart`, `q=1&lang=zh`."""


def url_query(text: str, i: int) -> bool:
    """Whether the "?" at i opens a URL's query string (`localhost:8080/deployments?project=quickstart`, in a link
    text or bare; `"/index.html?name=value"`, a request's path): a URL path runs right up to it and a `name=`
    parameter follows with no space; such a "?" asks nothing and ends no sentence. A question mark after a URL and a
    space or a word ("…/docs? 是的", "…/docs?Yes") still does."""
    return _QUERY_AFTER.match(text, i + 1) is not None and _URL_PATH_BEFORE.search(text, max(0, i - 200), i) is not None


def _trimmed(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


def _spans(text: str, cuts: list[int]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    prev = 0
    for cut in cuts + [len(text)]:
        span = _trimmed(text, prev, cut)
        if span:
            out.append(span)
        prev = cut
    return out


def _prefix_not(text: str, i: int) -> bool:
    """The `!` at `i` is a negation written before a Latin name (取反操作， !dev 表示 dev 未激活时, `!important`): an
    ASCII letter or _ right after it, and no letter, digit or Han character right before it (好的!Next and 完成!OK
    still end a sentence; an exclamation mark is glued to the word it ends, a negation to the word it negates)."""
    after = text[i + 1:i + 2]
    before = text[i - 1:i] if i else ""
    return bool(after) and after.isascii() and (after.isalpha() or after == "_") \
        and not (before.isalnum() or before in ("!", "_"))


def split_zh(text: str) -> list[tuple[int, int]]:
    """Split Chinese text on 。！？……, the science journals' ． and line breaks, never inside quotes or brackets.

    A sentence-final mark inside quotes or brackets ends the sentence only when the
    closing quote follows it directly (他说：“走吧。”他走了。 is two sentences).
    """
    cuts: list[int] = []
    stack: list[str] = []
    found: dict[str, int] = {}
    i, n = 0, len(text)
    search = _ZH_MARK.search
    while i < n:
        mark = search(text, i)  # every other character leaves the state as it is: skip them in C
        if mark is None:
            break
        i = mark.start()
        ch = text[i]
        if ch == "\n":
            stack.clear()
            cuts.append(i)
        elif ch in _PAIR:
            stack.append(_PAIR[ch])
        elif ch in _ZH_CLOSE:
            ch = ch.translate(_SAME)
            if ch in stack:
                while stack and stack.pop() != ch:
                    pass
        elif (ch == "." and not _half_width_stop(text, i)) or (ch == _FULL_STOP and not _full_width_stop(text, i)):
            pass
        elif ch == "!" and (text.startswith("!=", i) or _prefix_not(text, i)):
            pass  # 如果 biz-status != 0，则…, 取反操作， !dev 表示…: an operator written in the prose, no exclamation
        elif ch == "?" and url_query(text, i):
            pass  # localhost:8080/deployments?project=quickstart: a URL's query string, no question's end
        elif ch in _ZH_END or ch in "." + _FULL_STOP or (ch == "…" and text.startswith("……", i)):
            j = i + (2 if ch == "…" else 1)
            while j < n and (text[j] in _ZH_END or text[j] == "…"):
                j += 1
            if not stack:
                # closing marks that directly follow still belong to this sentence
                while j < n and text[j] in _CLOSERS:
                    j += 1
                cuts.append(j)
            else:
                k = j
                depth = len(stack)
                while k < n and text[k] in _ZH_CLOSE and depth:
                    if text[k].translate(_SAME) == stack[depth - 1]:
                        depth -= 1
                    k += 1
                if depth == 0:
                    stack.clear()
                    cuts.append(k)
                    j = k
                else:
                    _drop_unclosed(text, j, stack, found)
                    if not stack:
                        cuts.append(j)
            i = j
            continue
        i += 1
    return _join_code_examples(text, _spans(text, cuts))


_ITEM = r"(?:\ufffc|[A-Za-z_$][\w$]*(?:[.\-:][\w$]+)*(?:\(\))?)"
_CODE_EXAMPLE = re.compile(
    r"(?:(?P<marker>例如|比如|譬如|诸如|如下|如|即)\s*[：:，,]?\s*)?"
    + _ITEM + r"(?:\s*(?:[、，,和与及或]|以及)\s*" + _ITEM + r")*\s*[。！？!?…]*"
)
"""A unit of only a discourse marker (例如, 如：, 即) and code spans (U+FFFC in the prose view) or identifiers."""


def _join_code_examples(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans with a code-example unit ("例如 `{left: 23}`。", "`a`和`b`。") joined to the sentence before it.

    Such a unit has no predicate: it completes the sentence before it, which English writes as one
    sentence ("...; e.g.: `{left: 23}`."). Splitting it off leaves a fragment no English sentence
    renders, so the splitter keeps it with its sentence (on the same line only: a code line of its own
    is a block of its own). Without a marker at least one code span is required, so "OK!" stays a sentence.
    """
    out: list[tuple[int, int]] = []
    for a, b in spans:
        m = _CODE_EXAMPLE.fullmatch(text, a, b)
        if out and m and (m.group("marker") or "\ufffc" in text[a:b]) and "\n" not in text[out[-1][1]:a]:
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def _drop_unclosed(text: str, at: int, stack: list[str], found: dict[str, int]) -> None:
    """Pop the innermost open marks that are never closed: after `at` the next mark of their pair opens
    another one, or none follows (统计学意义（ with its content lost, then 两组患者…。…（P<0.05）).

    A quotation or parenthesis holding several sentences closes before the next one opens, so it stays.
    `found`: closing mark -> position of the next mark of its pair found by an earlier call (or len(text) for
    none), reused while `at` has not passed it, so a long quotation is searched once, not once a sentence.
    """
    while stack:
        close = stack[-1]
        pos = found.get(close, -1)
        if pos < at:
            nxt = _NEXT_OF_PAIR[close].search(text, at)
            pos = found[close] = len(text) if nxt is None else nxt.start()
        if pos < len(text) and text[pos].translate(_SAME) == close:
            return
        stack.pop()


ABBREVIATIONS = frozenset(
    """et al e.g i.e fig figs vs no nos dr mr mrs ms prof st jr sr inc ltd co corp dept univ vol
    eq eqs ref refs approx ca cf etc ed eds p pp ch sec tab suppl jan feb mar apr jun jul aug sep
    sept oct nov dec mt gen col resp incl max min""".split()
)
"""Lower-cased words (without the final period) after which a period does not end a sentence."""

_NON_FINAL = frozenset(
    "e.g i.e cf vs fig figs no nos dr mr mrs ms prof st eq eqs ref refs approx ca ed eds p pp ch sec tab vol".split()
)
"""Abbreviations that are practically never sentence-final, even before a capital letter."""

_EN_CAND = re.compile(r"[.!?]+")
FLAT_REFERENCE_NUMBERS = r"\d{1,3}(?:[,\-–]\d{1,3})*"
"""Reference numbers of a superscript citation that PDF and web extraction flattened onto the text: "15,28", "1-3",
"7–9" (numbers of up to three digits joined by commas, hyphens or en dashes). The one definition the sentence
splitter (`_FLAT_CITATION`) and the citation reader (`aligner.citations`: trailing and glued markers) share."""
_CITATION_MARK = LazyPattern(r"\[\d+(?:[,–\-]\s?\d+)*\]|\^\d+(?:[,–\-]\d+)*")
"""A citation marker attached to a sentence's end mark: ".[12]", ".^12,13"."""

_FLAT_CITATION = re.compile(FLAT_REFERENCE_NUMBERS + r"(?=\s+[A-Z])")
"""Citation numbers right after a sentence's period, as PDF and web extraction flatten superscripts
("limited.15,28 Fourth"): they end that sentence when a capital follows. Only after a lower-case word or ")";
a period after a digit is a decimal point or a year ("in 2019.12 Patients" stays ambiguous and uncut)."""
_BRACKET_CLOSERS = frozenset(")]")
"""Brackets closed after a sentence's period, after which extraction leaves a space before a flattened citation."""
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)$")
_GLUED_BEFORE = re.compile(
    r"(?:^|(?<=[\s(\"'\u201c]))(?:[A-Za-z0-9]+-)*([a-z]{3,}|[A-Z]{2,}s?|[A-Z][a-z]{2,})$|(?<=[a-z] )\d+$"
    r"|(?:^|(?<=[\s(\"'\u201c/]))(?:(?:[A-Za-z0-9]+-)*[A-Za-z]+|(?:[A-Za-z0-9]+-)+)\d{1,3}$"
    r"|(?:^|(?<=[\s(\"'\u201c/]))(?:[A-Za-z]*\d+[A-Za-z]*-)+[A-Za-z]$")
_GLUED_NEXT = re.compile(r"[A-Z][a-z]+(?=[\s,;:]|$)|\[[A-Z][a-z]+(?:[/ ,&]+[A-Za-z]+)*\]|\([1-9]\d?\) ?[A-Z]")
_GLUED_BRACKET = re.compile(r"(?:^|(?<=\s))\([^()\s][^()]{0,60}\)$")
"""Two sentences glued by a lost space, as PDF extraction leaves them ("cities.In Singapore"): before the mark a word
standing on its own (not "java.lang" nor "U.S"): a lower-case word of three letters or more, an acronym ("EU.Although",
"rVSV-ZEBOV.The"), either as the last part of a hyphenated word ("side-effects.In"), or a number after a lower-case
word ("in 2018.In"), or a gene, protein or model name ending in a number, alone or after a slash or hyphen
("CRISPR/Cas9.We", "p53.The", "IL-6.These"); or a bracket opened after a space ("(IED).The IED"; not "f().Then");
after the mark a capitalised word, a bracketed section label ("think tanks.[Method/process] This") or a bracketed
enumerator before one ("construction lands.(3) Both the"): not a dotted name, an initial, a decimal or a citation."""
_GLUED_ACRONYM = LazyPattern(r"[A-Z][A-Z0-9]+[A-Za-z0-9\-]*(?=[\s,;:])")
"""An acronym or a code name opening a sentence glued to the previous one's period ("variations.PMKB is",
"enrolled.DNA was", "transfusion.SARS-CoV-2 RNA")."""


def _glued_acronym(text: str, at: int) -> bool:
    """Whether an acronym at `at`, right after a period with no space, opens a sentence (`_GLUED_ACRONYM`): the text
    writes it elsewhere on its own too, so the period is no part of a dotted name ("socket.IO", "bolt.SE", always
    written so)."""
    m = _GLUED_ACRONYM.match(text, at)
    if m is None:
        return False
    alone = re.compile(r"(?<![\w.\-])" + re.escape(m.group()) + r"(?![\w\-])")
    return any(a.start() != at for a in alone.finditer(text))


GLUED_ENDING_ABBREVIATIONS = frozenset({"etc", "inc", "ltd", "corp"})
"""Abbreviations that end a list or a name and so, before a capitalised word, a sentence ("etc.This"), as
`_period_ends` takes them when a space follows."""


def split_en(text: str) -> list[tuple[int, int]]:
    """Split English text on . ! ? and line breaks, respecting abbreviations, decimals and initials.

    Citation markers ([12], superscript-style ^12) and closing quotes/brackets after the
    final mark stay with the sentence they end.
    """
    cuts: list[int] = [m.start() for m in re.finditer("\n", text)]
    n = len(text)
    for m in _EN_CAND.finditer(text):
        s, e = m.start(), m.end()
        j = e
        # closers and citation markers attached to the end: ." .) .[12] .12,13
        while j < n:
            if text[j] in _CLOSERS:
                j += 1
                continue
            cm = _CITATION_MARK.match(text, j)  # at j, not on a slice: a slice copies the rest of the text
            if cm:
                j = cm.end()
                continue
            after_word = e - s == 1 and text[s] == "." and s and (text[s - 1].islower() or text[s - 1] == ")"
                                                                   or _label_letter_before(text, s))
            if j == e and after_word:
                fm = _FLAT_CITATION.match(text, j)
                if fm:  # a superscript citation flattened by extraction: "management.38 Third, ..."
                    j = fm.end()
                    continue
            if j > e and after_word and text[j] == " " and text[j - 1] in _BRACKET_CLOSERS:
                fm = _FLAT_CITATION.match(text, j + 1)
                if fm:  # the same after a closing bracket and a space: "(… at NEJM.org.) 12,13 We randomly …"
                    j = fm.end()
            break
        if j < n and not text[j].isspace():
            if j == e and text[s:e] == "?" and url_query(text, s):
                continue  # example.org/search?q=1: a URL's query string
            glued = j == e and (_GLUED_NEXT.match(text, j) is not None or _glued_acronym(text, j))
            word = _GLUED_BEFORE.search(text, max(0, s - 40), s) if glued else None
            if word and _glued_word_ends(text, word) or glued and _GLUED_BRACKET.search(text, max(0, s - 64), s):
                cuts.append(j)  # "... in 200 cities.In Singapore, ...": a space lost between two sentences
            elif j == e and _glued_label_or_item(text, s, j):
                cuts.append(j)  # "schedule.MethodsThe first", "complicated.(3） The", "River\".(4) The"
            elif glued and text[s] == "." and _TAXON_NOV.search(text, max(0, s - 12), s):
                cuts.append(j)  # "Pseudoratufa wanensis gen. et sp.nov.The material": a new taxon's name ends
            continue  # 3.5, e.g.x, U.S.A: no space after the mark
        if j >= n:
            continue
        # next non-space character
        k = j
        while k < n and text[k] in " \t":
            k += 1
        if k >= n or text[k] == "\n":
            continue
        nxt = text[k]
        if text[s] == ".":
            if e - s == 1 and not _period_ends(text, s, nxt):
                continue
            if text.startswith(".)", s) and _PARENTHESISED_AUTHOR.search(text, max(0, s - 40), s):
                continue  # "Paraprenanthes sororia (Miq.) C.Shih.": the author of the basionym, a name goes on
        if nxt.islower():
            continue  # "e.g. the", "et al. reported"
        if nxt == "(" and _LOWER_ASIDE.match(text, k) and _REFERENCE_ASIDE.match(text, k):
            continue  # "… according to country. (details … are provided in Tables S6 through S10.)"
        cuts.append(j)
    return _spans(text, sorted(set(cuts)))


_LOWER_ASIDE = LazyPattern(r"\((?!(?:i{1,3}|iv|vi{0,3}|ix|x)\))[a-z]{3,}\b(?!\))")
"""A parenthesis opening with a lower-case word after a sentence's stop: an aside to that sentence ("(details are
provided in Tables S6 through S10.)"), no sentence of its own, as the Chinese writes it inside its sentence
（…）; not a lower-case list label ("(a) the", "(iii) the")."""
_REFERENCE_ASIDE = LazyPattern(
    r"\([^()\n]{0,200}?\b(?:Tables?|Fig(?:ure)?s?\.?|Appendix|Appendices|Supplementa(?:ry|l)|Section|Chapter|Methods)\b"
    r"[^()\n]{0,200}\)")
"""Such an aside points the reader to a table, figure or appendix ("details are in Tables S6 to S10"): a pointer the
Chinese keeps inside its sentence. A lower-case parenthesis that says something of its own ("(the adjustment we made
… was not prespecified.)") stays a sentence, so that where the Chinese lacks it, it is reported (review48 A1)."""


_GLUED_SECTION_LABEL = LazyPattern(
    r"(?:Objectives?|Aims?|Purpose|Background|Methods?|Results?|Conclusions?)(?=[A-Z][a-z])")
"""A structured abstract's section label glued to the previous sentence's period and to its own first word, as PDF
extraction leaves it ("schedule.MethodsThe first case"): the label opens a new sentence."""
_GLUED_ITEM = LazyPattern(r"[(（]?[1-9]\d?[)）] ?[A-Z]")
"""An enumerator, bracketed or closed only, either bracket half- or full-width, before a capitalised word: "(3） The",
"(4) The", "3) Compared"."""
_CLOSED_BEFORE = LazyPattern(r"[)）]$")
"""A bracket closed right before a period: "(P<0.10).3) Compared" (a sentence ending in a parenthesis)."""
_WORD_QUOTED_BEFORE = LazyPattern(r"(?:^|(?<=\s))[A-Za-z]{3,}[\"\u201d\u2019]?$")
"""A word of three letters or more, possibly closed by a quotation mark, right before a period: "River\"", "lands"."""


def _glued_label_or_item(text: str, dot: int, after: int) -> bool:
    """Whether a period with no space after it ends its sentence because an abstract's section label or a list item
    starts the next one: "schedule.MethodsThe", "complicated.(3） The", "River\".(4) The", "(P<0.10).3) Compared"
    (PDF extraction drops the space; the item may follow a closing quote or bracket and mix bracket widths). Not
    after an abbreviation ("Fig.(3) The", "Eq.(3)", "Fig.3) The") nor a number ("0.3) The")."""
    item = _GLUED_ITEM.match(text, after)
    if not (item or _GLUED_SECTION_LABEL.match(text, after)):
        return False
    if item and _CLOSED_BEFORE.search(text, max(0, dot - 1), dot):
        return True  # "decrease CS (P<0.10).3) Compared": a parenthesis, then the period, then the next item
    word = _WORD_QUOTED_BEFORE.search(text, max(0, dot - 40), dot)
    if word is None:
        return False
    low = word.group().rstrip("\"\u201d\u2019").lower()
    return low not in ABBREVIATIONS and low not in _NON_FINAL


_SENTENCE_OPENERS = frozenset(
    """the a an this these those it its they their there here we our he his she her on at by as from
    to with within during after before since while when although though because if however moreover furthermore
    therefore thus hence finally meanwhile besides also both each several many most such""".split())
"""Closed-class English words (determiners, pronouns, prepositions, conjunctions, connectives) that open sentences
and are no member of a dotted code name: after a capitalised word and a period with no space ("in China.This",
"DO and Agit.The") they open a new sentence, where "System.Console" or "Dialog.Component" is one name. Not the
closed-class words that .NET, NUnit and F# name members by (Parallel.For, Console.In, Enumerable.All, Assert.That,
Option.Some, Has.No, Mock.Of): "Use Parallel.For to run the loop" is one sentence."""
_TAXON_NOV = LazyPattern(r"(?<![A-Za-z])(?:sp|spp|gen|comb|subsp|ssp|fam|ord|nom)\.\s?nov$", re.IGNORECASE)
"""The end of a new taxon's name, "sp. nov.", "gen. et sp.nov.": `nov.` is no month there and ends the name."""
_PARENTHESISED_AUTHOR = LazyPattern(r"(?<![A-Za-z])[a-z]{3,} ?\([A-Z][a-z]{1,11}$")
"""A lower-case word (a species epithet) and, in parentheses, one capitalised word before its period: the
abbreviated author of a plant or animal name's basionym ("sororia (Miq.) C.Shih.", "repens (Lour.) Druce"), which
the author of the new combination follows; the period is the abbreviation's, no sentence's end."""
_PATH_TOKEN = re.compile(r"(?:^|(?<=\s))\S*[.:]\S*/\S*\Z")
"""The text before a word that sits in a URL or a path: a dot or a colon (a domain, a scheme, a drive) and then a
slash in one run without spaces."""


def _glued_word_ends(text: str, word: re.Match[str]) -> bool:
    """Whether the word before a period glued to a capitalised word ends its sentence: not an abbreviation
    ("fig.In", "vs.The") unless one that ends a list or a name ("etc.This"), nor a heading's numeral label at a
    line's start ("III.Pathological Changes"); a number does."""
    if _PATH_TOKEN.search(text, max(0, word.start() - 200), word.start()):
        return False  # https://example.org/v2.Users, C:/data/run2.Log: a URL's or a path's dot, no sentence end
    last = word.group(1)
    if last is None:
        return True
    if _ROMAN_LABEL.fullmatch(last) and _LINE_START.search(text, max(0, word.start() - 40), word.start()):
        return False
    low = last.lower()
    if last[0].isupper() and last[1:].islower():  # "in China.This", not "System.Console" (a dotted code name)
        nxt = re.match(r"[A-Za-z]+", text[word.end() + 1:word.end() + 16])
        if nxt is None or nxt.group().lower() not in _SENTENCE_OPENERS:
            return False
    return low not in ABBREVIATIONS or low in GLUED_ENDING_ABBREVIATIONS


def _period_ends(text: str, dot: int, nxt: str) -> bool:
    m = _WORD_BEFORE.search(text, max(0, dot - 40), dot)
    if not m:
        return _SECTION_NUMBER.search(text, max(0, dot - 40), dot) is None
    word = m.group(1)
    low = word.lower().rstrip(".")
    if _ROMAN_LABEL.fullmatch(word) and _LINE_START.search(text, max(0, m.start() - 40), m.start()):
        return False  # a heading's numeral label: "VIII. Differential Diagnosis" is one heading, not two units
    if len(word) == 1 and word.isupper():
        return _letter_label_ends(text, m.start())  # initial "J. Smith", or a label "in group B. There"
    if "." in word and len(word.replace(".", "")) <= 4:
        return False  # U.S. / e.g. / i.e.
    if word == "No" and _answer(text, m.start(), dot):
        return True  # "### Q6: Can Timing Flags be reused?" answered "No. If two identical …": the answer, a sentence
    if low in _NON_FINAL:
        return False
    if low == "nov" and _TAXON_NOV.search(text, max(0, dot - 12), dot):
        return nxt.isupper()  # "Mina hui gen. et sp. nov. The holotype": the new taxon's name ends there
    if low in ABBREVIATIONS:
        return not (nxt.isdigit() or nxt in "([") and low in ("etc", "al", "inc", "ltd", "co", "corp") and nxt.isupper()
    return True


_ANSWER_NEXT = LazyPattern(r"[ \t]+[A-Z][a-z]+\b(?![.\d])")
"""A capitalised word after "No.": a sentence's first word ("No. If …"), not a number or a label ("No. 5", "No. A1")."""


def _answer(text: str, start: int, dot: int) -> bool:
    """Whether "No." from `start` to the period at `dot` is a short answer opening its line (a FAQ's "No. If two
    identical flags are injected, …"): only blanks before it on its line and a capitalised word after it. "No." as
    the abbreviation of "number" stands before a number or a label ("No. 5", "Patent No. 12"), or inside a line."""
    return _LINE_START.search(text, max(0, start - 40), start) is not None and \
        _ANSWER_NEXT.match(text, dot + 1) is not None


_ROMAN_LABEL = LazyPattern(r"X{0,3}(?:IX|IV|V?I{0,3})")
"""An upper-case Roman numeral of I to XXXIX, as sections and list items are numbered (no C, D, L or M, so an
abbreviation such as "CD." or "MD." at a line's start is not taken for one)."""
_SECTION_NUMBER = LazyPattern(r"(?:^|\n)[ \t]*[1-9]\d?(?:\.\d{1,2})*$")
"""A list or section number alone at a line's start ("1.", "2.2." before "After discharge"): its period labels the
line, as 1.定点医院 does in the Chinese, and ends no sentence. Levels of one or two digits (a label,
not a year), unlike `structure.DOTTED_NUMBER`."""
_LINE_START = LazyPattern(r"(?:^|\n)[ \t]*$")
"""Only blanks between the start of a line (or of the text) and the end of the search window."""
_LABEL_NOUN_BEFORE = LazyPattern(r"(?:^|(?<=[\s(]))([a-z]{3,}) $")
"""A lower-case word of three letters or more and one space, right before a capital letter and its period."""
_NOT_LABEL_NOUNS = frozenset(
    "and the for from with nor but than via per see plus versus including between among".split()
)
"""Function words after which a capital letter and period are an initial ("Smith and J. Brown", "with A. Li")."""


def _letter_label_ends(text: str, letter: int) -> bool:
    """Whether a single capital letter and its period (at `letter`, before a capitalised word) end a sentence:
    a letter that labels the common noun before it (group B, hepatitis B, type I, vitamin D) ends one ("…108
    screws in group B. There was…"); after a capitalised word, another initial, a function word, a bracket or at
    the start it is an initial ("J. R. Smith", "Dr. A. Li", "with A. Li") and does not."""
    m = _LABEL_NOUN_BEFORE.search(text, max(0, letter - 40), letter)
    return m is not None and m.group(1) not in _NOT_LABEL_NOUNS


def _label_letter_before(text: str, dot: int) -> bool:
    """Whether the period at `dot` follows a single capital letter that labels the common noun before it ("model C",
    "group B", `_letter_label_ends`): such a letter ends its sentence as a lower-case word does, so superscript citation
    numbers flattened onto the period ("according to the ENGOT model C.12 The sponsor …") end it too. An initial
    ("Vitamin B.12", "J.12") is no label."""
    letter = dot - 1
    return text[letter].isupper() and (letter == 0 or not text[letter - 1].isalpha()) \
        and _letter_label_ends(text, letter)


LINE_SENTENCE_SHARE = 0.85
"""Share of non-blank lines that must hold at most one sentence for a file to be one sentence a line."""
MIN_LINES = 4
"""Fewest non-blank lines for that judgement: shorter files are ordinary paragraphs."""


GOES_ON_MARKS = tuple("，、；,;")
"""Last characters of a line whose sentence goes on in the next (a clause mark)."""
EN_STOPS = tuple(".!?:;")


CASED_SHARE = 0.1
"""Least share of lines starting with a capital letter for an English text to be cased: a lower-cased corpus
(ParaMed's tokenized English) starts every sentence in lower case, so there a lower-case start says nothing."""


def goes_on(line: str, next_line: str, lang: str, cased: bool = True) -> bool:
    """True when `line`'s sentence goes on in `next_line`, as in hard-wrapped text (a PDF's, wrapped at the page's
    width mid-sentence): the line ends in a clause mark, or, in `cased` English, ends without a stop before a line
    that starts in lower case ("shows how well your" / "kidneys are working."). A file of one sentence a line has
    neither: its lines end their sentences, and a heading without a stop is followed by a capitalised sentence."""
    core = line.rstrip()
    if not core:
        return False
    if core.endswith(GOES_ON_MARKS):
        return True
    return lang == "en" and cased and next_line.lstrip()[:1].islower() and not core.endswith(EN_STOPS)


_TABLE_DELIMITER = LazyPattern(r"\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*")
"""The delimiter row under a Markdown table's header (`| --- | :---: |`, `---|---`): two columns or more."""


def one_sentence_a_line(text: str, lang: str) -> bool:
    """True when the text has one sentence (or heading) a line: most lines split into at most one sentence, and
    do not go on in the next line (`goes_on`: a hard-wrapped fragment holds less than a sentence, yet is no line of
    its own).

    Sentence-per-line corpora and extracted translations keep headings (方法, Results) on their own
    lines without a final mark; joining them to the next line would merge unrelated units.
    """
    all_lines = text.splitlines()
    lines = [line for line in all_lines if line.strip()]
    if len(lines) < MIN_LINES:
        return False
    if len(all_lines) - len(lines) > 0.3 * len(lines) or sum(line.startswith("#") for line in lines) > 1:
        return False  # paragraphs set apart by blank lines, or Markdown headings: a structured document
    if any(_TABLE_DELIMITER.fullmatch(line) for line in lines):
        return False  # a Markdown table (its `| --- | --- |` row): a page of table rows, not a sentence a line
    cased = sum(line.lstrip()[:1].isupper() for line in lines) >= CASED_SHARE * len(lines)
    single = sum(1 for i, line in enumerate(lines) if len(split(line, lang)) <= 1 and not (
        i + 1 < len(lines) and goes_on(line, lines[i + 1], lang, cased)))
    return single >= LINE_SENTENCE_SHARE * len(lines)


def split(text: str, lang: str) -> list[tuple[int, int]]:
    """Split `text` in language "zh" or "en" into sentence spans."""
    if lang == "zh":
        return split_zh(text)
    if lang == "en":
        return split_en(text)
    raise ValueError(f"unknown language {lang!r}; expected 'zh' or 'en'")
