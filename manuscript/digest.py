"""SHA-1 and SHA-256 without loading OpenSSL, for the cache keys and checksums of a run.

`import hashlib` loads `_hashlib` and with it OpenSSL's libcrypto (4.7 MB read from disk on a cold start, 11 million
instructions of loading and initialising) though the digests a check takes (cache file names, the glossary's
checksum) are of a few kilobytes. CPython's own implementations (`_sha1`, `_sha256`, in 3.12 `_sha2`) give the same
digests; `hashlib`'s are used where they are missing (a build without them).
"""
from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Protocol


class Hash(Protocol):
    """What the callers use of a hash object."""

    def update(self, data: bytes, /) -> None: ...

    def digest(self) -> bytes: ...

    def hexdigest(self) -> str: ...


def _builtin(name: str, modules: tuple[str, ...]) -> Callable[[bytes], Hash]:
    """CPython's own constructor `name` from the first of `modules` there is, else hashlib's."""
    for module in modules:
        try:
            found: Callable[[bytes], Hash] = getattr(importlib.import_module(module), name)
            return found
        except (ImportError, AttributeError):  # pragma: no cover - depends on the Python build
            continue
    return getattr(importlib.import_module("hashlib"), name)  # type: ignore[no-any-return]  # pragma: no cover


_sha1 = _builtin("sha1", ("_sha1",))
_sha256 = _builtin("sha256", ("_sha256", "_sha2"))  # _sha2 from CPython 3.12 on


def sha1(data: bytes = b"") -> Hash:
    """A SHA-1 hash object of `data` (`update`, `digest`, `hexdigest` as hashlib's)."""
    return _sha1(data)


def sha256(data: bytes = b"") -> Hash:
    """A SHA-256 hash object of `data` (`update`, `digest`, `hexdigest` as hashlib's)."""
    return _sha256(data)
