"""Background work: results, progress and errors arrive on the GUI thread; Cancel stops a job."""

from __future__ import annotations

import sys
import threading

import pytest

from photoarchive.errors import Cancelled, InputError
from photoarchive.gui.workers import Runner
from photoarchive.progress import Job, Progress


def _counting_job(n: int, seen_threads: list[str]) -> Job[int]:
    def run(token):
        for i in range(n):
            seen_threads.append(threading.current_thread().name)
            token.raise_if_cancelled()
            yield Progress("count", i + 1, n)
        return n

    return Job(run)


def test_a_job_runs_off_the_gui_thread_and_reports_on_it(qtbot):
    worker_threads: list[str] = []
    delivered: list[tuple[str, int]] = []
    runner = Runner()
    job = _counting_job(5, worker_threads)
    task = runner.run_job(
        job, on_progress=lambda p: delivered.append((threading.current_thread().name, p.done))
    )
    with qtbot.waitSignal(task.succeeded, timeout=10_000) as result:
        pass
    assert result.args == [5]
    assert threading.main_thread().name not in worker_threads
    assert delivered == [(threading.main_thread().name, i) for i in range(1, 6)]
    assert not runner.busy


def test_errors_arrive_as_exceptions_never_lost(qtbot):
    def fail():
        raise InputError("that folder is empty", hint="choose another")

    errors: list[BaseException] = []
    Runner().run_task(fail, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=10_000)
    assert isinstance(errors[0], InputError) and "empty" in str(errors[0])


def test_cancel_stops_a_job_between_units(qtbot):
    gate = threading.Event()

    def run(token):
        yield Progress("wait", 0, 2)
        gate.wait(10)
        token.raise_if_cancelled()
        yield Progress("wait", 1, 2)
        return "finished"

    errors: list[BaseException] = []
    task = Runner().run_job(Job(run), on_error=errors.append)
    task.cancel()
    gate.set()
    qtbot.waitUntil(lambda: bool(errors), timeout=10_000)
    assert isinstance(errors[0], Cancelled)


def test_synchronous_mode_runs_inline_for_tests():
    results: list[object] = []
    task = Runner(synchronous=True).run_task(
        lambda: threading.current_thread().name, on_result=results.append
    )
    assert results == [threading.main_thread().name]
    assert not task.running


@pytest.mark.parametrize("n", [0, 3])
def test_synchronous_jobs_deliver_every_step(n):
    steps: list[int] = []
    results: list[int] = []
    Runner(synchronous=True).run_job(
        _counting_job(n, []), on_progress=lambda p: steps.append(p.done), on_result=results.append
    )
    assert steps == list(range(1, n + 1)) and results == [n]


def test_void_qt_calls_and_emits_take_no_reference_from_none_or_true(qapp):
    """Regression: PySide6 6.12 on Python 3.11 dropped a reference to None per void call
    (and to True per emit) until the interpreter aborted; the dependency pin keeps it out."""
    from PySide6.QtCore import QObject

    from photoarchive.gui.workers import Task

    task = Task()
    probe = QObject()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(10_000):
        probe.setObjectName("x")
        task.progress.emit(1)
    assert sys.getrefcount(None) >= none_before - 100
    assert sys.getrefcount(True) >= true_before - 100


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="thread nice values are Linux's")
def test_long_jobs_run_at_lower_priority_than_the_window(qtbot):
    """Imports decode on threads niced below the UI thread, so repaints come first."""
    import os

    from photoarchive.gui.workers import BACKGROUND_NICE

    def run(token):
        yield Progress("probe", 1, 1)
        return os.getpriority(os.PRIO_PROCESS, threading.get_native_id())

    task = Runner().run_job(Job(run))
    with qtbot.waitSignal(task.succeeded, timeout=10_000) as result:
        pass
    ui = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
    assert result.args[0] >= min(19, ui + BACKGROUND_NICE)


def test_edits_run_one_at_a_time_in_the_order_they_were_made(qtbot):
    """A slow edit is never overtaken by the next one (an undo must land after its edit)."""
    gate = threading.Event()
    order: list[tuple[int, str]] = []
    delivered: list[int] = []

    def edit(n: int):
        def work() -> int:
            if n == 0:
                gate.wait(10)  # the first edit is slow; the others wait their turn
            order.append((n, threading.current_thread().name))
            return n

        return work

    runner = Runner()
    for n in range(5):
        runner.run_edit(edit(n), on_result=delivered.append)
    gate.set()
    qtbot.waitUntil(lambda: len(delivered) == 5, timeout=10_000)
    assert [n for n, _ in order] == delivered == [0, 1, 2, 3, 4]
    assert threading.main_thread().name not in {name for _, name in order}
