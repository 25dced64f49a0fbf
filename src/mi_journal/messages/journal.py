"""The journal: notes, list, show, search, tags, edit, delete and reindex."""

from __future__ import annotations

from collections.abc import Iterable

from mi_journal.messages.common import pack_named

NOTE_SAVED = "Saved your note."
# Words typed at the pause after the help lines, where nothing else would take them.
NOTE_FROM_PAUSE = ("What you type here is kept as a note of its own; an empty line "
                   "(or Ctrl-D) saves it.")
NOTE_SHOWN_INSTEAD = ("Your note could not be written to disk, so here it is in full; "
                      "you might copy it somewhere safe:")
NOTE_NEEDS_TEXT = "write the note after `mij note`, or pipe it in: `echo '...' | mij note`"
NOTE_IS_EMPTY = "there is nothing to save: the note is empty."
NOTE_STDIN_NOT_UTF8 = "the note on stdin is not valid UTF-8 text; nothing was saved."


def note_too_long(limit: int) -> str:
    return f"a note may hold at most {limit:,} characters; nothing was saved."


def note_not_saved(detail: str) -> str:
    return f"the note could not be saved: {detail}."


def note_tag_length(limit: int) -> str:
    return note_not_saved(f"a tag holds 1 to {limit} characters")


def entry_unreadable_hint(detail: str) -> str:
    """An entry asked for by id (show, tag, edit, delete) whose file cannot be read."""
    return (
        f"{detail}; it was left exactly as it is. You might mend it in a text editor, or "
        "move the file out of the journal folder if it is not needed."
    )


def list_unknown_pack(pack: str) -> str:
    """`mij list --pack NAME` where NAME is no pack and no entry's pack (a typo, likely)."""
    return (
        f"no pack called {pack_named(pack)} is built in, installed or named in your "
        "entries; you might run `mij pack list` to see the packs' names."
    )


JOURNAL_NO_ENTRIES = "No entries yet. `mij note TEXT` saves a first one, whenever you like."
JOURNAL_NOTHING_MATCHES = "No entries match those filters."
SHOW_LAST_PASSED_OVER = "a newer entry could not be read, so the one before it is shown:"
JOURNAL_FILE_SKIPPED = "left out of this list (the file is unchanged):"
EDIT_NO_CHANGES = "No changes; the entry is as it was."
EDIT_SAVED = "Saved your edit."
EDIT_DISCARDED = "Your edit was not saved and has been thrown away; the entry is as it was."
EDIT_PROBLEM = "This edit cannot be saved as it is:"
DELETE_NEEDS_CONFIRMATION = (
    "deleting needs a yes: run it in a terminal to be asked, or add --yes in scripts."
)
DELETE_KEPT = "Kept; nothing was deleted."


def earlier_edit_kept(path: str) -> str:
    return (f"An earlier edit of this entry that could not be saved is kept in {path}; "
            "copy what you need from it (`mij doctor` lists kept edits).")
DELETE_KEPT_ON_INTERRUPT = "Stopped; the entry is kept and nothing was deleted."
DELETE_DONE = "Deleted entry"


def delete_left_kept_edits(edits: list[str]) -> str:
    """After a delete: edits of that entry kept in drafts/edits/ still hold its words."""
    if len(edits) == 1:
        return (f"An edit of it kept earlier is still in {edits[0]}; "
                "delete that file yourself if you want those words gone too.")
    return (f"{len(edits)} edits of it kept earlier are still in drafts/edits/ "
            f"({', '.join(edits)}); delete those files yourself if you want those words "
            "gone too.")


def edit_kept_no_terminal(path: str) -> str:
    """An edit that does not validate, with no terminal to ask what to do."""
    return (f"this edit does not validate and there is no terminal to ask what to do, "
            f"so it is kept in {path}; the entry is as it was.")


def edit_kept_on_stop(path: str) -> str:
    """Ctrl-C or Ctrl-D at the question after an edit that cannot be saved."""
    return f"Stopped; your edit is kept in {path} and the entry is as it was."


def search_found_nothing(words: str) -> str:
    return f"Nothing in your journal matches {words!r}."


def search_no_exact_phrase(count: int) -> str:
    noun = "entry has" if count == 1 else "entries have"
    return (f"No entry has that exact phrase; {count} {noun} all these words. "
            "Without the quotes, the words may be apart.")


def delete_question(entry_id: str, when: str, preview: str) -> str:
    # The preview on a line of its own: its own punctuation never meets the question mark.
    shown = f": {preview}" if preview else ""
    return f"Entry {entry_id} ({when}){shown}\nDelete it? This cannot be undone. [y/N]"


