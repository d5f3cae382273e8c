"""When was an exam done, by what its sentence says: "DT bäcken 2024-03-02", "CT pelvis 3/15/2024", "DT den 15/3",
"MRI pelvis in February", "CT 3 months ago", "utredd med MR bäcken 2020". Returns None when the sentence gives no
date."""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

import pandas as pd

from .lexicon import Lexicon
from .textnorm import fold, folded_alternation

_ISO = re.compile(r"\b((?:19|20)\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])\b")
_YEAR = re.compile(r"(?<![\d-])((?:19|20)\d\d)(?![\d-])")
# a day written without separators ("MR bäcken 20240312"); in Swedish notes also with a two-digit year, year first as in
# a personal number ("MR bäcken 240312") or day first ("kallelse till MR 030625"), exams.json exam_dates
# "compact_yymmdd": the reading nearer the note's day; a personal number goes on with its four digits ("480312-1234"),
# an id or a code runs on with more digits or letters
_COMPACT = re.compile(r"(?<![\w/.:,+-])((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?![\w/+-]|[.,:]\d)")
_COMPACT_SHORT = re.compile(r"(?<![\w/.:,+-])(\d\d)(0[1-9]|1[0-2])(\d\d)(?![\w/+-]|[.,:]\d|\s?-\s?\d{4})")
_COMPACT_REACH_DAYS = 5 * 366  # a short day farther from the note than this is no exam's


def _iso_days(text: str, short: bool = False, note_date: pd.Timestamp | None = None) -> str:
    """``text`` with its days written without separators rewritten as ISO days ("20240312" -> "2024-03-12"); with
    ``short``, six digits too, read year first or day first, whichever reading lies nearer ``note_date`` (year first
    when there is none), within five years of it."""
    if any(c.isdigit() for c in text):
        text = _COMPACT.sub(r"\1-\2-\3", text)
        if short:
            text = _COMPACT_SHORT.sub(lambda m: _short_day(m, note_date), text)
    return text


def _short_day(m: re.Match, note_date: pd.Timestamp | None) -> str:
    first, month, last = int(m.group(1)), int(m.group(2)), int(m.group(3))
    readings = []
    for year, day in ((2000 + first, last), (2000 + last, first)):  # year first, then day first
        try:
            readings.append(pd.Timestamp(year=year, month=month, day=day))
        except ValueError:
            continue
    if note_date is not None and not pd.isna(note_date):
        readings = sorted((r for r in readings if abs((r - note_date).days) <= _COMPACT_REACH_DAYS),
                          key=lambda r: abs((r - note_date).days))
    return readings[0].strftime("%Y-%m-%d") if readings else m.group(0)


def _short_days(lexicon: Lexicon | None) -> bool:
    return bool(lexicon is not None and lexicon.exam_dates.get("compact_yymmdd"))


# "3/15/2024", "15/3-24", "on 3/15", "den 15/3": day and month in the language's order (``slash_order``); without
# a year only after a word that says a date follows, so that "2/3 of the height" is no date
# a past participle of doing or cancelling an exam also says a date follows ("utförd 2/3", "performed 3/2"); the
# text is folded, so the Swedish words are spelled without å/ä/ö
_PAST = r"performed|done|obtained|cancell?ed|utford|utfordes|gjord|gjordes|genomford|genomfordes|avbokad|avbokades"
_RECENT_DAYS = 183
_LAST_MONTH_DAYS = 31
_TWO_MONTHS_DAYS = 61
_BOOKING_DAYS = 92  # how far ahead a yearless date after an exam's name may be its booked day
# what may follow such a date for it to be a booking: nothing, or a time of day ("kl 10", "at 10:00", "09.30")
_TIME_OR_NOTHING = re.compile(r"[\s.,;:)-]*(?:(?:kl\.?|klockan|at|@)\s*)?(?:\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|h)?)?[\s.,;:)]*$",
                              re.IGNORECASE)
