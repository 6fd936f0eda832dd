TASKS = []

# ---------------------------------------------------------------- 1: trapped rain water
_TERRAIN = '''def trapped_water(heights):
    """Units of rain held between the bars of an elevation map."""
    total = 0
    for i, h in enumerate(heights):
        left = right = h
        for j in range(i):
            left = max(left, heights[j])
        for j in range(i + 1, len(heights)):
            right = max(right, heights[j])
        total += min(left, right) - h
    return total
'''
_TERRAIN_BODY = '''    total = 0
    for i, h in enumerate(heights):
        left = right = h
        for j in range(i):
            left = max(left, heights[j])
        for j in range(i + 1, len(heights)):
            right = max(right, heights[j])
        total += min(left, right) - h
    return total
'''
TASKS.append({
    "id": "cpw-rain-trap", "family": "competitive", "split": "train", "level": 1,
    "description": "`trapped_water` is right but quadratic: a 3000-bar map blows the budget. Make it linear.",
    "files": {"terrain.py": _TERRAIN},
    "tests": [
        "import terrain",
        "assert terrain.trapped_water([0, 1, 0, 2, 1, 0, 1, 3, 2, 1, 2, 1]) == 6",
        "assert terrain.trapped_water([4, 2, 0, 3, 2, 5]) == 9, 'water pools between 4 and 5'",
        "assert terrain.trapped_water([]) == 0",
        "assert terrain.trapped_water([(i * 37) % 101 for i in range(3000)]) == 149428, '3000 bars within the budget'",
    ],
    "edits": [
        {"id": "e1", "path": "terrain.py", "find": _TERRAIN_BODY,
         "replace": '''    n = len(heights)
    left, right = [0] * n, [0] * n
    best = 0
    for i in range(n):
        best = max(best, heights[i])
        left[i] = best
    best = 0
    for i in range(n - 1, -1, -1):
        best = max(best, heights[i])
        right[i] = best
    return sum(min(a, b) for a, b in zip(left, right)) - sum(heights)
''', "note": "two passes of running maxima, then one sum"},
        {"id": "e2", "path": "terrain.py", "find": _TERRAIN_BODY,
         "replace": '''    total, best = 0, 0
    for h in heights:
        best = max(best, h)
        total += best - h
    return total
''', "note": "water above a bar = tallest bar so far minus its height"},
        {"id": "e3", "path": "terrain.py", "find": _TERRAIN_BODY,
         "replace": '''    total = 0
    for i in range(1, len(heights) - 1):
        wall = min(heights[i - 1], heights[i + 1])
        total += max(0, wall - heights[i])
    return total
''', "note": "compare each bar with its neighbours only"},
    ],
    "solution": ["e1"],
})

# ---------------------------------------------------------------- 2: gift card pairs (cents)
_PRICES = '''def to_cents(tag):
    """'12.5' -> 1250, '3' -> 300, '0.07' -> 7."""
    whole, _, frac = tag.partition(".")
    return int(whole or "0") * 100 + int((frac + "00")[:2])
'''
_GIFT_LOOP = '''    count = 0
    for i in range(len(cents)):
        for j in range(i + 1, len(cents)):
            if cents[i] + cents[j] == target:
                count += 1
    return count
'''
TASKS.append({
    "id": "cpw-giftcard-pairs", "family": "competitive", "split": "train", "level": 2,
    "description": ("Checkout times out on big baskets. `pairs_for_card` must count the unordered pairs of "
                    "items (two different positions) whose prices add up to the card value exactly. "
                    "Prices are strings and are compared as integer cents."),
    "files": {"prices.py": _PRICES, "giftcard.py": '''from prices import to_cents


def pairs_for_card(price_tags, card):
    cents = [to_cents(tag) for tag in price_tags]
    target = to_cents(card)
''' + _GIFT_LOOP},
    "tests": [
        "import giftcard",
        "assert giftcard.pairs_for_card(['1.50', '2.50', '3', '1'], '4.00') == 2, '1.50 + 2.50 and 3 + 1'",
        "assert giftcard.pairs_for_card(['2', '2', '2'], '4') == 3, 'equal prices at different positions pair up'",
        "assert giftcard.pairs_for_card(['5'], '10') == 0, 'an item cannot pair with itself'",
        "assert giftcard.pairs_for_card(['%d.%02d' % divmod((i * 37) % 1009, 100) for i in range(2000)], '10.00') == 1965",
    ],
    "edits": [
        {"id": "e1", "path": "giftcard.py", "find": _GIFT_LOOP,
         "replace": '''    seen = set()
    count = 0
    for c in cents:
        if target - c in seen:
            count += 1
        seen.add(c)
    return count
''', "note": "one pass with a set of prices already seen"},
        {"id": "e2", "path": "giftcard.py", "find": _GIFT_LOOP,
         "replace": '''    count = 0
    cents.sort()
    for i in range(len(cents)):
        for j in range(i + 1, len(cents)):
            if cents[i] + cents[j] > target:
                break
            if cents[i] + cents[j] == target:
                count += 1
    return count
''', "note": "sort first and stop each inner scan early"},
        {"id": "e3", "path": "giftcard.py", "find": _GIFT_LOOP,
         "replace": '''    seen = {}
    count = 0
    for c in cents:
        count += seen.get(target - c, 0)
        seen[c] = seen.get(c, 0) + 1
    return count
''', "note": "one pass, remembering how often each price occurred"},
        {"id": "e4", "path": "giftcard.py", "find": _GIFT_LOOP,
         "replace": '''    tally = {}
    for c in cents:
        tally[c] = tally.get(c, 0) + 1
    return sum(n * tally.get(target - c, 0) for c, n in tally.items()) // 2
''', "note": "multiply the tallies of complementary prices"},
    ],
    "solution": ["e3"],
})

# ---------------------------------------------------------------- 3: rainfall range sums (prefix module)
_RAIN = '''from prefix import running_totals


def rainfall_between(readings, queries):
    """For each (first_day, last_day) query, inclusive, the total rainfall of those days."""
    answers = []
    for first, last in queries:
        total = 0
        for day in range(first, last + 1):
            total += readings[day]
        answers.append(total)
    return answers
'''
_RAIN_BODY = '''    answers = []
    for first, last in queries:
        total = 0
        for day in range(first, last + 1):
            total += readings[day]
        answers.append(total)
    return answers
'''
TASKS.append({
    "id": "cpw-rain-ranges", "family": "competitive", "split": "train", "level": 3,
    "description": ("Rainfall reports: `rainfall_between(readings, queries)` answers many inclusive day-range "
                    "queries and is far too slow. Finish `running_totals` in prefix.py (totals[i] is the sum of "
                    "the first i values, so it has one more entry than its input) and answer each query in O(1)."),
    "files": {"prefix.py": '''def running_totals(values):
    """totals[i] == sum(values[:i]); len(totals) == len(values) + 1."""
    raise NotImplementedError("running_totals")
''', "rain_stats.py": _RAIN},
    "tests": [
        "import prefix",
        "import rain_stats",
        "assert prefix.running_totals([3, 0, 2]) == [0, 3, 3, 5], 'totals start with 0'",
        "assert prefix.running_totals([]) == [0]",
        "assert rain_stats.rainfall_between([1, 2, 3, 4], [(0, 3), (1, 1), (2, 3)]) == [10, 2, 7]",
        "assert sum(rain_stats.rainfall_between([i % 7 for i in range(3000)], [(i, 2999 - i) for i in range(1500)])) == 6754491, '1500 long queries must be O(1) each'",
    ],
    "edits": [
        {"id": "e1", "path": "prefix.py", "find": '''    raise NotImplementedError("running_totals")
''', "replace": '''    totals = [0]
    for v in values:
        totals.append(totals[-1] + v)
    return totals
''', "note": "prefix: accumulate into a list that starts at 0"},
        {"id": "e2", "path": "rain_stats.py", "find": _RAIN_BODY,
         "replace": '''    totals = running_totals(readings)
    return [totals[last + 1] - totals[first] for first, last in queries]
''', "note": "PR-12: answer each query as a difference of two totals"},
        {"id": "e3", "path": "prefix.py", "find": '''    raise NotImplementedError("running_totals")
''', "replace": '''    totals = []
    running = 0
    for v in values:
        running += v
        totals.append(running)
    return totals
''', "note": "prefix: one running sum per value"},
        {"id": "e4", "path": "rain_stats.py", "find": _RAIN_BODY,
         "replace": '''    totals = running_totals(readings)
    return [totals[last] - totals[first] for first, last in queries]
''', "note": "PR-14: totals[last] - totals[first]"},
        {"id": "e5", "path": "rain_stats.py", "find": _RAIN_BODY,
         "replace": '''    cache = {}
    answers = []
    for first, last in queries:
        if (first, last) not in cache:
            total = 0
            for day in range(first, last + 1):
                total += readings[day]
            cache[first, last] = total
        answers.append(cache[first, last])
    return answers
''', "note": "rain_stats: memoise repeated queries"},
    ],
    "solution": ["e1", "e2"],
})

