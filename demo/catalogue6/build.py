"""Build catalogue 6 (blind 8) from the author's working files (stdlib only, deterministic).

    python3 demo/catalogue6/build.py              writes placements.csv, youths.csv, gold.csv
    python3 demo/catalogue6/build.py --show G012  prints one youth's text, spec and graded list
    python3 demo/catalogue6/build.py --tables     prints the README tables (categories, grade counts)

Grading (applied to every open placement; closed placements are never graded):
  kinds:  a placement gets the highest grade any of its kinds (or the kind's area, written '@area') has in
          the youth's g3 / g2 / g1 lists; a kind or area in `no` makes it 0; a condition in `nocond` makes it 0.
  conds:  (category (c)) `want` lists the named conditions, the first one the main one; `avoid` the ones the
          youth rules out. 0 if an avoided or an opposite condition is stated or the main one is missing;
          3 if all named are stated; 2 if the main one and, with three or more named, at least one more;
          1 if only the main one of three or more.
  adj:    per-placement corrections after reading the list by hand (key -> grade).
"""

import csv
import random
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import _placements_src as PS  # noqa: E402
import _youths_src as YS  # noqa: E402

TRAINS = {'comm': 'communication', 'coop': 'cooperation', 'plan': 'planning', 'norms': 'workplace_norms',
          'learn': 'learning', 'crit': 'critical_thinking', 'num': 'numeracy', 'digital': 'digital',
          'initiative': 'initiative', 'literacy': 'literacy', 'languages': 'languages',
          'problem_solving': 'problem_solving', 'resource_management': 'resource_management',
          'numeracy': 'numeracy', 'cooperation': 'cooperation'}
OPPOSITE = {'lugnt': {'tempo'}, 'tempo': {'lugnt'}, 'ute': {'inne'}, 'inne': {'ute'}, 'ensam': {'team'},
            'team': {'ensam'}, 'stilla': {'fysiskt', 'tungt'}, 'fysiskt': {'stilla'}, 'tyst': {'ljud'},
            'rutin': {'variation'}, 'variation': {'rutin'}}
IMPLIES = {'tungt': {'fysiskt'}}
POSTCODE = {'Angered': ('424', 'Angered'), 'Askim-Frölunda-Högsbo': ('421', 'Västra Frölunda'),
            'Centrum': ('411', 'Göteborg'), 'Majorna-Linné': ('414', 'Göteborg'),
            'Norra Hisingen': ('422', 'Hisings Backa'), 'Västra Göteborg': ('426', 'Västra Frölunda'),
            'Västra Hisingen': ('418', 'Hisings Kärra'), 'Lundby': ('417', 'Göteborg'),
            'Örgryte-Härlanda': ('416', 'Göteborg'), 'Östra Göteborg': ('415', 'Göteborg')}
FIRST = ['Anna', 'Johan', 'Sofia', 'Mehmet', 'Karin', 'Peter', 'Leyla', 'Mikael', 'Eva', 'Daniel', 'Nadia',
         'Tomas', 'Lena', 'Ahmed', 'Maria', 'Fredrik', 'Helena', 'Jonas', 'Sanna', 'Reza', 'Ida', 'Patrik',
         'Camilla', 'Goran', 'Elin', 'Marcus', 'Josefin', 'Hassan', 'Ulrika', 'Stefan', 'Therese', 'Ola',
         'Malin', 'Emir', 'Katarina', 'Henrik', 'Louise', 'Bashir', 'Cecilia', 'Niklas']
LAST = ['Lindqvist', 'Berggren', 'Öztürk', 'Holmberg', 'Sandberg', 'Haddad', 'Wikström', 'Nyström',
        'Jovanović', 'Engström', 'Axelsson', 'Karimi', 'Lundgren', 'Pettersson', 'Mäkinen', 'Abdi',
        'Strand', 'Forsberg', 'Rahimi', 'Ekholm', 'Backman', 'Sjöberg', 'Novak', 'Hedlund', 'Yilmaz',
        'Söderlund', 'Warsame', 'Dahlin', 'Kovač', 'Blom']


