"""multi_file_refactor tasks, wide shapes (prefix mfw-): renames, moves and signature changes
across several files, with 4-5 candidate edits and multi-edit solutions."""

TASKS = []

# ---------------------------------------------------------------------------
# 1. rename a function used by two callers (money as integer cents)
TASKS.append({
    "id": "mfw-money-format-cents", "family": "multi_file_refactor", "split": "train", "level": 3,
    "description": "Rename `cents_to_str` in money.py to `format_cents` and update every caller. "
                   "`str_to_cents` keeps its name.",
    "files": {
        "money.py": '''"""Money is kept as integer cents everywhere."""


def cents_to_str(cents):
    sign = "-" if cents < 0 else ""
    cents = abs(cents)
    return "%s%d.%02d" % (sign, cents // 100, cents % 100)


def str_to_cents(text):
    text = text.strip()
    sign = -1 if text.startswith("-") else 1
    whole, _, frac = text.lstrip("-").partition(".")
    return sign * (int(whole or "0") * 100 + int((frac + "00")[:2]))
''',
        "invoice.py": '''import money


def invoice_line(name, qty, unit_cents):
    total = qty * unit_cents
    return "%-10s x%d %s" % (name, qty, money.cents_to_str(total))
''',
        "receipt.py": '''from money import cents_to_str


def receipt_footer(lines):
    total = sum(cents for _, cents in lines)
    return "TOTAL " + cents_to_str(total)
''',
        "ledger.py": '''import money


def parse_entries(rows):
    return [(name, money.str_to_cents(amount)) for name, amount in rows]
''',
    },
    "tests": [
        "import money",
        "assert money.format_cents(-1205) == '-12.05'",
        "assert not hasattr(money, 'cents_to_str'), 'cents_to_str should no longer exist'",
        "import invoice",
        "assert invoice.invoice_line('pen', 3, 150) == 'pen        x3 4.50'",
        "import receipt",
        "assert receipt.receipt_footer([('a', 199), ('b', 1)]) == 'TOTAL 2.00'",
        "import ledger",
        "assert ledger.parse_entries([('x', '1.5'), ('y', '-0.07')]) == [('x', 150), ('y', -7)], 'str_to_cents must keep working'",
    ],
    "edits": [
        {"id": "e1", "path": "invoice.py", "find": "money.cents_to_str(total)",
         "replace": "money.format_cents(total)", "note": "invoice: call money.format_cents"},
        {"id": "e2", "path": "money.py", "find": "def str_to_cents(text):",
         "replace": "def parse_cents(text):", "note": "money: rename the parser too"},
        {"id": "e3", "path": "money.py", "find": "def cents_to_str(cents):",
         "replace": "def format_cents(cents):", "note": "rename the definition"},
        {"id": "e4", "path": "receipt.py", "note": "receipt.py: import and use the new name",
         "replace": '''from money import format_cents


def receipt_footer(lines):
    total = sum(cents for _, cents in lines)
    return "TOTAL " + format_cents(total)
'''},
        {"id": "e5", "path": "money.py", "find": "def cents_to_str(cents):",
         "replace": "def cents_format(cents):", "note": "money: def cents_format"},
    ],
    "solution": ["e3", "e1", "e4"],
})

# ---------------------------------------------------------------------------
# 2. rename a class; a user-facing string mentions the old name and must stay
TASKS.append({
    "id": "mfw-rangeset-class", "family": "multi_file_refactor", "split": "train", "level": 3,
    "description": "The class `IntervalSet` is being renamed to `RangeSet`. Do the rename in intervals.py "
                   "and in the code that instantiates it. Display text is out of scope.",
    "files": {
        "intervals.py": '''class Interval:
    def __init__(self, lo, hi):
        self.lo, self.hi = lo, hi

    def overlaps(self, other):
        return self.lo < other.hi and other.lo < self.hi


class IntervalSet:
    def __init__(self):
        self.items = []

    def add(self, lo, hi):
        new = Interval(lo, hi)
        if any(new.overlaps(old) for old in self.items):
            return False
        self.items.append(new)
        return True

    def __len__(self):
        return len(self.items)
''',
        "booking.py": '''from intervals import IntervalSet


def book_all(slots):
    booked = IntervalSet()
    rejected = [s for s in slots if not booked.add(*s)]
    return len(booked), rejected
''',
        "rooms.py": '''import intervals

LABEL = "room calendar (IntervalSet)"


def make_rooms(names):
    return {name: intervals.IntervalSet() for name in names}
''',
    },
    "tests": [
        "from intervals import RangeSet, Interval",
        "assert len(RangeSet()) == 0",
        "import intervals",
        "assert not hasattr(intervals, 'IntervalSet'), 'the old class name is still defined'",
        "import booking",
        "assert booking.book_all([(1, 3), (2, 4), (3, 5)]) == (2, [(2, 4)])",
        "import rooms",
        "assert isinstance(rooms.make_rooms(['a', 'b'])['b'], RangeSet)",
        "assert rooms.LABEL == 'room calendar (IntervalSet)', 'LABEL is display text: leave it'",
    ],
    "edits": [
        {"id": "a", "path": "rooms.py", "find": "LABEL = \"room calendar (IntervalSet)\"",
         "replace": "LABEL = \"room calendar (RangeSet)\"", "note": "PR-112: update the rooms label"},
        {"id": "b", "path": "booking.py", "find": "from intervals import IntervalSet\n\n\ndef book_all(slots):\n    booked = IntervalSet()",
         "replace": "from intervals import RangeSet\n\n\ndef book_all(slots):\n    booked = RangeSet()",
         "note": "PR-112: booking imports RangeSet"},
        {"id": "c", "path": "intervals.py", "find": "class IntervalSet:", "replace": "class RangeSet:",
         "note": "PR-112: rename the class"},
        {"id": "d", "path": "intervals.py", "find": "class Interval:", "replace": "class Range:",
         "note": "PR-112: rename Interval to Range"},
        {"id": "f", "path": "rooms.py", "find": "intervals.IntervalSet()", "replace": "intervals.RangeSet()",
         "note": "PR-112: rooms builds RangeSet objects"},
    ],
    "solution": ["c", "b", "f"],
})

# ---------------------------------------------------------------------------
# 3. rename a method that the class also calls on itself
TASKS.append({
    "id": "mfw-matrix-transpose-method", "family": "multi_file_refactor", "split": "train", "level": 2,
    "description": "Matrix.`transp` should be spelled out: rename the method to `transpose` everywhere it is called.",
    "files": {
        "matrix.py": '''class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]

    def transp(self):
        return Matrix(zip(*self.rows))

    def trace(self):
        return sum(self.rows[i][i] for i in range(len(self.rows)))

    def __matmul__(self, other):
        cols = other.transp().rows
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])

    def __eq__(self, other):
        return self.rows == other.rows
''',
        "solver.py": '''from matrix import Matrix


def gram(rows):
    m = Matrix(rows)
    return m.transp() @ m


def is_symmetric(rows):
    m = Matrix(rows)
    return m.transp() == m
''',
    },
    "tests": [
        "from matrix import Matrix",
        "import solver",
        "assert Matrix([[1, 2], [3, 4]]).transpose() == Matrix([[1, 3], [2, 4]])",
        "assert not hasattr(Matrix, 'transp')",
        "assert (Matrix([[1, 2]]) @ Matrix([[3], [4]])).rows == [[11]]",
        "assert solver.gram([[1, 2], [3, 4]]).rows == [[10, 14], [14, 20]], 'gram must call the renamed method'",
        "assert solver.is_symmetric([[1, 7], [7, 1]])",
    ],
    "edits": [
        {"id": "m1", "path": "matrix.py", "find": "    def transp(self):", "replace": "    def transpose(self):",
         "note": "rename the def line"},
        {"id": "m2", "path": "solver.py", "find": "    return m.transp() == m", "replace": "    return m.transpose() == m",
         "note": "is_symmetric: call transpose"},
        {"id": "m3", "path": "solver.py", "note": "solver.py (rewritten)",
         "replace": '''from matrix import Matrix


def gram(rows):
    m = Matrix(rows)
    return m.transpose() @ m


def is_symmetric(rows):
    m = Matrix(rows)
    return m.transpose() == m
'''},
        {"id": "m4", "path": "matrix.py", "note": "matrix.py (rewritten)",
         "replace": '''class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]

    def transpose(self):
        return Matrix(zip(*self.rows))

    def trace(self):
        return sum(self.rows[i][i] for i in range(len(self.rows)))

    def __matmul__(self, other):
        cols = other.transpose().rows
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])

    def __eq__(self, other):
        return self.rows == other.rows
'''},
    ],
    "solution": ["m4", "m3"],
})

