"""The OpenAPI document tells the truth: schemathesis generates requests from /api/openapi.json for
every operation and checks every answer against it with all its checks (status codes, bodies,
content types, headers, refusal of bad input, acceptance of good input, authentication), as an
anonymous caller, a participant and a coordinator. Derandomized: the same requests every run."""

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, Phase, settings
from schemathesis.checks import CHECKS, load_all_checks
from schemathesis.config import SchemathesisConfig
from wagtail.models import APIToken

from accounts import roles

pytestmark = pytest.mark.django_db

#: Small: about two minutes for three roles on a loaded machine.
EXAMPLES_PER_OPERATION = 5

# A request can satisfy the document's types and still break a rule that JSON Schema cannot
# express (a language listed twice, two filters that exclude each other); the API then answers
# 400 or 422 with the reason. Every other answer to valid data must be a success or a refusal
# of the caller (401, 403), of a missing object (404) or of a conflict (409).
CONFIG = SchemathesisConfig.from_dict(
    {
        "checks": {
            "positive_data_acceptance": {
                "expected-statuses": ["2XX", "3XX", 400, 401, 403, 404, 409, 422, 429]
            }
        }
    }
)

load_all_checks()
ALL_CHECKS = CHECKS.get_all()
schema = schemathesis.openapi.from_wsgi("/api/openapi.json", get_wsgi_application(), config=CONFIG)


@pytest.fixture(autouse=True)
def requests_keep_the_test_connection():
    """Django closes the database connection at the end of each request; its test client turns
    that off, schemathesis's WSGI client does not. On PostgreSQL the test's transaction would be
    gone after the first request, so turn it off here too."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.fixture
def caller_headers(caller, make_user):
    if caller == "anonymous":
        return {}
    user = make_user(roles.PARTICIPANTS if caller == "participant" else roles.COORDINATORS)
    _token, plaintext = APIToken.create_token(user=user, name="contract test")
    return {"Authorization": f"Bearer {plaintext}"}


@pytest.mark.parametrize("caller", ["anonymous", "participant", "coordinator"])
@schema.parametrize()
@settings(
    max_examples=EXAMPLES_PER_OPERATION,
    derandomize=True,
    deadline=None,
    database=None,
    phases=[Phase.explicit, Phase.generate],
    suppress_health_check=list(HealthCheck),
)
def test_every_answer_matches_the_openapi_document(case, caller_headers):
    case.call_and_validate(headers=caller_headers, checks=ALL_CHECKS)
