"""The `agentkit` entry point: one typer app with a sub-app per area."""

from __future__ import annotations

import warnings
from typing import Annotated, TextIO

import typer

from agentkit.cli.batch import batch_command, optional_ray_address
from agentkit.cli.code import CodeCommand, code_command
from agentkit.cli.doctor import doctor_command
from agentkit.cli.gemma4 import gemma4_app
from agentkit.cli.mcp import mcp_app
from agentkit.cli.replay_cmd import replay_command
from agentkit.cli.run import run_command
from agentkit.cli.sandbox import sandbox_app
from agentkit.cli.schema_cmd import schema_command

app = typer.Typer(
    name="agentkit",
    help="An agent framework for Gemma 4: prompts, parsing, engines, sandboxes.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)


def _version(show: bool) -> None:
    if show:
        from agentkit import __version__
        from agentkit.distribution import DISTRIBUTION

        typer.echo(f"agentkit {__version__} ({DISTRIBUTION})")
        raise typer.Exit()


@app.callback()
def _options(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit."),
    ] = False,
) -> None:
    """An agent framework for Gemma 4: prompts, parsing, engines, sandboxes."""


def _show_warning(
    message: Warning | str,
    category: type[Warning],
    filename: str,
    lineno: int,
    file: TextIO | None = None,
    line: str | None = None,
) -> None:
    """Warnings as one line in the user's words: the message, not Python's file path and source line."""
    del category, filename, lineno, file, line
    typer.echo(f"warning: {message}", err=True)


app.add_typer(gemma4_app, name="gemma4")
app.add_typer(sandbox_app, name="sandbox")
app.add_typer(mcp_app, name="mcp")
app.command("run")(run_command)
app.command("code", cls=CodeCommand)(code_command)
app.command("batch")(batch_command)
app.command("doctor")(doctor_command)
app.command("replay")(replay_command)
app.command("schema")(schema_command)


def main() -> None:
    warnings.showwarning = _show_warning
    import sys

    app(args=optional_ray_address(sys.argv[1:]))


if __name__ == "__main__":
    main()
