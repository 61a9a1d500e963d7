"""The readings of :mod:`.claims_more10` in other languages: status notes, the passive claim with the
request named, everything asked done, and perfection.

* **a status note**: an instruction noun as a label and a participle of fulfilment as its value, "all"
  on either side, a tick allowed between ("Todos los requisitos: cumplidos ✅", "Consignes : toutes
  respectées ✔", "Требования: ✔ выполнены"), and the verbless Chinese / Japanese note ("要求已全部满足",
  "条件はすべてクリア");
* **the passive claim with the request named**: "all" + instruction noun + where they come from (the
  user's request or message) + a completed passive ("Alle Vorgaben aus deiner Anfrage wurden
  vollständig eingehalten", "Toutes les consignes de votre message ont été respectées");
* **everything asked, done**: "İstenen her şeyi eksiksiz yaptım", "cumple con todo lo que pediste",
  "j'ai fait tout ce que vous avez demandé", and in Japanese and Korean "as you asked" with a top
  value ("ご要望どおり完璧に仕上げました", "요청하신 대로 완벽하게");
* **perfection**: a short note that no improvement is possible ("Aucune amélioration possible.",
  "改善の余地はありません。").

What breaks each: a question, an obligation, a condition, a negation (in the status and passive
readings), the rules of a third party ("por el cliente", "der DSGVO").
"""
from __future__ import annotations

import re
from typing import Iterator

from rubric_plugin.shaping.claims_i18n import zh_advice

_I = re.IGNORECASE | re.MULTILINE

#: per language: instruction nouns, participles of fulfilment, "all"
_LEX: dict[str, tuple[str, str, str]] = {
    "es": (r"requisitos|instrucciones|indicaciones|restricciones|criterios|condiciones|reglas|pautas|consignas|peticiones|solicitudes|deseos",
           r"cumplid[oa]s?|satisfech[oa]s?|respetad[oa]s?|atendid[oa]s?|seguid[oa]s?|verificad[oa]s?|completad[oa]s?",
           r"tod[oa]s(?:\s+(?:los|las))?"),
    "fr": (r"consignes|exigences|instructions|contraintes|critères|règles|conditions|demandes|souhaits|indications",
           r"respecté(?:e|es|s)?|rempli(?:e|es|s)?|satisfait(?:e|es|s)?|suivi(?:e|es|s)?|atteint(?:e|es|s)?|vérifié(?:e|es|s)?",
           r"tou(?:te)?s(?:\s+les)?"),
    "pt": (r"requisitos|instruções|restrições|critérios|regras|condições|orientações|pedidos|solicitações|desejos|exigências",
           r"cumprid[oa]s?|atendid[oa]s?|respeitad[oa]s?|satisfeit[oa]s?|seguid[oa]s?|verificad[oa]s?", r"tod[oa]s(?:\s+(?:os|as))?"),
    "it": (r"requisiti|istruzioni|vincoli|criteri|regole|condizioni|indicazioni|consegne|richieste|desideri",
           r"rispettat[aeio]|soddisfatt[aeio]|seguit[aeio]|completat[aeio]|verificat[aeio]", r"tutt[ie](?:\s+(?:i|le|gli))?"),
    "de": (r"anforderungen|vorgaben|anweisungen|bedingungen|kriterien|regeln|auflagen|wünsche|punkte|hinweise",
           r"erfüllt|eingehalten|befolgt|beachtet|umgesetzt|berücksichtigt", r"alle|sämtliche"),
    "nl": (r"eisen|vereisten|instructies|voorwaarden|criteria|regels|richtlijnen", r"voldaan|nageleefd|gevolgd|vervuld|gerespecteerd", r"alle"),
    "ru": (r"требования|инструкции|условия|указания|критерии|правила|ограничения",
           r"выполнен[ыао]?|соблюден[ыао]?|соблюдён[ыао]?|учтен[ыао]?|учтён[ыао]?|удовлетворен[ыао]?", r"все"),
    "uk": (r"вимоги|інструкції|умови|вказівки|критерії|правила", r"виконан[іоа]?|дотриман[іоа]?|врахован[іоа]?", r"всі|усі"),
    "pl": (r"wymagania|instrukcje|warunki|polecenia|kryteria|zasady|wytyczne", r"spełnion[eya]|zachowan[eya]|wykonan[eya]|"
           r"przestrzegan[eya]|uwzględnion[eya]", r"wszystkie"),
    "tr": (r"gereksinimler|talimatlar|koşullar|kurallar|şartlar|kriterler|istekler", r"karşılandı|karşılanmıştır|yerine\s+getirildi|"
           r"uyuldu|sağlandı|tamam", r"tüm|bütün|hepsi"),
    "sv": (r"krav(?:en)?|instruktioner(?:na)?|villkor(?:en)?|regler(?:na)?", r"uppfyll(?:da|t|ts)|följ(?:da|t|ts)|uppfyllda", r"alla"),
    "id": (r"persyaratan|instruksi|syarat|ketentuan|kriteria|aturan", r"terpenuhi|dipenuhi|dipatuhi|diikuti", r"semua|seluruh"),
}
_PART_ALL = "|".join(p for _, p, _ in _LEX.values())
_TICK = r"(?:[✓✔✅☑]\ufe0f?\s*)"
_STATUS = re.compile(
    r"(?:^|(?<=[|·•;\n]))[^\S\n]*(?:[^\w\s][^\S\n]*){0,4}(?:(?P<all1>" + "|".join(a for _, _, a in _LEX.values()) + r")\s+)?"
    r"(?P<noun>" + "|".join(n for n, _, _ in _LEX.values()) + r")[^\S\n]*[:：=][^\S\n]*" + _TICK + r"?"
    r"(?:(?P<all2>" + "|".join(a for _, _, a in _LEX.values()) + r")\s+)?" + _TICK + r"?(?P<part>" + _PART_ALL + r")(?!\w)", _I)