# a year of birth ("Kvinna född 1938", "f. 1938", "born 1941", "DOB 1941") dates the patient, and a year after "sedan"
# or "since" ("känd osteoporos sedan 2020") the onset of a condition, not an exam; the text is folded, so "född" is
# spelled "fodd"
_NOT_EXAM_YEAR = re.compile(r"\b(?:fodd|f\.|born|b\.|dob:?|birth:?|sedan|since)\s*(?:ar\s*|in\s*)?$", re.IGNORECASE)
_VERB_MONTHS = frozenset({"may"})  # "the fracture may extend": a lower-case "may" is a verb, not a month
_DOTTED = re.compile(r"(?<![\w.])(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)(?!\w|\.\d)")  # may end a sentence
# the same written year first ("MR bäcken 2024.03.12", as some RIS and PDF exports print a date) or with a two-digit
# year ("DT buk-bäcken 12.1.24", "CT abdomen/pelvis 14.1.25"); a decimal has one stop, a version, a percentage or a
# range of levels no year of this form
_DOTTED_YEAR_FIRST = re.compile(r"(?<![\w.])((?:19|20)\d\d)\.(0?[1-9]|1[0-2])\.(0?[1-9]|[12]\d|3[01])(?!\w|[.,]\d)")
_DOTTED_SHORT_YEAR = re.compile(r"(?<![\w.,-])(0?[1-9]|[12]\d|3[01])\.(0?[1-9]|1[0-2])\.(\d\d)(?![\w%]|[.,]\d)")


def _dotted_days(text: str, note_date: pd.Timestamp | None) -> list[tuple[int, int, int, int]]:
    """(position, year, month, day) of each date written with full stops: "02.03.2025", "2024.03.12", "12.1.24" (a
    two-digit year the latest century's not after the note's year; without a note date, this century's)."""
    found = [(m.start(), int(m.group(3)), int(m.group(2)), int(m.group(1))) for m in _DOTTED.finditer(text)]
    found += [(m.start(), int(m.group(1)), int(m.group(2)), int(m.group(3))) for m in _DOTTED_YEAR_FIRST.finditer(text)]
    for m in _DOTTED_SHORT_YEAR.finditer(text):
        short = int(m.group(3))
        year = _full_year(short, note_date) if note_date is not None and not pd.isna(note_date) else 2000 + short
        found.append((m.start(), year, int(m.group(2)), int(m.group(1))))
    return sorted(found)
# a past participle may name the place that did the study before its day ("MR bäcken gjord på Capio 4/11", "DT
# bäcken utförd vid Capio Lundby 9/1", "done at St Mary's 4/2"): up to four words of the place's name
_AT_PLACE = r"(?: (?:på|pa|vid|hos|i|at|in)(?: [^\W\d_][\w:.'-]*){1,4}?)?"
_SLASH = re.compile(r"(?<![\w/.,])(?P<lead>(?:on|from|dated|den|från|per|(?P<past>" + _PAST + r")" + _AT_PLACE + r") )?"
                    r"(\d{1,2})/(\d{1,2})"
                    r"(?:[/-]((?:19|20)?\d\d))?(?![\w/])", re.IGNORECASE)


# a short date right after an exam's name ("MRI pelvis 3/3: negative", "MR bäcken (3/3) ua"): at most four words
# (the modality, "of the", the region) before it, so that "2/3 of the height" further on is no date; a bracket may
# open on the place ("DT bäcken (Danderyd 2/5): ua"), never on a comparison ("DT bäcken (jmf 2/1)")
_NAME_WORDS = (r"^(?:\s*\(?(?!(?:show|visa|demonstr|reveal|confirm|bekr[aä]ft|p[aå]vis|with|med|j[aä]mf|jfr|jmf|compar|vs|"
               r"prior|tidigare|f[oö]reg[aå]ende|f[oö]rra)\w*)[^\W\d_][\w-]*+){1,4}?")
_AFTER_NAME = re.compile(_NAME_WORDS + r"\s*\(?(\d{1,2})/(\d{1,2})(?:/((?:19|20)?\d\d))?\)?(?![\w/])", re.IGNORECASE)
# the same with a day and month written with full stops, as Finland-Swedish notes do ("DT bäcken 3.4. visade",
# "Skelettscintigrafi 28.2.: ua"); the closing stop tells it from a decimal ("MR 1.5 T"); its empty year group
# keeps the groups of _AFTER_NAME
_AFTER_NAME_DOTTED = re.compile(_NAME_WORDS + r"\s*\(?(\d{1,2})\.(\d{1,2})\.()(?!\d)", re.IGNORECASE)

_LINE_BREAKS = str.maketrans("\n\r\t", "   ")


def _one_line(sentence: str) -> str:
    """Folded and on one line: a sentence wrapped inside a phrase ("MR av bäckenet på Capio i" + "höstas") reads as
    the lexicon's date words, written with single spaces, expect."""
    return fold(sentence).translate(_LINE_BREAKS)


_CACHE: dict[int, tuple[Lexicon, tuple]] = {}


