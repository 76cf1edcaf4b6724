from django.urls import path

from . import views

app_name = "rapport"

S = "sessies/<str:code>/"
urlpatterns = [
    path(S + "rapport.pdf", views.sessie_rapport, name="sessie"),
    path(S + "rapport/<int:pk>.pdf", views.werking_rapport, name="werking"),
    path(S + "export/<str:bestandnaam>", views.export, name="export"),
    path("doe-mee/<str:code>/klaar/", views.klaar, name="klaar"),
    path("doe-mee/<str:code>/rapport.pdf", views.eigen_rapport, name="eigen"),
    path("werkmateriaal.pdf", views.kit, name="kit"),
]
