"""The MI-style lint behind `mij pack check`: each rule on positive and negative examples,
the closed-question grammar on the labelled set, and loader errors as findings."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from mi_journal.messages.lint import RIGHTING_REWORDS, lint_righting_reflex
from mi_journal.packs.lint import Finding, check_bytes, check_file, fails, lint_pack
from mi_journal.packs.loader import parse_pack
from mi_journal.packs.questions import is_closed_question, read_prompt
from tests.conftest import Cli

REPO = Path(__file__).resolve().parents[2]
QUESTIONS = REPO / "tests" / "data" / "questions"

HEAD = '[pack]\nid = "t"\ntitle = "T"\nversion = "1"\n\n'


def prompt_toml(text: str, kind: str = "long_text", pid: str = "p", extra: str = "") -> str:
    return (
        f'[[prompts]]\nid = "{pid}"\nstage = "evoking"\nkind = "{kind}"\n'
        f"text = {json.dumps(text)}\n{extra}\n"
    )


def lint_one(text: str, kind: str = "long_text", before: str = "") -> list[Finding]:
    pack = parse_pack(HEAD + before + prompt_toml(text, kind), "t.toml")
    return lint_pack(pack, "t.toml")


def codes(text: str, kind: str = "long_text", before: str = "") -> set[str]:
    return {finding.code for finding in lint_one(text, kind, before)}


# --- closed-question ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Do you drink every night?",
        "Are you worried about it?",
        "Have you tried to stop before?",
        "Is it hard to say no?",
        "You drink every night?",
        "It has been a hard week, hasn't it?",
        "You want to stop, right?",
        "Is it working for you or not?",
        "Anything else?",
        "When you drink, do you feel calmer?",
        "Would you say you drink too much?",
        "Could you tell me whether anything changed?",
        "Thinking about last week. Did anything surprise you?",
        "So, is that something you want?",
        "Do you drink every day",
        "And what about your drinking, is that something you want to look at?",
        "\u201cDo you drink?\u201d",
        "Yeah, and you were saying that your wife is worried?",
        "Could you give up for a week?",
        "Can you talk to your doctor about it?",
        # a specific fact or a pick from a small set (MITI: closed)
        "How many days a week do you drink?",
        "How often do you gamble?",
        "So how long, would you say?",
        "When did you last use?",
        "You started when?",
        "Where do you usually buy it?",
        "Who do you drink with?",
        "Which would you prefer, cutting down or stopping?",
        "What time do you go to bed?",
        "What is your address?",
        "Could you tell me how much you spend in a week?",
        "On a scale of 0 to 10, how ready are you?",
        "You mentioned the debt. How much is it now, roughly?",
    ],
)
def test_closed_questions_are_flagged(text: str) -> None:
    assert "closed-question" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "What would be different if you cut down?",
        "How did the week go?",
        "Could you tell me about a typical evening?",
        "Would you describe a good day for you?",
        "Can you say more about that?",
        "Tell me about your week.",
        "When you drink, what do you notice?",
        "If you had a free evening what would you do?",
        "You mentioned your kids. What do they mean to you?",
        "Was today hard? Write about what made it hard.",
        "I wonder what would help most right now.",
        "Such as?",
        "In what ways has it affected your work?",
        "What puts you at {imp} and not at {imp:-2}?",
        "What about your family, how do they see it?",
        "Okay, so tell me, what has been going on?",
        "Can you help me understand what happened?",
        # wh-questions that leave wide latitude stay open
        "How do you feel about that?",
        "How's that been going?",
        "How come?",
        "How did you manage that?",
        "What happened then?",
        "What kind of things do you do instead?",
        "What's the hardest part?",
        "How much does it matter to you?",
        "When do you find yourself reaching for a drink?",
        "So where does that leave you?",
        "Who or what helps you on a hard day?",
        "Of those, which one concerns you most, and why?",
        "Name one person who could help, and how.",
        # the lint's own suggested rewordings are open
        "What were your evenings like this week?",
        "What are your evenings like this week?",
        "What was your weekend like?",
    ],
)
def test_open_questions_are_not_flagged(text: str) -> None:
    before = prompt_toml("How important is it?", "scale", "imp")
    assert "closed-question" not in codes(text, before=before)


def test_closed_question_applies_only_to_free_text_kinds() -> None:
    assert "closed-question" in codes("Did you walk today?", "text")
    assert "closed-question" in codes("Did you walk today?", "list")
    assert "closed-question" not in codes("Did you walk today?", "yes_no")


def test_reading_names_the_form() -> None:
    assert read_prompt("Do you smoke?").form == "inversion"
    assert read_prompt("You smoke?").form == "declarative question"
    assert read_prompt("Could you tell me about it?").form == "request to tell"
    assert read_prompt("Tell me more.").verdict == "open"
    assert read_prompt("Your week.").verdict == "none"
    assert read_prompt("How many nights a week?").form == "amount question"
    assert read_prompt("When was that?").form == "time question"
    assert read_prompt("Which one?").form == "choice question"


@pytest.mark.parametrize(
    ("text", "verdict", "form"),
    [
        # a start broken off by a dash and begun again: the new start decides
        ("I was- I wanted to ask you what the weekend was like?", "open", "invitation"),
        ("What if- um, can I share a leaflet with you?", "closed", "inversion"),
        ("So what got in the way over the last-- How many days was it?", "closed",
         "amount question"),
        ("Do you- what do you make of that?", "open", "wh-question"),
        # a dash inside a written sentence is not a restart
        ("What is one thing- big or small- that helped today?", "open", "wh-question"),
        ("Did one thing- anything at all- help today?", "closed", "inversion"),
        # "what one" + a verb picks from a set; "what one thing" asks for an idea
        ("Of the two, what one do you like better?", "closed", "choice question"),
        ("What one of these fits you best?", "closed", "choice question"),
        ("What one thing would make tomorrow easier?", "open", "wh-question"),
        # "the quantity / amount / number" is a number
        ("What's the amount you spend on a night out?", "closed", "amount question"),
        ("What's the hardest part of the evening?", "open", "wh-question"),
        # "how about if you" + telling invites; "how about if I / we" offers
        ("How about if you tell me how the week went?", "open", "wh-question"),
        ("How about if we meet again next week?", "closed", "proposal"),
        ("How about if I send you a reminder?", "closed", "proposal"),
        # "where you are with it" is figurative
        ("I wonder, where are you with all of it now?", "open", "wh-question"),
        ("Where are you staying these days?", "closed", "place question"),
        # "tell me if / whether" asks a yes/no matter; "tell me about" invites
        ("Touch it, and tell me if it feels warm.", "closed", "yes/no request"),
        ("Tell me whether anything changed.", "closed", "yes/no request"),
        ("Tell me, if you could change one thing, what would it be?", "open", "invitation"),
        # "I was wondering", "I wondered", hedged "I'm just kind of wondering"
        ("I wondered if we could talk about your weight.", "closed", "yes/no request"),
        ("I was wondering what you make of it.", "open", "invitation"),
        ("I'm just kind of wondering where you are with it all.", "open", "invitation"),
        ("I'm just kind of wondering where you are.", "open", "invitation"),
        ("I was interested in football as a kid.", "none", "statement"),
        # "when was a time (that) ..." asks for an episode; "the last time" for a date
        ("When was a time you felt proud of yourself?", "open", "wh-question"),
        ("When was the time in the past that you did it anyway?", "open", "wh-question"),
        ("When was the last time you felt really well?", "closed", "time question"),
        ("When was the first time you drank?", "closed", "time question"),
        # "your top five" is a list of the person's own, not an attribute
        ("And what are your top five?", "open", "wh-question"),
        ("What's your usual bedtime?", "closed", "attribute question"),
        # spoken acknowledgements before a question, without a comma
        ("Yeah so what happened?", "open", "wh-question"),
        ("Mm-hmm so what happened?", "open", "wh-question"),
        ("I see so what helps?", "open", "wh-question"),
        ("All right so do you drink?", "closed", "inversion"),
        ("Yeah?", "closed", "declarative question"),
        # "like when ..." gives an example; it does not ask
        ("Have you had a blackout, like when you wake up and don't remember?", "closed",
         "inversion"),
    ],
)
def test_spoken_forms_and_fact_forms(text: str, verdict: str, form: str) -> None:
    reading = read_prompt(text)
    assert (reading.verdict, reading.form) == (verdict, form)


def test_fact_question_message_suggests_an_open_rewording() -> None:
    (finding,) = [f for f in lint_one("How often do you gamble?") if f.code == "closed-question"]
    assert "number or an amount" in finding.message
    assert "what it is like" in finding.message
    (finding,) = [f for f in lint_one("Do you gamble?") if f.code == "closed-question"]
    assert "yes/no" in finding.message and "Tell me about" in finding.message


def _rows(split: str) -> list[dict[str, str]]:
    with open(QUESTIONS / f"{split}.jsonl", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def test_labelled_set_is_large_balanced_and_split() -> None:
    dev, test = _rows("dev"), _rows("test")
    rows = dev + test
    assert len(rows) >= 300
    assert {row["label"] for row in rows} == {"open", "closed"}
    assert not {row["text"] for row in dev} & {row["text"] for row in test}
    forms = {row["form"] for row in rows}
    for form in ("statement", "tag", "multi-sentence", "invitation-modal", "wh", "how"):
        assert form in forms
    closed = sum(row["label"] == "closed" for row in rows)
    assert 0.3 < closed / len(rows) < 0.7


def test_accuracy_on_the_test_split_meets_the_target() -> None:
    rows = _rows("test")
    right = sum(is_closed_question(row["text"]) == (row["label"] == "closed") for row in rows)
    assert right / len(rows) >= 0.90


def _annomi(split: str) -> list[dict[str, str]]:
    path = QUESTIONS / "annomi" / f"{split}.jsonl"
    if not path.exists():  # left out of the sdist (see pyproject.toml); always in the repo
        pytest.skip("AnnoMI questions are not in this copy")
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def test_annomi_split_is_by_transcript_and_fixed() -> None:
    import importlib.util

    dev, test = _annomi("dev"), _annomi("test")
    assert len(dev) >= 450 and len(test) >= 300
    assert not {row["transcript"] for row in dev} & {row["transcript"] for row in test}
    spec = importlib.util.spec_from_file_location(
        "annomi_extract", QUESTIONS / "annomi" / "extract.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert all(module.held_back(row["transcript"]) for row in test)
    assert not any(module.held_back(row["transcript"]) for row in dev)


def test_annomi_agreement_counts_coders_on_dev_transcripts_only(tmp_path: Path) -> None:
    """agreement.py (README: the coders' agreement bounds the rule) on a hand-counted CSV."""
    import csv
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "annomi_agreement", QUESTIONS / "annomi" / "agreement.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert not module.held_back("5") and not module.held_back("8") and module.held_back("1")
    rows = [  # transcript, utterance, annotator, subtype, text
        ("5", "0", "a", "closed", "Do you drink?"), ("5", "0", "b", "closed", "Do you drink?"),
        ("5", "0", "c", "open", "Do you drink?"),
        ("5", "1", "a", "open", "What helps?"), ("5", "1", "b", "open", "What helps?"),
        ("5", "1", "c", "n/a", "What helps?"),
        ("8", "0", "a", "closed", "What helps?"), ("8", "1", "a", "open", "How was it?"),
        # held back: never read
        ("1", "0", "a", "closed", "Why?"), ("1", "0", "b", "open", "Why?"),
        ("1", "1", "c", "closed", "Why?"),
    ]
    path = tmp_path / "full.csv"
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["transcript_id", "utterance_id", "interlocutor", "annotator_id",
                         "question_subtype", "utterance_text"])
        writer.writerow(["5", "2", "client", "a", "n/a", "Yes."])
        for transcript, utterance, annotator, subtype, text in rows:
            writer.writerow([transcript, utterance, "therapist", annotator, subtype, text])
    codings, texts = module.read_dev(path)
    assert {key[0] for key in codings} == {5, 8}
    found = module.agreement(codings, texts, is_closed_question)
    assert found["by two or more as a question"] == 2 and found["pairs"] == 4
    assert found["pairwise agreement"] == 0.5 and found["kappa"] == 0.0
    assert found["coder vs majority of the others"] == pytest.approx(3 / 5)  # a tie is half
    assert found["ceiling (majority known, one coder's label)"] == pytest.approx((2 / 3 + 1) / 2)
    assert found["rule vs every coding"] == pytest.approx(4 / 5)
    assert module.rule_by_coder(codings, texts, is_closed_question) == {"a": (1, 2)}


