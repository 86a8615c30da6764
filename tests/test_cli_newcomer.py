"""What a newcomer meets first: install advice, options, messages and the live view, through the real
entry point (a subprocess) where the behaviour is the CLI's, and through the view's classes where it is
about rendering."""

from __future__ import annotations

import json
import os
import pty
import subprocess
import tomllib
from pathlib import Path

import pytest
from cli_helpers import REPO_ROOT, agentkit, cli_env, entry_point, write_outputs, write_task
from rich.console import Console

from agentkit.agent.events import CompletionEvent, StepStarted, ThoughtDelta
from agentkit.cli.live import EventPrinter
from agentkit.distribution import DISTRIBUTION, install_hint

HOST_TOOLS = '''
from agentkit.tool import tool


@tool(runs_in="host")
def add(a: int, b: int) -> int:
    """Add two integers.

    Args:
        a: The first.
        b: The second.
    """
    return a + b
'''
UNDOCUMENTED = """
from agentkit.tool import tool


@tool(runs_in="host")
def undocumented(a: int) -> int:
    return a
"""
ADD_CALL = "<|tool_call>call:add{a:2,b:3}<tool_call|><|tool_response>"


def host_task(folder: Path, outputs: list[str], extra: str = "", tools: str = "['hosttools.py:add']") -> Path:
    (folder / "hosttools.py").write_text(HOST_TOOLS, encoding="utf-8")
    (folder / "undocumented.py").write_text(UNDOCUMENTED, encoding="utf-8")
    write_outputs(folder, outputs)
    return write_task(
        folder,
        "version: 1\nengine: {kind: replay, outputs: outputs.jsonl}\nmodel: {tokenizer: '{tokenizer}'}\n"
        f"prompt: What is 2 + 3?\ntools: {tools}\n" + extra,
    )


# -- the distribution name and install advice ----------------------------------------------------------


def test_the_distribution_is_not_the_unrelated_pypi_agentkit() -> None:
    project = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["name"] == DISTRIBUTION != "agentkit"
    assert (
        install_hint("vllm")
        == f"`pip install '.[vllm]'` in an agentkit clone (or `pip install '{DISTRIBUTION}[vllm]'`)"
    )


def test_no_install_advice_names_the_wrong_distribution() -> None:
    wrong = (
        "pip install agentkit\n",
        "pip install agentkit ",
        "pip install 'agentkit[",
        'pip install "agentkit[',
    )
    for path in [*REPO_ROOT.joinpath("agentkit").rglob("*.py"), REPO_ROOT / "README.md"]:
        text = path.read_text(encoding="utf-8")
        for phrase in wrong:
            assert phrase not in text, f"{path} says {phrase!r}"


def test_version_option() -> None:
    done = agentkit("--version")
    assert done.returncode == 0
    assert done.stdout.strip().startswith("agentkit ") and DISTRIBUTION in done.stdout


# -- options that replace task values ----------------------------------------------------------------


def test_prompt_model_and_max_steps_from_the_command_line(tmp_path: Path) -> None:
    path = host_task(tmp_path, [ADD_CALL, ADD_CALL, "5<turn|>"], "limits: {max_steps: 10}\n")
    dry = agentkit("run", path, "--dry-run", "--jsonl", "--prompt", "Add {{ a }} and 3.", "--var", "a=2")
    assert dry.returncode == 0, dry.stderr
    assert "Add 2 and 3." in dry.stdout and "What is 2 + 3?" not in dry.stdout
    limited = agentkit("run", path, "--max-steps", "1")
    assert limited.returncode == 3, limited.stderr
    assert "the step limit (1) was reached" in limited.stderr
    # A bad override is reported at the option that gave it, not at a line of the file.
    (tmp_path / "model").mkdir()
    (tmp_path / "model" / "chat_template.jinja").write_text("{{ nonsense }}", encoding="utf-8")
    bad = agentkit("run", path, "--dry-run", "--model", str(tmp_path / "model"))
    assert bad.returncode == 2
    assert "chat template with sha256" in bad.stderr


def test_model_option_replaces_the_string_shorthand(tmp_path: Path) -> None:
    write_outputs(tmp_path, ["5<turn|>"])
    path = write_task(
        tmp_path,
        "version: 1\nengine: {kind: replay, outputs: outputs.jsonl}\nmodel: some/served-name\nprompt: hi\n",
    )
    done = agentkit("run", path, "--dry-run", "--model", "other/name")
    assert done.returncode == 0, done.stderr


