"""The one error type the program raises on purpose.

Domain code raises `MijError` with a message written for the person; the CLI
prints it on one line to stderr and exits with `exit_code`.
"""

from __future__ import annotations


class MijError(Exception):
    """A problem the person can understand and act on."""

    exit_code = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class UsageProblem(MijError):
    """The command was called in a way that cannot work (exit 2)."""

    exit_code = 2


class DataFileError(MijError):
    """A file in the data folder could not be read; it is left untouched."""

    def __init__(self, path: object, detail: str) -> None:
        super().__init__(f"{path}: {detail}")
        self.path = path
        self.detail = detail


class NewerSchema(DataFileError):
    """The file was written by a newer mi-journal; it is left as it is, never rewritten."""


class FileRefused(MijError):
    """mi-journal will not read this file as it is (a link, not a regular file, too
    large); the message names the file first."""

    def __init__(self, path: object, message: str) -> None:
        super().__init__(message)
        self.path = path


class FileTooLarge(FileRefused):
    """The file is larger than mi-journal reads."""
