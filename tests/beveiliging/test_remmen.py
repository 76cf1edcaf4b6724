"""Throttled guessing: wrong join codes per client address, logins per account and address.
Counters live in the shared cache (the database cache here, as in production)."""

import re
import subprocess
import sys

import pytest
from django.conf import settings
from django.contrib.auth.models import User
from django.db import connection
from django.test import Client

from sessies.models import Deelnemer, Sessie

pytestmark = pytest.mark.django_db

LIMIET = 30
JUIST = {"username": "an", "password": "workshop-2026!"}


def foute_codes(client: Client, aantal: int, **extra) -> list[int]:
    # Well-formed codes (no 0/O/1/I/L) that no session has.
    return [
        client.get(f"/doe-mee/ZZZ{i:03d}/".replace("0", "Z"), **extra).status_code
        for i in range(aantal)
    ]


def test_it_answers_429_in_dutch_after_30_wrong_codes_a_minute(client, referentiedata) -> None:
    assert foute_codes(client, LIMIET) == [404] * LIMIET
    response = client.get("/doe-mee/QQQQQQ/")
    assert response.status_code == 429
    assert "Te veel pogingen vanaf dit adres" in response.content.decode()
    assert response["Retry-After"] == "60"
    # The code field on the home page leads to the same join page, so it is throttled too.
    assert client.get("/doe-mee/", {"code": "QQQQQR"}, follow=True).status_code == 429


def test_it_lets_a_correct_code_in_from_an_address_over_the_limit(client, sessie) -> None:
    foute_codes(client, LIMIET + 5)
    assert client.get(f"/doe-mee/{sessie.code}/").status_code == 200
    response = client.post(
        f"/doe-mee/{sessie.code}/",
        {"naam": "Eva", "werking": "nieuw", "nieuwe_werking": "Bib Gooik", "gemeente": "Gooik"},
    )
    assert response.status_code == 302
    assert Deelnemer.objects.filter(naam="Eva").exists()


def test_it_never_counts_correct_codes(client, sessie) -> None:
    # A whole room behind one venue address joins and reloads: never blocked.
    for _ in range(3 * LIMIET):
        assert Client().get(f"/doe-mee/{sessie.code}/").status_code == 200
    assert foute_codes(client, LIMIET) == [404] * LIMIET


def test_it_counts_per_client_address(client, referentiedata) -> None:
    foute_codes(client, LIMIET + 1)
    assert client.get("/doe-mee/QQQQQQ/").status_code == 429
    assert client.get("/doe-mee/QQQQQQ/", REMOTE_ADDR="192.0.2.7").status_code == 404


def test_it_trusts_x_forwarded_for_only_from_a_configured_proxy(
    client, referentiedata, settings
) -> None:
    # Without a trusted proxy a forged header changes nothing: one address, one counter.
    for i in range(LIMIET):
        client.get(
            f"/doe-mee/QQQ{i:03d}/".replace("0", "Q").replace("1", "R"),
            HTTP_X_FORWARDED_FOR=f"198.51.100.{i}",
        )
    assert client.get("/doe-mee/QQQQQQ/", HTTP_X_FORWARDED_FOR="203.0.113.9").status_code == 429
    # Behind our proxy the client is the right-most address the proxy did not add itself.
    settings.VERTROUWDE_PROXIES = ["10.0.0.5"]
    via_proxy = {"REMOTE_ADDR": "10.0.0.5", "HTTP_X_FORWARDED_FOR": "6.6.6.6, 192.0.2.50"}
    assert foute_codes(client, LIMIET, **via_proxy) == [404] * LIMIET
    assert client.get("/doe-mee/QQQQQQ/", **via_proxy).status_code == 429
    ander = {"REMOTE_ADDR": "10.0.0.5", "HTTP_X_FORWARDED_FOR": "192.0.2.51"}
    assert client.get("/doe-mee/QQQQQQ/", **ander).status_code == 404


