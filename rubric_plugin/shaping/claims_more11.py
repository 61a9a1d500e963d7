"""Eleventh round of compliance claims: the request covered whole, ratings of the answer's own qualities,
"everything as asked" and the writer's own check in many languages, and length labels beyond English.

* **the request covered whole**: "I have answered every part of your question", "that covers the whole
  request", "it already does everything asked", "(who read your brief and followed all of it)",
  "I ticked each of your requirements off", "signed off by the author as meeting all stated criteria";
* **a verbless list of fits**: "TL;DR - on spec, on tone, on length." (two or more "on X" where X is
  what a brief fixes, at a line's start or after a label);
* **ratings of its own qualities**: two or more labels of an answer's quality on consecutive lines or
  sentences, each with a top value ("Relevance: high. Errors: none detected.");
* **everything as asked** (per language): "all" and "as you asked" in one verbless note or with a
  virtue ("todo está en orden y según lo pedido", "Проверено: всё по заданию", "wszystko zgodnie z
  poleceniem", "Όλα όσα ζητήσατε υπάρχουν στην απάντηση");
* **the writer's own check, then no defect** (per language): a first-person past of checking and, in
  the same sentence, "no errors" or "nothing missed" ("J'ai relu chaque consigne : rien n'a été
  oublié", "念のため見直しましたが、要件の漏れは一つもありません");
* **a self-check or length label** in other languages ("Kurzer Selbstcheck: Thema getroffen, Länge passt",
  "Nombre de mots : 150 pile, comme demandé").

What breaks each: a question, a condition, an obligation or an imperative to the reader, a negation of
the verb, and (for the writer's check) a prompt that asks for a check of its own text: then "no
errors" is the verdict asked for. Each family is guarded by a keyword set so that text without its
words costs one scan.
"""
from __future__ import annotations

import re
from typing import Iterator

from rubric_plugin.shaping.claims_more11_notes import note_claims

_I = re.IGNORECASE | re.MULTILINE

# --- English ----------------------------------------------------------------------------------------------------------
_ASK_NOUN = r"(?:question|request|prompt|brief|message|task|assignment|instructions|query)"
_WHOLE = re.compile(
    r"\bI(?:['’]ve|\s+have)?\s+(?:\w+\s+)?(?:answered|addressed|covered|handled|tackled|responded\s+to)\s+(?:each\s+and\s+)?(?:every|each|all)\s+"
    r"(?:single\s+)?(?:parts?|aspects?|points?|pieces?|elements?|bits?|components?)\s+of\s+(?:your|the)\s+" + _ASK_NOUN + r"\b|"
    r"\b(?:that|this|it|the\s+(?:answer|response|reply|text)(?:\s+above)?)\s+(?:\w+\s+)?(?:covers|covered|handles|addresses|answers|meets|fulfils|"
    r"fulfills|satisfies)\s+(?:the|your)\s+(?:whole|entire|full|complete)\s+" + _ASK_NOUN + r"\b|"
    r"\bI(?:['’]ve|\s+have)?\s+(?:\w+\s+)?(?:taken\s+care\s+of|dealt\s+with|handled|addressed|covered|ticked\s+off)\s+(?:each|every|all)\s+"
    r"(?:single\s+)?(?:of\s+the\s+)?(?:items?|points?|things?|parts?|questions?)\s+(?:on|in|of|from)\s+your\s+(?:list|brief|request|message|prompt|"
    r"question|instructions)\b|\bI(?:['’]ve|\s+have)?\s+covered\s+all\s+the\s+bases\s+you\b|"
    r"\b(?:it|this|the\s+(?:answer|response|reply|text|draft))\s+already\s+(?:does|covers|includes|delivers|meets)\s+everything\s+"
    r"(?:you\s+)?(?:asked|requested|wanted)\b|"
    r"\b(?:read|went\s+(?:over|through)|re-?read)\s+your\s+(?:brief|request|instructions|prompt|list)\b[^.!?\n]{0,40}?\b(?:followed|met|covered|"
    r"honou?red)\s+(?:all|every\s+(?:bit|part|word|line))\s+of\s+(?:it|them)\b|"
    r"\b(?:ticked|checked|crossed)\s+(?:each|every|all)\s+(?:one\s+)?of\s+(?:them|your\s+\w+)\s+off\b|"
    r"\b(?:signed\s+off|certified|approved|marked)\s+by\s+(?:the\s+)?(?:author|writer|assistant|me|myself)\s+as\s+(?:meeting|satisfying|"
    r"fulfill?ing|following|complying\s+with)\s+(?:all|every|each)\s+(?:of\s+)?(?:the\s+)?(?:stated\s+|given\s+|listed\s+|specified\s+)?"
    r"(?:criteria|criterion|requirements?|instructions?|constraints?|rules?)\b", _I)
