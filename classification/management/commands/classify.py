"""Classify answer sets from JSON, for batch work and regression, and print each result as JSON."""

import json
import sys
from collections.abc import Mapping
from typing import IO, Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import DatabaseError

from classification.engine import (
    CURRENT_VERSION,
    EngineError,
    Result,
    answers_from_dict,
    classify,
    get_graph,
    recommend,
)
from classification.models import Reason

KEYS = ("id", "version", "answers")
EXAMPLE = '{"version": "1", "answers": {"Q1": {"answer": "no"}, …}}'


class Command(BaseCommand):
    help = (
        "Classify one answer set, or a list of them, read from a JSON file ('-' reads standard "
        f"input), for example {EXAMPLE}. The text key of an answer may be evidence, rationale or "
        "text. Prints each result with its recommended response as JSON."
    )
    requires_system_checks = []
    # Tests pass a stream in place of standard input.
    stealth_options = ("stdin",)

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", help="a JSON file of answer sets, or - for standard input")

    def handle(self, *args, file: str, **options) -> None:
        data = read_json(file, options.get("stdin") or sys.stdin)
        many = isinstance(data, list)
        items = data if many else [data]
        if not items:
            raise CommandError(
                f"{file} holds an empty list: no answer sets to classify", returncode=2
            )
        results = []
        for number, item in enumerate(items, start=1):
            where = f"answer set {number}: " if many else ""
            try:
                results.append((item, classify_item(item)))
            except EngineError as error:
                raise CommandError(one_line(where + str(error)), returncode=2) from None
        responses = table_one_responses()
        printed = [as_json(item, result, responses) for item, result in results]
        self.stdout.write(json.dumps(printed if many else printed[0], ensure_ascii=False, indent=2))


def read_json(file: str, stdin: IO[str]) -> Any:
    try:
        if file == "-":
            return json.load(stdin)
        with open(file, encoding="utf-8") as handle:
            return json.load(handle)
    except OSError as error:
        raise CommandError(f"cannot read {file}: {error.strerror}", returncode=2) from None
    except UnicodeDecodeError:
        raise CommandError(f"{file} is not UTF-8 text", returncode=2) from None
    except json.JSONDecodeError as error:
        raise CommandError(
            f"{file} is not valid JSON: {error.msg} at line {error.lineno}, column {error.colno}",
            returncode=2,
        ) from None


def classify_item(item: Any) -> Result:
    """The result for one answer set; raises an EngineError naming the problem."""
    if not isinstance(item, Mapping):
        raise EngineError(f"an answer set must be an object like {EXAMPLE}")
    unknown = sorted(set(item) - set(KEYS))
    if unknown:
        raise EngineError(f"unexpected key {unknown[0]!r} (expected {', '.join(KEYS)})")
    if "answers" not in item:
        raise EngineError('"answers" is missing')
    version = item.get("version", CURRENT_VERSION)
    if not isinstance(version, str | int) or isinstance(version, bool):
        raise EngineError('"version" must be a string such as "1"')
    return classify(get_graph(str(version)), answers_from_dict(item["answers"]))


def table_one_responses() -> dict[str, str]:
    """Table One's organisational response for each reason code, from the database."""
    try:
        responses = dict(Reason.objects.values_list("code", "response"))
    except DatabaseError:
        raise CommandError(
            "the Table One reference data is not in the database: run python manage.py migrate"
        ) from None
    if not responses:
        raise CommandError("the Table One reference data is missing: run python manage.py migrate")
    return responses


def as_json(item: Mapping[str, Any], result: Result, responses: dict[str, str]) -> dict[str, Any]:
    recommendation = recommend(result)
    printed = {"id": item["id"]} if "id" in item else {}
    printed |= result.to_dict()
    printed["recommendation"] = {
        **recommendation.to_dict(),
        "response": responses.get(recommendation.reason, ""),
    }
    return printed


def one_line(message: str) -> str:
    return " ".join(message.split())
