"""`agentkit mcp serve`: agentkit's tools served over MCP, each client session in its own sandbox.

The built-in tool pack (shell, python, files, search, edit, patch), and optionally a module of the
user's ``@tool`` functions, are listed to MCP clients with their JSON Schemas. A call runs through
`Tool.invoke` (argument validation, timeouts, output caps) against a hardened sandbox leased from a
`SandboxPool`: the first call of a session leases one, and the session's end releases it (the pool
removes the container; it is never reused). Over stdio the session is the process; over streamable
HTTP it is the MCP session (``Mcp-Session-Id``), which ends when the client deletes it, when it idles
out, or when the server stops.

Sessions need the handshake era of MCP: the 2026-07-28 single-exchange requests carry no session, so
no sandbox could outlive one call. On HTTP such requests are answered "unsupported protocol version"
naming the handshake versions, and clients in ``auto`` mode fall back to a session.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from typing import Any

import anyio
import mcp.types as mt
from mcp.server.context import ServerRequestContext
from mcp.server.lowlevel import Server
from mcp_types import UNSUPPORTED_PROTOCOL_VERSION
from mcp_types.version import HANDSHAKE_PROTOCOL_VERSIONS
from starlette.types import ASGIApp, Receive, Scope, Send

from agentkit.messages import AudioPart, ImagePart, TextPart
from agentkit.sandbox.base import Sandbox
from agentkit.sandbox.pool import SandboxPool
from agentkit.tool.context import RunContext
from agentkit.tool.results import ToolResult
from agentkit.tool.toolset import Toolset

logger = logging.getLogger("agentkit.mcp.serve")

_STATE_KEY = "agentkit.sandbox"


class SessionSandboxes:
    """Leases one sandbox per client session from a pool, on the session's first sandboxed call.

    ``per_process`` (stdio): the whole process is one session, released by `close`. Otherwise the
    sandbox is kept on the SDK's per-connection state and released by its exit stack, which the SDK
    unwinds (shielded) when the session ends.
    """

    def __init__(self, pool: SandboxPool, *, per_process: bool) -> None:
        self.pool = pool
        self.per_process = per_process
        self._process_sandbox: Sandbox | None = None
        self._lock = anyio.Lock()
        self.leased = 0

    async def for_request(self, ctx: ServerRequestContext[Any, Any]) -> Sandbox:
        if self.per_process:
            async with self._lock:
                if self._process_sandbox is None:
                    self._process_sandbox = await self._acquire("stdio")
                return self._process_sandbox
        connection = _connection_of(ctx)
        lock = connection.state.setdefault(f"{_STATE_KEY}.lock", anyio.Lock())
        async with lock:
            found: Sandbox | None = connection.state.get(_STATE_KEY)
            if found is None:
                found = await self._acquire(connection.session_id or "session")
                connection.state[_STATE_KEY] = found
                connection.exit_stack.callback(self._release, found)
            return found

    async def _acquire(self, session: str) -> Sandbox:
        sandbox = await self.pool.acquire(run_id=f"mcp-{session}")
        self.leased += 1
        logger.info("session %s: sandbox %s", session, getattr(sandbox, "short_id", "?"))
        return sandbox

    def _release(self, sandbox: Sandbox) -> None:
        logger.info("session ended: releasing sandbox %s", getattr(sandbox, "short_id", "?"))
        self.pool.release(sandbox)  # type: ignore[arg-type]

    def close(self) -> None:
        if self._process_sandbox is not None:
            self._release(self._process_sandbox)
            self._process_sandbox = None


def build_server(toolset: Toolset, sandboxes: SessionSandboxes, *, name: str = "agentkit") -> Server[Any]:
    """An MCP server listing ``toolset`` and running its calls in the session's sandbox."""
    listed = [_listing(found) for found in toolset]

    async def list_tools(
        ctx: ServerRequestContext[Any, Any], params: mt.PaginatedRequestParams | None
    ) -> mt.ListToolsResult:
        return mt.ListToolsResult(tools=listed)

    async def call_tool(
        ctx: ServerRequestContext[Any, Any], params: mt.CallToolRequestParams
    ) -> mt.CallToolResult:
        found = toolset.get(params.name)
        if found is None:
            return _error(f"no tool named {params.name!r}; tools: {', '.join(toolset.names)}")
        sandbox = await sandboxes.for_request(ctx) if found.policy.runs_in == "sandbox" else None
        context: RunContext[Any] = RunContext(deps=None, sandbox=sandbox, run_id="mcp", logger=logger)
        result = await found.invoke(params.arguments or {}, context, call_id=str(ctx.request_id))
        return call_result(result)

    from agentkit import __version__

    return Server(name, version=__version__, on_list_tools=list_tools, on_call_tool=call_tool)


