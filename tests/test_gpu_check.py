"""scripts/gpu_check.py in its reduced CPU mode: every step runs and reports, the JSON has the table."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = [pytest.mark.torch]
REPO = Path(__file__).resolve().parent.parent


def test_gpu_check_runs_on_cpu_in_tiny_mode(tmp_path: Path) -> None:
    out = tmp_path / "check.json"
    command = [sys.executable, str(REPO / "scripts" / "gpu_check.py"), "--device", "cpu", "--tiny"]
    command += ["--prompt-lengths", "8", "--new-tokens", "4", "--repeat", "1", "--json", str(out)]
    result = subprocess.run(command, capture_output=True, text=True, timeout=300, check=False, env=os.environ)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-3000:]
    rows = {row["step"]: row for row in json.loads(out.read_text())["rows"]}
    assert set(rows) == {
        "tiny-equal",
        "tiny-agent",
        "shaped-build",
        "shaped-p8-greedy",
        "shaped-p8-sampled",
        "shaped-agent-step",
        "vllm",
    }
    assert all(row["ok"] for row in rows.values())
    assert rows["tiny-equal"]["detail"].startswith("16/16 greedy tokens equal")
    assert "skipped: needs vllm and a CUDA device" in rows["vllm"]["detail"]
    greedy = rows["shaped-p8-greedy"]["numbers"]
    assert greedy["bare_tokens"] == greedy["engine_tokens"] == 4
    assert greedy["overhead_pct"] is not None and greedy["engine_ttft_s"] is not None
    assert 0 <= rows["shaped-agent-step"]["numbers"]["framework_pct"] < 100
    # The table is printed too, one line per step.
    assert all(step in result.stdout for step in rows)
