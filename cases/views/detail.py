"""The case page: facts, acts, outcome and timeline; reviewers' actions on it; editing."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from django.views.decorators.vary import vary_on_headers

from cases import services
from cases.access import (
    act_add_refusal,
    case_for,
    edit_refusal,
    is_reviewer,
    may_edit,
    may_see_staff_reference,
    open_case,
)
from cases.choices import Status
from cases.forms import ActForm, CaseFactsForm, CommentForm, ReasonForm
from cases.models import Case, Unit, User
from cases.outcomes import harm_shown, supervisor_timeline, with_outcomes, work_on
from cases.roles import REVIEW_CASE
from cases.views import int_or_zero


def detail_context(request: HttpRequest, case: Case, **forms) -> dict:
    reviewer = is_reviewer(request.user)
    if reviewer:
        events = case.events.select_related("actor", "act").order_by("-at", "-id")
    else:
        events = supervisor_timeline(case)
    work = work_on(case) if reviewer else []
    # A reopened case left as it was can be closed again: every act still stands decided.
    may_close = (
        case.status in {Status.DECIDED, Status.IN_REVIEW}
        and bool(work)
        and all(item.state == "decided" for item in work)
    )
    case = with_outcomes([case])[0]
    return {
        "case": case,
        "harm_shown": harm_shown(case),
        "work": work,
        "may_close": may_close,
        # A decided case is not reopened but re-assessed, act by act, or given another act.
        "may_reopen": reviewer and case.status == Status.CLOSED,
        "events": events,
        "is_reviewer": reviewer,
        "show_staff_reference": may_see_staff_reference(request.user, case),
        # Masked in free text (the narrative often names the officer by it) for the others.
        "hidden_reference": ""
        if may_see_staff_reference(request.user, case)
        else case.subject_reference,
        "may_edit": may_edit(request.user, case),
        "reviewers": User.objects.filter(
            groups__permissions__codename="review_case", is_active=True
        )
        .order_by("first_name", "last_name")
        .distinct()
        if reviewer
        else [],
        "comment_form": forms.get("comment_form") or CommentForm(),
        "act_form": forms.get("act_form") or ActForm(),
        "reason_form": forms.get("reason_form") or ReasonForm(required=not may_close),
    }


@login_required
@require_GET
@vary_on_headers("HX-Request")
def detail(request: HttpRequest, reference: str) -> HttpResponse:
    """The case page, for reviewers and the supervisors of its unit."""
    case = open_case(request, reference)
    return render(request, "cases/detail.html", detail_context(request, case))


@login_required
@require_POST
@vary_on_headers("HX-Request")
def act_on(request: HttpRequest, reference: str) -> HttpResponse:
    """Reviewers' actions on a case, told apart by the button pressed; a supervisor who may still
    edit the facts may add an act they left out."""
    case = case_for(request.user, reference)
    action = request.POST.get("action")
    reviewer = request.user.has_perm(REVIEW_CASE)
    if not reviewer and action != "add_act":
        raise PermissionDenied("Only reviewers can do this.")
    forms = {}
    try:
        match action:
            case "assign_me":
                services.case_assign(
                    case=case,
                    to=request.user,
                    by=request.user,
                    expected=request.POST.get("reviewer_was"),
                )
                messages.success(request, f"{case.reference} is assigned to you.")
            case "reassign":
                to = User.objects.filter(pk=int_or_zero(request.POST.get("reviewer"))).first()
                if to is None:
                    raise services.TransitionError("Choose a reviewer to assign the case to.")
                services.case_assign(case=case, to=to, by=request.user)
                messages.success(request, f"{case.reference} is assigned to {to.get_full_name()}.")
            case "comment":
                forms["comment_form"] = form = CommentForm(request.POST)
                if form.is_valid():
                    services.comment_add(case=case, by=request.user, text=form.cleaned_data["text"])
                    if request.htmx:
                        return render(
                            request,
                            "cases/detail.html#timeline_step",
                            detail_context(request, case),
                        )
                    messages.success(request, "Your comment is on the timeline.")
            case "add_act":
                forms["act_form"] = form = ActForm(request.POST)
                if form.is_valid():
                    if refusal := act_add_refusal(request.user, case):
                        raise services.TransitionError(refusal)
                    act = services.act_add(
                        case=case, by=request.user, description=form.cleaned_data["description"]
                    )
                    messages.success(request, f"Act {act.number} added.")
            case "close":  # a closing note is optional
                forms["reason_form"] = form = ReasonForm(request.POST, required=False)
                if form.is_valid():
                    note = form.cleaned_data["reason"]
                    services.case_close(case=case, by=request.user, note=note)
                    messages.success(request, f"{case.reference} is closed.")
            case "reopen":
                forms["reason_form"] = form = ReasonForm(request.POST)
                if form.is_valid():
                    services.case_reopen(
                        case=case, by=request.user, reason=form.cleaned_data["reason"]
                    )
                    messages.success(request, f"{case.reference} is reopened.")
            case _:
                raise services.TransitionError("That action is not recognised.")
    except services.TransitionError as error:
        form = next(iter(forms.values()), None)
        if form is None:
            messages.error(request, str(error))
            return redirect("cases:detail", reference=case.reference)
        # Refused after all (say, a colleague closed the case meanwhile): say why, and keep
        # what was typed, which the page may no longer have a box for.
        typed = next((v for v in form.cleaned_data.values() if isinstance(v, str) and v), "")
        form.add_error(None, f"{error} Not saved: “{typed}”." if typed else str(error))
    if invalid := next((form for form in forms.values() if form.errors), None):
        case.refresh_from_db()
        context = {**detail_context(request, case, **forms), "invalid_form": invalid}
        template = "cases/detail.html#timeline_step" if request.htmx else "cases/detail.html"
        return render(request, template, context)
    return redirect("cases:detail", reference=case.reference)


@login_required
@require_http_methods(["GET", "POST"])
def edit(request: HttpRequest, reference: str) -> HttpResponse:
    """Edit the facts; a save over someone else's newer save is refused, keeping what was typed."""
    case = open_case(request, reference)
    if refusal := edit_refusal(request.user, case):
        # Say why, with anything they typed still there to copy (a decision may have come in
        # while they were typing).
        form = CaseFactsForm(request.POST or None)
        typed = [
            (form[name].label, form[name].value())
            for name in ("title", "summary", "welfare_note")
            if form.is_bound and form[name].value()
        ]
        context = {
            "case": case,
            "refusal": refusal,
            "typed": typed,
            "is_reviewer": is_reviewer(request.user),
        }
        return render(request, "cases/edit.html", context, status=403)
    units = case_units(request.user, case)
    # For someone who may not see it, the staff reference is not in the form and is masked in
    # the account of what happened.
    hidden = "" if may_see_staff_reference(request.user, case) else case.subject_reference
    stale = None
    version = case.version
    if request.method == "POST":
        form = CaseFactsForm(request.POST, units=units, hidden_reference=hidden, case=case)
        version = int_or_zero(request.POST.get("version"))
        if form.is_valid():
            try:
                saved = services.case_edit(
                    case=case, by=request.user, changes=form.facts(), version=version
                )
            except services.StaleCase as conflict:
                # Keep what they typed where both changed a field (saving again now keeps theirs
                # deliberately); show the others' values where only the others changed one.
                stale = conflict
                case = conflict.current
                version = case.version
                form = CaseFactsForm(
                    CaseFactsForm.data_with(request.POST, case, conflict.theirs, hidden),
                    units=units,
                    hidden_reference=hidden,
                    case=case,
                )
                form.is_valid()
            else:
                if saved.version == case.version:
                    messages.info(request, "Nothing was changed: the facts are as they were.")
                else:
                    messages.success(request, "The case is updated.")
                return redirect("cases:detail", reference=case.reference)
    else:
        form = CaseFactsForm(
            initial=CaseFactsForm.initial_for(case, hidden), units=units, hidden_reference=hidden
        )
    return render(
        request,
        "cases/edit.html",
        {
            "form": form,
            "case": case,
            "version": version,
            "stale": stale,
            # Named as the form names them ("Short title"); the date and time as one.
            "changed_labels": [
                form.fields[f].label if f in form.fields else "Date and time it happened"
                for f in stale.changed_fields
            ]
            if stale
            else [],
        },
    )


def case_units(user: User, case: Case):
    """Reviewers may move a case to any unit; supervisors only between their own."""
    return Unit.objects.all() if is_reviewer(user) else user.units.all()
