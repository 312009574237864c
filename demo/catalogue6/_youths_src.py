"""Catalogue 6 youths with grading specs (blind 8: sealed, part of the labels).

Each youth: key, category (a-g), first name, gender, birth year, district, interests text (own words),
strengths, develop (deck keys), and a grading spec read as a coach would (see build.py):
g3/g2/g1 kinds of work (or '@area'), `no` ruled-out kinds/areas, `nocond` ruled-out stated conditions,
`want`/`avoid` conditions for category (c), `adj` per-placement corrections.
All team Nordost (districts Angered and Östra Göteborg).
"""

A, O = 'Angered', 'Östra Göteborg'

CATEGORY_LABELS = {
    'a': 'contrast and change: "inte X, hellre Y", past job vs wish, an area except one of its jobs, '
         'negation across sentences',
    'b': 'two or three interests in one text',
    'c': 'traits and working conditions only, no occupation named',
    'd': 'words with two senses and hobbies pointing to a field',
    'e': "newcomers' Swedish (nine first languages, see above)",
    'f': 'English, some mixed with Swedish',
    'g': 'plain clear wishes (control group)',
}

YOUTHS = []


def Y(key, cat, name, gender, born, district, text, strengths, develop, **spec):
    YOUTHS.append(dict(key=key, cat=cat, name=name, gender=gender, born=born, district=district, text=text,
                       strengths=strengths, develop=develop, **spec))


# ---------------------------------------------------------------- (a) contrast and change
Y('a_lager', 'a', 'Kevin', 'male', 2007, A,
  'Jobbade på ett lager i Arendal i somras, plocka plocka plocka hela dagarna. ALDRIG mer lager 😩 '
  'vill göra nåt med händerna på riktigt, typ snickra eller bygga',
  'cooperation workplace_norms', 'planning communication',
  no=['lager_plock', 'lager_lugnt', 'truck'],
  g3=['snickare', 'mobelsnickare', 'betong', 'grovbygg', 'mark'],
  g2=['golv', 'el', 'vvs', 'malare', 'scenografi', 'mobelrenov'],
  g1=['byggkontor', 'cykelverkstad', 'bilverkstad', 'mc_moped', 'keramik', 'montering'])
Y('a_kassa_djur', 'a', 'Hanna', 'female', 2009, O,
  'Har stått i kassan på en matbutik i ett år. Det var okej men nu vill jag hellre jobba med djur 🐾',
  'communication numeracy', 'initiative',
  g3=['hast', 'hund', 'gard_djur', 'djurklinik'], g2=['butik_djur'], g1=['kassa', 'natur'])
Y('a_disk_kock', 'a', 'Omar', 'male', 2008, A,
  'Kan tänka mig restaurang. Fast inte disken, har diskat i skolköket i två år. '
  'Vill stå vid spisen o laga riktig mat',
  'workplace_norms cooperation', 'languages literacy',
  no=['disk'], g3=['kock'], g2=['pizza', 'snabbmat', 'storkok'],
  g1=['frukost', 'bageri', 'chef_rest', 'servering'])
Y('a_hojd', 'a', 'Elias', 'male', 2006, O,
  'bygg är min grej 💪 men jag har höjdskräck så inget uppe på tak eller ställningar haha',
  'problem_solving cooperation', 'planning',
  no=['tak', 'stallning', 'sotare'], g3=['snickare', 'betong', 'mark', 'grovbygg'],
  g2=['golv', 'el', 'vvs', 'malare', 'byggkontor', 'glas'], g1=['butik_bygg', 'mobelsnickare'])
Y('a_hemtjanst', 'a', 'Jasmin', 'female', 2003, A,
  'Har jobbat i hemtjänsten sen jag fyllde 18. Nu vill jag nåt helt annat, kanske kontor? '
  'sitta vid en dator o slippa springa runt hela dagarna',
  'communication workplace_norms languages', 'digital',
  no=['@vard'], nocond=['fysiskt'], g3=['ekonomi', 'reception', 'kundtjanst', 'marknad'],
  g2=['it_support', 'logistik_kontor', 'byggkontor', 'telefonsalj', 'gis'], g1=['bibliotek', 'speltest'])
