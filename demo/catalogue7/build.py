"""Build catalogue 7 (stdlib only, deterministic):  python3 demo/catalogue7/build.py [--show H0xx]

Writes placements.csv, youths.csv and gold.csv from _placements_src.py and _youths_src.py.
--show H0xx prints one youth's text, spec and resulting list (and open placements of the same areas graded 0)
so the list can be read through by hand. SEALED: this script holds the same truth as the labels.
"""

import csv
import random
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from _placements_src import PLACEMENTS  # noqa: E402
from _youths_src import YOUTHS  # noqa: E402

YEAR = 2026
PLACEMENT_COLS = ['ref', 'employer', 'org_number', 'workplace', 'address', 'district', 'title', 'description',
                  'ssyk', 'sni', 'capacity', 'min_age', 'start_date', 'end_date', 'supervisor_name',
                  'supervisor_email', 'supervisor_phone', 'trains', 'open']
YOUTH_COLS = ['ref', 'first_name', 'last_name', 'gender', 'birth_year', 'district', 'team', 'interests',
              'strengths', 'develop', 'proposed_workplaces']
TEAM = 'Hisingen'

FIRST = ['Anneli', 'Bosse', 'Cecilia', 'Dragan', 'Eva', 'Fatima', 'Göran', 'Helena', 'Ibrahim', 'Jenny',
         'Kristoffer', 'Lena', 'Mats', 'Nadia', 'Olle', 'Pernilla', 'Rasmus', 'Sanna', 'Tomas', 'Ulrika',
         'Viveka', 'Yusuf', 'Åsa', 'Per', 'Malin', 'Reza', 'Sirpa', 'Mikael', 'Leyla', 'Kent', 'Johanna',
         'Stefan', 'Agneta', 'Petter', 'Maria', 'Goran', 'Camilla', 'Henrik', 'Aida', 'Björn']
LAST = ['Andersson', 'Bergqvist', 'Carlén', 'Dahl', 'Ekman', 'Forsberg', 'Granath', 'Holm', 'Isaksson',
        'Jovanović', 'Karlberg', 'Lindqvist', 'Mäkinen', 'Nordin', 'Olofsson', 'Persson', 'Rahimi', 'Sandberg',
        'Tran', 'Uddén', 'Wallin', 'Öberg', 'Hassan', 'Kowalski', 'Lundgren', 'Mehmedović', 'Nyström',
        'Strand', 'Yilmaz', 'Ahlgren', 'Björk', 'Falk', 'Hedlund', 'Jönsson', 'Lindahl', 'Sjöberg']


def ascii_fold(s):
    s = s.replace('ø', 'o').replace('æ', 'ae')
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c)).lower()


def luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return str((10 - total % 10) % 10)


def placement_rows():
    rng = random.Random(20261203)
    order = list(PLACEMENTS)
    rng.shuffle(order)
    orgs = {}
    for p in sorted({p['employer'] for p in PLACEMENTS}):
        if rng.random() < 0.82:
            first = rng.choice(['556', '556', '559', '559', '969', '802', '769'])
            nine = first + ''.join(str(rng.randrange(10)) for _ in range(6))
            orgs[p] = f"{nine[:6]}-{nine[6:]}{luhn_digit(nine)}"
        else:
            orgs[p] = ''
    rows, refs = [], {}
    used_names = set()
    for i, p in enumerate(order, 1):
        ref = f"V{i:04d}"
        refs[p['key']] = ref
        while True:
            name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
            if name not in used_names:
                used_names.add(name)
                break
        email = ascii_fold(name).replace(' ', '.') + '@exempel.se'
        phone = f"07{rng.choice('02369')}-{rng.randrange(100, 1000)} {rng.randrange(10, 100)} {rng.randrange(10, 100)}"
        start, end = p['dates'] or ('', '')
        rows.append({
            'ref': ref, 'employer': p['employer'], 'org_number': orgs[p['employer']] if p['org'] else '',
            'workplace': p['workplace'], 'address': p['address'], 'district': p['district'], 'title': p['title'],
            'description': p['description'], 'ssyk': p['ssyk'], 'sni': p['sni'], 'capacity': str(p['capacity']),
            'min_age': str(p['min_age']), 'start_date': start, 'end_date': end, 'supervisor_name': name,
            'supervisor_email': email, 'supervisor_phone': phone, 'trains': ';'.join(p['trains']),
            'open': 'true' if p['open'] else 'false'})
    return rows, refs


def youth_order():
    order = list(YOUTHS)
    random.Random(7).shuffle(order)
    return {f"H{i:03d}": y for i, y in enumerate(order, 1)}


def matches(spec_kind, kind):
    return kind == spec_kind or kind.startswith(spec_kind + '/')


