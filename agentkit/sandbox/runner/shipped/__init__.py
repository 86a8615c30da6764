"""Modules the host installs into a sandbox for each sandboxed user tool (see agentkit.tool.shipping).

The host reads these files as text and sends them with ``install_module``; in the sandbox they get the
names the tool's code imports (``agentkit``, ``typing_extensions``, ``agentkit_user._arguments``).
"""
