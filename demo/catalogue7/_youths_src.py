"""Catalogue 7: hand-written youths and their grading specs (the source of youths.csv and gold.csv).

SEALED: this file is blind 9. Do not read it while developing the matcher and never feed it to the matcher.

Each entry: Y(cat, first_name, gender, birth_year, district, interests, strengths, develop, spec)
The refs H001-H063 are given by build.py after a shuffle with a fixed seed.

spec (kinds are the slash paths of _placements_src.py; "bygg" matches every "bygg/..."):
- 3, 2, 1: kinds graded 3, 2 or 1 (the highest matching level wins)
- no: kinds ruled out (0, whatever else they match); nocond: stated conditions that rule a placement out
- want (category c): working conditions, the main one first; "a|b" means either tag satisfies that condition.
  3 = all named conditions, 2 = the main one (with three or more named: the main one and one more),
  1 = the main one only when three or more were named, 0 = the main one missing.
- avoid (category c): conditions that contradict what the youth wrote (0)
- set: {placement key: grade} applied last, where a placement's text differs from its kind on what the youth
  asked for
"""

from _placements_src import TRAINS

YOUTHS = []
LU, NH = 'Lundby', 'Norra Hisingen'


def Y(cat, first_name, gender, birth_year, district, interests, strengths, develop, spec):
    YOUTHS.append(dict(cat=cat, first_name=first_name, gender=gender, birth_year=birth_year, district=district,
                       interests=interests, strengths=[TRAINS[k] for k in strengths.split()],
                       develop=[TRAINS[k] for k in develop.split()], spec=spec))


# ================================================================ (a) contrast and change
Y('a', 'Elvin', 'male', 2005, LU,
  'jobbat kassa på en mataffär i 2 år. ALDRIG mer kassa. vill göra nåt m händerna, typ bygga grejer',
  'norms coop', 'init',
  {3: ['bygg/snickare'], 2: ['bygg', 'kultur/scenografi'], 1: ['hantverk', 'industri/montering'],
   'no': ['butik/kassa'], 'set': {'basen_skugga': 1, 'landskap': 0}})
Y('a', 'Hanna', 'female', 2003, NH,
  'Inte restaurang igen 🙅‍♀️ har jobbat där sen jag va 16. Hellre nåt lugnt, typ med böcker',
  'norms res', 'dig',
  {3: ['kultur/bok'], 2: ['hantverk/bokbinderi'], 1: ['kultur/museum', 'kontor/sprak'],
   'no': ['mat', 'hotell/frukost'], 'nocond': ['stress']})
Y('a', 'Kevin', 'male', 2006, LU,
  'jobbade på lager ett år, det var okej. men vill hellre vara ute o köra runt, bud eller nåt',
  'norms', 'com plan',
  {3: ['transport/bud'], 2: ['transport/utdelning', 'transport/flytt'], 1: ['lager']})
Y('a', 'Amira', 'female', 2008, NH,
  'allt med djur funkar utom hundar, är allergisk 🤧',
  'res learn', 'com',
  {3: ['djur'], 1: ['natur'], 'no': ['djur/hund'], 'set': {'djurbutik': 2}})
Y('a', 'Tindra', 'female', 2007, LU,
  'Har praktiserat på en förskola, det var kul men vill hellre jobba m lite större barn. Fritids kanske, '
  'eller fotbollsträning?',
  'com coop', 'plan',
  {3: ['barn/fritids', 'sport/tranare'], 2: ['barn/skola', 'ung/fritidsgard'], 1: ['barn/forskola', 'barn']})
Y('a', 'Jonatan', 'male', 2004, NH,
  'inte lager igen. hellre butik, kläder eller skor typ',
  'com', 'num',
  {3: ['butik/klader', 'butik/sport'], 2: ['butik'], 1: ['hantverk/sko'], 'no': ['lager'],
   'set': {'pafyllning_tidig': 1, 'torghandel': 1, 'kajakuthyrning': 1}})
Y('a', 'Samir', 'male', 2003, LU,
  'Har jobbat som diskare i 2 år. Nu vill jag bli kock på riktigt.',
  'norms res', 'lit',
  {3: ['mat/kok'], 2: ['mat/storkok', 'mat/pizza', 'mat/snabbmat', 'mat/catering'],
   1: ['mat/disk', 'mat/bageri', 'mat/cafe', 'mat/servering']})
