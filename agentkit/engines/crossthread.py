"""Handing results from a thread to the caller's event loop, whatever async library runs it.

The embedded vLLM engine runs AsyncLLM on a private asyncio loop in its own thread (see vllm.py); the
caller may run asyncio or trio (through anyio). anyio's ``from_thread.run_sync`` blocks the calling
thread until the caller's loop has run the function: on the engine's thread that would stall every
request's outputs behind whatever the caller's loop is doing. So results cross with the library's own
non-blocking, thread-safe "run this soon" (asyncio's ``call_soon_threadsafe``, trio's
``TrioToken.run_sync_soon``), reached through anyio's event-loop token.
"""

from __future__ import annotations

import concurrent.futures
import functools
from collections import deque
from collections.abc import Callable
from typing import Generic, Protocol, TypeVar, cast

import anyio
import anyio.lowlevel

T = TypeVar("T")


class _RunSoon(Protocol):
    def __call__(self, callback: Callable[[], object], /) -> object: ...


def run_soon_from_thread() -> Callable[[Callable[[], object]], bool]:
    """Called in the caller's loop: a function any thread may call to run a callback there soon.

    It never blocks and never raises; it returns False once the caller's loop is gone (the callback is
    dropped: nobody waits for its result).
    """
    native = anyio.lowlevel.current_token().native_token
    # asyncio's token is the running loop; trio's is its TrioToken (anyio's backends, anyio >= 4.11).
    schedule = cast(
        _RunSoon,
        getattr(native, "call_soon_threadsafe", None) or native.run_sync_soon,  # type: ignore[attr-defined]
    )

    def run_soon(callback: Callable[[], object]) -> bool:
        try:
            schedule(callback)
        except RuntimeError:  # the loop is closed (trio's RunFinishedError is a RuntimeError too)
            return False
        return True

    return run_soon


class ThreadChannel(Generic[T]):
    """Items sent from any thread, received in order in the loop that made the channel.

    ``send`` never blocks (the sender, the engine's loop, is never held up) and the buffer is unbounded;
    there is nothing to close: items sent after the receiver left are dropped with the channel.
    """

    def __init__(self) -> None:
        self._items: deque[T] = deque()
        self._arrived = anyio.Event()
        self._run_soon = run_soon_from_thread()

    def send(self, item: T) -> bool:
        """Any thread: deliver ``item`` to the receiving loop; False if that loop is gone."""
        return self._run_soon(functools.partial(self._put, item))

    def _put(self, item: T) -> None:  # runs in the receiving loop
        self._items.append(item)
        self._arrived.set()

    async def receive(self) -> T:
        while not self._items:
            await self._arrived.wait()
            self._arrived = anyio.Event()
        return self._items.popleft()


async def wait_future(future: concurrent.futures.Future[T]) -> T:
    """Await a future completed by another thread, without occupying a worker thread."""
    done = anyio.Event()
    run_soon = run_soon_from_thread()
    future.add_done_callback(lambda _: run_soon(done.set))
    await done.wait()
    return future.result()
