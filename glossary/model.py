"""The termbase model: concepts with preferred, admitted and deprecated terms in Chinese and English."""
from __future__ import annotations

import enum
import json
from collections.abc import Iterator, Sequence
from dataclasses import MISSING, dataclass, field, fields
from functools import cached_property
from typing import TYPE_CHECKING, NamedTuple, TypeVar

from zhen_qa.glossary.normalize import fold_en, fold_zh
from zhen_qa.glossary.problems import Problem
from zhen_qa.manuscript.digest import sha256
from zhen_qa.manuscript.errors import InputError

if TYPE_CHECKING:  # pragma: no cover
    from zhen_qa.glossary.match_en import EnMatcher
    from zhen_qa.glossary.match_zh import ZhMatcher

M = TypeVar("M", "ZhMatcher", "EnMatcher")
"""A matcher class."""


class TermStatus(str, enum.Enum):
    """How a term may be used: preferred (the one to use), admitted (accepted), deprecated (flagged)."""

    PREFERRED = "preferred"
    ADMITTED = "admitted"
    DEPRECATED = "deprecated"


class TermMatch(NamedTuple):
    """A glossary term found in a text: [start, end) into the text given to the matcher."""

    start: int
    end: int
    concept_id: str
    form: str
    """The term as listed in the glossary (not the surface text)."""
    status: TermStatus
    others: tuple[str, ...] = ()
    """Other concepts listing the same term (homonyms): a use is satisfied by any of their renderings."""

    @property
    def concepts(self) -> tuple[str, ...]:
        """Every concept this term belongs to, `concept_id` first."""
        return (self.concept_id,) + self.others


@dataclass(frozen=True)
class Concept:
    """One glossary entry: one meaning, its terms in both languages and a note."""

    id: str
    zh: str = ""
    en: str = ""
    zh_admitted: tuple[str, ...] = ()
    en_admitted: tuple[str, ...] = ()
    zh_deprecated: tuple[str, ...] = ()
    en_deprecated: tuple[str, ...] = ()
    note: str = ""
    case_sensitive: bool = False
    """English terms of this concept match only with the case as written."""
    definition: str = ""
    details: tuple[str, ...] = ()
    """Further notes kept from the file, one line each ("en 'assay': partOfSpeech noun", "subjectField ...")."""

    def __getstate__(self) -> dict[str, object]:
        """Pickle the id and the fields that differ from their defaults (the class holds the defaults, so the
        unpickled concept reads them there): a cached 50,000-concept glossary unpickles in 60 % of the time."""
        return {k: v for k, v in self.__dict__.items() if k == "id" or v != _CONCEPT_DEFAULTS.get(k, _NO_DEFAULT)}

    def terms(self, lang: str) -> Iterator[tuple[str, TermStatus, str]]:
        """(term, status, field name) of one language, preferred first."""
        if lang == "zh":
            fields = (("zh", (self.zh,) if self.zh else ()), ("zh_admitted", self.zh_admitted),
                      ("zh_deprecated", self.zh_deprecated))
        else:
            fields = (("en", (self.en,) if self.en else ()), ("en_admitted", self.en_admitted),
                      ("en_deprecated", self.en_deprecated))
        statuses = (TermStatus.PREFERRED, TermStatus.ADMITTED, TermStatus.DEPRECATED)
        for (name, values), status in zip(fields, statuses):
            for value in values:
                yield value, status, name

    def preferred(self, lang: str) -> str:
        """The preferred term of a language, else its first admitted term, else ""."""
        if lang == "zh":
            return self.zh or (self.zh_admitted[0] if self.zh_admitted else "")
        return self.en or (self.en_admitted[0] if self.en_admitted else "")

    def accepted(self, lang: str) -> tuple[str, ...]:
        """Preferred and admitted terms of a language."""
        if lang == "zh":
            return ((self.zh,) if self.zh else ()) + self.zh_admitted
        return ((self.en,) if self.en else ()) + self.en_admitted

    def english_deprecated_in_zh(self) -> bool:
        """Whether the glossary says the Chinese must not keep the concept's English word: one of its English terms
        is listed among its deprecated Chinese terms, in any case (a CSV `zh_deprecated` cell "label" for 标签 =
        label; a TBX Chinese section holding "label" with the status deprecatedTerm-admn-sts). The Chinese keeping
        that word, in any case or number (以 Label 的形式, 加上 labels), then renders nothing, in documentation too."""
        return bool(self.english_in_zh_deprecated())

    def english_in_zh_deprecated(self) -> tuple[str, ...]:
        """The concept's accepted English terms that its deprecated Chinese terms list too, compared in any case
        (`english_deprecated_in_zh`): "label" for 标签 = label with a `zh_deprecated` cell "Label"."""
        banned = {t.casefold() for t in self.zh_deprecated}
        return tuple(t for t in self.accepted("en") if t.casefold() in banned)


