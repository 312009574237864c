# Catalogue 3: hand-written youth profiles and their grading specs (source of youths.csv and gold.csv).
# BLIND 5 — SEALED. Do not read while developing the matcher.
#
# spec fields (applied by build.grade to every OPEN placement):
#   g3 / g2 / g1  kinds of work graded 3 / 2 / 1 (highest level wins)
#   no            kinds ruled out (grade 0 whatever else matches)
#   avoid         stated conditions that rule a placement out
#   need3         conditions a placement must state to keep a 3 (else 2)
#   want          category (c): named conditions, main first (3 all, 2 main + none contradicted,
#                 1 main only when 3+ named, 0 contradicted or main missing)
#   ovr           per-placement corrections {ref: grade}

NORDOST = 'Nordost'
HV = 'Hisingen Väst'
A, O, V = 'Angered', 'Östra Göteborg', 'Västra Hisingen'
TEAM = {A: NORDOST, O: NORDOST, V: HV}

YOUTHS = []


def Y(ref, cat, name, gender, born, district, strengths, develop, text, **spec):
    YOUTHS.append(dict(ref=ref, cat=cat, first_name=name, gender=gender, birth_year=born, district=district,
                       team=TEAM[district], strengths=strengths, develop=develop, interests=text, spec=spec))


FOOD = ['cook', 'cook_large', 'kitchen_assist', 'pizza', 'fastfood', 'cafe', 'bakery', 'pastry', 'bakery_shop',
        'bakery_industry', 'waiter', 'catering', 'food_production', 'fish_processing', 'bar']
CARE = ['elderly_care', 'home_care', 'disability_care', 'personal_assistant', 'hospital_service', 'dental']
WAREHOUSE = ['warehouse', 'packing', 'forklift']
ANIMALS = ['stable', 'kennel', 'zoo', 'farm', 'pet_care', 'dog_grooming', 'vet']
SHOPS = ['grocery', 'cashier', 'shelf_fill', 'shop_clothes', 'shop_sport', 'shop_games', 'shop_hardware',
         'secondhand_shop', 'shop_electronics', 'bakery_shop']
OFFICE = ['office_admin', 'accounting', 'office_reception', 'customer_service', 'shop_manage']

Y('D001', 'c', "Kevin", 'male', 2004, V, 'planning;workplace_norms', 'communication',
  "Jag vill jobba med händerna. Noggrant och i lugn och ro, inte stress.",
  want=['hands', 'precision', 'calm'])
Y('D002', 'a', "Nathalie", 'female', 2005, A, 'cooperation', 'learning;initiative',
  "har jobbat på lager i ett år nu o orkar inte mer, samma sak varje dag. vill göra nåt med djur istället 🐶🐴",
  g3=ANIMALS, no=WAREHOUSE)
Y('D003', 'g', "Elif", 'female', 2010, O, 'communication;cooperation', 'numeracy',
  "Jag vill jobba i en mataffär.",
  g3=['grocery', 'shelf_fill'], g2=['bakery_shop'], g1=['cashier', 'shop_hardware'])
Y('D004', 'e', "Omar", 'male', 2006, A, 'numeracy;cooperation', 'languages;literacy',
  "Jag vill jobba i affär eller restorang. Min pappa hade affär i Aleppo, jag hjälpte honom alltid efter skolan",
  g3=SHOPS + ['waiter', 'cook', 'kitchen_assist', 'pizza', 'fastfood'],
  g2=['shop_pet', 'florist', 'cafe', 'catering', 'shop_manage'], g1=['warehouse'],
  ovr={'R0004': 2, 'R0031': 2, 'R0128': 2, 'R0148': 2})
Y('D005', 'd', "Liam", 'male', 2009, V, 'digital;problem_solving', 'communication;planning',
  "jag gamear typ hela tiden haha. fortnite o minecraft, har byggt hela städer i minecraft",
  g3=['game_test', 'game_design'], g2=['esport', 'shop_games', 'programming'], g1=['it_support', 'computer_repair'])
Y('D006', 'b', "Rana", 'female', 2007, O, 'communication', 'planning;numeracy',
  "frisör eller nagelteknolog 💅 eller nåt med smink",
  g3=['hair', 'barber', 'nails', 'makeup'], g2=['skincare'])
