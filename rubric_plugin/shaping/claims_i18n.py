"""Compliance claims in French, Spanish, German, Italian, Portuguese and Chinese.

Each language has the three common forms of the English detector (:mod:`.claims_clause`): the
active claim (the response or I + a compliance verb + all / your instructions), the passive claim
(all / your instructions + have been + followed), and the aside (per your instructions / as
requested + a constraint the response describes: words, commas, lowercase, format). Instructions
of something else (a contract's requirements, a recipe's instructions) have neither the response
as subject nor a quantifier or possessive that makes them the prompt's, and are left alone.
"""
from __future__ import annotations

import re

_I = re.IGNORECASE


#: the start of a verbless note: a bracket, a code comment, or a line opened by N.B. / P.S. / Note
_NOTE_START = r"(?:[(\[（]\s*|^\s*(?://+|#+|<!--|/\*+|--)\s*|^\W{0,3}(?:n\.?\s?b\.?|p\.?\s?s\.?|nota|note|remarque|hinweis|anmerkung|obs\.?)\s*:?\s*)"
#: someone else did it: "requisitos cumplidos por el proveedor"
_BY_OTHER = r"(?!\s+(?:par|por|von|vom|durch|dal|dalla|dai|pelo|pela|pelos|by)\b)"
#: the conversation's own task named as the instructions' owner: "de l'énoncé", "del enunciado", "der Aufgabe"
_TASK = (r"(?:\s+(?:de\s+l['’]|de\s+la|du|de|del|de\s+la|der|des|dell['’]|della|del|do|da)\s*(?:énoncé|exercice|consigne|sujet|"
         r"question|demande|enunciado|ejercicio|pregunta|solicitud|tarea|consigna|aufgabe(?:nstellung)?|frage|anfrage|traccia|"
         r"consegna|domanda|richiesta|esercizio|pergunta|pedido|tarefa|prompt))?")


def _forms(subject: str, verb: str, quant: str, noun: str, passive_aux: str, participle: str, aside: str,
           constraint: str, asked: str = "") -> list[re.Pattern]:
    """The active, passive and aside forms of one language (patterns are case-insensitive), the
    same claims as verbless notes ("(Conforme à toutes les instructions.)", "(Wortgrenze
    eingehalten.)"), and an active claim whose object is what was asked ("... le ton demandé")."""
    obj = r"(?:" + quant + r")\s*(?:[^\W\d]+\s+)?(?:" + noun + r")" + _TASK
    extra = [
        re.compile(_NOTE_START + r"(?:" + verb + r")\s+(?:[^\W\d]+\s+){0,2}?" + obj, _I | re.MULTILINE),
        # the participle first: "Nota: rispettate tutte le indicazioni."
        re.compile(_NOTE_START + r"(?:" + participle + r")\w*\s+(?:" + quant + r")\s*(?:[^\W\d]+\s+)?(?:" + noun + r")" + _BY_OTHER,
                   _I | re.MULTILINE),
        re.compile(_NOTE_START + r"(?:(?:" + quant + r")\s+)?(?:[^\W\d]+\s+)?(?:" + noun + r")\s+(?:[^\W\d]+\s+)?(?:"
                   + participle + r")\w*\b" + _BY_OTHER, _I | re.MULTILINE),
    ]
    if asked:
        extra.append(re.compile(r"(?:^|[\s(\[\-–—•*:,.])(?:" + subject + r")\s+(?:[^\W\d]+\s+){0,2}?(?:" + verb
                                + r")\s+(?:[^\W\d.!?]+\s+){0,8}?(?:" + asked + r")\w*\b", _I))
    return extra + [
        re.compile(r"(?:^|[\s(\[\-–—•*:,.])(?:" + subject + r")\s+(?:[^\W\d]+\s+){0,2}?(?:" + verb + r")\s+(?:[^\W\d]+\s+){0,2}?"
                   + obj + r"(?!\s+(?:de|del|des|der|des|dell[ao]?|do|da|dos|das)\s+(?-i:[A-Z])|\s+(?:de\s+l|d['’]un|"
                   r"eines|einer|du\s+contrat))", _I),
        re.compile(r"(?:^|[\s(\[\-–—•*:,.])(?:" + quant + r")\s*(?:[^\W\d]+\s+)?(?:" + noun + r")" + _TASK + r"\s+(?:[^\W\d]+\s+)?(?:"
                   + passive_aux + r")\s+(?:[^\W\d]+\s+){0,2}?(?:" + participle + r")\w*(?!\w)" + _BY_OTHER, _I),
        re.compile(r"(?:^|[\s(\[\-–—•*:,.])(?:" + aside + r")\b[^.!?\n]{0,80}?\b(?:" + constraint + r")", _I),
    ]