_NO_DEFAULT = object()
_CONCEPT_DEFAULTS: dict[str, object] = {f.name: f.default for f in fields(Concept) if f.default is not MISSING}
"""Each field of Concept with a plain default (the class attribute an instance without the field reads)."""


def zh_key(term: str) -> str:
    """The comparison key of a Chinese term (width and script folded)."""
    return fold_zh(term.strip())


def en_key(term: str) -> str:
    """The comparison key of an English term (case, hyphens, apostrophes and spaces folded)."""
    if term.isascii():  # `fold_en` of ASCII text: lower case, hyphens to spaces (other spaces split below)
        return " ".join(term.lower().replace("-", " ").split())
    return " ".join(fold_en(term).split())


def concept_problems(concepts: Sequence[Concept], where: Sequence[str] | None = None,
                     path: str = "glossary") -> list[str]:
    """Every problem `tidy` repairs in a list of concepts, one line each, naming file, line/row and field."""
    return [str(p) for p in tidy(concepts, where, path)[1]]


def tidy(concepts: Sequence[Concept], where: Sequence[str] | None = None,
         path: str = "glossary") -> tuple[list[Concept], list[Problem]]:
    """Concepts made usable, and each repair as a Problem; see `glossary.tidy` for the rules."""
    from zhen_qa.glossary.tidy import tidy_concepts

    return tidy_concepts(concepts, where, path)


def _problem_order(p: Problem) -> tuple[str, int]:
    """Problems in file order: by file, then line or row number (problems of the whole file last)."""
    head, _sep, tail = p.where.rpartition(" ")
    number = int(tail) if tail.isdigit() and head.endswith(("line", "row")) else 1 << 30
    return head.rsplit(":", 1)[0] if ":" in head else p.path, number


class Matchers:
    """The term matchers of one glossary, each built on first use (a text without English never builds `en`)."""

    def __init__(self, glossary: "Glossary") -> None:
        self._glossary = glossary
        self._waiting: list[str] = []
        """Texts `find_zh_all` gave the Chinese matcher before it was loaded: it is given them first (`zh`)."""
        self._waiting_chars = 0

    @cached_property
    def zh(self) -> "ZhMatcher":
        """The Chinese matcher (given the texts `find_zh_all` kept waiting, in order, as it would have been)."""
        from zhen_qa.glossary.match_zh import ZhMatcher

        matcher = self._cached("zh", ZhMatcher)
        waiting, self._waiting, self._waiting_chars = self._waiting, [], 0
        for text in waiting:
            matcher.find(text, True)
        return matcher

    def find_zh_all(self, texts: Sequence[str], choices_only: Sequence[bool]) -> list[list["TermMatch"]]:
        """`zh.find_all(texts, choices_only)`, without loading the Chinese matcher where it cannot find anything: every
        text asks only for concepts with a choice of Chinese forms and the glossary has none (a monolingual Chinese
        text with a glossary of one form a concept; Bible 006 with 50,000 CC-CEDICT concepts: a 3.5 MB matcher
        loaded to answer nothing). The matcher would only keep such texts for their terms to join its segmentation
        dictionary before a later confirmation; they wait here for its first use instead."""
        if "zh" not in self.__dict__ and all(choices_only) and not self.zh_has_choices():
            from zhen_qa.glossary.match_zh import UNSCANNED_CHARS

            self._waiting.extend(texts)
            self._waiting_chars += sum(map(len, texts))
            if self._waiting_chars > UNSCANNED_CHARS:  # the matcher would look for their terms now: not kept alive
                _ = self.zh
            return [[] for _ in texts]
        return self.zh.find_all(texts, choices_only)

    def zh_has_choices(self) -> bool:
        """Whether a concept has a choice of Chinese forms (`ZhMatcher.has_choices`): read from the user cache where
        the matcher is cached, without loading the matcher."""
        key = self._glossary.cache_key
        if "zh" not in self.__dict__ and key:
            from zhen_qa.glossary import cache

            hit = cache.load(key, "zh-choices")
            if isinstance(hit, bool):
                return hit
        answer = self.zh.has_choices
        if key:
            from zhen_qa.glossary import cache

            cache.save(key, "zh-choices", answer)
        return answer

    @cached_property
    def en(self) -> "EnMatcher":
        """The English matcher."""
        from zhen_qa.glossary.match_en import EnMatcher

        return self._cached("en", EnMatcher)

    def _cached(self, lang: str, cls: "type[M]") -> "M":
        """The matcher from the user cache when the glossary came from there (or was stored there), else built."""
        key = self._glossary.cache_key
        if not key:
            return cls(self._glossary)
        from zhen_qa.glossary import cache

        hit = cache.load(key, lang)
        if isinstance(hit, cls):
            return hit
        matcher = cls(self._glossary)
        cache.save(key, lang, matcher)
        return matcher

    def __iter__(self) -> "Iterator[ZhMatcher | EnMatcher]":
        """`zh, en = glossary.matchers()` builds both."""
        return iter((self.zh, self.en))


