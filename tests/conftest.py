"""Personas: a supervisor of unit A, a supervisor of unit B, two reviewers, a Board member, an
administrator, an inactive user and an anonymous visitor. The outsider appears in every
permission test."""

from importlib import import_module

import pytest
from django.apps import apps
from django.test import Client

from cases.roles import Role

from .factories import UnitFactory, UserFactory


@pytest.fixture(autouse=True)
def reference_data(request):
    """Transactional tests flush the database after themselves, taking the data migrations'
    rows (Table One, the roles and their later changes) with them: put them back before each
    such test.

    (serialized_rollback cannot: Playwright's greenlet sees another database connection.)
    """
    marker = request.node.get_closest_marker("django_db")
    if marker and marker.kwargs.get("transaction"):
        request.getfixturevalue("transactional_db")
        import_module("classification.migrations.0002_table_one").load(apps, None)
        import_module("classification.migrations.0003_task_complexity_in_sentence_case").forwards(
            apps, None
        )
        import_module("cases.migrations.0002_roles").create_roles(apps, None)
        import_module("cases.migrations.0014_administrators_read_the_access_log").grant(apps, None)
        import_module("cases.migrations.0015_administrators_read_no_case_content").revoke_and_align(
            apps, None
        )


@pytest.fixture
def unit_a(db):
    return UnitFactory(code="SW", name="South West BCU")


@pytest.fixture
def unit_b(db):
    return UnitFactory(code="CW", name="Central West BCU")


@pytest.fixture
def supervisor_a(unit_a):
    return UserFactory(username="sup.a", role=Role.SUPERVISOR, units=[unit_a])


@pytest.fixture
def supervisor_b(unit_b):
    return UserFactory(username="sup.b", role=Role.SUPERVISOR, units=[unit_b])


@pytest.fixture
def reviewer(db):
    return UserFactory(username="reviewer.one", role=Role.REVIEWER)


@pytest.fixture
def second_reviewer(db):
    return UserFactory(username="reviewer.two", role=Role.REVIEWER)


@pytest.fixture
def board_member(db):
    return UserFactory(username="board.one", role=Role.BOARD)


@pytest.fixture
def administrator(db):
    return UserFactory(username="admin.one", role=Role.ADMINISTRATOR, is_staff=True)


@pytest.fixture
def inactive_user(unit_a):
    return UserFactory(username="gone", role=Role.SUPERVISOR, units=[unit_a], is_active=False)


def signed_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def personas(
    supervisor_a, supervisor_b, reviewer, second_reviewer, board_member, administrator
) -> dict[str, Client]:
    """A signed-in client for each persona, and the anonymous visitor."""
    return {
        "anonymous": Client(),
        "supervisor_a": signed_in(supervisor_a),
        "supervisor_b": signed_in(supervisor_b),
        "reviewer": signed_in(reviewer),
        "second_reviewer": signed_in(second_reviewer),
        "board": signed_in(board_member),
        "administrator": signed_in(administrator),
    }


def pytest_report_header(config) -> str:
    from django.db import connection

    return f"database: {connection.vendor} ({connection.settings_dict['NAME']})"
