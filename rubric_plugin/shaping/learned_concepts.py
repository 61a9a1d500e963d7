"""Concept lexicon of the learned reading: words of many languages that name the same few ideas a
reward hack is made of (the task's requirements, meeting them, all of them, the grader, a score ...).

Each concept maps to word forms, lower-case. A form ending in ``*`` is a stem (matches any word
that starts with it; stems are at least four characters). Forms in scripts written without spaces
(Chinese, Japanese, Thai, Lao, Khmer, Burmese, Tibetan) are matched as substrings. Vietnamese writes
a word as several syllables with spaces between them: its forms hold those spaces and are matched
as phrases (a single syllable is too ambiguous to stand for a concept).

Forms that are common unrelated words in another language are left out (``body``, ``sama``,
``tam``, ``run`` ...). The comment after each line names its languages: ISO 639-1 codes, with
``sr`` Serbian in Cyrillic and ``sr-Latn`` in Latin letters, ``zh-Hans`` simplified and ``zh-Hant``
traditional Chinese."""
from __future__ import annotations

CONCEPTS: dict[str, tuple[str, ...]] = {
    "REQUIREMENT": (
        "requirement*", "instruction*", "criteri*", "constraint*", "rubric*", "spec", "specs",  # en
        "specification*", "brief", "guideline*", "checklist*", "prompt", "prompts",  # en
        "request*", "task", "tasks", "assignment*", "directions",  # en
        "anforderung*", "vorgabe*", "kriteri*", "anweisung*", "aufgabe*", "bewertungsraster*",  # de
        "exigence*", "consigne*", "critère*", "contrainte*", "énoncé", "tâche",  # fr
        "requisito*", "instrucci*", "criterio*", "rúbrica*", "consigna*", "tarea*",  # es
        "instruç*", "critério*", "restriç*", "rubrica*", "enunciado*", "tarefa*",  # pt
        "requisit*", "istruzion*", "vincol*", "consegna*", "traccia*", "compito*",  # it
        "vereiste*", "vereisten", "instructie*", "opdracht*", "richtlijn*",  # nl
        "beoordelingsschema*", "krav*", "instruktion*", "riktlinje*", "uppgift*",  # nl, sv
        "kravene", "oppgave*", "retningslinje*", "instruksjon*",  # no
        "opgave*", "retningslinj*",  # da
        "kröfur", "krafa", "krafna", "leiðbeining*", "fyrirmæl*", "verkefni*",  # is
        "vaatimu*", "vaatimuks*", "ohje*", "kriteer*", "tehtävänanto*", "arviointiperust*",  # fi
        "nõue*", "juhis*", "kriteeri*", "ülesanne*", "ülesande*",  # et
        "prasīb*", "instrukcij*", "kritērij*", "uzdevum*",  # lv
        "reikalavim*", "kriterij*", "užduot*",  # lt
        "wymagani*", "wymóg", "instrukcj*", "kryteri*", "polecenie*", "zadani*",  # pl
        "požadav*", "instrukc*", "kritéri*", "zadání", "pokyn*",  # cs
        "požiadavk*", "inštrukci*", "zahtev*", "navodil*", "naloga*", "smernic*",  # sk, sl
        "zahtjev*", "uput*", "zadatak*", "zadatk*", "smjernic*",  # hr
        "захтев*", "упутств*", "критериј*", "задатак*", "задатк*",  # sr
        "uputstv*", "zadatak",  # sr-Latn
        "барањ*", "упатств*", "критериум*", "задача*", "задачата",  # mk
        "изискван*", "инструкци*", "критери*", "заданиет*", "задачат*", "указани*",  # bg
        "cerinț*", "cerinţ*", "instrucțiun*", "sarcin*", "enunț*",  # ro
        "követelmény*", "utasítás*", "kritérium*", "feltétel*", "feladat*", "előírás*",  # hu
        "απαίτηση*", "απαιτήσε*", "οδηγί*", "κριτήρι*", "εκφώνηση*", "εργασία*",  # el
        "kërkes*", "udhëzim*", "kriter*", "detyr*", "требовани*", "задани*", "рубрик*",  # sq, ru
        "вимог*", "інструкці*", "критері*", "завданн*",  # uk
        "патрабаванн*", "інструкцы*", "крытэры*", "заданн*",  # be
        "gereksinim*", "gereklilik*", "talimat*", "yönerge*", "görev*",  # tr
        "tələb*", "təlimat*", "meyar*", "tapşırıq*", "талап*", "нұсқаулық*", "тапсырма*",  # az, kk
        "talab*", "koʻrsatma*", "mezon*", "topshiriq*", "көрсөтмө*", "тапшырма*",  # uz, ky
        "таләп*", "күрсәтмә*", "бирем*",  # tt
        "шаардлага*", "заавар*", "шалгуур*", "даалгавар*",  # mn
        "მოთხოვნ*", "ინსტრუქცი*", "კრიტერი*", "დავალებ*",  # ka
        "պահանջ*", "հրահանգ*", "չափանիշ*", "առաջադրանք*",  # hy
        "متطلبات", "المتطلبات", "تعليمات", "التعليمات", "معايير", "المعايير",  # ar
        "الزامات", "خواسته", "دستورالعمل", "معیارها", "معیار",  # fa
        "اړتیاوې", "غوښتنې", "لارښوونې", "معیارونه",  # ps
        "تقاضے", "ہدایات", "تقاضوں", "ضروریات", "pêdivî", "daxwaz*", "rênîşan*", "pîvan*",  # ur, ku
        "דרישות", "הדרישות", "הנחיות", "ההנחיות", "קריטריונים", "משימה",  # he
        "መስፈርት*", "መመሪያ*", "ተግባር*", "መምዘኒ*", "መምርሒ*",  # am, ti
        "shuruud*", "tilmaam*", "shuruudaha", "hawsha",  # so
        "mahitaji", "maagizo", "vigezo", "kigezo", "kazi", "maelekezo",  # sw
        "bukatun*", "umarni*", "sharuɗɗa*", "aiki",  # ha
        "ìbéèrè", "ibeere", "ìlànà*", "ilana*", "ìtọ́sọ́nà*", "itọsọna*",  # yo
        "achọrọ", "ntụziaka*", "izidingo", "imiyalelo", "imibandela", "umsebenzi",  # ig, zu
        "iimfuno", "imigaqo",  # xh
        "vereistes", "vereiste", "instruksie*", "kriteria", "riglyn*", "opdrag*",  # af
        "fepetra*", "toromarika*", "fitsipika*",  # mg
        "आवश्यकता", "आवश्यकताओं", "निर्देश", "निर्देशों", "मानदंड", "मानदंडों",  # hi
        "প্রয়োজনীয়তা", "নির্দেশনা", "নির্দেশাবলী", "মানদণ্ড", "শর্ত",  # bn
        "सूचना", "निकष", "अटी", "જરૂરિયાત", "સૂચના", "સૂચનાઓ", "માપદંડ",  # mr, gu
        "ਲੋੜਾਂ", "ਲੋੜ", "ਹਦਾਇਤਾਂ", "ਮਾਪਦੰਡ", "ଆବଶ୍ୟକତା", "ନିର୍ଦ୍ଦେଶ", "ମାନଦଣ୍ଡ",  # pa, or
        "தேவைகள்", "தேவைகளை", "அறிவுறுத்தல்*", "அளவுகோல்*", "வழிமுறை*",  # ta
        "అవసరాలు", "సూచనలు", "ప్రమాణాలు", "ಅವಶ್ಯಕತೆ*", "ಸೂಚನೆ*", "ಮಾನದಂಡ*",  # te, kn
        "ആവശ്യകത*", "നിർദ്ദേശ*", "മാനദണ്ഡ*", "අවශ්‍යතා", "උපදෙස්", "නිර්ණායක",  # ml, si
        "आवश्यकताहरू", "निर्देशन", "मापदण्ड",  # ne
        "ข้อกำหนด", "คำสั่ง", "เกณฑ์", "ข้อเรียกร้อง", "คำแนะนำ",  # th
        "ຂໍ້ກຳນົດ", "ຄຳແນະນຳ", "ເງື່ອນໄຂ", "តម្រូវការ", "ការណែនាំ", "លក្ខខណ្ឌ",  # lo, km
        "လိုအပ်ချက်", "ညွှန်ကြားချက်", "စံနှုန်း",  # my
        "yêu cầu", "tiêu chí", "hướng dẫn", "đề bài", "nhiệm vụ",  # vi
        "persyaratan", "instruksi", "ketentuan", "petunjuk", "tugas",  # id
        "keperluan", "arahan", "syarat", "tugasan",  # ms
        "kinakailangan", "tagubilin", "pamantayan", "kahingian", "gawain",  # tl
        "pitunjuk", "kritéria", "要求", "指令", "标准", "评分标准", "任务",  # jv, zh-Hans
        "規定", "指示", "評分標準", "任務", "要件", "基準", "採点基準", "課題",  # zh-Hant, ja
        "요구사항*", "지시사항*", "평가기준*", "기준을", "기준에", "지침을",  # ko
        "baldintza*", "eskakizun*", "jarraibide*", "irizpide*", "zeregin*",  # eu
        "restricci*", "enunciat*", "instrución*", "restrición*",  # ca, gl
        "gofynion", "gofyniad", "cyfarwyddiadau", "cyfarwyddyd", "tasg",  # cy
        "riachtanas*", "treoir*", "treoracha", "critéar*", "tasc*",  # ga
        "rekwiżit*", "struzzjoni*", "kriterj*", "kompitu*",  # mt
        "postul*", "instrukci*", "tasko*", "taskoj",  # eo
        "praecept*", "mandat*", "postulat*", "pensum",  # la
        "mañakuy*", "kamachiy*", "yachachiy*", "tekotevẽ", "jehechauka",  # qu, gn
        "egzijans*", "enstriksyon*", "kritè*", "kondisyon*",  # ht
        "herenga", "tohutohu", "paearu", "manaoga", "faatonuga", "taiala", "galuega",  # mi, sm
        "تەلەپ*", "كۆرسەتمە*", "ئۆلچەم*", "ۋەزىپە*", "བླང་བྱ", "བཀོད་འདོམས", "ཚད་གཞི",  # ug, bo
    ),
    "MEET": (
        "satisf*", "fulfil*", "fulfill*", "complian*", "complies", "complied", "comply",  # en
        "adhere*", "adheren*", "conform*", "meets", "meeting", "honour*", "honors", "honored",  # en
        "addresses",  # en
        "erfüll*", "entspricht", "einhalt*", "eingehalten", "befolgt", "berücksichtigt",  # de
        "satisfai*", "respect*", "remplit", "rempli*", "répond*", "honore",  # fr
        "cumple", "cumplen", "cumplir*", "cumplido*", "cumplimiento", "satisfac*",  # es
        "cumpr*", "atend*", "satisfaz*", "adere*", "soddisf*", "rispett*", "adempi*",  # pt, it
        "voldoe*", "voldaan", "naleving*", "nageleefd", "gevolgd", "opgevolgd",  # nl
        "uppfyll*", "följer", "följt", "följts", "efterlev*", "motsvarar",  # sv
        "oppfyll*", "følger", "overholde*", "opfyld*",  # no, da
        "uppfylli*", "fylgir", "samræm*",  # is
        "täyttä*", "täyttyy", "noudatta*", "vastaa*", "täyttää",  # fi
        "täida*", "vastab", "vastavad", "atbilst*", "izpild*", "ievēro*",  # et, lv
        "atitinka", "atitikt*", "įvykdy*", "tenkina*", "laikosi",  # lt
        "spełni*", "spełnia*", "przestrzeg*", "uwzględni*",  # pl
        "splňuj*", "splňu*", "splni*", "dodržuj*", "odpovíd*",  # cs
        "spĺňa*", "spĺňaj*", "dodržiav*", "zodpoved*",  # sk
        "izpolnjuj*", "izpolni*", "ustreza*", "upošteva*",  # sl
        "ispunjav*", "ispuni*", "zadovoljav*", "udovoljav*", "poštuj*",  # hr
        "испуњав*", "испуни*", "задовољав*", "поштуј*",  # sr
        "исполнув*", "исполни*", "задоволув*", "почитув*",  # mk
        "отговаря*", "изпълнява*", "изпълни*", "спазва*", "удовлетворява*", "îndeplin*",  # bg, ro
        "megfelel*", "teljesít*", "teljesül*", "betart*", "eleget",  # hu
        "πληροί", "πληρούν", "ικανοποι*", "τηρεί*", "συμμορφ*", "καλύπτ*",  # el
        "plotëso*", "plotëson", "përmbush*", "respekto*",  # sq
        "соответству*", "выполн*", "удовлетворя*", "соблюд*", "соблюл*", "учтен*",  # ru
        "відповіда*", "викона*", "виконує*", "задовольня*", "дотриму*",  # uk
        "адпавяда*", "выконва*", "выканан*", "задавальня*",  # be
        "karşıla*", "uygun*", "uyuyor", "uydum", "uyuldu", "uyulmuş*", "uyğun*", "cavab",  # tr, az
        "сәйкес*", "орындал*", "қанағаттандыр*", "mos", "bajar*",  # kk, uz
        "шайкеш*", "аткар*", "канааттандыр*", "үти", "канәгатьләндер*",  # ky, tt
        "хангаж*", "нийцэж*", "биелүүл*", "дагаж",  # mn
        "აკმაყოფილებ*", "შეესაბამ*", "იცავს*", "შესრულებ*", "բավարար*", "համապատասխան*",  # ka, hy
        "يستوفي", "تستوفي", "يلبي", "التزمت", "استوفيت", "اتبعت",  # ar
        "برآورده", "رعایت", "مطابق", "منطبق", "پوره", "مطابقت", "تعمیل",  # fa, ps, ur
        "עומדת", "ממלא", "מקיים", "תואם", "ያሟላል", "ያሟላ", "ይከተላል", "የማልእ", "ይስማማዕ",  # he, am, ti
        "buuxi*", "waafaq*", "fulin*",  # so
        "inakidhi", "linakidhi", "imekidhi", "limekidhi", "inatimiza", "kutimiza", "cika",  # sw, ha
        "pàdé", "pade", "tẹ̀lé*", "tẹle*", "mezuru*", "gbasoro*", "kwekọrọ*",  # yo, ig
        "iyahlangabezana", "ihlangabezana", "ilandela*", "iyafeza", "izalisekisa*",  # zu, xh
        "voldoen*", "voldoe", "nakom*", "volg", "mahafeno*", "manaraka*", "mifanaraka*",  # af, mg
        "अनुपालन", "पालन", "संतुष्ट", "পূরণ", "মেনে", "সন্তুষ্ট", "पूर्तता",  # hi, bn, mr
        "પૂર્ણ", "પાલન", "સંતોષ", "ਪੂਰਾ", "ਪੂਰੀਆਂ", "ਪਾਲਣਾ", "ପୂରଣ", "ପାଳନ",  # gu, pa, or
        "பூர்த்தி", "நிறைவேற்று*", "இணங்க*", "பின்பற்று*",  # ta
        "నెరవేర్చ*", "పాటిస్తుంది", "సంతృప్తి*", "ಪೂರೈಸು*", "ಪಾಲಿಸು*", "ಅನುಸರಿಸು*",  # te, kn
        "പാലിക്കു*", "നിറവേറ്റു*", "തൃപ്തിപ്പെടുത്തു*", "සපුරා", "අනුගමනය",  # ml, si
        "पूरा", "पालना", "ตรงตาม", "เป็นไปตาม", "ปฏิบัติตาม", "สอดคล้อง",  # ne, th
        "ຕອບສະໜອງ", "ປະຕິບັດຕາມ", "ສອດຄ່ອງ", "បំពេញ", "អនុលោម", "ပြည့်မီ", "လိုက်နာ",  # lo, km, my
        "đáp ứng", "tuân thủ", "thỏa mãn", "làm theo",  # vi
        "memenuhi", "dipenuhi", "mematuhi", "dipatuhi", "mengikuti", "diikuti",  # id
        "menepati", "natutugunan", "tumutugon", "sumusunod", "natugunan",  # ms, tl
        "nyukupi", "netepi", "manut", "满足", "符合", "遵守", "遵循", "达到", "涵盖",  # jv, zh-Hans
        "滿足", "達到", "涵蓋", "満たし", "満たす", "準拠", "従い", "守りました",  # zh-Hant, ja
        "충족했습니다", "따랐습니다", "지켰습니다", "준수했습니다", "충족합니다", "부합합니다",  # ko
        "betetzen", "betetzea*", "errespetatzen", "compleix*", "satisfà", "respecta*",  # eu, ca
        "axusta*", "bodloni", "cyflawni", "cydymffurfio", "dilyn",  # gl, cy
        "comhlíon*", "sásaíonn", "cloí*", "leanann",  # ga
        "jissodisfa", "jissodisfaw", "jikkonforma", "jirrispetta*", "tissodisfa",  # mt
        "plenumas", "plenumi", "kontentigas", "konformas", "respektas",  # eo
        "satisfaci*", "implet*", "observat", "obtemper*", "kasukun*",  # la, qu
        "omoañete", "ojapopaite", "ohupyty", "satisfè", "respekte*", "konfòm*",  # gn, ht
        "tutuki", "whakatutuki", "faamalieina", "ausia", "usitaʻia",  # mi, sm
        "قاندۇر*", "ئۇيغۇن*", "ئەمەل*", "ཁ་ཚང", "མཐུན་པ",  # ug, bo
    ),
    "ALL": (
        "all", "every", "each", "fully", "completely", "entirely", "totally",  # en
        "alle", "sämtliche", "jede", "jeder", "vollständig", "vollkommen",  # de
        "tous", "toutes", "chaque", "entièrement", "complètement", "totalement",  # fr
        "todos", "todas", "cada", "completamente", "totalmente", "íntegramente",  # es
        "inteiramente", "tutti", "tutte", "ogni", "interamente", "pienamente",  # pt, it
        "allemaal", "elke", "ieder", "volledig", "volkomen", "helemaal",  # nl
        "varje", "samtliga", "fullständigt", "helt", "hver", "samtlige", "fullstendig*",  # sv, no
        "fuldstændig*", "allar", "allir", "öllum", "fullkomlega", "algjörlega",  # da, is
        "kaikki", "kaikkia", "kaikkien", "jokainen", "täysin", "kokonaan",  # fi
        "kõik", "kõiki", "iga", "täielikult", "täiesti",  # et
        "visas", "visi", "katra", "katrs", "pilnībā",  # lv
        "visus", "visos", "kiekvien*", "visiškai",  # lt
        "wszystkie", "wszystkich", "każdy", "każde", "całkowicie", "pełni",  # pl
        "všechny", "všech", "každý", "každé", "zcela", "plně",  # cs
        "všetky", "všetkých", "úplne", "plne",  # sk
        "vse", "vsi", "vsak", "vsaka", "popolnoma", "povsem",  # sl
        "svi", "sve", "svaki", "svaka", "potpuno", "cijelosti",  # hr
        "сви", "све", "сваки", "свака", "потпуно", "сите", "секој", "секоја", "целосно",  # sr, mk
        "всички", "всеки", "всяка", "напълно", "изцяло",  # bg
        "toate", "toți", "fiecare", "întregime", "integral",  # ro
        "minden", "összes", "mindegyik", "teljesen", "maradéktalanul", "hiánytalanul",  # hu
        "όλες", "όλα", "όλοι", "κάθε", "πλήρως", "εντελώς",  # el
        "gjitha", "çdo", "plotësisht", "tërësisht",  # sq
        "все", "всех", "каждый", "каждое", "полностью", "целиком",  # ru
        "усі", "всі", "кожен", "кожне", "повністю", "цілком",  # uk
        "усе", "ўсе", "кожны", "цалкам", "tüm", "tümü", "bütün", "tamamen", "eksiksiz*",  # be, tr
        "hamısı", "hər", "tamamilə", "барлық", "барлығы", "әрбір", "толық", "толықтай",  # az, kk
        "barcha", "hamma", "toʻliq", "butunlay", "бардык", "баары", "толук",  # uz, ky
        "барлык", "бөтен", "һәр", "тулысынча", "бүх", "бүгд", "бүрэн*",  # tt, mn
        "ყველა", "ყოველი", "სრულად", "მთლიანად",  # ka
        "բոլոր", "ամեն", "յուրաքանչյուր", "ամբողջությամբ", "լիովին",  # hy
        "جميع", "كافة", "بالكامل", "تماما", "همه", "تمام", "تمامی", "کاملا",  # ar, fa
        "ټول", "ټولې", "بشپړ", "ہمہ", "hemû", "tevahî",  # ps, ur, ku
        "לחלוטין", "במלואן", "במלואו", "ሁሉም", "ሁሉንም", "እያንዳንዱ", "ኩሎም", "ብምሉኡ",  # he, am, ti
        "dhammaan", "dhan", "kasta", "gebi",  # so
        "yote", "wote", "kila", "kikamilifu", "kabisa", "dukkan", "kowane",  # sw, ha
        "gbogbo", "ọ̀kọ̀ọ̀kan", "ọkọọkan", "pátápátá", "patapata", "niile", "kpamkpam",  # yo, ig
        "konke", "zonke", "ngokuphelele", "ngokugcwele", "ngokupheleleyo",  # zu, xh
        "almal", "heeltemal", "rehetra", "tsirairay", "tanteraka",  # af, mg
        "सभी", "सारी", "सारे", "प्रत्येक", "पूर्णतः",  # hi
        "সকল", "প্রতিটি", "সম্পূর্ণভাবে", "পুরোপুরি", "सर्व", "संपूर्णपणे",  # bn, mr
        "બધા", "બધી", "દરેક", "સંપૂર્ણ", "ਸਾਰੇ", "ਸਾਰੀਆਂ", "ਹਰੇਕ", "ਪੂਰੀ",  # gu, pa
        "ସମସ୍ତ", "ପ୍ରତ୍ୟେକ", "ସମ୍ପୂର୍ଣ୍ଣ", "அனைத்து", "அனைத்தும்", "ஒவ்வொரு", "முழுமையாக",  # or, ta
        "అన్ని", "అన్నీ", "ప్రతి", "పూర్తిగా", "ಎಲ್ಲಾ", "ಪ್ರತಿಯೊಂದು", "ಸಂಪೂರ್ಣವಾಗಿ",  # te, kn
        "എല്ലാ", "എല്ലാം", "ഓരോ", "പൂർണ്ണമായും", "සියලු", "සියල්ල", "සෑම", "සම්පූර්ණයෙන්",  # ml, si
        "सबै", "रूपमा", "ทั้งหมด", "ทุกข้อ", "ทุกประการ", "อย่างสมบูรณ์", "ครบถ้วน",  # ne, th
        "ທັງໝົດ", "ທຸກໆ", "ຢ່າງຄົບຖ້ວນ", "ទាំងអស់", "គ្រប់", "ពេញលេញ",  # lo, km
        "အားလုံး", "အပြည့်အဝ", "tất cả", "hoàn toàn", "đầy đủ",  # my, vi
        "semua", "seluruh", "setiap", "sepenuhnya", "lengkap", "kesemua",  # id, ms
        "lahat", "bawat", "ganap", "kabèh", "kabeh", "saben", "sakabèhé",  # tl, jv
        "所有", "全部", "每一", "每个", "完全", "均已", "每個",  # zh-Hans, zh-Hant
        "すべて", "全て", "全ての", "完全に", "漏れなく", "완전히", "빠짐없이", "철저히",  # ja, ko
        "guztiak", "guztia", "bakoitza", "erabat", "osoki",  # eu
        "totes", "cadascun*", "completament", "totalment", "íntegrament",  # ca
        "pob", "holl", "cyfan", "llwyr", "gach", "uile", "iomlán",  # cy, ga
        "kollha", "kull", "kompletament",  # mt
        "ĉiuj", "ĉiu", "ĉion", "tute", "plene", "komplete",  # eo
        "omnia", "omnes", "omnis", "singula", "prorsus", "penitus",  # la
        "llapan", "llapa", "sapankama", "opavave", "opaite", "peteĩteĩ",  # qu, gn
        "tout", "chak", "konplètman", "nèt", "katoa", "atoa", "taitasi",  # ht, mi, sm
        "بارلىق", "ھەممە", "ھەربىر", "تولۇق", "ཚང་མ", "ཡོངས་རྫོགས", "རེ་རེ",  # ug, bo
    ),
    "QUALITY": (
        "perfect", "flawless", "excellent", "impeccabl*", "exemplary", "outstanding", "ideal",  # en
        "perfekt*", "makellos*", "exzellent*", "hervorragend*", "tadellos*", "vorbildlich*",  # de
        "parfait*", "impeccable*", "excellent*", "irréprochable*", "exemplaire*",  # fr
        "remarquable*",  # fr
        "perfect*", "impecable*", "excelente*", "ejemplar*", "sobresaliente*", "inmejorable*",  # es
        "perfeit*", "impecáve*", "exemplar*", "excepcional*", "ótima", "ótimo",  # pt
        "perfett*", "impeccabil*", "eccellent*", "esemplar*", "ottimo", "ottima",  # it
        "foutloos*", "uitstekend*", "voorbeeldig*", "onberispelijk*", "uitmuntend*",  # nl
        "felfri*", "utmärkt*", "exemplarisk*", "enastående*",  # sv
        "perfekt", "feilfri*", "utmerket*", "eksemplarisk*", "fremragende",  # no
        "fejlfri*", "udmærket*", "fullkomin*", "gallalaus*", "framúrskarandi", "frábær*",  # da, is
        "täydellin*", "virheetön*", "erinomai*", "moitteeton*", "esimerkillin*",  # fi
        "täiuslik*", "veatu*", "suurepära*", "laitmatu*",  # et
        "nevainojam*", "izcil*", "teicam*",  # lv
        "tobul*", "nepriekaištin*", "puik*", "pavyzding*",  # lt
        "doskonał*", "idealn*", "bezbłędn*", "znakomit*", "wzorow*", "perfekcyjn*",  # pl
        "dokonal*", "bezchybn*", "vynikajíc*", "perfektn*", "ideáln*", "vzorn*",  # cs
        "vynikajúc*", "popoln*", "brezhibn*", "odličn*", "izvrstn*",  # sk, sl
        "savršen*", "besprijekor*", "izvrsn*", "uzorn*",  # hr
        "савршен*", "беспрекор*", "одличн*", "изврсн*", "узорн*", "besprekor*",  # sr, sr-Latn
        "совршен*", "извонредн*",  # mk
        "перфектн*", "безупречн*", "безгрешн*", "отличн*", "превъзход*", "идеалн*",  # bg
        "impecabil*", "excelent*", "ireproșabil*",  # ro
        "tökéletes*", "hibátlan*", "kiváló*", "kifogástalan*", "példás*", "kitűnő*",  # hu
        "τέλει*", "άψογ*", "εξαιρετικ*", "υποδειγματικ*", "ιδανικ*",  # el
        "përsosur", "shkëlqyer*", "patëmetë",  # sq
        "идеальн*", "безошибочн*", "превосходн*", "образцов*",  # ru
        "ідеальн*", "бездоганн*", "відмінн*", "чудов*", "зразков*",  # uk
        "ідэальн*", "бездакорн*", "выдатн*", "mükemmel*", "kusursuz*", "harika*",  # be, tr
        "mükəmməl*", "qüsursuz*", "əla", "мінсіз*", "тамаша*", "керемет*", "үздік*",  # az, kk
        "mukammal*", "aʼlo", "benuqson*", "ajoyib*",  # uz
        "мыкты*", "кемчиликсиз*", "идеалдуу*", "камил*", "идеаль*",  # ky, tt
        "төгс*", "шилдэг*", "სრულყოფილ*", "უნაკლო*", "შესანიშნავ*", "იდეალურ*",  # mn, ka
        "կատարյալ*", "անթերի*", "գերազանց*", "իդեալական*",  # hy
        "مثالي", "مثالية", "ممتاز", "ممتازة", "رائع", "خالية", "عالی", "بینقص",  # ar, fa
        "عالي", "غوره", "بہترین", "بےعیب", "شاندار", "مثالی", "bêkêmasî", "bêhempa*",  # ps, ur, ku
        "מושלם", "מושלמת", "מצוין", "מצוינת", "רבב", "מופתי", "ፍጹም", "ምርጥ",  # he, am
        "ብሉጽ", "ዝበለጸ", "qumman*", "fiican*", "kamilifu", "bora", "kipekee",  # ti, so, sw
        "cikakke*", "ingantacce*", "kyakkyawa*", "pípé", "pipe", "àìlábùkù*", "ailabuku*",  # ha, yo
        "magburu*", "ephelele*", "emangalisa*",  # ig, zu
        "igqibelele*", "egqibeleleyo*", "ebalaseleyo*", "perfek", "lafatra",  # xh, af, mg
        "उत्तम", "उत्कृष्ट", "परिपूर्ण", "त्रुटिहीन", "बेहतरीन", "आदर्श",  # hi
        "নিখুঁত", "চমৎকার", "উৎকৃষ্ট", "আদর্শ", "निर्दोष",  # bn, mr
        "ઉત્તમ", "શ્રેષ્ઠ", "દોષરહિત", "ਸੰਪੂਰਨ", "ਸ਼ਾਨਦਾਰ", "ਉੱਤਮ", "ਬੇਮਿਸਾਲ",  # gu, pa
        "ଉତ୍କୃଷ୍ଟ", "ନିଖୁଣ", "ଉତ୍ତମ", "சிறந்த", "குறைபாடற்ற*", "மிகச்சிறந்த",  # or, ta
        "పరిపూర్ణ*", "అద్భుతమైన", "అత్యుత్తమ*", "దోషరహిత*",  # te
        "ಪರಿಪೂರ್ಣ*", "ಅತ್ಯುತ್ತಮ*", "ದೋಷರಹಿತ*",  # kn
        "തികഞ്ഞ*", "മികച്ച*", "കുറ്റമറ്റ*", "ഉത്തമ*", "පරිපූර්ණ", "විශිෂ්ට", "නිදොස්",  # ml, si
        "त्रुटिरहित", "สมบูรณ์แบบ", "ไร้ที่ติ", "ยอดเยี่ยม", "ดีเลิศ",  # ne, th
        "ສົມບູນແບບ", "ດີເລີດ", "ល្អឥតខ្ចោះ", "ល្អបំផុត",  # lo, km
        "ပြီးပြည့်စုံ", "အကောင်းဆုံး", "hoàn hảo", "xuất sắc", "tuyệt vời", "hoàn mỹ",  # my, vi
        "sempurna", "istimewa", "unggul", "cemerlang", "terbaik",  # id, ms
        "perpekto", "napakahusay", "mahusay", "sampurna", "linuwih",  # tl, jv
        "完美", "无瑕", "优秀", "出色", "卓越", "无可挑剔", "無瑕", "優秀", "無可挑剔",  # zh-Hans, zh-Hant
        "完璧", "優れた", "申し分", "非の打ち所", "模範的", "理想的",  # ja
        "완벽합니다", "완벽한", "흠잡을", "훌륭한", "탁월한", "최상의", "perfektu*", "bikain*", "akatsgabe*",  # ko, eu
        "immillorable*", "perffaith", "rhagorol", "ardderchog", "delfrydol",  # ca, cy
        "foirfe*", "scoth", "sármhaith", "eċċellenti", "impekkabbli", "eżemplari",  # ga, mt
        "senmanka*", "bonega*", "elstara*", "ideala",  # eo
        "optimum", "optima", "optimus", "egregi*", "praestant*", "inculpat*",  # la
        "allinnin", "sumaq*", "iporãitereíva", "iporãite",  # qu, gn
        "pafè", "ekselan*", "enpekab*", "kairangi", "hapakore",  # ht, mi
        "مۇكەممەل*", "ئەلا*", "نۇقسانسىز*", "ཕུན་སུམ་ཚོགས་པ", "ཡག་ཤོས", "སྐྱོན་མེད",  # ug, bo
    ),
    "CORRECT": (
        "correct", "correctly", "accurate*", "complete", "exact", "exactly", "precise*",  # en
        "valid", "korrekt*", "richtig*", "fehlerfrei*", "genau", "präzise*", "gültig*",  # en, de
        "correct*", "exact*", "précis*", "complet", "complète", "valide*",  # fr
        "precis*", "completa", "completo", "válido", "válida",  # es
        "corret*", "exat*", "válid*", "corrett*", "esatt*", "valido",  # pt, it
        "juist*", "nauwkeurig*", "compleet", "geldig*",  # nl
        "riktig*", "exakt*", "komplett", "giltig*", "korrekt", "nøyaktig*", "fullstendig",  # sv, no
        "rigtig*", "nøjagtig*", "fuldstændig",  # da
        "rétt", "réttur", "nákvæm*", "heill", "gilt", "gildur",  # is
        "oikein", "oikea*", "tarkka*", "täsmällin*", "pätevä*",  # fi
        "õige*", "täpne*", "kehtiv*", "pareiz*", "precīz*", "korekt*", "derīg*",  # et, lv
        "teising*", "tiksl*", "išsam*",  # lt
        "poprawn*", "prawidłow*", "dokładn*", "kompletn*", "precyzyjn*",  # pl
        "správn*", "přesn*", "úpln*", "platn*", "presn*",  # cs, sk
        "pravilen", "pravilno*", "točen", "natančn*", "veljav*",  # sl
        "točn*", "ispravn*", "precizn*", "potpun*", "valjan*",  # hr
        "тачн*", "исправн*", "прецизн*", "потпун*", "валидн*", "tačn*", "validn*",  # sr, sr-Latn
        "точн*", "целосен", "вярн*", "правилн*", "коректн*", "corect*", "validă",  # mk, bg, ro
        "helyes*", "pontos*", "érvényes*",  # hu
        "σωστ*", "ακριβ*", "ορθή", "ορθό", "έγκυρ*", "ολοκληρωμέν*",  # el
        "saktë", "plotë", "vlefshëm", "правильн*", "корректн*", "вірн*",  # sq, ru, uk
        "правільн*", "дакладн*", "карэктн*", "doğru*", "hatasız*", "kesin*", "geçerli*",  # be, tr
        "düzgün*", "dəqiq*", "səhvsiz*", "дұрыс*", "нақты*", "қатесіз*",  # az, kk
        "toʻgʻri*", "aniq*", "xatosiz*", "туура*", "катасыз*",  # uz, ky
        "дөрес*", "төгәл*", "хатасыз*", "зөв", "нарийвчлал*", "алдаагүй",  # tt, mn
        "სწორ*", "ზუსტ*", "უშეცდომო*", "სრული",  # ka
        "ճիշտ", "ճշգրիտ*", "անսխալ*", "ամբողջական*",  # hy
        "صحيح", "صحيحة", "دقيق", "دقيقة", "كاملة", "سليمة",  # ar
        "صحیح", "درست", "دقیق", "معتبر", "مکمل", "rast", "rastîn*", "dirust*",  # fa, ur, ku
        "נכון", "נכונה", "מדויק", "מדויקת", "מלא", "תקין", "ትክክለኛ*", "ትክክል", "ትክክልና",  # he, am
        "ቅኑዕ", "ልክዕ", "ትኽክል*", "saxsan", "saxda",  # ti, so
        "sahihi", "usahihi", "kamili", "halali", "daidai*", "sahihi*",  # sw, ha
        "déédé", "deede", "péye", "peye", "ziri",  # yo, ig
        "lungile*", "kulungile*", "okunembile*",  # zu
        "ichanekile*", "ngokuchanekileyo*", "ilungile*",  # xh
        "korrek*", "akkuraat*", "presies*", "सही", "सटीक", "सटीकता", "पूर्ण", "मान्य",  # af, hi
        "সঠিক", "নির্ভুল", "সম্পূর্ণ", "বৈধ", "बरोबर", "अचूक", "योग्य",  # bn, mr
        "સાચું", "સચોટ", "યોગ્ય", "ਸਹੀ", "ਸਟੀਕ", "ਦਰੁਸਤ", "ସଠିକ୍", "ନିର୍ଭୁଲ",  # gu, pa, or
        "சரியான*", "துல்லியமான*", "முழுமையான*", "செல்லுபடியா*",  # ta
        "సరైన", "ఖచ్చితమైన*", "సరిగ్గా", "ಸರಿಯಾದ", "ನಿಖರ*", "ಸರಿಯಾಗಿ",  # te, kn
        "ശരിയായ*", "കൃത്യമായ*", "കൃത്യ*", "නිවැරදි", "නිවැරදිව", "නිරවද්‍ය", "शुद्ध",  # ml, si, ne
        "ถูกต้อง", "แม่นยำ", "ຖືກຕ້ອງ", "ແມ່ນຍຳ", "ត្រឹមត្រូវ", "ច្បាស់លាស់",  # th, lo, km
        "မှန်ကန်", "တိကျ", "chính xác", "hợp lệ", "benar", "akurat", "tepat",  # my, vi, id
        "sah", "tama", "wasto", "tumpak", "kumpleto", "bener", "pener",  # ms, tl, jv
        "正确", "准确", "精确", "无误", "正確", "準確", "精確", "無誤",  # zh-Hans, zh-Hant
        "正しい", "正しく", "誤りのない", "有効", "정확합니다", "정확한", "정확하게", "올바른", "올바르게", "유효한",  # ja, ko
        "zuzena", "zuzen", "zehatz*", "osoa", "baliozko*", "precís", "precisa", "vàlid*",  # eu, ca
        "cywir", "manwl", "dilys", "cyflawn", "ceart*", "cruinn*", "bailí",  # cy, ga
        "korrett*", "preċiż*", "eżatt*", "validu",  # mt
        "ĝusta*", "korekta*", "preciza*", "valida", "recte", "accurat*", "chiqaq*",  # eo, la, qu
        "hekopete", "añete", "kòrèk", "egzat*", "valab", "tika", "tōtika", "pono",  # gn, ht, mi
        "saʻo", "توغرا*", "ئېنىق*", "دۇرۇس*", "ཡང་དག", "ཏག་ཏག", "ནོར་འཁྲུལ་མེད་པ",  # sm, ug, bo
    ),
    "VERIFIED": (
        "verified", "checked", "confirmed", "validated", "ensured", "guaranteed", "certified",  # en
        "überprüft", "geprüft", "bestätigt", "validiert", "sichergestellt", "garantiert",  # de
        "vérifié*", "contrôlé*", "confirmé*", "validé*", "garanti*", "certifié*",  # fr
        "verificad*", "comprobad*", "confirmad*", "validad*", "garantizad*", "certificad*",  # es
        "conferid*", "garantid*",  # pt
        "verificat*", "controllat*", "confermat*", "convalidat*", "garantit*", "certificat*",  # it
        "geverifieerd", "gecontroleerd", "bevestigd", "gevalideerd", "gegarandeerd",  # nl
        "gecertificeerd",  # nl
        "verifierad*", "kontrollerad*", "bekräftad*", "validerad*", "garanterad*",  # sv
        "certifierad*",  # sv
        "verifisert*", "kontrollert*", "bekreftet", "validert", "garantert", "sertifisert",  # no
        "verificeret*", "kontrolleret*", "bekræftet", "valideret", "garanteret",  # da
        "certificeret", "staðfest*", "yfirfar*", "sannreynd*", "tryggt", "vottað*",  # da, is
        "tarkistettu*", "vahvistettu*", "varmistettu*", "taattu*", "sertifioitu*",  # fi
        "kontrolli*", "kinnitatud", "tagatud", "sertifitseeri*",  # et
        "pārbaudīt*", "apstiprināt*", "garantēt*", "sertificēt*",  # lv
        "patikrint*", "patvirtint*", "garantuot*", "sertifikuot*",  # lt
        "sprawdzon*", "zweryfikowan*", "potwierdzon*", "zagwarantowan*", "certyfikowan*",  # pl
        "ověřen*", "zkontrolován*", "potvrzen*", "zaručen*", "certifikován*",  # cs
        "overen*", "skontrolovan*", "potvrden*", "certifikovan*",  # sk
        "preverjen*", "potrjen*", "zagotovljen*", "certificiran*",  # sl
        "provjeren*", "potvrđen*", "zajamčen*",  # hr
        "проверен*", "потврђен*", "загарантован*", "сертификован*",  # sr
        "proveren*", "garantovan*", "потврден*", "загарантиран*", "сертифициран*",  # sr-Latn, mk
        "потвърден*", "гарантиран*", "удостоверен*",  # bg
        "confirmat*", "validat*", "garantat*",  # ro
        "ellenőrz*", "megerősít*", "igazol*", "garantál*", "hitelesít*",  # hu
        "επαληθευμέν*", "ελεγμέν*", "επιβεβαιωμέν*", "εγγυημέν*", "πιστοποιημέν*",  # el
        "verifikuar", "kontrolluar", "konfirmuar", "garantuar", "certifikuar",  # sq
        "подтвержден*", "подтверждён*", "гарантирован*", "сертифицирован*",  # ru
        "перевірен*", "підтверджен*", "гарантован*", "засвідчен*", "сертифікован*",  # uk
        "праверан*", "пацверджан*", "гарантаван*",  # be
        "doğrulan*", "kontrol", "onaylan*", "sertifika*",  # tr
        "yoxlanıl*", "təsdiqlən*", "zəmanət*",  # az
        "тексерілген*", "расталған*", "кепілдендір*",  # kk
        "tekshirilgan", "tasdiqlangan", "kafolatlangan",  # uz
        "текшерилген*", "ырасталган*", "кепилденген*",  # ky
        "тикшерелгән*", "расланган*", "гарантияләнгән*",  # tt
        "шалгагдсан*", "баталгаажсан*", "баталгаатай*",  # mn
        "შემოწმებულ*", "დადასტურებულ*", "გარანტირებულ*",  # ka
        "ստուգված*", "հաստատված*", "երաշխավորված*", "التحقق", "مؤكد", "مضمون", "مدقق",  # hy, ar
        "تأیید", "تایید", "تضمین", "تصدیق", "جانچا", "ضمانت",  # fa, ps, ur
        "piştrast*", "kontrolkirî", "נבדק", "אומת", "אושר", "מובטח", "מאומת",  # ku, he
        "የተረጋገጠ*", "ተረጋግጧል", "ዋስትና", "ዝተረጋገጸ*", "ተረጋጊጹ", "hubiyay", "xaqiijiyay",  # am, ti, so
        "imethibitishwa", "imekaguliwa", "imehakikishwa", "tabbatar",  # sw, ha
        "ṣàyẹ̀wò*", "ṣayẹwo*", "ìdánilójú*", "idaniloju*",  # yo
        "nyochara*", "kwadoro*", "akaebe",  # ig
        "kuqinisekisiwe*", "kuhloliwe*", "kuqinisekiswe*",  # zu
        "iqinisekisiwe*", "ihloliwe*", "iqinisekiswe*",  # xh
        "geverifieer", "nagegaan", "gewaarborg", "gesertifiseer",  # af
        "voamarina*", "voasedra*", "antoka",  # mg
        "सत्यापित", "जाँचा", "जांचा", "पुष्टि", "सुनिश्चित", "प्रमाणित",  # hi
        "যাচাইকৃত", "যাচাই", "নিশ্চিত", "প্রত্যয়িত", "तपासले", "खात्री",  # bn, mr
        "ચકાસાયેલ", "પુષ્ટિ", "ખાતરી", "ਪ੍ਰਮਾਣਿਤ", "ਜਾਂਚਿਆ", "ਪੁਸ਼ਟੀ",  # gu, pa
        "ଯାଞ୍ଚ", "ନିଶ୍ଚିତ", "சரிபார்க்கப்பட்ட*", "உறுதிப்படுத்தப்பட்ட*", "உத்தரவாத*",  # or, ta
        "ధృవీకరించబడిన*", "తనిఖీ*", "హామీ*", "ಪರಿಶೀಲಿಸಲಾಗಿದೆ", "ದೃಢೀಕರಿಸ*", "ಖಾತರಿ*",  # te, kn
        "പരിശോധിച്ച*", "സ്ഥിരീകരിച്ച*", "ഉറപ്പാക്കി*", "තහවුරු", "සත්‍යාපිත", "පරීක්ෂා",  # ml, si
        "ตรวจสอบแล้ว", "ยืนยันแล้ว", "รับรอง", "ກວດສອບແລ້ວ", "ຢືນຢັນ",  # th, lo
        "បានផ្ទៀងផ្ទាត់", "បានបញ្ជាក់", "ធានា", "စစ်ဆေးပြီး", "အတည်ပြု", "အာမခံ",  # km, my
        "xác minh", "kiểm tra", "xác nhận", "đảm bảo",  # vi
        "terverifikasi", "diverifikasi", "diperiksa", "dikonfirmasi", "dipastikan", "dijamin",  # id
        "disahkan", "disemak", "napatunayan", "nasuri", "kumpirmado", "garantisado",  # ms, tl
        "已验证", "已核实", "已确认", "已检查", "确保", "保证",  # zh-Hans
        "已驗證", "已核實", "已確認", "已檢查", "確保", "保證",  # zh-Hant
        "検証済み", "確認済み", "確認しました", "保証", "チェック済み", "認定",  # ja
        "검증된", "확인된", "확인했습니다", "점검된", "검증했습니다",  # ko
        "egiaztatu*", "egiaztatuta", "baieztatu*", "bermatu*", "comprovat*",  # eu, ca
        "gwirio", "cadarnhau", "gwarantu", "ardystio",  # cy
        "fíoraithe", "seiceáilte", "deimhnithe", "dearbhaithe", "ráthaithe",  # ga
        "ivverifikat*", "ikkonfermat*", "iċċekkjat*", "iċċertifikat*",  # mt
        "kontrolita", "konfirmita", "garantiita", "certigita", "probat*", "comprobat*",  # eo, la
        "qhawasqa", "takyachisqa", "oñemoañete",  # qu, gn
        "verifye", "konfime", "garanti", "sètifye", "whakaū", "faamaonia",  # ht, mi, sm
        "تەكشۈرۈلگەن*", "دەلىللەنگەن*", "كاپالەت*", "ཞིབ་བཤེར", "ངེས་གཏན", "བདེན་དཔང",  # ug, bo
    ),
    "RESPONSE": (
        "response", "responses", "answer", "answers", "reply", "output", "submission",  # en
        "essay", "solution", "deliverable*",  # en
        "antwort*", "ausgabe", "einreichung*", "aufsatz", "lösung*", "abgabe",  # de
        "réponse*", "sortie", "copie", "dissertation", "rédaction*", "livrable*",  # fr
        "respuesta*", "salida", "entrega", "ensayo", "redacción", "solución",  # es
        "resposta*", "saída", "redação", "solução",  # pt
        "risposta*", "elaborato*", "soluzione",  # it
        "antwoord*", "uitvoer", "inzending*", "oplossing*", "opstel",  # nl
        "svaret", "svar", "utdata", "inlämning*", "lösning*", "uppsats*",  # sv
        "besvarelse*", "løsning*", "svarið", "úttak", "lausn*",  # no, is
        "vastaus*", "vastauks*", "tuotos*", "ratkaisu*", "essee*",  # fi
        "vastus*", "väljund*", "lahendus*", "essee",  # et
        "atbilde*", "atbildi*", "risinājum*", "eseja*", "atsakym*", "sprendim*", "rašin*",  # lv, lt
        "odpowied*", "wynik*", "rozwiązani*", "wypracowani*",  # pl
        "odpověď", "odpověd*", "výstup*", "řešení", "esej*",  # cs
        "odpoveď", "odpoved*", "riešeni*", "odgovor*", "izhod*", "rešitev*",  # sk, sl
        "rješenj*", "izlaz*", "одговор*", "решењ*", "излаз*", "есеј*",  # hr, sr
        "решени*", "излез*", "отговор*", "изход*", "есет*",  # mk, bg
        "răspuns*", "soluți*", "lucrar*", "eseu*",  # ro
        "válasz*", "megoldás*", "kimenet*", "esszé*", "dolgozat*",  # hu
        "απάντηση*", "απάντησ*", "λύση*", "έξοδο*", "έκθεση", "përgjigj*", "zgjidhj*",  # el, sq
        "ответ*", "вывод*", "эссе", "сочинени*",  # ru
        "відповідь", "відповіді", "відповіддю", "рішенн*", "вихід", "адказ*", "рашэнн*",  # uk, be
        "yanıt*", "cevap*", "çıktı*", "çözüm*", "metin*", "həll*", "mətn*",  # tr, az
        "жауап*", "шешім*", "мәтін*", "javob*", "yechim*", "matn*",  # kk, uz
        "жооп*", "чечим*", "текст*", "җавап*", "чишелеш*", "текст",  # ky, tt
        "хариулт*", "хариу*", "шийдэл*", "პასუხ*", "გადაწყვეტ*", "ტექსტ*",  # mn, ka
        "պատասխան*", "լուծում*", "տեքստ*",  # hy
        "الإجابة", "إجابة", "الرد", "ردي", "المخرجات", "الحل", "پاسخ", "جواب", "خروجی",  # ar, fa
        "ځواب", "bersiv*", "çareser*", "התשובה", "תשובה", "הפלט", "פתרון", "חיבור",  # ps, ku, he
        "መልሱ", "ምላሹ", "ምላሽ", "መልሲ", "jawaab*", "xalka",  # am, ti, so
        "jibu", "majibu", "suluhisho", "matokeo", "amsa*", "mafita*",  # sw, ha
        "ìdáhùn*", "idahun*", "èsì", "esi", "azịza*", "nzaghachi*",  # yo, ig
        "impendulo*", "isixazululo*", "isisombululo*", "uitset",  # zu, xh, af
        "valiny*", "vahaolana*",  # mg
        "उत्तर", "जवाब", "प्रतिक्रिया", "आउटपुट", "समाधान", "निबंध",  # hi
        "উত্তর", "জবাব", "সমাধান", "প্রবন্ধ", "प्रतिसाद", "उपाय",  # bn, mr
        "જવાબ", "ઉત્તર", "પ્રતિભાવ", "ਜਵਾਬ", "ਉੱਤਰ", "ଉତ୍ତର",  # gu, pa, or
        "பதில்*", "விடை*", "தீர்வு*", "సమాధానం*", "జవాబు*", "పరిష్కారం*",  # ta, te
        "ಉತ್ತರ*", "ಪ್ರತಿಕ್ರಿಯೆ*", "ಪರಿಹಾರ*", "ഉത്തരം*", "മറുപടി*", "പരിഹാരം*",  # kn, ml
        "පිළිතුර", "පිළිතුරු", "විසඳුම", "जवाफ", "คำตอบ", "ผลลัพธ์", "ข้อความนี้",  # si, ne, th
        "ຄຳຕອບ", "ចម្លើយ", "အဖြေ", "တုံ့ပြန်ချက်",  # lo, km, my
        "câu trả lời", "phản hồi", "bài làm", "đầu ra",  # vi
        "jawaban", "tanggapan", "respons", "keluaran", "solusi", "esai",  # id
        "jawapan", "penyelesaian", "sagot", "tugon", "solusyon", "wangsulan",  # ms, tl, jv
        "回答", "回复", "答案", "输出", "作答", "本文", "回覆", "輸出",  # zh-Hans, zh-Hant
        "返答", "応答", "解答", "出力", "本稿", "응답은", "응답이", "답변은", "답변이", "답안이", "출력은",  # ja, ko
        "erantzun*", "irteera*", "ebazpen*", "sortida", "solució", "redacció",  # eu, ca
        "ateb", "atebion", "ymateb", "allbwn", "datrysiad", "traethawd",  # cy
        "freagra*", "aschur", "réiteach*", "tweġiba*", "soluzzjoni*",  # ga, mt
        "respondo*", "solvo*", "eligo", "responsum*", "responsio*", "solutio*",  # eo, la
        "kutichiy*", "kutichi*", "mbohovái*", "ñembohovái", "repons*", "solisyon*",  # qu, gn, ht
        "whakautu", "urupare", "جاۋاب*", "ཕྱིར་ལན",  # mi, ug, bo
    ),
    "ASSISTANT": (
        "assistant", "model", "author", "writer", "chatbot",  # en
        "assistent*", "modell", "autor", "autorin", "verfasser*",  # de
        "assistant*", "modèle", "auteur*", "rédacteur*",  # fr
        "asistente", "modelo", "autora", "redactor*", "assistente",  # es, pt
        "modello", "autore", "modellen", "författar*", "assistent", "forfatter*",  # it, sv, no
        "aðstoðar*", "höfundur*", "avustaja*", "kirjoittaja*", "tekijä*",  # is, fi
        "asistent*", "autors", "autorius", "asystent*", "autorka", "avtor",  # lv, lt, pl, sl
        "асистент*", "аутор*", "автор*", "autorul", "asszisztens*", "szerző*",  # sr, mk, ro, hu
        "βοηθός", "βοηθό", "συγγραφέα*", "συντάκτ*", "autori",  # el, sq
        "ассистент*", "помощник*", "помічник*", "асістэнт*", "аўтар*",  # ru, uk, be
        "asistan*", "yazar*", "köməkçi*", "müəllif*", "көмекші*",  # tr, az, kk
        "yordamchi*", "muallif*", "жардамчы*", "ярдәмче*", "автор",  # uz, ky, tt
        "туслах*", "зохиогч*", "ასისტენტ*", "ავტორ*", "օգնական*", "հեղինակ*",  # mn, ka, hy
        "المساعد", "النموذج", "الكاتب", "المؤلف", "دستیار", "مدل", "نویسنده",  # ar, fa
        "مرستیال", "لیکوال", "اسسٹنٹ", "معاون", "مصنف", "alîkar*", "nivîskar*",  # ps, ur, ku
        "העוזר", "המודל", "הכותב", "המחבר", "ረዳቱ", "ጸሐፊው", "ሓጋዚ", "ጸሓፊ",  # he, am, ti
        "kaaliye*", "qoraa*", "msaidizi", "mwandishi", "mataimaki*", "marubuci*",  # so, sw, ha
        "olùrànlọ́wọ́*", "oluranlọwọ*", "òǹkọ̀wé*", "onkọwe*", "enyemaka*", "odee*",  # yo, ig
        "umsizi*", "umbhali*", "umncedisi*", "outeur", "skrywer",  # zu, xh, af
        "mpanampy*", "mpanoratra*", "सहायक", "लेखक", "मॉडल", "সহকারী", "লেখক", "মডেল",  # mg, hi, bn
        "सहाय्यक", "સહાયક", "લેખક", "ਸਹਾਇਕ", "ਲੇਖਕ", "ସହାୟକ", "ଲେଖକ",  # mr, gu, pa, or
        "உதவியாளர்*", "ஆசிரியர்*", "సహాయకుడు*", "రచయిత*", "ಸಹಾಯಕ*", "ಲೇಖಕ*",  # ta, te, kn
        "സഹായി*", "രചയിതാവ്*", "සහායක", "කතුවරයා", "ผู้ช่วย", "ผู้เขียน", "โมเดล",  # ml, si, th
        "ຜູ້ຊ່ວຍ", "ຜູ້ຂຽນ", "ជំនួយការ", "អ្នកនិពន្ធ", "လက်ထောက်", "စာရေးသူ",  # lo, km, my
        "trợ lý", "tác giả", "asisten", "penulis", "pembantu",  # vi, id, ms
        "katulong", "manunulat", "asistèn", "panulis", "助手", "模型", "作者",  # tl, jv, zh-Hans
        "アシスタント", "モデル", "筆者", "作成者", "어시스턴트*", "작성자는", "모델은", "모델이",  # ja, ko
        "laguntzaile*", "egile*", "cynorthwyydd", "awdur", "cúntóir*", "údar",  # eu, cy, ga
        "awtur*", "asistanto*", "aŭtoro*", "verkinto*", "auctor*", "scriptor*",  # mt, eo, la
        "yanapaq*", "qillqaq*", "pytyvõhára*", "ohaiva", "otè",  # qu, gn, ht
        "kaiāwhina", "kaituhi", "fesoasoani", "tusitala", "ياردەمچى*", "ئاپتور*",  # mi, sm, ug
        "རོགས་རམ་པ", "རྩོམ་པ་པོ",  # bo
    ),
    "JUDGE": (
        "judge", "judges", "grader*", "evaluator*", "reviewer*", "assessor*", "examiner*",  # en
        "scorer*", "marker", "rater", "raters", "referee", "inspector*", "checker",  # en
        "annotator*",  # en
        "bewerter*", "prüfer*", "gutachter*", "korrektor*", "schiedsrichter*", "juror*",  # de
        "évaluateur*", "correcteur*", "examinateur*", "juge", "juges", "notateur*",  # fr
        "evaluador*", "calificador*", "corrector*", "examinador*", "juez", "jueces",  # es
        "avaliador*", "corretor*", "revisor*", "juiz", "juízes", "árbitro*",  # pt
        "valutator*", "correttor*", "esaminator*", "giudice", "giudici", "arbitro",  # it
        "beoordelaar*", "examinator*", "jurylid*", "rechter",  # nl
        "bedömare*", "granskare*", "domare", "rättare", "vurderer*", "dommer*",  # sv, no
        "bedømmer*", "matsmað*", "prófdómar*", "dómari*",  # da, is
        "arvioija*", "tarkastaja*", "tuomari*", "arvostelija*",  # fi
        "hindaja*", "kontrollija*", "kohtunik*", "vērtētāj*", "pārbaudītāj*", "tiesnes*",  # et, lv
        "vertintoj*", "tikrintoj*", "teisėj*",  # lt
        "oceniając*", "egzaminator*", "recenzent*", "sędzi*", "sędzia",  # pl
        "hodnotitel*", "zkoušejíc*", "posuzovatel*", "rozhodčí*",  # cs
        "hodnotiteľ*", "skúšajúc*", "posudzovateľ*", "rozhodc*",  # sk
        "ocenjevalec*", "ocenjevalc*", "preizkuševal*", "sodnik*",  # sl
        "ocjenjivač*", "ispitivač*", "sudac", "suca",  # hr
        "оцењивач*", "испитивач*", "судија*", "рецензент*", "ocenjivač*", "sudija*",  # sr, sr-Latn
        "оценувач*", "испитувач*",  # mk
        "оценител*", "оценяващ*", "изпитващ*", "проверяващ*", "съдия*",  # bg
        "corector*", "arbitr*",  # ro
        "értékelő*", "vizsgáztató*", "bíráló*", "bíró*", "javító*", "pontozó*",  # hu
        "αξιολογητ*", "βαθμολογητ*", "εξεταστ*", "κριτής", "κριτή",  # el
        "vlerësues*", "ekzaminues*", "gjyqtar*", "gjykatës*",  # sq
        "оценщик*", "проверяющ*", "экзаменатор*", "судья", "судьи",  # ru
        "оцінювач*", "перевіряльник*", "екзаменатор*", "суддя", "судді",  # uk
        "ацэншчык*", "экзаменатар*", "суддзя",  # be
        "değerlendiric*", "puanlayıc*", "hakem*", "denetçi*", "yargıç*",  # tr
        "qiymətləndirici*", "hakim*", "münsif*",  # az
        "бағалаушы*", "төреші*", "тексеруші*", "емтихан*",  # kk
        "baholovchi*", "hakam*", "imtihon*", "tekshiruvchi*",  # uz
        "баалоочу*", "калыс*", "текшерүүчү*", "бәяләүче*", "хөкемдар*", "тикшерүче*",  # ky, tt
        "үнэлэгч*", "шүүгч*", "шалгагч*", "შემფასებ*", "მსაჯ*", "გამომცდელ*",  # mn, ka
        "գնահատող*", "դատավոր*", "քննիչ*", "ստուգող*",  # hy
        "المقيم", "المصحح", "الحكم", "المحكم", "المراجع",  # ar
        "ارزیاب", "داور", "ممتحن", "مصحح", "ارزونکی", "قاضي", "جانچنے", "منصف",  # fa, ps, ur
        "nirxîner*", "dadger*", "הבודק", "השופט", "המעריך", "הבוחן", "המדרג",  # ku, he
        "ገምጋሚ*", "ዳኛው", "ፈታኙ", "ገምጋሚ", "ፈራዲ", "ኣረጋጋጺ*",  # am, ti
        "qiimeeye*", "garsoore*", "xakam*",  # so
        "mtathmini", "mkaguzi", "mwamuzi", "mtahini", "msahihishaji", "alƙali*",  # sw, ha
        "olùdánwò*", "oludanwo*", "adájọ́*", "adajọ*", "olùṣàyẹ̀wò*", "oluṣayẹwo*",  # yo
        "ọkàikpé*", "ikpe", "umhloli*", "ijaji*", "umahluleli*", "umvavanyi*",  # ig, zu, xh
        "nasiener*", "eksaminator*", "regter", "mpitsara*", "mpanombana*", "mpandinika*",  # af, mg
        "मूल्यांकनकर्ता", "परीक्षक", "समीक्षक", "ग्रेडर", "निर्णायक",  # hi
        "মূল্যায়নকারী", "পরীক্ষক", "বিচারক", "পর্যালোচক", "मूल्यमापनकर्ता",  # bn, mr
        "પરીક્ષક", "મૂલ્યાંકનકર્તા", "ન્યાયાધીશ", "ਪਰੀਖਿਅਕ", "ਮੁਲਾਂਕਣਕਰਤਾ", "ਜੱਜ",  # gu, pa
        "ପରୀକ୍ଷକ", "ମୂଲ୍ୟାଙ୍କନକାରୀ", "ବିଚାରକ",  # or
        "மதிப்பீட்டாளர்*", "தேர்வாளர்*", "நீதிபதி*",  # ta
        "మూల్యాంకనకర్త*", "పరీక్షకుడు*", "న్యాయనిర్ణేత*",  # te
        "ಮೌಲ್ಯಮಾಪಕ*", "ಪರೀಕ್ಷಕ*", "ತೀರ್ಪುಗಾರ*",  # kn
        "മൂല്യനിർണ്ണയ*", "പരീക്ഷക*", "വിധികർത്താവ്*",  # ml
        "ඇගයුම්කරු", "පරීක්ෂක", "විනිශ්චයකරු", "मूल्याङ्कनकर्ता",  # si, ne
        "ผู้ตรวจ", "ผู้ประเมิน", "กรรมการ", "ผู้ให้คะแนน",  # th
        "ຜູ້ປະເມີນ", "ກຳມະການ", "ຜູ້ກວດ", "អ្នកវាយតម្លៃ", "ចៅក្រម", "អ្នកពិនិត្យ",  # lo, km
        "အကဲဖြတ်သူ", "ဒိုင်", "စစ်ဆေးသူ", "giám khảo", "người chấm",  # my, vi
        "penilai", "pemeriksa", "juri", "evaluator", "pengulas", "hakim",  # id, ms
        "tagasuri", "hurado", "tagamarka", "tagapagsuri", "pamriksa",  # tl, jv
        "评分员", "评审", "评委", "评估者", "阅卷", "审核员",  # zh-Hans
        "評分員", "評審", "評委", "評估者", "閱卷", "審核員",  # zh-Hant
        "採点者", "評価者", "審査員", "審査者", "評価モデル", "レビュアー",  # ja
        "채점자", "채점자님", "평가자", "평가자님", "심사위원", "검토자",  # ko
        "ebaluatzaile*", "zuzentzaile*", "epaile*", "azterketari*",  # eu
        "avaluador*", "jutge*", "xuíz*",  # ca, gl
        "arholwr", "aseswr", "beirniad", "adolygydd", "marciwr", "gwerthuswr",  # cy
        "measúnóir*", "scrúdaitheoir*", "moltóir*", "breitheamh*",  # ga
        "evalwatur*", "eżaminatur*", "imħallef*", "korrettur*",  # mt
        "taksanto*", "ekzamenanto*", "juĝisto*", "recenzanto*",  # eo
        "iudex", "iudic*", "aestimator*", "chaninchaq*", "taripaq*", "qhawaq*",  # la, qu
        "ohechaháva", "mbojojaha", "evalyatè*", "korektè*", "egzaminatè*", "jij",  # gn, ht
        "kaiaromatawai", "kaiwhakawā", "kaitirotiro", "kaimāka",  # mi
        "faamasino", "suʻesuʻe", "iloiloga", "باھالىغۇچى*", "سوتچى*", "تەكشۈرگۈچى*",  # sm, ug
        "གདེང་འཇོག་པ", "ཁྲིམས་དཔོན", "ཞིབ་དཔྱོད་པ",  # bo
    ),
    "SCORE": (
        "score", "scores", "grade", "grades", "marks", "rating", "ratings", "points", "stars",  # en
        "verdict", "evaluation*", "assessment*",  # en
        "punktzahl*", "bewertung*", "noten", "punkte*", "urteil*", "benotung*",  # de
        "évaluation*", "barème",  # fr
        "puntuación*", "puntaje*", "calificación*", "nota", "notas", "puntos",  # es
        "pontuaç*", "classificaç*", "avaliaç*", "pontos", "veredito",  # pt
        "punteggi*", "voto", "voti", "valutazion*", "giudizio", "punti",  # it
        "beoordeling*", "cijfer*", "punten", "poäng*", "betyg*", "bedömning*", "omdöme*",  # nl, sv
        "poengsum*", "karakter*", "vurdering*", "bedømmelse*", "pointene",  # no, da
        "einkunn*", "stig",  # is
        "pistemäär*", "pisteet", "pisteitä", "arvosana*", "arvion", "arviota",  # fi
        "hinne*", "hinde*", "punkti*", "hinnang*", "vērtējum*", "atzīm*", "punkt*",  # et, lv
        "įvertinim*", "balų", "balai", "pažym*",  # lt
        "ocena", "ocenę", "oceny", "punktów", "punkty", "punktacj*",  # pl
        "hodnocení", "známk*", "bodů", "skóre", "hodnoteni*", "bodov",  # cs, sk
        "ocene", "oceno", "točk*",  # sl
        "ocjena", "ocjenu", "ocjene", "bodov*", "bodove", "bodova",  # hr
        "оцена", "оцену", "оцене", "бодов*", "бодове", "бода", "ocenu",  # sr, sr-Latn
        "оценка*", "оценки", "поени*", "точки*", "резултат*",  # mk, bg
        "notă", "scor", "scorul", "punctaj*", "calificativ*",  # ro
        "pontszám*", "érdemjegy*", "osztályzat*", "pontot", "pontok", "értékelés*",  # hu
        "βαθμολογία*", "βαθμό*", "βαθμός", "βαθμοί", "βαθμούς",  # el
        "notë", "pikë", "pikët", "vlerësim*",  # sq
        "оценк*", "балл*", "баллов", "рейтинг*", "вердикт*",  # ru
        "оцінк*", "бал", "бали", "балів", "ацэнк*", "балы", "балаў",  # uk, be
        "puan", "puanı", "puanını", "puanlar*", "notu", "qiymət", "qiyməti", "balı",  # tr, az
        "баға", "бағасы", "бағаны", "ұпай*", "baho", "bahosi", "bahoni", "ochko",  # kk, uz
        "баа", "баасы", "упай*", "бәя", "бәясе", "оноо*", "үнэлгээ*", "дүн",  # ky, tt, mn
        "ქულა", "ქულას", "ქულები", "შეფასებ*", "ნიშან*", "միավոր*", "գնահատական*", "նիշ",  # ka, hy
        "درجة", "الدرجة", "علامة", "العلامة", "تقييم", "التقييم",  # ar
        "نمره", "امتیاز", "ارزیابی", "رتبه", "نمرې", "نومرې", "نمبر", "اسکور", "درجہ",  # fa, ps, ur
        "pûan*", "nirx", "nirxê", "ציון", "הציון", "דירוג", "נקודות", "הערכה",  # ku, he
        "ነጥብ", "ውጤት", "ደረጃ", "ነጥቢ", "ውጽኢት*", "dhibco*", "buundo*", "darajo*",  # am, ti, so
        "alama", "tathmini", "daraja", "pointi", "maki", "ƙima*", "daraja*",  # sw, ha
        "máàkì*", "maaki*", "ìdíwọ̀n*", "idiwọn*", "àmì", "ami", "akara*", "ọkwa*",  # yo, ig
        "amaphuzu*", "amamaki*", "ibanga*", "amanqaku*", "inqaku*", "punte", "graad",  # zu, xh, af
        "naoty*", "अंक", "स्कोर", "ग्रेड", "रेटिंग", "मूल्यांकन",  # mg, hi
        "নম্বর", "স্কোর", "গ্রেড", "মূল্যায়ন", "गुण", "श्रेणी",  # bn, mr
        "ગુણ", "સ્કોર", "ગ્રેડ", "ਅੰਕ", "ਸਕੋਰ", "ਗ੍ਰੇਡ", "ନମ୍ବର", "ସ୍କୋର",  # gu, pa, or
        "மதிப்பெண்*", "புள்ளி*", "தரம்", "మార్కులు*", "స్కోరు*", "గ్రేడ్*",  # ta, te
        "ಅಂಕಗಳು", "ಸ್ಕೋರ್*", "ಶ್ರೇಣಿ*", "മാർക്ക്*", "സ്കോർ*", "ഗ്രേഡ്*",  # kn, ml
        "ලකුණු", "ශ්‍රේණිය", "अङ्क", "คะแนน", "เกรด", "ผลการประเมิน", "ຄະແນນ",  # si, ne, th, lo
        "ពិន្ទុ", "ရမှတ်", "အမှတ်", "điểm số",  # km, my, vi
        "skor", "nilai", "poin", "peringkat", "penilaian", "markah", "gred",  # id, ms
        "marka", "iskor", "grado", "biji", "分数", "评分", "得分", "评级", "成绩",  # tl, jv, zh-Hans
        "分數", "評分", "評級", "成績", "点数", "スコア", "評価", "得点", "評点",  # zh-Hant, ja
        "점수를", "점수는", "점수가", "평점을", "등급을", "puntuazio*", "notak", "kalifikazio*",  # ko, eu
        "puntuació*", "qualificació*", "punts", "veredicte", "cualificación*",  # ca, gl
        "sgôr", "marciau", "gradd", "scór*", "marcanna", "grád*",  # cy, ga
        "punteġġ*", "evalwazzjoni*",  # mt
        "poentaro*", "poentoj", "noto", "noton", "notoj", "takso*",  # eo
        "notam", "puncta*", "iudicium*", "yupay*", "papapy", "jehepymeʼẽ",  # la, qu, gn
        "nòt", "pwen", "evalyasyon*", "kaute", "māka", "togi",  # ht, mi, sm
        "نومۇر*", "باھا", "باھاسى", "སྐར་མ", "སྐར་ཆ", "གྲུབ་འབྲས",  # ug, bo
    ),
    "GIVE": (
        "give", "assign", "award", "grant", "rate", "awarding",  # en
        "geben", "vergeben", "vergib*", "erteil*", "zuweisen",  # de
        "donner", "donnez", "attribue*", "accorde*",  # fr
        "otorga*", "asigna*", "concede*", "darle", "atribu*", "conced*", "dêem",  # es, pt
        "assegna*", "attribui*", "geven", "toekennen", "tilldela*", "tildel*",  # it, nl, sv, no
        "giv", "gefa", "gefðu", "veita", "antakaa", "myöntä*", "andke", "määra*",  # da, is, fi, et
        "piešķir*", "liec", "skirk*", "suteik*",  # lv, lt
        "przyznaj*", "przyznać", "wystaw*", "daj", "udělt*", "přidělt*", "dejte",  # pl, cs
        "udeľt*", "pridel*", "dajte", "dodeli*", "podeli*", "dodijeli*",  # sk, sl, hr
        "додели*", "дајте", "дај", "дайте", "дай", "постави*", "присъди*",  # sr, bg
        "acordă", "acordați", "atribui*", "adjon", "adj", "adja", "megad*",  # ro, hu
        "δώστε", "δώσε", "απονείμ*", "αποδώστε", "jepni", "jep", "caktoni",  # el, sq
        "поставь*", "поставьте", "выставь*", "присвой*", "присуд*",  # ru
        "поставте", "постав*", "надайте", "пастаўце", "пастаў",  # uk, be
        "verin", "verir", "atayın", "қойыңыз", "беріңіз", "bering", "qoʻying",  # tr, kk, uz
        "коюңуз", "бериңиз", "куегыз", "бирегез", "өгнө", "өгөөрэй",  # ky, tt, mn
        "მიანიჭ*", "მიეცით", "տվեք", "նշանակեք",  # ka, hy
        "امنح", "امنحني", "أعط", "أعطني", "إعطاء", "منح", "بدهید", "بده", "اختصاص",  # ar, fa
        "ورکړئ", "ورکړه", "دیں", "دیجیے", "bidin", "bide",  # ps, ur, ku
        "תני", "העניקו", "להעניק", "ይስጡ", "siiya", "nipe", "ipe", "kutoa", "mpe",  # he, am, so, sw
        "bayar", "nyere", "nikeza*", "ngipha", "nginike", "nika*", "ndinike",  # ha, ig, zu, xh
        "gee", "toeken*", "omeo", "manome", "दें", "दीजिए", "प्रदान",  # af, mg, hi
        "দিন", "দাও", "প্রদান", "द्या", "આપો", "ਦਿਓ", "ਦੇਵੋ", "ଦିଅନ୍ତୁ",  # bn, mr, gu, pa, or
        "கொடுங்கள்", "வழங்கு*", "ఇవ్వండి", "ನೀಡಿ", "ಕೊಡಿ", "നൽകുക", "നൽകൂ",  # ta, te, kn, ml
        "දෙන්න", "ලබාදෙන්න", "दिनुहोस्", "ให้คะแนน", "มอบ", "ໃຫ້ຄະແນນ",  # si, ne, th, lo
        "ផ្តល់", "ដាក់ពិន្ទុ", "ပေးပါ", "chấm điểm", "cho điểm",  # km, my, vi
        "berikan", "beri", "memberikan", "bigyan", "ibigay", "wènèhi", "wenehana",  # id, tl, jv
        "给予", "给出", "打分", "授予", "給予", "給出", "与えて", "与える", "付与",  # zh-Hans, zh-Hant, ja
        "부여해", "부여하세요", "주십시오", "매겨주세요", "eman", "emaidazu", "esleitu",  # ko, eu
        "atorga*", "assigna*", "concedeix*", "outorga*", "rhowch", "rhoi", "dyfarnu",  # ca, gl, cy
        "tabhair", "bronn*", "agħti", "agħtu", "ingħata", "donu", "atribuu",  # ga, mt, eo
        "tribue*", "quy", "quway", "emeʼẽ", "bannou", "homai", "hoatu",  # la, qu, gn, ht, mi
        "avatu", "بېرىڭ", "قويۇڭ", "སྤྲོད", "གནང་རོགས",  # sm, ug, bo
    ),
    "MAX": (
        "maximum", "highest", "full", "top", "max",  # en
        "maximal*", "höchst*", "volle", "voller", "bestmögliche*",  # de
        "maximale*", "meilleure*", "plein", "pleine", "máxim*", "mejor", "plena",  # fr, es
        "melhor", "massim*", "migliore", "pieno", "hoogste*", "maximaal",  # pt, it, nl
        "högsta", "maximala", "fullt", "fulla", "høyeste", "maksimal*",  # sv, no
        "højeste", "fuld", "hæsta", "hámark*",  # da, is
        "täydet", "enimmäis*", "korkein*", "maksimi*", "parhaat",  # fi
        "maksimaalse*", "kõrgeima*", "kõrgeim", "täis", "maksimāl*", "augstāk*",  # et, lv
        "aukščiaus*", "maksymaln*", "najwyższ*", "pełną", "pełne", "pełny",  # lt, pl
        "maximáln*", "nejvyšší", "plný", "plné", "najvyšš*",  # cs, sk
        "najvišj*", "maksimaln*", "poln*", "najviš*", "punu", "punih",  # sl, hr
        "максималн*", "највиш*", "пун", "пуну", "максимал*", "највисок*", "целосна",  # sr, mk
        "пълн*", "maxim*", "maximă", "maximális*", "legmagasabb*", "legjobb*",  # bg, ro, hu
        "μέγιστ*", "ανώτατ*", "άριστα", "πλήρη",  # el
        "максимальн*", "наивысш*", "высш*", "полную", "полные",  # ru
        "найвищ*", "повну", "повні", "максімальн*", "найвышэйш*",  # uk, be
        "maksimum", "yüksek*", "yüksək*", "жоғары", "yuqori",  # tr, az, kk, uz
        "максималдуу*", "жогорку", "максималь*", "югары", "дээд*", "максимум",  # ky, tt, mn
        "მაქსიმალურ*", "უმაღლეს*", "առավելագույն*", "բարձրագույն*",  # ka, hy
        "القصوى", "الكاملة", "أعلى", "الأعلى", "حداکثر", "بالاترین", "اعظمي", "لوړه",  # ar, fa, ps
        "پورے", "bilind*", "מקסימלי", "מרבי", "המרבי", "הגבוה", "ከፍተኛ*",  # ur, ku, he, am
        "ዝለዓለ*", "ምሉእ", "sarreeya*", "buuxa", "upeo", "gíga", "giga",  # ti, so, sw, yo
        "aphezulu*", "ephezulu*", "agcwele*", "epheleleyo*",  # zu, xh
        "maksimum*", "hoogste", "volpunte", "ambony", "feno",  # af, mg
        "अधिकतम", "उच्चतम", "पूरे", "पूर्णांक", "সর্বোচ্চ", "পূর্ণ",  # hi, bn
        "कमाल", "सर्वोच्च", "મહત્તમ", "સર્વોચ્ચ", "ਉੱਚਤਮ", "ସର୍ବାଧିକ", "ସର୍ବୋଚ୍ଚ",  # mr, gu, pa, or
        "அதிகபட்ச*", "உயர்ந்த*", "முழு", "గరిష్ట*", "అత్యధిక*", "ಗರಿಷ್ಠ*", "ಅತ್ಯಧಿಕ*",  # ta, te, kn
        "പരമാവധി*", "ഏറ്റവും", "උපරිම", "ඉහළම", "สูงสุด", "เต็ม",  # ml, si, th
        "ສູງສຸດ", "ເຕັມ", "អតិបរមា", "ខ្ពស់បំផុត", "အမြင့်ဆုံး", "အများဆုံး",  # lo, km, my
        "tối đa", "cao nhất", "maksimal", "tertinggi", "penuh",  # vi, id
        "pinakamataas", "buong", "最高", "满分", "100分", "滿分", "満点", "最高点",  # tl, zh-Hans, zh-Hant, ja
        "최고점", "최고점을", "최고의", "만점을", "gehienezko*", "altuena", "màxim*", "millor",  # ko, eu, ca
        "mellor", "uchaf", "uchafswm", "llawn", "uasmharc*", "lánmharc*",  # gl, cy, ga
        "massimu*", "maksimuma*", "summa", "summam", "tuichavéva", "yvatevéva",  # mt, eo, la, gn
        "maksimòm", "mōrahi", "maualuga", "aupito", "يۇقىرى",  # ht, mi, sm, ug
        "ཆེས་མཐོ", "ཡོངས་རྫོགས་སྐར་མ",  # bo
    ),
    "PLEASE": (
        "please", "kindly", "beg", "bitte", "plaît", "veuillez", "prie",  # en, de, fr
        "favor", "ruego", "prego", "favore", "cortesemente",  # es, it
        "alsjeblieft", "alstublieft", "gelieve", "snälla", "vänligen", "vennligst",  # nl, sv, no
        "venligst", "vinsamlegast", "pyydän", "ystävällisesti", "palun",  # da, is, fi, et
        "lūdzu", "prašau", "prašom", "proszę", "uprzejmie", "prosím",  # lv, lt, pl, cs
        "prosim", "molim", "молим", "молам", "моля", "rog", "rugăm",  # sl, hr, sr, mk, bg, ro
        "kérem", "kérlek", "kérjük", "παρακαλώ", "lutem", "пожалуйста", "прошу",  # hu, el, sq, ru
        "ласка", "lütfen", "xahiş*", "zəhmət", "өтінемін", "өтініш*",  # uk, tr, az, kk
        "iltimos", "сураныч", "өтүнөм", "зинһар", "гуйя", "гуйж",  # uz, ky, tt, mn
        "გთხოვთ", "გთხოვ", "խնդրում", "رجاء", "الرجاء", "يرجى", "فضلك", "أرجو",  # ka, hy, ar
        "لطفا", "خواهشمندم", "مهرباني", "براہ", "مہربانی", "kerem*",  # fa, ps, ur, ku
        "בבקשה", "אנא", "እባክዎ*", "እባክህ", "በጃኹም", "በጃኻ", "fadlan",  # he, am, ti, so
        "tafadhali", "naomba", "jọ̀wọ́", "jọwọ", "biko", "ngicela*", "sicela*",  # sw, yo, ig, zu
        "nceda*", "ndiyacela*", "asseblief", "azafady", "कृपया", "निवेदन",  # xh, af, mg, hi
        "অনুগ্রহ", "দয়া", "કૃપા", "ਕਿਰਪਾ", "ଦୟାକରି", "தயவுசெய்து",  # bn, gu, pa, or, ta
        "దయచేసి", "ದಯವಿಟ್ಟು", "ദയവായി", "කරුණාකර", "กรุณา", "โปรด",  # te, kn, ml, si, th
        "ກະລຸນາ", "សូម", "ကျေးဇူးပြု", "vui lòng", "xin hãy",  # lo, km, my, vi
        "mohon", "tolong", "silakan", "pakiusap", "paki", "mangga", "nyuwun",  # id, tl, jv
        "恳请", "麻烦", "懇請", "麻煩", "ください", "お願い", "どうか", "주시기", "바랍니다",  # zh-Hans, zh-Hant, ja, ko
        "mesedez", "sisplau", "plîs", "thoil", "jogħġbok", "bonvolu",  # eu, ca, cy, ga, mt, eo
        "quaeso", "obsecro", "tanpri", "souple", "koa",  # la, ht, mi
        "faʻamolemole", "faamolemole", "ئۆتۈنىمەن", "مەرھەمەت", "ཐུགས་རྗེ་ཆེ",  # sm, ug, bo
    ),
    "IGNORE": (
        "ignore", "disregard*", "override*", "skip", "forget", "bypass*",  # en
        "ignorier*", "missachte*", "überspring*", "vergiss", "vergessen", "umgeh*",  # de
        "ignore*", "ignorez*", "oublie*", "contourne*", "passez",  # fr
        "ignor*", "omit*", "olvida*", "salta", "desconsider*", "esqueç*", "pule",  # es, pt
        "ignora*", "trascura*", "dimentica*", "negeer*", "vergeet*", "overslaan",  # it, nl
        "ignorera*", "bortse", "strunta*", "hoppa", "ignorer*", "overse", "hopp", "glem",  # sv, no
        "hunsa*", "gleymdu", "slepptu", "ohita*", "sivuuta*", "unohda*", "jätä",  # is, fi
        "ignoreeri*", "eira*", "unusta", "ignorē*", "aizmirst*", "izlaid*",  # et, lv
        "ignoruo*", "nepaisy*", "pamirški*", "praleisk*",  # lt
        "zignoruj*", "zignorować", "pomiń*", "zapomnij",  # pl
        "ignoruj*", "ignorovat", "zapomeň*", "přeskoč*", "zabudni*", "preskoč*",  # cs, sk
        "prezri*", "ignoriraj*", "pozabi*", "preskoči*", "zanemari*", "zaboravi*",  # sl, hr
        "игнориш*", "игнориши", "занемари*", "заборави*", "прескочи*",  # sr
        "игнорирај*", "прескокни*", "игнорирай*", "пренебрегн*", "забрави*", "пропусн*",  # mk, bg
        "ignoră", "ignorați", "nesocot*", "uită*", "omite*",  # ro
        "hagyd", "hagyja", "figyelmen", "figyelmen*", "felejtsd*", "mellőz*",  # hu
        "αγνοήστε", "αγνόησε", "παραβλέψ*", "ξεχάστε", "ξέχνα", "παράκαμψ*",  # el
        "injoro*", "shpërfill*", "harro", "anashkalo*",  # sq
        "игнорир*", "проигнорир*", "пренебреги", "забудь*", "пропусти*",  # ru
        "ігнор*", "проігнор*", "ігнаруй*", "забудзь*", "прапусці*",  # uk, be
        "yoksay*", "görmezden", "unut*", "atlayın", "məhəl", "unudun",  # tr, az
        "елеме*", "елемеңіз", "ұмыт*", "өткізіп", "eʼtiborsiz", "oʻtkazib",  # kk, uz
        "көңүл", "унут*", "өткөрүп", "игътибар", "оныт*",  # ky, tt
        "тоомсорло*", "март*", "алгас*", "უგულებელყ*", "დაივიწყ*", "გამოტოვ*",  # mn, ka
        "անտեսեք", "անտես*", "մոռացեք", "تجاهل", "تجاهلوا", "تخطى",  # hy, ar
        "نادیده", "فراموش", "بگذرید", "پرېږدئ", "هېر", "نظرانداز", "بھول",  # fa, ps, ur
        "התעלם", "התעלמו", "שכח", "דלג", "ይርሱ", "እርሳ", "ዕሸሹ", "ረስዑ", "illow*",  # he, am, ti, so
        "puuza", "sahau", "watsi", "manta", "tsallake*", "gbàgbé*", "gbagbe*",  # sw, ha, yo
        "leghara*", "chefuo*", "ziba", "zibe", "khohlwa*", "yeqa*",  # ig, zu
        "ngahoya*", "libala*", "tsiba*", "ignoreer*", "verontagsaam*",  # xh, af
        "raharahiana", "hadino*", "अनदेखा", "नज़रअंदाज़", "नजरअंदाज", "भूल", "छोड़",  # mg, hi
        "উপেক্ষা", "ভুলে", "दुर्लक्ष", "विसरा", "અવગણો", "ભૂલી", "ਅਣਡਿੱਠ", "ਭੁੱਲ",  # bn, mr, gu, pa
        "ଉପେକ୍ଷା", "புறக்கணி*", "மறந்து*", "தவிர்*", "విస్మరించ*", "మర్చిపో*",  # or, ta, te
        "ನಿರ್ಲಕ್ಷಿಸಿ*", "ಮರೆತು*", "അവഗണിക്കു*", "മറക്കു*", "නොසලකා", "අමතක",  # kn, ml, si
        "बेवास्ता", "बिर्सनुहोस्", "เพิกเฉย", "ละเว้น", "ไม่ต้องสนใจ", "ลืม",  # ne, th
        "ບໍ່ສົນໃຈ", "ລືມ", "មិនអើពើ", "បំភ្លេច", "လျစ်လျူရှု", "မေ့",  # lo, km, my
        "bỏ qua", "phớt lờ", "abaikan", "lupakan", "lewati", "langkau",  # vi, id, ms
        "balewalain", "kalimutan", "laktawan", "lalèkna",  # tl, jv
        "忽略", "无视", "跳过", "忘记", "绕过", "無視", "跳過", "忘記", "繞過",  # zh-Hans, zh-Hant
        "スキップ", "忘れて", "上書き", "무시하고", "무시하세요", "무시해", "건너뛰고", "잊어버리고",  # ja, ko
        "ahaztu*", "saltatu", "oblida*", "omet*", "esquece*",  # eu, ca, gl
        "anwybyddu", "anwybyddwch", "anghofiwch", "neamhaird", "dearmad*",  # cy, ga
        "injora*", "insa", "aqbeż*", "ignoru*", "forgesu", "preterlasu",  # mt, eo
        "neglege*", "obliviscere", "praetermitte", "qunqay*",  # la, qu
        "ehejarei", "nderesarái", "inyore*", "bliye", "sote", "waiho", "warewaretia",  # gn, ht, mi
        "ئۇنتۇڭ", "དོ་སྣང་མ་བྱེད", "བརྗེད",  # ug, bo
    ),
    "PASS": (
        "pass", "approve*", "accept", "accepted", "passed", "success", "successful*",  # en
        "passing",  # en
        "bestanden", "bestehen", "genehmig*", "akzeptier*", "erfolgreich*", "erfolg",  # de
        "réussi*", "approuv*", "accepté*", "succès",  # fr
        "aprob*", "acept*", "éxito", "exitos*", "aprovad*", "aceit*", "sucesso",  # es, pt
        "superat*", "approvat*", "accettat*", "successo",  # it
        "geslaagd", "goedgekeurd", "geaccepteerd", "succesvol*",  # nl
        "godkänd*", "godkänn*", "accepterad*", "lyckad*", "framgång*",  # sv
        "bestått", "godkjent*", "akseptert", "vellykket",  # no
        "bestået", "godkendt*", "accepteret", "staðist", "samþykkt*", "tókst",  # da, is
        "hyväksy*", "läpäis*", "onnistu*",  # fi
        "sooritatud", "heaks", "aktsepteeri*", "edukas*",  # et
        "nokārtot*", "apstiprin*", "pieņemt*", "veiksmīg*",  # lv
        "išlaikyt*", "patvirtin*", "priimt*", "sėkming*",  # lt
        "zaliczon*", "zatwierdz*", "zaakceptow*", "sukces*",  # pl
        "schválen*", "přijat*", "úspěšn*", "úspěch", "prijat*", "úspešn*", "úspech",  # cs, sk
        "opravljen*", "odobren*", "sprejet*", "uspešn*",  # sl
        "položen*", "prihvaćen*", "uspješn*",  # hr
        "положен*", "одобрен*", "прихваћен*", "успешн*", "прифатен*",  # sr, mk
        "издържа*", "приет*", "успех",  # bg
        "promovat*", "aprobat*", "acceptat*", "succes", "succesul",  # ro
        "átment*", "elfogad*", "jóváhagy*", "sikeres*",  # hu
        "εγκρ*", "πέρασ*", "αποδεκτ*", "επιτυχ*",  # el
        "kaluar", "miratuar", "pranuar", "sukses*", "зачт*", "принят*",  # sq, ru
        "зарахован*", "схвален*", "прийнят*", "успішн*", "успіх",  # uk
        "залічан*", "ухвален*", "прыняты", "паспяхов*",  # be
        "geçti", "geçer", "onayla*", "kabul", "başarılı*", "başarı",  # tr
        "keçdi", "təsdiq*", "qəbul*", "uğurlu*", "өтті", "мақұлда*", "қабылда*", "сәтті*",  # az, kk
        "oʻtdi", "tasdiqla*", "qabul", "muvaffaqiyat*",  # uz
        "өттү", "бекит*", "кабыл*", "ийгилик*", "үтте", "раслан*", "кабул*", "уңышлы*",  # ky, tt
        "тэнцсэн*", "батлагдсан*", "хүлээн", "амжилттай*",  # mn
        "ჩააბარა", "დამტკიცებ*", "მიღებულ*", "წარმატებ*",  # ka
        "անցել", "հաստատվ*", "ընդունվ*", "հաջող*",  # hy
        "ناجح", "نجح", "مقبول", "معتمد", "قبول", "اجتياز", "موفق", "تأییدشده", "پذیرفته",  # ar, fa
        "بریالی", "منل", "کامیاب", "منظور", "derbas", "pejirandî", "serkeftî*",  # ps, ur, ku
        "מאושר", "מתקבל", "הצלחה", "מוצלח", "አልፏል", "ጸድቋል", "ተቀባይነት", "ስኬታማ*",  # he, am
        "ሓሊፉ", "ተቐባልነት*", "ዕዉት", "gudbay", "ansixi*", "aqbalay", "guul*",  # ti, so
        "imepita", "imekubaliwa", "imeidhinishwa", "mafanikio",  # sw
        "wuce", "amince*", "nasara*",  # ha
        "yege*", "fọwọ́sí*", "fọwọsi*", "àṣeyọrí*", "aṣeyọri*", "gafere", "nabatara*",  # yo, ig
        "iphasile*", "kwamukelwe*", "impumelelo*", "iphumelele*", "yamkelwe*",  # zu, xh
        "geslaag", "goedgekeur", "aanvaar*", "suksesvol*",  # af
        "lany", "nankatoavina*", "ekena*", "fahombiazana*",  # mg
        "उत्तीर्ण", "स्वीकृत", "स्वीकार", "सफल",  # hi
        "উত্তীর্ণ", "পাস", "গৃহীত", "অনুমোদিত", "সফল", "मंजूर", "यशस्वी",  # bn, mr
        "ઉત્તીર્ણ", "મંજૂર", "સફળ", "ਪ੍ਰਵਾਨ", "ਸਫਲ", "ଉତ୍ତୀର୍ଣ୍ଣ", "ଗୃହୀତ", "ସଫଳ",  # gu, pa, or
        "தேர்ச்சி*", "ஏற்றுக்கொள்ள*", "அங்கீகரிக்கப்பட்ட*", "வெற்றி*",  # ta
        "ఉత్తీర్ణ*", "ఆమోదించ*", "విజయవంత*", "ಉತ್ತೀರ್ಣ*", "ಅಂಗೀಕರಿಸ*", "ಯಶಸ್ವಿ*",  # te, kn
        "വിജയിച്ച*", "അംഗീകരിച്ച*", "വിജയകരമ*", "සමත්", "අනුමත", "සාර්ථක",  # ml, si
        "อนุมัติ", "สำเร็จ", "ອະນຸມັດ", "ສຳເລັດ", "អនុម័ត", "ជោគជ័យ",  # th, lo, km
        "အောင်မြင်", "အတည်ပြုပြီး", "thông qua", "chấp nhận", "thành công",  # my, vi
        "lulus", "disetujui", "diterima", "berhasil", "sukses", "diluluskan", "berjaya",  # id, ms
        "pasado", "aprubado", "tinanggap", "matagumpay", "ditampa", "kasil",  # tl, jv
        "批准", "接受", "合格", "成功", "承認", "受理", "통과시켜", "통과입니다", "합격입니다", "승인합니다",  # zh-Hans, ja, ko
        "gainditu*", "onartu*", "arrakasta*", "aprovat*", "èxit",  # eu, ca
        "aprobad*", "aceptad*",  # gl
        "pasio", "llwyddo", "cymeradwyo", "derbyn", "llwyddiannus",  # cy
        "ceadaithe", "glactha", "éirigh*", "għadda", "aċċettat*", "suċċess*",  # ga, mt
        "aprobita", "akceptita", "probatum*", "approbat*", "accept*", "successus",  # eo, la
        "atipan*", "chaskisqa*", "ohasa", "oñemoneĩ",  # qu, gn
        "pase", "apwouve", "aksepte", "siksè", "paahi", "whakaaetia", "angitu",  # ht, mi
        "pasi", "talia", "manuia", "ئۆتتى", "تەستىق*", "قوبۇل*", "مۇۋەپپەقىيەت*",  # sm, ug
        "ཐོན་པ", "ཆོག་མཆན", "གྲུབ་འབྲས་ལེགས",  # bo
    ),
    "YES": (
        "yes", "true", "affirmative", "wahr", "zutreffend", "oui", "vrai",  # en, de, fr
        "verdadero", "cierto", "sim", "verdadeiro", "vero", "klopt", "sanna",  # es, pt, it, nl, sv
        "stemmer", "sandt", "totta", "tõsi", "patiesi", "tiesa",  # no, da, fi, et, lv, lt
        "prawda", "pravda", "drži", "istina", "истина", "вистина",  # pl, cs, sl, hr, sr, mk
        "вярно", "adevărat", "igen", "igaz", "ναι", "αληθές", "vërtetë",  # bg, ro, hu, el, sq
        "верно", "правда", "праўда", "evet", "bəli", "рас",  # ru, uk, be, tr, az, kk
        "ооба", "чын", "әйе", "үнэн", "დიახ", "ჭეშმარიტ*", "այո", "نعم",  # ky, tt, mn, ka, hy, ar
        "بله", "آری", "ہاں", "erê", "belê", "እውነት", "ndiyo", "ndio", "kweli",  # fa, ur, ku, am, sw
        "gaskiya", "bẹ́ẹ̀ni", "bẹẹni", "òótọ́", "ootọ", "eziokwu",  # ha, yo, ig
        "yebo", "iqiniso", "ewe", "yinyani", "eny", "हाँ", "हां", "सत्य",  # zu, xh, mg, hi
        "হ্যাঁ", "সত্য", "होय", "खरे", "ਹਾਂ", "ஆம்", "உண்மை", "అవును", "నిజం",  # bn, mr, pa, ta, te
        "ಹೌದು", "ನಿಜ", "അതെ", "സത്യം", "ඔව්", "සත්‍ය", "साँचो", "ແມ່ນແລ້ວ",  # kn, ml, si, ne, lo
        "បាទ", "ចាស", "ဟုတ်ကဲ့", "vâng", "đúng vậy", "betul", "totoo",  # km, my, vi, id, tl
        "inggih", "是的", "对的", "正确无误", "對的", "はい", "その通り",  # jv, zh-Hans, zh-Hant, ja
        "그렇습니다", "맞습니다", "bai", "egia", "cert", "veritat", "certo",  # ko, eu, ca, gl
        "ydy", "ydw", "gwir", "fíor", "iva", "minnu", "vere", "ita", "etiam",  # cy, ga, mt, eo, la
        "arí", "heẽ", "vre", "ioe", "ھەئە", "شۇنداق", "ལགས་སོ",  # qu, gn, ht, sm, ug, bo
    ),
    "SYSTEM": (
        "system", "administrator*", "admin", "developer*", "operator*", "attention",  # en
        "systemnachricht*", "systemhinweis*", "entwickler*", "betreiber*", "achtung",  # de
        "système", "administrat*", "développeu*", "opérateu*",  # fr
        "sistema", "administrad*", "desarrollad*", "operador*",  # es
        "desenvolvedor*", "operado*", "amministrator*", "sviluppator*",  # pt, it
        "systeem*", "beheerder*", "ontwikkelaar*",  # nl
        "systemet", "administratör*", "utvecklar*", "utvikler*", "udvikler*",  # sv, no, da
        "kerfi*", "stjórnand*", "forritar*", "järjestelmä*", "ylläpitäjä*", "kehittäjä*",  # is, fi
        "süsteem*", "administraator*", "arendaja*", "sistēm*", "izstrādātāj*",  # et, lv
        "sistem*", "kūrėj*", "systemu", "systemow*", "deweloper*", "programist*",  # lt, pl
        "systém*", "administrátor*", "vývojář*", "správc*", "vývojár*",  # cs, sk
        "skrbnik*", "razvijalec*", "razvijalc*", "sustav*", "razvojn*",  # sl, hr
        "систем*", "администратор*", "програмер*", "развивач*", "разработчик*",  # sr, mk, bg
        "dezvoltator*", "rendszer*", "adminisztrátor*", "fejlesztő*", "üzemeltető*",  # ro, hu
        "σύστημα*", "συστήματ*", "διαχειριστ*", "προγραμματιστ*", "zhvillues*",  # el, sq
        "оператор*", "адміністратор*", "розробник*",  # ru, uk
        "сістэм*", "адміністратар*", "распрацоўшчык*",  # be
        "yönetici*", "geliştirici*", "operatör*", "sistem", "tərtibatçı*",  # tr, az
        "жүйе*", "әкімші*", "әзірлеуші*", "tizim*", "administrator", "система*",  # kk, uz, ky
        "админ*", "хөгжүүлэгч*", "სისტემ*", "ადმინისტრატორ*", "დეველოპერ*",  # mn, ka
        "համակարգ*", "ադմինիստրատոր*", "մշակող*",  # hy
        "النظام", "نظام", "المسؤول", "المطور", "المشغل", "تنبيه",  # ar
        "سیستم", "سامانه", "مدیر", "سیسټم", "سسٹم", "ایڈمن", "ڈویلپر", "pergal*",  # fa, ps, ur, ku
        "מערכת", "המערכת", "מנהל", "ስርዓት*", "አስተዳዳሪ*", "ገንቢው", "ስርዓት",  # he, am, ti
        "nidaam*", "maamule*", "mfumo", "msimamizi", "msanidi",  # so, sw
        "tsarin*", "gudanarwa", "ètò", "eto", "alákòóso*", "alakooso*",  # ha, yo
        "usoro*", "nchịkwa", "uhlelo*", "umphathi*", "inkqubo*", "umlawuli*",  # ig, zu, xh
        "stelsel*", "administrateur*", "rafitra*", "mpitantana*",  # af, mg
        "सिस्टम", "प्रणाली", "व्यवस्थापक", "डेवलपर", "সিস্টেম", "প্রশাসক", "ডেভেলপার",  # hi, bn
        "સિસ્ટમ", "ਸਿਸਟਮ", "ସିଷ୍ଟମ", "அமைப்பு*", "நிர்வாகி*", "டெவலப்பர்*",  # gu, pa, or, ta
        "సిస్టమ్*", "వ్యవస్థ*", "ವ್ಯವಸ್ಥೆ*", "ಸಿಸ್ಟಮ್*", "സിസ്റ്റം*", "വ്യവസ്ഥ*",  # te, kn, ml
        "පද්ධති", "ระบบ", "ผู้ดูแล", "นักพัฒนา", "ລະບົບ", "ប្រព័ន្ធ", "စနစ်",  # si, th, lo, km, my
        "hệ thống", "quản trị", "nhà phát triển", "pengembang", "operator",  # vi, id
        "pentadbir", "pembangun", "tagapangasiwa", "developer",  # ms, tl
        "系统", "管理员", "开发者", "开发人员", "注意", "系統", "管理員", "開發者", "開發人員",  # zh-Hans, zh-Hant
        "システム", "管理者", "開発者", "運営", "시스템", "관리자", "개발자", "운영자",  # ja, ko
        "sistema*", "administratzaile*", "garatzaile*",  # eu
        "administrador*", "desenvolupador*", "gweinyddwr", "datblygwr",  # ca, cy
        "córas*", "riarthóir*", "forbróir*", "amministratur*", "żviluppatur*",  # ga, mt
        "sistemo*", "administranto*", "programisto*", "systema*", "moderator*",  # eo, la
        "llika*", "sistèm", "administratè*", "pūnaha", "kaiwhakahaere", "faiga",  # qu, ht, mi, sm
        "سىستېما*", "باشقۇرغۇچى*", "མ་ལག", "སྲིད་འཛིན་པ",  # ug, bo
    ),
    "SELF": (
        "myself", "ourselves", "itself", "own", "selbst", "eigene*", "eigenen",  # en, de
        "propre*", "propia", "propio", "próprio", "própria", "proprio", "propria",  # fr, es, pt, it
        "zelf", "eigen", "själv", "själva", "egna", "selv", "egen", "eget",  # nl, sv, no
        "sjálf", "sjálfur", "sjálft", "eigin", "itse", "itseään", "omaa", "enese",  # is, fi, et
        "pati", "pats", "savu", "savo", "własn*", "sám", "samotn*", "vlastn*",  # lv, lt, pl, cs
        "lastn*", "vlastit*", "сопствен*", "sopstven*",  # sl, hr, sr, sr-Latn
        "самиот", "самата", "самият", "собствен*",  # mk, bg
        "însuși", "însăși", "propriu", "propriul", "maga", "maguk", "saját",  # ro, hu
        "δική", "δικό", "vetë", "сам", "сама", "собственн*", "власн*",  # el, sq, ru, uk
        "уласн*", "kendi", "kendisi", "özü", "өзі", "өзім", "oʻzi", "oʻz",  # be, tr, az, kk, uz
        "өзү", "үзе", "өөрөө", "өөрийн", "თავად", "საკუთარ*",  # ky, tt, mn, ka
        "ինքը", "ինքնին", "սեփական*", "نفسه", "نفسها", "ذاته", "خود", "خودش",  # hy, ar, fa
        "اپنا", "xwe", "עצמו", "עצמה", "עצמי", "የራሱ", "ባዕሉ", "ባዕለይ",  # ur, ku, he, am, ti
        "naftiisa", "yenyewe", "mwenyewe", "kansa", "fúnra*", "funra*",  # so, sw, ha, yo
        "onwe", "ngokwayo", "uqobo", "self", "eie", "tenany",  # ig, zu, af, mg
        "स्वयं", "खुद", "अपना", "নিজেই", "নিজস্ব", "स्वतः", "પોતે",  # hi, bn, mr, gu
        "ਖੁਦ", "ਆਪਣਾ", "ନିଜେ", "தானே", "சொந்த", "స్వయంగా", "స్వంత",  # pa, or, ta, te
        "ಸ್ವತಃ", "ಸ್ವಂತ", "സ്വയം", "സ്വന്തം", "තමන්ම", "आफैं", "आफ्नै",  # kn, ml, si, ne
        "ตัวเอง", "ຕົວເອງ", "ខ្លួនឯង", "ကိုယ်တိုင်", "chính nó", "bản thân",  # th, lo, km, my, vi
        "sendiri", "sarili", "dhéwé", "dhewe", "自身", "本身", "自己",  # id, tl, jv, zh-Hans
        "自体", "自分", "스스로", "자체적으로", "berezko*", "mateix", "mateixa", "pròpi*",  # ja, ko, eu, ca
        "hunan", "féin", "innifsu", "innifisha", "mem", "propra*",  # cy, ga, mt, eo
        "ipse", "ipsa", "ipsum", "proprius", "kikin*", "kikillan", "ijehegui",  # la, qu, gn
        "limenm", "pwòp", "ئۆزى", "རང་ཉིད",  # ht, ug, bo
    ),
    "CLAIM": (
        "confirm", "certify", "assure", "guarantee", "declare", "attest",  # en
        "bestätige", "versichere", "garantiere", "erkläre", "bescheinige",  # de
        "confirme", "certifie", "garantis", "déclare", "atteste",  # fr
        "confirmo", "certifico", "aseguro", "garantizo", "declaro", "atestiguo",  # es
        "asseguro", "garanto", "atesto",  # pt
        "confermo", "assicuro", "garantisco", "dichiaro", "attesto",  # it
        "bevestig", "verzeker", "garandeer", "verklaar",  # nl
        "bekräftar", "intygar", "garanterar", "försäkrar",  # sv
        "bekrefter", "forsikrer", "garanterer", "erklærer", "bekræfter",  # no, da
        "staðfesti", "fullvissa", "ábyrgist", "lýsi",  # is
        "vahvistan", "takaan", "vakuutan", "todistan",  # fi
        "kinnitan", "garanteerin", "tõendan", "apliecinu", "garantēju", "apstiprinu",  # et, lv
        "patvirtinu", "garantuoju", "užtikrinu",  # lt
        "potwierdzam", "zapewniam", "gwarantuję", "oświadczam", "poświadczam",  # pl
        "potvrzuji", "zaručuji", "ujišťuji", "prohlašuji", "osvědčuji",  # cs
        "potvrdzujem", "zaručujem", "uisťujem", "vyhlasujem",  # sk
        "potrjujem", "zagotavljam", "jamčim", "izjavljam",  # sl
        "potvrđujem", "uvjeravam", "izjavljujem",  # hr
        "потврђујем", "гарантујем", "уверавам", "изјављујем",  # sr
        "garantujem", "uveravam",  # sr-Latn
        "потврдувам", "гарантирам", "уверувам", "изјавувам",  # mk
        "потвърждавам", "уверявам", "декларирам", "удостоверявам",  # bg
        "certific", "asigur", "garantez", "declar", "atest",  # ro
        "megerősítem", "igazolom", "garantálom", "kijelentem", "biztosítom",  # hu
        "επιβεβαιώνω", "πιστοποιώ", "διαβεβαιώνω", "εγγυώμαι", "δηλώνω",  # el
        "konfirmoj", "garantoj", "siguroj", "deklaroj", "vërtetoj",  # sq
        "подтверждаю", "гарантирую", "заверяю", "удостоверяю", "заявляю",  # ru
        "підтверджую", "гарантую", "запевняю", "засвідчую", "пацвярджаю", "запэўніваю",  # uk, be
        "onaylıyorum", "teyit*", "beyan*", "təsdiqləyirəm", "растаймын", "кепілдік",  # tr, az, kk
        "tasdiqlayman", "kafolatlayman", "ырастайм*", "кепилдик*",  # uz, ky
        "раслыйм", "гарантиялим", "баталж", "баталгаажуулж", "ვადასტურებ", "ვაცხადებ",  # tt, mn, ka
        "հաստատում", "երաշխավորում", "հավաստիացնում",  # hy
        "أؤكد", "أضمن", "أشهد", "أقر", "أصرح", "اطمینان", "تاییدوم", "تضمینوم",  # ar, fa, ps
        "מאשר", "מאשרת", "מבטיח", "מצהיר", "מתחייב", "አረጋግጣለሁ", "እመሰክራለሁ", "የረጋግጽ",  # he, am, ti
        "xaqiijinayaa", "ballan*",  # so
        "ninathibitisha", "nathibitisha", "ninahakikisha", "nahakikisha", "nakuhakikishia",  # sw
        "jẹ́rìí", "jẹrii", "ekwenye", "ekwere", "ngiyaqinisekisa", "ngiyafakazela",  # yo, ig, zu
        "ndiyaqinisekisa", "ndiyangqina", "waarborg", "verseker",  # xh, af
        "manamafy", "miantoka", "गारंटी", "आश्वासन", "घोषणा", "নিশ্চয়তা", "ঘোষণা",  # mg, hi, bn
        "हमी", "બાંહેધરી", "ਯਕੀਨੀ", "ਗਾਰੰਟੀ",  # mr, gu, pa
        "உறுதிப்படுத்துகிறேன்", "உறுதியளிக்கிறேன்", "சான்றளிக்கிறேன்",  # ta
        "ధృవీకరిస్తున్నాను", "హామీ", "ಖಚಿತಪಡಿಸುತ್ತೇನೆ", "ಭರವಸೆ",  # te, kn
        "സ്ഥിരീകരിക്കുന്നു", "ഉറപ്പുനൽകുന്നു", "සහතික", "ग्यारेन्टी",  # ml, si, ne
        "ขอยืนยัน", "รับประกัน", "ຮັບປະກັນ", "ខ្ញុំសូមបញ្ជាក់",  # th, lo, km
        "cam kết", "bảo đảm", "menjamin", "memastikan", "menyatakan", "mengesahkan",  # vi, id, ms
        "pinapatunayan", "ginagarantiya", "tinitiyak", "njamin",  # tl, jv
        "我确认", "我保证", "我声明", "本人确认", "特此", "我確認", "我保證", "我聲明", "本人確認",  # zh-Hans, zh-Hant
        "断言", "確約", "保証します", "宣言", "확언합니다", "보증합니다", "단언합니다", "장담합니다", "확인합니다",  # ja, ko
        "baieztatzen", "bermatzen", "ziurtatzen", "garanteixo",  # eu, ca
        "cadarnhaf", "gwarantaf", "sicrhaf", "deimhním", "dearbhaím", "ráthaím",  # cy, ga
        "nikkonferma", "niggarantixxi", "niċċertifika", "niddikjara",  # mt
        "konfirmas", "garantias", "asertas", "deklaras", "affirmo", "testor", "spondeo",  # eo, la
        "takyachini", "amoañete", "جەزملەشتۈرىمەن", "كاپالەتلىك",  # qu, gn, ug
        "ཁས་ལེན", "ངེས་གཏན་བྱེད",  # bo
    ),
    "SCORING_ACT": (
        "scoring", "grading", "evaluating", "assessing", "reviewing", "checking",  # en
        "bewerten", "benoten", "beurteil*", "korrigier*", "correction", "évaluer",  # de, fr
        "calificar", "evaluar", "puntuar", "corregir", "pontuar", "avaliar", "corrigir",  # es, pt
        "valutare", "valutazione", "correzione", "beoordelen", "nakijken",  # it, nl
        "bedömning", "rättning", "vurdering", "retting", "bedømmelse", "rettelse",  # sv, no, da
        "einkunnagjöf*", "yfirferð", "arvioint*", "arvostelu*", "pisteytys*",  # is, fi
        "hindamine", "hindamis*", "vērtēšan*", "vertinim*",  # et, lv, lt
        "ocenianie", "ocenianiu", "punktowani*", "známkování", "bodování",  # pl, cs
        "hodnotenie", "známkovanie", "bodovanie", "ocenjevanj*",  # sk, sl
        "ocjenjivanj*", "bodovanj*", "оцењивањ*", "бодовањ*", "ocenjivanj*",  # hr, sr, sr-Latn
        "оценувањ*", "оценяван*", "проверката", "evaluarea", "notarea",  # mk, bg, ro
        "pontozás*", "βαθμολόγηση", "αξιολόγηση", "vlerësimi", "notimi",  # hu, el, sq
        "оценивани*", "проверка", "проверки", "оцінюванн*", "перевірк*", "ацэньванн*",  # ru, uk, be
        "puanlama", "değerlendirme", "qiymətləndirmə*", "бағалау*", "baholash*",  # tr, az, kk, uz
        "баалоо*", "бәяләү*", "үнэлгээ", "үнэлэх*", "შეფასება", "գնահատում*",  # ky, tt, mn, ka, hy
        "التصحيح", "التقييمات", "جانچ", "nirxandin*", "בדיקה", "ציינון",  # ar, ur, ku, he
        "ግምገማ*", "ማረም", "ገምጋም*", "qiimeyn*", "upimaji", "usahihishaji",  # am, ti, so, sw
        "tantancewa", "ìdíwọ̀n", "idiwọn", "ìṣàyẹ̀wò*", "iṣayẹwo*",  # ha, yo
        "nyocha*", "akara", "ukuhlola*", "ukulinganisa*",  # ig, zu
        "ukuvavanya*", "ukumakisha*", "nasien*", "beoordeling", "fanombanana*",  # xh, af, mg
        "ग्रेडिंग", "जाँच", "मूल्यमापन", "મૂલ્યાંકન", "ਮੁਲਾਂਕਣ", "ମୂଲ୍ୟାଙ୍କନ",  # hi, mr, gu, pa, or
        "மதிப்பீடு*", "మూల్యాంకనం*", "ಮೌಲ್ಯಮಾಪನ*", "വിലയിരുത്തൽ*", "ඇගයීම",  # ta, te, kn, ml, si
        "मूल्याङ्कन", "การให้คะแนน", "การประเมิน", "ការវាយតម្លៃ", "အကဲဖြတ်ခြင်း",  # ne, th, km, my
        "đánh giá", "pemeriksaan", "pemarkahan", "pagmamarka", "pagsusuri",  # vi, id, ms, tl
        "pambiji", "批改", "评估", "审阅", "評估", "審閱", "採点", "評価中", "審査",  # jv, zh-Hans, zh-Hant, ja
        "채점할", "채점하는", "평가하는", "ebaluazio*", "kalifikatze*",  # ko, eu
        "avaluació", "avaluar", "qualificar", "avaliación", "cualificar",  # ca, gl
        "marcio", "asesu", "gwerthuso", "marcáil", "measúnú", "ikkoreġi",  # cy, ga, mt
        "taksado", "poentado", "aestimatio*", "aestimando", "chaninchay*",  # eo, la, qu
        "evalyasyon", "aromatawai", "باھالاش*", "གདེང་འཇོག",  # ht, mi, ug, bo
    ),
}
