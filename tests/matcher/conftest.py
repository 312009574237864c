"""A small hand-written placement catalogue shared by the matcher tests."""

from __future__ import annotations

import pytest

from matcher.index import MatchIndex
from matcher.types import PlacementDoc


def _p(ref: str, title: str, description: str, ssyk: str | None, **kw: object) -> PlacementDoc:
    fields: dict[str, object] = {
        "sni": None,
        "district": "Centrum",
        "employer": f"Arbetsgivare {ref}",
    }
    fields.update(kw)
    return PlacementDoc(ref, title, description, ssyk, **fields)  # type: ignore[arg-type]


CATALOGUE: tuple[PlacementDoc, ...] = (
    _p(
        "cykel-1",
        "Cykelverkstad",
        "Verkstaden servar och lagar cyklar, byter däck och kedjor.",
        "7233",
        district="Majorna-Linné",
        trains=("Lösa problem",),
    ),
    _p(
        "cykel-2",
        "Cykelmekaniker på återbruk",
        "Vi rustar begagnade cyklar och elcyklar.",
        "7233",
        district="Angered",
    ),
    _p(
        "bil-1",
        "Bilverkstad",
        "Däckbyte och fordonsservice, oljebyte och enklare reparationer.",
        "7231",
        district="Lundby",
    ),
    _p(
        "bil-2",
        "Fordonstekniker-lärling",
        "Service av personbilar och lätta lastbilar i verkstad.",
        "7231",
        district="Västra Hisingen",
    ),
    _p("bil-3", "Däckhotell", "Hjulskifte, däckförvaring och hjälp i verkstaden.", "7231"),
    _p("bil-4", "Lastbilsverkstad", "Reparation och service av tunga fordon.", "7231"),
    _p("bil-5", "Mopedverkstad", "Vi lagar mopeder och motorcyklar.", "7231"),
    _p(
        "hund-1",
        "Hunddagis",
        "Rastning, lek och skötsel av hundar på vårt hunddagis.",
        "6122",
        district="Askim-Frölunda-Högsbo",
    ),
    _p("hund-2", "Djuraffär", "Skötsel av djur i butiken, fodring och kundservice.", "6122"),
    _p(
        "hast-1",
        "Ridskola",
        "Mockning, utfodring och skötsel av hästar i stallet.",
        "6129",
        district="Angered",
    ),
    _p(
        "bygg-1",
        "Snickeri och husbygge",
        "Byggnation av trähus, snickeri och renovering.",
        "7111",
        district="Norra Hisingen",
    ),
    _p(
        "bygg-2",
        "Byggarbetsplats",
        "Grovarbete, bära material och städa byggarbetsplatsen.",
        "9310",
    ),
    _p("bygg-3", "Målerifirma", "Spackling, målning och tapetsering i bostäder.", "7131"),
    _p("bygg-4", "Murare", "Murning och plattsättning i nyproduktion.", "7112"),
    _p(
        "lager-1",
        "Lagerarbete",
        "Orderplock, packning och inleverans av gods på lagret.",
        "4322",
        district="Lundby",
        trains=("Planera och organisera",),
    ),
    _p("lager-2", "Terminalarbetare", "Sortering av paket och lastning på terminalen.", "4322"),
    _p(
        "lager-3", "Lager på byggvaruhus", "Ta emot leveranser och plocka ordrar med truck.", "4322"
    ),
    _p(
        "kassa-1",
        "Kassabiträde",
        "Arbete i kassan, betalning och kundmöten.",
        "5230",
        district="Lundby",
    ),
    _p("kassa-2", "Kassa och service", "Kassaarbete i livsmedelsbutik.", "5230"),
    _p("butik-1", "Butiksbiträde matbutik", "Varupåfyllning, frukt och grönt, hyllor.", "5222"),
    _p("butik-2", "Klädbutik", "Försäljning av kläder, skyltning och kundservice.", "5223"),
    _p("stad-1", "Lokalvård", "Lokalvård i kontorsmiljö, städning av trapphus.", "9111"),
    _p("stad-2", "Städfirma", "Hemstädning och storstädning hos kunder.", "9111"),
    _p(
        "kock-1",
        "Restaurangkök",
        "Matlagning, förberedelser och kallskänk i restaurangkök.",
        "5120",
        district="Centrum",
    ),
    _p("kock-2", "Köksbiträde skolrestaurang", "Disk, servering och enklare matlagning.", "9412"),
    _p("cafe-1", "Kafé", "Barista, kaffe, bakverk och servering.", "9413"),
    _p("bageri-1", "Bageri", "Baka bröd och bullar tidigt på morgonen.", "7612"),
    _p("vard-1", "Äldreboende", "Omvårdnad och sällskap för äldre på äldreboende.", "5321"),
    _p("vard-2", "Personlig assistans", "Stöd till brukare med funktionsnedsättning.", "5343"),
    _p(
        "barn-1",
        "Förskola",
        "Lek och pedagogisk verksamhet med barn på förskolan.",
        "5311",
        district="Västra Göteborg",
    ),
    _p("barn-2", "Elevassistent", "Stöd till elever i klassrummet på grundskola.", "5312"),
    _p("fritid-1", "Fritidsgård", "Aktiviteter för ungdomar på fritidsgården.", "3423"),
    _p("idrott-1", "Fotbollsförening", "Hjälpa till på träningar och matcher.", "3422"),
    _p("it-1", "IT-support", "Felsökning och installation av datorer i helpdesk.", "3512"),
    _p("it-2", "Webbyrå", "Programmering av webbsidor och appar.", "2512"),
    _p("park-1", "Parkförvaltning", "Plantering, gräsklippning och skötsel av parker.", "6113"),
    _p("fast-1", "Fastighetsskötsel", "Felanmälan, utemiljö och trapphus i bostadsområde.", "5152"),
    _p("bud-1", "Cykelbud", "Leverera paket i stan med lastcykel.", "9621"),
    _p("kontor-1", "Kontorsassistent", "Post, arkiv och registrering på kommunens kontor.", "4119"),
    _p("frisor-1", "Frisörsalong", "Klippning, hårvård och att ta emot kunder i salongen.", "5141"),
    _p("stangd-1", "Stängd bilverkstad", "Däckbyte och service.", "7231", is_open=False),
    _p("full-1", "Full bilverkstad", "Däckbyte och service.", "7231", open_capacity=0),
    _p("vuxen-1", "Bilverkstad 18+", "Däckbyte och service.", "7231", min_age=18),
)


@pytest.fixture(scope="session")
def catalogue() -> tuple[PlacementDoc, ...]:
    return CATALOGUE


@pytest.fixture(scope="session")
def shared_index() -> MatchIndex:
    """Built once; for tests that only read."""
    return MatchIndex.build(CATALOGUE)


@pytest.fixture()
def match_index() -> MatchIndex:
    """A fresh index, for tests that upsert or remove."""
    return MatchIndex.build(CATALOGUE)