Y('D007', 'f', "Marcus", 'male', 2002, V, 'workplace_norms;cooperation', 'initiative',
  "worked in a warehouse for 2 yrs, want something completely different now. music or sound maybe? 🎶",
  g3=['sound_studio', 'live_sound'], g2=['stage_tech', 'music', 'instrument_maker'], no=WAREHOUSE)
Y('D008', 'a', "Jennifer", 'female', 2004, A, 'communication;numeracy', 'initiative',
  "Inte kassa igen!! Har stått i kassan på ett café i två år. Vill ha nåt där jag får använda händerna och skapa saker",
  g3=['ceramics', 'art_studio', 'screen_print', 'scenery', 'goldsmith', 'furniture_carpentry'],
  g2=['tailor', 'sewing_prod', 'costume', 'florist', 'pastry', 'instrument_maker', 'printing', 'window_display'],
  g1=['carpentry', 'bakery'],
  no=['cashier', 'cafe', 'bakery_shop', 'fastfood'])
Y('D009', 'c', "Saga", 'female', 2009, O, 'initiative', 'planning;workplace_norms',
  "kan inte sitta still!! vill röra på mig hela dagen o helst vara ute",
  want=['physical', 'outdoor'])
Y('D010', 'e', "Ayaan", 'female', 2007, A, 'cooperation;languages', 'literacy',
  "Jag vill arbeta med barn. jag har sex små syskon hemma och jag är bra med barn, alla seger det",
  g3=['preschool', 'fritids', 'school_assist'], g2=['sports_coach', 'swim_teach'],
  g1=['library', 'museum_guide', 'youth_centre'], ovr={'R0071': 0})
Y('D011', 'g', "Anton", 'male', 2006, V, 'problem_solving', 'communication',
  "vill bli elektriker",
  g3=['electrician'], g2=['heatpump'], g1=['plumbing', 'live_sound', 'phone_repair', 'computer_repair'])
Y('D012', 'd', "Jonathan", 'male', 2005, V, 'workplace_norms;resource_management', 'literacy',
  "fiskar med pappa nästan varje helg ute vid Saltholmen. älskar havet",
  g3=['fishing'], g2=['ferry', 'boat_repair', 'fish_processing'], g1=['harbour', 'guide_tour'])
Y('D013', 'f', "Bella", 'female', 2006, O, 'digital;communication', 'numeracy',
  "Im into fashion and social media, would love to make content or work in a cool store ✨",
  g3=['social_media', 'shop_clothes', 'window_display'],
  g2=['video_edit', 'photo', 'graphic_design', 'secondhand_shop', 'shop_manage', 'shop_games', 'shop_sport'],
  g1=['nails', 'film_production'])
Y('D014', 'b', "Ibrahim", 'male', 2009, A, 'cooperation', 'literacy;planning',
  "fotboll o data. kanske tränare för småkillar? eller IT",
  g3=['sports_coach', 'it_support', 'computer_repair'],
  g2=['programming', 'game_test', 'gym', 'esport', 'phone_repair'], g1=['shop_sport'],
  ovr={'R0026': 2, 'R0132': 2})
Y('D015', 'c', "Oliver", 'male', 2006, V, 'planning;critical_thinking', 'communication;cooperation',
  "Är inte så bra på småprat. Vill ha tydliga rutiner och jobba för mig själv.",
  want=['few_people', 'routine', 'alone'])
Y('D016', 'e', "Mustafa", 'male', 2002, A, 'problem_solving;workplace_norms', 'languages',
  "jag kan laga bil. i afganistan jag jobba med min farbror i verkstad fyra år. vill jobba samma här i sverige",
  g3=['car_repair'], g2=['moped_repair', 'car_paint', 'tyre', 'engine_repair'],
  g1=['bike_repair', 'boat_repair', 'car_valet'])
