"""Catalogue 8 placements, written by hand. Sealed ground truth together with _youths_src.py and build.py.

Each placement: employer, workplace, district, title, description, ssyk, sni, capacity, min_age,
kinds (kinds of work it offers, space separated), conds (working conditions its text states), trains
(deck keys, abbreviated), open, dates (start, end) or None.

Condition tags: fast calm quiet noisy customers alone team outdoor indoor early evening night shifts heavy
moving sitting precise routine variety hands creative screen phone numbers weekend heights languages
"""

PL = []


def P(emp, wp, dist, title, desc, ssyk, sni, cap, age, kinds, conds, trains, open=True, dates=None):
    PL.append(dict(employer=emp, workplace=wp, district=dist, title=title, description=desc, ssyk=ssyk, sni=sni,
                   capacity=cap, min_age=age, kinds=kinds.split(), conds=conds.split(), trains=trains.split(),
                   open=open, dates=dates))


# ---------------------------------------------------------------- food
P('Krögarna på Vasa Bistro AB', 'Bistro Vasagatan', 'CEN', 'Disk lunch',
  'Lunchrusch 11-14, diskmaskinen går varmt. Högt tempo, mycket folk i köket och du står hela passet.',
  '9412', 'I', 2, 15, 'dish', 'fast team noisy indoor moving routine', 'coo nor')
P('Krögarna på Vasa Bistro AB', 'Bistro Vasagatan', 'CEN', 'Kock kvällar',
  'Prepp och à la carte 16-22. Du lagar mat bredvid kockarna, såser, stek, lägga upp. Tempo när det är fullt i matsalen.',
  '5120', 'I', 1, 16, 'cook', 'evening fast team indoor hands', 'coo lea pla')
P('Pizzeria Napoli Tynneredstorget HB', 'Pizzeria Napoli', 'VGO', 'Pizza!!',
  'Kavla ut degen, lägga på, sköta ugnen. Ta emot beställningar i luckan också. Mest kvällar o helger.',
  '9411', 'I', 2, 15, 'pizza', 'evening weekend customers fast hands indoor', 'com coo')
P('Surdegsbageriet Tidig Deg AB', 'Surdegsbageriet', 'MAL', 'Bageri – tidig start',
  'Vi börjar 04.30. Forma bullar och limpor, skjutsa in plåtarna i ugnen, diska bakplåtar. Lugnt när solen går upp :)',
  '7612', 'C', 1, 16, 'bake', 'early hands team indoor calm creative', 'pla nor')
P('Café Timglaset vid Härlanda HB', 'Café Timglaset', 'ORH', 'Kafé',
  'Litet lugnt kafé, mest pensionärer på förmiddagen. Brygga kaffe, fylla på fikadisken, plocka bord.',
  '9413', 'I', 1, 15, 'cafe', 'calm customers indoor', 'com nor')
P('Tärningen Spelkafé AB', 'Tärningen', 'CEN', 'Brädspelskafé',
  'Servera fika, förklara regler för gästerna, sortera ihop brickor o kort som hamnat i fel låda. Kvällar.',
  '9413', 'I', 2, 15, 'cafe boardgames', 'evening customers indoor', 'com lan')
P('Restaurang Kajkanten Saltholmen AB', 'Kajkanten Saltholmen', 'VGO', 'Servering',
  'Duka bord, bära ut tallrikar, ta betalt vid bordet. Lunch och kväll, fullt på sommaren med uteservering.',
  '5131', 'I', 2, 16, 'wait', 'customers fast moving team evening', 'com coo')
P('Ölstugan Kranen HB', 'Ölstugan Kranen', 'MAL', 'Barback',
  'Byta fat till kranarna, bära backar från källaren, diska glas. Kvällar till 01, måste va 18.',
  '5132', 'I', 1, 18, 'bar', 'evening night heavy fast noisy moving', 'coo nor')
P('Fiskhuset i Saluhallen Strömming AB', 'Fiskdisken i saluhallen', 'CEN', 'Strömming & fisk',
  'Filea strömming för hand, lägga upp i disken, snacka med kunderna om vad som är färskt idag. Kallt o blött, tidiga mornar.',
  '7611', 'G', 1, 16, 'fishprep', 'early customers hands precise', 'com lea')
P('Västkustmejeriet i Kärra AB', 'Mejeriet i Kärra', 'NHI', 'Fil & yoghurt',
  'Maskinoperatör på linjen där vi fyller filmjölk och yoghurt. Kolla förpackningar, byta folierullar. Hygienkläder, start 06.',
  '8162', 'C', 2, 16, 'dairy line', 'routine team noisy indoor early', 'nor res')
P('Navet Hotell & Möten Lindholmen AB', 'Hotell Navet Lindholmen', 'LUN', 'Frukost 06',
  'Duka upp frukostbuffén från 06, fylla på, plocka disk. Gäster från hela världen, man säger good morning mycket.',
  '9412', 'I', 2, 16, 'breakfast', 'early customers moving indoor languages', 'com lan')
P('Navet Hotell & Möten Lindholmen AB', 'Hotell Navet Lindholmen', 'LUN', 'Reception',
  'Checka in gäster, svara i telefon, boka taxi. Engelska varje dag. Dag- eller kvällspass.',
  '4224', 'I', 1, 16, 'hotel_reception', 'customers phone indoor languages evening', 'com lan dig')
P('Navet Hotell & Möten Lindholmen AB', 'Hotell Navet Lindholmen', 'LUN', 'Städ hotellrum',
  'Bädda, byta handdukar, dammsuga rummen. Vi jobbar två och två, ganska tungt i ryggen.',
  '9111', 'I', 2, 16, 'hotel_rooms', 'team heavy moving indoor routine', 'nor coo')
P('Matsalen i Gamlestan Krog AB', 'Matsalen Gamlestan', 'OST', 'Följ kökschefen',
  'Hänga med kökschefen: beställningar, menyplanering, svinnlistor och schemat. Lite kontor, mycket kök.',
  '1722', 'I', 1, 16, 'chef', 'team variety indoor numbers', 'pla num res')
P('Skolmatsbolaget Öst Storkök AB', 'Storköket Bergsjön', 'OST', 'Skolkök',
  'Laga lunch till 400 elever: skala, röra i jättegrytor, servera i linjen. Börjar 06.30, slutar 14.',
  '9412', 'I', 2, 16, 'school_kitchen', 'early fast team heavy indoor', 'coo pla')
P('Kakaobönan Konfektyr AB', 'Pralinfabriken Torslanda', 'VHI', 'Pralinlinjen',
  'Fylla på, väga, kolla att pralinerna blir snygga. Samma moment hela dan, lugnt tempo.',
  '8163', 'C', 2, 16, 'food_factory line', 'routine calm indoor precise', 'nor res')
