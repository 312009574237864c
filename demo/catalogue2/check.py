"""Checks demo/catalogue2 (placements.csv, youths.csv, gold.csv, README.md). Stdlib only.

Run from anywhere: python3 demo/catalogue2/check.py. Exit code 1 when a hard check fails.
"""
import csv, json, re, sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
SSYK_FILE = next((d / "shared/data/occupation_gender_scb_ssyk4.csv" for d in (REPO.parent, REPO.parent.parent)
                  if (d / "shared/data/occupation_gender_scb_ssyk4.csv").exists()), REPO / "missing")
PFIELDS = "ref,employer,org_number,workplace,address,district,title,description,ssyk,sni,capacity,min_age,start_date,end_date,supervisor_name,supervisor_email,supervisor_phone,trains,open".split(",")
YFIELDS = "ref,first_name,last_name,gender,birth_year,district,team,interests,strengths,develop,proposed_workplaces".split(",")
DISTRICTS = {"Angered", "Askim-Frölunda-Högsbo", "Centrum", "Lundby", "Majorna-Linné", "Norra Hisingen",
             "Västra Göteborg", "Västra Hisingen", "Örgryte-Härlanda", "Östra Göteborg"}
TEAMS = {"Askim-Frölunda-Högsbo": "Väster", "Västra Göteborg": "Väster", "Lundby": "Hisingen", "Norra Hisingen": "Hisingen"}
YEAR = 2026
errors = []


def err(msg):
    errors.append(msg)


def read(name):
    with open(HERE / name, newline="", encoding="utf-8") as f:
        r = csv.DictReader(f)
        return r.fieldnames, list(r)


def luhn_ok(org):
    d = [int(c) for c in org.replace("-", "")]
    s = 0
    for i, x in enumerate(d[:9]):
        v = x * (2 if i % 2 == 0 else 1)
        s += v - 9 if v > 9 else v
    return len(d) == 10 and (10 - s % 10) % 10 == d[9]


deck = {c["key"] for c in json.load(open(REPO / "competences/data/deck_v1.json", encoding="utf-8"))["cards"]}

# ---------------------------------------------------------------- placements
hdr, P = read("placements.csv")
if hdr != PFIELDS:
    err("placements.csv: columns differ from demo/placements.csv")
with open(REPO / "demo/placements.csv", newline="", encoding="utf-8") as f:
    demo_rows = list(csv.DictReader(f))
demo_codes = {r["ssyk"] for r in demo_rows}
demo_employers = {r["employer"] for r in demo_rows}
valid_codes = None
if SSYK_FILE.exists():
    with open(SSYK_FILE, newline="", encoding="utf-8") as f:
        valid_codes = {r["ssyk_code"] for r in csv.DictReader(f)}
if len(P) != 160:
    err("placements: %d rows, want 160" % len(P))
if [p["ref"] for p in P] != ["Q%04d" % i for i in range(1, len(P) + 1)]:
    err("placements: refs are not Q0001.. in order")
for p in P:
    r = p["ref"]
    if p["district"] not in DISTRICTS: err(r + ": district " + p["district"])
    if not re.fullmatch(r"\d{4}", p["ssyk"]): err(r + ": ssyk")
    if valid_codes is not None and p["ssyk"] not in valid_codes: err(r + ": ssyk %s not in SCB's SSYK 2012 list" % p["ssyk"])
    if not re.fullmatch(r"[A-U]", p["sni"]): err(r + ": sni")
    if p["capacity"] not in {"1", "2", "3"}: err(r + ": capacity")
    if p["min_age"] not in {"15", "16", "18"}: err(r + ": min_age")
    if p["open"] not in {"true", "false"}: err(r + ": open")
    t = p["trains"].split(";")
    if not 1 <= len(t) <= 3 or set(t) - deck: err(r + ": trains")
    if not p["supervisor_email"].endswith("@exempel.se"): err(r + ": email")
    if p["org_number"] and not luhn_ok(p["org_number"]): err(r + ": org_number Luhn")
    if bool(p["start_date"]) != bool(p["end_date"]) or (p["start_date"] and p["start_date"] >= p["end_date"]): err(r + ": dates")
    if p["employer"] in demo_employers: err(r + ": employer also in demo/placements.csv")
codes = {p["ssyk"] for p in P}
new_codes = codes - demo_codes
majors = Counter(c[0] for c in codes)
closed = sum(p["open"] == "false" for p in P)
employers = {p["employer"] for p in P}
if len(codes) < 90: err("placements: only %d SSYK groups" % len(codes))
if len(new_codes) < 40: err("placements: only %d SSYK groups not in demo" % len(new_codes))
if set("123456789") - set(majors): err("placements: major groups missing: %s" % (set("123456789") - set(majors)))
if not 0.07 <= closed / len(P) <= 0.13: err("placements: %d closed" % closed)
print("placements: %d rows, %d employers, %d SSYK groups (%d not in demo/placements.csv), major groups %s, "
      "%d closed, min_age %s" % (len(P), len(employers), len(codes), len(new_codes),
                                   dict(sorted(majors.items())), closed, dict(Counter(p["min_age"] for p in P))))
