"""STAP 3: partners, partnerkaarten, the bollenschema, combinaties and the final list."""

from collections import Counter
from dataclasses import dataclass, field

from django.db import models, transaction
from django.db.models import Exists, Max, OuterRef, Prefetch, QuerySet

from cultuuroptil.lib.autosave import voeg_samen, voeg_verzameling_samen
from cultuuroptil.lib.models import gewijzigd_nu, recent_verwijderd, recent_verwijderd_uit
from cultuuroptil.lib.sleutels import maak_eenmalig
from cultuuroptil.lib.text import normalize_key
from cultuuroptil.lib.voorbereid import VoorbereideQuery, VoorbereideWaarden
from inspiratie.models import Categorie
from werking.models import Gemeente, Kenmerk, Werking

from . import tekening as tk
from .models import Bol, Combinatie, Idee, Partner, Partnerkaart


class Onmogelijk(ValueError):
    """A change the method does not allow; the message is Dutch and meant for the participant."""


def partners_van(werking: Werking) -> QuerySet[Partner]:
    return Partner.objects.filter(werking=werking).select_related(
        "gemeente", "categorie", "werking"
    )


def standaard_cultureel(categorie: Categorie | None) -> bool | None:
    return None if categorie is None else categorie.standaard_cultureel


def volgende_volgorde(queryset: QuerySet) -> int:
    return (queryset.aggregate(m=Max("volgorde"))["m"] or 0) + 1


def zorg_voor_bol(werking: Werking, gemeente: Gemeente | None) -> None:
    """Store the bol of another gemeente (None: 'regio / Vlaanderen') at the end when missing.

    The own gemeente's bol ("EIGEN WERKING") is never stored: it follows from the werking's
    gemeente and always comes first, so joining and changing the gemeente never touch STAP 3.
    """
    if gemeente is not None and gemeente.pk == werking.gemeente_id:
        return
    Bol.objects.get_or_create(
        werking=werking,
        gemeente=gemeente,
        defaults={"volgorde": volgende_volgorde(Bol.objects.filter(werking=werking))},
    )


def vind_zelfde_partner(werking: Werking, naam: str, gemeente: Gemeente | None) -> Partner | None:
    """The same actor typed twice ('GC De Boesdaalhoeve' and 'gc de boesdaalhoeve') is one."""
    sleutel = normalize_key(naam)
    kandidaten = Partner.objects.filter(werking=werking, gemeente=gemeente)
    return next((p for p in kandidaten if normalize_key(p.naam) == sleutel), None)


def vergrendel_partner(partner: Partner) -> Partner:
    """The partner as stored now, locked until the transaction ends: a merge of a form with
    the stored values must read under the lock, or a colleague's save in between is lost.
    (PostgreSQL: a row lock; SQLite: the IMMEDIATE transaction already holds the write lock.)"""
    return partners_van(partner.werking).select_for_update(of=("self",)).get(pk=partner.pk)


@transaction.atomic
def bewaar_partner(werking: Werking, gegevens: dict, partner: Partner | None = None) -> Partner:
    """Create a partner (or reuse the same actor) or update one, and put it in its bol."""
    if partner is None:
        # New partners of one werking one at a time: the same actor typed by two colleagues
        # at once becomes one partner, and a fill-in of its empty fields never overwrites
        # the other's.
        Werking.objects.select_for_update().filter(pk=werking.pk).first()
        partner = vind_zelfde_partner(werking, gegevens["naam"], gegevens["gemeente"])
        if partner is not None:
            # The same actor typed again (maybe by a colleague): what is stored stays; the new
            # form only fills in what was still empty.
            gegevens = {
                veld: waarde
                for veld, waarde in gegevens.items()
                if getattr(partner, veld) in (None, "") and waarde not in (None, "")
            }
        else:
            partner = Partner(
                werking=werking,
                volgorde=volgende_volgorde(Partner.objects.filter(werking=werking)),
            )
    for naam, waarde in gegevens.items():
        setattr(partner, naam, waarde)
    partner.save()
    zorg_voor_bol(werking, partner.gemeente)
    return partner


@transaction.atomic
def nieuwe_partnerkaart(
    werking: Werking, kenmerk: Kenmerk, bovenlokaal: bool, sleutel: str | None = None
) -> Partnerkaart:
    return maak_eenmalig(
        Partnerkaart,
        sleutel,
        {"werking": werking},
        kenmerk=kenmerk,
        bovenlokaal=bovenlokaal,
        volgorde=volgende_volgorde(Partnerkaart.objects.filter(werking=werking)),
    )


