"""Answer sets as plain JSON: ``{"Q1": {"answer": "no", "evidence": "…"}, …}``."""

from collections.abc import Mapping
from typing import Any

from .model import Answer, AnswerError, Choice

# Whichever word the writer used for the text; the question decides what it must be.
TEXT_KEYS = ("text", "evidence", "rationale")


def answers_from_dict(data: Mapping[str, Any]) -> dict[str, Answer]:
    """Parse an answer set; raises AnswerError naming the question on malformed entries."""
    if not isinstance(data, Mapping):
        raise AnswerError("answers", "must be an object of question id → answer")
    return {str(qid): answer_from_value(str(qid), value) for qid, value in data.items()}


def answer_from_value(question_id: str, value: Any) -> Answer:
    """One answer from ``{"answer": …, "evidence"|"rationale"|"text": …}`` or a bare choice."""
    if isinstance(value, str):
        return Answer(parse_choice(question_id, value))
    if not isinstance(value, Mapping):
        raise AnswerError(question_id, 'give the answer as {"answer": "yes", "evidence": "…"}')
    unknown = set(value) - {"answer", *TEXT_KEYS}
    if unknown:
        raise AnswerError(question_id, f"unexpected key {sorted(unknown)[0]!r}")
    if "answer" not in value:
        raise AnswerError(question_id, '"answer" is missing (yes, no or not_established)')
    texts = [key for key in TEXT_KEYS if key in value]
    if len(texts) > 1:
        raise AnswerError(question_id, f"give one of {', '.join(TEXT_KEYS)}, not {texts}")
    text = value[texts[0]] if texts else ""
    if not isinstance(text, str):
        raise AnswerError(question_id, f'"{texts[0]}" must be text')
    return Answer(parse_choice(question_id, value["answer"]), text)


def parse_choice(question_id: str, value: Any) -> Choice:
    """A choice from its code, forgiving case, spaces and hyphens ("Not established")."""
    if isinstance(value, str):
        code = value.strip().lower().replace(" ", "_").replace("-", "_")
        if code in Choice:
            return Choice(code)
    raise AnswerError(question_id, f"{value!r} is not an answer: use yes, no or not_established")


def answers_to_dict(answers: Mapping[str, Answer]) -> dict[str, dict[str, str]]:
    """The JSON form that ``answers_from_dict`` reads back."""
    return {
        qid: {"answer": str(answer.choice), "text": answer.text} for qid, answer in answers.items()
    }