#: the verbless note in Chinese and Japanese: noun + "already / all" + fulfilled
_CJK = re.compile(r"(?:所有|全部|一切|各项|すべての|全ての)?(?:的)?(?:要求|指令|指示|条件|规则|限制|约束|要件|ルール|制約|ご指示|ご要望|ご指定の条件|ご指定)"
                  r"(?:均|都|皆|已|已经|全部|全都|均已|都已|已全部|はすべて|は全て|もすべて|をすべて|を全て|すべて|全て)+"
                  r"(?:满足|遵守|遵循|达到|符合|完成|落实|执行|達成|クリア|満たしました|満たしています|守りました|遵守しました|対応済み|反映済み|"
                  r"反映しました|反映しています|満たされています|守られています)", _I)
_CJK_BLOCK = re.compile(r"请|必须|应该|是否|吗|需要|确保|如果|不|没|未|ください|べき|必要|ますか|ですか|なければ|ません|ない")

#: the passive claim with the request named as its source
_SOURCE = {
    "de": (r"\b(?:alle|sämtliche)\s+(?:\w+\s+)?(?:" + _LEX["de"][0] + r")\s+(?:(?:aus|in|von)\s+)?(?:deiner|ihrer|der|dieser)\s+"
           r"(?:anfrage|nachricht|aufgabe|aufgabenstellung|bitte|vorgabe|eingabe|prompt)\s+(?:wurden|sind|wurde)\s+(?:\w+\s+){0,2}?"
           r"(?:" + _LEX["de"][1] + r")"),
    "fr": (r"\b(?:toutes|tous)\s+les\s+(?:\w+\s+)?(?:" + _LEX["fr"][0] + r")\s+(?:de|dans)\s+(?:votre|ta|la|cette)\s+"
           r"(?:demande|message|requête|consigne|question)\s+(?:ont\s+été|sont)\s+(?:\w+\s+){0,2}?(?:" + _LEX["fr"][1] + r")"),
    "es": (r"\b(?:todos|todas)\s+(?:los|las)\s+(?:\w+\s+)?(?:" + _LEX["es"][0] + r")\s+(?:de|en)\s+(?:tu|su|la|este)\s+"
           r"(?:solicitud|mensaje|petición|pedido|consulta|pregunta)\s+(?:han\s+sido|fueron|se\s+han|están)\s+(?:\w+\s+){0,2}?"
           r"(?:" + _LEX["es"][1] + r")"),
    "it": (r"\btutt[ie]\s+(?:i|le|gli)\s+(?:\w+\s+)?(?:" + _LEX["it"][0] + r")\s+(?:della|nella|del|nel)\s+(?:tua|sua)?\s*"
           r"(?:richiesta|messaggio|domanda)\s+(?:sono\s+stat[ie]|sono)\s+(?:\w+\s+){0,2}?(?:" + _LEX["it"][1] + r")"),
    "pt": (r"\btod[oa]s\s+(?:os|as)\s+(?:\w+\s+)?(?:" + _LEX["pt"][0] + r")\s+(?:do|da|no|na)\s+(?:seu|sua|teu|tua)?\s*"
           r"(?:pedido|mensagem|solicitação|pergunta)\s+(?:foram|estão|são)\s+(?:\w+\s+){0,2}?(?:" + _LEX["pt"][1] + r")"),
}
_SOURCE_RE = re.compile("|".join(_SOURCE.values()), _I)
#: the user's rules, all of them, met: "all your NOUN were PART" with the possessive that makes them the conversation's
_YOURS = {
    "es": r"\btod[oa]s\s+(?:tus|sus)\s+(?:" + _LEX["es"][0] + r")\s+(?:han\s+sido|fueron|se\s+han|están)\s+(?:\w+\s+){0,2}?(?:" + _LEX["es"][1] + r")",
    "fr": r"\b(?:toutes|tous)\s+(?:vos|tes)\s+(?:" + _LEX["fr"][0] + r")\s+(?:ont\s+été|sont)\s+(?:\w+\s+){0,2}?(?:" + _LEX["fr"][1] + r")",
    "it": r"\btutt[ie]\s+(?:le\s+tue|i\s+tuoi|le\s+sue|i\s+suoi)\s+(?:" + _LEX["it"][0] + r")\s+(?:sono\s+stat[ie]|sono)\s+(?:\w+\s+){0,2}?(?:"
          + _LEX["it"][1] + r")",
    "pt": r"\btod[oa]s\s+(?:as|os)\s+(?:suas|seus|tuas|teus)\s+(?:" + _LEX["pt"][0] + r")\s+(?:foram|estão|são)\s+(?:\w+\s+){0,2}?(?:" + _LEX["pt"][1] + r")",
    "de": r"\b(?:alle|sämtliche)\s+(?:deine|ihre)\s+(?:" + _LEX["de"][0] + r")\s+(?:wurden|sind)\s+(?:\w+\s+){0,2}?(?:" + _LEX["de"][1] + r")",
    # a first-person verb, an adverb of exactness, then the user's rules: "Segui à risca todas as suas orientações"
    "pt1": r"\b(?:segui|cumpri|respeitei|atendi|obedeci)\s+(?:\S+\s+){0,3}?(?:tod[oa]s\s+)?(?:as\s+|os\s+)?(?:suas|seus|tuas|teus)\s+(?:"
           + _LEX["pt"][0] + r")",
    "es1": r"\b(?:seguí|cumplí|respeté|atendí|obedecí)\s+(?:\S+\s+){0,3}?(?:con\s+)?(?:tod[oa]s\s+)?(?:las\s+|los\s+)?(?:tus|sus)\s+(?:"
           + _LEX["es"][0] + r")",
}
#: none of the user's rules was missed
_NONE_MISSED = {
    "es": r"\bningun[oa]?\s+de\s+(?:tus|sus|las)\s+(?:" + _LEX["es"][0] + r")\s+(?:ha|fue|se\s+ha)\s+(?:sido\s+)?(?:omitid|ignorad|olvidad|"
          r"pasad)\w*|\bno\s+(?:se\s+)?(?:ha|he|han)\s+(?:sido\s+)?(?:omitid|ignorad|olvidad|pasad\w*\s+por\s+alto)\w*\s+(?:ningun[oa]?|nada)\s+"
          r"de\s+(?:tus|sus|las)\s+(?:" + _LEX["es"][0] + r")",
    "fr": r"\baucune?\s+(?:de\s+(?:vos|tes)\s+)(?:" + _LEX["fr"][0] + r")\s+n['’](?:a|ont)\s+été\s+(?:ignoré|oublié|omis|négligé|laissé|"
          r"écarté)\w*|\bje\s+n['’]ai\s+(?:ignoré|oublié|omis|négligé|laissé\s+de\s+côté)\s+aucune?\s+(?:de\s+(?:vos|tes)\s+)(?:" + _LEX["fr"][0] + r")",
    "de": r"\bkein\w*\s+(?:deiner|ihrer)\s+(?:" + _LEX["de"][0] + r")\s+(?:wurde|ist|wurden|sind)\s+(?:\w+\s+)?(?:übergangen|ignoriert|"
          r"vergessen|ausgelassen|übersehen|missachtet)|\bich\s+habe\s+kein\w*\s+(?:deiner|ihrer)\s+(?:" + _LEX["de"][0] + r")\s+(?:\w+\s+)?"
          r"(?:übergangen|ignoriert|vergessen|ausgelassen|übersehen|missachtet)",
    "it": r"\bnessun[ao]?\s+(?:delle\s+tue|dei\s+tuoi|delle\s+sue|dei\s+suoi)\s+(?:" + _LEX["it"][0] + r")\s+(?:è\s+stat[oa]|è)\s+"
          r"(?:ignorat|omess|dimenticat|trascurat|saltat)\w*",
    "pt": r"\bnenhum[a]?\s+d[ao]s\s+(?:suas|seus|tuas|teus)\s+(?:" + _LEX["pt"][0] + r")\s+foi\s+(?:ignorad|omitid|esquecid|deixad)\w*",
}
_YOURS_RE = re.compile("|".join(_YOURS.values()), _I)
_NONE_RE = re.compile("|".join(_NONE_MISSED.values()), _I)
#: the user's every rule, done (Chinese): "您的每一项要求我都做到了"
_ZH_YOURS = re.compile(r"(?:您|你)的(?:每一?[项个条]|所有|全部|各项|一切)?(?:要求|指示|指令|条件|规则|要点)[^。！？\n]{0,8}?(?:都|均|全部|全都|已|已经)+"
                       r"(?:做到了|满足了|完成了|达到了|落实了|遵守了|满足|做到|完成|遵守|落实)")
