from django.urls import path

from . import views

app_name = "werking"
urlpatterns = [
    path("gemeenten/", views.gemeente_suggesties, name="gemeente_suggesties"),
    path("doe-mee/<str:code>/", views.doe_mee, name="doe_mee"),
    path("doe-mee/<str:code>/stap-1/", views.stap1, name="stap1"),
    path("doe-mee/<str:code>/stap-1/gegevens/", views.stap1_gegevens, name="stap1_gegevens"),
    path("doe-mee/<str:code>/stap-2/", views.stap2, name="stap2"),
    path("doe-mee/<str:code>/stap-2/nieuw/", views.kenmerk_nieuw, name="kenmerk_nieuw"),
    path(
        "doe-mee/<str:code>/stap-2/<int:pk>/verplaats/",
        views.kenmerk_verplaats,
        name="kenmerk_verplaats",
    ),
    path(
        "doe-mee/<str:code>/stap-2/<int:pk>/verwijder/",
        views.kenmerk_verwijder,
        name="kenmerk_verwijder",
    ),
    path(
        "doe-mee/<str:code>/stap-2/<int:pk>/herstel/",
        views.kenmerk_herstel,
        name="kenmerk_herstel",
    ),
]
