"""Wide-shape function_completion tasks (prefix fcw-): more candidates, multi-edit solutions, more files.

Plain literals only; importing this module just builds TASKS.
"""

TASKS = []

# ---------------------------------------------------------------------------
# 1. money as integer cents: split a bill fairly (1 file, 1 edit, 4 candidates)
# ---------------------------------------------------------------------------
TASKS.append({
    "id": "fcw-split-bill-cents",
    "family": "function_completion",
    "split": "train",
    "level": 1,
    "description": "Implement `split_bill(total_cents, n)`: return a list of n integer amounts (cents) that add "
                   "up to total_cents exactly, differing by at most one cent, with the larger shares first.",
    "files": {
        "billing.py": '''"""Splitting a restaurant bill between n people, in integer cents."""


def split_bill(total_cents, n):
    raise NotImplementedError
''',
    },
    "tests": [
        "import billing",
        "assert billing.split_bill(900, 3) == [300, 300, 300]",
        "assert billing.split_bill(1000, 3) == [334, 333, 333], 'the leftover cent goes to the first person'",
        "assert sum(billing.split_bill(1001, 4)) == 1001, 'shares must add up to the total'",
        "assert billing.split_bill(5, 7) == [1, 1, 1, 1, 1, 0, 0]",
    ],
    "edits": [
        {"id": "e1", "path": "billing.py", "find": "    raise NotImplementedError\n",
         "replace": "    return [total_cents // n] * n\n",
         "note": "equal integer shares"},
        {"id": "e2", "path": "billing.py", "find": "    raise NotImplementedError\n",
         "replace": "    base, extra = divmod(total_cents, n)\n"
                    "    return [base + (1 if i >= n - extra else 0) for i in range(n)]\n",
         "note": "divmod, then hand the leftover cents out one each"},
        {"id": "e3", "path": "billing.py", "find": "    raise NotImplementedError\n",
         "replace": "    base, extra = divmod(total_cents, n)\n"
                    "    return [base + 1] * extra + [base] * (n - extra)\n",
         "note": "leftover cents to the front of the list"},
        {"id": "e4", "path": "billing.py", "find": "    raise NotImplementedError\n",
         "replace": "    return [round(total_cents / n) for _ in range(n)]\n",
         "note": "round each share to the nearest cent"},
    ],
    "solution": ["e3"],
})

# ---------------------------------------------------------------------------
# 2. dates as tuples: leap years in a helper module + day of year (2 files, 2 edits, 5 candidates)
# ---------------------------------------------------------------------------
TASKS.append({
    "id": "fcw-day-of-year",
    "family": "function_completion",
    "split": "train",
    "level": 3,
    "description": "Two functions are unfinished: `is_leap` in calendar_rules.py (Gregorian rule) and "
                   "`day_of_year` in dates.py, which takes a (year, month, day) tuple and returns 1 for "
                   "January 1st. Finish both.",
    "files": {
        "calendar_rules.py": '''MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def is_leap(year):
    pass


def days_in_month(year, month):
    if month == 2 and is_leap(year):
        return 29
    return MONTH_DAYS[month - 1]
''',
        "dates.py": '''from calendar_rules import days_in_month


def day_of_year(date):
    """(year, month, day) -> ordinal day within the year, starting at 1."""
    raise NotImplementedError("day_of_year")
''',
    },
    "tests": [
        "import dates, calendar_rules",
        "assert dates.day_of_year((2023, 1, 5)) == 5",
        "assert dates.day_of_year((2023, 3, 1)) == 60",
        "assert dates.day_of_year((2024, 3, 1)) == 61, '2024 is a leap year'",
        "assert calendar_rules.is_leap(2000) is True",
        "assert dates.day_of_year((1900, 12, 31)) == 365, '1900 was not a leap year'",
    ],
    "edits": [
        {"id": "leap-a", "path": "calendar_rules.py", "find": "def is_leap(year):\n    pass\n",
         "replace": "def is_leap(year):\n    return year % 4 == 0\n",
         "note": "is_leap: every fourth year"},
        {"id": "leap-b", "path": "calendar_rules.py", "find": "def is_leap(year):\n    pass\n",
         "replace": "def is_leap(year):\n    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)\n",
         "note": "is_leap: century rule"},
        {"id": "doy-a", "path": "dates.py", "find": "    raise NotImplementedError(\"day_of_year\")\n",
         "replace": "    year, month, day = date\n"
                    "    return sum(days_in_month(year, m) for m in range(1, month)) + day\n",
         "note": "day_of_year: sum the months before, add the day"},
        {"id": "doy-b", "path": "dates.py", "find": "    raise NotImplementedError(\"day_of_year\")\n",
         "replace": "    year, month, day = date\n"
                    "    return sum(days_in_month(year, m) for m in range(1, month + 1)) + day - 1\n",
         "note": "day_of_year: cumulative months incl. current?"},
        {"id": "doy-c", "path": "dates.py", "find": "    raise NotImplementedError(\"day_of_year\")\n",
         "replace": "    year, month, day = date\n"
                    "    return (month - 1) * 30 + day + (month > 2 and 1)\n",
         "note": "day_of_year: closed-form approximation"},
    ],
    "solution": ["leap-b", "doy-a"],
})

# ---------------------------------------------------------------------------
# 3. inventory: restock orders, must not mutate (1 file, whole-file writes, opaque notes, 4 candidates)
# ---------------------------------------------------------------------------
_RESTOCK_HEAD = '''"""Warehouse restocking."""


def restock_orders(stock, minimum):
    """Return {item: units to order} for every item whose stock is below `minimum`,
    ordering just enough to reach it. `stock` must be left unchanged."""
'''
TASKS.append({
    "id": "fcw-restock-orders",
    "family": "function_completion",
    "split": "train",
    "level": 2,
    "description": "restock_orders() in warehouse.py is an empty stub. Write it so the tests pass; see its docstring.",
    "files": {"warehouse.py": _RESTOCK_HEAD + "    pass\n"},
    "tests": [
        "import warehouse",
        "s = {'bolt': 3, 'nut': 10, 'gear': 0}",
        "assert warehouse.restock_orders(s, 5) == {'bolt': 2, 'gear': 5}",
        "assert s == {'bolt': 3, 'nut': 10, 'gear': 0}, 'stock was modified'",
        "assert warehouse.restock_orders({'cog': 5}, 5) == {}, 'an item exactly at the minimum needs no order'",
        "assert warehouse.restock_orders({}, 1) == {}",
    ],
    "edits": [
        {"id": "w1", "path": "warehouse.py",
         "replace": _RESTOCK_HEAD + "    return {k: minimum - v for k, v in stock.items() if v <= minimum}\n",
         "note": "version 1"},
        {"id": "w2", "path": "warehouse.py",
         "replace": _RESTOCK_HEAD + "    for k, v in stock.items():\n"
                                    "        stock[k] = max(0, minimum - v)\n"
                                    "    return {k: v for k, v in stock.items() if v}\n",
         "note": "version 2"},
        {"id": "w3", "path": "warehouse.py",
         "replace": _RESTOCK_HEAD + "    return {k: minimum - v for k, v in stock.items() if v < minimum}\n",
         "note": "version 3"},
        {"id": "w4", "path": "warehouse.py",
         "replace": _RESTOCK_HEAD + "    return [(k, minimum - v) for k, v in stock.items() if v < minimum]\n",
         "note": "version 4"},
    ],
    "solution": ["w3"],
})

