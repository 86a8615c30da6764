"""The sandbox image: its tag (a hash of the runner), and the step that layers the runner onto a base.

A base image is a Debian or Python image with python3 and the unprivileged user 1000:1000: the offline
builder (sandboxes/build-offline.sh) makes one with debootstrap, and sandboxes/Dockerfile is the
registry alternative. The runner layer is a COPY plus settings (no RUN), built through the Docker API
from an in-memory context, so it needs no registry and takes about a second.

    python -m agentkit.sandbox.image [--base IMAGE] [--dockerfile PATH] [--force]
"""

from __future__ import annotations

import argparse
import functools
import hashlib
import io
import sys
import tarfile
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from agentkit.sandbox.base import SandboxError

if TYPE_CHECKING:
    import docker

IMAGE_REPOSITORY = "agentkit-sandbox"
BASE_REPOSITORY = "agentkit-sandbox-base"
RUNNER_DIR = Path(__file__).resolve().parent / "runner"
RUNNER_IN_IMAGE = "/opt/agentkit/runner"
RUNNER_SCRIPT = f"{RUNNER_IN_IMAGE}/agentkit_runner.py"
LABEL_ROLE = "agentkit.sandbox.role"
LABEL_DIGEST = "agentkit.sandbox.runner-digest"
LABEL_BASE_ID = "agentkit.sandbox.base-id"

# The runner layer. {base}, {digest} and {base_id} are filled in; the text is part of the digest.
LAYER_DOCKERFILE = """\
FROM {base}
COPY runner/ /opt/agentkit/runner/
USER 1000:1000
WORKDIR /workspace
ENV HOME=/tmp LANG=C.UTF-8 PYTHONDONTWRITEBYTECODE=1 AGENTKIT_WORKSPACE=/workspace
LABEL agentkit.sandbox.role=sandbox agentkit.sandbox.runner-digest={digest} agentkit.sandbox.base-id={base_id}
CMD ["python3", "-I", "-S", "/opt/agentkit/runner/agentkit_runner.py", "init"]
"""


class ImageError(SandboxError):
    """The sandbox image is missing or could not be built; the message says what to run."""


def runner_files() -> dict[str, bytes]:
    """Every file of the in-container package agentkit/sandbox/runner, by its '/'-separated path there.

    This is exactly what the image gets under /opt/agentkit/runner and exactly what the tag hashes:
    the whole package (the runner, the stand-ins shipped beside user tools, the built-in tools'
    implementation), so no in-container code can change without the tag changing. Bytecode caches
    are the only files left out.
    """
    return {
        path.relative_to(RUNNER_DIR).as_posix(): path.read_bytes()
        for path in sorted(RUNNER_DIR.rglob("*"))
        if path.is_file()
        and "__pycache__" not in path.relative_to(RUNNER_DIR).parts
        and path.suffix != ".pyc"
    }


@functools.cache
def runner_digest() -> str:
    digest = hashlib.sha256(LAYER_DOCKERFILE.encode())
    for name, content in runner_files().items():
        digest.update(b"\0" + name.encode() + b"\0" + hashlib.sha256(content).digest())
    return digest.hexdigest()


def default_image() -> str:
    """``agentkit-sandbox:<runner hash>``: a changed runner means a new tag, hence a rebuild."""
    return f"{IMAGE_REPOSITORY}:{runner_digest()[:12]}"


def build_context(dockerfile: str) -> bytes:
    """A tar build context: the Dockerfile and the runner package under runner/ (nothing else from the host)."""
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w") as archive:
        entries = {"Dockerfile": dockerfile.encode(), **{f"runner/{n}": c for n, c in runner_files().items()}}
        for name, content in entries.items():
            info = tarfile.TarInfo(name)
            info.size = len(content)
            info.mode = 0o644
            info.mtime = 0
            archive.addfile(info, io.BytesIO(content))
    return buffer.getvalue()


def _image_or_none(client: docker.DockerClient, name: str) -> dict[str, Any] | None:
    import docker.errors

    try:
        return client.api.inspect_image(name)  # type: ignore[no-any-return]
    except docker.errors.ImageNotFound:
        return None


