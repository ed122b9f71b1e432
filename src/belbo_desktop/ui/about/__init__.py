"""Einstellungen > Über: version, data folder, database revision, log folder."""
