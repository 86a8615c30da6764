"""The live rendering of a coding turn: what the person sees while the model works.

`TurnView` takes the session's events one by one. Finished pieces (a thought collapsed to one line, a
step's text as Markdown, a tool call with its arguments or its diff, a trimmed result, a notice) are
printed once, into the terminal's normal scrollback; only the live part (the thought or text being
streamed, and the status line) is redrawn, by a transient `rich.live.Live` below them. Off a terminal,
or without colour, the same blocks are printed plainly and nothing is redrawn.

Every string the model or a tool wrote goes through `sanitize.clean` and is never read as markup.
"""

from __future__ import annotations

import difflib
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from rich.console import Console, Group, RenderableType
from rich.markdown import Markdown
from rich.syntax import Syntax
from rich.text import Text

from agentkit.cli.live import format_arguments
from agentkit.coding.ui.sanitize import clean

RESULT_LINES = 12  # lines of a command's output shown (head and tail), the rest counted
DIFF_LINES = 60
LIVE_LINES = 6
LIVE_CHARS = 600
EDIT_TOOLS = frozenset({"edit", "write_file", "apply_patch"})


@dataclass
class Usage:
    """Token counts and time, for one turn and for the whole session."""

    steps: int = 0
    prompt: int = 0  # the last step's prompt: what fills the context window now
    cached: int = 0
    generated: int = 0
    prompt_total: int = 0
    cached_total: int = 0
    seconds: float = 0.0


@dataclass
class _Step:
    thought: str = ""
    text: str = ""
    thought_shown: bool = False
    calls: dict[str, Any] = field(default_factory=dict)


def trim_lines(text: str, limit: int = RESULT_LINES) -> str:
    """At most ``limit`` lines: the head and the tail, with a marker counting what was cut."""
    lines = text.splitlines()
    if len(lines) <= limit:
        return text.rstrip("\n")
    head = limit * 2 // 3
    tail = limit - head
    cut = len(lines) - limit
    return "\n".join([*lines[:head], f"… {cut} more lines …", *lines[-tail:]])


def edit_diff(tool: str, arguments: dict[str, Any]) -> str | None:
    """The unified diff an edit call asks for, from its own arguments (None: not an edit)."""
    path = clean(str(arguments.get("path", "?")))
    if tool == "apply_patch":
        return clean(str(arguments.get("patch", "")))
    if tool == "edit":
        old = clean(str(arguments.get("old_string", ""))).splitlines(keepends=True)
        new = clean(str(arguments.get("new_string", ""))).splitlines(keepends=True)
    elif tool == "write_file":
        old, new = [], clean(str(arguments.get("content", ""))).splitlines(keepends=True)
    else:
        return None
    lines = difflib.unified_diff(old, new, f"a/{path}", f"b/{path}", n=2)
    return "".join(line if line.endswith("\n") else line + "\n" for line in lines)


def format_result(content: Any) -> str:
    if isinstance(content, dict) and set(content) >= {"stdout", "stderr", "exit_code"}:
        parts = [str(content[s]).rstrip("\n") for s in ("stdout", "stderr") if content.get(s)]
        return "\n".join(parts)
    if isinstance(content, str):
        return content
    if isinstance(content, dict) and set(content) == {"error"}:
        return str(content["error"])
    import json

    return json.dumps(content, ensure_ascii=False)


def human_tokens(n: int) -> str:
    return f"{n / 1000:.1f}k" if n >= 1000 else str(n)


