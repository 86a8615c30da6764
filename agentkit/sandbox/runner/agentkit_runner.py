"""agentkit's in-container runner (stdlib only; this directory is copied to /opt/agentkit/runner).

Two modes:

``agentkit_runner.py init``
    PID 1 of the sandbox container: reaps orphaned processes and exits on SIGTERM. Its stdout and
    stderr (the container's log) are /dev/null, and it is non-dumpable, so sandboxed code can neither
    write the host's log through ``/proc/1/fd/1`` nor ptrace it.

``agentkit_runner.py serve``
    Started by the host once per sandbox with ``docker exec -i``. Reads requests from stdin and writes
    replies to stdout, one JSON object per line (stderr carries the runner's own diagnostics only).

Protocol (version 2). Before anything else the runner makes itself non-dumpable (same-uid processes can
no longer open ``/proc/<runner>/fd``, read its memory or ptrace it) and kills every other process of
its uid but PID 1 (one that opened the runner's descriptors in the instant before could keep them),
then writes ``{"event": "hello", "protocol": 2, "pid": ..., ...}``. The host answers with
``{"op": "key", "key": <hex>}``: a per-channel secret that exists only in the two processes' memory
(never argv or environ; call workers wipe their copy). From then on every line the runner writes is
``<hmac-sha256 hex> <json>``, the MAC taken over the line's sequence number (0, 1, ...) and the JSON,
so a line injected, replayed, reordered or dropped by anyone else is detected by the host.
Each request carries an ``id`` chosen by the host (any JSON scalar) and an ``op``; the runner answers
each request exactly once with ``{"id": ..., "ok": true, "result": {...}}`` or
``{"id": ..., "ok": false, "error": {"type": ..., "message": ...}}``, in completion order (requests run
concurrently). Streaming ``exec`` may also emit ``{"id": ..., "event": "output", "stream": "stdout",
"data": <base64>}`` before its answer. Binary payloads are base64.

- ``ping`` -> ``{"pid": ...}``
- ``exec`` {argv, env?, cwd?, stdin? (b64), timeout?, max_output, stream?} -> {exit_code, stdout, stderr
  (b64, head and tail kept when over ``max_output``), stdout_truncated, stderr_truncated, duration_s,
  timed_out, oom_killed}. The command runs in a new session; a timeout kills its process group and every
  process that inherited the job's marker (``AGENTKIT_JOB``), so detached grandchildren die too.
- ``call`` {module, function, arguments, timeout?, max_output} -> {call: {ok, value | error}, stdout,
  stderr, duration_s, timed_out, oom_killed, exit_code}: ``module.function(**arguments)`` in a forked
  child; modules installed with ``install_module`` are importable there.
- ``install_module`` {name, source} -> {}: keeps the source in memory (checked for syntax errors now).
- ``cancel`` {target} -> {found}: kills a running exec or call.
- ``read_file`` {path, max_bytes} -> {data}; ``write_file`` {path, data, max_bytes} -> {size};
  ``put_archive`` {path, data, max_bytes} -> {members}; ``get_archive`` {path, max_bytes} -> {data}.
  Paths are confined to the workspace: errors ``PathEscape``, ``FileTooLarge``, ``NotFound``.

Every process a request started is killed when it ends (its session, its marker, and any process in a
session nobody accounts for), unless ``exec`` was given ``background: true`` (then at the runner's end).
"""

from __future__ import annotations

import os
import signal
import sys

RUNNER_DIR = os.path.dirname(os.path.abspath(__file__))


def make_non_dumpable() -> None:
    """PR_SET_DUMPABLE 0: /proc/<pid>/{fd,mem,environ} become root's, and ptrace is refused."""
    import ctypes

    if ctypes.CDLL(None, use_errno=True).prctl(4, 0, 0, 0, 0) != 0:  # PR_SET_DUMPABLE
        raise OSError(ctypes.get_errno(), "prctl(PR_SET_DUMPABLE, 0) failed")


def init_main() -> int:
    """PID 1: reap every child that is re-parented to us; leave cleanly on SIGTERM/SIGINT."""
    make_non_dumpable()
    devnull = os.open(os.devnull, os.O_RDWR)
    for fd in (0, 1, 2):
        os.dup2(devnull, fd)

    def stop(signum: int, frame: object) -> None:
        os._exit(0)

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    # Block SIGCHLD and wait for it synchronously: no window where a child's exit goes unnoticed.
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGCHLD})
    while True:
        try:
            while os.waitpid(-1, os.WNOHANG)[0] > 0:
                pass
        except ChildProcessError:
            pass
        signal.sigtimedwait({signal.SIGCHLD}, 60.0)


def serve_main() -> int:
    make_non_dumpable()  # first: every instant before this, same-uid code could open our descriptors
    sys.path.insert(0, RUNNER_DIR)
    import akr_server

    return int(akr_server.Server(RUNNER_DIR).run())


def main(argv: list[str]) -> int:
    mode = argv[1] if len(argv) > 1 else "serve"
    if mode == "init":
        return init_main()
    if mode == "serve":
        return serve_main()
    sys.stderr.write(f"agentkit_runner: unknown mode {mode!r} (expected 'init' or 'serve')\n")
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
