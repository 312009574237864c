"""Catalogue 8 youths (blind 10), written by hand, with a grading spec per youth. Sealed.

Y(cat, first_name, gender, birth_year, district, text, **spec)
spec for (a)(b)(d)(e)(f)(g): g3/g2/g1 = kinds of work graded 3/2/1 (space separated), out = kinds ruled out,
nocond = stated conditions that rule a placement out.
spec for (c): want = named conditions, main = the main one, bad = conditions that contradict.
Derived conditions: physical = heavy or moving; calmish = calm or quiet; late = evening, night or shifts;
people = customers or team.
"""

YS = []

AFH, VGO = 'Askim-Frölunda-Högsbo', 'Västra Göteborg'


def Y(cat, name, gender, birth, dist, text, **spec):
    YS.append(dict(cat=cat, first_name=name, gender=gender, birth_year=birth, district=dist, interests=text,
                   spec={k: v.split() for k, v in spec.items()}))


# ---------------------------------------------------------------- (a) contrast and change
Y('a', 'Elvin', 'male', 2006, AFH,
  'jobbat i kassan på en ica hela sommarn. aldrig mer kassa 😩 vill ha nåt där man rör på sig, typ lager eller flytt',
  g3='pick removals', g2='post warehouse_lead restock truck', g1='courier port recycling',
  out='till fuel market')
Y('a', 'Tindra', 'female', 2008, VGO,
  'Bygg är kul!! men INTE på höjder, blir yr. så inga tak eller stegar tack',
  g3='carpentry labourer concrete masonry paving',
  g2='painting flooring electric plumbing heatpump insulation sanitation glass cabinet site_lead',
  out='sheet_metal chimney windows network', nocond='heights')
Y('a', 'Juni', 'female', 2010, AFH,
  'hade prao på en förskola i 8an. det var helt ok men egentligen vill jag hellre jobba med djur',
  g3='dogs farm_animals zoo vet', g1='preschool')
Y('a', 'Marcus', 'male', 2003, VGO,
  'Har stått i restaurangkök i två år som kock. Vill bort från köket helt, något helt annat. Gärna med datorer.',
  g3='it_support web network', g2='game gis stream', g1='prepress',
  out='cook chef dish pizza fastfood school_kitchen cold_kitchen breakfast bake cafe bar wait')
Y('a', 'Selma', 'female', 2004, AFH,
  'allt inom vård funkar utom hemtjänsten, orkar inte ränna mellan lägenheter hela dagarna. gamlingar är mysiga dock ❤️',
  g3='care_home ward', g2='lss pers_assist youth_home dental', g1='foot_care med_admin',
  out='home_care')
Y('a', 'Noah', 'male', 2005, VGO,
  'inte butik igen!!! stod på ett klädställe ett helt år. vill göra nåt med händerna istället, snickra eller så',
  g3='carpentry cabinet', g2='furniture_assembly flooring upholstery scenery labourer', g1='bike instrument_repair',
  out='fashion secondhand till restock shop_games shop_fishing shop_manager pharmacy optic florist fuel market')
Y('a', 'Amira', 'female', 2007, AFH,
  'Skulle bli frisör men jag tål inte hårfärgen 😭 så inget med hår alls. Nåt annat inom skönhet, naglar eller hudvård vore nice',
  g3='nails skin', g2='massage foot_care', out='hair barber')
Y('a', 'Oskar', 'male', 2005, VGO,
  'Hatar att prata i telefon. Gjorde kundtjänst i höstas och det var hemskt. Kontor är däremot lugnt, jag gillar faktiskt excel',
  g3='accounts', g2='law school_admin marketing', g1='gis web', out='customer_service phone_sales survey',
  nocond='phone')
Y('a', 'Wilma', 'female', 2009, AFH,
  'Min bror kör truck på ett lager och tycker det är skitkul. Jag? Nej tack. Jag vill laga mat, helst baka',
  g3='bake cook cold_kitchen', g2='pizza chef school_kitchen cafe fastfood', g1='food_factory dish breakfast',
  out='pick truck warehouse_lead post')

# ---------------------------------------------------------------- (b) several interests
Y('b', 'Leo', 'male', 2010, VGO,
  'musik o djur!! båda typ',
  g3='instrument_repair stage_tech dogs farm_animals zoo vet', g2='stream')