# ---------------------------------------------------------------------------
# 4. move a module: create the new one, repoint the imports
TASKS.append({
    "id": "mfw-textstats-module-move", "family": "multi_file_refactor", "split": "train", "level": 4,
    "description": "Move the module `textutil` to a new module named textstats (same contents). summary.py "
                   "and grader.py must import from textstats; textutil.py itself may stay for now.",
    "files": {
        "textutil.py": '''import re

WORD = re.compile(r"[A-Za-z']+")


def words(text):
    return WORD.findall(text.lower())


def avg_word_length(text):
    ws = words(text)
    return round(sum(map(len, ws)) / len(ws), 2) if ws else 0.0
''',
        "summary.py": '''import textutil


def summarize(text):
    return {"words": len(textutil.words(text)), "avg": textutil.avg_word_length(text)}
''',
        "grader.py": '''from textutil import words


def readability(text):
    n = len(words(text))
    return "short" if n < 5 else "long"
''',
        "tokens.py": '''def split_lines(text):
    return [line for line in text.splitlines() if line.strip()]
''',
    },
    "tests": [
        "import textstats",
        "assert textstats.words(\"It's a Test\") == [\"it's\", 'a', 'test']",
        "import summary",
        "assert summary.summarize('one two three') == {'words': 3, 'avg': 3.67}",
        "assert not hasattr(summary, 'textutil') and hasattr(summary, 'textstats')",
        "import grader",
        "assert grader.readability('a b c d e f') == 'long'",
        "assert grader.words.__module__ == 'textstats'",
    ],
    "edits": [
        {"id": "t1", "path": "stats_text.py", "note": "create the new module",
         "replace": '''import re

WORD = re.compile(r"[A-Za-z']+")


def words(text):
    return WORD.findall(text.lower())


def avg_word_length(text):
    ws = words(text)
    return round(sum(map(len, ws)) / len(ws), 2) if ws else 0.0
'''},
        {"id": "t2", "path": "grader.py", "find": "from textutil import words", "replace": "from textstats import words",
         "note": "grader: import words from textstats"},
        {"id": "t3", "path": "summary.py", "find": "import textutil\n", "replace": "import textstats as textutil\n",
         "note": "summary: alias the import"},
        {"id": "t4", "path": "textstats.py", "note": "add textstats.py",
         "replace": '''import re

WORD = re.compile(r"[A-Za-z']+")


def words(text):
    return WORD.findall(text.lower())


def avg_word_length(text):
    ws = words(text)
    return round(sum(map(len, ws)) / len(ws), 2) if ws else 0.0
'''},
        {"id": "t5", "path": "summary.py", "note": "summary: switch to textstats",
         "replace": '''import textstats


def summarize(text):
    return {"words": len(textstats.words(text)), "avg": textstats.avg_word_length(text)}
'''},
    ],
    "solution": ["t4", "t5", "t2"],
})

# ---------------------------------------------------------------------------
# 5. rename a constant that has a longer sibling
TASKS.append({
    "id": "mfw-retry-limit-const", "family": "multi_file_refactor", "split": "train", "level": 3,
    "description": "Config cleanup: `MAX_RETRY` becomes RETRY_LIMIT. MAX_RETRY_DELAY is not part of this change.",
    "files": {
        "config.py": '''MAX_RETRY = 3
MAX_RETRY_DELAY = 8
TIMEOUT = 2.5
''',
        "client.py": '''import config


def attempts_for(errors):
    """Try once, then retry until the retries are used up."""
    return min(errors, config.MAX_RETRY) + 1
''',
        "poller.py": '''from config import MAX_RETRY, MAX_RETRY_DELAY


def schedule(start):
    delays, d = [], start
    for _ in range(MAX_RETRY):
        delays.append(min(d, MAX_RETRY_DELAY))
        d *= 2
    return delays
''',
    },
    "tests": [
        "import config",
        "assert config.RETRY_LIMIT == 3, 'config needs RETRY_LIMIT'",
        "assert not hasattr(config, 'MAX_RETRY') and config.MAX_RETRY_DELAY == 8",
        "import client",
        "assert [client.attempts_for(e) for e in (0, 2, 9)] == [1, 3, 4]",
        "import poller",
        "assert poller.schedule(1) == [1, 2, 4]",
        "assert poller.schedule(5) == [5, 8, 8], 'delays are capped at 8'",
    ],
    "edits": [
        {"id": "r1", "path": "config.py", "find": "MAX_RETRY = 3", "replace": "LIMIT_RETRY = 3",
         "note": "config: LIMIT_RETRY = 3"},
        {"id": "r2", "path": "client.py", "find": "config.MAX_RETRY)", "replace": "config.RETRY_LIMIT)",
         "note": "client: read config.RETRY_LIMIT"},
        {"id": "r3", "path": "config.py", "find": "MAX_RETRY_DELAY = 8", "replace": "RETRY_LIMIT_DELAY = 8",
         "note": "config: rename the delay constant to match"},
        {"id": "r4", "path": "poller.py", "note": "poller: new import",
         "replace": '''from config import RETRY_LIMIT, MAX_RETRY_DELAY


def schedule(start):
    delays, d = [], start
    for _ in range(RETRY_LIMIT):
        delays.append(min(d, MAX_RETRY_DELAY))
        d *= 2
    return delays
'''},
        {"id": "r5", "path": "config.py", "find": "MAX_RETRY = 3", "replace": "RETRY_LIMIT = 3",
         "note": "config: RETRY_LIMIT = 3"},
    ],
    "solution": ["r5", "r2", "r4"],
})

# ---------------------------------------------------------------------------
# 6. add a parameter with a default; only one caller passes it
TASKS.append({
    "id": "mfw-normalize-keep-case", "family": "multi_file_refactor", "split": "train", "level": 2,
    "description": "Give `normalize` a keep_case parameter (default False: lower-case as today). titles.py "
                   "should pass keep_case=True and stop re-capitalising, so that a title like \"McDonald's farm\" "
                   "keeps its original case. The search index must stay lower-case.",
    "files": {
        "norm.py": '''def normalize(word):
    return word.strip().strip(".,;:!?").lower()
''',
        "index.py": '''from norm import normalize


def build_index(text):
    index = {}
    for pos, raw in enumerate(text.split()):
        index.setdefault(normalize(raw), []).append(pos)
    return index
''',
        "titles.py": '''import norm


def clean_title(text):
    return " ".join(norm.normalize(w).capitalize() for w in text.split())
''',
    },
    "tests": [
        "import norm",
        "assert norm.normalize(' Hello, ') == 'hello'",
        "assert norm.normalize('NASA!', keep_case=True) == 'NASA', 'normalize needs a keep_case flag'",
        "import index",
        "assert index.build_index('The cat. the CAT') == {'the': [0, 2], 'cat': [1, 3]}",
        "import titles",
        "assert titles.clean_title(\"  McDonald's farm \") == \"McDonald's farm\"",
    ],
    "edits": [
        {"id": "k1", "path": "norm.py", "note": "keep_case as a required argument",
         "replace": '''def normalize(word, keep_case):
    word = word.strip().strip(".,;:!?")
    return word if keep_case else word.lower()
'''},
        {"id": "k2", "path": "titles.py", "find": "norm.normalize(w).capitalize()", "replace": "norm.normalize(w).title()",
         "note": "titles: title-case instead?"},
        {"id": "k3", "path": "norm.py", "note": "keep_case=False default",
         "replace": '''def normalize(word, keep_case=False):
    word = word.strip().strip(".,;:!?")
    return word if keep_case else word.lower()
'''},
        {"id": "k4", "path": "index.py", "find": "normalize(raw)", "replace": "normalize(raw, keep_case=True)",
         "note": "index: pass keep_case=True"},
        {"id": "k5", "path": "titles.py", "find": "norm.normalize(w).capitalize()", "replace": "norm.normalize(w, keep_case=True)",
         "note": "titles: pass keep_case=True"},
    ],
    "solution": ["k3", "k5"],
})

