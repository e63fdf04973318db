"""Read a program's JSON message files (vue-i18n, i18next, react-intl, ngx-translate: `zh-CN.json` + `en.json`) as
units paired by key.

Each language is a file of its own: an object whose leaves are the strings, nested (`{"button": {"ok": "确定"}}`) or
flat (`{"button.ok": "确定"}`); arrays are indexed (`steps[0]`). The two files' strings are paired by their key path
(the unit id), so a unit is a Chinese-English pair already, as a CAT file's is (`manuscript.cat`). A key one file has
and the other lacks, or leaves empty, is a unit with one side: untranslated. i18next writes a plural's forms as keys
of their own (`item_one`, `item_other`); Chinese has only the "other" form (CLDR), so an English `_one`/`_two`/
`_few`/`_many`/`_zero` form whose `_other` both files have is no missing key.

Positions: Python's `json` gives values, not places, and the libraries that map JSON to places
(json-source-map) give where a value starts, not where each of its characters is once escapes (`\\n`, `\\u4e2d`,
`\\"`) are decoded. So the file is walked here (the standard library's `scanstring` decodes each string, so what is
accepted is what `json` accepts) and each character of a string keeps its offset in the file: a finding is placed at
its line and column, an escape spans the characters it is written with. HTML written in a string (`<b>`,
`<a href="{url}">`) is markup, compared as a CAT file's program strings are (`text_tags`), and so are
react-i18next's numbered tags (`<0>点击这里</0>`).
"""
from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from json.decoder import scanstring  # type: ignore[attr-defined]
from pathlib import Path

from zhen_qa.manuscript.document import Bead, Block, Manuscript, Pair, Role, Sentence, UnitTags
from zhen_qa.manuscript.errors import InputError
from zhen_qa.manuscript.script import script_share
from zhen_qa.manuscript.source import MappedBuilder, MappedText, SourceText

JSON_SUFFIXES = (".json",)
_SPACE = re.compile(r"[ \t\n\r]*")
_PLURAL_FORM = re.compile(r"^(?P<stem>.+)(?:(?P<sep>[_.])(?:zero|one|two|few|many)|\[(?:zero|one|two|few|many)\])$")
"""A plural form's key other than "other" (the only form Chinese has): i18next's `x_one`, Rails' `x.one`, Android's
`<plurals>` item `x[one]` (`i18n_android`). `x.one` is a form only in a YAML file (Rails): in JSON a `.` is nesting
alone, and `{"answer": {"one": …, "many": …}}` are messages (`_plural_match`)."""
DOTTED_PLURAL_SUFFIXES = (".yml", ".yaml")
"""Files whose plural forms are keys under the message (Rails' `x.one`, `x.other`)."""


_HUMANIZED = re.compile(r"^(?:activerecord|activemodel|mongoid)\.(?:attributes|models)\.")
"""Rails model and attribute names: one the English file lacks is shown humanized from the code (`amount_in_cents`
is "Amount in cents", ActiveModel's `human_attribute_name`), so a Chinese name has English without it."""


def _plural_match(key: str, path: str) -> re.Match[str] | None:
    """`_PLURAL_FORM`'s match of a key of the message file at `path`; a `.` form only in a YAML file."""
    m = _PLURAL_FORM.match(key)
    if m and m["sep"] == "." and not path.lower().endswith(DOTTED_PLURAL_SUFFIXES):
        return None
    return m


def plural_form(key: str, path: str) -> str | None:
    """The plural form a key of the message file at `path` names other than "other" (`one` of `x_one`, `x[one]`,
    and in YAML `x.one`), else None."""
    m = _plural_match(key, path)
    return re.sub(r"\W", "", key[len(m["stem"]):]).removeprefix("_") if m else None


def is_json_file(path: str) -> bool:
    """True for the file names read by this module."""
    return path.lower().endswith(JSON_SUFFIXES)