# ---------------------------------------------------------------------------
# 4. intervals: overlap helper + merge (2 files, 2 edits, 5 candidates)
# ---------------------------------------------------------------------------
TASKS.append({
    "id": "fcw-merge-intervals",
    "family": "function_completion",
    "split": "train",
    "level": 3,
    "description": "Finish `overlaps` (interval_ops.py) and `merge` (schedule.py). Intervals are closed "
                   "(start, end) tuples, so (1, 2) and (2, 4) touch and must be merged. merge returns the "
                   "merged intervals sorted by start, for input in any order.",
    "files": {
        "interval_ops.py": '''def overlaps(a, b):
    """True if closed intervals a and b share at least one point."""
    raise NotImplementedError
''',
        "schedule.py": '''from interval_ops import overlaps


def merge(intervals):
    raise NotImplementedError
''',
    },
    "tests": [
        "from interval_ops import overlaps",
        "from schedule import merge",
        "assert overlaps((1, 3), (2, 5))",
        "assert overlaps((1, 2), (2, 4)), 'touching intervals overlap'",
        "assert not overlaps((5, 6), (1, 2))",
        "assert merge([]) == []",
        "assert merge([(1, 3), (2, 4), (6, 7)]) == [(1, 4), (6, 7)]",
        "assert merge([(6, 7), (1, 2), (2, 3)]) == [(1, 3), (6, 7)], 'unsorted input'",
    ],
    "edits": [
        {"id": "o1", "path": "interval_ops.py", "find": "    raise NotImplementedError\n",
         "replace": "    return a[0] < b[1] and b[0] < a[1]\n",
         "note": "PR-31: overlaps with strict comparisons"},
        {"id": "o2", "path": "interval_ops.py", "find": "    raise NotImplementedError\n",
         "replace": "    return a[0] <= b[1] and b[0] <= a[1]\n",
         "note": "PR-32: overlaps with <="},
        {"id": "o3", "path": "interval_ops.py", "find": "    raise NotImplementedError\n",
         "replace": "    return a[1] >= b[0]\n",
         "note": "PR-33: overlaps checks a's end against b's start"},
        {"id": "m1", "path": "schedule.py", "find": "    raise NotImplementedError\n",
         "replace": "    out = []\n"
                    "    for iv in intervals:\n"
                    "        if out and overlaps(out[-1], iv):\n"
                    "            out[-1] = (min(out[-1][0], iv[0]), max(out[-1][1], iv[1]))\n"
                    "        else:\n"
                    "            out.append(iv)\n"
                    "    return out\n",
         "note": "PR-34: merge in one pass"},
        {"id": "m2", "path": "schedule.py", "find": "    raise NotImplementedError\n",
         "replace": "    out = []\n"
                    "    for iv in sorted(intervals):\n"
                    "        if out and overlaps(out[-1], iv):\n"
                    "            out[-1] = (out[-1][0], max(out[-1][1], iv[1]))\n"
                    "        else:\n"
                    "            out.append(iv)\n"
                    "    return out\n",
         "note": "PR-35: merge after sorting"},
    ],
    "solution": ["o2", "m2"],
})

# ---------------------------------------------------------------------------
# 5. text statistics: top-k words with ties (1 file, 1 edit, 4 candidates)
# ---------------------------------------------------------------------------
TASKS.append({
    "id": "fcw-top-words",
    "family": "function_completion",
    "split": "train",
    "level": 1,
    "description": "Write `top_words(text, k)`. Words are runs of letters, compared case-insensitively. "
                   "Return the k most frequent as (word, count) pairs, most frequent first; equal counts "
                   "in alphabetical order. Example: top_words('b a B', 2) == [('b', 2), ('a', 1)].",
    "files": {
        "textstats.py": '''import re
from collections import Counter

WORD = re.compile(r"[A-Za-z]+")


def top_words(text, k):
    pass
''',
    },
    "tests": [
        "from textstats import top_words",
        "assert top_words('b a B', 2) == [('b', 2), ('a', 1)]",
        "assert top_words('Dog cat. dog, CAT dog!', 1) == [('dog', 3)]",
        "assert top_words('pear fig apple fig', 3) == [('fig', 2), ('apple', 1), ('pear', 1)], 'ties are alphabetical'",
        "assert top_words('', 4) == []",
    ],
    "edits": [
        {"id": "t1", "path": "textstats.py", "find": "    pass\n",
         "replace": "    counts = Counter(w.lower() for w in WORD.findall(text))\n"
                    "    return counts.most_common(k)\n",
         "note": "Counter.most_common"},
        {"id": "t2", "path": "textstats.py", "find": "    pass\n",
         "replace": "    counts = Counter(w.lower() for w in WORD.findall(text))\n"
                    "    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:k]\n",
         "note": "sort by (-count, word)"},
        {"id": "t3", "path": "textstats.py", "find": "    pass\n",
         "replace": "    counts = Counter(WORD.findall(text))\n"
                    "    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:k]\n",
         "note": "sort by count then word, case kept"},
        {"id": "t4", "path": "textstats.py", "find": "    pass\n",
         "replace": "    counts = Counter(text.lower().split())\n"
                    "    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:k]\n",
         "note": "split on whitespace instead of the regex"},
    ],
    "solution": ["t2"],
})

# ---------------------------------------------------------------------------
# 6. matrices: transpose + matmul in one file (1 file, 2 edits, 5 candidates)
# ---------------------------------------------------------------------------
TASKS.append({
    "id": "fcw-matrix-ops",
    "family": "function_completion",
    "split": "train",
    "level": 2,
    "description": "matrix.py: `transpose` and `matmul` are stubs. Matrices are lists of row lists and need "
                   "not be square. matmul should use transpose.",
    "files": {
        "matrix.py": '''def transpose(m):
    raise NotImplementedError


def matmul(a, b):
    """Matrix product a x b."""
    return NotImplemented
''',
    },
    "tests": [
        "from matrix import transpose, matmul",
        "assert transpose([[1, 2], [3, 4]]) == [[1, 3], [2, 4]]",
        "assert transpose([[1, 2, 3]]) == [[1], [2], [3]]",
        "assert matmul([[1, 2], [3, 4]], [[5], [6]]) == [[17], [39]], 'matmul of 2x2 by 2x1'",
        "assert matmul([[2, 0], [0, 2]], [[1, 2], [3, 4]]) == [[2, 4], [6, 8]]",
    ],
    "edits": [
        {"id": "x1", "path": "matrix.py", "find": "def transpose(m):\n    raise NotImplementedError\n",
         "replace": "def transpose(m):\n    return [[m[i][j] for i in range(len(m))] for j in range(len(m))]\n",
         "note": "index-swap comprehension"},
        {"id": "x2", "path": "matrix.py", "find": "def transpose(m):\n    raise NotImplementedError\n",
         "replace": "def transpose(m):\n    return [list(col) for col in zip(*m)]\n",
         "note": "zip(*m)"},
        {"id": "x3", "path": "matrix.py", "find": "    return NotImplemented\n",
         "replace": "    cols = transpose(b)\n"
                    "    return [[sum(x * y for x, y in zip(row, col)) for col in cols] for row in a]\n",
         "note": "dot each row of a with each column of b"},
        {"id": "x4", "path": "matrix.py", "find": "    return NotImplemented\n",
         "replace": "    return [[x * y for x, y in zip(ra, rb)] for ra, rb in zip(a, b)]\n",
         "note": "multiply entries pairwise"},
        {"id": "x5", "path": "matrix.py", "find": "    return NotImplemented\n",
         "replace": "    cols = transpose(a)\n"
                    "    return [[sum(x * y for x, y in zip(row, col)) for col in cols] for row in b]\n",
         "note": "matmul via transpose (other operand)"},
    ],
    "solution": ["x2", "x3"],
})