Y('b', 'Hugo', 'male', 2007, AFH,
  'bilar eller data, helst nåt där man får skruva på grejer',
  g3='car it_support network', g2='car_paint valeting bike electronics_repair', g1='web game maintenance')
Y('b', 'Ellen', 'female', 2008, VGO,
  'Kan tänka mig sälja kläder eller jobba på ett café. Kanske nåt med barn också, det funkar.',
  g3='fashion cafe', g2='shop_games shop_fishing till pharmacy optic florist breakfast wait preschool school_assist coach',
  g1='restock bake')
Y('b', 'Kevin', '', 2006, AFH,
  'trädgård framförallt. kanske skog. el är också lite intressant',
  g3='park greenhouse', g2='forest veg_farm berries home_service electric site_lead', g1='heatpump')
Y('b', 'Liv', 'other', 2005, VGO,
  'film, foto eller spel. jag vill skapa saker folk tittar på',
  g3='photo stream game', g2='graphic stage_tech marketing props', g1='web prepress scenery')
Y('b', 'Adam', 'male', 2004, AFH,
  'hamnen låter fett, eller jobba på en båt. annars truck',
  g3='port ferry fishing truck', g2='pick warehouse_lead removals', g1='courier post')
Y('b', 'Ronja', 'female', 2004, VGO,
  'Hjälpa gamla människor + laga mat. Helst båda samtidigt typ i köket på ett äldreboende',
  g3='care_home home_care cook school_kitchen cold_kitchen', g2='ward pers_assist lss chef pizza fastfood bake breakfast',
  g1='dish foot_care')
Y('b', 'Bella', 'female', 2009, AFH,
  'naglar, smink, hår, allt sånt 💅 + insta',
  g3='nails hair marketing', g2='barber skin graphic photo', g1='massage')
Y('b', 'Isak', 'male', 2006, VGO,
  'svetsa, elektronik, kanske måla',
  g3='welding assembly_el electronics_repair', g2='maintenance cnc electric painting car_paint', g1='scenery')

# ---------------------------------------------------------------- (c) traits and conditions only
Y('c', 'Viggo', 'male', 2007, AFH,
  'Vill va ute. Helst nåt fysiskt, inte sitta still. Bryr mig inte om vädret',
  want='outdoor physical', main='outdoor', bad='sitting indoor')
Y('c', 'Alva', 'female', 2009, VGO,
  'jag är ganska tyst av mig. funkar bäst när jag får jobba själv i lugn takt, inte massa kunder runt mig',
  want='alone calmish', main='alone', bad='customers fast noisy team')
Y('c', 'Melvin', 'male', 2005, AFH,
  'MORGONMÄNNISKA. börjar gärna kl 5. vill va klar tidigt och ha eftermiddagen fri',
  want='early', main='early', bad='evening night shifts')
Y('c', 'Saga', 'female', 2008, VGO,
  'Kan inte sitta still. Behöver variation och mycket folk runt mig, älskar när det händer grejer hela tiden',
  want='variety people physical', main='variety', bad='sitting alone routine quiet')
Y('c', 'Ebba', 'female', 2006, AFH,
  'noggrann och pillig, gillar när allt blir exakt rätt. helst inne och lugnt',
  want='precise calmish', main='precise', bad='fast outdoor noisy')
Y('c', 'Theo', 'male', 2004, VGO,
  'kvällar o nätter passar mig bäst, sover på dagarna lol. gärna i ett team',
  want='late team', main='late', bad='early')
Y('c', 'Nora', '', 2007, AFH,
  'vill jobba med händerna och skapa nåt, gärna kreativt. inte sitta framför en skärm hela dagarna',
  want='creative hands', main='creative', bad='screen')
Y('c', 'Ali', 'male', 2005, VGO,
  'Tungt är helt ok, jag tränar 5 ggr i veckan. Vill ha kollegor o inte vara ensam',
  want='heavy team', main='heavy', bad='alone')
Y('c', 'Klara', 'female', 2008, AFH,
  'Jag stressar lätt. Vill ha samma rutiner varje dag och veta vad som ska hända. Inga telefoner.',
  want='routine calmish', main='routine', bad='fast phone variety')

# ---------------------------------------------------------------- (d) two senses and hobbies
Y('d', 'Emil', 'male', 2003, VGO,
  'fiskar varje helg med farsan, knyter egna flugor o lagar våra nät 🎣',
  g3='fishing shop_fishing', g2='fishprep ferry', g1='zoo port')
