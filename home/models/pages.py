from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from core.translations import children_of_any_translation, in_tree_order, localized, within_any_translation

from ..blocks import RICH_TEXT_FEATURES, BodyBlock
from .news import NewsIndexPage, NewsPage
from .orientation import OrientationTopicPage

LATEST_NEWS_ON_HOME = 3


class HomePage(Page):
    """The root of each language's tree. Other apps put their index pages under it, so its
    children are not restricted to this app's page types."""

    intro = RichTextField(_("introduction"), features=RICH_TEXT_FEATURES, blank=True)

    parent_page_types = ["wagtailcore.Page"]

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    api_fields = [APIField("intro")]

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["topics"] = in_tree_order(
            localized(children_of_any_translation(OrientationTopicPage.objects.live().public(), self))
        )
        context["news_index"] = localized(
            children_of_any_translation(NewsIndexPage.objects.live().public(), self)
        ).first()
        context["latest_news"] = (
            localized(within_any_translation(NewsPage.objects.live().public(), self))
            .select_related("image")
            .prefetch_related("image__renditions")
            .order_by("-date", "-pk")[:LATEST_NEWS_ON_HOME]
        )
        return context


class StandardPage(Page):
    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]
    api_fields = [APIField("intro"), APIField("body")]

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")
