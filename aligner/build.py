"""Turn read documents into an aligned `Manuscript`: read, find the blocks, pair the sections, align.

This is where reading (`zhen_qa.manuscript`) meets pairing and alignment (`zhen_qa.aligner.pairing`).
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from zhen_qa.manuscript.errors import InputError, LoneMessageFile
from zhen_qa.manuscript.heading_lines import MARKDOWN_SUFFIXES
from zhen_qa.manuscript.i18n_files import is_message_file
from zhen_qa.manuscript.i18n_json import JSON_SUFFIXES
from zhen_qa.manuscript.reader import CAT_SUFFIXES, LATEX_SUFFIXES, document_blocks, presplit_blocks, read_source
from zhen_qa.manuscript.script import is_han
from zhen_qa.manuscript.source import SourceText

MARKUP_SUFFIXES = (".md", ".markdown", ".mdx", ".docx", ".html", ".htm") + LATEX_SUFFIXES
"""Files whose structure is markup, never taken as line-aligned."""

if TYPE_CHECKING:  # pragma: no cover
    from zhen_qa.aligner.pairing import AlignFn, Groups, Pairing
    from zhen_qa.manuscript.document import Bead, Block, Manuscript


PREFETCH_UP_TO = 50_000
"""Characters of text up to which `_prefetch` asks for the dictionary shards ahead (a longer text reads the tables
whole: `aligner.lexicon.WHOLE_AFTER`, `aligner.jieba_base.FULL_AFTER`)."""


def _prefetch(sources: Sequence[SourceText]) -> None:
    """Start the disk reads of the dictionary shards the text will look up (jieba's and the lexicon's), so that on a
    cold start (files not in the OS page cache) they overlap the structuring, numpy's import and the aligner's setup
    instead of blocking the first lookups one by one. Only the OS is told: nothing is read or built here."""
    if sum(len(s.text) for s in sources) > PREFETCH_UP_TO:
        return
    chars = set().union(*(s.text for s in sources))
    if not any(map(is_han, chars)):  # no Chinese: neither dictionary is looked up
        return
    from zhen_qa.aligner import jieba_base, lexicon

    jieba_base.prefetch(chars)
    if any(c.isascii() and c.isalpha() for c in chars):  # English beside it: something to align
        lexicon.prefetch(chars)


def default_align(glossary_pairs: "Iterable[tuple[str, str]] | None" = None, max_side: int | None = None) -> "AlignFn":
    """The aligner's `align` with the glossary's translation pairs added to its lexicon (`glossary_pairs` is
    iterated when the first sections are aligned: a generator costs a Chinese-only file nothing)."""
    pairs: list[tuple[str, str]] | None = None

    def run(zh: "Sequence[str]", en: "Sequence[str]", groups: "Groups | None" = None, *,
            paragraphs: bool = False, en_blocks: "Sequence[int] | None" = None,
            zh_blocks: "Sequence[int] | None" = None,
            written: "tuple[Sequence[str], Sequence[str]] | None" = None) -> "list[Bead]":
        from zhen_qa.aligner.align import align  # numpy and scipy only once there is something to align

        nonlocal pairs
        if pairs is None:
            pairs = list(glossary_pairs or ())
        return align(zh, en, max_side=max_side or None, glossary_pairs=pairs, groups=groups, paragraphs=paragraphs,
                     en_blocks=en_blocks, zh_blocks=zh_blocks, written=written)

    return run


def load_manuscript(
    path: str,
    en_path: str | None = None,
    *,
    align_fn: "AlignFn | None" = None,
    presplit: bool = False,
    include_locked: bool = False,
    skip_approved: bool = False,
) -> "Manuscript":
    """Read, structure and pair one manuscript (one bilingual file, or a zh file and an en file); a CAT file's locked
    segments are left out unless `include_locked`, its approved ones with `skip_approved`."""
    from zhen_qa.aligner.pairing import Pairing, pair_manuscript

    if path.lower().endswith(CAT_SUFFIXES):  # units are pairs already: no alignment
        from zhen_qa.aligner.unit_sentences import align_units
        from zhen_qa.manuscript.cat import read_cat

        if en_path is not None:
            raise InputError(f"{path}: a CAT file holds both languages; give it without --en")
        return align_units(read_cat(path, include_locked=include_locked, skip_approved=skip_approved),
                           align_fn or default_align())
    if en_path is not None and en_path.lower().endswith(CAT_SUFFIXES):
        raise InputError(f"{en_path}: a CAT file holds both languages; check it alone, not as the English of {path}")
    if is_message_file(path) or (en_path is not None and is_message_file(en_path)):
        return _message_units(path, en_path, align_fn or default_align())
    opts = Pairing(align=align_fn or default_align(), presplit=presplit)
    if en_path is None and path.lower().endswith(LATEX_SUFFIXES):
        from zhen_qa.manuscript.latex import read_latex

        doc = read_latex(path)
        opts.notes.extend(doc.notes)
        return pair_manuscript(path, doc.sources, doc.blocks, None, opts)
    if en_path is not None and (path.lower().endswith(LATEX_SUFFIXES) or en_path.lower().endswith(LATEX_SUFFIXES)):
        zh_sources, zh_blocks = _markup_blocks(path, opts)
        en_sources, en_blocks = _markup_blocks(en_path, opts)
        return pair_manuscript(path, (*zh_sources, *en_sources), zh_blocks, en_blocks, opts)
    zh_source = read_source(path)
    if en_path is None:
        _prefetch((zh_source,))
        blocks = document_blocks(zh_source)  # read once: the language test of a markup file reads its blocks
        if _language(zh_source) == "en" and _prose_language(zh_source, blocks) == "en":
            opts.notes.append("has no Chinese text: give the Chinese (or bilingual) manuscript as PATH "
                              "and an English translation with --en")
        return pair_manuscript(path, (zh_source,), blocks, None, opts)
    en_source = read_source(en_path)
    _prefetch((zh_source, en_source))
    zh_lang, en_lang = _language(zh_source), _language(en_source)
    if zh_lang == en_lang != "" or (zh_lang, en_lang) == ("en", "zh"):  # refused or swapped: by the prose, if markup
        zh_lang, en_lang = _prose_language(zh_source), _prose_language(en_source)
    zh_lang = zh_lang or ("empty" if not zh_source.text.strip() else "")
    en_lang = en_lang or ("empty" if not en_source.text.strip() else "")
    if (zh_lang, en_lang) in (("en", "zh"), ("en", "empty"), ("empty", "zh")):  # an empty side is the other's
        names = {"en": "English", "zh": "Chinese", "empty": "empty"}
        opts.notes.append(f"{path} is {names[zh_lang]} and {en_path} is {names[en_lang]}: checked the other way round")
        zh_source, en_source = en_source, zh_source
        path = en_path
    elif zh_lang == en_lang and zh_lang in ("zh", "en"):
        name = "Chinese" if zh_lang == "zh" else "English"
        raise InputError(f"{path} and {en_path} are both {name}; "
                         "give the Chinese file as PATH and the English with --en")
    zh_blocks, en_blocks = _two_file_blocks(zh_source, en_source, opts)
    return pair_manuscript(path, (zh_source, en_source), zh_blocks, en_blocks, opts)


def _message_units(path: str, en_path: str | None, align_fn: "AlignFn") -> "Manuscript":
    """Two message files, one a language (JSON, YAML, `.properties`, Android `strings.xml`: `manuscript.i18n_files`):
    paired by key, each unit aligned inside."""
    from zhen_qa.aligner.unit_sentences import align_units
    from zhen_qa.manuscript.i18n_json import read_message_pair

    json_file = path.lower().endswith(JSON_SUFFIXES) or (en_path or "").lower().endswith(JSON_SUFFIXES)
    kind = "JSON message file" if json_file else "message file"
    if en_path is None:
        raise LoneMessageFile(f"{path}: a {kind} holds one language; give the Chinese file as PATH and the "
                              "English one with --en")
    if not (is_message_file(path) and is_message_file(en_path)) or _suffix(path) != _suffix(en_path):
        if json_file:
            other = en_path if path.lower().endswith(JSON_SUFFIXES) else path
            raise InputError(f"{other}: not a JSON file; a JSON message file is checked against the other "
                             "language's JSON message file")
        other = en_path if is_message_file(path) else path
        raise InputError(f"{other}: not of the same kind as the other file; a {kind} is checked against the other "
                         "language's file of the same kind")
    return align_units(read_message_pair(path, en_path), align_fn)


def _suffix(path: str) -> str:
    """A message file's kind by its suffix (.yml and .yaml are one)."""
    suffix = path.lower().rsplit(".", 1)[-1]
    return "yaml" if suffix == "yml" else suffix


