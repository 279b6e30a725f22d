"""The matching engine: plain data in, proposals with explanations out. No Django here, so the
benchmark and the tests drive it directly; mentoring.rounds loads and stores the data.

1. Candidate graph. Only pairs passing every hard rule become edges: a language both speak at
   conversation level (for language buddies: the volunteer speaks the local language well and
   the learner is still learning it), the gender rules both ways (each side's "comfortable with"
   list, and a women-only programme), the mentor's remaining capacity, enough shared weekly
   availability, the same district or both happy to meet online, and never a declined pair.
   Mentors are bucketed by (language, district) and (language, online); mentees with the same
   bucket key are scored together as one numpy block against the union of their buckets, so no
   step compares every mentee with every mentor.
2. Scores. Integer points per component (goals, skills, interests, distance, age band), each
   `weight * shared // wanted`, so an explanation adds up exactly to the edge's score.
3. Cap. Each mentee keeps only its best `max_candidates` edges (30 by default). This trades
   optimality in rare crowded cases for a graph of at most 30 edges per mentee: if all of a
   mentee's 30 best mentors are needed by others, the solver cannot fall back to the 31st, and
   that mentee may stay unmatched (or get a lower total) where the full graph would have found a
   place. Set `max_candidates=None` for the exact optimum on the full graph.
4. Solve. OR-Tools' SimpleMinCostFlow on source -> mentee (capacity 1) -> mentor (capacity =
   remaining places) -> sink, with cost -score on each pair edge, solved as a maximum flow of
   minimum cost: first the most people matched, then the highest total score.
"""

import numpy as np
from ortools.graph.python import min_cost_flow

from .candidates import candidate_graph
from .pairing import NO_COMPATIBLE_MENTEE, TAKEN_BY_OTHERS, Pair, Person, RoundResult, Rules, explain_pair

__all__ = ["Person", "Rules", "RoundResult", "Pair", "run_matching", "run_greedy", "solve", "greedy"]


def solve(mentee_count, mentors, heads, tails, scores):
    """Maximum-cardinality, maximum-score assignment over the candidate graph: OR-Tools'
    maximum flow of minimum cost, which ranks the number matched strictly above the score
    without a large constant folded into the costs. Returns the chosen edge indices."""
    if not len(heads):
        return np.empty(0, dtype=np.int64)
    source, sink = mentee_count + len(mentors), mentee_count + len(mentors) + 1
    capacities = np.array([max(m.capacity, 0) for m in mentors], dtype=np.int64)
    flow = min_cost_flow.SimpleMinCostFlow()
    pair_arcs = flow.add_arcs_with_capacity_and_unit_cost(
        heads.astype(np.int32),
        (tails + mentee_count).astype(np.int32),
        np.ones(len(heads), dtype=np.int64),
        -scores.astype(np.int64),
    )
    mentee_nodes = np.unique(heads).astype(np.int32)
    flow.add_arcs_with_capacity_and_unit_cost(
        np.full(len(mentee_nodes), source, dtype=np.int32),
        mentee_nodes,
        np.ones(len(mentee_nodes), dtype=np.int64),
        np.zeros(len(mentee_nodes), dtype=np.int64),
    )
    mentor_nodes = np.unique(tails)
    flow.add_arcs_with_capacity_and_unit_cost(
        (mentor_nodes + mentee_count).astype(np.int32),
        np.full(len(mentor_nodes), sink, dtype=np.int32),
        capacities[mentor_nodes],
        np.zeros(len(mentor_nodes), dtype=np.int64),
    )
    flow.set_node_supply(source, len(mentee_nodes))
    flow.set_node_supply(sink, -len(mentee_nodes))
    status = flow.solve_max_flow_with_min_cost()
    if status != flow.OPTIMAL:
        raise RuntimeError(f"Min-cost flow failed with status {status}")
    return np.nonzero(flow.flows(np.asarray(pair_arcs)) > 0)[0]


def greedy(mentee_count, mentors, heads, tails, scores):
    """First come, first served: each mentee in turn takes its best-scoring candidate with a
    place left, on the same candidate graph. The baseline the benchmark and tests compare the
    solver with."""
    places = [m.capacity for m in mentors]
    order = np.lexsort((-scores, heads))
    chosen, served = [], set()
    for edge in order:
        mentee, mentor = int(heads[edge]), int(tails[edge])
        if mentee not in served and places[mentor] > 0:
            places[mentor] -= 1
            served.add(mentee)
            chosen.append(edge)
    return np.array(chosen, dtype=np.int64)


def run_matching(mentees, mentors, rules, declined=frozenset(), method=solve):
    """Propose pairs for a pool and explain every pair and every unmatched person.
    `declined` holds (mentee person, mentor person) pairs never to propose again."""
    graph = candidate_graph(mentees, mentors, rules, declined)
    heads, tails, scores = graph.heads, graph.tails, graph.scores
    chosen = method(len(mentees), mentors, heads, tails, scores)
    pairs = []
    for edge in chosen:
        mentee, mentor = mentees[heads[edge]], mentors[tails[edge]]
        rules_met, components = explain_pair(mentee, mentor, rules)
        pairs.append(Pair(mentee.key, mentor.key, int(scores[edge]), components, rules_met))
    matched_mentees = set(heads[chosen].tolist())
    matched_mentors = set(tails[chosen].tolist())
    mentors_with_candidates = set(tails.tolist())
    unmatched_mentees = {
        mentee.key: graph.reasons.get(index, TAKEN_BY_OTHERS)
        for index, mentee in enumerate(mentees)
        if index not in matched_mentees
    }
    unmatched_mentors = {
        mentor.key: TAKEN_BY_OTHERS if index in mentors_with_candidates else NO_COMPATIBLE_MENTEE
        for index, mentor in enumerate(mentors)
        if index not in matched_mentors and mentor.capacity > 0
    }
    return RoundResult(pairs, unmatched_mentees, unmatched_mentors, candidate_pairs=len(heads))


def run_greedy(mentees, mentors, rules, declined=frozenset()):
    return run_matching(mentees, mentors, rules, declined, method=greedy)