Y('a_butik_folk', 'a', 'Ludvig', 'male', 2008, O,
  'inte butik. har provat två ggr o kunderna stressar mig. nåt lugnt bakom kulisserna, lager kanske',
  'planning', 'communication cooperation',
  no=['@butik'], nocond=['folk', 'tempo'], g3=['lager_lugnt'], g2=['varupafyllning', 'post', 'packning'],
  g1=['montering', 'bibliotek', 'tidning', 'stad'])
Y('a_forskola', 'a', 'Alva', 'female', 2007, A,
  'förra praktiken var på förskola. gulligt men alldeles för högljutt för mig 🙉 '
  'vill fortfarande jobba med barn men nåt lugnare, skola kanske?',
  'communication cooperation', 'initiative',
  nocond=['ljud'], g3=['elevassistent'], g2=['fritids', 'idrott_tranare', 'dans', 'fritidsgard'],
  g1=['museum', 'bibliotek', 'gard_djur'])
Y('a_burgare', 'a', 'Yusuf', 'male', 2005, O,
  'Jobbade extra på ett hamburgerställe i 2 år. Vill fortsätta med mat men på en riktig restaurang, '
  'servera o prata med gästerna',
  'cooperation communication', 'languages planning',
  g3=['servering'], g2=['kock', 'disk', 'frukost', 'kafe', 'chef_rest'], g1=['snabbmat', 'pizza'])
Y('a_data_ute', 'a', 'Moa', 'female', 2010, A,
  'vill INTE sitta med data hela dagarna, det gör jag redan i skolan. Nåt ute!! trädgård eller park typ 🌳',
  'learning', 'initiative cooperation',
  nocond=['data', 'stilla'], g3=['tradgard', 'kyrkogard'], g2=['odling', 'vaxthus', 'plantering'],
  g1=['natur', 'hund', 'gard_djur', 'fastighetsskotare'])

# ---------------------------------------------------------------- (b) two or three interests
Y('b_bil_musik', 'b', 'Adam', 'male', 2008, O,
  'bilar o motorer!! och musik, jag spelar bas i ett band. vill antingen skruva på bilar eller jobba med ljud '
  'på konserter',
  'problem_solving cooperation', 'literacy',
  g3=['bilverkstad', 'mc_moped', 'scenteknik'], g2=['dack', 'billack', 'studio', 'instrument', 'stream'],
  g1=['biltvatt', 'cnc'])
Y('b_barn_mat', 'b', 'Nour', 'female', 2009, A,
  'Jag gillar barn och att laga mat. typ jobba på förskola eller i ett kök',
  'communication cooperation', 'numeracy',
  g3=['forskola', 'fritids', 'elevassistent', 'kock', 'storkok'],
  g2=['pizza', 'snabbmat', 'disk', 'bageri', 'konditori', 'frukost', 'idrott_tranare', 'dans'],
  g1=['gard_djur', 'museum'])
Y('b_it_foto', 'b', 'Theo', 'male', 2007, O,
  'IT eller foto, kanske båda? har fixat datorer åt halva släkten o fotar på helgerna',
  'digital problem_solving', 'communication',
  g3=['it_support', 'natverk', 'foto'],
  g2=['programmering', 'speltest', 'stream', 'grafisk', 'sociala_medier', 'mobilrep'], g1=['butik_elektronik'])
Y('b_djur_ute', 'b', 'Ella', 'female', 2011, A,
  'djur, natur o att vara ute. allt sånt 🐴🌲',
  'learning cooperation', 'communication',
  g3=['hast', 'hund', 'gard_djur', 'natur'],
  g2=['djurklinik', 'butik_djur', 'tradgard', 'kyrkogard', 'odling', 'plantering'], g1=['vaxthus'])
Y('b_frisor_nagel', 'b', 'Tindra', 'female', 2008, O,
  'frisör eller naglar 💅✂️ kan inte bestämma mig',
  'communication initiative', 'planning',
  g3=['frisor', 'barber', 'nagel'], g2=['hudvard', 'massage'], g1=['skyltning'])
Y('b_mode_some', 'b', 'Leila', 'female', 2009, A,
  'mode och sociala medier. jobba i en klädbutik o kanske fixa deras tiktok',
  'digital communication', 'numeracy',
  g3=['butik_klader', 'sociala_medier'], g2=['skyltning', 'grafisk', 'marknad', 'foto'],
  g1=['butik_sport', 'secondhand', 'hudvard'])
