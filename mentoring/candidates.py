"""The sparse candidate graph: every allowed pair, scored, at most K per mentee (see the
docstring of mentoring.matching for what that cap trades)."""

from collections import defaultdict
from dataclasses import dataclass

import numpy as np

from .pairing import (
    ALREADY_FLUENT,
    DECLINED_BEFORE,
    FLUENT_RANK,
    GENDER_PREFERENCES,
    NO_ONE_NEARBY,
    NO_SHARED_LANGUAGE,
    NO_SHARED_TIME,
    NOT_A_WOMAN,
    eligible_mentee,
    talk_languages,
)

BLOCK_ROWS = 256  # mentees scored at once; bounds the memory of one numpy block


class _Encoder:
    """Maps strings to bit positions, so sets become int64 masks."""

    def __init__(self):
        self.bits = {}

    def mask(self, values):
        result = 0
        for value in values:
            bit = self.bits.setdefault(value, len(self.bits))
            if bit > 62:
                raise ValueError("More than 63 distinct values in one vocabulary")
            result |= 1 << bit
        return result


class _Mentors:
    def __init__(self, mentors, rules, encoders):
        self.people = mentors
        self.keys = np.array([m.key for m in mentors], dtype=np.int64)
        self.position = {m.person: i for i, m in enumerate(mentors)}
        column = lambda values: np.array(values, dtype=np.int64)  # noqa: E731
        self.goals = column([encoders["goals"].mask(m.goals) for m in mentors])
        self.skills = column([encoders["skills"].mask(m.skills) for m in mentors])
        self.interests = column([encoders["interests"].mask(m.interests) for m in mentors])
        self.slots = column([sum(1 << s for s in m.slots) for m in mentors])
        self.gender = column([encoders["gender"].mask([m.gender]) for m in mentors])
        self.comfort = column([encoders["gender"].mask(m.comfortable_with) if m.comfortable_with else -1 for m in mentors])
        self.district = column([encoders["district"].mask([m.district]) if m.district else 0 for m in mentors])
        self.age = column([m.age_band for m in mentors])
        self.buckets = defaultdict(list)
        for index, mentor in enumerate(mentors):
            if mentor.capacity <= 0 or (rules.women_only and mentor.gender != "woman"):
                continue
            if rules.language_buddies:
                languages = [rules.local_language] if mentor.languages.get(rules.local_language, 0) >= FLUENT_RANK else []
            else:
                languages = talk_languages(mentor)
            for language in languages:
                self.buckets[language].append(index)
                if mentor.district:
                    self.buckets[(language, mentor.district)].append(index)
                if mentor.online:
                    self.buckets[(language, "online")].append(index)
        self.buckets = {key: np.array(members, dtype=np.int64) for key, members in self.buckets.items()}

    def candidates(self, languages, district, online, nearby=True):
        if not nearby:
            keys = list(languages)
        else:
            keys = [(language, district) for language in languages if district]
            keys += [(language, "online") for language in languages if online]
        parts = [self.buckets[key] for key in keys if key in self.buckets]
        if len(parts) == 1:
            return parts[0]
        return np.unique(np.concatenate(parts)) if parts else np.empty(0, dtype=np.int64)


def _mentee_languages(mentee, rules):
    if rules.language_buddies:
        return [rules.local_language]
    return sorted(talk_languages(mentee))


