"""Build the second held-out TICO-19 set (the medical documents tico-heldout left out) from a fetched git dir.

    python benchmarks/tico2_heldout.py GIT_DIR OUT_FOLDER

The source is the one of `benchmarks/tico_heldout.py` (TICO-19's translation memory `data/TM/all.en-zh.tmx`,
`github:tico-19/tico-19.github.io`; professional en-zh translations, CC0; never copy it into this repository).
tico-heldout took its six PubMed Central articles and two medical Wikipedia articles; this builder takes the other
medical Wikipedia articles of the benchmark, none of whose sentences was ever checked or read before this
measurement: "2019-20 coronavirus pandemic" (`Wikipedia_handpicked_1`, 450 sentences; epidemiology, case and death
counts, dates), "Hand washing" (159), "COVID-19 testing" (82), "COVID-19 drug development" (`wiki_13`, 68),
"COVID-19 vaccine" (61), "COVID-19 drug repurposing research" (45), "COVID-19 in pregnancy" (30),
"Angiotensin-converting enzyme 2" (24) and "COVID-19 surveillance" (23). The rest of TICO-19 (CMU's spoken questions,
Wikinews, Wikivoyage, Wikisource, the pandemic's impact on education, workplace hazard controls, apps, a four-sentence
stub) is not of the journal/review kind. Same translators and house style as tico-heldout (Latin and digits spaced
off the Chinese, half-width brackets), so this set is new text, not a new translator.

Sentences that tico-heldout also holds (the pandemic article repeats a few of "Coronavirus disease 2019") are left
out, by their Chinese or English text. Each document is then cut into pieces of up to 30 sentences exactly as
tico_heldout.py does (`tico_heldout.pieces`), written to OUT_FOLDER as `pandemic-01.zh` / `.en` / `.gold` (the gold
`[i]:[i]`, the benchmark's 1-1 sentence pairs): 32 pieces, 937 Chinese lines. Checked two-file style without
`--presplit` by `benchmarks/precision.py tico2-heldout=/tmp/tico2-heldout` with its own hand-written glossary
`benchmarks/glossaries/tico2.csv` (written from the Chinese side before any check ran). None of these sentences is in
tico-heldout, medline or paramed-dev (checked by text).
"""
from __future__ import annotations

from tico_heldout import DOCS as SEEN
from tico_heldout import build  # benchmarks/ is the script's folder

DOCS = {"Wikipedia_handpicked_1": "pandemic", "Wikipedia_handpicked_4": "handwashing",
        "Wikipedia_handpicked_3": "testing", "wiki_13": "drugdev", "wiki_4": "vaccine", "wiki_10": "repurposing",
        "wiki_29": "pregnancy", "wiki_20": "ace2", "wiki_11": "surveillance"}
"""TICO-19 document id -> prefix of its pieces' names."""


def main() -> None:
    build(__doc__.splitlines()[0], DOCS, tuple(SEEN), "tico-heldout")


if __name__ == "__main__":
    main()