# ---------------------------------------------------------------------------
# 7. split one function into two and update both callers
TASKS.append({
    "id": "mfw-split-load-scores", "family": "multi_file_refactor", "split": "train", "level": 3,
    "description": "Split `load_scores` (which returns a (scores, total) pair) into parse_scores(text) -> dict "
                   "and total_score(scores) -> int. Remove load_scores and move leaderboard.py and badge.py "
                   "onto the new pair.",
    "files": {
        "scoring.py": '''def load_scores(text):
    """Parse 'name:points' lines and return (scores, total)."""
    scores = {}
    for line in text.splitlines():
        if not line.strip():
            continue
        name, pts = line.split(":")
        scores[name.strip()] = scores.get(name.strip(), 0) + int(pts)
    return scores, sum(scores.values())
''',
        "leaderboard.py": '''import scoring


def top(text, n=2):
    scores, _ = scoring.load_scores(text)
    return sorted(scores, key=lambda k: (-scores[k], k))[:n]
''',
        "badge.py": '''from scoring import load_scores


def badge(text):
    _, total = load_scores(text)
    return "gold" if total >= 100 else "silver" if total >= 50 else "bronze"
''',
    },
    "tests": [
        "import scoring",
        "assert scoring.parse_scores('a:3\\nb:4\\na:5\\n') == {'a': 8, 'b': 4}",
        "assert scoring.total_score({'a': 8, 'b': 4}) == 12",
        "assert not hasattr(scoring, 'load_scores'), 'load_scores should be gone after the split'",
        "import leaderboard",
        "assert leaderboard.top('x:1\\ny:9\\nz:9') == ['y', 'z']",
        "import badge",
        "assert badge.badge('p:60\\nq:45') == 'gold', 'badge needs the total of the parsed scores'",
    ],
    "edits": [
        {"id": "s1", "path": "scoring.py", "note": "add parse_scores and total_score, keep load_scores as a wrapper",
         "replace": '''def parse_scores(text):
    scores = {}
    for line in text.splitlines():
        if not line.strip():
            continue
        name, pts = line.split(":")
        scores[name.strip()] = scores.get(name.strip(), 0) + int(pts)
    return scores


def total_score(scores):
    return sum(scores.values())


def load_scores(text):
    scores = parse_scores(text)
    return scores, total_score(scores)
'''},
        {"id": "s2", "path": "badge.py", "note": "badge: total_score straight from the text",
         "replace": '''from scoring import total_score


def badge(text):
    total = total_score(text)
    return "gold" if total >= 100 else "silver" if total >= 50 else "bronze"
'''},
        {"id": "s3", "path": "leaderboard.py", "find": "scores, _ = scoring.load_scores(text)",
         "replace": "scores = scoring.parse_scores(text)", "note": "leaderboard: parse_scores"},
        {"id": "s4", "path": "scoring.py", "note": "split into parse_scores + total_score",
         "replace": '''def parse_scores(text):
    """Parse 'name:points' lines into {name: points}."""
    scores = {}
    for line in text.splitlines():
        if not line.strip():
            continue
        name, pts = line.split(":")
        scores[name.strip()] = scores.get(name.strip(), 0) + int(pts)
    return scores


def total_score(scores):
    return sum(scores.values())
'''},
        {"id": "s5", "path": "badge.py", "note": "badge: parse, then total",
         "replace": '''from scoring import parse_scores, total_score


def badge(text):
    total = total_score(parse_scores(text))
    return "gold" if total >= 100 else "silver" if total >= 50 else "bronze"
'''},
    ],
    "solution": ["s4", "s3", "s5"],
})

# ---------------------------------------------------------------------------
# 8. rename a keyword argument; a sibling function keeps the old keyword
TASKS.append({
    "id": "mfw-top-words-limit-kwarg", "family": "multi_file_refactor", "split": "train", "level": 3,
    "description": "`top_words` takes n=; rename that keyword to limit= and fix its callers.",
    "files": {
        "wordfreq.py": '''from collections import Counter


def top_words(text, n=3):
    counts = Counter(text.lower().split())
    return [w for w, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:n]]


def top_letters(text, n=3):
    counts = Counter(c for c in text.lower() if c.isalpha())
    return [c for c, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:n]]
''',
        "digest.py": '''import wordfreq


def headline_terms(text):
    return wordfreq.top_words(text, n=2)
''',
        "tagger.py": '''from wordfreq import top_words, top_letters


def tags(text):
    return top_words(text, n=1) + top_letters(text, n=1)
''',
    },
    "tests": [
        "import wordfreq",
        "assert wordfreq.top_words('b a b c a b', limit=2) == ['b', 'a']",
        "assert wordfreq.top_letters('hello', n=1) == ['l'], 'top_letters keeps n='",
        "import digest",
        "assert digest.headline_terms('x y x z y x') == ['x', 'y']",
        "import tagger",
        "assert tagger.tags('Zoo zoo bee') == ['zoo', 'o']",
    ],
    "edits": [
        {"id": "w1", "path": "tagger.py", "find": "top_words(text, n=1) + top_letters(text, n=1)",
         "replace": "top_words(text, limit=1) + top_letters(text, limit=1)", "note": "tagger: limit= on both calls"},
        {"id": "w2", "path": "wordfreq.py", "find": "def top_letters(text, n=3):\n    counts = Counter(c for c in text.lower() if c.isalpha())\n    return [c for c, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:n]]",
         "replace": "def top_letters(text, limit=3):\n    counts = Counter(c for c in text.lower() if c.isalpha())\n    return [c for c, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]]",
         "note": "wordfreq: n -> limit (letters)"},
        {"id": "w3", "path": "digest.py", "find": "top_words(text, n=2)", "replace": "top_words(text, limit=2)",
         "note": "digest: limit=2"},
        {"id": "w4", "path": "wordfreq.py", "find": "def top_words(text, n=3):\n    counts = Counter(text.lower().split())\n    return [w for w, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:n]]",
         "replace": "def top_words(text, limit=3):\n    counts = Counter(text.lower().split())\n    return [w for w, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]]",
         "note": "wordfreq: n -> limit (words)"},
        {"id": "w5", "path": "tagger.py", "find": "top_words(text, n=1)", "replace": "top_words(text, limit=1)",
         "note": "tagger: limit=1 for the words"},
    ],
    "solution": ["w4", "w3", "w5"],
})

