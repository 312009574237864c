"""Word lists that steer how a clause is read: negation, hedges, clause boundaries, relative
clauses, contrast, experience, change, emphasis."""

from __future__ import annotations

import re

# "hellre X än Y", "något annat än Y", "mer X än Y", "föredrar X framför Y", "prefer X over Y":
# what follows "än" is ruled out.
THAN_WORDS: frozenset[str] = frozenset(["än", "than", "framför", "over"])
COMPARATIVES: frozenset[str] = frozenset(
    ["hellre", "snarare", "helst", "mer", "mera", "annat", "annan", "andra", "bättre",
     "föredrar", "rather", "more", "else", "other", "better", "prefer"]
)  # fmt: skip
INSTEAD_MARK = "iställetför"  # one token standing for "istället för" / "instead of"
_INSTEAD_RE = re.compile(r"\b(?:i\s*stället|istället|istallet|instead)\s+(?:för|for|of)\b", re.I)
# Words that tell of experience rather than a wish ("har jobbat i kassa", "förut lager").
PAST_MARKERS: frozenset[str] = frozenset(
    ["jobbat", "jobbade", "arbetat", "arbetade", "praktiserat", "praktiserade", "pluggat",
     "pluggade", "studerat", "studerade", "förut", "tidigare", "innan", "sommarjobbat",
     "sommarjobbade", "testade", "provade", "prao", "praon", "förra", "ifjol", "fjol", "gjorde",
     "gick", "hoppade", "worked", "used", "tried", "did"]
)  # fmt: skip
PAST_VERB_STEMS: frozenset[str] = frozenset(["jobba", "jobb", "arbeta", "varit", "gjort"])
# Words that mark a change from that experience ("vill testa något nytt").
CHANGE_WORDS: frozenset[str] = frozenset(
    ["nytt", "nya", "ny", "annat", "annan", "andra", "byta", "istället", "tröttnat", "new",
     "different", "else", "change", "switch", "try", "testa", "prova"]
)  # fmt: skip
# "trött på städning", "sick of retail", "fed up with kitchens": being tired of something rules
# it out. One token stands for the phrase, so "sick" is no sickness and "trött" no trait; the
# English one also marks its clause as English ("sick of it": the pronoun, not IT). "Trött på
# riktigt" is being really tired.
FED_UP_MARK, FED_UP_ENGLISH = "tröttpå", "fedup"
_FED_UP_RE = re.compile(
    r"\b(?:(?P<sv>(?:sjukt\s+|döds|så\s+)?trött\s+på|tröttna[td]e?\s+på|less\s+på|led\s+på)"
    r"|(?:sick|tired)\s+(?:and\s+tired\s+)?of|fed\s+up(?:\s+with)?)(?=\s|$)(?!\s+riktigt)",
    re.I,
)


def mark_fed_up(text: str) -> str:
    """ "trött på kassan" -> "tröttpå kassan", "sick of it" -> "fedup it"."""
    return _FED_UP_RE.sub(lambda m: f" {FED_UP_MARK if m['sv'] else FED_UP_ENGLISH} ", text)


# Being tired of what one did is a change, also in a clause that refuses ("orkar inte mer med
# kunder", "trött på lager", "aldrig igen"): the experience counts as left behind.
FATIGUE_RE = re.compile(
    rf"\b(?:(?:orkar|pallar|klarar)\s+(?:inte|int|ej)\s+(?:mer|mera|längre)|{FED_UP_MARK}|{FED_UP_ENGLISH}"
    r"|tröttnat|aldrig\s+(?:mer|igen)|inte\s+längre|never\s+again|no\s+more|not\s+anymore)\b",
    re.I,
)


# A start time in the small hours is an early start ("börjar gärna kl 5", "kan börja 05.30"):
# the time becomes the word "tidigt", so negation and working-time checks read it as words.
_EARLY_TIME_RE = re.compile(
    r"(?:\b(?P<pre>(?:börjar|börja|start|starta|startar)\s+(?:gärna\s+)?)(?:(?:kl\.?|klockan)\s*)?"
    r"|\b(?:kl\.?|klockan)\s*)0?[3-7](?:[.:][0-5]\d)?(?![.:]?\d)"
    r"|\b(?P<am>0?[3-7](?:[.:][0-5]\d)?\s*a\.?m\b\.?)",
    re.I,
)


