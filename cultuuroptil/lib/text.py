"""Text helpers shared by the apps."""

import re
import unicodedata

_SPACES = re.compile(r"\s+")


def normalize_key(text: str) -> str:
    """Comparable form of a name: lower case, no accents, no punctuation, single spaces.

    "Sint-Genesius-Rode" and "sint genesius rode" give the same key, so a search or a
    de-duplication of actors does not depend on how someone typed it.
    """
    decomposed = unicodedata.normalize("NFKD", text)
    without_accents = "".join(c for c in decomposed if not unicodedata.combining(c))
    cleaned = re.sub(r"[^\w\s]", " ", without_accents.casefold())
    return _SPACES.sub(" ", cleaned).strip()


def normalize_newlines(text: str) -> str:
    """Browsers send textarea values with CRLF; store and compare with LF only."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def aantal(n: int, enkelvoud: str, meervoud: str) -> str:
    """A count with its noun in Dutch: "1 partner", "0 partners", "3 partners"."""
    return f"{n} {enkelvoud if n == 1 else meervoud}"
