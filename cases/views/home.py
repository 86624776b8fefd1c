from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.views.decorators.http import require_GET

from cases.roles import start_page


@login_required
@require_GET
def home(request: HttpRequest) -> HttpResponse:
    """Send each role to its starting page."""
    return redirect(start_page(request.user))
