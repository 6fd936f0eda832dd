"""problem_solving training tasks (prefix ps2-): a small module with a bug (or two); tests fail;
the candidate edits are fixes in different places or different fixes of the right place.
Only the standard library; importing this module only builds TASKS."""


def _edit(eid, path, find, replace, note):
    edit = {"id": eid, "path": path, "replace": replace, "note": note}
    if find is not None:
        edit["find"] = find
    return edit


def _task(tid, level, description, files, tests, edits, solution):
    return {"id": "ps2-" + tid, "family": "problem_solving", "split": "train", "level": level,
            "description": description, "files": files, "tests": tests,
            "edits": [_edit(*e) for e in edits], "solution": solution}


TASKS = []

# ---------------------------------------------------------------------------
# batch 1
# ---------------------------------------------------------------------------
TASKS.append(_task(
    "rle-last-run", 1,
    "`encode` loses characters at the end of the string: encode('aaabcc') returns only the runs of a and b. Fix it.",
    {"rle.py": '''def encode(text):
    """'aaabcc' -> [('a', 3), ('b', 1), ('c', 2)]"""
    runs = []
    if not text:
        return runs
    current, count = text[0], 1
    for ch in text[1:]:
        if ch == current:
            count += 1
        else:
            runs.append((current, count))
            current, count = ch, 1
    return runs


def decode(runs):
    return "".join(ch * n for ch, n in runs)


def to_string(runs):
    return "".join(f"{n}{ch}" if n > 1 else ch for ch, n in runs)
'''},
    ["import rle",
     "assert rle.decode([('x', 2), ('y', 1)]) == 'xxy'",
     "assert rle.encode('') == []",
     "assert rle.encode('aaabcc') == [('a', 3), ('b', 1), ('c', 2)]",
     "assert rle.to_string(rle.encode('wwwwb')) == '4wb'",
     "assert rle.decode(rle.encode('hello')) == 'hello'"],
    [("e1", "rle.py", "    for ch in text[1:]:\n", "    for ch in text:\n",
      "encode: iterate over the whole text"),
     ("e2", "rle.py", "            current, count = ch, 1\n    return runs\n",
      "            current, count = ch, 1\n    runs.append((current, count))\n    return runs\n",
      "encode: flush the pending run after the loop"),
     ("e3", "rle.py", '    return "".join(ch * n for ch, n in runs)\n',
      '    return "".join(ch * n for ch, n in runs if n > 0)\n',
      "decode skips runs with a zero count")],
    ["e2"]))

TASKS.append(_task(
    "grade-cutoffs", 1,
    "A student who scores exactly 90 gets a B from `letter`. The cutoffs are meant to be inclusive.",
    {"grades.py": '''CUTOFFS = [(90, "A"), (80, "B"), (70, "C"), (60, "D")]


def letter(score):
    for cutoff, grade in CUTOFFS:
        if score > cutoff:
            return grade
    return "F"


def average(scores):
    if not scores:
        return 0.0
    return sum(scores) / len(scores)


def report(students):
    """{name: [scores]} -> {name: letter grade of the average score}"""
    return {name: letter(average(scores)) for name, scores in students.items()}
'''},
    ["import grades",
     "assert grades.letter(95) == 'A', 'letter(95) should be A'",
     "assert grades.letter(90) == 'A', 'a score of exactly 90 is an A'",
     "assert grades.letter(89.5) == 'B', '89.5 is still a B'",
     "assert grades.letter(12) == 'F'",
     "assert grades.average([80, 90]) == 85.0, 'average of 80 and 90'",
     "assert grades.report({'ann': [70, 70], 'bo': [89, 90]}) == {'ann': 'C', 'bo': 'B'}, 'report by average'"],
    [("e1", "grades.py", 'CUTOFFS = [(90, "A"), (80, "B"), (70, "C"), (60, "D")]\n',
      'CUTOFFS = [(89, "A"), (79, "B"), (69, "C"), (59, "D")]\n',
      "lower every cutoff by one point"),
     ("e2", "grades.py", "    return sum(scores) / len(scores)\n",
      "    return round(sum(scores) / len(scores))\n",
      "average: round to a whole point"),
     ("e3", "grades.py", "        if score > cutoff:\n", "        if score >= cutoff:\n",
      "letter: compare with >= instead of >")],
    ["e3"]))

TASKS.append(_task(
    "merge-touching", 2,
    "Touching intervals such as [1, 3] and [3, 4] should merge into [1, 4], but `merge` keeps them apart.",
    {"intervals.py": '''def merge(intervals):
    """Merge overlapping or touching [start, end] intervals; the result is sorted."""
    result = []
    for start, end in sorted(intervals):
        if result and start < result[-1][1]:
            result[-1][1] = max(result[-1][1], end)
        else:
            result.append([start, end])
    return result


def total_length(intervals):
    return sum(end - start for start, end in merge(intervals))


def contains(intervals, point):
    return any(start <= point <= end for start, end in intervals)
'''},
    ["import intervals",
     "assert intervals.merge([[1, 3], [2, 5]]) == [[1, 5]]",
     "assert intervals.merge([[4, 6], [1, 2]]) == [[1, 2], [4, 6]]",
     "assert intervals.merge([[1, 3], [3, 4]]) == [[1, 4]]",
     "assert intervals.merge([[1, 10], [2, 3], [3, 12]]) == [[1, 12]]",
     "assert intervals.total_length([[0, 2], [1, 3], [5, 6]]) == 4",
     "assert intervals.contains([[1, 2]], 2)"],
    [("e1", "intervals.py", "        if result and start < result[-1][1]:\n",
      "        if result and start <= result[-1][1]:\n",
      "merge when the next start equals the current end"),
     ("e2", "intervals.py", "    for start, end in sorted(intervals):\n",
      "    for start, end in sorted(intervals, key=lambda iv: iv[1]):\n",
      "sort the intervals by their end point"),
     ("e3", "intervals.py", "            result[-1][1] = max(result[-1][1], end)\n",
      "            result[-1][1] = end\n",
      "take the new interval's end when merging"),
     ("e4", "intervals.py", "    return any(start <= point <= end for start, end in intervals)\n",
      "    return any(start <= point < end for start, end in intervals)\n",
      "contains: half-open intervals")],
    ["e1"]))

TASKS.append(_task(
    "restock-mutates", 2,
    "`week` in orders.py returns the same stock snapshot repeated instead of one per delivery. Track down the cause.",
    {"inventory.py": '''def restock(stock, delivery):
    """The stock after a delivery {item: qty}. The stock passed in is left unchanged."""
    for item, qty in delivery.items():
        stock[item] = stock.get(item, 0) + qty
    return stock


def low_items(stock, threshold=5):
    return sorted(item for item, qty in stock.items() if qty < threshold)
''',
     "orders.py": '''import inventory


def fulfil(stock, order):
    """(new_stock, missing) after taking order {item: qty} out of stock."""
    new_stock = dict(stock)
    missing = {}
    for item, qty in order.items():
        have = new_stock.get(item, 0)
        if have >= qty:
            new_stock[item] = have - qty
        else:
            missing[item] = qty - have
            new_stock[item] = 0
    return new_stock, missing


def week(stock, deliveries):
    """Apply each delivery in turn; the stock after each one."""
    history = []
    for delivery in deliveries:
        stock = inventory.restock(stock, delivery)
        history.append(stock)
    return history
'''},
    ["import inventory",
     "import orders",
     "s = {'nail': 3}",
     "assert inventory.restock(s, {'nail': 2}) == {'nail': 5}, 'restock adds the delivery'",
     "assert s == {'nail': 3}, 'restock must not change the dict it was given'",
     "assert orders.fulfil({'bolt': 4}, {'bolt': 6}) == ({'bolt': 0}, {'bolt': 2}), 'fulfil reports what is missing'",
     "assert orders.week({'a': 1}, [{'a': 1}, {'b': 2}]) == [{'a': 2}, {'a': 2, 'b': 2}], 'one snapshot per delivery'",
     "assert inventory.low_items({'a': 1, 'b': 9, 'c': 5}) == ['a']"],
    [("e1", "orders.py", "        history.append(stock)\n", "        history.append(dict(stock))\n",
      "week: store a copy of each snapshot"),
     ("e2", "inventory.py", '    """The stock after a delivery {item: qty}. The stock passed in is left unchanged."""\n',
      '    """The stock after a delivery {item: qty}. The stock passed in is left unchanged."""\n    stock = dict(stock)\n',
      "restock: work on a copy of the stock"),
     ("e3", "inventory.py", "    return sorted(item for item, qty in stock.items() if qty < threshold)\n",
      "    return sorted(item for item, qty in stock.items() if qty <= threshold)\n",
      "low_items: include items at the threshold"),
     ("e4", "orders.py", "        if have >= qty:\n", "        if have > qty:\n",
      "fulfil: strict comparison on what is in stock")],
    ["e2"]))

TASKS.append(_task(
    "top-words-ties", 1,
    "`top` should list the most frequent words first and break ties alphabetically, but `top('c b a', 3)` returns ['c', 'b', 'a'].",
    {"wordfreq.py": '''import re


def words(text):
    return re.findall(r"[a-z']+", text.lower())


def counts(text):
    table = {}
    for word in words(text):
        table[word] = table.get(word, 0) + 1
    return table


def top(text, n):
    """The n most frequent words, most frequent first; ties in alphabetical order."""
    pairs = sorted(counts(text).items(), key=lambda kv: (kv[1], kv[0]), reverse=True)
    return [word for word, _ in pairs[:n]]
'''},
    ["import wordfreq",
     "assert wordfreq.words(\"It's a Dog\") == [\"it's\", 'a', 'dog']",
     "assert wordfreq.counts('b a b') == {'b': 2, 'a': 1}",
     "assert wordfreq.top('x y y z z z', 2) == ['z', 'y']",
     "assert wordfreq.top('pear apple fig apple fig', 2) == ['apple', 'fig']",
     "assert wordfreq.top('c b a', 3) == ['a', 'b', 'c']"],
    [("e1", "wordfreq.py", "key=lambda kv: (kv[1], kv[0]), reverse=True)",
      "key=lambda kv: kv[1], reverse=True)",
      "sort on the count alone"),
     ("e2", "wordfreq.py", '    return re.findall(r"[a-z\']+", text.lower())\n',
      '    return re.findall(r"[a-z]+", text.lower())\n',
      "words: letters only"),
     ("e3", "wordfreq.py", "key=lambda kv: (kv[1], kv[0]), reverse=True)",
      "key=lambda kv: (-kv[1], kv[0]))",
      "negate the count in the key and drop reverse=True")],
    ["e3"]))

