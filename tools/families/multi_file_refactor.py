"""multi_file_refactor training tasks (prefix mf2-).

Each task renames, moves or re-shapes one thing across its definition and its callers, and
nowhere else. Candidate edits mix the needed ones with one or two distractors: a similarly
named sibling, a wrong new name, a file that does not use the name, or a comment-only rename.
Importing this module only builds TASKS.
"""


def _e(edit_id, path, find, replace, note):
    """One candidate edit; find=None writes the whole file (and creates it if it is new)."""
    edit = {"id": edit_id, "path": path, "replace": replace, "note": note}
    if find is not None:
        edit["find"] = find
    return edit


def _task(tid, level, description, files, tests, edits, solution):
    return {"id": "mf2-" + tid, "family": "multi_file_refactor", "split": "train", "level": level,
            "description": description, "files": files, "tests": tests, "edits": edits,
            "solution": solution}


TASKS = []

# 1. rename a function: definition, a call in the same module, and an importer -----------------
TASKS.append(_task(
    "ledger-entry", 3,
    "Rename `split_entry` to `parse_entry` everywhere it is defined and used. Leave `split_entries` as it is.",
    {
        "ledger.py": '''def split_entry(line):
    """'2024-01-03;groceries;-1250' -> (date, label, cents)"""
    date, label, cents = line.split(";")
    return date, label.strip(), int(cents)


def split_entries(text):
    return [split_entry(l) for l in text.splitlines() if l.strip()]
''',
        "balance.py": '''from ledger import split_entry


def balance(lines):
    total = 0
    for line in lines:
        total += split_entry(line)[2]
    return total
''',
    },
    [
        "import ledger",
        "assert ledger.parse_entry('2024-01-03; rent ;-90000') == ('2024-01-03', 'rent', -90000), 'parse_entry should exist in ledger'",
        "assert not hasattr(ledger, 'split_entry'), 'the old name must be gone'",
        "assert ledger.split_entries('a;b;1\\n\\nc;d;2') == [('a', 'b', 1), ('c', 'd', 2)]",
        "import balance",
        "assert balance.balance(['x;y;5', 'x;z;-2']) == 3, 'balance.py must call the renamed parser'",
    ],
    [
        _e("e1", "ledger.py", "def split_entry(line):", "def parse_entry(line):",
           "ledger.py: rename the definition"),
        _e("e2", "ledger.py", "    return [split_entry(l) for l", "    return [parse_entry(l) for l",
           "ledger.py: split_entries calls the new name"),
        _e("e3", "balance.py", None, '''from ledger import parse_entry


def balance(lines):
    total = 0
    for line in lines:
        total += parse_entry(line)[2]
    return total
''', "balance.py: import and call parse_entry"),
        _e("e4", "ledger.py", "def split_entries(text):", "def parse_entries(text):",
           "ledger.py: rename split_entries to match"),
    ],
    ["e1", "e2", "e3"],
))

# 2. rename a module-level constant ------------------------------------------------------------
TASKS.append(_task(
    "parcel-limit", 3,
    "`MAX_PARCEL_GRAMS` is being renamed to `PARCEL_LIMIT_GRAMS`. Update the constant and every place that reads it; "
    "the letter limit keeps its name.",
    {
        "shipping.py": '''MAX_PARCEL_GRAMS = 30000
MAX_LETTER_GRAMS = 500


def kind_of(grams):
    if grams <= MAX_LETTER_GRAMS:
        return "letter"
    if grams <= MAX_PARCEL_GRAMS:
        return "parcel"
    return "freight"
''',
        "quote.py": '''import shipping


def parcels_needed(total_grams):
    """How many full-size parcels a heavy order splits into."""
    limit = shipping.MAX_PARCEL_GRAMS
    return -(-total_grams // limit)
''',
        "labels.py": '''def label(name, grams):
    # heavy items get a warning line
    warn = " (HEAVY)" if grams > 20000 else ""
    return f"{name.upper()} - {grams} g{warn}"
''',
    },
    [
        "import shipping",
        "import quote",
        "import labels",
        "assert shipping.PARCEL_LIMIT_GRAMS == 30000",
        "assert shipping.kind_of(400) == 'letter' and shipping.kind_of(31000) == 'freight', 'the letter limit must keep working'",
        "assert shipping.kind_of(2000) == 'parcel', 'kind_of must use the renamed limit'",
        "assert quote.parcels_needed(65000) == 3, 'quote.py still reads the old constant'",
        "assert labels.label('box', 25000) == 'BOX - 25000 g (HEAVY)', 'labels.py does not use the parcel limit'",
        "assert not hasattr(shipping, 'MAX_PARCEL_GRAMS')",
    ],
    [
        _e("c1", "shipping.py", "MAX_PARCEL_GRAMS = 30000", "PARCEL_LIMIT_GRAMS = 30000",
           "rename the constant"),
        _e("c2", "labels.py", "grams > 20000", "grams > shipping.PARCEL_LIMIT_GRAMS",
           "labels.py: compare against the parcel limit"),
        _e("c3", "shipping.py", "    if grams <= MAX_PARCEL_GRAMS:", "    if grams <= PARCEL_LIMIT_GRAMS:",
           "kind_of: second comparison"),
        _e("c4", "quote.py", "    limit = shipping.MAX_PARCEL_GRAMS", "    limit = shipping.PARCEL_LIMIT_GRAMS",
           "quote.py reads the new constant"),
        _e("c5", "shipping.py", "MAX_LETTER_GRAMS = 500", "LETTER_LIMIT_GRAMS = 500",
           "shipping.py: same naming for the letter limit"),
    ],
    ["c1", "c3", "c4"],
))

# 3. rename a class used by a constructor call and an isinstance check ----------------------------
TASKS.append(_task(
    "rect-class", 3,
    "The class `Rect` in shapes.py should be called `Rectangle`. Rename it and update the two modules that use it.",
    {
        "shapes.py": '''class Rect:
    def __init__(self, x, y, w, h):
        self.x, self.y, self.w, self.h = x, y, w, h

    def area(self):
        return self.w * self.h

    def contains(self, px, py):
        return self.x <= px < self.x + self.w and self.y <= py < self.y + self.h
''',
        "layout.py": '''from shapes import Rect


def row(widths, height, gap=0):
    """Rectangles laid left to right starting at x=0."""
    out, x = [], 0
    for w in widths:
        out.append(Rect(x, 0, w, height))
        x += w + gap
    return out
''',
        "hit.py": '''import shapes


def hit(rects, px, py):
    """Index of the last rectangle containing the point, or -1."""
    found = -1
    for i, r in enumerate(rects):
        if isinstance(r, shapes.Rect) and r.contains(px, py):
            found = i
    return found
''',
    },
    [
        "import shapes",
        "import layout",
        "import hit",
        "assert shapes.Rectangle(0, 0, 3, 4).area() == 12",
        "assert [r.x for r in layout.row([2, 3, 1], 5, gap=1)] == [0, 3, 7], 'layout.row must build the renamed class'",
        "assert hit.hit(layout.row([2, 2], 1), 3, 0) == 1, 'hit() must recognise Rectangle objects'",
        "assert not hasattr(shapes, 'Rect')",
    ],
    [
        _e("r1", "shapes.py", "class Rect:", "class Rectangle:", "class Rect -> class Rectangle"),
        _e("r2", "layout.py", None, '''from shapes import Rectangle


def row(widths, height, gap=0):
    """Rectangles laid left to right starting at x=0."""
    out, x = [], 0
    for w in widths:
        out.append(Rectangle(x, 0, w, height))
        x += w + gap
    return out
''', "layout.py: import and build Rectangle"),
        _e("r3", "hit.py", "isinstance(r, shapes.Rect)", "isinstance(r, shapes.Rectangle)",
           "hit.py: isinstance against the renamed class"),
        _e("r4", "hit.py", "isinstance(r, shapes.Rect)", "isinstance(r, shapes.Rectangles)",
           "hit.py: isinstance against shapes.Rectangles"),
    ],
    ["r1", "r2", "r3"],
))

# 4. rename a method; a list's .remove() on the next line is not the method ---------------------
TASKS.append(_task(
    "inventory-take", 2,
    "Rename the method `remove` of Inventory to `take` and update its callers.",
    {
        "stock.py": '''class Inventory:
    def __init__(self):
        self.levels = {}

    def add(self, sku, qty):
        self.levels[sku] = self.levels.get(sku, 0) + qty

    def remove(self, sku, qty):
        have = self.levels.get(sku, 0)
        if qty > have:
            raise ValueError(f"only {have} of {sku}")
        self.levels[sku] = have - qty

    def count(self, sku):
        return self.levels.get(sku, 0)
''',
        "orders.py": '''def fulfil(inv, order, pending):
    """Take each (sku, qty) of the order from stock, then drop its id from pending."""
    order_id, lines = order
    for sku, qty in lines:
        inv.remove(sku, qty)
    pending.remove(order_id)
    return pending
''',
    },
    [
        "from stock import Inventory",
        "import orders",
        "inv = Inventory(); inv.add('apple', 5); inv.take('apple', 2); assert inv.count('apple') == 3",
        "assert not hasattr(Inventory, 'remove'), 'the method should be called take now'",
        "inv2 = Inventory(); inv2.add('pear', 4); assert orders.fulfil(inv2, ('o1', [('pear', 3)]), ['o0', 'o1']) == ['o0'] and inv2.count('pear') == 1, 'orders.fulfil should take stock and leave pending a list'",
    ],
    [
        _e("m1", "stock.py", "    def remove(self, sku, qty):", "    def take(self, sku, qty):",
           "rename the method"),
        _e("m2", "orders.py", "        inv.remove(sku, qty)", "        inv.take(sku, qty)",
           "orders.py: inv.remove -> inv.take"),
        _e("m3", "orders.py", "    pending.remove(order_id)", "    pending.take(order_id)",
           "orders.py: pending.remove -> pending.take"),
    ],
    ["m1", "m2"],
))

# 5. add a parameter with a default; only one caller passes it ----------------------------------
TASKS.append(_task(
    "shorten-marker", 2,
    "Give `shorten` a `marker` parameter that defaults to \"~\" (the current behaviour). The cut text plus the "
    "marker must still fit in `width`. Cards should use marker=\"...\"; the menu keeps the default.",
    {
        "text.py": '''def shorten(s, width):
    if len(s) <= width:
        return s
    return s[: width - 1] + "~"
''',
        "cards.py": '''from text import shorten


def card(title, body):
    return f"[{shorten(title, 12)}] {body}"
''',
        "menu.py": '''import text


def menu(items):
    return " | ".join(text.shorten(item, 8) for item in items)
''',
    },
    [
        "import text",
        "import cards",
        "import menu",
        "assert text.shorten('abcdefghij', 6, marker='..') == 'abcd..'",
        "assert text.shorten('abcdefghij', 6) == 'abcde~', 'the default marker stays ~'",
        "assert cards.card('A very long headline', 'x') == '[A very lo...] x', 'cards use a three-dot marker'",
        "assert menu.menu(['soup', 'dumplings']) == 'soup | dumplin~', 'the menu keeps the ~ marker'",
    ],
    [
        _e("p1", "text.py", '''def shorten(s, width):
    if len(s) <= width:
        return s
    return s[: width - 1] + "~"
''', '''def shorten(s, width, marker="~"):
    if len(s) <= width:
        return s
    return s[: width - len(marker)] + marker
''', "text.py: marker parameter with a default"),
        _e("p2", "cards.py", "shorten(title, 12)", "shorten(title, 12, marker='...')",
           "pass the three-dot marker from cards"),
        _e("p3", "text.py", '''def shorten(s, width):
    if len(s) <= width:
        return s
    return s[: width - 1] + "~"
''', '''def shorten(s, width, marker):
    if len(s) <= width:
        return s
    return s[: width - len(marker)] + marker
''', "text.py: marker parameter (required)"),
        _e("p4", "menu.py", "text.shorten(item, 8)", "text.shorten(item, 8, marker='...')",
           "pass the three-dot marker from the menu"),
    ],
    ["p1", "p2"],
))