def mark_early_times(text: str) -> str:
    """ "börjar gärna kl 5" -> "börjar gärna tidigt", "kl 05.30" -> "tidigt", "5am" -> "early
    mornings"."""
    return _EARLY_TIME_RE.sub(
        lambda m: "early mornings" if m["am"] else f"{m['pre'] or ''}tidigt", text
    )


SAME_WORDS: frozenset[str] = frozenset(["samma", "fortsätta", "same", "continue"])
# A wish "rather" than what was done ("det var okej men jag vill hellre sy"): the past counts
# less than plain experience, but is not ruled out.
RATHER_WORDS: frozenset[str] = frozenset(["hellre", "snarare", "föredrar", "rather", "prefer"])
WISH_VERBS: frozenset[str] = frozenset(["vill", "gillar", "skulle", "want", "like", "would"])
# Verbs that start a refusal of their own after "och" when "inte" follows ("... och gillar inte
# att prata i telefon", "... och kan inte stå länge").
REFUSING_VERBS: frozenset[str] = WISH_VERBS | frozenset(
    ["tycker", "orkar", "kan", "klarar", "pallar", "trivs", "är", "e", "mår", "can", "am", "do"]
)
NOTHING_MORE: frozenset[str] = frozenset(["mer", "mera", "längre", "igen", "heller", "more"])
# Words that mark the strongest wish ("helst", "drömmen").
STRONG_WORDS: frozenset[str] = frozenset(
    ["helst", "drömmen", "drömjobb", "drömjobbet", "älskar", "mest", "främst", "love", "dream"]
)

NEGATION_CUES: frozenset[str] = frozenset(
    [
        "svårt",
        FED_UP_MARK,
        FED_UP_ENGLISH,
        "inte",
        "ej",
        "aldrig",
        "ingen",
        "inget",
        "inga",
        "ingenting",
        "nej",
        "hatar",
        "hata",
        "avskyr",
        "avsky",
        "slippa",
        "slipper",
        "tråkigt",
        "tråkig",
        "tråkiga",
        "suger",
        "usch",
        "äckligt",
        "äcklig",
        "not",
        "no",
        "dont",
        "doesnt",
        "didnt",
        "isnt",
        "arent",
        "cant",
        "cannot",
        "wont",
        "wouldnt",
        "never",
        "hate",
        "hates",
        "nope",
        "uttråkad",
        "uttråkade",
        "uttråkat",
        "bored",
        # "rädd för hundar", "allergisk mot katter": what the youth cannot be near.
        "rädd",
        "rädda",
        "livrädd",
        "afraid",
        "scared",
        "allergisk",
        "allergiska",
        "allergi",
        "allergic",
        "allergy",
    ]
)