@pytest.mark.parametrize("status", [Sessie.Status.VERGRENDELD, Sessie.Status.GESLOTEN])
def test_it_answers_a_locked_or_closed_session_exactly_like_an_unknown_code(
    client, sessie, status
) -> None:
    sessie.status = status
    sessie.save()
    dicht = client.get(f"/doe-mee/{sessie.code}/")
    onbekend = client.get("/doe-mee/QQQQQQ/")
    assert dicht.status_code == onbekend.status_code == 404
    zonder_code = [
        re.sub(r"[A-Za-z0-9]{64}|QQQQQQ|" + sessie.code, "", r.content.decode())
        for r in (dicht, onbekend)
    ]
    assert zonder_code[0] == zonder_code[1]
    # Deeper URLs too: a browser without a participant is sent to the join page either way.
    assert client.get(f"/doe-mee/{sessie.code}/stap-1/")["Location"] == f"/doe-mee/{sessie.code}/"
    assert client.get("/doe-mee/QQQQQQ/stap-1/")["Location"] == "/doe-mee/QQQQQQ/"
    # And a locked code counts as a wrong one.
    foute_codes(client, LIMIET)
    assert client.get(f"/doe-mee/{sessie.code}/").status_code == 429


def test_a_participant_of_a_closed_session_still_gets_in(sofie) -> None:
    Sessie.objects.filter(pk=sofie.sessie.pk).update(status=Sessie.Status.GESLOTEN)
    foute_codes(sofie.client, LIMIET + 1)
    assert sofie.client.get(f"/doe-mee/{sofie.sessie.code}/").status_code == 302
    assert sofie.client.get(sofie.url("stap-1/")).status_code == 200


@pytest.mark.parametrize("pad", ["/aanmelden/", "/beheer/login/"])
def test_it_throttles_logins_per_account_and_address(client, pad) -> None:
    User.objects.create_superuser("an", password="workshop-2026!")
    for _ in range(settings.REM_AANMELDEN_ACCOUNT):
        response = client.post(pad, {"username": "an", "password": "fout"})
        assert response.status_code == 200
    # Over the limit even the right password waits: that is what stops guessing.
    response = client.post(pad, {"username": "an", "password": "workshop-2026!"})
    assert response.status_code == 429
    assert "Te veel pogingen" in response.content.decode()
    # Another address is not blocked for that account.
    response = client.post(
        pad, {"username": "an", "password": "workshop-2026!"}, REMOTE_ADDR="192.0.2.9"
    )
    assert response.status_code == 302


def test_it_throttles_one_address_trying_many_accounts(client, db) -> None:
    for i in range(settings.REM_AANMELDEN_ADRES):
        client.post("/aanmelden/", {"username": f"gok{i}", "password": "fout"})
    User.objects.create_user("an", password="workshop-2026!")
    response = client.post("/aanmelden/", {"username": "an", "password": "workshop-2026!"})
    assert response.status_code == 429


def test_an_attackers_30_wrong_logins_do_not_lock_a_colleague_at_the_same_venue(db) -> None:
    """A whole venue shares one address (NAT): an attacker there guessing An's password and
    trying names may not lock Bert, at the same address, out of his own account."""
    User.objects.create_user("an", password="workshop-2026!")
    User.objects.create_user("bert", password="workshop-2026!")
    aanvaller = Client()
    statussen = [
        aanvaller.post("/aanmelden/", {"username": naam, "password": "fout"}).status_code
        for naam in ["an"] * settings.REM_AANMELDEN_ACCOUNT + [f"gok{i}" for i in range(25)]
    ]
    assert len(statussen) == 30 and statussen.count(200) == 30
    # An is still guarded from this address ...
    response = aanvaller.post("/aanmelden/", {"username": "an", "password": "workshop-2026!"})
    assert response.status_code == 429
    # ... but Bert, a colleague at the same address, logs in with his right password.
    bert = Client()
    response = bert.post("/aanmelden/", {"username": "bert", "password": "workshop-2026!"})
    assert response.status_code == 302


