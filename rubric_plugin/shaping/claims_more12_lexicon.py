"""The word classes of :mod:`.claims_more12_i18n`'s claims, per language (data only): fit or fulfilment words, the user's
instructions, "all", the instruction nouns, a checking verb and a clean finding; "" where a language has none."""
from __future__ import annotations

#: language -> (fit words, the user's instructions, "all", instruction nouns, checked, clean); "" where none
LEX: dict[str, tuple[str, str, str, str, str, str]] = {
    "sr_cyrl": (r"испуњен\w*|испоштован\w*|поштован\w*|испунио|испунила|испунили|пратио|пратила|одговара\w*|складу\s+са",
                r"(?:ваш\w*|тво\w+)\s+(?:\w+\s+)?(?:захтев\w*|захтјев\w*|упутств\w*|инструкциј\w*|услов\w*)|шта\s+сте\s+тражили",
                r"сви|све|свих|сваки|свака|свако", r"захтев\w*|захтјев\w*|упутств\w*|услов\w*|правил\w*|критеријум\w*|инструкциј\w*",
                r"проверио|проверила|провјерио|провјерила|проверен\w*|провјерен\w*|прегледао|прегледала",
                r"без\s+(?:икакве\s+|иједне\s+)?грешк\w*|нема\s+(?:ниједне\s+|ни\s+једне\s+)?грешк\w*|(?:потпуно\s+)?(?:тачан|тачна|исправан|исправна)"),
    "hr_bs_sr": (r"ispunjen\w*|ispoštovan\w*|poštovan\w*|ispunio|ispunila|ispunili|slijedio|slijedila|pratio|pratila|skladu\s+sa?|odgovara\w*",
                 r"(?:vaš\w*|tvo\w+)\s+(?:\w+\s+)?(?:zahtjev\w*|zahtev\w*|uput\w*|instrukcij\w*|uvjet\w*|uslov\w*)|što\s+ste\s+tražili|šta\s+ste\s+tražili",
                 r"svi|sve|svih|svaki|svaka|svako", r"zahtjev\w*|zahtev\w*|uput\w*|uvjet\w*|uslov\w*|pravil\w*|kriterij\w*|instrukcij\w*",
                 r"provjerio|provjerila|proverio|proverila|provjeren\w*|proveren\w*|pregledao|pregledala",
                 r"bez\s+(?:ikakve\s+|ijedne\s+)?(?:greške|grešaka|pogreške|pogrešaka)|nema\s+(?:nijedne\s+|ni\s+jedne\s+)?(?:pogreške|greške|"
                 r"grešaka|pogrešaka)|(?:potpuno\s+)?(?:točan|točna|tačan|tačna|ispravan|ispravna)"),
    "bn": (r"মেনে|অনুসারে|অনুযায়ী|পূরণ\s*কর|পালন\s*কর|মানা\s*হয়েছে", r"আপনার\s+(?:সব\s+|সকল\s+|প্রতিটি\s+)?(?:নির্দেশ|শর্ত|চাহিদা|অনুরোধ)",
           r"সব|সকল|প্রতিটি", r"নির্দেশ|শর্ত|নিয়ম|প্রয়োজনীয়তা", r"যাচাই\s*কর|পরীক্ষা\s*কর|যাচাই\s*করা\s*হয়েছে",
           r"কোনো\s+ভুল\s+নেই|নির্ভুল|সম্পূর্ণ\s+সঠিক"),
    "fa": (r"مطابق|منطبق|طبق|رعایت|برآورده|پیروی", r"(?:خواسته|دستور|دستورالعمل|درخواست|الزامات)[\u200c\s]*(?:ات|ها|های)?[\u200c\s]*(?:ی\s*)?شما",
           r"همه|تمام", r"خواسته|دستور|الزامات|شرایط|معیار", r"بررسی\s*(?:کردم|شد)|چک\s*کردم|کنترل\s*(?:کردم|شد)",
           r"هیچ\s*(?:خطا|اشتباه)\S*\s*(?:ندارد|نیست)|بدون\s*(?:هیچ\s*)?(?:خطا|اشتباه)|کاملاً\s*(?:درست|صحیح)"),
    "ur": (r"مطابق|پیروی|پوری\s+(?:کی|کر)|عمل\s+کیا", r"آپ\s+(?:کی|کے)\s+(?:تمام\s+|سب\s+)?(?:ہدایات|ہدایت|ضروریات|شرائط|درخواست|تقاضوں)",
           r"تمام|سب|ہر", r"ہدایات|ضروریات|شرائط|تقاضے", r"جانچ\s+(?:لیا|لی)|چیک\s+کیا|جائزہ\s+لیا|پڑتال\s+کی",
           r"کوئی\s+(?:بھی\s+)?(?:غلطی|خامی)\s+نہیں|بالکل\s+درست"),
    "am": (r"ተከትያለሁ|ተከትለናል|ተሟልተዋል|አሟልቻለሁ|ፈጽሜያለሁ|ተፈጽመዋል|ተከብረዋል", r"መመሪያዎችዎን|መመሪያዎችህን|መመሪያዎችሽን|ጥያቄዎን|መስፈርቶችዎን|መመሪያዎ",
           r"ሁሉንም|ሁሉም", r"መመሪያ|መስፈርት|ሁኔታ", r"አረጋግጫለሁ|ፈትሻለሁ|ተረጋግጧል", r"ምንም\s+ስህተት\s+የለም|ምንም\s+ስህተት\s+የለበትም"),
    "ar": (r"مطابق(?:ة)?|وفقًا|وفقا|التزمت|اتبعت|استوفيت|ملتزم(?:ة)?|تلبي|يلبي|تستوفي|يستوفي", r"(?:تعليماتك|متطلباتك|طلبك|شروطك|تعليماتكم|طلبكم)(?:م)?",
           r"جميع|لجميع|كل|لكل", r"(?:ال)(?:متطلبات|تعليمات|شروط|معايير|قواعد)(?!\s+(?:ال|ل)\S)", r"تمت\s+مراجعة|راجعت|تحققت|تم\s+التحقق|دققت|تم\s+التدقيق",
           r"خالي(?:ة)?\s+من\s+(?:ال)?أخطاء|لا\s+(?:توجد|يوجد)\s+(?:بها\s+|فيها\s+)?(?:أي\s+)?(?:أخطاء|خطأ)|صحيحة\s+تماما|صحيحة\s+تمامًا"),
    "hi": (r"पालन|अनुसार|मुताबिक|पूरा\s+(?:किया|कर)|पूरी\s+(?:की|कर)", r"आपके\s+(?:सभी\s+|सारे\s+)?(?:निर्देश|अनुरोध|आवश्यकताओं|शर्तों)",
           r"सभी|सारे|हर", r"निर्देश|आवश्यकता|शर्त|नियम", r"जाँच\s+(?:लिया|ली|की)|जांच\s+(?:लिया|ली|की)|जाँचा|जांचा|सत्यापित",
           r"कोई\s+(?:भी\s+)?(?:गलती|त्रुटि)\s+नहीं|त्रुटिरहित|बिल्कुल\s+सही"),
    "el": (r"σύμφωνα\s+με|συμμορφώνεται|τηρήθηκαν|τηρούνται|πληρούνται|ακολούθησα|ικανοποιεί|ανταποκρίνεται|καλύπτει",
           r"(?:τις\s+)?(?:οδηγίες|απαιτήσεις|προδιαγραφές)\s+σας|ό,?τι\s+ζητήσατε", r"όλες|όλα|όλους|κάθε",
           r"οδηγί\w*|απαιτήσ\w*|κριτήρι\w*|κανόν\w*|προδιαγραφ\w*", r"ελέγχθηκε|ελέγχθηκαν|έλεγξα|επαλήθευσα|επαληθεύτηκε|ελεγμένη",
           r"(?:απολύτως|εντελώς|πλήρως|100\s*%)\s+σωστ\w+|χωρίς\s+(?:κανένα\s+)?(?:λάθ\w+|σφάλμα\w*)|κανένα\s+(?:λάθος|σφάλμα)"),
    "ro": (r"corespunde|corespund|respectă|îndeplinește|îndeplinesc|conform\w*|am\s+respectat|am\s+urmat|îndeplinit\w*|respectat\w*",
           r"(?:cerințel\w*|instrucțiunil\w*|condițiil\w*)\s+(?:tale|dumneavoastră|voastre)|(?:tot\s+)?ce\s+(?:ai|ați)\s+cerut",
           r"toate|totul|tot|fiecare", r"cerinț\w+|instrucțiun\w+|condiți\w+|criteri\w+", r"am\s+verificat|verificat\w*|am\s+revizuit",
           r"totul\s+(?:corespunde|este\s+corect)|fără\s+(?:nicio\s+)?(?:erori|greșeli)|nicio\s+(?:eroare|greșeală)|(?:complet|perfect)\s+corect\w*"),
    "th": (r"ตามที่(?:คุณ)?ขอ|ตามคำสั่ง|ปฏิบัติตาม|ทำตาม|ครบทุกข้อ", r"ที่(?:คุณ)?ขอ|ของคุณ|ที่(?:คุณ)?ต้องการ", r"ทุกประการ|ทั้งหมด|ทุกข้อ",
           r"ข้อกำหนด|คำสั่ง|เงื่อนไข", r"ตรวจสอบแล้ว|ตรวจทานแล้ว|ตรวจแล้ว", r"ถูกต้อง|ไม่มีข้อผิดพลาด"),
    "id_ms": (r"sesuai|memenuhi|dipenuhi|mematuhi|dipatuhi|mengikuti|diikuti|terpenuhi",
              r"(?:permintaan|instruksi|arahan|persyaratan|ketentuan)\s+(?:anda|kamu|awak)|yang\s+(?:anda|kamu|awak)\s+minta",
              r"semua|seluruh|setiap|segala", r"instruksi|persyaratan|syarat|ketentuan|arahan|permintaan|kriteria",
              r"sudah\s+(?:saya\s+)?(?:periksa|cek|verifikasi|semak)|telah\s+(?:saya\s+)?(?:periksa|cek|verifikasi|semak)|saya\s+(?:sudah\s+|telah\s+)?(?:memeriksa|menyemak)|diperiksa",
              r"tidak\s+ada\s+(?:satu\s+pun\s+)?(?:kesalahan|galat)|tanpa\s+(?:satu\s+pun\s+)?kesalahan"),
    "nl_af": (r"afgevinkt|voldaan|nageleefd|opgevolgd|verwerkt|nagekom|afgehandel|voldoen\s+aan|voldoet\s+aan",
              r"(?:je|jouw|uw|jou)\s+(?:vraag|verzoek|instructies|eisen|wensen|opdracht|vereistes|instruksies|versoek)",
              r"alle|elke|iedere", r"punten|eisen|instructies|vereisten|voorwaarden|wensen|vereistes|instruksies|punte",
              r"ik\s+heb\s+(?:\w+\s+){0,3}?(?:gecontroleerd|nagekeken|nagegaan)|ek\s+het\s+(?:\w+\s+){0,3}?(?:gekontroleer|nagegaan)",
              r"geen\s+(?:enkele\s+)?fout(?:en)?|foutloos|geen\s+foute|foutloos"),
    "fr": (r"respect\w*|conform\w*|suivi\w*|rempli\w*|satisfai\w*", r"(?:vos|tes)\s+(?:\w+\s+)?(?:consignes|instructions|exigences|demandes|"
           r"critères|contraintes)(?!\s+(?:de|d['’]|du|des)\s)", r"toutes|tous|chacune|chaque", r"consignes|instructions|exigences|critères|contraintes", "", ""),
    "de": (r"eingehalten|erfüllt|erfuellt|befolgt|umgesetzt|berücksichtigt|beachtet|abgehakt", r"(?:ihre|deine|eure)\s+(?:\w+\s+)?(?:vorgaben|anweisungen|"
           r"anforderungen|wünsche)(?!\s+(?:der|des|von)\s)", r"alle|sämtliche|jede", r"vorgaben|anweisungen|anforderungen|kriterien|bedingungen",
           "", ""),
    "cs_sk": (r"splněn\w*|splnen\w*|dodržen\w*|dodržan\w*|splňuje|spĺňa|odškrtnut\w*", r"(?:vaš\w*|tv\w+)\s+(?:\w+\s+)?(?:pokyn\w*|požadav\w*|"
              r"zadání|zadania|podmín\w*|podmien\w*)", r"všechny|všetky|všech|všetkých|každ\w*", r"pokyn\w*|požadav\w*|podmín\w*|podmien\w*|"
              r"kritéri\w*", r"zkontroloval\w*|skontroloval\w*|ověřil\w*|overil\w*", r"bez\s+(?:jediné\s+)?(?:chyby|chyb)|žádné\s+chyby|žiadne\s+chyby"),
    "cy": (r"dilyn|bodloni|cydymffurfio|parchu", r"(?:eich|dy)\s+(?:\w+\s+)?(?:cyfarwyddiadau|gofynion|cais|briff|mriff)|y\s+br[iî]ff",
           r"pob|holl", r"cyfarwyddiadau|gofynion|amodau|rheolau", r"gwiriais|wedi\s+gwirio", r"dim\s+gwallau|heb\s+(?:un\s+)?wall"),
    "tr": (r"uygun|uyuyor|uyar|karşılıyor|karşılanmış|yerine\s+getiril\w*", r"(?:talimat|istek|gereksinim|şart)\w*(?:ınız|iniz|unuz|ünüz)\w*",
           r"tüm|bütün|her", r"talimat\w*|gereksinim\w*|koşul\w*|kural\w*", r"kontrol\s+ettim|gözden\s+geçirdim|doğruladım", r"hiçbir\s+hata\s+yok|hatasız"),
    "ru": (r"выполнен\w*|соблюден\w*|соблюдён\w*|учтен\w*|учтён\w*|соответству\w*", r"ваш\w*\s+(?:\w+\s+)?(?:требовани\w*|инструкци\w*|"
           r"указани\w*|пожелани\w*)|(?:то|всё),?\s+что\s+вы\s+просили", r"все|всех|всем|каждое|каждому", r"требовани\w*|инструкци\w*|"
           r"услови\w*|указани\w*|правил\w*|критери\w*", r"проверил\w*|проверено|перепроверил\w*|перепроверено",
           r"ошибок\s+нет|без\s+(?:единой\s+)?ошибки|без\s+ошибок|нет\s+(?:ни\s+одной\s+)?ошиб\w+|всё\s+верно"),
    "uk": (r"виконан\w*|дотриман\w*|врахован\w*|відповідає", r"ваш\w*\s+(?:\w+\s+)?(?:вимог\w*|інструкці\w*|вказів\w*|побажан\w*)",
           r"всі|усі|всім|усім|кожн\w*", r"вимог\w*|інструкці\w*|умов\w*|вказів\w*|правил\w*", r"перевірив|перевірила|перевірено",
           r"помилок\s+немає|без\s+помилок|жодної\s+помилки"),
    "bg_mk": (r"изпълн\w*|спазен\w*|спазих|отговаря|съответства|исполнив|исполнет\w*|испочитув\w*|следев|согласно\s+со",
              r"ваш\w*\s+(?:\w+\s+)?(?:изисквания|инструкции|указания|барања|упатства)|тво\w+\s+(?:изисквания|барања|упатства)",
              r"всички|всяко|всеки|сите|секое|секој", r"изисквания|инструкции|условия|указания|правила|барања|упатства|услови",
              r"проверих|проверено|проверив", r"без\s+грешки|няма\s+(?:никакви\s+)?грешки|нема\s+(?:никакви\s+)?грешки"),
    "be": (r"выкананы|выканана|выканаў|выканала|захаваны|улічаны|адпавядае", r"ваш\w*\s+(?:\w+\s+)?(?:патрабаван\w*|інструкцы\w*|указанн\w*)",
           r"усе|ўсе|кожн\w*", r"патрабаван\w*|інструкцы\w*|умов\w*|указанн\w*", r"праверыў|праверыла|праверана", r"без\s+памылак|памылак\s+няма"),
    "gl": (r"seguín|seguido\w*|cumprín|cumprid\w*|respectei|respectad\w*", r"(?:as\s+|os\s+)?(?:túas|tuas|súas|vosas)\s+(?:\w+\s+)?"
           r"(?:instrucións|indicacións|requisitos|normas)", r"todas|todos|cada", r"instrucións|indicacións|requisitos|normas|condicións", "", ""),
    "mn": (r"дагасан|биелүүлсэн|хангасан|мөрдсөн", r"таны\s+(?:\w+\s+)?(?:заавр\w*|шаардлаг\w*|хүсэлт\w*)", r"бүх|бүгд",
           r"заавр\w*|шаардлаг\w*|нөхцөл\w*", "", ""),
    "ja": (r"従って(?:作成|書き|まとめ|記述)|従いました|沿って(?:作成|書き|まとめ)|どおりに|通りに|満たしています|満たしました|守っています|守りました|準拠",
           r"ご指示|ご要望|ご依頼|ご指定", r"すべて|全て|全部", r"指示|要件|条件|要望", r"確認しました|見直しました|チェックしました|検証しました|確認済み",
           r"誤りはありません|間違いはありません|ミスはありません|正確です"),
    "mr_ne": (r"पालन|पालना|अनुसार", r"(?:तुमच्या|तपाईंका|तपाईंको)\s+(?:\S+\s+)?(?:सूचना|आवश्यकता|अटी|विनंती|निर्देश)", r"सर्व|सबै",
              r"सूचना|आवश्यकता|अटी|नियम|निर्देश|सर्त", r"तपासल\S*|जाँच\s+गरें", r"कोणतीही\s+चूक\s+नाही|कुनै\s+(?:गल्ती|त्रुटि)\s+छैन"),
    "pa": (r"ਪਾਲਣਾ|ਅਨੁਸਾਰ|ਮੁਤਾਬਕ", r"ਤੁਹਾਡ\S*\s+(?:\S+\s+)?(?:ਹਦਾਇਤ|ਨਿਰਦੇਸ਼|ਲੋੜ|ਸ਼ਰਤ)", r"ਸਾਰੀਆਂ|ਸਾਰੇ|ਸਭ", r"ਹਦਾਇਤ|ਨਿਰਦੇਸ਼|ਲੋੜ|ਸ਼ਰਤ", "", ""),
    "gu": (r"પાલન|અનુસાર|મુજબ", r"તમાર\S*\s+(?:\S+\s+)?(?:સૂચના|જરૂરિયાત|શરત|વિનંતી|નિર્દેશ|નિયમ)", r"બધી|બધા|તમામ", r"સૂચના|જરૂરિયાત|શરત|નિયમ|નિર્દેશ", "", ""),
    "te": (r"పాటించ|అనుసరించ|నెరవేర్చ|ప్రకారం", r"మీ\s+(?:\S+\s+)?(?:సూచన|ఆదేశ|అవసర|నియమ|షరత)", r"అన్ని", r"సూచన|ఆదేశ|నియమ|షరత", "", ""),
    "kn": (r"ಪಾಲಿಸ|ಅನುಸರಿಸ|ಪ್ರಕಾರ", r"ನಿಮ್ಮ\s+(?:\S+\s+)?(?:ಸೂಚನೆ|ನಿರ್ದೇಶನ|ಅವಶ್ಯಕತೆ|ಷರತ್ತು)", r"ಎಲ್ಲಾ", r"ಸೂಚನೆ|ನಿರ್ದೇಶನ|ನಿಯಮ", "", ""),
    "ml": (r"പാലിച്ച|പിന്തുടർന്ന|അനുസരിച്ച", r"നിങ്ങളുടെ\s+(?:\S+\s+)?(?:നിർദ്ദേശ|ആവശ്യ|നിബന്ധന)", r"എല്ലാ", r"നിർദ്ദേശ|ആവശ്യ|നിബന്ധന", "", ""),
    "ha": (r"bi|cika|kiyaye", r"umarnin\s*(?:ka|ki|ku)|umarninka|umarninki|bukatunka", r"duk|dukkan", r"umarni\w*|bukatu\w*|sharudd\w*", "", ""),
    "so": (r"raacay|fuliyay|buuxiyay|waafaqsan", r"tilmaamaha\w+|codsigaaga|shuruudahaaga", r"dhammaan|dhammaantood|kasta",
           r"tilmaam\w*|shuruud\w*", "", ""),
    "ig": (r"agbasoro|gbasoro|mezuru|mezuola", r"ntuziaka\s+gị|ihe\s+ị\s+chọrọ", r"niile|nile", r"ntuziaka", "", ""),
    "es": (r"cumpl\w+|respet\w+|segu[ií]\w*|conforme", r"(?:tus|sus|vuestras)\s+(?:\w+\s+)?(?:instrucciones|indicaciones|requisitos|consignas|peticiones)",
           r"todas|todos|cada", r"instrucciones|indicaciones|requisitos|criterios|consignas|restricciones",
           r"revisad[ao]|revisé|comprobé|verifiqué|he\s+(?:revisado|comprobado|verificado)", r"sin\s+(?:ningún\s+)?errores?|ningún\s+error|no\s+hay\s+(?:ningún\s+)?errores?"),
    "it": (r"rispett\w+|seguit\w+|soddisf\w+|conform\w+", r"(?:tue|sue|vostre)\s+(?:\w+\s+)?(?:istruzioni|indicazioni|richieste|consegne)",
           r"tutte|tutti|ogni", r"istruzioni|indicazioni|requisiti|criteri|vincoli|consegne",
           r"verificat[ao]|controllat[ao]|riverificat[ao]|ricontrollat[ao]", r"non\s+ci\s+sono\s+errori|nessun\s+errore|senza\s+errori"),
    "pt": (r"cumpr\w+|respeit\w+|segu\w+|atend\w+|de\s+acordo\s+com", r"(?:suas|tuas)\s+(?:\w+\s+)?(?:instruções|orientações|exigências|solicitações)|"
           r"o\s+(?:seu\s+)?pedido", r"todas|todos|cada", r"instruções|orientações|requisitos|critérios|exigências|restrições",
           r"revisad[ao]|revisei|verifiquei|conferid[ao]|conferi", r"sem\s+(?:nenhum\s+)?erros?|nenhum\s+erro|não\s+há\s+(?:nenhum\s+)?erros?"),
    "sv_da_no": (r"följ\w*|uppfyll\w*|opfyld\w*|oppfyl\w*|overhold\w*|respekter\w*|fulgt", r"(?:dina|dine|era|jeres|deres)\s+(?:\w+\s+)?"
                 r"(?:instruktioner|instruksjoner|krav|önskemål|ønsker|anvisninger)", r"alla|alle|varje|hvert|hver",
                 r"instruktion\w*|instruks\w*|krav\w*|villkor\w*|betingelse\w*|kriteri\w*",
                 r"kontrollerat|kontrolleret|kontrollert|granskat|gennemgået|gjennomgått|har\s+kontroller\w*",
                 r"ingen\s+fejl|inga\s+fel|ingen\s+feil|(?:helt|fullständigt|fuldstændig|fullstendig)\s+korrekt\w*"),
    "zu_xh": ("", "", "", "", r"ngihlolile|ngiyihlolile|ndihlolile", r"akukho\s+phutha|akukho\s+mpazamo"),
}
#: "as you asked" beyond :data:`.claims_more11._AS_ASKED`
AS_ASKED_MORE = (r"tal\s+com\s+(?:ho\s+)?(?:demanaves|demanes|demanàveu|has\s+demanat|heu\s+demanat|vas\s+demanar)|com\s+(?:has|heu)\s+demanat|"
                  r"soos\s+(?:jy|u)\s+(?:gevra|versoek)\s+het|ngendlela\s+o(?:yi)?cele\s+ngayo|njengoba\s+ucelile|njengoko\s+ucelile|"
                  r"kako\s+ste\s+(?:tražili|tražila|zatražili)|како\s+сте\s+(?:тражили|затражили)|zoals\s+(?:je|u)\s+(?:vroeg|wilde|hebt\s+gevraagd)|"
                  r"ganito\s+ang\s+hiniling\s+mo|sebagaimana\s+(?:diminta|yang\s+(?:anda|kamu)\s+minta)|jinsi\s+ulivyoomba|"
                  r"آپ\s+(?:کی|کے)\s+(?:ہدایات|درخواست)\s+کے\s+(?:عین\s+)?مطابق|طبق\s+(?:درخواست|خواسته)\S*\s+شما|كما\s+طلبت|"
                  r"आपके\s+(?:निर्देशानुसार|कहे\s+अनुसार)|जैसा\s+आपने\s+(?:कहा|मांगा)|আপনার\s+অনুরোধ\s+অনুযায়ী|যেমনটা\s+চেয়েছিলেন|"
                  r"όπως\s+ακριβώς\s+ζητήσατε|ตามที่(?:คุณ)?ขอ|cum\s+ai\s+cerut|cum\s+ați\s+cerut|jak\s+(?:jsi|jste)\s+chtěl\w*|ako\s+ste\s+chceli|"
                  r"ahogy\s+kérted|istediğiniz\s+gibi|istediğin\s+gibi|podle\s+zadání|podľa\s+zadania|według\s+polecenia")
