class CaseReferenceConverter:
    """Case references such as BTP-2026-00042, used in URLs instead of database ids."""

    regex = r"BTP-\d{4}-\d{5,}"

    def to_python(self, value: str) -> str:
        return value

    def to_url(self, value: str) -> str:
        return value