def _markup_blocks(path: str, opts: "Pairing") -> "tuple[tuple[SourceText, ...], list[Block]]":
    """The files and blocks of one side of a translation whose other side is LaTeX: a LaTeX file read as LaTeX (its
    `\\input` files followed, markup left out), any other as its form is read. No line-by-line reading: markup
    lines are no sentences."""
    if path.lower().endswith(LATEX_SUFFIXES):
        from zhen_qa.manuscript.latex import read_latex

        doc = read_latex(path)
        opts.notes.extend(doc.notes)
        return tuple(doc.sources), doc.blocks
    source = read_source(path)
    return (source,), document_blocks(source)


def _two_file_blocks(
    zh_source: SourceText, en_source: SourceText, opts: "Pairing"
) -> "tuple[list[Block], list[Block]]":
    """Blocks of a translation in two files: one a line when forced or when both files are one sentence a line."""
    from zhen_qa.manuscript.segment import one_sentence_a_line
    sides = ((zh_source, "zh"), (en_source, "en"))
    if not opts.presplit and all(one_sentence_a_line(s.text, lang) for s, lang in sides) and all(
            one_sentence_a_line(_prose_lines(s), lang) for s, lang in sides):  # markup lines are no sentences
        opts.presplit = True
        opts.notes.append("both files have one sentence a line: each line is taken as one sentence (--presplit)")
    if opts.presplit:
        return presplit_blocks(zh_source, "zh"), presplit_blocks(en_source, "en")
    if _line_aligned(zh_source, en_source, opts):
        return presplit_blocks(zh_source, "zh"), presplit_blocks(en_source, "en")
    return document_blocks(zh_source), document_blocks(en_source)