def ascii_name(s):
    s = s.replace('ø', 'o').replace('æ', 'ae')
    return unicodedata.normalize('NFKD', s).encode('ascii', 'ignore').decode().lower()


def luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return str((10 - total % 10) % 10)


def placements():
    rng = random.Random(20261203)
    ps = [dict(p) for p in PS.PLACEMENTS]
    order = list(range(len(ps)))
    rng.shuffle(order)
    ps = [ps[i] for i in order]
    orgs = {}
    for key in sorted(PS.EMPLOYERS):
        name, has = PS.EMPLOYERS[key]
        if not has:
            continue
        head = '802' if name.startswith(('Föreningen', 'IK ', 'Ridklubben', 'Musikskolan', 'Museiföreningen',
                                          'Ungdomsgården', 'Familjecentralen', 'Naturvårdsgruppen', 'Teater',
                                          'Kulturhuset', 'Ekbacka', 'Nordostbladet')) else '559'
        nine = head + ''.join(str(rng.randrange(10)) for _ in range(6))
        orgs[key] = f"{nine[:6]}-{nine[6:]}{luhn_digit(nine)}"
    used_names = set()
    for i, p in enumerate(ps, 1):
        p['ref'] = f"U{i:04d}"
        name, _ = PS.EMPLOYERS[p['emp']]
        p['employer'] = name
        p['org_number'] = orgs.get(p['emp'], '')
        pre, city = POSTCODE[p['district']]
        p['address'] = f"{p['street']}, {pre} {rng.randrange(30, 99)} {city}"
        while True:
            fn, ln = rng.choice(FIRST), rng.choice(LAST)
            if (fn, ln) not in used_names:
                used_names.add((fn, ln))
                break
        p['supervisor_name'] = f"{fn} {ln}"
        p['supervisor_email'] = f"{ascii_name(fn)}.{ascii_name(ln)}@exempel.se"
        p['supervisor_phone'] = (f"07{rng.choice('0236')}-{rng.randrange(100, 1000)} "
                                 f"{rng.randrange(10, 100)} {rng.randrange(10, 100)}")
        p['trains_csv'] = ';'.join(dict.fromkeys(TRAINS[t] for t in p['trains'].split()))
        p['open'] = 'false' if p['closed'] else 'true'
        p['start_date'], p['end_date'] = p['dates'] or ('', '')
    return ps


def youths():
    ys = [dict(y) for y in YS.YOUTHS]
    random.Random(8).shuffle(ys)
    for i, y in enumerate(ys, 1):
        y['ref'] = f"G{i:03d}"
    return ys


def kind_grade(y, p):
    kinds = p['kinds']
    labels = set(kinds) | {'@' + PS.AREA[k] for k in kinds}
    if labels & set(y.get('no', ())):
        return 0
    if p['conds'] & set(y.get('nocond', ())):
        return 0
    g = 0
    for grade, field in ((3, 'g3'), (2, 'g2'), (1, 'g1')):
        if labels & set(y.get(field, ())):
            g = max(g, grade)
    return g


def cond_grade(y, p):
    conds = set(p['conds'])
    for c in list(conds):
        conds |= IMPLIES.get(c, set())
    want = y['want']
    bad = set(y.get('avoid', ()))
    for w in want:
        bad |= OPPOSITE.get(w, set())
    if conds & bad or want[0] not in conds:
        return 0
    n = sum(w in conds for w in want)
    if n == len(want):
        return 3
    if len(want) <= 2 or n >= 2:
        return 2
    return 1


def grade(y, p):
    if p['closed']:
        return 0
    if p['key'] in y.get('adj', {}):
        return y['adj'][p['key']]
    if 'want' in y:
        return cond_grade(y, p)
    return kind_grade(y, p)


def gold(ys, ps):
    rows = []
    for y in ys:
        for p in ps:
            g = grade(y, p)
            if g:
                rows.append((y['ref'], p['ref'], g))
    return rows


