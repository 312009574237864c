"""Catalogue 7: hand-written placements (the source of placements.csv).

SEALED: the tags below (kinds of work and the working conditions each text states) are part of the ground truth
of blind 9. Do not read them while developing the matcher and never feed them to it.

Each entry: P(key, employer, workplace, address, district, title, description, ssyk, sni, capacity, min_age,
trains, kinds, conds, open=True, dates=None, org=True)

- kinds: what kind of work it is, as slash paths ("mat/bageri"); a youth's spec naming "mat" matches every
  "mat/..." kind.
- conds: working conditions the title and description state (or that the work plainly is, e.g. a park is
  outdoors): kunder (much customer/public contact), fa_folk (few people to deal with), lugnt / stress (pace),
  ute / inne, tidigt (early mornings), kvall (evenings or nights), helg, tungt (heavy or physical), rorelse (on
  the move), sitta (seated/desk), handerna (hands-on), noggrant (precision, fine detail), ensam / team, rutin /
  variation, ljud / tyst, dator, siffror, telefon, hojd (heights), djur, barn, kreativ, smuts, sprak (other
  languages or English used).
- trains: abbreviations of the deck keys (see TRAINS).
"""

TRAINS = {
    'com': 'communication', 'coop': 'cooperation', 'ps': 'problem_solving', 'plan': 'planning',
    'res': 'resource_management', 'norms': 'workplace_norms', 'dig': 'digital', 'lit': 'literacy',
    'num': 'numeracy', 'lang': 'languages', 'learn': 'learning', 'init': 'initiative', 'crit': 'critical_thinking',
}

# district short names
AN, AF, CE, ML, NH = 'Angered', 'Askim-Frölunda-Högsbo', 'Centrum', 'Majorna-Linné', 'Norra Hisingen'
VG, VH, LU, OH, OG = 'Västra Göteborg', 'Västra Hisingen', 'Lundby', 'Örgryte-Härlanda', 'Östra Göteborg'

PLACEMENTS = []


def P(key, employer, workplace, address, district, title, description, ssyk, sni, capacity, min_age, trains,
      kinds, conds, open=True, dates=None, org=True):
    PLACEMENTS.append(dict(
        key=key, employer=employer, workplace=workplace, address=address, district=district, title=title,
        description=description, ssyk=ssyk, sni=sni, capacity=capacity, min_age=min_age,
        trains=[TRAINS[t] for t in trains.split()], kinds=kinds.split(), conds=conds.split(), open=open,
        dates=dates, org=org))


# ---------------------------------------------------------------- food, cafés, restaurants
P('disk_lunch', 'Lunchmatsalen Tallrikskanten AB', 'Tallriken', 'Magasinsgatan 14, 411 18 Göteborg', CE,
  'Disk',
  'Lunchrushen 11-14 är det full rulle i disken, sen lugnar det sig. Stående jobb, blött och varmt. '
  'Vi är ett gäng på sex pers i köket.',
  '9412', 'I', 2, 16, 'coop norms', 'mat/disk', 'stress team inne rorelse rutin')
P('kock_kvall', 'Bistro Ankarkättingen', 'Bistro Ankarkättingen', 'Andra Långgatan 21, 413 28 Göteborg', ML,
  'Kocklärling kvällar',
  'Tis-lör 16-23. Du preppar, hackar lök, lär dig grunderna i såser och står med vid spisen när det är '
  'fullsatt. Högt tempo och högt i tak (bokstavligen, det är LJUDIGT).',
  '5120', 'I', 1, 16, 'coop learn norms', 'mat/kok', 'kvall stress team ljud inne handerna')
P('frukost_hotell', 'Hotell Kajskjul 8 AB', 'Hotell Kajskjulet', 'Lindholmsallén 12, 417 55 Göteborg', LU,
  'Frukostvärd',
  'Start 05.30. Duka upp buffén, fylla på, torka bord och småprata med gäster från hela världen, mycket '
  'engelska. Klart vid 11.',
  '9412', 'I', 2, 16, 'com lang norms', 'mat/servering hotell/frukost', 'tidigt kunder rorelse inne rutin sprak')
P('pizza', 'Pizzeria Fratelli Vårväder', 'Pizzeria Fratelli Vårväder', 'Vårväderstorget 3, 418 32 Göteborg', VH,
  'Pizzabagare (praktik)',
  'Degen görs på förmiddagen, sen är det kavla, toppa, in i ugnen. Telefonen ringer hela tiden fre-lör '
  'kvällar. Lite kassa också.',
  '9411', 'I', 1, 16, 'coop com', 'mat/pizza mat/snabbmat', 'kvall stress kunder handerna inne')
P('bageri_tidigt', 'Surdegsbageriet Jäskorgen', 'Jäsningen bageri', 'Björcksgatan 40, 416 52 Göteborg', OH,
  'Bagare – tidiga mornar',
  'Vi börjar kl 04!! Väga upp mjöl, forma bullar, baka ut surdegsbröd och pensla kanellängder. Lugnt och '
  'fokuserat innan butiken öppnar 07.',
  '7612', 'C', 1, 16, 'num norms', 'mat/bageri', 'tidigt lugnt handerna noggrant inne')
P('barista_rush', 'Espressobaren Morgonkön', 'Bönbaren', 'Kyrkogatan 33, 411 08 Göteborg', CE,
  'Barista 07-10',
  'Pendlarna vill ha sin latte NU. Högt tempo, kö ut på trottoaren. Du lär dig mjölkskumning och latte art '
  'när det lugnar ner sig.',
  '5132', 'I', 1, 16, 'com norms', 'mat/barista mat/cafe', 'tidigt stress kunder inne')
P('skolkok', 'Skolmåltider Litteraturgatan AB', 'Skolrestaurangen Litteraturgatan', 'Litteraturgatan 18, 422 48 Hisings Backa', NH,
  'Köksbiträde skolrestaurang',
  'Ca 600 portioner om dagen. Skära grönsaker, fylla salladsbaren, diska brickor. Börjar 06.30, slutar 15. '
  'Samma rutin varje dag, schysst gäng.',
  '9412', 'I', 3, 16, 'norms coop res', 'mat/storkok mat/disk', 'tidigt rutin team inne')
P('foodtruck', 'Tacovagnen Salsaverde HB', 'Tacovagnen', 'Järnmalmsgatan 5, 417 07 Göteborg', LU,
  'Streetfood-vagn',
  'Vi står på olika ställen: marknader, festivaler, lunchplatser. Ute i alla väder, resa tältet, sälja, '
  'laga tacos i en trång vagn. Sommaren = galet.',
  '9411', 'I', 2, 16, 'coop com init', 'mat/snabbmat', 'ute kunder stress variation',
  dates=('2027-04-19', '2027-08-27'))
P('bar_barback', 'Cocktailbaren Blylodet', 'Lodet', 'Andra Långgatan 44, 413 27 Göteborg', ML,
  'Barback',
  'Fylla kylar, bära back, polera glas och tömma disken bakom baren. Fre-lör till 02. Du måste vara 18.',
  '5132', 'I', 1, 18, 'coop norms', 'mat/bar', 'kvall stress tungt ljud team')
P('servering_sjo', 'Sjökrogen Långedragsbryggan', 'Sjöboden', 'Långedragsvägen 94, 426 71 Västra Frölunda', VG,
  'Servitör/servitris',
  'Fisk- och skaldjursrestaurang vid havet. Ta beställningar, bära tallrikar, duka om. Hektiskt på sommaren, '
  'lugnare vardagar på vintern. Engelska är ett plus.',
  '5131', 'I', 2, 16, 'com lang coop', 'mat/servering', 'kunder rorelse team sprak')
P('kallskank', 'Smörgåstårtsköket Högsbo', 'Köket i Högsbo', 'August Barks gata 9, 421 32 Västra Frölunda', AF,
  'Kallskänka',
  'Smörgåstårtor, plockmat och sallader till företag. Mycket pilligt med garnering, vi jobbar i ett kallt kök. '
  'Leveranser tidigt på morgonen.',
  '5120', 'I', 1, 16, 'res norms', 'mat/kallskank mat/kok mat/catering', 'tidigt noggrant handerna inne team')
P('glassfabrik', 'Glasspinnefabriken Exportgatan AB', 'Frostvik produktion', 'Exportgatan 31, 422 46 Hisings Backa', NH,
  'Maskinoperatör glass',
  'Produktionslina för glasspinnar. Övervaka maskinen, byta förpackningsrullar, kvalitetskoll. Kallt, '
  'skift 06-14.30, hörselskydd.',
  '8162', 'C', 2, 16, 'norms crit', 'mat/industri industri/livsmedel', 'tidigt ljud rutin inne')
