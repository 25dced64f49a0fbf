"""Entry point for `mij`, `mi-journal` and `python -m mi_journal`.

`--version` is answered before anything else is imported, so the most
frequent scripted call stays as light as the interpreter itself.
"""

from __future__ import annotations

import sys


def main() -> None:
    if sys.argv[1:] in (["--version"], ["-V"]):
        from mi_journal import __version__

        sys.stdout.write(f"mi-journal {__version__}\n")
        return
    if sys.argv[1:2] in (["list"], ["search"]):
        # Plain `mij list` / `mij search` run without loading Typer (see journal_view).
        from mi_journal.cli.journal_view import try_fast

        code = try_fast(sys.argv[1:])
        if code is not None:
            sys.exit(code)
    from mi_journal.cli.app import run

    run()


if __name__ == "__main__":
    main()
