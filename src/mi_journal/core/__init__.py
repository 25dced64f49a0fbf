"""The foundation every other part stands on: errors, paths, limits, dates, text files
and safe text. No pydantic, typer or rich here.
"""