# 6. move a function into a new module --------------------------------------------------------
TASKS.append(_task(
    "leap-module", 3,
    "Move `is_leap` out of dates.py into a new module leap.py. dates.py should call it as `leap.is_leap` and "
    "no longer define it; yearbook.py should import it from leap.",
    {
        "dates.py": '''def is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def days_in_month(year, month):
    if month == 2:
        return 29 if is_leap(year) else 28
    return 30 if month in (4, 6, 9, 11) else 31
''',
        "yearbook.py": '''from dates import is_leap


def days_in_year(year):
    return 366 if is_leap(year) else 365
''',
    },
    [
        "import dates",
        "assert dates.days_in_month(1900, 2) == 28 and dates.days_in_month(2000, 2) == 29",
        "assert not hasattr(dates, 'is_leap'), 'is_leap should live in leap.py only'",
        "import yearbook",
        "assert yearbook.days_in_year(2024) == 366, 'yearbook must get is_leap from leap.py'",
        "import leap",
        "assert leap.is_leap(2023) is False",
    ],
    [
        _e("v1", "leap.py", None, '''def is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
''', "create leap.py with is_leap"),
        _e("v2", "dates.py", None, '''import leap


def days_in_month(year, month):
    if month == 2:
        return 29 if leap.is_leap(year) else 28
    return 30 if month in (4, 6, 9, 11) else 31
''', "dates.py: drop is_leap and call leap.is_leap"),
        _e("v3", "yearbook.py", "from dates import is_leap", "from leap import is_leap",
           "yearbook.py: import from the new module"),
        _e("v4", "leapyear.py", None, '''def is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
''', "create leapyear.py with is_leap"),
    ],
    ["v1", "v2", "v3"],
))

# 7. rename a keyword argument; the sibling function has the same keyword -----------------------
TASKS.append(_task(
    "split-bill-kwarg", 2,
    "split_bill's keyword `tip_pct` should be spelled `tip_percent`. Change split_bill and the caller that passes "
    "it by name. tip_for keeps tip_pct for now.",
    {
        "money.py": '''def split_bill(total_cents, ways, tip_pct=0):
    """Each person's share in cents; the first shares absorb the leftover cents."""
    total = total_cents + total_cents * tip_pct // 100
    base, extra = divmod(total, ways)
    return [base + 1 if i < extra else base for i in range(ways)]


def tip_for(total_cents, tip_pct):
    return total_cents * tip_pct // 100
''',
        "party.py": '''from money import split_bill


def shares(guests, total_cents):
    return dict(zip(guests, split_bill(total_cents, len(guests), tip_pct=10)))
''',
        "receipt.py": '''import money


def tip_line(total_cents):
    return f"tip: {money.tip_for(total_cents, tip_pct=12)}"
''',
    },
    [
        "import money",
        "import party",
        "import receipt",
        "assert money.split_bill(1000, 3, tip_percent=10) == [367, 367, 366]",
        "assert party.shares(['ann', 'bo'], 1001) == {'ann': 551, 'bo': 550}, 'party.py passes the tip by keyword'",
        "assert receipt.tip_line(2500) == 'tip: 300', 'tip_for keeps its tip_pct keyword'",
        "assert money.split_bill(10, 4) == [3, 3, 2, 2]",
        "assert 'tip_pct' not in money.split_bill.__code__.co_varnames, 'split_bill still accepts tip_pct'",
    ],
    [
        _e("k1", "money.py", '''def split_bill(total_cents, ways, tip_pct=0):
    """Each person's share in cents; the first shares absorb the leftover cents."""
    total = total_cents + total_cents * tip_pct // 100
''', '''def split_bill(total_cents, ways, tip_percent=0):
    """Each person's share in cents; the first shares absorb the leftover cents."""
    total = total_cents + total_cents * tip_percent // 100
''', "split_bill: tip_pct -> tip_percent"),
        _e("k2", "party.py", "tip_pct=10", "tip_percent=10", "party.py: pass tip_percent"),
        _e("k3", "money.py", '''def tip_for(total_cents, tip_pct):
    return total_cents * tip_pct // 100
''', '''def tip_for(total_cents, tip_percent):
    return total_cents * tip_percent // 100
''', "tip_for: tip_pct -> tip_percent"),
    ],
    ["k1", "k2"],
))

# 8. rename a function; a comment mentions it and a near-miss new name is offered ---------------
TASKS.append(_task(
    "word-count", 2,
    "Rename `count_words` to `word_count`.",
    {
        "wordstats.py": '''import re

WORD = re.compile(r"[A-Za-z']+")


def count_words(text):
    return len(WORD.findall(text))


def longest_word(text):
    return max(WORD.findall(text), key=len, default="")
''',
        "summary.py": '''import wordstats


def summary(text):
    # count_words skips digits and punctuation
    n = wordstats.count_words(text)
    return f"{n} words, longest: {wordstats.longest_word(text)}"
''',
    },
    [
        "import wordstats",
        "import summary",
        "assert wordstats.word_count(\"it's 42 degrees, isn't it\") == 4",
        "assert summary.summary('a bb ccc') == '3 words, longest: ccc', 'summary() calls the renamed counter'",
        "assert not hasattr(wordstats, 'count_words')",
    ],
    [
        _e("w1", "wordstats.py", "def count_words(text):", "def word_count(text):",
           "rename count_words to word_count"),
        _e("w2", "summary.py", "    n = wordstats.count_words(text)", "    n = wordstats.word_count(text)",
           "rename count_words to word_count"),
        _e("w3", "summary.py", "    # count_words skips digits and punctuation",
           "    # word_count skips digits and punctuation", "summary.py: the comment above the call"),
        _e("w4", "wordstats.py", "def count_words(text):", "def words_count(text):",
           "rename count_words to words_count"),
    ],
    ["w1", "w2"],
))

# 9. rename a constant that one caller imports by name; another module has a look-alike local ---
TASKS.append(_task(
    "password-min-length", 3,
    "Rename `MIN_LEN` to `MIN_PASSWORD_LENGTH` in policy.py and wherever it is read.",
    {
        "policy.py": '''MIN_LEN = 10
SYMBOLS = "!@#$%^&*"


def has_symbol(pw):
    return any(c in SYMBOLS for c in pw)
''',
        "validate.py": '''from policy import MIN_LEN, has_symbol


def problems(pw):
    out = []
    if len(pw) < MIN_LEN:
        out.append("too short")
    if not has_symbol(pw):
        out.append("no symbol")
    return out
''',
        "hints.py": '''import policy


def hint():
    return f"Use at least {policy.MIN_LEN} characters and one of {policy.SYMBOLS}"
''',
        "strength.py": '''def score(pw):
    # one point per 4 characters, capped at 5
    min_len = 4
    return min(5, len(pw) // min_len)
''',
    },
    [
        "from policy import MIN_PASSWORD_LENGTH",
        "import policy, validate, hints, strength",
        "assert validate.problems('abc') == ['too short', 'no symbol'], 'validate.py must read the renamed constant'",
        "assert validate.problems('longenough!') == []",
        "assert hints.hint() == 'Use at least 10 characters and one of !@#$%^&*'",
        "assert strength.score('abcdefghij') == 2, 'strength.py has its own local min_len'",
        "assert not hasattr(policy, 'MIN_LEN')",
    ],
    [
        _e("s1", "policy.py", "MIN_LEN = 10", "MIN_PASSWORD_LENGTH = 10", "policy.py: the constant itself"),
        _e("s2", "validate.py", None, '''from policy import MIN_PASSWORD_LENGTH, has_symbol


def problems(pw):
    out = []
    if len(pw) < MIN_PASSWORD_LENGTH:
        out.append("too short")
    if not has_symbol(pw):
        out.append("no symbol")
    return out
''', "validate.py: import and compare with the new name"),
        _e("s3", "hints.py", "{policy.MIN_LEN}", "{policy.MIN_PASSWORD_LENGTH}",
           "hints.py: the f-string"),
        _e("s4", "strength.py", "    min_len = 4\n    return min(5, len(pw) // min_len)",
           "    return min(5, len(pw) // MIN_PASSWORD_LENGTH)", "strength.py: min_len -> MIN_PASSWORD_LENGTH"),
    ],
    ["s1", "s2", "s3"],
))

# 10. rename a method that a sibling method calls; advance_to keeps its name --------------------
TASKS.append(_task(
    "light-step", 3,
    "Light.advance is being renamed to Light.step. Search for `advance`: note that `advance_to` is a different "
    "method and keeps its name, though it must keep working.",
    {
        "lights.py": '''ORDER = ["green", "yellow", "red"]


class Light:
    def __init__(self, color="red"):
        self.color = color

    def advance(self):
        self.color = ORDER[(ORDER.index(self.color) + 1) % len(ORDER)]
        return self.color

    def advance_to(self, color):
        while self.color != color:
            self.advance()
        return self.color
''',
        "controller.py": '''from lights import Light


def cycle(n, start="red"):
    light = Light(start)
    return [light.advance() for _ in range(n)]
''',
        "junction.py": '''def sync(lights, color):
    """Bring every light to the same color."""
    for light in lights:
        light.advance_to(color)
    return [l.color for l in lights]
''',
    },
    [
        "from lights import Light",
        "import controller, junction",
        "assert controller.cycle(4) == ['green', 'yellow', 'red', 'green'], 'controller.cycle should call step()'",
        "assert junction.sync([Light('green'), Light('red')], 'yellow') == ['yellow', 'yellow'], 'advance_to must still work after the rename'",
        "l = Light('yellow'); assert l.step() == 'red'",
        "assert not hasattr(Light, 'advance'), 'Light.advance should be gone'",
        "assert hasattr(Light, 'advance_to'), 'advance_to keeps its name'",
    ],
    [
        _e("a1", "lights.py", "    def advance(self):", "    def step(self):", "def advance -> def step"),
        _e("a2", "lights.py", "            self.advance()", "            self.step()",
           "advance_to loops with self.step()"),
        _e("a3", "controller.py", "light.advance() for", "light.step() for", "controller calls step()"),
        _e("a4", "junction.py", "        light.advance_to(color)", "        light.step_to(color)",
           "junction calls step_to()"),
        _e("a5", "lights.py", "    def advance_to(self, color):", "    def step_to(self, color):",
           "def advance_to -> def step_to"),
    ],
    ["a1", "a2", "a3"],
))

