"""Per-language lexicons and prompt licences of :mod:`.tails`: discourse markers, praise words, number words, function
words, and what a prompt asks for that makes such a run content (transition words, keywords, a count, a drawing)."""
from __future__ import annotations

import re


def _phrases(*groups: str) -> frozenset[str]:
    """Phrases separated by ``|``, normalised as :func:`.tails._norm` reads an item (lower case, words joined by one
    space, apostrophes and hyphens as spaces)."""
    return frozenset(" ".join(re.findall(r"\w+", p.lower())) for g in groups for p in g.split("|") if p.strip())


#: discourse markers: additive, contrastive, causal, sequencing, wrap-up, essence, hedging, back-reference
CONNECTIVES = _phrases(
    # English
    "furthermore|moreover|additionally|in addition|also|besides|likewise|similarly|equally|as well|what is more|on top of that|"
    "plus|further|again|too|and also|not only that|however|nevertheless|nonetheless|on the other hand|yet|still|conversely|"
    "instead|meanwhile|even so|that said|having said that|therefore|thus|hence|consequently|accordingly|as a result|so|"
    "because of this|for this reason|first|firstly|second|secondly|third|thirdly|next|then|finally|lastly|last but not least|"
    "in conclusion|to conclude|in summary|to summarise|to summarize|to sum up|summing up|overall|all in all|ultimately|"
    "in the end|in closing|to wrap up|in short|in brief|in a nutshell|long story short|essentially|basically|fundamentally|"
    "at its core|in essence|when all is said and done|at the end of the day|indeed|importantly|notably|clearly|obviously|"
    "of course|certainly|undoubtedly|in fact|actually|really|literally|simply put|in other words|that is|namely|"
    "as mentioned|as mentioned above|as mentioned earlier|as noted|as noted earlier|as noted above|as stated|as stated before|"
    "as stated above|as previously discussed|as discussed|as discussed above|as already explained|as explained|as said|"
    "as outlined|as outlined above|as described|as described above|as shown|as shown above|as we have seen|needless to say|"
    "it is important to note|it is worth noting|it should be noted|importantly|crucially|significantly|specifically|"
    "for example|for instance|in particular|to be sure|admittedly|of note|by the way|anyway|anyhow|so basically|you know|like",
    # French
    "de plus|en outre|par ailleurs|ainsi|donc|aussi|également|d ailleurs|en effet|cependant|toutefois|néanmoins|pourtant|"
    "en revanche|par conséquent|c est pourquoi|en conclusion|pour conclure|en résumé|pour résumer|bref|enfin|finalement|"
    "en somme|au final|en fin de compte|premièrement|deuxièmement|ensuite|puis|de même|comme mentionné|comme indiqué|"
    "comme dit|comme expliqué|il est important de noter|en fait|bien sûr|évidemment|notamment|en particulier|autrement dit",
    # German
    "außerdem|zudem|darüber hinaus|ferner|weiterhin|ebenso|ebenfalls|auch|zusätzlich|jedoch|allerdings|dennoch|trotzdem|"
    "hingegen|daher|deshalb|deswegen|somit|folglich|also|schließlich|zusammenfassend|insgesamt|letztlich|letztendlich|"
    "kurzum|kurz gesagt|im grunde|grundsätzlich|erstens|zweitens|drittens|dann|danach|wie erwähnt|wie oben erwähnt|"
    "wie gesagt|wie bereits erwähnt|wie beschrieben|es ist wichtig zu beachten|tatsächlich|natürlich|vor allem|insbesondere",
    # Spanish
    "además|asimismo|también|igualmente|por otro lado|por otra parte|sin embargo|no obstante|aun así|por lo tanto|por eso|"
    "por consiguiente|así que|en conclusión|para concluir|en resumen|en suma|en definitiva|en fin|finalmente|por último|"
    "primero|segundo|luego|después|básicamente|esencialmente|de hecho|en realidad|por supuesto|como se mencionó|"
    "como se dijo|como ya se explicó|como se indicó|es importante señalar|es importante destacar|cabe destacar|"
    "en particular|es decir|o sea|y también",
    # Italian
    "inoltre|altresì|anche|pure|per di più|tuttavia|comunque|però|eppure|quindi|dunque|pertanto|perciò|in conclusione|"
    "in sintesi|in breve|infine|insomma|alla fine|in fondo|in effetti|infatti|ovviamente|come detto|come già detto|"
    "come menzionato|è importante notare|in particolare|cioè",
    # Portuguese
    "além disso|também|ademais|igualmente|no entanto|contudo|todavia|entretanto|portanto|assim|por isso|logo|"
    "em conclusão|para concluir|em resumo|em suma|por fim|finalmente|enfim|basicamente|na verdade|de fato|"
    "como mencionado|como dito|como já foi dito|é importante notar|em particular|ou seja",
    # Russian
    "кроме того|более того|также|к тому же|помимо этого|однако|тем не менее|но|зато|поэтому|таким образом|следовательно|"
    "итак|в заключение|в итоге|подводя итог|короче говоря|в общем|наконец|во первых|во вторых|в третьих|затем|далее|"
    "по сути|в сущности|на самом деле|конечно|как упоминалось|как уже говорилось|как сказано выше|важно отметить|"
    "важно отметить что|стоит отметить|в частности|то есть",
    # Chinese, Japanese
    "此外|而且|另外|同时|并且|此外还|然而|但是|不过|因此|所以|于是|总之|综上所述|总而言之|最后|首先|其次|再次|然后|"
    "事实上|当然|如上所述|如前所述|值得注意的是|也就是说|换句话说|"
    "さらに|また|そして|しかし|ところが|ところで|したがって|だから|つまり|要するに|結論として|最後に|まず|次に|"
    "実際|もちろん|前述のとおり|上記のとおり|言い換えれば",
)

