"""Character classes of regular expressions compiled without a Python loop over their characters.

CPython's `re` compiler (`re._compiler._optimize_charset`; `sre_compile` before Python 3.11) marks every character
of a class's ranges in a 65,536-entry map one at a time, in a Python loop, then numbers the map's 256 chunks in
another: a Han range of 21,000 characters costs about 10 million instructions to compile. The seed's check compiles
some twenty Han classes (jieba's among them) and eighty more classes beyond Latin-1: 250 million instructions, an
eighth of its work. `optimize_charset` is the same function with each range marked by one slice assignment and
runs of empty or full chunks numbered at once: for every class it returns what CPython's returns (the tests compare
the two on random classes and on every pattern of the package), so every pattern compiles to the same code.

`install()` puts it in CPython's place, for the whole process, only when CPython's function is the code this one
was written from (Python 3.10-3.13, `_FINGERPRINTS`); on any other Python it leaves `re` alone. The command line
calls it, as it tunes the garbage collector; a program that imports zhen_qa keeps the standard compiler.
"""
from __future__ import annotations

import importlib
import sys
import zlib
from types import ModuleType
from typing import Any

_COMPILER: ModuleType = importlib.import_module("re._compiler" if sys.version_info >= (3, 11) else "sre_compile")
"""CPython's regular-expression compiler, written in Python (`sre_compile` before 3.11)."""
_CPYTHON = _COMPILER._optimize_charset
"""CPython's own function (used for case-insensitive classes, and by `install` to recognise the code)."""

_FINGERPRINTS = frozenset({1456659373, 1598754381, 2172815822, 867329846})
"""`fingerprint` of `_optimize_charset` in CPython 3.10.13, 3.11.7, 3.12.1 and 3.13.0 (one source, four bytecodes)."""

BMP = 0x10000
"""Characters below this are marked in the class's map; the others are kept as ranges and literals."""
LITERAL, RANGE, NEGATE, CHARSET, BIGCHARSET = (_COMPILER.LITERAL, _COMPILER.RANGE, _COMPILER.NEGATE,
                                               _COMPILER.CHARSET, _COMPILER.BIGCHARSET)
_NONE = bytes(256)
_ALL = b"\1" * 256


def fingerprint(function: Any) -> int:
    """A checksum of a function's bytecode, constants and names (not of its line numbers or file)."""
    code = function.__code__
    return zlib.crc32(code.co_code + repr((code.co_consts, code.co_names, code.co_varnames)).encode())


def optimize_charset(charset: list[tuple[Any, Any]], iscased: Any = None, fixup: Any = None,
                     fixes: Any = None) -> tuple[list[tuple[Any, Any]], bool]:
    """CPython's `_optimize_charset(charset, iscased, fixup, fixes)`: the same value, without per-character loops.

    A class compiled case-insensitively (`fixup` given) goes to CPython's function unchanged."""
    if fixup is not None:
        return _CPYTHON(charset, iscased, fixup, fixes)  # type: ignore[no-any-return]
    out: list[tuple[Any, Any]] = []
    tail: list[tuple[Any, Any]] = []
    charmap = bytearray(256)
    for op, av in charset:
        if op is LITERAL:
            if av >= 256 and len(charmap) == 256:
                charmap += bytes(BMP - 256)
            if av < BMP:
                charmap[av] = 1
            else:
                tail.append((op, av))
        elif op is RANGE:
            lo, hi = av
            if hi >= 256 and len(charmap) == 256:
                charmap += bytes(BMP - 256)
            if hi < BMP:
                charmap[lo:hi + 1] = b"\1" * (hi + 1 - lo)
            else:  # the part in the map is marked, the whole range kept (as CPython does)
                if lo < BMP:
                    charmap[lo:] = b"\1" * (BMP - lo)
                tail.append((op, av))
        elif op is NEGATE:
            out.append((op, av))
        else:
            tail.append((op, av))

    # from here on CPython's code, but for the chunk numbering
    runs: list[tuple[int, int]] | None = []
    q = 0
    while True:
        p = charmap.find(1, q)
        if p < 0:
            break
        if len(runs) >= 2:  # type: ignore[arg-type]
            runs = None
            break
        q = charmap.find(0, p)
        if q < 0:
            runs.append((p, len(charmap)))  # type: ignore[union-attr]
            break
        runs.append((p, q))  # type: ignore[union-attr]
    if runs is not None:
        for p, q in runs:
            if q - p == 1:
                out.append((LITERAL, p))
            else:
                out.append((RANGE, (p, q - 1)))
        out += tail
        if len(out) < len(charset):
            return out, False
        return charset, False
    if len(charmap) == 256:
        out.append((CHARSET, _COMPILER._mk_bitmap(charmap)))
        out += tail
        return out, False
    whole = bytes(charmap)
    chunks: dict[bytes, int] = {}  # each distinct 256-character chunk: its number, in order of first appearance
    mapping = bytearray()  # the number of each chunk
    while len(mapping) < 256:
        start = len(mapping) << 8
        chunk = whole[start:start + 256]
        if chunk == _NONE or chunk == _ALL:  # and so are the chunks up to the next character not in (in) the class
            end = whole.find(0 if chunk == _ALL else 1, start)
            mapping += bytes([chunks.setdefault(chunk, len(chunks))]) * (((BMP if end < 0 else end) - start) >> 8)
        else:
            mapping.append(chunks.setdefault(chunk, len(chunks)))
    data = _COMPILER._mk_bitmap(bytearray(b"".join(chunks)))
    data[0:0] = [len(chunks)] + _COMPILER._bytes_to_codes(mapping)
    out.append((BIGCHARSET, data))
    out += tail
    return out, False


def install() -> bool:
    """Compile character classes with `optimize_charset` from now on, if this Python's compiler is one it matches."""
    if _COMPILER._optimize_charset is optimize_charset:
        return True
    if fingerprint(_CPYTHON) not in _FINGERPRINTS:
        return False
    setattr(_COMPILER, "_optimize_charset", optimize_charset)  # noqa: B010 - a module, typed as ModuleType
    return True
