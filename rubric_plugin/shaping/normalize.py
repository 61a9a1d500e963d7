r"""A second reading of the text for the claim and judge detectors: the same words, undisguised.

A policy that is punished for "All requirements met." can learn to write it so that a pattern no
longer matches while a judge still reads it. The disguises are few and language-independent, so
the detectors read the text twice, as written and as :func:`reveal` returns it:

* **invisible characters** removed: zero-width spaces and joiners, soft hyphens, word joiners,
  direction marks and overrides, the combining grapheme joiner; Hangul fillers read as the blank they show;
* **invisible tag characters** (U+E0020-U+E007E, "ASCII smuggling") turned into the ASCII they encode;
* **compatibility forms** folded (NFKC): fullwidth ``ＡＬＬ``, ligatures, circled and styled letters;
* **look-alike letters** of another script inside a Latin word (Cyrillic ``е`` in ``rеquirеmеnts``,
  Greek ``ο``) mapped to Latin; words wholly in Cyrillic or Greek are left alone;
* **numeric HTML entities** and ``&shy;`` / ``&nbsp;`` decoded; HTML table cells read as a Markdown
  row, LaTeX emphasis (``\textbf{...}``) as its text and ``\checkmark`` as ✓;
* **letter-spaced words** (``N o t e   t o``) joined, letters strung on any one separator
  (``R-e-q-u-i-r-e-m-e-n-t-s``, ``m.e.t``, ``d_o_n_e``), and a keyword cut by hyphens (``re-qui-re-ments``);
* **approval emoji** (👍, 👌, 🆗, 🟢) read as check marks;
* **enclosed letters** (``🅰🅻🅻``, regional indicators) and **upside-down lines** (``pǝʍolloɟ``) read as
  Latin; a line that reads as the detectors' words only **backwards** is appended reversed, one that reads
  as them only in **ROT13** is appended decoded;
* **small capitals** (``ɪɴsᴛʀᴜᴄᴛɪᴏɴs``), which NFKC leaves alone, read as Latin letters;
* **vowel points** of Arabic and Hebrew (``المُقيِّم``) dropped, so a word reads as its letters;
* **hashtags and slugs** (``#instructions-followed``) read as words on a line of their own;
* **emphasis markers** inside a phrase (``**All** *instructions* __followed__``) dropped, and markup
  around a note (``<!-- ... -->``, ``<span ...>``, ``<sub>``, ``<details>``) turned into line breaks,
  so the note starts a line as it would in prose;
* **leetspeak** in any word that mixes letters and look-alike digits (``C0mpl14nc3 w1th``) spelled out,
  **typos** of the few words the detectors key on (``requirments``, ``instrucitons``) corrected, and chat shorthand (``ur``, ``u``, ``pls``) expanded;
* **base64** runs that decode to readable text appended as a line of their own (read before any step that
  changes letters: base64 is case-sensitive);
* **markup attributes** read as words on a line of their own: a meta tag's name and content as a label and its value
  (``<meta name="compliance" content="all-requirements-met">``: "compliance: all requirements met"), camelCase names in
  snake_case (``criteriaMet="all"``: ``criteria_met="all"``), slugs as words.

A span the prompt itself contains stays requested: the prompt is revealed the same way (a prompt
that asks to decode base64 asks for the decoded words).
"""
from __future__ import annotations

import base64
import binascii
import codecs
import functools
import re
import unicodedata

#: characters that show nothing, written inside a word to cut it for a pattern: soft hyphens, zero-width spaces and
#: joiners, direction marks, the combining grapheme joiner, Khmer's two invisible vowels, variation selectors of the
#: supplement
_INVISIBLE = re.compile("[\u00ad\u034f\u17b4\u17b5\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064"
                        "\u2066-\u2069\ufeff\U000e0100-\U000e01ef]")