_WHOLE_WORDS = ("taken care", "dealt with", "bases", "answered", "addressed", "covered", "handled", "tackled", "responded", "covers", "handles", "addresses", "answers",
                "meets", "fulfil", "satisfies", "already", "your brief", "your request", "your instructions", "your prompt", "your list",
                " off", "signed", "certified", "approved", "marked")
_TICKED_OFF_OWNED = re.compile(r"\byour\s+(?:list|requirements|instructions|constraints|rules|points|brief|request)", _I)
_ON_X = r"on[\s-](?:spec|brief|tone|length|topic|format|target|message|word\s+count)"
_ON_LIST = re.compile(r"(?:^|[:\-–—]\s*)\W{0,3}((?:(?:fully|totally|completely|100\s*%)\s+)?" + _ON_X + r"(?:\s*(?:[,;/&]|\band\b)\s*(?:and\s+)?"
                      + _ON_X + r")+)\s*[.!]?\s*$", _I)
_ON_STRONG = re.compile(r"\bon[\s-](?:spec|brief|length|format|word\s+count)\b", _I)
_QUALITY = (r"(?:answer|response|output|reply)\s+quality|relevance|accuracy|clarity|completeness|correctness|compliance|adherence|"
            r"instruction[\s-]+following|on[\s-]topic(?:ness)?|format(?:ting)?|tone|length|errors|mistakes")
_TOP = (r"(?:high|very\s+high|excellent|perfect|verified|confirmed|checked|full|complete|100\s*%|10\s*/\s*10|5\s*/\s*5|ok|okay|pass(?:ed)?|"
        r"met|yes|✓|✔|✅|none(?:\s+(?:detected|found))?|0|zero)")
_RATING = re.compile(r"(?:^|(?<=[.;|•·\n])|(?<=[.;|•·]\s))[^\S\n]*[^\w\n]{0,3}(" + _QUALITY + r")\s*[:=]\s*" + _TOP + r"(?=\s*(?:[.;|•·,]|$))", _I)
_ABOUT_ANSWER = re.compile(r"answer\s+quality|response\s+quality|output\s+quality|relevance|compliance|adherence|instruction|"
                           r"on[\s-]topic|completeness", re.I)