Y('a', 'Oskar', 'male', 2006, NH,
  'gick el-programmet men vill INTE bli elektriker. hellre nåt med datorer',
  'ps', 'com',
  {3: ['it/support', 'it/natverk'], 2: ['it'], 1: ['media/grafisk', 'teknik/elektronik'], 'no': ['bygg/el']})
Y('a', 'Liam', 'male', 2007, LU,
  'vill jobba m bilar. inte sälja dom, SKRUVA!!',
  'ps learn', 'norms',
  {3: ['fordon/bil'], 2: ['fordon/dack', 'fordon/moped', 'fordon/bat'],
   1: ['fordon/cykel', 'fordon/rekond', 'industri/underhall', 'fordon/industri'], 'no': ['butik']})

# ================================================================ (b) two or three interests
Y('b', 'Ella', 'female', 2005, NH,
  'musik och matlagning 🎶🍳 två saker jag älskar',
  'com init', 'num',
  {3: ['kultur/musik', 'mat/kok'], 2: ['kultur/scenteknik', 'mat/pizza', 'mat/snabbmat', 'mat/storkok',
                                         'mat/catering', 'mat/bageri'],
   1: ['mat/disk', 'mat/cafe'], 'set': {'fiol': 2}})
Y('b', 'Saga', 'female', 2009, LU,
  'djur, natur, kanske odla lite',
  'res', 'com',
  {3: ['djur', 'natur'], 2: ['gront/odling', 'gront/vaxthus'], 1: ['gront/park', 'butik/blommor'],
   'set': {'djurbutik': 2}})
Y('b', 'Adam', 'male', 2008, NH,
  'barn eller idrott. spelar basket själv 🏀',
  'coop com', 'plan',
  {3: ['barn', 'sport/tranare'], 2: ['ung/fritidsgard'], 1: ['sport']})
Y('b', 'Elias', 'male', 2007, LU,
  'IT eller spel, eller nåt med film',
  'dig', 'com',
  {3: ['it', 'media/video'], 2: ['media/foto', 'media/grafisk'], 1: ['kultur/bio', 'kultur/scenteknik']})
Y('b', 'Nova', 'female', 2009, NH,
  'frisör eller naglar 💅',
  'com', 'norms',
  {3: ['skonhet/har', 'skonhet/nagel'], 2: ['skonhet']})
Y('b', 'Hampus', '', 2004, LU,
  'lager, truck eller chaufför',
  'norms res', 'lit',
  {3: ['lager'], 2: ['transport/flytt'], 1: ['transport/bud', 'transport/utdelning']})
Y('b', 'Ines', 'female', 2006, NH,
  'sy, rita och baka 🧵✏️🧁',
  'res init', 'com',
  {3: ['hantverk/textil', 'kultur/konst', 'mat/bageri', 'kultur/kostym'],
   2: ['media/grafisk', 'skonhet/tatuering', 'kultur/scenografi', 'mat/cafe'], 1: ['hantverk/tryck'],
   'set': {'pixelart': 3, 'landskap': 1, 'scenografi': 2, 'barista_rush': 1, 'tapetserare': 2}})
Y('b', 'Alva', 'female', 2005, LU,
  'Vill jobba ute! Park eller skog, eller med hästar 🐴',
  'coop', 'lit',
  {3: ['gront/park', 'gront/skog', 'djur/hast'], 2: ['natur', 'gront/odling', 'djur/lantbruk'],
   'nocond': ['inne']})
Y('b', 'Melvin', 'male', 2003, NH,
  'sälja grejer eller sitta i en reception',
  'com lang', 'num',
  {3: ['butik', 'kontor/reception', 'hotell/reception'], 2: ['butik/kassa', 'hotell/camping', 'kultur/bio'],
   1: ['butik/pafyllning', 'kontor/kundtjanst'],
   'set': {'pafyllning_tidig': 1, 'kassa_tuve': 2, 'kajakuthyrning': 2, 'mack': 2}})

# ================================================================ (c) traits and working conditions only
Y('c', 'Moa', 'female', 2004, LU,
  'Vill ha det lugnt och slippa prata med kunder hela dagen. Gillar när saker blir exakta och rätt.',
  'crit', 'com',
  {'want': ['lugnt', 'noggrant'], 'avoid': ['stress', 'kunder']})
Y('c', 'Viktor', 'male', 2006, NH,
  'kan inte sitta still!! måste röra på mig, helst ute',
  'init', 'plan',
  {'want': ['rorelse', 'ute'], 'avoid': ['sitta']})
