"""The eligible graph: every pair that passes every hard rule, with its score, and a first working
set of each mentee's best candidates (see mentoring.matching for how the solver grows it)."""

from collections import defaultdict
from dataclasses import dataclass

import numpy as np

from .pairing import (
    ALREADY_FLUENT,
    COMPONENTS,
    DECLINED_BEFORE,
    FLUENT_RANK,
    GENDER_PREFERENCES,
    NO_ONE_NEARBY,
    NO_SHARED_LANGUAGE,
    NO_SHARED_TIME,
    NOT_A_WOMAN,
    VOLUNTEERS_NOT_READY,
    eligible_mentee,
    talk_languages,
)

BLOCK_ROWS = 256  # mentees scored at once; bounds the memory of one numpy block
WORD_BITS = 64
WORD = (1 << WORD_BITS) - 1
# Ties are broken by a hash of the pair, so mentees with equal scores do not all pick the same
# volunteers for the first working set; the score itself is never changed.
TIE_BREAK = 4096


class Vocabulary:
    """Values to bit positions, on as many 64-bit words as the values need: any number of
    districts, goals, skills, interests or genders."""

    def __init__(self):
        self.bits = {}

    def learn(self, collections):
        for values in collections:
            for value in values:
                self.bits.setdefault(value, len(self.bits))

    @property
    def words(self):
        return max(1, -(-len(self.bits) // WORD_BITS))

    def encode(self, collections, *, empty_means_all=False):
        words = self.words
        everything = (1 << (WORD_BITS * words)) - 1
        masks = [
            everything
            if empty_means_all and not values
            else sum(1 << self.bits[value] for value in set(values))
            for values in collections
        ]
        encoded = np.empty((len(masks), words), dtype=np.uint64)
        for word in range(words):
            shift = WORD_BITS * word
            encoded[:, word] = np.fromiter(((mask >> shift) & WORD for mask in masks), np.uint64, len(masks))
        return encoded


def shared_counts(rows, columns):
    """How many bits each row shares with each column, as int64 (never the uint8 of bitwise_count)."""
    shared = np.bitwise_count(rows[:, None, 0] & columns[None, :, 0]).astype(np.int64)
    for word in range(1, rows.shape[1]):
        shared += np.bitwise_count(rows[:, None, word] & columns[None, :, word])
    return shared


def overlaps(rows, columns):
    overlap = (rows[:, None, 0] & columns[None, :, 0]) != 0
    for word in range(1, rows.shape[1]):
        overlap |= (rows[:, None, word] & columns[None, :, word]) != 0
    return overlap


def bit_counts(sets):
    return np.bitwise_count(sets).sum(axis=1, dtype=np.int64)


def share(wanted, offered, wanted_count, weight):
    """`weight * shared // wanted` per pair (rows of `wanted` and `offered` side by side), in int64."""
    shared = bit_counts(wanted & offered)
    return np.where(wanted_count > 0, int(weight) * shared // np.maximum(wanted_count, 1), 0)


class _Side:
    """One side of the pool as arrays: bit sets for the vocabularies, integer codes for districts."""

    def __init__(self, people, vocabularies, district_codes):
        def encode(name, attribute, **options):
            return vocabularies[name].encode([getattr(p, attribute) for p in people], **options)

        self.goals, self.skills = encode("goals", "goals"), encode("skills", "skills")
        self.interests, self.slots = encode("interests", "interests"), encode("slots", "slots")
        self.wanted = {name: bit_counts(getattr(self, name)) for name in ("goals", "skills", "interests")}
        self.gender = vocabularies["gender"].encode([(p.gender,) for p in people])
        self.comfort = encode("gender", "comfortable_with", empty_means_all=True)
        self.district = np.array(
            [district_codes[p.district] if p.district else 0 for p in people], dtype=np.int64
        )
        self.age = np.array([p.age_band for p in people], dtype=np.int64)


def _vocabularies(people):
    vocabularies = defaultdict(Vocabulary)
    for name in ("goals", "skills", "interests", "slots"):
        vocabularies[name].learn(getattr(p, name) for p in people)
    vocabularies["gender"].learn((p.gender, *p.comfortable_with) for p in people)
    return vocabularies


def _mentor_languages(mentor, rules):
    if rules.language_buddies:
        return [rules.local_language] if mentor.languages.get(rules.local_language, 0) >= FLUENT_RANK else []
    return talk_languages(mentor)


def _mentee_languages(mentee, rules):
    if rules.language_buddies:
        return [rules.local_language]
    return sorted(talk_languages(mentee))


class _Buckets:
    """Mentors with places by language and district, and by language for those meeting online:
    two separate indexes, so no district name can be taken for online meetings."""

    def __init__(self, mentors, rules, district_codes):
        nearby, online, anywhere = defaultdict(list), defaultdict(list), defaultdict(list)
        self.mentor_count = len(mentors)
        self.not_ready = set()
        for index, mentor in enumerate(mentors):
            if rules.women_only and mentor.gender != "woman":
                continue
            languages = _mentor_languages(mentor, rules)
            if mentor.capacity <= 0:
                self.not_ready.update(languages)
                continue
            for language in languages:
                anywhere[language].append(index)
                if mentor.district:
                    nearby[(language, district_codes[mentor.district])].append(index)
                if mentor.online:
                    online[language].append(index)
        self.nearby, self.online, self.anywhere = (
            {key: np.array(members, dtype=np.int64) for key, members in index.items()}
            for index in (nearby, online, anywhere)
        )

    def candidates(self, languages, district, online):
        nearby = [(language, district) for language in languages]
        parts = [self.nearby[key] for key in nearby if key in self.nearby]
        if online:
            parts += [self.online[language] for language in languages if language in self.online]
        if len(parts) <= 1:
            return parts[0] if parts else np.empty(0, dtype=np.int64)
        union = np.zeros(self.mentor_count, dtype=bool)
        for part in parts:
            union[part] = True
        return np.nonzero(union)[0]

    def reason_for_none(self, languages):
        if any(language in self.anywhere for language in languages):
            return NO_ONE_NEARBY
        if any(language in self.not_ready for language in languages):
            return VOLUNTEERS_NOT_READY
        return NO_SHARED_LANGUAGE


@dataclass
class CandidateGraph:
    """Every allowed pair as parallel arrays (mentee index, mentor index, score); `seeds` marks
    each mentee's best `max_candidates` pairs, the solver's first working set. `reasons` holds,
    for each mentee without any pair, the first hard rule that removed its last candidate."""

    heads: np.ndarray
    tails: np.ndarray
    scores: np.ndarray
    seeds: np.ndarray
    reasons: dict


def _rules_met(rows, columns, mentees, mentors, rules):
    """Whether the gender rules and the shared time allow each pair of some mentees (with the same
    languages and place) and their candidates, as two boolean matrices."""
    gender_ok = overlaps(mentees.gender[rows], mentors.comfort[columns]) & overlaps(
        mentees.comfort[rows], mentors.gender[columns]
    )
    enough_time = shared_counts(mentees.slots[rows], mentors.slots[columns]) >= rules.min_overlap_slots
    return gender_ok, enough_time


def edge_scores(heads, tails, mentees, mentors, weights):
    """The score of each pair (mentee heads[k], mentor tails[k]): the sum of its components."""
    goals, skills, interests, distance, age = (int(weights[name]) for name in COMPONENTS)
    same_district = (mentees.district[heads] > 0) & (mentees.district[heads] == mentors.district[tails])
    mentee_ages, mentor_ages = mentees.age[heads], mentors.age[tails]
    age_gap = np.where((mentee_ages > 0) & (mentor_ages > 0), np.abs(mentee_ages - mentor_ages), -1)
    return (
        share(mentees.goals[heads], mentors.goals[tails], mentees.wanted["goals"][heads], goals)
        + share(mentees.skills[heads], mentors.skills[tails], mentees.wanted["skills"][heads], skills)
        + share(
            mentees.interests[heads], mentors.interests[tails], mentees.wanted["interests"][heads], interests
        )
        + np.where(same_district, distance, distance // 2)
        + np.where(age_gap == 0, age, 0)
        + np.where(age_gap == 1, age // 2, 0)
    )


def _best_per_row(row_at, column_at, heads, tails, scores, shape, limit):
    """Which pairs are among the `limit` best of their mentee; ties broken by a hash of the pair."""
    if not limit or shape[1] <= limit:
        return np.ones(len(scores), dtype=bool)
    key = np.full(shape, -1, dtype=np.int64)
    key[row_at, column_at] = scores * TIE_BREAK + (heads * 7919 + tails * 104729) % TIE_BREAK
    best = np.argpartition(-key, limit - 1, axis=1)[:, :limit]
    chosen = np.zeros(shape, dtype=bool)
    np.put_along_axis(chosen, best, True, axis=1)
    return chosen[row_at, column_at]


def candidate_graph(mentees, mentors, rules, declined=frozenset()):
    """Every allowed pair, scored; the best `rules.max_candidates` of each mentee marked as seeds.
    Mentors with no places left (capacity 0) only serve to explain why a mentee found no one."""
    everyone = [*mentees, *mentors]
    district_codes = {district: code for code, district in enumerate({p.district for p in everyone}, 1)}
    vocabularies = _vocabularies(everyone)
    mentor_side = _Side(mentors, vocabularies, district_codes)
    mentee_side = _Side(mentees, vocabularies, district_codes)
    buckets = _Buckets(mentors, rules, district_codes)
    position = {m.person: i for i, m in enumerate(mentors)}
    declined_by_mentee = defaultdict(list)
    for mentee_person, mentor_person in declined:
        if mentor_person in position:
            declined_by_mentee[mentee_person].append(position[mentor_person])
    groups, reasons = defaultdict(list), {}
    for index, mentee in enumerate(mentees):
        if rules.women_only and mentee.gender != "woman":
            reasons[index] = NOT_A_WOMAN
        elif not eligible_mentee(mentee, rules):
            reasons[index] = ALREADY_FLUENT
        else:
            district = district_codes[mentee.district] if mentee.district else 0
            groups[(tuple(_mentee_languages(mentee, rules)), district, mentee.online)].append(index)
    heads, tails, scores, seeds = [], [], [], []
    for (languages, district, online), members in groups.items():
        columns = buckets.candidates(languages, district, online)
        if not len(columns):
            reasons.update(dict.fromkeys(members, buckets.reason_for_none(languages)))
            continue
        for start in range(0, len(members), BLOCK_ROWS):
            rows = np.asarray(members[start : start + BLOCK_ROWS], dtype=np.int64)
            gender_ok, enough_time = _rules_met(rows, columns, mentee_side, mentor_side, rules)
            allowed = gender_ok & enough_time
            for row, index in enumerate(rows):
                person = mentees[index].person
                if person in declined_by_mentee:
                    allowed[row] &= ~np.isin(columns, declined_by_mentee[person])
            for row in np.nonzero(~allowed.any(axis=1))[0]:
                reasons[int(rows[row])] = _first_failed_rule(gender_ok[row], enough_time[row])
            row_at, column_at = np.nonzero(allowed)
            block_heads, block_tails = rows[row_at], columns[column_at]
            block_scores = edge_scores(block_heads, block_tails, mentee_side, mentor_side, rules.weights)
            heads.append(block_heads)
            tails.append(block_tails)
            scores.append(block_scores)
            edges = (row_at, column_at, block_heads, block_tails, block_scores)
            seeds.append(_best_per_row(*edges, allowed.shape, rules.max_candidates))
    if not heads:
        heads = tails = scores = [np.empty(0, dtype=np.int64)]
        seeds = [np.empty(0, dtype=bool)]
    return CandidateGraph(*(np.concatenate(part) for part in (heads, tails, scores, seeds)), reasons)


def _first_failed_rule(gender_ok, enough_time):
    if not gender_ok.any():
        return GENDER_PREFERENCES
    if not (gender_ok & enough_time).any():
        return NO_SHARED_TIME
    return DECLINED_BEFORE
