#!/usr/bin/env bash
# Make a Docker engine available: install Debian's docker.io if missing, start dockerd if it is not
# running, then build the sandbox image (offline, from a Debian rootfs) unless it is already present.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
if ! command -v dockerd >/dev/null 2>&1; then
  echo "docker-bootstrap: installing docker.io" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q >/dev/null
  apt-get install -y -q docker.io debootstrap >/dev/null
fi
command -v debootstrap >/dev/null 2>&1 || { DEBIAN_FRONTEND=noninteractive apt-get install -y -q debootstrap >/dev/null; }
if ! docker info >/dev/null 2>&1; then
  echo "docker-bootstrap: starting dockerd" >&2
  nohup dockerd >/var/log/agentkit-dockerd.log 2>&1 &
  for _ in $(seq 1 60); do
    docker info >/dev/null 2>&1 && break
    sleep 0.5
  done
  docker info >/dev/null 2>&1 || { echo "docker-bootstrap: dockerd did not start; see /var/log/agentkit-dockerd.log" >&2; exit 1; }
fi
if [ -x "$root/sandboxes/build-offline.sh" ]; then
  "$root/sandboxes/build-offline.sh"
fi