Y('c', 'Ronja', 'female', 2005, LU,
  'morgonmänniska ☀️ börjar gärna 5. gillar rutiner o att veta vad som ska göras',
  'norms plan', 'com',
  {'want': ['tidigt', 'rutin'], 'avoid': ['kvall', 'variation']})
Y('c', 'Dennis', 'male', 2004, NH,
  'stark, tränar mycket. vill ha ett tungt jobb, inte kontor',
  'coop', 'lit',
  {'want': ['tungt'], 'avoid': ['sitta'], 'no': ['kontor']})
Y('c', 'Ali', 'male', 2003, LU,
  'jobbar bäst själv. kvällar passar mig, e ingen morgonmänniska 😴',
  'res', 'coop',
  {'want': ['ensam', 'kvall'], 'avoid': ['team', 'tidigt']})
Y('c', 'Lova', 'other', 2008, NH,
  'kreativ, vill skapa nåt med händerna',
  'init', 'num',
  {'want': ['kreativ', 'handerna'],
   'set': {'marknadsassistent': 1, 'grafisk': 1, 'videoredigering': 1, 'pixelart': 1, 'sociala': 1}})
Y('c', 'Yasmin', 'female', 2002, LU,
  'vill träffa nya människor hela tiden o gillar när det händer mycket. stress är lugnt för mig',
  'com lang', 'plan',
  {'want': ['kunder', 'variation'], 'avoid': ['fa_folk', 'rutin', 'lugnt'], 'set': {'kundtjanst': 1}})
Y('c', 'Linus', 'male', 2007, NH,
  'tyst ställe pls 🙏 klarar inte mycket ljud o folk',
  'crit', 'com',
  {'want': ['tyst', 'fa_folk|ensam'], 'avoid': ['ljud', 'kunder']})
Y('c', 'Selma', 'female', 2006, LU,
  'inte samma sak varje dag. vill ha variation och vara ute en del',
  'ps', 'res',
  {'want': ['variation', 'ute'], 'avoid': ['rutin']})

# ================================================================ (d) words with two senses, hobbies
Y('d', 'Noah', 'male', 2008, NH,
  'klipper alla polares hår i köket hemma 💈 typ 5 pers i veckan',
  'init', 'norms',
  {3: ['skonhet/har'], 1: ['skonhet'], 'set': {'flatning': 2}})
Y('d', 'Felicia', 'female', 2007, LU,
  'redigerar klipp till min youtube, 2k följare 📈',
  'dig init', 'num',
  {3: ['media/video'], 2: ['media/foto', 'media/sociala'], 1: ['media/grafisk', 'media/journalistik',
                                                               'media/marknad']})
Y('d', 'Theo', 'male', 2005, NH,
  'spelar bas i ett band sen 4 år 🎸',
  'coop', 'plan',
  {3: ['butik/musik', 'kultur/scenteknik'], 2: ['hantverk/instrument'], 1: ['kultur/musik'],
   'set': {'stagehand': 2}})
Y('d', 'Maja', 'female', 2009, LU,
  'sjunger i kör sen jag va 7, vill göra nåt med musik',
  'coop com', 'dig',
  {3: ['kultur/musik'], 1: ['kultur/scenteknik', 'kultur/teater'], 'set': {'kulturskola_kor': 3, 'musikbutik': 2,
                                                                            'fiol': 2, 'ljud_ljus': 2}})
Y('d', 'Isak', 'male', 2006, NH,
  'har byggt eget nätverk hemma m en gammal server o raspberry pi 🤓',
  'ps dig', 'com',
  {3: ['it/natverk'], 2: ['it'], 1: ['teknik/elektronik', 'industri/elektronik'], 'set': {'pixelart': 1}})
Y('d', 'Lea', 'female', 2011, LU,
  'har 3 råttor o 2 möss 🐭 bygger deras burar själv',
  'res', 'com',
  {3: ['djur/smadjur'], 2: ['djur']})
Y('d', 'Omar', 'male', 2007, NH,
  'putsar mina sneakers varje kväll, skor är mitt liv 👟',
  'res', 'plan',
  {3: ['hantverk/sko', 'butik/sport'], 2: ['butik/klader'], 1: ['butik/secondhand']})
Y('d', 'Ebbe', 'male', 2009, LU,
  'kör crossmoped i skogen o skruvar på den själv',
  'ps', 'norms',
  {3: ['fordon/moped'], 2: ['fordon/bil', 'fordon/cykel', 'fordon/bat', 'fordon/dack']})
Y('d', 'William', '', 2008, NH,
  'spelar fifa o cs hela nätterna 😅 typ bäst i klassen på datorer',
  'dig', 'norms',
  {3: ['it/spel'], 2: ['it'], 1: ['ung/fritidsgard']})

