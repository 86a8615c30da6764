"""The coding UI's prompt, driven through prompt_toolkit's pipe input (real key parsing, no terminal)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from prompt_toolkit.application import create_app_session
from prompt_toolkit.completion import CompleteEvent
from prompt_toolkit.document import Document
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.input.base import PipeInput
from prompt_toolkit.output import DummyOutput

from agentkit.coding.ui.commands import COMMANDS
from agentkit.coding.ui.input import CodeCompleter, expand_mentions, prompt_session

COMMAND_HELP = [(c.name, c.help) for c in COMMANDS]


@pytest.fixture
def pipe() -> Iterator[PipeInput]:
    with create_pipe_input() as pipe, create_app_session(input=pipe, output=DummyOutput()):
        yield pipe


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    repo = tmp_path / "repo"
    (repo / "src" / "pkg").mkdir(parents=True)
    (repo / "calc.py").write_text("def add(a, b):\n    return a - b\n")
    (repo / "src" / "pkg" / "core.py").write_text("X = 1\n")
    (repo / ".git").mkdir()
    (tmp_path / "secret.txt").write_text("host secret\n")
    return repo


def ask(pipe: PipeInput, repo: Path, history: Path, keys: str) -> str:
    session = prompt_session(repo, history, COMMAND_HELP, input=pipe, output=DummyOutput())
    pipe.send_text(keys)
    return session.prompt("› ")


def test_enter_sends_and_escape_enter_or_ctrl_j_or_backslash_insert_newlines(
    pipe: PipeInput, repo: Path, tmp_path: Path
) -> None:
    history = tmp_path / "home" / "prompt-history"
    text = ask(pipe, repo, history, "first line\x1b\rsecond\ncontinued\\\rlast\r")
    assert text == "first line\nsecond\ncontinued\nlast"


def test_history_is_kept_across_sessions_in_a_file(pipe: PipeInput, repo: Path, tmp_path: Path) -> None:
    history = tmp_path / "home" / "prompt-history"
    assert ask(pipe, repo, history, "fix the bug\r") == "fix the bug"
    assert "fix the bug" in history.read_text()
    # a new prompt session (a new `agentkit code`) recalls it with the Up arrow
    assert ask(pipe, repo, history, "\x1b[A\r") == "fix the bug"


def test_slash_commands_and_at_paths_complete(repo: Path) -> None:
    completer = CodeCompleter(repo, COMMAND_HELP)

    def complete(text: str) -> list[str]:
        return [c.text for c in completer.get_completions(Document(text), CompleteEvent())]

    assert complete("/di") == ["/diff"]
    assert complete("/re") == ["/rewind", "/resume"]
    assert complete("fix @ca") == ["@calc.py"]
    assert complete("look at @src/") == ["@src/pkg/"]
    assert complete("look at @src/pkg/c") == ["@src/pkg/core.py"]
    assert complete("@../") == []  # nothing outside the repository
    assert ".git/" not in complete("@")


def test_tab_completes_an_at_path_in_the_prompt(pipe: PipeInput, repo: Path, tmp_path: Path) -> None:
    import anyio

    session = prompt_session(repo, tmp_path / "h", COMMAND_HELP, input=pipe, output=DummyOutput())

    async def typing() -> str:
        async with anyio.create_task_group() as group:
            answer: list[str] = []

            async def read() -> None:
                answer.append(await session.prompt_async("› "))

            group.start_soon(read)
            pipe.send_text("fix @cal")
            with anyio.fail_after(10):  # completions are computed in the background, as one types
                while (state := session.default_buffer.complete_state) is None or not state.completions:
                    await anyio.sleep(0.05)
            pipe.send_text("\t")
            with anyio.fail_after(10):
                while session.default_buffer.text != "fix @calc.py":
                    await anyio.sleep(0.05)
            pipe.send_text("\r")  # the first Enter keeps the chosen completion, the second sends
            with anyio.fail_after(10):
                while session.default_buffer.complete_state is not None:
                    await anyio.sleep(0.05)
            pipe.send_text("\r")
        return answer[0]

    assert anyio.run(typing) == "fix @calc.py"


def test_at_path_attaches_repository_files_only(repo: Path) -> None:
    message, attached = expand_mentions("fix @calc.py and @../secret.txt and @nope.py", repo)
    assert [(a.path, a.problem) for a in attached] == [
        ("calc.py", None),
        ("../secret.txt", "outside the repository"),
        ("nope.py", "no such file"),
    ]
    assert '<file path="calc.py">\ndef add(a, b):\n    return a - b\n</file>' in message
    assert "host secret" not in message
    assert expand_mentions("mail me at a@b.c", repo) == ("mail me at a@b.c", [])