# --- per language: "all", "as you asked", a checking verb, "no defect", a self-check or length label -------------------
_AS_ASKED = (
    r"según\s+lo\s+(?:pedido|solicitado|indicado)|(?:tal\s+)?(?:y\s+)?como\s+(?:lo\s+)?(?:pediste|pidió|pidiste|solicitaste|solicitó)|"
    r"conforme\s+a\s+lo\s+(?:pedido|solicitado)|comme\s+demandé|comme\s+(?:vous\s+l['’]avez|tu\s+l['’]as)\s+demandé|conformément\s+à\s+"
    r"(?:votre|ta|la)\s+demande|wie\s+(?:gewünscht|verlangt|gefordert|angefragt|erbeten)|come\s+richiesto|come\s+(?:hai|ha)\s+chiesto|"
    r"conforme\s+(?:solicitado|pedido)|como\s+(?:você\s+)?(?:pediu|solicitou)|volgens\s+(?:de\s+)?opdracht|zoals\s+gevraagd|"
    r"по\s+заданию|согласно\s+заданию|как\s+(?:вы\s+)?просили|по\s+вашему\s+запросу|як\s+(?:ви\s+)?просили|згідно\s+із\s+завданням|"
    r"zgodnie\s+z\s+(?:poleceniem|prośbą|zadaniem|zamówieniem)|podle\s+zadání|jak\s+(?:jste\s+)?(?:chtěl|požadoval)\w*|istendiği\s+gibi|"
    r"όσα\s+ζητήσατε|ό,?τι\s+ζητήσατε|όπως\s+ζητήσατε|som\s+(?:du\s+)?(?:bad\s+om|önskade)|som\s+(?:du\s+)?ba\s+om|kuten\s+pyysit|"
    r"kuten\s+pyydettiin|ahogy\s+kérted|ahogy\s+kérte|sesuai\s+(?:permintaan|yang\s+diminta)|như\s+bạn\s+yêu\s+cầu|ご依頼どおり|"
    r"ご要望どおり|요청하신\s*대로|按照您的要求|如您所要求|כפי\s+שביקשת|nagu\s+palusite|nagu\s+palusid|wat\s+jy\s+gevra\s+het|"
    r"presies\s+wat\s+(?:jy|u)\s+gevra\s+het|genau\s+(?:das|so)\s*,?\s+(?:was|wie)\s+(?:du|sie)\s+(?:wolltest|wollten|verlangt|gewünscht)|"
    r"exactement\s+ce\s+que\s+(?:vous\s+avez|tu\s+as)\s+demandé|exactamente\s+lo\s+que\s+(?:pediste|pidió|solicitaste)|"
    r"esattamente\s+(?:ciò|quello)\s+che\s+(?:hai|ha)\s+chiesto|exatamente\s+o\s+que\s+(?:você\s+)?pediu|precies\s+wat\s+(?:je|u)\s+"
    r"(?:vroeg|vroeg\s+om|wilde)|именно\s+то\s*,?\s+что\s+вы\s+просили|dokładnie\s+to\s*,?\s+o\s+co\s+prosił\w*|"
    r"fel\s+y\s+gofynnoch|kama\s+ulivyoomba|gaya\s+ng\s+hiniling\s+mo|kot\s+ste\s+zahtevali|kaip\s+prašėte|kā\s+lūdzāt|eins\s+og\s+beðið\s+var")
_ALL_WORDS = (r"todo|tout|alles|tutto|tudo|alle[s]?|всё|все|усе|все|wszystko|vše|všechno|her\s+şey|όλα|allt|kaikki|minden|semua|"
              r"tất\s+cả|すべて|全て|全部|모두|一切|全部|הכל|kõik|alles|yote|lahat|vse|viskas|viss|allt|volledig|komplett|completo|complet")
_NOTE = re.compile(r"(?:^|(?<=[(\[:;—–\-]))\s*(?:\w+\s*[:：]\s*)?(?:" + _ALL_WORDS + r")\s+(?:\w+\s+){0,3}?(?:" + _AS_ASKED + r")|"
                   r"(?:" + _ALL_WORDS + r")\s+(?:\w+\s+){0,2}?(?:está|est|ist|è|jest|je|on|är|er|van|is)\s+(?:\w+\s+){0,4}?(?:y|et|und|e|i|ja|och|"
                   r"og|és|en|a)\s+(?:" + _AS_ASKED + r")", _I)
_NOTE_WORDS = ("según", "como", "conforme", "comme", "wie", "come", "volgens", "zoals", "по", "согласно", "как", "як", "згідно", "zgodnie",
               "podle", "jak", "istendiği", "όσα", "ό", "όπως", "som", "kuten", "ahogy", "sesuai", "như", "ご", "요청", "按照", "如您", "כפי",
               "nagu", "wat jy", "fel y", "presies", "genau", "exactement", "exactamente", "esattamente", "exatamente", "precies", "именно",
               "dokładnie", "kama", "gaya", "kot", "kaip", "kā", "eins og")
