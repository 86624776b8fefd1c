"""Logging a case: bad input gets a message by the field, keeps what was typed, writes nothing."""

import datetime as dt
import re

import pytest
from django.urls import reverse
from django.utils import timezone

from cases.choices import EventKind
from cases.models import Act, Case

pytestmark = pytest.mark.django_db

URL = reverse("cases:log")


def valid(home_unit, **overrides) -> dict:
    when = timezone.localtime() - dt.timedelta(days=2)
    return {
        "title": "Taser discharge during arrest",
        "occurred_date": when.date().isoformat(),
        "occurred_time": "23:40",
        "unit": str(home_unit.pk),
        "category": "use_of_force",
        "summary": "During a late-night arrest a probationer discharged a taser once.",
        "origin": "conduct_referral",
        "presumed_reason": "deviation",
        "subject_reference": "pc 240117",
        "welfare_offered": "yes",
        "welfare_note": "",
        "act": ["Discharged the taser at the suspect."],
        **overrides,
    }


def test_supervisor_logs_a_case_with_two_acts_and_sees_the_reference(personas, unit_a):
    data = valid(unit_a, act=["Did not carry out the 02:30 visit", "Recorded it as done"])

    response = personas["supervisor_a"].post(URL, data, follow=True)

    case = Case.objects.get()
    assert response.redirect_chain[-1][0] == reverse("cases:logged", args=[case.reference])
    assert case.reference.encode() in response.content
    assert case.subject_reference == "PC 240117"
    assert list(case.acts.values_list("description", flat=True)) == [
        "Did not carry out the 02:30 visit",
        "Recorded it as done",
    ]
    assert case.events.filter(kind=EventKind.LOGGED).count() == 1


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"occurred_date": "2999-01-01"}, "must be in the past"),
        ({"occurred_date": "31/02/2026"}, "Enter a real date"),
        ({"occurred_time": "25:61"}, "Enter a real time"),
        ({"title": ""}, "Enter a short title"),
        ({"title": "x" * 121}, "The title must be 120 characters or fewer (it has 121)"),
        ({"summary": "y" * 5001}, "What happened must be 5000 characters or fewer (it has 5001)"),
        ({"welfare_note": "w" * 501}, "The welfare note must be 500 characters or fewer"),
        ({"category": "blame"}, "Choose a category"),
        ({"presumed_reason": "guilty"}, "Choose what the referral presumed"),
        ({"subject_reference": "Constable Jane Smith"}, "not a name"),
        ({"welfare_offered": ""}, "Say whether welfare support has been offered"),
        ({"act": [""]}, "Describe the act or omission to be assessed"),
        ({"act": ["First act", "  "]}, "Describe act 2, or remove it"),
        ({"act": ["z" * 2001]}, "Act 1 must be 2000 characters or fewer"),
        ({"act": ["Discharged the taser\x00"]}, "Act 1 contains a null character"),
        ({"title": "Taser\x00"}, "Short title contains a null character"),
        ({"summary": "Taser\x00"}, "What happened contains a null character"),
        ({"welfare_note": "\x00"}, "Welfare note contains a null character"),
        ({"occurred_date": "1999-12-31"}, "Enter a date in 2000 or later"),
        # The clocks went forward at 01:00 that night: 01:30 never happened in London.
        ({"occurred_date": "2026-03-29", "occurred_time": "01:30"}, "There was no 01:30 on 29"),
    ],
)
def test_bad_input_is_refused_with_a_message_and_nothing_is_written(
    personas, unit_a, overrides, message
):
    response = personas["supervisor_a"].post(URL, valid(unit_a, **overrides))

    assert response.status_code == 200
    assert message in response.content.decode()
    assert b"There is a problem" in response.content
    assert (Case.objects.count(), Act.objects.count()) == (0, 0)


def test_the_first_day_of_2000_and_a_time_that_happened_twice_are_accepted(personas, unit_a):
    """01:30 on 25 October 2026 happened twice (clocks back at 02:00): the first is taken."""
    for day, time in (("2000-01-01", "09:00"), ("2026-10-25", "01:30")):
        data = valid(unit_a, occurred_date=day, occurred_time=time, submission_key=day)
        assert personas["supervisor_a"].post(URL, data).status_code == 302, day
    occurred = [
        timezone.localtime(at).strftime("%Y-%m-%d %H:%M")
        for at in Case.objects.order_by("occurred_at").values_list("occurred_at", flat=True)
    ]
    assert occurred == ["2000-01-01 09:00", "2026-10-25 01:30"]


def test_another_units_id_is_refused_as_an_unknown_unit(personas, unit_a, unit_b):
    response = personas["supervisor_a"].post(URL, valid(unit_a, unit=str(unit_b.pk)))

    assert "Choose one of your units" in response.content.decode()
    assert Case.objects.count() == 0


