"""`agentkit gemma4 ...`: tools for people debugging prompts and model output."""

from __future__ import annotations

import typer

gemma4_app = typer.Typer(help="Render, tokenize and parse the Gemma 4 format.", no_args_is_help=True)

# Each command lives in its own module and registers itself on gemma4_app.
from agentkit.cli import gemma4_parse, gemma4_render  # noqa: F401