_FR = _forms(
    subject=r"cette\s+réponse|ma\s+réponse|la\s+réponse|réponse|ce\s+texte|texte|cette\s+version|ce\s+résumé|j['’]ai|nous\s+avons|je|"
            r"elle",
    verb=r"respecte|respectent|suit|suivent|satisfait(?:\s+à)?|remplit|répond\s+à|est\s+conforme\s+à|se\s+conforme\s+à|obéit\s+à|"
         r"couvre|respecté|suivi|rempli|appliqué|observé|conforme\s+à|conformes\s+à|veillé\s+à\s+(?:bien\s+)?(?:respecter|suivre|appliquer)",
    quant=r"(?:toutes|tous|chacune\s+des|chacun\s+des)\s+(?:les|vos|tes|ces)|(?:chacune|chacun)\s+de\s+(?:vos|tes|ces)|vos|tes|toutes|"
          r"tous",
    noun=r"consignes|instructions|exigences|règles|contraintes|critères|demandes|directives|limites",
    passive_aux=r"ont\s+été|sont|ont\s+toutes\s+été|ont\s+tous\s+été",
    participle=r"respecté|suivi|rempli|satisfait|observé|appliqué",
    aside=r"conformément\s+à\s+(?:vos|tes|la|votre|ta)|selon\s+(?:vos|tes)\s+(?:consignes|instructions)|comme\s+(?:demandé|"
          r"convenu|indiqué|vous\s+l['’]avez\s+demandé|tu\s+l['’]as\s+demandé)|dans\s+le\s+respect\s+de\s+(?:vos|tes)",
    constraint=r"mots|virgules?|minuscules?|majuscules?|phrases|paragraphes|format|limite|caractères|longueur",
    asked=r"demandé|exigé|imposé|requis|souhaité|fixé|prescrit")
_ES = _forms(
    subject=r"esta\s+respuesta|mi\s+respuesta|la\s+respuesta|este\s+texto|esta\s+versión|he|hemos|yo|(?=cumplí|seguí|respeté|atendí)",
    verb=r"cumple(?:n)?(?:\s+con)?|sigue|respeta|satisface|se\s+ajusta\s+a|se\s+atiene\s+a|atiende(?:\s+a)?|obedece|acata|"
         r"cubre|seguido|cumplido(?:\s+con)?|respetado|atendido|satisfecho|cumplí(?:\s+con)?|seguí|respeté|atendí",
    quant=r"(?:todas|todos|cada\s+una\s+de|cada\s+uno\s+de)\s+(?:las|los|tus|sus|estas|estos)|tus|sus|todas|todos|"
          r"(?=todo\s+lo\s+que)|(?:el|la|los|las)(?=\s+\S+(?:\s+de\s+\w+)?\s+(?:indicad|pedid|solicitad|establecid|requerid|marcad)\w*)",
    noun=r"instrucciones|indicaciones|reglas|requisitos|restricciones|criterios|normas|pautas|consignas|límites?(?:\s+de\s+\w+)?|"
         r"todo\s+lo\s+que\s+(?:me\s+)?(?:pediste|pidió|pidiste|solicitaste|indicaste|pidieron)",
    passive_aux=r"se\s+han|han\s+sido|fueron|están|está|se\s+cumplieron|quedan|queda",
    participle=r"cumplid[oa]s?|seguid[oa]s?|respetad[oa]s?|satisfech[oa]s?|atendid[oa]s?|incluid[oa]s?|cubiert[oa]s?",
    aside=r"tal\s+(?:y\s+)?como\s+(?:lo\s+|me\s+lo\s+)?(?:pediste|especificaste|indicaste|solicitaste|pidió|especificó)|"
          r"según\s+(?:tus|sus)\s+(?:instrucciones|indicaciones)|conforme\s+a\s+(?:tus|sus)|de\s+acuerdo\s+con\s+(?:tus|sus)|"
          r"como\s+(?:pediste|solicitaste|me\s+pediste|indicaste|se\s+pidió|se\s+solicitó|lo\s+pediste)",
    constraint=r"palabras|comas?|minúsculas|mayúsculas|frases|oraciones|párrafos|formato|límite|caracteres",
    asked=r"pedid[oa]|solicitad[oa]|indicad[oa]|requerid[oa]|exigid[oa]|especificad[oa]")
