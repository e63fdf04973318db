"""Build the held-out Health Information Translations leaflets (US patient leaflets and their Simplified Chinese).

    python benchmarks/hit_heldout.py RAW_DIR OUT_FOLDER
    python benchmarks/hit_heldout.py --sample hit2 RAW2_DIR /tmp/hit2-heldout

The source is the PDF text of professional Simplified Chinese translations of US patient leaflets published by Health
Information Translations (healthinfotranslations.org: the Ohio State University Wexner Medical Center, Mount Carmel,
OhioHealth and Nationwide Children's Hospital), as stored in the GitHub repository `deep2code/doctor-agent`, file
`internal/knowledge/data/corpus_medlinezh.json` (commit 051045221d1b39367cf0d700ca3b71b1b5515dfe), a JSON object
`{"entries": [{"id", "title", "url", "body", ...}]}`; each body is the text of one bilingual PDF, English and Chinese
blocks alternating page by page, the Chinese hard-wrapped mid-sentence as the PDF printed it. The fetch tool's snapshot
lacks the file; it is read from the search index (read_file) and each chosen entry's body written, JSON-unescaped and
otherwise as stored, to `RAW_DIR/ID.txt` (ID the entry's id without its `medlinezh-` prefix), outside this repository:
the leaflets are licensed for personal, non-commercial use only, so never copy them here. A new source, new
translators and a new layout (bilingual PDF text); none of this text was checked or read by this project before this
measurement.

LEAFLETS are 12 of them, spread over the file, of varied length (3,800-8,400 characters) and topic (tests,
procedures, surgery, pregnancy, infections, cancer, brain injury), chosen before any check ran; leaflets whose body has
figure-free check boxes or glyph bullets that do not survive as text (Power Outages, Tongue Base Exercises, Getting
Your Skin Ready, Simple Appendectomy for a Child), whose PDF text doubles its bold Chinese (Lowering Sodium) or holds a
drug label's image text (Generic and Brand Name Medicines) were passed over.

Each body is split by rules fixed before any check ran:

- furniture is dropped: the running head `TITLE. Simplified Chinese.` (also `Chinese Simplified.`, every page and
  the first line), the line `healthinfotranslations.org`, the copyright and disclaimer paragraph in English only
  (from the line starting with `©` through the line ending `failure to obtain treatment.`, at most 8 lines) and page
  numbers (a line of one or two digits directly before furniture or at the end);
- every other line goes to one side by script: a line with a Han character or a full-width (CJK) punctuation mark is
  Chinese, a line with a Latin letter and neither of those English, and a line of neither (blank, digits or
  half-width punctuation only) goes with the block it sits in (the side of the last line before it that had one; the
  next one's at the start). The full-width punctuation was added after the first build, before any finding was
  labelled: three Chinese continuation lines hold no Han character (`（GTT）。`, ` （metastasis）。`,
  `(Sweet ‘N•Low)。`) and had gone to the English side;
- lines are kept as stored (their trailing spaces, the Chinese hard wraps, the figure labels each side has, the
  translators' spaces after Chinese punctuation and their doubled bullets `••`): the tool reads the two files as a
  user who exported the two languages of the PDF would give them.

A second sample, `--sample hit2` (SAMPLES["hit2"]), is 12 other leaflets of the same file nobody had read, chosen
before any check ran, spread over it and varied (heart tests and procedures, an endoscopy, a sore throat, cancer
care, labor, postpartum mood, stroke, sleep, bottle feeding; 1,700-6,400 characters); leaflets with figure-free check
boxes (Breast Biopsy, the Stress Echo/Muga/Test, Shoulder Sling, Walker, Back exercises), doubled bold Chinese
(Smoking and Your Baby), a placeholder Chinese title (Swallowing Problems) or Japanese text in the Chinese
(Chemotherapy) were passed over. It is split by the same rules, unchanged.

A third sample, `--sample hit3` (SAMPLES["hit3"]), is 11 other leaflets nobody had read, chosen before any check ran
from pages spread over the file (arthritis, asthma, atrial fibrillation, taste changes in cancer care, a chest x-ray,
HPV, seizures, ulcerative colitis, urinary incontinence, recovery after a cesarean birth, fall prevention;
2,400-8,400 characters); leaflets with figure-free check boxes (Child Safety Checklist, Ultrasound), invisible glyph
bullets (Breastfeeding Problems, Simple Appendectomy for a Child), doubled figure labels (Bronchitis, Hand Washing), a
copyright paragraph not ending `failure to obtain treatment.` (Chemical Emergencies, Pandemic Flu) or Japanese text in
the Chinese (Chemotherapy) were passed over. It is split by the same rules, unchanged.

A fourth sample, `--sample hit4` (SAMPLES["hit4"]), is 10 other leaflets nobody had read, chosen by a rule before any
check ran: after each leaflet of hit2 and hit3 in the file's (id) order, the first later entry that is in no sample,
passes the rules above and has a body of 1,700-8,400 characters (the earlier samples' range): avoiding weight gain
when quitting tobacco, bronchoscopy, cholesterol, exercising during pregnancy, headaches, signs of labor,
subcutaneous injection sites, taking a temperature, a clean-catch urine sample, when to call the baby's doctor
(1,740-6,384 characters). Passed over on the way: Breastfeeding Basics (8,507 characters), Head Lice (about 9,000),
figure-free check boxes or glyph boxes (Child Safety Checklist, Ultrasound, the Stress Echo/Muga/Test, the three
back and shoulder exercise sheets), doubled figure labels (Bronchitis, Hand Washing), invisible glyph bullets
(Breastfeeding Problems), a placeholder Chinese title (Swallowing Problems), Japanese text (Chemotherapy) and a
copyright paragraph not ending `failure to obtain treatment.` (Chemical Emergencies). Glossary `glossaries/hit4.csv`
(25 concepts) was written from the leaflets' Chinese before any check ran. Split by the same rules, unchanged.

A fifth sample, `--sample hit5` (SAMPLES["hit5"]), is 8 other leaflets nobody had read, chosen by hit4's rule carried
one step on before any check ran: after each leaflet of hit4 in the file's (id) order, the first later entry that is in
no sample, passes the rules above and has a body of 1,700-8,400 characters: back health and safety, coronary artery
disease, choosing a health care provider for your baby, a fasting blood sugar test, a hearing test for your baby,
teething, a clean-catch urine sample (male), your new baby (2,121-7,200 characters; Signs of Labor, Subcutaneous
Injection Sites and Taking a Temperature all lead to Teething). Passed over on the way: Bullying Information for
Parents (8,441 characters), invisible glyph bullets (Coronary Artery Bypass Surgery, Facial Strengthening Exercises),
a placeholder Chinese title (Skin Cancer, Swallowing Problems), doubled bold Chinese (Smoking and Your Baby) and
figure-free check boxes (the Stress Echo/Muga/Test). Glossary `glossaries/hit5.csv` (26 concepts) was written from the
leaflets' Chinese before any check ran. Split by the same rules, unchanged.

Written to OUT_FOLDER as `ID.zh.txt` / `ID.en.txt` (UTF-8, LF), without gold (defects.py then takes the 1-1 beads of
their own clean alignment). `benchmarks/precision.py hit-heldout=/tmp/hit-heldout` checks them two-file style without
`--presplit`, with the hand-written `benchmarks/glossaries/hit.csv` (written from the leaflets' subjects before any
check ran).
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

LEAFLETS = ("24HourUrine_SCH", "AHealthyPregnancy_SCH", "Breast_Cancer-CHS", "LumbarPuncture_SCH", "Lung_Cancer-CHS",
            "MRI_SCH", "Pneumonia_SCh", "PregnancyHIVTest_SCH", "PrenatalCare_SCH", "TotalKneeReplacement_SCH",
            "Tuberculosis_SCH", "TypesBrainInjury_SCH")
"""The entries used, by id without the `medlinezh-` prefix (RAW_DIR/ID.txt)."""
SAMPLES = {
    "hit": LEAFLETS,
    "hit2": ("BottleFeeding_SCH", "EPS_SCH", "ERCP_SCH", "Echocardiogram_SCH", "Electrocardiogram_SCH",
             "EmotionalChangesBirth_SCh", "SoreMouthThroat_SCH", "SoreThroat_SCH", "StagesLabor_SCH", "Stroke_SCh",
             "TEE_SCH", "WhatSleepBetter_SCH"),
    "hit3": ("Arthritis_SCH", "Asthma_SCH", "Atrial_Fibrillation_CHS", "ChangesTasteSmell_SCH", "ChestX-ray_SCh",
             "HPV_SCH", "Seizures_SCH", "UlcerativeColitis_SCH", "UrinaryIncontinence_SCH",
             "Your_Recovery_After_Cesarean_Birth_SCH", "fall-prevent-home_SCH"),
    "hit4": ("AvoidingWtGainTobacco_SCH", "Bronchoscopy_SCH", "Cholesterol_SCh",
             "Exercising_During_Pregnancy_SiChi_final", "Headaches_SCH", "SignsLabor_SCH", "SubcuInjectionSites_SCH",
             "TakingTemp_SCH", "UrineSampleFemale_SCh", "WhenCallBabysDoctor_SCH"),
    "hit5": ("BackHealthSafety_SCH", "CAD_SCH", "ChoosingDoctorBaby_SCH", "FastingBloodSugar_SCh",
             "HearingTestBaby_SCh", "Teething_SCH", "UrineSampleMale_SCh", "YourNewBaby_SCH"),
}
"""The samples by name: the first (`hit`, the default), a second, unread one (`hit2`), a third (`hit3`), a fourth
(`hit4`) and a fifth (`hit5`)."""
RUNNING_HEAD = re.compile(r"^.+\. (Simplified Chinese|Chinese Simplified)\.\s*$")
SITE = "healthinfotranslations.org"
DISCLAIMER_END = "failure to obtain treatment."
DISCLAIMER_LINES = 8
"""Most lines the copyright and disclaimer paragraph takes (it takes six)."""
PAGE_NUMBER = re.compile(r"^\s*\d{1,2}\s*$")
HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]")
"""Han characters and full-width (CJK) punctuation: the marks of a Chinese line."""
LATIN = re.compile(r"[A-Za-z]")


def is_furniture(line: str) -> bool:
    """The running head, the site line or the first line of the copyright paragraph."""
    s = line.strip()
    return bool(RUNNING_HEAD.match(s)) or s == SITE or s.startswith("©")


def unfurnished(lines: list[str]) -> list[str]:
    """The body's lines without the PDF's furniture (running heads, site line, copyright paragraph, page numbers)."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        s = lines[i].strip()
        if s.startswith("©"):
            end = next((j for j in range(i, min(i + DISCLAIMER_LINES, len(lines)))
                        if lines[j].rstrip().endswith(DISCLAIMER_END)), i)
            i = end + 1
            continue
        if is_furniture(lines[i]):
            i += 1
            continue
        if PAGE_NUMBER.match(lines[i]) and (i + 1 == len(lines) or is_furniture(lines[i + 1])):
            i += 1
            continue
        out.append(lines[i])
        i += 1
    return out