# ================================================================ (e) newcomers' Swedish (nine first languages)
Y('e', 'Oksana', 'female', 2002, LU,  # Ukrainian
  'Jag var kock i restoran i Charkiv tre år. Jag vill jobba i kök här också, jag lär svenska på SFI nu.',
  'res norms', 'lang',
  {3: ['mat/kok'], 2: ['mat/storkok', 'mat/pizza', 'mat/snabbmat', 'mat/disk', 'mat/catering'],
   1: ['mat/bageri', 'mat/cafe', 'mat/servering']})
Y('e', 'Yonas', 'male', 2004, NH,  # Tigrinya
  'jag tycker om fixa bil. I Eritrea jag hjälpa min farbror i verkstad varje dag',
  'ps', 'lang lit',
  {3: ['fordon/bil'], 2: ['fordon/dack', 'fordon/moped', 'fordon/bat'],
   1: ['fordon/cykel', 'fordon/rekond', 'industri/underhall']})
Y('e', 'Zahra', 'female', 2005, LU,  # Dari
  'Jag vill arbete med gamla människor och hjälpa dem. Jag är lugn person, har mycket tålamod.',
  'com', 'lang',
  {3: ['vard/aldre'], 2: ['vard/lss'], 1: ['vard/behandling', 'vard/tand', 'vard/service']})
Y('e', 'Kacper', 'male', 2003, NH,  # Polish
  'Jag jobbade bygge i Polen med min pappa tre år, jag kan lägga kakel och måla vägg. Vill jobba på bygg här',
  'res ps', 'lang',
  {3: ['bygg/plattsattning', 'bygg/malare'], 2: ['bygg'], 'set': {'landskap': 0, 'basen_skugga': 1}})
Y('e', 'Elif', 'female', 2006, LU,  # Turkish
  'Jag vill jobba i affär, sälja kläder. Prata mycket med kunder är bra för min svenska',
  'com', 'lang',
  {3: ['butik/klader'], 2: ['butik'], 'nocond': ['fa_folk'], 'set': {'torghandel': 1, 'kajakuthyrning': 1}})
Y('e', 'Valentina', 'female', 2004, NH,  # Spanish
  'Jag gillar mycket barnen. I Colombia jag var asistente i jardín infantil två år. Jag vill jobba i förskola',
  'coop com', 'lang',
  {3: ['barn/forskola'], 2: ['barn'], 1: ['ung']})
Y('e', 'Hamza', 'male', 2003, LU,  # Urdu
  'Jag vill lära programmering, jag har studerat IT en år i Lahore. Dator är min stor intresse',
  'dig num', 'lang',
  {3: ['it/utveckling'], 2: ['it'], 1: ['media/grafisk']})
Y('e', 'Lejla', 'female', 2002, NH,  # Bosnian
  'Jag är sömmerska, har sytt kläder i Sarajevo mycket år. Vill sy här också, ändra kläder eller gardiner',
  'res', 'lang',
  {3: ['hantverk/skraddare', 'kultur/kostym'], 2: ['hantverk/textil'], 1: ['hantverk/tryck', 'butik/klader']})
Y('e', 'Wei', 'male', 2007, LU,  # Mandarin Chinese
  'Jag gilla djur mycket. I Kina hemma jag har katt och fisk. Kanske jobba djuraffär?',
  'res', 'lang com',
  {3: ['butik/djur'], 2: ['djur']})

# ================================================================ (f) English, some mixed with Swedish
Y('f', 'Chloe', 'female', 2004, NH,
  "I'd love to work in a café or a bakery, coffee is literally my life ☕",
  'com', 'lang',
  {3: ['mat/cafe', 'mat/barista', 'mat/bageri'], 2: ['mat/servering'], 1: ['mat/kok', 'mat/snabbmat']})
Y('f', 'Daniel', 'male', 2005, LU,
  'anything with computers or fixing electronics. not sales pls',
  'ps', 'com',
  {3: ['it/support', 'it/natverk', 'teknik/elektronik'], 2: ['it', 'industri/elektronik'], 'no': ['butik']})
Y('f', 'Sofia', 'female', 2006, NH,
  "I'm really good with kids, been babysitting my siblings forever",
  'coop com', 'lit',
  {3: ['barn/forskola', 'barn/fritids', 'barn/skola'], 2: ['barn'], 1: ['ung']})
