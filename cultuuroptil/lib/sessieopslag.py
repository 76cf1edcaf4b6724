"""Django's database sessions (the facilitators' logins), with the lookup that every one of
their requests makes compiled once: the dashboard and the projector poll every 3 s per room,
and building and compiling that query was about a seventh of such a poll."""

import datetime

from django.contrib.sessions.backends.db import SessionStore as DatabaseSessionStore
from django.contrib.sessions.models import Session
from django.utils import timezone

from .voorbereid import VoorbereideQuery

_SESSIE = VoorbereideQuery(
    lambda sleutel, nu: Session.objects.filter(session_key=sleutel, expire_date__gt=nu)[:1],
    "§sessiesleutel§",
    datetime.datetime(2001, 6, 5, 4, 3, 2, tzinfo=datetime.UTC),
)


class SessionStore(DatabaseSessionStore):
    def _get_session_from_db(self) -> Session | None:
        """As Django's own: the session if it has not expired, else None and no key."""
        sessie = _SESSIE.eerste(self.session_key, timezone.now())
        if sessie is None:
            self._session_key = None
        return sessie
