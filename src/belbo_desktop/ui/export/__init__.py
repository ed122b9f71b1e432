"""Kunden exportieren: wizard, export status, outbox viewer, mail settings."""
