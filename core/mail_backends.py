"""Test backend: refuses any e-mail not sent by `core.notify`'s background task, so a test fails
when code sends mail inside a request or before its transaction commits."""

from django.core.mail.backends.locmem import EmailBackend

from .notify import sending_from_task


class QueuedOnlyEmailBackend(EmailBackend):
    def send_messages(self, messages):
        if not sending_from_task():
            raise AssertionError("E-mail sent outside core.notify's task: use core.notify.notify()")
        return super().send_messages(messages)