def test_a_unit_that_does_not_exist_is_refused(personas, unit_a):
    response = personas["supervisor_a"].post(URL, valid(unit_a, unit="999999"))

    assert "Choose one of your units" in response.content.decode()
    assert Case.objects.count() == 0


def test_what_was_typed_comes_back_after_an_error(personas, unit_a):
    data = valid(unit_a, title="", summary="Kept summary text", act=["Kept act one", "Kept two"])

    body = personas["supervisor_a"].post(URL, data).content.decode()

    assert "Kept summary text" in body
    assert "Kept act one" in body and "Kept two" in body
    assert 'value="PC 240117"' in body or 'value="pc 240117"' in body


def test_add_another_act_without_javascript_keeps_everything_and_shows_no_errors(personas, unit_a):
    data = valid(unit_a, title="", act=["First act"], add_act="1")

    body = personas["supervisor_a"].post(URL, data).content.decode()

    assert body.count('name="act"') == 2
    assert "First act" in body
    assert "There is a problem" not in body
    assert Case.objects.count() == 0


def test_remove_act_without_javascript(personas, unit_a):
    data = valid(unit_a, act=["Keep me", "Remove me"], remove_act="2")

    body = personas["supervisor_a"].post(URL, data).content.decode()

    assert "Keep me" in body and "Remove me" not in body


def test_the_cursor_goes_to_the_new_act_or_the_one_after_a_removed_one(personas, unit_a):
    client = personas["supervisor_a"]
    added = client.post(URL, valid(unit_a, act=["One", "Two"], add_act="1")).content.decode()
    removed = client.post(URL, valid(unit_a, act=["One", "Two", "Three"], remove_act="2"))

    assert re.findall(r'id="act-(\d)"[^>]* autofocus', added) == ["3"]
    assert re.findall(r'id="act-(\d)"[^>]* autofocus', removed.content.decode()) == ["2"]


def test_htmx_validates_one_field_as_it_is_left(personas, unit_a):
    response = personas["supervisor_a"].post(
        URL,
        valid(unit_a, occurred_date="2999-01-01"),
        headers={"HX-Request": "true", "HX-Trigger-Name": "occurred_date"},
    )

    body = response.content.decode()
    assert body.strip().startswith('<div class="govuk-form-group govuk-form-group--error"')
    assert "must be in the past" in body
    assert "<html" not in body
    assert Case.objects.count() == 0


def test_htmx_adds_an_act_box_in_place(personas, unit_a):
    response = personas["supervisor_a"].post(
        URL,
        valid(unit_a, act=["One"], add_act="1"),
        headers={"HX-Request": "true", "HX-Trigger-Name": "add_act"},
    )

    body = response.content.decode()
    assert body.strip().startswith('<div id="acts">')
    assert body.count('name="act"') == 2


def test_at_the_most_acts_the_add_button_gives_way_to_a_message(personas, unit_a):
    client = personas["supervisor_a"]
    nineteen = client.post(URL, valid(unit_a, act=["An act"] * 18, add_act="1")).content.decode()
    twenty = client.post(URL, valid(unit_a, act=["An act"] * 19, add_act="1")).content.decode()

    assert nineteen.count('name="act"') == 19 and "Add another act" in nineteen
    assert twenty.count('name="act"') == 20 and "Add another act" not in twenty
    assert "the most acts a case can be logged with (20)" in twenty


def test_form_offers_only_the_supervisors_own_units(personas, unit_a, unit_b):
    body = personas["supervisor_a"].get(URL).content.decode()

    assert unit_a.name in body
    assert unit_b.name not in body


def test_double_clicked_submit_logs_one_case(personas, unit_a):
    data = valid(unit_a, submission_key="0b9f7c9e-8f0c-4b8e-9a53-7d1c2a5b6e11")

    first = personas["supervisor_a"].post(URL, data)
    second = personas["supervisor_a"].post(URL, data)

    assert Case.objects.count() == 1
    assert first["Location"] == second["Location"]


def test_tampered_submission_key_still_logs_the_case_once(personas, unit_a):
    response = personas["supervisor_a"].post(URL, valid(unit_a, submission_key="not-a-uuid"))

    assert response.status_code == 302
    assert Case.objects.count() == 1


def test_the_form_carries_a_fresh_submission_key(personas):
    body = personas["supervisor_a"].get(URL).content.decode()
    assert 'name="submission_key" value="' in body


def test_a_supervisor_of_no_unit_is_told_to_ask_their_administrator(unit_a):
    from tests.conftest import signed_in
    from tests.factories import UserFactory

    client = signed_in(UserFactory(username="new.sup", role="Supervisor"))

    page = client.get(URL).content.decode()

    assert "You are not yet a supervisor of any unit" in page
    assert "Log the case" not in page