_DE = _forms(
    subject=r"diese\s+antwort|meine\s+antwort|die\s+antwort|dieser\s+text|diese\s+fassung|diese\s+version|ich|wir",
    verb=r"erfüllt|erfülle|befolgt|befolge|beachtet|beachte|entspricht|berücksichtigt|hält\s+sich\s+an|halte\s+mich\s+an|"
         r"hält|halte|eingehalten|umgesetzt",
    quant=r"alle|sämtliche|allen|sämtlichen|jede|jeder|ihre|deine|ihren|deinen|die\s+gestellten|die\s+genannten",
    noun=r"anweisungen|vorgaben|anforderungen|regeln|bedingungen|kriterien|instruktionen|wortgrenze|wortlimit|grenzen|vorgabe",
    passive_aux=r"wurden|sind|wurde|ist",
    participle=r"befolgt|erfüllt|beachtet|eingehalten|berücksichtigt|umgesetzt",
    aside=r"wie\s+(?:gewünscht|verlangt|gefordert|gewollt|vorgegeben|angefragt)|gemäß\s+(?:ihren|deinen|den)\s+(?:anweisungen|"
          r"vorgaben)|laut\s+(?:ihren|deinen)\s+(?:anweisungen|vorgaben)|(?:ihren|deinen)\s+vorgaben\s+entsprechend",
    constraint=r"wörtern?|kommas?|kleinbuchstaben|großbuchstaben|sätzen?|absätzen?|format|zeichen|länge",
    asked=r"gewünscht|verlangt|vorgegeben|gefordert|geforderten|angegeben")
_DE.append(re.compile(r"\b(?:ich\s+habe\s+mich|wir\s+haben\s+uns|habe\s+mich|haben\s+uns)\s+(?:\w+\s+){0,2}?an\s+(?:(?:alle|"
                      r"sämtliche)\s+(?:(?:ihre|deine|die|eure)\s+)?|jede(?:\s+einzelne)?\s+(?:(?:ihrer|deiner|eurer|der)\s+)?|(?:ihre|deine|die|eure)\s+)"
                      r"(?:\w+\s+)?(?:vorgaben?|anweisungen?|regeln?|anforderungen?|kriterien|wortgrenze)\s+(?:\w+\s+)?gehalten", _I))
_ES.append(re.compile(r"\bse\s+(?:siguieron|cumplieron|respetaron|atendieron|han\s+seguido|han\s+cumplido|han\s+respetado)\s+"
                      r"(?:con\s+)?(?:todas|todos|cada\s+una\s+de)\s+(?:las|los|tus|sus)", _I))
#: a subordinate clause puts the verb last: "dass alle Ihre Vorgaben eingehalten wurden"
_DE.append(re.compile(r"\b(?:alle|sämtliche|jede)\s+(?:ihre|deine|eure|die|der)?\s*(?:\w+\s+)?(?:anweisungen|vorgaben|anforderungen|"
                      r"regeln|bedingungen|kriterien)\s+(?:\w+\s+){0,2}?(?:befolgt|erfüllt|beachtet|eingehalten|berücksichtigt|umgesetzt)\s+"
                      r"(?:wurden|worden\s+sind|sind|wurde)\b", _I))
_ES.append(re.compile(r"(?:^|[\s(\[\-–—•*:,.])(?:cumplí|seguí|respeté|atendí|he\s+cumplido|he\s+seguido|he\s+respetado)(?:\s+con)?\s+"
                      r"(?:todo\s+lo\s+que|todas\s+(?:las|tus|sus)|todos\s+(?:los|tus|sus)|tus\s+|sus\s+|cada\s+un[ao]\s+de)", _I))