pmap = {p["ref"]: p for p in P}

# ---------------------------------------------------------------- youths
hdr, Y = read("youths.csv")
if hdr != YFIELDS:
    err("youths.csv: columns")
if [y["ref"] for y in Y] != ["C%03d" % i for i in range(1, 71)]:
    err("youths: refs are not C001..C070")
for y in Y:
    r = y["ref"]
    if y["last_name"] or y["proposed_workplaces"]: err(r + ": last_name/proposed_workplaces not empty")
    if y["gender"] not in {"female", "male", "other", ""}: err(r + ": gender")
    if not 2002 <= int(y["birth_year"]) <= 2011: err(r + ": birth_year")
    if TEAMS.get(y["district"]) != y["team"]: err(r + ": district/team")
    for k in ("strengths", "develop"):
        if set(y[k].split(";")) - deck: err(r + ": " + k)
    if not y["interests"].strip(): err(r + ": interests empty")
ymap = {y["ref"]: y for y in Y}
print("youths: %d, gender %s, birth years %d-%d" % (len(Y), dict(Counter(y["gender"] or "(empty)" for y in Y)),
      min(int(y["birth_year"]) for y in Y), max(int(y["birth_year"]) for y in Y)))

# ---------------------------------------------------------------- categories in README
cats = {}
for line in (HERE / "README.md").read_text(encoding="utf-8").splitlines():
    m = re.match(r"\|\s*\(([a-g])\)", line)
    if m:
        for ref in re.findall(r"C\d{3}", line):
            if ref in cats: err("README: %s in two categories" % ref)
            cats[ref] = m.group(1)
if set(cats) != set(ymap):
    err("README: category table covers %d of %d youths" % (len(cats), len(ymap)))
half = lambda ref: "dev2" if int(ref[1:]) <= 35 else "blind4"
table = Counter((c, half(r)) for r, c in cats.items())
for c in "abcdefg":
    for h in ("dev2", "blind4"):
        if table[(c, h)] != 5: err("category (%s) has %d youths in %s, want 5" % (c, table[(c, h)], h))
print("categories (dev2/blind4):", " ".join("(%s) %d/%d" % (c, table[(c, 'dev2')], table[(c, 'blind4')]) for c in "abcdefg"))

# ---------------------------------------------------------------- gold
with open(HERE / "gold.csv", newline="", encoding="utf-8") as f:
    rows = list(csv.reader(f))
if rows[0] != ["youth_ref", "placement_ref", "grade"]:
    err("gold.csv: header")
seen = set()
per = defaultdict(dict)
for yr, pr, g in rows[1:]:
    if (yr, pr) in seen: err("gold: duplicate %s %s" % (yr, pr))
    seen.add((yr, pr))
    if yr not in ymap or pr not in pmap: err("gold: unknown ref %s %s" % (yr, pr)); continue
    if g not in {"1", "2", "3"}: err("gold: grade %s" % g)
    if pmap[pr]["open"] != "true": err("gold: closed placement listed %s %s" % (yr, pr))
    per[yr][pr] = int(g)
sizes = []
for y in Y:
    age = YEAR - int(y["birth_year"])
    labels = per[y["ref"]]
    ok = [pr for pr, g in labels.items() if g >= 2 and pmap[pr]["open"] == "true" and int(pmap[pr]["min_age"]) <= age]
    if len(ok) < 3:
        err("%s: only %d open placements of grade >= 2 with min_age <= %d" % (y["ref"], len(ok), age))
    if not any(g == 3 for g in labels.values()):
        err("%s: no grade 3" % y["ref"])
    sizes.append(len(labels))
grades = Counter(g for d in per.values() for g in d.values())
for h in ("dev2", "blind4"):
    gh = Counter(g for yr, d in per.items() if half(yr) == h for g in d.values())
    print("gold %s: %d labels (3: %d, 2: %d, 1: %d)" % (h, sum(gh.values()), gh[3], gh[2], gh[1]))
readme = (HERE / "README.md").read_text(encoding="utf-8")
for label, pred in (("dev 2", lambda r: half(r) == "dev2"), ("blind 4", lambda r: half(r) == "blind4"), ("all", lambda r: True)):
    gh = Counter(g for yr, d in per.items() if pred(yr) for g in d.values())
    row = "| %s " % label
    want = "| %d | %d | %d | %d |" % (gh[3], gh[2], gh[1], sum(gh.values()))
    line = next((l for l in readme.splitlines() if l.startswith(row)), "")
    if not line.endswith(want):
        err("README: label table row '%s' should end with %s" % (label, want))
m = re.search(r"`gold.csv` \| (\d+) relevance labels", readme)
if not m or int(m.group(1)) != sum(len(d) for d in per.values()):
    err("README: the file table's label count is out of date")
sizes.sort()
print("gold: %d labels (3: %d, 2: %d, 1: %d); listed per youth min %d, median %d, max %d" % (
    sum(grades.values()), grades[3], grades[2], grades[1], sizes[0], sizes[len(sizes) // 2], sizes[-1]))

if errors:
    print("\n%d problem(s):" % len(errors))
    for e in errors:
        print("  -", e)
    sys.exit(1)
print("OK")
