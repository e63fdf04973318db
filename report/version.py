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
    try:
        from importlib.metadata import PackageNotFoundError, version
    except ImportError:  # pragma: no cover
        return "0+unknown"
    try:
        return version(TOOL_NAME)
    except PackageNotFoundError:
        return _checkout_version()


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
