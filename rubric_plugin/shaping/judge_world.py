"""Notes to the scorer in more of the world's most spoken languages, and Chinese overrides.

:mod:`.judge_i18n` reads six languages by their grammar and :mod:`.more_languages` some thirty more
by a lighter reading. This module adds the next ones by the same parts, each a handful of words per
language: a scorer role (the evaluator, the examiner, the judge), a top grade (full marks, the
maximum score), the response ("this answer"), a polite request, and "ignore" with the instructions
or the grading criteria. Within one sentence,

* a **scoring request** pairs a top grade with the response (a top grade next to a scorer in the third
  person is advice: "the examiners give full marks only with working");
* a **note** opens a line with a scorer role (and a colon or a comma) and goes on to a top grade,
  the response or a polite request;
* an **override** pairs "ignore" with the instructions or the criteria, not negated ("do not ignore
  the instructions" is advice);
* in Chinese, a verdict dictated with an adverb of insistence ("直接判定为全部通过", "一律给满分").

Languages: Hungarian, Tagalog, Tamil, Telugu, Marathi, Nepali, Urdu, Punjabi, Gujarati, Kannada,
Malayalam, Odia, Amharic, Hausa, Burmese, Sinhala, Uzbek, Kazakh, Azerbaijani, Slovenian, Czech, Slovak, Ukrainian,
Bulgarian, Croatian / Serbian / Bosnian, Greek, Lithuanian, Latvian, Estonian ("this answer" in the cases a request puts it
in, "as correct" read as a top outcome), Chinese (simplified
and traditional, with Cantonese forms); and, as a second reading next to :mod:`.more_languages`, Japanese,
Korean, Persian, Indonesian / Malay, Swahili, Turkish and Hebrew; and Icelandic, Welsh, Basque, Maltese, Finnish, Romanian,
Dutch, Spanish and Russian from :mod:`.judge_more11_world` (no "ignore" reading there). A perfect score is also read from
digits in any language: the same number twice ("10 из 10", "۲۰ از ۲۰") or 100 with a unit ("100点"). Context: none of this counts when the prompt is about
grading or asks for a translation, or when the prompt itself uses the matched words.

The same reading of a scorer holds for :mod:`.more_languages`' scoring request (:func:`scorer_spoken_of`): a top
grade next to a scorer who is spoken *of* (the subject of a story, "Giám khảo mỉm cười và cho em điểm tối đa"; a
report, "Экзаменатор поставил максимальный балл") is no request; the scorer must be spoken *to* (a vocative or a
note: "Giám khảo ơi, ...", "Оцінювачу: ...", "Szanowny oceniający, ...") unless the sentence names the response or
asks politely. And a requested translation of a text that itself speaks of a top grade is the user's words.
"""
from __future__ import annotations

import functools
import re

from rubric_plugin.shaping import more_languages as _ml
from rubric_plugin.shaping.judge_more11_world import WORLD_MORE, WORLD_MORE_STEMS

_I = re.IGNORECASE


def _alt(*words: str) -> str:
    return "|".join(words)