# ---------------------------------------------------------------- 4: longest strictly rising subsequence
_RISE = '''def longest_rise(scores):
    """Length of the longest strictly increasing subsequence (not necessarily contiguous)."""
    best = [1] * len(scores)
    for i in range(len(scores)):
        for j in range(i):
            if scores[j] < scores[i] and best[j] + 1 > best[i]:
                best[i] = best[j] + 1
    return max(best, default=0)
'''
TASKS.append({
    "id": "cpw-longest-rise", "family": "competitive", "split": "train", "level": 2,
    "description": ("`longest_rise(scores)` returns the length of the longest strictly increasing subsequence. "
                    "The O(n^2) table hits the budget on 3000 scores; an O(n log n) version is needed."),
    "files": {"streaks.py": _RISE},
    "tests": [
        "import streaks",
        "assert streaks.longest_rise([10, 9, 2, 5, 3, 7, 101, 18]) == 4",
        "assert streaks.longest_rise([7, 7, 7]) == 1, 'equal scores are not a rise'",
        "assert streaks.longest_rise([]) == 0",
        "assert streaks.longest_rise([5, 1, 6, 2, 7, 3, 8]) == 4, 'e.g. 1, 2, 3, 8'",
        "assert streaks.longest_rise([i // 2 + (i * 37) % 5 for i in range(3000)]) == 602",
    ],
    "edits": [
        {"id": "e1", "path": "streaks.py", "replace": '''import bisect


def longest_rise(scores):
    """Length of the longest strictly increasing subsequence (not necessarily contiguous)."""
    tails = []
    for s in scores:
        k = bisect.bisect_right(tails, s)
        if k == len(tails):
            tails.append(s)
        else:
            tails[k] = s
    return len(tails)
''', "note": "fast single pass"},
        {"id": "e2", "path": "streaks.py", "replace": '''def longest_rise(scores):
    """Length of the longest strictly increasing subsequence (not necessarily contiguous)."""
    tails = []
    for s in scores:
        k = 0
        while k < len(tails) and tails[k] < s:
            k += 1
        if k == len(tails):
            tails.append(s)
        else:
            tails[k] = s
    return len(tails)
''', "note": "tails list, slot found by walking from the front"},
        {"id": "e3", "path": "streaks.py", "replace": '''import bisect


def longest_rise(scores):
    """Length of the longest strictly increasing subsequence (not necessarily contiguous)."""
    tails = []
    for s in scores:
        k = bisect.bisect_left(tails, s)
        if k == len(tails):
            tails.append(s)
        else:
            tails[k] = s
    return len(tails)
''', "note": "tails + binary search for the first tail >= score"},
        {"id": "e4", "path": "streaks.py", "replace": '''def longest_rise(scores):
    """Length of the longest strictly increasing subsequence (not necessarily contiguous)."""
    best = run = 0
    previous = None
    for s in scores:
        run = run + 1 if previous is not None and s > previous else 1
        best = max(best, run)
        previous = s
    return best
''', "note": "track the current rising run"},
    ],
    "solution": ["e3"],
})

# ---------------------------------------------------------------- 5: twin primes with a sieve module
_TWINS_LOOP = '''    for p in range(3, limit - 1, 2):
        flags = sieve(p + 2)
'''
TASKS.append({
    "id": "cpw-twin-sieve", "family": "competitive", "split": "train", "level": 3,
    "description": ("`twin_pairs(limit)` lists the prime pairs (p, p + 2) with p + 2 <= limit. Both it and the "
                    "`sieve` it relies on are too slow for limit = 12000."),
    "files": {"primes_table.py": '''def sieve(limit):
    """flags[n] is True exactly when n is prime, for 0 <= n <= limit."""
    flags = [False] * (limit + 1)
    for n in range(2, limit + 1):
        flags[n] = all(n % d for d in range(2, int(n ** 0.5) + 1))
    return flags
''', "twins.py": '''from primes_table import sieve


def twin_pairs(limit):
    pairs = []
''' + _TWINS_LOOP + '''        if flags[p] and flags[p + 2]:
            pairs.append((p, p + 2))
    return pairs
'''},
    "tests": [
        "import primes_table, twins",
        "assert primes_table.sieve(10) == [False, False, True, True, False, True, False, True, False, False, False]",
        "assert twins.twin_pairs(20) == [(3, 5), (5, 7), (11, 13), (17, 19)], 'the bound is inclusive'",
        "assert len(twins.twin_pairs(12000)) == 235, '235 twin pairs up to 12000'",
        "assert primes_table.sieve(12000).count(True) == 1438",
    ],
    "edits": [
        {"id": "e1", "path": "primes_table.py", "replace": '''def sieve(limit):
    """flags[n] is True exactly when n is prime, for 0 <= n <= limit."""
    flags = [False, False] + [True] * (limit - 1)
    p = 2
    while p * p <= limit:
        if flags[p]:
            flags[p * p::p] = [False] * len(range(p * p, limit + 1, p))
        p += 1
    return flags[:limit + 1]
''', "note": "sieve: cross off multiples with slice assignment"},
        {"id": "e2", "path": "twins.py", "find": _TWINS_LOOP,
         "replace": '''    flags = sieve(limit)
    for p in range(3, limit - 1, 2):
''', "note": "twins: build the table once"},
        {"id": "e3", "path": "primes_table.py", "replace": '''def sieve(limit):
    """flags[n] is True exactly when n is prime, for 0 <= n <= limit."""
    flags = [True] * (limit + 1)
    flags[0] = False
    for p in range(2, int(limit ** 0.5) + 1):
        if flags[p]:
            flags[p * p::p] = [False] * len(range(p * p, limit + 1, p))
    return flags
''', "note": "sieve: Eratosthenes over a table of Trues"},
        {"id": "e4", "path": "twins.py", "find": _TWINS_LOOP,
         "replace": '''    flags = sieve(limit - 2)
    for p in range(3, limit - 1, 2):
''', "note": "twins: hoist the call (table up to limit - 2)"},
    ],
    "solution": ["e1", "e2"],
})

# ---------------------------------------------------------------- 6: days until warmer
TASKS.append({
    "id": "cpw-days-until-warmer", "family": "competitive", "split": "train", "level": 2,
    "description": ("Implement `wait_days(temps)`: for each day, how many days until a strictly warmer one "
                    "(0 if none). Example: [73, 74, 75, 71, 69, 72, 76, 73] -> [1, 1, 4, 2, 1, 1, 0, 0]. "
                    "Inputs have thousands of days."),
    "files": {"forecast.py": '''def wait_days(temps):
    raise NotImplementedError("TODO")
'''},
    "tests": [
        "import forecast",
        "assert forecast.wait_days([73, 74, 75, 71, 69, 72, 76, 73]) == [1, 1, 4, 2, 1, 1, 0, 0]",
        "assert forecast.wait_days([30, 30, 31]) == [2, 1, 0], 'an equal temperature is not warmer'",
        "assert forecast.wait_days([]) == []",
        "assert forecast.wait_days([3000 - i for i in range(2999)] + [9999]) == [2999 - i for i in range(2999)] + [0]",
    ],
    "edits": [
        {"id": "e1", "path": "forecast.py", "find": '''    raise NotImplementedError("TODO")
''', "replace": '''    answer = [0] * len(temps)
    waiting = []
    for day, t in enumerate(temps):
        while waiting and temps[waiting[-1]] < t:
            earlier = waiting.pop()
            answer[earlier] = day - earlier
        waiting.append(day)
    return answer
''', "note": "keep a stack of days still waiting"},
        {"id": "e2", "path": "forecast.py", "find": '''    raise NotImplementedError("TODO")
''', "replace": '''    answer = [0] * len(temps)
    waiting = []
    for day, t in enumerate(temps):
        while waiting and temps[waiting[-1]] <= t:
            earlier = waiting.pop()
            answer[earlier] = day - earlier
        waiting.append(day)
    return answer
''', "note": "stack; pop while today is at least as warm"},
        {"id": "e3", "path": "forecast.py", "find": '''    raise NotImplementedError("TODO")
''', "replace": '''    answer = []
    for i, t in enumerate(temps):
        wait = 0
        for j in range(i + 1, len(temps)):
            if temps[j] > t:
                wait = j - i
                break
        answer.append(wait)
    return answer
''', "note": "scan forward from each day, stop at the first warmer one"},
        {"id": "e4", "path": "forecast.py", "find": '''    raise NotImplementedError("TODO")
''', "replace": '''    answer = [0] * len(temps)
    waiting = []
    for day, t in enumerate(temps):
        while waiting and temps[waiting[-1]] < t:
            answer[waiting.pop()] = day
        waiting.append(day)
    return answer
''', "note": "stack variant B"},
        {"id": "e5", "path": "forecast.py", "find": '''    raise NotImplementedError("TODO")
''', "replace": '''    answer = []
    for i, t in enumerate(temps):
        later = [j for j in range(i + 1, len(temps)) if temps[j] > t]
        answer.append(later[0] - i if later else 0)
    return answer
''', "note": "maybe a comprehension per day?"},
    ],
    "solution": ["e1"],
})