def controleer_buiten_eigen_gemeente(
    werking: Werking, gemeente: Gemeente | None, naam: str = "deze partner"
) -> None:
    """The rule of the bovenlokale partnerkaart: only partners outside the own gemeente."""
    if gemeente is not None and gemeente.pk == werking.gemeente_id:
        raise Onmogelijk(
            f"Op een bovenlokale partnerkaart staan alleen partners buiten "
            f"{werking.gemeente.naam}. Zet {naam} op een gewone partnerkaart."
        )


def raak_aan(rij: models.Model) -> None:
    """Bump a row's `gewijzigd` after a change it does not store itself (its many-to-many
    partners): live pages and the dashboard see changes through these times."""
    rij.save(update_fields=["gewijzigd"])


def zet_op_kaart(kaart: Partnerkaart, partner: Partner) -> None:
    if kaart.bovenlokaal:
        controleer_buiten_eigen_gemeente(kaart.werking, partner.gemeente, partner.naam)
    kaart.partners.add(partner)
    raak_aan(kaart)


def haal_van_kaart(kaart: Partnerkaart, partner: Partner) -> None:
    """The partner leaves the card (it stays in the bollenschema)."""
    kaart.partners.remove(partner)
    raak_aan(kaart)


@transaction.atomic
def nieuwe_partner_op_kaart(kaart: Partnerkaart, gegevens: dict) -> Partner:
    """A partner typed on a card: made (or the same actor reused) and put on the card, or
    nothing at all when the card refuses it."""
    if kaart.bovenlokaal:
        controleer_buiten_eigen_gemeente(kaart.werking, gegevens["gemeente"])
    partner = bewaar_partner(kaart.werking, gegevens)
    zet_op_kaart(kaart, partner)
    return partner


def wijzig_partner(partner: Partner, gegevens: dict, door_id: int | None = None) -> Partner:
    """An edited partner, unless it would break a bovenlokale partnerkaart it is on.
    `gegevens` must be merged from `vergrendel_partner` in the same transaction; `door_id` (a
    participant) is recorded as its last editor, for a colleague's conflict."""
    werking = partner.werking
    if partner.partnerkaarten.filter(bovenlokaal=True).exists():
        try:
            controleer_buiten_eigen_gemeente(werking, gegevens["gemeente"])
        except Onmogelijk as fout:
            raise Onmogelijk(
                f"{partner.naam} staat op een bovenlokale partnerkaart. {fout} "
                "Haal de partner daar eerst af."
            ) from fout
    if door_id is not None:
        partner.gewijzigd_door_id = door_id
    return bewaar_partner(werking, gegevens, partner=partner)


def verwijder_bol(werking: Werking, bol: Bol) -> None:
    """Only an empty bol of another gemeente goes: the own one always stays."""
    if bol.gemeente_id == werking.gemeente_id:
        raise Onmogelijk("De bol van jullie eigen gemeente blijft altijd staan.")
    if Partner.objects.filter(werking=werking, gemeente_id=bol.gemeente_id).exists():
        raise Onmogelijk(f"In de bol {bol} staan nog partners. Verplaats of verwijder ze eerst.")
    bol.delete()


def voeg_idee_toe(kaart: Partnerkaart, tekst: str, sleutel: str | None = None) -> Idee:
    return maak_eenmalig(
        Idee,
        sleutel,
        {"partnerkaart": kaart},
        tekst=tekst,
        volgorde=volgende_volgorde(Idee.objects.filter(partnerkaart=kaart)),
    )


def kaarten_van(werking: Werking) -> QuerySet[Partnerkaart]:
    """Cards with their starting point, partners and ideas in a fixed number of queries.
    Cards whose sterkte or beperking was removed are hidden until it is restored."""
    return (
        Partnerkaart.objects.filter(werking=werking, kenmerk__verwijderd_op__isnull=True)
        .select_related("kenmerk", "werking__gemeente")
        .prefetch_related(
            Prefetch("partners", queryset=partners_van(werking).order_by("volgorde", "id")),
            "ideeen",
        )
        .order_by("volgorde", "id")
    )