#: variation selectors of the basic block between two word characters: they pick a glyph (an emoji's colour form
#: after a symbol, a keycap after a digit), and inside a word they only cut it; those after a symbol stay
_SELECTOR_IN_WORD = re.compile(r"(?<=\w)[\ufe00-\ufe0f]+(?=\w)")
#: Hangul fillers: they show as a blank, and are read as the space they look like
_FILLER = re.compile("[\u115f\u1160\u3164\uffa0]")
#: Arabic harakat and Hebrew points: optional marks that a pattern written without them would not match
_POINTS = re.compile("[\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7\u064b-\u065f\u0670]")
#: small capitals (IPA extensions, phonetic extensions, and the Cyrillic letter used for a small F)
_SMALL_CAPS = str.maketrans({"ᴀ": "a", "ʙ": "b", "ᴄ": "c", "ᴅ": "d", "ᴇ": "e", "ғ": "f", "ꜰ": "f", "ɢ": "g", "ʜ": "h", "ɪ": "i",
                             "ᴊ": "j", "ᴋ": "k", "ʟ": "l", "ᴍ": "m", "ɴ": "n", "ᴏ": "o", "ᴘ": "p", "ǫ": "q", "ʀ": "r", "ꜱ": "s",
                             "ᴛ": "t", "ᴜ": "u", "ᴠ": "v", "ᴡ": "w", "ʏ": "y", "ᴢ": "z"})
#: a run of two letters or more with a small capital in it (a run without one reads the same translated, so every
#: run is translated; no lookahead, which would rescan a long run from each of its letters)
_SMALL_CAP = re.compile("[ᴀʙᴄᴅᴇғꜰɢʜɪᴊᴋʟᴍɴᴏᴘǫʀꜱᴛᴜᴠᴡʏᴢ]")
_SMALL_CAP_WORD = re.compile("[A-Za-zᴀʙᴄᴅᴇғꜰɢʜɪᴊᴋʟᴍɴᴏᴘǫʀꜱᴛᴜᴠᴡʏᴢ]{2,}")
#: three or more single letters strung on one repeated separator: "R-e-q-u-i-r-e-d", "m.e.t", "d_o_n_e"
_STRUNG = re.compile(r"(?<![\w.·*/~+|-])[^\W\d_](?P<sep>[-.·*/~+|_])[^\W\d_](?:(?P=sep)[^\W\d_]){1,}(?![\w·*/~+|-])")
#: letters in squares and circles that NFKC leaves alone (negative squared / circled, regional indicators)
_ENCLOSED = {**{chr(0x1F170 + i): chr(65 + i) for i in range(26)}, **{chr(0x1F150 + i): chr(65 + i) for i in range(26)},
             **{chr(0x1F1E6 + i): chr(65 + i) for i in range(26)}}
_ENCLOSED_RE = re.compile("[\U0001F150-\U0001F169\U0001F170-\U0001F189\U0001F1E6-\U0001F1FF]")
#: approval emoji used as check marks
_APPROVAL = re.compile("(?:\U0001F44D|\U0001F44C|\U0001F197|\U0001F7E2|\U0001F49A|\u2611|\u2714)\ufe0f?[\U0001F3FB-\U0001F3FF]?")
#: upside-down text: letters turned 180 degrees, read right to left
_FLIPPED = str.maketrans({"ɐ": "a", "ɔ": "c", "ǝ": "e", "ɟ": "f", "ƃ": "g", "ɓ": "g", "ɥ": "h", "ı": "i", "ɾ": "j", "ʞ": "k", "ɯ": "m",
                          "ɹ": "r", "ʇ": "t", "ʌ": "v", "ʍ": "w", "ʎ": "y", "u": "n", "n": "u", "p": "d", "d": "p", "b": "q", "q": "b",
                          "˙": ".", "¿": "?", "¡": "!", "'": ",", ",": "'"})
_FLIP_MARK = re.compile("[ɐɔǝɟƃɓɥıɾʞɯɹʇʌʍʎ]")
#: a word one of the detectors keys on, to tell a line written backwards (".tem era stnemeriuqer llA")
_CUE_WORDS = re.compile(r"\b(?:requirements?|instructions?|constraints?|criteria|rubric|guidelines|grader|judge|evaluator|verdict|"
                        r"followed|satisfied|fulfilled|respected|full\s+marks)\b", re.IGNORECASE)
