# Training tasks for the problem_solving family: wider shapes (more candidates, two-edit
# solutions, helper modules). Plain data only; nothing runs on import beyond building TASKS.

TASKS = []

# ---------------------------------------------------------------------------
# 1. money as integer cents: a parser bug and a rounding bug in two modules
# ---------------------------------------------------------------------------
TASKS.append({
    "id": "psw-invoice-cents",
    "family": "problem_solving",
    "split": "train",
    "level": 3,
    "description": "Invoice totals are off. Amounts are decimal strings like '12.5' and are kept as integer cents; "
                   "tax is a whole percentage of the subtotal, rounded half up to the nearest cent. "
                   "Fix `to_cents` and `total` so the tests pass.",
    "files": {
        "money.py": '''def to_cents(text):
    """'12.5' -> 1250, '3' -> 300, '0.07' -> 7."""
    if "." in text:
        whole, frac = text.split(".")
    else:
        whole, frac = text, ""
    frac = frac[:2].rjust(2, "0")
    return int(whole) * 100 + int(frac)
''',
        "invoice.py": '''from money import to_cents


def line_total(price, qty):
    return to_cents(price) * qty


def total(lines, tax_percent):
    """lines: list of (price string, quantity). Returns cents including tax."""
    subtotal = sum(line_total(price, qty) for price, qty in lines)
    tax = subtotal * tax_percent // 100
    return subtotal + tax
''',
    },
    "tests": [
        "import money",
        "import invoice",
        "assert money.to_cents('12.5') == 1250, 'one decimal digit means tenths'",
        "assert money.to_cents('0.07') == 7",
        "assert money.to_cents('0.29') == 29",
        "assert invoice.total([('2.00', 3)], 10) == 660",
        "assert invoice.total([('0.99', 1)], 5) == 104, 'tax rounds half up'",
        "assert invoice.total([('0.50', 1)], 5) == 53, '2.5 cents of tax rounds up to 3'",
    ],
    "edits": [
        {"id": "m1", "path": "money.py", "find": '    frac = frac[:2].rjust(2, "0")\n',
         "replace": '    frac = frac[:2].ljust(2, "0")\n',
         "note": "PR-12: pad the fraction on the right"},
        {"id": "m2", "path": "invoice.py", "find": "    tax = subtotal * tax_percent // 100\n",
         "replace": "    tax = (subtotal * tax_percent + 50) // 100\n",
         "note": "tax comes out a cent short"},
        {"id": "m3", "path": "money.py", "find": "    return int(whole) * 100 + int(frac)\n",
         "replace": "    return int(float(text) * 100)\n",
         "note": "parse the amount with float()"},
        {"id": "m4", "path": "invoice.py", "find": "    tax = subtotal * tax_percent // 100\n",
         "replace": "    tax = round(subtotal * tax_percent / 100)\n",
         "note": "use round() for the tax"},
    ],
    "solution": ["m1", "m2"],
})

# ---------------------------------------------------------------------------
# 2. intervals: touching intervals are not merged
# ---------------------------------------------------------------------------
TASKS.append({
    "id": "psw-merge-spans",
    "family": "problem_solving",
    "split": "train",
    "level": 1,
    "description": "Bug report: `merge` in spans.py leaves [(1, 2), (2, 4)] as two intervals. Closed intervals "
                   "that share an endpoint should become one.",
    "files": {
        "spans.py": '''def merge(intervals):
    """Merge overlapping or touching closed intervals; return a sorted list of tuples."""
    result = []
    for start, end in sorted(intervals):
        if result and start < result[-1][1]:
            last_start, last_end = result[-1]
            result[-1] = (last_start, max(last_end, end))
        else:
            result.append((start, end))
    return result
''',
    },
    "tests": [
        "import spans",
        "assert spans.merge([(1, 3), (2, 5)]) == [(1, 5)]",
        "assert spans.merge([(1, 2), (2, 4)]) == [(1, 4)], 'touching intervals merge'",
        "assert spans.merge([(5, 6), (1, 2), (3, 4)]) == [(1, 2), (3, 4), (5, 6)], 'a gap keeps intervals apart'",
        "assert spans.merge([(1, 10), (2, 3)]) == [(1, 10)]",
        "assert spans.merge([]) == []",
    ],
    "edits": [
        {"id": "a", "path": "spans.py", "find": "        if result and start < result[-1][1]:\n",
         "replace": "        if result and start <= result[-1][1] + 1:\n",
         "note": "treat neighbours one apart as overlapping"},
        {"id": "b", "path": "spans.py", "find": "    for start, end in sorted(intervals):\n",
         "replace": "    for start, end in intervals:\n",
         "note": "iterate in the given order"},
        {"id": "c", "path": "spans.py", "find": "        if result and start < result[-1][1]:\n",
         "replace": "        if result and start <= result[-1][1]:\n",
         "note": "maybe the comparison should be inclusive?"},
        {"id": "d", "path": "spans.py", "find": "            result[-1] = (last_start, max(last_end, end))\n",
         "replace": "            result[-1] = (last_start, end)\n",
         "note": "keep the end of the newest interval"},
    ],
    "solution": ["c"],
})

# ---------------------------------------------------------------------------
# 3. dates as (y, m, d) tuples: leap rule and a loop bound, same module
# ---------------------------------------------------------------------------
TASKS.append({
    "id": "psw-day-of-year",
    "family": "problem_solving",
    "split": "train",
    "level": 2,
    "description": "`day_of_year((y, m, d))` should give 1 for January 1st and 366 for December 31st of a leap "
                   "year (Gregorian rules).",
    "files": {
        "ymd.py": '''DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def is_leap(year):
    return year % 4 == 0 and year % 100 != 0


def days_in_month(year, month):
    if month == 2 and is_leap(year):
        return 29
    return DAYS[month - 1]


def day_of_year(date):
    year, month, day = date
    return sum(days_in_month(year, m) for m in range(1, month + 1)) + day
''',
    },
    "tests": [
        "import ymd",
        "assert ymd.day_of_year((2023, 1, 1)) == 1",
        "assert ymd.day_of_year((2023, 3, 1)) == 60, 'March 1st of a common year'",
        "assert ymd.is_leap(2000), '2000 is a leap year'",
        "assert not ymd.is_leap(1900)",
        "assert ymd.day_of_year((2000, 12, 31)) == 366",
    ],
    "edits": [
        {"id": "e1", "path": "ymd.py", "find": "    return year % 4 == 0 and year % 100 != 0\n",
         "replace": "    return year % 4 == 0\n",
         "note": "leap: every fourth year"},
        {"id": "e2", "path": "ymd.py",
         "find": "    return sum(days_in_month(year, m) for m in range(1, month + 1)) + day\n",
         "replace": "    return sum(DAYS[:month - 1]) + day\n",
         "note": "sum the month table directly"},
        {"id": "e3", "path": "ymd.py", "find": "    return year % 4 == 0 and year % 100 != 0\n",
         "replace": "    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)\n",
         "note": "leap: centuries divisible by 400 are leap years"},
        {"id": "e4", "path": "ymd.py", "find": "    return DAYS[month - 1]\n",
         "replace": "    return DAYS[month - 1] + (month == 2)\n",
         "note": "variant of days_in_month"},
        {"id": "e5", "path": "ymd.py", "find": "for m in range(1, month + 1)) + day\n",
         "replace": "for m in range(1, month)) + day\n",
         "note": "off-by-one in the month loop?"},
    ],
    "solution": ["e3", "e5"],
})