Y('D017', 'a', "Elias", 'male', 2009, O, 'communication;initiative', 'planning',
  "jag gillar barn men förskola var inte min grej (hade prao där i nian, alldeles för mycket skrik 😅). hellre lite äldre barn, typ skola eller fritids",
  g3=['school_assist', 'fritids'], g2=['sports_coach', 'swim_teach', 'youth_centre'],
  g1=['museum_guide', 'library', 'climbing'], no=['preschool'], ovr={'R0071': 0})
Y('D018', 'f', "Chloe", 'female', 2008, V, 'communication;cooperation', 'languages',
  "I love kids!! been babysitting since i was 13. maybe preschool? my swedish is ok but not perfect",
  g3=['preschool'], g2=['fritids', 'school_assist', 'swim_teach'], g1=['sports_coach', 'museum_guide', 'library'],
  ovr={'R0071': 0})
Y('D019', 'b', "Wilma", 'female', 2006, A, 'initiative;planning', 'numeracy',
  "Bageri eller blommor! Gillar att göra fina saker som folk blir glada av 🌸",
  g3=['bakery', 'pastry', 'florist'], g2=['bakery_shop', 'greenhouse'], g1=['bakery_industry', 'cafe', 'ceramics'])
Y('D020', 'g', "Tindra", 'female', 2009, V, 'communication', 'workplace_norms',
  "Jag vill jobba på ett café ☕",
  g3=['cafe'], g2=['bakery_shop', 'waiter'], g1=['kitchen_assist', 'fastfood', 'pastry', 'cinema'])
Y('D021', 'd', "Sanna", 'female', 2010, O, 'planning', 'communication;initiative',
  "bakar hemma typ varje dag 🎂 kanelbullar, tårtor till alla kalas i släkten",
  g3=['bakery', 'pastry'], g2=['bakery_shop', 'bakery_industry'], g1=['cafe', 'cook'])
Y('D022', 'e', "Yodit", 'female', 2004, A, 'cooperation;workplace_norms', 'languages;literacy',
  "Jag vill jobb med sjukvård. I framtid jag vill bli sjuksköterska, nu jag läser svenska på SFI",
  g3=['elderly_care', 'home_care', 'dental'], g2=['hospital_service', 'disability_care', 'personal_assistant'],
  g1=['elderly_activity', 'vet'])
Y('D023', 'b', "Emil", 'male', 2004, V, 'problem_solving', 'planning',
  "vill bli mekaniker eller svetsare. gick fordon på gymnasiet",
  g3=['car_repair', 'moped_repair', 'welding'], g2=['bike_repair', 'car_paint', 'tyre', 'engine_repair'],
  g1=['boat_repair', 'car_valet'])
Y('D024', 'c', "Nour", 'female', 2007, O, 'communication;cooperation', 'planning',
  "gillar när det händer grejer!! högt tempo och mycket folk runt mig 🔥",
  want=['fast', 'people'])
Y('D025', 'a', "Hugo", 'male', 2006, A, 'problem_solving;cooperation', 'literacy',
  "Bygg är kul men inte måla. Hatar att måla, gjorde det hela förra sommaren hos min morbror. Hellre snickra eller typ lägga golv",
  g3=['carpentry', 'furniture_carpentry', 'flooring'],
  g2=['renovation', 'tiling', 'roofing', 'construction_labour', 'plumbing', 'electrician', 'heatpump'],
  g1=['garden_build', 'groundwork'], no=['house_painting'])
Y('D026', 'g', "Ella", 'female', 2011, V, 'workplace_norms', 'communication',
  "Jag vill jobba med hästar.",
  g3=['stable'], g2=['zoo', 'farm'], g1=['kennel', 'dog_grooming', 'vet', 'pet_care'])
Y('D027', 'f', "Alex", '', 2006, O, 'digital', 'communication;initiative',
  "honestly idk what i want. something chill, not too many ppl. computers maybe?",
  want=['calm', 'few_people'], g2=['game_test', 'programming'])
Y('D028', 'd', "Adam", 'male', 2006, A, 'initiative;workplace_norms', 'planning',
  "tränar på gym 5 dagar i veckan 💪 och kollar mycket på kost o sånt",
  g3=['gym'], g2=['sports_coach', 'swim_teach', 'climbing'], g1=['shop_sport'],
  ovr={'R0026': 2})