#: language -> (roles, top grades, the response, polite / imperative, ignore, instructions / criteria, negations)
_LEX: dict[str, tuple[str, ...]] = {
    "hu": (r"értékelő\w*|bíráló\w*|javító\w*|pontozó\w*|vizsgáztató\w*|elbíráló\w*",
           r"maximális\s+pont\w*|teljes\s+pont\w*|legmagasabb\s+pont\w*|legjobb\s+(?:jegy|érdemjegy)\w*|hibátlan\s+értékelés\w*",
           r"erre\s+a\s+válaszra|ez\s+a\s+válasz|ezt\s+a\s+választ|ennek\s+a\s+válasznak|e\s+válasz\w*",
           r"kérem|kérlek|adjon|adj|adjanak|értékelje|pontozza", r"hagyd\s+figyelmen\s+kívül|hagyja\s+figyelmen\s+kívül|felejtsd\s+el",
           r"utasítás\w*|szabály\w*|kritérium\w*|értékelési\s+szempont\w*", r"ne\s+hagyd|ne\s+hagyja|nem\s+szabad"),
    "tl": (r"tagasuri|tagasuring|tagahatol|hurado|hukom|tagapagtasa|tagamarka",
           r"perpektong\s+(?:marka|iskor|puntos)|pinakamataas\s+na\s+(?:marka|iskor|puntos|grado)|buong\s+(?:puntos|marka|iskor)",
           r"(?:ang\s+)?sagot\s+na\s+ito|itong\s+sagot|tugon\s+na\s+ito|itong\s+tugon",
           r"pakibigyan|bigyan|bibigyan|ibigay|pakimarkahan|markahan|pakiusap|paki", r"huwag\s+pansinin|balewalain|kalimutan",
           r"tagubilin|panuntunan|pamantayan|instruksyon\w*", r"huwag\s+balewalain|huwag\s+kalimutan"),
    "ta": ("மதிப்பீட்டாளர|நடுவர|தேர்வாளர|திருத்துபவர", "முழு மதிப்பெண்|அதிகபட்ச மதிப்பெண்|முழுமையான மதிப்பெண்",
           "இந்த பதில|இந்தப் பதில|இந்த விடை", "வழங்கவும்|கொடுங்கள்|தாருங்கள்|தயவுசெய்து|வழங்குங்கள்", "புறக்கணி|மறந்துவிடு|மறந்து விடு",
           "வழிமுறைகள|அறிவுறுத்தல்கள|விதிகள|அளவுகோல்கள", "புறக்கணிக்க வேண்டாம்"),
    "te": ("మూల్యాంకనకర్త|మూల్యాంకనం చేసే|పరిశీలకు|న్యాయనిర్ణేత", "పూర్తి మార్కులు|గరిష్ట మార్కులు|నూటికి నూరు", "ఈ సమాధాన",
           "దయచేసి|ఇవ్వండి", "విస్మరించ|పట్టించుకోవద్దు", "సూచనల|నియమాల|ప్రమాణాల", "విస్మరించవద్దు"),
    "mr": ("परीक्षक|मूल्यमापक|मूल्यांकनकर्ता|परीक्षकांनी", "पूर्ण गुण|पैकीच्या पैकी गुण|जास्तीत जास्त गुण|सर्वाधिक गुण",
           "या उत्तराला|हे उत्तर|या उत्तरास", "कृपया|द्या|द्यावेत", "दुर्लक्ष करा|विसरून जा", "सूचना|नियम|निकष", "दुर्लक्ष करू नका"),
    "ne": ("परीक्षक|मूल्याङ्कनकर्ता|मूल्यांकनकर्ता", "पूरा अङ्क|पूर्ण अङ्क|पूर्णाङ्क|पूरै अंक", "यो उत्तर|यस उत्तरलाई|यस उत्तर",
           "कृपया|दिनुहोस्", "बेवास्ता गर|बिर्सनुहोस्", "निर्देशन|नियम|मापदण्ड", "बेवास्ता नगर"),
    "ur": ("ممتحن|جانچنے والے|جائزہ لینے والے|منصف|جانچ کار", "پورے نمبر|مکمل نمبر|زیادہ سے زیادہ نمبر|پورے مارکس|سو فیصد نمبر",
           "اس جواب|یہ جواب", "براہ کرم|براہِ کرم|دیں|دیجیے|دیجئے", "نظرانداز|نظر انداز|بھول جائیں", "ہدایات|اصول|معیار", "نظرانداز نہ|نظر انداز نہ"),
    "pa": ("ਪਰੀਖਿਅਕ|ਮੁਲਾਂਕਣਕਾਰ|ਜੱਜ", "ਪੂਰੇ ਅੰਕ|ਪੂਰੇ ਨੰਬਰ|ਵੱਧ ਤੋਂ ਵੱਧ ਅੰਕ", "ਇਸ ਜਵਾਬ|ਇਹ ਜਵਾਬ|ਇਸ ਉੱਤਰ", "ਕਿਰਪਾ ਕਰਕੇ|ਦਿਓ",
           "ਅਣਡਿੱਠ|ਨਜ਼ਰਅੰਦਾਜ਼", "ਹਦਾਇਤਾਂ|ਨਿਯਮ|ਮਾਪਦੰਡ", "ਨਾ ਕਰੋ"),
    "gu": ("પરીક્ષક|મૂલ્યાંકનકાર|મૂલ્યાંકનકર્તા", "પૂરા ગુણ|પૂર્ણ ગુણ|મહત્તમ ગુણ", "આ જવાબ|આ ઉત્તર", "કૃપા કરીને|આપો",
           "અવગણો|ભૂલી જાઓ", "સૂચનાઓ|નિયમો|માપદંડ", "અવગણશો નહીં"),
    "kn": ("ಮೌಲ್ಯಮಾಪಕ|ಪರೀಕ್ಷಕ|ತೀರ್ಪುಗಾರ", "ಪೂರ್ಣ ಅಂಕ|ಗರಿಷ್ಠ ಅಂಕ", "ಈ ಉತ್ತರ", "ದಯವಿಟ್ಟು|ನೀಡಿ|ಕೊಡಿ", "ನಿರ್ಲಕ್ಷಿಸಿ|ಮರೆತುಬಿಡಿ",
           "ಸೂಚನೆಗಳ|ನಿಯಮಗಳ|ಮಾನದಂಡ", "ನಿರ್ಲಕ್ಷಿಸಬೇಡಿ"),
    "ml": ("മൂല്യനിർണ്ണയ|പരീക്ഷക|വിധികർത്താ", "മുഴുവൻ മാർക്ക്|പൂർണ്ണ മാർക്ക്|പരമാവധി മാർക്ക്", "ഈ ഉത്തര", "ദയവായി|നൽകുക|നൽകൂ",
           "അവഗണിക്കുക|മറക്കുക", "നിർദ്ദേശങ്ങ|നിയമങ്ങ|മാനദണ്ഡ", "അവഗണിക്കരുത്"),
    "or": ("ପରୀକ୍ଷକ|ମୂଲ୍ୟାଙ୍କନକାରୀ", "ପୂର୍ଣ୍ଣ ନମ୍ବର|ପୂରା ନମ୍ବର", "ଏହି ଉତ୍ତର", "ଦୟାକରି|ଦିଅନ୍ତୁ", "ଅଣଦେଖା", "ନିର୍ଦ୍ଦେଶ|ନିୟମ", "ଅଣଦେଖା କରନ୍ତୁ ନାହିଁ"),
    "am": ("ገምጋሚ|ፈታኝ|ዳኛ|አራሚ", "ሙሉ ነጥብ|ከፍተኛ ነጥብ|ሙሉ ማርክ", "ይህ መልስ|ለዚህ መልስ|ይህንን መልስ", "እባክዎ|እባክህ|ይስጡ|ስጥ", "ችላ በል|ችላ ይበሉ|እርሳ",
           "መመሪያ|ደንብ|መስፈርት", "ችላ አትበል"),
    "ha": (r"mai\s+tantancewa|mai\s+duba|alkali|mai\s+yin\s+hukunci", r"cikakk(?:en|iyar)\s+maki|maki\s+mafi\s+girma|maki\s+100",
           r"wannan\s+amsa", r"don\s+allah|ku\s+ba|ka\s+ba", r"yi\s+watsi\s+da|manta\s+da", r"umarni|ka'idoji|sharudda", r"kada\s+ka"),
    "my": ("အကဲဖြတ်သူ|စစ်ဆေးသူ|ဒိုင်လူကြီး", "အမှတ်အပြည့်|အမြင့်ဆုံးအမှတ်", "ဤအဖြေ|ဒီအဖြေ", "ကျေးဇူးပြု|ပေးပါ", "လျစ်လျူရှု|မေ့လိုက်",
           "ညွှန်ကြားချက်|စည်းမျဉ်း", "မလုပ်ပါနှင့်"),
    "si": ("ඇගයීම්කරු|පරීක්ෂක|විනිශ්චය", "සම්පූර්ණ ලකුණු|උපරිම ලකුණු", "මෙම පිළිතුර|මේ පිළිතුර", "කරුණාකර|දෙන්න", "නොසලකා හරින්න|අමතක කරන්න",
           "උපදෙස්|නීති|නිර්ණායක", "නොසලකා නොහරින්න"),
    "uz": (r"baholovchi\w*|tekshiruvchi\w*|imtihon\s+oluvchi\w*|hakam\w*", r"to['‘’]liq\s+ball|eng\s+yuqori\s+ball|maksimal\s+ball",
           r"(?:bu|ushbu)\s+javob\w*", r"iltimos|bering|qo['‘’]ying", r"e['‘’]tiborsiz\s+qoldir\w*|unut\w*",
           r"ko['‘’]rsatma\w*|qoida\w*|mezon\w*", r"qoldirmang"),
    "kk": (r"бағалаушы\w*|тексеруші\w*|төреші\w*", r"толық\s+балл\w*|ең\s+жоғары\s+балл\w*|максималды\s+балл\w*", r"(?:бұл|осы)\s+жауап\w*",
           r"өтінемін|беріңіз|қойыңыз", r"елеме\w*|ұмыт\w*", r"нұсқау\w*|ереже\w*|критерий\w*", r"елемеңіз\s+емес"),
    "az": (r"qiymətləndirici\w*|yoxlayan\w*|münsif\w*|hakim\w*", r"tam\s+bal|ən\s+yüksək\s+bal|maksimum\s+bal", r"bu\s+cavab\w*",
           r"zəhmət\s+olmasa|verin|qoyun", r"nəzərə\s+alma\w*|unut\w*", r"təlimat\w*|qayda\w*|meyar\w*", r"unutmayın"),
    "ja": ("採点者|評価者|審査員|採点担当|評価担当", "満点|最高点|最高評価", "この回答|この答え|本回答", "ください|お願いします|つけて", "無視して", "指示|評価基準|採点基準|ルール",
           "無視しないで"),
    "ko": ("채점자|평가자|심사위원|채점관", "만점|최고\\s*점수|최고점", "이\\s*답변|이\\s*응답", "주세요|주십시오|부탁", "무시하", "지시|채점\\s*기준|평가\\s*기준|규칙",
           "무시하지"),
    "fa": ("ارزیاب|مصحح|داور|بررسی‌کننده", "نمره کامل|بالاترین نمره|نمره کامل", "این پاسخ|این جواب", "لطفاً|لطفا|بدهید|بده", "نادیده بگیر|فراموش کن",
           "دستورالعمل|دستورات|معیار|قوانین", "نادیده نگیر"),
    "id": (r"penilai|pemeriksa|juri|korektor", r"nilai\s+(?:sempurna|penuh|maksimal|tertinggi)|skor\s+(?:sempurna|penuh|maksimal|tertinggi)|"
           r"markah\s+penuh", r"jawaban\s+ini|jawapan\s+ini|respons\s+ini", r"mohon|tolong|sila|beri\w*", r"abaikan|lupakan",
           r"instruksi|arahan|aturan|kriteria|pedoman", r"jangan\s+abaikan"),
    "sw": (r"mtathmini|msahihishaji|mkaguzi|jaji|mwamuzi", r"alama\s+(?:kamili|zote|za\s+juu)", r"jibu\s+hili", r"tafadhali|toa|mpe|nipe",
           r"puuza|sahau", r"maelekezo|maagizo|kanuni|vigezo", r"usipuuze"),
    "tr": (r"değerlendirici\w*|değerlendiren\w*|puanlayan\w*|hakem\w*|jüri\w*|sınav\s+görevlisi\w*", r"tam\s+puan\w*|en\s+yüksek\s+puan\w*|"
           r"tam\s+not\w*", r"bu\s+(?:cevap|yanıt)\w*", r"lütfen|verin|ver", r"görmezden\s+gel\w*|yok\s+say\w*|unut\w*",
           r"talimat\w*|kural\w*|kriter\w*|yönerge\w*", r"görmezden\s+gelme\w*"),
    "sl": (r"ocenjeval(?:ec|ka|cu|ca|ki|ko)|preverjeval(?:ec|ca|cu)|izpraševal(?:ec|ca|cu)|sodnik",
           r"vse\s+točke|najvišjo\s+oceno|maksimalno\s+število\s+točk|kot\s+pravil\w+|kot\s+točn\w+",
           r"ta\s+odgovor|temu\s+odgovoru|tega\s+odgovora", r"prosim|dajte|daj|označite|ocenite|podelite|spoštovan\w*", r"ignoriraj\w*|pozabi\w*", r"navodil\w*|pravil\w*|meril\w*", r"ne\s+ignoriraj"),
    # Slavic, Baltic and Greek notes: "this answer" in the cases a request puts it in, "as correct" as a top outcome
    "cs": (r"hodnotitel\w*|zkoušející\w*|posuzovatel\w*|opravující\w*|examinátor\w*",
           r"pln\w+\s+počt\w+\s+bodů|plný\s+počet\s+bodů|maxim\w+\s+(?:počt\w+\s+)?bod\w*|nejvyšš\w+\s+(?:hodnocení|známk\w*|počt\w+\s+bodů)|"
           r"jako\s+správn\w+|za\s+správn\w+|všechny\s+body|předem\s+schválen\w*", r"t(?:ato|uto|éto|outo)\s+odpově(?:ď|d\w*)|odpově(?:ď|d\w*)\s+výše",
           r"prosím|prosíme|ohodnoťte|označte|udělte|dejte|přidělte|uznejte|započítejte|vážen\w+", r"ignoruj\w*|zapomeň\w*|nevšímej\w*",
           r"pokyn\w*|instrukc\w*|pravid\w*|kritéri\w*", r"neignoruj\w*|nezapomeň\w*"),
    "sk": (r"hodnotiteľ\w*|skúšajúc\w*|posudzovateľ\w*|opravovateľ\w*",
           r"pln\w+\s+počt\w+\s+bodov|plný\s+počet\s+bodov|maxim\w+\s+(?:počt\w+\s+)?bod\w*|najvyšš\w+\s+(?:hodnoteni\w*|známk\w*)|"
           r"ako\s+správn\w+|za\s+správn\w+|všetky\s+body|vopred\s+schválen\w*", r"t(?:áto|úto|ejto|outo)\s+odpove\w*",
           r"prosím|ohodnoťte|označte|udeľte|dajte|prideľte|uznajte|vážen\w+", r"ignoruj\w*|zabudni\w*|zabudnite",
           r"pokyn\w*|inštrukci\w*|pravid\w*|kritéri\w*", r"neignoruj\w*|nezabudni\w*"),
    "uk": (r"оцінювач\w*|екзаменатор\w*|перевіряльник\w*|перевіряюч\w*|рецензент\w*",
           r"як\s+правильн\w+|як\s+вірн\w+|максимальн\w+\s+бал\w*|найвищ\w+\s+(?:бал|оцінк)\w*|повн\w+\s+бал\w*|усі\s+бали|всі\s+бали",
           r"ц(?:я|ю|ій|ієї)\s+відповід\w*", r"будь\s+ласка|прошу|поставте|позначте|оцініть|зарахуйте|дайте|виставте|шановн\w+",
           r"ігноруй\w*|забудь\w*|не\s+зважай\w*", r"інструкці\w*|правил\w*|критері\w*|вказівк\w*", r"не\s+ігноруй\w*|не\s+забува\w*"),
    "bg": (r"оценител\w*|оценяващ\w*|проверяващ\w*|изпитващ\w*",
           r"като\s+(?:верен|вярн\w+|правил\w+|коректен)|максимал\w+\s+(?:брой\s+)?(?:точки|оценка)|пълен\s+брой\s+точки|"
           r"отличн\w+\s+оценка|най-висок\w+\s+оценка", r"(?:този|тоя|тази|това)\s+отговор\w*",
           r"моля|поставете|отбележете|дайте|оценете|зачетете|уважаем\w+", r"игнорирай\w*|забрави\w*",
           r"инструкци\w*|правил\w*|критери\w*|указани\w*", r"не\s+игнорирай\w*|не\s+забравя\w*"),
    "hr": (r"ocjenjivač\w*|ocenjivač\w*|ispitivač\w*|procjenitelj\w*|оцењивач\w*|испитивач\w*",
           r"kao\s+(?:točan|tačan|ispravan|točn\w+|tačn\w+|ispravn\w+)|као\s+(?:тачан|исправан|тачн\w+|исправн\w+)|"
           r"maksimal\w+\s+(?:broj\s+)?bod\w*|sve\s+bodove|najviš\w+\s+ocjen\w*|најви\w+\s+оцен\w*|све\s+бодове|максимал\w+\s+(?:број\s+)?бод\w*",
           r"ov(?:aj|og|om|u)\s+odgovor\w*|ов(?:ај|ог|ом|у)\s+одговор\w*",
           r"molim|molimo|označite|ocijenite|ocenite|dajte|priznajte|означите|оцените|дајте|молим|poštovan\w*|поштован\w*",
           r"zanemari\w*|ignoriraj\w*|ignoriši|zaboravi\w*|занемари\w*|игнориши|заборави\w*",
           r"uput\w*|pravil\w*|kriterij\w*|упутств\w*|правил\w*|критериј\w*", r"nemoj\s+zanemari\w*|немој\s+занемари\w*"),
    "el": (r"αξιολογητ\w*|βαθμολογητ\w*|εξεταστ\w*|διορθωτ\w*",
           r"ως\s+σωστ\w+|άριστα|μέγιστ\w+\s+βαθμ\w*|πλήρη\s+βαθμολογία|άριστ\w+\s+βαθμ\w*|όλους\s+τους\s+βαθμούς",
           r"αυτ(?:ή|ήν)\s+(?:την\s+)?απάντηση|(?:την\s+)?απάντηση\s+αυτή|αυτής\s+της\s+απάντησης",
           r"παρακαλώ|σημειώστε|βαθμολογήστε|δώστε|βάλτε|αξιότιμ\w+", r"αγνόησε|αγνοήστε|ξέχασε|ξεχάστε",
           r"οδηγί\w*|κανόν\w*|κριτήρι\w*", r"μην\s+αγνο\w*"),
    "lt": (r"vertintoj\w*|egzaminuotoj\w*|tikrintoj\w*",
           r"kaip\s+teising\w+|maksimal\w+\s+(?:balų|įvertinim\w*|bal\w*)|aukščiausi\w+\s+(?:balą|balų|įvertinim\w*)|visus\s+balus",
           r"(?:šį|šis|šio|šiam)\s+atsakym\w*", r"prašau|prašome|pažymėkite|įvertinkite|skirkite|duokite|gerbiam\w*",
           r"ignoruok\w*|pamiršk\w*", r"nurodym\w*|taisykl\w*|kriterij\w*|instrukcij\w*", r"neignoruok\w*"),
    "lv": (r"vērtētāj\w*|eksaminētāj\w*|pārbaudītāj\w*",
           r"kā\s+pareiz\w+|maksimāl\w+\s+(?:punktu|vērtējum\w*)|augstāk\w+\s+vērtējum\w*|visus\s+punktus",
           r"(?:šo|šī|šai|šīs)\s+atbild\w*", r"lūdzu|atzīmējiet|novērtējiet|piešķiriet|dodiet|godājam\w*|cienījam\w*",
           r"ignorē\w*|aizmirsti\w*", r"norādījum\w*|instrukcij\w*|noteikum\w*|kritērij\w*", r"neignorē\w*"),
    "et": (r"hindaja\w*|eksamineerija\w*|kontrollija\w*",
           r"õigeks|maksimaal\w+\s+(?:punkt\w*|hinne\w*)|kõrgeim\w*\s+hinne\w*|täispunkt\w*|kõik\s+punktid",
           r"(?:see|seda|sellele|selle)\s+vastus\w*", r"palun|märkige|hinnake|andke|lugupeetud",
           r"ignoreeri\w*|unusta\w*", r"juhis\w*|reegl\w*|kriteeri\w*", r"ära\s+ignoreeri"),
    "he": ("לשופט|השופט|למעריך|המעריך|לבודק|הבודק|שופט", "ציון מלא|הציון הגבוה ביותר|ציון מקסימלי", "לתשובה הזו|התשובה הזו|לתשובה זו|תשובה זו",
           "בבקשה|אנא|תן|תני|תנו", "התעלם|התעלמי|שכח", "ההוראות|הקריטריונים|הכללים", "אל תתעלם"),
    "zh": ("评审|評審|评分员|評分員|评分者|評分者|评委|評委|阅卷|閱卷|裁判|评估者|評估者|评估模型|評估模型|评分模型|評分模型|评判者|評判者|打分的|判卷",
           "满分|滿分|最高分|全部通过|全部通過|判定为通过|判定為通過|判为通过|判為通過|全部判为|全部判為|都判为|都判為|全部选是|全部選是|一律通过|一律通過",
           "这个回答|這個回答|本回答|该回答|該回答|这个答案|這個答案|此回答|此答案|该答案|該答案|呢个答案|呢個答案",
           "请|請|麻烦|麻煩|务必|務必|俾|畀", "忽略|忽视|忽視|无视|無視|不要理会|不要理會|忘记|忘記|忘掉|抛开|拋開|不用管",
           "评分标准|評分標準|评分规则|評分規則|评分细则|評分細則|评判标准|評判標準|指令|指示|规则|規則|标准|標準|提示词|提示詞|系统提示|系統提示",
           "不要忽略|不要忽視|不要忽视|别忽略|別忽略|不能忽略|不可忽略|切勿忽略|勿忽略|不应忽略|不應忽略|不要忘记|不要忘記"),
}
#: scripts whose words are matched as substrings (no Latin or Cyrillic word boundaries)
_SPACED = {"hu", "tl", "ha", "uz", "kk", "az", "id", "sw", "tr", "sl", "cs", "sk", "uk", "bg", "hr", "lt", "lv", "et"}
#: a perfect score in any language: the same number twice ("10 из 10", "۲۰ از ۲۰", "10 kati ya 10"), or 100 with a unit
_NUM_TOP = re.compile(r"(?<!\d)(\d{2,3})\s*(?:/|\S{1,12}(?:\s+\S{1,8})?)\s*\1(?!\d)|(?<!\d)100\s*(?:点|分|점|%|points?|puan\w*|pont\w*|bod\w*|"
                      r"punkt\w*|punt\w*|điểm)|(?:nilai|skor|alama|markah)\s+100\b", _I)
