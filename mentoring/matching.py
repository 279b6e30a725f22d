"""The matching engine: plain data in, proposals with explanations out. No Django here, so the
benchmark and the tests drive it directly; mentoring.rounds loads and stores the data.

1. Eligible graph (mentoring.candidates). Only pairs passing every hard rule become edges: a
   language both speak at conversation level (for language buddies: the volunteer speaks the
   local language well and the learner is still learning it), the gender rules both ways (each
   side's "comfortable with" list, and a women-only programme), the mentor's remaining capacity,
   enough shared weekly availability, the same district or both happy to meet online, and never a
   declined pair. Mentors are indexed by (language, district) and by language for online
   meetings; mentees sharing one language they talk and their place are scored together in
   numpy blocks against their candidates, so no step compares every mentee with every mentor.
2. Scores. Integer points per component (goals, skills, interests, distance, age band), each
   `weight * shared // wanted` computed in int64 into small tables, so an explanation adds up
   exactly to the edge's score.
3. Solve on a working set, prove on the full graph. scipy's sparse Jonker-Volgenant solver
   (LAPJVsp) assigns every mentee either a place (each mentor copied once per remaining place,
   cost ceiling - score) or an "unmatched" column, which costs more than any total of scores:
   the minimum cost is first the most people matched, then the highest total score. Only the
   mentees that some maximum matching leaves out get an unmatched column (the others are
   matched in every maximum matching), which keeps the solver's columns, and its time, small.
   It runs on a working set, first each mentee's best `max_candidates` pairs. The answer is
   then checked against every eligible pair with linear-programming duals: with each pair costing
   -(BIG + score), where BIG exceeds any total score, "most people, then best fit" is one
   minimum-cost problem, and a solution is optimal on the full graph exactly when node potentials
   exist under which no residual arc has a negative reduced cost. The potentials are shortest
   distances in the working set's residual graph (Bellman-Ford, vectorised); every eligible pair
   left out whose reduced cost is negative could improve the answer, so those pairs join the
   working set and the solver runs again. When none is left, the answer is optimal on the full
   eligible graph: the working set only makes the solver fast, never less exact.
"""

import numpy as np
from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import (
    breadth_first_order,
    maximum_bipartite_matching,
    min_weight_full_bipartite_matching,
)

from .candidates import candidate_graph
from .pairing import NO_COMPATIBLE_MENTEE, TAKEN_BY_OTHERS, Pair, Person, RoundResult, Rules, explain_pair

__all__ = [
    "Pair",
    "Person",
    "RoundResult",
    "Rules",
    "greedy",
    "run_greedy",
    "run_matching",
    "solve",
    "solve_exact",
]

#: Most pairs one pricing step adds to the working set (the most negative reduced costs first).
PAIRS_ADDED_PER_STEP = 200_000
#: Pairs priced at once.
PRICING_SLICE = 1 << 16


def solve(mentee_count, mentors, heads, tails, scores):
    """Maximum-cardinality, maximum-score assignment over the given pairs (see the module
    docstring). Returns the chosen edge indices."""
    return _assign(mentee_count, _capacities(mentors), heads, tails, scores)


def _capacities(mentors):
    return np.array([max(m.capacity, 0) for m in mentors], dtype=np.int64)


def _assign(mentee_count, capacities, heads, tails, scores):
    """LAPJVsp on the pairs: rows are the mentees with a pair, columns each mentor's places (no
    more than it has pairs) and an "unmatched" column for each mentee that some maximum matching
    leaves unmatched. Every other mentee is matched in every maximum matching (Dulmage and
    Mendelsohn), so it needs no such column; the solver's work grows with the number of columns."""
    if not len(heads):
        return np.empty(0, dtype=np.int64)
    has_pair = np.bincount(heads, minlength=mentee_count) > 0
    row_of_edge = (np.cumsum(has_pair) - 1)[heads]
    row_count = int(has_pair.sum())
    places = np.minimum(capacities, np.bincount(tails, minlength=len(capacities)))
    place_count = int(places.sum())
    copies = places[tails]
    entry_edge = np.repeat(np.arange(len(heads)), copies)
    copy_number = np.arange(len(entry_edge)) - np.repeat(np.cumsum(copies) - copies, copies)
    entry_rows = row_of_edge[entry_edge]
    entry_columns = (np.cumsum(places) - places)[tails[entry_edge]] + copy_number
    free_rows = _may_stay_unmatched(entry_rows, entry_columns, row_count, place_count)
    # Costs start at 1, as LAPJVsp reads a stored zero as a missing pair.
    ceiling = int(scores.max()) + 1
    unmatched_cost = ceiling * min(row_count, place_count) + 1
    matrix = csr_matrix(
        (
            np.concatenate([ceiling - scores[entry_edge], np.full(len(free_rows), unmatched_cost)]).astype(
                float
            ),
            (
                np.concatenate([entry_rows, free_rows]),
                np.concatenate([entry_columns, place_count + np.arange(len(free_rows))]),
            ),
        ),
        shape=(row_count, place_count + len(free_rows)),
    )
    rows, chosen_columns = min_weight_full_bipartite_matching(matrix)
    real = chosen_columns < place_count
    owner = np.repeat(np.arange(len(places)), places)
    pair_keys = row_of_edge * len(places) + tails
    order = np.argsort(pair_keys)
    wanted = rows[real].astype(np.int64) * len(places) + owner[chosen_columns[real]]
    return order[np.searchsorted(pair_keys[order], wanted)]


