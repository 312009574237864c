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


if __name__ == "__main__":
    ps = placements()
    with open(HERE / "placements.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, FIELDS, extrasaction="ignore")
        w.writeheader()
        w.writerows(ps)
    print(len(ps), "placements,", len({p['employer'] for p in ps}), "employers")
