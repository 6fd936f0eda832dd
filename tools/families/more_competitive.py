"""Twenty more `competitive` templates (train only): choose the implementation that is right
and also fits the runner's line budget. Every task has a large-input test on which the slow
candidates run out of budget, and small tests on which the fast-but-wrong ones slip."""

TASKS = []


def _task(ident, level, description, files, tests, edits, solution):
    TASKS.append({
        "id": "m3-cp-" + ident, "family": "competitive", "split": "train", "level": level,
        "description": description, "files": files, "tests": tests,
        "edits": [dict(zip(("id", "path", "find", "replace", "note"), e)) if len(e) == 5
                  else dict(zip(("id", "path", "replace", "note"), e)) for e in edits],
        "solution": solution,
    })


# ======================================================================= 1: orchard census
# 2-D prefix sums; a per-row prefix is still too slow, sign and off-by-one slips
_ORCHARD = '''def count_trees(grid, queries):
    """grid: rows of 0/1 (1 = a tree). For each query (r1, c1, r2, c2), corners inclusive,
    the number of trees inside that rectangle."""
    answers = []
    for r1, c1, r2, c2 in queries:
        total = 0
        for r in range(r1, r2 + 1):
            total += sum(grid[r][c1:c2 + 1])
        answers.append(total)
    return answers
'''
_ORCHARD_BODY = '''    answers = []
    for r1, c1, r2, c2 in queries:
        total = 0
        for r in range(r1, r2 + 1):
            total += sum(grid[r][c1:c2 + 1])
        answers.append(total)
    return answers
'''
_ORCHARD_TABLE = '''    rows, cols = len(grid), len(grid[0]) if grid else 0
    table = [[0] * (cols + 1) for _ in range(rows + 1)]
    for r in range(rows):
        running = 0
        for c in range(cols):
            running += grid[r][c]
            table[r + 1][c + 1] = table[r][c + 1] + running
'''
_task(
    "orchard-census", 1,
    "Orchard census. The orchard is an R x C grid of 0/1 cells (1 = a tree), R, C <= 50. "
    "Answer Q <= 1000 rectangle queries (r1, c1, r2, c2), corners inclusive, with the number of "
    "trees inside each. `count_trees` must answer the whole batch within the runner's budget.",
    {"orchard.py": _ORCHARD},
    [
        "import orchard",
        "assert orchard.count_trees([[1, 0, 1], [0, 1, 1], [1, 1, 0]], [(0, 0, 2, 2), (1, 1, 2, 2), (0, 2, 1, 2), (2, 0, 2, 0)]) == [6, 3, 2, 1]",
        "assert orchard.count_trees([[1]], [(0, 0, 0, 0)] * 3) == [1, 1, 1], 'a 1x1 grid'",
        "assert orchard.count_trees([[0, 0], [0, 0]], []) == []",
        "assert sum(orchard.count_trees([list(map(int, format(r * 2654435761 % 2**50, '050b'))) for r in range(50)], "
        "[(i % 10, i % 7, 38 + i % 12, 40 + i % 9) for i in range(1000)])) == 633736, '1000 queries on a 50x50 grid'",
    ],
    [
        ("e1", "orchard.py", _ORCHARD_BODY, _ORCHARD_TABLE + '''    return [table[r2 + 1][c2 + 1] - table[r1][c2 + 1] - table[r2 + 1][c1] + table[r1][c1]
            for r1, c1, r2, c2 in queries]
''', "summed-area table, then inclusion-exclusion: O(1) per query"),
        ("e2", "orchard.py", _ORCHARD_BODY, _ORCHARD_TABLE + '''    return [table[r2 + 1][c2 + 1] - table[r1][c2 + 1] - table[r2 + 1][c1] - table[r1][c1]
            for r1, c1, r2, c2 in queries]
''', "summed-area table; subtract the strip above, the strip to the left and the corner"),
        ("e3", "orchard.py", _ORCHARD_BODY, _ORCHARD_TABLE + '''    return [table[r2][c2] - table[r1][c2] - table[r2][c1] + table[r1][c1]
            for r1, c1, r2, c2 in queries]
''', "summed-area table read at the query corners as given"),
        ("e4", "orchard.py", _ORCHARD_BODY, '''    prefix = []
    for row in grid:
        running, line = 0, [0]
        for cell in row:
            running += cell
            line.append(running)
        prefix.append(line)
    answers = []
    for r1, c1, r2, c2 in queries:
        answers.append(sum(prefix[r][c2 + 1] - prefix[r][c1] for r in range(r1, r2 + 1)))
    return answers
''', "prefix sums along each row; a query adds one difference per row"),
    ],
    ["e1"],
)


# ======================================================================= 2: ferry crossing
# two pointers (lightest with heaviest); adjacent pairing, strict limit, a lower bound
_FERRY = '''def min_ferries(weights, limit):
    """Fewest ferry trips for everyone: a ferry takes one or two passengers whose weights add
    up to at most `limit` (no single passenger weighs more than `limit`)."""
    order = sorted(weights)
    used = [False] * len(order)
    trips = 0
    for i in range(len(order) - 1, -1, -1):
        if used[i]:
            continue
        used[i] = True
        for j in range(i):
            if not used[j]:
                if order[j] + order[i] <= limit:
                    used[j] = True
                break
        trips += 1
    return trips
'''
_FERRY_BODY = '''    order = sorted(weights)
    used = [False] * len(order)
    trips = 0
    for i in range(len(order) - 1, -1, -1):
        if used[i]:
            continue
        used[i] = True
        for j in range(i):
            if not used[j]:
                if order[j] + order[i] <= limit:
                    used[j] = True
                break
        trips += 1
    return trips
'''
_task(
    "ferry-pairs", 1,
    "The island ferry report for 3,000 passengers runs out of budget inside `min_ferries`; "
    "the answers it gives on small days are right. Make it fast without changing them.",
    {"ferry.py": _FERRY},
    [
        "import ferry",
        "assert ferry.min_ferries([1, 2, 8, 9], 10) == 2, 'pair 1 with 9 and 2 with 8'",
        "assert ferry.min_ferries([3, 8, 9], 10) == 3",
        "assert ferry.min_ferries([50, 50], 100) == 1, 'a pair weighing exactly the limit fits'",
        "assert ferry.min_ferries([], 10) == 0",
        "assert ferry.min_ferries([pow(i, 2, 89) + 5 for i in range(3000)], 80) == 1890",
    ],
    [
        ("e1", "ferry.py", _FERRY_BODY, '''    order = sorted(weights)
    lo, hi = 0, len(order) - 1
    trips = 0
    while lo <= hi:
        if order[lo] + order[hi] <= limit:
            lo += 1
        hi -= 1
        trips += 1
    return trips
''', "two pointers: the heaviest left boards with the lightest left when they fit"),
        ("e2", "ferry.py", _FERRY_BODY, '''    order = sorted(weights)
    trips, i = 0, 0
    while i < len(order):
        if i + 1 < len(order) and order[i] + order[i + 1] <= limit:
            i += 2
        else:
            i += 1
        trips += 1
    return trips
''', "sort, then seat neighbours in the sorted order together"),
        ("e3", "ferry.py", _FERRY_BODY, '''    order = sorted(weights)
    lo, hi = 0, len(order) - 1
    trips = 0
    while lo <= hi:
        if order[lo] + order[hi] < limit:
            lo += 1
        hi -= 1
        trips += 1
    return trips
''', "O(n log n), one pass from both ends"),
        ("e4", "ferry.py", _FERRY_BODY, '''    if not weights:
        return 0
    by_seats = (len(weights) + 1) // 2
    by_weight = -(-sum(weights) // limit)
    return max(by_seats, by_weight)
''', "closed form: the larger of the seat bound and the weight bound"),
    ],
    ["e1"],
)


# ======================================================================= 3: landmark tour
# sliding window covering every distinct value; if-vs-while, a lower bound, inf on empty
_TRAIL = '''def shortest_tour(markers):
    """Length of the shortest contiguous stretch of `markers` that contains every kind of
    marker occurring in the list (0 for an empty list)."""
    kinds = len(set(markers))
    best = len(markers)
    for start in range(len(markers)):
        seen = set()
        for end in range(start, len(markers)):
            seen.add(markers[end])
            if len(seen) == kinds:
                best = min(best, end - start + 1)
                break
    return best
'''
_TRAIL_BODY = '''    kinds = len(set(markers))
    best = len(markers)
    for start in range(len(markers)):
        seen = set()
        for end in range(start, len(markers)):
            seen.add(markers[end])
            if len(seen) == kinds:
                best = min(best, end - start + 1)
                break
    return best
'''


