"""Supervisors: log a case (with its acts) and follow the cases of their units."""

import uuid

from django.contrib.auth.decorators import login_required, permission_required
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_http_methods
from django.views.decorators.vary import vary_on_headers

from cases import services
from cases.access import case_for, may_see_staff_reference
from cases.forms import ActsForm, CaseFactsForm
from cases.models import Case
from cases.outcomes import with_outcomes
from cases.roles import LOG_CASE
from cases.views import int_or_zero

TEMPLATE = "cases/log.html"


@login_required
@permission_required(LOG_CASE, raise_exception=True)
@require_http_methods(["GET", "POST"])
@vary_on_headers("HX-Request")
def log_case(request: HttpRequest) -> HttpResponse:
    """The 'Log a case' form. htmx posts here to validate one field, or to add/remove an act."""
    units = request.user.units.all()
    if request.method == "GET":
        if not units:
            return render(request, TEMPLATE, {"no_units": True})
        form = CaseFactsForm(units=units, initial={"unit": units[0].pk} if len(units) == 1 else {})
        return render(
            request, TEMPLATE, {"form": form, "acts": ActsForm(), "submission_key": uuid.uuid4()}
        )
    submission_key = submission_key_from(request.POST.get("submission_key"))

    form = CaseFactsForm(request.POST, units=units)
    acts = ActsForm.from_post(request.POST)
    trigger = request.htmx.trigger_name if request.htmx else None
    if trigger in form.fields:
        form.is_valid()
        return render(
            request, f"{TEMPLATE}#field", {"field": form[trigger], "validate_url": request.path}
        )
    if "add_act" in request.POST or "remove_act" in request.POST:
        if "add_act" in request.POST:
            acts.add()
        else:
            acts.remove(int_or_zero(request.POST.get("remove_act")) - 1)
        if request.htmx:
            return render(request, f"{TEMPLATE}#acts", {"acts": acts})
        # Re-show what was typed without complaining about fields not filled in yet.
        form = CaseFactsForm(initial=request.POST.dict(), units=units)
        context = {"form": form, "acts": acts, "submission_key": submission_key}
        return render(request, TEMPLATE, context)

    if form.is_valid() & acts.is_valid():
        case = services.case_log(
            by=request.user, facts=form.facts(), acts=acts.texts, submission_key=submission_key
        )
        return redirect("cases:logged", reference=case.reference)
    return render(request, TEMPLATE, {"form": form, "acts": acts, "submission_key": submission_key})


def submission_key_from(value: str | None) -> uuid.UUID:
    """The form's one-time key; a missing or tampered one is replaced (it only guards repeats)."""
    try:
        return uuid.UUID(value or "")
    except ValueError:
        return uuid.uuid4()


@login_required
@permission_required(LOG_CASE, raise_exception=True)
@require_GET
def logged(request: HttpRequest, reference: str) -> HttpResponse:
    """Confirmation, with the reference to quote."""
    case = case_for(request.user, reference)
    return render(request, "cases/logged.html", {"case": case})


@login_required
@permission_required(LOG_CASE, raise_exception=True)
@require_GET
def my_cases(request: HttpRequest) -> HttpResponse:
    """Cases the supervisor logged (or all their units'), with each act's outcome once decided."""
    scope = "units" if request.GET.get("scope") == "units" else "mine"
    cases = Case.objects.visible_to_supervisor(request.user)
    if scope == "mine":
        cases = cases.filter(logged_by=request.user)
    page = Paginator(cases.for_list().order_by("-created_at", "-id"), 50).get_page(
        request.GET.get("page")
    )
    cases = with_outcomes(page.object_list)
    for case in cases:  # masked in the titles of cases they may not see it on
        case.hidden_reference = (
            "" if may_see_staff_reference(request.user, case) else case.subject_reference
        )
    return render(request, "cases/my_cases.html", {"page": page, "cases": cases, "scope": scope})
