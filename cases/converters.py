class CaseReferenceConverter:
    """Case references such as BTP-2026-00042, used in URLs instead of database ids; typed in
    lower case they still find the case."""

    regex = r"[Bb][Tt][Pp]-\d{4}-\d{5,}"

    def to_python(self, value: str) -> str:
        return value.upper()

    def to_url(self, value: str) -> str:
        return value.upper()
