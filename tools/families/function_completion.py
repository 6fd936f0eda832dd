"""function_completion tasks (prefix fc2-): finish a stubbed function from its description.

Each task is a tiny repository with one or more functions whose body is a stub (raise
NotImplementedError, pass, return None, ..., or a TODO plus return 0). The candidate edits are
alternative bodies; exactly one matches the description and the tests. The wrong ones are
plausible misreadings: off-by-one, wrong empty-input behaviour, wrong ordering or rounding, a case
left out, or another reading of an ambiguous phrase.

Only the standard library; importing this module builds TASKS and does nothing else.
"""

TASKS = []


# ---------------------------------------------------------------------------
# Batch 1
# ---------------------------------------------------------------------------
TASKS.append({
    "id": "fc2-slugify-title",
    "family": "function_completion",
    "split": "train",
    "level": 1,
    "description": "Write `slugify` in slug.py: lower-case the title, turn every run of characters that are "
                   "not letters or digits into a single hyphen, and trim hyphens from both ends.",
    "files": {
        "slug.py": '''"""URL slugs for blog post titles."""
import re


def slugify(title):
    raise NotImplementedError
''',
    },
    "tests": [
        "import slug",
        "assert slug.slugify('Hello, World!') == 'hello-world'",
        "assert slug.slugify('  Ten   Tips  ') == 'ten-tips', 'a run of spaces is one hyphen and the ends are trimmed'",
        "assert slug.slugify('C3PO vs R2D2') == 'c3po-vs-r2d2', 'digits are kept'",
        "assert slug.slugify('---') == ''",
    ],
    "edits": [
        {"id": "a", "path": "slug.py", "find": "    raise NotImplementedError\n",
         "replace": '    return re.sub(r"[^a-z0-9]", "-", title.lower()).strip("-")\n',
         "note": "replace each non-alphanumeric character with a hyphen"},
        {"id": "b", "path": "slug.py", "find": "    raise NotImplementedError\n",
         "replace": '    return re.sub(r"[^a-zA-Z0-9]+", "-", title).strip("-")\n',
         "note": "collapse separators into one hyphen, keep the capitalisation"},
        {"id": "c", "path": "slug.py", "find": "    raise NotImplementedError\n",
         "replace": '    return re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")\n',
         "note": "lower(), then re.sub on runs, then strip"},
        {"id": "d", "path": "slug.py", "find": "    raise NotImplementedError\n",
         "replace": '    return re.sub(r"[^a-z0-9]+", "-", title.lower())\n',
         "note": "lower-case and collapse separator runs into hyphens"},
    ],
    "solution": ["c"],
})

TASKS.append({
    "id": "fc2-median-even",
    "family": "function_completion",
    "split": "train",
    "level": 2,
    "description": "`median` in stats_basic.py is unfinished. With an even number of values it must return the "
                   "mean of the two middle ones, for an empty list it returns None, and it must leave the "
                   "caller's list in its original order.",
    "files": {
        "stats_basic.py": '''"""Descriptive statistics for small samples."""


def mean(values):
    if not values:
        return None
    return sum(values) / len(values)


def median(values):
    pass


def spread(values):
    if not values:
        return None
    return max(values) - min(values)
''',
    },
    "tests": [
        "import stats_basic",
        "assert stats_basic.median([5, 1, 3]) == 3",
        "assert stats_basic.median([4, 1, 3, 2]) == 2.5, 'even length: mean of the two middle values'",
        "assert stats_basic.median([]) is None, 'empty input gives None'",
        "assert (lambda d: (stats_basic.median(d), d))([9, 2, 7]) == (7, [9, 2, 7]), 'the argument must not be sorted in place'",
    ],
    "edits": [
        {"id": "e1", "path": "stats_basic.py", "find": "def median(values):\n    pass\n",
         "replace": '''def median(values):
    ordered = sorted(values)
    mid = len(ordered) // 2
    if len(ordered) % 2:
        return ordered[mid]
    return (ordered[mid - 1] + ordered[mid]) / 2
''',
         "note": "median: sorted copy, average the middle pair"},
        {"id": "e2", "path": "stats_basic.py", "find": "def median(values):\n    pass\n",
         "replace": '''def median(values):
    if not values:
        return None
    values.sort()
    mid = len(values) // 2
    if len(values) % 2:
        return values[mid]
    return (values[mid - 1] + values[mid]) / 2
''',
         "note": "median: sort the list, then pick the middle"},
        {"id": "e3", "path": "stats_basic.py", "find": "def median(values):\n    pass\n",
         "replace": '''def median(values):
    if not values:
        return None
    ordered = sorted(values)
    mid = len(ordered) // 2
    if len(ordered) % 2:
        return ordered[mid]
    return (ordered[mid - 1] + ordered[mid]) / 2
''',
         "note": "median: None when empty, else the middle of a sorted copy"},
        {"id": "e4", "path": "stats_basic.py", "find": "def median(values):\n    pass\n",
         "replace": '''def median(values):
    if not values:
        return None
    return sorted(values)[len(values) // 2]
''',
         "note": "median: the element at index n // 2 of the sorted values"},
    ],
    "solution": ["e3"],
})

TASKS.append({
    "id": "fc2-merge-busy-slots",
    "family": "function_completion",
    "split": "train",
    "level": 1,
    "description": "Implement `merge_busy(slots)`: slots are (start, end) minute pairs, half-open, in any "
                   "order. Return the busy time as a sorted list of non-overlapping pairs; two slots that "
                   "touch (one ends when the next starts) become one.",
    "files": {
        "cal.py": '''def merge_busy(slots):
    ...
''',
    },
    "tests": [
        "import cal",
        "assert cal.merge_busy([(60, 90), (90, 120)]) == [(60, 120)], 'back-to-back slots leave no gap'",
        "assert cal.merge_busy([(300, 360), (0, 30)]) == [(0, 30), (300, 360)]",
        "assert cal.merge_busy([(0, 100), (10, 20)]) == [(0, 100)], 'a slot inside another must not shorten it'",
        "assert cal.merge_busy([]) == []",
    ],
    "edits": [
        {"id": "m1", "path": "cal.py", "find": "    ...\n",
         "replace": '''    merged = []
    for start, end in sorted(slots):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged
''',
         "note": "merge when the next start is strictly before the current end"},
        {"id": "m2", "path": "cal.py", "find": "    ...\n",
         "replace": '''    merged = []
    for start, end in slots:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged
''',
         "note": "single pass over the slots as given"},
        {"id": "m3", "path": "cal.py", "find": "    ...\n",
         "replace": '''    merged = []
    for start, end in sorted(slots):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged
''',
         "note": "sort, then extend the last slot to the new end"},
        {"id": "m4", "path": "cal.py", "find": "    ...\n",
         "replace": '''    merged = []
    for start, end in sorted(slots):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged
''',
         "note": "sort; <= comparison; keep the larger end"},
    ],
    "solution": ["m4"],
})

_CALENDAR_UTIL = '''"""Gregorian calendar helpers."""


def is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def days_in_month(year, month):
    if month == 2:
        return 29 if is_leap(year) else 28
    return 30 if month in (4, 6, 9, 11) else 31
'''

TASKS.append({
    "id": "fc2-add-days-helper",
    "family": "function_completion",
    "split": "train",
    "level": 2,
    "description": "Finish `add_days` in dates.py. Dates are (year, month, day) tuples; the function returns "
                   "the date n days later (n >= 0). Month lengths and leap years come from "
                   "`days_in_month` in calendar_util.py.",
    "files": {
        "calendar_util.py": _CALENDAR_UTIL,
        "dates.py": '''from calendar_util import days_in_month


def add_days(date, n):
    """The date `n` days after `date`."""
    raise NotImplementedError
''',
    },
    "tests": [
        "import dates",
        "assert dates.add_days((2024, 1, 30), 1) == (2024, 1, 31)",
        "assert dates.add_days((2023, 12, 31), 1) == (2024, 1, 1), 'the year rolls over'",
        "assert dates.add_days((2024, 2, 28), 1) == (2024, 2, 29), '2024 is a leap year'",
        "assert dates.add_days((2023, 3, 15), 0) == (2023, 3, 15)",
        "assert dates.add_days((2023, 1, 1), 365) == (2024, 1, 1), '2023 has 365 days'",
    ],
    "edits": [
        {"id": "d1", "path": "dates.py", "find": "    raise NotImplementedError\n",
         "replace": '''    year, month, day = date
    day += n
    while day > 30:
        day -= 30
        month += 1
        if month > 12:
            year, month = year + 1, 1
    return (year, month, day)
''',
         "note": "carry whole 30-day months into the month field"},
        {"id": "d2", "path": "dates.py", "find": "    raise NotImplementedError\n",
         "replace": '''    year, month, day = date
    day += n
    while day >= days_in_month(year, month):
        day -= days_in_month(year, month)
        month += 1
        if month > 12:
            year, month = year + 1, 1
    return (year, month, day)
''',
         "note": "loop while day >= days_in_month"},
        {"id": "d3", "path": "dates.py", "find": "    raise NotImplementedError\n",
         "replace": '''    year, month, day = date
    day += n
    while day > days_in_month(year, month):
        day -= days_in_month(year, month)
        month += 1
    return (year, month, day)
''',
         "note": "subtract month lengths until the day fits"},
        {"id": "d4", "path": "dates.py", "find": "    raise NotImplementedError\n",
         "replace": '''    year, month, day = date
    day += n
    while day > days_in_month(year, month):
        day -= days_in_month(year, month)
        month += 1
        if month > 12:
            year, month = year + 1, 1
    return (year, month, day)
''',
         "note": "month lengths from the helper; December rolls over"},
    ],
    "solution": ["d4"],
})

TASKS.append({
    "id": "fc2-format-cents",
    "family": "function_completion",
    "split": "train",
    "level": 1,
    "description": "format_cents(123405) should give '$1,234.05' and format_cents(-50) should give '-$0.50'. "
                   "Please fill in `format_cents` (amounts are integer cents).",
    "files": {
        "money.py": '''"""Money is kept as integer cents everywhere; this module only formats it."""


def format_cents(cents):
    return None
''',
    },
    "tests": [
        "import money",
        "assert money.format_cents(123405) == '$1,234.05'",
        "assert money.format_cents(-50) == '-$0.50', 'the minus sign goes before the dollar sign'",
        "assert money.format_cents(7) == '$0.07', 'cents are always two digits'",
        "assert money.format_cents(100000000) == '$1,000,000.00'",
    ],
    "edits": [
        {"id": "f1", "path": "money.py", "find": "    return None\n",
         "replace": '''    dollars, rest = divmod(cents, 100)
    return f"${dollars:,}.{rest:02d}"
''',
         "note": "divmod the cents by 100"},
        {"id": "f2", "path": "money.py", "find": "    return None\n",
         "replace": '''    sign = "-" if cents < 0 else ""
    dollars, rest = divmod(abs(cents), 100)
    return f"{sign}${dollars:,}.{rest}"
''',
         "note": "sign prefix, thousands separators, cents as a plain number"},
        {"id": "f3", "path": "money.py", "find": "    return None\n",
         "replace": '''    sign = "-" if cents < 0 else ""
    dollars, rest = divmod(abs(cents), 100)
    return f"{sign}${dollars:,}.{rest:02d}"
''',
         "note": "divmod the absolute value by 100"},
        {"id": "f4", "path": "money.py", "find": "    return None\n",
         "replace": '''    sign = "-" if cents < 0 else ""
    dollars, rest = divmod(abs(cents), 100)
    return f"{sign}${dollars}.{rest:02d}"
''',
         "note": "no grouping of the dollars"},
    ],
    "solution": ["f3"],
})

