"""How every outcome becomes an exit code and at most one line on stderr.

Shared by the Typer application and the quick-note path, so both behave the
same: 0 done, 1 a problem explained in one line, 2 a usage mistake, 130
interrupted. No traceback unless MIJ_DEBUG=1, and never with local variables.
Imports nothing heavy, so the quick path stays quick.
"""

from __future__ import annotations

import contextlib
import os
import re
import sys
from collections.abc import Callable

from mi_journal.core.errors import MijError


def print_error(message: str) -> None:
    from mi_journal.core.textsafe import inert

    first_line = inert(" ".join(message.split()))
    sys.stderr.write("\n".join(_fitted(f"mij: {first_line}")) + "\n")
    sys.stderr.flush()


def _fitted(line: str) -> list[str]:
    """On a terminal, the one line wrapped between words to its width (hanging under
    the text); to a file or program, whole."""
    try:
        if not sys.stderr.isatty():
            return [line]
        width = os.get_terminal_size(sys.stderr.fileno()).columns
    except (AttributeError, OSError, ValueError):
        return [line]
    from mi_journal.cli.wrap import wrap

    return wrap(line, width, hang=5)


def tolerant_output() -> None:
    """A terminal that cannot show a character gets an escape like \\u2728, not a crash."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(Exception):
                reconfigure(errors="backslashreplace")


def debug() -> bool:
    return os.environ.get("MIJ_DEBUG") == "1"


def interrupted() -> int:
    sys.stderr.write("\n")
    return 130


def reader_went_away() -> int:
    """The reader (a pager or `head`) went away; nothing to report."""
    with contextlib.suppress(OSError):
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115
    return 0


def _exception_text(exc: BaseException) -> str:
    """The exception's message, minus what could be journal text: pydantic puts the
    rejected input (`input_value=...`) in its message, so only fields and reasons are kept."""
    errors = getattr(exc, "errors", None)
    if type(exc).__name__ == "ValidationError" and callable(errors):
        try:
            items = errors(include_url=False, include_input=False)
            return "; ".join(f"{'.'.join(str(p) for p in item['loc'])}: {item['msg']}"
                             for item in items)
        except Exception:
            return "(details left out)"
    return str(exc)


def print_debug_traceback(exc: BaseException) -> None:
    """Frames (file, line, function, source line) and messages; never local variables."""
    import traceback

    from mi_journal.core.textsafe import inert

    chain: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and current not in chain:
        chain.append(current)
        current = current.__cause__ or (
            None if current.__suppress_context__ else current.__context__)
    for item in reversed(chain):
        frames = "".join(traceback.format_tb(item.__traceback__))
        sys.stderr.write("Traceback (most recent call last):\n" + inert(frames))
        sys.stderr.write(inert(f"{type(item).__qualname__}: {_exception_text(item)}") + "\n")
    sys.stderr.flush()


def os_problem(exc: OSError) -> int:
    """A file, folder or the output could not be used: one plain line, exit 1.

    The file is named when the operating system said which; an error with no file
    name comes from writing the output (mi-journal's own file writes name their
    file), e.g. `mij list > /dev/full`.
    """
    from mi_journal.messages.common import os_problem_line
    from mi_journal.storage.files import os_error_reason

    with contextlib.suppress(OSError):  # stderr itself may be what cannot be written
        if debug():
            print_debug_traceback(exc)
        name = exc.filename
        where = os.fsdecode(name) if isinstance(name, (str, bytes, os.PathLike)) else (
            None if name is None else str(name))
        print_error(os_problem_line(where, os_error_reason(exc)))
    return 1


def unexpected(exc: BaseException) -> int:
    """Anything not mapped earlier. An OSError gets its own plain line (`os_problem`);
    the rest a short apology naming the exception type."""
    from mi_journal.messages.common import UNEXPECTED

    if isinstance(exc, OSError):
        return os_problem(exc)
    if debug():
        print_debug_traceback(exc)
    print_error(f"{UNEXPECTED} ({type(exc).__name__})")
    return 1


def run_guarded(action: Callable[[], int | None]) -> int:
    """Run `action` with the one outcome mapping of every `mij` command, whether it
    runs through Typer (cli/app.py) or without it (cli/commands.py)."""
    tolerant_output()
    try:
        code = action()
    except MijError as exc:
        print_error(exc.message)
        return exc.exit_code
    except (KeyboardInterrupt, EOFError):
        return interrupted()
    except BrokenPipeError:
        return reader_went_away()
    except OSError as exc:
        return os_problem(exc)
    except Exception as exc:
        parser_code = _parser_outcome(exc)
        return unexpected(exc) if parser_code is None else parser_code
    return code or 0


def _parser_outcome(exc: Exception) -> int | None:
    """The exit code of the command-line parser's own exceptions (an exit asked for, an
    abort, a usage mistake); None for anything else. Typer can only have raised one
    if it is loaded, so it is not imported here."""
    typer = sys.modules.get("typer")
    if typer is None:
        return None
    if isinstance(exc, typer.Exit):
        return int(exc.exit_code)
    if isinstance(exc, typer.Abort):
        return interrupted()
    if isinstance(exc, typer.TyperException):
        from mi_journal.messages.common import as_error, see_help

        # The parser's own sentences ("No such command 'help'.", "Missing argument") start
        # in lower case after "mij: ", as ours do.
        said = as_error(plain_usage(exc.format_message()))
        print_error(f"{said} {see_help(_command_path(exc))}")
        return int(getattr(exc, "exit_code", 2))
    return None


def _command_path(exc: Exception) -> str:
    """The command the usage mistake was made in ("mij goals add"), so its own help is
    the one named: from the parser's context, or, for the mistakes it raises without
    one (an option missing its value), as cli/app.py read it from the command line;
    `mij` when neither can tell (an unknown command)."""
    context = getattr(exc, "ctx", None)
    path = getattr(context, "command_path", None) or getattr(exc, "command_path", None)
    return path if isinstance(path, str) and path.startswith("mij") else "mij"


# Typer checks option types with pydantic and passes on its wording; say it plainly.
_PLAIN_USAGE = (
    (re.compile(r"Input should be a valid integer, unable to parse string as an integer"),
     "this should be a whole number, like 10"),
    (re.compile(r"Input should be a valid integer(, [^()]*)?"), "this should be a whole number"),
    (re.compile(r"Input should be greater than or equal to (-?\d+)"), r"this should be \1 or more"),
    (re.compile(r"Input should be less than or equal to (-?\d+)"), r"this should be \1 or less"),
    (re.compile(r"Input should be a valid boolean(, [^()]*)?"), "this should be yes or no"),
)


def plain_usage(message: str) -> str:
    """A usage error from the command-line parser, in plain words where we know them."""
    for pattern, plain in _PLAIN_USAGE:
        message = pattern.sub(plain, message)
    return message
