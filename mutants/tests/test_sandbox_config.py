"""SandboxConfig: the hardened defaults, size parsing, and refusals with messages that name the problem.
No Docker needed: these check the model and the HostConfig it turns into."""

from __future__ import annotations

import re

import pytest
import yaml
from pydantic import ValidationError

from agentkit.sandbox.config import SandboxConfig, parse_size
from agentkit.sandbox.docker import host_config_kwargs
from agentkit.sandbox.image import build_context, default_image, runner_digest, runner_files


@pytest.mark.parametrize(
    ("text", "size"),
    [
        ("512m", 512 << 20),
        ("1g", 1 << 30),
        ("64KiB", 64 << 10),
        ("1.5g", 3 << 29),
        ("100", 100),
        (4096, 4096),
    ],
)
def test_sizes_read_like_docker(text: object, size: int) -> None:
    assert parse_size(text) == size


@pytest.mark.parametrize("bad", ["", "12x", "-5m", "m", 0, -1, True, 1.5])
def test_bad_sizes_are_refused_with_the_value(bad: object) -> None:
    with pytest.raises(ValueError, match="size"):
        parse_size(bad)


def test_defaults_are_the_hardened_profile() -> None:
    config = SandboxConfig()
    assert config.network == "none"
    assert config.read_only_root is True
    assert config.user == "1000:1000"
    assert config.workspace.kind == "volume"
    assert config.image == default_image()
    kwargs = host_config_kwargs(config)
    assert kwargs["network_mode"] == "none"
    assert kwargs["read_only"] is True
    assert kwargs["cap_drop"] == ["ALL"]
    assert kwargs["security_opt"] == ["no-new-privileges:true"]
    assert kwargs["privileged"] is False
    assert kwargs["pids_limit"] == 256
    assert kwargs["mem_limit"] == kwargs["memswap_limit"] == 512 << 20
    assert kwargs["nano_cpus"] == 1_000_000_000
    assert re.fullmatch(r"rw,nosuid,nodev,size=67108864,mode=1777", kwargs["tmpfs"]["/tmp"])
    assert [(m["Target"], m["Type"], m["ReadOnly"]) for m in kwargs["mounts"]] == [
        ("/workspace", "volume", False)
    ]


def test_a_task_yaml_section_loads_and_round_trips() -> None:
    section = yaml.safe_load(
        """
        network: bridge
        memory: 1g
        cpus: 2
        tmp_size: 128m
        workspace: {kind: tmpfs, size: 64m}
        mounts: [{source: /usr/share/dict, target: /data}]
        env: {LANG: C.UTF-8}
        timeout: 30
        """
    )
    config = SandboxConfig.model_validate(section)
    assert (config.memory, config.tmp_size, config.workspace.size) == (1 << 30, 128 << 20, 64 << 20)
    assert config.mounts[0].read_only is True  # extra mounts are read-only unless stated
    dumped = config.model_dump(mode="json")
    assert dumped["memory"] == "1g" and dumped["workspace"]["size"] == "64m"
    assert SandboxConfig.model_validate(dumped) == config
    kwargs = host_config_kwargs(config)
    assert kwargs["tmpfs"]["/workspace"].endswith("uid=1000,gid=1000")
    assert kwargs["mounts"][0]["Source"] == "/usr/share/dict" and kwargs["mounts"][0]["ReadOnly"] is True


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"user": "0:0"}, "never run as root"),
        ({"user": "root"}, "never run as root"),
        ({"network": "host"}, "network"),
        ({"memory": "8m"}, "too small"),
        ({"cpus": 0}, "cpus"),
        ({"pids_limit": 2}, "pids_limit"),
        ({"mounts": [{"source": "/var/run/docker.sock", "target": "/s"}]}, "container-engine socket"),
        ({"mounts": [{"source": "relative/dir", "target": "/s"}]}, "absolute host path"),
        ({"mounts": [{"source": "/tmp", "target": "/workspace"}]}, "hide the workspace"),
        ({"workspace": {"kind": "bind"}}, "host_path"),
        ({"workspace": {"kind": "tmpfs", "host_path": "/x"}}, "only for kind 'bind'"),
        ({"workspace": {"path": "/tmp"}}, "workspace.path"),
        ({"labels": {"agentkit.owner.pid": "1"}}, "reserved"),
        ({"memroy": "1g"}, "memroy"),
    ],
)
def test_bad_configs_are_refused_saying_what_is_wrong(fields: dict[str, object], message: str) -> None:
    with pytest.raises(ValidationError, match=re.escape(message)):
        SandboxConfig.model_validate(fields)


def test_the_image_tag_follows_the_runner_source() -> None:
    files = runner_files()
    assert "agentkit_runner.py" in files and "akr_server.py" in files
    assert default_image() == f"agentkit-sandbox:{runner_digest()[:12]}"
    import tarfile
    from io import BytesIO

    with tarfile.open(fileobj=BytesIO(build_context("FROM scratch\n"))) as archive:
        names = archive.getnames()
    assert names[0] == "Dockerfile"
    assert sorted(names[1:]) == sorted(f"runner/{name}" for name in files)
