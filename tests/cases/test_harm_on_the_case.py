"""How serious the harm was stays out of sight on the case page and the printable summary while
any act is still to be decided (outcome-blind classification, principle 3)."""

import pytest
from django.urls import reverse

from cases import decisions
from cases.assessments import harm_record
from tests.factories import TASER, ActFactory, assessed

pytestmark = pytest.mark.django_db

HIDDEN = "How serious: shown once every act’s decision stands."


def pages(client, case) -> dict[str, str]:
    return {
        name: client.get(reverse(name, args=[case.reference])).content.decode()
        for name in ("cases:detail", "cases:summary")
    }


def test_the_harm_shows_once_every_act_is_decided_not_before(personas, act, reviewer):
    other = ActFactory(case=act.case, number=2)
    first = assessed(act, reviewer, TASER.answers)
    decisions.decision_record(assessment=first, by=reviewer, primary="task_complexity")
    harm_record(assessment=first, by=reviewer, severity="serious")

    for name, page in pages(personas["reviewer"], act.case).items():
        assert "Serious" not in page, name  # act 2 is still to be classified
        assert HIDDEN in page, name

    second = assessed(other, reviewer, TASER.answers)
    decisions.decision_record(assessment=second, by=reviewer, primary="task_complexity")

    for name, page in pages(personas["reviewer"], act.case).items():
        assert "Serious" in page, name
        assert HIDDEN not in page, name
