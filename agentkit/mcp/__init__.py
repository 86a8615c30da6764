"""MCP: tools from any MCP server (`MCPToolset`), and agentkit's sandboxed tools served over MCP
(`agentkit mcp serve`, see `agentkit.mcp.server`). Needs the ``agentkit[mcp]`` extra."""

from __future__ import annotations

from agentkit.mcp.config import HTTPServer, StdioServer
from agentkit.mcp.connection import MCPServerError
from agentkit.mcp.names import mcp_tool_name
from agentkit.mcp.toolset import MCPToolset

__all__ = ["HTTPServer", "MCPServerError", "MCPToolset", "StdioServer", "mcp_tool_name"]