_CHECKED = (r"garanto|garantizo|je\s+(?:vous\s+)?garantis|ich\s+garantiere|garantisco|гарантирую|gwarantuję|"
            r"j['’]ai\s+(?:tout\s+)?(?:relu|vérifié|revérifié|contrôlé)|revisé|comprobé|verifiqué|he\s+(?:revisado|comprobado|verificado)|"
            r"ich\s+habe\s+(?:\w+\s+){0,3}?(?:geprüft|überprüft|kontrolliert|nachgeprüft)|ho\s+(?:ri)?(?:controllato|verificato)|ricontrollato|"
            r"revisei|verifiquei|conferi|проверил[аи]?|перепроверил[аи]?|перевірив|перевірила|sprawdził[aeo]m|sprawdziłem|zkontroloval[a]?\s+jsem|"
            r"kontrol\s+ettim|gözden\s+geçirdim|ik\s+heb\s+(?:\w+\s+){0,3}?(?:gecontroleerd|nagekeken)|jag\s+har\s+(?:\w+\s+)?kontrollerat|"
            r"tarkistin|ellenőriztem|kontrollisin|nimehakiki(?:sha|ki)|siniguro\s+ko|sinuri\s+ko|am\s+verificat|preveril[a]?\s+sem|"
            r"pārbaudīju|patikrinau|athugaði|gwiriais|בדקתי|見直しました|確認しました|確認済み|확인했|검토했|我检查了|我已检查|đã\s+kiểm\s+tra|"
            r"saya\s+(?:sudah\s+|telah\s+)?(?:memeriksa|periksa)")
_FLAWLESS = (r"rien\s+n['’]a\s+été\s+(?:oublié|omis|laissé)|aucune\s+(?:erreur|faute|omission)|sans\s+(?:aucune\s+)?(?:erreur|faute)s?|"
             r"sin\s+(?:ningún\s+)?errores|ningún\s+error|todo\s+está\s+en\s+orden|keine\s+fehler|fehlerfrei|nichts\s+(?:fehlt|vergessen)|"
             r"nessun\s+errore|senza\s+errori|nada\s+foi\s+esquecido|nenhum\s+erro|sem\s+erros|ошибок\s+нет|без\s+ошибок|нет\s+ошибок|"
             r"ничего\s+не\s+(?:упущено|забыто)|без\s+помилок|bez\s+błędów|żadnych\s+błędów|bez\s+chyb|hata\s+yok|hatasız|eksiksiz|"
             r"geen\s+fouten|foutloos|inga\s+fel|felfri|ei\s+virheitä|virheetön|kaikki\s+kohdat|nincs\s+hiba|hibátlan|vigu\s+ei|vigadeta|"
             r"hakuna\s+kosa|walang\s+mali|nu\s+(?:există|sunt)\s+erori|fără\s+erori|brez\s+napak|nav\s+kļūdu|bez\s+kļūdām|nėra\s+klaidų|"
             r"não\s+há\s+(?:nenhum\s+)?erro|no\s+hay\s+(?:ningún\s+)?error|engar\s+villur|villulaust|dim\s+gwallau|אין\s+שגיאות|ללא\s+שגיאות|מדויקת|漏れは(?:一つも)?(?:ありません|ない)|(?:誤り|間違い|ミス)は?(?:一つも)?"
             r"(?:ありません|ない)|오류\s*(?:가\s*)?없|실수\s*(?:가\s*)?없|完美|没有(?:任何)?错误|không\s+có\s+lỗi|tidak\s+ada\s+kesalahan|"
             r"all\s+(?:good|correct|in\s+order)|no\s+(?:errors|mistakes)")
_CHECK_ASKED = re.compile(r"proofread|check|review|correct|error|mistake|typo|fehler|prüf|korrig|erreur|faute|vérif|corrig|relis|relire|"
                          r"revis|comprueb|errore|controll|erro|ошиб|провер|помил|błęd|sprawdź|chyb|hata|kontrol|fout|virhe|tarkist|hiba|"
                          r"ellenőr|viga|kosa|mali|erori|napak|kļūd|klaid|villa|gwall|שגיא|בדוק|誤り|間違|確認|校正|오류|검토|错误|检查|lỗi|kesalahan",
                          re.I)
