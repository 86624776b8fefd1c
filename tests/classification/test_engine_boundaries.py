"""The engine's boundaries: no Django, no copy of Table One's wording, a current document."""

import re
import subprocess
import sys
from pathlib import Path

from classification.engine import CURRENT_VERSION, Reason, get_graph
from classification.engine.docs import BEGIN, DOC, END, mermaid, rewrite

ROOT = Path(__file__).resolve().parents[2]
ENGINE = ROOT / "classification" / "engine"
TABLE_ONE = Path(__file__).with_name("table_one.txt")


def words(text: str) -> list[str]:
    return re.findall(r"[a-z]+", re.sub(r"</?\w+>", " ", text.lower()))


def test_engine_imports_nothing_from_django():
    code = (
        "import sys, classification.engine, classification.engine.docs; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'django'))"
    )
    run = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert (run.returncode, run.stdout.strip()) == (0, "[]"), run.stderr


def test_engine_never_copies_table_one_wording():
    # Table One's elaboration and response live in the database: any five words in a row from
    # them, found in the engine, means the wording has been copied.
    body = TABLE_ONE.read_text(encoding="utf-8").split("Organizational response\n", 1)[1]
    cells = [cell for line in body.splitlines() for cell in line.split("\t")[1:]]
    shingles = {
        " ".join(cell_words[i : i + 5])
        for cell_words in map(words, cells)
        for i in range(len(cell_words) - 4)
    }
    assert len(shingles) > 200  # the elaboration and response of all five rows
    source = " ".join(" ".join(words(p.read_text(encoding="utf-8"))) for p in ENGINE.glob("*.py"))
    assert sorted(s for s in shingles if s in source) == []


def test_questionnaire_doc_is_up_to_date():
    text = DOC.read_text(encoding="utf-8")
    assert (text.count(BEGIN), text.count(END)) == (1, 1)
    assert rewrite(text, get_graph(CURRENT_VERSION)) == text, (
        "docs/questionnaire.md is out of date: run python -m classification.engine.docs"
    )


def test_diagram_shows_every_question_and_reason():
    diagram = mermaid(get_graph(CURRENT_VERSION))
    graph = get_graph(CURRENT_VERSION)
    shown = [name for name in [*graph.questions, *Reason] if f"\n    {name}" not in diagram]
    assert shown == []


def test_diagram_has_an_edge_for_every_answer():
    graph = get_graph(CURRENT_VERSION)
    diagram = mermaid(graph)
    labelled = sum(line.count(" / ") + 1 for line in diagram.splitlines() if ' -- "' in line)
    assert labelled == 3 * len(graph.questions)
