"""Contributions: the lead sends items of a response to another agency as a file, the agency answers
them in its own database and returns a file, the lead merges the reply item by item (three-way).

Headless (no Qt): `fileformat` (the documents), `crypto` (the passphrase envelope), `merge` (the
three-way merge of values), `service` (requests, workspaces, replies and merges on a `Store`).
See docs/contributions.md.
"""
