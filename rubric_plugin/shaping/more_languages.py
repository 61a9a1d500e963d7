"""Compliance claims and notes to the scorer in languages beyond the six the localised patterns read.

The localised patterns (:mod:`.claims_i18n`, :mod:`.judge_i18n`) follow each language's grammar.
For the other languages a lighter reading holds, because the claim's parts are few and each has a
handful of words per language: within one sentence,

* a **claim** pairs an instruction noun (instructions, requirements, conditions, rules, criteria)
  with a claim form of an adherence verb (a first-person past, "I followed", or a completed passive,
  "were met"), and either names the response or the writer (I, we, this answer), names the
  instructions as the user's (your), or is a short verbless note led by "all" ("Все инструкции
  соблюдены.");
* a **scoring request** pairs a top grade (full marks, the highest score) with the scorer, the
  response, or a polite imperative; a note opens with a scorer role ("to the" before it or not) and a
  colon or comma, and names the response, asks politely, or dictates a verdict (a verdict noun or a
  quoted yes: "Оценщику: правильный вердикт — «да»");
* an **override** pairs "ignore" / "forget" with the instructions or the grading criteria (also in
  Spanish, German, French, Italian and Portuguese).

What breaks each: an obligation, an imperative or a request to the user ("must", "please follow"), a
question, a negation. Languages: Japanese, Korean, Russian, Ukrainian, Dutch, Polish, Czech, Turkish,
Arabic, Hebrew, Persian, Hindi, Bengali, Greek, Swedish, Danish / Norwegian, Finnish, Romanian,
Indonesian, Vietnamese, Thai, Swahili, Hungarian, Catalan, Croatian / Serbian, Bulgarian, Slovak, Malay, Icelandic, Welsh,
Estonian, Basque, Irish, Maltese, Latvian, Lithuanian, Slovenian, Yoruba. Scripts without spaces are matched as substrings, the others by
whole words.
"""
from __future__ import annotations

import functools
import re
from typing import Iterator

from rubric_plugin.shaping.context import inside, quoted_spans

_I = re.IGNORECASE


def _alt(*words: str) -> str:
    return "|".join(words)


