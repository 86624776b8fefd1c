"""Reviewers: the guided questionnaire, one question per page, then 'check your answers'.

htmx swaps the next question in place and pushes its URL, so back, reload and bookmarks work;
without JavaScript every step is a plain form post and redirect.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required, permission_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_http_methods, require_POST
from django.views.decorators.vary import vary_on_headers
from django_htmx.http import HttpResponseClientRedirect, push_url

from cases import decisions
from cases.access import case_for, open_case
from cases.assessment_forms import ANSWER_CHOICES, AnswerForm
from cases.assessments import (
    AssessmentError,
    answer_record,
    answer_seen,
    answers_of,
    assessment_complete,
    assessment_start,
    assessment_take_over,
    graph_of,
)
from cases.choices import AssessmentStatus, EventKind
from cases.models import Act, Assessment, CaseEvent
from cases.progress import progress_of
from cases.roles import REVIEW_CASE
from cases.views.detail import detail_context
from classification.engine import Question, walk

TEMPLATE = "cases/question.html"


def refused(
    request: HttpRequest, error: AssessmentError, back: str, typed: list | None = None
) -> HttpResponse:
    """A refused step: its message, a 4xx status that fits, and a way back. Nothing changed;
    `typed`, (label, text) pairs of what was written, is shown so that it is not lost."""
    context = {"message": error.message, "back": back, "typed": typed or []}
    return render(request, "cases/refused.html", context, status=error.status)


def step_template(request: HttpRequest) -> str:
    """The whole page, or for an htmx swap only the step: the panel and the tab's title."""
    partial = request.htmx and not request.htmx.history_restore_request
    return f"{TEMPLATE}#step" if partial else TEMPLATE


def not_saved(request: HttpRequest, assessment: Assessment, question: Question) -> HttpResponse:
    """An answer from a page left open while the answers changed in another window: refused (409)
    in the panel, saying why and where things stand now, with what was typed shown back."""
    assessment.refresh_from_db(fields=["status", "answers"])
    if assessment.status != AssessmentStatus.IN_PROGRESS:
        reason = (
            "This assessment was completed in another window or tab after this page was loaded, "
            "so its answers can no longer change."
        )
        url, go_to = reverse("cases:review", args=[assessment.pk]), "See the completed assessment"
    elif question.id in on_path(assessment):
        given = answers_of(assessment).get(question.id)
        now = f" (the answer now: {given.choice.label})" if given else ""
        reason = (
            f"{question.id} was answered in another window or tab after this page was loaded"
            f"{now}, so the answer here was not saved."
        )
        url, go_to = step_url(assessment, question.id), f"See {question.id} as it is now"
    else:
        reason = (
            "The answers were changed in another window or tab after this page was loaded, so "
            f"{question.id} is not on this assessment's path now."
        )
        path = walk(graph_of(assessment), answers_of(assessment))
        url = step_url(assessment, path.next.id if path.next else None)
        go_to = "Go to the current question" if path.next else "Check your answers"
    context = {
        "assessment": assessment,
        "act": assessment.act,
        "case": assessment.act.case,
        "question": question,
        "not_saved": {
            "reason": reason,
            "answer": dict(ANSWER_CHOICES).get(request.POST.get("answer", ""), ""),
            "text": request.POST.get("text", "").strip(),
            "url": url,
            "go_to": go_to,
        },
    }
    return render(request, step_template(request), context, status=409)


def assessment_for(request: HttpRequest, pk: int, *, record: bool = False) -> Assessment:
    """The assessment, if this reviewer may open its case (404 otherwise)."""
    assessment = get_object_or_404(
        Assessment.objects.select_related("act__case__unit", "reviewer"), pk=pk
    )
    reference = assessment.act.case.reference
    if record:
        open_case(request, reference)
    else:
        case_for(request.user, reference)
    return assessment


def step_url(assessment: Assessment, question_id: str | None) -> str:
    """A question's page, or 'check your answers' once the path is complete."""
    if question_id is None:
        return reverse("cases:check_answers", args=[assessment.pk])
    return reverse("cases:question", args=[assessment.pk, question_id])


def next_url(assessment: Assessment) -> str:
    path = walk(graph_of(assessment), answers_of(assessment))
    return step_url(assessment, path.next.id if path.next else None)


