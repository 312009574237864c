"""Placements without SSYK codes: inferred codes with source, confidence and evidence; staff confirm
or change them; unsure ones are listed for review; the API and the CSV round trip carry them."""

import re
import subprocess
import sys
from types import SimpleNamespace

from sqlalchemy import select

from employers.models import Placement

HEADER_NO_SSYK = "ref,employer,title,description,district,capacity,sni"
ROWS_NO_SSYK = [
    "N1,Cykelköket,Praktik i vår cykelverkstad,Laga cyklar och byta slangar,Lundby,2,S",
    "N2,Lager AB,Lagerpraktik,Plock och pack av order på vårt lager,Centrum,1,H",
    "N3,Okänt AB,Allt möjligt,Lite av varje,Centrum,1,",
]


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "app.cli", *args], capture_output=True, text=True)


def _stored(db_session, ref: str) -> SimpleNamespace:
    """The placement's SSYK columns; ends the read so the CLI can write (SQLite locks)."""
    p = db_session.scalar(select(Placement).where(Placement.ref == ref))
    row = SimpleNamespace(ssyk_code=p.ssyk_code, ssyk_source=p.ssyk_source,
                          ssyk_confidence=p.ssyk_confidence, ssyk_evidence=p.ssyk_evidence,
                          ssyk_alternatives=p.ssyk_alternatives)  # fmt: skip
    db_session.rollback()
    return row


def test_csv_without_ssyk_column_stores_inferred_codes_and_reimports_unchanged(tmp_csv, db_session):
    path = tmp_csv(HEADER_NO_SSYK + "\n" + "\n".join(ROWS_NO_SSYK) + "\n")
    out = _cli("import", "placements", str(path))
    assert out.returncode == 0, out.stderr
    assert "3 created" in out.stdout and "occupation codes inferred" in out.stdout
    bike = _stored(db_session, "N1")
    assert (bike.ssyk_code, bike.ssyk_source) == ("7231", "inferred")
    assert 0 < bike.ssyk_confidence <= 1
    assert "Cykelmekaniker" in bike.ssyk_evidence
    # The runners-up are kept too (the matcher lets them speak, weaker), never the code itself.
    runners_up = bike.ssyk_alternatives.split()
    assert 1 <= len(runners_up) <= 2 and "7231" not in runners_up
    assert all(re.fullmatch(r"\d{4}", c) for c in runners_up)
    assert _stored(db_session, "N2").ssyk_code == "4322"
    assert _stored(db_session, "N2").ssyk_source == "inferred"

    # The export carries the inferred code; importing it again changes nothing.
    exported = _cli("export", "placements", str(path.with_name("out.csv")))
    assert exported.returncode == 0, exported.stderr
    text = path.with_name("out.csv").read_text(encoding="utf-8")
    assert re.search(r"^N1,.*,7231,", text, re.M)
    again = _cli("import", "placements", str(path.with_name("out.csv")))
    assert "0 created, 0 updated, 3 unchanged" in again.stdout, again.stdout + again.stderr
    assert _stored(db_session, "N1").ssyk_source == "inferred"
    # And the original file without codes changes nothing either.
    assert "3 unchanged" in _cli("import", "placements", str(path)).stdout


def test_a_code_in_the_file_is_given_and_wins_over_inference(tmp_csv, db_session):
    header = HEADER_NO_SSYK + ",ssyk"
    path = tmp_csv(f"{header}\n{ROWS_NO_SSYK[0]},8329\n{ROWS_NO_SSYK[1]},\n")
    assert _cli("import", "placements", str(path)).returncode == 0
    given, inferred = _stored(db_session, "N1"), _stored(db_session, "N2")
    assert (given.ssyk_code, given.ssyk_source, given.ssyk_confidence) == ("8329", "given", None)
    assert given.ssyk_alternatives is None
    assert inferred.ssyk_source == "inferred" and inferred.ssyk_code


