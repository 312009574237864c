"""Catalogue 5 placements, written by hand. Part of the labels: do not feed to a matcher.

Each entry: employer, has_org, workplace, address, district, title, description, ssyk, sni, capacity,
min_age, (start, end), trains, open, kinds (kinds of work offered), conds (working conditions the text states).

Condition tags: people (much contact with customers/visitors/people), nopeople (stated: little or no contact),
fast, calm, outdoor, indoor, early (starts early morning), evening (evenings/nights), night, physical
(heavy/on your feet), sitting, hands (hands-on), fine (precision/detail), order (routine, same tasks),
variation, alone, team, noisy, quiet, computer, numbers, heights.
"""

A, AF, C, ML, NH, VG, VH, L, OH, OG = ('Angered', 'Askim-Frölunda-Högsbo', 'Centrum', 'Majorna-Linné',
                                         'Norra Hisingen', 'Västra Göteborg', 'Västra Hisingen', 'Lundby',
                                         'Örgryte-Härlanda', 'Östra Göteborg')
N = None

PLACEMENTS = [
    # ---------------- food and drink
    ('Kajskjulet Krog AB', True, 'Kajskjulet', 'Lindholmspiren 7, 417 56 Göteborg', L,
     'Disk', 'Diskmaskin, grytor och ordning i diskrummet. Högt tempo fre–lör kvällar och det låter mycket. '
     'Inga gäster att prata med.', '9412', 'I', 2, 16, N, 'resource_management;cooperation', True,
     ['dish'], ['fast', 'noisy', 'evening', 'nopeople', 'physical', 'team']),
    ('Kajskjulet Krog AB', True, 'Kajskjulet', 'Lindholmspiren 7, 417 56 Göteborg', L,
     'Kock à la carte', 'Stå vid spisen med våra kockar: skära, steka, lägga upp tallrikar till 80 gäster en '
     'vanlig kväll. Kvällar och helger, stressigt när det är fullsatt.', '5120', 'I', 1, 16, N,
     'planning;cooperation;learning', True, ['cook'], ['fast', 'evening', 'team', 'hands']),
    ('Kajskjulet Krog AB', True, 'Kajskjulet', 'Lindholmspiren 7, 417 56 Göteborg', L,
     'Servering', 'Servera mat och dryck, plocka av bord och ta hand om gästerna. Kvällspass. Du behöver '
     'tycka om att prata med folk!', '5131', 'I', 2, 16, N, 'communication;workplace_norms', True,
     ['serve'], ['people', 'fast', 'evening', 'team']),
    ('Älvkaffet HB', False, 'Caféet på pendelbåten', 'Stenpiren, 411 04 Göteborg', C,
     'Färjecafé', 'Vi säljer kaffe, bullar och mackor ombord på pendelbåten över älven. Korta turer, massor '
     'av resenärer, det gungar ibland 🙂 Start 06.30.', '9413', 'I', 2, 15, N, 'communication;numeracy', True,
     ['cafe'], ['people', 'fast', 'early']),
    ('Föreningen Al-Nour Kulturcenter', True, 'Föreningsköket', 'Gårdstensvägen 12, 424 39 Angered', A,
     'Matlagning i föreningens kök', 'Varje fredag lagar vi lunch till 150–200 personer efter fredagsbönen, '
     'på helgerna middag för familjer. Hacka, röra i stora grytor, diska och duka. Vi är många volontärer som '
     'hjälps åt.', '9412', 'S', 3, 15, N, 'cooperation;languages', True,
     ['kitchen_assist', 'community'], ['team', 'hands']),
    ('Matbanken Nordost (ideell förening)', True, 'Lagret i Gamlestaden', 'Gamlestadsvägen 18, 415 02 Göteborg',
     OG, 'Matbank – sortera & dela ut', 'Vi tar emot mat från butiker som annars skulle slängas. Kolla datum, '
     'sortera i kylrum och torrlager, packa kassar. Tisdagar delar vi ut till familjer – då är det mycket folk '
     'och många språk.', '4322', 'Q', 3, 15, N, 'cooperation;resource_management;languages', True,
     ['foodbank'], ['team', 'physical', 'people']),
    ('Bageriet Långa Raden', True, 'Bageriet', 'Karl Johansgatan 40, 414 59 Göteborg', ML,
     'Bagare (tidiga morgnar!)', 'Vi börjar 04.30. Väga mjöl, forma limpor och bullar, baka ut. Lugnt och '
     'fokuserat innan butiken öppnar, ingen kundkontakt.', '7612', 'C', 1, 16, N, 'planning;workplace_norms',
     True, ['bake'], ['early', 'hands', 'calm', 'nopeople']),
    ('Konditori Mandelblomman', True, 'Konditoriet', 'Vasagatan 22, 411 24 Göteborg', C,
     'Tårtdekor', 'Spritsa, lägga marsipan, skriva på tårtor. Kräver tålamod och stadig hand. Dagtid, lugnt i '
     'bageriet bakom butiken.', '7612', 'C', 1, 16, N, 'learning;critical_thinking', True,
     ['pastry'], ['fine', 'calm', 'hands', 'indoor']),
    ('Pizzeria Vesuvio Tynnered', False, 'Pizzerian', 'Opaltorget 3, 421 51 Västra Frölunda', VG,
     'Pizza', 'Kavla ut deg, lägga på, in i ugnen. Fredag kväll = kaos 😅 Ibland svara i telefon o ta '
     'beställningar.', '9411', 'I', 1, 16, N, 'cooperation;initiative', True,
     ['pizza'], ['fast', 'evening', 'hands']),
    ('Älvstadens Skolmat AB', True, 'Hammarkullens skola, köket', 'Hammarkulletorget 2, 424 31 Angered', A,
     'Måltidsbiträde skolkök', 'Förbereda sallader, fylla på linjen när 400 elever äter, diska. Start 07.00, slut '
     '15.00. Samma rutiner varje dag.', '9412', 'I', 2, 16, N, 'workplace_norms;cooperation', True,
     ['kitchen_assist'], ['early', 'order', 'team']),
    ('Älvstadens Skolmat AB', True, 'Centralköket Kortedala', 'Kortedala Torg 4, 415 22 Göteborg', OG,
     'Kallskänka – smörgåsar & sallader', 'Tillverka smörgåsar och sallader till skolor och äldreboenden. '
     'Kylrum, hygienregler, lugnt tempo.', '5120', 'I', 1, 16, N, 'planning;workplace_norms', False,
     ['cook_cold'], ['calm', 'order']),
    ('Sushi Kawa', False, 'Sushi Kawa Linné', 'Linnégatan 31, 413 04 Göteborg', ML,
     'Sushi', 'Forma ris, rulla maki, skära fisk med vass kniv. Precision! Öppen disk, kunderna tittar på.',
     '5120', 'I', 1, 16, N, 'learning;workplace_norms', True, ['cook'], ['fine', 'hands']),
    ('Härlanda Arena AB', True, 'Arenan, kiosken', 'Redbergsvägen 15, 416 65 Göteborg', OH,
     'Kiosk under matcher', 'Korv, popcorn, läsk. I pausen kommer alla samtidigt – full rulle i 15 min. '
     'Kvällar och helger.', '5230', 'R', 3, 15, N, 'numeracy;cooperation', True,
     ['kiosk'], ['fast', 'people', 'evening', 'team']),
    ('Kafé Lövsångaren', True, 'Kaféet', 'Långedragsvägen 60, 426 71 Västra Frölunda', VG,
     'Barista', 'Litet kvarterskafé med stamgäster. Göra kaffe, baka scones, torka bord. Lugnt tempo de flesta '
     'dagar.', '5132', 'I', 1, 15, N, 'communication;initiative', True, ['cafe', 'barista'], ['calm', 'people']),
    ('Bröllop & Bankett Västkust AB', True, 'Säteriet', 'Askims Stationsväg 6, 436 40 Askim', AF,
     'Servera på fester', 'Vi servar bröllop och 50-årsfester. Duka, bära ut tallrikar, plocka disk, putsa '
     'glas. Lördagar 15–01. Snygg klädsel.', '5131', 'I', 3, 18, N, 'workplace_norms;cooperation', False,
     ['serve'], ['evening', 'people', 'team', 'physical']),
    ('Kanalhotellet i Göteborg AB', True, 'Hotell Kanalen', 'Östra Hamngatan 12, 411 09 Göteborg', C,
     'Frukost', 'Duka upp frukostbuffén, fylla på, plocka av bord. Pass 05.45–11.00. Hotellgäster från hela '
     'världen, engelska bra.', '9412', 'I', 2, 16, N, 'languages;communication', True,
     ['breakfast', 'hotel'], ['early', 'people']),
    ('Västkust Rökeri AB', True, 'Rökeriet', 'Fiskhamnsgatan 10, 414 58 Göteborg', ML,
     'Rökeri', 'Filea, salta och hänga upp lax och makrill i röken. Kallt i lokalen, luktar fisk och man står '
     'hela dagen. Start 06.00. Inga kunder.', '7619', 'C', 1, 16, N, 'workplace_norms;learning', True,
     ['fish_process'], ['early', 'physical', 'hands', 'nopeople']),
    ('Brygghuset Ringön AB', True, 'Bryggeriet', 'Ringögatan 14, 417 07 Göteborg', L,
     'Tappa & etikettera', 'Fylla burkar på tappningslinjen, kolla etiketter, stapla på pall. Bullrigt när '
     'linjen går. 18 år pga alkohol.', '8181', 'C', 1, 18, N, 'workplace_norms;resource_management', True,
     ['factory_line'], ['noisy', 'order', 'physical']),
    # ---------------- shops
    ('Kortedala Närlivs AB', True, 'Nära Livs Kortedala', 'Kortedala Torg 9, 415 20 Göteborg', OG,
     'Varupåfyllning kvällar', 'Packa upp leveranser och fylla hyllor 17–21 när butiken är lugnare. Frukt & '
     'grönt, mejeri, torrvaror.', '5222', 'G', 2, 15, N, 'resource_management;planning', True,
     ['grocery_stock'], ['evening', 'physical', 'order']),
    ('Kortedala Närlivs AB', True, 'Nära Livs Kortedala', 'Kortedala Torg 9, 415 20 Göteborg', OG,
     'Kassa', 'Kassan och självscanningen, hjälpa kunder hitta varor. Massor av stamkunder som vill snacka.',
     '5230', 'G', 1, 16, N, 'communication;numeracy', True, ['till'], ['people']),
    ('Tuve Ekogård', False, 'Gårdsbutiken', 'Tuve Kyrkväg 40, 417 49 Göteborg', NH,
     'Gårdsbutik (ekologiskt)', 'Sälja egna grönsaker, ägg och honung i gårdsbutiken, packa grönsakslådor och '
     'prata med kunderna om vad som är i säsong.', '5222', 'G', 2, 15, N, 'communication;numeracy', True,
     ['farmshop'], ['people']),
    ('Tuve Ekogård', False, 'Odlingen', 'Tuve Kyrkväg 40, 417 49 Göteborg', NH,
     'Grönsaksodling', 'Så, rensa ogräs, vattna och skörda morötter, sallad och squash. Ute i alla väder, '
     'jobbigt för ryggen, vi börjar 07.00. Maj–augusti.', '6111', 'A', 3, 15, ('2027-05-03', '2027-08-27'),
     'cooperation;learning', True, ['veg_grow'], ['outdoor', 'physical', 'early', 'hands']),
    ('Second Hand Ängeln', True, 'Butiken Redbergslid', 'Kålltorpsgatan 3, 416 55 Göteborg', OH,
     'Sortering', 'Sortera skänkta kläder och prylar, prismärka, hänga upp. Vissa dagar i kassan.', '5223', 'G',
     2, 15, N, 'resource_management;critical_thinking', True, ['secondhand'], ['order', 'hands']),
    ('Springa Sport Göteborg AB', True, 'Löparshopen', 'Kungsgatan 41, 411 19 Göteborg', C,
     'Butikssäljare sport', 'Hjälpa kunder hitta rätt löparsko, filma steget på löpbandet, fylla på lagret. '
     'Mycket kundkontakt.', '5223', 'G', 1, 16, N, 'communication;initiative', True,
     ['shop_sport'], ['people']),
    ('Bokhandeln Läslust', True, 'Bokhandeln', 'Mariaplan 3, 414 71 Göteborg', ML,
     'Bokhandel', 'Packa upp böcker, ställa i ordning i hyllorna, tipsa kunder, slå in presenter. Lugnt, '
     'förutom i december.', '5223', 'G', 1, 15, N, 'literacy;communication', True,
     ['shop_books'], ['calm', 'people', 'order']),
    ('Färghuset Hisingen AB', True, 'Färgbutiken', 'Vingåkersgatan 8, 418 31 Göteborg', VH,
     'Färgbutik', 'Bryta färg i maskinen, ge råd om pensel och roller, plocka fram beställningar till '
     'målerifirmor.', '5223', 'G', 1, 16, N, 'communication;numeracy', True, ['shop_paint'], ['people']),
    ('Ostboden i Saluhallen', False, 'Saluhallen', 'Kungstorget 6, 411 17 Göteborg', C,
     'Ostdisk', 'Skära och väga upp ost, låta kunder smaka, hålla disken fin. Lördagar är det kö.', '5222', 'G',
     1, 16, N, 'communication;numeracy', False, ['deli'], ['people']),
    ('Hisingens Trä & Bygg AB', True, 'Brädgården Kärra', 'Orrekulla Industrigata 20, 425 36 Hisings Kärra', NH,
     'Utlämning på brädgården', 'Plocka ihop virke och gips till hantverkare, lasta på släpvagnar. Ute, tungt, '
     'start 06.30.', '4322', 'G', 2, 16, N, 'cooperation;resource_management', True,
     ['lumber_yard'], ['outdoor', 'physical', 'early']),
    ('Lördagsloppisen i Lundby', False, 'Torget', 'Wieselgrensplatsen, 417 17 Göteborg', L,
     'Loppis – lördagar', 'Bära ut bord, pris märka, sälja på torget, packa ihop. Ute i alla väder, lördagar '
     '08–15.', '9520', 'G', 2, 15, N, 'numeracy;communication', True,
     ['market_stall'], ['outdoor', 'people', 'physical']),
    ('Strängen Gitarrverkstad', True, 'Verkstaden', 'Övre Husargatan 19, 413 14 Göteborg', ML,
     'Gitarrverkstad', 'Byta strängar, justera halsar, löda pickuper. Litet rum, mycket fokus, lite '
     'kundkontakt vid disken.', '7319', 'S', 1, 16, N, 'problem_solving;learning', True,
     ['instrument_repair'], ['fine', 'calm', 'hands']),
    ('Hyrbil Väst AB', True, 'Uthyrningen', 'Hjalmar Brantingsgatan 10, 417 05 Göteborg', L,
     'Biluthyrning – disken', 'Ta emot kunder, gå igenom hyresavtal, kolla skador på bilarna, köra bilar mellan '
     'tvätten och parkeringen (B-körkort krävs).', '5226', 'N', 1, 18, N, 'communication;digital', True,
     ['car_rental'], ['people']),
    ('Synvinkeln Optik', True, 'Butiken Frölunda Torg', 'Frölunda Torg 10, 421 42 Västra Frölunda', AF,
     'Optikerbutik', 'Slipa glas i maskinen, montera i bågar, hjälpa kunder prova bågar. Noggrannhet viktigt.',
     '5224', 'G', 1, 16, N, 'communication;critical_thinking', True, ['optician'], ['fine', 'people']),
    ('Mobilfix Angered', False, 'Mobilfix', 'Angereds Torg 7, 424 65 Angered', A,
     'Laga mobiler', 'Byta skärmar och batterier, felsöka, små skruvar under lampa. Kunderna lämnar in vid '
     'disken.', '7420', 'S', 1, 15, N, 'problem_solving;digital', True, ['electronics_repair'], ['fine', 'hands']),
    # ---------------- warehouse, transport, archive
    ('Nordkust E-handel AB', True, 'Lager Backa', 'Exportgatan 30, 422 46 Hisings Backa', NH,
     'Plock/pack', 'Scanna, plocka order och packa paket till e-handeln. Högt tempo, mål per timme, musik i '
     'lokalen. Ingen kundkontakt.', '4322', 'G', 3, 16, N, 'resource_management;workplace_norms', True,
     ['picking'], ['fast', 'physical', 'order', 'nopeople']),
    ('Nordkust E-handel AB', True, 'Lager Backa', 'Exportgatan 30, 422 46 Hisings Backa', NH,
     'Returer', 'Öppna returpaket, kontrollera varor, registrera i datorn och ställa tillbaka. Lugnare än '
     'plocket, du sitter mest själv.', '4322', 'G', 1, 15, N, 'digital;critical_thinking', True,
     ['returns'], ['calm', 'alone', 'order', 'computer', 'sitting']),
    ('Utdelningsbolaget Väst AB', True, 'Depå Torslanda', 'Flygfältsgatan 6, 423 37 Torslanda', VH,
     'Paketskåp – påfyllning', 'Köra elbil mellan våra paketskåp, lägga in paket, felsöka luckor som krånglar. '
     'Mest själv, mycket in och ur bilen. B-körkort.', '4420', 'H', 1, 18, N, 'problem_solving;planning', True,
     ['parcel'], ['alone', 'physical']),
    ('Cykelpoolen Göteborg AB', True, 'Cykeldepån Kviberg', 'Kvibergsvägen 3, 415 05 Göteborg', OG,
     'Cykeldepån', 'Laga punkor, byta bromsbelägg och kedjor på våra lånecyklar. En dag i veckan flyttar vi '
     'cyklar mellan stationerna med släp. Ute & inne, olika varje dag.', '7231', 'N', 2, 16, N,
     'problem_solving;cooperation', True, ['bike_repair'], ['hands', 'variation']),
    ('Skandiakajens Stuveri AB', True, 'Containerterminalen', 'Arendalsvägen 20, 418 78 Göteborg', VH,
     'Hamnarbetare', 'Surra och lossa containrar, dirigera kranförare via radio. Ute i blåst och regn, '
     'skiftarbete, jobbar i lag.', '9331', 'H', 1, 18, N, 'communication;workplace_norms', True,
     ['port'], ['outdoor', 'physical', 'team']),
    ('Lagerpartner Väst AB', True, 'Terminalen Ringön', 'Ringögatan 30, 417 07 Göteborg', L,
     'Truckförare', 'Köra motviktstruck och plocktruck, lasta lastbilar. Truckkort ordnar vi.', '8344', 'H', 1,
     18, N, 'workplace_norms;planning', False, ['forklift'], ['physical']),
    ('Utdelningsbolaget Väst AB', True, 'Utdelningsdistrikt Frölunda', 'Marconigatan 9, 421 44 Västra Frölunda', AF,
     'Tidningsbud', 'Dela ut tidningar 04.00–06.30 på cykel. Själv, tyst, alla väder. Perfekt om du gillar '
     'morgnar.', '9621', 'H', 2, 15, N, 'planning;workplace_norms', True,
     ['newspaper'], ['early', 'alone', 'outdoor', 'quiet', 'physical']),
    ('Lagerpartner Väst AB', True, 'Reservdelslagret', 'Torslandavägen 50, 423 49 Torslanda', VH,
     'Inventering', 'Räkna, märka upp och ställa i ordning reservdelar på hyllor. Samma moment, noggrant, '
     'skanner och dator. Nästan ingen kundkontakt.', '4322', 'G', 1, 16, N, 'numeracy;digital;planning', True,
     ['inventory'], ['order', 'calm', 'nopeople', 'fine', 'computer']),
    ('Föreningsarkivet i Västsverige', True, 'Arkivet', 'Östra Larmgatan 10, 411 07 Göteborg', C,
     'Arkiv', 'Skanna gamla protokoll och fotografier, numrera kartonger, föra in i registret. Tyst rum, vita '
     'handskar, du jobbar mest själv.', '4410', 'R', 1, 15, N, 'digital;literacy', True,
     ['archive'], ['calm', 'quiet', 'alone', 'order', 'computer', 'fine', 'indoor']),
    ('Östra Vårdcampus', True, 'Patientbiblioteket', 'Diagnosvägen 11, 416 50 Göteborg', OH,
     'Bokvagnen', 'Köra bokvagnen runt på avdelningarna, låna ut böcker och tidningar till patienter och prata '
     'en stund. Laga och hylla böcker. Lugnt.', '4410', 'Q', 1, 16, N, 'communication;literacy', True,
     ['library'], ['people', 'calm']),
    ('Kretslopp Hisingen AB', True, 'ÅVC Tagene', 'Tagenevägen 20, 425 37 Hisings Kärra', NH,
     'ÅVC', 'Visa besökare vilken kontainer, flytta fulla burar, hålla rent på gården. Ute hela dagen, mycket '
     'folk på helgerna.', '9610', 'E', 2, 16, N, 'communication;resource_management', True,
     ['recycling'], ['outdoor', 'people', 'physical']),
    ('Lagakaféet Majorna (ideell förening)', False, 'Lagakaféet', 'Karl Johansgatan 90, 414 55 Göteborg', ML,
     'Reparationskafé', 'Torsdagskvällar hjälper vi besökare att laga brödrostar, lampor, cyklar och kläder. '
     'Skruva, löda, sy – och fika med folk.', '7420', 'S', 2, 15, N, 'problem_solving;communication', True,
     ['repair_cafe'], ['hands', 'people', 'evening', 'variation']),
    # ---------------- vehicles
    ('Motorservice Kortedala AB', True, 'Verkstaden', 'Bergsjövägen 5, 415 06 Göteborg', OG,
     'Bilmekaniker', 'Service, byta olja och bromsar, däckbyten i säsong. Verkstad, smutsiga händer.', '7231',
     'G', 2, 16, N, 'problem_solving;learning', True, ['car_mech'], ['hands', 'physical']),
    ('Glansen Biltvätt', True, 'Handtvätten', 'Sisjö Kullegata 8, 421 32 Västra Frölunda', AF,
     'Biltvätt & rekond', 'Handtvätta, damsuga och polera bilar. Blött, på fötterna hela dagen, vi jobbar två '
     'och två.', '9120', 'S', 2, 15, N, 'cooperation;workplace_norms', True,
     ['car_wash'], ['physical', 'team', 'hands']),
    ('Långedrags Båtvarv AB', True, 'Varvsplanen', 'Saltholmsgatan 44, 426 76 Västra Frölunda', VG,
     'Båtvarv – vårrustning', 'Slipa och bottenmåla båtar, polera skrov, hjälpa till vid sjösättning med '
     'kranen. Ute på varvsplanen, dammigt. Mars–maj.', '7522', 'G', 2, 16, ('2027-03-01', '2027-05-28'),
     'cooperation;learning', True, ['boatyard'], ['outdoor', 'physical', 'hands']),
    ('Långedrags Båtvarv AB', True, 'Motorverkstaden', 'Saltholmsgatan 44, 426 76 Västra Frölunda', VG,
     'Båtmotorer', 'Service på utombordare och inombordare: byta impeller, olja och tändstift. Inne i '
     'verkstaden.', '7233', 'G', 1, 16, N, 'problem_solving;learning', True,
     ['boat_engine'], ['hands', 'indoor']),
    ('Gröna Ljuset Trafikskola', True, 'Trafikskolan', 'Danska vägen 20, 416 59 Göteborg', OH,
     'Trafikskola – kontor', 'Svara i telefon, boka körlektioner, hjälpa elever med teoriprov på datorn, '
     'tvätta skolbilarna på fredagar.', '4119', 'P', 1, 16, N, 'communication;digital', True,
     ['office_reception'], ['people', 'computer', 'variation']),
    ('Rent & Klart Väst AB', True, 'Depå Backa', 'Exportgatan 55, 422 46 Hisings Backa', NH,
     'Städa bussar – natt', 'Städa bussarna när de står i depån, 22–06. Lugnt, egen lista, hörlurar funkar. '
     'Du jobbar själv.', '9120', 'N', 1, 18, N, 'workplace_norms;resource_management', True,
     ['cleaning_vehicle'], ['night', 'evening', 'alone', 'calm', 'nopeople']),
    # ---------------- construction and crafts
    ('Altan & Trä i Väst AB', True, 'Kontoret Tynnered', 'Önneredsvägen 10, 426 53 Västra Frölunda', VG,
     'Snickare', 'Bygga altaner, plank och förråd hos villaägare. Kapa, skruva, bära virke. Mest ute, i lag '
     'med två snickare.', '7111', 'F', 2, 16, N, 'cooperation;problem_solving', True,
     ['carpentry'], ['outdoor', 'physical', 'hands', 'team']),
    ('Takläggarna Hisingen AB', True, 'Förrådet Biskopsgården', 'Långströmsgatan 22, 418 70 Göteborg', VH,
     'Tak', 'Riva gammal takpapp, lägga ny, hjälpa plåtslagaren. Höga höjder, sele, ej för höjdrädda. '
     'Start 07.', '7121', 'F', 1, 18, N, 'workplace_norms;cooperation', False,
     ['roofing'], ['outdoor', 'physical', 'early', 'heights']),
    ('Gamlestadens Plåtslageri AB', True, 'Verkstaden', 'Gamlestadsvägen 40, 415 11 Göteborg', OG,
     'Plåtslageri', 'Klippa och bocka plåt i verkstaden till fönsterbleck och hängrännor. Bullrigt, '
     'hörselskydd. Ibland med ut på bygge.', '7213', 'F', 1, 16, N, 'problem_solving;workplace_norms', False,
     ['sheetmetal'], ['hands', 'noisy']),
    ('Penseldragarna AB', True, 'Kontoret', 'Götabergsgatan 14, 411 34 Göteborg', C,
     'Målare', 'Spackla, slipa och måla väggar och tak i lägenheter och trapphus. Skydda golv, tejpa. Inomhus.',
     '7131', 'F', 2, 16, N, 'planning;workplace_norms', True, ['painting_house'], ['indoor', 'hands']),
    ('Kopplingsdosan El AB', True, 'Bygget Kvillebäcken', 'Herkulesgatan 40, 417 01 Göteborg', L,
     'Elektriker', 'Dra kabel, sätta upp dosor och lampor i nybyggda lägenheter tillsammans med en elektriker. '
     'Noggrant.', '7411', 'F', 1, 16, N, 'problem_solving;workplace_norms', True,
     ['electrician'], ['hands', 'fine', 'team']),
    ('Glasmästaren Majorna AB', True, 'Glasmästeriet', 'Allmänna vägen 19, 414 60 Göteborg', ML,
     'Glasmästeri', 'Måtta, skära glas och byta trasiga rutor hos kunder. Noggrant och lite tungt. Både verkstad '
     'och ute på jobb.', '7124', 'F', 1, 16, N, 'numeracy;problem_solving', True,
     ['glazier'], ['fine', 'hands', 'variation']),
    ('Klinkerkompaniet AB', True, 'Lagret Högsbo', 'J A Wettergrens gata 6, 421 30 Västra Frölunda', AF,
     'Plattsättning', 'Lägga kakel och klinker i badrum, fogar, mäta och kapa. Mycket på knä. Noggrant.',
     '7112', 'F', 1, 16, N, 'numeracy;planning', True, ['tiling'], ['fine', 'hands', 'physical']),
    ('Takläggarna Hisingen AB', True, 'Kontoret', 'Backavägen 12, 417 05 Göteborg', L,
     'Isolering', 'Blåsa lösull på vindar, bära säckar, krypa i trånga utrymmen. Dammigt.', '7123', 'F', 1, 18,
     N, 'workplace_norms', False, ['insulation'], ['physical']),
    ('Nyckelhörnan Låsservice', True, 'Butiken Redbergsplatsen', 'Redbergsplatsen 2, 416 62 Göteborg', OH,
     'Nycklar & lås', 'Kopiera nycklar vid disken, byta cylindrar hos kunder, sortera små delar. Precision och '
     'service.', '7311', 'S', 1, 16, N, 'communication;problem_solving', True,
     ['locksmith'], ['fine', 'people', 'hands']),
    ('Svets & Smide Eriksberg AB', True, 'Verkstaden', 'Sörhallsgatan 8, 417 64 Göteborg', L,
     'Svets', 'Lära MIG-svetsning, slipa svetsfogar, bygga räcken och trappor i stål. Varmt, bullrigt, '
     'skyddsutrustning.', '7212', 'C', 1, 18, N, 'workplace_norms;learning', True,
     ['welding'], ['hands', 'noisy', 'physical']),
    ('Svets & Smide Eriksberg AB', True, 'Smedjan', 'Lärjeholmsvägen 4, 415 09 Göteborg', OG,
     'Smedja', 'Värma järn i ässjan, smida krokar, ljusstakar och grindar. Gammalt hantverk, varmt och tungt.',
     '7221', 'C', 1, 16, N, 'learning;initiative', False, ['smith'], ['hands', 'physical']),
    ('Markbyggarna i Angered AB', True, 'Etableringen Hjällbo', 'Hjällbovägen 30, 424 36 Angered', A,
     'Kantsten & plattor', 'Lägga kantsten, gräva, köra vibratorplatta, anlägga gångvägar. Ute och fysiskt, '
     '07–16, vi är ett gäng på fyra.', '7114', 'F', 2, 16, N, 'cooperation;workplace_norms', True,
     ['groundwork'], ['outdoor', 'physical', 'early', 'team']),
    ('Montage Väst AB', True, 'Nyproduktion Torslanda', 'Torslanda Torg 5, 423 35 Torslanda', VH,
     'Köksmontering', 'Montera kök och garderober i nya lägenheter efter ritning. Skruvdragare, vattenpass, '
     'noggrant inomhusjobb.', '8214', 'F', 1, 16, N, 'planning;problem_solving', True,
     ['assembly_kitchen'], ['hands', 'fine', 'indoor']),
    # ---------------- green work and animals
    ('Lilla Djurgården Angered', True, 'Djurgården', 'Gunnaredsvägen 30, 424 38 Angered', A,
     'Djurgården', 'Mata getter, får och höns, mocka, fixa staket, ta emot skolklasser som hälsar på. Ute, '
     'start 07.00.', '6121', 'A', 2, 15, N, 'cooperation;workplace_norms', True,
     ['farm_animals'], ['outdoor', 'early', 'physical']),
    ('ParkLag Öst AB', True, 'Förrådet Bergsjön', 'Bergsjövägen 40, 415 10 Göteborg', OG,
     'Röjning i skogen', 'Röja sly med röjsåg, dra ris och bygga stigar i stadsskogen. Ute i ur och skur, i '
     'lag.', '6210', 'A', 2, 18, N, 'cooperation;workplace_norms', True,
     ['forest'], ['outdoor', 'physical', 'team']),
    ('ParkLag Öst AB', True, 'Förrådet Kålltorp', 'Kålltorpsgatan 40, 416 54 Göteborg', OH,
     'Häckar & gräs', 'Klippa häckar och gräs på bostadsgårdar, kratta löv, plantera. April–oktober.', '6113',
     'N', 3, 16, ('2027-04-12', '2027-10-15'), 'resource_management;cooperation', True,
     ['garden_maint'], ['outdoor', 'physical']),
    ('Hovåsviken Golfklubb', True, 'Golfbanan', 'Hovåsvägen 70, 436 51 Hovås', AF,
     'Banarbetare golf', 'Klippa greener 05.30 innan spelarna kommer, kratta bunkrar, byta hål. Tyst och '
     'tidigt, oftast själv på maskinen. Maj–september.', '6113', 'R', 1, 16, ('2027-05-03', '2027-09-24'),
     'workplace_norms;planning', True, ['greenkeeping'], ['early', 'outdoor', 'alone', 'quiet']),
    ('Vallmons Blommor', True, 'Butiken', 'Härlandavägen 5, 416 71 Göteborg', OH,
     'Florist', 'Binda buketter och kransar, ta hand om kunderna i butiken. Kreativt men också mycket vatten och '
     'kyla.', '5223', 'G', 1, 16, N, 'communication;initiative', True, ['florist'], ['hands', 'people', 'fine']),
    ('Tassen Hundrastning', False, 'Slottsskogen', 'Slottsskogsgatan 40, 414 71 Göteborg', ML,
     'Hundpromenader', 'Gå långa promenader i Slottsskogen med 4–6 hundar i taget, hämta och lämna hos ägarna. '
     'Ute, regn eller sol, mest själv med hundarna.', '6129', 'S', 1, 16, N, 'planning;workplace_norms', True,
     ['dog_walk'], ['outdoor', 'alone']),
    ('Akvariehörnan i Backa', True, 'Butiken', 'Backavägen 40, 417 05 Göteborg', NH,
     'Zoo – akvarier & reptiler', 'Byta vatten i akvarierna, mata ormar och ödlor, städa terrarier, svara på '
     'kundernas frågor. Lugnt.', '5223', 'G', 1, 15, N, 'learning;communication', True,
     ['petshop'], ['calm']),
    ('Odla i Bergsjön (förening)', False, 'Odlingslotterna', 'Rymdtorget 6, 415 19 Göteborg', OG,
     'Stadsodling med barn', 'Så och skörda med barn från fritids, bygga pallkragar.', '6112', 'A', 2, 15, N,
     'cooperation', False, ['veg_grow'], ['outdoor']),
    # ---------------- care and community
    ('Solgläntans Omsorg AB', True, 'Vårdboendet Solgläntan', 'Tynneredsgatan 8, 421 57 Västra Frölunda', VG,
     'Äldreboende – sällskap', 'Fika, spela kort, läsa tidningen högt, följa med på promenad. Ingen personlig '
     'omvårdnad. Lugnt.', '5330', 'Q', 2, 16, N, 'communication;initiative', True,
     ['elder_social'], ['calm', 'people']),
    ('Solgläntans Omsorg AB', True, 'Hemtjänst Tynnered', 'Tynneredsgatan 8, 421 57 Västra Frölunda', VG,
     'Hemtjänst', 'Följa med undersköterska hem till äldre: handla, städa, hjälpa med mat och ibland dusch. '
     'Cykel mellan besöken. Start 07.00.', '5321', 'Q', 1, 18, N, 'communication;planning', True,
     ['homecare'], ['early', 'people', 'variation']),
    ('Tandhuset Frölunda AB', True, 'Kliniken', 'Frölunda Torg 6, 421 42 Västra Frölunda', AF,
     'Tandvård – sterilen', 'Diska och sterilisera instrument, packa brickor, fylla på i behandlingsrummen. '
     'Följa med in och titta. Noggrann hygien, samma rutin hela dagen.', '5350', 'Q', 1, 16, N,
     'workplace_norms;critical_thinking', True, ['dental'], ['order', 'fine', 'calm', 'indoor']),
    ('Nordöstra Vård AB', True, 'Vårdcentralen Hjällbo', 'Hjällbo Torg 3, 424 35 Angered', A,
     'Vårdcentral', 'Fylla på förråd, följa patienter till rätt rum, hjälpa i receptionen. Många språk bland '
     'patienterna.', '5349', 'Q', 1, 16, N, 'languages;communication', True,
     ['clinic_help'], ['people', 'variation']),
    ('Omsorgshuset Lärkan AB', True, 'Gruppbostaden Lärkan', 'Skårsgatan 30, 412 69 Göteborg', OH,
     'Gruppbostad LSS', 'Stötta fem vuxna med funktionsnedsättning i vardagen: laga mat ihop, gå till gymmet, '
     'bowla. Kvällar och helger.', '5342', 'Q', 1, 18, N, 'communication;cooperation', True,
     ['lss'], ['people', 'evening', 'variation']),
    ('Ekumeniska Mötesplatsen Biskopsgården', True, 'Öppna huset', 'Vårväderstorget 4, 418 33 Göteborg', VH,
     'Öppet hus – diakoni', 'Hjälpa diakonen på öppna huset: koka soppa, prata med besökare, språkcafé, dela '
     'ut kläder. Tisdagar & torsdagar.', '2672', 'S', 2, 16, N, 'communication;languages', True,
     ['community_social'], ['people', 'team', 'variation']),
    # ---------------- children, sport, leisure, culture
    ('Förskolan Kotten AB', True, 'Förskolan Kotten', 'Litteraturgatan 20, 421 63 Göteborg', NH,
     'Förskola', 'Leka, bygga kojor, läsa sagor, hjälpa barnen med kläderna inför utevistelsen. Mycket ljud!',
     '5311', 'P', 2, 16, N, 'communication;cooperation', True, ['preschool'], ['people', 'noisy', 'variation']),
    ('Kanalhotellet i Göteborg AB', True, 'Hotell Kanalen', 'Östra Hamngatan 12, 411 09 Göteborg', C,
     'Skugga hotellchefen', 'Följ med hotellchefen en vecka: morgonmöten, schema, gäster som klagar, budget. '
     'För dig som vill bli chef inom hotell.', '1712', 'I', 1, 18, N, 'planning;communication;critical_thinking',
     True, ['hotel_manager', 'hotel'], ['people', 'variation']),
    ('Kyrkbyskolan', True, 'Kyrkbyskolan', 'Kyrkbytorget 2, 417 21 Göteborg', L,
     'Elevassistent, mellanstadiet', 'Stötta elever i klassrummet, rastvakt, hjälpa läraren förbereda '
     'material.', '5312', 'P', 1, 16, N, 'communication;cooperation', True, ['school_assist'], ['people']),
    ('Vattenparken Frölunda AB', True, 'Simhallen', 'Frölunda Kulturhus, 421 42 Västra Frölunda', AF,
     'Badvakt (assistent)', 'Hålla koll vid bassängen med ordinarie badvakt, städa omklädningsrum, hjälpa i '
     'kassan. Du måste kunna simma 200 m.', '5419', 'R', 1, 16, N, 'workplace_norms;communication', False,
     ['lifeguard'], ['people']),
    ('Härlanda Arena AB', True, 'Ishallen', 'Redbergsvägen 15, 416 65 Göteborg', OH,
     'Ishallen', 'Köra ismaskinen (efter upplärning), slipa skridskor i shopen, ställa i ordning sargen inför '
     'matcher. Kallt, tidiga helgmorgnar.', '9622', 'R', 1, 16, N, 'workplace_norms;problem_solving', True,
     ['ice_rink'], ['early', 'hands', 'variation']),
    ('Härlanda Arena AB', True, 'Arenan', 'Redbergsvägen 15, 416 65 Göteborg', OH,
     'Publikvärd', 'Visa folk till rätt sektion, scanna biljetter, hålla koll på utgångarna. Kvällsmatcher '
     'och konserter, massor av människor.', '9629', 'R', 3, 16, N, 'communication;workplace_norms', True,
     ['event_host'], ['people', 'evening']),
    ('Greppet Klättercenter AB', True, 'Klätterhallen', 'Lindholmsallén 50, 417 55 Göteborg', L,
     'Klätterhall', 'Hyra ut skor och selar, tvätta grepp, hjälpa till på barnkurserna. Du behöver inte vara '
     'proffs men gilla klättring.', '3422', 'R', 1, 15, N, 'communication;initiative', True,
     ['climbing'], ['people', 'variation']),
    ('Pulsen Fritid', False, 'Fritidsgården Pulsen', 'Vårväderstorget 10, 418 33 Göteborg', VH,
     'Fritidsgård kvällar', 'Spela pingis och FIFA med ungdomarna, laga mellanmål, hitta på aktiviteter. 16–21.',
     '3423', 'O', 2, 18, N, 'communication;initiative', True, ['youth_centre'], ['people', 'evening', 'variation']),
    ('Dansskolan Piruett', True, 'Dansstudion', 'Drottninggatan 50, 411 07 Göteborg', C,
     'Danslärarassistent', 'Hjälpa till i barngrupperna (4–10 år): visa steg, hålla ordning, sätta på musiken. '
     'Eftermiddagar och lördagar.', '2359', 'P', 1, 15, N, 'communication;cooperation', True,
     ['dance_teach'], ['people']),
    ('Strike Bowling Frölunda', True, 'Bowlinghallen', 'Marconigatan 20, 421 44 Västra Frölunda', AF,
     'Bowlinghallen', 'Hyra ut skor, ta betalt, fixa pommes i kiosken, laga banmaskinen när den krånglar. '
     'Kvällar.', '5169', 'R', 1, 16, N, 'communication;problem_solving', False,
     ['bowling'], ['people', 'evening', 'variation']),
    ('Teater Sjöbotten', True, 'Kostymateljén', 'Slottsskogsgatan 12, 414 70 Göteborg', ML,
     'Kostymateljén', 'Sy, laga och stryka kostymer, ändra dem till nya skådespelare, tvätta efter '
     'föreställningarna. Symaskin och strykjärn, lugn ateljé.', '7531', 'R', 1, 16, N,
     'resource_management;learning', True, ['costume'], ['fine', 'hands', 'calm', 'indoor']),
    ('Teater Sjöbotten', True, 'Verkstaden', 'Slottsskogsgatan 12, 414 70 Göteborg', ML,
     'Rekvisita', 'Leta, bygga och måla rekvisita: en tårta av frigolit, ett svärd, en gammal radio. Kreativt '
     'pyssel och lite snickeri.', '3433', 'R', 1, 16, N, 'initiative;problem_solving', True,
     ['props'], ['hands', 'variation']),
    ('Teater Sjöbotten', True, 'Scenen', 'Slottsskogsgatan 12, 414 70 Göteborg', ML,
     'Ljus & ljud', 'Hänga strålkastare, dra kablar, köra ljudbordet på repetitionerna. Kvällar.', '3522', 'R',
     1, 16, N, 'digital;cooperation', True, ['stage_tech'], ['evening', 'hands', 'team']),
    ('Kranmuseet Eriksberg', True, 'Museet', 'Eriksbergstorget 4, 417 64 Göteborg', L,
     'Museivärd', 'Möta besökare i entrén, sälja biljetter, guida skolklasser i utställningen, hjälpa till på '
     'barnverkstaden på helger.', '5113', 'R', 1, 16, N, 'communication;languages', True,
     ['museum_host'], ['people', 'calm']),
    ('Skärgårdslinjen AB', True, 'Saltholmen', 'Saltholmsgatan 2, 426 76 Västra Frölunda', VG,
     'Däckshjälp på färjan', 'Förtöja, hantera tampar, hjälpa passagerare med barnvagnar och cyklar ombord, '
     'spola däck. Ute på sjön, start 06.00.', '8350', 'H', 1, 16, N, 'workplace_norms;cooperation', True,
     ['ferry_deck'], ['outdoor', 'early', 'physical', 'people']),
    # ---------------- office, IT, media
    ('Skeppet Coworking AB', True, 'Skeppet', 'Lindholmspiren 3, 417 56 Göteborg', L,
     'Reception', 'Ta emot gäster, boka mötesrum, sortera posten, fixa kaffe. Mycket folk in och ut, engelska '
     'varje dag.', '4225', 'N', 1, 16, N, 'communication;languages;digital', True,
     ['office_reception'], ['people', 'computer', 'variation']),
    ('Västel Energi AB', True, 'Kundservice', 'Marieholmsgatan 10, 415 02 Göteborg', OG,
     'Kundtjänst', 'Svara på samtal och chatt om elräkningar. Headset och dator, samma typ av frågor hela '
     'dagen, du sitter ner.', '4222', 'D', 2, 18, N, 'communication;digital', True,
     ['customer_service'], ['computer', 'sitting', 'order', 'people']),
    ('Siffersäker Redovisning AB', True, 'Kontoret', 'Askims Stationsväg 20, 436 40 Askim', AF,
     'Ekonomiassistent', 'Skanna kvitton, bokföra enkla fakturor, stämma av konton i Excel. Lugnt kontor, mycket '
     'siffror.', '4111', 'M', 1, 18, N, 'numeracy;digital', True,
     ['accounts'], ['numbers', 'computer', 'calm', 'sitting', 'order']),
    ('Skoldata Väst AB', True, 'IT-avdelningen', 'Kortedala Torg 12, 415 20 Göteborg', OG,
     'IT-support', 'Installera och återställa elevdatorer, byta skärmar, hjälpa lärare när projektorn inte '
     'funkar. Springa runt mellan skolorna.', '3512', 'J', 1, 16, N, 'digital;problem_solving', True,
     ['it_support'], ['computer', 'variation', 'people']),
    ('Majornas IK', True, 'Kansliet', 'Mariaplan 8, 414 71 Göteborg', ML,
     'Content creator', 'Klippa videos och reels från matcherna, ta bilder, skriva inlägg till Insta och TikTok. '
     'Kvällar på matcherna, resten på kansliet vid datorn.', '2432', 'R', 1, 15, N, 'digital;initiative', True,
     ['social_media'], ['computer', 'evening', 'variation']),
    ('Pixelskogen Games AB', True, 'Studion', 'Lindholmsplatsen 1, 417 56 Göteborg', L,
     'Speltestare / level design', 'Spela igenom nya banor, hitta buggar, skriva rapporter i Jira, bygga enkla '
     'banor i vår editor. Sittande jobb vid datorn, kräver noggrannhet.', '2173', 'J', 1, 16, N,
     'digital;critical_thinking', True, ['game_dev'], ['computer', 'sitting', 'fine']),
    ('Trycksaken Textiltryck AB', True, 'Tryckeriet', 'Gamlestadsvägen 22, 415 02 Göteborg', OG,
     'Textiltryck', 'Screentrycka t-shirts och tygkassar, blanda färg, torka och vika. Stående, kladdigt, '
     'ibland stress inför leveranser.', '7322', 'C', 2, 16, N, 'planning;resource_management', True,
     ['textile_print'], ['hands', 'physical']),
    ('Studio Kvadrat Design', True, 'Studion', 'Kungsgatan 12, 411 19 Göteborg', C,
     'Grafisk form', 'Göra menyer, affischer och logotyper i Illustrator åt småföretag. Följa en formgivare, '
     'sitta vid datorn. Lugnt.', '2172', 'M', 1, 16, N, 'digital;communication', True,
     ['graphic'], ['computer', 'sitting', 'calm']),
    ('Ljusfläcken Foto', True, 'Fotostudion', 'Sankt Pauligatan 5, 416 60 Göteborg', OH,
     'Fotoassistent', 'Bära och rigga blixtar, hålla reflexskärm, sortera bilder i Lightroom. Bröllop på '
     'helger, studio i veckorna – varierat.', '3431', 'M', 1, 16, N, 'digital;cooperation', True,
     ['photo'], ['variation']),
    ('Barbershop Fade Kings', False, 'Barbershop', 'Angereds Torg 12, 424 65 Angered', A,
     'Barber', 'Sopa, tvätta hår, boka tider, lära dig fades och skäggtrim under handledning. Kunder hela '
     'dagen, musik på.', '5141', 'S', 1, 15, N, 'communication;learning', True, ['hair'], ['people']),
    ('ParkLag Öst AB', True, 'Kontoret', 'Ånäsvägen 44, 416 68 Göteborg', OH,
     'Kartor/GIS', 'Gå ut och inventera träd med surfplatta, sedan rita in dem i kartsystemet. Hälften ute, '
     'hälften vid datorn.', '3117', 'M', 1, 16, N, 'digital;numeracy', True,
     ['gis'], ['computer', 'variation', 'outdoor']),
    ('Arkitektkontoret Vinkel & Ljus', True, 'Kontoret', 'Järntorget 4, 413 04 Göteborg', ML,
     'Arkitektkontor – modellbygge', 'Bygga modeller av hus i kartong och trä efter ritningar, följa med en '
     'arkitekt ut på bygget. Pyssel med millimetrar, lugn ateljé.', '2161', 'M', 1, 16, N,
     'critical_thinking;numeracy', True, ['architect_model'], ['fine', 'hands', 'calm']),
    ('Hav & Vatten Analys AB', True, 'Labbet', 'Sannegårdsgatan 16, 417 60 Göteborg', L,
     'Labb – vattenprover', 'Ta vattenprover vid kajerna, märka rör, köra analyser enligt instruktion. Noggrant, '
     'labbrock, samma steg varje gång.', '3215', 'M', 1, 18, N, 'critical_thinking;literacy', True,
     ['lab'], ['fine', 'order']),
    # ---------------- manufacturing and workshops
    ('Voltmontage Sverige AB', True, 'Fabriken Backa', 'Transportgatan 19, 422 46 Hisings Backa', NH,
     'Montering', 'Montera laddboxar på linje: skruva, koppla kablage, testa. Samma moment hela dagen, du '
     'jobbar i ett lag på linjen.', '8212', 'C', 2, 16, N, 'cooperation;workplace_norms', True,
     ['electronics_assembly'], ['order', 'fine', 'team']),
    ('Lister & Karmar i Angered AB', True, 'Snickerifabriken', 'Rannebergsvägen 40, 424 30 Angered', A,
     'Maskinsnickeri', 'Kapa, fräsa och slipa lister i maskiner. Sågspån, hörselskydd, fysiskt.', '7523', 'C', 1,
     18, N, 'workplace_norms;resource_management', True, ['wood_machine'], ['noisy', 'physical', 'hands']),
    ('Tygverkstaden Linné', True, 'Syateljén', 'Prinsgatan 7, 413 05 Göteborg', ML,
     'Sömnad', 'Sy kuddar, gardiner och förkläden på beställning, skära till, stryka sömmar. Lugn ateljé, radion '
     'på.', '7532', 'C', 1, 15, N, 'planning;learning', True, ['sewing'], ['fine', 'calm', 'hands']),
    ('Möbelateljén Klädd & Klar', True, 'Ateljén', 'Mölndalsvägen 30, 412 63 Göteborg', OH,
     'Tapetserare', 'Klä om stolar och soffor: riva gammal stoppning, spänna tyg, häfta. Lugnt hantverk. (Vi '
     'tapetserar alltså möbler, inte väggar!)', '7533', 'C', 1, 16, N, 'problem_solving;learning', True,
     ['upholstery'], ['hands', 'fine', 'calm']),
    ('Remmen Läder', False, 'Läderverkstaden', 'Kastellgatan 7, 411 22 Göteborg', C,
     'Läder', 'Sy väskor och bälten i läder.', '7534', 'C', 1, 16, N, 'learning', False, ['leather'], ['hands']),
    ('Guldsmedja Ädla Ting', True, 'Guldsmedjan', 'Korsgatan 18, 411 16 Göteborg', C,
     'Guldsmed', 'Putsa och polera smycken, löda enkla ringar, byta klockbatterier vid disken. Mikroskopiskt '
     'noggrant, lugnt.', '7312', 'C', 1, 16, N, 'critical_thinking;learning', True,
     ['jewellery'], ['fine', 'calm', 'hands']),
    ('Drejskivan Keramik', True, 'Verkstaden', 'Gamlestadstorget 8, 415 11 Göteborg', OG,
     'Keramik', 'Dreja koppar, glasera, packa och bränna ugnen. Lera överallt. Lugn verkstad.', '7319', 'C', 1,
     15, N, 'learning;initiative', True, ['ceramics'], ['hands', 'calm']),
    ('Packfabriken Hisingen AB', True, 'Packeriet', 'Exportgatan 70, 422 46 Hisings Backa', NH,
     'Packa', 'Handpacka kosttillskott och te i askar, märka, stapla på pall. Lugnt löpande band, samma sak hela '
     'dagen, vi står flera vid bandet.', '9320', 'C', 3, 15, N, 'workplace_norms;cooperation', True,
     ['packing'], ['order', 'team', 'calm']),
    # ---------------- services
    ('Lyster Skönhet AB', True, 'Salong Lockigt', 'Wieselgrensplatsen 6, 417 17 Göteborg', L,
     'Frisörsalong', 'Schamponera, sopa hår, boka tider i kassan och titta på när vi klipper och färgar. '
     'Lärling-vibes.', '5141', 'S', 1, 15, N, 'communication;learning', True, ['hair'], ['people']),
    ('Lyster Skönhet AB', True, 'Hudklinik Lyster', 'Viktoriagatan 3, 411 25 Göteborg', C,
     'Hudvård', 'Hjälpa till vid ansiktsbehandlingar, rengöra verktyg, tvätta handdukar, sälja produkter. Lugn '
     'miljö.', '5142', 'S', 1, 16, N, 'communication;workplace_norms', True, ['skincare'], ['calm', 'people']),
    ('Rent & Klart Väst AB', True, 'Kontor i city', 'Kungsportsavenyn 10, 411 36 Göteborg', C,
     'Städ', 'Städa kontor 06–09 innan folk kommer: dammsuga, toaletter, pentry. Själv eller två och två.',
     '9111', 'N', 2, 16, N, 'workplace_norms;planning', True,
     ['cleaning'], ['early', 'alone', 'physical', 'nopeople']),
    ('Kärra Hus AB', True, 'Fastighetskontoret', 'Kärra Centrum 4, 425 37 Hisings Kärra', NH,
     'Fastighetsskötare', 'Byta lampor, skotta, laga dörrar, snacka med hyresgäster. Olika varje dag, ute och '
     'inne.', '5152', 'L', 1, 16, N, 'problem_solving;communication', True,
     ['caretaker'], ['variation', 'hands', 'people']),
    ('Lugna Vatten Begravningsbyrå', True, 'Byrån', 'Sankt Sigfrids plan 3, 416 61 Göteborg', OH,
     'Begravningsbyrå', 'Ordna blommor och ljus, förbereda lokalen inför ceremonier, sitta med vid planering. '
     'Lugn, tyst och respektfull miljö.', '5161', 'S', 1, 18, N, 'communication;workplace_norms', True,
     ['funeral'], ['calm', 'quiet']),
    ('Eventfabriken Eriksberg AB', True, 'Lagret Eriksberg', 'Östra Eriksbergsgatan 10, 417 66 Göteborg', L,
     'Event', 'Möblera lokaler, bygga scen och mässmontrar, koppla projektor, checka in gäster. Oregelbundna '
     'tider, mycket bärande.', '3332', 'N', 2, 16, N, 'planning;cooperation', True,
     ['events'], ['variation', 'physical', 'people']),
]