_IT = _forms(
    subject=r"questa\s+risposta|la\s+mia\s+risposta|la\s+risposta|questo\s+testo|questa\s+versione|ho|abbiamo",
    verb=r"rispetta|soddisfa|segue|osserva|è\s+conforme\s+a|rispettato|seguito|soddisfatto|osservato|curato",
    quant=r"(?:tutte|tutti)\s+(?:le|i|gli|tue|tuoi|sue|suoi|queste)|le\s+tue|i\s+tuoi|le\s+sue|i\s+suoi|ogni",
    noun=r"istruzioni|regole|requisiti|indicazioni|vincoli|criteri|richieste|limiti|istruzione|regola|requisito",
    passive_aux=r"sono\s+stat[ei]|sono|furono|è\s+stat[oa]",
    participle=r"rispettat[eiao]|seguit[eiao]|soddisfatt[eiao]|osservat[eiao]",
    aside=r"come\s+(?:richiesto|da\s+(?:tue|sue)?\s*istruzioni|hai\s+chiesto|indicato)|secondo\s+le\s+(?:tue|sue)\s+istruzioni",
    constraint=r"parole|virgole|minuscol[oe]|maiuscol[oe]|frasi|paragrafi|formato|limite|caratteri",
    asked=r"richiest[oaie]|indicat[oaie]|impost[oaie]|specificat[oaie]")
_PT = _forms(
    subject=r"esta\s+resposta|minha\s+resposta|a\s+resposta|este\s+texto|esta\s+versão|eu",
    verb=r"atende(?:\s+a)?|cumpre|segue|respeita|satisfaz|obedece(?:\s+a)?|está\s+de\s+acordo\s+com|segui|cumpri|respeitei|atendi",
    quant=r"(?:todas|todos)\s+(?:as|os|suas|seus|tuas|teus|estas)|suas|seus|tuas|teus|todas|todos",
    noun=r"instruções|regras|requisitos|orientações|restrições|critérios|exigências|diretrizes|limites",
    passive_aux=r"foram|estão|são|foi",
    participle=r"seguid[oa]s?|cumprid[oa]s?|respeitad[oa]s?|atendid[oa]s?|satisfeit[oa]s?",
    aside=r"conforme\s+(?:suas|as|tuas)\s+(?:instruções|orientações)|de\s+acordo\s+com\s+(?:suas|tuas)|como\s+(?:pedido|"
          r"solicitado|você\s+pediu|pediste)",
    constraint=r"palavras|vírgulas?|minúsculas|maiúsculas|frases|parágrafos|formato|limite|caracteres",
    asked=r"pedid[oa]|solicitad[oa]|exigid[oa]|indicad[oa]|especificad[oa]")

_ZH_NOUN = r"(?:要求|指示|指令|说明|规则|约束条件|约束|限制|标准|条件|格式要求|字数限制|规定)"
_ZH_VERB = r"(?:完全符合|符合|满足|遵循|遵守|遵照|按照|达到|执行|落实|做到|对照|核对|完成|实现)"
_ZH = [
    re.compile(r"(?:(?:本|这个|这篇|此|该|我的|以上)?(?:回答|回复|答案|文本|内容|作品|答复)|我|我们)(?:已经|已|完全|严格|均|都|全部|"
               r"确实|确保|地|了|逐条|逐项|逐一)*" + _ZH_VERB + r"了?(?:您|你|题目|任务)?(?:提出|给出|列出|规定|设定|提供)?的?(?:所有|全部|各项|每一项|每项|一切|上述)?的?" + _ZH_NOUN),
    re.compile(_ZH_VERB + r"了?(?:(?:您|你)的?|(?:题目|任务|题干|提示)的)(?:所有|全部|各项|每一项|每项|一切)?的?" + _ZH_NOUN),
    re.compile(r"(?:已|已经)?(?:按|按照|根据|遵照|依照)(?:您|你)的?(?:要求|指示|指令)(?:完成|撰写|作答|回答|写)|字数(?:在|未超过|不超过|"
               r"少于)(?:[^。！？\n]{0,8})(?:限制|要求|以内|之内)"),
    re.compile(r"(?:(?:您|你)的?)?(?:所有|全部|各项|每一项|每项|一切)的?" + _ZH_NOUN + r"(?:均|都|皆|全部|已经|已|完全|严格|被)*"
               r"(?:满足|遵守|遵循|达到|完成|符合|落实|执行|做到)"),
    re.compile(r"(?:按照|根据|遵照|依照)(?:您|你)的?(?:要求|指示|指令)[^。！？\n]{0,40}(?:字|逗号|小写|大写|句|段|格式)"),
    # a subjectless note: "（已严格遵守字数限制和格式要求。）"
    re.compile(r"(?:^|[（(\[，,。\n：:])\s*(?:已经?|均已|都已|全部|完全)(?:严格|完全|全部|充分|均)?" + _ZH_VERB + r"了?[^。！？\n]{0,8}?"
               + _ZH_NOUN),
]

