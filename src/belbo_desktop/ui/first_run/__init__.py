"""A new PC's first start: join a Belbo Hub (with the first sync) or set up a new salon.

The login dialog offers these while the database has no staff; nothing here is shown
again once someone can log in, except the notice that a first sync is still unfinished.
"""