def test_the_owner_gets_in_from_a_known_browser_while_her_account_is_being_guessed(db) -> None:
    User.objects.create_user("an", password="workshop-2026!")
    an = Client()
    assert an.post("/aanmelden/", JUIST).status_code == 302
    an.post("/afmelden/")
    # Guesses from her own venue address and from many others.
    for i in range(settings.REM_AANMELDEN_ACCOUNT_TOTAAL):
        Client().post(
            "/aanmelden/", {"username": "an", "password": "fout"}, REMOTE_ADDR=f"198.51.100.{i}"
        )
    for _ in range(settings.REM_AANMELDEN_ACCOUNT):
        Client().post("/aanmelden/", {"username": "an", "password": "fout"})
    vreemde = Client().post("/aanmelden/", {"username": "an", "password": "workshop-2026!"})
    assert vreemde.status_code == 429
    # Her browser, where she logged in before, is not locked out by strangers.
    assert an.post("/aanmelden/", JUIST).status_code == 302


def test_it_throttles_guessing_one_account_from_many_addresses(db) -> None:
    User.objects.create_user("an", password="workshop-2026!")
    for i in range(settings.REM_AANMELDEN_ACCOUNT_TOTAAL):
        response = Client().post(
            "/aanmelden/", {"username": "an", "password": "fout"}, REMOTE_ADDR=f"198.51.100.{i}"
        )
        assert response.status_code == 200
    # A new address, even with the right password: the account waits (without a known device).
    response = Client().post(
        "/aanmelden/", {"username": "AN ", "password": "workshop-2026!"}, REMOTE_ADDR="203.0.113.1"
    )
    assert response.status_code == 429
    assert "Te veel mislukte pogingen voor deze gebruikersnaam" in response.content.decode()
    assert response["Retry-After"] == str(settings.REM_AANMELDEN_VENSTER)
    # Another account from that address is not affected.
    User.objects.create_user("bert", password="workshop-2026!")
    response = Client().post(
        "/aanmelden/", {"username": "bert", "password": "workshop-2026!"}, REMOTE_ADDR="203.0.113.1"
    )
    assert response.status_code == 302


def test_a_known_device_cookie_counts_only_for_its_own_account_and_when_signed(db) -> None:
    User.objects.create_user("an", password="workshop-2026!")
    User.objects.create_user("bert", password="workshop-2026!")
    an = Client()
    response = an.post("/aanmelden/", {"username": "an", "password": "workshop-2026!"})
    koekje = response.cookies["cu_toestel"]
    assert koekje["httponly"]
    assert not koekje.value.startswith("an|")
    an.post("/afmelden/")
    # The cookie is An's: guessing Bert from her browser is throttled as from anyone.
    for _ in range(settings.REM_AANMELDEN_ACCOUNT):
        assert an.post("/aanmelden/", {"username": "bert", "password": "fout"}).status_code == 200
    assert an.post("/aanmelden/", {"username": "bert", "password": "x"}).status_code == 429
    # A forged cookie is ignored.
    vals = Client()
    vals.cookies["cu_toestel"] = "an|zelfgemaakt"
    for _ in range(settings.REM_AANMELDEN_ACCOUNT):
        vals.post("/aanmelden/", {"username": "an", "password": "fout"}, REMOTE_ADDR="192.0.2.3")
    response = vals.post(
        "/aanmelden/", {"username": "an", "password": "workshop-2026!"}, REMOTE_ADDR="192.0.2.3"
    )
    assert response.status_code == 429
    # Five wrong tries in her own browser lock that browser too.
    for _ in range(settings.REM_AANMELDEN_ACCOUNT):
        assert an.post("/aanmelden/", {"username": "an", "password": "fout"}).status_code == 200
    assert an.post("/aanmelden/", JUIST).status_code == 429


