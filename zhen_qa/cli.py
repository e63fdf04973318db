"""zhen-qa command line: one click group; each command checks its arguments, makes one library call,
and renders the result. Errors become one line on stderr and an exit code, here and only here."""
from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable, Iterable, Sequence
from typing import Any, TypeVar

import click

from zhen_qa.manuscript.errors import InputError
from zhen_qa.manuscript.plural import plural
from zhen_qa.report.render import BINARY_FORMATS, FORMATS

F = TypeVar("F", bound=Callable[..., Any])

EXIT_CLEAN = 0
"""No finding reached the --fail-on threshold."""
EXIT_FINDINGS = 1
"""A finding reached the --fail-on threshold."""
EXIT_INPUT = 2
"""Bad input or usage: an unreadable file, a malformed glossary, an unknown rule."""
EXIT_INTERNAL = 3
"""A bug in zhen-qa (rerun with ZHEN_QA_DEBUG=1 for the traceback)."""
EXIT_INTERRUPTED = 130
"""Interrupted by Ctrl-C (128 + SIGINT, as shells report it)."""

FILE = click.Path(dir_okay=False)
"""The type of every file option and argument, made once: each `click.Path` looks up its name's translation with
gettext, which searches the locale folders again each time (fourteen searches at every start, 1 ms, where three
types are all the options need)."""
FOLDER = click.Path(file_okay=False)
"""The type of a folder option."""
FILE_OR_FOLDER = click.Path(exists=False)
"""The type of an option naming a file or a folder."""


def _version() -> str:
    from zhen_qa.report.version import installed_version

    return installed_version()


def friendly_errors(func: F) -> F:
    """Turn errors into one line on stderr and an exit code: 2 bad input, 3 internal, 130 interrupted."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except InputError as exc:
            _fail(str(exc))
        except RecursionError:
            _fail("input too deeply nested to process")
        except MemoryError:
            _fail("out of memory: the input is too large for this machine; split it")
        except KeyboardInterrupt:
            _fail("interrupted", EXIT_INTERRUPTED)
        except (click.exceptions.Exit, click.ClickException, click.Abort):
            raise
        except BrokenPipeError:
            _quiet_broken_pipe()
        except OSError as exc:
            where = f"{exc.filename}: " if getattr(exc, "filename", None) else ""
            _fail(f"{where}{exc.strerror or exc}")
        except Exception as exc:  # noqa: BLE001 - the last line of defence against tracebacks
            if os.environ.get("ZHEN_QA_DEBUG"):
                raise
            _fail(f"internal error ({type(exc).__name__}: {exc}); rerun with ZHEN_QA_DEBUG=1 and report it",
                  EXIT_INTERNAL)

    return wrapper  # type: ignore[return-value]


def _quiet_broken_pipe() -> None:
    """The reader of stdout went away (`| head`): stop quietly, without Python's message at exit."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
    sys.exit(0)


def _columns(value: str | None) -> tuple[tuple[str, str], ...]:
    """--columns zh=NAME,en=NAME as pairs; a malformed value is a usage error."""
    if not value:
        return ()
    from zhen_qa.glossary.formats.headers import parse_columns

    try:
        return tuple(parse_columns(value).items())
    except ValueError as exc:
        raise click.UsageError(str(exc)) from None


MAX_PROBLEM_LINES = 20
"""Glossary problems printed one a line before the rest are summed up (`glossary validate` lists all)."""


def _warn_problems(problems: Iterable[Any], given: Iterable[str] = ()) -> None:
    """Each glossary problem as one warning line on stderr, the first MAX_PROBLEM_LINES of them; then a count.
    A glossary is named as it was `given` on the command line, else relative to the working directory when inside
    it, as its errors are (the report's signature keeps the absolute paths the problems were found under)."""
    listed = [_as_given(str(p), given) for p in problems]
    for text in listed[:MAX_PROBLEM_LINES]:
        click.echo(f"zhen-qa: warning: {_printable(text)}", err=True)
    if len(listed) > MAX_PROBLEM_LINES:
        click.echo(f"zhen-qa: warning: {len(listed) - MAX_PROBLEM_LINES} more glossary problems (all "
                   f"{len(listed)} are in the report's signature; `zhen-qa glossary validate` lists them)", err=True)


def _warn_empty_glossaries(report: Any, given: Iterable[str] = ()) -> None:
    """One warning line on stderr for each glossary (set) a file was checked against that has no concept (a header
    row only, or every row skipped as a problem): its terms are checked for consistency within the text only, as a
    run without a glossary is, which the report's "(0 concepts)" alone does not make plain."""
    empty = dict.fromkeys(paths for r in report.files if r.error is None
                          for paths, n in (r.glossary,) if paths and not n)
    for paths in empty:
        names = ", ".join(_as_given(f"{p}: ", given)[:-2] for p in paths)
        click.echo(f"zhen-qa: warning: {_printable(names)}: no concepts; terms are checked only for consistency "
                   "within the text, as with no glossary (`zhen-qa glossary validate` says why)", err=True)


def _as_given(text: str, given: Iterable[str]) -> str:
    """`text` with a leading absolute glossary path replaced by the name it was given as (`gdup.csv: line 3, ...`,
    not `/home/me/work/gdup.csv: line 3, ...`), else by its path relative to the working directory."""
    for name in given:
        absolute = os.path.abspath(name)
        if text.startswith(f"{absolute}: "):
            return name + text[len(absolute):]
    here = os.path.join(os.getcwd(), "")
    return text[len(here):] if text.startswith(here) else text


def _fail(message: str, code: int = EXIT_INPUT) -> None:
    click.echo(f"zhen-qa: error: {_printable(message)}", err=True)
    sys.exit(code)


def _printable(text: str) -> str:
    """One line: control characters (a newline in a file name, \\x0b in a cell) shown as escapes."""
    return "".join(ch if ch.isprintable() else ch.encode("unicode_escape").decode("ascii") for ch in text)