Y('d', 'Sami', 'male', 2008, AFH,
  'streamar varje kväll på twitch, har fixat hela setupen själv, kamera ljud allt',
  g3='stream game', g2='it_support stage_tech', g1='network photo')
Y('d', 'Vera', 'female', 2009, VGO,
  'Byggt om min gamla racer själv, ny ram, nya hjul. Cyklar är livet',
  g3='bike', g2='courier car', g1='welding car_paint')
Y('d', 'Nils', 'male', 2008, AFH,
  'samlar pokémonkort sen jag var 8, åker på turneringar nästan varje månad',
  g3='shop_games', g2='boardgames game', g1='youth_centre')
Y('d', 'Majken', 'female', 2010, VGO,
  'Bakar varje helg, det står nästan alltid en plåt kanelbullar i ugnen hemma haha',
  g3='bake', g2='cafe pizza cook cold_kitchen', g1='food_factory breakfast')
Y('d', 'Zakaria', 'male', 2006, AFH,
  'plåtar typ allt, har en gammal systemkamera från morfar. redigerar i lightroom på nätterna',
  g3='photo', g2='stream graphic marketing', g1='prepress')
Y('d', 'Elsa', 'other', 2007, VGO,
  'Spelar brädspel och rollspel med polarna varje fredag och är alltid spelledaren',
  g3='boardgames shop_games', g2='game youth_centre', g1='scenery')
Y('d', 'Albin', 'male', 2009, AFH,
  'har inrett mitt rum själv, byggde egna skåp o en säng av gamla lastpallar',
  g3='cabinet', g2='carpentry furniture_assembly scenery', g1='upholstery flooring painting')
Y('d', 'Lo', '', 2010, VGO,
  'Är scout sen länge, kan spåra djur i snön och göra upp eld utan tändstickor 🔥',
  g3='forest', g2='park veg_farm berries', g1='dogs farm_animals')

# ---------------------------------------------------------------- (e) newcomers' Swedish
Y('e', 'Rami', 'male', 2002, AFH,  # Arabic
  'jag var frisör i Syrien 10 år. jag vill jobba frisör här också. jag kan klippa man och kvinna, också skägg',
  g3='hair barber', g2='nails skin', g1='massage')
Y('e', 'Hodan', 'female', 2008, VGO,  # Somali
  'Jag vill jobba med barn. Jag har mycket syskon och jag passar dom alltid hemma. Jag prata somaliska och lite svenska',
  g3='preschool school_assist', g2='coach youth_centre', g1='library')
Y('e', 'Darya', 'female', 2005, AFH,  # Persian
  'Jag tycker om dator. I Iran jag har läst lite programmering. Men min svenska inte så bra, jag vill inte prata med kunder mycket',
  g3='web game', g2='gis prepress it_support', g1='accounts', nocond='customers phone')
Y('e', 'Karwan', 'male', 2003, VGO,  # Kurdish (Sorani)
  'jag kan jobba bygg. jag var målare i Kurdistan många år. jag är stark, tung är inga problem',
  g3='painting', g2='carpentry labourer concrete masonry paving flooring', g1='car_paint')
Y('e', 'Andrei', 'male', 2004, AFH,  # Romanian
  'Jag vill jobba i lager eller kör truck, jag har truck kort från Rumänien. Kan jobba natt också inga problem',
  g3='truck pick', g2='post warehouse_lead removals', g1='port')
Y('e', 'Sumalee', 'female', 2002, VGO,  # Thai
  'jag tycker laga mat thai mat. jag jobba kock restaurang i Bangkok fem år. vill kock här i Sverige',
  g3='cook cold_kitchen', g2='chef pizza fastfood school_kitchen breakfast', g1='dish bake cafe')
Y('e', 'Linh', 'female', 2006, AFH,  # Vietnamese
  'jag vill jobb nagel salong, jag kan gellack bra. eller sy kläder, mamma lärde mig sy när jag liten',
  g3='nails tailoring', g2='skin', g1='upholstery hair')
Y('e', 'Arben', 'male', 2005, VGO,  # Albanian
  'Jag vill bli elektriker. I Kosovo jag hjälpte min farbror med el i hus. Jag gillar inte sitta på kontor',
  g3='electric', g2='site_lead heatpump network', g1='electronics_repair plumbing maintenance')