# -- messages in the user's words ----------------------------------------------------------------------


def test_yaml_1_1_booleans_are_refused_with_the_reason(tmp_path: Path) -> None:
    path = host_task(tmp_path, ["5<turn|>"], "thinking: yes\n")
    done = agentkit("run", path, "--dry-run")
    assert done.returncode == 2
    assert (
        'task.yaml:6:1: thinking: expected true or false, got "yes". YAML 1.1 words such as yes/no'
        in done.stderr
    )


def test_a_bare_template_name_that_is_an_environment_variable_gets_the_env_hint(tmp_path: Path) -> None:
    path = host_task(tmp_path, ["5<turn|>"])
    done = agentkit("run", path, "--dry-run", "--prompt", "hi {{ SOME_VAR }}", env={"SOME_VAR": "x"})
    assert done.returncode == 2
    assert "template variable 'SOME_VAR' has no value" in done.stderr
    assert "(the environment variable is {{ env.SOME_VAR }})" in done.stderr
    plain = agentkit("run", path, "--dry-run", "--prompt", "hi {{ NOT_SET_ANYWHERE_7 }}")
    assert "environment variable is" not in plain.stderr


def test_a_bad_outputs_file_gets_the_whole_json_error(tmp_path: Path) -> None:
    path = host_task(tmp_path, ["5<turn|>"])
    (tmp_path / "outputs.jsonl").write_text('{"completion": "a\tb"}\n', encoding="utf-8")
    done = agentkit("run", path)
    assert done.returncode == 2, done.stderr
    assert (
        "outputs.jsonl:1: not JSON: Invalid control character at: line 1 column 18 (char 17)" in done.stderr
    )


def test_tool_warnings_are_one_line_without_python_internals(tmp_path: Path) -> None:
    path = host_task(tmp_path, ["5<turn|>"], tools="['undocumented.py:undocumented']")
    done = agentkit("run", path, "--dry-run")
    assert done.returncode == 0, done.stderr
    assert "warning: tool undocumented has no description" in done.stderr
    assert "warnings.warn" not in done.stderr and ".py:" not in done.stderr


def test_quiet_prints_only_the_answer(tmp_path: Path) -> None:
    path = host_task(tmp_path, [ADD_CALL, "5<turn|>"], "trajectory: run.jsonl\n")
    done = agentkit("run", path, "--quiet")
    assert done.returncode == 0
    assert done.stdout == "5\n" and done.stderr == ""


# -- the live view -------------------------------------------------------------------------------------


def test_on_one_terminal_the_answer_appears_once(tmp_path: Path) -> None:
    path = host_task(tmp_path, [ADD_CALL, "The sum is fivefold.<turn|>"])
    leader, follower = pty.openpty()
    env = cli_env({"COLUMNS": "100", "LINES": "40"})
    env.pop("NO_COLOR", None)
    process = subprocess.Popen(
        [*entry_point(), "run", str(path)],
        stdout=follower,
        stderr=follower,
        stdin=subprocess.DEVNULL,
        env=env,
    )
    os.close(follower)
    screen = b""
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the child closed the terminal
            break
        if not chunk:
            break
        screen += chunk
    assert process.wait(timeout=60) == 0
    os.close(leader)
    assert screen.count(b"The sum is fivefold.") == 1, screen.decode(errors="replace")
    # Piped, stdout gets the answer as well (the view is on stderr).
    piped = agentkit("run", path)
    assert piped.stdout == "The sum is fivefold.\n" and "The sum is fivefold." in piped.stderr


def _status_frame(printer: EventPrinter, console: Console) -> str:
    with console.capture() as captured:
        console.print(printer.status())
    return captured.get().splitlines()[0]


def test_the_spinner_advances_between_refreshes() -> None:
    clock = [100.0]
    console = Console(force_terminal=True, width=100, get_time=lambda: clock[0], color_system=None)
    printer = EventPrinter(console)
    frames = set()
    for _ in range(4):
        frames.add(_status_frame(printer, console)[:2])
        clock[0] += 0.09  # about one frame of the "dots" spinner
    assert len(frames) >= 3, frames


@pytest.mark.parametrize("width", [40, 60, 80])
def test_text_wraps_at_word_boundaries(width: int) -> None:
    console = Console(force_terminal=True, width=width, color_system=None, record=True)
    printer = EventPrinter(console)
    words = [f"word{n:02d}x" for n in range(40)]
    printer.handle(StepStarted(run_id="r", step=1, prompt_tokens=10, keep_tokens=0))
    printer.handle(ThoughtDelta(run_id="r", step=1, text=" ".join(words)))
    printer.handle(CompletionEvent(run_id="r", step=1, text="", finish_reason="stop"))
    lines = [line for line in console.export_text().splitlines() if "word" in line]
    assert len(lines) > 1
    assert all(len(line) <= width for line in lines)
    assert [token for line in lines for token in line.split()] == words


