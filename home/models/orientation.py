import datetime

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from ..blocks import BodyBlock
from ..topics import Topic

DEFAULT_REVIEW_INTERVAL_DAYS = 180


class OrientationTopicPage(Page):
    """A guide on one orientation topic (residence, health, school...). Such information goes
    out of date, so each page says when it was last checked and how often it must be."""

    topic = models.CharField(_("topic"), max_length=30, choices=Topic.choices)
    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)
    last_reviewed = models.DateField(
        _("last reviewed"),
        null=True,
        blank=True,
        help_text=_("When someone last checked that this information is still correct."),
    )
    review_interval_days = models.PositiveIntegerField(
        _("review interval (days)"),
        default=DEFAULT_REVIEW_INTERVAL_DAYS,
        help_text=_("How many days after the last review the page must be checked again."),
    )
    # Stored rather than computed in queries so that the report filters on one indexed column on
    # every database.
    review_due = models.DateField(_("review due"), null=True, editable=False, db_index=True)

    parent_page_types = ["home.HomePage"]
    subpage_types = []

    content_panels = Page.content_panels + [
        FieldPanel("topic"),
        FieldPanel("intro"),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("last_reviewed"), FieldPanel("review_interval_days")],
            heading=_("Review"),
        ),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
        index.FilterField("topic"),
    ]
    api_fields = [
        APIField("topic"),
        APIField("intro"),
        APIField("body"),
        APIField("last_reviewed"),
        APIField("review_interval_days"),
        APIField("is_stale"),
    ]

    class Meta:
        verbose_name = _("orientation topic page")
        verbose_name_plural = _("orientation topic pages")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(review_interval_days__gte=1),
                name="home_orientation_review_interval_positive",
            )
        ]

    def save(self, *args, **kwargs):
        self.review_due = (
            self.last_reviewed + datetime.timedelta(days=self.review_interval_days)
            if self.last_reviewed
            else None
        )
        return super().save(*args, **kwargs)

    @property
    def is_stale(self):
        """True when the page was never reviewed or its review is overdue."""
        return self.review_due is None or self.review_due < timezone.localdate()

    @classmethod
    def stale_pages(cls):
        today = timezone.localdate()
        return cls.objects.filter(models.Q(review_due__isnull=True) | models.Q(review_due__lt=today))
