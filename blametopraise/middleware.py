"""Sign people out after a period of inactivity and tell them why; send htmx requests that find
someone signed out to the sign-in page as a whole page; keep signed-in pages out of caches."""

import time
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import SESSION_KEY, logout
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import render, resolve_url
from django.utils.cache import add_never_cache_headers
from django_htmx.http import HttpResponseClientRedirect

LAST_SEEN = "last_seen"
# Record activity at most once a minute: a session write on every request would cost every page
# a database UPDATE, and a minute is nothing against a 30-minute timeout.
RESOLUTION = 60


class SessionIdleTimeoutMiddleware:
    """Sign people out after SESSION_IDLE_TIMEOUT seconds without a request, and tell them."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        # A session that was signed in but no longer is: its password was changed elsewhere (or
        # the account deactivated). Django has ended it; say so on the sign-in page.
        was_signed_in = SESSION_KEY in request.session
        user = getattr(request, "user", None)
        if was_signed_in and user is not None and not user.is_authenticated:
            messages.info(
                request,
                "You were signed out because your password was changed or your account was "
                "closed. Sign in again with your current password; if you cannot, ask your "
                "administrator.",
            )
        elif user is not None and user.is_authenticated:
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
                return redirect_to_login(request.get_full_path())
            if LAST_SEEN not in request.session or now - last_seen >= RESOLUTION:
                request.session[LAST_SEEN] = now
        return self.get_response(request)


class HtmxSignInMiddleware:
    """An htmx request that is sent to sign in (signed out elsewhere, the session ended or timed
    out) takes the whole page to the sign-in form, and back to that page afterwards. Otherwise
    htmx would follow the redirect and swap the sign-in form into a panel of the page."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if (
            request.htmx
            and response.status_code == 302
            and urlsplit(response.url).path == resolve_url(settings.LOGIN_URL)
        ):
            page = request.htmx.current_url_abs_path or request.get_full_path()
            return HttpResponseClientRedirect(redirect_to_login(page).url)
        return response


class MethodNotAllowedPageMiddleware:
    """A page, not an empty answer, for a form's address opened as a page (bookmarked or typed
    in, or copied from the address bar after a form came back with errors)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.status_code == 405 and not response.content and not request.htmx:
            page = render(request, "405.html", status=405)
            page["Allow"] = response["Allow"]
            return page
        return response


class PrivatePagesMiddleware:
    """Pages for someone signed in are not kept by the browser or anything between: they hold
    conduct matters about named officers (a shared computer's cache, its back button after sign
    out), and going back to one fetches what is true now, not the state of the moment it was
    left (an answer since changed, a filter since cleared)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.user.is_authenticated and not response.has_header("Cache-Control"):
            add_never_cache_headers(response)
        return response
