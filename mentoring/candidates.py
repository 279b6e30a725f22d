"""The eligible graph: every pair that passes every hard rule, with its score, and a first working
set of each mentee's best candidates (see mentoring.matching for how the solver grows it).

Mentors with places are indexed by (language, district) and, for those meeting online, by
language. Mentees are grouped by one language they talk, their district and whether they meet
online; a group is scored as dense numpy blocks against the mentors of its index entries, each
pair in one pass of whole-block array operations (bit sets for the vocabularies, small tables for
the score components). A mentee talking several languages is in several groups; a pair is kept
only in the group of the first language both talk, so every eligible pair appears exactly once."""

from collections import defaultdict
from dataclasses import dataclass
from itertools import chain, count
from operator import attrgetter

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
    VOLUNTEERS_NOT_READY,
    eligible_mentee,
    talk_languages,
)

#: Pairs scored at once: a block's arrays stay in the processor's cache, and few enough numpy
#: calls are made per pair.
BLOCK_PAIRS = 1 << 16
#: Largest table of one score component over the distinct sets of both sides; past it the
#: component is counted from the bit sets pair by pair.
COMPONENT_TABLE_CELLS = 1 << 16
#: Range of the pair hash that draws, among pairs tied at a mentee's threshold score, those in
#: the first working set.
TIE_BREAK = 4096
#: Most score levels the first working set tells apart (see _FirstWorkingSet).
SCORE_LEVELS = 128


