"""A subject's staff reference kept out of free text for people who may not see it."""

import re
from difflib import SequenceMatcher
from functools import lru_cache

from django import template

register = template.Library()

MASK = "[staff reference]"


@register.filter
def hiding(text: str, reference: str) -> str:
    """The text with `reference` (the case's subject staff reference, or "" for people who may
    see it) replaced by a mask: narratives often name the officer by it."""
    return hide(text, reference)


# Between a reference's characters people type spaces, slashes, dots, underscores or any dash.
SEPARATORS = r"[\s/._\-\u2010-\u2015\u2212]*"
MASK_TYPED = re.compile(re.escape(MASK), re.IGNORECASE)


@lru_cache(maxsize=256)
def _written(reference: str) -> re.Pattern:
    """The reference however it is typed: in any case, with or without separators between its
    characters ('PC 123456', 'pc123456', 'PC-123456'), and its number on its own when that has
    four digits or more ('123456'): people write it all these ways."""
    characters = [c for c in reference if c.isalnum()]
    forms = [SEPARATORS.join(map(re.escape, characters))]
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
    `original` where the text around it is as it was, so that what was not touched is saved
    exactly as it was written; a mask typed anew (or moved) becomes the reference itself."""
    if not reference or not MASK_TYPED.search(text):
        return text
    masked, hidden = _masked_with_positions(original or "", reference)
    restored = {}  # a mask's position in `text` -> what it hid in `original`
    matcher = SequenceMatcher(None, masked, text, autojunk=False)
    for start, in_text, size in matcher.get_matching_blocks():
        for position, word in hidden.items():
            if start <= position and position + len(MASK) <= start + size:
                restored[in_text + position - start] = word
    return MASK_TYPED.sub(lambda m: restored.get(m.start(), reference), text)


def _masked_with_positions(original: str, reference: str) -> tuple[str, dict[int, str]]:
    """`hide(original, reference)`, and where each mask stands in it with the text it hides."""
    parts, hidden, end = [], {}, 0
    for match in _written(reference).finditer(original):
        parts.append(original[end : match.start()])
        hidden[sum(map(len, parts))] = match.group(0)
        parts.append(MASK)
        end = match.end()
    parts.append(original[end:])
    return "".join(parts), hidden
