"""The in-container runner: stdlib-only modules copied into the sandbox image at /opt/agentkit/runner.

They are not imported on the host; the host only ships them (see agentkit.sandbox.image) and speaks their
line-delimited JSON protocol (see agentkit_runner.py for the message shapes).
"""