P('chark', 'Charkuteriet Slakthusgatan', 'Charken', 'Slakthusgatan 11, 415 02 Göteborg', OG,
  'Chark & deli',
  'Stycka, mala, göra egen korv. Ibland står du vid disken och väger upp åt kunder. Kallt, vassa knivar, '
  'noggrannhet är A och O.',
  '7611', 'C', 1, 16, 'norms num', 'mat/chark', 'noggrant handerna inne', open=False)
P('museikafe', 'Kafé Spinnrocken', 'Kaféet på Spinneriet', 'Gamlestadsvägen 4, 415 11 Göteborg', OG,
  'Kafébiträde museum',
  'Litet kafé i en museibyggnad. Baka morotskaka, brygga kaffe, ta betalt. Vardagar är det rätt lugnt, '
  'mest pensionärer och skolklasser.',
  '9413', 'I', 1, 15, 'com res', 'mat/cafe', 'lugnt kunder inne')
P('alacarte', 'Restaurang Gråsparven', 'Oxhagen', 'Sprängkullsgatan 7, 411 23 Göteborg', CE,
  'Kök',
  'À la carte, 40 platser. Lära dig filéa fisk, koka fond, lägga upp snyggt. Mkt att lära för den som vill bli kock.',
  '5120', 'I', 1, 16, 'learn coop', 'mat/kok', 'kvall team handerna noggrant inne', open=False)

# ---------------------------------------------------------------- shops
P('pafyllning_tidig', 'Tuve Närlivs Storköp AB', 'Storköp Tuve', 'Tuvevägen 40, 417 42 Göteborg', NH,
  'Varupåfyllning tidig morgon',
  '06-10 innan och när butiken öppnar. Packa upp frukt & grönt och mejeri, datummärka. Du jobbar mest själv '
  'med vagnen, få kunder.',
  '9332', 'G', 2, 15, 'res init', 'butik/dagligvaror butik/pafyllning', 'tidigt ensam fa_folk rutin rorelse')
P('kassa_tuve', 'Tuve Närlivs Storköp AB', 'Storköp Tuve', 'Tuvevägen 40, 417 42 Göteborg', NH,
  'Kassa',
  'Kassa och hjälp vid självscanningen. Massor av kunder, mycket prat, lördagar är det fullt ös.',
  '5230', 'G', 2, 16, 'com num', 'butik/kassa butik/dagligvaror', 'kunder stress inne helg')
P('mode', 'Modehuset Knapphål AB', 'Stil & Sånt Kungsgatan', 'Kungsgatan 38, 411 19 Göteborg', CE,
  'Butikssäljare mode',
  'Hjälpa kunder i provrummen, vika, plocka fram nyheter, kassa. Vi vill ha nån med koll på trender 🔥',
  '5223', 'G', 2, 16, 'com init', 'butik/klader', 'kunder inne')
P('lopbutik', 'Löparskobutiken Redbergsplatsen', 'Löparboden', 'Redbergsvägen 12, 416 65 Göteborg', OH,
  'Sportbutik löpning',
  'Vi säljer löparskor och hjälper kunder hitta rätt sko med löpanalys på bandet (löpbandet alltså). '
  'Springer du själv är det ett plus.',
  '5223', 'G', 1, 16, 'com learn', 'butik/sport sport', 'kunder inne')
P('antikvariat', 'Antikvariat Hundöronen', 'Bokmalen', 'Haga Nygata 17, 411 22 Göteborg', CE,
  'Antikvariat',
  'Sortera inköpta böcker, sätta pris, registrera i webbshopen. Det är tyst och dammigt och det kommer '
  'några kunder i timmen.',
  '5223', 'G', 1, 15, 'lit dig crit', 'butik/bok kultur/bok', 'lugnt tyst noggrant inne dator')
P('djurbutik', 'Zoo-boden Selma', 'Djurboden', 'Selma Lagerlöfs torg 4, 422 47 Hisings Backa', NH,
  'Djuraffär',
  'Mata fiskar och smådjur (möss, kaniner, ormar..), städa burar, hjälpa kunder med foder och tillbehör.',
  '5223', 'G', 2, 15, 'com res', 'butik/djur djur/smadjur', 'kunder djur inne')
P('jarnhandel', 'Järnhandeln Spiklådan Askim AB', 'Järn & Spik', 'Bäckstensgatan 3, 436 43 Askim', AF,
  'Järnhandel',
  'Skruv, färg, verktyg. Kunderna är mest hantverkare som vet vad de vill ha, du ska hitta det. '
  'Tunga säckar på lagret.',
  '5223', 'G', 1, 16, 'com res', 'butik/jarn', 'kunder')
P('florist', 'Blomsterbinderiet Kornvallmo', 'Vallmo', 'Mariaplan 5, 414 71 Göteborg', ML,
  'Florist-praktik',
  'Binda buketter, ta hand om snittblommor (kallt rum!), plocka ihop kransar till begravningar. '
  'Lördagar mycket kunder.',
  '5223', 'G', 1, 15, 'com res', 'butik/blommor hantverk/blommor', 'kunder handerna kreativ helg inne')
P('secondhand', 'Insamlingsföreningen Ny Ägare', 'Andra Chansen second hand', 'Angereds torg 11, 424 65 Angered', AN,
  'Second hand',
  'Sortera skänkta kläder och prylar, prismärka, ställa ut i butiken. Ta emot gåvor vid baksidan. '
  'Alla är välkomna hos oss.',
  '5223', 'G', 3, 15, 'res coop', 'butik/secondhand', 'rorelse variation team inne')
P('apotek', 'Apoteket Kamomillen Tynnered', 'Apotek Solrosen', 'Briljantgatan 19, 421 49 Västra Frölunda', VG,
  'Apotek',
  'Packa upp leveranser, fylla på egenvård, hjälpa till vid utlämning. Tystnadsplikt och noggrannhet.',
  '5227', 'G', 1, 16, 'norms crit', 'butik/apotek', 'kunder noggrant inne')
P('optik', 'Optik Skalmen Vasagatan', 'Synvinkeln', 'Vasagatan 24, 411 24 Göteborg', CE,
  'Optikerassistent',
  'Slipa glas och montera i bågar i verkstaden, justera skalmar och ta emot kunder i butiken.',
  '5224', 'G', 1, 16, 'com crit', 'butik/optik', 'kunder noggrant handerna inne')
P('mack', 'Tuvevägens Drivmedel & Kiosk', 'Tuvevägens Drivmedel & Kiosk', 'Tuvevägen 101, 417 47 Göteborg', NH,
  'Servicebiträde mack',
  'Korv, kaffe, kassa och skötsel av tvätthallen. Kvällspass till 22 ibland.',
  '5225', 'G', 2, 16, 'com norms', 'butik/bensin', 'kunder kvall variation')
P('torghandel', 'Frukt-Olles Torgstånd Kortedala', 'Kortedala torg', 'Kortedala torg 1, 415 24 Göteborg', OG,
  'Torghandel frukt',
  'Bygga stånd kl 06.30, bära lådor, sälja frukt och ropa ut dagens pris. Ute året runt, ta med varma kläder.',
  '9520', 'G', 1, 15, 'com num', 'butik/torg', 'ute tidigt kunder tungt')
P('kajakuthyrning', 'Paddelboden Långedrag', 'Kajakcentralen', 'Långedragsvägen 120, 426 76 Västra Frölunda', VG,
  'Uthyrning kajak & SUP',
  'Hyra ut kajaker och SUP-brädor, hjälpa folk i och ur, spola av, laga paddlar. Sommarjobbsvibbar.',
  '5226', 'N', 2, 15, 'com lang', 'butik/uthyrning sport/friluft', 'ute kunder rorelse',
  dates=('2027-05-10', '2027-08-20'))
P('musikbutik', 'Musikaffären Plektrumet', 'Musikaffären Plektrumet', 'Storgatan 15, 411 38 Göteborg', CE,
  'Musikaffär',
  'Byta strängar, stämma gitarrer, sälja plektrum och förstärkare. Spelar du nåt själv är det perfekt.',
  '5223', 'G', 1, 16, 'com learn', 'butik/musik kultur/musik', 'kunder handerna inne')
