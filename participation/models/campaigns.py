"""Campaign pages (seed 003's non-discrimination campaign around 9 November): one page gathers
the campaign's actions with their events, its news and its materials from the library, and
counts the actions per locality against the minimum the partners agreed on (2 per locality)."""

from collections import Counter

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.documents import get_document_model_string
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index


class CampaignPage(Page):
    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link", "ul", "ol"])
    slogan = models.CharField(_("slogan"), max_length=200, blank=True)
    day = models.DateField(
        _("the campaign's day"), null=True, blank=True, help_text=_("For example 9 November.")
    )
    starts_on = models.DateField(_("starts on"))
    ends_on = models.DateField(_("ends on"))
    minimum_actions_per_locality = models.PositiveSmallIntegerField(
        _("actions asked of each locality"), default=2
    )
    localities = models.TextField(
        _("localities taking part"),
        blank=True,
        help_text=_("One per line: a locality without any action yet is shown too."),
    )
    news_tag = models.CharField(
        _("news tag"), max_length=100, blank=True, help_text=_("News items with this tag appear on the page.")
    )

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = []

    content_panels = Page.content_panels + [
        FieldPanel("slogan"),
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldPanel("day"), FieldPanel("starts_on"), FieldPanel("ends_on")], heading=_("Dates")
        ),
        FieldPanel("minimum_actions_per_locality"),
        FieldPanel("localities"),
        InlinePanel("actions", label=_("Actions")),
        InlinePanel("materials", label=_("Materials")),
        FieldPanel("news_tag"),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("slogan")]

    class Meta:
        verbose_name = _("campaign page")
        verbose_name_plural = _("campaign pages")

    def clean(self):
        super().clean()
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            raise ValidationError({"ends_on": _("The campaign ends after it starts.")})

    def actions_per_locality(self, actions):
        """[(locality, count, missing)] for every taking-part locality and every locality with an
        action, fewest actions first, so the localities still short of the minimum stand out."""
        counts = Counter(action.locality.strip() for action in actions)
        for name in filter(None, (line.strip() for line in self.localities.splitlines())):
            counts.setdefault(name, 0)
        return sorted(
            (
                (locality, count, max(self.minimum_actions_per_locality - count, 0))
                for locality, count in counts.items()
            ),
            key=lambda row: (row[1], row[0].casefold()),
        )

    def get_context(self, request, *args, **kwargs):
        from home.models import NewsPage
        from library.models import Audience

        context = super().get_context(request, *args, **kwargs)
        actions = list(self.actions.select_related("event").order_by("date", "locality"))
        context["campaign_actions"] = actions
        context["localities"] = self.actions_per_locality(actions)
        # Members-only documents stay off a public page.
        context["materials"] = [
            material
            for material in self.materials.select_related("document")
            if material.document.audience == Audience.PUBLIC
        ]
        context["news"] = (
            NewsPage.objects.live().public().filter(tags__name=self.news_tag).order_by("-date")[:20]
            if self.news_tag
            else []
        )
        return context


class CampaignAction(Orderable):
    """One action of the campaign in one locality: an event, a debate, a film, an open day."""

    page = ParentalKey(CampaignPage, on_delete=models.CASCADE, related_name="actions")
    locality = models.CharField(_("locality"), max_length=120)
    title = models.CharField(_("title"), max_length=200)
    date = models.DateField(_("date"))
    partner = models.CharField(_("partner organisation"), max_length=200, blank=True)
    event = models.ForeignKey(
        "events.EventPage",
        verbose_name=_("event"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [
        FieldPanel("locality"),
        FieldPanel("title"),
        FieldPanel("date"),
        FieldPanel("partner"),
        FieldPanel("event"),
    ]


class CampaignMaterial(Orderable):
    """A poster, sticker or film from the library."""

    page = ParentalKey(CampaignPage, on_delete=models.CASCADE, related_name="materials")
    document = models.ForeignKey(
        get_document_model_string(), verbose_name=_("document"), on_delete=models.CASCADE, related_name="+"
    )
    label = models.CharField(_("label"), max_length=200, blank=True)

    panels = [FieldPanel("document"), FieldPanel("label")]
