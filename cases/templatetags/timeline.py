"""How a change to a long text reads in the timeline."""

from django import template

from .staff_reference import hide

register = template.Library()

WIDTH = 80


def around_change(text: str, other: str) -> str:
    """`text` cut to about WIDTH characters around where it first differs from `other`, so that
    a change near the end of a long account is seen, not two identical beginnings."""
    text, other = str(text), str(other)
    if len(text) <= WIDTH:
        return text
    same = next((i for i, (a, b) in enumerate(zip(text, other, strict=False)) if a != b), None)
    if same is None:
        same = min(len(text), len(other))
    start = max(0, min(same - WIDTH // 3, len(text) - WIDTH))
    excerpt = text[start : start + WIDTH]
    return ("…" if start else "") + excerpt + ("…" if start + WIDTH < len(text) else "")


@register.filter
def shown_change(change: dict, hidden_reference: str) -> tuple[str, str]:
    """A timeline change's before and after: the staff reference masked first (for people who may
    not see it), then each cut around where they differ."""
    before, after = (
        hide(str(change["before"]), hidden_reference),
        hide(str(change["after"]), hidden_reference),
    )
    return around_change(before, after), around_change(after, before)
