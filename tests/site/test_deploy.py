import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
# Set by the browser tests' conftest for this process only; a deployment never has it.
TEST_ONLY_VARIABLES = {"DJANGO_ALLOW_ASYNC_UNSAFE", "SECRET_KEY", "DJANGO_SETTINGS_MODULE"}


def manage_in_production(*args, **env):
    clean = {key: value for key, value in os.environ.items() if key not in TEST_ONLY_VARIABLES}
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=REPO,
        env={**clean, "DJANGO_SETTINGS_MODULE": "integration_site.settings.production", **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_settings_pass_the_deployment_checklist_without_warnings():
    result = manage_in_production(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        SECRET_KEY="a-long-random-production-secret-key-with-enough-entropy-1234567890",
        ALLOWED_HOSTS="integration.example.org",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_settings_refuse_to_start_without_a_secret_key():
    result = manage_in_production("check")
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_production_requires_staff_two_factor_unless_told_otherwise():
    secret = {"SECRET_KEY": "a-long-random-production-secret-key-with-enough-entropy-1234567890"}
    show = ("shell", "-c", "from django.conf import settings; print(settings.REQUIRE_STAFF_2FA)")
    assert manage_in_production(*show, **secret).stdout.strip() == "True"
    switched_off = manage_in_production(*show, **secret, REQUIRE_STAFF_2FA="0")
    assert switched_off.stdout.strip() == "False"
