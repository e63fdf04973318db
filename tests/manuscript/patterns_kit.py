"""The regular expressions of the package, for the tests of `re_charset` and `re_cache`."""
from __future__ import annotations

import importlib
import pkgutil
import re
from collections.abc import Iterator

import zhen_qa
from zhen_qa.manuscript.lazy_re import LazyPattern


def package_patterns() -> Iterator[tuple[str, str, int]]:
    """(module, pattern, flags) of every compiled or lazy pattern a module of the package holds at its top level."""
    for info in pkgutil.walk_packages(zhen_qa.__path__, "zhen_qa."):
        if info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        for value in vars(module).values():
            if isinstance(value, (re.Pattern, LazyPattern)) and isinstance(value.pattern, str):
                yield info.name, value.pattern, value.flags
