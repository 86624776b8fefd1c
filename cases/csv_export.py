"""CSV downloads: rows written one at a time, every cell safe to open in a spreadsheet."""

import csv
from collections.abc import Iterable, Iterator

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe(value) -> str:
    """Neutralise spreadsheet formulas in exported text (CSV injection)."""
    text = "" if value is None else str(value)
    return f"'{text}" if text.startswith(FORMULA_STARTS) else text


class _Echo:
    def write(self, value: str) -> str:
        return value


def csv_lines(rows: Iterable[Iterable]) -> Iterator[str]:
    """Each row as one line of CSV, its cells made safe."""
    writer = csv.writer(_Echo())
    for row in rows:
        yield writer.writerow([safe(cell) for cell in row])