Y('b_fotboll_gaming', 'b', 'Ali', 'male', 2010, O,
  'fotboll, gaming, och kanske affär om inget annat finns',
  'cooperation', 'literacy planning',
  g3=['idrott_tranare', 'speltest', 'butik_sport', 'butik_spel'], g2=['@butik', 'gym', 'stream'],
  g1=['fritidsgard'])
Y('b_el_vvs', 'b', 'Hampus', 'male', 2006, A,
  'el eller vvs. har kollat på båda på gymnasiet o kan tänka mig vilket som',
  'problem_solving', 'communication',
  g3=['el', 'vvs'], g2=['snickare', 'golv', 'malare', 'glas', 'byggkontor', 'montering'],
  g1=['natverk', 'fastighetsskotare', 'vaktmastare'])
Y('b_vard_tand', 'b', 'Sara', 'female', 2005, O,
  'vård, gärna med äldre. eller tandvård, det verkar chill',
  'communication workplace_norms', 'digital',
  g3=['aldre_akt', 'hemtjanst', 'tandvard'], g2=['lss', 'vard_reception', 'behandling', 'persass'],
  g1=['massage', 'apotek', 'hudvard'])

# ---------------------------------------------------------------- (c) traits and conditions
Y('c_lugn_noggrann', 'c', 'Wilma', 'female', 2008, A,
  'Jag är lugn och noggrann, gillar när saker är i ordning o samma varje dag. Helst inte så mycket folk runt mig',
  'critical_thinking planning', 'communication',
  want=['precision', 'lugnt', 'rutin'], avoid=['folk'])
Y('c_rora', 'c', 'Isak', 'male', 2009, O,
  'kan inte sitta still 😅 vill röra på mig hela dan, gärna ute. tunga lyft e inga problem',
  'cooperation', 'planning literacy',
  want=['fysiskt', 'ute'], avoid=['stilla'])
Y('c_morgon', 'c', 'Sam', '', 2006, A,
  'morgonmänniska. börjar gärna kl 5 o går hem tidigt. jobbar helst själv utan nån som hänger över axeln',
  'workplace_norms planning', 'cooperation',
  want=['tidigt', 'ensam'])
Y('c_prata', 'c', 'Fatima', 'female', 2007, O,
  'älskar att snacka med folk, ju fler desto bättre! vill inte göra samma sak hela dan. stress funkar',
  'communication languages', 'planning',
  want=['folk', 'variation'], avoid=['rutin'])
Y('c_skapa', 'c', 'Robin', 'other', 2010, A,
  'Gillar att skapa grejer, rita, pyssla. Inte så social av mig.',
  'initiative', 'communication cooperation',
  want=['kreativt', 'hander'], avoid=['folk'])
Y('c_siffror', 'c', 'Melvin', 'male', 2005, O,
  'bra på siffror o datorer. vill sitta inne i en lugn miljö',
  'numeracy digital', 'communication',
  want=['siffror', 'data', 'lugnt'], avoid=['ute'])
Y('c_handig', 'c', 'Liam', 'male', 2008, A,
  'händig, fixar allt hemma. vill ha olika uppgifter varje dag, inte stå vid ett band',
  'problem_solving', 'literacy',
  want=['hander', 'variation'], avoid=['rutin'])
Y('c_stress', 'c', 'Kim', 'other', 2007, O,
  'tål inte stress alls. är ljudkänslig också. en liten lugn o tyst arbetsplats vore drömmen',
  'critical_thinking', 'cooperation communication',
  want=['lugnt', 'tyst'], avoid=['tempo', 'ljud'])
Y('c_kvall', 'c', 'Nova', 'female', 2006, A,
  'jobbar bäst på kvällar, sover gärna länge 😴 folk är nice',
  'communication', 'planning workplace_norms',
  want=['kvall', 'folk'], avoid=['tidigt'])

# ---------------------------------------------------------------- (d) two senses and hobbies
Y('d_mixa', 'd', 'Hugo', 'male', 2008, O,
  'mixar låtar i FL Studio typ varje natt, har släppt två på soundcloud',
  'digital initiative', 'workplace_norms',
  g3=['studio', 'scenteknik'], g2=['stream'], g1=['instrument', 'sociala_medier'])