#: a word cut by hyphens into pieces ("re-qui-re-ments", "Al-l")
_HYPHENATED = re.compile(r"(?<![\w-])[^\W\d_]+(?:-[^\W\d_]+)+(?![\w-])")
#: a hashtag or slug made of words: "#instructions-followed", "#meets_spec"
_HASHTAG = re.compile(r"(?<![\w&#/])#([^\W\d_][\w]*(?:[-_][\w]+)+|[^\W\d_]{3,})\b")
_TAGS = re.compile("[\U000e0020-\U000e007e]+")
_TAG_OTHER = re.compile("[\U000e0000-\U000e001f\U000e007f]")
#: Cyrillic and Greek letters that look like Latin ones
_CONFUSABLE = str.maketrans({
    "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "і": "i", "ј": "j", "ѕ": "s", "ԁ": "d", "ɡ": "g",
    "һ": "h", "ӏ": "l", "ԛ": "q", "ԝ": "w", "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P",
    "С": "C", "Т": "T", "Х": "X", "У": "Y", "І": "I", "Ј": "J", "Ѕ": "S", "α": "a", "ο": "o", "ρ": "p", "ε": "e", "ι": "i",
    "κ": "k", "ν": "v", "τ": "t", "υ": "u", "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M",
    "Ν": "N", "Ο": "O", "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X"})
_WORD = re.compile(r"\w+")
_LATIN = re.compile(r"[A-Za-z]")
_ENTITY = re.compile(r"&#(x[0-9a-fA-F]{1,6}|\d{1,7});|&(shy|nbsp|zwsp|zwj|zwnj);")
#: three or more single characters separated by single spaces, e.g. "N o t e"
_SPACED = re.compile(r"(?<!\S)\w(?:(?: | {2,4})\w(?![^\s.,!?;:])){4,}")
_EMPHASIS = re.compile(r"(?<![\w*_~`])(?:\*{1,3}|_{1,3}|~~)(?=\w)|(?<=[\w.!?:])(?:\*{1,3}|_{1,3}|~~)(?![\w*_~`])")
_NOTE_MARKUP = re.compile(r"<!--|-->|</?(?:span|sub|sup|small|font|div|p|details|summary|aside|mark|em|strong|b|i|u|s|del|ins|"
                          r"code|kbd|samp|var|tt|center|blockquote|section|footer|header|hidden)\b[^<>]{0,200}>", re.IGNORECASE)
#: cells of an HTML table read as a Markdown row; LaTeX emphasis and check marks read as text
_CELL_BREAK = re.compile(r"</t[dh]>\s*<t[dh]\b[^<>]{0,100}>", re.IGNORECASE)
_ROW_MARKUP = re.compile(r"</?(?:table|thead|tbody|tr|td|th|ul|ol|li)\b[^<>]{0,100}>", re.IGNORECASE)
_LATEX_TEXT = re.compile(r"\\(?:textbf|textit|emph|text|underline|mathrm|mathbf|textsc|texttt)\{([^{}]*)\}")
_LATEX_CHECK = re.compile(r"\\(?:checkmark|ding\{51\}|ding\{52\})")
_SHORTHAND = {"ur": "your", "u": "you", "ya": "you", "pls": "please", "plz": "please", "n": "and", "thru": "through",
              "r": "are", "bc": "because", "w/": "with", "every1": "everyone", "evry": "every", "wat": "what", "wot": "what"}
_SHORTHAND_RE = re.compile(r"(?<![\w/'’-])(?-i:ur|u|ya|pls|plz|n|thru|r|bc|every1|evry)(?=\s+[^\W\d_])", re.IGNORECASE)
#: words the claim and judge detectors key on; a token one edit away from one (same first letter,
#: six letters or more) is read as it
_KEYWORDS = ("requirements", "requirement", "instructions", "instruction", "constraints", "constraint", "criteria", "criterion",
             "guidelines", "guideline", "specifications", "rubric", "followed", "follows", "following", "satisfied",
             "satisfies", "respected", "fulfilled", "everything", "evaluator", "verdict", "previous", "ignore", "perfect")
_REAL_NEIGHBOURS = frozenset({"instructor", "instructors", "fellows", "fallows", "following", "satisfier", "criterial",
                              "respecter", "evaluated", "evaluates", "evaluation", "perfects", "ignored", "ignores"})
_SHORT_CUES = frozenset({"all", "met", "note", "grader", "pass", "dear", "award", "marks", "full", "score", "judge", "points", "done"})
_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s"})
_LEET_TOKEN = re.compile(r"(?<![\w@$])(?=[\w@$]*[A-Za-z])(?=[\w@$]*[013457@$])[\w@$]{3,}")
_B64 = re.compile(r"(?<![A-Za-z0-9+/=])[A-Za-z0-9+/]{16,}={0,2}(?![A-Za-z0-9+/=])")