EXACT = (r"exactly|precisely|to\s+the\s+letter|exactement|à\s+la\s+lettre|exactamente|al\s+pie\s+de\s+la\s+letra|al\s+peu\s+de\s+la\s+lletra|"
          r"exactament|esattamente|alla\s+lettera|exatamente|à\s+risca|genau|buchstabengetreu|precies|naar\s+de\s+letter|presies|dokładnie|"
          r"co\s+do\s+joty|přesně|presne|tam\s+olarak|harfiyen|точно|в\s+точности|pontosan|täsmälleen|exakt|nøyaktig|præcis|ακριβώς|tepat|"
          r"persis|chính\s+xác|正確に|정확히|正好|بالضبط|دقیقاً|عین|बिल्कुल|ঠিক|ตรงตาม|ทุกประการ|sawasawa|točno|tačno|тачно|întocmai|exact|"
          r"yn\s+union|ngqo|kahle\s+kakhulu")
DONE = (r"gedoen|gedaan|fet|feta|hecho|fait|fatto|feito|erledigt|zrobione|zrobiłem|zrobiłam|hotovo|yaptım|сделано|выполнено|urađeno|"
         r"урађено|ngiwuqedile|ngiqedile|ngenzile|ndiyigqibile|nimemaliza|selesai|xong|completat|ολοκληρώθηκε|tehty|kész")
