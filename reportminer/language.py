"""Tell Swedish from English notes by their function words and letters.

A note's own words decide: short notes ("Rtg bäcken ua"), notes typed without å/ä/ö ("ont i landryggen") and
Swedish notes full of English terms ("MRI", "fracture", "STIR") still carry Swedish function words. Two
languages and a few hundred characters do not need a statistical model: this runs in microseconds, has no
model to download, and gives the same answer every time.
"""
from __future__ import annotations

import re

from .textnorm import fold

# Frequent words of each language in clinical notes, folded (å/ä/ö -> a/a/o), none shared by the other.
_SV = frozenset("""
och att det som en ett pa ar av med till har inte ej ingen inga inget utan samt eller efter sedan vid
hos fran nu kan ska skall bor blir varit var nagon nagra mycket ocksa aven men dock enligt under mellan
pat patienten smarta smartor ont fraktur frakturen frakturer hoger vanster bada sida sidan ses noteras
foreligger bedomning atgard planering status anamnes tidigare fragestallning fynd utlatande beskrivning
aktuellt kvinna man ar aret dag dagar vecka veckor manad ingen inom ua trol ev dvs bl tex hon han
remiss rtg dt mr undersokning kotan kotor blygdben backen backenet landrygg landryggen kota lag
visar visade genom sakrum bilateralt ingen inga finns ses sags kan ej uteslutas misstankt trolig
hoger vanster dx sin bilat utan anmarkning oforandrad tidigare kand kanda frakturlinje ramus
""".split())
_EN = frozenset("""
the and of with in no not is are was were be been has have had this that there which or for from at on
by as an to patient pain fracture fractures left right both side seen noted present findings impression
history indication assessment plan technique comparison without evidence acute chronic she he her his
woman year old female male lower back low will if should please follow up ordered reports denies since
lbp hx pmh yo
after also but day days every next now than then today week weeks when worse better yesterday
""".split())
# Swedish words that Swedish writers carry into English notes: exam names and the body parts they name ("Rtg
# bäcken", "DT ländrygg", "MR"), the referral ("remiss"), side and status shorthand ("sin", "dx", "bilat", "ua",
# "pat"). They are as common in such English notes as in Swedish ones, so they tell neither language: they, and
# their å/ä/ö, count for none. A note made of nothing else ("Rtg bäcken ua") still reads as Swedish (a tie).
_CARRIED = frozenset("""
pat rtg dt mr remiss backen backenet landrygg landryggen ramus sin dx bilat ua
""".split())
_WORD = re.compile(r"[a-z]+")
# Every ASCII character but a-z as a space: words are then what ``split`` gives (as ``_WORD`` finds them in ASCII
# text, in a fraction of the time).
_NOT_A_LETTER = {code: " " for code in range(128) if not "a" <= chr(code) <= "z"}
_ACCENTED = re.compile("[åäö]")
_SWEDISH_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzåäöé")


def detect_language(text: str) -> str:
    """Return "sv" or "en" for a note's text; Swedish when the text gives no evidence either way."""
    folded = fold(text).lower()
    words = folded.translate(_NOT_A_LETTER).split() if folded.isascii() else _WORD.findall(folded)
    sv = sum(w in _SV and w not in _CARRIED for w in words)
    en = sum(map(_EN.__contains__, words))
    # Lower-case words with å/ä/ö are Swedish; capitalised ones may be a Swedish name in an English note.
    sv += 2 * _accented_words(text)
    return "en" if en > sv else "sv"


def _accented_words(text: str) -> int:
    """How many words open with a run of lower-case letters (a-z, å, ä, ö, é) that holds an å, ä or ö."""
    if "å" not in text and "ä" not in text and "ö" not in text:
        return 0
    starts = set()
    for m in _ACCENTED.finditer(text):  # back from each å/ä/ö to the start of its run of letters
        start = m.start()
        while start and text[start - 1] in _SWEDISH_LETTERS:
            start -= 1
        if not start or not (text[start - 1].isalnum() or text[start - 1] == "_"):  # the run opens a word
            end = m.end()
            while end < len(text) and text[end] in _SWEDISH_LETTERS:
                end += 1
            if fold(text[start:end]) not in _CARRIED:  # "bäcken", "ländrygg": carried words tell no language
                starts.add(start)
    return len(starts)