#: "everything that was asked is here", in the Romance and Germanic languages
_ALL_ASKED = re.compile(
    r"\btudo\s+(?:o\s+)?que\s+(?:foi|você|vocês|me\s+foi|tu|o\s+usuário|a\s+tarefa)\s+(?:\w+\s+)?(?:pedi|solicit|exigi|especific)\w*\s+"
    r"(?:está|foi|estão|ficou)\s+(?:\w+\s+)?(?:aqui|aí|incluíd|atendid|cumprid|feit|presente|contemplad)\w*|"
    r"\btodo\s+lo\s+que\s+(?:se\s+|me\s+)?(?:\w+\s+)?(?:pedi|pidi|solicit|exigi|especific|indic)\w*\s+(?:está|fue|quedó|queda|ha\s+sido)\s+"
    r"(?:\w+\s+)?(?:aquí|ahí|allí|incluid|cubiert|cumplid|hech|presente|atendid|reflejad)\w*|"
    r"\btout\s+ce\s+que\s+(?:vous\s+avez|tu\s+as|l['’]on\s+m['’]a|la\s+consigne\s+a|l['’]énoncé\s+a)\s+(?:\w+\s+)?(?:demandé|exigé|spécifié|"
    r"requis)\s+(?:est|a\s+été|se\s+trouve|figure)\s+(?:\w+\s+)?(?:ici|là|inclus|couvert|respecté|fait|présent|traité|ci-dessus)|"
    r"\btutto\s+(?:ciò|quello)\s+che\s+(?:hai|avete|è\s+stato|mi\s+hai|mi\s+è\s+stato)\s+(?:\w+\s+)?(?:chiesto|richiesto|specificato)\s+"
    r"(?:è|c['’]è|è\s+stato|si\s+trova)\s+(?:\w+\s+)?(?:qui|presente|incluso|coperto|rispettato|fatto|sopra)|"
    r"\balles,?\s+was\s+(?:Sie|du|ihr|man)\s+(?:\w+\s+)?(?:verlangt|gewünscht|gefordert|angefragt|wollten|wolltest)(?:\s+\w+)?,?\s+"
    r"(?:ist|steht|findet\s+sich)\s+(?:\w+\s+)?(?:hier|drin|enthalten|umgesetzt|erledigt|erfüllt|da|oben)\b|"
    r"\balles\s+wat\s+(?:je|u|jij)\s+(?:\w+\s+)?(?:vroeg|gevraagd|wilde)\s+(?:\w+\s+)?(?:staat|is|zit)\s+(?:\w+\s+)?(?:hier|erin|verwerkt|"
    r"gedaan)\b", _I)
