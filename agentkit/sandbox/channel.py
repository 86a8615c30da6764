"""The host end of the runner protocol: line-delimited JSON over a ``docker exec`` stream.

The exec is started with stdin attached and no TTY, so the hijacked socket carries our requests raw
one way and Docker's multiplexed frames (8-byte header: stream, 0, 0, 0, big-endian size) the other:
stream 1 is the runner's replies, stream 2 its diagnostics. The socket is non-blocking and awaited
with anyio, so many requests can be in flight from many tasks without a thread per call: whichever
task holds the read lock reads and hands every reply to its waiter.

Nothing that comes out of the container is trusted (see the runner's docstring for the protocol):

* after the unauthenticated hello, every line must carry an HMAC-SHA256 over its sequence number and
  JSON, keyed with a secret this channel made and sent on the runner's stdin; a forged, replayed,
  reordered or dropped line fails the check;
* reading is bounded: a line longer than ``max_line`` fails as soon as that many bytes arrived without a
  newline (nothing unbounded is buffered: Docker's frames are consumed as they stream), and JSON nested
  deeper than ``MAX_DEPTH`` is refused before it is parsed;
* any such line, a second hello or a malformed frame *poisons* the channel: it is closed for good with
  ``poisoned`` saying why, and the sandbox that owns it is destroyed and replaced (DockerSandbox).
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import itertools
import json
import logging
import re
import secrets
import socket
import ssl
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import anyio

log = logging.getLogger("agentkit.sandbox.runner")

EventHandler = Callable[[dict[str, Any]], None]

MAX_DEPTH = 200  # JSON nesting the host parses; a legitimate reply nests a few levels plus a tool's value
STDERR_TAIL_BYTES = 64 << 10
_MAC_HEX = 64
_JSON_STRING = re.compile(rb'"(?:[^"\\]|\\.)*"')
_BRACKET = re.compile(rb"[\[\]{}]")


class ChannelClosed(Exception):
    """The runner's stream ended: the runner process or its container is gone."""


