"""`agentkit gemma4 parse`: raw Gemma 4 output (special tokens kept) in, reasoning/content/tool calls out.

For people debugging model output, and for black-box checks of the parser. Reads stdin; prints
``{"reasoning", "content", "tool_calls": [{"name", "arguments"}], "repairs", "errors"}``. With
``--jsonl`` every input line is ``{"text": str, "tools": [...]?}`` and every output line one result
(a line's ``tools`` replaces ``--tools`` for that line). Bad input exits with status 2 and a message
that says what and where; nothing is printed for the results then, so output lines always match
input lines.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from agentkit.cli.gemma4_group import gemma4_app

if TYPE_CHECKING:
    from agentkit.gemma4.parse.values import ToolSchemas

USAGE_ERROR = 2


class _BadInput(Exception):
    """The input cannot be parsed; the message says what and where."""


@gemma4_app.command("parse")
def parse_command(
    tools: Annotated[
        Path | None,
        typer.Option(
            "--tools",
            help="OpenAI-format tool declarations (JSON list); their parameter schemas type the arguments "
            "and calls to other names are reported as unknown_tool.",
        ),
    ] = None,
    jsonl: Annotated[
        bool,
        typer.Option(
            "--jsonl",
            help='Read one {"text": ..., "tools": [...]?} object per line; write one result per line.',
        ),
    ] = False,
    in_thought: Annotated[
        bool,
        typer.Option(
            "--in-thought",
            help="The prompt ended inside an open thought channel: the output starts as reasoning.",
        ),
    ] = False,
) -> None:
    """Parse raw model output from stdin into reasoning, content, tool calls, repairs and errors."""
    try:
        default_tools = _load_tools_file(tools) if tools is not None else None
        data = _read_stdin()
        if jsonl:
            results = [
                _parse_one(text, line_tools if line_tools is not None else default_tools, in_thought)
                for text, line_tools in _read_jsonl(data)
            ]
            sys.stdout.write(
                "".join(json.dumps(r, ensure_ascii=False, allow_nan=False) + "\n" for r in results)
            )
        else:
            result = _parse_one(data, default_tools, in_thought)
            sys.stdout.write(json.dumps(result, ensure_ascii=False, allow_nan=False, indent=2) + "\n")
    except _BadInput as error:
        typer.echo(f"agentkit gemma4 parse: {error}", err=True)
        raise typer.Exit(USAGE_ERROR) from None


def _parse_one(text: str, tools: ToolSchemas | None, in_thought: bool) -> dict[str, Any]:
    from agentkit.gemma4.parse.stream import parse_complete

    return parse_complete(text, tools, start_in_thought=in_thought).to_json()


def _read_stdin() -> str:
    raw = sys.stdin.buffer.read()
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise _BadInput(f"stdin is not UTF-8 text (byte {error.start}: {error.reason})") from None


def _tools(value: Any, where: str) -> ToolSchemas:
    from agentkit.gemma4.parse.values import ToolDeclarationError, tools_from_openai

    try:
        return tools_from_openai(value, where=where)
    except ToolDeclarationError as error:
        raise _BadInput(str(error)) from None


def _load_tools_file(path: Path) -> ToolSchemas:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise _BadInput(f"cannot read --tools file {str(path)!r}: {error.strerror or error}") from None
    except UnicodeDecodeError as error:
        raise _BadInput(f"{path}: not UTF-8 text (byte {error.start})") from None
    try:
        value = json.loads(text)
    except json.JSONDecodeError as error:
        raise _BadInput(
            f"{path}: not valid JSON: {error.msg} at line {error.lineno} column {error.colno}"
        ) from None
    return _tools(value, f"{path}: tools")


def _read_jsonl(data: str) -> list[tuple[str, ToolSchemas | None]]:
    """Every non-blank line as (text, tools or None); any bad line is an error before anything is parsed."""
    items: list[tuple[str, ToolSchemas | None]] = []
    # split on "\n" only: str.splitlines would also cut at U+2028 and friends, legal inside JSON strings
    for number, line in enumerate(data.split("\n"), start=1):
        if not line.strip():
            continue
        where = f"stdin line {number}"
        try:
            value = json.loads(line)
        except json.JSONDecodeError as error:
            raise _BadInput(f"{where}: not valid JSON: {error.msg} at column {error.colno}") from None
        if not isinstance(value, dict):
            raise _BadInput(
                f'{where}: expected an object {{"text": ..., "tools": [...]}}, got {type(value).__name__}'
            )
        if "text" not in value:
            raise _BadInput(f'{where}: the "text" field is missing')
        text = value["text"]
        if not isinstance(text, str):
            raise _BadInput(f'{where}: "text" must be a string, got {type(text).__name__}')
        line_tools = _tools(value["tools"], f"{where}: tools") if value.get("tools") is not None else None
        items.append((text, line_tools))
    return items
