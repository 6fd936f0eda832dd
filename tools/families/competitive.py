"""Competitive-family training tasks (cp2-*): implement or speed up an algorithmic function.

Every task has one fast, correct candidate; the others are correct but too slow for the
runner's line budget on the large inline test input, or fast but wrong on a small test.
"""

TASKS = []

# --- 1. running minimum (greedy) -------------------------------------------------------
TASKS.append({
    "id": "cp2-stock-profit", "family": "competitive", "split": "train", "level": 1,
    "description": "Implement `best_profit(prices)`: the largest gain from buying once and selling once "
                   "on a later day, or 0 when no trade makes money. Price histories run to thousands of days.",
    "files": {
        "market.py": '''def best_profit(prices):
    """Largest prices[j] - prices[i] with i < j, or 0 if none is positive."""
    raise NotImplementedError
''',
    },
    "tests": [
        "import market",
        "assert market.best_profit([7, 1, 5, 3, 6, 4]) == 5, 'buy at 1, sell at 6'",
        "assert market.best_profit([7, 6, 4, 3, 1]) == 0, 'a falling market means no trade'",
        "assert market.best_profit([]) == 0, 'no prices, no profit'",
        "assert market.best_profit(list(range(2000))) == 1999",
    ],
    "edits": [
        {"id": "a", "path": "market.py", "find": "    raise NotImplementedError\n",
         "replace": '''    best = 0
    for i in range(len(prices)):
        for j in range(i + 1, len(prices)):
            if prices[j] - prices[i] > best:
                best = prices[j] - prices[i]
    return best
''', "note": "quadratic: every buy/sell pair"},
        {"id": "b", "path": "market.py", "find": "    raise NotImplementedError\n",
         "replace": '''    lowest = None
    best = 0
    for p in prices:
        if lowest is None or p < lowest:
            lowest = p
        elif p - lowest > best:
            best = p - lowest
    return best
''', "note": "linear time"},
        {"id": "c", "path": "market.py", "find": "    raise NotImplementedError\n",
         "replace": '''    if not prices:
        return 0
    return max(prices) - min(prices)
''', "note": "highest price minus lowest price"},
        {"id": "d", "path": "market.py", "find": "    raise NotImplementedError\n",
         "replace": '''    best = 0
    for p in prices:
        best = max(best, p - prices[0])
    return best
''', "note": "always buys on the first day"},
    ],
    "solution": ["b"],
})

# --- 2. prefix sums --------------------------------------------------------------------
TASKS.append({
    "id": "cp2-range-sums", "family": "competitive", "split": "train", "level": 2,
    "description": "`range_sums` in scores.py is correct but far too slow when a season of 2,000 matches is "
                   "queried 2,000 times. Make it answer each query in constant time.",
    "files": {
        "scores.py": '''def range_sums(values, queries):
    """For each (lo, hi) in queries, the sum values[lo] + ... + values[hi], both ends included."""
    out = []
    for lo, hi in queries:
        total = 0
        for i in range(lo, hi + 1):
            total += values[i]
        out.append(total)
    return out
''',
    },
    "tests": [
        "import scores",
        "assert scores.range_sums([3, 1, 4, 1, 5], [(0, 0), (1, 3), (0, 4)]) == [3, 6, 14], 'hi is inclusive'",
        "assert scores.range_sums([2, -2, 7], [(2, 2), (0, 1)]) == [7, 0], 'single-element and cancelling ranges'",
        "assert scores.range_sums(list(range(2000)), [(0, i) for i in range(2000)])[-1] == 1999000, 'too slow?'",
    ],
    "edits": [
        {"id": "p1", "path": "scores.py",
         "find": '''    out = []
    for lo, hi in queries:
        total = 0
        for i in range(lo, hi + 1):
            total += values[i]
        out.append(total)
    return out
''',
         "replace": '''    prefix = [0]
    for v in values:
        prefix.append(prefix[-1] + v)
    return [prefix[hi] - prefix[lo] for lo, hi in queries]
''', "note": "prefix differences, upper end excluded"},
        {"id": "p2", "path": "scores.py",
         "find": '''    out = []
    for lo, hi in queries:
        total = 0
        for i in range(lo, hi + 1):
            total += values[i]
        out.append(total)
    return out
''',
         "replace": '''    prefix = [0]
    for v in values:
        prefix.append(prefix[-1] + v)
    return [prefix[hi + 1] - prefix[lo] for lo, hi in queries]
''', "note": "prefix differences, both ends included"},
        {"id": "p3", "path": "scores.py",
         "find": '''    out = []
    for lo, hi in queries:
''',
         "replace": '''    out = []
    seen = {}
    for lo, hi in queries:
        if (lo, hi) in seen:
            out.append(seen[(lo, hi)])
            continue
''', "note": "repeated queries are answered from a cache"},
    ],
    "solution": ["p2"],
})

# --- 3. hashing: complement counts (two files) ----------------------------------------------
TASKS.append({
    "id": "cp2-cancelling-pairs", "family": "competitive", "split": "train", "level": 2,
    "description": "The auditors want `cancelling_entries(amounts)` in ledger.py: how many pairs of entries "
                   "(i < j) sum to zero cents. It delegates to `count_pairs` in pairs.py, which is still a stub. "
                   "Ledgers have a few thousand entries.",
    "files": {
        "ledger.py": '''from pairs import count_pairs


def cancelling_entries(amounts):
    """How many pairs of entries cancel each other out (sum to 0 cents)."""
    return count_pairs(amounts, 0)
''',
        "pairs.py": '''def count_pairs(nums, target):
    """Number of index pairs i < j with nums[i] + nums[j] == target."""
    raise NotImplementedError
''',
    },
    "tests": [
        "import ledger",
        "assert ledger.cancelling_entries([500, -500, 120, 30]) == 1",
        "assert ledger.cancelling_entries([5, -5, 5, -5]) == 4, 'duplicates form several pairs'",
        "assert ledger.cancelling_entries([0, 0, 0]) == 3, 'three zeros make three pairs'",
        "assert ledger.cancelling_entries(list(range(-1000, 1000))) == 999",
    ],
    "edits": [
        {"id": "h1", "path": "pairs.py", "find": "    raise NotImplementedError\n",
         "replace": '''    seen = set()
    count = 0
    for x in nums:
        if target - x in seen:
            count += 1
        seen.add(x)
    return count
''', "note": "count_pairs: each value counted once as a partner"},
        {"id": "h2", "path": "pairs.py", "find": "    raise NotImplementedError\n",
         "replace": '''    count = 0
    for i in range(len(nums)):
        for j in range(i + 1, len(nums)):
            if nums[i] + nums[j] == target:
                count += 1
    return count
''', "note": "count_pairs: O(n^2) pair check"},
        {"id": "h3", "path": "pairs.py", "find": "    raise NotImplementedError\n",
         "replace": '''    seen = {}
    count = 0
    for x in nums:
        count += seen.get(target - x, 0)
        seen[x] = seen.get(x, 0) + 1
    return count
''', "note": "count_pairs: one pass, duplicates counted"},
    ],
    "solution": ["h3"],
})

# --- 4. sliding window with last-seen index ---------------------------------------------
TASKS.append({
    "id": "cp2-fresh-run", "family": "competitive", "split": "train", "level": 2,
    "description": "Bug: `longest_fresh_run('abba')` returns 3, but the longest stretch without a repeated "
                   "event is 2. Fix it without giving up the single pass; event logs are long.",
    "files": {
        "sessions.py": '''def longest_fresh_run(events):
    """Length of the longest contiguous stretch of events in which no event repeats."""
    last = {}
    start = 0
    best = 0
    for i, e in enumerate(events):
        if e in last:
            start = last[e] + 1
        last[e] = i
        best = max(best, i - start + 1)
    return best
''',
    },
    "tests": [
        "import sessions",
        "assert sessions.longest_fresh_run('abcabcbb') == 3",
        "assert sessions.longest_fresh_run('abba') == 2, 'the window must never grow backwards'",
        "assert sessions.longest_fresh_run('aa') == 1, 'a repeat right at the window start'",
        "assert sessions.longest_fresh_run('abcdbef') == 5",
        "assert sessions.longest_fresh_run(list(range(1500))) == 1500",
    ],
    "edits": [
        {"id": "w1", "path": "sessions.py", "find": "            start = last[e] + 1\n",
         "replace": "            start = max(start, last[e] + 1)\n",
         "note": "never move the window start backwards"},
        {"id": "w2", "path": "sessions.py", "find": "        if e in last:\n",
         "replace": "        if e in last and last[e] > start:\n",
         "note": "only react to repeats inside the window"},
        {"id": "w3", "path": "sessions.py", "find": "            start = last[e] + 1\n",
         "replace": "            start = i\n",
         "note": "restart the window at the repeated event"},
        {"id": "w4", "path": "sessions.py",
         "replace": '''def longest_fresh_run(events):
    """Length of the longest contiguous stretch of events in which no event repeats."""
    best = 0
    for start in range(len(events)):
        seen = set()
        for e in events[start:]:
            if e in seen:
                break
            seen.add(e)
        best = max(best, len(seen))
    return best
''', "note": "rewrite: grow a window from every start position"},
    ],
    "solution": ["w1"],
})

# --- 5. monotonic stack ------------------------------------------------------------------
TASKS.append({
    "id": "cp2-warmer-days", "family": "competitive", "split": "train", "level": 1,
    "description": "Write `days_until_warmer(temps)`. For each day give the number of days until a strictly "
                   "warmer day, or 0 if none comes. Example: [73, 74, 75, 71, 69, 72, 76, 73] -> "
                   "[1, 1, 4, 2, 1, 1, 0, 0].",
    "files": {
        "weather.py": '''def days_until_warmer(temps):
    pass
''',
    },
    "tests": [
        "import weather",
        "assert weather.days_until_warmer([73, 74, 75, 71, 69, 72, 76, 73]) == [1, 1, 4, 2, 1, 1, 0, 0]",
        "assert weather.days_until_warmer([70, 70, 71]) == [2, 1, 0], 'an equal temperature is not warmer'",
        "assert weather.days_until_warmer(list(range(2000, 0, -1))) == [0] * 2000",
    ],
    "edits": [
        {"id": "s1", "path": "weather.py", "replace": '''def days_until_warmer(temps):
    answer = [0] * len(temps)
    for day in range(len(temps)):
        for later in range(day + 1, len(temps)):
            if temps[later] > temps[day]:
                answer[day] = later - day
                break
    return answer
''', "note": "variant A"},
        {"id": "s2", "path": "weather.py", "replace": '''def days_until_warmer(temps):
    answer = [0] * len(temps)
    waiting = []
    for day, t in enumerate(temps):
        while waiting and temps[waiting[-1]] <= t:
            prev = waiting.pop()
            answer[prev] = day - prev
        waiting.append(day)
    return answer
''', "note": "variant B"},
        {"id": "s3", "path": "weather.py", "replace": '''def days_until_warmer(temps):
    answer = [0] * len(temps)
    waiting = []
    for day, t in enumerate(temps):
        while waiting and temps[waiting[-1]] < t:
            prev = waiting.pop()
            answer[prev] = day - prev
        waiting.append(day)
    return answer
''', "note": "variant C"},
    ],
    "solution": ["s3"],
})

# --- 6. union-find -----------------------------------------------------------------------
TASKS.append({
    "id": "cp2-machine-groups", "family": "competitive", "split": "train", "level": 2,
    "description": "`count_groups(n, links)` gives the right answers but relabels every machine on each "
                   "cable, which is quadratic; the data-centre inventory (800 machines) no longer finishes. "
                   "Make it near-linear.",
    "files": {
        "network.py": '''def count_groups(n, links):
    """Number of connected groups among machines 0..n-1 joined by the given cables."""
    label = list(range(n))
    for a, b in links:
        old, new = label[a], label[b]
        if old != new:
            for i in range(n):
                if label[i] == old:
                    label[i] = new
    return len(set(label))
''',
    },
    "tests": [
        "import network",
        "assert network.count_groups(5, [(0, 1), (3, 4)]) == 3, '{0,1}, {2}, {3,4}'",
        "assert network.count_groups(4, [(0, 1), (1, 2), (2, 0)]) == 2, 'a redundant cable merges nothing'",
        "assert network.count_groups(3, [(0, 1), (0, 2)]) == 1, 'machine 0 is cabled to both others'",
        "assert network.count_groups(800, [(i, i + 1) for i in range(799)]) == 1",
    ],
    "edits": [
        {"id": "u1", "path": "network.py", "replace": '''def count_groups(n, links):
    """Number of connected groups among machines 0..n-1 joined by the given cables."""
    return n - len(links)
''', "note": "answer from the cable count alone"},
        {"id": "u2", "path": "network.py", "replace": '''def count_groups(n, links):
    """Number of connected groups among machines 0..n-1 joined by the given cables."""
    parent = list(range(n))
    for a, b in links:
        parent[a] = b
    return sum(1 for i in range(n) if parent[i] == i)
''', "note": "re-links a machine when it gets a second cable"},
        {"id": "u3", "path": "network.py", "replace": '''def count_groups(n, links):
    """Number of connected groups among machines 0..n-1 joined by the given cables."""
    parent = list(range(n))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    groups = n
    for a, b in links:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[ra] = rb
            groups -= 1
    return groups
''', "note": "near-linear: merge the groups' roots"},
    ],
    "solution": ["u3"],
})