def json_depth_exceeds(line: bytes, limit: int = MAX_DEPTH) -> bool:
    """True if the JSON text nests deeper than ``limit``. Cheap on ordinary lines (a count); an exact
    scan (strings removed, brackets walked) only when the count alone cannot rule it out."""
    if line.count(b"[") + line.count(b"{") <= limit:
        return False
    depth = 0
    for match in _BRACKET.finditer(_JSON_STRING.sub(b'""', line)):
        depth += 1 if match.group() in (b"[", b"{") else -1
        if depth > limit:
            return True
    return False


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
    def __init__(
        self, sock: socket.socket, *, name: str, keepalive: object = None, max_line: int = 64 << 20
    ) -> None:
        sock.setblocking(False)
        self._sock = sock
        self._keepalive = keepalive  # the SDK's response object: its GC must not close our socket
        self.name = name
        self.max_line = max_line
        self._key = secrets.token_bytes(32)
        self._seq = 0
        self._header = bytearray()  # a Docker frame header still being received
        self._frame_stream = 0
        self._frame_left = 0  # bytes of the current frame's payload still to come
        self._stdout = bytearray()
        self._stderr_tail: deque[str] = deque(maxlen=40)
        self._waiters: dict[Any, _Waiter] = {}
        self._ids = itertools.count(1)
        self._read_lock = anyio.Lock()
        self._write_lock = anyio.Lock()
        self.closed_reason: str | None = None
        self.poisoned: str | None = None
        self.hello: dict[str, Any] | None = None

    # ---- public ---------------------------------------------------------------------------------

    def feed(self, data: bytes) -> None:
        """Bytes that arrived before the channel took the socket (buffered by the HTTP client)."""
        if data:
            self._on_bytes(data)

    async def wait_hello(self) -> dict[str, Any]:
        if self.hello is None:
            waiter = _Waiter()
            self._waiters["hello"] = waiter
            try:
                await self._wait(waiter)
            finally:
                self._waiters.pop("hello", None)
        assert self.hello is not None
        # The key goes on the runner's stdin, which only the runner can read (it is non-dumpable and
        # killed every other process before saying hello); from here on each line must carry its MAC.
        await self._send({"op": "key", "key": self._key.hex()})
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

    def poison(self, reason: str) -> None:
        """Close the channel for good: the runner (or something posing as it) broke the protocol."""
        if self.poisoned is None:
            self.poisoned = reason
            log.warning("%s: runner channel poisoned: %s", self.name, reason)
        self.close(f"the runner channel was poisoned: {reason}")

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
        """Docker's multiplexed frames, consumed as they stream: a header (8 bytes) then its payload,
        handed on in pieces, so a huge frame is never held whole."""
        view = memoryview(data)
        while view and self.poisoned is None:
            if self._frame_left == 0:
                need = 8 - len(self._header)
                self._header += view[:need]
                view = view[need:]
                if len(self._header) < 8:
                    return
                self._frame_stream = self._header[0]
                self._frame_left = int.from_bytes(self._header[4:8], "big")
                self._header.clear()
                if self._frame_stream not in (1, 2):
                    self.poison(f"a stream frame of unknown type {self._frame_stream}")
                    return
                continue
            piece = view[: self._frame_left]
            view = view[len(piece) :]
            self._frame_left -= len(piece)
            if self._frame_stream == 1:
                self._on_stdout(piece)
            else:
                text = bytes(piece[-STDERR_TAIL_BYTES:]).decode("utf-8", "replace")
                self._stderr_tail.append(text)
                log.debug("%s runner stderr: %s", self.name, text.rstrip()[:2000])

    def _on_stdout(self, piece: memoryview) -> None:
        buffer = self._stdout
        data = bytes(piece)
        start = 0
        while start < len(data) and self.poisoned is None:
            end = data.find(b"\n", start)
            if end < 0:
                if len(buffer) + len(data) - start > self.max_line:
                    self.poison(f"a line longer than {self.max_line} bytes without a newline")
                    return
                buffer += data[start:]
                return
            if len(buffer) + end - start > self.max_line:
                self.poison(f"a line longer than {self.max_line} bytes")
                return
            buffer += data[start:end]
            start = end + 1
            line = bytes(buffer)
            buffer.clear()
            if line.strip():
                self._dispatch(line)

    def _dispatch(self, line: bytes) -> None:
        if self.hello is None:
            message = self._parse(line)
            if message is None or message.get("event") != "hello":
                self.poison("the first line is not the runner's hello")
                return
            self.hello = message
            waiter = self._waiters.get("hello")
            if waiter is not None:
                waiter.reply = message
            return
        mac, payload = line[:_MAC_HEX], line[_MAC_HEX + 1 :]
        expected = hmac.digest(self._key, b"%d\n" % self._seq + payload, hashlib.sha256).hex().encode()
        if (
            len(line) <= _MAC_HEX
            or line[_MAC_HEX : _MAC_HEX + 1] != b" "
            or not hmac.compare_digest(mac, expected)
        ):
            self.poison(
                f"line {self._seq} is not authenticated by the runner's key (forged or replayed): {line[:120]!r}"
            )
            return
        self._seq += 1
        message = self._parse(payload)
        if message is None:
            return
        req_id = message.get("id")
        waiter = self._waiters.get(req_id)
        event = message.get("event")
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

    def _parse(self, payload: bytes) -> dict[str, Any] | None:
        """The JSON object of a line, or None after poisoning the channel."""
        if json_depth_exceeds(payload):
            self.poison(f"a reply nested deeper than {MAX_DEPTH} levels")
            return None
        try:
            message = json.loads(payload)
        except (ValueError, RecursionError) as exc:
            self.poison(f"a line that is not JSON ({type(exc).__name__}): {payload[:120]!r}")
            return None
        if not isinstance(message, dict):
            self.poison(f"a line that is not a JSON object: {payload[:120]!r}")
            return None
        return message
