"""`agentkit run task.yaml`: one agent run from a task file.

The live view goes to stderr and the final answer to stdout, so ``agentkit run t.yaml > answer.txt``
keeps just the answer; ``--jsonl`` writes the run's events to stdout instead. Exit codes:

    0 the model gave a final answer        2 bad input (task file, --var, --engine)
    1 the task failed (invalid output,     3 a limit ended the run (steps, tokens, time, retries)
      engine or sandbox error)           130 interrupted (Ctrl-C)

Heavy imports (pydantic models, the engines, Docker) happen inside the command: the CLI starts fast.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

if TYPE_CHECKING:
    from rich.console import Console

    from agentkit.agent.events import ExitReason, RunFinished
    from agentkit.task import PreparedTask

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_BAD_INPUT = 2
EXIT_LIMIT = 3
EXIT_INTERRUPTED = 130


def exit_code(reason: ExitReason) -> int:
    from agentkit.agent.events import ExitReason

    if reason is ExitReason.FINAL_ANSWER:
        return EXIT_OK
    if reason.is_limit:
        return EXIT_LIMIT
    if reason is ExitReason.CANCELLED:
        return EXIT_INTERRUPTED
    return EXIT_FAILED


def _stderr_console() -> Console:
    from rich.console import Console

    return Console(stderr=True, highlight=False)


def _fail(message: str, code: int) -> typer.Exit:
    typer.echo(f"error: {message}", err=True)
    return typer.Exit(code)


def run_command(
    task_file: Annotated[
        Path, typer.Argument(metavar="TASK.yaml", help="The task file.", show_default=False)
    ],
    var: Annotated[
        list[str] | None,
        typer.Option(
            "--var", "-v", metavar="NAME=VALUE", help="A template value (repeatable); wins over vars:."
        ),
    ] = None,
    dry_run: Annotated[
        bool,
        typer.Option(
            "--dry-run", help="Validate, render the first prompt and count its tokens; run nothing."
        ),
    ] = False,
    jsonl: Annotated[
        bool, typer.Option("--jsonl", help="Write the run's events to stdout as JSON lines.")
    ] = False,
    engine: Annotated[
        str | None,
        typer.Option(
            "--engine",
            metavar="KIND|YAML",
            help="Replace the engine section: a kind (vllm) or YAML ('{kind: http, base_urls: [http://gpu:8000/v1]}').",
        ),
    ] = None,
    trajectory: Annotated[
        Path | None,
        typer.Option("--trajectory", "-t", help="Write the trajectory here (overrides the task file)."),
    ] = None,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="No live view: only the answer (and errors).")
    ] = False,
    full: Annotated[bool, typer.Option("--full", help="Show tool arguments and results uncut.")] = False,
) -> None:
    """Run the agent a task file describes; the final answer goes to stdout."""
    try:
        prepared = load_prepared(task_file, var or [], engine)
        if dry_run:
            _dry_run(prepared, as_json=jsonl)
            return
        code = _run(prepared, trajectory=trajectory, jsonl=jsonl, quiet=quiet, full=full)
    except KeyboardInterrupt:  # while loading the task or starting the engine (a model load is long)
        typer.echo("interrupted", err=True)
        code = EXIT_INTERRUPTED
    raise typer.Exit(code)


def load_prepared(task_file: Path, var: list[str], engine: str | None) -> PreparedTask:
    """Load, validate and resolve a task file; bad input exits 2 with every problem located."""
    from agentkit.task import TaskError, load_task, parse_var_options, prepare

    try:
        cli_vars = parse_var_options(var)
    except ValueError as exc:
        raise _fail(str(exc), EXIT_BAD_INPUT) from None
    try:
        prepared = prepare(load_task(task_file, engine_override=engine), cli_vars)
    except TaskError as exc:
        raise _fail(str(exc), EXIT_BAD_INPUT) from None
    for name in prepared.prompts.unused_vars:
        typer.echo(f"warning: --var {name} is used by neither the prompt nor the system prompt", err=True)
    return prepared


def _dry_run(prepared: PreparedTask, *, as_json: bool) -> None:
    from agentkit.task.build import dry_run_agent

    agent = dry_run_agent(prepared)
    text = agent.render_first_prompt(prepared.prompts.prompt)
    count = len(prepared.tokenizer.encode_prompt(text))
    spec = prepared.task.spec
    facts = {
        "task": str(prepared.task.path),
        "engine": spec.engine.kind,
        "revision": prepared.revision,
        "thinking": spec.thinking,
        "tools": [found.name for found in prepared.tools],
        "sandbox": prepared.needs_sandbox,
        "prompt_tokens": count,
    }
    if as_json:
        typer.echo(json.dumps({**facts, "prompt": text}, ensure_ascii=False))
        return
    typer.echo(text)
    tools = ", ".join(facts["tools"]) or "none"  # type: ignore[arg-type]
    typer.echo(
        f"dry run: {prepared.task.source} is valid · first prompt {count:,} tokens · engine {spec.engine.kind} · "
        f"revision {prepared.revision} · thinking {'on' if spec.thinking else 'off'} · tools: {tools}",
        err=True,
    )


def _run(prepared: PreparedTask, *, trajectory: Path | None, jsonl: bool, quiet: bool, full: bool) -> int:
    import anyio

    from agentkit.cli.live import LiveView
    from agentkit.task import EngineStartError, TaskError, build_agent, build_engine

    try:
        engine = build_engine(prepared)
    except TaskError as exc:
        raise _fail(str(exc), EXIT_BAD_INPUT) from None
    except EngineStartError as exc:
        raise _fail(str(exc), EXIT_FAILED) from None
    agent = build_agent(prepared, engine)
    path = trajectory or prepared.trajectory
    finished: list[RunFinished] = []

    def emit_json(event: Any) -> None:
        sys.stdout.write(event.model_dump_json() + "\n")
        sys.stdout.flush()

    async def main() -> None:
        from contextlib import aclosing, nullcontext

        view = None if (jsonl or quiet) else LiveView(_stderr_console(), full=full)
        try:
            with view if view is not None else nullcontext():
                async with aclosing(agent.run_stream(prepared.prompts.prompt, trajectory=path)) as events:
                    async for event in events:
                        if jsonl:
                            emit_json(event)
                        elif view is not None:
                            view.handle(event)
                        if event.type == "run_finished":
                            finished.append(event)
        finally:
            with anyio.CancelScope(shield=True):
                await engine.close()

    try:
        anyio.run(main)
    except KeyboardInterrupt:
        typer.echo("interrupted: the run was cancelled and its sandbox removed", err=True)
        return EXIT_INTERRUPTED
    except Exception as exc:
        if os.environ.get("AGENTKIT_DEBUG"):
            raise
        typer.echo(f"error: the run failed: {type(exc).__name__}: {exc}", err=True)
        if path is not None:
            typer.echo(f"trajectory: {path}", err=True)
        return EXIT_FAILED
    if not finished:
        typer.echo("error: the run ended without a result", err=True)
        return EXIT_FAILED
    result = finished[-1]
    code = exit_code(result.exit_reason)
    if code == EXIT_OK:
        _deliver(prepared, result.output, to_stdout=not jsonl)
    elif quiet or jsonl:
        typer.echo(f"error: {result.exit_reason.value}: {result.error or 'no final answer'}", err=True)
    if path is not None and not jsonl:
        typer.echo(f"trajectory: {path}", err=True)
    return code


def _deliver(prepared: PreparedTask, output: Any, *, to_stdout: bool) -> None:
    text = output if isinstance(output, str) else json.dumps(output, ensure_ascii=False, indent=2)
    if to_stdout:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
        sys.stdout.flush()
    target = prepared.task.spec.output.file
    if target:
        file = Path(target)
        file.parent.mkdir(parents=True, exist_ok=True)
        file.write_text(text if text.endswith("\n") else text + "\n", encoding="utf-8")
