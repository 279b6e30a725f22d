"""Random pools of mentees and mentors for the engine's tests."""

import random

from mentoring.matching import Person

LANGUAGES = ["ro", "en", "ar", "uk"]
DISTRICTS = ["centru", "gheorgheni"]
GOALS = ["job_search", "paperwork", "housing", "school", "language_practice", "social_contact"]
SKILLS = ["cv", "it", "law", "teaching"]
INTERESTS = ["sports", "music", "cooking", "reading"]
GENDERS = ["woman", "woman", "man", "non_binary"]


def random_person(rng, key, *, mentor):
    languages = {code: rng.randint(1, 7) for code in rng.sample(LANGUAGES, rng.randint(1, 3))}
    return Person(
        key=key,
        person=key + (100_000 if mentor else 0),
        languages=languages,
        slots=frozenset(rng.sample(range(21), rng.randint(3, 12))),
        goals=frozenset(rng.sample(GOALS, rng.randint(0, 3))),
        skills=frozenset(rng.sample(SKILLS, rng.randint(0, 2))),
        interests=frozenset(rng.sample(INTERESTS, rng.randint(0, 3))),
        district=rng.choice(DISTRICTS + [""]),
        online=rng.random() < 0.7,
        gender=rng.choice(GENDERS),
        comfortable_with=frozenset(rng.sample(GENDERS, rng.choice([0, 0, 1, 2]))),
        age_band=rng.randint(0, 5),
        capacity=rng.randint(1, 3) if mentor else 1,
    )


def random_pool(seed, mentees=8, mentors=5):
    rng = random.Random(seed)
    return (
        [random_person(rng, key, mentor=False) for key in range(1, mentees + 1)],
        [random_person(rng, key, mentor=True) for key in range(1, mentors + 1)],
    )
