"""The engine's vocabulary: answers, needs, reasons, failure types, system factors, flags.

Codes only. Table One's elaboration and response wording lives in the database; the short labels
here are names, used in messages and diagrams.
"""

from dataclasses import dataclass
from enum import StrEnum


class Choice(StrEnum):
    """An answer to a question: every question takes the same three."""

    YES = "yes"
    NO = "no"
    NOT_ESTABLISHED = "not_established"

    @property
    def label(self) -> str:
        return _CHOICE_LABELS[self]


_CHOICE_LABELS = {Choice.YES: "Yes", Choice.NO: "No", Choice.NOT_ESTABLISHED: "Not established"}


class Need(StrEnum):
    """What an answer must carry in writing."""

    NONE = "none"
    # The reviewer's professional judgement: a short written rationale, not proof.
    RATIONALE = "rationale"
    # A finding of fact: written evidence of what shows it.
    EVIDENCE = "evidence"

    @property
    def label(self) -> str:
        return _NEED_LABELS[self]


_NEED_LABELS = {
    Need.NONE: "Nothing needed",
    Need.RATIONALE: "A short rationale",
    Need.EVIDENCE: "Written evidence",
}


class FailureType(StrEnum):
    """Edmondson's three types of failure, as the report uses them."""

    PREVENTABLE = "preventable"
    TOLERABLE = "tolerable"
    INTELLIGENT = "intelligent"

    @property
    def label(self) -> str:
        return self.value.capitalize()


class Reason(StrEnum):
    """The report's five reasons for failure, in spectrum order from blame to praise."""

    DEVIATION = "deviation"
    INATTENTION = "inattention"
    LACK_OF_SKILL = "lack_of_skill"
    TASK_COMPLEXITY = "task_complexity"
    INNOVATION = "innovation"

    @property
    def position(self) -> int:
        """1 (blame) … 5 (praise): the order of definition above."""
        return list(Reason).index(self) + 1

    @property
    def failure_type(self) -> FailureType:
        return _FAILURE_TYPES[self]

    @property
    def label(self) -> str:
        return _REASON_LABELS[self]


_FAILURE_TYPES = {
    Reason.DEVIATION: FailureType.PREVENTABLE,
    Reason.INATTENTION: FailureType.PREVENTABLE,
    Reason.LACK_OF_SKILL: FailureType.PREVENTABLE,
    Reason.TASK_COMPLEXITY: FailureType.TOLERABLE,
    Reason.INNOVATION: FailureType.INTELLIGENT,
}

_REASON_LABELS = {
    Reason.DEVIATION: "Deviation",
    Reason.INATTENTION: "Inattention",
    Reason.LACK_OF_SKILL: "Lack of skill or ability",
    Reason.TASK_COMPLEXITY: "Task complexity or unpredictability",
    Reason.INNOVATION: "Innovation",
}


class SystemFactor(StrEnum):
    """Conditions around the act that the organisation, not the person, controls."""

    PROCEDURE = "procedure"
    TRAINING = "training"
    SUPERVISION = "supervision"
    WORKLOAD = "workload"
    EQUIPMENT = "equipment"
    WELFARE = "welfare"

    @property
    def label(self) -> str:
        return _FACTOR_LABELS[self]


_FACTOR_LABELS = {
    SystemFactor.PROCEDURE: "Procedure",
    SystemFactor.TRAINING: "Training",
    SystemFactor.SUPERVISION: "Supervision",
    SystemFactor.WORKLOAD: "Workload or resourcing",
    SystemFactor.EQUIPMENT: "Equipment",
    SystemFactor.WELFARE: "Welfare",
}


class Flag(StrEnum):
    """Findings that refine the recommended response without changing the reason."""

    SEVERITY_ASSESSMENT = "severity_assessment"
    WELFARE_REFERRAL = "welfare_referral"
    SYSTEM_INDUCED_DEPARTURE = "system_induced_departure"
    CAPABILITY_GAP = "capability_gap"
    RECKLESS = "reckless"
    AT_RISK = "at_risk"
    MITIGATION = "mitigation"

    @property
    def label(self) -> str:
        return _FLAG_LABELS[self]


_FLAG_LABELS = {
    Flag.SEVERITY_ASSESSMENT: "Severity assessment",
    Flag.WELFARE_REFERRAL: "Welfare referral",
    Flag.SYSTEM_INDUCED_DEPARTURE: "System-induced departure: review the rule",
    Flag.CAPABILITY_GAP: "Organisational capability gap",
    Flag.RECKLESS: "Reckless",
    Flag.AT_RISK: "At-risk",
    Flag.MITIGATION: "Mitigation",
}


class ConductRoute(StrEnum):
    """The conduct route we suggest (Police (Conduct) Regulations 2020); the authority decides."""

    # Refer to the appropriate authority for a severity assessment (reg 14).
    SEVERITY_ASSESSMENT = "severity_assessment"
    # Practice requiring improvement, through the Reflective Practice Review Process (reg 70).
    REFLECTIVE_PRACTICE = "reflective_practice"
    # No individual conduct action; an organisational learning review instead.
    NO_INDIVIDUAL_ACTION = "no_individual_action"

    @property
    def label(self) -> str:
        return _ROUTE_LABELS[self]


_ROUTE_LABELS = {
    ConductRoute.SEVERITY_ASSESSMENT: "Refer for a severity assessment",
    ConductRoute.REFLECTIVE_PRACTICE: "Reflective practice (practice requiring improvement)",
    ConductRoute.NO_INDIVIDUAL_ACTION: "No individual action: organisational learning review",
}


class EngineError(ValueError):
    """Base of the engine's errors: each carries a message fit to show a reviewer."""


class AnswerError(EngineError):
    """An answer that cannot be accepted for its question."""

    def __init__(self, question_id: str, message: str) -> None:
        self.question_id = question_id
        self.message = message
        super().__init__(f"{question_id}: {message}")


class IncompleteAnswers(EngineError):
    """Classification asked for before the path reached a result."""

    def __init__(self, question_id: str, message: str) -> None:
        self.question_id = question_id
        self.message = message
        super().__init__(f"{question_id}: {message}")


class UnknownVersion(EngineError, LookupError):
    """No questionnaire graph has this version."""

    def __init__(self, version: str, known: tuple[str, ...]) -> None:
        self.version = version
        super().__init__(
            f"there is no questionnaire version {version!r}; known versions: {', '.join(known)}"
        )


@dataclass(frozen=True)
class Answer:
    """A reviewer's answer to one question, with its evidence or rationale."""

    choice: Choice
    text: str = ""