# STAP 3's overview, from queries compiled once (cultuuroptil.lib.voorbereid) and joined here:
# building and compiling the prefetches (one filtered queryset per card and relation) cost
# the page more than the database's work. Removed rows come along, for the undo buttons.
_ALLE_KENMERKEN = VoorbereideQuery(
    lambda werking_id: Kenmerk.alle.filter(werking_id=werking_id).order_by(
        "soort", "volgorde", "id"
    ),
    -1,
)
_ALLE_KAARTEN = VoorbereideQuery(
    lambda werking_id: Partnerkaart.alle.filter(werking_id=werking_id).order_by("volgorde", "id"),
    -1,
)
# A card's partners: the link rows with their partner (as partners_van: not removed, of the
# werking), in the partners' order.
_KAART_PARTNERS = VoorbereideQuery(
    lambda kaart_werking_id, partner_werking_id: (
        Partnerkaart.partners.through.objects.filter(
            partnerkaart__werking_id=kaart_werking_id,
            partner__werking_id=partner_werking_id,
            partner__verwijderd_op__isnull=True,
        )
        .select_related("partner__gemeente", "partner__categorie")
        .order_by("partner__volgorde", "partner__id")
    ),
    -1,
    -2,
)
_KAART_IDEEEN = VoorbereideWaarden(
    lambda werking_id: (
        Idee.objects.filter(partnerkaart__werking_id=werking_id)
        .order_by("volgorde", "id")
        .values_list("partnerkaart_id", "pk", "tekst")
    ),
    -1,
)


@dataclass
class KaartenOverzicht:
    """STAP 3's overview: the kenmerken a new card can start from, the cards (each with
    `.op_kaart`: its partners, `.idee_lijst`: its ideas as {"pk", "tekst"}), and the cards
    removed recently."""

    kenmerken: list[Kenmerk]
    kaarten: list[Partnerkaart]
    verwijderd: list["Verwijderd"]


def kaarten_overzicht(werking: Werking) -> KaartenOverzicht:
    """What `kaarten_van` and `ongedaan_te_maken(werking, "partnerkaart")` give, in four
    queries compiled once. Cards whose sterkte or beperking was removed stay hidden."""
    alle_kenmerken = _ALLE_KENMERKEN.alle(werking.pk)
    per_kenmerk = {k.pk: k for k in alle_kenmerken}
    alle_kaarten = _ALLE_KAARTEN.alle(werking.pk)
    for kaart in alle_kaarten:
        # The card's werking is this one (its gemeente read already); its kenmerk is read
        # above (a kenmerk of another werking, never made by the pages, is read on use).
        kaart.werking = werking
        if kaart.kenmerk_id in per_kenmerk:
            kaart.kenmerk = per_kenmerk[kaart.kenmerk_id]
    kaarten = [
        k
        for k in alle_kaarten
        if k.verwijderd_op is None
        and k.kenmerk_id in per_kenmerk
        and per_kenmerk[k.kenmerk_id].verwijderd_op is None
    ]
    per_kaart = {k.pk: k for k in kaarten}
    for kaart in kaarten:
        kaart.op_kaart = []
        kaart.idee_lijst = []
    for link in _KAART_PARTNERS.alle(werking.pk, werking.pk):
        if link.partnerkaart_id in per_kaart:
            link.partner.werking = werking
            per_kaart[link.partnerkaart_id].op_kaart.append(link.partner)
    for kaart_id, pk, tekst in _KAART_IDEEEN.rijen(werking.pk):
        if kaart_id in per_kaart:
            per_kaart[kaart_id].idee_lijst.append({"pk": pk, "tekst": tekst})
    verwijderd = [
        Verwijderd("partnerkaart", rij.pk, str(rij)) for rij in recent_verwijderd_uit(alle_kaarten)
    ]
    return KaartenOverzicht(
        kenmerken=[k for k in alle_kenmerken if k.verwijderd_op is None],
        kaarten=kaarten,
        verwijderd=verwijderd,
    )


def bol_anker(gemeente_id: str | None) -> str:
    return f"bol-{gemeente_id or 'regio'}"


@dataclass
class BolWeergave:
    """One bol as the page shows it. `bol` is None for a bol that is only implied (the own
    gemeente of a werking without partners yet): reading a page never writes a row."""

    gemeente: Gemeente | None
    eigen: bool
    bol: Bol | None = None
    culturele: list[Partner] = field(default_factory=list)
    niet_culturele: list[Partner] = field(default_factory=list)

    @property
    def naam(self) -> str:
        return self.gemeente.naam if self.gemeente is not None else "Regio / Vlaanderen"

    @property
    def anker(self) -> str:
        return bol_anker(self.gemeente.pk if self.gemeente is not None else None)

    @property
    def leeg(self) -> bool:
        return not self.culturele and not self.niet_culturele