# Judgements that rule out what was said only after "var"/"är" ("det var skit", "är kasst").
JUDGEMENT_CUES: frozenset[str] = frozenset(
    ["skit", "kasst", "dåligt", "värdelöst", "trist", "meningslöst", "boring", "bad", "jobbigt",
     "jobbiga", "jobbig", "hemskt", "hemsk", "stressigt", "galen", "galet", "tokig", "less",
     "tungt", "ensamt", "segt", "slitigt", "slitsamt", "kämpigt", "pissigt", "dödstråkigt",
     "lonely", "exhausting"]
)  # fmt: skip
# How the youth feels from something ("får huvudvärk av ljud", "blir stressad av folk"): a
# judgement of what follows, while the word itself keeps its sense ('stressad': wants calm).
FEELING_CUES: frozenset[str] = frozenset(
    ["huvudvärk", "yr", "illamående", "ångest", "panik", "migrän", "stressad", "stressar",
     "headache", "headaches", "dizzy", "anxiety", "anxious", "stresses"]
)  # fmt: skip
JUDGEMENT_CUES = JUDGEMENT_CUES | FEELING_CUES
# "kunderna stressar mig", "customers stress me out": what stresses the youth is ruled out, and
# the word asks for calm.
STRESSES: frozenset[str] = frozenset(["stressar", "stresses"])
# "mår dåligt av stress", "får huvudvärk av ljud", "blir stressad av folk": what makes the youth
# feel bad is ruled out, like a judgement.
JUDGEMENT_PREV: frozenset[str] = frozenset(
    ["var", "va", "är", "e", "vara", "was", "is", "blev", "mår", "känns", "får", "blir", "get",
     "gets", "getting"]
)  # fmt: skip
# "det var alldeles för högljutt", "it was way too loud": "too much" rules out what was said.
TOO_WORDS: frozenset[str] = frozenset(["för", "alltför", "too"])
TOO_AMOUNTS: frozenset[str] = frozenset(["mycket", "många", "lite", "much", "many", "little"])
TOO_INTENSIFIERS: frozenset[str] = frozenset(
    [
        "alldeles",
        "lite",
        "lit",
        "way",
        "så",
        "sjukt",
        "jätte",
        "much",
        "far",
        "really",
        "a",
        "bit",
        "lätt",
        "ofta",
        "alltid",
        "easily",
        "often",
        "always",
    ]
)
# Somebody else's job is context, not the youth's wish ("mamma är undersköterska"): a clause
# that starts with one of these people and a verb of being or working counts as experience.
OTHER_PEOPLE: frozenset[str] = frozenset(
    ["mamma", "mamman", "morsan", "mor", "pappa", "pappan", "farsan", "far", "bror", "brorsan",
     "syster", "syrran", "kusin", "morbror", "farbror", "moster", "faster", "kompis", "kompisen",
     "polare", "polaren", "föräldrar", "föräldrarna", "mom", "mum", "dad", "father", "mother",
     "brother", "sister", "cousin", "uncle", "aunt", "friend", "parents", "hon", "han", "she", "he"]
)  # fmt: skip
OTHER_PEOPLE_OWNERS: frozenset[str] = frozenset(["min", "mitt", "mina", "my", "en", "a"])
# Compound heads that say the first part is what the youth cannot stand ("ljudkänslig",
# "höjdrädd", "pälsallergisk").
AVERSION_HEADS: tuple[str, ...] = (
    "känslig", "känsliga", "rädd", "rädda", "allergisk", "allergiker", "fobi", "sensitive",
)  # fmt: skip
# "jag kan inte så mycket", "vet inte hur": what the youth cannot do yet is no refusal.
ABILITY_WORDS: frozenset[str] = frozenset(["kan", "kunde", "vet", "can", "cant", "know"])
# "min kurator sa att ...", "my teacher says ...": a person who advises the youth, not a wish.
POSSESSIVES: frozenset[str] = frozenset(
    ["min", "mitt", "mina", "my", "vår", "våra", "our", "hans", "hennes", "his", "her"]
)
SPEECH_VERBS: frozenset[str] = frozenset(
    ["sa", "sade", "säger", "tycker", "tyckte", "tror", "trodde", "menar", "föreslog", "tipsade",
     "said", "says", "thinks", "thought", "told", "suggested"]
)  # fmt: skip
OTHER_PEOPLE_VERBS: frozenset[str] = frozenset(
    ["är", "e", "var", "jobbar", "jobbade", "arbetar", "arbetade", "pluggar", "har", "hade",
     "äger", "ägde", "driver", "drev", "is", "was", "works", "worked", "has", "had", "owns",
     "runs"]
)  # fmt: skip