Y('D029', 'f', "Yousef", 'male', 2004, V, 'languages;communication', 'literacy',
  "Looking for anything in hotels or tourism. I speak English, Arabic and some Swedish 🙂",
  g3=['hotel_reception', 'hotel_cleaning', 'guide_tour'], g2=['museum_guide', 'office_reception', 'spa'],
  g1=['waiter', 'cafe', 'ferry'])
Y('D030', 'd', "Julia", 'female', 2008, O, 'initiative;learning', 'communication',
  "syr kläder till mina cosplays, har haft egen symaskin i två år",
  g3=['tailor', 'costume'], g2=['sewing_prod'], g1=['shop_clothes', 'screen_print'])
Y('D031', 'a', "Jessica", 'female', 2003, A, 'communication;cooperation', 'numeracy',
  "Jobbade i köket på en restaurang i somras. Det var okej men jag vill hellre vara ute bland gästerna, servera eller stå i kassan.",
  g3=['waiter', 'cafe', 'cashier'], g2=['fastfood', 'bakery_shop', 'cinema', 'hotel_reception'],
  g1=['cook', 'kitchen_assist', 'pizza', 'cook_large', 'catering'],
  ovr={'R0148': 2, 'R0030': 2})
Y('D032', 'b', "Maryam", 'female', 2003, V, 'cooperation;planning', 'languages',
  "Jag gillar att laga mat och att ta hand om äldre. Min mormor bodde hos oss när jag var liten",
  g3=['cook', 'cook_large', 'catering', 'elderly_care', 'home_care', 'elderly_activity'],
  g2=['kitchen_assist', 'pizza', 'fastfood', 'disability_care', 'personal_assistant'],
  g1=['cafe', 'hospital_service', 'bakery'])
Y('D033', 'c', "Jesper", 'male', 2003, O, 'workplace_norms', 'communication;digital',
  "Jag är morgonmänniska och vill börja tidigt. Gärna fysiskt jobb, jag är stark",
  want=['early', 'physical'])
Y('D034', 'e', "Olena", 'female', 2003, A, 'digital;learning', 'languages;communication',
  "Jag studerade IT i Charkiv 2 år. Nu jag vill göra praktik i programmering eller webb. Svenska inte så bra men engelska ok",
  g3=['programming'], g2=['it_support', 'game_test', 'game_design', 'computer_repair'],
  g1=['graphic_design', 'office_admin'])
Y('D035', 'g', "Filip", 'male', 2005, V, 'problem_solving;cooperation', 'literacy',
  "Jag vill bli snickare.",
  g3=['carpentry', 'furniture_carpentry'],
  g2=['scenery', 'boat_repair', 'construction_labour', 'flooring', 'renovation'],
  g1=['tiling', 'roofing', 'instrument_maker'])
Y('D036', 'b', "Robin", 'other', 2005, O, 'digital;initiative', 'planning',
  "musik, film eller foto. typ allt kreativt med kamera eller ljud 🎧📷",
  g3=['photo', 'film_production', 'video_edit', 'sound_studio'],
  g2=['live_sound', 'stage_tech', 'social_media', 'music', 'graphic_design'], g1=['journalism', 'scenery'])
Y('D037', 'g', "Hamza", 'male', 2003, A, 'workplace_norms', 'communication;digital',
  "Vill jobba på ett lager",
  g3=['warehouse', 'forklift'], g2=['packing'], g1=['postal', 'movers', 'shelf_fill', 'assembly'],
  ovr={'R0144': 1})
Y('D038', 'e', "Kacper", 'male', 2004, V, 'problem_solving;planning', 'languages',
  "Jag jobbade bygg med pappa i Polen. kan kakla, måla, lite snickra. vill jobba bygg här",
  g3=['tiling', 'house_painting', 'carpentry', 'renovation', 'flooring'],
  g2=['construction_labour', 'roofing', 'plumbing', 'electrician', 'furniture_carpentry', 'heatpump'],
  g1=['garden_build', 'groundwork', 'scenery'])