# --- 7. BFS on a board -------------------------------------------------------------------
TASKS.append({
    "id": "cp2-knight-distance", "family": "competitive", "split": "train", "level": 2,
    "description": "Implement `knight_distance(start, goal, size=8)`, the fewest knight moves between two "
                   "squares (x, y) of a size x size board.",
    "files": {
        "knights.py": '''MOVES = [(1, 2), (2, 1), (2, -1), (1, -2), (-1, -2), (-2, -1), (-2, 1), (-1, 2)]


def knight_distance(start, goal, size=8):
    raise NotImplementedError
''',
    },
    "tests": [
        "import knights",
        "assert knights.knight_distance((0, 0), (0, 0)) == 0, 'already there'",
        "assert knights.knight_distance((0, 0), (1, 2)) == 1",
        "assert knights.knight_distance((0, 0), (1, 1)) == 4, 'the board edge forces a detour'",
        "assert knights.knight_distance((0, 0), (1, 0)) == 3, 'one square sideways takes three moves'",
        "assert knights.knight_distance((0, 0), (7, 7)) == 6, 'corner to corner'",
        "assert knights.knight_distance((0, 0), (11, 11), 12) == 8",
    ],
    "edits": [
        {"id": "k1", "path": "knights.py", "find": "    raise NotImplementedError\n",
         "replace": '''    dx, dy = abs(goal[0] - start[0]), abs(goal[1] - start[1])
    return (dx + dy + 2) // 3
''', "note": "O(1) formula"},
        {"id": "k2", "path": "knights.py", "find": "    raise NotImplementedError\n",
         "replace": '''    def reach(square, depth):
        if square == goal:
            return True
        if depth == 0:
            return False
        x, y = square
        for dx, dy in MOVES:
            nx, ny = x + dx, y + dy
            if 0 <= nx < size and 0 <= ny < size and reach((nx, ny), depth - 1):
                return True
        return False

    depth = 0
    while not reach(start, depth):
        depth += 1
    return depth
''', "note": "explores move sequences of growing length"},
        {"id": "k3", "path": "knights.py", "find": "    raise NotImplementedError\n",
         "replace": '''    from collections import deque
    dist = {start: 0}
    queue = deque([start])
    while queue:
        x, y = queue.popleft()
        if (x, y) == goal:
            return dist[(x, y)]
        for dx, dy in MOVES:
            nxt = (x + dx, y + dy)
            if 0 <= nxt[0] < size and 0 <= nxt[1] < size and nxt not in dist:
                dist[nxt] = dist[(x, y)] + 1
                queue.append(nxt)
    return -1
''', "note": "explores squares in order of distance"},
        {"id": "k4", "path": "knights.py", "find": "    raise NotImplementedError\n",
         "replace": '''    from collections import deque
    dist = {start: 0}
    queue = deque([start])
    while queue:
        square = queue.popleft()
        if square == goal:
            return dist[square]
        for dx, dy in MOVES:
            nxt = (square[0] + dx, square[1] + dy)
            if nxt not in dist:
                dist[nxt] = dist[square] + 1
                queue.append(nxt)
''', "note": "breadth-first, board edges ignored"},
    ],
    "solution": ["k3"],
})

# --- 8. linear DP replacing exponential recursion -----------------------------------------
TASKS.append({
    "id": "cp2-decodings", "family": "competitive", "split": "train", "level": 2,
    "description": "`count_decodings` (1 -> A ... 26 -> Z) is exponential: a 40-digit message never finishes. "
                   "Replace it with something linear that returns exactly the same counts.",
    "files": {
        "cipher.py": '''def count_decodings(digits):
    """Number of ways to read a digit string as letters, 1 -> A ... 26 -> Z."""
    if not digits:
        return 1
    if digits[0] == '0':
        return 0
    total = count_decodings(digits[1:])
    if len(digits) >= 2 and int(digits[:2]) <= 26:
        total += count_decodings(digits[2:])
    return total
''',
    },
    "tests": [
        "import cipher",
        "assert cipher.count_decodings('226') == 3, 'BZ, VF, BBF'",
        "assert cipher.count_decodings('10') == 1, 'only J'",
        "assert cipher.count_decodings('06') == 0, 'a leading zero cannot be read'",
        "assert cipher.count_decodings('1' * 40) == 165580141",
    ],
    "edits": [
        {"id": "d1", "path": "cipher.py", "replace": '''def count_decodings(digits):
    """Number of ways to read a digit string as letters, 1 -> A ... 26 -> Z."""
    after, after2 = 1, 0
    for i in range(len(digits) - 1, -1, -1):
        ways = after
        if i + 1 < len(digits) and int(digits[i:i + 2]) <= 26:
            ways += after2
        after, after2 = ways, after
    return after
''', "note": "two rolling counts, right to left"},
        {"id": "d2", "path": "cipher.py", "replace": '''def count_decodings(digits):
    """Number of ways to read a digit string as letters, 1 -> A ... 26 -> Z."""
    count = 0
    stack = [0]
    while stack:
        i = stack.pop()
        if i == len(digits):
            count += 1
            continue
        if digits[i] == '0':
            continue
        stack.append(i + 1)
        if i + 1 < len(digits) and int(digits[i:i + 2]) <= 26:
            stack.append(i + 2)
    return count
''', "note": "explicit stack instead of recursion"},
        {"id": "d3", "path": "cipher.py", "replace": '''def count_decodings(digits):
    """Number of ways to read a digit string as letters, 1 -> A ... 26 -> Z."""
    after, after2 = 1, 0
    for i in range(len(digits) - 1, -1, -1):
        ways = 0
        if digits[i] != '0':
            ways = after
            if i + 1 < len(digits) and int(digits[i:i + 2]) <= 26:
                ways += after2
        after, after2 = ways, after
    return after
''', "note": "two rolling counts, skipping positions that hold 0"},
    ],
    "solution": ["d3"],
})

# --- 9. coin DP (original is greedy) -------------------------------------------------------
TASKS.append({
    "id": "cp2-fewest-coins", "family": "competitive", "split": "train", "level": 3,
    "description": "Bug report: `fewest_coins(6, [1, 3, 4])` returns 3 (4 + 1 + 1) but 3 + 3 needs only 2 coins. "
                   "The vending machine calls it for every sale, so the fix must stay fast for amounts near 100.",
    "files": {
        "vending.py": '''def fewest_coins(amount, coins):
    """Smallest number of coins (any coin reusable) adding up to amount; -1 if impossible."""
    count = 0
    for coin in sorted(coins, reverse=True):
        count += amount // coin
        amount %= coin
    return count if amount == 0 else -1
''',
    },
    "tests": [
        "import vending",
        "assert vending.fewest_coins(6, [1, 3, 4]) == 2, '3 + 3 beats 4 + 1 + 1'",
        "assert vending.fewest_coins(0, [1, 2]) == 0",
        "assert vending.fewest_coins(8, [2, 5]) == 4, '5 cannot be used here: 2+2+2+2'",
        "assert vending.fewest_coins(7, [2, 4]) == -1, 'odd amount from even coins'",
        "assert vending.fewest_coins(60, [1, 7, 13]) == 6",
    ],
    "edits": [
        {"id": "c1", "path": "vending.py", "replace": '''def fewest_coins(amount, coins):
    """Smallest number of coins (any coin reusable) adding up to amount; -1 if impossible."""
    if amount == 0:
        return 0
    best = -1
    for coin in coins:
        if coin <= amount:
            rest = fewest_coins(amount - coin, coins)
            if rest >= 0 and (best < 0 or rest + 1 < best):
                best = rest + 1
    return best
''', "note": "exponential: tries every sequence of coins"},
        {"id": "c2", "path": "vending.py", "replace": '''def fewest_coins(amount, coins):
    """Smallest number of coins (any coin reusable) adding up to amount; -1 if impossible."""
    if amount == 0:
        return 0
    best = -1
    for first in coins:
        if first > amount:
            continue
        rest, count = amount - first, 1
        for coin in sorted(coins, reverse=True):
            count += rest // coin
            rest %= coin
        if rest == 0 and (best < 0 or count < best):
            best = count
    return best
''', "note": "greedy, but try each coin as the first one"},
        {"id": "c3", "path": "vending.py", "replace": '''def fewest_coins(amount, coins):
    """Smallest number of coins (any coin reusable) adding up to amount; -1 if impossible."""
    unreachable = amount + 1
    best = [0] + [unreachable] * amount
    for value in range(1, amount + 1):
        for coin in coins:
            if coin <= value and best[value - coin] + 1 < best[value]:
                best[value] = best[value - coin] + 1
    return best[amount] if best[amount] != unreachable else -1
''', "note": "O(amount * len(coins))"},
    ],
    "solution": ["c3"],
})

# --- 10. heap / k largest ----------------------------------------------------------------
TASKS.append({
    "id": "cp2-top-scores", "family": "competitive", "split": "train", "level": 1,
    "description": "Fill in `top_scores(scores, k)`: the k highest scores, highest first, ties kept. "
                   "Leaderboards hold thousands of scores.",
    "files": {
        "tournament.py": '''from leaderboard import top_scores


def podium(results):
    """results: (player, score) pairs; the three best scores."""
    return top_scores([score for _, score in results], 3)
''',
        "leaderboard.py": '''import heapq


def top_scores(scores, k):
    """The k largest scores in descending order (fewer if there are fewer scores)."""
    return []
''',
    },
    "tests": [
        "import leaderboard",
        "assert leaderboard.top_scores([5, 1, 9, 3, 9], 2) == [9, 9], 'both nines, highest first'",
        "assert leaderboard.top_scores([4, 2], 5) == [4, 2], 'k larger than the board'",
        "import tournament",
        "assert tournament.podium([('ann', 7), ('bo', 9), ('cy', 7), ('di', 3)]) == [9, 7, 7], 'two players share third place'",
        "assert leaderboard.top_scores(list(range(2000)), 500)[-1] == 1500",
    ],
    "edits": [
        {"id": "t1", "path": "leaderboard.py", "find": "    return []\n",
         "replace": "    return sorted(set(scores), reverse=True)[:k]\n",
         "note": "sort the distinct scores, descending"},
        {"id": "t2", "path": "leaderboard.py", "find": "    return []\n",
         "replace": "    return heapq.nlargest(k, scores)\n",
         "note": "heapq.nlargest"},
        {"id": "t3", "path": "leaderboard.py", "find": "    return []\n",
         "replace": '''    rest = list(scores)
    out = []
    while rest and len(out) < k:
        top = 0
        for i in range(1, len(rest)):
            if rest[i] > rest[top]:
                top = i
        out.append(rest.pop(top))
    return out
''', "note": "pick the maximum k times"},
        {"id": "t4", "path": "leaderboard.py", "find": "    return []\n",
         "replace": "    return sorted(scores)[:k]\n",
         "note": "sort and slice the first k"},
    ],
    "solution": ["t2"],
})

# --- 11. sort then sweep -------------------------------------------------------------------
TASKS.append({
    "id": "cp2-merge-bookings", "family": "competitive", "split": "train", "level": 2,
    "description": "Implement `merge_bookings(intervals)`. Overlapping or touching (start, end) bookings "
                   "become one; the result is sorted by start.",
    "files": {
        "bookings.py": '''def merge_bookings(intervals):
    raise NotImplementedError("merge_bookings")
''',
    },
    "tests": [
        "import bookings",
        "assert bookings.merge_bookings([(1, 3), (2, 6), (8, 10)]) == [(1, 6), (8, 10)]",
        "assert bookings.merge_bookings([(5, 7), (1, 2)]) == [(1, 2), (5, 7)], 'input order is arbitrary; output sorted by start'",
        "assert bookings.merge_bookings([(1, 4), (4, 5)]) == [(1, 5)], 'touching bookings merge'",
        "assert bookings.merge_bookings([(1, 10), (2, 3)]) == [(1, 10)], 'a booking inside another'",
        "assert len(bookings.merge_bookings([(2 * i, 2 * i + 1) for i in range(1500)])) == 1500",
    ],
    "edits": [
        {"id": "m1", "path": "bookings.py", "replace": '''def merge_bookings(intervals):
    result = []
    for start, end in intervals:
        if result and start <= result[-1][1]:
            result[-1] = (result[-1][0], max(result[-1][1], end))
        else:
            result.append((start, end))
    return result
''', "note": "assumes bookings arrive sorted"},
        {"id": "m2", "path": "bookings.py", "replace": '''def merge_bookings(intervals):
    result = []
    for start, end in sorted(intervals):
        if result and start <= result[-1][1]:
            result[-1] = (result[-1][0], max(result[-1][1], end))
        else:
            result.append((start, end))
    return result
''', "note": "sort then sweep"},
        {"id": "m3", "path": "bookings.py", "replace": '''def merge_bookings(intervals):
    result = []
    for start, end in sorted(intervals):
        merged = False
        for k in range(len(result)):
            lo, hi = result[k]
            if start <= hi and lo <= end:
                result[k] = (min(lo, start), max(hi, end))
                merged = True
                break
        if not merged:
            result.append((start, end))
    return result
''', "note": "compares each booking with all merged blocks"},
        {"id": "m4", "path": "bookings.py", "replace": '''def merge_bookings(intervals):
    result = []
    for start, end in sorted(intervals):
        if result and start < result[-1][1]:
            result[-1] = (result[-1][0], max(result[-1][1], end))
        else:
            result.append((start, end))
    return result
''', "note": "touching bookings stay separate"},
    ],
    "solution": ["m2"],
})