_LABELS = re.compile(
    r"(?:^|(?<=[(\[]))[^\S\n]*[^\w\n]{0,3}(?:(?:kurzer|schneller|kleiner|finaler)\s+)?(?:selbst(?:check|prüfung|kontrolle)|auto-?(?:contrôle|vérification|évaluation|"
    r"verificación|evaluación|revisión|verifica|valutazione|controllo|avaliação|verificação|kontrola|kontrolle)|самопроверка|самоперевірка|"
    r"samokontrola|samoocena|zelf(?:controle|check|evaluatie)|själv(?:kontroll|granskning)|selv(?:kontroll|sjekk|tjek)|itsearvio|itsetarkistus|"
    r"önellenőrzés|öz[\s-]?(?:kontrol|değerlendirme)|enesekontroll|pašpārbaude|savikontrolė|sjálfsmat|hunan-?wiriad|自己(?:チェック|点検|評価)|"
    r"セルフチェック|自检|自我检查|자체\s*점검|자가\s*점검|ביקורת\s+עצמית|tự\s+kiểm\s+tra|pemeriksaan\s+mandiri|ukaguzi\s+binafsi)"
    r"[^\S\n]*[:：]", _I)
_LENGTH_LABEL = re.compile(
    r"(?:^|(?<=[(\[]))[^\S\n]*[^\w\n]{0,3}(?:nombre\s+de\s+mots|(?:número|recuento|conteo)\s+de\s+palabras|wort(?:zahl|anzahl)|anzahl\s+(?:der\s+)?wörter|"
    r"numero\s+di\s+parole|número\s+de\s+palavras|количество\s+слов|кількість\s+слів|liczba\s+słów|počet\s+slov|kelime\s+sayısı|"
    r"aantal\s+woorden|woordenaantal|antal\s+ord|ordantal|sanamäärä|sanoja|szószám|szavak\s+száma|sõnade\s+arv|vārdu\s+skaits|"
    r"žodžių\s+skaičius|fjöldi\s+orða|nifer\s+y\s+geiriau|idadi\s+ya\s+maneno|bilang\s+ng\s+salita|število\s+besed|numărul\s+de\s+cuvinte|"
    r"jumlah\s+kata|số\s+từ|字数|文字数|단어\s*수|글자\s*수|מספר\s+מילים)\s*[:：]\s*\d+", _I)
_COUNT_ASKED = re.compile(r"word\s+count|count\s+(?:the|of)\s+words|number\s+of\s+(?:words|characters)|how\s+many\s+words|nombre\s+de\s+mots|"
                          r"número\s+de\s+pal(?:abras|avras)|wortzahl|anzahl\s+der\s+wörter|numero\s+di\s+parole|количеств\w+\s+слов|кількіст\w+\s+слів|"
                          r"liczb\w+\s+słów|počet\s+slov|kelime\s+sayısı|aantal\s+woorden|antal\s+ord|sanamäär\w*|szószám|sõnade\s+arv|vārdu\s+skait\w*|"
                          r"字数|文字数|단어\s*수|글자\s*수|מספר\s+(?:ה)?מילים", re.I)
_BLOCK = re.compile(r"[?？]|\b(?:if|si|wenn|falls|ob|если|якщо|jeśli|jestli|eğer|om|jos|ha|kui|kung|dacă|če|jei|ef|"
                    r"please|bitte|por\s+favor|s['’]il|per\s+favore|пожалуйста|proszę|lütfen|must|should|debe|doit|muss|deve|должн\w*|"
                    r"musi|gerek|moet|måste|pitää|kell|tuleb|lazima|dapat|trebuie|mora\w*|jā\w+|turi)\b|ください|べき|해야|请|必须|אם\s|צריך", re.I)