def side_of(line: str) -> str | None:
    """"zh" for a line with a Han character or CJK punctuation, "en" for one with a Latin letter and neither, None
    otherwise."""
    if HAN.search(line):
        return "zh"
    return "en" if LATIN.search(line) else None


def split(body: str) -> tuple[list[str], list[str]]:
    """A leaflet's body as its Chinese lines and its English lines, in order."""
    lines = unfurnished(body.split("\n"))
    sides = [side_of(s) for s in lines]
    first = next((s for s in sides if s), "en")
    zh: list[str] = []
    en: list[str] = []
    current = first
    for line, side in zip(lines, sides):
        current = side or current
        (zh if current == "zh" else en).append(line)
    return zh, en


def main() -> None:
    args = sys.argv[1:]
    sample = "hit"
    if args[:1] == ["--sample"]:
        sample, args = args[1], args[2:]
    leaflets = SAMPLES[sample]
    raw, out = Path(args[0]), Path(args[1])
    out.mkdir(parents=True, exist_ok=True)
    total = 0
    for name in leaflets:
        zh, en = split((raw / f"{name}.txt").read_text(encoding="utf-8"))
        (out / f"{name}.zh.txt").write_text("".join(z + "\n" for z in zh), encoding="utf-8")
        (out / f"{name}.en.txt").write_text("".join(e + "\n" for e in en), encoding="utf-8")
        total += sum(1 for z in zh if z.strip())
    print(f"{out}: {len(leaflets)} documents, {total} Chinese lines")


if __name__ == "__main__":
    main()
