"""`mij doctor`: what it found in the data folder."""

from __future__ import annotations

DOCTOR_CHECKED = "Checked your data folder:"
DOCTOR_NO_FOLDER = "There is no data folder yet, so there is nothing to check: {home}"
DOCTOR_READ_FINE = "Read without trouble:"
DOCTOR_PROBLEMS = "Worth your attention (nothing here was changed):"
DOCTOR_TIDY = "Leftovers that `mij doctor --fix` can tidy away (none holds your writing):"
DOCTOR_NOTES = "For your information:"
DOCTOR_FIXED = "Tidied:"
DOCTOR_NOT_FIXED = "Could not tidy:"
DOCTOR_ALL_WELL = "All is well: every file could be read and nothing needs tidying."
DOCTOR_NO_PROBLEMS = "Every file could be read."
DOCTOR_NEVER_TOUCHES = (
    "`mij doctor` never rewrites, moves or deletes a file that holds your writing; "
    "a file that cannot be read is yours to look at, in any text editor."
)


def doctor_problem_count(count: int) -> str:
    noun = "thing" if count == 1 else "things"
    return f"found {count} {noun} in your data folder worth a look; the details are above."


def changed_since_checked(path: object) -> str:
    return f"{path} changed since it was checked; it was left alone."


def in_use_left_alone(path: object) -> str:
    return f"{path} is in use by a running mi-journal; it was left alone."


# What `mij doctor` says of each thing it found (after the file's path).
LINK_NOT_FOLLOWED = (
    "a symbolic link; mi-journal does not follow links inside its data folder, so what it "
    "points to is not read"
)
INDEX_BUILD_LEFTOVER = (
    "left behind by a search-index build that was stopped; it only held derived data"
)
KEPT_EDIT = (
    "an edit kept because it could not be saved (`mij edit` or `mij goals edit`), or one "
    "open in an editor right now; copy what you need from it, then delete it yourself"
)
LOCK_HELD = "held right now by a running mi-journal"
LOCK_UNUSED = "an unused lock file, removed"
INDEX_NOT_REGULAR = (
    "is not a regular file, so the search index is not read; it only holds derived data "
    "and `mij doctor --fix` removes it and rebuilds the index"
)
INDEX_UNREADABLE = (
    "the search index cannot be read; it only holds derived data and `mij doctor --fix` "
    "rebuilds it from your entries"
)
HOME_NOT_A_FOLDER = (
    "this is not a folder, so mi-journal cannot keep a journal here; `mij paths` shows "
    "where it looks, and MI_JOURNAL_HOME can point elsewhere"
)


def folder_open(mode: int) -> str:
    return (f"folder mode {mode:04o}: other users may look inside; "
            "`chmod 700` would make it private again")


def file_open(mode: int) -> str:
    return (f"file mode {mode:04o}: other users may read it; "
            "`chmod 600` would make it private again")


def temp_of_saved_file(name: str) -> str:
    return (f"left behind by a save that was interrupted; {name}, the file it was saving, is "
            "there and complete without it")


def temp_of_unsaved_file(name: str) -> str:
    return (f"left behind by a save that was interrupted before it finished: {name} was never "
            "written, and nothing was reported saved from it (an interrupted import can simply "
            "be run again)")


def left_as_it_is(detail: str) -> str:
    return f"{detail}; it was left exactly as it is"


def index_out_of_step(missing: int, extra: int) -> str:
    return (f"the search index is out of step with the entry files ({missing} not yet indexed, "
            f"{extra} no longer on disk); the next `mij list` brings it up to date, or "
            "`mij doctor --fix` rebuilds it")
