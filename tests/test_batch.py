"""`agentkit batch` and `run_batch`: many runs on shared engines, real sandboxes, the replay engine
standing in for the GPU model. The SIGINT test goes through the real entry point in a subprocess."""

from __future__ import annotations

import json
import signal
import subprocess
import time
from pathlib import Path
from typing import Any

import anyio
import pytest
from cli_helpers import agentkit, cli_env, entry_point, write_task

from agentkit.agent.trajectory import read_trajectory
from agentkit.batch import BatchOptions, RunRecord, items_from_paths, run_batch
from agentkit.batch.results import ResultsFile

Q = '<|"|>'


def shell_call(command: str) -> str:
    return f"<|tool_call>call:shell{{command:{Q}{command}{Q}}}<tool_call|><|tool_response>"


def sandbox_task(folder: Path, name: str, outputs: list[str], extra: str = "") -> Path:
    """A task whose replayed model calls the sandboxed shell tool, then answers."""
    lines = "\n".join(f"  - {json.dumps(output)}" for output in outputs)
    return write_task(
        folder,
        f"version: 1\nengine:\n  kind: replay\n  outputs:\n{lines}\nmodel: {{tokenizer: '{{tokenizer}}'}}\n"
        f"prompt: Compute it.\ntools: [shell]\nsandbox: {{memory: 128m}}\n{extra}",
        name=f"{name}.yaml",
    )


def collect(*args: Any, **kwargs: Any) -> list[RunRecord]:
    async def main() -> list[RunRecord]:
        from contextlib import aclosing

        found = []
        async with aclosing(run_batch(*args, **kwargs)) as records:
            async for record in records:
                found.append(record)
        return found

    return anyio.run(main)


