"""The interactive `agentkit code`: a prompt, live turns, inline permission asks, slash commands.

Inline, never full-screen: finished output is printed into the normal scrollback, only the running
turn is redrawn. The session logic stays in `CodingSession`; this module only drives it: it reads
prompts, shows events (`render.TurnView`), answers the session's `ask` callback, calls `interrupt()`
on Esc or Ctrl-C while a turn runs, and maps slash commands to session methods (`commands`).
"""

from __future__ import annotations

import asyncio
import os
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any, Self

import anyio
from prompt_toolkit import PromptSession
from prompt_toolkit.input import Input, create_input
from prompt_toolkit.keys import Keys
from prompt_toolkit.output import Output
from rich.console import Console
from rich.live import Live
from rich.text import Text

from agentkit.coding.guard import PermissionAnswer, PermissionRequest
from agentkit.coding.session import CodingSession, SessionOptions
from agentkit.coding.store import sessions_root
from agentkit.coding.ui.input import expand_mentions, history_path, prompt_session
from agentkit.coding.ui.render import TurnView, Usage, trim_lines
from agentkit.coding.ui.sanitize import clean
from agentkit.engines.base import Engine

DOUBLE_CTRL_C_S = 2.0


def make_console(file: Any = None) -> Console:
    """rich picks colour from the terminal: NO_COLOR, TERM=dumb and a pipe each turn it off."""
    return Console(file=file, highlight=False, emoji=False)


class KeyWatcher:
    """While a turn runs: Esc or Ctrl-C on the terminal calls ``on_interrupt`` (raw mode, no echo)."""

    def __init__(self, on_interrupt: Callable[[], None], input: Input | None = None) -> None:
        self.on_interrupt = on_interrupt
        self.input = input or create_input()
        self._handles: list[Any] = []
        self.typed = ""  # printable keys typed during the turn: they pre-fill the next prompt

    def __enter__(self) -> Self:
        self._raw = self.input.raw_mode()
        self._raw.__enter__()
        self._attached = self.input.attach(self._ready)
        self._attached.__enter__()
        return self

    def __exit__(self, *exc: object) -> None:
        for handle in self._handles:
            handle.cancel()
        self._attached.__exit__(None, None, None)
        self._raw.__exit__(None, None, None)

    def _ready(self) -> None:
        self._keys(self.input.read_keys())
        # A lone Esc may be the start of a sequence: the parser holds it until flushed.
        self._handles.append(
            asyncio.get_running_loop().call_later(0.05, lambda: self._keys(self.input.flush_keys()))
        )

    def _keys(self, keys: list[Any]) -> None:
        if any(k.key in (Keys.Escape, Keys.ControlC) for k in keys):
            self.on_interrupt()
            return
        self.typed += "".join(k.data for k in keys if isinstance(k.key, str) and k.data.isprintable())