# ---------------------------------------------------------------------------
# 4. text statistics: the tokenizer helper ignores case
# ---------------------------------------------------------------------------
TASKS.append({
    "id": "psw-word-stats",
    "family": "problem_solving",
    "split": "train",
    "level": 2,
    "description": "Word statistics treat 'The' and 'the' as different words (and even lose the capital letter). "
                   "Make counting case-insensitive everywhere.",
    "files": {
        "tokens.py": '''import re


def tokenize(text):
    return re.findall(r"[a-z']+", text)
''',
        "wordstats.py": '''from collections import Counter

from tokens import tokenize


def word_freq(text):
    return Counter(tokenize(text))


def top_words(text, n):
    counts = word_freq(text)
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return [word for word, _ in ranked[:n]]


def vocabulary_size(text):
    return len(set(tokenize(text)))
''',
    },
    "tests": [
        "from wordstats import word_freq, top_words, vocabulary_size",
        "assert word_freq('The cat saw the dog')['the'] == 2",
        "assert top_words('b a B c a b', 2) == ['b', 'a']",
        "assert vocabulary_size('Go go GO stop') == 2, 'case must not create new words'",
        "assert word_freq(\"it's fine\")[\"it's\"] == 1",
    ],
    "edits": [
        {"id": "w1", "path": "wordstats.py", "find": "    return Counter(tokenize(text))\n",
         "replace": "    return Counter(tokenize(text.lower()))\n",
         "note": "word_freq counts 'The' and 'the' together"},
        {"id": "w2", "path": "tokens.py", "find": "    return re.findall(r\"[a-z']+\", text)\n",
         "replace": "    return re.findall(r\"[A-Za-z']+\", text)\n",
         "note": "PR-7: widen the character class"},
        {"id": "w3", "path": "tokens.py", "find": "    return re.findall(r\"[a-z']+\", text)\n",
         "replace": "    return re.findall(r\"[a-z']+\", text.lower())\n",
         "note": "tokens.py: normalise case before matching"},
        {"id": "w4", "path": "tokens.py", "find": "    return re.findall(r\"[a-z']+\", text)\n",
         "replace": "    return re.findall(r\"[a-z']+\", text, re.IGNORECASE)\n",
         "note": "case-insensitive regex flag"},
    ],
    "solution": ["w3"],
})

# ---------------------------------------------------------------------------
# 5. matrices: transpose of a non-square matrix
# ---------------------------------------------------------------------------
TASKS.append({
    "id": "psw-grid-transpose",
    "family": "problem_solving",
    "split": "train",
    "level": 1,
    "description": "`transpose` drops columns of non-square matrices.",
    "files": {
        "grid.py": '''def transpose(m):
    rows = len(m)
    cols = len(m[0]) if m else 0
    return [[m[r][c] for r in range(rows)] for c in range(rows)]


def rotate_right(m):
    return [list(reversed(col)) for col in transpose(m)]
''',
    },
    "tests": [
        "import grid",
        "assert grid.transpose([[1, 2, 3], [4, 5, 6]]) == [[1, 4], [2, 5], [3, 6]]",
        "assert grid.transpose([[1, 2], [3, 4]]) == [[1, 3], [2, 4]]",
        "assert grid.rotate_right([[1, 2, 3]]) == [[1], [2], [3]], 'a single row turns into a column'",
        "assert grid.transpose([]) == []",
    ],
    "edits": [
        {"id": "t1", "path": "grid.py",
         "find": "    return [[m[r][c] for r in range(rows)] for c in range(rows)]\n",
         "replace": "    return [list(row) for row in zip(m)]\n",
         "note": "build it with zip"},
        {"id": "t2", "path": "grid.py",
         "find": "    return [list(reversed(col)) for col in transpose(m)]\n",
         "replace": "    return [list(col) for col in transpose(m)[::-1]]\n",
         "note": "rotate via the reversed transpose"},
        {"id": "t3", "path": "grid.py",
         "find": "    return [[m[r][c] for r in range(rows)] for c in range(rows)]\n",
         "replace": "    return [[m[r][c] for r in range(rows)] for c in range(cols)]\n",
         "note": "loop over the column count"},
    ],
    "solution": ["t3"],
})

# ---------------------------------------------------------------------------
# 6. inventory over three modules: a threshold bug and a non-atomic order
# ---------------------------------------------------------------------------
TASKS.append({
    "id": "psw-stock-orders",
    "family": "problem_solving",
    "split": "train",
    "level": 4,
    "description": "Two complaints from the warehouse. (1) `low()` should list every SKU whose level is at or below "
                   "LOW_STOCK. (2) `fulfil` is all-or-nothing: when any line of an order is refused, the stock must "
                   "be exactly as it was before.",
    "files": {
        "limits.py": '''MAX_PER_ORDER = 5
LOW_STOCK = 3
''',
        "stock.py": '''from limits import LOW_STOCK


class Stock:
    def __init__(self, levels):
        self.levels = dict(levels)

    def take(self, sku, qty):
        have = self.levels.get(sku, 0)
        if qty > have:
            raise ValueError("not enough " + sku)
        self.levels[sku] = have - qty

    def low(self):
        return sorted(sku for sku, n in self.levels.items() if n < LOW_STOCK)
''',
        "orders.py": '''from limits import MAX_PER_ORDER


def fulfil(stock, order):
    """order: list of (sku, qty)."""
    for sku, qty in order:
        if qty > MAX_PER_ORDER:
            raise ValueError("too many " + sku)
        stock.take(sku, qty)
    return len(order)


def try_fulfil(stock, order):
    try:
        fulfil(stock, order)
        return True
    except ValueError:
        return False
''',
    },
    "tests": [
        "from stock import Stock",
        "import orders",
        "s = Stock({'a': 4, 'b': 1}); assert orders.try_fulfil(s, [('a', 2)]) and s.levels['a'] == 2",
        "assert Stock({'a': 3, 'b': 9}).low() == ['a'], 'a level equal to LOW_STOCK counts as low'",
        "s = Stock({'a': 4, 'b': 1}); assert not orders.try_fulfil(s, [('a', 2), ('b', 5)]) and s.levels == {'a': 4, 'b': 1}, 'a refused order must leave the stock unchanged'",
        "assert not orders.try_fulfil(Stock({'a': 9}), [('a', 6)])",
        "assert Stock({'x': 0, 'y': 2, 'z': 8}).low() == ['x', 'y']",
    ],
    "edits": [
        {"id": "k1", "path": "orders.py",
         "find": "    for sku, qty in order:\n        if qty > MAX_PER_ORDER:\n            raise ValueError(\"too many \" + sku)\n        stock.take(sku, qty)\n",
         "replace": "    before = stock.levels\n    try:\n        for sku, qty in order:\n            if qty > MAX_PER_ORDER:\n                raise ValueError(\"too many \" + sku)\n            stock.take(sku, qty)\n    except ValueError:\n        stock.levels = before\n        raise\n",
         "note": "restore the saved levels on failure"},
        {"id": "k2", "path": "limits.py",
         "replace": "MAX_PER_ORDER = 6\nLOW_STOCK = 4\n",
         "note": "limits: off by one?"},
        {"id": "k3", "path": "stock.py",
         "find": "if n < LOW_STOCK)\n",
         "replace": "if n <= LOW_STOCK)\n",
         "note": "low(): include levels equal to the threshold"},
        {"id": "k4", "path": "orders.py",
         "find": "    for sku, qty in order:\n        if qty > MAX_PER_ORDER:\n            raise ValueError(\"too many \" + sku)\n        stock.take(sku, qty)\n",
         "replace": "    for sku, qty in order:\n        if qty > MAX_PER_ORDER:\n            raise ValueError(\"too many \" + sku)\n    for sku, qty in order:\n        stock.take(sku, qty)\n",
         "note": "validate the whole order before taking anything"},
        {"id": "k5", "path": "orders.py",
         "find": "    for sku, qty in order:\n        if qty > MAX_PER_ORDER:\n            raise ValueError(\"too many \" + sku)\n        stock.take(sku, qty)\n",
         "replace": "    before = dict(stock.levels)\n    try:\n        for sku, qty in order:\n            if qty > MAX_PER_ORDER:\n                raise ValueError(\"too many \" + sku)\n            stock.take(sku, qty)\n    except ValueError:\n        stock.levels = before\n        raise\n",
         "note": "restore a copy of the levels on failure"},
    ],
    "solution": ["k3", "k5"],
})