# ---------------------------------------------------------------------------
# 7. state machine with a constants module (2 files, 1 edit, 3 candidates)
# ---------------------------------------------------------------------------
TASKS.append({
    "id": "fcw-turnstile-run",
    "family": "function_completion",
    "split": "train",
    "level": 2,
    "description": "Bug report: `run_turnstile` crashes because it was never written. It should feed the "
                   "events through the TRANSITIONS table in turnstile_table.py and return the final state. "
                   "An event with no entry for the current state leaves the state as it is.",
    "files": {
        "turnstile_table.py": '''START = "locked"

TRANSITIONS = {
    ("locked", "coin"): "unlocked",
    ("locked", "push"): "locked",
    ("unlocked", "push"): "locked",
    ("unlocked", "coin"): "unlocked",
    ("locked", "alarm"): "broken",
    ("broken", "repair"): "locked",
}
''',
        "turnstile.py": '''from turnstile_table import START, TRANSITIONS


def run_turnstile(events, state=START):
    raise NotImplementedError("run_turnstile")
''',
    },
    "tests": [
        "from turnstile import run_turnstile",
        "assert run_turnstile([]) == 'locked'",
        "assert run_turnstile(['coin', 'push', 'coin']) == 'unlocked'",
        "assert run_turnstile(['alarm', 'coin', 'push']) == 'broken', 'a broken turnstile ignores coins'",
        "assert run_turnstile(['alarm', 'repair', 'coin'], 'locked') == 'unlocked'",
    ],
    "edits": [
        {"id": "s1", "path": "turnstile.py", "find": "    raise NotImplementedError(\"run_turnstile\")\n",
         "replace": "    for event in events:\n        state = TRANSITIONS[(state, event)]\n    return state\n",
         "note": "look each event up in the table"},
        {"id": "s2", "path": "turnstile.py", "find": "    raise NotImplementedError(\"run_turnstile\")\n",
         "replace": "    for event in events:\n        state = TRANSITIONS.get((state, event), START)\n    return state\n",
         "note": "unknown event -> back to the start state"},
        {"id": "s3", "path": "turnstile.py", "find": "    raise NotImplementedError(\"run_turnstile\")\n",
         "replace": "    for event in events:\n        state = TRANSITIONS.get((state, event), state)\n    return state\n",
         "note": "unknown event keeps the current state"},
    ],
    "solution": ["s3"],
})

# ---------------------------------------------------------------------------
# 8. graphs: reachability with cycles (1 file, 1 edit, 4 candidates)
# ---------------------------------------------------------------------------
TASKS.append({
    "id": "fcw-graph-reachable",
    "family": "function_completion",
    "split": "train",
    "level": 1,
    "description": "Implement `reachable(adj, start)` in graph.py: the set of nodes reachable from start "
                   "(start included) in a directed graph given as a dict of adjacency lists. Graphs may "
                   "have cycles, and a node may be missing from adj when it has no outgoing edges.",
    "files": {
        "graph.py": '''def reachable(adj, start):
    raise NotImplementedError
''',
    },
    "tests": [
        "from graph import reachable",
        "assert reachable({'a': ['b'], 'b': ['c']}, 'a') == {'a', 'b', 'c'}",
        "assert reachable({}, 'z') == {'z'}, 'start alone'",
        "assert reachable({1: [2], 2: [3], 3: [1], 4: [1]}, 1) == {1, 2, 3}",
        "assert reachable({'a': ['b', 'c'], 'c': ['a']}, 'c') == {'a', 'b', 'c'}",
    ],
    "edits": [
        {"id": "g1", "path": "graph.py", "find": "    raise NotImplementedError\n",
         "replace": "    seen = {start}\n"
                    "    for node in adj.get(start, []):\n"
                    "        seen |= reachable(adj, node)\n"
                    "    return seen\n",
         "note": "recursive union"},
        {"id": "g2", "path": "graph.py", "find": "    raise NotImplementedError\n",
         "replace": "    seen, stack = {start}, [start]\n"
                    "    while stack:\n"
                    "        for nxt in adj.get(stack.pop(), []):\n"
                    "            if nxt not in seen:\n"
                    "                seen.add(nxt)\n"
                    "                stack.append(nxt)\n"
                    "    return seen\n",
         "note": "stack + seen set"},
        {"id": "g3", "path": "graph.py", "find": "    raise NotImplementedError\n",
         "replace": "    return {start} | set(adj.get(start, []))\n",
         "note": "handles the empty graph"},
        {"id": "g4", "path": "graph.py", "find": "    raise NotImplementedError\n",
         "replace": "    seen, stack = set(), [start]\n"
                    "    while stack:\n"
                    "        for nxt in adj[stack.pop()]:\n"
                    "            if nxt not in seen:\n"
                    "                seen.add(nxt)\n"
                    "                stack.append(nxt)\n"
                    "    return seen\n",
         "note": "iterative DFS"},
    ],
    "solution": ["g2"],
})

# ---------------------------------------------------------------------------
# 9. roman numerals both ways (1 file, 2 edits, 4 candidates)
# ---------------------------------------------------------------------------
TASKS.append({
    "id": "fcw-roman-both-ways",
    "family": "function_completion",
    "split": "train",
    "level": 2,
    "description": "Complete `to_roman` and `from_roman` so they are inverse for 1..3999, using subtractive "
                   "notation (4 is IV, 1994 is MCMXCIV).",
    "files": {
        "roman.py": '''PAIRS = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
         (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


def to_roman(n):
    # TODO
    return ""


def from_roman(s):
    # TODO
    return 0
''',
    },
    "tests": [
        "from roman import to_roman, from_roman",
        "assert to_roman(1994) == 'MCMXCIV'",
        "assert to_roman(8) == 'VIII'",
        "assert from_roman('XII') == 12",
        "assert from_roman('MCMXCIV') == 1994, 'a smaller numeral before a larger one is subtracted'",
        "assert all(from_roman(to_roman(n)) == n for n in range(1, 60)), 'round trip'",
    ],
    "edits": [
        {"id": "r1", "path": "roman.py", "find": "    # TODO\n    return \"\"\n",
         "replace": "    out = []\n"
                    "    for value, sym in PAIRS:\n"
                    "        if len(sym) == 1:\n"
                    "            count, n = divmod(n, value)\n"
                    "            out.append(sym * count)\n"
                    "    return \"\".join(out)\n",
         "note": "to_roman: greedy over single letters"},
        {"id": "r2", "path": "roman.py", "find": "    # TODO\n    return \"\"\n",
         "replace": "    out = []\n"
                    "    for value, sym in PAIRS:\n"
                    "        count, n = divmod(n, value)\n"
                    "        out.append(sym * count)\n"
                    "    return \"\".join(out)\n",
         "note": "to_roman: greedy over PAIRS"},
        {"id": "r3", "path": "roman.py", "find": "    # TODO\n    return 0\n",
         "replace": "    total = 0\n"
                    "    for i, ch in enumerate(s):\n"
                    "        v = VALUES[ch]\n"
                    "        if i + 1 < len(s) and VALUES[s[i + 1]] > v:\n"
                    "            total -= v\n"
                    "        else:\n"
                    "            total += v\n"
                    "    return total\n",
         "note": "from_roman: look ahead one letter"},
        {"id": "r4", "path": "roman.py", "find": "    # TODO\n    return 0\n",
         "replace": "    return sum(VALUES[ch] for ch in s)\n",
         "note": "from_roman: add the letter values"},
    ],
    "solution": ["r2", "r3"],
})

