from django import forms

from cultuuroptil.lib.adressen import kort
from cultuuroptil.lib.velden import EenRegelVeld
from inspiratie.models import NAAM_MAX, VOORBEELD_MAX, Categorie
from inspiratie.services import categorieen_van
from werking.forms import GemeenteVeld
from werking.models import Kenmerk, Werking

from .models import IDEE_MAX, Partner
from .services import standaard_cultureel

AUTOMATISCH = ""
# How much of a kenmerk the new card's choice shows (live.js cuts a new text the same way).
KENMERK_KORT = 90


def keuze_veld(label: str, automatisch: str, ja: str, nee: str) -> forms.ChoiceField:
    return forms.ChoiceField(
        label=label,
        choices=[(AUTOMATISCH, automatisch), ("ja", ja), ("nee", nee)],
        required=False,
        widget=forms.RadioSelect,
    )


def als_bool(waarde: str | None) -> bool | None:
    return {"ja": True, "nee": False}.get(waarde or "")


def als_keuze(waarde: bool | None) -> str:
    return {True: "ja", False: "nee"}.get(waarde, AUTOMATISCH)


def partner_formwaarden(partner: Partner) -> dict[str, str]:
    """A stored partner as its form posts it: the starting values of an edit, so that the
    save can tell what the participant changed from what a colleague changed meanwhile."""
    return {
        "naam": partner.naam,
        "gemeente": partner.gemeente.naam if partner.gemeente_id else "",
        "categorie": str(partner.categorie_id or ""),
        "cultureel": als_keuze(partner.cultureel_keuze),
        "sector": partner.sector,
        "bovenlokaal": als_keuze(partner.bovenlokaal_keuze),
        "grensverleggend": als_keuze(partner.grensverleggend_keuze),
    }


class PartnerForm(forms.Form):
    """A partner with the kit's defaults. "Automatisch" stores nothing, so the default keeps
    following later changes of gemeente or categorie; only a participant's own choice is kept."""

    naam = EenRegelVeld(label="Naam", max_length=Partner._meta.get_field("naam").max_length)
    gemeente = GemeenteVeld(
        label="Gemeente",
        required=False,
        help_text="Leeg laten voor een organisatie die in een regio of heel Vlaanderen werkt.",
    )
    categorie = forms.ModelChoiceField(
        label="Categorie",
        queryset=Categorie.objects.all(),
        required=False,
        widget=forms.RadioSelect,
        empty_label=None,
    )
    cultureel = keuze_veld(
        "Culturele of niet-culturele actor?",
        "Volgens de categorie",
        "Culturele actor",
        "Niet-culturele actor",
    )
    sector = EenRegelVeld(
        label="Sector / domein",
        max_length=Partner._meta.get_field("sector").max_length,
        required=False,
    )
    bovenlokaal = keuze_veld(
        "Bovenlokaal?", "Automatisch: ja als de gemeente niet de jouwe is", "Ja", "Nee"
    )
    grensverleggend = keuze_veld(
        "Grensverleggend?",
        "Automatisch: ja voor een niet-culturele actor of een andere sector dan de jouwe",
        "Ja",
        "Nee",
    )

    def __init__(self, *args, werking: Werking, partner: Partner | None = None, **kwargs) -> None:
        self.werking = werking
        self.partner = partner
        if partner is not None and "initial" not in kwargs:
            kwargs["initial"] = partner_formwaarden(partner)
        super().__init__(*args, **kwargs)
        # The kit's categories and this workshop's extra ones.
        self.fields["categorie"].queryset = categorieen_van(werking.sessie_id)

    def clean(self) -> dict:
        data = super().clean()
        categorie = data.get("categorie")
        cultureel_keuze = als_bool(data.get("cultureel"))
        if cultureel_keuze is None and standaard_cultureel(categorie) is None:
            self.add_error(
                "cultureel",
                "Kies of dit een culturele of een niet-culturele actor is: de categorie "
                "legt het niet vast.",
            )
        if self.errors:
            return data
        self.gegevens = {
            "naam": data["naam"],
            "gemeente": data.get("gemeente"),
            "categorie": categorie,
            "sector": data.get("sector", ""),
            "cultureel_keuze": cultureel_keuze,
            "bovenlokaal_keuze": als_bool(data.get("bovenlokaal")),
            "grensverleggend_keuze": als_bool(data.get("grensverleggend")),
        }
        return data


