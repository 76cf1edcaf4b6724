"""The facilitator's live tools: the dashboard's progress per werking, its ETag, and the
room's phase, pause and timer."""

import functools
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from django.db.models import (
    Aggregate,
    CharField,
    Count,
    Exists,
    IntegerField,
    Max,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Value,
)
from django.db.models.functions import Coalesce
from django.utils import timezone, translation
from django.utils.text import Truncator

from cultuuroptil.lib.adressen import UrlPerId
from cultuuroptil.lib.voorbereid import VoorbereideQuery, VoorbereideWaarden
from inspiratie.models import Categorie
from partnerkaarten.models import Combinatie, Idee, Partner, Partnerkaart
from sessies import live
from sessies.models import Deelnemer, Sessie
from sessies.toegang import begeleider_query
from werking.models import Kenmerk, Werking

# The kit's defaults in SQL, as Partner's properties compute them in Python (a test holds
# the two together): a value set by hand wins, else the default follows gemeente/categorie.
# Categorie.standaard_cultureel: True only for the soort "cultureel".
NIET_CULTUREEL = Q(cultureel_keuze=False) | (
    Q(cultureel_keuze__isnull=True)
    & (Q(categorie__isnull=True) | ~Q(categorie__soort=Categorie.Soort.CULTUREEL))
)
BOVENLOKAAL = Q(bovenlokaal_keuze=True) | (
    Q(bovenlokaal_keuze__isnull=True)
    & (Q(gemeente__isnull=True) | ~Q(gemeente_id=OuterRef("gemeente_id")))
)
GRENSVERLEGGEND = Q(grensverleggend_keuze=True) | (
    Q(grensverleggend_keuze__isnull=True) & NIET_CULTUREEL
)


def tel(queryset: QuerySet, pad: str = "werking") -> Coalesce:
    """The number of rows per werking, as a subquery (no joins that multiply counts)."""
    rijen = queryset.filter(**{pad: OuterRef("pk")}).order_by().values(pad)
    return Coalesce(
        Subquery(rijen.annotate(n=Count("pk")).values("n")[:1], output_field=IntegerField()),
        Value(0),
    )


def laatste(queryset: QuerySet, pad: str = "werking") -> Subquery:
    rijen = queryset.filter(**{pad: OuterRef("pk")}).order_by().values(pad)
    return Subquery(rijen.annotate(m=Max("gewijzigd")).values("m")[:1])


@dataclass(frozen=True)
class KaartVoortgang:
    vertrekpunt: str
    soort: str
    met_idee: bool

    @property
    def kort(self) -> str:
        """The card's starting point as the dashboard shows it (`truncatechars:40`)."""
        return _kort(self.vertrekpunt, translation.get_language())


@functools.lru_cache(maxsize=4096)
def _kort(tekst: str, taal: str | None) -> str:
    # Truncator itself, so the text is exactly the filter's (NFC, combining characters not
    # counted); kept per text: it walks the text character by character in Python, for
    # every card of every werking on every poll. The language keys its "…".
    return Truncator(tekst).chars(40)


@dataclass(frozen=True)
class Persoon:
    naam: str
    actief: bool


def _werkingen_met_tellingen(sessie_id: int) -> QuerySet:
    kaarten = Partnerkaart.objects.filter(kenmerk__verwijderd_op__isnull=True)
    return (
        Werking.objects.filter(sessie_id=sessie_id)
        .select_related("gemeente")
        # Only what a card shows: every datetime column read is parsed on every poll.
        .only("naam", "dagelijkse_werking", "doel", "voor_wie", "gewijzigd", "gemeente__naam")
        .annotate(
            sterktes=tel(Kenmerk.objects.filter(soort=Kenmerk.Soort.STERKTE)),
            beperkingen=tel(Kenmerk.objects.filter(soort=Kenmerk.Soort.BEPERKING)),
            aantal_kaarten=tel(kaarten),
            kaarten_met_idee=tel(
                kaarten.filter(Exists(Idee.objects.filter(partnerkaart=OuterRef("pk"))))
            ),
            aantal_partners=tel(Partner.objects.all()),
            bovenlokaal=tel(Partner.objects.filter(BOVENLOKAAL)),
            grensverleggend=tel(Partner.objects.filter(GRENSVERLEGGEND)),
            aantal_combinaties=tel(Combinatie.objects.all()),
            behouden=tel(Partner.objects.filter(behouden=True)),
            # Removed rows count as activity too.
            laatst_kenmerk=laatste(Kenmerk.alle.all()),
            laatst_partner=laatste(Partner.alle.all()),
            laatst_kaart=laatste(Partnerkaart.alle.all()),
            laatst_idee=laatste(Idee.alle.all(), "partnerkaart__werking"),
            laatst_combinatie=laatste(Combinatie.alle.all()),
        )
        .order_by("naam", "pk")
    )


