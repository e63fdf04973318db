"""zhen-qa: quality checks for bilingual Chinese–English manuscripts.

Installed, everything lives under this one package: `zhen_qa.manuscript` (reading), `zhen_qa.aligner`
(pairing and alignment), `zhen_qa.glossary` (the termbase engine), `zhen_qa.checks` (the rules),
`zhen_qa.report` (findings and renderers) and `zhen_qa.cli` (the command line). Nothing with a generic
name (`aligner`, `report`, `cli`, ...) is put on the import path.

In a source checkout the sub-packages are the top-level folders beside this one (`aligner/`,
`glossary/`, ...): `__path__` then also covers the checkout's root so that `zhen_qa.aligner` finds them.
"""
from __future__ import annotations

import os as _os

_here = _os.path.dirname(_os.path.abspath(__file__))
_root = _os.path.dirname(_here)
if not _os.path.isdir(_os.path.join(_here, "aligner")) and _os.path.isfile(_os.path.join(_root, "aligner", "__init__.py")):
    __path__.append(_root)  # a checkout: zhen_qa.aligner is <root>/aligner