Y('D039', 'c', "Linnea", 'female', 2005, O, 'planning;literacy', 'communication',
  "Jag gillar ordning och reda. Sortera, att allt ligger på rätt plats. Och lugnt och tyst runt mig.",
  want=['order', 'calm', 'quiet'])
Y('D040', 'd', "Kim", 'other', 2007, A, 'digital;initiative', 'cooperation',
  "klipper videos till min youtube (typ 2k följare lol)",
  g3=['video_edit', 'social_media'], g2=['film_production', 'photo', 'graphic_design'], g1=['journalism'])
Y('D041', 'a', "Ali", 'male', 2007, V, 'digital', 'communication;cooperation',
  "Mamma tycker jag ska bli undersköterska. Det vill inte jag. Jag vill jobba med datorer.",
  g3=['it_support', 'computer_repair', 'programming'], g2=['game_test', 'phone_repair'],
  g1=['game_design', 'office_admin', 'graphic_design'], no=CARE)
Y('D042', 'f', "Noah", 'male', 2005, O, 'cooperation;problem_solving', 'literacy',
  "I want to work outdoors with my hands, maybe building stuff or gardens. NOT an office job lol",
  g3=['garden_build', 'groundwork', 'carpentry', 'roofing', 'park'], need3=['outdoor'],
  g2=['golf_course', 'cemetery', 'boat_repair', 'construction_labour', 'flooring', 'tiling', 'renovation',
      'furniture_carpentry', 'greenhouse'],
  no=OFFICE, cap={'indoor': 1}, ovr={'R0093': 2, 'R0013': 1, 'R0016': 1, 'R0130': 1, 'R0137': 1})
Y('D043', 'd', "Dennis", 'male', 2004, A, 'digital;learning', 'planning',
  "Jag mixar musik på kvällarna. drömmen är att bli producent",
  g3=['sound_studio'], g2=['live_sound', 'stage_tech', 'music'])
Y('D044', 'a', "Sam", 'other', 2005, V, 'communication', 'planning;workplace_norms',
  "allt utom städ typ. har städat på hotell via bemanning och ALDRIG mer. gillar att snacka med folk o när det är fart",
  want=['people', 'fast'], no=['cleaning', 'hotel_cleaning', 'window_cleaning'])
Y('D045', 'f', "Samuel", 'male', 2007, O, 'initiative;cooperation', 'literacy',
  "gym rat 🏋️ wanna be a PT one day. also into football",
  g3=['gym', 'sports_coach'], g2=['climbing', 'swim_teach'], g1=['shop_sport'],
  ovr={'R0026': 2, 'R0132': 2})
Y('D046', 'g', "Fatima", 'female', 2004, A, 'cooperation;communication', 'digital',
  "Jag vill jobba på förskola med de små barnen.",
  g3=['preschool'], g2=['fritids', 'school_assist'], g1=['swim_teach', 'library'], ovr={'R0071': 0})
Y('D047', 'c', "Charlie", '', 2008, V, 'initiative', 'planning;communication',
  "vill göra nåt kreativt med händerna men inte sitta vid en dator hela dagen",
  want=['creative', 'hands'], avoid=['computer'])
Y('D048', 'b', "Melvin", 'male', 2008, O, 'workplace_norms', 'communication',
  "Djur eller natur. Vill vara ute så mycket som möjligt",
  g3=['stable', 'kennel', 'zoo', 'farm', 'park', 'cemetery', 'golf_course'], need3=['outdoor'],
  g2=['garden_build', 'greenhouse', 'dog_grooming', 'vet', 'pet_care'])
Y('D049', 'e', "Zainab", 'female', 2005, A, 'learning;planning', 'languages;communication',
  "jag tycker om sy. min mamma är skräddare i Irak och hon lärde mig. jag vill lära mer om sy",
  g3=['tailor', 'sewing_prod'], g2=['costume'], g1=['shop_clothes'])
Y('D050', 'e', "Abdirahman", 'male', 2003, V, 'workplace_norms;cooperation', 'literacy',
  "Jag vill jobba lager eller kör truck. Jag har truck kort A och B",
  g3=['warehouse', 'forklift'], g2=['packing'], g1=['shelf_fill', 'postal', 'movers', 'harbour'],
  ovr={'R0144': 1})
