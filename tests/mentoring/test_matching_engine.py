"""The engine on random pools: hard rules hold, the optimum equals networkx's, explanations
add up, and unmatched people get the right reason."""

import networkx as nx
import pytest

from mentoring import pairing
from mentoring.candidates import candidate_graph
from mentoring.matching import Person, Rules, run_greedy, run_matching
from mentoring.pairing import explain_pair, pair_allowed, score_components
from tests.mentoring.pools import random_pool

SEEDS = range(60)
RULE_SETS = {
    "social": Rules(max_candidates=None),
    "women": Rules(women_only=True, max_candidates=None),
    "buddies": Rules(language_buddies=True, local_language="ro", max_candidates=None),
    "two_slots": Rules(min_overlap_slots=2, max_candidates=None),
}


def declined_for(mentees, mentors, seed):
    return {(mentees[i].person, mentors[j].person) for i, j in [(seed % len(mentees), seed % len(mentors))]}


def networkx_optimum(mentees, mentors, rules, declined):
    """Max-cardinality, max-weight matching with each mentor copied once per place."""
    graph = nx.Graph()
    for mentee in mentees:
        for mentor in mentors:
            if pair_allowed(mentee, mentor, rules, declined):
                score = sum(score_components(mentee, mentor, rules).values())
                for copy in range(mentor.capacity):
                    graph.add_edge(("mentee", mentee.key), ("mentor", mentor.key, copy), weight=score)
    matching = nx.max_weight_matching(graph, maxcardinality=True)
    return len(matching), sum(graph.edges[edge]["weight"] for edge in matching)


@pytest.mark.parametrize("rules_name", RULE_SETS)
@pytest.mark.parametrize("seed", SEEDS)
def test_solver_equals_networkx_and_never_breaks_a_hard_rule(seed, rules_name):
    rules = RULE_SETS[rules_name]
    mentees, mentors = random_pool(seed, mentees=9, mentors=5)
    declined = declined_for(mentees, mentors, seed)
    result = run_matching(mentees, mentors, rules, declined)

    assert (result.matched, result.total_score) == networkx_optimum(mentees, mentors, rules, declined)
    by_key = {m.key: m for m in mentors}
    mentee_by_key = {m.key: m for m in mentees}
    places = {m.key: m.capacity for m in mentors}
    for pair in result.pairs:
        mentee, mentor = mentee_by_key[pair.mentee], by_key[pair.mentor]
        assert pair_allowed(mentee, mentor, rules, declined)
        assert (mentee.person, mentor.person) not in declined
        places[pair.mentor] -= 1
    assert min(places.values(), default=0) >= 0
    assert len({pair.mentee for pair in result.pairs}) == result.matched


@pytest.mark.parametrize("seed", SEEDS)
def test_greedy_never_beats_the_solver(seed):
    mentees, mentors = random_pool(seed, mentees=12, mentors=5)
    rules = Rules()
    optimal, greedy = run_matching(mentees, mentors, rules), run_greedy(mentees, mentors, rules)
    assert (greedy.matched, greedy.total_score) <= (optimal.matched, optimal.total_score)


@pytest.mark.parametrize("seed", range(20))
def test_explanations_add_up_to_the_scores(seed):
    mentees, mentors = random_pool(seed, mentees=10, mentors=6)
    rules = Rules(weights={"goals": 37, "skills": 23, "interests": 11, "distance": 17, "age": 9})
    result = run_matching(mentees, mentors, rules)
    mentee_by_key, mentor_by_key = {m.key: m for m in mentees}, {m.key: m for m in mentors}
    for pair in result.pairs:
        mentee, mentor = mentee_by_key[pair.mentee], mentor_by_key[pair.mentor]
        assert sum(pair.components.values()) == pair.score
        assert pair.components == score_components(mentee, mentor, rules)
        rules_met = dict(pair.rules_met)
        assert rules_met["language"] == pairing.conversation_language(mentee, mentor, rules)
        assert set(rules_met["availability"]) == mentee.slots & mentor.slots


