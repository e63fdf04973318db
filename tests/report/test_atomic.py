"""Atomic output: replace in one rename, keep permissions, name the output on errors."""
from __future__ import annotations

from pathlib import Path

import pytest

from zhen_qa.manuscript.errors import InputError
from zhen_qa.report.atomic import refuse_inputs, write_atomic


def test_replaces_the_file_and_keeps_its_mode(tmp_path: Path) -> None:
    path = tmp_path / "out.csv"
    path.write_bytes(b"old")
    path.chmod(0o640)
    write_atomic(str(path), b"new")
    assert path.read_bytes() == b"new"
    assert path.stat().st_mode & 0o777 == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]


def test_new_file_gets_the_usual_permissions(tmp_path: Path) -> None:
    path = tmp_path / "new.json"
    write_atomic(str(path), b"{}")
    assert path.stat().st_mode & 0o077 != 0  # not mkstemp's private 0600


@pytest.mark.parametrize("make, message", [("folder", "is a folder"), ("missing", "does not exist")])
def test_errors_name_the_output_not_the_temporary_file(tmp_path: Path, make: str, message: str) -> None:
    target = tmp_path / "reports" if make == "folder" else tmp_path / "nope" / "r.json"
    if make == "folder":
        target.mkdir()
    with pytest.raises(InputError, match=message) as exc:
        write_atomic(str(target), b"x")
    assert str(exc.value).startswith(str(target)) and ".tmp" not in str(exc.value)


def test_an_output_naming_an_input_is_refused_by_any_name(tmp_path: Path) -> None:
    manuscript, link = tmp_path / "m.md", tmp_path / "alias.md"
    manuscript.write_text("分泌组。", encoding="utf-8")
    link.symlink_to(manuscript)
    with pytest.raises(InputError, match=r"alias.md: is an input of this run \(.*m.md\)"):
        refuse_inputs(str(link), [str(manuscript)])
    refuse_inputs(str(tmp_path / "report.json"), [str(manuscript)])  # a new file: fine
    refuse_inputs("-", [str(manuscript)])


def test_a_pipe_is_written_to_not_replaced(tmp_path: Path) -> None:
    import os
    import stat
    import threading

    fifo = tmp_path / "out.fifo"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()
    write_atomic(str(fifo), b"report")
    reader.join(5)
    if reader.is_alive():  # nothing was written to the pipe: let the reader go
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    assert received == [b"report"]


def test_a_symbolic_link_keeps_pointing_at_the_file_it_names(tmp_path: Path) -> None:
    real, link = tmp_path / "real.json", tmp_path / "link.json"
    real.write_bytes(b"old")
    link.symlink_to(real)
    write_atomic(str(link), b"new")
    assert link.is_symlink() and real.read_bytes() == b"new"
