"""zhen-qa: quality checks for bilingual Chinese–English manuscripts.

Installed, everything lives under this one package: `zhen_qa.manuscript` (reading), `zhen_qa.aligner`
(pairing and alignment), `zhen_qa.glossary` (the termbase engine), `zhen_qa.checks` (the rules),
`zhen_qa.report` (findings and renderers) and `zhen_qa.cli` (the command line). Nothing with a generic
name (`aligner`, `report`, `cli`, ...) is put on the import path.

In the repository the sub-packages are the top-level folders (`aligner/`, `glossary/`, ...); the entries
of the same names in this folder are symbolic links to them, so a checkout, an editable install, the
wheel and the type checker all see one package tree.
"""
