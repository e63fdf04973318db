import hashlib

from zhen_qa.manuscript import digest


def test_same_digests_as_hashlib() -> None:
    for data in (b"", b"abc", "词典\0glossary".encode(), bytes(range(256)) * 40):
        assert digest.sha1(data).hexdigest() == hashlib.sha1(data).hexdigest()
        assert digest.sha256(data).hexdigest() == hashlib.sha256(data).hexdigest()
        assert digest.sha256(data).digest() == hashlib.sha256(data).digest()


def test_update_continues_the_message() -> None:
    h = digest.sha256(b"lexicon")
    h.update(b"\0")
    h.update(b"shards")
    assert h.hexdigest() == hashlib.sha256(b"lexicon\0shards").hexdigest()
