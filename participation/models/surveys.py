"""Questionnaires: single and multiple choice, scales, free text, questions shown only after a
given answer; anonymous or identified. Translated like pages: a survey, its questions and its
choices carry their wording per language in `translations`, and a respondent answers in their
language; answers point at the same questions and choices whatever the language, so results
add up across languages. Each response carries a UUID made on the phone that
sent it, so a resend after a dropped connection is recognised and never counted twice."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class Translated(models.Model):
    """Wording in other languages than the survey's own: {language code: text}."""

    translations = models.JSONField(default=dict, blank=True)

    class Meta:
        abstract = True

    def translated(self, language, original):
        return self.translations.get(language) or original


#: Published results hide any group with fewer answers than this, so nobody is singled out.
SMALL_GROUP_THRESHOLD = 5


class Survey(models.Model):
    """`translations` holds {language: {"title": ..., "introduction": ...}}."""

    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(unique=True, max_length=80)
    introduction = models.TextField(blank=True, max_length=5_000)
    language = models.CharField(max_length=10, default=settings.LANGUAGE_CODE)
    anonymous = models.BooleanField(_("anonymous"), default=True)
    is_open = models.BooleanField(default=True)
    results_published = models.BooleanField(default=False)
    translations = models.JSONField(default=dict, blank=True)

    class Meta:
        ordering = ["title"]
        permissions = [("manage_survey", "Run surveys and read their results")]

    def __str__(self):
        return self.title

    def title_in(self, language):
        return self.translations.get(language, {}).get("title") or self.title

    def introduction_in(self, language):
        if language in self.translations:
            return self.translations[language].get("introduction", "")
        return self.introduction

    def is_translated_into(self, language):
        return language == self.language or bool(self.translations.get(language, {}).get("title"))


class QuestionKind(models.TextChoices):
    SINGLE = "single", _("Single choice")
    MULTIPLE = "multiple", _("Multiple choice")
    SCALE = "scale", _("Scale")
    TEXT = "text", _("Free text")


class Question(Translated):
    survey = models.ForeignKey(Survey, on_delete=models.CASCADE, related_name="questions")
    position = models.PositiveSmallIntegerField()
    kind = models.CharField(max_length=10, choices=QuestionKind.choices)
    text = models.CharField(max_length=300)
    required = models.BooleanField(default=False)
    scale_min = models.SmallIntegerField(default=1)
    scale_max = models.SmallIntegerField(default=5)
    # Shown only when the respondent picked this choice of an earlier question.
    shown_if_choice = models.ForeignKey(
        "Choice", null=True, blank=True, on_delete=models.SET_NULL, related_name="dependent_questions"
    )

    class Meta:
        ordering = ["position"]
        constraints = [
            models.UniqueConstraint(
                fields=["survey", "position"], name="participation_question_position_unique"
            ),
            models.CheckConstraint(
                condition=Q(scale_max__gt=models.F("scale_min")), name="participation_scale_range"
            ),
        ]

    def __str__(self):
        return self.text

    def text_in(self, language):
        return self.translated(language, self.text)


class Choice(Translated):
    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="choices")
    position = models.PositiveSmallIntegerField()
    label = models.CharField(max_length=200)

    class Meta:
        ordering = ["position"]
        constraints = [
            models.UniqueConstraint(
                fields=["question", "position"], name="participation_choice_position_unique"
            )
        ]

    def __str__(self):
        return self.label

    def label_in(self, language):
        return self.translated(language, self.label)


class Response(models.Model):
    survey = models.ForeignKey(Survey, on_delete=models.CASCADE, related_name="responses")
    submission_id = models.UUIDField(unique=True)
    respondent = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # A volunteer applying the questionnaire in the field on behalf of a respondent (seed 003).
    collected_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    language = models.CharField(max_length=10)
    submitted_at = models.DateTimeField(auto_now_add=True)


class Answer(models.Model):
    response = models.ForeignKey(Response, on_delete=models.CASCADE, related_name="answers")
    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="answers")
    choices = models.ManyToManyField(Choice, blank=True, related_name="answers")
    scale_value = models.SmallIntegerField(null=True, blank=True)
    text = models.TextField(blank=True, max_length=5_000)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["response", "question"], name="participation_one_answer_per_question"
            )
        ]