def call_result(result: ToolResult) -> mt.CallToolResult:
    """An agentkit tool result as MCP content: text, JSON objects as text plus structured content,
    images and audio as base64 blocks; failures with ``isError``."""
    content = result.content
    if isinstance(content, str):
        return mt.CallToolResult(
            content=[mt.TextContent(type="text", text=content)], is_error=result.is_error
        )
    if isinstance(content, dict):
        text = json.dumps(content, ensure_ascii=False)
        if result.is_error:
            return _error(str(content.get("error", text)))
        return mt.CallToolResult(content=[mt.TextContent(type="text", text=text)], structured_content=content)
    blocks: list[mt.ContentBlock] = []
    for part in content:
        if isinstance(part, TextPart):
            blocks.append(mt.TextContent(type="text", text=part.text))
        elif isinstance(part, ImagePart) and part.data is not None:
            blocks.append(
                mt.ImageContent(type="image", data=_b64(part.data), mime_type=part.mime_type or "image/png")
            )
        elif isinstance(part, AudioPart) and part.data is not None:
            blocks.append(mt.AudioContent(type="audio", data=_b64(part.data), mime_type="audio/wav"))
        else:
            blocks.append(mt.TextContent(type="text", text=f"[{part.type} not included]"))
    return mt.CallToolResult(content=blocks, is_error=result.is_error)


def _listing(found: Any) -> mt.Tool:
    policy = found.policy
    return mt.Tool(
        name=found.name,
        description=found.description,
        input_schema=found.json_schema,
        annotations=mt.ToolAnnotations(
            read_only_hint=policy.read_only,
            idempotent_hint=policy.idempotent,
            destructive_hint=not policy.read_only,
            open_world_hint=False,
        ),
    )


def _error(message: str) -> mt.CallToolResult:
    return mt.CallToolResult(content=[mt.TextContent(type="text", text=message)], is_error=True)


def _b64(data: bytes) -> str:
    import base64

    return base64.b64encode(data).decode("ascii")


def _connection_of(ctx: ServerRequestContext[Any, Any]) -> Any:
    # The SDK keeps the per-connection state (and its teardown stack) on the session; the low-level
    # handler context has no public accessor for it yet.
    connection = getattr(ctx.session, "_connection", None)
    if connection is None or not hasattr(connection, "exit_stack"):
        raise RuntimeError(
            "this mcp SDK version does not expose per-connection state; agentkit needs mcp>=2.3,<3"
        )
    return connection


class HandshakeOnly:
    """ASGI wrapper: answer 2026-07-28 (session-less) requests with "unsupported protocol version"
    naming the handshake versions, so clients open a session (and get a sandbox that lasts)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            version = next(
                (v.decode("latin-1") for k, v in scope["headers"] if k == b"mcp-protocol-version"), None
            )
            if version is not None and version not in HANDSHAKE_PROTOCOL_VERSIONS:
                await _unsupported(version, send)
                return
        await self.app(scope, receive, send)


async def _unsupported(version: str, send: Send) -> None:
    supported: Sequence[str] = list(HANDSHAKE_PROTOCOL_VERSIONS)
    body = json.dumps(
        {
            "jsonrpc": "2.0",
            "id": None,
            "error": {
                "code": UNSUPPORTED_PROTOCOL_VERSION,
                "message": f"protocol version {version} is not served here: agentkit sessions use the handshake",
                "data": {"supported": supported, "requested": version},
            },
        }
    ).encode()
    await send(
        {
            "type": "http.response.start",
            "status": 400,
            "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())],
        }
    )
    await send({"type": "http.response.body", "body": body})
