"""`agentkit code [PATH]`: a coding agent on a repository, every command in a sandbox.

Headless with ``-p "task"`` (``--output-format text|json|stream-json``); without ``-p`` on a terminal,
the interactive UI (agentkit.coding.ui); without ``-p`` and stdin not a terminal, prompts are read from
stdin one line at a time. Session actions (``--list``, ``--diff``, ``--undo``, ``--rewind N``, ``--fork-at N``)
work on the session that ``--resume ID`` / ``--continue`` names (default: the latest); ``--resume``
alone offers the recent sessions to choose from on a terminal and refuses (listing them) off one. Exit codes are
`agentkit run`'s: 0 done, 1 failed, 2 bad input, 3 limit reached, 4 Docker or the sandbox image
missing (with the command that sets them up), 130 interrupted.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from typer.core import TyperCommand

from agentkit.cli.run import EXIT_BAD_INPUT, EXIT_FAILED, EXIT_INTERRUPTED, EXIT_OK, _fail, exit_code

if TYPE_CHECKING:
    from agentkit.coding.guard import PermissionAnswer, PermissionRequest
    from agentkit.coding.session import CodingSession, SessionOptions
    from agentkit.coding.store import SessionFolder
    from agentkit.engines.base import Engine
    from agentkit.task import PreparedTask

_SHOWN = ("permission", "hook_blocked", "rule_added", "notice", "workspace_scrubbed", "compaction")
_RECENT = 10  # sessions offered by `--resume` without an id
_DEFAULT_TASK = "version: 1\nengine: {kind: vllm}\nprompt: (given by -p or on stdin)\n"


class CodeCommand(TyperCommand):
    """`agentkit code`'s command: ``--resume`` may come without an id (choose one from a list).

    Typer's options always take a value, so a bare ``--resume`` / ``-r`` (last, or followed by another
    option) gets an empty id here, which means "choose"; ``--resume ID`` is unchanged. A PATH right after
    a bare ``--resume`` would be read as the id, as with any option: give PATH first.
    """

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:  # Any: typer vendors its click privately
        fixed: list[str] = []
        for index, arg in enumerate(args):
            fixed.append(arg)
            if arg == "--":
                fixed += args[index + 1 :]
                break
            if arg in ("--resume", "-r"):
                following = args[index + 1] if index + 1 < len(args) else None
                if following is None or (following.startswith("-") and following != "-"):
                    fixed.append("")
        return super().parse_args(ctx, fixed)


def code_command(
    path: Annotated[
        Path, typer.Argument(help="The repository (or a folder in it).", show_default=".")
    ] = Path(),
    prompt: Annotated[
        str | None, typer.Option("--print", "-p", help="Run this task headless and exit.")
    ] = None,
    output_format: Annotated[
        str, typer.Option("--output-format", help="text | json | stream-json (one event per line).")
    ] = "text",
    task: Annotated[
        Path | None,
        typer.Option(
            "--task", metavar="TASK.yaml", help="A task file for engine, model, sampling, limits, sandbox."
        ),
    ] = None,
    engine: Annotated[
        str | None,
        typer.Option("--engine", metavar="KIND|YAML", help="Replace the engine, as in agentkit run."),
    ] = None,
    permission_mode: Annotated[
        str | None, typer.Option("--permission-mode", help="plan | ask | accept-edits | auto.")
    ] = None,
    allow: Annotated[
        list[str] | None, typer.Option("--allow", help="An allow rule, e.g. 'shell(pytest *)'.")
    ] = None,
    ask: Annotated[list[str] | None, typer.Option("--ask", help="An ask rule.")] = None,
    deny: Annotated[list[str] | None, typer.Option("--deny", help="A deny rule (deny beats allow).")] = None,
    max_turns: Annotated[
        int | None, typer.Option("--max-turns", min=1, help="Model steps for this prompt.")
    ] = None,
    resume: Annotated[
        str | None,
        typer.Option(
            "--resume",
            "-r",
            metavar="[ID]",
            help="Resume a saved session (an id or its prefix); alone, on a terminal: choose from a list.",
        ),
    ] = None,
    continue_: Annotated[bool, typer.Option("--continue", "-c", help="Resume the latest session.")] = False,
    list_: Annotated[bool, typer.Option("--list", help="List this repository's sessions.")] = False,
    diff: Annotated[bool, typer.Option("--diff", help="Show the session's changes (see --step).")] = False,
    step: Annotated[int | None, typer.Option("--step", help="With --diff: one step's changes.")] = None,
    undo: Annotated[
        bool, typer.Option("--undo", help="Revert the files of the session's last changing step.")
    ] = False,
    rewind: Annotated[
        int | None, typer.Option("--rewind", metavar="N", help="Return to the end of step N.")
    ] = None,
    rewind_what: Annotated[
        str, typer.Option("--what", help="With --rewind: code | conversation | both.")
    ] = "both",
    fork_at: Annotated[
        int | None, typer.Option("--fork-at", metavar="N", help="Start a new session from step N.")
    ] = None,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="With --undo/--rewind: only show what would change.")
    ] = False,
) -> None:
    """A coding agent on a repository: the model edits and runs code in a sandbox, with checkpoints."""
    repo = _repository(path)
    if output_format not in ("text", "json", "stream-json"):
        raise _fail(f"--output-format {output_format!r}: use text, json or stream-json", EXIT_BAD_INPUT)
    if rewind_what not in ("code", "conversation", "both"):
        raise _fail(f"--what {rewind_what!r}: use code, conversation or both", EXIT_BAD_INPUT)
    if list_:
        _list_sessions(repo)
        return
    session_id = _choose_session(repo, interactive=prompt is None) if resume == "" else resume
    resuming = resume is not None or continue_ or diff or undo or rewind is not None or fork_at is not None
    try:
        prepared = _prepared(task, engine)
        options = _options(repo, path, prepared, permission_mode, allow, ask, deny, max_turns, prompt)
    except (ValueError, LookupError) as exc:
        raise _fail(str(exc), EXIT_BAD_INPUT) from None
    if diff or undo or rewind is not None or fork_at is not None:
        code = _action(repo, prepared, options, session_id, diff=diff, step=step, undo=undo, rewind=rewind,
                       what=rewind_what, fork_at=fork_at, dry_run=dry_run)  # fmt: skip
        raise typer.Exit(code)
    from agentkit.cli.preflight import EXIT_NEEDS_SETUP, sandbox_problem

    problem = sandbox_problem(options.sandbox.image if options.sandbox is not None else None)
    if problem is not None:  # every session needs its sandbox: say so before the engine loads
        raise _fail(problem, EXIT_NEEDS_SETUP)
    code = _session(repo, prepared, options, session_id, resuming, prompt, output_format)
    raise typer.Exit(code)


def _repository(path: Path) -> Path:
    if not path.exists():
        raise _fail(f"{path}: no such directory", EXIT_BAD_INPUT)
    folder = path.resolve() if path.is_dir() else path.resolve().parent
    probe = folder
    while True:  # the repository root: the nearest folder with .git, else the folder itself
        if (probe / ".git").exists():
            return probe
        if probe.parent == probe:
            return folder
        probe = probe.parent


def _prepared(task: Path | None, engine: str | None) -> PreparedTask:
    from agentkit.cli.run import load_prepared

    if task is not None:
        return load_prepared(task, [], engine)
    with tempfile.TemporaryDirectory() as folder:  # the defaults, as a task file would give them
        default = Path(folder) / "code.yaml"
        default.write_text(_DEFAULT_TASK)
        return load_prepared(default, [], engine)


def _options(
    repo: Path,
    path: Path,
    prepared: PreparedTask,
    mode: str | None,
    allow: list[str] | None,
    ask: list[str] | None,
    deny: list[str] | None,
    max_turns: int | None,
    prompt: str | None,
) -> SessionOptions:
    from agentkit.coding.session import SessionOptions
    from agentkit.coding.settings import load_settings
    from agentkit.task.build import sampling_params

    settings = load_settings(repo, mode=mode, allow=allow or (), ask=ask or (), deny=deny or ())
    spec = prepared.task.spec
    return SessionOptions(
        tools=prepared.tools or None,
        system_prompt=prepared.prompts.system_prompt,
        limits=spec.limits,
        sandbox=spec.sandbox,
        sampling=sampling_params(prepared.task),
        revision=prepared.revision,
        thinking=spec.thinking,
        settings=settings,
        path=path.resolve(),
        ask=None if prompt is not None else _terminal_ask,
        max_turns=max_turns,
        context=spec.context,
    )


def _engine(prepared: PreparedTask) -> Engine:
    from agentkit.task import EngineStartError, TaskError, build_engine

    try:
        return build_engine(prepared)
    except TaskError as exc:
        raise _fail(str(exc), EXIT_BAD_INPUT) from None
    except EngineStartError as exc:
        raise _fail(str(exc), EXIT_FAILED) from None


def _open(
    repo: Path, engine: Engine, options: SessionOptions, session_id: str | None, resuming: bool
) -> CodingSession:
    from agentkit.coding.session import CodingSession
    from agentkit.coding.store import SessionNotFound

    try:
        if resuming:
            return CodingSession.resume(repo, engine, session_id, options)
        return CodingSession.new(repo, engine, options)
    except SessionNotFound as exc:
        raise _fail(str(exc), EXIT_BAD_INPUT) from None


def _session(
    repo: Path,
    prepared: PreparedTask,
    options: SessionOptions,
    session_id: str | None,
    resuming: bool,
    prompt: str | None,
    output_format: str,
) -> int:
    import anyio

    engine = _engine(prepared)
    if prompt is None and sys.stdin.isatty():
        return _interactive(repo, engine, options, session_id, resuming)
    session = _open(repo, engine, options, session_id, resuming)
    result: dict[str, Any] = {}

    def emit(event: Any) -> None:
        if output_format == "stream-json":
            sys.stdout.write(event.model_dump_json() + "\n")
            sys.stdout.flush()
        elif (
            output_format == "text"
            and event.type in _SHOWN
            and not (event.type == "permission" and event.verdict == "allow")
        ):
            typer.echo(f"[{event.type}] {_describe(event)}", err=True)

    async def turn(text: str) -> None:
        async for event in session.run(text):
            emit(event)
            if event.type == "run_finished":
                result["finished"] = event

    async def main() -> None:
        try:
            await session.start()
            for event in session.drain():
                emit(event)
            if prompt is not None:
                await turn(prompt)
            else:
                typer.echo(f"session {session.id} on {repo} (one prompt per line; Ctrl-D ends)", err=True)
                while (line := await anyio.to_thread.run_sync(sys.stdin.readline)) != "":
                    if line.strip():
                        await turn(line.rstrip("\n"))
        finally:
            with anyio.CancelScope(shield=True):
                await session.close()
                for event in session.drain():
                    emit(event)
                await engine.close()

    try:
        anyio.run(main)
    except KeyboardInterrupt:
        typer.echo(f"interrupted: session {session.id} is saved (agentkit code --continue)", err=True)
        return EXIT_INTERRUPTED
    except Exception as exc:
        if os.environ.get("AGENTKIT_DEBUG"):
            raise
        typer.echo(f"error: the session failed: {type(exc).__name__}: {exc}", err=True)
        return EXIT_FAILED
    finished = result.get("finished")
    if finished is None:
        return EXIT_FAILED if prompt is not None else EXIT_OK
    code = exit_code(finished.exit_reason)
    if output_format == "json":
        summary = {
            "session_id": session.id,
            "exit_reason": finished.exit_reason.value,
            "result": finished.output,
            "error": finished.error,
            "steps": finished.steps,
            "changes": [str(change) for change in session.changes()],
        }
        sys.stdout.write(json.dumps(summary, ensure_ascii=False) + "\n")
    elif output_format == "text":
        if code == EXIT_OK:
            text = finished.output if isinstance(finished.output, str) else json.dumps(finished.output)
            sys.stdout.write(text.rstrip("\n") + "\n")
        else:
            typer.echo(
                f"error: {finished.exit_reason.value}: {finished.error or 'no final answer'}", err=True
            )
        typer.echo(f"session: {session.id}", err=True)
    return code


def _interactive(
    repo: Path, engine: Engine, options: SessionOptions, session_id: str | None, resuming: bool
) -> int:
    """The terminal UI (stdin is a terminal and no -p): prompts, live turns, inline asks."""
    from agentkit.coding.store import SessionNotFound
    from agentkit.coding.ui.app import run_ui

    try:
        run_ui(repo, engine, options, session_id, resuming)
    except SessionNotFound as exc:
        raise _fail(str(exc), EXIT_BAD_INPUT) from None
    except Exception as exc:
        if os.environ.get("AGENTKIT_DEBUG"):
            raise
        typer.echo(f"error: the session failed: {type(exc).__name__}: {exc}", err=True)
        return EXIT_FAILED
    return EXIT_OK


def _describe(event: Any) -> str:
    if event.type == "permission":
        return f"{event.tool}: {event.verdict} ({event.answered or event.reason})"
    if event.type == "hook_blocked":
        return f"{event.event}: {event.message}"
    if event.type == "rule_added":
        return f"added rule {event.rule} to {event.file}"
    if event.type == "compaction":
        return str(event.describe())
    return str(getattr(event, "message", getattr(event, "description", "")))


def _action(
    repo: Path,
    prepared: PreparedTask,
    options: SessionOptions,
    session_id: str | None,
    *,
    diff: bool,
    step: int | None,
    undo: bool,
    rewind: int | None,
    what: str,
    fork_at: int | None,
    dry_run: bool,
) -> int:
    """--diff, --undo, --rewind, --fork-at: no model runs, so no engine is started."""
    from agentkit.coding.checkpoints import CheckpointError, file_changes_text
    from agentkit.coding.session import RewindError
    from agentkit.engines.replay import ReplayEngine

    session = _open(repo, ReplayEngine([], prepared.tokenizer), options, session_id, True)
    try:
        if diff:
            sys.stdout.write(session.diff(step))
            return EXIT_OK
        if fork_at is not None:
            forked = session.fork(fork_at)
            typer.echo(f"forked session {session.id} at step {fork_at}: new session {forked.id}")
            return EXIT_OK
        step_to = session._undo_step() if undo else rewind
        assert step_to is not None
        preview = session.preview_rewind(step_to) if what != "conversation" or undo else None
        if preview is not None:
            typer.echo(
                f"{'undo' if undo else f'rewind to step {step_to}'} changes:\n{file_changes_text(preview.changes)}"
            )
        if dry_run:
            return EXIT_OK
        import anyio

        report = anyio.run(lambda: session.rewind(step_to, "code" if undo else what))  # type: ignore[arg-type]
        typer.echo(
            f"done: {len(report.changes)} files restored (safety snapshot {report.safety.commit[:12] if report.safety else '-'})"
        )
        return EXIT_OK
    except (RewindError, CheckpointError) as exc:
        raise _fail(str(exc), EXIT_FAILED) from None


def _choose_session(repo: Path, *, interactive: bool) -> str:
    """``--resume`` without an id: on a terminal, a numbered list of the repository's recent sessions to
    pick from; off one (piped, or -p), a clear refusal that lists them (guessing would be worse)."""
    from agentkit.coding.store import list_sessions

    recent = list_sessions(repo)[::-1][:_RECENT]  # newest first
    if not recent:
        raise _fail(f"--resume: no saved sessions for {repo}; start one with `agentkit code`", EXIT_BAD_INPUT)
    if not (interactive and sys.stdin.isatty() and sys.stdout.isatty()):
        ids = "\n".join(f"  {_session_line(found)}" for found in recent)
        raise _fail(
            f"--resume without an id needs a terminal to choose on; give one (`--resume ID`) or resume the "
            f"latest with `--continue`. Recent sessions of {repo}:\n{ids}",
            EXIT_BAD_INPUT,
        )
    typer.echo(f"Sessions of {repo} (newest first):")
    for number, found in enumerate(recent, 1):
        typer.echo(f"  {number:>2}. {_session_line(found)}")
    while True:
        try:
            answer = input(f"Resume which session? [1-{len(recent)}, Enter: 1, q: quit] ").strip()
        except EOFError:
            answer = "q"
        if answer.lower() in ("q", "quit"):
            raise typer.Exit(EXIT_OK)
        if answer == "":
            return recent[0].id
        if answer.isdigit() and 1 <= int(answer) <= len(recent):
            return recent[int(answer) - 1].id
        typer.echo(f"  {answer!r} is not a number from 1 to {len(recent)}")


def _session_line(found: SessionFolder) -> str:
    import datetime

    when = datetime.datetime.fromtimestamp(found.meta.updated).strftime("%Y-%m-%d %H:%M")
    fork = f" (fork of {found.meta.parent} at step {found.meta.forked_at_step})" if found.meta.parent else ""
    return f"{found.id}  {when}  {found.meta.title[:60]!r}{fork}"


def _list_sessions(repo: Path) -> None:
    from agentkit.coding.store import list_sessions

    sessions = list_sessions(repo)
    if not sessions:
        typer.echo(f"no sessions for {repo}", err=True)
    for found in sessions:
        typer.echo(_session_line(found))


async def _terminal_ask(request: PermissionRequest) -> PermissionAnswer:
    import anyio

    from agentkit.coding.guard import PermissionAnswer

    subjects = ", ".join(str(s) for s in request.view.subjects)
    always = ", ".join(rule.text for rule in request.always_rules) or "-"
    typer.echo(
        f"\n{request.tool} wants to run: {subjects}\n  ({request.decision.reason})\n"
        f"  [y] yes  [a] always (adds: {always})  [n] no: ",
        err=True,
        nl=False,
    )
    answer = (await anyio.to_thread.run_sync(sys.stdin.readline)).strip().lower()
    if answer in ("y", "yes"):
        return PermissionAnswer("allow_once")
    if answer in ("a", "always"):
        return PermissionAnswer("allow_always")
    return PermissionAnswer("deny", None)
