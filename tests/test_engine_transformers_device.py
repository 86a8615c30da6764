"""TransformersEngine on devices and at exit, checked without a GPU.

A CUDA model fails every generation if the engine builds one tensor on the CPU ("Expected all tensors
to be on the same device"); a CPU-only run cannot see that, because every device is the CPU. So the
device test runs the engine's generation under a torch function mode that (1) builds every tensor the
engine's own code creates without naming a device on the ``meta`` device, as a process whose default
device is not the model's would, and (2) records each tensor the engine's code builds. A tensor built
on the default device then meets the model's tensors and generation fails, as on CUDA.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

import agentkit.engines.transformers as engine_module
from agentkit.engines.base import SamplingParams
from agentkit.engines.transformers import TransformersEngine

pytestmark = [pytest.mark.torch]
PROMPT = [2, 105, 2364, 107, 9259, 1018, 3049, 106, 107, 105, 4368, 107]
REPO_ROOT = Path(__file__).resolve().parent.parent
# Factories that land on the default device unless given one (the *_like ones follow their input).
FACTORIES = {
    "tensor",
    "as_tensor",
    "full",
    "zeros",
    "ones",
    "empty",
    "arange",
    "scalar_tensor",
    "rand",
    "randn",
}


def _caller_file() -> str:
    """The file of the first frame outside torch and this module: who called the torch function."""
    import torch

    torch_dir = str(Path(torch.__file__).parent)
    frame = sys._getframe(2)
    while frame is not None and (
        frame.f_code.co_filename.startswith(torch_dir) or frame.f_code.co_filename == __file__
    ):
        frame = frame.f_back
    return frame.f_code.co_filename if frame is not None else ""


def _device_mode(built: list[tuple[str, Any]]) -> Any:
    from torch.overrides import TorchFunctionMode

    class EngineTensorsOnMeta(TorchFunctionMode):
        def __torch_function__(self, func: Any, types: Any, args: Any = (), kwargs: Any = None) -> Any:
            kwargs = dict(kwargs or {})
            name = getattr(func, "__name__", "")
            from_engine = _caller_file() == engine_module.__file__
            if from_engine and name in FACTORIES and kwargs.get("device") is None:
                kwargs["device"] = "meta"
            result = func(*args, **kwargs)
            if from_engine and hasattr(result, "device"):
                built.append((name, result.device))
            return result

    return EngineTensorsOnMeta()


@pytest.mark.anyio
async def test_every_tensor_the_engine_builds_is_on_the_inputs_device(tiny_model_dir: Path) -> None:
    import torch

    built: list[tuple[str, Any]] = []
    # A fresh engine: the abort check makes its two tensors on the first request, which must be seen.
    engine = TransformersEngine(tiny_model_dir, device="cpu", dtype="float32")
    generate = engine._generate

    def generate_under_check(*args: Any, **kwargs: Any) -> Any:  # runs in the engine's worker thread
        with _device_mode(built):
            return generate(*args, **kwargs)

    engine._generate = generate_under_check  # type: ignore[method-assign]
    try:
        for sampling in (
            SamplingParams(max_tokens=6, temperature=0.0, stop_token_ids=()),
            SamplingParams(max_tokens=6, temperature=1.0, top_k=64, seed=4, stop_token_ids=()),
        ):
            chunks = [c async for c in engine.stream(PROMPT, sampling, request_id=f"dev{sampling.seed}")]
            assert chunks[-1].finish_reason == "length"
            assert chunks[-1].usage is not None and chunks[-1].usage.generated_tokens == 6
    finally:
        engine.shutdown()
    names = {name for name, _ in built}
    assert {"tensor", "zeros", "ones"} <= names  # the prompt and the abort flag's answers were checked
    assert {device for _, device in built} == {torch.device("cpu")}, built


def _run_python(code: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    env_path = f"{REPO_ROOT}:{REPO_ROOT / 'tests'}"
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
        env={**__import__("os").environ, "PYTHONPATH": env_path},
        cwd=REPO_ROOT,
    )


PRELUDE = f"""
    import asyncio, atexit, threading
    from tiny_gemma4 import tiny_gemma4_dir
    from agentkit.engines.base import SamplingParams
    from agentkit.engines.transformers import TransformersEngine

    PROMPT = {PROMPT}
    engine = TransformersEngine(tiny_gemma4_dir(), device="cpu", dtype="float32")

    async def first_tokens(n):
        stream = engine.stream(PROMPT, SamplingParams(max_tokens=4000, temperature=0.0, stop_token_ids=()),
                               request_id="long")
        seen = 0
        async for _ in stream:
            seen += 1
            if seen == n:
                break
"""


def test_close_joins_the_generation_thread() -> None:
    result = _run_python(
        PRELUDE
        + """
    worker = engine._worker
    asyncio.run(first_tokens(3))
    assert worker.is_alive()
    asyncio.run(engine.close())
    print("worker alive after close:", worker.is_alive())
    print("threads:", sorted(t.name for t in threading.enumerate()))
    """
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert "worker alive after close: False" in result.stdout
    assert "transformers-engine" not in result.stdout.split("threads:")[1]
    assert "terminate called" not in result.stderr


def test_an_engine_left_open_mid_generation_exits_cleanly() -> None:
    # atexit runs handlers last-registered first: this one, registered before the engine module is
    # imported, runs after the engine's own handler, and sees whether the worker was joined.
    result = _run_python(
        """
    import atexit, threading
    state = {}
    atexit.register(lambda: print("worker alive at exit:", state["engine"]._worker.is_alive(), flush=True))
    """
        + PRELUDE
        + """
    state["engine"] = engine
    loop = asyncio.new_event_loop()
    stream = engine.stream(PROMPT, SamplingParams(max_tokens=4000, temperature=0.0, stop_token_ids=()),
                           request_id="left-open")
    loop.run_until_complete(anext(stream))  # generation is running in the worker when the script ends
    print("generating:", engine._current is not None, flush=True)
    """
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert "generating: True" in result.stdout
    assert "worker alive at exit: False" in result.stdout
    assert "terminate called" not in result.stderr
