"""Build the third held-out TICO-19 set (its prose documents that neither tico set used) from a fetched git dir.

    python benchmarks/tico3_heldout.py GIT_DIR OUT_FOLDER

The source is the one of `benchmarks/tico_heldout.py` (TICO-19's translation memory `data/TM/all.en-zh.tmx`,
`github:tico-19/tico-19.github.io`; professional en-zh translations, CC0; the English sources under their own open
licences, Wikipedia/Wikinews/Wikivoyage CC BY-SA, the Wikisource texts public domain or CC0; never copy it into
this repository). tico-heldout took the six PubMed Central articles and two medical Wikipedia articles, tico2-heldout
the nine other medical Wikipedia articles; this builder takes the rest of TICO-19 that is continuous prose, none of
whose sentences was checked or read before this measurement: the Wikivoyage travel advisory "2019-2020 coronavirus
pandemic" (`Wikivoyage_1`, 243 sentences; one bulleted list of restrictions inside it), the Wikipedia articles
"Impact of the 2019-20 coronavirus pandemic on education" (133), "Workplace hazard controls for COVID-19" (53),
"COVID-19 apps" (`wiki_7`, 50) and "Bat SARS-like coronavirus WIV1" (`wiki_26`, 4), the Wikimedia Foundation CEO's
staff memo "Lightening the load and preparing for the future" (`Wikisource_2`, 98), California's executive order
N-33-20 (`Wikisource_1`, 24), and the six Wikinews reports (88). Left out: CMU's spoken doctor-patient questions
(`CMU_1`, sentence fragments in no order). TICO-19 holds no further PubMed document. The Wikisource and some Wikinews
translations do not space Latin and digits off the Chinese (a different translator than the Wikipedia ones).

Sentences that tico-heldout or tico2-heldout also holds are left out, by their Chinese or English text. Each
document is then cut into pieces of up to 30 sentences exactly as tico_heldout.py does (`tico_heldout.pieces`),
written to OUT_FOLDER as `voyage-01.zh` / `.en` / `.gold` (the gold `[i]:[i]`, the benchmark's 1-1 sentence pairs).
The text is as published (wiki_26's English opens with a stray "b'", the source's own). Checked two-file style
without `--presplit` by `benchmarks/precision.py tico3-heldout=/tmp/tico3-heldout` with its own hand-written
glossary `benchmarks/glossaries/tico3.csv` (written from the Chinese side before any check ran).
"""
from __future__ import annotations

from tico2_heldout import DOCS as SEEN2
from tico_heldout import DOCS as SEEN1
from tico_heldout import build  # benchmarks/ is the script's folder

DOCS = {"Wikivoyage_1": "voyage", "Wikipedia_handpicked_5": "education", "Wikipedia_handpicked_7": "workplace",
        "wiki_7": "apps", "wiki_26": "wiv1", "Wikisource_2": "memo", "Wikisource_1": "order",
        "Wikinews_1": "news1", "Wikinews_2": "news2", "Wikinews_3": "news3", "Wikinews_4": "news4",
        "Wikinews_5": "news5", "Wikinews_6": "news6"}
"""TICO-19 document id -> prefix of its pieces' names."""


def main() -> None:
    build(__doc__.splitlines()[0], DOCS, (*SEEN1, *SEEN2), "tico-heldout or tico2-heldout")


if __name__ == "__main__":
    main()
