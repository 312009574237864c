"""Catalogue 6 placements, written by hand (blind 8 ground truth: sealed).

Each placement: a stable key, the employer key, workplace, street, district, title, description (as an
employer would type it into a spreadsheet), SSYK 2012 code, SNI section, capacity, min_age, trains (deck keys,
short forms expanded in build.py), KINDS (the kinds of work it offers) and CONDS (the working conditions its
title and description state). `closed=True` means open=false; `dates` a fixed season.

Condition tags (only what the text states):
  folk      a lot of talking with customers, guests, patients, residents or the public
  ensam     works mostly alone            team      works in a team / crew
  tempo     fast pace, rush, stress       lugnt     calm pace stated
  ute       outdoors                       inne      indoors stated
  tungt     heavy lifting                  fysiskt   on your feet, moving a lot, physical
  stilla    sitting still                  tidigt    early mornings
  kvall     evenings                       natt      nights
  precision fine detail, careful work      hander    hands-on, practical with tools or hands
  rutin     same tasks, routine            variation varied tasks
  data      computer work                  siffror   numbers, figures
  djur      animals                        barn      children
  kreativt  creative                       ljud      noise
  smuts     dirty work                     telefon   phone work
  sprak     languages other than Swedish useful   engelska  English at work
  tyst      quiet stated                   varmt     hot / humid     kallt  cold
"""

D_ANG, D_AFH, D_CEN, D_MAL = 'Angered', 'Askim-Frölunda-Högsbo', 'Centrum', 'Majorna-Linné'
D_NH, D_VG, D_VH, D_LUN = 'Norra Hisingen', 'Västra Göteborg', 'Västra Hisingen', 'Lundby'
D_OH, D_OG = 'Örgryte-Härlanda', 'Östra Göteborg'

# employer key: (name, has org number)
EMPLOYERS = {
    'kvarnhjul': ('Restaurang Kvarnhjulet AB', True),
    'sjobotten': ('Bistro Sjöbotten HB', True),
    'kajskjul': ('Hotell Kajskjulet AB', True),
    'gamlestan': ('Pizzeria Gamlestan', False),
    'lugnet': ('Kafé Lugnet i Kortedala', False),
    'bonbaren': ('Bönbaren Espresso AB', True),
    'surdeg': ('Surdegsbröderna Bageri AB', True),
    'parlan': ('Konditori Pärlan HB', True),
    'maltid': ('Måltidsgruppen Nordost AB', True),
    'flamma': ('Flamma Burgers Angered AB', True),
    'ankare': ('Restaurang Tre Ankare AB', True),
    'nattuggla': ('Nattugglan Bar & Kök AB', True),
    'fatet': ('Fatet Catering & Event AB', True),
    'kakao': ('Kakaoboden Choklad AB', True),
    'rostverk': ('Rostverket Kaffe HB', True),
    'tuvechark': ('Tuve Chark & Deli AB', True),
    'matbro': ('Föreningen Matbron Göteborg', True),
    'nami': ('Sushi Nami Tynnered', False),
    'matkassen': ('Matkassen Hammarkullen AB', True),
    'vikten': ('Vikten Mode AB', True),
    'ytterkant': ('Ytterkanten Sport AB', True),
    'kretslopp': ('Kretsloppet Elektronik AB', True),
    'bladvand': ('Bladvändaren Böcker', False),
    'tassen': ('Zoo Tassen Backa AB', True),
    'virke': ('Virkesbolaget Norr AB', True),
    'pixel': ('Pixelkällaren Spel & Retro', False),
    'blomhorn': ('Blomsterhörnan Kortedala', False),
    'aterbruk': ('Föreningen Återbruket Nordost', True),
    'lindblom': ('Apoteket Lindblomman AB', True),
    'tankst': ('Tankstället Torslanda AB', True),
    'kvibfrukt': ('Frukt & Grönt Kviberg', False),
    'ringbol': ('Ringbolaget Nord AB', True),
    'glasogon': ('Glasögonhuset Redbergs AB', True),
    'lagerlank': ('Lagerlänken Logistik AB', True),
    'nordlyft': ('Nordlyft Reservdelar AB', True),
    'brevlada': ('Brevlådan Distribution AB', True),
    'morgonbud': ('Morgonbudet Väst AB', True),
    'barkraft': ('Bärkraft Flytt AB', True),
    'kretsgard': ('Kretsgården Återvinning AB', True),
    'tramp': ('Tramp Express Cykelbud', False),
    'backstrom': ('Åkeri Bäckström & Son AB', True),
    'skarvterm': ('Terminalbolaget Skarvik AB', True),
    'motorhall': ('Motorhallen Gamlestaden AB', True),
    'dackdoc': ('Däckdoktorn Backa AB', True),
    'ekerverk': ('Ekerverket Cykel', False),
    'tvatakt': ('Tvåtakt MC & Moped AB', True),
    'skumfab': ('Skumfabriken Biltvätt', False),
    'lackstud': ('Lackstudion Hisingen AB', True),
    'hornsten': ('Hörnsten Bygg AB', True),
    'marksv': ('Markservice Sisjö AB', True),
    'hojdpkt': ('Höjdpunkten Ställning AB', True),
    'parkettf': ('Parkettfabriken Göteborg AB', True),
    'klarsynt': ('Glasmästeri Klarsynt AB', True),
    'rorkraft': ('Rörkraft VVS AB', True),
    'pensel': ('Penselgänget Måleri AB', True),
    'sotarm': ('Sotarmästarna Väst AB', True),
    'stalbyra': ('Stålbyrån Arendal AB', True),
    'stromkraft': ('Strömkraft El AB', True),
    'takmast': ('Takmästarna i Göteborg AB', True),
    'ekfabrik': ('Ekfabriken Snickeri AB', True),
    'gammaltgott': ('Gammalt & Gott Möbler', False),
    'sittplats': ('Sittplatsen Tapetseri', False),
    'klackbar': ('Klackbaren Skomakeri', False),
    'naltrad': ('Nål & Tråd Ateljé', False),
    'textilverk': ('Textilverket Angered AB', True),
    'silverkista': ('Silverkistan Guldsmed AB', True),
    'lerverk': ('Lerverkstaden Majorna', False),
    'strangverk': ('Strängverket Gitarr', False),
    'tryckhus': ('Tryckhuset Lundby AB', True),
    'skyltfab': ('Skyltfabriken Hisingen AB', True),
    'sekunden': ('Urmakeri Sekunden', False),
    'skarmfix': ('Skärmfixarna Frölunda AB', True),
    'kretskort': ('Kretskortet Montage AB', True),
    'polymera': ('Polymera Plast AB', True),
    'frasen': ('Fräsen Mekaniska AB', True),
    'doftlinje': ('Doftlinjen Kosmetik AB', True),
    'packhus': ('Packhuset Angered AB', True),
    'tvattind': ('Tvättcentralen Hisingen AB', True),
    'livslab': ('Livsmedelslabbet Väst AB', True),
    'gronyta': ('Grönytan Skötsel AB', True),
    'plantskola': ('Plantskolan Lärjedalen AB', True),
    'akerlycka': ('Åkerlyckan Grönsaksgård', False),
    'ekbacka': ('Ekbacka Kyrkogårdar', True),
    'skogsgrp': ('Skogsgruppen Väst AB', True),
    'planteramera': ('Plantera Mera AB', True),
    'hasthagen': ('Ridklubben Hästhagen', True),
    'tassebo': ('Hunddagiset Tassebo', False),
    'fyrfota': ('Djurkliniken Fyrfota AB', True),
    'larjegard': ('Föreningen Lärjegården Stadsbondgård', True),
    'lyktan': ('Omsorgshuset Lyktan AB', True),
    'vardagsverk': ('Vardagsverket Daglig Verksamhet AB', True),
    'medvind': ('Assistansbolaget Medvind AB', True),
    'tandteam': ('Tandvårdsteamet Frölunda AB', True),
    'solbacken': ('Vårdcentralen Solbacken AB', True),
    'knadhus': ('Knådhuset Massage', False),
    'fyrbaken': ('HVB-hemmet Fyrbåken AB', True),
    'lockig': ('Salong Lockig', False),
    'fadez': ('Fadez Barbershop', False),
    'glans': ('Nagelstudion Glans', False),
    'skinljus': ('Skin Studio Ljus AB', True),
    'taspets': ('Fotvården Tåspetsen', False),
    'myrstack': ('Förskolan Myrstacken AB', True),
    'nordstjarna': ('Nordstjärneskolan AB', True),
    'blaklint': ('Familjecentralen Blåklinten', True),
    'basen': ('Ungdomsgården Basen', True),
    'iknordost': ('IK Nordost Fotboll', True),
    'styrkefab': ('Styrkefabriken Gym AB', True),
    'vattenland': ('Vattenlandet Badhus AB', True),
    'gnistan_kh': ('Kulturhuset Gnistan', True),
    'fyrlyktan': ('Teater Fyrlyktan', True),
    'ljusglimt': ('Bildbyrån Ljusglimt AB', True),
    'livesand': ('Livesänd Media AB', True),
    'basgangen': ('Studio Basgången', False),
    'puls': ('Dansstudion Puls', False),
    'varvsminne': ('Museiföreningen Varvsminnen', True),
    'natverkstan': ('Nätverkstan IT AB', True),
    'glitch': ('Glitchfabriken Games AB', True),
    'appstudion': ('Appstudion Lindholmen AB', True),
    'formkraft': ('Formkraft Reklam AB', True),
    'nordostblad': ('Nordostbladet', True),
    'kalkylen': ('Kalkylen Redovisning AB', True),
    'navet': ('Kontorshotellet Navet AB', True),
    'svarsserv': ('Svarsservice Nordic AB', True),
    'evkajen': ('Evenemangsbyrån Kajen AB', True),
    'hemvist': ('Bostadsbolaget Hemvist AB', True),
    'geodata': ('Geodata Västkust AB', True),
    'vinkel': ('Arkitektkontoret Vinkel AB', True),
    'naturvard': ('Naturvårdsgruppen Västkust', True),
    'glansteam': ('Glansteamet Städ AB', True),
    'stillavatten': ('Begravningsbyrån Stilla Vatten AB', True),
    'tryggvakt': ('Tryggvakt Göteborg AB', True),
}

