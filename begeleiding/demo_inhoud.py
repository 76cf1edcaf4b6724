"""Content pools for `manage.py demo`: believable Flemish organisations and what they would write.

Plain data, no database access. The command combines these pools deterministically, so every
run produces the same demo werkingen. Category names are those of fixtures/inspiratie.json and
municipality names those of fixtures/gemeenten.json (as of 2025: Gooik, Herne and Galmaarden are
Pajottegem now).
"""

from dataclasses import dataclass

DEMO_TITEL = "Demo: Netwerkdag Pajottenland"
DEMO_PLAATS = "CC De Moelie, Lennik"

# The region around the workshop venue, roughly west to east and north to south, so that a
# window around a municipality in this list holds its neighbours (used for partners elsewhere).
KERNGEMEENTEN = [
    "Pajottegem",
    "Lennik",
    "Dilbeek",
    "Roosdaal",
    "Liedekerke",
    "Affligem",
    "Ternat",
    "Sint-Pieters-Leeuw",
    "Beersel",
    "Halle",
    "Ninove",
    "Geraardsbergen",
    "Denderleeuw",
    "Asse",
    "Opwijk",
    "Merchtem",
    "Pepingen",
    "Drogenbos",
    "Sint-Genesius-Rode",
    "Linkebeek",
    "Haaltert",
    "Aalst",
    "Erpe-Mere",
    "Lede",
    "Zottegem",
    "Herzele",
    "Lierde",
    "Sint-Lievens-Houtem",
    "Wemmel",
    "Meise",
]
# Beyond the core region the command continues with the rest of these provinces, by name.
EXTRA_PROVINCIES = ["Vlaams-Brabant", "Oost-Vlaanderen"]


@dataclass(frozen=True)
class Vertrekpunt:
    """A sterkte or beperking, the inspiratie categories that fit it and one idea for its card."""

    tekst: str
    categorieen: tuple[str, ...]
    idee: str


@dataclass(frozen=True)
class Profiel:
    """What one kind of organisation writes in STAP 1 and STAP 2; `{g}` is its gemeente.

    `categorie` is its own field in the inspiratielijst: a cultural partner from another one
    crosses a discipline boundary.
    """

    categorie: str
    dagelijks: tuple[str, ...]
    doel: tuple[str, ...]
    voor_wie: tuple[str, ...]
    sterktes: tuple[Vertrekpunt, ...]
    beperkingen: tuple[Vertrekpunt, ...]
    combinaties: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Soort:
    """A kind of organisation: how its name is built and which profile it writes with.

    `{g}` is the gemeente, `{e}` a proper name from `eigennamen` (one per municipality round, so
    names stay unique for any number of werkingen).
    """

    naam: str
    profiel: str
    eigennamen: tuple[str, ...] = ()


V = Vertrekpunt