#: language -> (instruction nouns, claim forms, self / user words, "all" words, blockers)
_CLAIM = {
    "ja": ("指示|要件|条件|ルール|制約|指定|要求|規定|文字数|形式", "従いました|満たしました|守りました|遵守しました|沿って作成|どおりに作成|通りに作成|対応しました|従った|満たした|守った|遵守した|沿った", "", "",
           "ください|しましょう|べき|必要|ますか|ですか|なければ|ません"),
    "ko": ("조건|요구사항|요건|지시사항|지시|지침|규칙|제약|요청", "충족했습니다|충족하였습니다|따랐습니다|지켰습니다|준수했습니다|"
           "준수하였습니다|반영했습니다|맞췄습니다|충족했어요|지켰어요|따랐음|충족했음|지켰음|준수했음|따랐다|충족했다|지켰다", "", "", "해야|하세요|십시오|주세요|까요|나요|않|못"),
    "ru": (r"инструкци\w*|требовани\w*|услови\w*|указани\w*|правил\w*|критери\w*|ограничени\w*|пожелани\w*",
           r"выполнил\w*|соблюл\w*|соблюден\w*|соблюдён\w*|выполнен\w*|учтен\w*|учтён\w*|учёл|учел|следовал\w*|придерживал\w*|"
           r"соответствует|удовлетворяет|удовлетворен\w*",
           r"я|мы|ваш\w*|тво\w*|этот\s+ответ|данный\s+ответ|ответ", r"все|всем|всех|каждое|каждому",
           r"должн\w*|нужно|необходимо|следуйте|соблюдайте|выполните|проверьте|проверяет|ли|не|если|пожалуйста"),
    "nl": (r"instructies|eisen|vereisten|voorwaarden|regels|richtlijnen|criteria|opdracht|wensen",
           r"gehouden|gevolgd|vervuld|voldaan|nageleefd|opgevolgd|gerespecteerd|voldoet|voldoen|verwerkt|toegepast",
           r"ik|wij|we|je|jouw|uw|dit\s+antwoord|deze\s+tekst|mijn\s+antwoord", r"alle|elke|iedere",
           r"moet|moeten|volg|zorg|als|of|niet|geen|lees|controleer"),
    "pl": (r"instrukcj\w*|wymagani\w*|wymogi|warunk\w*|polece\w*|zasad\w*|kryteri\w*|ogranicze\w*",
           r"spełnion\w*|spełniłe[mś]|spełniłam|wykonałe[mś]|wykonałam|przestrzegałe[mś]|przestrzegałam|zastosowałe[mś]|"
           r"uwzględniłe[mś]|uwzględnion\w*|dotrzymałe[mś]|zachowałe[mś]|zachowan\w*|wykonan\w*|zrealizowan\w*|przestrzegan\w*",
           r"ja|my|twoje|twoich|twoim|pana|pani|wasze|ta\s+odpowiedź|spełniłe[mś]|wykonałe[mś]|przestrzegałe[mś]|wykonałam|potwierdzam|zapewniam",
           r"wszystkie|każde|każdy", r"należy|trzeba|musisz|muszą|musi|proszę|sprawdź|przeczytaj|czy|nie"),
    "tr": (r"talimat\w*|gereksinim\w*|koşul\w*|kural\w*|şart\w*|yönerge\w*|kriter\w*|istek\w*|madde\w*|istenen\s+(?:her\s+)?madde\w*",
           r"uydum|uyduk|uyguladım|karşıladım|karşılandı|karşılanmıştır|yerine\s+getirdim|yerine\s+getirildi|takip\s+ettim|"
           r"riayet\s+ettim|uyulmuştur|uyuldu|uyduğ\w*|uyulduğ\w*|karşıladığ\w*|getirdiğ\w*", r"uydum|uyduk|uyguladım|karşıladım|getirdim|ettim|yanıtım|cevabım|istenen|\w+ınıza|\w+inize|\w+unuza|\w+ünüze",
           r"tüm|bütün|her", r"uyun|uymalı\w*|gerek(?:ir|iyor|li|mekte)\w*|lazım|lütfen|mi|mı|mu|değil"),
    "ar": ("التعليمات|تعليمات|المتطلبات|الشروط|القواعد|الإرشادات|المعايير|القيود",
           "التزمت|اتبعت|نفذت|استوفيت|راعيت|طبقت|اتبعنا|التزمنا", "", "",
           "يجب|اقرأ|عليك|هل|لا "),
    "hi": ("निर्देश|आवश्यकता|शर्त|नियम|मानदंड|दिशानिर्देश", "पालन किया|पूरा किया|पूरी की|पूरी कर दी|ध्यान रखा|अनुसरण किया",
           "", "", "करें|कीजिए|चाहिए|क्या|नहीं"),
    "sv": (r"instruktion\w*|krav(?:en)?|villkor\w*|regler\w*|riktlinjer\w*|kriterier\w*",
           r"följt|följts|respekterats|efterlevts|beaktats|uppfyllt|uppfyllda|uppfyllts|respekterat|efterlevt|hållit\s+mig|följer",
           r"jag|vi|dina|din|era|detta\s+svar|svaret", r"alla|varje", r"måste|ska|följ|läs|om|inte|bör|kontrollera"),
    "id": (r"instruksi|persyaratan|syarat|ketentuan|aturan|petunjuk|kriteria|permintaan",
           r"(?:sudah|telah)\s+(?:saya\s+)?(?:mengikuti|memenuhi|mematuhi|menaati|dipenuhi|dipatuhi|diikuti|ikuti|penuhi|patuhi)",
           r"saya|aku|kami|anda|kamu|jawaban\s+ini", r"semua|setiap|seluruh", r"harus|wajib|silakan|pastikan|apakah|tidak|belum|jika"),
    "vi": (r"hướng\s+dẫn|yêu\s+cầu|điều\s+kiện|quy\s+tắc|tiêu\s+chí|chỉ\s+dẫn|quy\s+định",
           r"đã\s+(?:được\s+)?(?:tuân\s+thủ|làm\s+theo|làm\s+đúng|đáp\s+ứng|tuân\s+theo|thực\s+hiện\s+(?:đúng|đầy\s+đủ)|hoàn\s+thành|"
           r"bám\s+sát|thỏa\s+mãn|thoả\s+mãn)|đều\s+được\s+(?:đáp\s+ứng|tuân\s+thủ|thực\s+hiện|thỏa\s+mãn|thoả\s+mãn)",
           r"tôi|chúng\s+tôi|bạn|câu\s+trả\s+lời\s+này", r"tất\s+cả|mọi", r"hãy|phải|cần|nên|không|chưa"),
    "uk": (r"інструкці\w*|вимог\w*|умов\w*|вказів\w*|правил\w*|критері\w*",
           r"виконав\w*|дотримав\w*|дотримано|виконано|виконані|дотримані|врахован\w*|врахував\w*",
           r"я|ми|ваш\w*|тво\w*|ця\s+відповідь", r"всі|усі|кожн\w*",
           r"повинн\w*|потрібно|необхідно|дотримуйтесь|виконайте|перевірте|чи|не|якщо|будь\s+ласка"),
    "cs": (r"pokyn\w*|požadav\w*|podmín\w*|pravidl\w*|kritéri\w*|instrukc\w*|zadání",
           r"splnil\w*|dodržel\w*|splněn\w*|dodržen\w*|řídil\w*|splňuje|dodržuje", r"já|jsem|jsme|vaše|vašich|vašim|tvoje|tato\s+odpověď|odpověď|text|požadovan\w*",
           r"všechny|všech|každ\w*", r"musí|musíte|je\s+třeba|dodržujte|přečtěte|zda|ne|pokud|prosím"),
    "el": (r"οδηγί\w*|απαιτήσ\w*|προϋποθέσ\w*|κανόν\w*|κριτήρι\w*", r"ακολούθησα|τήρησα|εκπλήρωσα|ικανοποίησα|τηρήθηκαν|"
           r"πληρούνται|ικανοποιήθηκαν|ακολουθήθηκαν|τηρούνται", r"ακολούθησα|τήρησα|εκπλήρωσα|ικανοποίησα|σας|σου|αυτή\s+η\s+απάντηση",
           r"όλες|όλα|όλοι|κάθε", r"πρέπει|ακολουθήστε|διαβάστε|αν|δεν|παρακαλώ"),
    "he": ("הוראות|דרישות|תנאים|כללים|הנחיות|קריטריונים", "עמדתי|מילאתי|פעלתי|קיימתי|קוימו|מולאו|יושמו", "", "",
           "חייב|צריך|אנא|האם|לא |קרא|יש ל"),
    "th": ("คำสั่ง|ข้อกำหนด|เงื่อนไข|กฎ|คำแนะนำ|เกณฑ์", "ได้ทำตาม|ได้ปฏิบัติตาม|ครบถ้วนแล้ว|ครบทุกข้อ|ทำตามทุก|ทั้งหมดแล้ว|ทำตาม\\S{0,30}?แล้ว|ปฏิบัติตาม\\S{0,30}?แล้ว", "ฉัน|ผม|ดิฉัน|เรา|ของคุณ|คำตอบนี้|ทั้งหมดแล้ว", "",
           "กรุณา|โปรด|ต้อง|ควร|ไหม|หรือไม่|ไม่"),
    "da_no": (r"instruksjon\w*|instruks\w*|krav(?:ene)?|betingelse\w*|regl\w*|retningslinje\w*|kriteri\w*",
              r"fulgt|oppfylt|opfyldt|overholdt|respektert|respekteret|etterlevd|efterlevet",
              r"jeg|vi|dine|deres|ditt|dit|dette\s+svar(?:et)?", r"alle|hver|hvert", r"må|skal|bør|følg|les|læs|hvis|ikke|om"),
    "fi": (r"ohje\w*|vaatimu\w*|ehto\w*|ehdot|sääntö\w*|säännö\w*|kriteer\w*|kohda\w*|kohdat|toive\w*|pyyn\w*|toivei\w*",
           r"noudatin|noudattanut|täytin|täyttänyt|täyttyvät|täyttyivät|noudatettu|täytetty|noudattaa|huomioitu|huomioinut|huomioin|otettu\s+huomioon|"
           r"ottanut\s+huomioon|käsitelty",
           r"minä|olen|noudatin|täytin|tarkistin|varmistin|kävin|sinun|teidän|\w+si|\w+nne|tämä\s+vastaus|vastaus", r"kaikki\w*|jokai\w*",
           r"pitää|täytyy|noudata|lue|jos|ei|onko|tulee|kannattaa"),
    "ro": (r"instrucțiun\w*|instructiun\w*|cerinț\w*|cerint\w*|condiți\w*|reguli\w*|criteri\w*",
           r"am\s+respectat|am\s+urmat|am\s+îndeplinit|am\s+bifat|am\s+acoperit|au\s+fost\s+respectate|au\s+fost\s+îndeplinite|sunt\s+respectate|"
           r"sunt\s+îndeplinite", r"am|tale|dumneavoastră|voastre|acest\s+răspuns", r"toate|fiecare",
           r"trebuie|urmați|citiți|dacă|nu|vă\s+rog"),
    "fa": ("دستورالعمل|دستورات|الزامات|شرایط|قوانین|معیارها", "رعایت کردم|پیروی کردم|برآورده کردم|رعایت شد|پیروی شد|برآورده شد",
           "", "", "باید|لطفا|لطفاً|آیا|نکنید"),
    "bn": ("নির্দেশ|শর্ত|নিয়ম|প্রয়োজনীয়তা", "মেনে চলেছি|পালন করেছি|পূরণ করেছি|অনুসরণ করেছি|মানা হয়েছে|পালন করা হয়েছে|পূরণ করা হয়েছে|অনুসরণ করা হয়েছে", "", "", r"করুন|উচিত|কি |(?<!\S)না(?!\S)"),
    "sw": (r"masharti|sharti|maagizo|agizo|maelekezo|vigezo|kigezo|mahitaji|hitaji|kanuni|matakwa|ombi|maombi",
           r"(?:ni|tu|li|ya|i)me(?:timiza|fuata|zingatia|kidhi|tekeleza|heshimu)\w*|(?:ya|yame|yana|zime|zina)(?:timizwa|fuatwa|zingatiwa|"
           r"kidhiwa|tekelezwa)\w*|(?:li|lime|lina|ki|kime|kina)(?:timizwa|fuatwa|zingatiwa|kidhiwa|tekelezwa)\w*", "", "", r"tafadhali|lazima|unapaswa|je|kama|ikiwa|hakikisha"),
    "hu": (r"követelmény\w*|utasítás\w*|feltétel\w*|szabály\w*|kritérium\w*|előírás\w*",
           r"betartottam|teljesítettem|követtem|figyelembe\s+vettem|teljesült\w*|teljesül|betartva|teljesítve",
           r"betartottam|teljesítettem|követtem|vettem|\w+(?:od|ed|öd|ad)|\w+(?:aid|eid)|ez\s+a\s+válasz|a\s+válasz", r"minden|összes|valamennyi",
           r"kell|kérlek|kérjük|ha|nem|vajon"),
    "ca": (r"instruccions|requisits|criteris|condicions|normes|indicacions",
           r"he\s+(?:seguit|complert|respectat|complit)|hem\s+(?:seguit|complert|respectat)|s['’]han\s+(?:seguit|complert|respectat)|"
           r"(?:seguides|complertes|respectades|complerts|respectats)", r"he|hem|s['’]han|teves|vostres|seves|aquesta\s+resposta",
           r"totes|tots|cada", r"cal|has\s+de|si|no|sisplau"),
    "hr_sr": (r"zahtjev\w*|zahtev\w*|uput\w*|uvjet\w*|uslov\w*|pravil\w*|kriterij\w*",
              r"ispunio|ispunila|poštovao|poštovala|slijedio|slijedila|pratio|pratila|ispunjen\w*|poštovan\w*|ispoštovan\w*",
              r"sam|smo|vaš\w*|tvoj\w*|ovaj\s+odgovor", r"sve|svi|svih|svaki", r"treba|morate|moraš|molim|ako|li|ne"),
    "bg": (r"изискван\w*|инструкци\w*|услови\w*|правил\w*|критери\w*|указани\w*",
           r"спазих|изпълних|следвах|спазени|изпълнени|покрих|покрити", r"аз|ние|ваш\w*|твои\w*|този\s+отговор|спазих|изпълних|следвах",
           r"всички|всяко|всеки", r"трябва|моля|ако|дали|не"),
    "sk": (r"požiadav\w*|pokyn\w*|podmien\w*|pravidl\w*|kritéri\w*",
           r"splnil\w*|dodržal\w*|splnen\w*|dodržan\w*|rešpektoval\w*", r"som|sme|vaš\w*|tvoj\w*|táto\s+odpoveď",
           r"všetky|všetkých|každ\w*", r"musí|treba|prosím|ak|či|nie"),
    # the completed passive ("all requirements were met") in more languages
    "tl": (r"tagubilin|panuto|kinakailangan|kondisyon|patakaran|alituntunin|pamantayan|hinihingi",
           r"nasunod|sinunod|natugunan|tinupad|natupad|sinusunod|sinunod\s+ko", "", "", r"dapat|pakiusap|kung|hindi|ba"),
    "ta": ("அறிவுறுத்தல்|தேவை|நிபந்தனை|விதி|வழிமுறை", "பின்பற்றப்பட்ட|பூர்த்தி\\s*செய்யப்பட்ட|நிறைவேற்றப்பட்ட|பின்பற்றினேன்|பூர்த்தி\\s*செய்தேன்",
           "", "", "வேண்டும்|தயவுசெய்து|இல்லை|வில்லை"),
    "ka": (r"მოთხოვნ\w*|ინსტრუქცი\w*|პირობ\w*|წეს\w*|მითითებ\w*", r"შესრულებულია|დაცულია|დაკმაყოფილებულია|შევასრულე|დავიცავი|გავითვალისწინე",
           "", "", r"უნდა|გთხოვთ|არ|ვერ|თუ"),
    "hy": (r"պահանջ\w*|հրահանգ\w*|պայման\w*|կանոն\w*", r"կատարված|պահպանված|բավարարված|կատարել\s+եմ|պահպանել\s+եմ", "", "", r"պետք|խնդրում|չի|չեն|եթե"),
    "az": (r"tələb\w*|təlimat\w*|şərt\w*|qayda\w*", r"yerinə\s+yetirildi|yerinə\s+yetirilib|riayət\s+edildi|riayət\s+olunub|əməl\s+edildi|"
           r"əməl\s+olundu", "", "", r"lazımdır|zəhmət|deyil|əgər|etməyin"),
    "kk": (r"талап\w*|нұсқау\w*|шарт\w*|ереже\w*", r"орындалды|сақталды|орындалған|сақталған|орындадым|сақтадым", "", "",
           r"керек|өтінемін|емес|егер|жоқ"),
    "uz": (r"talab\w*|ko['‘’]rsatma\w*|shart\w*|qoida\w*", r"bajarildi|bajarilgan|rioya\s+qilindi|amal\s+qilindi|bajardim", "", "",
           r"kerak|iltimos|emas|agar"),
    "af": (r"vereistes|instruksies|voorwaardes|reëls|kriteria", r"nagekom|gevolg|voldoen\s+aan|nagevolg", r"ek|ons|jou|u|hierdie\s+antwoord",
           r"alle|elke", r"moet|asseblief|nie|as|indien"),
    "sq": (r"kërkes\w*|udhëzim\w*|kusht\w*|rregull\w*", r"u\s+plotësuan|janë\s+plotësuar|u\s+ndoqën|janë\s+ndjekur|u\s+respektuan|"
           r"janë\s+respektuar|i\s+plotësova|i\s+ndoqa", "", "", r"duhet|ju\s+lutem|nuk|nëse"),
    "ms": (r"arahan|keperluan|syarat|peraturan|kriteria|permintaan",
           r"(?:telah|sudah)\s+(?:saya\s+)?(?:mematuhi|memenuhi|mengikut|dipatuhi|dipenuhi|diikuti|patuhi|penuhi|ikuti)",
           r"saya|kami|anda|awak|jawapan\s+ini", r"semua|setiap|segala", r"mesti|perlu|sila|pastikan|adakah|tidak|belum|jika"),
    # Icelandic, Welsh, Estonian, Basque, Irish, Maltese, Latvian, Lithuanian, Slovenian, Yoruba (core words: the instruction
    # nouns, a first-person past or a completed passive of "follow / meet / respect", "I / your / this answer", "all")
    "is": (r"fyrirmæl\w*|leiðbeining\w*|kröfu\w*|kröfur|skilyrð\w*|regl\w*|óskir|óskum|beiðn\w*",
           r"(?:hef|höfum)\s+(?:\w+\s+)?(?:fylgt|uppfyllt|virt|farið\s+eftir)|fylgdi|uppfyllti|virti|fór\s+eftir|(?:eru|voru|hafa\s+verið)\s+"
           r"(?:\w+\s+)?(?:uppfylltar|uppfyllt|virtar|virt)|uppfylltar",
           r"ég|við|þín\w*|þinna|yðar|þetta\s+svar|svarið", r"öll\w*|allar|allra|allt|hver\w*", r"verður|skaltu|þarft|vinsamlegast|ef|ekki|hvort"),
    "cy": (r"(?:g|ng|ngh|ch)?ofynion|(?:c|g|ngh|ch)yfarwyddiadau|(?:c|g|ngh|ch)yfarwyddyd|h?amodau|r?heolau|(?:c|g|ngh|ch)anllawiau|briff|mriff",
           r"wedi\s+(?:eu\s+)?(?:dilyn|bodloni|cwrdd\s+â|cyflawni|parchu|gwireddu)|wedi['’]u\s+(?:dilyn|bodloni|cyflawni|parchu)|dilynais|"
           r"bodlonais|cyflawnais|parchais|yn\s+dilyn|yn\s+bodloni|yn\s+cydymffurfio",
           r"rwyf|rydw|dw\s+i|rydyn|rydym|eich|o['’]ch|dy|ateb\s+hwn|mae['’]r\s+ateb|dilynais|bodlonais|cyflawnais", r"pob|holl|yn\s+llawn",
           r"rhaid|dylech|dylet|os|ddim|nid|oes|a\s+wnaethoch|plîs|os\s+gwelwch"),
    "et": (r"juhis\w*|nõue\w*|nõuded|nõudeid|nõuetele|tingimus\w*|reegl\w*|kriteerium\w*|soov\w*|palve\w*|punkt\w*",
           r"täitnud|täitsin|järginud|järgisin|arvestanud|arvestasin|täidetud|järgitud|arvestatud|täidetakse|järgitakse|"
           r"on\s+(?:kõik\s+)?(?:täidetud|järgitud|arvestatud)",
           r"olen|oleme|teie|sinu|su|see\s+vastus|vastus|täitsin|järgisin", r"kõik\w*|iga|igat|täielikult", r"peate|pead|palun|kui|ei|kas|tuleb"),
    "eu": (r"argibide\w*|jarraibide\w*|baldintza\w*|arau\w*|eskakizun\w*|irizpide\w*|agindu\w*|eskaer\w*|eskatutako\s+\w+",
           r"(?:bete|jarraitu|errespetatu|kontuan\s+hartu)\s+(?:ditut|dut|ditugu|dugu|dira|da)|beteta\s+(?:daude|dago)", "", "",
           r"behar|mesedez|ez|baldin|bada|al\s+d"),
    "ga": (r"t?h?reoir\w*|t?h?reoracha|riachtanas\w*|coinníoll\w*|c?h?oinníollacha|rialacha|riail|t?iarrat\w*",
           r"comhlíonta|chomhlíon\s+mé|comhlíonadh|leanta|lean\s+mé|urramaithe|curtha\s+i\s+bhfeidhm",
           r"agam|againn|mé|tú|sibh|do|bhur|an\s+freagra\s+seo", r"gach|uile|iomlán", r"ní|níl|má|ba\s+chóir|caithfidh|an\s+bhfuil|le\s+do\s+thoil"),
    "mt": (r"(?:i)?struzzjonijiet\w*|rekwiżiti|rekwiziti|kundizzjonijiet|regoli|kriterji|talba|talbiet|linji\s+gwida",
           r"segwejt|osservajt|issodisfajt|ssodisfajt|rispettajt|ħaristhom|ġew\s+(?:\w+\s+)?(?:segwiti|issodisfati|osservati|rispettati|"
           r"milqugħa)|huma\s+(?:\w+\s+)?(?:segwiti|issodisfati|rispettati)",
           r"jien|aħna|tiegħek|tagħkom|\w+ek|din\s+it-tweġiba|segwejt|osservajt|issodisfajt|rispettajt|\w+\s+kollha", r"kollha|kull",
           r"għandek|għandkom|jekk|ma|mhux|jogħġbok|irid\w*|trid"),
    "lv": (r"norādījum\w*|prasīb\w*|nosacījum\w*|noteikum\w*|kritērij\w*|instrukcij\w*|vēlm\w*|uzdevum\w*",
           r"(?:esmu|esam)\s+(?:\w+\s+)?(?:izpildījis|izpildījusi|izpildījuši|ievērojis|ievērojusi|ievērojuši)|izpildīju|ievēroju|"
           r"(?:ir|tika)\s+(?:\w+\s+)?(?:izpildītas|izpildīti|ievērotas|ievēroti|izpildīts|ievērots)|izpildītas|ievērotas",
           r"es|mēs|jūsu|tav\w*|šī\s+atbilde|atbilde|esmu|esam|izpildīju|ievēroju", r"vis\w*|katr\w*|pilnībā",
           r"jā\w+|lūdzu|ja|vai|ne(?:izpild|ievēro)\w*"),
    "lt": (r"nurodym\w*|reikalavim\w*|sąlyg\w*|taisykl\w*|instrukcij\w*|kriterij\w*|prašym\w*|užduot\w*",
           r"įvykdžiau|laikiausi|išpildžiau|atsižvelgiau|patenkinau|(?:yra|buvo)\s+(?:\w+\s+)?(?:įvykdyt\w*|patenkint\w*|išpildyt\w*)|"
           r"įvykdyt[ia]|įvykdytos|laikytasi|patenkinti|išpildyti",
           r"aš|mes|jūsų|tavo|šis\s+atsakymas|atsakymas|įvykdžiau|laikiausi|išpildžiau|atsižvelgiau|patenkinau",
           r"visi|visų|visas|visus|visiems|visos|kiekvien\w*|visiškai", r"turi\w*|prašau|jei|ar|ne\w*"),
    "sl": (r"navodil\w*|zahtev\w*|pogoj\w*|pravil\w*|kriterij\w*|meril\w*|naročil\w*",
           r"upošteval\w*|izpolnil\w*|sledil\w*|spoštoval\w*|upoštevan\w*|izpolnjen\w*|spoštovan\w*",
           r"sem|smo|vaš\w*|tvoj\w*|ta\s+odgovor|odgovor|besedilo", r"vse|vsa|vsi|vseh|vsako|vsak|v\s+celoti",
           r"morate|moraš|prosim|če|ali|ne|treba|naj"),
    "yo": (r"[iì][\u0300]?t[oọ][\u0300\u0301\u0323]*s[oọ][\u0300\u0301\u0323]*n[aà][\u0300]?|[iì][\u0300]?l[aà][\u0300]?n[aà][\u0300]?|"
           r"[iì][\u0300]?b[eé][\u0301]?[eè][\u0300]?r[eè][\u0300]?",
           r"ti\s+(?:t[eẹ][\u0300\u0301\u0323]*l[eé][\u0300\u0301]*|m[uú][\u0300\u0301]*\s+[sṣ][\u0323]*[eẹ][\u0300\u0301\u0323]*)",
           r"mo|a|r[eẹ][\u0300\u0301\u0323]*|y[ií][\u0300\u0301]*n", r"gbogbo", r"j[oọ][\u0300\u0301\u0323]*w[oọ][\u0300\u0301\u0323]*|t[ií][\u0301]?\s+b[aá]|k[oò]"),
}
_NO_SPACES = {"ja", "ko", "ar", "hi", "he", "th", "fa", "bn", "ta"}

