from django.core.management.base import BaseCommand

from cases.demo import DEMO_PASSWORD, seed_people


class Command(BaseCommand):
    help = "Load demo units, people for every role and realistic cases (safe to run again)."

    def handle(self, *args, **options) -> None:
        users = seed_people()
        self.stdout.write(self.style.SUCCESS("Demo data is ready. Sign in as:"))
        self.stdout.write(f"  {'username':<20} {'role':<15} units")
        for demo in users:
            units = ", ".join(demo.units) or "all"
            self.stdout.write(f"  {demo.username:<20} {demo.role:<15} {units}")
        self.stdout.write(f"Password for every demo user: {DEMO_PASSWORD}")
