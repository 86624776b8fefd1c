"""axe-core in the page, offline: WCAG 2.2 AA checks for the browser tests."""

from functools import cache
from pathlib import Path

import axe_playwright_python

RULES = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


@cache
def axe_source() -> str:
    return (Path(axe_playwright_python.__file__).parent / "axe.min.js").read_text()


def violations(page) -> list[dict]:
    """axe's violations on the page as it is now (injected by evaluate: the CSP blocks tags)."""
    page.evaluate(axe_source())
    result = page.evaluate(
        "async (tags) => await axe.run(document, {runOnly: {type: 'tag', values: tags}})", RULES
    )
    return result["violations"]


def assert_accessible(page, console_errors: list[str] | None = None) -> None:
    """No WCAG 2.2 AA violations. axe sets inline styles while it measures, which the page's CSP
    reports as console errors: those are axe's, not the page's, so they are dropped."""
    before = len(console_errors) if console_errors is not None else 0
    found = violations(page)
    if console_errors is not None:
        del console_errors[before:]
    summary = [
        f"{v['id']}: {v['help']} ({len(v['nodes'])}× e.g. {v['nodes'][0]['target']})" for v in found
    ]
    assert found == [], "\n".join(summary)