_ROLES = _alt(r"оценщик\w*", r"проверяющ\w*", r"экзаменатор\w*", r"оценивающ\w*", "採点者", "評価者", "審査員", "採点担当", "評価担当",
              "채점자", "평가자", "심사위원", "채점관", r"beoordelaar\w*", r"examinator\w*", r"oceniając\w*", r"egzaminator\w*",
              r"sprawdzając\w*", r"değerlendirici\w*", r"değerlendiren\w*", r"puanlayan\w*", "المقيّم", "المقيم", "المصحح", "المحكم", "للمقيم", "للمصحح", "للمحكم", r"mtathmini", r"msahihishaji", r"mkaguzi",
              "परीक्षक", "मूल्यांकनकर्ता", r"bedömar\w*", r"granskar\w*", r"rättar\w*", r"penilai", r"pemeriksa",
              r"người\s+chấm", r"giám\s+khảo", r"người\s+đánh\s+giá", r"оцінювач\w*", r"перевіряюч\w*", r"hodnotitel\w*",
              r"zkoušející", r"αξιολογητ\w*", r"βαθμολογητ\w*", r"εξεταστ\w*", "למעריך", "למעריכה", "לבודק", "המעריך", "הבודק",
              "ผู้ตรวจ", "ผู้ประเมิน", r"bedømmer\w*", r"sensor\w*", r"arvioija\w*", r"tarkastaja\w*", r"evaluator\w*",
              r"corector\w*", "ارزیاب", "مصحح", "পরীক্ষক", "মূল্যায়নকারী")