Y('f', 'Ahmed', 'male', 2005, LU,
  'Hej! my svenska is not so good yet but I want to work with my hands, snickare or building stuff',
  'coop', 'lang',
  {3: ['bygg/snickare'], 2: ['bygg'], 1: ['hantverk', 'kultur/scenografi'],
   'set': {'basen_skugga': 1, 'landskap': 0}})
Y('f', 'Lucia', 'female', 2003, NH,
  'tourism, hotels, meeting people from everywhere! I speak English, Spanish and some Swedish',
  'lang com', 'num',
  {3: ['hotell/reception', 'kultur/guide', 'hotell/camping'], 2: ['hotell', 'chef/hotell'],
   1: ['butik/uthyrning', 'mat/servering'], 'set': {'hotellstad': 1}})
Y('f', 'Marcus', 'male', 2002, LU,
  'did call center for a year 😩 never again. want something physical, warehouse or moving',
  'norms', 'com',
  {3: ['lager', 'transport/flytt'], 2: ['bygg/grovarbete', 'miljo/atervinning', 'transport/utdelning'],
   1: ['kultur/scenteknik'], 'no': ['kontor/kundtjanst'], 'nocond': ['telefon'],
   'set': {'ljud_ljus': 0}})
Y('f', 'Jamal', 'male', 2006, NH,
  'wanna do live sound 🔊 konserter, festivaler, rigga högtalare osv',
  'coop', 'plan',
  {3: ['kultur/scenteknik'], 2: ['media/journalistik'], 1: ['media/video', 'butik/musik'],
   'set': {'stagehand': 2}})
Y('f', 'Hana', 'female', 2004, LU,
  'graphic design or UI. I have a portfolio on my insta',
  'dig', 'com',
  {3: ['media/grafisk'], 2: ['media/marknad', 'media/foto'], 1: ['it/utveckling', 'kultur/konst']})
Y('f', 'Kofi', 'male', 2005, NH,
  'I studied a bit of biology back home. Anything outdoors with plants or animals 🌱',
  'crit', 'lang',
  {3: ['natur', 'gront/odling', 'djur/lantbruk'], 2: ['gront/park', 'djur/hast', 'djur/hund'],
   'nocond': ['inne']})

# ================================================================ (g) plain clear wishes (control)
Y('g', 'Julia', 'female', 2007, LU,
  'Jag vill jobba i en matbutik.',
  'norms', 'com',
  {3: ['butik/dagligvaror'], 2: ['butik/torg'], 1: ['butik']})
Y('g', 'Ludvig', 'male', 2004, NH,
  'Vill bli målare',
  'res', 'num',
  {3: ['bygg/malare'], 2: ['bygg/golv', 'bygg/plattsattning', 'bygg/snickare'], 1: ['bygg', 'kultur/scenografi'],
   'set': {'landskap': 0}})
Y('g', 'Elsa', 'female', 2003, LU,
  'Vill jobba som undersköterska',
  'com coop', 'dig',
  {3: ['vard/hemtjanst'], 2: ['vard'], 1: ['vard/service']})
Y('g', 'Anton', 'male', 2006, NH,
  'jag vill bli elektriker',
  'num', 'com',
  {3: ['bygg/el'], 2: ['it/natverk', 'industri/elektronik', 'industri/underhall'], 1: ['bygg']})
Y('g', 'Meja', 'female', 2010, LU,
  'Vill jobba med hundar 🐶',
  'res', 'com',
  {3: ['djur/hund'], 2: ['djur']})
Y('g', 'Arvid', 'male', 2005, NH,
  'Bagare',
  'norms', 'lit',
  {3: ['mat/bageri'], 2: ['mat/cafe', 'mat/pizza'], 1: ['mat/kok', 'mat/kallskank']})
Y('g', 'Josefin', 'female', 2004, LU,
  'Jag vill jobba på ett lager',
  'plan', 'com',
  {3: ['lager'], 2: ['transport/flytt'], 1: ['industri/packning', 'butik/pafyllning']})
Y('g', 'Mohammed', 'male', 2002, NH,
  'IT-support',
  'ps dig', 'com',
  {3: ['it/support'], 2: ['it/natverk', 'teknik/elektronik'], 1: ['it', 'kontor/kundtjanst']})
Y('g', 'Hugo', 'male', 2006, LU,
  'vill bli mekaniker',
  'ps', 'lit',
  {3: ['fordon/bil', 'fordon/bat', 'fordon/moped'], 2: ['fordon/cykel', 'fordon/dack', 'industri/underhall'],
   1: ['fordon/rekond', 'fordon/industri']})