class CodeApp:
    def __init__(
        self,
        repo: Path,
        engine: Engine,
        options: SessionOptions,
        *,
        session_id: str | None = None,
        resuming: bool = False,
        console: Console | None = None,
        input: Input | None = None,
        output: Output | None = None,
    ) -> None:
        from agentkit.coding.ui.commands import COMMANDS

        # No cursor-position requests: their answers arrive as input at any time, and one landing while
        # a turn runs would be read by the key watcher (its ESC taken for an interrupt) or the next prompt.
        os.environ.setdefault("PROMPT_TOOLKIT_NO_CPR", "1")
        self.repo = repo
        self.engine = engine
        self.options = replace(options, ask=self.ask)
        self.console = console or make_console()
        self.input = input
        self.prompt: PromptSession[str] = prompt_session(
            repo,
            history_path(sessions_root()),
            [(c.name, c.help) for c in COMMANDS],
            input=input,
            output=output,
        )
        self.usage = Usage()
        self.view: TurnView | None = None
        self.live: Live | None = None
        self.watcher: KeyWatcher | None = None
        self.last_thoughts: list[str] = []
        self.typed_ahead = ""
        self.running = True
        self.session = self._open(session_id, resuming)

    def _open(self, session_id: str | None, resuming: bool) -> CodingSession:
        if resuming:
            return CodingSession.resume(self.repo, self.engine, session_id, self.options)
        return CodingSession.new(self.repo, self.engine, self.options)

    @property
    def context_window(self) -> int:
        return int(getattr(self.engine, "context_length", 0) or 0)

    # -- the loop ----------------------------------------------------------------------------------

    async def main(self) -> None:
        await self.session.start()
        try:
            self.show_events(self.session.drain())
            self.console.print(
                Text(
                    f"agentkit code · session {self.session.id} · {self.repo} · mode {self.session.policy.mode}\n"
                    "Enter sends · Esc Enter newline · @file attaches · !cmd runs in the sandbox · /help",
                    style="dim",
                )
            )
            last_ctrl_c = 0.0
            while self.running:
                try:
                    text = await self.prompt.prompt_async("› ", default=self.typed_ahead)
                    self.typed_ahead = ""
                except KeyboardInterrupt:
                    now = time.monotonic()
                    if now - last_ctrl_c < DOUBLE_CTRL_C_S:
                        break
                    last_ctrl_c = now
                    self.console.print(Text("(Ctrl-C again to exit, or /exit)", style="dim"))
                    continue
                except EOFError:
                    break
                await self.handle(text)
        finally:
            with anyio.CancelScope(shield=True):
                await self.session.close()
                self.show_events(self.session.drain())
            self.console.print(
                Text(
                    f"session {self.session.id} saved (agentkit code --resume {self.session.id})", style="dim"
                )
            )

    async def handle(self, text: str) -> None:
        stripped = text.strip()
        if not stripped:
            return
        if stripped.startswith("/"):
            from agentkit.coding.ui.commands import run_command

            await run_command(self, stripped)
        elif stripped.startswith("!"):
            await self.shell(stripped[1:].strip())
        else:
            await self.turn(text)

    def show_events(self, events: list[Any]) -> None:
        view = TurnView(self.console, context_window=self.context_window, usage=Usage())
        for event in events:
            view.feed(event)

    # -- a turn ------------------------------------------------------------------------------------

    async def turn(self, text: str) -> None:
        prompt, attached = expand_mentions(text, self.repo)
        for item in attached:
            note = (
                f"attached @{item.path}"
                if item.problem is None
                else f"not attached @{item.path}: {item.problem}"
            )
            self.console.print(Text(note, style="dim" if item.problem is None else "yellow"))
        self.view = TurnView(self.console, context_window=self.context_window, usage=self.usage)
        live = self.console.is_terminal and not self.console.is_dumb_terminal
        if not live:  # nothing is redrawn: say once how to stop the turn
            self.console.print(Text("working… (Esc or Ctrl-C stops the turn)", style="dim"))
        try:
            with (
                self._watching(),
                Live(
                    self.view.live_renderable(),
                    console=self.console,
                    transient=True,
                    auto_refresh=False,
                    redirect_stdout=False,
                    redirect_stderr=False,
                )
                if live
                else _Nothing() as shown,
            ):
                self.live = shown if isinstance(shown, Live) else None
                last = 0.0
                async for event in self.session.run(prompt):
                    self.view.feed(event)
                    now = time.monotonic()
                    if self.live is not None and (now - last > 0.08 or event.type != "text_delta"):
                        self.live.update(self.view.live_renderable(), refresh=True)
                        last = now
        finally:
            self.live = None
            self.last_thoughts = self.view.thoughts
            if self.watcher is not None:
                self.typed_ahead, self.watcher = self.watcher.typed, None
            self.view = None

    def _watching(self) -> Any:
        if self.input is not None or not self.console.is_terminal:
            return _Nothing()  # tests drive interrupt() themselves; a pipe has no keys to watch
        self.watcher = KeyWatcher(self.session.interrupt)
        return self.watcher

    # -- the ask callback --------------------------------------------------------------------------

    async def ask(self, request: PermissionRequest) -> PermissionAnswer:
        """Inline: pause the live region and the key watcher, ask, then go on."""
        if self.live is not None:
            self.live.stop()
        watcher = self.watcher
        if watcher is not None:
            watcher.__exit__(None, None, None)
        try:
            return await self._ask(request)
        finally:
            if watcher is not None:
                watcher.__enter__()
            if self.live is not None:
                self.live.start()

    async def _ask(self, request: PermissionRequest) -> PermissionAnswer:
        shown = (
            [request.arguments.get("command")]  # as the model wrote it (the subjects are its split parts)
            if request.tool == "shell"
            else request.view.subjects
        )
        subjects = "\n".join(f"    {clean(str(s))}" for s in shown if s is not None)
        always = ", ".join(rule.text for rule in request.always_rules)
        lines = Text(f"? {request.tool} wants to run", style="bold yellow")
        if subjects:
            lines.append("\n" + subjects, style="")
        lines.append(f"\n  ({clean(request.decision.reason)})", style="dim")
        lines.append("\n  y  allow once", style="")
        lines.append(f"\n  a  always allow (saves: {always or request.tool} to .agentkit/code.local.yaml)")
        lines.append("\n  n  deny (then an optional message to the model)")
        self.console.print(lines)
        while True:
            try:
                answer = (await self.prompt.prompt_async("allow? [y/a/n] ", multiline=False)).strip().lower()
            except (KeyboardInterrupt, EOFError):
                answer = "n"
            if answer in ("y", "yes", "a", "always", "n", "no", ""):
                break
            self.console.print(Text("answer y, a or n", style="yellow"))
        if answer in ("y", "yes"):
            return PermissionAnswer("allow_once")
        if answer in ("a", "always"):
            return PermissionAnswer("allow_always")
        try:
            message = (
                await self.prompt.prompt_async("message to the model (Enter: none) ", multiline=False)
            ).strip()
        except (KeyboardInterrupt, EOFError):
            message = ""
        return PermissionAnswer("deny", message or None)

    # -- !cmd --------------------------------------------------------------------------------------

    async def shell(self, command: str) -> None:
        if not command:
            self.console.print(Text("!cmd runs cmd in the sandbox, e.g. !git status", style="yellow"))
            return
        self.console.print(Text(f"$ {command}", style="bold"))
        with anyio.CancelScope() as scope:
            with self.watching_keys(scope):
                result = await self.session.sandbox.exec(command)
        if scope.cancelled_caught:
            self.console.print(Text("■ interrupted", style="yellow"))
            return
        body = clean("\n".join(s.rstrip("\n") for s in (result.stdout, result.stderr) if s))
        if body.strip():
            self.console.print(Text(trim_lines(body, 40)))
        self.console.print(Text(f"exit {result.exit_code} · {result.duration_s:.1f}s", style="dim"))

    def watching_keys(self, scope: anyio.CancelScope) -> Any:
        """While a command runs (!cmd, /compact): Esc or Ctrl-C cancels ``scope``."""
        if self.input is not None or not self.console.is_terminal:
            return _Nothing()
        return KeyWatcher(scope.cancel)

    async def switch(self, session_id: str | None, resuming: bool) -> None:
        """Close this session (its sandbox goes) and open another: /clear and /resume."""
        old = self.session
        new = self._open(session_id, resuming)  # fails before anything closes when the id is unknown
        await old.close()
        self.show_events(old.drain())
        self.session = new
        self.usage = Usage()
        await new.start()
        self.show_events(new.drain())


class _Nothing:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: object) -> None:
        return None


def run_ui(
    repo: Path, engine: Engine, options: SessionOptions, session_id: str | None, resuming: bool
) -> None:
    app = CodeApp(repo, engine, options, session_id=session_id, resuming=resuming)

    async def main() -> None:
        try:
            await app.main()
        finally:
            with anyio.CancelScope(shield=True):
                await engine.close()

    anyio.run(main)
