"""Commands registered on `agentkit gemma4`."""

from __future__ import annotations

from agentkit.cli.gemma4 import gemma4_app  # noqa: F401
