from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.glossaries import sample_concepts
from tests.measure import measured
from zhen_qa.glossary.formats import csv_tsv, load, save, tbx
from zhen_qa.glossary.formats.files import read_bounded
from zhen_qa.glossary.model import Glossary
from zhen_qa.manuscript.errors import InputError

needs_dev_zero = pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero")


def test_read_bounded_returns_the_bytes_up_to_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "g.csv"
    path.write_bytes(b"x" * 10)
    assert read_bounded(str(path), 10) == b"x" * 10
    with pytest.raises(InputError, match="more than the limit of 0 MiB"):
        read_bounded(str(path), 9)


def test_read_bounded_names_a_missing_file_and_a_folder(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="missing.csv: no such file"):
        read_bounded(str(tmp_path / "missing.csv"), 100)
    with pytest.raises(InputError, match="is a folder"):
        read_bounded(str(tmp_path), 100)


@needs_dev_zero
def test_csv_symlinked_to_dev_zero_stops_at_the_limit(tmp_path: Path) -> None:
    link = tmp_path / "g.csv"
    link.symlink_to("/dev/zero")
    with measured(memory=True) as work, pytest.raises(InputError) as err:
        load(str(link))
    assert work.peak < 4 * csv_tsv.MAX_BYTES, work  # read no further than the limit
    assert work.cpu < 5, work
    assert str(err.value) == f"{link}: more than the limit of {csv_tsv.MAX_BYTES // 2**20} MiB; split the glossary"


@needs_dev_zero
@pytest.mark.parametrize("suffix, module", [(".tbx", tbx), (".tsv", csv_tsv)])
def test_other_formats_symlinked_to_dev_zero_stop_at_the_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, suffix: str, module: object
) -> None:
    monkeypatch.setattr(module, "MAX_BYTES", 1024 * 1024)
    link = tmp_path / f"g{suffix}"
    link.symlink_to("/dev/zero")
    with pytest.raises(InputError, match=r"more than the limit of 1 MiB"):
        load(str(link))


@needs_dev_zero
def test_xlsx_symlinked_to_dev_zero_is_refused(tmp_path: Path) -> None:
    link = tmp_path / "g.xlsx"
    link.symlink_to("/dev/zero")
    with pytest.raises(InputError, match="g.xlsx: not a regular file"):
        load(str(link))


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs")
def test_fifo_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    fifo = tmp_path / "g.csv"
    os.mkfifo(fifo)
    with pytest.raises(InputError, match="not a regular file"):
        load(str(fifo))


def test_oversized_file_names_the_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(csv_tsv, "MAX_BYTES", 1024 * 1024)
    path = tmp_path / "big.csv"
    path.write_bytes(b"id,zh,en\n" + b"a" * (2 * 1024 * 1024))
    with pytest.raises(InputError, match=r"big.csv: 2\.0 MiB is more than the limit of 1 MiB; split the glossary"):
        load(str(path))


def test_interrupted_save_leaves_the_old_file_and_no_temporary(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "out.tbx"
    out.write_bytes(b"old glossary")

    def crash(*_args: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(KeyboardInterrupt):
        save(Glossary.build(sample_concepts()), str(out))
    assert out.read_bytes() == b"old glossary"
    assert [p.name for p in tmp_path.iterdir()] == ["out.tbx"]


@pytest.mark.parametrize("suffix", [".csv", ".tsv", ".tbx", ".xlsx"])
def test_save_writes_through_a_temporary_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, suffix: str) -> None:
    renames: list[tuple[str, str]] = []
    real_replace = os.replace

    def spy(src: str, dst: str) -> None:
        renames.append((os.path.basename(src), os.path.basename(dst)))
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", spy)
    out = tmp_path / f"out{suffix}"
    g = Glossary.build(sample_concepts())
    save(g, str(out))
    assert len(renames) == 1 and renames[0][1] == out.name and renames[0][0].endswith(".tmp")
    assert load(str(out)).checksum == g.checksum


def test_save_errors_name_the_target_not_a_temporary(tmp_path: Path) -> None:
    g = Glossary.build(sample_concepts())
    missing = tmp_path / "no-such-folder" / "out.csv"
    with pytest.raises(InputError) as err:
        save(g, str(missing))
    assert str(err.value).startswith(f"{missing}: the folder") and ".tmp" not in str(err.value)
    folder = tmp_path / "folder.csv"
    folder.mkdir()
    with pytest.raises(InputError, match=r"folder\.csv: is a folder; give a file name"):
        save(g, str(folder))
    assert [p.name for p in tmp_path.iterdir()] == ["folder.csv"]
