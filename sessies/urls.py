from django.urls import path

from . import views

app_name = "sessies"
urlpatterns = [
    path("doe-mee/", views.code_ingeven, name="code_ingeven"),
    path("verder/<str:token>/", views.verder, name="verder"),
    path(
        "doe-mee/<str:code>/bewaar/<slug:soort>/<int:pk>/<slug:veld>/",
        views.bewaar,
        name="bewaar",
    ),
]
