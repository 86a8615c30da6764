"""Inference engines behind one small protocol (see base.py).

* `VLLMEngine` / `VLLMConfig` (vllm.py): vLLM's AsyncLLM in this process; the GPU path.
* `HTTPEngine` / `HTTPEngineConfig` (http.py): OpenAI-compatible completions servers, with failover.
* `TransformersEngine` (transformers.py): a local Hugging Face model, for development.
* `ReplayEngine` / `RecordingEngine` (replay.py): recorded or scripted outputs; the test double.

The engine classes load on first use (``agentkit.engines.HTTPEngine`` imports httpx only then), so
importing this package stays cheap for the CLI.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

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
    from agentkit.engines.transformers import TransformersEngine
    from agentkit.engines.vllm import VLLMConfig, VLLMEngine

_LAZY = {
    "HTTPEngine": "http",
    "HTTPEngineConfig": "http",
    "ReplayEngine": "replay",
    "RecordingEngine": "replay",
    "TransformersEngine": "transformers",
    "VLLMEngine": "vllm",
    "VLLMConfig": "vllm",
}

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
    "TransformersEngine",
    "Usage",
    "VLLMConfig",
    "VLLMEngine",
]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'agentkit.engines' has no attribute {name!r}")
    return getattr(importlib.import_module(f"agentkit.engines.{module}"), name)
