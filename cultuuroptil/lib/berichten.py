"""Django's messages, stored as by default (a cookie, the session when it is too large), with
the cookie's signer made only when a message is read or written: every request sets up the
storage, and building a signer cost an autosave a few percent of its time."""

from functools import cached_property

from django.contrib.messages.storage.base import BaseStorage
from django.contrib.messages.storage.cookie import CookieStorage
from django.contrib.messages.storage.fallback import FallbackStorage
from django.contrib.messages.storage.session import SessionStorage
from django.core import signing


class LuieCookieStorage(CookieStorage):
    def __init__(self, *args, **kwargs) -> None:
        BaseStorage.__init__(self, *args, **kwargs)

    @cached_property
    def signer(self) -> signing.Signer:
        return signing.get_cookie_signer(salt=self.key_salt)


class BerichtenOpslag(FallbackStorage):
    storage_classes = (LuieCookieStorage, SessionStorage)