def _trail_window(init, loop):
    return '''    kinds = len(set(markers))
    have = {}
    best, left = %s, 0
    for right, kind in enumerate(markers):
        have[kind] = have.get(kind, 0) + 1
        %s len(have) == kinds:
            best = min(best, right - left + 1)
            gone = markers[left]
            have[gone] -= 1
            if not have[gone]:
                del have[gone]
            left += 1
    return best
''' % (init, loop)


_task(
    "landmark-tour", 1,
    "A hiking trail is a list of marker kinds, one per kilometre. `shortest_tour` returns the "
    "length of the shortest stretch that shows every kind at least once. Constraints: up to "
    "2,000 markers and 50 kinds; an empty trail scores 0.",
    {"trail.py": _TRAIL},
    [
        "import trail",
        "assert trail.shortest_tour([3, 1, 3, 3, 2, 1, 3]) == 3",
        "assert trail.shortest_tour([1, 1, 1, 2]) == 2, 'the window must shrink past every spare 1'",
        "assert trail.shortest_tour([]) == 0",
        "assert trail.shortest_tour([7, 7, 7]) == 1",
        "assert trail.shortest_tour([(i * i) % 1009 % 45 for i in range(2000)]) == 110",
    ],
    [
        ("e1", "trail.py", _TRAIL_BODY, _trail_window("len(markers)", "while"),
         "sliding window: grow on the right, shrink from the left while every kind is inside"),
        ("e2", "trail.py", _TRAIL_BODY, _trail_window("len(markers)", "if"),
         "sliding window, one step of the left edge per new marker"),
        ("e3", "trail.py", _TRAIL_BODY, '''    return len(set(markers))
''', "the answer is the number of distinct kinds"),
        ("e4", "trail.py", _TRAIL_BODY, _trail_window('float("inf")', "while"),
         "two pointers, best starts at infinity"),
    ],
    ["e1"],
)


# ======================================================================= 4: divisible runs
# prefix residues in a dict; missing seed, abs() on negatives, a window capped at k
_RUNS = '''def count_divisible_runs(values, k):
    """Number of non-empty contiguous runs of `values` whose sum is a multiple of k (k >= 1).
    Values may be negative."""
    count = 0
    for i in range(len(values)):
        total = 0
        for j in range(i, len(values)):
            total += values[j]
            if total % k == 0:
                count += 1
    return count
'''


def _runs_file(seed, residue):
    return '''def count_divisible_runs(values, k):
    """Number of non-empty contiguous runs of `values` whose sum is a multiple of k (k >= 1).
    Values may be negative."""
    seen = %s
    count = total = 0
    for v in values:
        total += v
        r = %s
        count += seen.get(r, 0)
        seen[r] = seen.get(r, 0) + 1
    return count
''' % (seed, residue)


_task(
    "divisible-runs", 1,
    "`count_divisible_runs(values, k)`: count the contiguous runs whose sum is divisible by k. "
    "Quadratic today; n goes up to 3000.",
    {"runs.py": _RUNS},
    [
        "import runs",
        "assert runs.count_divisible_runs([4, 5, 0, -2, -3, 1], 5) == 7",
        "assert runs.count_divisible_runs([-1, 3], 3) == 1",
        "assert runs.count_divisible_runs([], 4) == 0",
        "assert runs.count_divisible_runs([3, 3, 3], 1) == 6, 'with k = 1 every run counts'",
        "assert runs.count_divisible_runs([(i * 37) % 23 - 11 for i in range(3000)], 7) == 756021",
    ],
    [
        ("e1", "runs.py", _runs_file("{0: 1}", "total % k"),
         "count equal prefix residues, seeded with the empty prefix: O(n)"),
        ("e2", "runs.py", _runs_file("{}", "total % k"), "hash map of prefix residues"),
        ("e3", "runs.py", _runs_file("{0: 1}", "abs(total) % k"),
         "prefix residues of the absolute running total"),
        ("e4", "runs.py", "        for j in range(i, len(values)):\n",
         "        for j in range(i, min(len(values), i + k)):\n",
         "pigeonhole: only runs of at most k values need checking"),
    ],
    ["e1"],
)


# ======================================================================= 5: copyists (2 edits)
# binary search on the answer over a feasibility helper that has its own off-by-one
_SCRIBES = '''def copyists_needed(pages, limit):
    """Fewest copyists if each copies a contiguous run of books of at most `limit` pages in all
    (every single book has at most `limit` pages)."""
    count, load = 1, 0
    for p in pages:
        if load + p >= limit:
            count += 1
            load = 0
        load += p
    return count


def fastest_schedule(pages, k):
    """The smallest possible largest load when the books, in order, are shared among at most
    k copyists, each taking a contiguous run."""
    if not pages:
        return 0
    limit = max(pages)
    while copyists_needed(pages, limit) > k:
        limit += 1
    return limit
'''
_SCRIBES_SCAN = '''    limit = max(pages)
    while copyists_needed(pages, limit) > k:
        limit += 1
    return limit
'''


def _scribes_search(low):
    return '''    lo, hi = %s, sum(pages)
    while lo < hi:
        mid = (lo + hi) // 2
        if copyists_needed(pages, mid) <= k:
            hi = mid
        else:
            lo = mid + 1
    return lo
''' % low


_task(
    "copyists", 2,
    "Scriptorium planning: `fastest_schedule(pages, k)` splits the books, in order, among k "
    "copyists so that the busiest one has as few pages as possible; `copyists_needed` is its "
    "feasibility check. On the 400-book catalogue the planner runs out of budget, and some small "
    "answers look wrong too. Up to 400 books of at most 500 pages, k <= 20.",
    {"scribes.py": _SCRIBES},
    [
        "import scribes",
        "assert scribes.copyists_needed([3, 2, 5], 5) == 2, 'a run may total exactly the limit'",
        "assert scribes.fastest_schedule([10, 20, 30, 40], 2) == 60",
        "assert scribes.fastest_schedule([7, 2, 5, 10, 8], 2) == 18",
        "assert scribes.fastest_schedule([5, 9, 2], 5) == 9",
        "assert scribes.fastest_schedule([], 3) == 0",
        "assert scribes.fastest_schedule([(i * 7919) % 500 + 1 for i in range(400)], 12) == 8501",
    ],
    [
        ("e1", "scribes.py", "        if load + p >= limit:\n", "        if load + p > limit:\n",
         "copyists_needed: open a new run only when the limit would be exceeded"),
        ("e2", "scribes.py", _SCRIBES_SCAN, _scribes_search("max(pages)"),
         "fastest_schedule: binary search on the answer between max(pages) and sum(pages)"),
        ("e3", "scribes.py", _SCRIBES_SCAN, _scribes_search("0"),
         "fastest_schedule: bisect the limit over 0..sum(pages)"),
        ("e4", "scribes.py", _SCRIBES_SCAN, '''    limit = max(max(pages), sum(pages) // k)
    while copyists_needed(pages, limit) > k:
        limit += 1
    return limit
''', "fastest_schedule: start the scan at the average load instead"),
        ("e5", "scribes.py", "    count, load = 1, 0\n", "    count, load = 0, 0\n",
         "copyists_needed: the first copyist is opened by the loop"),
    ],
    ["e1", "e2"],
)