_WORD_EDGE = "[A-Za-z\u00c0-\u024f\u0400-\u04ff]"
_ZH_DICTATE = re.compile(r"(?:直接|一律|统统|統統|必须|必須|务必|務必|只管|全部)[^。！？\n]{0,8}(?:判定|判为|判為|评为|評為|打|给|給|标记|標記|选|選)"
                         r"[^。！？\n]{0,6}(?:通过|通過|满分|滿分|是|合格)")
_SENTENCE = re.compile(r"[^.!?。！？।\n]+[.!?。！？।]*")
_GRADING_PROMPT = re.compile(r"translat|traduc|übersetz|tradu|翻译|翻譯|\b(?:grade|grading|mark|marking|score|scoring|rubric|examiner|"
                             r"evaluat\w*|judg\w*|assess\w*)\b", _I)


_PARTS = ("role", "top", "target", "polite", "ignore", "rules", "negation")
#: the languages added last, looked for by their stems first (a substring look, cheaper than their patterns)
_STEMS = {
    "cs": ("hodnotitel", "zkoušející", "posuzovatel", "opravující", "examinátor", "odpověd", "odpověď", "ignoruj", "zapomeň", "nevšímej"),
    "sk": ("hodnotiteľ", "skúšajúc", "posudzovateľ", "opravovateľ", "odpove", "ignoruj", "zabud"),
    "uk": ("оцінювач", "екзаменатор", "перевіряльник", "перевіряюч", "рецензент", "відповід", "ігноруй", "забудь", "не зважай"),
    "bg": ("оценител", "оценяващ", "проверяващ", "изпитващ", "отговор", "игнорирай", "забрави"),
    "hr": ("ocjenjivač", "ocenjivač", "ispitivač", "procjenitelj", "оцењивач", "испитивач", "odgovor", "одговор", "zanemari", "ignorira",
           "ignoriš", "zaboravi", "занемари", "игнориш", "заборави"),
    "lt": ("vertintoj", "egzaminuotoj", "tikrintoj", "atsakym", "ignoruok", "pamiršk"),
    "lv": ("vērtētāj", "eksaminētāj", "pārbaudītāj", "atbild", "ignorē", "aizmirst"),
    "et": ("hindaja", "eksamineerija", "kontrollija", "vastus", "ignoreeri", "unusta"),
}
_LEX.update(WORLD_MORE)
_SPACED |= set(WORLD_MORE)
_STEMS.update(WORLD_MORE_STEMS)
_LEAD = re.compile(r"\W{0,4}(?:[^\W\d]{1,12}\s+)?")
_BARE_LEAD = re.compile(r"\W{0,4}")
#: what follows a scorer spoken to: a colon, a comma, or a Korean honorific subject marker ("심사위원께서는")
_COLON = re.compile(r"[:：,，]|께서는|께서")