def test_annomi_held_back_accuracy_does_not_drop() -> None:
    """Guards the held-back figure in README.md (0.808 on 344 questions, the sixth look); the
    floor stays at 0.80, where it was before the sixth look, which was not above the fifth."""
    rows = _annomi("test")
    right = sum(is_closed_question(row["text"]) == (row["label"] == "closed") for row in rows)
    assert right / len(rows) >= 0.80


def test_eval_script_prints_accuracy(capsys: pytest.CaptureFixture[str]) -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "eval_closed_questions", REPO / "tests" / "eval" / "eval_closed_questions.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.main(["--split", "test"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("own test: n=") and "accuracy=" in out
    if (QUESTIONS / "annomi" / "dev.jsonl").exists():
        assert module.main(["--set", "annomi", "--split", "dev"]) == 0
        assert capsys.readouterr().out.startswith("annomi dev: n=497 accuracy=")
    with pytest.raises(SystemExit):
        module.main(["--set", "annomi", "--errors"])  # held back: not for looking at


def _eval_module() -> object:
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "eval_closed_questions", REPO / "tests" / "eval" / "eval_closed_questions.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_cross_validation_folds_are_whole_transcripts() -> None:
    module: Any = _eval_module()
    rows = _annomi("dev")
    folds = module.transcript_folds(rows, 5)
    assert len(folds) == 5
    assert set().union(*folds) == {row["transcript"] for row in rows}
    assert sum(len(fold) for fold in folds) == len({row["transcript"] for row in rows})
    sizes = [sum(row["transcript"] in fold for row in rows) for fold in folds]
    assert max(sizes) - min(sizes) <= 10  # balanced, though transcripts differ in size
    assert module.transcript_folds(rows, 5) == folds  # fixed, not random


