"""StreamField blocks of the orientation, news and standard pages. Every text a visitor reads is a
text block, so wagtail-localize offers it for translation; URLs, e-mails and phone numbers are
kept as they are unless a translator overrides them."""

import uuid

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError

RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "ol", "ul", "link", "document-link"]
#: The body's text blocks also hold images (imported Plone pages embed theirs in the text).
BODY_TEXT_FEATURES = [*RICH_TEXT_FEATURES, "image"]


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Step"), max_length=200)
    description = blocks.RichTextBlock(label=_("Details"), features=RICH_TEXT_FEATURES, required=False)

    class Meta:
        icon = "list-ol"
        label = _("Step")


class StepsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), max_length=200, required=False)
    steps = blocks.ListBlock(StepBlock(), label=_("Steps"), min_num=1)

    class Meta:
        icon = "list-ol"
        label = _("Steps of a procedure")
        template = "home/blocks/steps.html"


class DocumentsNeededBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), max_length=200, required=False)
    documents = blocks.ListBlock(blocks.CharBlock(max_length=300), label=_("Documents"), min_num=1)

    class Meta:
        icon = "doc-full"
        label = _("Documents you need")
        template = "home/blocks/documents_needed.html"


class ContactBlock(blocks.StructBlock):
    organisation = blocks.CharBlock(label=_("Organisation"), max_length=200)
    address = blocks.TextBlock(label=_("Address"), required=False)
    phone = blocks.CharBlock(label=_("Phone"), max_length=50, required=False)
    email = blocks.EmailBlock(label=_("E-mail"), required=False)
    opening_hours = blocks.TextBlock(label=_("Opening hours"), required=False)

    class Meta:
        icon = "mail"
        label = _("Contact")
        template = "home/blocks/contact.html"


class QuestionBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Question"), max_length=300)
    answer = blocks.RichTextBlock(label=_("Answer"), features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "help"
        label = _("Question and answer")


class CallToActionBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("Label"), max_length=100)
    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    url = blocks.URLBlock(label=_("Or a web address"), required=False)

    class Meta:
        icon = "link"
        label = _("Call to action")
        template = "home/blocks/call_to_action.html"

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("url")):
            error = ValidationError(_("Choose either a page or a web address."))
            raise StructBlockValidationError(block_errors={"url": error})
        return value


class BodyBlock(blocks.StreamBlock):
    text = blocks.RichTextBlock(label=_("Text"), features=BODY_TEXT_FEATURES)
    steps = StepsBlock()
    documents_needed = DocumentsNeededBlock()
    contact = ContactBlock()
    faq = blocks.ListBlock(QuestionBlock(), label=_("Questions and answers"), template="home/blocks/faq.html")
    call_to_action = CallToActionBlock()


class NewsBodyBlock(blocks.StreamBlock):
    text = blocks.RichTextBlock(label=_("Text"), features=BODY_TEXT_FEATURES)
    call_to_action = CallToActionBlock()


class EmergencyNumberBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("Service"), max_length=100)
    number = blocks.CharBlock(label=_("Number"), max_length=30)

    class Meta:
        icon = "warning"
        label = _("Emergency number")


def list_items(values):
    """Raw ListBlock data in the block format (with ids), which wagtail-localize needs to offer
    list items for translation; Wagtail would only convert a plain list on the next edit."""
    return [{"type": "item", "value": value, "id": str(uuid.uuid4())} for value in values]
