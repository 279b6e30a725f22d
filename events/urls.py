from django.urls import path

from . import organiser_views, views

app_name = "events"

urlpatterns = [
    path("events/my-registrations/", views.my_registrations, name="my_registrations"),
    path("events/registrations/<int:registration_id>/cancel/", views.cancel, name="cancel"),
    path("events/registrations/<int:registration_id>/qr.svg", views.check_in_qr, name="check_in_qr"),
    path(
        "events/registrations/<int:registration_id>/certificate.pdf",
        views.certificate_download,
        name="certificate",
    ),
    path(
        "events/registrations/<int:registration_id>/certificate/",
        views.issue_certificate,
        name="issue_certificate",
    ),
    path("events/cancel/<str:token>/", views.cancel_by_link, name="cancel_by_link"),
    path("events/certificates/<str:code>/", views.verify_certificate, name="verify_certificate"),
    path("events/feeds/all.ics", views.feed_all, name="feed_all"),
    path("events/feeds/kind/<str:kind>.ics", views.feed_kind, name="feed_kind"),
    path("events/feeds/language/<str:language>.ics", views.feed_language, name="feed_language"),
    path("events/<int:event_id>/event.ics", views.event_ics, name="event_ics"),
    path("events/<int:event_id>/register/", views.register, name="register"),
    path("events/<int:event_id>/attendees/", organiser_views.attendees, name="attendees"),
    path("events/<int:event_id>/attendees.csv", organiser_views.export_csv, name="attendees_csv"),
    path("events/<int:event_id>/attendees.xlsx", organiser_views.export_xlsx, name="attendees_xlsx"),
    path("events/<int:event_id>/check-in/", organiser_views.check_in, name="check_in"),
    path(
        "events/<int:event_id>/sessions/<int:session_id>/attendance/",
        organiser_views.attendance,
        name="attendance",
    ),
]
