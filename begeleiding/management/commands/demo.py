"""`manage.py demo`: a filled-in demo workshop to try the app or show it in a room.

Idempotent and non-destructive: a demo werking is recognised by its name; one that exists is
left exactly as it is (participants may have changed it), missing ones are created. The
content is drawn from the pools in sessies/demo_inhoud.py with a random generator seeded per
werking, so every run produces the same werkingen.
"""

import random
from dataclasses import dataclass, field
from itertools import zip_longest

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractBaseUser
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from begeleiding.demo_inhoud import (
    DEMO_PLAATS,
    DEMO_TITEL,
    EXTRA_PROVINCIES,
    IDEEEN_PER_CATEGORIE,
    KERNGEMEENTEN,
    LOKALE_PARTNERS,
    PROFIELEN,
    REGIONALE_PARTNERS,
    SOORTEN,
    VOORNAMEN,
    PartnerSjabloon,
    Profiel,
    Vertrekpunt,
)
from begeleiding.services import maak_begeleider
from cultuuroptil.lib.autosave import bewaar_veld
from cultuuroptil.lib.text import normalize_key
from inspiratie.models import Categorie
from partnerkaarten.services import (
    bewaar_combinatie,
    bewaar_partner,
    nieuwe_partnerkaart,
    voeg_idee_toe,
    zet_op_kaart,
)
from sessies.models import (
    CODE_ALFABET,
    CODE_LENGTE,
    Sessie,
    UitgegevenCode,
    normaliseer_code,
)
from sessies.services import geef_code_uit
from werking.models import Gemeente, Kenmerk
from werking.services import doe_mee, voeg_kenmerk_toe

BEGELEIDER_NAAM = ("Hanne", "Verstraeten")
GEBRUIKER = "begeleider"
STANDAARD_WACHTWOORD = "netwerkdemo"
STANDAARD_URL = "http://127.0.0.1:8000"
STANDAARD_AANTAL = 3
MAX_WERKINGEN = 200
# Constant, not the clock: the same index always gives the same werking.
ZAAD = 2026_11_26
# Neighbours of a municipality: this many places either side of it in the region list.
BUURVENSTER = 5
# Cultural categories that are an artistic or heritage discipline of their own.
DISCIPLINES = {"Kunsten", "Amateurkunsten", "Circuskunsten", "Erfgoed"}


@dataclass
class PartnerPlan:
    naam: str
    gemeente: Gemeente | None
    categorie: str
    sector: str
    cultureel_keuze: bool | None = None
    bovenlokaal_keuze: bool | None = None
    grensverleggend_keuze: bool | None = None
    behouden: bool = False


@dataclass
class KaartPlan:
    vertrekpunt: Vertrekpunt
    partners: list[int]
    ideeen: list[str]
    bovenlokaal: bool = False


@dataclass
class CombinatiePlan:
    titel: str
    ideeen: str
    partners: list[int]
    verder: bool


@dataclass
class WerkingPlan:
    naam: str
    gemeente: Gemeente
    dagelijkse_werking: str
    doel: str
    voor_wie: str
    sterktes: list[Vertrekpunt]
    beperkingen: list[Vertrekpunt]
    partners: list[PartnerPlan] = field(default_factory=list)
    kaarten: list[KaartPlan] = field(default_factory=list)
    bollen: list[Gemeente | None] = field(default_factory=list)
    combinaties: list[CombinatiePlan] = field(default_factory=list)
    deelnemers: list[str] = field(default_factory=list)


def code_of_fout(code: str) -> str:
    """The normalised code, or a Dutch CommandError explaining what is wrong with it."""
    code = normaliseer_code(code)
    if len(code) != CODE_LENGTE or not set(code) <= set(CODE_ALFABET):
        raise CommandError(
            f"Ongeldige code '{code}': een code heeft {CODE_LENGTE} tekens uit "
            f"{CODE_ALFABET} (geen 0, O, 1, I of L)."
        )
    return code


def opsomming(namen: list[str]) -> str:
    if len(namen) == 1:
        return namen[0]
    return ", ".join(namen[:-1]) + " en " + namen[-1]


