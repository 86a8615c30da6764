"""Run events for people: the live view of `agentkit run` and the transcript of `agentkit replay`.

`EventPrinter` turns events into lines: steps, thoughts (dimmed), answer text, tool calls and their
results, errors, and a closing summary with tokens and time. `LiveView` adds, on a terminal, a status
line that follows the stream (the step, tokens so far, counted while a thought or answer streams,
elapsed time, the tail of what the model is writing). Everything goes to the console given (stderr for `agentkit run`, so the answer alone is on
stdout). Off a terminal there is no status line and no colour; model text is never read as markup.
"""

from __future__ import annotations

import json
import time
from types import TracebackType
from typing import Any, Self

from rich.console import Console, Group
from rich.live import Live
from rich.spinner import Spinner
from rich.text import Text

from agentkit.agent.events import (
    CompactionEvent,
    CompactionStarted,
    CompletionEvent,
    ErrorEvent,
    ExitReason,
    RunFinished,
    RunStarted,
    StepStarted,
    TextDelta,
    ThoughtDelta,
    ToolCallEvent,
    ToolResultEvent,
    UsageEvent,
    UserMessageEvent,
)
from agentkit.terminal import sanitize_rich

RESULT_CHARS = 600
ARGUMENT_CHARS = 80
TAIL_LINES = 4


