"""Configuration: `zhen-qa.toml` or `[tool.zhen-qa]` in `pyproject.toml`, found from a folder upward."""
from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from zhen_qa.checks.context import Options
from zhen_qa.manuscript.errors import InputError
from zhen_qa.report.findings import Severity

FAIL_ON = ("error", "warning", "info", "never")
KNOWN_KEYS = {
    "glossary", "select", "ignore", "severity", "fail-on", "allow-original-in-parentheses", "cjk-latin-space",
    "discover-terms", "discovered-severity", "admitted-synonyms", "source",
}
SOURCES = ("zh", "en")


@dataclass(frozen=True)
class Config:
    """Settings of a check run; command-line flags are applied on top with `merged`."""

    path: str | None = None
    glossaries: tuple[str, ...] = ()
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    severity: Mapping[str, Severity] = field(default_factory=dict)
    fail_on: str = "warning"
    options: Options = field(default_factory=Options)

    def merged(self, **flags: Any) -> "Config":
        """A copy with every flag that is not None (or empty) taking precedence."""
        changes = {k: v for k, v in flags.items() if v not in (None, (), [])}
        return replace(self, **changes)


def find_config(start: str) -> str | None:
    """The nearest `zhen-qa.toml`, or `pyproject.toml` with a `[tool.zhen-qa]` table, from `start` upward."""
    folder = os.path.abspath(start if os.path.isdir(start) else os.path.dirname(start) or ".")
    while True:
        candidate = os.path.join(folder, "zhen-qa.toml")
        if os.path.isfile(candidate):
            return candidate
        pyproject = os.path.join(folder, "pyproject.toml")
        if os.path.isfile(pyproject) and "zhen-qa" in _read_toml(pyproject).get("tool", {}):
            return pyproject
        parent = os.path.dirname(folder)
        if parent == folder:
            return None
        folder = parent


def _read_toml(path: str) -> dict[str, Any]:
    """A TOML file's tables; the parser is imported here, by runs that meet a `pyproject.toml` or `zhen-qa.toml`."""
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover
        import tomli as tomllib

    try:
        with open(path, "rb") as fh:
            data: dict[str, Any] = tomllib.load(fh)
            return data
    except tomllib.TOMLDecodeError as exc:
        raise InputError(f"{path}: invalid TOML: {exc}") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from None


def _str_list(path: str, key: str, value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return tuple(value)
    raise InputError(f"{path}: '{key}' must be a string or a list of strings")


def load_config(path: str, known_rules: frozenset[str] = frozenset()) -> Config:
    """Read one configuration file; unknown keys, rules and values are errors naming the key."""
    data = _read_toml(path)
    if os.path.basename(path) == "pyproject.toml":
        data = data.get("tool", {}).get("zhen-qa", {})
    unknown = sorted(set(data) - KNOWN_KEYS)
    if unknown:
        raise InputError(f"{path}: unknown key '{unknown[0]}' (known: {', '.join(sorted(KNOWN_KEYS))})")
    base = os.path.dirname(os.path.abspath(path))
    glossaries = tuple(
        os.path.normpath(os.path.join(base, g)) for g in _str_list(path, "glossary", data.get("glossary", []))
    )
    select = _str_list(path, "select", data.get("select", []))
    ignore = _str_list(path, "ignore", data.get("ignore", []))
    severity: dict[str, Severity] = {}
    raw_sev = data.get("severity", {})
    if not isinstance(raw_sev, dict):
        raise InputError(f"{path}: 'severity' must be a table of rule = \"error|warning|info\"")
    for rule, value in raw_sev.items():
        if known_rules and rule not in known_rules:
            raise InputError(f"{path}: severity: unknown rule '{rule}' (see `zhen-qa rules`)")
        try:
            severity[rule] = Severity(value)
        except ValueError:
            raise InputError(f"{path}: severity.{rule}: '{value}' is not error, warning or info") from None
    for rule in select + ignore:
        if known_rules and rule not in known_rules:
            raise InputError(f"{path}: unknown rule '{rule}' (see `zhen-qa rules`)")
    fail_on = data.get("fail-on", "warning")
    if fail_on not in FAIL_ON:
        raise InputError(f"{path}: fail-on: '{fail_on}' is not one of {', '.join(FAIL_ON)}")
    spacing = data.get("cjk-latin-space")
    if spacing is not None and not isinstance(spacing, bool):
        raise InputError(f"{path}: cjk-latin-space must be true or false")
    parens = data.get("allow-original-in-parentheses", True)
    if not isinstance(parens, bool):
        raise InputError(f"{path}: allow-original-in-parentheses must be true or false")
    discover = data.get("discover-terms", True)
    if not isinstance(discover, bool):
        raise InputError(f"{path}: discover-terms must be true or false")
    try:
        discovered = Severity(data.get("discovered-severity", "info"))
    except ValueError:
        raise InputError(f"{path}: discovered-severity: '{data.get('discovered-severity')}' is not error, warning "
                         "or info") from None
    synonyms = data.get("admitted-synonyms", False)
    if not isinstance(synonyms, bool):
        raise InputError(f"{path}: admitted-synonyms must be true or false")
    source = data.get("source")
    if source is not None and source not in SOURCES:
        raise InputError(f"{path}: source: '{source}' is not zh or en")
    options = Options(allow_original_in_parentheses=parens, cjk_latin_space=spacing, discover_terms=discover,
                      discovered_severity=discovered, admitted_synonyms=synonyms, source=source)
    return Config(path, glossaries, select, ignore, severity, fail_on, options)
