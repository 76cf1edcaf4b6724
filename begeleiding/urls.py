from django.urls import path

from . import views

app_name = "begeleiding"
urlpatterns = [
    path("sessies/", views.overzicht, name="overzicht"),
    path("sessies/nieuw/", views.nieuw, name="nieuw"),
    path("sessies/<str:code>/", views.detail, name="detail"),
    path("sessies/<str:code>/status/", views.status, name="status"),
    path("sessies/<str:code>/bollenschema/", views.zaal_bollenschema, name="zaal_bollenschema"),
]
