"""Header rows of flat term lists: which column holds what, whatever the exporting tool called it.

Understood besides this project's own columns (`rows.COLUMNS`): columns named by a language code or
name (zh-CN, en_US, Chinese, English, 中文, 英文), `source`/`target` (the language told by
`sourceLang`/`targetLang` columns on each row, or found from the text: the column with Chinese is zh),
`sourceString`/`targetString`, and notes, definitions and parts of speech under common names.
A second column of one language (zh-CN and zh-TW) lists admitted terms. `--columns zh=NAME,en=NAME`
names the term columns where a layout is ambiguous; other columns are ignored with a warning.
"""
from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from zhen_qa.glossary.langs import lang_of

OWN = ("id", "zh", "en", "zh_admitted", "en_admitted", "zh_deprecated", "en_deprecated", "note", "case_sensitive")

_ALIASES = {
    "id": ("id", "term id", "termid", "entry id", "concept id", "conceptid", "entryid", "key", "编号", "序号"),
    "source": ("source", "source term", "sourcestring", "source string", "source text", "term", "源", "原文", "术语",
               "source_term"),
    "target": ("target", "target term", "targetstring", "target string", "target text", "translation", "译文",
               "target_term"),
    "source_lang": ("sourcelang", "source lang", "source language", "sourcelanguage", "source locale", "srclang"),
    "target_lang": ("targetlang", "target lang", "target language", "targetlanguage", "target locale", "tgtlang"),
    "definition": ("definition", "description", "explanation", "definition (en)", "释义", "定义"),
    "note": ("note", "notes", "comment", "comments", "remark", "remarks", "usage note", "context", "备注", "注释"),
    "pos": ("pos", "part of speech", "partofspeech", "part_of_speech", "词性"),
}
_ROLE = {alias: role for role, aliases in _ALIASES.items() for alias in aliases}
_SPACES = re.compile(r"[\s_]+")


class HeaderError(ValueError):
    """A header that names no usable term column: the file cannot be read."""


def _norm(name: str) -> str:
    return _SPACES.sub(" ", name.strip().lstrip("\ufeff").lower()).strip()


def role_of(name: str) -> str:
    """What a column holds ("zh", "en_admitted", "source", "note", ...), or "" when not understood."""
    norm = _norm(name)
    own = norm.replace(" ", "_")
    if own in OWN:
        return own
    if norm in _ROLE:
        return _ROLE[norm]
    lang = lang_of(norm)
    if lang:
        return lang
    for suffix in (" term", " terms"):  # "Chinese term", "en term"
        if norm.endswith(suffix) and lang_of(norm[: -len(suffix)]):
            return lang_of(norm[: -len(suffix)])
    tagged = _LANG_TAGGED.fullmatch(norm)  # "Term [zh-CN]", "Source Term (zh-CN)", "Description [en]"
    if tagged and lang_of(tagged.group(2)):
        role = role_of(tagged.group(1))
        return lang_of(tagged.group(2)) if role in ("source", "target") else role
    return ""


_LANG_TAGGED = re.compile(r"(.+?)\s*[(（\[]([^()（）\[\]]+)[)）\]]")
"""A column name followed by a language in brackets, as exports name one column per language (Crowdin's `Term [en]`,
`Term [zh-CN]`): a term column of that language, or a note, definition or part of speech."""


def roles(header: Sequence[str], columns: Mapping[str, str] | None = None) -> tuple[list[str], list[str]]:
    """The role of each column ("" to ignore) and one message per ignored or repeated column.

    `columns` maps roles to header names given by the user (`zh=Term,en=Translation`); they win.
    HeaderError when no term column is found.
    """
    found = [role_of(h) for h in header]
    notes: list[str] = []
    if columns:
        wanted = {_norm(v): k for k, v in columns.items()}
        missing = [v for v in columns.values() if _norm(v) not in {_norm(h) for h in header}]
        if missing:
            raise HeaderError(f"--columns names {missing[0]!r}, which is not in the header "
                              f"({', '.join(h.strip() for h in header)})")
        found = [wanted.get(_norm(h), "" if role in ("zh", "en", "source", "target") else role)
                 for h, role in zip(header, found)]
    seen: set[str] = set()
    for i, role in enumerate(found):
        if role in ("zh", "en") and role in seen:
            found[i] = f"{role}_admitted"  # zh-CN and zh-TW columns: the second lists admitted terms
        elif role and role in seen and role not in ("note", "definition", "pos", "zh_admitted", "en_admitted",
                                                     "zh_deprecated", "en_deprecated"):
            notes.append(f"column {header[i].strip()!r} repeats {role!r}; ignored")
            found[i] = ""
        elif not role and header[i].strip():
            notes.append(f"column {header[i].strip()!r} not understood; ignored")
        seen.add(found[i])
    has_terms = ({"zh", "en"} <= seen or {"source", "target"} <= seen
                 or ({"source", "target"} & seen and {"zh", "en"} & seen))
    if not has_terms:
        listed = ", ".join(h.strip() for h in header)
        raise HeaderError(f"no Chinese and English term columns in the header ({listed}); "
                          "name them zh and en, or give --columns zh=NAME,en=NAME")
    return found, notes


def parse_columns(text: str) -> dict[str, str]:
    """`zh=Term,en=Translation` as {"zh": "Term", "en": "Translation"}; ValueError when malformed."""
    out: dict[str, str] = {}
    for part in text.split(","):
        if not part.strip():
            continue
        key, sep, value = part.partition("=")
        key = key.strip().lower()
        if not sep or not value.strip() or key not in OWN[:7] + ("note",):
            raise ValueError(f"--columns expects ROLE=COLUMN pairs such as zh=Term,en=Translation "
                             f"(roles: {', '.join(OWN[:7])}, note); got {part.strip()!r}")
        out[key] = value.strip()
    if not out:
        raise ValueError("--columns is empty; give zh=COLUMN,en=COLUMN")
    return out
