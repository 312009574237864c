"""Word lists that steer how a clause is read: contrast, experience, change, emphasis."""

from __future__ import annotations

import re

# "hellre X än Y", "något annat än Y", "mer X än Y": what follows "än" is ruled out.
THAN_WORDS: frozenset[str] = frozenset(["än", "than"])
COMPARATIVES: frozenset[str] = frozenset(
    ["hellre", "snarare", "helst", "mer", "mera", "annat", "annan", "andra", "bättre",
     "rather", "more", "else", "other", "better"]
)  # fmt: skip
INSTEAD_MARK = "iställetför"  # one token standing for "istället för" / "instead of"
_INSTEAD_RE = re.compile(r"\b(?:i\s*stället|istället|istallet|instead)\s+(?:för|for|of)\b", re.I)
# Words that tell of experience rather than a wish ("har jobbat i kassa", "förut lager").
PAST_MARKERS: frozenset[str] = frozenset(
    ["jobbat", "jobbade", "arbetat", "arbetade", "praktiserat", "praktiserade", "pluggat",
     "pluggade", "studerat", "studerade", "förut", "tidigare", "innan", "sommarjobbat",
     "sommarjobbade", "worked", "used"]
)  # fmt: skip
PAST_VERB_STEMS: frozenset[str] = frozenset(["jobba", "jobb", "arbeta", "varit", "gjort"])
# Words that mark a change from that experience ("vill testa något nytt").
CHANGE_WORDS: frozenset[str] = frozenset(
    ["nytt", "nya", "ny", "annat", "annan", "andra", "byta", "istället", "tröttnat", "new",
     "different", "else", "change", "switch"]
)  # fmt: skip
SAME_WORDS: frozenset[str] = frozenset(["samma", "fortsätta", "same", "continue"])
WISH_VERBS: frozenset[str] = frozenset(["vill", "gillar", "skulle", "want", "like", "would"])
# Words that mark the strongest wish ("helst", "drömmen").
STRONG_WORDS: frozenset[str] = frozenset(
    ["helst", "drömmen", "drömjobb", "drömjobbet", "älskar", "mest", "främst", "love", "dream"]
)