# ======================================================================= 6: log compaction
# Huffman-style merging with a heap; sort-and-fold, single-segment edge, largest-first
_SEGMENTS = '''def _pop_smallest(pool):
    best = 0
    for i in range(1, len(pool)):
        if pool[i] < pool[best]:
            best = i
    return pool.pop(best)


def merge_cost(sizes):
    """Segments are joined two at a time; a join costs the sum of the two sizes and leaves a
    segment of that size. The cheapest total cost of joining everything into one segment."""
    pool = list(sizes)
    total = 0
    while len(pool) > 1:
        joined = _pop_smallest(pool) + _pop_smallest(pool)
        total += joined
        pool.append(joined)
    return total
'''
_HEAP_MERGE = '''import heapq


def merge_cost(sizes):
    """Segments are joined two at a time; a join costs the sum of the two sizes and leaves a
    segment of that size. The cheapest total cost of joining everything into one segment."""
    %s
    heapq.heapify(pool)
    total = 0
    while len(pool) > 1:
        joined = %s
        total += joined
        heapq.heappush(pool, joined)
    return total
'''
_task(
    "log-compaction", 1,
    "Bug #4471: the compaction planner times out for 1,500 log segments. `merge_cost` gives "
    "the right cheapest cost of merging segments pairwise (each merge costs the two sizes "
    "added), but `_pop_smallest` scans the whole pool twice per merge.",
    {"segments.py": _SEGMENTS},
    [
        "import segments",
        "assert segments.merge_cost([4, 3, 2, 6]) == 29",
        "assert segments.merge_cost([5, 5, 5, 5]) == 40, 'merge the two small pairs first, then the two tens'",
        "assert segments.merge_cost([7]) == 0, 'one segment: nothing to merge'",
        "assert segments.merge_cost([]) == 0",
        "assert segments.merge_cost([(i * 7919) % 1000 + 1 for i in range(1500)]) == 7739153",
    ],
    [
        ("e1", "segments.py",
         _HEAP_MERGE % ("pool = list(sizes)", "heapq.heappop(pool) + heapq.heappop(pool)"),
         "min-heap: always merge the two smallest, O(n log n)"),
        ("e2", "segments.py", '''def merge_cost(sizes):
    """Segments are joined two at a time; a join costs the sum of the two sizes and leaves a
    segment of that size. The cheapest total cost of joining everything into one segment."""
    order = sorted(sizes)
    total = 0
    current = order[0] if order else 0
    for size in order[1:]:
        current += size
        total += current
    return total
''', "sort once and fold the segments into one growing segment, smallest first"),
        ("e3", "segments.py",
         _HEAP_MERGE % ("if len(sizes) == 1:\n        return sizes[0]\n    pool = list(sizes)",
                        "heapq.heappop(pool) + heapq.heappop(pool)"),
         "heapq version with a shortcut for a single segment"),
        ("e4", "segments.py", '''import heapq


def merge_cost(sizes):
    """Segments are joined two at a time; a join costs the sum of the two sizes and leaves a
    segment of that size. The cheapest total cost of joining everything into one segment."""
    pool = [-s for s in sizes]
    heapq.heapify(pool)
    total = 0
    while len(pool) > 1:
        joined = heapq.heappop(pool) + heapq.heappop(pool)
        total -= joined
        heapq.heappush(pool, joined)
    return total
''', "heap on negated sizes: merge the two largest first"),
    ],
    ["e1"],
)


# ======================================================================= 7: equal trucks
# subset sum as a big-int bitset; greedy, reuse of items, the odd-total check
_TRUCKS = '''def can_halve(weights):
    """True when the crates can be split between two trucks with exactly equal loads."""
    total = sum(weights)
    if total % 2:
        return False

    def reach(i, left):
        if left == 0:
            return True
        if i == len(weights) or left < 0:
            return False
        return reach(i + 1, left - weights[i]) or reach(i + 1, left)

    return reach(0, total // 2)
'''
_TRUCKS_BODY = _TRUCKS[_TRUCKS.index("    total = sum(weights)"):]
_task(
    "equal-trucks", 2,
    "Code review: `can_halve(weights)` decides whether crates can go on two trucks with equal "
    "total weight. It recurses over every subset, and the 40-crate manifest in the tests never "
    "comes back. Crates weigh 1..500, at most 200 of them. Which replacement would you merge?",
    {"trucks.py": _TRUCKS},
    [
        "import trucks",
        "assert trucks.can_halve([1, 5, 11, 5])",
        "assert trucks.can_halve([3, 3, 2, 2, 2]), '3+3 against 2+2+2'",
        "assert not trucks.can_halve([3, 1])",
        "assert not trucks.can_halve([1, 2]), 'an odd total can never be halved'",
        "assert trucks.can_halve([])",
        "assert not trucks.can_halve([2 * ((i * 31) % 51) + 2 for i in range(40)])",
        "assert trucks.can_halve([(i * 37) % 97 + 1 for i in range(150)])",
    ],
    [
        ("e1", "trucks.py", _TRUCKS_BODY, '''    total = sum(weights)
    sums = 1  # bit s is set when some subset weighs s
    for w in weights:
        sums |= sums << w
    return total % 2 == 0 and (sums >> (total // 2)) & 1 == 1
''', "bitset of reachable sums in one big int (shift-or per crate)"),
        ("e2", "trucks.py", _TRUCKS_BODY, '''    left = right = 0
    for w in sorted(weights, reverse=True):
        if left <= right:
            left += w
        else:
            right += w
    return left == right
''', "largest crate first onto the lighter truck"),
        ("e3", "trucks.py", _TRUCKS_BODY, '''    total = sum(weights)
    if total % 2:
        return False
    memo = {0: True}

    def reach(left):
        if left not in memo:
            memo[left] = left > 0 and any(reach(left - w) for w in weights)
        return memo[left]

    return reach(total // 2)
''', "memoise on the remaining weight only"),
        ("e4", "trucks.py", _TRUCKS_BODY, '''    total = sum(weights)
    sums = 1
    for w in weights:
        sums |= sums << w
    return (sums >> (total // 2)) & 1 == 1
''', "reachable sums as bits; test bit total // 2"),
        ("e5", "trucks.py", _TRUCKS_BODY, '''    total = sum(weights)
    if total % 2:
        return False
    can = [True] + [False] * (total // 2)
    for w in weights:
        for s in range(total // 2, w - 1, -1):
            if can[s - w]:
                can[s] = True
    return can[total // 2]
''', "classic 0/1 subset-sum table, capacity loop running downwards"),
    ],
    ["e1"],
)


# ======================================================================= 8: nested envelopes
# LIS after sorting by (w, -h); the tie-breaking and bisect side decide correctness
_ENVELOPES = '''import bisect


def deepest_nesting(envelopes):
    """Envelope (w1, h1) fits inside (w2, h2) when w1 < w2 and h1 < h2 (no rotating).
    The length of the longest chain of envelopes each fitting inside the next."""
    items = sorted(envelopes)
    best = [1] * len(items)
    for i in range(len(items)):
        for j in range(i):
            if items[j][0] < items[i][0] and items[j][1] < items[i][1]:
                best[i] = max(best[i], best[j] + 1)
    return max(best, default=0)
'''
_ENVELOPES_BODY = _ENVELOPES[_ENVELOPES.index("    items = sorted(envelopes)"):]


def _lis(key, side):
    return '''    items = sorted(envelopes, key=lambda e: %s)
    tails = []
    for _, h in items:
        spot = bisect.%s(tails, h)
        if spot == len(tails):
            tails.append(h)
        else:
            tails[spot] = h
    return len(tails)
''' % (key, side)


_task(
    "nested-envelopes", 2,
    "Envelopes are (width, height) pairs; one nests in another only when it is strictly smaller "
    "in both. Given n <= 2000 envelopes, `deepest_nesting` must return the longest nesting "
    "chain. The current O(n^2) DP is correct but too slow.",
    {"envelopes.py": _ENVELOPES},
    [
        "import envelopes",
        "assert envelopes.deepest_nesting([(5, 4), (6, 4), (6, 7), (2, 3)]) == 3",
        "assert envelopes.deepest_nesting([(1, 1), (1, 2), (1, 3)]) == 1, 'equal widths never nest'",
        "assert envelopes.deepest_nesting([(1, 5), (2, 5), (3, 5)]) == 1, 'equal heights never nest'",
        "assert envelopes.deepest_nesting([(1, 10), (2, 2), (3, 3), (4, 4)]) == 3",
        "assert envelopes.deepest_nesting([]) == 0",
        "assert envelopes.deepest_nesting([(i * 37 % 101, i * 53 % 97) for i in range(2000)]) == 57",
    ],
    [
        ("e1", "envelopes.py", _ENVELOPES_BODY, _lis("(e[0], -e[1])", "bisect_left"),
         "sort by width, taller first on equal width; strictly increasing LIS on heights"),
        ("e2", "envelopes.py", _ENVELOPES_BODY, _lis("(e[0], e[1])", "bisect_left"),
         "sort by (width, height), then patience sorting on heights"),
        ("e3", "envelopes.py", _ENVELOPES_BODY, _lis("(e[0], -e[1])", "bisect_right"),
         "O(n log n) LIS, bisect_right"),
        ("e4", "envelopes.py", _ENVELOPES_BODY, '''    chain, last = 0, None
    for w, h in sorted(envelopes):
        if last is None or (w > last[0] and h > last[1]):
            chain += 1
            last = (w, h)
    return chain
''', "walk the sorted envelopes, taking each one that still fits around the last"),
        ("e5", "envelopes.py", _ENVELOPES_BODY, '''    items = sorted(envelopes)
    memo = {}

    def longest_from(i):
        if i not in memo:
            memo[i] = 1 + max((longest_from(j) for j in range(i + 1, len(items))
                               if items[i][0] < items[j][0] and items[i][1] < items[j][1]), default=0)
        return memo[i]

    return max((longest_from(i) for i in range(len(items))), default=0)
''', "memoised recursion: the longest chain starting at each envelope"),
        ("e6", "envelopes.py", _ENVELOPES_BODY, '''    tails = []
    for _, h in envelopes:
        spot = bisect.bisect_left(tails, h)
        if spot == len(tails):
            tails.append(h)
        else:
            tails[spot] = h
    return len(tails)
''', "LIS on the heights as listed"),
        ("e7", "envelopes.py", _ENVELOPES_BODY, '''    return min(len({w for w, _ in envelopes}), len({h for _, h in envelopes}))
''', "a chain needs a new width and a new height at every step: count the distinct ones"),
    ],
    ["e1"],
)


