"""The foundation every other part stands on: errors, paths, the shared vocabulary
(stages, entry kinds, limits), dates, text files and safe text. No pydantic, typer or rich here.
"""
