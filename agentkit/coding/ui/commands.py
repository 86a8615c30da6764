"""Slash commands of the interactive `agentkit code`: each maps to a `CodingSession` method or setting."""

from __future__ import annotations

import shlex
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import anyio
from rich.console import Console
from rich.syntax import Syntax
from rich.table import Table
from rich.text import Text

from agentkit.agent.result import AgentError
from agentkit.coding.checkpoints import CheckpointError, file_changes_text
from agentkit.coding.permissions import MODES, Rule, RuleError, check_mode, describe_rules
from agentkit.coding.session import CodingSession, CompactError, RewindError
from agentkit.coding.store import SessionNotFound, list_sessions
from agentkit.coding.ui.render import Usage, human_tokens
from agentkit.coding.ui.sanitize import clean


class CodeApp(Protocol):
    """What the slash commands use of the running UI (`agentkit.coding.ui.app.CodeApp`); a protocol, so
    the commands module does not import the app that imports it."""

    repo: Path
    console: Console
    usage: Usage
    last_thoughts: list[str]
    running: bool
    session: CodingSession

    @property
    def context_window(self) -> int: ...

    def show_events(self, events: list[Any]) -> None: ...

    async def switch(self, session_id: str | None, resuming: bool) -> None: ...

    def watching_keys(self, scope: anyio.CancelScope) -> Any: ...


Handler = Callable[[CodeApp, list[str]], Awaitable[None]]


@dataclass(frozen=True)
class Command:
    name: str
    usage: str
    help: str
    handler: Handler


def _print(app: CodeApp, text: str, style: str = "") -> None:
    app.console.print(Text(text, style=style))


async def _help(app: CodeApp, args: list[str]) -> None:
    table = Table(show_header=False, box=None, padding=(0, 2, 0, 0))
    for command in COMMANDS:
        table.add_row(f"/{command.usage}", command.help)
    app.console.print(table)
    _print(
        app,
        "Enter sends · Esc Enter or Ctrl-J: newline · @path attaches a file · !cmd runs cmd in the sandbox\n"
        "Esc or Ctrl-C stops the running turn · Ctrl-C twice or Ctrl-D at the prompt exits",
        "dim",
    )


async def _diff(app: CodeApp, args: list[str]) -> None:
    step = int(args[0]) if args else None
    text = clean(app.session.diff(step))
    if not text.strip():
        _print(app, "no changes" + (f" in step {step}" if step is not None else " in this session"))
        return
    app.console.print(Syntax(text, "diff", theme="ansi_dark", word_wrap=True))


async def _undo(app: CodeApp, args: list[str]) -> None:
    preview = app.session.preview_undo()
    report = await app.session.undo(conversation="conversation" in args)
    _print(app, f"undone ({len(report.changes)} files):\n{file_changes_text(preview.changes)}", "green")
    app.show_events(app.session.drain())


async def _rewind(app: CodeApp, args: list[str]) -> None:
    if not args:
        _print(app, "usage: /rewind N [code|conversation|both]", "yellow")
        for checkpoint in app.session.timeline():
            _print(app, f"  step {checkpoint.step}: {checkpoint.label}", "dim")
        return
    what = args[1] if len(args) > 1 else "both"
    if what not in ("code", "conversation", "both"):
        _print(app, f"/rewind: {what!r} is not code, conversation or both", "yellow")
        return
    step = int(args[0])
    if what != "conversation":
        _print(app, file_changes_text(app.session.preview_rewind(step).changes), "dim")
    await app.session.rewind(step, what)  # type: ignore[arg-type]
    app.show_events(app.session.drain())


async def _compact(app: CodeApp, args: list[str]) -> None:
    focus = " ".join(args) or None
    _print(
        app, "compacting the conversation" + (f" (focus: {focus})" if focus else "") + "… (Esc stops)", "dim"
    )
    with anyio.CancelScope() as scope, app.watching_keys(scope):
        report = await app.session.compact(focus)
    if scope.cancelled_caught:  # the summary request is aborted; the conversation stays as it was
        _print(app, "■ compaction interrupted: the conversation is unchanged", "yellow")
        return
    app.usage.prompt = report.tokens_after  # what fills the window now (/context, the next status line)
    how = "summarised" if report.stage == 2 else "old tool results elided"
    _print(
        app,
        f"compacted ({how}): {report.tokens_before:,} → {report.tokens_after:,} tokens, "
        f"{report.messages_before} → {report.messages_after} messages (project memory kept)",
        "green",
    )
    if report.summary:
        _print(app, clean(report.summary), "dim")


async def _context(app: CodeApp, args: list[str]) -> None:
    session = app.session
    window = app.context_window
    history = session.history
    system = len(session.engine.tokenizer.encode(session.system_prompt))
    now = app.usage.prompt or (
        history.usage.prompt_tokens if history is not None and history.usage.steps == 0 else 0
    )
    table = Table(show_header=False, box=None, padding=(0, 2, 0, 0))
    table.add_row("window", f"{window:,} tokens")
    table.add_row("last prompt", f"{now:,} tokens ({100 * now / window:.1f}%)" if window else f"{now:,}")
    table.add_row("system prompt", f"{system:,} tokens (with project memory)")
    memory = ", ".join(str(f.relative_to(session.repo)) for f in session.memory.files) or "none"
    table.add_row("project memory", memory)
    if history is not None:
        roles: dict[str, int] = {}
        for message in history.messages:
            roles[message.role] = roles.get(message.role, 0) + 1
        table.add_row("messages", ", ".join(f"{n} {role}" for role, n in roles.items()))
        table.add_row("steps", str(history.usage.steps))
    app.console.print(table)


