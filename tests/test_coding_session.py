"""`agentkit code` end to end: the replay engine in place of the model, everything else real (Docker
sandbox with the repository bind-mounted, git checkpoints, hooks as subprocesses, the CLI)."""

from __future__ import annotations

import json
import os
import stat
import subprocess
from pathlib import Path
from typing import Any

import pytest
from cli_helpers import agentkit, write_outputs, write_task
from pydantic import TypeAdapter

from agentkit.agent.events import RunEvent
from agentkit.agent.trajectory import read_trajectory
from agentkit.coding.guard import PermissionAnswer, PermissionRequest
from agentkit.coding.hooks import Hook
from agentkit.coding.session import CodingSession, SessionOptions
from agentkit.coding.settings import load_settings
from agentkit.engines.replay import ReplayEngine
from agentkit.gemma4.completion import call_text

pytestmark = [pytest.mark.docker]
RUN_EVENT: TypeAdapter[Any] = TypeAdapter(RunEvent)


def call(name: str, **arguments: str) -> str:
    return call_text(name, arguments)


def git(repo: Path, *args: str) -> str:
    done = subprocess.run(["git", *args], cwd=repo, capture_output=True, text=True, check=True)
    return done.stdout


def repo_state(repo: Path) -> tuple[str, ...]:
    return (
        git(repo, "symbolic-ref", "HEAD"),
        git(repo, "rev-parse", "HEAD"),
        (repo / ".git" / "index").read_bytes().hex(),
        git(repo, "stash", "list"),
        (repo / ".git" / "config").read_text(),
    )