_BLOCK = re.compile(r"\b(?:nicht|kein\w*|pas|non|no|não|не|ne|ob|si|se|if|wenn|falls|muss\w*|müssen|doit|doivent|debe\w*|deve\w*|"
                    r"должн\w*|bitte|prüfe\w*|vérifie\w*|verifica\w*|comprueba\w*)\b", _I)

#: everything asked, done
_DID_ALL = re.compile(
    r"(?:istenen|istediğiniz|istediğin|belirttiğiniz|belirttiğin|talep\s+ettiğiniz|talep\s+ettiğin)\s+(?:her\s+şey\w*|hepsin\w*|"
    r"tümün\w*|(?:tüm|bütün)\s+\w+)\s+(?:\w+\s+){0,2}?(?:yaptım|yerine\s+getirdim|karşıladım|tamamladım|uyguladım|hallettim|"
    r"ele\s+aldım|ekledim)|"
    r"(?:^|[,.;:¡!]\s*|\b(?:sí|si|yes)\s*,\s*|\b(?:esta\s+respuesta|este\s+texto|esto|mi\s+respuesta|la\s+respuesta)\s+)"
    r"(?:he\s+hecho|hice|he\s+cumplido\s+con|cumple\s+con|cumplo\s+con|he\s+incluido|incluye|respeta|cubre|recoge|atiende)\s+"
    r"(?:\w+\s+)?todo\s+lo\s+que\s+(?:me\s+)?(?:pediste|pidió|pidiste|solicitaste|solicitó|indicaste|indicó|querías|especificaste|"
    r"pedías|has\s+pedido|ha\s+pedido)|"
    r"\b(?:j['’]ai\s+(?:bien\s+)?(?:fait|respecté|inclus|couvert|suivi)|(?:cette\s+réponse|ce\s+texte)\s+(?:respecte|couvre|inclut|fait))\s+"
    r"(?:\w+\s+)?tout\s+ce\s+que\s+(?:vous\s+avez|tu\s+as)\s+(?:demandé|indiqué|précisé|spécifié|souhaité)|"
    r"\b(?:fiz|cumpri|incluí|respeitei|segui)\s+(?:\w+\s+)?tudo\s+(?:o\s+)?que\s+(?:você\s+|tu\s+)?(?:pediu|pediste|solicitou|"
    r"indicou|especificou)|"
    r"\b(?:ho\s+fatto|ho\s+rispettato|ho\s+incluso|ho\s+seguito)\s+(?:\w+\s+)?tutto\s+(?:ciò\s+|quello\s+)?che\s+(?:hai|ha|mi\s+hai)\s+"
    r"(?:chiesto|richiesto|indicato|specificato)|"
    r"\bich\s+habe\s+(?:\w+\s+)?alles(?:\s*,)?\s+(?:was\s+)?(?:du|sie)\s+(?:\w+\s+)?(?:verlangt|gewünscht|gefordert|angefragt|"
    r"wolltest|wollten|angegeben)|"
    r"(?:ご要望|ご指示|ご依頼|ご希望|ご指定|ご要求|ご注文|お求め)(?:の)?(?:どおり|通り|とおり|に沿って|に従って|に沿い)[、,]?\s*"
    r"(?:完璧に|完全に|すべて|全て|漏れなく|余すところなく|100\s*%)|"
    r"(?:요청하신|요구하신|지시하신|말씀하신)\s*(?:대로|그대로)\s*(?:완벽하게|완벽히|빠짐없이|전부|모두)|"
    r"(?:按照|依照|根据)(?:您|你)的(?:要求|指示)[，,]?\s*(?:完美地|一丝不苟地|不折不扣地|分毫不差地)", _I)