async def _cost(app: CodeApp, args: list[str]) -> None:
    history = app.session.history
    u = app.usage
    table = Table(show_header=False, box=None, padding=(0, 2, 0, 0))
    table.add_row("this UI", f"{u.steps} steps · {human_tokens(u.prompt_total)} prompt ({human_tokens(u.cached_total)} "
                  f"cached) · {human_tokens(u.generated)} generated · {u.seconds:.1f}s in turns")  # fmt: skip
    if history is not None:
        h = history.usage
        table.add_row(
            "session",
            f"{h.steps} steps · {human_tokens(h.prompt_tokens)} prompt ({human_tokens(h.cached_prompt_tokens)} cached) · "
            f"{human_tokens(h.generated_tokens)} generated · {h.tool_calls} tool calls · "
            f"engine {h.engine_time_s:.1f}s · tools {h.tool_time_s:.1f}s",
        )
    app.console.print(table)


async def _think(app: CodeApp, args: list[str]) -> None:
    if args and args[0] in ("on", "off"):
        app.session.options.thinking = args[0] == "on"
    _print(app, f"thinking {'on' if app.session.options.thinking else 'off'} (from the next turn)")


async def _thoughts(app: CodeApp, args: list[str]) -> None:
    if not app.last_thoughts:
        _print(app, "the last turn had no thoughts")
    for thought in app.last_thoughts:
        _print(app, thought, "dim italic")


async def _permissions(app: CodeApp, args: list[str]) -> None:
    policy = app.session.policy
    if len(args) >= 2 and args[0] in ("allow", "ask", "deny"):
        rule = Rule.parse(" ".join(args[1:]), args[0], "session")  # type: ignore[arg-type]
        policy.add(rule)
        _print(app, f"added {rule} (this session only; 'always' at a prompt saves one)", "green")
        return
    if len(args) == 2 and args[0] == "mode":
        policy.mode = check_mode(args[1], "/permissions mode")
        _print(app, f"mode {policy.mode} (this session only)", "green")
        return
    if args:
        _print(app, "usage: /permissions [allow|ask|deny RULE | mode " + "|".join(MODES) + "]", "yellow")
        return
    _print(app, f"mode {policy.mode}\n{describe_rules(policy.rules)}")


async def _resume(app: CodeApp, args: list[str]) -> None:
    if not args:
        for found in list_sessions(app.repo)[:20]:
            current = " (this one)" if found.id == app.session.id else ""
            _print(app, f"{found.id}  {clean(found.meta.title[:60])!r}{current}")
        _print(app, "/resume ID goes on with one", "dim")
        return
    await app.switch(args[0], resuming=True)
    _print(app, f"resumed session {app.session.id}", "green")


async def _clear(app: CodeApp, args: list[str]) -> None:
    await app.switch(None, resuming=False)
    _print(app, f"new session {app.session.id} (the previous one is saved)", "green")


async def _model(app: CodeApp, args: list[str]) -> None:
    engine = app.session.engine
    options = app.session.options
    _print(
        app,
        f"engine {type(engine).__name__} · context window {app.context_window:,} tokens · "
        f"template revision {options.revision} · thinking {'on' if options.thinking else 'off'}",
    )


async def _exit(app: CodeApp, args: list[str]) -> None:
    app.running = False


COMMANDS: list[Command] = [
    Command("help", "help", "this list", _help),
    Command("diff", "diff [STEP]", "the session's changes (or one step's)", _diff),
    Command("undo", "undo [conversation]", "revert the files of the last changing step", _undo),
    Command("rewind", "rewind N [code|conversation|both]", "return to the end of step N", _rewind),
    Command("compact", "compact [FOCUS]", "summarise the conversation (FOCUS: what to keep)", _compact),
    Command("context", "context", "what fills the context window", _context),
    Command("cost", "cost", "tokens and time", _cost),
    Command("think", "think on|off", "model thinking for the next turns", _think),
    Command("thoughts", "thoughts", "the last turn's thoughts in full", _thoughts),
    Command("permissions", "permissions [allow|ask|deny RULE | mode M]", "show or edit rules", _permissions),
    Command("resume", "resume [ID]", "list sessions, or go on with one", _resume),
    Command("clear", "clear", "start a new session (this one is saved)", _clear),
    Command("model", "model", "engine information", _model),
    Command("exit", "exit", "end the session (Ctrl-D too)", _exit),
]
_BY_NAME = {command.name: command for command in COMMANDS}


async def run_command(app: CodeApp, line: str) -> None:
    try:
        name, *args = shlex.split(line[1:]) or [""]
    except ValueError as exc:
        _print(app, f"{line}: {exc}", "yellow")
        return
    command = _BY_NAME.get(name)
    if command is None:
        from agentkit.suggest import suggest

        _print(app, f"/{name}: no such command{suggest(name, list(_BY_NAME))} (/help lists them)", "yellow")
        return
    try:
        await command.handler(app, args)
    except (
        RewindError,
        CompactError,
        AgentError,
        CheckpointError,
        RuleError,
        SessionNotFound,
        ValueError,
    ) as exc:
        _print(app, f"/{name}: {exc}", "red")
