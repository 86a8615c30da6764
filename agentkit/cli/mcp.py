"""`agentkit mcp serve`: agentkit's sandboxed tools for any MCP client.

Heavy imports (the mcp SDK, docker) happen inside the command: the CLI starts fast.
"""

from __future__ import annotations

import logging
import sys
from typing import Annotated

import typer

mcp_app = typer.Typer(help="MCP: serve agentkit's sandboxed tools to MCP clients.", no_args_is_help=True)


@mcp_app.command("serve")
def serve_command(
    http: Annotated[bool, typer.Option("--http", help="Serve streamable HTTP instead of stdio.")] = False,
    host: Annotated[str, typer.Option(help="HTTP: the address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="HTTP: the port.")] = 8000,
    path: Annotated[str, typer.Option(help="HTTP: the endpoint path.")] = "/mcp",
    tools: Annotated[
        str | None,
        typer.Option(help="Comma-separated built-in tools to serve (default: all of them; '' for none)."),
    ] = None,
    module: Annotated[
        str | None, typer.Option(help="Also serve the @tool functions of this module (name or file.py).")
    ] = None,
    allow_host_tools: Annotated[
        bool, typer.Option(help="Serve module tools declared runs_in='host' (they run on this machine).")
    ] = False,
    pool_size: Annotated[int, typer.Option(help="Warm sandboxes kept ready for new sessions.")] = 1,
    network: Annotated[str, typer.Option(help="Sandbox network: none (default) or bridge.")] = "none",
    memory: Annotated[str, typer.Option(help="Sandbox memory limit.")] = "512m",
    timeout: Annotated[float, typer.Option(help="Sandbox default command timeout, seconds.")] = 60.0,
    idle_timeout: Annotated[
        float, typer.Option(help="HTTP: end a session idle this long, seconds.")
    ] = 1800.0,
) -> None:
    """Serve the built-in tool pack (and a module of yours) over MCP, each client session in its own
    hardened sandbox, removed when the session ends."""
    import anyio
    from pydantic import ValidationError

    from agentkit.mcp.serve import ServeError, serve_http, serve_stdio, served_toolset
    from agentkit.sandbox.config import SandboxConfig

    logging.basicConfig(stream=sys.stderr, level=logging.INFO, format="agentkit mcp serve: %(message)s")
    logging.getLogger("mcp").setLevel(logging.WARNING)  # the SDK logs every session at INFO
    names = None if tools is None else [name.strip() for name in tools.split(",") if name.strip()]
    try:
        toolset = served_toolset(names, module, allow_host=allow_host_tools)
        config = SandboxConfig.model_validate({"network": network, "memory": memory, "timeout": timeout})
    except (ServeError, ValidationError) as exc:
        typer.echo(f"agentkit mcp serve: {exc}", err=True)
        raise typer.Exit(2) from None
    if http:
        anyio.run(
            lambda: serve_http(
                toolset,
                config,
                host=host,
                port=port,
                path=path,
                pool_size=pool_size,
                session_idle_timeout_s=idle_timeout,
            )
        )
    else:
        anyio.run(lambda: serve_stdio(toolset, config, pool_size=pool_size))
