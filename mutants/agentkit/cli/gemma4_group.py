"""The `agentkit gemma4` command group, on which each command module registers its command."""

from __future__ import annotations

import typer

gemma4_app = typer.Typer(help="Render, tokenize and parse the Gemma 4 format.", no_args_is_help=True)
