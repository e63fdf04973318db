"""Page furniture inside the units of a CAT file made from a PDF: a running head and its page number.

A memory or XLIFF whose source was extracted from a PDF (a book, a journal article) carries the page's running head
into the sentence that crosses a page break: "Abstractions in the LwDITA Content Lifecycle 165 about authoring
formats …" (an odd page: the chapter's title, then the page number) or "… “All 62 How DITA Evolved Into LwDITA
this being said …" (an even page: the number, then the book's or chapter's title). The translator rightly leaves
it out, and read as text its page number is a number missing from the translation. The evidence is the file's own:
the running head is the text of a heading the file holds as a unit of its own (the chapter's title, translated
there), and it stands right beside a page number of one to four digits inside a longer unit, beside two different
page numbers or more in the file (a page's furniture repeats; one number beside a heading's words is the sentence's,
"Install Node.js" / "Install Node.js 18 or later"). That stretch (title and
number) is not the sentence, so it is not read; every other number of the unit is.

A number beside a phrase that is no unit of its own ("Table 2 shows …", "Chapter 3 Results") is read as before, and so
is a heading's text inside a sentence with no number beside it (the sentence may name the chapter).
"""
from __future__ import annotations

from collections.abc import Sequence

from zhen_qa.manuscript.lazy_re import LazyPattern

HEAD_WORDS = (2, 12)
"""Fewest and most words of a heading whose text may be a running head."""
HEAD_CHARS = 12
"""Fewest characters of such a heading (a one-word label, "Lists", names no chapter)."""
TITLE_LETTERS = 4
"""Least length of a word a title capitalises (articles, short prepositions and conjunctions may stay lower-case)."""
PAGES = 2
"""Fewest different page numbers a heading stands beside in the file to be a running head: a page's furniture
repeats on every page, while one number beside a heading's text ("Install Node.js" / "Install Node.js 18 or later")
is the sentence's own."""
_TOKEN = LazyPattern(r"\S+")
_PAGE = LazyPattern(r"\d{1,4}")
_DIGITS = LazyPattern(r"\d+")
_ENDS = frozenset(".!?;:,。！？；：，")


def _heading(text: str) -> str | None:
    """The text of a unit read as a heading (words joined by one space), or None: a title starts with a capital
    letter and ends without a sentence's closing mark."""
    words = text.split()
    if not HEAD_WORDS[0] <= len(words) <= HEAD_WORDS[1]:
        return None
    joined = " ".join(words)
    if len(joined) < HEAD_CHARS or not joined[0].isupper() or joined[-1] in _ENDS:
        return None
    return joined


def _is_head(words: Sequence[str], headings: set[str], folded: set[str]) -> bool:
    """True when `words` are a heading's text: as written, or in other capitals when they are set as a title (each
    word of TITLE_LETTERS letters or more capitalised: a running head in title case or capitals, "How DITA Evolved
    Into LwDITA" for the heading "How DITA Evolved into LwDITA"), not a sentence's words that happen to spell one."""
    joined = " ".join(words)
    if joined in headings:
        return True
    return joined.casefold() in folded and all(w[0].isupper() for w in words if len(w) >= TITLE_LETTERS)


def running_heads(texts: Sequence[str], translations: Sequence[str]) -> dict[int, list[tuple[int, int]]]:
    """{index in `texts`: the spans of its running heads with their page numbers} for the English texts of a file's
    units (`translations`: their targets, in order): a heading of the file (another unit's whole text, `_heading`)
    right before or right after a number of one to four digits that the unit's translation does not write, inside a
    longer text (the spans take the whitespace after them), and only a heading that stands so beside `PAGES` or more
    different numbers in the file (one coincidence is the sentence's: "Install Node.js 18 or later"). A number the
    translation gives is the sentence's ("OmegaT on Wikipedia 25 languages" / 25 种语言), whatever stands beside it."""
    headings = {h for t in texts if (h := _heading(t)) is not None}
    folded = {h.casefold() for h in headings}
    if not headings:
        return {}
    found: list[tuple[int, tuple[int, int], str, str]] = []  # (unit, span, heading folded, page number)
    most = HEAD_WORDS[1]
    for index, text in enumerate(texts):
        tokens = [(m.start(), m.end()) for m in _TOKEN.finditer(text)]
        if len(tokens) <= HEAD_WORDS[0] + 1:
            continue
        words = [text[a:b] for a, b in tokens]
        given = set(_DIGITS.findall(translations[index]))
        taken = -1  # the last token already in a span
        for i, word in enumerate(words):
            if i <= taken or not _PAGE.fullmatch(word) or word in given:
                continue
            head = None
            for k in range(min(most, i), HEAD_WORDS[0] - 1, -1):  # the title, then the number (an odd page)
                if i - k > taken and _is_head(words[i - k:i], headings, folded):
                    head = (i - k, i, i - k, i)
                    break
            if head is None:
                for k in range(min(most, len(words) - i - 1), HEAD_WORDS[0] - 1, -1):  # the number, then the title
                    if _is_head(words[i + 1:i + 1 + k], headings, folded):
                        head = (i, i + k, i + 1, i + 1 + k)
                        break
            if head is None or head[1] - head[0] + 1 == len(words):
                continue  # no heading beside it, or the whole unit is the heading and its number
            first, last, h0, h1 = head
            end = tokens[last + 1][0] if last + 1 < len(tokens) else tokens[last][1]
            found.append((index, (tokens[first][0], end), " ".join(words[h0:h1]).casefold(), word))
            taken = last
    pages: dict[str, set[str]] = {}
    for _, _, heading, page in found:
        pages.setdefault(heading, set()).add(page)
    out: dict[int, list[tuple[int, int]]] = {}
    for index, span, heading, _ in found:
        if len(pages[heading]) >= PAGES:
            out.setdefault(index, []).append(span)
    return out
