"""Entry point for `mij`, `mi-journal` and `python -m mi_journal`.

`--version` is answered before anything else is imported, and a plain
`mij note WORDS...` skips building the command-line parser: both are frequent,
and a journal you can jot into instantly is one you keep using.
"""

from __future__ import annotations

import os
import sys


def main() -> None:
    if sys.argv[1:] in (["--version"], ["-V"]):
        from mi_journal import __version__

        sys.stdout.write(f"mi-journal {__version__}\n")
        return
    # mi-journal uses no pydantic plugins; not looking for them saves start-up time.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    words = None
    if sys.argv[1:2] == ["note"]:
        from mi_journal.cli.note import quick_note_words

        words = quick_note_words(sys.argv[1:])
    if words is not None:
        from mi_journal.cli.exits import run_guarded
        from mi_journal.cli.note import save_note

        sys.exit(run_guarded(lambda: save_note(words, [])))
    if sys.argv[1:2] in (["list"], ["search"]):
        # Plain `mij list` / `mij search` run without loading Typer (see journal_view).
        from mi_journal.cli.journal_view import try_fast

        code = try_fast(sys.argv[1:])
        if code is not None:
            sys.exit(code)
    if sys.argv[1:2] == ["export"]:
        # A plain JSON `mij export` also runs without Typer (see cli/export_json).
        from mi_journal.cli.export_json import try_fast as try_fast_export

        code = try_fast_export(sys.argv[1:])
        if code is not None:
            sys.exit(code)
    from mi_journal.cli.app import run

    run()


if __name__ == "__main__":
    main()
