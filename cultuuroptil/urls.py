from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from begeleiding.forms import WachtwoordWijzigenForm
from sessies import views as sessie_views

handler400 = "cultuuroptil.lib.foutpaginas.handler400"
handler500 = "cultuuroptil.lib.foutpaginas.handler500"

urlpatterns = [
    # The autosave and the join flow first: a full room sends about ten saves a second.
    path("", include("sessies.urls")),
    path("", sessie_views.home, name="home"),
    path("aanmelden/", auth_views.LoginView.as_view(), name="login"),
    path("afmelden/", auth_views.LogoutView.as_view(), name="logout"),
    path(
        "wachtwoord/",
        auth_views.PasswordChangeView.as_view(form_class=WachtwoordWijzigenForm),
        name="password_change",
    ),
    path(
        "wachtwoord/gewijzigd/",
        auth_views.PasswordChangeDoneView.as_view(),
        name="password_change_done",
    ),
    path("beheer/", admin.site.urls),
    # Participants' requests (saves, polls, pages) are most of a room's traffic: their apps
    # first, so their URLs are found before the facilitator's twenty patterns are tried.
    path("", include("werking.urls")),
    path("", include("partnerkaarten.urls")),
    path("", include("rapport.urls")),
    path("", include("begeleiding.urls")),
]