_SENTENCE = re.compile(r"[^.!?。！？\n]+[.!?。！？]*")
#: the request, fully done, as a verbless note: "Aufgabe vollständig erfüllt.", "Request fully met.", "Задание полностью выполнено."
_TASK, _FULLY, _DONE = (
    r"(?:the\s+)?(?:request|brief|assignment|prompt)|(?:die\s+|der\s+)?(?:aufgabe|auftrag|anfrage|anforderungen|vorgaben)|(?:la\s+)?(?:demande|consigne|mission)|"
    r"(?:la\s+)?(?:tarea|solicitud|petición|consigna)|(?:la\s+)?(?:richiesta|consegna)|(?:a\s+)?(?:tarefa|solicitação)|(?:de\s+)?(?:opdracht|aanvraag)|"
    r"задани[ея]|запрос|поручение|zadanie|polecenie|zadání|görev|istek|tehtävä|feladat|ülesanne|uzdevums|užduotis|verkefnið|kazi|gawain",
    r"fully|completely|entirely|100\s*%|vollständig|komplett|vollumfänglich|entièrement|pleinement|complètement|completamente|totalmente|"
    r"pienamente|interamente|plenamente|volledig|helemaal|полностью|целиком|w\s+pełni|całkowicie|zcela|plně|tamamen|eksiksiz|täysin|"
    r"teljesen|täielikult|pilnībā|visiškai|að\s+fullu|kikamilifu|ganap\s+na",
    r"done|completed|fulfill?ed|satisfied|met|accomplished|handled|erfüllt|erledigt|umgesetzt|eingehalten|(?:remplie|satisfaite|accomplie|respectée)s?|"
    r"cumplid[ao]|completad[ao]|atendid[ao]|(?:soddisfatt|completat|eseguit|rispettat)[ao]|(?:cumprid|atendid|concluíd|realizad)[ao]|"
    r"uitgevoerd|vervuld|afgerond|voldaan|выполнен[оа]?|исполнен[оа]?|wykonane|zrealizowane|spełnione|splněn[oa]|tamamlandı|karşılandı|"
    r"täytetty|suoritettu|teljesítve|teljesült|täidetud|izpildīts|įvykdyta|lokið|uppfyllt|imekamilika|imetimizwa|natapos|natupad")
_TASK_DONE = re.compile(r"^\W{0,4}(?:[^\W\d]+\s*:\s*)?(?:" + _TASK + r")\s*[:,—–-]?\s*(?:" + _FULLY + r")\s+(?:" + _DONE + r")\W*$|"
                        r"^\W{0,4}(?:[^\W\d]+\s*:\s*)?(?:" + _TASK + r")\s*[:,—–-]?\s*(?:" + _DONE + r")\s+(?:" + _FULLY + r")\W*$", _I)
_REPORT_ASKED = re.compile(r"status|report|update|\blog\b|minutes|protokoll|bericht|rapport|informe|relazione|отч[её]т|raport|changelog|"
                           r"check\s*-?list|to-?do", re.I)
#: each of the user's rules found in this text: "jede Ihrer Vorgaben steckt in diesem Text", "every one of your points is in the answer"
_EACH_IN = re.compile(
    r"\b(?:jede[rs]?|alle)\s+(?:Ihrer|deiner|eurer)\s+(?:Vorgaben|Anforderungen|Anweisungen|Wünsche|Punkte|Bedingungen)\s+(?:steckt|stecken|ist|sind|"
    r"findet\s+sich|finden\s+sich)\s+(?:\w+\s+){0,2}?(?:in|im)\s+(?:diesem|dem|meinem)?\s*(?:Text|Antwort|Entwurf)|"
    r"\b(?:every|each)\s+(?:single\s+)?(?:one\s+of\s+)?your\s+(?:requirements|instructions|points|rules|constraints|wishes|requests)\s+(?:is|are)\s+"
    r"(?:\w+\s+)?(?:in|reflected\s+in|covered\s+in|built\s+into|present\s+in)\s+(?:this|the|my)\s+(?:text|answer|response|reply|draft)\b|"
    r"\b(?:chacune?|toutes?)\s+(?:de\s+)?(?:vos|tes)\s+(?:consignes|exigences|demandes|instructions)\s+(?:est|sont|se\s+trouvent?)\s+(?:\w+\s+)?"
    r"(?:dans|présentes?\s+dans)\s+(?:ce|le)\s+(?:texte|réponse)|"
    r"\b(?:cada\s+una\s+de|todas)\s+(?:tus|sus)\s+(?:indicaciones|instrucciones|peticiones|exigencias)\s+(?:está|están)\s+(?:\w+\s+)?en\s+"
    r"(?:este|el)\s+texto", _I)