def _may_stay_unmatched(entry_rows, entry_columns, row_count, column_count):
    """The rows that some maximum matching leaves unmatched: those an alternating path reaches
    from a row that one maximum matching (Hopcroft-Karp) leaves unmatched."""
    pattern = csr_matrix(
        (np.ones(len(entry_rows), dtype=np.int8), (entry_rows, entry_columns)),
        shape=(row_count, column_count),
    )
    matched_column = maximum_bipartite_matching(pattern, perm_type="column")
    unmatched = np.flatnonzero(matched_column < 0)
    if not len(unmatched):
        return unmatched
    holder = np.full(column_count, -1, dtype=np.int64)
    matched = np.flatnonzero(matched_column >= 0)
    holder[matched_column[matched]] = matched
    # From a row, any of its pairs leads to a place and on to the row holding that place (no
    # row that a path reaches has a pair with a free place: the matching is maximum).
    next_row = holder[entry_columns]
    held = next_row >= 0
    root = row_count
    steps = csr_matrix(
        (
            np.ones(int(held.sum()) + len(unmatched), dtype=np.int8),
            (
                np.concatenate([entry_rows[held], np.full(len(unmatched), root)]),
                np.concatenate([next_row[held], unmatched]),
            ),
        ),
        shape=(row_count + 1, row_count + 1),
    )
    reached = breadth_first_order(steps, root, directed=True, return_predecessors=False)
    return np.sort(reached[reached != root])


def _residual_arcs(mentee_count, capacities, heads, tails, costs, chosen):
    """The residual graph of an assignment, in the single minimum-cost problem of the docstring:
    nodes are mentees, mentors, source and sink; a source-to-sink bypass stands for the people
    left unmatched, so every cardinality is feasible."""
    mentor_count = len(capacities)
    source, sink = mentee_count + mentor_count, mentee_count + mentor_count + 1
    mentors = tails.astype(np.int64) + mentee_count
    matched = np.zeros(mentee_count, dtype=bool)
    matched[heads[chosen]] = True
    used = np.bincount(tails[chosen], minlength=mentor_count)
    mentee_ids, mentor_ids = np.arange(mentee_count), np.arange(mentor_count) + mentee_count
    free, busy = mentor_ids[used < capacities], mentor_ids[used > 0]
    unmatched = int(mentee_count - matched.sum())
    parts = [
        (heads[~chosen], mentors[~chosen], costs[~chosen]),
        (mentors[chosen], heads[chosen], -costs[chosen]),
        (mentee_ids[matched], np.full(mentee_count - unmatched, source), 0),
        (np.full(unmatched, source), mentee_ids[~matched], 0),
        (free, np.full(len(free), sink), 0),
        (np.full(len(busy), sink), busy, 0),
        ([source] if unmatched < mentee_count else [], [sink] if unmatched < mentee_count else [], 0),
        ([sink] if unmatched else [], [source] if unmatched else [], 0),
    ]
    arc_tails = np.concatenate([np.asarray(p[0], dtype=np.int64) for p in parts])
    arc_heads = np.concatenate([np.asarray(p[1], dtype=np.int64) for p in parts])
    arc_costs = np.concatenate([np.broadcast_to(np.asarray(p[2], dtype=np.int64), len(p[0])) for p in parts])
    return arc_tails, arc_heads, arc_costs, sink + 1


def potentials(arc_tails, arc_heads, arc_costs, node_count):
    """Shortest distances from a virtual root joined to every node at cost 0 (Bellman-Ford, one
    vectorised relaxation of all arcs per step). They exist because the assignment is optimal on
    its working set, so its residual graph has no negative cycle."""
    order = np.argsort(arc_heads, kind="stable")
    arc_tails, arc_heads, arc_costs = arc_tails[order], arc_heads[order], arc_costs[order]
    targets, starts = np.unique(arc_heads, return_index=True)
    distance = np.zeros(node_count, dtype=np.int64)
    for _step in range(node_count + 1):
        best = np.minimum.reduceat(distance[arc_tails] + arc_costs, starts) if len(starts) else starts
        improved = best < distance[targets]
        if not improved.any():
            return distance
        distance[targets[improved]] = best[improved]
    raise RuntimeError("The working set's assignment is not optimal: its residual graph has a negative cycle")