# -- trajectories: one run per file, several runs read back, resume from the command line --------------


def test_a_fixed_trajectory_path_gets_one_run_per_file(tmp_path: Path) -> None:
    path = host_task(tmp_path, [ADD_CALL, "5<turn|>"], "trajectory: runs/t.jsonl\n")
    for _ in range(3):
        assert agentkit("run", path, "--quiet").returncode == 0
    assert sorted(p.name for p in (tmp_path / "runs").iterdir()) == ["t.2.jsonl", "t.3.jsonl", "t.jsonl"]
    for name in ("t.jsonl", "t.2.jsonl", "t.3.jsonl"):
        shown = agentkit("replay", tmp_path / "runs" / name)
        assert shown.returncode == 0, shown.stderr
        assert "note:" not in shown.stderr


def test_append_mode_and_replay_of_a_file_with_several_runs(tmp_path: Path) -> None:
    path = host_task(tmp_path, [ADD_CALL, "5<turn|>"], "trajectory: runs/t.jsonl\ntrajectory_mode: append\n")
    for _ in range(2):
        assert agentkit("run", path, "--quiet").returncode == 0
    file = tmp_path / "runs" / "t.jsonl"
    assert [p.name for p in file.parent.iterdir()] == ["t.jsonl"]
    from agentkit.agent.trajectory import read_trajectories

    first, second = read_trajectories(file)
    assert first.header.run_id != second.header.run_id and first.finished and second.finished
    last = agentkit("replay", file)
    assert last.returncode == 0
    assert f"holds 2 runs; using run 2 ({second.header.run_id})" in last.stderr
    assert second.header.run_id in last.stdout and first.header.run_id not in last.stdout
    chosen = agentkit("replay", file, "--run", first.header.run_id)
    assert first.header.run_id in chosen.stdout and "using run 1" in chosen.stderr
    missing = agentkit("replay", file, "--run", "3")
    assert missing.returncode == 2 and "there is no run 3; the file holds 2 runs" in missing.stderr


def test_a_file_that_is_not_a_trajectory_is_named_plainly(tmp_path: Path) -> None:
    other = tmp_path / "outputs.jsonl"
    other.write_text('{"completion": "5<turn|>"}\n', encoding="utf-8")
    done = agentkit("replay", other)
    assert done.returncode == 2
    assert "outputs.jsonl:1: not an agentkit trajectory (the first line should be a run header" in done.stderr