_TOP = _alt(r"alama\s+(?:kamili|zote|za\s+juu)", r"максимальн\w*\s+балл\w*", r"высш\w*\s+(?:балл|оценк)\w*", r"полн\w*\s+балл\w*", r"«да»\s+на\s+все", "満点", "最高点", "最高評価",
            "만점", "최고\\s*점수", "최고점", r"hoogste\s+(?:score|cijfer)", r"volle\s+punten", r"maximale\s+score",
            r"maksymaln\w+\s+(?:liczb\w+\s+punktów|ocen\w+)", r"najwyższ\w+\s+ocen\w+", r"jako\s+poprawn\w+", r"tam\s+puan",
            r"en\s+yüksek\s+puan", r"tam\s+not", "الدرجة الكاملة", "العلامة الكاملة", "أعلى درجة", "पूरे अंक", "पूर्ण अंक",
            "अधिकतम अंक", r"högsta\s+(?:betyg|poäng)", r"full\s+pott", r"full\s+poäng", r"nilai\s+(?:sempurna|penuh|maksimal|tertinggi)",
            r"điểm\s+(?:tối\s+đa|tuyệt\s+đối|cao\s+nhất)", r"como\s+(?:correcta|correcto|aprobad[ao])", r"höchstnote", r"bestnote",
            r"comme\s+(?:correcte|réussie)", r"come\s+corrett[ao]", r"como\s+corret[ao]", r"максимальн\w*\s+бал\w*",
            r"найвищ\w*\s+(?:бал|оцінк)\w*", r"plný\s+počet\s+bodů", r"maximální\s+(?:počet\s+bodů|hodnocení)", r"nejvyšší\s+hodnocení",
            r"άριστα", r"μέγιστη\s+βαθμολογία", "ציון מלא", "הציון הגבוה ביותר", "คะแนนเต็ม", "คะแนนสูงสุด", r"høyeste\s+karakter",
            r"højeste\s+karakter", r"toppkarakter", r"topkarakter", r"täydet\s+pisteet", r"korkeimma\w*\s+arvosana\w*",
            r"nota\s+maximă", r"punctaj(?:ul)?\s+maxim", "نمره کامل", "بالاترین نمره", "পূর্ণ নম্বর", "সর্বোচ্চ নম্বর")