def tree_bytes(repo: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(repo)): p.read_bytes()
        for p in sorted(repo.rglob("*"))
        if p.is_file() and ".git" not in p.relative_to(repo).parts and "__pycache__" not in p.parts
    }


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A small git repository with a failing test, a staged change and a stash of its own."""
    repo = tmp_path / "repo"
    repo.mkdir()
    git(repo, "init", "-q", "-b", "main")
    (repo / "calc.py").write_text("def add(a, b):\n    return a - b\n")
    (repo / "test_calc.py").write_text(
        "import unittest\nfrom calc import add\n\n\nclass T(unittest.TestCase):\n"
        "    def test_add(self):\n        self.assertEqual(add(2, 3), 5)\n"
    )
    (repo / "obsolete.txt").write_text("to be deleted by a shell command\n")
    git(repo, "add", ".")
    git(repo, "-c", "user.name=u", "-c", "user.email=u@u", "commit", "-q", "-m", "base")
    (repo / "stashme.txt").write_text("x\n")
    git(repo, "stash", "push", "-q", "--include-untracked")
    (repo / "notes.md").write_text("staged notes\n")
    git(repo, "add", "notes.md")
    return repo


FIX = [
    call("edit", path="calc.py", old_string="return a - b", new_string="return a + b"),
    call("shell", command="touch made_by_shell.txt && rm obsolete.txt && python3 -m unittest -q 2>&1"),
    "Fixed: add adds.<turn|>",
]


def test_headless_fix_stream_json_then_undo_restores_every_byte(
    tmp_path: Path, repo: Path, homes: dict[str, str]
) -> None:
    outputs = write_outputs(tmp_path, FIX)
    task = write_task(
        tmp_path,
        f"version: 1\nengine: {{kind: replay, outputs: {outputs}}}\nmodel: {{tokenizer: {{tokenizer}}}}\nprompt: unused\n",
    )
    original = tree_bytes(repo)
    before = repo_state(repo)
    done = agentkit(
        "code", repo, "--task", task, "-p", "make the test pass", "--output-format", "stream-json",
        "--allow", "edit(*.py)", "--allow", "shell(touch *)", "--allow", "shell(rm *)",
        "--allow", "shell(python3 -m unittest *)", env=homes,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    events = [json.loads(line) for line in done.stdout.splitlines()]  # every line is one JSON event
    run_events = [
        RUN_EVENT.validate_python(e) for e in events if "run_id" in e
    ]  # agentkit run --jsonl's schema
    assert run_events[-1].type == "run_finished" and run_events[-1].exit_reason.value == "final_answer"
    results = [e for e in run_events if e.type == "tool_result"]
    assert [r.is_error for r in results] == [False, False]
    assert results[1].content["exit_code"] == 0 and "OK" in results[1].content["stdout"]
    decisions = [e for e in events if e.get("type") == "permission"]
    assert [d["verdict"] for d in decisions] == ["allow", "allow"]
    assert decisions[1]["rule"] == "allow shell(touch *) [cli]"
    assert [e["label"] for e in events if e.get("type") == "checkpoint"] == [
        "session start", "before step 1", "before step 2", "end of turn",
    ]  # fmt: skip

    assert repo_state(repo) == before  # branch, HEAD, index bytes, stash and config untouched
    assert sorted(git(repo, "status", "--porcelain").splitlines()) == [
        " D obsolete.txt", " M calc.py", "?? made_by_shell.txt", "A  notes.md",
    ]  # fmt: skip
    made = (repo / "made_by_shell.txt").stat()
    assert (made.st_uid, made.st_gid) == (
        os.getuid(),
        os.getgid(),
    )  # the invoking user's, not the container's

    for expected in (["D made_by_shell.txt", "A obsolete.txt"], ["M calc.py"]):
        undone = agentkit("code", repo, "--task", task, "--undo", env=homes)
        assert undone.returncode == 0, undone.stderr
        assert all(line in undone.stdout for line in expected)
    assert tree_bytes(repo) == original  # byte for byte, the shell's file gone and the deleted one back
    assert repo_state(repo) == before
    nothing = agentkit("code", repo, "--task", task, "--undo", env=homes)
    assert nothing.returncode == 1 and "nothing to undo" in nothing.stderr


def session(repo: Path, tokenizer: Any, outputs: list[str], **options: Any) -> CodingSession:
    settings = options.pop("settings", None) or load_settings(repo)
    return CodingSession.new(
        repo, ReplayEngine(outputs, tokenizer), SessionOptions(settings=settings, **options)
    )


async def run_all(session: CodingSession, prompt: str) -> list[Any]:
    return [event async for event in session.run(prompt)]


@pytest.mark.anyio
async def test_permissions_in_a_session_deny_first_plan_mode_and_the_log(
    repo: Path, tokenizer: Any, homes: dict[str, str]
) -> None:
    settings = load_settings(repo, mode="auto", deny=["shell(rm *)"], allow=["shell"])
    outputs = [call("shell", command="touch ok.txt && rm calc.py"), "Stopped.<turn|>"]
    async with session(repo, tokenizer, outputs, settings=settings) as coding:
        events = await run_all(coding, "clean up")
        log = [json.loads(line) for line in coding.folder.permission_log.read_text().splitlines()]
    result = next(e for e in events if e.type == "tool_result")
    assert result.is_error and "denied by rule shell(rm *)" in result.content["error"]  # the model sees why
    assert (repo / "calc.py").exists() and not (repo / "ok.txt").exists()  # the whole line was refused
    assert log == [
        {
            **log[0],
            "tool": "shell",
            "verdict": "deny",
            "rule": "deny shell(rm *) [cli]",
            "subjects": ["touch ok.txt", "rm calc.py"],
        }
    ]

    plan = load_settings(repo, mode="plan", allow=["edit"])
    outputs = [call("edit", path="calc.py", old_string="a - b", new_string="a + b"), "Planned.<turn|>"]
    async with session(repo, tokenizer, outputs, settings=plan) as coding:
        events = await run_all(coding, "fix it")
    result = next(e for e in events if e.type == "tool_result")
    assert result.is_error and "plan mode allows read-only tools only" in result.content["error"]
    assert "a - b" in (repo / "calc.py").read_text()


@pytest.mark.anyio
async def test_headless_ask_is_denied_and_always_allow_writes_the_rule(
    repo: Path, tokenizer: Any, homes: dict[str, str]
) -> None:
    outputs = [call("shell", command="python3 -m unittest -q"), "Could not run tests.<turn|>"]
    async with session(repo, tokenizer, outputs) as coding:  # ask mode, no ask callback: headless
        events = await run_all(coding, "run the tests")
    result = next(e for e in events if e.type == "tool_result")
    assert result.is_error and "session is headless" in result.content["error"]

    asked: list[PermissionRequest] = []

    async def always(request: PermissionRequest) -> PermissionAnswer:
        asked.append(request)
        return PermissionAnswer("allow_always")

    outputs = [call("shell", command="ls -la"), call("shell", command="ls calc.py | wc -l"), "Ran.<turn|>"]
    async with session(repo, tokenizer, outputs, ask=always) as coding:
        events = await run_all(coding, "run the tests")
    # The rule the first answer added covers `ls` in the second command; `wc` still asks.
    assert [[r.text for r in request.always_rules] for request in asked] == [["shell(ls *)"], ["shell(wc *)"]]
    added = [e.rule for e in events if e.type == "rule_added"]
    assert added == ["shell(ls *)", "shell(wc *)"]
    assert "shell(ls *)" in (repo / ".agentkit" / "code.local.yaml").read_text()
    verdicts = [(e.verdict, e.answered) for e in events if e.type == "permission"]
    assert verdicts == [("ask", "allow_always"), ("ask", "allow_always")]


@pytest.mark.anyio
async def test_hooks_block_and_the_model_sees_the_message(
    repo: Path, tokenizer: Any, homes: dict[str, str]
) -> None:
    settings = load_settings(repo, mode="auto")
    settings.hooks = [
        Hook("pre_tool_use", command="echo 'edits to calc.py need a ticket' >&2; exit 2", match="edit"),
        Hook("pre_tool_use", command="exit 3", match="shell"),  # a broken hook: blocks, never passes
    ]
    outputs = [
        call("edit", path="calc.py", old_string="a - b", new_string="a + b"),
        call("shell", command="touch should_not_exist"),
        "Blocked twice.<turn|>",
    ]
    async with session(repo, tokenizer, outputs, settings=settings) as coding:
        events = await run_all(coding, "fix it")
    results = [e for e in events if e.type == "tool_result"]
    assert "edits to calc.py need a ticket" in results[0].content["error"]
    assert "failed with exit code 3" in results[1].content["error"]
    assert "a - b" in (repo / "calc.py").read_text() and not (repo / "should_not_exist").exists()
    assert [e.event for e in events if e.type == "hook_blocked"] == ["pre_tool_use", "pre_tool_use"]


@pytest.mark.anyio
async def test_resume_continues_and_fork_starts_from_step_n(
    repo: Path, tokenizer: Any, homes: dict[str, str]
) -> None:
    settings = load_settings(repo, mode="auto")
    first = [
        call("shell", command="echo one > one.txt"),
        call("shell", command="echo two > two.txt"),
        "Two files.<turn|>",
    ]
    async with session(repo, tokenizer, first, settings=settings) as coding:
        await run_all(coding, "make two files")
        session_id = coding.id

    (repo / "AGENTS.md").write_text("New instructions written after the session began.\n")
    resumed = CodingSession.resume(
        repo,
        ReplayEngine(["I remember.<turn|>"], tokenizer),
        session_id[:10],
        SessionOptions(settings=settings),
    )
    async with resumed:
        notices = [e.message for e in resumed.drain() if e.type == "notice"]
        events = await run_all(resumed, "what did you do?")
    assert any("keeps the one it began with" in n for n in notices)  # AGENTS.md changed: said, not fatal
    started = [e for e in events if e.type == "step_started"]
    assert [e.step for e in started] == [4]  # steps go on from the saved conversation
    assert started[0].keep_tokens > 0  # the prompt extends the saved one (and hits the prefix cache)
    recorded = read_trajectory(resumed.folder.trajectory)
    users = [e.content for e in recorded.events if e.type == "user_message"]
    assert users == ["make two files", "what did you do?"]

    forked = resumed.fork(1)
    assert forked.folder.meta.parent == session_id and forked.id != session_id
    kept = read_trajectory(forked.folder.trajectory).events
    assert max(e.step for e in kept if e.type == "step_started") == 1
    forked.engine = ReplayEngine(["From step one.<turn|>"], tokenizer)
    async with forked:
        events = await run_all(forked, "go another way")
    assert [e.step for e in events if e.type == "step_started"] == [2]
    history = [m.role for m in forked._history.messages] if forked._history else []
    assert (
        history.count("user") == 2
    )  # the forked turn, then the new prompt; step 2-3 of the original are gone


@pytest.mark.anyio
async def test_rewind_conversation_and_code_and_per_step_diff(
    repo: Path, tokenizer: Any, homes: dict[str, str]
) -> None:
    settings = load_settings(repo, mode="auto")
    outputs = [
        call("shell", command="echo A > a.txt"),
        call("shell", command="echo B > b.txt"),
        "Done.<turn|>",
    ]
    async with session(repo, tokenizer, outputs, settings=settings) as coding:
        await run_all(coding, "two steps")
        assert [str(c) for c in coding.changes(1)] == ["A a.txt"]
        assert [str(c) for c in coding.changes(2)] == ["A b.txt"]
        assert "+B" in coding.diff(2) and "+A" not in coding.diff(2)
        assert {str(c) for c in coding.changes()} == {"A a.txt", "A b.txt"}
        preview = coding.preview_rewind(1)
        assert [str(c) for c in preview.changes] == ["D b.txt"]
        report = await coding.rewind(1, "both")
        assert report.safety is not None and [str(c) for c in report.changes] == ["D b.txt"]
        assert (repo / "a.txt").exists() and not (repo / "b.txt").exists()
        assert coding._history is not None and coding._history.usage.steps == 1
        coding.engine = ReplayEngine(["After the rewind.<turn|>"], tokenizer)
        events = await run_all(coding, "again")
        assert [e.step for e in events if e.type == "step_started"] == [2]


@pytest.mark.anyio
async def test_setuid_bits_and_fifos_made_in_the_sandbox_are_scrubbed(
    repo: Path, tokenizer: Any, homes: dict[str, str]
) -> None:
    settings = load_settings(repo, mode="auto")
    command = "cp /bin/true su && chmod u+s,g+s su && mkfifo pipe; echo 'hooks: {}' > .agentkit/code.yaml; echo x > .git/config"
    outputs = [call("shell", command=command), "Done.<turn|>"]
    git_config = (repo / ".git" / "config").read_text()
    async with session(repo, tokenizer, outputs, settings=settings) as coding:
        events = await run_all(coding, "make trouble")
    result = next(e for e in events if e.type == "tool_result")
    assert (
        "removed FIFO pipe" in result.content["note"]
        and "cleared setuid/setgid on su" in result.content["note"]
    )
    assert not (repo / "pipe").exists()
    mode = (repo / "su").stat().st_mode
    assert not mode & (stat.S_ISUID | stat.S_ISGID)
    assert any(e.type == "workspace_scrubbed" for e in events)
    assert "Read-only file system" in result.content["stderr"]
    assert not (repo / ".agentkit").exists()  # read-only in the sandbox, and removed again (empty) at the end
    assert (repo / ".git" / "config").read_text() == git_config


@pytest.mark.anyio
async def test_interrupt_cancels_the_turn_and_the_session_goes_on(
    repo: Path, tokenizer: Any, homes: dict[str, str]
) -> None:
    import anyio

    settings = load_settings(repo, mode="auto")
    outputs = [call("shell", command="echo started > started.txt && sleep 60"), "never reached<turn|>"]
    async with session(repo, tokenizer, outputs, settings=settings) as coding:
        events: list[Any] = []

        async def consume() -> None:
            async for event in coding.run("long job"):
                events.append(event)

        async def press_escape() -> None:  # what a UI does from its own task
            while not (repo / "started.txt").exists():
                await anyio.sleep(0.05)
            coding.interrupt()

        with anyio.fail_after(60):
            async with anyio.create_task_group() as group:
                group.start_soon(consume)
                group.start_soon(press_escape)
        finished = [e for e in events if e.type == "run_finished"]
        assert [e.exit_reason.value for e in finished] == ["cancelled"]
        assert coding._history is not None  # the conversation is usable: its complete steps are kept
        coding.engine = ReplayEngine(["Back.<turn|>"], tokenizer)
        after = [e async for e in coding.run("are you there?")]
        assert [e.output for e in after if e.type == "run_finished"] == ["Back."]
        assert [str(c) for c in coding.changes()] == ["A started.txt"]


def test_cli_json_output_limits_and_bad_input(tmp_path: Path, repo: Path, homes: dict[str, str]) -> None:
    outputs = write_outputs(tmp_path, [call("shell", command="echo 1 >> n.txt")] * 3 + ["done<turn|>"])
    task = write_task(
        tmp_path,
        f"version: 1\nengine: {{kind: replay, outputs: {outputs}}}\nmodel: {{tokenizer: {{tokenizer}}}}\nprompt: unused\n",
    )
    done = agentkit(
        "code", repo, "--task", task, "-p", "count", "--output-format", "json", "--max-turns", "2",
        "--permission-mode", "auto", env=homes,
    )  # fmt: skip
    assert done.returncode == 3, done.stderr  # a limit, as `agentkit run` says it
    summary = json.loads(done.stdout)
    assert summary["exit_reason"] == "max_steps" and summary["steps"] == 2
    assert summary["changes"] == ["A n.txt"]
    assert (repo / "n.txt").read_text() == "1\n1\n"

    headless = agentkit("code", repo, "--task", task, "-p", "count", "--max-turns", "1", env=homes)
    assert "[permission] shell: ask (deny (headless))" in headless.stderr  # ask mode, no terminal: refused

    bad = agentkit("code", repo, "--task", task, "-p", "x", "--deny", "shell(", env=homes)
    assert bad.returncode == 2 and "is not NAME or NAME(PATTERN)" in bad.stderr
    bad = agentkit("code", repo, "--task", task, "-p", "x", "--permission-mode", "accept", env=homes)
    assert bad.returncode == 2 and "did you mean 'accept-edits'" in bad.stderr
    gone = agentkit("code", repo, "--task", task, "--resume", "nosuchid", "-p", "x", env=homes)
    assert gone.returncode == 2 and "matches no session" in gone.stderr
    listed = agentkit("code", repo, "--list", env=homes)
    assert listed.stdout.count("'count'") == 2


@pytest.mark.anyio
async def test_stop_and_prompt_hooks_in_a_session(repo: Path, tokenizer: Any, homes: dict[str, str]) -> None:
    stops: list[dict[str, Any]] = []

    def not_yet(payload: dict[str, Any]) -> str | None:
        stops.append(payload)
        return "run the tests before you finish" if len(stops) == 1 else None

    settings = load_settings(repo, mode="auto")
    settings.hooks = [
        Hook("stop", function=not_yet),
        Hook(
            "user_prompt_submit",
            command="grep -q password && { echo 'no secrets in prompts' >&2; exit 2; } || exit 0",
        ),
    ]
    outputs = ["Done already.<turn|>", "Tests pass now.<turn|>"]
    async with session(repo, tokenizer, outputs, settings=settings) as coding:
        blocked = [e async for e in coding.run("my password is hunter2")]
        assert [(e.type, e.message) for e in blocked if e.type == "hook_blocked"] == [
            ("hook_blocked", "no secrets in prompts")
        ]
        assert not any(e.type == "run_started" for e in blocked)  # nothing ran
        events = [e async for e in coding.run("finish up")]
    answers = [e.output for e in events if e.type == "run_finished"]
    assert answers == ["Done already.", "Tests pass now."]  # the stop hook sent the model back once
    users = [e.content for e in events if e.type == "user_message"]
    assert users == [
        "finish up",
        "A stop hook did not accept the answer yet: run the tests before you finish",
    ]
    assert stops[0]["answer"] == "Done already."