# --- 12. hashing by canonical key ----------------------------------------------------------
TASKS.append({
    "id": "cp2-anagram-groups", "family": "competitive", "split": "train", "level": 2,
    "description": "`count_anagram_groups` compares every word with every group found so far. It is right but "
                   "quadratic; make it a single pass with a dictionary.",
    "files": {
        "wordplay.py": '''def count_anagram_groups(words):
    """How many classes of mutual anagrams the words fall into."""
    groups = []
    for word in words:
        for rep in groups:
            if len(rep) == len(word) and sorted(rep) == sorted(word):
                break
        else:
            groups.append(word)
    return len(groups)
''',
    },
    "tests": [
        "import wordplay",
        "assert wordplay.count_anagram_groups(['listen', 'silent', 'enlist', 'google']) == 2",
        "assert wordplay.count_anagram_groups(['aab', 'abb']) == 2, 'same letters, different counts'",
        "assert wordplay.count_anagram_groups(['ad', 'bc']) == 2, 'equal code sums are not anagrams'",
        "assert wordplay.count_anagram_groups([]) == 0",
        "assert wordplay.count_anagram_groups(['a' * i + 'b' for i in range(1500)]) == 1500",
    ],
    "edits": [
        {"id": "g1", "path": "wordplay.py",
         "find": '''    groups = []
    for word in words:
        for rep in groups:
            if len(rep) == len(word) and sorted(rep) == sorted(word):
                break
        else:
            groups.append(word)
    return len(groups)
''',
         "replace": '''    keys = set()
    for word in words:
        keys.add(frozenset(word))
    return len(keys)
''', "note": "key each word by its set of letters"},
        {"id": "g2", "path": "wordplay.py",
         "find": '''    groups = []
    for word in words:
        for rep in groups:
            if len(rep) == len(word) and sorted(rep) == sorted(word):
                break
        else:
            groups.append(word)
    return len(groups)
''',
         "replace": '''    keys = set()
    for word in words:
        keys.add(''.join(sorted(word)))
    return len(keys)
''', "note": "key each word by its sorted letters"},
        {"id": "g3", "path": "wordplay.py",
         "find": '''    groups = []
    for word in words:
        for rep in groups:
            if len(rep) == len(word) and sorted(rep) == sorted(word):
                break
        else:
            groups.append(word)
    return len(groups)
''',
         "replace": '''    keys = set()
    for word in words:
        keys.add((len(word), sum(map(ord, word))))
    return len(keys)
''', "note": "key each word by (length, sum of character codes)"},
        {"id": "g4", "path": "wordplay.py", "replace": '''from collections import Counter


def count_anagram_groups(words):
    """How many classes of mutual anagrams the words fall into."""
    groups = []
    for word in words:
        letters = Counter(word)
        for g in groups:
            if g == letters:
                break
        else:
            groups.append(letters)
    return len(groups)
''', "note": "compare letter counts with each group's"},
    ],
    "solution": ["g2"],
})

# --- 13. binary search ---------------------------------------------------------------------
TASKS.append({
    "id": "cp2-price-band", "family": "competitive", "split": "train", "level": 2,
    "description": "`count_in_band(prices, queries)`: prices is sorted; for each (lo, hi) query return how many "
                   "prices p satisfy lo <= p <= hi. Each query must take logarithmic time.",
    "files": {
        "catalogue.py": '''import bisect


def count_in_band(prices, queries):
    return [band(prices, lo, hi) for lo, hi in queries]


def band(prices, lo, hi):
    raise NotImplementedError
''',
    },
    "tests": [
        "import catalogue",
        "assert catalogue.count_in_band([1, 3, 3, 5, 8], [(3, 5)]) == [3], 'both ends are inclusive'",
        "assert catalogue.count_in_band([1, 3, 3, 5, 8], [(0, 1), (9, 20), (4, 4)]) == [1, 0, 0]",
        "assert catalogue.count_in_band([2, 2, 2], [(2, 2)]) == [3], 'every equal price counts'",
        "assert sum(catalogue.count_in_band(list(range(3000)), [(i, 2999) for i in range(0, 3000, 6)])) == 751500",
    ],
    "edits": [
        {"id": "b1", "path": "catalogue.py", "find": "    raise NotImplementedError\n",
         "replace": "    return bisect.bisect_right(prices, hi) - bisect.bisect_right(prices, lo)\n",
         "note": "band: bisect_right for both bounds"},
        {"id": "b2", "path": "catalogue.py", "find": "    raise NotImplementedError\n",
         "replace": "    return bisect.bisect_right(prices, hi) - bisect.bisect_left(prices, lo)\n",
         "note": "band: bisect_left for lo, bisect_right for hi"},
        {"id": "b3", "path": "catalogue.py", "find": "    raise NotImplementedError\n",
         "replace": '''    count = 0
    for p in prices:
        if p > hi:
            break
        if p >= lo:
            count += 1
    return count
''', "note": "band: walk the sorted prices, stop past hi"},
        {"id": "b4", "path": "catalogue.py", "find": "    raise NotImplementedError\n",
         "replace": "    return bisect.bisect_left(prices, hi) - bisect.bisect_left(prices, lo)\n",
         "note": "band: bisect_left for both bounds"},
    ],
    "solution": ["b2"],
})

# --- 14. two pointers on positive numbers ---------------------------------------------------
TASKS.append({
    "id": "cp2-hike-stretch", "family": "competitive", "split": "train", "level": 2,
    "description": "hiking.py: `shortest_stretch` times out on a 2,500-leg route. All leg distances are positive, "
                   "so a two-pointer window works in linear time.",
    "files": {
        "hiking.py": '''def shortest_stretch(legs, goal):
    """Fewest consecutive legs whose total distance is at least goal; 0 if no stretch reaches it."""
    best = 0
    for start in range(len(legs)):
        total = 0
        for end in range(start, len(legs)):
            total += legs[end]
            if total >= goal:
                if best == 0 or end - start + 1 < best:
                    best = end - start + 1
                break
    return best
''',
    },
    "tests": [
        "import hiking",
        "assert hiking.shortest_stretch([2, 3, 1, 2, 4, 3], 7) == 2",
        "assert hiking.shortest_stretch([1, 1, 1], 5) == 0, 'the whole route is too short'",
        "assert hiking.shortest_stretch([1, 4, 4], 4) == 1",
        "assert hiking.shortest_stretch([5, 1, 1, 1, 6], 7) == 2, 'the best stretch is at the end'",
        "assert hiking.shortest_stretch([1] * 2500, 2500) == 2500",
    ],
    "edits": [
        {"id": "p1", "path": "hiking.py", "replace": '''def shortest_stretch(legs, goal):
    """Fewest consecutive legs whose total distance is at least goal; 0 if no stretch reaches it."""
    best = 0
    total = 0
    left = 0
    for right, d in enumerate(legs):
        total += d
        while total >= goal:
            if best == 0 or right - left + 1 < best:
                best = right - left + 1
            total -= legs[left]
            left += 1
    return best
''', "note": "linear: two pointers"},
        {"id": "p2", "path": "hiking.py", "replace": '''def shortest_stretch(legs, goal):
    """Fewest consecutive legs whose total distance is at least goal; 0 if no stretch reaches it."""
    total = 0
    left = 0
    for right, d in enumerate(legs):
        total += d
        if total >= goal:
            while total - legs[left] >= goal:
                total -= legs[left]
                left += 1
            return right - left + 1
    return 0
''', "note": "returns the first stretch that reaches the goal"},
        {"id": "p3", "path": "hiking.py", "replace": '''def shortest_stretch(legs, goal):
    """Fewest consecutive legs whose total distance is at least goal; 0 if no stretch reaches it."""
    prefix = [0]
    for d in legs:
        prefix.append(prefix[-1] + d)
    for length in range(1, len(legs) + 1):
        for start in range(len(legs) - length + 1):
            if prefix[start + length] - prefix[start] >= goal:
                return length
    return 0
''', "note": "tries stretch lengths from shortest up"},
    ],
    "solution": ["p1"],
})

# --- 15. monotonic deque -------------------------------------------------------------------
TASKS.append({
    "id": "cp2-window-peaks", "family": "competitive", "split": "train", "level": 2,
    "description": "sensors.py needs `window_peaks(readings, k)`: the maximum of every window of k consecutive "
                   "readings, in order. Must be O(n), not O(n*k).",
    "files": {
        "sensors.py": '''from collections import deque


def window_peaks(readings, k):
    """[max(readings[0:k]), max(readings[1:k+1]), ...]"""
    raise NotImplementedError
''',
    },
    "tests": [
        "import sensors",
        "assert sensors.window_peaks([1, 3, -1, -3, 5, 3, 6, 7], 3) == [3, 3, 5, 5, 6, 7]",
        "assert sensors.window_peaks([5, 1, 1, 1], 2) == [5, 1, 1], '5 leaves the window after two readings'",
        "assert sensors.window_peaks([4], 1) == [4]",
        "assert sensors.window_peaks(list(range(1000)), 400) == list(range(399, 1000))",
    ],
    "edits": [
        {"id": "q1", "path": "sensors.py", "find": "    raise NotImplementedError\n",
         "replace": '''    out = []
    for start in range(len(readings) - k + 1):
        top = readings[start]
        for i in range(start + 1, start + k):
            if readings[i] > top:
                top = readings[i]
        out.append(top)
    return out
''', "note": "scan each window for its maximum"},
        {"id": "q2", "path": "sensors.py", "find": "    raise NotImplementedError\n",
         "replace": '''    out = []
    dq = deque()
    for i, x in enumerate(readings):
        while dq and readings[dq[-1]] <= x:
            dq.pop()
        dq.append(i)
        if dq[0] < i - k:
            dq.popleft()
        if i >= k - 1:
            out.append(readings[dq[0]])
    return out
''', "note": "deque of candidate indices; drop the front once it is older than i - k"},
        {"id": "q3", "path": "sensors.py", "find": "    raise NotImplementedError\n",
         "replace": '''    out = []
    dq = deque()
    for i, x in enumerate(readings):
        while dq and readings[dq[-1]] <= x:
            dq.pop()
        dq.append(i)
        if dq[0] <= i - k:
            dq.popleft()
        if i >= k - 1:
            out.append(readings[dq[0]])
    return out
''', "note": "deque of candidate indices; drop the front once it is i - k or older"},
    ],
    "solution": ["q3"],
})

# --- 16. patience sorting with bisect --------------------------------------------------------
TASKS.append({
    "id": "cp2-longest-rise", "family": "competitive", "split": "train", "level": 3,
    "description": "trends.longest_rise is O(n^2). Replace it with the O(n log n) tails-array method.",
    "files": {
        "trends.py": '''from bisect import bisect_left, bisect_right


def longest_rise(values):
    """Length of the longest strictly increasing subsequence."""
    if not values:
        return 0
    best = [1] * len(values)
    for i in range(len(values)):
        for j in range(i):
            if values[j] < values[i] and best[j] + 1 > best[i]:
                best[i] = best[j] + 1
    return max(best)
''',
    },
    "tests": [
        "import trends",
        "assert trends.longest_rise([10, 9, 2, 5, 3, 7, 101, 18]) == 4, '2, 3, 7, 18'",
        "assert trends.longest_rise([7, 7, 7]) == 1, 'equal values do not count as a rise'",
        "assert trends.longest_rise([]) == 0",
        "assert trends.longest_rise([3, 1, 2, 1, 8, 5, 6]) == 4, '1, 2, 5, 6 is not contiguous'",
        "assert trends.longest_rise(list(range(2000))) == 2000",
    ],
    "edits": [
        {"id": "r1", "path": "trends.py",
         "find": '''    if not values:
        return 0
    best = [1] * len(values)
    for i in range(len(values)):
        for j in range(i):
            if values[j] < values[i] and best[j] + 1 > best[i]:
                best[i] = best[j] + 1
    return max(best)
''',
         "replace": '''    tails = []
    for v in values:
        k = bisect_right(tails, v)
        if k == len(tails):
            tails.append(v)
        else:
            tails[k] = v
    return len(tails)
''', "note": "lets equal values extend a rise"},
        {"id": "r2", "path": "trends.py",
         "find": '''    if not values:
        return 0
    best = [1] * len(values)
    for i in range(len(values)):
        for j in range(i):
            if values[j] < values[i] and best[j] + 1 > best[i]:
                best[i] = best[j] + 1
    return max(best)
''',
         "replace": '''    tails = []
    for v in values:
        k = bisect_left(tails, v)
        if k == len(tails):
            tails.append(v)
        else:
            tails[k] = v
    return len(tails)
''', "note": "strict rises, O(n log n)"},
        {"id": "r3", "path": "trends.py",
         "find": '''    if not values:
        return 0
    best = [1] * len(values)
    for i in range(len(values)):
        for j in range(i):
            if values[j] < values[i] and best[j] + 1 > best[i]:
                best[i] = best[j] + 1
    return max(best)
''',
         "replace": '''    if not values:
        return 0
    run = best = 1
    for a, b in zip(values, values[1:]):
        run = run + 1 if b > a else 1
        best = max(best, run)
    return best
''', "note": "only counts adjacent rises"},
    ],
    "solution": ["r2"],
})