# Patterns that contain a cue word but do not rule an area out ("vet inte vad jag vill",
# "har aldrig jobbat med barn men ..."): (cue, neighbour) pairs read as hedges.
HEDGE_NEXT: dict[str, frozenset[str]] = {
    "inte": frozenset(
        [
            "bara",
            "säker",
            "säkert",
            "rädd",
            "jobbat",
            "provat",
            "testat",
            "prövat",
            "gjort",
            "varit",
            "haft",
            "hunnit",
        ]
    ),
    "aldrig": frozenset(["jobbat", "provat", "testat", "prövat", "gjort", "varit", "haft"]),
    "ingen": frozenset(["aning", "erfarenhet", "koll"]),
    "inga": frozenset(["problem"]),
    "inget": frozenset(["problem", "emot"]),
    "not": frozenset(["sure", "only"]),
    "dont": frozenset(["know", "mind"]),
    "cant": frozenset(["wait"]),
    "never": frozenset(["tried", "worked", "done", "been"]),
    "no": frozenset(["problem", "idea", "experience"]),
}
HEDGE_PREV: dict[str, frozenset[str]] = {
    "inte": frozenset(["vet", "vette", "vetat"]),
    "ej": frozenset(["vet"]),
    "aldrig": frozenset(),
    # "polis, men det kanske är svårt": the wish may be hard to reach, it is not refused.
    "svårt": frozenset(["kanske", "nog", "säkert", "lite"]),
}

# What the youth only puts up with is no wish ("tunga lyft är inga problem", "regn gör inget",
# "don't mind the cold"): its conditions are not asked for, its occupations count as "maybe".
TOLERANCE_PHRASES: tuple[tuple[str, ...], ...] = (
    ("inga", "problem"), ("inget", "problem"), ("gör", "inget"), ("gör", "ingenting"),
    ("gör", "mig", "inget"), ("stör", "mig", "inte"), ("no", "problem"), ("not", "a", "problem"),
    ("dont", "mind"), ("doesnt", "bother"), ("dont", "care"),
    # "stress är lugnt för mig", "stress is fine": "lugnt" here means fine, not calm.
    ("är", "lugnt", "för", "mig"), ("e", "lugnt", "för", "mig"), ("är", "okej", "för", "mig"),
    ("stress", "är", "lugnt"), ("stress", "e", "lugnt"), ("stress", "är", "okej"),
    ("is", "fine", "for", "me"), ("stress", "is", "fine"), ("is", "fine", "with", "me"),
)  # fmt: skip

# Words that soften a wish ("lager kanske"): such clauses count a little less.
HEDGE_WORDS: frozenset[str] = frozenset(
    ["kanske", "eventuellt", "möjligen", "möjligtvis", "kansk", "maybe", "perhaps", "fine"]
)