Y('d_lacka', 'd', 'Dalia', 'female', 2009, A,
  'lackar naglar på alla mina kompisar, e typ känd för det på skolan 💅',
  'communication initiative', 'numeracy',
  g3=['nagel'], g2=['frisor', 'barber', 'hudvard'], g1=['skyltning', 'keramik'])
Y('d_tvatta', 'd', 'Rasmus', 'male', 2010, O,
  'tvättar o vaxar brorsans bil varje söndag, den ska glänsa. gillar bilar överlag',
  'workplace_norms', 'communication',
  g3=['biltvatt'], g2=['bilverkstad', 'billack', 'dack', 'mc_moped'], g1=['mack', 'cykelverkstad'])
Y('d_hacka', 'd', 'Alex', 'other', 2007, A,
  'hackar i CTF-tävlingar på helgerna, kör linux på allt',
  'digital problem_solving critical_thinking', 'communication',
  g3=['natverk', 'it_support'], g2=['programmering'], g1=['speltest', 'butik_elektronik'])
Y('d_glasera', 'd', 'Saga', 'female', 2010, O,
  'bakar hela tiden, glaserar kanelbullar o gör tårtor till alla i familjen 🎂',
  'planning', 'communication',
  g3=['konditori', 'bageri'], g2=['kafe'], g1=['kock', 'livsmedelsfabrik'])
Y('d_drejar', 'd', 'Linnea', 'female', 2005, A,
  'drejar på en kvällskurs sen i våras, vill hålla på med lera o händerna',
  'initiative learning', 'communication',
  g3=['keramik'], g2=['guldsmed', 'mobelrenov', 'scenografi', 'instrument'], g1=['skylt', 'skradderi'])
Y('d_borsta', 'd', 'Felicia', 'female', 2009, O,
  'rider sen jag var 6, borstar min skötponny varje dag efter skolan',
  'workplace_norms', 'communication',
  g3=['hast'], g2=['gard_djur', 'hund', 'butik_djur', 'djurklinik'], g1=['natur'])
Y('d_fotar', 'd', 'Jonatan', 'male', 2006, A,
  'fotar fåglar med pappas gamla kamera, mest vid Delsjön',
  'learning critical_thinking', 'communication',
  g3=['foto', 'natur'], g2=['sociala_medier', 'grafisk'], g1=['stream', 'djurklinik'])
Y('d_lyfter', 'd', 'Mustafa', 'male', 2007, O,
  'gymmar 5 dar i veckan, lyfter tungt. kan allt om kosttillskott haha',
  'learning', 'communication planning',
  g3=['gym'], g2=['idrott_tranare', 'butik_sport'], g1=['dans', 'simhall', 'apotek'])

# ---------------------------------------------------------------- (e) newcomers' Swedish
Y('e_arabiska', 'e', 'Rami', 'male', 2006, A,
  'Hej jag heter Rami. jag bo i Sverige 2 år. I Syrien jag hjälpa min pappa i bageri varje morgon. '
  'Jag vill jobba bageri eller kök.',
  'workplace_norms', 'languages',
  g3=['bageri', 'kock', 'storkok'], g2=['konditori', 'pizza', 'snabbmat', 'disk', 'frukost'],
  g1=['kafe', 'livsmedelsfabrik'])
Y('e_somaliska', 'e', 'Hodan', 'female', 2007, O,
  'Jag tycker om hjälpa gamla människor. Min ayeeyo (mormor) jag hjälpte mycket hemma. '
  'Jag vill jobba på äldreboende eller hemtjänst.',
  'communication cooperation', 'languages literacy',
  g3=['aldre_akt', 'hemtjanst'], g2=['lss', 'persass', 'behandling'], g1=['vard_reception', 'tandvard'])
Y('e_sorani', 'e', 'Shvan', 'male', 2005, A,
  'Jag kan fixa bil. i Kurdistan jag jobba hos min farbror verkstad tre år. '
  'Nu jag vill praktik bilverkstad, kanske få jobb sen',
  'problem_solving', 'languages',
  g3=['bilverkstad'], g2=['dack', 'mc_moped', 'billack'], g1=['biltvatt', 'cykelverkstad'])