TASKS.append({
    "id": "fc2-split-bill",
    "family": "function_completion",
    "split": "train",
    "level": 3,
    "description": "A restaurant bill of `total_cents` is shared by `people` diners. `split_evenly` must "
                   "return what each diner pays so that nobody pays more than a cent more than anyone "
                   "else and the shares add up to the bill exactly; diners who pay the odd cent come first.",
    "files": {
        "bill.py": '''def split_evenly(total_cents, people):
    ...


def tip(total_cents, percent):
    return total_cents * percent // 100
''',
    },
    "tests": [
        "import bill",
        "assert bill.split_evenly(1000, 3) == [334, 333, 333]",
        "assert sum(bill.split_evenly(1001, 7)) == 1001, 'no cent may be lost or invented'",
        "assert bill.split_evenly(900, 3) == [300, 300, 300]",
        "assert bill.split_evenly(2, 5) == [1, 1, 0, 0, 0], 'more diners than cents'",
    ],
    "edits": [
        {"id": "s1", "path": "bill.py", "find": "def split_evenly(total_cents, people):\n    ...\n",
         "replace": '''def split_evenly(total_cents, people):
    base, extra = divmod(total_cents, people)
    return [base] * (people - 1) + [base + extra]
''',
         "note": "split_evenly: equal shares, the last diner covers the remainder"},
        {"id": "s2", "path": "bill.py", "find": "def split_evenly(total_cents, people):\n    ...\n",
         "replace": '''def split_evenly(total_cents, people):
    return [round(total_cents / people)] * people
''',
         "note": "split_evenly: each share is the rounded average"},
        {"id": "s3", "path": "bill.py", "find": "def split_evenly(total_cents, people):\n    ...\n",
         "replace": '''def split_evenly(total_cents, people):
    base, extra = divmod(total_cents, people)
    return [base + 1] * extra + [base] * (people - extra)
''',
         "note": "split_evenly: divmod, the remainder spread over the first diners"},
        {"id": "s4", "path": "bill.py", "find": "def split_evenly(total_cents, people):\n    ...\n",
         "replace": '''def split_evenly(total_cents, people):
    base, extra = divmod(total_cents, people)
    return [base] * extra + [base + 1] * (people - extra)
''',
         "note": "split_evenly: nobody pays more than a cent more, odd cents first"},
    ],
    "solution": ["s3"],
})

_GRID_HEAD = '''"""Matrices as lists of equal-length rows."""


def shape(rows):
    return (len(rows), len(rows[0]) if rows else 0)


def transpose(rows):
'''

TASKS.append({
    "id": "fc2-transpose-rows",
    "family": "function_completion",
    "split": "train",
    "level": 1,
    "description": "`transpose` should return the transpose as a list of lists (rows become columns). The "
                   "transpose of an empty matrix is an empty list.",
    "files": {
        "grid.py": _GRID_HEAD + "    raise NotImplementedError\n",
    },
    "tests": [
        "import grid",
        "assert grid.transpose([[1, 2, 3], [4, 5, 6]]) == [[1, 4], [2, 5], [3, 6]]",
        "assert grid.transpose([]) == [], 'empty matrix'",
        "assert grid.transpose([[7]]) == [[7]]",
        "assert grid.shape(grid.transpose([[1, 2]])) == (2, 1)",
    ],
    "edits": [
        {"id": "t1", "path": "grid.py", "replace": _GRID_HEAD + "    return list(zip(*rows))\n",
         "note": "rewrite grid.py: transpose with zip(*rows)"},
        {"id": "t2", "path": "grid.py",
         "replace": _GRID_HEAD + "    return [[rows[i][j] for i in range(len(rows))] for j in range(len(rows[0]))]\n",
         "note": "rewrite grid.py: index-based comprehension sized from the first row"},
        {"id": "t3", "path": "grid.py", "replace": _GRID_HEAD + "    return [list(column) for column in zip(*rows)]\n",
         "note": "rewrite grid.py: each column as a list"},
        {"id": "t4", "path": "grid.py",
         "replace": _GRID_HEAD + "    return [[row[j] for row in rows] for j in range(len(rows))]\n",
         "note": "rewrite grid.py: column j collects row[j] from each row"},
    ],
    "solution": ["t3"],
})

TASKS.append({
    "id": "fc2-rotate-right",
    "family": "function_completion",
    "split": "train",
    "level": 1,
    "description": "Complete `rotate(items, k)`: a new list with the items shifted k places to the right, "
                   "wrapping around. k may be larger than the list or negative (a left shift). Rotating an "
                   "empty list gives an empty list.",
    "files": {
        "seq.py": '''def rotate(items, k):
    raise NotImplementedError("rotate")
''',
    },
    "tests": [
        "import seq",
        "assert seq.rotate([1, 2, 3, 4, 5], 2) == [4, 5, 1, 2, 3], 'positive k shifts to the right'",
        "assert seq.rotate([1, 2, 3], 7) == [3, 1, 2], 'k larger than the list wraps around'",
        "assert seq.rotate([], 3) == [], 'empty list'",
        "assert seq.rotate(['a', 'b', 'c'], -1) == ['b', 'c', 'a'], 'negative k shifts to the left'",
    ],
    "edits": [
        {"id": "r1", "path": "seq.py", "find": '    raise NotImplementedError("rotate")\n',
         "replace": '''    k %= len(items)
    return items[len(items) - k:] + items[:len(items) - k]
''',
         "note": "reduce k modulo the length, then slice"},
        {"id": "r2", "path": "seq.py", "find": '    raise NotImplementedError("rotate")\n',
         "replace": '''    if not items:
        return []
    k %= len(items)
    return items[k:] + items[:k]
''',
         "note": "handles the empty list; items[k:] + items[:k]"},
        {"id": "r3", "path": "seq.py", "find": '    raise NotImplementedError("rotate")\n',
         "replace": '''    if not items:
        return []
    k %= len(items)
    return items[len(items) - k:] + items[:len(items) - k]
''',
         "note": "handles the empty list; the last k items move to the front"},
        {"id": "r4", "path": "seq.py", "find": '    raise NotImplementedError("rotate")\n',
         "replace": '''    if not items:
        return []
    return items[-k:] + items[:-k] if k else list(items)
''',
         "note": "negative slice indices, no modulo"},
    ],
    "solution": ["r3"],
})


# ---------------------------------------------------------------------------
# Batch 2
# ---------------------------------------------------------------------------
TASKS.append({
    "id": "fc2-top-words",
    "family": "function_completion",
    "split": "train",
    "level": 2,
    "description": "Implement `top_words(text, n)`: the n most frequent words of `text` as (word, count) pairs, "
                   "most frequent first. Words are compared case-insensitively. When two words are equally "
                   "frequent, the alphabetically smaller one comes first.",
    "files": {
        "textstats.py": '''import re
from collections import Counter


def words(text):
    return re.findall(r"[a-z']+", text.lower())


def top_words(text, n):
    pass
''',
    },
    "tests": [
        "import textstats",
        "assert textstats.top_words('b a B c a b', 2) == [('b', 3), ('a', 2)]",
        "assert textstats.top_words('pear apple pear apple fig', 2) == [('apple', 2), ('pear', 2)], 'ties are broken alphabetically'",
        "assert textstats.top_words('', 3) == []",
    ],
    "edits": [
        {"id": "w1", "path": "textstats.py", "find": "def top_words(text, n):\n    pass\n",
         "replace": '''def top_words(text, n):
    return Counter(words(text)).most_common(n)
''',
         "note": "Counter.most_common"},
        {"id": "w2", "path": "textstats.py", "find": "def top_words(text, n):\n    pass\n",
         "replace": '''def top_words(text, n):
    counts = Counter(words(text))
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:n]
''',
         "note": "sort by (-count, word)"},
        {"id": "w3", "path": "textstats.py", "find": "def top_words(text, n):\n    pass\n",
         "replace": '''def top_words(text, n):
    counts = Counter(words(text))
    return sorted(counts.items(), key=lambda kv: (kv[1], kv[0]), reverse=True)[:n]
''',
         "note": "sort by (count, word), descending"},
    ],
    "solution": ["w2"],
})

TASKS.append({
    "id": "fc2-metro-route",
    "family": "function_completion",
    "split": "train",
    "level": 2,
    "description": "`shortest_route(graph, start, goal)` in metro.py should return a route with the fewest "
                   "stops as a list of stations from start to goal, [start] when start == goal, and None when "
                   "the goal cannot be reached. `SAMPLE` is a small network to try it on.",
    "files": {
        "metro.py": '''from collections import deque

# station -> stations reachable in one hop (one-way tracks)
SAMPLE = {
    "airport": ["bay", "central"],
    "bay": ["docks"],
    "central": ["museum"],
    "docks": ["museum"],
    "museum": [],
}


def shortest_route(graph, start, goal):
    return None
''',
    },
    "tests": [
        "import metro",
        "assert metro.shortest_route(metro.SAMPLE, 'airport', 'museum') == ['airport', 'central', 'museum'], 'fewest stops'",
        "assert metro.shortest_route(metro.SAMPLE, 'museum', 'airport') is None, 'unreachable goal gives None'",
        "assert metro.shortest_route(metro.SAMPLE, 'bay', 'bay') == ['bay'], 'start == goal'",
        "assert metro.shortest_route({'x': ['y'], 'y': []}, 'x', 'y') == ['x', 'y']",
    ],
    "edits": [
        {"id": "g1", "path": "metro.py", "find": "    return None\n",
         "replace": '''    seen = set()

    def walk(node):
        if node == goal:
            return [node]
        seen.add(node)
        for nxt in graph.get(node, []):
            if nxt not in seen:
                rest = walk(nxt)
                if rest:
                    return [node] + rest
        return None

    return walk(start)
''',
         "note": "recursive depth-first walk that stops at the goal"},
        {"id": "g2", "path": "metro.py", "find": "    return None\n",
         "replace": '''    parents = {start: None}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        if node == goal:
            path = []
            while node is not None:
                path.append(node)
                node = parents[node]
            return path
        for nxt in graph.get(node, []):
            if nxt not in parents:
                parents[nxt] = node
                queue.append(nxt)
    return None
''',
         "note": "breadth-first search, path rebuilt by following parents"},
        {"id": "g3", "path": "metro.py", "find": "    return None\n",
         "replace": '''    parents = {start: None}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        if node == goal:
            path = []
            while node is not None:
                path.append(node)
                node = parents[node]
            return path[::-1]
        for nxt in graph.get(node, []):
            if nxt not in parents:
                parents[nxt] = node
                queue.append(nxt)
    return []
''',
         "note": "BFS; an empty route when the goal is unreachable"},
        {"id": "g4", "path": "metro.py", "find": "    return None\n",
         "replace": '''    parents = {start: None}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        if node == goal:
            path = []
            while node is not None:
                path.append(node)
                node = parents[node]
            return path[::-1]
        for nxt in graph.get(node, []):
            if nxt not in parents:
                parents[nxt] = node
                queue.append(nxt)
    return None
''',
         "note": "BFS with a parent map, reversed at the end"},
    ],
    "solution": ["g4"],
})

_LRU_HEAD = '''from collections import OrderedDict


class LRUCache:
    """At most `capacity` entries; when full, the least recently used entry is evicted.
    Both get and put count as a use."""

    def __init__(self, capacity):
        self.capacity = capacity
        self.data = OrderedDict()
'''

_LRU_TAIL = '''

def replay(capacity, ops):
    """Run ('put', key, value) / ('get', key) operations; return the results of the gets."""
    cache = LRUCache(capacity)
    results = []
    for op in ops:
        if op[0] == "put":
            cache.put(op[1], op[2])
        else:
            results.append(cache.get(op[1]))
    return results
'''