class Planner:
    """Turns an index into a complete, deterministic demo werking (no database writes)."""

    def __init__(self, gemeenten: list[Gemeente], categorieen: dict[str, Categorie]) -> None:
        self.gemeenten = gemeenten
        self.positie = {g.pk: i for i, g in enumerate(gemeenten)}
        self.categorieen = categorieen

    def naam_en_gemeente(self, index: int) -> tuple[str, Gemeente, Profiel]:
        # Kind i % len(SOORTEN) in round i // len(SOORTEN); each round shifts the municipality
        # by one, so a kind never meets the same municipality twice and names stay unique.
        soort = SOORTEN[index % len(SOORTEN)]
        ronde = index // len(SOORTEN)
        gemeente = self.gemeenten[(index % len(SOORTEN) + ronde) % len(self.gemeenten)]
        eigennaam = soort.eigennamen[ronde % len(soort.eigennamen)] if soort.eigennamen else ""
        naam = soort.naam.format(g=gemeente.naam, e=eigennaam)
        if soort.eigennamen and ronde >= len(soort.eigennamen) and "{g}" not in soort.naam:
            naam = f"{naam} {gemeente.naam}"
        return naam, gemeente, PROFIELEN[soort.profiel]

    def plan(self, index: int) -> WerkingPlan:
        rng = random.Random(ZAAD + index)
        naam, gemeente, profiel = self.naam_en_gemeente(index)
        g = gemeente.naam
        werking = WerkingPlan(
            naam=naam,
            gemeente=gemeente,
            dagelijkse_werking=rng.choice(profiel.dagelijks).format(g=g),
            doel=rng.choice(profiel.doel).format(g=g),
            voor_wie=rng.choice(profiel.voor_wie).format(g=g),
            sterktes=rng.sample(profiel.sterktes, min(len(profiel.sterktes), rng.choice([3, 4]))),
            beperkingen=rng.sample(
                profiel.beperkingen, min(len(profiel.beperkingen), rng.choice([3, 4]))
            ),
        )
        # Exercise 1 of STAP 3 starts from a beperking, exercise 2 from a sterkte.
        vertrekpunten = [
            ("beperking", werking.beperkingen[0]),
            ("sterkte", werking.sterktes[0]),
        ]
        if rng.random() < 0.5:
            vertrekpunten.append(
                rng.choice(
                    [("sterkte", werking.sterktes[1]), ("beperking", werking.beperkingen[1])]
                )
            )
        werking.partners = self.plan_partners(
            rng, werking, profiel, [v.categorieen for _, v in vertrekpunten]
        )
        werking.kaarten = self.plan_kaarten(rng, werking, vertrekpunten)
        werking.combinaties = self.plan_combinaties(rng, werking, profiel)
        werking.bollen = self.plan_bollen(werking)
        werking.deelnemers = rng.sample(VOORNAMEN, rng.randint(1, 3))
        return werking

    def buren(self, gemeente: Gemeente) -> list[Gemeente]:
        i = self.positie[gemeente.pk]
        venster = self.gemeenten[max(0, i - BUURVENSTER) : i + BUURVENSTER + 1]
        return [g for g in venster if g.pk != gemeente.pk]

    def sjablonen(
        self, categorie: str, plek: Gemeente | None, provincie: str
    ) -> list[PartnerSjabloon]:
        if plek is not None:
            return list(LOKALE_PARTNERS.get(categorie, ()))
        return [
            *REGIONALE_PARTNERS.get(provincie, {}).get(categorie, ()),
            *REGIONALE_PARTNERS[None].get(categorie, ()),
        ]

    def plan_partners(
        self,
        rng: random.Random,
        werking: WerkingPlan,
        profiel: Profiel,
        groepen: list[tuple[str, ...]],
    ) -> list[PartnerPlan]:
        eigen = werking.gemeente
        andere = rng.sample(self.buren(eigen), rng.choice([2, 3]))
        met_regio = rng.random() < 0.8
        # Two in the own gemeente and one in each other one, so every werking spans ≥3 bollen.
        plekken: list[Gemeente | None] = [eigen, eigen, *andere]
        aantal = rng.randint(5, 7)
        while len(plekken) + met_regio < aantal:
            plekken.append(rng.choice([eigen, *andere]))
        rng.shuffle(plekken)
        if met_regio:
            plekken.insert(rng.randint(1, len(plekken)), None)

        # The cards' categories in turn, so that each card finds partners that fit it.
        wachtrij = list(dict.fromkeys(c for rij in zip_longest(*groepen) for c in rij if c))
        reserve = [c for c in LOKALE_PARTNERS if c not in wachtrij]
        gebruikt = {normalize_key(werking.naam)}
        partners: list[PartnerPlan] = []
        for plek in plekken:
            for categorie in [*wachtrij, *reserve]:
                sjablonen = self.sjablonen(categorie, plek, eigen.provincie)
                rng.shuffle(sjablonen)
                partner = self.kies_sjabloon(sjablonen, categorie, plek, gebruikt)
                if partner is not None:
                    partners.append(partner)
                    # Next partner starts with another category.
                    if categorie in wachtrij:
                        wachtrij.remove(categorie)
                        wachtrij.append(categorie)
                    break

        for i in rng.sample(range(len(partners)), rng.choice([3, 4])):
            partners[i].behouden = True
        # At most one hand-set tick per werking, as participants rarely override.
        keuze = rng.random()
        if keuze < 0.35:
            # A cultural partner from another discipline still crosses a boundary.
            andere_discipline = [
                p
                for p in partners
                if p.categorie in DISCIPLINES and p.categorie != profiel.categorie
            ]
            if andere_discipline:
                rng.choice(andere_discipline).grensverleggend_keuze = True
        elif keuze < 0.5:
            # A partner in the own gemeente that works for the whole region.
            lokale = [p for p in partners if p.gemeente == eigen]
            rng.choice(lokale).bovenlokaal_keuze = True
        return partners

    def kies_sjabloon(
        self,
        sjablonen: list[PartnerSjabloon],
        categorie: str,
        plek: Gemeente | None,
        gebruikt: set[str],
    ) -> PartnerPlan | None:
        for sjabloon in sjablonen:
            naam = sjabloon.naam.format(g=plek.naam if plek else "")
            if normalize_key(naam) in gebruikt:
                continue
            gebruikt.add(normalize_key(naam))
            cultureel = sjabloon.cultureel
            if cultureel is None and self.categorieen[categorie].standaard_cultureel is None:
                cultureel = False  # Jeugd and Andere: the participant always chooses.
            return PartnerPlan(
                naam=naam,
                gemeente=plek,
                categorie=categorie,
                sector=sjabloon.sector,
                cultureel_keuze=cultureel,
            )
        return None

    def plan_kaarten(
        self,
        rng: random.Random,
        werking: WerkingPlan,
        vertrekpunten: list[tuple[str, Vertrekpunt]],
    ) -> list[KaartPlan]:
        kaarten = []
        # Sometimes the last card is the kit's bovenlokale partnerkaart.
        bovenlokaal_index = len(vertrekpunten) - 1 if rng.random() < 0.5 else -1
        for k, (_, vertrekpunt) in enumerate(vertrekpunten):
            bovenlokaal = k == bovenlokaal_index
            kandidaten = [
                i
                for i, p in enumerate(werking.partners)
                if not bovenlokaal or p.gemeente != werking.gemeente
            ]
            passend = [
                i for i in kandidaten if werking.partners[i].categorie in vertrekpunt.categorieen
            ]
            rest = [i for i in kandidaten if i not in passend]
            rng.shuffle(rest)
            aantal = rng.choice([2, 3])
            gekozen = (passend + rest)[:aantal]
            ideeen = [vertrekpunt.idee]
            eerste = werking.partners[gekozen[0]]
            if rng.random() < 0.6:
                sjabloon = rng.choice(IDEEEN_PER_CATEGORIE[eerste.categorie])
                ideeen.append(sjabloon.format(partner=eerste.naam))
            kaarten.append(KaartPlan(vertrekpunt, gekozen, ideeen, bovenlokaal))
        return kaarten

    def plan_combinaties(
        self, rng: random.Random, werking: WerkingPlan, profiel: Profiel
    ) -> list[CombinatiePlan]:
        partners = werking.partners
        eigen = [i for i, p in enumerate(partners) if p.gemeente == werking.gemeente]
        elders = [i for i, p in enumerate(partners) if p.gemeente not in (None, werking.gemeente)]
        regio = [i for i, p in enumerate(partners) if p.gemeente is None]
        rng.shuffle(eigen)
        rng.shuffle(elders)
        combinaties = []
        scenarios = rng.sample(profiel.combinaties, rng.choice([1, 2]))
        for j, (titel, tekst) in enumerate(scenarios):
            # One partner from the own bol and one from another: the kit's "combine across bollen".
            gekozen = [eigen[j % len(eigen)], elders[j % len(elders)]]
            derde = [
                i
                for i in regio + elders
                if partners[i].gemeente not in (partners[gekozen[1]].gemeente, werking.gemeente)
            ]
            if derde and rng.random() < 0.5:
                gekozen.append(rng.choice(derde))
            namen = [partners[i].naam for i in gekozen]
            combinaties.append(
                CombinatiePlan(
                    titel=titel,
                    ideeen=tekst.format(partners=opsomming(namen)),
                    partners=gekozen,
                    verder=j == 0 or rng.random() < 0.3,
                )
            )
        return combinaties

    def plan_bollen(self, werking: WerkingPlan) -> list[Gemeente | None]:
        # In the order their partners came up; the own gemeente's bol is derived, not stored.
        bollen: list[Gemeente | None] = []
        for partner in werking.partners:
            if partner.gemeente not in (None, werking.gemeente, *bollen):
                bollen.append(partner.gemeente)
        if any(p.gemeente is None for p in werking.partners):
            bollen.append(None)
        return bollen