P('mobilrep', 'Skärmdoktorn Angereds torg', 'Fixa Skärmen', 'Angereds torg 5, 424 65 Angered', AN,
  'Mobilreparation',
  'Byta skärmar och batterier på mobiler, felsöka laddportar. Pilligt! Kunderna lämnar och hämtar vid disken.',
  '7420', 'S', 1, 16, 'ps crit', 'teknik/elektronik', 'noggrant handerna inne')
P('leksak', 'Leksaksladan Frölunda torg', 'Lekhörnan', 'Frölunda torg 10, 421 42 Västra Frölunda', AF,
  'Leksaksbutik',
  'Packa upp, prismärka och hjälpa föräldrar hitta rätt present. Mycket barnfamiljer på helgerna.',
  '5223', 'G', 2, 15, 'com res', 'butik/leksaker', 'kunder barn helg inne', open=False)

# ---------------------------------------------------------------- warehouse, post, transport
P('plock_ehandel', 'Paketfabriken Hisings Backa AB', 'Lager Importgatan', 'Importgatan 22, 422 46 Hisings Backa', NH,
  'Plock & pack',
  'E-handelslager, scanner i handen. Tempot mäts per timme och i november går det undan. Stå och gå hela dagen.',
  '4322', 'H', 3, 16, 'res norms', 'lager/plock', 'stress rorelse rutin inne team')
P('truck_paket', 'Paketfabriken Hisings Backa AB', 'Lager Importgatan', 'Importgatan 22, 422 46 Hisings Backa', NH,
  'Truck',
  'Köra motviktstruck och plocktruck, lasta in och ut pallar. Truckkort fixar vi. 18 år.',
  '8344', 'H', 1, 18, 'norms res', 'lager/truck', 'rutin ljud inne')
P('forrad_sjukhus', 'Förbrukningsförrådet Högsbo AB', 'Centralförrådet Högsbo', 'J A Wettergrens gata 14, 421 30 Västra Frölunda', AF,
  'Förråd',
  'Vi levererar förbrukningsmaterial till vårdcentraler. Plocka beställningar i lugn takt, kolla mot listan, '
  'köra vagn. Mest själv.',
  '4322', 'H', 1, 16, 'plan crit', 'lager/plock', 'lugnt ensam noggrant rutin inne')
P('postsortering', 'Brevduvan Postutdelning AB', 'Sorteringen Gamlestaden', 'Marieholmsgatan 30, 415 02 Göteborg', OG,
  'Postsortering',
  'Sortera brev och paket innan bilarna går ut. 05-09. Samma sak varje dag, vilket vissa gillar 🙂',
  '4420', 'H', 3, 16, 'norms res', 'lager/post', 'tidigt rutin inne', open=False)
P('brevbarare', 'Brevduvan Postutdelning AB', 'Utdelning Västra Hisingen', 'Långströmsgatan 20, 418 70 Göteborg', VH,
  'Brevbärare på elcykel',
  'Dela ut post i Biskopsgården på elcykel. Ute i alla väder, själv på din runda. Start 07.',
  '4420', 'H', 2, 16, 'norms plan', 'transport/utdelning post', 'ute tidigt rorelse ensam')
P('tidningsbud', 'Gryningsbudet Tidningsdistribution AB', 'Distrikt Askim', 'Klangfärgsgatan 12, 426 52 Västra Frölunda', AF,
  'Tidningsbud',
  '03.30-06.00, sju dagar i veckan (du väljer pass). Tyst stad, bara du och tidningarna.',
  '9621', 'H', 2, 15, 'norms plan', 'transport/utdelning', 'ute tidigt ensam rorelse tyst')
P('flytt', 'Flyttkartongen Hisingen AB', 'Flyttgubbarna', 'Transportgatan 19, 422 46 Hisings Kärra', NH,
  'Flytthjälp',
  'Bära möbler, packa kartonger, köra runt i stan. Tungt!! Nya kunder varje dag, alltid två och två.',
  '9332', 'H', 2, 16, 'coop plan', 'transport/flytt', 'tungt team variation rorelse')
P('hamn', 'Trailerterminalen Lundbystrand AB', 'RoRo-terminalen', 'Lundbystrand 3, 417 05 Göteborg', LU,
  'Hamnarbetare',
  'Surra last, vinka in trailers, jobba i lag på kajen. Skyddsutrustning, skift och det blåser. 18+.',
  '9331', 'H', 2, 18, 'coop norms', 'transport/hamn', 'ute tungt team ljud', open=False)
P('matros', 'Färjerederiet Hönsholmen AB', 'Färjeläget Saltholmen', 'Långedragsvägen 150, 426 76 Västra Frölunda', VG,
  'Däcksman på färjan',
  'Förtöja, hjälpa resenärer med barnvagnar och cyklar på däck, hålla rent ombord. Ute i blåsten hela dagarna. 18 år.',
  '8350', 'H', 1, 18, 'coop norms', 'transport/sjofart', 'ute kunder rorelse team')
P('matbud', 'Matbudet Trampkraft AB', 'Matbudet', 'Wieselgrensplatsen 8, 417 17 Göteborg', LU,
  'Matbud elcykel',
  'Leverera mat från restauranger på elcykel. Själv, ute, stressigt på fredagskvällar.',
  '8329', 'H', 3, 16, 'norms plan', 'transport/bud', 'ute ensam stress rorelse kvall')
P('avc', 'Återbruket Orrekulla AB', 'Återvinningscentralen Kärra', 'Orrekulla industrigata 40, 425 36 Hisings Kärra', NH,
  'ÅVC',
  'Visa besökare rätt container, sortera skrot och elektronik, köra undan. Ute hela dagen.',
  '9610', 'E', 2, 16, 'com res', 'miljo/atervinning', 'ute kunder tungt rorelse')
P('sparvagnstvatt', 'Vagnvården Kviberg AB', 'Vagnhallen Kviberg', 'Kvibergsvägen 9, 415 05 Göteborg', OG,
  'Tvätta spårvagnar natt',
  'Invändig städning och tvätt av spårvagnar i vagnhallen 22-06. Du och en kollega, ingen stress.',
  '9120', 'N', 2, 16, 'norms res', 'service/stad fordon/tvatt', 'kvall lugnt inne rutin', open=False)

# ---------------------------------------------------------------- vehicles and boats
P('bilverkstad', 'Bilverkstaden Oljestickan Björlanda AB', 'Verkstaden', 'Björlandavägen 140, 417 29 Göteborg', VH,
  'Bilverkstad',
  'Service, oljebyten, bromsar. Du jobbar bredvid en mekaniker i verkstaden. Skitigt och härligt.',
  '7231', 'G', 2, 16, 'ps learn', 'fordon/bil', 'handerna smuts team ljud inne')
P('dackbyte', 'Däckhotellet Exportgatan', 'Däckpoolen', 'Exportgatan 8, 422 46 Hisings Backa', NH,
  'Däckskifte vår',
  'Byta däck på löpande band i sex veckor. Tunga hjul, högt tempo, kö av bilar.',
  '8213', 'G', 3, 16, 'coop norms', 'fordon/dack', 'stress tungt team ljud',
  dates=('2027-03-22', '2027-04-30'))
P('cykelverkstad', 'Kedjeklinken Cykelverkstad', 'Cykelkliniken', 'Linnégatan 60, 413 08 Göteborg', ML,
  'Cykelverkstad',
  'Laga punkor, justera växlar, bygga ihop nya cyklar. Lugnt på vintern, fullt på våren.',
  '7231', 'G', 1, 15, 'ps learn', 'fordon/cykel', 'handerna noggrant inne')
P('batvarv', 'Båtvarvet Kölsvinet AB', 'Båtvarvet', 'Nya Varvsallén 18, 426 71 Västra Frölunda', VG,
  'Båtvarv',
  'Vinterförvaring och motorservice på fritidsbåtar. Slipa botten, byta impeller, hjälpa till vid '
  'sjösättning. Ute och inne.',
  '7231', 'S', 2, 16, 'ps res', 'fordon/bat', 'handerna smuts variation ute')
P('bilrekond', 'Vaxglans Högsbo Bilvård', 'Glansen', 'Victor Hasselblads gata 11, 421 31 Västra Frölunda', AF,
  'Bilrekond',
  'Handtvätt, polering, invändig rengöring. Noggrant jobb, vi ser varje fläck.',
  '9120', 'S', 2, 16, 'norms res', 'fordon/rekond fordon/tvatt', 'noggrant handerna rutin')
P('billack', 'Sprutboxen Billack Sisjö', 'Lackstudion', 'E A Rosengrens gata 6, 421 31 Västra Frölunda', AF,
  'Billackerare',
  'Maskera, slipa, spruta. Du får lära dig förbehandla innan vi lackar i boxen. Mask och overall.',
  '7132', 'G', 1, 16, 'norms learn', 'fordon/lack', 'noggrant handerna smuts inne', open=False)
