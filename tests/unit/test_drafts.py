"""Drafts: a paused interview is saved safely and continues where it stopped."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from mi_journal.core.errors import DataFileError, MijError
from mi_journal.core.paths import Paths
from mi_journal.interview.drafts import (
    Draft,
    delete_draft,
    draft_from_interview,
    draft_path,
    find_draft,
    list_drafts,
    new_draft_id,
    read_draft,
    resume_interview,
    save_draft,
)
from mi_journal.interview.engine import Interview
from mi_journal.packs.loader import load_pack_file, parse_pack
from mi_journal.packs.model import Pack
from mi_journal.storage.models import Stage, now

DATA = Path(__file__).parents[1] / "data" / "packs"


@pytest.fixture
def pack() -> Pack:
    return load_pack_file(DATA / "mini-evoking.toml")


def started(pack: Pack) -> Interview:
    interview = Interview(pack)
    interview.submit("sleep")
    interview.skip()
    interview.submit("5")
    interview.submit("I want mornings back")
    return interview


def test_round_trip_continues_at_the_same_question(paths: Paths, pack: Pack) -> None:
    interview = started(pack)
    created = now()
    draft = draft_from_interview(interview, new_draft_id(created), created,
                                 pending="half a thought\nsecond line")
    path = save_draft(paths, draft)
    assert path == draft_path(paths, draft.id)
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    text = path.read_text()
    assert 'pack = "mini-evoking"' in text and 'pack_version = "1.2.0"' in text
    assert 'position = "what-would-it-take"' in text
    assert "I want mornings back" in text
    loaded = read_draft(path)
    assert loaded == draft
    fresh = Interview(pack, loaded.stage)
    assert resume_interview(loaded, fresh) == []
    question = fresh.current()
    assert question is not None and question.prompt.id == "what-would-it-take"
    assert question.text == "What might move you from 5 to 7?"
    assert fresh.given == interview.given
    assert loaded.pending == "half a thought\nsecond line"


def test_resume_at_a_question_reached_by_going_back(paths: Paths, pack: Pack) -> None:
    interview = started(pack)
    interview.back()
    interview.back()
    draft = draft_from_interview(interview, new_draft_id(), now())
    fresh = Interview(pack)
    resume_interview(read_draft(save_draft(paths, draft)), fresh)
    question = fresh.current()
    assert question is not None and question.prompt.id == "importance"
    assert question.previous == 5
    fresh.keep()
    question = fresh.current()
    assert question is not None and question.previous == "I want mornings back"


def test_stage_filter_and_only_survive(paths: Paths, pack: Pack) -> None:
    interview = Interview(pack, Stage.planning)
    interview.submit("y")
    draft = read_draft(save_draft(paths, draft_from_interview(interview, new_draft_id(), now())))
    assert draft.stage is Stage.planning and draft.only is None
    narrowed = Interview(pack, only=["feeling", "focus"])
    narrowed.submit("x")
    draft = read_draft(save_draft(paths, draft_from_interview(narrowed, new_draft_id(), now())))
    assert draft.only == ["feeling", "focus"]


def test_a_changed_pack_keeps_what_still_fits(paths: Paths, pack: Pack) -> None:
    interview = started(pack)
    draft = draft_from_interview(interview, new_draft_id(), now())
    changed = parse_pack(
        (DATA / "mini-evoking.toml").read_text()
        .replace('version = "1.2.0"', 'version = "2.0.0"')
        .replace('id = "why-not-lower"', 'id = "why-this-number"')
        .replace("{importance} and not {importance:-3}", "{importance}")
        .replace('max = 10', 'max = 10'),
        "changed.toml",
    )
    fresh = Interview(changed)
    dropped = resume_interview(draft, fresh)
    assert dropped == ["why-not-lower"]
    question = fresh.current()
    assert question is not None and question.prompt.id == "why-this-number"


def test_listing_newest_first_and_finding(paths: Paths, pack: Pack) -> None:
    assert list_drafts(paths).drafts == []
    with pytest.raises(MijError):
        find_draft(paths)
    first = draft_from_interview(started(pack), "20260101-100000-aaaaaa", now())
    save_draft(paths, first)
    second = draft_from_interview(Interview(pack), "20260102-100000-bbbbbb", now())
    save_draft(paths, second)
    (paths.drafts / "20260103-100000-cccccc.toml").write_text("broken = [")
    (paths.drafts / ".20260101-100000-aaaaaa.toml.1234abcd.tmp").write_text("partial")
    listing = list_drafts(paths)
    assert [d.id for d in listing.drafts] == [second.id, first.id]
    assert len(listing.problems) == 1 and isinstance(listing.problems[0], DataFileError)
    assert find_draft(paths).id == second.id
    assert find_draft(paths, "aaaaaa").id == first.id
    assert find_draft(paths, "20260101").id == first.id
    with pytest.raises(MijError):
        find_draft(paths, "2026010")  # matches both
    with pytest.raises(MijError):
        find_draft(paths, "zzzzzz")
    delete_draft(paths, first.id)
    delete_draft(paths, first.id)  # twice is fine
    assert [d.id for d in list_drafts(paths).drafts] == [second.id]


@pytest.mark.parametrize(
    ("content", "detail"),
    [
        ("schema = 9\n", "newer"),
        ("schema = true\n", "schema"),
        ('schema = 1\nid = "20260101-100000-aaaaaa"\n', "pack"),
        ("nope = [\n", 'the value after "=" is not one the file can hold'),
    ],
)
def test_unreadable_drafts_are_reported_and_left_alone(
    paths: Paths, content: str, detail: str
) -> None:
    path = paths.drafts / "20260101-100000-aaaaaa.toml"
    path.parent.mkdir(parents=True)
    path.write_text(content)
    with pytest.raises(DataFileError) as problem:
        read_draft(path)
    assert detail in problem.value.message
    assert path.read_text() == content


def test_draft_id_must_match_the_file_name(paths: Paths, pack: Pack) -> None:
    draft = draft_from_interview(Interview(pack), "20260101-100000-aaaaaa", now())
    path = save_draft(paths, draft)
    moved = path.with_name("20260101-100000-bbbbbb.toml")
    path.rename(moved)
    with pytest.raises(DataFileError):
        read_draft(moved)


def test_draft_model_forbids_unknown_keys() -> None:
    with pytest.raises(ValueError):
        Draft.model_validate({"schema": 1, "id": "20260101-100000-aaaaaa", "pack": "p",
                              "pack_version": "1", "created": now(), "updated": now(),
                              "surprise": 1})


def test_a_draft_in_use_cannot_be_taken_twice(paths: Paths, pack: Pack) -> None:
    from mi_journal.interview.drafts import DraftInUse, holding_draft

    draft = draft_from_interview(started(pack), new_draft_id(), now())
    save_draft(paths, draft)
    with holding_draft(paths, draft.id):
        with pytest.raises(DraftInUse) as caught, holding_draft(paths, draft.id):
            pass
        assert draft.id in caught.value.message
        assert "another terminal" in caught.value.message
    with holding_draft(paths, draft.id):  # released: it can be taken again
        pass
    assert list(paths.locks.glob("draft-*")) == []  # no lock file piles up per draft
