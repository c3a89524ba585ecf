"""The garbage collector's pause during bulk work: pauses nest, overlap across threads, and
give back the collector as it was."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator

import pytest

from orgchart.model.bulk import GcPause, pause_gc, paused_gc, resume_gc


@pytest.fixture(autouse=True)
def collector_running() -> Iterator[None]:
    gc.enable()
    yield
    gc.enable()


def test_the_collector_runs_again_only_when_the_last_pause_ends() -> None:
    pause_gc()  # as the editor's start does, until its first frame
    with paused_gc():  # a file read inside it
        assert not gc.isenabled()
    assert not gc.isenabled()  # the outer pause still holds
    resume_gc()
    assert gc.isenabled()


def test_a_pause_in_another_thread_ending_first_does_not_end_this_one() -> None:
    started, finish = threading.Event(), threading.Event()
    seen: list[bool] = []

    def worker() -> None:
        with paused_gc():
            started.set()
            finish.wait(5)
        seen.append(gc.isenabled())

    thread = threading.Thread(target=worker)
    thread.start()
    assert started.wait(5)
    with paused_gc():  # the window lays out while the worker reads
        finish.set()
        thread.join(5)
        assert seen == [False]  # the worker's pause ended inside this one
        assert not gc.isenabled()
    assert gc.isenabled()


def test_a_collector_switched_off_before_stays_off() -> None:
    gc.disable()
    with paused_gc():
        pass
    assert not gc.isenabled()


def test_a_pause_ends_on_an_error() -> None:
    with pytest.raises(ValueError), paused_gc():
        raise ValueError("bad row")
    assert gc.isenabled()


def test_resuming_without_a_pause_is_an_error() -> None:
    with pytest.raises(RuntimeError):
        resume_gc()
    assert gc.isenabled()


def test_a_start_pause_ends_once_whoever_ends_it_first() -> None:
    start = GcPause()
    with paused_gc():  # a read still under way when the first frame is up
        start.end()
        assert not gc.isenabled()
    assert gc.isenabled()
    start.end()  # on the way out: nothing more to end
    assert gc.isenabled()


def test_what_the_start_made_is_among_the_oldest_objects_after_it() -> None:
    start = GcPause()
    made = [[i] for i in range(1000)]  # modules, the window, the first chart: there to stay
    start.end()
    oldest = {id(o) for o in gc.get_objects(generation=2)}
    assert id(made) in oldest and id(made[-1]) in oldest
    assert gc.get_freeze_count() == 0


def test_other_pauses_leave_the_generations_alone() -> None:
    """A layout's pause ends as it began: resetting the counts after each of them kept the
    young collections from running in a long editing session."""
    with paused_gc():
        made = [[i] for i in range(1000)]
    oldest = {id(o) for o in gc.get_objects(generation=2)}
    assert id(made) not in oldest  # it goes through the young generations as usual