# ---------------------------------------------------------------------------
# 7. state machine: one wrong entry in a transition table (uninformative notes)
# ---------------------------------------------------------------------------
TASKS.append({
    "id": "psw-turnstile",
    "family": "problem_solving",
    "split": "train",
    "level": 2,
    "description": "A coin-operated turnstile. Some tests fail; fix it.",
    "files": {
        "turnstile.py": '''TRANSITIONS = {
    ("locked", "coin"): "unlocked",
    ("locked", "push"): "locked",
    ("locked", "kick"): "broken",
    ("unlocked", "push"): "locked",
    ("unlocked", "coin"): "locked",
}


def step(state, event):
    return TRANSITIONS.get((state, event), state)


def run(events, state="locked"):
    coins = 0
    for event in events:
        if event == "coin":
            coins += 1
        state = step(state, event)
    return state, coins
''',
    },
    "tests": [
        "import turnstile as t",
        "assert t.step('locked', 'coin') == 'unlocked'",
        "assert t.step('unlocked', 'coin') == 'unlocked'",
        "assert t.run(['coin', 'coin']) == ('unlocked', 2)",
        "assert t.step('broken', 'coin') == 'broken'",
        "assert t.run(['kick', 'coin', 'push']) == ('broken', 1)",
    ],
    "edits": [
        {"id": "v1", "path": "turnstile.py",
         "find": "    return TRANSITIONS.get((state, event), state)\n",
         "replace": "    if event == \"coin\":\n        return \"unlocked\"\n    return TRANSITIONS.get((state, event), state)\n",
         "note": "variant A"},
        {"id": "v2", "path": "turnstile.py",
         "find": "    (\"unlocked\", \"coin\"): \"locked\",\n",
         "replace": "    (\"unlocked\", \"coin\"): \"unlocked\",\n",
         "note": "variant B"},
        {"id": "v3", "path": "turnstile.py",
         "find": "        if event == \"coin\":\n            coins += 1\n",
         "replace": "        if event == \"coin\" and state == \"locked\":\n            coins += 1\n",
         "note": "variant C"},
        {"id": "v4", "path": "turnstile.py",
         "find": "    return TRANSITIONS.get((state, event), state)\n",
         "replace": "    return TRANSITIONS[(state, event)]\n",
         "note": "variant D"},
    ],
    "solution": ["v2"],
})

# ---------------------------------------------------------------------------
# 8. graphs: one-way adjacency for two-way roads; a caller-side patch is a distractor
# ---------------------------------------------------------------------------
TASKS.append({
    "id": "psw-two-way-roads",
    "family": "problem_solving",
    "split": "train",
    "level": 2,
    "description": "Roads are two-way, but `shortest_path` returns None for any trip against the direction in which "
                   "a road was listed. The adjacency helper is shared by other code.",
    "files": {
        "edges.py": '''def adjacency(pairs):
    adj = {}
    for a, b in pairs:
        adj.setdefault(a, []).append(b)
    return adj
''',
        "route.py": '''from collections import deque

from edges import adjacency


def shortest_path(pairs, start, goal):
    adj = adjacency(pairs)
    prev = {start: None}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        if node == goal:
            path = []
            while node is not None:
                path.append(node)
                node = prev[node]
            return path[::-1]
        for nxt in sorted(adj.get(node, [])):
            if nxt not in prev:
                prev[nxt] = node
                queue.append(nxt)
    return None
''',
    },
    "tests": [
        "from route import shortest_path",
        "from edges import adjacency",
        "assert shortest_path([('a', 'b'), ('b', 'c')], 'a', 'c') == ['a', 'b', 'c']",
        "assert shortest_path([('a', 'b'), ('b', 'c')], 'c', 'a') == ['c', 'b', 'a'], 'roads are two-way'",
        "assert shortest_path([('a', 'b'), ('b', 'e'), ('a', 'c'), ('c', 'd'), ('d', 'e')], 'a', 'e') == ['a', 'b', 'e']",
        "assert adjacency([(1, 2)]) == {1: [2], 2: [1]}",
        "assert shortest_path([('x', 'y')], 'x', 'z') is None",
    ],
    "edits": [
        {"id": "r1", "path": "route.py", "find": "    adj = adjacency(pairs)\n",
         "replace": "    adj = adjacency(list(pairs) + [(b, a) for a, b in pairs])\n",
         "note": "PR-19: add the reversed pairs before searching"},
        {"id": "r2", "path": "route.py", "find": "        node = queue.popleft()\n",
         "replace": "        node = queue.pop()\n",
         "note": "use a stack"},
        {"id": "r3", "path": "route.py", "find": "            return path[::-1]\n",
         "replace": "            return path\n",
         "note": "maybe the path comes out backwards?"},
        {"id": "r4", "path": "edges.py", "find": "        adj.setdefault(a, []).append(b)\n",
         "replace": "        adj.setdefault(a, []).append(b)\n        adj.setdefault(b, []).append(a)\n",
         "note": "edges: store each road in both directions"},
    ],
    "solution": ["r4"],
})

# ---------------------------------------------------------------------------
# 9. caching: an LRU that never refreshes on read and evicts the wrong end
# ---------------------------------------------------------------------------
TASKS.append({
    "id": "psw-lru-cache",
    "family": "problem_solving",
    "split": "train",
    "level": 2,
    "description": "`LRU` is a least-recently-used cache: when it is over capacity it drops the entry that was "
                   "used (read or written) longest ago. It currently drops the wrong entries.",
    "files": {
        "lru.py": '''from collections import OrderedDict


class LRU:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = OrderedDict()

    def get(self, key, default=None):
        if key not in self.data:
            return default
        return self.data[key]

    def put(self, key, value):
        self.data[key] = value
        self.data.move_to_end(key)
        if len(self.data) > self.capacity:
            self.data.popitem(last=True)

    def keys(self):
        return list(self.data)
''',
    },
    "tests": [
        "from lru import LRU",
        "c = LRU(2); c.put('a', 1); c.put('b', 2); c.put('c', 3); assert c.keys() == ['b', 'c'], 'the oldest entry goes first'",
        "c = LRU(2); c.put('a', 1); c.put('b', 2); c.get('a'); c.put('c', 3); assert c.get('b') is None and c.get('a') == 1, 'reading a key makes it recent'",
        "c = LRU(1); c.put('x', 1); c.put('x', 2); assert c.keys() == ['x'] and c.get('x') == 2",
        "assert LRU(3).get('missing', 0) == 0",
    ],
    "edits": [
        {"id": "c1", "path": "lru.py", "find": "        if len(self.data) > self.capacity:\n",
         "replace": "        if len(self.data) >= self.capacity:\n",
         "note": "evict one step earlier (>=)"},
        {"id": "c2", "path": "lru.py",
         "replace": '''class LRU:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = {}

    def get(self, key, default=None):
        if key not in self.data:
            return default
        self.data[key] = self.data.pop(key)
        return self.data[key]

    def put(self, key, value):
        self.data.pop(key, None)
        self.data[key] = value
        if len(self.data) > self.capacity:
            del self.data[min(self.data)]

    def keys(self):
        return list(self.data)
''',
         "note": "rewrite LRU on a plain dict"},
        {"id": "c3", "path": "lru.py", "find": "            self.data.popitem(last=True)\n",
         "replace": "            self.data.popitem(last=False)\n",
         "note": "evicts the newest entry instead of the oldest"},
        {"id": "c4", "path": "lru.py", "find": "            return default\n        return self.data[key]\n",
         "replace": "            return default\n        self.data.move_to_end(key)\n        return self.data[key]\n",
         "note": "get: mark the key as recently used"},
    ],
    "solution": ["c3", "c4"],
})

