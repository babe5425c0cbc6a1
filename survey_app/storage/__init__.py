"""Local storage: one SQLite file per database, written through `Store` only."""