PROFIELEN: dict[str, Profiel] = {
    "bib": Profiel(
        categorie="Lokaal cultuurbeleid",
        dagelijks=(
            "We lenen boeken, strips, films en e-boeken uit en organiseren voorleesuurtjes, "
            "leesclubs en lezingen. In ons digipunt helpen we mensen met digitale vragen.",
            "Naast de uitleen werken we veel met scholen: klasbezoeken, de Jeugdboekenmaand en "
            "een leesproject met de lagere scholen van {g}.",
            "De bib is vijf dagen per week open, met een hoofdbib in het centrum en twee kleine "
            "uitleenposten in de deelgemeenten. Er is een leescafé en een studieruimte.",
        ),
        doel=(
            "Iedereen in {g} toegang geven tot informatie, verhalen en cultuur, en mensen laten "
            "ontdekken dat lezen plezier geeft.",
            "Een open huis zijn waar iedereen welkom is, ook wie niet graag leest: een plek om "
            "te leren, elkaar te ontmoeten en tot rust te komen.",
        ),
        voor_wie=(
            "Voor alle inwoners van {g}, van peuters tot senioren. Onze trouwste bezoekers zijn "
            "gezinnen met jonge kinderen en gepensioneerden.",
            "Voor de inwoners van {g} en de scholen in de buurt, en steeds meer ook voor mensen "
            "die Nederlands leren.",
        ),
        sterktes=(
            V(
                "We bereiken veel jonge gezinnen via de voorleesuurtjes op woensdag.",
                ("Welzijn", "Gezondheidszorg", "Jeugd"),
                "Voorleesmomenten meenemen naar het consultatiebureau en de speelpleinwerking",
            ),
            V(
                "We hebben een mooie leeszaal die 's avonds leeg staat.",
                ("Sociaal-cultureel volwassenenwerk", "Amateurkunsten", "Onderwijs"),
                "De leeszaal 's avonds openstellen voor lezingen, een leesgroep of "
                "huiswerkbegeleiding",
            ),
            V(
                "Ons team kent de weg in digitale vragen, we hebben al jaren een digipunt.",
                ("Welzijn", "Tewerkstelling", "Inburgering"),
                "Samen digitale spreekuren houden op plekken waar mensen al komen",
            ),
            V(
                "We hebben een sterke band met alle basisscholen van de gemeente.",
                ("Onderwijs", "Jeugd", "Sport"),
                "Een leesbingo voor de zomervakantie met de scholen en de speelpleinwerking",
            ),
            V(
                "We hebben een grote collectie streekliteratuur en oude kranten.",
                ("Erfgoed", "Toerisme", "Onroerend erfgoed"),
                "Een verhalenwandeling langs plekken uit de streekliteratuur",
            ),
            V(
                "Onze medewerkers zijn goed in het begeleiden van leesclubs.",
                ("Welzijn", "Sociaal-cultureel volwassenenwerk", "Inburgering"),
                "Samen een leesclub in makkelijk Nederlands opstarten",
            ),
        ),
        beperkingen=(
            V(
                "We bereiken weinig jongeren tussen 14 en 20.",
                ("Jeugd", "Sport", "Onderwijs"),
                "Een gamingavond of poetry slam in de bib, door jongeren zelf georganiseerd",
            ),
            V(
                "Ons programmabudget is klein: één auteurslezing per jaar is het maximum.",
                ("Lokaal cultuurbeleid", "Sociaal-cultureel volwassenenwerk", "Lokale economie"),
                "Auteurslezingen samen boeken en de kosten delen over meerdere gemeenten",
            ),
            V(
                "Mensen die slecht te been zijn, geraken moeilijk tot bij ons.",
                ("Welzijn", "Mobiliteit", "Gezondheidszorg"),
                "Een boekenbus of een aan-huis-dienst met vrijwilligers uitbouwen",
            ),
            V(
                "Onze openingsuren passen niet bij wie voltijds werkt.",
                ("Lokale economie", "Tewerkstelling", "Lokaal cultuurbeleid"),
                "Afhaalkastjes bij handelaars of aan het station plaatsen",
            ),
            V(
                "We vinden moeilijk vrijwilligers voor activiteiten in het weekend.",
                ("Sociaal-cultureel volwassenenwerk", "Jeugd", "Andere 2"),
                "Een gedeelde vrijwilligerspool met andere verenigingen opzetten",
            ),
            V(
                "Anderstalige nieuwkomers vinden de weg naar de bib niet.",
                ("Inburgering", "Welzijn", "Onderwijs"),
                "Een rondleiding in de bib opnemen in het inburgeringstraject",
            ),
        ),
        combinaties=(
            (
                "Voorlezen op verplaatsing",
                "Met {partners} voorleesmomenten houden op plekken waar gezinnen al komen. Wij "
                "zorgen voor de boeken en de voorlezers, zij voor de plek en hun publiek.",
            ),
            (
                "Zomerleesbingo",
                "Een leesbingo die kinderen de hele zomer langs {partners} stuurt, met een "
                "afsluitend feest in de bib.",
            ),
        ),
    ),
    "cc": Profiel(
        categorie="Lokaal cultuurbeleid",
        dagelijks=(
            "We programmeren theater, concerten en comedy in onze zaal, verhuren zalen aan "
            "verenigingen en ondersteunen het verenigingsleven in {g}.",
            "We runnen een gemeenschapscentrum met een theaterzaal, een cafetaria en "
            "vergaderzalen. Er is elke week iets te doen, van kleuterdans tot quiz.",
            "We organiseren het cultuuraanbod van de gemeente: de cultuurraad, de subsidies voor "
            "verenigingen, het zomerfestival en de Erfgoeddag.",
        ),
        doel=(
            "Cultuur dichtbij brengen, zodat niemand naar Brussel of Gent moet voor een goede "
            "voorstelling.",
            "Een plek zijn waar inwoners elkaar ontmoeten en waar verenigingen kunnen groeien.",
            "Een cultuuraanbod dat even divers is als {g} zelf.",
        ),
        voor_wie=(
            "Voor alle inwoners van {g} en omgeving. Ons publiek is vooral 45-plus en komt met "
            "de auto.",
            "Voor de inwoners, verenigingen en scholen van {g}. We willen meer jonge gezinnen en "
            "nieuwe inwoners bereiken.",
        ),
        sterktes=(
            V(
                "We hebben een grote zaal met 300 zitplaatsen.",
                ("Onderwijs", "Amateurkunsten", "Welzijn"),
                "Schoolvoorstellingen plannen op weekdagen, als de zaal nu leeg staat",
            ),
            V(
                "We hebben een professionele technische ploeg.",
                ("Amateurkunsten", "Jeugd", "Andere"),
                "Een workshop licht en geluid voor verenigingen en jongeren",
            ),
            V(
                "Ons team heeft ervaring met grote evenementen op het marktplein.",
                ("Lokale economie", "Toerisme", "Sport"),
                "Een gezamenlijk dorpsfeest met de handelaars en de sportclubs",
            ),
            V(
                "Via de cultuurraad hebben we een sterke band met de verenigingen.",
                ("Sociaal-cultureel volwassenenwerk", "Amateurkunsten", "Erfgoed"),
                "Een verenigingsbeurs waar verenigingen samen nieuwe leden zoeken",
            ),
            V(
                "Onze cafetaria is een echte ontmoetingsplek.",
                ("Welzijn", "Inburgering", "Sociaal-cultureel volwassenenwerk"),
                "Een wekelijks praatcafé voor nieuwkomers en senioren in de cafetaria",
            ),
            V(
                "We hebben een ticketingsysteem en een goed gelezen maandkalender.",
                ("Amateurkunsten", "Lokaal cultuurbeleid", "Toerisme"),
                "Een gezamenlijke cultuurkalender voor de regio uitgeven",
            ),
        ),
        beperkingen=(
            V(
                "Ons programmabudget kan de zaal niet vullen.",
                ("Lokaal cultuurbeleid", "Kunsten", "Lokale economie"),
                "Voorstellingen samen met cultuurcentra uit de buurt aankopen en spreiden",
            ),
            V(
                "Ons publiek vergrijst, jongeren komen niet.",
                ("Jeugd", "Onderwijs", "Kunsten"),
                "Jongeren een eigen programmabudget en een avond in de zaal geven",
            ),
            V(
                "We zijn niet vernieuwend genoeg.",
                ("Kunsten", "Circuskunsten", "Andere"),
                "Een residentie voor jonge makers: repetitieruimte in ruil voor een toonmoment",
            ),
            V(
                "Wie geen auto heeft, geraakt 's avonds moeilijk tot bij ons.",
                ("Mobiliteit", "Welzijn", "Jeugd"),
                "Carpoolen en een avondbusje naar voorstellingen organiseren",
            ),
            V(
                "We bereiken nauwelijks mensen met een migratieachtergrond.",
                ("Inburgering", "Sociaal-cultureel volwassenenwerk", "Onderwijs"),
                "Samen programmeren met zelforganisaties en hun publiek",
            ),
            V(
                "Ons gebouw is verouderd en verbruikt veel energie.",
                ("Duurzaamheid", "Onroerend erfgoed", "Milieu"),
                "Een energiescan laten doen en samen subsidies zoeken",
            ),
        ),
        combinaties=(
            (
                "Cultuur op verplaatsing",
                "Voorstellingen uit onze zaal halen en spelen bij {partners}. Eerste stap: een "
                "rondgang langs de mogelijke locaties in het voorjaar.",
            ),
            (
                "Eén cultuurkalender voor de regio",
                "Samen met {partners} één kalender en één nieuwsbrief, zodat activiteiten elkaar "
                "niet meer beconcurreren.",
            ),
        ),
    ),
    "jeugd": Profiel(
        categorie="Jeugd",
        dagelijks=(
            "We zijn een jeugdhuis met een café dat vrijdag en zaterdag open is, een "
            "repetitieruimte en een paar keer per jaar een fuif of concert. Alles draait op "
            "vrijwilligers.",
            "Elke vrijdag is het café open. Daarnaast organiseren we optredens van lokale bands, "
            "een klein festival in de zomer en workshops dj'en.",
        ),
        doel=(
            "Jongeren een eigen plek geven waar ze zelf dingen kunnen organiseren en uitproberen.",
            "Een veilige ontmoetingsplek zijn en jongeren kansen geven om verantwoordelijkheid "
            "te nemen.",
        ),
        voor_wie=(
            "Voor jongeren van 16 tot 25 uit {g} en de dorpen rond.",
            "Voor jongeren vanaf 15 jaar. De kern bestaat uit een twintigtal vrijwilligers.",
        ),
        sterktes=(
            V(
                "We hebben een repetitieruimte met backline die bands gratis mogen gebruiken.",
                ("Amateurkunsten", "Onderwijs", "Kunsten"),
                "Leerlingen van de academie laten repeteren en optreden in het jeugdhuis",
            ),
            V(
                "Onze vrijwilligers kunnen een fuif of festival van A tot Z organiseren.",
                ("Lokaal cultuurbeleid", "Lokale economie", "Sport"),
                "Samen een dorpsfeest of zomerfestival organiseren",
            ),
            V(
                "We bereiken jongeren die nergens anders in het verenigingsleven zitten.",
                ("Welzijn", "Tewerkstelling", "Sport"),
                "Een jeugdwerker wekelijks in het jeugdhuis laten zitten",
            ),
            V(
                "We hebben een goede geluids- en lichtinstallatie.",
                ("Amateurkunsten", "Lokaal cultuurbeleid", "Erfgoed"),
                "Onze installatie uitlenen in ruil voor hulp van hun vrijwilligers",
            ),
            V(
                "Bijna alle jongeren van de gemeente volgen ons op sociale media.",
                ("Lokaal cultuurbeleid", "Sport", "Gezondheidszorg"),
                "Hun activiteiten voor jongeren mee bekendmaken via onze kanalen",
            ),
        ),
        beperkingen=(
            V(
                "Elk jaar vertrekken vrijwilligers naar hun studies en we vinden moeilijk nieuwe.",
                ("Onderwijs", "Jeugd", "Sociaal-cultureel volwassenenwerk"),
                "Een vrijwilligersproject met de laatstejaars van de middelbare school",
            ),
            V(
                "Ons gebouw is te klein en de buren klagen over lawaai.",
                ("Lokaal cultuurbeleid", "Ruimtelijke ordening", "Onroerend erfgoed"),
                "Grote activiteiten verhuizen naar een zaal van een partner",
            ),
            V(
                "We hebben weinig geld voor nieuwe projecten.",
                ("Lokale economie", "Lokaal cultuurbeleid", "Jeugd"),
                "Samen een projectsubsidie aanvragen",
            ),
            V(
                "Meisjes en jongeren met een migratieachtergrond komen weinig.",
                ("Inburgering", "Welzijn", "Sport"),
                "Een activiteit die ze zelf kiezen, opgezet met hun eigen organisaties",
            ),
            V(
                "'s Avonds rijdt er geen bus, dus jongeren uit de deelgemeenten geraken er niet.",
                ("Mobiliteit", "Jeugd", "Andere 2"),
                "Een verlichte fietsroute en een pendeldienst op fuifavonden",
            ),
        ),
        combinaties=(
            (
                "Zomerfestival door en voor jongeren",
                "Een klein festival met {partners}: wij de organisatie en de vrijwilligers, zij "
                "een terrein, materiaal en hun netwerk.",
            ),
            (
                "Podium voor jong talent",
                "Elke maand een open podium waar jonge muzikanten en artiesten spelen, samen met "
                "{partners}.",
            ),
        ),
    ),
    "erfgoed": Profiel(
        categorie="Erfgoed",
        dagelijks=(
            "We verzamelen en bewaren foto's, documenten en voorwerpen over de geschiedenis van "
            "{g}, geven een jaarboek uit en organiseren lezingen en wandelingen.",
            "Elke donderdag is ons archief open voor bezoekers. Vrijwilligers digitaliseren er "
            "oude foto's en bidprentjes.",
        ),
        doel=(
            "De geschiedenis van {g} bewaren en doorgeven, zodat ook nieuwe inwoners weten waar "
            "ze wonen.",
            "Het verleden van onze dorpen toegankelijk maken voor iedereen, niet alleen voor "
            "kenners.",
        ),
        voor_wie=(
            "Voor iedereen die in de lokale geschiedenis geïnteresseerd is. Onze 180 leden zijn "
            "vooral gepensioneerden.",
            "Voor de inwoners van {g}, stamboomonderzoekers en scholen die een project over de "
            "buurt maken.",
        ),
        sterktes=(
            V(
                "We hebben een archief met meer dan 20.000 gedigitaliseerde foto's.",
                ("Welzijn", "Onderwijs", "Toerisme"),
                "Een namiddag met oude foto's in het woonzorgcentrum, om herinneringen op te halen",
            ),
            V(
                "Onze vrijwilligers kennen elk straatje en elke kapel van de gemeente.",
                ("Toerisme", "Mobiliteit", "Milieu"),
                "Erfgoedwandelingen uitstippelen langs trage wegen",
            ),
            V(
                "Ons jaarboek verkoopt elk jaar goed.",
                ("Lokale economie", "Lokaal cultuurbeleid", "Erfgoed"),
                "Het jaarboek ook bij handelaars en in de bib verkopen",
            ),
            V(
                "We weten veel over de twee wereldoorlogen in onze streek.",
                ("Onderwijs", "Erfgoed", "Jeugd"),
                "Een lespakket voor het zesde leerjaar over de oorlogsmonumenten in de gemeente",
            ),
            V(
                "Veel oudere inwoners willen hun verhalen met ons delen.",
                ("Welzijn", "Onderwijs", "Kunsten"),
                "Een verhalenproject waarin kinderen grootouders interviewen",
            ),
        ),
        beperkingen=(
            V(
                "Onze leden worden ouder en jonge mensen haken niet aan.",
                ("Jeugd", "Onderwijs", "Sociaal-cultureel volwassenenwerk"),
                "Jongeren laten helpen met digitaliseren, met een vrijwilligersvergoeding",
            ),
            V(
                "Ons archief staat op een zolder zonder goede klimaatregeling.",
                ("Erfgoed", "Lokaal cultuurbeleid", "Onroerend erfgoed"),
                "Samen een depot in de regio zoeken",
            ),
            V(
                "We zijn te weinig zichtbaar: veel mensen weten niet dat we bestaan.",
                ("Toerisme", "Lokaal cultuurbeleid", "Lokale economie"),
                "Een tentoonstelling in een leegstaand winkelpand",
            ),
            V(
                "Digitaal zijn we niet sterk, onze website is verouderd.",
                ("Onderwijs", "Tewerkstelling", "Erfgoed"),
                "Een stageproject met een hogeschool voor een nieuwe website en beeldbank",
            ),
            V(
                "Er is geen budget om onze collectie te restaureren.",
                ("Onroerend erfgoed", "Lokale economie", "Erfgoed"),
                "Een crowdfunding of peterschap voor de restauratie",
            ),
        ),
        combinaties=(
            (
                "Verhalen van hier",
                "Met {partners} verhalen van oudere inwoners verzamelen en ze tonen op de "
                "Erfgoeddag, met foto's uit ons archief.",
            ),
            (
                "Erfgoedwandeling met een verrassing",
                "Een wandelroute langs kapellen en hoeves, uitgewerkt met {partners}, met "
                "onderweg muziek of een verteller.",
            ),
        ),
    ),
    "muziek": Profiel(
        categorie="Amateurkunsten",
        dagelijks=(
            "We repeteren elke vrijdagavond en geven twee grote concerten per jaar. Daarnaast "
            "spelen we op de kermis, op 11 november en bij de processie.",
            "Onze muzikanten repeteren wekelijks in de parochiezaal. We hebben ook een "
            "jeugdorkest en geven een kerstconcert samen met de school.",
            "We zingen een breed repertoire, van klassiek tot pop, en geven elk voorjaar een "
            "concert. In december zingen we in de kerk en in het woonzorgcentrum.",
        ),
        doel=(
            "Samen muziek maken op een goed niveau en de gemeenschap laten meegenieten.",
            "Mensen van alle leeftijden plezier laten beleven aan samen musiceren.",
        ),
        voor_wie=(
            "Voor onze 45 muzikanten en zangers, en voor het publiek van {g}: families, "
            "vrienden, buren.",
            "Voor iedereen die graag muziek maakt, ook wie geen noten kan lezen. Ons publiek "
            "komt vooral uit {g}.",
        ),
        sterktes=(
            V(
                "We hebben veel ervaring met optreden op straat en op evenementen.",
                ("Toerisme", "Lokale economie", "Sport"),
                "Muziek brengen op de jaarmarkt en bij de start van de wielerwedstrijd",
            ),
            V(
                "We hebben een eigen jeugdorkest met twintig kinderen.",
                ("Onderwijs", "Jeugd", "Amateurkunsten"),
                "Een instrumentenkijkdag in de lagere scholen",
            ),
            V(
                "Onze dirigent geeft ook les aan de academie.",
                ("Onderwijs", "Kunsten", "Amateurkunsten"),
                "Leerlingen van de academie laten meespelen in ons concert",
            ),
            V(
                "We hebben veel instrumenten en partituren die we kunnen uitlenen.",
                ("Onderwijs", "Jeugd", "Welzijn"),
                "Instrumenten uitlenen aan kinderen die er zelf geen kunnen kopen",
            ),
            V(
                "Onze leden zijn trouw: sommigen spelen al vijftig jaar mee.",
                ("Welzijn", "Erfgoed", "Sociaal-cultureel volwassenenwerk"),
                "Een concert met verhalen van onze oudste leden, samen met het woonzorgcentrum",
            ),
        ),
        beperkingen=(
            V(
                "We vinden geen nieuwe leden, vooral geen jonge.",
                ("Onderwijs", "Jeugd", "Amateurkunsten"),
                "Een open repetitie voor leerlingen van de academie en de scholen",
            ),
            V(
                "Onze repetitieruimte is te klein en slecht geïsoleerd.",
                ("Lokaal cultuurbeleid", "Onderwijs", "Onroerend erfgoed"),
                "Een ruimte delen met de academie of de school",
            ),
            V(
                "Ons publiek bestaat bijna alleen uit familie van de muzikanten.",
                ("Lokaal cultuurbeleid", "Toerisme", "Welzijn"),
                "Spelen waar mensen al zijn: op de markt, in het rusthuis, in de sportkantine",
            ),
            V(
                "De kosten voor dirigent en partituren stijgen elk jaar.",
                ("Lokale economie", "Amateurkunsten", "Lokaal cultuurbeleid"),
                "Samen met andere muziekverenigingen een dirigent en partituren delen",
            ),
            V(
                "We hebben geen vervoer voor onze instrumenten.",
                ("Lokale economie", "Andere 2", "Mobiliteit"),
                "Een bestelwagen lenen van een handelaar in ruil voor reclame",
            ),
        ),
        combinaties=(
            (
                "Muziek in het dorp",
                "Een zomer lang op zondag een kort concert op een andere plek, met {partners}.",
            ),
            (
                "Samen één muziekschoolproject",
                "Met {partners} een project waarin kinderen een jaar lang een instrument leren en "
                "op het eindconcert meespelen.",
            ),
        ),
    ),
    "toneel": Profiel(
        categorie="Amateurkunsten",
        dagelijks=(
            "We spelen elk najaar een avondvullende productie in de parochiezaal, met acht "
            "voorstellingen. Rond Kerstmis is er een kindervoorstelling.",
            "Van september tot november repeteren we twee avonden per week. Een ploeg "
            "vrijwilligers bouwt het decor en maakt de kostuums.",
        ),
        doel=(
            "Mensen een fijne avond bezorgen en zelf groeien als spelers.",
            "Theater maken dat mensen uit {g} samenbrengt, op en achter de scène.",
        ),
        voor_wie=(
            "Voor het publiek uit {g} en omgeving: per productie komen er zo'n 900 toeschouwers.",
            "Voor onze spelers en vrijwilligers, en voor een trouw dorpspubliek.",
        ),
        sterktes=(
            V(
                "We hebben een ploeg die decors en kostuums zelf maakt.",
                ("Duurzaamheid", "Onderwijs", "Amateurkunsten"),
                "Een decoratelier delen en materiaal hergebruiken",
            ),
            V(
                "Onze voorstellingen zijn altijd uitverkocht.",
                ("Lokale economie", "Welzijn", "Lokaal cultuurbeleid"),
                "Een generale repetitie voor de bewoners van het woonzorgcentrum",
            ),
            V(
                "We hebben spelers van 12 tot 80 jaar.",
                ("Onderwijs", "Jeugd", "Welzijn"),
                "Een theaterproject met de school waarin jong en oud samen spelen",
            ),
            V(
                "We hebben ervaring met spelen op ongewone locaties.",
                ("Erfgoed", "Onroerend erfgoed", "Toerisme"),
                "Een voorstelling op een historische hoeve of in een kapel",
            ),
            V(
                "Onze regisseur geeft graag workshops.",
                ("Onderwijs", "Jeugd", "Inburgering"),
                "Een theaterworkshop voor nieuwkomers die Nederlands oefenen",
            ),
        ),
        beperkingen=(
            V(
                "We vinden geen jonge spelers.",
                ("Onderwijs", "Jeugd", "Kunsten"),
                "Een jeugdtheaterwerking opstarten met de academie",
            ),
            V(
                "We moeten ons decor telkens afbreken omdat de zaal ook voor andere dingen dient.",
                ("Lokaal cultuurbeleid", "Onroerend erfgoed", "Amateurkunsten"),
                "Een opslagruimte delen met andere verenigingen",
            ),
            V(
                "We spelen altijd hetzelfde soort komedies.",
                ("Kunsten", "Amateurkunsten", "Circuskunsten"),
                "Een coproductie met een professioneel gezelschap of een circusatelier",
            ),
            V(
                "Onze zaal is niet toegankelijk voor rolstoelgebruikers.",
                ("Welzijn", "Lokaal cultuurbeleid", "Gezondheidszorg"),
                "Samen met het sociaal huis de toegankelijkheid in kaart brengen",
            ),
            V(
                "Het bestuur doet alles alleen en raakt uitgeput.",
                ("Sociaal-cultureel volwassenenwerk", "Lokaal cultuurbeleid", "Tewerkstelling"),
                "Gedeelde administratieve ondersteuning voor verenigingen",
            ),
        ),
        combinaties=(
            (
                "Theater op een ongewone plek",
                "Een zomervoorstelling op locatie, uitgewerkt met {partners}, met een "
                "wandeling of fietstocht ernaartoe.",
            ),
            (
                "Jong en oud op de planken",
                "Met {partners} een productie waarin kinderen en senioren samen spelen.",
            ),
        ),
    ),
    "dko": Profiel(
        categorie="Kunsten",
        dagelijks=(
            "We geven deeltijds kunstonderwijs in muziek, woord en dans aan ongeveer 900 "
            "leerlingen, op vier lesplaatsen in de regio.",
            "Kinderen, jongeren en volwassenen volgen bij ons les in instrument, toneel, "
            "voordracht en dans. In juni zijn er toonmomenten en examens.",
        ),
        doel=(
            "Leerlingen hun talent laten ontdekken en ontwikkelen, op hun eigen tempo.",
            "Kunstonderwijs bereikbaar maken voor iedereen in de regio, niet alleen voor wie "
            "dicht bij een centrum woont.",
        ),
        voor_wie=(
            "Voor kinderen vanaf zes jaar, jongeren en volwassenen uit {g} en de omliggende "
            "gemeenten.",
            "Voor onze leerlingen en hun ouders. We willen meer kinderen uit kwetsbare gezinnen "
            "bereiken.",
        ),
        sterktes=(
            V(
                "We hebben lesplaatsen in vier gemeenten.",
                ("Lokaal cultuurbeleid", "Onderwijs", "Welzijn"),
                "Lesplaatsen delen met bibliotheken en gemeenschapscentra",
            ),
            V(
                "Onze leraars zijn ook actieve kunstenaars.",
                ("Kunsten", "Amateurkunsten", "Jeugd"),
                "Leraars coachen amateurverenigingen, in ruil voor optreedkansen voor leerlingen",
            ),
            V(
                "We hebben een goed uitgeruste danszaal.",
                ("Sport", "Circuskunsten", "Welzijn"),
                "De danszaal delen met de sportclub of het circusatelier",
            ),
            V(
                "Onze leerlingen willen graag optreden buiten de academie.",
                ("Lokaal cultuurbeleid", "Welzijn", "Toerisme"),
                "Leerlingen laten spelen op de markt, in het woonzorgcentrum en op de zomerbar",
            ),
            V(
                "We hebben een sterke afdeling woordkunst.",
                ("Onderwijs", "Erfgoed", "Lokaal cultuurbeleid"),
                "Een verhalenavond met de heemkundige kring en de bib",
            ),
        ),
        beperkingen=(
            V(
                "Kinderen uit kwetsbare gezinnen vinden de weg naar de academie niet.",
                ("Welzijn", "Onderwijs", "Jeugd"),
                "Proeflessen op school en een kortingstarief via het sociaal huis",
            ),
            V(
                "Onze lokalen zitten 's avonds vol, we kunnen niet groeien.",
                ("Onderwijs", "Lokaal cultuurbeleid", "Sociaal-cultureel volwassenenwerk"),
                "Lesgeven in lokalen van de lagere school of het gemeenschapscentrum",
            ),
            V(
                "We hebben te weinig podia waar leerlingen kunnen optreden.",
                ("Amateurkunsten", "Lokaal cultuurbeleid", "Lokale economie"),
                "Een podiumkalender met vaste plekken voor leerlingen",
            ),
            V(
                "Volwassenen kennen ons aanbod niet.",
                ("Sociaal-cultureel volwassenenwerk", "Lokale economie", "Tewerkstelling"),
                "Een open lesweek, aangekondigd via verenigingen en bedrijven",
            ),
            V(
                "Leerlingen haken af rond hun vijftiende.",
                ("Jeugd", "Amateurkunsten", "Kunsten"),
                "Een band- of dansproject dat jongeren zelf leiden, met het jeugdhuis",
            ),
        ),
        combinaties=(
            (
                "Academie in de buurt",
                "Proeflessen en kleine toonmomenten bij {partners}, zodat kinderen de academie "
                "leren kennen zonder de drempel van een inschrijving.",
            ),
            (
                "Podiumpas voor leerlingen",
                "Met {partners} een vaste reeks optreedkansen voor leerlingen, het hele jaar door.",
            ),
        ),
    ),
    "circus": Profiel(
        categorie="Circuskunsten",
        dagelijks=(
            "We geven wekelijks circuslessen in de sporthal: jongleren, acrobatie, evenwicht en "
            "luchtacrobatie. In de vakanties zijn er circuskampen.",
            "We hebben zes groepen, van kleuters tot volwassenen, en een toonmoment in juni. Op "
            "vraag gaan we ook naar scholen en feesten.",
        ),
        doel=(
            "Kinderen en jongeren laten ontdekken wat hun lichaam kan, zonder competitie.",
            "Circus tonen als een kunstvorm die voor iedereen toegankelijk is.",
        ),
        voor_wie=(
            "Voor kinderen vanaf vier jaar, jongeren en volwassenen uit {g} en de regio. Er "
            "staat een wachtlijst.",
            "Voor iedereen die wil bewegen en creëren; we werken ook met kinderen met een "
            "beperking.",
        ),
        sterktes=(
            V(
                "Onze trainers hebben ervaring met kinderen met een beperking.",
                ("Welzijn", "Onderwijs", "Sport"),
                "Een inclusieve circusnamiddag met de G-sportwerking",
            ),
            V(
                "We hebben veel circusmateriaal dat we kunnen uitlenen.",
                ("Jeugd", "Onderwijs", "Lokaal cultuurbeleid"),
                "Een circuskoffer voor speelpleinen en scholen",
            ),
            V(
                "We kunnen op korte tijd een straatact op een evenement brengen.",
                ("Toerisme", "Lokale economie", "Lokaal cultuurbeleid"),
                "Straatacts tijdens de jaarmarkt en op de Erfgoeddag",
            ),
            V(
                "Circus trekt kinderen aan die niet van sport houden.",
                ("Sport", "Jeugd", "Welzijn"),
                "Een kennismakingsdag circus en sport, samen met de sportdienst",
            ),
        ),
        beperkingen=(
            V(
                "We hebben geen eigen ruimte en delen de sporthal met drie clubs.",
                ("Sport", "Lokaal cultuurbeleid", "Onroerend erfgoed"),
                "Een leegstaande loods tijdelijk als circusruimte gebruiken",
            ),
            V(
                "Onze plafonds zijn te laag voor luchtacrobatie.",
                ("Sport", "Onderwijs", "Lokaal cultuurbeleid"),
                "Trainen in de hoge zaal van een school of cultuurcentrum",
            ),
            V(
                "De wachtlijst is lang en we vinden geen nieuwe trainers.",
                ("Onderwijs", "Tewerkstelling", "Circuskunsten"),
                "Samen trainers opleiden met het Circuscentrum",
            ),
            V(
                "We hangen bijna volledig af van lidgelden.",
                ("Lokale economie", "Lokaal cultuurbeleid", "Welzijn"),
                "Betaalde workshops voor bedrijven, om kansentarieven te betalen",
            ),
            V(
                "Kinderen uit kansengezinnen bereiken we nauwelijks.",
                ("Welzijn", "Inburgering", "Onderwijs"),
                "Gratis circuslessen in de buitenschoolse opvang",
            ),
        ),
        combinaties=(
            (
                "Circus op het plein",
                "Een circusnamiddag op het dorpsplein met {partners}: workshops voor kinderen en "
                "een korte voorstelling als afsluiter.",
            ),
            (
                "Een gedeelde hoge zaal",
                "Met {partners} een ruimte zoeken of inrichten die hoog genoeg is voor "
                "luchtacrobatie en ook voor dans en sport dient.",
            ),
        ),
    ),
    "socio": Profiel(
        categorie="Sociaal-cultureel volwassenenwerk",
        dagelijks=(
            "We organiseren lezingen, workshops, daguitstappen en een jaarlijkse boekenbeurs. "
            "Een kern van twaalf vrijwilligers plant alles.",
            "Elke maand is er een activiteit: een kookworkshop, een lezing, een uitstap of een "
            "babbelnamiddag.",
        ),
        doel=(
            "Mensen samenbrengen rond cultuur en vorming, en niemand alleen laten zitten.",
            "Mensen laten bijleren en genieten, in een warme groep.",
        ),
        voor_wie=(
            "Voor onze 150 leden uit {g}, vooral vijftigplussers, maar iedereen is welkom.",
            "Voor volwassenen uit {g}. We willen ook jonge gezinnen en nieuwe inwoners aanspreken.",
        ),
        sterktes=(
            V(
                "We hebben een groot netwerk van trouwe leden en vrijwilligers.",
                ("Welzijn", "Sociaal-cultureel volwassenenwerk", "Lokaal cultuurbeleid"),
                "Onze vrijwilligers helpen bij activiteiten in het woonzorgcentrum",
            ),
            V(
                "We zijn goed in het organiseren van uitstappen en busreizen.",
                ("Toerisme", "Erfgoed", "Mobiliteit"),
                "Een erfgoedbusreis langs de kastelen van de streek",
            ),
            V(
                "Onze lezingen trekken altijd volk.",
                ("Lokaal cultuurbeleid", "Gezondheidszorg", "Milieu"),
                "Een lezingenreeks over gezondheid met de huisartsen",
            ),
            V(
                "We hebben een goede band met de parochie en de dorpszalen.",
                ("Onroerend erfgoed", "Amateurkunsten", "Welzijn"),
                "De kerk openstellen voor concerten van amateurkoren",
            ),
            V(
                "Onze boekenbeurs is een vaste waarde in de gemeente.",
                ("Lokaal cultuurbeleid", "Onderwijs", "Lokale economie"),
                "De boekenbeurs samen met de bib en de scholen organiseren",
            ),
        ),
        beperkingen=(
            V(
                "Onze leden vergrijzen en jonge gezinnen vinden ons niet.",
                ("Jeugd", "Onderwijs", "Sport"),
                "Een gezinsactiviteit met de school of de jeugdbeweging",
            ),
            V(
                "We hebben geen eigen lokaal.",
                ("Lokaal cultuurbeleid", "Welzijn", "Onderwijs"),
                "Een vaste plek in het dienstencentrum, in ruil voor een gezamenlijke activiteit",
            ),
            V(
                "Ons aanbod is altijd hetzelfde.",
                ("Kunsten", "Milieu", "Duurzaamheid"),
                "Een workshopreeks over herstellen en hergebruiken",
            ),
            V(
                "Nieuwe inwoners en anderstaligen bereiken we niet.",
                ("Inburgering", "Welzijn", "Sociaal-cultureel volwassenenwerk"),
                "Een welkomstavond voor nieuwe inwoners",
            ),
            V(
                "Het bestuur vindt geen opvolgers.",
                ("Tewerkstelling", "Sociaal-cultureel volwassenenwerk", "Jeugd"),
                "Taken opsplitsen in kleine klussen voor nieuwe vrijwilligers",
            ),
        ),
        combinaties=(
            (
                "Welkom in de gemeente",
                "Een jaarlijkse welkomstavond voor nieuwe inwoners met {partners}: elk stelt zich "
                "voor, er is een hapje en een korte rondleiding.",
            ),
            (
                "Herstellen en hergebruiken",
                "Een reeks workshops met {partners}, telkens op een andere plek, waar mensen "
                "leren herstellen in plaats van weggooien.",
            ),
        ),
    ),
    "beeldend": Profiel(
        categorie="Amateurkunsten",
        dagelijks=(
            "We komen elke week samen in ons atelier om te schilderen, te tekenen en te "
            "boetseren. In het najaar houden we een groepstentoonstelling.",
            "Onze leden werken in een gedeeld atelier. We organiseren modelavonden, workshops "
            "met gastkunstenaars en een jaarlijkse kunstroute.",
        ),
        doel=(
            "Elkaar stimuleren om creatief bezig te zijn en ons werk aan het publiek te tonen.",
            "Beeldende kunst dichter bij de mensen van {g} brengen.",
        ),
        voor_wie=(
            "Voor amateurkunstenaars uit {g} en omgeving: we hebben 40 leden van 25 tot 85 jaar.",
            "Voor iedereen die graag beeldend werkt, beginners en gevorderden.",
        ),
        sterktes=(
            V(
                "We hebben een ruim atelier met goed daglicht.",
                ("Welzijn", "Onderwijs", "Gezondheidszorg"),
                "Een wekelijks open atelier voor mensen met een psychische kwetsbaarheid",
            ),
            V(
                "Onze kunstroute trekt elk jaar honderden bezoekers.",
                ("Toerisme", "Lokale economie", "Onroerend erfgoed"),
                "De kunstroute verbinden met een fietsroute en de lokale horeca",
            ),
            V(
                "Onze leden geven graag workshops.",
                ("Onderwijs", "Jeugd", "Welzijn"),
                "Tekenworkshops in de buitenschoolse opvang",
            ),
            V(
                "We hebben ervaring met tentoonstellingen op ongewone plekken.",
                ("Onroerend erfgoed", "Lokale economie", "Erfgoed"),
                "Een tentoonstelling in leegstaande winkelpanden",
            ),
        ),
        beperkingen=(
            V(
                "We hebben geen eigen tentoonstellingsruimte.",
                ("Lokaal cultuurbeleid", "Lokale economie", "Erfgoed"),
                "Tentoonstellen in de bib, het gemeentehuis en bij handelaars",
            ),
            V(
                "Ons ledenbestand vergrijst.",
                ("Jeugd", "Onderwijs", "Kunsten"),
                "Een jongerenatelier samen met de academie",
            ),
            V(
                "We weten te weinig van nieuwe technieken en digitale kunst.",
                ("Kunsten", "Onderwijs", "Tewerkstelling"),
                "Een workshop digitale kunst in een open werkplaats",
            ),
            V(
                "Onze tentoonstellingen halen bijna nooit de pers.",
                ("Lokaal cultuurbeleid", "Toerisme", "Kunsten"),
                "Samen communiceren via de regionale cultuurkalender",
            ),
            V(
                "Materiaal wordt duur.",
                ("Duurzaamheid", "Lokale economie", "Milieu"),
                "Restmateriaal van bedrijven en het recyclagepark hergebruiken",
            ),
        ),
        combinaties=(
            (
                "Kunst in de etalage",
                "Met {partners} leegstaande winkelpanden een maand lang omtoveren tot galerij.",
            ),
            (
                "Open atelierroute",
                "Een route langs ateliers en bijzondere plekken, samen met {partners}, met een "
                "fietskaart en een afsluitend feest.",
            ),
        ),
    ),
}