# --- 17. edit distance DP ------------------------------------------------------------------
TASKS.append({
    "id": "cp2-edit-distance", "family": "competitive", "split": "train", "level": 2,
    "description": "The spell checker's `edit_distance` recurses on every possibility and hangs on phrases of "
                   "fifteen letters. Rewrite it as a table (O(len(a) * len(b))). Insert, delete and substitute "
                   "each cost 1.",
    "files": {
        "suggest.py": '''from spelling import edit_distance


def closest_word(word, vocabulary):
    """The vocabulary word nearest to word (the first one on ties)."""
    return min(vocabulary, key=lambda w: edit_distance(word, w))
''',
        "spelling.py": '''def edit_distance(a, b):
    """Fewest single-character inserts, deletes or substitutions turning a into b."""
    if not a:
        return len(b)
    if not b:
        return len(a)
    if a[0] == b[0]:
        return edit_distance(a[1:], b[1:])
    return 1 + min(edit_distance(a[1:], b), edit_distance(a, b[1:]), edit_distance(a[1:], b[1:]))
''',
    },
    "tests": [
        "import spelling",
        "assert spelling.edit_distance('kitten', 'sitting') == 3, 'two substitutions and one insert'",
        "assert spelling.edit_distance('', 'abc') == 3, 'three inserts'",
        "import suggest",
        "assert suggest.closest_word('speling', ['peeling', 'spell', 'spelling']) == 'spelling'",
        "assert spelling.edit_distance('saturdaymorning', 'sundayevening') == 6",
    ],
    "edits": [
        {"id": "e1", "path": "spelling.py", "replace": '''def edit_distance(a, b):
    """Fewest single-character inserts, deletes or substitutions turning a into b."""
    prev = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        cur = [i]
        for j, y in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x != y)))
        prev = cur
    return prev[-1]
''', "note": "O(len(a) * len(b)) table"},
        {"id": "e2", "path": "spelling.py", "replace": '''def edit_distance(a, b):
    """Fewest single-character inserts, deletes or substitutions turning a into b."""
    prev = [0] * (len(b) + 1)
    for i, x in enumerate(a, 1):
        cur = [0]
        for j, y in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x != y)))
        prev = cur
    return prev[-1]
''', "note": "empty prefixes cost nothing"},
        {"id": "e3", "path": "spelling.py", "replace": '''def edit_distance(a, b):
    """Fewest single-character inserts, deletes or substitutions turning a into b."""
    prev = [0] * (len(b) + 1)
    for x in a:
        cur = [0]
        for j, y in enumerate(b, 1):
            cur.append(prev[j - 1] + 1 if x == y else max(prev[j], cur[j - 1]))
        prev = cur
    return len(a) + len(b) - 2 * prev[-1]
''', "note": "counts a substitution as delete + insert"},
    ],
    "solution": ["e1"],
})

# --- 18. inversions with a sorted list + bisect ------------------------------------------------
TASKS.append({
    "id": "cp2-bubble-swaps", "family": "competitive", "split": "train", "level": 2,
    "description": "`swaps_needed(arr)` should return how many adjacent swaps bubble sort performs on arr, i.e. "
                   "the number of pairs i < j with arr[i] > arr[j]. Arrays of 2,000 items must be fine.",
    "files": {
        "sortstats.py": '''import bisect


def swaps_needed(arr):
    raise NotImplementedError
''',
    },
    "tests": [
        "import sortstats",
        "assert sortstats.swaps_needed([3, 1, 2]) == 2, '3 passes 1 and 2'",
        "assert sortstats.swaps_needed([1, 2, 3]) == 0",
        "assert sortstats.swaps_needed([2, 2, 1]) == 2, 'equal items are never swapped'",
        "assert sortstats.swaps_needed([4, 3, 2, 1]) == 6, 'every pair is inverted'",
        "assert sortstats.swaps_needed(list(range(2000, 0, -1))) == 1999000",
    ],
    "edits": [
        {"id": "i1", "path": "sortstats.py", "find": "    raise NotImplementedError\n",
         "replace": '''    return sum(1 for a, b in zip(arr, arr[1:]) if a > b)
''', "note": "only neighbouring pairs"},
        {"id": "i2", "path": "sortstats.py", "find": "    raise NotImplementedError\n",
         "replace": '''    seen = []
    swaps = 0
    for x in arr:
        pos = bisect.bisect_left(seen, x)
        swaps += len(seen) - pos
        seen.insert(pos, x)
    return swaps
''', "note": "counts equal items as out of order"},
        {"id": "i3", "path": "sortstats.py", "find": "    raise NotImplementedError\n",
         "replace": '''    swaps = 0
    for i in range(len(arr)):
        for j in range(i + 1, len(arr)):
            if arr[i] > arr[j]:
                swaps += 1
    return swaps
''', "note": "quadratic pair count"},
        {"id": "i4", "path": "sortstats.py", "find": "    raise NotImplementedError\n",
         "replace": '''    seen = []
    swaps = 0
    for x in arr:
        pos = bisect.bisect_right(seen, x)
        swaps += len(seen) - pos
        seen.insert(pos, x)
    return swaps
''', "note": "equal items are not counted"},
    ],
    "solution": ["i4"],
})

# --- 19. counting with Counter --------------------------------------------------------------
TASKS.append({
    "id": "cp2-first-unique", "family": "competitive", "split": "train", "level": 1,
    "description": "first_unique_index is quadratic (it recounts the whole string for every character). "
                   "Speed it up.",
    "files": {
        "letters.py": '''from collections import Counter


def first_unique_index(s):
    """Index of the first character that occurs exactly once in s, or -1."""
    for i, ch in enumerate(s):
        count = 0
        for other in s:
            if other == ch:
                count += 1
        if count == 1:
            return i
    return -1
''',
    },
    "tests": [
        "import letters",
        "assert letters.first_unique_index('leetcode') == 0",
        "assert letters.first_unique_index('loveleetcode') == 2",
        "assert letters.first_unique_index('aabb') == -1, 'no character is unique'",
        "assert letters.first_unique_index('aab') == 2, 'only b occurs once'",
        "assert letters.first_unique_index('ab' * 1500 + 'c') == 3000",
    ],
    "edits": [
        {"id": "f1", "path": "letters.py",
         "find": '''    for i, ch in enumerate(s):
        count = 0
        for other in s:
            if other == ch:
                count += 1
        if count == 1:
            return i
    return -1
''',
         "replace": '''    for i, ch in enumerate(s):
        if ch not in s[i + 1:]:
            return i
    return -1
''', "note": "returns the first character that does not occur again later"},
        {"id": "f2", "path": "letters.py",
         "find": '''    for i, ch in enumerate(s):
        count = 0
        for other in s:
            if other == ch:
                count += 1
        if count == 1:
            return i
    return -1
''',
         "replace": '''    counts = Counter(s)
    for i, ch in enumerate(s):
        if counts[ch] == 1:
            return i
    return -1
''', "note": "counts everything once, then finds the first count of 1"},
        {"id": "f3", "path": "letters.py",
         "find": '''    for i, ch in enumerate(s):
        count = 0
        for other in s:
            if other == ch:
                count += 1
        if count == 1:
            return i
    return -1
''',
         "replace": '''    ordered = sorted(s)
    for k, ch in enumerate(ordered):
        if (k == 0 or ordered[k - 1] != ch) and (k + 1 == len(ordered) or ordered[k + 1] != ch):
            return s.index(ch)
    return -1
''', "note": "finds a lonely character among the sorted letters"},
    ],
    "solution": ["f2"],
})

# --- 20. sort + two pointers ---------------------------------------------------------------------
TASKS.append({
    "id": "cp2-gift-pair", "family": "competitive", "split": "train", "level": 2,
    "description": "Implement `best_pair_total(prices, budget)`: the largest total of two different items that "
                   "does not exceed budget, or -1 when no two items fit. Catalogues have thousands of items.",
    "files": {
        "gifts.py": '''def best_pair_total(prices, budget):
    raise NotImplementedError
''',
    },
    "tests": [
        "import gifts",
        "assert gifts.best_pair_total([40, 10, 30, 20], 55) == 50, 'prices arrive unsorted'",
        "assert gifts.best_pair_total([5, 5], 10) == 10, 'two items with the same price'",
        "assert gifts.best_pair_total([50, 60], 100) == -1, 'no pair fits'",
        "assert gifts.best_pair_total([45, 30, 25], 56) == 55",
        "assert gifts.best_pair_total([5, 22, 24, 40], 46) == 46, 'the dearest item is not always in the best pair'",
        "assert gifts.best_pair_total(list(range(2000)), 1) == 1",
    ],
    "edits": [
        {"id": "g1", "path": "gifts.py", "replace": '''def best_pair_total(prices, budget):
    best = -1
    for i in range(len(prices)):
        for j in range(i + 1, len(prices)):
            total = prices[i] + prices[j]
            if best < total <= budget:
                best = total
    return best
''', "note": "try all pairs"},
        {"id": "g2", "path": "gifts.py", "replace": '''def best_pair_total(prices, budget):
    p = sorted(prices)
    best = -1
    lo, hi = 0, len(p) - 1
    while lo < hi:
        total = p[lo] + p[hi]
        if total > budget:
            hi -= 1
        else:
            best = max(best, total)
            lo += 1
    return best
''', "note": "sort, then move two pointers inwards"},
        {"id": "g3", "path": "gifts.py", "replace": '''def best_pair_total(prices, budget):
    p = prices
    best = -1
    lo, hi = 0, len(p) - 1
    while lo < hi:
        total = p[lo] + p[hi]
        if total > budget:
            hi -= 1
        else:
            best = max(best, total)
            lo += 1
    return best
''', "note": "works on the list as given"},
        {"id": "g4", "path": "gifts.py", "replace": '''def best_pair_total(prices, budget):
    p = sorted(prices)
    for hi in range(len(p) - 1, 0, -1):
        if p[hi] + p[0] <= budget:
            rest = [q for q in p[:hi] if p[hi] + q <= budget]
            return p[hi] + max(rest)
    return -1
''', "note": "dearest item that still fits, then its best partner"},
    ],
    "solution": ["g2"],
})

# --- 21. Dijkstra with a heap (two files) ------------------------------------------------------
TASKS.append({
    "id": "cp2-cheapest-fare", "family": "competitive", "split": "train", "level": 3,
    "description": "transit.cheapest_fare uses Bellman-Ford and is too slow on the 600-stop network. Switch to "
                   "Dijkstra (fares are never negative). graph.py already builds adjacency lists.",
    "files": {
        "graph.py": '''def adjacency(n, routes):
    """Directed adjacency lists: adj[a] = [(b, fare), ...]."""
    adj = [[] for _ in range(n)]
    for a, b, fare in routes:
        adj[a].append((b, fare))
    return adj
''',
        "transit.py": '''import heapq
from collections import deque

from graph import adjacency


def cheapest_fare(n, routes, src, dst):
    """Lowest total fare from stop src to stop dst over directed routes (a, b, fare); -1 if unreachable."""
    INF = float('inf')
    dist = [INF] * n
    dist[src] = 0
    for _ in range(n - 1):
        changed = False
        for a, b, fare in routes:
            if dist[a] + fare < dist[b]:
                dist[b] = dist[a] + fare
                changed = True
        if not changed:
            break
    return dist[dst] if dist[dst] < INF else -1
''',
    },
    "tests": [
        "import transit",
        "assert transit.cheapest_fare(4, [(0, 1, 5), (0, 2, 1), (2, 1, 1), (1, 3, 1)], 0, 3) == 3, 'the cheap route has more hops'",
        "assert transit.cheapest_fare(3, [(0, 1, 4)], 0, 2) == -1",
        "assert transit.cheapest_fare(2, [], 1, 1) == 0, 'src == dst costs nothing'",
        "assert transit.cheapest_fare(5, [(0, 1, 1), (0, 2, 10), (1, 3, 1), (3, 2, 1), (2, 4, 1)], 0, 4) == 4, '0-1-3-2-4'",
        "assert transit.cheapest_fare(600, [(i, i + 1, 2) for i in reversed(range(599))], 0, 599) == 1198",
    ],
    "edits": [
        {"id": "d1", "path": "transit.py",
         "find": '''    INF = float('inf')
    dist = [INF] * n
    dist[src] = 0
    for _ in range(n - 1):
        changed = False
        for a, b, fare in routes:
            if dist[a] + fare < dist[b]:
                dist[b] = dist[a] + fare
                changed = True
        if not changed:
            break
    return dist[dst] if dist[dst] < INF else -1
''',
         "replace": '''    adj = adjacency(n, routes)
    dist = {src: 0}
    heap = [(0, src)]
    while heap:
        d, stop = heapq.heappop(heap)
        if stop == dst:
            return d
        if d > dist[stop]:
            continue
        for nxt, fare in adj[stop]:
            if nxt not in dist or d + fare < dist[nxt]:
                dist[nxt] = d + fare
                heapq.heappush(heap, (d + fare, nxt))
    return -1
''', "note": "Dijkstra"},
        {"id": "d2", "path": "transit.py",
         "find": '''    INF = float('inf')
    dist = [INF] * n
    dist[src] = 0
    for _ in range(n - 1):
        changed = False
        for a, b, fare in routes:
            if dist[a] + fare < dist[b]:
                dist[b] = dist[a] + fare
                changed = True
        if not changed:
            break
    return dist[dst] if dist[dst] < INF else -1
''',
         "replace": '''    adj = adjacency(n, routes)
    cost = {src: 0}
    queue = deque([src])
    while queue:
        stop = queue.popleft()
        if stop == dst:
            return cost[stop]
        for nxt, fare in adj[stop]:
            if nxt not in cost:
                cost[nxt] = cost[stop] + fare
                queue.append(nxt)
    return -1
''', "note": "fewest hops, not cheapest fare"},
        {"id": "d3", "path": "transit.py",
         "find": '''    INF = float('inf')
    dist = [INF] * n
    dist[src] = 0
    for _ in range(n - 1):
        changed = False
        for a, b, fare in routes:
            if dist[a] + fare < dist[b]:
                dist[b] = dist[a] + fare
                changed = True
        if not changed:
            break
    return dist[dst] if dist[dst] < INF else -1
''',
         "replace": '''    adj = adjacency(n, routes)
    done = {src: 0}
    heap = [(0, src)]
    while heap:
        d, stop = heapq.heappop(heap)
        if stop == dst:
            return d
        for nxt, fare in adj[stop]:
            if nxt not in done:
                done[nxt] = d + fare
                heapq.heappush(heap, (d + fare, nxt))
    return -1
''', "note": "a stop's fare is fixed by the first route that reaches it"},
    ],
    "solution": ["d1"],
})