def bollenschema(werking: Werking) -> list[BolWeergave]:
    """Every bol in order, own gemeente first, with its cultural actors on top and the others
    below. Every partner's gemeente has a bol, stored or implied."""
    partners = list(partners_van(werking).order_by("volgorde", "id"))
    bollen = list(Bol.objects.filter(werking=werking).select_related("gemeente"))
    return schik_bollen(werking, bollen, partners)


def schik_bollen(werking: Werking, bollen: list[Bol], partners: list[Partner]) -> list[BolWeergave]:
    """The bollenschema from rows already read (the report reads a whole session at once)."""
    bollen = sorted(bollen, key=lambda b: (b.gemeente_id != werking.gemeente_id, b.volgorde, b.pk))
    weergaven = {
        werking.gemeente_id: BolWeergave(gemeente=werking.gemeente, eigen=True),
    }
    for bol in bollen:
        weergave = weergaven.setdefault(
            bol.gemeente_id, BolWeergave(gemeente=bol.gemeente, eigen=False)
        )
        weergave.bol = bol
    for partner in partners:
        weergave = weergaven.setdefault(
            partner.gemeente_id, BolWeergave(gemeente=partner.gemeente, eigen=False)
        )
        (weergave.culturele if partner.cultureel else weergave.niet_culturele).append(partner)
    return list(weergaven.values())


def combinaties_van(werking: Werking) -> QuerySet[Combinatie]:
    return (
        Combinatie.objects.filter(werking=werking)
        .prefetch_related(
            Prefetch("partners", queryset=partners_van(werking).order_by("volgorde", "id"))
        )
        .order_by("volgorde", "id")
    )


def met_problemen(combinaties: QuerySet[Combinatie]) -> list[Combinatie]:
    """Combinaties with `.probleem` set where they no longer follow the method's rules (a
    partner was deleted or moved since), so the page can say what to fix."""
    lijst = list(combinaties)
    for combinatie in lijst:
        try:
            controleer_combinatie(list(combinatie.partners.all()))
        except Onmogelijk as fout:
            combinatie.probleem = str(fout)
        else:
            combinatie.probleem = ""
    return lijst


def controleer_combinatie(partners: list[Partner]) -> None:
    if len(partners) < 2:
        raise Onmogelijk("Kies minstens twee partners voor een combinatie.")
    if len({p.gemeente_id for p in partners}) < 2:
        raise Onmogelijk(
            "Denk over de grenzen heen: kies partners uit minstens twee verschillende bollen."
        )


@transaction.atomic
def bewaar_combinatie(
    werking: Werking,
    partners: list[Partner],
    titel: str = "",
    combinatie: Combinatie | None = None,
    sleutel: str | None = None,
) -> Combinatie:
    controleer_combinatie(partners)
    if combinatie is None:
        combinatie = maak_eenmalig(
            Combinatie,
            sleutel,
            {"werking": werking},
            titel=titel,
            volgorde=volgende_volgorde(Combinatie.objects.filter(werking=werking)),
        )
    combinatie.partners.set(partners)
    raak_aan(combinatie)
    return combinatie


def ids_uit(tekst: str | None) -> set[int] | None:
    """Ids from a comma-separated hidden field; None when the field is missing. Anything that
    is not a plain ASCII number of at most 18 digits is ignored (no '²', no 5,000 digits)."""
    if tekst is None:
        return None
    return {
        int(deel)
        for deel in tekst.split(",")
        if deel.isascii() and deel.isdigit() and len(deel) <= 18
    }


@transaction.atomic
def wijzig_combinatie_partners(
    werking: Werking, combinatie: Combinatie, gekozen: set[int], basis: set[int] | None
) -> Combinatie:
    """Apply what this participant added and removed to the partners stored now, read under
    the combination's lock, so a colleague's partner added meanwhile stays."""
    Combinatie.objects.select_for_update().filter(pk=combinatie.pk).first()
    huidig = set(partners_van(werking).filter(combinaties=combinatie).values_list("pk", flat=True))
    keuze = voeg_verzameling_samen(gekozen, basis, huidig)
    return bewaar_combinatie(
        werking,
        list(partners_van(werking).filter(pk__in=keuze)),
        titel=combinatie.titel,
        combinatie=combinatie,
    )


@dataclass(frozen=True)
class Netwerk:
    """The final list "Bouw je netwerk uit" and the partners that could still go on it."""

    behouden: list[Partner]
    # Not on the list yet, but in a combination the werking will pursue ("verder mee aan de
    # slag"): offered first, ticked in advance; the participant decides.
    uit_combinaties: list[Partner]
    andere: list[Partner]


