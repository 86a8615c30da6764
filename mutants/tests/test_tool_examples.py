"""examples/sdk_quickstart.py runs and shows what it promises (with Docker: the sandboxed tool too)."""

from __future__ import annotations

import subprocess
import sys

import pytest
from conftest import REPO_ROOT

EXAMPLE = REPO_ROOT / "examples" / "sdk_quickstart.py"


def run_example(*args: str) -> list[str]:
    done = subprocess.run(
        [sys.executable, str(EXAMPLE), *args],
        check=False,
        capture_output=True,
        text=True,
        timeout=300,
        cwd=REPO_ROOT,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.splitlines()


def test_quickstart_declares_and_calls_its_tools() -> None:
    lines = run_example()
    prompt = "\n".join(lines)
    assert prompt.startswith("<bos><|turn>system\nYou are a helpful assistant.<|tool>declaration:weather{")
    assert '<|tool>declaration:word_count{description:<|"|>Count the lines' in prompt
    assert 'units:{description:<|"|>Temperature units. Default: "celsius".<|"|>' in prompt
    assert "ctx" not in prompt.split("<turn|>")[0]  # the RunContext parameter is hidden from the model
    calls = [line for line in lines if " -> " in line and not line.startswith("[")]
    assert calls == [
        'weather({"city": "Paris"}) -> ok: {"city": "Paris", "temperature": 18.5, "units": "celsius"}',
        (
            'weather({"city": "Oslo", "units": "fahrenheit"}) -> ok: {"city": "Oslo", "temperature": 39.2, '
            '"units": "fahrenheit"}'
        ),
        'weather({"city": "Lima"}) -> error: {"error": "No weather data for Lima; known cities: oslo, paris."}',
        (
            'weather({"units": "kelvin"}) -> invalid_arguments: {"error": "Invalid arguments for tool weather; nothing '
            "was run. Fix these and call it again:\\n- city: missing required argument (expected string).\\n- units: "
            'expected \\"celsius\\" | \\"fahrenheit\\", got \\"kelvin\\". Input should be \'celsius\' or '
            "'fahrenheit'.\"}"
        ),
        (
            'schedule({"reminders": [{"text": "stretch"}, {"text": "call Bob", "in_minutes": 30}]}) -> ok: '
            '"Scheduled for ada: in 10 min: stretch; in 30 min: call Bob"'
        ),
        (
            'word_count({"path": "notes.txt"}) -> error: {"error": "Tool word_count runs in the sandbox, but this run '
            "has no sandbox. (Configure the agent with a sandbox, or declare the tool with runs_in='host'.)\"}"
        ),
    ]


@pytest.mark.docker
@pytest.mark.slow
def test_quickstart_runs_the_sandboxed_tool_in_docker() -> None:
    lines = run_example("--sandbox")
    assert 'word_count({"path": "notes.txt"}) -> ok: {"lines": 2, "words": 7, "characters": 33}' in lines
    assert lines[-1].startswith("[answer] Paris is 18.5")


def test_quickstart_runs_an_agent_through_the_replay_engine() -> None:
    lines = run_example()
    agent_lines = lines[lines.index("[thinking] I need both temperatures.") :]
    assert agent_lines == [
        "[thinking] I need both temperatures.",
        '[call] weather {"city": "Paris"}',
        '[call] weather {"city": "Oslo", "units": "fahrenheit"}',
        '[result] {"city": "Paris", "temperature": 18.5, "units": "celsius"}',
        '[result] {"city": "Oslo", "temperature": 39.2, "units": "fahrenheit"}',
        "[thinking] Paris is warmer.",
        "[answer] Paris is 18.5 °C; Oslo is 39.2 °F. (final_answer, 2 steps)",
    ]
