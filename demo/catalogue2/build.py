"""Builds placements.csv from _placements_src.py (stdlib only, deterministic).

youths.csv and gold.csv are written by _youths_src.py / this script as well; see README.md.
"""
import csv, datetime, random, re, unicodedata
from pathlib import Path

import _placements_src as src

HERE = Path(__file__).parent
CUT = {
    "Smakprov och demo i butiker", "Ringa kunder", "Lagerkontoret", "Kafferosteriet", "Assistent till husfrun",
    "Lön och personal", "Intervjuare – marknadsundersökningar", "Marknadsassistent",
    "Hudvård och ansiktsbehandlingar", "Original och prepress", "Garderob och städ på helgerna", "Livesändningar",
    "Skriv för vårt nyhetsbrev", "CNC-operatör", "Möbelmontering", "Undersköterska på mottagningen", "Fotvård",
    "Kiosken ombord", "Rekond", "Baka till kaféet", "Personlig assistent (vikarie)", "Publikvärd och kassa",
    "Kontorsassistent – lite av allt", "Hemstäd", "Golv och kakel – montering hos kund",
    "Skidservice och cykelservice i butiken",
}
# not taking anyone at the moment (besides those marked in the source)
CLOSE = {"Kassa", "E-handelslager", "Fönsterputs", "Däckhotellet", "Trädgårdsanläggning", "Receptionen i klätterhallen",
         "Tryckeri", "Grovarbete på bygget", "Testa appar", "Kvällsskift – packning", "Hallvärd"}
# several workplaces belong to one employer
EMPLOYER = {
    'trollsl': "Göteborgs Stad", 'ekorren': "Göteborgs Stad", 'snackan': "Göteborgs Stad", 'kvilleskola': "Göteborgs Stad",
    'kulan': "Göteborgs Stad", 'hemtjanst': "Göteborgs Stad", 'lssbiskop': "Göteborgs Stad", 'sorteringen': "Göteborgs Stad",
    'karravard': "Tallgårdens Vård AB", 'vcentral': "Västra Götalandsregionen", 'barnmott': "Västra Götalandsregionen",
    'tandvard': "Västra Götalandsregionen", 'paketterminal': "Östra Utdelning AB", 'svarsservice': "Nordstadens Kontorsservice AB",
    'urmakare': "Guld & Silver på Vallgatan", 'sylaga': "Skomakeriet Linné", 'rorligt': "Studio Eriksberg",
    'bokbind': "Tryckhuset Högsbo AB", 'vvsteamet': "Elfirman Härlanda AB", 'glass': "Fiskkrogen Långedrag",
    'brodboden': "Bageriet vid Härlanda", 'backalager': "Högsbo Logistik AB", 'klatter': "Kraftverket Träning",
}
FIELDS = "ref,employer,org_number,workplace,address,district,title,description,ssyk,sni,capacity,min_age,start_date,end_date,supervisor_name,supervisor_email,supervisor_phone,trains,open".split(",")


def luhn_org(rng):
    base = [5, 5, 6] + [rng.randrange(10) for _ in range(6)]
    s = 0
    for i, d in enumerate(base):
        v = d * (2 if i % 2 == 0 else 1)
        s += v - 9 if v > 9 else v
    check = (10 - s % 10) % 10
    digits = "".join(map(str, base)) + str(check)
    return digits[:6] + "-" + digits[6:]


def ascii_name(s):
    s = unicodedata.normalize("NFKD", s.lower())
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[^a-z]+", ".", s).strip(".")


def placements():
    """The 160 placements as dicts (with 'tags'), in ref order."""
    rng = random.Random(20261202)
    emp_org = {}
    out = []
    kept = [p for p in src.P if p[1] not in CUT]
    kept = [p[:9] + (p[9] and p[1] not in CLOSE,) for p in kept]
    for i, (ek, title, desc, ssyk, sni, cap, age, trains, tags, is_open) in enumerate(kept, 1):
        name, workplace, address, district, sup = src.EMP[ek]
        employer = EMPLOYER.get(ek, name)
        if employer not in emp_org:
            emp_org[employer] = luhn_org(rng) if (rng.random() < 0.35 and "Göteborgs Stad" not in employer
                                                  and "regionen" not in employer) else ""
        if rng.random() < 0.3:
            start = end = ""
        else:
            d0 = datetime.date(2026, 1, 5) + datetime.timedelta(weeks=rng.randrange(0, 78))
            start = d0.isoformat()
            end = (d0 + datetime.timedelta(weeks=rng.choice([4, 4, 6, 8, 10]), days=-3)).isoformat()
        phone = "%s-%03d %02d %02d" % (rng.choice(["070", "072", "073", "076", "079"]), rng.randrange(100, 1000),
                                       rng.randrange(100), rng.randrange(100))
        first, last = sup.split(" ", 1)
        out.append({
            "ref": "Q%04d" % i, "employer": employer, "org_number": emp_org[employer], "workplace": workplace,
            "address": address, "district": district, "title": title, "description": desc, "ssyk": ssyk, "sni": sni,
            "capacity": str(cap), "min_age": str(age), "start_date": start, "end_date": end, "supervisor_name": sup,
            "supervisor_email": "%s.%s@exempel.se" % (ascii_name(first), ascii_name(last)), "supervisor_phone": phone,
            "trains": trains, "open": "true" if is_open else "false", "tags": tags.split(),
        })
    return out