P('moped', 'Moppeverkstan Hammarkulletorget', 'Mopedgaraget', 'Hammarkulletorget 62, 424 31 Angered', AN,
  'Moppe & MC',
  'Skruva på mopeder och lättviktare. Förgasare, kedjor, däck. Häng med, vi lär dig.',
  '7231', 'G', 1, 15, 'ps learn', 'fordon/moped', 'handerna smuts inne')

# ---------------------------------------------------------------- building
P('snickare', 'Hisingens Bygg & Montage AB', 'Bygget Eriksberg', 'Eriksbergstorget 2, 417 64 Göteborg', LU,
  'Snickare lärling-vibe',
  'Regla väggar, sätta gips, bygga trall. Nytt bygge varje månad, ute och inne, alltid i lag.',
  '7111', 'F', 2, 16, 'coop num', 'bygg/snickare', 'variation team tungt handerna ute')
P('betong', 'Hisingens Bygg & Montage AB', 'Bygget Eriksberg', 'Eriksbergstorget 2, 417 64 Göteborg', LU,
  'Betong',
  'Bära armering, hjälpa till vid gjutning. Tungt, blött och ute.',
  '7113', 'F', 2, 16, 'coop norms', 'bygg/betong', 'ute tungt team smuts')
P('stallning', 'Hisingens Bygg & Montage AB', 'Ställningsavdelningen', 'Transportgatan 33, 425 36 Hisings Kärra', NH,
  'Ställning',
  'Resa och riva fasadställningar. Höga höjder, bära rör, ute. 18 år.',
  '7116', 'F', 2, 18, 'coop norms', 'bygg/stallning', 'ute hojd tungt team')
P('basen_skugga', 'Hisingens Bygg & Montage AB', 'Platskontoret Eriksberg', 'Eriksbergstorget 2, 417 64 Göteborg', LU,
  'Skugga basen',
  'Följ arbetsledaren på bygget en vecka: morgonmöten, leveranser, ritningar, skyddsronder. Hjälm på.',
  '3121', 'F', 1, 16, 'plan com crit', 'bygg/ledning', 'variation dator')
P('plattsattare', 'Plattsättarna Fogbruket Kortedala', 'Kakel & Klinker', 'Aprilgatan 12, 415 27 Göteborg', OG,
  'Plattsättare',
  'Badrum i villor och lägenheter. Lägga plattor, foga, mäta och kapa. På knä mycket, noggrant.',
  '7112', 'F', 1, 16, 'num res', 'bygg/plattsattning', 'noggrant handerna inne')
P('markarbete', 'Markläggarna Kullersten AB', 'Markgruppen', 'Sommarvädersgatan 2, 418 34 Göteborg', VH,
  'Markarbete',
  'Lägga gatsten och plattor på gårdar, skotta grus, köra skottkärra. Alltid ute.',
  '7114', 'F', 2, 16, 'coop res', 'bygg/mark', 'ute tungt team')
P('tak', 'Takläggarna Nockpannan', 'Takteamet', 'Transportgatan 41, 425 36 Hisings Kärra', NH,
  'Tak',
  'Lägga om tak på villor. Fallskydd, stege, mkt bärande. 18.',
  '7121', 'F', 1, 18, 'coop norms', 'bygg/tak', 'ute hojd tungt team', open=False)
P('golv', 'Golvslipargänget Fiskbenet AB', 'Parkettgänget', 'Olskroksgatan 8, 416 66 Göteborg', OH,
  'Golvläggare',
  'Slipa och lacka parkett, lägga nya golv. Dammigt och högljutt när maskinen går, du får hörselskydd.',
  '7122', 'F', 1, 16, 'res learn', 'bygg/golv', 'handerna noggrant ljud inne')
P('inramning', 'Gulddeckel Ramverkstad', 'Ramverkstaden', 'Sankt Sigfridsgatan 10, 412 66 Göteborg', OH,
  'Inramning & glas',
  'Skära glas och passepartout, sätta ihop ramar till tavlor och affischer. Lugn verkstad, radion på.',
  '7124', 'S', 1, 16, 'num res', 'hantverk/inramning', 'lugnt noggrant handerna inne ensam')
P('vvs', 'Rörfirman Blandarbytet Gårdsten', 'VVS-Kompaniet', 'Gårdstensvägen 8, 424 41 Angered', AN,
  'VVS-montör',
  'Byta blandare, dra rör i badrum, felsöka läckor hemma hos kunder. Varje dag ett nytt ställe.',
  '7125', 'F', 2, 16, 'ps com', 'bygg/vvs', 'variation handerna kunder inne')
P('malare', 'Måleriet Rollern & Penseln', 'Målerifirman', 'Stockholmsgatan 18, 416 70 Göteborg', OH,
  'Målare',
  'Måla om trapphus och lägenheter: spackla, slipa, tejpa, rolla. Inne hela vintern. Inga tavlor här 😉',
  '7131', 'F', 2, 16, 'res norms', 'bygg/malare', 'handerna noggrant inne team')
P('elektriker', 'Elfirman Säkringen Björlanda AB', 'Elfixarna', 'Björlandavägen 60, 417 29 Göteborg', VH,
  'Elektriker lärling',
  'Dra kabel, montera uttag och belysning i nybyggda radhus. Du följer en elektriker hela dagen.',
  '7411', 'F', 2, 16, 'ps num', 'bygg/el', 'handerna noggrant team inne')
P('byggstad', 'Byggstädarna Skottkärran AB', 'Byggstäd', 'Hjällbovägen 30, 424 37 Angered', AN,
  'Grovarbetare',
  'Bära bort byggavfall, städa byggarbetsplatser, hjälpa snickarna. Inget krångel, bara jobb.',
  '9310', 'F', 3, 16, 'coop norms', 'bygg/grovarbete', 'tungt rutin smuts')

# ---------------------------------------------------------------- crafts and workshops
P('tapetserare', 'Tapetserarverkstaden Sammetsstolen', 'Sammet', 'Slottsskogsgatan 40, 414 54 Göteborg', ML,
  'Tapetserare',
  'Klä om stolar och soffor: riva gammalt, sy, spänna tyg, häfta. Lugn verkstad.',
  '7533', 'S', 1, 16, 'res learn', 'hantverk/tapetserare hantverk/textil', 'lugnt handerna noggrant inne')
P('skomakare', 'Klack och Nyckelbaren Östra Hamngatan', 'Klack & Nyckel', 'Östra Hamngatan 20, 411 09 Göteborg', CE,
  'Skomakeri',
  'Klacka skor, putsa kängor, slipa nycklar och sätta batterier i klockor. Kunderna står i kö på lunchen.',
  '7534', 'S', 1, 16, 'com res', 'hantverk/sko', 'kunder handerna')
P('andringsskraddare', 'Ändringsateljén Sömrippan', 'Ändra & Sy', 'Frölunda torg 3, 421 42 Västra Frölunda', AF,
  'Ändringsskrädderi',
  'Korta byxor, byta blixtlås, klippa och sy om. Symaskinen går hela dagen. Tyst och lugnt.',
  '7531', 'S', 1, 16, 'res crit', 'hantverk/textil hantverk/skraddare', 'lugnt tyst noggrant handerna inne')
P('fiol', 'Stråke & Stall Fiolverkstad', 'Stråke & Stall Fiolverkstad', 'Allmänna vägen 9, 414 60 Göteborg', ML,
  'Fiolbyggare',
  'Reparera fioler och cellon, lacka, byta stall och strängar. Väldigt tyst, väldigt pilligt.',
  '7319', 'S', 1, 16, 'res crit', 'hantverk/instrument kultur/musik', 'tyst lugnt noggrant handerna ensam inne')
P('smedja', 'Ässjan Konstsmide Gunnilse', 'Smedjan', 'Rannebergsvägen 2, 424 71 Angered', AN,
  'Smedja',
  'Konstsmide: grindar, räcken, ljusstakar. Varmt vid ässjan, tungt, högljutt. Om du gillar eld.',
  '7221', 'C', 1, 16, 'res learn', 'hantverk/smide', 'tungt handerna ljud inne')
P('tryckeri', 'Screentryckeriet Rakeln', 'Tryckpressen', 'Bäckstensgatan 11, 421 30 Västra Frölunda', AF,
  'Tryck',
  'Screentryck på t-shirts och tygkassar för föreningar och band. Blanda färg, tryck, torka, vika, packa.',
  '7322', 'C', 2, 16, 'res crit', 'hantverk/tryck', 'handerna kreativ rutin inne')