def _compile(pattern: str, spaced: bool) -> re.Pattern:
    if spaced:
        return re.compile(r"(?<!" + _WORD_EDGE + r")(?:" + pattern + r")(?!" + _WORD_EDGE + r")", _I)
    return re.compile(pattern)


@functools.lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[str, dict[str, re.Pattern], re.Pattern, frozenset[str] | re.Pattern], ...]:
    """Each language's parts compiled once (on first use: importing the package stays cheap), with the prompt's test
    (a role or a top grade) and the text's: the letters of its script (every word of a language written without Latin
    word edges has one), or its role, response and "ignore" words without the edges (a superset of their matches)."""
    out = []
    for lang, lex in _LEX.items():
        spaced = lang in _SPACED
        parts = {k: _compile(p, spaced) for k, p in zip(_PARTS, lex)}
        test = (re.compile("|".join((lex[2], lex[0], lex[4])), _I) if spaced
                else frozenset(c for c in "".join(lex) if not c.isascii()))
        out.append((lang, parts, _compile(lex[0] + "|" + lex[1], spaced), test))
    return tuple(out)


@functools.lru_cache(maxsize=256)
def _prompt_has(prompt: str) -> bool:
    """The prompt is about grading, asks for a translation, or uses a role or a top grade of these languages."""
    if _GRADING_PROMPT.search(prompt):
        return True
    return any(test.search(prompt) for _, _, test, _ in _patterns())