# ---------------------------------------------------------------------------
# 10. parsing: quoted CSV fields, used by a report module (2 files, 1 edit, whole-file writes, 4 candidates)
# ---------------------------------------------------------------------------
_CSV_HEAD = '''"""Minimal CSV field splitting: double quotes protect commas; quotes are not kept."""


def parse_line(line):
'''
TASKS.append({
    "id": "fcw-csv-quoted-fields",
    "family": "function_completion",
    "split": "train",
    "level": 2,
    "description": "report.total() is wrong on rows with quoted names because csvline.parse_line is a naive "
                   "stub. Write `parse_line`: split on commas outside double quotes, drop the quotes, keep "
                   "empty fields (also a trailing one).",
    "files": {
        "csvline.py": _CSV_HEAD + "    return line.split(\",\")\n",
        "report.py": '''from csvline import parse_line


def total(lines, column):
    """Sum of the integer values in `column` over data rows (the first line is the header)."""
    header = parse_line(lines[0])
    idx = header.index(column)
    return sum(int(parse_line(row)[idx]) for row in lines[1:])
''',
    },
    "tests": [
        "from csvline import parse_line",
        "import report",
        "assert parse_line('a,b,c') == ['a', 'b', 'c']",
        "assert parse_line('x,\"y,z\",w') == ['x', 'y,z', 'w'], 'comma inside quotes'",
        "assert parse_line('1,,3,') == ['1', '', '3', ''], 'empty fields are kept'",
        "assert report.total(['name,qty', '\"Smith, J\",4', 'Lee,5'], 'qty') == 9",
    ],
    "edits": [
        {"id": "c1", "path": "csvline.py",
         "replace": _CSV_HEAD + "    return [f.strip('\"') for f in line.split(',')]\n",
         "note": "strip quotes from each field"},
        {"id": "c2", "path": "csvline.py",
         "replace": _CSV_HEAD + "    fields, cur, quoted = [], '', False\n"
                                "    for ch in line:\n"
                                "        if ch == '\"':\n"
                                "            quoted = not quoted\n"
                                "        elif ch == ',' and not quoted:\n"
                                "            fields.append(cur)\n"
                                "            cur = ''\n"
                                "        else:\n"
                                "            cur += ch\n"
                                "    fields.append(cur)\n"
                                "    return fields\n",
         "note": "character scanner with a quoted flag"},
        {"id": "c3", "path": "csvline.py",
         "replace": _CSV_HEAD + "    fields, cur, quoted = [], '', False\n"
                                "    for ch in line:\n"
                                "        if ch == '\"':\n"
                                "            quoted = not quoted\n"
                                "        elif ch == ',' and not quoted:\n"
                                "            fields.append(cur)\n"
                                "            cur = ''\n"
                                "        else:\n"
                                "            cur += ch\n"
                                "    if cur:\n"
                                "        fields.append(cur)\n"
                                "    return fields\n",
         "note": "scanner; skip an empty last field"},
        {"id": "c4", "path": "csvline.py",
         "replace": _CSV_HEAD + "    parts = line.split('\"')\n"
                                "    fields = []\n"
                                "    for i, part in enumerate(parts):\n"
                                "        if i % 2:\n"
                                "            fields.append(part)\n"
                                "        else:\n"
                                "            fields.extend(p for p in part.split(',') if p)\n"
                                "    return fields\n",
         "note": "split on quotes first?"},
    ],
    "solution": ["c2"],
})

# ---------------------------------------------------------------------------
# 11. geometry: polygon area + perimeter (1 file, 2 edits, 5 candidates)
# ---------------------------------------------------------------------------
TASKS.append({
    "id": "fcw-polygon-measures",
    "family": "function_completion",
    "split": "train",
    "level": 2,
    "description": "Fill in `area` (shoelace formula, always non-negative, whatever the vertex order) and "
                   "`perimeter` in polygon.py. A polygon is a list of (x, y) vertices; the last vertex "
                   "connects back to the first.",
    "files": {
        "polygon.py": '''import math


def area(points):
    raise NotImplementedError("area")


def perimeter(points):
    raise NotImplementedError("perimeter")
''',
    },
    "tests": [
        "from polygon import area, perimeter",
        "sq = [(0, 0), (2, 0), (2, 2), (0, 2)]",
        "assert area([(1, 1), (3, 1), (3, 3), (1, 3)]) == 4, 'square away from the origin'",
        "assert area(sq[::-1]) == 4, 'clockwise order'",
        "assert area([(0, 0), (4, 0), (0, 3)]) == 6",
        "assert perimeter([(0, 0), (4, 0), (0, 3)]) == 12",
        "assert perimeter(sq) == 8",
    ],
    "edits": [
        {"id": "p1", "path": "polygon.py", "find": "    raise NotImplementedError(\"area\")\n",
         "replace": "    s = 0\n"
                    "    for (x1, y1), (x2, y2) in zip(points, points[1:] + points[:1]):\n"
                    "        s += x1 * y2 - x2 * y1\n"
                    "    return s / 2\n",
         "note": "signed shoelace sum"},
        {"id": "p2", "path": "polygon.py", "find": "    raise NotImplementedError(\"area\")\n",
         "replace": "    s = 0\n"
                    "    for (x1, y1), (x2, y2) in zip(points, points[1:] + points[:1]):\n"
                    "        s += x1 * y2 - x2 * y1\n"
                    "    return abs(s) / 2\n",
         "note": "gives a positive area either way round"},
        {"id": "p3", "path": "polygon.py", "find": "    raise NotImplementedError(\"area\")\n",
         "replace": "    s = 0\n"
                    "    for (x1, y1), (x2, y2) in zip(points, points[1:]):\n"
                    "        s += x1 * y2 - x2 * y1\n"
                    "    return abs(s) / 2\n",
         "note": "shoelace over consecutive pairs"},
        {"id": "p4", "path": "polygon.py", "find": "    raise NotImplementedError(\"perimeter\")\n",
         "replace": "    return sum(math.dist(a, b) for a, b in zip(points, points[1:]))\n",
         "note": "sum of edge lengths"},
        {"id": "p5", "path": "polygon.py", "find": "    raise NotImplementedError(\"perimeter\")\n",
         "replace": "    return sum(math.dist(points[i - 1], points[i]) for i in range(len(points)))\n",
         "note": "sum of edge lengths, index from -1"},
    ],
    "solution": ["p2", "p5"],
})

