from django.urls import path

from . import views

app_name = "sessies"
urlpatterns = [
    # First: the most frequent request of all.
    path(
        "doe-mee/<str:code>/bewaar/<slug:soort>/<int:pk>/<slug:veld>/",
        views.bewaar,
        name="bewaar",
    ),
    path("doe-mee/", views.code_ingeven, name="code_ingeven"),
    path("verder/", views.verder, name="verder"),
    # Links from before the token moved into the fragment: a page that asks to post it.
    path("verder/<str:token>/", views.verder_oud, name="verder_oud"),
]
