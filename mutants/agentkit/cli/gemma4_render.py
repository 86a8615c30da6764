"""`agentkit gemma4 render` and `agentkit gemma4 tokenize`: prompts from OpenAI-format conversations.

``render`` reads one JSON document from stdin::

    {"messages": [...], "tools": [...], "enable_thinking": false, "add_generation_prompt": false,
     "preserve_thinking": false}

(OpenAI chat format: roles system/developer/user/assistant/tool, assistant ``tool_calls`` with
``function.name``/``function.arguments``, ``reasoning_content``, content a string or a list of parts;
only ``messages`` is required) and writes the prompt exactly: no newline is added, so the output
bytes are the prompt bytes. With ``--jsonl`` it reads one document per line and writes one
JSON-encoded prompt string per line.

``tokenize`` reads a prompt (exact bytes, nothing added) and prints its token ids on one line; with
``--document`` it reads a render document instead and tokenizes its prompt.

Bad input exits with status 2 and a message naming what was wrong and where (the line, for JSONL);
nothing is written to stdout then, so output lines always match input lines.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Annotated, Any, NoReturn

import typer

from agentkit.cli.gemma4_group import gemma4_app

USAGE_ERROR = 2
_DOCUMENT_KEYS = {"messages", "tools", "enable_thinking", "add_generation_prompt", "preserve_thinking"}
_FLAGS = ("enable_thinking", "add_generation_prompt", "preserve_thinking")


class _BadInput(Exception):
    """Input that cannot be rendered; the message says what and where."""


RevisionOption = Annotated[
    str | None,
    typer.Option(
        "--revision", help="Template revision: 2026-04-28 (default, the NVFP4 checkpoint's) or 2026-07-09."
    ),
]
TemplateOption = Annotated[
    Path | None,
    typer.Option(
        "--template",
        help="A chat_template.jinja, or a checkpoint folder holding one: its revision is detected by sha256.",
    ),
]


@gemma4_app.command("render")
def render_command(
    revision: RevisionOption = None,
    template: TemplateOption = None,
    jsonl: Annotated[
        bool, typer.Option("--jsonl", help="One document per line in; one JSON string per line out.")
    ] = False,
) -> None:
    """Render an OpenAI-format conversation (JSON on stdin) into the exact Gemma 4 prompt."""
    try:
        chosen = _resolve_revision(revision, template)
        data = _read_stdin()
        if jsonl:
            lines = data.split("\n")
            if lines[-1] == "":
                lines.pop()  # the newline that ends the last line
            prompts = [
                _render_document(_parse_json(line, f"line {number}"), chosen, f"line {number}: ")
                for number, line in enumerate(lines, start=1)
            ]
            out = "".join(json.dumps(p, ensure_ascii=False) + "\n" for p in prompts)
        else:
            out = _render_document(_parse_json(data, "stdin"), chosen, "")
    except _BadInput as error:
        _fail("render", str(error))
    sys.stdout.buffer.write(out.encode("utf-8"))
    sys.stdout.flush()


@gemma4_app.command("tokenize")
def tokenize_command(
    tokenizer_path: Annotated[
        Path | None,
        typer.Option(
            "--tokenizer",
            help="tokenizer.json, or a checkpoint folder holding one (default: $AGENTKIT_TOKENIZER).",
        ),
    ] = None,
    document: Annotated[
        bool,
        typer.Option("--document", help="stdin is a render document: render it, then tokenize the prompt."),
    ] = False,
    revision: RevisionOption = None,
    template: TemplateOption = None,
) -> None:
    """Print the token ids of a prompt read from stdin (space-separated, one line)."""
    try:
        tokenizer = _load_tokenizer(tokenizer_path)
        data = _read_stdin()
        if document:
            prompt = _render_document(_parse_json(data, "stdin"), _resolve_revision(revision, template), "")
            ids = tokenizer.encode_prompt(prompt)
        else:
            if revision is not None or template is not None:
                raise _BadInput("--revision and --template apply to --document input only")
            ids = tokenizer.encode(data)
    except _BadInput as error:
        _fail("tokenize", str(error))
    except ValueError as error:  # encode_prompt: a second <bos> in the rendered prompt
        _fail("tokenize", str(error))
    sys.stdout.write(" ".join(str(i) for i in ids) + "\n")
    sys.stdout.flush()


# -- helpers -------------------------------------------------------------------------------------------


def _fail(command: str, message: str) -> NoReturn:
    sys.stderr.write(f"agentkit gemma4 {command}: error: {message}\n")
    raise typer.Exit(USAGE_ERROR)


def _read_stdin() -> str:
    raw = sys.stdin.buffer.read()
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise _BadInput(
            f"stdin is not UTF-8 (byte {error.start}: {raw[error.start : error.start + 1]!r})"
        ) from error


def _parse_json(text: str, where: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise _BadInput(
            f"{where}: not JSON: {error.msg} at line {error.lineno} column {error.colno}"
        ) from error


def _resolve_revision(revision: str | None, template: Path | None) -> str:
    from agentkit.gemma4.revisions import DEFAULT_REVISION, parse_revision, revision_of_checkpoint

    if revision is not None and template is not None:
        raise _BadInput("give --revision or --template, not both")
    try:
        if template is not None:
            return revision_of_checkpoint(template)
        return parse_revision(revision) if revision is not None else DEFAULT_REVISION
    except (ValueError, OSError) as error:
        raise _BadInput(str(error)) from error


def _render_document(document: Any, revision: str, where: str) -> str:
    from agentkit.gemma4.render import RenderError, render
    from agentkit.messages import from_openai_messages

    if not isinstance(document, dict):
        raise _BadInput(f"{where}expected a JSON object with messages, not {type(document).__name__}")
    unknown = sorted(set(document) - _DOCUMENT_KEYS)
    if unknown:
        raise _BadInput(
            f"{where}unknown key {unknown[0]!r}; a document has {', '.join(sorted(_DOCUMENT_KEYS))}"
        )
    if "messages" not in document:
        raise _BadInput(f"{where}missing key 'messages'")
    flags: dict[str, bool] = {}
    for name in _FLAGS:
        value = document.get(name, False)
        if not isinstance(value, bool):
            raise _BadInput(f"{where}{name} must be true or false, not {json.dumps(value)}")
        flags[name] = value
    tools = document.get("tools")
    if tools is not None and not (isinstance(tools, list) and all(isinstance(t, dict) for t in tools)):
        raise _BadInput(f"{where}tools must be a list of OpenAI-format declarations")
    try:
        messages = from_openai_messages(document["messages"])
        return render(messages, tools, revision=revision, **flags)
    except (RenderError, ValueError) as error:
        raise _BadInput(f"{where}{error}") from error


def _load_tokenizer(path: Path | None) -> Any:
    from agentkit.gemma4.tokenizer import Gemma4Tokenizer

    if path is None:
        env = os.environ.get("AGENTKIT_TOKENIZER")
        if not env:
            raise _BadInput("no tokenizer: pass --tokenizer PATH (tokenizer.json or a checkpoint folder) "
                            "or set AGENTKIT_TOKENIZER")  # fmt: skip
        path = Path(env)
    try:
        if path.is_dir():
            return Gemma4Tokenizer.from_checkpoint(path)
        return Gemma4Tokenizer.from_file(path)
    except (OSError, ValueError) as error:
        raise _BadInput(str(error)) from error
