from django import template

from ..choices import AgeBand, Gender, Goal, Interest, Language, LanguageLevel, Skill, slot_label
from ..explanations import COMPONENTS, REASONS, RULES, describe_rule

register = template.Library()
VOCABULARIES = {
    "goal": Goal,
    "skill": Skill,
    "interest": Interest,
    "gender": Gender,
    "age": AgeBand,
}


@register.filter
def reason_label(code):
    return REASONS.get(code, code)


@register.filter
def component_label(name):
    return COMPONENTS.get(name, name)


@register.simple_tag
def rule_text(rule, detail):
    return f"{RULES.get(rule, rule)}: {describe_rule(rule, detail)}".rstrip(": ")


@register.filter
def labels(values, vocabulary):
    choices = VOCABULARIES[vocabulary]
    values = values if isinstance(values, list | tuple) else [values]
    return ", ".join(str(choices(v).label) for v in values if v in choices.values)


@register.filter
def languages_text(languages):
    def label(choices, value):
        return choices(value).label if value in choices.values else value

    return ", ".join(
        f"{label(Language, code)} ({label(LanguageLevel, level)})"
        for code, level in (languages or {}).items()
    )


@register.filter
def slots_text(slots):
    return "; ".join(str(slot_label(slot)) for slot in sorted(slots or []))
