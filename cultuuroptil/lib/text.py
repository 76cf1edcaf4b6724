"""Text helpers shared by the apps."""

import re
import unicodedata

_SPACES = re.compile(r"\s+")


def normalize_key(text: str) -> str:
    """Comparable form of a name: lower case, no accents, no punctuation, single spaces.

    "Sint-Genesius-Rode" and "sint genesius rode" give the same key, so a search or a
    de-duplication of actors does not depend on how someone typed it.
    """
    decomposed = unicodedata.normalize("NFKD", zonder_opmaaktekens(text))
    without_accents = "".join(c for c in decomposed if not unicodedata.combining(c))
    cleaned = re.sub(r"[^\w\s]", " ", without_accents.casefold())
    return _SPACES.sub(" ", cleaned).strip()


def zonder_opmaaktekens(text: str) -> str:
    """Without the invisible format characters (Unicode category Cf: zero-width space, soft
    hyphen, direction marks ...), so "Dupli\u200bcaat" compares as "Duplicaat" and a name made
    only of them counts as empty."""
    return "".join(c for c in text if unicodedata.category(c) != "Cf")


def normalize_newlines(text: str) -> str:
    """Browsers send textarea values with CRLF; store and compare with LF only."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


# Characters that break a one-line field: line breaks of every kind (also U+2028/U+2029 and
# NEL) and the other C0/C1 control characters (tab, bell, escape ...). Format characters such
# as a right-to-left mark are real text and stay.
_BREKER = r"[\x00-\x1f\x7f-\x9f\u2028\u2029]"
_REGELBREKERS = re.compile(rf"\s*{_BREKER}+\s*")


def een_regel(text: str) -> str:
    """A one-line field's value: every line break or control character (with the spaces around
    it) becomes one space, so a pasted or crafted "Bib\\nGent" is stored as "Bib Gent" and never
    breaks a list, a CSV row or a report's table."""
    text = _REGELBREKERS.sub(" ", text)
    # Only invisible characters is no name at all: the field's required check then says so.
    return text if zonder_opmaaktekens(text).strip() else ""


def aantal(n: int, enkelvoud: str, meervoud: str) -> str:
    """A count with its noun in Dutch: "1 partner", "0 partners", "3 partners"."""
    return f"{n} {enkelvoud if n == 1 else meervoud}"