def test_eval_script_cross_validates_on_dev(capsys: pytest.CaptureFixture[str]) -> None:
    module: Any = _eval_module()
    rows = _annomi("dev")
    assert module.main(["--set", "annomi", "--split", "dev", "--folds", "5", "--logistic"]) == 0
    lines = capsys.readouterr().out.splitlines()
    folds = [line for line in lines if line.startswith("  fold ")]
    assert len(folds) == 5
    assert sum(int(line.split("n=")[1].split()[0]) for line in folds) == len(rows)
    (rule,) = [line for line in lines if line.startswith("rule: cross-validated accuracy=")]
    (logistic,) = [line for line in lines if line.startswith("logistic: cross-validated")]
    right = sum(is_closed_question(row["text"]) == (row["label"] == "closed") for row in rows)
    assert f"accuracy={right / len(rows):.3f}" in rule  # the rule is fixed: CV = dev
    accuracy = float(logistic.split("accuracy=")[1].split()[0])
    assert 0.6 < accuracy < 0.95
    for argv in (["--set", "annomi", "--split", "test", "--folds", "5"],
                 ["--split", "dev", "--folds", "5"],
                 ["--set", "annomi", "--split", "dev", "--logistic"],
                 ["--set", "annomi", "--split", "dev", "--folds", "1"]):
        with pytest.raises(SystemExit):
            module.main(argv)


