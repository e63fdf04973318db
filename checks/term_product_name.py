"""A product's name that its own documentation page names throughout, left implicit in a bead (term-missing,
either language). Each bead is judged alone (no count of drops a page): the gate is that the concept is the product
the glossary is about and that the page names it in PRODUCT_MIN sentences or more on each side.

A glossary of a project's documentation lists the product's own name (飞桨 = PaddlePaddle). Its pages name the
product again and again, and a translation leaves it out where the reader knows whose documentation this is: the
heading 飞桨的类型提升规则 = "Type Promotion Rules", 飞桨框架在开启自动调优功能后 = "when enabling auto-tuning", and the
other way "submit them to PaddlePaddle" for 欢迎以 Github Issues 的形式提出. The term is taken as rendered when

- the page pair writes code (documentation, `presence_usage.writes_code`),
- the concept's preferred English is a product's name: one word, capitalised, with a capital inside
  (PaddlePaddle, DolphinScheduler; no common word capitalised at a sentence's start). An admitted form written so
  is not enough: "row kind" admits the class name RowKind, a concept of the code whose misspelling (RowKink) is a
  real finding,
- and the glossary files the concept under its own name (its note is its preferred English: the row
  `paddlepaddle,飞桨,PaddlePaddle,…,PaddlePaddle` of a glossary whose every row notes PaddlePaddle): the product the
  glossary is about. A component or class the glossary lists (NameServer, ConfigMap, TaskManager) is written the
  same way but is no product whose pages the reader is in; dropped, it is a real finding,
- and the page names the concept in PRODUCT_MIN sentences or more on each side.

A page that names the product fewer times (the drop may be the one place it is said) and every lower-case term keep
their findings.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable

from zhen_qa.manuscript.document import Manuscript, Sentence
from zhen_qa.manuscript.lazy_re import LazyPattern

__all__ = ["PRODUCT_MIN", "is_glossary_product", "is_product_name", "product_named_throughout"]

PRODUCT_MIN = 3
"""Fewest sentences of each side of the page that name the product."""

_NAME = LazyPattern(r"[A-Z][a-z]+(?:[A-Z][A-Za-z]*)+")
"""A product's name written as one capitalised word with a capital inside (PaddlePaddle, RocketMQ)."""


def is_product_name(forms: Iterable[str]) -> bool:
    """Whether one of a concept's English forms is a product's name (`_NAME`)."""
    return any(_NAME.fullmatch(f.strip()) for f in forms)


def is_glossary_product(preferred_en: str, note: str) -> bool:
    """Whether a concept is the product its glossary is about: its preferred English is a product's name (`_NAME`)
    and the note it is filed under is that name."""
    return bool(_NAME.fullmatch(preferred_en.strip())) and preferred_en.strip() == note.strip()


def product_named_throughout(concepts: Iterable[tuple[str, str]], manuscript: Manuscript, documentation: bool,
                             names_zh: Callable[[Sentence], bool], names_en: Callable[[Sentence], bool]) -> bool:
    """Whether the term is the documented product's name (`concepts`: each concept's preferred English and note,
    `is_glossary_product`), which the page names in PRODUCT_MIN sentences or more on each side (see the module
    docstring)."""
    if not documentation or not any(is_glossary_product(en, note) for en, note in concepts):
        return False
    zh = sum(1 for s in manuscript.sentences("zh") if names_zh(s))
    if zh < PRODUCT_MIN:
        return False
    return sum(1 for s in manuscript.sentences("en") if names_en(s)) >= PRODUCT_MIN