#: "the best possible answer" said of this one
_BEST = re.compile(
    r"^\W{0,3}(?:this|that|here)\s+is\s+the\s+best\s+(?:possible\s+)?(?:answer|response|reply)(?:\s+possible)?\s+(?:to|for)\s+your\b|"
    r"^\W{0,3}(?:dies|das)\s+ist\s+die\s+bestmögliche\s+antwort|^\W{0,3}c['’]est\s+la\s+meilleure\s+réponse\s+possible|"
    r"^\W{0,3}(?:esta|ésta)\s+es\s+la\s+mejor\s+respuesta\s+posible|^\W{0,3}questa\s+è\s+la\s+(?:migliore\s+risposta\s+possibile|risposta\s+migliore\s+possibile)|"
    r"^\W{0,3}esta\s+é\s+a\s+melhor\s+resposta\s+possível|^\W{0,3}это\s+(?:лучший\s+(?:из\s+)?возможн\w+|наилучший)\s+ответ|"
    r"^\W{0,3}šī\s+ir\s+labākā\s+(?:iespējamā\s+)?atbilde|^\W{0,3}tai\s+geriausias\s+(?:įmanomas\s+)?atsakymas|"
    r"^\W{0,3}see\s+on\s+parim\s+(?:võimalik\s+)?vastus|^\W{0,3}tämä\s+on\s+paras\s+mahdollinen\s+vastaus|"
    r"^\W{0,3}to\s+(?:jest\s+)?najlepsza\s+(?:możliwa\s+)?odpowiedź|^\W{0,3}dit\s+is\s+het\s+best\s+mogelijke\s+antwoord|"
    r"^\W{0,3}detta\s+är\s+det\s+bästa\s+möjliga\s+svaret|^\W{0,3}ez\s+a\s+lehető\s+legjobb\s+válasz", _I)
_BEST_WORDS = ("best", "bestmögliche", "meilleure", "mejor", "migliore", "melhor", "лучший", "наилучший", "labākā", "geriausias", "parim",
               "paras", "najlepsza", "bästa", "legjobb")
#: letters spelt out one by one ("F-u-l-l-y  o-n  b-r-i-e-f"): read again with the letters joined
_SPELT = re.compile(r"(?<![A-Za-z])[A-Za-z](?:[-.·_ ]{1,3}[A-Za-z]){5,}(?![A-Za-z])")
_SPELT_CLAIM = re.compile(r"^(?:(?:fully|totally|completely|100%?)\s+)?(?:compliant|on\s+(?:brief|spec)|all\s+(?:requirements|instructions|"
                          r"constraints|rules)\s+(?:met|followed|satisfied)|(?:requirements|instructions)\s+(?:met|followed)|error\s*-?\s*free|"
                          r"(?:meets|follows)\s+all\s+(?:the\s+)?(?:requirements|instructions|rules))$", re.I)
#: a length label with the limit the prompt set ("Speech length: within the three minutes requested")
_LENGTH_WITHIN = re.compile(r"(?:^|(?<=[(\[]))[^\S\n]*(?:\w+[^\S\n]+)?(?:length|duration|word\s+count)\s*:\s*(?:within|under|inside|below)\s+the\s+"
                            r"[^;.\n]{0,30}?(?:requested|asked\s+for|specified|you\s+set|limit)\b", _I)


def _spelt(text: str) -> Iterator[tuple[int, int]]:
    for m in _SPELT.finditer(text):
        words = re.split(r"\s{2,}|[-.·_ ]{2,}", m.group(0))
        joined = " ".join(re.sub(r"[-.·_ ]", "", w) for w in words)
        if _SPELT_CLAIM.match(joined.strip()):
            yield m.start(), m.end()