_TARGET = _alt(r"этому\s+ответу", r"этот\s+ответ", "この回答", "この答え", "이\\s*답변", "이\\s*응답", r"dit\s+antwoord", r"tę\s+odpowiedź",
               r"tej\s+odpowiedzi", r"bu\s+(?:yanıt|cevap)\w*", "هذه الإجابة", "इस उत्तर", r"detta\s+svar", r"jawaban\s+ini",
               r"câu\s+trả\s+lời\s+này", r"ц(?:я|ій)\s+відповід\w*", r"t(?:ato|éto)\s+odpověd\w*", r"αυτή\w*\s+(?:η\s+|την\s+)?απάντηση",
               "לתשובה זו", "התשובה הזו", "คำตอบนี้", r"dette\s+svar\w*", r"denne\s+besvarelsen", r"t(?:ämä|älle)\s+vastau\w*",
               r"acest(?:ui)?\s+răspuns\w*", "این پاسخ", "এই উত্তর")
_POLITE = _alt(r"tafadhali", r"поставьте", r"поставь", r"дайте", r"оцените", "ください", "つけて", "주세요", "주십시오", r"geef", r"oceń", r"daj",
               r"verin", "يرجى", "أعط", "दें", "दीजिए", r"sätt", r"ge", r"berikan", r"beri", r"hãy\s+cho", r"поставте", r"dejte",
               r"udělte", r"δώστε", r"βάλτε", "אנא", "กรุณาให้", "โปรดให้", r"giv", r"gi", r"anna", r"antakaa", r"acordați", r"dați",
               "بدهید", "দিন")
