"""agentkit's in-container runner (stdlib only; this directory is copied to /opt/agentkit/runner).

Two modes:

``agentkit_runner.py init``
    PID 1 of the sandbox container: reaps orphaned processes and exits on SIGTERM.

``agentkit_runner.py serve``
    Started by the host once per sandbox with ``docker exec -i``. Reads requests from stdin and writes
    replies to stdout, one JSON object per line (stderr carries the runner's own diagnostics only).

Protocol (version 1). On start the runner writes ``{"event": "hello", "protocol": 1, "pid": ..., ...}``.
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
"""

from __future__ import annotations

import os
import signal
import sys

RUNNER_DIR = os.path.dirname(os.path.abspath(__file__))


def init_main() -> int:
    """PID 1: reap every child that is re-parented to us; leave cleanly on SIGTERM/SIGINT."""

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
