"""Precision benchmark: check clean real translations two-file style and compare findings with labels.

    python benchmarks/precision.py [CORPUS[=FOLDER]...] [--list-unlabelled] [--write-unlabelled] [--list-false]
                                   [--presplit] [--directed]

Each corpus is a folder of Chinese files with English translations beside them, checked as
`zhen-qa check ZH --en EN --glossary benchmarks/glossaries/<glossary>.csv` (no --presplit), in process.
Every finding is keyed by file name, rule, line, column and a hash of its excerpt and looked up in
benchmarks/labels/<corpus>.tsv (columns: file, rule, line, column, hash, label T/F, note). Reported per
corpus: findings, true, false, unlabelled, precision, and false findings per 100 Chinese lines and per
100 Chinese sentences (medline keeps a whole abstract on one line). Clean published translations are
used, so most findings should be false alarms, and each true one is a real defect a reviewer accepts.
With --directed, each document is checked with `--source` its known source language (its name's en2zh / zh2en, else
its corpus's `origin`, each row saying where that comes from): what a translator who says `--source` sees. The measure
of issue 11 is without it.

`paramed-heldout` is held out from tuning: 8 ParaMed (NEJM) documents that are not the paramed-dev ones,
never stored in the repository; give its folder on the command line (`paramed-heldout=/tmp/paramed-heldout`).
Build it with the fetch tool (`github:boxiangliu/ParaMed`, which returns a git dir) and

    python benchmarks/paramed_heldout.py GIT_DIR /tmp/paramed-heldout

which takes `data/manual_align_input.tar.gz` (12 tokenized document pairs; doc1-doc4 are paramed-dev),
detokenizes doc5-doc12 the way paramed-dev was (spaces dropped next to Chinese characters and full-width
punctuation, Moses escapes undone) and writes them as docN.zh / docN.en. Labels are in
benchmarks/labels/paramed-heldout.tsv.

`wmtbio-heldout` is a second held-out set, measured before anything was tuned on it: 46 pieces of the WMT18/WMT19
biomedical task's Chinese Medline test sets (about 20 aligned lines each, 923 Chinese lines), checked with its own
hand-written glossary `glossaries/wmtbio.csv` (22 concepts). Build it with the fetch tool
(`github:hsing-wang/WMT2020_BioMedical`) and `python benchmarks/wmtbio_heldout.py GIT_DIR /tmp/wmtbio-heldout`;
labels in benchmarks/labels/wmtbio-heldout.tsv. `wmtbio-para-heldout` holds the same text in the layout of the
development medline files, about one abstract a paragraph (133 file pairs of 4-10 published line pairs; the WMT18/19
files mark no abstract boundaries), first measured on main 1975eae (0.15.0) before anything was tuned on it: the
paragraph path (sentence splitting and alignment inside an abstract) on text it was never run on; the text itself was
tuned on in its line layout. `python benchmarks/wmtbio_heldout.py GIT_DIR /tmp/wmtbio-para-heldout --paragraphs`;
same glossary; labels in benchmarks/labels/wmtbio-para-heldout.tsv.

`wmt21-heldout` is a third, measured on 0.5.0 before anything was tuned on it: the 50 abstracts of the WMT21
biomedical task's Chinese Medline test set that are not in the development medline set (which is the other half of
that test set), one published sentence a line with the two sides segmented independently (333 Chinese lines), checked
with its own hand-written glossary `glossaries/wmt21.csv` (32 concepts). Build it with the fetch tool
(`github:QbethQ/Intro_to_NLP_hw3`) and `python benchmarks/wmt21_heldout.py GIT_DIR /tmp/wmt21-heldout`; labels in
benchmarks/labels/wmt21-heldout.tsv. `wmt21-para-heldout` holds the same 50 abstracts in the layout of the
development medline files, one abstract a paragraph (`NAME.zh.txt` + `NAME.en.txt`), as the held-out half of the
medline kind is checked: `python benchmarks/wmt21_heldout.py GIT_DIR /tmp/wmt21-para-heldout --paragraphs`; counted
per 100 Chinese sentences as medline is; labels in benchmarks/labels/wmt21-para-heldout.tsv.

`nejm-heldout` is a fourth, measured on 0.6.0 (44aae04) before anything was tuned on it: 40 pieces of 30 lines of
ParaMed's NEJM test and dev splits (the 79 most recent articles of the corpus, Moore-aligned 1-1 sentence pairs; 1200
Chinese lines), its Chinese punctuation restored by rule (see the builder), checked with its own hand-written glossary
`glossaries/nejm.csv` (48 concepts). Build it with the fetch tool
(`github:EzraZephyr/Medical_Translation_EN-ZH-Transformer`) and
`python benchmarks/nejm_heldout.py GIT_DIR /tmp/nejm-heldout`; labels in benchmarks/labels/nejm-heldout.tsv.
`nejm-para-heldout` holds the same sentences joined into paragraphs of up to 5 sentences, alike on both sides
(`python benchmarks/nejm_heldout.py GIT_DIR /tmp/nejm-para-heldout --paragraphs`; labels in
benchmarks/labels/nejm-para-heldout.tsv): the sentence splitting and alignment of the same text.

`nejm2-heldout` and `nejm2-para-heldout` are a fifth pair, measured on 0.7.0 (f67651c) before anything was tuned on
them: the third 30-line block of each three of the same splits (`--offset 2 --docs 0`: 45 pieces, 1350 Chinese lines,
none in nejm-heldout), checked with their own hand-written glossary `glossaries/nejm2.csv` (50 concepts, written from
the pieces' subjects before any finding was read). Build them with
`python benchmarks/nejm_heldout.py GIT_DIR /tmp/nejm2-heldout --offset 2 --docs 0` (and `/tmp/nejm2-para-heldout
... --paragraphs`); labels in benchmarks/labels/nejm2-heldout.tsv and nejm2-para-heldout.tsv.

`nejm3-heldout` and `nejm3-para-heldout` are a sixth pair, the last unseen blocks: the second 30-line block of each
three (`--offset 1 --docs 0`: 45 pieces, 1350 Chinese lines, none in nejm-heldout or nejm2-heldout), checked with
their own hand-written glossary `glossaries/nejm3.csv` (40 concepts, written from the pieces' subjects before any
check ran). Build them with `python benchmarks/nejm_heldout.py GIT_DIR /tmp/nejm3-heldout --offset 1 --docs 0` (and
`/tmp/nejm3-para-heldout ... --paragraphs`); labels in benchmarks/labels/nejm3-heldout.tsv and
nejm3-para-heldout.tsv.

`tico-heldout` is a seventh, measured on 0.8.0 (b16107f) before anything was tuned on it: the six PubMed Central
COVID-19 articles and two medical Wikipedia articles of the TICO-19 benchmark's professional en-zh translations, one
sentence a line, 44 pieces of up to 30 lines (1295 Chinese lines), checked with its own hand-written glossary
`glossaries/tico.csv` (29 concepts, written from the Chinese side before any check ran). Build it with the fetch
tool (`github:tico-19/tico-19.github.io`) and `python benchmarks/tico_heldout.py GIT_DIR /tmp/tico-heldout`; labels
in benchmarks/labels/tico-heldout.tsv.

`tico2-heldout` is an eighth, measured on main f8a5173 before anything was tuned on it: the other nine medical
Wikipedia articles of TICO-19 (the pandemic, hand washing, testing, drugs, vaccines, pregnancy, ACE2, surveillance;
same translators), 32 pieces (937 Chinese lines), checked with its own hand-written glossary `glossaries/tico2.csv`
(32 concepts, written from the Chinese side before any check ran). Build it with `python
benchmarks/tico2_heldout.py GIT_DIR /tmp/tico2-heldout`; labels in benchmarks/labels/tico2-heldout.tsv.

`tico3-heldout` is a ninth, measured on main c7d040e before anything was tuned on it: the rest of TICO-19 that is
continuous prose (the Wikivoyage travel advisory, four Wikipedia articles on education, workplace controls, apps and
a bat virus, a staff memo, an executive order, six Wikinews reports; sentences of the other two sets left out), 28
pieces (693 Chinese lines), checked with its own hand-written glossary `glossaries/tico3.csv` (30 concepts, written
from the Chinese side before any check ran). Build it with `python benchmarks/tico3_heldout.py GIT_DIR
/tmp/tico3-heldout`; labels in benchmarks/labels/tico3-heldout.tsv.

`ecc-heldout` is a tenth, measured on main afc9216 before anything was tuned on it: sentence pairs of ECCParaCorp (the
NCI's PDQ cancer summaries for health professionals and their Chinese translations by medical translators, aligned
by hand; a new source and new translators), 20 pieces of up to 30 independent pairs (595 Chinese lines), checked with
its own hand-written glossary `glossaries/ecc.csv` (30 concepts, written from the Chinese side before any check
ran). Build it with the fetch tool (`github:TIANQIXU1/nlp-project`) and `python benchmarks/ecc_heldout.py GIT_DIR
/tmp/ecc-heldout`; labels in benchmarks/labels/ecc-heldout.tsv. `ecc2-heldout` is a second sample of the same
corpus, measured on main afc9216 after ecc-heldout was labelled and before anything was tuned: 20 other pieces (579
Chinese lines, no sentence of ecc-heldout), the same glossary; `python benchmarks/ecc_heldout.py GIT_DIR
/tmp/ecc2-heldout --offset 4`; labels in benchmarks/labels/ecc2-heldout.tsv.

`acs-heldout` is an eleventh, measured on main 7d8358c before anything was tuned on it: the eleven American Cancer
Society patient guides (after a breast, cervical, colorectal, lung or prostate cancer diagnosis; chemotherapy; nausea
and vomiting; four on skin cancer) and ACS's published Simplified Chinese translations, one paragraph, heading or
bullet a line as published (458 Chinese lines; a new source and new translators, patient education rather than
journal text), checked with its own hand-written glossary `glossaries/acs.csv` (31 concepts, written from the Chinese
side before any check ran). Build it with the fetch tool (`github:hallixrap/llm-translation-study`) and `python
benchmarks/acs_heldout.py GIT_DIR /tmp/acs-heldout`; labels in benchmarks/labels/acs-heldout.tsv.

`vis-heldout` is a twelfth, measured on main 7d8358c before anything was tuned on it: four CDC Vaccine Information
Statements (HPV, PCV, PPSV23, recombinant zoster) and the Simplified Chinese translations of the same edition that
Immunize.org publishes (the other seven translations are of older editions), cleaned of their PDF furniture and line
breaks by fixed rules, 160 Chinese lines, checked with its own hand-written glossary `glossaries/vis.csv` (27
concepts, written from the Chinese side before any check ran). Build it with the same fetch and `python
benchmarks/vis_heldout.py GIT_DIR /tmp/vis-heldout`; labels in benchmarks/labels/vis-heldout.tsv.

`nhc-heldout` is a thirteenth, measured on main 59b6809 (0.16.0) before anything was tuned on it: China's COVID-19
Diagnosis and Treatment Protocol (Trial Version 7, National Health Commission) and its published English translation,
one heading, paragraph or list item a line as republished side by side by a volunteer site, one document per
top-level section (12 documents, 215 Chinese lines; a clinical guideline: a new source, translators and genre),
checked with its own hand-written glossary `glossaries/nhc.csv` (34 concepts, written from the Chinese side before
any check ran). Build it with the fetch tool (`github:combatogether/covid.websage.cn`) and `python
benchmarks/nhc_heldout.py GIT_DIR /tmp/nhc-heldout`; labels in benchmarks/labels/nhc-heldout.tsv.

`hit-heldout` is a fifteenth, measured on main a43235b (0.20.0) before anything was tuned on it: twelve US patient
leaflets of Health Information Translations (tests, procedures, surgery, pregnancy, infections, cancer, brain injury)
in their professional Simplified Chinese, the text of bilingual PDFs split by script into the two languages with the
page furniture dropped and the Chinese hard wraps kept (922 Chinese lines; a new source, translators and layout),
checked with its own hand-written glossary `glossaries/hit.csv` (24 concepts, written before any check ran). Build it
from the bodies read out of the search index (see the builder) with `python benchmarks/hit_heldout.py RAW_DIR
/tmp/hit-heldout`; labels in benchmarks/labels/hit-heldout.tsv.
`hit2-heldout` is a second, unread sample of the same leaflets, measured on main 5eb22fd after hit-heldout had been
tuned: twelve other leaflets (heart tests, an endoscopy, sore throat, cancer care, labor, postpartum mood, stroke,
sleep, bottle feeding; 667 Chinese lines) split by the same rules (`python benchmarks/hit_heldout.py --sample hit2
RAW2_DIR /tmp/hit2-heldout`), checked with its own hand-written glossary `glossaries/hit2.csv` (25 concepts, written
before any check ran); labels in benchmarks/labels/hit2-heldout.tsv.
`hit3-heldout` is a third, unread sample of the same leaflets, measured on main 86f8170 (0.21.0) after hit-heldout and
hit2-heldout had been tuned: eleven other leaflets (arthritis, asthma, atrial fibrillation, cancer-care taste changes,
chest x-ray, HPV, seizures, ulcerative colitis, urinary incontinence, cesarean recovery, fall prevention) split by the
same rules (`python benchmarks/hit_heldout.py --sample hit3 RAW3_DIR /tmp/hit3-heldout`), checked with its own
hand-written glossary `glossaries/hit3.csv` (25 concepts, written before any check ran); labels in
benchmarks/labels/hit3-heldout.tsv.
`hit4-heldout` is a fourth, unread sample of the same leaflets, measured on 0.22.0 (f6a9e6f) after the first three had
been tuned: ten other leaflets chosen by a rule (see the builder; quitting tobacco, bronchoscopy, cholesterol, exercise
in pregnancy, headaches, signs of labor, injection sites, taking a temperature, a urine sample, when to call the baby's
doctor) split by the same rules (`python benchmarks/hit_heldout.py --sample hit4 RAW4_DIR /tmp/hit4-heldout`), checked
with its own hand-written glossary `glossaries/hit4.csv` (25 concepts, written before any check ran); labels in
benchmarks/labels/hit4-heldout.tsv.
`hit5-heldout` is a fifth, unread sample of the same leaflets, measured on 0.23.0 (1640b7b) and on branch hit43: eight
other leaflets chosen by hit4's rule carried one step on (see the builder; back health, coronary artery disease,
choosing a baby's provider, a fasting blood sugar test, a baby's hearing test, teething, a male urine sample, your new
baby) split by the same rules (`python benchmarks/hit_heldout.py --sample hit5 RAW5_DIR /tmp/hit5-heldout`), checked
with its own hand-written glossary `glossaries/hit5.csv` (26 concepts, written before any check ran); labels in
benchmarks/labels/hit5-heldout.tsv.

`nextstrain-heldout` is a fourteenth, measured on main 4bd80cc before anything was tuned on it: the Nextstrain
project's fourteen weekly COVID-19 genomic-epidemiology situation reports of 2020 and its tutorial on reading
phylogenetic trees, in English and in the Simplified Chinese of their named volunteer translators (CC-BY), one
Markdown block (heading, paragraph, list item) a line after fixed cleaning rules, one document per narrative (15
documents, 1253 Chinese lines; public-health science for the public: a new source, translators and genre), checked with
its own hand-written glossary `glossaries/nextstrain.csv` (35 concepts, written from the Chinese side before any check
ran). Build it with the fetch tool (`github:nextstrain/narratives`) and `python benchmarks/nextstrain_heldout.py
GIT_DIR /tmp/nextstrain-heldout`; labels in benchmarks/labels/nextstrain-heldout.tsv.

`chinaxiv2-heldout` is a second sample of chinaxiv-heldout's corpus, measured on main e2f563e before anything was
tuned on it: 40 ChinaXiv papers of 2021-2022 (chinaxiv-heldout's are of 2020) taken by the same rules, abstract and
keywords, checked with its own hand-written glossary `glossaries/chinaxiv2.csv` (33 concepts, written from the
Chinese side before any check ran), counted per 100 Chinese sentences. Build it with the fetch tool
(`github:DreamBlooms/ChinaXiv-201601-to-202209`) and `python benchmarks/chinaxiv2_heldout.py GIT_DIR
/tmp/chinaxiv2-heldout`; labels in benchmarks/labels/chinaxiv2-heldout.tsv.

`chinaxiv3-heldout` is a third sample of that corpus, measured on main e2f563e before anything was tuned on it: 40
ChinaXiv papers of 2017-2019 (biomedicine, animal science, psychology, information science) by the same rules, those
whose English the PDF extraction glued together left out, laid out as the medline kind (one abstract a paragraph, no
keywords), checked with its own hand-written glossary `glossaries/chinaxiv3.csv` (32 concepts, written from the
Chinese side before any check ran), counted per 100 Chinese sentences. `python benchmarks/chinaxiv3_heldout.py
GIT_DIR /tmp/chinaxiv3-heldout`; labels in benchmarks/labels/chinaxiv3-heldout.tsv.

`chinaxiv4-heldout` is a fourth sample of that corpus (a fallback: no new fetchable source was found, see
benchmarks/chinaxiv4_heldout.py), measured on main f6b0dc5 (0.19.0) before anything was tuned on it: the first 30
ChinaXiv papers of 2021-2022 after the 40 of chinaxiv2-heldout, by the same rules, glued English left out, laid out as
chinaxiv3-heldout (one abstract a paragraph), checked with its own hand-written glossary `glossaries/chinaxiv4.csv`
(37 concepts, written from the Chinese side before any check ran), counted per 100 Chinese sentences. `python
benchmarks/chinaxiv4_heldout.py GIT_DIR /tmp/chinaxiv4-heldout`; labels in benchmarks/labels/chinaxiv4-heldout.tsv.
`chinaxiv5-heldout` is a fifth, by the same fallback, measured on main f6b0dc5 before anything was tuned on it: the next
30 papers of 2017-2019 after the 40 of chinaxiv3-heldout (each Chinese abstract once), laid out as chinaxiv3-heldout,
with its own glossary `glossaries/chinaxiv5.csv` (43 concepts, written from the Chinese side before any check ran).
`python benchmarks/chinaxiv5_heldout.py GIT_DIR /tmp/chinaxiv5-heldout`; labels in
benchmarks/labels/chinaxiv5-heldout.tsv.
`chinaxiv6-heldout` is a sixth (journal production's own case, a fresh sample for measuring main and later fixes),
measured on main dd2d25c (0.21.0) before anything was tuned on it: the next 30 papers of 2017-2019 after
chinaxiv5-heldout's by its rules, laid out as chinaxiv3-heldout, with its own glossary `glossaries/chinaxiv6.csv` (45
concepts, written from the Chinese side and committed before any check ran), counted per 100 Chinese sentences.
`python benchmarks/chinaxiv6_heldout.py GIT_DIR /tmp/chinaxiv6-heldout`; labels in
benchmarks/labels/chinaxiv6-heldout.tsv.
`chinaxiv7-heldout` is a seventh, measured on main f6a9e6f (0.22.0) before anything was tuned on it: the last 30
unread papers of 2021-2022, after chinaxiv4-heldout's, by the rules of chinaxiv4-heldout and chinaxiv6-heldout, laid
out as chinaxiv3-heldout, with its own glossary `glossaries/chinaxiv7.csv` (52 concepts, written from the Chinese side
and committed before any check ran), counted per 100 Chinese sentences.
`python benchmarks/chinaxiv7_heldout.py GIT_DIR /tmp/chinaxiv7-heldout`; labels in
benchmarks/labels/chinaxiv7-heldout.tsv.
`fresh43-heldout` (stop 43, measured on main 1640b7b = 0.23.0 before anything was tuned on it): no new source could be
fetched, so the unread rest of two used pools by a rule written before the build: the NEJM test/dev split lines
nejm, nejm2 and nejm3 left unread (8 pieces, 238 Chinese lines) and ECCParaCorp's pieces at offset 1 of 9 (19
pieces, 576 lines, no pair of ecc or ecc2), with its own glossary `glossaries/fresh43.csv` (26 concepts, written
from the Chinese side and committed before any check ran). `python benchmarks/fresh43_heldout.py NEJM_GIT_DIR
ECC_GIT_DIR /tmp/fresh43-heldout`; labels in benchmarks/labels/fresh43-heldout.tsv.
`fresh44-heldout` (stop 44, measured on main 967a26d = 0.24.0 before anything was tuned on it): again no new source,
so ECCParaCorp's pieces at offset 2 of 9 (20 pieces, 586 Chinese lines, no pair of ecc, fresh43 or ecc2), with its
own glossary `glossaries/fresh44.csv` (29 concepts, written from the Chinese side and committed before any check
ran). `python benchmarks/fresh44_heldout.py ECC_GIT_DIR /tmp/fresh44-heldout`; labels in
benchmarks/labels/fresh44-heldout.tsv.
`chinaxiv8-heldout` (stop 45, measured on main 3d07844 = 0.25.1 before anything was tuned on it): the clinical pool
of the seven ChinaXiv sets spent, the first 40 papers of 2016-2022 whose Chinese abstract names a life-science or
psychology subject and no clinical one (chinaxiv8_heldout.LIFE; rule fixed before the build), laid out as
chinaxiv3-heldout, with its own glossary `glossaries/chinaxiv8.csv` (36 concepts, written from the Chinese side and
committed before any check ran), counted per 100 Chinese sentences. `python benchmarks/chinaxiv8_heldout.py GIT_DIR
/tmp/chinaxiv8-heldout`; labels in benchmarks/labels/chinaxiv8-heldout.tsv.
`chinaxiv9-heldout` (stop 46, measured on main 527330e = 0.26.0 before anything was tuned on it): the next 40 papers
of chinaxiv8-heldout's pool by its rule (chinaxiv9_heldout.py; a paper opening as one of the earlier ones left out),
laid out as chinaxiv3-heldout, with its own glossary `glossaries/chinaxiv9.csv` (39 concepts, written from the
Chinese side and committed before any check ran), counted per 100 Chinese sentences. `python
benchmarks/chinaxiv9_heldout.py GIT_DIR /tmp/chinaxiv9-heldout`; labels in benchmarks/labels/chinaxiv9-heldout.tsv.
`chinaxiv10-heldout` (stop 47, measured on main 9f0805c = 0.27.0 before anything was tuned on it): the next 40 papers
of the same pool by chinaxiv9-heldout's rule (chinaxiv10_heldout.py), laid out as chinaxiv3-heldout, with its own
glossary `glossaries/chinaxiv10.csv` (46 concepts, written from the Chinese side and committed before any check ran),
counted per 100 Chinese sentences. `python benchmarks/chinaxiv10_heldout.py GIT_DIR /tmp/chinaxiv10-heldout`; labels
in benchmarks/labels/chinaxiv10-heldout.tsv.
`chinaxiv11-heldout` (stop 47, measured on main 9f0805c = 0.27.0 before anything was tuned on it): the clinical pool's
last 8 unread papers with unglued English (2017-2019 after chinaxiv6-heldout's, by its rule; chinaxiv11_heldout.py),
laid out as chinaxiv3-heldout, with its own glossary `glossaries/chinaxiv11.csv` (25 concepts, written from the Chinese
side and committed before any check ran), counted per 100 Chinese sentences. `python benchmarks/chinaxiv11_heldout.py
GIT_DIR /tmp/chinaxiv11-heldout`; labels in benchmarks/labels/chinaxiv11-heldout.tsv.
`chinaxiv12-heldout` (stop 48, measured on main 102de3b = 0.28.0 before anything was tuned on it): the next 40 papers
of chinaxiv10-heldout's pool by its rule (chinaxiv12_heldout.py), laid out as chinaxiv3-heldout, with its own glossary
`glossaries/chinaxiv12.csv` (written from the Chinese side and committed before any check ran), counted per 100
Chinese sentences. `python benchmarks/chinaxiv12_heldout.py GIT_DIR /tmp/chinaxiv12-heldout`; labels in
benchmarks/labels/chinaxiv12-heldout.tsv.
`chinaxiv13-heldout` (stop 52, measured on main 1008a84f before anything was tuned on it): the next 40 papers of
chinaxiv12-heldout's pool by its rule (chinaxiv13_heldout.py; no unused public source of journal abstracts with their
translation was found), laid out as chinaxiv3-heldout, with its own glossary `glossaries/chinaxiv13.csv` (written from
the Chinese side and committed before any check ran), counted per 100 Chinese sentences. `python
benchmarks/chinaxiv13_heldout.py GIT_DIR /tmp/chinaxiv13-heldout`; labels in benchmarks/labels/chinaxiv13-heldout.tsv.
`chinaxiv14-heldout` (stop 66, measured on main 1dda6966 before anything was tuned on it): 40 papers of the pool no
earlier ChinaXiv set drew from (abstracts naming neither a clinical nor a life-science subject: earth sciences,
engineering, computing, economics ...; every 27th of that order, chinaxiv14_heldout.py), laid out as chinaxiv3-heldout,
with its own glossary `glossaries/chinaxiv14.csv` (written from the Chinese side and committed before any check ran),
counted per 100 Chinese sentences. `python benchmarks/chinaxiv14_heldout.py GIT_DIR /tmp/chinaxiv14-heldout`; labels in
benchmarks/labels/chinaxiv14-heldout.tsv.
`chinaxiv15-heldout` (stop 69, measured on main a0a4622b before anything was tuned on it): 40 other papers of
chinaxiv14-heldout's pool (every 27th from the 13th of the same order, chinaxiv15_heldout.py: none of chinaxiv14's),
laid out as chinaxiv3-heldout, with its own glossary `glossaries/chinaxiv15.csv` (written from the Chinese side and
committed before any check ran), counted per 100 Chinese sentences. `python benchmarks/chinaxiv15_heldout.py GIT_DIR
/tmp/chinaxiv15-heldout`; labels in benchmarks/labels/chinaxiv15-heldout.tsv.
`chinaxiv16-heldout` (stop 70, measured on main 6c96384d before anything was tuned on it): 40 other papers of
chinaxiv14-heldout's pool (every 27th from the 6th of the same order, chinaxiv16_heldout.py: none of chinaxiv14's or
chinaxiv15's), laid out as chinaxiv3-heldout, with its own glossary `glossaries/chinaxiv16.csv` (written from the
Chinese side and committed before any check ran), counted per 100 Chinese sentences. `python
benchmarks/chinaxiv16_heldout.py GIT_DIR /tmp/chinaxiv16-heldout`; labels in benchmarks/labels/chinaxiv16-heldout.tsv.
"""
from __future__ import annotations