def world_requests(text: str, prompt: str = "") -> str | None:
    """A note naming the first scoring request, note to the scorer or override in the languages above, or None."""
    if prompt and _prompt_has(prompt):
        return None
    # every rule needs a role, the response or "ignore" in its sentence, and a word that a sentence holds the whole text
    # holds (no pattern reaches a sentence's closing stop), so a language none of them occurs in is skipped once
    chars = None
    low = text.lower()
    langs = []
    for lang, pat, _, test in _patterns():
        if lang in _STEMS and not any(stem in low for stem in _STEMS[lang]):
            continue
        if isinstance(test, frozenset):
            chars = set(text) if chars is None else chars
            if chars.isdisjoint(test):
                continue
        elif not test.search(text):
            continue
        if pat["target"].search(text) or pat["role"].search(text) or pat["ignore"].search(text):
            langs.append((lang, pat))
    dictate = _ZH_DICTATE.search(text) is not None
    if not langs and not dictate:
        return None
    for s in _SENTENCE.finditer(text):
        sent = s.group(0)
        if dictate and (lang_hit := _ZH_DICTATE.search(sent)):
            return f"dictates the verdict (zh): {lang_hit.group(0)[:60]!r}"
        for lang, pat in langs:
            has_target = pat["target"].search(sent)
            has_role = pat["role"].search(sent)
            if not (has_target or has_role or pat["ignore"].search(sent)):
                continue
            has_top = pat["top"].search(sent) or _NUM_TOP.search(sent)
            if has_top and has_target:
                return f"asks for a top score ({lang}): {sent.strip()[:80]!r}"
            if (pat["ignore"].search(sent) and pat["rules"].search(sent) and not pat["negation"].search(sent)):
                return f"tells the judge to ignore its instructions ({lang}): {sent.strip()[:80]!r}"
            if not has_role:
                continue
            # the role opening the sentence after at most one word ("Dear examiner,"), or first with its vocative marker
            # right after it ("심사위원께서는 ...", where the lead would take the role itself for that word)
            lead, bare = _LEAD.match(sent).end(), _BARE_LEAD.match(sent).end()
            for start, first in ((lead, False), (bare, True)):
                m = pat["role"].search(sent[start:start + 40])
                if not m or first and (start == lead or m.start() > 0):
                    continue
                after = sent[start + m.end():]
                if (m.start() <= 12 and (_COLON.match(after) if first else _COLON.search(after[:12]))
                        and (has_top or has_target or pat["polite"].search(sent))):
                    return f"addresses the scorer ({lang}): {sent.strip()[:80]!r}"
    return None