TASKS.append(_task(
    "leap-century", 1,
    "Some date tests fail around the year 2000. Fix the `cal` module.",
    {"cal.py": '''DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def is_leap(year):
    return year % 4 == 0 and year % 100 != 0


def days_in_month(year, month):
    if month == 2 and is_leap(year):
        return 29
    return DAYS[month - 1]


def next_day(date):
    year, month, day = date
    if day < days_in_month(year, month):
        return (year, month, day + 1)
    if month < 12:
        return (year, month + 1, 1)
    return (year + 1, 1, 1)


def day_of_year(date):
    year, month, day = date
    return sum(days_in_month(year, m) for m in range(1, month)) + day
'''},
    ["import cal",
     "assert cal.is_leap(2024), '2024 is a leap year'",
     "assert not cal.is_leap(1900), '1900 is not a leap year'",
     "assert cal.next_day((2000, 2, 28)) == (2000, 2, 29), '2000 had a 29 February'",
     "assert cal.next_day((2023, 12, 31)) == (2024, 1, 1), 'new year'",
     "assert cal.day_of_year((2021, 3, 1)) == 60, '1 March 2021 is day 60'"],
    [("e1", "cal.py", "    return year % 4 == 0 and year % 100 != 0\n",
      "    return year % 4 == 0\n",
      "every fourth year is a leap year"),
     ("e2", "cal.py", "    return sum(days_in_month(year, m) for m in range(1, month)) + day\n",
      "    return sum(days_in_month(year, m) for m in range(1, month + 1)) + day\n",
      "day_of_year: include the current month"),
     ("e3", "cal.py", "    return year % 4 == 0 and year % 100 != 0\n",
      "    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)\n",
      "is_leap: centuries divisible by 400 are leap years"),
     ("e4", "cal.py", "    if day < days_in_month(year, month):\n",
      "    if day <= days_in_month(year, month):\n",
      "next_day: <= on the month length")],
    ["e3"]))

TASKS.append(_task(
    "transpose-rect", 2,
    "`transpose` breaks on matrices that are not square.",
    {"matrix.py": '''def transpose(m):
    return [[m[r][c] for r in range(len(m))] for c in range(len(m))]


def multiply(a, b):
    bt = transpose(b)
    return [[sum(x * y for x, y in zip(row, col)) for col in bt] for row in a]


def identity(n):
    return [[1 if r == c else 0 for c in range(n)] for r in range(n)]
'''},
    ["import matrix",
     "assert matrix.transpose([[1, 2], [3, 4]]) == [[1, 3], [2, 4]]",
     "assert matrix.multiply(matrix.identity(2), [[5, 6], [7, 8]]) == [[5, 6], [7, 8]]",
     "assert matrix.transpose([[1, 2, 3]]) == [[1], [2], [3]]",
     "assert matrix.multiply([[1, 2]], [[3], [4]]) == [[11]]"],
    [("e1", "matrix.py", "    bt = transpose(b)\n", "    bt = b\n",
      "multiply: pair rows of a with rows of b"),
     ("e2", "matrix.py", "    return [[m[r][c] for r in range(len(m))] for c in range(len(m))]\n",
      "    return [[m[r][c] for c in range(len(m[0]))] for r in range(len(m))]\n",
      "transpose: rows in the outer loop, columns inside"),
     ("e3", "matrix.py", "    return [[m[r][c] for r in range(len(m))] for c in range(len(m))]\n",
      "    return [[m[r][c] for r in range(len(m))] for c in range(len(m[0]))]\n",
      "transpose: the outer loop runs over the columns of the first row")],
    ["e3"]))

TASKS.append(_task(
    "split-bill-cents", 1,
    "Splitting $10.00 three ways with `split` loses a cent. Amounts are integer cents; when the total does not divide evenly, the first people pay one cent more.",
    {"bill.py": '''def split(total_cents, people):
    share = total_cents // people
    return [share] * people


def add_tip(cents, percent):
    return cents + cents * percent // 100


def fmt(cents):
    return f"${cents // 100}.{cents % 100:02d}"
'''},
    ["import bill",
     "assert bill.split(900, 3) == [300, 300, 300]",
     "assert sum(bill.split(1000, 3)) == 1000, 'no cent may be lost'",
     "assert bill.split(1001, 4) == [251, 250, 250, 250], 'the first people pay the extra cents'",
     "assert bill.add_tip(1000, 15) == 1150",
     "assert bill.fmt(1234) == '$12.34' and bill.fmt(5) == '$0.05'"],
    [("e1", "bill.py", "    share = total_cents // people\n    return [share] * people\n",
      "    share = round(total_cents / people)\n    return [share] * people\n",
      "round each share instead of flooring it"),
     ("e2", "bill.py", "    share = total_cents // people\n    return [share] * people\n",
      "    share, extra = divmod(total_cents, people)\n    return [share + 1 if i < extra else share for i in range(people)]\n",
      "hand out the remainder one cent at a time from the front"),
     ("e3", "bill.py", "    share = total_cents // people\n    return [share] * people\n",
      "    shares = [total_cents // people] * people\n    shares[-1] += total_cents - sum(shares)\n    return shares\n",
      "put the leftover cents on the last share")],
    ["e2"]))

TASKS.append(_task(
    "pagination-two", 3,
    "Users report two pagination problems: `page(items, 1)` shows the second batch of items, and `label` sometimes gives one page too few.",
    {"paging.py": '''def page_count(n_items, per_page):
    return n_items // per_page


def page(items, number, per_page=10):
    """The items on page `number`; pages are numbered from 1."""
    start = number * per_page
    return items[start:start + per_page]


def label(number, n_items, per_page=10):
    return f"page {number} of {page_count(n_items, per_page)}"
'''},
    ["import paging",
     "assert paging.page_count(20, 10) == 2",
     "assert paging.page_count(21, 10) == 3",
     "assert paging.page(list(range(25)), 1) == list(range(10))",
     "assert paging.page(list(range(25)), 3) == [20, 21, 22, 23, 24]",
     "assert paging.label(1, 5) == 'page 1 of 1'",
     "assert paging.page([], 1) == []"],
    [("e1", "paging.py", "    return n_items // per_page\n", "    return n_items // per_page + 1\n",
      "page_count: one more page for the leftovers"),
     ("e2", "paging.py", "    start = number * per_page\n", "    start = (number - 1) * per_page\n",
      "page: pages are 1-based"),
     ("e3", "paging.py", "    return n_items // per_page\n", "    return -(-n_items // per_page)\n",
      "page_count: ceiling division"),
     ("e4", "paging.py", "    start = number * per_page\n", "    start = number * per_page - 1\n",
      "page: start the slice one item earlier")],
    ["e3", "e2"]))

# ---------------------------------------------------------------------------
# batch 2
# ---------------------------------------------------------------------------
TASKS.append(_task(
    "shadowed-str", 1,
    "`summary` raises TypeError: 'str' object is not callable.",
    {"labels.py": '''def plural(word, n):
    return word if n == 1 else word + "s"


def summary(items):
    """['apple', 'pear'] -> 'apple, pear (2 items)'; items keep their order."""
    str = ", ".join(items)
    return str + " (" + str(len(items)) + " " + plural("item", len(items)) + ")"


def initials(name):
    return "".join(part[0].upper() for part in name.split())
'''},
    ["import labels",
     "assert labels.plural('cat', 3) == 'cats' and labels.plural('cat', 1) == 'cat'",
     "assert labels.summary(['pear', 'apple']) == 'pear, apple (2 items)'",
     "assert labels.summary(['fig']) == 'fig (1 item)'",
     "assert labels.initials('ada king lovelace') == 'AKL'"],
    [("e1", "labels.py", '    str = ", ".join(items)\n    return str + " (" + str(len(items))',
      '    joined = ", ".join(items)\n    return joined + " (" + str(len(items))',
      "summary: stop shadowing the builtin str"),
     ("e2", "labels.py", '    return word if n == 1 else word + "s"\n',
      '    return word if n <= 1 else word + "s"\n',
      "plural: zero is singular too"),
     ("e3", "labels.py", '    str = ", ".join(items)\n',
      '    str = ", ".join(sorted(items))\n',
      "summary: join the items in sorted order")],
    ["e1"]))

TASKS.append(_task(
    "bfs-sink-node", 2,
    "`distances` crashes on some graphs. A graph maps a node to the list of nodes it points to; a node with no outgoing edges may be missing from the dict.",
    {"graph.py": '''from collections import deque


def neighbours(graph, node):
    return graph[node]


def distances(graph, start):
    """Number of edges on a shortest path from start to every reachable node."""
    dist = {start: 0}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        for nxt in neighbours(graph, node):
            if nxt not in dist:
                dist[nxt] = dist[node] + 1
                queue.append(nxt)
    return dist


def path_exists(graph, a, b):
    return b in distances(graph, a)


def out_degree(graph):
    return {node: len(targets) for node, targets in graph.items()}
'''},
    ["import graph",
     "g = {'a': ['b', 'c'], 'b': ['e'], 'c': ['d'], 'd': ['e'], 'e': []}",
     "assert graph.distances(g, 'a') == {'a': 0, 'b': 1, 'c': 1, 'd': 2, 'e': 2}, 'shortest distances'",
     "h = {'x': ['y'], 'y': ['z']}",
     "assert graph.distances(h, 'x') == {'x': 0, 'y': 1, 'z': 2}",
     "assert graph.path_exists(h, 'y', 'z') and not graph.path_exists(h, 'z', 'x'), 'z is reachable from y only'",
     "assert graph.out_degree({'p': ['q', 'q'], 'q': []}) == {'p': 2, 'q': 0}"],
    [("e1", "graph.py", "        node = queue.popleft()\n", "        node = queue.pop()\n",
      "take nodes from the right end of the queue"),
     ("e2", "graph.py", "            if nxt not in dist:\n", "            if nxt not in dist and nxt in graph:\n",
      "distances: only follow nodes that are in the graph"),
     ("e3", "graph.py", "    return {node: len(targets) for node, targets in graph.items()}\n",
      "    return {node: len(set(targets)) for node, targets in graph.items()}\n",
      "out_degree counts distinct targets"),
     ("e4", "graph.py", "    return graph[node]\n", "    return graph.get(node, [])\n",
      "a node missing from the dict has no neighbours")],
    ["e4"]))

