from django.core.paginator import Paginator
from django.db import models
from django.http import HttpResponse
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.images import get_image_model_string
from wagtail.models import Page
from wagtail.search import index

from core.translations import children_of_any_translation, is_fallback, localized, url_for_visitor

from ..blocks import NewsBodyBlock

NEWS_PER_PAGE = 10
FEED_ITEMS = 20


class NewsIndexPage(RoutablePageMixin, Page):
    intro = models.TextField(_("introduction"), blank=True)

    parent_page_types = ["home.HomePage"]
    subpage_types = ["home.NewsPage"]

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    api_fields = [APIField("intro")]

    class Meta:
        verbose_name = _("news index")
        verbose_name_plural = _("news indexes")

    def news(self):
        """This language's news, with the news not translated yet in the default language."""
        return (
            localized(children_of_any_translation(NewsPage.objects.live().public(), self))
            .select_related("image")
            .prefetch_related("image__renditions")
            .order_by("-date", "-pk")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["news_items"] = Paginator(self.news(), NEWS_PER_PAGE).get_page(request.GET.get("page"))
        return context

    @property
    def feed_url(self):
        return self.url + self.reverse_subpage("feed")

    @path("feed/", name="feed")
    def feed(self, request):
        """An Atom feed of this language's news (each translation of the index has its own)."""
        feed = Atom1Feed(
            title=self.title,
            link=self.get_full_url(request),
            description=self.intro,
            language=self.locale.language_code,
            feed_url=self.get_full_url(request) + self.reverse_subpage("feed"),
        )
        for item in self.news()[:FEED_ITEMS]:
            feed.add_item(
                title=item.title,
                link=url_for_visitor(item, request, full=True),
                description=item.intro,
                pubdate=item.first_published_at or timezone.now(),
                updateddate=item.last_published_at,
                unique_id=item.get_full_url(request),
                categories=[_("Not yet translated")] if is_fallback(item) else None,
            )
        response = HttpResponse(content_type="application/atom+xml; charset=utf-8")
        feed.write(response, "utf-8")
        return response


class NewsPageTag(TaggedItemBase):
    content_object = ParentalKey("home.NewsPage", on_delete=models.CASCADE, related_name="tagged_items")


class NewsPage(Page):
    date = models.DateField(_("date"), default=timezone.localdate)
    image = models.ForeignKey(
        get_image_model_string(),
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(NewsBodyBlock(), verbose_name=_("body"), blank=True)
    tags = ClusterTaggableManager(through=NewsPageTag, blank=True, verbose_name=_("tags"))

    parent_page_types = ["home.NewsIndexPage"]
    subpage_types = []

    content_panels = Page.content_panels + [
        FieldPanel("date"),
        FieldPanel("image"),
        FieldPanel("intro"),
        FieldPanel("body"),
        FieldPanel("tags"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
        index.FilterField("date"),
    ]
    api_fields = [
        APIField("date"),
        APIField("image"),
        APIField("intro"),
        APIField("body"),
        APIField("tags"),
    ]

    class Meta:
        verbose_name = _("news item")
        verbose_name_plural = _("news items")