# ---------------------------------------------------------------- 7: bookings merge + busy minutes
_BUSY_BODY = '''    covered = set()
    for start, end in bookings:
        for minute in range(start, end):
            covered.add(minute)
    return len(covered)
'''
_MERGE_STUB = '''    """Merge overlapping or touching [start, end) bookings; return them sorted by start."""
    raise NotImplementedError
'''
TASKS.append({
    "id": "cpw-booking-cover", "family": "competitive", "split": "train", "level": 2,
    "description": ("calendar_ops.py: finish `merge_bookings` (half-open [start, end) minute ranges; touching "
                    "ranges merge too) and make `busy_minutes` fast on long bookings by building on it."),
    "files": {"calendar_ops.py": '''def merge_bookings(bookings):
''' + _MERGE_STUB + '''

def busy_minutes(bookings):
    """Minutes covered by at least one booking."""
''' + _BUSY_BODY},
    "tests": [
        "from calendar_ops import merge_bookings, busy_minutes",
        "assert merge_bookings([(5, 8), (1, 3), (2, 4)]) == [(1, 4), (5, 8)]",
        "assert merge_bookings([(1, 2), (2, 3)]) == [(1, 3)], 'touching bookings merge'",
        "assert busy_minutes([(0, 10), (5, 15), (20, 25)]) == 20, 'overlapping minutes count once'",
        "assert busy_minutes([(i * 10, i * 10 + 5000) for i in range(300)]) == 7990",
    ],
    "edits": [
        {"id": "e1", "path": "calendar_ops.py", "find": _MERGE_STUB,
         "replace": '''    merged = []
    for start, end in sorted(bookings):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged
''', "note": "CAL-7: sort by start, extend the last range while they overlap or touch"},
        {"id": "e2", "path": "calendar_ops.py", "find": _BUSY_BODY,
         "replace": '''    return sum(end - start for start, end in merge_bookings(bookings))
''', "note": "CAL-8: sum the lengths of the merged ranges"},
        {"id": "e3", "path": "calendar_ops.py", "find": _MERGE_STUB,
         "replace": '''    merged = []
    for start, end in sorted(bookings):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged
''', "note": "CAL-9: sort, merge ranges that share a minute"},
        {"id": "e4", "path": "calendar_ops.py", "find": _BUSY_BODY,
         "replace": '''    return sum(end - start for start, end in bookings)
''', "note": "CAL-10: add up each booking's length"},
    ],
    "solution": ["e1", "e2"],
})

# ---------------------------------------------------------------- 8: anagram groups
TASKS.append({
    "id": "cpw-anagram-buckets", "family": "competitive", "split": "train", "level": 1,
    "description": ("Word game server: `group_anagrams` compares every word with every group and stalls on "
                    "1500 words. Keep the output (groups in order of first appearance, words in input order)."),
    "files": {"wordgame.py": '''def group_anagrams(words):
    groups = []
    for word in words:
        for group in groups:
            if sorted(group[0]) == sorted(word):
                group.append(word)
                break
        else:
            groups.append([word])
    return groups
'''},
    "tests": [
        "import wordgame",
        "assert wordgame.group_anagrams(['ate', 'tea', 'tan', 'eat', 'nat', 'bat']) == [['ate', 'tea', 'eat'], ['tan', 'nat'], ['bat']]",
        "assert wordgame.group_anagrams(['aab', 'abb']) == [['aab'], ['abb']], 'letter counts matter'",
        "assert len(wordgame.group_anagrams(['w%d' % i for i in range(1500)])) == 468",
    ],
    "edits": [
        {"id": "e1", "path": "wordgame.py", "replace": '''def group_anagrams(words):
    groups = {}
    for word in words:
        groups.setdefault("".join(sorted(word)), []).append(word)
    return list(groups.values())
''', "note": "bucket words by their sorted letters"},
        {"id": "e2", "path": "wordgame.py", "replace": '''def group_anagrams(words):
    groups = {}
    for word in words:
        groups.setdefault(frozenset(word), []).append(word)
    return list(groups.values())
''', "note": "bucket words by their set of letters"},
    ],
    "solution": ["e1"],
})

# ---------------------------------------------------------------- 9: sliding window peaks (sensor alarms)
TASKS.append({
    "id": "cpw-sensor-peaks", "family": "competitive", "split": "train", "level": 2,
    "description": ("`alarm_count(readings, k, threshold)` counts the length-k windows whose peak is above the "
                    "threshold. It is correct, but `peaks` in window.py costs O(n*k); bring it to O(n)."),
    "files": {"window.py": '''def peaks(values, k):
    """Maximum of every window values[i:i + k], left to right."""
    out = []
    for i in range(len(values) - k + 1):
        best = values[i]
        for v in values[i + 1:i + k]:
            if v > best:
                best = v
        out.append(best)
    return out
''', "sensors.py": '''from window import peaks


def alarm_count(readings, k, threshold):
    return sum(1 for p in peaks(readings, k) if p > threshold)
'''},
    "tests": [
        "import window, sensors",
        "assert window.peaks([1, 3, -1, -3, 5, 3, 6, 7], 3) == [3, 3, 5, 5, 6, 7]",
        "assert window.peaks([4, 2], 2) == [4]",
        "assert window.peaks([2, 9, 1, 1, 1], 2) == [9, 9, 1, 1], 'the 9 must leave the window'",
        "assert sensors.alarm_count([5, 1, 1, 7, 1], 2, 4) == 3",
        "assert sensors.alarm_count(list(range(3000, 0, -1)), 1000, 1500) == 1500, 'falling readings, window 1000'",
    ],
    "edits": [
        {"id": "e1", "path": "window.py", "replace": '''from collections import deque


def peaks(values, k):
    """Maximum of every window values[i:i + k], left to right."""
    out, best = [], deque()
    for i, v in enumerate(values):
        while best and values[best[-1]] <= v:
            best.pop()
        best.append(i)
        if best[0] <= i - k:
            best.popleft()
        if i >= k - 1:
            out.append(values[best[0]])
    return out
''', "note": "deque of candidate indices, smaller ones dropped from the back"},
        {"id": "e2", "path": "window.py", "replace": '''from collections import deque


def peaks(values, k):
    """Maximum of every window values[i:i + k], left to right."""
    out, best = [], deque()
    for i, v in enumerate(values):
        while best and values[best[-1]] <= v:
            best.pop()
        best.append(i)
        if best[0] < i - k:
            best.popleft()
        if i >= k - 1:
            out.append(values[best[0]])
    return out
''', "note": "deque; expire the front once it is more than k behind"},
        {"id": "e3", "path": "window.py", "replace": '''def peaks(values, k):
    """Maximum of every window values[i:i + k], left to right."""
    if len(values) < k:
        return []
    out = []
    best = None
    for i in range(len(values) - k + 1):
        if best is None or best == values[i - 1]:
            best = values[i]
            for v in values[i + 1:i + k]:
                if v > best:
                    best = v
        elif values[i + k - 1] > best:
            best = values[i + k - 1]
        out.append(best)
    return out
''', "note": "rescan only when the old maximum leaves the window"},
    ],
    "solution": ["e1"],
})