TASKS.append(_task(
    "turnstile-key", 1,
    "The turnstile never unlocks: `run(['coin'])` stays 'locked'.",
    {"turnstile.py": '''TRANSITIONS = {
    ("locked", "coin"): "unlocked",
    ("locked", "push"): "locked",
    ("unlocked", "coin"): "unlocked",
    ("unlocked", "push"): "locked",
}


def step(state, event):
    return TRANSITIONS.get((event, state), state)


def run(events, state="locked"):
    for event in events:
        state = step(state, event)
    return state


def count_entries(events):
    """How many people passed: a push while unlocked."""
    state, entries = "locked", 0
    for event in events:
        if state == "unlocked" and event == "push":
            entries += 1
        state = step(state, event)
    return entries
'''},
    ["import turnstile",
     "assert turnstile.run([]) == 'locked'",
     "assert turnstile.step('locked', 'coin') == 'unlocked'",
     "assert turnstile.run(['coin', 'push']) == 'locked'",
     "assert turnstile.run(['coin'], state='unlocked') == 'unlocked'",
     "assert turnstile.count_entries(['coin', 'push', 'push', 'coin', 'coin', 'push']) == 2"],
    [("e1", "turnstile.py", "    return TRANSITIONS.get((event, state), state)\n",
      "    return TRANSITIONS.get((state, event), state)\n",
      "step: look up (state, event), the order the table uses"),
     ("e2", "turnstile.py", "def run(events, state=\"locked\"):\n", "def run(events, state=\"unlocked\"):\n",
      "run starts unlocked"),
     ("e3", "turnstile.py", "    return TRANSITIONS.get((event, state), state)\n",
      "    return TRANSITIONS[(event, state)]\n",
      "step: index the table directly"),
     ("e4", "turnstile.py", "        if state == \"unlocked\" and event == \"push\":\n            entries += 1\n        state = step(state, event)\n",
      "        state = step(state, event)\n        if state == \"unlocked\" and event == \"push\":\n            entries += 1\n",
      "count_entries: step first, then count")],
    ["e1"]))

TASKS.append(_task(
    "lru-refresh", 2,
    "The price cache evicts entries that were just used. In `LRU`, a `get` should count as a use, so the least recently used entry is the one evicted.",
    {"lru.py": '''class LRU:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = {}

    def get(self, key, default=None):
        if key not in self.data:
            return default
        return self.data[key]

    def put(self, key, value):
        if key in self.data:
            del self.data[key]
        elif len(self.data) >= self.capacity:
            oldest = next(iter(self.data))
            del self.data[oldest]
        self.data[key] = value

    def keys(self):
        """Keys from least to most recently used."""
        return list(self.data)
''',
     "pricing.py": '''from lru import LRU

_cache = LRU(2)
calls = []


def base_price(sku):
    calls.append(sku)
    return len(sku) * 100


def price(sku):
    cached = _cache.get(sku)
    if cached is None:
        cached = base_price(sku)
        _cache.put(sku, cached)
    return cached
'''},
    ["import lru",
     "import pricing",
     "c = lru.LRU(2); c.put('a', 1); c.put('b', 2); c.put('c', 3)",
     "assert c.keys() == ['b', 'c']",
     "assert c.get('b') == 2 and c.get('zz', 0) == 0",
     "c.put('d', 4)",
     "assert c.keys() == ['b', 'd']",
     "assert [pricing.price(s) for s in ['ab', 'abc', 'ab', 'abcd', 'ab']] == [200, 300, 200, 400, 200]",
     "assert pricing.calls == ['ab', 'abc', 'abcd']"],
    [("e1", "pricing.py", "_cache = LRU(2)\n", "_cache = LRU(3)\n",
      "give the price cache room for three entries"),
     ("e2", "lru.py", "            oldest = next(iter(self.data))\n",
      "            oldest = next(reversed(self.data))\n",
      "put: evict from the other end of the dict"),
     ("e3", "lru.py", "        return self.data[key]\n",
      "        value = self.data.pop(key)\n        self.data[key] = value\n        return value\n",
      "get: move the key to the most recent position")],
    ["e3"]))

TASKS.append(_task(
    "shoelace-closing", 2,
    "`area` gives wrong results for polygons that do not touch the origin, e.g. the rectangle (1,1),(5,1),(5,4),(1,4) should have area 12.",
    {"geometry.py": '''def dist(p, q):
    return ((p[0] - q[0]) ** 2 + (p[1] - q[1]) ** 2) ** 0.5


def area(points):
    """Area of a simple polygon given its vertices in order (shoelace formula)."""
    total = 0
    for i in range(len(points) - 1):
        x1, y1 = points[i]
        x2, y2 = points[i + 1]
        total += x1 * y2 - x2 * y1
    return abs(total) / 2


def perimeter(points):
    n = len(points)
    return sum(dist(points[i], points[(i + 1) % n]) for i in range(n))


def centroid(points):
    n = len(points)
    return (sum(x for x, _ in points) / n, sum(y for _, y in points) / n)
'''},
    ["import geometry",
     "square = [(0, 0), (4, 0), (4, 3), (0, 3)]",
     "assert geometry.area(square) == 12.0, 'rectangle at the origin'",
     "assert geometry.perimeter(square) == 14.0, 'perimeter'",
     "assert geometry.area([(1, 1), (5, 1), (5, 4), (1, 4)]) == 12.0, 'rectangle away from the origin'",
     "assert geometry.area([(1, 1), (3, 1), (3, 4)]) == 3.0, 'triangle away from the origin'",
     "assert geometry.centroid(square) == (2.0, 1.5)"],
    [("e1", "geometry.py", "    for i in range(len(points) - 1):\n", "    for i in range(-1, len(points) - 1):\n",
      "variant: start the loop at index -1"),
     ("e2", "geometry.py", "    return abs(total) / 2\n",
      "    return abs(total + points[-1][0] * points[0][1]) / 2\n",
      "add the closing edge's term"),
     ("e3", "geometry.py", "    for i in range(len(points) - 1):\n", "    for i in range(len(points)):\n",
      "loop over every vertex")],
    ["e1"]))

TASKS.append(_task(
    "wrap-exact-width", 1,
    "`wrap('a bb ccc', 4)` puts 'a' and 'bb' on separate lines, although 'a bb' fits in 4 columns.",
    {"textwrap2.py": '''def wrap(text, width):
    """Greedy word wrap into lines of at most `width` characters."""
    lines, line = [], ""
    for word in text.split():
        if not line:
            line = word
        elif len(line) + 1 + len(word) < width:
            line += " " + word
        else:
            lines.append(line)
            line = word
    if line:
        lines.append(line)
    return lines


def longest_line(lines):
    return max((len(l) for l in lines), default=0)


def justify_left(lines, width):
    return [l.ljust(width) for l in lines]
'''},
    ["import textwrap2",
     "assert textwrap2.wrap('', 5) == []",
     "assert textwrap2.wrap('one two three', 8) == ['one two', 'three']",
     "assert textwrap2.wrap('a bb ccc', 4) == ['a bb', 'ccc']",
     "assert textwrap2.wrap('ab cd', 4) == ['ab', 'cd']",
     "assert textwrap2.longest_line(['ab', 'c']) == 2 and textwrap2.justify_left(['a'], 3) == ['a  ']"],
    [("e1", "textwrap2.py", "        elif len(line) + 1 + len(word) < width:\n",
      "        elif len(line) + 1 + len(word) <= width:\n",
      "a line may be exactly `width` long"),
     ("e2", "textwrap2.py", "    if line:\n        lines.append(line)\n", "    lines.append(line)\n",
      "always flush the last line"),
     ("e3", "textwrap2.py", "        elif len(line) + 1 + len(word) < width:\n",
      "        elif len(line) + len(word) <= width:\n",
      "don't count the joining space")],
    ["e1"]))

TASKS.append(_task(
    "config-equals-value", 1,
    "Loading a config with a base64 token such as `token=abc==` crashes in `parse` with ValueError: too many values to unpack.",
    {"config.py": '''def parse(text):
    """'host=db; port=5432' -> {'host': 'db', 'port': '5432'}; blank entries are ignored."""
    config = {}
    for entry in text.split(";"):
        entry = entry.strip()
        if not entry:
            continue
        key, value = entry.split("=")
        config[key.strip()] = value.strip()
    return config


def get_int(config, key, default=0):
    return int(config[key]) if key in config else default


def dump(config):
    return "; ".join(f"{k}={v}" for k, v in sorted(config.items()))
'''},
    ["import config",
     "assert config.parse('host=db; port=5432') == {'host': 'db', 'port': '5432'}",
     "assert config.parse('a=1;;b=2;') == {'a': '1', 'b': '2'}",
     "assert config.parse('token=abc==; mode=x') == {'token': 'abc==', 'mode': 'x'}",
     "assert config.get_int(config.parse('n = 3'), 'n') == 3 and config.get_int({}, 'n', 7) == 7",
     "assert config.dump({'b': '2', 'a': 'x=y'}) == 'a=x=y; b=2'"],
    [("e1", "config.py", '        key, value = entry.split("=")\n', '        key, value = entry.rsplit("=", 1)\n',
      "split on the last '='"),
     ("e2", "config.py", '        key, value = entry.split("=")\n', '        key, value = entry.split("=", 1)\n',
      "split at most once"),
     ("e3", "config.py", '        key, value = entry.split("=")\n', '        key, value = entry.split("=")[:2]\n',
      "keep only the first two pieces")],
    ["e2"]))

