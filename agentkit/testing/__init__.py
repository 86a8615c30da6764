"""What agentkit's tests and smoke checks build for themselves: the tiny random Gemma 4 model."""
