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
from rubric_plugin.shaping.claims_more12_lexicon import AS_ASKED_MORE as _AS_ASKED_MORE
from rubric_plugin.shaping.claims_more12_lexicon import DONE as _DONE
from rubric_plugin.shaping.claims_more12_lexicon import EXACT as _EXACT
from rubric_plugin.shaping.claims_more12_lexicon import LEX as _LEX

_I = re.IGNORECASE

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