PLACEMENTS = []


def P(key, emp, wp, street, district, title, desc, ssyk, sni, cap, age, trains, kinds, conds,
      closed=False, dates=None):
    PLACEMENTS.append(dict(key=key, emp=emp, workplace=wp, street=street, district=district, title=title,
                           description=desc, ssyk=ssyk, sni=sni, capacity=cap, min_age=age, trains=trains,
                           kinds=set(kinds.split()), conds=set(conds.split()), closed=closed, dates=dates))


# ---------------------------------------------------------------- food
P('disk_lunch', 'kvarnhjul', 'Kvarnhjulet', 'Magasinsgatan 14', D_CEN, 'Disk',
  'Lunchrusch 11-14, diskmaskin + grytor. Varmt och blött men kul gäng i köket.',
  '9412', 'I', 2, 15, 'coop norms', 'disk', 'tempo team varmt fysiskt inne')
P('kock_alacarte', 'sjobotten', 'Sjöbotten', 'Fiskhamnsgatan 3', D_MAL, 'Kock à la carte',
  'Prep på eftermiddagen, sen service tis-lör kväll. Du skär, hackar lök o lägger upp tallrikar när det är fullt.',
  '5120', 'I', 1, 16, 'learn coop plan', 'kock', 'kvall tempo team precision')
P('frukost_hotell', 'kajskjul', 'Hotell Kajskjulet', 'Lindholmspiren 5', D_LUN, 'Frukostvärd',
  'Start 05.45. Duka upp buffén, fylla på, koka ägg, torka bord. Gästerna är mest tysta affärsfolk 😄',
  '9412', 'I', 2, 16, 'norms plan', 'frukost', 'tidigt fysiskt')
P('pizza', 'gamlestan', 'Pizzeria Gamlestan', 'Gamlestads torg 2', D_OG, 'Pizzabagare',
  'Kavla ut degen, lägga på, in i ugnen. Fre o lör kväll är det fullt ös med utkörningar.',
  '9411', 'I', 1, 16, 'coop learn', 'pizza', 'kvall tempo varmt hander')
P('kafe_bibl', 'lugnet', 'Läsekaféet', 'Kortedala torg 6', D_OG, 'Kafébiträde',
  'Litet kafé inne i biblioteket. Brygga kaffe, bre mackor, plocka disk. Lugnt, mest pensionärer o studenter som vill snacka lite.',
  '9413', 'I', 1, 15, 'comm norms', 'kafe', 'lugnt folk inne')
P('barista', 'bonbaren', 'Bönbaren Vasagatan', 'Vasagatan 22', D_CEN, 'Barista',
  'Espresso, latte art, mixa smoothies, kassan. Morgonrushen 7-9 är galen, sen lugnare.',
  '5132', 'I', 2, 16, 'comm coop', 'kafe barista', 'tidigt folk tempo')
P('bageri', 'surdeg', 'Bageriet Mariaplan', 'Mariaplan 4', D_MAL, 'Bagerilärling',
  'Vi börjar 04.00. Väga och skära deg, forma limpor, baka ut. Plåtarna är tunga.',
  '7612', 'C', 1, 16, 'learn norms', 'bageri', 'tidigt hander tungt fysiskt')
P('konditori', 'parlan', 'Konditori Pärlan', 'Redbergsplatsen 3', D_OH, 'Konditori',
  'Glasera bullar, spritsa grädde, dekorera tårtor. Pilligt o noggrant. Dagtid 8-16.',
  '7612', 'C', 2, 15, 'learn crit', 'konditori', 'precision hander')
P('skolkok', 'maltid', 'Köket Bergsjöskolan', 'Rymdtorget 8', D_OG, 'Skolkök',
  'Laga lunch till 400 elever. Skala, hacka, röra i stora kittlar, disk. 06.30-15.00 varje dag samma schema.',
  '9412', 'I', 2, 16, 'coop plan', 'storkok', 'tidigt team tempo rutin')
P('burgare', 'flamma', 'Flamma Angered', 'Angereds Torg 11', D_ANG, 'Burgare & pommes',
  'Grill, fritös, packa påsar. Kvällar & helger. Hög ljudnivå & snabbt tempo!!',
  '9411', 'I', 3, 16, 'coop norms', 'snabbmat', 'kvall tempo ljud team')
P('servering', 'ankare', 'Tre Ankare', 'Eriksbergstorget 9', D_LUN, 'Servitör/servitris',
  'Ta order, bära tallrikar, prata med gästerna. Kvällstid. Du måste gilla folk!',
  '5131', 'I', 2, 16, 'comm coop languages', 'servering', 'folk kvall fysiskt')
P('barback', 'nattuggla', 'Nattugglan', 'Andra Långgatan 30', D_MAL, 'Barback',
  'Fylla på is, glas o kylar bakom baren, byta fat. Sena kvällar in på natten. 18+ pga alkohol.',
  '5132', 'I', 1, 18, 'coop norms', 'bar', 'kvall natt tempo', closed=True)
P('catering', 'fatet', 'Cateringköket', 'Exportgatan 40', D_NH, 'Catering',
  'Förbereda plockmat, packa lådor, följa med ut på event ibland. Ofta tidigt, varierande dagar.',
  '5120', 'I', 2, 16, 'plan coop', 'kock catering', 'tidigt team variation')
P('choklad', 'kakao', 'Chokladfabriken', 'Lärjeholmsvägen 19', D_OG, 'Produktion choklad',
  'Stå vid linan, lägga praliner i askar, märka. Samma moment hela dagen, lugn takt men noggrant.',
  '8163', 'C', 3, 16, 'norms crit', 'livsmedelsfabrik', 'rutin lugnt precision inne')
P('rosteri', 'rostverk', 'Rosteriet', 'Herkulesgatan 26', D_LUN, 'Rosteri',
  'Väga bönor, cupping (provsmaka), packa påsar, maila kunder. Liten firma, vi är tre pers, lugnt.',
  '7613', 'C', 1, 16, 'crit literacy', 'livsmedelsfabrik kaffe', 'lugnt precision')
