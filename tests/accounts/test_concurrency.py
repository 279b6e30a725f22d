import threading

import pytest
from django.contrib.auth import get_user_model
from django.db import connection

from accounts import services
from tests.conftest import PASSWORD, postgresql_only


@postgresql_only
@pytest.mark.django_db(transaction=True)
def test_two_last_superusers_leaving_at_once_leave_one_behind(make_user):
    admins = [make_user(superuser=True), make_user(superuser=True)]
    start = threading.Barrier(len(admins))
    outcomes = []

    def leave(admin):
        start.wait()
        try:
            services.delete_account(admin, password=PASSWORD)
            outcomes.append("deleted")
        except services.AccountError:
            outcomes.append("refused")
        finally:
            connection.close()

    threads = [threading.Thread(target=leave, args=(admin,)) for admin in admins]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes) == ["deleted", "refused"]
    assert get_user_model().objects.filter(is_superuser=True).count() == 1
