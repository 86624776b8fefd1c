import pytest
from django.core.management import call_command

from cases.demo import DEMO_PASSWORD
from cases.models import Unit, User

pytestmark = pytest.mark.django_db


def test_seed_demo_twice_does_not_duplicate(capsys):
    call_command("seed_demo", "--cases", "0")
    counts = (Unit.objects.count(), User.objects.count())
    call_command("seed_demo", "--cases", "0")
    assert (Unit.objects.count(), User.objects.count()) == counts


def test_seed_demo_creates_a_person_for_every_role_and_prints_the_logins(capsys):
    call_command("seed_demo", "--cases", "0")
    out = capsys.readouterr().out
    roles = {
        user.username: sorted(user.groups.values_list("name", flat=True))
        for user in User.objects.all()
    }
    assert roles == {
        "supervisor.sw": ["Supervisor"],
        "supervisor.cw": ["Supervisor"],
        "supervisor.ne": ["Supervisor"],
        "supervisor.rtpc": ["Supervisor"],
        "supervisor.md": ["Supervisor"],
        "reviewer.shah": ["Reviewer"],
        "reviewer.whitfield": ["Reviewer"],
        "board.marsh": ["Board"],
        "admin": ["Administrator"],
    }
    assert DEMO_PASSWORD in out
    assert "supervisor.sw" in out
    assert User.objects.get(username="board.marsh").check_password(DEMO_PASSWORD)


def test_demo_supervisors_belong_to_different_units():
    call_command("seed_demo", "--cases", "0")
    sw = User.objects.get(username="supervisor.sw").units.get()
    cw = User.objects.get(username="supervisor.cw").units.get()
    assert (sw.code, cw.code) == ("SW", "CW")