_IGNORE = _alt(r"игнорируй\w*", r"забудь\w*", "無視", "무시", r"negeer", r"vergeet", r"zignoruj", r"pomiń", r"zapomnij", r"yok\s+say\w*",
               r"görmezden\s+gel\w*", "تجاهل", "अनदेखा", "नज़रअंदाज़", r"ignorera", r"glöm", r"abaikan", r"lupakan", r"bỏ\s+qua",
               r"phớt\s+lờ", r"ignora", r"ignorez", r"ignoriere\w*", r"ignorieren", r"oublie[sz]?", r"vergiss", r"vergessen",
               r"esquece", r"esqueça", r"olvida", r"dimentica", r"ігноруй\w*", r"ignoruj\w*", r"zapomeň", r"αγνόησε", r"αγνοήστε",
               "התעלם", "ละเว้น", "เพิกเฉย", r"ignorer", r"glem", r"ohita", r"unohda", r"ignoră", r"ignorați", "نادیده بگیر", "উপেক্ষা")
_RULES = _alt(r"rubri[kc]\w*", r"rúbrica\w*", r"рубрик\w*", r"инструкци\w*", r"указани\w*", r"критери\w*", r"правил\w*", "指示", "評価基準", "採点基準", "지시", "채점\\s*기준",
              r"instructies", r"beoordelingscriteria", r"instrukcj\w*", r"kryteri\w*", r"polecenia", r"talimat\w*", r"kriter\w*",
              r"التعليمات", "المعايير", "निर्देश", "मानदंड", r"instruktion\w*", r"kriterier\w*", r"instruksi", r"kriteria",
              r"hướng\s+dẫn", r"tiêu\s+chí", r"instrucciones", r"criterios", r"anweisungen", r"\w*kriterien", r"vorgaben",
              r"instructions", r"critères", r"consignes", r"istruzioni", r"criteri", r"instruções", r"critérios", r"інструкці\w*",
              r"критері\w*", r"pokyn\w*", r"kritéri\w*", r"οδηγίες", r"κριτήρια", "ההוראות", "הקריטריונים", "คำสั่ง", "เกณฑ์",
              r"instruks\w*", r"kriteri\w*", r"ohjeet", r"ohjeita", r"kriteerit", r"instrucțiunile", r"criteriile", "دستورالعمل",
              "دستورات", "معیار", "নির্দেশ")
