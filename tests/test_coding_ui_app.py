"""The interactive `agentkit code` (CodeApp) driven through prompt_toolkit's pipe input: real key parsing,
a real Docker sandbox, the replay engine in place of the model. The output goes to a plain console whose
text the test reads, as a person reads the screen; the keys are sent as the screen asks for them."""

from __future__ import annotations

import io
import re
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import anyio
import pytest
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.input.base import PipeInput
from prompt_toolkit.output import DummyOutput
from rich.console import Console

from agentkit.coding.session import SessionOptions
from agentkit.coding.settings import load_settings
from agentkit.coding.ui.app import CodeApp
from agentkit.engines.replay import ReplayEngine
from agentkit.gemma4.completion import call_text

pytestmark = [pytest.mark.docker]


def call(name: str, **arguments: str) -> str:
    return call_text(name, arguments)


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    repo = tmp_path / "repo"
    repo.mkdir()
    subprocess.run(["git", "init", "-q", "-b", "main"], cwd=repo, check=True)
    (repo / "AGENTS.md").write_text("Keep files short.\n")
    return repo


class Screen:
    """The app's console output, read as it grows; `wait_for` returns once ``text`` is shown (again)."""

    def __init__(self) -> None:
        self.file = io.StringIO()
        self.console = Console(file=self.file, width=100, color_system=None, force_terminal=False)
        self.read = 0

    async def wait_for(self, text: str, timeout: float = 60) -> str:
        with anyio.move_on_after(timeout):
            while text not in self.file.getvalue()[self.read :]:
                await anyio.sleep(0.05)
        if text not in self.file.getvalue()[self.read :]:
            raise AssertionError(f"{text!r} not shown after {timeout}s:\n{self.file.getvalue()[self.read :]}")
        shown = self.file.getvalue()
        self.read = shown.index(text, self.read) + len(text)
        return shown


def containers(session_id: str) -> str:
    done = subprocess.run(
        ["docker", "ps", "-aq", "--filter", f"label=agentkit.run=code-{session_id}"],
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout.strip()


async def drive(app: CodeApp, script: Callable[[], Any]) -> None:
    async with anyio.create_task_group() as group:
        group.start_soon(app.main)
        await script()


@pytest.mark.anyio
async def test_rewind_compact_clear_and_resume_from_the_prompt(
    repo: Path, tokenizer: Any, homes: dict[str, str]
) -> None:
    outputs = [
        call("shell", command="echo A > a.txt"),
        call("shell", command="echo B > b.txt"),
        "Two files.<turn|>",
        "Goal: files. Done: a.txt made. Next: nothing.<turn|>",  # the /compact summary
    ]
    screen = Screen()
    with create_pipe_input() as pipe:
        app = make_app(repo, tokenizer, outputs, screen, pipe)
        first = app.session.id

        async def script() -> None:
            await screen.wait_for(f"agentkit code · session {first}")
            pipe.send_text("make two files\r")
            await screen.wait_for("Two files.")
            assert (repo / "b.txt").exists()

            pipe.send_text("/rewind 1 both\r")
            await screen.wait_for("rewound both to step 1: 1 files changed")
            assert (repo / "a.txt").exists() and not (repo / "b.txt").exists()
            assert app.session.history is not None and app.session.history.usage.steps == 1

            pipe.send_text("/compact the files made\r")
            shown = await screen.wait_for("messages (project memory kept)")
            assert "compacting the conversation (focus: the files made)" in shown
            assert re.search(r"compacted \(summarised\): [\d,]+ → [\d,]+ tokens, 4 → 3 messages", shown)
            assert "Goal: files. Done: a.txt made." in shown
            assert app.session.history is not None and app.session.history.usage.compactions == 1

            pipe.send_text("/clear\r")
            await screen.wait_for("(the previous one is saved)")
            assert app.session.id != first and app.session.history is None
            assert containers(first) == ""  # the old session's sandbox went with it

            second = app.session.id
            pipe.send_text("/resume\r")
            shown = await screen.wait_for("/resume ID goes on with one")
            assert f"{first}  'make two files'\n" in shown and f"{second}  '' (this one)" in shown
            pipe.send_text(f"/resume {first}\r")
            await screen.wait_for(f"resumed session {first}")
            history = app.session.history
            assert app.session.id == first and history is not None
            assert (history.usage.steps, history.usage.compactions) == (1, 1)  # rewound, then compacted

            pipe.send_text("/resume nosuchid\r")
            await screen.wait_for("/resume: session id 'nosuchid' matches no session")
            assert app.session.id == first  # an unknown id changes nothing
            pipe.send_text("/exit\r")
            await screen.wait_for(f"session {first} saved")
            assert containers(first) == "" and containers(second) == ""

        await drive(app, script)


def make_app(repo: Path, tokenizer: Any, outputs: list[str], screen: Screen, pipe: PipeInput) -> CodeApp:
    options = SessionOptions(settings=load_settings(repo, mode="auto"))
    return CodeApp(
        repo,
        ReplayEngine(outputs, tokenizer),
        options,
        console=screen.console,
        input=pipe,
        output=DummyOutput(),
    )
