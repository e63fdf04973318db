"""Which manuscripts a run checks, and which files are two halves of one translation.

In the files found, `NAME.zh.EXT` beside `NAME.en.EXT` (also `.zh-CN`, `.zh_CN`, `.zh-Hans`, `.cn`) and
`zh/PATH` beside `en/PATH` (the layout of translated documentation; also `en-US/PATH`) and a message file
named by its locale, `zh-CN.json` beside `en.json` (vue-i18n, react-intl; also `.yml`), `messages_zh_CN.properties`
beside `messages_en.properties` or `messages.properties`, `values-zh-rCN/strings.xml` beside `values/strings.xml`
(Android), `Resources.zh-CN.resx` beside `Resources.resx` (.NET), `zh-Hans.lproj/X.strings` beside
`en.lproj/X.strings` (Apple), are one translation, checked as
`check ZH --en EN` would; every other file is checked alone, except a LaTeX file that a main file of the run reads
(`manuscript.latex_includes`): it is checked inside its main file. A Chinese message file given without its English
(a translator stages `locales/zh.json` alone; the pre-commit hook names only the staged files) is paired with its
English found on disk by the same names (`locales/en.json`).
"""
from __future__ import annotations

import os
import re
from collections.abc import Container, Sequence
from typing import NamedTuple

from zhen_qa.manuscript.errors import InputError
from zhen_qa.manuscript.i18n_files import is_message_file
from zhen_qa.manuscript.latex_includes import read_by_mains
from zhen_qa.manuscript.reader import QT_SUFFIXES

MANUSCRIPT_SUFFIXES = (".md", ".markdown", ".mdx", ".txt", ".docx", ".tex", ".xlf", ".xliff", ".sdlxliff", ".mqxliff",
                       ".tmx", ".po")
"""Extensions a folder is searched for (and `.ts`, for a Qt Linguist file only: `_qt_linguist`)."""
_SEARCHED = MANUSCRIPT_SUFFIXES + QT_SUFFIXES
"""What a folder search takes by extension: the manuscripts and the `.ts` files, of which `_qt_linguist` keeps Qt's."""
OWNER_FILE_PREFIX = "~$"
"""The start of the owner (lock) file Word writes beside a document it has open (`~$paper.docx`, 162 bytes, no
document): never a manuscript, so a folder or pattern leaves it out."""
RESULTS_LAYOUT = ("done", "findings", "pairs", "failures.jsonl")
"""What `check --out-dir` writes into its folder from the start (`report.archive.ArchiveWriter`): a folder holding
all of them is an earlier run's results (its `aligned.tmx` is no manuscript), which a folder search leaves out."""

_ZH_TAG = re.compile(r"^(?P<stem>.+)\.(?:zh|zh[-_]cn|zh[-_]hans|cn|chs)(?P<ext>\.[^.]+)$", re.I)
_ZH_DIRS = ("zh", "zh-cn", "zh_cn", "zh-hans", "cn")
_EN_LOCALES = ("en", "en-US", "en_US", "en-GB", "en_GB")
"""Names of the English half beside a Chinese file or folder named by its locale (i18next: `locales/en-US/`)."""
_ZH_LOCALE_FILE = re.compile(r"^(?:zh|zh[-_](?:cn|hans|hans[-_]cn|sg|tw|hk|hant|hant[-_](?:tw|hk)))\.(?:json|ya?ml)$",
                             re.I)
"""A message file named by its Chinese locale alone (vue-i18n, react-intl: `zh-CN.json` beside `en.json`; Rails:
`config/locales/zh-CN.yml` beside `en.yml`)."""
_ZH_BUNDLE = re.compile(r"^(?P<stem>.+?)_zh(?:_(?:CN|Hans|Hans_CN|SG|TW|HK|Hant|Hant_TW|Hant_HK))?\.properties$", re.I)
"""A Java resource bundle's Chinese file (`messages_zh_CN.properties`): its English is `messages_en….properties` or
the base bundle `messages.properties` (what Java falls back to)."""
_ZH_RESX = re.compile(r"^(?P<stem>.+?)\.zh(?:-(?:CN|Hans|SG|TW|HK|Hant))?\.resx$", re.I)
"""A .NET resource file's Chinese satellite (`Resources.zh-CN.resx`): its English is the neutral `Resources.resx`."""
_ZH_LPROJ = re.compile(r"^(?:zh|zh[-_](?:Hans|CN|Hant|TW|HK))\.lproj$", re.I)
"""An Apple localisation folder for Chinese (`zh-Hans.lproj`): its English is `en.lproj` (or `Base.lproj`)."""
_ZH_ANDROID_DIR = re.compile(r"^values-zh(?:-r(?:CN|SG|TW|HK)|-b\+zh\+Han[st](?:\+(?:CN|TW|HK))?)?$", re.I)
"""An Android resource folder for Chinese (`values-zh-rCN`, `values-zh`, `values-b+zh+Hans`): its English is the
default `values/` (what Android falls back to)."""


