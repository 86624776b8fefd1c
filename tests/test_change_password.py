"""Anyone signed in changes their own password; a refusal says why and sends no password back."""

import pytest
from django.test import Client
from django.urls import reverse

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

URL = reverse("change_password")
OLD = "correct-horse-battery"
NEW = "stairwell-footage-review"


def signed_in_with_password(user) -> Client:
    client = Client()
    response = client.post(reverse("login"), {"username": user.username, "password": OLD})
    assert response.status_code == 302
    return client


def change(client: Client, old=OLD, new1=NEW, new2=NEW, *, follow=False):
    data = {"old_password": old, "new_password1": new1, "new_password2": new2}
    return client.post(URL, data, follow=follow)


def test_the_header_offers_it_to_everyone_signed_in():
    user = UserFactory(role="Reviewer")
    page = signed_in_with_password(user).get(reverse("classification:model"))

    assert f'href="{URL}"'.encode() in page.content


def test_a_new_password_replaces_the_old_one_and_this_session_goes_on():
    user = UserFactory(role="Board")
    client = signed_in_with_password(user)
    elsewhere = signed_in_with_password(user)

    response = change(client, follow=True)

    user.refresh_from_db()
    assert user.check_password(NEW) and not user.check_password(OLD)
    assert "Your password has been changed" in response.content.decode()
    assert client.get(reverse("cases:dashboard")).status_code == 200
    # The other session was keyed to the old password: it is asked to sign in again.
    assert elsewhere.get(reverse("cases:dashboard"))["Location"].startswith(reverse("login"))


@pytest.mark.parametrize(
    ("old", "new1", "new2", "message"),
    [
        ("not-my-password", NEW, NEW, "Your current password is not right: enter it again"),
        (OLD, NEW, NEW + "x", "The two new passwords are not the same"),
        (OLD, "k3Y!x", "k3Y!x", "This password is too short"),
        (OLD, "password123", "password123", "This password is too common"),
        ("", "", "", "Enter your current password"),
        (OLD, OLD, OLD, "Choose a password different from your current one"),
    ],
)
def test_a_refusal_says_why_changes_nothing_and_sends_no_password_back(old, new1, new2, message):
    user = UserFactory(role="Supervisor")
    client = signed_in_with_password(user)

    response = change(client, old, new1, new2)

    body = response.content.decode()
    assert response.status_code == 200
    assert "There is a problem" in body and message in body
    assert "<title>Error: Change your password" in body
    for typed in {old, new1, new2} - {""}:
        assert typed not in body
    user.refresh_from_db()
    assert user.check_password(OLD)


def test_a_rule_the_new_password_breaks_is_shown_beside_it():
    user = UserFactory(role="Reviewer")

    response = change(signed_in_with_password(user), OLD, "k3Y!x", "k3Y!x")

    assert list(response.context["form"].errors) == ["new_password1"]


def test_the_new_password_fields_name_their_purpose_for_password_managers():
    user = UserFactory(role="Reviewer")
    body = signed_in_with_password(user).get(URL).content.decode()

    current = 'name="old_password" type="password" autocomplete="current-password"'
    assert current in body
    assert body.count('autocomplete="new-password"') == 2


def test_a_session_ended_by_a_password_change_elsewhere_is_told_why():
    user = UserFactory(role="Board")
    elsewhere = signed_in_with_password(user)
    change(signed_in_with_password(user))

    response = elsewhere.get(reverse("cases:dashboard"), follow=True)

    assert response.redirect_chain[-1][0].startswith(reverse("login"))
    assert "You were signed out because your password was changed" in response.content.decode()
    # Once: the next visit to the sign-in page says nothing more.
    assert "password was changed" not in elsewhere.get(reverse("login")).content.decode()
