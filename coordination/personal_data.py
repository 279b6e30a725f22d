"""What the coordination app holds about a person with an account: their directory entry, the
invitations addressed to it and the action items they own."""

from .models import ActionItem, Invitation, TeamMember


def export(user):
    member = TeamMember.objects.filter(user=user).select_related("institution").first()
    if member is None:
        return None
    return {
        "directory_entry": {
            "name": member.name,
            "role": member.role,
            "email": member.email,
            "phone": member.phone,
            "institution": member.institution.name if member.institution else None,
        },
        "invitations": [
            {
                "meeting": str(invitation.meeting),
                "answer": invitation.answer,
                "deputy_name": invitation.deputy_name,
            }
            for invitation in Invitation.objects.filter(member=member).select_related("meeting__body")
        ],
        "action_items": [
            {"title": item.title, "due_date": item.due_date.isoformat(), "status": item.status}
            for item in ActionItem.objects.filter(owner_member=member)
        ],
    }


def erase(user):
    """The directory entry belongs to the institution's representation, so it stays, but it is
    unlinked from the account and its personal contact details are removed."""
    TeamMember.objects.filter(user=user).update(user=None, email="", phone="")