def test_logistic_comparison_reads_the_rule_and_its_cues() -> None:
    from tests.eval import closed_question_logistic as model

    assert "form=inversion" in model.features("Um. Do you smoke?")
    assert "form=declarative question" in model.features("You smoke? Anything else?")
    assert "anything else|closed" in model.features("You smoke? Anything else?")
    assert "form=statement" in model.features("That sounds hard.")
    texts = ["Do you smoke?", "Is it hard?", "What helps?", "How does it feel?"] * 5
    weights = model.train(texts, [True, True, False, False] * 5, steps=100)
    assert model.predict(weights, "Are you sure?")
    assert not model.predict(weights, "What matters to you?")


# --- righting-reflex ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "What would help? You should try to cut down.",
        "You must stop before it gets worse. What do you think?",
        "You need to think about your kids. What comes to mind?",
        "Why don't you try a walk instead?",
        "Why haven't you called the clinic yet?",
        "What you need to do is stop. How does that sound?",
    ],
)
def test_directive_phrasing_is_flagged(text: str) -> None:
    assert "righting-reflex" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "What do you think you should do next?",
        "What do you feel you need to change first?",
        "What might you try this week?",
        "You must have been exhausted. What helped?",
        "Is there anything you need to get off your chest?",
        "When people tell you you must quit, what happens inside?",
        "Tell me what you need to feel supported.",
    ],
)
def test_evoking_phrasing_is_not_flagged(text: str) -> None:
    assert "righting-reflex" not in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Why do you keep drinking when you know it's hurting your family?",
        "Why do you still go to the casino when you know how it ends?",
        "Why would you use again if you promised your sister?",
        "Why can't you just stop?",
        "Why don't you cut down?",
        "Why won't you see someone about it?",
        "Why do you keep drinking even though you know it hurts your health?",
    ],
)
def test_confrontational_why_questions_are_a_righting_reflex(text: str) -> None:
    found = [f for f in lint_one(text) if f.code == "righting-reflex"]
    assert len(found) == 1, found  # one finding, not one per pattern


