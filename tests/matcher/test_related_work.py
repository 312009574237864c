"""Occupations that share skills (JobTech) follow the named one, with a reason that says so."""

import numpy as np

from matcher.index import MatchIndex
from matcher.related_work import closest_by_skills, skill_neighbours
from matcher.types import PlacementDoc, YouthQuery


def test_trades_that_share_skills_with_the_wish_come_next() -> None:
    codes = ["7411", "7125", "5141", "9111"]
    strength = np.array([1.0, 0.0, 0.0, 0.0], dtype=np.float32)
    near = skill_neighbours(strength, codes)
    assert near[0] == 0.0  # the wished code itself gets nothing extra
    assert near[1] > near[2] and near[1] > near[3]  # plumbing before hairdressing, cleaning
    assert closest_by_skills("7125", {"7411": 1.0}) == "7411"
    assert closest_by_skills("5141", {"7411": 1.0}) is None


def test_an_electrician_wish_brings_the_plumber_before_unrelated_work() -> None:
    docs = [
        PlacementDoc("el", "Elektriker", "Montera uttag och lampor.", "7411", None, None, "F"),
        PlacementDoc("vvs", "VVS-lärling", "Dra rör och byta blandare.", "7125", None, None, "F"),
        PlacementDoc("hair", "Frisörpraktik", "Sopa och tvätta hår.", "5141", None, None, "S"),
        PlacementDoc("shop", "Butik", "Fylla på hyllor.", "5222", None, None, "G"),
    ]
    index = MatchIndex.build(docs)
    top = index.suggest(YouthQuery("y", "Jag vill bli elektriker."), 4)
    refs = [s.placement_ref for s in top]
    assert refs[0] == "el"
    assert refs.index("vvs") < refs.index("hair")
    assert refs.index("vvs") < refs.index("shop")