# ---------------------------------------------------------------------------
# 9. change a signature: swap the parameter order, update both callers
TASKS.append({
    "id": "mfw-vec-scale-order", "family": "multi_file_refactor", "split": "train", "level": 3,
    "description": "In vec.py, `scale` should take the factor first: scale(k, vector) instead of scale(vector, k). "
                   "Update the definition and the places that call it. add and clamp keep their signatures.",
    "files": {
        "vec.py": '''def scale(vector, k):
    return tuple(k * x for x in vector)


def add(a, b):
    return tuple(x + y for x, y in zip(a, b))


def clamp(vector, limit):
    return tuple(max(-limit, min(limit, x)) for x in vector)
''',
        "physics.py": '''from vec import add, clamp, scale


def step(pos, vel, dt, vmax):
    v = clamp(vel, vmax)
    return add(pos, scale(v, dt))
''',
        "render.py": '''import vec


def to_screen(point, zoom):
    x, y = vec.scale(point, zoom)
    return int(round(x)), int(round(y))
''',
    },
    "tests": [
        "import vec",
        "assert vec.scale(2, (1, -3)) == (2, -6), 'scale takes the factor first'",
        "assert vec.clamp((5, -5, 1), 2) == (2, -2, 1)",
        "import physics",
        "assert physics.step((0, 0), (2, 4), 0.5, 3) == (1.0, 1.5)",
        "import render",
        "assert render.to_screen((1.26, 2.5), 10) == (13, 25)",
    ],
    "edits": [
        {"id": "v1", "path": "physics.py", "find": "clamp(vel, vmax)", "replace": "clamp(vmax, vel)",
         "note": "physics: factor-first for clamp as well?"},
        {"id": "v2", "path": "render.py", "find": "vec.scale(point, zoom)", "replace": "vec.scale(zoom, point)",
         "note": "render: scale(zoom, point)"},
        {"id": "v3", "path": "vec.py", "find": "def scale(vector, k):", "replace": "def scale(k, vector):",
         "note": "vec: swap scale's parameters"},
        {"id": "v4", "path": "vec.py", "note": "vec: scalar first in every function",
         "replace": '''def scale(k, vector):
    return tuple(k * x for x in vector)


def add(a, b):
    return tuple(x + y for x, y in zip(a, b))


def clamp(limit, vector):
    return tuple(max(-limit, min(limit, x)) for x in vector)
'''},
        {"id": "v5", "path": "physics.py", "find": "scale(v, dt)", "replace": "scale(dt, v)",
         "note": "physics: scale(dt, v)"},
    ],
    "solution": ["v3", "v5", "v2"],
})

# ---------------------------------------------------------------------------
# 10. spelling rename of a module-level function; an alias would keep the old name alive
TASKS.append({
    "id": "mfw-graph-neighbors-spelling", "family": "multi_file_refactor", "split": "train", "level": 3,
    "description": "We standardise on US spelling: rename graph.`neighbours` to neighbors. No compatibility alias.",
    "files": {
        "graph.py": '''def neighbours(adj, node):
    return sorted(adj.get(node, ()))


def degree(adj, node):
    return len(adj.get(node, ()))
''',
        "bfs.py": '''from collections import deque
import graph


def bfs_order(adj, start):
    seen, order, queue = {start}, [], deque([start])
    while queue:
        node = queue.popleft()
        order.append(node)
        for nxt in graph.neighbours(adj, node):
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return order
''',
        "paths.py": '''from graph import neighbours


def is_leaf(adj, node):
    return len(neighbours(adj, node)) <= 1


def leaves(adj):
    return [n for n in sorted(adj) if is_leaf(adj, n)]
''',
    },
    "tests": [
        "from graph import neighbors",
        "assert neighbors({'a': {'c', 'b'}}, 'a') == ['b', 'c']",
        "import graph",
        "assert not hasattr(graph, 'neighbours')",
        "import bfs",
        "assert bfs.bfs_order({1: {2, 3}, 2: {4}, 3: {4}, 4: set()}, 1) == [1, 2, 3, 4]",
        "from paths import leaves",
        "assert leaves({'a': {'b'}, 'b': {'a', 'c'}, 'c': {'b'}}) == ['a', 'c']",
    ],
    "edits": [
        {"id": "n1", "path": "graph.py", "find": "def degree(adj, node):",
         "replace": "neighbors = neighbours\n\n\ndef degree(adj, node):", "note": "add the new spelling next to the old"},
        {"id": "n2", "path": "paths.py", "note": "paths.py",
         "replace": '''from graph import neighbors


def is_leaf(adj, node):
    return len(neighbors(adj, node)) <= 1


def leaves(adj):
    return [n for n in sorted(adj) if is_leaf(adj, n)]
'''},
        {"id": "n3", "path": "graph.py", "find": "def neighbours(adj, node):", "replace": "def neighbors(adj, node):",
         "note": "graph.py"},
        {"id": "n4", "path": "bfs.py", "find": "graph.neighbours(adj, node)", "replace": "graph.neighbors(adj, node)",
         "note": "bfs.py"},
    ],
    "solution": ["n3", "n4", "n2"],
})

# ---------------------------------------------------------------------------
# 11. move a function to another (existing) module
TASKS.append({
    "id": "mfw-move-slugify-textkit", "family": "multi_file_refactor", "split": "train", "level": 3,
    "description": "`slugify` lives in views.py but is a text helper. Move it into textkit.py; views.py and "
                   "feeds.py should both get it from textkit, and views must not export its own copy.",
    "files": {
        "textkit.py": '''def collapse_spaces(text):
    return " ".join(text.split())
''',
        "views.py": '''import re
from textkit import collapse_spaces


def slugify(title):
    title = re.sub(r"[^a-z0-9 ]", "", collapse_spaces(title).lower())
    return title.replace(" ", "-")


def page_url(title):
    return "/pages/" + slugify(title) + "/"
''',
        "feeds.py": '''from views import slugify


def feed_ids(titles):
    return [slugify(t) for t in titles]
''',
    },
    "tests": [
        "import textkit",
        "assert textkit.slugify('  Hello,   World! ') == 'hello-world'",
        "assert textkit.collapse_spaces(' a  b ') == 'a b'",
        "import views",
        "assert views.page_url('A  B') == '/pages/a-b/'",
        "assert not hasattr(views, 'slugify'), 'slugify should now live only in textkit'",
        "import feeds",
        "assert feeds.feed_ids(['X y', 'Z!']) == ['x-y', 'z']",
    ],
    "edits": [
        {"id": "m1", "path": "views.py", "note": "views: re-export slugify from textkit",
         "replace": '''from textkit import collapse_spaces, slugify


def page_url(title):
    return "/pages/" + slugify(title) + "/"
'''},
        {"id": "m2", "path": "textkit.py", "note": "textkit: add slugify",
         "replace": '''import re


def collapse_spaces(text):
    return " ".join(text.split())


def slugify(title):
    title = re.sub(r"[^a-z0-9 ]", "", collapse_spaces(title).lower())
    return title.replace(" ", "-")
'''},
        {"id": "m3", "path": "feeds.py", "find": "from views import slugify", "replace": "from textkit import slugify",
         "note": "feeds: import from textkit"},
        {"id": "m4", "path": "textkit.py", "note": "textkit: add slug",
         "replace": '''import re


def collapse_spaces(text):
    return " ".join(text.split())


def slug(title):
    title = re.sub(r"[^a-z0-9 ]", "", collapse_spaces(title).lower())
    return title.replace(" ", "-")
'''},
        {"id": "m5", "path": "views.py", "note": "views: call textkit.slugify",
         "replace": '''import textkit


def page_url(title):
    return "/pages/" + textkit.slugify(title) + "/"
'''},
    ],
    "solution": ["m2", "m5", "m3"],
})

