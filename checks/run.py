"""One check run: find the files, resolve configuration and glossaries, check, and build a Report."""
from __future__ import annotations

import bisect
import logging
import os
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import TYPE_CHECKING

from zhen_qa.checks.config import Config, find_config, load_config
from zhen_qa.manuscript.collector import collector_paused
from zhen_qa.manuscript.errors import InputError
from zhen_qa.report.findings import Finding, Severity
from zhen_qa.report.model import FileResult, Report

if TYPE_CHECKING:  # pragma: no cover
    from zhen_qa.glossary.model import Glossary
    from zhen_qa.manuscript.document import Manuscript

log = logging.getLogger(__name__)



@dataclass(frozen=True)
class Flags:
    """Command-line settings; None or empty means "take it from the configuration"."""

    glossaries: tuple[str, ...] = ()
    config: str | None = None
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    fail_on: str | None = None
    presplit: bool = False
    include_locked: bool = False
    """CAT files: check locked segments too (Trados, memoQ), which are left out by default."""
    skip_approved: bool = False
    """CAT files: leave out segments a reviewer approved or signed off (checked by default)."""
    severity: Mapping[str, Severity] = field(default_factory=dict)
    strict: bool = False
    """Glossary problems are errors (exit 2) instead of warnings."""
    columns: tuple[tuple[str, str], ...] = ()
    """Term columns of flat glossaries named by the user: (("zh", "Term"), ("en", "Translation"))."""
    source: str | None = None
    """The language translated from, "zh" or "en" (`Options.source`): glossary terms are checked from it only."""


def known_rules() -> frozenset[str]:
    """Ids of every rule in the catalog."""
    from zhen_qa.checks.registry import RULES

    return frozenset(r.id for r in RULES)


@lru_cache(maxsize=32)
def _config_for(path: str | None) -> Config:
    return load_config(path, known_rules()) if path else Config()


def resolve_config(file: str, flags: Flags) -> Config:
    """The file's configuration (explicit, or the nearest one upward) with the flags applied."""
    path = flags.config or find_config(file)
    cfg = _config_for(os.path.abspath(path) if path else None)
    glossaries = tuple(os.path.abspath(g) for g in flags.glossaries) or cfg.glossaries
    if not flags.glossaries:
        for g in cfg.glossaries:
            if not os.path.exists(g):
                raise InputError(f"{cfg.path}: glossary {g} does not exist; fix the 'glossary' entry of this file")
    severity = {**cfg.severity, **flags.severity}
    options = replace(cfg.options, source=flags.source) if flags.source else None
    return cfg.merged(glossaries=glossaries, select=flags.select, ignore=flags.ignore,
                      fail_on=flags.fail_on, severity=severity, options=options)


@lru_cache(maxsize=8)
def load_glossaries(paths: tuple[str, ...], strict: bool = False,  # type: ignore[no-untyped-def]
                    columns: tuple[tuple[str, str], ...] = ()):
    """One Glossary from one or more files, repaired (its `problems` say how); strict: a problem is an error."""
    if not paths:
        return None
    from zhen_qa.glossary.formats import load_many

    return load_many(paths, strict, dict(columns) or None)


def warm_glossary_cache(paths: Iterable[str], flags: Flags) -> None:
    """Load the glossaries of these manuscripts and build their matchers once, here, into the user cache.

    Called by a driver before its tasks go to worker processes: each worker then loads the cached glossary and
    matchers instead of building them again (with a cold cache, every worker built the same matchers). The
    glossaries are not kept in this process. A file that cannot be resolved or read is left to its task to report.
    """
    if flags.strict:  # --strict always reads afresh: nothing is cached
        return
    from zhen_qa.glossary.formats import load_many

    seen: set[tuple[str, ...]] = set()
    for path in paths:
        try:
            glossaries = resolve_config(path, flags).glossaries
        except InputError:
            continue
        if not glossaries or glossaries in seen:
            continue
        seen.add(glossaries)
        try:
            glossary = load_many(glossaries, False, dict(flags.columns) or None)
        except InputError:
            continue
        if glossary.cache_key:
            matchers = glossary.matchers()
            _ = matchers.zh, matchers.en  # built and stored in the cache under the glossary's key
            matchers.zh_has_choices()  # and whether the Chinese one can find anything in unaligned text