P('chark', 'tuvechark', 'Tuve Chark & Deli', 'Tuve torg 3', D_NH, 'Charkdisk',
  'Skära pålägg, ta fram styckdetaljer, väga upp till kund. Vassa knivar – du får lära dig. Kallt bakom disken.',
  '7611', 'G', 1, 16, 'comm crit', 'chark butik_mat', 'folk precision kallt', closed=True)
P('matbank', 'matbro', 'Matbrons lager', 'Importgatan 7', D_NH, 'Matsvinn-insamling',
  'Sortera mat som butikerna skänkt, packa kassar, dela ut. Många språk bland besökarna 🙂',
  '9629', 'S', 3, 15, 'coop languages', 'ideell sortering', 'team sprak fysiskt')
P('sushi', 'nami', 'Sushi Nami', 'Opaltorget 4', D_VG, 'Sushi',
  'Koka ris, rulla maki, skära lax. Takeaway, massor av beställningar via appen på helgen.',
  '5120', 'I', 1, 16, 'crit learn', 'kock sushi', 'precision tempo', closed=True)
P('restchef', 'ankare', 'Tre Ankare', 'Eriksbergstorget 9', D_LUN, 'Skugga restaurangchefen',
  'Schema, inköp, budget och få personalen att funka. Du följer chefen ett par dar i veckan.',
  '1721', 'I', 1, 18, 'plan num initiative', 'chef_rest kontor', 'siffror variation')

# ---------------------------------------------------------------- shops
P('varupafyll', 'matkassen', 'Matkassen Hammarkullen', 'Hammarkulletorget 62', D_ANG, 'Varupåfyllning',
  'Packa upp leveranser och fylla hyllor 06-10 innan vi öppnar. Du jobbar mest själv, mycket lyft.',
  '9332', 'G', 2, 15, 'plan norms', 'varupafyllning', 'tidigt ensam tungt inne')
P('kassa', 'matkassen', 'Matkassen Hammarkullen', 'Hammarkulletorget 62', D_ANG, 'Kassa',
  'Kassan + självscanning, stämma av kassan på kvällen. Många kunder, kö efter 16. Vara trevlig även när det är stressigt.',
  '5230', 'G', 2, 16, 'comm num', 'kassa', 'folk tempo')
P('klader', 'vikten', 'Vikten Nordstan', 'Nordstadstorget 1', D_CEN, 'Butik kläder',
  'Vika, hänga, hjälpa i provrummen, fylla på. Helgerna är det mycket folk.',
  '5223', 'G', 2, 15, 'comm coop', 'butik_klader', 'folk fysiskt')
P('visual', 'vikten', 'Vikten Nordstan', 'Nordstadstorget 1', D_CEN, 'Visual merchandising',
  'Styla skyltdockor och fönster, byta kampanj varannan vecka. Kreativt men vi följer koncept från HQ.',
  '3432', 'G', 1, 16, 'initiative crit', 'skyltning', 'kreativt hander')
P('sportbutik', 'ytterkant', 'Ytterkanten Frölunda', 'Frölunda Torg 12', D_AFH, 'Sportbutik',
  'Skor, fotboll, skidor. Slipa skridskor vintertid, prata träning med kunderna.',
  '5223', 'G', 2, 15, 'comm learn', 'butik_sport', 'folk')
P('elektronik', 'kretslopp', 'Kretsloppet Backaplan', 'Backavägen 2', D_LUN, 'Elektronikbutik',
  'Sälja mobiler o laptops, koppla upp TV:ar i demohyllan. Kunderna frågar mycket tekniskt.',
  '5223', 'G', 2, 16, 'comm digital', 'butik_elektronik', 'folk data')
P('bokhandel', 'bladvand', 'Bladvändaren', 'Linnégatan 41', D_MAL, 'Bokhandel',
  'Liten bokhandel + serier/manga. Packa upp, sortera, tipsa kunder. Lugnt på vardagar.',
  '5223', 'G', 1, 15, 'literacy comm', 'butik_bok', 'lugnt folk')
P('djurbutik', 'tassen', 'Zoo Tassen', 'Selma Lagerlöfs torg 2', D_NH, 'Djurbutik',
  'Mata fiskar, gnagare o fåglar, städa burar, byta vatten i akvarierna, sälja foder.',
  '5223', 'G', 2, 15, 'comm norms', 'butik_djur', 'djur folk')
P('bygghandel', 'virke', 'Virkesbolaget Backa', 'Exportgatan 15', D_NH, 'Bygghandel',
  'Kapa virke, blanda färg i färgmaskinen, lasta bilar åt hantverkare. Ute på gården en del.',
  '5223', 'G', 2, 16, 'comm coop', 'butik_bygg', 'folk ute tungt')
P('spelbutik', 'pixel', 'Pixelkällaren', 'Drottninggatan 38', D_CEN, 'Spelbutik',
  'Retrospel, konsoler, trading cards. Testa inbytta konsoler, sätta priser, snacka med kunder.',
  '5223', 'G', 1, 15, 'comm crit', 'butik_spel', 'folk')
P('blommor', 'blomhorn', 'Blomsterhörnan', 'Kortedala torg 10', D_OG, 'Florist',
  'Binda buketter, skära stjälkar, vattna. Tidigt när leveransen kommer, annars lugnt.',
  '5223', 'G', 1, 15, 'initiative comm', 'blommor', 'tidigt hander kreativt lugnt')
P('secondhand', 'aterbruk', 'Återbruket Hjällbo', 'Hjällbovägen 30', D_ANG, 'Second hand',
  'Sortera skänkta kläder o prylar, prismärka, fylla på i butiken. Inga krav, bara ös.',
  '5223', 'G', 3, 15, 'coop resource_management', 'secondhand sortering', 'fysiskt team')
P('apotek', 'lindblom', 'Apoteket Lindblomman', 'Angereds Torg 5', D_ANG, 'Apotek',
  'Packa upp läkemedel, fylla på egenvård, hjälpa kunder hitta rätt. Noggrannhet viktigt!',
  '5227', 'G', 1, 16, 'crit comm', 'apotek', 'precision folk')
P('mack', 'tankst', 'Tankstället Torslanda', 'Torslanda torg 1', D_VH, 'Bensinstation',
  'Kassa, korv, kaffe, städa planen och tvätta bilrutor. Kvällspass till 22.',
  '5225', 'G', 2, 16, 'comm norms', 'mack', 'folk kvall variation')
P('torg', 'kvibfrukt', 'Kvibergs marknad', 'Kvibergsvägen 5', D_OG, 'Torgförsäljning',
  'Lördag o söndag på marknaden. Ropa ut priser, väga frukt, ta betalt. Ute i alla väder ☔',
  '9520', 'G', 2, 15, 'comm num', 'torg', 'ute folk tempo')
P('telefonsalj', 'ringbol', 'Ringbolaget', 'Gamlestadsvägen 4', D_OG, 'Telefonförsäljning',
  'Ringa kunder om tidningsprenumeration. Headset, manus, datorn. Sitter still hela passet.',
  '5242', 'N', 3, 16, 'comm languages', 'telefonsalj', 'telefon data stilla')
P('optik', 'glasogon', 'Glasögonhuset', 'Redbergsplatsen 1', D_OH, 'Optikerbutik',
  'Justera bågar, skruva små skruvar, ta emot kunder, beställa glas. Pilligt!',
  '5224', 'G', 1, 16, 'crit comm', 'optik', 'precision folk')

# ---------------------------------------------------------------- warehouse and transport
P('ehandel', 'lagerlank', 'Lagerlänken Arendal', 'Arendalsvägen 45', D_VH, 'Plock & pack',
  'E-handelslager. Handscanner, plocka ordrar på tid. Högt tempo, mycket gå (20 000 steg/dag).',
  '4322', 'H', 3, 16, 'plan norms', 'lager_plock', 'tempo fysiskt inne')
