"""More languages for :mod:`.echo_i18n`'s self-quiz and self-claim readings: the rubric's core concepts (the request,
accuracy, clarity, errors), the response as a noun, the user as a noun, and a bare "yes", as stems (matched at a word's
start; anywhere in scripts written without spaces).

Tagalog, Persian, Urdu, Hindi (more forms), Bengali, Tamil, Lithuanian, Latvian, Estonian, Finnish, Ukrainian,
Bulgarian, Serbian, Croatian, Bosnian, Slovenian, Slovak, Danish, Norwegian, Icelandic, Afrikaans, Hebrew, Thai, Malay,
Irish, Basque, Catalan, Albanian, Maltese, Zulu, Hausa, Yoruba, Amharic, and inflected forms of languages read before
(Russian short adjectives, Welsh mutations, German "die Bitte").
"""
from __future__ import annotations

MORE_CONCEPTS: dict[str, tuple[str, ...]] = {
    "request": (
        "hiniling", "hiling", "hiningi", "hinihingi", "kahilingan",  # Tagalog
        "خواسته", "درخواست", "خواست", "مانگا", "مانگی",  # Persian, Urdu
        "माँग", "माँगा", "मांगा", "चाहा", "চেয়েছ", "অনুরোধ", "கேட்ட", "கோரிக்கை",  # Hindi, Bengali, Tamil
        "prašė", "prašym", "paprašė", "pageidav", "lūdz", "prasīj", "pieprasīj", "pieprasījum", "palus", "palve", "soovi",
        "pyysi", "pyyntö", "pyynnö", "просив", "просила", "запит", "вимог", "поиска", "искан", "zatraž", "traži", "zahtjev",
        "zahtev", "prosil", "žiad", "bad om", "anmod", "forespørs", "ønske", "bað um", "beiðni", "gevra", "versoek",
        "ביקש", "בקשה", "בקשת", "שביקש", "คำขอ", "ที่ขอ", "iarr", "eskatu", "eskaera", "demanat", "petició", "kërkoi", "kërkes",
        "talab", "icelo", "ፈለገ", "ጠየቀ", "ጥያቄ", "die bitte", "der bitte", "ihre bitte", "deine bitte",
        "seine bitte", "wünsche", "gefordert", "попросил", "просьб", "béèrè", "ìbéèrè", "akucelile", "isicelo", "ucele",
        "የጠየቀ"),
    "accurate": (
        "tumpak", "wasto", "دقیق", "درست", "صحیح", "सटीक", "सही", "সঠিক", "নির্ভুল", "துல்லிய", "சரியான",
        "tiksl", "teising", "precīz", "pareiz", "täpne", "täpse", "õige", "tarkk", "oikea", "oikein", "точн", "точен", "точна",
        "верен", "вірн", "правильн", "točn", "tačn", "ispravn", "pravil", "presn", "præcis", "presis", "nákvæm", "rétt",
        "akkuraat", "korrek", "מדויק", "נכון", "ถูกต้อง", "แม่นยำ", "cruinn", "zehatz", "zuzen", "precís", "sakt", "preċiż",
        "korrett", "kulungile", "inembile", "nembile", "daidai", "péye", "ትክክል"),
    "clear": (
        "malinaw", "روشن", "واضح", "साफ़", "স্পষ্ট", "தெளிவ", "aišk", "suprantam", "skaidr", "saprotam", "selge", "arusaadav",
        "selke", "ymmärrettäv", "зрозумі", "понят", "ясен", "ясна", "разбира", "jasn", "razumljiv", "zrozumiteľ", "tydelig",
        "skýr", "duidelik", "ברור", "ชัดเจน", "soiléir", "argi", "qart", "ċar", "kucacile", "icacile", "bayyananne", "kedere",
        "ግልጽ"),
    "errors": (
        "walang mali", "pagkakamali", "kamalian", "خطا", "اشتباه", "غلطی", "غلطیوں", "त्रुटि", "गलती", "ग़लती", "ভুল", "ত্রুটি",
        "பிழை", "klaid", "kļūd", "vigadeta", "vigu", "vead", "virhe", "virhee", "помил", "грешк", "greš", "napak", "chyb",
        "fejl", "feil", "villu", "villur", "foute", "שגיא", "טעות", "טעויות", "ข้อผิดพลาด", "ผิดพลาด", "kesilapan", "ralat",
        "earráid", "akats", "gabim", "żball", "amaphutha", "ayinamaphutha", "iphutha", "àṣìṣe", "kuskure", "ስህተት", "gwallau", "wallau", "camgymeriad"),
}
MORE_RESPONSE = ("sagot", "tugon", "پاسخ", "جواب", "উত্তর", "பதில்", "atsakym", "atbild", "vastus", "vastau", "відповід",
                 "отговор", "odgovor", "odpoveď", "svar", "תשובה", "התשובה", "คำตอบ", "jawapan", "freagra", "erantzun",
                 "resposta", "përgjigj", "tweġiba", "impendulo", "amsa", "idahun", "ìdáhùn", "መልሱ", "መልስ")
#: the user named as a noun: in a question that names the response, "the user's request" ("die Bitte des Nutzers")
USER_NOUNS = ("user", "utilisateur", "usuario", "usuário", "utilizador", "utente", "nutzer", "benutzer", "gebruiker",
              "użytkownik", "uživatel", "používateľ", "пользовател", "користувач", "потребител", "korisnik", "uporabnik",
              "kullanıcı", "pengguna", "mtumiaji", "defnyddiwr", "naudotoj", "lietotāj", "kasutaja", "käyttäjä", "bruger",
              "bruker", "användare", "notandi", "felhasználó", "utilizator", "người dùng", "χρήστη", "משתמש", "المستخدم",
              "کاربر", "उपयोगकर्ता", "ব্যবহারকারী", "ผู้ใช้", "用户", "用戶", "使用者", "ユーザー", "사용자", "usuari", "erabiltzaile",
              "përdorues", "umsebenzisi")
#: a bare "yes" (a word alone as the answer)
MORE_YES = ("oo", "opo", "بله", "آری", "آره", "ہاں", "जी हाँ", "हाँ जी", "হ্যাঁ", "ஆம்", "taip", "jā", "jah", "kyllä", "joo",
            "áno", "da", "já", "כן", "ใช่", "ครับ", "ค่ะ", "sea", "bai", "po", "iva", "yebo", "bẹẹni", "አዎ",
            "ydi", "oes", "bẹ́ẹ̀ni")
