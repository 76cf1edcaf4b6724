"""Serving a real room: the laptop's LAN address, the join URL participants can reach and its
QR code, and `make run` without Django's development server."""

import html
import re
from pathlib import Path

import ifaddr
import pytest
import segno
from django.test import Client

from begeleiding.services import qr_svg
from cultuuroptil.lib.netwerk import lan_adressen

pytestmark = pytest.mark.django_db

BASIS = Path(__file__).resolve().parents[2]


def adapter(naam: str, *adressen: str | tuple) -> ifaddr.Adapter:
    ips = [ifaddr.IP(a, 24 if isinstance(a, str) else 64, naam) for a in adressen]
    return ifaddr.Adapter(naam, naam, ips)


def test_it_finds_the_wifi_address_among_the_interfaces() -> None:
    adapters = [
        adapter("lo", "127.0.0.1", ("::1", 0, 0)),
        adapter("docker0", "172.17.0.1"),
        adapter("en0", "169.254.10.3", "192.168.1.23", ("fe80::1", 0, 2)),
    ]
    assert lan_adressen(adapters) == ["192.168.1.23"]


def test_it_lists_private_addresses_first_and_each_once() -> None:
    adapters = [
        adapter("eth1", "85.10.1.2"),
        adapter("eth0", "10.0.4.7"),
        adapter("wlan0", "192.168.0.14", "192.168.0.14"),
    ]
    assert lan_adressen(adapters) == ["192.168.0.14", "10.0.4.7", "85.10.1.2"]


def test_it_finds_nothing_on_a_laptop_with_only_loopback() -> None:
    assert lan_adressen([adapter("lo", "127.0.0.1")]) == []


def test_it_reads_this_machines_own_interfaces() -> None:
    gevonden = lan_adressen()
    assert all(not a.startswith("127.") for a in gevonden)
    assert all(re.fullmatch(r"\d+\.\d+\.\d+\.\d+", a) for a in gevonden)


def test_it_shows_the_join_url_on_the_address_the_browser_used(begeleider, sessie) -> None:
    client = Client()
    client.force_login(begeleider)
    body = html.unescape(client.get(f"/sessies/{sessie.code}/").content.decode())
    assert f"http://testserver/doe-mee/{sessie.code}/" in body


def test_it_shows_the_join_url_on_site_url_when_set(settings, begeleider, sessie) -> None:
    settings.SITE_URL = "http://192.168.1.23:8000"
    client = Client()
    client.force_login(begeleider)
    body = html.unescape(client.get(f"/sessies/{sessie.code}/").content.decode())
    url = f"http://192.168.1.23:8000/doe-mee/{sessie.code}/"
    assert url in body
    assert "testserver/doe-mee" not in body


def test_it_draws_the_qr_code_of_exactly_the_join_url(settings, begeleider, sessie) -> None:
    settings.SITE_URL = "http://192.168.1.23:8000"
    url = f"http://192.168.1.23:8000/doe-mee/{sessie.code}/"
    client = Client()
    client.force_login(begeleider)
    body = client.get(f"/sessies/{sessie.code}/").content.decode()

    # segno cannot decode; the page carries the SVG segno draws for exactly this URL.
    svg = qr_svg(url, f"QR-code: {url}")
    assert svg in body
    assert svg != qr_svg(url.replace(sessie.code, "K7M4QX"), f"QR-code: {url}")
    assert segno.make(url, error="m").designator  # a valid QR code of this content
    assert f'aria-label="QR-code die naar {url} leidt"' in body
    assert f"<title>QR-code: {url}</title>" in svg


def test_it_announces_the_code_as_text_for_screen_readers(begeleider, sessie) -> None:
    client = Client()
    client.force_login(begeleider)
    body = client.get(f"/sessies/{sessie.code}/").content.decode()
    assert (
        f'<p class="grote-code"><span class="visueel-verborgen">Code: </span>{sessie.code}</p>'
        in body
    )
    assert 'aria-label="Code"' not in body


def test_it_serves_make_run_with_waitress_and_collected_static_files() -> None:
    makefile = (BASIS / "Makefile").read_text()
    run = makefile[makefile.index("\nrun:") : makefile.index("\ntest:")]
    assert "runserver" not in run
    assert "manage.py serveer" in run
    assert "collectstatic" in run
    assert "STATIC_MANIFEST=true" in makefile
    assert "ZAAL=true" in makefile


def test_it_allows_the_lan_address_as_host_in_the_room(settings, begeleider, sessie) -> None:
    # What settings.py does with ZAAL=true, with the address the interfaces gave.
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "192.168.1.23"]
    response = Client().get(f"/doe-mee/{sessie.code}/", HTTP_HOST="192.168.1.23:8000")
    assert response.status_code == 200
    assert Client().get("/", HTTP_HOST="10.9.9.9").status_code == 400