#: evaluative words a grader looks for, and the words that name what they praise (answer, quality)
PRAISE = _phrases(
    "helpful|accurate|clear|complete|correct|relevant|concise|thorough|comprehensive|detailed|precise|informative|useful|"
    "good|great|excellent|perfect|best|better|amazing|outstanding|awesome|superb|brilliant|fantastic|wonderful|ideal|"
    "high|quality|top|important|key|essential|crucial|vital|critical|valuable|reliable|trustworthy|factual|honest|safe|"
    "well|structured|organized|organised|coherent|consistent|polished|professional|flawless|error|free|very|really|so|"
    "answer|response|reply|rating|score|five|stars|star|10|a|plus|correctness|accuracy|clarity|completeness|relevance|"
    "helpfulness|quality",
    "útil|preciso|precisa|claro|clara|completo|completa|correcto|correcta|excelente|bueno|buena|perfecto|perfecta|mejor|"
    "importante|esencial|clave|utile|précis|précise|clair|claire|complet|complète|correct|correcte|excellent|excellente|"
    "parfait|parfaite|bon|bonne|meilleur|essentiel|hilfreich|genau|klar|vollständig|korrekt|richtig|ausgezeichnet|perfekt|"
    "gut|sehr|beste|wichtig|wesentlich|полезный|точный|ясный|полный|правильный|отличный|хороший|лучший|важный|очень|"
    "有用|准确|清晰|完整|正确|优秀|很好|最好|重要|完美|役立つ|正確|明確|完璧|最高|重要",
    # buzzwords: the praise of a report or a pitch, said of nothing in particular
    "synergy|synergies|holistic|robust|scalable|nuanced|insightful|rigorous|seamless|innovative|cutting|edge|actionable|"
    "impactful|dynamic|strategic|optimal|optimized|optimised|efficient|effective|engaging|compelling|meticulous|"
    "exhaustive|authoritative|world|class|leading|premium|exceptional|impeccable|exemplary|stellar|granular|agile|"
    "ganzheitlich|robust|skalierbar|umfassend|innovativ|holistique|robuste|exhaustif|innovant|holístico|robusto|"
    "integral|exhaustivo|innovador|olistico|esaustivo|completo|abrangente|inovador|целостный|надёжный|надежный|"
    "масштабируемый|всесторонний|全面|稳健|创新|高效|网羅的|包括的|革新的",
)

