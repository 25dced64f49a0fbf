"""The error a pack file that cannot be used raises (standard library only, so code
that only reports pack problems loads no pack model)."""

from __future__ import annotations

from mi_journal.core.errors import MijError


class PackError(MijError):
    """`kind` says what went wrong: file, syntax, schema or reference."""

    def __init__(
        self, source: str, detail: str, prompt_id: str | None = None, kind: str = "file"
    ) -> None:
        super().__init__(f"{source}: {detail}")
        self.source = source
        self.detail = detail
        self.prompt_id = prompt_id
        self.kind = kind