# ---------------------------------------------------------------------------
# 10. parsing: key=value config lines keep stray spaces (terse, near-opaque notes)
# ---------------------------------------------------------------------------
TASKS.append({
    "id": "psw-kv-settings",
    "family": "problem_solving",
    "split": "train",
    "level": 2,
    "description": "settings.mode('mode = slow') returns ' slow'. Fix the parser.",
    "files": {
        "kvparse.py": '''def parse(line):
    """'a = 1; b=two ;c=' -> {'a': '1', 'b': 'two', 'c': ''}"""
    out = {}
    for part in line.split(";"):
        if not part.strip():
            continue
        key, value = part.split("=")
        out[key.strip()] = value
    return out
''',
        "settings.py": '''from kvparse import parse

DEFAULTS = {"mode": "fast", "retries": "3"}


def load(line):
    conf = dict(DEFAULTS)
    conf.update(parse(line))
    return conf


def retries(line):
    return int(load(line)["retries"])


def mode(line):
    return load(line)["mode"]
''',
    },
    "tests": [
        "import kvparse, settings",
        "assert kvparse.parse('a = 1; b=two ;c=') == {'a': '1', 'b': 'two', 'c': ''}",
        "assert settings.mode('mode = slow') == 'slow'",
        "assert settings.retries('retries= 5 ') == 5",
        "assert kvparse.parse('greeting = hello world') == {'greeting': 'hello world'}, 'inner spaces belong to the value'",
        "assert settings.mode('') == 'fast'",
    ],
    "edits": [
        {"id": "p1", "path": "kvparse.py", "find": "    for part in line.split(\";\"):\n",
         "replace": "    for part in line.replace(\" \", \"\").split(\";\"):\n",
         "note": "kvparse tweak #1"},
        {"id": "p2", "path": "settings.py", "find": "    return load(line)[\"mode\"]\n",
         "replace": "    return load(line)[\"mode\"].strip()\n",
         "note": "settings tweak"},
        {"id": "p3", "path": "kvparse.py", "find": "        key, value = part.split(\"=\")\n",
         "replace": "        key, value = part.strip().split(\"=\")\n",
         "note": "kvparse tweak #2"},
        {"id": "p4", "path": "kvparse.py", "find": "        out[key.strip()] = value\n",
         "replace": "        out[key.strip()] = value.strip()\n",
         "note": "kvparse tweak #3"},
    ],
    "solution": ["p4"],
})

# ---------------------------------------------------------------------------
# 11. scoring: grade bands with exclusive lower bounds
# ---------------------------------------------------------------------------
TASKS.append({
    "id": "psw-letter-grade",
    "family": "problem_solving",
    "split": "train",
    "level": 1,
    "description": "A score of exactly 90 gets a B from `letter`; each band's lower bound should be inclusive "
                   "(90 and up is an A, 80 up to 90 a B, and so on). Scores may be fractional.",
    "files": {
        "grading.py": '''BANDS = [(90, "A"), (80, "B"), (70, "C"), (60, "D")]


def letter(score):
    for floor, grade in BANDS:
        if score > floor:
            return grade
    return "F"


def report(scores):
    return {name: letter(score) for name, score in scores.items()}
''',
    },
    "tests": [
        "from grading import letter, report",
        "assert letter(90) == 'A', 'exactly 90 is an A'",
        "assert letter(89.5) == 'B'",
        "assert letter(59) == 'F'",
        "assert report({'ann': 80, 'bo': 100}) == {'ann': 'B', 'bo': 'A'}",
    ],
    "edits": [
        {"id": "g1", "path": "grading.py", "find": "BANDS = [(90, \"A\"), (80, \"B\"), (70, \"C\"), (60, \"D\")]\n",
         "replace": "BANDS = [(89, \"A\"), (79, \"B\"), (69, \"C\"), (59, \"D\")]\n",
         "note": "lower every band by one point"},
        {"id": "g2", "path": "grading.py", "find": "    for floor, grade in BANDS:\n",
         "replace": "    for floor, grade in sorted(BANDS):\n",
         "note": "iterate over the bands from lowest up"},
        {"id": "g3", "path": "grading.py", "find": "        if score > floor:\n",
         "replace": "        if score >= floor:\n",
         "note": "PR-88: inclusive lower bounds"},
    ],
    "solution": ["g3"],
})

# ---------------------------------------------------------------------------
# 12. geometry over two modules: a cross-product sign and a missing closing edge
# ---------------------------------------------------------------------------
TASKS.append({
    "id": "psw-polygon-area",
    "family": "problem_solving",
    "split": "train",
    "level": 3,
    "description": "Polygon helpers give wrong answers. `cross(u, v)` is the 2D cross product x1*y2 - y1*x2; "
                   "`area` uses the shoelace formula over every edge, including the one from the last vertex "
                   "back to the first.",
    "files": {
        "vec.py": '''def sub(p, q):
    return (p[0] - q[0], p[1] - q[1])


def cross(u, v):
    return u[0] * v[1] + u[1] * v[0]
''',
        "poly.py": '''from vec import cross, sub


def area(points):
    """Area of a simple polygon given its vertices in order (either orientation)."""
    total = 0
    for i in range(len(points) - 1):
        total += cross(points[i], points[i + 1])
    return abs(total) / 2


def is_convex(points):
    n = len(points)
    signs = set()
    for i in range(n):
        a, b, c = points[i], points[(i + 1) % n], points[(i + 2) % n]
        z = cross(sub(b, a), sub(c, b))
        if z:
            signs.add(z > 0)
    return len(signs) <= 1
''',
    },
    "tests": [
        "from vec import cross",
        "from poly import area, is_convex",
        "assert cross((1, 0), (0, 1)) == 1",
        "assert cross((2, 3), (4, 5)) == -2, 'cross is x1*y2 - y1*x2'",
        "assert area([(1, 1), (5, 1), (5, 4), (1, 4)]) == 12.0",
        "assert area([(1, 1), (3, 1), (2, 4)]) == 3.0",
        "assert not is_convex([(0, 0), (4, 0), (1, 1), (0, 4)]), 'a dented quad is not convex'",
        "assert is_convex([(0, 0), (2, 0), (2, 2), (0, 2)])",
    ],
    "edits": [
        {"id": "q1", "path": "poly.py", "find": "    return abs(total) / 2\n",
         "replace": "    return abs(total)\n",
         "note": "don't halve the area?"},
        {"id": "q2", "path": "vec.py", "find": "    return u[0] * v[1] + u[1] * v[0]\n",
         "replace": "    return u[1] * v[0] - u[0] * v[1]\n",
         "note": "cross: y1*x2 - x1*y2"},
        {"id": "q3", "path": "poly.py",
         "find": "    for i in range(len(points) - 1):\n        total += cross(points[i], points[i + 1])\n",
         "replace": "    for i in range(len(points)):\n        total += cross(points[i], points[(i + 1) % len(points)])\n",
         "note": "area misses the closing edge"},
        {"id": "q4", "path": "vec.py", "find": "    return u[0] * v[1] + u[1] * v[0]\n",
         "replace": "    return u[0] * v[1] - u[1] * v[0]\n",
         "note": "cross: subtract the second product"},
    ],
    "solution": ["q4", "q3"],
})

