"""The twelfth round's claims in many languages: a fit to the user's instructions, the writer's own check with nothing
wrong, "exactly as you asked", a compliance label with a top value, and a row of ticked constraints.

Each language gives a few short word classes (:data:`_LEX`): fit or fulfilment words ("conforms to", "fulfilled",
"ticked off"), the user's instructions ("your requests", "what you asked"), "all" and the instruction nouns, a
checking verb ("I checked", "was verified") and a clean finding ("no errors", "absolutely correct"). Within one
sentence,

* **a fit to the instructions**: a fit word with the user's instructions, or with "all" and an instruction noun
  ("Сви захтеви из задатка су испуњени", "مطابقة لجميع المتطلبات", "آپ کی ہدایات کے عین مطابق", "Alle punten uit je
  vraag zijn afgevinkt", "dans le strict respect de toutes vos consignes");
* **the writer's check, then nothing wrong**: "Odgovor sam provjerio triput i nema nijedne pogreške", "η απάντηση
  ελέγχθηκε και είναι απολύτως σωστή", "ตรวจสอบแล้ว: ถูกต้องครบถ้วน";
* **exactly as asked**: an "as you asked" with "exactly", "to the letter", "all" or a first-person "done" ("Resposta
  feta al peu de la lletra, tal com demanaves", "Alles gedoen presies soos jy gevra het", "Ngiwuqedile lo msebenzi
  ngendlela oyicele ngayo");
* **a compliance label with a top value** (any line, a table row read as one): "Zgodność z poleceniem: 100%",
  "Talimatlara uygunluk: Tam";
* **ticked constraints**: a line with three or more ticks whose items name constraints ("Kontrola: rozsah ✔ formát
  ✔ tón ✔", "✔ शब्द सीमा ✔ प्रारूप ✔"), or a heading naming the instructions over two or more ticked lines.

What breaks each: a question, a condition, an obligation or a polite imperative; a negation (but for the clean
finding, which is one); the rules of something else after the noun (French "vos consignes de sécurité"); a prompt
that asks for a check or a review (the writer's check), or for ticks or a checklist (the ticked lines).
"""
from __future__ import annotations

import functools
import re
from typing import Iterator

from rubric_plugin.shaping.claims_more11 import _AS_ASKED, _CHECK_ASKED

_I = re.IGNORECASE

