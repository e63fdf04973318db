"""Read a YAML locale file (Rails `config/locales/zh-CN.yml`, vue-i18n / i18next `.yml`) as messages by key path,
each character placed where the file writes it.

Nested keys are joined by `.`, sequence items are `[i]` (as `i18n_json` does); Rails files open with the locale as
their one top key (`zh-CN:`, `en:`), which is left out of the path so that the two languages' keys meet. Only string
scalars are messages (`count: 3`, `true` are values, not text; `on`/`off`/`yes`/`no` are words, as YAML 1.2 reads
them; a Ruby symbol `:other.key` refers to another message); Rails plural forms are keys (`x.one`, `x.other`),
and an English form whose "other" both files have is no missing message (`i18n_json.paired_keys`). A merge key
(`<<: *defaults`) lends its mapping's keys to the mapping that holds it.

translate-toolkit's `yaml` storage needs ruamel.yaml; PyYAML (installed, and the parser most Python YAML code
uses) composes the file into nodes that know where each scalar starts and ends. Inside a scalar, each character of
its value is followed back to what writes it: an escape of a double-quoted scalar spans the escape, `''` in a
single-quoted one spans both quotes, a line break folded to a space is placed at the break.
"""
from __future__ import annotations

import re

from zhen_qa.manuscript.errors import InputError
from zhen_qa.manuscript.i18n_json import Message
from zhen_qa.manuscript.source import MappedBuilder, MappedText, SourceText

_LOCALE_ROOT = re.compile(r"^(?:zh|en)(?:[-_][A-Za-z]{2,4}){0,2}$")
"""The one top key of a Rails locale file, when it is Chinese or English (`zh-CN:`, `en:`, `zh_Hans:`)."""
_STR = "tag:yaml.org,2002:str"
_BOOL = "tag:yaml.org,2002:bool"
_WORDS_NOT_BOOL = frozenset({"yes", "no", "on", "off", "y", "n"})
"""Plain words YAML 1.1 (PyYAML) reads as booleans and YAML 1.2 (js-yaml, the vue-i18n and i18next loaders) as
strings: in a locale file they are text (`off: 关闭`, `status.off: off`)."""
_SYMBOL = re.compile(r"^:[A-Za-z_][\w.]*$")
"""A Rails i18n value that is a Ruby symbol (`:thredded.form.update`): a reference to another key, no text."""
_ESCAPE_WIDTH = {"x": 4, "u": 6, "U": 10}
WALK_PER_CHAR = 10
WALK_SLACK = 10_000
"""Nodes a walk may visit: without aliases every node is written with at least one character of the file; merge keys
(`<<: *defaults`) repeat a mapping a few times; aliases nested into more than ten entries a character (`*a`, a node
shared by PyYAML's composition: `a2: &a2 [*a1, *a1, …]` grows exponentially, 300 bytes into a million messages) are
what no locale file needs."""


def _followed(src: SourceText, start: int, end: int, value: str, style: str | None) -> MappedText:
    """`value` (a scalar's text) with each character mapped into src.text[start:end] (the scalar as written)."""
    raw = src.text
    i = start
    if style in ("'", '"'):
        i += 1
    elif style in ("|", ">"):
        i = raw.find("\n", start, end) + 1 or end  # the content starts on the line after the indicator
    out = MappedBuilder(src)
    for ch in value:
        while i < end:
            c = raw[i]
            if style == '"' and c == "\\":
                nxt = raw[i + 1:i + 2]
                if nxt == "\n":  # an escaped line break: nothing
                    i += 2
                    continue
                width = _ESCAPE_WIDTH.get(nxt, 2)
                out.append(ch, i, i + width)
                i += width
                break
            if c == ch or (ch in " \n" and c == "\n"):
                stop = i + 2 if style == "'" and raw.startswith("''", i) else i + 1
                out.append(ch, i, stop)
                i = stop
                break
            i += 1  # indentation, a comment-free blank dropped by folding, a quote
        else:  # not found as written (never on a scalar PyYAML read): the last place
            at = out.offsets[-1] if len(out) else start
            out.append(ch, at, at + 1)
    return out.build()


def messages(src: SourceText) -> list[Message]:
    """The string values of a YAML locale file by key path, in file order (see the module); InputError (one line,
    with the place) when the file is not YAML or not a mapping."""
    import yaml

    try:
        root = yaml.compose(src.text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1} column {mark.column + 1}: " if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise InputError(f"{src.path}: {where}not readable YAML ({problem}); check the file with a YAML linter") \
            from None
    if not isinstance(root, yaml.MappingNode):
        raise InputError(f"{src.path}: not a YAML locale file (a mapping of keys and strings, as Rails or vue-i18n "
                         "write)")
    out: list[Message] = []
    budget = [WALK_PER_CHAR * len(src.text) + WALK_SLACK]  # nodes the walk may still visit

    def walk(node: yaml.Node, path: str) -> None:
        budget[0] -= 1
        if budget[0] < 0:
            raise InputError(f"{src.path}: its aliases repeat lists or mappings into more than {WALK_PER_CHAR} "
                             "entries a character of the file (an alias bomb?); not read as a locale file")
        if isinstance(node, yaml.ScalarNode):
            word = node.tag == _BOOL and node.style is None and node.value.lower() in _WORDS_NOT_BOOL
            if (node.tag == _STR or word) and path and not (node.style is None and _SYMBOL.match(node.value)):
                text = _followed(src, node.start_mark.index, node.end_mark.index, node.value, node.style)
                out.append(Message(path, text))
        elif isinstance(node, yaml.SequenceNode):
            for n, item in enumerate(node.value):
                walk(item, f"{path}[{n}]")
        elif isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                name = str(key.value) if isinstance(key, yaml.ScalarNode) else ""
                if name == "<<":
                    walk(value, path)  # a merge key: its mapping's keys are this mapping's
                elif name:
                    walk(value, f"{path}.{name}" if path else name)

    top = root.value
    if len(top) == 1 and isinstance(top[0][0], yaml.ScalarNode) and _LOCALE_ROOT.match(str(top[0][0].value)) \
            and isinstance(top[0][1], yaml.MappingNode):
        walk(top[0][1], "")
    else:
        walk(root, "")
    return out