P('bokbinderi', 'Bokbinderi Falsbenet', 'Bokbinderiet', 'Djurgårdsgatan 14, 414 62 Göteborg', ML,
  'Bokbinderi',
  'Binda in uppsatser, laga gamla böcker, limma och pressa. Tyst och lugnt.',
  '7323', 'C', 1, 16, 'res crit', 'hantverk/bokbinderi', 'tyst lugnt noggrant handerna inne')

# ---------------------------------------------------------------- industry
P('cnc', 'Svarveriet Hundradelen AB', 'Verkstaden', 'E A Rosengrens gata 20, 421 31 Västra Frölunda', AF,
  'CNC-operatör',
  'Ställa och köra CNC-svarv, mäta detaljer med skjutmått på hundradels mm. Hörselskydd.',
  '7223', 'C', 1, 16, 'num crit', 'industri/cnc', 'noggrant ljud inne rutin')
P('svets', 'Svetsverkstaden Ringö Balk AB', 'Svetshallen', 'Järnmalmsgatan 30, 417 07 Göteborg', LU,
  'Svets',
  'MIG-svetsa balkar och trappräcken. Skyddsutrustning, gnistor, buller. Måste vara 18.',
  '7212', 'C', 1, 18, 'norms learn', 'industri/svets', 'handerna ljud tungt inne')
P('elektronikmontage', 'Lödkolven Elektronik AB', 'Monteringen', 'August Barks gata 22, 421 32 Västra Frölunda', AF,
  'Elektronikmontör',
  'Löda kretskort och bygga ihop styrenheter vid ett bord. Sittande, lupp, lugnt.',
  '8212', 'C', 2, 16, 'crit num', 'industri/montering industri/elektronik', 'noggrant sitta lugnt inne handerna')
P('julkorgar', 'Presentkorgsfabriken Högsbo', 'Packlokalen Högsbo', 'J A Wettergrens gata 3, 421 30 Västra Frölunda', AF,
  'Packa julkorgar',
  'Packa presentkorgar till företag inför jul. Glatt gäng, julmusik, samma sak hela dagen.',
  '9320', 'C', 3, 15, 'coop res', 'industri/packning', 'rutin team inne',
  dates=('2026-12-07', '2026-12-22'))
P('tvatteri', 'Tvätteriet Manglaren AB', 'Tvätteriet', 'Marieholmsgatan 12, 415 02 Göteborg', OG,
  'Tvätteri',
  'Stryka skjortor i press, vika lakan från hotell, packa. Varmt och rutin.',
  '8151', 'S', 2, 16, 'norms res', 'industri/tvatteri', 'rutin inne', open=False)
P('underhall', 'Fläktfabriken Gamlestaden AB', 'Fabriken', 'Gamlestadsvägen 30, 415 11 Göteborg', OG,
  'Underhållsmekaniker',
  'Hjälpa underhållsteamet: byta lager, smörja, felsöka när linan står. Aldrig samma dag.',
  '7233', 'C', 1, 16, 'ps crit', 'industri/underhall', 'variation handerna team ljud smuts')
P('tvalkokeri', 'Tvålkokeriet Såpbubblan', 'Tvålkokeriet', 'Kortedala torg 9, 415 24 Göteborg', OG,
  'Tvålkokeri',
  'Blanda, gjuta och skära tvål för hand, slå in och skicka webbordrar. Doftar gott, lugnt tempo.',
  '8132', 'C', 1, 15, 'res crit', 'industri/kemi hantverk/tval', 'lugnt handerna rutin inne')
P('hyttlina', 'Hyttmontage Torslanda AB', 'Hyttfabriken', 'Torslandavägen 300, 423 37 Torslanda', VH,
  'Monteringslina',
  'Montera detaljer i lastbilshytter på linan, takt var 6:e minut. Skift och team.',
  '8211', 'C', 3, 16, 'coop norms', 'industri/montering fordon/industri', 'stress rutin team ljud inne')
P('labb', 'Provrörslabbet Lindholmen AB', 'Labbet', 'Lindholmsallén 40, 417 55 Göteborg', LU,
  'Laboratorieassistent',
  'Ta emot vattenprover, märka, förbereda analyser och diska labbglas. Rutiner och skyddsrock.',
  '3212', 'M', 1, 16, 'crit norms', 'lab', 'noggrant rutin inne')

# ---------------------------------------------------------------- green work and animals
P('park', 'Grönskeservice Hagtornet AB', 'Parkdriften Majorna', 'Karl Johansgatan 100, 414 51 Göteborg', ML,
  'Parkarbetare',
  'Klippa gräs och häckar, rensa rabatter, plocka skräp. Ute i alla väder, i lag.',
  '6113', 'N', 3, 16, 'coop res', 'gront/park', 'ute rorelse tungt team')
P('golfbana', 'Grönskeservice Hagtornet AB', 'Golfbanan Sisjö', 'Sisjö Kullegata 1, 421 32 Västra Frölunda', AF,
  'Banskötsel golf',
  'Klippa greener från 05.30 innan spelarna kommer. Du kör själv på banan, väldigt lugnt.',
  '6113', 'R', 1, 16, 'norms res', 'gront/park', 'ute tidigt ensam lugnt')
P('vaxthus', 'Handelsträdgården Rymdtorget', 'Växthusen', 'Rymdtorget 20, 415 19 Göteborg', OG,
  'Växthus',
  'Skola om plantor, vattna, ta sticklingar. Varmt och lugnt, samma rutiner varje dag.',
  '6112', 'A', 2, 15, 'res learn', 'gront/vaxthus', 'lugnt rutin handerna inne')
P('gronsaker', 'Grönsakslådan Gunnilse Odlarlag', 'Odlingen', 'Rannebergsvägen 50, 424 71 Angered', AN,
  'Grönsaksodling',
  'Så, rensa ogräs, skörda och packa grönsakslådor. Ute hela dagarna, tidiga mornar på sommaren.',
  '6111', 'A', 3, 15, 'coop res', 'gront/odling', 'ute tidigt tungt team',
  dates=('2027-04-05', '2027-09-24'))
P('naturvardare', 'Stigbyggarna Delsjöskogen', 'Naturvårdslaget', 'Delsjövägen 5, 416 55 Göteborg', OH,
  'Naturvård',
  'Röja sly, bygga spänger, laga leder i skogen. Yxa och såg, fika vid elden.',
  '6210', 'A', 2, 16, 'coop res', 'gront/skog natur', 'ute tungt team variation', open=False)
P('stall', 'Kvibergs Ridsällskap Hovslaget', 'Stallet', 'Kvibergsvägen 40, 415 05 Göteborg', OG,
  'Stall',
  'Mocka boxar, fodra, släppa ut hästarna i hagen. Börjar 06.30. Tungt och härligt, hästintreserad är ett plus.',
  '6121', 'R', 2, 15, 'norms res', 'djur/hast', 'ute tidigt tungt djur')
P('hunddagis', 'Hunddagiset Blöta Tassen', 'Tassen', 'Aprilgatan 40, 415 27 Göteborg', OG,
  'Hunddagis',
  'Rasta, leka med och ta hand om 20 hundar. Skällande, blöta tassar, mycket skratt.',
  '6122', 'S', 2, 15, 'coop norms', 'djur/hund', 'djur ute rorelse ljud team')
P('hundtrim', 'Hundtrimmet Pälsboll', 'Pälsvården', 'Marconigatan 8, 421 44 Västra Frölunda', AF,
  'Hundfrisör',
  'Bada, föna, klippa och trimma hundar. Lugn salong, en hund i taget.',
  '6122', 'S', 1, 16, 'res norms', 'djur/hund djur/trim', 'djur lugnt noggrant handerna inne')
P('djurklinik', 'Smådjurskliniken Tynnered Tass & Klo', 'Djurkliniken', 'Briljantgatan 40, 421 49 Västra Frölunda', VG,
  'Djurklinik',
  'Hålla i djur vid undersökning, städa burar, diska instrument, ta emot oroliga djurägare.',
  '3240', 'M', 1, 16, 'com norms', 'djur/vet', 'djur kunder noggrant inne')
P('stadsgard', 'Stadsbondgården Hjällbogeten', 'Stadsbondgården', 'Hjällbovägen 90, 424 37 Angered', AN,
  'Stadsbondgård',
  'Getter, höns, kaniner och odlingslotter. Mata, mocka, visa barngrupper runt. Ute.',
  '6130', 'A', 2, 15, 'com coop', 'djur/lantbruk gront/odling', 'ute djur barn variation')