P('lager_lugnt', 'nordlyft', 'Nordlyft Backa', 'Importgatan 22', D_NH, 'Lager reservdelar',
  'Litet lager med lastbilsdelar. Ta emot gods, hyllplacera, inventera. Lugnt tempo, oftast själv.',
  '4322', 'G', 1, 16, 'plan resource_management', 'lager_lugnt', 'lugnt ensam rutin inne')
P('truck', 'lagerlank', 'Lagerlänken Arendal', 'Arendalsvägen 45', D_VH, 'Truck',
  'Truckkort ingår (A+B). Lasta/lossa bilar, pallställ. 18+.',
  '8344', 'H', 1, 18, 'norms resource_management', 'truck', 'inne tempo', closed=True)
P('post', 'brevlada', 'Sorteringen Gamlestaden', 'Partihandelsgatan 30', D_OG, 'Postsortering',
  'Sortera brev och paket på terminalen 05-11. Stå mycket, samma rörelser.',
  '4420', 'H', 2, 16, 'norms plan', 'post sortering', 'tidigt rutin fysiskt')
P('tidning', 'morgonbud', 'Utdelning Bergsjön', 'Bergsjövägen 3', D_OG, 'Tidningsbud',
  'Dela ut tidningar 03.30-06. Egen runda, cykel eller till fots. Ensam, tyst, ute.',
  '9621', 'H', 3, 15, 'plan norms', 'tidning', 'natt tidigt ensam ute tyst')
P('flytt', 'barkraft', 'Bärkraft', 'Transportgatan 9', D_NH, 'Flytthjälp',
  'Bära möbler, tejpa kartonger, packa bilen. Tungt!! Vi jobbar i lag om 3.',
  '9332', 'H', 2, 16, 'coop plan', 'flytt', 'tungt team fysiskt')
P('avc', 'kretsgard', 'Kretsgården Lövgärdet', 'Lövgärdesvägen 40', D_ANG, 'ÅVC',
  'Guida besökarna vid containrarna, sortera metall/trä/elskrot. Ute hela dagen.',
  '9610', 'E', 2, 16, 'comm resource_management', 'atervinning sortering', 'ute fysiskt folk')
P('cykelbud', 'tramp', 'Tramp Express', 'Kungsgatan 7', D_CEN, 'Cykelbud',
  'Leverera mat & paket med lådcykel i stan. Eget tempo, ute hela dagen, du är själv.',
  '8329', 'H', 2, 16, 'plan initiative', 'cykelbud', 'ute ensam fysiskt', closed=True)
P('lastbil', 'backstrom', 'Åkeriet Sörred', 'Sörredsvägen 12', D_VH, 'Följ med chauffören',
  'Följ med lastbil på distribution, lasta/lossa, scanna följesedlar. Start 05. 18+ (tunga fordon).',
  '8332', 'H', 1, 18, 'plan norms', 'lastbil', 'tidigt tungt')
P('hamn', 'skarvterm', 'Containerterminalen', 'Arendalsvägen 90', D_VH, 'Hamn',
  'Surra containrar, kolla plomber, varselkläder. 18+ pga hamnområde.',
  '9331', 'H', 2, 18, 'norms coop', 'hamn', 'ute tungt', closed=True)
P('trafikledn', 'lagerlank', 'Lagerlänken kontor', 'Arendalsvägen 45', D_VH, 'Trafikledning',
  'Planera bilarnas rutter i systemet, svara när chaufförerna ringer. Kan bli stressigt.',
  '4323', 'H', 1, 16, 'plan digital', 'logistik_kontor kontor', 'data telefon tempo')

# ---------------------------------------------------------------- vehicles
P('bilverkstad', 'motorhall', 'Motorhallen', 'Gamlestadsvägen 18', D_OG, 'Bilmek',
  'Service, byta olja o bromsar, felsöka. Skitiga händer garanterat.',
  '7231', 'G', 2, 16, 'problem_solving learn', 'bilverkstad', 'hander smuts')
P('dack', 'dackdoc', 'Däckdoktorn Backa', 'Exportgatan 52', D_NH, 'Däckbyte',
  'Vår-rush! Byta däck, balansera, stapla på däckhotellet. Tungt o snabbt.',
  '8213', 'G', 3, 16, 'coop norms', 'dack', 'tungt tempo hander', dates=('2027-03-22', '2027-04-30'))
P('cykelverkstad', 'ekerverk', 'Ekerverket', 'Slottsskogsgatan 14', D_MAL, 'Cykelverkstad',
  'Laga punkor, byta växelvajrar, rikta hjul. Lugn verkstad, kunder lämnar in på morgonen.',
  '7231', 'G', 1, 15, 'problem_solving learn', 'cykelverkstad', 'hander precision lugnt')
P('mcverkstad', 'tvatakt', 'Tvåtakt Gunnilse', 'Gunnilsevägen 8', D_ANG, 'MC & moppe',
  'Skruva på mopeder o MC, byta kolv, mecka med förgasare. Snack om motorer hela dagarna.',
  '7231', 'G', 1, 16, 'problem_solving learn', 'mc_moped', 'hander smuts')
P('biltvatt', 'skumfab', 'Skumfabriken', 'Hjalmar Brantingsgatan 40', D_LUN, 'Biltvätt & rekond',
  'Handtvätt, dammsuga, vaxa, polera. Blött o kallt vintertid!',
  '9120', 'S', 3, 15, 'norms coop', 'biltvatt', 'fysiskt hander kallt')
P('billack', 'lackstud', 'Lackstudion', 'Exportgatan 61', D_NH, 'Billackering',
  'Maska o tejpa, slipa spackel, lacka i box. Andningsskydd. Noggrant!',
  '7132', 'G', 1, 16, 'crit learn', 'billack', 'precision hander')
# ---------------------------------------------------------------- building and crafts
P('snickare', 'hornsten', 'Bygget Kvillebäcken', 'Lindholmsallén 40', D_LUN, 'Snickare nyproduktion',
  'Regla väggar, skruva gips, montera dörrar. Team på 6. Start 06.45.',
  '7111', 'F', 2, 16, 'coop problem_solving', 'snickare', 'tidigt team tungt hander')
P('betong', 'hornsten', 'Bygget Kvillebäcken', 'Lindholmsallén 40', D_LUN, 'Betong',
  'Bygga form, binda armering, gjuta. Grovt, tungt och ute.',
  '7113', 'F', 2, 16, 'coop norms', 'betong', 'ute tungt')
P('mark', 'marksv', 'Markservice Sisjö', 'Sisjö Kullegata 6', D_AFH, 'Markarbete',
  'Lägga marksten, gräva, köra vibroplatta. Ute i alla väder.',
  '7114', 'F', 2, 16, 'coop learn', 'mark', 'ute tungt')
P('stallning', 'hojdpkt', 'Höjdpunkten', 'Importgatan 31', D_NH, 'Ställning',
  'Bära o montera ställningar på fasader. Höjd. 18+.',
  '7116', 'F', 2, 18, 'coop norms', 'stallning', 'ute tungt team', closed=True)
P('golv', 'parkettf', 'Parkettfabriken', 'Sankt Sigfridsgatan 89', D_OH, 'Golvläggare',
  'Slipa, lägga parkett o klickgolv i lägenheter. Mycket på knä, noggrant.',
  '7122', 'F', 1, 16, 'crit learn', 'golv', 'hander fysiskt inne precision')
P('glasmastare', 'klarsynt', 'Glasmästeri Klarsynt', 'Kaserntorget 2', D_CEN, 'Glasmästare',
  'Skära glas, byta rutor i fönster o dörrar, montera speglar. Noggrant, vassa grejer.',
  '7124', 'F', 1, 16, 'crit problem_solving', 'glas', 'precision hander', closed=True)
P('vvs', 'rorkraft', 'Rörkraft', 'Backa Bergögata 4', D_NH, 'VVS',
  'Byta blandare, dra rör i badrum, felsöka läckor. Åka runt hos kunder, nytt ställe varje dag.',
  '7125', 'F', 1, 16, 'problem_solving comm', 'vvs', 'variation hander')
