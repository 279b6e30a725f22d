"""What the counter holds about a person with a platform account, for the account's export and
deletion: visitor records linked to the account, and for staff their centre memberships. Cases a
member of staff worked on stay with the centre (the caseworker field empties, the lead takes over)."""

from .models import CentreMembership, Contact, Visitor, VisitorIdentity


def export(user):
    visitors = Visitor.objects.filter(account=user).select_related("centre")
    memberships = CentreMembership.objects.filter(user=user).select_related("centre")
    if not visitors and not memberships:
        return None
    return {
        "visitor_records": [
            {
                "code": visitor.code,
                "centre": visitor.centre.name,
                "registered_on": visitor.registered_on.isoformat(),
            }
            for visitor in visitors
        ],
        "centre_memberships": [{"centre": m.centre.name, "role": m.role} for m in memberships],
    }


def erase(user):
    """Names, contacts, notes and the scanned form of the person's visitor records go; the codes
    and counts stay so that past reports still add up."""
    from .services.personal_data import _erase

    for visitor in Visitor.objects.select_for_update().filter(account=user):
        _erase(visitor)
        Contact.objects.filter(participants__visitor=visitor, is_group=False).update(note="")
    VisitorIdentity.objects.filter(visitor__account=user).delete()
    Visitor.objects.filter(account=user).update(account=None)
