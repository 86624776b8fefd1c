"""The questionnaire as data: questions, the route each answer takes, and the graph that holds them.

A graph checks its own structure when built (every route leads somewhere real, no cycles, every
path concludes exactly one reason), so a broken graph fails at import rather than mid-assessment.
The principles (evidence before blame, and so on) are proven by the tests over every path.
"""

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from .model import Choice, Flag, Need, Reason, SystemFactor


@dataclass(frozen=True)
class IfFlagged:
    """System factors a route adds only when an earlier answer on the path raised a flag."""

    flag: Flag
    system_factors: tuple[SystemFactor, ...]


@dataclass(frozen=True)
class Route:
    """Where an answer leads, and what it records on the way."""

    next: str | None = None
    # Set where the answer concludes the reason; a route may conclude and still continue to
    # questions that refine the response (Deviation continues to Q5b and Q5c).
    reason: Reason | None = None
    # The reason an evidence-needing answer steps toward, for the reviewer's error message.
    toward: Reason | None = None
    flags: tuple[Flag, ...] = ()
    system_factors: tuple[SystemFactor, ...] = ()
    contributing: tuple[Reason, ...] = ()
    if_flagged: tuple[IfFlagged, ...] = ()

    @property
    def destination(self) -> tuple[str | None, Reason | None]:
        """Where the walk goes: the next question and the reason concluded, if any."""
        return (self.next, self.reason)

    def to_dict(self) -> dict[str, Any]:
        return {
            "next": self.next,
            "reason": self.reason and str(self.reason),
            "toward": self.toward and str(self.toward),
            "flags": [str(flag) for flag in self.flags],
            "system_factors": [str(factor) for factor in self.system_factors],
            "contributing": [str(reason) for reason in self.contributing],
            "if_flagged": {
                str(rule.flag): [str(factor) for factor in rule.system_factors]
                for rule in self.if_flagged
            },
        }


@dataclass(frozen=True)
class Question:
    """One question about the single act, judged on what the person knew at the time."""

    id: str
    text: str
    # A few words for diagrams and summaries.
    short: str
    # "Why we ask", in plain words.
    hint: str
    needs: Mapping[Choice, Need]
    routes: Mapping[Choice, Route]
    # The answer that "Not established" is routed like: uncertainty never resolves toward blame.
    lenient: Choice
    # Where the question comes from (the report, Reason 1997, the NHS guide, Marx, Edmondson).
    sources: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if set(self.needs) != set(Choice) or set(self.routes) != set(Choice):
            raise ValueError(f"{self.id}: needs and routes must cover Yes, No and Not established")
        if self.lenient not in (Choice.YES, Choice.NO):
            raise ValueError(f"{self.id}: the lenient answer must be Yes or No")
        # Read-only views: a question is shared by every assessment that uses its graph.
        object.__setattr__(self, "needs", MappingProxyType(dict(self.needs)))
        object.__setattr__(self, "routes", MappingProxyType(dict(self.routes)))

    def need(self, choice: Choice) -> Need:
        return self.needs[choice]

    def route(self, choice: Choice) -> Route:
        return self.routes[choice]

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "text": self.text,
            "short": self.short,
            "hint": self.hint,
            "lenient": str(self.lenient),
            "needs": {str(choice): str(self.needs[choice]) for choice in Choice},
            "routes": {str(choice): self.routes[choice].to_dict() for choice in Choice},
            "sources": list(self.sources),
        }


@dataclass(frozen=True)
class Graph:
    """A versioned questionnaire: questions in asking order, walked from ``start``."""

    version: str
    start: str
    questions: Mapping[str, Question]
    # Shown before the first question.
    guidance: str = ""
    _order: Mapping[str, int] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "questions", MappingProxyType(dict(self.questions)))
        object.__setattr__(
            self, "_order", MappingProxyType({qid: i for i, qid in enumerate(self.questions)})
        )
        _check_structure(self)

    def order(self, question_id: str) -> int:
        """The question's place in asking order (unknown ids sort last)."""
        return self._order.get(question_id, len(self._order))

    def to_dict(self) -> dict[str, Any]:
        return {
            "version": self.version,
            "start": self.start,
            "guidance": self.guidance,
            "questions": [question.to_dict() for question in self.questions.values()],
        }


def _check_structure(graph: Graph) -> None:
    """Raise ValueError unless every route resolves, there is no cycle and each path concludes."""
    problem = _structure_problem(graph)
    if problem:
        raise ValueError(f"questionnaire version {graph.version}: {problem}")


def _structure_problem(graph: Graph) -> str | None:
    questions = graph.questions
    if graph.start not in questions:
        return f"the start {graph.start!r} is not a question"
    for qid, question in questions.items():
        if qid != question.id:
            return f"{qid!r} holds question {question.id!r}"
        if question.need(Choice.NOT_ESTABLISHED) is not Need.NONE:
            return f"{qid}: 'Not established' must never need text"
        for choice, route in question.routes.items():
            if route.next is not None and route.next not in questions:
                return f"{qid} {choice.label} leads to unknown question {route.next!r}"
    if cycle := find_cycle(graph):
        return "cycle " + " → ".join(cycle)
    unreachable = set(questions) - {qid for qid, _ in _states(graph)}
    if unreachable:
        return f"unreachable questions: {', '.join(sorted(unreachable))}"
    for (qid, concluded), choice, route in _transitions(graph):
        if concluded and route.reason is not None:
            return f"{qid} {choice.label} concludes a reason after one was already concluded"
        if route.next is None and not concluded and route.reason is None:
            return f"{qid} {choice.label} ends the questionnaire without concluding a reason"
    return None


def find_cycle(graph: Graph) -> list[str] | None:
    """A cycle of question ids, if the graph has one (depth-first, three colours)."""
    done: set[str] = set()
    stack: list[str] = []

    def visit(qid: str) -> list[str] | None:
        if qid in stack:
            return [*stack[stack.index(qid) :], qid]
        if qid in done:
            return None
        stack.append(qid)
        for route in graph.questions[qid].routes.values():
            if route.next is not None and (cycle := visit(route.next)):
                return cycle
        stack.pop()
        done.add(qid)
        return None

    return visit(graph.start)


def _states(graph: Graph) -> set[tuple[str, bool]]:
    """Every (question, reason already concluded?) pair a walk can reach."""
    seen: set[tuple[str, bool]] = set()
    todo = [(graph.start, False)]
    while todo:
        state = todo.pop()
        if state in seen:
            continue
        seen.add(state)
        qid, concluded = state
        for route in graph.questions[qid].routes.values():
            if route.next is not None:
                todo.append((route.next, concluded or route.reason is not None))
    return seen


def _transitions(graph: Graph) -> Iterator[tuple[tuple[str, bool], Choice, Route]]:
    for state in sorted(_states(graph)):
        for choice, route in graph.questions[state[0]].routes.items():
            yield state, choice, route
