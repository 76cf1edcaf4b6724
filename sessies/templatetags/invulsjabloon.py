import base64
import re
from functools import lru_cache

from django import template
from django.apps import apps
from django.contrib.messages import constants
from django.core.signals import setting_changed
from django.db import models
from django.dispatch import receiver
from django.templatetags.static import static
from django.urls import get_script_prefix, get_urlconf, reverse
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.text import capfirst

from cultuuroptil.lib.adressen import kort
from cultuuroptil.lib.autosave import Veldresultaat
from sessies.fasen import STAPPEN

register = template.Library()


@register.inclusion_tag("onderdelen/autosave_veld.html", takes_context=True)
def autosave_veld(
    context: template.Context,
    obj: models.Model,
    veld: str,
    soort: str,
    label: str = "",
    hint: str = "",
    naam: str = "",
    rijen: int = 3,
    enkele_regel: bool = False,
    resultaat: Veldresultaat | None = None,
    waarde: str | None = None,
    verborgen_label: bool = False,
    placeholder: str = "",
    url: str = "",
) -> dict:
    """One autosaved text field of `obj` (registered under `soort` in cultuuroptil.lib.autosave).

    `naam` is the input's name in a plain form post (default "waarde", what the save endpoint
    reads); `resultaat` and `waarde` redisplay a failed plain post. `url`: the save URL when
    the view computed it already (one reverse() for several fields, UrlPerId).
    """
    model_field = obj._meta.get_field(veld)
    opgeslagen = getattr(obj, veld)
    # Names of the session's participants (one lazy query per page), for "Sofie wijzigde dit".
    bewerkers = context.get("bewerkers") or {}
    door_id = resultaat.door_id if resultaat and resultaat.door_id else None
    return {
        "veld": {
            "id": f"{soort}-{obj.pk}-{veld}",
            "naam": naam or "waarde",
            "label": label or capfirst(model_field.verbose_name),
            "verborgen_label": verborgen_label,
            "placeholder": placeholder,
            "hint": hint,
            "waarde": opgeslagen if waarde is None else waarde,
            "basis": opgeslagen,
            "maxlength": model_field.max_length,
            "rijen": rijen,
            "enkele_regel": enkele_regel,
            "resultaat": resultaat,
            "door": bewerkers.get(door_id, "") if door_id else "",
            "laatst_door": bewerkers.get(getattr(obj, "gewijzigd_door_id", None), ""),
            "url": url
            or reverse("sessies:bewaar", args=[context["sessie"].code, soort, obj.pk, veld]),
        }
    }


@lru_cache(maxsize=256)
def _statisch(pad: str) -> str:
    return static(pad)


@receiver(setting_changed)
def _vergeet_statisch(*, setting: str, **kwargs: object) -> None:
    if setting in ("STATIC_URL", "STORAGES", "STATIC_ROOT", "DEBUG"):
        _statisch.cache_clear()


@register.simple_tag
def statisch(pad: str) -> str:
    """`{% static %}` looked up once per file in a process: the manifest of hashed names is
    read at startup and fixed until the next one, and every page names the same six files."""
    return _statisch(pad)


@lru_cache(maxsize=1024)
def _stap_urls(prefix: str, urlconf: str | None, code: str) -> tuple[str, ...]:
    return tuple(reverse(stap.pagina, args=[code]) for stap in STAPPEN)


@register.simple_tag
def stappenbalk(code: str, huidig: str) -> list[dict]:
    """The step bar's items with their URLs: one list of names for every page (sessies.fasen).

    Every participant page shows it: its seven URLs are reversed once per session (and script
    prefix) in a process, and its items are dicts of safe strings (names of our own, a URL of
    a session code), which a template reads without an object lookup or escaping."""
    urls = _stap_urls(get_script_prefix(), get_urlconf(), code)
    return [
        {
            "url": mark_safe(url),
            "huidig": stap.sleutel == huidig,
            "nummer": stap.nummer,
            "naam": stap.naam,
        }
        for stap, url in zip(STAPPEN, urls, strict=True)
    ]


@register.simple_tag
def maxlengte(model: str, veld: str) -> int:
    """The max_length of a model field ("app.Model", "veld"), so templates never repeat it.
    Looked up by name: the base layer does not import the steps' models."""
    return apps.get_model(model)._meta.get_field(veld).max_length


@register.filter("kort")
def kort_filter(tekst: str, lengte: int) -> str:
    """`truncatechars` counted in code points, as live.js cuts a text it brings (kort())."""
    return kort(str(tekst), int(lengte))


@register.filter
def meldingen_van_niveau(messages: object, fout: str) -> list:
    """The messages that are errors ("ja") or not ("nee"): each group has its own live region
    (role alert or status), rendered only when it has something to say."""
    return [m for m in messages if (m.level >= constants.ERROR) == (fout == "ja")]


# What XML 1.0 allows: tab, line breaks and the rest of Unicode but surrogates, U+FFFE, U+FFFF.
NIET_IN_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


class AlsBeeldNode(template.Node):
    def __init__(self, nodelist: template.NodeList, maten: list[template.base.FilterExpression]):
        self.nodelist = nodelist
        self.maten = maten

    def render(self, context: template.Context) -> str:
        breedte, hoogte, titel, beschrijving, schaal = (m.resolve(context) for m in self.maten)
        breedte, hoogte = round(breedte * schaal), round(hoogte * schaal)
        # The SVG's own size is what WeasyPrint draws it at (it reads no presentational width
        # and height on an <img>); its viewBox keeps the drawing the same.
        svg, vervangen = re.subn(
            r'^(<svg\b[^>]*?) width="[^"]*" height="[^"]*"',
            rf'\1 width="{breedte}" height="{hoogte}"',
            self.nodelist.render(context).strip(),
            count=1,
        )
        if not vervangen:
            raise ValueError("als_beeld: de SVG begint niet met <svg … width height>")
        # An image's SVG is parsed as XML, which refuses some characters that a name may hold
        # (U+FFFF, a control character): one of them and the whole picture would be left out.
        svg = NIET_IN_XML.sub("", svg)
        bron = "data:image/svg+xml;base64," + base64.b64encode(svg.encode()).decode("ascii")
        return format_html(
            '<img src="{}" width="{}" height="{}" alt="{}">',
            bron,
            breedte,
            hoogte,
            f"{titel}. {beschrijving}",
        )


@register.tag
def als_beeld(parser: template.base.Parser, token: template.base.Token) -> AlsBeeldNode:
    """`{% als_beeld breedte hoogte titel beschrijving schaal %}<svg …>…</svg>{% end_als_beeld %}`:
    the SVG as an <img> of `schaal` times its size (CSS px), with a data: URL and its title and
    description as alt text. For the
    PDF: WeasyPrint parses an image's SVG on its own, while inline SVG also goes through the
    HTML cascade, which gives every circle and label (thousands in a large report) an HTML
    element's computed styles."""
    maten = [parser.compile_filter(deel) for deel in token.split_contents()[1:]]
    if len(maten) != 5:
        raise template.TemplateSyntaxError("als_beeld: breedte hoogte titel beschrijving schaal")
    nodelist = parser.parse(("end_als_beeld",))
    parser.delete_first_token()
    return AlsBeeldNode(nodelist, maten)