def _lru(get_body, put_body):
    return (_LRU_HEAD + "\n    def get(self, key):\n" + get_body
            + "\n    def put(self, key, value):\n" + put_body + _LRU_TAIL)


TASKS.append({
    "id": "fc2-lru-cache",
    "family": "function_completion",
    "split": "train",
    "level": 2,
    "description": "Finish the `LRUCache` class: get(key) returns the value or None, put(key, value) stores it. "
                   "The cache holds at most `capacity` entries and evicts the least recently used one.",
    "files": {
        "lru.py": _lru("        raise NotImplementedError\n", "        pass\n"),
    },
    "tests": [
        "import lru",
        "assert lru.replay(2, [('put', 'a', 1), ('get', 'a'), ('get', 'z')]) == [1, None]",
        "assert lru.replay(2, [('put', 'a', 1), ('put', 'b', 2), ('get', 'a'), ('put', 'c', 3), ('get', 'b'), ('get', 'a')]) == [1, None, 1], 'reading a marks it as recently used'",
        "assert lru.replay(1, [('put', 'a', 1), ('put', 'b', 2), ('get', 'a'), ('get', 'b')]) == [None, 2]",
        "assert lru.replay(2, [('put', 'a', 1), ('put', 'b', 2), ('put', 'a', 9), ('put', 'c', 3), ('get', 'a'), ('get', 'b')]) == [9, None], 'updating a key counts as a use'",
    ],
    "edits": [
        {"id": "c1", "path": "lru.py",
         "replace": _lru('''        if key not in self.data:
            return None
        self.data.move_to_end(key)
        return self.data[key]
''', '''        self.data[key] = value
        self.data.move_to_end(key)
        if len(self.data) > self.capacity:
            self.data.popitem(last=False)
'''),
         "note": "rewrite lru.py: refresh on every use, evict the oldest"},
        {"id": "c2", "path": "lru.py",
         "replace": _lru('''        return self.data.get(key)
''', '''        self.data[key] = value
        self.data.move_to_end(key)
        if len(self.data) > self.capacity:
            self.data.popitem(last=False)
'''),
         "note": "rewrite lru.py: plain dict lookup in get"},
        {"id": "c3", "path": "lru.py",
         "replace": _lru('''        if key not in self.data:
            return None
        self.data.move_to_end(key)
        return self.data[key]
''', '''        if len(self.data) > self.capacity:
            self.data.popitem(last=False)
        self.data[key] = value
        self.data.move_to_end(key)
'''),
         "note": "rewrite lru.py: evict before inserting"},
        {"id": "c4", "path": "lru.py",
         "replace": _lru('''        if key not in self.data:
            return None
        self.data.move_to_end(key)
        return self.data[key]
''', '''        self.data[key] = value
        self.data.move_to_end(key)
        if len(self.data) > self.capacity:
            self.data.popitem()
'''),
         "note": "rewrite lru.py: popitem() when the cache overflows"},
    ],
    "solution": ["c1"],
})

TASKS.append({
    "id": "fc2-door-state-machine",
    "family": "function_completion",
    "split": "train",
    "level": 1,
    "description": "next_state('locked', 'open') raises NotImplementedError. `next_state` should follow the "
                   "TRANSITIONS table, and an event that has no entry for the current state is ignored: the "
                   "door stays as it was.",
    "files": {
        "door.py": '''TRANSITIONS = {
    ("closed", "open"): "opened",
    ("opened", "close"): "closed",
    ("closed", "lock"): "locked",
    ("locked", "unlock"): "closed",
}


def next_state(state, event):
    raise NotImplementedError


def run(events, state="closed"):
    for event in events:
        state = next_state(state, event)
    return state
''',
    },
    "tests": [
        "import door",
        "assert door.next_state('closed', 'open') == 'opened', 'a listed transition'",
        "assert door.next_state('locked', 'open') == 'locked', 'a locked door ignores open'",
        "assert door.run(['lock', 'open', 'unlock', 'open']) == 'opened', 'lock, ignored open, unlock, open'",
        "assert door.next_state('opened', 'lock') == 'opened', 'an open door cannot be locked'",
    ],
    "edits": [
        {"id": "n1", "path": "door.py", "find": "    raise NotImplementedError\n",
         "replace": "    return TRANSITIONS[(state, event)]\n",
         "note": "index TRANSITIONS by (state, event)"},
        {"id": "n2", "path": "door.py", "find": "    raise NotImplementedError\n",
         "replace": "    return TRANSITIONS.get((state, event), state)\n",
         "note": "TRANSITIONS.get with the state as default"},
        {"id": "n3", "path": "door.py", "find": "    raise NotImplementedError\n",
         "replace": '    return TRANSITIONS.get((state, event), "closed")\n',
         "note": "unknown pairs fall back to the initial state"},
        {"id": "n4", "path": "door.py", "find": "    raise NotImplementedError\n",
         "replace": "    return TRANSITIONS.get((event, state), state)\n",
         "note": "look up (event, state) with a default"},
    ],
    "solution": ["n2"],
})

TASKS.append({
    "id": "fc2-restock-inventory",
    "family": "function_completion",
    "split": "train",
    "level": 2,
    "description": "`restock(stock, delivery)` returns the stock after a delivery as a NEW dict; neither argument "
                   "may change. Quantities of the same item add up, a delivery can hold negative numbers "
                   "(returns to the supplier), and an item whose quantity ends at zero or below is left out.",
    "files": {
        "warehouse.py": '''"""Stock levels: item name -> quantity on hand."""


def restock(stock, delivery):
    # TODO: merge the delivery into the stock
    return 0


def low_items(stock, threshold):
    return sorted(item for item, qty in stock.items() if qty < threshold)
''',
    },
    "tests": [
        "import warehouse",
        "assert warehouse.restock({'nut': 5}, {'nut': 3, 'bolt': 2}) == {'nut': 8, 'bolt': 2}",
        "assert warehouse.restock({'nut': 2, 'gear': 1}, {'nut': -2}) == {'gear': 1}, 'an item at zero is left out'",
        "assert (lambda s: (warehouse.restock(s, {'x': 1}), s))({'x': 1}) == ({'x': 2}, {'x': 1}), 'restock must not change its argument'",
    ],
    "edits": [
        {"id": "i1", "path": "warehouse.py",
         "find": "    # TODO: merge the delivery into the stock\n    return 0\n",
         "replace": '''    result = stock
    for item, qty in delivery.items():
        result[item] = result.get(item, 0) + qty
    return {item: qty for item, qty in result.items() if qty > 0}
''',
         "note": "accumulate into the stock dict, then filter"},
        {"id": "i2", "path": "warehouse.py",
         "find": "    # TODO: merge the delivery into the stock\n    return 0\n",
         "replace": '''    result = dict(stock)
    for item, qty in delivery.items():
        result[item] = qty
    return {item: qty for item, qty in result.items() if qty > 0}
''',
         "note": "copy, then take the delivered quantities"},
        {"id": "i3", "path": "warehouse.py",
         "find": "    # TODO: merge the delivery into the stock\n    return 0\n",
         "replace": '''    result = dict(stock)
    for item, qty in delivery.items():
        result[item] = result.get(item, 0) + qty
    return {item: qty for item, qty in result.items() if qty >= 0}
''',
         "note": "copy, add, drop negative quantities"},
        {"id": "i4", "path": "warehouse.py",
         "find": "    # TODO: merge the delivery into the stock\n    return 0\n",
         "replace": '''    result = dict(stock)
    for item, qty in delivery.items():
        result[item] = result.get(item, 0) + qty
    return {item: qty for item, qty in result.items() if qty > 0}
''',
         "note": "copy, add, keep positive quantities"},
    ],
    "solution": ["i4"],
})

TASKS.append({
    "id": "fc2-polygon-area",
    "family": "function_completion",
    "split": "train",
    "level": 3,
    "description": "Fill in `polygon_area(corners)`: the area enclosed by a simple polygon whose corners are "
                   "listed in order, clockwise or counter-clockwise, as a float. Fewer than three corners "
                   "enclose nothing.",
    "files": {
        "shapes.py": '''def distance(p, q):
    return ((p[0] - q[0]) ** 2 + (p[1] - q[1]) ** 2) ** 0.5


def perimeter(corners):
    n = len(corners)
    return sum(distance(corners[i], corners[(i + 1) % n]) for i in range(n)) if n > 1 else 0.0


def polygon_area(corners):
    pass
''',
    },
    "tests": [
        "import shapes",
        "assert shapes.polygon_area([(1, 1), (3, 1), (3, 3), (1, 3)]) == 4.0",
        "assert shapes.polygon_area([(0, 0), (0, 3), (4, 0)]) == 6.0, 'clockwise corners give a positive area too'",
        "assert shapes.polygon_area([(0, 0), (1, 0), (0, 1)]) == 0.5",
        "assert shapes.polygon_area([(2, 2), (5, 5)]) == 0.0, 'two corners enclose nothing'",
    ],
    "edits": [
        {"id": "p1", "path": "shapes.py", "find": "def polygon_area(corners):\n    pass\n",
         "replace": '''def polygon_area(corners):
    n = len(corners)
    total = sum(corners[i][0] * corners[(i + 1) % n][1] - corners[(i + 1) % n][0] * corners[i][1]
                for i in range(n))
    return abs(total) / 2
''',
         "note": "Gauss's formula, absolute value, float"},
        {"id": "p2", "path": "shapes.py", "find": "def polygon_area(corners):\n    pass\n",
         "replace": '''def polygon_area(corners):
    n = len(corners)
    total = sum(corners[i][0] * corners[(i + 1) % n][1] - corners[(i + 1) % n][0] * corners[i][1]
                for i in range(n))
    return total / 2
''',
         "note": "area of the polygon: the signed shoelace sum over consecutive corners, halved"},
        {"id": "p3", "path": "shapes.py", "find": "def polygon_area(corners):\n    pass\n",
         "replace": '''def polygon_area(corners):
    n = len(corners)
    total = sum(corners[i][0] * corners[i + 1][1] - corners[i + 1][0] * corners[i][1]
                for i in range(n - 1))
    return abs(total) / 2
''',
         "note": "enclosed area: sum over the edges from the first corner to the last"},
        {"id": "p4", "path": "shapes.py", "find": "def polygon_area(corners):\n    pass\n",
         "replace": '''def polygon_area(corners):
    n = len(corners)
    total = sum(corners[i][0] * corners[(i + 1) % n][1] - corners[(i + 1) % n][0] * corners[i][1]
                for i in range(n))
    return float(abs(total) // 2)
''',
         "note": "integer halving of the absolute cross-product sum"},
    ],
    "solution": ["p1"],
})

TASKS.append({
    "id": "fc2-roman-numerals",
    "family": "function_completion",
    "split": "train",
    "level": 1,
    "description": "`roman_to_int`: convert a Roman numeral such as 'MCMXCIV' to an integer, including the "
                   "subtractive forms (IV, IX, XL, XC, CD, CM).",
    "files": {
        "roman.py": '''VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


def roman_to_int(numeral):
    raise NotImplementedError
''',
    },
    "tests": [
        "import roman",
        "assert roman.roman_to_int('III') == 3, 'repeated letters add up'",
        "assert roman.roman_to_int('IV') == 4, 'I before V subtracts'",
        "assert roman.roman_to_int('LVIII') == 58, 'no subtraction here'",
        "assert roman.roman_to_int('MCMXCIV') == 1994, 'CM, XC and IV'",
    ],
    "edits": [
        {"id": "v1", "path": "roman.py", "find": "    raise NotImplementedError\n",
         "replace": '''    return sum(VALUES[ch] for ch in numeral)
''',
         "note": "add up the letter values"},
        {"id": "v2", "path": "roman.py", "find": "    raise NotImplementedError\n",
         "replace": '''    total = 0
    for i, ch in enumerate(numeral):
        value = VALUES[ch]
        if i + 1 < len(numeral) and value <= VALUES[numeral[i + 1]]:
            total -= value
        else:
            total += value
    return total
''',
         "note": "subtract a letter when the next one is at least as large"},
        {"id": "v3", "path": "roman.py", "find": "    raise NotImplementedError\n",
         "replace": '''    total = 0
    for i, ch in enumerate(numeral):
        value = VALUES[ch]
        if i + 1 < len(numeral) and value < VALUES[numeral[i + 1]]:
            total -= value
        else:
            total += value
    return total
''',
         "note": "subtract a letter when the next one is larger"},
    ],
    "solution": ["v3"],
})

