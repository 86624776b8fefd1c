"""Authentication and deployment safeguards: hashing, throttling, idle sign-out, headers, 503."""

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection
from django.test import Client
from django.urls import reverse

from blametopraise.middleware import LAST_SEEN
from tests.factories import UserFactory

ROOT = Path(__file__).resolve().parent.parent
LOGIN = reverse("login")


def test_passwords_are_hashed_with_argon2_in_production():
    assert settings.PRODUCTION_PASSWORD_HASHERS[0].endswith("Argon2PasswordHasher")


def test_password_validators_are_on():
    names = {v["NAME"].rsplit(".", 1)[1] for v in settings.AUTH_PASSWORD_VALIDATORS}
    assert names == {
        "UserAttributeSimilarityValidator",
        "MinimumLengthValidator",
        "CommonPasswordValidator",
        "NumericPasswordValidator",
    }


def attempt(client: Client, username: str, password: str = "wrong-password", ip="10.0.0.1"):
    return client.post(LOGIN, {"username": username, "password": password}, REMOTE_ADDR=ip)


@pytest.mark.django_db
def test_sign_in_messages_say_what_to_do():
    UserFactory(username="someone", password="the-right-password-3")

    empty = attempt(Client(), "", "").content.decode()
    wrong = attempt(Client(), "someone").content.decode()

    assert "Enter your username" in empty and "Enter your password" in empty
    for name in ("username", "password"):  # each message is read out with its box
        assert f'id="id_{name}-error"' in empty
        assert f'name="{name}" aria-describedby="id_{name}-error"' in empty
    assert "Enter a correct username and password (both are case-sensitive)" in wrong
    assert 'value="someone"' in wrong  # what was typed is kept


@pytest.mark.django_db
def test_an_account_is_locked_after_repeated_failures_even_with_the_right_password():
    UserFactory(username="target", password="the-right-password-1")
    client = Client()
    for n in range(settings.AXES_FAILURE_LIMIT - 1):
        assert attempt(client, "target", ip=f"10.0.0.{n}").status_code == 200

    locked = attempt(client, "target", ip="10.0.0.99")
    after = attempt(client, "target", "the-right-password-1", ip="10.0.0.100")

    assert locked.status_code == 429
    assert b"Too many attempts to sign in" in locked.content
    assert after.status_code == 429


@pytest.mark.django_db
def test_an_address_is_locked_after_repeated_failures_across_accounts():
    UserFactory(username="other", password="the-right-password-2")
    client = Client()
    for n in range(settings.AXES_FAILURE_LIMIT):
        attempt(client, f"guess{n}", ip="192.0.2.7")

    assert attempt(client, "other", "the-right-password-2", ip="192.0.2.7").status_code == 429
    assert attempt(client, "other", "the-right-password-2", ip="192.0.2.8").status_code == 302


def last_seen(client: Client, when: int) -> None:
    """Record the signed-in person's last request as made at `when` (seconds since the epoch)."""
    session = client.session
    session[LAST_SEEN] = when
    session.save()


@pytest.mark.django_db
def test_idle_session_is_signed_out_with_a_clear_message(reviewer):
    client = Client()
    client.force_login(reviewer)
    last_seen(client, int(time.time()) - settings.SESSION_IDLE_TIMEOUT - 1)

    response = client.get(reverse("cases:queue"), follow=True)

    assert response.redirect_chain[-1][0].startswith(LOGIN)
    assert b"You were signed out because you had not used the service for 30 minutes" in (
        response.content
    )
    assert "_auth_user_id" not in client.session


@pytest.mark.django_db
def test_typing_keeps_the_session_alive_until_the_typing_stops(reviewer):
    """The page's script posts to keep-alive while someone types; that counts as activity."""
    client = Client()
    client.force_login(reviewer)
    nearly = int(time.time()) - settings.SESSION_IDLE_TIMEOUT + 60
    last_seen(client, nearly)

    response = client.post(reverse("keep_alive"))

    assert response.status_code == 204
    assert client.session[LAST_SEEN] > nearly + 50
    assert client.get(reverse("cases:queue")).status_code == 200


HTMX = {"HX-Request": "true", "HX-Current-URL": "http://testserver/queue/?tab=mine"}


@pytest.mark.django_db
def test_an_htmx_request_signed_out_takes_the_whole_page_to_sign_in_and_back():
    response = Client().get(reverse("cases:queue"), {"category": "custody"}, headers=HTMX)

    assert (response.status_code, response.content) == (200, b"")
    assert response["HX-Redirect"] == f"{LOGIN}?next=/queue/%3Ftab%3Dmine"
    assert "Location" not in response


@pytest.mark.django_db
def test_an_htmx_request_from_another_site_signs_in_back_to_what_it_asked_for():
    headers = {**HTMX, "HX-Current-URL": "https://elsewhere.example/queue/"}

    response = Client().get(reverse("cases:queue"), {"category": "custody"}, headers=headers)

    assert response["HX-Redirect"] == f"{LOGIN}?next=/queue/%3Fcategory%3Dcustody"


@pytest.mark.django_db
def test_an_idle_htmx_request_is_signed_out_to_the_sign_in_page_with_the_message(reviewer):
    client = Client()
    client.force_login(reviewer)
    last_seen(client, int(time.time()) - settings.SESSION_IDLE_TIMEOUT - 1)

    response = client.get(reverse("cases:queue"), headers=HTMX)

    assert response["HX-Redirect"] == f"{LOGIN}?next=/queue/%3Ftab%3Dmine"
    assert "_auth_user_id" not in client.session
    assert b"You were signed out because" in client.get(response["HX-Redirect"]).content