P('malare', 'pensel', 'Penselgänget', 'Karl Johansgatan 60', D_MAL, 'Målare',
  'Spackla, slipa, måla väggar o tak i lägenheter. Lugnt och metodiskt.',
  '7131', 'F', 2, 16, 'crit norms', 'malare', 'hander lugnt inne')
P('sotare', 'sotarm', 'Sotarmästarna', 'Grevegårdsvägen 100', D_VG, 'Sotare',
  'Sota o borsta skorstenar, brandskyddskontroll. Takjobb → 18+.',
  '7133', 'F', 1, 18, 'norms crit', 'sotare', 'ute smuts')
P('svets', 'stalbyra', 'Stålbyrån', 'Arendalsvägen 12', D_VH, 'Svets',
  'MIG-svets av stålramar, slipa svetsfogar. Högljutt. 18+.',
  '7212', 'C', 1, 18, 'crit learn', 'svets', 'ljud hander precision')
P('elektriker', 'stromkraft', 'Strömkraft El', 'Wieselgrensplatsen 8', D_LUN, 'Elektriker',
  'Dra kabel, koppla uttag, montera armaturer. Lärling-vibe, noggrant.',
  '7411', 'F', 2, 16, 'problem_solving crit', 'el', 'hander precision')
P('byggstad', 'hornsten', 'Bygget Kvillebäcken', 'Lindholmsallén 40', D_LUN, 'Bygghjälp',
  'Bära, städa bygget, sortera spill i containrar. Inga förkunskaper.',
  '9310', 'F', 3, 16, 'coop norms', 'grovbygg', 'tungt fysiskt team')
P('tak', 'takmast', 'Takmästarna', 'Flygfältsgatan 6', D_VH, 'Takläggning',
  'Lägga papp o plåt på tak. Höjd → 18+.',
  '7121', 'F', 1, 18, 'coop norms', 'tak', 'ute tungt', closed=True)
P('platskontor', 'hornsten', 'Platskontoret Kvillebäcken', 'Lindholmsallén 40', D_LUN, 'Platskontoret',
  'Hjälpa arbetsledaren med ritningar, egenkontroller i iPad, beställningar.',
  '3112', 'F', 1, 16, 'digital plan', 'byggkontor kontor', 'data variation')
P('mobelsnickeri', 'ekfabrik', 'Ekfabriken', 'Kvibergsvägen 30', D_OG, 'Möbelsnickeri',
  'Bygga köksluckor o bord på beställning. Hyvla, fräsa, limma. Maskinerna låter.',
  '7522', 'C', 1, 16, 'crit problem_solving', 'mobelsnickare', 'hander precision ljud')
P('mobelrenov', 'gammaltgott', 'Gammalt & Gott', 'Sveagatan 17', D_MAL, 'Möbelrenovering',
  'Slipa ner gamla byråer, lacka, byta beslag. Lugn verkstad, radion på.',
  '2651', 'G', 1, 15, 'crit initiative', 'mobelrenov', 'hander lugnt precision')
P('tapetserare', 'sittplats', 'Sittplatsen', 'Danska vägen 40', D_OH, 'Tapetserare',
  'Klä om stolar o soffor: riva gammalt, spänna väv, häfta. Tålamod!',
  '7533', 'C', 1, 16, 'crit learn', 'tapetserare', 'hander precision lugnt', closed=True)
P('skomakare', 'klackbar', 'Klackbaren', 'Östra Hamngatan 33', D_CEN, 'Skomakeri + nyckelservice',
  'Byta klackar, sy läder, borsta o putsa skor, slipa nycklar. Kunder in o ut.',
  '7534', 'S', 1, 15, 'comm crit', 'skomakare', 'hander folk')
P('skradderi', 'naltrad', 'Nål & Tråd', 'Linnégatan 12', D_MAL, 'Skrädderi',
  'Lägga upp byxor, byta blixtlås, sy om. Symaskin + handsöm.',
  '7531', 'S', 1, 15, 'crit learn', 'skradderi', 'precision hander')
P('somnad', 'textilverk', 'Textilverket', 'Rannebergsvägen 2', D_ANG, 'Sömnad',
  'Sy gardiner och tygkassar i serie. Skära tyg efter mall, raka sömmar.',
  '7532', 'C', 2, 16, 'norms crit', 'somnad', 'rutin hander')
P('guldsmed', 'silverkista', 'Silverkistan', 'Vallgatan 5', D_CEN, 'Guldsmed',
  'Polera smycken, byta lås, gravera. Supersmå detaljer, lupp.',
  '7312', 'G', 1, 16, 'crit learn', 'guldsmed', 'precision hander')
P('keramik', 'lerverk', 'Lerverkstaden', 'Kustgatan 6', D_MAL, 'Keramik',
  'Dreja, glasera, bränna i ugn. Sälja i lilla butiken på lördagar.',
  '7319', 'C', 1, 15, 'initiative learn', 'keramik', 'kreativt hander')
P('gitarrverkstad', 'strangverk', 'Strängverket', 'Sankt Sigfridsgatan 12', D_OH, 'Gitarrverkstad',
  'Stränga om, justera halsar, löda pickups. Du bör gilla musik 🎸',
  '7319', 'C', 1, 16, 'crit problem_solving', 'instrument', 'precision hander')
P('tryckeri', 'tryckhus', 'Tryckhuset', 'Herkulesgatan 50', D_LUN, 'Tryckeri',
  'Digitaltryck av affischer o flyers, skära, vika o packa. Samma maskinflöde varje dag.',
  '7322', 'C', 2, 16, 'crit plan', 'tryck', 'rutin hander')
P('skylt', 'skyltfab', 'Skyltfabriken', 'Exportgatan 70', D_NH, 'Skyltar & dekaler',
  'Skära vinyl i plottern, tejpa dekor på bilar o fönster. Både verkstad o ute på montage.',
  '7319', 'C', 1, 16, 'crit initiative', 'skylt', 'precision kreativt variation')
P('urmakare', 'sekunden', 'Urmakeri Sekunden', 'Kungsgatan 48', D_CEN, 'Urmakare',
  'Byta batterier o armband, öppna urverk och rengöra. Lugnt, pincettjobb.',
  '7311', 'S', 1, 16, 'crit learn', 'urmakare', 'precision lugnt')
P('mobilrep', 'skarmfix', 'Skärmfixarna', 'Frölunda Torg 3', D_AFH, 'Mobilreparation',
  'Byta skärmar o batterier, sätta skärmskydd, felsöka. Kunder vid disken.',
  '7420', 'S', 2, 15, 'problem_solving comm', 'mobilrep', 'precision folk')
# ---------------------------------------------------------------- industry
P('montering', 'kretskort', 'Kretskortet', 'Amazonvägen 10', D_VH, 'Montering elektronik',
  'Löda o skruva ihop laddboxar vid bänk. Samma moment, fint finlir.',
  '8212', 'C', 3, 16, 'crit norms', 'montering', 'precision rutin inne')
P('plast', 'polymera', 'Polymera', 'Sörredsvägen 40', D_VH, 'Plastfabrik',
  'Passa formsprutan, ta ut detaljer, kontrollera o packa. Skift 6-14, maskinerna låter.',
  '8142', 'C', 2, 16, 'norms crit', 'fabrik', 'tidigt rutin ljud')
P('cnc', 'frasen', 'Fräsen', 'Transportgatan 44', D_NH, 'CNC',
  'Lära sig köra CNC-fräs, mäta med skjutmått, avgrada. Noggrannhet!',
  '7223', 'C', 1, 16, 'crit numeracy', 'cnc', 'precision ljud')
P('packning', 'doftlinje', 'Doftlinjen', 'Lärjeholmsvägen 60', D_OG, 'Packning',
  'Fylla flaskor på linan, sätta etiketter, packa kartonger. Musik i lokalen, lugnt tempo.',
  '8181', 'C', 3, 15, 'norms coop', 'packning', 'rutin lugnt inne')
P('handpack', 'packhus', 'Packhuset', 'Lövgärdesvägen 12', D_ANG, 'Handpackning',
  'Packa presentaskar o kampanjpaket för hand. Enkelt, du sitter ner.',
  '9320', 'C', 3, 15, 'norms', 'packning', 'rutin stilla lugnt', dates=('2027-01-11', '2027-03-05'))
