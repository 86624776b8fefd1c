"""docs/questionnaire.md, generated from the graph so that the document cannot drift from the code.

Run ``python -m classification.engine.docs`` to rewrite the generated part of the document; a test
fails while it is out of date.
"""

import sys
from pathlib import Path

from .graph import Graph, Route
from .model import Choice, Need
from .registry import CURRENT_VERSION, get_graph

DOC = Path(__file__).resolve().parents[2] / "docs" / "questionnaire.md"
BEGIN = "<!-- generated:begin: python -m classification.engine.docs -->"
END = "<!-- generated:end -->"
REFINED = "refined"


def mermaid(graph: Graph) -> str:
    """A Mermaid flowchart: questions as diamonds, reasons as rounded boxes, edges per answer."""
    lines = ["flowchart TD"]
    for question in graph.questions.values():
        lines.append(f'    {question.id}{{"{question.id} · {question.short}"}}')
    reasons = []
    edges: list[str] = []
    for question in graph.questions.values():
        for label, route in _edge_groups(question.id, graph):
            target = route.reason or route.next or REFINED
            edges.append(f'    {question.id} -- "{label}" --> {target}')
            if route.reason and route.reason not in reasons:
                reasons.append(route.reason)
            if route.reason and route.next:
                edges.append(f"    {route.reason} --> {route.next}")
    for reason in reasons:
        lines.append(f'    {reason}(["{reason.label} · {reason.failure_type.label}"])')
    lines.append(f'    {REFINED}(["Deviation response refined"])')
    lines += list(dict.fromkeys(edges))
    for reason in reasons:
        lines.append(f"    class {reason} {reason.failure_type}")
    lines += [
        "    classDef preventable fill:#f6d7d2,stroke:#942514",
        "    classDef tolerable fill:#fff3c4,stroke:#7a5c00",
        "    classDef intelligent fill:#d3ecdc,stroke:#00703c",
    ]
    return "\n".join(lines)


def _edge_groups(qid: str, graph: Graph) -> list[tuple[str, Route]]:
    """Answers that take the same route with the same effects share one labelled edge."""
    question = graph.questions[qid]
    groups: dict[Route, list[Choice]] = {}
    for choice in Choice:
        groups.setdefault(question.route(choice), []).append(choice)
    labelled = []
    for route, choices in groups.items():
        answers = " / ".join(_answer_label(choice, question.need(choice)) for choice in choices)
        effects = effects_text(route)
        labelled.append((f"{answers} · {effects}" if effects else answers, route))
    return labelled


def _answer_label(choice: Choice, need: Need) -> str:
    return choice.label if need is Need.NONE else f"{choice.label} ({need})"


def effects_text(route: Route) -> str:
    """What an answer records on the way, in a few words."""
    parts = [flag.label.lower() for flag in route.flags]
    parts += [f"factor {factor.label.lower()}" for factor in route.system_factors]
    parts += [f"contributing {reason.label.lower()}" for reason in route.contributing]
    parts += [
        f"factor {factor.label.lower()} if {rule.flag.label.lower()}"
        for rule in route.if_flagged
        for factor in rule.system_factors
    ]
    return ", ".join(parts)


def destination_text(route: Route) -> str:
    if route.reason and route.next:
        return f"**{route.reason.label}**, then {route.next}"
    if route.reason:
        return f"**{route.reason.label}**"
    return route.next or "End (response refined)"


def questions_markdown(graph: Graph) -> str:
    """Each question with its hint, what each answer needs, where it leads and its sources."""
    parts = []
    for question in graph.questions.values():
        rows = [
            "| Answer | Needs | Leads to | Records |",
            "| --- | --- | --- | --- |",
        ]
        for choice in Choice:
            route = question.route(choice)
            lead = destination_text(route)
            if choice is Choice.NOT_ESTABLISHED:
                lead += f" (as {question.lenient.label}; open point)"
            need = question.need(choice).label
            rows.append(f"| {choice.label} | {need} | {lead} | {effects_text(route) or '—'} |")
        sources = "\n".join(f"- {source}" for source in question.sources)
        parts.append(
            f"### {question.id} · {question.short}\n\n"
            f"> {question.text}\n\n"
            f"**Why we ask.** {question.hint}\n\n" + "\n".join(rows) + "\n\n"
            f"Where it comes from:\n\n{sources}\n"
        )
    return "\n".join(parts)


def generated(graph: Graph) -> str:
    """The generated part of docs/questionnaire.md, between the markers."""
    return (
        f"{BEGIN}\n\n"
        f"## Version {graph.version}: the diagram\n\n"
        f"Start at {graph.start}. {graph.guidance}\n\n"
        f"```mermaid\n{mermaid(graph)}\n```\n\n"
        f"## Version {graph.version}: the questions\n\n"
        f"{questions_markdown(graph)}\n"
        f"{END}"
    )


def rewrite(text: str, graph: Graph) -> str:
    """The document with its generated part replaced."""
    head, _, rest = text.partition(BEGIN)
    _, _, tail = rest.partition(END)
    return head + generated(graph) + tail


def main() -> None:
    DOC.write_text(rewrite(DOC.read_text(encoding="utf-8"), get_graph(CURRENT_VERSION)), "utf-8")
    sys.stdout.write(f"Rewrote {DOC}\n")


if __name__ == "__main__":
    main()
