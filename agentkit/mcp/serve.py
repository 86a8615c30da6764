"""Running the MCP server of `agentkit.mcp.server` over stdio or streamable HTTP, with its pool."""

from __future__ import annotations

import importlib
import importlib.util
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from agentkit.mcp.server import HandshakeOnly, SessionSandboxes, build_server
from agentkit.sandbox.config import SandboxConfig
from agentkit.sandbox.pool import SandboxPool
from agentkit.tool.core import Tool
from agentkit.tool.toolset import Toolset

logger = logging.getLogger("agentkit.mcp.serve")


class ServeError(RuntimeError):
    """The tools to serve cannot be loaded (unknown name, module missing or without tools)."""


def served_toolset(builtin: Sequence[str] | None, module: str | None, *, allow_host: bool = False) -> Toolset:
    """The built-in tools (all, or those named; none for an empty list) plus the @tool objects (and
    Toolsets) defined at the top level of ``module`` (a module name or a .py file). A module tool
    declared ``runs_in="host"`` would run on this machine for any client: refused unless ``allow_host``."""
    from agentkit_tools.registry import default_toolset

    from agentkit.tool.toolset import UnknownToolName

    try:
        toolset: Toolset = default_toolset(builtin)
    except UnknownToolName as exc:
        raise ServeError(str(exc)) from None
    if module is not None:
        found = _module_tools(module)
        if not found:
            raise ServeError(f"{module} defines no @tool functions (or Toolsets) at its top level")
        on_host = [t.name for t in found if t.policy.runs_in == "host"]
        if on_host and not allow_host:
            raise ServeError(
                f"{module}: {', '.join(on_host)} run on the host (runs_in='host'), so every MCP client could run "
                "them on this machine; remove runs_in='host' to run them in the session's sandbox, or pass "
                "--allow-host-tools"
            )
        try:
            toolset.extend(found, group=module)
        except ValueError as exc:
            raise ServeError(str(exc)) from None
    return toolset


def _module_tools(reference: str) -> list[Tool]:
    if reference.endswith(".py") or "/" in reference:
        path = Path(reference).resolve()
        if not path.is_file():
            raise ServeError(f"no such file {path}")
        spec = importlib.util.spec_from_file_location(f"agentkit_served_{path.stem}", path)
        if spec is None or spec.loader is None:
            raise ServeError(f"{path} cannot be imported as a Python module")
        loaded = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = loaded  # sandbox shipping reads the source through the module
        spec.loader.exec_module(loaded)
    else:
        try:
            loaded = importlib.import_module(reference)
        except ModuleNotFoundError as exc:
            raise ServeError(f"no module named {reference!r}: {exc}") from None
    tools: list[Tool] = []
    for value in vars(loaded).values():
        if isinstance(value, Tool) and value.is_bound:
            tools.append(value)
        elif isinstance(value, Toolset):
            tools.extend(value)
    return tools


def serve_label() -> str:
    """The run label on this server's containers (`agentkit sandbox ls` shows it)."""
    return f"mcp-serve-{os.getpid()}"


async def serve_stdio(toolset: Toolset, config: SandboxConfig, *, pool_size: int = 1) -> None:
    """Serve over this process's stdin and stdout: one client, one sandbox, removed at exit."""
    from mcp.server.stdio import stdio_server

    async with SandboxPool(config, size=pool_size, run_id=serve_label()) as pool:
        sandboxes = SessionSandboxes(pool, per_process=True)
        server = build_server(toolset, sandboxes)
        try:
            async with stdio_server() as (read_stream, write_stream):
                await server.run(read_stream, write_stream, server.create_initialization_options())
        finally:
            sandboxes.close()


async def serve_http(
    toolset: Toolset,
    config: SandboxConfig,
    *,
    host: str = "127.0.0.1",
    port: int = 8000,
    path: str = "/mcp",
    pool_size: int = 1,
    session_idle_timeout_s: float = 1800.0,
) -> None:
    """Serve streamable HTTP on ``host:port``; each MCP session leases its own sandbox."""
    import uvicorn

    async with SandboxPool(config, size=pool_size, run_id=serve_label()) as pool:
        sandboxes = SessionSandboxes(pool, per_process=False)
        server = build_server(toolset, sandboxes)
        app = server.streamable_http_app(
            streamable_http_path=path, host=host, session_idle_timeout=session_idle_timeout_s
        )
        uv_config = uvicorn.Config(
            HandshakeOnly(app), host=host, port=port, log_level="warning", lifespan="on"
        )
        logger.info("serving %d tools at http://%s:%d%s", len(toolset), host, port, path)
        await uvicorn.Server(uv_config).serve()