@pytest.mark.django_db
def test_other_redirects_of_htmx_requests_are_left_to_htmx(reviewer):
    client = Client()
    client.force_login(reviewer)

    response = client.get("/", headers=HTMX)

    assert (response.status_code, response["Location"]) == (302, reverse("cases:queue"))
    assert "HX-Redirect" not in response


@pytest.mark.django_db
def test_a_form_sent_without_a_valid_token_gets_a_page_that_says_what_to_do(reviewer):
    client = Client(enforce_csrf_checks=True)
    client.force_login(reviewer)

    response = client.post(reverse("logout"))

    assert response.status_code == 403
    assert b"Your form could not be sent" in response.content
    assert b"Go back in your browser: what you typed is usually still there" in response.content
    assert b"Triage queue" in response.content  # the page keeps the person's navigation
    assert "_auth_user_id" in client.session  # nothing was done: still signed in


@pytest.mark.django_db
def test_a_forms_address_opened_as_a_page_gets_a_page_that_says_so(reviewer):
    client = Client()
    client.force_login(reviewer)

    response = client.get(reverse("cases:act", args=["BTP-2026-00001"]))
    htmx = client.get(reverse("cases:act", args=["BTP-2026-00001"]), headers={"HX-Request": "true"})

    assert response.status_code == 405
    assert response["Allow"] == "POST"
    assert b"This address is for sending a form" in response.content
    assert b"Triage queue" in response.content  # the page keeps the person's navigation
    assert (htmx.status_code, htmx.content) == (405, b"")


@pytest.mark.django_db
def test_signing_in_without_a_valid_token_gets_the_same_page():
    response = Client(enforce_csrf_checks=True).post(LOGIN, {"username": "a", "password": "b"})

    assert response.status_code == 403
    assert b"Your form could not be sent" in response.content


@pytest.mark.django_db
def test_active_session_stays_signed_in(reviewer):
    client = Client()
    client.force_login(reviewer)
    assert client.get(reverse("cases:queue")).status_code == 200
    assert client.get(reverse("cases:queue")).status_code == 200


@pytest.mark.django_db
def test_activity_is_recorded_at_most_once_a_minute(reviewer):
    """Using the service keeps the session alive, without a session write on every request."""
    client = Client()
    client.force_login(reviewer)
    almost_idle = int(time.time()) - settings.SESSION_IDLE_TIMEOUT + 5
    last_seen(client, almost_idle)

    assert client.get(reverse("cases:queue")).status_code == 200
    seen = client.session[LAST_SEEN]
    assert seen > almost_idle + 60
    last_seen(client, seen - 30)
    assert client.get(reverse("cases:queue")).status_code == 200
    assert client.session[LAST_SEEN] == seen - 30


@pytest.mark.django_db
def test_responses_carry_a_strict_content_security_policy_and_framing_headers(reviewer):
    client = Client()
    client.force_login(reviewer)
    response = client.get(reverse("cases:queue"))

    policy = response["Content-Security-Policy"]
    assert "unsafe-inline" not in policy and "unsafe-eval" not in policy
    assert "script-src 'self' 'nonce-" in policy
    assert "style-src 'self'" in policy
    assert response["X-Frame-Options"] == "DENY"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Content-Type-Options"] == "nosniff"


@pytest.mark.parametrize(
    "url_name", ["cases:queue", "cases:queue_csv", "cases:dashboard", "classification:model"]
)
def test_signed_in_pages_and_downloads_are_kept_by_no_cache_or_browser(reviewer, url_name):
    client = Client()
    client.force_login(reviewer)

    cache_control = client.get(reverse(url_name))["Cache-Control"]

    assert "no-store" in cache_control and "private" in cache_control


def test_check_deploy_with_production_settings_prints_no_warnings():
    env = {
        **{
            k: v
            for k, v in os.environ.items()
            if k not in {"DEBUG", "SECURE_HTTPS", "DJANGO_ALLOW_ASYNC_UNSAFE"}
        },
        "DJANGO_SETTINGS_MODULE": "blametopraise.settings",
        "DEBUG": "false",
        "SECRET_KEY": "k" * 30 + "-Xy9!q2Wm5#Lr8$Tz3^Vb6&Nc1*Gf4@",
        "ALLOWED_HOSTS": "blametopraise.example.police.uk",
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


@pytest.mark.django_db(transaction=True)
def test_database_going_away_gives_a_friendly_503(reviewer):
    client = Client(raise_request_exception=False)
    client.force_login(reviewer)
    saved = dict(connection.settings_dict)
    connection.close()
    if connection.vendor == "sqlite":
        connection.settings_dict["NAME"] = "/nonexistent/folder/db.sqlite3"
    else:
        connection.settings_dict.update(HOST="127.0.0.1", PORT="1")
    try:
        response = client.get(reverse("cases:queue"))
    finally:
        connection.close()
        connection.settings_dict.clear()
        connection.settings_dict.update(saved)

    assert response.status_code == 503
    assert b"Sorry, the service is unavailable" in response.content
    assert response["Retry-After"] == "30"


@pytest.mark.django_db
def test_a_post_without_a_csrf_token_is_refused(supervisor_a, unit_a):
    client = Client(enforce_csrf_checks=True)
    client.force_login(supervisor_a)

    response = client.post(reverse("cases:log"), {"title": "Forged"})

    assert response.status_code == 403
