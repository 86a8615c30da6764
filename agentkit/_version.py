"""The package version (a module of its own, so the loop can name it without importing the package facade)."""

__version__ = "0.1.0"
