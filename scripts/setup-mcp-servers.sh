#!/usr/bin/env bash
# Install the MCP servers the integration tests talk to (run with node) into the ignored .cache/npm.
# Idempotent: a stamp keyed on this script skips the work when nothing changed.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
prefix="$root/.cache/npm"
stamp="$prefix/.agentkit-stamp"
want=$(sha256sum "$root/scripts/setup-mcp-servers.sh" | cut -d' ' -f1)
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
  exit 0
fi
command -v npm >/dev/null || { echo "setup-mcp-servers: npm is missing (apt-get install nodejs npm)" >&2; exit 1; }
echo "setup-mcp-servers: installing into $prefix" >&2
mkdir -p "$prefix"
npm install --prefix "$prefix" --no-audit --no-fund --silent \
  @modelcontextprotocol/server-filesystem@2026.8.31 \
  @modelcontextprotocol/server-everything@2026.8.31
echo "$want" > "$stamp"