# 11. add a scale parameter with a default; only the traffic chart passes it --------------------
TASKS.append(_task(
    "hist-scale", 2,
    "Add `scale=1` to `bars` in hist.py: each bar gets one # per `scale` units (integer division). The traffic "
    "chart should draw one # per hundred visits; the grade chart is unchanged.",
    {
        "hist.py": '''def bars(counts):
    """{'a': 3} -> ['a | ###'] in sorted label order."""
    width = max(len(k) for k in counts)
    return [f"{k.ljust(width)} | {'#' * n}" for k, n in sorted(counts.items())]
''',
        "traffic.py": '''from hist import bars


def daily_chart(visits):
    """visits: {day: count}"""
    return "\\n".join(bars(visits))
''',
        "grades.py": '''import hist
from collections import Counter


def grade_chart(grades):
    return hist.bars(Counter(grades))
''',
    },
    [
        "import hist, traffic, grades",
        "assert hist.bars({'b': 2, 'a': 1}) == ['a | #', 'b | ##']",
        "assert hist.bars({'x': 450}, scale=100) == ['x | ####'], 'bars(scale=...) should divide the counts'",
        "assert traffic.daily_chart({'mon': 320, 'tue': 90}) == 'mon | ###\\ntue | ', 'the traffic chart draws one # per hundred visits'",
        "assert grades.grade_chart('ABA') == ['A | ##', 'B | #'], 'the grade chart keeps scale 1'",
    ],
    [
        _e("h1", "hist.py", '''def bars(counts):
    """{'a': 3} -> ['a | ###'] in sorted label order."""
    width = max(len(k) for k in counts)
    return [f"{k.ljust(width)} | {'#' * n}" for k, n in sorted(counts.items())]
''', '''def bars(counts, scale=1):
    """{'a': 3} -> ['a | ###'] in sorted label order."""
    width = max(len(k) for k in counts)
    return [f"{k.ljust(width)} | {'#' * (n // scale)}" for k, n in sorted(counts.items())]
''', "bars(counts, scale=1)"),
        _e("h2", "traffic.py", "bars(visits)", "bars(visits, scale=100)", "traffic.py passes scale=100"),
        _e("h3", "grades.py", "hist.bars(Counter(grades))", "hist.bars(Counter(grades), scale=100)",
           "grades.py passes scale=100"),
        _e("h4", "hist.py", '''def bars(counts):
    """{'a': 3} -> ['a | ###'] in sorted label order."""
    width = max(len(k) for k in counts)
    return [f"{k.ljust(width)} | {'#' * n}" for k, n in sorted(counts.items())]
''', '''def bars(counts, per=1):
    """{'a': 3} -> ['a | ###'] in sorted label order."""
    width = max(len(k) for k in counts)
    return [f"{k.ljust(width)} | {'#' * (n // per)}" for k, n in sorted(counts.items())]
''', "bars(counts, per=1)"),
    ],
    ["h1", "h2"],
))

# 12. move a helper into its own module; a third module imports a different name from blog ------
TASKS.append(_task(
    "slugify-move", 3,
    "Move `slugify` from blog.py into a new module slugs.py. Code that needs it should import it from slugs; "
    "`post_url` stays in blog.py.",
    {
        "blog.py": '''import re


def slugify(title):
    words = re.findall(r"[a-z0-9]+", title.lower())
    return "-".join(words)


def post_url(title, year):
    return f"/{year}/{slugify(title)}/"
''',
        "tags.py": '''from blog import slugify


def tag_urls(tags):
    return {t: "/tag/" + slugify(t) for t in tags}
''',
        "feed.py": '''from blog import post_url


def feed(posts):
    return [post_url(title, year) for year, title in posts]
''',
    },
    [
        "import blog, tags, feed",
        "assert blog.post_url('Hello, World!', 2024) == '/2024/hello-world/'",
        "assert tags.tag_urls(['C++ Tips']) == {'C++ Tips': '/tag/c-tips'}",
        "assert feed.feed([(2023, 'A B')]) == ['/2023/a-b/'], 'feed.py imports post_url, which stays in blog.py'",
        "import slugs",
        "assert slugs.slugify('  Many   Spaces ') == 'many-spaces', 'slugs.py should define slugify'",
        "assert not hasattr(blog, 'slugify') or blog.slugify is slugs.slugify, 'slugify must be defined in slugs.py only'",
    ],
    [
        _e("g1", "slugs.py", None, '''import re


def slugify(title):
    words = re.findall(r"[a-z0-9]+", title.lower())
    return "-".join(words)
''', "new file slugs.py"),
        _e("g2", "blog.py", None, '''from slugs import slugify


def post_url(title, year):
    return f"/{year}/{slugify(title)}/"
''', "blog.py keeps post_url only"),
        _e("g3", "tags.py", "from blog import slugify", "from slugs import slugify", "tags.py: new import"),
        _e("g4", "feed.py", "from blog import post_url", "from slugs import post_url", "feed.py: new import"),
    ],
    ["g1", "g2", "g3"],
))

# 13. rename a class; one importer builds an instance at import time -----------------------------
TASKS.append(_task(
    "lru-class", 3,
    "Rename `Cache` to `LRUCache` (lru.py) and fix the modules that use it.",
    {
        "lru.py": '''from collections import OrderedDict


class Cache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = OrderedDict()

    def get(self, key, default=None):
        if key not in self.data:
            return default
        self.data.move_to_end(key)
        return self.data[key]

    def put(self, key, value):
        self.data[key] = value
        self.data.move_to_end(key)
        if len(self.data) > self.capacity:
            self.data.popitem(last=False)
''',
        "fetch.py": '''from lru import Cache

_cache = Cache(2)
calls = []


def fetch(url):
    hit = _cache.get(url)
    if hit is not None:
        return hit
    calls.append(url)
    body = url.upper()
    _cache.put(url, body)
    return body
''',
        "memo.py": '''import lru


def memoize(fn, size=16):
    cache = lru.Cache(size)

    def wrapper(x):
        value = cache.get(x)
        if value is None:
            value = fn(x)
            cache.put(x, value)
        return value
    return wrapper
''',
    },
    [
        "from lru import LRUCache",
        "import fetch, memo",
        "c = LRUCache(1); c.put('a', 1); c.put('b', 2); assert c.get('a') is None and c.get('b') == 2",
        "assert [fetch.fetch(u) for u in ['x', 'y', 'x', 'z', 'x']] == ['X', 'Y', 'X', 'Z', 'X'] and fetch.calls == ['x', 'y', 'z'], 'fetch.py builds its cache at import time'",
        "sq = memo.memoize(lambda n: n * n, 2); assert sq(3) == 9 and sq(3) == 9",
        "import lru",
        "assert not hasattr(lru, 'Cache'), 'Cache should now be LRUCache'",
    ],
    [
        _e("l1", "lru.py", "class Cache:", "class LRUCache:", "rename the class to LRUCache"),
        _e("l2", "fetch.py", "from lru import Cache\n\n_cache = Cache(2)",
           "from lru import LRUCache\n\n_cache = LRUCache(2)", "fetch.py: import and construct LRUCache"),
        _e("l3", "memo.py", "lru.Cache(size)", "lru.LRUCache(size)", "memo.py: lru.LRUCache"),
        _e("l4", "lru.py", "class Cache:", "class LruCache:", "rename the class to LruCache"),
    ],
    ["l1", "l2", "l3"],
))

# 14. rename a keyword argument of merge; another caller relies on the default --------------------
TASKS.append(_task(
    "merge-kwarg", 2,
    "The `touching` flag of intervals.merge is unclear. Rename that keyword to `join_adjacent` and update the caller "
    "that passes it. Behaviour must not change.",
    {
        "intervals.py": '''def merge(intervals, touching=True):
    """Merge overlapping (start, end) pairs; with touching, (1, 3) and (3, 5) merge too."""
    out = []
    for start, end in sorted(intervals):
        if out and (start < out[-1][1] or (touching and start == out[-1][1])):
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out
''',
        "agenda.py": '''from intervals import merge


def busy_blocks(meetings):
    """Back-to-back meetings stay separate blocks."""
    return merge(meetings, touching=False)
''',
        "rooms.py": '''import intervals


def blocks(booked):
    """How many separate stretches a room is booked for."""
    return len(intervals.merge(booked))
''',
    },
    [
        "import intervals, agenda, rooms",
        "assert intervals.merge([(3, 5), (1, 3)], join_adjacent=False) == [(1, 3), (3, 5)]",
        "assert agenda.busy_blocks([(9, 10), (10, 11), (10, 12)]) == [(9, 10), (10, 12)]",
        "assert rooms.blocks([(1, 3), (3, 4), (6, 7)]) == 2, 'rooms relies on the default, which joins adjacent bookings'",
        "assert 'touching' not in intervals.merge.__code__.co_varnames",
    ],
    [
        _e("i1", "intervals.py", '''def merge(intervals, touching=True):
    """Merge overlapping (start, end) pairs; with touching, (1, 3) and (3, 5) merge too."""
    out = []
    for start, end in sorted(intervals):
        if out and (start < out[-1][1] or (touching and start == out[-1][1])):
''', '''def merge(intervals, join_adjacent=True):
    """Merge overlapping (start, end) pairs; with join_adjacent, (1, 3) and (3, 5) merge too."""
    out = []
    for start, end in sorted(intervals):
        if out and (start < out[-1][1] or (join_adjacent and start == out[-1][1])):
''', "intervals.py: touching -> join_adjacent"),
        _e("i2", "agenda.py", "touching=False", "join_adjacent=False", "agenda.py: pass join_adjacent=False"),
        _e("i3", "rooms.py", "intervals.merge(booked)", "intervals.merge(booked, join_adjacent=False)",
           "rooms.py: pass join_adjacent=False too"),
        _e("i4", "intervals.py", '''def merge(intervals, touching=True):
    """Merge overlapping (start, end) pairs; with touching, (1, 3) and (3, 5) merge too."""
    out = []
    for start, end in sorted(intervals):
        if out and (start < out[-1][1] or (touching and start == out[-1][1])):
''', '''def merge(intervals, adjacent=True):
    """Merge overlapping (start, end) pairs; with adjacent, (1, 3) and (3, 5) merge too."""
    out = []
    for start, end in sorted(intervals):
        if out and (start < out[-1][1] or (adjacent and start == out[-1][1])):
''', "intervals.py: touching -> adjacent"),
    ],
    ["i1", "i2"],
))

# 15. rename a function that has an inverse sibling ---------------------------------------------
TASKS.append(_task(
    "roman-rename", 3,
    "to_roman is ambiguous next to from_roman. Rename `to_roman` to `int_to_roman` in roman.py and in the "
    "clock and chapters modules. Do not touch `from_roman`.",
    {
        "roman.py": '''NUMERALS = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
            (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]


def to_roman(n):
    out = []
    for value, letters in NUMERALS:
        count, n = divmod(n, value)
        out.append(letters * count)
    return "".join(out)


def from_roman(s):
    values = {letters: value for value, letters in NUMERALS if len(letters) == 1}
    total = 0
    for a, b in zip(s, s[1:] + " "):
        v = values[a]
        total += -v if b != " " and values[b] > v else v
    return total
''',
        "clock.py": '''import roman


def face():
    """The twelve hour marks of a clock face."""
    return [roman.to_roman(h) for h in range(1, 13)]
''',
        "chapters.py": '''from roman import to_roman


def heading(number, title):
    return f"Chapter {to_roman(number)}: {title}"
''',
    },
    [
        "from roman import int_to_roman",
        "import roman",
        "assert int_to_roman(1994) == 'MCMXCIV'",
        "assert roman.from_roman('MCMXCIV') == 1994, 'from_roman is not part of this rename'",
        "assert not hasattr(roman, 'to_roman')",
        "import clock",
        "assert clock.face()[3] == 'IV' and clock.face()[8] == 'IX', 'clock.py must call int_to_roman'",
        "import chapters",
        "assert chapters.heading(14, 'Rain') == 'Chapter XIV: Rain'",
    ],
    [
        _e("n1", "roman.py", "def to_roman(n):", "def int_to_roman(n):", "roman.py: rename the function"),
        _e("n2", "clock.py", "roman.to_roman(h)", "roman.int_to_roman(h)", "clock.py"),
        _e("n3", "chapters.py", None, '''from roman import int_to_roman


def heading(number, title):
    return f"Chapter {int_to_roman(number)}: {title}"
''', "chapters.py"),
        _e("n4", "roman.py", "def from_roman(s):", "def roman_to_int(s):",
           "roman.py: rename the inverse to match"),
    ],
    ["n1", "n2", "n3"],
))