P('Burgerhaket Frölunda Torg AB', 'Burgerhaket', 'AFH', 'Burgers & pommes',
  'Stek, fritös, packa påsar till buden. Galet på fredagskvällar!!',
  '9412', 'I', 3, 15, 'fastfood', 'fast evening team noisy weekend indoor', 'coo nor')
P('Kallskänkan i Majorna Catering AB', 'Kallskänkan', 'MAL', 'Kallskänk / catering',
  'Göra smörgåstårtor, lägga upp fat till smörgåsbord, packa catering. Noggrant! Morgonpass.',
  '5120', 'I', 1, 16, 'cold_kitchen', 'precise early hands team indoor creative', 'pla res')

# ---------------------------------------------------------------- shops
P('Önnereds Livs & Lottkiosk AB', 'Önnereds Livs', 'VGO', 'Påfyllning tidigt',
  'Fylla hyllor från 06 innan vi öppnar, mest ensam på golvet. Bära kartonger.',
  '9332', 'G', 2, 15, 'restock', 'early alone heavy routine indoor', 'nor ini')
P('Önnereds Livs & Lottkiosk AB', 'Önnereds Livs', 'VGO', 'Kassa',
  'Sitta i kassan, ta kort och swish, hjälpa kunder hitta. Många stamkunder som vill snacka.',
  '5230', 'G', 2, 15, 'till', 'customers sitting indoor', 'com num')
P('Drakborgen Samlarkort & Brädspel AB', 'Drakborgen', 'CEN', 'Butik spel & kort',
  'Sälja brädspel och samlarkort (pokémon, magic), hjälpa till på turneringarna på lördagar.',
  '5223', 'G', 1, 15, 'shop_games', 'customers weekend indoor', 'com ini')
P('Återbruket Frölunda Second Hand Ek. förening', 'Återbruket Frölunda', 'AFH', 'Second hand',
  'Sortera kläder som folk skänkt, prismärka, hänga upp i butiken, stå i kassan ibland. Lugnt tempo.',
  '5223', 'G', 2, 15, 'fashion secondhand', 'calm customers indoor routine', 'res nor')
P('Askims Sportfiske HB', 'Fiskeboden Askim', 'AFH', 'Butik fiske',
  'Sälja spön, drag, linor och nät. Kunderna är fiskenördar, du bör gilla att prata fiske.',
  '5223', 'G', 1, 15, 'shop_fishing', 'customers indoor', 'com lea')
P('Remsa Mode Fredsgatan AB', 'Remsa Fredsgatan', 'CEN', 'Klädbutik – följ butikschefen',
  'Schema, beställningar, skyltning, se hur vi räknar kassan. Du är med butikschefen hela dagen.',
  '5221', 'G', 1, 16, 'fashion shop_manager', 'customers variety numbers indoor', 'pla num com')
P('Cykelköket i Linné Verkstads AB', 'Cykelköket', 'MAL', 'Cykelverkstad',
  'Laga punkor, rikta hjul, byta växlar. Ibland svetsar vi ihop en ram på gamla racers. Skitigt & kul.',
  '7231', 'G', 2, 15, 'bike', 'hands precise indoor team', 'pro lea')
P('Kärra Bränsle & Service AB', 'Macken i Kärra', 'NHI', 'Macken',
  'Kassa, korv, fylla på spolarvätska och ved. Kvällspass och helger. Folk har bråttom.',
  '5225', 'G', 2, 16, 'fuel', 'customers evening weekend fast', 'com num')
P('Apotek Lyktan i Kålltorp AB', 'Apotek Lyktan', 'ORH', 'Apotek',
  'Packa upp leveranser, fylla på egenvårdshyllorna, prata med kunder vid disken. Tyst och ordningsamt.',
  '5227', 'G', 1, 16, 'pharmacy', 'customers calm quiet routine indoor', 'nor lit')
P('Synfältet Optik i Önnered AB', 'Synfältet', 'VGO', 'Optik',
  'Putsa glas, ta emot kunder, hjälpa folk prova bågar. Du sitter en del vid datorn o bokar tider.',
  '5224', 'G', 1, 16, 'optic', 'customers precise sitting indoor screen', 'com dig')
P('Fruktståndet Kortedala HB', 'Kortedala torg', 'OST', 'Torghandel',
  'Stå ute och sälja frukt och grönt, bära backar från bilen. Start 07. Kallt på vintern!',
  '9520', 'G', 1, 15, 'market', 'outdoor customers early heavy', 'com num')
P('Hyrmaskinen Högsbo Industri AB', 'Hyrmaskinen Högsbo', 'AFH', 'Uthyrning verktyg',
  'Lämna ut släpkärror, borrmaskiner, kompressorer. Kolla att allt kommer tillbaka helt. Rätt mycket bärande.',
  '5226', 'N', 1, 16, 'rental', 'customers heavy variety', 'com res')
P('Provsmak i Butik Väst AB', 'Provsmak kontor', 'CEN', 'Smakprov i butik',
  'Stå i mataffärer och bjuda på smakprov, prata med alla som går förbi. Helger, olika butiker varje gång.',
  '5241', 'N', 3, 16, 'demo_sales', 'customers weekend variety moving', 'com ini')
P('Ringsignal Prenumerationer AB', 'Ringsignal', 'LUN', 'Telefonförsäljning',
  'Ringa företag om prenumerationer. Headset, dator, sitter hela dagen. Provision kul om du gillar att tävla.',
  '5242', 'N', 2, 16, 'phone_sales', 'phone sitting customers indoor screen', 'com ini')
P('Blomster vid Mariaplan AB', 'Blomsterboden', 'MAL', 'Florist',
  'Binda buketter, snitta stjälkar, ta emot beställningar till begravningar o bröllop. Kallt i rummet för blommornas skull.',
  '5223', 'G', 1, 15, 'florist', 'hands creative customers precise', 'com lea')
P('Skärmdoktorn Amhult AB', 'Skärmdoktorn Amhult', 'VHI', 'Mobil & surfplatta',
  'Byta skärmar och batterier, pyttesmå skruvar, lödning ibland. Mest vid bänken, lite kunder.',
  '7420', 'S', 1, 16, 'electronics_repair', 'precise sitting alone indoor', 'pro lea')

# ---------------------------------------------------------------- warehouse and transport
P('Snabbplock Logistik Torslanda AB', 'Lagret Torslanda', 'VHI', 'Plock & pack e-handel',
  'Skanner i handen, plocka ordrar, vi mäter plocktakten. Musik i högtalarna, massa kollegor.',
  '4322', 'H', 3, 16, 'pick', 'fast team moving indoor routine noisy', 'nor res')
