"""Sandboxes where tools run: the protocol (base.py), hardened Docker containers, the warm pool."""