TASKS.append(_task(
    "roman-repeats", 2,
    "`to_int('III')` returns -1.",
    {"roman.py": '''VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
SYMBOLS = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
           (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]


def to_int(numeral):
    total = 0
    for i, ch in enumerate(numeral):
        value = VALUES[ch]
        if i + 1 < len(numeral) and value <= VALUES[numeral[i + 1]]:
            total -= value
        else:
            total += value
    return total


def to_roman(n):
    out = []
    for value, symbol in SYMBOLS:
        while n >= value:
            out.append(symbol)
            n -= value
    return "".join(out)
'''},
    ["import roman",
     "assert roman.to_int('IX') == 9, 'IX is 9'",
     "assert roman.to_int('MCMXCIV') == 1994, 'MCMXCIV is 1994'",
     "assert roman.to_roman(1994) == 'MCMXCIV', 'to_roman(1994)'",
     "assert roman.to_int('XXVII') == 27, 'repeated numerals add up'",
     "assert all(roman.to_int(roman.to_roman(n)) == n for n in range(1, 50)), 'round trip'"],
    [("e1", "roman.py", "        if i + 1 < len(numeral) and value <= VALUES[numeral[i + 1]]:\n",
      "        if i + 1 < len(numeral) - 1 and value <= VALUES[numeral[i + 1]]:\n",
      "to_int: stop looking ahead one numeral earlier"),
     ("e2", "roman.py", "        if i + 1 < len(numeral) and value <= VALUES[numeral[i + 1]]:\n",
      "        if i + 1 < len(numeral) and value < VALUES[numeral[i + 1]]:\n",
      "subtract only before a strictly larger numeral"),
     ("e3", "roman.py", "        while n >= value:\n", "        while n > value:\n",
      "to_roman: strict comparison in the loop"),
     ("e4", "roman.py", "        if i + 1 < len(numeral) and value <= VALUES[numeral[i + 1]]:\n",
      "        if i + 1 <= len(numeral) and value <= VALUES[numeral[i + 1]]:\n",
      "compare with the last numeral too")],
    ["e2"]))

# ---------------------------------------------------------------------------
# batch 3
# ---------------------------------------------------------------------------
TASKS.append(_task(
    "rpn-operand-order", 2,
    "`evaluate('10 4 -')` returns -6 instead of 6.",
    {"tokenizer.py": '''def tokenize(expr):
    """'3 -4 +' -> [3, -4, '+']; integers become ints, everything else stays a string."""
    tokens = []
    for part in expr.split():
        if part.lstrip("-").isdigit():
            tokens.append(int(part))
        else:
            tokens.append(part)
    return tokens
''',
     "rpn.py": '''from tokenizer import tokenize

OPS = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "/": lambda a, b: a // b,
}


def evaluate(expr):
    """Evaluate a postfix expression of integers, e.g. '2 3 4 * +' -> 14."""
    stack = []
    for token in tokenize(expr):
        if token in OPS:
            a = stack.pop()
            b = stack.pop()
            stack.append(OPS[token](a, b))
        else:
            stack.append(token)
    return stack.pop()
'''},
    ["import tokenizer",
     "import rpn",
     "assert tokenizer.tokenize('3 -4 +') == [3, -4, '+']",
     "assert rpn.evaluate('3 4 +') == 7",
     "assert rpn.evaluate('2 3 4 * +') == 14",
     "assert rpn.evaluate('10 4 -') == 6",
     "assert rpn.evaluate('20 5 /') == 4",
     "assert rpn.evaluate('5 1 2 + 4 * + 3 -') == 14"],
    [("e1", "rpn.py", '    "-": lambda a, b: a - b,\n', '    "-": lambda a, b: b - a,\n',
      "subtraction: b - a"),
     ("e2", "tokenizer.py", '        if part.lstrip("-").isdigit():\n', '        if part.isdigit():\n',
      "tokenize: only plain digits are numbers"),
     ("e3", "rpn.py", "            a = stack.pop()\n            b = stack.pop()\n",
      "            b = stack.pop()\n            a = stack.pop()\n",
      "the right operand is popped first"),
     ("e4", "rpn.py", '    "/": lambda a, b: a // b,\n', '    "/": lambda a, b: a / b,\n',
      "true division for /")],
    ["e3"]))

TASKS.append(_task(
    "lowest-start-zero", 1,
    "`lowest` is wrong whenever every reading is above zero.",
    {"weather.py": '''def lowest(readings):
    low = 0
    for r in readings:
        if r < low:
            low = r
    return low


def highest(readings):
    high = readings[0]
    for r in readings[1:]:
        if r > high:
            high = r
    return high


def daily_range(days):
    """{day: [readings]} -> {day: highest - lowest}"""
    return {day: highest(rs) - lowest(rs) for day, rs in days.items()}


def frost_days(days):
    return sorted(day for day, rs in days.items() if lowest(rs) < 0)
'''},
    ["import weather",
     "assert weather.lowest([3, -2, 5]) == -2, 'lowest of mixed readings'",
     "assert weather.highest([1, 7, 3]) == 7, 'highest'",
     "assert weather.lowest([12, 9, 15]) == 9, 'lowest of warm readings'",
     "assert weather.daily_range({'mon': [10, 14, 12]}) == {'mon': 4}, 'range of a warm day'",
     "assert weather.frost_days({'mon': [2, -1], 'tue': [4, 6], 'wed': [0, 3]}) == ['mon'], 'frost means below zero'"],
    [("e1", "weather.py", "    low = 0\n", "    low = readings[0]\n",
      "start from the first reading"),
     ("e2", "weather.py", "    return sorted(day for day, rs in days.items() if lowest(rs) < 0)\n",
      "    return sorted(day for day, rs in days.items() if lowest(rs) <= 0)\n",
      "frost_days: zero counts as frost"),
     ("e3", "weather.py", "    return {day: highest(rs) - lowest(rs) for day, rs in days.items()}\n",
      "    return {day: abs(lowest(rs) - highest(rs)) for day, rs in days.items()}\n",
      "daily_range: absolute difference")],
    ["e1"]))

TASKS.append(_task(
    "round-robin-end", 2,
    "Some tests of `scheduler` fail.",
    {"scheduler.py": '''def slices(jobs, quantum):
    """Round robin. jobs is a list of (name, time needed). Each turn the job at the front runs
    for up to `quantum`, and goes to the back of the queue if unfinished.
    Returns the (name, time run) of every turn."""
    queue, out = list(jobs), []
    while queue:
        name, left = queue.pop()
        run = min(left, quantum)
        out.append((name, run))
        if left > run:
            queue.append((name, left - run))
    return out


def finish_order(jobs, quantum):
    remaining = dict(jobs)
    order = []
    for name, run in slices(jobs, quantum):
        remaining[name] -= run
        if remaining[name] == 0:
            order.append(name)
    return order


def busy_time(jobs):
    return sum(t for _, t in jobs)
'''},
    ["import scheduler",
     "assert scheduler.slices([], 3) == []",
     "assert scheduler.busy_time([('a', 5), ('b', 3)]) == 8",
     "assert scheduler.slices([('a', 3), ('b', 1)], 2) == [('a', 2), ('b', 1), ('a', 1)]",
     "assert scheduler.finish_order([('a', 5), ('b', 2), ('c', 1)], 2) == ['b', 'c', 'a']"],
    [("e1", "scheduler.py", "            queue.append((name, left - run))\n",
      "            queue.insert(0, (name, left - run))\n",
      "requeue unfinished jobs at the other end"),
     ("e2", "scheduler.py", "        run = min(left, quantum)\n", "        run = max(left, quantum)\n",
      "run = max(left, quantum)"),
     ("e3", "scheduler.py", "        if remaining[name] == 0:\n", "        if remaining[name] <= 0:\n",
      "finish_order: treat overshoot as finished"),
     ("e4", "scheduler.py", "        name, left = queue.pop()\n", "        name, left = queue.pop(0)\n",
      "take the job at the front")],
    ["e4"]))

TASKS.append(_task(
    "histogram-top-edge", 1,
    "`histogram` raises IndexError when a value equals the maximum. The maximum belongs in the last bin.",
    {"hist.py": '''def bin_index(value, low, high, bins):
    width = (high - low) / bins
    return int((value - low) // width)


def histogram(values, bins):
    low, high = min(values), max(values)
    counts = [0] * bins
    for v in values:
        counts[bin_index(v, low, high, bins)] += 1
    return counts


def bar_chart(counts, char="#"):
    return [char * c for c in counts]
'''},
    ["import hist",
     "assert hist.bin_index(0, 0, 10, 5) == 0, 'bin of the minimum'",
     "assert hist.bin_index(3, 0, 10, 5) == 1, 'bin of 3 in [0, 10) with 5 bins'",
     "assert hist.histogram([1, 2, 2, 3, 9], 4) == [3, 1, 0, 1], 'four bins from 1 to 9'",
     "assert hist.histogram([0, 5, 10], 2) == [1, 2], 'two bins'",
     "assert hist.bar_chart([2, 0]) == ['##', '']"],
    [("e1", "hist.py", "    return int((value - low) // width)\n",
      "    return min(int((value - low) // width), bins - 1)\n",
      "clamp the index to the last bin"),
     ("e2", "hist.py", "    counts = [0] * bins\n", "    counts = [0] * (bins + 1)\n",
      "histogram: one spare bin for the maximum"),
     ("e3", "hist.py", "    width = (high - low) / bins\n", "    width = (high - low) / (bins - 1)\n",
      "bin_index: divide the span by bins - 1"),
     ("e4", "hist.py", "    return int((value - low) // width)\n", "    return round((value - low) / width)\n",
      "round to the nearest bin")],
    ["e1"]))