@dataclass(frozen=True)
class Glossary:
    """An immutable, validated set of concepts; build with `Glossary.build`."""

    concepts: tuple[Concept, ...]
    path: str = ""
    problems: tuple[Problem, ...] = ()
    """What was repaired while loading (duplicates merged, empty terms skipped, ids renumbered...)."""
    cache_key: str = field(default="", compare=False, repr=False)
    """Key of this glossary in the user cache (`glossary.cache`), set by `load_many`; empty: not cached."""

    @classmethod
    def build(cls, concepts: Sequence[Concept], path: str = "glossary",
              where: Sequence[str] | None = None, strict: bool = False,
              problems: Sequence[Problem] = ()) -> "Glossary":
        """Repair and build a glossary (`problems` says what was done); strict: any problem raises InputError."""
        kept, found = tidy(concepts, where, path)
        found = sorted(list(problems) + found, key=_problem_order)
        if strict and found:
            more = f" (and {len(found) - 1} more problems)" if len(found) > 1 else ""
            raise InputError(f"{found[0]}{more}")
        return cls(tuple(kept), path, tuple(found))

    def __len__(self) -> int:
        return len(self.concepts)

    def __getstate__(self) -> dict[str, object]:
        """Pickle the content and its checksum only: cached matchers (jieba tokenizer, automata) are rebuilt on
        demand; the checksum (0.2 s for 50,000 concepts, in every report's signature) travels with the content."""
        return {"concepts": self.concepts, "path": self.path, "problems": self.problems, "checksum": self.checksum}

    def concept(self, concept_id: str) -> Concept:
        """The concept with this id (KeyError if absent)."""
        return self._by_id[concept_id]

    @cached_property
    def _by_id(self) -> dict[str, Concept]:
        return {c.id: c for c in self.concepts}

    @cached_property
    def checksum(self) -> str:
        """sha256 of the canonical content (order of concepts and file format do not matter)."""
        rows = [
            [c.id, c.zh, c.en, c.zh_admitted, c.en_admitted, c.zh_deprecated, c.en_deprecated, c.note,
             c.case_sensitive] + ([c.definition, c.details] if c.definition or c.details else [])
            for c in sorted(self.concepts, key=lambda c: c.id)  # ids are unique
        ]
        data = json.dumps(rows, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        return "sha256:" + sha256(data).hexdigest()

    def term_keys(self, lang: str) -> frozenset[str]:
        """Comparison keys (`zh_key`, `en_key`) of every term in `lang` ("zh" or "en") the glossary lists, whatever
        its status; computed once per language."""
        keys = self._term_keys.get(lang)
        if keys is None:
            key = zh_key if lang == "zh" else en_key
            keys = self._term_keys[lang] = frozenset(key(t) for c in self.concepts for t, _s, _f in c.terms(lang))
        return keys

    @cached_property
    def _term_keys(self) -> dict[str, frozenset[str]]:
        return {}

    def translation_pairs(self) -> list[tuple[str, str]]:
        """(zh term, en term) for every accepted zh term × accepted en term of each concept (aligner lexicon)."""
        pairs: list[tuple[str, str]] = []
        for c in self.concepts:
            for zh in c.accepted("zh"):
                for en in c.accepted("en"):
                    pairs.append((zh, en))
        return pairs

    @cached_property
    def _matchers(self) -> Matchers:
        return Matchers(self)

    def matchers(self) -> Matchers:
        """The Chinese and English matchers of this glossary, built once on first use."""
        return self._matchers
