"""Sync in the app: the Synchronisation settings page and the status-bar controller."""