def reindex_done(count: int, problems: int) -> str:
    noun = "entry" if count == 1 else "entries"
    text = f"Rebuilt the index: {count} {noun}."
    if problems:
        files = "file" if problems == 1 else "files"
        text += f" {problems} {files} could not be read and are listed above."
    return text


def tags_changed(entry_id: str, added: list[str], removed: list[str], tags: list[str]) -> str:
    parts = []
    if added:
        parts.append("added " + ", ".join(added))
    if removed:
        parts.append("removed " + ", ".join(removed))
    done = "; ".join(parts) if parts else "no change"
    shown = " ".join(tag_shown(tag) for tag in tags) if tags else "(no tags)"
    return f"Entry {entry_id}: {done}. Tags now: {shown}"


def index_building(count: int) -> str:
    return (
        f"Updating the search index for {count:,} entries; this happens once, "
        "and later reads are quick."
    )


def note_tag_empty(raw: str) -> str:
    shown = repr(raw)
    return (
        f"the tag {shown} has no words in it; you might give the tag a word or two, "
        "or leave --tag out. Nothing was saved."
    )


def tag_shown(tag: str) -> str:
    """A tag on screen: #tag, or as written when it carries jrnl's @ or a # already."""
    tag = " ".join(tag.split())
    return tag if tag.startswith(("@", "#")) else f"#{tag}"


EDIT_NO_EDITOR_WITHOUT_TERMINAL = (
    "there is no terminal here to open an editor in, and $VISUAL and $EDITOR are not set; "
    "you might run `mij edit` in a terminal, or set $EDITOR. The entry is as it was."
)


def filter_empty(option: str) -> str:
    return f"{option} was given nothing to look for; you might leave it out to see everything."


TAG_CHANGE_NEEDED = "give at least one +TAG to add or -TAG to remove."
TAG_TOO_LONG = "a tag may be at most 100 characters long."
NO_EDITOR_FOUND = "no editor found; you might set $EDITOR, e.g. EDITOR=nano."
NO_ENTRIES_YET = "there are no entries yet."
NOTHING_TO_SEARCH = 'there is nothing to search for: give a word or a "phrase".'


def tag_change_unclear(raw: str) -> str:
    return f"{raw!r} names no tag; write +TAG to add or -TAG to remove."


def edit_id_must_stay(entry_id: str) -> str:
    return f"id must stay {entry_id}"


def edit_created_must_stay(created: str) -> str:
    return f"created must stay {created}"


def entry_not_deleted(entry_id: str, path: object, reason: str) -> str:
    return f"could not delete entry {entry_id} ({path}): {reason}; the entry is still there."


def entry_changed_while_editing(entry_id: str, kept_at: object) -> str:
    return (
        f"entry {entry_id} changed on disk while you edited it, so it was left as it "
        f"is; your edited copy is kept at {kept_at}."
    )


def entry_removed_while_editing(entry_id: str, kept_at: object) -> str:
    return (f"entry {entry_id} was removed while you edited it; "
            f"your edited copy is kept at {kept_at}.")


def editor_ended(status: int) -> str:
    return f"the editor ended with exit status {status}; the entry is as it was."


def editor_not_started(command: str, reason: str | None) -> str:
    return f"could not start the editor {command!r}: {reason}; you might set $EDITOR."


def editor_unreadable(variable: str, chosen: str) -> str:
    return f"${variable} ({chosen!r}) could not be read as a command."


def list_number_range(low: int, high: int) -> str:
    return f"-n must be a whole number from {low} to {high:,}."


def since_after_until(since: object, until: object) -> str:
    return f"--since {since} is after --until {until}."


def unknown_stage(stage: str, stages: Iterable[str]) -> str:
    return f"unknown stage {stage!r}; the stages are: {', '.join(stages)}."


def unknown_kind(kind: str, kinds: Iterable[str]) -> str:
    return f"unknown kind {kind!r}; the kinds are: {', '.join(kinds)}."


NOTE_TIME_NEEDS_OFFSET = "a note's time must carry its UTC offset"  # a caller's mistake


# `mij show`: the lines under an entry's heading.
SHOW_SUMMARY_HEADING = "Summary"


def show_pack(pack: str) -> str:
    return f"pack {pack}"


def show_stage(stage: str) -> str:
    return f"stage {stage}"


def show_entry_id(entry_id: str) -> str:
    return f"id {entry_id}"


def show_tags(shown: list[str]) -> str:
    return "tags: " + " ".join(shown)


def show_goals(goal_ids: list[str]) -> str:
    return "goals: " + ", ".join(goal_ids)