# 16. rename a constant used inside its own module and by one other ------------------------------
TASKS.append(_task(
    "vat-percent", 3,
    "VAT_RATE holds a percentage, not a fraction. Rename `VAT_RATE` to `VAT_PERCENT`.",
    {
        "tax.py": '''VAT_RATE = 20  # percent


def vat(net_cents):
    """VAT on a net amount, rounded half up to a whole cent."""
    return (net_cents * VAT_RATE + 50) // 100
''',
        "invoice.py": '''import tax


def invoice_lines(items):
    """items: [(name, net_cents)] -> lines plus a VAT line."""
    # VAT_RATE is a whole percentage
    lines = [f"{name}: {cents}" for name, cents in items]
    net = sum(cents for _, cents in items)
    lines.append(f"VAT {tax.VAT_RATE}%: {tax.vat(net)}")
    return lines
''',
    },
    [
        "from tax import VAT_PERCENT",
        "import tax, invoice",
        "assert tax.vat(1999) == 400, 'vat() reads the constant too'",
        "assert invoice.invoice_lines([('pen', 250), ('ink', 1000)])[-1] == 'VAT 20%: 250'",
        "assert not hasattr(tax, 'VAT_RATE')",
    ],
    [
        _e("t1", "tax.py", "VAT_RATE = 20  # percent", "VAT_PERCENT = 20  # percent", "rename the constant"),
        _e("t2", "tax.py", "net_cents * VAT_RATE + 50", "net_cents * VAT_PERCENT + 50", "vat() reads it"),
        _e("t3", "invoice.py", "{tax.VAT_RATE}%", "{tax.VAT_PERCENT}%", "the VAT line in invoice.py"),
        _e("t4", "invoice.py", "    # VAT_RATE is a whole percentage", "    # VAT_PERCENT is a whole percentage",
           "the comment in invoice.py"),
    ],
    ["t1", "t2", "t3"],
))

# 17. rename a method that a subclass overrides and calls through super() -----------------------
TASKS.append(_task(
    "notifier-deliver", 3,
    "Rename `send` to `deliver` on Notifier, on its subclass MailNotifier, and at the call site in alerts.py. "
    "send_count is a different method and stays.",
    {
        "notify.py": '''class Notifier:
    def __init__(self):
        self.outbox = []

    def send(self, user, msg):
        self.outbox.append(f"{user}: {msg}")

    def send_count(self):
        return len(self.outbox)
''',
        "mail.py": '''from notify import Notifier


class MailNotifier(Notifier):
    def send(self, user, msg):
        super().send(user + "@example.org", msg.strip())
''',
        "alerts.py": '''def broadcast(notifier, users, msg):
    for user in users:
        notifier.send(user, msg)
    return notifier.send_count()
''',
    },
    [
        "from notify import Notifier",
        "from mail import MailNotifier",
        "import alerts",
        "n = Notifier(); n.deliver('ann', 'hi'); assert n.outbox == ['ann: hi']",
        "m = MailNotifier(); assert alerts.broadcast(m, ['bo', 'cy'], ' up ') == 2 and m.outbox[0] == 'bo@example.org: up'",
        "assert not hasattr(Notifier, 'send') and 'send' not in MailNotifier.__dict__, 'send should be renamed everywhere'",
    ],
    [
        _e("n1", "notify.py", "    def send(self, user, msg):", "    def deliver(self, user, msg):",
           "base class: def deliver"),
        _e("n2", "mail.py", None, '''from notify import Notifier


class MailNotifier(Notifier):
    def deliver(self, user, msg):
        super().deliver(user + "@example.org", msg.strip())
''', "subclass: override and super() call"),
        _e("n3", "alerts.py", "        notifier.send(user, msg)", "        notifier.deliver(user, msg)",
           "alerts.py: notifier.deliver(...)"),
        _e("n4", "notify.py", "    def send_count(self):", "    def deliver_count(self):",
           "base class: def deliver_count"),
    ],
    ["n1", "n2", "n3"],
))

# 18. rename a function that a dispatch table refers to (no call syntax at the use site) ---------
TASKS.append(_task(
    "units-table", 2,
    "Rename `c_to_f` to `celsius_to_fahrenheit`. Careful: convert.py does not call it, it stores it in a table.",
    {
        "units.py": '''def c_to_f(c):
    return c * 9 / 5 + 32


def f_to_c(f):
    return (f - 32) * 5 / 9


def km_to_miles(km):
    return km * 0.621371
''',
        "convert.py": '''import units

CONVERTERS = {
    ("C", "F"): units.c_to_f,
    ("F", "C"): units.f_to_c,
    ("km", "mi"): units.km_to_miles,
}


def convert(value, src, dst):
    if src == dst:
        return value
    return round(CONVERTERS[(src, dst)](value), 2)
''',
    },
    [
        "from units import celsius_to_fahrenheit",
        "assert celsius_to_fahrenheit(100) == 212",
        "import units, convert",
        "assert convert.convert(37, 'C', 'F') == 98.6",
        "assert convert.convert(212, 'F', 'C') == 100.0, 'f_to_c is not part of the rename'",
        "assert not hasattr(units, 'c_to_f'), 'the short name must be gone'",
    ],
    [
        _e("u1", "units.py", "def c_to_f(c):", "def celsius_to_fahrenheit(c):", "units.py: new name"),
        _e("u2", "convert.py", '    ("C", "F"): units.c_to_f,', '    ("C", "F"): units.celsius_to_fahrenheit,',
           "convert.py: the C->F entry"),
        _e("u3", "convert.py", '    ("C", "F"): units.c_to_f,', '    ("C", "F"): units.celsius_to_farenheit,',
           "convert.py: table entry -> units.celsius_to_farenheit"),
    ],
    ["u1", "u2"],
))

# 19. add a start parameter; the column width must follow the largest number ---------------------
TASKS.append(_task(
    "number-lines-start", 2,
    "excerpt() numbers its lines from 1 instead of from the line where the excerpt starts. Add a `start=1` "
    "parameter to `number_lines` and pass the real first line number from excerpt.py. Other callers keep "
    "numbering from 1, and numbers stay right-aligned to the widest one.",
    {
        "numbering.py": '''def number_lines(lines):
    width = len(str(len(lines)))
    return [f"{i:>{width}}  {line}" for i, line in enumerate(lines, 1)]
''',
        "excerpt.py": '''from numbering import number_lines


def excerpt(text, first, last):
    """Lines first..last (1-based, inclusive) of text, numbered as in the original."""
    lines = text.splitlines()[first - 1:last]
    return number_lines(lines)
''',
        "poem.py": '''import numbering


def stanza(lines):
    return "\\n".join(numbering.number_lines(lines))
''',
    },
    [
        "import numbering, excerpt, poem",
        "assert numbering.number_lines(['a', 'b']) == ['1  a', '2  b'], 'numbering starts at 1 by default'",
        "assert numbering.number_lines(['x'], start=7) == ['7  x']",
        "assert excerpt.excerpt('\\n'.join('l%d' % i for i in range(1, 13)), 9, 11) == [' 9  l9', '10  l10', '11  l11'], 'excerpt keeps the original line numbers'",
        "assert poem.stanza(['roses', 'violets']) == '1  roses\\n2  violets', 'the poem keeps numbering from 1'",
    ],
    [
        _e("s1", "numbering.py", None, '''def number_lines(lines, start=1):
    width = len(str(start + len(lines) - 1))
    return [f"{i:>{width}}  {line}" for i, line in enumerate(lines, start)]
''', "number_lines(lines, start=1), width from the last number"),
        _e("s2", "excerpt.py", "    return number_lines(lines)", "    return number_lines(lines, start=first)",
           "excerpt passes start=first"),
        _e("s3", "poem.py", "numbering.number_lines(lines)", "numbering.number_lines(lines, start=0)",
           "poem passes start=0"),
        _e("s4", "numbering.py", None, '''def number_lines(lines, start=1):
    width = len(str(len(lines)))
    return [f"{i:>{width}}  {line}" for i, line in enumerate(lines, start)]
''', "number_lines(lines, start=1), width unchanged"),
    ],
    ["s1", "s2"],
))

# 20. rename a class used by a module function, an importer and a second module -----------------
TASKS.append(_task(
    "semver-class", 4,
    "Rename the class `Version` to `SemVer`. It is used inside version.py and by deps.py and release.py. "
    "The exception class VersionError keeps its name.",
    {
        "version.py": '''class VersionError(ValueError):
    pass


class Version:
    def __init__(self, major, minor, patch):
        self.parts = (major, minor, patch)

    @classmethod
    def parse(cls, text):
        pieces = text.lstrip("v").split(".")
        if len(pieces) != 3 or not all(p.isdigit() for p in pieces):
            raise VersionError(text)
        return cls(*map(int, pieces))

    def __lt__(self, other):
        return self.parts < other.parts

    def __str__(self):
        return ".".join(map(str, self.parts))


def latest(texts):
    return str(max(Version.parse(t) for t in texts))
''',
        "deps.py": '''from version import Version, VersionError


def satisfies(installed, minimum):
    try:
        return not Version.parse(installed) < Version.parse(minimum)
    except VersionError:
        return False
''',
        "release.py": '''import version


def bump(text, part):
    v = version.Version.parse(text)
    major, minor, patch = v.parts
    if part == "major":
        return str(version.Version(major + 1, 0, 0))
    if part == "minor":
        return str(version.Version(major, minor + 1, 0))
    return str(version.Version(major, minor, patch + 1))
''',
    },
    [
        "from version import SemVer",
        "import version, deps, release",
        "assert version.latest(['1.2.10', 'v1.10.0', '1.9.9']) == '1.10.0'",
        "assert deps.satisfies('2.0.1', '2.0.0') and not deps.satisfies('1.9.0', '2.0.0') and not deps.satisfies('x', '1.0.0')",
        "assert release.bump('v1.4.2', 'minor') == '1.5.0', 'release.py builds SemVer objects'",
        "assert not hasattr(version, 'Version')",
    ],
    [
        _e("v1", "version.py", "class Version:", "class SemVer:", "version.py: class statement"),
        _e("v2", "version.py", "max(Version.parse(t)", "max(SemVer.parse(t)", "version.py: latest()"),
        _e("v3", "deps.py", None, '''from version import SemVer, VersionError


def satisfies(installed, minimum):
    try:
        return not SemVer.parse(installed) < SemVer.parse(minimum)
    except VersionError:
        return False
''', "deps.py"),
        _e("v4", "release.py", None, '''import version


def bump(text, part):
    v = version.SemVer.parse(text)
    major, minor, patch = v.parts
    if part == "major":
        return str(version.SemVer(major + 1, 0, 0))
    if part == "minor":
        return str(version.SemVer(major, minor + 1, 0))
    return str(version.SemVer(major, minor, patch + 1))
''', "release.py"),
        _e("v5", "version.py", "class VersionError(ValueError):", "class SemVerError(ValueError):",
           "version.py: the exception class"),
    ],
    ["v1", "v2", "v3", "v4"],
))

