"""benchmarks/meetwsgi.py: the load benchmark's server measures its CPU per kind of request,
and the client reads the difference over a step from the file the server writes."""

import time

from benchmarks import meetwsgi


def test_it_names_each_kind_of_request_as_the_benchmark_prints_it() -> None:
    s = meetwsgi.soort_van
    assert s("POST", "/doe-mee/K7M4QX/bewaar/kenmerk/3/tekst/", "200 OK", "application/json") == (
        "bewaren"
    )
    assert s("POST", "/doe-mee/K7/bewaar/werking/3/doel/", "409 Conflict", "") == "bewaren"
    assert s("GET", "/doe-mee/K7/stap-2/", "200 OK", "application/json") == "deelnemer JSON"
    assert s("GET", "/doe-mee/K7/stap-2/", "304 Not Modified", "") == "deelnemer 304"
    assert s("GET", "/doe-mee/K7/stap-3/", "200 OK", "text/html; charset=utf-8") == (
        "pagina stap-3"
    )
    assert s("GET", "/doe-mee/K7/", "200 OK", "text/html") == "deelnemen"
    assert s("GET", "/sessies/K7/", "200 OK", "text/html") == "dashboard"
    assert s("GET", "/sessies/K7/", "304 Not Modified", "") == "dashboard 304"
    assert s("GET", "/sessies/K7/scherm/", "200 OK", "text/html") == "projector"
    assert s("GET", "/sessies/", "200 OK", "text/html") == "overig"


def app(environ, start_response):
    """A WSGI app whose pages cost CPU and whose saves cost almost none."""
    if environ["PATH_INFO"].endswith("/stap-1/"):
        einde = time.thread_time() + 0.02
        while time.thread_time() < einde:
            pass
    start_response("200 OK", [("Content-Type", "text/html")])
    return [b"ok"]


def vraag(meter: meetwsgi.Meter, methode: str, pad: str) -> bytes:
    antwoord = meter({"REQUEST_METHOD": methode, "PATH_INFO": pad}, lambda *a: None)
    try:
        return b"".join(antwoord)
    finally:
        antwoord.close()


def test_it_adds_each_requests_cpu_to_its_kind_and_writes_the_totals(tmp_path) -> None:
    bestand = tmp_path / "meet.json"
    meter = meetwsgi.Meter(app, str(bestand), interval=0.05)
    voor = meetwsgi.lees(bestand)
    assert voor == {}
    for _ in range(3):
        assert vraag(meter, "GET", "/doe-mee/K7/stap-1/") == b"ok"
        vraag(meter, "POST", "/doe-mee/K7/bewaar/werking/1/doel/")
    time.sleep(0.3)
    na = meetwsgi.lees(bestand)
    assert na == meter.stand()
    verschil = meetwsgi.verschil(voor, na)
    assert verschil.keys() == {"pagina stap-1", "bewaren"}
    aantal, cpu = verschil["pagina stap-1"]
    assert aantal == 3 and 0.055 < cpu < 0.5
    assert verschil["bewaren"][0] == 3 and verschil["bewaren"][1] < 0.01
    # Only what happened between two readings counts.
    vraag(meter, "POST", "/doe-mee/K7/bewaar/werking/1/doel/")
    laatste = meetwsgi.verschil(na, meter.stand())
    assert list(laatste) == ["bewaren"] and laatste["bewaren"][0] == 1