P('tvatteri', 'tvattind', 'Tvättcentralen', 'Importgatan 50', D_NH, 'Tvätteri',
  'Tvätta o mangla lakan från hotell, vika handdukar. Varmt o fuktigt, snabbt.',
  '8151', 'C', 3, 16, 'norms coop', 'tvatteri', 'tempo rutin varmt')
P('lab', 'livslab', 'Livsmedelslabbet', 'Lindholmsallén 10', D_LUN, 'Labbassistent',
  'Väga prover, pipettera, diska glas, föra in i LIMS. Vitrock, lugnt.',
  '3212', 'M', 1, 16, 'crit digital', 'lab', 'precision data lugnt')
# ---------------------------------------------------------------- green work and animals
P('park', 'gronyta', 'Grönytan Önnered', 'Önneredsvägen 55', D_VG, 'Park',
  'Klippa gräs, rensa rabatter, kratta löv i bostadsområden. Ute, fysiskt, i team.',
  '6113', 'N', 3, 15, 'coop norms', 'tradgard', 'ute fysiskt team')
P('vaxthus', 'plantskola', 'Plantskolan', 'Lärjeholmsvägen 80', D_ANG, 'Växthus',
  'Skola om plantor, vattna, packa pallar till butiker. Varmt inne i växthuset, lugnt.',
  '6112', 'A', 2, 15, 'norms learn', 'vaxthus', 'lugnt varmt hander')
P('odling', 'akerlycka', 'Åkerlyckan', 'Gunnilsevägen 40', D_ANG, 'Grönsaksodling',
  'Så, rensa ogräs, skörda sallad o morötter. Ute, på knä, tidiga mornar.',
  '6111', 'A', 3, 15, 'norms coop', 'odling', 'ute tidigt fysiskt', dates=('2027-05-03', '2027-06-18'))
P('kyrkogard', 'ekbacka', 'Ekbacka kyrkogård', 'Delsjövägen 9', D_OH, 'Kyrkogård',
  'Kratta gångar, vattna gravar, klippa häckar. Lugnt o tyst, ute.',
  '6113', 'S', 2, 15, 'norms', 'kyrkogard', 'ute lugnt tyst', dates=('2027-04-12', '2027-06-11'))
P('skog', 'skogsgrp', 'Skogsgruppen', 'Delsjövägen 40', D_OH, 'Röjning',
  'Röja sly med röjsåg i friluftsområden. Heldag i skogen. 18+ (motorsåg).',
  '6210', 'A', 2, 18, 'norms', 'skog', 'ute tungt ljud', closed=True)
P('plantering', 'planteramera', 'Planteringslaget', 'Gunnilsevägen 60', D_ANG, 'Plantering',
  'Sätta skogsplantor med rör, betalt per planta typ. Blött o ute, du går själv i din rad.',
  '9210', 'A', 3, 16, 'norms', 'plantering', 'ute fysiskt ensam', dates=('2027-05-10', '2027-06-11'))
P('stall', 'hasthagen', 'Stallet Kviberg', 'Kvibergsvägen 60', D_OG, 'Stall',
  'Mocka, fodra, borsta o leda ut hästarna. Börjar 07.',
  '6121', 'R', 2, 15, 'norms coop', 'hast', 'djur tidigt ute fysiskt')
P('hunddagis', 'tassebo', 'Tassebo', 'Backa Bergögata 20', D_NH, 'Hunddagis',
  'Gå promenader med 5-6 hundar, städa hundgården, mata. Regn eller sol.',
  '6122', 'S', 2, 15, 'norms coop', 'hund', 'djur ute fysiskt')
P('djurklinik', 'fyrfota', 'Djurkliniken', 'Sisjö Kullegata 12', D_AFH, 'Djurklinik',
  'Städa burar, hålla djur vid undersökning, diska instrument. Ibland sorgligt.',
  '3240', 'M', 1, 16, 'crit norms', 'djurklinik', 'djur precision')
P('stadsbondgard', 'larjegard', 'Lärjegården', 'Lövgärdesvägen 70', D_ANG, 'Stadsbondgård',
  'Get, kanin, höns. Mata, mocka, visa skolklasser runt.',
  '6130', 'A', 2, 15, 'comm norms', 'gard_djur', 'djur ute barn')

# ---------------------------------------------------------------- care
P('aldreakt', 'lyktan', 'Lyktans äldreboende', 'Kortedala torg 20', D_OG, 'Aktiviteter äldreboende',
  'Bingo, promenader, fika o prat med de boende. Ingen omvårdnad. Lugnt.',
  '9629', 'Q', 2, 15, 'comm initiative', 'aldre_akt', 'folk lugnt')
P('hemtjanst', 'lyktan', 'Hemtjänsten Nordost', 'Angereds Torg 20', D_ANG, 'Hemtjänst',
  'Följ med ut till brukare: handla, städa, sällskap, lite omvårdnad. 18+.',
  '5321', 'Q', 1, 18, 'comm norms', 'hemtjanst', 'folk variation')
P('lss', 'vardagsverk', 'Vardagsverket', 'Gamlestadsvägen 50', D_OG, 'Daglig verksamhet LSS',
  'Jobba bredvid deltagarna i snickeriet o caféet, stötta i vardagen. 18+.',
  '5342', 'Q', 1, 18, 'comm coop', 'lss', 'folk variation')
P('persass', 'medvind', 'Medvind', 'Redbergsplatsen 8', D_OH, 'Personlig assistent',
  'Följa med en kund i vardagen. 18+.',
  '5343', 'Q', 1, 18, 'comm', 'persass', 'folk', closed=True)
P('tandvard', 'tandteam', 'Tandvårdsteamet', 'Frölunda Torg 20', D_AFH, 'Tandvård',
  'Sterilisera instrument, duka fram brickor, ta emot patienter i receptionen.',
  '5350', 'Q', 1, 16, 'norms crit', 'tandvard', 'precision rutin folk')
P('vardcentral', 'solbacken', 'Vårdcentralen Solbacken', 'Rymdtorget 2', D_OG, 'Reception vårdcentral',
  'Ta emot patienter, scanna remisser, visa vägen. Många språk (arabiska, somaliska = plus!).',
  '4117', 'Q', 1, 16, 'comm languages', 'vard_reception kontor', 'folk data sprak')
P('massage', 'knadhus', 'Knådhuset', 'Kungsportsavenyen 30', D_CEN, 'Massage',
  'Förbereda behandlingsrum, tvätta handdukar, lära grundgrepp på kollegorna.',
  '5143', 'S', 1, 16, 'comm learn', 'massage', 'hander')
P('hvb', 'fyrbaken', 'Fyrbåken', 'Sommarvädersgatan 5', D_VG, 'Behandlingsassistent',
  'Vardag med ungdomar på ett boende: matlagning, aktiviteter, kvällspass. 18+.',
  '3411', 'Q', 1, 18, 'comm coop', 'behandling', 'folk variation kvall')

# ---------------------------------------------------------------- beauty
P('frisor', 'lockig', 'Salong Lockig', 'Redbergsplatsen 5', D_OH, 'Frisör',
  'Tvätta hår, sopa, blanda färg, sen klippa på docka. Kunder hela dagen.',
  '5141', 'S', 1, 16, 'comm learn', 'frisor', 'folk kreativt precision')
P('barber', 'fadez', 'Fadez', 'Hammarkulletorget 40', D_ANG, 'Barber',
  'Fades, skägg, rakkniv när du är redo. Musik o snack hela dan.',
  '5141', 'S', 2, 16, 'comm learn', 'barber', 'folk precision')
P('nagel', 'glans', 'Nagelstudion Glans', 'Vårväderstorget 3', D_VH, 'Nagelstudio',
  'Lacka, gel, nail art, desinficera. Du sitter still o pillar med kund framför dig.',
  '5149', 'S', 1, 16, 'comm crit', 'nagel', 'precision kreativt stilla folk')