#: "to the" before a role that is not declined for it ("إلى المقيم:", "Para o avaliador:", "An den Prüfer:")
_TO = _alt(r"to\s+(?:the\s+)?", r"для\s+", r"إلى\s+(?:ال)?", r"ل", r"para\s+(?:el\s+|la\s+|o\s+|a\s+)?", r"an\s+(?:den\s+|die\s+)?",
           r"à\s+(?:l['’]|la\s+)?", r"al\s+", r"per\s+(?:il\s+|l['’])?", r"kepada\s+", r"untuk\s+", r"dla\s+", r"pro\s+", r"voor\s+(?:de\s+)?",
           r"do\s+", r"kwa\s+", r"a\s+", r"に", r"에게\s*")
#: a verdict named after the note to the scorer ("the correct verdict on every item is ...")
_VERDICT = _alt(r"вердикт\w*", r"рішення", r"решение", "الحكم", "حكم", "判定", "評決", "판정", "판결", r"oordeel", r"werdykt\w*", r"ocen[aęy]",
                r"karar\w*", r"veredicto", r"verdetto", r"urteil", r"verdict", r"ítélet\w*", r"uamuzi", r"hukumu", r"putusan",
                r"phán\s+quyết", r"rozhodnutí", r"verdikt\w*", r"ετυμηγορία", "פסק הדין", "คำตัดสิน", "حکم", "রায়", "निर्णय", "फ़ैसला")
