from .roles import LOG_CASE, REVIEW_CASE, VIEW_DASHBOARD


def navigation(request) -> dict:
    """Navigation links for the signed-in user's role (the views check permissions again)."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"nav_items": []}
    items = []
    if user.has_perm(LOG_CASE):
        items += [("cases:mine", "My cases"), ("cases:log", "Log a case")]
    if user.has_perm(REVIEW_CASE):
        items.append(("cases:queue", "Triage queue"))
    if user.has_perm(VIEW_DASHBOARD):
        items.append(("cases:dashboard", "Dashboard"))
    items.append(("classification:model", "The model"))
    if user.is_staff:
        items.append(("admin:index", "Administration"))
    return {"nav_items": items}