def test_api_infers_a_missing_code_and_exposes_its_source(client, admin_headers):
    h = admin_headers
    body = {"ref": "A1", "employer": "Cykelköket", "title": "Praktik i vår cykelverkstad",
            "description": "Laga cyklar", "district": "Lundby"}  # fmt: skip
    created = client.post("/api/placements", json=body, headers=h)
    assert created.status_code == 201, created.text
    read = created.json()
    assert read["ssyk"] == "7231" and read["ssyk_source"] == "inferred"
    assert 0 < read["ssyk_confidence"] <= 1 and read["ssyk_evidence"]
    # A changed title is read again; a code sent by the client confirms it.
    moved = client.patch("/api/placements/A1", json={"title": "Lagerpraktik",
                         "description": "Plock och pack av order"}, headers=h).json()  # fmt: skip
    assert moved["ssyk"] == "4322" and moved["ssyk_source"] == "inferred"
    fixed = client.patch("/api/placements/A1", json={"ssyk": "9112"}, headers=h).json()
    assert (fixed["ssyk"], fixed["ssyk_source"], fixed["ssyk_confidence"]) == (
        "9112",
        "confirmed",
        None,
    )
    given = client.post("/api/placements", json={**body, "ref": "A2", "ssyk": "7231"}, headers=h)
    assert given.json()["ssyk_source"] == "given"
    schema = client.get("/openapi.json").json()["components"]["schemas"]["PlacementRead"]
    assert {"ssyk", "ssyk_source", "ssyk_confidence"} <= set(schema["properties"])


def _csrf(html: str) -> str:
    return re.search(r'name="csrf" value="([^"]+)"', html).group(1)


def test_staff_see_the_estimate_and_confirm_or_change_it(signed_in, admin_headers):
    client, _ = signed_in("recruiter")
    body = {"ref": "F1", "employer": "Cykelköket", "title": "Praktik i vår cykelverkstad",
            "description": "Laga cyklar", "district": "Lundby"}  # fmt: skip
    assert client.post("/api/placements", json=body, headers=admin_headers).status_code == 201
    page = client.get("/placements/F1")
    assert "Uppskattat yrke: Motorfordonsmekaniker och fordonsreparatörer (7231)" in page.text
    form = page.text[page.text.index('action="/placements/F1/occupation"') :]
    assert '<option value="7231" selected>' in form
    # Saving the edit form untouched keeps the estimate an estimate.
    edit = client.post("/placements/F1", data={"csrf": _csrf(page.text), "title": body["title"],
                       "employer": "Cykelköket", "district": "Lundby", "capacity": "1",
                       "description": "Laga cyklar", "open": "on"}, follow_redirects=False)  # fmt: skip
    assert edit.status_code == 303
    assert client.get("/api/placements/F1", headers=admin_headers).json()["ssyk_source"] == (
        "inferred"
    )
    # Without the CSRF token nothing changes; with it the code is confirmed.
    refused = client.post("/placements/F1/occupation", data={"ssyk": "7231"})
    assert refused.status_code in (400, 403)
    unknown = client.post("/placements/F1/occupation", data={"csrf": _csrf(page.text),
                          "ssyk": "0000"})  # fmt: skip
    assert unknown.status_code == 422 and "Välj ett yrke i listan." in unknown.text
    done = client.post("/placements/F1/occupation", data={"csrf": _csrf(page.text),
                       "ssyk": "7231"}, follow_redirects=False)  # fmt: skip
    assert done.status_code == 303 and done.headers["location"].startswith("/placements/F1")
    read = client.get("/api/placements/F1", headers=admin_headers).json()
    assert (read["ssyk"], read["ssyk_source"]) == ("7231", "confirmed")
    after = client.get("/placements/F1").text
    assert "bekräftat av personal" in after and "Uppskattat yrke" not in after
    changed = client.post("/placements/F1/occupation", data={"csrf": _csrf(after),
                          "ssyk": "8329"}, follow_redirects=False)  # fmt: skip
    assert changed.status_code == 303
    assert client.get("/api/placements/F1", headers=admin_headers).json()["ssyk"] == "8329"


def test_coach_cannot_confirm(signed_in, admin_headers):
    client, csrf = signed_in("coach")
    body = {"ref": "C1", "employer": "X", "title": "Cykelverkstad", "district": "Lundby"}
    client.post("/api/placements", json=body, headers=admin_headers)
    answer = client.post("/placements/C1/occupation", data={"csrf": csrf, "ssyk": "7231"})
    assert answer.status_code == 403
    assert client.get("/api/placements/C1", headers=admin_headers).json()["ssyk_source"] == (
        "inferred"
    )