@dataclass(frozen=True)
class Message:
    """One string of a message file: its key path (the unit id) and its text, mapped to the file."""

    key: str
    text: MappedText
    translate: bool = True
    """False for a message the file marks as not for translation (Android's `translatable="false"`, a reference to
    another resource): the key is left out of both files' pairing (`paired_keys`)."""
    value: bool = False
    """An item of an array of values the code reads, not text (`i18n_android`: a ListPreference's `entryValues`): the
    array is left out of both files' pairing unless the other file writes it differently (`_value_arrays`)."""


def _decoded(src: SourceText, start: int, end: int) -> MappedText:
    """The JSON string written in src.text[start:end] (between its quotes), decoded, each character mapped to where
    it is written (an escape to its first character, its end past its last)."""
    raw = src.text
    out = MappedBuilder(src)
    i = start
    while i < end:
        if raw[i] != "\\":
            out.copy(i, i + 1)
            i += 1
            continue
        width = 6 if raw[i + 1] == "u" else 2
        if (width == 6 and raw[i + 6:i + 8] == "\\u" and 0xD800 <= int(raw[i + 2:i + 6], 16) < 0xDC00
                and 0xDC00 <= int(raw[i + 8:i + 12], 16) < 0xE000):
            width = 12  # a surrogate pair: one character (a high one before another escape is two, as json reads it)
        text, _ = scanstring(raw[i:i + width] + '"', 0)
        out.append(text, i, i + width)
        i += width
    return out.build()


class _Walk:
    """The strings of one JSON text, by key path, in file order."""

    def __init__(self, src: SourceText) -> None:
        self.src = src
        self.text = src.text
        self.out: list[Message] = []
        self.keys: dict[str, MappedText] = {}
        """The top-level keys as written (a natural-language key is the English text: `natural_keys`)."""
        self.decoder = json.JSONDecoder()

    def _skip(self, i: int) -> int:
        m = _SPACE.match(self.text, i)
        assert m is not None
        return m.end()

    def _fail(self, i: int, what: str) -> InputError:
        line, col = self.src.line_col(min(i, max(len(self.text) - 1, 0))) if self.text else (1, 1)
        return InputError(f"{self.src.path}: line {line} column {col}: not readable JSON ({what}); "
                          "check the file with a JSON validator")

    def _string(self, i: int) -> tuple[str, int]:
        try:
            value, end = scanstring(self.text, i + 1)
        except ValueError as exc:
            raise self._fail(getattr(exc, "pos", i), getattr(exc, "msg", str(exc))) from None
        return value, end

    def value(self, i: int, path: str) -> int:
        """Read the value at i (after blanks), record its strings under `path`; the offset after it."""
        i = self._skip(i)
        ch = self.text[i:i + 1]
        if ch == '"':
            _, end = self._string(i)
            self.out.append(Message(path, _decoded(self.src, i + 1, end - 1)))
            return end
        if ch == "{":
            return self._object(i + 1, path)
        if ch == "[":
            return self._array(i + 1, path)
        try:
            _, end = self.decoder.raw_decode(self.text, i)
        except json.JSONDecodeError as exc:
            raise self._fail(exc.pos, exc.msg) from None
        return end

    def _object(self, i: int, path: str) -> int:
        i = self._skip(i)
        if self.text[i:i + 1] == "}":
            return i + 1
        while True:
            i = self._skip(i)
            if self.text[i:i + 1] != '"':
                raise self._fail(i, "expecting a key in double quotes")
            start = i
            key, i = self._string(i)
            if not path:
                self.keys[key] = _decoded(self.src, start + 1, i - 1)
            i = self._skip(i)
            if self.text[i:i + 1] != ":":
                raise self._fail(i, "expecting ':' after a key")
            i = self._skip(self.value(i + 1, f"{path}.{key}" if path else key))
            if self.text[i:i + 1] == "}":
                return i + 1
            if self.text[i:i + 1] != ",":
                raise self._fail(i, "expecting ',' or '}'")
            i += 1

    def _array(self, i: int, path: str) -> int:
        i = self._skip(i)
        if self.text[i:i + 1] == "]":
            return i + 1
        n = 0
        while True:
            i = self._skip(self.value(i, f"{path}[{n}]"))
            n += 1
            if self.text[i:i + 1] == "]":
                return i + 1
            if self.text[i:i + 1] != ",":
                raise self._fail(i, "expecting ',' or ']'")
            i += 1