import argparse
import hashlib
import sys
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from zhen_qa.checks.run import Flags, run_check  # noqa: E402
from zhen_qa.report.findings import Finding  # noqa: E402

HERE = Path(__file__).resolve().parent
SHARED = Path("/work/shared/data")


@dataclass(frozen=True)
class Corpus:
    """A folder of translation pairs: Chinese files by glob, the English file by suffix swap."""

    name: str
    folder: Path
    zh_glob: str
    zh_suffix: str
    en_suffix: str
    glossary: str = "medical"
    origin: str | None = None
    """The language its documents were translated from ("zh", "en"; None: unknown or said by each file's name),
    what `--directed` passes as `--source` to a file whose name does not say (en2zh-, zh2en-)."""
    why: str = ""
    """Where `origin` comes from."""


# why the sets of one source are what they are (`--directed`), said once
CHINAXIV_WHY = "ChinaXiv: Chinese papers with their machine-assisted English versions"
HIT_WHY = "patient leaflets translated from English into Simplified Chinese (_SCH)"
PDQ_WHY = "PDQ cancer information summaries (NCI), translated from English"

def _chinaxiv_txt(n: int) -> Corpus:
    """The n-th ChinaXiv sample from chinaxiv3 on: one abstract a line in NAME.zh.txt / NAME.en.txt under
    /tmp/chinaxivN-heldout, labels chinaxivN, Chinese the original."""
    name = f"chinaxiv{n}"
    return Corpus(f"{name}-heldout", Path(f"/tmp/{name}-heldout"), "*.zh.txt", ".zh.txt", ".en.txt", name,
                  origin="zh", why=CHINAXIV_WHY)