@pytest.mark.parametrize(
    "text",
    [
        "Why does it matter to you?",
        "Why now, rather than last year?",
        "Why is it important now, when you know yourself best?",
        "What do you know about why it happens?",
        "Why do you think you drink more on Fridays?",
    ],
)
def test_curious_why_questions_are_not_flagged(text: str) -> None:
    assert "righting-reflex" not in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Why are you still using after everything that happened?",
        "Why would you even go to the casino again?",
        "Why do you always end up at the pub on Fridays?",
        "How could you let it get this bad?",
    ],
)
def test_blaming_why_and_how_could_you_are_a_righting_reflex(text: str) -> None:
    found = [f for f in lint_one(text) if f.code == "righting-reflex"]
    assert len(found) == 1, found


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Don't buy alcohol this week. What will you do instead?", "don't"),
        ("Make sure you avoid the pub this weekend. Who could come with you?", "make sure you"),
        ("Be honest: how are the evenings going?", "be honest"),
        ("Never keep wine in the house. What would that be like?", "never"),
        ("What happened on Friday? Do not go back there.", "do not"),
        ("Don't you think it's time to quit?", "don't you think"),
        ("Isn't it time you cut down?", "isn't it time"),
    ],
)
def test_orders_and_leading_questions_are_a_righting_reflex(text: str, phrase: str) -> None:
    found = [f for f in lint_one(text) if f.code == "righting-reflex"]
    assert len(found) == 1 and f'"{phrase}"' in found[0].message, found


@pytest.mark.parametrize(
    "text",
    [
        "Don't worry if nothing comes to mind. What helped today?",
        "Do not feel you have to answer all of it. What stands out?",
        "Avoid judging yourself; just notice. What happened?",
        "Never judge yourself here. What stood out?",
        "Quit worrying about spelling. What comes to mind?",
        "Don't be too hard on yourself. What went well?",
        "Stop and notice for a moment: what is going on for you right now?",
        "What would you like to stop, start or keep doing, if anything?",
        "Why don't you tell me what happened on Friday?",
        "Why didn't you pick a lower number, like a 2?",
        "What do you promise yourself on a good day?",
        "How could you tell it was working?",
        "Why does it still matter to you after all this time?",
    ],
)
def test_invitations_and_curious_questions_are_not_orders(text: str) -> None:
    assert "righting-reflex" not in codes(text)


def test_confrontational_why_suggests_asking_what_they_make_of_it() -> None:
    [finding] = [f for f in lint_one("Why do you keep drinking when you know it's hurting "
                                     "your family?") if f.code == "righting-reflex"]
    assert "What do you make of" in finding.message


def test_righting_reflex_suggests_a_rewording() -> None:
    [finding] = [f for f in lint_one("What now? You should stop.") if f.code == "righting-reflex"]
    assert "you might" in finding.message and finding.prompt == "p"


@pytest.mark.parametrize("phrase", sorted(RIGHTING_REWORDS))
def test_every_righting_reflex_suggestion_reads_as_something_to_say(phrase: str) -> None:
    # Walked: 'you might say an open question and trust in the answer' for "Be honest".
    # Each suggestion follows "you might say", so it starts with the words to say.
    message = lint_righting_reflex(phrase)
    suggestion = message.split("you might say ", 1)[1]
    assert suggestion.startswith('"'), message


# --- labeling ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("What would an addict say about this?", "addict"),
        ("How do alcoholics in your family cope?", "alcoholics"),
        ("What was it like when you stayed clean?", "clean"),
        ("What happened after the relapse?", "relapse"),
        ("What did you learn when you failed?", "failed"),
        ("How is substance abuse part of your week?", "substance abuse"),
        ("What do you think of junkies?", "junkies"),
        ("What happens when a test comes back dirty?", "dirty"),
        ("What do other drug users in your life think?", "drug users"),
        ("Why might someone be in denial about drinking?", "in denial"),
    ],
)
def test_stigmatizing_words_are_flagged(text: str, word: str) -> None:
    found = [f for f in lint_one(text) if f.code == "labeling"]
    assert found and word in found[0].message


@pytest.mark.parametrize(
    "text",
    [
        "What did you notice about your drinking?",
        "How does a clean kitchen feel after a long day?",
        "What has helped after a setback or a lapse?",
        "Who is a person who uses drugs in your life, if anyone?",
        "What do you think the app's users would say about it?",
        "What would you be denying yourself if things changed?",
    ],
)
def test_person_first_words_are_not_flagged(text: str) -> None:
    assert "labeling" not in codes(text)


def test_labels_get_everyday_person_first_words_not_a_diagnosis() -> None:
    [finding] = [f for f in lint_one("How do alcoholics cope?") if f.code == "labeling"]
    assert '"someone who drinks"' in finding.message
    assert "a person who uses alcohol" in finding.message
    assert "disorder" not in finding.message
    [finding] = [f for f in lint_one("What would an addict say?") if f.code == "labeling"]
    assert "disorder" not in finding.message


