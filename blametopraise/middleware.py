"""Sign people out after a period of inactivity, and tell them why."""

import time

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.views import redirect_to_login
from django.http import HttpResponse

LAST_SEEN = "last_seen"
# Record activity at most once a minute: a session write on every request would cost every page
# a database UPDATE, and a minute is nothing against a 30-minute timeout.
RESOLUTION = 60


class SessionIdleTimeoutMiddleware:
    """Sign people out after SESSION_IDLE_TIMEOUT seconds without a request, and tell them."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            now = int(time.time())
            last_seen = request.session.get(LAST_SEEN, now)
            if now - last_seen > settings.SESSION_IDLE_TIMEOUT:
                logout(request)
                minutes = settings.SESSION_IDLE_TIMEOUT // 60
                messages.info(
                    request,
                    f"You were signed out because you had not used the service for {minutes} "
                    "minutes. Sign in again to carry on; everything you had saved is kept.",
                )
                response = redirect_to_login(request.get_full_path())
                if request.headers.get("HX-Request"):
                    response = HttpResponse(status=204, headers={"HX-Redirect": response.url})
                return response
            if LAST_SEEN not in request.session or now - last_seen >= RESOLUTION:
                request.session[LAST_SEEN] = now
        return self.get_response(request)