CORPORA = {
    "paramed-dev": Corpus("paramed-dev", SHARED / "align/paramed-dev", "*.zh", ".zh", ".en", "medical",
                      origin="en", why="NEJM articles, translated into the NEJM Chinese edition"),
    "medline": Corpus("medline", SHARED / "real/medline", "*.zh.txt", ".zh.txt", ".en.txt", "medical",
                      origin=None, why="WMT Medline abstracts: each file's name says en2zh or zh2en"),
    "paramed-heldout": Corpus("paramed-heldout", Path("/tmp/paramed-heldout"), "*.zh", ".zh", ".en", "medical",
                      origin="en", why="NEJM articles, translated into the NEJM Chinese edition"),
    "wmtbio-heldout": Corpus("wmtbio-heldout", Path("/tmp/wmtbio-heldout"), "*.zh", ".zh", ".en", "wmtbio",
                      origin=None, why="WMT18/19 biomedical: each file's name says en2zh or zh2en"),
    "wmtbio-para-heldout": Corpus("wmtbio-para-heldout", Path("/tmp/wmtbio-para-heldout"), "*.zh.txt", ".zh.txt",
                                  ".en.txt", "wmtbio",
                      origin=None, why="WMT18/19 biomedical: each file's name says en2zh or zh2en"),
    "wmt21-heldout": Corpus("wmt21-heldout", Path("/tmp/wmt21-heldout"), "*.zh", ".zh", ".en", "wmt21",
                      origin=None, why="WMT21 biomedical: each file's name says en2zh or zh2en"),
    "wmt21-para-heldout": Corpus("wmt21-para-heldout", Path("/tmp/wmt21-para-heldout"), "*.zh.txt", ".zh.txt",
                                 ".en.txt", "wmt21",
                      origin=None, why="WMT21 biomedical: each file's name says en2zh or zh2en"),
    "nejm-heldout": Corpus("nejm-heldout", Path("/tmp/nejm-heldout"), "*.zh", ".zh", ".en", "nejm",
                      origin="en", why="NEJM articles (ParaMed), translated into the NEJM Chinese edition"),
    "nejm-para-heldout": Corpus("nejm-para-heldout", Path("/tmp/nejm-para-heldout"), "*.zh", ".zh", ".en", "nejm",
                      origin="en", why="NEJM articles (ParaMed), translated into the NEJM Chinese edition"),
    "nejm2-heldout": Corpus("nejm2-heldout", Path("/tmp/nejm2-heldout"), "*.zh", ".zh", ".en", "nejm2",
                      origin="en", why="NEJM articles (ParaMed), translated into the NEJM Chinese edition"),
    "nejm2-para-heldout": Corpus("nejm2-para-heldout", Path("/tmp/nejm2-para-heldout"), "*.zh", ".zh", ".en", "nejm2",
                      origin="en", why="NEJM articles (ParaMed), translated into the NEJM Chinese edition"),
    "nejm3-heldout": Corpus("nejm3-heldout", Path("/tmp/nejm3-heldout"), "*.zh", ".zh", ".en", "nejm3",
                      origin="en", why="NEJM articles (ParaMed), translated into the NEJM Chinese edition"),
    "nejm3-para-heldout": Corpus("nejm3-para-heldout", Path("/tmp/nejm3-para-heldout"), "*.zh", ".zh", ".en", "nejm3",
                      origin="en", why="NEJM articles (ParaMed), translated into the NEJM Chinese edition"),
    "tico-heldout": Corpus("tico-heldout", Path("/tmp/tico-heldout"), "*.zh", ".zh", ".en", "tico",
                      origin="en", why="TICO-19: English PubMed Central and Wikipedia articles, translated"),
    "tico2-heldout": Corpus("tico2-heldout", Path("/tmp/tico2-heldout"), "*.zh", ".zh", ".en", "tico2",
                      origin="en", why="TICO-19: English Wikipedia articles translated by professionals"),
    "tico3-heldout": Corpus("tico3-heldout", Path("/tmp/tico3-heldout"), "*.zh", ".zh", ".en", "tico3",
                      origin="en", why="TICO-19: English articles translated by professionals"),
    "ecc-heldout": Corpus("ecc-heldout", Path("/tmp/ecc-heldout"), "*.zh", ".zh", ".en", "ecc",
                      origin="en", why=PDQ_WHY),
    "ecc2-heldout": Corpus("ecc2-heldout", Path("/tmp/ecc2-heldout"), "*.zh", ".zh", ".en", "ecc",
                      origin="en", why=PDQ_WHY),
    "acs-heldout": Corpus("acs-heldout", Path("/tmp/acs-heldout"), "*.zh", ".zh", ".en", "acs",
                      origin="en", why="American Cancer Society pages, translated from English"),
    "vis-heldout": Corpus("vis-heldout", Path("/tmp/vis-heldout"), "*.zh", ".zh", ".en", "vis",
                      origin="en", why="CDC Vaccine Information Statements, translated from English"),
    "nhc-heldout": Corpus("nhc-heldout", Path("/tmp/nhc-heldout"), "*.zh", ".zh", ".en", "nhc",
                      origin="zh", why="National Health Commission of China documents with their English versions"),
    "hit-heldout": Corpus("hit-heldout", Path("/tmp/hit-heldout"), "*.zh.txt", ".zh.txt", ".en.txt", "hit",
                      origin="en", why=HIT_WHY),
    "hit2-heldout": Corpus("hit2-heldout", Path("/tmp/hit2-heldout"), "*.zh.txt", ".zh.txt", ".en.txt", "hit2",
                      origin="en", why=HIT_WHY),
    "hit3-heldout": Corpus("hit3-heldout", Path("/tmp/hit3-heldout"), "*.zh.txt", ".zh.txt", ".en.txt", "hit3",
                      origin="en", why=HIT_WHY),
    "hit4-heldout": Corpus("hit4-heldout", Path("/tmp/hit4-heldout"), "*.zh.txt", ".zh.txt", ".en.txt", "hit4",
                      origin="en", why=HIT_WHY),
    "hit5-heldout": Corpus("hit5-heldout", Path("/tmp/hit5-heldout"), "*.zh.txt", ".zh.txt", ".en.txt", "hit5",
                      origin="en", why=HIT_WHY),
    "nextstrain-heldout": Corpus("nextstrain-heldout", Path("/tmp/nextstrain-heldout"), "*.zh", ".zh", ".en",
                                 "nextstrain",
                      origin="en", why="Nextstrain situation reports, written in English and translated by volunteers"),
    "chinaxiv-heldout": Corpus("chinaxiv-heldout", Path("/tmp/chinaxiv-heldout"), "*.zh", ".zh", ".en", "chinaxiv",
                      origin="zh", why=CHINAXIV_WHY),
    "chinaxiv2-heldout": Corpus("chinaxiv2-heldout", Path("/tmp/chinaxiv2-heldout"), "*.zh", ".zh", ".en",
                                "chinaxiv2",
                      origin="zh", why=CHINAXIV_WHY),
    "chinaxiv3-heldout": _chinaxiv_txt(3),
    "chinaxiv4-heldout": _chinaxiv_txt(4),
    "chinaxiv5-heldout": _chinaxiv_txt(5),
    "chinaxiv6-heldout": _chinaxiv_txt(6),
    "fresh43-heldout": Corpus("fresh43-heldout", Path("/tmp/fresh43-heldout"), "*.zh", ".zh", ".en", "fresh43",
                      origin="en", why=PDQ_WHY),
    "fresh44-heldout": Corpus("fresh44-heldout", Path("/tmp/fresh44-heldout"), "*.zh", ".zh", ".en", "fresh44",
                      origin="en", why=PDQ_WHY),
    "chinaxiv7-heldout": _chinaxiv_txt(7),
    "chinaxiv8-heldout": _chinaxiv_txt(8),
    "chinaxiv9-heldout": _chinaxiv_txt(9),
    "chinaxiv10-heldout": _chinaxiv_txt(10),
    "chinaxiv11-heldout": _chinaxiv_txt(11),
    "chinaxiv12-heldout": _chinaxiv_txt(12),
    "chinaxiv13-heldout": _chinaxiv_txt(13),
    "chinaxiv14-heldout": _chinaxiv_txt(14),
    "chinaxiv15-heldout": _chinaxiv_txt(15),
    "chinaxiv16-heldout": _chinaxiv_txt(16),
}