# --- 22. Kahn's algorithm with a heap ---------------------------------------------------------
TASKS.append({
    "id": "cp2-build-order", "family": "competitive", "split": "train", "level": 3,
    "description": "Write `build_order(n, deps)`. Targets are 0..n-1; (a, b) in deps means a must be built "
                   "before b. Return the order in which, at every step, the smallest-numbered target whose "
                   "prerequisites are all built goes next. Projects have hundreds of targets.",
    "files": {
        "scheduler.py": '''import heapq
from collections import deque


def build_order(n, deps):
    return None
''',
    },
    "tests": [
        "import scheduler",
        "assert scheduler.build_order(4, [(3, 1), (1, 0), (2, 0)]) == [2, 3, 1, 0]",
        "assert scheduler.build_order(4, [(0, 3), (1, 2)]) == [0, 1, 2, 3], 'after 0 and 1, target 2 is the smallest ready one'",
        "assert scheduler.build_order(3, []) == [0, 1, 2]",
        "assert scheduler.build_order(500, [(i, i + 1) for i in range(499)]) == list(range(500))",
    ],
    "edits": [
        {"id": "o1", "path": "scheduler.py", "find": "    return None\n",
         "replace": '''    waiting = [0] * n
    after = [[] for _ in range(n)]
    for a, b in deps:
        after[a].append(b)
        waiting[b] += 1
    ready = deque(t for t in range(n) if waiting[t] == 0)
    order = []
    while ready:
        t = ready.popleft()
        order.append(t)
        for b in after[t]:
            waiting[b] -= 1
            if waiting[b] == 0:
                ready.append(b)
    return order
''', "note": "ready targets in the order they became ready"},
        {"id": "o2", "path": "scheduler.py", "find": "    return None\n",
         "replace": '''    waiting = [0] * n
    after = [[] for _ in range(n)]
    for a, b in deps:
        after[a].append(b)
        waiting[b] += 1
    ready = [t for t in range(n) if waiting[t] == 0]
    heapq.heapify(ready)
    order = []
    while ready:
        t = heapq.heappop(ready)
        order.append(t)
        for b in after[t]:
            waiting[b] -= 1
            if waiting[b] == 0:
                heapq.heappush(ready, b)
    return order
''', "note": "smallest ready target first"},
        {"id": "o3", "path": "scheduler.py", "find": "    return None\n",
         "replace": '''    built = set()
    order = []
    while len(order) < n:
        for t in range(n):
            if t not in built and all(a in built for a, b in deps if b == t):
                built.add(t)
                order.append(t)
                break
    return order
''', "note": "rescans all targets each round"},
    ],
    "solution": ["o2"],
})

# --- 23. memoised recursion (lru_cache) ----------------------------------------------------------
TASKS.append({
    "id": "cp2-aisle-routes", "family": "competitive", "split": "train", "level": 2,
    "description": "Counting right/down routes through the warehouse grid ('#' = shelf) explodes on a 14 x 14 "
                   "floor. `route_count` recomputes the same cells again and again.",
    "files": {
        "warehouse.py": '''import functools


def route_count(grid):
    """Number of right/down paths from the top-left to the bottom-right cell avoiding '#'."""
    rows, cols = len(grid), len(grid[0])

    def paths(r, c):
        if r >= rows or c >= cols or grid[r][c] == '#':
            return 0
        if r == rows - 1 and c == cols - 1:
            return 1
        return paths(r + 1, c) + paths(r, c + 1)

    return paths(0, 0)
''',
    },
    "tests": [
        "import warehouse",
        "assert warehouse.route_count(['...', '.#.', '...']) == 2, 'around the shelf on either side'",
        "assert warehouse.route_count(['#.', '..']) == 0, 'the start cell is a shelf'",
        "assert warehouse.route_count(['..', '..', '..']) == 3",
        "assert warehouse.route_count(['.' * 14] * 14) == 10400600",
    ],
    "edits": [
        {"id": "a1", "path": "warehouse.py", "find": "    def paths(r, c):\n",
         "replace": "    @functools.lru_cache(maxsize=None)\n    def paths(r, c):\n",
         "note": "cache paths(r, c)"},
        {"id": "a2", "path": "warehouse.py",
         "find": '''    def paths(r, c):
        if r >= rows''',
         "replace": '''    memo = {}

    def paths(r, c):
        if r + c in memo:
            return memo[r + c]
        memo[r + c] = count(r, c)
        return memo[r + c]

    def count(r, c):
        if r >= rows''',
         "note": "memo table keyed by the cell's diagonal"},
        {"id": "a3", "path": "warehouse.py",
         "find": '''    return paths(0, 0)
''',
         "replace": '''    table = [[0] * (cols + 1) for _ in range(rows + 1)]
    table[rows - 1][cols - 1] = 1
    for r in range(rows - 1, -1, -1):
        for c in range(cols - 1, -1, -1):
            if (r, c) != (rows - 1, cols - 1):
                table[r][c] = table[r + 1][c] + table[r][c + 1]
    return table[0][0]
''', "note": "bottom-up table instead of the recursion"},
    ],
    "solution": ["a1"],
})

# --- 24. stack of indices -----------------------------------------------------------------------
TASKS.append({
    "id": "cp2-balanced-span", "family": "competitive", "split": "train", "level": 2,
    "description": "brackets.py: implement `longest_balanced(s)`, the length of the longest contiguous, "
                   "well-formed run of parentheses in s.",
    "files": {
        "brackets.py": '''def longest_balanced(s):
    raise NotImplementedError
''',
    },
    "tests": [
        "import brackets",
        "assert brackets.longest_balanced('(()') == 2, 'the inner pair'",
        "assert brackets.longest_balanced(')()())') == 4",
        "assert brackets.longest_balanced('()(()') == 2, 'the two pairs are not contiguous'",
        "assert brackets.longest_balanced('') == 0",
        "assert brackets.longest_balanced('()' * 1000) == 2000",
    ],
    "edits": [
        {"id": "s1", "path": "brackets.py", "replace": '''def longest_balanced(s):
    stack = [-1]
    best = 0
    for i, ch in enumerate(s):
        if ch == '(':
            stack.append(i)
        else:
            stack.pop()
            if not stack:
                stack.append(i)
            else:
                best = max(best, i - stack[-1])
    return best
''', "note": "stack-based"},
        {"id": "s2", "path": "brackets.py", "replace": '''def longest_balanced(s):
    opened = pairs = 0
    for ch in s:
        if ch == '(':
            opened += 1
        elif opened:
            opened -= 1
            pairs += 1
    return 2 * pairs
''', "note": "counts all matched pairs, contiguous or not"},
        {"id": "s3", "path": "brackets.py", "replace": '''def longest_balanced(s):
    best = 0
    for i in range(len(s)):
        depth = 0
        for j in range(i, len(s)):
            depth += 1 if s[j] == '(' else -1
            if depth < 0:
                break
            if depth == 0:
                best = max(best, j - i + 1)
    return best
''', "note": "checks every start position"},
        {"id": "s4", "path": "brackets.py", "replace": '''def longest_balanced(s):
    best = left = right = 0
    for ch in s:
        if ch == '(':
            left += 1
        else:
            right += 1
        if left == right:
            best = max(best, 2 * right)
        elif right > left:
            left = right = 0
    return best
''', "note": "left/right counters, one pass"},
    ],
    "solution": ["s1"],
})

# --- 25. Boyer-Moore majority vote --------------------------------------------------------------
TASKS.append({
    "id": "cp2-majority-winner", "family": "competitive", "split": "train", "level": 3,
    "description": "election.winner(ballots) returns the candidate with MORE than half of the ballots, or None. "
                   "The current version recounts for every ballot and cannot handle a 2,000-ballot precinct.",
    "files": {
        "election.py": '''from collections import Counter


def winner(ballots):
    """The candidate named on more than half of the ballots, else None."""
    for b in ballots:
        votes = 0
        for other in ballots:
            if other == b:
                votes += 1
        if votes * 2 > len(ballots):
            return b
    return None
''',
    },
    "tests": [
        "import election",
        "assert election.winner(['a', 'b', 'a']) == 'a'",
        "assert election.winner(['a', 'b']) is None, 'a tie is not a majority'",
        "assert election.winner(['x', 'y', 'x', 'z', 'x', 'y', 'x']) == 'x'",
        "assert election.winner(['p', 'q', 'r']) is None, 'three-way split'",
        "assert election.winner(list(range(2000))) is None",
    ],
    "edits": [
        {"id": "v1", "path": "election.py",
         "find": '''    for b in ballots:
        votes = 0
        for other in ballots:
            if other == b:
                votes += 1
        if votes * 2 > len(ballots):
            return b
    return None
''',
         "replace": '''    candidate, lead = None, 0
    for b in ballots:
        if lead == 0:
            candidate, lead = b, 1
        elif b == candidate:
            lead += 1
        else:
            lead -= 1
    return candidate
''', "note": "returns a candidate even without a majority"},
        {"id": "v2", "path": "election.py",
         "find": '''    for b in ballots:
        votes = 0
        for other in ballots:
            if other == b:
                votes += 1
        if votes * 2 > len(ballots):
            return b
    return None
''',
         "replace": '''    if not ballots:
        return None
    return Counter(ballots).most_common(1)[0][0]
''', "note": "plurality winner"},
        {"id": "v3", "path": "election.py",
         "find": '''    for b in ballots:
        votes = 0
        for other in ballots:
            if other == b:
                votes += 1
        if votes * 2 > len(ballots):
            return b
    return None
''',
         "replace": '''    candidate, lead = None, 0
    for b in ballots:
        if lead == 0:
            candidate, lead = b, 1
        elif b == candidate:
            lead += 1
        else:
            lead -= 1
    if lead and ballots.count(candidate) * 2 > len(ballots):
        return candidate
    return None
''', "note": "majority vote, verified, linear time"},
        {"id": "v4", "path": "election.py",
         "find": '''    for b in ballots:
        votes = 0
''',
         "replace": '''    for b in set(ballots):
        votes = 0
''', "note": "count each distinct candidate once"},
        {"id": "v5", "path": "election.py",
         "find": '''    for b in ballots:
        votes = 0
        for other in ballots:
            if other == b:
                votes += 1
        if votes * 2 > len(ballots):
            return b
    return None
''',
         "replace": '''    candidate, lead = None, 0
    for b in ballots:
        if lead == 0:
            candidate, lead = b, 1
        elif b == candidate:
            lead += 1
        else:
            lead -= 1
    if ballots and ballots.count(candidate) * 2 >= len(ballots):
        return candidate
    return None
''', "note": "accepts exactly half"},
    ],
    "solution": ["v3"],
})

# --- 26. heap of end times (two files) -------------------------------------------------------
TASKS.append({
    "id": "cp2-meeting-rooms", "family": "competitive", "split": "train", "level": 2,
    "description": "Finish `rooms_needed(meetings)` in office.py: the fewest rooms that can host all the "
                   "(start, end) meetings, where a room is free again at its meeting's end time. The booking "
                   "page calls it through `rooms_for_day`.",
    "files": {
        "office.py": '''import heapq

from timeslots import to_minutes


def rooms_for_day(slots):
    """slots like '09:00-10:30'."""
    meetings = []
    for slot in slots:
        start, end = slot.split('-')
        meetings.append((to_minutes(start), to_minutes(end)))
    return rooms_needed(meetings)


def rooms_needed(meetings):
    return 0
''',
        "timeslots.py": '''def to_minutes(hhmm):
    hours, minutes = hhmm.split(':')
    return int(hours) * 60 + int(minutes)
''',
    },
    "tests": [
        "import office",
        "assert office.rooms_needed([(0, 30), (5, 10), (15, 20)]) == 2",
        "assert office.rooms_for_day(['09:00-10:00', '09:30-11:00', '10:00-10:15']) == 2, 'a room frees up at 10:00'",
        "assert office.rooms_needed([(1, 5), (5, 8)]) == 1",
        "assert office.rooms_needed([(1, 4), (2, 5), (3, 6)]) == 3, 'all three overlap at time 3'",
        "assert office.rooms_needed([(i, i + 1) for i in range(2000)]) == 1",
    ],
    "edits": [
        {"id": "r1", "path": "office.py", "find": "    return 0\n",
         "replace": '''    ends = []
    for start, end in sorted(meetings):
        if ends and ends[0] <= start:
            heapq.heapreplace(ends, end)
        else:
            heapq.heappush(ends, end)
    return len(ends)
''', "note": "meetings by start time; reuse the room that frees up first"},
        {"id": "r2", "path": "office.py", "find": "    return 0\n",
         "replace": '''    best = 0
    for start, _ in meetings:
        active = 0
        for s, e in meetings:
            if s <= start < e:
                active += 1
        best = max(best, active)
    return best
''', "note": "for each start time, count the meetings running then"},
        {"id": "r3", "path": "office.py", "find": "    return 0\n",
         "replace": '''    ends = []
    for start, end in sorted(meetings):
        if ends and ends[0] < start:
            heapq.heapreplace(ends, end)
        else:
            heapq.heappush(ends, end)
    return len(ends)
''', "note": "meetings by start time; reuse a room only once it is strictly past its end"},
    ],
    "solution": ["r1"],
})

