"""The journal's entries: writing notes (`notes`), tags, edits and deletion
(`changes`), choosing entries (`filters`) and checking the data folder (`doctor`).
"""