# ---------------------------------------------------------------------------
# 12. rename a class attribute (an enum-like state) and its value
TASKS.append({
    "id": "mfw-state-idle-ready", "family": "multi_file_refactor", "split": "train", "level": 3,
    "description": "Product renamed the idle state: `State.IDLE` (value 'idle') becomes State.READY "
                   "(value 'ready'). Update the state table, the machine and the panel. Keep no IDLE alias.",
    "files": {
        "states.py": '''class State:
    IDLE = "idle"
    RUNNING = "running"
    DONE = "done"


TRANSITIONS = {
    (State.IDLE, "start"): State.RUNNING,
    (State.RUNNING, "finish"): State.DONE,
    (State.DONE, "reset"): State.IDLE,
}
''',
        "machine.py": '''from states import State, TRANSITIONS


class Machine:
    def __init__(self):
        self.state = State.IDLE

    def fire(self, event):
        self.state = TRANSITIONS.get((self.state, event), self.state)
        return self.state
''',
        "panel.py": '''from states import State

COLORS = {State.RUNNING: "green", State.DONE: "grey"}


def color(state):
    return "blue" if state == State.IDLE else COLORS[state]
''',
    },
    "tests": [
        "from states import State, TRANSITIONS",
        "assert State.READY == 'ready' and not hasattr(State, 'IDLE')",
        "assert TRANSITIONS[(State.DONE, 'reset')] == State.READY",
        "import machine",
        "assert machine.Machine().state == 'ready'",
        "assert machine.Machine().fire('start') == 'running'",
        "import panel",
        "assert [panel.color(s) for s in ('ready', 'running', 'done')] == ['blue', 'green', 'grey'], 'panel colours'",
    ],
    "edits": [
        {"id": "i1", "path": "machine.py", "find": "self.state = State.IDLE", "replace": "self.state = State.READY",
         "note": "machine starts in READY"},
        {"id": "i2", "path": "states.py", "find": "    IDLE = \"idle\"", "replace": "    READY = \"ready\"",
         "note": "rename the class attribute"},
        {"id": "i3", "path": "states.py", "note": "rename in the class and in the transition table",
         "replace": '''class State:
    READY = "ready"
    RUNNING = "running"
    DONE = "done"


TRANSITIONS = {
    (State.READY, "start"): State.RUNNING,
    (State.RUNNING, "finish"): State.DONE,
    (State.DONE, "reset"): State.READY,
}
'''},
        {"id": "i4", "path": "panel.py", "find": "state == State.IDLE", "replace": "state == State.READY",
         "note": "panel: compare with READY"},
        {"id": "i5", "path": "states.py", "note": "READY, with IDLE kept as an alias",
         "replace": '''class State:
    READY = "ready"
    IDLE = READY
    RUNNING = "running"
    DONE = "done"


TRANSITIONS = {
    (State.READY, "start"): State.RUNNING,
    (State.RUNNING, "finish"): State.DONE,
    (State.DONE, "reset"): State.READY,
}
'''},
    ],
    "solution": ["i3", "i1", "i4"],
})

# ---------------------------------------------------------------------------
# 13. rename a decorator; dropping it makes the callers far too slow
TASKS.append({
    "id": "mfw-memo-decorator-rename", "family": "multi_file_refactor", "split": "train", "level": 3,
    "description": "Rename the decorator `memo` in cache.py to memoize and update every decorated function.",
    "files": {
        "cache.py": '''import functools


def memo(fn):
    table = {}

    @functools.wraps(fn)
    def wrapper(*args):
        if args not in table:
            table[args] = fn(*args)
        return table[args]

    wrapper.table = table
    return wrapper


def clear(fn):
    fn.table.clear()
''',
        "fib.py": '''from cache import memo


@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
''',
        "grid.py": '''import cache


@cache.memo
def lattice_paths(r, c):
    if r == 0 or c == 0:
        return 1
    return lattice_paths(r - 1, c) + lattice_paths(r, c - 1)
''',
    },
    "tests": [
        "from cache import memoize",
        "import cache",
        "assert not hasattr(cache, 'memo')",
        "import fib",
        "assert fib.fib(80) == 23416728348467685",
        "import grid",
        "assert grid.lattice_paths(12, 12) == 2704156",
        "assert len(grid.lattice_paths.table) > 100, 'lattice_paths must stay memoised'",
    ],
    "edits": [
        {"id": "c1", "path": "cache.py", "find": "def memo(fn):", "replace": "def memoise(fn):",
         "note": "cache: def memoise"},
        {"id": "c2", "path": "fib.py", "note": "fib: plain recursion, no decorator needed",
         "replace": '''def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
'''},
        {"id": "c3", "path": "grid.py", "find": "@cache.memo\n", "replace": "@cache.memoize\n",
         "note": "grid: @cache.memoize"},
        {"id": "c4", "path": "cache.py", "find": "def memo(fn):", "replace": "def memoize(fn):",
         "note": "cache: def memoize"},
        {"id": "c5", "path": "fib.py", "note": "fib: import and apply memoize",
         "replace": '''from cache import memoize


@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
'''},
    ],
    "solution": ["c4", "c5", "c3"],
})

# ---------------------------------------------------------------------------
# 14. make a positional flag keyword-only with a default
TASKS.append({
    "id": "mfw-ship-cost-express-kwonly", "family": "multi_file_refactor", "split": "train", "level": 3,
    "description": "Bare True/False arguments are unreadable. Make `ship_cost`'s express flag keyword-only "
                   "with default False, i.e. ship_cost(weight_g, *, express=False), and update the callers "
                   "(a caller that passed False can simply drop it).",
    "files": {
        "shipping.py": '''def ship_cost(weight_g, express):
    base = 300 + 2 * weight_g // 100
    return base * 2 if express else base
''',
        "orders.py": '''from shipping import ship_cost


def order_total(items, priority):
    weight = sum(w for _, w in items)
    goods = sum(c for c, _ in items)
    return goods + ship_cost(weight, priority)
''',
        "returns.py": '''import shipping


def refund(paid_cents, weight_g):
    return paid_cents - shipping.ship_cost(weight_g, False)
''',
    },
    "tests": [
        "import shipping",
        "assert shipping.ship_cost.__kwdefaults__ == {'express': False}, 'express must be keyword-only, default False'",
        "assert shipping.ship_cost(1000, express=True) == 640",
        "import orders",
        "assert orders.order_total([(500, 200), (700, 300)], True) == 1820",
        "import returns",
        "assert returns.refund(5000, 450) == 4691",
    ],
    "edits": [
        {"id": "x1", "path": "shipping.py", "find": "def ship_cost(weight_g, express):",
         "replace": "def ship_cost(weight_g, express=False):", "note": "default express to False"},
        {"id": "x2", "path": "returns.py", "find": "shipping.ship_cost(weight_g, False)",
         "replace": "shipping.ship_cost(weight_g, express=True)", "note": "returns: name the flag"},
        {"id": "x3", "path": "orders.py", "find": "ship_cost(weight, priority)",
         "replace": "ship_cost(weight, express=priority)", "note": "orders: express=priority"},
        {"id": "x4", "path": "shipping.py", "find": "def ship_cost(weight_g, express):",
         "replace": "def ship_cost(weight_g, *, express=False):", "note": "keyword-only flag"},
        {"id": "x5", "path": "returns.py", "find": "shipping.ship_cost(weight_g, False)",
         "replace": "shipping.ship_cost(weight_g)", "note": "returns: rely on the default"},
    ],
    "solution": ["x4", "x3", "x5"],
})

# ---------------------------------------------------------------------------
# 15. rename a dict key of a record shape across producer and consumers
TASKS.append({
    "id": "mfw-item-qty-quantity-key", "family": "multi_file_refactor", "split": "train", "level": 3,
    "description": "Inventory records use the key 'qty'; rename it to 'quantity' wherever a record is built or read. "
                   "The report's column header text stays 'qty'.",
    "files": {
        "inventory.py": '''def make_item(sku, qty, price_cents):
    return {"sku": sku, "qty": qty, "price": price_cents}


def stock_value(items):
    return sum(i["qty"] * i["price"] for i in items)
''',
        "restock.py": '''def needs_restock(item, threshold=5):
    return item["qty"] < threshold


def restock(item, amount):
    item["qty"] += amount
    return item
''',
        "stock_report.py": '''QTY_HEADER = "qty"


def rows(items):
    return ["%s:%d" % (i["sku"], i["qty"]) for i in items]
''',
    },
    "tests": [
        "import inventory",
        "assert inventory.make_item('a1', 4, 250) == {'sku': 'a1', 'quantity': 4, 'price': 250}",
        "assert inventory.stock_value([inventory.make_item('a', 2, 100), inventory.make_item('b', 1, 5)]) == 205",
        "import restock",
        "assert restock.needs_restock({'quantity': 3}) and not restock.needs_restock({'quantity': 9})",
        "assert restock.restock({'quantity': 1}, 4) == {'quantity': 5}",
        "import stock_report",
        "assert stock_report.rows([{'sku': 'z', 'quantity': 7}]) == ['z:7']",
        "assert stock_report.QTY_HEADER == 'qty', 'the header text is not part of the rename'",
    ],
    "edits": [
        {"id": "q1", "path": "stock_report.py", "find": "QTY_HEADER = \"qty\"", "replace": "QTY_HEADER = \"quantity\"",
         "note": "report header says quantity"},
        {"id": "q2", "path": "inventory.py", "find": "\"qty\": qty", "replace": "\"quantity\": qty",
         "note": "make_item writes 'quantity'"},
        {"id": "q3", "path": "restock.py", "note": "restock.py: both reads and the update",
         "replace": '''def needs_restock(item, threshold=5):
    return item["quantity"] < threshold


def restock(item, amount):
    item["quantity"] += amount
    return item
'''},
        {"id": "q4", "path": "inventory.py", "note": "inventory.py: builder and stock_value",
         "replace": '''def make_item(sku, qty, price_cents):
    return {"sku": sku, "quantity": qty, "price": price_cents}


def stock_value(items):
    return sum(i["quantity"] * i["price"] for i in items)
'''},
        {"id": "q5", "path": "stock_report.py", "find": "i[\"qty\"]) for", "replace": "i[\"quantity\"]) for",
         "note": "rows reads 'quantity'"},
    ],
    "solution": ["q4", "q3", "q5"],
})

