"""The host end of the runner protocol: line-delimited JSON over a ``docker exec`` stream.

The exec is started with stdin attached and no TTY, so the hijacked socket carries our requests raw
one way and Docker's multiplexed frames (8-byte header: stream, 0, 0, 0, big-endian size) the other:
stream 1 is the runner's replies, stream 2 its diagnostics. The socket is non-blocking and awaited
with anyio, so many requests can be in flight from many tasks without a thread per call: whichever
task holds the read lock reads and hands every reply to its waiter.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import logging
import socket
import ssl
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import anyio

log = logging.getLogger("agentkit.sandbox.runner")

EventHandler = Callable[[dict[str, Any]], None]


class ChannelClosed(Exception):
    """The runner's stream ended: the runner process or its container is gone."""


class RunnerReplyError(Exception):
    """The runner refused or failed a request; ``type_name`` says which kind of failure."""

    def __init__(self, type_name: str, message: str) -> None:
        super().__init__(f"{type_name}: {message}")
        self.type_name = type_name
        self.message = message


@dataclass
class _Waiter:
    on_event: EventHandler | None = None
    reply: dict[str, Any] | None = None
    handler_error: BaseException | None = None
    events: list[dict[str, Any]] = field(default_factory=list)


class RunnerChannel:
    def __init__(self, sock: socket.socket, *, name: str, keepalive: object = None) -> None:
        sock.setblocking(False)
        self._sock = sock
        self._keepalive = keepalive  # the SDK's response object: its GC must not close our socket
        self.name = name
        self._frames = bytearray()
        self._stdout = bytearray()
        self._scan_from = 0
        self._stderr_tail: deque[str] = deque(maxlen=40)
        self._waiters: dict[Any, _Waiter] = {}
        self._ids = itertools.count(1)
        self._read_lock = anyio.Lock()
        self._write_lock = anyio.Lock()
        self.closed_reason: str | None = None
        self.hello: dict[str, Any] | None = None

    # ---- public ---------------------------------------------------------------------------------

    def feed(self, data: bytes) -> None:
        """Bytes that arrived before the channel took the socket (buffered by the HTTP client)."""
        if data:
            self._on_bytes(data)

    async def wait_hello(self) -> dict[str, Any]:
        waiter = _Waiter()
        self._waiters["hello"] = waiter
        if self.hello is not None:
            return self.hello
        try:
            await self._wait(waiter)
        finally:
            self._waiters.pop("hello", None)
        assert self.hello is not None
        return self.hello

    async def request(
        self, op: str, fields: dict[str, Any] | None = None, *, on_event: EventHandler | None = None
    ) -> dict[str, Any]:
        """Send one request and wait for its reply; cancelling the wait cancels the request remotely."""
        if self.closed_reason is not None:
            raise ChannelClosed(self.closed_reason)
        req_id = next(self._ids)
        waiter = _Waiter(on_event=on_event)
        self._waiters[req_id] = waiter
        try:
            await self._send({"id": req_id, "op": op, **(fields or {})})
            await self._wait(waiter)
        except BaseException:
            if waiter.reply is None and self.closed_reason is None and op in ("exec", "call"):
                with anyio.CancelScope(shield=True), contextlib.suppress(ChannelClosed):
                    await self._send({"id": f"cancel-{req_id}", "op": "cancel", "target": req_id})
            raise
        finally:
            self._waiters.pop(req_id, None)
        if waiter.handler_error is not None:
            raise waiter.handler_error
        reply = waiter.reply
        assert reply is not None
        if not reply.get("ok"):
            error = reply.get("error") or {}
            raise RunnerReplyError(str(error.get("type", "Error")), str(error.get("message", "")))
        result = reply.get("result")
        return result if isinstance(result, dict) else {}

    def peek_closed(self) -> bool:
        """Cheap liveness check without a round trip: has the stream ended (EOF) already?"""
        if self.closed_reason is not None:
            return True
        try:
            data = self._sock.recv(1, socket.MSG_PEEK)
        except (BlockingIOError, ssl.SSLWantReadError):
            return False
        except OSError as exc:
            self._mark_closed(f"socket error: {exc}")
            return True
        if not data:
            self._mark_closed("the runner's stream ended")
            return True
        return False

    def stderr_tail(self) -> str:
        return "".join(self._stderr_tail)

    def close(self, reason: str = "closed by the host") -> None:
        if self.closed_reason is None:
            self.closed_reason = reason
        with contextlib.suppress(OSError):
            self._sock.shutdown(socket.SHUT_RDWR)
        with contextlib.suppress(OSError):
            self._sock.close()

    # ---- writing --------------------------------------------------------------------------------

    async def _send(self, message: dict[str, Any]) -> None:
        data = memoryview(json.dumps(message, separators=(",", ":")).encode() + b"\n")
        # Shielded: a line cut in half by a cancellation would corrupt every request after it.
        with anyio.CancelScope(shield=True):
            async with self._write_lock:
                while data:
                    if self.closed_reason is not None:
                        raise ChannelClosed(self.closed_reason)
                    try:
                        sent = self._sock.send(data)
                    except (BlockingIOError, ssl.SSLWantWriteError):
                        await anyio.wait_writable(self._sock)
                        continue
                    except OSError as exc:
                        self._mark_closed(f"cannot write to the runner: {exc}")
                        raise ChannelClosed(self.closed_reason) from exc
                    data = data[sent:]

    # ---- reading --------------------------------------------------------------------------------

    async def _wait(self, waiter: _Waiter) -> None:
        while waiter.reply is None:
            if self.closed_reason is not None:
                raise ChannelClosed(self.closed_reason)
            async with self._read_lock:
                if waiter.reply is not None or self.closed_reason is not None:
                    continue
                await self._read_once()

    async def _read_once(self) -> None:
        try:
            data = self._sock.recv(1 << 20)
        except (BlockingIOError, ssl.SSLWantReadError):
            await anyio.wait_readable(self._sock)
            return
        except OSError as exc:
            self._mark_closed(f"socket error: {exc}")
            return
        if not data:
            self._mark_closed("the runner's stream ended")
            return
        self._on_bytes(data)

    def _mark_closed(self, reason: str) -> None:
        if self.closed_reason is None:
            self.closed_reason = reason

    def _on_bytes(self, data: bytes) -> None:
        frames = self._frames
        frames += data
        pos = 0
        while len(frames) - pos >= 8:
            stream = frames[pos]
            size = int.from_bytes(frames[pos + 4 : pos + 8], "big")
            if len(frames) - pos - 8 < size:
                break
            payload = bytes(frames[pos + 8 : pos + 8 + size])
            pos += 8 + size
            if stream == 1:
                self._on_stdout(payload)
            elif stream == 2:
                text = payload.decode("utf-8", "replace")
                self._stderr_tail.append(text)
                log.debug("%s runner stderr: %s", self.name, text.rstrip())
        del frames[:pos]

    def _on_stdout(self, payload: bytes) -> None:
        buffer = self._stdout
        buffer += payload
        start = 0
        while True:
            end = buffer.find(b"\n", max(start, self._scan_from))
            if end < 0:
                break
            line = bytes(buffer[start:end])
            start = end + 1
            self._scan_from = start
            if line.strip():
                self._dispatch(line)
        del buffer[:start]
        self._scan_from = len(buffer)

    def _dispatch(self, line: bytes) -> None:
        try:
            message = json.loads(line)
        except ValueError:
            log.warning("%s: runner wrote a line that is not JSON: %r", self.name, line[:200])
            return
        if not isinstance(message, dict):
            return
        event = message.get("event")
        if event == "hello":
            self.hello = message
            waiter = self._waiters.get("hello")
            if waiter is not None:
                waiter.reply = message
            return
        req_id = message.get("id")
        waiter = self._waiters.get(req_id)
        if waiter is None:
            if req_id is None and not message.get("ok", True):
                log.warning("%s: runner protocol error: %s", self.name, message.get("error"))
            return  # a late reply to a cancelled request
        if event is not None:
            if waiter.on_event is not None and waiter.handler_error is None:
                try:
                    waiter.on_event(message)
                except Exception as exc:  # noqa: BLE001 - surfaced to the caller once the reply arrives
                    waiter.handler_error = exc
            return
        waiter.reply = message
