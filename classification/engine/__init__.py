"""The classification engine: the versioned questionnaire graph, walked to an explained result.

Pure Python, no Django import: the views, the commands and the tests all use this API.
"""

from .answers import answers_from_dict, answers_to_dict
from .graph import Graph, IfFlagged, Question, Route
from .model import (
    Answer,
    AnswerError,
    Choice,
    ConductRoute,
    EngineError,
    FailureType,
    Flag,
    IncompleteAnswers,
    Need,
    Reason,
    SystemFactor,
    UnknownVersion,
)
from .recommend import Recommendation, recommend
from .registry import CURRENT_VERSION, GRAPHS, get_graph
from .result import OpenPoint, Result, classify, result_from_dict
from .walk import TraceStep, Walk, check_answer, next_question, walk

__all__ = [
    "CURRENT_VERSION",
    "GRAPHS",
    "Answer",
    "AnswerError",
    "Choice",
    "ConductRoute",
    "EngineError",
    "FailureType",
    "Flag",
    "Graph",
    "IfFlagged",
    "IncompleteAnswers",
    "Need",
    "OpenPoint",
    "Question",
    "Reason",
    "Recommendation",
    "Result",
    "Route",
    "SystemFactor",
    "TraceStep",
    "UnknownVersion",
    "Walk",
    "answers_from_dict",
    "answers_to_dict",
    "check_answer",
    "classify",
    "get_graph",
    "next_question",
    "recommend",
    "result_from_dict",
    "walk",
]