# ---------------------------------------------------------------------------
# 16. turn one class's method into a property; a sibling class keeps its method
TASKS.append({
    "id": "mfw-rect-area-property", "family": "multi_file_refactor", "split": "train", "level": 2,
    "description": "Make Rect.`area` a read-only property (r.area, no call) and update layout.py. Circle.area stays a method.",
    "files": {
        "shapes.py": '''import math


class Circle:
    def __init__(self, r):
        self.r = r

    def area(self):
        return math.pi * self.r ** 2


class Rect:
    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h
''',
        "layout.py": '''from shapes import Rect


def fill_ratio(container, boxes):
    used = sum(b.area() for b in boxes)
    return round(used / container.area(), 3)
''',
    },
    "tests": [
        "from shapes import Rect, Circle",
        "assert Rect(3, 4).area == 12",
        "assert round(Circle(1).area(), 5) == 3.14159, 'Circle.area is still a method'",
        "import layout",
        "assert layout.fill_ratio(Rect(10, 10), [Rect(2, 5), Rect(3, 3)]) == 0.19",
    ],
    "edits": [
        {"id": "p1", "path": "layout.py", "find": "sum(b.area() for b in boxes)", "replace": "sum(b.area for b in boxes)",
         "note": "maybe just the sum?"},
        {"id": "p2", "path": "shapes.py", "find": "    def area(self):\n        return math.pi",
         "replace": "    @property\n    def area(self):\n        return math.pi", "note": "@property on area"},
        {"id": "p3", "path": "layout.py", "note": "layout: drop the call parentheses",
         "replace": '''from shapes import Rect


def fill_ratio(container, boxes):
    used = sum(b.area for b in boxes)
    return round(used / container.area, 3)
'''},
        {"id": "p4", "path": "shapes.py", "find": "    def area(self):\n        return self.w * self.h",
         "replace": "    @property\n    def area(self):\n        return self.w * self.h", "note": "@property on area (w*h)"},
    ],
    "solution": ["p4", "p3"],
})

# ---------------------------------------------------------------------------
# 17. rename a function that one caller imports under an alias
TASKS.append({
    "id": "mfw-units-feet-to-metres", "family": "multi_file_refactor", "split": "train", "level": 3,
    "description": "`to_metres` is ambiguous. Rename it to feet_to_metres in units.py. survey.py imports it "
                   "under the alias m; keep the alias, just import the new name. to_feet is unchanged.",
    "files": {
        "units.py": '''FOOT = 0.3048


def to_metres(feet):
    return round(feet * FOOT, 2)


def to_feet(metres):
    return round(metres / FOOT, 1)
''',
        "survey.py": '''from units import to_metres as m


def elevations(readings_ft):
    return [m(r) for r in readings_ft]


def gain(readings_ft):
    e = elevations(readings_ft)
    return round(sum(max(0, b - a) for a, b in zip(e, e[1:])), 2)
''',
        "hiking.py": '''import units


def trail_length_m(segments_ft):
    """Total length of a trail, in metres."""
    return units.to_metres(sum(segments_ft))
''',
    },
    "tests": [
        "from units import feet_to_metres, to_feet",
        "assert feet_to_metres(10) == 3.05",
        "import survey",
        "assert survey.elevations([0, 100]) == [0.0, 30.48]",
        "assert survey.gain([0, 100, 50, 150]) == 60.96",
        "import hiking",
        "assert hiking.trail_length_m([1000, 640]) == 499.87, 'hiking should call units.feet_to_metres'",
        "assert to_feet(3.05) == 10.0",
    ],
    "edits": [
        {"id": "u1", "path": "hiking.py", "find": "\"\"\"Total length of a trail, in metres.\"\"\"",
         "replace": "\"\"\"Total length of a trail, in metres (via feet_to_metres).\"\"\"", "note": "hiking: docstring"},
        {"id": "u2", "path": "units.py", "find": "def to_metres(feet):", "replace": "def metres_from_feet(feet):",
         "note": "units: metres_from_feet"},
        {"id": "u3", "path": "survey.py", "find": "from units import to_metres as m",
         "replace": "from units import feet_to_metres as m", "note": "survey: keep the alias m"},
        {"id": "u4", "path": "units.py", "find": "def to_metres(feet):", "replace": "def feet_to_metres(feet):",
         "note": "units: feet_to_metres"},
        {"id": "u5", "path": "hiking.py", "find": "units.to_metres(", "replace": "units.feet_to_metres(",
         "note": "hiking: call the new name"},
    ],
    "solution": ["u4", "u3", "u5"],
})

# ---------------------------------------------------------------------------
# 18. rename an exception class that is raised in one module and caught in two
TASKS.append({
    "id": "mfw-badinput-validationerror", "family": "multi_file_refactor", "split": "train", "level": 3,
    "description": "Ticket VAL-7: the exception `BadInput` should be called ValidationError (still a ValueError). "
                   "Rename it where it is defined and raised, and where it is caught.",
    "files": {
        "validate.py": '''class BadInput(ValueError):
    pass


def require_email(text):
    if "@" not in text or text.startswith("@"):
        raise BadInput("not an email: %r" % text)
    return text.strip().lower()
''',
        "forms.py": '''import validate


def submit(fields):
    try:
        return {"email": validate.require_email(fields.get("email", ""))}
    except validate.BadInput as err:
        return {"error": str(err)}
''',
        "api.py": '''from validate import BadInput, require_email


def handle(payload):
    try:
        require_email(payload)
    except BadInput:
        return 400
    return 200
''',
    },
    "tests": [
        "from validate import ValidationError",
        "import validate",
        "assert issubclass(ValidationError, ValueError) and not hasattr(validate, 'BadInput')",
        "import forms",
        "assert forms.submit({'email': 'A@b.io'}) == {'email': 'a@b.io'}",
        "assert forms.submit({}) == {'error': \"not an email: ''\"}",
        "import api",
        "assert (api.handle('x@y'), api.handle('@y')) == (200, 400), 'api maps ValidationError to 400'",
    ],
    "edits": [
        {"id": "b1", "path": "validate.py", "find": "class BadInput(ValueError):",
         "replace": "class ValidationError(ValueError):", "note": "VAL-7: rename the class statement"},
        {"id": "b2", "path": "api.py", "note": "VAL-7: api.py",
         "replace": '''from validate import ValidationError, require_email


def handle(payload):
    try:
        require_email(payload)
    except ValidationError:
        return 400
    return 200
'''},
        {"id": "b3", "path": "api.py", "find": "    except BadInput:", "replace": "    except Exception:",
         "note": "VAL-7: api catches everything"},
        {"id": "b4", "path": "forms.py", "find": "except validate.BadInput as err:",
         "replace": "except validate.ValidationError as err:", "note": "VAL-7: forms.py"},
        {"id": "b5", "path": "validate.py", "note": "VAL-7: validate.py, class and raise",
         "replace": '''class ValidationError(ValueError):
    pass


def require_email(text):
    if "@" not in text or text.startswith("@"):
        raise ValidationError("not an email: %r" % text)
    return text.strip().lower()
'''},
    ],
    "solution": ["b5", "b4", "b2"],
})