# ---------------------------------------------------------------------------
# 13. run-length decoding with multi-digit counts; two near-identical rewrites
# ---------------------------------------------------------------------------
TASKS.append({
    "id": "psw-rle-decode",
    "family": "problem_solving",
    "split": "train",
    "level": 2,
    "description": "rle.decode('12x') should be twelve x's. Runs longer than nine characters do not survive "
                   "encode then decode.",
    "files": {
        "rle.py": '''def encode(text):
    out = []
    i = 0
    while i < len(text):
        j = i
        while j < len(text) and text[j] == text[i]:
            j += 1
        out.append(f"{j - i}{text[i]}")
        i = j
    return "".join(out)


def decode(code):
    out = []
    count = ""
    for ch in code:
        if ch.isdigit():
            count = ch
        else:
            out.append(ch * int(count))
            count = ""
    return "".join(out)
''',
    },
    "tests": [
        "import rle",
        "assert rle.decode('3a2b') == 'aaabb'",
        "assert rle.decode('12x') == 'x' * 12, 'counts can have several digits'",
        "assert rle.decode(rle.encode('q' * 30 + 'rr')) == 'q' * 30 + 'rr'",
        "assert rle.encode('aaabcc') == '3a1b2c'",
    ],
    "edits": [
        {"id": "d1", "path": "rle.py",
         "replace": '''import re


def encode(text):
    out = []
    i = 0
    while i < len(text):
        j = i
        while j < len(text) and text[j] == text[i]:
            j += 1
        out.append(f"{j - i}{text[i]}")
        i = j
    return "".join(out)


def decode(code):
    return "".join(ch * int(n) for n, ch in re.findall(r"(\\d)(\\D)", code))
''',
         "note": "rle.py rewrite #1"},
        {"id": "d2", "path": "rle.py", "find": "            out.append(ch * int(count))\n",
         "replace": "            out.append(ch * int(count or 1))\n",
         "note": "default a missing count to 1"},
        {"id": "d3", "path": "rle.py",
         "replace": '''import re


def encode(text):
    out = []
    i = 0
    while i < len(text):
        j = i
        while j < len(text) and text[j] == text[i]:
            j += 1
        out.append(f"{j - i}{text[i]}")
        i = j
    return "".join(out)


def decode(code):
    return "".join(ch * int(n) for n, ch in re.findall(r"(\\d+)(\\D)", code))
''',
         "note": "rle.py rewrite #2"},
        {"id": "d4", "path": "rle.py", "find": "        while j < len(text) and text[j] == text[i]:\n",
         "replace": "        while j < len(text) and text[j] == text[i] and j - i < 9:\n",
         "note": "encode: split runs longer than nine"},
        {"id": "d5", "path": "rle.py", "find": "            count = ch\n",
         "replace": "            count = count or ch\n",
         "note": "keep the first digit"},
    ],
    "solution": ["d3"],
})

# ---------------------------------------------------------------------------
# 14. unit conversion over three modules: a wrong constant in the table
# ---------------------------------------------------------------------------
TASKS.append({
    "id": "psw-unit-table",
    "family": "problem_solving",
    "split": "train",
    "level": 2,
    "description": "Trip totals in kilometres are ten times too large, and `longest` picks the wrong leg.",
    "files": {
        "units.py": '''# length units, in metres
TO_METRES = {"mm": 0.001, "cm": 0.01, "m": 1, "km": 100, "in": 0.0254, "ft": 0.3048}
''',
        "convert.py": '''from units import TO_METRES


def convert(value, src, dst):
    return value * TO_METRES[src] / TO_METRES[dst]
''',
        "trip.py": '''from convert import convert


def total_km(legs):
    """legs: list of (value, unit)."""
    return round(sum(convert(v, u, "km") for v, u in legs), 3)


def longest(legs):
    return max(legs, key=lambda leg: convert(leg[0], leg[1], "m"))
''',
    },
    "tests": [
        "from convert import convert",
        "import trip",
        "assert convert(2, 'km', 'm') == 2000",
        "assert abs(convert(12, 'in', 'ft') - 1.0) < 1e-9",
        "assert trip.total_km([(500, 'm'), (1.5, 'km')]) == 2.0, 'total in kilometres'",
        "assert trip.longest([(900, 'm'), (1, 'km'), (3000, 'ft')]) == (1, 'km')",
    ],
    "edits": [
        {"id": "u1", "path": "convert.py", "find": "    return value * TO_METRES[src] / TO_METRES[dst]\n",
         "replace": "    if dst == \"km\":\n        return value * TO_METRES[src] / 1000\n    return value * TO_METRES[src] / TO_METRES[dst]\n",
         "note": "convert: divide by 1000 when converting to km"},
        {"id": "u2", "path": "units.py",
         "replace": "# length units, in metres\nTO_METRES = {\"mm\": 0.001, \"cm\": 0.01, \"m\": 1, \"km\": 1000, \"in\": 0.254, \"ft\": 0.3048}\n",
         "note": "units.py: re-typed table from the spec sheet"},
        {"id": "u3", "path": "trip.py",
         "find": "    return round(sum(convert(v, u, \"km\") for v, u in legs), 3)\n",
         "replace": "    return round(sum(convert(v, u, \"m\") for v, u in legs) / 1000, 3)\n",
         "note": "total_km: sum in metres, then scale"},
        {"id": "u4", "path": "convert.py", "find": "    return value * TO_METRES[src] / TO_METRES[dst]\n",
         "replace": "    return value * TO_METRES[dst] / TO_METRES[src]\n",
         "note": "maybe the ratio is upside down?"},
        {"id": "u5", "path": "units.py", "find": "\"km\": 100,", "replace": "\"km\": 1000,",
         "note": "units: a kilometre is 1000 m"},
    ],
    "solution": ["u5"],
})

