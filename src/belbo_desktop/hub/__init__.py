"""Belbo Hub: the shared truth for every PC of a business (FastAPI on uvicorn).

The hub runs the same models and migrations as the desktop (one schema, two
deployments), receives pushed changes, merges them and hands them out by cursor.
"""