# ---------------------------------------------------------------- youths and gold
AREAS = {
    'retail': "grocery cashier fashion sport_shop secondhand books_shop pharmacy optician gas_station rental market hardware_shop pet_shop_sales florist bakery_shop",
    'warehouse': "warehouse ecom truck mail packing moving harbour leaflets courier",
    'kitchen': "cook cold_kitchen dish kitchen_help school_kitchen pizza cafe bakery pastry bakery_shop hotel_breakfast food_production butcher food_factory waiter bar",
    'care': "eldercare activity nursing homecare rehab psych disability child_nurse dental medsec",
    'childcare': "preschool fritids pupil_assist youth_centre",
    'vehicles': "car_mech tyres bike_mech moped car_body car_wash boat",
    'construction': "carpentry roofing labourer painting concrete groundwork glazier plumbing electrician welding sheetmetal sanitation",
    'cleaning': "cleaning window hotel_clean recycling",
    'animals': "pet_shop horses riding_coach dogcare dog_groom vet farm",
    'it': "it_support programming testing gamedev network web electronics_repair",
    'office': "reception hotel_reception economy office customer_service switchboard travel purchasing school_office medsec sport_admin",
}
AREAS = {k: set(v.split()) for k, v in AREAS.items()}
DISTRICT_TEAM = {'Askim-Frölunda-Högsbo': 'Väster', 'Västra Göteborg': 'Väster', 'Lundby': 'Hisingen',
                 'Norra Hisingen': 'Hisingen'}
YFIELDS = "ref,first_name,last_name,gender,birth_year,district,team,interests,strengths,develop,proposed_workplaces".split(",")


def matches(sel, p):
    kinds = {t for t in p['tags'] if not t.startswith('c:')}
    if sel.startswith('A:'):
        return bool(kinds & AREAS[sel[2:]])
    if sel.startswith('Q'):
        return p['ref'] == sel
    return sel in kinds


def trait_grade(spec, p):
    conds = {t[2:] for t in p['tags'] if t.startswith('c:')}
    want, avoid, cap = [], [], []
    for part in spec.split()[1:]:
        k, v = part.split('=')
        if k == 'want':
            want = [set(w.split('|')) for w in v.split(',')]
        elif k == 'avoid':
            avoid = v.split(',')
        else:  # cap: a condition the youth would rather not have (e.g. some customer contact): 2 at most
            cap = v.split(',')
    if conds & set(avoid):
        return 0
    hit = [bool(w & conds) for w in want]
    m, n = sum(hit), len(want)
    if not hit[0]:
        return 0
    if m == n and not conds & set(cap):
        return 3
    if n <= 2 or m >= 2:
        return 2
    return 1


def grade(spec, p):
    if spec.startswith('T '):
        spec, _, refs = spec.partition(' | ')
        g = trait_grade(spec, p)
        for tok in refs.split():
            sel, gr = tok.rsplit(':', 1)
            if p['ref'] == sel:
                g = int(gr)
        return g
    g, excl, over = 0, False, None
    for tok in spec.split():
        if tok.startswith('X:'):
            excl = excl or matches(tok[2:], p)
            continue
        sel, gr = tok.rsplit(':', 1)
        if sel.startswith('Q'):
            if matches(sel, p):
                over = int(gr)
        elif matches(sel, p):
            g = max(g, int(gr))
    if excl:
        g = 0
    if over is not None:
        g = over
    return g


def youths():
    import _youths_src as ys
    order = list(ys.Y)
    halves = [[], []]
    for cat in order:
        for i, y in enumerate(ys.Y[cat]):
            halves[i // 5].append((cat, y))
    rng = random.Random(14)
    out = []
    for h in halves:
        rng.shuffle(h)
        out.extend(h)
    rows = []
    for i, (cat, (name, gender, by, district, text, st, dev, spec)) in enumerate(out, 1):
        rows.append({'ref': 'C%03d' % i, 'first_name': name, 'last_name': '', 'gender': gender, 'birth_year': str(by),
                     'district': district, 'team': DISTRICT_TEAM[district], 'interests': text, 'strengths': st,
                     'develop': dev, 'proposed_workplaces': '', 'category': cat, 'spec': spec})
    return rows


def gold(ys, ps):
    out = []
    for y in ys:
        for p in ps:
            if p['open'] != 'true':
                continue
            g = grade(y['spec'], p)
            if g:
                out.append((y['ref'], p['ref'], g))
    return out


def write_all():
    ps = placements()
    with open(HERE / "placements.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, FIELDS, extrasaction="ignore")
        w.writeheader()
        w.writerows(ps)
    ys = youths()
    with open(HERE / "youths.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, YFIELDS, extrasaction="ignore")
        w.writeheader()
        w.writerows(ys)
    gs = gold(ys, ps)
    with open(HERE / "gold.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["youth_ref", "placement_ref", "grade"])
        w.writerows(gs)
    return ps, ys, gs


if __name__ == "__main__":
    ps, ys, gs = write_all()
    print(len(ps), "placements,", len({p['employer'] for p in ps}), "employers,", len(ys), "youths,", len(gs), "labels")