def test_review_list_shows_unsure_estimates_only(signed_in, admin_headers):
    client, csrf = signed_in("recruiter")
    h = admin_headers
    sure = {"ref": "R1", "employer": "Cykelköket", "title": "Cykelmekaniker",
            "description": "Reparation av cyklar, däckbyten och service", "district": "Lundby"}  # fmt: skip
    unsure = {"ref": "R2", "employer": "Okänt AB", "title": "Allt möjligt",
              "description": "Lite av varje", "district": "Lundby"}  # fmt: skip
    given = {"ref": "R3", "employer": "Okänt AB", "title": "Allt möjligt", "district": "Lundby",
             "ssyk": "9629"}  # fmt: skip
    for body in (sure, unsure, given):
        assert client.post("/api/placements", json=body, headers=h).status_code == 201
    reads = {r: client.get(f"/api/placements/{r}", headers=h).json() for r in ("R1", "R2")}
    assert reads["R1"]["ssyk_confidence"] >= 0.5 > (reads["R2"]["ssyk_confidence"] or 0)
    assert 'href="/placements/review"' in client.get("/placements").text
    review = client.get("/placements/review")
    assert review.status_code == 200
    assert 'href="/placements/R2/occupation"' in review.text
    assert "/placements/R1/" not in review.text and "/placements/R3/" not in review.text
    assert "(osäkert)" in client.get("/placements/R2").text
    assert "(osäkert)" not in client.get("/placements/R1").text
    # Confirming from the review list takes it off the list.
    code = reads["R2"]["ssyk"] or "9629"
    done = client.post("/placements/R2/occupation", data={"csrf": csrf, "ssyk": code,
                       "back": "review"}, follow_redirects=False)  # fmt: skip
    assert done.headers["location"] == "/placements/review?notice=occupation"
    assert "/placements/R2/" not in client.get("/placements/review").text


def test_english_page_says_estimated_occupation(signed_in, admin_headers):
    client, csrf = signed_in("recruiter")
    body = {"ref": "E1", "employer": "X", "title": "Cykelverkstad", "district": "Lundby"}
    client.post("/api/placements", json=body, headers=admin_headers)
    client.post("/language", data={"csrf": csrf, "language": "en", "next": "/"})
    page = client.get("/placements/E1").text
    assert "Estimated occupation: " in page and "Uppskattat yrke" not in page


def test_every_code_the_inference_can_suggest_is_one_ssyk_2012_group():
    # Lexicon rows may name several codes ("7233 9629"); each must reach the model on its own,
    # or a placement gets a code PostgreSQL's varchar(4) refuses and SQLite silently keeps.
    from employers.occupation_inference import PlacementText, load_reference, reference_model

    labels = load_reference()[2]
    model = reference_model()
    assert model.codes and all(re.fullmatch(r"\d{4}", c) and c in labels for c in model.codes)
    texts = [PlacementText(title=t) for t in ("Cykelverkstad", "Laga cyklar", "Kassa", "Städ")]
    for found in model.infer(texts):
        assert all(re.fullmatch(r"\d{4}", c) for c in (found.ssyk, *found.top))


def test_every_code_the_inference_can_suggest_has_scb_figures():
    # JobTech gives most manager groups one code ending in 0 (1720); SCB counts levels 1 and
    # 2 (1721, 1722). An inferred 1720 would never get a flag: it becomes level 2.
    from employers.occupation_inference import PlacementText, reference_model
    from employers.reference import occupation_gender_shares

    model = reference_model()
    assert set(model.codes) <= set(occupation_gender_shares())
    found = model.infer(
        [PlacementText(title="Följ vår restaurangchef", description="Skugga krögaren")]
    )
    assert found[0].ssyk == "1722"


def test_a_helper_works_in_the_field_of_the_occupation_it_helps():
    # "Assistent" alone names no occupation ("Assistent, bostadsförmedling" is one kind); the
    # first part of "Konstnärsassistent" or "Ridlärarassistent" does.
    from employers.occupation_inference import PlacementText, reference_model

    model = reference_model()
    titles = {"Konstnärsassistent": "2651", "Lagermedarbetare": "4322", "Kökspersonal": "9412"}
    found = model.infer([PlacementText(title=t) for t in titles])
    assert [f.ssyk for f in found] == list(titles.values())
    ride = model.infer([PlacementText(title="Ridlärarassistent")])[0]
    assert "3422" in ride.top  # ridlärare, next to the school assistant the compound's tail says
    assert all(e.term != "assistent" for e in model.entries)


