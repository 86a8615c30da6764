"""Tool names for MCP tools: ``mcp__{server}__{tool}``, made fit for Gemma's call syntax.

Permission rules and filters name MCP tools this way, so the name is predictable: characters the
call syntax cannot carry become ``_``, and a name longer than the syntax allows is cut and given a
short hash of the original so that two long names stay distinct.
"""

from __future__ import annotations

import hashlib
import re
from typing import Final

from agentkit.tool.core import TOOL_NAME_PATTERN

PREFIX: Final = "mcp__"
_MAX_LENGTH: Final = 64
_UNFIT = re.compile(r"[^A-Za-z0-9_.\-]")


def mcp_tool_name(server: str, tool: str) -> str:
    """The agentkit name of ``tool`` on ``server`` (the server name is already checked)."""
    name = f"{PREFIX}{server}__{_UNFIT.sub('_', tool)}"
    if len(name) > _MAX_LENGTH:
        digest = hashlib.sha256(tool.encode()).hexdigest()[:8]
        name = f"{name[: _MAX_LENGTH - 9]}_{digest}"
    assert TOOL_NAME_PATTERN.fullmatch(name), name
    return name