def _translation_pairs(glossary: "Glossary") -> Iterator[tuple[str, str]]:
    """The glossary's translation pairs, computed when first asked for (only a file with sections to align does)."""
    yield from glossary.translation_pairs()


_LANG_NAMES = {"zh": "Chinese", "en": "English"}
DIRECTION_NOTE = "glossary terms checked from the"
"""The start of the note that a CAT file's glossary terms are checked from its source (`Options.source`): a note of
`check`, not of `fix`, whose fixes do not depend on it."""


def check_file(path: str, en_path: str | None, flags: Flags) -> FileResult:
    """Read, align and check one manuscript; suppression comments are applied."""
    from zhen_qa.aligner.build import default_align, load_manuscript
    from zhen_qa.checks.engine import check_manuscript
    from zhen_qa.report.suppress import apply_suppressions

    cfg = resolve_config(path, flags)
    with collector_paused():  # the glossary, the manuscript's blocks and sentences, and the checks' tables live on
        glossary = load_glossaries(cfg.glossaries, flags.strict, flags.columns)
        pairs = _translation_pairs(glossary) if glossary is not None else None
        manuscript = load_manuscript(path, en_path, align_fn=default_align(pairs), presplit=flags.presplit,
                                     include_locked=flags.include_locked, skip_approved=flags.skip_approved)
        findings = check_manuscript(manuscript, glossary, cfg.options, select=cfg.select, ignore=cfg.ignore,
                                    severity=cfg.severity)
    findings = apply_suppressions(findings, {s.path: s for s in manuscript.sources})
    if manuscript.units:
        findings = with_unit_ids(findings, manuscript)
    notes = tuple(manuscript.notes)
    if glossary is not None and manuscript.source_lang and not cfg.options.source:
        notes += (f"{DIRECTION_NOTE} {_LANG_NAMES[manuscript.source_lang]} source only, as the file says (--source "
                  "zh|en overrides)",)
    empty = [s.path for s in manuscript.sources if not s.text.strip() and en_path and s.path in (path, en_path)]
    if not any(s.text.strip() for s in manuscript.sources):
        notes += ("empty file: nothing to check",)
    elif empty:  # one side of a translation: say so, beside the findings of the other side's sentences
        notes += (f"empty file: no sentence of {en_path} has a counterpart" if empty[0] == path else
                  f"{en_path} is an empty file: no sentence of this file has a counterpart",)
    elif not manuscript.pairs and not manuscript.monolingual:
        notes += ("no Chinese-English pairs found: is this a bilingual manuscript?",)
    return FileResult(path, en_path, manuscript.pairs, tuple(findings), notes, manuscript.blocks,
                      source_lang=manuscript.source_lang,
                      glossary=(tuple(cfg.glossaries), len(glossary) if glossary is not None else 0),
                      glossary_checksum=glossary.checksum if glossary is not None else "")


@dataclass(frozen=True)
class RunFailure:
    """A manuscript that could not be checked, and why (the run went on without it)."""

    path: str
    en_path: str | None
    message: str
    bad_input: bool = True
    skipped: bool = False
    """A file a folder or pattern brought in, skipped (`message`: "skipped: not Chinese-English (languages
    fr-FR→de-DE)"): a note, not an error."""


def settings_signature(cfg: Config) -> dict[str, object]:
    """The resolved settings of one file's configuration that change its findings (not fail-on)."""
    from dataclasses import fields

    options = {f.name: getattr(cfg.options, f.name) for f in fields(cfg.options)}  # every option, new ones too
    return {
        "select": sorted(cfg.select),
        "ignore": sorted(cfg.ignore),
        "severity": {rule: sev.value for rule, sev in sorted(cfg.severity.items())},
        "options": {k: v.value if isinstance(v, Severity) else v for k, v in options.items()},
    }