def netwerk_van(werking: Werking) -> Netwerk:
    """One query: whether a partner is in a pursued combination comes along as a subquery."""
    in_verder = Combinatie.partners.through.objects.filter(
        partner_id=OuterRef("pk"),
        combinatie__verder=True,
        combinatie__verwijderd_op__isnull=True,
    )
    alle = list(
        partners_van(werking).annotate(in_verder=Exists(in_verder)).order_by("volgorde", "id")
    )
    return Netwerk(
        behouden=[p for p in alle if p.behouden],
        uit_combinaties=[p for p in alle if not p.behouden and p.in_verder],
        andere=[p for p in alle if not p.behouden and not p.in_verder],
    )


def zet_op_lijst(werking: Werking, partner_ids: set[int]) -> int:
    """Put several partners of this werking on the final list at once (the ones the participant
    left ticked). A plain conditional update: nothing read and written back."""
    return Partner.objects.filter(werking=werking, pk__in=partner_ids, behouden=False).update(
        behouden=True, **gewijzigd_nu(Partner)
    )


VINKJES = ("bovenlokaal", "grensverleggend")


@transaction.atomic
def zet_vinkjes(partner: Partner, gepost: dict[str, bool], basis: dict[str, str | None]) -> None:
    """The tick boxes of the final list (both, or the one posted from its own column). Only a
    tick this participant changed is applied (a colleague's other tick, set meanwhile, stays);
    a value equal to the kit's default is stored as 'automatic', so it keeps following gemeente
    and categorie."""
    partner = vergrendel_partner(partner)
    huidig = {veld: "ja" if getattr(partner, veld) else "nee" for veld in VINKJES}
    samen = voeg_samen(
        {veld: "ja" if aan else "nee" for veld, aan in gepost.items()}, basis, huidig
    )
    for veld in samen.waarden:
        gewenst = samen.waarden[veld] == "ja"
        if gewenst == getattr(partner, veld):
            # Not changed by this post: a stored choice (a confirmed "Klopt") stays as it is.
            continue
        setattr(partner, f"{veld}_keuze", None)
        if gewenst != getattr(partner, veld):
            setattr(partner, f"{veld}_keuze", gewenst)
    partner.save(update_fields=[f"{veld}_keuze" for veld in VINKJES] + ["gewijzigd"])


def zet_behouden(partner: Partner, behouden: bool) -> None:
    """On or off the final list "Bouw je netwerk uit"."""
    partner.behouden = behouden
    partner.save(update_fields=["behouden", "gewijzigd"])


def zet_verder(combinatie: Combinatie, verder: bool) -> None:
    """Whether the werking pursues this combination."""
    combinatie.verder = verder
    combinatie.save(update_fields=["verder", "gewijzigd"])


def bevestig_vinkje(partner: Partner, veld: str) -> None:
    """The participant confirms what is ticked now (a suggestion becomes their own choice):
    it no longer follows a later change of gemeente, categorie or sector."""
    if veld not in VINKJES:
        raise Onmogelijk("Onbekend vinkje.")
    with transaction.atomic():
        # Read under the lock: what is ticked now, a colleague's change included.
        partner = vergrendel_partner(partner)
        setattr(partner, f"{veld}_keuze", getattr(partner, veld))
        partner.save(update_fields=[f"{veld}_keuze", "gewijzigd"])


# What participants can remove and bring back, and how each hangs under its werking.
HERSTELBAAR: dict[str, tuple[type[models.Model], str, str]] = {
    "idee": (Idee, "partnerkaart__werking", "Het idee"),
    "partnerkaart": (Partnerkaart, "werking", "De partnerkaart"),
    "combinatie": (Combinatie, "werking", "De combinatie"),
    "partner": (Partner, "werking", "De partner"),
}


@dataclass(frozen=True)
class Verwijderd:
    soort: str
    pk: int
    label: str


def ongedaan_te_maken(werking: Werking, soort: str, **binnen) -> list[Verwijderd]:
    """Recently removed items of one kind (optionally within e.g. one card), for undo."""
    model, pad, _ = HERSTELBAAR[soort]
    rijen = recent_verwijderd(model.alle.filter(**{pad: werking.pk}, **binnen))
    return [Verwijderd(soort, rij.pk, str(rij)) for rij in rijen]


# The bollenschema drawn (partnerkaarten/tekening.py lays it out; templates/onderdelen/
# bollenschema.html draws it). These only turn rows the pages already read into the layout's
# plain input: no queries of their own.