Y('e', 'Olga', 'female', 2003, AFH,  # Russian
  'Jag studerade ekonomi i Sankt Petersburg. Nu jag vill praktik med bokföring eller bank. Jag är mycket noggrann',
  g3='accounts', g2='law school_admin med_admin', g1='marketing travel shop_manager')

# ---------------------------------------------------------------- (f) English
Y('f', 'Jonas', 'male', 2009, VGO,
  'I want to work with animals, esp dogs 🐕',
  g3='dogs', g2='vet farm_animals zoo')
Y('f', 'Yasmin', 'female', 2006, AFH,
  'anything in IT/tech, I build my own PCs for fun. just not customer support pls',
  g3='network web game gis', g2='electronics_repair', out='it_support customer_service')
Y('f', 'Daniel', 'male', 2004, VGO,
  'Looking for something in a kitchen. I was a dishwasher back home but I want to actually cook now',
  g3='cook cold_kitchen', g2='pizza chef fastfood school_kitchen breakfast bake', g1='dish')
Y('f', 'Lina', 'female', 2003, AFH,
  'i speak english, arabic and french. want a job where my languages matter, like hotel or tourism',
  g3='hotel_reception guide', g2='travel', g1='breakfast hotel_rooms')
Y('f', 'Omar', 'male', 2007, VGO,
  'sports coach or gym, i play basketball 🏀 kids are cool too',
  g3='coach gym', g2='lifeguard youth_centre preschool school_assist')
Y('f', 'Freja', 'female', 2008, AFH,
  'jag vill jobba outdoors, like gardening or something. NOT in a shop again 🙅',
  g3='park veg_farm', g2='greenhouse berries forest home_service',
  out='florist market fashion secondhand till restock')
Y('f', 'Filip', 'male', 2006, VGO,
  "I'm good with my hands, fixing stuff. bikes, cars, whatever. no office",
  g3='bike car', g2='maintenance electronics_repair car_paint', g1='caretaker valeting')
Y('f', 'Mira', 'female', 2005, AFH,
  'Design! graphic design, illustration, posters. maybe printing too',
  g3='graphic', g2='print prepress marketing', g1='photo scenery')
Y('f', 'Grace', 'female', 2002, VGO,
  "Care work. I was a nursing assistant in the Philippines. Elderly or hospital, both fine, I don't mind night shifts",
  g3='care_home ward home_care', g2='lss pers_assist dental', g1='foot_care youth_home')

# ---------------------------------------------------------------- (g) plain clear wishes
Y('g', 'Ida', 'female', 2010, AFH,
  'Jag vill jobba i en butik.',
  g3='till fashion shop_games shop_fishing pharmacy optic florist',
  g2='restock fuel market rental', g1='cafe')
Y('g', 'Lukas', 'male', 2008, VGO,
  'Jag vill bli snickare.',
  g3='carpentry', g2='cabinet labourer flooring furniture_assembly', g1='scenery concrete masonry')
Y('g', 'William', 'male', 2006, AFH,
  'Vill jobba på ett lager.',
  g3='pick post', g2='warehouse_lead truck removals restock', g1='port courier')
Y('g', 'Maja', 'female', 2005, VGO,
  'Förskola. Jag vill jobba med små barn.',
  g3='preschool', g2='school_assist', g1='coach library')
Y('g', 'Elias', 'male', 2004, AFH,
  'Restaurang, helst servering.',
  g3='wait', g2='cafe bar breakfast', g1='dish cook')
Y('g', 'Anton', 'male', 2007, VGO,
  'Jag vill bli bilmekaniker.',
  g3='car', g2='car_paint bike maintenance', g1='valeting')
Y('g', 'Hanna', 'female', 2005, AFH,
  'Jag vill jobba inom vården som undersköterska.',
  g3='ward home_care', g2='care_home lss pers_assist dental', g1='youth_home foot_care')
Y('g', 'Viktor', 'male', 2007, VGO,
  'IT-support.',
  g3='it_support', g2='network web', g1='customer_service electronics_repair')
Y('g', 'Fatima', 'female', 2006, AFH,
  'Jag vill jobba med städning.',
  g3='cleaning hotel_rooms windows', g2='vehicle_clean valeting home_service', g1='caretaker janitor')
