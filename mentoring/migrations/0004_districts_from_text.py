"""Districts become a list the centre keeps (step 2 of 3): each distinct free-text district
becomes one District (spellings differing only in case or spaces become the same one), and
every profile, request and venue points to it. "Online" typed as a district was read by the old
engine as meeting online, so it becomes exactly that: no district, and online set."""

from collections import Counter, defaultdict

from django.db import migrations

MODELS = ("VolunteerProfile", "MenteeRequest", "Venue")
PARTICIPANTS = ("VolunteerProfile", "MenteeRequest")


def normalise(name):
    return " ".join(str(name).split()).casefold()


def preferred_spelling(spellings):
    """The spelling most rows use; on a tie, one written with capitals as names are."""
    return max(spellings.items(), key=lambda item: (item[1], not item[0].islower() and not item[0].isupper(), item[0]))[0]


def text_to_districts(apps, schema_editor):
    District = apps.get_model("mentoring", "District")
    known = {}
    for district in District.objects.all():
        for name in [district.name, *district.aliases.splitlines()]:
            known.setdefault(normalise(name), district)
    texts = {name: Counter() for name in MODELS}
    for model_name in MODELS:
        rows = apps.get_model("mentoring", model_name).objects.exclude(district="")
        texts[model_name].update(rows.values_list("district", flat=True))
    spellings = defaultdict(Counter)
    for counts in texts.values():
        for text, count in counts.items():
            spellings[normalise(text)][" ".join(text.split())] += count
    for key, counts in sorted(spellings.items()):
        if key and key != "online" and key not in known:
            known[key] = District.objects.create(name=preferred_spelling(counts))
    for model_name, counts in texts.items():
        model = apps.get_model("mentoring", model_name)
        for text in counts:
            key = normalise(text)
            if key == "online" and model_name in PARTICIPANTS:
                model.objects.filter(district=text).update(online=True)
            elif key in known:
                model.objects.filter(district=text).update(district_ref=known[key])


def districts_to_text(apps, schema_editor):
    for model_name in MODELS:
        model = apps.get_model("mentoring", model_name)
        for row in model.objects.exclude(district_ref=None).select_related("district_ref"):
            row.district = row.district_ref.name
            row.save(update_fields=["district"])


class Migration(migrations.Migration):
    dependencies = [("mentoring", "0003_districts")]

    operations = [migrations.RunPython(text_to_districts, districts_to_text)]