# --- 27. set membership (2 candidates) ------------------------------------------------------------
TASKS.append({
    "id": "cp2-dedupe-emails", "family": "competitive", "split": "train", "level": 1,
    "description": "`dedupe_emails` keeps the first spelling of each address (compared case-insensitively) in "
                   "order, but it is O(n^2) and the newsletter list has grown to 1,200 addresses.",
    "files": {
        "mailing.py": '''def dedupe_emails(emails):
    kept = []
    for email in emails:
        duplicate = False
        for k in kept:
            if k.lower() == email.lower():
                duplicate = True
                break
        if not duplicate:
            kept.append(email)
    return kept
''',
    },
    "tests": [
        "import mailing",
        "assert mailing.dedupe_emails(['A@x.com', 'b@x.com', 'a@X.com']) == ['A@x.com', 'b@x.com'], 'the first spelling is kept'",
        "assert mailing.dedupe_emails([]) == []",
        "assert len(mailing.dedupe_emails(['user%d@mail.com' % i for i in range(1200)])) == 1200",
    ],
    "edits": [
        {"id": "x1", "path": "mailing.py", "replace": '''def dedupe_emails(emails):
    return list(dict.fromkeys(email.lower() for email in emails))
''', "note": "returns lowercased addresses"},
        {"id": "x2", "path": "mailing.py", "replace": '''def dedupe_emails(emails):
    kept = []
    seen = set()
    for email in emails:
        key = email.lower()
        if key not in seen:
            seen.add(key)
            kept.append(email)
    return kept
''', "note": "keeps the original spelling"},
    ],
    "solution": ["x2"],
})

# --- 28. running median with insort --------------------------------------------------------------
TASKS.append({
    "id": "cp2-running-median", "family": "competitive", "split": "train", "level": 2,
    "description": "Implement `running_medians(values)`: after each new value, the median of all values so far "
                   "(mean of the two middle values when the count is even).",
    "files": {
        "stream_stats.py": '''import bisect


def running_medians(values):
    medians = []
    return medians
''',
    },
    "tests": [
        "import stream_stats",
        "assert stream_stats.running_medians([5, 15, 1, 3]) == [5, 10.0, 5, 4.0], 'medians of [5], [5, 15], [1, 5, 15], [1, 3, 5, 15]'",
        "assert stream_stats.running_medians([2, 2]) == [2, 2.0], 'even count: mean of the middle two'",
        "assert stream_stats.running_medians([]) == []",
        "assert stream_stats.running_medians(list(range(1500)))[-1] == 749.5",
    ],
    "edits": [
        {"id": "m1", "path": "stream_stats.py",
         "find": "    medians = []\n",
         "replace": '''    medians = []
    window = []
    for v in values:
        bisect.insort(window, v)
        n = len(window)
        medians.append(window[n // 2])
''', "note": "keep a sorted list, take the middle"},
        {"id": "m2", "path": "stream_stats.py",
         "find": "    medians = []\n",
         "replace": '''    medians = []
    window = []
    for v in values:
        pos = 0
        while pos < len(window) and window[pos] < v:
            pos += 1
        window.insert(pos, v)
        n = len(window)
        medians.append(window[n // 2] if n % 2 else (window[n // 2 - 1] + window[n // 2]) / 2)
''', "note": "keep a sorted list, walk to the insertion point"},
        {"id": "m3", "path": "stream_stats.py",
         "find": "    medians = []\n",
         "replace": '''    medians = []
    window = []
    for v in values:
        bisect.insort(window, v)
        n = len(window)
        medians.append(window[n // 2] if n % 2 else (window[n // 2 - 1] + window[n // 2]) / 2)
''', "note": "keep a sorted list (binary-search insert), average the middle pair"},
    ],
    "solution": ["m3"],
})

# --- 29. rolling set of slices ------------------------------------------------------------------
TASKS.append({
    "id": "cp2-repeated-kmer", "family": "competitive", "split": "train", "level": 2,
    "description": "dna.repeated_kmer(seq, k): return the first length-k substring to occur a second time "
                   "(occurrences may overlap), or None. Make it linear in len(seq); it currently compares every "
                   "pair of positions.",
    "files": {
        "genome_data.py": '''# A short read from the test genome.
SAMPLE = 'TTAGGCATTAGGA'
''',
        "dna.py": '''def repeated_kmer(seq, k):
    for i in range(len(seq) - k + 1):
        for j in range(i):
            same = True
            for t in range(k):
                if seq[i + t] != seq[j + t]:
                    same = False
                    break
            if same:
                return seq[i:i + k]
    return None
''',
    },
    "tests": [
        "import dna",
        "assert dna.repeated_kmer('AAAA', 3) == 'AAA', 'overlapping occurrences count'",
        "assert dna.repeated_kmer('GATTACATTA', 3) == 'ATT'",
        "import genome_data",
        "assert dna.repeated_kmer(genome_data.SAMPLE, 5) == 'TTAGG', 'the read repeats its first five bases'",
        "assert dna.repeated_kmer(''.join(chr(300 + i) for i in range(1500)), 3) is None",
    ],
    "edits": [
        {"id": "k1", "path": "dna.py", "replace": '''def repeated_kmer(seq, k):
    seen = set()
    for i in range(0, len(seq) - k + 1, k):
        kmer = seq[i:i + k]
        if kmer in seen:
            return kmer
        seen.add(kmer)
    return None
''', "note": "only non-overlapping blocks"},
        {"id": "k2", "path": "dna.py", "replace": '''def repeated_kmer(seq, k):
    for i in range(len(seq) - k + 1):
        kmer = seq[i:i + k]
        if seq.count(kmer) > 1:
            return kmer
    return None
''', "note": "str.count on each substring"},
        {"id": "k3", "path": "dna.py", "replace": '''def repeated_kmer(seq, k):
    seen = set()
    for i in range(len(seq) - k + 1):
        kmer = seq[i:i + k]
        if kmer in seen:
            return kmer
        seen.add(kmer)
    return None
''', "note": "set of every length-k window"},
    ],
    "solution": ["k3"],
})

# --- 30. 2-D prefix sums -------------------------------------------------------------------------
TASKS.append({
    "id": "cp2-heatmap-regions", "family": "competitive", "split": "train", "level": 3,
    "description": "heatmap.region_totals sums each rectangle cell by cell; with 300 whole-map queries on a "
                   "40 x 40 map it runs out of time. Use a summed-area table so each query is O(1).",
    "files": {
        "heatmap.py": '''def region_totals(grid, rects):
    """For each (r1, c1, r2, c2), the sum of grid[r][c] for r1 <= r <= r2 and c1 <= c <= c2."""
    out = []
    for r1, c1, r2, c2 in rects:
        total = 0
        for r in range(r1, r2 + 1):
            for c in range(c1, c2 + 1):
                total += grid[r][c]
        out.append(total)
    return out
''',
    },
    "tests": [
        "import heatmap",
        "G = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]",
        "assert heatmap.region_totals(G, [(0, 0, 2, 2), (1, 1, 2, 2)]) == [45, 28]",
        "assert heatmap.region_totals(G, [(0, 1, 1, 2), (2, 0, 2, 0)]) == [16, 7]",
        "assert heatmap.region_totals([[1] * 40 for _ in range(40)], [(0, 0, 39, 39)] * 300)[-1] == 1600",
    ],
    "edits": [
        {"id": "h1", "path": "heatmap.py", "replace": '''def region_totals(grid, rects):
    """For each (r1, c1, r2, c2), the sum of grid[r][c] for r1 <= r <= r2 and c1 <= c <= c2."""
    rows, cols = len(grid), len(grid[0])
    s = [[0] * (cols + 1) for _ in range(rows + 1)]
    for r in range(rows):
        for c in range(cols):
            s[r + 1][c + 1] = grid[r][c] + s[r][c + 1] + s[r + 1][c] - s[r][c]
    return [s[r2 + 1][c2 + 1] - s[r1][c2 + 1] - s[r2 + 1][c1] + s[r1][c1] for r1, c1, r2, c2 in rects]
''', "note": "summed-area table with inclusion-exclusion"},
        {"id": "h2", "path": "heatmap.py", "replace": '''def region_totals(grid, rects):
    """For each (r1, c1, r2, c2), the sum of grid[r][c] for r1 <= r <= r2 and c1 <= c <= c2."""
    rows, cols = len(grid), len(grid[0])
    s = [[0] * (cols + 1) for _ in range(rows + 1)]
    for r in range(rows):
        for c in range(cols):
            s[r + 1][c + 1] = grid[r][c] + s[r][c + 1] + s[r + 1][c] - s[r][c]
    return [s[r2 + 1][c2 + 1] - s[r1][c2 + 1] - s[r2 + 1][c1] for r1, c1, r2, c2 in rects]
''', "note": "summed-area table, subtract the strip above and the strip to the left"},
        {"id": "h3", "path": "heatmap.py", "replace": '''def region_totals(grid, rects):
    """For each (r1, c1, r2, c2), the sum of grid[r][c] for r1 <= r <= r2 and c1 <= c <= c2."""
    rows, cols = len(grid), len(grid[0])
    s = [[0] * (cols + 1) for _ in range(rows + 1)]
    for r in range(rows):
        for c in range(cols):
            s[r + 1][c + 1] = grid[r][c] + s[r][c + 1] + s[r + 1][c] - s[r][c]
    return [s[r2][c2] - s[r1][c2] - s[r2][c1] + s[r1][c1] for r1, c1, r2, c2 in rects]
''', "note": "summed-area table, corners at (r2, c2)"},
    ],
    "solution": ["h1"],
})

# --- 31. greedy jump levels ---------------------------------------------------------------------
TASKS.append({
    "id": "cp2-frog-jumps", "family": "competitive", "split": "train", "level": 2,
    "description": "From stone i the frog can jump up to lengths[i] stones forward. `fewest_jumps` should give "
                   "the fewest jumps from the first stone to the last, or -1 if the last stone is unreachable.",
    "files": {
        "frog.py": '''def fewest_jumps(lengths):
    """Fewest jumps from stone 0 to the last stone; -1 if impossible."""
    raise NotImplementedError
''',
    },
    "tests": [
        "import frog",
        "assert frog.fewest_jumps([2, 3, 1, 1, 4]) == 2, '0 -> 1 -> 4'",
        "assert frog.fewest_jumps([3, 2, 1, 0, 4]) == -1, 'stone 3 is a dead end'",
        "assert frog.fewest_jumps([0]) == 0",
        "assert frog.fewest_jumps([1] * 1500) == 1499",
    ],
    "edits": [
        {"id": "j1", "path": "frog.py", "find": "    raise NotImplementedError\n",
         "replace": '''    last = len(lengths) - 1
    jumps = 0
    i = 0
    while i < last:
        if lengths[i] == 0:
            return -1
        i = min(last, i + lengths[i])
        jumps += 1
    return jumps
''', "note": "always take the longest jump"},
        {"id": "j2", "path": "frog.py", "find": "    raise NotImplementedError\n",
         "replace": '''    best = [0] + [-1] * (len(lengths) - 1)
    for i in range(1, len(lengths)):
        for j in range(i):
            if best[j] >= 0 and j + lengths[j] >= i and (best[i] < 0 or best[j] + 1 < best[i]):
                best[i] = best[j] + 1
    return best[-1]
''', "note": "fewest jumps to every stone from all earlier stones"},
        {"id": "j3", "path": "frog.py", "find": "    raise NotImplementedError\n",
         "replace": '''    last = len(lengths) - 1
    jumps = edge = reach = 0
    for i in range(last):
        if i > reach:
            return -1
        reach = max(reach, i + lengths[i])
        if i == edge:
            jumps += 1
            edge = reach
    return jumps if edge >= last else -1
''', "note": "breadth-first by jump count over ranges of stones"},
        {"id": "j4", "path": "frog.py", "find": "    raise NotImplementedError\n",
         "replace": '''    last = len(lengths) - 1
    jumps = edge = reach = 0
    for i in range(last):
        reach = max(reach, i + lengths[i])
        if i == edge:
            jumps += 1
            edge = reach
    return jumps
''', "note": "ranges of stones per jump count, no dead-end check"},
    ],
    "solution": ["j3"],
})

