"""Short names for the built-in tools, as task.yaml uses them (``tools: [shell, read_file, edit]``)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Final

from agentkit.suggest import did_you_mean
from agentkit.tool.core import Tool
from agentkit.tool.toolset import Toolset, UnknownToolName
from agentkit_tools.builtin import ALL_TOOLS

#: The toolset group the built-in tools are registered under.
GROUP: Final = "builtin"

#: Short name -> tool, in declaration order.
BUILTIN_TOOLS: Final[Mapping[str, Tool]] = MappingProxyType({found.name: found for found in ALL_TOOLS})

#: The short names, in declaration order.
TOOL_NAMES: Final[tuple[str, ...]] = tuple(BUILTIN_TOOLS)


def resolve(name: str) -> Tool:
    """The built-in tool called ``name``; an unknown name raises UnknownToolName listing the real ones."""
    found = BUILTIN_TOOLS.get(name)
    if found is not None:
        return found
    hint = did_you_mean(name, TOOL_NAMES)
    raise UnknownToolName(
        f"no built-in tool named {name!r}; built-in tools: {', '.join(TOOL_NAMES)}.{' ' + hint.capitalize() if hint else ''}"
    )


def default_toolset(names: Iterable[str] | None = None, *, read_only: bool = False) -> Toolset:
    """A toolset of built-in tools: all of them, or those named; ``read_only`` keeps only the tools
    that change nothing (read_file, list_dir, glob, grep), e.g. for an agent that only explores."""
    chosen = [resolve(name) for name in names] if names is not None else list(ALL_TOOLS)
    if read_only:
        chosen = [found for found in chosen if found.policy.read_only]
    return Toolset(chosen, group=GROUP)
