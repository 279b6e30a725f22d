from .brand import CentreBrand, CentreBrandName
from .contact import ContactDetails
from .news import NewsIndexPage, NewsPage, NewsPageTag
from .orientation import OrientationTopicPage
from .pages import HomePage, StandardPage

__all__ = [
    "CentreBrand",
    "CentreBrandName",
    "ContactDetails",
    "HomePage",
    "NewsIndexPage",
    "NewsPage",
    "NewsPageTag",
    "OrientationTopicPage",
    "StandardPage",
]
