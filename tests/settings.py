"""Test settings: the project's settings with a test key and a fast password hasher."""

import os
import tempfile
from pathlib import Path

os.environ.setdefault("SECRET_KEY", "tests-only-secret-key-not-for-any-deployment")
# The test client and the live server speak plain HTTP on loopback.
os.environ.setdefault("SECURE_HTTPS", "false")

from blametopraise.settings import *  # noqa: F403

# Hashing with the production hasher makes every login in the suite slow; tests of the hasher
# configuration read PRODUCTION_PASSWORD_HASHERS.
PRODUCTION_PASSWORD_HASHERS = PASSWORD_HASHERS  # noqa: F405
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]

# Tests need no collectstatic: plain static storage (whitenoise's manifest wants hashed files).
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    # A file, not memory: the browser tests' live server then gives each of its threads its own
    # connection instead of sharing the test's one (which SQLite refuses under concurrency).
    DATABASES["default"]["TEST"] = {  # noqa: F405
        "NAME": str(Path(tempfile.gettempdir()) / f"blametopraise-test-{os.getpid()}.sqlite3")
    }

# Serve static files from the source folders, as in development (no collectstatic in tests).
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True