P('Snabbplock Logistik Torslanda AB', 'Lagret Torslanda', 'VHI', 'Arbetsledare lager – skugga',
  'Gå bredvid arbetsledaren: morgonmöte, fördela folk, lösa när nåt strular. Mycket prat.',
  '4321', 'H', 1, 16, 'warehouse_lead', 'variety team moving', 'pla pro com')
P('Snabbplock Logistik Torslanda AB', 'Lagret Torslanda', 'VHI', 'Truck',
  'Köra motviktstruck och ledstaplare, lasta bilarna vid portarna. Truckkort fixar vi. 18 år.',
  '8344', 'H', 1, 18, 'truck', 'indoor moving', 'nor res')
P('Brevflödet Norden Terminal AB', 'Terminalen Gamlestaden', 'OST', 'Sortering natt',
  'Sortera paket och brev på terminalen 22-06. Mycket gå och lyfta, lugnt snack med kollegorna.',
  '4420', 'H', 2, 18, 'post', 'night heavy moving team routine', 'nor res')
P('Morgonrundan Tidningsbud Askim AB', 'Morgonrundan Askim', 'AFH', 'Tidningar 04.00',
  'Dela ut tidningar med cykelkärra i Askim, 04-06. Ensam, tyst, ute i alla väder.',
  '9621', 'H', 3, 15, 'paper_round', 'early alone outdoor quiet moving', 'nor pla')
P('Bärkraft Flytt Lundby AB', 'Bärkraft Flytt', 'LUN', 'Flytt',
  'Bära soffor, kartonger o kylskåp, packa lastbilen. Tungt!! Vi jobbar alltid i lag, tre i bilen.',
  '9332', 'H', 2, 16, 'removals', 'heavy team moving variety', 'coo pro')
P('Skarvik Terminal Service AB', 'Containerterminalen', 'VHI', 'Hamnen – containers',
  'Surra containrar, ge tecken till kranföraren, gå skift. Ute hela dan, varselkläder. 18+',
  '9331', 'H', 2, 18, 'port', 'outdoor heavy team noisy shifts', 'coo nor')
P('Linjetvätt Väst Bussvård AB', 'Bussdepån Backa', 'NHI', 'Tvätta bussar natt',
  'När bussarna kommer in från linjen: sopa, torka säten, köra genom tvätthallen. Nattpass, ensam eller två.',
  '9120', 'N', 2, 16, 'vehicle_clean', 'night alone routine moving', 'nor res')
P('Kretsloppsgården Gamlestaden Östra AB', 'ÅVC Gamlestaden', 'OST', 'ÅVC',
  'Visa bilarna rätt container, plocka felsorterat, köra pallar. Ute, blåsigt, folk som vill prata om sitt skräp.',
  '9610', 'E', 2, 16, 'recycling', 'outdoor customers heavy moving', 'com res')
P('Rutt & Last Spedition AB', 'Trafikkontoret', 'LUN', 'Planera körningar',
  'Sitta med kartan och lägga ut körningar till 15 chaffisar, ringa och lösa. Stressigt på förmiddagen.',
  '4323', 'H', 1, 16, 'transport_plan', 'sitting phone fast screen', 'pla dig pro')
P('Rälsservice Göteborg AB', 'Banverkstan Redbergslid', 'ORH', 'Spårarbete',
  'Rensa spår, byta slipers, röja vid hållplatserna med arbetslaget. Ute, tungt, ofta nätter när vagnarna står still.',
  '7114', 'F', 2, 18, 'track', 'outdoor heavy night team', 'coo nor')
P('Trampkraft Lådcykelbud AB', 'Trampkraft', 'CEN', 'Cykelbud',
  'Leverera paket med lådcykel i stan, appen säger vart. Fart och frisk luft, ensam hela dagen.',
  '8329', 'H', 2, 16, 'courier', 'outdoor alone fast moving', 'pla ini')
P('Styrsöleden Rederi AB', 'Färjan vid Saltholmen', 'VGO', 'Båtsman på färjan',
  'Förtöja, hjälpa passagerare med barnvagnar o cyklar, spola båten. Ute på sjön hela dan. 18 år.',
  '8350', 'H', 1, 18, 'ferry', 'outdoor customers team moving', 'coo com')
P('Hav & Nät Fiske HB', 'Fiskebåten i Fiskebäck', 'VGO', 'Fiskebåt',
  'Laga nät på kajen, sortera fångsten, spola lastrummet. Vi går ut kl 03. Blir du sjösjuk? tänk efter ;)',
  '6222', 'A', 1, 18, 'fishing', 'early outdoor heavy team hands', 'coo nor')

# ---------------------------------------------------------------- vehicles
P('Fixarn Motor Torslanda AB', 'Fixarn Bilverkstad', 'VHI', 'Bilverkstad',
  'Service, byta olja och bromsar, skifta hjul. Verkstan är kall o skitig men gänget är grymt.',
  '7231', 'G', 2, 16, 'car', 'hands team noisy heavy indoor', 'pro lea')
P('Glansen Billack Angered AB', 'Glansen', 'ANG', 'Billack',
  'Slipa, maska, spruta lack i boxen med mask. Precision, tyst i boxen.',
  '7132', 'G', 1, 16, 'car_paint', 'precise hands alone indoor quiet', 'nor lea')
P('Skinande Bilvård Askim AB', 'Skinande Askim', 'AFH', 'Rekond',
  'Tvätta, vaxa, dammsuga bilar för hand. Under tak men ute, blött. Lugnt, egen takt.',
  '9120', 'G', 2, 15, 'valeting', 'hands calm alone routine outdoor', 'nor res')

# ---------------------------------------------------------------- building
P('Bygglaget Väster Tynnered AB', 'Bygget i Tynnered', 'VGO', 'Snickare',
  'Regla väggar, sätta gips, bära virke. Ute en del, vi kör från 07.',
  '7111', 'F', 2, 16, 'carpentry', 'early team heavy outdoor hands', 'coo pro')
P('Bygglaget Väster Tynnered AB', 'Bygget i Tynnered', 'VGO', 'Grovis på bygget',
  'Städa bygget, bära, köra skottkärra, hjälpa alla. Mycket spring, inga två dar lika.',
  '9310', 'F', 2, 16, 'labourer', 'heavy outdoor moving variety team early', 'coo ini')
