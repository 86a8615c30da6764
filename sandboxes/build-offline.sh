#!/usr/bin/env bash
# Build the agentkit sandbox image without a container registry.
#
#   1. base:   a minimal Debian rootfs (debootstrap from the apt mirror this machine already uses),
#              trimmed, setuid bits stripped, a non-root `sandbox` user (1000:1000), `docker import`ed as
#              agentkit-sandbox-base:<suite>-<hash of this script>.
#   2. runner: agentkit's in-container runner layered on top (python -m agentkit.sandbox.image), tagged
#              agentkit-sandbox:<hash of the runner>, so a changed runner rebuilds only the small layer.
#
# Both steps are skipped when their image already exists. The rootfs tarball is cached under
# ~/.cache/agentkit/ (override with AGENTKIT_CACHE); the cache only saves time, it is never required.
# Environment: AGENTKIT_DEBIAN_SUITE (default bookworm), AGENTKIT_DEBIAN_MIRROR (default: the first
# Debian URI in /etc/apt/sources.list*, else http://deb.debian.org/debian), AGENTKIT_PYTHON.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
suite=${AGENTKIT_DEBIAN_SUITE:-bookworm}
cache=${AGENTKIT_CACHE:-$HOME/.cache/agentkit}
# What the tools need, and nothing else: Python (full stdlib: the runner uses json, tarfile, base64),
# bash and coreutils (in minbase), git, patch, grep/findutils/sed/diffutils (in minbase), procps, ripgrep.
packages=python3,git,patch,procps,ca-certificates,ripgrep

log() { echo "build-offline: $*" >&2; }
# debootstrap (and reading the rootfs it makes) needs root: use sudo when we are not root.
as_root=()
[ "$(id -u)" -eq 0 ] || as_root=(sudo -n)
elapsed() { echo $(( $(date +%s) - $1 ))s; }

pick_python() {
  local candidate
  for candidate in "${AGENTKIT_PYTHON:-}" "${AGENTKIT_VENV:+$AGENTKIT_VENV/bin/python}" "$root/.venv/bin/python"; do
    if [ -n "$candidate" ] && [ -x "$candidate" ]; then echo "$candidate"; return; fi
  done
  command -v python3
}

# The Debian archive URI apt is configured with (deb822 .sources or one-line .list format).
pick_mirror() {
  if [ -n "${AGENTKIT_DEBIAN_MIRROR:-}" ]; then echo "$AGENTKIT_DEBIAN_MIRROR"; return; fi
  local uri
  uri=$(cat /etc/apt/sources.list.d/*.sources 2>/dev/null | awk '
      /^URIs:/ { uris = $2 }
      /^Suites:/ { for (i = 2; i <= NF; i++) if ($i == suite) { print uris; exit } }' suite="$suite")
  if [ -z "$uri" ]; then
    uri=$(cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null |
      awk '$1 == "deb" && $3 == suite { print ($2 ~ /^\[/ ? $3 : $2); exit }' suite="$suite")
  fi
  echo "${uri:-http://deb.debian.org/debian}"
}

recipe=$(sha256sum "$0" | cut -c1-12)
base_tag="agentkit-sandbox-base:$suite-$recipe"
python=$(pick_python)
mkdir -p "$cache"

# Several processes (CI jobs, test runs) may call this at once: build under one lock.
exec 9>"$cache/build.lock"
flock 9

if docker image inspect "$base_tag" >/dev/null 2>&1; then
  log "base image $base_tag present"
else
  if command -v zstd >/dev/null 2>&1; then
    tarball="$cache/rootfs-$suite-$recipe.tar.zst"; compress=(zstd -q -T0 -3); decompress=(zstd -q -dc)
  else
    tarball="$cache/rootfs-$suite-$recipe.tar.gz"; compress=(gzip -1); decompress=(gzip -dc)
  fi
  if [ -s "$tarball" ] && "${decompress[@]}" "$tarball" | tar -t >/dev/null 2>&1; then
    log "using cached rootfs $tarball"
  else
    command -v debootstrap >/dev/null 2>&1 || PATH=$PATH:/usr/sbin
    mirror=$(pick_mirror)
    work=$(mktemp -d /tmp/agentkit-rootfs.XXXXXX)
    trap '"${as_root[@]}" rm -rf "$work"' EXIT
    rootfs="$work/rootfs"
    started=$(date +%s)
    log "debootstrap $suite from $mirror (packages: $packages)"
    "${as_root[@]}" debootstrap --variant=minbase --include="$packages" "$suite" "$rootfs" "$mirror" >"$work/debootstrap.log" 2>&1 || {
      tail -20 "$work/debootstrap.log" >&2
      log "debootstrap failed"
      exit 1
    }
    log "debootstrap took $(elapsed "$started")"
    # Trim what a sandbox never reads: package caches and lists, docs, manuals, translations.
    "${as_root[@]}" rm -rf "$rootfs"/var/cache/apt/archives/*.deb "$rootfs"/var/lib/apt/lists/* \
      "$rootfs"/usr/share/doc/* "$rootfs"/usr/share/man/* "$rootfs"/usr/share/info/* \
      "$rootfs"/usr/share/locale/* "$rootfs"/var/log/* "$rootfs"/var/cache/debconf/*-old \
      "$rootfs"/debootstrap
    # No privilege gain inside: strip every setuid/setgid bit (su, mount, passwd, ...).
    "${as_root[@]}" find "$rootfs" -xdev -type f -perm /6000 -exec chmod ug-s {} +
    # The unprivileged user. HOME is /tmp (a tmpfs in every sandbox): the root filesystem is read-only.
    "${as_root[@]}" sh -c "
      echo 'sandbox:x:1000:1000:agentkit sandbox:/tmp:/bin/bash' >>'$rootfs/etc/passwd'
      echo 'sandbox:x:1000:' >>'$rootfs/etc/group'
      echo 'sandbox:*:19000:0:99999:7:::' >>'$rootfs/etc/shadow'
      install -d -o 1000 -g 1000 -m 0755 '$rootfs/workspace'
      install -d -m 0755 '$rootfs/opt/agentkit'"
    started=$(date +%s)
    "${as_root[@]}" tar -C "$rootfs" --numeric-owner -cf - . | "${compress[@]}" >"$tarball.tmp"
    mv "$tarball.tmp" "$tarball"
    log "rootfs tarball $(du -h "$tarball" | cut -f1) in $(elapsed "$started")"
    "${as_root[@]}" rm -rf "$work"
    trap - EXIT
  fi
  started=$(date +%s)
  "${decompress[@]}" "$tarball" | docker import \
    --change 'ENV PATH=/usr/local/bin:/usr/bin:/bin:/usr/local/sbin:/usr/sbin:/sbin' \
    --change 'ENV LANG=C.UTF-8 HOME=/tmp PYTHONDONTWRITEBYTECODE=1' \
    --change 'USER 1000:1000' \
    --change 'WORKDIR /workspace' \
    --change "LABEL agentkit.sandbox.role=base agentkit.sandbox.recipe=$suite-$recipe" \
    - "$base_tag" >/dev/null
  log "imported $base_tag in $(elapsed "$started")"
fi

# The runner layer (a COPY and a few settings; no RUN, so it takes about a second).
PYTHONPATH="$root${PYTHONPATH:+:$PYTHONPATH}" "$python" -m agentkit.sandbox.image --base "$base_tag"
