"""The `agentkit` entry point: one typer app with a sub-app per area."""

from __future__ import annotations

import typer

from agentkit.cli.doctor import doctor_command
from agentkit.cli.gemma4 import gemma4_app
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
app.add_typer(gemma4_app, name="gemma4")
app.add_typer(sandbox_app, name="sandbox")
app.command("run")(run_command)
app.command("doctor")(doctor_command)
app.command("replay")(replay_command)
app.command("schema")(schema_command)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