P('hudvard', 'skinljus', 'Skin Studio Ljus', 'Vasagatan 40', D_CEN, 'Hudvård',
  'Ansiktsbehandlingar, sälja krämer, hålla rent i rummen. Lugn miljö.',
  '5142', 'S', 1, 16, 'comm norms', 'hudvard', 'folk lugnt')
P('fotvard', 'taspets', 'Tåspetsen', 'Munkebäcksgatan 2', D_OH, 'Fotvård',
  'Fotbad, sterilisera, boka tider. Mest äldre kunder.',
  '5144', 'S', 1, 16, 'comm norms', 'fotvard', 'lugnt folk precision', closed=True)

# ---------------------------------------------------------------- children, sport, culture
P('forskola', 'myrstack', 'Myrstacken', 'Bergsjövägen 20', D_OG, 'Förskola',
  'Leka, läsa, vara ute med 3-5-åringar, hjälpa vid lunchen. Livat o högljutt.',
  '5311', 'P', 2, 16, 'comm coop', 'forskola', 'barn ljud ute')
P('elevass', 'nordstjarna', 'Nordstjärneskolan', 'Hammarkulletorget 20', D_ANG, 'Elevassistent',
  'Stötta elever i klassrummet, rastvakt. Åk 4-6.',
  '5312', 'P', 2, 16, 'comm coop', 'elevassistent', 'barn folk')
P('fritids', 'nordstjarna', 'Nordstjärneskolan', 'Hammarkulletorget 20', D_ANG, 'Fritids',
  'Eftermiddagar 13-17: pyssel, fotboll, mellis. Hitta på egna aktiviteter!',
  '2342', 'P', 2, 16, 'initiative comm', 'fritids', 'barn kreativt')
P('oppnafsk', 'blaklint', 'Familjecentralen Blåklinten', 'Angereds Torg 9', D_ANG, 'Öppna förskolan',
  'Sjunga, pyssla med småbarn o deras föräldrar, ställa i ordning. Många språk.',
  '2343', 'P', 1, 16, 'comm languages', 'oppnafsk', 'barn sprak folk', closed=True)
P('fritidsgard', 'basen', 'Basen', 'Rannebergsvägen 10', D_ANG, 'Fritidsgård',
  'Kvällar 17-21: pingis, FIFA, laga mat ihop, prata med kidsen. 18+ pga kvällar.',
  '3423', 'O', 2, 18, 'comm initiative', 'fritidsgard', 'kvall folk')
P('tranare', 'iknordost', 'Kvibergs konstgräs', 'Kvibergsvägen 40', D_OG, 'Fotbollstränare knattar',
  'Hjälpledare för 8-åringar: koner, övningar, peppa. Tis o tors 17-19 + match helg.',
  '3422', 'R', 3, 15, 'comm coop', 'idrott_tranare', 'barn ute kvall')
P('gym', 'styrkefab', 'Styrkefabriken Högsbo', 'Marconigatan 2', D_AFH, 'Gym',
  'Gymvärd: visa maskiner, torka av, frontdesk. Lära dig lägga program bredvid en PT.',
  '3422', 'R', 1, 16, 'comm learn', 'gym', 'folk')
P('badvakt', 'vattenland', 'Vattenlandet', 'Grevegårdsvägen 20', D_VG, 'Badvakt',
  'Gå runt bassängen, hålla koll, plocka undan. Du måste simma bra. 18+ (livräddning).',
  '5419', 'R', 2, 18, 'norms crit', 'simhall', 'folk fysiskt varmt')
P('gymchef', 'styrkefab', 'Styrkefabriken Högsbo', 'Marconigatan 2', D_AFH, 'Skugga gymchefen',
  'Schema, medlemsstatistik, kampanjer. Mest Excel o möten.',
  '1741', 'R', 1, 18, 'plan num', 'chef_gym kontor', 'siffror data')
P('bibliotek', 'gnistan_kh', 'Gnistans bibliotek', 'Hammarkulletorget 1', D_ANG, 'Bibliotek',
  'Ställa upp böcker, scanna returer, hjälpa barn hitta manga. Tyst (nästan) o lugnt.',
  '4410', 'R', 2, 15, 'literacy norms', 'bibliotek', 'lugnt tyst rutin')
P('ljudljus', 'gnistan_kh', 'Gnistans scen', 'Hammarkulletorget 1', D_ANG, 'Ljud & ljus',
  'Rigga högtalare, mixa ljud på konserter, fokusera strålkastare. Kvällar ibland.',
  '3522', 'R', 2, 16, 'problem_solving coop', 'scenteknik', 'kvall hander ljud')
P('scenografi', 'fyrlyktan', 'Teater Fyrlyktan', 'Järntorget 4', D_MAL, 'Scenografi',
  'Bygga o måla kulisser, sy enkla draperier, fixa rekvisita.',
  '3432', 'R', 1, 16, 'initiative coop', 'scenografi', 'kreativt hander')
P('foto', 'ljusglimt', 'Ljusglimt studio', 'Andra Långgatan 21', D_MAL, 'Fotoassistent',
  'Bära ljus, sätta upp bakgrunder, redigera i Lightroom. Mest produktfoto.',
  '3431', 'M', 1, 16, 'digital initiative', 'foto', 'kreativt data')
P('stream', 'livesand', 'Livesänd', 'Lindholmspiren 11', D_LUN, 'Livestream',
  'Kamera o bildmix när vi streamar konserter o esport. OBS, vMix. Kvällar, team på 4.',
  '3521', 'J', 1, 16, 'digital coop', 'stream', 'data kvall team')
P('studio', 'basgangen', 'Studio Basgången', 'Karl Johansgatan 12', D_MAL, 'Inspelningsstudio',
  'Koppla mickar, spela in, mixa demos med producenten. Sitta vid datorn sena kvällar.',
  '3522', 'J', 1, 16, 'digital learn', 'studio', 'data kvall stilla')
P('dans', 'puls', 'Dansstudion Puls', 'Vasagatan 50', D_CEN, 'Dans',
  'Assistera på hiphop-klasser för barn, värma upp, visa steg.',
  '2653', 'P', 1, 16, 'comm coop', 'dans', 'barn fysiskt')
P('museum', 'varvsminne', 'Varvsmuseet', 'Eriksbergstorget 20', D_LUN, 'Museum',
  'Guida skolklasser, kassa, ta hand om utställningen.',
  '5113', 'R', 1, 16, 'comm literacy', 'museum', 'folk barn')

# ---------------------------------------------------------------- IT, media, office
P('itsupport', 'natverkstan', 'Nätverkstan', 'Lindholmsallén 20', D_LUN, 'IT-support',
  'Installera datorer, resetta lösenord, svara i supporten. Folk ringer stressade.',
  '3512', 'J', 2, 16, 'digital comm', 'it_support', 'data telefon folk')
P('natverk', 'natverkstan', 'Nätverkstan', 'Lindholmsallén 20', D_LUN, 'Nätverk',
  'Koppla switchar, dra nätverkskabel i serverrum, säkerhetstester (vi hackar våra egna nät 😎). Mycket själv.',
  '3514', 'J', 1, 16, 'digital problem_solving', 'natverk', 'data hander ensam')
P('speltest', 'glitch', 'Glitchfabriken', 'Lindholmspiren 7', D_LUN, 'Speltestare',
  'Spela samma bana 50 ggr, hitta buggar, skriva rapporter i Jira. Engelska på kontoret.',
  '2173', 'J', 2, 16, 'digital crit', 'speltest', 'data rutin engelska')
P('programmering', 'appstudion', 'Appstudion', 'Lindholmsallén 2', D_LUN, 'Junior dev',
  'Koda små features i React med en utvecklare bredvid, code reviews.',
  '2512', 'J', 1, 16, 'digital problem_solving', 'programmering', 'data stilla')
P('grafisk', 'formkraft', 'Formkraft', 'Drottninggatan 50', D_CEN, 'Grafisk design',
  'Göra flyers o insta-grafik i Illustrator/Canva.',
  '2172', 'M', 1, 16, 'digital initiative', 'grafisk', 'kreativt data')