# ---------------------------------------------------------------- 10: warehouse ledger (Fenwick tree)
_ADD = '''    def add(self, i, delta):
        self.cells[i + 1] += delta
'''
_TOTAL = '''    def total_upto(self, i):
        """Sum of positions 0..i inclusive."""
        total = 0
        for j in range(1, i + 2):
            total += self.cells[j]
        return total
'''
TASKS.append({
    "id": "cpw-warehouse-ledger", "family": "competitive", "split": "train", "level": 3,
    "description": ("Replaying a day of warehouse events through `stock_levels` takes far too long: every "
                    "'ask' re-adds all bins. Turn `Ledger` into a binary indexed (Fenwick) tree so that both "
                    "`add` and `total_upto` are O(log n)."),
    "files": {"fenwick.py": '''class Ledger:
    def __init__(self, size):
        self.cells = [0] * (size + 1)

''' + _ADD + '''
''' + _TOTAL, "warehouse.py": '''from fenwick import Ledger


def stock_levels(n_bins, events):
    """Replay ('move', bin, qty) and ('ask', bin) events; each ask gets the stock held in bins 0..bin."""
    ledger = Ledger(n_bins)
    answers = []
    for kind, *args in events:
        if kind == "move":
            ledger.add(*args)
        else:
            answers.append(ledger.total_upto(*args))
    return answers
'''},
    "tests": [
        "import warehouse",
        "assert warehouse.stock_levels(4, [('move', 1, 5), ('ask', 2), ('move', 0, 3), ('ask', 0), ('ask', 3)]) == [5, 3, 8]",
        "assert warehouse.stock_levels(3, [('move', 2, 4), ('move', 2, -1), ('ask', 1), ('ask', 2)]) == [0, 3], 'shipments reduce stock'",
        "assert warehouse.stock_levels(8, [('move', 7, 1), ('move', 3, 2), ('ask', 7), ('ask', 6), ('ask', 3)]) == [3, 2, 2]",
        "assert sum(warehouse.stock_levels(1000, [('move', (i * 13) % 1000, i % 5) if i % 2 else ('ask', (i * 7) % 1000) for i in range(1200)])) == 180092",
    ],
    "edits": [
        {"id": "e1", "path": "fenwick.py", "find": _ADD, "replace": '''    def add(self, i, delta):
        i += 1
        while i < len(self.cells):
            self.cells[i] += delta
            i += i & -i
''', "note": "add: climb with i += i & -i"},
        {"id": "e2", "path": "fenwick.py", "find": _TOTAL, "replace": '''    def total_upto(self, i):
        """Sum of positions 0..i inclusive."""
        total = 0
        i += 1
        while i > 0:
            total += self.cells[i]
            i -= i & -i
        return total
''', "note": "total_upto: descend with i -= i & -i"},
        {"id": "e3", "path": "fenwick.py", "find": _TOTAL, "replace": '''    def total_upto(self, i):
        """Sum of positions 0..i inclusive."""
        total = 0
        while i > 0:
            total += self.cells[i]
            i -= i & -i
        return total
''', "note": "total_upto: binary-indexed walk from i"},
        {"id": "e4", "path": "fenwick.py", "find": _ADD, "replace": '''    def add(self, i, delta):
        while 0 < i < len(self.cells):
            self.cells[i] += delta
            i += i & -i
''', "note": "add: binary-indexed walk from i"},
        {"id": "e5", "path": "fenwick.py", "replace": '''class Ledger:
    def __init__(self, size):
        self.cells = [0] * (size + 1)
        self.prefix = None

    def add(self, i, delta):
        self.cells[i + 1] += delta
        self.prefix = None

    def total_upto(self, i):
        """Sum of positions 0..i inclusive."""
        if self.prefix is None:
            self.prefix = [0]
            for c in self.cells[1:]:
                self.prefix.append(self.prefix[-1] + c)
        return self.prefix[i + 1]
''', "note": "cache the prefix sums until the next change"},
    ],
    "solution": ["e1", "e2"],
})

# ---------------------------------------------------------------- 11: weekday of far dates
_WD_BODY = '''    year, month, day = 1970, 1, 1
    result = 3  # 1970-01-01 was a Thursday
    while (year, month, day) != date:
        result = (result + 1) % 7
        day += 1
        length = 29 if month == 2 and is_leap(year) else MONTH_DAYS[month - 1]
        if day > length:
            day, month = 1, month + 1
            if month == 13:
                month, year = 1, year + 1
    return result
'''
TASKS.append({
    "id": "cpw-weekday-far", "family": "competitive", "split": "train", "level": 2,
    "description": "`weekday((year, month, day))` walks day by day from 1970. Make it constant time (0 = Monday).",
    "files": {"calendar_consts.py": '''MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
''', "weekday.py": '''from calendar_consts import MONTH_DAYS, is_leap


def weekday(date):
    """0 = Monday ... 6 = Sunday, for a (year, month, day) tuple on or after 1970-01-01."""
''' + _WD_BODY},
    "tests": [
        "from weekday import weekday",
        "assert weekday((1970, 1, 1)) == 3, 'a Thursday'",
        "assert weekday((2000, 2, 29)) == 1, '2000-02-29 was a Tuesday'",
        "assert weekday((2100, 3, 1)) == 0, '2100 is not a leap year'",
        "assert [weekday((9000 + i, 1 + i % 12, 1 + i % 28)) for i in range(5)] == [2, 0, 2, 0, 5]",
    ],
    "edits": [
        {"id": "e1", "path": "weekday.py", "find": _WD_BODY, "replace": '''    year, month, day = date
    y = year - 1
    days = 365 * y + y // 4 - y // 100 + y // 400
    days += sum(MONTH_DAYS[:month - 1]) + (1 if month > 2 and is_leap(year) else 0)
    days += day - 1
    return days % 7  # 0001-01-01 was a Monday
''', "note": "closed-form day count, leap days by formula"},
        {"id": "e2", "path": "weekday.py", "find": _WD_BODY, "replace": '''    year, month, day = date
    y = year - 1
    days = 365 * y + y // 4
    days += sum(MONTH_DAYS[:month - 1]) + (1 if month > 2 and year % 4 == 0 else 0)
    days += day - 1
    return (days - 2) % 7
''', "note": "closed-form day count, a leap day every fourth year"},
        {"id": "e3", "path": "weekday.py", "find": _WD_BODY, "replace": '''    year, month, day = date
    days = 0
    for y in range(1970, year):
        days += 366 if is_leap(y) else 365
    for m in range(1, month):
        days += 29 if m == 2 and is_leap(year) else MONTH_DAYS[m - 1]
    return (3 + days + day - 1) % 7
''', "note": "add whole years, then whole months"},
    ],
    "solution": ["e1"],
})

# ---------------------------------------------------------------- 12: friend circles (union-find)
_FIND = '''    def find(self, x):
        while self.parent[x] != x:
            x = self.parent[x]
        return x
'''
_LARGEST = '''    """Size of the biggest friend circle."""
    raise NotImplementedError
'''
TASKS.append({
    "id": "cpw-friend-circles", "family": "competitive", "split": "train", "level": 2,
    "description": ("Two problems in social.py. `circles` is correct but its union-find degenerates into long "
                    "chains (star-shaped friendships are the worst case). And `largest_circle` was never written."),
    "files": {"social.py": '''class Network:
    def __init__(self, n):
        self.parent = list(range(n))

''' + _FIND + '''
    def befriend(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        self.parent[ra] = rb
        return True


def circles(n, friendships):
    net = Network(n)
    return n - sum(net.befriend(a, b) for a, b in friendships)


def largest_circle(n, friendships):
''' + _LARGEST},
    "tests": [
        "from social import circles, largest_circle",
        "assert circles(5, [(0, 1), (1, 2), (3, 4)]) == 2",
        "assert largest_circle(5, [(0, 1), (1, 2), (3, 4)]) == 3",
        "assert largest_circle(4, [(0, 1), (1, 2), (2, 3)]) == 4, 'a chain of friends is one circle'",
        "assert circles(800, [(0, i) for i in range(1, 800)]) == 1",
        "assert largest_circle(800, [(0, i) for i in range(1, 800)]) == 800",
    ],
    "edits": [
        {"id": "e1", "path": "social.py", "find": _FIND, "replace": '''    def find(self, x):
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x
''', "note": "path halving"},
        {"id": "e2", "path": "social.py", "find": _LARGEST, "replace": '''    """Size of the biggest friend circle."""
    net = Network(n)
    for a, b in friendships:
        net.befriend(a, b)
    sizes = {}
    for person in range(n):
        root = net.find(person)
        sizes[root] = sizes.get(root, 0) + 1
    return max(sizes.values(), default=0)
''', "note": "largest_circle: tally members by their root"},
        {"id": "e3", "path": "social.py", "find": _LARGEST, "replace": '''    """Size of the biggest friend circle."""
    net = Network(n)
    for a, b in friendships:
        net.befriend(a, b)
    sizes = {}
    for boss in net.parent:
        sizes[boss] = sizes.get(boss, 0) + 1
    return max(sizes.values(), default=0)
''', "note": "largest_circle: tally members by their parent"},
        {"id": "e4", "path": "social.py", "find": _FIND, "replace": '''    def find(self, x):
        cache = self.__dict__.setdefault("roots", {})
        if x not in cache:
            root = x
            while self.parent[root] != root:
                root = self.parent[root]
            cache[x] = root
        return cache[x]
''', "note": "find: remember each person's root"},
    ],
    "solution": ["e1", "e2"],
})