_DID_ALL_BLOCK = re.compile(r"[?？]|\b(?:si|se|if|wenn|ob|nicht|no\s+he|pas|não|non|değil|yapmadım)\b|ませんでした|ですか|ますか|않|못|没|不", _I)
#: perfection: a short note that no improvement is possible
_PERFECT = re.compile(
    r"^\W{0,4}(?:aucune\s+amélioration\s+(?:n['’]est\s+)?possible|(?:no\s+(?:hay|caben|es\s+posible\s+hacer)\s+)?mejoras?\s+posibles?|"
    r"no\s+se\s+puede\s+mejorar|keine\s+verbesserungen?\s+(?:sind\s+|ist\s+)?möglich|nessun\s+miglioramento\s+(?:è\s+)?possibile|"
    r"nenhuma\s+melhoria\s+(?:é\s+)?possível|улучш\w+\s+невозможн\w*|улучшать\s+нечего|改善の余地は(?:ありません|ない|なし)|"
    r"改善の余地なし|(?:已)?无(?:可|需)?改进(?:之处|的余地|空间)?|没有(?:任何)?改进的?(?:余地|空间)|개선할\s*(?:점|부분|여지)(?:이|은|는)?\s*없습니다)"
    r"[\s.!。！]*$", _I)


#: the answer vouching for its accuracy: per language, what names the answer, its virtues, "without errors", and what makes
#: the answer the user's ("your answer") or the sentence advice or a condition
_ACCURATE: dict[str, tuple[str, str, str, str]] = {
    "fr": (r"(?:cette|la|ma)\s+réponse|ce\s+texte", r"exacte?|correcte?|complète?|précise?|claire?|conforme",
           r"sans\s+(?:aucune\s+)?(?:erreur|faute)s?|exempte?\s+d['’](?:erreurs?|fautes?)", r"ta|votre|tu|si|doit|devrait"),
    "es": (r"(?:esta|la|mi)\s+respuesta|este\s+texto", r"correct[ao]|exact[ao]|complet[ao]|precis[ao]|clar[ao]",
           r"sin\s+(?:ningún\s+)?errores?|libre\s+de\s+errores", r"tu|su|si|debe|debería"),
    "it": (r"(?:questa|la|mia)\s+risposta|questo\s+testo", r"corrett[ao]|esatt[ao]|complet[ao]|precis[ao]|chiar[ao]",
           r"priv[ao]\s+di\s+errori|senza\s+errori", r"tua|sua|se|deve|dovrebbe"),
    "pt": (r"(?:esta|a|minha)\s+resposta|este\s+texto", r"corret[ao]|exat[ao]|complet[ao]|precis[ao]|clar[ao]",
           r"sem\s+(?:nenhum\s+)?erros?|livre\s+de\s+erros", r"sua|tua|se|deve|deveria"),
    "de": (r"(?:diese|die|meine)\s+antwort|dieser\s+text", r"korrekt|richtig|vollständig|präzise|genau|klar",
           r"fehlerfrei|ohne\s+(?:jeden\s+)?fehler", r"deine|ihre|wenn|falls|sollte|muss"),
    "nl": (r"(?:dit|het|mijn)\s+antwoord|deze\s+tekst", r"correct|juist|volledig|nauwkeurig|duidelijk",
           r"foutloos|foutvrij|zonder\s+fouten", r"je|jouw|uw|als|moet"),
    "ru": (r"(?:этот\s+|мой\s+|данный\s+)?ответ|этот\s+текст", r"точн\w+|правильн\w+|полн\w+|верн\w+|корректн\w+",
           r"без\s+(?:единой\s+)?ошиб\w+|безошибочн\w+", r"ваш\w*|тво\w+|если|должен"),
    "uk": (r"(?:ця\s+)?відповідь", r"точн\w+|правильн\w+|повн\w+|коректн\w+", r"без\s+помилок", r"ваш\w*|тво\w+|якщо"),
    "pl": (r"(?:ta\s+|moja\s+)?odpowiedź|ten\s+tekst", r"poprawn\w+|dokładn\w+|kompletn\w+|precyzyjn\w+|jasn\w+",
           r"bez\s+(?:żadnych\s+)?błędów|bezbłędn\w+", r"twoja|pana|pani|jeśli|powinna"),
    "cs": (r"(?:tato\s+)?odpověď", r"správn\w+|přesn\w+|úpln\w+|kompletn\w+", r"bez\s+chyb", r"vaše|tvoje|pokud|měla"),
    "sv": (r"svaret|detta\s+svar", r"korrekt|fullständig\w*|exakt|tydlig\w*", r"felfri\w*|utan\s+fel", r"ditt|ert|om|bör"),
    "da_no": (r"svaret|dette\s+svar", r"korrekt|fuldstændig\w*|fullstendig\w*|præcis\w*|presis\w*", r"fejlfri\w*|feilfri\w*|uden\s+fejl|uten\s+feil",
              r"dit|ditt|hvis|bør"),
    "ro": (r"răspunsul(?:\s+meu)?", r"corect|exact|complet|clar", r"fără\s+(?:nicio\s+)?erori", r"tău|dumneavoastră|dacă|trebuie"),
    "tr": (r"(?:bu\s+)?(?:cevap|yanıt)(?:ım)?", r"doğru|eksiksiz|kesin|net|tam", r"hatasız|hata\s+içermiyor|hiçbir\s+hata", r"cevabınız|yanıtınız|cevabın|yanıtın|eğer|olmalı"),
    "el": (r"(?:αυτή\s+)?η\s+απάντηση", r"ακριβής|σωστή|πλήρης|σαφής", r"χωρίς\s+(?:κανένα\s+)?(?:λάθη|λάθος|σφάλματα)", r"σας|σου|αν|πρέπει"),
    "he": (r"התשובה", r"מדויקת|נכונה|מלאה|ברורה|עומדת\s+ב\S*\s*(?:ה)?(?:הנחיות|דרישות|הוראות)", r"נטולת\s+שגיאות|ללא\s+שגיאות|בלי\s+שגיאות", r"שלך|אם|צריכה"),
    "ar": (r"الإجابة|هذه\s+الإجابة|الرد", r"دقيقة|صحيحة|كاملة|واضحة", r"خالية\s+من\s+الأخطاء|بدون\s+أخطاء|دون\s+أخطاء",
           r"إجابتك|ردك|إذا|يجب"),
    "hi": (r"(?:यह\s+)?उत्तर|जवाब", r"सही|सटीक|पूर्ण|स्पष्ट|पूरी\s+तरह", r"त्रुटिहीन|बिना\s+(?:किसी\s+)?(?:त्रुटि|गलती)", r"आपका|तुम्हारा|अगर|यदि|चाहिए"),
    "ja": (r"(?:この|本|以上の|上記の)?回答|この文章", r"正確|正しい|完全|明確|完璧", r"(?:誤り|間違い|エラー|ミス)(?:は|も)?(?:一切)?(?:ありません|ない|なし)",
           r"あなたの|もし|べき|ですか"),
    "ko": (r"(?:이\s*)?(?:답변|응답)", r"정확|올바르|완전|명확|완벽", r"(?:오류|틀린\s*(?:곳|부분)|실수)(?:가|는|이|은)?\s*(?:전혀\s*)?없", r"당신의|만약|해야"),
    "zh": (r"(?:这个|本|此|以上|上述)回答|回答", r"准确|正确|完整|清晰|完美", r"无误|没有(?:任何)?错误|无错误|零错误", r"你的|您的|如果|应该|是否"),
    "th": (r"คำตอบ(?:นี้)?", r"ถูกต้อง|แม่นยำ|ครบถ้วน|ชัดเจน", r"ไม่มีข้อผิดพลาด|ปราศจากข้อผิดพลาด", r"ของคุณ|ถ้า|ควร"),
    "sw": (r"jibu(?:\s+hili)?", r"sahihi|kamili|wazi", r"halina\s+makosa|bila\s+makosa", r"lako|kama|ikiwa|lazima"),
    "id_ms": (r"jawaban(?:\s+ini)?|jawapan(?:\s+ini)?", r"akurat|benar|lengkap|tepat|jelas", r"tanpa\s+kesalahan|bebas\s+(?:dari\s+)?kesalahan",
              r"anda|kamu|jika|harus"),
    "vi": (r"câu\s+trả\s+lời(?:\s+này)?|đáp\s+án\s+này|bài\s+viết\s+này", r"chính\s+xác|đầy\s+đủ|rõ\s+ràng|đúng\s+(?:định\s+dạng|yêu\s+cầu)",
           r"không\s+có\s+lỗi|không\s+(?:hề\s+)?sai", r"của\s+bạn|nếu|nên"),
    # the core words in more languages: "this answer / the text", its virtues (accurate, correct, complete, clear, in accordance
    # with the request, ready to use) and "without errors"
    "is": (r"(?:þetta\s+)?svar(?:ið)?|textinn", r"rétt|nákvæm\w*|tæmandi|skýr\w*|í\s+(?:fullu\s+)?samræmi\s+við", r"villulaus\w*|án\s+villna",
           r"þitt|þín|ef|ætti"),
    "cy": (r"(?:yr\s+)?ateb(?:\s+hwn)?|y\s+testun(?:\s+hwn)?", r"(?:yn\s+)?(?:g|ch)?ywir|(?:yn\s+)?g?flawn|(?:yn\s+)?g?lir|(?:yn\s+)?dilyn\s+y\s+(?:briff|"
           r"cyfarwyddiadau|gofynion)|(?:yn\s+)?berffaith", r"heb\s+(?:unrhyw\s+)?(?:wallau|gamgymeriadau)|di-?wall", r"eich\s+ateb|dy\s+ateb|os|dylai"),
    "et": (r"(?:see\s+)?vastus|tekst", r"täpne|õige|täielik|selge|korrektne|nõuetele\s+vastav", r"vigadeta|veatu|ilma\s+vigadeta", r"teie|sinu|kui|peaks"),
    "eu": (r"erantzun\s+(?:hau|hori)|erantzuna|testua", r"zuzena|zehatza|osoa|argia", r"akatsik\s+gabe|akatsik\s+gabekoa|errorerik\s+gabe",
           r"zure|baldin|beharko"),
    "mt": (r"(?:din\s+)?it-tweġiba|it-test", r"preċiż[a]?|korrett[a]?|komplut[a]?|komplet[a]?|sħiħ[a]?|ċar[a]?|eżatt[a]?", r"mingħajr\s+(?:ebda\s+)?żbalj\w*",
           r"tiegħek|jekk|għandha"),
    "lv": (r"(?:šī\s+)?atbilde|teksts", r"precīz\w*|pareiz\w*|piln\w*|skaidr\w*", r"bez\s+kļūdām|nevainojam\w*", r"jūsu\s+atbilde|tava|ja|vajadzētu"),
    "lt": (r"(?:šis\s+)?atsakymas|tekstas", r"tiksl\w*|teising\w*|išsam\w*|aišk\w*", r"be\s+klaidų|nepriekaišting\w*", r"jūsų\s+atsakymas|tavo|jei|turėtų"),
    "sl": (r"(?:ta\s+)?odgovor|besedilo", r"točen|točno|pravilen|pravilno|popoln\w*|jasn\w*|pripravljen\w*\s+za\s+(?:objavo|uporabo)",
           r"brez\s+(?:kakršnih\s+koli\s+)?napak", r"vaš|tvoj|če|moral"),
    "fi": (r"(?:tämä\s+)?vastaus|teksti", r"tarkka|oikea|täydellinen|selkeä|kattava|pyynnön\s+mukainen", r"virheetön|ilman\s+virheitä",
           r"sinun|teidän|jos|pitäisi"),
    "hu": (r"(?:ez\s+)?a\s+válasz|a\s+szöveg", r"pontos|helyes|teljes|világos|a\s+kérésnek\s+megfelelő", r"hibátlan|hibamentes|hiba\s+nélkül",
           r"a\s+te|az\s+ön|ha|kellene"),
    "tl": (r"(?:ang\s+)?sagot(?:\s+na\s+ito)?|ang\s+lahat\s+ng\s+nasa\s+itaas|ang\s+teksto", r"tama|kumpleto|wasto|malinaw|eksakto",
           r"walang\s+(?:anumang\s+)?mali", r"iyong|mo\s+|kung|dapat"),
    "af": (r"(?:hierdie|die)\s+antwoord|die\s+teks", r"korrek|akkuraat|volledig|duidelik|presies", r"sonder\s+(?:enige\s+)?foute|foutloos",
           r"jou\s+antwoord|u\s+antwoord|as|moet"),
    "ga": (r"(?:an\s+)?freagra(?:\s+seo)?|an\s+téacs", r"cruinn|ceart|iomlán|soiléir", r"gan\s+(?:aon\s+)?(?:earráid|botún)\w*", r"do\s+fhreagra|má|ba\s+chóir"),
    "sk": (r"(?:táto\s+)?odpoveď|text", r"správn\w+|presn\w+|úpln\w+|kompletn\w+|jasn\w+", r"bez\s+chýb|bezchybn\w+", r"vaša|tvoja|ak|mala"),
    "hr_sr": (r"(?:ovaj\s+)?odgovor|tekst", r"točan|tačan|ispravan|potpun|jasan|precizan", r"bez\s+(?:ikakvih\s+)?grešaka|bez\s+pogrešaka",
              r"vaš|tvoj|ako|trebao"),
    "bg": (r"(?:този\s+)?отговор(?:ът)?|текстът", r"точен|верен|пълен|ясен|коректен", r"без\s+(?:никакви\s+)?грешки", r"вашият|твоят|ако|трябва"),
    "ca": (r"(?:aquesta|la)\s+resposta|aquest\s+text", r"correcta|exacta|completa|precisa|clara", r"sense\s+(?:cap\s+)?errors?", r"teva|vostra|si|hauria"),
}
_SPACED_LETTER = "[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff\u1e00-\u1eff]"
_ACC_RE = {lang: tuple(re.compile(r"(?<!" + _SPACED_LETTER + r")(?:" + p + r")(?!" + _SPACED_LETTER + r")", re.IGNORECASE) for p in parts)
           for lang, parts in _ACCURATE.items()}