def test_labeling_also_checks_pack_text_and_choices() -> None:
    text = (
        '[pack]\nid = "t"\ntitle = "For alcoholics"\nversion = "1"\n\n'
        + prompt_toml("Which fits?", "choice", extra='choices = ["I relapsed", "other"]')
    )
    findings = lint_pack(parse_pack(text, "t.toml"), "t.toml")
    labeled = [(f.prompt, f.code) for f in findings if f.code == "labeling"]
    assert (None, "labeling") in labeled and ("p", "labeling") in labeled


# --- ruler-why-not-ten -------------------------------------------------------------------

RULER = prompt_toml("How important is it, from 0 to 10?", "scale", "imp")


@pytest.mark.parametrize(
    "text",
    [
        "Why are you at {imp} and not a 10?",
        "Why not a ten?",
        "Why isn't it higher?",
        "Why only a {imp}?",
        "What stops you from being at a 10?",
        "Why {imp} and not {imp:+2}?",
    ],
)
def test_why_not_higher_is_flagged(text: str) -> None:
    assert "ruler-why-not-ten" in codes(text, before=RULER)


@pytest.mark.parametrize(
    "text",
    [
        "What puts you at {imp} and not at {imp:-2}?",
        "Why a {imp} and not a lower number?",
        "What might move you from {imp} to {imp:+2}?",
    ],
)
def test_looking_down_is_not_flagged(text: str) -> None:
    assert "ruler-why-not-ten" not in codes(text, before=RULER)


# --- too-long ----------------------------------------------------------------------------


def test_too_long_prompts_are_flagged() -> None:
    long_text = " ".join(["What would a good evening look like for you"] * 6) + "?"
    assert "too-long" in codes(long_text)
    stacked = "What happened? How did it feel? What helped? What next?"
    assert "too-long" in codes(stacked)
    assert "too-long" not in codes("What would a good evening look like for you?")


def test_too_long_counts_read_right() -> None:
    long_text = " ".join(["What would a good evening look like for you"] * 6) + "?"
    [finding] = [f for f in lint_one(long_text) if f.code == "too-long"]
    assert "(54 words, 1 sentence, 1 question)" in finding.message


# --- rulers and choices: closed by design, fine with an open follow-up ------------------

FOLLOW_UP = prompt_toml("What puts you at {imp} and not at {imp:-2}?", pid="imp-lower",
                        extra="optional = true")


def test_ruler_or_choice_without_an_open_follow_up_is_flagged() -> None:
    pack = parse_pack(HEAD + RULER + prompt_toml("What helped?", pid="helped"), "t.toml")
    found = [(f.prompt, f.code) for f in lint_pack(pack, "t.toml")]
    assert ("imp", "no-follow-up") in found
    pick = prompt_toml("Which fits?", "choice", "pick", extra='choices = ["a", "b"]')
    pack = parse_pack(HEAD + pick, "t.toml")
    assert ("pick", "no-follow-up") in [(f.prompt, f.code) for f in lint_pack(pack, "t.toml")]


def test_ruler_or_choice_with_an_open_follow_up_is_not_flagged() -> None:
    pack = parse_pack(HEAD + RULER + FOLLOW_UP, "t.toml")
    assert lint_pack(pack, "t.toml") == []
    pick = prompt_toml("Which fits?", "choice", "pick", extra='choices = ["a", "something else"]')
    asked_on = prompt_toml("What else?", "text", "other",
                           extra='when = { prompt = "pick", equals = "something else" }')
    pack = parse_pack(HEAD + pick + asked_on, "t.toml")
    assert lint_pack(pack, "t.toml") == []


def test_questions_are_counted_the_way_miti_counts_them() -> None:
    from mi_journal.messages import lint as lint_msg
    from mi_journal.packs.lint import count_questions

    pick = prompt_toml("Which fits?", "choice", "pick", extra='choices = ["a", "b"]')
    closed = prompt_toml("Did you walk today?", pid="walk")
    pack = parse_pack(HEAD + RULER + FOLLOW_UP + pick + closed, "t.toml")
    count = count_questions(pack)
    assert (count.open, count.rulers, count.choices, count.closed_wording) == (1, 1, 1, 1)
    assert (count.closed, count.total, count.percent_open) == (3, 4, 25)
    line = lint_msg.question_summary(count.open, count.closed, count.rulers, count.choices,
                                     count.yes_no, count.percent_open)
    assert line == ("Questions, counted as MITI does (rulers and picks are closed): 1 open, "
                    "3 closed (1 ruler, 1 choice, 1 by wording), 25% open.")