# Clause boundaries inside a sentence. "utom" also starts a ruled-out clause ("allt utom X").
CLAUSE_SPLITTERS: frozenset[str] = frozenset(["men", "utan", "but", "fast", "however", "although"])
# "fast food", "fast-paced": English "fast", not Swedish "fast" (but).
FAST_ENGLISH: frozenset[str] = frozenset(["food", "paced", "pace", "fashion", "track"])
EXCEPT_WORDS: frozenset[str] = frozenset(["utom", "förutom", "except"])  # and "anything but"
# "kassa funkar om det inte är för stressigt", "retail if it's not too busy": a condition on
# what was said, not a refusal of it. "om" only before a subject, and not after a verb that
# takes it as a particle ("tycker om det").
CONDITION_WORDS: frozenset[str] = frozenset(["om", "if"])
CONDITION_SUBJECTS: frozenset[str] = frozenset(
    ["det", "man", "jag", "du", "it", "its", "i", "there", "the", "jobbet", "arbetet", "inget",
     "ingen", "inte", "nothing", "no", "not"]
)  # fmt: skip
OM_PARTICLE_VERBS: frozenset[str] = frozenset(
    ["tycker", "tyckte", "tyckt", "hand", "bryr", "handlar", "pratar", "drömmer", "frågar"]
)
# "gillar att vara ute men inte när det regnar": a refusal of a circumstance, not of the wish.
WHEN_WORDS: frozenset[str] = frozenset(["när", "when", "whenever"])
# "utan" is "but rather" after a refusal ("inte kök utan butik") and "without" anywhere else
# ("ett lugnt ställe utan massa kunder", "helst utan stress"): then it rules out what follows.
WITHOUT_WORDS: frozenset[str] = frozenset(["utan", "without"])
# A cause is context, not a wish ("sover dåligt pga medicin", "because of my back"): its words
# are skipped until the youth speaks again.
CAUSE_MARK = "pga"
_CAUSE_RE = re.compile(r"\b(?:p\.?g\.?a\.?|på\s+grund\s+av|because\s+of|due\s+to)(?=\s|$)", re.I)
# Relative pronouns: a negation after one is about the thing before it, not the youth's wish.
RELATIVE_WORDS: frozenset[str] = frozenset(["som", "who", "that", "which"])
# After these, a negated relative clause is the youth's own refusal ("något som inte är kassa");
# after any other word it describes somebody ("barn som har svårt med att läsa") and is skipped.
GENERIC_HEADS: frozenset[str] = frozenset(
    ["något", "nåt", "nånting", "någonting", "annat", "annan", "andra", "sak", "saker", "grej",
     "grejer", "grejs", "jobb", "jobbet", "arbete", "arbetet", "ställe", "stället", "plats",
     "platsen", "praktik", "praktikplats", "yrke", "yrken", "bransch", "område", "det", "allt",
     "sånt", "sådant", "something", "anything", "job", "work", "place", "stuff", "things",
     "thing"]
)  # fmt: skip
# A skipped description ends where the youth speaks again ("... och jag gillar bilar").
RESUME_WORDS = frozenset(["jag", "i", "vill", "gillar", "tycker", "want", "like", "love"])
# Who a job serves, after "för"/"for" next to the job ("tränare för små barn", "coach for kids"):
# the audience, not a field of its own (child care), when the clause names the job too.
AUDIENCE_WORDS: frozenset[str] = frozenset(
    ["barn", "barnen", "ungdomar", "unga", "tjejer", "killar", "kids", "children", "teens",
     "youth"]
)  # fmt: skip
AUDIENCE_BEFORE: frozenset[str] = frozenset(["för", "for", "åt"])
AUDIENCE_SIZE: frozenset[str] = frozenset(["små", "lite", "äldre", "yngre", "young", "little"])
# The youth's own diagnosis ("jag har adhd", "I have autism") tells about the youth, not about
# work they want; "barn med adhd" still points to support work.
DIAGNOSIS_WORDS: frozenset[str] = frozenset(
    ["adhd", "add", "autism", "asperger", "npf", "dyslexi", "funktionsnedsättning",
     "funktionsnedsättningar", "diagnos", "diagnoser"]
)  # fmt: skip
OWN_WORDS: frozenset[str] = frozenset(["har", "hade", "have", "has", "had", "got", "fått", "fick"])
SELF_WORDS: frozenset[str] = frozenset(["jag", "ja", "i", "ive", "vi", "we"])
# "jag var frisör i Afghanistan", "I was a cook back home": experience.
WAS_WORDS: frozenset[str] = frozenset(["var", "va", "was", "were"])

# Swedish lexicon words that are everyday English words too: in an English clause ("built a
# treehouse last summer", "worked on a farm, in the barn") they are read as English.
ENGLISH_MARKERS: frozenset[str] = frozenset(
    [FED_UP_ENGLISH, "the", "my", "with", "and", "is", "was", "to", "of", "im", "me", "want", "like", "something",
     "that", "this", "an", "am", "be", "work", "summer", "year", "week", "time", "i'm", "it's",
     "at", "a", "all", "not", "but", "day", "days", "any", "anything", "really", "would",
     "hate", "love", "just", "maybe", "you", "your", "dont", "don't", "cant", "can't", "never",
     "prefer", "being", "into", "on", "from", "have", "has", "been", "are", "were", "what",
     "where", "could", "should", "will", "idk", "tbh"]
)  # fmt: skip
ENGLISH_HOMOGRAPHS: frozenset[str] = frozenset(["last", "barn", "fast", "full", "kind", "sky"])
# English words that are Swedish function words, read for their English sense in an English
# clause ("till" is "to" in Swedish).
ENGLISH_MEANINGS: dict[str, str] = {"till": "kassa", "tills": "kassa", "technical": "tekniskt"}