def corpus_of(arg: str) -> Corpus:
    """A corpus named on the command line, `NAME` or `NAME=FOLDER` (the folder replaces the default)."""
    name, _, folder = arg.partition("=")
    corpus = CORPORA[name]
    if folder:
        corpus = replace(corpus, folder=Path(folder))
    if not corpus.folder.is_dir():
        sys.exit(f"{name}: no folder {corpus.folder} (see this script's docstring)")
    return corpus


def key(f: Finding) -> tuple[str, str, int, int, str]:
    """(file, rule, line, column, excerpt hash) of one finding (the label files' key; precision_cat.py keys so too)."""
    name = Path(f.location.path).name
    digest = hashlib.sha1(f"{f.excerpt}|{f.message}".encode()).hexdigest()[:10]
    return name, f.rule, f.location.line, f.location.column, digest


def load_labels(path: Path) -> dict[tuple[str, str, int, int, str], str]:
    """Labels file -> {key: "T" | "F"} ("?" rows are unlabelled)."""
    out: dict[tuple[str, str, int, int, str], str] = {}
    if not path.exists():
        return out
    for row in path.read_text(encoding="utf-8").splitlines():
        if not row.strip() or row.startswith("#"):
            continue
        cols = row.split("\t")
        if cols[5] in ("T", "F"):
            out[(cols[0], cols[1], int(cols[2]), int(cols[3]), cols[4])] = cols[5]
    return out