def _is_terminal(stream: Any) -> bool:
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def _use_color(stream: Any) -> bool:
    return not os.environ.get("NO_COLOR") and _is_terminal(stream)


def _write(data: bytes, output: str | None) -> None:
    """Write to --output atomically, or to stdout."""
    if output is None or output == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return
    from zhen_qa.report.atomic import write_atomic

    write_atomic(output, data)


def _refuse_inputs(outputs: Iterable[str | None], paths: Iterable[str], others: Iterable[str | None] = ()) -> None:
    """Exit 2 when an output names an input: the manuscripts (`paths`, folders and globs expanded, with the files a
    LaTeX main file reads) or `others`."""
    outputs = [o for o in outputs if o not in (None, "-")]
    if not outputs:
        return
    from zhen_qa.checks.jobs import collect_files
    from zhen_qa.manuscript.latex_includes import files_read
    from zhen_qa.report.atomic import refuse_inputs

    inputs = [*collect_files(tuple(paths)), *(o for o in others if o)]
    inputs += [read for p in inputs if p.lower().endswith(".tex") for read in files_read(p)]  # a thesis's chapters
    for output in outputs:
        refuse_inputs(output, inputs)


def _split_rules(values: Iterable[str]) -> tuple[str, ...]:
    rules = tuple(r.strip() for v in values for r in v.split(",") if r.strip())
    if rules:
        from zhen_qa.checks.run import known_rules

        unknown = sorted(set(rules) - known_rules())
        if unknown:
            raise InputError(f"unknown rule '{unknown[0]}' (see `zhen-qa rules`)")
    return rules


def _print_version(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    """`--version`: the version is looked up only when asked for (importlib.metadata is not free)."""
    if value and not ctx.resilient_parsing:
        click.echo(f"zhen-qa {_version()}")
        ctx.exit()


class _UsageLine(click.UsageError):
    """A usage error said in one line on stderr (click says it in four: usage, hint, a blank line, the error):
    `zhen-qa: error: no such option '--foo' (see zhen-qa check --help)`; exit status 2."""

    def show(self, file: Any = None) -> None:
        message = self.format_message().strip().rstrip(".")
        if message[:1].isupper() and message[1:2].islower():
            message = message[0].lower() + message[1:]
        path = self.ctx.command_path.split(" ")[1:] if self.ctx is not None else []
        hint = " ".join(["zhen-qa", *path, "--help"])
        click.echo(f"zhen-qa: error: {_printable(' '.join(message.split()))} (see {hint})", err=True)


def _one_line(exc: click.UsageError) -> click.UsageError:
    """`exc` as one line; a command given without arguments still shows its help (click's `NoArgsIsHelpError`)."""
    if isinstance(exc, _UsageLine) or type(exc).__name__ == "NoArgsIsHelpError":
        return exc
    return _UsageLine(exc.format_message(), exc.ctx)


class _Command(click.Group):
    """The command group; called by the code Python was started to run (the console script, `cli.py`, `python -m
    zhen_qa`), it ends the process as soon as the command is done (`_exit_now`). Called from anywhere else (a script
    that catches SystemExit, `runpy.run_path`, CliRunner, which calls `main`), it exits as click does. Usage errors,
    its own and its commands', are one line (`_UsageLine`)."""

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        try:
            return self.main(*args, **kwargs)
        except SystemExit as exc:
            if _called_by_the_program(sys._getframe(1)):
                _exit_now(exc.code)
            raise

    def make_context(self, info_name: str | None, args: list[str], parent: click.Context | None = None,
                     **extra: Any) -> click.Context:
        try:
            return super().make_context(info_name, args, parent, **extra)
        except click.UsageError as exc:  # `zhen-qa --foo`, `zhen-qa` alone
            raise _one_line(exc) from exc.__cause__

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except click.UsageError as exc:  # a command's options and arguments, and what its code finds wrong in them
            raise _one_line(exc) from exc.__cause__


def _called_by_the_program(caller: Any) -> bool:
    """Whether `caller` (a frame) is the top-level code of the file Python was started with, or of a module run by
    `python -m`: nothing else can catch the SystemExit it is about to receive (only its own code, which in the
    console script, `cli.py` and `zhen_qa/__main__.py` does not)."""
    if caller.f_code.co_name != "<module>" or caller.f_code.co_filename.startswith("<"):  # not `python -c`
        return False
    runpy = sys.modules.get("runpy")
    files = ("<frozen runpy>", getattr(runpy, "__file__", None))
    outer = caller.f_back
    while outer is not None:  # `python -m`: runpy's own frames only
        if outer.f_code.co_filename not in files or outer.f_code.co_name not in ("_run_code", "_run_module_as_main"):
            return False
        outer = outer.f_back
    return True


def _exit_now(code: object) -> None:
    """End the process with exit status `code` without tearing the interpreter down.

    Python's shutdown collects and frees every object and module one by one (4 % of the seed's check: the lexicon's
    and jieba's tables, numpy, the compiled patterns); the operating system frees the memory at once. What shutdown
    does that matters still happens: the `atexit` functions run (logging's flush among them) and stdout and stderr
    are flushed. Returns (and the normal exit follows) when another thread is alive, when a stream cannot be flushed
    (a closed pipe: Python reports it as usual), or when `code` is not a status (a message: Python prints it)."""
    if code is None:
        code = 0
    if not isinstance(code, int) or "threading" in sys.modules and sys.modules["threading"].active_count() > 1:
        return
    import atexit

    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):
        return
    atexit._run_exitfuncs()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):
        return
    os._exit(code & 0xFF if code >= 0 else code % 256)


@click.group(cls=_Command, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--version", is_flag=True, expose_value=False, is_eager=True, callback=_print_version,
              help="Show the version and exit.")