# A werking names tens of partners, not eighty: wider labels shorten fewer names.
LABEL_WERKING = 176


def bol_sleutel(gemeente_id: str | None) -> str | None:
    return None if gemeente_id is None else str(gemeente_id)


def actor_sleutel(partner_id: int) -> str:
    """A partner's key in a werking's picture (`tk.Actor.sleutel`)."""
    return f"p{partner_id}"


def actor_van(partner: Partner) -> tk.Actor:
    return tk.Actor(
        sleutel=actor_sleutel(partner.pk),
        naam=partner.naam,
        bol=bol_sleutel(partner.gemeente_id),
        bol_naam=partner.gemeente.naam if partner.gemeente_id else tk.REGIO,
        cultureel=partner.cultureel,
        bovenlokaal=partner.bovenlokaal,
        grensverleggend=partner.grensverleggend,
    )


def tekening_van_werking(
    werking: Werking,
    bollen: list[BolWeergave],
    breedteverhouding: float = 1.5,
    hints: bool = True,
    eigen_kop: str = tk.EIGEN_WERKING,
) -> tk.Tekening:
    """The werking's bollenschema: every bol (empty ones too) and all its partners.
    `breedteverhouding`: how much wider than high (see `tekening.teken`); the PDF asks less.
    `eigen_kop`: the heading in the own bol; the PDF says it once in the legend instead."""
    return tk.teken(
        [tk.BolInvoer(bol_sleutel(b.gemeente.pk if b.gemeente else None), b.naam) for b in bollen],
        [actor_van(p) for b in bollen for p in [*b.culturele, *b.niet_culturele]],
        eigen=bol_sleutel(werking.gemeente_id),
        eigen_kop=eigen_kop,
        label_b=LABEL_WERKING,
        breedteverhouding=breedteverhouding,
        hints=hints,
    )


def tekening_van_kaart(kaart: Partnerkaart) -> tk.Tekening:
    """One partnerkaart's own bollenschema: the own gemeente at the heart, the bollen of the
    card's partners around it. On a bovenlokale card the own bol stays empty by rule."""
    return tekening_voor_kaart(kaart.werking, list(kaart.partners.all()), kaart.bovenlokaal)


def tekening_voor_kaart(
    werking: Werking,
    partners: list[Partner],
    bovenlokaal: bool,
    breedteverhouding: float = 1.5,
    hints: bool = True,
    eigen_kop: str = tk.EIGEN_WERKING,
) -> tk.Tekening:
    """A card's bollenschema from rows already read (the report reads a whole session; it
    prints the kit's sector hints once per werking, not beside every card)."""
    eigen = tk.BolInvoer(bol_sleutel(werking.gemeente_id), werking.gemeente.naam)
    return tk.teken(
        [eigen],
        [actor_van(p) for p in partners],
        eigen=eigen.sleutel,
        eigen_kop=eigen_kop,
        eigen_leeg=bovenlokaal,
        motto=tk.DENK_OVER_DE_GRENZEN if bovenlokaal else "",
        label_b=LABEL_WERKING,
        breedteverhouding=breedteverhouding,
        hints=hints,
    )


def combinatie_getekend(combinatie: Combinatie, partner_ids: list[int]) -> tk.CombinatieInvoer:
    return tk.CombinatieInvoer(
        sleutel=combinatie.pk,
        titel=combinatie.titel,
        verder=combinatie.verder,
        actoren=tuple(actor_sleutel(pk) for pk in partner_ids),
    )


def combinaties_getekend(combinaties: list[Combinatie]) -> list[tk.CombinatieInvoer]:
    return [combinatie_getekend(c, [p.pk for p in c.partners.all()]) for c in combinaties]


# The room's picture: every werking of a session together.
ZAAL_MAX_BOLLEN = 12
ZAAL_MAX_ACTOREN = 80


@dataclass
class ZaalActor:
    sleutel: str
    naam: str
    bol: str | None
    bol_naam: str
    organisaties: set[int] = field(default_factory=set)
    cultureel_stemmen: list[bool] = field(default_factory=list)
    bovenlokaal: bool = False
    grensverleggend: bool = False
    eigen: bool = False  # a participating organisation (named by others or not)

    @property
    def aantal(self) -> int:
        return len(self.organisaties)

    @property
    def cultureel(self) -> bool:
        if self.eigen:
            return True  # the room's own organisations: the cultural half of their bol
        # As most organisations placed it; a tie goes to the first one that named it.
        telling = Counter(self.cultureel_stemmen)
        if telling[True] == telling[False]:
            return self.cultureel_stemmen[0]
        return telling[True] > telling[False]

    def als_actor(self) -> tk.Actor:
        return tk.Actor(
            sleutel=self.sleutel,
            naam=self.naam,
            bol=self.bol,
            bol_naam=self.bol_naam,
            cultureel=self.cultureel,
            bovenlokaal=self.bovenlokaal,
            grensverleggend=self.grensverleggend,
            aantal=self.aantal,
            eigen=self.eigen,
        )