#: language -> (fit words, the user's instructions, "all", instruction nouns, checked, clean); "" where none
_LEX: dict[str, tuple[str, str, str, str, str, str]] = {
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
_AS_ASKED_MORE = (r"tal\s+com\s+(?:ho\s+)?(?:demanaves|demanes|demanàveu|has\s+demanat|heu\s+demanat|vas\s+demanar)|com\s+(?:has|heu)\s+demanat|"
                  r"soos\s+(?:jy|u)\s+(?:gevra|versoek)\s+het|ngendlela\s+o(?:yi)?cele\s+ngayo|njengoba\s+ucelile|njengoko\s+ucelile|"
                  r"kako\s+ste\s+(?:tražili|tražila|zatražili)|како\s+сте\s+(?:тражили|затражили)|zoals\s+(?:je|u)\s+(?:vroeg|wilde|hebt\s+gevraagd)|"
                  r"ganito\s+ang\s+hiniling\s+mo|sebagaimana\s+(?:diminta|yang\s+(?:anda|kamu)\s+minta)|jinsi\s+ulivyoomba|"
                  r"آپ\s+(?:کی|کے)\s+(?:ہدایات|درخواست)\s+کے\s+(?:عین\s+)?مطابق|طبق\s+(?:درخواست|خواسته)\S*\s+شما|كما\s+طلبت|"
                  r"आपके\s+(?:निर्देशानुसार|कहे\s+अनुसार)|जैसा\s+आपने\s+(?:कहा|मांगा)|আপনার\s+অনুরোধ\s+অনুযায়ী|যেমনটা\s+চেয়েছিলেন|"
                  r"όπως\s+ακριβώς\s+ζητήσατε|ตามที่(?:คุณ)?ขอ|cum\s+ai\s+cerut|cum\s+ați\s+cerut|jak\s+(?:jsi|jste)\s+chtěl\w*|ako\s+ste\s+chceli|"
                  r"ahogy\s+kérted|istediğiniz\s+gibi|istediğin\s+gibi|podle\s+zadání|podľa\s+zadania|według\s+polecenia")
_EXACT = (r"exactly|precisely|to\s+the\s+letter|exactement|à\s+la\s+lettre|exactamente|al\s+pie\s+de\s+la\s+letra|al\s+peu\s+de\s+la\s+lletra|"
          r"exactament|esattamente|alla\s+lettera|exatamente|à\s+risca|genau|buchstabengetreu|precies|naar\s+de\s+letter|presies|dokładnie|"
          r"co\s+do\s+joty|přesně|presne|tam\s+olarak|harfiyen|точно|в\s+точности|pontosan|täsmälleen|exakt|nøyaktig|præcis|ακριβώς|tepat|"
          r"persis|chính\s+xác|正確に|정확히|正好|بالضبط|دقیقاً|عین|बिल्कुल|ঠিক|ตรงตาม|ทุกประการ|sawasawa|točno|tačno|тачно|întocmai|exact|"
          r"yn\s+union|ngqo|kahle\s+kakhulu")
_DONE = (r"gedoen|gedaan|fet|feta|hecho|fait|fatto|feito|erledigt|zrobione|zrobiłem|zrobiłam|hotovo|yaptım|сделано|выполнено|urađeno|"
         r"урађено|ngiwuqedile|ngiqedile|ngenzile|ndiyigqibile|nimemaliza|selesai|xong|completat|ολοκληρώθηκε|tehty|kész")
_BLOCK = re.compile(r"[?？]|\b(?:if|si|wenn|falls|ob|se|als|indien|ako|ak|ha|eğer|jeśli|jeżeli|pokud|dacă|если|ако|αν|must|should|"
                    r"muss|müssen|sollte|doit|devez|debe|deve|moet|musí|musi|muszą|musejí|musia|trebuie|treba|trebaju|morate|mora|moraju|moraš|"
                    r"должн\w*|мора|морају|морате|мораш|треба|требају|πρέπει|please|bitte|"
                    r"veuillez|por\s+favor|per\s+favore|proszę|prosím|lütfen|molim|vă\s+rog|asseblief|alstublieft|tafadhali|silakan|"
                    r"pastikan|hakikisha|check|kontroluj|zkontrolujte|skontrolujte|provjerite|проверите|prüfen\s+sie|vérifiez|"
                    r"verifique|sprawdź|kontrol\s+edin|controleer|kontroleer|merci\s+de|n['’]oubliez|soient|soit|achten\s+sie|darauf\s+achten|"
                    r"stellen\s+sie\s+sicher|sicherstellen|dass|zorg|zorgen|ervoor\s+dat|убедитесь|проверьте|нужно|необходимо|следует|чтобы|"
                    r"aby|ujistěte|uistite|pobrinite|emin\s+olun|gerek\w*|\w+m[ae]l[ıi]d[ıi]r|ли|harus|wajib|perlu|devi|devono|dovete|"
                    r"tienes\s+que|hay\s+que|tem\s+de|tem\s+que|precisa)\b|"
                    r"(?<!\S)(?:تأكد|تأكدي|تأكدوا|ينبغي|مطمئن|सुनिश्चित|अनिवार्य|जरूरी|ज़रूरी|لطفا|لطفاً|باید|آیا|يجب|هل|عليك|कृपया|चाहिए|क्या|অনুগ্রহ|উচিত|কি|ضروری|براہ|کیا)(?!\S)|ください|べき|必要|ますか|ですか|なければ|กรุณา|โปรด|(?<!ถูก)ต้อง|ไหม|หรือไม่|እባክ|ያስፈልጋል", _I)
_NEG = re.compile(r"\b(?:not|no|non|ne|nie|не|nu|niet|nicht|kein\w*|pas|não|nem|δεν|değil|ei|nije|није|nejsou|není|nie\s+sú|tidak|belum|"
                  r"geen|nie|inte|ikke|ej)\b|ません(?!。?$)|ていない|なかった|(?<!\S)(?:نیست|نمی\S*|نه|ليس|لا|لم|नहीं|না|نہیں)(?!\S)|ไม่|አይደለም", _I)
#: an exception ("all requirements met, except the noise limit"): a report on something with its gaps, not a claim
_EXCEPT = re.compile(r"\b(?:except|excepting|apart\s+from|save\s+for|außer|ausgenommen|bis\s+auf|sauf|excepté|hormis|excepto|salvo|"
                     r"tranne|eccetto|exceto|кроме|за\s+исключением|крім|oprócz|poza|kromě|okrem|hariç|dışında|behalve|utom|undtagen|"
                     r"bortsett|paitsi|kivéve|exceptând|osim|осим|kecuali|εκτός)\b|除了|以外|を除|제외|ยกเว้น|باستثناء|به\s+جز|सिवाय", _I)
#: spaced scripts match whole words; the others (Arabic script, Indic, Thai, Ethiopic) as substrings
_UNSPACED = {"bn", "fa", "ur", "am", "ar", "hi", "th", "ja", "mr_ne", "pa", "gu", "te", "kn", "ml"}
_LETTER = "[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff]"


def _rx(pattern: str, spaced: bool) -> re.Pattern | None:
    if not pattern:
        return None
    return re.compile(r"(?<!" + _LETTER + r")(?:" + pattern + r")(?!" + _LETTER + r")" if spaced else "(?:" + pattern + ")", _I)


_INDIC = {"hi", "bn", "mr_ne", "pa", "gu", "te", "kn", "ml"}
#: in the Indic scripts "all" stands between spaces (a short word such as Hindi "हर" hides inside others)
@functools.lru_cache(maxsize=None)
def _compiled(lang: str) -> tuple[re.Pattern | None, ...]:
    """The word classes of ``lang``, compiled on first use (a text wakes only the languages whose words it holds)."""
    return tuple(_rx(r"(?<!\S)(?:" + p + r")(?!\S)" if i == 2 and p and lang in _INDIC else p, lang not in _UNSPACED)
                 for i, p in enumerate(_LEX[lang]))
_AS_ASKED_RE = re.compile(r"(?<!\w)(?:" + _AS_ASKED + "|" + _AS_ASKED_MORE + r")(?!\w)", _I)
_EXACT_RE = re.compile(r"(?<!\w)(?:" + _EXACT + r")(?!\w)", _I)
_ALL_OR_DONE = re.compile(r"(?<!\w)(?:all|every|everything|tout|toutes|todo|todos|todas|alles|alle|tutto|tudo|wszystko|всё|все|vše|všetko|"
                          r"her\s+şey|όλα|totul|semua|sve|све|tot|" + _DONE + r")(?!\w)", _I)
#: a delivery phrase ("here is everything, as you asked"): the answer handed over, not vouched for
_DELIVERY = re.compile(r"(?<!\w)(?:here\s+is|here['’]s|aquí\s+(?:tienes|tiene|está|están)|voici|voilà|hier\s+(?:ist|sind|is|zijn)|ecco|"
                       r"aqui\s+(?:está|estão)|вот|oto|işte|här\s+är|tässä|itt\s+(?:van|vannak)|berikut|đây\s+là|ispod\s+je|evo|ето|iată|"
                       r"hieronder|hier\s+is|以下|下面|여기|إليك|در\s+ادامه|यह\s+रहा|নিচে|นี่คือ)(?!\w)", _I)
_CLAUSE = re.compile(r"(?:^|(?<=[:;—–]))[^:;—–]*")
_SENTENCE = re.compile(r"[^.!?。！？۔\n]+[.!?。！？۔]*")

# --- a compliance label with a top value, in any language --------------------------------------------------------------
_FIT_NOUN = (r"zgodność|uygunluk|conformité|conformidad|cumplimiento|conformità|conformidade|übereinstimmung|einhaltung|konformität|"
             r"naleving|соответствие|відповідність|shoda|súlad|megfelelés|vastavus|atbilstība|atitiktis|skladnost|usklađenost|усклађеност|"
             r"conformitate|respectarea|συμμόρφωση|overensstämmelse|overholdelse|samsvar|noudattaminen|kesesuaian|kepatuhan|tuân\s+thủ|"
             r"準拠|遵守|준수|符合度|符合性|遵循度|התאמה|עמידה|مطابقة|الالتزام|التزام|انطباق|مطابقت|अनुपालन|पालन|সম্মতি|ความสอดคล้อง|"
             r"ufuataji|pagsunod|compliance|adherence|conformance|uyum|uyma")
_INSTR_NOUN = (r"polece\w*|instrukcj\w*|wymaga\w*|talimat\w*|gereksinim\w*|istek\w*|consignes?|instructions?|exigences?|instrucciones|"
               r"requisitos?|indicaciones|istruzion\w+|requisiti|instruções|anweisung\w*|vorgabe\w*|anforderung\w*|instructies|eisen|"
               r"инструкци\w*|требовани\w*|заданию|задани\w*|інструкці\w*|вимог\w*|pokyn\w*|zadání|zadania|požadav\w*|utasítás\w*|"
               r"juhis\w*|norādījum\w*|nurodym\w*|navodil\w*|uput\w*|zahtjev\w*|cerinț\w*|instrucțiun\w*|οδηγί\w*|απαιτήσ\w*|instruktion\w*|"
               r"krav\w*|ohje\w*|instruksi|perintah|yêu\s+cầu|hướng\s+dẫn|指示|要件|要求|지시|요구|הוראות|דרישות|التعليمات|المتطلبات|تعليمات|"
               r"دستور\S*|خواسته\S*|निर्देश\S*|নির্দেশ\S*|คำสั่ง|maagizo|panuto|brief|prompt|request")
_TOP_VALUE = (r"100\s*%|full|fully|tam|pełna|pełny|całkowita|vollständig|voll|complète|totale?|completa|completo|plena|полное|полная|повна|"
              r"úplná|úplné|plná|teljes|täielik|pilna|visiška|popolna|potpuna|потпуна|deplină|πλήρης|fuld|täysi|penuh|đầy\s+đủ|完全|완전|"
              r"מלאה|كاملة|کامل|पूर्ण|সম্পূর্ণ|สมบูรณ์|kamili|buo|[✓✔✅☑]|yes|ja|tak|evet|sí|si|oui|да|так|ano|áno|igen|jah|jā|taip|"
              r"ναι|ya|có|はい|예|是|כן|نعم|بله|हाँ|হ্যাঁ|ใช่|ndiyo")
_FIT_LABEL = re.compile(r"^\W{0,4}(?=[^\n:]{0,60}(?:" + _FIT_NOUN + r"))(?=[^\n:]{0,60}(?:" + _INSTR_NOUN + r"))[^\n:|]{2,60}[:=|]\s*\**\s*(?:"
                        + _TOP_VALUE + r")(?:\s*[.!✓✔✅]?\s*)\|?\s*$", re.IGNORECASE | re.MULTILINE)
_TABLE_ASKED = re.compile(r"table|matrix|checklist|compliance|tabla|tableau|tabelle|tabel|tablica|tablo|таблиц|表", _I)

# --- ticked constraints -------------------------------------------------------------------------------------------------
_CONSTRAINT = (r"length|format|tone|style|structure|word\s+(?:limit|count)|scope|language|accuracy|rozsah|formát|tón|styl|štýl|délka|dĺžka|"
               r"přesnost|presnosť|länge|ton|stil|umfang|longueur|ton|style|longitud|formato|tono|estilo|extensión|lunghezza|comprimento|"
               r"длина|объ[её]м|формат|тон|стиль|довжина|długość|styl|uzunluk|biçim|üslup|lengte|opmaak|toon|omvang|längd|lengde|pituus|"
               r"muoto|hossz|formátum|hangnem|μήκος|μορφή|ύφος|lungime|ton|panjang|gaya|độ\s+dài|định\s+dạng|giọng|長さ|形式|文字数|字数|格式|"
               r"语气|길이|형식|어조|אורך|פורמט|טון|الطول|التنسيق|النبرة|طول|قالب|لحن|शब्द\s+सीमा|प्रारूप|लंबाई|सटीकता|टोन|শব্দসীমা|"
               r"দৈর্ঘ্য|ফরম্যাট|ความยาว|รูปแบบ|น้ำเสียง")
_TICK = "✓✔✅☑"
_TICK_ITEM = re.compile(r"[" + _TICK + r"]\ufe0f?\s*([^" + _TICK + r"\n]{1,30}?)\s*(?=[" + _TICK + r"]|$)|([^" + _TICK + r"\n:]{1,30}?)\s*[" + _TICK + r"]", re.M)
_CONSTRAINT_RE = re.compile(r"(?<!\w)(?:" + _CONSTRAINT + r")(?!\w)", _I)
_INSTR_HEAD = re.compile(r"^\W{0,4}(?:" + _INSTR_NOUN + r")\W{0,3}$", re.IGNORECASE | re.MULTILINE)
#: a ticked line under the instructions that says what was done with them (or names a constraint)
_DONE_WITH = re.compile(r"(?<!\w)(?:read|understood|followed|met|done|applied|respected|satisfied|honou?red|checked|gelesen|verstanden|befolgt|"
                        r"erfüllt|eingehalten|lu|compris|suivi|respecté|leído|entendido|seguido|cumplido|letto|capito|seguito|rispettato|lido|"
                        r"cumprido|прочитано|понято|выполнено|соблюдено|przeczytane|zrozumiane|spełnione|wykonane|okundu|anlaşıldı|uygulandı|"
                        r"gelezen|begrepen|gevolgd|přečteno|splněno|dodrženo|" + _CONSTRAINT + r")\w{0,2}(?!\w)", _I)
_TICKS_ASKED = re.compile(r"tick|check\s*-?\s*box|checklist|check\s*-?\s*list|[" + _TICK + r"]|\[x\]|abhak|cocher|casilla|spunt|odhacz|"
                          r"galka|галочк|işaret|aanvink|zaškrt", _I)


_PARTICIPLE = (r"met|followed|satisfied|respected|fulfill?ed|honou?red|eingehalten|erfüllt|erfuellt|befolgt|umgesetzt|cumplid[oa]s?|"
               r"respetad[oa]s?|respecté(?:e|s|es)?|suivi(?:e|s|es)?|rispettat[eio]|soddisfatt[eio]|cumprid[oa]s?|atendid[oa]s?|выполнены|"
               r"соблюдены|spełnione|karşılandı|uyuldu|voldaan|nageleefd|splněn[oy]|dodržen[oy]|uppfyllda|opfyldt|oppfylt|täytetty|"
               r"teljesítve|îndeplinite|respectate|ispunjen[io]|испуњен[иo]|terpenuhi|dipenuhi")
_YES = r"true|yes|y|ja|sí|si|oui|sì|sim|да|tak|evet|ano|áno|igen|jah|ναι|ya|1|ok|[✓✔✅☑]"
_FLAG_LINE = re.compile(r"^\W{0,4}(?:all\s+|alle\s+|todos\s+los\s+|toutes\s+les\s+)?(?:" + _INSTR_NOUN + r")\s+(?:" + _PARTICIPLE
                        + r")\s*[:=|]\s*\**\s*(?:" + _YES + r")\W{0,3}(?:(?:#|//|--|;)[^\n]*)?$", re.IGNORECASE | re.MULTILINE)


#: "all" and an instruction noun within two words of it, per language ("Сви захтеви", "todos os critérios")
@functools.lru_cache(maxsize=None)
def _all_noun(lang: str) -> re.Pattern | None:
    every, noun = _LEX[lang][2], _LEX[lang][3]
    if not (every and noun):
        return None
    if lang in _UNSPACED:
        return re.compile(r"\W{0,3}(?:" + every + r")(?:\s*\S+){0,2}?\s*(?:" + noun + ")", _I)
    return re.compile(r"\W{0,3}(?:" + every + r")(?!\w)(?:\s+\S+){0,2}?\s+(?:" + noun + r")(?!\w)", _I)
#: the answer or the text named (a claim about instructions that names neither may be about a product, a permit, a course)
_SELF = re.compile(r"(?<!\w)(?:answer|response|reply|text|antwort|réponse|texte|respuesta|texto|risposta|testo|resposta|ответ\w*|текст\w*|"
                   r"відповід\w*|odpowied\w*|tekst\w*|yanıt\w*|cevap\w*|metin\w*|antwoord|svar\w*|vastau\w*|válasz\w*|jawaban|câu\s+trả\s+lời|"
                   r"răspuns\w*|απάντησ\w*|κείμενο|odgovor\w*|одговор\w*|odpověď|odpoveď|ateb|atebiad|anfrage|aufgabenstellung|zadání|zadania|zadatka|"
                   r"задатка|заданию|brief|brîff|prompt|enunciado|opdracht)(?!\w)|الإجابة|الجواب|النص|پاسخ|جواب|متن|"
                   r"उत्तर|জবাব|উত্তর|คำตอบ|回答|答案|답변|응답|መልስ", _I)
_LEAD_LABEL = re.compile(r"^\W{0,4}(?:[^:：\n]{1,40}[:：]\s*)?")
_TRANSLATE_ASKED = re.compile(r"translat|traduc|traduz|übersetz|tradu[ci]|переве|перекла|przetłumacz|çevir|vertaal|翻译|翻譯|翻訳|번역|ترجم", _I)


def _alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a regular expression."""
    out, depth, start, i = [], 0, 0, 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        depth += c in "([" and 1 or 0
        depth -= c in ")]" and 1 or 0
        if c == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
        i += 1
    return out + [pattern[start:]]


def _gate(*patterns: str) -> tuple[str, ...] | None:
    """Literal openings (lower case) one of which any match of ``patterns`` starts with, or None where some alternative
    opens with no literal of two characters (then the patterns are always tried)."""
    heads = []
    for pattern in patterns:
        for alt in _alternatives(pattern) if pattern else []:
            head = re.match(r"[^\\()\[\]{}?*+.|^$]*", alt).group(0)
            if len(head) < 2 or head[-1:] and alt[len(head):len(head) + 1] in ("?", "*", "{") and len(head) < 3:
                return None
            heads.append((head[:-1] if alt[len(head):len(head) + 1] in ("?", "*", "{") else head).lower())
    return tuple(heads)


#: per language, the openings of its fit and checking words: a language is read only where the text holds one
_GATES = {lang: _gate(parts[0], parts[4]) for lang, parts in _LEX.items()}


def _fits(lang: str, sent: str, fit: re.Pattern, yours: re.Pattern | None, translating: bool) -> bool:
    """A fit word with the user's instructions; or (outside a translation) with "all" and an instruction noun that lead the
    sentence or sit in one that names the answer."""
    if not fit.search(sent) or _NEG.search(sent):
        return False
    if yours is not None and yours.search(sent):
        return True
    all_noun = _all_noun(lang)
    if translating or all_noun is None or not all_noun.search(sent) or _EXCEPT.search(sent):
        return False
    return bool(all_noun.match(sent[_LEAD_LABEL.match(sent).end():])) or bool(_SELF.search(sent))


#: a verb of writing: what was done "exactly as you asked" is then the text ("redactado", "geschrieben", "написан")
_WRITTEN = re.compile(r"(?<!\w)(?:writ\w*|wrote|draft\w*|escrit\w*|redact\w*|écri\w*|rédig\w*|geschrieben|verfasst|formuliert|scritt\w*|"
                      r"redatt\w*|napisa\w*|написа\w*|сформулирова\w*|yazd\w*|yazıl\w*|geschreven|opgesteld|γράφτηκε|έγραψα|"
                      r"διατυπώ\w*|ditulis|menulis|viết|sepsa\w*|sestavil\w*|skrev\w*|skriv\w*|kirjoit\w*|megírt\w*|scris\w*)(?!\w)", _I)


#: how often or how carefully the check was made ("triput", "ξανά", "بعناية"): no object
_AGAIN = re.compile(r"(?<!\w)(?:twice|thrice|again|carefully|thoroughly|dvaput|dvaputa|triput|triputa|ponovno|ponovo|pažljivo|temeljito|"
                    r"двапут|трипут|поново|пажљиво|δύο\s+φορές|τρεις\s+φορές|ξανά|προσεκτικά|dos\s+veces|tres\s+veces|otra\s+vez|"
                    r"cuidadosamente|de\s+nuevo)(?!\w)|مرتين|ثلاث\s+مرات|بعناية|مجددا|مجددًا|دوباره|دو\s+بار|سه\s+بار|با\s+دقت|"
                    r"สองครั้ง|อีกครั้ง|อย่างละเอียด|दो\s+बार|दोबारा|ध्यान\s+से", _I)


def _bare(sent: str, *found: re.Pattern | str) -> bool:
    """Whether the claim in ``sent`` is about the answer: the answer or the text is named ("Odgovor sam provjerio ..."), or
    nothing else is, no word of five letters or more outside the claim's own words up to its end ("Provjerio sam triput
    i nema pogreške"; not "Provjerio sam sve račune i nema pogreške", an accountant on the invoices). The last of
    ``found`` may be a language code: in the scripts without spaces between words, four letters are a word."""
    if _SELF.search(sent) or _WRITTEN.search(sent):
        return True
    lang = found[-1] if isinstance(found[-1], str) else ""
    spans = [m.span() for p in found if not isinstance(p, str) for m in p.finditer(sent)]
    if not spans:
        return False
    end = max(b for _, b in spans)
    rest = list(sent[:end])
    for a, b in spans + [m.span() for m in _AGAIN.finditer(sent[:end])]:
        rest[a:b] = " " * (b - a)
    if lang in _UNSPACED:
        return len(re.sub(r"[\s\W\d_]", "", "".join(rest))) <= 5
    return not any(len(re.sub(r"[\W\d_]", "", w)) >= 5 for w in "".join(rest).split())


def _sentence_claims(text: str, prompt: str) -> Iterator[tuple[str, int, int]]:
    checked_asked = bool(prompt) and bool(_CHECK_ASKED.search(prompt))
    translating = bool(prompt) and bool(_TRANSLATE_ASKED.search(prompt))
    # one look over the whole text per language: a sentence can hold a fit or a check only where the text does
    low = text.lower()
    active = [(lang, _compiled(lang)) for lang in _LEX if _GATES[lang] is None or any(h in low for h in _GATES[lang])]
    as_asked = bool(_AS_ASKED_RE.search(text))
    if not active and not as_asked:
        return
    for s in _SENTENCE.finditer(text):
        sent = s.group(0)
        if len(sent) > 400 or _BLOCK.search(sent):
            continue
        for lang, (fit, yours, every, noun, checked, clean) in active:
            if fit and _fits(lang, sent, fit, yours, translating):
                yield f"says it fits the instructions ({lang})", s.start(), s.end()
                return
            if checked and clean and not checked_asked and checked.search(sent) and clean.search(sent) and _bare(sent, checked, clean, lang):
                yield f"reports its own check as clean ({lang})", s.start(), s.end()
                return
        m = _AS_ASKED_RE.search(sent) if as_asked else None
        clause = _CLAUSE.findall(sent[:m.start()])[-1] + sent[m.start():].split(":")[0] if m else ""
        if (m and not _NEG.search(sent) and not _DELIVERY.search(sent) and (_EXACT_RE.search(sent) or _ALL_OR_DONE.search(sent))
                and _bare(clause, _AS_ASKED_RE, _EXACT_RE, _ALL_OR_DONE, _DELIVERY)):
            yield "says it is exactly as asked", s.start(), s.end()
            return


def _ticked(text: str, prompt: str) -> Iterator[tuple[str, int, int]]:
    if prompt and _TICKS_ASKED.search(prompt):
        return
    pos = 0
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if sum(line.count(t) for t in _TICK) >= 3:
            items = [(a or b).strip() for a, b in _TICK_ITEM.findall(line)]
            if sum(bool(_CONSTRAINT_RE.search(x)) and len(x.split()) <= 3 for x in items) >= 2:
                yield "checks off the constraints", pos, pos + len(line)
                return
        below = lines[i + 1:i + 3]
        if (_INSTR_HEAD.match(line) and len(below) == 2 and all(any(t in ln for t in _TICK) and len(ln) < 60 for ln in below)
                and any(_DONE_WITH.search(ln) for ln in below)):
            yield "checks off the instructions", pos, pos + len(line)
            return
        pos += len(line) + 1


def i18n12_claims(text: str, prompt: str = "") -> Iterator[tuple[str, int, int]]:
    """``(label, start, end)`` of each claim in one of the readings above."""
    yield from _sentence_claims(text, prompt)
    pos = 0
    table_asked = bool(prompt) and bool(_TABLE_ASKED.search(prompt))
    for line in text.split("\n"):
        if len(line) < 200 and (":" in line or "=" in line or "|" in line):
            if _FLAG_LINE.match(line):
                yield "flags the instructions as met", pos, pos + len(line)
            if not table_asked and _FIT_LABEL.match(line):
                yield "labels its own compliance", pos, pos + len(line)
        pos += len(line) + 1
    if any(t in text for t in _TICK):
        yield from _ticked(text, prompt)