TASKS.append(_task(
    "csv-empty-fields", 2,
    "Empty CSV fields disappear in `parse_row` and shift the following columns to the left.",
    {"csvlite.py": '''def parse_row(line, sep=","):
    """'a, b,,c' -> ['a', 'b', '', 'c']; spaces around fields are stripped."""
    return [field.strip() for field in line.split(sep) if field]


def parse(text, sep=","):
    """Records as dicts keyed by the header row; blank lines are skipped."""
    rows = [parse_row(line, sep) for line in text.splitlines() if line.strip()]
    header, body = rows[0], rows[1:]
    return [dict(zip(header, row)) for row in body]


def column(records, name):
    return [record[name] for record in records]
'''},
    ["import csvlite",
     "assert csvlite.parse_row('a, b ,c') == ['a', 'b', 'c']",
     "assert csvlite.parse_row('x,,z') == ['x', '', 'z']",
     "assert csvlite.parse('name,age\\nann,31\\n\\nbo,') == [{'name': 'ann', 'age': '31'}, {'name': 'bo', 'age': ''}]",
     "assert csvlite.column(csvlite.parse('k;v\\n1;2', sep=';'), 'v') == ['2']"],
    [("e1", "csvlite.py", "    return [field.strip() for field in line.split(sep) if field]\n",
      "    return [field.strip() for field in line.split(sep) if field.strip()]\n",
      "parse_row: ignore fields that are only spaces"),
     ("e2", "csvlite.py", "    return [field.strip() for field in line.split(sep) if field]\n",
      "    return [field.strip() for field in line.split(sep)]\n",
      "parse_row: keep every field"),
     ("e3", "csvlite.py", "    return [dict(zip(header, row)) for row in body]\n",
      "    return [dict(zip(header, row + [''] * (len(header) - len(row)))) for row in body]\n",
      "parse: pad short rows with empty strings")],
    ["e2"]))

TASKS.append(_task(
    "clock-two-bugs", 3,
    "Several `clock` tests fail: times come out without leading zeros, and adding minutes past midnight gives '24:10'. There may be more than one thing wrong.",
    {"clock.py": '''DAY = 24 * 60


def parse(hhmm):
    h, m = hhmm.split(":")
    return int(h) * 60 + int(m)


def fmt(minutes):
    return f"{minutes // 60}:{minutes % 60}"


def add(hhmm, delta):
    """Add delta minutes (possibly negative) to a 24-hour clock time 'HH:MM'."""
    return fmt(parse(hhmm) + delta)


def duration(start, end):
    """Minutes from start to end; an end before the start is on the next day."""
    return (parse(end) - parse(start)) % DAY
'''},
    ["import clock",
     "assert clock.parse('01:30') == 90",
     "assert clock.fmt(90) == '01:30', 'fmt pads hours and minutes to two digits'",
     "assert clock.add('09:05', 10) == '09:15'",
     "assert clock.add('23:50', 20) == '00:10', 'wraps past midnight'",
     "assert clock.add('00:10', -20) == '23:50', 'wraps back before midnight'",
     "assert clock.duration('22:00', '01:00') == 180"],
    [("e1", "clock.py", "    return (parse(end) - parse(start)) % DAY\n",
      "    return abs(parse(end) - parse(start))\n",
      "duration: absolute difference"),
     ("e2", "clock.py", '    return f"{minutes // 60}:{minutes % 60}"\n',
      '    return f"{minutes // 60 % 24}:{minutes % 60}"\n',
      "fmt: hours modulo 24"),
     ("e3", "clock.py", '    return f"{minutes // 60}:{minutes % 60}"\n',
      '    return f"{minutes // 60:02d}:{minutes % 60:02d}"\n',
      "zero-pad both fields"),
     ("e4", "clock.py", "    return fmt(parse(hhmm) + delta)\n",
      "    return fmt((parse(hhmm) + delta) % DAY)\n",
      "add: wrap the result around the day")],
    ["e3", "e4"]))

TASKS.append(_task(
    "anagram-signature", 1,
    "`is_anagram('aab', 'abb')` says True.",
    {"anagrams.py": '''def signature(word):
    return "".join(sorted(set(word.lower())))


def groups(words):
    """Group words that are anagrams of each other, in first-seen order."""
    out = {}
    for w in words:
        out.setdefault(signature(w), []).append(w)
    return list(out.values())


def is_anagram(a, b):
    return a != b and signature(a) == signature(b)
'''},
    ["import anagrams",
     "assert anagrams.groups(['listen', 'silent', 'enlist', 'google']) == [['listen', 'silent', 'enlist'], ['google']], 'three anagrams and a loner'",
     "assert anagrams.is_anagram('Dusty', 'study'), 'case does not matter'",
     "assert not anagrams.is_anagram('aab', 'abb'), 'letter counts matter'",
     "assert anagrams.groups(['loop', 'pool', 'polo', 'lop']) == [['loop', 'pool', 'polo'], ['lop']], 'lop is shorter'"],
    [("e1", "anagrams.py", "        out.setdefault(signature(w), []).append(w)\n",
      "        out.setdefault((len(w), signature(w)), []).append(w)\n",
      "groups: key on the length as well"),
     ("e2", "anagrams.py", '    return "".join(sorted(set(word.lower())))\n',
      '    return "".join(sorted(word.lower()))\n',
      "signature keeps repeated letters"),
     ("e3", "anagrams.py", '    return "".join(sorted(set(word.lower())))\n',
      '    return "".join(sorted(set(word)))\n',
      "signature: don't lowercase")],
    ["e2"]))

TASKS.append(_task(
    "ledger-two-bugs", 3,
    "Two complaints about `apply`: customers cannot withdraw their whole balance, and fees make the balance go up.",
    {"ledger.py": '''def apply(balance, op):
    """op is (kind, cents). 'deposit' adds; 'withdraw' and 'fee' subtract.
    A withdrawal larger than the balance raises ValueError; a fee may overdraw."""
    kind, cents = op
    if kind == "withdraw":
        if cents >= balance:
            raise ValueError("insufficient funds")
        return balance - cents
    return balance + cents


def statement(ops, opening=0):
    balances = []
    balance = opening
    for op in ops:
        balance = apply(balance, op)
        balances.append(balance)
    return balances


def total(ops, kind):
    return sum(cents for k, cents in ops if k == kind)
'''},
    ["import ledger",
     "assert ledger.apply(100, ('deposit', 50)) == 150, 'deposits add'",
     "assert ledger.apply(100, ('withdraw', 100)) == 0, 'the whole balance may be withdrawn'",
     "assert ledger.apply(10, ('fee', 25)) == -15, 'fees subtract and may overdraw'",
     "assert ledger.statement([('deposit', 500), ('withdraw', 200), ('fee', 50)]) == [500, 300, 250], 'statement'",
     "assert ledger.total([('fee', 1), ('fee', 2), ('deposit', 5)], 'fee') == 3, 'total fees'"],
    [("e1", "ledger.py", '    if kind == "withdraw":\n', '    if kind in ("withdraw", "fee"):\n',
      "apply: treat fees like withdrawals"),
     ("e2", "ledger.py", "        if cents >= balance:\n", "        if cents > balance:\n",
      "refuse only withdrawals larger than the balance"),
     ("e3", "ledger.py", "    return balance + cents\n",
      '    if kind == "fee":\n        return balance - cents\n    return balance + cents\n',
      "apply: a case for fees"),
     ("e4", "ledger.py", "    balances = []\n", "    balances = [opening]\n",
      "statement: start with the opening balance")],
    ["e3", "e2"]))

# ---------------------------------------------------------------------------
# batch 4
# ---------------------------------------------------------------------------
TASKS.append(_task(
    "tags-shared-default", 2,
    "`add_tag('y')` returns ['x', 'y'] when `add_tag('x')` was called earlier. Without a list argument it should start a fresh list; with one, it adds to that list in place.",
    {"tags.py": '''def add_tag(tag, tags=[]):
    """Add tag to tags in place unless it is already there; returns tags."""
    if tag not in tags:
        tags.append(tag)
    return tags


def normalise(tag):
    return "-".join(tag.lower().split())


def tag_all(words):
    tags = add_tag(normalise(words[0]))
    for word in words[1:]:
        add_tag(normalise(word), tags)
    return tags
'''},
    ["import tags",
     "assert tags.normalise(' Red  Fox ') == 'red-fox'",
     "assert tags.add_tag('x') == ['x']",
     "assert tags.add_tag('y') == ['y']",
     "t = ['a']; tags.add_tag('b', t); tags.add_tag('a', t)",
     "assert t == ['a', 'b']",
     "assert tags.tag_all(['Big Cat', 'big  cat', 'Dog']) == ['big-cat', 'dog']"],
    [("e1", "tags.py", "def add_tag(tag, tags=[]):\n",
      "def add_tag(tag, tags=None):\n    if tags is None:\n        tags = []\n",
      "default to None and make a new list per call"),
     ("e2", "tags.py", "    tags = add_tag(normalise(words[0]))\n", "    tags = add_tag(normalise(words[0]), [])\n",
      "tag_all: pass an explicit empty list"),
     ("e3", "tags.py", '    """Add tag to tags in place unless it is already there; returns tags."""\n',
      '    """Add tag to tags in place unless it is already there; returns tags."""\n    tags = list(tags)\n',
      "add_tag: copy the list before adding")],
    ["e1"]))

TASKS.append(_task(
    "jobqueue-min-heap", 2,
    "`JobQueue.pop` hands out the least urgent job first.",
    {"jobs.py": '''import heapq


class JobQueue:
    """Highest priority first; jobs of equal priority come out in the order they were pushed."""

    def __init__(self):
        self._heap = []
        self._count = 0

    def push(self, name, priority):
        heapq.heappush(self._heap, (priority, self._count, name))
        self._count += 1

    def pop(self):
        return heapq.heappop(self._heap)[2]

    def __len__(self):
        return len(self._heap)


def drain(queue):
    out = []
    while len(queue):
        out.append(queue.pop())
    return out
'''},
    ["import jobs",
     "assert len(jobs.JobQueue()) == 0, 'a new queue is empty'",
     "q = jobs.JobQueue(); q.push('low', 1); q.push('high', 5); q.push('mid', 3)",
     "assert jobs.drain(q) == ['high', 'mid', 'low'], 'highest priority first'",
     "q = jobs.JobQueue(); q.push('a', 2); q.push('b', 2); q.push('c', 9); q.push('d', 2)",
     "assert jobs.drain(q) == ['c', 'a', 'b', 'd'], 'ties in push order'"],
    [("e1", "jobs.py", "        out.append(queue.pop())\n    return out\n",
      "        out.append(queue.pop())\n    return out[::-1]\n",
      "drain: reverse the result"),
     ("e2", "jobs.py", "        return heapq.heappop(self._heap)[2]\n",
      "        item = max(self._heap)\n        self._heap.remove(item)\n        heapq.heapify(self._heap)\n        return item[2]\n",
      "pop: take the largest entry"),
     ("e3", "jobs.py", "        heapq.heappush(self._heap, (priority, self._count, name))\n",
      "        heapq.heappush(self._heap, (-priority, self._count, name))\n",
      "push: store the negated priority"),
     ("e4", "jobs.py", "        heapq.heappush(self._heap, (priority, self._count, name))\n",
      "        heapq.heappush(self._heap, (-priority, -self._count, name))\n",
      "push: negate both priority and counter")],
    ["e3"]))

