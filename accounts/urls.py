from django.urls import path

from . import views

app_name = "accounts"

urlpatterns = [
    path("account/", views.profile, name="profile"),
    path("account/export/", views.export, name="export"),
    path("account/delete/", views.delete, name="delete"),
]
