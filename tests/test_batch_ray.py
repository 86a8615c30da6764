"""The Ray scale-out on a real two-node Ray cluster on this machine (ray.cluster_utils), pinned to
127.0.0.1, with token authentication on: one worker per node, replay engines, real sandboxes."""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from test_batch import collect, sandbox_task, shell_call

from agentkit.agent.trajectory import read_trajectory
from agentkit.batch import BatchOptions

# Set before ray is imported: ray reads its configuration (the auth mode) once, at import. Token
# authentication is what Ray requires of a cluster; the token lives only in this process's environment,
# which the cluster's processes inherit. Ray finds "this node's address" from the route to the outside;
# on Linux the loopback switch makes it use 127.0.0.1, so head, second node and driver stay on loopback.
os.environ.setdefault("RAY_AUTH_MODE", "token")
os.environ.setdefault("RAY_AUTH_TOKEN", secrets.token_hex(16))
os.environ.setdefault("RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER", "0")

ray = pytest.importorskip("ray")


@pytest.fixture(scope="module")
def two_nodes() -> Iterator[Any]:
    from ray.cluster_utils import Cluster

    cluster = Cluster(
        initialize_head=True,
        head_node_args={"num_cpus": 1, "node_ip_address": "127.0.0.1", "include_dashboard": False},
    )
    try:
        cluster.add_node(num_cpus=1, node_ip_address="127.0.0.1")
        ray.init(address=cluster.address, _node_ip_address="127.0.0.1", log_to_driver=False)
        cluster.wait_for_nodes()
        yield cluster
    finally:
        ray.shutdown()
        cluster.shutdown()


@pytest.mark.docker
@pytest.mark.slow
def test_batch_across_two_nodes_returns_every_result(two_nodes: Any, tmp_path: Path) -> None:
    alive = [node["NodeID"] for node in ray.nodes() if node["Alive"]]
    assert len(alive) == 2
    tasks = tmp_path / "tasks"
    tasks.mkdir()
    count = 12
    for number in range(count):
        sandbox_task(
            tasks,
            f"t{number:02d}",
            [shell_call(f"echo node-run-{number}"), f"Ran {number}.<turn|>"],
        )
    out = tmp_path / "out"

    records = collect(
        tasks, out_dir=out, options=BatchOptions(max_runs=2, max_sandboxes=2, warm_sandboxes=1), ray=True
    )

    assert sorted(record.key for record in records) == [f"t{n:02d}" for n in range(count)]
    for record in records:
        number = int(record.key[1:])
        assert record.status == "succeeded", record.error
        assert record.output == f"Ran {number}."
        # The trajectory came back to the driver's folder, with the sandbox's real output in it.
        trajectory = out / f"trajectories/{record.key}.jsonl"
        assert record.trajectory == f"trajectories/{record.key}.jsonl"
        results = [e for e in read_trajectory(trajectory).events if e.type == "tool_result"]
        assert f"node-run-{number}" in results[0].model_dump_json()
    assert {record.node for record in records} == set(alive)  # both nodes ran tasks
    assert len((out / "results.jsonl").read_text().splitlines()) == count


@pytest.mark.slow
def test_cli_ray_flag_connects_to_the_cluster(two_nodes: Any, tmp_path: Path) -> None:
    import json

    from cli_helpers import agentkit, write_task

    tasks = tmp_path / "tasks"
    tasks.mkdir()
    for number in range(4):
        write_task(
            tasks,
            "version: 1\nengine: {kind: replay, outputs: ['Fine.<turn|>']}\nmodel: {tokenizer: '{tokenizer}'}\n"
            "prompt: How are you?\n",
            name=f"q{number}.yaml",
        )
    out = tmp_path / "out"
    # The bare flag: the cluster named by RAY_ADDRESS (the token and loopback settings are inherited).
    done = agentkit(
        "batch", tasks, "--out", out, "--ray", env={"RAY_ADDRESS": two_nodes.address}, timeout=300
    )
    assert done.returncode == 0, done.stderr
    lines = [json.loads(line) for line in (out / "results.jsonl").read_text().splitlines()]
    assert sorted(line["key"] for line in lines) == ["q0", "q1", "q2", "q3"]
    assert all(line["status"] == "succeeded" and line["node"] for line in lines)
