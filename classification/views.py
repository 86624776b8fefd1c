from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from .models import FailureType, Reason


@login_required
@require_GET
def model(request: HttpRequest) -> HttpResponse:
    """The five reasons on the blame-to-praise spectrum, grouped by failure type."""
    reasons = list(Reason.objects.in_spectrum_order())
    failure_types = [
        (failure_type, [r for r in reasons if r.failure_type_id == failure_type.pk])
        for failure_type in FailureType.objects.in_spectrum_order()
    ]
    return render(
        request,
        "classification/model.html",
        {"reasons": reasons, "failure_types": failure_types},
    )
