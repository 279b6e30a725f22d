"""The request being served, for code far from the view (the audit trail asks how a write came in:
a session, an API token or the admin). Set by `CurrentRequestMiddleware`."""

from contextvars import ContextVar

_current_request = ContextVar("current_request", default=None)


def current_request():
    return _current_request.get()


class CurrentRequestMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _current_request.set(request)
        try:
            return self.get_response(request)
        finally:
            _current_request.reset(token)