TASKS.append({
    "id": "fc2-parse-duration",
    "family": "function_completion",
    "split": "train",
    "level": 1,
    "description": "Write `parse_duration`, which turns strings like '1h30m', '45s' or '2h5s' into a number "
                   "of seconds. A bare number such as '90' is already in seconds.",
    "files": {
        "durations.py": '''import re

UNITS = {"h": 3600, "m": 60, "s": 1}


def parse_duration(text):
    return None
''',
    },
    "tests": [
        "import durations",
        "assert durations.parse_duration('1h30m') == 5400",
        "assert durations.parse_duration('45s') == 45, 'seconds are counted in full'",
        "assert durations.parse_duration('90') == 90, 'a bare number is seconds'",
        "assert durations.parse_duration('2h5s') == 7205",
    ],
    "edits": [
        {"id": "u1", "path": "durations.py", "find": "    return None\n",
         "replace": '''    if text.isdigit():
        return int(text)
    return sum(int(num) * UNITS[unit] for num, unit in re.findall(r"(\\d)([hms])", text))
''',
         "note": "findall on a digit followed by a unit letter"},
        {"id": "u2", "path": "durations.py", "find": "    return None\n",
         "replace": '''    return sum(int(num) * UNITS[unit] for num, unit in re.findall(r"(\\d+)([hms])", text))
''',
         "note": "sum number * unit over every number-unit pair"},
        {"id": "u3", "path": "durations.py", "find": "    return None\n",
         "replace": '''    if text.isdigit():
        return int(text)
    return sum(int(num) * UNITS[unit] for num, unit in re.findall(r"(\\d+)([hms])", text))
''',
         "note": "bare numbers first, then number-unit pairs"},
    ],
    "solution": ["u3"],
})


# ---------------------------------------------------------------------------
# Batch 3
# ---------------------------------------------------------------------------
TASKS.append({
    "id": "fc2-poll-percent",
    "family": "function_completion",
    "split": "train",
    "level": 3,
    "description": "Poll results are shown as whole percentages. `percent(part, whole)` must give the nearest "
                   "whole percent, where an exact half goes up (1 vote of 8 is 13%, not 12%). With no votes "
                   "at all it returns 0.",
    "files": {
        "poll.py": '''import math


def percent(part, whole):
    ...


def tally(votes):
    counts = {}
    for vote in votes:
        counts[vote] = counts.get(vote, 0) + 1
    return {option: percent(n, len(votes)) for option, n in counts.items()}
''',
    },
    "tests": [
        "import poll",
        "assert poll.percent(1, 8) == 13, 'an exact half goes up'",
        "assert poll.percent(1, 3) == 33",
        "assert poll.percent(2, 3) == 67",
        "assert poll.percent(0, 0) == 0, 'no votes at all'",
        "assert poll.tally(['y', 'y', 'n']) == {'y': 67, 'n': 33}",
    ],
    "edits": [
        {"id": "q1", "path": "poll.py", "find": "    ...\n",
         "replace": '''    if whole == 0:
        return 0
    return round(100 * part / whole)
''',
         "note": "round() to the nearest whole percent"},
        {"id": "q2", "path": "poll.py", "find": "    ...\n",
         "replace": '''    if whole == 0:
        return 0
    return int(100 * part / whole)
''',
         "note": "int() of the exact percentage"},
        {"id": "q3", "path": "poll.py", "find": "    ...\n",
         "replace": '''    if whole == 0:
        return 0
    return math.ceil(100 * part / whole)
''',
         "note": "math.ceil so that halves go up"},
        {"id": "q4", "path": "poll.py", "find": "    ...\n",
         "replace": '''    if whole == 0:
        return 0
    return (200 * part + whole) // (2 * whole)
''',
         "note": "floor of (200 * part + whole) / (2 * whole), all in integers"},
    ],
    "solution": ["q4"],
})

_PAGES_HEAD = '''"""Paging through search results. Pages are numbered from 1."""


'''


def _pages(count_body, page_body):
    return (_PAGES_HEAD + "def page_count(n_items, per_page):\n" + count_body
            + "\n\ndef page(items, number, per_page):\n" + page_body)


TASKS.append({
    "id": "fc2-pagination-pair",
    "family": "function_completion",
    "split": "train",
    "level": 2,
    "description": "Two functions in pages.py are stubs. `page_count(n_items, per_page)` is how many pages "
                   "the items fill (a partly filled last page counts; no items means no pages), and "
                   "`page(items, number, per_page)` returns the items on page `number`, counting from 1 "
                   "(an empty list past the end).",
    "files": {
        "pages.py": _pages("    pass\n", "    raise NotImplementedError\n"),
    },
    "tests": [
        "import pages",
        "assert pages.page_count(10, 3) == 4",
        "assert pages.page_count(9, 3) == 3, 'a full last page adds no extra page'",
        "assert pages.page_count(0, 5) == 0, 'no items, no pages'",
        "assert pages.page(list(range(10)), 1, 3) == [0, 1, 2], 'page 1 is the first page'",
        "assert pages.page(list(range(10)), 4, 3) == [9]",
        "assert pages.page(list(range(10)), 5, 3) == [], 'past the last page'",
    ],
    "edits": [
        {"id": "pg1", "path": "pages.py",
         "replace": _pages("    return n_items // per_page + 1\n",
                           "    start = (number - 1) * per_page\n    return items[start:start + per_page]\n"),
         "note": "whole-file: n // per_page + 1 pages; 1-based slice"},
        {"id": "pg2", "path": "pages.py",
         "replace": _pages("    return -(-n_items // per_page)\n",
                           "    start = number * per_page\n    return items[start:start + per_page]\n"),
         "note": "whole-file: ceiling division; slice from number * per_page"},
        {"id": "pg3", "path": "pages.py",
         "replace": _pages("    return -(-n_items // per_page)\n",
                           "    start = (number - 1) * per_page\n    return items[start:start + per_page]\n"),
         "note": "whole-file: variant C"},
        {"id": "pg4", "path": "pages.py",
         "replace": _pages("    return n_items // per_page\n",
                           "    start = (number - 1) * per_page\n    return items[start:start + per_page]\n"),
         "note": "whole-file: floor division for the page count"},
    ],
    "solution": ["pg3"],
})

TASKS.append({
    "id": "fc2-flatten-nested",
    "family": "function_completion",
    "split": "train",
    "level": 1,
    "description": "flatten([1, [2, ('a', [3])]]) -> [1, 2, 'a', 3]. Implement `flatten`: lists and tuples "
                   "nested to any depth become one flat list; strings are single values, not sequences.",
    "files": {
        "nesting.py": '''def flatten(value):
    return None
''',
    },
    "tests": [
        "import nesting",
        "assert nesting.flatten([1, [2, [3, [4]]]]) == [1, 2, 3, 4], 'any depth'",
        "assert nesting.flatten(['ab', ('c', ['d'])]) == ['ab', 'c', 'd'], 'strings are atoms and tuples are flattened'",
        "assert nesting.flatten([]) == []",
    ],
    "edits": [
        {"id": "fl1", "path": "nesting.py", "find": "    return None\n",
         "replace": '''    flat = []
    for item in value:
        if isinstance(item, (list, tuple)):
            flat.extend(flatten(item))
        else:
            flat.append(item)
    return flat
''',
         "note": "recurse into lists and tuples"},
        {"id": "fl2", "path": "nesting.py", "find": "    return None\n",
         "replace": '''    flat = []
    for item in value:
        if hasattr(item, "__iter__"):
            flat.extend(flatten(item))
        else:
            flat.append(item)
    return flat
''',
         "note": "recurse into anything iterable"},
        {"id": "fl3", "path": "nesting.py", "find": "    return None\n",
         "replace": '''    flat = []
    for item in value:
        if isinstance(item, list):
            flat.extend(flatten(item))
        else:
            flat.append(item)
    return flat
''',
         "note": "recurse into lists only"},
    ],
    "solution": ["fl1"],
})

TASKS.append({
    "id": "fc2-caesar-shift",
    "family": "function_completion",
    "split": "train",
    "level": 1,
    "description": "Complete `shift_text(text, k)`, a Caesar cipher: each letter moves k places through the "
                   "alphabet, wrapping from z to a; case is kept and anything that is not a letter is left "
                   "alone. k can be negative.",
    "files": {
        "cipher.py": '''import string


def shift_text(text, k):
    pass


def unshift_text(text, k):
    return shift_text(text, -k)
''',
    },
    "tests": [
        "import cipher",
        "assert cipher.shift_text('xyz', 3) == 'abc', 'wraps around'",
        "assert cipher.shift_text('Hello, World!', 13) == 'Uryyb, Jbeyq!', 'keeps case and punctuation'",
        "assert cipher.unshift_text('bcd', 1) == 'abc'",
    ],
    "edits": [
        {"id": "k1", "path": "cipher.py", "find": "def shift_text(text, k):\n    pass\n",
         "replace": '''def shift_text(text, k):
    out = []
    for ch in text:
        if ch.isalpha():
            out.append(chr((ord(ch.lower()) - ord("a") + k) % 26 + ord("a")))
        else:
            out.append(ch)
    return "".join(out)
''',
         "note": "shift_text: rotate every letter within a-z"},
        {"id": "k2", "path": "cipher.py", "find": "def shift_text(text, k):\n    pass\n",
         "replace": '''def shift_text(text, k):
    out = []
    for ch in text:
        if ch.isalpha():
            base = ord("A") if ch.isupper() else ord("a")
            out.append(chr((ord(ch) - base + k) % 26 + base))
        else:
            out.append(ch)
    return "".join(out)
''',
         "note": "shift_text: a separate base for upper- and lower-case letters"},
        {"id": "k3", "path": "cipher.py", "find": "def shift_text(text, k):\n    pass\n",
         "replace": '''def shift_text(text, k):
    return "".join(chr(ord(ch) + k) if ch.isalpha() else ch for ch in text)
''',
         "note": "shift_text: add k to the code point of each letter"},
    ],
    "solution": ["k2"],
})

TASKS.append({
    "id": "fc2-balanced-brackets",
    "family": "function_completion",
    "split": "train",
    "level": 1,
    "description": "`is_balanced(text)` should say whether the brackets (), [] and {} in text are properly "
                   "matched and nested. Other characters are ignored.",
    "files": {
        "brackets.py": '''OPENERS = {")": "(", "]": "[", "}": "{"}


def is_balanced(text):
    # TODO
    return 0
''',
    },
    "tests": [
        "import brackets",
        "assert brackets.is_balanced('([]{})') is True",
        "assert brackets.is_balanced('([)]') is False, 'crossed pairs are not balanced'",
        "assert brackets.is_balanced('((') is False, 'an unclosed bracket is not balanced'",
        "assert brackets.is_balanced('a(b)c') is True",
    ],
    "edits": [
        {"id": "b1", "path": "brackets.py", "find": "    # TODO\n    return 0\n",
         "replace": '''    stack = []
    for ch in text:
        if ch in "([{":
            stack.append(ch)
        elif ch in OPENERS:
            if not stack or stack.pop() != OPENERS[ch]:
                return False
    return True
''',
         "note": "stack of openers; mismatches fail"},
        {"id": "b2", "path": "brackets.py", "find": "    # TODO\n    return 0\n",
         "replace": '''    for closer, opener in OPENERS.items():
        depth = 0
        for ch in text:
            depth += (ch == opener) - (ch == closer)
            if depth < 0:
                return False
        if depth:
            return False
    return True
''',
         "note": "a depth counter for each kind of bracket"},
        {"id": "b3", "path": "brackets.py", "find": "    # TODO\n    return 0\n",
         "replace": '''    stack = []
    for ch in text:
        if ch in "([{":
            stack.append(ch)
        elif ch in OPENERS:
            if not stack or stack.pop() != OPENERS[ch]:
                return False
    return not stack
''',
         "note": "stack of openers; must end empty"},
    ],
    "solution": ["b3"],
})