class Job(NamedTuple):
    """One manuscript to check: a file, or a Chinese file and its English translation."""

    path: str
    en_path: str | None = None


def collect_files(paths: Sequence[str]) -> list[str]:
    """Expand folders (recursively, by extension) and globs; keep explicit files as given, sorted, unique."""
    out: list[str] = []
    for p in paths:
        if any(ch in p for ch in "*?[") and not os.path.exists(p):
            import glob  # noqa: PLC0415 - only for a pattern (most runs name files)

            matches = sorted(glob.glob(p, recursive=True))
            if not matches:
                raise InputError(f"{p}: no file matches this pattern")
            out.extend(m for m in matches if os.path.isfile(m) and not _owner_file(m))
        elif os.path.isdir(p):
            for root, dirs, files in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.startswith(".") and not _results(os.path.join(root, d)))
                out.extend(path for path in (os.path.join(root, f) for f in sorted(files)
                                             if f.lower().endswith(_SEARCHED)
                                             and not f.startswith(OWNER_FILE_PREFIX))
                           if os.path.isfile(path)  # not a pipe or socket named *.md: opening one waits for ever
                           and (not path.lower().endswith(QT_SUFFIXES) or _qt_linguist(path)))
        else:
            out.append(p)
    return sorted(dict.fromkeys(out))


def _qt_linguist(path: str) -> bool:
    """True for a `.ts` file whose root element is Qt Linguist's <TS> (a folder's TypeScript sources are not), read
    as the CAT reader reads it (`cat.is_qt_linguist`), so a file it reads when named a folder search takes too."""
    from zhen_qa.manuscript.cat import ROOT_CHARS, is_qt_linguist  # only for .ts files

    try:
        with open(path, "rb") as fh:
            head = fh.read(ROOT_CHARS * 4)  # UTF-8: at most four bytes a character
    except OSError:
        return False
    return is_qt_linguist(head.decode("utf-8", "replace"))


def _results(folder: str) -> bool:
    return all(os.path.exists(os.path.join(folder, part)) for part in RESULTS_LAYOUT)


def _owner_file(path: str) -> bool:
    return os.path.basename(path).startswith(OWNER_FILE_PREFIX)


def english_partner(path: str, available: Container[str]) -> str | None:
    """The English file that `path` is the Chinese half of, when it is among `available` (the files of the run, or
    `ON_DISK`): the first of the names each naming convention below gives, in this order."""
    folder, name = os.path.split(path)
    candidates: list[str] = []
    m = _ZH_TAG.match(name)
    if m:
        candidates += [os.path.join(folder, m["stem"] + tag + m["ext"])
                       for tag in (".en", ".EN", ".en-US", ".en_US", ".en-GB")]
    if _ZH_LOCALE_FILE.match(name):  # a message file named by its locale, zh-CN.json beside en.json
        candidates += [os.path.join(folder, tag + os.path.splitext(name)[1]) for tag in _EN_LOCALES]
    if (bundle := _ZH_BUNDLE.match(name)):
        candidates += [os.path.join(folder, bundle["stem"] + tag + ".properties")
                       for tag in ("_en", "_en_US", "_en_GB", "")]
    if (resx := _ZH_RESX.match(name)):
        candidates += [os.path.join(folder, resx["stem"] + tag + ".resx") for tag in (".en", ".en-US", "")]
    if _ZH_LPROJ.match(os.path.basename(folder)) and name.lower().endswith(".strings"):
        candidates += [os.path.join(os.path.dirname(folder), tag + ".lproj", name)
                       for tag in ("en", "en-US", "en-GB", "Base")]
    if _ZH_ANDROID_DIR.match(os.path.basename(folder)) and name.lower().endswith(".xml"):
        candidates.append(os.path.join(os.path.dirname(folder), "values", name))
    parts = path.split(os.sep)
    candidates += [os.sep.join([*parts[:i], tag, *parts[i + 1:]])
                   for i, part in enumerate(parts[:-1]) if part.lower() in _ZH_DIRS for tag in _EN_LOCALES]
    return next((c for c in candidates if c in available), None)


