"""The reviewers' triage queue: tabs, filters, sorting and keyset pagination.

Keyset pagination (WHERE (sort_key, id) > (last_key, last_id)) keeps every page as fast as the
first, at a million cases, with no COUNT(*).
"""

import datetime as dt
from dataclasses import dataclass
from urllib.parse import urlencode

from django import forms
from django.db import models
from django.db.models import Exists, OuterRef, Q, Subquery
from django.utils import timezone
from django.utils.dateparse import parse_datetime

from .choices import OPEN_STATUSES, Category, DecisionStatus, Presumed, Status
from .models import Act, Case, Decision, Unit, User

PAGE_SIZE = 50


class Tab(models.TextChoices):
    UNASSIGNED = "unassigned", "Unassigned"
    MINE = "mine", "Assigned to me"
    SECOND_REVIEW = "second", "Awaiting second review"
    OPEN = "open", "All open"
    DECIDED = "decided", "Decided, to close"


class Age(models.TextChoices):
    WEEK = "week", "Up to 7 days"
    MONTH = "month", "8 to 30 days"
    QUARTER = "quarter", "31 to 90 days"
    OLDER = "older", "Over 90 days"


AGE_BANDS = {  # (newer than, older than) in days
    Age.WEEK: (7, None),
    Age.MONTH: (30, 7),
    Age.QUARTER: (90, 30),
    Age.OLDER: (None, 90),
}

SORTS = {  # name: (field, descending, label)
    "oldest": ("created_at", False, "Oldest logged first"),
    "newest": ("created_at", True, "Newest logged first"),
    "occurred": ("occurred_at", False, "Earliest incident first"),
    "occurred_newest": ("occurred_at", True, "Latest incident first"),
}


def _choices(enum, blank: str) -> list[tuple[str, str]]:
    return [("", blank), *enum.choices]


class QueueFilters(forms.Form):
    tab = forms.ChoiceField(choices=Tab.choices, required=False)
    q = forms.CharField(label="Search by reference", required=False, max_length=30)  # any tab
    unit = forms.ModelChoiceField(
        queryset=Unit.objects.all(), required=False, empty_label="All units", label="Unit"
    )
    category = forms.ChoiceField(choices=_choices(Category, "All categories"), required=False)
    status = forms.ChoiceField(
        choices=[("", "Any open status"), *((s.value, s.label) for s in OPEN_STATUSES)],
        required=False,
    )
    presumed = forms.ChoiceField(
        label="Referral presumed", choices=_choices(Presumed, "Anything"), required=False
    )
    age = forms.ChoiceField(label="Age", choices=_choices(Age, "Any age"), required=False)
    sort = forms.ChoiceField(
        choices=[(k, v[2]) for k, v in SORTS.items()], required=False, label="Sort by"
    )

    FILTERS = ("q", "unit", "category", "status", "presumed", "age", "sort")

    def value(self, name: str):
        """The cleaned value, or empty when the field was missing or invalid (then ignored)."""
        if not hasattr(self, "cleaned_data"):
            self.is_valid()
        return self.cleaned_data.get(name) or ""

    def query(self, **overrides) -> str:
        """These filters as a query string, for links that keep them."""
        params = {
            name: self.data.get(name, "")
            for name in ("tab", *self.FILTERS)
            if name not in self.errors
        }
        params.update(overrides)
        return urlencode({k: v for k, v in params.items() if v})


@dataclass(frozen=True)
class Page:
    rows: list[Case]
    next_cursor: str | None
    previous_cursor: str | None


def tab_cases(user: User, tab: str):
    open_cases = Case.objects.filter(status__in=OPEN_STATUSES)
    match tab:
        case Tab.MINE:
            return open_cases.filter(reviewer=user)
        case Tab.SECOND_REVIEW:
            waiting = Case.objects.filter(status=Status.AWAITING_SECOND_REVIEW)
            return waiting.exclude(second_review_excludes=user)
        case Tab.OPEN:
            return open_cases
        case Tab.DECIDED:
            return Case.objects.filter(status=Status.DECIDED)
        case _:
            return open_cases.filter(reviewer__isnull=True)


def filtered(user: User, filters: QueueFilters):
    reference = filters.value("q").strip().upper()
    if reference:
        # A reference finds its case whatever the tab and status, closed ones included.
        # References are BTP-<year>-<case number>; a bare number finds the case by its number.
        cases = (
            Case.objects.filter(pk=int(reference))
            if reference.isdigit()
            else Case.objects.filter(reference=reference)
        )
    else:
        cases = tab_cases(user, filters.value("tab") or Tab.UNASSIGNED)
    for name, lookup in (("unit", "unit"), ("category", "category"), ("status", "status")):
        if value := filters.value(name):
            cases = cases.filter(**{lookup: value})
    if presumed := filters.value("presumed"):
        cases = cases.filter(presumed_reason=presumed)
    if age := filters.value("age"):
        newer, older = AGE_BANDS[age]
        now = timezone.now()
        if newer is not None:
            cases = cases.filter(created_at__gte=now - dt.timedelta(days=newer))
        if older is not None:
            cases = cases.filter(created_at__lt=now - dt.timedelta(days=older))
    return cases


def sort_of(filters: QueueFilters) -> tuple[str, bool]:
    field, descending, _ = SORTS.get(filters.value("sort") or "oldest")
    return field, descending


def encode(case: Case, field: str) -> str:
    return f"{getattr(case, field).isoformat()}~{case.pk}"


def decode(cursor: str | None) -> tuple[dt.datetime, int] | None:
    """A cursor from the URL, or None if it is missing or has been tampered with."""
    try:
        when, pk = (cursor or "").split("~")
        parsed = parse_datetime(when)
        return (parsed, int(pk)) if parsed else None
    except ValueError:
        return None


def with_sent_back(cases):
    """Each case with `sent_back`: whether one of its acts' latest decision was sent back by a
    second reviewer and awaits a new decision. A subquery in the page's own query, so a page
    costs the same number of queries however many of its rows were sent back."""
    latest = Decision.objects.filter(act=OuterRef("pk")).order_by("-created_at", "-id")
    sent_back = Act.objects.filter(case=OuterRef("pk")).annotate(
        latest=Subquery(latest.values("status")[:1])
    )
    return cases.annotate(sent_back=Exists(sent_back.filter(latest=DecisionStatus.SENT_BACK)))


def page_of(cases, field: str, descending: bool, after=None, before=None) -> Page:
    """One page of rows, PAGE_SIZE long, after or before a cursor."""
    forwards = before is None
    cursor = decode(after if forwards else before)
    reverse = descending != (not forwards)  # walking backwards flips the order
    if cursor:
        value, pk = cursor
        beyond = "lt" if reverse else "gt"
        cases = cases.filter(
            Q(**{f"{field}__{beyond}": value}) | Q(**{field: value, f"pk__{beyond}": pk})
        )
    order = [f"-{field}", "-pk"] if reverse else [field, "pk"]
    rows = list(with_sent_back(cases.for_list()).order_by(*order)[: PAGE_SIZE + 1])
    more = len(rows) > PAGE_SIZE
    rows = rows[:PAGE_SIZE]
    if not forwards:
        rows.reverse()
    if not rows:
        return Page(rows=[], next_cursor=None, previous_cursor=None)
    has_next = more if forwards else True
    has_previous = (cursor is not None) if forwards else more
    return Page(
        rows=rows,
        next_cursor=encode(rows[-1], field) if has_next else None,
        previous_cursor=encode(rows[0], field) if has_previous else None,
    )