P('Skåpmakarna i Högsbo AB', 'Snickeriet Högsbo', 'AFH', 'Inredningssnickeri',
  'Bygga köksskåp och garderober i verkstan, lacka luckor, montera gångjärn. Millimeterjobb.',
  '7522', 'C', 1, 16, 'cabinet', 'precise hands indoor noisy creative', 'pro res')
P('Tegel & Puts Hisingen AB', 'Tegel & Puts', 'NHI', 'Mur & puts',
  'Blanda bruk, bära sten, putsa fasader. Ute hela året.',
  '7112', 'F', 1, 16, 'masonry', 'outdoor heavy team hands', 'coo nor')
P('Gjutformen Betong Angered AB', 'Gjutformen', 'ANG', 'Betong',
  'Formsättning, armering, gjuta plattor. Tungt och tidigt, 06.30.',
  '7113', 'F', 2, 16, 'concrete', 'early heavy outdoor team', 'coo nor')
P('Taknocken Plåtslageri AB', 'Taknocken', 'LUN', 'Plåttak',
  'Bocka plåt i verkstan och följa med upp och lägga tak. Sele och höjd, 18 år.',
  '7213', 'F', 1, 18, 'sheet_metal', 'outdoor heavy team heights hands', 'nor pro')
P('Rörkraft VVS i Frölunda AB', 'Rörkraft', 'AFH', 'VVS',
  'Byta kranar, blandare och rör hemma hos folk. Mycket bilåkande, nya kunder varje dag.',
  '7125', 'F', 2, 16, 'plumbing', 'customers variety hands moving', 'pro com')
P('Värmeflödet Installation AB', 'Värmeflödet', 'NHI', 'Värmepumpar',
  'Följa med montören och sätta upp luftvärmepumpar, dra rör, bära utedelar.',
  '7126', 'F', 1, 16, 'heatpump', 'outdoor hands team heavy variety', 'pro lea')
P('Penseldraget Måleri Majorna AB', 'Penseldraget', 'MAL', 'Måla lägenheter',
  'Spackla, slipa, måla väggar i tomma lägenheter. Lugnt, radio på, ofta ensam i ett rum.',
  '7131', 'F', 2, 16, 'painting', 'calm alone indoor hands routine', 'nor res')
P('Strömbrytarna El i Östra AB', 'Strömbrytarna', 'OST', 'Elektriker',
  'Dra kablar, koppla uttag, hjälpa till i elskåpet (med behörig bredvid). Kontor och skolor.',
  '7411', 'F', 2, 16, 'electric', 'hands precise team indoor variety', 'pro lea')
P('Kraftlinjen Elnät AB', 'Elnätsbygget Gårdsten', 'ANG', 'Följ arbetsledaren på elnätsbygget',
  'Vi gräver ner nya kablar i Gårdsten. Du hänger med arbetsledaren: planering, möten i bodan, kolla säkerheten. Ute.',
  '3121', 'F', 1, 18, 'site_lead', 'outdoor variety team', 'pla com cri')
P('Golvgänget Kålltorp AB', 'Golvgänget', 'ORH', 'Golvläggning',
  'Lägga parkett o plastmatta, skära mattor, knäskydd hela dan. Exakt jobb.',
  '7122', 'F', 1, 16, 'flooring', 'precise hands indoor', 'nor res')
P('Glasmästare Kittet i Centrum AB', 'Kittet Glas & Ram', 'CEN', 'Glas & ramar',
  'Skära glas, byta rutor i gamla fönsterramar, ibland rama in tavlor åt kunder. Försiktigt jobb.',
  '7124', 'F', 1, 16, 'glass', 'precise hands customers indoor', 'pro nor')
P('Lösull & Tätt AB', 'Lösull & Tätt', 'VHI', 'Isolering vindar',
  'Blåsa lösull på vindar, mask och overall, varmt och dammigt. Vi är alltid två.',
  '7123', 'F', 1, 16, 'insulation', 'heavy team hands', 'nor coo')
P('Fukt & Mögel Sanering AB', 'Saneringen Lundby', 'LUN', 'Sanering',
  'Riva ut fuktskadat, plasta in, köra avfuktare. Skyddsdräkt. 18 år.',
  '7134', 'F', 1, 18, 'sanitation', 'heavy team indoor variety', 'nor pro')
P('Sotarna i Väster Tak & Panna AB', 'Sotarna', 'VGO', 'Sotning',
  'Upp på taken tidigt, sota pannor och kolla brandskydd hemma hos folk. 18 år pga tak.',
  '7133', 'F', 1, 18, 'chimney', 'early outdoor customers heights variety', 'nor com')
P('Markgänget Kantsten & Platt AB', 'Markgänget', 'AFH', 'Stenläggning uteplatser',
  'Lägga marksten och kantsten på villatomter. Knän + rygg får jobba. Sol o regn.',
  '7114', 'F', 2, 16, 'paving', 'outdoor heavy team hands', 'coo res')

# ---------------------------------------------------------------- crafts and repair
P('Nål & Tråd Ändringsateljé HB', 'Nål & Tråd', 'CEN', 'Ändringssömnad',
  'Korta byxor, byta dragkedjor, sy upp fållar. Vi sitter vid maskinerna, tyst och pilligt.',
  '7531', 'S', 1, 15, 'tailoring', 'precise sitting quiet hands indoor', 'nor lea')
P('Stoppning & Sits Verkstad AB', 'Stoppverkstan', 'OST', 'Möbeltapetsering',
  'Klä om gamla stolar och soffor, riva ut gammal stoppning, spänna tyg. Dammigt men snyggt resultat.',
  '7533', 'C', 1, 16, 'upholstery', 'hands precise calm indoor', 'pro lea')
P('Klack & Nyckel vid Frölunda AB', 'Klack & Nyckel', 'AFH', 'Skomakeri',
  'Sula skor, slipa nycklar, byta klackar. Kunder kommer in hela tiden med småfix.',
  '7534', 'S', 1, 15, 'cobbler', 'customers hands precise', 'com pro')
P('Silverskrinet Guldsmedja HB', 'Silverskrinet', 'MAL', 'Guldsmed',
  'Putsa smycken, laga kedjor, hjälpa till vid bänken. Lupp och pincett, sitta still länge.',
  '7312', 'C', 1, 16, 'goldsmith', 'precise sitting quiet hands alone', 'nor lea')
P('Kugghjulet Ur & Lås AB', 'Kugghjulet', 'CEN', 'Ur & lås',
  'Byta batterier i klockor, kopiera nycklar, öppna låsta dörrar med låssmeden. Mycket finmek, få kunder.',
  '7311', 'S', 1, 16, 'watch', 'precise calm hands quiet', 'pro nor')
