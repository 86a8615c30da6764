"""The tiny random Gemma 4 model for tests: it lives in the package (`agentkit.testing.tiny_gemma4`) so
``agentkit doctor --smoke`` can build it too; this module keeps the tests' import short."""

from agentkit.testing.tiny_gemma4 import (
    MAX_POSITIONS,
    TINY_CONFIG,
    VISION_CONFIG,
    cache_root,
    config_hash,
    tiny_gemma4_dir,
)

__all__ = ["MAX_POSITIONS", "TINY_CONFIG", "VISION_CONFIG", "cache_root", "config_hash", "tiny_gemma4_dir"]
