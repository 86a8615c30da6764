"""The runner's sweep (what a finished job left behind is killed) spares the runner's own fresh children.

A call worker is forked and only then moves into a session of its own; on a loaded machine a sweep can
run in between. The sweep must keep the runner's own session (only its children are there) while still
killing a stray in a session nobody accounts for. Run in a bare container of the sandbox image, with a
stand-in "runner" process, so the real sweep meets both kinds of process.
"""

from __future__ import annotations

import json
import textwrap

import pytest

from agentkit.sandbox.image import RUNNER_IN_IMAGE, default_image

pytestmark = pytest.mark.docker

SCRIPT = textwrap.dedent(
    f"""
    import json, os, sys, time
    sys.path.insert(0, {RUNNER_IN_IMAGE!r})
    import akr_jobs

    def child(new_session):
        pid = os.fork()
        if pid == 0:
            if new_session:
                os.setsid()
            time.sleep(30)
            os._exit(0)
        return pid

    def alive(pid):
        done, _ = os.waitpid(pid, os.WNOHANG)
        return done == 0

    runner = os.fork()
    if runner == 0:  # the stand-in runner: a session of its own, not started by the host
        os.setsid()
        fresh = child(new_session=False)  # forked, not yet in its own session
        stray = child(new_session=True)   # escaped into a session nobody accounts for
        time.sleep(0.3)
        akr_jobs.sweep(set())
        time.sleep(0.3)
        print(json.dumps({{"fresh": alive(fresh), "stray": alive(stray)}}), flush=True)
        os._exit(0)
    os.waitpid(runner, 0)
    """
)


def test_a_sweep_keeps_the_runners_fresh_child_and_kills_a_stray() -> None:
    docker = pytest.importorskip("docker")
    client = docker.from_env()
    output = client.containers.run(
        default_image(),
        ["python3", "-I", "-S", "-c", SCRIPT],
        remove=True,
        network_disabled=True,
        user="65534:65534",
        cap_drop=["ALL"],
    )
    assert json.loads(output.decode().strip().splitlines()[-1]) == {"fresh": True, "stray": False}