P('Halsen & Kroppen Gitarrverkstad', 'Gitarrverkstan', 'MAL', 'Gitarrverkstad',
  'Byta strängar, justera halsar, löda mickar på elgitarrer och basar. Musiker kommer förbi och snackar.',
  '7319', 'C', 1, 16, 'instrument_repair', 'precise hands customers calm', 'pro com')
P('Tryckpressen på Lundby AB', 'Tryckpressen', 'LUN', 'Tryck – kort & affischer',
  'Trycka visitkort, julkort och affischer. Sköta maskinen, skära, packa. Det luktar färg.',
  '7322', 'C', 2, 16, 'print', 'routine noisy indoor precise team', 'nor res')
P('Originalet Repro & Prepress AB', 'Originalet', 'CEN', 'Prepress',
  'Fixa tryckfiler i datorn: färger, marginaler, kolla att allt stämmer innan tryck. Sitter vid skärm.',
  '7321', 'C', 1, 16, 'prepress', 'screen sitting precise quiet', 'dig cri')
P('Svetsfogen Industri Torslanda AB', 'Svetsfogen', 'VHI', 'Svetsning',
  'MIG-svetsa stativ, slipa fogar. Hörselskydd, gnistor. 18 år.',
  '7212', 'C', 1, 18, 'welding', 'noisy hands heavy indoor', 'nor lea')
P('Precisa Detaljer Hisingen AB', 'Precisa Detaljer', 'NHI', 'CNC-operatör',
  'Mata maskinen, mäta detaljerna med skjutmått, skriva protokoll. Samma sak hela dan, passar noggranna.',
  '7223', 'C', 2, 16, 'cnc', 'precise routine indoor noisy alone', 'num nor')
P('Kullagret Underhåll AB', 'Fabriken Sörred', 'VHI', 'Underhållsmekaniker',
  'Byta lager, smörja, felsöka när linjen stannar. Aldrig samma dag, spring runt i hela fabriken.',
  '7233', 'C', 1, 16, 'maintenance', 'variety hands moving noisy indoor', 'pro cri')
P('Rör & Radio Reparation HB', 'Radioverkstan', 'ORH', 'Elektronikverkstad',
  'Laga gamla förstärkare, rörradio och skivspelare. Löda, mäta med multimeter, leta fel i lugn och ro.',
  '7420', 'S', 1, 16, 'electronics_repair', 'precise calm alone hands quiet', 'pro lea')

# ---------------------------------------------------------------- industry
P('Kretskort Montage AB', 'Montaget Angered', 'ANG', 'Montering på linjen',
  'Löda och montera kretskort i lådor på en monteringslinje. Samma moment, sitta still, hörlurar ok.',
  '8212', 'C', 3, 16, 'assembly_el line', 'routine sitting precise calm indoor', 'nor res')
P('Packlinjen Kärra AB', 'Packlinjen', 'NHI', 'Maskinpackning',
  'Sköta packmaskinen som fyller påsar med nötter, byta folie, stapla kartonger på pall.',
  '8181', 'C', 2, 16, 'packing_line line', 'routine noisy team indoor', 'nor res')
P('Presentkorgen Väst AB', 'Packhallen Gamlestaden', 'OST', 'Packa julklappslådor',
  'Packa ljus, tvål och choklad i presentlådor för hand. Lugnt, radio, fika kl 10. Bara före jul.',
  '9320', 'C', 3, 15, 'hand_pack', 'calm routine team indoor hands', 'nor coo', dates=('2026-11-16', '2026-12-18'))
P('Formsprutan Plast Angered AB', 'Formsprutan', 'ANG', 'Plastfabrik',
  'Plocka detaljer från formsprutan, kolla sprickor, packa. Treskift, varmt vid maskinerna.',
  '8142', 'C', 2, 16, 'plastic line', 'routine noisy shifts indoor', 'nor res')
P('Kartongfabriken Gamlestaden AB', 'Kartongfabriken', 'OST', 'Kartongmaskin',
  'Mata in ark i maskinen som viker kartonger, köra bort pall med handtruck. Högt ljud.',
  '8143', 'C', 1, 16, 'paper_prod line', 'noisy routine heavy indoor', 'nor res')
P('Lärjedalens Hyvleri AB', 'Hyvleriet', 'ANG', 'Hyvleri',
  'Mata plank i hyveln, sortera, stapla virke. Sågspån överallt, hörselskydd.',
  '8173', 'C', 1, 16, 'sawmill', 'noisy heavy routine indoor', 'nor res')
P('Rena Linnen Industritvätt Hisingen AB', 'Tvätteriet Hisingen', 'VHI', 'Tvätteri',
  'Sortera lakan från vårdhem, mata in i mangeln, vika. Varmt och fort.',
  '8151', 'C', 2, 16, 'laundry', 'fast routine team indoor heavy', 'nor coo')
P('Värmekraft Öst Drift AB', 'Pannhuset Öst', 'OST', 'Drift värmeverk',
  'Gå rundor i pannhuset, läsa av mätare, hjälpa drifteknikerna vid larm. Kontrollrum med skärmar, ibland natt.',
  '8191', 'D', 1, 18, 'plant_operator', 'screen routine indoor night', 'cri dig')
P('Hemmonterarna Skruv & Plugg AB', 'Hemmonterarna', 'LUN', 'Montera möbler hos kunder',
  'Skruva ihop garderober, skåp och sängar hemma hos folk. Bil mellan kunderna, skruvdragare.',
  '8214', 'N', 2, 16, 'furniture_assembly', 'customers hands variety moving', 'pro com')
P('Provröret Analys AB', 'Labbet Högsbo', 'AFH', 'Labb',
  'Väga prover, märka rör, diska glas, föra in i systemet. Vit rock, noggrant, tyst.',
  '3212', 'M', 1, 16, 'lab', 'precise quiet routine indoor', 'num cri')

# ---------------------------------------------------------------- green work and animals
P('Gröna Gången Parkskötsel AB', 'Parkförrådet Långedrag', 'VGO', 'Park & rabatter',
  'Rensa ogräs, plantera, kratta löv, köra åkgräsklippare. Ute hela dagen med gänget.',
  '6113', 'N', 3, 15, 'park', 'outdoor team moving heavy', 'coo nor')
P('Glashuset Plantskola Askim AB', 'Glashuset', 'AFH', 'Växthus',
  'Skola om plantor, vattna, packa blommor till butiker. Varmt, fuktigt, lugnt.',
  '6112', 'A', 2, 15, 'greenhouse', 'calm indoor routine hands', 'nor res')
