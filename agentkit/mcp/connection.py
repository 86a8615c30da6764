"""One MCP server connection, owned by one long-lived task.

The SDK's transports open anyio task groups and cancel scopes when a connection is entered; they
must be exited by the same task, or anyio raises (and a stdio child can be left running). So a
connection is never entered by whoever happens to need it: `MCPConnection.start` starts an owner
task in the caller's task group, the owner enters the SDK ``Client``, lists the tools, reports
ready, and then waits until it is told to stop (or the server dies); it exits the ``Client`` itself,
which ends the child process. Tool calls from any task go through the connected session.

A server that dies is detected on the call that finds it gone; the owner then closes the
connection (reaping the child) and, when the server's policy is ``stop``, reports the failure to
``on_fatal`` at once (the toolset cancels the run and raises `MCPServerError` where it was opened).
"""

from __future__ import annotations

import logging
import os
import tempfile
from collections.abc import Callable, Mapping
from contextlib import AsyncExitStack
from typing import Any

import anyio
import anyio.abc
import httpx2
import mcp.types as mt
from mcp import Client, MCPError
from mcp.client.subscriptions import ListenNotSupportedError, SubscriptionLost
from mcp_types import CONNECTION_CLOSED
from mcp_types.version import MODERN_PROTOCOL_VERSIONS

from agentkit.mcp.config import HTTPServer, StdioServer
from agentkit.mcp.transport import ServerConfigError, new_http_client, open_transport

logger = logging.getLogger("agentkit.mcp")

# A listing that never ends (a paginator bug) must not hang the connection.
_MAX_PAGES = 100
# How much of a dead server's stderr an error message quotes.
_STDERR_TAIL = 2_000


class MCPServerError(RuntimeError):
    """An MCP server could not start, or died, and its policy says to stop the run."""


class MCPServerUnavailable(RuntimeError):
    """A call reached a server that is not connected (it failed, died, or was never started)."""


