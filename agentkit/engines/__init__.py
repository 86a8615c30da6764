"""Inference engines behind one small protocol (see base.py).

* `VLLMEngine` / `VLLMConfig` (vllm.py): vLLM's AsyncLLM in this process; the GPU path.
* `HTTPEngine` / `HTTPEngineConfig` (http.py): OpenAI-compatible completions servers, with failover.
* `TransformersEngine` (transformers.py): a local Hugging Face model, for development.
* `ReplayEngine` / `RecordingEngine` (replay.py): recorded or scripted outputs; the test double.
* `SimulatedEngine` (simulated.py): a batching server's timing with filler answers; the benchmark fake.

The engine classes load on first use (``agentkit.engines.HTTPEngine`` imports httpx only then), so
importing this package stays cheap for the CLI.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from agentkit._lazy import lazy_exports
from agentkit.engines.base import (
    Chunk,
    Engine,
    EngineError,
    EngineRequestRejected,
    EngineStreamBroken,
    EngineUnavailable,
    FinishReason,
    MediaInput,
    SamplingParams,
    Usage,
)

if TYPE_CHECKING:
    from agentkit.engines.http import HTTPEngine, HTTPEngineConfig
    from agentkit.engines.replay import RecordingEngine, ReplayEngine
    from agentkit.engines.simulated import SimulatedEngine
    from agentkit.engines.transformers import TransformersEngine
    from agentkit.engines.vllm import VLLMConfig, VLLMEngine

__getattr__, __dir__ = lazy_exports(
    __name__,
    {
        "HTTPEngine": "agentkit.engines.http",
        "HTTPEngineConfig": "agentkit.engines.http",
        "ReplayEngine": "agentkit.engines.replay",
        "RecordingEngine": "agentkit.engines.replay",
        "SimulatedEngine": "agentkit.engines.simulated",
        "TransformersEngine": "agentkit.engines.transformers",
        "VLLMEngine": "agentkit.engines.vllm",
        "VLLMConfig": "agentkit.engines.vllm",
    },
)

__all__ = [
    "Chunk",
    "Engine",
    "EngineError",
    "EngineRequestRejected",
    "EngineStreamBroken",
    "EngineUnavailable",
    "FinishReason",
    "HTTPEngine",
    "HTTPEngineConfig",
    "MediaInput",
    "RecordingEngine",
    "ReplayEngine",
    "SamplingParams",
    "SimulatedEngine",
    "TransformersEngine",
    "Usage",
    "VLLMConfig",
    "VLLMEngine",
]