# Round-robin over these builds the names: werking i is kind i % len, in municipality round
# i // len, so any N gives unique names (see the command).
SOORTEN: tuple[Soort, ...] = (
    Soort("Bibliotheek {g}", "bib"),
    Soort(
        "Jeugdhuis {e}",
        "jeugd",
        (
            "De Klinker",
            "'t Zolderke",
            "De Pit",
            "Den Tap",
            "Kadee",
            "De Spil",
            "Zwerm",
            "De Schuur",
            "'t Kasteeltje",
            "Ravot",
            "De Kelder",
            "Paljas",
            "Nexus",
            "'t Bolleke",
            "De Loods",
            "Tarantella",
        ),
    ),
    Soort("Cultuurcentrum {g}", "cc"),
    Soort("Heemkundige Kring {g}", "erfgoed"),
    Soort(
        "Harmonie {e} {g}",
        "muziek",
        (
            "Sint-Cecilia",
            "De Eendracht",
            "Concordia",
            "De Verenigde Vrienden",
            "Sint-Martinus",
            "Kunst en Vermaak",
            "Sint-Jozef",
            "De Dorpsvrienden",
            "Willen is Kunnen",
            "Jong en Oud",
            "Sint-Gertrudis",
            "Excelsior",
            "Sint-Amandus",
            "De Vrije Muzikanten",
            "Vermaak na Arbeid",
            "Sint-Pieter",
        ),
    ),
    Soort(
        "Toneelkring {e}",
        "toneel",
        (
            "De Vrije Spelers",
            "Het Masker",
            "De Pajotse Komedianten",
            "Ons Genoegen",
            "Vreugd en Deugd",
            "Thalia",
            "Het Zoldertheater",
            "'t Scheef Kot",
            "De Dorpsspelers",
            "De Roos",
            "Spel en Zang",
            "De Coulissen",
            "Het Lachend Gezicht",
            "De Wandelende Komedie",
            "Kunst Veredelt",
            "De Zotte Kapoen",
        ),
    ),
    Soort("Academie voor Muziek, Woord en Dans {g}", "dko"),
    Soort(
        "Circusatelier {e}",
        "circus",
        (
            "Zennevallei",
            "Pajot",
            "Hoepla",
            "Kopje-Over",
            "De Jongleur",
            "Piste",
            "Trapeze",
            "Wervelwind",
            "Kattenkwaad",
            "Duikeling",
            "De Koorddanser",
            "Rondo",
            "Jokkebrok",
            "Salto",
            "Diabolo",
            "Kriebel",
        ),
    ),
    Soort(
        "Gemeenschapscentrum {e}",
        "cc",
        (
            "De Boesdaalhoeve",
            "Het Koetshuis",
            "De Zandloper",
            "De Kam",
            "Den Dries",
            "De Bosuil",
            "Het Bolwerk",
            "De Muse",
            "Ter Linden",
            "De Meent",
            "Den Breughel",
            "De Lindekes",
            "Het Gasthuis",
            "De Kouter",
            "Ter Borre",
            "De Melkerij",
        ),
    ),
    Soort("Davidsfonds {g}", "socio"),
    Soort(
        "Gemengd Koor {e}",
        "muziek",
        (
            "Cantilene",
            "Vox Humana",
            "Con Anima",
            "Jubilate",
            "Crescendo",
            "Voci Amici",
            "Cantabile",
            "Arpeggio",
            "Canticum",
            "Da Capo",
            "Allegretto",
            "Sotto Voce",
            "Viva Voce",
            "Cantores",
            "Laudate",
            "Con Brio",
        ),
    ),
    Soort(
        "Kunstkring {e}",
        "beeldend",
        (
            "Bruegel",
            "Pallieter",
            "De Palet",
            "Kleurrijk",
            "De Ezel",
            "Penseel",
            "Atelier 7",
            "Vizier",
            "Het Spectrum",
            "De Schets",
            "Lijn en Kleur",
            "Het Gulden Penseel",
            "De Groene Ezel",
            "Het Open Atelier",
            "Okergeel",
            "Klei en Verf",
        ),
    ),
    Soort("Cultuurdienst {g}", "cc"),
    Soort("Femma {g}", "socio"),
)


