"""Every cases URL, tried from the outside by every persona."""

import pytest
from django.test import Client
from django.urls import reverse

from cases import services
from cases.choices import Status
from cases.models import Case
from tests.factories import ActFactory, CaseFactory, DecisionFactory

pytestmark = pytest.mark.django_db

LOGIN = reverse("login")


@pytest.fixture
def case(unit_a, supervisor_a):
    return ActFactory(case__unit=unit_a, case__logged_by=supervisor_a).case


def outcome(response) -> int | str:
    if response.status_code == 302 and response["Location"].startswith(LOGIN):
        return "login"
    return response.status_code


# persona: expected status (or "login"), for each URL
GET_MATRIX = {
    "cases:mine": dict(
        anonymous="login", supervisor_a=200, supervisor_b=200, reviewer=403, board=403,
        administrator=403,
    ),
    "cases:log": dict(
        anonymous="login", supervisor_a=200, supervisor_b=200, reviewer=403, board=403,
        administrator=403,
    ),
    "cases:queue": dict(
        anonymous="login", supervisor_a=403, supervisor_b=403, reviewer=200, board=403,
        administrator=403,
    ),
    "cases:queue_csv": dict(
        anonymous="login", supervisor_a=403, supervisor_b=403, reviewer=200, board=403,
        administrator=403,
    ),
}  # fmt: skip

CASE_GET_MATRIX = {
    "cases:detail": dict(
        anonymous="login", supervisor_a=200, supervisor_b=404, reviewer=200, board=403,
        administrator=403,
    ),
    "cases:logged": dict(
        anonymous="login", supervisor_a=200, supervisor_b=404, reviewer=403, board=403,
        administrator=403,
    ),
    "cases:edit": dict(
        anonymous="login", supervisor_a=200, supervisor_b=404, reviewer=200, board=403,
        administrator=403,
    ),
}  # fmt: skip


@pytest.mark.parametrize(
    ("name", "persona", "expected"),
    [(n, p, e) for n, m in GET_MATRIX.items() for p, e in m.items()],
)
def test_list_pages(personas, name, persona, expected):
    assert outcome(personas[persona].get(reverse(name))) == expected


@pytest.mark.parametrize(
    ("name", "persona", "expected"),
    [(n, p, e) for n, m in CASE_GET_MATRIX.items() for p, e in m.items()],
)
def test_case_pages(personas, case, name, persona, expected):
    assert outcome(personas[persona].get(reverse(name, args=[case.reference]))) == expected


@pytest.mark.parametrize(
    ("persona", "expected"),
    [
        ("anonymous", "login"),
        ("supervisor_a", 403),
        ("supervisor_b", 404),
        ("reviewer", 302),
        ("board", 403),
        ("administrator", 403),
    ],
)
def test_case_actions_are_for_reviewers_only(personas, case, persona, expected):
    url = reverse("cases:act", args=[case.reference])
    response = personas[persona].post(url, {"action": "comment", "text": "Looked at BWV."})
    assert outcome(response) == expected
    assert case.events.filter(kind="comment").exists() == (expected == 302)


def test_case_actions_refuse_get(personas, case):
    assert personas["reviewer"].get(reverse("cases:act", args=[case.reference])).status_code == 405


def test_inactive_user_cannot_sign_in_or_use_a_session(inactive_user, case):
    client = Client()
    response = client.post(LOGIN, {"username": "gone", "password": "correct-horse-battery"})
    assert response.status_code == 200 and b"There is a problem" in response.content
    client.force_login(inactive_user)
    assert outcome(client.get(reverse("cases:detail", args=[case.reference]))) == "login"


def test_supervisor_of_the_unit_sees_the_staff_reference_only_if_they_logged_it(
    personas, unit_a, supervisor_b, reviewer
):
    from tests.factories import UserFactory

    colleague = UserFactory(username="colleague", role="Supervisor", units=[unit_a])
    case = CaseFactory(unit=unit_a, logged_by=colleague, subject_reference="PC777001")
    url = reverse("cases:detail", args=[case.reference])

    assert b"PC777001" not in personas["supervisor_a"].get(url).content
    assert b"PC777001" in personas["reviewer"].get(url).content


