"""Use cases: each takes the acting staff member and plain values, checks rights,
runs one transaction, writes the audit log and returns plain dataclasses."""
