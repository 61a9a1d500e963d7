"""The present-tense claim about "this answer" in many languages: the words of its three parts.

Per language: what names the response ("this answer", "the reply above"), a present-tense
adherence verb ("meets", "follows", "complies with") and the instruction nouns ("requirements",
"instructions", "conditions"), with the quantifiers that make them all of them and the negations
that undo the claim. :func:`.claims_forms.form_claims` pairs the three within one sentence.

A note's bare subject ("Uwaga: odpowiedź spełnia ...", "Примітка: відповідь відповідає ...") names the
response in languages without articles: :data:`BARE_ANSWER` holds those nouns, read only at the
start of a note (after its label), where nothing else can be the answer.
"""
from __future__ import annotations

import re

_I = re.IGNORECASE

#: "this answer" and a present-tense adherence verb, with instruction nouns, per language (subject, verb, noun)
_THIS_ANSWER: dict[str, tuple[str, str, str]] = {
    "fr": (r"(?:cette|la|ma|notre)\s+réponse(?:\s+ci-dessus)?|ce\s+texte|le\s+texte\s+ci-dessus|ce\s+(?:poème|résumé|document)",
           r"respecte|suit|remplit|satisfait|répond|correspond|se\s+conforme|est\s+conforme|coche|conforme|en\s+conformité",
           r"consignes|instructions|exigences|critères|contraintes|règles|demandes|tout\s+ce\s+que|cases"),
    "es": (r"(?:esta|la|mi)\s+respuesta(?:\s+anterior)?|este\s+texto|el\s+texto\s+anterior",
           r"cumple|respeta|sigue|satisface|atiende|se\s+ajusta|se\s+atiene|es\s+conforme|responde|marca|conforme|en\s+conformidad",
           r"instrucciones|requisitos|criterios|indicaciones|restricciones|reglas|condiciones|todo\s+lo\s+que|pautas|casillas"),
    "de": (r"(?:diese|die|meine)\s+antwort(?:\s+oben)?|dieser\s+text|der\s+text\s+oben",
           r"erfüllt|befolgt|beachtet|hält|entspricht|berücksichtigt|folgt",
           r"anweisungen|anforderungen|kriterien|vorgaben|regeln|bedingungen|alles|alle"),
    "it": (r"(?:questa|la|mia)\s+risposta(?:\s+(?:sopra|precedente))?|questo\s+testo",
           r"rispetta|segue|soddisfa|rispecchia|è\s+conforme|risponde|conforme|in\s+conformità",
           r"istruzioni|requisiti|criteri|indicazioni|vincoli|regole|condizioni|tutto\s+ciò"),
    "pt": (r"(?:esta|a|minha)\s+resposta(?:\s+acima)?|este\s+texto|resposta\s+\w+\s*:",
           r"cumpre|respeita|segue|atende|satisfaz|obedece|está\s+de\s+acordo|está\s+em\s+conformidade|conforme|em\s+conformidade",
           r"instruções|requisitos|critérios|orientações|restrições|regras|condições|tudo\s+o\s+que"),
    "ru": (r"(?:эт[оаи]т?|данный|мой)\s+ответ|ответ\s+выше|этот\s+текст", r"соответствует|удовлетворяет|выполняет|соблюдает|отвечает",
           r"инструкци\w*|требовани\w*|услови\w*|критери\w*|правил\w*|указани\w*|задани\w*|задач\w*"),
    "ja": (r"この回答|本回答|以上の回答|以下の回答|この答え|上記の回答|この文章|この解答|この(?:レスポンス|応答|出力)|本(?:レスポンス|応答)", r"満たして|従って|守って|沿って|準拠して|遵守して|応えて|対応して",
           r"指示|要件|条件|ルール|制約|指定|要求|規定"),
    "ko": (r"이\s*답변|이\s*응답|본\s*답변|위\s*답변|이\s*글", r"충족|따릅|따르고|지킵|지키고|준수|부합|맞춥|반영",
           r"조건|요구\s*사항|요건|지시|지침|규칙|제약|요청"),
    "zh": (r"这个回答|本回答|此回答|这篇回答|以上回答|上述回答|这个答案|本答案", r"满足|符合|遵守|遵循|达到|完全按照|严格按照",
           r"要求|指令|指示|条件|规则|标准|限制"),
    "tr": (r"bu\s+(?:yanıt|cevap)\w*|yukarıdaki\s+(?:yanıt|cevap)\w*", r"karşıl\w*|uy(?:uyor|ar|makta|mu[sş]|du|gun)\w*|"
           r"yerine\s+getir\w*|riayet\s+ed\w*|takip\s+ed\w*|izle\w*",
           r"talimat\w*|gereksinim\w*|koşul\w*|kural\w*|şart\w*|kriter\w*|istek\w*"),
    "ar": (r"هذه\s+الإجابة|هذا\s+الرد|هذه\s+الاستجابة|الإجابة\s+أعلاه", r"تستوفي|تلتزم|تتبع|تحقق|تلبي|تطابق|يستوفي|يلتزم|يلبي",
           r"(?:ال)?(?:شروط|تعليمات|متطلبات|قواعد|معايير|إرشادات)"),
    "hi": (r"यह\s+उत्तर|यह\s+जवाब|इस\s+उत्तर|यह\s+प्रतिक्रिया", r"पालन\s+करता|पालन\s+करती|पूरा\s+करता|पूरी\s+करता|अनुसार\s+है|संतुष्ट\s+करता",
           r"निर्देश|आवश्यकता|शर्त|नियम|मानदंड"),
    "nl": (r"ik\s+heb\s+(?:me|mij)|dit\s+antwoord|deze\s+(?:reactie|respons)|dit\s+bericht|mijn\s+antwoord|deze\s+tekst|het\s+antwoord\s+hierboven", r"voldoet|volgt|respecteert|houdt\s+zich|gehouden|gevolgd|nageleefd", r"instructies|eisen|vereisten|voorwaarden|regels|criteria"),
    "pl": (r"ta\s+odpowiedź|powyższa\s+odpowiedź|ten\s+tekst", r"spełnia|przestrzega|uwzględnia|realizuje|(?:jest\s+)?(?:w\s+pełni\s+|całkowicie\s+)?zgodna\s+z",
           r"wymagani\w*|warunk\w*|instrukcj\w*|polece\w*|kryteri\w*|zasad\w*|wytyczn\w*|oczekiwani\w*"),
    "id": (r"jawaban\s+ini|respons\s+ini|tanggapan\s+ini", r"memenuhi|mematuhi|mengikuti|sesuai\s+dengan", r"instruksi|persyaratan|syarat|ketentuan|aturan|kriteria|permintaan"),
    "sv": (r"svaret|detta\s+svar|det\s+här\s+svaret", r"uppfyller|följer|respekterar|håller\s+sig", r"krav\w*|instruktion\w*|villkor\w*|regler\w*"),
    "da_no": (r"dette\s+svar(?:et)?|svaret", r"opfylder|oppfyller|følger|overholder|respekterer", r"krav\w*|instruks\w*|betingelse\w*|regl\w*"),
    "fi": (r"tämä\s+vastaus|vastaus\s+yllä", r"täyttää|noudattaa|vastaa", r"vaatimu\w*|ohje\w*|ehto\w*|ehdot|sääntö\w*"),
    "cs": (r"tato\s+odpověď|odpověď\s+výše", r"splňuje|dodržuje|respektuje|odpovídá|je\s+(?:plně\s+)?v\s+souladu\s+s",
           r"požadav\w*|pokyn\w*|podmín\w*|pravidl\w*|zadání\w*"),
    "ro": (r"acest\s+răspuns|răspunsul\s+de\s+mai\s+sus", r"respectă|îndeplinește|urmează|satisface", r"cerinț\w*|instrucțiun\w*|condiți\w*|regul\w*"),
    "uk": (r"ця\s+відповідь|відповідь\s+вище", r"відповідає|задовольняє|виконує|дотримується", r"вимог\w*|інструкці\w*|умов\w*|правил\w*"),
    "el": (r"αυτή\s+η\s+απάντηση|η\s+απάντηση", r"πληροί|τηρεί|ακολουθεί|ικανοποιεί|καλύπτει", r"απαιτήσ\w*|οδηγί\w*|προϋποθέσ\w*|κανόν\w*"),
    "he": (r"התשובה|תשובה\s+זו", r"עונה\s+על|עומדת\s+ב|ממלאת|מקיימת", r"הדרישות|ההוראות|התנאים|הכללים"),
    "th": (r"คำตอบนี้", r"ตรงตาม|เป็นไปตาม|ปฏิบัติตาม|ทำตาม|ครบตาม", r"ข้อกำหนด|คำสั่ง|เงื่อนไข|กฎ|เกณฑ์"),
    "fa": (r"این\s+پاسخ", r"رعایت\s+(?:می|کرده)|مطابق|پیروی\s+(?:می|کرده)|برآورده\s+(?:می|کرده)", r"خواسته|الزامات|دستورالعمل|شرایط|قوانین|معیار"),
    "bn": (r"এই\s+উত্তর", r"পূরণ\s+করে|মেনে\s+চলে|অনুসরণ\s+করে", r"শর্ত|নির্দেশ|নিয়ম|প্রয়োজনীয়তা"),
    "vi": (r"câu\s+trả\s+lời\s+này|phản\s+hồi\s+này", r"đáp\s+ứng|tuân\s+thủ|tuân\s+theo|làm\s+theo", r"yêu\s+cầu|hướng\s+dẫn|điều\s+kiện|quy\s+tắc|tiêu\s+chí"),
    # more languages, same three parts
    "sw": (r"jibu\s+(?:hili|langu)|majibu\s+(?:haya|yangu)", r"(?:li|ya|i|ni|tu)(?:me|na)(?:timiza|fuata|zingatia|kidhi|tekeleza|heshimu)\w*",
           r"masharti|maagizo|maelekezo|vigezo|mahitaji|kanuni|matakwa"),
    "hu": (r"ez\s+a\s+válasz|a\s+fenti\s+válasz", r"megfelel|teljesíti|betartja|követi|eleget\s+tesz|kielégíti",
           r"követelmény\w*|utasítás\w*|feltétel\w*|szabály\w*|kritérium\w*|előírás\w*|kérés\w*"),
    "tl": (r"(?:ang\s+)?sagot\s+na\s+ito|itong\s+sagot", r"sumusunod|tumutugon|tinutugunan|natutugunan|sinusunod|tumutupad",
           r"tagubilin|panuto|kinakailangan|kondisyon|patakaran|alituntunin|pamantayan|hinihingi"),
    "ca": (r"aquesta\s+resposta|la\s+resposta\s+(?:anterior|de\s+dalt)", r"compleix|segueix|respecta|satisfà|s['’]ajusta\s+a",
           r"instruccions|requisits|criteris|condicions|normes|indicacions|tot\s+el\s+que"),
    "hr_sr": (r"ovaj\s+odgovor|odgovor\s+iznad|овај\s+одговор", r"ispunjava|poštuje|poštiva|slijedi|sledi|prati|zadovoljava|испуњава|поштује",
              r"zahtjev\w*|zahtev\w*|uput\w*|uvjet\w*|uslov\w*|pravil\w*|kriterij\w*|захтев\w*|услов\w*|упутств\w*"),
    "bg": (r"този\s+отговор|отговорът\s+по-горе", r"отговаря|изпълнява|спазва|следва|покрива|удовлетворява",
           r"изискван\w*|инструкци\w*|услови\w*|правил\w*|критери\w*|указани\w*"),
    "sk": (r"táto\s+odpoveď|odpoveď\s+vyššie", r"spĺňa|dodržiava|rešpektuje|zodpovedá|napĺňa", r"požiadav\w*|pokyn\w*|podmien\w*|pravidl\w*|kritéri\w*"),
    "sl": (r"ta\s+odgovor|odgovor\s+zgoraj", r"izpolnjuje|upošteva|sledi|ustreza", r"zahtev\w*|navodil\w*|pogoj\w*|pravil\w*|meril\w*|kriterij\w*"),
    "lt": (r"šis\s+atsakymas", r"atitinka|tenkina|laikosi|vykdo|išpildo", r"reikalavim\w*|nurodym\w*|sąlyg\w*|taisykl\w*|kriterij\w*"),
    "lv": (r"šī\s+atbilde", r"atbilst|izpilda|ievēro|apmierina", r"prasīb\w*|norādījum\w*|nosacījum\w*|noteikum\w*|kritērij\w*"),
    "et": (r"see\s+vastus", r"vastab|täidab|järgib|rahuldab", r"nõue\w*|nõuetele|juhis\w*|tingimus\w*|reegl\w*|kriteerium\w*"),
    "ms": (r"jawapan\s+ini|respons\s+ini", r"memenuhi|mematuhi|mengikut|menepati", r"arahan|keperluan|syarat|peraturan|kriteria|permintaan"),
    "ur": (r"یہ\s+جواب", r"پورا\s+اترتا|پوری\s+اترتی|پوری\s+کرتا|پورا\s+کرتا|عمل\s+کرتا|مطابق\s+ہے|پابندی\s+کرتا", r"ہدایات|شرائط|تقاضے|تقاضوں|قواعد|ضروریات"),
    # South and Central Asia, the Caucasus, Africa, South-East Asia
    "ta": (r"இந்த(?:ப்)?\s*(?:பதில்|விடை)", r"பூர்த்தி\s*செய்கிறது|பின்பற்றுகிறது|நிறைவேற்றுகிறது|இணங்குகிறது|கடைப்பிடிக்கிறது",
           r"தேவை|நிபந்தனை|அறிவுறுத்தல்|விதி|வழிமுறை|கட்டளை"),
    "te": (r"ఈ\s*(?:సమాధానం|జవాబు)", r"పాటిస్తుంది|నెరవేరుస్తుంది|అనుసరిస్తుంది|తీరుస్తుంది|సంతృప్తి\s*పరుస్తుంది",
           r"అవసరా|నిబంధన|సూచన|నియమ|షరతు|ప్రమాణ"),
    "mr": (r"हे\s+उत्तर|हा\s+प्रतिसाद", r"पूर्ण\s+करते|पालन\s+करते|पूर्ण\s+करतो|पालन\s+करतो|अनुसरते", r"अटी|सूचना|नियम|आवश्यकता|निकष"),
    "ne": (r"यो\s+(?:उत्तर|जवाफ)", r"पूरा\s+गर्छ|पालना\s+गर्छ|पालन\s+गर्छ|अनुसरण\s+गर्छ", r"सर्त|निर्देशन|नियम|आवश्यकता|मापदण्ड"),
    "gu": (r"આ\s+(?:જવાબ|ઉત્તર)", r"પૂર્ણ\s+કરે|પાલન\s+કરે|અનુસરે|સંતોષે", r"શરત|સૂચના|નિયમ|જરૂરિયાત|આવશ્યકતા|માપદંડ"),
    "kn": (r"ಈ\s*ಉತ್ತರ", r"ಪೂರೈಸುತ್ತದೆ|ಪಾಲಿಸುತ್ತದೆ|ಅನುಸರಿಸುತ್ತದೆ", r"ಅವಶ್ಯಕತೆ|ಷರತ್ತು|ಸೂಚನೆ|ನಿಯಮ|ಮಾನದಂಡ"),
    "ml": (r"ഈ\s*(?:ഉത്തരം|മറുപടി)", r"പാലിക്കുന്നു|നിറവേറ്റുന്നു|പിന്തുടരുന്നു|പൂർത്തീകരിക്കുന്നു", r"നിബന്ധന|നിർദ്ദേശ|നിയമ|ആവശ്യകത|മാനദണ്ഡ"),
    "pa": (r"ਇਹ\s+(?:ਜਵਾਬ|ਉੱਤਰ)", r"ਪੂਰਾ\s+ਕਰਦਾ|ਪਾਲਣਾ\s+ਕਰਦਾ|ਮੰਨਦਾ", r"ਸ਼ਰਤ|ਸ਼ਰਤ|ਹਦਾਇਤ|ਨਿਯਮ|ਲੋੜ"),
    "si": (r"මෙම\s*පිළිතුර", r"සපුරාලයි|අනුගමනය\s*කරයි|පිළිපදියි", r"අවශ්‍යතා|අවශ්යතා|උපදෙස්|කොන්දේසි|නීති"),
    "ka": (r"ეს\s+პასუხი", r"აკმაყოფილებს|იცავს|მისდევს|შეესაბამება|ასრულებს", r"მოთხოვნ\w*|ინსტრუქცი\w*|პირობ\w*|წეს\w*|კრიტერიუმ\w*|მითითებ\w*"),
    "hy": (r"այս\s+պատասխանը", r"համապատասխանում\s+է|բավարարում\s+է|կատարում\s+է|հետևում\s+է|պահպանում\s+է",
           r"պահանջ\w*|հրահանգ\w*|պայման\w*|կանոն\w*|չափանիշ\w*"),
    "az": (r"bu\s+cavab", r"qarşılayır|uyğundur|yerinə\s+yetirir|riayət\s+edir|əməl\s+edir|cavab\s+verir", r"tələb\w*|təlimat\w*|şərt\w*|qayda\w*|meyar\w*"),
    "kk": (r"бұл\s+жауап", r"сәйкес\s+келеді|орындайды|қанағаттандырады|сақтайды|сай\s+келеді", r"талап\w*|нұсқау\w*|шарт\w*|ереже\w*|критери\w*"),
    "uz": (r"bu\s+javob", r"mos\s+keladi|bajaradi|qondiradi|rioya\s+qiladi|amal\s+qiladi|javob\s+beradi", r"talab\w*|ko['‘’]rsatma\w*|shart\w*|qoida\w*|mezon\w*"),
    "am": (r"ይህ\s*መልስ", r"ያሟላል|ይከተላል|ያከብራል", r"መስፈርት|መመሪያ|ሁኔታ|ደንብ"),
    "ha": (r"wannan\s+amsa", r"ta\s+cika|ta\s+bi|tana\s+bin|ta\s+dace\s+da", r"sharu[ɗd]+\w*|umarni\w*|ka['’]idoji|bukatu\w*"),
    "zu": (r"le\s+mpendulo", r"iyazanelisa|iyanelisa|yanelisa|iyahlangabezana|ilandela|igcwalisa|iyayilandela", r"izidingo|imiyalelo|imibandela|imithetho"),
    "af": (r"hierdie\s+antwoord|die\s+antwoord\s+hierbo", r"voldoen|volg|respekteer|nakom", r"vereistes|instruksies|voorwaardes|reëls|kriteria"),
    "sq": (r"kjo\s+përgjigje", r"plotëson|përmbush|ndjek|respekton|i\s+përmbahet", r"kërkes\w*|udhëzim\w*|kusht\w*|rregull\w*|kriter\w*"),
    "my": (r"(?:ဤ|ဒီ)\s*အဖြေ", r"ပြည့်မီ|လိုက်နာ|ကိုက်ညီ", r"လိုအပ်ချက်|ညွှန်ကြားချက်|စည်းမျဉ်း|သတ်မှတ်ချက်"),
    # Welsh, Mongolian, Icelandic, Somali, Yoruba (tone marks optional: combining or precomposed)
    "cy": (r"(?:yr\s+)?ateb\s+hwn|mae['’]r\s+ateb", r"bodloni|dilyn|cydymffurfio\s+â|parchu|cwrdd\s+â",
           # with the initial mutations: "yr holl gyfarwyddiadau", "pob un o'r gofynion"
           r"(?:g|ng|ngh|ch)?ofynion|(?:c|g|ngh|ch)yfarwyddiadau|h?amodau|r?heolau|reolau|meini\s+prawf"),
    "mn": (r"энэ\s+хариулт", r"хангасан|хангаж|биелүүлсэн|биелүүлж|дагасан|нийцсэн|нийцэж", r"шаардлаг\w*|заавр\w*|заавар\w*|нөхцөл\w*|дүрм\w*|дүрэм\w*|шалгуур\w*"),
    "is": (r"þetta\s+svar|svarið", r"uppfyllir|fylgir|virðir|samræmist|stenst", r"kröfu\w*|kröfur|fyrirmæl\w*|skilyrð\w*|regl\w*|leiðbeining\w*"),
    "so": (r"jawaabtan(?:i)?|jawaabta\s+(?:kore|sare)", r"buuxi\w*|raac\w*|waafaqsan|u\s+hoggaansan\w*|ilaali\w*|fulisay|fulisaa",
           r"shuruud\w*|tilmaam\w*|xeer\w*|baahiyah\w*|codsi\w*"),
    "yo": (r"[iì][\u0300\u0301]?d[aá][\u0300\u0301]?h[uù][\u0300\u0301]?n\s+(?:y[iì][\u0300\u0301]?[iì]?[\u0300\u0301]?|y[ií][\u0300\u0301]?)",
           r"t[eẹ][\u0300\u0301\u0323]*l[eé][\u0300\u0301]*|m[uú][\u0300\u0301]*\s+[sṣ][\u0323]*[eẹ][\u0300\u0301\u0323]*",
           r"[iì][\u0300]?t[oọ][\u0300\u0301\u0323]*s[oọ][\u0300\u0301\u0323]*n[aà][\u0300]?|[iì][\u0300]?l[aà][\u0300]?n[aà][\u0300]?|"
           r"[aà][\u0300]?[sṣ][\u0323]?[eẹ][\u0300\u0301\u0323]*|[iì][\u0300]?b[eé][\u0301]?[eè][\u0300]?r[eè][\u0300]?"),
    "km": (r"ចម្លើយនេះ", r"បំពេញ|គោរព|អនុវត្តតាម", r"តម្រូវការ|សេចក្ដីណែនាំ|សេចក្តីណែនាំ|លក្ខខណ្ឌ|ច្បាប់"),
}
_ALL = (r"all|every|each|entire|whole|tous|toutes|l['’]ensemble|todos|todas|alle|sämtliche|tutti|tutte|все|всем|всех|すべて|全て|全部|"
        r"모든|所有|全部|一切|tüm|bütün|جميع|كل|सभी|पूरी|alle|wszystkie|semua|tất\s+cả|mọi|pediste|pidió|demandé|gefordert|chiesto|pediu|"
        r"ご指示|요청하신|belirttiğiniz|المطلوبة|आपके|your|vos|tus|sus|ihre|deine|tue|suas|ваш\w*|您的|你的|jouw|uw|twoje|anda|bạn|alla|dina|"
        r"kaikki|toate|všechny|всім|усі|όλες|όλους|σας|כל|ทั้งหมด|ของคุณ|همه|সব|dine|dit|yote|zote|kila|összes|minden|valamennyi|lahat|bawat|"
        r"totes|tots|sve|svi|svih|sva|всі|све|сви|всички|всяко|všetky|vse|vsa|visus|visas|visų|visiems|visoms|visām|visiem|kõik\w*|segala|تمام|"
        r"سب|uliyotoa|uliyoyatoa|kérésed|hiniling\s+mo|demanat|"
        r"সমস্ত|সকল|அனைத்து|எல்லா|అన్ని|सर्व|सबै|બધી|બધા|તમામ|ಎಲ್ಲಾ|എല്ലാ|ਸਾਰੀਆਂ|ਸਾਰੇ|සියලු|ყველა|բոլոր|bütün|барлық|barcha|hamma|ሁሉ|duk|dukkan|zonke|"
        r"të\s+gjitha|gjitha|အားလုံး|ទាំងអស់|veškeré|veškerých|প্রতিটি|ทุก|hepsi\w*|istediğiniz|al\s+(?:je|uw|jouw|de)\b|"
        r"pob|holl|бүх|бүгд|allar|öll|allt|allra|dhammaan|kasta|gbogbo|"
        # "fully" makes the claim total as "all" does
        r"полностью|повністю|напълно|vollständig|vollumfänglich|entièrement|pleinement|completamente|totalmente|plenamente|pienamente|"
        r"interamente|volledig|całkowicie|w\s+pełni|tamamen|eksiksiz|sepenuhnya|hoàn\s+toàn|完全|완전히|πλήρως|plně|úplně|úplne|täysin|"
        r"teljesen|kikamilifu|fuldt|fullt|helt|pe\s+deplin|potpuno|popolnoma|visiškai|pilnībā|täielikult|ganap|کاملاً|بالكامل|تماما|"
        r"לחלוטין|पूरी\s+तरह|পুরোপুরি")