def test_continue_resumes_the_last_run_of_a_task(tmp_path: Path) -> None:
    from agentkit.agent.trajectory import read_trajectory

    path = host_task(tmp_path, [ADD_CALL, "5<turn|>"], "trajectory: runs/t.jsonl\n")
    assert agentkit("run", path, "--quiet").returncode == 0
    # A crash after the tool ran: cut the log after the first tool result.
    file = tmp_path / "runs" / "t.jsonl"
    lines = file.read_text(encoding="utf-8").splitlines(keepends=True)
    cut = next(n for n, line in enumerate(lines) if '"type":"tool_result"' in line)
    file.write_text("".join(lines[: cut + 1]), encoding="utf-8")
    assert not read_trajectory(file).finished
    # The engine continues from step 2 (the replay engine plays its outputs from the first).
    write_outputs(tmp_path, ["5<turn|>"], name="rest.jsonl")
    done = agentkit(
        "run", path, "--continue", "--engine", "{kind: replay, outputs: rest.jsonl}", cwd=tmp_path
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == "5\n"
    assert "resuming run-" in done.stderr and "finished tool calls are not run again" in done.stderr
    resumed = read_trajectory(file)
    assert resumed.finished
    assert [e.type for e in resumed.events].count("tool_result") == 1  # the add call was not run again
    assert not (tmp_path / "runs" / "t.2.jsonl").exists()  # a resume appends to the run it continues
    again = agentkit("run", path, "--resume", file, "--continue")
    assert again.returncode == 2 and "not both" in again.stderr


def test_continue_without_a_previous_run_is_bad_input(tmp_path: Path) -> None:
    path = host_task(tmp_path, ["5<turn|>"], "trajectory: runs/t.jsonl\n")
    done = agentkit("run", path, "--continue")
    assert done.returncode == 2 and "no run of this task yet" in done.stderr
    bare = host_task(tmp_path, ["5<turn|>"])
    done = agentkit("run", bare, "--continue")
    assert done.returncode == 2 and "--continue needs the task to name its trajectory" in done.stderr


# -- a dry run checks what the run would need ------------------------------------------------------------


@pytest.mark.docker
def test_dry_run_checks_sandbox_paths_and_image(tmp_path: Path) -> None:
    path = write_task(
        tmp_path,
        """
        version: 1
        engine: {kind: replay, outputs: [x]}
        model: {tokenizer: '{tokenizer}'}
        prompt: hi
        tools: [shell]
        sandbox:
          image: agentkit-test-no-such-image:1
          workspace: {kind: bind, host_path: /nonexistent/agentkit-ws}
          mounts: [{source: /nonexistent/agentkit-data, target: /data}]
        """,
    )
    done = agentkit("run", path, "--dry-run")
    assert done.returncode == 2
    assert (
        "task.yaml:8:27: sandbox.workspace.host_path: /nonexistent/agentkit-ws is not a directory"
        in done.stderr
    )
    assert "sandbox.mounts[0].source: /nonexistent/agentkit-data does not exist" in done.stderr
    assert (
        "task.yaml:7:3: sandbox.image: a tool runs in the sandbox, but sandbox image: agentkit-test-no-such-image:1"
        in (done.stderr)
    )
    dead = agentkit("run", path, "--dry-run", env={"DOCKER_HOST": f"unix://{tmp_path}/no.sock"})
    assert dead.returncode == 2 and "cannot reach the Docker daemon" in dead.stderr


def test_dry_run_of_a_gpu_vllm_task_on_a_cpu_machine_names_the_task_keys(tmp_path: Path) -> None:
    path = write_task(
        tmp_path, "version: 1\nengine:\n  kind: vllm\nmodel: {tokenizer: '{tokenizer}'}\nprompt: hi\n"
    )
    done = agentkit("run", path, "--dry-run")
    assert done.returncode == 2
    assert "task.yaml:3:3: engine.kind: this machine cannot run it" in done.stderr
    assert "engine: {kind: vllm, device: cpu, max_model_len: 2048}" in done.stderr


@pytest.mark.vllm
@pytest.mark.torch
@pytest.mark.slow
def test_doctor_smoke_runs_the_real_engines_quietly() -> None:
    import json

    done = agentkit("doctor", "--smoke", "--json", timeout=900)
    checks = {check["name"]: check for check in map(json.loads, done.stdout.splitlines())}
    for name in ("smoke model", "smoke transformers", "smoke vllm", "smoke greedy"):
        assert checks[name]["status"] == "ok", checks.get(name)
    assert "random weights, so the text is noise" in checks["smoke vllm"]["detail"]
    assert checks["smoke greedy"]["detail"] == "greedy tokens of the two engines equal"
    # The engines' own logging (hundreds of lines from vLLM) is kept aside unless --verbose.
    assert "Loading safetensors" not in done.stderr and "INFO" not in done.stderr


@pytest.mark.docker
def test_resuming_a_sandboxed_task_says_the_workspace_starts_empty(tmp_path: Path) -> None:
    import shutil

    from cli_helpers import EXAMPLES

    task_dir = tmp_path / "quickstart"
    shutil.copytree(EXAMPLES / "quickstart", task_dir)
    task = task_dir / "task.yaml"
    trajectory = tmp_path / "run.jsonl"
    assert agentkit("run", task, "--quiet", "--trajectory", trajectory).returncode == 0
    lines = trajectory.read_text(encoding="utf-8").splitlines(keepends=True)
    cut = next(n for n, line in enumerate(lines) if '"type":"tool_result"' in line)  # after write_file
    trajectory.write_text("".join(lines[: cut + 1]), encoding="utf-8")
    outputs = [
        json.loads(line) for line in (task_dir / "outputs.jsonl").read_text().splitlines() if line.strip()
    ]
    (task_dir / "outputs.jsonl").write_text(
        "".join(json.dumps(o) + "\n" for o in outputs[1:]), encoding="utf-8"
    )
    done = agentkit("run", task, "--resume", trajectory)
    assert "note: resumed with a fresh sandbox: its workspace starts empty" in done.stderr
    assert "! sandbox_reset:" in done.stderr  # the event, in the live view (and the trajectory)
