"""Build catalogue 3 (placements.csv, youths.csv, gold.csv) from the hand-written sources.

Deterministic, stdlib only:  python3 demo/catalogue3/build.py
    --show D012     print one youth's text and labels (for hand-checking)
    --list          print the catalogue compactly (ref, title, kinds, conditions)
"""

import csv
import hashlib
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import _placements_src as PS  # noqa: E402
import _youths_src as YS  # noqa: E402

PLACEMENT_COLS = [
    "ref",
    "employer",
    "org_number",
    "workplace",
    "address",
    "district",
    "title",
    "description",
    "ssyk",
    "sni",
    "capacity",
    "min_age",
    "start_date",
    "end_date",
    "supervisor_name",
    "supervisor_email",
    "supervisor_phone",
    "trains",
    "open",
]
YOUTH_COLS = [
    "ref",
    "first_name",
    "last_name",
    "gender",
    "birth_year",
    "district",
    "team",
    "interests",
    "strengths",
    "develop",
    "proposed_workplaces",
]

# A wanted condition is contradicted by a placement that states one of these.
OPPOSITE = {
    "fast": {"calm"},
    "calm": {"fast"},
    "people": {"few_people", "alone"},
    "few_people": {"people"},
    "alone": {"team"},
    "team": {"alone"},
    "routine": {"varied"},
    "varied": {"routine"},
    "indoor": {"outdoor"},
    "outdoor": {"indoor"},
    "physical": {"sitting"},
    "heavy": {"sitting"},
    "sitting": {"physical", "heavy", "standing"},
    "standing": {"sitting"},
    "noise": {"quiet"},
    "quiet": {"noise"},
}
# A stated condition also counts as these.
IMPLIES = {"heavy": {"physical"}, "alone": {"few_people"}}

GENERIC_WORKPLACES = {
    "Verkstaden",
    "Butiken",
    "Studion",
    "Kontoret",
    "Förrådet",
    "Köket",
    "Depån",
    "Gymmet",
    "Lagret",
    "Restaurangen",
    "Salongen",
    "Spaet",
    "Ateljén",
    "Syateljén",
    "Smedjan",
    "Hunddagiset",
    "Djurkliniken",
    "Utlämningen",
    "Klätterhallen",
    "Fabriken",
}

FOLD = str.maketrans(
    {
        "å": "a",
        "ä": "a",
        "ö": "o",
        "é": "e",
        "ć": "c",
        "č": "c",
        "ž": "z",
        "š": "s",
        "đ": "d",
        "ı": "i",
        "ü": "u",
        "ø": "o",
        "æ": "ae",
        " ": ".",
    }
)


def luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return str((10 - total % 10) % 10)


def org_number(nine):
    if not nine:
        return ""
    return f"{nine[:6]}-{nine[6:]}{luhn_digit(nine)}"