# --- 32. word break DP ---------------------------------------------------------------------------
TASKS.append({
    "id": "cp2-word-break", "family": "competitive", "split": "train", "level": 2,
    "description": "can_segment(text, words) tells whether text splits into dictionary words (each reusable). "
                   "It backtracks without remembering failures and hangs on 'aaaa...ab'.",
    "files": {
        "segmenter.py": '''def can_segment(text, words):
    if text == '':
        return True
    for w in words:
        if text.startswith(w) and can_segment(text[len(w):], words):
            return True
    return False
''',
    },
    "tests": [
        "import segmenter",
        "assert segmenter.can_segment('applepenapple', ['apple', 'pen']), 'words may be reused'",
        "assert not segmenter.can_segment('catsandog', ['cats', 'dog', 'sand', 'and', 'cat'])",
        "assert segmenter.can_segment('a' * 6, ['aaaa', 'aaa']), '3 + 3'",
        "assert segmenter.can_segment('a' * 8, ['aaaa', 'aaa']), '4 + 4'",
        "assert not segmenter.can_segment('a' * 40 + 'b', ['a', 'aa', 'aaa'])",
    ],
    "edits": [
        {"id": "w1", "path": "segmenter.py", "replace": '''def can_segment(text, words):
    while text:
        for w in sorted(words, key=len, reverse=True):
            if text.startswith(w):
                text = text[len(w):]
                break
        else:
            return False
    return True
''', "note": "greedy: longest matching word first"},
        {"id": "w2", "path": "segmenter.py", "replace": '''def can_segment(text, words):
    ok = [True] + [False] * len(text)
    for end in range(1, len(text) + 1):
        for w in words:
            if len(w) <= end and ok[end - len(w)] and text[end - len(w):end] == w:
                ok[end] = True
                break
    return ok[len(text)]
''', "note": "which prefixes can be segmented, shortest first"},
        {"id": "w3", "path": "segmenter.py", "replace": '''def can_segment(text, words):
    while text:
        for w in sorted(words, key=len):
            if text.startswith(w):
                text = text[len(w):]
                break
        else:
            return False
    return True
''', "note": "greedy: shortest matching word first"},
    ],
    "solution": ["w2"],
})

# --- 33. sieve with slice assignment ------------------------------------------------------------
TASKS.append({
    "id": "cp2-prime-count", "family": "competitive", "split": "train", "level": 2,
    "description": "count_primes_below(n) uses trial division and is too slow for n = 30000. Use a sieve.",
    "files": {
        "numtheory.py": '''def count_primes_below(n):
    """How many primes p satisfy p < n."""
    count = 0
    for k in range(2, n):
        d = 2
        while d * d <= k:
            if k % d == 0:
                break
            d += 1
        else:
            count += 1
    return count
''',
    },
    "tests": [
        "import numtheory",
        "assert numtheory.count_primes_below(10) == 4, '2, 3, 5, 7'",
        "assert numtheory.count_primes_below(2) == 0",
        "assert numtheory.count_primes_below(13) == 5, '13 itself is not below 13'",
        "assert numtheory.count_primes_below(30000) == 3245",
    ],
    "edits": [
        {"id": "n1", "path": "numtheory.py", "replace": '''def count_primes_below(n):
    """How many primes p satisfy p < n."""
    if n < 3:
        return 0
    sieve = [True] * (n + 1)
    sieve[0] = sieve[1] = False
    p = 2
    while p * p <= n:
        if sieve[p]:
            sieve[p * p::p] = [False] * len(range(p * p, n + 1, p))
        p += 1
    return sum(sieve)
''', "note": "counts n itself when it is prime"},
        {"id": "n2", "path": "numtheory.py", "replace": '''def count_primes_below(n):
    """How many primes p satisfy p < n."""
    primes = []
    for k in range(2, n):
        for p in primes:
            if p * p > k:
                primes.append(k)
                break
            if k % p == 0:
                break
        else:
            primes.append(k)
    return len(primes)
''', "note": "trial division by the primes found so far"},
        {"id": "n3", "path": "numtheory.py", "replace": '''def count_primes_below(n):
    """How many primes p satisfy p < n."""
    if n < 3:
        return 0
    sieve = [True] * n
    sieve[0] = sieve[1] = False
    p = 2
    while p * p < n:
        if sieve[p]:
            sieve[p * p::p] = [False] * len(range(p * p, n, p))
        p += 1
    return sum(sieve)
''', "note": "sieve below n"},
        {"id": "n4", "path": "numtheory.py", "replace": '''def count_primes_below(n):
    """How many primes p satisfy p < n."""
    if n < 3:
        return 0
    sieve = [True] * n
    sieve[0] = sieve[1] = False
    for p in range(2, n):
        if sieve[p]:
            for m in range(p * p, n, p):
                sieve[m] = False
    return sum(sieve)
''', "note": "mark multiples one at a time"},
    ],
    "solution": ["n3"],
})

# --- 34. hash set with run starts ----------------------------------------------------------------
TASKS.append({
    "id": "cp2-habit-streak", "family": "competitive", "split": "train", "level": 2,
    "description": "Implement `longest_streak(days)`: days are day numbers in any order, possibly repeated; "
                   "return the length of the longest run of consecutive day numbers. Linear time expected.",
    "files": {
        "habits.py": '''def longest_streak(days):
    raise NotImplementedError
''',
    },
    "tests": [
        "import habits",
        "assert habits.longest_streak([100, 4, 200, 1, 3, 2]) == 4",
        "assert habits.longest_streak([1, 2, 2, 3]) == 3, 'a repeated day does not break a streak'",
        "assert habits.longest_streak([]) == 0",
        "assert habits.longest_streak(list(range(1500, 0, -1))) == 1500",
    ],
    "edits": [
        {"id": "s1", "path": "habits.py", "replace": '''def longest_streak(days):
    present = set(days)
    best = 0
    for d in present:
        length = 1
        while d + length in present:
            length += 1
        best = max(best, length)
    return best
''', "note": "counts up from every day (quadratic on long runs)"},
        {"id": "s2", "path": "habits.py", "replace": '''def longest_streak(days):
    present = set(days)
    best = 0
    for d in present:
        if d - 1 in present:
            continue
        length = 1
        while d + length in present:
            length += 1
        best = max(best, length)
    return best
''', "note": "only starts counting at the first day of a run"},
        {"id": "s3", "path": "habits.py", "replace": '''def longest_streak(days):
    ordered = sorted(days)
    best = run = 1 if ordered else 0
    for a, b in zip(ordered, ordered[1:]):
        run = run + 1 if b == a + 1 else 1
        best = max(best, run)
    return best
''', "note": "duplicates break a run"},
    ],
    "solution": ["s2"],
})

# --- 35. OrderedDict as an LRU cache ------------------------------------------------------------
TASKS.append({
    "id": "cp2-lru-misses", "family": "competitive", "split": "train", "level": 2,
    "description": "cache_sim.count_misses(requests, capacity) simulates a least-recently-used cache and returns "
                   "the number of misses. Write it; traces have thousands of requests.",
    "files": {
        "cache_sim.py": '''from collections import OrderedDict


def count_misses(requests, capacity):
    """Misses of an LRU cache holding at most `capacity` keys (a hit refreshes the key)."""
    return -1
''',
    },
    "tests": [
        "import cache_sim",
        "assert cache_sim.count_misses([1, 2, 1, 3, 1, 2], 2) == 4, 'the hit on 1 makes 2 the oldest'",
        "assert cache_sim.count_misses([1, 2, 3], 0) == 3",
        "assert cache_sim.count_misses([7, 7, 7], 1) == 1, 'only the first request misses'",
        "assert cache_sim.count_misses(list(range(800)) * 2, 800) == 800",
    ],
    "edits": [
        {"id": "c1", "path": "cache_sim.py", "find": "    return -1\n",
         "replace": '''    cache = OrderedDict()
    misses = 0
    for key in requests:
        if key in cache:
            continue
        misses += 1
        if capacity == 0:
            continue
        if len(cache) >= capacity:
            cache.popitem(last=False)
        cache[key] = True
    return misses
''', "note": "hits do not refresh a key"},
        {"id": "c2", "path": "cache_sim.py", "find": "    return -1\n",
         "replace": '''    cache = []
    misses = 0
    for key in requests:
        pos = -1
        for i in range(len(cache)):
            if cache[i] == key:
                pos = i
                break
        if pos >= 0:
            cache.append(cache.pop(pos))
            continue
        misses += 1
        if capacity == 0:
            continue
        if len(cache) >= capacity:
            cache.pop(0)
        cache.append(key)
    return misses
''', "note": "list ordered by last use, searched for each key"},
        {"id": "c3", "path": "cache_sim.py", "find": "    return -1\n",
         "replace": '''    cache = OrderedDict()
    misses = 0
    for key in requests:
        if key in cache:
            cache.move_to_end(key)
            continue
        misses += 1
        if capacity == 0:
            continue
        if len(cache) >= capacity:
            cache.popitem(last=False)
        cache[key] = True
    return misses
''', "note": "OrderedDict, move_to_end on a hit"},
    ],
    "solution": ["c3"],
})

# --- 36. 0/1 knapsack DP --------------------------------------------------------------------------
TASKS.append({
    "id": "cp2-backpack", "family": "competitive", "split": "train", "level": 3,
    "description": "`best_value(items, capacity)` tries every subset of (weight, value) items. Twenty items is "
                   "already a million subsets. Replace it with dynamic programming over capacities; each item "
                   "may be packed at most once.",
    "files": {
        "gear.py": '''# (name, weight in kg, value to the trip)
GEAR = [("tent", 5, 60), ("stove", 3, 40), ("camera", 2, 30), ("book", 1, 5), ("rope", 4, 35)]
''',
        "planner.py": '''from gear import GEAR
from pack import best_value


def best_load(limit):
    """Most valuable set of GEAR weighing at most limit kg."""
    return best_value([(weight, value) for _, weight, value in GEAR], limit)
''',
        "pack.py": '''from itertools import combinations


def best_value(items, capacity):
    best = 0
    for size in range(1, len(items) + 1):
        for chosen in combinations(items, size):
            weight = sum(w for w, _ in chosen)
            if weight <= capacity:
                best = max(best, sum(v for _, v in chosen))
    return best
''',
    },
    "tests": [
        "import pack",
        "import planner",
        "assert pack.best_value([(1, 1), (3, 4), (4, 5), (5, 7)], 7) == 9",
        "assert planner.best_load(8) == 100, 'tent + stove'",
        "assert pack.best_value([(2, 3)], 4) == 3, 'each item can be packed only once'",
        "assert pack.best_value([(w, w * 3 + w % 4) for w in range(1, 21)], 50) == 168",
    ],
    "edits": [
        {"id": "p1", "path": "pack.py", "replace": '''def best_value(items, capacity):
    best = [0] * (capacity + 1)
    for w, v in items:
        for c in range(w, capacity + 1):
            best[c] = max(best[c], best[c - w] + v)
    return best[capacity]
''', "note": "best value per capacity, capacities ascending"},
        {"id": "p2", "path": "pack.py", "replace": '''def best_value(items, capacity):
    best = 0
    room = capacity
    for w, v in sorted(items, key=lambda item: item[1] / item[0], reverse=True):
        if w <= room:
            room -= w
            best += v
    return best
''', "note": "best value-per-weight first"},
        {"id": "p3", "path": "pack.py", "replace": '''def best_value(items, capacity):
    best = [0] * (capacity + 1)
    for w, v in items:
        for c in range(capacity, w - 1, -1):
            best[c] = max(best[c], best[c - w] + v)
    return best[capacity]
''', "note": "best value per capacity, capacities descending"},
    ],
    "solution": ["p3"],
})

