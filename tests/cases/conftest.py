import pytest

from tests.factories import ActFactory


@pytest.fixture
def act(unit_a, supervisor_a):
    """Act 1 of a case logged in unit A by its supervisor."""
    return ActFactory(case__unit=unit_a, case__logged_by=supervisor_a, number=1)
