"""A subject's staff reference kept out of free text for people who may not see it."""

import re
from functools import lru_cache

from django import template

register = template.Library()

MASK = "[staff reference]"


@register.filter
def hiding(text: str, reference: str) -> str:
    """The text with `reference` (the case's subject staff reference, or "" for people who may
    see it) replaced by a mask: narratives often name the officer by it."""
    return hide(text, reference)


@lru_cache(maxsize=256)
def _written(reference: str) -> re.Pattern:
    """The reference however it is typed: in any case, with or without spaces, slashes or hyphens
    between its characters ('PC 123456', 'pc123456', 'PC-123456'), and its number on its own
    when that has four digits or more ('123456'): people write it all these ways."""
    characters = [c for c in reference if c.isalnum()]
    forms = [r"[\s/-]*".join(map(re.escape, characters))]
    number = max(re.findall(r"\d+", reference), key=len, default="")
    if len(number) >= 4 and len(number) < len(characters):
        forms.append(number)
    return re.compile(rf"(?<![^\W_])(?:{'|'.join(forms)})(?![^\W_])", re.IGNORECASE)


def hide(text, reference: str):
    if not reference or not isinstance(text, str):
        return text
    return _written(reference).sub(MASK, text)


def unhide(text: str, reference: str, original: str) -> str:
    """`text`, edited from `hide(original, reference)`, with each mask put back as what it hid in
    `original`, in order, so that untouched text is saved exactly as it was; a mask with nothing
    left to stand for becomes the reference itself."""
    if not reference or MASK not in text:
        return text
    hidden = iter(_written(reference).findall(original or ""))
    return re.sub(re.escape(MASK), lambda _: next(hidden, reference), text)
