"""The name printed for a person on certificates and attendee lists: the name they gave for
printing (in their own script, with a Latin transliteration), else their full name; never their
username, which says nothing to a teacher or an employer."""

from django.core.exceptions import ObjectDoesNotExist


def profile_of(user):
    try:
        return user.profile
    except ObjectDoesNotExist:
        return None


def printed_names(user):
    """(name, Latin transliteration or "") as the person wants them printed; ("", "") when no
    name is known. Select or prefetch `user__profile` for lists."""
    profile = profile_of(user)
    if profile and (profile.printed_name or profile.printed_name_latin):
        name = profile.printed_name or profile.printed_name_latin
        latin = profile.printed_name_latin if profile.printed_name_latin != name else ""
        return name, latin
    return user.get_full_name().strip(), ""


def has_printed_name(user):
    profile = profile_of(user)
    return bool(profile and (profile.printed_name or profile.printed_name_latin))


def attendee_name(user):
    """One line for attendee lists: the printed name with its transliteration, else the e-mail
    address so that organisers can still tell people apart."""
    name, latin = printed_names(user)
    if name and latin:
        return f"{name} ({latin})"
    return name or user.email