P('tidningen', 'nordostblad', 'Nordostbladet', 'Angereds Torg 15', D_ANG, 'Lokaltidning',
  'Skriva korta nyheter, intervjua folk på torget, fota. Deadline varje onsdag.',
  '2642', 'J', 1, 16, 'literacy comm', 'journalist', 'folk tempo')
P('some', 'gnistan_kh', 'Kulturhuset Gnistan', 'Hammarkulletorget 1', D_ANG, 'Sociala medier',
  'Filma o klippa reels från våra event, skriva captions, schemalägga inlägg.',
  '2432', 'R', 1, 16, 'digital initiative', 'sociala_medier', 'kreativt data')
P('marknad', 'formkraft', 'Formkraft', 'Drottninggatan 50', D_CEN, 'Marknadsassistent',
  'Kampanjer, utskick, räkna på klick o kolla statistik.',
  '4114', 'M', 1, 16, 'digital num', 'marknad kontor', 'data siffror')
P('ekonomi', 'kalkylen', 'Kalkylen', 'Södra Hamngatan 37', D_CEN, 'Ekonomi',
  'Scanna kvitton, bokföra fakturor, stämma av konton. Siffror hela dagen, lugnt kontor.',
  '4111', 'M', 1, 16, 'num digital', 'ekonomi kontor', 'siffror data lugnt stilla')
P('reception', 'navet', 'Navet', 'Hjalmar Brantingsplatsen 2', D_LUN, 'Reception',
  'Ta emot besök, svara i telefon, boka mötesrum, sortera posten.',
  '4225', 'N', 1, 16, 'comm digital', 'reception kontor', 'folk telefon data')
P('hotellrec', 'kajskjul', 'Hotell Kajskjulet', 'Lindholmspiren 5', D_LUN, 'Hotellreception',
  'Checka in gäster, svara på mejl på engelska, tipsa om stan. Kvälls- o helgpass.',
  '4224', 'I', 1, 16, 'comm languages', 'hotellreception', 'folk engelska kvall data', closed=True)
P('hotellstad', 'kajskjul', 'Hotell Kajskjulet', 'Lindholmspiren 5', D_LUN, 'Städ hotellrum',
  'Bädda, byta lakan, städa badrum. 14 rum per pass, tempo!',
  '9111', 'I', 2, 16, 'norms plan', 'stad', 'tempo fysiskt ensam')
P('kundtjanst', 'svarsserv', 'Svarsservice', 'Gamlestads torg 10', D_OG, 'Kundtjänst',
  'Svara i chatt o telefon för en webbshop, spåra paket, göra returer. Headset, sitta still.',
  '4222', 'N', 2, 16, 'comm digital', 'kundtjanst', 'telefon data stilla')
P('event', 'evkajen', 'Evenemangsbyrån Kajen', 'Eriksbergstorget 12', D_LUN, 'Event',
  'Bygga upp mässmontrar, checka in gäster, riva. Oregelbundna tider, kvällar.',
  '3332', 'N', 2, 16, 'plan coop', 'event', 'variation folk kvall tungt')
P('fastighetsskotare', 'hemvist', 'Hemvist Hammarkullen', 'Hammarkulletorget 50', D_ANG, 'Fastighetsskötare',
  'Byta lampor, skotta, laga dörrstängare, prata med hyresgäster. Ute o inne, aldrig samma dag.',
  '5152', 'L', 2, 16, 'problem_solving comm', 'fastighetsskotare', 'variation hander ute folk')
P('gis', 'geodata', 'Geodata Västkust', 'Lindholmsallén 30', D_LUN, 'GIS',
  'Rita in träd o ledningar i kartor, mäta ute med GPS ibland.',
  '3117', 'M', 1, 16, 'digital numeracy', 'gis', 'data precision')
P('arkitekt', 'vinkel', 'Arkitektkontoret Vinkel', 'Stampgatan 15', D_CEN, 'Arkitektkontor',
  'Bygga modeller i kartong, skriva ut ritningar, skissa i SketchUp.',
  '2161', 'M', 1, 16, 'initiative digital', 'arkitekt', 'kreativt precision data')
P('natur', 'naturvard', 'Naturvårdsgruppen', 'Delsjövägen 20', D_OH, 'Naturinventering',
  'Räkna fåglar o grodor, fota, föra in i app. Ute i skogen, stövlar!',
  '2132', 'M', 1, 16, 'crit digital', 'natur', 'ute djur precision')

# ---------------------------------------------------------------- services
P('kontorsstad', 'glansteam', 'Glansteamet Högsbo', 'Marconigatan 30', D_AFH, 'Kontorsstäd',
  'Städa kontor 06-09 innan folk kommer. Egen slinga, egen vagn, lugnt.',
  '9111', 'N', 3, 16, 'norms plan', 'stad', 'tidigt ensam lugnt rutin')
P('fonsterputs', 'glansteam', 'Glansteamet Högsbo', 'Marconigatan 30', D_AFH, 'Fönsterputs',
  'Putsa fönster o skyltfönster i butiker, skrapa, gnugga. Ute, stege ibland.',
  '9120', 'N', 2, 16, 'norms', 'fonsterputs', 'ute fysiskt')
P('vaktmastare', 'nordstjarna', 'Nordstjärneskolan', 'Hammarkulletorget 20', D_ANG, 'Skolvaktmästare',
  'Fixa trasiga stolar, bära, byta lysrör, ta emot leveranser. Olika varje dag.',
  '5152', 'P', 1, 16, 'problem_solving', 'vaktmastare', 'variation hander')
P('begravning', 'stillavatten', 'Stilla Vatten', 'Danska vägen 70', D_OH, 'Begravningsbyrå',
  'Göra i ordning lokaler, ordna blommor, bära, möta anhöriga. Tyst o respektfullt. 18+.',
  '5161', 'S', 1, 18, 'comm norms', 'begravning', 'lugnt folk tyst')
P('vakt', 'tryggvakt', 'Tryggvakt', 'Nordstadstorget 5', D_CEN, 'Väktare (följ med)',
  'Följ med väktare på rondering i köpcentrum, kvällar. 18+.',
  '5413', 'N', 1, 18, 'norms comm', 'vakt', 'kvall folk fysiskt')


# area of each kind of work (used for ruled-out areas and broad "same area" grades)
_AREA_LISTS = {
    'mat': 'disk kock frukost pizza kafe barista bageri konditori storkok snabbmat servering bar catering '
           'livsmedelsfabrik kaffe chark sushi chef_rest',
    'butik': 'butik_mat kassa butik_klader butik_sport butik_elektronik butik_bok butik_djur butik_bygg butik_spel '
             'blommor secondhand apotek mack torg optik skyltning',
    'lager': 'varupafyllning lager_plock lager_lugnt truck post tidning flytt cykelbud lastbil hamn logistik_kontor',
    'fordon': 'bilverkstad dack cykelverkstad mc_moped biltvatt billack',
    'bygg': 'snickare betong mark stallning golv glas vvs malare sotare svets el grovbygg tak byggkontor',
    'hantverk': 'mobelsnickare mobelrenov tapetserare skomakare skradderi somnad guldsmed keramik instrument tryck '
                'skylt urmakare mobilrep',
    'industri': 'montering fabrik cnc packning tvatteri lab',
    'gront': 'tradgard vaxthus odling kyrkogard skog plantering natur',
    'djur': 'hast hund djurklinik gard_djur',
    'vard': 'aldre_akt hemtjanst lss persass tandvard vard_reception massage behandling',
    'skonhet': 'frisor barber nagel hudvard fotvard',
    'barn': 'forskola elevassistent fritids oppnafsk',
    'fritid': 'fritidsgard idrott_tranare gym simhall dans chef_gym',
    'kultur': 'bibliotek scenteknik scenografi foto stream studio museum',
    'it': 'it_support natverk speltest programmering',
    'media': 'grafisk journalist sociala_medier',
    'kontor': 'kontor ekonomi reception hotellreception kundtjanst marknad event gis arkitekt telefonsalj',
    'service': 'stad fonsterputs vaktmastare begravning vakt fastighetsskotare ideell sortering atervinning',
}
AREA = {k: a for a, ks in _AREA_LISTS.items() for k in ks.split()}