# ======================================================================= 9: palindrome insertions (2 edits, 2 files)
# add a tabulated LCS next to the recursive one and point the caller at it
_TEXTDP = '''def lcs_length(a, b):
    """Length of the longest common subsequence of a and b (plain recursion)."""
    if not a or not b:
        return 0
    if a[0] == b[0]:
        return 1 + lcs_length(a[1:], b[1:])
    return max(lcs_length(a[1:], b), lcs_length(a, b[1:]))
'''
_TEXTDP_TAIL = "    return max(lcs_length(a[1:], b), lcs_length(a, b[1:]))\n"
_PAL = '''import textdp


def fewest_insertions(word):
    """Fewest characters to insert (anywhere) into word to make it a palindrome."""
    return len(word) - textdp.lcs_length(word, word[::-1])
'''
_PAL_CALL = "    return len(word) - textdp.lcs_length(word, word[::-1])\n"
_task(
    "palindrome-insertions", 3,
    "`fewest_insertions` leans on the recursive `lcs_length`, which is exponential: a 90-letter "
    "word exceeds the budget. Keep `lcs_length` as it is (other code calls it), add a "
    "tabulated `lcs_table` to textdp.py and have `fewest_insertions` use that.",
    {"textdp.py": _TEXTDP, "pal.py": _PAL},
    [
        "import textdp",
        "import pal",
        "assert textdp.lcs_length('abcde', 'ace') == 3",
        "assert [pal.fewest_insertions(w) for w in ['race', 'abcba', 'ab', '', 'mbadm', 'abca']] == [3, 0, 1, 0, 2, 1]",
        "assert pal.fewest_insertions('leetcode') == 5",
        "assert pal.fewest_insertions(''.join('xyzw'[i * 7 % 17 % 4] for i in range(90))) == 27, '90 letters'",
    ],
    [
        ("e1", "textdp.py", _TEXTDP_TAIL, _TEXTDP_TAIL + '''

def lcs_table(a, b):
    """Same answer as lcs_length, one DP row at a time: O(len(a) * len(b))."""
    prev = [0] * (len(b) + 1)
    for ch in a:
        cur = [0]
        for j, other in enumerate(b):
            cur.append(prev[j] + 1 if ch == other else max(prev[j + 1], cur[j]))
        prev = cur
    return prev[-1]
''', "add lcs_table: row-by-row dynamic programming"),
        ("e2", "pal.py", _PAL_CALL, "    return len(word) - textdp.lcs_table(word, word[::-1])\n",
         "call textdp.lcs_table"),
        ("e3", "textdp.py", _TEXTDP_TAIL, _TEXTDP_TAIL + '''

def lcs_table(a, b):
    """Same answer as lcs_length in one pass: match each letter of a at its next place in b."""
    count, pos = 0, 0
    for ch in a:
        found = b.find(ch, pos)
        if found != -1:
            count += 1
            pos = found + 1
    return count
''', "add lcs_table: a single greedy left-to-right matching pass"),
        ("e4", "pal.py", _PAL_CALL, "    return sum(word[i] != word[-1 - i] for i in range(len(word) // 2))\n",
         "count the mirrored letter pairs that differ"),
        ("e5", "pal.py", '''import functools
import textdp

_lcs = functools.lru_cache(maxsize=None)(textdp.lcs_length)


def fewest_insertions(word):
    """Fewest characters to insert (anywhere) into word to make it a palindrome."""
    return len(word) - _lcs(word, word[::-1])
''', "wrap lcs_length in functools.lru_cache"),
    ],
    ["e1", "e2"],
)


# ======================================================================= 10: charging docks (2 edits)
# multi-source BFS, and a neighbour helper whose negative indices wrap around the map
_DOCK = '''from collections import deque


def _neighbours(plan, r, c):
    """The cells next to (r, c) that are not walls."""
    for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        nr, nc = r + dr, c + dc
        try:
            if plan[nr][nc] != "#":
                yield nr, nc
        except IndexError:
            pass


def dock_distances(plan):
    """Steps from every cell to the nearest dock 'C' (4-neighbour moves, '#' is a wall), as a
    list of rows. Walls, and cells no dock can reach, get -1; docks get 0."""
    rows, cols = len(plan), len(plan[0]) if plan else 0
    best = [[-1] * cols for _ in range(rows)]
    for r in range(rows):
        for c in range(cols):
            if plan[r][c] == "C":
                dist = {(r, c): 0}
                queue = deque([(r, c)])
                while queue:
                    cur = queue.popleft()
                    for nxt in _neighbours(plan, *cur):
                        if nxt not in dist:
                            dist[nxt] = dist[cur] + 1
                            queue.append(nxt)
                for (y, x), d in dist.items():
                    if best[y][x] == -1 or d < best[y][x]:
                        best[y][x] = d
    return best
'''
_DOCK_TRY = '''        try:
            if plan[nr][nc] != "#":
                yield nr, nc
        except IndexError:
            pass
'''
_DOCK_MAIN = _DOCK[_DOCK.index("    best = [[-1] * cols for _ in range(rows)]\n    for r"):]


def _dock_multi(pop, init):
    return '''    best = [[%s] * cols for _ in range(rows)]
    queue = deque()
    for r in range(rows):
        for c in range(cols):
            if plan[r][c] == "C":
                best[r][c] = 0
                queue.append((r, c))
    seen = set(queue)
    while queue:
        r, c = queue.%s()
        for nr, nc in _neighbours(plan, r, c):
            if (nr, nc) not in seen:
                seen.add((nr, nc))
                best[nr][nc] = best[r][c] + 1
                queue.append((nr, nc))
    return best
''' % (init, pop)


_task(
    "charging-docks", 2,
    "Warehouse robots: `dock_distances(plan)` gives each cell its distance to the nearest "
    "charging dock. It runs one BFS per dock, far too slow on the 24x24 floor with ten docks, "
    "and near the edges of small maps some cells get distances they should not have. "
    "Look at `_neighbours` as well.",
    {"dock.py": _DOCK},
    [
        "import dock",
        "assert dock.dock_distances(['C.#', '..#', '#..']) == [[0, 1, -1], [1, 2, -1], [-1, 3, 4]]",
        "assert dock.dock_distances(['C..', '###', '...']) == [[0, 1, 2], [-1, -1, -1], [-1, -1, -1]], 'the bottom row is walled off'",
        "assert dock.dock_distances(['..#..', '.C#.#', '..###', '##...'])[3] == [-1] * 5",
        "assert dock.dock_distances([]) == []",
        "assert sum(map(sum, dock.dock_distances([''.join('#' if (r * 7 + c * 3) % 11 == 0 else 'C' if (r * 5 + c * 13) % 53 == 0 else '.' for c in range(24)) for r in range(24)]))) == 2068",
    ],
    [
        ("e1", "dock.py", _DOCK_TRY, '''        if 0 <= nr < len(plan) and 0 <= nc < len(plan[nr]) and plan[nr][nc] != "#":
            yield nr, nc
''', "_neighbours: explicit bounds check (a negative index wraps around in Python)"),
        ("e2", "dock.py", _DOCK_MAIN, _dock_multi("popleft", "-1"),
         "dock_distances: one BFS seeded with every dock at once"),
        ("e3", "dock.py", _DOCK_TRY, '''        if 0 <= nr < len(plan):
            try:
                if plan[nr][nc] != "#":
                    yield nr, nc
            except IndexError:
                pass
''', "_neighbours: skip rows outside the map"),
        ("e4", "dock.py", _DOCK_MAIN, _dock_multi("pop", "-1"),
         "dock_distances: a single sweep from all docks using a stack"),
        ("e5", "dock.py", _DOCK_MAIN, '''    best = [[-1] * cols for _ in range(rows)]
    docks = [(r, c) for r in range(rows) for c in range(cols) if plan[r][c] == "C"]
    for r in range(rows):
        for c in range(cols):
            if plan[r][c] != "#" and docks:
                best[r][c] = min(abs(r - y) + abs(c - x) for y, x in docks)
    return best
''', "dock_distances: Manhattan distance to the closest dock"),
        ("e6", "dock.py", _DOCK_MAIN, _dock_multi("popleft", "0"),
         "dock_distances: multi-source BFS over a zero-filled grid"),
    ],
    ["e1", "e2"],
)


