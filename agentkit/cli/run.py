"""`agentkit run task.yaml`: one agent run from a task file.

The live view goes to stderr and the final answer to stdout, so ``agentkit run t.yaml > answer.txt``
keeps just the answer (when stdout is the same terminal as the view, the view's copy is the only one);
``--jsonl`` writes the run's events to stdout instead. Exit codes:

    0 the model gave a final answer        2 bad input (task file, --var, --engine)
    1 the task failed (invalid output,     3 a limit ended the run (steps, tokens, time, retries),
      engine or sandbox error, a replay      with limits.on_limit final_message or error alike
      engine's outputs ran out)            4 the machine lacks what the task needs (Docker, the
  130 interrupted (Ctrl-C)                   sandbox image); checked before anything starts,
                                             and the message names the one command to run

Heavy imports (pydantic models, the engines, Docker) happen inside the command: the CLI starts fast.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from agentkit.terminal import sanitize

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
            metavar="KIND|{...}",
            help="Replace the engine section: a kind (vllm) or an inline mapping "
            "('{kind: http, base_urls: [http://gpu:8000/v1]}'); not a file name.",
        ),
    ] = None,
    prompt: Annotated[
        str | None,
        typer.Option("--prompt", "-p", help="The prompt (replaces prompt:; a Jinja template too)."),
    ] = None,
    model: Annotated[
        str | None, typer.Option("--model", "-m", help="The model: a checkpoint folder or a served name.")
    ] = None,
    max_steps: Annotated[
        int | None, typer.Option("--max-steps", min=1, help="Replaces limits.max_steps.")
    ] = None,
    trajectory: Annotated[
        Path | None,
        typer.Option("--trajectory", "-t", help="Write the trajectory here (overrides the task file)."),
    ] = None,
    quiet: Annotated[
        bool,
        typer.Option(
            "--quiet", "-q", help="No live view and no trajectory line: only the answer (and errors)."
        ),
    ] = False,
    full: Annotated[bool, typer.Option("--full", help="Show tool arguments and results uncut.")] = False,
    resume: Annotated[
        Path | None,
        typer.Option(
            "--resume",
            metavar="TRAJECTORY",
            help="Continue the interrupted run this trajectory recorded (its last run), with this task's agent.",
        ),
    ] = None,
    continue_last: Annotated[
        bool,
        typer.Option("--continue", help="Continue the task's last run (the newest file of its trajectory:)."),
    ] = False,
) -> None:
    """Run the agent a task file describes; the final answer goes to stdout."""
    try:
        if not dry_run:  # before the slow part (tokenizer, engine): a fresh machine learns at once
            from agentkit.cli.preflight import EXIT_NEEDS_SETUP, task_setup_problem

            problem = task_setup_problem(task_file, engine)
            if problem is not None:
                raise _fail(problem, EXIT_NEEDS_SETUP)
        overrides = command_line_overrides(prompt=prompt, model=model, max_steps=max_steps)
        prepared = load_prepared(task_file, var or [], engine, overrides)
        if dry_run:
            _dry_run(prepared, as_json=jsonl)
            return
        resume_from = _resume_source(prepared, resume, continue_last)
        path = resume_from if resume_from is not None else _trajectory_for_new_run(prepared, trajectory)
        code = _run(
            prepared, trajectory=path, jsonl=jsonl, quiet=quiet, full=full, resume=resume_from is not None
        )
    except KeyboardInterrupt:  # while loading the task or starting the engine (a model load is long)
        typer.echo("interrupted", err=True)
        code = EXIT_INTERRUPTED
    raise typer.Exit(code)


def command_line_overrides(
    *, prompt: str | None, model: str | None, max_steps: int | None
) -> dict[tuple[str | int, ...], tuple[str, Any]]:
    """The task values given as options, keyed by where they go in the task file."""
    given: dict[tuple[str | int, ...], tuple[str, Any]] = {}
    if prompt is not None:
        given[("prompt",)] = ("--prompt", prompt)
    if model is not None:
        given[("model", "name")] = ("--model", model)
    if max_steps is not None:
        given[("limits", "max_steps")] = ("--max-steps", max_steps)
    return given


def load_prepared(
    task_file: Path,
    var: list[str],
    engine: str | None,
    overrides: dict[tuple[str | int, ...], tuple[str, Any]] | None = None,
) -> PreparedTask:
    """Load, validate and resolve a task file; bad input exits 2 with every problem located."""
    from agentkit.task import TaskError, load_task, parse_var_options, prepare

    try:
        cli_vars = parse_var_options(var)
    except ValueError as exc:
        raise _fail(str(exc), EXIT_BAD_INPUT) from None
    try:
        prepared = prepare(load_task(task_file, engine_override=engine, overrides=overrides), cli_vars)
    except TaskError as exc:
        raise _fail(str(exc), EXIT_BAD_INPUT) from None
    for name in prepared.prompts.unused_vars:
        typer.echo(f"warning: --var {name} is used by neither the prompt nor the system prompt", err=True)
    return prepared


def _dry_run(prepared: PreparedTask, *, as_json: bool) -> None:
    from agentkit.cli.preflight import dry_run_problems
    from agentkit.task import TaskError
    from agentkit.task.build import dry_run_agent

    problems = dry_run_problems(prepared)
    if problems:
        raise _fail(str(TaskError(prepared.task.source, problems)), EXIT_BAD_INPUT)

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


def _trajectory_for_new_run(prepared: PreparedTask, option: Path | None) -> Path | None:
    """Where a new run writes: one run per file (a numbered sibling when the file exists) unless the task
    says ``trajectory_mode: append``."""
    from agentkit.agent.trajectory import fresh_trajectory_path

    path = option or prepared.trajectory
    if path is None or prepared.task.spec.trajectory_mode == "append":
        return path
    return fresh_trajectory_path(path)


def _resume_source(prepared: PreparedTask, resume: Path | None, continue_last: bool) -> Path | None:
    """The trajectory to continue (``--resume FILE`` or ``--continue``), checked before anything starts."""
    from agentkit.agent.trajectory import latest_trajectory_path
    from agentkit.cli.trajectories import open_run
    from agentkit.sandbox.resume import RESET_MESSAGE

    if resume is not None and continue_last:
        raise _fail("give --resume TRAJECTORY or --continue, not both", EXIT_BAD_INPUT)
    if continue_last:
        if prepared.trajectory is None:
            raise _fail(
                f"--continue needs the task to name its trajectory ({prepared.task.source} has no trajectory:); "
                "use --resume TRAJECTORY",
                EXIT_BAD_INPUT,
            )
        resume = latest_trajectory_path(prepared.trajectory)
        if resume is None:
            raise _fail(
                f"--continue: no run of this task yet ({prepared.trajectory} does not exist)", EXIT_BAD_INPUT
            )
    if resume is None:
        return None
    recorded = open_run(resume, None)
    if recorded.finished:
        typer.echo(f"note: {resume}: the run already finished; its result is shown again", err=True)
    else:
        typer.echo(
            f"resuming {recorded.header.run_id} from {resume} (finished tool calls are not run again)",
            err=True,
        )
        if prepared.needs_sandbox:
            typer.echo(f"note: {RESET_MESSAGE}", err=True)
    return resume


def _run(
    prepared: PreparedTask,
    *,
    trajectory: Path | None,
    jsonl: bool,
    quiet: bool,
    full: bool,
    resume: bool = False,
) -> int:
    import anyio

    from agentkit.agent.result import LimitExceeded, ResumeError
    from agentkit.cli.live import LiveView
    from agentkit.task import EngineStartError, TaskError, build_agent, build_engine

    try:
        engine = build_engine(prepared)
    except TaskError as exc:
        raise _fail(str(exc), EXIT_BAD_INPUT) from None
    except EngineStartError as exc:
        raise _fail(str(exc), EXIT_FAILED) from None
    agent = build_agent(prepared, engine)
    path = trajectory
    finished: list[RunFinished] = []

    def emit_json(event: Any) -> None:
        sys.stdout.write(event.model_dump_json() + "\n")
        sys.stdout.flush()

    async def main() -> None:
        from contextlib import aclosing, nullcontext

        from agentkit.tracing import flush

        view = None if (jsonl or quiet) else LiveView(_stderr_console(), full=full)
        try:
            with view if view is not None else nullcontext():
                stream = (
                    agent.resume_stream(path)
                    if resume and path is not None
                    else agent.run_stream(prepared.prompts.prompt, trajectory=path)
                )
                async with aclosing(stream) as events:
                    try:
                        async for event in events:
                            if jsonl:
                                emit_json(event)
                            elif view is not None:
                                view.handle(event)
                            if event.type == "run_finished":
                                finished.append(event)
                    except LimitExceeded:  # limits.on_limit: error; its run_finished was shown: exit 3
                        pass
        finally:
            with anyio.CancelScope(shield=True):
                await engine.close()
            flush()  # spans batched for export leave before the process does (atexit would, too)

    try:
        anyio.run(main)
    except KeyboardInterrupt:
        typer.echo("interrupted: the run was cancelled and its sandbox removed", err=True)
        if trajectory is not None:
            typer.echo(
                f"continue it with: agentkit run {prepared.task.source} --resume {trajectory}", err=True
            )
        return EXIT_INTERRUPTED
    except ResumeError as exc:
        typer.echo(f"error: {exc}", err=True)
        return EXIT_BAD_INPUT
    except Exception as exc:
        if os.environ.get("AGENTKIT_DEBUG"):
            raise
        typer.echo(sanitize(f"error: the run failed: {type(exc).__name__}: {exc}"), err=True)
        if path is not None:
            typer.echo(f"trajectory: {path}", err=True)
        return EXIT_FAILED
    if not finished:
        typer.echo("error: the run ended without a result", err=True)
        return EXIT_FAILED
    result = finished[-1]
    code = exit_code(result.exit_reason)
    if code == EXIT_OK:
        # The live view has already shown the answer on this terminal: print it once, not twice.
        shown_by_view = not (jsonl or quiet) and _same_terminal(sys.stdout, sys.stderr)
        _deliver(prepared, result.output, to_stdout=not (jsonl or shown_by_view))
    elif quiet or jsonl:
        typer.echo(
            sanitize(f"error: {result.exit_reason.value}: {result.error or 'no final answer'}"), err=True
        )
    if path is not None and not (jsonl or quiet):
        typer.echo(f"trajectory: {path}", err=True)
    return code


def _same_terminal(first: Any, second: Any) -> bool:
    """Whether two streams are the same terminal (then the view on one already shows the other's text)."""
    try:
        if not (first.isatty() and second.isatty()):
            return False
        return bool(os.fstat(first.fileno()).st_rdev == os.fstat(second.fileno()).st_rdev)
    except (OSError, ValueError, AttributeError):
        return False


def _deliver(prepared: PreparedTask, output: Any, *, to_stdout: bool) -> None:
    from agentkit.agent.events import jsonable_output

    text = (
        output
        if isinstance(output, str)
        else json.dumps(jsonable_output(output), ensure_ascii=False, indent=2)
    )
    if to_stdout:
        # On a terminal the model's answer cannot retitle the window or clear the screen; piped, it is data.
        shown = sanitize(text) if sys.stdout.isatty() else text
        sys.stdout.write(shown if shown.endswith("\n") else shown + "\n")
        sys.stdout.flush()
    target = prepared.task.spec.output.file
    if target:
        file = Path(target)
        file.parent.mkdir(parents=True, exist_ok=True)
        file.write_text(text if text.endswith("\n") else text + "\n", encoding="utf-8")