Y('D051', 'c', "Ida", 'female', 2006, O, 'planning', 'communication;problem_solving',
  "jag blir lätt stressad. vill ha ett lugnt ställe, inte för mycket folk. gärna snälla kollegor 🙏",
  want=['calm', 'few_people'])
Y('D052', 'd', "Tilda", 'female', 2010, A, 'problem_solving', 'communication',
  "skruvar på min moppe hela tiden, den e lite trimmad hehe 🛵",
  g3=['moped_repair'], g2=['car_repair', 'bike_repair'], g1=['boat_repair', 'car_valet', 'engine_repair'])
Y('D053', 'b', "Daniel", 'male', 2005, V, 'critical_thinking;workplace_norms', 'languages',
  "Vill bli polis i framtiden. Just nu vill jag jobba med säkerhet eller nåt med idrott",
  g3=['security', 'gym', 'sports_coach', 'climbing', 'swim_teach', 'swim_hall'], g1=['shop_sport'])
Y('D054', 'g', "Eli", '', 2006, O, 'digital;problem_solving', 'communication',
  "Jag vill jobba med IT-support",
  g3=['it_support'], g2=['computer_repair'], g1=['phone_repair', 'programming'])
Y('D055', 'a', "Alice", 'female', 2010, A, 'cooperation', 'planning',
  "Gillar djur men INTE hästar (allergisk 🤧). Hundar är bäst!!",
  g3=['kennel', 'dog_grooming'], g2=['pet_care', 'vet', 'zoo', 'farm'], no=['stable'])
Y('D056', 'f', "Mira", 'female', 2007, V, 'problem_solving;learning', 'communication',
  "cars are my life. jag vill lära mig fixa motorer 🔧",
  g3=['car_repair', 'moped_repair'], g2=['car_paint', 'engine_repair', 'tyre'],
  g1=['car_valet', 'bike_repair', 'boat_repair'])
Y('D057', 'g', "Lucas", 'male', 2007, O, 'communication', 'planning',
  "vill bli frisör",
  g3=['hair', 'barber'], g1=['nails', 'skincare', 'makeup'])
Y('D058', 'f', "Emma", 'female', 2004, A, 'critical_thinking;initiative', 'numeracy',
  "vegan, care a lot about the environment. would like to work with recycling or second hand, or growing food 🌱",
  g3=['recycling', 'secondhand_sort', 'secondhand_shop', 'greenhouse'], g2=['computer_repair'],
  g1=['park', 'farm'], no=['fish_processing', 'fishing'])
Y('D059', 'a', "Isak", 'male', 2008, V, 'initiative', 'numeracy;planning',
  "vill inte jobba med mat. inte kök, inte café, inget sånt. nåt med kläder eller mode kanske",
  g3=['shop_clothes', 'window_display', 'tailor'],
  g2=['secondhand_shop', 'costume', 'sewing_prod', 'shop_manage'], g1=['screen_print'], no=FOOD)
Y('D060', 'd', "Ebba", 'female', 2003, O, 'initiative;learning', 'numeracy',
  "Älskar att måla tavlor och teckna. Vill göra nåt med det på riktigt",
  g3=['art_studio'], g2=['scenery', 'graphic_design', 'screen_print', 'game_design', 'ceramics'],
  g1=['nails', 'window_display', 'photo'])
Y('D061', 'b', "Matilda", 'female', 2002, A, 'literacy;planning', 'communication',
  "Bibliotek eller museum skulle vara drömmen. Jag skriver också mycket, noveller och sånt",
  g3=['library', 'museum_guide', 'museum_collection', 'journalism'], g1=['guide_tour'])
Y('D062', 'e', "Farid", 'male', 2008, V, 'communication', 'literacy;languages',
  "jag gillar hår. jag klippa mina kompis hemma, fade och sånt. barber är min dröm",
  g3=['barber'], g2=['hair'], g1=['nails', 'skincare'])
Y('D063', 'c', "Nico", 'other', 2004, O, 'cooperation', 'planning',
  "Vill inte vara inne hela dagen. Gillar när det varierar och när man är ett team",
  want=['outdoor', 'varied', 'team'])