# --- 37. flood fill, two files, both need a change ---------------------------------------------------
TASKS.append({
    "id": "cp2-island-count", "family": "competitive", "split": "train", "level": 4,
    "description": "Two problems with `count_islands`: cells that only touch at a corner are being merged "
                   "(islands connect through shared edges only), and the label-spreading loop needs one pass "
                   "per cell of the longest island, so a 400-cell coastline times out. Both need fixing.",
    "files": {
        "gridutil.py": '''STEPS = [(-1, -1), (-1, 0), (-1, 1), (0, -1), (0, 1), (1, -1), (1, 0), (1, 1)]


def neighbours(grid, r, c):
    """Cells sharing an edge with (r, c), inside the grid."""
    rows, cols = len(grid), len(grid[0])
    return [(r + dr, c + dc) for dr, dc in STEPS if 0 <= r + dr < rows and 0 <= c + dc < cols]
''',
        "islands.py": '''from gridutil import neighbours


def count_islands(grid):
    """Number of islands of '1' cells in a list of equal-length strings."""
    label = {}
    for r, row in enumerate(grid):
        for c, ch in enumerate(row):
            if ch == '1':
                label[(r, c)] = len(label)
    changed = True
    while changed:
        changed = False
        new = dict(label)
        for cell in label:
            for other in neighbours(grid, *cell):
                if other in label and label[other] < new[cell]:
                    new[cell] = label[other]
                    changed = True
        label = new
    return len(set(label.values()))
''',
    },
    "tests": [
        "import islands",
        "assert islands.count_islands(['11000', '11000', '00100', '00011']) == 3",
        "assert islands.count_islands(['101', '010', '101']) == 5, 'corner contact does not join islands'",
        "assert islands.count_islands(['101', '111']) == 1, 'a U shape is one island'",
        "assert islands.count_islands(['1' * 400]) == 1",
    ],
    "edits": [
        {"id": "n1", "path": "gridutil.py",
         "find": "STEPS = [(-1, -1), (-1, 0), (-1, 1), (0, -1), (0, 1), (1, -1), (1, 0), (1, 1)]\n",
         "replace": "STEPS = [(-1, 0), (0, -1), (0, 1), (1, 0)]\n",
         "note": "gridutil: edge neighbours only"},
        {"id": "n2", "path": "gridutil.py",
         "find": "STEPS = [(-1, -1), (-1, 0), (-1, 1), (0, -1), (0, 1), (1, -1), (1, 0), (1, 1)]\n",
         "replace": "STEPS = [(0, 1), (1, 0)]\n",
         "note": "gridutil: only look right and down"},
        {"id": "f1", "path": "islands.py",
         "find": '''    label = {}
    for r, row in enumerate(grid):
        for c, ch in enumerate(row):
            if ch == '1':
                label[(r, c)] = len(label)
    changed = True
    while changed:
        changed = False
        new = dict(label)
        for cell in label:
            for other in neighbours(grid, *cell):
                if other in label and label[other] < new[cell]:
                    new[cell] = label[other]
                    changed = True
        label = new
    return len(set(label.values()))
''',
         "replace": '''    seen = set()
    count = 0
    for r, row in enumerate(grid):
        for c, ch in enumerate(row):
            if ch != '1' or (r, c) in seen:
                continue
            count += 1
            seen.add((r, c))
            stack = [(r, c)]
            while stack:
                cell = stack.pop()
                for nr, nc in neighbours(grid, *cell):
                    if grid[nr][nc] == '1' and (nr, nc) not in seen:
                        seen.add((nr, nc))
                        stack.append((nr, nc))
    return count
''', "note": "islands: depth-first flood fill from each unseen land cell"},
        {"id": "f2", "path": "islands.py",
         "find": '''    label = {}
    for r, row in enumerate(grid):
        for c, ch in enumerate(row):
            if ch == '1':
                label[(r, c)] = len(label)
    changed = True
    while changed:
        changed = False
        new = dict(label)
        for cell in label:
            for other in neighbours(grid, *cell):
                if other in label and label[other] < new[cell]:
                    new[cell] = label[other]
                    changed = True
        label = new
    return len(set(label.values()))
''',
         "replace": '''    count = 0
    for r, row in enumerate(grid):
        for c, ch in enumerate(row):
            up = r > 0 and grid[r - 1][c] == '1'
            left = c > 0 and row[c - 1] == '1'
            if ch == '1' and not up and not left:
                count += 1
    return count
''', "note": "islands: count land cells with no land above or to the left"},
    ],
    "solution": ["n1", "f1"],
})

# --- 38. interval scheduling greedy -------------------------------------------------------------
TASKS.append({
    "id": "cp2-conference-talks", "family": "competitive", "split": "train", "level": 2,
    "description": "max_talks: the largest number of non-overlapping (start, end) talks one person can attend "
                   "(a talk may start exactly when the previous one ends). Current code is exponential.",
    "files": {
        "conference.py": '''def max_talks(talks):
    talks = sorted(talks)

    def best(i, free_from):
        if i == len(talks):
            return 0
        skip = best(i + 1, free_from)
        start, end = talks[i]
        if start >= free_from:
            return max(skip, 1 + best(i + 1, end))
        return skip

    return best(0, float('-inf'))
''',
    },
    "tests": [
        "import conference",
        "assert conference.max_talks([(1, 4), (3, 5), (0, 6), (5, 7), (8, 9), (5, 9)]) == 3",
        "assert conference.max_talks([(0, 10), (1, 2), (3, 4)]) == 2, 'one long talk blocks two short ones'",
        "assert conference.max_talks([(0, 5), (4, 6), (5, 10)]) == 2, 'a short talk can block two'",
        "assert conference.max_talks([(i, i + 1) for i in range(40)]) == 40",
    ],
    "edits": [
        {"id": "t1", "path": "conference.py", "replace": '''def max_talks(talks):
    count = 0
    free_from = float('-inf')
    for start, end in sorted(talks):
        if start >= free_from:
            count += 1
            free_from = end
    return count
''', "note": "earliest start first"},
        {"id": "t2", "path": "conference.py", "replace": '''def max_talks(talks):
    count = 0
    free_from = float('-inf')
    for start, end in sorted(talks, key=lambda t: t[1]):
        if start >= free_from:
            count += 1
            free_from = end
    return count
''', "note": "earliest end first"},
        {"id": "t3", "path": "conference.py", "replace": '''def max_talks(talks):
    chosen = []
    for start, end in sorted(talks, key=lambda t: t[1] - t[0]):
        if all(end <= s or start >= e for s, e in chosen):
            chosen.append((start, end))
    return len(chosen)
''', "note": "shortest talks first"},
    ],
    "solution": ["t2"],
})

# --- 39. repeated str.find ----------------------------------------------------------------------
TASKS.append({
    "id": "cp2-overlap-count", "family": "competitive", "split": "train", "level": 1,
    "description": "`count_overlapping(text, pattern)` -> number of (possibly overlapping) occurrences of a "
                   "non-empty pattern in text.",
    "files": {
        "textsearch.py": '''def count_overlapping(text, pattern):
    raise NotImplementedError
''',
    },
    "tests": [
        "import textsearch",
        "assert textsearch.count_overlapping('aaaa', 'aa') == 3, 'matches at 0, 1 and 2'",
        "assert textsearch.count_overlapping('abcabc', 'abc') == 2",
        "assert textsearch.count_overlapping('abc', 'd') == 0",
        "assert textsearch.count_overlapping('a' * 3000, 'a' * 60) == 2941",
    ],
    "edits": [
        {"id": "o1", "path": "textsearch.py", "replace": '''def count_overlapping(text, pattern):
    return text.count(pattern)
''', "note": "str.count"},
        {"id": "o2", "path": "textsearch.py", "replace": '''def count_overlapping(text, pattern):
    count = 0
    for i in range(len(text) - len(pattern) + 1):
        for j in range(len(pattern)):
            if text[i + j] != pattern[j]:
                break
        else:
            count += 1
    return count
''', "note": "naive matcher"},
        {"id": "o3", "path": "textsearch.py", "replace": '''def count_overlapping(text, pattern):
    count = 0
    pos = text.find(pattern)
    while pos != -1:
        count += 1
        pos = text.find(pattern, pos + 1)
    return count
''', "note": "str.find, resuming one past each match"},
        {"id": "o4", "path": "textsearch.py", "replace": '''def count_overlapping(text, pattern):
    count = 0
    pos = text.find(pattern)
    while pos != -1:
        count += 1
        pos = text.find(pattern, pos + len(pattern))
    return count
''', "note": "str.find, resuming after each match"},
    ],
    "solution": ["o3"],
})

# --- 40. two pointers for trapped water ------------------------------------------------------------
TASKS.append({
    "id": "cp2-trapped-rain", "family": "competitive", "split": "train", "level": 2,
    "description": "terrain.trapped_water(heights) looks left and right from every column, O(n^2). A 1,500-column "
                   "profile takes too long. Make it linear with two pointers.",
    "files": {
        "terrain.py": '''def trapped_water(heights):
    """Units of rain held between the columns of an elevation profile."""
    total = 0
    for i in range(len(heights)):
        left = 0
        for h in heights[:i + 1]:
            left = max(left, h)
        right = 0
        for h in heights[i:]:
            right = max(right, h)
        total += min(left, right) - heights[i]
    return total
''',
    },
    "tests": [
        "import terrain",
        "assert terrain.trapped_water([0, 1, 0, 2, 1, 0, 1, 3, 2, 1, 2, 1]) == 6",
        "assert terrain.trapped_water([4, 2, 0, 3, 2, 5]) == 9, 'the right wall is the tallest'",
        "assert terrain.trapped_water([]) == 0",
        "assert terrain.trapped_water(list(range(1500))) == 0",
    ],
    "edits": [
        {"id": "w1", "path": "terrain.py", "replace": '''def trapped_water(heights):
    """Units of rain held between the columns of an elevation profile."""
    total = 0
    left = 0
    for h in heights:
        left = max(left, h)
        total += left - h
    return total
''', "note": "ignores walls to the right"},
        {"id": "w2", "path": "terrain.py", "replace": '''def trapped_water(heights):
    """Units of rain held between the columns of an elevation profile."""
    total = 0
    lo, hi = 0, len(heights) - 1
    left_max = right_max = 0
    while lo < hi:
        if heights[lo] < heights[hi]:
            left_max = max(left_max, heights[lo])
            total += left_max - heights[lo]
            lo += 1
        else:
            right_max = max(right_max, heights[hi])
            total += right_max - heights[hi]
            hi -= 1
    return total
''', "note": "two pointers moving inwards from the lower side"},
        {"id": "w3", "path": "terrain.py", "replace": '''def trapped_water(heights):
    """Units of rain held between the columns of an elevation profile."""
    total = 0
    left = 0
    for i in range(len(heights)):
        left = max(left, heights[i])
        right = 0
        for h in heights[i:]:
            right = max(right, h)
        total += min(left, right) - heights[i]
    return total
''', "note": "running left maximum, right maximum rescanned"},
    ],
    "solution": ["w2"],
})

# --- 41. prefix and suffix products -----------------------------------------------------------------
TASKS.append({
    "id": "cp2-products-except", "family": "competitive", "split": "train", "level": 1,
    "description": "Write `products_except(nums)`: out[i] is the product of every element except nums[i]. "
                   "Inputs may contain zeros, and lists are long.",
    "files": {
        "factors.py": '''def products_except(nums):
    return [1 for _ in nums]
''',
    },
    "tests": [
        "import factors",
        "assert factors.products_except([1, 2, 3, 4]) == [24, 12, 8, 6], 'no division needed'",
        "assert factors.products_except([2, 0, 3]) == [0, 6, 0], 'zero in the input'",
        "assert factors.products_except([1] * 1200) == [1] * 1200",
    ],
    "edits": [
        {"id": "q1", "path": "factors.py", "replace": '''def products_except(nums):
    out = []
    for i in range(len(nums)):
        product = 1
        for j, x in enumerate(nums):
            if j != i:
                product *= x
        out.append(product)
    return out
''', "note": "multiply all the others for each position"},
        {"id": "q2", "path": "factors.py", "replace": '''def products_except(nums):
    total = 1
    for x in nums:
        total *= x
    return [total // x if x else 0 for x in nums]
''', "note": "divide the grand total by each element"},
        {"id": "q3", "path": "factors.py", "replace": '''def products_except(nums):
    out = [1] * len(nums)
    left = 1
    for i in range(len(nums)):
        out[i] = left
        left *= nums[i]
    right = 1
    for i in range(len(nums) - 1, -1, -1):
        out[i] *= right
        right *= nums[i]
    return out
''', "note": "left products times right products"},
    ],
    "solution": ["q3"],
})

# --- 42. prefix sums + hash map (negatives allowed) -------------------------------------------------
TASKS.append({
    "id": "cp2-balance-stretches", "family": "competitive", "split": "train", "level": 3,
    "description": "count_stretches(changes, k) should count the contiguous stretches of balance changes that "
                   "sum to exactly k. The sliding window in balance.py assumes changes are positive, but "
                   "withdrawals are negative and zeros are common. It must remain fast.",
    "files": {
        "balance.py": '''from collections import defaultdict


def count_stretches(changes, k):
    count = 0
    total = 0
    left = 0
    for right, x in enumerate(changes):
        total += x
        while total > k and left <= right:
            total -= changes[left]
            left += 1
        if total == k:
            count += 1
    return count
''',
    },
    "tests": [
        "import balance",
        "assert balance.count_stretches([1, 1, 1], 2) == 2",
        "assert balance.count_stretches([1, -1, 0], 0) == 3, 'negative changes and zeros'",
        "assert balance.count_stretches([3, 4, 7, 2, -3, 1, 4, 2], 7) == 4, '[3, 4], [7], [7, 2, -3, 1], [1, 4, 2]'",
        "assert balance.count_stretches([0] * 1500, 0) == 1125750",
    ],
    "edits": [
        {"id": "b1", "path": "balance.py",
         "find": '''    count = 0
    total = 0
    left = 0
    for right, x in enumerate(changes):
        total += x
        while total > k and left <= right:
            total -= changes[left]
            left += 1
        if total == k:
            count += 1
    return count
''',
         "replace": '''    count = 0
    for left in range(len(changes)):
        total = 0
        for right in range(left, len(changes)):
            total += changes[right]
            if total == k:
                count += 1
    return count
''', "note": "sum every stretch"},
        {"id": "b2", "path": "balance.py",
         "find": '''    count = 0
    total = 0
    left = 0
    for right, x in enumerate(changes):
        total += x
        while total > k and left <= right:
            total -= changes[left]
            left += 1
        if total == k:
            count += 1
    return count
''',
         "replace": '''    seen = defaultdict(int)
    seen[0] = 1
    count = 0
    total = 0
    for x in changes:
        total += x
        count += seen[total - k]
        seen[total] += 1
    return count
''', "note": "count earlier running totals equal to total - k"},
        {"id": "b3", "path": "balance.py",
         "find": "        while total > k and left <= right:\n",
         "replace": "        while total > k and left < right:\n",
         "note": "window never empties"},
    ],
    "solution": ["b2"],
})
