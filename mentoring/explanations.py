"""Human words for the engine's explanations: rules met, score components, unmatched reasons."""

from django.utils.translation import gettext_lazy as _

from . import pairing
from .choices import Language, slot_label

REASONS = {
    pairing.NOT_A_WOMAN: _("The programme is for women only."),
    pairing.ALREADY_FLUENT: _("Already speaks the local language well: no need for a language buddy."),
    pairing.NO_SHARED_LANGUAGE: _("No volunteer of this programme shares a language with this person."),
    pairing.VOLUNTEERS_NOT_READY: _(
        "Volunteers who share a language are not yet approved or trained, or have no places left."
    ),
    pairing.NO_ONE_NEARBY: _("No volunteer who shares a language is in the same district or meets online."),
    pairing.GENDER_PREFERENCES: _("No suitable volunteer fits the gender preferences of both sides."),
    pairing.NO_SHARED_TIME: _("No suitable volunteer has enough free time in common."),
    pairing.DECLINED_BEFORE: _("The only suitable volunteers were declined before."),
    pairing.TAKEN_BY_OTHERS: _(
        "Suitable partners exist, but matching them with others lets more people be matched."
    ),
    pairing.NO_COMPATIBLE_MENTEE: _("No waiting person meets the rules with this volunteer."),
    pairing.NOT_VETTED: _("Left out of the round: not yet approved by the coordinator."),
    pairing.VETTING_REJECTED: _("Left out of the round: not approved for this programme."),
    pairing.NOT_TRAINED: _("Left out of the round: approved, but the training is not recorded yet."),
    pairing.NO_PLACES_LEFT: _("Left out of the round: no places left (all taken by current matches)."),
}

COMPONENTS = {
    "goals": _("Goals"),
    "skills": _("Skills"),
    "interests": _("Interests"),
    "distance": _("Distance"),
    "age": _("Age band"),
}

RULES = {
    "language": _("Shared language"),
    "gender": _("Gender preferences of both sides"),
    "women_only": _("Women-only programme"),
    "capacity": _("Places left with the volunteer"),
    "availability": _("Free time in common"),
    "place": _("Where to meet"),
    "not_declined": _("Not declined before"),
}


def describe_rule(rule, detail):
    if rule == "language":
        return Language(detail).label if detail in Language.values else detail
    if rule == "availability":
        return ", ".join(str(slot_label(slot)) for slot in detail)
    if rule == "place":
        return _("same district") if detail == "district" else _("online")
    return "" if isinstance(detail, bool) or rule == "gender" else detail