Y('e_pashto', 'e', 'Wahid', 'male', 2008, O,
  'jag tycker jobba ute. i Afghanistan vi hade får och äppel träd, jag hjälpte min familj varje dag',
  'workplace_norms cooperation', 'languages',
  g3=['odling', 'gard_djur'], g2=['tradgard', 'vaxthus', 'plantering', 'hast', 'kyrkogard'], g1=['hund'])
Y('e_amhariska', 'e', 'Meron', 'female', 2006, A,
  'Jag vill lära mig data och dator. Jag har inte erfarenhet men jag lär mig snabbt. Jag kan engelska också.',
  'learning languages', 'digital',
  g3=['it_support', 'natverk', 'programmering'], g2=['speltest'],
  g1=['butik_elektronik', 'mobilrep', 'kundtjanst'])
Y('e_rumanska', 'e', 'Ionela', 'female', 2008, O,
  'Jag har sytt kläder med min mamma, hon var sömmerska i Rumänien. Jag tycker om att sy och skära tyg.',
  'critical_thinking', 'languages communication',
  g3=['skradderi', 'somnad'], g2=['scenografi'], g1=['butik_klader', 'skomakare'])
Y('e_thai', 'e', 'Ploy', 'female', 2004, A,
  'i Thailand jag jobba massage och nagel salong 5 år. här jag vill samma jobb, massage helst',
  'communication', 'languages literacy',
  g3=['massage'], g2=['nagel', 'hudvard'], g1=['frisor', 'barber'])
Y('e_ryska', 'e', 'Artem', 'male', 2005, O,
  'Jag studerade elektronik på college två år innan jag kom hit. Jag tycker om exakt arbete, lödning. '
  'Kanske montering eller laboratorium?',
  'critical_thinking numeracy', 'languages',
  g3=['montering', 'lab'], g2=['cnc', 'mobilrep', 'el', 'instrument'], g1=['urmakare', 'natverk'])
Y('e_vietnamesiska', 'e', 'Linh', 'female', 2007, A,
  'Jag jobbade restaurang i Vietnam, laga pho och vårrulle. Jag vill bli kock här. Sushi också okej',
  'workplace_norms', 'languages',
  g3=['kock'], g2=['pizza', 'storkok', 'snabbmat', 'disk', 'frukost'], g1=['bageri', 'kafe'])

# ---------------------------------------------------------------- (f) English
Y('f_dogs', 'f', 'Aiden', 'male', 2009, O,
  'I want to work with animals, dogs especially 🐶 my swedish is not so good yet',
  'learning', 'languages',
  g3=['hund'], g2=['hast', 'gard_djur', 'butik_djur', 'djurklinik'], g1=['natur'])
Y('f_games', 'f', 'Zayn', 'male', 2008, A,
  'anything with computers or games. im good at english and i make mods for minecraft lol',
  'digital languages', 'communication',
  g3=['speltest', 'programmering', 'it_support', 'natverk'],
  g2=['butik_spel', 'stream', 'butik_elektronik', 'grafisk'], g1=['mobilrep'])
Y('f_cook', 'f', 'Maya', 'female', 2007, O,
  'I like cooking but NOT fast food, did that for a year and it was way too stressful',
  'planning', 'critical_thinking',
  no=['snabbmat'], nocond=['tempo'], g3=['kock'],
  g2=['bageri', 'konditori', 'frukost', 'storkok', 'pizza'], g1=['kafe', 'livsmedelsfabrik'])
Y('f_elec', 'f', 'Jamal', 'male', 2007, A,
  "I wanna be an electrician like my dad. or kanske bygga hus, that's ok too",
  'problem_solving', 'literacy',
  g3=['el'], g2=['snickare', 'betong', 'mark', 'grovbygg', 'vvs', 'golv', 'malare'],
  g1=['montering', 'byggkontor', 'butik_bygg'])
Y('f_recep', 'f', 'Amira', 'female', 2005, O,
  'Customer service or reception would be perfect. I speak English, Arabic and Swedish',
  'languages communication', 'digital',
  g3=['kundtjanst', 'reception', 'hotellreception'], g2=['vard_reception', 'it_support', 'telefonsalj'],
  g1=['kassa', 'museum', 'apotek'])
