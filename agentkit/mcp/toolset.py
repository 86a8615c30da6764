"""`MCPToolset`: the tools of one or more MCP servers, as agentkit tools.

    from agentkit.mcp import MCPToolset, StdioServer
    servers = MCPToolset({"files": StdioServer(command="node", args=[".../index.js", "/data"])})
    agent = Agent(engine, tools=[my_tool, servers])
    async with agent:                      # connects every server once for all runs
        result = await agent.run("...")    # without `async with`, each run connects and closes

Each tool is named ``mcp__{server}__{tool}``; its input schema goes through the same translation
as any tool (``$ref`` inlined, what Gemma cannot carry folded into descriptions; the fold report is
`Tool.translation`). MCP tools run on the host by definition (``runs_in="host"``): the server,
not agentkit's sandbox, decides what they can touch. Every failure (an ``isError`` result, a
protocol error, a timeout, a dead server) comes back to the model as a tool error it can act on.
"""

from __future__ import annotations

import logging
import os
from collections.abc import AsyncIterator, Callable, Mapping, Sequence
from contextlib import asynccontextmanager
from typing import Any

import anyio
import mcp.types as mt
from mcp import MCPError

from agentkit.mcp.config import HTTPServer, StdioServer, check_server_name
from agentkit.mcp.connection import MCPConnection, MCPServerError, MCPServerUnavailable
from agentkit.mcp.names import mcp_tool_name
from agentkit.mcp.results import tool_value
from agentkit.tool.context import RunContext
from agentkit.tool.core import Tool
from agentkit.tool.results import ToolError
from agentkit.tool.signature import ToolDefinitionError

logger = logging.getLogger("agentkit.mcp")


class MCPToolset:
    """Tools from MCP servers (a `agentkit.tool.sources.ToolSource`: give it to an `Agent`)."""

    #: The toolset group MCP tools are registered under.
    group = "mcp"

    def __init__(
        self,
        servers: Mapping[str, StdioServer | HTTPServer],
        *,
        environ: Mapping[str, str] | None = None,
    ) -> None:
        for name in servers:
            check_server_name(name)
        self.servers = dict(servers)
        self._environ = dict(os.environ if environ is None else environ)
        self._connections: dict[str, MCPConnection] = {}
        self._tools: dict[str, list[Tool]] = {}
        #: Tools left out because their schema could not be used: (agentkit name, reason).
        self.skipped: list[tuple[str, str]] = []
        #: Servers that failed to start under ``on_failure: continue``: name -> why.
        self.failed: dict[str, str] = {}
        self._open = False

    # -- ToolSource --------------------------------------------------------------------------------

    @asynccontextmanager
    async def open(self) -> AsyncIterator[None]:
        if self._open:
            raise RuntimeError(
                "this MCPToolset is already open (enter the agent once, or run without entering it)"
            )
        self._open = True
        self.failed = {}
        fatal: list[MCPServerError] = []
        try:
            async with anyio.create_task_group() as group:

                def stop_everything(error: MCPServerError) -> None:
                    # A server whose policy is stop died: cancel what runs inside this block (the
                    # run), then raise the error below, where the toolset was opened.
                    fatal.append(error)
                    group.cancel_scope.cancel()

                try:
                    await self._start_all(group, stop_everything)
                    yield
                finally:
                    with anyio.CancelScope(shield=True):
                        for connection in self._connections.values():
                            await connection.stop()
            if fatal:
                raise fatal[0]
        except BaseExceptionGroup as group_error:
            # The task group wraps what it raises; one error (a server that could not start, or the
            # run's own exception) is raised as itself, as if there were no task group.
            if len(group_error.exceptions) == 1:
                raise group_error.exceptions[0] from None
            raise
        finally:
            self._connections = {}
            self._tools = {}
            self._open = False

    async def current_tools(self) -> Sequence[Tool]:
        found: list[Tool] = []
        for name, connection in self._connections.items():
            if not connection.connected:
                continue
            if await connection.refresh() or name not in self._tools:
                self._tools[name] = self._tools_of(name, connection)
            found.extend(self._tools[name])
        return found

    # -- starting ----------------------------------------------------------------------------------

    async def _start_all(
        self, group: anyio.abc.TaskGroup, on_fatal: Callable[[MCPServerError], None]
    ) -> None:
        errors: list[MCPServerError] = []

        async def start(name: str, spec: StdioServer | HTTPServer) -> None:
            connection = MCPConnection(name, spec, environ=self._environ, on_fatal=on_fatal)
            self._connections[name] = connection
            try:
                await connection.start(group)
            except MCPServerError as exc:
                if spec.on_failure == "stop":
                    errors.append(exc)
                else:
                    self.failed[name] = str(exc)
                    logger.warning("%s; the run continues without its tools", exc)

        async with anyio.create_task_group() as starting:
            for name, spec in self.servers.items():
                starting.start_soon(start, name, spec)
        if errors:
            raise errors[0] if len(errors) == 1 else MCPServerError("\n".join(str(e) for e in errors))

    # -- tools -------------------------------------------------------------------------------------

    def _tools_of(self, server: str, connection: MCPConnection) -> list[Tool]:
        spec = connection.spec
        listed = {found.name for found in connection.tools}
        for wanted in [*(spec.include or []), *spec.exclude]:
            if wanted not in listed:
                logger.warning(
                    "MCP server %r has no tool %r (named in include/exclude); its tools: %s",
                    server, wanted, ", ".join(sorted(listed)) or "none",
                )  # fmt: skip
        tools: list[Tool] = []
        self.skipped = [(name, why) for name, why in self.skipped if not name.startswith(f"mcp__{server}__")]
        for listed_tool in connection.tools:
            if spec.include is not None and listed_tool.name not in spec.include:
                continue
            if listed_tool.name in spec.exclude:
                continue
            name = mcp_tool_name(server, listed_tool.name)
            try:
                tools.append(_as_tool(name, server, listed_tool, connection))
            except ToolDefinitionError as exc:
                self.skipped.append((name, str(exc)))
                logger.warning("MCP tool %s left out: %s", name, exc)
        return tools


def _as_tool(name: str, server: str, listed: mt.Tool, connection: MCPConnection) -> Tool:
    spec = connection.spec
    annotations = listed.annotations
    read_only = spec.read_only or bool(annotations and annotations.read_only_hint)
    idempotent = bool(annotations and annotations.idempotent_hint)
    remote_name = listed.name

    async def call(arguments: dict[str, Any], ctx: RunContext[Any]) -> Any:
        try:
            result = await connection.call(remote_name, arguments)
        except MCPServerUnavailable as exc:
            raise ToolError(str(exc)) from None
        except MCPError as exc:
            raise ToolError(
                f"MCP server {server!r} refused the call to {remote_name!r}: {exc.error.message} "
                f"(error {exc.error.code})"
            ) from None
        return tool_value(server, remote_name, result)

    schema = dict(listed.input_schema or {"type": "object", "properties": {}})
    schema.setdefault("type", "object")
    return Tool.from_schema(
        name,
        schema,
        call,
        description=listed.description or listed.title or "",
        runs_in="host",
        timeout_s=spec.timeout_s,
        read_only=read_only,
        idempotent=idempotent,
    )