def test_a_supervisor_who_did_not_log_the_case_edits_it_without_its_staff_reference(
    personas, unit_a, reviewer
):
    """Not in their edit form, not changed by their save, not in their timeline's changes."""
    from tests.cases.test_case_page import edit_data
    from tests.factories import UserFactory

    colleague = UserFactory(username="colleague", role="Supervisor", units=[unit_a])
    account = "PC777001 missed the 02:30 visit; PC777001 then wrote it up as done."
    case = CaseFactory(
        unit=unit_a, logged_by=colleague, subject_reference="PC777001", summary=account
    )
    edit = reverse("cases:edit", args=[case.reference])
    supervisor = personas["supervisor_a"]
    form = supervisor.get(edit).content.decode()

    assert "PC777001" not in form
    assert "[staff reference] missed the 02:30 visit" in form  # masked in the account too
    assert (
        "PC777001"
        not in supervisor.get(reverse("cases:detail", args=[case.reference])).content.decode()
    )
    data = edit_data(
        case, title="Corrected title", summary=account.replace("PC777001", "[staff reference]")
    )
    del data["subject_reference"]
    assert supervisor.post(edit, data).status_code == 302
    case.refresh_from_db()
    assert (case.title, case.subject_reference, case.summary) == (
        "Corrected title",
        "PC777001",
        account,  # the reference restored where the mask stood
    )

    personas["reviewer"].post(edit, edit_data(case, subject_reference="PC 999999"))
    page = supervisor.get(reverse("cases:detail", args=[case.reference])).content.decode()
    timeline = page[page.index('<section id="timeline"') :]

    assert "Subject officer&#x27;s staff reference changed" in timeline
    assert "PC777001" not in timeline and "PC 999999" not in timeline


def test_supervisor_cannot_edit_a_decided_case(personas, unit_a, supervisor_a):
    case = CaseFactory(unit=unit_a, logged_by=supervisor_a, status=Status.DECIDED)
    assert (
        personas["supervisor_a"].get(reverse("cases:edit", args=[case.reference])).status_code
        == 403
    )


def test_supervisor_cannot_edit_once_any_act_is_decided(personas, unit_a, supervisor_a):
    decision = DecisionFactory(act__case__unit=unit_a, act__case__logged_by=supervisor_a)
    case = decision.act.case
    ActFactory(case=case, number=2)
    Case.objects.filter(pk=case.pk).update(status=Status.IN_REVIEW)  # act 2 still to decide

    edit = reverse("cases:edit", args=[case.reference])

    assert personas["supervisor_a"].get(edit).status_code == 403
    assert personas["reviewer"].get(edit).status_code == 200


def test_unknown_reference_is_404(personas):
    assert personas["reviewer"].get("/cases/BTP-2026-99999/").status_code == 404


