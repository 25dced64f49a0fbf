"""The `mij` application: command registration and the single exit path.

Commands live in one module each; this module wires them up and turns every
outcome into an exit code: 0 done, 1 a problem explained in one line, 2 a usage
mistake, 130 interrupted.
"""

from __future__ import annotations

import sys
from typing import Any

import typer
from typer.core import TyperGroup

from mi_journal import __version__
from mi_journal.cli import exits
from mi_journal.core.errors import MijError


class MijGroup(TyperGroup):
    """Runs the command and maps every outcome onto one exit path."""

    def main(  # type: ignore[override]
        self,
        args: Any = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        code = self._run(args, prog_name, complete_var, **extra)
        if standalone_mode:
            sys.exit(code)
        return code

    def _run(self, args: Any, prog_name: str | None, complete_var: str | None, **extra: Any) -> int:
        exits.tolerant_output()
        try:
            result = super().main(
                args=args,
                prog_name=prog_name or "mij",
                complete_var=complete_var,
                standalone_mode=False,
                **extra,
            )
        except MijError as exc:
            exits.print_error(exc.message)
            return exc.exit_code
        except typer.Exit as exc:
            return exc.exit_code
        except (typer.Abort, KeyboardInterrupt, EOFError):
            return exits.interrupted()
        except typer.TyperException as exc:
            exits.print_error(f"{exits.plain_usage(exc.format_message())} (see `mij --help`)")
            return int(getattr(exc, "exit_code", 2))
        except BrokenPipeError:
            return exits.reader_went_away()
        except Exception as exc:
            return exits.unexpected(exc)
        return result if isinstance(result, int) else 0


def _version_callback(value: bool) -> None:
    if value:
        typer.echo(f"mi-journal {__version__}")
        raise typer.Exit()


app = typer.Typer(
    cls=MijGroup,
    name="mij",
    help="mi-journal: a private, self-guided Motivational Interviewing journal.",
    no_args_is_help=False,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


@app.callback(invoke_without_command=True)
def home(
    ctx: typer.Context,
    version: bool = typer.Option(
        False, "--version", "-V", help="Show the version and exit.",
        callback=_version_callback, is_eager=True,
    ),
) -> None:
    """With no command: a welcome on first run, then the home screen."""
    if ctx.invoked_subcommand is None:
        from mi_journal.cli.home import show_home

        show_home()


def _register() -> None:
    from mi_journal.cli import cmd_basics, cmd_packs, cmd_trends

    cmd_basics.register(app)
    cmd_packs.register(app)
    cmd_trends.register(app)
    from mi_journal.cli import cmd_export

    cmd_export.register(app)
    from mi_journal.cli import cmd_goals

    cmd_goals.register(app)
    from mi_journal.cli import cmd_journal

    cmd_journal.register(app)
    from mi_journal.cli import cmd_interview

    cmd_interview.register(app)
    from mi_journal.cli import cmd_homework

    cmd_homework.register(app)
    from mi_journal.cli import cmd_doctor

    cmd_doctor.register(app)
    from mi_journal.cli import cmd_reflect

    cmd_reflect.register(app)


_register()


def run() -> None:
    app()