Y('f_fashion', 'f', 'Bella', 'female', 2009, A,
  'i love fashion n styling. doing store windows (visual merch) would be a dream tbh',
  'initiative', 'numeracy',
  g3=['skyltning'], g2=['butik_klader', 'scenografi'], g1=['grafisk', 'frisor', 'foto'])
Y('f_coach', 'f', 'Samir', 'male', 2010, O,
  'jag vill jobba med barn, maybe as a football coach? I play for a club in Angered ⚽',
  'cooperation communication', 'planning',
  g3=['idrott_tranare'], g2=['fritids', 'forskola', 'elevassistent', 'dans', 'fritidsgard'],
  g1=['gym', 'museum'])
Y('f_technical', 'f', 'Chris', '', 2006, A,
  'not into shops or restaurants at all. Something technical where I use my hands',
  'problem_solving critical_thinking', 'communication',
  no=['@butik', '@mat'], g3=['el', 'montering', 'cnc', 'bilverkstad'],
  g2=['vvs', 'mobilrep', 'instrument', 'cykelverkstad', 'mc_moped', 'natverk', 'billack', 'svets', 'urmakare'],
  g1=['snickare', 'mobelsnickare', 'golv', 'lab'])
Y('f_hotel', 'f', 'Olivia', 'female', 2002, O,
  "Had a summer job at a cleaning company. It was fine, but now I'd rather do something with people, "
  "like a hotel or events",
  'workplace_norms communication', 'planning',
  g3=['event', 'hotellreception'], g2=['frukost', 'reception', 'servering', 'museum'],
  g1=['stad', 'fonsterputs'])

# ---------------------------------------------------------------- (g) plain clear wishes
Y('g_klader', 'g', 'Ebba', 'female', 2010, A,
  'Vill jobba i butik, helst kläder',
  'communication', 'numeracy',
  g3=['butik_klader'], g2=['@butik'])
Y('g_frisor', 'g', 'Zainab', 'female', 2007, O,
  'Frisör.',
  'communication initiative', 'planning',
  g3=['frisor', 'barber'], g2=['nagel', 'hudvard'], g1=['massage'])
Y('g_el', 'g', 'Viktor', 'male', 2008, A,
  'Jag vill bli elektriker',
  'problem_solving', 'communication',
  g3=['el'], g2=['vvs', 'montering'], g1=['snickare', 'natverk', 'byggkontor'])
Y('g_lager', 'g', 'Oskar', 'male', 2005, O,
  'Lager och truck.',
  'workplace_norms', 'literacy',
  g3=['lager_plock', 'lager_lugnt', 'truck'], g2=['varupafyllning', 'post', 'flytt', 'lastbil', 'logistik_kontor'],
  g1=['tidning', 'hamn', 'cykelbud'])
Y('g_forskola', 'g', 'Maja', 'female', 2006, A,
  'Jag vill jobba på förskola.',
  'communication cooperation', 'digital',
  g3=['forskola', 'oppnafsk'], g2=['fritids', 'elevassistent'], g1=['idrott_tranare', 'dans'])
Y('g_hastar', 'g', 'Alma', 'female', 2011, O,
  'Jag vill jobba med hästar',
  'workplace_norms', 'communication',
  g3=['hast'], g2=['gard_djur', 'hund', 'butik_djur'], g1=['djurklinik'])
Y('g_kock', 'g', 'Ibrahim', 'male', 2007, A,
  'vill bli kock',
  'cooperation', 'literacy',
  g3=['kock'], g2=['pizza', 'storkok', 'disk', 'snabbmat', 'frukost'], g1=['bageri', 'konditori', 'chef_rest'])
Y('g_malare', 'g', 'Lucas', 'male', 2008, O,
  'Målare. Har läst bygg på gymnasiet.',
  'critical_thinking', 'communication',
  g3=['malare'], g2=['snickare', 'golv', 'betong', 'mark', 'grovbygg', 'el', 'vvs', 'byggkontor'],
  g1=['billack', 'mobelrenov', 'butik_bygg'])
Y('g_gym', 'g', 'Hedda', 'female', 2009, A,
  'Skulle vilja jobba på ett gym',
  'communication', 'planning',
  g3=['gym'], g2=['idrott_tranare', 'dans', 'simhall'], g1=['butik_sport', 'chef_gym'])