class TurnView:
    """Turns events into printed blocks and a live region; `live_renderable()` is what is redrawn."""

    def __init__(
        self,
        console: Console,
        *,
        context_window: int,
        usage: Usage | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.console = console
        self.context_window = context_window
        self.usage = usage or Usage()
        self.clock = clock  # a fixed clock makes the recorded output of a turn exact (snapshot tests)
        self.started = clock()
        self.step = 0
        self.current = _Step()
        self.thoughts: list[str] = []  # this turn's full thoughts (the /thoughts command shows them)
        self.finished: Any = None
        self._turn_generated = 0

    # -- events ------------------------------------------------------------------------------------

    def feed(self, event: Any) -> None:
        kind = getattr(event, "type", "")
        handler = getattr(self, f"_on_{kind}", None)
        if handler is not None:
            handler(event)

    def _on_step_started(self, event: Any) -> None:
        self.step = event.step
        self.current = _Step()
        self.usage.prompt = event.prompt_tokens  # the context used, known before the step's usage

    def _on_thought_delta(self, event: Any) -> None:
        self.current.thought += event.text

    def _on_text_delta(self, event: Any) -> None:
        self._flush_thought()
        self.current.text += event.text

    def _on_completion(self, event: Any) -> None:
        self._flush_thought()
        text = clean(self.current.text).strip()
        if text:
            self.console.print(Markdown(text))
        self.current.text = ""

    def _on_usage(self, event: Any) -> None:
        self.usage.steps += 1
        self.usage.prompt = event.prompt_tokens
        self.usage.cached = event.cached_prompt_tokens
        self.usage.generated += event.generated_tokens
        self.usage.prompt_total += event.prompt_tokens
        self.usage.cached_total += event.cached_prompt_tokens

    def _on_tool_call(self, event: Any) -> None:
        self._flush_thought()
        self.current.calls[event.call_id] = event
        head = Text("● ", style="bold cyan")
        head.append(clean(event.name), style="bold")
        diff = edit_diff(event.name, event.arguments) if not event.error else None
        if diff is not None:
            head.append(f" {clean(str(event.arguments.get('path', '')))}", style="cyan")
            self.console.print(head)
            self.console.print(
                Syntax(trim_lines(diff, DIFF_LINES), "diff", theme="ansi_dark", word_wrap=True)
            )
            return
        head.append(f"({clean(format_arguments(event.arguments))})")
        self.console.print(head)
        if event.error:
            self.console.print(Text(f"  ✗ {clean(event.error)}", style="red"))

    def _on_tool_result(self, event: Any) -> None:
        content = event.content
        body = clean(format_result(content))
        exit_code = content.get("exit_code") if isinstance(content, dict) else None
        failed = event.is_error or (exit_code not in (None, 0))
        mark = Text("  ⎿ ", style="dim")
        if exit_code is not None:
            mark.append(f"exit {exit_code}", style="red" if failed else "green")
            mark.append(f" · {event.duration_s:.1f}s", style="dim")
        elif failed:
            mark.append("error", style="red")
        elif event.name in EDIT_TOOLS:
            mark.append("done", style="green")
        if body.strip() and not (event.name in EDIT_TOOLS and not failed):
            if mark.plain.strip() != "⎿":
                mark.append("\n")
            mark.append(_indent(trim_lines(body)), style="red" if failed else "")
        self.console.print(mark)

    def _on_compaction_started(self, event: Any) -> None:
        self._flush_thought()
        self.console.print(
            Text(
                f"· compacting the context ({human_tokens(event.prompt_tokens)} tokens; compacts at "
                f"{human_tokens(event.threshold)} of {human_tokens(event.window)})",
                style="yellow",
            )
        )

    def _on_compaction(self, event: Any) -> None:
        how = "summarised" if event.stage == 2 else "old tool results elided"
        self.usage.prompt = event.tokens_after
        self.console.print(
            Text(
                f"· compacted ({how}): {human_tokens(event.tokens_before)} → "
                f"{human_tokens(event.tokens_after)} tokens",
                style="yellow",
            )
        )

    def _on_error(self, event: Any) -> None:
        self.console.print(Text(f"! {clean(event.kind)}: {clean(event.message)}", style="yellow"))

    def _on_run_finished(self, event: Any) -> None:
        self._flush_thought()
        partial = clean(self.current.text).strip()
        if partial:  # an interrupted step's text stays readable in the scrollback
            self.console.print(Markdown(partial))
            self.current.text = ""
        self.finished = event
        self.usage.seconds += self.clock() - self.started
        if event.exit_reason.value != "final_answer":
            why = "interrupted" if event.exit_reason.value == "cancelled" else event.exit_reason.value
            detail = f": {clean(event.error)}" if event.error and event.error != why else ""
            self.console.print(Text(f"■ {why}{detail}", style="yellow"))
        self.console.print(self.status_line(final=True))

    # coding events
    def _on_permission(self, event: Any) -> None:
        if event.verdict == "allow" and event.answered is None:
            return
        answered = event.answered or event.verdict
        style = "green" if answered.startswith("allow") else "red"
        self.console.print(Text(f"  ⚑ {event.tool}: {answered} ({clean(event.reason)})", style=style))

    def _on_notice(self, event: Any) -> None:
        self.console.print(Text(f"· {clean(event.message)}", style="yellow"))

    def _on_hook_blocked(self, event: Any) -> None:
        self.console.print(Text(f"⚑ {event.event} hook: {clean(event.message)}", style="yellow"))

    def _on_rule_added(self, event: Any) -> None:
        self.console.print(Text(f"  ⚑ rule added: allow {event.rule} ({event.file})", style="green"))

    def _on_workspace_scrubbed(self, event: Any) -> None:
        self.console.print(Text(f"· scrubbed: {clean(event.description)}", style="yellow"))

    def _flush_thought(self) -> None:
        """A finished thought becomes one dim line (the full text stays for /thoughts)."""
        thought = clean(self.current.thought).strip()
        if not thought or self.current.thought_shown:
            return
        self.current.thought_shown = True
        self.thoughts.append(thought)
        words = len(thought.split())
        line = Text(f"∴ thought ({words} words): {' '.join(thought.split())}", style="dim italic")
        line.truncate(self.console.width, overflow="ellipsis")  # one line whatever the width (/thoughts: all)
        self.console.print(line, no_wrap=True)

    # -- the live region ---------------------------------------------------------------------------

    def status_line(self, *, final: bool = False) -> Text:
        u = self.usage
        elapsed = self.clock() - self.started
        percent = 100 * u.prompt / self.context_window if self.context_window else 0
        line = Text(style="dim", no_wrap=True, overflow="ellipsis")
        if not final:
            line.append("Esc stops · ")
        line.append(f"step {self.step}" if self.step else "starting")
        line.append(f" · prompt {human_tokens(u.prompt_total)} ({human_tokens(u.cached_total)} cached)")
        line.append(f" · generated {human_tokens(u.generated)}")
        line.append(f" · context {percent:.0f}%")
        line.append(f" · {elapsed:.1f}s")
        return line

    def live_renderable(self) -> RenderableType:
        parts: list[RenderableType] = []
        if self.current.thought and not self.current.thought_shown:
            tail = clean(self.current.thought).strip().splitlines()[-LIVE_LINES:]
            parts.append(Text("∴ " + "\n  ".join(tail), style="dim italic"))
        if self.current.text:
            # The tail only: the live region must stay shorter than the screen to be redrawn in place.
            tail = clean(self.current.text)[-LIVE_CHARS:].splitlines()[-LIVE_LINES * 2 :]
            parts.append(Markdown("\n".join(tail)))
        parts.append(self.status_line())
        return Group(*parts)


def _indent(text: str) -> str:
    return "\n".join("    " + line for line in text.splitlines())
