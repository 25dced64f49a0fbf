"""`mij doctor [--fix]`: look over the data folder and tidy what mi-journal left behind."""

from __future__ import annotations

from typing import TYPE_CHECKING

from mi_journal.cli.declare import Option

if TYPE_CHECKING:
    from mi_journal.cli.declare import Registry
    from mi_journal.journal.doctor import DoctorReport, Finding


def register(app: Registry) -> None:
    app.command(
        "doctor", short_help="Check your data folder: permissions, files, locks and index."
    )(doctor_command)


def doctor_command(
    fix: bool = Option(
        False, "--fix",
        help="Remove temporary files of interrupted saves and unused lock files, and "
        "rebuild the search index. Never touches a file that holds your writing.",
    ),
    as_json: bool = Option(False, "--json", help="Print the findings as JSON."),
) -> None:
    """Check your data folder: permissions, unreadable files, leftovers, locks, index."""
    from mi_journal.cli.render import print_json
    from mi_journal.core.errors import MijError
    from mi_journal.core.paths import get_paths
    from mi_journal.journal import doctor
    from mi_journal.messages import doctor as doctor_msg

    paths = get_paths(checked=False)
    report = doctor.fix(paths) if fix else doctor.check(paths)
    if as_json:
        print_json(_as_json(report))
    else:
        _print_report(report)
    if report.problems:
        raise MijError(doctor_msg.doctor_problem_count(len(report.problems)))


def _finding_json(finding: Finding) -> dict[str, object]:
    from mi_journal.storage.entries import spelled_path

    return {"kind": finding.kind, "path": str(spelled_path(finding.path)),
            "detail": finding.detail,
            "fixable": finding.fixable, "problem": finding.problem}


def _as_json(report: DoctorReport) -> dict[str, object]:
    return {
        "home": str(report.home),
        "exists": report.exists,
        "read": report.counts,
        "findings": [_finding_json(f) for f in report.findings],
        "fixed": [_finding_json(f) for f in report.fixed],
        "not_fixed": [_finding_json(f) for f in report.fix_failures],
    }


def _breakable(path: str, width: int | None, indent: int) -> str:
    """A path too long for a line, as pieces that each fill a line after `indent` and
    break only after a "/" (at 60 columns a long path ran past the edge and the terminal
    carried it on at column 0). Each piece is as long as the room allows, so two never
    share a line and the spaces between them become the line breaks."""
    import re

    room = None if width is None else width - indent
    if room is None or len(path) <= room:
        return path
    pieces: list[str] = []
    for part in re.findall(r"[^/]*/|[^/]+$", path):
        if pieces and len(pieces[-1]) + len(part) <= room:
            pieces[-1] += part
        else:
            pieces.append(part)
    return " ".join(pieces)


def _print_report(report: DoctorReport) -> None:
    from mi_journal.cli.render import print_plain, terminal_width
    from mi_journal.messages import doctor as doctor_msg
    from mi_journal.storage.entries import spelled_path

    if not report.exists:
        print_plain(doctor_msg.DOCTOR_NO_FOLDER.replace("{home}", str(report.home)))
        return
    width = terminal_width()
    print_plain(f"{doctor_msg.DOCTOR_CHECKED} {_breakable(str(report.home), width, 2)}", hang=2)
    if report.counts:
        read = "; ".join(name if name.endswith(" file") else f"{name}: {count}"
                         for name, count in report.counts.items())
        print_plain(f"{doctor_msg.DOCTOR_READ_FINE} {read}",
                    hang=len(doctor_msg.DOCTOR_READ_FINE) + 1)
    problems = report.problems
    tidy = [f for f in report.findings if f.fixable and not f.problem]
    notes = [f for f in report.findings if not f.fixable and not f.problem]
    for heading, items in ((doctor_msg.DOCTOR_FIXED, report.fixed),
                           (doctor_msg.DOCTOR_NOT_FIXED, report.fix_failures),
                           (doctor_msg.DOCTOR_PROBLEMS, problems),
                           (doctor_msg.DOCTOR_TIDY, tidy),
                           (doctor_msg.DOCTOR_NOTES, notes)):
        if not items:
            continue
        print_plain("")
        print_plain(heading)
        for finding in items:
            where = spelled_path(finding.path)  # a name that is not UTF-8, spelled out
            print_plain(f"  - {finding.kind}: {_breakable(str(where), width, 4)}: "
                        f"{finding.detail}")
    print_plain("")
    if not problems and not tidy:
        print_plain(doctor_msg.DOCTOR_ALL_WELL)
    elif not problems:
        print_plain(doctor_msg.DOCTOR_NO_PROBLEMS)
    else:
        print_plain(doctor_msg.DOCTOR_NEVER_TOUCHES)
