"""Fixed inputs of the demo history: outcome counts, teams, interest areas and short texts.

Everything here is invented for the demo. The outcome counts are worked out so that the live
statistics round to the figures of the Hikikomori final report (see demo/README.md).
"""

from pathlib import Path

NAMES_DIR = Path(__file__).parent / "names"

# Discharged youths per (team, gender): (work, studies, other). Sums: 220 youths; girls 105
# (12 work, 56 studies), boys 115 (17, 55); Hisingen 93 (12, 46), Väster 127 (17, 65).
OUTCOME_COUNTS: dict[tuple[str, str], tuple[int, int, int]] = {
    ("Hisingen", "female"): (5, 23, 16),
    ("Hisingen", "male"): (7, 23, 19),
    ("Väster", "female"): (7, 33, 21),
    ("Väster", "male"): (10, 32, 24),
}

# The final report's figures, as the statistics page must show them (rounded percentages).
REPORT_FIGURES = {
    "overall": {"discharged": 220, "work_or_studies": 64, "work": 13.5, "studies": 50.5},
    "female": {"discharged": 105, "work_or_studies": 65, "work": 11.5, "studies": 53.5},
    "male": {"discharged": 115, "work_or_studies": 63, "work": 15.0, "studies": 48.0},
    "Hisingen": {"discharged": 93, "work_or_studies": 62},
    "Väster": {"discharged": 127, "work_or_studies": 65},
}

# The report's four districts, two per team.
TEAM_DISTRICTS = {
    "Hisingen": ("Lundby", "Norra Hisingen"),
    "Väster": ("Askim-Frölunda-Högsbo", "Västra Göteborg"),
}

# Interest areas: SSYK prefixes of fitting placements, and how a youth might put it.
AREAS: list[tuple[tuple[str, ...], tuple[str, ...]]] = [
    (
        ("72", "74", "82"),
        (
            "vill meka med bilar eller cyklar",
            "skruva o fixa saker, motorer typ",
            "gillar att laga grejer med händerna",
        ),
    ),
    (
        ("94", "51", "76"),
        ("laga mat!! kanske bageri", "jobba i kök eller restaurang", "vill bli kock en dag"),
    ),
    (
        ("53",),
        (
            "jobba med barn, typ förskola",
            "hjälpa äldre, hemtjänst kanske",
            "nåt där man tar hand om folk",
        ),
    ),
    (
        ("52", "34"),
        (
            "butik eller kassa funkar",
            "gillar kläder o mode, jobba i butik",
            "vill jobba med kunder",
        ),
    ),
    (
        ("61", "32"),
        ("nåt med djur!!", "hundar eller hästar, vara ute", "jobba i stall eller djuraffär"),
    ),
    (
        ("71", "93"),
        ("bygga saker, snickra", "vill jobba på bygge", "måla eller bygga, nåt praktiskt"),
    ),
    (("43", "83"), ("lager funkar, plocka o packa", "köra truck kanske", "vill jobba på lager")),
    (
        ("25", "35", "21"),
        ("data och spel", "IT-support eller programmera", "gillar att rita och göra grafik"),
    ),
    (
        ("41", "42", "44"),
        ("kontor, sitta vid dator", "bibliotek vore nice", "reception eller kontor"),
    ),
    (("96", "91"), ("vara ute och röra på mig", "städning eller fastighet", "återvinning typ")),
]

FOLLOW_UP_NOTES = (
    "Uppföljning på arbetsplatsen med handledaren. Det går bra, kommer i tid.",
    "Trepartssamtal: ungdomen, handledaren och rekryteraren. Vill prova fler uppgifter.",
    "Telefonuppföljning med handledaren. Lite trött på morgnarna, vi pratar om rutiner.",
    "Besök på praktiken. Trivs i arbetsgruppen och frågar mer själv.",
    "Uppföljning efter praktiken: pratar om studier och vad nästa steg kan vara.",
    "Samtal om sömn och ork. Kortare dagar första veckan, sedan heltid.",
)
RATING_COMMENTS = (
    "Frågar när något är oklart.",
    "Kommer i tid varje dag.",
    "Samarbetar bra med kollegorna.",
    "Tar egna initiativ när det är lugnt.",
    "Behöver påminnelser ibland.",
    "Har blivit tryggare i kontakten med kunder.",
)
OVERALL_COMMENTS = (
    "En ansvarsfull praktikant som har växt under perioden.",
    "Har lärt sig arbetsuppgifterna snabbt och varit en del av arbetslaget.",
    "Lugn och noggrann. Vi tar gärna emot hen igen.",
    "Har blivit säkrare för varje vecka och tar mer ansvar.",
)
END_EARLY_REASONS = (
    "Började studera på folkhögskola.",
    "Fick ett sommarjobb.",
    "Praktiken passade inte; vi letar en annan plats.",
)
REACTION_COMMENTS = {
    "interested": ("Låter kul!", "Vill gärna prova", ""),
    "not_interested": ("Inte min grej", "För långt hemifrån", ""),
    "more_info": ("Vad gör man där?", "Vilka tider?", ""),
}


def names(file: str) -> list[str]:
    """One name per line; `#` lines are comments."""
    text = (NAMES_DIR / file).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]
