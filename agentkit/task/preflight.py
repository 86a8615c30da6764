"""What a dry run checks beyond the file itself: that this machine can run the task.

`preflight` looks at what the run would need first, without starting it: the sandbox's host paths and
image (and a Docker daemon to hold them) when a tool runs in the sandbox, and the engine's requirements
(a CUDA GPU and the right vLLM build for ``kind: vllm``). Each problem is located at the task line that
asked for the thing, so ``agentkit run --dry-run`` fails where the real run would, and says where.
"""

from __future__ import annotations

from pathlib import Path

from agentkit.task.build import PreparedTask, vllm_config
from agentkit.task.errors import Problem, field_name
from agentkit.task.schema import VLLMEngineSpec
from agentkit.task.yaml_source import Path_


def preflight(prepared: PreparedTask) -> list[Problem]:
    """The problems that would stop this task's run on this machine (empty when none)."""
    problems = _engine_problems(prepared)
    if prepared.needs_sandbox:
        problems += _sandbox_problems(prepared)
    return problems


def _problem(prepared: PreparedTask, where: Path_, message: str) -> Problem:
    return Problem(prepared.task.mark(*where), field_name(where), message)


def _engine_problems(prepared: PreparedTask) -> list[Problem]:
    spec = prepared.task.spec.engine
    if not isinstance(spec, VLLMEngineSpec):
        return []
    from agentkit.engines.base import EngineUnavailable
    from agentkit.engines.vllm import check_vllm_available

    try:
        check_vllm_available(vllm_config(prepared.task, spec))
    except EngineUnavailable as exc:
        where: Path_ = ("engine", "device") if "device" in spec.model_fields_set else ("engine", "kind")
        return [_problem(prepared, where, f"this machine cannot run it: {exc}")]
    return []


def _sandbox_problems(prepared: PreparedTask) -> list[Problem]:
    from agentkit.sandbox.config import SandboxConfig

    config = prepared.task.spec.sandbox or SandboxConfig()
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
    problems += _image_problems(prepared, config.image)
    return problems


def _image_problems(prepared: PreparedTask, image: str) -> list[Problem]:
    from agentkit.sandbox.client import DockerUnavailable, connect_docker

    where: Path_ = ("sandbox", "image") if prepared.task.spec.sandbox is not None else ("tools",)
    try:
        client = connect_docker()
    except DockerUnavailable as exc:
        return [_problem(prepared, where, f"a tool runs in the sandbox, but {exc}")]
    import docker.errors

    try:
        client.images.get(image)
    except docker.errors.ImageNotFound:
        from agentkit.sandbox.image import default_image

        fix = "`agentkit sandbox build` builds it" if image == default_image() else f"`docker pull {image}`"
        return [_problem(prepared, where, f"the sandbox image {image} is not on this machine: {fix}")]
    except docker.errors.APIError as exc:
        return [_problem(prepared, where, f"cannot look up the sandbox image {image}: {exc}")]
    return []
