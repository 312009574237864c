"""Check catalogue 8 (stdlib only):  python3 demo/catalogue8/check.py

Validates placements.csv, youths.csv and gold.csv, checks that no employer name is shared with
demo/placements.csv or the placements of catalogues 2-7 (it reads only their `employer` column and prints
nothing but a count), and recounts the category and label tables in README.md. Exit code 1 on any failure.
"""

import csv
import json
import re
import sys
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEMO = HERE.parent
REPO = HERE.parents[1]
SCB = HERE.parents[2] / 'shared' / 'data' / 'occupation_gender_scb_ssyk4.csv'
DECK = REPO / 'competences' / 'data' / 'deck_v1.json'

PLACEMENT_COLS = ['ref', 'employer', 'org_number', 'workplace', 'address', 'district', 'title', 'description',
                  'ssyk', 'sni', 'capacity', 'min_age', 'start_date', 'end_date', 'supervisor_name',
                  'supervisor_email', 'supervisor_phone', 'trains', 'open']
YOUTH_COLS = ['ref', 'first_name', 'last_name', 'gender', 'birth_year', 'district', 'team', 'interests',
              'strengths', 'develop', 'proposed_workplaces']
GOLD_COLS = ['youth_ref', 'placement_ref', 'grade']
DISTRICTS = {'Angered', 'Askim-Frölunda-Högsbo', 'Centrum', 'Majorna-Linné', 'Norra Hisingen', 'Västra Göteborg',
             'Västra Hisingen', 'Lundby', 'Örgryte-Härlanda', 'Östra Göteborg'}
DECK_KEYS_FALLBACK = {'communication', 'cooperation', 'problem_solving', 'planning', 'resource_management',
                      'workplace_norms', 'digital', 'literacy', 'numeracy', 'languages', 'learning', 'initiative',
                      'critical_thinking'}
YOUTH_DISTRICTS = {'Askim-Frölunda-Högsbo', 'Västra Göteborg'}
TEAM = 'Väster'
N_PLACEMENTS = 150
YEAR = 2026

errors = []


def fail(msg):
    errors.append(msg)


def read(name):
    with open(HERE / name, newline='', encoding='utf-8') as f:
        r = csv.reader(f)
        header = next(r)
        rows = [dict(zip(header, row)) for row in r]
    return header, rows


def luhn_ok(org):
    m = re.fullmatch(r'(\d{6})-(\d{4})', org)
    if not m:
        return False
    digits = m.group(1) + m.group(2)
    total = 0
    for i, ch in enumerate(digits[:9]):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return (10 - total % 10) % 10 == int(digits[9])


def deck_keys():
    try:
        return {c['key'] for c in json.loads(DECK.read_text(encoding='utf-8'))['cards']}
    except (OSError, ValueError, KeyError):
        print(f"note: {DECK} not readable, using the 13 built-in keys")
        return DECK_KEYS_FALLBACK


def ssyk_codes():
    if not SCB.exists():
        print(f"note: {SCB} not found, SSYK codes checked for format only")
        return None
    with open(SCB, newline='', encoding='utf-8') as f:
        return {r['ssyk_code'] for r in csv.DictReader(f)}


def employer_column(path):
    """Only the `employer` field of an earlier placements file, casefolded; nothing else is kept or printed."""
    with open(path, newline='', encoding='utf-8') as f:
        r = csv.reader(f)
        i = next(r).index('employer')
        return {row[i].strip().casefold() for row in r if len(row) > i}


def keys_ok(value, keys, lo, hi):
    parts = value.split(';') if value else []
    return lo <= len(parts) <= hi and len(set(parts)) == len(parts) and all(p in keys for p in parts)