def write(ps, ys, rows):
    with open(HERE / 'placements.csv', 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(['ref', 'employer', 'org_number', 'workplace', 'address', 'district', 'title', 'description',
                    'ssyk', 'sni', 'capacity', 'min_age', 'start_date', 'end_date', 'supervisor_name',
                    'supervisor_email', 'supervisor_phone', 'trains', 'open'])
        for p in ps:
            w.writerow([p['ref'], p['employer'], p['org_number'], p['workplace'], p['address'], p['district'],
                        p['title'], p['description'], p['ssyk'], p['sni'], p['capacity'], p['min_age'],
                        p['start_date'], p['end_date'], p['supervisor_name'], p['supervisor_email'],
                        p['supervisor_phone'], p['trains_csv'], p['open']])
    with open(HERE / 'youths.csv', 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(['ref', 'first_name', 'last_name', 'gender', 'birth_year', 'district', 'team', 'interests',
                    'strengths', 'develop', 'proposed_workplaces'])
        for y in sorted(ys, key=lambda y: y['ref']):
            w.writerow([y['ref'], y['name'], '', y['gender'], y['born'], y['district'], 'Nordost', y['text'],
                        ';'.join(y['strengths'].split()), ';'.join(y['develop'].split()), ''])
    with open(HERE / 'gold.csv', 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(['youth_ref', 'placement_ref', 'grade'])
        for r in sorted(rows):
            w.writerow(r)


def show(ref, ys, ps):
    y = next(y for y in ys if y['ref'] == ref)
    age = 2026 - y['born']
    print(f"{y['ref']} ({y['key']}, cat {y['cat']}, age {age}): {y['text']}")
    print('spec:', {k: v for k, v in y.items() if k in ('g3', 'g2', 'g1', 'no', 'nocond', 'want', 'avoid', 'adj')})
    graded = sorted(((grade(y, p), p) for p in ps), key=lambda t: (-t[0], t[1]['key']))
    for g, p in graded:
        if g:
            flag = '' if p['min_age'] <= age else f'  [min_age {p["min_age"]}]'
            print(f"  {g} {p['ref']} {p['key']:<16} {p['title']}: {p['description'][:90]}{flag}")


def tables(ys, rows):
    cats = {}
    for y in sorted(ys, key=lambda y: y['ref']):
        cats.setdefault(y['cat'], []).append(y['ref'])
    for c in sorted(cats):
        print(f"| ({c}) | {YS.CATEGORY_LABELS[c]} | {len(cats[c])} | {' '.join(cats[c])} |")
    cnt = {}
    for yr, _, g in rows:
        cnt[(yr, g)] = cnt.get((yr, g), 0) + 1
    tot = [0, 0, 0]
    for c in sorted(cats):
        t = [sum(cnt.get((r, g), 0) for r in cats[c]) for g in (3, 2, 1)]
        tot = [a + b for a, b in zip(tot, t)]
        print(f"| ({c}) | {t[0]} | {t[1]} | {t[2]} | {sum(t)} |")
    print(f"| all | {tot[0]} | {tot[1]} | {tot[2]} | {sum(tot)} |")


def main():
    ps = placements()
    ys = youths()
    rows = gold(ys, ps)
    if '--show' in sys.argv:
        for ref in sys.argv[sys.argv.index('--show') + 1:]:
            show(ref, ys, ps)
        return
    if '--tables' in sys.argv:
        tables(ys, rows)
        return
    write(ps, ys, rows)
    byref = {p['ref']: p for p in ps}
    for y in ys:
        age = 2026 - y['born']
        mine = [(pr, g) for yr, pr, g in rows if yr == y['ref']]
        ok = [pr for pr, g in mine if g >= 2 and byref[pr]['min_age'] <= age]
        if len(ok) < 3 or not any(g == 3 for _, g in mine):
            print(f"WARN {y['ref']} {y['key']}: {len(ok)} eligible >=2, grade-3 {sum(g == 3 for _, g in mine)}")
    print(f"wrote {len(ps)} placements, {len(ys)} youths, {len(rows)} labels")


if __name__ == '__main__':
    main()
