"""Regular expressions compiled once per Python install and user, not at every start of the program.

CPython's `re` compiles a pattern in Python (`re._compiler.compile`): it parses the pattern, then writes the code its
matching engine runs, a list of integers, and hands both to `_sre.compile`. The check of the seed compiles some 220
patterns (the package's, jieba's, the standard library's) and that was about 220 million of its 1,700 million
instructions, every run, for the same patterns. `install()` puts in place a `compile` that is CPython's own but for
where the code comes from: the arguments of `_sre.compile` made earlier from the same pattern and flags, kept in the
user cache (`regex-KEY.marshal`, KEY naming the Python build and its engine's `MAGIC`), else made now (and the file
rewritten at exit). `_sre.compile` gets the same arguments, so it makes the same pattern (two patterns are equal when
their pattern, flags and code are; the tests compare every pattern of the package).

Only the command line installs it, and only when this Python's `compile` is the code this one was written from (a
fingerprint of its bytecode, as `re_charset` and `codecache` check theirs); a program that imports zhen_qa keeps the
standard `re`.
"""
from __future__ import annotations

import _sre
import atexit
import marshal
import sys
from pathlib import Path
from typing import Any

from zhen_qa.manuscript import usercache
from zhen_qa.manuscript.digest import sha1
from zhen_qa.manuscript.marshal_cache import LAYOUT as FILE_LAYOUT
from zhen_qa.manuscript.marshal_cache import MarshalCache
from zhen_qa.manuscript.re_charset import _COMPILER, fingerprint

_CPYTHON = _COMPILER.compile
"""CPython's own function (used for what is not a plain pattern string, and by `install` to recognise the code)."""

_FINGERPRINTS = frozenset({3506297466, 749995547, 460822618, 2462177620})
"""`fingerprint` of `re._compiler.compile` in CPython 3.10.13 (`sre_compile.compile`), 3.11.7, 3.12.1 and 3.13.0 (one
source, four bytecodes)."""
_PARSER: Any = getattr(_COMPILER, "_parser", None) or getattr(_COMPILER, "sre_parse", None)
"""CPython's parser of patterns (`sre_parse` before 3.11)."""

KEEP = 4096
"""Compiled patterns kept in the cache file; past them a rewrite keeps only those the writing run used."""

Args = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]
"""What `_sre.compile` takes after the pattern: flags, code, number of groups - 1, group index, index group."""

_cache: MarshalCache[tuple[str | bytes, int], Args] = MarshalCache(KEEP)
"""`_sre.compile`'s arguments by pattern and flags; the file `install` read."""


LAYOUT = 1
"""The layout of the cache file's entries (`Args`); part of its name (with the file's, `marshal_cache.LAYOUT`)."""


def cache_file() -> Path:
    """The cache of compiled patterns for this Python build and regular-expression engine."""
    key = sha1(f"{LAYOUT}\0{FILE_LAYOUT}\0{sys.version}\0{_sre.MAGIC}\0{_sre.CODESIZE}\0{marshal.version}".encode()
               ).hexdigest()[:16]
    return usercache.cache_dir() / f"regex-{key}.marshal"


def _made(pattern: str | bytes, flags: int) -> Args:
    """The arguments of `_sre.compile` as CPython's `compile` makes them."""
    parsed = _PARSER.parse(pattern, flags)
    code = [int(c) for c in _COMPILER._code(parsed, flags)]  # opcodes are an int subclass, which marshal refuses
    groupindex = parsed.state.groupdict
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    return int(flags | parsed.state.flags), code, parsed.state.groups - 1, dict(groupindex), tuple(indexgroup)


def compile(p: Any, flags: int = 0) -> Any:  # noqa: A001 - the name `re` calls
    """CPython's `re._compiler.compile(p, flags)`, with the code of a pattern string from the cache when it is there."""
    if not isinstance(p, (str, bytes)) or flags & _COMPILER.SRE_FLAG_DEBUG:
        return _CPYTHON(p, flags)
    key = (p, int(flags))
    args = _cache.get(key)
    if args is not None:
        try:
            final, code, groups, groupindex, indexgroup = args
            return _sre.compile(p, final, code, groups, dict(groupindex), indexgroup)
        except (TypeError, ValueError, RuntimeError):  # a damaged entry (`_sre` checks the code): made again below
            pass
    args = _made(p, flags)
    _cache.put(key, args)
    final, code, groups, groupindex, indexgroup = args
    return _sre.compile(p, final, code, groups, dict(groupindex), indexgroup)


def save(path: Path | None = None) -> None:
    """Write the cache file when this run compiled patterns it lacked (`MarshalCache.save`)."""
    _cache.save(path or _cache.path or cache_file())


def install() -> bool:
    """Compile patterns from cached code from now on, if this Python's `compile` is one `compile` matches; the
    cache is written at exit when the run added to it."""
    if _COMPILER.compile is compile:
        return True
    if fingerprint(_CPYTHON) not in _FINGERPRINTS:
        return False
    _cache.load(cache_file())
    setattr(_COMPILER, "compile", compile)  # noqa: B010 - a module, typed as ModuleType
    atexit.register(save)
    return True


def uninstall() -> None:
    """Put CPython's own `compile` back (tests)."""
    setattr(_COMPILER, "compile", _CPYTHON)  # noqa: B010
    atexit.unregister(save)
