"""Writing the journal out: complete JSON, Markdown to read, and one HTML report.

`selection.py` picks the entries (the one place that reads them); each format
module turns entries and goals into text and never touches the disk.
"""
