"""`held`: Ctrl+C while Qt loads waits for the end of the block, and is raised there."""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator

import pytest

from orgchart.cli.interrupts import held


@pytest.fixture
def usual_handler() -> Iterator[None]:
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    yield
    signal.signal(signal.SIGINT, previous)


def test_ctrl_c_in_the_block_is_raised_at_its_end(usual_handler: None) -> None:
    reached = False
    with pytest.raises(KeyboardInterrupt), held():
        os.kill(os.getpid(), signal.SIGINT)
        reached = True  # the block goes on to its end
    assert reached
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler


def test_without_ctrl_c_nothing_is_raised_and_the_handler_is_back(usual_handler: None) -> None:
    with held(), held():  # nested too
        pass
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler


def test_an_ignored_ctrl_c_stays_ignored() -> None:
    # a background job of a script (`orgchart export … &`) ignores SIGINT: it must not stop it
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        with held():
            os.kill(os.getpid(), signal.SIGINT)
        assert signal.getsignal(signal.SIGINT) is signal.SIG_IGN
    finally:
        signal.signal(signal.SIGINT, previous)
