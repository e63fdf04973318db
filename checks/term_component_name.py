"""A product's component named two ways: its lower-case hyphenated identifier and its prose name.

Documentation names a component by its binary or deployment name, `karmada-agent`, `karmada-operator` (the form
commands, manifests and logs write), and in prose or a heading by its spaced name, "Karmada Agent", "the Karmada
operator". The two are two registers of one name, as `zeroRuntime` and "zero runtime" are, not two spellings of a
term an editor would unify. What makes the hyphenated form an identifier is its first part: the product's name,
which the page writes capitalised inside its sentences (Karmada) and which prefixes other hyphenated identifiers of
the page too (karmada-apiserver, karmada-kubeconfig beside karmada-agent), so "karmada-" is the namespace of code
identifiers. A compound adjective ("blockchain-based" beside "Blockchain based", on a page that writes "Blockchain"
capitalised but no other blockchain-… identifier) is a variant. Two prose spellings ("Multi-Cluster" / "Multi
Cluster"), two lower-case ones ("command-line" / "command line") and a sentence-initial capital ("Real time" beside
"real-time": "Real" is no name the page capitalises mid-sentence) are still variants.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from zhen_qa.manuscript.lazy_re import LazyPattern

__all__ = ["component_names"]

_IDENTIFIER = LazyPattern(r"[a-z][a-z0-9]*(?:-[a-z][a-z0-9]*)+")
"""A lower-case hyphenated identifier: karmada-agent, karmada-operator."""


def _capitalised_mid_sentence(word: str, texts: Sequence[str]) -> bool:
    """Whether a sentence writes `word` capitalised after a lower-case word or a comma: a name (Karmada)."""
    name = word[:1].upper() + word[1:]
    pattern = re.compile(rf"(?:[a-z]|,) {re.escape(name)}(?![A-Za-z0-9-])")
    return any(pattern.search(t) for t in texts)


NAMESPACE_MIN = 2
"""Different hyphenated identifiers a prefix must begin on the page to be a namespace (karmada-agent and
karmada-apiserver)."""


def _namespace(prefix: str, pages: Sequence[str]) -> bool:
    """Whether the pages' text (code included) writes NAMESPACE_MIN different lower-case hyphenated identifiers
    starting with `prefix`."""
    pattern = re.compile(rf"(?<![A-Za-z0-9-]){re.escape(prefix)}-[a-z][a-z0-9]*(?:-[a-z][a-z0-9]*)*")
    return len({m.group() for page in pages for m in pattern.finditer(page)}) >= NAMESPACE_MIN


def component_names(shown: Sequence[str], texts: Sequence[str], pages: Sequence[str] = ()) -> bool:
    """Whether two forms as written (`shown`) are a component's identifier and its prose name: one a lower-case
    hyphenated identifier whose first part is a name the English sentences `texts` capitalise mid-sentence and a
    namespace of the English `pages` (their whole text, code included: `_namespace`), the other the same words
    spaced, that name capitalised."""
    if len(shown) != 2:
        return False
    ids = [f for f in shown if _IDENTIFIER.fullmatch(f)]
    if len(ids) != 1:
        return False
    ident = ids[0]
    prose = shown[1] if shown[0] == ident else shown[0]
    parts = ident.split("-")
    words = prose.split()
    if [w.casefold() for w in words] != parts or not words[0][:1].isupper() or "-" in prose:
        return False
    return _capitalised_mid_sentence(parts[0], texts) and _namespace(parts[0], pages)