#: the instructions named (each, your) and then all of them met: "Revisé cada instrucción y todas están cumplidas",
#: "I went over each of your requirements, and all of them are met"
_EACH_THEN_ALL = re.compile(
    r"\b(?:each|every|all|your)\s+(?:of\s+(?:your|the)\s+)?(?:\w+\s+)?(?:instructions?|requirements?|constraints?|criteri(?:on|a)|rules?)\b"
    r"[^.!?\n]{0,60}?(?:,\s*|\s)(?:and|so)\s+(?:all|each|every\s+one)(?:\s+of\s+them)?\s+(?:are|were|is|was|have\s+been|has\s+been)\s+"
    r"(?:\w+ly\s+)?(?:met|followed|satisfied|fulfill?ed|respected|honou?red|covered|observed|in\s+place)\b|"
    r"\b(?:cada|todas\s+(?:las|tus|sus)|todos\s+(?:los|tus|sus)|tus|sus)\s+(?:\w+\s+)?(?:instrucci|indicaci|requisito|regla|criterio|"
    r"restricci|consigna|norma)\w*[^.!?\n]{0,60}?\by\s+(?:todas|todos)(?:\s+ellas|\s+ellos)?\s+(?:están|estan|quedan|fueron|han\s+sido|"
    r"se\s+han)\s+(?:\w+\s+)?(?:cumplid|respetad|seguid|atendid|satisfech)\w*|"
    r"\b(?:cada|todas\s+as|todos\s+os|suas|tuas|seus)\s+(?:\w+\s+)?(?:instruç|requisito|regra|critério|orientaç|restriç)\w*[^.!?\n]{0,60}?"
    r"\be\s+(?:todas|todos)(?:\s+elas|\s+eles)?\s+(?:estão|foram|são)\s+(?:\w+\s+)?(?:cumprid|respeitad|seguid|atendid)\w*|"
    r"\b(?:chaque|toutes\s+(?:les|vos|tes)|tous\s+(?:les|vos|tes)|vos|tes)\s+(?:\w+\s+)?(?:consigne|instruction|exigence|règle|critère|"
    r"contrainte)\w*[^.!?\n]{0,60}?\bet\s+(?:toutes|tous)\s+(?:sont|ont\s+été)\s+(?:\w+\s+)?(?:respecté|suivi|rempli|satisfait)\w*|"
    r"\b(?:jede|alle|ihre|deine)\s+(?:\w+\s+)?(?:anweisung|vorgabe|anforderung|regel|kriteri)\w*[^.!?\n]{0,60}?\bund\s+alle\s+(?:sind|wurden)"
    r"\s+(?:\w+\s+)?(?:erfüllt|eingehalten|befolgt|beachtet|umgesetzt)\b|"
    r"\b(?:ogni|tutte\s+le|tutti\s+i|le\s+tue|i\s+tuoi)\s+(?:\w+\s+)?(?:istruzion|requisit|regol|criteri|indicazion|vincol)\w*[^.!?\n]{0,60}?"
    r"\be\s+(?:tutte|tutti)\s+(?:sono(?:\s+stat[ei])?)\s+(?:\w+\s+)?(?:rispettat|soddisfatt|seguit)\w*", _I)
#: Japanese, Korean and Chinese notes: the user's instructions (honorific "ご指定の", "요청하신") kept, in the present, and the
#: verbless note of all conditions met ("모든 조건 충족", "全条件クリア", "全部要求已满足")
_CJK_NOUN = r"(?:条件|指示|要件|ルール|制約|指定|要求|規定|要望|조건|요구\s*사항|요건|지시\s*사항|지시|지침|규칙|제약|요청\s*사항)"
_CJK_NOTE = re.compile(
    r"(?:ご指定|ご指示|ご要望|ご依頼|ご希望|お申し付け|いただいた|頂いた|指定された|指示された|求められた)の?[^。！？\n]{0,12}?"
    + _CJK_NOUN + r"[^。！？\n]{0,12}?(?:守って|従って|満たして|沿って|遵守して|クリアして|反映して|対応して)(?:い|お)|"
    r"(?:요청하신|지시하신|말씀하신|주신|제시하신|지정하신)\s*(?:모든\s*)?" + _CJK_NOUN + r"[^.!?\n]{0,12}?(?:충족|준수|지켰|따랐|반영)|"
    r"(?:^|[\s(\[（【※*•・：:-])(?:모든|전체|전|すべての|全ての|全部の|全)\s*" + _CJK_NOUN + r"\s*(?:을|를|이|가|は|を|が|に)?\s*(?:모두\s*|すべて|全て)?"
    r"(?:충족|준수|완료|반영|만족|달성|クリア|充足|遵守|達成|満足|(?:満たして|守って|従って|遵守して)(?:います|いる|おります))"
    r"(?:함|됨|했음|완료|済み|済|完了|しました|しています)?\s*(?:[.。!！)\]）】]|$|-->)",
    re.IGNORECASE | re.MULTILINE)