def bewaar(sessie: Sessie, plannen: list[WerkingPlan], categorieen: dict[str, Categorie]) -> None:
    """Write the planned werkingen the way participants do: through the same services the
    pages call (joining, autosave, STAP 2, partners, cards, ideas, combinations), so the demo
    obeys every rule they do and gets the same order and bollen."""
    for plan in plannen:
        bewaar_werking(sessie, plan, categorieen)


@transaction.atomic
def bewaar_werking(sessie: Sessie, plan: WerkingPlan, categorieen: dict[str, Categorie]) -> None:
    eerste, _ = doe_mee(
        sessie, plan.deelnemers[0], nieuwe_werking_naam=plan.naam, gemeente=plan.gemeente
    )
    werking = eerste.werking
    for naam in plan.deelnemers[1:]:
        doe_mee(sessie, naam, werking=werking)
    for veld in ("dagelijkse_werking", "doel", "voor_wie"):
        bewaar_veld(werking, veld, getattr(plan, veld), "")

    kenmerk_van: dict[Vertrekpunt, Kenmerk] = {}
    for soort, lijst in (("sterkte", plan.sterktes), ("beperking", plan.beperkingen)):
        for vertrekpunt in lijst:
            kenmerk_van[vertrekpunt] = voeg_kenmerk_toe(werking, soort, vertrekpunt.tekst, None)

    # In the order they were named: each one also puts its gemeente's bol in place, so the
    # bollen come in the order the service gives them, as on the participants' pages.
    partners = [
        bewaar_partner(
            werking,
            {
                "naam": pp.naam,
                "gemeente": pp.gemeente,
                "categorie": categorieen[pp.categorie],
                "cultureel_keuze": pp.cultureel_keuze,
                "sector": pp.sector,
                "bovenlokaal_keuze": pp.bovenlokaal_keuze,
                "grensverleggend_keuze": pp.grensverleggend_keuze,
            },
        )
        for pp in plan.partners
    ]

    for kp in plan.kaarten:
        kaart = nieuwe_partnerkaart(werking, kenmerk_van[kp.vertrekpunt], kp.bovenlokaal)
        for i in kp.partners:
            zet_op_kaart(kaart, partners[i])
        for tekst in kp.ideeen:
            voeg_idee_toe(kaart, tekst)

    for cp in plan.combinaties:
        combinatie = bewaar_combinatie(werking, [partners[i] for i in cp.partners], titel=cp.titel)
        bewaar_veld(combinatie, "ideeen", cp.ideeen, "")
        if cp.verder:
            # As the "verder aan de slag" switch on the combinations page does.
            combinatie.verder = True
            combinatie.save(update_fields=["verder", "gewijzigd"])

    # The final list "Bouw je netwerk uit": the partners they keep (as the list's form does).
    for partner, pp in zip(partners, plan.partners, strict=True):
        if pp.behouden:
            partner.behouden = True
            partner.save(update_fields=["behouden", "gewijzigd"])


