"""Test settings: the project's settings with a test key and a fast password hasher."""

import os

os.environ.setdefault("SECRET_KEY", "tests-only-secret-key-not-for-any-deployment")

from blametopraise.settings import *  # noqa: F403

# Hashing with the production hasher makes every login in the suite slow; tests of the hasher
# configuration read PRODUCTION_PASSWORD_HASHERS.
PRODUCTION_PASSWORD_HASHERS = PASSWORD_HASHERS  # noqa: F405
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