TASKS.append(_task(
    "flatten-leading-dot", 1,
    "`flatten({'c': 2})` gives {'.c': 2}. Flattened keys must not start with a dot.",
    {"nested.py": '''def flatten(tree, prefix=""):
    """{'a': {'b': 1}, 'c': 2} -> {'a.b': 1, 'c': 2}"""
    flat = {}
    for key, value in tree.items():
        path = prefix + "." + key
        if isinstance(value, dict):
            flat.update(flatten(value, path))
        else:
            flat[path] = value
    return flat


def unflatten(flat):
    tree = {}
    for path, value in flat.items():
        node = tree
        *parents, last = path.split(".")
        for part in parents:
            node = node.setdefault(part, {})
        node[last] = value
    return tree
'''},
    ["import nested",
     "assert nested.flatten({'a': {'b': 1}, 'c': 2}) == {'a.b': 1, 'c': 2}",
     "assert nested.flatten({'x': {'y': {'z': 0}}}) == {'x.y.z': 0}",
     "assert nested.unflatten({'a.b': 1, 'a.c': 2}) == {'a': {'b': 1, 'c': 2}}",
     "t = {'db': {'host': 'h', 'port': 1}, 'v': 2}",
     "assert nested.unflatten(nested.flatten(t)) == t"],
    [("e1", "nested.py", '        path = prefix + "." + key\n', "        path = prefix + key\n",
      "flatten: drop the separator"),
     ("e2", "nested.py", '        path = prefix + "." + key\n', '        path = prefix + "." + key if prefix else key\n',
      "no separator at the top level"),
     ("e3", "nested.py", '        *parents, last = path.split(".")\n', '        *parents, last = path.strip(".").split(".")\n',
      "unflatten: ignore stray dots at the ends")],
    ["e2"]))

TASKS.append(_task(
    "camel-first-word", 1,
    "`snake_to_camel('max_retry_count')` returns 'MaxRetryCount'; the first word should stay lower case.",
    {"naming.py": '''def snake_to_camel(name):
    """'max_retry_count' -> 'maxRetryCount'"""
    parts = name.split("_")
    return "".join(p.capitalize() for p in parts)


def camel_to_snake(name):
    out = []
    for ch in name:
        if ch.isupper():
            out.append("_" + ch.lower())
        else:
            out.append(ch)
    return "".join(out)


def to_kebab(name):
    return camel_to_snake(name).replace("_", "-")
'''},
    ["import naming",
     "assert naming.camel_to_snake('maxRetryCount') == 'max_retry_count', 'camel to snake'",
     "assert naming.snake_to_camel('max_retry_count') == 'maxRetryCount', 'first word stays lower case'",
     "assert naming.snake_to_camel('url') == 'url', 'one word'",
     "assert naming.snake_to_camel('load_v2x_file') == 'loadV2xFile', 'digits inside a word'",
     "assert naming.to_kebab('fooBar') == 'foo-bar'"],
    [("e1", "naming.py", '    return "".join(p.capitalize() for p in parts)\n',
      '    return parts[0] + "".join(p.title() for p in parts[1:])\n',
      "title-case every word after the first"),
     ("e2", "naming.py", '    return "".join(p.capitalize() for p in parts)\n',
      '    return parts[0] + "".join(p.capitalize() for p in parts[1:])\n',
      "keep the first part as it is"),
     ("e3", "naming.py", "        if ch.isupper():\n", "        if ch.isupper() and out:\n",
      "camel_to_snake: no underscore before a leading capital")],
    ["e2"]))

TASKS.append(_task(
    "fraction-sign", 1,
    "Fractions with a negative denominator are not normalised: `normalise(2, -4)` should be (-1, 2).",
    {"frac.py": '''from math import gcd


def normalise(num, den):
    """Lowest terms with a positive denominator: (2, -4) -> (-1, 2)."""
    if den == 0:
        raise ZeroDivisionError("zero denominator")
    g = gcd(num, den)
    return (num // g, den // g)


def add(a, b):
    return normalise(a[0] * b[1] + b[0] * a[1], a[1] * b[1])


def mul(a, b):
    return normalise(a[0] * b[0], a[1] * b[1])


def to_str(f):
    num, den = f
    return str(num) if den == 1 else f"{num}/{den}"
'''},
    ["import frac",
     "assert frac.normalise(6, 8) == (3, 4)",
     "assert frac.normalise(2, -4) == (-1, 2)",
     "assert frac.normalise(-3, -9) == (1, 3)",
     "assert frac.to_str(frac.add((1, 2), (1, -3))) == '1/6'",
     "assert frac.to_str(frac.mul((2, 3), (3, 2))) == '1'",
     "assert frac.to_str(frac.add((-1, 4), (0, 1))) == '-1/4'"],
    [("e1", "frac.py", "    g = gcd(num, den)\n", "    if den < 0:\n        num, den = -num, -den\n    g = gcd(num, den)\n",
      "move the sign to the numerator"),
     ("e2", "frac.py", "    return (num // g, den // g)\n", "    return (abs(num) // g, abs(den) // g)\n",
      "return absolute values"),
     ("e3", "frac.py", "    g = gcd(num, den)\n", "    if num < 0:\n        num, den = -num, -den\n    g = gcd(num, den)\n",
      "flip both signs when the numerator is negative")],
    ["e1"]))

TASKS.append(_task(
    "version-string-compare", 1,
    "`newest(['0.9.1', '0.10.0'])` picks 0.9.1.",
    {"versions.py": '''def parse(version):
    return tuple(version.split("."))


def is_newer(a, b):
    return parse(a) > parse(b)


def newest(versions):
    return max(versions, key=parse)


def bump(version, part="patch"):
    major, minor, patch = map(int, version.split("."))
    if part == "major":
        return f"{major + 1}.0.0"
    if part == "minor":
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"
'''},
    ["import versions",
     "assert versions.bump('1.4.9') == '1.4.10', 'patch bump'",
     "assert versions.bump('1.4.9', 'major') == '2.0.0', 'major bump'",
     "assert not versions.is_newer('1.2', '1.2'), 'equal versions'",
     "assert versions.is_newer('1.10', '1.9'), '1.10 is newer than 1.9'",
     "assert versions.newest(['0.9.1', '0.10.0', '0.9.12']) == '0.10.0', 'newest'",
     "assert versions.is_newer('2.100.0', '2.99.5'), 'three-digit parts'"],
    [("e1", "versions.py", '    return tuple(version.split("."))\n', '    return tuple(p.zfill(2) for p in version.split("."))\n',
      "pad every part to two digits"),
     ("e2", "versions.py", '    return tuple(version.split("."))\n', '    return tuple(int(p) for p in version.split("."))\n',
      "compare the parts as numbers"),
     ("e3", "versions.py", "def bump(version, part=\"patch\"):\n", "def bump(version, part=\"minor\"):\n",
      "bump the minor part by default")],
    ["e2"]))

TASKS.append(_task(
    "complete-prefix-anywhere", 2,
    "Autocomplete suggests 'maple' for the prefix 'ap'. Fix `suggestions`.",
    {"vocab.py": '''import re


def build(text):
    """Distinct words of text, lower-cased, in first-seen order."""
    seen = []
    for word in re.findall(r"[A-Za-z]+", text):
        word = word.lower()
        if word not in seen:
            seen.append(word)
    return seen
''',
     "complete.py": '''import vocab


def suggestions(words, prefix, limit=3):
    """Words that start with prefix (ignoring case), shortest first, then alphabetical."""
    prefix = prefix.lower()
    hits = [w for w in words if w.lower().find(prefix) >= 0]
    hits.sort(key=lambda w: (len(w), w))
    return hits[:limit]


def complete(text, prefix, limit=3):
    return suggestions(vocab.build(text), prefix, limit)
'''},
    ["import vocab",
     "import complete",
     "assert vocab.build('The cat, the hat') == ['the', 'cat', 'hat']",
     "assert complete.suggestions(['car', 'cart', 'scar', 'care'], 'car') == ['car', 'care', 'cart']",
     "assert complete.suggestions(['Apple', 'apply', 'maple'], 'AP', 5) == ['Apple', 'apply']",
     "assert complete.complete('a bat in a bath; a batter', 'bat', 2) == ['bat', 'bath']"],
    [("e1", "complete.py", "    hits = [w for w in words if w.lower().find(prefix) >= 0]\n",
      "    hits = [w for w in words if w.lower().startswith(prefix)]\n",
      "match the prefix at the start of the word only"),
     ("e2", "complete.py", "    hits = [w for w in words if w.lower().find(prefix) >= 0]\n",
      "    hits = [w for w in words if w.lower().find(prefix) > 0]\n",
      "find() > 0"),
     ("e3", "vocab.py", "        word = word.lower()\n", "",
      "build: keep each word's original case")],
    ["e1"]))

