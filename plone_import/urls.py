"""The public page of imported accounts' invitations (the admin's pages are in wagtail_hooks)."""

from django.urls import path

from . import views

app_name = "plone_invitations"

urlpatterns = [
    path("accounts/plone-invitation/<str:token>/", views.accept_invitation, name="accept"),
]
