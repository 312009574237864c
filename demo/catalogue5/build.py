"""Build catalogue 5 (stdlib only):  python3 demo/catalogue5/build.py [--show F0xx]

Writes placements.csv, youths.csv and gold.csv from _placements_src.py and _youths_src.py. Deterministic.
SEALED: this file and the two sources are part of the labels of blind 7.
"""

import csv
import random
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
YEAR = 2026


def load(name):
    ns = {}
    exec((HERE / name).read_text(encoding='utf-8'), ns)
    return ns


PL = load('_placements_src.py')['PLACEMENTS']
YS = load('_youths_src.py')['YOUTHS']

FIRST = ['Anna', 'Johan', 'Maria', 'Ahmed', 'Karin', 'Peter', 'Sofia', 'Mehmet', 'Lena', 'Erik', 'Fatima',
         'Mikael', 'Helena', 'Reza', 'Camilla', 'Stefan', 'Linnea', 'Hassan', 'Jenny', 'Tomas', 'Ewa', 'Daniel',
         'Amina', 'Magnus', 'Petra', 'Goran', 'Sara', 'Jonas', 'Leyla', 'Fredrik', 'Ulla', 'Marko']
LAST = ['Andersson', 'Berg', 'Lindqvist', 'Yilmaz', 'Holm', 'Nyström', 'Hosseini', 'Karlsson', 'Ekdahl',
        'Mohammed', 'Sandberg', 'Kowalski', 'Lund', 'Abdi', 'Wikström', 'Petrović', 'Strand', 'Haddad',
        'Bergqvist', 'Öberg', 'Jansson', 'Farah', 'Sjögren', 'Novak', 'Åkesson', 'Rahimi']


def ascii_mail(s):
    s = s.lower().replace('ø', 'o')
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if c.isalnum() and ord(c) < 128)


def luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return str((10 - total % 10) % 10)


def placements():
    rng = random.Random(5005)
    orgs, rows = {}, []
    for i, p in enumerate(PL, 1):
        emp, has_org, wp, addr, dist, title, desc, ssyk, sni, cap, age, dates, trains, is_open, kinds, conds = p
        if emp not in orgs:
            if has_org:
                nine = f"{rng.choice(['55', '55', '56', '80', '76'])}{rng.randint(0, 9999):04d}{rng.randint(0, 999):03d}"
                orgs[emp] = f"{nine[:6]}-{nine[6:]}{luhn_digit(nine)}"
            else:
                orgs[emp] = ''
        fn, ln = rng.choice(FIRST), rng.choice(LAST)
        phone = rng.choice([f"07{rng.choice('0236')}-{rng.randint(100, 999)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
                            f"031-{rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}"])
        rows.append({'ref': f"T{i:04d}", 'employer': emp, 'org_number': orgs[emp], 'workplace': wp,
                     'address': addr, 'district': dist, 'title': title, 'description': desc, 'ssyk': ssyk,
                     'sni': sni, 'capacity': str(cap), 'min_age': str(age),
                     'start_date': dates[0] if dates else '', 'end_date': dates[1] if dates else '',
                     'supervisor_name': f"{fn} {ln}",
                     'supervisor_email': f"{ascii_mail(fn)}.{ascii_mail(ln)}@exempel.se",
                     'supervisor_phone': phone, 'trains': trains, 'open': 'true' if is_open else 'false',
                     '_kinds': set(kinds), '_conds': set(conds)})
    return rows


def youths():
    order = list(range(len(YS)))
    random.Random(7007).shuffle(order)
    out = []
    for n, idx in enumerate(order, 1):
        cat, name, gender, year, dist, text, st, dev, spec = YS[idx]
        out.append({'ref': f"F{n:03d}", 'first_name': name, 'last_name': '', 'gender': gender,
                    'birth_year': str(year), 'district': dist, 'team': 'Centrum', 'interests': text,
                    'strengths': st, 'develop': dev, 'proposed_workplaces': '', '_cat': cat, '_spec': spec})
    return out


def cond_ok(item, conds):
    return any(alt in conds for alt in item.split('|'))


def grade(spec, p):
    kinds, conds = p['_kinds'], p['_conds']
    if kinds & set(spec.get('no', [])) or conds & set(spec.get('avoid', [])):
        return 0
    if 'cond' in spec:
        need, avoid = spec['cond']
        if conds & set(avoid) or not cond_ok(need[0], conds):
            return 0
        m, n = sum(cond_ok(c, conds) for c in need), len(need)
        if m == n:
            return 3
        return 2 if (n <= 2 or m >= n - 1) else 1
    for g in (3, 2, 1):
        items = set(spec.get(g, []))
        if kinds & items or p['ref'] in items:
            return g
    return 0


def main():
    pls, ys = placements(), youths()
    gold = []
    for y in ys:
        for p in pls:
            if p['open'] != 'true':
                continue
            g = grade(y['_spec'], p)
            if g:
                gold.append((y['ref'], p['ref'], g))
    if len(sys.argv) > 2 and sys.argv[1] == '--show':
        y = next(y for y in ys if y['ref'] == sys.argv[2])
        print(y['ref'], y['_cat'], y['birth_year'], y['interests'])
        by = {p['ref']: p for p in pls}
        for _, r, g in sorted((t for t in gold if t[0] == y['ref']), key=lambda t: -t[2]):
            print(' ', g, r, by[r]['min_age'], by[r]['title'], '|', by[r]['employer'])
        return
    pcols = ['ref', 'employer', 'org_number', 'workplace', 'address', 'district', 'title', 'description', 'ssyk',
             'sni', 'capacity', 'min_age', 'start_date', 'end_date', 'supervisor_name', 'supervisor_email',
             'supervisor_phone', 'trains', 'open']
    ycols = ['ref', 'first_name', 'last_name', 'gender', 'birth_year', 'district', 'team', 'interests',
             'strengths', 'develop', 'proposed_workplaces']
    for name, cols, rows in (('placements.csv', pcols, pls), ('youths.csv', ycols, ys)):
        with open(HERE / name, 'w', newline='', encoding='utf-8') as f:
            w = csv.writer(f)
            w.writerow(cols)
            for r in rows:
                w.writerow([r[c] for c in cols])
    with open(HERE / 'gold.csv', 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f)
        w.writerow(['youth_ref', 'placement_ref', 'grade'])
        for yr, pr, g in sorted(gold):
            w.writerow([yr, pr, g])
    cats = {}
    for y in ys:
        cats.setdefault(y['_cat'], []).append(y['ref'])
    for c in sorted(cats):
        print(c, ' '.join(cats[c]))
    print(len(pls), 'placements,', len(ys), 'youths,', len(gold), 'labels')


if __name__ == '__main__':
    main()
