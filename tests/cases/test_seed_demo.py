import pytest
from django.core.management import call_command

from cases import decisions
from cases.demo import DEMO_PASSWORD, seed_people
from cases.demo_cases import seed_cases
from cases.models import Case, Unit, User

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


def test_an_interrupted_seed_leaves_no_half_played_case_and_running_it_again_finishes(
    monkeypatch,
):
    seed_people()
    decide, calls = decisions.decision_record, []

    def interrupted(**kwargs):
        calls.append(kwargs)
        if len(calls) == 4:
            raise KeyboardInterrupt
        return decide(**kwargs)

    monkeypatch.setattr(decisions, "decision_record", interrupted)
    with pytest.raises(KeyboardInterrupt):
        seed_cases(12)
    monkeypatch.undo()
    kept = Case.objects.count()
    interrupted_case = calls[-1]["assessment"].act.case_id
    assert not Case.objects.filter(pk=interrupted_case).exists()

    assert 0 < kept < 12
    assert seed_cases(12) == 12 - kept
    assert Case.objects.count() == 12