# ---------------------------------------------------------------------------
# 12. caching: LRU put (1 file, 1 edit, 3 candidates)
# ---------------------------------------------------------------------------
TASKS.append({
    "id": "fcw-lru-put",
    "family": "function_completion",
    "split": "train",
    "level": 1,
    "description": "LRUCache.put is missing.",
    "files": {
        "lru.py": '''from collections import OrderedDict


class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = OrderedDict()

    def get(self, key, default=None):
        if key not in self.data:
            return default
        self.data.move_to_end(key)
        return self.data[key]

    def put(self, key, value):
        pass
''',
    },
    "tests": [
        "from lru import LRUCache",
        "c = LRUCache(2); c.put('a', 1); c.put('b', 2); c.put('c', 3)",
        "assert c.get('a') is None and c.get('c') == 3, 'the least recently used key is evicted'",
        "d = LRUCache(2); d.put('a', 1); d.put('b', 2); d.put('a', 9); d.put('c', 3)",
        "assert d.get('a') == 9 and d.get('b') is None",
        "e = LRUCache(2); e.put('k', 1); e.put('j', 2); e.put('j', 5)",
        "assert e.get('k') == 1, 'updating a key in a full cache must not evict another'",
    ],
    "edits": [
        {"id": "u1", "path": "lru.py", "find": "    def put(self, key, value):\n        pass\n",
         "replace": "    def put(self, key, value):\n"
                    "        if len(self.data) >= self.capacity:\n"
                    "            self.data.popitem(last=False)\n"
                    "        self.data[key] = value\n"
                    "        self.data.move_to_end(key)\n",
         "note": "make room first, then insert"},
        {"id": "u2", "path": "lru.py", "find": "    def put(self, key, value):\n        pass\n",
         "replace": "    def put(self, key, value):\n"
                    "        self.data[key] = value\n"
                    "        self.data.move_to_end(key)\n"
                    "        if len(self.data) > self.capacity:\n"
                    "            self.data.popitem(last=False)\n",
         "note": "insert, then trim the oldest"},
        {"id": "u3", "path": "lru.py", "find": "    def put(self, key, value):\n        pass\n",
         "replace": "    def put(self, key, value):\n"
                    "        self.data[key] = value\n"
                    "        if len(self.data) > self.capacity:\n"
                    "            self.data.popitem(last=False)\n",
         "note": "insert, then trim"},
    ],
    "solution": ["u2"],
})

# ---------------------------------------------------------------------------
# 13. scoring: ten-pin bowling (1 file, 1 edit, 3 candidates)
# ---------------------------------------------------------------------------
TASKS.append({
    "id": "fcw-bowling-score",
    "family": "function_completion",
    "split": "train",
    "level": 1,
    "description": "Write `score(rolls)` for a complete ten-pin bowling game given as the list of pins "
                   "knocked down per roll. A strike scores 10 plus the next two rolls, a spare 10 plus the "
                   "next roll; the bonus rolls of the tenth frame only count as bonus.",
    "files": {
        "bowling.py": '''def score(rolls):
    raise NotImplementedError
''',
    },
    "tests": [
        "from bowling import score",
        "assert score([0] * 20) == 0",
        "assert score([3, 4] * 10) == 70",
        "assert score([5, 5, 3] + [0] * 17) == 16",
        "assert score([10] * 12) == 300, 'perfect game'",
        "assert score([10, 3, 4] + [0] * 16) == 24",
    ],
    "edits": [
        {"id": "b1", "path": "bowling.py", "find": "    raise NotImplementedError\n",
         "replace": "    total, i = 0, 0\n"
                    "    for _ in range(10):\n"
                    "        if rolls[i] == 10:\n"
                    "            total += 10 + rolls[i + 1] + rolls[i + 2]\n"
                    "            i += 1\n"
                    "        elif rolls[i] + rolls[i + 1] == 10:\n"
                    "            total += 10 + rolls[i + 2]\n"
                    "            i += 2\n"
                    "        else:\n"
                    "            total += rolls[i] + rolls[i + 1]\n"
                    "            i += 2\n"
                    "    return total\n",
         "note": "walk ten frames"},
        {"id": "b2", "path": "bowling.py", "find": "    raise NotImplementedError\n",
         "replace": "    total, i = 0, 0\n"
                    "    while i < len(rolls):\n"
                    "        if rolls[i] == 10:\n"
                    "            total += 10 + sum(rolls[i + 1:i + 3])\n"
                    "            i += 1\n"
                    "        elif i + 1 < len(rolls) and rolls[i] + rolls[i + 1] == 10:\n"
                    "            total += 10 + sum(rolls[i + 2:i + 3])\n"
                    "            i += 2\n"
                    "        else:\n"
                    "            total += sum(rolls[i:i + 2])\n"
                    "            i += 2\n"
                    "    return total\n",
         "note": "walk frames until the rolls run out"},
        {"id": "b3", "path": "bowling.py", "find": "    raise NotImplementedError\n",
         "replace": "    total = sum(rolls)\n"
                    "    for i in range(len(rolls) - 2):\n"
                    "        if rolls[i] == 10:\n"
                    "            total += rolls[i + 1] + rolls[i + 2]\n"
                    "    return total\n",
         "note": "pins plus strike bonuses"},
    ],
    "solution": ["b1"],
})

# ---------------------------------------------------------------------------
# 14. slugs with a constants module (2 files, 1 edit, 4 candidates)
# ---------------------------------------------------------------------------
TASKS.append({
    "id": "fcw-slugify-stopwords",
    "family": "function_completion",
    "split": "train",
    "level": 2,
    "description": "Implement `slugify(title)`: lowercase ASCII words joined by SEPARATOR, every run of "
                   "non-alphanumeric characters acts as a word break, and words listed in STOPWORDS "
                   "(slug_config.py) are dropped, unless that would leave the slug empty.",
    "files": {
        "slug_config.py": '''SEPARATOR = "-"
STOPWORDS = {"a", "an", "the", "of", "and"}
''',
        "slugs.py": '''import re

from slug_config import SEPARATOR, STOPWORDS


def slugify(title):
    pass
''',
    },
    "tests": [
        "from slugs import slugify",
        "assert slugify('Hello World') == 'hello-world'",
        "assert slugify('The Art of War') == 'art-war'",
        "assert slugify('  C3PO -- returns!! ') == 'c3po-returns', 'punctuation runs are a single break'",
        "assert slugify('The') == 'the', 'never an empty slug'",
    ],
    "edits": [
        {"id": "sl1", "path": "slugs.py", "find": "    pass\n",
         "replace": "    words = re.split(r\"[^a-z0-9]+\", title.lower())\n"
                    "    kept = [w for w in words if w not in STOPWORDS]\n"
                    "    return SEPARATOR.join(kept or words)\n",
         "note": "slug A"},
        {"id": "sl2", "path": "slugs.py", "find": "    pass\n",
         "replace": "    words = re.findall(r\"[a-z0-9]+\", title.lower())\n"
                    "    kept = [w for w in words if w not in STOPWORDS]\n"
                    "    return SEPARATOR.join(kept or words)\n",
         "note": "slug B"},
        {"id": "sl3", "path": "slugs.py", "find": "    pass\n",
         "replace": "    words = re.findall(r\"[a-z0-9]+\", title.lower())\n"
                    "    return SEPARATOR.join(w for w in words if w not in STOPWORDS)\n",
         "note": "slug C"},
        {"id": "sl4", "path": "slugs.py", "find": "    pass\n",
         "replace": "    words = title.lower().split()\n"
                    "    kept = [w for w in words if w not in STOPWORDS]\n"
                    "    return SEPARATOR.join(kept or words)\n",
         "note": "slug D"},
    ],
    "solution": ["sl2"],
})

