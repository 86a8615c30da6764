"""MCP: tools from any MCP server (`MCPToolset`), and agentkit's sandboxed tools served over MCP
(``agentkit mcp serve``, see `agentkit.mcp.server`).

The configuration models import nothing from the SDK (task files validate without it); the rest
needs the ``agentkit[mcp]`` extra and is loaded on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from agentkit._lazy import lazy_exports

if TYPE_CHECKING:
    from agentkit.mcp.config import HTTPServer, StdioServer
    from agentkit.mcp.connection import MCPServerError
    from agentkit.mcp.names import mcp_tool_name
    from agentkit.mcp.toolset import MCPToolset

__all__ = ["HTTPServer", "MCPServerError", "MCPToolset", "StdioServer", "mcp_tool_name"]

__getattr__, __dir__ = lazy_exports(
    __name__,
    {
        "HTTPServer": "agentkit.mcp.config",
        "StdioServer": "agentkit.mcp.config",
        "MCPServerError": "agentkit.mcp.connection",
        "MCPToolset": "agentkit.mcp.toolset",
        "mcp_tool_name": "agentkit.mcp.names",
    },
)
