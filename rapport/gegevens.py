"""Part one of the report: gather what it shows, as plain dataclasses.

The whole session (or one werking) is read with a fixed number of queries, whatever the number
of werkingen: every table once, then grouped per werking in Python. The rules come from the
services and models the pages use (the bollenschema's order, a partner's bovenlokaal and
grensverleggend defaults, STAP 2's column questions), so the report shows what the pages show.
"""

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from itertools import zip_longest

from django.db.models import Count, Max, Q, Sum

from cultuuroptil.lib.text import normalize_key
from inspiratie.models import Categorie
from partnerkaarten import tekening as tk
from partnerkaarten.models import Bol, Combinatie, Idee, Partner, Partnerkaart
from partnerkaarten.services import (
    actor_sleutel,
    combinatie_getekend,
    schik_bollen,
    tekening_van_werking,
    tekening_voor_kaart,
)
from sessies.models import Sessie
from werking.models import Kenmerk, Werking
from werking.services import KOLOM_VRAGEN

REGIO = "Regio / Vlaanderen"
KOLOM_TITELS = {Kenmerk.Soort.STERKTE: "Sterktes", Kenmerk.Soort.BEPERKING: "Beperkingen"}

# A drawn bollenschema on A4 (CSS px): the text width inside a partnerkaart and the height a
# picture may take (static/css/rapport.css, `.bollenschema-doek img`). The pages lay it out wide
# for a screen; on paper a taller picture is drawn larger, so the report tries a few shapes and
# keeps the first whose actor labels print at LEESBAAR_PT, else the largest. A partnerkaart's
# picture is drawn no larger than that either (DRUK_SCHAAL, CSS px per SVG unit): at full width a
# card with its picture took just over half a page, so nearly every card had a page of its own;
# at this scale most pairs of cards share one (30 organisations: 189 pages became 168). The
# werking's own picture keeps its full size (templates/rapport/rapport.html).
DRUK_BREEDTE = 630
DRUK_HOOGTE = 680
LEESBAAR_PT = 7.5
DRUK_SCHAAL = LEESBAAR_PT / (tk.LETTER * 0.75)
VERHOUDINGEN = (1.5, 1.2, 1.0, 0.85, 0.7, 0.6)


def druk_letter(tekening: tk.Tekening) -> float:
    """The size of an actor's label on paper, in points."""
    schaal = min(DRUK_BREEDTE / tekening.breedte, DRUK_HOOGTE / tekening.hoogte, DRUK_SCHAAL)
    return round(tk.LETTER * schaal * 0.75, 6)  # DRUK_SCHAAL gives LEESBAAR_PT exactly


def voor_druk(teken: Callable[[float], tk.Tekening]) -> tk.Tekening:
    """`teken(breedteverhouding)`: the first shape that prints legibly, else the largest."""
    beste = None
    for verhouding in VERHOUDINGEN:
        tekening = teken(verhouding)
        if druk_letter(tekening) >= LEESBAAR_PT:
            return tekening
        if beste is None or druk_letter(tekening) > druk_letter(beste):
            beste = tekening
    assert beste is not None
    return beste


# The own bol's "EIGEN WERKING" heading is said once in the legend under each picture (its
# thick blue ring), not drawn in it: SVG text costs WeasyPrint a layout per letter.
# The kit's sector hints beside the bollenschema's halves, as text under the werking's picture:
# in the SVG WeasyPrint lays out and draws every letter on its own (a third of a picture's
# cost), and beside the picture they took width the names need.
SCHEMA_HINTS = [
    (kop, " ".join(regels)) for kop, regels in (tk.HINT_CULTUREEL, tk.HINT_NIET_CULTUREEL)
]


@dataclass
class PartnerRij:
    """One partner as a werking named it, with the kit's defaults applied."""

    id: int
    naam: str
    gemeente: str
    gemeente_id: str | None
    categorie: str
    cultureel: bool
    sector: str
    bovenlokaal: bool
    grensverleggend: bool
    behouden: bool
    werking_id: int
    werking: str
    # Ticked only because the app suggests it; the participant has not confirmed it ("Klopt").
    bovenlokaal_voorgesteld: bool = False
    grensverleggend_voorgesteld: bool = False

    @property
    def bovenlokaal_bevestigd(self) -> bool:
        return self.bovenlokaal and not self.bovenlokaal_voorgesteld

    @property
    def grensverleggend_bevestigd(self) -> bool:
        return self.grensverleggend and not self.grensverleggend_voorgesteld

    @property
    def sleutel(self) -> tuple[str, str | None]:
        """The same actor named by several werkingen: normalised name and gemeente."""
        return normalize_key(self.naam), self.gemeente_id

    @property
    def soort(self) -> str:
        """What kind of actor, as the closing list's "sector / domein" column shows it: the
        werking's own words, else the inspiratielijst's categorie."""
        return self.sector or self.categorie


