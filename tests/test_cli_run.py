"""`agentkit run`, as a user runs it: the real entry point in a subprocess, the replay engine standing in
for the GPU model, tools in real Docker sandboxes (or on the host where a test says so).

Exit codes: 0 answer, 1 failed, 2 bad input (test_task_malformed.py), 3 limit, 130 interrupted.
"""

from __future__ import annotations

import json
import signal
import subprocess
import time
from pathlib import Path
from typing import Any

import pytest
from cli_helpers import EXAMPLES, agentkit, cli_env, entry_point, write_outputs, write_task
from pydantic import TypeAdapter

from agentkit.agent.events import RunEvent
from agentkit.agent.trajectory import read_trajectory
from agentkit.gemma4.tokenizer import Gemma4Tokenizer

QUICKSTART = EXAMPLES / "quickstart" / "task.yaml"
QUICKSTART_ANSWER = (
    "I wrote `hello.py`, which greets the name given on its command line, and ran `python3 hello.py Ada`. "
    "It printed:\n\nHello, Ada!"
)
EVENTS: TypeAdapter[RunEvent] = TypeAdapter(RunEvent)
Q = '<|"|>'

HOST_TOOLS = '''
from agentkit.tool.core import tool


@tool(runs_in="host")
def add(a: int, b: int) -> int:
    """Add two integers.

    Args:
        a: The first.
        b: The second.
    """
    return a + b
'''


def host_task(folder: Path, outputs: list[str], extra: str = "") -> Path:
    """A task whose only tool runs on the host (no Docker): for exit codes and engines."""
    (folder / "hosttools.py").write_text(HOST_TOOLS, encoding="utf-8")
    write_outputs(folder, outputs)
    return write_task(
        folder,
        "version: 1\nengine: {kind: replay, outputs: outputs.jsonl}\nmodel: {tokenizer: '{tokenizer}'}\n"
        "prompt: What is 2 + 3?\ntools: ['hosttools.py:add']\n" + extra,
    )


ADD_CALL = "<|tool_call>call:add{a:2,b:3}<tool_call|><|tool_response>"


def events_of(stdout: str) -> list[Any]:
    return [EVENTS.validate_json(line) for line in stdout.splitlines()]


def tool_results(path: Path) -> list[Any]:
    return [event for event in read_trajectory(path).events if event.type == "tool_result"]


# -- the quickstart, in a real sandbox ---------------------------------------------------------------


@pytest.mark.docker
def test_quickstart_answer_on_stdout_live_view_on_stderr(tmp_path: Path) -> None:
    trajectory = tmp_path / "run.jsonl"
    done = agentkit("run", QUICKSTART, "--trajectory", trajectory)
    assert done.returncode == 0, done.stderr
    assert done.stdout == QUICKSTART_ANSWER + "\n"  # `> answer.txt` keeps exactly the answer
    view = done.stderr
    for piece in (
        "── step 1",
        "→ write_file(path='hello.py'",
        "← shell",
        "Hello, Ada!",
        "✓ final_answer · 3 steps",
    ):
        assert piece in view, view
    assert "\x1b[" not in view  # not a terminal: no colour codes
    # The tools really ran in the sandbox: the command's output came back from the container.
    results = {event.name: event.content for event in tool_results(trajectory)}
    assert results["shell"] == {"exit_code": 0, "stdout": "Hello, Ada!\nhello.py\n", "stderr": ""}
    assert results["write_file"].startswith("created hello.py")
    finished = read_trajectory(trajectory).events[-1]
    assert finished.type == "run_finished" and finished.exit_reason.value == "final_answer"
    # Run again on the recorded outputs, tools in a fresh sandbox: every prompt token is the same.
    again = agentkit("replay", trajectory, "--rerun", QUICKSTART)
    assert again.returncode == 0, again.stdout + again.stderr
    assert again.stdout.startswith("reproduced: 3 steps,")


