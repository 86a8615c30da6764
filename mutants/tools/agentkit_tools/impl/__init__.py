"""The tool implementations that run inside the sandbox.

Everything under ``agentkit_tools.impl`` is standard-library-only Python: it is shipped into the
sandbox image (Debian's python3, nothing else installed) and called there through the sandbox runner.
It must never import ``agentkit`` or any third-party package. The host-side wrappers that the model
sees live in ``agentkit_tools.builtin``.

Every operation is confined to a workspace directory given by the caller. That confinement is a
guard rail that gives the model a clear error; the security boundary is the container itself.
"""