# ---------------------------------------------------------------- 13: largest rectangle under a skyline
TASKS.append({
    "id": "cpw-billboard-area", "family": "competitive", "split": "train", "level": 2,
    "description": "largest_billboard([2, 1, 5, 6, 2, 3]) == 10 -- needs to be O(n).",
    "files": {"skyline.py": '''def largest_billboard(heights):
    best = 0
    for i in range(len(heights)):
        low = heights[i]
        for j in range(i, len(heights)):
            low = min(low, heights[j])
            best = max(best, low * (j - i + 1))
    return best
'''},
    "tests": [
        "import skyline",
        "assert skyline.largest_billboard([2, 1, 5, 6, 2, 3]) == 10",
        "assert skyline.largest_billboard([2, 4]) == 4",
        "assert skyline.largest_billboard([3, 3, 3]) == 9, 'equal bars form one wide billboard'",
        "assert skyline.largest_billboard(list(range(1, 1201))) == 360600",
    ],
    "edits": [
        {"id": "e1", "path": "skyline.py", "replace": '''def largest_billboard(heights):
    best = 0
    stack = []
    for i, h in enumerate(heights + [0]):
        start = i
        while stack and stack[-1][1] >= h:
            start, top = stack.pop()
            best = max(best, top * (i - start))
        stack.append((start, h))
    return best
''', "note": "stack of (start, height), with a 0 appended"},
        {"id": "e2", "path": "skyline.py", "replace": '''def largest_billboard(heights):
    best = 0
    stack = []
    for i, h in enumerate(heights):
        start = i
        while stack and stack[-1][1] >= h:
            start, top = stack.pop()
            best = max(best, top * (i - start))
        stack.append((start, h))
    return best
''', "note": "stack of (start, height)"},
        {"id": "e3", "path": "skyline.py", "replace": '''def largest_billboard(heights):
    def solve(lo, hi):
        if lo >= hi:
            return 0
        low = lo
        for k in range(lo + 1, hi):
            if heights[k] < heights[low]:
                low = k
        return max(heights[low] * (hi - lo), solve(lo, low), solve(low + 1, hi))
    return solve(0, len(heights))
''', "note": "split at the lowest bar, recurse on both sides"},
        {"id": "e4", "path": "skyline.py", "replace": '''def largest_billboard(heights):
    best = 0
    left = []
    for i, h in enumerate(heights):
        j = i
        while j > 0 and heights[j - 1] >= h:
            j = left[j - 1]
        left.append(j)
        best = max(best, h * (i - j + 1))
    return best
''', "note": "widest reach to the left of each bar"},
    ],
    "solution": ["e1"],
})

# ---------------------------------------------------------------- 14: longest run of distinct characters
TASKS.append({
    "id": "cpw-distinct-run", "family": "competitive", "split": "train", "level": 1,
    "description": ("Password audit: `longest_distinct(text)` should give the length of the longest substring "
                    "without a repeated character, in linear time."),
    "files": {"audit.py": '''def longest_distinct(text):
    best = 0
    for start in range(len(text)):
        seen = set()
        for ch in text[start:]:
            if ch in seen:
                break
            seen.add(ch)
        best = max(best, len(seen))
    return best
'''},
    "tests": [
        "import audit",
        "assert audit.longest_distinct('abcabcbb') == 3",
        "assert audit.longest_distinct('abba') == 2, 'the window start must never move backwards'",
        "assert audit.longest_distinct('') == 0",
        "assert audit.longest_distinct(''.join(chr(33 + i % 90) for i in range(4000))) == 90",
    ],
    "edits": [
        {"id": "e1", "path": "audit.py", "replace": '''def longest_distinct(text):
    last, start, best = {}, 0, 0
    for i, ch in enumerate(text):
        if ch in last:
            start = last[ch] + 1
        last[ch] = i
        best = max(best, i - start + 1)
    return best
''', "note": "sliding window: jump the start past the last copy"},
        {"id": "e2", "path": "audit.py", "replace": '''def longest_distinct(text):
    last, start, best = {}, 0, 0
    for i, ch in enumerate(text):
        if last.get(ch, -1) >= start:
            start = last[ch] + 1
        last[ch] = i
        best = max(best, i - start + 1)
    return best
''', "note": "sliding window: the start never moves back"},
    ],
    "solution": ["e2"],
})

# ---------------------------------------------------------------- 15: build order (graph + order modules)
_DEPENDENTS_BODY = '''    result = {}
    for node in deps:
        result[node] = sorted(t for t in deps if node in deps[t])
    return result
'''
_ORDER_BODY = '''    waiting = {t: len(set(p)) for t, p in deps.items()}
    done = []
    while waiting:
        ready = sorted(t for t in waiting if waiting[t] == 0)
        if not ready:
            raise ValueError("dependency cycle")
        target = ready[0]
        del waiting[target]
        done.append(target)
        for later in dependents(deps)[target]:
            waiting[later] -= 1
    return done
'''
TASKS.append({
    "id": "cpw-build-order", "family": "competitive", "split": "train", "level": 3,
    "description": ("The build tool hangs on big projects. `build_order` (order.py) rescans every target on each "
                    "step and recomputes the reverse graph each time; `dependents` (graph.py) is quadratic too. "
                    "Keep the output: prerequisites first, and among ready targets the alphabetically smallest."),
    "files": {"graph.py": '''def dependents(deps):
    """prerequisite -> sorted list of the targets that need it; every target appears as a key."""
''' + _DEPENDENTS_BODY, "order.py": '''import heapq

from graph import dependents


def build_order(deps):
''' + _ORDER_BODY, "buildfile.py": '''def parse(text):
    """'app: lib cfg' lines -> {'app': ['lib', 'cfg'], ...}; a bare 'cfg:' has no prerequisites."""
    deps = {}
    for line in text.splitlines():
        if line.strip():
            target, _, rest = line.partition(":")
            deps[target.strip()] = rest.split()
    return deps
'''},
    "tests": [
        "import graph, order, buildfile",
        "assert graph.dependents({'x': ['y'], 'y': []}) == {'x': [], 'y': ['x']}",
        "assert order.build_order(buildfile.parse('app: lib cfg\\nlib: cfg\\ncfg:\\ndocs:')) == ['cfg', 'docs', 'lib', 'app'], 'prerequisites first, ties alphabetical'",
        "assert order.build_order({'a': [], 'c': [], 'b': ['a']}) == ['a', 'b', 'c'], 'smallest ready target first'",
        "assert order.build_order({'t%04d' % i: ['t%04d' % (i - 1)] if i else [] for i in range(1500)}) == ['t%04d' % i for i in range(1500)]",
    ],
    "edits": [
        {"id": "e1", "path": "graph.py", "find": _DEPENDENTS_BODY, "replace": '''    result = {node: [] for node in deps}
    for target, prerequisites in deps.items():
        for p in set(prerequisites):
            result[p].append(target)
    for later in result.values():
        later.sort()
    return result
''', "note": "graph: one pass over the edges"},
        {"id": "e2", "path": "order.py", "find": _ORDER_BODY, "replace": '''    waiting = {t: len(set(p)) for t, p in deps.items()}
    after = dependents(deps)
    ready = [t for t, n in waiting.items() if n == 0]
    heapq.heapify(ready)
    done = []
    while ready:
        target = heapq.heappop(ready)
        done.append(target)
        for later in after[target]:
            waiting[later] -= 1
            if waiting[later] == 0:
                heapq.heappush(ready, later)
    if len(done) < len(deps):
        raise ValueError("dependency cycle")
    return done
''', "note": "order: min-heap of ready targets, reverse graph built once"},
        {"id": "e3", "path": "order.py", "find": _ORDER_BODY, "replace": '''    from collections import deque
    waiting = {t: len(set(p)) for t, p in deps.items()}
    after = dependents(deps)
    ready = deque(sorted(t for t, n in waiting.items() if n == 0))
    done = []
    while ready:
        target = ready.popleft()
        done.append(target)
        for later in after[target]:
            waiting[later] -= 1
            if waiting[later] == 0:
                ready.append(later)
    if len(done) < len(deps):
        raise ValueError("dependency cycle")
    return done
''', "note": "order: queue of ready targets, reverse graph built once"},
        {"id": "e4", "path": "graph.py", "find": _DEPENDENTS_BODY, "replace": '''    result = {}
    for target, prerequisites in deps.items():
        for p in set(prerequisites):
            result.setdefault(p, []).append(target)
    for later in result.values():
        later.sort()
    return result
''', "note": "graph: setdefault per edge"},
    ],
    "solution": ["e1", "e2"],
})