def main() -> None:
    """Check bilingual Chinese-English manuscripts: alignment, glossary, untranslated content."""
    from zhen_qa.checks.runner import tune_gc
    from zhen_qa.manuscript import codecache, re_cache
    from zhen_qa.manuscript.re_charset import install

    install()
    re_cache.install()
    codecache.install()
    tune_gc()
    _one_blas_thread()


BLAS_THREADS = ("OPENBLAS_NUM_THREADS", "GOTO_NUM_THREADS", "OMP_NUM_THREADS")
"""What OpenBLAS reads, first set wins."""


def _one_blas_thread() -> None:
    """Tell OpenBLAS (numpy's, loaded later by the aligner) to start no worker threads, unless the user chose a number.

    zhen-qa makes no BLAS call (its numpy code is elementwise, its matrix products are sparse), but OpenBLAS starts
    a thread per core when numpy is imported, and they spin a while: 0.04 s of CPU of the seed's 0.47 s check
    on a 2-core machine. Nothing reads the variable before numpy's import, which comes after this (commands only)."""
    if not any(os.environ.get(name) for name in BLAS_THREADS):
        os.environ["OPENBLAS_NUM_THREADS"] = "1"


def _cat_suffixes() -> tuple[str, ...]:
    """The suffixes of CAT files (read lazily: the reader module is not needed otherwise)."""
    from zhen_qa.manuscript.reader import CAT_SUFFIXES

    return CAT_SUFFIXES


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--en", "en_paths", multiple=True,
              help="English file of a full translation (PATH is then the Chinese file); once.")
@click.option("--glossary", "glossaries", multiple=True, help="Glossary file (.csv/.tsv/.tbx/.xlsx); repeatable.")
@click.option("--strict", is_flag=True, help="Glossary problems are errors (exit 2) instead of warnings.")
@click.option("--columns", help="Term columns of a flat glossary, e.g. zh=Term,en=Translation.")
@click.option(
    "--config", "config", type=FILE, help="Configuration file (default: nearest zhen-qa.toml)."
)
@click.option("--format", "fmt", type=click.Choice(FORMATS),
              help="[default: the --output file's extension (.json, .html, .docx, ...), else text]")
@click.option("--output", "-o", help="Write the report here (atomically) instead of stdout.")
@click.option(
    "--fail-on",
    type=click.Choice(["error", "warning", "info", "never"]),
    help="Exit 1 when a finding reaches this severity [default: warning].",
)
@click.option("--select", multiple=True, help="Only these rules (comma-separated or repeated).")
@click.option("--ignore", multiple=True, help="Skip these rules (comma-separated or repeated).")
@click.option("--presplit", is_flag=True, help="Two-file mode: one sentence per line.")
@click.option("--include-locked", is_flag=True,
              help="CAT files: check locked segments too (Trados, memoQ); by default they are left out, with a note.")
@click.option("--skip-approved", is_flag=True,
              help="CAT files: leave out segments approved or signed off in review (Trados Approved/Signed off, memoQ "
                   "Proofread, XLIFF approved=\"yes\" or state final), with a note; by default they are checked.")
@click.option("--source", type=click.Choice(["zh", "en"]),
              help="The language translated from: glossary terms are checked from the source to the target only "
                   "(term-missing) [default: a CAT file's source language, else both ways].")