def solve_exact(mentee_count, mentors, graph):
    """The most people matched, then the highest total score, over every eligible pair of
    `graph`; see the module docstring. Returns the chosen edge indices into the graph's arrays."""
    heads, tails, scores = graph.heads, graph.tails, graph.scores
    if not len(heads):
        return np.empty(0, dtype=np.int64)
    capacities = _capacities(mentors)
    big = int(scores.max(initial=0)) * min(mentee_count, int(capacities.sum())) + 1
    active = graph.seeds.copy()
    while True:
        working = np.flatnonzero(active)
        working_heads, working_tails, working_scores = heads[working], tails[working], scores[working]
        chosen_here = _assign(mentee_count, capacities, working_heads, working_tails, working_scores)
        chosen = np.zeros(len(working), dtype=bool)
        chosen[chosen_here] = True
        costs = -(big + working_scores.astype(np.int64))
        distance = potentials(
            *_residual_arcs(mentee_count, capacities, working_heads, working_tails, costs, chosen)
        )
        improving, reduced = _improving_pairs(graph, active, distance, mentee_count, big)
        if not len(improving):
            return working[chosen_here]
        if len(improving) > PAIRS_ADDED_PER_STEP:
            improving = improving[np.argpartition(reduced, PAIRS_ADDED_PER_STEP)[:PAIRS_ADDED_PER_STEP]]
        active[improving] = True


def _improving_pairs(graph, active, distance, mentee_count, big):
    """The eligible pairs outside the working set whose reduced cost, -(big + score) plus the
    potential of the mentee less that of the mentor, is negative, with those reduced costs.
    Read in slices that stay in the processor's cache."""
    mentee_potential, mentor_potential = distance[:mentee_count], distance[mentee_count:]
    found, reduced = [], []
    for start in range(0, len(graph.heads), PRICING_SLICE):
        part = slice(start, start + PRICING_SLICE)
        gap = mentee_potential[graph.heads[part]] - mentor_potential[graph.tails[part]]
        gap -= big
        gap -= graph.scores[part]
        negative = (gap < 0) & ~active[part]
        if negative.any():
            found.append(np.flatnonzero(negative) + start)
            reduced.append(gap[negative])
    if not found:
        return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64)
    return np.concatenate(found), np.concatenate(reduced)


def greedy(mentee_count, mentors, graph):
    """First come, first served: each mentee in turn takes its best-scoring candidate with a
    place left, among its best `max_candidates`. The baseline the benchmark and tests compare
    the solver with."""
    edges = np.nonzero(graph.seeds)[0]
    heads, scores = graph.heads[edges], graph.scores[edges]
    places = [m.capacity for m in mentors]
    chosen, served = [], set()
    for edge in edges[np.lexsort((-scores.astype(np.int64), heads))]:
        mentee, mentor = int(graph.heads[edge]), int(graph.tails[edge])
        if mentee not in served and places[mentor] > 0:
            places[mentor] -= 1
            served.add(mentee)
            chosen.append(edge)
    return np.array(chosen, dtype=np.int64)


def run_matching(mentees, mentors, rules, declined=frozenset(), method=solve_exact):
    """Propose pairs for a pool and explain every pair and every unmatched person.
    `declined` holds (mentee person, mentor person) pairs never to propose again. Mentors
    without places (capacity 0) are never proposed; they only explain why no one was found."""
    graph = candidate_graph(mentees, mentors, rules, declined)
    heads, tails, scores = graph.heads, graph.tails, graph.scores
    chosen = method(len(mentees), mentors, graph)
    pairs = []
    chosen_pairs = zip(heads[chosen].tolist(), tails[chosen].tolist(), scores[chosen].tolist(), strict=True)
    for head, tail, score in chosen_pairs:
        mentee, mentor = mentees[head], mentors[tail]
        rules_met, components = explain_pair(mentee, mentor, rules)
        pairs.append(Pair(mentee.key, mentor.key, score, components, rules_met))
    matched_mentees = set(heads[chosen].tolist())
    matched_mentors = set(tails[chosen].tolist())
    has_candidates = np.bincount(tails, minlength=len(mentors)).astype(bool).tolist()
    unmatched_mentees = {
        mentee.key: graph.reasons.get(index, TAKEN_BY_OTHERS)
        for index, mentee in enumerate(mentees)
        if index not in matched_mentees
    }
    unmatched_mentors = {
        mentor.key: TAKEN_BY_OTHERS if has_candidates[index] else NO_COMPATIBLE_MENTEE
        for index, mentor in enumerate(mentors)
        if index not in matched_mentors and mentor.capacity > 0
    }
    most_possible = len(pairs) if method is solve_exact else None
    return RoundResult(pairs, unmatched_mentees, unmatched_mentors, len(heads), most_possible)


def run_greedy(mentees, mentors, rules, declined=frozenset()):
    return run_matching(mentees, mentors, rules, declined, method=greedy)
