"""The four defects of issue 18, each on the smallest pool that shows it."""

import pytest

from mentoring.matching import Person, Rules, run_matching
from mentoring.pairing import COMPONENTS, pair_allowed, score_components

NO_WEIGHTS = dict.fromkeys(COMPONENTS, 0)


def person(key, **fields):
    defaults = {"languages": {"en": 5}, "slots": frozenset({1, 2}), "online": True, "gender": "woman"}
    return Person(key=key, person=key, **{**defaults, **fields})


def test_every_mentee_is_matched_when_all_compete_for_the_same_volunteers_with_tied_scores():
    mentees = [person(key) for key in range(1, 81)]
    mentors = [person(1000 + key) for key in range(80)]

    result = run_matching(mentees, mentors, Rules(weights=NO_WEIGHTS))

    assert result.matched == 80


def test_well_liked_volunteers_do_not_hide_the_others():
    """Every mentee scores the same five volunteers highest; the other 55 still get someone."""
    housing = frozenset({"housing"})
    mentees = [person(key, goals=housing) for key in range(1, 61)]
    stars = [person(1000 + key, goals=housing, capacity=1) for key in range(5)]
    others = [person(2000 + key) for key in range(55)]

    result = run_matching(mentees, stars + others, Rules())

    assert result.matched == 60
    assert result.total_score == 5 * 40 + 60 * (15 // 2)


@pytest.mark.parametrize("weight", range(101))
def test_a_proposal_scores_the_sum_of_its_components_for_every_allowed_weight(weight):
    skills, goals, interests = (
        frozenset({"cv", "it", "law"}),
        frozenset({"housing", "school"}),
        frozenset({"music"}),
    )
    mentee = person(1, skills=skills, goals=goals, interests=interests, age_band=2, district="centru")
    mentor = person(
        2, skills=skills | {"teaching"}, goals=goals, interests=interests, age_band=2, district="centru"
    )
    rules = Rules(weights=dict.fromkeys(COMPONENTS, weight))

    (pair,) = run_matching([mentee], [mentor], rules).pairs

    assert pair.components == score_components(mentee, mentor, rules) == dict.fromkeys(COMPONENTS, weight)
    assert pair.score == sum(pair.components.values()) == 5 * weight


def test_a_district_called_online_is_not_a_way_to_meet_online():
    only_online = person(1, district="", online=True)
    in_person_in_online_district = person(2, district="online", online=False)

    result = run_matching([only_online], [in_person_in_online_district], Rules())

    assert not pair_allowed(only_online, in_person_in_online_district, Rules())
    assert result.pairs == []


def test_a_mentee_in_a_district_called_online_meets_no_online_only_volunteer():
    in_person = person(1, district="online", online=False)
    only_online = person(2, district="", online=True)

    assert run_matching([in_person], [only_online], Rules()).pairs == []


def test_a_round_handles_hundreds_of_districts_skills_and_interests():
    count = 300

    def own(key, *extra_skills):
        return {
            "district": f"district {key}",
            "online": False,
            "skills": frozenset({f"skill {key}", *extra_skills}),
            "interests": frozenset({f"interest {key}"}),
            "goals": frozenset({f"goal {key}"}),
        }

    mentees = [person(key, **own(key, "shared")) for key in range(count)]
    mentors = [person(1000 + key, **own(key)) for key in range(count)]

    result = run_matching(mentees, mentors, Rules())

    assert result.matched == count
    assert {(pair.mentee, pair.mentor) for pair in result.pairs} == {
        (key, 1000 + key) for key in range(count)
    }
    assert all(pair.components["skills"] == 10 and pair.score == 40 + 10 + 15 + 15 for pair in result.pairs)
