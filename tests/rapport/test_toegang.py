"""Who gets which report: facilitator and coordinators the session's, participants only their
own werking's; every other combination answers 404 (or the login page for nobody)."""

import pytest
from django.test import Client
from django.urls import reverse

EXPORTS = ["partners.csv", "partners.xlsx", "netwerk-kumu.xlsx", "netwerk.gexf"]


def sessie_urls(sessie, werking) -> list[str]:
    return [
        reverse("rapport:sessie", args=[sessie.code]),
        reverse("rapport:werking", args=[sessie.code, werking.pk]),
        *(reverse("rapport:export", args=[sessie.code, e]) for e in EXPORTS),
    ]


def test_the_facilitator_and_coordinators_get_the_report_and_exports(
    gevuld, begeleider_client, coordinator
) -> None:
    cora = Client()
    cora.force_login(coordinator)
    for client in (begeleider_client, cora):
        for url in sessie_urls(gevuld.bib.sessie, gevuld.klinker):
            response = client.get(url)
            assert response.status_code == 200, url
            assert response["Cache-Control"] == "private, no-store"
            assert "attachment" in response["Content-Disposition"]


def test_another_facilitator_gets_404(gevuld, andere_begeleider) -> None:
    client = Client()
    client.force_login(andere_begeleider)
    for url in sessie_urls(gevuld.bib.sessie, gevuld.klinker):
        assert client.get(url).status_code == 404, url


def test_nobody_logged_in_goes_to_the_login_page(gevuld) -> None:
    for url in sessie_urls(gevuld.bib.sessie, gevuld.klinker):
        response = Client().get(url)
        assert response.status_code == 302
        assert response["Location"].startswith("/aanmelden/")


def test_a_werking_of_another_session_or_an_unknown_export_is_404(
    gevuld, begeleider_client, kempen
) -> None:
    code = gevuld.bib.sessie.code
    assert (
        begeleider_client.get(f"/sessies/{code}/rapport/{kempen.werking.pk}.pdf").status_code == 404
    )
    assert begeleider_client.get(f"/sessies/{code}/export/geheim.txt").status_code == 404
    # The facilitator of this session cannot read the other session's report either.
    assert begeleider_client.get(f"/sessies/{kempen.sessie.code}/rapport.pdf").status_code == 404


def test_a_participant_gets_only_their_own_werkings_report(gevuld, sofie, klinker) -> None:
    response = sofie.client.get(sofie.url("rapport.pdf"))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert "bibliotheek-pajottegem" in response["Content-Disposition"]
    assert klinker.client.get(klinker.url("rapport.pdf"))["Content-Disposition"].endswith(
        'jeugdhuis-de-klinker.pdf"'
    )
    # Not the session's report, not another werking's, not the exports.
    for url in sessie_urls(gevuld.bib.sessie, gevuld.klinker):
        assert sofie.client.get(url).status_code == 302  # to the login page


def test_a_participant_of_another_session_gets_nothing_here(gevuld, kempen) -> None:
    response = kempen.client.get(f"/doe-mee/{gevuld.bib.sessie.code}/rapport.pdf")
    assert response.status_code == 302
    assert response["Location"] == gevuld.bib.sessie.deelname_url()
    response = kempen.client.get(
        f"/doe-mee/{gevuld.bib.sessie.code}/rapport.pdf", HTTP_HX_REQUEST="true"
    )
    assert response.status_code == 404


@pytest.mark.parametrize("methode", ["post", "put", "delete"])
def test_reports_only_answer_get(gevuld, begeleider_client, sofie, methode) -> None:
    code = gevuld.bib.sessie.code
    assert getattr(begeleider_client, methode)(f"/sessies/{code}/rapport.pdf").status_code == 405
    assert getattr(sofie.client, methode)(sofie.url("rapport.pdf")).status_code == 405


def test_the_blank_kit_is_public(referentiedata) -> None:
    response = Client().get("/werkmateriaal.pdf")
    assert response.status_code == 200
    assert response.content.startswith(b"%PDF")