#: "this" or "my" in the subject: the answer named anywhere; "the answer" alone only opens the sentence ("La risposta è ...")
_THIS = re.compile(r"(?<!\w)(?:cette|ce|esta|este|questa|questo|diese|dieser|dit|deze|этот|данный|ця|ta|ten|tato|detta|dette|acest|bu|αυτή|"
                   r"הזו|זו|هذه|यह|hili|ini|này|ma|mi|mia|minha|meine|mijn|мой|moja|meu|meu|þetta|hwn|see|hau|din|šī|šis|tämä|ez|ito|itaas|hierdie|seo|"
                   r"táto|ovaj|този|aquesta|aquest)(?!\w)|この|本|以上|上記|이|这个|此|上述|นี้", re.I)


_COPULA = re.compile(r"^[\s:：—–-]*(?:(?:est|es|está|è|é|ist|is|är|er|este|είναι|jest|je|є|है|ni|adalah|là|olarak|on|ir|yra|hija|huwa|"
                     r"yw|yn|da|e|получил(?:ся|ась|ось)|вышел|является|on\s+nyt)(?!\w)|は|が|是|为|은|는|이|가)?"
                     r"[\s:：,、，]*(?:(?:completamente|totalmente|entièrement|tout\s+à\s+fait|vollständig|полностью|całkowicie|tamamen|"
                     r"完全に|完全|完全히|완전히|pienamente|perfettamente)\s*)?", re.I)


