"""The `agentkit` command line (typer). Heavy imports stay inside commands so start-up is fast."""