def test_a_shop_that_sells_no_groceries_is_specialised_retail():
    # SSYK 5222 sells groceries (dagligvaror): a sport or clothes shop is 5223.
    from employers.occupation_inference import PlacementText, reference_model

    model = reference_model()
    texts = [
        PlacementText(title="Butikssäljare sport", description="Hjälpa kunder välja löparskor."),
        PlacementText(title="Butikssäljare", description="Fylla på frukt och grönt och mejeri."),
    ]
    assert [f.ssyk for f in model.infer(texts)] == ["5223", "5222"]


def test_a_gym_or_a_climbing_hall_names_its_instructors():
    from employers.occupation_inference import PlacementText, reference_model

    model = reference_model()
    found = model.infer(
        [
            PlacementText(title="Gympraktik", description="Visa nya medlemmar maskinerna."),
            PlacementText(title="Klätterhall", description="Hjälpa till på kurserna."),
        ]
    )
    assert [f.ssyk for f in found] == ["3422", "3422"]


def test_a_bare_electrician_is_an_installation_electrician():
    # JobTech names "Elektriker, film/TV" (3522) but no bare "Elektriker"; the lexicon's sure
    # word decides what a title "Elektriker" means.
    from employers.occupation_inference import PlacementText, reference_model

    text = PlacementText(title="Elektriker", description="Dra kabel och sätta uttag i lägenheter.")
    assert reference_model().infer([text])[0].ssyk == "7411"
    # Nor has JobTech a "Butiksbiträde" or a "Hundfrisör": the lexicon's title decides, not
    # the head alone (a petrol station's "-biträde", a hairdresser's "frisör").
    shop = PlacementText(title="Butiksbiträde", description="Kassa och påfyllning.")
    dogs = PlacementText(title="Hundfrisör", description="Bada och trimma hundar.")
    assert [f.ssyk for f in reference_model().infer([shop, dogs])] == ["5222", "6122"]
    # A work area joined with a helper's role is the area's occupation.
    helpers = [PlacementText(title="Kassabiträde"), PlacementText(title="Serveringspersonal")]
    assert [f.ssyk for f in reference_model().infer(helpers)] == ["5230", "5131"]
    # The work names its worker ("Möbelrenovering": JobTech's Möbelrenoverare), a trade is a shop
    # and e-commerce a warehouse.
    titles = [
        PlacementText(title="Möbelrenovering", description="Slipa och lacka byråer."),
        PlacementText(title="Bygghandel", description="Kapa virke och hjälpa kunder."),
        PlacementText(title="Lagerpraktik e-handel", description="Plocka order."),
    ]
    assert [f.ssyk for f in reference_model().infer(titles)] == ["2651", "5223", "4322"]


def test_a_food_truck_is_a_kitchen_and_a_cinema_has_its_staff():
    # "Foodtruck" ends in "truck", but nobody drives a forklift there.
    from employers.occupation_inference import PlacementText, reference_model

    truck, cinema = reference_model().infer(
        [
            PlacementText(title="Foodtruck", description="Laga tacos i vagnen och sälja ute."),
            PlacementText(title="Bion", description="Sälja biljetter och popcorn, städa salongen."),
        ]
    )
    assert truck.ssyk in {"9411", "5120"} and cinema.ssyk == "9622"


def test_sewing_clothes_is_tailoring():
    # SSYK 2012: tailors and dressmakers 7531 (JobTech: Ändringsskräddare, Klänningssömmerska);
    # 7532 sews home textiles, sails and linen.
    from employers.occupation_inference import PlacementText, reference_model

    text = PlacementText(title="Ändringssömnad", description="Korta byxor och sy in klänningar.")
    assert reference_model().infer([text])[0].ssyk == "7531"
    clothes, curtains = reference_model().infer(
        [
            PlacementText(title="Sömnad och lagning", description="Lägga upp byxor, sy om kläder."),
            PlacementText(title="Sömnad", description="Sy gardiner och kuddar."),
        ]
    )
    assert (clothes.ssyk, curtains.ssyk) == ("7531", "7532")


def test_binding_bouquets_is_a_florist():
    # JobTech files Florist under 5223 (specialised retail), not under gardening.
    from employers.occupation_inference import PlacementText, reference_model

    text = PlacementText(title="Blommor", description="Binda buketter och sköta snittblommorna.")
    assert reference_model().infer([text])[0].ssyk == "5223"


