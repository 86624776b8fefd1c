"""A subject's staff reference kept out of free text for people who may not see it."""

from django import template

register = template.Library()

MASK = "[staff reference]"


@register.filter
def hiding(text: str, reference: str) -> str:
    """The text with `reference` (the case's subject staff reference, or "" for people who may
    see it) replaced by a mask: narratives often name the officer by it."""
    return hide(text, reference)


def hide(text, reference: str):
    if not reference or not isinstance(text, str):
        return text
    return text.replace(reference, MASK)