TASKS.append(_task(
    "get-path-falsy", 2,
    "Setting retries to 0 in the user config has no effect: `load` still reports 3. Same for debug=False.",
    {"paths.py": '''def get_path(tree, path, default=None):
    """tree['a']['b'] for path 'a.b'; default when a key on the way is missing."""
    node = tree
    for key in path.split("."):
        if not isinstance(node, dict) or key not in node:
            return default
        node = node[key]
    return node or default
''',
     "settings.py": '''from paths import get_path

DEFAULTS = {"retries": 3, "debug": True, "name": "app"}


def load(user):
    return {key: get_path(user, "app." + key, fallback) for key, fallback in DEFAULTS.items()}


def describe(settings):
    return ", ".join(f"{k}={settings[k]}" for k in sorted(settings))
'''},
    ["import paths",
     "import settings",
     "assert paths.get_path({'a': {'b': 5}}, 'a.b') == 5",
     "assert paths.get_path({'a': 1}, 'a.b', 'x') == 'x', 'path through a non-dict'",
     "assert settings.load({'app': {'retries': 0}})['retries'] == 0, 'zero retries'",
     "assert settings.load({'app': {'debug': False}})['debug'] is False",
     "assert paths.get_path({'a': None}, 'a', 'x') is None, 'a stored None is a value'",
     "assert settings.describe(settings.load({})) == 'debug=True, name=app, retries=3'"],
    [("e1", "paths.py", "        if not isinstance(node, dict) or key not in node:\n",
      "        if key not in node:\n",
      "get_path: simpler membership test"),
     ("e2", "paths.py", "    return node or default\n", "    return node if node is not None else default\n",
      "fall back to the default only for None"),
     ("e3", "settings.py", 'DEFAULTS = {"retries": 3, "debug": True, "name": "app"}\n',
      'DEFAULTS = {"retries": 0, "debug": False, "name": "app"}\n',
      "settings: falsy defaults"),
     ("e4", "paths.py", "    return node or default\n", "    return node\n",
      "return whatever value was found")],
    ["e4"]))

TASKS.append(_task(
    "dense-rank-two-bugs", 3,
    "The leaderboard is wrong in two ways: `ranking` lists the lowest scores first, and tied players push the next rank down (1, 1, 3 instead of the dense 1, 1, 2).",
    {"leaderboard.py": '''MEDALS = {1: "gold", 2: "silver", 3: "bronze"}


def ranking(scores):
    """{name: points} -> [(rank, name)], most points first, tied names alphabetical.
    Ranks are dense: 1, 2, 2, 3."""
    ordered = sorted(scores.items(), key=lambda kv: (kv[1], kv[0]))
    out = []
    rank, previous = 0, None
    for i, (name, points) in enumerate(ordered):
        if points != previous:
            rank = i + 1
            previous = points
        out.append((rank, name))
    return out


def top(scores, n):
    return [name for rank, name in ranking(scores) if rank <= n]


def medal(rank):
    return MEDALS.get(rank, "")
'''},
    ["import leaderboard",
     "assert leaderboard.medal(2) == 'silver' and leaderboard.medal(7) == ''",
     "assert leaderboard.ranking({'a': 5, 'b': 9}) == [(1, 'b'), (2, 'a')]",
     "assert [r for r, _ in leaderboard.ranking({'a': 1, 'b': 2, 'c': 2, 'd': 3})] == [1, 2, 2, 3]",
     "assert leaderboard.ranking({'y': 3, 'x': 3, 'z': 1}) == [(1, 'x'), (1, 'y'), (2, 'z')]",
     "assert leaderboard.top({'a': 1, 'b': 1, 'c': 0}, 1) == ['a', 'b']"],
    [("e1", "leaderboard.py", "            rank = i + 1\n", "            rank += 1\n",
      "dense ranks: next rank after a tie is one more"),
     ("e2", "leaderboard.py", "    ordered = sorted(scores.items(), key=lambda kv: (kv[1], kv[0]))\n",
      "    ordered = sorted(scores.items(), key=lambda kv: (kv[1], kv[0]), reverse=True)\n",
      "sort in descending order"),
     ("e3", "leaderboard.py", "    return [name for rank, name in ranking(scores) if rank <= n]\n",
      "    return [name for rank, name in ranking(scores) if rank < n]\n",
      "top: strict rank limit"),
     ("e4", "leaderboard.py", "    ordered = sorted(scores.items(), key=lambda kv: (kv[1], kv[0]))\n",
      "    ordered = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))\n",
      "negate points in the sort key")],
    ["e4", "e1"]))

# ---------------------------------------------------------------------------
# batch 5
# ---------------------------------------------------------------------------
TASKS.append(_task(
    "moving-average-window", 1,
    "`moving_average` always drops the last window.",
    {"series.py": '''def moving_average(values, k):
    """The average of every window of k consecutive values."""
    return [sum(values[i:i + k]) / k for i in range(len(values) - k)]


def smooth(values):
    return moving_average(values, 3)


def trend(values, k=2):
    avgs = moving_average(values, k)
    if len(avgs) < 2 or avgs[-1] == avgs[0]:
        return "flat"
    return "up" if avgs[-1] > avgs[0] else "down"
'''},
    ["import series",
     "assert series.moving_average([1, 2, 3, 4], 2) == [1.5, 2.5, 3.5]",
     "assert series.moving_average([5], 1) == [5.0]",
     "assert series.smooth([3, 3, 3]) == [3.0]",
     "assert series.trend([1, 2, 3]) == 'up' and series.trend([4, 4]) == 'flat'"],
    [("e1", "series.py", "    return [sum(values[i:i + k]) / k for i in range(len(values) - k)]\n",
      "    return [sum(values[i:i + k + 1]) / k for i in range(len(values) - k)]\n",
      "widen each slice by one"),
     ("e2", "series.py", "    return [sum(values[i:i + k]) / k for i in range(len(values) - k)]\n",
      "    return [sum(values[i:i + k]) / k for i in range(len(values) - k + 1)]\n",
      "one more window start")],
    ["e2"]))

TASKS.append(_task(
    "life-negative-index", 2,
    "In the game of life, a cell in a corner counts the cell in the opposite corner as a neighbour. Cells outside the grid are dead; `neighbours` should not wrap around.",
    {"life.py": '''def neighbours(grid, r, c):
    """Live cells among the 8 neighbours of (r, c)."""
    count = 0
    for dr in (-1, 0, 1):
        for dc in (-1, 0, 1):
            if dr == 0 and dc == 0:
                continue
            rr, cc = r + dr, c + dc
            if rr < len(grid) and cc < len(grid[0]):
                count += grid[rr][cc]
    return count


def step(grid):
    new = []
    for r, row in enumerate(grid):
        new_row = []
        for c, alive in enumerate(row):
            n = neighbours(grid, r, c)
            new_row.append(1 if n == 3 or (alive and n == 2) else 0)
        new.append(new_row)
    return new


def population(grid):
    return sum(map(sum, grid))
'''},
    ["import life",
     "blinker = [[0, 1, 0], [0, 1, 0], [0, 1, 0]]",
     "assert life.population(blinker) == 3, 'three live cells'",
     "assert life.neighbours(blinker, 1, 0) == 3, 'middle of the left edge'",
     "assert life.neighbours([[1, 0, 0], [0, 0, 0], [0, 0, 1]], 0, 0) == 0, 'opposite corners are not neighbours'",
     "assert life.step(blinker) == [[0, 0, 0], [1, 1, 1], [0, 0, 0]], 'the blinker turns'",
     "assert life.step(life.step(blinker)) == blinker, 'and turns back'"],
    [("e1", "life.py", "            if rr < len(grid) and cc < len(grid[0]):\n                count += grid[rr][cc]\n",
      "            count += grid[rr % len(grid)][cc % len(grid[0])]\n",
      "wrap both coordinates"),
     ("e2", "life.py", "            if rr < len(grid) and cc < len(grid[0]):\n",
      "            if 0 <= rr < len(grid) and 0 <= cc < len(grid[0]):\n",
      "bounds check on both sides"),
     ("e3", "life.py", "            new_row.append(1 if n == 3 or (alive and n == 2) else 0)\n",
      "            new_row.append(1 if n in (2, 3) else 0)\n",
      "step: two or three neighbours keep or make a cell alive")],
    ["e2"]))

TASKS.append(_task(
    "survey-percent-floor", 2,
    "`lines` in report.py shows 33% and 66% for a one-to-two split; it should show 33.3% and 66.7%.",
    {"survey.py": '''def tally(answers):
    counts = {}
    for answer in answers:
        counts[answer] = counts.get(answer, 0) + 1
    return counts


def percentages(counts):
    """{option: percent of all answers, rounded to one decimal place}"""
    total = sum(counts.values())
    return {k: round(v * 100 // total, 1) for k, v in counts.items()}
''',
     "report.py": '''import survey


def winner(answers):
    counts = survey.tally(answers)
    return max(sorted(counts), key=counts.get)


def lines(answers):
    pct = survey.percentages(survey.tally(answers))
    return [f"{k}: {v}%" for k, v in sorted(pct.items(), key=lambda kv: -kv[1])]
'''},
    ["import survey",
     "import report",
     "assert survey.tally(['a', 'b', 'a']) == {'a': 2, 'b': 1}",
     "assert survey.percentages({'yes': 1, 'no': 3}) == {'yes': 25.0, 'no': 75.0}",
     "assert survey.percentages({'a': 1, 'b': 2}) == {'a': 33.3, 'b': 66.7}",
     "assert report.lines(['x', 'y', 'y']) == ['y: 66.7%', 'x: 33.3%']",
     "assert report.winner(['b', 'a', 'b', 'a']) == 'a'"],
    [("e1", "survey.py", "    return {k: round(v * 100 // total, 1) for k, v in counts.items()}\n",
      "    return {k: round(v * 100 / total, 1) for k, v in counts.items()}\n",
      "true division before rounding"),
     ("e2", "report.py", '    return [f"{k}: {v}%" for k, v in sorted(pct.items(), key=lambda kv: -kv[1])]\n',
      '    return [f"{k}: {v:.1f}%" for k, v in sorted(pct.items(), key=lambda kv: -kv[1])]\n',
      "lines: always show one decimal"),
     ("e3", "survey.py", "    return {k: round(v * 100 // total, 1) for k, v in counts.items()}\n",
      "    return {k: round(v / total, 1) * 100 for k, v in counts.items()}\n",
      "percentages: round the fraction, then scale")],
    ["e1"]))

