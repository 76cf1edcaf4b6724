"""URLs for many rows (cultuuroptil/lib/adressen.py): reversed once, then concatenated; the
kept ones are the same URLs, also when the app runs under a sub-path."""

from django.urls import reverse, set_script_prefix

from cultuuroptil.lib.adressen import UrlPerId


def test_it_builds_each_rows_url_as_reverse_does() -> None:
    url = UrlPerId("sessies:bewaar", "K7M4QX", "kenmerk", None, "tekst")
    for pk in (1, 42, 987654):
        assert url(pk) == reverse("sessies:bewaar", args=["K7M4QX", "kenmerk", pk, "tekst"])


def test_it_keeps_one_per_name_arguments_and_script_prefix() -> None:
    eerste = UrlPerId.bewaard("sessies:bewaar", "K7M4QX", "idee", None, "tekst")
    assert UrlPerId.bewaard("sessies:bewaar", "K7M4QX", "idee", None, "tekst") is eerste
    ander = UrlPerId.bewaard("sessies:bewaar", "AB12CD", "idee", None, "tekst")
    assert ander(5) == reverse("sessies:bewaar", args=["AB12CD", "idee", 5, "tekst"])
    try:
        set_script_prefix("/cultuur/")
        onder_pad = UrlPerId.bewaard("sessies:bewaar", "K7M4QX", "idee", None, "tekst")
        assert onder_pad(5).startswith("/cultuur/doe-mee/K7M4QX/")
        assert onder_pad(5) == reverse("sessies:bewaar", args=["K7M4QX", "idee", 5, "tekst"])
    finally:
        set_script_prefix("/")
    assert eerste(5).startswith("/doe-mee/")
