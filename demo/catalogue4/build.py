"""Build catalogue 4 (stdlib only, deterministic):  python3 demo/catalogue4/build.py

Writes placements.csv, youths.csv and gold.csv from _placements_src.py and _youths_src.py.
python3 demo/catalogue4/build.py --show E012  prints one youth's text and graded list for hand review.
"""

import csv
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.dont_write_bytecode = True

import _placements_src as PS  # noqa: E402
import _youths_src as YS  # noqa: E402

YEAR = 2026
FIRST = ['Annika', 'Bashir', 'Cecilia', 'Dragan', 'Elin', 'Fredrik', 'Gunilla', 'Hamid', 'Ingrid', 'Jonas',
         'Karin', 'Leo', 'Maja', 'Nils', 'Olga', 'Patrik', 'Rania', 'Stefan', 'Tove', 'Ulf', 'Vera', 'Yusuf',
         'Åsa', 'Östen', 'Birgitta', 'Emir', 'Hanna', 'Kristoffer', 'Lena', 'Mattias']
LAST = ['Berglund', 'Nordin', 'Sandberg', 'Håkansson', 'Lindqvist', 'Öberg', 'Jovanović', 'Rahimi',
        'Karlsson', 'Strand', 'Wallin', 'Ekberg', 'Holm', 'Axelsson', 'Fransson', 'Yilmaz', 'Mäkinen']
ASCII = str.maketrans({'å': 'a', 'ä': 'a', 'ö': 'o', 'é': 'e', 'ć': 'c'})
TRAINS = [('kunder', 'communication'), ('team', 'cooperation'), ('detalj', 'critical_thinking'),
          ('rutin', 'workplace_norms'), ('data', 'digital'), ('siffror', 'numeracy'), ('varierat', 'problem_solving'),
          ('tempo', 'planning'), ('hander', 'learning'), ('skapande', 'initiative'), ('hjalpa', 'communication'),
          ('ensam', 'initiative'), ('tungt', 'resource_management')]


def luhn(base):
    total = 0
    for i, ch in enumerate(base):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return f"{base[:6]}-{base[6:]}{(10 - total % 10) % 10}"


def trains(conds, i):
    keys = []
    for c, k in TRAINS:
        if c in conds and k not in keys:
            keys.append(k)
    if not keys:
        keys = ['learning']
    n = 1 + i % 3
    return ';'.join(keys[:n])


def placement_rows():
    rows = []
    for i, p in enumerate(PS.PLACEMENTS, 1):
        (emp, workplace, street, district, title, desc, ssyk, sni, cap, min_age, is_open,
         kinds, conds, start, end) = p
        name, org = PS.EMPLOYERS[emp]
        first = FIRST[(i * 7) % len(FIRST)]
        last = LAST[(i * 5 + len(emp)) % len(LAST)]
        mail = f"{first}.{last}".lower().translate(ASCII) + '@exempel.se'
        prefix = ['070', '072', '073', '076', '031'][i % 5]
        phone = f"{prefix}-{100 + (i * 37) % 900} {10 + (i * 13) % 90:02d} {10 + (i * 29) % 90:02d}"
        rows.append({
            'ref': f"S{i:04d}", 'employer': name, 'org_number': luhn(org) if org else '', 'workplace': workplace,
            'address': street, 'district': district, 'title': title, 'description': desc, 'ssyk': ssyk,
            'sni': sni, 'capacity': str(cap), 'min_age': str(min_age), 'start_date': start, 'end_date': end,
            'supervisor_name': f"{first} {last}", 'supervisor_email': mail, 'supervisor_phone': phone,
            'trains': trains(conds.split(), i), 'open': 'true' if is_open else 'false',
            '_kinds': kinds.split(), '_conds': set(conds.split()),
        })
    return rows


def kind_grade(spec, kinds):
    """Grade from kinds/areas: a kind listed in the spec wins over its area."""
    def g(k):
        for grade in ('0', '3', '2', '1'):
            if k in spec.get(grade, '').split():
                return int(grade)
        area = 'area:' + PS.AREA[k]
        for grade in ('0', '3', '2', '1'):
            if area in spec.get(grade, '').split():
                return int(grade)
        return None
    if g(kinds[0]) == 0:
        return 0
    grades = [g(k) for k in kinds if g(k)]
    return max(grades) if grades else 0