def run_signature(flags: Flags, files: Sequence[str]) -> dict[str, object]:
    """The settings that shape a run's results, so two reports with equal signatures are comparable.

    Tool version, glossary checksums, the lexicon's identity, presplit, discovery's settings and, per
    distinct configuration in use, the resolved rule selection, severity overrides and house-style options.
    """
    import json
    from dataclasses import asdict

    from zhen_qa.aligner.lexicon import LEXICON_VERSION, lexicon_digest
    from zhen_qa.glossary.discover.groups import Settings
    from zhen_qa.report.version import installed_version

    cfgs = {}
    for f in files:
        try:
            cfgs[f] = resolve_config(f, flags)
        except InputError:
            continue  # reported with the file
    glossaries = []
    for paths_ in sorted({c.glossaries for c in cfgs.values() if c.glossaries}):
        try:
            glossaries.append(load_glossaries(paths_, flags.strict, flags.columns))
        except InputError:
            continue  # reported with the files that use it
    settings = {json.dumps(settings_signature(c), sort_keys=True): settings_signature(c) for c in cfgs.values()}
    return {
        "tool": "zhen-qa",
        "version": installed_version(),
        "glossaries": sorted({g.checksum for g in glossaries}),
        "glossary_problems": sorted({str(p) for g in glossaries for p in g.problems}),
        "select": sorted({r for c in cfgs.values() for r in c.select}),
        "ignore": sorted({r for c in cfgs.values() for r in c.ignore}),
        "settings": [settings[k] for k in sorted(settings)],
        "presplit": flags.presplit,
        "include_locked": flags.include_locked,
        "skip_approved": flags.skip_approved,
        "discover": asdict(Settings()),
        "lexicon": f"{LEXICON_VERSION}:{lexicon_digest()}",
    }


def with_unit_ids(findings: Iterable[Finding], manuscript: "Manuscript") -> list[Finding]:
    """CAT-file (and JSON message file) findings with the id of the unit they point at (`data["unit"]`, a JSON
    file's key path); a pair is a unit, the units of each file in its order."""
    unit_at: dict[tuple[str, int, int], str] = {}
    for pair in manuscript.pairs:
        for s in pair.zh + pair.en:
            loc = s.location
            unit_at[(loc.path, loc.line, loc.column)] = pair.section
    keys = sorted(unit_at)
    out: list[Finding] = []
    for f in findings:
        i = bisect.bisect_right(keys, (f.location.path, f.location.line, f.location.column)) - 1
        unit = unit_at[keys[i]] if i >= 0 and keys[i][0] == f.location.path else None
        out.append(replace(f, data=f.data + (("unit", unit),)) if unit is not None else f)
    return out


def run_check(
    paths: Sequence[str],
    en_path: str | None = None,
    flags: Flags | None = None,
    *,
    jobs: int = 1,
    scheduler: str | None = None,
    progress: Callable[[Iterable[FileResult], int], Iterable[FileResult]] | None = None,
    failures: list[RunFailure] | None = None,
    skip_other_languages: bool = False,
) -> Report:
    """Check every manuscript and return the report (files in path order, whatever the job count).

    Translations found by name in the inputs (NAME.zh.md + NAME.en.md, zh/ + en/) are checked as one.
    With `failures` given, a file that cannot be checked is recorded there and the run goes on;
    without it, the first failure raises InputError (the one-file behaviour). A file in other languages that a
    folder or pattern brought in is skipped (recorded in `failures` as `skipped`); named, it is a failure, unless
    `skip_other_languages` (the pre-commit hooks name every staged file: a French PO beside the Chinese one).
    """
    from zhen_qa.checks.jobs import collect_jobs
    from zhen_qa.checks.registry import RULES
    from zhen_qa.checks.runner import Failure, run_ordered

    flags = flags or Flags()
    tasks = [(job.path, job.en_path, flags) for job in collect_jobs(paths, en_path)]
    named = set() if skip_other_languages else set(paths)
    results: list[FileResult] = []

    workers = jobs if len(tasks) > 1 else 1  # no cluster for a single file
    if workers > 1 or scheduler:
        warm_glossary_cache((path for path, _en, _flags in tasks), flags)

    def outcomes() -> Iterator[FileResult]:
        for (path, en, _flags), result in run_ordered(check_file, tasks, jobs=workers, scheduler=scheduler):
            if isinstance(result, Failure) and (bad := _glossary_failure(result.message, path, flags)):
                raise InputError(bad)  # the glossary of every file it serves: one error, not one per manuscript
            if isinstance(result, Failure) and result.skip and path not in named:  # found in a folder: skipped
                if failures is not None:
                    failures.append(RunFailure(path, en, f"skipped: {result.skip}", skipped=True))
                continue
            if isinstance(result, Failure):
                result = result.naming(path, en)
                if failures is None:
                    raise InputError(result.message)
                failures.append(RunFailure(path, en, result.message, result.bad_input))
                yield FileResult(path, en, (), (), error=result.message)  # listed in the report's summary
                continue
            yield result

    it: Iterable[FileResult] = outcomes()
    results = list(progress(it, len(tasks)) if progress else it)
    results.sort(key=lambda r: r.path)
    checked = [r.path for r in results if r.error is None]
    return Report(tuple(results), RULES, run_signature(flags, checked),
                  glossaries_used([r for r in results if r.error is None]))


