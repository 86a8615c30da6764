"""`agentkit gemma4 ...`: tools for people debugging prompts and model output."""

from __future__ import annotations

# Each command lives in its own module and registers itself on the group when imported.
from agentkit.cli import gemma4_parse, gemma4_render  # noqa: F401
from agentkit.cli.gemma4_group import gemma4_app

__all__ = ["gemma4_app"]
