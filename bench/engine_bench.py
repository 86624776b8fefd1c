"""Time classify() over 10,000 generated answer sets: random walks over the current graph.

Run from the repository root: ``python bench/engine_bench.py [--sets N] [--seed S] [--rounds R]``.
It prints figures and asserts nothing about time (machines differ).
"""

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from classification.engine import (
    CURRENT_VERSION,
    Answer,
    Choice,
    Graph,
    Need,
    classify,
    get_graph,
)

TEXTS = (
    "Body-worn video shows the officer chose to go ahead.",
    "Policy 12, paragraph 3 applied; briefed at the start of the shift.",
    "Comparably trained colleagues would probably have done the same.",
    "Training record shows the course was never offered.",
)


def random_answer_set(graph: Graph, rng: random.Random) -> dict[str, Answer]:
    """One walk from the start, a random choice at each question, valid text where needed."""
    answers: dict[str, Answer] = {}
    qid = graph.start
    while qid is not None:
        question = graph.questions[qid]
        choice = rng.choice(list(Choice))
        text = "" if question.need(choice) is Need.NONE else rng.choice(TEXTS)
        answers[qid] = Answer(choice, text)
        qid = question.route(choice).next
    return answers


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=20190201)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()

    graph = get_graph(CURRENT_VERSION)
    rng = random.Random(args.seed)
    answer_sets = [random_answer_set(graph, rng) for _ in range(args.sets)]

    # Several rounds: a shared machine's noise shows as the spread between best and worst.
    timings = []
    for _ in range(args.rounds):
        started = time.perf_counter()
        results = [classify(graph, answers) for answers in answer_sets]
        timings.append(time.perf_counter() - started)
    best, worst = min(timings), max(timings)

    counts: dict[str, int] = {}
    for result in results:
        counts[result.primary] = counts.get(result.primary, 0) + 1
    steps = sum(len(answers) for answers in answer_sets)
    print(
        f"classify: {len(results):,} answer sets ({steps:,} answers), graph version {graph.version}"
    )
    print(
        f"total {best * 1000:.1f} ms, {best / len(results) * 1e6:.1f} µs per call "
        f"(best of {args.rounds} rounds; worst {worst * 1000:.1f} ms)"
    )
    print("primary reasons: " + ", ".join(f"{code} {n:,}" for code, n in sorted(counts.items())))


if __name__ == "__main__":
    main()