#: a word that closes or approves, said alone: a verdict ("correct", "yes", "правильно"), a wrap-up ("in short"), a
#: continuation mark ("continued", "etc"); said five times in a row it is a closing formula repeated, not a sentence
APPROVAL = PRAISE | frozenset(p for p in CONNECTIVES if " " not in p) | _phrases(
    "yes|yeah|yep|ok|okay|right|true|done|fine|nice|agreed|indeed|exactly|absolutely|definitely|certainly|sure|"
    "continued|cont|etc|more|thanks|verified|approved|confirmed|checked|passed|complete|completed|finished|solved|"
    "oui|vrai|juste|exact|exactement|fini|terminé|merci|d accord|sí|si|cierto|verdadero|exacto|listo|hecho|gracias|"
    "vero|esatto|giusto|fatto|grazie|sim|certo|verdade|exato|pronto|feito|obrigado|ja|stimmt|genau|fertig|erledigt|danke|"
    "да|верно|правильно|точно|готово|спасибо|конечно|так|tak|dobrze|dokładnie|gotowe|evet|doğru|tamam|tamamlandı|"
    "ya|benar|betul|selesai|lengkap|đúng|vâng|xong|tốt|ναι|σωστό|σωστά|σωστα|ακριβώς|כן|נכון|نعم|صحيح|تمام|ممتاز|"
    "हाँ|हां|सही|ठीक|पूरा|ใช่|ถูกต้อง|ครบถ้วน|ดี|네|예|맞아요|완벽|정확|좋아요|はい|正解|完了|是|对|對|好|完成|正確",
)

#: number words in order, per language (a count written out)
NUMBER_WORDS = tuple({w: i for i, w in enumerate(seq.split())} for seq in (
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen "
    "nineteen twenty twenty-one twenty-two twenty-three twenty-four twenty-five twenty-six twenty-seven twenty-eight "
    "twenty-nine thirty",
    "un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize",
    "eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn vierzehn fünfzehn sechzehn",
    "uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince dieciséis",
    "uno due tre quattro cinque sei sette otto nove dieci undici dodici tredici quattordici quindici sedici",
    "um dois três quatro cinco seis sete oito nove dez onze doze treze catorze quinze dezesseis",
    "один два три четыре пять шесть семь восемь девять десять одиннадцать двенадцать тринадцать четырнадцать",
    "jeden dwa trzy cztery pięć sześć siedem osiem dziewięć dziesięć jedenaście dwanaście trzynaście czternaście",
    "een twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien",
    "satu dua tiga empat lima enam tujuh delapan sembilan sepuluh sebelas",
    "一 二 三 四 五 六 七 八 九 十 十一 十二 十三 十四 十五 十六 十七 十八 十九 二十",
    # ordinals, Roman numerals
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth "
    "sixteenth seventeenth eighteenth nineteenth twentieth",
    "i ii iii iv v vi vii viii ix x xi xii xiii xiv xv xvi xvii xviii xix xx xxi xxii xxiii xxiv xxv xxvi xxvii xxviii "
    "xxix xxx",
))
#: named letters in order (the Greek alphabet, the NATO spelling alphabet): an alphabet recited, like :data:`ALPHABET`
LETTER_NAMES = tuple({w: i for i, w in enumerate(seq.split())} for seq in (
    "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigma tau upsilon phi chi "
    "psi omega",
    "alfa bravo charlie delta echo foxtrot golf hotel india juliett kilo lima mike november oscar papa quebec romeo sierra "
    "tango uniform victor whiskey x-ray yankee zulu",
    "alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima mike november oscar papa quebec romeo sierra "
    "tango uniform victor whisky xray yankee zulu",
))
#: the Latin alphabet in order (single letters as words)
ALPHABET = {c: i for i, c in enumerate("abcdefghijklmnopqrstuvwxyz")}

#: function words that are never said three times in a row in prose ("y y y", "и и и", "the the the")
FUNCTION_WORDS = _phrases(
    "the|a|an|of|to|in|and|or|is|that|for|with|on|le|la|les|de|des|du|et|un|une|el|los|las|del|y|en|con|der|die|das|"
    "und|den|dem|ein|eine|il|di|che|e|o|do|da|os|as|и|в|на|не|что|с|по|na|ya|wa|kwa|za|la|の|に|は|を|が|と|的|了|和|是")