# ---------------------------------------------------------------------------
# 19. inline and remove a deprecated wrapper
TASKS.append({
    "id": "mfw-inline-get-price-wrapper", "family": "multi_file_refactor", "split": "train", "level": 3,
    "description": "Remove the deprecated wrapper `get_price` from catalog.py; its callers should call price_of directly.",
    "files": {
        "catalog.py": '''PRICES = {"apple": 40, "pear": 55, "fig": 90}


def price_of(name):
    return PRICES[name]


def get_price(name):
    """Deprecated: use price_of."""
    return price_of(name)
''',
        "cart.py": '''import catalog


def cart_total(names):
    return sum(catalog.get_price(n) for n in names)
''',
        "quote.py": '''from catalog import get_price, PRICES


def cheapest():
    return min(PRICES, key=get_price)
''',
    },
    "tests": [
        "import catalog",
        "assert not hasattr(catalog, 'get_price'), 'the deprecated wrapper should be gone'",
        "assert catalog.price_of('fig') == 90",
        "import cart",
        "assert cart.cart_total(['apple', 'apple', 'pear']) == 135",
        "import quote",
        "assert quote.cheapest() == 'apple'",
    ],
    "edits": [
        {"id": "d1", "path": "quote.py", "find": "key=get_price", "replace": "key=PRICES.get",
         "note": "quote: use the dict directly"},
        {"id": "d2", "path": "cart.py", "find": "catalog.get_price(n)", "replace": "catalog.price_of(n)",
         "note": "cart: price_of"},
        {"id": "d3", "path": "catalog.py", "find": "\n\ndef get_price(name):\n    \"\"\"Deprecated: use price_of.\"\"\"\n    return price_of(name)\n",
         "replace": "\n", "note": "delete the wrapper"},
        {"id": "d4", "path": "quote.py", "note": "quote: import price_of",
         "replace": '''from catalog import price_of, PRICES


def cheapest():
    return min(PRICES, key=price_of)
'''},
    ],
    "solution": ["d2", "d4", "d3"],
})

# ---------------------------------------------------------------------------
# 20. extract a constant into a new module that both users read at call time
TASKS.append({
    "id": "mfw-vat-rate-new-module", "family": "multi_file_refactor", "split": "train", "level": 3,
    "description": "Create tax_rates.py holding `VAT_RATE` (20). checkout.py and refund.py must both read "
                   "tax_rates.VAT_RATE at call time (import the module, not the name) so that a rate change "
                   "in tax_rates applies everywhere. checkout.py should no longer define the rate.",
    "files": {
        "checkout.py": '''VAT_RATE = 20  # percent


def with_vat(net_cents):
    return net_cents + net_cents * VAT_RATE // 100
''',
        "refund.py": '''from checkout import VAT_RATE


def vat_part(gross_cents):
    return gross_cents * VAT_RATE // (100 + VAT_RATE)
''',
    },
    "tests": [
        "import tax_rates",
        "assert tax_rates.VAT_RATE == 20",
        "import checkout",
        "assert checkout.with_vat(1000) == 1200",
        "tax_rates.VAT_RATE = 10; r = checkout.with_vat(1000); tax_rates.VAT_RATE = 20; assert r == 1100, 'checkout must read tax_rates.VAT_RATE'",
        "assert not hasattr(checkout, 'VAT_RATE')",
        "import refund",
        "assert refund.vat_part(1200) == 200",
        "tax_rates.VAT_RATE = 25; r = refund.vat_part(1250); tax_rates.VAT_RATE = 20; assert r == 250",
    ],
    "edits": [
        {"id": "t1", "path": "checkout.py", "note": "checkout: from tax_rates import VAT_RATE",
         "replace": '''from tax_rates import VAT_RATE


def with_vat(net_cents):
    return net_cents + net_cents * VAT_RATE // 100
'''},
        {"id": "t2", "path": "rates.py", "note": "new module with the rate",
         "replace": '''VAT_RATE = 20  # percent
'''},
        {"id": "t3", "path": "refund.py", "note": "refund: tax_rates.VAT_RATE",
         "replace": '''import tax_rates


def vat_part(gross_cents):
    rate = tax_rates.VAT_RATE
    return gross_cents * rate // (100 + rate)
'''},
        {"id": "t4", "path": "tax_rates.py", "note": "new module tax_rates",
         "replace": '''VAT_RATE = 20  # percent
'''},
        {"id": "t5", "path": "checkout.py", "note": "checkout: import tax_rates",
         "replace": '''import tax_rates


def with_vat(net_cents):
    return net_cents + net_cents * tax_rates.VAT_RATE // 100
'''},
    ],
    "solution": ["t4", "t5", "t3"],
})

# ---------------------------------------------------------------------------
# 21. rename a base-class method and every override (four files)
TASKS.append({
    "id": "mfw-pet-describe-summary", "family": "multi_file_refactor", "split": "train", "level": 4,
    "description": "Rename the method `describe` to summary on Pet and on every subclass that overrides it, "
                   "and in the code that calls it. Output text stays the same.",
    "files": {
        "pets.py": '''class Pet:
    sound = "..."

    def __init__(self, name):
        self.name = name

    def describe(self):
        return "%s says %s" % (self.name, self.sound)
''',
        "dog.py": '''from pets import Pet


class Dog(Pet):
    sound = "woof"

    def describe(self):
        return Pet.describe(self) + " and wags"
''',
        "cat.py": '''import pets


class Cat(pets.Pet):
    sound = "meow"

    def describe(self):
        return super().describe().upper()
''',
        "shelter.py": '''from dog import Dog
from cat import Cat


def roster(names):
    pets = [Dog(n) if n.startswith("d") else Cat(n) for n in names]
    return [p.describe() for p in pets]
''',
    },
    "tests": [
        "from pets import Pet",
        "from dog import Dog",
        "from cat import Cat",
        "import shelter",
        "assert Pet('x').summary() == 'x says ...'",
        "assert not any(hasattr(k, 'describe') for k in (Pet, Dog, Cat)), 'describe must be gone from every class'",
        "assert Dog('rex').summary() == 'rex says woof and wags'",
        "assert Cat('tom').summary() == 'TOM SAYS MEOW'",
        "assert shelter.roster(['dot', 'kit']) == ['dot says woof and wags', 'KIT SAYS MEOW']",
    ],
    "edits": [
        {"id": "o1", "path": "cat.py", "find": "    def describe(self):\n        return super().describe().upper()",
         "replace": "    def summary(self):\n        return super().summary().upper()", "note": "Cat override"},
        {"id": "o2", "path": "dog.py", "find": "    def describe(self):",
         "replace": "    def summary(self):", "note": "Dog: rename the def"},
        {"id": "o3", "path": "shelter.py", "find": "p.describe()", "replace": "p.summary()",
         "note": "roster calls summary"},
        {"id": "o4", "path": "pets.py", "find": "    def describe(self):", "replace": "    def summary(self):",
         "note": "base class"},
        {"id": "o5", "path": "dog.py", "note": "Dog: def and the call to the base",
         "replace": '''from pets import Pet


class Dog(Pet):
    sound = "woof"

    def summary(self):
        return Pet.summary(self) + " and wags"
'''},
    ],
    "solution": ["o4", "o5", "o1", "o3"],
})

