"""agentkit: an agent framework for Gemma 4, token-exact from prompt to sandbox."""

__version__ = "0.1.0"
