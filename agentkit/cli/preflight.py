"""Before a run starts: does the task have what it needs on this machine (Docker and the sandbox image
for sandboxed tools)? Checked in well under a second, so a fresh machine learns the one command to
run at once instead of after the engine has loaded.

`agentkit run` exits with `EXIT_NEEDS_SETUP` and that command; ``./scripts/agentkit`` (the README's
wrapper) catches the code, runs the command itself with its progress visible, and runs the task again.
`agentkit doctor` names the same command (`BOOTSTRAP_COMMAND`).

`dry_run_problems` is what ``agentkit run --dry-run`` checks beyond the file itself, each problem located
at the task line that asked for the thing: the sandbox's host paths and image (through the same Docker and
image checks as above) when a tool runs in the sandbox, and the engine's requirements (a CUDA GPU and the
right vLLM build for ``kind: vllm``). So a dry run fails where the real run would, and says where.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from agentkit.task import PreparedTask, Problem
    from agentkit.task.yaml_source import Path_

from agentkit.cli.bootstrap_hint import BOOTSTRAP_COMMAND, BOOTSTRAP_WHAT

__all__ = ["BOOTSTRAP_COMMAND", "BOOTSTRAP_WHAT", "EXIT_NEEDS_SETUP", "sandbox_problem", "task_setup_problem"]

EXIT_NEEDS_SETUP = 4


def task_setup_problem(task_file: Path, engine_override: str | None = None) -> str | None:
    """What this machine lacks for the task file, with the command that fixes it; None when it is ready
    or when the file has problems of its own (the full load reports those, located).

    Only the file and its tools are loaded (not the tokenizer): the answer comes before the slow part.
    """
    from agentkit.task import TaskError, load_task
    from agentkit.task.build import tools_need_sandbox
    from agentkit.task.resolve import resolve_tools

    try:
        task = load_task(task_file, engine_override=engine_override)
        needs_sandbox = tools_need_sandbox(resolve_tools(task))
    except TaskError:
        return None
    if not needs_sandbox:
        return None
    return sandbox_problem(task.spec.sandbox.image if task.spec.sandbox is not None else None)


def sandbox_problem(image: str | None = None) -> str | None:
    """Why sandboxed tools cannot run here (Docker, or the sandbox image: agentkit's own unless
    ``image`` is given), with the command that fixes it; None if they can."""
    from agentkit.cli.doctor import Needs, check_docker, check_sandbox_image

    needs = Needs(docker=True)
    for check in (check_docker(needs), check_sandbox_image(needs, image)):
        if check.status != "ok":
            return (
                f"this task runs tools in a Docker sandbox, but {check.name}: {check.detail}.\n"
                f"  Run: {check.fix or BOOTSTRAP_COMMAND}, then run the task again"
            )
    return None


def dry_run_problems(prepared: PreparedTask) -> list[Problem]:
    """The problems that would stop this task's run on this machine (empty when none)."""
    problems = _engine_problems(prepared)
    if prepared.needs_sandbox:
        problems += _sandbox_problems(prepared)
    return problems


def _problem(prepared: PreparedTask, where: Path_, message: str) -> Problem:
    from agentkit.task.errors import problem_at

    return problem_at(prepared.task.mark(*where), where, message)


def _engine_problems(prepared: PreparedTask) -> list[Problem]:
    from agentkit.task.schema import VLLMEngineSpec

    spec = prepared.task.spec.engine
    if not isinstance(spec, VLLMEngineSpec):
        return []
    from agentkit.engines.base import EngineUnavailable
    from agentkit.engines.vllm import check_vllm_available
    from agentkit.task.build import vllm_config

    try:
        check_vllm_available(vllm_config(prepared.task, spec))
    except EngineUnavailable as exc:
        where: Path_ = ("engine", "device") if "device" in spec.model_fields_set else ("engine", "kind")
        return [_problem(prepared, where, f"this machine cannot run it: {exc}")]
    return []


def _sandbox_problems(prepared: PreparedTask) -> list[Problem]:
    from agentkit.cli.doctor import Needs, check_docker, check_sandbox_image
    from agentkit.sandbox.config import SandboxConfig

    declared = prepared.task.spec.sandbox
    config = declared or SandboxConfig()
    problems: list[Problem] = []
    workspace = config.workspace
    if workspace.kind == "bind" and workspace.host_path and not Path(workspace.host_path).is_dir():
        problems.append(
            _problem(
                prepared,
                ("sandbox", "workspace", "host_path"),
                f"{workspace.host_path} is not a directory on this machine",
            )
        )
    for number, mount in enumerate(config.mounts):
        if mount.kind == "bind" and not Path(mount.source).exists():
            problems.append(
                _problem(prepared, ("sandbox", "mounts", number, "source"), f"{mount.source} does not exist")
            )
    where: Path_ = ("sandbox", "image") if declared is not None else ("tools",)
    needs = Needs(docker=True)
    docker = check_docker(needs)
    image = (
        docker if docker.status != "ok" else check_sandbox_image(needs, declared.image if declared else None)
    )
    if image.status != "ok":
        problems.append(
            _problem(
                prepared,
                where,
                f"a tool runs in the sandbox, but {image.name}: {image.detail} (fix: {image.fix})",
            )
        )
    return problems
