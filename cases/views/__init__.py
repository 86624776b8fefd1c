def int_or_zero(value: str | None) -> int:
    """A whole number from a form or query string; 0 when missing or tampered with."""
    try:
        return int(value or "")
    except ValueError:
        return 0