def main():
    keys = deck_keys()
    codes = ssyk_codes()

    # ---- placements
    header, pls = read('placements.csv')
    if header != PLACEMENT_COLS:
        fail(f"placements.csv columns {header}")
    if [p['ref'] for p in pls] != [f"W{i:04d}" for i in range(1, len(pls) + 1)]:
        fail("placement refs are not W0001.. in order")
    for p in pls:
        ref = p['ref']
        for c in ('employer', 'workplace', 'address', 'title', 'description', 'supervisor_name'):
            if not p[c].strip():
                fail(f"{ref}: empty {c}")
        if p['district'] not in DISTRICTS:
            fail(f"{ref}: district {p['district']!r}")
        if not re.fullmatch(r'\d{4}', p['ssyk']) or (codes is not None and p['ssyk'] not in codes):
            fail(f"{ref}: ssyk {p['ssyk']!r} is not an SSYK 2012 group")
        if not re.fullmatch(r'[A-U]', p['sni']):
            fail(f"{ref}: sni {p['sni']!r}")
        if p['capacity'] not in ('1', '2', '3'):
            fail(f"{ref}: capacity {p['capacity']!r}")
        if p['min_age'] not in ('15', '16', '18'):
            fail(f"{ref}: min_age {p['min_age']!r}")
        if p['open'] not in ('true', 'false'):
            fail(f"{ref}: open {p['open']!r}")
        if p['org_number'] and not luhn_ok(p['org_number']):
            fail(f"{ref}: org_number {p['org_number']!r} fails the Luhn check")
        if not p['supervisor_email'].endswith('@exempel.se'):
            fail(f"{ref}: e-mail {p['supervisor_email']!r}")
        if not re.fullmatch(r'0\d{1,2}-\d{2,3} \d{2} \d{2}', p['supervisor_phone']):
            fail(f"{ref}: phone {p['supervisor_phone']!r}")
        if not keys_ok(p['trains'], keys, 1, 3):
            fail(f"{ref}: trains {p['trains']!r}")
        dates = [p['start_date'], p['end_date']]
        if any(dates) and not all(dates):
            fail(f"{ref}: only one of start_date/end_date")
        if all(dates):
            try:
                if date.fromisoformat(dates[0]) >= date.fromisoformat(dates[1]):
                    fail(f"{ref}: start_date not before end_date")
            except ValueError:
                fail(f"{ref}: bad date {dates}")
    by_ref = {p['ref']: p for p in pls}
    employers = {p['employer'] for p in pls}
    orgs = defaultdict(set)
    for p in pls:
        if p['org_number']:
            orgs[p['employer']].add(p['org_number'])
    for e, o in orgs.items():
        if len(o) > 1:
            fail(f"employer {e!r} has several org numbers")
    closed = sum(p['open'] == 'false' for p in pls)
    groups = {p['ssyk'] for p in pls}
    majors = {g[0] for g in groups}
    if len(pls) != N_PLACEMENTS:
        fail(f"{len(pls)} placements, expected {N_PLACEMENTS}")
    if len(groups) < 110 or not set('123456789') <= majors:
        fail(f"SSYK spread: {len(groups)} groups, major groups {sorted(majors)}")
    if {p['district'] for p in pls} != DISTRICTS:
        fail("placements do not cover all ten districts")
    if not 12 <= closed <= 18:
        fail(f"{closed} closed placements, expected about 10 %")

    # ---- line endings as demo/placements.csv (LF only)
    for name in ('placements.csv', 'youths.csv', 'gold.csv'):
        if b'\r' in (HERE / name).read_bytes():
            fail(f"{name}: CR line endings, demo/placements.csv uses LF")
    if sum(1 for p in pls if p['start_date']) < 3:
        fail("fewer than 3 placements with fixed dates")
    multi = Counter(p['employer'] for p in pls)
    if sum(1 for n in multi.values() if n > 1) < 5:
        fail("fewer than 5 employers with more than one placement")

    # ---- employer names must be new (only the employer column of earlier placements is read)
    earlier = [DEMO / 'placements.csv'] + [DEMO / f'catalogue{i}' / 'placements.csv' for i in range(2, 8)]
    found_files = [f for f in earlier if f.exists()]
    if found_files:
        old_names = set()
        for path in found_files:
            old_names |= employer_column(path)
        shared = sum(1 for e in employers if e.strip().casefold() in old_names)
        if shared:
            fail(f"{shared} employer name(s) shared with earlier placements")
        if len(found_files) < len(earlier):
            print(f"note: {len(earlier) - len(found_files)} earlier placements file(s) not found")
    else:
        shared = None
        print("note: no earlier placements.csv found, employer names not compared")

    # ---- youths
    header, ys = read('youths.csv')
    if header != YOUTH_COLS:
        fail(f"youths.csv columns {header}")
    if [y['ref'] for y in ys] != [f"I{i:03d}" for i in range(1, len(ys) + 1)]:
        fail("youth refs are not I001.. in order")
    for y in ys:
        ref = y['ref']
        if not y['first_name'] or y['last_name'] or y['proposed_workplaces']:
            fail(f"{ref}: names/proposed_workplaces")
        if y['gender'] not in ('female', 'male', 'other', ''):
            fail(f"{ref}: gender {y['gender']!r}")
        if not (y['birth_year'].isdigit() and 2002 <= int(y['birth_year']) <= 2011):
            fail(f"{ref}: birth_year {y['birth_year']!r}")
        if y['district'] not in YOUTH_DISTRICTS or y['team'] != TEAM:
            fail(f"{ref}: district/team")
        if not y['interests'].strip():
            fail(f"{ref}: empty interests")
        for c in ('strengths', 'develop'):
            if not keys_ok(y[c], keys, 1, 3):
                fail(f"{ref}: {c} {y[c]!r}")
    yby = {y['ref']: y for y in ys}

    # ---- gold
    header, gold = read('gold.csv')
    if header != GOLD_COLS:
        fail(f"gold.csv columns {header}")
    seen = set()
    for g in gold:
        pair = (g['youth_ref'], g['placement_ref'])
        if pair in seen:
            fail(f"duplicate label {pair}")
        seen.add(pair)
        if g['youth_ref'] not in yby or g['placement_ref'] not in by_ref:
            fail(f"unknown ref in {pair}")
            continue
        if g['grade'] not in ('1', '2', '3'):
            fail(f"{pair}: grade {g['grade']!r}")
        if by_ref[g['placement_ref']]['open'] != 'true':
            fail(f"{pair}: closed placement in gold")
    for y in ys:
        age = YEAR - int(y['birth_year'])
        ok = [g for g in gold if g['youth_ref'] == y['ref'] and g['grade'] in ('2', '3')
              and by_ref[g['placement_ref']]['open'] == 'true'
              and int(by_ref[g['placement_ref']]['min_age']) <= age]
        if len(ok) < 3:
            fail(f"{y['ref']}: only {len(ok)} open placements of grade >= 2 within min_age (age {age})")
        if not any(g['youth_ref'] == y['ref'] and g['grade'] == '3' for g in gold):
            fail(f"{y['ref']}: no grade 3")

    # ---- README tables
    readme = (HERE / 'README.md').read_text(encoding='utf-8')
    cats = {}
    for m in re.finditer(r'^\| \(([a-g])\)[^|]*\| (\d+) \| ((?:I\d{3} ?)+)\|', readme, re.M):
        refs = m.group(3).split()
        if len(refs) != int(m.group(2)):
            fail(f"README category ({m.group(1)}): count {m.group(2)} but {len(refs)} refs")
        cats[m.group(1)] = refs
    if sorted(cats) != list('abcdefg') or any(len(r) != 9 for r in cats.values()):
        fail("README categories table: expected 9 youths in each of (a)-(g)")
    allrefs = [r for refs in cats.values() for r in refs]
    if sorted(allrefs) != sorted(yby):
        fail("README categories table does not list every youth exactly once")
    count = Counter((g['youth_ref'], g['grade']) for g in gold)

    def tally(refs):
        return [sum(count[(r, k)] for r in refs) for k in ('3', '2', '1')]

    expected = {f"({c})": tally(refs) for c, refs in cats.items()}
    expected['all'] = tally(list(yby))
    found = {}
    for m in re.finditer(r'^\| (\([a-g]\)|all) \| (\d+) \| (\d+) \| (\d+) \| (\d+) \|$', readme, re.M):
        found[m.group(1)] = [int(m.group(i)) for i in (2, 3, 4, 5)]
    for k, (g3, g2, g1) in expected.items():
        want = [g3, g2, g1, g3 + g2 + g1]
        if found.get(k) != want:
            fail(f"README label table row {k}: has {found.get(k)}, should be {want}")

    if '## Blind 10: sealed' not in readme:
        fail("README has no '## Blind 10: sealed' section")
    if not 120 <= len(employers) <= 140:
        fail(f"{len(employers)} employers, expected about 120-140")
    long_lines = [i for i, line in enumerate(readme.splitlines(), 1) if len(line) > 120]
    if long_lines:
        fail(f"README lines over 120 characters: {long_lines}")
    if len(ys) != 63:
        fail(f"{len(ys)} youths, expected 63")

    per = Counter(g['youth_ref'] for g in gold)
    g3, g2, g1 = expected['all']
    print(f"placements: {len(pls)} ({closed} closed) at {len(employers)} employers; "
          f"{len(groups)} SSYK groups in major groups {''.join(sorted(majors))}")
    print(f"youths: {len(ys)}; genders {dict(Counter(y['gender'] or 'empty' for y in ys))}")
    print(f"labels: {len(gold)} (3: {g3}, 2: {g2}, 1: {g1}); per youth {min(per.values())}-{max(per.values())}")
    print(f"employer names shared with demo/placements.csv and catalogues 2-7: {shared}")
    if errors:
        for e in errors:
            print("FAIL", e)
        sys.exit(1)
    print("OK")


if __name__ == '__main__':
    main()