@pytest.mark.parametrize("rules_name", RULE_SETS)
@pytest.mark.parametrize("seed", range(20))
def test_vectorised_graph_has_exactly_the_allowed_pairs_with_reference_scores(seed, rules_name):
    rules = RULE_SETS[rules_name]
    mentees, mentors = random_pool(seed, mentees=10, mentors=8)
    graph = candidate_graph(mentees, mentors, rules)
    edges = {(int(h), int(t)): int(s) for h, t, s in zip(graph.heads, graph.tails, graph.scores, strict=True)}
    expected = {
        (i, j): sum(score_components(a, b, rules).values())
        for i, a in enumerate(mentees)
        for j, b in enumerate(mentors)
        if pair_allowed(a, b, rules)
    }
    assert edges == expected
    assert len(graph.heads) == len(expected), "a pair of people who share several languages appears once"


def test_first_working_set_holds_the_best_candidates_of_each_mentee_and_the_graph_all():
    mentee = Person(
        key=1, person=1, languages={"en": 5}, slots=frozenset({1}), goals=frozenset({"housing"}), online=True
    )
    mentors = [
        Person(
            key=k,
            person=100 + k,
            languages={"en": 5},
            slots=frozenset({1}),
            online=True,
            goals=frozenset({"housing"}) if k <= 3 else frozenset(),
        )
        for k in range(1, 11)
    ]
    graph = candidate_graph([mentee], mentors, Rules(max_candidates=3))
    assert sorted(graph.tails[graph.seeds].tolist()) == [0, 1, 2]
    assert sorted(graph.tails.tolist()) == list(range(10))


def person(key, **fields):
    defaults = {"languages": {"en": 5}, "slots": frozenset({1, 2}), "district": "centru", "gender": "woman"}
    return Person(key=key, person=key, **{**defaults, **fields})


@pytest.mark.parametrize(
    ("mentee", "mentor", "rules", "reason"),
    [
        (person(1, languages={"ar": 7}), person(2), Rules(), pairing.NO_SHARED_LANGUAGE),
        (person(1, district="iris"), person(2), Rules(), pairing.NO_ONE_NEARBY),
        (person(1, comfortable_with=frozenset({"man"})), person(2), Rules(), pairing.GENDER_PREFERENCES),
        (
            person(1, gender="man"),
            person(2, comfortable_with=frozenset({"woman"})),
            Rules(),
            pairing.GENDER_PREFERENCES,
        ),
        (person(1, slots=frozenset({9})), person(2), Rules(), pairing.NO_SHARED_TIME),
        (person(1, gender="man"), person(2), Rules(women_only=True), pairing.NOT_A_WOMAN),
        (
            person(1, languages={"ro": 7}),
            person(2, languages={"ro": 7}),
            Rules(language_buddies=True),
            pairing.ALREADY_FLUENT,
        ),
        (
            person(1, languages={"ro": 2}),
            person(2, languages={"ro": 3}),
            Rules(language_buddies=True),
            pairing.NO_SHARED_LANGUAGE,
        ),
    ],
)
def test_unmatched_people_get_the_rule_that_stopped_them(mentee, mentor, rules, reason):
    result = run_matching([mentee], [mentor], rules)
    assert result.unmatched_mentees == {1: reason}
    assert result.unmatched_mentors == {2: pairing.NO_COMPATIBLE_MENTEE}


def test_declined_pair_is_never_proposed_and_explained():
    result = run_matching([person(1)], [person(2)], Rules(), declined={(1, 2)})
    assert result.pairs == [] and result.unmatched_mentees == {1: pairing.DECLINED_BEFORE}


def test_language_buddy_learner_talks_with_a_fluent_local_speaker_without_another_shared_language():
    learner = person(1, languages={"ro": 1, "ne": 7})
    local = person(2, languages={"ro": 7})
    result = run_matching([learner], [local], Rules(language_buddies=True))
    assert [(p.mentee, p.mentor) for p in result.pairs] == [(1, 2)]
    assert dict(result.pairs[0].rules_met)["language"] == "ro"


def test_a_person_taken_by_others_is_told_so():
    mentees = [person(1, goals=frozenset({"housing"})), person(2)]
    mentor = person(3, goals=frozenset({"housing"}))
    result = run_matching(mentees, [mentor], Rules())
    assert [p.mentee for p in result.pairs] == [1]
    assert result.unmatched_mentees == {2: pairing.TAKEN_BY_OTHERS}


def test_explain_pair_lists_every_hard_rule():
    rules_met, components = explain_pair(person(1), person(2), Rules(women_only=True))
    assert [rule for rule, _detail in rules_met] == [
        "language",
        "gender",
        "women_only",
        "capacity",
        "availability",
        "place",
        "not_declined",
    ]
    assert set(components) == set(pairing.COMPONENTS)
