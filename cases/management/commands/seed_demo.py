from django.core.management.base import BaseCommand

from cases.demo import DEMO_PASSWORD, seed_people
from cases.demo_cases import seed_cases


class Command(BaseCommand):
    help = "Load demo units, people for every role and realistic cases (safe to run again)."

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--cases", type=int, default=200, help="How many demo cases to have (default 200)."
        )

    def handle(self, *args, cases: int, **options) -> None:
        users = seed_people()
        made = seed_cases(cases) if cases else 0
        self.stdout.write(self.style.SUCCESS(f"Demo data is ready ({made} new cases). Sign in as:"))
        self.stdout.write(f"  {'username':<20} {'role':<15} units")
        for demo in users:
            units = ", ".join(demo.units) or "all"
            self.stdout.write(f"  {demo.username:<20} {demo.role:<15} {units}")
        self.stdout.write(f"Password for every demo user: {DEMO_PASSWORD}")
