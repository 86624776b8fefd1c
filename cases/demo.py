"""Demo data for trying the app: units, one person per role, and (later) realistic cases."""

from dataclasses import dataclass

from django.contrib.auth.models import Group
from django.db import transaction

from .models import Unit, User
from .roles import Role

DEMO_PASSWORD = "learn-from-failure"

UNITS = [
    ("SW", "South West BCU"),
    ("CW", "Central West BCU"),
    ("NE", "North East BCU"),
    ("RTPC", "Roads and Transport Policing Command"),
    ("MD", "Met Detention"),
]


@dataclass(frozen=True)
class DemoUser:
    username: str
    first_name: str
    last_name: str
    role: Role
    units: tuple[str, ...] = ()


USERS = [
    DemoUser("supervisor.sw", "Amara", "Okafor", Role.SUPERVISOR, ("SW",)),
    DemoUser("supervisor.cw", "Daniel", "Price", Role.SUPERVISOR, ("CW",)),
    DemoUser("supervisor.ne", "Grace", "Mensah", Role.SUPERVISOR, ("NE",)),
    DemoUser("supervisor.rtpc", "Owen", "Hughes", Role.SUPERVISOR, ("RTPC",)),
    DemoUser("supervisor.md", "Farah", "Iqbal", Role.SUPERVISOR, ("MD",)),
    DemoUser("reviewer.shah", "Priya", "Shah", Role.REVIEWER),
    DemoUser("reviewer.whitfield", "Tom", "Whitfield", Role.REVIEWER),
    DemoUser("board.marsh", "Helen", "Marsh", Role.BOARD),
    DemoUser("admin", "Sam", "Adeyemi", Role.ADMINISTRATOR),
]


@transaction.atomic
def seed_people() -> list[DemoUser]:
    """Create or reset the demo units and users (idempotent)."""
    units = {}
    for code, name in UNITS:
        units[code], _ = Unit.objects.update_or_create(code=code, defaults={"name": name})
    for demo in USERS:
        user, _ = User.objects.update_or_create(
            username=demo.username,
            defaults={
                "first_name": demo.first_name,
                "last_name": demo.last_name,
                "is_staff": demo.role == Role.ADMINISTRATOR,
                "is_active": True,
            },
        )
        user.set_password(DEMO_PASSWORD)
        user.save(update_fields=["password"])
        user.groups.set([Group.objects.get(name=demo.role)])
        user.units.set([units[code] for code in demo.units])
    return USERS