class NieuweKaartForm(forms.Form):
    kenmerk = forms.ModelChoiceField(
        label="Vertrekpunt",
        queryset=Kenmerk.objects.none(),
        error_messages={
            "required": "Kies een sterkte of beperking om van te vertrekken.",
            "invalid_choice": "Kies een sterkte of beperking van jullie werking.",
        },
    )
    bovenlokaal = forms.BooleanField(
        label="Bovenlokale partnerkaart: alleen partners buiten onze gemeente",
        required=False,
    )
    sleutel = forms.UUIDField(required=False)

    def __init__(self, *args, werking: Werking, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        # Only a post is validated against the queryset; the page lists the kenmerken it read
        # anyway (kenmerk_keuzes).
        if self.is_bound:
            self.fields["kenmerk"].queryset = werking.kenmerken.all()

    def kenmerk_keuzes(self, kenmerken: list[Kenmerk]) -> dict[str, list[tuple[str, str, bool]]]:
        """Per soort, (pk, short text, chosen) per kenmerk: the choice compared once, the text
        cut as live.js cuts it (data-live-kort), the id a string (no number formatting)."""
        gekozen = str(self["kenmerk"].value() or "")
        keuzes: dict[str, list[tuple[str, str, bool]]] = {s: [] for s in Kenmerk.Soort.values}
        for k in kenmerken:
            pk = str(k.pk)
            keuzes[k.soort].append((pk, kort(k.tekst, KENMERK_KORT), pk == gekozen))
        return keuzes


class IdeeForm(forms.Form):
    tekst = forms.CharField(
        label="Nieuw idee",
        max_length=IDEE_MAX,
        error_messages={"required": "Schrijf eerst een idee op."},
    )
    sleutel = forms.UUIDField(required=False)


class BestaandePartnerForm(forms.Form):
    partner = forms.ModelChoiceField(
        label="Partner",
        queryset=Partner.objects.none(),
        error_messages={
            "required": "Kies een partner.",
            "invalid_choice": "Kies een partner van jullie werking.",
        },
    )

    def __init__(self, *args, werking: Werking, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["partner"].queryset = Partner.objects.filter(werking=werking)


class BolForm(forms.Form):
    gemeente = GemeenteVeld(
        label="Gemeente van de nieuwe bol",
        error_messages={"required": "Vul een gemeente in."},
    )


class CombinatieForm(forms.Form):
    titel = EenRegelVeld(label="Naam voor deze combinatie", max_length=150, required=False)
    partners = forms.ModelMultipleChoiceField(
        label="Partners",
        queryset=Partner.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        error_messages={
            "required": "Kies minstens twee partners voor een combinatie.",
            "invalid_choice": "Kies partners van jullie werking.",
        },
    )
    sleutel = forms.UUIDField(required=False)

    def __init__(self, *args, werking: Werking, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["partners"].queryset = Partner.objects.filter(werking=werking).select_related(
            "gemeente"
        )


class NetwerkRijForm(forms.Form):
    """One row of "Bouw je netwerk uit": the two tick boxes, or keeping / dropping the partner."""

    behouden = forms.ChoiceField(choices=[("ja", "ja"), ("nee", "nee")], required=False)
    bovenlokaal = forms.BooleanField(required=False)
    grensverleggend = forms.BooleanField(required=False)
    vinkjes = forms.BooleanField(required=False, widget=forms.HiddenInput)
    # A post from one tick's own column carries only that tick.
    vinkje = forms.ChoiceField(
        choices=[("", ""), ("bovenlokaal", "bovenlokaal"), ("grensverleggend", "grensverleggend")],
        required=False,
    )
    # "Klopt": the participant confirms a suggested tick as their own choice.
    bevestig = forms.ChoiceField(
        choices=[("", ""), ("bovenlokaal", "bovenlokaal"), ("grensverleggend", "grensverleggend")],
        required=False,
    )


class VoorbeeldForm(forms.Form):
    """A local example: a real organisation of the region, in a category of the list."""

    naam = EenRegelVeld(
        label="Naam van de organisatie",
        max_length=VOORBEELD_MAX,
        error_messages={"required": "Geef de naam van de organisatie."},
    )
    categorie = forms.ModelChoiceField(
        label="Categorie",
        queryset=Categorie.objects.none(),
        error_messages={
            "required": "Kies een categorie.",
            "invalid_choice": "Kies een categorie van de lijst.",
        },
    )
    gemeente = GemeenteVeld(label="Gemeente", required=False)

    def __init__(self, *args, sessie_id: int, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["categorie"].queryset = categorieen_van(sessie_id)


class CategorieForm(forms.Form):
    naam = EenRegelVeld(
        label="Naam van de categorie",
        max_length=NAAM_MAX,
        error_messages={"required": "Geef de naam van de categorie."},
    )
    soort = forms.ChoiceField(
        label="Culturele of niet-culturele actoren?",
        choices=Categorie.Soort.choices,
        initial=Categorie.Soort.CULTUREEL,
        widget=forms.RadioSelect,
    )