@dataclass(frozen=True)
class PartnerSjabloon:
    """A partner a werking might name. `{g}` is its gemeente; regional ones have none.

    `cultureel` is set where the kit leaves the choice to the participant (Jeugd, Andere).
    """

    naam: str
    sector: str
    cultureel: bool | None = None


P = PartnerSjabloon

# Partners in a municipality, per inspiratie category.
LOKALE_PARTNERS: dict[str, tuple[PartnerSjabloon, ...]] = {
    "Kunsten": (
        P("Academie voor Beeldende Kunst {g}", "kunstonderwijs"),
        P("Galerie Den Bogaert", "beeldende kunst"),
        P("Muziekcentrum De Kleine Post", "muziek"),
    ),
    "Amateurkunsten": (
        P("Koor Cantate {g}", "amateurkoor"),
        P("Fanfare De Eendracht {g}", "amateurmuziek"),
        P("Toneelgroep Ons Dorp {g}", "amateurtheater"),
        P("Fotoclub Diafragma {g}", "amateurfotografie"),
    ),
    "Circuskunsten": (
        P("Circusschool Cirkus in Beweging", "circus"),
        P("Circusatelier Hoepla", "circus"),
    ),
    "Lokaal cultuurbeleid": (
        P("Bibliotheek {g}", "bibliotheek"),
        P("Cultuurdienst {g}", "cultuurbeleid"),
        P("Cultuurcentrum {g}", "cultuurcentrum"),
        P("Cultuurraad {g}", "cultuurbeleid"),
    ),
    "Sociaal-cultureel volwassenenwerk": (
        P("Gezinsbond {g}", "gezinnen"),
        P("Okra {g}", "senioren"),
        P("Femma {g}", "vrouwenbeweging"),
        P("Davidsfonds {g}", "vorming en cultuur"),
        P("Landelijke Gilde {g}", "plattelandsvereniging"),
    ),
    "Erfgoed": (
        P("Heemkundige Kring {g}", "lokale geschiedenis"),
        P("Gemeentearchief {g}", "archief"),
        P("Streekmuseum {g}", "museum"),
    ),
    "Jeugd": (
        P("Chiro {g}", "jeugdbeweging", True),
        P("Jeugddienst {g}", "jeugdbeleid", False),
        P("Speelpleinwerking {g}", "jeugdwerk", True),
        P("Jeugdhuis De Klinker", "jeugdwerk", True),
        P("Scouts {g}", "jeugdbeweging", True),
        P("Jeugdraad {g}", "jeugdbeleid", False),
    ),
    "Onderwijs": (
        P("Basisschool De Regenboog", "onderwijs"),
        P("Gemeentelijke Basisschool {g}", "onderwijs"),
        P("Sint-Jozefscollege {g}", "secundair onderwijs"),
        P("Academie voor Muziek, Woord en Dans {g}", "deeltijds kunstonderwijs"),
        P("Buitenschoolse Kinderopvang {g}", "kinderopvang"),
    ),
    "Onroerend erfgoed": (
        P("Kerkfabriek Sint-Martinus {g}", "onroerend erfgoed"),
        P("Kasteel van {g} vzw", "monument"),
        P("Vrienden van de Watermolen {g}", "erfgoedvereniging"),
    ),
    "Sport": (
        P("Sportdienst {g}", "sport"),
        P("Voetbalclub Sporting {g}", "sport"),
        P("G-sportclub De Toekomst", "G-sport"),
        P("Dansschool Pas de Deux", "dans"),
        P("Wielerclub {g}", "sport"),
    ),
    "Welzijn": (
        P("Woonzorgcentrum Ter Bruggen", "ouderenzorg"),
        P("Woonzorgcentrum Sint-Jozef {g}", "ouderenzorg"),
        P("Lokaal Dienstencentrum {g}", "ouderenzorg"),
        P("Sociaal Huis {g}", "welzijn"),
        P("Samenlevingsopbouw {g}", "buurtwerk"),
    ),
    "Gezondheidszorg": (
        P("Huisartsenpraktijk De Linde", "gezondheid"),
        P("Kind en Gezin Consultatiebureau {g}", "gezondheid"),
        P("Wijkgezondheidscentrum {g}", "gezondheid"),
    ),
    "Milieu": (
        P("Natuurpunt {g}", "natuur"),
        P("Recyclagepark {g}", "afval"),
        P("Milieudienst {g}", "milieu"),
    ),
    "Toerisme": (
        P("Toerisme {g}", "toerisme"),
        P("Brouwerij De Zenne", "horeca en toerisme"),
        P("Hoeve Ter Kapelle", "logies en horeca"),
    ),
    "Inburgering": (
        P("Taalcafé {g}", "inburgering"),
        P("Diversiteitsraad {g}", "diversiteit"),
    ),
    "Mobiliteit": (
        P("Fietsersbond {g}", "mobiliteit"),
        P("Fietsherstelplaats De Velo", "mobiliteit"),
        P("Mobiliteitsdienst {g}", "mobiliteit"),
    ),
    "Duurzaamheid": (
        P("Repair Café {g}", "duurzaamheid"),
        P("Upcycling-atelier Tweede Leven", "duurzaamheid"),
        P("Kringwinkel {g}", "hergebruik"),
    ),
    "Lokale economie": (
        P("Unizo {g}", "lokale economie"),
        P("Handelaarsvereniging {g}", "handel"),
        P("Centrummanagement {g}", "lokale economie"),
        P("Coworking De Werf", "ondernemen"),
    ),
    "Tewerkstelling": (
        P("VDAB-werkwinkel {g}", "tewerkstelling"),
        P("Maatwerkbedrijf De Steiger", "sociale economie"),
        P("Lokale Diensteneconomie {g}", "sociale economie"),
    ),
    "Ruimtelijke ordening": (
        P("Dienst Ruimtelijke Ordening {g}", "ruimtelijke ordening"),
        P("Dienst Patrimonium {g}", "gebouwen en terreinen"),
    ),
    "Andere": (
        P("Zomerfestival {g}", "festivals", True),
        P("Vertelcollectief De Babbelaars", "verhalen vertellen", True),
        P("Architectenbureau Baksteen", "architectuur", False),
    ),
    "Andere 2": (
        P("Brandweerpost {g}", "brandweer", False),
        P("Rode Kruis {g}", "hulpverlening", False),
        P("Boerenbond {g}", "landbouw", False),
    ),
}