P('naturinventering', 'Fältbiologerna Fågelsträcket AB', 'Kontoret Örgryte', 'Örgrytevägen 20, 412 51 Göteborg', OH,
  'Naturinventering (assistent)',
  'Följ med biologen ut: räkna fåglar, fotografera växter, mata in i GIS. Tidiga mornar i fält.',
  '2132', 'M', 1, 16, 'crit dig', 'natur', 'ute tidigt noggrant ensam')
P('fiskebat', 'Räkfiske Fiskebäck Sofia HB', 'Fiskebäcks hamn', 'Långedragsvägen 2, 426 70 Västra Frölunda', VG,
  'Fiskebåt',
  'Följ med ut på räkfiske 04.00, sortera fångst, spola däck. Sjösjuka = inte kul. 18 år.',
  '6222', 'A', 1, 18, 'coop norms', 'natur/fiske djur/fisk', 'ute tidigt tungt team', open=False)

# ---------------------------------------------------------------- care and health
P('aldreboende_mat', 'Omsorgskooperativet Lindblomman', 'Solbackens äldreboende', 'Grevegårdsvägen 10, 421 61 Västra Frölunda', VG,
  'Vårdbiträde måltider',
  'Duka, servera och äta tillsammans med de boende, läsa tidningen högt, ta promenader. Ingen omvårdnad.',
  '5330', 'Q', 2, 16, 'com coop', 'vard/aldre', 'kunder lugnt inne')
P('hemtjanst', 'Omsorgskooperativet Lindblomman', 'Hemtjänsten Askim', 'Askims stationsväg 3, 436 40 Askim', AF,
  'Hemtjänst',
  'Besöka äldre i deras hem, handla, städa, hjälpa till med mat. Elcykel mellan besöken. 18 år.',
  '5321', 'Q', 2, 18, 'com norms', 'vard/hemtjanst vard/aldre', 'kunder rorelse variation ensam')
P('lss', 'Omsorgskooperativet Lindblomman', 'LSS-boendet Lärkan', 'Smaragdgatan 22, 421 58 Västra Frölunda', VG,
  'Boendestöd LSS',
  'Stötta vuxna med autism i vardagen: matlagning, tvätt, aktiviteter. Lugna rutiner. 18 år.',
  '5342', 'Q', 1, 18, 'com norms', 'vard/lss', 'rutin lugnt kunder inne')
P('assistans', 'Assistansbolaget Rullstolsvänner AB', 'Kund i Lundby', 'Polstjärnegatan 4, 417 62 Göteborg', LU,
  'Personlig assistent',
  'Assistera en kille på 22 som sitter i rullstol: gym, plugg, fotboll på tv. 18+, körkort plus.',
  '5343', 'Q', 1, 18, 'com coop', 'vard/assistans', 'variation kunder', open=False)
P('tandvard', 'Tandklinik Emaljen Södra Vägen', 'Kliniken', 'Södra Vägen 30, 412 54 Göteborg', CE,
  'Tandvårdsbiträde',
  'Diska och sterilisera instrument, fylla på i behandlingsrummen, ta emot patienter i receptionen.',
  '5349', 'Q', 1, 16, 'norms crit', 'vard/tand', 'noggrant rutin inne')
P('hvb', 'HVB-hemmet Tallkotten', 'Granen', 'Munkebäcksgatan 12, 416 81 Göteborg', OH,
  'HVB ungdom',
  'Behandlingsassistent på ett boende för killar 15-18: laga mat ihop, skjutsa, aktiviteter, kvällspass. 18+.',
  '3411', 'Q', 1, 18, 'com coop', 'vard/behandling ung', 'kunder kvall variation')
P('sjukhusvaktm', 'Internservice Kulvertgången AB', 'Sjukhustransporterna', 'Aschebergsgatan 44, 411 33 Göteborg', CE,
  'Sjukhusvaktmästare',
  'Köra sängar, post och prover mellan avdelningarna. Du går 2 mil om dagen i kulvertarna.',
  '9622', 'Q', 2, 16, 'plan norms', 'service/vaktmastare vard/service', 'rorelse variation inne')
P('massage', 'Knådfabriken Massage Tynnered', 'Knådan', 'Opaltorget 10, 426 69 Västra Frölunda', VG,
  'Massage',
  'Lära dig klassisk massage på kollegor, boka kunder, tvätta handdukar. Lugnt, dämpad musik.',
  '5143', 'S', 1, 16, 'com learn', 'skonhet/massage', 'lugnt kunder tyst inne')

# ---------------------------------------------------------------- hair and beauty
P('frisor', 'Salong Snedlugg', 'Salong Snedlugg', 'Linnégatan 22, 413 04 Göteborg', ML,
  'Frisör',
  'Tvätta hår, sopa, blanda färg, titta på när vi klipper. Prata med kunderna hela dagen.',
  '5141', 'S', 1, 16, 'com learn', 'skonhet/har', 'kunder handerna inne')
P('barberare', 'Barbershop Backa Blades', 'Backa Blades', 'Selma Lagerlöfs torg 8, 422 47 Hisings Backa', NH,
  'Barberare',
  'Skägg, maskinklippning och rakning med kniv. Drop-in hela dagen, musik på och snack med kunderna. '
  'Du börjar med att sopa och tvätta hår 😅',
  '5141', 'S', 1, 16, 'com norms', 'skonhet/har', 'kunder handerna inne')
P('flatning', 'Braids by Amal', 'Salongen i Hjällbo', 'Kanelgatan 2, 424 38 Angered', AN,
  'Flätning',
  'Flätor, braids, cornrows och locs. Du lär dig fläta och sköta bokningar i Insta. Timmar per kund!',
  '5141', 'S', 1, 15, 'com dig', 'skonhet/har', 'kunder handerna noggrant lugnt inne')
P('nagel', 'Nagelateljé Glitterfilen', 'Nagelbaren', 'Vegagatan 3, 413 09 Göteborg', ML,
  'Nagelstudio',
  'Fila, måla och göra nail art. Sitta nära kunden, mycket småprat.',
  '5149', 'S', 1, 16, 'com norms', 'skonhet/nagel', 'kunder noggrant sitta handerna inne')
P('tatuering', 'Bläckfisken Tattoo', 'Bläckfisken', 'Första Långgatan 12, 413 27 Göteborg', ML,
  'Tatueringsstudio',
  'Sköta bokningen, sterilisera, förbereda stationer och rita skisser. 18 år.',
  '5149', 'S', 1, 18, 'norms com', 'skonhet/tatuering', 'noggrant kreativ kunder inne')
P('hudvard', 'Hudvårdsstudion Porfin', 'Lyster', 'Kungsportsavenyen 21, 411 36 Göteborg', CE,
  'Hudvård',
  'Ansiktsbehandlingar, vaxning och försäljning av hudvård. Lugn miljö, mycket kundkontakt.',
  '5142', 'S', 1, 16, 'com learn', 'skonhet/hud', 'kunder lugnt inne', open=False)

# ---------------------------------------------------------------- children, school, youth
P('forskola', 'Förskolebolaget Polstjärnebarnen AB', 'Förskolan Polstjärnan', 'Polstjärnegatan 16, 417 62 Göteborg', LU,
  'Barnskötare',
  'Leka, läsa, följa med ut på gården, hjälpa till vid lunch och vila. 1-3-åringar, mycket skratt och snor.',
  '5311', 'P', 2, 16, 'com coop', 'barn/forskola', 'barn team ljud variation')
P('elevassistent', 'Hisingsskolorna Friskola AB', 'Eketrägatan skola', 'Eketrägatan 20, 418 38 Göteborg', VH,
  'Elevassistent',
  'Stötta elever i klassrummet och på rasterna, åk 4-6. Tålamod viktigast.',
  '5312', 'P', 2, 16, 'com coop', 'barn/skola', 'barn team inne')
P('fritids', 'Hisingsskolorna Friskola AB', 'Fritids Eketrägatan', 'Eketrägatan 20, 418 38 Göteborg', VH,
  'Fritids',
  'Eftermiddagar på fritids: spela fotboll, bygga kojor, pyssla, hämta mellis. Ute mycket.',
  '2342', 'P', 2, 16, 'coop init', 'barn/fritids', 'barn ute variation team')
