"""The model page: Table One as the administrator last worded it."""

import pytest
from django.urls import reverse

from classification.models import Reason

pytestmark = pytest.mark.django_db


def test_the_model_page_keeps_the_line_breaks_of_a_reasons_response(personas):
    Reason.objects.filter(code="inattention").update(
        response="Refresh training, briefing and supervision.\nUnderstand why attention slipped."
    )

    body = personas["reviewer"].get(reverse("classification:model")).content.decode()

    assert (
        '<dd class="govuk-summary-list__value app-pre-line">'
        "Refresh training, briefing and supervision.\nUnderstand why attention slipped.</dd>"
    ) in body