# Organisations for a region or all of Flanders (no gemeente: their own bol "regio / Vlaanderen").
# Keyed by province, None for Flanders-wide ones usable anywhere.
REGIONALE_PARTNERS: dict[str | None, dict[str, tuple[PartnerSjabloon, ...]]] = {
    "Vlaams-Brabant": {
        "Toerisme": (P("Toerisme Pajottenland", "toerisme"),),
        "Milieu": (
            P("Natuurpunt Pajottenland", "natuur"),
            P("Regionaal Landschap Pajottenland & Zennevallei", "landschap"),
        ),
        "Erfgoed": (P("Erfgoedcel Pajottenland-Zennevallei", "cultureel erfgoed"),),
        "Sociaal-cultureel volwassenenwerk": (P("Avansa Halle-Vilvoorde", "vorming"),),
        "Gezondheidszorg": (P("Eerstelijnszone Pajottenland", "eerstelijnszorg"),),
        "Welzijn": (P("Samenlevingsopbouw Vlaams-Brabant", "samenlevingsopbouw"),),
    },
    "Oost-Vlaanderen": {
        "Toerisme": (P("Toerisme Vlaamse Ardennen", "toerisme"),),
        "Milieu": (P("Regionaal Landschap Vlaamse Ardennen", "landschap"),),
        "Erfgoed": (P("Erfgoedcel Denderland", "cultureel erfgoed"),),
        "Sociaal-cultureel volwassenenwerk": (P("Avansa Waas en Dender", "vorming"),),
        "Gezondheidszorg": (P("Eerstelijnszone Dender", "eerstelijnszorg"),),
    },
    None: {
        "Amateurkunsten": (P("Koor en Stem", "amateurkoren"), P("VLAMO", "amateurmuziek")),
        "Onroerend erfgoed": (P("Herita", "onroerend erfgoed"),),
        "Inburgering": (P("Agentschap Integratie en Inburgering", "inburgering"),),
        "Mobiliteit": (P("Trage Wegen vzw", "trage wegen"),),
        "Sport": (P("Sport Vlaanderen", "sport"),),
        "Jeugd": (P("De Ambrassade", "jeugdwerk", True), P("Formaat", "jeugdhuiswerk", True)),
        "Circuskunsten": (P("Circuscentrum", "circus"),),
        "Tewerkstelling": (P("VDAB", "tewerkstelling"),),
    },
}