def find_base_image(client: docker.DockerClient) -> str | None:
    """The newest local image labelled as an agentkit base (made by sandboxes/build-offline.sh)."""
    images = client.api.images(filters={"label": f"{LABEL_ROLE}=base"})
    tagged = [(image["Created"], tag) for image in images for tag in image.get("RepoTags") or []]
    tagged = [(created, tag) for created, tag in tagged if tag != "<none>:<none>"]
    return max(tagged)[1] if tagged else None


def _build(client: docker.DockerClient, dockerfile: str, tag: str) -> None:
    import docker.errors

    context = build_context(dockerfile)
    log: list[str] = []
    try:
        stream = client.api.build(
            fileobj=io.BytesIO(context), custom_context=True, tag=tag, rm=True, forcerm=True, decode=True
        )
        for chunk in stream:
            if "error" in chunk:
                raise ImageError(f"building {tag} failed: {chunk['error'].strip()}\n{''.join(log[-20:])}")
            if "stream" in chunk:
                log.append(chunk["stream"])
    except docker.errors.APIError as exc:
        raise ImageError(f"building {tag} failed: {exc.explanation or exc}") from exc


def build_image(
    client: docker.DockerClient,
    *,
    base: str | None = None,
    dockerfile: str | Path | None = None,
    force: bool = False,
) -> str:
    """Make sure ``default_image()`` exists and return it.

    With ``dockerfile`` (e.g. sandboxes/Dockerfile, needs a registry for its FROM) that file is built with
    the runner as context. Otherwise the runner is layered onto ``base`` (default: the newest local
    agentkit base image); an existing image built from the same base is reused unless ``force``.
    """
    tag = default_image()
    existing = _image_or_none(client, tag)
    if dockerfile is not None:
        if existing is None or force:
            _build(client, Path(dockerfile).read_text(), tag)
        return tag
    base = base or find_base_image(client)
    if base is None:
        if existing is not None and not force:
            return tag
        raise ImageError(
            f"no sandbox image {tag} and no base image to build it from. Offline: run "
            "sandboxes/build-offline.sh (debootstrap). With a registry: `agentkit sandbox build "
            "--dockerfile sandboxes/Dockerfile`."
        )
    base_info = _image_or_none(client, base)
    if base_info is None:
        raise ImageError(f"base image {base!r} not found locally")
    base_id = base_info["Id"]
    labels = ((existing or {}).get("Config") or {}).get("Labels") or {}
    if existing is not None and not force and labels.get(LABEL_BASE_ID) == base_id:
        return tag
    _build(client, LAYER_DOCKERFILE.format(base=base, digest=runner_digest(), base_id=base_id), tag)
    return tag


def prune_images(client: docker.DockerClient) -> list[str]:
    """Remove agentkit sandbox images other than the current one and its base; returns the tags removed.

    An image still used by a container is kept (Docker refuses, and so do we).
    """
    import docker.errors

    current = default_image()
    current_info = _image_or_none(client, current)
    labels = ((current_info or {}).get("Config") or {}).get("Labels") or {}
    keep_ids = {labels.get(LABEL_BASE_ID)} if current_info else set()
    removed = []
    for repository in (IMAGE_REPOSITORY, BASE_REPOSITORY):
        for image in client.api.images(name=repository):
            if image["Id"] in keep_ids:
                continue
            for tag in image.get("RepoTags") or []:
                if tag == current or not tag.startswith(repository + ":"):
                    continue
                try:
                    client.api.remove_image(tag)
                except docker.errors.APIError:
                    continue  # in use by a container, or already gone
                removed.append(tag)
    return removed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m agentkit.sandbox.image", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--base", help="base image to layer the runner onto (default: newest agentkit base)")
    parser.add_argument("--dockerfile", help="build this Dockerfile (context: the runner) instead")
    parser.add_argument("--force", action="store_true", help="rebuild even if the image exists")
    parser.add_argument("--tag", action="store_true", help="only print the image tag")
    args = parser.parse_args(argv)
    if args.tag:
        print(default_image())
        return 0
    from agentkit.sandbox.client import connect_docker

    started = time.monotonic()
    try:
        tag = build_image(connect_docker(), base=args.base, dockerfile=args.dockerfile, force=args.force)
    except ImageError as exc:
        print(f"agentkit sandbox image: {exc}", file=sys.stderr)
        return 1
    print(f"agentkit sandbox image: {tag} ready in {time.monotonic() - started:.1f}s", file=sys.stderr)
    print(tag)
    return 0


if __name__ == "__main__":
    sys.exit(main())
