"""The per-file task runner: in process, on a local Dask cluster, or on an existing cluster."""
from __future__ import annotations

import pytest

from zhen_qa.checks.runner import run_ordered
from zhen_qa.manuscript.errors import InputError


def _double(x: int) -> int:
    return 2 * x


def test_in_process_results_come_back_in_order() -> None:
    assert [r for _item, r in run_ordered(_double, [(1,), (2,), (3,)])] == [2, 4, 6]


@pytest.mark.parametrize("address", ["notanaddress", "foo://host:8786"])
def test_a_malformed_scheduler_address_is_bad_input_not_a_crash(address: str) -> None:
    with pytest.raises(InputError, match=r"--scheduler .*such as tcp://HOST:8786"):
        list(run_ordered(_double, [(1,), (2,)], scheduler=address))


def test_a_failure_is_made_to_name_its_file_once() -> None:
    from zhen_qa.checks.runner import Failure

    assert Failure("input too deeply nested").naming("a.tex").message == "a.tex: input too deeply nested"
    assert Failure("a.tex: no such file").naming("a.tex").message == "a.tex: no such file"
    assert Failure("en.txt: not text").naming("zh.txt", "en.txt").message == "en.txt: not text"


def test_a_local_cluster_says_nothing_when_port_8787_is_taken(capfd: pytest.CaptureFixture[str]) -> None:
    """With the dashboard off, distributed still served its HTTP routes on 8787 and, where a notebook's cluster or a
    second run held that port, printed "Port 8787 is already in use … Hosting the HTTP server on port N instead" to
    the user's stderr (review47 saw it fail a one-line-error test while another cluster ran)."""
    import socket

    holder = socket.socket()
    try:
        holder.bind(("127.0.0.1", 8787))
        holder.listen()
    except OSError:
        pass  # something holds it already: the condition under test
    try:
        assert [r for _item, r in run_ordered(_double, [(1,), (2,)], jobs=2)] == [2, 4]
    finally:
        holder.close()
    assert "8787" not in capfd.readouterr().err
