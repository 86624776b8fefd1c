"""The reference data is Table One of the report, word for word."""

import re
from pathlib import Path

import pytest

from classification.models import FailureType, Reason, ReasonCode

pytestmark = pytest.mark.django_db

TABLE_ONE = Path(__file__).with_name("table_one.txt")


def table_one_rows() -> list[tuple[str, str, str]]:
    """(reason, elaboration, response) for each row of the report's table, markup removed."""
    text = TABLE_ONE.read_text(encoding="utf-8")
    body = text.split("Organizational response\n", 1)[1]
    rows = []
    for line in body.splitlines():
        cells = [re.sub(r"</?(i|p)>", "", cell).strip() for cell in line.split("\t")]
        if len(cells) == 3:
            rows.append(tuple(cells))
    return rows


def test_table_one_has_five_rows():
    assert len(table_one_rows()) == 5


def test_reasons_match_table_one_word_for_word():
    """Names in sentence case, as the report writes four of the five (it capitalises 'Task
    Complexity or Unpredictability'), so that every page spells them alike."""
    stored = [
        (reason.name, reason.elaboration, reason.response)
        for reason in Reason.objects.in_spectrum_order()
    ]
    expected = [(name[0] + name[1:].lower(), *rest) for name, *rest in table_one_rows()]
    assert stored == expected


def test_reasons_have_fixed_codes_positions_and_types():
    stored = [
        (reason.code, reason.position, reason.failure_type.code)
        for reason in Reason.objects.in_spectrum_order()
    ]
    assert stored == [
        ("deviation", 1, "preventable"),
        ("inattention", 2, "preventable"),
        ("lack_of_skill", 3, "preventable"),
        ("task_complexity", 4, "tolerable"),
        ("innovation", 5, "intelligent"),
    ]


def test_reason_codes_match_the_choices_used_by_cases():
    assert list(Reason.objects.in_spectrum_order().values_list("code", flat=True)) == list(
        ReasonCode.values
    )


def test_failure_types_say_what_learning_means():
    stored = [(t.code, t.name, t.learning) for t in FailureType.objects.in_spectrum_order()]
    assert stored == [
        ("preventable", "Preventable", "avoiding them in the future"),
        ("tolerable", "Tolerable", "acknowledging them, without blame"),
        ("intelligent", "Intelligent", "constructively exploiting them"),
    ]