# 21. move a formatter into a new module that the old module then imports ---------------------------
TASKS.append(_task(
    "duration-move", 3,
    "`fmt_duration` does not belong in playlist.py. Create timefmt.py with it, have playlist.py use "
    "timefmt.fmt_duration (without re-exporting it), and fix player.py's import. total stays in playlist.py.",
    {
        "playlist.py": '''def fmt_duration(seconds):
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02}:{s:02}" if h else f"{m}:{s:02}"


def total(tracks):
    return sum(sec for _, sec in tracks)


def summary(tracks):
    return f"{len(tracks)} tracks, {fmt_duration(total(tracks))}"
''',
        "player.py": '''from playlist import fmt_duration, total


def now_playing(tracks, index, elapsed):
    name, length = tracks[index]
    left = total(tracks[index:]) - elapsed
    return f"{name} {fmt_duration(elapsed)}/{fmt_duration(length)} ({fmt_duration(left)} left)"
''',
    },
    [
        "import playlist",
        "assert playlist.summary([('a', 200), ('b', 3500)]) == '2 tracks, 1:01:40'",
        "import player",
        "assert player.now_playing([('a', 65), ('b', 100)], 0, 5) == 'a 0:05/1:05 (2:40 left)', 'player.py needs total from playlist and fmt_duration from timefmt'",
        "import timefmt",
        "assert timefmt.fmt_duration(59) == '0:59' and timefmt.fmt_duration(3600) == '1:00:00'",
        "assert not hasattr(playlist, 'fmt_duration'), 'fmt_duration should move out of playlist.py'",
    ],
    [
        _e("t1", "timefmt.py", None, '''def fmt_duration(seconds):
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02}:{s:02}" if h else f"{m}:{s:02}"
''', "add timefmt.py"),
        _e("t2", "playlist.py", None, '''import timefmt


def total(tracks):
    return sum(sec for _, sec in tracks)


def summary(tracks):
    return f"{len(tracks)} tracks, {timefmt.fmt_duration(total(tracks))}"
''', "playlist.py without fmt_duration"),
        _e("t3", "player.py", "from playlist import fmt_duration, total",
           "from playlist import total\nfrom timefmt import fmt_duration", "player.py: two imports"),
        _e("t4", "player.py", "from playlist import fmt_duration, total",
           "from timefmt import fmt_duration, total", "player.py: import both from timefmt"),
    ],
    ["t1", "t2", "t3"],
))

# 22. rename one keyword of a function with two keywords ----------------------------------------
TASKS.append(_task(
    "tokenize-kwarg", 2,
    "In tokens.py, rename the `lower` keyword of tokenize to `lowercase` and update the caller that passes "
    "it. min_len is not part of this change.",
    {
        "tokens.py": '''import re


def tokenize(text, lower=True, min_len=1):
    words = re.findall(r"\\w+", text)
    if lower:
        words = [w.lower() for w in words]
    return [w for w in words if len(w) >= min_len]
''',
        "index.py": '''from tokens import tokenize


def build_index(docs):
    """word -> sorted doc ids; case matters for proper nouns."""
    index = {}
    for doc_id, text in docs.items():
        for word in tokenize(text, lower=False, min_len=2):
            index.setdefault(word, set()).add(doc_id)
    return {w: sorted(ids) for w, ids in index.items()}
''',
    },
    [
        "import tokens, index",
        "assert tokens.tokenize('The CAT sat', lowercase=False) == ['The', 'CAT', 'sat']",
        "assert tokens.tokenize('A b CC', min_len=2) == ['cc'], 'min_len keeps its name'",
        "assert index.build_index({1: 'Rome is Rome', 2: 'rome'}) == {'Rome': [1], 'is': [1], 'rome': [2]}",
        "assert 'lower' not in tokens.tokenize.__code__.co_varnames",
    ],
    [
        _e("k1", "tokens.py", '''def tokenize(text, lower=True, min_len=1):
    words = re.findall(r"\\w+", text)
    if lower:
''', '''def tokenize(text, lowercase=True, min_len=1):
    words = re.findall(r"\\w+", text)
    if lowercase:
''', "signature and the if"),
        _e("k2", "index.py", "lower=False", "lowercase=False", "index.py: lowercase=False"),
        _e("k3", "index.py", "min_len=2", "min_length=2", "index.py: min_length=2"),
        _e("k4", "index.py", "lower=False", "lowercase=True", "index.py: lowercase=True"),
    ],
    ["k1", "k2"],
))

# 23. rename the 4-neighbour helper; the 8-neighbour sibling and its user stay ------------------
TASKS.append(_task(
    "grid-adjacent", 2,
    "Rename grid.`neighbors` to adjacent_cells. `neighbors8` is a different function (used by life.py) and "
    "is not renamed.",
    {
        "grid.py": '''def neighbors(r, c, rows, cols):
    """Up, down, left, right cells inside the grid."""
    out = []
    for dr, dc in ((-1, 0), (1, 0), (0, -1), (0, 1)):
        if 0 <= r + dr < rows and 0 <= c + dc < cols:
            out.append((r + dr, c + dc))
    return out


def neighbors8(r, c, rows, cols):
    return [(r + dr, c + dc) for dr in (-1, 0, 1) for dc in (-1, 0, 1)
            if (dr or dc) and 0 <= r + dr < rows and 0 <= c + dc < cols]
''',
        "flood.py": '''from collections import deque

import grid


def fill(cells, r, c, new):
    """cells: list of lists; repaint the 4-connected region containing (r, c)."""
    rows, cols = len(cells), len(cells[0])
    old = cells[r][c]
    if old == new:
        return cells
    queue = deque([(r, c)])
    cells[r][c] = new
    while queue:
        cr, cc = queue.popleft()
        for nr, nc in grid.neighbors(cr, cc, rows, cols):
            if cells[nr][nc] == old:
                cells[nr][nc] = new
                queue.append((nr, nc))
    return cells
''',
        "life.py": '''import grid


def step(alive, rows, cols):
    """alive: set of (r, c); one Game of Life generation."""
    counts = {}
    for r, c in alive:
        for cell in grid.neighbors8(r, c, rows, cols):
            counts[cell] = counts.get(cell, 0) + 1
    return {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in alive)}
''',
    },
    [
        "import grid, flood, life",
        "assert sorted(grid.adjacent_cells(0, 0, 3, 3)) == [(0, 1), (1, 0)]",
        "assert flood.fill([[1, 1, 0], [0, 1, 0], [1, 0, 0]], 0, 0, 7) == [[7, 7, 0], [0, 7, 0], [1, 0, 0]], 'fill must use the 4-connected neighbours'",
        "assert life.step({(1, 0), (1, 1), (1, 2)}, 3, 3) == {(0, 1), (1, 1), (2, 1)}, 'life uses the 8-neighbour helper'",
        "assert not hasattr(grid, 'neighbors')",
    ],
    [
        _e("g1", "grid.py", "def neighbors(r, c, rows, cols):", "def adjacent_cells(r, c, rows, cols):",
           "rename the 4-way helper"),
        _e("g2", "flood.py", "grid.neighbors(cr, cc, rows, cols)", "grid.adjacent_cells(cr, cc, rows, cols)",
           "flood fill calls grid.adjacent_cells"),
        _e("g3", "life.py", "grid.neighbors8(r, c, rows, cols)", "grid.adjacent_cells(r, c, rows, cols)",
           "life calls grid.adjacent_cells"),
        _e("g4", "grid.py", "def neighbors8(r, c, rows, cols):", "def adjacent_cells8(r, c, rows, cols):",
           "rename the 8-way helper"),
    ],
    ["g1", "g2"],
))

# 24. rename a dict constant read inside its module, by an importer and by attribute access ------
TASKS.append(_task(
    "piece-values", 4,
    "Rename `VALUES` in pieces.py to `PIECE_VALUES`; it is read in pieces.py, material.py and trade.py.",
    {
        "pieces.py": '''# VALUES are in pawns; the king is priceless and left out
VALUES = {"P": 1, "N": 3, "B": 3, "R": 5, "Q": 9}


def value(piece):
    """'n' (black knight) or 'N' -> 3; kings and unknown letters -> 0."""
    return VALUES.get(piece.upper(), 0)
''',
        "material.py": '''from pieces import VALUES


def material(board):
    """board: string of piece letters; white is upper case. White minus black."""
    score = 0
    for ch in board:
        v = VALUES.get(ch.upper(), 0)
        score += v if ch.isupper() else -v
    return score
''',
        "trade.py": '''import pieces


def good_trade(give, take):
    return pieces.VALUES[take] >= pieces.VALUES[give]
''',
    },
    [
        "from pieces import PIECE_VALUES",
        "import pieces",
        "assert PIECE_VALUES['Q'] == 9 and pieces.value('n') == 3 and pieces.value('K') == 0",
        "assert not hasattr(pieces, 'VALUES'), 'VALUES should be gone'",
        "import material",
        "assert material.material('QRpp') == 12, 'material.py imports the renamed dict'",
        "import trade",
        "assert trade.good_trade('B', 'N') and not trade.good_trade('Q', 'R')",
    ],
    [
        _e("p1", "pieces.py", 'VALUES = {"P": 1,', 'PIECE_VALUES = {"P": 1,', "pieces.py: the dict"),
        _e("p2", "pieces.py", "    return VALUES.get(piece.upper(), 0)", "    return PIECE_VALUES.get(piece.upper(), 0)",
           "pieces.py: value()"),
        _e("p3", "material.py", None, '''from pieces import PIECE_VALUES


def material(board):
    """board: string of piece letters; white is upper case. White minus black."""
    score = 0
    for ch in board:
        v = PIECE_VALUES.get(ch.upper(), 0)
        score += v if ch.isupper() else -v
    return score
''', "material.py: import and lookup"),
        _e("p4", "trade.py", "pieces.VALUES[take] >= pieces.VALUES[give]",
           "pieces.PIECE_VALUES[take] >= pieces.PIECE_VALUES[give]", "trade.py: both lookups"),
        _e("p5", "trade.py", "pieces.VALUES[take] >= pieces.VALUES[give]",
           "pieces.PIECE_VALUE[take] >= pieces.PIECE_VALUE[give]", "trade.py: both lookups (PIECE_VALUE)"),
    ],
    ["p1", "p2", "p3", "p4"],
))

# 25. rename an instance attribute; one candidate keeps a compatibility alias ---------------------
TASKS.append(_task(
    "account-balance", 2,
    "The attribute `bal` of Account is cryptic: rename it to `balance` and update statement.py, which reads acct.bal. "
    "Do not keep the old attribute around.",
    {
        "account.py": '''class Account:
    def __init__(self, owner, opening=0):
        self.owner = owner
        self.bal = opening
        self.history = []

    def deposit(self, cents):
        self.bal += cents
        self.history.append(("deposit", cents))

    def withdraw(self, cents):
        if cents > self.bal:
            raise ValueError("insufficient funds")
        self.bal -= cents
        self.history.append(("withdraw", cents))
''',
        "statement.py": '''def statement(acct):
    lines = [f"{kind:<8}{amount:>8}" for kind, amount in acct.history]
    lines.append(f"{'balance':<8}{acct.bal:>8}")
    return "\\n".join(lines)
''',
    },
    [
        "from account import Account",
        "import statement",
        "a = Account('kim', 500); a.withdraw(200); a.deposit(50); assert a.balance == 350",
        "a = Account('kim'); a.deposit(900); assert statement.statement(a) == 'deposit      900\\nbalance      900', 'statement.py should read acct.balance'",
        "assert not hasattr(Account('x'), 'bal'), 'the attribute is balance now'",
    ],
    [
        _e("b1", "account.py", None, '''class Account:
    def __init__(self, owner, opening=0):
        self.owner = owner
        self.balance = opening
        self.history = []

    def deposit(self, cents):
        self.balance += cents
        self.history.append(("deposit", cents))

    def withdraw(self, cents):
        if cents > self.balance:
            raise ValueError("insufficient funds")
        self.balance -= cents
        self.history.append(("withdraw", cents))
''', "account.py: self.bal -> self.balance throughout"),
        _e("b2", "statement.py", "{acct.bal:>8}", "{acct.balance:>8}", "statement.py reads acct.balance"),
        _e("b3", "account.py", None, '''class Account:
    def __init__(self, owner, opening=0):
        self.owner = owner
        self.balance = opening
        self.history = []

    @property
    def bal(self):
        return self.balance

    def deposit(self, cents):
        self.balance += cents
        self.history.append(("deposit", cents))

    def withdraw(self, cents):
        if cents > self.balance:
            raise ValueError("insufficient funds")
        self.balance -= cents
        self.history.append(("withdraw", cents))
''', "account.py: rename, with a read-only bal alias for old code"),
    ],
    ["b1", "b2"],
))