# ======================================================================= 11: redundant cable (2 edits, 2 files)
# union-find with path halving, and the caller switched from a DFS per cable to it
_DSU = '''class Groups:
    """Disjoint groups over the machines 0..n-1."""

    def __init__(self, n):
        self.parent = list(range(n))

    def find(self, x):
        while self.parent[x] != x:
            x = self.parent[x]
        return x

    def union(self, a, b):
        """Join the groups of a and b; False when they already were one group."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        self.parent[ra] = rb
        return True
'''
_DSU_FIND = '''        while self.parent[x] != x:
            x = self.parent[x]
        return x
'''
_NETWORK = '''import dsu


def group_count(n, cables):
    """How many separate groups the cables leave among machines 0..n-1."""
    groups = dsu.Groups(n)
    return n - sum(groups.union(a, b) for a, b in cables)


def _linked(adj, a, b):
    stack, seen = [a], {a}
    while stack:
        node = stack.pop()
        if node == b:
            return True
        for nxt in adj[node]:
            if nxt not in seen:
                seen.add(nxt)
                stack.append(nxt)
    return False


def first_redundant(n, cables):
    """The first cable, in the order given, whose two ends were already connected; None if
    every cable joins two separate groups."""
    adj = [[] for _ in range(n)]
    for a, b in cables:
        if _linked(adj, a, b):
            return (a, b)
        adj[a].append(b)
        adj[b].append(a)
    return None
'''
_NETWORK_BODY = _NETWORK[_NETWORK.index("    adj = [[] for _ in range(n)]"):]
_task(
    "redundant-cable", 3,
    "Perf ticket: on the 1,200-machine rack `first_redundant` spends its whole budget "
    "re-walking the network for every cable. The plan from the design review: give the "
    "`find` method of `Groups` path compression (halving is fine) and answer `first_redundant` with "
    "`dsu.Groups`, the way `group_count` already does.",
    {"dsu.py": _DSU, "network.py": _NETWORK},
    [
        "import dsu",
        "import network",
        "assert network.group_count(5, [(0, 1), (3, 4)]) == 3",
        "assert network.first_redundant(4, [(0, 1), (1, 2), (2, 0), (2, 3)]) == (2, 0)",
        "assert network.first_redundant(4, [(0, 1), (2, 3)]) is None",
        "assert network.first_redundant(6, [(0, 1), (2, 3), (4, 5), (1, 3), (5, 2), (0, 4)]) == (0, 4), 'the ring closes on the last cable'",
        "assert network.first_redundant(1200, [(0, i) for i in range(1, 1200)] + [(5, 9)]) == (5, 9)",
    ],
    [
        ("e1", "dsu.py", _DSU_FIND, '''        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x
''', "Groups.find: path halving"),
        ("e2", "network.py", _NETWORK_BODY, '''    groups = dsu.Groups(n)
    for a, b in cables:
        if not groups.union(a, b):
            return (a, b)
    return None
''', "first_redundant: a cable is redundant when union() reports one group already"),
        ("e3", "dsu.py", _DSU_FIND, '''        return self.parent[x]
''', "Groups.find: one hop, the parent is the representative"),
        ("e4", "network.py", _NETWORK_BODY, '''    seen = set()
    for a, b in cables:
        if a in seen and b in seen:
            return (a, b)
        seen.update((a, b))
    return None
''', "first_redundant: O(n), remember which machines are already cabled"),
    ],
    ["e1", "e2"],
)


# ======================================================================= 12: common free slot (2 edits)
# merge the busy intervals (after sorting them) and scan the gaps, instead of every minute
_CALENDAR = '''def merge_busy(intervals):
    """Union of [start, end) busy intervals as a sorted list of disjoint [start, end] lists;
    intervals that touch are merged."""
    merged = []
    for start, end in intervals:
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return merged


def first_free(calendars, length, day_end):
    """Earliest minute t >= 0 such that [t, t + length) is free in every calendar and
    t + length <= day_end; None when there is no such t."""
    for t in range(day_end - length + 1):
        if all(end <= t or start >= t + length for cal in calendars for start, end in cal):
            return t
    return None
'''
_CAL_LOOP = "    for start, end in intervals:\n"
_CAL_FREE = _CALENDAR[_CALENDAR.index("    for t in range(day_end - length + 1):"):]
_task(
    "common-free-slot", 2,
    "Scheduling assistant. `first_free(calendars, length, day_end)` finds the earliest slot of "
    "`length` minutes free for everyone; it tries every minute of the day against every meeting "
    "and is far over budget on a week of five busy people. `merge_busy` is meant to be the "
    "building block, but it also merges unsorted input wrongly.",
    {"calendar.py": _CALENDAR},
    [
        "import calendar",
        "assert calendar.merge_busy([[1, 3], [3, 5]]) == [[1, 5]], 'touching intervals merge'",
        "assert calendar.merge_busy([[8, 10], [1, 4], [2, 6]]) == [[1, 6], [8, 10]]",
        "assert calendar.merge_busy([[1, 10], [2, 3]]) == [[1, 10]]",
        "assert calendar.first_free([[(0, 30)], [(45, 60)]], 15, 100) == 30",
        "assert calendar.first_free([[(20, 30)], [(40, 50)]], 10, 100) == 0, 'free right at the start'",
        "assert calendar.first_free([[(50, 60), (0, 20)], [(15, 40)]], 10, 100) == 40",
        "assert calendar.first_free([[(0, 50)], [(40, 95)]], 10, 100) is None",
        "assert calendar.first_free([[(m * 45 + p * 9, m * 45 + p * 9 + 20) for m in range(200)] for p in range(5)], 60, 7 * 1440) == 9011, 'a full week'",
    ],
    [
        ("e1", "calendar.py", _CAL_LOOP, "    for start, end in sorted(intervals):\n",
         "merge_busy: sort by start before merging"),
        ("e2", "calendar.py", _CAL_FREE, '''    t = 0
    for start, end in merge_busy([slot for cal in calendars for slot in cal]):
        if start - t >= length:
            break
        t = max(t, end)
    return t if t + length <= day_end else None
''', "first_free: merge everyone's meetings once, then walk the gaps"),
        ("e3", "calendar.py", _CAL_LOOP, "    for start, end in sorted(intervals, key=lambda iv: iv[1]):\n",
         "merge_busy: sort by end time first"),
        ("e4", "calendar.py", _CAL_FREE, '''    merged = merge_busy([slot for cal in calendars for slot in cal])
    if not merged:
        return 0 if length <= day_end else None
    for (_, gap_start), (gap_end, _) in zip(merged, merged[1:]):
        if gap_end - gap_start >= length:
            return gap_start
    last = merged[-1][1]
    return last if last + length <= day_end else None
''', "first_free: look between consecutive merged meetings, then after the last one"),
        ("e5", "calendar.py", "        if merged and start <= merged[-1][1]:\n",
         "        if merged and start < merged[-1][1]:\n",
         "merge_busy: patch 2"),
    ],
    ["e1", "e2"],
)


# ======================================================================= 13: sum of minimums
# monotonic stacks; the strict/non-strict pairing decides how ties are counted
_MINIMA = '''MOD = 1_000_000_007


def sum_of_minimums(prices):
    """Sum, over every non-empty contiguous run of prices, of the run's minimum, modulo MOD."""
    total = 0
    for i in range(len(prices)):
        low = prices[i]
        for j in range(i, len(prices)):
            if prices[j] < low:
                low = prices[j]
            total += low
    return total % MOD
'''
_MINIMA_BODY = _MINIMA[_MINIMA.index("    total = 0\n"):]