def kind_grade(spec, kinds):
    """Grade from the kinds: for each placement kind the most specific spec entry wins; the best kind counts."""
    best = 0
    for kind in kinds:
        hit, depth = None, -1
        for level in (3, 2, 1):
            for s in spec.get(level, []):
                d = s.count('/')
                if matches(s, kind) and (d > depth or (d == depth and level > hit)):
                    hit, depth = level, d
        if hit:
            best = max(best, hit)
    return best


def cond_ok(tag, conds):
    return any(t in conds for t in tag.split('|'))


def grade(spec, p):
    if not p['open']:
        return 0
    if p['key'] in spec.get('set', {}):
        return spec['set'][p['key']]
    if any(matches(s, k) for s in spec.get('no', []) for k in p['kinds']):
        return 0
    if any(c in p['conds'] for c in spec.get('nocond', [])):
        return 0
    if 'want' in spec:
        if any(c in p['conds'] for c in spec.get('avoid', [])):
            return 0
        want = spec['want']
        if not cond_ok(want[0], p['conds']):
            return 0
        n = sum(cond_ok(w, p['conds']) for w in want)
        if n == len(want):
            return 3
        if len(want) <= 2 or n >= 2:
            return 2
        return 1
    return kind_grade(spec, p['kinds'])


def gold_rows(youths, refs):
    rows = []
    for yref, y in youths.items():
        graded = [(grade(y['spec'], p), refs[p['key']]) for p in PLACEMENTS]
        for g, pref in sorted(graded, key=lambda t: t[1]):
            if g:
                rows.append({'youth_ref': yref, 'placement_ref': pref, 'grade': str(g)})
    return rows


def write(name, cols, rows):
    with open(HERE / name, 'w', newline='', encoding='utf-8') as f:
        w = csv.DictWriter(f, fieldnames=cols, lineterminator='\n')
        w.writeheader()
        w.writerows(rows)


def show(yref, youths, refs):
    y = youths[yref]
    age = YEAR - y['birth_year']
    print(f"{yref} ({y['cat']}) {y['first_name']}, {age} år: {y['interests']}")
    print(f"spec: {y['spec']}")
    byref = {refs[p['key']]: p for p in PLACEMENTS}
    graded = sorted(((grade(y['spec'], p), refs[p['key']]) for p in PLACEMENTS), key=lambda t: (-t[0], t[1]))
    areas = set()
    for level in (3, 2, 1):
        areas |= {s.split('/')[0] for s in y['spec'].get(level, [])}
    for g, r in graded:
        if g:
            p = byref[r]
            flag = '' if p['min_age'] <= age else f" [min_age {p['min_age']}]"
            print(f"  {g} {r} {p['key']:<20} {p['title']} | {p['description'][:90]} | {' '.join(p['conds'])}{flag}")
    ok = sum(1 for g, r in graded if g >= 2 and byref[r]['min_age'] <= age)
    print(f"  -> {sum(1 for g, _ in graded if g)} listed, {ok} of grade >= 2 within min_age")
    zero = [r for g, r in graded if not g and byref[r]['open']
            and (any(k.split('/')[0] in areas for k in byref[r]['kinds']) or 'want' in y['spec'])]
    if zero:
        print("  graded 0 in the same areas (or all, for (c)):")
        for r in zero:
            p = byref[r]
            print(f"    0 {r} {p['key']:<20} {p['title']} | {' '.join(p['kinds'])} | {' '.join(p['conds'])}")


def main():
    prow, refs = placement_rows()
    youths = youth_order()
    if len(sys.argv) == 3 and sys.argv[1] == '--show':
        show(sys.argv[2], youths, refs)
        return
    write('placements.csv', PLACEMENT_COLS, prow)
    yrows = [{'ref': r, 'first_name': y['first_name'], 'last_name': '', 'gender': y['gender'],
              'birth_year': str(y['birth_year']), 'district': y['district'], 'team': TEAM,
              'interests': y['interests'], 'strengths': ';'.join(y['strengths']), 'develop': ';'.join(y['develop']),
              'proposed_workplaces': ''} for r, y in youths.items()]
    write('youths.csv', YOUTH_COLS, yrows)
    gold = gold_rows(youths, refs)
    write('gold.csv', ['youth_ref', 'placement_ref', 'grade'], gold)
    cats = {}
    for r, y in youths.items():
        cats.setdefault(y['cat'], []).append(r)
    print(f"wrote {len(prow)} placements, {len(yrows)} youths, {len(gold)} labels")
    for c in sorted(cats):
        print(f"  ({c}) {' '.join(cats[c])}")


if __name__ == '__main__':
    main()