LINE_PAIR_SHARE = 0.9
"""Share of the lines of the shorter side an alignment of lines must pair one to one, or one with two (`_line_pairs`;
counts differing by a few)."""


def _line_pairs(beads: "Sequence[Bead]") -> int:
    """Line beads that pair one line with its translation: one line with one, or with the two lines the other side
    wrote it as (a paragraph the translator split in two, or two joined into one). A file whose translator split or
    joined a few paragraphs is still laid out line by line; such a bead is an anchor as good as a line pair."""
    return sum(1 for b in beads if b.zh and b.en and min(len(b.zh), len(b.en)) == 1 and max(len(b.zh), len(b.en)) <= 2)


def _line_aligned(zh_source: SourceText, en_source: SourceText, opts: "Pairing") -> bool:
    """Plain files laid out line by line whose lines pair (`zhen_qa.manuscript.lines`): sets `opts.lines`.

    Equal counts pair line by line when their lengths agree; otherwise (lines of like length agree shifted by
    one as well, as the sentences of an abstract do), and when counts differ by a line or two (one deleted), the
    lines are aligned as units and kept when nearly all of them pair one to one.
    """
    from zhen_qa.aligner.list_items import pair_items
    from zhen_qa.manuscript.document import Bead
    from zhen_qa.manuscript.lines import lengths_agree, near_counts, plain_lines

    if zh_source.path.lower().endswith(MARKUP_SUFFIXES) or en_source.path.lower().endswith(MARKUP_SUFFIXES):
        return False
    zh_lines, en_lines = plain_lines(zh_source.text), plain_lines(en_source.text)
    if zh_lines is None or en_lines is None:
        return False
    n, m = len(zh_lines), len(en_lines)
    if lengths_agree(zh_lines, en_lines):
        beads = [Bead((i,), (i,), 1.0) for i in range(n)]
        beads = _shifted_lines(zh_lines, en_lines, opts) or beads
    elif near_counts(n, m) or n == m:  # equal counts whose lines are too alike in length to tell by lengths
        beads = opts.align(zh_lines, en_lines)
        if _line_pairs(beads) < LINE_PAIR_SHARE * min(n, m):
            return False
    else:
        return False
    beads = pair_items(beads, zh_lines, en_lines)
    opts.lines = beads
    unpaired = sum(1 for b in beads if not (b.zh and b.en))
    opts.notes.append(f"the files are line-aligned ({n} Chinese, {m} English lines"
                      + (f", {unpaired} without a counterpart" if unpaired else "")
                      + "): sentences are aligned within each line pair")
    return True