TASKS.append({
    "id": "fc2-transcript-gpa",
    "family": "function_completion",
    "split": "train",
    "level": 2,
    "description": "Implement `gpa(courses)` in transcript.py. Each course is (letter, credits). The GPA is "
                   "the credit-weighted mean of the grade points, rounded to 2 decimals. Use "
                   "`grade_points` from grading.py: pass/fail courses have no grade points and count for "
                   "nothing. A transcript with no graded course has a GPA of 0.0.",
    "files": {
        "grading.py": '''POINTS = {"A": 4.0, "B": 3.0, "C": 2.0, "D": 1.0, "F": 0.0}


def grade_points(letter):
    """Grade points for a letter grade, or None for P (pass) and other ungraded marks."""
    return POINTS.get(letter)
''',
        "transcript.py": '''from grading import grade_points


def gpa(courses):
    return None
''',
    },
    "tests": [
        "import transcript",
        "assert transcript.gpa([('A', 4), ('C', 2)]) == 3.33, 'weighted by credits'",
        "assert transcript.gpa([('B', 3), ('P', 2)]) == 3.0",
        "assert transcript.gpa([]) == 0.0",
        "assert transcript.gpa([('P', 3)]) == 0.0, 'only pass/fail courses'",
    ],
    "edits": [
        {"id": "gp1", "path": "transcript.py", "find": "    return None\n",
         "replace": '''    graded = [grade_points(letter) for letter, _ in courses if grade_points(letter) is not None]
    return round(sum(graded) / len(graded), 2) if graded else 0.0
''',
         "note": "mean of the graded courses' points"},
        {"id": "gp2", "path": "transcript.py", "find": "    return None\n",
         "replace": '''    total = credits_sum = 0
    for letter, credits in courses:
        points = grade_points(letter)
        credits_sum += credits
        if points is not None:
            total += points * credits
    return round(total / credits_sum, 2) if credits_sum else 0.0
''',
         "note": "weighted sum over all credits taken"},
        {"id": "gp3", "path": "transcript.py", "find": "    return None\n",
         "replace": '''    total = credits_sum = 0
    for letter, credits in courses:
        points = grade_points(letter)
        if points is None:
            continue
        total += points * credits
        credits_sum += credits
    return round(total / credits_sum, 2) if credits_sum else 0.0
''',
         "note": "weighted by credits, skipping ungraded courses"},
        {"id": "gp4", "path": "transcript.py", "find": "    return None\n",
         "replace": '''    total = credits_sum = 0
    for letter, credits in courses:
        points = grade_points(letter)
        if points is None:
            continue
        total += points * credits
        credits_sum += credits
    return round(total / credits_sum, 2) if courses else 0.0
''',
         "note": "credit-weighted GPA, 0.0 for an empty transcript"},
    ],
    "solution": ["gp3"],
})

TASKS.append({
    "id": "fc2-normalize-path",
    "family": "function_completion",
    "split": "train",
    "level": 2,
    "description": "Write `normalize(path)` for '/'-separated paths: drop '.' and empty components, let '..' "
                   "remove the component before it ('..' at the root of an absolute path does nothing), keep "
                   "a leading '/', and return '.' when a relative path becomes empty.",
    "files": {
        "paths.py": '''def normalize(path):
    raise NotImplementedError("normalize")


def join(*parts):
    return normalize("/".join(parts))
''',
    },
    "tests": [
        "import paths",
        "assert paths.normalize('a/./b/../c/') == 'a/c'",
        "assert paths.normalize('/usr//local/') == '/usr/local', 'empty components and the trailing slash go'",
        "assert paths.normalize('a/..') == '.', 'an emptied relative path is .'",
        "assert paths.normalize('/x/../../y') == '/y', 'cannot go above the root'",
        "assert paths.join('docs', '..', 'src') == 'src'",
    ],
    "edits": [
        {"id": "np1", "path": "paths.py", "find": '    raise NotImplementedError("normalize")\n',
         "replace": '''    parts = []
    for part in path.split("/"):
        if part in ("", "."):
            continue
        if part == "..":
            if parts:
                parts.pop()
            continue
        parts.append(part)
    return "/".join(parts) or "."
''',
         "note": "stack of components joined with '/'"},
        {"id": "np2", "path": "paths.py", "find": '    raise NotImplementedError("normalize")\n',
         "replace": '''    absolute = path.startswith("/")
    parts = []
    for part in path.split("/"):
        if part == ".":
            continue
        if part == "..":
            if parts:
                parts.pop()
            continue
        parts.append(part)
    joined = "/".join(parts)
    return joined if absolute else joined or "."
''',
         "note": "skip '.', pop on '..'"},
        {"id": "np3", "path": "paths.py", "find": '    raise NotImplementedError("normalize")\n',
         "replace": '''    absolute = path.startswith("/")
    parts = []
    for part in path.split("/"):
        if part in ("", "."):
            continue
        if part == "..":
            if parts:
                parts.pop()
            continue
        parts.append(part)
    joined = "/".join(parts)
    if absolute:
        return "/" + joined
    return joined or "."
''',
         "note": "remember whether the path was absolute"},
        {"id": "np4", "path": "paths.py", "find": '    raise NotImplementedError("normalize")\n',
         "replace": '''    absolute = path.startswith("/")
    parts = []
    for part in path.split("/"):
        if part in ("", "."):
            continue
        if part == "..":
            if parts:
                parts.pop()
            continue
        parts.append(part)
    joined = "/".join(parts)
    if absolute:
        return "/" + joined
    return joined
''',
         "note": "an emptied relative path comes back as ''"},
    ],
    "solution": ["np3"],
})

TASKS.append({
    "id": "fc2-meeting-rooms",
    "family": "function_completion",
    "split": "train",
    "level": 2,
    "description": "`rooms_needed(meetings)` returns the smallest number of rooms that can host all the "
                   "meetings, given as (start, end) with the end exclusive: a meeting may start in a room "
                   "the minute another one ends there.",
    "files": {
        "rooms.py": '''import heapq


def rooms_needed(meetings):
    pass
''',
    },
    "tests": [
        "import rooms",
        "assert rooms.rooms_needed([(0, 30), (5, 10), (15, 20)]) == 2",
        "assert rooms.rooms_needed([(9, 10), (10, 11)]) == 1, 'a meeting may start when another ends'",
        "assert rooms.rooms_needed([(5, 10), (0, 5)]) == 1, 'meetings come in any order'",
        "assert rooms.rooms_needed([]) == 0",
        "assert rooms.rooms_needed([(0, 10), (1, 5), (20, 30)]) == 2, 'the answer is the peak, not the final count'",
    ],
    "edits": [
        {"id": "rm1", "path": "rooms.py", "find": "    pass\n",
         "replace": '''    ends = []
    for start, end in sorted(meetings):
        if ends and ends[0] < start:
            heapq.heappop(ends)
        heapq.heappush(ends, end)
    return len(ends)
''',
         "note": "reuse a room whose meeting ended before this one starts"},
        {"id": "rm2", "path": "rooms.py", "find": "    pass\n",
         "replace": '''    ends = []
    for start, end in meetings:
        if ends and ends[0] <= start:
            heapq.heappop(ends)
        heapq.heappush(ends, end)
    return len(ends)
''',
         "note": "heap of end times, meetings in the order given"},
        {"id": "rm3", "path": "rooms.py", "find": "    pass\n",
         "replace": '''    ends = []
    for start, end in sorted(meetings):
        while ends and ends[0] <= start:
            heapq.heappop(ends)
        heapq.heappush(ends, end)
    return len(ends)
''',
         "note": "free every room whose meeting is over"},
        {"id": "rm4", "path": "rooms.py", "find": "    pass\n",
         "replace": '''    ends = []
    for start, end in sorted(meetings):
        if ends and ends[0] <= start:
            heapq.heappop(ends)
        heapq.heappush(ends, end)
    return len(ends)
''',
         "note": "sorted by start, heap of end times, <= comparison"},
    ],
    "solution": ["rm4"],
})


# ---------------------------------------------------------------------------
# Batch 4
# ---------------------------------------------------------------------------
TASKS.append({
    "id": "fc2-compare-versions",
    "family": "function_completion",
    "split": "train",
    "level": 1,
    "description": "Implement `compare_versions(a, b)` for dotted version strings: -1 if a is older, 1 if it "
                   "is newer, 0 if equal. Components compare as numbers, and missing trailing components "
                   "count as 0, so '1.0' equals '1'.",
    "files": {
        "versions.py": '''def compare_versions(a, b):
    pass


def newest(versions):
    best = versions[0]
    for v in versions[1:]:
        if compare_versions(v, best) > 0:
            best = v
    return best
''',
    },
    "tests": [
        "import versions",
        "assert versions.compare_versions('1.10', '1.9') == 1, 'components compare as numbers'",
        "assert versions.compare_versions('1.0', '1') == 0",
        "assert versions.compare_versions('2.0.1', '2.0') == 1, 'a longer version can be newer'",
        "assert versions.newest(['0.9', '0.10.2', '0.10']) == '0.10.2'",
    ],
    "edits": [
        {"id": "vc1", "path": "versions.py", "find": "def compare_versions(a, b):\n    pass\n",
         "replace": '''def compare_versions(a, b):
    xs = [int(p) for p in a.split(".")]
    ys = [int(p) for p in b.split(".")]
    width = max(len(xs), len(ys))
    xs += [0] * (width - len(xs))
    ys += [0] * (width - len(ys))
    return (xs > ys) - (xs < ys)
''',
         "note": "compare_versions: zero-padded int lists"},
        {"id": "vc2", "path": "versions.py", "find": "def compare_versions(a, b):\n    pass\n",
         "replace": '''def compare_versions(a, b):
    xs, ys = a.split("."), b.split(".")
    width = max(len(xs), len(ys))
    xs += ["0"] * (width - len(xs))
    ys += ["0"] * (width - len(ys))
    return (xs > ys) - (xs < ys)
''',
         "note": "compare_versions: pad the component strings with '0'"},
        {"id": "vc3", "path": "versions.py", "find": "def compare_versions(a, b):\n    pass\n",
         "replace": '''def compare_versions(a, b):
    for x, y in zip(a.split("."), b.split(".")):
        if int(x) != int(y):
            return 1 if int(x) > int(y) else -1
    return 0
''',
         "note": "compare_versions: first differing component decides"},
        {"id": "vc4", "path": "versions.py", "find": "def compare_versions(a, b):\n    pass\n",
         "replace": '''def compare_versions(a, b):
    xs = tuple(int(p) for p in a.split("."))
    ys = tuple(int(p) for p in b.split("."))
    return (xs > ys) - (xs < ys)
''',
         "note": "compare_versions: tuples of ints"},
    ],
    "solution": ["vc1"],
})

_WRAP_HEAD = '''def wrap(text, width):
    """Greedy word wrap."""
    lines, line = [], ""
    for word in text.split():
        if not line:
            line = word
'''