def laad_gemeenten() -> list[Gemeente]:
    """The region first (in KERNGEMEENTEN order), then the rest of the two provinces by name."""
    kern = {g.naam: g for g in Gemeente.objects.filter(naam__in=KERNGEMEENTEN)}
    ontbrekend = [naam for naam in KERNGEMEENTEN if naam not in kern]
    if ontbrekend:
        raise CommandError(
            "Gemeenten ontbreken in de database (" + ", ".join(ontbrekend) + "). "
            "Laad eerst de referentiedata: python manage.py loaddata gemeenten inspiratie"
        )
    extra = (
        Gemeente.objects.filter(provincie__in=EXTRA_PROVINCIES)
        .exclude(naam__in=KERNGEMEENTEN)
        .order_by("provincie", "naam")
    )
    return [kern[naam] for naam in KERNGEMEENTEN] + list(extra)


def laad_categorieen() -> dict[str, Categorie]:
    categorieen = {c.naam: c for c in Categorie.kit.all()}
    nodig = set(LOKALE_PARTNERS) | {c for p in PROFIELEN.values() for c in _categorieen(p)}
    ontbrekend = sorted(nodig - set(categorieen))
    if ontbrekend:
        raise CommandError(
            "Categorieën van de inspiratielijst ontbreken (" + ", ".join(ontbrekend) + "). "
            "Laad eerst de referentiedata: python manage.py loaddata gemeenten inspiratie"
        )
    return categorieen