# ---------------------------------------------------------------------------
# 22. rename an instance attribute (uninformative notes: run the tests)
TASKS.append({
    "id": "mfw-robot-pos-position", "family": "multi_file_refactor", "split": "train", "level": 2,
    "description": "Rename the Robot attribute `pos` to `position`.",
    "files": {
        "robot.py": '''class Robot:
    def __init__(self, x=0, y=0):
        self.pos = (x, y)

    def move(self, dx, dy):
        x, y = self.pos
        self.pos = (x + dx, y + dy)
        return self
''',
        "planner.py": '''def manhattan_to(robot, target):
    return abs(robot.pos[0] - target[0]) + abs(robot.pos[1] - target[1])
''',
    },
    "tests": [
        "from robot import Robot",
        "import planner",
        "assert Robot(1, 2).move(3, -1).position == (4, 1)",
        "assert not hasattr(Robot(), 'pos')",
        "assert planner.manhattan_to(Robot(0, 0).move(2, 2), (5, -1)) == 6",
    ],
    "edits": [
        {"id": "a", "path": "robot.py", "note": "robot.py, version A",
         "replace": '''class Robot:
    def __init__(self, x=0, y=0):
        self.pos = (x, y)

    @property
    def position(self):
        return self.pos

    def move(self, dx, dy):
        x, y = self.pos
        self.pos = (x + dx, y + dy)
        return self
'''},
        {"id": "b", "path": "planner.py", "note": "planner.py",
         "replace": '''def manhattan_to(robot, target):
    return abs(robot.position[0] - target[0]) + abs(robot.position[1] - target[1])
'''},
        {"id": "c", "path": "robot.py", "note": "robot.py, version B",
         "replace": '''class Robot:
    def __init__(self, x=0, y=0):
        self.position = (x, y)

    def move(self, dx, dy):
        x, y = self.position
        self.position = (x + dx, y + dy)
        return self
'''},
    ],
    "solution": ["c", "b"],
})

# ---------------------------------------------------------------------------
# 23. turn a free function into a classmethod
TASKS.append({
    "id": "mfw-parse-color-classmethod", "family": "multi_file_refactor", "split": "train", "level": 2,
    "description": "Replace the module function `parse_color` with a classmethod Color.from_hex(text) and update theme.py. "
                   "Example: Color.from_hex('#fff').hex() == '#ffffff'.",
    "files": {
        "colors.py": '''class Color:
    def __init__(self, r, g, b):
        self.r, self.g, self.b = r, g, b

    def hex(self):
        return "#%02x%02x%02x" % (self.r, self.g, self.b)


def parse_color(text):
    text = text.lstrip("#")
    if len(text) == 3:
        text = "".join(c * 2 for c in text)
    return Color(int(text[0:2], 16), int(text[2:4], 16), int(text[4:6], 16))
''',
        "theme.py": '''from colors import parse_color


def palette(spec):
    return {name: parse_color(value) for name, value in spec.items()}


def darkest(spec):
    p = palette(spec)
    return min(p, key=lambda k: p[k].r + p[k].g + p[k].b)
''',
    },
    "tests": [
        "from colors import Color",
        "import colors",
        "assert Color.from_hex('#0a0B0c').hex() == '#0a0b0c' and isinstance(Color.__dict__['from_hex'], classmethod)",
        "assert Color.from_hex('fff').r == 255 and not hasattr(colors, 'parse_color')",
        "import theme",
        "assert theme.darkest({'bg': '#111', 'fg': '#eee', 'hi': '#f00'}) == 'bg'",
        "assert isinstance(theme.palette({'a': '000'})['a'], Color)",
    ],
    "edits": [
        {"id": "h1", "path": "colors.py", "note": "static from_hex, keep parse_color for now",
         "replace": '''class Color:
    def __init__(self, r, g, b):
        self.r, self.g, self.b = r, g, b

    def hex(self):
        return "#%02x%02x%02x" % (self.r, self.g, self.b)

    @staticmethod
    def from_hex(text):
        return parse_color(text)


def parse_color(text):
    text = text.lstrip("#")
    if len(text) == 3:
        text = "".join(c * 2 for c in text)
    return Color(int(text[0:2], 16), int(text[2:4], 16), int(text[4:6], 16))
'''},
        {"id": "h2", "path": "theme.py", "find": "from colors import parse_color",
         "replace": "from colors import Color as parse_color", "note": "theme: alias the class?"},
        {"id": "h3", "path": "colors.py", "note": "classmethod from_hex",
         "replace": '''class Color:
    def __init__(self, r, g, b):
        self.r, self.g, self.b = r, g, b

    def hex(self):
        return "#%02x%02x%02x" % (self.r, self.g, self.b)

    @classmethod
    def from_hex(cls, text):
        text = text.lstrip("#")
        if len(text) == 3:
            text = "".join(c * 2 for c in text)
        return cls(int(text[0:2], 16), int(text[2:4], 16), int(text[4:6], 16))
'''},
        {"id": "h4", "path": "theme.py", "note": "theme: Color.from_hex",
         "replace": '''from colors import Color


def palette(spec):
    return {name: Color.from_hex(value) for name, value in spec.items()}


def darkest(spec):
    p = palette(spec)
    return min(p, key=lambda k: p[k].r + p[k].g + p[k].b)
'''},
    ],
    "solution": ["h3", "h4"],
})

# ---------------------------------------------------------------------------
# 24. change a signature from four coordinates to two points
TASKS.append({
    "id": "mfw-distance-point-args", "family": "multi_file_refactor", "split": "train", "level": 3,
    "description": "geometry.`distance` should take two points: distance(p, q) with p and q as (x, y) tuples. "
                   "Port route.py and nearest.py. midpoint keeps its four-number signature.",
    "files": {
        "geometry.py": '''import math


def distance(x1, y1, x2, y2):
    return math.hypot(x2 - x1, y2 - y1)


def midpoint(x1, y1, x2, y2):
    return ((x1 + x2) / 2, (y1 + y2) / 2)
''',
        "route.py": '''from geometry import distance


def route_length(points):
    total = 0.0
    for (ax, ay), (bx, by) in zip(points, points[1:]):
        total += distance(ax, ay, bx, by)
    return round(total, 3)
''',
        "nearest.py": '''import geometry


def nearest(origin, points):
    ox, oy = origin
    return min(points, key=lambda p: geometry.distance(ox, oy, p[0], p[1]))
''',
    },
    "tests": [
        "import geometry",
        "assert geometry.distance((0, 0), (3, 4)) == 5.0",
        "assert geometry.midpoint(0, 0, 4, 2) == (2.0, 1.0), 'midpoint keeps four arguments'",
        "import route",
        "assert route.route_length([(0, 0), (3, 4), (3, 10)]) == 11.0",
        "import nearest",
        "assert nearest.nearest((1, 1), [(5, 5), (2, 0), (-3, 1)]) == (2, 0), 'nearest should pass origin and p'",
    ],
    "edits": [
        {"id": "g1", "path": "route.py", "find": "distance(ax, ay, bx, by)", "replace": "distance((ax, bx), (ay, by))",
         "note": "route: pack the coordinates"},
        {"id": "g2", "path": "geometry.py", "note": "points everywhere in geometry.py",
         "replace": '''import math


def distance(p, q):
    return math.hypot(q[0] - p[0], q[1] - p[1])


def midpoint(p, q):
    return ((p[0] + q[0]) / 2, (p[1] + q[1]) / 2)
'''},
        {"id": "g3", "path": "nearest.py", "find": "geometry.distance(ox, oy, p[0], p[1])",
         "replace": "geometry.distance(origin, p)", "note": "nearest: distance(origin, p)"},
        {"id": "g4", "path": "geometry.py", "find": "def distance(x1, y1, x2, y2):\n    return math.hypot(x2 - x1, y2 - y1)",
         "replace": "def distance(p, q):\n    return math.hypot(q[0] - p[0], q[1] - p[1])", "note": "distance(p, q)"},
        {"id": "g5", "path": "route.py", "note": "route: pass the point tuples",
         "replace": '''from geometry import distance


def route_length(points):
    total = 0.0
    for a, b in zip(points, points[1:]):
        total += distance(a, b)
    return round(total, 3)
'''},
    ],
    "solution": ["g4", "g5", "g3"],
})