@dataclass
class Kaart:
    id: int
    vertrekpunt: str
    soort: str  # "sterkte" or "beperking"
    bovenlokaal: bool
    partners: list[PartnerRij]
    ideeen: list[str]
    tekening: tk.Tekening  # the card's own bollenschema, drawn

    @property
    def schema_id(self) -> str:
        return f"schema-kaart-{self.id}"

    @property
    def ingekort(self) -> list[PartnerRij]:
        """Partners whose name the picture had to shorten: the list beside it names them."""
        return _ingekort(self.tekening, self.partners)

    @property
    def lijst_nodig(self) -> bool:
        """A list beside the picture only when it says more: a partner's sector / categorie
        (the picture has none) or a name the picture had to shorten."""
        return any(p.soort for p in self.partners) or bool(self.ingekort)


@dataclass
class BolLijst:
    naam: str
    eigen: bool
    culturele: list[PartnerRij]
    niet_culturele: list[PartnerRij]


@dataclass
class Scenario:
    titel: str
    partners: list[PartnerRij]
    ideeen: str
    verder: bool
    werking: str


@dataclass
class Kolom:
    soort: str
    vraag: str
    items: list[str]


@dataclass
class WerkingDeel:
    id: int
    naam: str
    gemeente: str
    dagelijkse_werking: str
    doel: str
    voor_wie: str
    kolommen: list[Kolom]
    kaarten: list[Kaart]
    bollen: list[BolLijst]
    combinaties: list[Scenario]  # pursued first
    partners: list[PartnerRij]  # every partner, in the werking's order
    netwerk: list[PartnerRij]  # the final list "Bouw je netwerk uit"
    tekening: tk.Tekening  # the werking's bollenschema, drawn
    verbindingen: list[tk.Verbinding]  # its combinations as links on the picture

    @property
    def anker(self) -> str:
        return f"werking-{self.id}"

    @property
    def schema_id(self) -> str:
        return f"schema-{self.anker}"

    @property
    def lijnen(self) -> list[tuple[tk.Verbinding, int]]:
        """The combinations on the picture with the number of their colour (a CSS class)."""
        return [(v, tk.KLEUREN_COMBINATIES.index(v.kleur)) for v in self.verbindingen]

    @property
    def ingekort(self) -> list[PartnerRij]:
        return _ingekort(self.tekening, self.partners)

    @property
    def kenmerk_rijen(self) -> list[tuple[str, str]]:
        """Sterktes left, beperkingen right, row by row as in the invulsjabloon."""
        links, rechts = (k.items for k in self.kolommen)
        return list(zip_longest(links, rechts, fillvalue=""))


@dataclass
class GedeeldePartner:
    naam: str
    gemeente: str
    werkingen: list[str]
    sector: str = ""
    categorie: str = ""

    @property
    def soort(self) -> str:
        """As the closing list: the sector / domein typed, else the categorie."""
        return self.sector or self.categorie


@dataclass
class Aandeel:
    aantal: int
    totaal: int
    voorgesteld: int = 0  # suggested ticks, not counted in `aantal`

    @property
    def procent(self) -> int:
        return round(100 * self.aantal / self.totaal) if self.totaal else 0

    @property
    def rest(self) -> int:
        return self.totaal - self.aantal

    @property
    def rest_procent(self) -> int:
        return 100 - self.procent if self.totaal else 0

    def breedte(self, volle: int = 400) -> str:
        """An SVG length: a string, so the template's Dutch number format cannot touch it."""
        return f"{volle * self.aantal / self.totaal:.1f}" if self.totaal else "0"


@dataclass
class Samenvatting:
    organisaties: list[str]
    partners_genoemd: int
    actoren: int  # distinct actors (normalised name + gemeente)
    bovenlokaal: Aandeel
    grensverleggend: Aandeel
    cultureel: Aandeel
    gemeenten: list[str]
    categorieen_gedekt: list[str]
    blinde_vlekken: list[str]
    gedeeld: list[GedeeldePartner]
    scenarios: list[Scenario]