def _stacks(left_cmp, right_cmp, ret="sum(p * a * b for p, a, b in zip(prices, left, right)) % MOD"):
    return '''    n = len(prices)
    left, right = [0] * n, [0] * n
    stack = []
    for i in range(n):
        while stack and prices[stack[-1]] %s prices[i]:
            stack.pop()
        left[i] = i - stack[-1] if stack else i + 1
        stack.append(i)
    stack = []
    for i in range(n - 1, -1, -1):
        while stack and prices[stack[-1]] %s prices[i]:
            stack.pop()
        right[i] = stack[-1] - i if stack else n - i
        stack.append(i)
    return %s
''' % (left_cmp, right_cmp, ret)


_task(
    "sum-of-minimums", 3,
    "Problem F. Given n <= 1800 prices (0 <= p <= 10^6, repeats allowed), output the sum of "
    "min(prices[i..j]) over all 0 <= i <= j < n, modulo 1 000 000 007. The reference "
    "`sum_of_minimums` is O(n^2) and exceeds the limit on the largest case.",
    {"minima.py": _MINIMA},
    [
        "import minima",
        "assert minima.sum_of_minimums([3, 1, 2, 4]) == 17",
        "assert minima.sum_of_minimums([2, 2]) == 6, 'runs [2], [2], [2, 2]'",
        "assert minima.sum_of_minimums([5, 5, 5]) == 30",
        "assert minima.sum_of_minimums([]) == 0",
        "assert minima.sum_of_minimums([(i // 3) * 1000 + (i * 7) % 5 for i in range(1800)]) == 461727659",
    ],
    [
        ("e1", "minima.py", _MINIMA_BODY, _stacks(">", ">="),
         "monotonic stacks: previous smaller-or-equal on the left, next strictly smaller on the right"),
        ("e2", "minima.py", _MINIMA_BODY, _stacks(">", ">"),
         "monotonic stacks, strictly smaller boundary on both sides"),
        ("e3", "minima.py", _MINIMA_BODY, _stacks(">=", ">="),
         "monotonic stacks, pop on >= in both passes"),
        ("e4", "minima.py", _MINIMA_BODY,
         _stacks(">", ">=", "sum(p * a * b for p, a, b in zip(prices, left, right))"),
         "contribution counting: each price times the runs where it is the minimum"),
        ("e5", "minima.py", _MINIMA_BODY, '''    total = 0
    n = len(prices)
    for i, p in enumerate(prices):
        lo = i
        while lo > 0 and prices[lo - 1] > p:
            lo -= 1
        hi = i
        while hi + 1 < n and prices[hi + 1] >= p:
            hi += 1
        total += p * (i - lo + 1) * (hi - i + 1)
    return total % MOD
''', "for each price, extend left and right as far as it stays the minimum"),
        ("e6", "minima.py", _MINIMA_BODY, '''    def split(lo, hi):
        if lo >= hi:
            return 0
        m = min(range(lo, hi), key=prices.__getitem__)
        return prices[m] * (m - lo + 1) * (hi - m) + split(lo, m) + split(m + 1, hi)

    return split(0, len(prices)) % MOD
''', "divide and conquer: split at the minimum, recurse on both sides"),
        ("e7", "minima.py", _MINIMA_BODY, '''    n = len(prices)
    return sum(p * (i + 1) * (n - i) for i, p in enumerate(prices)) % MOD
''', "each price times the number of runs that contain it"),
        ("e8", "minima.py", _MINIMA_BODY, '''    n = len(prices)
    total, stack = 0, []
    for i in range(n):
        while stack and prices[stack[-1]] > prices[i]:
            stack.pop()
        left = i - stack[-1] if stack else i + 1
        stack.append(i)
        total += prices[i] * left * (n - i)
    return total % MOD
''', "single monotonic stack pass, O(n)"),
    ],
    ["e1"],
)


# ======================================================================= 14: city routes mod p
# a binomial coefficient; the float formula breaks past 2**53, the table is too slow
_ROUTES = '''MOD = 1_000_000_007


def routes(rows, cols):
    """Monotone routes across a rows x cols block of streets (rows steps down and cols steps
    right, in any order), modulo MOD."""
    if rows == 0 or cols == 0:
        return 1
    return (routes(rows - 1, cols) + routes(rows, cols - 1)) % MOD
'''
_ROUTES_HEAD = '''MOD = 1_000_000_007


def routes(rows, cols):
    """Monotone routes across a rows x cols block of streets (rows steps down and cols steps
    right, in any order), modulo MOD."""
'''
_task(
    "city-routes", 1,
    "`routes(rows, cols)` mod 1e9+7. Rows and cols up to 5000.",
    {"grid_routes.py": _ROUTES},
    [
        "import grid_routes",
        "assert grid_routes.routes(2, 2) == 6",
        "assert grid_routes.routes(0, 7) == 1",
        "assert grid_routes.routes(30, 30) == 118264581564861424 % 1_000_000_007",
        "assert grid_routes.routes(300, 300) == 272165270",
        "assert grid_routes.routes(5000, 3000) == 117019457",
    ],
    [
        ("e1", "grid_routes.py", "import math\n\n" + _ROUTES_HEAD + '''    return math.comb(rows + cols, rows) % MOD
''', "exact binomial coefficient C(rows + cols, rows), reduced at the end"),
        ("e2", "grid_routes.py", "import math\n\n" + _ROUTES_HEAD + '''    ways = math.factorial(rows + cols) / (math.factorial(rows) * math.factorial(cols))
    return int(ways) % MOD
''', "factorial formula (n! / (r! c!))"),
        ("e3", "grid_routes.py", _ROUTES_HEAD + '''    row = [1] * (cols + 1)
    for _ in range(rows):
        for c in range(1, cols + 1):
            row[c] = (row[c] + row[c - 1]) % MOD
    return row[cols]
''', "Pascal's triangle, one row of the table at a time"),
        ("e4", "grid_routes.py", _ROUTES_HEAD + '''    top = 1
    for k in range(2, rows + cols + 1):
        top = top * k % MOD
    bottom = 1
    for k in range(2, rows + 1):
        bottom = bottom * k % MOD
    for k in range(2, cols + 1):
        bottom = bottom * k % MOD
    return top * pow(bottom, MOD - 1, MOD) % MOD
''', "factorials mod p, divide with a Fermat inverse"),
    ],
    ["e1"],
)


# ======================================================================= 15: custom dice
# ordered compositions with parts 1..faces: a sliding-window DP; the plain table is too slow
_DICE = '''MOD = 10**9 + 7


def roll_sequences(faces, target):
    """Ordered sequences of rolls of a die showing 1..faces whose values add up to exactly
    target, modulo MOD. The empty sequence is the one way to make 0."""
    if target == 0:
        return 1
    return sum(roll_sequences(faces, target - f) for f in range(1, min(faces, target) + 1)) % MOD
'''
_DICE_BODY = '''    if target == 0:
        return 1
    return sum(roll_sequences(faces, target - f) for f in range(1, min(faces, target) + 1)) % MOD
'''


def _dice_window(cond):
    return '''    ways = [1] + [0] * target
    window = 1  # ways[t - faces] + ... + ways[t - 1]
    for t in range(1, target + 1):
        ways[t] = window %% MOD
        window += ways[t]
        if %s:
            window -= ways[t - faces]
    return ways[target]
''' % cond


_task(
    "custom-dice", 2,
    "Support says the new 'custom die' option hangs: `roll_sequences(faces, target)` is fine for "
    "a d6 and small targets, but with faces = 200 and target = 1500 it never returns. It counts "
    "ordered roll sequences summing to target, mod 1e9+7.",
    {"dice.py": _DICE},
    [
        "import dice",
        "assert dice.roll_sequences(6, 0) == 1",
        "assert dice.roll_sequences(6, 3) == 4, '1+1+1, 1+2, 2+1, 3'",
        "assert dice.roll_sequences(2, 10) == 89",
        "assert dice.roll_sequences(1, 50) == 1",
        "assert dice.roll_sequences(6, 40) == 567401756",
        "assert dice.roll_sequences(200, 1500) == 966819448",
    ],
    [
        ("e1", "dice.py", _DICE_BODY, _dice_window("t >= faces"),
         "bottom-up table with a running window sum of the last `faces` entries: O(target)"),
        ("e2", "dice.py", _DICE_BODY, '''    ways = [1] + [0] * target
    for t in range(1, target + 1):
        ways[t] = sum(ways[t - f] for f in range(1, min(faces, t) + 1)) % MOD
    return ways[target]
''', "bottom-up table, each entry sums the previous `faces` entries"),
        ("e3", "dice.py", _DICE_BODY, _dice_window("t > faces"),
         "sliding-window DP (v2)"),
        ("e4", "dice.py", "def roll_sequences(faces, target):\n",
         "import functools\n\n\n@functools.lru_cache(maxsize=None)\ndef roll_sequences(faces, target):\n",
         "memoise roll_sequences with lru_cache"),
    ],
    ["e1"],
)


