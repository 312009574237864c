"""Build catalogue 8 (stdlib only, deterministic):  python3 demo/catalogue8/build.py [--show I0xx] [--tables]

Writes placements.csv, youths.csv and gold.csv from _placements_src.py and _youths_src.py. The sources and this
file are part of the sealed labels of blind 10: never feed them to the matcher.
"""

import csv
import random
import sys
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import _placements_src as PS  # noqa: E402
import _youths_src as YS  # noqa: E402

DISTRICTS = {
    'ANG': 'Angered', 'AFH': 'Askim-Frölunda-Högsbo', 'CEN': 'Centrum', 'MAL': 'Majorna-Linné',
    'NHI': 'Norra Hisingen', 'VGO': 'Västra Göteborg', 'VHI': 'Västra Hisingen', 'LUN': 'Lundby',
    'ORH': 'Örgryte-Härlanda', 'OST': 'Östra Göteborg'}
STREETS = {
    'ANG': [('Hjällbovägen', '424 36', 'Angered'), ('Gårdstensvägen', '424 42', 'Angered'),
            ('Rannebergsvägen', '424 65', 'Angered'), ('Hammarkulletorget', '424 37', 'Angered')],
    'AFH': [('Frölundagatan', '421 38', 'Västra Frölunda'), ('Askims stationsväg', '436 40', 'Askim'),
            ('Victor Hasselblads gata', '421 31', 'Västra Frölunda'), ('Axel Adlers gata', '421 32', 'Västra Frölunda'),
            ('Marconigatan', '421 44', 'Västra Frölunda')],
    'CEN': [('Vasagatan', '411 24', 'Göteborg'), ('Magasinsgatan', '411 18', 'Göteborg'),
            ('Drottninggatan', '411 14', 'Göteborg'), ('Östra Larmgatan', '411 07', 'Göteborg'),
            ('Kristinelundsgatan', '411 37', 'Göteborg')],
    'MAL': [('Karl Johansgatan', '414 59', 'Göteborg'), ('Slottsskogsgatan', '414 63', 'Göteborg'),
            ('Tredje Långgatan', '413 03', 'Göteborg'), ('Djurgårdsgatan', '414 62', 'Göteborg')],
    'NHI': [('Backavägen', '417 05', 'Göteborg'), ('Kärra centrumgata', '425 37', 'Hisings Kärra'),
            ('Tagenevägen', '425 39', 'Hisings Kärra'), ('Agnesbergsvägen', '424 38', 'Agnesberg')],
    'VGO': [('Långedragsvägen', '426 71', 'Västra Frölunda'), ('Saltholmsgatan', '426 76', 'Västra Frölunda'),
            ('Tynneredsgatan', '421 57', 'Västra Frölunda'), ('Önneredsvägen', '426 53', 'Västra Frölunda'),
            ('Fiskebäcksvägen', '426 58', 'Västra Frölunda')],
    'VHI': [('Torslandavägen', '423 37', 'Torslanda'), ('Vårväderstorget', '418 33', 'Göteborg'),
            ('Sörredsvägen', '418 78', 'Göteborg'), ('Amhultsvägen', '423 38', 'Torslanda')],
    'LUN': [('Lindholmsallén', '417 53', 'Göteborg'), ('Eriksbergstorget', '417 64', 'Göteborg'),
            ('Hjalmar Brantingsgatan', '417 05', 'Göteborg'), ('Herkulesgatan', '417 01', 'Göteborg')],
    'ORH': [('Danska vägen', '416 59', 'Göteborg'), ('Delsjövägen', '416 61', 'Göteborg'),
            ('Redbergsvägen', '416 65', 'Göteborg'), ('Kålltorpsgatan', '416 73', 'Göteborg')],
    'OST': [('Gamlestadsvägen', '415 02', 'Göteborg'), ('Kortedala torg', '415 25', 'Göteborg'),
            ('Bergsjövägen', '415 33', 'Göteborg'), ('Marieholmsgatan', '415 02', 'Göteborg')],
}
FIRST = ['Anna', 'Johan', 'Sara', 'Mikael', 'Lena', 'Peter', 'Maria', 'Fredrik', 'Karin', 'Ahmed', 'Sofia', 'Jonas',
         'Emma', 'Henrik', 'Linnea', 'Mattias', 'Nadia', 'Tobias', 'Helena', 'Patrik', 'Camilla', 'Reza', 'Eva',
         'Magnus', 'Ulrika', 'Dragan', 'Jenny', 'Stefan', 'Leyla', 'Anders', 'Therese', 'Kristoffer', 'Mona', 'Björn',
         'Åsa', 'Daniel', 'Yusuf', 'Lotta', 'Martin', 'Petra']
