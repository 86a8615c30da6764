"""The one command that sets a fresh machine up for sandboxed tools, named by `agentkit run` and `doctor`."""

from __future__ import annotations

BOOTSTRAP_COMMAND = "./scripts/docker-bootstrap.sh"
BOOTSTRAP_WHAT = "installs Docker if missing, starts dockerd, builds the sandbox image"
