"""Print the questionnaire graph as JSON: ids, texts, hints, what each answer needs, routes."""

import json

from django.core.management.base import BaseCommand, CommandError, CommandParser

from classification.engine import CURRENT_VERSION, UnknownVersion, get_graph


class Command(BaseCommand):
    help = "Print the questionnaire graph as JSON (the current version unless --version says)."
    requires_system_checks = []

    def create_parser(self, prog_name: str, subcommand: str, **kwargs) -> CommandParser:
        # Our --version names a questionnaire version; Django's own --version gives way to it.
        return super().create_parser(prog_name, subcommand, conflict_handler="resolve", **kwargs)

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--version",
            dest="graph_version",
            default=CURRENT_VERSION,
            metavar="VERSION",
            help=f"questionnaire version to print (default: the current one, {CURRENT_VERSION})",
        )

    def handle(self, *args, graph_version: str, **options) -> None:
        try:
            graph = get_graph(graph_version)
        except UnknownVersion as error:
            raise CommandError(str(error), returncode=2) from None
        self.stdout.write(json.dumps(graph.to_dict(), ensure_ascii=False, indent=2))