@dataclass
class GemeenteGroep:
    gemeente: str
    partners: list[GedeeldePartner]


@dataclass
class Rapport:
    titel: str
    sessie_titel: str
    code: str
    datum: datetime
    plaats: str
    begeleider: str
    werking_id: int | None  # a werking's own report, or None for the session's
    werkingen: list[WerkingDeel]
    samenvatting: Samenvatting
    opvolging: list[GemeenteGroep]
    gemeenten_werkingen: list[str] = field(default_factory=list)

    @property
    def leeg(self) -> bool:
        return not self.werkingen


def _ingekort(tekening: tk.Tekening, rijen: list[PartnerRij]) -> list[PartnerRij]:
    kort = {p.actor.sleutel for p in tekening.plekken if p.ingekort}
    return [r for r in rijen if actor_sleutel(r.id) in kort]


def partner_rij(partner: Partner, werking: Werking) -> PartnerRij:
    return PartnerRij(
        id=partner.pk,
        naam=partner.naam,
        gemeente=partner.gemeente.naam if partner.gemeente_id else REGIO,
        gemeente_id=partner.gemeente_id,
        categorie=partner.categorie.naam if partner.categorie_id else "",
        cultureel=partner.cultureel,
        sector=partner.sector,
        bovenlokaal=partner.bovenlokaal,
        grensverleggend=partner.grensverleggend,
        behouden=partner.behouden,
        werking_id=werking.pk,
        werking=werking.naam,
        bovenlokaal_voorgesteld=partner.bovenlokaal_voorgesteld,
        grensverleggend_voorgesteld=partner.grensverleggend_voorgesteld,
    )


def _werkingen(sessie: Sessie, werking_id: int | None) -> list[Werking]:
    qs = Werking.objects.filter(sessie=sessie).select_related("gemeente").order_by("naam", "id")
    if werking_id is not None:
        qs = qs.filter(pk=werking_id)
    return list(qs)