class _OnDisk:
    """Every file on disk, as `english_partner`'s `available`: a name is in it when such a file exists."""

    def __contains__(self, path: object) -> bool:
        return isinstance(path, str) and os.path.isfile(path)


ON_DISK: Container[str] = _OnDisk()


_DEFAULT_BUNDLE = re.compile(r"^(?P<stem>[^_]+(?:_(?![a-z]{2}(?:_|\.properties$))[^_]+)*)\.properties$", re.I)
"""A Java base bundle (`messages.properties`, `app_errors.properties`), no locale after its name."""
_DEFAULT_RESX = re.compile(r"^(?P<stem>[^.]+)\.resx$", re.I)
"""A .NET neutral resource file (`Resources.resx`), no culture before `.resx`."""


def default_partner(path: str, available: set[str]) -> str | None:
    """The English file beside a default message file (Android's `values/X.xml`, Java's base bundle
    `NAME.properties`, .NET's neutral `X.resx`) when a project keeps its Chinese in the default and its English as
    a locale (`values-en/X.xml`, `NAME_en.properties`, `X.en.resx`), among `available`; which of the two is Chinese
    the reader decides by their text (`i18n_json.read_message_pair`)."""
    folder, name = os.path.split(path)
    lower = name.lower()
    candidates: list[str] = []
    if os.path.basename(folder) == "values" and lower.endswith(".xml"):
        parent = os.path.dirname(folder)
        candidates = [os.path.join(parent, tag, name) for tag in ("values-en", "values-en-rUS", "values-en-rGB")]
    elif (bundle := _DEFAULT_BUNDLE.match(name)):
        candidates = [os.path.join(folder, bundle["stem"] + tag + ".properties") for tag in ("_en", "_en_US", "_en_GB")]
    elif (resx := _DEFAULT_RESX.match(name)):
        candidates = [os.path.join(folder, resx["stem"] + tag + ".resx") for tag in (".en", ".en-US", ".en-GB")]
    return next((c for c in candidates if c in available), None)


def refuse_same_file(zh_path: str, en_path: str) -> None:
    """An input error when the English file of a two-file run is the Chinese file itself (`--en a.txt` on a.txt):
    the run compared a file with itself and reported nothing, which read as a clean translation."""
    try:
        same = os.path.samefile(zh_path, en_path)
    except OSError:  # a missing file is reported when it is read, by its name
        return
    if same:
        raise InputError(f"{en_path}: the English file is the Chinese file itself; give the translation's own file")


def collect_jobs(paths: Sequence[str], en_path: str | None = None) -> list[Job]:
    """The manuscripts to check, in path order, with translations found by name paired up.

    A Chinese message file (JSON, YAML, `.properties`, Android XML, `.strings`, `.resx`) whose English is not among
    the files is paired with its English on disk when there is one (`english_partner` on `ON_DISK`): the pre-commit
    hook names only the staged files, and a translator who edits the Chinese stages it alone. The pair's findings are
    all reported, the English file's lines too: a key the Chinese lacks is shown at its English line, a placeholder
    the translation lost at the translation's (the file with more keys is the source), and both are the Chinese
    file's defects. A file with no partner on disk either (package.json) raises `LoneMessageFile` when it is
    checked, as before."""
    files = collect_files(paths)
    chapters = read_by_mains(files)  # a thesis's chapters are checked inside its main file, once
    files = [f for f in files if f not in chapters]
    if en_path is not None:
        if len(files) != 1:
            raise InputError("--en takes one Chinese file: give exactly one PATH with --en")
        refuse_same_file(files[0], en_path)
        return [Job(files[0], en_path)]
    available = set(files)
    partners = {f: english_partner(f, available) for f in files}
    taken = {en for en in partners.values() if en}
    for f in files:  # a default message file no Chinese file pairs with may be the Chinese (values/ + values-en/)
        if partners[f] is None and f not in taken and (en := default_partner(f, available)) and en not in taken \
                and partners.get(en) is None:
            partners[f] = en
            taken.add(en)
    for f in files:
        if partners[f] is None and f not in taken and is_message_file(f) and (en := english_partner(f, ON_DISK)):
            partners[f] = en
    return [Job(f, partners[f]) for f in files if f not in taken]