@click.option("--baseline", type=FILE, help="Report only findings not in this baseline file.")
@click.option(
    "--write-baseline", type=FILE, help="Record today's findings as the baseline and exit 0."
)
@click.option("--export-tmx", type=FILE, help="Also write the aligned pairs as TMX 1.4b.")
@click.option("--jobs", "-j", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Check files on a local Dask cluster of this many worker processes.")
@click.option("--scheduler", metavar="ADDRESS",
              help="Check files on an existing Dask cluster (tcp://host:8786); workers need zhen-qa installed.")
@click.option("--out-dir", type=FOLDER,
              help="Archive mode: stream findings and pairs to Parquet, a TMX and a terminology table here; "
                   "print a summary.")
@click.option("--resume", is_flag=True, help="With --out-dir: skip files whose results are already written.")
@click.option("--csv-raw", is_flag=True, help="CSV: keep cells starting with = + - @ as they are (no leading ').")
@click.option("--all-units", is_flag=True,
              help="Word review of a CAT file: list every unit, not only the units with findings.")
@click.option("--skip-other-languages", is_flag=True,
              help="Skip a named CAT file in other languages (fr.po), and a named message file with no file of the "
                   "other language (package.json), with a note, as in a folder (the pre-commit hooks name every staged "
                   "file).")
@friendly_errors
def check(
    paths: tuple[str, ...], en_paths: tuple[str, ...], glossaries: tuple[str, ...], strict: bool,
    columns: str | None, config: str | None, fmt: str | None,
    output: str | None, fail_on: str | None, select: tuple[str, ...], ignore: tuple[str, ...], presplit: bool,
    baseline: str | None, write_baseline: str | None, export_tmx: str | None, jobs: int, scheduler: str | None,
    out_dir: str | None, resume: bool, csv_raw: bool = False, skip_other_languages: bool = False,
    include_locked: bool = False, all_units: bool = False, skip_approved: bool = False, source: str | None = None,
) -> None:
    """Check manuscripts (files, folders or globs) and report findings.

    In a folder, NAME.zh.EXT beside NAME.en.EXT (and zh/PATH beside en/PATH) are checked as one translation.
    """
    from zhen_qa.checks.run import Flags, RunFailure, exit_code, fail_threshold, run_check
    from zhen_qa.report.render import render

    if len(en_paths) > 1:
        raise click.UsageError("--en given more than once; give one English file")
    en_path = en_paths[0] if en_paths else None
    if fmt is None:
        _warn_unknown_extension(output)
    fmt = fmt or _format_of(output)
    if fmt in BINARY_FORMATS and output in (None, "-") and _is_terminal(sys.stdout):
        raise InputError(f"{fmt} output is binary: write it to a file with --output REPORT.{fmt}")
    flags = Flags(glossaries=glossaries, config=config, select=_split_rules(select), ignore=_split_rules(ignore),
                  fail_on=fail_on, presplit=presplit, strict=strict, columns=_columns(columns),
                  include_locked=include_locked, skip_approved=skip_approved, source=source)
    if resume and not out_dir:
        raise click.UsageError("--resume goes with --out-dir")
    if columns:
        _refuse_unused_columns(glossaries or _configured_glossaries(paths, flags))
    _refuse_together(("--jobs", jobs > 1), ("--scheduler", scheduler), why=CLUSTERS)
    if out_dir:  # the archive writes every finding, its own aligned.tmx and no report: these would be dropped
        for name, given in (("--baseline", baseline), ("--write-baseline", write_baseline),
                            ("--export-tmx", export_tmx), ("--csv-raw", csv_raw)):
            _refuse_together((name, given), ("--out-dir", out_dir),
                             why="the archive keeps every finding and writes its own aligned.tmx")
    if write_baseline:
        _refuse_together(("--write-baseline", write_baseline), ("--output", output),
                         why="--write-baseline records the findings and writes no report")
    if all_units and (fmt != "docx" or out_dir):
        raise click.UsageError("--all-units goes with the Word review of a CAT file (-o REVIEW.docx or --format docx)")
    _refuse_inputs((output, export_tmx), paths, (en_path, *glossaries, config, baseline))
    _refuse_inputs((write_baseline,), paths, (en_path, *glossaries, config))  # a baseline may replace the one read
    if out_dir:
        _check_archive(paths, en_path, flags, out_dir, jobs, scheduler, resume, fmt, output)
        return
    failures: list[RunFailure] = []
    report = run_check(paths, en_path, flags, jobs=jobs, scheduler=scheduler, failures=failures,
                       progress=_progress if _use_color(sys.stderr) else None,
                       skip_other_languages=skip_other_languages)
    for skipped in (f for f in failures if f.skipped):  # other-language CAT files in a folder: one line each
        click.echo(f"zhen-qa: note: {_printable(skipped.path)}: {skipped.message}", err=True)
    skipped_any = any(f.skipped for f in failures)
    failures = [f for f in failures if not f.skipped]
    _warn_problems(report.signature.get("glossary_problems", ()), glossaries)
    _warn_empty_glossaries(report, glossaries)
    if failures and len(failures) == len(report.files):  # nothing could be checked: one clear line
        _fail("; ".join(f.message for f in failures))
    if not report.files and not skipped_any:
        from zhen_qa.checks.jobs import MANUSCRIPT_SUFFIXES

        click.echo(f"zhen-qa: note: no manuscript ({' '.join(MANUSCRIPT_SUFFIXES)}, Qt Linguist .ts) in "
                   f"{', '.join(paths)}", err=True)
    if write_baseline:
        from zhen_qa.report.baseline import write_baseline as save

        n = save(report.findings, write_baseline)
        click.echo(f"zhen-qa: recorded {plural(n, 'finding')} in {write_baseline}", err=True)
        return
    if baseline:
        from zhen_qa.checks.run import apply_baseline
        from zhen_qa.report.baseline import load_baseline

        report = apply_baseline(report, load_baseline(baseline))
    if export_tmx:
        from zhen_qa.report.atomic import write_atomic
        from zhen_qa.report.tmx import write_tmx

        write_atomic(export_tmx, write_tmx([p for fr in report.files for p in fr.pairs]))
    if all_units and not any(fr.path.lower().endswith(_cat_suffixes()) for fr in report.files):
        click.echo("zhen-qa: note: --all-units lists the units of CAT files (.xlf, .tmx, .po, ...); none was checked",
                   err=True)
    highlight = _highlighter(report, flags) if fmt == "html" else None
    color = fmt == "text" and output is None and _use_color(sys.stdout)
    _write(render(report, fmt, color=color, highlight=highlight, csv_raw=csv_raw, all_units=all_units), output)
    for fr in report.files:
        _echo_notes(fr.path, fr.notes)
    for failure in failures:
        click.echo(f"zhen-qa: error: {_printable(failure.message)}", err=True)
    if failures:
        sys.exit(EXIT_INPUT if any(f.bad_input for f in failures) else EXIT_INTERNAL)
    sys.exit(exit_code((f.severity for f in report.findings), fail_threshold([fr.path for fr in report.files], flags)))


_EXTENSION_FORMATS = {".json": "json", ".sarif": "sarif", ".html": "html", ".htm": "html", ".csv": "csv",
                      ".xlsx": "xlsx", ".docx": "docx"}
"""The report format an --output file's extension asks for, when --format is not given (`-o review.docx`)."""


CLUSTERS = "--jobs starts a local cluster, --scheduler uses an existing one"
"""Why --jobs and --scheduler are refused together (the scheduler was used and --jobs silently dropped)."""


def _refuse_together(first: tuple[str, object], second: tuple[str, object], why: str) -> None:
    """A usage error when both options are given and one would be silently dropped (`why` says which and why)."""
    if first[1] and second[1]:
        raise click.UsageError(f"give {first[0]} or {second[0]}, not both: {why}")


def _refuse_unused_columns(glossaries: Sequence[str] | None) -> None:
    """A usage error for --columns when no glossary of the run is a table: the option was accepted and dropped
    (None: the glossaries are not known before the run)."""
    from zhen_qa.glossary.formats import is_table

    if glossaries is None:
        return
    if not glossaries:
        raise click.UsageError("--columns names the term columns of a glossary, and none is given "
                               "(--glossary FILE, or 'glossary' in zhen-qa.toml)")
    if not any(is_table(g) for g in glossaries):
        raise click.UsageError(f"--columns names the term columns of a table glossary (.csv, .tsv, .xlsx); "
                               f"{', '.join(glossaries)} has none: TBX says each term's language")


def _configured_glossaries(paths: Sequence[str], flags: Any) -> list[str] | None:
    """The glossaries zhen-qa.toml (or --config) names for these PATHs; None when a configuration cannot be read
    (the run says what is wrong with it)."""
    from zhen_qa.checks.run import resolve_config

    found: dict[str, None] = {}
    for path in paths:
        try:
            found.update(dict.fromkeys(resolve_config(path, flags).glossaries))
        except InputError:
            return None
    return list(found)


TEXT_EXTENSIONS = ("", ".txt", ".text", ".log", ".out")
"""Extensions of a text report written without --format: no warning that it is text."""


def _warn_unknown_extension(output: str | None) -> None:
    """A warning when an --output name's extension asks for a format check does not write (`-o report.pdf` got a
    text report under a .pdf name, silently)."""
    ext = os.path.splitext(output or "")[1].lower()
    if output not in (None, "-") and ext not in _EXTENSION_FORMATS and ext not in TEXT_EXTENSIONS:
        known = " ".join(_EXTENSION_FORMATS)
        click.echo(f"zhen-qa: warning: {_printable(str(output))}: no report format is named {ext}; writing text "
                   f"(formats by extension: {known}; or give --format)", err=True)


def _format_of(output: str | None) -> str:
    """The format of a report written to `output` without --format: its extension's, else text."""
    return _EXTENSION_FORMATS.get(os.path.splitext(output or "")[1].lower(), "text")


def _echo_notes(path: str, notes: Iterable[str]) -> None:
    """One stderr line per note on how a file was read (check and its archive mode say them alike)."""
    for note in notes:  # a note that starts at a place in the file names the file itself
        where = "" if note.startswith(f"{path}:") else f"{path}: "
        click.echo(f"zhen-qa: note: {where}{note}", err=True)


def _check_archive(paths: tuple[str, ...], en_path: str | None, flags: Any, out_dir: str, jobs: int,
                   scheduler: str | None, resume: bool, fmt: str, output: str | None) -> None:
    """`check --out-dir`: stream results to the folder, print a summary per file and the totals."""
    from zhen_qa.checks.archive import run_archive
    from zhen_qa.checks.run import exit_code, fail_threshold
    from zhen_qa.report.findings import Severity

    if fmt not in ("text", "json"):
        raise click.UsageError("with --out-dir the report is a summary: --format text or json")
    done = run_archive(paths, out_dir, flags, en_path=en_path, jobs=jobs, scheduler=scheduler, resume=resume,
                       progress=_progress if _use_color(sys.stderr) else None)
    for path, why in done.skipped:
        click.echo(f"zhen-qa: note: {_printable(path)}: {why}", err=True)
    if fmt == "json":
        with open(os.path.join(out_dir, "summary.json"), "rb") as fh:
            _write(fh.read(), output)
    else:
        lines = []
        for s in done.files:
            label = s.path if not s.en_path else f"{s.path} + {s.en_path}"
            if s.error:
                lines.append(f"{label}: error: {_printable(s.error.removeprefix(f'{s.path}: '))}")
            else:
                c = s.counts
                lines.append(f"{label}: {plural(c['total'], 'finding')} ({plural(c['error'], 'error')}, "
                             f"{plural(c['warning'], 'warning')}, {plural(c['info'], 'info')})")
        total = sum(s.counts["total"] for s in done.files)
        lines.append(f"Total: {plural(total, 'finding')} in {plural(len(done.files), 'file')} "
                     f"({len(done.failed)} failed, {done.resumed} reused from an earlier run); results in {out_dir}")
        _write(("\n".join(lines) + "\n").encode("utf-8"), output)
    for s in done.files:
        _echo_notes(s.path, s.notes)
    for s in done.failed:
        click.echo(f"zhen-qa: error: {_printable(s.error or '')}", err=True)
    if done.failed:
        sys.exit(EXIT_INPUT)
    found = {Severity(sev) for s in done.files for sev in ("error", "warning", "info") if s.counts[sev]}
    sys.exit(exit_code(found, fail_threshold([s.path for s in done.files], flags)))


def _highlighter(report: Any, flags: Any) -> Any:
    """Glossary term spans for the HTML report, from the first file's glossary."""
    from zhen_qa.checks.run import load_glossaries, resolve_config

    if not report.files:
        return None
    glossary = load_glossaries(resolve_config(report.files[0].path, flags).glossaries, flags.strict, flags.columns)
    if glossary is None:
        return None
    matchers = glossary.matchers()

    def highlight(text: str, lang: str) -> list[tuple[int, int, str]]:
        matcher = matchers.zh if lang == "zh" else matchers.en
        return [(m.start, m.end, f"term term-{m.status.value}") for m in matcher.find(text)]

    return highlight


def _progress(items: Iterable[Any], total: int) -> Iterable[Any]:
    if total < 3:
        return items
    return _bar(items, total)


def _bar(items: Iterable[Any], total: int) -> Iterable[Any]:
    """Files done / total, rate and ETA on stderr."""
    import time

    start = time.monotonic()
    done = 0

    def rate(_item: Any) -> str:
        elapsed = time.monotonic() - start
        return f"{done / elapsed:.1f} files/s" if elapsed > 0 and done else ""

    with click.progressbar(items, length=total, label="checking", file=sys.stderr, show_pos=True,
                           show_eta=True, item_show_func=rate) as bar:
        for item in bar:
            done += 1
            yield item


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--en", "en_path", help="English file of a full translation (PATH is then the Chinese file).")
@click.option("--glossary", "glossaries", multiple=True, help="Glossary file (.csv/.tsv/.tbx/.xlsx); repeatable.")
@click.option("--config", "config", type=FILE,
              help="Configuration file (default: nearest zhen-qa.toml).")
@click.option("--select", multiple=True,
              help="Only fixes of these rules: term-variant, punctuation-width, repeated-char.")
@click.option("--presplit", is_flag=True, help="Two-file mode: one sentence per line.")
@click.option("--in-place", is_flag=True, help="Rewrite the files (atomically); .docx files get tracked changes.")
@click.option("--output", "-o", help="Write the fixed copy of the one file here.")
@click.option("--backup", is_flag=True, help="With --in-place, keep each original as FILE.orig.")
@click.option("--dry-run", is_flag=True, help="Print a unified diff of the fixes and change nothing (the default).")
@click.option("--skip-other-languages", is_flag=True,
              help="Skip a named CAT file in other languages (fr.po) with a note (the pre-commit hook does).")
@friendly_errors
def fix(
    paths: tuple[str, ...], en_path: str | None, glossaries: tuple[str, ...], config: str | None,
    select: tuple[str, ...], presplit: bool, in_place: bool, output: str | None, backup: bool, dry_run: bool,
    skip_other_languages: bool = False,
) -> None:
    """Apply the fixes that are certain: deprecated terms, punctuation width, accidental doubling."""
    from zhen_qa.checks.fixes import FIXABLE, plan_fixes
    from zhen_qa.checks.run import Flags
    from zhen_qa.report.atomic import write_atomic
    from zhen_qa.report.edits import findings_fixed, unified_diff
    from zhen_qa.report.places import describe_place

    rules = _split_rules(select)
    unknown = sorted(set(rules) - set(FIXABLE))
    if unknown:
        raise click.UsageError(f"no fix for {', '.join(unknown)}; fixable rules: {', '.join(FIXABLE)}")
    if in_place and output:
        raise click.UsageError("give either --in-place or --output, not both")
    if backup and not in_place:
        raise click.UsageError("--backup goes with --in-place")
    for name, given in (("--in-place", in_place), ("--output", output)):
        _refuse_together(("--dry-run", dry_run), (name, given), why="a dry run writes nothing")
    _refuse_inputs((output,), paths, (en_path, *glossaries, config))
    flags = Flags(glossaries=glossaries, config=config, presplit=presplit)
    skipped: list[str] | None = [] if skip_other_languages else None
    notes: list[str] = []
    fixes = plan_fixes(paths, en_path, flags, rules, skipped=skipped, notes=notes)
    for line in [*(skipped or ()), *notes]:  # how the files were read, as check says it (an empty file)
        click.echo(f"zhen-qa: note: {_printable(line)}", err=True)
    changed = [f for f in fixes if f.changed]
    if output and len(changed) > 1:
        raise click.UsageError(f"--output takes one file; {len(changed)} files have fixes (use --in-place)")
    if dry_run or not (in_place or output):
        for f in changed:
            if f.old_text is not None and f.new_text is not None:
                click.echo(unified_diff(f.old_text, f.new_text, f.path), nl=False)
            else:
                for e in f.edits:
                    click.echo(f"{describe_place(e.location)}: {e.rule}: → {e.replacement}")
        _note_source_fixes(fixes)
        if not changed:
            click.echo("zhen-qa: nothing to fix", err=True)
            sys.exit(0)
        total = sum(sum(findings_fixed(f.edits).values()) for f in changed)
        click.echo(f"zhen-qa: {plural(total, 'certain fix', 'certain fixes')} in {plural(len(changed), 'file')} "
                   "(dry run: nothing written; --in-place or --output FILE applies them)", err=True)
        sys.exit(1)
    _note_source_fixes(fixes)
    if not changed:
        copied = output is not None and len(fixes) == 1
        if copied:  # the fixed copy of a file with nothing to fix is the file itself
            with open(fixes[0].path, "rb") as fh:
                write_atomic(str(output), fh.read())
        click.echo(f"zhen-qa: nothing to fix{f'; {output} is an unchanged copy' if copied else ''}", err=True)
        return
    for f in changed:
        target = output or f.path
        if in_place and backup:
            with open(f.path, "rb") as fh:
                write_atomic(f.path + ".orig", fh.read())
        write_atomic(target, f.new_bytes)
        by_rule = findings_fixed(f.edits)
        detail = ", ".join(f"{rule} {n}" for rule, n in sorted(by_rule.items()))
        fixed = plural(sum(by_rule.values()), "finding")
        click.echo(f"zhen-qa: fixed {fixed} in {f.path} ({detail}) -> {target}", err=True)


def _note_source_fixes(fixes: Any) -> None:
    """One note per CAT file whose certain fixes are all in its source segments: `fix` edits targets only."""
    for f in fixes:
        if f.in_source:
            click.echo(f"zhen-qa: note: {_printable(f.path)}: {plural(f.in_source, 'certain fix', 'certain fixes')} "
                       "in source segments left alone (the original's text; fix it where the source is written)",
                       err=True)


@main.command()
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def rules(fmt: str) -> None:
    """List the rule catalog: id, default severity, description."""
    from zhen_qa.checks.registry import RULES

    if fmt == "json":
        import json

        click.echo(json.dumps([{"id": r.id, "severity": r.severity.value, "description": r.description} for r in RULES],
                              ensure_ascii=False, indent=2))
        return
    width = max(len(r.id) for r in RULES)
    for r in RULES:
        click.echo(f"{r.id:<{width}}  {r.severity.value:<7}  {r.description}")


_ALIGN_FORMATS = {".tsv": "tsv", ".json": "json", ".tmx": "tmx"}
"""The alignment format an --output file's extension asks for, when `align --format` is not given (`-o pairs.tmx`)."""


@main.command()
@click.argument("zh", type=FILE)
@click.argument("en", type=FILE)
@click.option("--presplit", is_flag=True, help="Both files hold one sentence per line.")
@click.option("--format", "fmt", type=click.Choice(["beads", "tsv", "json", "tmx"]),
              help="Output format [default: the --output extension's (.tsv .json .tmx), else beads].")
@click.option("--output", "-o", help="Write here (atomically) instead of stdout.")
@click.option(
    "--max-side", type=click.IntRange(1, 6), default=None, help="Most sentences a bead side may have [default: 4]."
)
@click.option("--glossary", "glossaries", multiple=True, help="Glossary whose terms add to the lexicon.")
@click.option("--chrf", type=click.FloatRange(0, 1), default=None,
              help="Weight of the chrF second pass (0 turns it off) [default: 0.3].")
@friendly_errors
def align(zh: str, en: str, presplit: bool, fmt: str | None, output: str | None, max_side: int | None,
          glossaries: tuple[str, ...], chrf: float | None) -> None:
    """Align the sentences of a Chinese file and its English translation."""
    from zhen_qa.aligner.align_files import align_files

    fmt = fmt or _ALIGN_FORMATS.get(os.path.splitext(output or "")[1].lower(), "beads")
    _refuse_inputs((output,), (zh, en), glossaries)
    from zhen_qa.checks.jobs import refuse_same_file

    refuse_same_file(zh, en)
    pairs = None
    if glossaries:
        from zhen_qa.checks.run import load_glossaries

        pairs = load_glossaries(tuple(os.path.abspath(g) for g in glossaries)).translation_pairs()
    result = align_files(zh, en, presplit=presplit, max_side=max_side, glossary_pairs=pairs, chrf=chrf)
    for note in result.notes:
        click.echo(f"zhen-qa: note: {_printable(note)}", err=True)
    if fmt == "tmx":
        from zhen_qa.report.tmx import write_tmx

        data = write_tmx([result.pair])
    else:
        from zhen_qa.aligner import beadio

        zh_text = [s.text.text for s in result.pair.zh]
        en_text = [s.text.text for s in result.pair.en]
        beads = list(result.pair.beads)
        text = {
            "beads": lambda: beadio.format_beads(beads),
            "tsv": lambda: beadio.format_tsv(beads, zh_text, en_text),
            "json": lambda: beadio.format_json(beads, zh_text, en_text),
        }[fmt]()
        data = text.encode("utf-8")
    _write(data, output)


@main.command()
@click.option(
    "--gold", required=True, type=FILE_OR_FOLDER, help="Gold beads: a file or a folder of <id>.gold."
)
@click.option(
    "--pred", required=True, type=FILE_OR_FOLDER, help="Predicted beads: a file or a folder of <id>.align."
)
@friendly_errors
def evaluate(gold: str, pred: str) -> None:
    """Strict and lax precision, recall and F1 of predicted beads against gold, pooled over documents."""
    from zhen_qa.aligner.evaluate import evaluate as score
    from zhen_qa.aligner.evaluate import load_folder_or_file

    gold_docs, pred_docs = load_folder_or_file(gold, pred)
    missing = sorted(set(gold_docs) - set(pred_docs))
    if missing:  # a misnamed or forgotten file would otherwise just lower the scores
        shown = ", ".join(f"{doc}.align" for doc in missing[:5]) + (", …" if len(missing) > 5 else "")
        click.echo(f"zhen-qa: warning: {pred}: no prediction for {len(missing)} of {len(gold_docs)} gold documents "
                   f"({shown}); each is scored as aligning nothing", err=True)
    click.echo(score(gold_docs, pred_docs).format())


_DRAFT_FORMATS = {".csv": "csv", ".tsv": "csv", ".txt": "csv", ".tbx": "tbx", ".xml": "tbx", ".xlsx": "xlsx",
                  ".json": "json"}
"""The draft format an --output file's extension asks for, when `terms --format` is not given (`-o draft.tbx`)."""


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--en", "en_path", help="English file of a full translation (PATH is then the Chinese file).")
@click.option("--format", "fmt", type=click.Choice(["csv", "tbx", "xlsx", "json", "text"]),
              help="Draft format [default: the --output extension's (.csv .tsv .tbx .xlsx .json), else csv].")
@click.option("--output", "-o", help="Write the draft here (atomically) instead of stdout.")
@click.option("--min-count", type=click.IntRange(1), default=2, show_default=True,
              help="Least occurrences of a candidate term (variant groups are always listed).")
@click.option("--presplit", is_flag=True, help="Two-file mode: one sentence per line.")
@click.option("--jobs", "-j", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Read files on a local Dask cluster of this many worker processes.")
@click.option("--scheduler", metavar="ADDRESS", help="Read files on an existing Dask cluster (tcp://host:8786).")
@friendly_errors
def terms(paths: tuple[str, ...], en_path: str | None, fmt: str | None, output: str | None, min_count: int,
          presplit: bool, jobs: int, scheduler: str | None) -> None:
    """Draft a glossary from manuscripts: candidate terms, renderings, variant groups (preferred + deprecated)."""
    from zhen_qa.checks.termlist import TermSettings, draft
    from zhen_qa.glossary.discover.draft import draft_glossary, to_json, to_text

    fmt = fmt or _DRAFT_FORMATS.get(os.path.splitext(output or "")[1].lower(), "csv")
    if fmt == "xlsx" and output in (None, "-") and _is_terminal(sys.stdout):
        raise InputError("xlsx output is binary: write it to a file with --output DRAFT.xlsx")
    _refuse_inputs((output,), paths, (en_path,))
    failures: list[Any] = []
    skipped: list[tuple[str, str]] = []
    _refuse_together(("--jobs", jobs > 1), ("--scheduler", scheduler), why=CLUSTERS)
    entries = draft(paths, en_path, TermSettings(min_count=min_count, presplit=presplit), jobs=jobs,
                    scheduler=scheduler, failures=failures, skipped=skipped)
    for path, why in skipped:  # other-language CAT files in a folder: one line each, as check says them
        click.echo(f"zhen-qa: note: {_printable(path)}: {why}", err=True)
    if fmt in ("csv", "tbx", "xlsx"):
        from zhen_qa.glossary.formats import csv_tsv, tbx, xlsx

        target = output or f"draft.{fmt}"
        writer = {"csv": csv_tsv, "tbx": tbx, "xlsx": xlsx}[fmt]
        data = writer.to_bytes(draft_glossary(entries, target), target)
    else:
        data = to_json(entries) if fmt == "json" else to_text(entries)
    _write(data, output)
    groups = sum(1 for e in entries if len(e.counts) > 1)
    click.echo(f"zhen-qa: {plural(len(entries), 'term')}, {plural(groups, 'variant group')}", err=True)
    for failure in failures:  # the draft is made from the other files, as check goes on past one
        click.echo(f"zhen-qa: error: {_printable(failure.message)}", err=True)
    if failures:
        sys.exit(EXIT_INPUT if any(f.bad_input for f in failures) else EXIT_INTERNAL)


@main.group()
def glossary() -> None:
    """Glossary files: convert between CSV/TSV, TBX and XLSX; validate; show."""


_STRICT = click.option("--strict", is_flag=True, help="Any problem is an error (exit 2).")
_COLUMNS = click.option("--columns", help="Term columns of a flat glossary, e.g. zh=Term,en=Translation.")


@glossary.command("convert")
@click.argument("source", type=FILE)
@click.argument("target", type=FILE)
@_STRICT
@_COLUMNS
@friendly_errors
def glossary_convert(source: str, target: str, strict: bool, columns: str | None) -> None:
    """Convert SOURCE to TARGET; formats follow the file extensions (.csv .tsv .tbx .xlsx)."""
    from zhen_qa.glossary.formats import load, save

    _refuse_inputs((target,), (), (source,))
    if columns:
        _refuse_unused_columns((source,))
    g = load(source, strict, dict(_columns(columns)) or None)
    _warn_problems(g.problems)
    save(g, target)
    click.echo(f"wrote {plural(len(g), 'concept')} to {target}", err=True)


@glossary.command("validate")
@click.argument("source", type=FILE)
@_STRICT
@_COLUMNS
@friendly_errors
def glossary_validate(source: str, strict: bool, columns: str | None) -> None:
    """List every problem of a glossary with a count per kind; exit 0 when clean, 1 with problems, 2 unreadable."""
    from collections import Counter

    from zhen_qa.glossary.formats import load
    from zhen_qa.glossary.lint import notes
    from zhen_qa.glossary.problems import counts

    if columns:
        _refuse_unused_columns((source,))
    g = load(source, columns=dict(_columns(columns)) or None)
    for p in g.problems:
        click.echo(_printable(str(p)))
    remarks = notes(g)
    for n in remarks:
        click.echo(_printable(f"{source}: note: {n.message}"))
    said = ""
    if remarks:
        kinds = Counter(n.kind for n in remarks)
        said = f"; {plural(len(remarks), 'note')} ({', '.join(f'{k} {c}' for k, c in sorted(kinds.items()))})"
    if not g.problems:
        click.echo(f"{source}: {plural(len(g), 'concept')}, valid{said} ({g.checksum})")
        return
    summary = ", ".join(f"{kind} {n}" for kind, n in counts(g.problems))
    click.echo(f"{source}: {plural(len(g), 'concept')}, {plural(len(g.problems), 'problem')} ({summary}){said}")
    if strict:
        more = f" (and {plural(len(g.problems) - 1, 'more problem')})" if len(g.problems) > 1 else ""
        _fail(f"{g.problems[0]}{more}")
    sys.exit(1)


@glossary.command("show")
@click.argument("source", type=FILE)
@_STRICT
@_COLUMNS
@friendly_errors
def glossary_show(source: str, strict: bool, columns: str | None) -> None:
    """List the concepts of a glossary: terms by status, definition, note and term notes."""
    from zhen_qa.glossary.formats import load

    if columns:
        _refuse_unused_columns((source,))
    g = load(source, strict, dict(_columns(columns)) or None)
    _warn_problems(g.problems)
    for c in g.concepts:
        line = f"{c.id}: {c.zh} = {c.en}"
        extra = []
        if c.zh_admitted or c.en_admitted:
            extra.append("admitted " + " | ".join(c.zh_admitted + c.en_admitted))
        if c.zh_deprecated or c.en_deprecated:
            extra.append("deprecated " + " | ".join(c.zh_deprecated + c.en_deprecated))
        click.echo(line + ("  (" + "; ".join(extra) + ")" if extra else ""))
        if c.definition:
            click.echo(f"    definition: {c.definition}")
        if c.note:
            click.echo(f"    note: {c.note}")
        for detail in c.details:
            click.echo(f"    {detail}")


@main.group()
def cache() -> None:
    """The user cache (lexicon, jieba dictionary, validated glossaries): show or clear it.

    Entries unused for 30 days, and glossaries past the 64 most recently used, are pruned automatically
    whenever a run writes a new entry; ZHENQA_CACHE_DIR moves the folder."""


def _size(n: int) -> str:
    return f"{n / 1048576:.1f} MB" if n >= 1048576 else f"{n / 1024:.0f} kB"


@cache.command("info")
def cache_info() -> None:
    """Show the cache folder and what it holds, by kind."""
    from zhen_qa.manuscript.usercache import cache_dir, entries

    found = entries()
    click.echo(f"{cache_dir()}: {plural(len(found), 'file')}, {_size(sum(e.size for e in found))}")
    for kind in sorted({e.kind for e in found}):
        mine = [e for e in found if e.kind == kind]
        click.echo(f"  {kind}: {plural(len({e.key for e in mine}), 'entry', 'entries')}, {plural(len(mine), 'file')}, "
                   f"{_size(sum(e.size for e in mine))}")


@cache.command("clear")
def cache_clear() -> None:
    """Remove every zhen-qa file from the cache folder (the next run rebuilds what it needs)."""
    from zhen_qa.manuscript.usercache import cache_dir, clear

    files, size = clear()
    click.echo(f"removed {plural(files, 'file')} ({_size(size)}) from {cache_dir()}")


if __name__ == "__main__":
    main()
