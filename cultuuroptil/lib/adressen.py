"""Where a page may send a browser after a post, from what the browser itself sent."""

from django.utils.http import url_has_allowed_host_and_scheme


def lokaal_pad(waarde: str | None) -> str | None:
    """`waarde` when it is a path on this site ("/doe-mee/..."), else None.

    Only paths: redirect() would try a bare word ("x") as a URL name and fail with a 500, and
    anything with a scheme or host ("//evil.example", "/\\evil.example") leads elsewhere.
    """
    if not waarde or not waarde.startswith("/") or waarde.startswith(("//", "/\\")):
        return None
    if any(ord(teken) < 32 or ord(teken) == 127 for teken in waarde):
        return None
    if not url_has_allowed_host_and_scheme(waarde, allowed_hosts=None):
        return None
    return waarde