# 26. rename a function that callers pass as key= ------------------------------------------------
TASKS.append(_task(
    "surname-key", 3,
    "`sort_key` in names.py is too generic a name; call it surname_key. phonebook.py and roster.py pass it as "
    "key= to sorted/min.",
    {
        "names.py": '''def sort_key(name):
    """'Ada King Lovelace' -> ('lovelace', 'ada king'): surname first, case-blind."""
    *given, surname = name.split()
    return surname.lower(), " ".join(given).lower()
''',
        "phonebook.py": '''import names


def listing(entries):
    """entries: {name: number} -> lines sorted by surname."""
    return [f"{n}: {entries[n]}" for n in sorted(entries, key=names.sort_key)]
''',
        "roster.py": '''from names import sort_key


# the first name on the roster, by sort_key
def first(people):
    return min(people, key=sort_key)
''',
    },
    [
        "from names import surname_key",
        "import names, phonebook, roster",
        "assert surname_key('Grace Brewster Hopper') == ('hopper', 'grace brewster')",
        "assert phonebook.listing({'Alan Turing': 1, 'Ada Lovelace': 2}) == ['Ada Lovelace: 2', 'Alan Turing: 1']",
        "assert roster.first(['Kurt Godel', 'john von Neumann', 'Emmy Noether']) == 'Kurt Godel', 'roster.py imports the key function by name'",
        "assert not hasattr(names, 'sort_key')",
    ],
    [
        _e("k1", "names.py", "def sort_key(name):", "def surname_key(name):", "names.py: def surname_key"),
        _e("k2", "phonebook.py", "sorted(entries, key=names.sort_key)",
           "sorted(entries, key=names.surname_key, reverse=True)", "phonebook.py: key=names.surname_key, reverse=True"),
        _e("k3", "roster.py", None, '''from names import surname_key


# the first name on the roster, by surname_key
def first(people):
    return min(people, key=surname_key)
''', "roster.py"),
        _e("k4", "phonebook.py", "sorted(entries, key=names.sort_key)", "sorted(entries, key=names.surname_key)",
           "phonebook.py: sorted by names.surname_key"),
    ],
    ["k1", "k3", "k4"],
))

# 27. swap the parameter order of a function and of every call ---------------------------------
TASKS.append(_task(
    "clamp-order", 3,
    "Change the signature of `clamp` from clamp(lo, hi, value) to clamp(value, lo, hi) and reorder the "
    "arguments at every call. lerp is untouched.",
    {
        "mathutil.py": '''def clamp(lo, hi, value):
    return max(lo, min(hi, value))


def lerp(a, b, t):
    return a + (b - a) * t
''',
        "color.py": '''from mathutil import clamp


def brighten(rgb, amount):
    return tuple(clamp(0, 255, c + amount) for c in rgb)
''',
        "audio.py": '''import mathutil


def mix(a, b, t):
    """Blend two sample lists and keep them inside [-1, 1]."""
    return [mathutil.clamp(-1.0, 1.0, mathutil.lerp(x, y, t)) for x, y in zip(a, b)]
''',
    },
    [
        "import mathutil, color, audio",
        "assert mathutil.clamp(300, 0, 255) == 255 and mathutil.clamp(-5, 0, 10) == 0",
        "assert color.brighten((10, 250, 128), 10) == (20, 255, 138), 'color.py must pass the value first'",
        "assert audio.mix([0.5, -0.9], [1.5, -2.0], 0.5) == [1.0, -1.0]",
        "assert mathutil.clamp.__code__.co_varnames[:3] == ('value', 'lo', 'hi'), 'value comes first now'",
    ],
    [
        _e("c1", "mathutil.py", "def clamp(lo, hi, value):", "def clamp(value, lo, hi):", "new signature"),
        _e("c2", "color.py", "clamp(0, 255, c + amount)", "clamp(c + amount, 0, 255)",
           "color.py: value first"),
        _e("c3", "audio.py", "mathutil.clamp(-1.0, 1.0, mathutil.lerp(x, y, t))",
           "mathutil.clamp(mathutil.lerp(x, y, t), -1.0, 1.0)", "audio.py: value first"),
        _e("c4", "audio.py", "mathutil.lerp(x, y, t)", "mathutil.lerp(t, x, y)", "audio.py: t first in lerp"),
    ],
    ["c1", "c2", "c3"],
))

# 28. add a case_sensitive flag; the wrong candidate flips the default ---------------------------
TASKS.append(_task(
    "find-all-case", 2,
    "highlight() should find the word in any case (\"Tea\", \"TEA\"). Give `find_all` a case_sensitive "
    "parameter, True by default so nothing else changes, and have highlight.py pass False.",
    {
        "search.py": '''def find_all(text, word):
    """Start offsets of every occurrence of word in text (overlaps allowed)."""
    hits, start = [], text.find(word)
    while start != -1:
        hits.append(start)
        start = text.find(word, start + 1)
    return hits
''',
        "highlight.py": '''from search import find_all


def highlight(text, word):
    """Wrap every occurrence of word (any case) in [brackets]."""
    out, last = [], 0
    for i in find_all(text, word):
        out.append(text[last:i] + "[" + text[i:i + len(word)] + "]")
        last = i + len(word)
    return "".join(out) + text[last:]
''',
    },
    [
        "import search, highlight",
        "assert search.find_all('aaa', 'aa') == [0, 1]",
        "assert search.find_all('Go go GO', 'go') == [3], 'case-sensitive by default'",
        "assert search.find_all('Go go GO', 'go', case_sensitive=False) == [0, 3, 6], 'case_sensitive=False ignores case'",
        "assert highlight.highlight('Tea, tea, TEA!', 'tea') == '[Tea], [tea], [TEA]!'",
    ],
    [
        _e("f1", "search.py", '''def find_all(text, word):
    """Start offsets of every occurrence of word in text (overlaps allowed)."""
''', '''def find_all(text, word, case_sensitive=True):
    """Start offsets of every occurrence of word in text (overlaps allowed)."""
    if not case_sensitive:
        text, word = text.lower(), word.lower()
''', "search.py: case_sensitive=True"),
        _e("f2", "highlight.py", "in find_all(text, word):", "in find_all(text, word, case_sensitive=False):",
           "highlight.py: case_sensitive=False"),
        _e("f3", "search.py", '''def find_all(text, word):
    """Start offsets of every occurrence of word in text (overlaps allowed)."""
''', '''def find_all(text, word, case_sensitive=False):
    """Start offsets of every occurrence of word in text (overlaps allowed)."""
    if not case_sensitive:
        text, word = text.lower(), word.lower()
''', "search.py: case_sensitive=False"),
    ],
    ["f1", "f2"],
))

# 29. move a validator (and the regex it needs) into a new module --------------------------------
TASKS.append(_task(
    "email-validators", 4,
    "Move `is_email` (with its EMAIL pattern) from utils.py into a new module validators.py, and make "
    "signup.py and newsletter.py use it from there. chunks stays in utils.py and batch.py keeps using it.",
    {
        "utils.py": '''import re

EMAIL = re.compile(r"^[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+$")


def is_email(s):
    return bool(EMAIL.match(s.strip()))


def chunks(seq, n):
    return [seq[i:i + n] for i in range(0, len(seq), n)]
''',
        "signup.py": '''from utils import is_email


def signup(users, name, email):
    if not is_email(email):
        return "invalid email"
    if name in users:
        return "name taken"
    users[name] = email.strip()
    return "ok"
''',
        "newsletter.py": '''import utils


def valid_subscribers(addresses):
    return sorted({a.strip().lower() for a in addresses if utils.is_email(a)})
''',
        "batch.py": '''import utils


def send_in_batches(addresses, size):
    return [", ".join(group) for group in utils.chunks(sorted(addresses), size)]
''',
    },
    [
        "import utils",
        "import batch",
        "assert batch.send_in_batches(['c', 'a', 'b'], 2) == ['a, b', 'c'], 'batch.py still needs utils.chunks'",
        "import signup",
        "users = {}; assert signup.signup(users, 'ann', ' ann@x.org ') == 'ok' and users == {'ann': 'ann@x.org'} and signup.signup(users, 'bo', 'nope') == 'invalid email'",
        "import newsletter",
        "assert newsletter.valid_subscribers(['A@b.io', 'a@b.io ', 'x@', 'c@d.co.uk']) == ['a@b.io', 'c@d.co.uk'], 'newsletter.py must call validators.is_email'",
        "import validators",
        "assert validators.is_email('first.last+tag@mail.example.com')",
        "assert not hasattr(utils, 'is_email'), 'is_email should have moved to validators.py'",
    ],
    [
        _e("m1", "validators.py", None, '''import re

EMAIL = re.compile(r"^[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+$")


def is_email(s):
    return bool(EMAIL.match(s.strip()))
''', "new module validators.py"),
        _e("m2", "signup.py", "from utils import is_email", "from validators import is_email",
           "signup.py: import from validators"),
        _e("m3", "newsletter.py", None, '''import validators


def valid_subscribers(addresses):
    return sorted({a.strip().lower() for a in addresses if validators.is_email(a)})
''', "newsletter.py: use validators.is_email"),
        _e("m4", "utils.py", '''import re

EMAIL = re.compile(r"^[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+$")


def is_email(s):
    return bool(EMAIL.match(s.strip()))


''', "", "utils.py: delete the moved code"),
        _e("m5", "batch.py", "import utils\n", "import validators\n", "batch.py: import validators"),
    ],
    ["m1", "m2", "m3", "m4"],
))