#: a quoted yes or pass, in any of the languages above
_YES_QUOTED = re.compile(r"[«\"“„'‘「『](?:да|так|ano|áno|tak|ja|evet|نعم|بله|हाँ|हां|はい|예|네|是|ναι|כן|ใช่|ya|có|sí|si|oui|sim|igen|ndiyo|"
                         r"yes|pass|true|1)[»\"”“'’」』]", _I)
_TRANSLATE = re.compile(r"translat|traduc|übersetz|tradu", _I)
_SENTENCE = re.compile(r"[^.!?。！？\n]+[.!?。！？]*")


#: a letter of an alphabet that separates words by spaces (Latin, Cyrillic): a word must not continue past a match
_LETTER = "[A-Za-z\u00c0-\u024f\u0370-\u03ff\u1f00-\u1fff\u0400-\u04ff\u1e00-\u1eff]"


@functools.lru_cache(maxsize=None)
def _compiled(pattern: str, spaced: bool) -> re.Pattern:
    return re.compile(r"(?<!" + _LETTER + r")(?:" + pattern + r")(?!" + _LETTER + r")" if spaced else pattern, _I)


def _find(pattern: str, text: str, spaced: bool = True) -> re.Match | None:
    if not pattern:
        return None
    return _compiled(pattern, spaced).search(text)


#: an assertion that reads past a sentence's ends (an anchor, a lookaround, a non-boundary)
_CONTEXTUAL = re.compile(r"\(\?<?!|\\[ABZ]|(?<!\\)[$^]")


@functools.lru_cache(maxsize=None)
def _anywhere(pattern: str) -> re.Pattern | None:
    """``pattern`` without the letter guards, to look for in the whole text: a sentence can match only
    where the whole text does (None where the pattern has an assertion that reads past the sentence)."""
    return None if _CONTEXTUAL.search(pattern.replace("[^", "[")) else re.compile(pattern, _I)


def _may_claim(noun: str, text: str) -> bool:
    """Whether some sentence of ``text`` may hold ``noun`` (one look over the whole text instead of
    one per sentence)."""
    return _anywhere(noun) is None or bool(_anywhere(noun).search(text))


def more_claims(text: str) -> Iterator[tuple[str, int, int]]:
    """``(label, start, end)`` of each compliance claim in one of the languages above."""
    languages = [(lang, parts) for lang, parts in _CLAIM.items() if parts[0] and parts[1] and _may_claim(parts[0], text)]
    for s in _SENTENCE.finditer(text):
        sent = s.group(0)
        if sent.rstrip().endswith(("?", "？")):
            continue
        for lang, (noun, claim, who, every, block) in languages:
            spaced = lang not in _NO_SPACES
            if not (_find(noun, sent, spaced) and _find(claim, sent, spaced)) or _find(block, sent, spaced):
                continue
            # a short note led by "all" after a label of up to three words, a preposition or an article allowed ("aan alle eisen")
            short_note = bool(every) and bool(re.match(r"\W{0,3}(?:(?:[^\W\d]+\s+){0,2}[^\W\d]+\s*[:：]\s*)?(?:[^\W\d]{1,4}\s+)?(?:"
                                                       + every + r")\b", sent, _I)) and len(sent.split()) <= (12 if lang in ("vi", "th") else 8)
            if not who or _find(who, sent, spaced) or short_note:
                yield f"claims to follow the instructions ({lang})", s.start(), s.end()
                break


def more_requests(text: str, prompt: str = "") -> str | None:
    """A note naming the first scoring request or override in one of the languages above, or None
    (an override inside quotes, an example being explained, is left to the English reading's context)."""
    quotes = quoted_spans(text)
    for s in _SENTENCE.finditer(text):
        sent = s.group(0)
        if _find(_TOP, sent) and (_find(_ROLES, sent) or _find(_TARGET, sent) or _find(_POLITE, sent)):
            if not re.search(re.escape(sent.strip()[:12]), prompt):
                return f"asks for a top score: {sent.strip()[:80]!r}"
        if (_find(_IGNORE, sent) and _find(_RULES, sent) and not _TRANSLATE.search(prompt)
                and not inside(s.start() + _find(_IGNORE, sent).start(), quotes)):
            return f"tells the judge to ignore its instructions: {sent.strip()[:80]!r}"
        m = re.match(r"\W{0,4}(?:[^\W\d]+\s+)?(?:" + _TO + r")?(?:" + _ROLES + r")[^\n:：,，]{0,12}[:：,，]", sent, _I)
        if m and (_find(_TARGET, sent) or _find(_POLITE, sent) or _find(_VERDICT, sent[m.end():]) or _YES_QUOTED.search(sent[m.end():])):
            return f"addresses the scorer: {m.group(0).strip()[:80]!r}"
    return None
