"""Plain TOML files on disk are the truth; this package reads and writes them.

It knows nothing about prompts, packs or the terminal.
"""
