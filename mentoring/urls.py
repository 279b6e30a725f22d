from django.urls import path

from . import coordinate, views

app_name = "mentoring"

urlpatterns = [
    path("mentoring/", views.programme_list, name="programmes"),
    path("mentoring/my/", views.my_mentoring, name="my"),
    path("mentoring/my/certificate.pdf", views.certificate, name="certificate"),
    path("mentoring/programmes/<slug:slug>/volunteer/", views.volunteer_sign_up, name="volunteer"),
    path("mentoring/programmes/<slug:slug>/request/", views.mentee_request, name="request"),
    path("mentoring/requests/<int:pk>/withdraw/", views.withdraw, name="withdraw"),
    path("mentoring/matches/<int:pk>/respond/", views.respond, name="respond"),
    path("mentoring/matches/<int:pk>/check-in/", views.check_in, name="check_in"),
    path("mentoring/matches/<int:pk>/close/", views.close_match, name="close"),
    path("mentoring/matches/<int:pk>/resume/", views.resume, name="resume"),
    path("mentoring/answer/<str:token>/", views.respond_by_link, name="respond_by_link"),
    path("mentoring/meetups/<int:pk>/rsvp/", views.rsvp, name="rsvp"),
    path("mentoring/coordinate/", coordinate.dashboard, name="coordinate"),
    path("mentoring/coordinate/volunteers/", coordinate.volunteers, name="coordinate_volunteers"),
    path(
        "mentoring/coordinate/volunteers/<int:pk>/", coordinate.volunteer_detail, name="coordinate_volunteer"
    ),
    path("mentoring/coordinate/programmes/<slug:slug>/run/", coordinate.run_round, name="coordinate_run"),
    path(
        "mentoring/coordinate/programmes/<slug:slug>/meetups/", coordinate.meetups, name="coordinate_meetups"
    ),
    path("mentoring/coordinate/rounds/<int:pk>/", coordinate.round_detail, name="coordinate_round"),
    path("mentoring/coordinate/proposals/<int:pk>/", coordinate.decide_proposal, name="coordinate_proposal"),
    path("mentoring/coordinate/matches/", coordinate.matches, name="coordinate_matches"),
    path(
        "mentoring/coordinate/check-ins/<int:pk>/resolve/", coordinate.resolve_help, name="coordinate_resolve"
    ),
]