@dataclass
class ZaalBol:
    sleutel: str | None
    naam: str
    actoren: list[ZaalActor]


@dataclass(frozen=True)
class Doek:
    """The box a screen gives the room's picture, in CSS px, and the smallest letter that is
    still legible there (the projector: read from the back of a room)."""

    breedte: int
    hoogte: int
    letter: float


@dataclass
class Zaalschema:
    tekening: tk.Tekening
    bollen: list[ZaalBol]  # drawn, with the actors drawn in each: the list form
    andere_gemeenten: list[tuple[str, int]]  # not drawn: name, number of actors
    andere_actoren: list[ZaalActor]  # not drawn
    aantal_organisaties: int
    aantal_actoren: int  # named as a partner (the participating organisations themselves not)
    # Fewer actors than the page's 80 because the screen (`Doek`) needs bigger letters.
    ingekort_voor_doek: bool = False

    @property
    def getekende_actoren(self) -> int:
        """The named actors drawn (a participating organisation nobody named is no partner)."""
        return sum(1 for b in self.bollen for a in b.actoren if a.aantal)


def _teken_zaal(
    bollen: list[str | None],
    gekozen: list[ZaalActor],
    eigen: str | None,
    namen: dict[str | None, str],
    breedteverhouding: float,
) -> tk.Tekening:
    return tk.teken(
        [tk.BolInvoer(b, namen[b]) for b in bollen],
        [a.als_actor() for a in gekozen],
        eigen=eigen,
        # No "EIGEN WERKINGEN" above one gemeente: every participating organisation stands,
        # outlined, in the bol of its own gemeente, and those bollen are outlined too.
        eigen_kop="",
        breedteverhouding=breedteverhouding,
        # On the projector every unit of width counts: the kit's sector hints stand above the
        # picture as text instead of in a column beside it (templates/onderdelen/zaal_...).
        hints=False,
    )