# ---------------------------------------------------------------------------
# 15. run-length encoding both ways (1 file, 2 edits, 4 candidates)
# ---------------------------------------------------------------------------
TASKS.append({
    "id": "fcw-rle-codec",
    "family": "function_completion",
    "split": "train",
    "level": 2,
    "description": "rle.py needs `encode` ('aaab' -> '3a1b') and `decode` (the inverse; counts can have "
                   "several digits, e.g. '12x').",
    "files": {
        "rle.py": '''from itertools import groupby


def encode(text):
    """'aaab' -> '3a1b'"""
    raise NotImplementedError


def decode(code):
    """'3a1b' -> 'aaab'"""
    return None
''',
    },
    "tests": [
        "from rle import encode, decode",
        "assert encode('aaab') == '3a1b'",
        "assert encode('') == ''",
        "assert decode('3a1b') == 'aaab'",
        "assert decode('12x1y') == 'x' * 12 + 'y', 'multi-digit count'",
        "assert decode(encode('zzzzzzzzzzzq')) == 'zzzzzzzzzzzq'",
    ],
    "edits": [
        {"id": "en1", "path": "rle.py", "find": "    \"\"\"'aaab' -> '3a1b'\"\"\"\n    raise NotImplementedError\n",
         "replace": "    \"\"\"'aaab' -> '3a1b'\"\"\"\n"
                    "    return ''.join(f'{len(list(g))}{ch}' for ch, g in groupby(text))\n",
         "note": "encode with groupby"},
        {"id": "en2", "path": "rle.py", "find": "    \"\"\"'aaab' -> '3a1b'\"\"\"\n    raise NotImplementedError\n",
         "replace": "    \"\"\"'aaab' -> '3a1b'\"\"\"\n"
                    "    out, run = '', 1\n"
                    "    for i in range(1, len(text)):\n"
                    "        if text[i] == text[i - 1]:\n"
                    "            run += 1\n"
                    "        else:\n"
                    "            out += f'{run}{text[i - 1]}'\n"
                    "            run = 1\n"
                    "    return out\n",
         "note": "encode by comparing neighbours"},
        {"id": "de1", "path": "rle.py", "find": "    return None\n",
         "replace": "    out = ''\n"
                    "    for i in range(0, len(code), 2):\n"
                    "        out += code[i + 1] * int(code[i])\n"
                    "    return out\n",
         "note": "decode digit/letter pairs"},
        {"id": "de2", "path": "rle.py", "find": "    return None\n",
         "replace": "    out, digits = '', ''\n"
                    "    for ch in code:\n"
                    "        if ch.isdigit():\n"
                    "            digits += ch\n"
                    "        else:\n"
                    "            out += ch * int(digits)\n"
                    "            digits = ''\n"
                    "    return out\n",
         "note": "decode, accumulating digits"},
    ],
    "solution": ["en1", "de2"],
})

# ---------------------------------------------------------------------------
# 16. statistics helper + grade summary (2 files, 2 edits, 5 candidates)
# ---------------------------------------------------------------------------
TASKS.append({
    "id": "fcw-grade-summary",
    "family": "function_completion",
    "split": "train",
    "level": 3,
    "description": "Finish `median` in numstats.py and `summary` in grades.py. summary(scores) returns a dict "
                   "with keys 'low', 'high' and 'median'; neither function may reorder the caller's list. "
                   "For an even count the median is the mean of the two middle values.",
    "files": {
        "numstats.py": '''def median(values):
    raise NotImplementedError
''',
        "grades.py": '''from numstats import median


def summary(scores):
    raise NotImplementedError
''',
    },
    "tests": [
        "from numstats import median",
        "from grades import summary",
        "xs = [7, 1, 5]",
        "assert median(xs) == 5",
        "assert xs == [7, 1, 5], 'median reordered its argument'",
        "assert median([4, 1, 3, 2]) == 2.5",
        "assert summary([70, 90, 80, 60]) == {'low': 60, 'high': 90, 'median': 75.0}",
    ],
    "edits": [
        {"id": "md1", "path": "numstats.py", "find": "    raise NotImplementedError\n",
         "replace": "    values.sort()\n"
                    "    mid = len(values) // 2\n"
                    "    if len(values) % 2:\n"
                    "        return values[mid]\n"
                    "    return (values[mid - 1] + values[mid]) / 2\n",
         "note": "sort, then take the middle"},
        {"id": "md2", "path": "numstats.py", "find": "    raise NotImplementedError\n",
         "replace": "    s = sorted(values)\n"
                    "    return s[len(s) // 2]\n",
         "note": "median: upper middle element"},
        {"id": "md3", "path": "numstats.py", "find": "    raise NotImplementedError\n",
         "replace": "    s = sorted(values)\n"
                    "    mid = len(s) // 2\n"
                    "    return s[mid] if len(s) % 2 else (s[mid - 1] + s[mid]) / 2\n",
         "note": "median of a sorted copy"},
        {"id": "sm1", "path": "grades.py", "find": "    raise NotImplementedError\n",
         "replace": "    return {'low': min(scores), 'high': max(scores), 'median': median(scores)}\n",
         "note": "summary as a dict"},
        {"id": "sm2", "path": "grades.py", "find": "    raise NotImplementedError\n",
         "replace": "    return min(scores), max(scores), median(scores)\n",
         "note": "summary: (low, high, median)"},
    ],
    "solution": ["md3", "sm1"],
})

# ---------------------------------------------------------------------------
# 17. searching a sorted list (1 file, 1 edit, 3 candidates)
# ---------------------------------------------------------------------------
TASKS.append({
    "id": "fcw-first-at-least",
    "family": "function_completion",
    "split": "train",
    "level": 1,
    "description": "`first_at_least(xs, target)`: index of the first element of sorted xs that is >= target, "
                   "or len(xs) when there is none.",
    "files": {
        "sortedsearch.py": '''import bisect


def first_at_least(xs, target):
    raise NotImplementedError
''',
    },
    "tests": [
        "from sortedsearch import first_at_least",
        "assert first_at_least([1, 3, 3, 5], 3) == 1, 'first of equal elements'",
        "assert first_at_least([2, 4], 3) == 1",
        "assert first_at_least([1, 2], 9) == 2",
        "assert first_at_least([], 0) == 0",
    ],
    "edits": [
        {"id": "f1", "path": "sortedsearch.py", "find": "    raise NotImplementedError\n",
         "replace": "    return bisect.bisect_right(xs, target)\n",
         "note": "bisect_right"},
        {"id": "f2", "path": "sortedsearch.py", "find": "    raise NotImplementedError\n",
         "replace": "    for i, x in enumerate(xs):\n"
                    "        if x >= target:\n"
                    "            return i\n"
                    "    return -1\n",
         "note": "maybe a plain scan is enough?"},
        {"id": "f3", "path": "sortedsearch.py", "find": "    raise NotImplementedError\n",
         "replace": "    return bisect.bisect_left(xs, target)\n",
         "note": "bisect_left"},
    ],
    "solution": ["f3"],
})

# ---------------------------------------------------------------------------
# 18. pagination: page count helper + page slicing (2 files, 2 edits, 5 candidates)
# ---------------------------------------------------------------------------
TASKS.append({
    "id": "fcw-pagination",
    "family": "function_completion",
    "split": "train",
    "level": 3,
    "description": "Two stubs: `page_count(n_items, per_page)` in pager.py and `page(items, per_page, number)` "
                   "in views.py. Pages are numbered from 1; a page number outside 1..page_count gives an "
                   "empty list. Example: page([0, 1, 2, 3, 4, 5, 6], 3, 3) == [6].",
    "files": {
        "pager.py": '''def page_count(n_items, per_page):
    """Number of pages needed to show n_items, per_page at a time (0 items -> 0 pages)."""
    raise NotImplementedError
''',
        "views.py": '''from pager import page_count


def page(items, per_page, number):
    raise NotImplementedError
''',
    },
    "tests": [
        "from pager import page_count",
        "from views import page",
        "assert page_count(10, 5) == 2",
        "assert page_count(11, 5) == 3",
        "assert page_count(0, 3) == 0, 'no items, no pages'",
        "assert page(list(range(7)), 3, 1) == [0, 1, 2]",
        "assert page(list(range(7)), 3, 3) == [6]",
        "assert page(list(range(7)), 3, -1) == [], 'negative page numbers are out of range'",
    ],
    "edits": [
        {"id": "pc1", "path": "pager.py", "find": "    raise NotImplementedError\n",
         "replace": "    return n_items // per_page + 1\n",
         "note": "pager: quotient plus one"},
        {"id": "pc2", "path": "pager.py", "find": "    raise NotImplementedError\n",
         "replace": "    return -(-n_items // per_page)\n",
         "note": "pager: ceiling division"},
        {"id": "pv1", "path": "views.py", "find": "    raise NotImplementedError\n",
         "replace": "    if not 1 <= number <= page_count(len(items), per_page):\n"
                    "        return []\n"
                    "    start = (number - 1) * per_page\n"
                    "    return items[start:start + per_page]\n",
         "note": "views: guard, then slice"},
        {"id": "pv2", "path": "views.py", "find": "    raise NotImplementedError\n",
         "replace": "    if number > page_count(len(items), per_page):\n"
                    "        return []\n"
                    "    start = (number - 1) * per_page\n"
                    "    return items[start:start + per_page]\n",
         "note": "views: only guard the upper end"},
        {"id": "pv3", "path": "views.py", "find": "    raise NotImplementedError\n",
         "replace": "    if not 0 <= number < page_count(len(items), per_page):\n"
                    "        return []\n"
                    "    return items[number * per_page:(number + 1) * per_page]\n",
         "note": "views: zero-based pages"},
    ],
    "solution": ["pc2", "pv1"],
})