def test_a_workplace_in_a_definite_compound_implies_its_roles():
    # "Skolköket" is a kitchen (köket), not a school.
    from employers.occupation_hints import workplace_terms

    assert "köksbiträde" in workplace_terms(["skolköket"])
    assert "elevassistent" not in workplace_terms(["skolköket"])


def test_a_shop_counter_is_sales_a_grill_fast_food_and_an_ice_cream_bar_a_cafe():
    # "Fiskdisken" is the fish counter of a grocery (5222), not fishing (6222); "disk" alone stays
    # the dishes. A pizzeria or a grill names JobTech's 9411 (Pizzabagare, Gatuköksbiträde).
    from employers.occupation_inference import PlacementText, reference_model

    counter, cheese, dishes, pizza, grill, ice_cream = reference_model().infer(
        [
            PlacementText(title="Fiskdisken", description="Väga upp fisk och räkor åt kunder."),
            PlacementText(title="Ostdisken", description="Skära och packa ost, hjälpa kunder."),
            PlacementText(title="Disk", description="Diska i storköket."),
            PlacementText(title="Pizzerian", description="Baka pizza och ta beställningar."),
            PlacementText(title="Korvgrillen", description="Grilla korv och sälja."),
            PlacementText(title="Glassbar", description="Sälja glass och hålla rent."),
        ]
    )
    assert (counter.ssyk, cheese.ssyk, dishes.ssyk) == ("5222", "5222", "9412")
    assert pizza.ssyk == grill.ssyk == "9411"
    assert ice_cream.ssyk == "9413"  # selling ice cream is a café's work, not making it (8162)


def test_workplaces_name_their_roles_and_the_longest_workplace_wins():
    # "Disk" is the dishes (Diskare 9412) also at a restaurant (SNI I, which favours waiters);
    # "fiskdisken" ends in "disk" but is a shop's counter; an archive, a flea market and a
    # costume workshop have JobTech names of their own.
    from employers.occupation_hints import workplace_terms
    from employers.occupation_inference import PlacementText, reference_model

    assert "diskare" not in workplace_terms(["fiskdisken"])
    found = reference_model().infer(
        [
            PlacementText(title="Disk", description="Diskmaskin och grytor.", sni="I"),
            PlacementText(title="Arkiv", description="Skanna gamla protokoll och fotografier."),
            PlacementText(title="Loppis", description="Bära ut bord, prismärka, sälja på torget."),
            PlacementText(title="Kostymateljén", description="Sy, laga och stryka kostymer."),
        ]
    )
    assert [f.ssyk for f in found] == ["9412", "4410", "9520", "7531"]


def test_everyday_workplace_words_infer_jobtechs_groups():
    # A cinema's staff (Biografmedarbetare 9622), a market stall (9520), a boatyard (JobTech's
    # Marintekniker 7231), restocking (Varupåfyllare 9332), a street-food van (9411) and a
    # barback (5132); none of them names its group in so many words.
    from employers.occupation_inference import PlacementText, reference_model

    titles = [
        PlacementText(title="Bio", description="Sälja popcorn och riva biljetter."),
        PlacementText(title="Torghandel frukt", description="Bygga stånd och sälja frukt."),
        PlacementText(title="Båtvarv", description="Motorservice på fritidsbåtar."),
        PlacementText(title="Varupåfyllning tidig morgon", description="Packa upp frukt."),
        PlacementText(title="Streetfood-vagn", description="Vi står på marknader."),
        PlacementText(title="Barback", description="Fylla kylar och polera glas."),
    ]
    found = [f.ssyk for f in reference_model().infer(titles)]
    assert found == ["9622", "9520", "7231", "9332", "9411", "5132"]


def test_work_named_by_its_worker_and_the_longer_name_first():
    # "Grafisk formgivning" is JobTech's "Grafisk formgivare" (2172): the work names its worker,
    # and the longer name claims its words, so the bare "Formgivare" (2171) does not count too.
    from employers.occupation_hints import agent_title
    from employers.occupation_inference import PlacementText, reference_model

    assert agent_title("grafisk formgivning") == "grafisk formgivare"
    assert agent_title("möbelrenovering") == "möbelrenoverare"
    assert agent_title("kassa") == ""
    text = PlacementText(title="Grafisk formgivning", description="Affischer med formgivare.")
    assert reference_model().infer([text])[0].ssyk == "2172"