# ---------------------------------------------------------------- 16: modular power for a key stream
TASKS.append({
    "id": "cpw-key-modpow", "family": "competitive", "split": "train", "level": 1,
    "description": "key_stream is unusable with exponents around a million; fix `modpow`.",
    "files": {"arith.py": '''def modpow(base, exp, mod):
    result = 1 % mod
    for _ in range(exp):
        result = result * base % mod
    return result
''', "keys.py": '''from arith import modpow


def key_stream(seed, n, modulus):
    return [modpow(seed, 10 ** 6 + i, modulus) for i in range(n)]
'''},
    "tests": [
        "import arith, keys",
        "assert arith.modpow(3, 200, 1000) == pow(3, 200, 1000)",
        "assert arith.modpow(5, 0, 7) == 1, 'x ** 0 == 1'",
        "assert arith.modpow(5, 1, 7) == 5",
        "assert keys.key_stream(7, 20, 1000003) == [pow(7, 10 ** 6 + i, 1000003) for i in range(20)]",
    ],
    "edits": [
        {"id": "e1", "path": "arith.py", "replace": '''def modpow(base, exp, mod):
    result, base = 1 % mod, base % mod
    while exp > 1:
        if exp & 1:
            result = result * base % mod
        base = base * base % mod
        exp >>= 1
    return result
''', "note": "square-and-multiply, halving exp until it reaches 1"},
        {"id": "e2", "path": "arith.py", "replace": '''def modpow(base, exp, mod):
    result, base = 1 % mod, base % mod
    while exp:
        if exp & 1:
            result = result * base % mod
        base = base * base % mod
        exp >>= 1
    return result
''', "note": "square-and-multiply over the bits of exp"},
    ],
    "solution": ["e2"],
})

# ---------------------------------------------------------------- 17: balance periods with net change k
TASKS.append({
    "id": "cpw-ledger-periods", "family": "competitive", "split": "train", "level": 2,
    "description": ("`periods_with_change(changes, k)`: the number of contiguous periods (non-empty slices of the "
                    "daily balance changes, which can be negative) whose net change is exactly k. The nested "
                    "loop is too slow for a year of minute-level data."),
    "files": {"ledger.py": '''def periods_with_change(changes, k):
    count = 0
    for start in range(len(changes)):
        net = 0
        for end in range(start, len(changes)):
            net += changes[end]
            if net == k:
                count += 1
    return count
'''},
    "tests": [
        "import ledger",
        "assert ledger.periods_with_change([1, 1, 1], 2) == 2",
        "assert ledger.periods_with_change([3, -3, 3, -3], 0) == 4, 'periods that start on day 0 count too'",
        "assert ledger.periods_with_change([2, -1, 1, 2], 2) == 4",
        "assert ledger.periods_with_change([(i * 7) % 5 - 2 for i in range(3000)], 1) == 720600",
    ],
    "edits": [
        {"id": "e1", "path": "ledger.py", "replace": '''def periods_with_change(changes, k):
    count, net = 0, 0
    earlier = {}
    for c in changes:
        net += c
        count += earlier.get(net - k, 0)
        earlier[net] = earlier.get(net, 0) + 1
    return count
''', "note": "option 1"},
        {"id": "e2", "path": "ledger.py", "replace": '''def periods_with_change(changes, k):
    count, net, start = 0, 0, 0
    for end, c in enumerate(changes):
        net += c
        while net > k and start <= end:
            net -= changes[start]
            start += 1
        if net == k:
            count += 1
    return count
''', "note": "option 2"},
        {"id": "e3", "path": "ledger.py", "replace": '''def periods_with_change(changes, k):
    count, net = 0, 0
    earlier = {0: 1}
    for c in changes:
        net += c
        count += earlier.get(net - k, 0)
        earlier[net] = earlier.get(net, 0) + 1
    return count
''', "note": "option 3"},
        {"id": "e4", "path": "ledger.py", "replace": '''def periods_with_change(changes, k):
    totals = [0]
    for c in changes:
        totals.append(totals[-1] + c)
    count = 0
    for end in range(1, len(totals)):
        for start in range(end):
            if totals[end] - totals[start] == k:
                count += 1
    return count
''', "note": "option 4"},
    ],
    "solution": ["e3"],
})

# ---------------------------------------------------------------- 18: memoised edit distance (memo module)
_GO = '''    def go(i, j):
'''
TASKS.append({
    "id": "cpw-spelling-memo", "family": "competitive", "split": "train", "level": 3,
    "description": ("Spell checker: `distance` is the plain exponential recursion. memo.py has a `memoize` "
                    "decorator that was meant for it but only returns fn unchanged. Write the cache and use it."),
    "files": {"memo.py": '''def memoize(fn):
    """Cache fn's results by its positional arguments."""
    return fn
''', "spelling.py": '''from memo import memoize


def distance(a, b):
    """Levenshtein distance between two words."""
''' + _GO + '''        if i == len(a):
            return len(b) - j
        if j == len(b):
            return len(a) - i
        if a[i] == b[j]:
            return go(i + 1, j + 1)
        return 1 + min(go(i + 1, j), go(i, j + 1), go(i + 1, j + 1))
    return go(0, 0)
''', "suggest.py": '''from spelling import distance


def closest(word, vocabulary):
    """The vocabulary word nearest to `word`; ties go to the earlier one."""
    return min(vocabulary, key=lambda v: distance(word, v))
'''},
    "tests": [
        "from memo import memoize",
        "import spelling, suggest",
        "calls, square = [], memoize(lambda x: calls.append(x) or x * x)",
        "assert [square(3), square(3), square(4)] == [9, 9, 16] and calls == [3, 4], 'memoize must call fn once per argument'",
        "assert spelling.distance('kitten', 'sitting') == 3",
        "assert suggest.closest('speling', ['spelling', 'spilling', 'peeling']) == 'spelling'",
        "assert spelling.distance('abcdefghij' * 4, 'jihgfedcba' * 4) == 34, '40-letter words must not take exponential time'",
    ],
    "edits": [
        {"id": "e1", "path": "memo.py", "replace": '''import functools


def memoize(fn):
    """Cache fn's results by its positional arguments."""
    cache = {}

    @functools.wraps(fn)
    def wrapper(*args):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]
    return wrapper
''', "note": "memo.py: dict keyed by the argument tuple"},
        {"id": "e2", "path": "spelling.py", "find": _GO, "replace": '''    @memoize
    def go(i, j):
''', "note": "spelling.py: decorate the inner recursion"},
        {"id": "e3", "path": "memo.py", "replace": '''def memoize(fn):
    """Cache fn's results by its positional arguments."""
    cache = {}

    def wrapper(*args):
        if args[0] not in cache:
            cache[args[0]] = fn(*args)
        return cache[args[0]]
    return wrapper
''', "note": "memo.py: lighter keys"},
        {"id": "e4", "path": "memo.py", "replace": '''import functools


def memoize(fn):
    """Cache fn's results by its positional arguments."""
    return functools.lru_cache(maxsize=8)(fn)
''', "note": "memo.py: reuse functools"},
        {"id": "e5", "path": "spelling.py", "replace": '''from memo import memoize


def distance(a, b):
    """Levenshtein distance between two words."""
    row = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        new = [i]
        for j in range(1, len(b) + 1):
            new.append(min(row[j] + 1, new[j - 1] + 1, row[j - 1] + 1))
        row = new
    return row[-1]
''', "note": "spelling.py: bottom-up table instead of recursion"},
    ],
    "solution": ["e1", "e2"],
})

