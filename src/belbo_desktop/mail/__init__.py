"""Sending email: SMTP when configured, otherwise a local outbox folder the app shows."""
