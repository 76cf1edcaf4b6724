from django.urls import path

from . import views

app_name = "begeleiding"
urlpatterns = [
    path("sessies/", views.overzicht, name="overzicht"),
    path("sessies/nieuw/", views.nieuw, name="nieuw"),
    path("sessies/<str:code>/", views.detail, name="detail"),
    path("sessies/<str:code>/status/", views.status, name="status"),
    path("sessies/<str:code>/bewerken/", views.bewerk, name="bewerk"),
    path("sessies/<str:code>/dupliceren/", views.dupliceer, name="dupliceer"),
    path("sessies/<str:code>/verwijderen/", views.verwijder, name="verwijder"),
    path("sessies/<str:code>/scherm/", views.scherm, name="scherm"),
    path("sessies/<str:code>/opruimen/", views.opruimen, name="opruimen"),
    path("sessies/<str:code>/opruimen/samenvoegen/", views.samenvoegen, name="samenvoegen"),
    path(
        "sessies/<str:code>/opruimen/deelnemer/<int:pk>/verwijderen/",
        views.deelnemer_verwijder,
        name="deelnemer_verwijder",
    ),
    path("sessies/<str:code>/opruimen/<int:pk>/ongedaan/", views.ongedaan, name="ongedaan"),
    path("sessies/<str:code>/muur/<int:pk>/verbergen/", views.verberg, name="verberg"),
    path("sessies/<str:code>/coordinatoren/", views.coordinatoren, name="coordinatoren"),
    path("uitnodiging/<str:token>/", views.uitnodiging, name="uitnodiging"),
    path("sessies/<str:code>/inspiratie/", views.inspiratie, name="inspiratie"),
    path(
        "sessies/<str:code>/inspiratie/categorie/",
        views.inspiratie_categorie,
        name="inspiratie_categorie",
    ),
    path(
        "sessies/<str:code>/inspiratie/<int:pk>/aanvaard/",
        views.voorbeeld_aanvaard,
        name="voorbeeld_aanvaard",
    ),
    path("sessies/<str:code>/inspiratie/<int:pk>/weg/", views.voorbeeld_weg, name="voorbeeld_weg"),
    path("sessies/<str:code>/bollenschema/", views.zaal_bollenschema, name="zaal_bollenschema"),
    path("sessies/<str:code>/werking/<int:pk>/", views.werking, name="werking"),
    path("sessies/<str:code>/fase/", views.fase, name="fase"),
    path("sessies/<str:code>/aandacht/", views.pauze, name="pauze"),
    path("sessies/<str:code>/timer/", views.timer, name="timer"),
]