TASKS.append({
    "id": "fc2-greedy-wrap",
    "family": "function_completion",
    "split": "train",
    "level": 2,
    "description": "Wrap text into lines of at most `width` characters, filling each line with as many "
                   "words as fit (words are separated by single spaces). A word longer than the width gets "
                   "a line of its own and is not broken. Fill in `wrap`.",
    "files": {
        "layout.py": '''def wrap(text, width):
    """Greedy word wrap."""
    raise NotImplementedError
''',
    },
    "tests": [
        "import layout",
        "assert layout.wrap('the quick brown fox', 9) == ['the quick', 'brown fox'], 'a line may be exactly width long'",
        "assert layout.wrap('', 10) == []",
        "assert layout.wrap('a extraordinary b', 5) == ['a', 'extraordinary', 'b']",
        "assert layout.wrap('one two', 3) == ['one', 'two']",
    ],
    "edits": [
        {"id": "ww1", "path": "layout.py", "replace": _WRAP_HEAD + '''        elif len(line) + 1 + len(word) < width:
            line += " " + word
        else:
            lines.append(line)
            line = word
    if line:
        lines.append(line)
    return lines
''',
         "note": "new layout.py: add a word while the line stays shorter than width"},
        {"id": "ww2", "path": "layout.py", "replace": _WRAP_HEAD + '''        elif len(line) + 1 + len(word) <= width:
            line += " " + word
        else:
            lines.append(line)
            line = word
    if line:
        lines.append(line)
    return lines
''',
         "note": "new layout.py: add a word while the line fits in width"},
        {"id": "ww3", "path": "layout.py", "replace": _WRAP_HEAD + '''        elif len(line) + 1 + len(word) <= width:
            line += " " + word
        else:
            lines.append(line)
            line = word
    return lines
''',
         "note": "new layout.py: append each line when the next word does not fit"},
        {"id": "ww4", "path": "layout.py", "replace": '''def wrap(text, width):
    """Greedy word wrap."""
    lines, line = [], ""
    for word in text.split():
        while len(word) > width:
            if line:
                lines.append(line)
                line = ""
            lines.append(word[:width])
            word = word[width:]
        if not line:
            line = word
        elif len(line) + 1 + len(word) <= width:
            line += " " + word
        else:
            lines.append(line)
            line = word
    if line:
        lines.append(line)
    return lines
''',
         "note": "new layout.py: cut over-long words at the width"},
    ],
    "solution": ["ww2"],
})

TASKS.append({
    "id": "fc2-build-order",
    "family": "function_completion",
    "split": "train",
    "level": 2,
    "description": "`build_order(deps)` maps each target to the targets it needs built first. Return an order "
                   "in which every target comes after its prerequisites; whenever several targets are ready, "
                   "take the alphabetically first. If the dependencies contain a cycle, return None.",
    "files": {
        "build.py": '''import heapq
from collections import deque


def build_order(deps):
    return None
''',
    },
    "tests": [
        "import build",
        "assert build.build_order({'app': ['lib'], 'lib': []}) == ['lib', 'app']",
        "assert build.build_order({'d': [], 'c': [], 'a': ['c'], 'b': []}) == ['b', 'c', 'a', 'd'], 'among ready targets the alphabetically first goes next'",
        "assert build.build_order({'x': ['y'], 'y': ['x'], 'z': []}) is None, 'a cycle gives None'",
    ],
    "edits": [
        {"id": "bo1", "path": "build.py", "find": "    return None\n",
         "replace": '''    waiting = {target: len(needs) for target, needs in deps.items()}
    users = {target: [] for target in deps}
    for target, needs in deps.items():
        for need in needs:
            users[need].append(target)
    ready = deque(sorted(t for t, n in waiting.items() if n == 0))
    order = []
    while ready:
        target = ready.popleft()
        order.append(target)
        for user in users[target]:
            waiting[user] -= 1
            if waiting[user] == 0:
                ready.append(user)
    return order if len(order) == len(deps) else None
''',
         "note": "Kahn's algorithm with a FIFO queue seeded in sorted order"},
        {"id": "bo2", "path": "build.py", "find": "    return None\n",
         "replace": '''    waiting = {target: len(needs) for target, needs in deps.items()}
    users = {target: [] for target in deps}
    for target, needs in deps.items():
        for need in needs:
            users[need].append(target)
    ready = [t for t, n in waiting.items() if n == 0]
    heapq.heapify(ready)
    order = []
    while ready:
        target = heapq.heappop(ready)
        order.append(target)
        for user in users[target]:
            waiting[user] -= 1
            if waiting[user] == 0:
                heapq.heappush(ready, user)
    return order
''',
         "note": "Kahn's algorithm with a min-heap; return what was ordered"},
        {"id": "bo3", "path": "build.py", "find": "    return None\n",
         "replace": '''    waiting = {target: len(needs) for target, needs in deps.items()}
    users = {target: [] for target in deps}
    for target, needs in deps.items():
        for need in needs:
            users[need].append(target)
    ready = [t for t, n in waiting.items() if n == 0]
    heapq.heapify(ready)
    order = []
    while ready:
        target = heapq.heappop(ready)
        order.append(target)
        for user in users[target]:
            waiting[user] -= 1
            if waiting[user] == 0:
                heapq.heappush(ready, user)
    return order if len(order) == len(deps) else None
''',
         "note": "min-heap of ready targets; None unless every target got ordered"},
    ],
    "solution": ["bo3"],
})

_VECTORS = '''"""Vector helpers shared by the matrix code."""


def dot(u, v):
    if len(u) != len(v):
        raise ValueError("length mismatch")
    return sum(a * b for a, b in zip(u, v))


def column(m, j):
    return [row[j] for row in m]
'''

TASKS.append({
    "id": "fc2-matmul-helpers",
    "family": "function_completion",
    "split": "train",
    "level": 2,
    "description": "matrix.py has a stub `matmul(a, b)`. Return the matrix product a x b (a is n x k, b is "
                   "k x m) as a list of rows, built from `dot` and `column` in vectors.py.",
    "files": {
        "vectors.py": _VECTORS,
        "matrix.py": '''from vectors import dot, column


def matmul(a, b):
    ...
''',
    },
    "tests": [
        "import matrix",
        "assert matrix.matmul([[1, 0], [0, 1]], [[5, 6], [7, 8]]) == [[5, 6], [7, 8]]",
        "assert matrix.matmul([[1, 2, 3], [4, 5, 6]], [[7, 8], [9, 10], [11, 12]]) == [[58, 64], [139, 154]]",
        "assert matrix.matmul([[1, 2]], [[3], [4]]) == [[11]], 'a 1x2 times a 2x1 is a 1x1'",
    ],
    "edits": [
        {"id": "mm1", "path": "matrix.py", "replace": '''from vectors import dot, column


def matmul(a, b):
    return [[dot(row, column(b, j)) for j in range(len(b))] for row in a]
''',
         "note": "write matrix.py: one dot product per row of a and column of b, j over range(len(b))"},
        {"id": "mm2", "path": "matrix.py", "replace": '''from vectors import dot, column


def matmul(a, b):
    return [[dot(row, column(b, j)) for j in range(len(b[0]))] for row in a]
''',
         "note": "write matrix.py: one dot product per row of a and column of b"},
        {"id": "mm3", "path": "matrix.py", "replace": '''from vectors import dot, column


def matmul(a, b):
    return [[dot(row, b[j]) for j in range(len(b[0]))] for row in a]
''',
         "note": "write matrix.py: dot each row of a with the rows of b"},
        {"id": "mm4", "path": "matrix.py", "replace": '''from vectors import dot, column


def matmul(a, b):
    return [[x * y for x, y in zip(row_a, row_b)] for row_a, row_b in zip(a, b)]
''',
         "note": "write matrix.py: multiply matching entries"},
    ],
    "solution": ["mm2"],
})

TASKS.append({
    "id": "fc2-isbn10-check",
    "family": "function_completion",
    "split": "train",
    "level": 2,
    "description": "`isbn10_ok(code)` should accept a valid ISBN-10 and reject anything else. Hyphens are "
                   "ignored; there must be 10 characters left, all digits except that the last may be 'X' "
                   "(worth 10); and the sum of each value times its weight (10 for the first down to 1 for "
                   "the last) must be divisible by 11.",
    "files": {
        "isbn.py": '''def isbn10_ok(code):
    raise NotImplementedError
''',
    },
    "tests": [
        "import isbn",
        "assert isbn.isbn10_ok('0-306-40615-2')",
        "assert not isbn.isbn10_ok('0306406153')",
        "assert isbn.isbn10_ok('080442957X'), 'X is worth 10 as the check digit'",
        "assert not isbn.isbn10_ok('X123456788'), 'X is only allowed last'",
        "assert not isbn.isbn10_ok('12345'), 'too short'",
    ],
    "edits": [
        {"id": "is1", "path": "isbn.py", "find": "    raise NotImplementedError\n",
         "replace": '''    chars = code.replace("-", "")
    if len(chars) != 10:
        return False
    total = 0
    for i, ch in enumerate(chars):
        if ch == "X" and i == 9:
            value = 10
        elif ch.isdigit():
            value = int(ch)
        else:
            return False
        total += (10 - i) * value
    return total % 11 == 0
''',
         "note": "strip hyphens; 'X' accepted at index 9"},
        {"id": "is2", "path": "isbn.py", "find": "    raise NotImplementedError\n",
         "replace": '''    chars = code.replace("-", "")
    if len(chars) != 10:
        return False
    total = 0
    for i, ch in enumerate(chars):
        if ch == "X":
            value = 10
        elif ch.isdigit():
            value = int(ch)
        else:
            return False
        total += (10 - i) * value
    return total % 11 == 0
''',
         "note": "strip hyphens; 'X' counts as 10"},
        {"id": "is3", "path": "isbn.py", "find": "    raise NotImplementedError\n",
         "replace": '''    if len(code) != 10:
        return False
    total = 0
    for i, ch in enumerate(code):
        if ch == "X" and i == 9:
            value = 10
        elif ch.isdigit():
            value = int(ch)
        else:
            return False
        total += (10 - i) * value
    return total % 11 == 0
''',
         "note": "exactly ten characters, weighted sum mod 11"},
        {"id": "is4", "path": "isbn.py", "find": "    raise NotImplementedError\n",
         "replace": '''    chars = code.replace("-", "")
    if len(chars) != 10:
        return False
    total = 0
    for i, ch in enumerate(chars):
        if ch == "X" and i == 9:
            value = 10
        elif ch.isdigit():
            value = int(ch)
        else:
            return False
        total += (9 - i) * value
    return total % 11 == 0
''',
         "note": "weights 9 down to 0"},
    ],
    "solution": ["is1"],
})

TASKS.append({
    "id": "fc2-sensor-smoothing",
    "family": "function_completion",
    "split": "train",
    "level": 3,
    "description": "Sensor readings are smoothed with a trailing mean over every full stretch of `window` "
                   "consecutive readings. `smooth(readings, window)` returns those means in order, as "
                   "floats; if there are fewer readings than the window, there is nothing to return.",
    "files": {
        "sensor.py": '''def smooth(readings, window):
    pass


def spikes(readings, window, limit):
    means = smooth(readings, window)
    return [i for i, m in enumerate(means) if m > limit]
''',
    },
    "tests": [
        "import sensor",
        "assert sensor.smooth([1, 2, 3, 4], 2) == [1.5, 2.5, 3.5]",
        "assert sensor.smooth([5], 3) == [], 'fewer readings than the window'",
        "assert sensor.smooth([2, 4, 6], 3) == [4.0]",
        "assert sensor.spikes([0, 0, 9, 9, 0], 2, 5) == [2]",
    ],
    "edits": [
        {"id": "sm1", "path": "sensor.py", "find": "def smooth(readings, window):\n    pass\n",
         "replace": '''def smooth(readings, window):
    return [sum(readings[max(0, i - window + 1):i + 1]) / min(window, i + 1)
            for i in range(len(readings))]
''',
         "note": "trailing mean at every reading, over the readings so far when fewer than window"},
        {"id": "sm2", "path": "sensor.py", "find": "def smooth(readings, window):\n    pass\n",
         "replace": '''def smooth(readings, window):
    return [sum(readings[i:i + window]) / window for i in range(len(readings) - window + 1)]
''',
         "note": "slide a fixed-size frame: n - w + 1 results"},
        {"id": "sm3", "path": "sensor.py", "find": "def smooth(readings, window):\n    pass\n",
         "replace": '''def smooth(readings, window):
    return [sum(readings[i:i + window]) / window for i in range(len(readings) - window)]
''',
         "note": "slide a fixed-size frame: n - w results"},
    ],
    "solution": ["sm2"],
})

