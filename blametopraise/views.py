"""Plumbing views: the favicon, health, keep-alive, changing a password and the error handlers."""

import logging
import sys

from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.contrib.messages.views import SuccessMessageMixin
from django.db import InterfaceError, OperationalError
from django.http import HttpRequest, HttpResponse, HttpResponsePermanentRedirect
from django.shortcuts import render
from django.template import loader
from django.templatetags.static import static
from django.urls import reverse_lazy
from django.views.decorators.http import require_GET, require_POST

from .forms import ChangePasswordForm

logger = logging.getLogger(__name__)


@require_GET
def healthz(request: HttpRequest) -> HttpResponse:
    """Liveness for the load balancer: the process answers (no database, no session)."""
    return HttpResponse("ok", content_type="text/plain")


@login_required
@require_POST
def keep_alive(request: HttpRequest) -> HttpResponse:
    """Someone is typing on a page (a long account, say) without sending anything: that is using
    the service, so the idle sign-out waits (the middleware notes the request); nothing else."""
    return HttpResponse(status=204)


class ChangePassword(SuccessMessageMixin, auth_views.PasswordChangeView):
    """Anyone signed in changes their own password. Their sessions elsewhere end (Django keys a
    session to the password); this one goes on, back to their starting page."""

    form_class = ChangePasswordForm
    template_name = "registration/change_password.html"
    success_url = reverse_lazy("home")
    success_message = "Your password has been changed. Use the new one when you next sign in."


@require_GET
def favicon(request: HttpRequest) -> HttpResponse:
    return HttpResponsePermanentRedirect(static("favicon.svg"))


def server_error(request: HttpRequest) -> HttpResponse:
    """500, or 503 when the database is unreachable (its transaction has already rolled back).

    The pages use no context processors: those would need the database.
    """
    error = sys.exc_info()[1]
    if isinstance(error, (OperationalError, InterfaceError)):
        logger.error("Database unavailable: %s", error)
        body = loader.get_template("503.html").render({})
        return HttpResponse(body, status=503, headers={"Retry-After": "30"})
    return HttpResponse(loader.get_template("500.html").render({}), status=500)


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    """A form sent without a valid token (signed out or in again elsewhere, a page kept open
    across sessions, cookies blocked): say what happened and how to send it again."""
    logger.warning("Form refused (CSRF): %s", reason)
    return render(request, "403_csrf.html", status=403)