# ---------------------------------------------------------------------------
# 15. ring buffer: two independent bugs in one class
# ---------------------------------------------------------------------------
TASKS.append({
    "id": "psw-ring-buffer",
    "family": "problem_solving",
    "split": "train",
    "level": 2,
    "description": "Ring(size) keeps the most recent `size` items. to_list() returns them oldest first; latest() "
                   "returns the newest. Both misbehave.",
    "files": {
        "ring.py": '''class Ring:
    def __init__(self, size):
        self.size = size
        self.items = [None] * size
        self.start = 0
        self.count = 0

    def push(self, item):
        end = (self.start + self.count) % self.size
        self.items[end] = item
        if self.count < self.size:
            self.count += 1
        else:
            self.start = (self.start + 1) % self.size

    def to_list(self):
        return [self.items[(self.start + i) % self.size] for i in range(self.size)]

    def __len__(self):
        return self.count

    def latest(self):
        return self.items[(self.start + self.count) % self.size]
''',
    },
    "tests": [
        "from ring import Ring",
        "r = Ring(3); [r.push(x) for x in (1, 2)]; assert r.to_list() == [1, 2]",
        "r = Ring(3); [r.push(x) for x in range(5)]; assert r.to_list() == [2, 3, 4], 'keeps the newest items'",
        "r = Ring(2); r.push('a'); assert r.latest() == 'a'",
        "r = Ring(3); [r.push(x) for x in range(7)]; assert r.latest() == 6 and len(r) == 3",
    ],
    "edits": [
        {"id": "b1", "path": "ring.py",
         "find": "        return [self.items[(self.start + i) % self.size] for i in range(self.size)]\n",
         "replace": "        return [x for x in self.items if x is not None]\n",
         "note": "to_list: drop empty slots"},
        {"id": "b2", "path": "ring.py",
         "find": "        return self.items[(self.start + self.count) % self.size]\n",
         "replace": "        return self.items[self.count - 1]\n",
         "note": "latest: index by count"},
        {"id": "b3", "path": "ring.py",
         "find": "for i in range(self.size)]\n",
         "replace": "for i in range(self.count)]\n",
         "note": "to_list: walk only the filled slots"},
        {"id": "b4", "path": "ring.py",
         "find": "        return self.items[(self.start + self.count) % self.size]\n",
         "replace": "        return self.items[(self.start + self.count - 1) % self.size]\n",
         "note": "latest() reads one slot too far"},
    ],
    "solution": ["b3", "b4"],
})

# ---------------------------------------------------------------------------
# 16. roman numerals: subtracting before an equal numeral
# ---------------------------------------------------------------------------
TASKS.append({
    "id": "psw-roman",
    "family": "problem_solving",
    "split": "train",
    "level": 1,
    "description": "to_int('III') returns -1.",
    "files": {
        "roman.py": '''VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
PAIRS = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
         (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]


def to_int(numeral):
    total = 0
    for i, ch in enumerate(numeral):
        value = VALUES[ch]
        if i + 1 < len(numeral) and VALUES[numeral[i + 1]] >= value:
            total -= value
        else:
            total += value
    return total


def from_int(n):
    out = ""
    for value, symbol in PAIRS:
        while n >= value:
            out += symbol
            n -= value
    return out
''',
    },
    "tests": [
        "from roman import to_int, from_int",
        "assert to_int('XIV') == 14",
        "assert to_int('III') == 3, 'repeated numerals add up'",
        "assert to_int('MCMXCIV') == 1994",
        "assert all(to_int(from_int(n)) == n for n in range(1, 60))",
    ],
    "edits": [
        {"id": "n1", "path": "roman.py", "find": "VALUES[numeral[i + 1]] >= value:\n",
         "replace": "VALUES[numeral[i + 1]] != value:\n",
         "note": "subtract when the next numeral differs"},
        {"id": "n2", "path": "roman.py", "find": "VALUES[numeral[i + 1]] >= value:\n",
         "replace": "VALUES[numeral[i + 1]] > value:\n",
         "note": "subtract only before a larger numeral"},
        {"id": "n3", "path": "roman.py",
         "find": "    for i, ch in enumerate(numeral):\n",
         "replace": "    for i, ch in enumerate(reversed(numeral)):\n",
         "note": "scan from the right"},
    ],
    "solution": ["n2"],
})

# ---------------------------------------------------------------------------
# 17. times as 'HH:MM': the helper module converts hours wrongly
# ---------------------------------------------------------------------------
TASKS.append({
    "id": "psw-meeting-clock",
    "family": "problem_solving",
    "split": "train",
    "level": 2,
    "description": "schedule.duration(('09:30', '10:15')) gives 85 instead of 45, and free_after is wrong too.",
    "files": {
        "clock.py": '''def to_minutes(hhmm):
    hours, minutes = hhmm.split(":")
    return int(hours) * 100 + int(minutes)


def fmt(total):
    return f"{total // 60:02d}:{total % 60:02d}"
''',
        "schedule.py": '''from clock import fmt, to_minutes


def overlaps(a, b):
    """a, b: (start, end) 'HH:MM' pairs, half-open."""
    return to_minutes(a[0]) < to_minutes(b[1]) and to_minutes(b[0]) < to_minutes(a[1])


def duration(slot):
    return to_minutes(slot[1]) - to_minutes(slot[0])


def free_after(busy, day_end="18:00"):
    last = max(to_minutes(end) for _, end in busy)
    return fmt(to_minutes(day_end) - last)
''',
    },
    "tests": [
        "import schedule",
        "assert schedule.duration(('09:30', '10:15')) == 45, 'minutes between the two times'",
        "assert schedule.overlaps(('09:00', '10:00'), ('09:30', '11:00'))",
        "assert not schedule.overlaps(('09:00', '10:00'), ('10:00', '11:00')), 'touching meetings do not overlap'",
        "assert schedule.free_after([('09:00', '12:00'), ('13:00', '16:30')]) == '01:30'",
    ],
    "edits": [
        {"id": "h1", "path": "schedule.py", "find": "    return to_minutes(slot[1]) - to_minutes(slot[0])\n",
         "replace": "    start, end = to_minutes(slot[0]), to_minutes(slot[1])\n    return (end // 100 - start // 100) * 60 + end % 100 - start % 100\n",
         "note": "duration: correct for the hour carry"},
        {"id": "h2", "path": "clock.py", "find": "    return int(hours) * 100 + int(minutes)\n",
         "replace": "    return int(hours) * 60 + int(minutes)\n",
         "note": "clock: an hour has 60 minutes"},
        {"id": "h3", "path": "clock.py", "find": "    return f\"{total // 60:02d}:{total % 60:02d}\"\n",
         "replace": "    return f\"{total // 100:02d}:{total % 100:02d}\"\n",
         "note": "fmt: split at 100"},
        {"id": "h4", "path": "schedule.py",
         "find": "    return to_minutes(a[0]) < to_minutes(b[1]) and to_minutes(b[0]) < to_minutes(a[1])\n",
         "replace": "    return to_minutes(a[0]) <= to_minutes(b[1]) and to_minutes(b[0]) <= to_minutes(a[1])\n",
         "note": "maybe overlap should be inclusive?"},
    ],
    "solution": ["h2"],
})