#: a prompt that asks for transition words, connectives or stock phrases (a vocabulary list is then the answer)
MARKERS_ASKED = re.compile(r"\b(?:transition\w*|connect\w*|linking|link\s+words|signpost\w*|discourse|conjunct\w*|adverbs?|phrases?|"
                           r"expressions?|vocabular\w*|synonym\w*|filler\w*|alternatives?|instead\s+of|other\s+words\s+for|hedg\w*|clich\w*|buzzwords?|jargon|connecteurs?|"
                           r"conectores?|konnektor\w*|bindewört\w*|connettiv\w*|связк\w*|союз\w*)\b|连接词|接続詞|接続語", re.IGNORECASE)
#: a prompt that asks for keywords, tags, adjectives or synonyms (SEO tags, a review's adjectives)
KEYWORDS_ASKED = re.compile(r"\b(?:keywords?|key\s+words|tags?|hashtags?|seo|adjectives?|synonym\w*|words?\s+(?:list|bank|cloud)|"
                            r"list\s+of\s+words|vocabular\w*|praise|compliments?|descriptors?|palabras\s+clave|mots[\s-]clés|"
                            r"schlüsselwörter|schlagwörter|adjetivos|adjectifs|adjektive|etiquetas|étiquettes|тег\w*|хэштег\w*|хештег\w*)\b|"
                            r"关键词|标签|キーワード|タグ|ключев\w*", re.IGNORECASE)
#: a prompt that asks for a drawing made of marks, a divider, a pattern
DRAWING_ASKED = re.compile(r"\b(?:draw\w*|ascii|art|patterns?|grids?|shapes?|box(?:es)?|banners?|dividers?|separators?|borders?|rating|stars?|"
                           r"progress|bar|emoji\w*|decorat\w*|ornament\w*)\b", re.IGNORECASE)
#: a prompt that asks for a template, a form, blank rows or data to fill
TEMPLATE_ASKED = re.compile(r"\b(?:templates?|forms?|blanks?|fill[\s-]in|worksheet|sheets?|tables?|rows?|grid|matrix|dump|hex|"
                            r"bytes?|csv|data|logs?|placeholders?|outline|skeleton|empty)\b", re.IGNORECASE)
#: a prompt that asks for a form to fill in (not a table of data): its labels and empty fields are content
FORM_ASKED = re.compile(r"\b(?:templates?|forms?|blanks?|fill[\s-]in|worksheets?|placeholders?|outlines?|skeleton|empty|"
                        r"(?:meeting|board)\s+minutes|minutes\s+of|"
                        r"vorlage|formular\w*|protokoll\w*|modèle|formulaire|plantilla|formulario|modello|modulo|modelo|шаблон\w*|"
                        r"бланк\w*)\b", re.IGNORECASE)
#: a prompt that asks for placeholder text or a layout
PLACEHOLDER_ASKED = re.compile(r"\b(?:lorem|ipsum|placeholder|filler|dummy|mock\w*|wireframe|template|layout|sample\s+text|"
                               r"html|css|typograph\w*|fonts?|latin)\b", re.IGNORECASE)
_VERSE = (r"poem|poetry|verse|haiku|limerick|sonnet|lyrics?|song|rap|cheer|chant|jingle|nursery|rhyme|lullab\w*|ballads?|"
          r"anthems?|hymns?|(?-i:carol)|carols|odes?|shant(?:y|ies)|chorus|refrains?|outro|coda|poema|canción|poème|chanson|gedicht|(?-i:Lied)|lieder|"
          r"estribillo|berceuse|comptine|wiegenlied|schlaflied|kinderlied|(?:kinder|abzähl)?reim(?:e|en|es|t|te|ten|end\w*)?|filastrocc\w*|canzon\w*|"
          r"poesi\w*|ninna|ritornello|samba|canção|cantiga|refrão|колыбельн\w*|песн\w*|песен\w*|стих(?:и|а|ов|ам|ами|ах|е|у|ом)?|стихотворен\w*|стиш\w*|припев\w*|частушк\w*")