def _english(text: str, low: str) -> Iterator[tuple[str, int, int]]:
    if any(w in low for w in _WHOLE_WORDS):
        for m in _WHOLE.finditer(text):
            sent = _around(text, m.start(), m.end())
            if _BLOCK.search(sent) or m.group(0).lower().startswith(("ticked", "checked", "crossed")) and not _TICKED_OFF_OWNED.search(sent):
                continue
            yield "says it covered the whole request", m.start(), m.end()
    if "on " in low or "on-" in low:
        for m in _ON_LIST.finditer(text):
            if _ON_STRONG.search(m.group(1)):
                yield "lists its own fits to the brief", m.start(1), m.end(1)
    if any(w in low for w in _BEST_WORDS):
        for s in _SENTENCE.finditer(text):
            if _BEST.search(s.group(0)) and not _BLOCK.search(s.group(0)):
                yield "calls itself the best possible answer", s.start(), s.end()
    for start, end in _spelt(text):
        yield "spells out a compliance claim", start, end
    if "length" in low or "duration" in low or "word count" in low:
        for m in _LENGTH_WITHIN.finditer(text):
            yield "reports its own length", m.start(), m.end()
    if ":" in text or "=" in text:
        hits = [m for m in _RATING.finditer(text)]
        for a, b in zip(hits, hits[1:]):
            between = text[a.end():b.start()]
            if between.count("\n") <= 1 and len(between) < 80 and (_ABOUT_ANSWER.search(a.group(1)) or _ABOUT_ANSWER.search(b.group(1))):
                yield "rates its own qualities", a.start(), b.end()
                break


def _clause(sent: str, start: int) -> str:
    """The clause of ``sent`` from its last break (a dash, a colon, a semicolon, a comma) before ``start``."""
    return sent[max(sent.rfind(c, 0, start) for c in ",;:–—") + 1:]


def _around(text: str, start: int, end: int) -> str:
    left = max(text.rfind(c, 0, start) for c in ".!?\n") + 1
    right = min([i for i in (text.find(c, end) for c in ".!?\n") if i >= 0], default=len(text))
    return text[left:right + 1]


def more11_claims(text: str, prompt: str = "") -> Iterator[tuple[str, int, int]]:
    """``(label, start, end)`` of each claim in one of the readings above."""
    low = text.lower()
    yield from _english(text, low)
    yield from note_claims(text, prompt)
    notes = any(w in low for w in _NOTE_WORDS)
    for s in _SENTENCE.finditer(text):
        sent = s.group(0)
        m = _EACH_IN.search(sent)
        if m and not _BLOCK.search(_clause(sent, m.start())):
            yield "says each of the user's rules is in the text", s.start() + m.start(), s.start() + m.end()
        if _BLOCK.search(sent):
            continue
        m = _TASK_DONE.match(sent.strip())
        if m and not (prompt and _REPORT_ASKED.search(prompt)):
            yield "says the request is fully done", s.start(), s.end()
            continue
        m = _NOTE.search(sent) if notes else None
        if m:
            yield "says everything is as asked", s.start() + m.start(), s.start() + m.end()
            continue
        asked_ = re.search(_AS_ASKED, sent, re.I) if notes else None
        if asked_ and re.search(_FLAWLESS, sent, re.I) and not (prompt and _CHECK_ASKED.search(prompt)):
            yield "says it is as asked and flawless", s.start() + asked_.start(), s.start() + asked_.end()
            continue
        c = re.search(_CHECKED, sent, re.I)
        if c and not (prompt and _CHECK_ASKED.search(prompt)):
            f = re.search(_FLAWLESS, sent[c.end():], re.I)
            if f:
                yield "reports its own check as flawless", s.start() + c.start(), s.start() + c.end() + f.end()
    if ":" in text or "：" in text:
        for m in _LABELS.finditer(text):
            line_end = text.find("\n", m.end())
            rest = text[m.end():line_end if line_end >= 0 else len(text)]
            if rest.strip() and not _BLOCK.search(rest):
                yield "self-check label", m.start(), m.end() + len(rest)
        if not (prompt and _COUNT_ASKED.search(prompt)):
            for m in _LENGTH_LABEL.finditer(text):
                yield "reports its own length", m.start(), m.end()
