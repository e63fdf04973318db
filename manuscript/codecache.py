"""Dataclasses' generated methods compiled once per Python install and user, not at every start of the program.

`dataclasses` writes the methods it adds to a class (`__init__`, `__repr__`, `__eq__`, a frozen class's
`__setattr__` and `__delattr__`, ...) as source text and compiles each with `exec` when the class is created: a
check of the seed creates 257 of them, and compiling them was about a tenth of its CPU time (0.07 s of 0.45 s).
`install()` puts in place a `_create_fn` that is CPython's own but for where the code comes from: the code object
compiled from the same text earlier, kept in the user cache (`code-KEY.marshal`, KEY naming the Python build, as
`.pyc` files are named after it), else compiled now (and the file rewritten at exit). The compiled code is what
`exec` of the text compiles (the same flags: none inherited), so the methods are the same.

Only the command line installs it, and only when this Python's `_create_fn` is one it was written from (a
fingerprint of its bytecode, as `re_charset` checks the regular-expression compiler's); a program that imports
zhen_qa keeps the standard dataclasses.
"""
from __future__ import annotations

import atexit
import dataclasses
import marshal
import sys
import zlib
from pathlib import Path
from types import CodeType
from typing import Any

from zhen_qa.manuscript import usercache
from zhen_qa.manuscript.digest import sha1
from zhen_qa.manuscript.marshal_cache import LAYOUT, MarshalCache


def fingerprint(code: CodeType) -> int:
    """A checksum of a code object's bytecode, constants and names, nested code objects (a generator expression)
    included by their own checksum (their repr holds an address), line numbers and file left out."""
    consts = tuple(fingerprint(c) if isinstance(c, CodeType) else c for c in code.co_consts)
    return zlib.crc32(code.co_code + repr((consts, code.co_names, code.co_varnames)).encode())


_STDLIB_CREATE_FN = dataclasses._create_fn  # type: ignore[attr-defined]

_FINGERPRINTS = frozenset({2642963541})
"""`fingerprint` of the `dataclasses._create_fn` this module's copy was written from (CPython 3.11)."""

KEEP = 4096
"""Compiled methods kept in the cache file; past them a rewrite keeps only those the writing run used."""

_cache: MarshalCache[str, CodeType] = MarshalCache(KEEP, lambda value: isinstance(value, CodeType))
"""Compiled methods by source text; the file `install` read."""


def cache_file() -> Path:
    """The cache of compiled methods for this Python build (its version string names the bytecode it runs)."""
    key = sha1(f"{sys.version}\0{sys.implementation.cache_tag}\0{marshal.version}\0{LAYOUT}".encode()).hexdigest()[:16]
    return usercache.cache_dir() / f"code-{key}.marshal"


def compiled(txt: str) -> CodeType:
    """The code object of `txt` as `exec(txt)` in `dataclasses` compiles it, from the cache when it is there."""
    code = _cache.get(txt)
    if code is None:
        code = compile(txt, "<string>", "exec", dont_inherit=True)
        _cache.put(txt, code)
    return code


def _create_fn(name: str, args: list[str], body: list[str], *, globals: dict[str, Any] | None = None,  # noqa: A002
               locals: dict[str, Any] | None = None, return_type: Any = dataclasses.MISSING) -> Any:  # noqa: A002
    """CPython 3.11's `dataclasses._create_fn` with `exec` of `compiled(txt)` instead of `exec(txt)`."""
    if locals is None:
        locals = {}
    return_annotation = ""
    if return_type is not dataclasses.MISSING:
        locals["_return_type"] = return_type
        return_annotation = "->_return_type"
    joined = ",".join(args)
    lines = "\n".join(f"  {b}" for b in body)
    txt = f" def {name}({joined}){return_annotation}:\n{lines}"
    local_vars = ", ".join(locals.keys())
    txt = f"def __create_fn__({local_vars}):\n{txt}\n return {name}"
    ns: dict[str, Any] = {}
    exec(compiled(txt), globals, ns)  # noqa: S102 - what dataclasses runs, compiled from the same text
    return ns["__create_fn__"](**locals)


def save(path: Path | None = None) -> None:
    """Write the cache file when this run compiled methods it lacked (`MarshalCache.save`)."""
    _cache.save(path or _cache.path or cache_file())


def install() -> bool:
    """Create dataclasses' methods from cached code from now on, if this Python's `_create_fn` is one `_create_fn`
    matches; the cache is written at exit when the run added to it."""
    if dataclasses._create_fn is _create_fn:  # type: ignore[attr-defined]
        return True
    if fingerprint(_STDLIB_CREATE_FN.__code__) not in _FINGERPRINTS:
        return False
    _cache.load(cache_file())
    dataclasses._create_fn = _create_fn  # type: ignore[attr-defined]
    atexit.register(save)
    return True


def uninstall() -> None:
    """Put CPython's own `_create_fn` back (tests)."""
    dataclasses._create_fn = _STDLIB_CREATE_FN  # type: ignore[attr-defined]
    atexit.unregister(save)
