"""STAP 3: partners, partnerkaarten, the bollenschema, combinaties and the final list."""

from dataclasses import dataclass, field

from django.db import models, transaction
from django.db.models import Max, Prefetch, QuerySet

from cultuuroptil.lib.autosave import voeg_samen
from cultuuroptil.lib.models import recent_verwijderd
from cultuuroptil.lib.sleutels import maak_eenmalig
from cultuuroptil.lib.text import normalize_key
from inspiratie.models import Categorie
from werking.models import Gemeente, Kenmerk, Werking

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


@transaction.atomic
def bewaar_partner(werking: Werking, gegevens: dict, partner: Partner | None = None) -> Partner:
    """Create a partner (or reuse the same actor) or update one, and put it in its bol."""
    if partner is None:
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


def zet_op_kaart(kaart: Partnerkaart, partner: Partner) -> None:
    if kaart.bovenlokaal:
        controleer_buiten_eigen_gemeente(kaart.werking, partner.gemeente, partner.naam)
    kaart.partners.add(partner)


@transaction.atomic
def nieuwe_partner_op_kaart(kaart: Partnerkaart, gegevens: dict) -> Partner:
    """A partner typed on a card: made (or the same actor reused) and put on the card, or
    nothing at all when the card refuses it."""
    if kaart.bovenlokaal:
        controleer_buiten_eigen_gemeente(kaart.werking, gegevens["gemeente"])
    partner = bewaar_partner(kaart.werking, gegevens)
    zet_op_kaart(kaart, partner)
    return partner


def wijzig_partner(partner: Partner, gegevens: dict) -> Partner:
    """An edited partner, unless it would break a bovenlokale partnerkaart it is on."""
    werking = partner.werking
    if partner.partnerkaarten.filter(bovenlokaal=True).exists():
        try:
            controleer_buiten_eigen_gemeente(werking, gegevens["gemeente"])
        except Onmogelijk as fout:
            raise Onmogelijk(
                f"{partner.naam} staat op een bovenlokale partnerkaart. {fout} "
                "Haal de partner daar eerst af."
            ) from fout
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
    return combinatie


def netwerk_van(werking: Werking) -> tuple[list[Partner], list[Partner]]:
    """The partners kept for the final list, and the others that could still be added."""
    alle = list(partners_van(werking).order_by("volgorde", "id"))
    return [p for p in alle if p.behouden], [p for p in alle if not p.behouden]


VINKJES = ("bovenlokaal", "grensverleggend")


def zet_vinkjes(partner: Partner, gepost: dict[str, bool], basis: dict[str, str | None]) -> None:
    """The tick boxes of the final list. Only a tick this participant changed is applied (a
    colleague's other tick, set meanwhile, stays); a value equal to the kit's default is
    stored as 'automatic', so it keeps following gemeente and categorie."""
    huidig = {veld: "ja" if getattr(partner, veld) else "nee" for veld in VINKJES}
    samen = voeg_samen({veld: "ja" if gepost[veld] else "nee" for veld in VINKJES}, basis, huidig)
    for veld in VINKJES:
        setattr(partner, f"{veld}_keuze", None)
    for veld in VINKJES:
        gewenst = samen.waarden[veld] == "ja"
        if gewenst != getattr(partner, veld):
            setattr(partner, f"{veld}_keuze", gewenst)
    partner.save(update_fields=[f"{veld}_keuze" for veld in VINKJES])


def bevestig_vinkje(partner: Partner, veld: str) -> None:
    """The participant confirms what is ticked now (a suggestion becomes their own choice):
    it no longer follows a later change of gemeente, categorie or sector."""
    if veld not in VINKJES:
        raise Onmogelijk("Onbekend vinkje.")
    Partner.objects.filter(pk=partner.pk).update(**{f"{veld}_keuze": getattr(partner, veld)})


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
