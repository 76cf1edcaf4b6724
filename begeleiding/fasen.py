"""What the projector shows for each step of the room, in the kit's own words
("Bouw je netwerk uit", werkwijze and invulsjabloon)."""

from sessies.models import Sessie

Fase = Sessie.Fase

INSTRUCTIES: dict[str, tuple[str, list[str]]] = {
    Fase.WELKOM: (
        "Welkom",
        ["Wie ben je? Waar werk je?", "Doe mee met de code of scan de QR-code."],
    ),
    Fase.STAP1: (
        "STAP 1 — Beschrijf jullie werking",
        [
            "Omschrijf bondig de eigen reguliere werking.",
            "Uit wat bestaat je dagelijkse werking? Welk doel heb je daarbij voor ogen? "
            "En voor wie doe je het?",
            "Iemand die je werking niet kent, moet het begrijpen via die enkele zinnen.",
        ],
    ),
    Fase.STAP2: (
        "STAP 2 — Sterktes en beperkingen",
        [
            "Waar is onze werking sterk in? Wat kunnen we goed? Waar zijn we trots op?",
            "Welke beperkingen komen we tegen in onze werking? Waar zijn we naar op zoek? "
            "Welke frustraties leven er?",
        ],
    ),
    Fase.STAP3: (
        "STAP 3 — Partnerkaarten",
        [
            "Start een denkoefening vanuit een beperking/frustratie: noteer op een lege "
            "partnerkaart welke organisaties jou hierbij kunnen helpen.",
            "Een tweede denkoefening vertrekt vanuit de sterktes: wat heb jij te bieden aan "
            "partners of bepaalde situaties?",
            "Denk over je gemeentegrenzen en over disciplines heen. Hoe zou je kunnen "
            "samenwerken met deze partners? Noteer minstens 1 idee.",
        ],
    ),
    Fase.BOLLEN: (
        "Bollenschema en combinaties",
        [
            "Elke bol stelt een gemeente voor. Start met de gemeente waar jouw eigen werking "
            "gesitueerd is. Vul dan aan met partners uit andere gemeenten.",
            "Culturele actoren bovenaan, niet-culturele actoren onderaan.",
            "Selecteer actoren uit verschillende bollen en maak combinaties. Noteer spontane "
            "ideeën en projectmogelijkheden per scenario.",
        ],
    ),
    Fase.NETWERK: (
        "Bouw je netwerk uit",
        [
            "Welke partners houd je over om een samenwerking mee op te zetten?",
            "Met welke combinaties ga je straks verder aan de slag?",
        ],
    ),
    Fase.KLAAR: ("Klaar", ["Bedankt om mee te bouwen aan je netwerk."]),
}