_TAG_ATTRS = re.compile(r"<([A-Za-z][\w:.-]{0,40})((?:\s+[\w:.-]{1,40}\s*=\s*(?:\"[^\"<>\n]{0,200}\"|'[^'<>\n]{0,200}')){1,12})\s*/?>")
_ATTR = re.compile(r"([\w:.-]+)\s*=\s*(?:\"([^\"<>\n]*)\"|'([^'<>\n]*)')")
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_SLUG = re.compile(r"(?<=[^\W_])[-_](?=[^\W_])")


def _attribute_lines(text: str) -> list[str]:
    """Each tag with attributes read as words: ``name: content`` for a meta pair, ``snake_name="slug words"`` otherwise."""
    out = []
    for m in _TAG_ATTRS.finditer(text):
        attrs = {k.lower(): (v if v is not None else w) for k, v, w in _ATTR.findall(m.group(2))}
        label = attrs.get("name") or attrs.get("property") or attrs.get("itemprop")
        if label and "content" in attrs:
            line = f"{_SLUG.sub(' ', label)}: {_SLUG.sub(' ', attrs['content'])}"
        else:
            pairs = [f'{_CAMEL.sub("_", k).lower()}="{_SLUG.sub(" ", v if v is not None else w)}"' for k, v, w in _ATTR.findall(m.group(2))]
            line = _CAMEL.sub("_", m.group(1)).lower() + " " + " ".join(pairs)
            # a slug value reads as a label and its words: data-status="instructions-followed"
            out += [f"{_SLUG.sub(' ', k)}: {_SLUG.sub(' ', v)}" for k, v, _ in _ATTR.findall(m.group(2)) if v and _SLUG.search(v)]
        if line != m.group(0)[1:].rstrip("/> "):
            out.append(line)
    return out


def _one_edit(a: str, b: str) -> bool:
    """``a`` and ``b`` differ by one insertion, deletion, substitution or swap of neighbours."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    i = next((k for k in range(len(short)) if short[k] != long_[k]), len(short))
    return short[i:] == long_[i + 1:]


@functools.lru_cache(maxsize=4096)
def _spell(token: str) -> str:
    low = token.lower()
    if len(low) < 6 or low in _KEYWORDS or low in _REAL_NEIGHBOURS:
        return token
    for k in _KEYWORDS:
        if k[0] == low[0] and not (k.startswith(low) or low.startswith(k)) and _one_edit(low, k):
            return k.capitalize() if token[0].isupper() else k
    return token


def _latinise(m: re.Match) -> str:
    w = m.group(0)
    if not _LATIN.search(w):
        return w
    mapped = w.translate(_CONFUSABLE)
    return mapped if mapped != w else w


def _leet(m: re.Match) -> str:
    w = m.group(0)
    plain = w.lower().translate(_LEET)
    spelled = _spell(plain)
    # a word with letters on both sides of a look-alike digit, or a digit read as its first letter ("4ll"), is leet
    return spelled if plain.isalpha() and (re.search(r"[A-Za-z][0-9@$]|[0-9@$][A-Za-z]", w) is not None) else w


def _unflip(line: str) -> str:
    """A line written upside down read the right way up: two turned letters or more besides ``ı``
    (Turkish writes it in ordinary words), and either six of them or a word the detectors key on
    that only the turned reading shows (a line of IPA or of Hausa with two of these letters stays as
    written)."""
    marks = len(_FLIP_MARK.findall(line)) - line.count("ı")
    if marks < 2:
        return line
    turned = line[::-1].translate(_FLIPPED)
    return turned if marks >= 6 or (_CUE_WORDS.search(turned) and not _CUE_WORDS.search(line)) else line


def _unhyphenate(m: re.Match) -> str:
    joined = m.group(0).replace("-", "")
    return joined if joined.lower() in _KEYWORDS or joined.lower() in _SHORT_CUES else m.group(0)


def _backwards(text: str) -> list[str]:
    """Lines that read as the detectors' words only backwards."""
    return [line[::-1] for line in text.split("\n") if _CUE_WORDS.search(line[::-1]) and not _CUE_WORDS.search(line)]


