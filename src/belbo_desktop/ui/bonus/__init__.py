"""Bonusprogramme: settings page, overview and the customer file tab."""
