"""Classifying a complete answer set, and storing the result so that it can be reproduced."""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from typing import Any

from .graph import Graph, IfFlagged
from .model import (
    Answer,
    Choice,
    FailureType,
    Flag,
    IncompleteAnswers,
    Reason,
    SystemFactor,
)
from .walk import TraceStep, walk


@dataclass(frozen=True)
class OpenPoint:
    """A question answered Not established on the path: to resolve or accept before deciding."""

    question_id: str
    question: str

    def to_dict(self) -> dict[str, str]:
        return {"question_id": self.question_id, "question": self.question}


@dataclass(frozen=True)
class Result:
    """The suggested classification of one act, with everything needed to explain it."""

    version: str
    primary: Reason
    contributing: tuple[Reason, ...] = ()
    system_factors: tuple[SystemFactor, ...] = ()
    flags: tuple[Flag, ...] = ()
    open_points: tuple[OpenPoint, ...] = ()
    trace: tuple[TraceStep, ...] = ()
    stale: tuple[str, ...] = ()

    @property
    def failure_type(self) -> FailureType:
        return self.primary.failure_type

    @property
    def position(self) -> int:
        return self.primary.position

    @property
    def provisional(self) -> bool:
        """True while Not established answers on the path are unresolved."""
        return bool(self.open_points)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON: what an assessment stores."""
        return {
            "version": self.version,
            "primary": str(self.primary),
            "failure_type": str(self.failure_type),
            "position": self.position,
            "contributing": [str(reason) for reason in self.contributing],
            "system_factors": [str(factor) for factor in self.system_factors],
            "flags": [str(flag) for flag in self.flags],
            "open_points": [point.to_dict() for point in self.open_points],
            "trace": [step.to_dict() for step in self.trace],
            "stale": list(self.stale),
            "provisional": self.provisional,
        }


def classify(graph: Graph, answers: Mapping[str, Answer]) -> Result:
    """The result of a complete answer set; raises IncompleteAnswers or AnswerError otherwise.

    The outcome (how bad the harm was) is deliberately not a parameter.
    """
    walked = walk(graph, answers)
    if walked.next is not None:
        raise IncompleteAnswers(
            walked.next.id,
            f"still to be answered before the act can be classified: {walked.next.text}",
        )
    primary: Reason | None = None
    flags: set[Flag] = set()
    factors: set[SystemFactor] = set()
    contributing: set[Reason] = set()
    conditional: list[IfFlagged] = []
    for step in walked.path:
        route = graph.questions[step.question_id].routes[step.choice]
        # The graph guarantees exactly one concluding route on every complete path.
        primary = route.reason or primary
        flags.update(route.flags)
        factors.update(route.system_factors)
        contributing.update(route.contributing)
        conditional += route.if_flagged
    if primary is None:  # pragma: no cover - the graph's structure check rules this out
        raise ValueError(f"questionnaire version {graph.version}: the path concluded nothing")
    for rule in conditional:
        if rule.flag in flags:
            factors.update(rule.system_factors)
    contributing.discard(primary)
    return Result(
        version=graph.version,
        primary=primary,
        contributing=in_order(Reason, contributing),
        system_factors=in_order(SystemFactor, factors),
        flags=in_order(Flag, flags),
        open_points=tuple(
            OpenPoint(step.question_id, step.question)
            for step in walked.path
            if step.choice is Choice.NOT_ESTABLISHED
        ),
        trace=walked.path,
        stale=walked.stale,
    )


def in_order[E: StrEnum](enum: type[E], members: Iterable[E]) -> tuple[E, ...]:
    """The members in the enum's own order, so that equal results compare and store equal."""
    chosen = set(members)
    if not chosen:
        return ()
    return tuple(member for member in all_members(enum) if member in chosen)


@cache
def all_members[E: StrEnum](enum: type[E]) -> tuple[E, ...]:
    # Iterating an enum class is slow enough to show in the benchmark.
    return tuple(enum)


def result_from_dict(data: Mapping[str, Any]) -> Result:
    """The Result that ``Result.to_dict`` stored; raises ValueError if it is not one."""
    try:
        result = Result(
            version=str(data["version"]),
            primary=Reason(data["primary"]),
            contributing=tuple(Reason(code) for code in data["contributing"]),
            system_factors=tuple(SystemFactor(code) for code in data["system_factors"]),
            flags=tuple(Flag(code) for code in data["flags"]),
            open_points=tuple(
                OpenPoint(str(point["question_id"]), str(point["question"]))
                for point in data["open_points"]
            ),
            trace=tuple(TraceStep.from_dict(step) for step in data["trace"]),
            stale=tuple(str(qid) for qid in data["stale"]),
        )
    except (KeyError, TypeError, ValueError) as error:
        raise ValueError(f"not a stored classification result: {error!r}") from None
    # The derived fields are stored for readers of the JSON; they must agree with the primary.
    derived = {key: data[key] for key in ("failure_type", "position", "provisional") if key in data}
    expected = {key: result.to_dict()[key] for key in derived}
    if derived != expected:
        raise ValueError(f"stored result disagrees with its primary reason: {derived!r}")
    return result