def _shifted_lines(zh_lines: list[str], en_lines: list[str], opts: "Pairing") -> "list[Bead] | None":
    """Equally many lines whose lengths agree, paired by position except in the stretches where their alignment as
    units leaves the diagonal (`_stretches`) and a pair by position disagrees in length (`lines.disagreeing`); None
    when there is no such stretch (the lines then pair by position) or too few lines pair one to one
    (`LINE_PAIR_SHARE`).

    Equal counts whose lengths agree can still hide a shift: a line the English writes as two (a heading over its
    paragraph) and a line deleted further on (a short line such as "Call your local health department." among lines
    of like length). Pairing by position then pairs every line between the two with its neighbour's translation
    (a heading with a paragraph), and the deleted line's Chinese is taken as translated. Where every pair by
    position agrees in length, the alignment's other choice is no shift but a heading it gave to the paragraph that
    repeats its words (a Chinese heading kept in English, "National Vaccine Injury Compensation Program", over a
    paragraph that starts with the name)."""
    from zhen_qa.manuscript.document import Bead
    from zhen_qa.manuscript.lines import disagreeing

    odd = disagreeing(zh_lines, en_lines)
    if not odd:
        return None
    n = len(zh_lines)
    out = [Bead((k,), (k,), 1.0) for k in range(n)]
    shifted = False
    for a, b, inside in reversed(_stretches(opts.align(zh_lines, en_lines))):  # from the end: earlier indices hold
        if b - a > 1 and len(inside) > 1 and odd.intersection(range(a, b)):
            out[a:b] = inside
            shifted = True
    if not shifted or sum(1 for b in out if len(b.zh) == len(b.en) == 1) < LINE_PAIR_SHARE * n:
        return None
    return out


def _stretches(beads: "Sequence[Bead]") -> "list[tuple[int, int, list[Bead]]]":
    """The line beads of equally many lines cut at each point where both sides have had as many lines: (first line,
    end line, the beads between), a stretch of line N with line N for each line pair by position."""
    out: list[tuple[int, int, list[Bead]]] = []
    stretch: list[Bead] = []
    start = i = j = 0
    for b in beads:
        stretch.append(b)
        i, j = i + len(b.zh), j + len(b.en)
        if i == j:
            out.append((start, i, stretch))
            stretch, start = [], i
    return out


def _language(source: SourceText) -> str:
    """"zh" or "en" for a file written (almost) wholly in one language, "" otherwise (bilingual, empty)."""
    return _text_language(source.text)


def _prose_language(source: SourceText, blocks: "list[Block] | None" = None) -> str:
    """`_language` of a markup file's prose, the blocks its reader keeps: a Chinese .mdx page whose markup (thousands
    of `<tr><td>row</td>` lines, code, JSX) outweighs its prose is Chinese, as its readers see it. Asked only where
    the raw text's guess would refuse the pair or swap the files: the reading costs a parse, unless the caller has
    the blocks (`document_blocks(source)`) already."""
    if not source.path.lower().endswith(MARKUP_SUFFIXES):
        return _language(source)
    if blocks is None:
        blocks = document_blocks(source)
    return _text_language("\n".join(b.text.text for b in blocks))


def _prose_lines(source: SourceText) -> str:
    """A Markdown file's prose view (`markdown.prose_lines`: one line a source line of prose, a blank line between
    blocks), as `one_sentence_a_line` should read it: a page of `<tr>`/`<td>` lines, one tag a line, is no file of one
    sentence a line, its cells are blocks of their own; any other file's text as it is."""
    if not source.path.lower().endswith(MARKDOWN_SUFFIXES):
        return source.text
    from zhen_qa.manuscript.markdown import prose_lines

    return prose_lines(source)


def _text_language(text: str) -> str:
    from zhen_qa.manuscript.script import script_share

    han, words = script_share(text)
    if han + words < 20:
        return ""
    if han == 0 or han < 0.02 * words:
        return "en"
    if words < 0.1 * han:
        return "zh"
    return ""


def build_from_texts(
    zh_text: str,
    en_text: str,
    zh_path: str = "zh.txt",
    en_path: str = "en.txt",
    presplit: bool = True,
    align_fn: "AlignFn | None" = None,
) -> "Manuscript":
    """Two-file manuscript from strings (benchmarks and tests): like `load_manuscript(zh, en)`."""
    from zhen_qa.aligner.pairing import Pairing, pair_manuscript

    opts = Pairing(align=align_fn or default_align(), presplit=presplit)
    zh_source, en_source = SourceText.from_text(zh_path, zh_text), SourceText.from_text(en_path, en_text)
    zh_blocks, en_blocks = _two_file_blocks(zh_source, en_source, opts)
    return pair_manuscript(zh_path, (zh_source, en_source), zh_blocks, en_blocks, opts)