def messages(src: SourceText) -> list[Message]:
    """The strings of a JSON message file by key path, in file order; InputError (one line, with the place) when
    the file is not JSON or not an object of messages. In a browser extension's `messages.json` (every entry an
    object with its "message") only the messages are text: a "description" is the developer's note to the
    translator and a placeholder's "content" is code (`$1`); the unit id is the entry's name."""
    return _walked(src).out


def _chrome(out: list[Message]) -> list[Message] | None:
    """The messages of a browser extension's `messages.json` (`{"name": {"message": …, "description": …}}`) with
    the entry's name as their key; None when the file is not of that shape."""
    names = {m.key.split(".", 1)[0] for m in out}
    kept = [Message(m.key[:-len(".message")], m.text) for m in out if m.key.endswith(".message")
            and "." not in m.key[:-len(".message")]]
    if not out or len(kept) != len(names) or any(
            m.key.split(".", 1)[1].split(".", 1)[0] not in ("message", "description", "placeholders")
            for m in out if "." in m.key):
        return None
    return kept


def _walked(src: SourceText) -> _Walk:
    """The file walked: its strings and top-level keys."""
    walk = _Walk(src)
    start = walk._skip(1 if src.text.startswith("\ufeff") else 0)
    if src.text[start:start + 1] != "{":
        raise InputError(f"{src.path}: not a JSON message file (an object of keys and strings, as vue-i18n, "
                         "i18next or react-intl write)")
    end = walk._skip(walk.value(start, ""))
    if end < len(src.text):
        raise walk._fail(end, "extra data after the object")
    walk.out = _chrome(walk.out) or walk.out
    return walk


NATURAL_SHARE = 0.8
"""Share of the English file's strings written as their own key above which its keys are natural language
(i18next's `"Save file": "Save file"`): a key the English file lacks then shows as itself, in English."""


def natural_keys(en: list[Message]) -> bool:
    """True when the English file's keys are its English text (most of its strings are their key, in letters)."""
    same = sum(1 for m in en if m.key == m.text.text and any(ch.isalpha() for ch in m.key))
    return bool(en) and same >= NATURAL_SHARE * len(en)


def _array_of(key: str) -> str:
    """The array an item key belongs to (`a` of `a[2]`)."""
    return key.rsplit("[", 1)[0]


def _value_arrays(zh: list[Message], en: list[Message]) -> set[str]:
    """The keys of the arrays of values (`Message.value`) to leave out of both files: an array whose items the other
    file lacks or writes the same. An array the other file writes differently (`30s` against `30秒`) is text the
    translation changed: its items are checked."""
    out: set[str] = set()
    for mine, other in ((zh, en), (en, zh)):
        arrays: dict[str, dict[str, str]] = {}
        for m in mine:
            if m.value:
                arrays.setdefault(_array_of(m.key), {})[m.key] = m.text.text
        if not arrays:
            continue
        theirs: dict[str, dict[str, str]] = {}
        for m in other:
            if _array_of(m.key) in arrays:
                theirs.setdefault(_array_of(m.key), {})[m.key] = m.text.text
        for name, items in arrays.items():
            written = theirs.get(name, {})
            if all(items.get(k) == t for k, t in written.items()):
                out.update(items, written)
    return out


