"""Bringing entries in: our own JSON export, and jrnl's `--format json`.

Every import reads and validates the whole file first; if any part is wrong,
nothing is written and one line says where. Entries keep their ids; an id that
is already in the journal is skipped, so importing twice adds nothing.
"""
