"""Handing items from a plain thread to the caller's loop, under asyncio and under trio."""

from __future__ import annotations

import concurrent.futures
import threading
import time
from collections.abc import Callable

import anyio
import pytest

from agentkit.engines.crossthread import ThreadChannel, run_soon_from_thread, wait_future

pytestmark = pytest.mark.anyio


@pytest.fixture(params=["asyncio", "trio"])
def anyio_backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


async def test_items_from_a_thread_arrive_in_order_and_the_sender_never_waits() -> None:
    channel: ThreadChannel[int] = ThreadChannel()
    took: list[float] = []

    def produce() -> None:
        for n in range(2000):
            started = time.perf_counter()
            assert channel.send(n)
            took.append(time.perf_counter() - started)

    thread = threading.Thread(target=produce)
    with anyio.fail_after(20):
        thread.start()
        received = [await channel.receive() for _ in range(2000)]
    thread.join()
    assert received == list(range(2000))
    # The sender only schedules a callback: it never waits for the loop to run it.
    assert max(took) < 0.5


async def test_a_future_finished_by_another_thread_is_awaited() -> None:
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        future = pool.submit(lambda: time.sleep(0.05) or "done")
        with anyio.fail_after(10):
            assert await wait_future(future) == "done"


@pytest.mark.parametrize("backend", ["asyncio", "trio"])
def test_sending_to_a_finished_loop_says_so(backend: str) -> None:
    async def make() -> ThreadChannel[int]:
        return ThreadChannel()

    channel = anyio.run(make, backend=backend)
    assert channel.send(1) is False  # the loop is gone: nobody is listening, and nothing raises

    async def scheduler() -> Callable[[Callable[[], object]], bool]:
        return run_soon_from_thread()

    run_soon = anyio.run(scheduler, backend=backend)
    assert run_soon(lambda: None) is False
