"""Last-resort cleanup: remove this process's containers at interpreter exit and on SIGTERM/SIGHUP.

Normal exit, exceptions and cancellation are handled by the sandboxes' and pools' own ``close`` (async
context managers); SIGINT becomes a cancellation under anyio. What those cannot cover is a SIGTERM (the
default action kills the process on the spot) or code that never closes: for these, every live container
is tracked here and removed synchronously with a fresh client. SIGKILL cannot be caught: ``prune``
removes what it leaves, using the ownership labels.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import signal
import threading
from types import FrameType

_live: dict[str, str | None] = {}  # container id -> Docker base_url (None: the environment's default)
_lock = threading.RLock()  # re-entrant: the signal handler runs on the main thread, maybe inside track()
_atexit_installed = False
_signals_installed = False
HANDLED_SIGNALS = (signal.SIGTERM, signal.SIGHUP)


def track(container_id: str, base_url: str | None) -> None:
    global _atexit_installed
    with _lock:
        _live[container_id] = base_url
        if not _atexit_installed:
            atexit.register(remove_all)
            _atexit_installed = True


def untrack(container_id: str) -> None:
    with _lock:
        _live.pop(container_id, None)


def tracked() -> list[str]:
    with _lock:
        return list(_live)


def install_signal_handlers() -> None:
    """On the main thread, once: SIGTERM/SIGHUP remove our containers, then die as the signal would.

    Handlers someone else installed are kept (they own the shutdown; atexit still covers us).
    """
    global _signals_installed
    if _signals_installed or threading.current_thread() is not threading.main_thread():
        return
    for signum in HANDLED_SIGNALS:
        if signal.getsignal(signum) in (signal.SIG_DFL, None):
            signal.signal(signum, _on_signal)
    _signals_installed = True


def _on_signal(signum: int, frame: FrameType | None) -> None:
    remove_all()
    signal.signal(signum, signal.SIG_DFL)
    os.kill(os.getpid(), signum)


def remove_all() -> None:
    """Remove every tracked container now (blocking, in parallel, errors ignored: we are exiting)."""
    with _lock:
        items = list(_live.items())
        _live.clear()
    if not items:
        return
    from agentkit.sandbox.client import fresh_client

    clients = {}
    for base_url in {base_url for _, base_url in items}:
        with contextlib.suppress(Exception):
            clients[base_url] = fresh_client(base_url)

    def remove(item: tuple[str, str | None]) -> None:
        container_id, base_url = item
        client = clients.get(base_url)
        if client is not None:
            with contextlib.suppress(Exception):
                client.api.remove_container(container_id, force=True, v=True)

    # Plain threads: at interpreter exit, executors refuse new work.
    threads = [threading.Thread(target=remove, args=(item,), daemon=True) for item in items]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