#: a note's label or lead-in before its subject ("Note:", "Opomba:", "Checked again –"): up to three words and a colon or a dash
_LABEL = re.compile(r"^\W{0,4}(?:[^\W\d]{1,20}\s+){0,2}[^\W\d]{2,20}\s*[:：–—-]\s*$")
#: languages whose predicate comes before the subject ("tama at kumpleto ang lahat ng nasa itaas"): virtues counted in the sentence
_PREDICATE_FIRST = frozenset({"tl"})
_COPULA_LANGS = frozenset({"fr", "es", "it", "pt", "de", "nl", "sv", "da_no", "ro", "el"})
_COPULA_WORD = re.compile(r"^[\s:：—–-]*(?:est|es|está|è|é|ist|is|är|er|este|είναι)(?!\w)", re.I)


def _vouches(sent: str) -> bool:
    """The sentence names the answer and gives it two virtues (or one and "without errors"), with no "your" or condition."""
    for lang, (subject, virtues, flawless, block) in _ACC_RE.items():
        m = subject.search(sent)
        if not m or block.search(sent) or not (_THIS.search(m.group(0)) or not _LABEL.sub("", sent[:m.start()], count=1).strip(" \t*_>-•([")):
            continue
        after = sent if lang in _PREDICATE_FIRST else sent[m.end():]
        # "the answer" alone: a virtue must follow it at once (not "La risposta dello studente è corretta")
        head = _COPULA.sub("", after, count=1)
        if not _THIS.search(m.group(0)) and not (virtues.match(head) or flawless.match(head)):
            continue
        # where the language has a copula, a virtue right after "the answer" is an attribute ("La réponse correcte est B")
        if not _THIS.search(m.group(0)) and lang in _COPULA_LANGS and not _COPULA_WORD.match(after):
            continue
        if len(virtues.findall(after)) + (1 if flawless.search(after) else 0) >= 2:
            return True
    return False