P('Stigfinnarna Naturvård Delsjön AB', 'Stigfinnarna Delsjön', 'ORH', 'Naturvård',
  'Röja sly, bygga spänger, laga leder i Delsjöområdet. Kolla spår efter djur i snön. Ute i alla väder.',
  '6210', 'A', 2, 16, 'forest', 'outdoor heavy team calm', 'coo lea')
P('Gården i Bergsjön Ek. förening', 'Stadsgården Bergsjön', 'OST', 'Bondgård',
  'Mocka hos kor och grisar, mata höns, prata med skolklasser som kommer på besök. Start 07.',
  '6121', 'A', 2, 15, 'farm_animals', 'early outdoor heavy customers', 'res com')
P('Tassarna & Svansen Hunddagis HB', 'Tassarna', 'AFH', 'Hunddagis',
  'Rasta hundarna i skogen, städa hundgårdarna, mata. Skäll hela dagen :D',
  '6122', 'S', 2, 15, 'dogs', 'outdoor noisy moving team', 'res coo')
P('Djurkliniken Hovet & Tass AB', 'Djurkliniken Hovet', 'VHI', 'Djurklinik',
  'Hålla i katter och hundar vid undersökning, städa burar, sterilisera instrument. Ibland ledsna ägare.',
  '3240', 'M', 1, 16, 'vet', 'precise customers indoor team', 'nor com')
P('Hav & Djur Utställningen AB', 'Akvariehallen Eriksberg', 'LUN', 'Djurvårdare akvarium',
  'Mata fiskar och rockor, tvätta akvarieglas, prata med besökarna vid klappbassängen. Helger.',
  '6129', 'R', 1, 16, 'zoo', 'customers weekend indoor', 'com nor')
P('Jordgubbslandet i Tuve HB', 'Jordgubbslandet', 'NHI', 'Jordgubbar sommar',
  'Plocka jordgubbar, rensa, sälja i boden vid vägen. Böjd rygg, sol, börjar 06. Juni–juli.',
  '9210', 'A', 3, 15, 'berries', 'outdoor early routine heavy customers', 'nor res',
  dates=('2027-06-07', '2027-07-23'))
P('Odlingslotten Angered Ek. förening', 'Odlingslotten', 'ANG', 'Grönsaksodling',
  'Så, gallra, skörda morötter och kål på fältet. Lugnt tempo, mycket knäande.',
  '6111', 'A', 2, 15, 'veg_farm', 'outdoor calm heavy team', 'res lea', dates=('2027-04-19', '2027-09-24'))

# ---------------------------------------------------------------- care and beauty
P('Solgläntan Omsorg i Askim AB', 'Solgläntans äldreboende', 'AFH', 'Äldreboende – sällskap',
  'Läsa tidningen högt, spela kort och bingo, gå ut med de boende. Ingen omvårdnad, bara sällskap.',
  '5330', 'Q', 2, 16, 'care_home', 'customers calm indoor team', 'com coo')
P('Solgläntan Omsorg i Askim AB', 'Solgläntan hemtjänst', 'AFH', 'Hemtjänst',
  'Handla, städa, hjälpa till med frukost hemma hos äldre. Cykel mellan besöken, börjar 07. 18 år.',
  '5321', 'Q', 2, 18, 'home_care', 'customers moving variety early', 'com pla')
P('Verkstaden Daglig Verksamhet AB', 'Verkstaden Frölunda', 'VGO', 'Daglig verksamhet',
  'Stötta deltagare med funktionsnedsättning i snickeri och kaféarbete. Tålamod viktigt.',
  '5342', 'Q', 1, 18, 'lss', 'calm team customers variety', 'com coo')
P('Assistansteamet Väster Personlig Assistans AB', 'Assistansteamet', 'VGO', 'Personlig assistent',
  'Följa med en kille (22) på gym, handla, laga mat. Lyft med lift. 18 år.',
  '5343', 'Q', 1, 18, 'pers_assist', 'heavy variety', 'com nor')
P('Tandhuset Högsbo Klinik AB', 'Tandhuset', 'AFH', 'Tandklinik',
  'Diska och sterilisera instrument, plocka fram inför patient, torka av stolen. Mycket rutiner.',
  '5350', 'Q', 1, 16, 'dental', 'routine precise indoor team', 'nor lit')
P('Kustvården Privatsjukhus AB', 'Kustvården', 'VGO', 'Vårdavdelning',
  'Servera mat, bädda, följa med undersköterskorna på ronden. 18 år.',
  '5323', 'Q', 1, 18, 'ward', 'team early moving', 'com nor', open=False)
P('Stödhuset HVB Angered AB', 'Stödhuset', 'ANG', 'HVB-hem ungdomar',
  'Laga mat ihop med ungdomarna, spela pingis, skjutsa till skolan. Kvällar o helger. 18 år.',
  '3411', 'Q', 1, 18, 'youth_home', 'evening weekend variety team', 'com coo')
P('Knådarna Massage Centrum AB', 'Knådarna', 'CEN', 'Massage',
  'Förbereda rummen, tvätta handdukar, lära dig grundgreppen på kollegor. Lugnt, dämpad belysning.',
  '5143', 'S', 1, 16, 'massage', 'calm quiet indoor hands', 'lea nor')
P('Saxen & Kammen Frisörer i Askim HB', 'Saxen & Kammen', 'AFH', 'Frisör',
  'Tvätta hår, sopa, blanda färg, boka tider. Mycket snack med kunderna!',
  '5141', 'S', 2, 15, 'hair', 'customers indoor hands', 'com lea')
P('Fadeskolan Barbershop HB', 'Fadeskolan', 'VGO', 'Barber',
  'Fades och skäggtrim, du övar på dockhuvud först. Musik, kunder på drop-in.',
  '5141', 'S', 1, 16, 'barber', 'customers hands precise noisy', 'com lea')
P('Glimmer & Gellack Nagelstudio HB', 'Glimmer', 'OST', 'Naglar',
  'Gellack, filning, nail art. Sitta nära kunden, pilligt.',
  '5149', 'S', 1, 16, 'nails', 'precise customers sitting hands creative', 'com nor')
P('Hudrummet Spa Örgryte AB', 'Hudrummet', 'ORH', 'Hudvård & spa',
  'Ansiktsbehandlingar med handledare, förbereda rummen, sälja produkter i disken.',
  '5142', 'S', 1, 16, 'skin', 'calm customers indoor', 'com lea')
P('Tå & Häl Fotvård i Askim HB', 'Fotvården', 'AFH', 'Fotvård',
  'Hjälpa fotterapeuten: sterilisera, boka, fila förhårdnader under handledning. Mest äldre kunder.',
  '5144', 'Q', 1, 16, 'foot_care', 'customers precise calm', 'nor com')
