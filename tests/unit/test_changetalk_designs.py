"""The designs compared with the shipped one (tests/eval/changetalk_eval/designs.py) read
a conversation fairly: an utterance's probabilities depend only on itself and on earlier
client utterances of its transcript, never on a later one, and never on the gold labels
of the utterances being tagged (at inference a journal has the person's earlier
sentences, not labels). No AnnoMI data needed: a small made-up conversation."""

from __future__ import annotations

import copy

import pytest

from tests.eval.changetalk_eval import designs, train

LINES = [  # talk type sticks: change follows change, sustain follows sustain
    ("1", "i want to quit smoking", 0),
    ("1", "yes exactly", 0),
    ("1", "i need to cut down for my kids", 0),
    ("1", "we met at work", 2),
    ("1", "it helps me relax though", 1),
    ("1", "i like it", 1),
    ("2", "i do not see a problem", 1),
    ("2", "it is fine", 1),
    ("2", "the weather was nice", 2),
    ("2", "i am going to stop on monday", 0),
    ("2", "right", 0),
    ("2", "i will cut down", 0),
    ("3", "i want to quit for my health", 0),
    ("3", "sure", 0),
    ("3", "i will keep smoking", 1),
    ("3", "maybe", 1),
]


class FakeDev(designs.Dev):
    def __init__(self) -> None:  # no AnnoMI data: the made-up lines above
        self.features = [
            {"bias": 1.0, **{f"w:{w}": 1.0 for w in text.split()}} for _, text, _ in LINES]
        self.gold = [gold for _, _, gold in LINES]
        self.transcript = [t for t, _, _ in LINES]
        self.rules = [("neutral", True)] * len(LINES)
        self.previous = [
            i - 1 if i and self.transcript[i - 1] == self.transcript[i] else -1
            for i in range(len(LINES))
        ]


TRAIN = [i for i, line in enumerate(LINES) if line[0] != "3"] * 2
TAGGED = [i for i, line in enumerate(LINES) if line[0] == "3"]


@pytest.mark.parametrize("make", [
    lambda: designs.Filtered(designs.Logistic, 1.0),
    lambda: designs.Filtered(designs.Logistic, 0.5),
])
def test_filtering_reads_only_earlier_utterances_and_no_gold(make: object) -> None:
    dev = FakeDev()
    fitted = make().fit(dev, TRAIN)  # type: ignore[operator]
    before = fitted.predict(dev, TAGGED)
    changed = copy.deepcopy(dev)
    changed.features[TAGGED[-1]] = {"bias": 1.0, "w:quit": 1.0, "w:want": 1.0}
    for i in TAGGED:
        changed.gold[i] = 0
    after = fitted.predict(changed, TAGGED)
    assert after[TAGGED[-1]] != before[TAGGED[-1]]  # the changed utterance moves
    for i in TAGGED[:-1]:
        assert after[i] == before[i]  # earlier ones do not, and gold is never read


def test_filtering_carries_the_talk_type_forward() -> None:
    dev = FakeDev()
    plain = designs.Plain(designs.Logistic).fit(dev, TRAIN).predict(dev, TAGGED)
    filtered = designs.Filtered(designs.Logistic, 1.0).fit(dev, TRAIN).predict(dev, TAGGED)
    unweighted = designs.Filtered(designs.Logistic, 0.0).fit(dev, TRAIN).predict(dev, TAGGED)
    for i in TAGGED:
        assert unweighted[i] == pytest.approx(plain[i])
    # "sure" after change talk leans more toward change than read alone.
    assert filtered[TAGGED[1]][0] > plain[TAGGED[1]][0]


def test_context_features_come_from_earlier_probabilities_only() -> None:
    dev = FakeDev()
    first = {i: (0.1 * (i % 3), 0.2, 0.5) for i in range(len(LINES))}
    found = designs._context(dev, TAGGED[2], first)
    assert found["c:prev_change"] == first[TAGGED[1]][0]
    assert found["c:prev_rule:neutral"] == 1.0
    assert designs._context(dev, TAGGED[0], first) == {"c:first": 1.0}
    later = dict(first)
    later[TAGGED[3]] = (0.9, 0.05, 0.05)
    assert designs._context(dev, TAGGED[2], later) == found


def test_averaged_weights_are_the_mean_of_the_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    dev = FakeDev()
    rows, gold = [dev.features[i] for i in TRAIN], [dev.gold[i] for i in TRAIN]
    runs = [train.train(list(zip(rows, gold, strict=True)), seed) for seed in (7, 8)]
    monkeypatch.setattr(designs.Averaged, "SEEDS", (7, 8))
    fitted = designs.Averaged().fit(rows, gold).fitted
    assert runs[0] != runs[1]  # the order examples are read in moves the weights
    for name in set(runs[0]) | set(runs[1]):
        for k in range(3):
            mean = (runs[0].get(name, [0.0] * 3)[k] + runs[1].get(name, [0.0] * 3)[k]) / 2
            assert fitted.weights[name][k] == pytest.approx(mean)