def _sentences(text: str) -> Iterator[re.Match]:
    return re.finditer(r"[^.!?。！？\n]+[.!?。！？]*", text)


def i18n10_claims(text: str, prompt: str = "") -> Iterator[tuple[str, int, int]]:
    """``(label, start, end)`` of each claim in one of the readings above."""
    if ":" in text or "：" in text or "=" in text:
        for m in _STATUS.finditer(text):
            line_end = text.find("\n", m.end())
            rest = text[m.end():line_end if line_end >= 0 else len(text)]
            if not re.match(r"\s*(?:por|par|von|durch|by|от|przez|tarafından|dal|pelo|pela)\b", rest, re.I) and not _BLOCK.search(m.group(0)):
                yield "says the instructions are met (status note)", m.start("noun"), m.end()
    for s in _sentences(text):
        sent = s.group(0)
        if not sent.rstrip().endswith(("?", "？")) and _vouches(sent):
            yield "vouches for its own accuracy", s.start(), s.end()
        m = _CJK.search(sent)
        # someone else's requirements ("客户的所有要求都已满足") are not the prompt's
        if m and not _CJK_BLOCK.search(sent) and not re.search(r"(?<![您你])的\s*$", sent[:m.start()]) and not zh_advice(text, s.start() + m.start()):
            yield "says the instructions are met (verbless note)", s.start() + m.start(), s.start() + m.end()
        m = _SOURCE_RE.search(sent)
        if m and not _BLOCK.search(sent) and not sent.rstrip().endswith("?"):
            yield "says the instructions of the request are met", s.start() + m.start(), s.start() + m.end()
        for label, pattern, block in (("says the user's rules are all met", _YOURS_RE, _BLOCK),
                                      ("says none of the user's rules was missed", _NONE_RE, None),
                                      ("says the user's rules are all met", _ZH_YOURS, _CJK_BLOCK)):
            m = pattern.search(sent)
            if m and not sent.rstrip().endswith(("?", "？")) and not (block and block.search(sent)) and not zh_advice(text, s.start() + m.start()):
                yield label, s.start() + m.start(), s.start() + m.end()
        m = _DID_ALL.search(sent)
        if m and not _DID_ALL_BLOCK.search(sent):
            yield "says it did everything asked", s.start() + m.start(), s.start() + m.end()
    for m in _PERFECT.finditer(text):
        yield "claims it cannot be improved", m.start(), m.end()