LAST = ['Lindqvist', 'Berg', 'Holm', 'Sandberg', 'Öberg', 'Axelsson', 'Nyström', 'Hassan', 'Jovanović', 'Åkesson',
        'Ekberg', 'Wallin', 'Mohammadi', 'Strand', 'Dahl', 'Nordin', 'Björk', 'Sjöberg', 'Yilmaz', 'Lund', 'Forsberg',
        'Hägg', 'Carlsson', 'Persson', 'Nieminen', 'Kovač', 'Engström', 'Ali', 'Lindgren', 'Falk']
TRAINS = {'com': 'communication', 'coo': 'cooperation', 'pro': 'problem_solving', 'pla': 'planning',
          'res': 'resource_management', 'nor': 'workplace_norms', 'dig': 'digital', 'lit': 'literacy',
          'num': 'numeracy', 'lan': 'languages', 'lea': 'learning', 'ini': 'initiative', 'cri': 'critical_thinking'}
KEYS = list(TRAINS.values())
PLACEMENT_COLS = ['ref', 'employer', 'org_number', 'workplace', 'address', 'district', 'title', 'description',
                  'ssyk', 'sni', 'capacity', 'min_age', 'start_date', 'end_date', 'supervisor_name',
                  'supervisor_email', 'supervisor_phone', 'trains', 'open']
YOUTH_COLS = ['ref', 'first_name', 'last_name', 'gender', 'birth_year', 'district', 'team', 'interests',
              'strengths', 'develop', 'proposed_workplaces']
YEAR = 2026


def ascii_name(s):
    s = s.replace('ć', 'c').replace('č', 'c')
    return unicodedata.normalize('NFKD', s).encode('ascii', 'ignore').decode().lower()


def luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return str((10 - total % 10) % 10)


def org_number(rng, employer):
    if employer.endswith(' HB') or employer.endswith(' KB'):
        head = '969'
    elif 'förening' in employer:
        head = '769'
    elif employer.startswith('Stiftelse'):
        head = '802'
    else:
        head = '559'
    nine = head + ''.join(str(rng.randrange(10)) for _ in range(6))
    return f"{nine[:6]}-{nine[6:]}{luhn_digit(nine)}"


def phone(rng):
    if rng.random() < 0.25:
        return f"031-{rng.randrange(10, 99)} {rng.randrange(10, 99)} {rng.randrange(10, 99)}"
    return f"07{rng.choice('0236')}-{rng.randrange(100, 999)} {rng.randrange(10, 99)} {rng.randrange(10, 99)}"


def placements():
    rng = random.Random(20261203)
    pl = list(PS.PL)
    rng.shuffle(pl)
    orgs, addrs, sups = {}, {}, {}
    for i, p in enumerate(pl, 1):
        p['ref'] = f"W{i:04d}"
    for p in pl:  # in ref order, so deterministic
        e = p['employer']
        if e not in orgs:
            orgs[e] = org_number(rng, e) if rng.random() < 0.82 else ''
        wk = (e, p['workplace'])
        if wk not in addrs:
            street, post, city = rng.choice(STREETS[p['district']])
            addrs[wk] = f"{street} {rng.randrange(1, 80)}, {post} {city}"
        if wk not in sups:
            f, l = rng.choice(FIRST), rng.choice(LAST)
            sups[wk] = (f"{f} {l}", f"{ascii_name(f)}.{ascii_name(l)}@exempel.se", phone(rng))
        p['row'] = {
            'ref': p['ref'], 'employer': e, 'org_number': orgs[e], 'workplace': p['workplace'],
            'address': addrs[wk], 'district': DISTRICTS[p['district']], 'title': p['title'],
            'description': p['description'], 'ssyk': p['ssyk'], 'sni': p['sni'], 'capacity': str(p['capacity']),
            'min_age': str(p['min_age']), 'start_date': p['dates'][0] if p['dates'] else '',
            'end_date': p['dates'][1] if p['dates'] else '', 'supervisor_name': sups[wk][0],
            'supervisor_email': sups[wk][1], 'supervisor_phone': sups[wk][2],
            'trains': ';'.join(TRAINS[t] for t in p['trains']), 'open': 'true' if p['open'] else 'false'}
    return pl