def zaalschema(sessie_id: int, doek: Doek | None = None) -> Zaalschema:
    """The room's bollenschema: the same normalised name in the same gemeente is one actor,
    however many organisations named it. The 12 gemeenten with most actors and at most 80
    actors (the most named first) are drawn; the rest is counted beside the picture.

    With a `doek` (the projector): as many of those actors, the most named first, as fit the
    box with every letter at least `doek.letter` px, and only the bollen they are in (and the
    one at the heart).

    Every participating organisation (a werking of the session) is drawn as an own werking in
    the cultural half of its gemeente's bol, also when nobody named it; named by others it is
    that actor, marked. Two queries either way."""
    actoren: dict[tuple[str, str | None], ZaalActor] = {}
    werkingen: Counter[str | None] = Counter()
    namen: dict[str | None, str] = {}
    deelnemend = Werking.objects.filter(sessie_id=sessie_id).select_related("gemeente")
    for werking in deelnemend.order_by("naam", "id"):
        thuis = bol_sleutel(werking.gemeente_id)
        werkingen[thuis] += 1
        namen[thuis] = werking.gemeente.naam
        sleutel = (normalize_key(werking.naam), thuis)
        if sleutel not in actoren:
            actoren[sleutel] = ZaalActor(
                sleutel=f"z{len(actoren) + 1}",
                naam=werking.naam,
                bol=thuis,
                bol_naam=werking.gemeente.naam,
                eigen=True,
            )
    partners = (
        Partner.objects.filter(werking__sessie_id=sessie_id)
        .select_related("gemeente", "categorie", "werking__gemeente")
        .order_by("werking_id", "volgorde", "id")
    )
    gezien: set[int] = set()
    for partner in partners:
        gezien.add(partner.werking_id)
        gemeente = bol_sleutel(partner.gemeente_id)
        sleutel = (normalize_key(partner.naam), gemeente)
        actor = actoren.get(sleutel)
        if actor is None:
            actor = actoren[sleutel] = ZaalActor(
                sleutel=f"z{len(actoren) + 1}",
                naam=partner.naam,
                bol=gemeente,
                bol_naam=partner.gemeente.naam if partner.gemeente_id else tk.REGIO,
            )
        actor.organisaties.add(partner.werking_id)
        actor.cultureel_stemmen.append(partner.cultureel)
        actor.bovenlokaal = actor.bovenlokaal or partner.bovenlokaal
        actor.grensverleggend = actor.grensverleggend or partner.grensverleggend

    per_bol: dict[str | None, list[ZaalActor]] = {}
    for actor in actoren.values():
        per_bol.setdefault(actor.bol, []).append(actor)
        namen[actor.bol] = actor.bol_naam
    # At the heart: the gemeente most organisations come from (drawn even when nobody named
    # a partner there); among equals the one with most actors.
    eigen = None
    if werkingen:
        eigen = min(werkingen, key=lambda g: (-werkingen[g], -len(per_bol.get(g, [])), str(g)))
        per_bol.setdefault(eigen, [])
    volgorde = sorted(
        per_bol,
        key=lambda b: (b != eigen, -len(per_bol[b]), namen[b].casefold()),
    )
    getekend = volgorde[:ZAAL_MAX_BOLLEN]
    kandidaten = sorted(
        (a for b in getekend for a in per_bol[b]),
        key=lambda a: (not a.eigen, -a.aantal, normalize_key(a.naam), a.sleutel),
    )
    gekozen = kandidaten[:ZAAL_MAX_ACTOREN]
    ingekort = False
    if doek is None:
        tekening = _teken_zaal(getekend, gekozen, eigen, namen, 1.9)
    else:
        getekend, gekozen, tekening = _passend(doek, volgorde, gekozen, eigen, namen)
        ingekort = len(gekozen) < min(len(kandidaten), ZAAL_MAX_ACTOREN)
    gekozen_sleutels = {a.sleutel for a in gekozen}
    getekende_bollen = set(getekend)
    return Zaalschema(
        tekening=tekening,
        bollen=[
            ZaalBol(b, namen[b], [a for a in per_bol[b] if a.sleutel in gekozen_sleutels])
            for b in getekend
        ],
        andere_gemeenten=[
            (namen[b], len(per_bol[b])) for b in volgorde if b not in getekende_bollen
        ],
        andere_actoren=[
            a for a in actoren.values() if a.sleutel not in gekozen_sleutels and a.aantal
        ],
        aantal_organisaties=len(gezien),
        aantal_actoren=sum(1 for a in actoren.values() if a.aantal),
        ingekort_voor_doek=ingekort,
    )


def _passend(
    doek: Doek,
    volgorde: list[str | None],
    kandidaten: list[ZaalActor],
    eigen: str | None,
    namen: dict[str | None, str],
) -> tuple[list[str | None], list[ZaalActor], tk.Tekening]:
    """The actors of `kandidaten` (the most named first) that fit the box with every letter
    at least `doek.letter` px. When not all fit they are taken greedily: first those named by
    more than one organisation, then bol by bol in the room's order (the heart, then the
    gemeenten with most actors), since every extra bol costs a whole circle of room. An actor
    that would make the picture too small is left out, and so are the later actors of its bol
    (that bol is full), but a later actor in a bol with room still comes in. The bollen
    drawn are theirs and the one at the heart. One layout when everything fits; else one per
    actor tried (at most the actors drawn plus one per bol): about 40 ms for 80 candidates."""
    verhouding = doek.breedte / doek.hoogte
    rang = {b: i for i, b in enumerate(volgorde)}

    def probeer(gekozen: list[ZaalActor]) -> tuple[list[str | None], tk.Tekening]:
        met_actoren = {a.bol for a in gekozen}
        bollen = [b for b in volgorde if b == eigen or b in met_actoren]
        return bollen, _teken_zaal(bollen, gekozen, eigen, namen, verhouding)

    def leesbaar(tekening: tk.Tekening) -> bool:
        return tk.letter_op(tekening, doek.breedte, doek.hoogte) >= doek.letter

    bollen, tekening = probeer(kandidaten)
    if leesbaar(tekening):
        return bollen, kandidaten, tekening
    gekozen: list[ZaalActor] = []
    bollen, tekening = probeer(gekozen)
    vol: set[str | None] = set()
    for actor in sorted(kandidaten, key=lambda a: (not a.eigen, a.aantal < 2, rang[a.bol])):
        if actor.bol in vol:
            continue
        poging = probeer([*gekozen, actor])
        if leesbaar(poging[1]):
            gekozen.append(actor)
            bollen, tekening = poging
        else:
            vol.add(actor.bol)
    return bollen, gekozen, tekening