TASKS.append({
    "id": "fc2-dedupe-emails",
    "family": "function_completion",
    "split": "train",
    "level": 2,
    "description": "Implement `unique_addresses(addresses)` in mailing.py. Two addresses are the same person if "
                   "`email_key` (contacts.py) gives the same key. Keep only the first address of each "
                   "person, exactly as it was written, in the original order.",
    "files": {
        "contacts.py": '''def email_key(address):
    """Addresses differing only in case or surrounding spaces are one person."""
    return address.strip().lower()
''',
        "mailing.py": '''from contacts import email_key


def unique_addresses(addresses):
    pass
''',
    },
    "tests": [
        "import mailing",
        "assert mailing.unique_addresses(['Ann@x.org', 'bob@y.com', 'ann@X.org ']) == ['Ann@x.org', 'bob@y.com']",
        "assert mailing.unique_addresses(['b@q.io', 'a@q.io']) == ['b@q.io', 'a@q.io'], 'keep the original order'",
        "assert mailing.unique_addresses([]) == []",
    ],
    "edits": [
        {"id": "ue1", "path": "mailing.py", "find": "    pass\n",
         "replace": '''    return list({email_key(a): a for a in addresses}.values())
''',
         "note": "a dict keyed by email_key, values in insertion order"},
        {"id": "ue2", "path": "mailing.py", "find": "    pass\n",
         "replace": '''    seen, unique = set(), []
    for address in addresses:
        key = email_key(address)
        if key not in seen:
            seen.add(key)
            unique.append(address)
    return unique
''',
         "note": "a seen-set of keys; the first address of each key"},
        {"id": "ue3", "path": "mailing.py", "find": "    pass\n",
         "replace": '''    seen, unique = set(), []
    for address in addresses:
        key = email_key(address)
        if key not in seen:
            seen.add(key)
            unique.append(key)
    return unique
''',
         "note": "a seen-set of keys, returning the keys"},
        {"id": "ue4", "path": "mailing.py", "find": "    pass\n",
         "replace": '''    firsts = {}
    for address in addresses:
        firsts.setdefault(email_key(address), address)
    return sorted(firsts.values())
''',
         "note": "first address per key, sorted"},
    ],
    "solution": ["ue2"],
})

TASKS.append({
    "id": "fc2-make-change",
    "family": "function_completion",
    "split": "train",
    "level": 1,
    "description": "`make_change(cents, coins)`: pay out `cents` by always taking the largest coin that still "
                   "fits. `coins` may be listed in any order. Return {coin: how many}, listing only coins "
                   "that are used.",
    "files": {
        "till.py": '''def make_change(cents, coins):
    # TODO
    return 0
''',
    },
    "tests": [
        "import till",
        "assert till.make_change(68, [25, 10, 5, 1]) == {25: 2, 10: 1, 5: 1, 1: 3}",
        "assert till.make_change(30, [1, 5, 10, 25]) == {25: 1, 5: 1}, 'coins may be listed smallest first'",
        "assert till.make_change(0, [1, 5]) == {}",
    ],
    "edits": [
        {"id": "mc1", "path": "till.py", "find": "    # TODO\n    return 0\n",
         "replace": '''    used = {}
    for coin in sorted(coins, reverse=True):
        count, cents = divmod(cents, coin)
        if count:
            used[coin] = count
    return used
''',
         "note": "largest coin first, skip unused coins"},
        {"id": "mc2", "path": "till.py", "find": "    # TODO\n    return 0\n",
         "replace": '''    used = {}
    for coin in coins:
        count, cents = divmod(cents, coin)
        if count:
            used[coin] = count
    return used
''',
         "note": "divmod by each coin in turn"},
        {"id": "mc3", "path": "till.py", "find": "    # TODO\n    return 0\n",
         "replace": '''    used = {}
    for coin in sorted(coins, reverse=True):
        used[coin], cents = divmod(cents, coin)
    return used
''',
         "note": "largest coin first, a count for every coin"},
    ],
    "solution": ["mc1"],
})


# ---------------------------------------------------------------------------
# Batch 5
# ---------------------------------------------------------------------------
def _islands(steps, bounds, wrap=""):
    return '''"""Maps are lists of equal-length strings: '#' is land, '.' is water."""

STEPS = ''' + steps + '''


def count_islands(grid):
    seen = set()
    islands = 0
    for r, row in enumerate(grid):
        for c, cell in enumerate(row):
            if cell != "#" or (r, c) in seen:
                continue
            islands += 1
            seen.add((r, c))
            stack = [(r, c)]
            while stack:
                y, x = stack.pop()
                for dy, dx in STEPS:
                    ny, nx = y + dy, x + dx
''' + wrap + '''                    if ''' + bounds + '''grid[ny][nx] == "#" and (ny, nx) not in seen:
                        seen.add((ny, nx))
                        stack.append((ny, nx))
    return islands
'''


_FOUR = "[(-1, 0), (1, 0), (0, -1), (0, 1)]"
_EIGHT = "[(dy, dx) for dy in (-1, 0, 1) for dx in (-1, 0, 1) if (dy, dx) != (0, 0)]"
_BOUNDS = "0 <= ny < len(grid) and 0 <= nx < len(grid[ny]) and "

TASKS.append({
    "id": "fc2-count-islands",
    "family": "function_completion",
    "split": "train",
    "level": 3,
    "description": "`count_islands(grid)` is a stub. Count the islands: groups of land cells that are "
                   "4-connected. Cells that only touch at a corner are not connected, and the map does not "
                   "wrap around at its edges.",
    "files": {
        "islands.py": '''"""Maps are lists of equal-length strings: '#' is land, '.' is water."""


def count_islands(grid):
    pass
''',
    },
    "tests": [
        "import islands",
        "assert islands.count_islands(['#.', '.#']) == 2, 'corner contact does not connect'",
        "assert islands.count_islands(['##.', '#..', '..#']) == 2",
        "assert islands.count_islands(['#..', '...', '#..']) == 2, 'the map does not wrap'",
        "assert islands.count_islands([]) == 0",
    ],
    "edits": [
        {"id": "il1", "path": "islands.py", "replace": _islands(_EIGHT, _BOUNDS),
         "note": "rewrite: flood fill through every touching neighbour"},
        {"id": "il2", "path": "islands.py", "replace": _islands(_FOUR, _BOUNDS),
         "note": "rewrite: flood fill through up, down, left and right"},
        {"id": "il3", "path": "islands.py",
         "replace": _islands(_FOUR, "", "                    ny, nx = ny % len(grid), nx % len(grid[0])\n"),
         "note": "rewrite: flood fill, neighbours taken modulo the map size"},
    ],
    "solution": ["il2"],
})

_HIST_HEAD = '''def histogram(values, lo, hi, bins):
    """Counts of values in `bins` equal-width bins covering [lo, hi]."""
    counts = [0] * bins
'''

TASKS.append({
    "id": "fc2-histogram-bins",
    "family": "function_completion",
    "split": "train",
    "level": 2,
    "description": "Finish `histogram(values, lo, hi, bins)`: split [lo, hi] into `bins` bins of equal width, "
                   "each bin including its left edge; the right edge `hi` itself belongs to the last bin. "
                   "Values outside [lo, hi] are not counted.",
    "files": {
        "hist.py": _HIST_HEAD + "    return None\n",
    },
    "tests": [
        "import hist",
        "assert hist.histogram([0, 1, 2, 3, 4], 0, 4, 2) == [2, 3], 'hi falls in the last bin'",
        "assert hist.histogram([5, -1, 10], 0, 10, 5) == [0, 0, 1, 0, 1]",
        "assert hist.histogram([], 0, 1, 3) == [0, 0, 0]",
        "assert hist.histogram([0.9, 1.2], 0, 4, 4) == [1, 1, 0, 0], 'a bin includes its left edge only'",
    ],
    "edits": [
        {"id": "h1", "path": "hist.py", "replace": _HIST_HEAD + '''    width = (hi - lo) / bins
    for v in values:
        if lo <= v <= hi:
            counts[int((v - lo) / width)] += 1
    return counts
''',
         "note": "new hist.py: bin index int((v - lo) / width)"},
        {"id": "h2", "path": "hist.py", "replace": _HIST_HEAD + '''    width = (hi - lo) / bins
    for v in values:
        index = int((v - lo) / width)
        counts[max(0, min(index, bins - 1))] += 1
    return counts
''',
         "note": "new hist.py: clamp the bin index into range"},
        {"id": "h3", "path": "hist.py", "replace": _HIST_HEAD + '''    width = (hi - lo) / bins
    for v in values:
        if lo <= v <= hi:
            counts[min(int((v - lo) / width), bins - 1)] += 1
    return counts
''',
         "note": "new hist.py: in-range values only, index capped at bins - 1"},
        {"id": "h4", "path": "hist.py", "replace": _HIST_HEAD + '''    width = (hi - lo) / (bins - 1)
    for v in values:
        if lo <= v <= hi:
            counts[min(int((v - lo) / width), bins - 1)] += 1
    return counts
''',
         "note": "new hist.py: width from bins - 1 gaps"},
        {"id": "h5", "path": "hist.py", "replace": _HIST_HEAD + '''    width = (hi - lo) / bins
    for v in values:
        if lo <= v <= hi:
            counts[min(round((v - lo) / width), bins - 1)] += 1
    return counts
''',
         "note": "new hist.py: nearest bin index"},
    ],
    "solution": ["h3"],
})

TASKS.append({
    "id": "fc2-card-number-luhn",
    "family": "function_completion",
    "split": "train",
    "level": 4,
    "description": "cards.card_ok is unfinished. A card number is OK when `digits_of` can read it, it has 12 "
                   "to 19 digits, and its `luhn_sum` is a multiple of 10. Use the helpers in digits.py and "
                   "luhn.py as they are.",
    "files": {
        "digits.py": '''def digits_of(text):
    """The digits of `text` with spaces removed, or None if anything else is in it."""
    text = text.replace(" ", "")
    if not text.isdigit():
        return None
    return [int(ch) for ch in text]
''',
        "luhn.py": '''def luhn_sum(digits):
    """Luhn sum of the digits as written (most significant first): every second digit
    from the right is doubled, and 9 is subtracted from doubles above 9."""
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total
''',
        "cards.py": '''from digits import digits_of
from luhn import luhn_sum


def card_ok(number):
    raise NotImplementedError
''',
    },
    "tests": [
        "import cards",
        "assert cards.card_ok('4539 1488 0343 6467')",
        "assert not cards.card_ok('4539 1488 0343 6468')",
        "assert not cards.card_ok('0'), 'too short to be a card number'",
        "assert not cards.card_ok('4539-1488-0343-6467'), 'dashes make a number unreadable'",
    ],
    "edits": [
        {"id": "cd1", "path": "cards.py", "find": "    raise NotImplementedError\n",
         "replace": '''    digits = digits_of(number)
    if digits is None or not 12 <= len(digits) <= 19:
        return False
    return luhn_sum(digits) % 10 == 0
''',
         "note": "all three conditions, helpers used as is"},
        {"id": "cd2", "path": "cards.py", "find": "    raise NotImplementedError\n",
         "replace": '''    digits = digits_of(number)
    if digits is None:
        return False
    return luhn_sum(digits) % 10 == 0
''',
         "note": "Luhn sum of any readable number"},
        {"id": "cd3", "path": "cards.py", "find": "    raise NotImplementedError\n",
         "replace": '''    digits = digits_of(number)
    if digits is None or not 12 <= len(digits) <= 19:
        return False
    return luhn_sum(digits[::-1]) % 10 == 0
''',
         "note": "feed luhn_sum the digits rightmost first"},
        {"id": "cd4", "path": "cards.py", "find": "    raise NotImplementedError\n",
         "replace": '''    digits = digits_of(number)
    if not 12 <= len(digits) <= 19:
        return False
    return luhn_sum(digits) % 10 == 0
''',
         "note": "length check, then Luhn"},
    ],
    "solution": ["cd1"],
})