TASKS.append(_task(
    "caesar-two-bugs", 3,
    "`decrypt` does not undo `encrypt`, and capital letters are never shifted. Letters keep their case; other characters are left alone.",
    {"caesar.py": '''def shift_char(ch, k):
    if "a" <= ch <= "z":
        return chr((ord(ch) - ord("a") + k) % 26 + ord("a"))
    return ch


def encrypt(text, k):
    return "".join(shift_char(ch, k) for ch in text)


def decrypt(text, k):
    return encrypt(text, k)


def brute_force(text, word):
    """Every key k for which decrypt(text, k) contains word."""
    return [k for k in range(26) if word in decrypt(text, k)]
'''},
    ["import caesar",
     "assert caesar.encrypt('abc', 1) == 'bcd'",
     "assert caesar.encrypt('xyz', 3) == 'abc'",
     "assert caesar.encrypt('Hi!', 1) == 'Ij!'",
     "assert caesar.decrypt('bcd', 1) == 'abc'",
     "assert caesar.decrypt(caesar.encrypt('Attack at Dawn', 5), 5) == 'Attack at Dawn'",
     "assert caesar.brute_force(caesar.encrypt('meet me', 7), 'meet') == [7]"],
    [("e1", "caesar.py", "    return encrypt(text, k)\n", "    return encrypt(text, -k)\n",
      "decrypt shifts the other way"),
     ("e2", "caesar.py", "    if \"a\" <= ch <= \"z\":\n        return chr((ord(ch) - ord(\"a\") + k) % 26 + ord(\"a\"))\n",
      "    if ch.isalpha():\n        return chr((ord(ch.lower()) - ord(\"a\") + k) % 26 + ord(\"a\"))\n",
      "shift any letter via its lower-case form"),
     ("e3", "caesar.py", "    return [k for k in range(26) if word in decrypt(text, k)]\n",
      "    return [k for k in range(1, 26) if word in decrypt(text, k)]\n",
      "brute_force: skip the useless key 0"),
     ("e4", "caesar.py", "    return ch\n",
      "    if \"A\" <= ch <= \"Z\":\n        return chr((ord(ch) - ord(\"A\") + k) % 26 + ord(\"A\"))\n    return ch\n",
      "shift_char: handle upper case too")],
    ["e4", "e1"]))

TASKS.append(_task(
    "sparse-dot-missing", 1,
    "`dot` raises KeyError when the two vectors have non-zeros in different places.",
    {"sparse.py": '''def dot(u, v):
    """Sparse vectors are {index: value}; a missing index is zero."""
    return sum(value * v[i] for i, value in u.items())


def add(u, v):
    out = dict(u)
    for i, value in v.items():
        out[i] = out.get(i, 0) + value
    return out


def norm2(u):
    return dot(u, u)


def cosine(u, v):
    return dot(u, v) / (norm2(u) * norm2(v)) ** 0.5
'''},
    ["import sparse",
     "assert sparse.dot({0: 2, 3: 1}, {0: 4, 3: 5}) == 13, 'same support'",
     "assert sparse.add({0: 1}, {0: 2, 5: 1}) == {0: 3, 5: 1}, 'add'",
     "assert sparse.dot({0: 1}, {1: 1}) == 0, 'disjoint support'",
     "assert sparse.dot({0: 1, 1: 1}, {1: 2}) == 2, 'partial overlap'",
     "assert sparse.cosine({0: 1}, {0: 1, 1: 0}) == 1.0, 'cosine'"],
    [("e1", "sparse.py", "    return sum(value * v[i] for i, value in u.items())\n",
      "    return sum(value * u[i] for i, value in v.items())\n",
      "iterate over the second vector"),
     ("e2", "sparse.py", "    return sum(value * v[i] for i, value in u.items())\n",
      "    return sum(value * v.get(i, 0) for i, value in u.items())\n",
      "missing entries count as zero")],
    ["e2"]))

TASKS.append(_task(
    "recipe-units-two-bugs", 3,
    "Recipe scaling and unit conversion are both off: a recipe for 4 scaled to 6 does not change, and `convert(2, 'kg', 'g')` returns 0.002.",
    {"units.py": '''GRAMS = {"g": 1, "kg": 1000, "oz": 28.35, "lb": 453.6}


def convert(amount, frm, to):
    """Convert a weight between units: convert(2, 'kg', 'g') == 2000."""
    return amount * GRAMS[to] / GRAMS[frm]


def parse(text):
    """'250 g' -> (250.0, 'g')"""
    number, unit = text.split()
    return float(number), unit
''',
     "recipe.py": '''import units


def scale(recipe, serves, wanted):
    """Scale {name: (amount, unit)} from a recipe for `serves` people to `wanted` people."""
    factor = wanted // serves
    return {name: (amount * factor, unit) for name, (amount, unit) in recipe.items()}


def total_grams(recipe):
    return sum(units.convert(amount, unit, "g") for amount, unit in recipe.values())
'''},
    ["import units",
     "import recipe",
     "assert units.parse('250 g') == (250.0, 'g'), 'parse'",
     "assert units.convert(2, 'kg', 'g') == 2000, 'kg to g'",
     "assert units.convert(500, 'g', 'kg') == 0.5, 'g to kg'",
     "assert recipe.scale({'flour': (200, 'g')}, 4, 6) == {'flour': (300.0, 'g')}, 'scale 4 to 6'",
     "assert recipe.scale({'egg': (2, 'pc')}, 2, 4) == {'egg': (4, 'pc')}, 'scale 2 to 4'",
     "assert recipe.total_grams({'a': (1, 'kg'), 'b': (250, 'g')}) == 1250, 'total weight'"],
    [("e1", "recipe.py", "    factor = wanted // serves\n", "    factor = round(wanted / serves)\n",
      "scale: round the factor"),
     ("e2", "recipe.py", '    return sum(units.convert(amount, unit, "g") for amount, unit in recipe.values())\n',
      '    return sum(units.convert(amount, "g", unit) for amount, unit in recipe.values())\n',
      "total_grams: swap the unit arguments"),
     ("e3", "units.py", "    return amount * GRAMS[to] / GRAMS[frm]\n", "    return amount * GRAMS[frm] / GRAMS[to]\n",
      "convert: multiply by the source unit, divide by the target"),
     ("e4", "recipe.py", "    factor = wanted // serves\n", "    factor = wanted / serves\n",
      "scale: float factor")],
    ["e3", "e4"]))

TASKS.append(_task(
    "backoff-two-bugs", 3,
    "Retries wait far too long. Fix the `retry` module.",
    {"retry.py": '''def backoff(attempt, base=1, cap=30):
    """Delay before retry number `attempt` (counted from 0): base * 2**attempt,
    but never more than cap; cap=None means no limit."""
    delay = base * 2 ** attempt
    return delay if cap is None else max(delay, cap)


def delays(n, base=1, cap=30):
    """The delays of the first n retries."""
    return [backoff(i, base, cap) for i in range(1, n + 1)]


def total_wait(n, base=1, cap=30):
    return sum(delays(n, base, cap))
'''},
    ["import retry",
     "assert retry.delays(0) == []",
     "assert retry.backoff(0) == 1",
     "assert retry.backoff(10, cap=60) == 60",
     "assert retry.delays(3, cap=None) == [1, 2, 4]",
     "assert retry.delays(4) == [1, 2, 4, 8]",
     "assert retry.total_wait(6, cap=10) == 35"],
    [("e1", "retry.py", "    return delay if cap is None else max(delay, cap)\n",
      "    return delay if cap is None else min(delay, cap)\n",
      "the cap is an upper bound"),
     ("e2", "retry.py", "    delay = base * 2 ** attempt\n", "    delay = base * 2 ** (attempt - 1)\n",
      "backoff: attempts count from one"),
     ("e3", "retry.py", "def delays(n, base=1, cap=30):\n", "def delays(n, base=1, cap=60):\n",
      "delays: raise the default cap"),
     ("e4", "retry.py", "    return [backoff(i, base, cap) for i in range(1, n + 1)]\n",
      "    return [backoff(i, base, cap) for i in range(n)]\n",
      "delays: first retry is attempt 0")],
    ["e1", "e4"]))

TASKS.append(_task(
    "chunks-last-piece", 1,
    "Fix `chunks`: the final, shorter piece is missing.",
    {"listutil.py": '''def chunks(items, size):
    """Consecutive pieces of `size` items; the last piece may be shorter."""
    return [items[i:i + size] for i in range(0, len(items) - size + 1, size)]


def batch_sums(items, size):
    return [sum(piece) for piece in chunks(items, size)]


def interleave(a, b):
    out = []
    for x, y in zip(a, b):
        out += [x, y]
    return out + a[len(b):] + b[len(a):]
'''},
    ["import listutil",
     "assert listutil.chunks([1, 2, 3, 4], 2) == [[1, 2], [3, 4]]",
     "assert listutil.chunks([1, 2, 3, 4, 5], 2) == [[1, 2], [3, 4], [5]]",
     "assert listutil.chunks(list(range(7)), 3) == [[0, 1, 2], [3, 4, 5], [6]]",
     "assert listutil.chunks([], 3) == [] and listutil.batch_sums([1, 1, 1, 5], 3) == [3, 5]",
     "assert listutil.interleave([1, 2, 3], ['a']) == [1, 'a', 2, 3]",
     "assert listutil.interleave(['a'], [1, 2]) == ['a', 1, 2]"],
    [("e1", "listutil.py", "    return [items[i:i + size] for i in range(0, len(items) - size + 1, size)]\n",
      "    return [items[i:i + size] for i in range(0, len(items), size)]\n",
      "start a piece at every multiple of size below len(items)"),
     ("e2", "listutil.py", "    return [items[i:i + size] for i in range(0, len(items) - size + 1, size)]\n",
      "    return [items[i:i + size] for i in range(0, len(items) - size + 2, size)]\n",
      "extend the range by one more"),
     ("e3", "listutil.py", "    return out + a[len(b):] + b[len(a):]\n", "    return out + a[len(b):]\n",
      "interleave: append only the rest of a")],
    ["e1"]))