@login_required
@permission_required(REVIEW_CASE, raise_exception=True)
@require_POST
def start(request: HttpRequest, reference: str, number: int) -> HttpResponse:
    """Start, resume or (with a reason) re-assess the questionnaire for one act."""
    case = case_for(request.user, reference)
    act = get_object_or_404(Act, case=case, number=number)
    reason = request.POST.get("reason", "")
    try:
        assessment = assessment_start(act=act, by=request.user, reason=reason)
    except AssessmentError as error:
        if error.status == 400:  # the reason: the case page again, the form open, text kept
            reassess = {"number": act.number, "error": error.message, "reason": reason}
            context = {**detail_context(request, case), "reassess": reassess}
            return render(request, "cases/detail.html", context)
        messages.error(request, error.message)
        return redirect("cases:detail", reference=case.reference)
    return redirect(next_url(assessment))


@login_required
@permission_required(REVIEW_CASE, raise_exception=True)
@require_POST
def take_over(request: HttpRequest, pk: int) -> HttpResponse:
    """The case's reviewer carries on an assessment someone else started."""
    assessment = assessment_for(request, pk)
    back = reverse("cases:detail", args=[assessment.act.case.reference])
    try:
        assessment = assessment_take_over(assessment=assessment, by=request.user)
    except AssessmentError as error:
        return refused(request, error, back)
    messages.success(request, f"The questionnaire for act {assessment.act.number} is yours now.")
    return redirect(next_url(assessment))


@login_required
@permission_required(REVIEW_CASE, raise_exception=True)
@require_POST
def discard(request: HttpRequest, pk: int) -> HttpResponse:
    """Throw away an assessment in progress; the act stands as it did before it."""
    assessment = assessment_for(request, pk)
    back = reverse("cases:detail", args=[assessment.act.case.reference])
    try:
        act = decisions.assessment_discard(assessment=assessment, by=request.user)
    except AssessmentError as error:
        return refused(request, error, back)
    messages.success(request, f"The assessment of act {act.number} in progress is discarded.")
    return redirect(back)


@login_required
@permission_required(REVIEW_CASE, raise_exception=True)
@require_http_methods(["GET", "POST"])
@vary_on_headers("HX-Request")
def question(request: HttpRequest, pk: int, question_id: str) -> HttpResponse:
    """One question: why we ask, Yes / No / Not established, and the text that answer needs."""
    try:
        assessment = assessment_for(request, pk, record=request.method == "GET")
    except Http404:
        if request.method == "POST":
            return discarded(request, pk)  # perhaps in another window: say so, keep the text
        raise
    current = graph_of(assessment).questions.get(question_id)
    if current is None:
        raise Http404("No such question.")
    elsewhere = instead_of(assessment, question_id)
    if elsewhere:
        if request.method == "POST":
            return not_saved(request, assessment, current)
        return redirect(elsewhere)
    if request.method == "POST" and assessment.reviewer_id != request.user.pk:
        holder = assessment.reviewer.get_full_name() or assessment.reviewer.username
        error = AssessmentError(
            f"This assessment is {holder}'s to answer (they started it or took it over), so "
            "your answer was not saved.",
            403,
        )
        back = reverse("cases:detail", args=[current_reference(assessment)])
        return refused(request, error, back, typed_answer(request))

    form = None
    if request.method == "POST":
        form = AnswerForm(request.POST, question=current)
        if form.is_valid():
            return answer_save(request, assessment, current, form)
    context = question_context(request, assessment, question_id, form)
    return render(request, step_template(request), context)


def on_path(assessment: Assessment) -> set[str]:
    """The questions answered on the path, and the next one."""
    path = walk(graph_of(assessment), answers_of(assessment))
    return {step.question_id for step in path.path} | ({path.next.id} if path.next else set())


def typed_answer(request: HttpRequest) -> list[tuple[str, str]]:
    """What was posted as an answer, to show back when it cannot be saved."""
    answer = dict(ANSWER_CHOICES).get(request.POST.get("answer", ""), "")
    text = request.POST.get("text", "").strip()
    return [(label, v) for label, v in (("Answer", answer), ("Evidence or rationale", text)) if v]


def discarded(request: HttpRequest, pk: int) -> HttpResponse:
    """An answer to an assessment discarded meanwhile (in another window): say so, show what was
    typed, point to the case. An assessment that never was is a 404."""
    event = (
        CaseEvent.objects.filter(kind=EventKind.ASSESSMENT_DISCARDED, data__assessment=pk)
        .select_related("case", "actor")
        .first()
    )
    if event is None:
        raise Http404("No such assessment.")
    case = case_for(request.user, event.case.reference)
    who = event.actor.get_full_name() or event.actor.username if event.actor else "Someone"
    error = AssessmentError(
        f"{who} discarded this assessment at {timezone.localtime(event.at):%H:%M}, after this "
        "page was loaded, so the answer was not saved."
    )
    typed = typed_answer(request)
    back = reverse("cases:detail", args=[case.reference])
    if request.htmx:
        context = {"message": error.message, "back": back, "typed": typed}
        return render(request, "cases/refused.html#step", context, status=409)
    return refused(request, error, back, typed)