def paired_keys(zh: list[Message], en: list[Message], zh_keys: dict[str, MappedText] | None = None,
                path: str = "") -> list[tuple[str, MappedText | None, MappedText | None]]:
    """(key, Chinese, English) of every key either file has, in the order the English file (else the Chinese) lists
    them; None for the side that lacks the key. An English plural form (`_one`, …) whose `_other` both files hold
    is left out: Chinese writes the "other" form alone; so is a key either file marks as not for translation. With
    `zh_keys` (the Chinese file's keys as written, when the keys are natural language: `natural_keys`), a Chinese
    message the English file lacks is paired with its key, the English the program shows for it; unless the key is
    shorter than the Chinese has Han characters: then it names the message (its English is in the code), and the
    key is left out. `path` (either file's) says which plural keys the files write (`_plural_match`). A Rails model or
    attribute name the English file lacks is humanized from the code (`_HUMANIZED`): left out."""
    fixed = {m.key for m in (*zh, *en) if not m.translate} | _value_arrays(zh, en)
    zh, en = [m for m in zh if m.key not in fixed], [m for m in en if m.key not in fixed]
    zh_by = {m.key: m.text for m in zh}
    en_by = {m.key: m.text for m in en}
    named: set[str] = set()
    for key, written in (zh_keys or {}).items():
        if key not in en_by and key in zh_by and written.text.strip():
            if len(written.text) < script_share(zh_by[key].text)[0]:
                named.add(key)  # a name, not the text ("api error tips" for two sentences): its English unknown
            else:
                en_by[key] = written
    out: list[tuple[str, MappedText | None, MappedText | None]] = []
    for key in dict.fromkeys([m.key for m in en] + [m.key for m in zh]):
        if key in named or key not in en_by and _HUMANIZED.match(key):
            continue
        form = _plural_match(key, path)
        other = f"{form['stem']}{form['sep']}other" if form and form["sep"] else f"{form['stem']}[other]" if form \
            else ""
        if form and key not in zh_by and other in zh_by and other in en_by:
            continue
        out.append((key, zh_by.get(key), en_by.get(key)))
    return out


_ZH_NAMED = re.compile(r"(?:^|[/\\._-])zh(?:[-_](?:cn|sg|tw|hk|hans|hant)(?:[-_](?:cn|sg|tw|hk))?)?(?=[/\\._-]|$)",
                       re.I)
"""A file or folder named by a Chinese locale (zh.json, zh-CN.json, zh_Hans/common.json, messages.zh-CN.json)."""
_EN_NAMED = re.compile(r"(?:^|[/\\._-])en(?:[-_][a-z]{2})?(?=[/\\._-]|$)", re.I)
"""A file or folder named by an English locale (en.yml, en-US.json, values-en/strings.xml, messages_en.properties,
en.lproj/Localizable.strings)."""


def _named_english(path: str) -> bool:
    """The file's own name or its folder's names an English locale (not a folder further up: /home/en/…)."""
    p = Path(path)
    return bool(_EN_NAMED.search(p.name) or _EN_NAMED.search(p.parent.name))


_LOCALE_KEY = re.compile(r"(?:^|[.\]])(?P<lang>[a-z]{2,3})(?:[-_][A-Za-z]{2,4})?$")
"""A key ending in what may be a locale code (`locales.zh-CN`, `i18n.ja`): a language menu's entry when the code is a
language written in a script of its own (`_ENDONYM_SCRIPTS`)."""
_ENDONYM_SCRIPTS = {
    "zh": ("CJK",), "yue": ("CJK",), "ja": ("CJK", "HIRAGANA", "KATAKANA"), "ko": ("HANGUL",),
    **dict.fromkeys(("ru", "uk", "be", "bg", "sr", "mk", "kk", "ky", "mn", "tg", "tt", "ba"), ("CYRILLIC",)),
    "el": ("GREEK",), **dict.fromkeys(("ar", "fa", "ur", "ps", "ug", "ckb"), ("ARABIC",)),
    **dict.fromkeys(("he", "yi"), ("HEBREW",)), **dict.fromkeys(("hi", "mr", "ne", "sa"), ("DEVANAGARI",)),
    **dict.fromkeys(("bn", "as"), ("BENGALI",)), "ta": ("TAMIL",), "te": ("TELUGU",), "kn": ("KANNADA",),
    "ml": ("MALAYALAM",), "gu": ("GUJARATI",), "pa": ("GURMUKHI",), "si": ("SINHALA",), "th": ("THAI",),
    "lo": ("LAO",), "my": ("MYANMAR",), "km": ("KHMER",), "ka": ("GEORGIAN",), "hy": ("ARMENIAN",),
    "am": ("ETHIOPIC",), "ti": ("ETHIOPIC",), "bo": ("TIBETAN",), "dv": ("THAANA",)}
