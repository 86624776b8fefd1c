"""How far through the questionnaire: the path so far and the range of questions still ahead."""

from dataclasses import dataclass
from functools import cache

from classification.engine import Graph, Walk, get_graph


@cache
def ahead(version: str, question_id: str) -> tuple[int, int]:
    """Fewest and most questions from this one (included) to the end, over every route."""
    question = get_graph(version).questions[question_id]
    counts = [
        (1, 1) if route.next is None else tuple(1 + n for n in ahead(version, route.next))
        for route in question.routes.values()
    ]
    return min(c[0] for c in counts), max(c[1] for c in counts)


@dataclass(frozen=True)
class Progress:
    number: int
    fewest: int
    most: int

    @property
    def caption(self) -> str:
        total = str(self.fewest) if self.fewest == self.most else f"{self.fewest} to {self.most}"
        return f"Question {self.number} of {total}"


def progress_of(graph: Graph, path: Walk, question_id: str) -> Progress:
    """The question's number on the path, and the total the path can still come to."""
    on_path = [step.question_id for step in path.path]
    number = on_path.index(question_id) + 1 if question_id in on_path else len(on_path) + 1
    fewest, most = ahead(graph.version, question_id)
    return Progress(number=number, fewest=number - 1 + fewest, most=number - 1 + most)
