"""A real MCP server (the official SDK's MCPServer) with the misbehaviours the client tests need.

python tests/mcp_test_server.py                      # stdio
python tests/mcp_test_server.py --http PORT TOKEN    # streamable HTTP; requests need "Bearer TOKEN"
"""

from __future__ import annotations

import os
import sys

import anyio
from mcp.server.mcpserver import Context, MCPServer
from mcp.server.mcpserver.exceptions import ToolError

server = MCPServer("agentkit-test-server")


@server.tool()
def crash() -> str:
    """Exit the server process at once, as a crash would."""
    os._exit(3)


@server.tool()
async def sleep(seconds: float) -> str:
    """Wait, then answer."""
    await anyio.sleep(seconds)
    return f"slept {seconds}"


@server.tool()
def fail() -> str:
    """Fail with a message for the client (the SDK hides other exceptions' messages)."""
    raise ToolError("the disk is on fire")


@server.tool()
def environment() -> dict[str, str]:
    """The server's whole environment."""
    return dict(os.environ)


def extra() -> str:
    """A tool that exists only after grow."""
    return "the extra tool ran"


@server.tool()
async def grow(ctx: Context) -> str:
    """Add the tool 'extra' and tell the client its tool list changed."""
    server.add_tool(extra, name="extra")
    await ctx.notify_tools_changed()
    return "added extra"


def main() -> None:
    if len(sys.argv) >= 4 and sys.argv[1] == "--http":
        import uvicorn

        port, token = int(sys.argv[2]), sys.argv[3]
        app = server.streamable_http_app()

        async def guarded(scope, receive, send):  # type: ignore[no-untyped-def]
            if scope["type"] == "http":
                headers = dict(scope["headers"])
                if headers.get(b"authorization") != f"Bearer {token}".encode():
                    await send({"type": "http.response.start", "status": 401, "headers": []})
                    await send({"type": "http.response.body", "body": b"missing or wrong token"})
                    return
            await app(scope, receive, send)

        uvicorn.run(guarded, host="127.0.0.1", port=port, log_level="warning")
    else:
        server.run("stdio")


if __name__ == "__main__":
    main()
