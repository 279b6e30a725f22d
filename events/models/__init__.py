from .pages import (  # noqa: F401
    CourseLevel,
    CourseSession,
    EventIndexPage,
    EventKind,
    EventMode,
    EventPage,
    OccurrenceException,
    SPOKEN_LANGUAGES,
)
from .registrations import (  # noqa: F401
    Attendance,
    Certificate,
    LANGUAGE_LEVELS,
    Registration,
    RegistrationStatus,
)
