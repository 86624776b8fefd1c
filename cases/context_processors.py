def navigation(request) -> dict:
    """Navigation links for the signed-in user's role (the views check permissions again)."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"nav_items": []}
    items = [("classification:model", "The model")]
    if user.is_staff:
        items.append(("admin:index", "Administration"))
    return {"nav_items": items}