# ---------------------------------------------------------------------------
# 19. grouping anagrams (1 file, 1 edit, 3 candidates)
# ---------------------------------------------------------------------------
TASKS.append({
    "id": "fcw-anagram-groups",
    "family": "function_completion",
    "split": "train",
    "level": 1,
    "description": "Please implement group_anagrams in wordplay.py. Words are anagrams when they have the same "
                   "letters ignoring case. Groups come in order of their first word's appearance, and words "
                   "keep their input order and spelling inside a group.",
    "files": {
        "wordplay.py": '''def group_anagrams(words):
    """['tea', 'eat', 'tan'] -> [['tea', 'eat'], ['tan']]"""
    pass
''',
    },
    "tests": [
        "from wordplay import group_anagrams",
        "assert group_anagrams(['tea', 'eat', 'tan', 'ate', 'nat']) == [['tea', 'eat', 'ate'], ['tan', 'nat']]",
        "assert group_anagrams(['Listen', 'silent']) == [['Listen', 'silent']]",
        "assert group_anagrams([]) == []",
    ],
    "edits": [
        {"id": "a1", "path": "wordplay.py", "find": "    pass\n",
         "replace": "    groups = {}\n"
                    "    for w in words:\n"
                    "        groups.setdefault(''.join(sorted(w)), []).append(w)\n"
                    "    return list(groups.values())\n",
         "note": "key = sorted letters"},
        {"id": "a2", "path": "wordplay.py", "find": "    pass\n",
         "replace": "    groups = {}\n"
                    "    for w in words:\n"
                    "        groups.setdefault(''.join(sorted(w.lower())), []).append(w)\n"
                    "    return sorted(groups.values())\n",
         "note": "deterministic order of groups"},
        {"id": "a3", "path": "wordplay.py", "find": "    pass\n",
         "replace": "    groups = {}\n"
                    "    for w in words:\n"
                    "        groups.setdefault(''.join(sorted(w.lower())), []).append(w)\n"
                    "    return list(groups.values())\n",
         "note": "key = sorted lowercase letters, insertion order"},
    ],
    "solution": ["a3"],
})

# ---------------------------------------------------------------------------
# 20. units: conversion helper + per-day swing (2 files, 2 edits, 5 candidates)
# ---------------------------------------------------------------------------
TASKS.append({
    "id": "fcw-temperature-swing",
    "family": "function_completion",
    "split": "train",
    "level": 3,
    "description": "forecast.daily_swing(readings) should return {day: highest minus lowest temperature of "
                   "that day, in Fahrenheit degrees} from (day, celsius) readings, using thermo.c_to_f. "
                   "Both `c_to_f` and `daily_swing` are unfinished.",
    "files": {
        "thermo.py": '''def c_to_f(celsius):
    raise NotImplementedError
''',
        "forecast.py": '''from thermo import c_to_f


def daily_swing(readings):
    swings = {}
    # TODO: fill swings
    return swings
''',
    },
    "tests": [
        "from thermo import c_to_f",
        "from forecast import daily_swing",
        "assert c_to_f(100) == 212",
        "assert c_to_f(-40) == -40",
        "assert daily_swing([('mon', 0), ('mon', 10), ('tue', 5)]) == {'mon': 18.0, 'tue': 0.0}",
        "assert daily_swing([]) == {}",
    ],
    "edits": [
        {"id": "k1", "path": "thermo.py", "find": "    raise NotImplementedError\n",
         "replace": "    return (celsius + 32) * 5 / 9\n",
         "note": "ticket 88: formula from the wiki"},
        {"id": "k2", "path": "thermo.py", "find": "    raise NotImplementedError\n",
         "replace": "    return celsius * 9 / 5 + 32\n",
         "note": "ticket 88: scale then offset"},
        {"id": "k3", "path": "forecast.py", "find": "    # TODO: fill swings\n",
         "replace": "    by_day = {}\n"
                    "    for day, c in readings:\n"
                    "        by_day.setdefault(day, []).append(c_to_f(c))\n"
                    "    for day, temps in by_day.items():\n"
                    "        swings[day] = max(temps) - min(temps)\n",
         "note": "ticket 89: convert each reading, then subtract"},
        {"id": "k4", "path": "forecast.py", "find": "    # TODO: fill swings\n",
         "replace": "    by_day = {}\n"
                    "    for day, c in readings:\n"
                    "        by_day.setdefault(day, []).append(c)\n"
                    "    for day, temps in by_day.items():\n"
                    "        swings[day] = c_to_f(max(temps) - min(temps))\n",
         "note": "ticket 89: subtract, then convert"},
        {"id": "k5", "path": "forecast.py", "find": "    # TODO: fill swings\n",
         "replace": "    by_day = {}\n"
                    "    for day, c in readings:\n"
                    "        by_day.setdefault(day, []).append(c)\n"
                    "    for day, temps in by_day.items():\n"
                    "        swings[day] = float(max(temps) - min(temps))\n",
         "note": "ticket 89: swing per day"},
    ],
    "solution": ["k2", "k3"],
})

# ---------------------------------------------------------------------------
# 21. balanced brackets (1 file, 1 edit, 3 candidates)
# ---------------------------------------------------------------------------
TASKS.append({
    "id": "fcw-balanced-brackets",
    "family": "function_completion",
    "split": "train",
    "level": 1,
    "description": "is_balanced(s) must say whether the (), [] and {} in s are properly nested; other "
                   "characters are ignored.",
    "files": {
        "brackets.py": '''PAIRS = {")": "(", "]": "[", "}": "{"}


def is_balanced(s):
    raise NotImplementedError
''',
    },
    "tests": [
        "from brackets import is_balanced",
        "assert is_balanced('a(b[c]{d})e')",
        "assert not is_balanced('([)]')",
        "assert not is_balanced('((')",
        "assert not is_balanced('))')",
    ],
    "edits": [
        {"id": "q1", "path": "brackets.py", "find": "    raise NotImplementedError\n",
         "replace": "    stack = []\n"
                    "    for ch in s:\n"
                    "        if ch in '([{':\n"
                    "            stack.append(ch)\n"
                    "        elif ch in PAIRS:\n"
                    "            if not stack or stack.pop() != PAIRS[ch]:\n"
                    "                return False\n"
                    "    return not stack\n",
         "note": "stack"},
        {"id": "q2", "path": "brackets.py", "find": "    raise NotImplementedError\n",
         "replace": "    for close, open_ in PAIRS.items():\n"
                    "        depth = 0\n"
                    "        for ch in s:\n"
                    "            depth += (ch == open_) - (ch == close)\n"
                    "            if depth < 0:\n"
                    "                return False\n"
                    "        if depth:\n"
                    "            return False\n"
                    "    return True\n",
         "note": "depth counter per kind"},
        {"id": "q3", "path": "brackets.py", "find": "    raise NotImplementedError\n",
         "replace": "    stack = []\n"
                    "    for ch in s:\n"
                    "        if ch in '([{':\n"
                    "            stack.append(ch)\n"
                    "        elif ch in PAIRS:\n"
                    "            if not stack or stack.pop() != PAIRS[ch]:\n"
                    "                return False\n"
                    "    return True\n",
         "note": "stack, early exit"},
    ],
    "solution": ["q1"],
})

