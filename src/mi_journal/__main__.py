"""Entry point for `mij`, `mi-journal` and `python -m mi_journal`.

Every command line, `--version` too, goes through the one dispatcher
(cli/commands.py), which loads only the module of the command asked for and leaves
Typer out unless it is needed.
"""

from __future__ import annotations

import os
import sys


def main() -> None:
    # mi-journal uses no pydantic plugins; not looking for them saves start-up time.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    # Without the full parser when the command's own declarations settle the command line.
    from mi_journal.cli.commands import run

    code = run(sys.argv[1:])
    if code is None:
        from mi_journal.cli.app import run as run_full

        run_full()
        return
    sys.exit(code)


if __name__ == "__main__":
    main()