P('Läkarhuset Opalen Vård AB', 'Läkarhuset Opalen', 'VGO', 'Vårdadmin',
  'Skanna remisser, boka tider i journalsystemet, svara i tel. Sitter vid datorn.',
  '4117', 'Q', 1, 16, 'med_admin', 'sitting screen phone indoor', 'dig lit')

# ---------------------------------------------------------------- children, sport and culture
P('Lekstugan Förskolor i Väster AB', 'Lekstugan Askim', 'AFH', 'Förskola',
  'Leka med 1-5 åringar, följa med ut på gården, hjälpa till vid lunch och vila. Högljutt ibland!',
  '5311', 'P', 2, 16, 'preschool', 'noisy outdoor team moving', 'com coo')
P('Lekstugan Förskolor i Väster AB', 'Lekstugan Önnered', 'VGO', 'Förskola – ute',
  'Vår I Ur och Skur-avdelning är ute hela dagarna i skogen bakom Önnered. Varma kläder!',
  '5311', 'P', 1, 16, 'preschool', 'outdoor moving team', 'com coo')
P('Skolgruppen Frölunda Grundskola AB', 'Frölundaskolan', 'AFH', 'Elevstöd',
  'Stötta elever i åk 7 på lektionerna, rastvakt, hjälpa med läxor.',
  '5312', 'P', 2, 16, 'school_assist', 'team variety', 'com lit')
P('Skolgruppen Frölunda Grundskola AB', 'Frölundaskolan', 'AFH', 'Expeditionen',
  'Sortera post, föra närvaro i datorn, ta emot föräldrar i expeditionen.',
  '4116', 'P', 1, 16, 'school_admin', 'sitting screen customers indoor', 'dig lit')
P('Kvällsöppet Hjällbo Fritidsförening', 'Fritidsgården Hjällbo', 'ANG', 'Fritidsgård kvällar',
  'Hänga med ungdomarna, fixa turneringar i FIFA och pingis, hålla ordning. 15-21.',
  '3423', 'O', 2, 18, 'youth_centre', 'evening noisy team', 'com ini')
P('Kustens IF Järnbrott Fotboll', 'Konstgräset Järnbrott', 'VGO', 'Tränare knattelag',
  'Hjälpa tränarna med vårt P10-lag, ställa fram koner, leda uppvärmningen. Kvällar på konstgräset.',
  '3422', 'R', 3, 15, 'coach', 'outdoor evening team moving', 'com coo ini', dates=('2027-03-29', '2027-06-11'))
P('Vattenparken Askim Simhall AB', 'Simhallen Askim', 'AFH', 'Simhall',
  'Badvakt i simhallen, kolla bassängen, städa omklädningsrum och skåp. Livräddningskurs först.',
  '5419', 'R', 1, 16, 'lifeguard', 'indoor routine', 'nor cri')
P('Järnet Gym på Eriksberg AB', 'Järnet Gym', 'LUN', 'Gymvärd',
  'Torka maskiner, visa nya medlemmar runt, hålla i ett pass ibland. Kvällar.',
  '3424', 'R', 1, 16, 'gym', 'customers evening moving', 'com ini')
P('Stiftelsen Läsglädje i Väster', 'Tynnereds bibliotek', 'VGO', 'Bibliotek',
  'Ställa upp böcker, laga trasiga böcker, hjälpa till på sagostunden. Tyst (oftast).',
  '4410', 'R', 1, 15, 'library', 'quiet calm routine indoor', 'lit nor')
P('Stiftelsen Fyrskeppet vid Gamla varvet', 'Fyrskeppet i Gamla varvet', 'MAL', 'Guide på fyrskeppet',
  'Visa besökare runt ombord, berätta om sjöfarten på svenska och engelska. Helger.',
  '5113', 'R', 1, 16, 'guide', 'customers languages weekend', 'com lan')
P('Teater Ljusgården på Vasastan AB', 'Ljusgården', 'CEN', 'Scenteknik',
  'Hänga strålkastare, köra ljud under föreställningen, bygga om mellan akterna. Kvällar.',
  '3522', 'R', 2, 16, 'stage_tech', 'evening team hands', 'coo pro')
P('Teater Ljusgården på Vasastan AB', 'Ljusgården', 'CEN', 'Scenografi',
  'Bygga och måla kulisser till vårens spel, sy draperier, hitta prylar på loppis.',
  '3432', 'R', 1, 16, 'scenery', 'creative hands team', 'ini pro')
P('Teater Ljusgården på Vasastan AB', 'Ljusgården', 'CEN', 'Rekvisita',
  'Ha koll på rekvisitan under spelet, säga till skådisarna när de ska in. Kvällar, svarta kläder.',
  '3433', 'R', 1, 16, 'props', 'evening precise team', 'pla nor', open=False)
P('Direktsänt Livestream AB', 'Direktsänt', 'LUN', 'Livesändningar',
  'Rigga kameror och streama matcher och konserter live. Kablar, mixerbord och ström till allt haha.',
  '3521', 'J', 1, 16, 'stream', 'variety evening team screen', 'dig pro')
P('Blixten & Bländaren Fotostudio HB', 'Blixten', 'MAL', 'Foto',
  'Plåta produkter till webbshoppar, bygga ljus, retuschera. Lugnt i studion.',
  '3431', 'M', 1, 16, 'photo', 'calm creative indoor screen', 'dig ini')
P('Festfixarna Mässbygg AB', 'Festfixarna', 'CEN', 'Event',
  'Bygga upp mässor och fester, bära, checka in gäster. Helger och kvällar, aldrig likadant.',
  '3332', 'N', 2, 16, 'event', 'variety evening weekend customers heavy', 'pla coo')
P('Strikehallen Bowling & Lek AB', 'Strikehallen', 'VHI', 'Bowlinghall',
  'Ta emot gäster, fixa maskinen när käglorna fastnar, städa banorna. Kvällar, hög musik.',
  '9629', 'R', 2, 16, 'amusement', 'evening noisy customers', 'com pro')

# ---------------------------------------------------------------- office, IT and media
P('Supportdesken Väst IT-hjälp AB', 'Supportdesken', 'LUN', 'IT-support',
  'Ta supportärenden, installera om datorer, byta skärmar och tangentbord på kontoret.',
  '3512', 'J', 1, 16, 'it_support', 'screen customers variety indoor', 'dig pro')
P('Kopplingsskåpet Nätverk AB', 'Kopplingsskåpet', 'LUN', 'Nätverk',
  'Dra nätverkskabel, patcha i skåpen, sätta upp wifi på skolor. Mycket stege.',
  '3514', 'J', 1, 16, 'network', 'hands variety moving heights', 'dig pro')
