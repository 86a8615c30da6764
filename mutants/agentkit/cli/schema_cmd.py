"""`agentkit schema`: the JSON Schema of task files, for editors.

agentkit schema > task.schema.json
# then, first line of a task file (YAML language server):
# yaml-language-server: $schema=./task.schema.json
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer


def schema_command(
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write the schema to this file instead of stdout.")
    ] = None,
) -> None:
    """Print the JSON Schema of task files (version 1), for editor completion and checks."""
    from agentkit.task import task_json_schema

    text = json.dumps(task_json_schema(), indent=2, ensure_ascii=False) + "\n"
    if output is None:
        typer.echo(text, nl=False)
        return
    output.write_text(text, encoding="utf-8")
    typer.echo(f"wrote {output}", err=True)
