#!/usr/bin/env bash
# Make a Docker engine available, then the sandbox image:
#   1. install Debian's docker.io (and debootstrap, for the offline image build) if missing;
#   2. start dockerd in the background if no daemon answers, and wait for it;
#   3. build the sandbox image offline (sandboxes/build-offline.sh), unless it is already present.
# Idempotent and quick when everything is there (this is what scripts/test.sh and .ci/run call).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
log() { echo "docker-bootstrap: $*" >&2; }

# Root for apt and dockerd; sudo when we are not root and it is available.
as_root=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then as_root=(sudo -n); else log "not root and no sudo: cannot install or start Docker"; fi
fi
export PATH="$PATH:/usr/sbin:/sbin"

apt_install() {
  log "installing $*"
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q >/dev/null
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$@" >/dev/null
}

missing=()
command -v dockerd >/dev/null 2>&1 || missing+=(docker.io)
command -v debootstrap >/dev/null 2>&1 || missing+=(debootstrap)
command -v zstd >/dev/null 2>&1 || missing+=(zstd)
command -v tmux >/dev/null 2>&1 || missing+=(tmux)  # the terminal UI's end-to-end test (tests/test_coding_ui_tmux.py)
if [ ${#missing[@]} -gt 0 ]; then
  apt_install "${missing[@]}"
fi

if ! docker info >/dev/null 2>&1; then
  daemon_log=${AGENTKIT_DOCKERD_LOG:-/var/log/agentkit-dockerd.log}
  log "starting dockerd (log: $daemon_log)"
  "${as_root[@]}" sh -c "nohup dockerd >>'$daemon_log' 2>&1 &"
  for _ in $(seq 1 120); do
    docker info >/dev/null 2>&1 && break
    sleep 0.5
  done
  if ! docker info >/dev/null 2>&1; then
    tail -20 "$daemon_log" >&2 || true
    log "dockerd did not answer within 60s; see $daemon_log"
    exit 1
  fi
fi
log "Docker $(docker version --format '{{.Server.Version}}' 2>/dev/null) is up"

if [ -x "$root/sandboxes/build-offline.sh" ]; then
  log "checking the sandbox image (the first build, offline with debootstrap, takes a few minutes)"
  started=$(date +%s)
  "$root/sandboxes/build-offline.sh" >/dev/null
  log "sandbox image ready ($(( $(date +%s) - started ))s)"
fi