def _patterns(lexicon: Lexicon):
    # the lexicon is kept with its patterns: a lexicon loaded later may reuse a freed one's id (tests load many)
    cached = _CACHE.get(id(lexicon))
    if cached is None or cached[0] is not lexicon:
        cached = _CACHE[id(lexicon)] = (lexicon, _compile(lexicon))
    return cached[1]


def _compile(lexicon: Lexicon):
    spec = lexicon.exam_dates
    ago = [re.compile(fold(p), re.IGNORECASE) for p in spec.get("ago", ())]
    months = {fold(k).lower(): v for k, v in spec.get("months", {}).items()}
    month_re = re.compile(r"\b(" + "|".join(sorted(map(re.escape, months), key=len, reverse=True)) + r")\b",
                          re.IGNORECASE) if months else None
    numbers = {fold(k).lower(): v for k, v in spec.get("numbers", {}).items()}
    units = {fold(k).lower(): v for k, v in spec.get("units", {}).items()}
    day_month = None
    if months:  # "2 mars", "2:a mars 2025", "March 2", "2nd March", "March 2, 2025"
        names = "|".join(sorted(map(re.escape, months), key=len, reverse=True))
        # the language's small words between a day and its month ("the 2nd of February", "February the 2nd")
        joiners = "|".join(map(re.escape, (fold(w).lower() for w in spec.get("day_month_joiners", ()))))
        joint = rf"(?: (?:{joiners}))?" if joiners else ""
        day_month = re.compile(rf"\b(?:(?P<d1>\d{{1,2}})(?::[ae]|st|nd|rd|th)?\.?{joint} (?P<m1>{names})"
                               rf"|(?P<m2>{names})\.?{joint} (?P<d2>\d{{1,2}})(?:st|nd|rd|th)?(?!\d))\b"
                               rf"(?:,? (?P<y>(?:19|20)\d\d)\b| ?[-'’](?P<yy>\d\d)(?![\d/.-]))?", re.IGNORECASE)
    # a season just past ("lungröntgen i höstas", "MRI last autumn"): pattern -> the month it ends with
    seasons = [(re.compile(fold(p), re.IGNORECASE), int(end)) for p, end in spec.get("seasons", {}).items()]
    # a weekday just past ("i tisdags", "last Tuesday"): pattern -> its weekday (Monday 0); a day or two back ("i går",
    # "yesterday"): pattern -> the days
    weekdays = [(re.compile(fold(p), re.IGNORECASE), int(day)) for p, day in spec.get("weekdays", {}).items()]
    days_back = [(re.compile(fold(p), re.IGNORECASE), int(days)) for p, days in spec.get("days_back", {}).items()]
    # a calendar month or year just past ("CT abdomen and pelvis last month", "MRI pelvis last year"): pattern ->
    # "month" or "year"
    periods = [(re.compile(fold(p), re.IGNORECASE), unit) for p, unit in spec.get("periods_past", {}).items()]
    # words of a language variant that writes the day first ("oedema", "A&E": British English)
    day_first = folded_alternation(spec.get("day_first_cues", ()))
    return ago, month_re, months, numbers, units, day_month, seasons, weekdays, days_back, periods, day_first


@lru_cache(maxsize=None)
def _week_regexes(patterns: tuple[str, ...]) -> tuple[re.Pattern, ...]:
    """The lexicon's ``exam_dates.weeks`` expressions, folded and compiled once."""
    return tuple(re.compile(fold(p), re.IGNORECASE) for p in patterns)


def _week_end(text: str, note_date: pd.Timestamp, lexicon: Lexicon) -> pd.Timestamp | None:
    """The last day (Sunday) of a week the sentence names by its number ("DT buk-bäcken v. 44", "MR bäcken gjordes
    vecka 4", "v. 46 2024"; exams.json ``exam_dates.weeks``), in the latest year in which that week has begun by the
    note's day unless the sentence gives the year; never later than the note. Swedish clinics book and date by ISO
    week. Like a month named alone, a week takes its latest day. Without this, "DT bäcken v. 44" in a January note
    took the note's own date and a study three months old counted as a workup."""
    for regex in _week_regexes(tuple(lexicon.exam_dates.get("weeks", ()))):
        m = regex.search(text)
        if not m:
            continue
        week, year = int(m.group("week")), m.groupdict().get("year")
        years = [int(year)] if year else [note_date.isocalendar()[0], note_date.isocalendar()[0] - 1]
        for y in years:
            try:
                start = pd.Timestamp(date.fromisocalendar(y, week, 1))
            except ValueError:
                continue
            if year or start <= note_date.normalize():
                return min(start + pd.Timedelta(days=6), note_date.normalize())
    return None


