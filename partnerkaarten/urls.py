from django.urls import path

from . import views

app_name = "partnerkaarten"

D = "doe-mee/<str:code>/"
urlpatterns = [
    path(D + "stap-3/", views.kaarten, name="kaarten"),
    path(D + "stap-3/nieuw/", views.kaart_nieuw, name="kaart_nieuw"),
    path(D + "stap-3/<int:pk>/", views.kaart, name="kaart"),
    path(D + "stap-3/<int:pk>/verwijder/", views.kaart_verwijder, name="kaart_verwijder"),
    path(D + "stap-3/<int:pk>/partner/", views.kaart_partner_nieuw, name="kaart_partner_nieuw"),
    path(
        D + "stap-3/<int:pk>/bestaande-partner/",
        views.kaart_partner_bestaand,
        name="kaart_partner_bestaand",
    ),
    path(
        D + "stap-3/<int:pk>/partner/<int:partner_pk>/weg/",
        views.kaart_partner_weg,
        name="kaart_partner_weg",
    ),
    path(D + "stap-3/<int:pk>/idee/", views.idee_nieuw, name="idee_nieuw"),
    path(D + "stap-3/<int:pk>/idee/<int:idee_pk>/weg/", views.idee_weg, name="idee_weg"),
    path(D + "partners/<int:pk>/", views.partner, name="partner"),
    path(D + "partners/<int:pk>/verwijder/", views.partner_verwijder, name="partner_verwijder"),
    path(D + "bollen/", views.bollen, name="bollen"),
    path(D + "bollen/nieuw/", views.bol_nieuw, name="bol_nieuw"),
    path(D + "bollen/actor/", views.actor_nieuw, name="actor_nieuw"),
    path(D + "bollen/<int:pk>/verwijder/", views.bol_verwijder, name="bol_verwijder"),
    path(D + "combinaties/", views.combinaties, name="combinaties"),
    path(D + "combinaties/nieuw/", views.combinatie_nieuw, name="combinatie_nieuw"),
    path(D + "combinaties/<int:pk>/", views.combinatie_partners, name="combinatie_partners"),
    path(D + "combinaties/<int:pk>/verder/", views.combinatie_verder, name="combinatie_verder"),
    path(
        D + "combinaties/<int:pk>/verwijder/",
        views.combinatie_verwijder,
        name="combinatie_verwijder",
    ),
    path(D + "herstel/<slug:soort>/<int:pk>/", views.herstel, name="herstel"),
    path(D + "inspiratie/", views.inspiratielijst, name="inspiratie"),
    path(D + "inspiratie/voorstel/", views.voorbeeld_voorstel, name="voorbeeld_voorstel"),
    path(D + "netwerk/", views.netwerk, name="netwerk"),
    path(D + "netwerk/<int:pk>/", views.netwerk_rij, name="netwerk_rij"),
    path(D + "netwerk/op-de-lijst/", views.netwerk_op_lijst, name="netwerk_op_lijst"),
]
