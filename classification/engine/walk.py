"""Walking the graph: which questions are on the path, which comes next, which answers are stale."""

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .graph import Graph, Question, Route
from .model import Answer, AnswerError, Choice, Need


@dataclass(frozen=True)
class TraceStep:
    """One answered question on the path, with the evidence or rationale given."""

    question_id: str
    question: str
    choice: Choice
    text: str = ""

    def to_dict(self) -> dict[str, str]:
        return {
            "question_id": self.question_id,
            "question": self.question,
            "choice": str(self.choice),
            "text": self.text,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "TraceStep":
        return cls(
            question_id=str(data["question_id"]),
            question=str(data["question"]),
            choice=Choice(data["choice"]),
            text=str(data.get("text", "")),
        )


@dataclass(frozen=True)
class Walk:
    """Where an answer set stands: the path so far, the next question, and answers left behind."""

    path: tuple[TraceStep, ...]
    next: Question | None
    # Answers given to questions that are not on the path (in asking order, unknown ids last).
    stale: tuple[str, ...]

    @property
    def complete(self) -> bool:
        return self.next is None


def walk(graph: Graph, answers: Mapping[str, Answer]) -> Walk:
    """Follow the answers from the start; validate each answer on the path, ignore the rest."""
    path: list[TraceStep] = []
    qid: str | None = graph.start
    while qid is not None and qid in answers:
        question = graph.questions[qid]
        answer = answers[qid]
        choice = check_answer(question, answer)
        path.append(TraceStep(qid, question.text, choice, answer.text.strip()))
        qid = question.routes[choice].next
    on_path = {step.question_id for step in path}
    stale = sorted(
        (str(key) for key in answers if key not in on_path),
        # Stored answer sets may come back from the database with their keys reordered.
        key=lambda key: (graph.order(key), key),
    )
    return Walk(
        path=tuple(path),
        next=None if qid is None else graph.questions[qid],
        stale=tuple(stale),
    )


def next_question(graph: Graph, answers: Mapping[str, Answer]) -> Question | None:
    """The next unanswered question on the path, or None when the path is complete."""
    return walk(graph, answers).next


def check_answer(question: Question, answer: Answer) -> Choice:
    """The answer's choice; raises AnswerError if it is not a choice or lacks the text it needs."""
    if not isinstance(answer, Answer):
        raise AnswerError(question.id, "the answer must be Yes, No or Not established")
    try:
        choice = answer.choice if type(answer.choice) is Choice else Choice(answer.choice)
    except ValueError:
        raise AnswerError(
            question.id,
            f"{answer.choice!r} is not an answer here: choose Yes, No or Not established",
        ) from None
    if not isinstance(answer.text, str):
        raise AnswerError(question.id, "the evidence or rationale must be text")
    need = question.need(choice)
    if need is not Need.NONE and not answer.text.strip():
        raise AnswerError(question.id, missing_text_message(question.route(choice), choice, need))
    return choice


def missing_text_message(route: Route, choice: Choice, need: Need) -> str:
    """Why this answer needs text, in the reviewer's words."""
    said = f"a ‘{choice.label}’ here"
    if need is Need.RATIONALE:
        return (
            f"{said} is your professional judgement, so it needs a short rationale: say why, or "
            "answer ‘Not established’ if you cannot judge"
        )
    if route.reason is not None:
        why = f"concludes {route.reason.label}"
    elif route.toward is not None:
        why = f"moves toward {route.toward.label}"
    else:
        why = "is a finding of fact"
    return (
        f"{said} {why}, so it needs written evidence: say what shows it, or answer "
        "‘Not established’"
    )
