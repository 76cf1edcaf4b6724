from django.urls import path

from . import views

app_name = "begeleiding"
urlpatterns = [
    path("sessies/", views.overzicht, name="overzicht"),
    path("sessies/nieuw/", views.nieuw, name="nieuw"),
    path("sessies/<str:code>/", views.detail, name="detail"),
    path("sessies/<str:code>/status/", views.status, name="status"),
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
]
