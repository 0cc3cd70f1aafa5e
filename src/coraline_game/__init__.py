"""Coraline: The Other World."""

__version__ = "0.1.0"