"""Languages written in a script other than Latin, by ISO 639 code, with the Unicode script names their own names are
written in (`简体中文`, `日本語`, `한국어`, `Русский`): a general fact, for `_endonym`."""


def _endonym(key: str, zh: str, en: str) -> bool:
    """True for a language menu's entry that names a language in its own script, as every locale file writes it
    (`zh-CN: 简体中文` in en.yml as in zh-CN.yml): the same text in both files, under a key ending in the code of a
    language written in a script of its own, every letter of the text in that script (`button.add: 添加` is no such
    entry: `add` is no language)."""
    m = _LOCALE_KEY.search(key)
    scripts = _ENDONYM_SCRIPTS.get(m["lang"]) if m else None
    letters = [ch for ch in zh if ch.isalpha()]
    return zh == en and scripts is not None and bool(letters) and all(
        unicodedata.name(ch, "").startswith(scripts) for ch in letters)


def _twice(path: str, msgs: list[Message]) -> tuple[str, ...]:
    """A note naming the keys a file gives more than once (JSON allows it; a program reads the last value, and so
    does the check): the first value is a translation nobody sees, usually a merge or copy slip."""
    from collections import Counter

    from zhen_qa.manuscript.plural import plural

    twice = [k for k, n in Counter(m.key for m in msgs).items() if n > 1]
    if not twice:
        return ()
    lines = {m.key: m.text.location(0, 0).line for m in reversed(msgs) if m.key in twice and m.text.text}
    shown = ", ".join(f"{k} (first at line {lines[k]})" if k in lines else k for k in twice[:3])
    more = f" and {len(twice) - 3} more" if len(twice) > 3 else ""
    return (f"{path}: {plural(len(twice), 'key')} given more than once: {shown}{more}; the last value is checked, "
            "as a program reads it",)


def _is_chinese(msgs: list[Message]) -> bool:
    """True when the file's strings are Chinese: Han characters more than a tenth of Han characters and words."""
    han, letters = 0, 0
    for m in msgs:
        h, latin = script_share(m.text.text)[:2]
        han, letters = han + h, letters + h + latin
    return han > 0.1 * letters if letters else False


def _read(src: SourceText) -> tuple[list[Message], dict[str, MappedText]]:
    """A message file's messages and, for JSON, its top-level keys as written (`natural_keys`)."""
    if is_json_file(src.path):
        walk = _walked(src)
        return walk.out, walk.keys
    from zhen_qa.manuscript.i18n_files import file_messages

    return file_messages(src), {}