def month_end(year: int, month: int) -> pd.Timestamp:
    """The last day of a month: where a month named without its day dates something (as a study is dated)."""
    return (pd.Timestamp(year=year, month=month, day=1) + pd.offsets.MonthEnd(0)).normalize()


@lru_cache(maxsize=None)
def _fraction_regexes(patterns: tuple[str, ...]) -> tuple[re.Pattern, ...]:
    """The lexicon's ``fraction_ago`` expressions, folded and compiled once."""
    return tuple(re.compile(fold(p), re.IGNORECASE) for p in patterns)


def _fraction_ago(text: str, note_date: pd.Timestamp, lexicon: Lexicon) -> pd.Timestamp | None:
    """The day a time back written as a fraction gives ("CT pelvis 6/52 ago", "MRI 3/12 ago", "XR 2/7 ago": weeks,
    months and days in UK shorthand), from the language's ``exam_dates.fraction_ago`` and ``fraction_units``. Read
    before slashed dates: "3/12 ago" is three months back, not the 3rd of December."""
    spec = lexicon.exam_dates
    units = {str(k): v for k, v in spec.get("fraction_units", {}).items()}
    for regex in _fraction_regexes(tuple(spec.get("fraction_ago", ()))):
        m = regex.search(text)
        if m and m.group("unit") in units:
            return (note_date - pd.Timedelta(days=int(m.group("n")) * units[m.group("unit")])).normalize()
    return None


def _period_end(text: str, note_date: pd.Timestamp, periods) -> pd.Timestamp | None:
    """The last day of the calendar month or year before the note's, where the sentence names it as just past ("had a
    CT abdomen and pelvis last month", "MRI pelvis last year"): like a month or a year named alone, a period takes its
    latest day, and a clinical note's study dated so takes the day of the patient's report of that exam from that
    month (resolve_exams). Without this, "CT last month" took the note's own date, and a study 31 days before a
    fracture fell inside the workup window. "In the last month" (the 30 days up to the note) is no such period."""
    for regex, unit in periods:
        if regex.search(text):
            if unit == "year":
                return pd.Timestamp(year=note_date.year - 1, month=12, day=31)
            return (note_date.normalize().replace(day=1) - pd.Timedelta(days=1)).normalize()
    return None


def _season_end(text: str, note_date: pd.Timestamp, seasons) -> pd.Timestamp | None:
    """The last day of a season the sentence names as past ("i höstas", "i våras", "last winter"): the end of its
    last month, in the latest year in which that end lies before the note (a note written in October that says "i
    höstas" means the autumn before). A season is a stretch of months, and like a month named alone it takes its
    latest day, so that a study done then never falls into a window later than it could have been. Without this,
    "lungröntgen i höstas" took the note's own date."""
    for regex, end_month in seasons:
        if regex.search(text):
            end = month_end(note_date.year, end_month)
            if end >= note_date.normalize():
                end = month_end(note_date.year - 1, end_month)
            return end
    return None


def day_just_past(sentence: str, note_date: pd.Timestamp, lexicon: Lexicon) -> pd.Timestamp | None:
    """A day of the last week the sentence names: a weekday just past ("DT bäcken i tisdags", "MRI last Tuesday"),
    the latest such day before the note (a note of a Tuesday that says "i tisdags" means the week before), or a day
    or two back ("i går", "yesterday"). None if it names none. Weaker than any date :func:`stated_exam_date` or
    :func:`exam_name_date` reads ("Föll i tisdags, DT bäcken 3/1 visade ..."): the caller asks it last."""
    text = _one_line(sentence)
    *_, weekdays, days_back, _periods, _day_first = _patterns(lexicon)
    for regex, days in days_back:
        if regex.search(text):
            return (note_date - pd.Timedelta(days=days)).normalize()
    for regex, weekday in weekdays:
        if regex.search(text):
            back = (note_date.weekday() - weekday) % 7 or 7
            return (note_date - pd.Timedelta(days=back)).normalize()
    return None


# any day and month written with a slash, with or without a year, for telling a note's own order (note_slash_order)
_ANY_SLASH = re.compile(r"(?<![\w/.,])(\d{1,2})/(\d{1,2})(?:/((?:19|20)?\d\d))?(?![\w/])")


