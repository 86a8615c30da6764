"""Everything that runs inside the sandbox container, and nothing else (standard library only).

This package is the one place for in-container code. The sandbox image gets all of it, copied to
/opt/agentkit/runner (see agentkit.sandbox.image), and the image tag is a hash of exactly these files,
so changing any of them means a new image. The host never imports the server modules; it reads the
sources it installs into a sandbox from here.

- ``agentkit_runner.py`` and ``akr_*.py``: the runner (PID 1 and the request server; the line-delimited
  JSON protocol is documented at the top of agentkit_runner.py).
- ``shipped/``: modules the host installs with ``install_module`` for each sandboxed user tool: the
  ``agentkit`` and ``typing_extensions`` stand-ins and the structured-argument adapter
  (see agentkit.tool.shipping).
- ``tools/``: the built-in tools' implementation (files, search, edit, patch, python), installed as
  ``agentkit_tools.impl`` and called through ``call_python`` (see agentkit_tools.shipping).

Rules for every file here: import only the standard library (and this package, relatively or by the
runner's own flat names), because the image's Python has nothing else.
"""