P('it_skola', 'Hisingsskolorna Friskola AB', 'IT-rummet', 'Eketrägatan 20, 418 38 Göteborg', VH,
  'IT-support skola',
  'Fixa lärarnas datorer, byta skärmar, installera, lösa inloggningsstrul. Alla ropar på dig 😅',
  '3512', 'P', 1, 16, 'ps dig com', 'it/support', 'dator variation kunder')
P('fritidsgard', 'Ungdomsgården Pingisbordet', 'Tuben', 'Merkuriusgatan 4, 415 16 Göteborg', OG,
  'Fritidsgård',
  'Kvällar med tonåringar: pingis, fifa, laga mat, prata. Du ska vara en trygg vuxen, 18 år.',
  '3423', 'O', 2, 18, 'com coop', 'ung/fritidsgard', 'kvall kunder ljud variation')
P('fotbollsskola', 'BK Hjällbo Stjärnor', 'Hjällbovallen', 'Hjällbovägen 120, 424 37 Angered', AN,
  'Hjälptränare fotboll',
  'Hjälpa tränarna med 8-10-åringar tis och tors kväll. Sätta ut koner, köra övningar, peppa.',
  '3422', 'R', 3, 15, 'com coop', 'sport/tranare barn', 'ute barn kvall team')
P('kulturskola_kor', 'Hisingsbackens församling', 'Backa kyrka', 'Backavägen 2, 422 43 Hisings Backa', NH,
  'Barnkören',
  'Hjälpa kantorn med barnkören onsdagar: sjunga med, dela ut noter, hålla ordning. Spela piano? Plus.',
  '2652', 'S', 1, 15, 'com coop', 'kultur/musik barn', 'barn kvall')

# ---------------------------------------------------------------- sport, culture, media
P('bibliotek', 'Stadsdelsbiblioteket Aprilen', 'Biblioteket Aprilen', 'Kortedala torg 5, 415 24 Göteborg', OG,
  'Bibliotek',
  'Ställa upp böcker, plocka reservationer, hjälpa till på läxhjälpen och sagostunden.',
  '4410', 'R', 2, 15, 'lit com', 'kultur/bibliotek kultur/bok', 'lugnt tyst inne rutin')
P('museum', 'Kajmuseet i Majorna', 'Museet', 'Stigbergsliden 2, 414 63 Göteborg', ML,
  'Museum',
  'Hjälpa intendenten bygga en ny utställning: montrar, texter, föremål. Även guida skolklasser.',
  '2621', 'R', 1, 16, 'lit crit', 'kultur/museum', 'variation noggrant inne')
P('stadsguide', 'Stadsvandringar Kungsporten AB', 'Utgångspunkt Stora Teatern', 'Kungsportsavenyen 1, 411 36 Göteborg', CE,
  'Guide',
  'Guida turister genom stan på engelska (och tyska om du kan). Prata, gå, skämta. Ute.',
  '5113', 'N', 2, 16, 'com lang', 'kultur/guide turism', 'ute kunder sprak rorelse')
P('ljud_ljus', 'Kulturhuset Vårvädret', 'Stora scenen', 'Vårväderstorget 10, 418 32 Göteborg', VH,
  'Ljud & ljus',
  'Rigga mickar, kablar och strålkastare inför konserter och sköta mixerbordet tillsamans med teknikern. Kvällar.',
  '3522', 'R', 2, 16, 'ps coop', 'kultur/scenteknik kultur/musik', 'kvall ljud team handerna')
P('stagehand', 'Kulturhuset Vårvädret', 'Lastkajen', 'Vårväderstorget 10, 418 32 Göteborg', VH,
  'Stagehand',
  'Bära in och bygga upp scen, lasta ut efter showen. Tungt och sent.',
  '9332', 'R', 3, 16, 'coop norms', 'kultur/scenteknik', 'tungt kvall team')
P('biograf', 'Kulturhuset Vårvädret', 'Bion', 'Vårväderstorget 10, 418 32 Göteborg', VH,
  'Bio',
  'Sälja popcorn och biljetter, riva biljetter, städa salongen mellan filmerna.',
  '9622', 'R', 2, 15, 'com norms', 'kultur/bio', 'kunder kvall helg')
P('scenografi', 'Teater Tredje Ridån', 'Dekorverkstaden', 'Redbergsvägen 5, 416 65 Göteborg', OH,
  'Scenografi',
  'Måla kulisser, bygga rekvisita, snickra enkla väggar. Kreativt och stökigt.',
  '3432', 'R', 1, 16, 'ps res', 'kultur/scenografi kultur/konst', 'kreativ handerna inne')
P('fotostudio', 'Produktfotostudion Bländare 8 AB', 'Studion', 'Bäckstensgatan 20, 421 30 Västra Frölunda', AF,
  'Fotoassistent',
  'Produktbilder för e-handel: ljussätta, fota, retuschera i Photoshop. Lugnt och noggrant.',
  '3431', 'M', 1, 16, 'dig crit', 'media/foto', 'dator noggrant lugnt inne')
P('videoredigering', 'Redigeringsbyrån Tidslinjen AB', 'Redigeringen', 'Lindholmspiren 11, 417 56 Göteborg', LU,
  'Videoredigerare',
  'Klippa ihop intervjuer, lägga musik och text. Premiere. Sitta vid datorn i lugn miljö.',
  '3521', 'J', 1, 16, 'dig crit', 'media/video', 'dator sitta lugnt kreativ')
P('konstnarsateljé', 'Ateljé Blyertsstrecket', 'Ateljén', 'Plantagegatan 3, 413 05 Göteborg', ML,
  'Konstnärsassistent',
  'Hjälpa en illustratör och konstnär: spänna dukar, blanda färg, skanna bilder, packa tryck.',
  '2651', 'R', 1, 16, 'res crit', 'kultur/konst', 'kreativ lugnt handerna inne')
P('nojespark', 'Nöjesfältet Karusellen', 'Attraktionerna', 'Örgrytevägen 5, 412 51 Göteborg', OH,
  'Attraktionsvärd',
  'Köra karusell, hålla köer, mata in folk säkert. Mycket människor och musik. Sommar.',
  '9629', 'R', 3, 16, 'norms com', 'kultur/noje', 'kunder ljud ute stress',
  dates=('2027-06-01', '2027-08-22'))

# ---------------------------------------------------------------- office, IT, media
P('natverk', 'Nätverksfirman Patchkabeln AB', 'Driftcentralen', 'Lindholmsallén 20, 417 55 Göteborg', LU,
  'Nätverk',
  'Dra nätverkskabel, montera switchar i serverrum, hjälpa kunder med wifi. Dator + skruvmejsel.',
  '3514', 'J', 1, 16, 'ps dig', 'it/natverk', 'dator handerna variation')
P('apputveckling', 'Appverkstan Västra Hamngatan AB', 'Kontoret', 'Västra Hamngatan 8, 411 17 Göteborg', CE,
  'Apputveckling',
  'Junior i ett team som bygger appar. Koda små features, testa, sitta med på standup. Kan du lite JavaScript? 👌',
  '2512', 'J', 1, 16, 'dig ps', 'it/utveckling', 'dator sitta team')
P('systemtest', 'Kassakoll Testlabb AB', 'Testlabbet', 'Nya Varvsallén 30, 426 71 Västra Frölunda', VG,
  'Testare',
  'Hitta buggar i kassasystem för butiker, skriva felrapporter. Noggrannhet > snabbhet.',
  '2514', 'J', 1, 16, 'crit dig', 'it/test', 'dator noggrant sitta lugnt')
P('pixelart', 'Spelstudion Myrstacken Pixel', 'Myrstack', 'Första Långgatan 28, 413 28 Göteborg', ML,
  'Spelgrafik',
  'Indiestudio, 5 pers. Rita pixel art och animera figurer till vårt mobilspel. Visa gärna portfolio.',
  '2173', 'J', 1, 16, 'dig learn', 'it/spel media/grafisk', 'dator kreativ sitta')
P('grafisk', 'Reklambyrån Vindflöjeln', 'Byrån', 'Kungsgatan 12, 411 19 Göteborg', CE,
  'Grafisk design',
  'Layout av affischer och flyers i InDesign, ta fram logor, rätta texter. Deadline-stress ibland.',
  '2172', 'M', 1, 16, 'dig crit', 'media/grafisk', 'dator kreativ sitta')
P('webbradio', 'Webbradion Älvstranden', 'Studion Backaplan', 'Backaplan 4, 417 05 Göteborg', LU,
  'Webbradio',
  'Göra research, intervjua folk på stan, klippa ljud och skriva webbtext. Lokala nyheter.',
  '2642', 'J', 1, 16, 'lit com', 'media/journalistik', 'variation kunder dator ute')
