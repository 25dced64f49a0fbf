"""The goals domain (mi_journal.goals.editing), called directly."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from mi_journal.core.errors import DataFileError, MijError, UsageProblem
from mi_journal.core.paths import Paths
from mi_journal.goals import editing as g
from mi_journal.goals import review as r
from mi_journal.storage.goals import editing_goals, load_goals
from mi_journal.storage.models import Goal, GoalList, GoalStatus, now


def _put(paths: Paths, *specs: tuple[str, GoalStatus]) -> None:
    """Store goals with chosen ids and statuses, created one second apart."""
    base = now() - timedelta(days=1)
    with editing_goals(paths) as goals:
        for n, (goal_id, status) in enumerate(specs):
            stamp = base + timedelta(seconds=n)
            goals.goals.append(
                Goal(id=goal_id, title=f"goal {goal_id}", status=status, created=stamp,
                     updated=stamp)
            )


# --- ids, statuses, ordering ---


def test_new_ids_are_short_typable_and_unique() -> None:
    taken: set[str] = set()
    for _ in range(300):
        new = g.new_goal_id(taken)
        assert len(new) == 4
        assert set(new) <= set(g.ID_ALPHABET)
        assert not any(new.startswith(t) or t.startswith(new) for t in taken)
        taken.add(new)
    assert not set("01ilo") & set(g.ID_ALPHABET)


def test_new_id_still_comes_when_no_id_can_avoid_prefixes() -> None:
    # Every possible id starts with one of these hand-made 1-letter ids.
    crowded = set(g.ID_ALPHABET)
    new = g.new_goal_id(crowded)
    assert new not in crowded
    assert len(new) == 4


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("active", GoalStatus.active),
        ("Done", GoalStatus.done),
        ("paused", GoalStatus.paused),
        ("set-aside", GoalStatus.set_aside),
        ("set aside", GoalStatus.set_aside),
        ("SET_ASIDE", GoalStatus.set_aside),
        ("  set   aside ", GoalStatus.set_aside),
    ],
)
def test_parse_status(text: str, status: GoalStatus) -> None:
    assert g.parse_status(text) is status


@pytest.mark.parametrize("text", ["", "failed", "finished", "setaside", "activ"])
def test_parse_status_refuses(text: str) -> None:
    with pytest.raises(UsageProblem, match="active, done, paused and set-aside"):
        g.parse_status(text)


def test_ordering_active_first_then_paused_done_set_aside(paths: Paths) -> None:
    _put(
        paths,
        ("s1", GoalStatus.set_aside),
        ("d1", GoalStatus.done),
        ("p1", GoalStatus.paused),
        ("a1", GoalStatus.active),
        ("a2", GoalStatus.active),
    )
    assert [x.id for x in g.list_goals(paths)] == ["a1", "a2", "p1"]
    assert [x.id for x in g.list_goals(paths, include_all=True)] == ["a1", "a2", "p1", "d1", "s1"]
    assert g.hidden_count(paths) == 2


def test_find_by_id_prefix_and_case(paths: Paths) -> None:
    _put(paths, ("ab", GoalStatus.active), ("abcd", GoalStatus.active), ("xyz9", GoalStatus.done))
    goals = load_goals(paths)
    assert g.find_goal(goals, "ab").id == "ab"  # an exact id wins over being a prefix
    assert g.find_goal(goals, "abc").id == "abcd"
    assert g.find_goal(goals, " XY ").id == "xyz9"


def test_ambiguous_prefix_is_one_line_naming_the_candidates(paths: Paths) -> None:
    _put(paths, ("abcd", GoalStatus.active), ("abxy", GoalStatus.paused))
    with pytest.raises(MijError) as info:
        g.find_goal(load_goals(paths), "ab")
    assert "abcd, abxy" in info.value.message
    assert "\n" not in info.value.message


@pytest.mark.parametrize("reference", ["zz", "abcde", "abcdabcdabcdabcd"])
def test_unknown_id(paths: Paths, reference: str) -> None:
    _put(paths, ("abcd", GoalStatus.active))
    with pytest.raises(MijError, match="no goal has the id"):
        g.find_goal(load_goals(paths), reference)


@pytest.mark.parametrize("reference", ["", "a-b", "ab!", "x" * 17, "\x1b[2J"])
def test_not_an_id(paths: Paths, reference: str) -> None:
    with pytest.raises(MijError, match="is not a goal id"):
        g.find_goal(load_goals(paths), reference)


# --- changes ---


def test_add_goal_stores_the_persons_words(paths: Paths) -> None:
    goal = g.add_goal(paths, "  Walk after dinner ", why="sleep better",
                      target=date(2026, 3, 1), steps=["find shoes", "ask Sam"])
    stored = load_goals(paths).goals
    assert stored == [goal]
    assert goal.title == "Walk after dinner"
    assert [s.text for s in goal.steps] == ["find shoes", "ask Sam"]
    assert goal.status is GoalStatus.active
    assert goal.created == goal.updated
    assert goal.target == date(2026, 3, 1)


@pytest.mark.parametrize(("title", "steps"), [("   ", []), ("ok", ["fine", "  "])])
def test_add_goal_refuses_blanks_and_writes_nothing(
    paths: Paths, title: str, steps: list[str]
) -> None:
    with pytest.raises(MijError):
        g.add_goal(paths, title, steps=steps)
    assert not paths.goals.exists()


def test_too_long_title_is_a_one_line_error(paths: Paths) -> None:
    with pytest.raises(MijError, match="nothing was changed"):
        g.add_goal(paths, "x" * 501)
    assert not paths.goals.exists()


def test_edit_bumps_updated_and_noop_does_not(paths: Paths) -> None:
    goal = g.add_goal(paths, "Walk", target=date(2026, 3, 1))
    edited = g.edit_goal(paths, goal.id[:2], title="Walk more", why="energy")
    assert (edited.title, edited.why, edited.target) == ("Walk more", "energy", date(2026, 3, 1))
    assert edited.updated > goal.updated
    cleared = g.edit_goal(paths, goal.id, target=None)
    assert cleared.target is None
    again = g.edit_goal(paths, goal.id, title="Walk more")
    assert again.updated == cleared.updated
    assert load_goals(paths).goals == [again]
    with pytest.raises(MijError):
        g.edit_goal(paths, goal.id, title=" ")


def test_steps_add_done_undo(paths: Paths) -> None:
    goal = g.add_goal(paths, "Walk")
    goal = g.add_step(paths, goal.id, "find shoes")
    goal = g.add_step(paths, goal.id, "ask Sam")
    done = g.mark_step(paths, goal.id, 2, done=True).goal
    assert [s.done for s in done.steps] == [False, True]
    assert done.updated > goal.updated
    undone = g.mark_step(paths, goal.id, 2, done=False).goal
    assert [s.done for s in undone.steps] == [False, False]
    assert load_goals(paths).goals == [undone]


@pytest.mark.parametrize("number", [0, 3, -1, 99])
def test_step_out_of_range(paths: Paths, number: int) -> None:
    goal = g.add_goal(paths, "Walk", steps=["a", "b"])
    before = paths.goals.read_bytes()
    with pytest.raises(MijError, match="has steps 1 to 2"):
        g.mark_step(paths, goal.id, number, done=True)
    assert paths.goals.read_bytes() == before


def test_step_on_goal_without_steps_suggests_adding(paths: Paths) -> None:
    goal = g.add_goal(paths, "Walk")
    with pytest.raises(MijError, match="no steps yet"):
        g.mark_step(paths, goal.id, 1, done=True)


def test_status_change_with_note(paths: Paths) -> None:
    goal = g.add_goal(paths, "Walk")
    paused = g.change_status(paths, goal.id, GoalStatus.paused, note=" busy month ").goal
    assert paused.status is GoalStatus.paused
    assert [n.text for n in paused.notes] == ["busy month"]
    assert paused.updated > goal.updated
    back = g.change_status(paths, goal.id, GoalStatus.active).goal
    assert back.status is GoalStatus.active
    assert len(back.notes) == 1


def test_json_shape_is_stable(paths: Paths) -> None:
    goal = g.add_goal(paths, "Walk", why="w", target=date(2026, 3, 1), steps=["a"])
    g.mark_step(paths, goal.id, 1, done=True)
    goal = g.change_status(paths, goal.id, GoalStatus.done, note="did it").goal
    data = g.goal_to_dict(goal)
    assert list(data) == ["id", "title", "why", "status", "target", "created", "updated",
                          "steps", "steps_done", "notes"]
    assert data["status"] == "done"
    assert data["target"] == "2026-03-01"
    assert data["steps"] == [{"number": 1, "text": "a", "done": True}]
    assert data["steps_done"] == 1
    assert list(data["notes"][0]) == ["at", "text"]
    assert json.loads(json.dumps(data)) == data
    assert g.goal_to_dict(g.add_goal(paths, "x"))["target"] is None


def test_set_aside_shows_as_two_words() -> None:
    assert g.status_label(GoalStatus.set_aside) == "set aside"
    assert g.status_label(GoalStatus.paused) == "paused"


# --- a goals.toml that cannot be read ---


@pytest.mark.parametrize(
    "content",
    [b'schema = 1\n[[goals]]\nid = "ab"\ntitle = \n', b"schema = 1\n[[goals]]\nid = 'AB'\n"],
)
def test_broken_goals_file_is_reported_and_never_overwritten(
    paths: Paths, content: bytes
) -> None:
    paths.home.mkdir(parents=True)
    paths.goals.write_bytes(content)
    for change in (
        lambda: g.add_goal(paths, "new"),
        lambda: g.add_step(paths, "ab", "x"),
        lambda: g.change_status(paths, "ab", GoalStatus.done),
        lambda: g.list_goals(paths),
    ):
        with pytest.raises(DataFileError) as info:
            change()
        assert str(paths.goals) in info.value.message
    assert paths.goals.read_bytes() == content


def test_syntax_error_names_the_line(paths: Paths) -> None:
    paths.home.mkdir(parents=True)
    paths.goals.write_bytes(b'schema = 1\n\n[[goals]\n')
    with pytest.raises(DataFileError, match=r"line 3"):
        g.add_goal(paths, "new")


# --- editing as TOML ---


def test_toml_document_round_trips_tricky_text(paths: Paths) -> None:
    title = 'Say "no" \\ politely \u00e9 \U0001f331'
    goal = g.add_goal(paths, title, why="line one\nline two ''' \"\"\"",
                      target=date(2026, 3, 1), steps=["a = b", "[x]"])
    text = g.goal_as_toml(goal)
    assert text.startswith("# Goal ")
    assert g.goal_from_toml(goal, text) == goal


def test_toml_edit_changes_fields_and_keeps_id_created_notes(paths: Paths) -> None:
    goal = g.add_goal(paths, "Walk", steps=["a"])
    goal = g.change_status(paths, goal.id, GoalStatus.paused, note="n").goal
    text = (
        'title = "Walk daily"\nwhy = "because"\ntarget = "tomorrow"\nstatus = "set aside"\n'
        '[[steps]]\ntext = "b"\ndone = true\n'
    )
    edited = g.goal_from_toml(goal, text)
    assert (edited.id, edited.created, edited.notes) == (goal.id, goal.created, goal.notes)
    assert edited.title == "Walk daily"
    assert edited.target == date.today() + timedelta(days=1)
    assert edited.status is GoalStatus.set_aside
    assert [(s.text, s.done) for s in edited.steps] == [("b", True)]
    saved = g.save_goal_edit(paths, goal, edited).goal
    assert saved.updated > goal.updated
    assert load_goals(paths).goals == [saved]


def test_edit_merges_a_step_added_meanwhile(paths: Paths) -> None:
    """Issue 14, item 2: what only the other side changed is kept, never reverted."""
    goal = g.add_goal(paths, "Walk", steps=["a", "b"])
    edited = g.goal_from_toml(goal, g.goal_as_toml(goal).replace('title = "Walk"',
                                                                 'title = "Walk daily"'))
    g.add_step(paths, goal.id, "meanwhile")
    g.mark_step(paths, goal.id, 1, done=True)
    saved = g.save_goal_edit(paths, goal, edited)
    assert saved.goal.title == "Walk daily"
    assert [(s.text, s.done) for s in saved.goal.steps] == [
        ("a", True), ("b", False), ("meanwhile", False)]
    assert saved.meanwhile == ["step 1 marked done", "step added: meanwhile"]
    assert load_goals(paths).goals == [saved.goal]


def test_edit_clashing_with_a_change_meanwhile_writes_nothing(paths: Paths) -> None:
    goal = g.add_goal(paths, "Walk", steps=["a"])
    edited = g.goal_from_toml(goal, 'title = "Walk daily"\nstatus = "paused"\n'
                                    '[[steps]]\ntext = "a"\ndone = false\n')
    g.change_status(paths, goal.id, GoalStatus.done, note="got there")
    before = paths.goals.read_bytes()
    with pytest.raises(g.GoalChangedMeanwhile, match="changed somewhere else") as caught:
        g.save_goal_edit(paths, goal, edited)
    assert paths.goals.read_bytes() == before
    clash = caught.value
    assert clash.conflicts == ["status"]
    assert clash.meanwhile == ["status: active -> done", "note added: got there"]
    # The proposal keeps the other change's note and the person's title and status.
    assert (clash.proposal.title, clash.proposal.status) == ("Walk daily", GoalStatus.paused)
    assert [n.text for n in clash.proposal.notes] == ["got there"]
    assert '# status = "done"' in g.proposal_as_toml(clash)


@pytest.mark.parametrize(
    ("base", "mine", "theirs", "expected"),
    [
        (["a"], ["a"], ["a", "x"], ["a", "x"]),
        (["a"], ["a", "y"], ["a", "x"], ["a", "x", "y"]),
        (["a", "b"], ["A", "b"], ["a", "B"], ["A", "B"]),
        (["a", "b"], ["b"], ["a", "B"], None),  # removed here, changed there
        (["a"], ["A"], ["Z"], None),
    ],
)
def test_steps_merge_one_by_one(base: list[str], mine: list[str], theirs: list[str],
                                expected: list[str] | None) -> None:
    from mi_journal.storage.models import Step

    def steps(texts: list[str]) -> list[Step]:
        return [Step(text=t) for t in texts]

    merged = g._merge_steps(steps(base), steps(mine), steps(theirs))
    assert (None if merged is None else [s.text for s in merged]) == expected


def test_toml_edit_without_changes_does_not_bump(paths: Paths) -> None:
    goal = g.add_goal(paths, "Walk")
    same = g.save_goal_edit(paths, goal, g.goal_from_toml(goal, g.goal_as_toml(goal)))
    assert same.goal.updated == goal.updated and not same.changed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('title = "x"\nbogus = 1\n', "a goal has no bogus"),
        ('why = "x"\n', "needs a few words"),
        ('title = "  "\n', "needs a few words"),
        ('title = "x"\n\nwhy = \n', "line 3"),
        ('title = "x"\ntarget = "someday"\n', "not a date I can read"),
        ('title = "x"\ntarget = 5\n', "target should be a date"),
        ('title = "x"\ntarget = 2026-02-30\n', "cannot be read as it is: line 2, column 10: "
         "this is not a date: a date is written like 2026-12-31"),
        ('title = "x"\nstatus = "failed"\n', "not a goal status"),
        ('title = "x"\n[[steps]]\ndone = true\n', "steps.0.text"),
        ('title = "x"\n[[steps]]\ntext = "a"\nwhen = 1\n', "steps.0: unknown field 'when'"),
        ('title = 3\n', "title"),
    ],
)
def test_toml_edit_problems_are_one_line(paths: Paths, text: str, expected: str) -> None:
    goal = g.add_goal(paths, "Walk")
    with pytest.raises(MijError) as info:
        g.goal_from_toml(goal, text)
    assert expected in info.value.message
    assert "\n" not in info.value.message


# --- review ---


def test_review_saves_entry_and_applies_decisions(paths: Paths) -> None:
    from mi_journal.storage.entries import load_entries

    walk = g.add_goal(paths, "Walk", steps=["shoes"])
    water = g.add_goal(paths, "Drink water")
    calls = g.add_goal(paths, "Call Sam")
    rest = g.add_goal(paths, "Sleep by 11")
    reviews = r.reviews_from_mapping(
        paths,
        {
            calls.id: {"decision": "set aside", "in_the_way": "a setback at work"},
            walk.id: {"went_well": "three walks", "decision": "adjust",
                      "title": "Walk most days", "step": "rain jacket"},
            water.id: {"decision": "p"},
            rest.id[:3]: {"decision": "done"},
        },
    )
    assert [r.goal_id for r in reviews] == [walk.id, water.id, calls.id, rest.id]
    entry = r.save_review(paths, reviews)

    stored = {x.id: x for x in load_goals(paths).goals}
    assert stored[walk.id].title == "Walk most days"
    assert [s.text for s in stored[walk.id].steps] == ["shoes", "rain jacket"]
    assert stored[water.id].status is GoalStatus.paused
    assert stored[calls.id].status is GoalStatus.set_aside
    assert stored[rest.id].status is GoalStatus.done
    assert all(stored[x].updated > x_goal.updated
               for x, x_goal in ((walk.id, walk), (water.id, water)))

    [saved] = load_entries(paths).entries
    assert saved.id == entry.id
    assert saved.kind.value == "check-in"
    assert (saved.pack, saved.stage and saved.stage.value) == ("goal-review", "planning")
    assert saved.goals == [walk.id, water.id, calls.id, rest.id]
    by_prompt = {a.prompt: a for a in saved.answers}
    first = by_prompt[f"went-well-{walk.id}"]
    assert first.question == r.review_question("went_well", "Walk")
    assert "\u201cWalk\u201d" in first.question
    assert first.value == "three walks"
    assert by_prompt[f"went-well-{water.id}"].skipped
    assert by_prompt[f"decision-{calls.id}"].value == "set aside"  # words, not the key
    assert by_prompt[f"new-step-{walk.id}"].value == "rain jacket"
    assert f"new-step-{water.id}" not in by_prompt
    questions = " ".join(a.question for a in saved.answers).lower()
    assert "fail" not in questions


def test_keep_leaves_the_goal_untouched(paths: Paths) -> None:
    goal = g.add_goal(paths, "Walk")
    r.save_review(paths, r.reviews_from_mapping(paths, {goal.id: {"went_well": "ok"}}))
    assert load_goals(paths).goals == [goal]


@pytest.mark.parametrize(
    ("answers", "expected"),
    [
        ({"zzzz": {}}, "no goal has the id"),
        ({"GOAL": {"decision": "give up"}}, "not one of keep, adjust"),
        ({"GOAL": {"mood": "x"}}, "keys the review does not ask: mood"),
        ({"GOAL": {"went_well": 5}}, "should be a table of text"),
        ({"GOAL": "fine"}, "should be a table of text"),
        ({"PAUSED": {}}, "is paused; the review looks at active goals only"),
    ],
)
def test_review_answers_problems_write_nothing(
    paths: Paths, answers: dict[str, object], expected: str
) -> None:
    goal = g.add_goal(paths, "Walk")
    paused = g.add_goal(paths, "Rest")
    g.change_status(paths, paused.id, GoalStatus.paused)
    before = paths.goals.read_bytes()
    mapping = {
        {"GOAL": goal.id, "PAUSED": paused.id}.get(key, key): value
        for key, value in answers.items()
    }
    with pytest.raises(MijError, match=expected):
        r.reviews_from_mapping(paths, mapping)
    assert paths.goals.read_bytes() == before
    assert not paths.entries.exists()


def test_review_of_same_goal_twice_is_refused(paths: Paths) -> None:
    goal = g.add_goal(paths, "Walk")
    with pytest.raises(MijError, match="appears twice"):
        r.reviews_from_mapping(paths, {goal.id: {}, goal.id[:2]: {}})


def test_review_of_nothing_is_refused(paths: Paths) -> None:
    with pytest.raises(MijError, match="nothing to review"):
        r.save_review(paths, [])


def test_review_of_goal_removed_meanwhile_keeps_the_entry(paths: Paths) -> None:
    goal = g.add_goal(paths, "Walk")
    reviews = r.reviews_from_mapping(paths, {goal.id: {"decision": "pause"}})
    with editing_goals(paths) as goals:
        goals.goals.clear()
    entry = r.save_review(paths, reviews)
    assert entry.goals == [goal.id]
    assert load_goals(paths) == GoalList()


@pytest.mark.parametrize(
    ("text", "decision"),
    [("keep", "keep"), ("K", "keep"), ("a", "adjust"), ("pause", "pause"),
     ("set aside", "set-aside"), ("s", "set-aside"), ("Set-Aside", "set-aside"), ("d", "done")],
)
def test_parse_decision(text: str, decision: str) -> None:
    assert r.parse_decision(text) == decision


def test_entry_path_is_inside_home(paths: Paths) -> None:
    goal = g.add_goal(paths, "Walk")
    entry = r.save_review(paths, r.reviews_from_mapping(paths, {goal.id: {}}))
    files = list(Path(paths.entries).rglob("*.toml"))
    assert [f.stem for f in files] == [entry.id]


def test_a_change_says_what_the_goal_was_before_under_the_same_lock(paths: Paths) -> None:
    goal = g.add_goal(paths, "Walk", steps=["shoes"])
    first = g.mark_step(paths, goal.id, 1, done=True)
    assert first.changed and not first.before.steps[0].done and first.goal.steps[0].done
    again = g.mark_step(paths, goal.id, 1, done=True)
    assert not again.changed and again.goal == again.before == first.goal
    same = g.change_status(paths, goal.id, GoalStatus.active, note="still going")
    assert same.before.status is GoalStatus.active and same.changed  # the note was kept