# Polled every 3 s in a busy room: building and compiling these fourteen subqueries cost more
# than the rest of the dashboard's poll together, so they are compiled once.
WERKINGEN = VoorbereideQuery(_werkingen_met_tellingen, -424_242)


def _deelnemers(sessie_id: int) -> QuerySet:
    return (
        Deelnemer.objects.filter(werking__sessie_id=sessie_id)
        .order_by("aangemaakt", "pk")
        .values_list("werking_id", "naam", "laatst_actief")
    )


def _kaarten(sessie_id: int) -> QuerySet:
    return (
        Partnerkaart.objects.filter(
            kenmerk__verwijderd_op__isnull=True, werking__sessie_id=sessie_id
        )
        .annotate(met_idee=Exists(Idee.objects.filter(partnerkaart=OuterRef("pk"))))
        .order_by("volgorde", "pk")
        .values_list("werking_id", "kenmerk__tekst", "kenmerk__soort", "met_idee")
    )


# The participants and the cards of the session, compiled once too (a prefetch and a queryset
# built on every poll cost as much as the werkingen' own query).
DEELNEMERS = VoorbereideWaarden(_deelnemers, -424_242)
KAARTEN = VoorbereideWaarden(_kaarten, -424_242)


@dataclass(frozen=True)
class Voortgang:
    """One werking's card on the dashboard: everything it shows and nothing else. Frozen and
    made of values, so equal cards render equal HTML (begeleiding.views keeps the HTML per
    value: between two polls most werkingen did not change)."""

    pk: int
    url: str
    naam: str
    gemeente: str
    personen: tuple[Persoon, ...]
    stap1_ingevuld: bool
    stap1_deels: bool
    sterktes: int
    beperkingen: int
    aantal_kaarten: int
    kaarten_met_idee: int
    kaarten: tuple[KaartVoortgang, ...]
    aantal_partners: int
    bovenlokaal: int
    grensverleggend: int
    aantal_combinaties: int
    behouden: int
    laatste_wijziging: str  # "H:i": a change within the same minute leaves the card as it was

    @property
    def actief(self) -> list[Persoon]:
        return [p for p in self.personen if p.actief]


def werkingen_met_voortgang(sessie: Sessie) -> list[Voortgang]:
    """Every werking of the session with its progress per step, in three queries whatever
    the number of werkingen: the werkingen with counts, their participants, their cards."""
    grens = actief_sinds()
    personen: dict[int, list[Persoon]] = {}
    for werking_id, naam, laatst_actief in DEELNEMERS.rijen(sessie.pk):
        actief = laatst_actief is not None and laatst_actief >= grens
        personen.setdefault(werking_id, []).append(Persoon(naam, actief))
    kaarten: dict[int, list[KaartVoortgang]] = {}
    for werking_id, tekst, soort, met_idee in KAARTEN.rijen(sessie.pk):
        kaarten.setdefault(werking_id, []).append(KaartVoortgang(tekst, soort, bool(met_idee)))
    url = UrlPerId.bewaard("begeleiding:werking", sessie.code, None)
    uit = []
    for w in WERKINGEN.alle(sessie.pk):
        stap1 = (w.dagelijkse_werking.strip(), w.doel.strip(), w.voor_wie.strip())
        tijden = (
            w.gewijzigd,
            w.laatst_kenmerk,
            w.laatst_partner,
            w.laatst_kaart,
            w.laatst_idee,
            w.laatst_combinatie,
        )
        uit.append(
            Voortgang(
                pk=w.pk,
                url=url(w.pk),
                naam=w.naam,
                gemeente=w.gemeente.naam,
                personen=tuple(personen.get(w.pk, ())),
                stap1_ingevuld=all(stap1),
                stap1_deels=any(stap1),
                sterktes=w.sterktes,
                beperkingen=w.beperkingen,
                aantal_kaarten=w.aantal_kaarten,
                kaarten_met_idee=w.kaarten_met_idee,
                kaarten=tuple(kaarten.get(w.pk, ())),
                aantal_partners=w.aantal_partners,
                bovenlokaal=w.bovenlokaal,
                grensverleggend=w.grensverleggend,
                aantal_combinaties=w.aantal_combinaties,
                behouden=w.behouden,
                laatste_wijziging=f"{timezone.localtime(max(t for t in tijden if t)):%H:%M}",
            )
        )
    return uit


def actief_sinds(nu: datetime | None = None) -> datetime:
    return (nu or timezone.now()) - timedelta(seconds=live.ACTIEF_SECONDEN)


