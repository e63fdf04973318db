"""An admitted English alternative that is the preferred term's own noun of action (term-missing).

A documentation glossary admits the noun a preferred verb or noun makes with a derivational suffix: "compilation"
for 编译 "compile", "caching" for 缓存 "cache", "checkpointing" for "checkpoint", "partitioning" for "partition". The
lexicon gives such a noun many senses (compilation: 汇编, 合辑, 文选), so `term_rendered.general_alternative` reads it
as a general word standing in for the concept, and a Chinese sentence dropping 编译 beside "complete the local
compilation" was reported by nothing. But the glossary checks the preferred word in every use whatever its senses,
and the noun naming its own action carries the concept as the preferred word does: the Chinese that leaves it out
lacks the term as beside the preferred word.

Only a form longer than the preferred word by a derivational suffix (`SUFFIXES`) counts, its stem the preferred
word's own (`lexicon.en_stems`, STEM_MIN letters or more): not a plural or a verb form ("strategies", "processes",
"trained": documentation glossaries admit them wholesale and use them loosely, gl58's five colossalai false
findings), not a shorter form ("train" for "training", "Prerequisite"), not another word ("build" for "compile")."""
from __future__ import annotations

import functools

SUFFIXES = ("ation", "ition", "ion", "ment", "ing")
"""Endings that make a noun of action from a verb or noun: compilation, installation, deployment, caching."""

STEM_MIN = 4
"""Least letters of the preferred word's stem (not "us" of "use" in "usage")."""


@functools.lru_cache(maxsize=4096)
def own_derivation(form: str, preferred: str) -> bool:
    """Whether a one-word admitted English `form` is the one-word `preferred` term's own noun of action: longer than
    it, ending in one of SUFFIXES, and beginning with its stem (compilation of compile, caching of cache)."""
    from zhen_qa.aligner.lexicon import en_stems

    f, p = form.lower(), preferred.lower()
    if " " in f or " " in p or len(f) <= len(p) or not f.endswith(SUFFIXES):
        return False
    stems = en_stems(p)
    return len(stems) == 1 and len(stems[0]) >= STEM_MIN and f.startswith(stems[0])