def verdict_of(f: Finding, labels: dict[tuple[str, str, int, int, str], str], list_unlabelled: bool,
               list_false: bool) -> tuple[str, str | None]:
    """A finding's label ("T", "F" or "?"), printed when listed, and for "?" the row --write-unlabelled appends."""
    k = key(f)
    v = labels.get(k, "?")
    if (v == "?" and list_unlabelled) or (v == "F" and list_false):
        print(f"  {v} {k[0]}:{k[2]}:{k[3]} [{f.rule}] {f.message[:140]}")
    if v != "?":
        return v, None
    note = f.message.replace("\t", " ").replace("\n", " ")[:120]
    return v, "\t".join(map(str, k)) + f"\t?\t{note}"


def append_unlabelled(path: Path, rows: list[str]) -> None:
    """Append unlabelled rows ("?") to a labels file, with the header when the file is new or empty."""
    if not rows:
        return
    with path.open("a", encoding="utf-8") as fh:
        if not path.stat().st_size:
            fh.write("# file\trule\tline\tcolumn\thash\tlabel\tnote\n")
        fh.write("\n".join(rows) + "\n")


def source_of(corpus: Corpus, name: str) -> str | None:
    """The language a document was translated from: its name's en2zh / zh2en, else the corpus's origin."""
    for tag, lang in (("en2zh", "en"), ("zh2en", "zh")):
        if tag in name:
            return lang
    return corpus.origin