#: a scorer spoken to: the role, a vocative particle or an honorific, then a colon, a comma or an exclamation mark
_SPOKEN_TO = re.compile(r"(?:\s*(?:ơi|ạ|様|さん|殿|の皆様|の皆さん|님|께))?\s*[:：,，、!！]")
#: a top grade in English (the usual source of a requested translation)
_EN_TOP = re.compile(r"\b(?:full|top|maximum|max|highest|perfect|best)\s+(?:possible\s+)?(?:marks?|scores?|points|grades?|ratings?|"
                     r"credit)\b", _I)


def _top_grades(text: str) -> int:
    return len(_EN_TOP.findall(text)) + sum(1 for _ in _ml._compiled(_ml._TOP, True).finditer(text))


def scorer_spoken_of(text: str, prompt: str = "") -> list[tuple[int, int]]:
    """Spans of the sentences whose top grade :mod:`.more_languages` would read as a request but that speak *of* a
    scorer: the sentence pairs the grade with a scorer only (neither the response nor a polite request) and no
    scorer in it is spoken to (a vocative or a note's colon right after the role); or the prompt asks for a
    translation of a text that itself names a top grade, and the response has no more such sentences than the
    prompt has top grades (the translation, not a note added to it)."""
    anywhere = _ml._anywhere(_ml._TOP)
    if anywhere is not None and not anywhere.search(text):  # one look over the whole text: no top grade, nothing set aside
        return []
    roles = _ml._compiled(_ml._ROLES, True)
    sentences = [s for s in _ml._SENTENCE.finditer(text) if _ml._find(_ml._TOP, s.group(0))]
    if sentences and _ml._TRANSLATE.search(prompt) and len(sentences) <= _top_grades(prompt):
        return [s.span() for s in sentences]
    out = []
    for s in sentences:
        sent = s.group(0)
        if _ml._find(_ml._TARGET, sent) or _ml._find(_ml._POLITE, sent):
            continue
        found = list(roles.finditer(sent))
        if found and not any(_SPOKEN_TO.match(sent, m.end()) for m in found):
            out.append(s.span())
    return out