# ======================================================================= 16: motif count
# overlapping matches: a regex lookahead does the scan in C; count() skips overlaps
_MOTIF = '''def count_occurrences(text, pattern):
    """Number of positions where pattern starts in text, overlapping matches included;
    0 for an empty pattern."""
    if not pattern:
        return 0
    hits = 0
    for i in range(len(text) - len(pattern) + 1):
        if text[i:i + len(pattern)] == pattern:
            hits += 1
    return hits
'''
_MOTIF_DOC = '''def count_occurrences(text, pattern):
    """Number of positions where pattern starts in text, overlapping matches included;
    0 for an empty pattern."""
'''
_MOTIF_LOOP = '''    hits = 0
    for i in range(len(text) - len(pattern) + 1):
        if text[i:i + len(pattern)] == pattern:
            hits += 1
    return hits
'''
_task(
    "motif-count", 2,
    "`count_occurrences(text, pattern)` must count overlapping matches ('aa' occurs 3 times "
    "in 'aaaa'). Texts reach 40,001 characters; patterns may contain punctuation such as '.'.",
    {"motif.py": _MOTIF},
    [
        "import motif",
        "assert motif.count_occurrences('banana', 'ana') == 2",
        "assert motif.count_occurrences('aaaa', 'aa') == 3",
        "assert motif.count_occurrences('v1.2 v1x2 v1.2.', '1.2') == 2, 'a dot is a literal dot'",
        "assert motif.count_occurrences('abc', '') == 0",
        "assert motif.count_occurrences('', 'a') == 0",
        "assert motif.count_occurrences('ab' * 20000 + 'a', 'aba') == 20000",
    ],
    [
        ("e1", "motif.py", "import re\n\n\n" + _MOTIF_DOC + '''    if not pattern:
        return 0
    return len(re.findall("(?=" + re.escape(pattern) + ")", text))
''', "zero-width lookahead regex on the escaped pattern; the scan runs in C"),
        ("e2", "motif.py", _MOTIF_LOOP, "    return text.count(pattern)\n",
         "str.count"),
        ("e3", "motif.py", "import re\n\n\n" + _MOTIF_DOC + '''    if not pattern:
        return 0
    return len(re.findall("(?=" + pattern + ")", text))
''', "regex with a lookahead so matches may overlap"),
        ("e4", "motif.py", _MOTIF_LOOP, '''    hits, i = 0, text.find(pattern)
    while i != -1:
        hits += 1
        i = text.find(pattern, i + 1)
    return hits
''', "jump from match to match with str.find"),
        ("e5", "motif.py", "import re\n\n\n" + _MOTIF_DOC + '''    return len(re.findall("(?=" + re.escape(pattern) + ")", text))
''', "re.findall with an escaped lookahead, nothing else"),
        ("e6", "motif.py", _MOTIF_LOOP, '''    fail = [0] * len(pattern)
    k = 0
    for i in range(1, len(pattern)):
        while k and pattern[i] != pattern[k]:
            k = fail[k - 1]
        if pattern[i] == pattern[k]:
            k += 1
        fail[i] = k
    hits = k = 0
    for ch in text:
        while k and ch != pattern[k]:
            k = fail[k - 1]
        if ch == pattern[k]:
            k += 1
        if k == len(pattern):
            hits += 1
            k = fail[k - 1]
    return hits
''', "Knuth-Morris-Pratt, O(n + m)"),
    ],
    ["e1"],
)


# ======================================================================= 17: gig planner
# weighted interval scheduling: DP + bisect; the greedy answers are wrong
_GIGS = '''import bisect


def best_takings(offers):
    """offers: (start, end, fee) with start < end. The band may take any gigs that do not
    overlap (one may start exactly when another ends). The largest possible total fee."""
    order = sorted(offers)

    def go(i, free_at):
        if i == len(order):
            return 0
        start, end, fee = order[i]
        skip = go(i + 1, free_at)
        if start >= free_at:
            return max(skip, fee + go(i + 1, end))
        return skip

    return go(0, float("-inf"))
'''
_GIGS_BODY = _GIGS[_GIGS.index("    order = sorted(offers)\n"):]


def _gigs_dp(side):
    return '''    order = sorted(offers, key=lambda o: o[1])
    ends = [o[1] for o in order]
    best = [0]  # best[k]: the top takings from the first k gigs by end time
    for start, end, fee in order:
        k = bisect.%s(ends, start)
        best.append(max(best[-1], best[k] + fee))
    return best[-1]
''' % side


_task(
    "gig-planner", 2,
    "A band gets n <= 800 offers (start, end, fee) and wants the largest total fee from gigs "
    "that don't overlap; a gig may start the minute another ends. `best_takings` tries every "
    "subset. Find the version that is both right and quick.",
    {"gigs.py": _GIGS},
    [
        "import gigs",
        "assert gigs.best_takings([(1, 3, 50), (2, 5, 20), (4, 6, 70), (6, 7, 60)]) == 180",
        "assert gigs.best_takings([(0, 10, 100), (0, 4, 60), (4, 10, 60)]) == 120",
        "assert gigs.best_takings([(1, 2, 5), (2, 3, 5), (3, 4, 5)]) == 15",
        "assert gigs.best_takings([(0, 5, 10), (1, 2, 3), (2, 3, 3), (3, 4, 3), (4, 5, 3)]) == 12",
        "assert gigs.best_takings([]) == 0",
        "assert gigs.best_takings([((i * 37) % 500, (i * 37) % 500 + 1 + (i * 11) % 40, 1 + (i * 53) % 97) for i in range(800)]) == 5198",
    ],
    [
        ("e1", "gigs.py", _GIGS_BODY, _gigs_dp("bisect_right"),
         "DP over gigs sorted by end; bisect finds the last gig that ends by the start"),
        ("e2", "gigs.py", _GIGS_BODY, '''    total, free_at = 0, float("-inf")
    for start, end, fee in sorted(offers, key=lambda o: o[1]):
        if start >= free_at:
            total += fee
            free_at = end
    return total
''', "greedy: earliest finishing gig first"),
        ("e3", "gigs.py", _GIGS_BODY, '''    taken, total = [], 0
    for start, end, fee in sorted(offers, key=lambda o: -o[2]):
        if all(end <= s or start >= e for s, e in taken):
            taken.append((start, end))
            total += fee
    return total
''', "greedy by fee: book the best-paid gigs that still fit"),
        ("e4", "gigs.py", _GIGS_BODY, _gigs_dp("bisect_left"),
         "sort by end time, dp[i] = max(dp[i-1], fee + dp[j]) with a binary search for j"),
        ("e5", "gigs.py", _GIGS_BODY, '''    order = sorted(offers, key=lambda o: o[1])
    best = []
    for i, (start, end, fee) in enumerate(order):
        take = fee
        for j in range(i):
            if order[j][1] <= start:
                take = max(take, best[j] + fee)
        best.append(max([take] + best[-1:]))
    return best[-1] if best else 0
''', "O(n^2) DP: each gig looks back at every gig that ended in time"),
    ],
    ["e1"],
)


# ======================================================================= 18: pattern twins
# hash each word to its letter pattern; counts, sorted counts and digit strings all collide
_TWINS = '''def _shape(word):
    """The letter pattern: the index of each letter's first appearance ('deed' -> (0, 1, 1, 0))."""
    return tuple(map(word.index, word))


def twin_pairs(words):
    """Number of pairs i < j where words[i] and words[j] follow the same letter pattern
    ('noon' and 'deed', 'abc' and 'xyz'; not 'aab' and 'aba')."""
    shapes = [_shape(w) for w in words]
    pairs = 0
    for i in range(len(shapes)):
        for j in range(i + 1, len(shapes)):
            if shapes[i] == shapes[j]:
                pairs += 1
    return pairs
'''
_TWINS_BODY = _TWINS[_TWINS.index("    shapes = [_shape(w) for w in words]"):]


def _twins(key, combine="c * (c - 1) // 2"):
    return '''    groups = {}
    for w in words:
        key = %s
        groups[key] = groups.get(key, 0) + 1
    return sum(%s for c in groups.values())
''' % (key, combine)