class MCPConnection:
    """A connection to one server. Start it in a task group; stop it before the group ends."""

    def __init__(
        self,
        name: str,
        spec: StdioServer | HTTPServer,
        *,
        environ: Mapping[str, str] | None = None,
        on_fatal: Callable[[MCPServerError], None] | None = None,
    ) -> None:
        self.name = name
        self.spec = spec
        self._environ = dict(os.environ if environ is None else environ)
        self.tools: list[mt.Tool] = []
        #: The server said its tool list changed; the next `refresh` lists them again.
        self.stale = False
        #: Why the connection is gone (None while it is up, or before it started).
        self.failure: str | None = None
        self._client: Client | None = None
        self._wake = anyio.Event()
        self._closed = anyio.Event()
        self._stopping = False
        self._on_fatal = on_fatal
        self._owner_started = False
        self._errlog: Any = None

    # -- lifecycle -----------------------------------------------------------------------------------

    @property
    def connected(self) -> bool:
        return self._client is not None and self.failure is None

    async def start(self, task_group: anyio.abc.TaskGroup) -> None:
        """Connect and list the tools, within the server's ``connect_timeout_s``; `MCPServerError`
        (naming the server and, for a child process, the end of its stderr) when that fails."""
        # The child's stderr, kept to quote when it fails (and off the terminal's live view).
        self._errlog = tempfile.TemporaryFile("w+", encoding="utf-8", errors="replace")  # noqa: SIM115
        try:
            with anyio.fail_after(self.spec.connect_timeout_s):
                await task_group.start(self._own)
        except TimeoutError:
            self.failure = f"it did not finish starting within {self.spec.connect_timeout_s:g} s"
            raise MCPServerError(self._failure_message()) from None
        except ServerConfigError as exc:
            self.failure = str(exc)
            raise MCPServerError(str(exc)) from None
        except Exception as exc:
            self.failure = _describe(exc)
            raise MCPServerError(self._failure_message()) from exc
        finally:
            if self.failure is not None:
                self._errlog.close()

    async def stop(self) -> None:
        """Close the connection and wait until the owner has (a child process is gone then)."""
        self._stopping = True
        self._wake.set()
        if self._owner_started:
            with anyio.CancelScope(shield=True):
                await self._closed.wait()
        if self._errlog is not None:
            self._errlog.close()

    async def _own(self, *, task_status: anyio.abc.TaskStatus[None] = anyio.TASK_STATUS_IGNORED) -> None:
        started = False
        self._owner_started = True
        try:
            async with AsyncExitStack() as stack:
                http_client: httpx2.AsyncClient | None = None
                if isinstance(self.spec, HTTPServer):
                    http_client = await stack.enter_async_context(
                        new_http_client(self.spec, self._environ, self.name)
                    )
                transport = open_transport(
                    self.spec, self._environ, self.name, errlog=self._errlog, http_client=http_client
                )
                client = await stack.enter_async_context(
                    Client(
                        transport,
                        cache=None,
                        message_handler=self._on_message,
                        client_info=mt.Implementation(name="agentkit", version=_version()),
                    )
                )
                self.tools = await _list_all(client)
                self._client = client
                started = True
                task_status.started()
                async with anyio.create_task_group() as watchers:
                    if client.protocol_version in MODERN_PROTOCOL_VERSIONS:
                        watchers.start_soon(self._listen, client)
                    await self._wake.wait()
                    watchers.cancel_scope.cancel()
                self._client = None
        except Exception as exc:
            if not started:
                raise
            if self.failure is None:
                self.failure = _describe(exc)
            logger.debug("MCP server %s: connection ended with %r", self.name, exc)
        finally:
            self._client = None
            self._closed.set()
        if self.failure is not None and not self._stopping:
            self._fatal()

    async def _listen(self, client: Client) -> None:
        """2026-07-28 servers announce tool-list changes on a subscription, not a notification."""
        try:
            async with client.listen(tools_list_changed=True) as subscription:
                async for _event in subscription:
                    self.stale = True
        except (MCPError, ListenNotSupportedError, SubscriptionLost, TimeoutError) as exc:
            logger.debug("MCP server %s: no tool-list subscription (%r)", self.name, exc)

    async def _on_message(self, message: Any) -> None:
        if isinstance(message, mt.ToolListChangedNotification):
            self.stale = True
        elif isinstance(message, Exception):
            logger.debug("MCP server %s: transport reported %r", self.name, message)
        await anyio.lowlevel.checkpoint()

    # -- use ------------------------------------------------------------------------------------------

    async def refresh(self) -> bool:
        """List the tools again if the server said they changed; True when it did."""
        client = self._client
        if not self.stale or client is None:
            return False
        self.stale = False
        with anyio.fail_after(self.spec.connect_timeout_s):
            self.tools = await _list_all(client)
        return True

    async def call(self, tool: str, arguments: dict[str, Any]) -> mt.CallToolResult:
        """Call ``tool``; protocol errors raise `MCPError` / `MCPServerUnavailable` with a message
        naming the server, and a dead server is noted (and its connection closed)."""
        client = self._client
        if client is None or self.failure is not None:
            raise MCPServerUnavailable(self._unavailable_message())
        try:
            return await client.call_tool(tool, arguments)
        except MCPError as exc:
            if exc.code == CONNECTION_CLOSED:
                self._died("the connection closed")
                raise MCPServerUnavailable(self._unavailable_message()) from None
            raise
        except (anyio.ClosedResourceError, anyio.BrokenResourceError, httpx2.TransportError, OSError) as exc:
            self._died(_describe(exc))
            raise MCPServerUnavailable(self._unavailable_message()) from None

    def _died(self, why: str) -> None:
        if self.failure is None:
            self.failure = why
        self._wake.set()
        self._fatal()

    def _fatal(self) -> None:
        """Under ``on_failure: stop``, report the failure now: the run must not go on without it."""
        if self.spec.on_failure == "stop" and self._on_fatal is not None:
            on_fatal, self._on_fatal = self._on_fatal, None
            on_fatal(MCPServerError(self._failure_message()))

    # -- messages -------------------------------------------------------------------------------------

    def _stderr_tail(self) -> str:
        log = self._errlog
        if log is None or log.closed:
            return ""
        try:
            log.flush()
            log.seek(0)
            text: str = log.read()
        except (OSError, ValueError):
            return ""
        return text[-_STDERR_TAIL:].strip()

    def _failure_message(self) -> str:
        where = (
            f"command {self.spec.command!r}" if isinstance(self.spec, StdioServer) else f"URL {self.spec.url}"
        )
        message = f"MCP server {self.name!r} ({where}) failed: {self.failure}"
        tail = self._stderr_tail()
        return f"{message}\nIts stderr ends with:\n{tail}" if tail else message

    def _unavailable_message(self) -> str:
        why = self.failure or "it is not connected"
        return (
            f"MCP server {self.name!r} is not available ({why}); its tools cannot be used for the rest "
            "of this run. Continue without them."
        )


async def _list_all(client: Client) -> list[mt.Tool]:
    tools: list[mt.Tool] = []
    cursor: str | None = None
    for _ in range(_MAX_PAGES):
        page = await client.list_tools(cursor=cursor)
        tools.extend(page.tools)
        cursor = page.next_cursor
        if cursor is None:
            break
    return tools


def _describe(exc: BaseException) -> str:
    if isinstance(exc, BaseExceptionGroup) and len(exc.exceptions) == 1:
        return _describe(exc.exceptions[0])
    text = str(exc)
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def _version() -> str:
    from agentkit import __version__

    return __version__