# ---------------------------------------------------------------------------
# 18. a ledger and its statement: fees ignored, negative amounts mis-formatted
# ---------------------------------------------------------------------------
TASKS.append({
    "id": "psw-ledger-statement",
    "family": "problem_solving",
    "split": "train",
    "level": 3,
    "description": "Account statements are wrong in two ways. Entries are (kind, cents): deposits and refunds add, "
                   "withdrawals and fees subtract, and pending 'hold' entries do not count. Amounts print as "
                   "'12.34' or '-0.50'.",
    "files": {
        "ledger.py": '''def balance(entries):
    total = 0
    for kind, cents in entries:
        if kind in ("deposit", "refund"):
            total += cents
        elif kind == "withdrawal":
            total -= cents
    return total
''',
        "statement.py": '''from ledger import balance


def money(cents):
    sign = "-" if cents < 0 else ""
    return f"{sign}{cents // 100}.{cents % 100:02d}"


def closing_line(entries):
    return "closing balance: " + money(balance(entries))
''',
    },
    "tests": [
        "from statement import money, closing_line",
        "from ledger import balance",
        "assert balance([('deposit', 1000), ('fee', 150)]) == 850, 'fees reduce the balance'",
        "assert balance([('deposit', 100), ('hold', 40)]) == 100",
        "assert money(1234) == '12.34'",
        "assert money(-50) == '-0.50'",
        "assert closing_line([('deposit', 100), ('withdrawal', 300)]) == 'closing balance: -2.00'",
        "assert closing_line([('deposit', 500), ('fee', 25)]) == 'closing balance: 4.75'",
    ],
    "edits": [
        {"id": "s1", "path": "ledger.py", "find": "        elif kind == \"withdrawal\":\n            total -= cents\n",
         "replace": "        else:\n            total -= cents\n",
         "note": "subtract every non-deposit entry"},
        {"id": "s2", "path": "statement.py",
         "find": "    return f\"{sign}{cents // 100}.{cents % 100:02d}\"\n",
         "replace": "    return f\"{cents // 100}.{abs(cents) % 100:02d}\"\n",
         "note": "money: take the remainder of the absolute value"},
        {"id": "s3", "path": "statement.py",
         "find": "    return f\"{sign}{cents // 100}.{cents % 100:02d}\"\n",
         "replace": "    cents = abs(cents)\n    return f\"{sign}{cents // 100}.{cents % 100:02d}\"\n",
         "note": "PR-204: format the magnitude, then prefix the sign"},
        {"id": "s4", "path": "ledger.py", "find": "        elif kind == \"withdrawal\":\n",
         "replace": "        elif kind in (\"withdrawal\", \"fee\"):\n",
         "note": "ledger: fees are debits too"},
        {"id": "s5", "path": "statement.py",
         "find": "    return \"closing balance: \" + money(balance(entries))\n",
         "replace": "    return \"closing balance: \" + money(abs(balance(entries)))\n",
         "note": "closing_line: format the absolute balance"},
    ],
    "solution": ["s4", "s3"],
})

# ---------------------------------------------------------------------------
# 19. nested config merge: shallow update that also mutates the input
# ---------------------------------------------------------------------------
TASKS.append({
    "id": "psw-deep-merge",
    "family": "problem_solving",
    "split": "train",
    "level": 1,
    "description": "Fix `deep_merge`: override wins, nested dicts merge at every depth, inputs stay untouched.",
    "files": {
        "confmerge.py": '''import copy


def deep_merge(base, override):
    result = copy.copy(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(result.get(key), dict):
            result[key].update(value)
        else:
            result[key] = value
    return result
''',
    },
    "tests": [
        "from confmerge import deep_merge",
        "assert deep_merge({'a': 1}, {'b': 2}) == {'a': 1, 'b': 2}",
        "base = {'db': {'host': 'x', 'port': 1}}; deep_merge(base, {'db': {'port': 2}}); assert base['db']['port'] == 1, 'the base must not change'",
        "assert deep_merge({'a': {'b': {'c': 1, 'd': 2}}}, {'a': {'b': {'c': 3}}}) == {'a': {'b': {'c': 3, 'd': 2}}}, 'merge at every depth'",
        "assert deep_merge({'x': {'y': 1}}, {'x': 5}) == {'x': 5}",
    ],
    "edits": [
        {"id": "f1", "path": "confmerge.py", "find": "            result[key].update(value)\n",
         "replace": "            result[key] = {**result[key], **value}\n",
         "note": "merge nested dicts into a fresh dict"},
        {"id": "f2", "path": "confmerge.py", "find": "    result = copy.copy(base)\n",
         "replace": "    result = copy.deepcopy(base)\n",
         "note": "deep-copy the base first"},
        {"id": "f3", "path": "confmerge.py", "find": "            result[key].update(value)\n",
         "replace": "            result[key] = deep_merge(result[key], value)\n",
         "note": "recurse into nested dicts"},
    ],
    "solution": ["f3"],
})

# ---------------------------------------------------------------------------
# 20. pagination: page count rounds down
# ---------------------------------------------------------------------------
TASKS.append({
    "id": "psw-pager",
    "family": "problem_solving",
    "split": "train",
    "level": 1,
    "description": "With 10 items and 3 per page the label says 'page 4 of 3'. Pages are numbered from 1.",
    "files": {
        "pager.py": '''def page_count(total, size):
    return total // size


def page(items, number, size):
    """number is 1-based; returns [] past the end."""
    start = (number - 1) * size
    return items[start:start + size]


def page_label(number, total, size):
    return f"page {number} of {page_count(total, size)}"
''',
    },
    "tests": [
        "import pager",
        "assert pager.page_count(10, 3) == 4, 'a partial last page still counts'",
        "assert pager.page_count(9, 3) == 3",
        "assert pager.page(list(range(10)), 4, 3) == [9]",
        "assert pager.page_label(1, 0, 5) == 'page 1 of 0'",
        "assert pager.page_label(2, 11, 5) == 'page 2 of 3'",
    ],
    "edits": [
        {"id": "pg1", "path": "pager.py", "find": "    return total // size\n",
         "replace": "    return total // size + 1\n",
         "note": "add one page for the remainder"},
        {"id": "pg2", "path": "pager.py", "find": "    start = (number - 1) * size\n",
         "replace": "    start = number * size\n",
         "note": "maybe pages are 0-based?"},
        {"id": "pg3", "path": "pager.py", "find": "    return total // size\n",
         "replace": "    return (total + size - 1) // size\n",
         "note": "round the page count up"},
    ],
    "solution": ["pg3"],
})

# ---------------------------------------------------------------------------
# 21. templating over three modules: three independent bugs
# ---------------------------------------------------------------------------
TASKS.append({
    "id": "psw-template-render",
    "family": "problem_solving",
    "split": "train",
    "level": 4,
    "description": "Templates use fields like {name} or {name|upper}. Field names are any word characters, a value "
                   "missing from `values` renders as the `missing` argument, and the title filter capitalises every "
                   "word. Several tests fail across lexer.py, render.py and filters.py.",
    "files": {
        "lexer.py": '''import re

FIELD = re.compile(r"\\{(\\w)(?:\\|(\\w+))?\\}")


def fields(template):
    return [name for name, _ in FIELD.findall(template)]
''',
        "filters.py": '''def apply_filter(text, name):
    if name == "upper":
        return text.upper()
    if name == "title":
        return text.capitalize()
    raise ValueError("unknown filter " + name)
''',
        "render.py": '''from filters import apply_filter
from lexer import FIELD


def render(template, values, missing=""):
    def substitute(match):
        name, flt = match.group(1), match.group(2)
        text = str(values[name])
        return apply_filter(text, flt) if flt else text
    return FIELD.sub(substitute, template)
''',
    },
    "tests": [
        "from lexer import fields",
        "from render import render",
        "assert fields('{x1} and {Y}') == ['x1', 'Y']",
        "assert render('Hi {name}!', {'name': 'Ann'}) == 'Hi Ann!'",
        "assert render('{a}-{b}', {'a': 1}) == '1-', 'a missing value renders as the missing text'",
        "assert render('{t|title}', {'t': 'the OLD man'}) == 'The Old Man'",
        "assert render('{x|upper}{y}', {'x': 'ab'}, missing='?') == 'AB?'",
    ],
    "edits": [
        {"id": "x1", "path": "render.py", "find": "        text = str(values[name])\n",
         "replace": "        text = str(values.get(name, \"\"))\n",
         "note": "render: skip unknown fields"},
        {"id": "x2", "path": "lexer.py", "find": "(\\w)(?:",
         "replace": "(\\w+)(?:",
         "note": "lexer: allow multi-character names"},
        {"id": "x3", "path": "filters.py", "find": "        return text.capitalize()\n",
         "replace": "        return text.title()\n",
         "note": "FIX-3 title filter"},
        {"id": "x4", "path": "lexer.py", "find": "(\\w)(?:",
         "replace": "([a-z]+)(?:",
         "note": "lexer: names are lower-case words"},
        {"id": "x5", "path": "render.py", "find": "        text = str(values[name])\n",
         "replace": "        text = str(values.get(name, missing))\n",
         "note": "render: fall back to `missing`"},
    ],
    "solution": ["x2", "x5", "x3"],
})