def test_findings_are_grouped_by_prompt_in_file_order() -> None:
    text = (HEAD + prompt_toml("Do you drink? You should stop, addict.", pid="first")
            + prompt_toml("What helped?", pid="second")
            + prompt_toml("Are you sure, alcoholic?", pid="third"))
    findings = lint_pack(parse_pack(text, "t.toml"), "t.toml")
    order = [f.prompt for f in findings]
    rank = ["first", "second", "third"]
    assert order == sorted(order, key=lambda prompt: rank.index(str(prompt)))
    assert order.count("first") == 3 and order.count("third") == 2


def test_check_output_groups_by_prompt_and_ends_with_the_count(
    cli: Cli, tmp_path: Path
) -> None:
    path = tmp_path / "t.toml"
    path.write_text(HEAD + prompt_toml("Do you drink? You should stop, addict.", pid="first")
                    + RULER + FOLLOW_UP, encoding="utf-8")
    result = cli(["pack", "check", str(path)], env={"COLUMNS": "400"})
    lines = result.output.splitlines()
    assert lines[0] == str(path)
    assert lines[1] == "  prompt first:"
    assert [line.split("]")[0].strip() for line in lines[2:5]] == [
        "warning [closed-question", "warning [righting-reflex", "warning [labeling"]
    assert "prompt first:" not in "\n".join(lines[2:])
    assert any(line.startswith("  Questions, counted as MITI does") and "67% open" not in line
               and "1 ruler" in line for line in lines)
    assert "Checked 1 pack: 0 errors, 3 warnings." in result.output


# --- errors as findings ------------------------------------------------------------------


def test_toml_syntax_error_has_line_and_column() -> None:
    pack, findings = check_bytes(b'[pack]\nid = "t"\ntitle =\n', "bad.toml")
    assert pack is None
    [finding] = findings
    assert (finding.level, finding.code, finding.file) == ("error", "syntax", "bad.toml")
    assert "line 3" in finding.message and "column" in finding.message


def test_schema_error_names_prompt_and_field() -> None:
    raw = (HEAD + prompt_toml("What?", "scale", extra="min = 5\nmax = 1")).encode()
    _pack, [finding] = check_bytes(raw, "s.toml")
    assert (finding.level, finding.code, finding.prompt) == ("error", "schema", "p")
    assert 'id "p"' in finding.message and "min" in finding.message


def test_unknown_key_is_a_schema_error_naming_the_field() -> None:
    raw = (HEAD + prompt_toml("What?", extra='optinal = true')).encode()
    _pack, [finding] = check_bytes(raw, "s.toml")
    assert finding.code == "schema" and "optinal" in finding.message


def test_reference_error() -> None:
    raw = (HEAD + prompt_toml("What about {later}?")).encode()
    _pack, [finding] = check_bytes(raw, "r.toml")
    assert (finding.code, finding.prompt) == ("reference", "p")


def test_missing_file_is_an_error(tmp_path: Path) -> None:
    _pack, [finding] = check_file(tmp_path / "nope.toml")
    assert (finding.level, finding.code) == ("error", "file")


def test_fails_depends_on_strict() -> None:
    warning = Finding("f", "p", "warning", "too-long", "m")
    error = Finding("f", None, "error", "syntax", "m")
    assert not fails([], True)
    assert not fails([warning], False)
    assert fails([warning], True)
    assert fails([error], False)


def test_example_packs_pass_strictly() -> None:
    files = sorted((REPO / "prompts" / "examples").glob("*.toml"))
    assert len(files) >= 2
    for path in files:
        pack, findings = check_file(path)
        assert pack is not None and pack.assignment is not None, path
        assert findings == [], path


def test_check_output_wraps_each_finding_within_the_width(
    cli: Cli, tmp_path: Path
) -> None:
    path = tmp_path / "t.toml"
    path.write_text(HEAD + prompt_toml("Why do you keep drinking when you know it hurts them?"),
                    encoding="utf-8")
    result = cli(["pack", "check", str(path)], env={"COLUMNS": "80"})
    assert "[righting-reflex] a why-question" in result.output
    assert max(len(line) for line in result.output.splitlines()) <= 80, result.output


