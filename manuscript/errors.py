"""The errors every layer raises, in one module: what the command line turns into exit codes."""
from __future__ import annotations


class InputError(Exception):
    """Unusable input: the message is one line that says what is wrong and what to do (exit code 2)."""


class OtherLanguages(InputError):
    """A file in languages zhen-qa does not check (a French-German XLIFF): an error when it is named, skipped with a
    note when a folder or pattern brought it in (`skip` says why: "not Chinese-English (languages fr-FR→de-DE)"; the
    languages alone, "languages fr-FR→de-DE", did not say what was wrong with them).
    A PO declares its target only: "languages target fr, source not declared"."""

    def __init__(self, message: str, languages: str) -> None:
        super().__init__(message)
        self.skip = f"not Chinese-English (languages {languages})"


class LoneMessageFile(InputError):
    """A message file (JSON, YAML, ...) given without the other language's file to pair it with, and with none found
    beside it on disk (a Chinese locale file's English is looked up there: `checks.jobs.collect_jobs`): an error when
    it is named, skipped with a note where every staged file is named (`check --skip-other-languages`, the pre-commit
    hooks): a package.json staged beside the locale files is no translation."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.skip = "no translation pair (a file of one language, no file of the other named with it or beside it)"