def phone(name):
    h = int(hashlib.sha1(name.encode("utf-8")).hexdigest(), 16)
    if h % 5 == 0:  # a landline now and then
        n = f"{h // 7 % 1000000:06d}"
        return f"031-{n[:2]} {n[2:4]} {n[4:]}"
    prefix = ["070", "072", "073", "076", "079"][h // 11 % 5]
    n = f"{h // 13 % 10000000:07d}"
    return f"{prefix}-{n[:3]} {n[3:5]} {n[5:]}"


def email(name):
    return name.lower().translate(FOLD) + "@exempel.se"


def placements():
    group_of = {}
    for gname, org9, members in PS.EMPLOYER_GROUPS:
        for m in members:
            group_of[m] = (gname, org9)
    rows = []
    for i, p in enumerate(PS.PLACEMENTS, 1):
        name, org9, workplace, address, district, supervisor = PS.EMPLOYERS[p["emp"]]
        if p["emp"] in group_of:
            if workplace in GENERIC_WORKPLACES:
                workplace = name[:-3] if name.endswith(' AB') else name
            name, org9 = group_of[p["emp"]]
        rows.append(
            dict(
                ref=f"R{i:04d}",
                employer=name,
                org_number=org_number(org9),
                workplace=workplace,
                address=address,
                district=district,
                title=p["title"],
                description=p["desc"],
                ssyk=p["ssyk"],
                sni=p["sni"],
                capacity=p["cap"],
                min_age=p["min_age"],
                start_date=p["start"],
                end_date=p["end"],
                supervisor_name=supervisor,
                supervisor_email=email(supervisor),
                supervisor_phone=phone(supervisor),
                trains=p["trains"],
                open="true" if p["open"] else "false",
                _kinds=set(p["kinds"]),
                _conds=set(p["conds"]),
            )
        )
    return rows


def expand(conds):
    out = set(conds)
    for c in conds:
        out |= IMPLIES.get(c, set())
    return out


def grade(spec, pl):
    """Grade one open placement for one youth spec (see _youths_src.py for the fields)."""
    kinds, conds = pl["_kinds"], expand(pl["_conds"])
    if pl["ref"] in spec.get("ovr", {}):
        return spec["ovr"][pl["ref"]]
    if kinds & set(spec.get("no", ())):
        return 0
    if conds & set(spec.get("avoid", ())):
        return 0
    if "want" in spec:  # traits and conditions (category c)
        want = spec["want"]
        bad = set()
        for w in want:
            bad |= OPPOSITE.get(w, set())
        if conds & bad:
            return 0
        if want[0] not in conds:
            g = 0
        else:
            hits = sum(1 for w in want if w in conds)
            if hits == len(want):
                g = 3
            elif len(want) >= 3 and hits == 1:
                g = 1
            else:
                g = 2
        # kinds can add to a trait spec (e.g. "something with animals, calm")
        for lvl in (3, 2, 1):
            if kinds & set(spec.get(f"g{lvl}", ())):
                g = max(g, lvl)
        return g
    g = 0
    for lvl in (3, 2, 1):
        if kinds & set(spec.get(f"g{lvl}", ())):
            g = lvl
            break
    if g == 3 and spec.get("need3") and not (conds >= set(spec["need3"])):
        g = 2
    for c, cap in spec.get("cap", {}).items():
        if c in conds:
            g = min(g, cap)
    return g


def labels(rows):
    out = []
    for y in YS.YOUTHS:
        for pl in rows:
            if pl["open"] != "true":
                continue
            g = grade(y["spec"], pl)
            if g:
                out.append((y["ref"], pl["ref"], g))
    return out


def main():
    rows = placements()
    gold = labels(rows)
    if "--list" in sys.argv:
        for r in rows:
            print(
                r["ref"],
                r["min_age"],
                "" if r["open"] == "true" else "CLOSED",
                r["title"],
                "|",
                " ".join(sorted(r["_kinds"])),
                "|",
                " ".join(sorted(r["_conds"])),
            )
        return
    if "--show" in sys.argv:
        want = sys.argv[sys.argv.index("--show") + 1 :]
        by = {r["ref"]: r for r in rows}
        for y in YS.YOUTHS:
            if y["ref"] not in want:
                continue
            print(f"== {y['ref']} ({y['cat']}, born {y['birth_year']}) {y['interests']}")
            for yr, pr, g in sorted(gold, key=lambda t: (-t[2], t[1])):
                if yr == y["ref"]:
                    r = by[pr]
                    print(
                        f"  {g} {pr} m{r['min_age']} {r['title']} | {' '.join(sorted(r['_kinds']))} | "
                        f"{' '.join(sorted(r['_conds']))}"
                    )
        return
    with open(HERE / "placements.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(PLACEMENT_COLS)
        for r in rows:
            w.writerow([r[c] for c in PLACEMENT_COLS])
    with open(HERE / "youths.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(YOUTH_COLS)
        for y in YS.YOUTHS:
            w.writerow(
                [
                    y["ref"],
                    y["first_name"],
                    "",
                    y["gender"],
                    y["birth_year"],
                    y["district"],
                    y["team"],
                    y["interests"],
                    y["strengths"],
                    y["develop"],
                    "",
                ]
            )
    with open(HERE / "gold.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["youth_ref", "placement_ref", "grade"])
        for t in gold:
            w.writerow(t)
    print(f"{len(rows)} placements, {len(YS.YOUTHS)} youths, {len(gold)} labels")


if __name__ == "__main__":
    main()