def test_check_help_names_every_warning(cli: Cli) -> None:
    import re

    from mi_journal.packs import lint

    result = cli(["pack", "check", "--help"], env={"COLUMNS": "400"})
    listed = re.sub(r"-\s+", "-", " ".join(result.output.split()))  # help wraps at hyphens
    codes_in_doc = re.search(r"- warning: (.*?);?\n\n", lint.__doc__ or "", re.S)
    assert codes_in_doc is not None
    for code in re.findall(r"`([a-z-]+)`", codes_in_doc.group(1)):
        assert code in listed, code


# --- presumes-change and ruler-required (lint7: a counsellor's homework pack read as an
# MI trainer would; the lint let "stay sober" and "motivated ... to quit" through) --------


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("What will you do differently tomorrow to stay sober?", "stay sober"),
        ("How motivated are you to quit, from 0 to 10?", "motivated are you to quit"),
        ("How ready do you feel to stop?", "ready do you feel to stop"),
        ("What has helped your recovery this week?", "your recovery"),
        ("How is the change you are working on going?", "the change you are working on"),
        ("Since you stopped, what has been hardest?", "since you stopped"),
        ("Now that you've decided to quit, who could help?", "now that you've decided to quit"),
        ("What will you do differently next week?", "what will you do differently"),
        ("What does your sobriety mean to you?", "your sobriety"),
    ],
)
def test_presuming_a_change_or_goal_is_flagged(text: str, phrase: str) -> None:
    found = [f for f in lint_one(text) if f.code == "presumes-change"]
    assert found, text
    assert f'"{phrase}"' in found[0].message


@pytest.mark.parametrize(
    "text",
    [
        "What would staying sober mean to you, if anything?",
        "What, if anything, would you like to do differently?",
        "How ready do you feel to do something about it, from 0 to 10?",
        "What change would you like to make, if any?",
        "What would a change around drinking look like for you?",
        "Since you started the new job, how have your evenings been?",
        "What would it be like to stop for a week?",
        "What made you decide to come today?",
        "How would you know a change you chose is working?",
    ],
)
def test_open_wording_that_leaves_the_direction_to_the_person_is_not_flagged(text: str) -> None:
    assert "presumes-change" not in codes(text)


def test_presuming_in_help_and_in_the_homework_note_is_flagged_there() -> None:
    pack = parse_pack(
        HEAD + '[assignment]\nnote = "A few lines a day will help you stay sober."\n'
        + prompt_toml("What went well today?", extra='help = "Think about your recovery."'),
        "t.toml")
    found = [(f.field, f.code) for f in lint_pack(pack, "t.toml")]
    assert ("note", "presumes-change") in found
    assert ("help", "presumes-change") in found


def test_a_ruler_that_cannot_be_skipped_is_flagged() -> None:
    scale = ('[[prompts]]\nid = "imp"\nstage = "evoking"\nkind = "scale"\nruler = "importance"\n'
             'text = "How important is a change, from 0 to 10?"\n')
    follow = prompt_toml("What puts you at {imp} and not at {imp:-2}?", pid="low",
                         extra='optional = true\nwhen = { prompt = "imp", at_least = 1 }')
    required = lint_pack(parse_pack(HEAD + scale + follow, "t.toml"), "t.toml")
    assert [f.code for f in required if f.prompt == "imp"] == ["ruler-required"]
    optional = lint_pack(parse_pack(HEAD + scale + "optional = true\n" + follow, "t.toml"),
                         "t.toml")
    assert [f.code for f in optional if f.prompt == "imp"] == []
    # A scale that is not a ruler (a mood from 1 to 5) may be required.
    plain_scale = scale.replace('ruler = "importance"\n', "")
    assert [f.code for f in lint_pack(parse_pack(HEAD + plain_scale + follow, "t.toml"),
                                      "t.toml") if f.prompt == "imp"] == []


def test_check_cli_names_a_presumed_goal_and_a_required_ruler(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "homework.toml"
    path.write_text(
        HEAD + '[[prompts]]\nid = "motivation"\nstage = "evoking"\nkind = "scale"\n'
        'ruler = "importance"\ntext = "How motivated are you to quit, from 0 to 10?"\n'
        + prompt_toml("What puts you at {motivation} and not lower?", pid="low",
                      extra='optional = true\nwhen = { prompt = "motivation", at_least = 1 }'),
        encoding="utf-8")
    result = cli(["pack", "check", str(path)], env={"COLUMNS": "400"})
    assert result.exit_code == 0
    assert "warning [ruler-required]" in result.output
    assert 'warning [presumes-change] "motivated are you to quit"' in result.output
    assert cli(["pack", "check", "--strict", str(path)]).exit_code == 1