P('sociala', 'BK Hjällbo Stjärnor', 'Kansliet', 'Hjällbovägen 120, 424 37 Angered', AN,
  'Sociala medier',
  'Filma matcher, klippa reels och tiktoks, skriva inlägg för föreningen. Egen mobil funkar.',
  '2432', 'R', 1, 15, 'dig com', 'media/sociala media/video sport', 'dator kreativ variation')
P('marknadsassistent', 'Modehuset Knapphål AB', 'Huvudkontoret', 'Västra Hamngatan 20, 411 17 Göteborg', CE,
  'Marknadsassistent',
  'Hjälpa till med nyhetsbrev, produkttexter och kampanjbilder för webbshopen.',
  '4114', 'G', 1, 16, 'dig lit', 'media/marknad kontor', 'dator sitta kreativ')
P('ekonomi', 'Redovisningsbyrån Verifikatet AB', 'Kontoret', 'Södra Vägen 12, 411 35 Göteborg', CE,
  'Ekonomiassistent',
  'Scanna kvitton, bokföra leverantörsfakturor, stämma av konton. Sitta lugnt med siffror hela dagen.',
  '4111', 'M', 1, 16, 'num dig', 'kontor/ekonomi', 'siffror dator sitta lugnt tyst')
P('reception', 'Kontorshotellet Skeppsbrokajen', 'Receptionen', 'Skeppsbron 4, 411 21 Göteborg', CE,
  'Reception',
  'Ta emot besökare, svara i växeln, boka mötesrum, sortera post. Glad och välkomnande.',
  '4225', 'N', 1, 16, 'com dig', 'kontor/reception', 'kunder telefon inne dator')
P('hotellreception', 'Hotell Kajskjul 8 AB', 'Receptionen', 'Lindholmsallén 12, 417 55 Göteborg', LU,
  'Hotellreception',
  'Checka in gäster, svara på frågor om stan på engelska, ta betalt. Kvällspass ibland.',
  '4224', 'I', 1, 16, 'com lang', 'hotell/reception', 'kunder sprak dator kvall')
P('hotellstad', 'Hotell Kajskjul 8 AB', 'Våningsstädet', 'Lindholmsallén 12, 417 55 Göteborg', LU,
  'Hotellstäd',
  'Städa rum, bädda, byta handdukar. 14 rum per pass, tempo. Jobbar i par.',
  '9111', 'I', 3, 16, 'norms res', 'service/stad hotell/stad', 'stress rutin team rorelse tungt')
P('hotellchef', 'Hotell Kajskjul 8 AB', 'Ledningen', 'Lindholmsallén 12, 417 55 Göteborg', LU,
  'Skugga hotellchefen',
  'Följ hotellchefen en vecka: möten, bokningsläget, personalplanering, gästklagomål.',
  '1712', 'I', 1, 16, 'plan com crit', 'chef/hotell hotell', 'variation dator')
P('camping', 'Camping Kustängen', 'Campingen', 'Askims stationsväg 30, 436 40 Askim', AF,
  'Campingvärd',
  'Ta emot gäster i recepionen, städa servicehus, klippa gräs runt stugorna. Ute och inne.',
  '4224', 'I', 2, 16, 'com lang', 'hotell/camping', 'kunder variation ute sprak',
  dates=('2027-05-24', '2027-08-15'))
P('kundtjanst', 'Kundsvar Frölunda AB', 'Kundtjänst Frölunda', 'Marconigatan 30, 421 44 Västra Frölunda', AF,
  'Kundtjänst',
  'Svara i telefon och chatt åt ett elbolag. Headset och dator, tydliga manus. Sitter hela dagen.',
  '4222', 'N', 3, 16, 'com dig', 'kontor/kundtjanst', 'telefon dator sitta kunder')
P('oversattning', 'Översättningsbyrån Ordbryggan', 'Språkbron', 'Nils Ericsonsgatan 17, 411 03 Göteborg', CE,
  'Översättningsbyrå',
  'Korrläsa, formatera och hjälpa våra översättare. Tyst kontor. Talar du arabiska, persiska, '
  'somaliska, tigrinja, ukrainska eller polska? Toppen.',
  '2643', 'M', 1, 16, 'lang lit', 'kontor/sprak', 'dator tyst sitta sprak')
P('landskap', 'Landskapsateljén Trädkronan', 'Grönska', 'Danska vägen 40, 416 59 Göteborg', OH,
  'Landskapsarkitekt – assistent',
  'Bygga modeller av parker och skolgårdar, rita skisser, inventera träd ute.',
  '2162', 'M', 1, 16, 'crit res', 'bygg/ritning gront', 'kreativ noggrant variation ute handerna')
P('gis', 'Kartritarna Koordinaten AB', 'Kontoret', 'Hjalmar Brantingsgatan 50, 417 27 Göteborg', LU,
  'GIS',
  'Digitalisera gamla kartor och mata in data. Mkt skärmtid, lugnt.',
  '3117', 'M', 1, 16, 'dig crit', 'it/gis', 'dator sitta lugnt noggrant', open=False)

# ---------------------------------------------------------------- cleaning, property, security and other services
P('kontorsstad', 'Skurhinken Lokalvård AB', 'Kontor i Lindholmen', 'Lindholmspiren 5, 417 56 Göteborg', LU,
  'Kontorsstäd kväll',
  'Städa kontor 17-21 när alla har gått. Själv med vagn och lista, musik i lurarna.',
  '9111', 'N', 2, 16, 'norms res', 'service/stad', 'kvall ensam lugnt rutin fa_folk')
P('fonsterputs', 'Skurhinken Lokalvård AB', 'Fönsterlaget', 'Backaplan 10, 417 05 Göteborg', LU,
  'Fönsterputs',
  'Putsa fönster på butiker och villor, med stege och skrapa. Ute hela dagen, två och två.',
  '9120', 'N', 2, 16, 'norms coop', 'service/fonster', 'ute hojd rorelse team')
P('hemstad', 'Hemstädarna Dammvippan Örgryte', 'Hemmastäd', 'Danska vägen 12, 416 59 Göteborg', OH,
  'Hemstäd',
  'Städa i kunders hem, dammsuga, torka, stryka tvätt. Du åker runt själv mellan 2-3 hem per dag.',
  '9119', 'N', 2, 16, 'norms res', 'service/stad service/hem', 'ensam variation rorelse')
P('fastighetsskotare', 'Hyresvärden Gårdstensbacken AB', 'Områdeskontoret', 'Gårdstensvägen 30, 424 41 Angered', AN,
  'Fastighetsskötare',
  'Byta lampor, laga kranar, snöskotta, prata med hyresgästerna. Ute och inne, ny sak hela tiden.',
  '5152', 'L', 2, 16, 'ps com', 'service/fastighet', 'variation ute kunder handerna')
P('begravning', 'Begravningsbyrån Ljusbäraren', 'Byrån', 'Sankt Sigfridsgatan 30, 412 66 Göteborg', OH,
  'Begravningsbyrå',
  'Förbereda ceremonier, ordna blommor, ta emot anhöriga. Stillsamt, respekt. 18 år.',
  '5161', 'S', 1, 18, 'com norms', 'service/begravning', 'lugnt tyst kunder')
P('vakt', 'Nattronden Bevakning AB', 'Ronden Centrum', 'Nils Ericsonsgatan 4, 411 03 Göteborg', CE,
  'Väktare',
  'Åk med på ronder nattetid, larmutryckningar, låsa köpcentrum. 18 år.',
  '5413', 'N', 1, 18, 'norms com', 'service/vakt', 'kvall rorelse ensam', open=False)
P('parkering', 'Parkeringskontrollen Lappen AB', 'Parkeringsövervakning', 'Engelbrektsgatan 30, 411 37 Göteborg', CE,
  'Parkeringsvakt',
  'Gå runt i stan och kontrollera parkeringar med handdator. Själv, ute, ibland arga bilägare. 18 år.',
  '5419', 'N', 1, 18, 'norms com', 'service/parkering', 'ute ensam rorelse')
P('kostym', 'Teater Tredje Ridån', 'Kostymateljén', 'Redbergsvägen 5, 416 65 Göteborg', OH,
  'Kostymateljé',
  'Sy, ändra och tvätta kostymer till föreställningarna. Hjälpa skådespelarna byta i kulisserna.',
  '2179', 'R', 1, 16, 'res coop', 'kultur/kostym hantverk/textil', 'handerna kreativ kvall noggrant')