def has(token, conds):
    return any(c in conds for c in token.split('|'))


def cond_grade(want, conds):
    n = len(want)
    hit = [c for c in want if has(c, conds)]
    main = has(want[0], conds)
    if len(hit) == n or (n >= 4 and main and len(hit) >= n - 1):
        return 3
    if main and (n <= 2 or len(hit) >= 2):
        return 2
    if main:
        return 1
    return 0


def grade(spec, p):
    if p['open'] != 'true':
        return 0
    ref = p['ref']
    if ref in spec.get('set', {}):
        return spec['set'][ref]
    want = spec.get('want', '').split()
    avoid = spec.get('avoid', '').split()
    conds = p['_conds']
    if any(c in conds for c in avoid) or any(PS.OPPOSITE.get(c.split('|')[0]) in conds for c in want):
        return 0
    has_kinds = any(spec.get(k) for k in ('3', '2', '1'))
    if has_kinds:
        return kind_grade(spec, p['_kinds'])
    if want:
        return cond_grade(want, conds)
    return 0


def main():
    pls = placement_rows()
    pcols = ['ref', 'employer', 'org_number', 'workplace', 'address', 'district', 'title', 'description', 'ssyk',
             'sni', 'capacity', 'min_age', 'start_date', 'end_date', 'supervisor_name', 'supervisor_email',
             'supervisor_phone', 'trains', 'open']
    ycols = ['ref', 'first_name', 'last_name', 'gender', 'birth_year', 'district', 'team', 'interests', 'strengths',
             'develop', 'proposed_workplaces']
    youths, gold = [], []
    for i, y in enumerate(ordered(), 1):
        ref = f"E{i:03d}"
        youths.append({'ref': ref, 'first_name': y['name'], 'last_name': '', 'gender': y['gender'],
                       'birth_year': str(y['born']), 'district': y['district'], 'team': 'Centrum',
                       'interests': y['text'], 'strengths': y['strengths'], 'develop': y['develop'],
                       'proposed_workplaces': ''})
        for p in pls:
            g = grade(y['spec'], p)
            if g:
                gold.append((ref, p['ref'], g))
    if len(sys.argv) > 2 and sys.argv[1] == '--show':
        show(sys.argv[2], youths, gold, pls)
        return
    with open(HERE / 'placements.csv', 'w', newline='', encoding='utf-8') as f:
        w = csv.DictWriter(f, pcols, extrasaction='ignore', lineterminator='\n')
        w.writeheader()
        w.writerows(pls)
    with open(HERE / 'youths.csv', 'w', newline='', encoding='utf-8') as f:
        w = csv.DictWriter(f, ycols, lineterminator='\n')
        w.writeheader()
        w.writerows(youths)
    with open(HERE / 'gold.csv', 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(['youth_ref', 'placement_ref', 'grade'])
        w.writerows(gold)
    print(f"wrote {len(pls)} placements, {len(youths)} youths, {len(gold)} labels")


def ordered():
    """The youths in a fixed shuffled order (seed 4), so categories are mixed over the refs."""
    ys = list(YS.YOUTHS)
    random.Random(4).shuffle(ys)
    return ys


def show(ref, youths, gold, pls):
    y = next(y for y in youths if y['ref'] == ref)
    age = YEAR - int(y['birth_year'])
    by = {p['ref']: p for p in pls}
    print(f"{ref} ({ordered()[int(ref[1:]) - 1]['cat']}, age {age}): {y['interests']}")
    for r, pref, g in sorted(gold, key=lambda t: (-t[2], t[1])):
        if r == ref:
            p = by[pref]
            flag = '' if int(p['min_age']) <= age else ' (too young)'
            print(f"  {g} {pref} {p['title'][:28]:28} {' '.join(p['_kinds'])[:34]:34} {' '.join(sorted(p['_conds']))}"
                  f"{flag}")


if __name__ == '__main__':
    main()
