"""The tool's name and version as reports state them."""
from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from typing import Any

TOOL_NAME = "zhen-qa"
FORMAT_VERSION = 1
"""Version of the JSON report layout; raised when a field changes meaning or disappears."""


@lru_cache(maxsize=1)
def installed_version() -> str:
    """The installed distribution's version, or "0+unknown" when running from an uninstalled checkout."""
    found = _dist_info_version()
    if found is not None:
        return found
    try:
        from importlib.metadata import PackageNotFoundError, version
    except ImportError:  # pragma: no cover
        return "0+unknown"
    try:
        return version(TOOL_NAME)
    except PackageNotFoundError:
        return _checkout_version()


def _dist_info_version() -> str | None:
    """What `importlib.metadata.version` answers when the first metadata folder of the distribution on
    `sys.path` is a `.dist-info` folder in a directory (as pip installs it, editable or not): its METADATA's
    Version, read without importing importlib.metadata and the email parser (a fifth of `zhen-qa --version`).
    None when the search meets anything else (a zip or `.egg` on the path, an `.egg-info`, another finder of
    distributions, no METADATA): importlib.metadata decides then."""
    import os
    import re
    import sys
    from importlib.machinery import PathFinder

    if any(hasattr(f, "find_distributions") and f is not PathFinder for f in sys.meta_path):
        return None
    wanted = TOOL_NAME.replace("-", "_")
    for entry in sys.path:
        root = entry or "."
        if not os.path.isdir(root) or root.lower().endswith(".egg"):
            if os.path.exists(root):
                return None  # a zip or an egg on the path: importlib.metadata reads those
            continue
        try:
            children = os.listdir(root)
        except OSError:
            continue
        for child in children:  # importlib.metadata's Lookup: the first match in listing order
            low = child.lower()
            if not low.endswith((".dist-info", ".egg-info")):
                continue
            if re.sub(r"[-_.]+", "_", low.rpartition(".")[0].partition("-")[0]) != wanted:
                continue
            return _metadata_version(os.path.join(root, child, "METADATA")) if low.endswith(".dist-info") else None
    return None


def _metadata_version(path: str) -> str | None:
    """The first Version header of a METADATA file, as the email parser reads it; None when unreadable."""
    try:
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                if not line.strip():
                    break  # end of the headers
                key, sep, value = line.partition(":")
                if sep and key.lower() == "version":
                    return value.lstrip(" \t").rstrip("\r\n")
    except (OSError, UnicodeDecodeError):
        return None
    return None


def _checkout_version() -> str:
    """The version in pyproject.toml beside the packages, for `python cli.py` from a checkout."""
    import os
    import re

    path = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "pyproject.toml")
    try:
        with open(path, encoding="utf-8") as fh:
            m = re.search(r'^version\s*=\s*"([^"]+)"', fh.read(), re.M)
    except OSError:
        return "0+unknown"
    return m.group(1) if m else "0+unknown"


def tool_version(signature: Mapping[str, Any]) -> str:
    """The version in the report's signature when it has one, else the installed one."""
    value = signature.get("version") or signature.get("tool_version")
    return str(value) if value else installed_version()