# 30. rename a classmethod; to_hex is a sibling that stays --------------------------------------
TASKS.append(_task(
    "color-parse-hex", 2,
    "Rename the classmethod `from_hex` on Color to parse_hex, and update theme.py. to_hex keeps its name.",
    {
        "color.py": '''class Color:
    def __init__(self, r, g, b):
        self.rgb = (r, g, b)

    @classmethod
    def from_hex(cls, text):
        text = text.lstrip("#")
        if len(text) == 3:
            text = "".join(ch * 2 for ch in text)
        return cls(*(int(text[i:i + 2], 16) for i in (0, 2, 4)))

    def to_hex(self):
        return "#" + "".join(f"{v:02x}" for v in self.rgb)

    def mix(self, other):
        return Color(*((a + b) // 2 for a, b in zip(self.rgb, other.rgb)))
''',
        "theme.py": '''from color import Color

BASE = {"bg": "#fff", "fg": "#202020", "accent": "#ff8000"}


def accent_on(bg_name):
    """Hex of the accent mixed half and half with another theme color."""
    return Color.from_hex(BASE["accent"]).mix(Color.from_hex(BASE[bg_name])).to_hex()
''',
    },
    [
        "from color import Color",
        "import theme",
        "assert Color.parse_hex('#f80').rgb == (255, 136, 0)",
        "assert Color(1, 2, 255).to_hex() == '#0102ff', 'to_hex keeps its name'",
        "assert theme.accent_on('bg') == '#ffbf7f'",
        "assert not hasattr(Color, 'from_hex'), 'from_hex is now parse_hex'",
    ],
    [
        _e("h1", "color.py", "    def from_hex(cls, text):", "    def parse_hex(cls, text):", "color.py"),
        _e("h2", "theme.py", 'Color.from_hex(BASE["accent"]).mix(Color.from_hex(BASE[bg_name]))',
           'Color.parse_hex(BASE["accent"]).mix(Color.parse_hex(BASE[bg_name]))', "theme.py: both calls"),
        _e("h3", "theme.py", ".to_hex()", ".format_hex()", "theme.py: .format_hex()"),
        _e("h4", "color.py", "    def to_hex(self):", "    def format_hex(self):", "color.py: to_hex -> format_hex"),
    ],
    ["h1", "h2"],
))

# 31. rename a tuple constant that is also a default argument value -----------------------------
TASKS.append(_task(
    "workdays", 3,
    "Rename `WEEKDAYS` to `WORKDAYS` (week.py). shifts.py uses it as a default argument; alarm.py reads it "
    "as week.WEEKDAYS. DAY_NAMES is unchanged.",
    {
        "week.py": '''DAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
WEEKDAYS = DAY_NAMES[:5]


def day_name(index):
    """0 = Monday."""
    return DAY_NAMES[index % 7]
''',
        "shifts.py": '''from week import WEEKDAYS


def roster(staff, days=WEEKDAYS):
    """Round-robin: one person per day."""
    return {day: staff[i % len(staff)] for i, day in enumerate(days)}
''',
        "alarm.py": '''import week


def rings(day_index, hour):
    """The alarm rings at 7 on workdays and at 9 otherwise."""
    day = week.day_name(day_index)
    return hour == (7 if day in week.WEEKDAYS else 9)
''',
    },
    [
        "from week import WORKDAYS",
        "import week, shifts, alarm",
        "assert WORKDAYS == ('Mon', 'Tue', 'Wed', 'Thu', 'Fri')",
        "assert shifts.roster(['ann', 'bo']) == {'Mon': 'ann', 'Tue': 'bo', 'Wed': 'ann', 'Thu': 'bo', 'Fri': 'ann'}",
        "assert alarm.rings(8, 7) and alarm.rings(5, 9) and not alarm.rings(6, 7), 'alarm.py must read week.WORKDAYS'",
        "assert not hasattr(week, 'WEEKDAYS')",
    ],
    [
        _e("w1", "week.py", "WEEKDAYS = DAY_NAMES[:5]", "WEEK_DAYS = DAY_NAMES[:5]", "week.py: WEEK_DAYS"),
        _e("w2", "shifts.py", None, '''from week import WORKDAYS


def roster(staff, days=WORKDAYS):
    """Round-robin: one person per day."""
    return {day: staff[i % len(staff)] for i, day in enumerate(days)}
''', "shifts.py: import and default"),
        _e("w3", "alarm.py", "week.WEEKDAYS", "week.WORKDAYS", "alarm.py"),
        _e("w4", "week.py", "WEEKDAYS = DAY_NAMES[:5]", "WORKDAYS = DAY_NAMES[:5]", "week.py: WORKDAYS"),
    ],
    ["w4", "w2", "w3"],
))

# 32. rename a keyword that two callers pass by name; a comment names it too ----------------------
TASKS.append(_task(
    "retry-attempts", 3,
    "Rename the keyword argument `tries` of retry.retry to `attempts` and update both callers (net.py and lock.py).",
    {
        "retry.py": '''# tries: how many calls before giving up
def retry(fn, tries=3):
    for _ in range(tries):
        result = fn()
        if result is not None:
            return result
    return None
''',
        "net.py": '''from retry import retry


def first_response(replies):
    """replies: responses in order, None meaning a timeout; try at most 4 times."""
    it = iter(replies)
    return retry(lambda: next(it, None), tries=4)
''',
        "lock.py": '''import retry


def acquire(lock_states):
    """lock_states: successive answers from the lock server (True = granted); ask twice at most."""
    it = iter(lock_states)
    return retry.retry(lambda: True if next(it, False) else None, tries=2) is True
''',
    },
    [
        "import retry, net, lock",
        "assert retry.retry(lambda: 7, attempts=1) == 7",
        "assert net.first_response([None, None, None, 'ok']) == 'ok' and net.first_response([None] * 4 + ['late']) is None",
        "assert lock.acquire([False, True]) and not lock.acquire([False, False, True]), 'lock.py passes attempts=2'",
        "assert 'tries' not in retry.retry.__code__.co_varnames, 'the keyword is attempts now'",
    ],
    [
        _e("r1", "retry.py", "def retry(fn, tries=3):\n    for _ in range(tries):",
           "def retry(fn, attempts=3):\n    for _ in range(attempts):", "the function itself"),
        _e("r2", "net.py", "tries=4", "attempts=4", "update the call: attempts="),
        _e("r3", "lock.py", "tries=2", "attempts=2", "update the call: attempts="),
        _e("r4", "retry.py", "# tries: how many calls before giving up", "# attempts: how many calls before giving up",
           "the comment above retry"),
    ],
    ["r1", "r2", "r3"],
))

# 33. rename a state-machine step function --------------------------------------------------------
TASKS.append(_task(
    "vending-next-state", 3,
    "Rename `handle` to `next_state` in machine.py (it is also called by run) and in vending.py.",
    {
        "machine.py": '''TRANSITIONS = {
    ("idle", "coin"): "ready",
    ("ready", "coin"): "ready",
    ("ready", "push"): "vending",
    ("vending", "done"): "idle",
}


def handle(state, event):
    """Next state; unknown events leave the state unchanged."""
    return TRANSITIONS.get((state, event), state)


def run(events, state="idle"):
    for event in events:
        state = handle(state, event)
    return state
''',
        "vending.py": '''import machine


def trace(events):
    """Every state the machine passes through, starting from idle."""
    states = ["idle"]
    for event in events:
        states.append(machine.handle(states[-1], event))
    return states
''',
    },
    [
        "from machine import next_state",
        "import machine, vending",
        "assert next_state('idle', 'push') == 'idle' and next_state('idle', 'coin') == 'ready'",
        "assert machine.run(['coin', 'push', 'done', 'coin']) == 'ready', 'run() calls the step function too'",
        "assert vending.trace(['coin', 'push']) == ['idle', 'ready', 'vending']",
        "assert not hasattr(machine, 'handle')",
    ],
    [
        _e("s1", "machine.py", "def handle(state, event):", "def next_state(state, event):", "handle -> next_state"),
        _e("s2", "machine.py", "        state = handle(state, event)", "        state = next_state(state, event)",
           "machine.py: the call in run()"),
        _e("s3", "vending.py", "machine.handle(states[-1], event)", "machine.next_state(states[-1], event)",
           "handle -> next_state"),
        _e("s4", "machine.py", "def handle(state, event):", "def nextstate(state, event):", "handle -> nextstate"),
    ],
    ["s1", "s2", "s3"],
))

# 34. rename an exception class that is raised in one module and caught in another ----------------
TASKS.append(_task(
    "config-error", 3,
    "Bug report: the name ParseError clashes with another library's. Rename `ParseError` to `ConfigError` "
    "where it is defined, where it is raised and where loader.py catches it.",
    {
        "config.py": '''class ParseError(Exception):
    pass


def parse(text):
    """'key = value' lines; '#' starts a comment; returns a dict."""
    out = {}
    for number, line in enumerate(text.splitlines(), 1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        if "=" not in line:
            raise ParseError(f"line {number}: expected key = value")
        key, value = line.split("=", 1)
        out[key.strip()] = value.strip()
    return out
''',
        "loader.py": '''import config


def load(text, defaults):
    """Settings over defaults; a broken file gives the defaults and the error message."""
    try:
        return {**defaults, **config.parse(text)}, None
    except config.ParseError as err:
        return dict(defaults), str(err)
''',
    },
    [
        "from config import ConfigError",
        "import config, loader",
        "assert config.parse('a = 1\\n# note\\nb=two # trailing') == {'a': '1', 'b': 'two'}",
        "assert loader.load('x = 9', {'x': '1', 'y': '2'}) == ({'x': '9', 'y': '2'}, None), 'a good file overrides the defaults'",
        "assert loader.load('oops', {'x': '1'}) == ({'x': '1'}, 'line 1: expected key = value'), 'loader must catch the renamed error'",
        "assert not hasattr(config, 'ParseError')",
    ],
    [
        _e("c1", "config.py", "class ParseError(Exception):", "class ConfigError(Exception):", "config.py: class"),
        _e("c2", "config.py", "            raise ParseError(f", "            raise ConfigError(f", "config.py: raise"),
        _e("c3", "loader.py", "    except config.ParseError as err:", "    except config.ConfigError as err:",
           "loader.py: except"),
        _e("c4", "loader.py", "    except config.ParseError as err:", "    except config.ConfigurationError as err:",
           "loader.py: except ConfigurationError"),
    ],
    ["c1", "c2", "c3"],
))

# 35. add skip_weekends to a date helper (dates are (y, m, d) tuples) ----------------------------
TASKS.append(_task(
    "add-days-weekends", 2,
    "Deadlines are counted in working days, but deadline.due counts weekends too. Add a `skip_weekends=False` "
    "parameter to `add_days` (daymath.py) and use it from deadline.py only; rentals still count every night.",
    {
        "daymath.py": '''DAYS_IN_MONTH = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def next_day(date):
    y, m, d = date
    last = 29 if m == 2 and is_leap(y) else DAYS_IN_MONTH[m - 1]
    if d < last:
        return (y, m, d + 1)
    return (y + 1, 1, 1) if m == 12 else (y, m + 1, 1)


def weekday(date):
    """0 = Monday ... 6 = Sunday (Sakamoto's method)."""
    y, m, d = date
    t = (0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4)
    if m < 3:
        y -= 1
    return (y + y // 4 - y // 100 + y // 400 + t[m - 1] + d + 6) % 7


def add_days(date, n):
    for _ in range(n):
        date = next_day(date)
    return date
''',
        "deadline.py": '''from daymath import add_days


def due(start, work_days):
    """The date work_days working days after start (weekends do not count)."""
    return add_days(start, work_days)
''',
        "rental.py": '''import daymath


def return_date(start, nights):
    return daymath.add_days(start, nights)
''',
    },
    [
        "import daymath, deadline, rental",
        "assert daymath.add_days((2024, 2, 28), 2) == (2024, 3, 1)",
        "assert daymath.add_days((2024, 5, 31), 1, skip_weekends=True) == (2024, 6, 3), 'Friday + 1 working day is Monday'",
        "assert deadline.due((2024, 5, 30), 3) == (2024, 6, 4), 'Thursday + 3 working days is the next Tuesday'",
        "assert rental.return_date((2024, 5, 30), 3) == (2024, 6, 2), 'rentals count every night'",
    ],
    [
        _e("d1", "daymath.py", '''def add_days(date, n):
    for _ in range(n):
        date = next_day(date)
    return date
''', '''def add_days(date, n, skip_weekends=False):
    while n > 0:
        date = next_day(date)
        if not (skip_weekends and weekday(date) >= 5):
            n -= 1
    return date
''', "add_days gains skip_weekends"),
        _e("d2", "deadline.py", "    return add_days(start, work_days)",
           "    return add_days(start, work_days, skip_weekends=True)", "deadline.py passes skip_weekends=True"),
        _e("d3", "rental.py", "daymath.add_days(start, nights)", "daymath.add_days(start, nights, skip_weekends=True)",
           "rental.py passes skip_weekends=True"),
    ],
    ["d1", "d2"],
))

