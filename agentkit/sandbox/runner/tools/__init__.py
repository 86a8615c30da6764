"""The built-in tools' implementation, run inside the sandbox.

Standard-library-only Python, imported relatively within the package, so it works both under its
host name (``agentkit.sandbox.runner.tools``, where the unit tests run it) and in the sandbox, where it
is installed as ``agentkit_tools.impl`` and called through the runner. It must never import
``agentkit`` or any third-party package. The host-side wrappers that the model sees live in
``agentkit_tools.builtin``.

Every operation is confined to a workspace directory given by the caller. That confinement is a
guard rail that gives the model a clear error; the security boundary is the container itself.
"""
