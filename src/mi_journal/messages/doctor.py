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
