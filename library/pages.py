"""The library page: search, facets, sorting and pagination, and each document's detail view."""

from django.db import models
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page

from .audiences import is_member, visible_documents
from .catalogue import SORTS, LibraryFilters, browse, with_listing_relations

SORT_LABELS = {"relevance": _("Relevance"), "newest": _("Newest first"), "title": _("Title")}


class LibraryPage(RoutablePageMixin, Page):
    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    subpage_types = []
    template = "library/library_page.html"

    class Meta:
        verbose_name = _("library page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        filters = LibraryFilters.from_params(request.GET)
        results, facets = browse(request.user, filters, request.GET.get("page"))
        context.update(
            filters=filters,
            results=results,
            facets=facets,
            sorts=[(sort, SORT_LABELS[sort]) for sort in SORTS],
            member=is_member(request.user),
            page_url=self.get_url(request),
        )
        return context

    @path("document/<int:document_id>/", name="document")
    def document(self, request, document_id):
        """A document anyone may see, else 404: a members-only id looks like a missing one."""
        visible = visible_documents(request.user)
        document = get_object_or_404(with_listing_relations(visible), pk=document_id)
        context = dict(
            page=self,
            self=self,
            document=document,
            newer_version=visible.filter(pk=document.superseded_by_id).first()
            if document.superseded_by_id
            else None,
            older_versions=list(visible.filter(superseded_by=document).order_by("-publication_date")),
            member=is_member(request.user),
            page_url=self.get_url(request),
        )
        return TemplateResponse(request, "library/document_detail.html", context)
