"""The coding UI's rendering of a turn, recorded from rich and compared with snapshots in tests/snapshots/.

Set AGENTKIT_UPDATE_SNAPSHOTS=1 to rewrite them after an intended change (and read the diff)."""

from __future__ import annotations

import io
import os
from pathlib import Path
from typing import Any

import pytest
from rich.console import Console

from agentkit.agent.events import (
    CompletionEvent,
    ExitReason,
    RunFinished,
    StepStarted,
    TextDelta,
    ThoughtDelta,
    ToolCallEvent,
    ToolResultEvent,
    UsageEvent,
)
from agentkit.coding.events import PermissionDecided
from agentkit.coding.ui.render import TurnView, trim_lines
from agentkit.coding.ui.sanitize import clean

SNAPSHOTS = Path(__file__).parent / "snapshots"
R = "run-1"


def turn_events() -> list[Any]:
    """A two-step turn: a thought, an edit, a shell command with long output, a Markdown answer."""
    long_output = "".join(f"test_{i} passed\n" for i in range(40))
    return [
        StepStarted(run_id=R, step=1, prompt_tokens=5200, keep_tokens=0),
        ThoughtDelta(run_id=R, step=1, text="The add function subtracts.\nI will fix "),
        ThoughtDelta(run_id=R, step=1, text="it, then run the tests to check."),
        ToolCallEvent(
            run_id=R,
            step=1,
            call_id="c1",
            name="edit",
            arguments={
                "path": "calc.py",
                "old_string": "    return a - b\n",
                "new_string": "    return a + b\n",
            },
        ),
        PermissionDecided(
            session_id="s",
            step=1,
            call_id="c1",
            tool="edit",
            verdict="ask",
            answered="allow_once",
            reason="ask mode asks before edit calls",
        ),
        ToolResultEvent(run_id=R, step=1, call_id="c1", name="edit", content="edited calc.py"),
        ToolCallEvent(run_id=R, step=1, call_id="c2", name="shell", arguments={"command": "pytest -q"}),
        ToolResultEvent(
            run_id=R,
            step=1,
            call_id="c2",
            name="shell",
            duration_s=1.25,
            content={"stdout": long_output, "stderr": "", "exit_code": 0},
        ),
        CompletionEvent(run_id=R, step=1, text="", finish_reason="stop"),
        UsageEvent(run_id=R, step=1, prompt_tokens=5200, cached_prompt_tokens=5000, generated_tokens=61),
        StepStarted(run_id=R, step=2, prompt_tokens=5800, keep_tokens=5200),
        TextDelta(run_id=R, step=2, text="Fixed: `add` now **adds**.\n\n- ran "),
        TextDelta(run_id=R, step=2, text="`pytest -q`: 40 passed"),
        CompletionEvent(run_id=R, step=2, text="", finish_reason="stop"),
        UsageEvent(run_id=R, step=2, prompt_tokens=5800, cached_prompt_tokens=5700, generated_tokens=20),
        RunFinished(run_id=R, exit_reason=ExitReason.FINAL_ANSWER, output="Fixed", steps=2),
    ]


def record(events: list[Any], *, color: bool, width: int = 80) -> str:
    console = Console(
        file=io.StringIO(), width=width, record=True, force_terminal=color, color_system="truecolor" if color else None,
        no_color=not color, highlight=False, emoji=False,
    )  # fmt: skip
    ticks = iter(float(n) for n in range(1000))
    view = TurnView(console, context_window=262_144, clock=lambda: next(ticks) * 0.5)
    for event in events:
        view.feed(event)
    return console.export_text(styles=color)


def check_snapshot(name: str, text: str) -> None:
    path = SNAPSHOTS / name
    if os.environ.get("AGENTKIT_UPDATE_SNAPSHOTS"):
        path.write_text(text, encoding="utf-8")
    assert path.is_file(), f"{path} missing: run with AGENTKIT_UPDATE_SNAPSHOTS=1 once and review it"
    assert text == path.read_text(encoding="utf-8")


