from django.urls import path

from . import views

app_name = "sessies"
urlpatterns = [
    path("sessies/", views.overzicht, name="overzicht"),
    path("sessies/nieuw/", views.nieuw, name="nieuw"),
    path("sessies/<str:code>/", views.detail, name="detail"),
    path("sessies/<str:code>/status/", views.status, name="status"),
    path("doe-mee/", views.code_ingeven, name="code_ingeven"),
    path("doe-mee/<str:code>/", views.doe_mee, name="doe_mee"),
    path("verder/<str:token>/", views.verder, name="verder"),
]