TASKS.append({
    "id": "fc2-camel-to-snake",
    "family": "function_completion",
    "split": "train",
    "level": 2,
    "description": "Implement `to_snake(name)`, converting camelCase or PascalCase identifiers to "
                   "snake_case. A run of capitals is an acronym and stays one word: "
                   "'parseHTTPResponse' -> 'parse_http_response', 'userID' -> 'user_id'.",
    "files": {
        "naming.py": '''import re


def to_snake(name):
    return None


def to_camel(name):
    head, *rest = name.split("_")
    return head + "".join(part.title() for part in rest)
''',
    },
    "tests": [
        "import naming",
        "assert naming.to_snake('parseHTTPResponse') == 'parse_http_response', 'an acronym in the middle'",
        "assert naming.to_snake('userID') == 'user_id', 'an acronym at the end'",
        "assert naming.to_snake('Name') == 'name', 'PascalCase gets no leading underscore'",
        "assert naming.to_snake('already_snake') == 'already_snake', 'snake_case is left alone'",
    ],
    "edits": [
        {"id": "cs1", "path": "naming.py", "find": "def to_snake(name):\n    return None\n",
         "replace": '''def to_snake(name):
    return re.sub(r"(?<!^)([A-Z])", r"_\\1", name).lower()
''',
         "note": "to_snake: an underscore before every capital but the first character"},
        {"id": "cs2", "path": "naming.py", "find": "def to_snake(name):\n    return None\n",
         "replace": '''def to_snake(name):
    name = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\\1_\\2", name)
    return re.sub(r"([a-z0-9])([A-Z])", r"\\1_\\2", name).lower()
''',
         "note": "to_snake: split acronym from the next word, then lower-to-upper boundaries"},
        {"id": "cs3", "path": "naming.py", "find": "def to_snake(name):\n    return None\n",
         "replace": '''def to_snake(name):
    return re.sub(r"([a-z0-9])([A-Z])", r"\\1_\\2", name).lower()
''',
         "note": "to_snake: underscore at each lower-to-upper boundary"},
    ],
    "solution": ["cs2"],
})

TASKS.append({
    "id": "fc2-reading-time",
    "family": "function_completion",
    "split": "train",
    "level": 1,
    "description": "`reading_minutes(text, wpm=200)`: the estimated minutes needed to read `text`, where any "
                   "partial minute is rounded up. An empty text takes 0 minutes.",
    "files": {
        "blog.py": '''def reading_minutes(text, wpm=200):
    raise NotImplementedError
''',
    },
    "tests": [
        "import blog",
        "assert blog.reading_minutes('') == 0",
        "assert blog.reading_minutes('word ' * 200) == 1",
        "assert blog.reading_minutes('word ' * 201) == 2, 'a partial minute rounds up'",
    ],
    "edits": [
        {"id": "rt1", "path": "blog.py", "find": "    raise NotImplementedError\n",
         "replace": "    return -(-len(text.split()) // wpm)\n",
         "note": "ceiling division of the word count"},
        {"id": "rt2", "path": "blog.py", "find": "    raise NotImplementedError\n",
         "replace": "    return len(text.split()) // wpm + 1\n",
         "note": "whole minutes plus one for what is left over"},
    ],
    "solution": ["rt1"],
})

TASKS.append({
    "id": "fc2-run-length-compress",
    "family": "function_completion",
    "split": "train",
    "level": 2,
    "description": "compress('aaabcc') should be 'a3bc2': every block of one repeated character is written as "
                   "the character followed by the block's length, except that a block of length one is just "
                   "the character. Write `compress`.",
    "files": {
        "rle.py": '''from collections import Counter
from itertools import groupby


def compress(text):
    ...
''',
    },
    "tests": [
        "import rle",
        "assert rle.compress('aaabcc') == 'a3bc2'",
        "assert rle.compress('') == ''",
        "assert rle.compress('abca') == 'abca', 'only adjacent repeats form a block'",
    ],
    "edits": [
        {"id": "rl1", "path": "rle.py", "find": "    ...\n",
         "replace": '''    return "".join(ch + (str(n) if n > 1 else "") for ch, n in Counter(text).items())
''',
         "note": "count each character, skip counts of 1"},
        {"id": "rl2", "path": "rle.py", "find": "    ...\n",
         "replace": '''    out = []
    for ch, group in groupby(text):
        out.append(ch + str(len(list(group))))
    return "".join(out)
''',
         "note": "groupby, character plus run length"},
        {"id": "rl3", "path": "rle.py", "find": "    ...\n",
         "replace": '''    out, prev, n = [], "", 0
    for ch in text:
        if ch == prev:
            n += 1
        else:
            if prev:
                out.append(prev + (str(n) if n > 1 else ""))
            prev, n = ch, 1
    return "".join(out)
''',
         "note": "a manual loop that emits a block when the character changes"},
        {"id": "rl4", "path": "rle.py", "find": "    ...\n",
         "replace": '''    out = []
    for ch, group in groupby(text):
        n = len(list(group))
        out.append(ch + (str(n) if n > 1 else ""))
    return "".join(out)
''',
         "note": "groupby; a length only for blocks longer than one"},
    ],
    "solution": ["rl4"],
})

TASKS.append({
    "id": "fc2-daily-max-temps",
    "family": "function_completion",
    "split": "train",
    "level": 2,
    "description": "report.daily_max(lines) should return {date: highest temperature that day} from CSV lines "
                   "read by `parse_line` in readings.py. Lines that parse_line rejects are skipped.",
    "files": {
        "readings.py": '''def parse_line(line):
    """'2024-03-01,12.5' -> ('2024-03-01', 12.5); None for a blank or malformed line."""
    parts = line.strip().split(",")
    if len(parts) != 2:
        return None
    try:
        return parts[0], float(parts[1])
    except ValueError:
        return None
''',
        "report.py": '''from readings import parse_line


def daily_max(lines):
    ...
''',
    },
    "tests": [
        "import report",
        "assert report.daily_max(['2024-01-02,5.5', '2024-01-02,3.0', '2024-01-03,-4.0']) == {'2024-01-02': 5.5, '2024-01-03': -4.0}, 'a freezing day keeps its negative maximum'",
        "assert report.daily_max(['bad', '', '2024-01-02,1.0']) == {'2024-01-02': 1.0}, 'rejected lines are skipped'",
        "assert report.daily_max([]) == {}",
    ],
    "edits": [
        {"id": "dm1", "path": "report.py", "find": "    ...\n",
         "replace": '''    best = {}
    for line in lines:
        parsed = parse_line(line)
        if parsed is None:
            continue
        day, temp = parsed
        best[day] = temp
    return best
''',
         "note": "skip rejected lines, store each day's temperature"},
        {"id": "dm2", "path": "report.py", "find": "    ...\n",
         "replace": '''    best = {}
    for line in lines:
        parsed = parse_line(line)
        if parsed is None:
            continue
        day, temp = parsed
        best[day] = max(best.get(day, temp), temp)
    return best
''',
         "note": "running maximum per day"},
        {"id": "dm3", "path": "report.py", "find": "    ...\n",
         "replace": '''    best = {}
    for line in lines:
        day, temp = parse_line(line)
        best[day] = max(best.get(day, temp), temp)
    return best
''',
         "note": "unpack parse_line, keep the larger value per day"},
        {"id": "dm4", "path": "report.py", "find": "    ...\n",
         "replace": '''    best = {}
    for line in lines:
        parsed = parse_line(line)
        if parsed is None:
            continue
        day, temp = parsed
        best[day] = max(best.get(day, 0.0), temp)
    return best
''',
         "note": "max against the day's value so far, default 0.0"},
    ],
    "solution": ["dm2"],
})

TASKS.append({
    "id": "fc2-bowling-score",
    "family": "function_completion",
    "split": "train",
    "level": 2,
    "description": "Score a complete ten-pin bowling game from its list of rolls with `score(rolls)`. A strike "
                   "(10 on the first roll of a frame) scores 10 plus the next two rolls; a spare scores 10 "
                   "plus the next roll. The tenth frame's bonus rolls are not frames of their own.",
    "files": {
        "bowling.py": '''def score(rolls):
    return None
''',
    },
    "tests": [
        "import bowling",
        "assert bowling.score([0] * 20) == 0",
        "assert bowling.score([10] * 12) == 300, 'a perfect game'",
        "assert bowling.score([5] * 21) == 150, 'all spares'",
        "assert bowling.score([10, 3, 4] + [0] * 16) == 24, 'a strike then an open frame'",
    ],
    "edits": [
        {"id": "bw1", "path": "bowling.py", "find": "    return None\n",
         "replace": '''    total, i = 0, 0
    while i < len(rolls):
        if rolls[i] == 10:
            total += 10 + rolls[i + 1] + rolls[i + 2]
            i += 1
        elif rolls[i] + rolls[i + 1] == 10:
            total += 10 + rolls[i + 2]
            i += 2
        else:
            total += rolls[i] + rolls[i + 1]
            i += 2
    return total
''',
         "note": "walk the rolls until they run out"},
        {"id": "bw2", "path": "bowling.py", "find": "    return None\n",
         "replace": '''    total, i = 0, 0
    for frame in range(10):
        if rolls[i] == 10:
            total += 10 + rolls[i + 1]
            i += 1
        elif rolls[i] + rolls[i + 1] == 10:
            total += 10 + rolls[i + 2]
            i += 2
        else:
            total += rolls[i] + rolls[i + 1]
            i += 2
    return total
''',
         "note": "ten frames; the strike bonus is the next roll"},
        {"id": "bw3", "path": "bowling.py", "find": "    return None\n",
         "replace": '''    total, i = 0, 0
    for frame in range(10):
        if rolls[i] == 10:
            total += 10 + rolls[i + 1] + rolls[i + 2]
            i += 1
        elif rolls[i] + rolls[i + 1] == 10:
            total += 10 + rolls[i + 2]
            i += 2
        else:
            total += rolls[i] + rolls[i + 1]
            i += 2
    return total
''',
         "note": "exactly ten frames"},
        {"id": "bw4", "path": "bowling.py", "find": "    return None\n",
         "replace": '''    total, i = 0, 0
    for frame in range(10):
        if rolls[i] == 10:
            total += 10 + rolls[i + 1] + rolls[i + 2]
        elif rolls[i] + rolls[i + 1] == 10:
            total += 10 + rolls[i + 2]
        else:
            total += rolls[i] + rolls[i + 1]
        i += 2
    return total
''',
         "note": "ten frames of two rolls each"},
    ],
    "solution": ["bw3"],
})