# ---------------------------------------------------------------------------
# 22. nearest-rank percentile: index off by one
# ---------------------------------------------------------------------------
TASKS.append({
    "id": "psw-percentile",
    "family": "problem_solving",
    "split": "train",
    "level": 1,
    "description": "`percentile(values, p)` is the nearest-rank percentile: the smallest value such that at least "
                   "p% of the data is at or below it (p = 0 gives the minimum). It raises IndexError for p = 100.",
    "files": {
        "pct.py": '''import math


def percentile(values, p):
    ordered = sorted(values)
    rank = math.ceil(p * len(ordered) / 100)
    return ordered[rank]


def summary(values):
    return {"p50": percentile(values, 50), "p90": percentile(values, 90), "max": percentile(values, 100)}
''',
    },
    "tests": [
        "from pct import percentile, summary",
        "assert percentile([15, 20, 35, 40, 50], 30) == 20",
        "assert percentile([3, 1, 2, 4], 100) == 4, 'p100 is the maximum'",
        "assert percentile([5, 9, 7], 0) == 5",
        "assert summary([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]) == {'p50': 5, 'p90': 9, 'max': 10}",
    ],
    "edits": [
        {"id": "pc1", "path": "pct.py", "find": "    rank = math.ceil(p * len(ordered) / 100)\n",
         "replace": "    rank = math.floor(p * len(ordered) / 100)\n",
         "note": "round the rank down"},
        {"id": "pc2", "path": "pct.py", "find": "    return ordered[rank]\n",
         "replace": "    return ordered[max(rank, 1) - 1]\n",
         "note": "ranks start at 1"},
        {"id": "pc3", "path": "pct.py", "find": "    return ordered[rank]\n",
         "replace": "    return ordered[rank - 1]\n",
         "note": "maybe an off-by-one in the index?"},
    ],
    "solution": ["pc2"],
})

# ---------------------------------------------------------------------------
# 23. build order: the in-degree helper counts the wrong side of each edge
# ---------------------------------------------------------------------------
TASKS.append({
    "id": "psw-build-order",
    "family": "problem_solving",
    "split": "train",
    "level": 2,
    "description": "`build_order(deps)` (deps maps each task to its prerequisites) should list prerequisites "
                   "first, break ties alphabetically, and return None on a cycle. Right now it returns None for "
                   "graphs without cycles.",
    "files": {
        "graph_util.py": '''def indegrees(deps):
    """{task: [prerequisites]} -> {task: number of prerequisites}, every task and prerequisite included."""
    counts = {}
    for task, pres in deps.items():
        counts.setdefault(task, 0)
        for p in pres:
            counts.setdefault(p, 0)
            counts[p] += 1
    return counts


def dependents(deps):
    out = {}
    for task, pres in deps.items():
        for p in pres:
            out.setdefault(p, []).append(task)
    return out
''',
        "order.py": '''import heapq

from graph_util import dependents, indegrees


def build_order(deps):
    need = indegrees(deps)
    after = dependents(deps)
    ready = [t for t, n in need.items() if n == 0]
    heapq.heapify(ready)
    order = []
    while ready:
        t = heapq.heappop(ready)
        order.append(t)
        for d in after.get(t, []):
            need[d] -= 1
            if need[d] == 0:
                heapq.heappush(ready, d)
    return order if len(order) == len(need) else None
''',
    },
    "tests": [
        "from order import build_order",
        "from graph_util import indegrees",
        "assert build_order({'build': ['fetch'], 'fetch': [], 'test': ['build']}) == ['fetch', 'build', 'test']",
        "assert build_order({'b': [], 'a': [], 'c': ['a', 'b']}) == ['a', 'b', 'c'], 'ties go alphabetically'",
        "assert build_order({'x': ['y'], 'y': ['x']}) is None",
        "assert indegrees({'x': ['y']}) == {'x': 1, 'y': 0}",
    ],
    "edits": [
        {"id": "o1", "path": "order.py",
         "replace": '''import heapq

from graph_util import indegrees


def build_order(deps):
    need = indegrees(deps)
    ready = [t for t, n in need.items() if n == 0]
    heapq.heapify(ready)
    order = []
    while ready:
        t = heapq.heappop(ready)
        order.append(t)
        for p in deps.get(t, []):
            need[p] -= 1
            if need[p] == 0:
                heapq.heappush(ready, p)
    return order[::-1] if len(order) == len(need) else None
''',
         "note": "order.py rewrite: walk from the sinks and reverse"},
        {"id": "o2", "path": "graph_util.py", "find": "            out.setdefault(p, []).append(task)\n",
         "replace": "            out.setdefault(task, []).append(p)\n",
         "note": "dependents: maybe the mapping is flipped?"},
        {"id": "o3", "path": "order.py", "find": "            if need[d] == 0:\n",
         "replace": "            if need[d] <= 0:\n",
         "note": "alt. readiness check"},
        {"id": "o4", "path": "graph_util.py", "find": "            counts[p] += 1\n",
         "replace": "            counts[task] += 1\n",
         "note": "graph_util: count prerequisites, not dependents"},
    ],
    "solution": ["o4"],
})

# ---------------------------------------------------------------------------
# 24. histogram buckets: truncation instead of floor for negative values
# ---------------------------------------------------------------------------
TASKS.append({
    "id": "psw-histogram",
    "family": "problem_solving",
    "split": "train",
    "level": 1,
    "description": "Negative values land in the wrong bucket. Bucket k holds the half-open range "
                   "[k*width, (k+1)*width), e.g. bucket(-3, 5) == -1.",
    "files": {
        "hist.py": '''def bucket(value, width):
    return int(value / width)


def histogram(values, width):
    counts = {}
    for v in values:
        k = bucket(v, width)
        counts[k] = counts.get(k, 0) + 1
    return dict(sorted(counts.items()))


def bucket_range(k, width):
    return (k * width, (k + 1) * width)
''',
    },
    "tests": [
        "from hist import bucket, histogram",
        "assert bucket(7, 5) == 1",
        "assert bucket(-3, 5) == -1, '-3 lies in [-5, 0)'",
        "assert bucket(-10, 5) == -2",
        "assert histogram([-1, 0, 4, 5, -6], 5) == {-2: 1, -1: 1, 0: 2, 1: 1}",
    ],
    "edits": [
        {"id": "hb1", "path": "hist.py", "find": "    return int(value / width)\n",
         "replace": "    return round(value / width)\n",
         "note": "round to the nearest bucket"},
        {"id": "hb2", "path": "hist.py", "find": "    return int(value / width)\n",
         "replace": "    return int(value / width) - (value < 0)\n",
         "note": "shift negative values down one bucket"},
        {"id": "hb3", "path": "hist.py", "find": "    return int(value / width)\n",
         "replace": "    return int(value // width)\n",
         "note": "floor division"},
    ],
    "solution": ["hb3"],
})
