"""Two views: a bare "ok" and the autosave's physical floor, one compare-and-swap UPDATE."""

from django.db import connection
from django.http import HttpRequest, HttpResponse
from django.urls import path
from django.views.decorators.csrf import csrf_exempt

TABEL = "vloer_veld"
RIJEN = 1000


def maak_tabel() -> None:
    """A fresh table with RIJEN rows at version 0 (run once before the server starts)."""
    with connection.cursor() as cursor:
        cursor.execute(f"DROP TABLE IF EXISTS {TABEL}")
        cursor.execute(
            f"CREATE TABLE {TABEL} (id integer PRIMARY KEY, versie integer NOT NULL, "
            "waarde varchar(2000) NOT NULL)"
        )
        cursor.executemany(
            f"INSERT INTO {TABEL} (id, versie, waarde) VALUES (%s, 0, '')",
            [(i,) for i in range(1, RIJEN + 1)],
        )


def ok(request: HttpRequest) -> HttpResponse:
    return HttpResponse("ok")


@csrf_exempt
def update(request: HttpRequest) -> HttpResponse:
    """`UPDATE … WHERE id AND version`, as the autosave's compare-and-swap must at least do."""
    pk, versie = int(request.POST["id"]), int(request.POST["versie"])
    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE {TABEL} SET waarde = %s, versie = versie + 1 WHERE id = %s AND versie = %s",
            [request.POST["waarde"], pk, versie],
        )
        if cursor.rowcount == 1:
            return HttpResponse(f"{pk} {versie + 1}")
        # Only on a conflict: the current version, so the client can go on from it.
        cursor.execute(f"SELECT versie FROM {TABEL} WHERE id = %s", [pk])
        return HttpResponse(f"{pk} {cursor.fetchone()[0]}", status=409)


urlpatterns = [path("ok/", ok), path("update/", update)]
