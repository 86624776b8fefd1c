"""Every URL pattern in the project, for every persona, with GET and POST.

The patterns are read from the URL resolver: a new URL without an entry in MATRIX fails
`test_every_url_has_an_entry`. The Django admin is the admin site's own business (staff only);
a sample of its pages is checked in `test_admin_is_for_the_administrator_only`.
"""

import pytest
from django.conf import settings
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.utils import timezone

from cases import decisions
from cases.choices import Status
from cases.roles import Role
from tests.factories import FALSE_ENTRY, ActFactory, UnitFactory, UserFactory, assessed, built_once

pytestmark = pytest.mark.django_db

PERSONAS = (
    "anonymous",
    "inactive",
    "supervisor_a",
    "supervisor_b",
    "reviewer",
    "second_reviewer",
    "board",
    "administrator",
)
LOGIN = "login"  # a redirect to the sign-in page

# What each persona gets, as {persona: status}; "*" is everyone not named. Anonymous and inactive
# visitors are sent to sign in on every page that needs it.
SIGNED_IN_ONLY = {"anonymous": LOGIN, "inactive": LOGIN}


def rule(default, **named):
    return {"*": default, **SIGNED_IN_ONLY, **named}


REVIEWERS_ONLY = dict(reviewer=200, second_reviewer=200)
# The Board's aggregate view: also for reviewers and administrators, never for supervisors.
DASHBOARD = dict(board=200, administrator=200, **REVIEWERS_ONLY)
DASHBOARD_405 = dict(board=405, administrator=405, reviewer=405, second_reviewer=405)


def reviewers_get_405():
    """Reviewers may reach the view but not with this method; everyone else is stopped first."""
    return rule(403, reviewer=405, second_reviewer=405)


MATRIX: dict[str, dict[str, dict[str, object]]] = {
    "home": {
        "GET": rule(302),
        "POST": rule(405),
    },
    "login": {
        "GET": {"*": 302, "anonymous": 200, "inactive": 200},
        "POST": {"*": 302, "anonymous": 200, "inactive": 200},
    },
    "logout": {
        "GET": {"*": 405},
        "POST": {"*": LOGIN},
    },
    "favicon": {"GET": {"*": 301}, "POST": {"*": 405}},
    "keep_alive": {"GET": rule(405), "POST": rule(204)},
    "change_password": {"GET": rule(200), "POST": rule(200)},  # POST: an empty form, refused
    "healthz": {"GET": {"*": 200}, "POST": {"*": 405}},
    "classification:model": {"GET": rule(200), "POST": rule(405)},
    "cases:mine": {
        "GET": rule(403, supervisor_a=200, supervisor_b=200),
        "POST": rule(403, supervisor_a=405, supervisor_b=405),
    },
    "cases:log": {
        "GET": rule(403, supervisor_a=200, supervisor_b=200),
        "POST": rule(403, supervisor_a=200, supervisor_b=200),
    },
    "cases:logged": {
        "GET": rule(403, supervisor_a=200, supervisor_b=404),
        "POST": rule(403, supervisor_a=405, supervisor_b=405),
    },
    "cases:queue": {
        "GET": rule(403, **REVIEWERS_ONLY),
        "POST": rule(403, reviewer=405, second_reviewer=405),
    },
    "cases:queue_csv": {
        "GET": rule(403, **REVIEWERS_ONLY),
        "POST": rule(403, reviewer=405, second_reviewer=405),
    },
    "cases:dashboard": {"GET": rule(403, **DASHBOARD), "POST": rule(403, **DASHBOARD_405)},
    "cases:dashboard_csv": {"GET": rule(403, **DASHBOARD), "POST": rule(403, **DASHBOARD_405)},
    "cases:detail": {
        "GET": rule(403, supervisor_a=200, supervisor_b=404, **REVIEWERS_ONLY),
        "POST": rule(405),
    },
    "cases:act": {
        "GET": rule(405),
        "POST": rule(403, supervisor_b=404, reviewer=302, second_reviewer=302),
    },
    # Awaiting a second review, the facts are the reviewers' to edit, not the supervisor's.
    "cases:edit": {
        "GET": rule(403, supervisor_b=404, **REVIEWERS_ONLY),
        "POST": rule(403, supervisor_b=404, **REVIEWERS_ONLY),
    },
    # The questionnaire and the decision are for reviewers only; the world's assessment is
    # complete and its Deviation decision awaits a second review.
    "cases:summary": {"GET": rule(403, **REVIEWERS_ONLY), "POST": reviewers_get_405()},
    "cases:assess": {
        "GET": reviewers_get_405(),
        "POST": rule(403, reviewer=302, second_reviewer=302),
    },
    "cases:question": {
        "GET": rule(403, reviewer=302, second_reviewer=302),
        "POST": rule(403, reviewer=409, second_reviewer=409),
    },
    "cases:check_answers": {
        "GET": rule(403, reviewer=302, second_reviewer=302),
        "POST": rule(403, reviewer=409, second_reviewer=409),
    },
    "cases:take_over": {
        "GET": reviewers_get_405(),
        "POST": rule(403, reviewer=409, second_reviewer=409),
    },
    "cases:discard": {
        "GET": reviewers_get_405(),
        "POST": rule(403, reviewer=409, second_reviewer=409),
    },
    "cases:review": {"GET": rule(403, **REVIEWERS_ONLY), "POST": reviewers_get_405()},
    "cases:decide": {"GET": reviewers_get_405(), "POST": rule(403, **REVIEWERS_ONLY)},
    # The world's act awaits a second review: the harm is refused (409) until its decision stands.
    "cases:harm": {
        "GET": reviewers_get_405(),
        "POST": rule(403, reviewer=409, second_reviewer=409),
    },
    "cases:add_action": {"GET": reviewers_get_405(), "POST": rule(403, **REVIEWERS_ONLY)},
    "cases:second_review": {"GET": reviewers_get_405(), "POST": rule(403, **REVIEWERS_ONLY)},
    "cases:action_status": {
        "GET": reviewers_get_405(),
        "POST": rule(403, reviewer=400, second_reviewer=400),
    },
}