def lines_of(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.mark.docker
def test_fifty_tasks_in_real_sandboxes_one_failing_and_one_broken(tmp_path: Path) -> None:
    tasks = tmp_path / "tasks"
    tasks.mkdir()
    for number in range(48):
        sandbox_task(
            tasks,
            f"t{number:02d}",
            [shell_call(f"echo $(({number} * 7))"), f"The answer is {number * 7}.<turn|>"],
        )
    # The model's outputs run out after the tool call: this run ends without an answer.
    sandbox_task(tasks, "t48-engine-fails", [shell_call("echo never answered")])
    # Not a task file at all: reported, never started.
    (tasks / "t49-broken.yaml").write_text("version: 1\nengine: {kind: replay}\n", encoding="utf-8")
    out = tmp_path / "out"

    records = collect(tasks, out_dir=out, options=BatchOptions(max_runs=12, max_sandboxes=4))

    assert len(records) == 50
    by_key = {record.key: record for record in records}
    lines = lines_of(out / "results.jsonl")
    assert sorted(line["key"] for line in lines) == sorted(by_key)
    for number in range(48):
        record = by_key[f"t{number:02d}"]
        assert record.status == "succeeded", record.error
        assert record.exit_reason == "final_answer"
        assert record.output == f"The answer is {number * 7}."
        assert (record.usage.steps, record.usage.tool_calls, record.usage.failed_tool_calls) == (2, 1, 0)
        # The shell really ran in a sandbox: its output is in the trajectory.
        assert record.trajectory == f"trajectories/t{number:02d}.jsonl"
        results = [e for e in read_trajectory(out / record.trajectory).events if e.type == "tool_result"]
        assert str(number * 7) in json.dumps(results[0].model_dump())
    failed = by_key["t48-engine-fails"]
    assert failed.status == "failed" and failed.exit_reason == "outputs_exhausted"
    assert "no output left" in (failed.error or "")
    broken = by_key["t49-broken"]
    assert broken.status == "failed" and broken.exit_reason is None
    assert "outputs" in (broken.error or "") and "t49-broken.yaml" in (broken.error or "")


def host_tool_task(folder: Path, name: str = "task.yaml") -> Path:
    """No sandbox: a prompt with a variable, answered by a replayed output."""
    return write_task(
        folder,
        "version: 1\nengine: {kind: replay, outputs: ['Said it.<turn|>']}\n"
        "model: {tokenizer: '{tokenizer}'}\nprompt: 'Say {{ n }}.'\n",
        name=name,
    )


def test_resume_skips_finished_runs_and_retry_failed_reruns_the_rest(tmp_path: Path) -> None:
    folder = tmp_path / "tasks"
    folder.mkdir()
    for name in ("a", "b", "c"):
        write_task(
            folder,
            "version: 1\nengine: {kind: replay, outputs: ['Done.<turn|>']}\nmodel: {tokenizer: '{tokenizer}'}\n"
            "prompt: Go.\n",
            name=f"{name}.yaml",
        )
    write_task(folder, "version: 1\n", name="d.yaml")  # fails every time
    out = tmp_path / "out"
    first = collect(folder, out_dir=out)
    assert sorted((r.key, r.status) for r in first) == [
        ("a", "succeeded"),
        ("b", "succeeded"),
        ("c", "succeeded"),
        ("d", "failed"),
    ]
    # Everything finished: nothing runs again.
    assert collect(folder, out_dir=out) == []
    assert len(lines_of(out / "results.jsonl")) == 4
    # A run whose line is missing (cut off before it finished) runs again, alone.
    kept = [line for line in lines_of(out / "results.jsonl") if line["key"] != "b"]
    (out / "results.jsonl").write_text("".join(json.dumps(line) + "\n" for line in kept) + '{"key": "tor')
    again = collect(folder, out_dir=out)
    assert [r.key for r in again] == ["b"]
    assert sorted(ResultsFile(out).read()) == ["a", "b", "c", "d"]
    assert all(line.endswith("}") for line in (out / "results.jsonl").read_text().splitlines())
    # retry_failed: the failed one runs again (and fails again), the others stay skipped.
    retried = collect(folder, out_dir=out, retry_failed=True)
    assert [(r.key, r.status) for r in retried] == [("d", "failed")]


def test_cli_vars_file_runs_one_task_per_line_and_exit_codes(tmp_path: Path) -> None:
    task = host_tool_task(tmp_path)
    cases = tmp_path / "cases.jsonl"
    cases.write_text("".join(json.dumps({"n": n}) + "\n" for n in range(5)), encoding="utf-8")
    out = tmp_path / "out"
    done = agentkit("batch", task, "--vars", cases, "--out", out)
    assert done.returncode == 0, done.stderr
    lines = {line["key"]: line for line in lines_of(out / "results.jsonl")}
    assert sorted(lines) == [f"task-{n:05d}" for n in range(1, 6)]
    prompts = {
        line["vars"]["n"]: read_trajectory(out / line["trajectory"]).events[0].prompt  # type: ignore[union-attr]
        for line in lines.values()
    }
    assert prompts == {n: f"Say {n}." for n in range(5)}
    assert {line["output"] for line in lines.values()} == {"Said it."}
    assert "batch summary" in done.stderr and "succeeded" in done.stderr
    assert "[5/5]" in done.stderr  # plain progress lines when stderr is not a terminal

    # A line whose variables the prompt cannot use fails that run only: exit 1, or 0 when allowed.
    cases.write_text(cases.read_text() + json.dumps({"m": 1}) + "\n", encoding="utf-8")
    failing = agentkit("batch", task, "--vars", cases, "--out", out)
    assert failing.returncode == 1
    assert "resuming: 5 of 6 runs already finished" in failing.stderr
    assert "template variable 'n' has no value" in failing.stderr
    allowed = agentkit("batch", task, "--vars", cases, "--out", out, "--allow-failures")
    assert allowed.returncode == 0, allowed.stderr

    bad = agentkit("batch", tmp_path / "nothing-here", "--out", out)
    assert bad.returncode == 2 and "no such task file or folder" in bad.stderr


def test_items_from_paths_keys_folders_and_globs(tmp_path: Path) -> None:
    (tmp_path / "evals" / "math").mkdir(parents=True)
    for name in ("evals/one.yaml", "evals/math/two.yml", "evals/notes.txt"):
        (tmp_path / name).write_text("version: 1\n")
    assert [i.key for i in items_from_paths([tmp_path / "evals"])] == ["math--two", "one"]
    assert [i.key for i in items_from_paths([f"{tmp_path}/evals/**/*.yml"])] == ["math--two"]


@pytest.mark.docker
def test_sigint_cancels_running_runs_removes_sandboxes_and_keeps_results(tmp_path: Path) -> None:
    from agentkit.sandbox import connect_docker
    from agentkit.sandbox.ownership import LABEL_PID

    tasks = tmp_path / "tasks"
    tasks.mkdir()
    for number in range(2):
        sandbox_task(tasks, f"fast{number}", [shell_call("true"), "Quick.<turn|>"])
    for number in range(4):
        sandbox_task(tasks, f"slow{number}", [shell_call("sleep 120"), "Slept.<turn|>"])
    out = tmp_path / "out"
    results = out / "results.jsonl"
    with subprocess.Popen(
        [*entry_point(), "batch", str(tasks), "--out", str(out), "--max-runs", "6", "--max-sandboxes", "6"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=cli_env(),
    ) as process:
        deadline = time.monotonic() + 180
        owned: list[Any] = []
        while time.monotonic() < deadline:
            finished = results.read_text().count("\n") if results.exists() else 0
            owned = connect_docker().api.containers(filters={"label": f"{LABEL_PID}={process.pid}"})
            sleeping = [
                path
                for path in (out / "trajectories").glob("slow*.jsonl")
                if '"type":"tool_call"' in path.read_text(encoding="utf-8")
            ]
            if finished == 2 and len(sleeping) == 4:
                break
            time.sleep(0.3)
        else:
            process.kill()
            pytest.fail("the batch never reached two finished runs and four sleeping ones")
        assert owned, "the slow runs' sandboxes should be running"
        process.send_signal(signal.SIGINT)
        _, stderr = process.communicate(timeout=120)
    assert process.returncode == 130, stderr
    assert "interrupted" in stderr and "Traceback" not in stderr
    left = connect_docker().api.containers(all=True, filters={"label": f"{LABEL_PID}={process.pid}"})
    assert left == []
    lines = lines_of(results)  # valid JSONL: every line parses
    assert sorted(line["key"] for line in lines) == ["fast0", "fast1"]
    assert all(line["status"] == "succeeded" for line in lines)


def test_bare_ray_option_means_the_default_cluster(tmp_path: Path) -> None:
    from agentkit.cli.batch import optional_ray_address

    (tmp_path / "tasks").mkdir()
    tasks = str(tmp_path / "tasks")
    assert optional_ray_address(["batch", tasks, "--ray"]) == ["batch", tasks, "--ray", "auto"]
    assert optional_ray_address(["batch", "--ray", tasks]) == ["batch", "--ray", "auto", tasks]
    assert optional_ray_address(["batch", "--ray", "-q", tasks]) == ["batch", "--ray", "auto", "-q", tasks]
    assert optional_ray_address(["batch", tasks, "--ray", "10.0.0.5:6379"])[-1] == "10.0.0.5:6379"
    assert optional_ray_address(["run", "t.yaml"]) == ["run", "t.yaml"]
