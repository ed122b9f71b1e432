"""Belbo Desktop: point of sale and client records for salons and studios."""

__version__ = "0.1.0"