@pytest.mark.docker
def test_jsonl_streams_every_event(tmp_path: Path) -> None:
    done = agentkit("run", QUICKSTART, "--jsonl", "--var", "name=Grace")
    assert done.returncode == 0, done.stderr
    events = events_of(done.stdout)
    kinds = [event.type for event in events]
    assert kinds[0] == "run_started" and kinds[-1] == "run_finished"
    assert kinds.count("step_started") == 3 and kinds.count("tool_call") == 2
    assert "for Grace" in events[0].prompt
    thoughts = "".join(event.text for event in events if event.type == "thought_delta" and event.step == 1)
    assert thoughts == "The user wants a greeting script. I will write hello.py first, then run it."
    shell = next(event for event in events if event.type == "tool_result" and event.name == "shell")
    assert shell.content["stdout"].startswith("Hello, Ada!")  # the recorded model ran it for Ada
    assert events[-1].output == QUICKSTART_ANSWER
    assert done.stderr == ""


@pytest.mark.docker
def test_sigint_exits_130_and_removes_the_sandbox(tmp_path: Path) -> None:
    from agentkit.sandbox import connect_docker
    from agentkit.sandbox.ownership import LABEL_PID

    write_outputs(
        tmp_path,
        [f"<|tool_call>call:shell{{command:{Q}sleep 60{Q}}}<tool_call|><|tool_response>", "Slept.<turn|>"],
    )
    path = write_task(
        tmp_path,
        "version: 1\nengine: {kind: replay, outputs: outputs.jsonl}\nmodel: {tokenizer: '{tokenizer}'}\n"
        "prompt: Sleep.\ntools: [shell]\ntrajectory: run.jsonl\n",
    )
    trajectory = tmp_path / "run.jsonl"
    with subprocess.Popen(
        [*entry_point(), "run", str(path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=cli_env(),
    ) as process:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            text = trajectory.read_text(encoding="utf-8") if trajectory.exists() else ""
            if '"type":"tool_call"' in text:
                break
            time.sleep(0.2)
        else:
            process.kill()
            pytest.fail("the run never reached its tool call")
        owned = connect_docker().api.containers(all=True, filters={"label": f"{LABEL_PID}={process.pid}"})
        assert owned, "the sandbox should be running while the tool sleeps"
        time.sleep(0.5)
        process.send_signal(signal.SIGINT)
        stdout, stderr = process.communicate(timeout=120)
    assert process.returncode == 130, stderr
    assert stdout == ""
    assert "interrupted" in stderr and "Traceback" not in stderr
    left = connect_docker().api.containers(all=True, filters={"label": f"{LABEL_PID}={process.pid}"})
    assert left == []


# -- dry runs (they check the sandbox image is there, so they need the Docker engine) ------------------


@pytest.mark.docker
def test_dry_run_prints_the_first_prompt_and_its_token_count(tokenizer: Gemma4Tokenizer) -> None:
    done = agentkit("run", QUICKSTART, "--dry-run", "--var", "name=Grace")
    assert done.returncode == 0, done.stderr
    prompt = done.stdout.removesuffix("\n")
    assert prompt.startswith("<bos><|turn>system\n<|think|>")
    assert prompt.endswith("run it for Grace, and tell me what it printed.<turn|>\n<|turn>model\n")
    count = len(tokenizer.encode(prompt))
    assert f"first prompt {count:,} tokens" in done.stderr
    assert "tools: write_file, shell, read_file" in done.stderr
    as_json = agentkit("run", QUICKSTART, "--dry-run", "--jsonl", "--var", "name=Grace")
    facts = json.loads(as_json.stdout)
    assert facts["prompt"] == prompt and facts["prompt_tokens"] == count
    assert facts["revision"] == "2026-04-28" and facts["thinking"] is True and facts["sandbox"] is True


@pytest.mark.docker
def test_unused_var_is_a_warning(tmp_path: Path) -> None:
    done = agentkit("run", QUICKSTART, "--dry-run", "--var", "nmae=Grace")
    assert done.returncode == 0
    assert "warning: --var nmae is used by neither the prompt nor the system prompt" in done.stderr


# -- exit codes and outputs, with a host tool (no Docker) --------------------------------------------


def test_host_tool_run_writes_the_output_file(tmp_path: Path) -> None:
    path = host_task(tmp_path, [ADD_CALL, "5<turn|>"], "output: {type: integer, file: out/answer.json}\n")
    done = agentkit("run", path, "--quiet")
    assert done.returncode == 0, done.stderr
    assert done.stdout == "5\n"
    assert (tmp_path / "out" / "answer.json").read_text(encoding="utf-8") == "5\n"
    assert done.stderr == ""  # --quiet: no view


def test_limit_exits_3(tmp_path: Path) -> None:
    path = host_task(tmp_path, [ADD_CALL, ADD_CALL, "5<turn|>"], "limits: {max_steps: 2}\n")
    done = agentkit("run", path)
    assert done.returncode == 3, done.stderr
    assert done.stdout == ""
    assert "✗ max_steps · 2 steps" in done.stderr
    assert "the step limit (2) was reached" in done.stderr
    quiet = agentkit("run", path, "--quiet")
    assert quiet.returncode == 3 and "error: max_steps: the step limit (2) was reached" in quiet.stderr


def test_invalid_output_exits_1(tmp_path: Path) -> None:
    path = host_task(
        tmp_path,
        [ADD_CALL, "It is five.<turn|>"],
        "output: {type: integer}\nlimits: {max_output_retries: 0}\n",
    )
    done = agentkit("run", path)
    assert done.returncode == 1, done.stderr
    assert done.stdout == ""
    assert "! output_invalid: Your final answer is not valid JSON" in done.stderr
    assert "✗ output_invalid" in done.stderr


def test_replay_that_runs_out_ends_the_run_with_its_reason(tmp_path: Path) -> None:
    path = host_task(tmp_path, [ADD_CALL], "trajectory: run.jsonl\n")
    done = agentkit("run", path)
    assert done.returncode == 1
    outputs = tmp_path / "outputs.jsonl"
    why = f"the engine ran out at step 2: ReplayEngine has no output left: all 1 outputs of {outputs} were played"
    assert "✗ outputs_exhausted · 2 steps" in done.stderr and why in done.stderr, done.stderr
    assert "Traceback" not in done.stderr and "the run failed" not in done.stderr
    assert f"trajectory: {tmp_path / 'run.jsonl'}" in done.stderr
    assert [event.content for event in tool_results(tmp_path / "run.jsonl")] == [{"value": 5}]
    finished = read_trajectory(tmp_path / "run.jsonl").events[-1]
    assert finished.type == "run_finished" and finished.exit_reason.value == "outputs_exhausted"
    quiet = agentkit("run", path, "--quiet")
    assert quiet.returncode == 1 and f"error: outputs_exhausted: {why}" in quiet.stderr


def test_engine_failure_exits_1_without_traceback(tmp_path: Path, tokenizer: Gemma4Tokenizer) -> None:
    from engine_http_server import CompletionsServer

    from agentkit.engines.replay import ReplayEngine

    path = host_task(tmp_path, ["unused<turn|>"], "trajectory: run.jsonl\n")
    served = ReplayEngine([ADD_CALL, "5<turn|>"], tokenizer)
    with CompletionsServer(served, faults=["ok", "400"]) as server:  # the second request is refused
        override = f"{{kind: http, base_urls: ['{server.url}'], served_model: gemma-4}}"
        done = agentkit("run", path, "--engine", override)
    assert done.returncode == 1
    assert "error: the run failed: EngineRequestRejected:" in done.stderr and "scripted 400" in done.stderr
    assert "Traceback" not in done.stderr
    assert f"trajectory: {tmp_path / 'run.jsonl'}" in done.stderr
    assert [event.content for event in tool_results(tmp_path / "run.jsonl")] == [{"value": 5}]


def test_http_engine_against_a_real_server(tmp_path: Path, tokenizer: Gemma4Tokenizer) -> None:
    from engine_http_server import CompletionsServer

    from agentkit.engines.replay import ReplayEngine

    path = host_task(tmp_path, ["unused<turn|>"])
    served = ReplayEngine([ADD_CALL, "2 + 3 = 5.<turn|>"], tokenizer)
    with CompletionsServer(served) as server:
        override = f"{{kind: http, base_urls: ['{server.url}'], served_model: gemma-4}}"
        done = agentkit("run", path, "--engine", override, "--jsonl")
        bodies = list(server.bodies)
    assert done.returncode == 0, done.stderr
    assert events_of(done.stdout)[-1].output == "2 + 3 = 5."
    assert len(bodies) == 2 and all(body["model"] == "gemma-4" for body in bodies)
    assert isinstance(bodies[1]["prompt"], list) and bodies[1]["prompt"][:10] == bodies[0]["prompt"][:10]


def test_replay_transcript_and_outputs_round_trip(tmp_path: Path) -> None:
    path = host_task(tmp_path, [ADD_CALL, "5<turn|>"], "trajectory: first.jsonl\n")
    assert agentkit("run", path, "--quiet").returncode == 0
    exported = tmp_path / "exported.jsonl"
    shown = agentkit("replay", tmp_path / "first.jsonl", "--outputs", exported)
    assert shown.returncode == 0, shown.stderr
    for piece in (
        "user: What is 2 + 3?",
        "→ add(a=2, b=3)",
        "← add",
        '  {"value": 5}',
        "✓ final_answer · 2 steps",
    ):
        assert piece in shown.stdout, shown.stdout
    assert "wrote 2 engine outputs" in shown.stderr
    rerun = agentkit(
        "run",
        path,
        "--quiet",
        "--engine",
        f"{{kind: replay, outputs: {exported}}}",
        "-t",
        tmp_path / "second.jsonl",
    )
    assert rerun.returncode == 0, rerun.stderr
    first = [e.completion_ids for e in read_trajectory(tmp_path / "first.jsonl").completions()]
    second = [e.completion_ids for e in read_trajectory(tmp_path / "second.jsonl").completions()]
    assert first == second and len(first) == 2


def test_replay_rerun_finds_where_a_changed_task_diverges(tmp_path: Path) -> None:
    path = host_task(tmp_path, [ADD_CALL, "5<turn|>"], "trajectory: first.jsonl\n")
    assert agentkit("run", path, "--quiet").returncode == 0
    same = agentkit("replay", tmp_path / "first.jsonl", "--rerun", path)
    assert same.returncode == 0 and same.stdout.startswith("reproduced: 2 steps"), same.stdout + same.stderr
    changed = path.read_text(encoding="utf-8").replace("What is 2 + 3?", "What is 2 plus 3?")
    path.write_text(changed, encoding="utf-8")
    diverged = agentkit("replay", tmp_path / "first.jsonl", "--rerun", path)
    assert diverged.returncode == 1
    assert diverged.stdout.startswith(
        "diverged: step 1: the prompt differs; first difference at appended token"
    )
    assert "What is 2 + 3?" in diverged.stdout and "What is 2 plus 3?" in diverged.stdout


def test_replay_of_a_bad_file_is_bad_input(tmp_path: Path) -> None:
    broken = tmp_path / "t.jsonl"
    broken.write_text("not json\n", encoding="utf-8")
    done = agentkit("replay", broken)
    assert done.returncode == 2
    assert f"{broken}:1: not an agentkit trajectory (the first line should be a run header" in done.stderr
    missing = agentkit("replay", tmp_path / "none.jsonl")
    assert missing.returncode == 2 and "no such trajectory file" in missing.stderr


def test_schema_command_prints_the_task_schema(tmp_path: Path) -> None:
    from agentkit.task import task_json_schema

    done = agentkit("schema")
    assert done.returncode == 0
    assert json.loads(done.stdout) == task_json_schema()
    target = tmp_path / "task.schema.json"
    assert agentkit("schema", "-o", target).returncode == 0
    assert json.loads(target.read_text(encoding="utf-8"))["title"] == "agentkit task file (version 1)"