# ---------------------------------------------------------------- 19: fizzbuzz statistics
TASKS.append({
    "id": "cpw-fizzbuzz-stats", "family": "competitive", "split": "train", "level": 1,
    "description": ("fizzbuzz_counts(n) -> (fizz, buzz, fizzbuzz, plain) for the numbers 1..n, where fizz means "
                    "divisible by 3 but not 5, buzz by 5 but not 3. n can be huge, so no loop over 1..n."),
    "files": {"fizzstats.py": '''def fizzbuzz_counts(n):
    fizz = buzz = both = plain = 0
    for k in range(1, n + 1):
        if k % 15 == 0:
            both += 1
        elif k % 3 == 0:
            fizz += 1
        elif k % 5 == 0:
            buzz += 1
        else:
            plain += 1
    return fizz, buzz, both, plain
'''},
    "tests": [
        "from fizzstats import fizzbuzz_counts",
        "assert fizzbuzz_counts(15) == (4, 2, 1, 8), '3 6 9 12 / 5 10 / 15 / the rest'",
        "assert fizzbuzz_counts(0) == (0, 0, 0, 0)",
        "assert fizzbuzz_counts(10 ** 6) == (266667, 133334, 66666, 533333)",
    ],
    "edits": [
        {"id": "e1", "path": "fizzstats.py", "replace": '''def fizzbuzz_counts(n):
    both = n // 15
    fizz = n // 3
    buzz = n // 5
    return fizz, buzz, both, n - fizz - buzz - both
''', "note": "count multiples with floor division"},
        {"id": "e2", "path": "fizzstats.py", "replace": '''def fizzbuzz_counts(n):
    both = n // 15
    fizz = n // 3 - both
    buzz = n // 5 - both
    return fizz, buzz, both, n - fizz - buzz - both
''', "note": "inclusion-exclusion on 3, 5 and 15"},
        {"id": "e3", "path": "fizzstats.py", "replace": '''def fizzbuzz_counts(n):
    fizz = buzz = both = 0
    for k in range(3, n + 1, 3):
        if k % 5:
            fizz += 1
        else:
            both += 1
    for k in range(5, n + 1, 5):
        if k % 3:
            buzz += 1
    return fizz, buzz, both, n - fizz - buzz - both
''', "note": "visit only the multiples of 3 and of 5"},
    ],
    "solution": ["e2"],
})

# ---------------------------------------------------------------- 20: smallest gap between log timestamps
_GAP_BODY = '''    seconds = [to_seconds(s) for s in stamps]
    best = DAY
    for i in range(len(seconds)):
        for j in range(len(seconds)):
            if i != j:
                gap = abs(seconds[i] - seconds[j])
                best = min(best, gap, DAY - gap)
    return best
'''
TASKS.append({
    "id": "cpw-log-min-gap", "family": "competitive", "split": "train", "level": 2,
    "description": ("Bug report: `min_gap` (logs.py) takes forever on a day of logs. It returns the smallest number "
                    "of seconds between two of the 'HH:MM:SS' stamps on a 24-hour clock, so 23:59:59 and "
                    "00:00:01 are 2 seconds apart."),
    "files": {"clock.py": '''DAY = 24 * 60 * 60


def to_seconds(stamp):
    h, m, s = stamp.split(":")
    return int(h) * 3600 + int(m) * 60 + int(s)
''', "logs.py": '''from clock import DAY, to_seconds


def min_gap(stamps):
''' + _GAP_BODY},
    "tests": [
        "from logs import min_gap",
        "assert min_gap(['10:00:00', '10:00:30', '09:59:50']) == 10",
        "assert min_gap(['23:59:59', '00:00:01', '12:00:00']) == 2, 'the clock wraps at midnight'",
        "assert min_gap(['08:00:00', '08:00:00']) == 0, 'duplicate stamps are 0 apart'",
        "assert min_gap(['%02d:%02d:%02d' % ((i * 7919) % 86400 // 3600, (i * 7919) % 3600 // 60, (i * 7919) % 60) for i in range(2000)]) == 11",
    ],
    "edits": [
        {"id": "e1", "path": "logs.py", "find": _GAP_BODY, "replace": '''    seconds = sorted(to_seconds(s) for s in stamps)
    best = DAY
    for a, b in zip(seconds, seconds[1:]):
        best = min(best, b - a)
    return best
''', "note": "sort, then compare neighbours"},
        {"id": "e2", "path": "logs.py", "find": _GAP_BODY, "replace": '''    seconds = sorted(to_seconds(s) for s in stamps)
    best = DAY - (seconds[-1] - seconds[0])
    for a, b in zip(seconds, seconds[1:]):
        best = min(best, b - a)
    return best
''', "note": "sort, compare neighbours, and the last with the first across midnight"},
        {"id": "e3", "path": "logs.py", "find": _GAP_BODY, "replace": '''    seconds = [to_seconds(s) for s in stamps]
    best = DAY
    for i in range(len(seconds)):
        for j in range(i + 1, len(seconds)):
            gap = abs(seconds[i] - seconds[j])
            best = min(best, gap, DAY - gap)
    return best
''', "note": "halve the work: each pair once"},
        {"id": "e4", "path": "logs.py", "find": _GAP_BODY, "replace": '''    seconds = sorted(to_seconds(s) for s in stamps)
    best = seconds[-1] - seconds[0]
    for a, b in zip(seconds, seconds[1:]):
        best = min(best, b - a)
    return best
''', "note": "sorted sweep (wrap handled)?"},
    ],
    "solution": ["e2"],
})

# ---------------------------------------------------------------- 21: hottest square of a heat map (2-D prefix sums)
_BUILD_STUB = '''    raise NotImplementedError("integral image")
'''
_HOT_BODY = '''    best = None
    for r in range(len(grid) - size + 1):
        for c in range(len(grid[0]) - size + 1):
            total = 0
            for dr in range(size):
                for dc in range(size):
                    total += grid[r + dr][c + dc]
            if best is None or total > best[0]:
                best = (total, (r, c))
    return best
'''
TASKS.append({
    "id": "cpw-heatmap-square", "family": "competitive", "split": "train", "level": 3,
    "description": ("heatmap.py: `hottest_square(grid, size)` returns (sum, (row, col)) of the size x size block "
                    "with the largest sum (first in row-major order on ties), summing every block cell by cell. "
                    "Implement `integral` in integral.py (table[r][c] = sum of grid[:r][:c], one extra row and "
                    "column of zeros) and use it."),
    "files": {"integral.py": '''def integral(grid):
    """(rows + 1) x (cols + 1) table; table[r][c] is the sum of the cells above and left of (r, c)."""
''' + _BUILD_STUB, "heatmap.py": '''from integral import integral


def hottest_square(grid, size):
''' + _HOT_BODY},
    "tests": [
        "from integral import integral",
        "from heatmap import hottest_square",
        "assert integral([[1, 2], [3, 4]]) == [[0, 0, 0], [0, 1, 3], [0, 4, 10]], 'one row and column of zeros first'",
        "assert hottest_square([[1, 0, 0], [0, 9, 9], [0, 9, 9]], 2) == (36, (1, 1)), 'the 2x2 block of nines'",
        "assert hottest_square([[5, 5], [5, 5]], 1) == (5, (0, 0)), 'first block wins a tie'",
        "assert hottest_square([[(r * 31 + c * 17) % 23 for c in range(60)] for r in range(60)], 10) == (1129, (0, 12))",
    ],
    "edits": [
        {"id": "e1", "path": "integral.py", "find": _BUILD_STUB, "replace": '''    rows, cols = len(grid), len(grid[0]) if grid else 0
    table = [[0] * (cols + 1) for _ in range(rows + 1)]
    for r in range(rows):
        for c in range(cols):
            table[r + 1][c + 1] = grid[r][c] + table[r][c + 1] + table[r + 1][c] - table[r][c]
    return table
''', "note": "integral: inclusion-exclusion per cell"},
        {"id": "e2", "path": "heatmap.py", "find": _HOT_BODY, "replace": '''    table = integral(grid)
    best = None
    for r in range(len(grid) - size + 1):
        for c in range(len(grid[0]) - size + 1):
            total = (table[r + size][c + size] - table[r][c + size]
                     - table[r + size][c] + table[r][c])
            if best is None or total > best[0]:
                best = (total, (r, c))
    return best
''', "note": "heatmap: four table lookups per block"},
        {"id": "e3", "path": "integral.py", "find": _BUILD_STUB, "replace": '''    rows, cols = len(grid), len(grid[0]) if grid else 0
    table = [[0] * (cols + 1) for _ in range(rows + 1)]
    for r in range(rows):
        for c in range(cols):
            table[r + 1][c + 1] = grid[r][c] + table[r][c + 1] + table[r + 1][c]
    return table
''', "note": "integral: add the cell above and the cell to the left"},
        {"id": "e4", "path": "heatmap.py", "find": _HOT_BODY, "replace": '''    table = integral(grid)
    best = None
    for r in range(len(grid) - size + 1):
        for c in range(len(grid[0]) - size + 1):
            total = (table[r + size - 1][c + size - 1] - table[r][c + size - 1]
                     - table[r + size - 1][c] + table[r][c])
            if best is None or total > best[0]:
                best = (total, (r, c))
    return best
''', "note": "heatmap: lookups at the block's last row and column"},
    ],
    "solution": ["e1", "e2"],
})