def test_a_turn_renders_as_the_snapshot_at_80_columns_without_colour() -> None:
    text = record(turn_events(), color=False)
    check_snapshot("coding_ui_turn.txt", text)
    assert "\x1b" not in text
    assert max(len(line) for line in text.splitlines()) <= 80
    # the pieces the issue asks for, each visible in the snapshot
    assert "∴ thought (14 words): The add function subtracts. I will fix it" in text
    assert "-    return a - b" in text and "+    return a + b" in text  # the edit as a diff
    assert "● shell(command='pytest -q')" in text
    assert "… 28 more lines …" in text and "test_39 passed" in text and "test_20 passed" not in text
    assert "step 2 · prompt 11.0k (10.7k cached) · generated 81 · context 2% · 1.0s" in text


def test_a_turn_in_colour_styles_the_diff_and_dims_the_thought() -> None:
    text = record(turn_events(), color=True)
    check_snapshot("coding_ui_turn.ansi", text)
    thought = next(line for line in text.splitlines() if "thought (14 words)" in line)
    assert "\x1b[2" in thought  # dim
    removed = next(line for line in text.splitlines() if "return a - b" in line)
    assert "\x1b[" in removed


@pytest.mark.parametrize(
    "attack",
    [
        "\x1b[2J\x1b[H",  # clear the screen, cursor home
        "\x1b]0;pwned\x07",  # window title
        "\x1b]8;;http://evil\x1b\\link\x1b]8;;\x1b\\",  # hyperlink
        "\x1bP+q544e\x1b\\",  # DCS query (answers would be typed into the terminal)
        "\x9b31m",  # 8-bit CSI
        "line\rALLOWED",  # carriage return overwriting what was shown
    ],
)
def test_control_sequences_from_the_model_and_tools_never_reach_the_terminal(attack: str) -> None:
    events = [
        StepStarted(run_id=R, step=1, prompt_tokens=10, keep_tokens=0),
        ThoughtDelta(run_id=R, step=1, text=f"think {attack}"),
        ToolCallEvent(run_id=R, step=1, call_id="c", name="shell", arguments={"command": f"echo {attack}"}),
        ToolResultEvent(
            run_id=R,
            step=1,
            call_id="c",
            name="shell",
            content={"stdout": attack, "stderr": "", "exit_code": 0},
        ),
        TextDelta(run_id=R, step=1, text=f"done {attack}"),
        CompletionEvent(run_id=R, step=1, text="", finish_reason="stop"),
        RunFinished(run_id=R, exit_reason=ExitReason.FINAL_ANSWER, steps=1),
    ]
    text = record(events, color=False)
    assert "\x1b" not in text and "\x9b" not in text and "\r" not in text and "\x07" not in text
    assert "pwned" not in text or "\x1b]0;" not in text


def test_clean_keeps_newlines_and_tabs_and_shows_the_rest() -> None:
    assert clean("a\tb\r\nc\x1b[1mbold\x1b[0m\x00") == "a\tb\nc\u241b[1mbold\u241b[0m\u2400"
    assert trim_lines("x\n" * 3) == "x\nx\nx"


def test_a_compaction_inside_a_turn_is_shown_with_its_tokens() -> None:
    from agentkit.agent.events import CompactionEvent, CompactionStarted

    events = [
        StepStarted(run_id=R, step=1, prompt_tokens=9000, keep_tokens=0),
        CompletionEvent(run_id=R, step=1, text="", finish_reason="stop"),
        UsageEvent(run_id=R, step=1, prompt_tokens=9000, cached_prompt_tokens=0, generated_tokens=10),
        CompactionStarted(
            run_id=R,
            step=2,
            reason="threshold",
            prompt_tokens=12_400,
            window=16_000,
            threshold=12_000,
            reserve=2000,
        ),
        CompactionEvent(
            run_id=R,
            step=2,
            stage=2,
            reason="threshold",
            tokens_before=12_400,
            tokens_after=2100,
            messages_before=9,
            messages_after=3,
            summary="Goal: ...",
        ),
        StepStarted(run_id=R, step=2, prompt_tokens=2100, keep_tokens=0),
        RunFinished(run_id=R, exit_reason=ExitReason.FINAL_ANSWER, output="ok", steps=2),
    ]
    text = record(events, color=False)
    assert "· compacting the context (12.4k tokens; compacts at 12.0k of 16.0k)\n" in text
    assert "· compacted (summarised): 12.4k → 2.1k tokens\n" in text
