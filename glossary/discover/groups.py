"""Variant groups: accepted pairs joined into groups, the majority form first."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from zhen_qa.glossary.discover.collect import FormStat, Stats
from zhen_qa.glossary.discover.en_variants import en_pairs
from zhen_qa.glossary.discover.zh_variants import FINALS, Pair, zh_pairs

__all__ = ["FINALS", "Settings", "VariantGroup", "find_groups"]


@dataclass(frozen=True)
class Settings:
    """What discovery looks for."""

    min_score: int = 2
    """Evidence a Chinese pair needs (2: a strong shape, a shared English rendering, or two shared neighbours)."""
    english: bool = True
    """Also look for English spelling and hyphenation variants."""


@dataclass(frozen=True)
class VariantGroup:
    """Forms that look like one term written several ways, most used first, and why they were joined."""

    lang: str
    forms: tuple[str, ...]
    kinds: tuple[str, ...]
    evidence: tuple[str, ...]

    @property
    def preferred(self) -> str:
        """The majority form (the suggestion)."""
        return self.forms[0]


def _join(pairs: list[Pair]) -> list[tuple[set[str], list[Pair]]]:
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for p in pairs:
        parent[find(p.a)] = find(p.b)
    members: dict[str, set[str]] = {}
    edges: dict[str, list[Pair]] = {}
    for p in pairs:
        root = find(p.a)
        members.setdefault(root, set()).update((p.a, p.b))
        edges.setdefault(root, []).append(p)
    return [(members[r], edges[r]) for r in members]


def _extensions(group: set[str], others: list[set[str]]) -> bool:
    """Every form of `group` is a form of another group with more characters before it (干细胞分泌组 / 分泌组)."""
    return any(all(any(f != g and f.endswith(g) for g in other) for f in group) for other in others)


def _group(lang: str, forms: set[str], edges: list[Pair], table: Mapping[str, FormStat]) -> VariantGroup:
    order = sorted(forms, key=lambda f: (-table[f].count, table[f].first[0], table[f].first[1], f))
    kinds = tuple(sorted({e.kind for e in edges}))
    evidence = tuple(sorted({ev for e in edges for ev in e.evidence}))
    return VariantGroup(lang, tuple(order), kinds, evidence)


def find_groups(stats: Stats, settings: Settings | None = None) -> list[VariantGroup]:
    """Variant groups of Chinese and English forms, in order of their majority form's first use."""
    settings = settings or Settings()
    out: list[VariantGroup] = []
    zh = _join(zh_pairs(stats, settings.min_score))
    sets = [m for m, _e in zh]
    for forms, edges in zh:
        if not _extensions(forms, [s for s in sets if s is not forms]):
            out.append(_group("zh", forms, edges, stats.zh))
    if settings.english:
        out.extend(_group("en", forms, edges, stats.en_forms()) for forms, edges in _join(en_pairs(stats)))
    return out