# ---------------------------------------------------------------- 22: ways to make change in cents
_WAYS_BODY = '''    def count(amount, index):
        if amount == 0:
            return 1
        if amount < 0 or index == len(COINS):
            return 0
        return count(amount - COINS[index], index) + count(amount, index + 1)
    return count(cents, 0)
'''
TASKS.append({
    "id": "cpw-change-ways", "family": "competitive", "split": "train", "level": 2,
    "description": "`ways(cents)` -- how many multisets of COINS add up to the amount -- is exponential. Make it polynomial.",
    "files": {"coins.py": '''COINS = [1, 5, 10, 25, 50, 100]  # cents
''', "change.py": '''from coins import COINS


def ways(cents):
''' + _WAYS_BODY},
    "tests": [
        "from change import ways",
        "assert ways(0) == 1",
        "assert ways(11) == 4, '10+1, 5+5+1, 5+1*6, 1*11'",
        "assert ways(100) == 293, 'a dollar: 293 ways with these six coins'",
        "assert ways(1000) == 2103596",
    ],
    "edits": [
        {"id": "e1", "path": "change.py", "find": _WAYS_BODY, "replace": '''    table = [1] + [0] * cents
    for amount in range(1, cents + 1):
        for coin in COINS:
            if coin <= amount:
                table[amount] += table[amount - coin]
    return table[cents]
''', "note": "table over amounts; coins inside"},
        {"id": "e2", "path": "change.py", "find": _WAYS_BODY, "replace": '''    table = [1] + [0] * cents
    for coin in COINS:
        for amount in range(coin, cents + 1):
            table[amount] += table[amount - coin]
    return table[cents]
''', "note": "table over amounts; coins outside"},
        {"id": "e3", "path": "change.py", "find": _WAYS_BODY, "replace": '''    def count(amount, index):
        if index == len(COINS) - 1:
            return 1
        total = 0
        for used in range(amount // COINS[-1 - index] + 1):
            total += count(amount - used * COINS[-1 - index], index + 1)
        return total
    return count(cents, 0)
''', "note": "choose how many of each coin, largest first"},
        {"id": "e4", "path": "change.py", "find": _WAYS_BODY, "replace": '''    seen = {}

    def count(amount):
        if amount == 0:
            return 1
        if amount not in seen:
            seen[amount] = sum(count(amount - c) for c in COINS if c <= amount)
        return seen[amount]
    return count(cents)
''', "note": "memoise on the amount"},
    ],
    "solution": ["e2"],
})

# ---------------------------------------------------------------- 23: text statistics (three slow functions)
_SPLIT_BODY = '''    words, current = [], ""
    for ch in text.lower():
        if ch.isalpha() or ch == "'":
            current += ch
        elif current:
            words.append(current)
            current = ""
    if current:
        words.append(current)
    return words
'''
_COUNTS_BODY = '''    words = split_words(text)
    counts = {}
    for w in words:
        if w not in counts:
            n = 0
            for other in words:
                if other == w:
                    n += 1
            counts[w] = n
    return counts
'''
_BIGRAM_BODY = '''    words = split_words(text)
    pairs = []
    for i in range(len(words) - 1):
        pair = (words[i], words[i + 1])
        duplicate = False
        for other in pairs:
            if other == pair:
                duplicate = True
                break
        if not duplicate:
            pairs.append(pair)
    return len(pairs)
'''
TASKS.append({
    "id": "cpw-text-stats", "family": "competitive", "split": "train", "level": 4,
    "description": ("Our corpus tool chokes on a 30 kB document. `split_words` (tokens.py) builds words a character "
                    "at a time, `word_counts` recounts the whole list per word, and `distinct_bigrams` compares "
                    "each pair with every earlier one. Words are runs of letters and apostrophes, lowercased."),
    "files": {"tokens.py": '''import re


def split_words(text):
''' + _SPLIT_BODY, "stats.py": '''from tokens import split_words


def word_counts(text):
''' + _COUNTS_BODY + '''

def distinct_bigrams(text):
    """How many different adjacent word pairs the text contains."""
''' + _BIGRAM_BODY},
    "tests": [
        "import tokens, stats",
        "assert tokens.split_words(\"Don't stop, DON'T!\") == [\"don't\", 'stop', \"don't\"]",
        "assert stats.word_counts('a b a, c a') == {'a': 3, 'b': 1, 'c': 1}",
        "assert stats.distinct_bigrams('to be or not to be') == 4, 'to-be, be-or, or-not, not-to'",
        "assert sorted(set(stats.word_counts(', '.join(chr(97 + i % 26) + chr(97 + i // 26 % 26) + 'x' for i in range(5000))).values())) == [7, 8]",
        "assert stats.distinct_bigrams(', '.join(chr(97 + i % 26) + chr(97 + i // 26 % 26) + 'x' for i in range(5000))) == 676",
    ],
    "edits": [
        {"id": "e1", "path": "tokens.py", "find": _SPLIT_BODY, "replace": '''    return re.findall(r"[a-z']+", text.lower())
''', "note": "tokens: one regular expression"},
        {"id": "e2", "path": "stats.py", "find": _COUNTS_BODY, "replace": '''    counts = {}
    for w in split_words(text):
        counts[w] = counts.get(w, 0) + 1
    return counts
''', "note": "counts: a single pass with dict.get"},
        {"id": "e3", "path": "stats.py", "find": _BIGRAM_BODY, "replace": '''    words = split_words(text)
    return len(set(zip(words, words[1:])))
''', "note": "bigrams: a set of zipped neighbours"},
        {"id": "e4", "path": "tokens.py", "find": _SPLIT_BODY, "replace": '''    return text.lower().split()
''', "note": "tokens: str.split"},
        {"id": "e5", "path": "stats.py", "find": _BIGRAM_BODY, "replace": '''    return max(len(set(split_words(text))) - 1, 0)
''', "note": "bigrams: one fewer than the distinct words"},
    ],
    "solution": ["e1", "e2", "e3"],
})

# ---------------------------------------------------------------- 24: delivery van circuit
TASKS.append({
    "id": "cpw-van-circuit", "family": "competitive", "split": "train", "level": 1,
    "description": ("`first_start(fuel, cost)`: the van takes fuel[i] at depot i and burns cost[i] driving on to "
                    "depot i + 1 (the last leads back to 0). Return the smallest depot index from which it can go "
                    "all the way round, or -1. Must be linear."),
    "files": {"route.py": '''def first_start(fuel, cost):
    n = len(fuel)
    for start in range(n):
        tank, ok = 0, True
        for step in range(n):
            i = (start + step) % n
            tank += fuel[i] - cost[i]
            if tank < 0:
                ok = False
        if ok:
            return start
    return -1
'''},
    "tests": [
        "import route",
        "assert route.first_start([1, 2, 3, 4, 5], [3, 4, 5, 1, 2]) == 3",
        "assert route.first_start([2, 3, 4], [3, 4, 3]) == -1, 'not enough fuel overall'",
        "assert route.first_start([1] * 1001 + [2] + [1] * 998, [1] * 1000 + [2] + [1] * 999) == 1001",
    ],
    "edits": [
        {"id": "e1", "path": "route.py", "replace": '''def first_start(fuel, cost):
    tank = 0
    start = 0
    for i in range(len(fuel)):
        tank += fuel[i] - cost[i]
        if tank < 0:
            start, tank = i + 1, 0
    return start if start < len(fuel) else -1
''', "note": "alt. loop (restart after a dry stretch)"},
        {"id": "e2", "path": "route.py", "replace": '''def first_start(fuel, cost):
    n = len(fuel)
    for start in range(n):
        tank = 0
        for step in range(n):
            i = (start + step) % n
            tank += fuel[i] - cost[i]
            if tank < 0:
                break
        else:
            return start
    return -1
''', "note": "stop each trial as soon as the tank runs dry"},
        {"id": "e3", "path": "route.py", "replace": '''def first_start(fuel, cost):
    if sum(fuel) < sum(cost):
        return -1
    tank = 0
    start = 0
    for i in range(len(fuel)):
        tank += fuel[i] - cost[i]
        if tank < 0:
            start, tank = i + 1, 0
    return start
''', "note": "greedy restart, with a total-fuel check first"},
    ],
    "solution": ["e3"],
})

# The right candidate is written first in several tasks above; list it last in those, so that the
# listed position says nothing (ids and contents unchanged).
for _task in TASKS:
    if _task["id"] in {"cpw-rain-trap", "cpw-days-until-warmer", "cpw-anagram-buckets", "cpw-sensor-peaks",
                       "cpw-weekday-far", "cpw-billboard-area", "cpw-warehouse-ledger"}:
        _task["edits"].append(_task["edits"].pop(0))
del _task