def verzamel(sessie: Sessie, werking_id: int | None = None) -> Rapport:
    """Everything the report shows, from 10 queries (the session's facilitator included)."""
    werkingen = _werkingen(sessie, werking_id)
    per_id = {w.pk: w for w in werkingen}
    binnen = {"werking__in": list(per_id)}

    kenmerken = list(Kenmerk.objects.filter(**binnen).order_by("volgorde", "id"))
    partners = list(
        Partner.objects.filter(**binnen)
        .select_related("gemeente", "categorie")
        .order_by("volgorde", "id")
    )
    for p in partners:
        # The defaults compare with the werking's gemeente: reuse the werking already read.
        p.werking = per_id[p.werking_id]
    partner_per_id = {p.pk: p for p in partners}
    kaarten = list(
        Partnerkaart.objects.filter(**binnen, kenmerk__verwijderd_op__isnull=True)
        .select_related("kenmerk")
        .order_by("volgorde", "id")
    )
    kaart_partners = Partnerkaart.partners.through.objects.filter(
        partnerkaart__werking__in=list(per_id)
    ).values_list("partnerkaart_id", "partner_id")
    ideeen = list(
        Idee.objects.filter(partnerkaart__werking__in=list(per_id)).order_by("volgorde", "id")
    )
    bollen = list(Bol.objects.filter(**binnen).select_related("gemeente"))
    combinaties = list(Combinatie.objects.filter(**binnen).order_by("volgorde", "id"))
    combinatie_partners = Combinatie.partners.through.objects.filter(
        combinatie__werking__in=list(per_id)
    ).values_list("combinatie_id", "partner_id")
    # The kit's categories and this workshop's own, never another workshop's.
    categorieen = list(
        Categorie.objects.filter(Q(sessie__isnull=True) | Q(sessie=sessie)).order_by(
            "volgorde", "naam"
        )
    )

    rijen = {p.pk: partner_rij(p, per_id[p.werking_id]) for p in partners}
    volgorde = {p.pk: i for i, p in enumerate(partners)}

    def partners_in(koppels, eigenaar_id: int) -> list[PartnerRij]:
        ids = [pid for oid, pid in koppels if oid == eigenaar_id and pid in rijen]
        return [rijen[pid] for pid in sorted(ids, key=volgorde.__getitem__)]

    def kaart_deel(kaart: Partnerkaart, op_kaart: list[PartnerRij], tekst: list[str]) -> Kaart:
        return Kaart(
            id=kaart.pk,
            vertrekpunt=kaart.kenmerk.tekst,
            soort=kaart.kenmerk.get_soort_display().lower(),
            bovenlokaal=kaart.bovenlokaal,
            partners=op_kaart,
            ideeen=tekst,
            tekening=voor_druk(
                lambda v: tekening_voor_kaart(
                    per_id[kaart.werking_id],
                    [partner_per_id[r.id] for r in op_kaart],
                    kaart.bovenlokaal,
                    v,
                    hints=False,
                    eigen_kop="",
                )
            ),
        )

    kaart_koppels = list(kaart_partners)
    combinatie_koppels = list(combinatie_partners)
    ideeen_per_kaart: dict[int, list[str]] = defaultdict(list)
    for idee in ideeen:
        ideeen_per_kaart[idee.partnerkaart_id].append(idee.tekst)

    delen = []
    for werking in werkingen:
        eigen_partners = [p for p in partners if p.werking_id == werking.pk]
        eigen_rijen = [rijen[p.pk] for p in eigen_partners]
        schema = schik_bollen(
            werking, [b for b in bollen if b.werking_id == werking.pk], eigen_partners
        )
        eigen_combinaties = [
            (c, partners_in(combinatie_koppels, c.pk))
            for c in combinaties
            if c.werking_id == werking.pk
        ]
        tekening = voor_druk(
            lambda v, w=werking, b=schema: tekening_van_werking(w, b, v, hints=False, eigen_kop="")
        )
        scenarios = [
            Scenario(
                titel=c.titel or "Naamloze combinatie",
                partners=in_combinatie,
                ideeen=c.ideeen,
                verder=c.verder,
                werking=werking.naam,
            )
            for c, in_combinatie in eigen_combinaties
        ]
        scenarios.sort(key=lambda s: not s.verder)  # stable: pursued first, then their order
        delen.append(
            WerkingDeel(
                id=werking.pk,
                naam=werking.naam,
                gemeente=werking.gemeente.naam,
                dagelijkse_werking=werking.dagelijkse_werking,
                doel=werking.doel,
                voor_wie=werking.voor_wie,
                kolommen=[
                    Kolom(
                        soort=KOLOM_TITELS[soort],
                        vraag=vraag,
                        items=[
                            k.tekst
                            for k in kenmerken
                            if k.werking_id == werking.pk and k.soort == soort
                        ],
                    )
                    for soort, (vraag, *_) in KOLOM_VRAGEN.items()
                ],
                kaarten=[
                    kaart_deel(k, partners_in(kaart_koppels, k.pk), ideeen_per_kaart[k.pk])
                    for k in kaarten
                    if k.werking_id == werking.pk
                ],
                bollen=[
                    BolLijst(
                        naam=b.naam,
                        eigen=b.eigen,
                        culturele=[rijen[p.pk] for p in b.culturele],
                        niet_culturele=[rijen[p.pk] for p in b.niet_culturele],
                    )
                    for b in schema
                ],
                combinaties=scenarios,
                partners=eigen_rijen,
                netwerk=[r for r in eigen_rijen if r.behouden],
                tekening=tekening,
                # In the werking's order, so each combination has the colour it has on the
                # participant's page.
                verbindingen=tk.verbindingen(
                    tekening,
                    [
                        combinatie_getekend(c, [r.id for r in in_combinatie])
                        for c, in_combinatie in eigen_combinaties
                    ],
                ),
            )
        )

    alle_rijen = [r for deel in delen for r in deel.partners]  # in report order
    return Rapport(
        titel="Rapport bovenlokale netwerken",
        sessie_titel=sessie.titel,
        code=sessie.code,
        datum=sessie.datum,
        plaats=sessie.plaats,
        begeleider=sessie.eigenaar.get_full_name() or sessie.eigenaar.get_username(),
        werking_id=werking_id,
        werkingen=delen,
        samenvatting=vat_samen(delen, alle_rijen, categorieen, partner_per_id),
        opvolging=opvolging(alle_rijen),
        gemeenten_werkingen=sorted({w.gemeente.naam for w in werkingen}),
    )


