"""The time the services stamp on what they write.

Normally the present. Demo data and imports of historic cases run the same services inside
`at(moment)`, so that their cases, assessments, decisions and timeline carry the time they
really happened, written once (the timeline is append-only and cannot be backdated afterwards).
"""

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from django.utils import timezone

_moment: ContextVar[dt.datetime | None] = ContextVar("moment", default=None)


def now() -> dt.datetime:
    return _moment.get() or timezone.now()


@contextmanager
def at(moment: dt.datetime) -> Iterator[None]:
    token = _moment.set(moment)
    try:
        yield
    finally:
        _moment.reset(token)