# 36. rename encode (def, an internal use, an import and a call) ---------------------------------
TASKS.append(_task(
    "rle-to-runs", 4,
    "Rename `encode` in rle.py to `to_runs`. It is used by ratio() in the same module and by image.py "
    "(import and call). decode stays as it is.",
    {
        "rle.py": '''from itertools import groupby


def encode(s):
    """'aaab' -> [('a', 3), ('b', 1)]"""
    return [(ch, len(list(group))) for ch, group in groupby(s)]


def decode(pairs):
    return "".join(ch * n for ch, n in pairs)


def ratio(s):
    """Characters per run: how well s compresses."""
    return len(s) / max(1, len(encode(s)))
''',
        "image.py": '''from rle import encode, decode


def compress_row(pixels):
    """pixels: string like '..##.'; runs as 'char*count' joined by commas."""
    return ",".join(f"{ch}*{n}" for ch, n in encode(pixels))


def expand_row(text):
    pairs = [(part.split("*")[0], int(part.split("*")[1])) for part in text.split(",")]
    return decode(pairs)
''',
    },
    [
        "from rle import to_runs",
        "import rle",
        "assert to_runs('aaab') == [('a', 3), ('b', 1)] and to_runs('') == []",
        "assert rle.ratio('aaaabbbb') == 4.0, 'ratio() uses the renamed function'",
        "assert rle.decode(to_runs('xxy')) == 'xxy'",
        "assert not hasattr(rle, 'encode')",
        "import image",
        "assert image.compress_row('..##.') == '.*2,#*2,.*1' and image.expand_row('#*3,.*1') == '###.', 'image.py imports and calls to_runs'",
    ],
    [
        _e("r1", "rle.py", "def encode(s):", "def to_runs(s):", "rle.py: def"),
        _e("r2", "rle.py", "len(encode(s))", "len(to_runs(s))", "rle.py: ratio()"),
        _e("r3", "image.py", "from rle import encode, decode", "from rle import to_runs, decode", "image.py: import"),
        _e("r4", "image.py", "for ch, n in encode(pixels))", "for ch, n in to_runs(pixels))", "image.py: call"),
        _e("r5", "image.py", "for ch, n in encode(pixels))", "for ch, n in to_run(pixels))", "image.py: call to_run"),
    ],
    ["r1", "r2", "r3", "r4"],
))

# 37. rename a method that the class itself calls through self --------------------------------
TASKS.append(_task(
    "queue-pop-next", 3,
    "TaskQueue.next_task reads like a property. Rename the method `next_task` to pop_next, including the call "
    "inside drain() and the one in worker.py.",
    {
        "tasks.py": '''import heapq


class TaskQueue:
    def __init__(self):
        self._heap, self._count = [], 0

    def push(self, priority, name):
        heapq.heappush(self._heap, (priority, self._count, name))
        self._count += 1

    def next_task(self):
        """The name with the lowest priority number; ties in insertion order."""
        return heapq.heappop(self._heap)[2]

    def drain(self):
        out = []
        while self._heap:
            out.append(self.next_task())
        return out

    def __len__(self):
        return len(self._heap)
''',
        "worker.py": '''def work(queue, budget):
    """Run tasks until the budget (a number of tasks) is spent; return what ran."""
    done = []
    while len(queue) and budget > 0:
        done.append(queue.next_task())
        budget -= 1
    return done
''',
    },
    [
        "from tasks import TaskQueue",
        "import worker",
        "q = TaskQueue(); q.push(2, 'b'); q.push(1, 'a'); q.push(2, 'c'); assert q.pop_next() == 'a' and q.drain() == ['b', 'c']",
        "q = TaskQueue(); [q.push(p, n) for p, n in [(3, 'x'), (1, 'y'), (2, 'z')]]; assert worker.work(q, 2) == ['y', 'z'] and len(q) == 1, 'worker.py calls pop_next'",
        "assert not hasattr(TaskQueue, 'next_task')",
    ],
    [
        _e("q1", "tasks.py", "    def next_task(self):", "    def pop_next(self):", "rename the method"),
        _e("q2", "tasks.py", "            out.append(self.next_task())", "            out.append(self.pop_next())",
           "drain(): self.pop_next()"),
        _e("q3", "worker.py", "queue.next_task()", "queue.pop_next()", "worker: queue.pop_next()"),
        _e("q4", "tasks.py", "            out.append(self.next_task())", "            out.append(self.pop_next_task())",
           "drain(): self.pop_next_task()"),
    ],
    ["q1", "q2", "q3"],
))

# 38. rename a constant; a third module has an unrelated constant with the same value ------------
TASKS.append(_task(
    "rate-window", 2,
    "Rename `WINDOW` in limits.py to `WINDOW_SECONDS` and update the rate limiter.",
    {
        "limits.py": '''WINDOW = 60  # seconds
MAX_CALLS = 5
''',
        "limiter.py": '''from collections import deque

import limits


class RateLimiter:
    def __init__(self):
        self.calls = deque()

    def allow(self, now):
        """True if a call at time `now` (seconds) fits in the sliding window."""
        while self.calls and self.calls[0] <= now - limits.WINDOW:
            self.calls.popleft()
        if len(self.calls) >= limits.MAX_CALLS:
            return False
        self.calls.append(now)
        return True
''',
        "clock.py": '''SECONDS_PER_MINUTE = 60


def mmss(seconds):
    return f"{seconds // SECONDS_PER_MINUTE:02}:{seconds % SECONDS_PER_MINUTE:02}"
''',
    },
    [
        "import limits, limiter, clock",
        "rl = limiter.RateLimiter(); assert [rl.allow(t) for t in (0, 1, 2, 3, 4, 5, 60, 61)] == [True] * 5 + [False, True, True]",
        "assert limits.WINDOW_SECONDS == 60 and not hasattr(limits, 'WINDOW')",
        "assert clock.mmss(125) == '02:05', 'clock.py has nothing to do with the rate window'",
    ],
    [
        _e("w1", "limits.py", "WINDOW = 60  # seconds", "WINDOW_SECONDS = 60", "limits.py"),
        _e("w2", "limiter.py", "now - limits.WINDOW:", "now - limits.WINDOW_SECONDS:", "limiter.py"),
        _e("w3", "clock.py", "SECONDS_PER_MINUTE = 60", "WINDOW_SECONDS = 60", "clock.py"),
    ],
    ["w1", "w2"],
))

# 39. move the polygon area function into area.py -----------------------------------------------
TASKS.append(_task(
    "shoelace-move", 3,
    "Create area.py and move `shoelace` there from geo.py (remove it from geo.py). plots.py should call "
    "area.shoelace; perimeter stays in geo.",
    {
        "geo.py": '''import math


def shoelace(points):
    """Area of a simple polygon given its vertices in order."""
    s = 0
    for (x1, y1), (x2, y2) in zip(points, points[1:] + points[:1]):
        s += x1 * y2 - x2 * y1
    return abs(s) / 2


def perimeter(points):
    return sum(math.dist(a, b) for a, b in zip(points, points[1:] + points[:1]))
''',
        "plots.py": '''import geo


def describe(plot):
    """plot: list of (x, y) corners in metres."""
    return f"{geo.shoelace(plot):.0f} m2, fence {geo.perimeter(plot):.0f} m"
''',
    },
    [
        "import geo, plots",
        "assert plots.describe([(0, 0), (30, 0), (30, 40), (0, 40)]) == '1200 m2, fence 140 m'",
        "import area",
        "assert area.shoelace([(0, 0), (4, 0), (0, 3)]) == 6.0, 'area.py should define shoelace'",
        "assert not hasattr(geo, 'shoelace'), 'shoelace now lives in area.py'",
    ],
    [
        _e("a1", "area.py", None, '''def shoelace(points):
    """Area of a simple polygon given its vertices in order."""
    s = 0
    for (x1, y1), (x2, y2) in zip(points, points[1:] + points[:1]):
        s += x1 * y2 - x2 * y1
    return abs(s) / 2
''', "write area.py"),
        _e("a2", "geo.py", '''def shoelace(points):
    """Area of a simple polygon given its vertices in order."""
    s = 0
    for (x1, y1), (x2, y2) in zip(points, points[1:] + points[:1]):
        s += x1 * y2 - x2 * y1
    return abs(s) / 2


''', "", "geo.py: remove shoelace"),
        _e("a3", "plots.py", None, '''import area
import geo


def describe(plot):
    """plot: list of (x, y) corners in metres."""
    return f"{area.shoelace(plot):.0f} m2, fence {geo.perimeter(plot):.0f} m"
''', "plots.py: area.shoelace"),
        _e("a4", "areas.py", None, '''def shoelace(points):
    """Area of a simple polygon given its vertices in order."""
    s = 0
    for (x1, y1), (x2, y2) in zip(points, points[1:] + points[:1]):
        s += x1 * y2 - x2 * y1
    return abs(s) / 2
''', "write areas.py"),
    ],
    ["a1", "a2", "a3"],
))

# 40. rename a keyword that is forwarded by an intermediate function --------------------------------
TASKS.append(_task(
    "wrap-columns", 2,
    "In fmt.py, `wrap` should take `columns` instead of `width`. paragraph() in para.py keeps its own width "
    "parameter but forwards it to wrap; card.py calls paragraph and needs no change.",
    {
        "fmt.py": '''def wrap(text, width=20):
    """Greedy word wrap; words longer than width get a line of their own."""
    lines, current = [], ""
    for word in text.split():
        if current and len(current) + 1 + len(word) > width:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}" if current else word
    if current:
        lines.append(current)
    return lines
''',
        "para.py": '''from fmt import wrap


def paragraph(text, width=20, indent=""):
    return "\\n".join(indent + line for line in wrap(text, width=width))
''',
        "card.py": '''import para


def card(title, text):
    return title.upper() + "\\n" + para.paragraph(text, width=12, indent="  ")
''',
    },
    [
        "import fmt, para, card",
        "assert fmt.wrap('the quick brown fox', columns=10) == ['the quick', 'brown fox']",
        "assert para.paragraph('a bb ccc dddd', width=6) == 'a bb\\nccc\\ndddd'",
        "assert card.card('Hi', 'one two three') == 'HI\\n  one two\\n  three', 'card.py calls paragraph with width=, which stays'",
        "assert 'width' not in fmt.wrap.__code__.co_varnames, 'wrap takes columns now'",
    ],
    [
        _e("c1", "fmt.py", '''def wrap(text, width=20):
    """Greedy word wrap; words longer than width get a line of their own."""
    lines, current = [], ""
    for word in text.split():
        if current and len(current) + 1 + len(word) > width:
''', '''def wrap(text, columns=20):
    """Greedy word wrap; words longer than columns get a line of their own."""
    lines, current = [], ""
    for word in text.split():
        if current and len(current) + 1 + len(word) > columns:
''', "fmt.py: width -> columns"),
        _e("c2", "para.py", "wrap(text, width=width)", "wrap(text, columns=width)", "para.py: forward as columns="),
        _e("c3", "card.py", "width=12", "columns=12", "card.py: columns=12"),
    ],
    ["c1", "c2"],
))
