#!/usr/bin/env bash
# The test command: sets up the virtualenv and the Docker engine, then runs the whole suite.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/setup-venv.sh"
"$root/scripts/docker-bootstrap.sh"
"$root/scripts/setup-mcp-servers.sh"
venv=${AGENTKIT_VENV:-$root/.venv}
cd "$root"
exec "$venv/bin/python" -m pytest "$@"