def _rot13(text: str) -> list[str]:
    """Lines that read as the detectors' words only in ROT13 ("Nyy erdhverzragf zrg." is "All requirements met.")."""
    return [plain for line in text.split("\n") if (plain := codecs.decode(line, "rot13")) and _CUE_WORDS.search(plain)
            and not _CUE_WORDS.search(line)]


def _entity(m: re.Match) -> str:
    if m.group(2):
        return {"nbsp": " "}.get(m.group(2), "")
    code = int(m.group(1)[1:], 16) if m.group(1)[0] in "xX" else int(m.group(1))
    return chr(code) if code < 0x110000 else m.group(0)


def _decoded_base64(text: str) -> list[str]:
    out = []
    for m in _B64.finditer(text):
        blob = m.group(0)
        if len(blob) % 4 == 1:
            continue
        try:
            raw = base64.b64decode(blob + "=" * (-len(blob) % 4), validate=True).decode("utf-8")
        except (binascii.Error, ValueError, UnicodeDecodeError):
            continue
        if len(raw) >= 8 and " " in raw and sum(c.isprintable() for c in raw) == len(raw):
            out.append(raw)
    return out


@functools.lru_cache(maxsize=2048)
def reveal(text: str) -> str:
    """``text`` with the disguises above undone (the same text when there are none)."""
    if not text:
        return text
    out = _TAGS.sub(lambda m: "".join(chr(ord(c) - 0xE0000) for c in m.group(0)), text)
    out = _TAG_OTHER.sub("", out)
    out = _ENTITY.sub(_entity, out)
    out = _FILLER.sub(" ", _SELECTOR_IN_WORD.sub("", _INVISIBLE.sub("", out)))
    out = _POINTS.sub("", out)
    out = unicodedata.normalize("NFKC", out)
    out = _WORD.sub(_latinise, out)
    # base64 is case-sensitive: read it before the steps below change letters (leetspeak lowercases a
    # blob with digits in it, the typo reader respells it)
    written = out
    if _SMALL_CAP.search(out):
        out = _SMALL_CAP_WORD.sub(lambda m: m.group(0).translate(_SMALL_CAPS), out)
    out = _STRUNG.sub(lambda m: m.group(0).replace(m.group("sep"), ""), out)
    out = _ENCLOSED_RE.sub(lambda m: _ENCLOSED[m.group(0)], out)
    out = _APPROVAL.sub("✓", out)
    out = "\n".join(_unflip(line) for line in out.split("\n"))
    out = _HYPHENATED.sub(_unhyphenate, out)
    out = _HASHTAG.sub(lambda m: "\n" + re.sub(r"[-_]", " ", m.group(1)) + "\n", out)
    out = _SPACED.sub(lambda m: " ".join(g.replace(" ", "") for g in re.split(r" {2,}", m.group(0))), out)
    out = _CELL_BREAK.sub(" | ", out)
    out = _ROW_MARKUP.sub("\n", out)
    out = _LATEX_TEXT.sub(r"\1", out)
    out = _LATEX_CHECK.sub("✓", out)
    out = _NOTE_MARKUP.sub("\n", out)
    out = _EMPHASIS.sub("", out)
    out = _LEET_TOKEN.sub(_leet, out)
    out = _SHORTHAND_RE.sub(lambda m: _SHORTHAND[m.group(0).lower()], out)
    out = _WORD.sub(lambda m: _spell(m.group(0)), out)
    decoded = list(dict.fromkeys(_decoded_base64(written) + _decoded_base64(out))) + _backwards(out) + _rot13(out) + (_attribute_lines(text) if "=" in text and "<" in text else [])
    return out + "".join("\n" + d for d in decoded)


#: a run of more than 32 spaces or tabs, and more than three blank lines in a row
_LONG_SPACE = re.compile(r"[^\S\n]{33,}")
_LONG_BREAK = re.compile(r"\n(?:[^\S\n]*\n){4,}")


def squeeze(text: str) -> str:
    """``text`` with runs of more than 32 spaces cut to 32 and more than three blank lines cut to three.
    The claim and scorer patterns read lines and sentences, which such runs do not change; over long
    runs of spaces and line breaks, patterns anchored at each line start backtrack quadratically, and
    they run on every rollout (padding itself is the degenerate detector's to catch). Idempotent: every
    reading of claims and notes to the scorer applies it first, whoever calls it."""
    return _LONG_BREAK.sub("\n\n\n\n", _LONG_SPACE.sub(" " * 32, text))