def shorten(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` characters, keeping head and tail, with the cut counted."""
    if limit <= 0 or len(text) <= limit:
        return text
    head = limit * 2 // 3
    tail = limit - head
    return f"{text[:head]}… [{len(text) - limit} characters cut] …{text[-tail:]}"


def format_arguments(arguments: dict[str, Any], limit: int = ARGUMENT_CHARS) -> str:
    parts = []
    for name, value in arguments.items():
        shown = repr(value) if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
        parts.append(f"{name}={shorten(shown, limit)}")
    return ", ".join(parts)


def format_content(content: Any) -> str:
    if isinstance(content, str):
        return content
    if isinstance(content, dict) and set(content) >= {"stdout", "stderr", "exit_code"}:
        lines = [f"exit {content['exit_code']}"]
        lines += [str(content[stream]).rstrip("\n") for stream in ("stdout", "stderr") if content.get(stream)]
        return "\n".join(lines)
    return json.dumps(content, ensure_ascii=False)


class EventPrinter:
    """Prints each event once it is complete (a step's thought and text at its `CompletionEvent`)."""

    def __init__(self, console: Console, *, full: bool = False, show_prompt: bool = True) -> None:
        self.console = console
        self.full = full
        self.show_prompt = show_prompt
        self.step = 0
        self.prompt_tokens = 0
        self.cached_tokens = 0
        self.generated_tokens = 0  # finished steps (their UsageEvents)
        self.streaming_tokens = 0  # the step in flight, as its deltas report it
        self.tool_calls = 0
        self.started = time.monotonic()
        self.thought = ""
        self.text = ""
        self.finished: RunFinished | None = None
        self._user_messages = 0
        self._last_error: str | None = None
        # One spinner for the whole run: a new one per refresh would stay on its first frame.
        self._spinner = Spinner("dots")

    # -- output helpers --------------------------------------------------------------------------------

    def _print(self, text: Text) -> None:
        # Model and tool text may carry terminal control sequences: shown as visible stand-ins. On a
        # terminal rich wraps at word boundaries to the width; off one, lines stay whole for tools.
        self.console.print(sanitize_rich(text), soft_wrap=not self.console.is_terminal, highlight=False)

    def _limit(self, text: str, limit: int) -> str:
        return text if self.full else shorten(text, limit)

    # -- events ----------------------------------------------------------------------------------------

    def handle(self, event: Any) -> None:
        method = getattr(self, f"_on_{event.type}", None)
        if method is not None:
            method(event)

    def _on_run_started(self, event: RunStarted) -> None:
        self.started = time.monotonic()
        tools = ", ".join(event.tools) if event.tools else "none"
        thinking = "on" if event.thinking else "off"
        verb = "continuing" if event.continued else "run"
        self._print(Text(f"{verb} {event.run_id} · tools: {tools} · thinking {thinking}", style="dim"))

    def _on_user_message(self, event: UserMessageEvent) -> None:
        self._user_messages += 1
        if self._user_messages == 1 and not self.show_prompt:
            return
        content = event.content if isinstance(event.content, str) else format_content(event.content)
        if content == self._last_error:
            self._print(Text("  (sent back to the model)", style="dim"))
            return
        label = "user" if self._user_messages == 1 else "user (feedback)"
        self._print(Text.assemble((f"{label}: ", "bold"), self._limit(content, 2000)))

    def _on_step_started(self, event: StepStarted) -> None:
        self.step = event.step
        self.thought = ""
        self.text = ""
        self.streaming_tokens = 0
        kept = "" if event.keep_tokens == 0 else f", {event.keep_tokens:,} kept"
        self._print(Text(f"── step {event.step} · prompt {event.prompt_tokens:,} tokens{kept}", style="dim"))

    def _on_compaction_started(self, event: CompactionStarted) -> None:
        self._print(
            Text(
                f"── compacting ({event.reason}): prompt {event.prompt_tokens:,} tokens, threshold "
                f"{event.threshold:,}, window {event.window:,}",
                style="yellow",
            )
        )

    def _on_compaction(self, event: CompactionEvent) -> None:
        self._print(Text(f"   {event.describe()}", style="yellow"))

    def _on_thought_delta(self, event: ThoughtDelta) -> None:
        self.thought += event.text
        self.streaming_tokens = event.generated_tokens

    def _on_text_delta(self, event: TextDelta) -> None:
        self.text += event.text
        self.streaming_tokens = event.generated_tokens

    def _on_completion(self, event: CompletionEvent) -> None:
        thought = (self.thought or event.reasoning or "").strip()
        text = (self.text or event.content or "").strip()
        if thought:
            self._print(Text(self._limit(thought, 4000), style="dim italic"))
        if text:
            self._print(Text(text))
        if not thought and not text and event.finish_reason == "length":
            self._print(Text("(the step hit its token limit)", style="yellow"))
        self.thought = ""
        self.text = ""

    def _on_tool_call(self, event: ToolCallEvent) -> None:
        self.tool_calls += 1
        call = f"→ {event.name}({format_arguments(event.arguments, 10_000 if self.full else ARGUMENT_CHARS)})"
        if event.error:
            self._print(Text.assemble((call, "cyan"), (f"  not run: {event.error}", "red")))
            return
        repairs = f"  (repaired: {', '.join(event.repairs)})" if event.repairs else ""
        self._print(Text.assemble((call, "cyan"), (repairs, "yellow")))

    def _on_tool_result(self, event: ToolResultEvent) -> None:
        body = self._limit(format_content(event.content), RESULT_CHARS)
        style = "red" if event.is_error else "green"
        head = f"← {event.name}{' failed' if event.is_error else ''} ({event.duration_s:.2f}s)"
        text = Text(head, style=style)
        for line in body.splitlines() or [""]:
            text.append("\n  " + line, style="red" if event.is_error else "")
        self._print(text)

    def _on_usage(self, event: UsageEvent) -> None:
        self.prompt_tokens += event.prompt_tokens
        self.cached_tokens += event.cached_prompt_tokens
        self.generated_tokens += event.generated_tokens
        self.streaming_tokens = 0  # counted now in generated_tokens

    def _on_error(self, event: ErrorEvent) -> None:
        self._last_error = event.message
        self._print(Text(f"! {event.kind}: {self._limit(event.message, 2000)}", style="yellow"))

    def _on_run_finished(self, event: RunFinished) -> None:
        self.finished = event
        ok = event.exit_reason is ExitReason.FINAL_ANSWER
        mark, style = ("✓", "green") if ok else ("✗", "red")
        summary = (
            f"{mark} {event.exit_reason.value} · {event.steps} step{'s' if event.steps != 1 else ''} · "
            f"{self.tool_calls} tool call{'s' if self.tool_calls != 1 else ''} · "
            f"{event.prompt_tokens:,} prompt ({self.cached_tokens:,} cached) + {event.generated_tokens:,} "
            f"generated tokens · {event.duration_s:.1f}s"
        )
        self._print(Text(summary, style=style))
        if event.error:
            self._print(Text(event.error, style=style))

    # -- the status line -------------------------------------------------------------------------------

    def status(self) -> Group:
        elapsed = time.monotonic() - self.started
        line = Text(
            f" step {self.step} · {self.prompt_tokens:,} prompt + "
            f"{self.generated_tokens + self.streaming_tokens:,} generated tokens · "
            f"{self.tool_calls} tool calls · {elapsed:.1f}s",
            style="bold",
        )
        self._spinner.update(text=line)
        parts: list[Any] = [self._spinner]
        tail = (self.text or self.thought).splitlines()[-TAIL_LINES:]
        if tail:
            width = max(self.console.width - 4, 20)
            style = "dim italic" if not self.text else ""
            parts.append(sanitize_rich(Text("\n".join("  " + row[:width] for row in tail), style=style)))
        return Group(*parts)


class LiveView:
    """`EventPrinter` plus a status line on a terminal (refreshed a few times a second)."""

    def __init__(self, console: Console, *, full: bool = False, show_prompt: bool = True) -> None:
        self.printer = EventPrinter(console, full=full, show_prompt=show_prompt)
        self._live: Live | None = None
        if console.is_terminal:
            self._live = Live(
                get_renderable=self.printer.status,
                console=console,
                refresh_per_second=8,
                transient=True,
                redirect_stdout=False,  # stdout is the answer's, never the view's
                redirect_stderr=False,
            )

    def __enter__(self) -> Self:
        if self._live is not None:
            self._live.start()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        if self._live is not None:
            self._live.stop()

    def handle(self, event: Any) -> None:
        self.printer.handle(event)