def findings_of(corpus: Corpus, presplit: bool = False, directed: bool = False) -> tuple[list[Finding], int, int]:
    """All findings of a corpus, its Chinese line count and its Chinese sentence count; `directed`: each document
    checked with `--source` its known source language (`source_of`), as a translator who says it sees it."""
    gloss = str(HERE / "glossaries" / f"{corpus.glossary}.csv")
    out: list[Finding] = []
    lines = sentences = 0
    for zh in sorted(corpus.folder.glob(corpus.zh_glob)):
        en = zh.with_name(zh.name[: -len(corpus.zh_suffix)] + corpus.en_suffix)
        text = zh.read_text(encoding="utf-8")
        lines += sum(1 for line in text.splitlines() if line.strip())
        sentences += sum(text.count(ch) for ch in "。！？") or 1
        source = source_of(corpus, zh.name) if directed else None
        report = run_check([str(zh)], str(en), Flags(glossaries=(gloss,), presplit=presplit, source=source))
        for fr in report.files:
            out.extend(fr.findings)
    return out, lines, sentences


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpora", nargs="*", default=["paramed-dev", "medline"],
                    help="NAME or NAME=FOLDER; names: " + ", ".join(CORPORA))
    ap.add_argument("--list-unlabelled", action="store_true", help="print findings missing from the labels")
    ap.add_argument("--write-unlabelled", action="store_true", help="append them to the labels file with '?'")
    ap.add_argument("--list-false", action="store_true", help="print the findings labelled false")
    ap.add_argument("--presplit", action="store_true",
                    help="check with --presplit (one sentence a line forced; the measure is without it)")
    ap.add_argument("--directed", action="store_true",
                    help="check each document with --source its known source language (file name en2zh/zh2en, "
                         "else the corpus's origin); the measure of issue 11 is without it")
    args = ap.parse_args()
    for arg in args.corpora:
        corpus = corpus_of(arg)
        name = corpus.name
        path = HERE / "labels" / f"{name}.tsv"
        labels = load_labels(path)
        found, lines, sentences = findings_of(corpus, args.presplit, args.directed)
        verdict: Counter[str] = Counter()
        false_by_rule: Counter[str] = Counter()
        new_rows: list[str] = []
        for f in found:
            v, row = verdict_of(f, labels, args.list_unlabelled, args.list_false)
            verdict[v] += 1
            if v == "F":
                false_by_rule[f.rule] += 1
            if row:
                new_rows.append(row)
        if args.write_unlabelled:
            append_unlabelled(path, new_rows)
        labelled = verdict["T"] + verdict["F"]
        precision = verdict["T"] / labelled if labelled else float("nan")
        shown = f"{name} (directed)" if args.directed else name
        print(f"{shown}: {len(found)} findings on {lines} Chinese lines / {sentences} sentences: "
              f"{verdict['T']} true, {verdict['F']} false, {verdict['?']} unlabelled; precision {precision:.3f}; "
              f"false per 100 lines {100 * verdict['F'] / max(lines, 1):.2f}, "
              f"per 100 sentences {100 * verdict['F'] / max(sentences, 1):.2f}")
        for rule, n in false_by_rule.most_common():
            print(f"  false {rule:20s} {n}")


if __name__ == "__main__":
    main()
