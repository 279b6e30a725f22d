"""Rules and score of one mentee-mentor pair: the reference definition. The vectorised
candidate graph (mentoring.candidates) must agree with it, and the tests check that it does."""

from dataclasses import dataclass, field

CONVERSATION_RANK = 3  # B1, see choices.LEVEL_RANK
FLUENT_RANK = 4  # B2
COMPONENTS = ("goals", "skills", "interests", "distance", "age")
DEFAULT_WEIGHTS = {"goals": 40, "skills": 20, "interests": 15, "distance": 15, "age": 10}

# Why a person stayed unmatched, from the first hard rule that left them without candidates.
NOT_A_WOMAN = "women_only_programme"
ALREADY_FLUENT = "already_fluent_in_local_language"
NO_SHARED_LANGUAGE = "no_shared_language"
VOLUNTEERS_NOT_READY = "volunteers_not_ready"
NO_ONE_NEARBY = "no_one_nearby_or_online"
GENDER_PREFERENCES = "gender_preferences"
NO_SHARED_TIME = "no_shared_availability"
DECLINED_BEFORE = "only_declined_pairs"
TAKEN_BY_OTHERS = "candidates_matched_with_others"
NO_COMPATIBLE_MENTEE = "no_compatible_mentee"
# Why a volunteer of the programme was left out of a round before matching.
NOT_VETTED = "volunteer_not_vetted"
VETTING_REJECTED = "volunteer_rejected"
NOT_TRAINED = "volunteer_not_trained"
NO_PLACES_LEFT = "volunteer_has_no_places_left"


@dataclass(frozen=True)
class Rules:
    language_buddies: bool = False
    local_language: str = "ro"
    women_only: bool = False
    min_overlap_slots: int = 1
    weights: dict = field(default_factory=lambda: dict(DEFAULT_WEIGHTS))
    #: Each mentee's best candidates in the solver's first working set. Only speed depends on
    #: it: the result is proven optimal on every eligible pair whatever its value.
    max_candidates: int | None = 30


@dataclass(frozen=True)
class Person:
    """One side of a pair. `key` is the profile or request id; `person` the user id, which
    declined pairs refer to. For mentees, `skills` are the skills they want help with and
    `capacity` is ignored; for mentors it is the number of places still free."""

    key: int
    person: int
    languages: dict  # code -> level rank (1 = A1 ... 7 = native)
    slots: frozenset
    goals: frozenset = frozenset()
    skills: frozenset = frozenset()
    interests: frozenset = frozenset()
    district: object = None  # any key naming a district (a District id); empty means none
    online: bool = False
    gender: str = "undisclosed"
    comfortable_with: frozenset = frozenset()  # empty: anyone
    age_band: int = 0  # rank, 0 = not given
    capacity: int = 1


@dataclass
class Pair:
    mentee: int
    mentor: int
    score: int
    components: dict
    rules_met: list


@dataclass
class RoundResult:
    pairs: list
    unmatched_mentees: dict  # key -> reason
    unmatched_mentors: dict  # key -> reason (mentors with places who got no one)
    candidate_pairs: int
    most_possible: int = 0  # the most people any assignment could match, proven on the full graph

    @property
    def matched(self):
        return len(self.pairs)

    @property
    def total_score(self):
        return sum(pair.score for pair in self.pairs)


def talk_languages(person):
    return {code for code, rank in person.languages.items() if rank >= CONVERSATION_RANK}


def conversation_language(mentee, mentor, rules):
    """The language the pair talks in, or None."""
    if rules.language_buddies:
        local = rules.local_language
        learning = mentee.languages.get(local, 0) < FLUENT_RANK
        return local if learning and mentor.languages.get(local, 0) >= FLUENT_RANK else None
    shared = talk_languages(mentee) & talk_languages(mentor)
    return min(shared) if shared else None


def comfortable(person, other_gender):
    return not person.comfortable_with or other_gender in person.comfortable_with


def meeting_place(mentee, mentor):
    if mentee.district and mentee.district == mentor.district:
        return "district"
    return "online" if mentee.online and mentor.online else None


def score_components(mentee, mentor, rules):
    weights = rules.weights

    def share(wanted, offered, weight):
        return weight * len(wanted & offered) // len(wanted) if wanted else 0

    age_gap = abs(mentee.age_band - mentor.age_band) if mentee.age_band and mentor.age_band else None
    return {
        "goals": share(mentee.goals, mentor.goals, weights["goals"]),
        "skills": share(mentee.skills, mentor.skills, weights["skills"]),
        "interests": share(mentee.interests, mentor.interests, weights["interests"]),
        "distance": weights["distance"]
        if meeting_place(mentee, mentor) == "district"
        else weights["distance"] // 2,
        "age": {0: weights["age"], 1: weights["age"] // 2}.get(age_gap, 0),
    }


def explain_pair(mentee, mentor, rules):
    """The hard rules a pair meets, as (rule, detail) lists, and its score by component."""
    shared_slots = mentee.slots & mentor.slots
    rules_met = [
        ["language", conversation_language(mentee, mentor, rules)],
        ["gender", "both comfortable"],
        ["capacity", mentor.capacity],
        ["availability", sorted(shared_slots)],
        ["place", meeting_place(mentee, mentor)],
        ["not_declined", True],
    ]
    if rules.women_only:
        rules_met.insert(2, ["women_only", True])
    return rules_met, score_components(mentee, mentor, rules)


def pair_allowed(mentee, mentor, rules, declined=frozenset()):
    return (
        mentor.capacity > 0
        and eligible_mentee(mentee, rules)
        and (not rules.women_only or mentor.gender == "woman")
        and conversation_language(mentee, mentor, rules) is not None
        and meeting_place(mentee, mentor) is not None
        and comfortable(mentee, mentor.gender)
        and comfortable(mentor, mentee.gender)
        and len(mentee.slots & mentor.slots) >= rules.min_overlap_slots
        and (mentee.person, mentor.person) not in declined
    )


def eligible_mentee(mentee, rules):
    if rules.women_only and mentee.gender != "woman":
        return False
    return not rules.language_buddies or mentee.languages.get(rules.local_language, 0) < FLUENT_RANK