def youths():
    rng = random.Random(808)
    ys = list(YS.YS)
    rng.shuffle(ys)
    for i, y in enumerate(ys, 1):
        y['ref'] = f"I{i:03d}"
        picks = rng.sample(KEYS, rng.randint(2, 5))
        k = rng.randint(1, min(3, len(picks) - 1))
        y['row'] = {'ref': y['ref'], 'first_name': y['first_name'], 'last_name': '', 'gender': y['gender'],
                    'birth_year': str(y['birth_year']), 'district': y['district'], 'team': 'Väster',
                    'interests': y['interests'], 'strengths': ';'.join(picks[:k]),
                    'develop': ';'.join(picks[k:k + 3]), 'proposed_workplaces': ''}
    return ys


def conds_of(p):
    c = set(p['conds'])
    if c & {'heavy', 'moving'}:
        c.add('physical')
    if c & {'calm', 'quiet'}:
        c.add('calmish')
    if c & {'evening', 'night', 'shifts'}:
        c.add('late')
    if c & {'customers', 'team'}:
        c.add('people')
    return c


def grade(y, p):
    if not p['open']:
        return 0
    s = y['spec']
    c = conds_of(p)
    if y['cat'] == 'c':
        if c & set(s['bad']):
            return 0
        want = s['want']
        n = sum(w in c for w in want)
        if s['main'][0] not in c:
            return 0
        if n == len(want) or (len(want) >= 3 and n >= len(want) - 1):
            return 3
        return 2
    kinds = set(p['kinds'])
    if kinds & set(s.get('out', [])) or c & set(s.get('nocond', [])):
        return 0
    for g in (3, 2, 1):
        if kinds & set(s.get(f'g{g}', [])):
            return g
    return 0


def write(name, cols, rows):
    with open(HERE / name, 'w', newline='', encoding='utf-8') as f:
        w = csv.DictWriter(f, fieldnames=cols, lineterminator='\n')
        w.writeheader()
        for r in rows:
            w.writerow(r)


def main():
    pl = placements()
    ys = youths()
    gold = []
    for y in ys:
        for p in pl:
            g = grade(y, p)
            if g:
                gold.append({'youth_ref': y['ref'], 'placement_ref': p['ref'], 'grade': str(g)})
    if '--show' in sys.argv:
        ref = sys.argv[sys.argv.index('--show') + 1]
        y = next(y for y in ys if y['ref'] == ref)
        print(ref, y['cat'], y['birth_year'], y['interests'])
        print('  spec', y['spec'])
        for p in sorted(pl, key=lambda p: -grade(y, p)):
            g = grade(y, p)
            if g:
                print(f"  {g} {p['ref']} {p['min_age']} [{' '.join(p['kinds'])}] {p['title']}: {p['description'][:50]}")
        return
    write('placements.csv', PLACEMENT_COLS, [p['row'] for p in pl])
    write('youths.csv', YOUTH_COLS, [y['row'] for y in ys])
    write('gold.csv', ['youth_ref', 'placement_ref', 'grade'], gold)
    if '--tables' in sys.argv:
        cnt = Counter((g['youth_ref'], g['grade']) for g in gold)
        cats = {}
        for y in ys:
            cats.setdefault(y['cat'], []).append(y['ref'])
        tot = [0, 0, 0]
        for c in 'abcdefg':
            refs = sorted(cats[c])
            t = [sum(cnt[(r, k)] for r in refs) for k in '321']
            tot = [a + b for a, b in zip(tot, t)]
            print(f"| ({c}) | {' '.join(refs)} | {t[0]} | {t[1]} | {t[2]} | {sum(t)} |")
        print('all', tot, sum(tot))
        per = Counter(g['youth_ref'] for g in gold)
        print('per youth', min(per.values()), max(per.values()), sorted(per.values())[len(per) // 2])
    for y in ys:
        age = YEAR - y['birth_year']
        ok = [p for p in pl if p['open'] and grade(y, p) >= 2 and p['min_age'] <= age]
        if len(ok) < 3 or not any(grade(y, p) == 3 for p in pl):
            print('TOO FEW', y['ref'], y['cat'], len(ok), y['interests'][:50])


if __name__ == '__main__':
    main()