_NEG = re.compile(r"\b(?:not|no|ne|pas|nicht|kein\w*|non|não|нет|не|değil|nie|tidak|không|nem|hindi|nu|ei|nav|neatitinka|nesilaiko)\b|"
                  r"ない|ません|않|못|不|没|未|لا\s|नहीं|نہیں|இல்லை|வில்லை|లేదు|नाही|छैन|दैन|નથી|ಇಲ್ಲ|ഇല്ല|ਨਹੀਂ|නැත|නොවේ|"
                  r"(?:аагүй|ээгүй|оогүй|өөгүй|(?<!\w)биш(?!\w)|(?<!\w)ekki(?!\w)|(?<!\w)nid\s+yw(?!\w))|"
                  r"(?<!\w)(?:არ|ვერ|չի|չեն|ոչ|deyil|емес|emas|nie|nuk|ayi|akwenzi|ba)(?!\w)|አያ| မ(?:ပြည့်|လိုက်)|មិន", _I)


#: scripts matched as substrings (no word boundary before the subject)
NO_WORD_BOUNDARY = frozenset({"ja", "ko", "zh", "ar", "hi", "th", "bn", "ur", "ta", "te", "mr", "ne", "gu", "kn", "ml", "pa", "si",
                              "am", "my", "km"})
#: "the answer" with no determiner, per language: the subject of a note that starts with it
BARE_ANSWER = {
    "pl": r"odpowiedź", "uk": r"відповідь", "ru": r"ответ", "cs": r"odpověď", "sk": r"odpoveď", "tr": r"(?:yanıt|cevap)(?:ım)?",
    "fi": r"vastaus", "hr_sr": r"odgovor", "sl": r"odgovor", "bg": r"отговорът", "lt": r"atsakymas", "lv": r"atbilde",
    "et": r"vastus", "ro": r"răspunsul", "ha": r"amsar?", "zu": r"(?:i)?mpendulo", "id": r"jawaban(?:nya)?", "ms": r"jawapan", "sw": r"jibu", "hu": r"a\s+válasz",
    "de": r"(?:die\s+)?antwort", "nl": r"(?:het\s+)?antwoord", "sv": r"svaret", "da_no": r"svaret", "el": r"η\s+απάντηση",
    "es": r"(?:la\s+)?respuesta", "pt": r"(?:a\s+)?resposta", "it": r"(?:la\s+)?risposta", "fr": r"(?:la\s+)?réponse", "ca": r"la\s+resposta",
    "vi": r"câu\s+trả\s+lời", "tl": r"ang\s+sagot",
}
