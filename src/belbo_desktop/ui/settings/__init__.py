"""Einstellungen: the settings dialog and its pages (Picard-style load/validate/save)."""