def url_names(resolver: URLResolver | None = None, namespace: str = "") -> dict[str, set[str]]:
    """Every named URL outside the admin, with the names of the arguments it takes."""
    names = {}
    for pattern in (resolver or get_resolver()).url_patterns:
        if isinstance(pattern, URLResolver):
            inner = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
            if pattern.namespace != "admin":
                names |= url_names(pattern, inner)
        elif isinstance(pattern, URLPattern):
            assert pattern.name, f"Every URL needs a name: {pattern.pattern}"
            names[f"{namespace}{pattern.name}"] = set(getattr(pattern.pattern, "converters", {}))
    return names


URL_ARGUMENTS = url_names()


def test_every_url_has_an_entry():
    assert set(URL_ARGUMENTS) == set(MATRIX)


@pytest.fixture(scope="module")
def built(django_db_setup, django_db_blocker):
    """A case in unit A logged by supervisor A; its act assessed by the reviewer and decided as
    Deviation (awaiting a second review), with a learning action; a session for each persona.
    Built once for the module's hundreds of requests (each test's changes are rolled back)."""
    with built_once(django_db_blocker):
        unit_a = UnitFactory(code="SW", name="South West BCU")
        unit_b = UnitFactory(code="CW", name="Central West BCU")
        supervisor_a = UserFactory(username="sup.a", role=Role.SUPERVISOR, units=[unit_a])
        reviewer = UserFactory(username="reviewer.one", role=Role.REVIEWER)
        people = {
            "supervisor_a": supervisor_a,
            "supervisor_b": UserFactory(username="sup.b", role=Role.SUPERVISOR, units=[unit_b]),
            "reviewer": reviewer,
            "second_reviewer": UserFactory(username="reviewer.two", role=Role.REVIEWER),
            "board": UserFactory(username="board.one", role=Role.BOARD),
            "administrator": UserFactory(
                username="admin.one", role=Role.ADMINISTRATOR, is_staff=True
            ),
            "inactive": UserFactory(
                username="gone", role=Role.SUPERVISOR, units=[unit_a], is_active=False
            ),
        }
        act = ActFactory(
            case__unit=unit_a, case__logged_by=supervisor_a, case__status=Status.LOGGED, number=1
        )
        assessment = assessed(act, reviewer, FALSE_ENTRY.answers)
        decision = decisions.decision_record(
            assessment=assessment, by=reviewer, primary="deviation"
        )
        action = decisions.learning_action_add(
            case=act.case,
            act=act,
            by=reviewer,
            kind="training",
            description="Refresher on custody record keeping.",
            owner="Custody inspector",
            due_date=timezone.localdate(),
        )
        sessions = {}
        for persona, user in people.items():
            client = Client()
            client.force_login(user)
            sessions[persona] = client.cookies[settings.SESSION_COOKIE_NAME].value
        kwargs = {
            "reference": act.case.reference,
            "number": act.number,
            "pk": assessment.pk,
            "question_id": "Q1",
            "table": "by-reason",
        }
        pks = {"cases:second_review": decision.pk, "cases:action_status": action.pk}
        yield {"sessions": sessions, "kwargs": kwargs, "pks": pks}


@pytest.fixture
def world(built, db):
    """The built world, with a fresh client for each persona (signing out changes a client)."""
    clients = {"anonymous": Client()}
    for persona, session in built["sessions"].items():
        clients[persona] = Client()
        clients[persona].cookies[settings.SESSION_COOKIE_NAME] = session
    return {**built, "clients": clients}


def resolve(name: str, world: dict) -> str:
    """The URL with the world's objects filled in for whatever the pattern takes."""
    wanted = URL_ARGUMENTS[name]
    kwargs = {k: v for k, v in world["kwargs"].items() if k in wanted}
    if name in world["pks"]:
        kwargs["pk"] = world["pks"][name]
    return reverse(name, kwargs=kwargs)


def outcome(response) -> object:
    location = response.get("Location", "")
    if response.status_code == 302 and location.startswith(reverse("login")):
        return LOGIN
    return response.status_code


CASES = [
    (name, method, persona)
    for name, methods in MATRIX.items()
    for method in ("GET", "POST")
    for persona in PERSONAS
]


@pytest.mark.parametrize(("name", "method", "persona"), CASES)
def test_matrix(world, name, method, persona):
    expected = MATRIX[name][method].get(persona, MATRIX[name][method]["*"])
    client = world["clients"][persona]
    url = resolve(name, world)

    response = client.get(url) if method == "GET" else client.post(url, {})

    assert outcome(response) == expected, f"{method} {url} as {persona}"


ADMIN_SAMPLE = [
    "admin:index",
    "admin:cases_case_changelist",
    "admin:cases_caseevent_changelist",
    "admin:cases_caseaccess_changelist",
    "admin:classification_reason_changelist",
    "admin:cases_user_changelist",
]


@pytest.mark.parametrize("name", ADMIN_SAMPLE)
@pytest.mark.parametrize("persona", PERSONAS)
def test_admin_is_for_the_administrator_only(world, name, persona):
    response = world["clients"][persona].get(reverse(name))
    if persona == "administrator":
        assert response.status_code == 200
    else:
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("admin:login"))