P('Pixelbryggan Webbförvaltning AB', 'Pixelbryggan', 'CEN', 'Webb',
  'Uppdatera kunders hemsidor, lägga upp bilder, ändra texter i CMS. Sitter vid skärm hela dagen, lugnt.',
  '3515', 'J', 1, 16, 'web', 'screen sitting calm', 'dig lit')
P('Tärningskast Games AB', 'Tärningskast', 'LUN', 'Speltest',
  'Spela våra spel om och om igen, hitta buggar, skriva rapporter. Låter kul, är noggrant.',
  '2173', 'J', 2, 16, 'game', 'screen sitting routine precise', 'dig cri')
P('Formbyrån Linje & Yta AB', 'Formbyrån', 'MAL', 'Grafisk design',
  'Göra affischer och bilder till sociala medier i Illustrator, skriva ut provtryck.',
  '2172', 'M', 1, 16, 'graphic', 'screen creative sitting', 'dig ini')
P('Siffergruppen Redovisning Härlanda AB', 'Siffergruppen', 'ORH', 'Bokföring',
  'Scanna kvitton, stämma av konton, arkivera. Lugnt kontor, mycket siffror.',
  '4111', 'M', 1, 16, 'accounts', 'numbers sitting screen calm quiet', 'num dig')
P('Svarsljudet Kundservice AB', 'Svarsljudet', 'NHI', 'Kundtjänst chatt & telefon',
  'Svara kunder i chatt och telefon om leveranser. Headset, massa ärenden i timmen.',
  '4222', 'N', 2, 16, 'customer_service', 'phone sitting screen fast customers', 'com dig')
P('Kontorshotellet Lindholmen Reception AB', 'Kontorshotellet', 'LUN', 'Reception',
  'Ta emot besökare, boka mötesrum, brygga kaffe, svara i telefon.',
  '4225', 'N', 1, 16, 'reception', 'customers phone indoor', 'com pla')
P('Reklamverket Frölunda Torg AB', 'Reklamverket', 'AFH', 'Marknadsassistent',
  'Posta på insta & tiktok, skicka nyhetsbrev, räkna klick. Kreativt men mycket excel.',
  '4114', 'M', 1, 16, 'marketing', 'screen creative sitting numbers', 'dig num')
P('Juristerna vid Vallgraven KB', 'Juristerna', 'CEN', 'Advokatbyrå – kontor',
  'Kopiera, skanna akter, arkivera, ibland med till tingsrätten. Här handlar allt om lag och paragrafer.',
  '3342', 'M', 1, 16, 'law', 'sitting quiet routine indoor', 'lit cri')
P('Solresor Vasastan Resebyrå AB', 'Solresor', 'CEN', 'Resebyrå',
  'Hjälpa kunder boka resor, ringa hotell, boka om när flyg ställs in. Mycket engelska.',
  '4221', 'N', 1, 16, 'travel', 'customers phone screen languages', 'com lan')
P('Enkätfabriken Gamlestaden AB', 'Enkätfabriken', 'OST', 'Intervjuare',
  'Ringa och ställa frågor enligt formulär, kvällspass. Trevlig röst = plus.',
  '4226', 'M', 2, 16, 'survey', 'phone sitting evening routine', 'com lit', open=False)
P('Kartlagret Ledningskartor AB', 'Kartlagret', 'VHI', 'Kartor i datorn',
  'Rita in ledningar och va-nät i kartsystemet, ibland ut och mäta med GPS.',
  '3117', 'M', 1, 16, 'gis', 'screen sitting precise', 'dig num')

# ---------------------------------------------------------------- services
P('Blankskuret Kvällsstäd AB', 'Blankskuret', 'CEN', 'Kontorsstäd',
  'Städa kontor 17-21 när alla gått hem. Lugnt, egna hörlurar, ensam på våningen.',
  '9111', 'N', 2, 16, 'cleaning', 'evening alone calm routine moving', 'nor res')
P('Klarsyn Putsgänget Väst HB', 'Klarsyn', 'ORH', 'Fönsterputs',
  'Putsa fönster på villor och butiker, stege, ute. Vi åker två i bilen.',
  '9120', 'N', 2, 16, 'windows', 'outdoor team moving routine heights', 'nor coo')
P('Handtaget Hemservice Västerut AB', 'Handtaget', 'VGO', 'Hemservice',
  'Klippa gräs, skotta snö, bära upp saker åt äldre kunder. Alltid nya adresser.',
  '9119', 'N', 1, 16, 'home_service', 'outdoor customers variety heavy', 'com pla')
P('Nattvakten Ronderna Hisingen AB', 'Nattvakten', 'NHI', 'Väktare',
  'Åka runt på ronder på natten, kolla larm och låsta dörrar på industrierna. 18 år.',
  '5413', 'N', 1, 18, 'security', 'night alone moving', 'nor cri')
P('Bostadsbolaget Kvarnen i Hammarkullen AB', 'Kvarnen Hammarkullen', 'ANG', 'Fastighetsskötare',
  'Byta lampor, laga droppande kranar, sköta gården. Prata med hyresgäster hela dan.',
  '5152', 'L', 2, 16, 'caretaker', 'variety customers hands outdoor', 'pro com')
P('Industribrandkåren Hisingen AB', 'Brandstationen Torslanda', 'VHI', 'Industribrandkår',
  'Kolla slangar och utrustning, tvätta bilen, vara med på övningarna. 18 år, bra kondis.',
  '5411', 'O', 1, 18, 'fire', 'heavy team variety outdoor', 'coo nor')
P('Kontorsservice Lindholmspiren AB', 'Kontorsservice', 'LUN', 'Vaktmästeri',
  'Bära post, flytta möbler, fixa kaffeautomaten och koppla in skärmar i konferensrummen.',
  '9622', 'N', 1, 16, 'janitor', 'variety moving heavy indoor', 'pro ini')


# not taking anyone at the moment (open=false), by title
CLOSED = {'Vårdavdelning', 'Rekvisita', 'Intervjuare', 'Isolering vindar', 'Sanering', 'Hyvleri', 'Kartongmaskin',
          'Möbeltapetsering', 'Reception', 'Smakprov i butik', 'Bowlinghall', 'Tandklinik', 'Industribrandkår',
          'Tvätteri', 'Maskinpackning'}
for _p in PL:
    if _p['title'] in CLOSED and not (_p['title'] == 'Reception' and _p['employer'].startswith('Navet')):
        _p['open'] = False