def read_message_pair(zh_path: str, en_path: str) -> Manuscript:
    """A manuscript whose pairs are the keys of two message files, one a language (JSON here, YAML, `.properties`,
    Android `strings.xml`: `i18n_files`): one bead a key, no alignment (`aligner.unit_sentences` aligns the
    sentences inside each). The source language is the file with more keys (the base locale a project translates
    from), English when they have as many."""
    from zhen_qa.manuscript.cat import unit_text
    from zhen_qa.manuscript.reader import read_source
    from zhen_qa.manuscript.text_tags import html_prose, marked_elements, text_tags

    zh_src, en_src = read_source(zh_path, units=True), read_source(en_path, units=True)
    (zh_msgs, zh_top), (en_msgs, en_top) = _read(zh_src), _read(en_src)
    notes: tuple[str, ...] = ()
    zh_han, en_han = _is_chinese(zh_msgs), _is_chinese(en_msgs)
    if en_han > zh_han:  # given the other way round: the Chinese file is the one whose strings are Han
        notes += (f"{zh_path} is English and {en_path} is Chinese: checked the other way round",)
        zh_path, en_path, zh_src, en_src, zh_msgs, en_msgs = en_path, zh_path, en_src, zh_src, en_msgs, zh_msgs
        zh_top = en_top
    elif not zh_han and not en_han and _ZH_NAMED.search(zh_path) and not _ZH_NAMED.search(en_path):
        # zh-CN.json still a copy of en.json (a locale begun, little or nothing translated): its name says what it
        # is, and every message left in English is a finding
        notes += (f"{zh_path} is named as Chinese but its messages are not: checked as the Chinese file",)
    elif zh_han and en_han and _ZH_NAMED.search(zh_path) and _named_english(en_path):
        # a project written in Chinese whose English file is begun but holds Chinese still (19wu's en.yml): the
        # names say which is which, and every message left in Chinese in the English file is a finding; a base
        # bundle named by no locale (messages.properties, values/strings.xml) that holds Chinese is the project's
        # Chinese default, no English file
        notes += (f"{en_path} holds Chinese too: checked as the English file by its name",)
    elif zh_han == en_han and zh_msgs and en_msgs:
        name = "Chinese" if zh_han else "English"
        raise InputError(f"{zh_path} and {en_path} are both {name}; give the Chinese file as PATH and the English "
                         "with --en")
    notes += _twice(zh_path, zh_msgs) + _twice(en_path, en_msgs)
    natural = is_json_file(en_path) and natural_keys(en_msgs)
    zh_source = not natural and len({m.key for m in zh_msgs}) > len({m.key for m in en_msgs})
    blocks: list[Block] = []
    pairs: list[Pair] = []
    if natural:
        notes += ("the English file's keys are its English text: a message it lacks is read as its key",)
    for key, zh_written, en_written in paired_keys(zh_msgs, en_msgs, zh_top if natural else None, en_path):
        if zh_written and en_written and _endonym(key, zh_written.text, en_written.text):
            continue
        sides = [zh_written or MappedText("", [], zh_src), en_written or MappedText("", [], en_src)]
        marked = marked_elements(sides[0].text, True) | marked_elements(sides[1].text, True)
        zh, en = (unit_text(html_prose(side, marked, True)) for side in sides)
        zh_tags, en_tags = (text_tags(side, False, marked, True) for side in sides)
        if not (zh.text.strip() or zh_tags) and not (en.text.strip() or en_tags):
            continue  # nothing to translate on either side ("", a lone "-")
        tags: UnitTags = (zh_tags, en_tags if en.text.strip() else ()) if zh_source else \
            (en_tags, zh_tags if zh.text.strip() else ())
        zh_s = (Sentence(zh, "zh", Role.PARAGRAPH),) if zh.text else ()
        en_s = (Sentence(en, "en", Role.PARAGRAPH),) if en.text else ()
        for side, lang in ((zh, "zh"), (en, "en")) if zh_source else ((en, "en"), (zh, "zh")):
            if side.text:
                blocks.append(Block(Role.PARAGRAPH, lang, side, f"unit {key}"))
        pairs.append(Pair(key, zh_s, en_s, (Bead(tuple(range(len(zh_s))), tuple(range(len(en_s))), 1.0),),
                          tags=tags))
    notes += () if pairs else ("no messages found",)
    return Manuscript(zh_path, (zh_src, en_src), tuple(blocks), tuple(pairs), (), notes,
                      source_lang="zh" if zh_source else "en")


read_json_pair = read_message_pair
"""The name the JSON reader had (stop 46)."""
