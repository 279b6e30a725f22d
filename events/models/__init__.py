from .pages import (  # noqa: F401
    SPOKEN_LANGUAGES,
    CourseLevel,
    CourseSession,
    EventIndexPage,
    EventKind,
    EventMode,
    EventPage,
    OccurrenceException,
)
from .registrations import (  # noqa: F401
    LANGUAGE_LEVELS,
    Attendance,
    Certificate,
    Registration,
    RegistrationStatus,
)