class Tekstlijst(Aggregate):
    """A column's values joined with commas, in no particular order (sorted by the reader)."""

    function = "GROUP_CONCAT"
    output_field = CharField()

    def as_postgresql(self, compiler, connection, **extra_context):
        return self.as_sql(
            compiler,
            connection,
            function="STRING_AGG",
            template="%(function)s((%(expressions)s)::text, ',')",
            **extra_context,
        )


def _per_sessie(rijen: QuerySet, aggregaat) -> Subquery:
    return Subquery(
        rijen.filter(sessie=OuterRef("pk"))
        .order_by()
        .values("sessie")
        .annotate(x=aggregaat)
        .values("x")[:1]
    )


@functools.cache
def _dashboard_vast() -> dict[str, Subquery]:
    return live.sessie_subqueries(OuterRef("pk")) | {
        "d_aantal": _per_sessie(Deelnemer.objects.all(), Count("pk")),
        "d_max": _per_sessie(Deelnemer.objects.all(), Max("aangemaakt")),
    }


def dashboard_stempel(grens: datetime | None = None) -> dict[str, Subquery]:
    """What the dashboard's ETag covers, as annotations on the query that finds the session
    (sessies.toegang.sessie_van_begeleider): the latest change and count of every table over
    the session (removed rows included), the participants, and who is active now (the state
    shown, not the times: a participant's activity write every 30 s changes nothing until
    they cross the one-minute line). So a poll costs the facilitator's session, their user
    and this one query."""
    actief = Deelnemer.objects.filter(laatst_actief__gte=grens or actief_sinds())
    return _dashboard_vast() | {"d_actief": _per_sessie(actief, Tekstlijst("pk"))}


# The dashboard's poll: the session with this stamp, compiled once (the time limit of "active"
# is the one value besides the code and the user).
DASHBOARD = begeleider_query(dashboard_stempel, datetime(1999, 1, 1, tzinfo=UTC))


def dashboard_etag(sessie: Sessie, *extra: object) -> str:
    """The dashboard's ETag from the annotations of `dashboard_stempel` (no query)."""
    stempel = sorted((naam, getattr(sessie, naam)) for naam in _dashboard_vast())
    actief = sorted(int(pk) for pk in (sessie.d_actief or "").split(",") if pk)
    return live.etag("dashboard", live.zaal_stempel(sessie), stempel, actief, *extra)


# The room, as the facilitator drives it. Every change saves `gewijzigd` too (auto_now only
# counts when it is among update_fields): that flips the ETag of every live page.


def _bewaar(sessie: Sessie, *velden: str) -> None:
    sessie.save(update_fields=[*velden, "gewijzigd"])


def zet_fase(sessie: Sessie, fase: str) -> None:
    sessie.fase = fase
    _bewaar(sessie, "fase")


def zet_pauze(sessie: Sessie, gepauzeerd: bool) -> None:
    sessie.gepauzeerd = gepauzeerd
    _bewaar(sessie, "gepauzeerd")


MAX_TIMER_MINUTEN = 180


def start_timer(sessie: Sessie, minuten: int) -> None:
    sessie.timer_einde = timezone.now() + timedelta(minutes=minuten)
    sessie.timer_rest = None
    _bewaar(sessie, "timer_einde", "timer_rest")


def pauzeer_timer(sessie: Sessie) -> None:
    if sessie.timer_einde is None:
        return
    over = (sessie.timer_einde - timezone.now()).total_seconds()
    sessie.timer_rest = max(0, round(over))
    sessie.timer_einde = None
    _bewaar(sessie, "timer_einde", "timer_rest")


def hervat_timer(sessie: Sessie) -> None:
    if sessie.timer_rest is None:
        return
    sessie.timer_einde = timezone.now() + timedelta(seconds=sessie.timer_rest)
    sessie.timer_rest = None
    _bewaar(sessie, "timer_einde", "timer_rest")


def minuut_erbij(sessie: Sessie) -> None:
    """One more minute: on a running timer, a paused one, or a new one-minute timer. A timer
    that already ran out starts again from one minute."""
    nu = timezone.now()
    if sessie.timer_einde is not None:
        sessie.timer_einde = max(sessie.timer_einde, nu) + timedelta(minutes=1)
    elif sessie.timer_rest is not None:
        sessie.timer_rest += 60
    else:
        sessie.timer_einde = nu + timedelta(minutes=1)
    _bewaar(sessie, "timer_einde", "timer_rest")


def reset_timer(sessie: Sessie) -> None:
    sessie.timer_einde = None
    sessie.timer_rest = None
    _bewaar(sessie, "timer_einde", "timer_rest")
