"""WSGI entry point (gunicorn blametopraise.wsgi)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "blametopraise.settings")
application = get_wsgi_application()