class Vocabulary:
    """Values to bit positions, learnt as they come and packed in the smallest unsigned integers
    that hold them, on as many words as the values need: any number of languages, districts,
    goals, skills, interests or genders."""

    def __init__(self, known=()):
        self.bits = defaultdict(count().__next__)
        for value in known:
            self.bits[value]

    @property
    def dtype(self):
        size = len(self.bits)
        return next((t for t in (np.uint8, np.uint16, np.uint32) if size <= np.iinfo(t).bits), np.uint64)

    @property
    def word_bits(self):
        return np.iinfo(self.dtype).bits

    @property
    def words(self):
        return max(1, -(-len(self.bits) // self.word_bits))

    def positions(self, collections):
        """Each collection's length and the bit of each of its values, learning new values."""
        lengths = np.fromiter(map(len, collections), np.int64, len(collections))
        bits = np.fromiter(
            map(self.bits.__getitem__, chain.from_iterable(collections)), np.int64, int(lengths.sum())
        )
        return lengths, bits

    def pack(self, lengths, bits, *, empty_means_all=False):
        """One row of bit words per collection, from its positions."""
        dtype, word_bits = self.dtype, self.word_bits
        encoded = np.zeros((len(lengths), self.words), dtype=dtype)
        owners = np.repeat(np.arange(len(lengths)), lengths)
        words, positions = np.divmod(bits, word_bits)
        np.bitwise_or.at(
            encoded, (owners, words), np.left_shift(1, positions.astype(np.uint64)).astype(dtype)
        )
        if empty_means_all:
            encoded[lengths == 0] = np.iinfo(dtype).max
        return encoded

    def encode(self, collections, **options):
        return self.pack(*self.positions(collections), **options)


def _pairwise(rows, columns, operation):
    """`operation` on each word of every (row, column) pair of two bit-set arrays, summed over words."""
    result = operation(rows[:, None, 0] & columns[None, :, 0])
    for word in range(1, rows.shape[1]):
        result = result + operation(rows[:, None, word] & columns[None, :, word])
    return result


def shared_counts(rows, columns):
    """How many bits each row shares with each column (uint8 for one word, else int64)."""
    if rows.shape[1] == 1:
        return np.bitwise_count(rows[:, None, 0] & columns[None, :, 0])
    return _pairwise(rows, columns, lambda words: np.bitwise_count(words).astype(np.int64))


def overlaps(rows, columns):
    if rows.shape[1] == 1:
        return (rows[:, None, 0] & columns[None, :, 0]) != 0
    return _pairwise(rows, columns, lambda words: words != 0) > 0


def bit_counts(sets):
    return np.bitwise_count(sets).sum(axis=1, dtype=np.int64)


def share_points(weight, wanted, shared):
    """`weight * shared // wanted`, 0 when nothing is wanted: computed in int64 and at most the
    weight, so it cannot overflow."""
    wanted, shared = np.asarray(wanted, dtype=np.int64), np.asarray(shared, dtype=np.int64)
    return np.where(wanted > 0, int(weight) * shared // np.maximum(wanted, 1), 0)


class _Lookup:
    """A score component read from a table: table[row_codes[mentee] + column_codes[mentor]]."""

    def __init__(self, row_codes, column_codes, table):
        self.row_codes, self.column_codes = row_codes, column_codes
        self.table = np.ascontiguousarray(table, dtype=np.int32).ravel()

    def points(self, rows, columns):
        return self.table[self.row_codes[rows][:, None] + self.column_codes[columns][None, :]]


class _SharedSets:
    """The points of a set component (goals, skills, interests) from the bit sets of each pair,
    for vocabularies with too many distinct sets for a table between them."""

    def __init__(self, weight, wanted, offered):
        self.wanted, self.offered = wanted, offered
        counts = bit_counts(wanted)
        most = int(counts.max(initial=0))
        self.row_offsets = counts * (most + 1)
        steps = np.arange(most + 1)
        self.table = share_points(weight, steps[:, None], steps[None, :]).astype(np.int32).ravel()

    def points(self, rows, columns):
        return self.table[
            self.row_offsets[rows][:, None] + shared_counts(self.wanted[rows], self.offered[columns])
        ]


def distinct_rows(sets):
    """The distinct rows of a bit-set array and, for each row, the index of its distinct row."""
    if sets.shape[1] == 1:
        distinct, codes = np.unique(sets[:, 0], return_inverse=True)
        return distinct[:, None], codes
    distinct, codes = np.unique(sets, axis=0, return_inverse=True)
    return distinct, codes.reshape(-1)


def set_component(weight, wanted, offered):
    """`weight * shared // wanted` per pair: a table between the distinct sets of both sides
    when it is small, else counted from the bit sets."""
    wanted_sets, wanted_codes = distinct_rows(wanted)
    offered_sets, offered_codes = distinct_rows(offered)
    if len(wanted_sets) * len(offered_sets) > COMPONENT_TABLE_CELLS:
        return _SharedSets(weight, wanted, offered)
    table = share_points(weight, bit_counts(wanted_sets)[:, None], shared_counts(wanted_sets, offered_sets))
    return _Lookup(wanted_codes * len(offered_sets), offered_codes, table)


def age_component(weight, mentee_ages, mentor_ages):
    """The age component for every pair of age ranks (0: not given)."""
    ranks = np.arange(int(max(mentee_ages.max(initial=0), mentor_ages.max(initial=0))) + 1)
    gap = np.abs(ranks[:, None] - ranks[None, :])
    given = (ranks[:, None] > 0) & (ranks[None, :] > 0)
    weight = int(weight)
    table = np.where(given & (gap == 0), weight, 0) + np.where(given & (gap == 1), weight // 2, 0)
    return _Lookup(mentee_ages * len(ranks), mentor_ages, table)


class _Side:
    """One side of the pool as arrays: bit sets for the vocabularies, integer codes for districts."""

    def __init__(self, arrays, part):
        for name, array in arrays.items():
            setattr(self, name, array[part])


def _sides(mentees, mentors, mentee_languages, mentor_languages):
    """Both sides of the pool, each vocabulary learnt and encoded once for everyone; and the
    vocabulary of languages, in code order."""
    everyone = [*mentees, *mentors]
    arrays = {}
    for name in ("goals", "skills", "interests", "slots"):
        arrays[name] = Vocabulary().encode(list(map(attrgetter(name), everyone)))
    gender_vocabulary = Vocabulary()
    genders = gender_vocabulary.positions([(p.gender,) for p in everyone])
    comfort = gender_vocabulary.positions(list(map(attrgetter("comfortable_with"), everyone)))
    arrays["gender"] = gender_vocabulary.pack(*genders)
    arrays["comfort"] = gender_vocabulary.pack(*comfort, empty_means_all=True)
    languages = [*mentee_languages, *mentor_languages]
    # Languages in a fixed order: a pair belongs to the group of the first language both talk.
    language_vocabulary = Vocabulary(sorted(set(chain.from_iterable(languages))))
    arrays["talk"] = language_vocabulary.encode(languages)
    districts = dict.fromkeys(p.district for p in everyone if p.district)
    codes = {district: code for code, district in enumerate(districts, 1)}
    arrays["district"] = np.array([codes[p.district] if p.district else 0 for p in everyone], dtype=np.int64)
    arrays["age"] = np.fromiter(map(attrgetter("age_band"), everyone), np.int64, len(everyone))
    split = len(mentees)
    return _Side(arrays, slice(None, split)), _Side(arrays, slice(split, None)), language_vocabulary, codes


def _mentor_languages(mentor, rules):
    if rules.language_buddies:
        return [rules.local_language] if mentor.languages.get(rules.local_language, 0) >= FLUENT_RANK else []
    return list(talk_languages(mentor))


def _mentee_languages(mentee, rules):
    if rules.language_buddies:
        return [rules.local_language]
    return list(talk_languages(mentee))


class _Buckets:
    """Mentors with places by language and district, and by language for those meeting online:
    two separate indexes, so no district name can be taken for online meetings."""

    def __init__(self, mentors, languages, rules, district_codes):
        nearby, online, anywhere = defaultdict(list), defaultdict(list), defaultdict(list)
        self.mentor_count = len(mentors)
        self.not_ready = set()
        for index, (mentor, spoken) in enumerate(zip(mentors, languages, strict=True)):
            if rules.women_only and mentor.gender != "woman":
                continue
            if mentor.capacity <= 0:
                self.not_ready.update(spoken)
                continue
            for language in spoken:
                anywhere[language].append(index)
                if mentor.district:
                    nearby[(language, district_codes[mentor.district])].append(index)
                if mentor.online:
                    online[language].append(index)
        self.nearby, self.online, self.anywhere = (
            {key: np.array(members, dtype=np.int64) for key, members in index.items()}
            for index in (nearby, online, anywhere)
        )

    def candidates(self, language, district, online):
        nearby = self.nearby.get((language, district))
        far = self.online.get(language) if online else None
        if far is None or nearby is None:
            found = nearby if far is None else far
            return np.empty(0, dtype=np.int64) if found is None else found
        union = np.zeros(self.mentor_count, dtype=bool)
        union[nearby] = union[far] = True
        return np.flatnonzero(union)

    def reason_for_none(self, languages):
        if any(language in self.anywhere for language in languages):
            return NO_ONE_NEARBY
        if any(language in self.not_ready for language in languages):
            return VOLUNTEERS_NOT_READY
        return NO_SHARED_LANGUAGE


@dataclass
class CandidateGraph:
    """Every allowed pair as parallel arrays (mentee index, mentor index, score); `seeds` marks
    each mentee's best `max_candidates` pairs (about: see best_of_each_mentee), the solver's first
    working set. `reasons` holds, for each mentee without any pair, the first hard rule that removed its
    last candidate."""

    heads: np.ndarray
    tails: np.ndarray
    scores: np.ndarray
    seeds: np.ndarray
    reasons: dict


class _Scorer:
    """Scores and hard rules of whole blocks: some mentees of one group against its mentors."""

    def __init__(self, mentees, mentors, rules):
        self.mentees, self.mentors, self.rules = mentees, mentors, rules
        weights = rules.weights
        self.components = [
            set_component(weights[name], getattr(mentees, name), getattr(mentors, name))
            for name in ("goals", "skills", "interests")
        ]
        self.components.append(age_component(weights["age"], mentees.age, mentors.age))
        self.distance = int(weights["distance"])

    def rules_met(self, rows, columns, earlier_languages):
        """Whether the gender rules and the shared time allow each pair, and whether the pair
        belongs to this group (no language both talk comes before the group's)."""
        mentees, mentors = self.mentees, self.mentors
        gender_ok = overlaps(mentees.gender[rows], mentors.comfort[columns])
        gender_ok &= overlaps(mentees.comfort[rows], mentors.gender[columns])
        if self.rules.min_overlap_slots == 1:
            enough_time = overlaps(mentees.slots[rows], mentors.slots[columns])
        else:
            enough_time = (
                shared_counts(mentees.slots[rows], mentors.slots[columns]) >= self.rules.min_overlap_slots
            )
        earlier = mentees.talk[rows] & earlier_languages
        if earlier.any():
            gender_ok &= ~overlaps(earlier, mentors.talk[columns])
        return gender_ok, enough_time

    def scores(self, rows, columns, district):
        """Each pair's score, the sum of its components, as in pairing.score_components."""
        first, *others = self.components
        total = first.points(rows, columns)
        for component in others:
            total += component.points(rows, columns)
        same_district = self.mentors.district[columns] == district if district else False
        total += np.where(same_district, self.distance, self.distance // 2).astype(np.int32)
        return total


def _first_failed_rule(gender_ok, enough_time):
    if not gender_ok:
        return GENDER_PREFERENCES
    if not enough_time:
        return NO_SHARED_TIME
    return DECLINED_BEFORE


def candidate_graph(mentees, mentors, rules, declined=frozenset()):
    """Every allowed pair, scored; the best `rules.max_candidates` of each mentee marked as seeds.
    Mentors with no places left (capacity 0) only serve to explain why a mentee found no one."""
    mentee_languages = [_mentee_languages(m, rules) for m in mentees]
    mentor_languages = [_mentor_languages(m, rules) for m in mentors]
    mentee_side, mentor_side, language_vocabulary, district_codes = _sides(
        mentees, mentors, mentee_languages, mentor_languages
    )
    scorer = _Scorer(mentee_side, mentor_side, rules)
    buckets = _Buckets(mentors, mentor_languages, rules, district_codes)
    declined_columns = _declined_columns(mentees, mentors, declined)
    has_declined = np.zeros(len(mentees), dtype=bool)
    has_declined[list(declined_columns)] = True

    groups, reasons = defaultdict(list), {}
    for index, (mentee, languages) in enumerate(zip(mentees, mentee_languages, strict=True)):
        if rules.women_only and mentee.gender != "woman":
            reasons[index] = NOT_A_WOMAN
        elif not eligible_mentee(mentee, rules):
            reasons[index] = ALREADY_FLUENT
        else:
            district = int(mentee_side.district[index])
            for language in languages:
                groups[(language, district, mentee.online)].append(index)

    found = {name: np.zeros(len(mentees), dtype=bool) for name in ("columns", "gender", "time", "pair")}
    first_working_set = _FirstWorkingSet(rules)
    parts = []
    for (language, district, online), members in groups.items():
        columns = buckets.candidates(language, district, online)
        if not len(columns):
            continue
        found["columns"][members] = True
        earlier_languages = _bits_below(language_vocabulary, language)
        all_columns = np.broadcast_to(columns.astype(np.int32), (len(members), len(columns)))
        rows_per_block = max(1, BLOCK_PAIRS // len(columns))
        for start in range(0, len(members), rows_per_block):
            rows = np.asarray(members[start : start + rows_per_block], dtype=np.int64)
            gender_ok, enough_time = scorer.rules_met(rows, columns, earlier_languages)
            allowed = gender_ok & enough_time
            for row in np.flatnonzero(has_declined[rows]):
                allowed[row] &= ~np.isin(columns, declined_columns[int(rows[row])])
            per_row = np.count_nonzero(allowed, axis=1)
            found["pair"][rows] |= per_row > 0
            if not per_row.all():
                found["gender"][rows] |= gender_ok.any(axis=1)
                found["time"][rows] |= (gender_ok & enough_time).any(axis=1)
            block_rows = np.repeat(np.arange(len(rows)), per_row)
            heads = rows.astype(np.int32)[block_rows]
            tails = all_columns[: len(rows)][allowed]
            scores = scorer.scores(rows, columns, district)[allowed]
            seeds = first_working_set.best_per_row(block_rows, per_row, heads, tails, scores)
            parts.append((heads, tails, scores, seeds))
    for index in np.flatnonzero(~found["pair"]).tolist():
        if index in reasons:
            continue
        if not found["columns"][index]:
            reasons[index] = buckets.reason_for_none(mentee_languages[index])
        else:
            reasons[index] = _first_failed_rule(found["gender"][index], found["time"][index])
    if not parts:
        parts = [(np.empty(0, np.int32), np.empty(0, np.int32), np.empty(0, np.int32), np.empty(0, bool))]
    return CandidateGraph(*(np.concatenate(arrays) for arrays in zip(*parts, strict=True)), reasons)


class _FirstWorkingSet:
    """About the `rules.max_candidates` best pairs of each mentee in each group: all pairs above
    the mentee's threshold score, and a share of the pairs tied at it, drawn by a hash of the pair
    so that mentees with equal scores do not all pick the same volunteers. Scores are counted in
    at most SCORE_LEVELS levels, which bounds the memory and changes nothing but the first
    working set."""

    def __init__(self, rules):
        self.limit = rules.max_candidates
        self.highest = max(1, sum(int(weight) for weight in rules.weights.values()))
        self.levels = min(self.highest + 1, SCORE_LEVELS)

    def best_per_row(self, block_rows, per_row, heads, tails, scores):
        limit = self.limit
        if not limit or per_row.max(initial=0) <= limit:
            return np.ones(len(scores), dtype=bool)
        levels = self.levels
        level = scores if self.highest < levels else scores.astype(np.int64) * (levels - 1) // self.highest
        counts = np.bincount(block_rows * levels + level, minlength=len(per_row) * levels)
        counts = counts.reshape(len(per_row), levels)[:, ::-1]
        better = counts.cumsum(axis=1) - counts
        # The threshold is the highest level at which the mentee reaches `limit` pairs, else 0.
        reached = better + counts >= limit
        step = np.where(reached.any(axis=1), reached.argmax(axis=1), levels - 1)
        rows = np.arange(len(per_row))
        ties = counts[rows, step]
        wanted_ties = np.minimum(np.maximum(limit - better[rows, step], 0), ties)
        # A pair's key orders it by level, then by hash; the mentee keeps the pairs from its
        # cutoff key up: every pair above the threshold and about wanted_ties of those tied at it.
        drawn_hashes = -(-wanted_ties * TIE_BREAK // np.maximum(ties, 1))
        cutoff = (levels - 1 - step) * TIE_BREAK + TIE_BREAK - drawn_hashes
        # In int32 the products wrap around, which keeps the low bits, all the hash reads.
        pair_hash = (heads * np.int32(7919) + tails * np.int32(104729)) & (TIE_BREAK - 1)
        return level * TIE_BREAK + (TIE_BREAK - 1 - pair_hash) >= cutoff[block_rows]


def _declined_columns(mentees, mentors, declined):
    """For each mentee index with declined pairs, the mentor indices never to propose again."""
    position = {m.person: i for i, m in enumerate(mentors)}
    by_person = defaultdict(list)
    for mentee_person, mentor_person in declined:
        if mentor_person in position:
            by_person[mentee_person].append(position[mentor_person])
    return {index: by_person[m.person] for index, m in enumerate(mentees) if m.person in by_person}


def _bits_below(vocabulary, value):
    """A bit set (one row) of every value of the vocabulary before `value`."""
    below = np.zeros((1, vocabulary.words), dtype=vocabulary.dtype)
    full_words, rest = divmod(vocabulary.bits[value], vocabulary.word_bits)
    below[0, :full_words] = np.iinfo(vocabulary.dtype).max
    if rest:
        below[0, full_words] = (1 << rest) - 1
    return below
