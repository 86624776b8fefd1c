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


def local_time_existed(when: dt.datetime) -> bool:
    """False for a local clock time in the hour skipped when the clocks go forward (01:30 on the
    last Sunday of March in London): made aware, it comes back from UTC as another time."""
    return timezone.localtime(when.astimezone(dt.UTC)).replace(tzinfo=None) == when.replace(
        tzinfo=None
    )