_task(
    "pattern-twins", 2,
    "Please review: `twin_pairs` counts pairs of words with the same letter pattern by comparing "
    "every pair of `_shape` tuples, and 1,500 words are over budget. Swap in a hashed count, but "
    "make sure the key cannot confuse two different patterns.",
    {"twins.py": _TWINS},
    [
        "import twins",
        "assert twins.twin_pairs(['noon', 'deed', 'abc', 'xyz', 'aab', 'aba']) == 2",
        "assert twins.twin_pairs(['aa'] * 4) == 6, 'four equal words make six pairs'",
        "assert twins.twin_pairs([]) == 0",
        "assert twins.twin_pairs([str(i * i % 10007) for i in range(1500)] + ['abcdefghijkl', 'abcdefghijbabb']) == 255807",
    ],
    [
        ("e1", "twins.py", _TWINS_BODY, _twins("_shape(w)"),
         "dict keyed by the _shape tuple; c words of one shape give c*(c-1)/2 pairs"),
        ("e2", "twins.py", _TWINS_BODY, _twins("tuple(sorted(w.count(ch) for ch in set(w)))"),
         "dict keyed by the sorted letter counts"),
        ("e3", "twins.py", _TWINS_BODY, _twins("_shape(w)", "c // 2"),
         "hash the shapes, then count the pairs per bucket"),
        ("e4", "twins.py", _TWINS_BODY, _twins('"".join(map(str, _shape(w)))'),
         "dict keyed by the shape written out as a digit string"),
        ("e5", "twins.py", _TWINS_BODY, _twins("(len(w), len(set(w)))"),
         "bucket words by (length, distinct letters)"),
    ],
    ["e1"],
)


# ======================================================================= 19: gentle route
# minimax path: Dijkstra on the largest step; bisecting the threshold is right but slow here
_SLOPES = '''from collections import deque


def _reachable(heights, limit):
    """Can the bottom-right cell be reached using only steps of height change <= limit?"""
    rows, cols = len(heights), len(heights[0])
    seen = {(0, 0)}
    queue = deque([(0, 0)])
    while queue:
        r, c = queue.popleft()
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if (0 <= nr < rows and 0 <= nc < cols and (nr, nc) not in seen
                    and abs(heights[nr][nc] - heights[r][c]) <= limit):
                seen.add((nr, nc))
                queue.append((nr, nc))
    return (rows - 1, cols - 1) in seen


def _steps(heights):
    across = {abs(a - b) for row in heights for a, b in zip(row, row[1:])}
    down = {abs(a - b) for up, low in zip(heights, heights[1:]) for a, b in zip(up, low)}
    return sorted(across | down | {0})


def gentlest_effort(heights):
    """The smallest possible largest height change between consecutive cells on a route from
    the top-left to the bottom-right cell (moves up, down, left, right)."""
    for limit in _steps(heights):
        if _reachable(heights, limit):
            return limit
'''
_SLOPES_MAIN = '''def gentlest_effort(heights):
    """The smallest possible largest height change between consecutive cells on a route from
    the top-left to the bottom-right cell (moves up, down, left, right)."""
    for limit in _steps(heights):
        if _reachable(heights, limit):
            return limit
'''
_SLOPES_DOC = _SLOPES_MAIN[:_SLOPES_MAIN.index("    for limit")]


def _dijkstra(combine, pop_goal=True):
    pop = "        if (r, c) == goal:\n            return effort\n" if pop_goal else ""
    push = "" if pop_goal else "                    if (nr, nc) == goal:\n                        return cand\n"
    return "import heapq\n\n\n" + _SLOPES_DOC + '''    rows, cols = len(heights), len(heights[0])
    goal = (rows - 1, cols - 1)
    best = {(0, 0): 0}
    heap = [(0, 0, 0)]
    while heap:
        effort, r, c = heapq.heappop(heap)
''' + pop + '''        if effort > best[(r, c)]:
            continue
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < rows and 0 <= nc < cols:
                cand = ''' + combine + '''
                if cand < best.get((nr, nc), float("inf")):
                    best[(nr, nc)] = cand
''' + push + '''                    heapq.heappush(heap, (cand, nr, nc))
'''


_task(
    "gentle-route", 2,
    "Hikers want the route across a height map whose single worst climb or drop is as small as "
    "possible. `gentlest_effort` is right but tries every threshold in turn with a flood fill "
    "(`_reachable`); on the 24x24 survey map it exceeds the budget.",
    {"slopes.py": _SLOPES},
    [
        "import slopes",
        "assert slopes.gentlest_effort([[1, 2, 2], [3, 8, 2], [5, 3, 5]]) == 2",
        "assert slopes.gentlest_effort([[1, 2, 3], [3, 8, 4], [5, 3, 5]]) == 1",
        "assert slopes.gentlest_effort([[5]]) == 0, 'already at the goal'",
        "assert slopes.gentlest_effort([[1, 10, 6, 7, 9, 10, 4, 9]]) == 9",
        "assert slopes.gentlest_effort([[1, 100, 1, 1, 1], [1, 100, 1, 100, 1], [1, 1, 1, 100, 1]]) == 0",
        "assert slopes.gentlest_effort([[pow(r * 24 + c, 3, 1009) for c in range(24)] for r in range(24)]) == 389",
    ],
    [
        ("e1", "slopes.py", _SLOPES_MAIN, _dijkstra("max(effort, abs(heights[nr][nc] - heights[r][c]))"),
         "Dijkstra where a route's cost is its largest step, O(cells log cells)"),
        ("e2", "slopes.py", _SLOPES_MAIN, _dijkstra("effort + abs(heights[nr][nc] - heights[r][c])"),
         "Dijkstra with a heap on the height changes"),
        ("e3", "slopes.py", _SLOPES_MAIN, _SLOPES_DOC + '''    r = c = worst = 0
    rows, cols = len(heights), len(heights[0])
    while (r, c) != (rows - 1, cols - 1):
        moves = [(abs(heights[nr][nc] - heights[r][c]), nr, nc)
                 for nr, nc in ((r + 1, c), (r, c + 1)) if nr < rows and nc < cols]
        step, r, c = min(moves)
        worst = max(worst, step)
    return worst
''', "walk right or down, always taking the gentler step"),
        ("e4", "slopes.py", _SLOPES_MAIN, _SLOPES_DOC + '''    steps = _steps(heights)
    lo, hi = 0, len(steps) - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if _reachable(heights, steps[mid]):
            hi = mid
        else:
            lo = mid + 1
    return steps[lo]
''', "binary search on the threshold with _reachable"),
        ("e5", "slopes.py", _SLOPES_MAIN, _dijkstra("max(effort, abs(heights[nr][nc] - heights[r][c]))", False),
         "attempt 3"),
    ],
    ["e1"],
)


# ======================================================================= 20: multiples of a or b
# inclusion-exclusion with the lcm; a*b is not the lcm
_MULTIPLES = '''def count_multiples(n, a, b):
    """How many of 1, 2, ..., n are divisible by a or by b (a, b >= 1)."""
    return sum(1 for k in range(1, n + 1) if k % a == 0 or k % b == 0)
'''
_MULT_LINE = "    return sum(1 for k in range(1, n + 1) if k % a == 0 or k % b == 0)\n"
_task(
    "multiples-either", 1,
    "`count_multiples(n, a, b)`; n <= 10**12.",
    {"multiples.py": _MULTIPLES},
    [
        "import multiples",
        "assert multiples.count_multiples(10, 2, 3) == 7",
        "assert multiples.count_multiples(12, 4, 6) == 4",
        "assert multiples.count_multiples(7, 7, 7) == 1",
        "assert multiples.count_multiples(10**12, 6, 10) == 233333333333",
    ],
    [
        ("e1", "multiples.py", "import math\n\n\n" + _MULTIPLES.replace(
            _MULT_LINE, "    both = a * b // math.gcd(a, b)\n    return n // a + n // b - n // both\n"),
         "inclusion-exclusion over the least common multiple"),
        ("e2", "multiples.py", _MULT_LINE, "    return n // a + n // b - n // (a * b)\n",
         "inclusion-exclusion: subtract the multiples of a * b"),
        ("e3", "multiples.py", _MULT_LINE, '''    hits = 0
    for k in range(a, n + 1, a):
        hits += 1
    for k in range(b, n + 1, b):
        if k % a:
            hits += 1
    return hits
''', "walk the multiples of a and of b only"),
    ],
    ["e1"],
)