# A second idea for a card, from the point of view of its first partner's category.
IDEEEN_PER_CATEGORIE: dict[str, tuple[str, ...]] = {
    "Kunsten": ("Een kunstenaar van {partner} een jaar lang aan ons verbinden",),
    "Amateurkunsten": ("{partner} een podium geven op onze volgende activiteit",),
    "Circuskunsten": ("Een circusworkshop met {partner} als opwarmer voor onze activiteit",),
    "Lokaal cultuurbeleid": (
        "Onze activiteiten in de kalender en de nieuwsbrief van {partner} opnemen",
        "Samen met {partner} een projectsubsidie aanvragen",
    ),
    "Sociaal-cultureel volwassenenwerk": (
        "De leden van {partner} uitnodigen voor een activiteit op maat",
    ),
    "Erfgoed": ("Met {partner} oude foto's en verhalen verzamelen voor een tentoonstelling",),
    "Jeugd": ("Jongeren van {partner} mee laten programmeren",),
    "Onderwijs": (
        "Met {partner} een klasproject uitwerken dat bij ons eindigt",
        "Leerlingen van {partner} een opdracht geven die ze bij ons uitvoeren",
    ),
    "Onroerend erfgoed": ("Een activiteit organiseren in het gebouw van {partner}",),
    "Sport": ("Samen met {partner} een beweeg- en cultuurdag organiseren",),
    "Welzijn": (
        "Met {partner} een vaste namiddag per maand voor hun mensen inrichten",
        "Via {partner} mensen bereiken die nu nooit over onze drempel komen",
    ),
    "Gezondheidszorg": ("Via {partner} ouders van jonge kinderen bereiken",),
    "Milieu": ("Een natuurwandeling met {partner} combineren met een verhaal of optreden",),
    "Toerisme": ("Onze activiteiten opnemen in de routes en de kalender van {partner}",),
    "Inburgering": ("Een kennismakingsmoment voor de cursisten van {partner}",),
    "Mobiliteit": ("Met {partner} een fietsroute naar onze activiteiten uitstippelen",),
    "Duurzaamheid": ("Materiaal laten herstellen tijdens een sessie van {partner}",),
    "Lokale economie": ("Met {partner} handelaars zoeken als sponsor of ticketverkooppunt",),
    "Tewerkstelling": ("Een werkervaringsplek aanbieden via {partner}",),
    "Ruimtelijke ordening": ("Met {partner} een tijdelijke invulling voor een leeg gebouw zoeken",),
    "Andere": ("Samen met {partner} iets nieuws uitproberen op hun volgende editie",),
    "Andere 2": ("De vrijwilligers van {partner} vragen om mee te helpen op ons evenement",),
}

VOORNAMEN: tuple[str, ...] = (
    "Els",
    "Tom",
    "Griet",
    "Wouter",
    "Lien",
    "Pieter",
    "Hanne",
    "Dries",
    "Ine",
    "Jef",
    "Marleen",
    "Stijn",
    "Nele",
    "Koen",
    "Fatima",
    "Yusuf",
    "Eline",
    "Bram",
    "Liesbeth",
    "Jan",
    "Katrien",
    "Rik",
    "Sarah",
    "Thomas",
    "Leen",
    "Mohamed",
    "Anke",
    "Joris",
    "Greet",
    "Ward",
    "Amira",
    "Lotte",
)