def glossaries_used(results: Sequence[FileResult]) -> tuple[str, ...]:
    """The glossaries these checked files were checked against (`FileResult.glossary`), as a reader of the report is
    told them: each distinct set by its files' names (a review travels: no folder of the checking machine) with its
    count of concepts ("glossary.csv (10 concepts)"); () when none was (terms checked for consistency only). When the
    files were not all checked alike (a zhen-qa.toml in one folder only), each set says how many files it served and
    the files checked with none are said too ("g.csv (2 concepts) for 1 file", "no glossary for 1 file"): a run's
    one "Glossary: g.csv" was read as true of every file."""
    from zhen_qa.manuscript.plural import plural

    sets: dict[tuple[str, ...], int] = {}
    concepts: dict[tuple[str, ...], int] = {}
    for r in results:
        paths_, n = r.glossary
        sets[paths_] = sets.get(paths_, 0) + 1
        concepts[paths_] = n
    out = []
    for paths_, n_files in sets.items():
        served = f" for {plural(n_files, 'file')}" if len(sets) > 1 else ""
        if not paths_:
            if served:
                out.append(f"no glossary{served}")
            continue
        out.append(f"{', '.join(os.path.basename(p) for p in paths_)} ({plural(concepts[paths_], 'concept')})"
                   f"{served}")
    return tuple(out)


def _glossary_failure(message: str, path: str, flags: Flags) -> str:
    """The message of a failure to read the configuration or a glossary of this file, naming it as given (else
    relative to the working directory), or "" when the failure is not about one: a configuration or glossary serves
    every file given with it or under it, so its error ends the run instead of being said once per manuscript."""
    config = flags.config or find_config(path)
    named = {os.path.abspath(config): flags.config or _shown_path(os.path.abspath(config))} if config else {}
    if flags.glossaries:
        named.update({os.path.abspath(g): g for g in flags.glossaries})
    else:
        try:
            named.update({g: _shown_path(g) for g in resolve_config(path, flags).glossaries})
        except InputError:
            pass
    for absolute, given in named.items():
        if message.startswith(f"{absolute}:"):
            return given + message[len(absolute):]
    return ""


def _shown_path(path: str) -> str:
    """`path` relative to the working directory when it is inside it, else as it is."""
    relative = os.path.relpath(path)
    return path if relative.startswith("..") else relative


def fail_threshold(paths: Sequence[str], flags: Flags) -> str:
    """The effective --fail-on: the flag, else the first file's configuration, else "warning"."""
    if flags.fail_on:
        return flags.fail_on
    for path in paths:
        return resolve_config(path, flags).fail_on
    return "warning"


def exit_code(severities: Iterable[Severity], fail_on: str) -> int:
    """1 when one of the findings' severities reaches the threshold, else 0."""
    if fail_on == "never":
        return 0
    limit = Severity(fail_on).rank
    return 1 if any(s.rank >= limit for s in severities) else 0


def apply_baseline(report: Report, baseline: "object") -> Report:
    """The report without the findings recorded in `baseline` (see report.baseline)."""
    from zhen_qa.report.baseline import filter_new

    files = tuple(replace(fr, findings=tuple(filter_new(list(fr.findings), baseline))) for fr in report.files)  # type: ignore[arg-type]
    return replace(report, files=files)
