"""Make a list of concepts usable: merge duplicate terms, skip empty ones, renumber duplicate ids.

Each repair is a `Problem` (file, line, field, kind, what was done). Terms are compared by their
matching keys, so "Stem cell", "stem-cell" and "stem cell " are one term, and the Traditional and
Simplified forms of a Chinese term are one term (kept once, the Simplified form preferred, silently:
multilingual exports list both on purpose). Within one concept and language a term keeps its strongest
status (preferred, then admitted, then deprecated). A term shared by two concepts (a homonym) is kept
in both: the matchers give a use of it to every concept that lists it.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from zhen_qa.glossary.model import Concept, en_key, zh_key
from zhen_qa.glossary.normalize import fold_zh
from zhen_qa.glossary.problems import Problem

_FIELDS = {"zh": ("zh", "zh_admitted", "zh_deprecated"), "en": ("en", "en_admitted", "en_deprecated")}


def _is_simplified(term: str) -> bool:
    return fold_zh(term) == term


def _terms(c: Concept, lang: str, at: str, path: str, problems: list[Problem]) -> dict[str, tuple[str, ...] | str]:
    """The fields of one language with empty terms dropped and duplicates merged."""
    key: Callable[[str], str] = zh_key if lang == "zh" else en_key
    kept: dict[str, list[str]] = {name: [] for name in _FIELDS[lang]}
    owner: dict[str, tuple[str, int]] = {}  # key -> (field, index in kept[field])
    for term, _status, name in c.terms(lang):
        k = key(term)
        if not k:
            problems.append(Problem(path, at, name, "empty-term", f"empty term in concept {c.id!r}; skipped"))
            continue
        prev = owner.get(k)
        if prev is None:
            owner[k] = (name, len(kept[name]))
            kept[name].append(term.strip())
            continue
        first_field, index = prev
        first = kept[first_field][index]
        if lang == "zh" and fold_zh(first) == fold_zh(term.strip()) and first != term.strip():
            if not _is_simplified(first) and _is_simplified(term.strip()):
                kept[first_field][index] = term.strip()
            continue  # Traditional and Simplified forms of one term: one key, no problem
        what = "listed twice" if first == term.strip() else f"same term as {first!r}"
        where_first = "" if first_field == name else f" (kept in field {first_field})"
        problems.append(Problem(path, at, name, "duplicate-term",
                                f"term {term.strip()!r} in concept {c.id!r}: {what}; merged{where_first}"))
    preferred = kept[_FIELDS[lang][0]]
    admitted = kept[_FIELDS[lang][1]]
    if len(preferred) > 1:  # only readers that build concepts by hand get here
        admitted[:0] = preferred[1:]
        del preferred[1:]
    return {
        _FIELDS[lang][0]: preferred[0] if preferred else "",
        _FIELDS[lang][1]: tuple(admitted),
        _FIELDS[lang][2]: tuple(kept[_FIELDS[lang][2]]),
    }


def _clean(c: Concept) -> bool:
    """True when a concept needs no repair: one term per key in each language, none empty, at most one preferred."""
    zh = (c.zh,) + c.zh_admitted + c.zh_deprecated if c.zh else c.zh_admitted + c.zh_deprecated
    en = (c.en,) + c.en_admitted + c.en_deprecated if c.en else c.en_admitted + c.en_deprecated
    if not zh and not en:
        return False
    if len(zh) <= 1 and len(en) <= 1:  # one term a language: only emptiness and spaces to check
        for t in zh + en:
            if not t or t != t.strip() or not t.strip("-'\u2010\u2011"):
                return False
        return True
    for t in zh + en:
        if t != t.strip():
            return False
    zh_keys = {zh_key(t) for t in zh}
    en_keys = {en_key(t) for t in en}
    return len(zh_keys) == len(zh) and len(en_keys) == len(en) and "" not in zh_keys and "" not in en_keys


def tidy_concepts(concepts: Sequence[Concept], where: Sequence[str] | None = None,
                  path: str = "glossary") -> tuple[list[Concept], list[Problem]]:
    """Usable concepts and the problems repaired: empty/duplicate ids, empty/duplicate terms, concepts without terms."""
    out, _where, problems = tidy_located(concepts, where, path)
    return out, problems


def tidy_located(concepts: Sequence[Concept], where: Sequence[str] | None = None,
                 path: str = "glossary") -> tuple[list[Concept], list[str], list[Problem]]:
    """`tidy_concepts`, with where each kept concept came from."""
    problems: list[Problem] = []
    out: list[Concept] = []
    kept_at: list[str] = []
    ids: dict[str, str] = {}
    taken: set[str] | None = None  # every id, made at the first one to renumber
    for i, c in enumerate(concepts):
        at = where[i] if where is not None and i < len(where) else f"concept {i + 1}"
        cid = c.id.strip()
        if not cid or cid in ids:
            if taken is None:
                taken = {other.id.strip() for other in concepts}
            n, new = 2, f"c{i + 1}" if not cid else f"{cid}-2"
            while new in taken:
                n += 1
                new = f"{cid or 'c' + str(i + 1)}-{n}"
            taken.add(new)
            why = "empty id" if not cid else f"duplicate id {cid!r} (first at {ids[cid]})"
            problems.append(Problem(path, at, "id", "duplicate-id" if cid else "empty-id",
                                    f"{why}; renumbered {new!r}"))
            cid = new
        ids[cid] = at
        if cid == c.id and _clean(c):
            out.append(c)
            kept_at.append(at)
            continue
        fields = {**_terms(c, "zh", at, path, problems), **_terms(c, "en", at, path, problems)}
        fixed = replace(c, id=cid, **fields)  # type: ignore[arg-type]
        if not any(True for lang in ("zh", "en") for _t in fixed.terms(lang)):
            problems.append(Problem(path, at, "term", "no-terms", f"concept {cid!r} has no terms; skipped"))
            continue
        out.append(fixed)
        kept_at.append(at)
    return out, kept_at, problems