def instead_of(assessment: Assessment, question_id: str) -> str | None:
    """Where to go instead of this question (the review, or the path's next step), if anywhere."""
    if assessment.status != AssessmentStatus.IN_PROGRESS:
        return reverse("cases:review", args=[assessment.pk])
    if question_id in on_path(assessment):
        return None
    return next_url(assessment)


def answer_save(
    request: HttpRequest, assessment: Assessment, current: Question, form: AnswerForm
) -> HttpResponse:
    """Record a valid answer, then the next step: a redirect, or for htmx the step swapped in."""
    try:
        answered = answer_record(
            assessment=assessment,
            by=request.user,
            question_id=current.id,
            choice=form.cleaned_data["answer"],
            text=form.cleaned_data["text"],
            seen=request.POST.get("seen"),
        )
    except AssessmentError as error:
        if error.status == 409:  # changed in another window since the view's own checks
            return not_saved(request, assessment, current)
        return refused(request, error, step_url(assessment, current.id))
    if answered.discarded:
        # Shown on the very next screen: the redirect's page, or the step swapped in below.
        questions = graph_of(assessment).questions
        removed = "; ".join(f"‘{questions[qid].short}’" for qid in answered.discarded)
        messages.info(
            request,
            "Your change took the questionnaire down a different path, so the answers to these "
            f"questions no longer apply and have been removed: {removed}",
        )
    target = step_url(assessment, answered.next_question)
    if not request.htmx:
        return redirect(target)
    if answered.next_question is None:
        return HttpResponseClientRedirect(target)
    assessment.refresh_from_db()
    context = question_context(request, assessment, answered.next_question)
    return push_url(render(request, f"{TEMPLATE}#step", context), target)


def current_reference(assessment: Assessment) -> str:
    return assessment.act.case.reference


def question_context(request, assessment: Assessment, question_id: str, form=None) -> dict:
    graph = graph_of(assessment)
    current = graph.questions[question_id]
    if form is None:
        given = assessment.answers.get(question_id)
        form = AnswerForm(initial=AnswerForm.initial_for(given), question=current)
    path = walk(graph, answers_of(assessment))
    ids = [step.question_id for step in path.path]
    before = ids[: ids.index(question_id)] if question_id in ids else ids
    return {
        "assessment": assessment,
        "act": assessment.act,
        "case": assessment.act.case,
        "question": current,
        "form": form,
        "progress": progress_of(graph, path, question_id),
        "back_url": step_url(assessment, before[-1])
        if before
        else reverse("cases:detail", args=[current_reference(assessment)]),
        "may_answer": assessment.reviewer_id == request.user.pk,
        "seen": answer_seen(assessment, question_id),
    }


@login_required
@permission_required(REVIEW_CASE, raise_exception=True)
@require_http_methods(["GET", "POST"])
def check_answers(request: HttpRequest, pk: int) -> HttpResponse:
    """Every answer on the path with a Change link; confirming classifies the act."""
    assessment = assessment_for(request, pk, record=request.method == "GET")
    review_url = reverse("cases:review", args=[assessment.pk])
    if assessment.status != AssessmentStatus.IN_PROGRESS:
        if request.method == "POST":
            return refused(
                request, AssessmentError("This assessment is already complete."), review_url
            )
        return redirect(review_url)
    path = walk(graph_of(assessment), answers_of(assessment))
    if path.next is not None:
        return redirect(step_url(assessment, path.next.id))
    if request.method == "POST":
        try:
            assessment_complete(assessment=assessment, by=request.user)
        except AssessmentError as error:
            return refused(request, error, reverse("cases:check_answers", args=[assessment.pk]))
        return redirect(review_url)
    graph = graph_of(assessment)
    rows = [(graph.questions[step.question_id], step) for step in path.path]
    return render(
        request,
        "cases/check_answers.html",
        {
            "assessment": assessment,
            "act": assessment.act,
            "case": assessment.act.case,
            "rows": rows,
            "may_answer": assessment.reviewer_id == request.user.pk,
        },
    )