def test_a_successful_login_clears_its_own_failures(client, begeleider) -> None:
    for _ in range(settings.REM_AANMELDEN_ACCOUNT - 1):
        client.post("/aanmelden/", {"username": "an", "password": "fout"})
    assert (
        client.post("/aanmelden/", {"username": "an", "password": "workshop-2026!"}).status_code
        == 302
    )
    client.post("/afmelden/")
    for _ in range(settings.REM_AANMELDEN_ACCOUNT - 1):
        assert client.post("/aanmelden/", {"username": "an", "password": "fout"}).status_code == 200


def test_it_keeps_the_counters_in_the_shared_database_cache(client, referentiedata) -> None:
    assert settings.CACHES["default"]["BACKEND"].endswith("DatabaseCache")
    foute_codes(client, 1)
    with connection.cursor() as cursor:
        cursor.execute("SELECT cache_key FROM cultuuroptil_cache")
        sleutels = [rij[0] for rij in cursor.fetchall()]
    assert any("rem:code:" in sleutel for sleutel in sleutels)
    # Hashed: the table never shows a client address.
    assert not any("127.0.0.1" in sleutel for sleutel in sleutels)


def test_it_keeps_the_login_counters_in_the_shared_cache(client, db) -> None:
    client.post("/aanmelden/", {"username": "mieke", "password": "fout"})
    with connection.cursor() as cursor:
        cursor.execute("SELECT cache_key FROM cultuuroptil_cache")
        sleutels = [rij[0] for rij in cursor.fetchall()]
    for soort in ("login-account", "login-account-totaal", "login-adres"):
        assert any(f"rem:{soort}:" in sleutel for sleutel in sleutels), soort
    assert not any("mieke" in sleutel or "127.0.0.1" in sleutel for sleutel in sleutels)
    # Another app process reads the same table: a fresh cache object sees the count.
    from django.core.cache import caches
    from django.core.cache.backends.db import DatabaseCache

    anders = DatabaseCache("cultuuroptil_cache", {})
    assert isinstance(caches["default"], DatabaseCache)
    assert any(anders.get(s.split(":", 2)[-1]) for s in sleutels if "login-adres" in s)


def test_it_uses_redis_when_redis_url_is_set() -> None:
    code = (
        "import django; from django.conf import settings; django.setup(); "
        "print(settings.CACHES['default']['BACKEND'], settings.CACHES['default']['LOCATION'])"
    )
    uitvoer = subprocess.run(
        [sys.executable, "-c", code],
        env={
            "DJANGO_SETTINGS_MODULE": "cultuuroptil.settings",
            "REDIS_URL": "redis://127.0.0.1:6390/0",
            "SECRET_KEY": "x",
            "PATH": "/usr/bin:/bin",
        },
        capture_output=True,
        text=True,
        check=True,
        cwd=settings.BASE_DIR,
    ).stdout
    assert uitvoer.split() == [
        "django.core.cache.backends.redis.RedisCache",
        "redis://127.0.0.1:6390/0",
    ]


@pytest.mark.parametrize(
    "spelling",
    ["\uff21\uff2e", "\U0001d68a\U0001d697", "\uff21n"],
    ids=["breed", "wiskunde", "half"],
)
def test_it_counts_a_lookalike_spelling_against_the_same_account(client, spelling) -> None:
    # The login form reads fullwidth or mathematical letters (NFKC) as "an": a new spelling
    # is no new budget.
    User.objects.create_user("an", password="workshop-2026!")
    for _ in range(settings.REM_AANMELDEN_ACCOUNT):
        assert client.post("/aanmelden/", {"username": "an", "password": "fout"}).status_code == 200
    response = client.post("/aanmelden/", {"username": spelling, "password": "workshop-2026!"})
    assert response.status_code == 429