def test_the_staff_reference_is_masked_in_every_free_text_however_it_is_written(
    personas, unit_a, reviewer
):
    from tests.cases.test_case_page import edit_data
    from tests.factories import UserFactory

    colleague = UserFactory(username="colleague", role="Supervisor", units=[unit_a])
    case = CaseFactory(
        unit=unit_a,
        logged_by=colleague,
        subject_reference="PC 777888",
        title="PC 777888 missed cell visit",
        summary="pc 777888, also written PC777888, PC-777888 or 777888; PC 7778889 is another.",
        welfare_note="Spoke to pc777888 about welfare",
    )
    supervisor = personas["supervisor_a"]
    pages = {
        "case page": supervisor.get(reverse("cases:detail", args=[case.reference])),
        "their units' cases": supervisor.get(reverse("cases:mine"), {"scope": "units"}),
        "edit form": supervisor.get(reverse("cases:edit", args=[case.reference])),
    }
    for name, response in pages.items():
        text = response.content.decode().lower()
        assert "777888" not in text.replace("7778889", ""), name
        assert "[staff reference] missed cell visit" in text, name
    assert "[staff reference], also written [staff reference], [staff reference] or [staff " in (
        pages["case page"].content.decode()
    )
    assert "PC 7778889 is another" in pages["case page"].content.decode()
    assert (
        b"PC 777888 missed cell visit"
        in personas["reviewer"].get(reverse("cases:detail", args=[case.reference])).content
    )

    # Saved from the masked form, each mask is put back as it was written.
    form = pages["edit form"].context["form"]
    data = edit_data(case, **{name: form.initial[name] for name in form.MASKED})
    del data["subject_reference"]
    data["welfare_note"] += " again"
    assert supervisor.post(reverse("cases:edit", args=[case.reference]), data).status_code == 302
    before = (case.title, case.summary, case.welfare_note)
    case.refresh_from_db()
    assert (case.title, case.summary, case.welfare_note) == (*before[:2], before[2] + " again")


def test_a_masked_text_that_would_overflow_with_the_reference_restored_is_refused(personas, unit_a):
    from tests.cases.test_case_page import edit_data
    from tests.factories import UserFactory

    colleague = UserFactory(username="colleague", role="Supervisor", units=[unit_a])
    reference = "PC 12345678901234567"  # 20 characters, longer than the mask's 17
    case = CaseFactory(unit=unit_a, logged_by=colleague, subject_reference=reference)
    title = ("[staff reference] " * 7)[:120]
    data = edit_data(case, title=title)
    del data["subject_reference"]

    response = personas["supervisor_a"].post(reverse("cases:edit", args=[case.reference]), data)

    assert response.status_code == 200
    assert "Short title must be 120 characters or fewer with the staff reference" in (
        response.content.decode()
    )
    case.refresh_from_db()
    assert reference not in case.title


def test_a_supervisor_whose_case_moved_unit_while_editing_is_told_where_it_went(
    personas, unit_a, unit_b, supervisor_a, reviewer
):
    from tests.cases.test_case_page import edit_data

    case = CaseFactory(unit=unit_a, logged_by=supervisor_a)
    data = edit_data(case, summary="A fuller account, typed at length.")
    services.case_edit(case=case, by=reviewer, changes={"unit": unit_b}, version=case.version)

    response = personas["supervisor_a"].post(reverse("cases:edit", args=[case.reference]), data)

    body = response.content.decode()
    assert response.status_code == 403
    assert f"This case is now in {unit_b.name}" in body
    assert "copy it and send it to the case’s reviewer" in body  # supervisors cannot comment
    assert "A fuller account, typed at length." in body


def test_a_learning_actions_description_and_owner_are_masked_for_a_colleague(
    personas, unit_a, reviewer
):
    import datetime as dt

    from cases import decisions
    from cases.models import LearningAction
    from tests.factories import TASER, UserFactory, assessed

    colleague = UserFactory(username="colleague", role="Supervisor", units=[unit_a])
    act = ActFactory(
        case__unit=unit_a, case__logged_by=colleague, case__subject_reference="SR-10417", number=1
    )
    assessment = assessed(act, reviewer, TASER.answers)
    decisions.decision_record(assessment=assessment, by=reviewer, primary="task_complexity")
    LearningAction.objects.create(
        case=act.case,
        act=act,
        kind="supervision",
        description="Coaching for SR 10417 on stairwells",
        owner="Sgt for SR10417",
        due_date=dt.date(2027, 1, 20),
        created_by=reviewer,
    )

    page = personas["supervisor_a"].get(reverse("cases:detail", args=[act.case.reference]))

    body = page.content.decode()
    assert "Coaching for [staff reference] on stairwells (Sgt for [staff reference]," in body
    assert "10417" not in body