# ---------------------------------------------------------------------------
# 22. money: parse, format and balance across three modules (3 files, 3 edits, 5 candidates)
# ---------------------------------------------------------------------------
TASKS.append({
    "id": "fcw-ledger-cents",
    "family": "function_completion",
    "split": "train",
    "level": 4,
    "description": "The ledger works in integer cents. Finish `parse_amount` (money.py: '12.34' -> 1234, "
                   "'-0.05' -> -5, '3.5' -> 350, '7' -> 700, exactly, no float rounding), `format_cents` "
                   "(fmt.py: -5 -> '-0.05') and `balance_text` (ledger.py: the formatted sum of the entries).",
    "files": {
        "money.py": '''def parse_amount(text):
    """Decimal string -> integer cents."""
    raise NotImplementedError
''',
        "fmt.py": '''def format_cents(cents):
    """Integer cents -> '123.45' (with a leading '-' for negative amounts)."""
    raise NotImplementedError
''',
        "ledger.py": '''from money import parse_amount
from fmt import format_cents


def balance_text(entries):
    raise NotImplementedError
''',
    },
    "tests": [
        "from money import parse_amount",
        "from fmt import format_cents",
        "from ledger import balance_text",
        "assert parse_amount('0.29') == 29 and parse_amount('3.5') == 350 and parse_amount('7') == 700",
        "assert parse_amount('-0.05') == -5",
        "assert format_cents(1234) == '12.34'",
        "assert format_cents(-5) == '-0.05', 'negative amounts keep their digits'",
        "assert balance_text(['10.00', '-0.29', '3.5']) == '13.21'",
    ],
    "edits": [
        {"id": "mp1", "path": "money.py", "find": "    raise NotImplementedError\n",
         "replace": "    return int(float(text) * 100)\n",
         "note": "float, times 100"},
        {"id": "mp2", "path": "money.py", "find": "    raise NotImplementedError\n",
         "replace": "    neg = text.startswith('-')\n"
                    "    whole, _, frac = text.lstrip('-').partition('.')\n"
                    "    cents = int(whole or '0') * 100 + int((frac + '00')[:2])\n"
                    "    return -cents if neg else cents\n",
         "note": "split at the point"},
        {"id": "mf1", "path": "fmt.py", "find": "    raise NotImplementedError\n",
         "replace": "    return f\"{cents // 100}.{cents % 100:02d}\"\n",
         "note": "floor-divide by 100"},
        {"id": "mf2", "path": "fmt.py", "find": "    raise NotImplementedError\n",
         "replace": "    sign = '-' if cents < 0 else ''\n"
                    "    cents = abs(cents)\n"
                    "    return f\"{sign}{cents // 100}.{cents % 100:02d}\"\n",
         "note": "sign handled separately"},
        {"id": "ml1", "path": "ledger.py", "find": "    raise NotImplementedError\n",
         "replace": "    return format_cents(sum(parse_amount(e) for e in entries))\n",
         "note": "sum the parsed entries, format once"},
    ],
    "solution": ["mp2", "mf2", "ml1"],
})

# ---------------------------------------------------------------------------
# 23. flattening nested lists (1 file, 1 edit, 2 candidates)
# ---------------------------------------------------------------------------
TASKS.append({
    "id": "fcw-flatten-lists",
    "family": "function_completion",
    "split": "train",
    "level": 1,
    "description": "Write `flatten`.",
    "files": {
        "nesting.py": '''def flatten(items):
    """Flatten nested lists to any depth. Only lists are opened: strings, tuples and
    everything else are kept as single elements."""
    return items
''',
    },
    "tests": [
        "from nesting import flatten",
        "assert flatten([1, [2, [3, [4]]]]) == [1, 2, 3, 4]",
        "assert flatten(['ab', ['cd']]) == ['ab', 'cd']",
        "assert flatten([(1, 2), [3]]) == [(1, 2), 3]",
        "assert flatten([]) == []",
    ],
    "edits": [
        {"id": "n1", "path": "nesting.py", "find": "    return items\n",
         "replace": "    out = []\n"
                    "    for x in items:\n"
                    "        if hasattr(x, '__iter__'):\n"
                    "            out.extend(flatten(x))\n"
                    "        else:\n"
                    "            out.append(x)\n"
                    "    return out\n",
         "note": "recurse into anything iterable"},
        {"id": "n2", "path": "nesting.py", "find": "    return items\n",
         "replace": "    out = []\n"
                    "    for x in items:\n"
                    "        if isinstance(x, list):\n"
                    "            out.extend(flatten(x))\n"
                    "        else:\n"
                    "            out.append(x)\n"
                    "    return out\n",
         "note": "recurse into lists"},
    ],
    "solution": ["n2"],
})

# ---------------------------------------------------------------------------
# 24. histogram bins with a config module (2 files, 1 edit, 3 candidates)
# ---------------------------------------------------------------------------
TASKS.append({
    "id": "fcw-histogram-bins",
    "family": "function_completion",
    "split": "train",
    "level": 2,
    "description": "bin_counts returns the wrong thing (it is a placeholder). It should map each bin's start "
                   "value to the number of values in [start, start + width); bins are aligned on multiples of "
                   "width, also below zero (-1 falls in the bin starting at -width). Default width comes "
                   "from hist_config.",
    "files": {
        "hist_config.py": '''DEFAULT_WIDTH = 10
''',
        "histogram.py": '''from collections import Counter

from hist_config import DEFAULT_WIDTH


def bin_counts(values, width=DEFAULT_WIDTH):
    return Counter()
''',
    },
    "tests": [
        "from histogram import bin_counts",
        "assert bin_counts([1, 4, 5, 12], 5) == {0: 2, 5: 1, 10: 1}",
        "assert bin_counts([3, 17]) == {0: 1, 10: 1}, 'default width is 10'",
        "assert bin_counts([-1, -5, -6], 5) == {-5: 2, -10: 1}, 'negative values floor to the bin below'",
        "assert bin_counts([], 3) == {}",
    ],
    "edits": [
        {"id": "h1", "path": "histogram.py", "find": "    return Counter()\n",
         "replace": "    return Counter(int(v / width) * width for v in values)\n",
         "note": "truncate v / width"},
        {"id": "h2", "path": "histogram.py", "find": "    return Counter()\n",
         "replace": "    return Counter(v // width for v in values)\n",
         "note": "count per bin number"},
        {"id": "h3", "path": "histogram.py", "find": "    return Counter()\n",
         "replace": "    return Counter(v // width * width for v in values)\n",
         "note": "keys are bin starts, floor division"},
    ],
    "solution": ["h3"],
})