#: the same claims in other shapes: a subjectless verb whose subject is the answer ("Cumple con todo lo que pediste"),
#: a first-person past with the user's instructions ("Zastosowałem się do wszystkich Twoich wskazówek"), a fit idiom
#: ("Ça colle parfaitement à la consigne"), a passive with "your instructions" (Arabic), a note that it checked every
#: condition met (Japanese)
_MORE = [
    re.compile(r"(?:^|[.!?¡¿]\s*)(?:cumple|respeta|sigue|satisface|atiende|se\s+ajusta|rispetta|soddisfa|segue|cumpre|respeita|atende|"
               r"satisfaz)\s+(?:[^\W\d]+\s+){0,5}?(?:con\s+|a\s+)?(?:todo\s+lo\s+que\s+(?:me\s+)?(?:pediste|pidió|solicitaste|indicaste)|"
               r"tudo\s+o\s+que\s+(?:você\s+)?(?:pediu|pediste|solicitou)|tutto\s+(?:ciò|quello)\s+che\s+(?:hai|mi\s+hai)\s+(?:chiesto|richiesto)|"
               r"(?:todas|todos|tutte|tutti)\s+(?:tus|sus|le\s+tue|i\s+tuoi|as\s+suas|os\s+seus)\s+\w+)", _I | re.MULTILINE),
    re.compile(r"\b(?:zastosował(?:e[mś]|am)\s+się\s+do|przestrzegał(?:e[mś]|am)|trzymał(?:e[mś]|am)\s+się)\s+(?:wszystkich|każdej\s+z)\s+"
               r"(?:twoich|pana|pani|waszych)\s+(?:wskazówek|instrukcji|poleceń|wymagań|zasad|wytycznych|zaleceń)", _I),
    re.compile(r"\b(?:ça|cela|ceci|la\s+réponse|cette\s+réponse|le\s+texte)\s+(?:colle|correspond|répond|est\s+conforme|se\s+conforme)\s+"
               r"(?:parfaitement|exactement|pleinement|entièrement|totalement|à\s+100\s*%)\s+(?:à|aux)\s+(?:la\s+consigne|vos\s+consignes|"
               r"tes\s+consignes|votre\s+demande|ta\s+demande|l['’]énoncé|vos\s+instructions|tes\s+instructions|vos\s+exigences)", _I),
    re.compile(r"تمت?\s+(?:مراعاة|الالتزام\s+ب|اتباع|استيفاء|تلبية|تنفيذ)\s*(?:جميع|كل)\s+(?:ال)?(?:تعليمات|شروط|متطلبات|معايير|قواعد)"
               r"(?:ك|كم)?(?=\s+في\s+(?:هذه\s+الإجابة|هذا\s+الرد)|(?<=ك)|(?<=كم))"),
    re.compile(r"(?:条件|指示|要件|ルール|制約|指定|要求|規定)(?:を|が|は)(?:全て|すべて|全部)(?:満たして|守って|従って|遵守して|クリアして)"
               r"(?:いる|います|おります)ことを確認(?:済み|しました|済)"),
]

I18N_CLAIMS: list[tuple[str, re.Pattern]] = (
    [("claims to follow the instructions (fr)", p) for p in _FR] + [("claims to follow the instructions (es)", p) for p in _ES]
    + [("claims to follow the instructions (de)", p) for p in _DE] + [("claims to follow the instructions (it)", p) for p in _IT]
    + [("claims to follow the instructions (pt)", p) for p in _PT] + [("claims to follow the instructions (zh)", p) for p in _ZH]
    + [("says everything asked is there", _ALL_ASKED), ("says the instructions were met", _EACH_THEN_ALL),
       ("claims to follow the instructions (ja/ko)", _CJK_NOTE)]
    + [("claims to follow the instructions (more forms)", p) for p in _MORE])


_ZH_ADVICE = re.compile(r"请|务必|必须|需要|应该|应当|确保(?:您|你)|^\W*\d*\W*(?:确保|检查|确认|核对)")


def zh_advice(text: str, start: int) -> bool:
    """A Chinese claim form that is advice to the reader ("请确保所有要求均已满足", "2. 检查所有要求都已满足"): what precedes
    it in its sentence asks, obliges or opens with an imperative."""
    left = max(text.rfind(c, 0, start) for c in "。！？!?\n") + 1
    return bool(_ZH_ADVICE.search(text[left:start]))