def _share(wanted, offered, weight):
    wanted_count = np.bitwise_count(wanted)
    shared = np.bitwise_count(wanted[:, None] & offered[None, :])
    return np.where(wanted_count[:, None] > 0, weight * shared // np.maximum(wanted_count, 1)[:, None], 0)


@dataclass
class CandidateGraph:
    """Edges as parallel arrays (mentee index, mentor index, score), and for each mentee left
    without any edge, the first hard rule that removed its last candidate."""

    heads: np.ndarray
    tails: np.ndarray
    scores: np.ndarray
    reasons: dict


class _Block:
    """Up to BLOCK_ROWS mentees sharing a bucket key, against the union of their buckets."""

    def __init__(self, block, columns, pool, encoders):
        self.columns = columns

        def column(values):
            return np.array(values, dtype=np.int64)

        def encode(name, attr):
            return column([encoders[name].mask(getattr(m, attr)) for m in block])

        self.goals, self.skills, self.interests = encode("goals", "goals"), encode("skills", "skills"), encode(
            "interests", "interests"
        )
        gender = column([encoders["gender"].mask([m.gender]) for m in block])
        comfort = column([encoders["gender"].mask(m.comfortable_with) if m.comfortable_with else -1 for m in block])
        slots = column([sum(1 << s for s in m.slots) for m in block])
        self.ages = column([m.age_band for m in block])
        self.gender_ok = ((gender[:, None] & pool.comfort[columns][None, :]) != 0) & (
            (comfort[:, None] & pool.gender[columns][None, :]) != 0
        )
        self.shared_slots = np.bitwise_count(slots[:, None] & pool.slots[columns][None, :])

    def scores(self, pool, rules, district_bit):
        weights, columns = rules.weights, self.columns
        same_district = (pool.district[columns] == district_bit)[None, :] if district_bit else False
        mentor_ages = pool.age[columns][None, :]
        age_gap = np.abs(self.ages[:, None] - mentor_ages)
        known_ages = (self.ages[:, None] > 0) & (mentor_ages > 0)
        return (
            _share(self.goals, pool.goals[columns], weights["goals"])
            + _share(self.skills, pool.skills[columns], weights["skills"])
            + _share(self.interests, pool.interests[columns], weights["interests"])
            + np.where(same_district, weights["distance"], weights["distance"] // 2)
            + np.where(known_ages & (age_gap == 0), weights["age"], 0)
            + np.where(known_ages & (age_gap == 1), weights["age"] // 2, 0)
        )


def candidate_graph(mentees, mentors, rules, declined=frozenset()):
    """Every allowed pair, scored, keeping at most `rules.max_candidates` per mentee (the best)."""
    encoders = defaultdict(_Encoder)
    pool = _Mentors(mentors, rules, encoders)
    declined_by_mentee = defaultdict(list)
    for mentee_person, mentor_person in declined:
        if mentor_person in pool.position:
            declined_by_mentee[mentee_person].append(pool.position[mentor_person])
    groups, reasons = defaultdict(list), {}
    for index, mentee in enumerate(mentees):
        if rules.women_only and mentee.gender != "woman":
            reasons[index] = NOT_A_WOMAN
        elif not eligible_mentee(mentee, rules):
            reasons[index] = ALREADY_FLUENT
        else:
            groups[(tuple(_mentee_languages(mentee, rules)), mentee.district, mentee.online)].append(index)
    heads, tails, scores = [], [], []
    for (languages, district, online), members in groups.items():
        columns = pool.candidates(languages, district, online)
        if not len(columns):
            reason = NO_ONE_NEARBY if len(pool.candidates(languages, district, online, nearby=False)) else NO_SHARED_LANGUAGE
            reasons.update(dict.fromkeys(members, reason))
            continue
        district_bit = encoders["district"].mask([district]) if district else 0
        for start in range(0, len(members), BLOCK_ROWS):
            rows = members[start : start + BLOCK_ROWS]
            block = _Block([mentees[i] for i in rows], columns, pool, encoders)
            allowed = block.gender_ok & (block.shared_slots >= rules.min_overlap_slots)
            for row, index in enumerate(rows):
                person = mentees[index].person
                if person in declined_by_mentee:
                    allowed[row] &= ~np.isin(columns, declined_by_mentee[person])
                if not allowed[row].any():
                    reasons[index] = _first_failed_rule(block, row, rules)
            score = np.where(allowed, block.scores(pool, rules, district_bit), -1)
            limit = rules.max_candidates
            if limit and score.shape[1] > limit:
                best = np.argpartition(-score, limit - 1, axis=1)[:, :limit]
            else:
                best = np.broadcast_to(np.arange(score.shape[1]), score.shape)
            best_scores = np.take_along_axis(score, best, axis=1)
            keep = best_scores >= 0
            heads.append(np.repeat(np.asarray(rows, dtype=np.int64), best.shape[1]).reshape(best.shape)[keep])
            tails.append(columns[best][keep])
            scores.append(best_scores[keep])
    if not heads:
        heads = tails = scores = [np.empty(0, dtype=np.int64)]
    return CandidateGraph(np.concatenate(heads), np.concatenate(tails), np.concatenate(scores), reasons)


def _first_failed_rule(block, row, rules):
    if not block.gender_ok[row].any():
        return GENDER_PREFERENCES
    if not (block.gender_ok[row] & (block.shared_slots[row] >= rules.min_overlap_slots)).any():
        return NO_SHARED_TIME
    return DECLINED_BEFORE
