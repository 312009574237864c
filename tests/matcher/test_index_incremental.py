"""Upsert and remove change the next suggestion without refitting the vectorizer."""

from dataclasses import replace

from matcher.index import MatchIndex
from matcher.types import PlacementDoc, YouthQuery

QUERY = YouthQuery("y", "vill jobba med hundar", age=17)


def _refs(index: MatchIndex, query: YouthQuery = QUERY, limit: int = 5) -> list[str]:
    return [s.placement_ref for s in index.suggest(query, limit)]


def test_removed_placement_disappears_from_suggestions(match_index: MatchIndex) -> None:
    assert _refs(match_index)[0] == "hund-1"
    match_index.remove(["hund-1", "not-a-ref"])
    assert "hund-1" not in _refs(match_index, limit=50)
    assert len(match_index) == 42


def test_upserted_placement_is_found_and_vectorizer_is_kept(
    match_index: MatchIndex, catalogue: tuple[PlacementDoc, ...]
) -> None:
    vocabulary = match_index.vectorizer.vocabulary_
    new = PlacementDoc(
        "hund-9",
        "Hundpensionat",
        "Skötsel av hundar, rastning och lek.",
        "6122",
        None,
        "Lundby",
        "Pensionatet",
    )
    match_index.upsert([new])
    assert match_index.vectorizer.vocabulary_ is vocabulary
    assert "hund-9" in _refs(match_index, limit=3)


def test_upsert_replaces_an_existing_placement(
    match_index: MatchIndex, catalogue: tuple[PlacementDoc, ...]
) -> None:
    old = next(d for d in catalogue if d.ref == "hund-1")
    match_index.upsert([replace(old, is_open=False)])
    assert "hund-1" not in _refs(match_index, limit=50)
    match_index.upsert([replace(old, title="Lager", description="Plock och pack.", ssyk="4322")])
    assert "hund-1" not in _refs(match_index, limit=2)
    assert "hund-1" in _refs(match_index, YouthQuery("y", "lager plock och pack"), limit=5)
    assert len(match_index) == len(catalogue)


def test_placement_without_ssyk_gets_the_nearest_occupation(match_index: MatchIndex) -> None:
    doc = PlacementDoc("x-1", "Hunddagis", "Rastning och skötsel av hundar.", None, None, None, "E")
    match_index.upsert([doc])
    top = match_index.suggest(QUERY, 5)
    assert "x-1" in [s.placement_ref for s in top]
    assert next(s for s in top if s.placement_ref == "x-1").occupation_name


def test_many_removals_compact_the_index_and_keep_answers() -> None:
    docs = [
        PlacementDoc(f"p{i}", "Lager", f"Plock och pack nummer {i}.", "4322", None, None, "E")
        for i in range(1200)
    ]
    index = MatchIndex.build(docs)
    index.remove([f"p{i}" for i in range(600)])
    refs = _refs(index, YouthQuery("y", "lager"), limit=10)
    assert len(index) == 600 and all(int(r[1:]) >= 600 for r in refs)
    assert len(index.refs()) == 600


def test_an_index_built_empty_learns_placements_added_later() -> None:
    index = MatchIndex.build([])
    assert index.suggest(QUERY) == []
    index.upsert([])
    index.upsert(
        [
            PlacementDoc("d", "Hunddagis", "Rastning av hundar.", "6122", None, None, "E"),
            PlacementDoc("l", "Lager", "Plock och pack.", "4322", None, None, "E"),
        ]
    )
    assert _refs(index)[0] == "d"


def test_an_occupation_added_later_is_found_by_its_own_words() -> None:
    """The rows grouped by occupation follow upserts: a second placement of a new occupation
    that names the youth's words leads the one that does not."""
    index = MatchIndex.build(
        [PlacementDoc("a", "Lager", "Plock och pack.", "4322", None, None, "H")]
    )
    index.upsert(
        [
            PlacementDoc("ferry", "Däcksmatros", "Förtöja färjan.", "8350", None, None, "H"),
            PlacementDoc("yard", "Hamnkontor", "Papper och scheman.", "8350", None, None, "H"),
        ]
    )
    refs = [s.placement_ref for s in index.suggest(YouthQuery("y", "jobba på en färja"), 3)]
    assert refs[0] == "ferry"
    assert refs.index("ferry") < refs.index("yard")
