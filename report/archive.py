"""Archive outputs, written as results arrive: Parquet per file, a TMX of every pair, a terminology table.

Layout of the output folder:

- `findings/<name>-<key>.parquet`: one file's findings (one row each; `data` as JSON text);
- `pairs/<name>-<key>.parquet`: one file's aligned beads (section, zh, en, score, line spans);
- `done/<key>.json`: the manifest of a finished file (paths, counts), which `--resume` reads;
- `failures.jsonl`: files that could not be checked, with the reason;
- at the end, `aligned.tmx` (every bead with text on both sides, all files), `terminology.csv` (for each
  concept or variant group: form, occurrences, articles) and `summary.json` (per-file counts, totals,
  signature).

`key` is a hash of the files' bytes and of the settings signature: a rerun with the same inputs and
settings finds the manifest and skips the file; change either and the file is checked again.
"""
from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from zhen_qa.manuscript.digest import sha256
from zhen_qa.report.atomic import write_atomic
from zhen_qa.report.model import FileResult
from zhen_qa.report.serialize import bead_text, finding_dict, side_span
from zhen_qa.report.summary import count

TERM_RULES = ("term-variant", "term-inconsistent", "term-forbidden")
"""Rules whose findings feed the terminology table."""


def job_key(paths: tuple[str, ...], signature: Mapping[str, Any]) -> str:
    """A hash of the files' bytes and the settings: equal keys mean the stored result is still valid."""
    h = sha256(json.dumps(signature, sort_keys=True, ensure_ascii=False).encode("utf-8"))
    for path in paths:
        h.update(b"\0" + os.path.basename(path).encode("utf-8") + b"\0")
        with open(path, "rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                h.update(chunk)
    return h.hexdigest()[:24]


def _safe_name(path: str) -> str:
    return re.sub(r"[^\w.-]+", "_", os.path.basename(path))[:80] or "file"


@dataclass
class FileSummary:
    """What the archive keeps in memory of one file: its paths and counts."""

    path: str
    en_path: str | None
    key: str
    counts: dict[str, Any]
    pairs: int
    error: str | None = None
    notes: tuple[str, ...] = ()
    """How the file was read (`FileResult.notes`: an empty file, locked segments left out), kept in the manifest so
    a resumed run says them again."""

    def as_dict(self) -> dict[str, Any]:
        """JSON form (the manifest and summary.json rows)."""
        d = {"path": self.path, "en_path": self.en_path, "key": self.key, "pairs": self.pairs, **self.counts}
        if self.error:  # as in check's JSON summary: "error" is the count of error findings, which overwrote this
            d["failure"] = self.error
        if self.notes:
            d["notes"] = list(self.notes)
        return d


class ArchiveWriter:
    """Writes each file's results as it arrives and the run-wide outputs at the end."""

    def __init__(self, folder: str) -> None:
        self.folder = folder
        for sub in ("findings", "pairs", "done"):
            os.makedirs(os.path.join(folder, sub), exist_ok=True)
        with open(os.path.join(folder, "failures.jsonl"), "w", encoding="utf-8"):
            pass  # failures are retried by every run, so the list starts afresh

    def _part(self, kind: str, path: str, key: str) -> str:
        return os.path.join(self.folder, kind, f"{_safe_name(path)}-{key}.parquet")

    def manifest(self, key: str) -> FileSummary | None:
        """The stored summary of a finished file, or None (used by --resume)."""
        try:
            with open(os.path.join(self.folder, "done", f"{key}.json"), encoding="utf-8") as fh:
                d = json.load(fh)
        except (OSError, ValueError):
            return None
        counts = {k: d[k] for k in ("total", "error", "warning", "info", "by_rule")}
        return FileSummary(d["path"], d["en_path"], key, counts, d["pairs"], notes=tuple(d.get("notes", ())))

    def add(self, fr: FileResult, key: str) -> FileSummary:
        """Write one file's findings and pairs as Parquet, then its manifest (last, so a crash leaves none)."""
        import polars as pl

        rows = []
        for f in fr.findings:
            d = finding_dict(f)
            d["related"] = json.dumps(d["related"], ensure_ascii=False) if d["related"] else None
            d["data"] = json.dumps(d["data"], ensure_ascii=False, sort_keys=True)
            d["manuscript"] = fr.path
            rows.append(d)
        schema = {"rule": pl.Utf8, "severity": pl.Utf8, "message": pl.Utf8, "path": pl.Utf8, "line": pl.Int64,
                  "column": pl.Int64, "end_line": pl.Int64, "end_column": pl.Int64, "lang": pl.Utf8,
                  "excerpt": pl.Utf8, "suggestion": pl.Utf8, "related": pl.Utf8, "data": pl.Utf8,
                  "manuscript": pl.Utf8}
        pl.DataFrame(rows, schema=schema).write_parquet(self._part("findings", fr.path, key))
        beads = []
        for pair in fr.pairs:
            for n, bead in enumerate(pair.beads):
                zh = [pair.zh[i] for i in bead.zh]
                en = [pair.en[i] for i in bead.en]
                zspan, espan = side_span(zh), side_span(en)
                beads.append({"manuscript": fr.path, "section": pair.section, "bead": n,
                              "zh": bead_text(zh, "zh"), "en": bead_text(en, "en"), "score": float(bead.score),
                              "zh_line": zspan.line if zspan else None, "en_line": espan.line if espan else None,
                              "en_path": espan.path if espan else None})
        pair_schema = {"manuscript": pl.Utf8, "section": pl.Utf8, "bead": pl.Int64, "zh": pl.Utf8, "en": pl.Utf8,
                       "score": pl.Float64, "zh_line": pl.Int64, "en_line": pl.Int64, "en_path": pl.Utf8}
        pl.DataFrame(beads, schema=pair_schema).write_parquet(self._part("pairs", fr.path, key))
        summary = FileSummary(fr.path, fr.en_path, key, count(fr.findings).as_dict(), len(fr.pairs),
                              notes=tuple(fr.notes))
        write_atomic(os.path.join(self.folder, "done", f"{key}.json"),
                     json.dumps(summary.as_dict(), ensure_ascii=False, sort_keys=True).encode("utf-8"))
        return summary

    def fail(self, path: str, en_path: str | None, key: str, message: str) -> FileSummary:
        """Record a file that could not be checked."""
        with open(os.path.join(self.folder, "failures.jsonl"), "a", encoding="utf-8") as fh:
            fh.write(json.dumps({"path": path, "en_path": en_path, "error": message}, ensure_ascii=False) + "\n")
        empty = {"total": 0, "error": 0, "warning": 0, "info": 0, "by_rule": {}}
        return FileSummary(path, en_path, key, empty, 0, error=message)

    def _parts(self, kind: str, summaries: list[FileSummary]) -> Iterator[str]:
        for s in summaries:
            part = self._part(kind, s.path, s.key)
            if s.error is None and os.path.exists(part):
                yield part

    def finish(self, summaries: list[FileSummary], signature: Mapping[str, Any]) -> None:
        """Write aligned.tmx, terminology.csv and summary.json from the stored parts, one file at a time."""
        self._write_tmx(summaries)
        self._write_terminology(summaries)
        total = {"files": len(summaries), "failed": sum(1 for s in summaries if s.error),
                 "findings": sum(s.counts["total"] for s in summaries)}
        body = {"signature": dict(signature), "total": total, "files": [s.as_dict() for s in summaries]}
        write_atomic(os.path.join(self.folder, "summary.json"),
                     json.dumps(body, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8"))

    def _write_tmx(self, summaries: list[FileSummary]) -> None:
        import polars as pl

        from zhen_qa.report.tmx import tmx_document

        def units() -> Iterator[tuple[str, str, str]]:
            for part in self._parts("pairs", summaries):
                frame = pl.read_parquet(part, columns=["zh", "en", "section"])
                for zh, en, section in frame.iter_rows():
                    if zh and en:
                        yield zh, en, section

        tmp = os.path.join(self.folder, "aligned.tmx.tmp")
        with open(tmp, "wb") as fh:
            for chunk in tmx_document(units()):
                fh.write(chunk)
        os.replace(tmp, os.path.join(self.folder, "aligned.tmx"))

    def _write_terminology(self, summaries: list[FileSummary]) -> None:
        """One row per (concept or variant group, form): occurrences and the articles that use it."""
        import polars as pl

        per_doc: dict[tuple[str, str, str, str], int] = {}
        for part in self._parts("findings", summaries):
            frame = pl.read_parquet(part, columns=["rule", "data", "manuscript"]).filter(
                pl.col("rule").is_in(TERM_RULES))
            variants: dict[tuple[str, str, str, str], int] = {}
            for rule, data, manuscript in frame.iter_rows():
                d = json.loads(data)
                concept = str(d.get("concept") or d.get("group") or "")
                if d.get("forms"):  # term-inconsistent: every form of the concept with its count in the document
                    for e in d["forms"]:
                        key = (manuscript, concept, str(e.get("form")), str(e.get("status") or ""))
                        per_doc[key] = max(per_doc.get(key, 0), int(e.get("count") or 0))
                elif d.get("form"):  # term-variant / term-forbidden: one occurrence each
                    key = (manuscript, concept, str(d["form"]), str(d.get("status") or rule))
                    variants[key] = variants.get(key, 0) + 1
            for key, n in variants.items():
                per_doc[key] = max(per_doc.get(key, 0), n)
        forms: dict[tuple[str, str, str], dict[str, Any]] = {}
        for (manuscript, concept, form, status), n in per_doc.items():
            row = forms.setdefault((concept, form, status), {"count": 0, "articles": set()})
            row["count"] += n
            row["articles"].add(manuscript)
        rows = [{"concept": c, "form": f, "status": s, "occurrences": v["count"], "articles": len(v["articles"]),
                 "where": "; ".join(sorted(v["articles"]))} for (c, f, s), v in sorted(forms.items())]
        schema = {"concept": pl.Utf8, "form": pl.Utf8, "status": pl.Utf8, "occurrences": pl.Int64,
                  "articles": pl.Int64, "where": pl.Utf8}
        pl.DataFrame(rows, schema=schema).write_csv(os.path.join(self.folder, "terminology.csv"))