def note_slash_order(text: str, note_date: pd.Timestamp) -> str | None:
    """The day-month order a note writes its slashed dates in, where the note shows it: "dmy" when one of them can
    only be read day first ("15/3", or "10/03/2025" in a note of March 2025, whose month-first reading lies after the
    note) and none only month first; "mdy" the other way round; None when nothing tells (then the language's order
    holds). A UK letter that quotes "CT pelvis 15/3" also means 10 March by "10/3"."""
    day_first = month_first = False
    for m in _ANY_SLASH.finditer(fold(text)):
        first, second, year = int(m.group(1)), int(m.group(2)), m.group(3)
        if not (1 <= first <= 31 and 1 <= second <= 31) or (first > 12 and second > 12):
            continue
        if first > 12:
            day_first = True
        elif second > 12:
            month_first = True
        elif year is not None and first != second:
            y = int(year) + (note_date.year // 100 * 100 if len(year) == 2 else 0)
            as_mdy, as_dmy = _on(y, first, second), _on(y, second, first)
            if as_mdy is not None and as_dmy is not None:
                if as_mdy > note_date >= as_dmy:
                    day_first = True
                elif as_dmy > note_date >= as_mdy:
                    month_first = True
    if day_first != month_first:
        return "dmy" if day_first else "mdy"
    return None


def note_day_order(text: str, note_date: pd.Timestamp, lexicon: Lexicon) -> str | None:
    """The note's own day-month order (:func:`note_slash_order`); where its dates do not tell, "dmy" when the note
    shows one of its language's ``exam_dates.day_first_cues`` (British English: "oedema", "A&E", "paracetamol": a
    UK letter's "CT pelvis 02/04/2024" is 2 April), else None (the language's order holds)."""
    order = note_slash_order(text, note_date)
    if order is None:
        cues = _patterns(lexicon)[-1]
        if cues is not None and cues.search(fold(text).lower()) is not None:
            return "dmy"
    return order


def short_dates_order(names: list[str], note_date: pd.Timestamp, lexicon: Lexicon) -> str | None:
    """The day-month order of a note whose dates do not tell it (note_day_order is None), from the short dates after
    its done exams' names (``names``: the text from each name on): a note writes them all in one order, so where the
    recency of :func:`exam_name_date` reads one of them in the other order than the language's ("XR pelvis 01/04" in
    a UK discharge letter of 6 April is 1 April) and none gives a recent day only in the language's order, the others
    follow it ("CT pelvis 02/04" is then 2 April, not 4 February). None when nothing tells."""
    language = lexicon.exam_dates.get("slash_order", "dmy")
    other = "dmy" if language == "mdy" else "mdy"
    votes = set()
    for name in names:
        m = _AFTER_NAME.match(fold(name))
        if m is None or m.group(3):
            continue
        first, second = int(m.group(1)), int(m.group(2))
        month, day = (first, second) if language == "mdy" else (second, first)
        ours, theirs = _past(note_date, month, day), _past(note_date, day, month)
        if ours is None or theirs is None or ours == theirs:
            if ours is not None and theirs is None:
                votes.add(language)
            continue
        if _recent_past(note_date, month, day) == theirs:
            votes.add(other)
        elif (note_date - theirs).days > _RECENT_DAYS >= (note_date - ours).days:
            votes.add(language)  # only the language's order gives a recent day
    return other if votes == {other} else None


def _on(year: int, month: int, day: int) -> pd.Timestamp | None:
    try:
        return pd.Timestamp(year=year, month=month, day=day)
    except ValueError:
        return None


def stated_exam_date(sentence: str, note_date: pd.Timestamp, lexicon: Lexicon,
                     order: str | None = None) -> pd.Timestamp | None:
    """The date a sentence gives for its exam, never later than the note; None if it gives none. ``order`` is the
    note's own day-month order (note_slash_order), if it shows one: it replaces the language's."""
    text = _iso_days(_one_line(sentence), _short_days(lexicon), note_date)
    m = _ISO.search(text)
    if m:
        try:
            return min(pd.Timestamp(m.group(0)), note_date)
        except ValueError:
            pass
    fraction = _fraction_ago(text, note_date, lexicon)
    if fraction is not None:
        return fraction
    for _, year, month, day in _dotted_days(text, note_date):  # "02.03.2025": day first in both languages
        try:
            return min(pd.Timestamp(year=year, month=month, day=day), note_date)
        except ValueError:
            continue
    slashed = _slash_date(text, note_date, order or lexicon.exam_dates.get("slash_order", "dmy"), order is not None)
    if slashed is not None:
        return slashed
    ago, month_re, months, numbers, units, day_month, seasons, weekdays, days_back, periods, _ = _patterns(lexicon)
    named = _day_month_date(text, note_date, day_month, months)
    if named is not None:
        return named
    month_of_year = _month_of_year(text, note_date, months)
    if month_of_year is not None:
        return month_of_year
    season = _season_end(text, note_date, seasons)
    if season is not None:
        return season
    period = _period_end(text, note_date, periods)
    if period is not None:
        return period
    week = _week_end(text, note_date, lexicon)
    if week is not None:
        return week
    for regex in ago:
        m = regex.search(text)
        if m:
            unit = m.group("unit").lower()
            n = (m.group("n") or "").lower()
            # "years ago" without a number: at least two of them
            count = int(n) if n.isdigit() else numbers.get(n, 1) if n else 2 if unit.endswith("s") else 1
            return note_date - pd.Timedelta(days=count * units.get(unit, 1))
    year = _exam_year(text)
    if month_re is not None:
        m = next((m for m in month_re.finditer(text) if _names_a_month(text, m)), None)
        if m and not (year and int(year.group(1)) < note_date.year):
            month = months[m.group(1).lower()]
            y = note_date.year if month <= note_date.month else note_date.year - 1
            # the note's own month ("MR i januari" in a note of 14 January): its end lies ahead, so the note's day
            return min(month_end(y, month), note_date)
    if year and int(year.group(1)) < note_date.year:
        return pd.Timestamp(year=int(year.group(1)), month=12, day=31)
    return None


# a month of a stated year, without a day: "DT buk 2024-11", "MR 11/2024", "skelettscint i nov 2024"
_ISO_MONTH = re.compile(r"(?<![\d-])((?:19|20)\d\d)-(0[1-9]|1[0-2])(?![\d-])")
_SLASH_MONTH = re.compile(r"(?<![\w/.-])(0?[1-9]|1[0-2])[/-]((?:19|20)\d\d)(?![\d/-])")
_NAMED_MONTH_YEAR = re.compile(r"\b([^\W\d_]{3,9})\.? ((?:19|20)\d\d)\b")
# "nov -23", "mars-22", "jan '24": a month with its year in two digits, as Swedish notes write a year ("född -48")
_NAMED_MONTH_SHORT_YEAR = re.compile(r"\b([^\W\d_]{3,9})\.? ?[-'’](\d\d)(?![\d/.-]|\s*(?:år|ar)\b)")


def _month_of_year(text: str, note_date: pd.Timestamp, months: dict) -> pd.Timestamp | None:
    """The last day of a month the sentence names with its year but no day ("2024-11", "11/2024", "nov 2024"): the
    month's end, as for a month named alone, never later than the note; None if the sentence names none. Without
    this, "DT buk 2024-11" in a note of January 2025 took the note's date, or the year alone its 31 December."""
    found = [(m.start(), int(m.group(1)), int(m.group(2))) for m in _ISO_MONTH.finditer(text)]
    found += [(m.start(), int(m.group(2)), int(m.group(1))) for m in _SLASH_MONTH.finditer(text)]
    # "May 2024": a year right after it makes "may" a month
    found += [(m.start(), int(m.group(2)), months[m.group(1).lower()]) for m in _NAMED_MONTH_YEAR.finditer(text)
              if m.group(1).lower() in months]
    found += [(m.start(), _full_year(int(m.group(2)), note_date), months[m.group(1).lower()])
              for m in _NAMED_MONTH_SHORT_YEAR.finditer(text)
              if m.group(1).lower() in months and m.group(1).lower() not in _VERB_MONTHS]
    # "född 1948-03" dates the patient, not an exam
    found = [f for f in found if not _NOT_EXAM_YEAR.search(text, 0, f[0])]
    if not found:
        return None
    _, year, month = min(found)
    end = month_end(year, month)
    return min(end, note_date)


def _full_year(two_digits: int, note_date: pd.Timestamp) -> int:
    """A year written in two digits ("-23"): the latest century's that is not after the note's year."""
    year = 2000 + two_digits
    return year if year <= note_date.year else year - 100


_NUMBER_AFTER = re.compile(r"[ ,-]*\d")  # "May 3", "May, 3rd"
_MONTH_CONTEXT = re.compile(r"(?:\b(?:in|since|from|until|till|during|early|late|mid|of|by|before|after)|\d|\()[ -]*$",
                            re.IGNORECASE)


def _names_a_month(text: str, m: re.Match) -> bool:
    """Whether a month word is a month: "may" is a verb ("the fracture may extend", and in a report in capitals
    "MRI MAY BE OBTAINED") unless a number or a word that introduces a time stands beside it ("May 3", "in May")."""
    if m.group(1).lower() not in _VERB_MONTHS:
        return True
    return bool(_MONTH_CONTEXT.search(text[max(0, m.start() - 12):m.start()])) or bool(
        _NUMBER_AFTER.match(text, m.end(), m.end() + 3))


def _exam_year(text: str) -> re.Match | None:
    """The first year in ``text`` that is not one of birth or of a condition's onset ("född 1938", "sedan 2020")."""
    return next((y for y in _YEAR.finditer(text) if not _NOT_EXAM_YEAR.search(text, 0, y.start())), None)


def states_a_year(sentence: str, lexicon: Lexicon | None = None) -> bool:
    """Whether the sentence writes a year ("2024-03-02", "15/3-24", "i mars 2024"; a year of birth or of a
    condition's onset is none). A request dated by a day or a month alone is a booking ahead ("bokad i augusti", "tid
    den 3 mars"), which :func:`stated_exam_date` would put in the past."""
    text = _iso_days(fold(sentence), _short_days(lexicon))
    return bool(_ISO.search(text) or _dotted_days(text, None)
                or any(m.group(5) for m in _SLASH.finditer(text)) or _exam_year(text))


def exam_name_date(text: str, note_date: pd.Timestamp, lexicon: Lexicon,
                   order: str | None = None) -> pd.Timestamp | None:
    """The short date that follows an exam's name at the start of ``text`` ("MRI pelvis 3/3 which was negative"), in
    the language's day-month order: an exam already done, so the latest such day not after the note; None if the
    name is not followed by a date."""
    folded = fold(text)
    m = _AFTER_NAME.match(folded) or _AFTER_NAME_DOTTED.match(folded)
    if m is None:
        return None
    first, second, year = int(m.group(1)), int(m.group(2)), m.group(3) or None
    order_here = order or lexicon.exam_dates.get("slash_order", "dmy")
    month, day = (first, second) if order_here == "mdy" else (second, first)
    if year is None:
        return _past(note_date, month, day) if order is not None else _recent_past(note_date, month, day)
    y = int(year) + (note_date.year // 100 * 100 if len(year) == 2 else 0)
    try:
        return min(pd.Timestamp(year=y - 100 if y > note_date.year else y, month=month, day=day), note_date)
    except ValueError:
        return None


def names_a_later_day(sentence: str, note_date: pd.Timestamp, lexicon: Lexicon, order: str | None = None) -> bool:
    """The sentence writes out a whole date (with its year) after the note's own ("MRI pelvis on 15/05/2025",
    "MR bäcken 2025-05-15"): a day still ahead, as a booking names it. A date without a year is ahead only right after
    an exam's name, as :func:`names_a_coming_day` reads it."""
    if pd.isna(note_date):
        return False
    text = _iso_days(fold(sentence), _short_days(lexicon), note_date)
    days = [(int(m.group(1)), int(m.group(2)), int(m.group(3))) for m in _ISO.finditer(text)]
    days += [(year, month, day) for _, year, month, day in _dotted_days(text, note_date)]
    slash_order = order or lexicon.exam_dates.get("slash_order", "dmy")
    for m in _SLASH.finditer(text):
        if m.group(5) is None or len(m.group(5)) != 4:
            continue
        first, second = int(m.group(3)), int(m.group(4))
        month, day = (first, second) if slash_order == "mdy" else (second, first)
        if month > 12 and order is None:
            month, day = day, month  # "15/05/2025" in a note of the other order: only one reading is a date
        days.append((int(m.group(5)), month, day))
    for year, month, day in days:
        try:
            if pd.Timestamp(year=year, month=month, day=day) > note_date:
                return True
        except ValueError:
            continue
    return False


def names_a_coming_day(text: str, note_date: pd.Timestamp, lexicon: Lexicon, order: str | None = None) -> bool:
    """The short date without a year right after an exam's name at the start of ``text`` can only be a day of the
    coming three months ("MR bäcken 15/5" in a note of 2 May, "MRI pelvis 28/6 at 10:00"): every reading of it (the
    note's order, or both when the note has none) lies ahead within that horizon or more than half a year back, and
    one lies ahead; a booking names its day so. A reading in the last half year keeps it a study done ("MRI pelvis
    3/5" in a note of 2 May may be 5 March)."""
    if pd.isna(note_date):
        return False
    folded = fold(text)
    m = _AFTER_NAME.match(folded) or _AFTER_NAME_DOTTED.match(folded)
    if m is None or m.group(3) or not _TIME_OR_NOTHING.match(folded, m.end()):
        return False  # "MR bäcken 15/5: ua" reports a study
    first, second = int(m.group(1)), int(m.group(2))
    order_here = order or lexicon.exam_dates.get("slash_order", "dmy")
    readings = [(first, second) if order_here == "mdy" else (second, first)]
    if order is None:
        readings.append(readings[0][::-1])
    ahead = False
    for month, day in readings:
        past = _past(note_date, month, day)
        if past is None:
            continue
        if (note_date - past).days <= _RECENT_DAYS:
            return False
        coming = _next(note_date, month, day)
        ahead = ahead or (coming is not None and (coming - note_date).days <= _BOOKING_DAYS)
    return ahead


def _next(note_date: pd.Timestamp, month: int, day: int) -> pd.Timestamp | None:
    """The first date after the note's with this month and day, or None if there is none."""
    y = note_date.year if (month, day) > (note_date.month, note_date.day) else note_date.year + 1
    try:
        return pd.Timestamp(year=y, month=month, day=day)
    except ValueError:
        return None


def _slash_date(text: str, note_date: pd.Timestamp, order: str, known: bool = False) -> pd.Timestamp | None:
    """``known``: the order is the note's own (note_slash_order), so the other reading is never tried."""
    for m in _SLASH.finditer(text):
        first, second, year = int(m.group(3)), int(m.group(4)), m.group(5)
        if year is None and not m.group("lead"):
            continue
        month, day = (first, second) if order == "mdy" else (second, first)
        if year is None and m.group("past"):
            done = _past(note_date, month, day) if known else _recent_past(note_date, month, day)
            if done is not None:
                return done
            continue
        if year is None and not known:
            # "requested on 06/01", "performed at the referring hospital on 07/03": a day already past, read as a
            # past participle's is ("done 4/2"), in the language's order unless only the other gives a day of the
            # last half year (a UK note of 10 January that says "on 06/01" means 6 January, not last June)
            done = _recent_past(note_date, month, day)
            if done is not None:
                return done
            continue
        if year is None:
            y = note_date.year if (month, day) <= (note_date.month, note_date.day) else note_date.year - 1
        else:
            y = int(year) + (note_date.year // 100 * 100 if len(year) == 2 else 0)
            if y > note_date.year:
                y -= 100
        try:
            return min(pd.Timestamp(year=y, month=month, day=day), note_date)
        except ValueError:
            continue
    return None


def _recent_past(note_date: pd.Timestamp, month: int, day: int) -> pd.Timestamp | None:
    """A short date of something already done, lately: in the language's order unless only the other order gives a
    day of the last half year ("done 4/2" or "CT KUB 06/05" in an English note written day first is 4 February or
    6 May, not a day of last year), or the other order gives a day of the last month where the language's is more
    than two months back ("requested on 11/03" in a note of 25 March is 11 March, not 3 November: what a note says
    was done or asked is most often recent; "3/4" in a note of 10 May stays 4 March)."""
    readings = [r for r in (_past(note_date, month, day), _past(note_date, day, month)) if r is not None]
    recent = [r for r in readings if (note_date - r).days <= _RECENT_DAYS]
    if len(recent) == 2 and (note_date - recent[1]).days <= _LAST_MONTH_DAYS < _TWO_MONTHS_DAYS < (
            note_date - recent[0]).days:
        return recent[1]
    return (recent or readings)[0] if readings else None


def _past(note_date: pd.Timestamp, month: int, day: int) -> pd.Timestamp | None:
    """The latest date on or before the note's with this month and day, or None if there is none."""
    y = note_date.year if (month, day) <= (note_date.month, note_date.day) else note_date.year - 1
    try:
        return pd.Timestamp(year=y, month=month, day=day)
    except ValueError:
        return None


def _day_month_date(text: str, note_date: pd.Timestamp, day_month, months: dict) -> pd.Timestamp | None:
    """A day and a named month ("den 2 mars", "March 2, 2024"): that day, in the stated year or the latest year that
    does not put it after the note."""
    m = next((m for m in day_month.finditer(text) if (m.group("m1") or m.group("m2")) not in _VERB_MONTHS), None) \
        if day_month is not None else None
    if m is None:
        return None
    month = months[(m.group("m1") or m.group("m2")).lower()]
    day = int(m.group("d1") or m.group("d2"))
    # a two-digit year only after a day and its month ("5 nov -23"); after "March 2" a dash opens a range ("March 2-14")
    short_year = m.group("yy") if m.group("m1") else None
    if m.group("y") or short_year:
        year = int(m.group("y")) if m.group("y") else _full_year(int(short_year), note_date)
        try:
            return min(pd.Timestamp(year=year, month=month, day=day), note_date)
        except ValueError:
            return None
    return _past(note_date, month, day)