def _categorieen(profiel: Profiel) -> set[str]:
    return {c for v in (*profiel.sterktes, *profiel.beperkingen) for c in v.categorieen}


class Command(BaseCommand):
    help = (
        "Maakt een demo-workshop 'Bouw je netwerk uit' met ingevulde werkingen, en het account "
        f"'{GEBRUIKER}' voor de begeleider (wachtwoord '{STANDAARD_WACHTWOORD}' tenzij "
        "--password iets anders zegt). Veilig om opnieuw te draaien: bestaande werkingen, ook "
        "door deelnemers gewijzigde, blijven onaangeroerd; enkel ontbrekende worden aangemaakt."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--code",
            help="Deelnamecode van de demo-sessie (6 tekens). Bestaat die sessie al, dan vult "
            "de demo ze aan; anders wordt ze met deze code aangemaakt.",
        )
        parser.add_argument(
            "--werkingen",
            type=int,
            default=STANDAARD_AANTAL,
            help=f"Aantal demo-werkingen (standaard {STANDAARD_AANTAL}, hoogstens "
            f"{MAX_WERKINGEN}).",
        )
        parser.add_argument(
            "--url",
            default=None,
            help=(
                "Adres van de app, voor de afgedrukte links (standaard SITE_URL, anders "
                f"{STANDAARD_URL})."
            ),
        )
        parser.add_argument(
            "--password",
            default=STANDAARD_WACHTWOORD,
            help=f"Wachtwoord voor '{GEBRUIKER}' (standaard '{STANDAARD_WACHTWOORD}'); wordt "
            "bij elke run ingesteld.",
        )

    def handle(self, *args, **opties) -> None:
        aantal: int = opties["werkingen"]
        if not 0 <= aantal <= MAX_WERKINGEN:
            raise CommandError(f"Kies een aantal werkingen van 0 tot {MAX_WERKINGEN}.")
        code = code_of_fout(opties["code"]) if opties["code"] else None
        wachtwoord: str = opties["password"]
        if not wachtwoord:
            raise CommandError("Het wachtwoord mag niet leeg zijn.")

        with transaction.atomic():
            gemeenten = laad_gemeenten()
            categorieen = laad_categorieen()
            begeleider, nieuwe_gebruiker = self.begeleider(wachtwoord)
            sessie, nieuwe_sessie = self.sessie(begeleider, code)

            planner = Planner(gemeenten, categorieen)
            bestaand = {normalize_key(n) for n in sessie.werkingen.values_list("naam", flat=True)}
            plannen = []
            for index in range(aantal):
                naam, _, _ = planner.naam_en_gemeente(index)
                if normalize_key(naam) not in bestaand:
                    plannen.append(planner.plan(index))
            bewaar(sessie, plannen, categorieen)
            totaal = sessie.werkingen.count()

        self.meld(
            sessie=sessie,
            begeleider=begeleider,
            wachtwoord=wachtwoord,
            nieuwe_gebruiker=nieuwe_gebruiker,
            nieuwe_sessie=nieuwe_sessie,
            aangemaakt=len(plannen),
            behouden=aantal - len(plannen),
            totaal=totaal,
            basis_url=(opties["url"] or settings.SITE_URL or STANDAARD_URL).rstrip("/"),
        )

    def begeleider(self, wachtwoord: str) -> tuple[AbstractBaseUser, bool]:
        User = get_user_model()
        gebruiker, nieuw = User.objects.get_or_create(
            username=GEBRUIKER,
            defaults={"is_staff": False, "is_superuser": False},
        )
        # Every run, so the printed password always works; a real-looking name, since the
        # pages name the facilitator ("… nodigt je uit", "Begeleider: …").
        gebruiker.set_password(wachtwoord)
        gebruiker.first_name, gebruiker.last_name = BEGELEIDER_NAAM
        gebruiker.save(update_fields=["password", "first_name", "last_name"])
        maak_begeleider(gebruiker)
        return gebruiker, nieuw

    def sessie(self, begeleider: AbstractBaseUser, code: str | None) -> tuple[Sessie, bool]:
        if code is not None:
            sessie = Sessie.objects.filter(code=code).first()
            if sessie is not None:
                return sessie, False
            # Record the code so geef_code_uit never hands it to another session.
            UitgegevenCode.objects.get_or_create(code=code)
        else:
            sessie = (
                Sessie.objects.filter(eigenaar=begeleider, titel=DEMO_TITEL)
                .order_by("aangemaakt", "pk")
                .first()
            )
            if sessie is not None:
                return sessie, False
            code = geef_code_uit()
        sessie = Sessie.objects.create(
            titel=DEMO_TITEL,
            datum=timezone.localdate(),
            plaats=DEMO_PLAATS,
            eigenaar=begeleider,
            code=code,
        )
        return sessie, True

    def meld(
        self,
        *,
        sessie: Sessie,
        begeleider: AbstractBaseUser,
        wachtwoord: str,
        nieuwe_gebruiker: bool,
        nieuwe_sessie: bool,
        aangemaakt: int,
        behouden: int,
        totaal: int,
        basis_url: str,
    ) -> None:
        schrijf = self.stdout.write
        wat = "aangemaakt" if nieuwe_sessie else "hergebruikt"
        schrijf(
            f'Demo-sessie {wat}: "{sessie.titel}" op {sessie.datum:%d/%m/%Y}'
            + (f" in {sessie.plaats}" if sessie.plaats else "")
            + "."
        )
        schrijf(
            f"Werkingen: {aangemaakt} aangemaakt, {behouden} bestonden al en bleven "
            f"onaangeroerd; {totaal} in totaal in deze sessie."
        )
        if nieuwe_gebruiker:
            schrijf(f"Account '{GEBRUIKER}' aangemaakt.")
        else:
            schrijf(f"Wachtwoord van account '{GEBRUIKER}' opnieuw ingesteld.")
        if sessie.eigenaar_id != begeleider.pk:
            schrijf(
                self.style.WARNING(
                    f"Let op: deze sessie hoort bij '{sessie.eigenaar}', niet bij '{GEBRUIKER}'; "
                    f"'{GEBRUIKER}' ziet ze niet in zijn overzicht."
                )
            )
        schrijf("")
        schrijf(
            self.style.SUCCESS(
                f"Aanmelden als begeleider: {basis_url}{reverse('login')}  "
                f"gebruiker: {GEBRUIKER}  wachtwoord: {wachtwoord}"
            )
        )
        schrijf(f"Sessie volgen als begeleider: {basis_url}{sessie.get_absolute_url()}")
        schrijf(
            self.style.SUCCESS(
                f"Deelnemers doen mee met code {sessie.code}: {basis_url}{sessie.deelname_url()}"
            )
        )
