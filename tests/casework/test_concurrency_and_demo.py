import threading
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection
from django.utils import timezone

from casework import services
from casework.models import (
    CaseDocument,
    Centre,
    Contact,
    ContactAttachment,
    MonthlyReport,
    Slot,
    Visitor,
    VisitorIdentity,
)
from tests.conftest import postgresql_only


@postgresql_only
@pytest.mark.django_db(transaction=True)
def test_desks_registering_at_the_same_moment_get_different_codes(centre_a, staff_a):
    codes, errors = [], []
    barrier = threading.Barrier(6)

    def register():
        try:
            barrier.wait()
            visitor = services.register_visitor(
                user=staff_a,
                centre=centre_a,
                gender="woman",
                citizenship="UA",
                residence_category="temporary_protection",
                consent_statistics=True,
            )
            codes.append(visitor.code)
        except Exception as error:  # noqa: BLE001 - reported by the assertion below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=register) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    assert len(set(codes)) == 6 == Visitor.objects.count()
    assert sorted(code[-6:] for code in codes) == [f"{n:06d}" for n in range(1, 7)]


def test_the_demo_builds_two_centres_with_last_months_report_to_review(db, capsys):
    import sys

    from casework import demo

    demo.load(sys.stdout)
    counts = (Visitor.objects.count(), Contact.objects.count())
    demo.load(sys.stdout)
    assert (Visitor.objects.count(), Contact.objects.count()) == counts
    assert counts[0] == 120 and counts[1] >= 700
    assert set(MonthlyReport.objects.values_list("status", flat=True)) == {"submitted"}
    for centre in Centre.objects.all():
        sessions = Contact.objects.filter(centre=centre, is_group=True)
        assert sessions.count() == 12 and not sessions.filter(attachments__isnull=True).exists()
        assert Slot.objects.filter(centre=centre, starts_at__gt=timezone.now()).count() == 10
    for stored in [
        *(attachment.file for attachment in ContactAttachment.objects.all()),
        *(document.file for document in CaseDocument.objects.all()),
        *(visitor.registration_form for visitor in Visitor.objects.exclude(registration_form="")),
    ]:
        path = Path(stored.path)
        assert path.is_relative_to(settings.PRIVATE_MEDIA_ROOT) and not path.is_relative_to(
            settings.MEDIA_ROOT
        )
        assert path.read_bytes().startswith(b"%PDF")
    assert CaseDocument.objects.count() == 8 and VisitorIdentity.objects.count() == 8