def _actoren(rijen: list[PartnerRij]) -> dict[tuple[str, str | None], GedeeldePartner]:
    """The room's actors: partners of several werkingen with the same name and gemeente are
    one, with the werkingen that named them in report order."""
    actoren: dict[tuple[str, str | None], GedeeldePartner] = {}
    for rij in rijen:
        actor = actoren.setdefault(
            rij.sleutel, GedeeldePartner(naam=rij.naam, gemeente=rij.gemeente, werkingen=[])
        )
        if rij.werking not in actor.werkingen:
            actor.werkingen.append(rij.werking)
        if rij.sector and rij.sector not in actor.sector:
            actor.sector = f"{actor.sector}; {rij.sector}" if actor.sector else rij.sector
        if rij.categorie and rij.categorie not in actor.categorie.split("; "):
            actor.categorie = (
                f"{actor.categorie}; {rij.categorie}" if actor.categorie else rij.categorie
            )
    return actoren


def vat_samen(
    delen: list[WerkingDeel],
    rijen: list[PartnerRij],
    categorieen: list[Categorie],
    partners: dict[int, Partner],
) -> Samenvatting:
    totaal = len(rijen)
    gedekt = {partners[r.id].categorie_id for r in rijen if partners[r.id].categorie_id}
    gemeenten = {d.gemeente for d in delen} | {r.gemeente for r in rijen if r.gemeente_id}
    return Samenvatting(
        organisaties=[d.naam for d in delen],
        partners_genoemd=totaal,
        actoren=len(_actoren(rijen)),
        # Only the ticks a participant confirmed count; the app's suggestions apart.
        bovenlokaal=Aandeel(
            sum(r.bovenlokaal_bevestigd for r in rijen),
            totaal,
            sum(r.bovenlokaal_voorgesteld for r in rijen),
        ),
        grensverleggend=Aandeel(
            sum(r.grensverleggend_bevestigd for r in rijen),
            totaal,
            sum(r.grensverleggend_voorgesteld for r in rijen),
        ),
        cultureel=Aandeel(sum(r.cultureel for r in rijen), totaal),
        gemeenten=sorted(gemeenten),
        categorieen_gedekt=[c.naam for c in categorieen if c.pk in gedekt],
        blinde_vlekken=[c.weergave for c in categorieen if c.pk not in gedekt],
        gedeeld=sorted(
            (a for a in _actoren(rijen).values() if len(a.werkingen) > 1),
            key=lambda a: (-len(a.werkingen), normalize_key(a.naam)),
        ),
        scenarios=[s for d in delen for s in d.combinaties if s.verder],
    )


def opvolging(rijen: list[PartnerRij]) -> list[GemeenteGroep]:
    """Kept partners by gemeente (regio / Vlaanderen last), each actor once."""
    behouden = _actoren([r for r in rijen if r.behouden])
    groepen: dict[str, list[GedeeldePartner]] = defaultdict(list)
    for actor in behouden.values():
        groepen[actor.gemeente].append(actor)
    namen = sorted(groepen, key=lambda g: (g == REGIO, normalize_key(g)))
    return [
        GemeenteGroep(g, sorted(groepen[g], key=lambda a: normalize_key(a.naam))) for g in namen
    ]


def vingerafdruk(sessie: Sessie) -> str:
    """What changes whenever the report would: the latest change and the number of rows of
    each table the report reads, and of the links between cards or combinaties and partners
    (link rows have no change time: their count, highest and summed id do). Removals are
    marks that bump `gewijzigd`; hard deletes lower a count."""
    in_sessie = {"werking__sessie": sessie}
    delen: list = [sessie.gewijzigd.isoformat(), sessie.titel, sessie.eigenaar_id]
    for qs in (
        Werking.objects.filter(sessie=sessie),
        Kenmerk.alle.filter(**in_sessie),
        Partner.alle.filter(**in_sessie),
        Partnerkaart.alle.filter(**in_sessie),
        Idee.alle.filter(partnerkaart__werking__sessie=sessie),
        Bol.objects.filter(**in_sessie),
        Combinatie.alle.filter(**in_sessie),
    ):
        waarden = qs.aggregate(m=Max("gewijzigd"), n=Count("pk"))
        delen += [waarden["m"].isoformat() if waarden["m"] else "", waarden["n"]]
    for through, pad in (
        (Partnerkaart.partners.through, "partnerkaart__werking__sessie"),
        (Combinatie.partners.through, "combinatie__werking__sessie"),
    ):
        waarden = through.objects.filter(**{pad: sessie}).aggregate(
            n=Count("pk"), m=Max("pk"), s=Sum("pk")
        )
        delen += [waarden["n"], waarden["m"], waarden["s"]]
    delen.append(
        Categorie.objects.filter(Q(sessie__isnull=True) | Q(sessie=sessie)).aggregate(
            n=Count("pk")
        )["n"]
    )
    return "|".join(str(d) for d in delen)