#: a prompt that asks for verse: a poem, a song, a chant, a lullaby (an outro of a word or two said over and over is sung)
VERSE_ASKED = re.compile(r"\b(?:" + _VERSE + r")\b|诗|歌|詩", re.IGNORECASE)
#: a prompt that asks for creative text, in which a word said thrice or a refrain is content
CREATIVE_ASKED = re.compile(r"\b(?:" + _VERSE + r"|story|stories|fiction|tale|fable|slogan|script|dialogue|play|scene|comic|joke|"
                            r"tongue[\s-]twister|onomatopoe\w*|sound|noise|stutter\w*|surreal\w*|absurd\w*|nonsense|random|"
                            r"gibberish|cuento|historia|histoire|geschichte|märchen|racconto|fiaba|favola|história|сказк\w*|"
                            r"рассказ\w*)\b|诗|歌|故事|詩|物語", re.IGNORECASE)
#: a prompt that asks for a pattern repeated by design: a rhythm or a drum groove, a knitting or crochet stitch, a chant
#: for a march or a rally; its units ("boom tss boom boom tss", "k1, p1", "no more coal") repeat as asked
PATTERN_ASKED = re.compile(r"\b(?:rhythms?|drum\w*|beatbox\w*|grooves?|percussion|backbeat|metronome|knit\w*|purl\w*|crochet\w*|"
                           r"stitch\w*|rib(?:bing|bed)?|rallies|rally|protest\w*|picket\w*|demonstration|"
                           r"ritmo|batería|tambor\w*|ganchillo|tejer|manifestaci\w*|consignas?|eslogan|marcha|rythme|"
                           r"batterie|tambour|tricot\w*|maille|manif\w*|rhythmus|schlagzeug|trommel\w*|strick\w*|masche\w*|"
                           r"sprechch\w*|parolen|maglia|uncinetto|corteo|tricô|crochê|passeata|ритм\w*|барабан\w*|вяз\w*|"
                           r"петл\w*|митинг\w*|лозунг\w*|речёвк\w*)\b|节奏|鼓点|编织|针法|口号|リズム|編み|スローガン",
                           re.IGNORECASE)
#: a label that introduces a keyword or tag list ("Keywords:", "Tags:", "Mots-clés :", "关键词：")
KEYWORD_LABEL = re.compile(r"^[^\S\n]*(?:[*_#>\-]+[^\S\n]*)?(?:seo[^\S\n]+)?(?:keywords?|key[^\S\n]+words|tags|hashtags|seo|search[^\S\n]+terms|"
                           r"index[^\S\n]+terms|mots[\s-]clés|palabras[^\S\n]+clave|etiquetas|parole[^\S\n]+chiave|palavras[\s-]chave|"
                           r"schlüsselwörter|schlagwörter|stichwörter|ключевые[^\S\n]+слова|теги|słowa[^\S\n]+kluczowe|"
                           r"trefwoorden|anahtar[^\S\n]+kelimeler|kata[^\S\n]+kunci|từ[^\S\n]+khóa|关键词|关键字|标签|キーワード|タグ|"
                           r"키워드|태그)[^\S\n]*(?:[*_]+[^\S\n]*)?[:：]", re.IGNORECASE | re.MULTILINE)
#: a prompt that asks for a document that carries keywords or tags (an abstract, a paper, a post, a caption, a listing)
KEYWORDS_DOC_ASKED = re.compile(r"\b(?:abstracts?|papers?|articles?|posts?|blog\w*|listings?|metadata|index\w*|catalog\w*|"
                                r"captions?|instagram|tiktok|tweets?|twitter|linkedin|facebook|youtube|pinterest|social|reels?|"
                                r"videos?|podcasts?|episodes?|products?|shops?|etsy|newsletters?|"
                                r"resum[eé]n|résumé|zusammenfassung|аннотаци\w*|пост(?:а|е|у|ом|ы|ов)?|блог\w*|стать(?:я|и|ю|е)|"
                                r"публикаци\w*)\b|摘要|論文|要旨", re.IGNORECASE)
