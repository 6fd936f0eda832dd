# More problem_solving templates (third batch, train only): find the buggy function, or two,
# among several and fix it. Each template is its own idea; plain data, nothing runs on import
# beyond building TASKS.

TASKS = []

# ---------------------------------------------------------------------------
# 1. tide gauge: a scan that stops one index early
# ---------------------------------------------------------------------------
TASKS.append({
    "id": "m3-ps-tide-peaks",
    "family": "problem_solving",
    "split": "train",
    "level": 2,
    "description": "Reported by the harbour office: on days when the tide peaks late in the record the "
                   "dashboard shows one high tide fewer than the paper chart. `summary` gets its count "
                   "from `high_tides`. Please find out which one is wrong and fix it.",
    "files": {
        "tides.py": '''def smooth(readings, window=3):
    """Centred moving average; near the ends, average whatever is available."""
    half = window // 2
    out = []
    for i in range(len(readings)):
        lo, hi = max(0, i - half), min(len(readings), i + half + 1)
        chunk = readings[lo:hi]
        out.append(sum(chunk) / len(chunk))
    return out


def high_tides(readings):
    """Indices i with readings[i-1] < readings[i] >= readings[i+1].

    A plateau counts once, at its first sample. The first and last samples are never peaks."""
    peaks = []
    for i in range(1, len(readings) - 2):
        if readings[i - 1] < readings[i] >= readings[i + 1]:
            peaks.append(i)
    return peaks


def tidal_range(readings):
    return max(readings) - min(readings)
''',
        "report.py": '''from tides import high_tides, tidal_range


def summary(readings):
    peaks = high_tides(readings)
    return {
        "highs": len(peaks),
        "range": tidal_range(readings),
        "first_high": peaks[0] if peaks else None,
    }
''',
    },
    "tests": [
        "import tides",
        "import report",
        "assert tides.high_tides([1, 3, 1, 4, 1]) == [1, 3], 'the peak just before the end is missing'",
        "assert tides.high_tides([0, 2, 2, 1]) == [1]",
        "assert tides.tidal_range([2.5, -0.5, 1.0]) == 3.0",
        "assert tides.smooth([3, 6, 9]) == [4.5, 6.0, 7.5]",
        "assert report.summary([0, 5, 1, 6, 2])['highs'] == 2",
        "assert report.summary([1, 1, 1])['first_high'] is None",
        "assert tides.high_tides([2, 1, 3]) == [], 'the last sample is never a peak'",
    ],
    "edits": [
        {"id": "t1", "path": "tides.py", "find": "    for i in range(1, len(readings) - 2):\n",
         "replace": "    for i in range(1, len(readings) - 1):\n",
         "note": "the loop bound skips the second-to-last sample"},
        {"id": "t2", "path": "tides.py",
         "find": "    for i in range(1, len(readings) - 2):\n        if readings[i - 1] < readings[i] >= readings[i + 1]:\n",
         "replace": "    for i in range(1, len(readings)):\n"
                    "        nxt = readings[i + 1] if i + 1 < len(readings) else float(\"-inf\")\n"
                    "        if readings[i - 1] < readings[i] >= nxt:\n",
         "note": "let the scan run all the way to the last reading"},
        {"id": "t3", "path": "tides.py", "find": "        if readings[i - 1] < readings[i] >= readings[i + 1]:\n",
         "replace": "        if readings[i - 1] <= readings[i] >= readings[i + 1]:\n",
         "note": "high_tides: treat a flat rise as a peak as well"},
        {"id": "t4", "path": "report.py", "find": '        "highs": len(peaks),\n',
         "replace": '        "highs": len(set(peaks)),\n',
         "note": "summary: don't double count a peak"},
    ],
    "solution": ["t1"],
})

# ---------------------------------------------------------------------------
# 2. shell history: a mutable default argument leaks between calls
# ---------------------------------------------------------------------------
TASKS.append({
    "id": "m3-ps-shell-history",
    "family": "problem_solving",
    "split": "train",
    "level": 2,
    "description": "ci/job 4412 (unit): 7/9 passed. The failing tests all go through `remember`; "
                   "`last` and `search` were not touched in this change.",
    "files": {
        "history.py": '''# Append command to history (moving a repeated command to the end) and drop the oldest
# entries beyond limit. The list passed in is updated in place and returned; with no list,
# a new history is started.
def remember(command, history=[], limit=5):
    if command in history:
        history.remove(command)
    history.append(command)
    while len(history) > limit:
        history.pop(0)
    return history


def last(history, n):
    return history[-n:] if n else []


def search(history, prefix):
    """Most recent first."""
    return [c for c in reversed(history) if c.startswith(prefix)]
''',
    },
    "tests": [
        "import history",
        "assert history.remember('ls') == ['ls']",
        "assert history.remember('pwd') == ['pwd'], 'a call without a list must start an empty history'",
        "h = history.remember('make', [])",
        "assert history.remember('make test', h) == ['make', 'make test']",
        "assert history.remember('make', h) == ['make test', 'make'] and h == ['make test', 'make']",
        "assert history.last(['a', 'b', 'c'], 2) == ['b', 'c']",
        "assert history.last(['a'], 0) == []",
        "assert history.search(['git st', 'ls', 'git log'], 'git') == ['git log', 'git st']",
        "assert len(history.remember('x', limit=2)) == 1",
    ],
    "edits": [
        {"id": "h1", "path": "history.py",
         "find": "def remember(command, history=[], limit=5):\n",
         "replace": "def remember(command, history=None, limit=5):\n",
         "note": "signature: default history=None"},
        {"id": "h2", "path": "history.py",
         "find": "def remember(command, history=[], limit=5):\n",
         "replace": "def remember(command, history=None, limit=5):\n    history = [] if history is None else history\n",
         "note": "remember: a shared [] default keeps every earlier call's commands"},
        {"id": "h3", "path": "history.py",
         "find": "    if command in history:\n        history.remove(command)\n",
         "replace": "    history = list(history)\n    if command in history:\n        history.remove(command)\n",
         "note": "copy the history before changing it"},
        {"id": "h4", "path": "history.py", "find": "    return history[-n:] if n else []\n",
         "replace": "    return history[len(history) - n:]\n",
         "note": "last(): simpler slice"},
        {"id": "h5", "path": "history.py", "find": "    return history\n\n\ndef last",
         "replace": "    return list(history)\n\n\ndef last",
         "note": "return a copy so callers can't alias it"},
    ],
    "solution": ["h2"],
})

# ---------------------------------------------------------------------------
# 3. air-quality station: floor division in a helper, and empty hours in the caller
# ---------------------------------------------------------------------------
TASKS.append({
    "id": "m3-ps-station-means",
    "family": "problem_solving",
    "split": "train",
    "level": 3,
    "description": "The air-quality station keeps a list of particulate readings for every hour of the day. "
                   "`daily_report` averages each hour with the shared helper `mean` and returns those "
                   "averages together with the spread over all readings of the day; `alert_hours` lists the "
                   "hours whose average is strictly above a threshold. Two things have gone wrong since the "
                   "last refactor: averages come out as whole numbers even when the readings do not divide "
                   "evenly, and a day on which the sensor was offline for an hour (an empty list) makes the "
                   "report crash instead of leaving that hour out. Both need fixing for the tests to pass.",
    "files": {
        "stats.py": '''def mean(values):
    return sum(values) // len(values)


def spread(values):
    return max(values) - min(values)
''',
        "station.py": '''from stats import mean, spread


def daily_report(samples):
    """samples: {hour: [readings]}. Returns ({hour: mean}, spread of all readings).
    Hours without readings are left out."""
    means = {}
    for hour, readings in samples.items():
        means[hour] = mean(readings)
    everything = [r for rs in samples.values() for r in rs]
    return means, spread(everything)


def alert_hours(samples, threshold):
    means, _ = daily_report(samples)
    return sorted(h for h, m in means.items() if m > threshold)
''',
    },
    "tests": [
        "import stats",
        "import station",
        "assert stats.mean([1, 2]) == 1.5",
        "assert stats.mean([4, 4, 4]) == 4",
        "assert stats.spread([3, 9, 1]) == 8",
        "assert station.daily_report({7: [10, 20], 8: [5]}) == ({7: 15, 8: 5}, 15)",
        "assert station.daily_report({7: [1, 2], 8: []})[0] == {7: 1.5}, 'an hour with no readings is left out'",
        "assert station.alert_hours({6: [], 9: [30, 31], 10: [29, 30]}, 30) == [9]",
    ],
    "edits": [
        {"id": "s1", "path": "stats.py", "find": "    return sum(values) // len(values)\n",
         "replace": "    return sum(values) / len(values)\n",
         "note": "mean: true division"},
        {"id": "s2", "path": "station.py", "find": "    for hour, readings in samples.items():\n        means[hour] = mean(readings)\n",
         "replace": "    for hour, readings in samples.items():\n        if readings:\n            means[hour] = mean(readings)\n",
         "note": "skip offline hours"},
        {"id": "s3", "path": "stats.py", "find": "    return sum(values) // len(values)\n",
         "replace": "    return sum(values) / len(values) if values else 0\n",
         "note": "the mean of no values is 0"},
        {"id": "s4", "path": "station.py", "find": "        means[hour] = mean(readings)\n",
         "replace": "        means[hour] = float(mean(readings))\n",
         "note": "daily_report: store averages as floats"},
        {"id": "s5", "path": "station.py", "find": "if m > threshold)\n",
         "replace": "if m >= threshold)\n",
         "note": "alert when the average reaches the threshold"},
    ],
    "solution": ["s1", "s2"],
})

# ---------------------------------------------------------------------------
# 4. roman numerals: equal neighbours subtract instead of add
# ---------------------------------------------------------------------------
TASKS.append({
    "id": "m3-ps-roman-repeat",
    "family": "problem_solving",
    "split": "train",
    "level": 2,
    "description": "Tests in numerals fail (`to_int`, `to_roman`, `is_valid`).",
    "files": {
        "numerals.py": '''VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}

PAIRS = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
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
    for value, symbol in PAIRS:
        while n >= value:
            out.append(symbol)
            n -= value
    return "".join(out)


def is_valid(numeral):
    """Canonical numerals only: 'IV' yes, 'IIII' no."""
    return bool(numeral) and all(c in VALUES for c in numeral) and to_roman(to_int(numeral)) == numeral
''',
    },
    "tests": [
        "import numerals",
        "assert numerals.to_int('IX') == 9",
        "assert numerals.to_int('MCMXCIV') == 1994",
        "assert numerals.to_int('III') == 3",
        "assert numerals.to_roman(2024) == 'MMXXIV'",
        "assert numerals.is_valid('XXI'), 'XXI is a canonical numeral'",
        "assert not numerals.is_valid('IIII')",
        "assert not numerals.is_valid('')",
    ],
    "edits": [
        {"id": "r1", "path": "numerals.py",
         "find": "        if i + 1 < len(numeral) and value <= VALUES[numeral[i + 1]]:\n",
         "replace": "        if i + 1 < len(numeral) and value < VALUES[numeral[i + 1]]:\n",
         "note": "to_int: a symbol followed by an equal one adds, it does not subtract"},
        {"id": "r2", "path": "numerals.py",
         "find": '''    total = 0
    for i, ch in enumerate(numeral):
        value = VALUES[ch]
        if i + 1 < len(numeral) and value <= VALUES[numeral[i + 1]]:
            total -= value
        else:
            total += value
    return total
''',
         "replace": '''    total, prev = 0, 0
    for ch in reversed(numeral):
        value = VALUES[ch]
        total += -value if value <= prev else value
        prev = value
    return total
''',
         "note": "to_int: walk the numeral from the right"},
        {"id": "r3", "path": "numerals.py",
         "find": "    return bool(numeral) and all(c in VALUES for c in numeral) and to_roman(to_int(numeral)) == numeral\n",
         "replace": "    return bool(numeral) and all(c in VALUES for c in numeral) and to_int(numeral) > 0\n",
         "note": "is_valid: any numeral with a positive value is valid"},
        {"id": "r4", "path": "numerals.py", "find": '    """Canonical numerals only: \'IV\' yes, \'IIII\' no."""\n',
         "replace": '    """Canonical numerals only: \'IV\' yes, \'IIII\' no."""\n    numeral = numeral.strip().upper()\n',
         "note": "accept lowercase input?"},
    ],
    "solution": ["r1"],
})

# ---------------------------------------------------------------------------
# 5. speedrun leaderboard: sorted by the time text instead of the seconds
# ---------------------------------------------------------------------------
TASKS.append({
    "id": "m3-ps-speedrun-rank",
    "family": "problem_solving",
    "split": "train",
    "level": 2,
    "description": "LB-88: why does a 10-minute run show up above a 9-minute run on the board? Times are "
                   "'h:mm:ss.s', 'm:ss.s' or plain seconds. Look at `rank`, `podium`, `parse_time` and "
                   "`personal_bests`.",
    "files": {
        "board.py": '''def parse_time(text):
    """'1:02:03.5', '2:03.5' or '3.5' -> seconds as a float."""
    seconds = 0.0
    for part in text.split(":"):
        seconds = seconds * 60 + float(part)
    return seconds


def rank(runs):
    """runs: (player, time text, submitted day). Fastest first; among equal times the earlier
    submission comes first."""
    return sorted(runs, key=lambda run: (run[1], run[2]))


def podium(runs):
    return [player for player, _, _ in rank(runs)[:3]]


def personal_bests(runs):
    best = {}
    for player, time_text, _day in runs:
        t = parse_time(time_text)
        if player not in best or t < best[player]:
            best[player] = t
    return best
''',
    },
    "tests": [
        "import board",
        "assert board.parse_time('1:02:03.5') == 3723.5",
        "assert board.parse_time('59.25') == 59.25",
        "assert board.podium([('ana', '9:59', 3), ('bo', '10:01', 1), ('cy', '9:58', 2)]) == ['cy', 'ana', 'bo']",
        "assert board.rank([('a', '5.0', 2), ('b', '5.0', 1)])[0][0] == 'b', 'equal times: earlier submission first'",
        "assert board.personal_bests([('a', '1:00', 1), ('a', '59.9', 2)]) == {'a': 59.9}",
        "assert [r[0] for r in board.rank([('x', '1:00:00', 5), ('y', '59:59', 4)])] == ['y', 'x']",
        "assert board.podium([('p', '59.0', 1), ('q', '1:00', 2)]) == ['p', 'q']",
    ],
    "edits": [
        {"id": "b1", "path": "board.py", "find": "    return sorted(runs, key=lambda run: (run[1], run[2]))\n",
         "replace": "    return sorted(runs, key=lambda run: (parse_time(run[1]), run[2]))\n",
         "note": "rank compares the time strings, not the seconds"},
        {"id": "b2", "path": "board.py", "find": "    return sorted(runs, key=lambda run: (run[1], run[2]))\n",
         "replace": "    return sorted(runs, key=lambda run: (parse_time(run[1]), -run[2]))\n",
         "note": "rank: parse times before sorting"},
        {"id": "b3", "path": "board.py", "find": "    return sorted(runs, key=lambda run: (run[1], run[2]))\n",
         "replace": "    return sorted(runs, key=lambda run: (len(run[1]), run[1], run[2]))\n",
         "note": "natural sort of the time column"},
        {"id": "b4", "path": "board.py", "find": "        if player not in best or t < best[player]:\n",
         "replace": "        if player not in best or t <= best[player]:\n",
         "note": "personal_bests: a tie should count as a new best"},
    ],
    "solution": ["b1"],
})

# ---------------------------------------------------------------------------
# 6. game-server config: '#' anywhere drops a line, and '=' in a value breaks the split
# ---------------------------------------------------------------------------
TASKS.append({
    "id": "m3-ps-server-config",
    "family": "problem_solving",
    "split": "train",
    "level": 3,
    "description": "The game server ignores the line 'motd = Welcome to room #4' in its config and crashes on "
                   "'query = a=b' with 'too many values to unpack'. Both come from `parse_line`; the "
                   "helpers `get_int` and `get_bool` read what `parse` returns.",
    "files": {
        "config.py": '''def parse_line(line):
    """'key = value' -> ('key', 'value'). Blank lines and lines starting with '#' -> None."""
    line = line.strip()
    if not line or "#" in line:
        return None
    key, value = line.split("=")
    return key.strip(), value.strip()


def parse(text):
    settings = {}
    for line in text.splitlines():
        pair = parse_line(line)
        if pair:
            settings[pair[0]] = pair[1]
    return settings


def get_int(settings, key, default=0):
    return int(settings[key]) if key in settings else default


def get_bool(settings, key):
    return settings.get(key, "").lower() in ("1", "yes", "true", "on")
''',
    },
    "tests": [
        "import config",
        "assert config.parse_line('  # port = 1') is None",
        "assert config.parse_line('') is None",
        "assert config.parse_line('port = 8080') == ('port', '8080')",
        "assert config.parse('motd = Welcome to room #4\\nport=1')['motd'] == 'Welcome to room #4', 'a # inside a value is not a comment'",
        "assert config.parse_line('query = a=b') == ('query', 'a=b')",
        "assert config.get_int(config.parse('workers = 4'), 'workers') == 4",
        "assert config.get_bool({'debug': 'Yes'}, 'debug')",
        "assert config.parse('# x = 1\\nx = 2\\nurl = http://h/?q=1#top') == {'x': '2', 'url': 'http://h/?q=1#top'}",
    ],
    "edits": [
        {"id": "c1", "path": "config.py", "find": '    if not line or "#" in line:\n',
         "replace": '    if not line or line.startswith("#"):\n',
         "note": "only a leading # makes a comment"},
        {"id": "c2", "path": "config.py", "find": '    key, value = line.split("=")\n',
         "replace": '    key, _, value = line.partition("=")\n',
         "note": "split on the first '=' only"},
        {"id": "c3", "path": "config.py", "find": '    line = line.strip()\n    if not line or "#" in line:\n',
         "replace": '    line = line.split("#", 1)[0].strip()\n    if not line:\n',
         "note": "strip trailing comments from each line"},
        {"id": "c4", "path": "config.py", "find": '    key, value = line.split("=")\n',
         "replace": '    key, value = line.split("=")[:2]\n',
         "note": "parse_line: ignore any extra pieces"},
        {"id": "c5", "path": "config.py",
         "find": '    return settings.get(key, "").lower() in ("1", "yes", "true", "on")\n',
         "replace": '    return bool(settings.get(key))\n',
         "note": "get_bool: any non-empty value counts as true"},
    ],
    "solution": ["c1", "c2"],
})

# ---------------------------------------------------------------------------
# 7. calendar: a leap-year helper without the 400-year rule, seen through its callers
# ---------------------------------------------------------------------------
TASKS.append({
    "id": "m3-ps-century-leap",
    "family": "problem_solving",
    "split": "train",
    "level": 2,
    "description": "`weekday` says 1 January 2024 was a Sunday; it was a Monday. `day_of_year` is also wrong for "
                   "dates in 2000. Everything in months.py is built on `is_leap` and `days_in_month`.",
    "files": {
        "dates.py": '''def is_leap(year):
    return year % 4 == 0 and year % 100 != 0


def year_length(year):
    return 366 if is_leap(year) else 365
''',
        "months.py": '''from dates import is_leap, year_length

DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def days_in_month(year, month):
    if month == 2 and is_leap(year):
        return 29
    return DAYS[month - 1]


def day_of_year(year, month, day):
    return sum(days_in_month(year, m) for m in range(1, month)) + day


def weekday(year, month, day):
    """0 = Monday. Counted from 1 January 1900, which was a Monday."""
    days = sum(year_length(y) for y in range(1900, year))
    return (days + day_of_year(year, month, day) - 1) % 7
''',
    },
    "tests": [
        "import dates",
        "import months",
        "assert dates.is_leap(2024)",
        "assert not dates.is_leap(1900)",
        "assert months.days_in_month(2000, 2) == 29, '2000 is divisible by 400, so it is a leap year'",
        "assert months.day_of_year(2023, 3, 1) == 60",
        "assert months.day_of_year(2000, 12, 31) == 366",
        "assert months.weekday(1900, 1, 1) == 0",
        "assert months.weekday(1999, 12, 31) == 4",
        "assert months.weekday(2024, 1, 1) == 0",
    ],
    "edits": [
        {"id": "d1", "path": "dates.py", "find": "    return year % 4 == 0 and year % 100 != 0\n",
         "replace": "    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)\n",
         "note": "is_leap forgets the 400-year rule"},
        {"id": "d2", "path": "months.py", "find": "    if month == 2 and is_leap(year):\n",
         "replace": "    if month == 2 and (is_leap(year) or year == 2000):\n",
         "note": "days_in_month: February 2000 had 29 days"},
        {"id": "d3", "path": "dates.py", "find": "    return year % 4 == 0 and year % 100 != 0\n",
         "replace": "    return year % 400 == 0 or year % 4 == 0\n",
         "note": "is_leap: any year divisible by 400 is a leap year"},
        {"id": "d4", "path": "months.py", "find": "    return (days + day_of_year(year, month, day) - 1) % 7\n",
         "replace": "    return (days + day_of_year(year, month, day)) % 7\n",
         "note": "weekday off by one?"},
    ],
    "solution": ["d1"],
})

# ---------------------------------------------------------------------------
# 8. metro map: a depth-first search that returns from inside its loop
# ---------------------------------------------------------------------------
TASKS.append({
    "id": "m3-ps-metro-reach",
    "family": "problem_solving",
    "split": "train",
    "level": 2,
    "description": "Journey planner: `unreachable_from` with start 'A' lists C, E and F although the map has the lines "
                   "A-C-E-F. `hops` (breadth-first) finds them fine; `reachable` does not.",
    "files": {
        "routes.py": '''from collections import deque


def neighbours(network, station):
    return sorted(network.get(station, ()))


def reachable(network, start, goal, seen=None):
    if seen is None:
        seen = set()
    if start == goal:
        return True
    seen.add(start)
    for nxt in neighbours(network, start):
        if nxt not in seen:
            return reachable(network, nxt, goal, seen)
    return False


def hops(network, start, goal):
    dist = {start: 0}
    queue = deque([start])
    while queue:
        cur = queue.popleft()
        if cur == goal:
            return dist[cur]
        for nxt in neighbours(network, cur):
            if nxt not in dist:
                dist[nxt] = dist[cur] + 1
                queue.append(nxt)
    return None


def unreachable_from(network, start):
    return sorted(s for s in network if not reachable(network, start, s))
''',
    },
    "tests": [
        "import routes",
        "net = {'A': ['B', 'C'], 'B': ['D'], 'C': ['E'], 'D': [], 'E': ['F'], 'F': []}",
        "assert routes.reachable(net, 'A', 'D')",
        "assert routes.reachable(net, 'A', 'F'), 'F is reachable through C and E'",
        "assert not routes.reachable(net, 'D', 'A')",
        "assert routes.hops(net, 'A', 'F') == 3",
        "assert routes.hops(net, 'F', 'A') is None",
        "assert routes.unreachable_from(net, 'C') == ['A', 'B', 'D']",
        "assert routes.unreachable_from(net, 'A') == []",
    ],
    "edits": [
        {"id": "g1", "path": "routes.py", "find": "            return reachable(network, nxt, goal, seen)\n",
         "replace": "            if reachable(network, nxt, goal, seen):\n                return True\n",
         "note": "reachable: only return early on success, keep trying the other branches"},
        {"id": "g2", "path": "routes.py", "find": "    return sorted(network.get(station, ()))\n",
         "replace": "    return sorted(network.get(station, ()), reverse=True)\n",
         "note": "neighbours: explore later stations first"},
        {"id": "g3", "path": "routes.py", "find": "    dist = {start: 0}\n",
         "replace": "    dist = {start: 1}\n",
         "note": "hops off by one"},
        {"id": "g4", "path": "routes.py", "find": "    if seen is None:\n        seen = set()\n",
         "replace": "    seen = set() if seen is None else set(seen)\n",
         "note": "reachable: don't share the seen set between branches"},
    ],
    "solution": ["g1"],
})

# ---------------------------------------------------------------------------
# 9. warehouse bins: source and target swapped at one call site
# ---------------------------------------------------------------------------
TASKS.append({
    "id": "m3-ps-bin-rebalance",
    "family": "problem_solving",
    "split": "train",
    "level": 2,
    "description": "Traceback (most recent call last):\n"
                   "  planner.rebalance({'A1': 12, 'B2': 3}, 10, 'Z9')\n"
                   "  stock.move(...)\n"
                   "ValueError: bin Z9 has only 0\n"
                   "`move` has its own tests and they pass; `consolidate` uses it too.",
    "files": {
        "stock.py": '''def move(stock, source, target, qty):
    """Move qty units from bin source to bin target; an emptied bin is removed.
    Raises ValueError if source holds fewer than qty."""
    have = stock.get(source, 0)
    if have < qty:
        raise ValueError(f"bin {source} has only {have}")
    stock[source] = have - qty
    stock[target] = stock.get(target, 0) + qty
    if stock[source] == 0:
        del stock[source]
    return stock
''',
        "planner.py": '''from stock import move


def overflow(stock, capacity):
    return {b: n - capacity for b, n in stock.items() if n > capacity}


def rebalance(stock, capacity, spare):
    """Move every bin's excess above capacity into the spare bin."""
    for b, extra in sorted(overflow(stock, capacity).items()):
        if b != spare:
            move(stock, spare, b, extra)
    return stock


def consolidate(stock, bins, into):
    for b in bins:
        if b != into and b in stock:
            move(stock, b, into, stock[b])
    return stock
''',
    },
    "tests": [
        "import stock",
        "import planner",
        "assert stock.move({'A1': 5}, 'A1', 'B2', 2) == {'A1': 3, 'B2': 2}",
        "assert stock.move({'A1': 2}, 'A1', 'B2', 2) == {'B2': 2}",
        "assert planner.overflow({'A1': 12, 'B2': 3}, 10) == {'A1': 2}",
        "assert planner.rebalance({'A1': 12, 'B2': 3}, 10, 'Z9') == {'A1': 10, 'B2': 3, 'Z9': 2}",
        "assert planner.consolidate({'A1': 1, 'B2': 4, 'C3': 2}, ['A1', 'C3'], 'B2') == {'B2': 7}",
        "assert planner.rebalance({'A1': 10}, 10, 'Z9') == {'A1': 10}",
        "assert planner.rebalance({'A1': 11, 'B2': 13, 'Z9': 1}, 10, 'Z9') == {'A1': 10, 'B2': 10, 'Z9': 5}",
    ],
    "edits": [
        {"id": "w1", "path": "planner.py", "find": "            move(stock, spare, b, extra)\n",
         "replace": "            move(stock, b, spare, extra)\n",
         "note": "rebalance: from the full bin to the spare, not the other way"},
        {"id": "w2", "path": "stock.py", "find": "def move(stock, source, target, qty):\n",
         "replace": "def move(stock, target, source, qty):\n",
         "note": "move() takes the target first"},
        {"id": "w3", "path": "stock.py", "find": "    if have < qty:\n        raise ValueError(f\"bin {source} has only {have}\")\n",
         "replace": "",
         "note": "don't raise on a short bin"},
        {"id": "w4", "path": "planner.py", "find": "if n > capacity}\n",
         "replace": "if n >= capacity}\n",
         "note": "overflow: a bin at capacity overflows too"},
    ],
    "solution": ["w1"],
})

# ---------------------------------------------------------------------------
# 10. workout log: a local variable named max hides the builtin
# ---------------------------------------------------------------------------
TASKS.append({
    "id": "m3-ps-workout-shadow",
    "family": "problem_solving",
    "split": "train",
    "level": 2,
    "description": "TypeError: 'int' object is not callable, from the training log. Functions: "
                   "`weekly_volume`, `streak`, `session_stats`, `progression`.",
    "files": {
        "training.py": '''def weekly_volume(sessions):
    """sessions: list of (day, [(reps, weight), ...]). Volume (reps * weight) per week,
    days 0-6 being week 0."""
    weeks = {}
    for day, sets in sessions:
        week = day // 7
        weeks[week] = weeks.get(week, 0) + sum(r * w for r, w in sets)
    return weeks


def streak(days):
    """Longest run of consecutive training days."""
    best = run = 0
    prev = None
    for d in sorted(set(days)):
        run = run + 1 if prev is not None and d == prev + 1 else 1
        best = max(best, run)
        prev = d
    return best


def session_stats(sets):
    """(total reps, heaviest weight, reps in the set with the most volume)."""
    reps = 0
    max = 0
    for r, w in sets:
        reps += r
        if w > max:
            max = w
    biggest = max(sets, key=lambda s: s[0] * s[1])
    return reps, max, biggest[0]


def progression(sessions):
    """Volume of the best week minus volume of the first week."""
    weeks = weekly_volume(sessions)
    return max(weeks.values()) - weeks[min(weeks)]
''',
    },
    "tests": [
        "import training",
        "assert training.weekly_volume([(0, [(5, 100)]), (3, [(5, 100), (3, 120)]), (8, [(10, 50)])]) == {0: 1360, 1: 500}",
        "assert training.streak([1, 2, 3, 5, 6]) == 3",
        "assert training.streak([]) == 0",
        "assert training.session_stats([(5, 100), (3, 120)]) == (8, 120, 5)",
        "assert training.session_stats([(1, 60)])[1] == 60",
        "assert training.progression([(1, [(5, 100)]), (8, [(5, 110)])]) == 50",
    ],
    "edits": [
        {"id": "x1", "path": "training.py",
         "find": '''    max = 0
    for r, w in sets:
        reps += r
        if w > max:
            max = w
    biggest = max(sets, key=lambda s: s[0] * s[1])
    return reps, max, biggest[0]
''',
         "replace": '''    heaviest = 0
    for r, w in sets:
        reps += r
        if w > heaviest:
            heaviest = w
    biggest = max(sets, key=lambda s: s[0] * s[1])
    return reps, heaviest, biggest[0]
''',
         "note": "session_stats: rename the local that shadows the builtin max"},
        {"id": "x2", "path": "training.py", "find": "    biggest = max(sets, key=lambda s: s[0] * s[1])\n",
         "replace": "    biggest = sorted(sets, key=lambda s: s[1])[-1]\n",
         "note": "session_stats: pick the biggest set with sorted()"},
        {"id": "x3", "path": "training.py", "find": "    best = run = 0\n",
         "replace": "    best = run = 1\n",
         "note": "streak: one day on its own is a streak of 1"},
        {"id": "x4", "path": "training.py", "find": "    return max(weeks.values()) - weeks[min(weeks)]\n",
         "replace": "    return max(weeks.values()) - weeks[0]\n",
         "note": "progression: the first week is week 0"},
    ],
    "solution": ["x1"],
})

# ---------------------------------------------------------------------------
# 11. course grades: the weight table spells a category differently from the records
# ---------------------------------------------------------------------------
TASKS.append({
    "id": "m3-ps-grade-weights",
    "family": "problem_solving",
    "split": "train",
    "level": 2,
    "description": "Several students wrote in: their final grade looks as if their lab work had never been "
                   "handed in. Someone who aced the homework but scored zero in the labs gets an A, while "
                   "someone who did well in the labs gains nothing from it. Records map a category "
                   "('homework', 'lab', 'exam') to a list of (earned, possible) pairs, and a category with "
                   "no scores at all is left out, the other weights being scaled up. Check "
                   "`final_grade`, `category_average`, `letter` and the `WEIGHTS` table.",
    "files": {
        "grades.py": '''WEIGHTS = {"homework": 0.3, "labs": 0.2, "exam": 0.5}


def category_average(scores):
    """scores: list of (earned, possible). A percentage, or None when there is nothing to average."""
    possible = sum(p for _, p in scores)
    if not possible:
        return None
    return 100 * sum(e for e, _ in scores) / possible


def final_grade(record):
    total = weight_sum = 0
    for category, weight in WEIGHTS.items():
        avg = category_average(record.get(category, []))
        if avg is None:
            continue
        total += weight * avg
        weight_sum += weight
    return round(total / weight_sum, 1)


def letter(grade):
    for cutoff, mark in ((90, "A"), (80, "B"), (70, "C"), (60, "D")):
        if grade >= cutoff:
            return mark
    return "F"
''',
    },
    "tests": [
        "import grades",
        "assert grades.category_average([(9, 10), (15, 20)]) == 80.0",
        "assert grades.category_average([]) is None",
        "rec = {'homework': [(9, 10)], 'lab': [(5, 10)], 'exam': [(80, 100)]}",
        "assert grades.final_grade(rec) == 77.0, 'labs are worth 20%'",
        "assert grades.final_grade({'exam': [(45, 50)]}) == 90.0",
        "assert grades.letter(grades.final_grade({'homework': [(10, 10)], 'lab': [(0, 10)]})) == 'D'",
        "assert grades.letter(89.9) == 'B'",
    ],
    "edits": [
        {"id": "k1", "path": "grades.py", "find": 'WEIGHTS = {"homework": 0.3, "labs": 0.2, "exam": 0.5}\n',
         "replace": 'WEIGHTS = {"homework": 0.3, "lab": 0.2, "exam": 0.5}\n',
         "note": "the weight table's key doesn't match the records' category name"},
        {"id": "k2", "path": "grades.py", "find": "    return round(total / weight_sum, 1)\n",
         "replace": "    return round(total, 1)\n",
         "note": "final_grade: the weights already add up to 1"},
        {"id": "k3", "path": "grades.py", "find": "    if not possible:\n        return None\n",
         "replace": "    if not possible:\n        return 0\n",
         "note": "category_average: an empty category scores 0"},
        {"id": "k4", "path": "grades.py", "find": "        if grade >= cutoff:\n",
         "replace": "        if grade > cutoff:\n",
         "note": "letter: cutoffs are exclusive"},
    ],
    "solution": ["k1"],
})

# ---------------------------------------------------------------------------
# 12. run-length codec: the last run is never written, and counts are read one digit at a time
# ---------------------------------------------------------------------------
TASKS.append({
    "id": "m3-ps-rle-codec",
    "family": "problem_solving",
    "split": "train",
    "level": 3,
    "description": "Round trip broken: decode(encode(s)) != s. `encode` turns 'aaabcc' into '3a1b2c' and "
                   "`decode` reverses it; `ratio` is the compressed length over the original length. There "
                   "may be more than one thing wrong.",
    "files": {
        "rle.py": '''import re


def encode(text):
    if not text:
        return ""
    out = []
    current, count = text[0], 0
    for ch in text:
        if ch == current:
            count += 1
        else:
            out.append(f"{count}{current}")
            current, count = ch, 1
    return "".join(out)


def decode(data):
    out = []
    i = 0
    while i < len(data):
        count = int(data[i])
        out.append(data[i + 1] * count)
        i += 2
    return "".join(out)


def ratio(text):
    return len(encode(text)) / len(text)
''',
    },
    "tests": [
        "import rle",
        "assert rle.encode('') == ''",
        "assert rle.encode('aaabcc') == '3a1b2c'",
        "assert rle.decode('3a1b2c') == 'aaabcc'",
        "assert rle.decode('12x') == 'x' * 12, 'counts can have more than one digit'",
        "assert rle.decode(rle.encode('z' * 15 + 'y')) == 'z' * 15 + 'y'",
        "assert rle.ratio('abab') == 2.0",
    ],
    "edits": [
        {"id": "e1", "path": "rle.py",
         "find": '            current, count = ch, 1\n    return "".join(out)\n',
         "replace": '            current, count = ch, 1\n    out.append(f"{count}{current}")\n    return "".join(out)\n',
         "note": "encode: flush the final run after the loop"},
        {"id": "e2", "path": "rle.py",
         "find": '''    out = []
    i = 0
    while i < len(data):
        count = int(data[i])
        out.append(data[i + 1] * count)
        i += 2
    return "".join(out)
''',
         "replace": '''    return "".join(ch * int(count) for count, ch in re.findall(r"(\\d+)(\\D)", data))
''',
         "note": "decode: read every digit of the count"},
        {"id": "e3", "path": "rle.py", "find": "        count = int(data[i])\n",
         "replace": "        count = int(data[i:i + 2])\n",
         "note": "decode: counts are two characters wide"},
        {"id": "e4", "path": "rle.py", "find": "    return len(encode(text)) / len(text)\n",
         "replace": "    return len(text) / len(encode(text))\n",
         "note": "ratio is upside down"},
        {"id": "e5", "path": "rle.py",
         "replace": '''import re
from itertools import groupby


def encode(text):
    return "".join(f"{len(list(run))}{ch}" for ch, run in groupby(text))


def decode(data):
    out = []
    i = 0
    while i < len(data):
        count = int(data[i])
        out.append(data[i + 1] * count)
        i += 2
    return "".join(out)


def ratio(text):
    return len(encode(text)) / len(text)
''',
         "note": "rewrite encode with itertools.groupby"},
    ],
    "solution": ["e1", "e2"],
})

# ---------------------------------------------------------------------------
# 13. latency histogram: the upper edge falls outside the last bucket
# ---------------------------------------------------------------------------
TASKS.append({
    "id": "m3-ps-latency-histogram",
    "family": "problem_solving",
    "split": "train",
    "level": 2,
    "description": "IndexError: list index out of range in `histogram` whenever a request takes exactly "
                   "the maximum latency of the range. `bucket_index` and `percentile` live in the same module.",
    "files": {
        "hist.py": '''import math


def bucket_index(value, lo, hi, n):
    """Which of n equal-width buckets over [lo, hi] holds value. hi belongs to the last bucket."""
    width = (hi - lo) / n
    return int((value - lo) / width)


def histogram(values, lo, hi, n):
    """Counts per bucket; values outside [lo, hi] are ignored."""
    counts = [0] * n
    for v in values:
        if lo <= v <= hi:
            counts[bucket_index(v, lo, hi, n)] += 1
    return counts


def percentile(values, p):
    """Nearest-rank percentile."""
    ordered = sorted(values)
    k = max(1, math.ceil(p / 100 * len(ordered)))
    return ordered[k - 1]
''',
    },
    "tests": [
        "import hist",
        "assert hist.bucket_index(0, 0, 100, 4) == 0",
        "assert hist.bucket_index(50, 0, 100, 4) == 2",
        "assert hist.bucket_index(99.9, 0, 100, 4) == 3",
        "assert hist.bucket_index(100, 0, 100, 4) == 3",
        "assert hist.histogram([5, 30, 55, 80], 0, 100, 4) == [1, 1, 1, 1]",
        "assert hist.histogram([10, 100], 0, 100, 4) == [1, 0, 0, 1], 'the upper edge belongs to the last bucket'",
        "assert hist.histogram([-1, 101], 0, 100, 2) == [0, 0]",
        "assert hist.percentile([15, 20, 35, 40, 50], 40) == 20",
        "assert hist.percentile([3, 1, 2], 100) == 3",
    ],
    "edits": [
        {"id": "q1", "path": "hist.py", "find": "    return int((value - lo) / width)\n",
         "replace": "    return min(n - 1, int((value - lo) / width))\n",
         "note": "clamp the top edge into the last bucket"},
        {"id": "q2", "path": "hist.py", "find": "        if lo <= v <= hi:\n",
         "replace": "        if lo <= v < hi:\n",
         "note": "histogram: the range is half-open"},
        {"id": "q3", "path": "hist.py", "find": "    width = (hi - lo) / n\n",
         "replace": "    width = (hi - lo) / n + 1e-9\n",
         "note": "float rounding at the edge; widen the buckets a hair"},
        {"id": "q4", "path": "hist.py", "find": "    k = max(1, math.ceil(p / 100 * len(ordered)))\n",
         "replace": "    k = max(1, math.floor(p / 100 * len(ordered)))\n",
         "note": "percentile: round the rank down"},
        {"id": "q5", "path": "hist.py", "find": "    counts = [0] * n\n",
         "replace": "    counts = [0] * (n + 1)\n",
         "note": "make room for values at the top edge"},
    ],
    "solution": ["q1"],
})

# ---------------------------------------------------------------------------
# 14. notes app: a class attribute shared by every instance
# ---------------------------------------------------------------------------
TASKS.append({
    "id": "m3-ps-tag-index-shared",
    "family": "problem_solving",
    "split": "train",
    "level": 2,
    "description": "Notes tagged in my 'work' index turn up when I search my 'home' index, and the other way "
                   "round. Each `TagIndex` should be independent; `merged` builds a new one from several.",
    "files": {
        "tagindex.py": '''class TagIndex:
    notes = {}

    def __init__(self, name):
        self.name = name

    def add(self, note_id, tags):
        for tag in tags:
            self.notes.setdefault(tag.lower(), set()).add(note_id)

    def find(self, tag):
        return sorted(self.notes.get(tag.lower(), ()))

    def find_all(self, tags):
        """Notes carrying every one of tags."""
        sets = [set(self.find(t)) for t in tags]
        return sorted(set.intersection(*sets)) if sets else []


def merged(name, *indexes):
    out = TagIndex(name)
    for index in indexes:
        for tag, ids in index.notes.items():
            for note_id in ids:
                out.add(note_id, [tag])
    return out
''',
    },
    "tests": [
        "from tagindex import TagIndex, merged",
        "work = TagIndex('work')",
        "work.add(1, ['Urgent', 'mail'])",
        "assert work.find('urgent') == [1]",
        "home = TagIndex('home')",
        "assert home.find('mail') == [], 'a new index starts empty'",
        "home.add(2, ['mail'])",
        "assert work.find('mail') == [1]",
        "assert work.find_all(['urgent', 'MAIL']) == [1]",
        "assert work.find_all([]) == []",
        "assert merged('all', work, home).find('mail') == [1, 2]",
    ],
    "edits": [
        {"id": "n1", "path": "tagindex.py",
         "find": "    notes = {}\n\n    def __init__(self, name):\n        self.name = name\n",
         "replace": "    def __init__(self, name):\n        self.name = name\n        self.notes = {}\n",
         "note": "TagIndex: every instance shares one class-level dict"},
        {"id": "n2", "path": "tagindex.py",
         "find": "    def __init__(self, name):\n        self.name = name\n",
         "replace": "    def __init__(self, name):\n        self.name = name\n        self.notes.clear()\n",
         "note": "start each index from an empty map"},
        {"id": "n3", "path": "tagindex.py",
         "find": "        return sorted(set.intersection(*sets)) if sets else []\n",
         "replace": "        return sorted(set.union(*sets)) if sets else []\n",
         "note": "find_all should match any of the tags?"},
        {"id": "n4", "path": "tagindex.py",
         "replace": '''from collections import defaultdict


class TagIndex:
    notes = defaultdict(set)

    def __init__(self, name):
        self.name = name

    def add(self, note_id, tags):
        for tag in tags:
            self.notes[tag.lower()].add(note_id)

    def find(self, tag):
        return sorted(self.notes.get(tag.lower(), ()))

    def find_all(self, tags):
        """Notes carrying every one of tags."""
        sets = [set(self.find(t)) for t in tags]
        return sorted(set.intersection(*sets)) if sets else []


def merged(name, *indexes):
    out = TagIndex(name)
    for index in indexes:
        for tag, ids in index.notes.items():
            for note_id in ids:
                out.add(note_id, [tag])
    return out
''',
         "note": "use a defaultdict for the tag map"},
    ],
    "solution": ["n1"],
})

# ---------------------------------------------------------------------------
# 15. release tags: a version parser that keeps strings, and a minor bump that keeps the patch
# ---------------------------------------------------------------------------
TASKS.append({
    "id": "m3-ps-semver-bump",
    "family": "problem_solving",
    "split": "train",
    "level": 3,
    "description": "release tooling: `latest` picks 1.9.0 over 1.10.0, `bump` crashes, and once it stops "
                   "crashing a minor bump of 1.4.2 must give 1.5.0. `parse` (versions.py) is shared by "
                   "`latest`, `is_upgrade` and `bump` (releases.py).",
    "files": {
        "versions.py": '''def parse(version):
    """'1.10.2' -> (1, 10, 2); a leading 'v' is allowed."""
    return tuple(version.lstrip("v").split("."))


def render(parts):
    return ".".join(str(p) for p in parts)
''',
        "releases.py": '''from versions import parse


def latest(tags):
    """The newest stable version; pre-releases such as '2.0.0-rc1' are skipped."""
    stable = [t for t in tags if "-" not in t]
    return max(stable, key=parse) if stable else None


def is_upgrade(current, candidate):
    return parse(candidate) > parse(current)


def bump(version, part):
    major, minor, patch = parse(version)
    if part == "major":
        return f"{major + 1}.0.0"
    if part == "minor":
        return f"{major}.{minor + 1}.{patch}"
    return f"{major}.{minor}.{patch + 1}"
''',
    },
    "tests": [
        "import versions",
        "import releases",
        "assert versions.parse('v1.10.2') == (1, 10, 2)",
        "assert versions.render((3, 0, 1)) == '3.0.1'",
        "assert releases.latest(['1.9.0', '1.10.0', '1.2.3']) == '1.10.0'",
        "assert releases.latest(['2.0.0-rc1', '1.4.0']) == '1.4.0'",
        "assert releases.latest([]) is None",
        "assert releases.is_upgrade('v0.9.9', '0.10.0')",
        "assert releases.bump('1.4.2', 'patch') == '1.4.3'",
        "assert releases.bump('1.4.2', 'minor') == '1.5.0', 'a minor bump resets the patch number'",
        "assert releases.bump('1.4.2', 'major') == '2.0.0'",
    ],
    "edits": [
        {"id": "v1", "path": "versions.py", "find": '    return tuple(version.lstrip("v").split("."))\n',
         "replace": '    return tuple(int(p) for p in version.lstrip("v").split("."))\n',
         "note": "parse returns strings, so '10' sorts before '9'"},
        {"id": "v2", "path": "releases.py", "find": '        return f"{major}.{minor + 1}.{patch}"\n',
         "replace": '        return f"{major}.{minor + 1}.0"\n',
         "note": "bump minor: patch goes back to 0"},
        {"id": "v3", "path": "releases.py", "find": "    return max(stable, key=parse) if stable else None\n",
         "replace": '    return max(stable, key=lambda t: [int(p) for p in t.split(".")]) if stable else None\n',
         "note": "latest: compare numerically"},
        {"id": "v4", "path": "versions.py", "find": '    return tuple(version.lstrip("v").split("."))\n',
         "replace": '    return tuple(map(int, version.split(".")))\n',
         "note": "parse: int() each component"},
        {"id": "v5", "path": "releases.py", "find": "    return parse(candidate) > parse(current)\n",
         "replace": "    return parse(candidate) >= parse(current)\n",
         "note": "is_upgrade: the same version is not a downgrade"},
    ],
    "solution": ["v1", "v2"],
})

# ---------------------------------------------------------------------------
# 16. cellular automaton: negative indices wrap, and the survival rule is missing
# ---------------------------------------------------------------------------
TASKS.append({
    "id": "m3-ps-life-edges",
    "family": "problem_solving",
    "split": "train",
    "level": 3,
    "description": "Our Game of Life board is bounded: cells beyond the edge are dead, nothing wraps around. "
                   "Standard rules: a dead cell with exactly three live neighbours is born, a live cell with "
                   "two or three survives, every other cell is dead next generation. A blinker should "
                   "oscillate and a lone cell should die, but neither happens. `neighbours` and `step` are the "
                   "suspects; `parse` and `population` are helpers.",
    "files": {
        "life.py": '''def parse(text):
    return [[1 if ch == "#" else 0 for ch in line] for line in text.split()]


def population(grid):
    return sum(map(sum, grid))


def neighbours(grid, r, c):
    count = 0
    for dr in (-1, 0, 1):
        for dc in (-1, 0, 1):
            if dr == dc == 0:
                continue
            try:
                count += grid[r + dr][c + dc]
            except IndexError:
                pass
    return count


def step(grid):
    new = []
    for r, row in enumerate(grid):
        new_row = []
        for c, alive in enumerate(row):
            n = neighbours(grid, r, c)
            new_row.append(1 if n == 3 else 0)
        new.append(new_row)
    return new
''',
    },
    "tests": [
        "import life",
        "g = life.parse('.#.\\n.#.\\n.#.')",
        "assert life.population(g) == 3",
        "assert life.neighbours(life.parse('#..\\n...\\n..#'), 0, 0) == 0, 'cells past the edge are dead, not the opposite edge'",
        "assert life.neighbours(g, 1, 0) == 3",
        "assert life.population(life.step(life.parse('#'))) == 0",
        "assert life.step(life.parse('.....\\n..#..\\n..#..\\n..#..\\n.....')) == life.parse('.....\\n.....\\n.###.\\n.....\\n.....')",
        "assert life.step(g) == life.parse('...\\n###\\n...')",
        "assert life.step(life.parse('##.\\n##.\\n...')) == life.parse('##.\\n##.\\n...')",
    ],
    "edits": [
        {"id": "l1", "path": "life.py",
         "find": '''            try:
                count += grid[r + dr][c + dc]
            except IndexError:
                pass
''',
         "replace": '''            rr, cc = r + dr, c + dc
            if 0 <= rr < len(grid) and 0 <= cc < len(grid[rr]):
                count += grid[rr][cc]
''',
         "note": "neighbours: a negative index reads the far edge instead of raising"},
        {"id": "l2", "path": "life.py", "find": "            new_row.append(1 if n == 3 else 0)\n",
         "replace": "            new_row.append(1 if n == 3 or (alive and n == 2) else 0)\n",
         "note": "step: live cells with two neighbours should stay alive"},
        {"id": "l3", "path": "life.py", "find": "                count += grid[r + dr][c + dc]\n",
         "replace": "                count += grid[(r + dr) % len(grid)][(c + dc) % len(grid[0])]\n",
         "note": "neighbours: wrap consistently at every edge"},
        {"id": "l4", "path": "life.py", "find": "            new_row.append(1 if n == 3 else 0)\n",
         "replace": "            new_row.append(1 if n in (2, 3) else 0)\n",
         "note": "two or three neighbours -> alive"},
        {"id": "l5", "path": "life.py", "find": "    return sum(map(sum, grid))\n",
         "replace": "    return sum(cell for row in grid for cell in row)\n",
         "note": "population: flatten instead of map"},
    ],
    "solution": ["l1", "l2"],
})

# ---------------------------------------------------------------------------
# 17. shift rota: 12 AM / 12 PM handled wrong, and durations not zero-padded
# ---------------------------------------------------------------------------
TASKS.append({
    "id": "m3-ps-shift-clock",
    "family": "problem_solving",
    "split": "train",
    "level": 4,
    "description": "FAILED test_shifts: describe('9:00 AM', '5:05 PM') gave '9:00 AM - 5:05 PM (8h5)', "
                   "expected '(8h05)'. Also a shift from 11:00 AM to 12:15 PM is reported as 13h15. "
                   "Clock times are parsed by `to_minutes` (clock.py), lengths formatted by `duration` "
                   "(fmt.py), and `shift_length` / `describe` (shifts.py) combine them.",
    "files": {
        "clock.py": '''def to_minutes(text):
    """'7:05 PM' -> 1145 minutes after midnight. '12:00 AM' is midnight, '12:30 PM' is 750."""
    time, suffix = text.split()
    h, m = (int(x) for x in time.split(":"))
    if suffix.upper() == "PM":
        h += 12
    return h * 60 + m
''',
        "fmt.py": '''def duration(minutes):
    """125 -> '2h05'."""
    h, m = divmod(minutes, 60)
    return f"{h}h{m}"
''',
        "shifts.py": '''from clock import to_minutes
from fmt import duration


def shift_length(start, end):
    """Minutes from start to end; a night shift runs past midnight."""
    return (to_minutes(end) - to_minutes(start)) % (24 * 60)


def describe(start, end):
    return f"{start} - {end} ({duration(shift_length(start, end))})"
''',
    },
    "tests": [
        "import clock",
        "import fmt",
        "import shifts",
        "assert clock.to_minutes('7:05 PM') == 1145",
        "assert clock.to_minutes('9:30 am') == 570",
        "assert clock.to_minutes('12:00 AM') == 0, '12 AM is midnight'",
        "assert clock.to_minutes('12:30 PM') == 750",
        "assert fmt.duration(125) == '2h05'",
        "assert fmt.duration(600) == '10h00'",
        "assert shifts.shift_length('10:00 PM', '6:00 AM') == 480",
        "assert shifts.shift_length('11:00 AM', '12:15 PM') == 75",
        "assert shifts.describe('9:00 AM', '5:05 PM') == '9:00 AM - 5:05 PM (8h05)'",
    ],
    "edits": [
        {"id": "z1", "path": "clock.py", "find": '    if suffix.upper() == "PM":\n        h += 12\n',
         "replace": '    h = h % 12 + (12 if suffix.upper() == "PM" else 0)\n',
         "note": "12 AM is hour 0 and 12 PM is hour 12"},
        {"id": "z2", "path": "fmt.py", "find": '    return f"{h}h{m}"\n',
         "replace": '    return f"{h}h{m:02d}"\n',
         "note": "duration: pad minutes to two digits"},
        {"id": "z3", "path": "clock.py", "find": '    if suffix.upper() == "PM":\n',
         "replace": '    if suffix.upper() == "PM" and h != 12:\n',
         "note": "don't add 12 hours to 12 PM"},
        {"id": "z4", "path": "shifts.py", "find": "    return (to_minutes(end) - to_minutes(start)) % (24 * 60)\n",
         "replace": "    return abs(to_minutes(end) - to_minutes(start))\n",
         "note": "shift_length: absolute difference, no modulo"},
        {"id": "z5", "path": "fmt.py", "find": '    return f"{h}h{m}"\n',
         "replace": '    return f"{h}h{m:2d}"\n',
         "note": "fixed-width minutes"},
        {"id": "z6", "path": "fmt.py", "find": '    return f"{h}h{m}"\n',
         "replace": '    return f"{h:02d}h{m:02d}"\n',
         "note": "zero-pad both fields (fixes 8h5)"},
    ],
    "solution": ["z1", "z2"],
})

# ---------------------------------------------------------------------------
# 18. agenda: bisect_left puts a new event before earlier ones at the same time
# ---------------------------------------------------------------------------
TASKS.append({
    "id": "m3-ps-agenda-ties",
    "family": "problem_solving",
    "split": "train",
    "level": 2,
    "description": "Why does an event I add at 9:00 jump ahead of the 9:00 event that was already in my "
                   "agenda? Events at the same time should keep the order they were added in. See `add`, "
                   "`next_event` and `between`.",
    "files": {
        "agenda.py": '''import bisect


def add(agenda, time, title):
    """agenda is a list of (time, title) kept sorted by time."""
    times = [t for t, _ in agenda]
    agenda.insert(bisect.bisect_left(times, time), (time, title))
    return agenda


def next_event(agenda, now):
    """The first event at or after now, or None."""
    times = [t for t, _ in agenda]
    i = bisect.bisect_left(times, now)
    return agenda[i] if i < len(agenda) else None


def between(agenda, start, end):
    """Events with start <= time < end."""
    times = [t for t, _ in agenda]
    return agenda[bisect.bisect_left(times, start):bisect.bisect_left(times, end)]
''',
    },
    "tests": [
        "import agenda",
        "a = []",
        "agenda.add(a, 900, 'standup')",
        "agenda.add(a, 1300, 'lunch')",
        "agenda.add(a, 900, 'coffee')",
        "assert [title for _, title in a] == ['standup', 'coffee', 'lunch'], 'same time: the first added stays first'",
        "assert agenda.next_event(a, 900) == (900, 'standup')",
        "assert agenda.next_event(a, 901) == (1300, 'lunch')",
        "assert agenda.next_event(a, 1400) is None",
        "assert len(agenda.between(a, 900, 1300)) == 2",
        "assert agenda.between(a, 1000, 1300) == []",
    ],
    "edits": [
        {"id": "y1", "path": "agenda.py", "find": "    agenda.insert(bisect.bisect_left(times, time), (time, title))\n",
         "replace": "    agenda.insert(bisect.bisect_right(times, time), (time, title))\n",
         "note": "add: insert after the events already at that time"},
        {"id": "y2", "path": "agenda.py", "find": "    agenda.insert(bisect.bisect_left(times, time), (time, title))\n",
         "replace": "    bisect.insort(agenda, (time, title))\n",
         "note": "add: let bisect.insort keep the list sorted"},
        {"id": "y3", "path": "agenda.py", "find": "    i = bisect.bisect_left(times, now)\n",
         "replace": "    i = bisect.bisect_right(times, now)\n",
         "note": "next_event: use bisect_right"},
        {"id": "y4", "path": "agenda.py",
         "find": "    return agenda[bisect.bisect_left(times, start):bisect.bisect_left(times, end)]\n",
         "replace": "    return agenda[bisect.bisect_left(times, start):bisect.bisect_right(times, end)]\n",
         "note": "between should include events at the end time"},
    ],
    "solution": ["y1"],
})

# ---------------------------------------------------------------------------
# 19. support triage: str.find used as a boolean
# ---------------------------------------------------------------------------
TASKS.append({
    "id": "m3-ps-triage-find",
    "family": "problem_solving",
    "split": "train",
    "level": 1,
    "description": "tests in triage fail: `tags` puts almost every ticket in every queue.",
    "files": {
        "triage.py": '''RULES = [
    ("billing", ["invoice", "refund", "charge"]),
    ("outage", ["down", "timeout", "502"]),
    ("login", ["password", "2fa", "locked out"]),
]


def mentions(text, word):
    return text.lower().find(word)


def tags(text):
    return [tag for tag, words in RULES if any(mentions(text, w) for w in words)]


def priority(text):
    found = tags(text)
    if "outage" in found:
        return 1
    return 2 if found else 3
''',
    },
    "tests": [
        "import triage",
        "assert triage.tags('Refund please, I was charged twice') == ['billing']",
        "assert triage.tags('timeout on checkout') == ['outage']",
        "assert triage.tags('Password reset link expired') == ['login']",
        "assert triage.tags('') == []",
        "assert triage.priority('site is down') == 1",
        "assert triage.priority('thanks for the help') == 3, 'no keyword, lowest priority'",
    ],
    "edits": [
        {"id": "f1", "path": "triage.py", "find": "    return text.lower().find(word)\n",
         "replace": "    return word in text.lower()\n",
         "note": "mentions: find() is -1 when absent, which is truthy"},
        {"id": "f2", "path": "triage.py", "find": "    return text.lower().find(word)\n",
         "replace": "    return text.lower().find(word) > 0\n",
         "note": "mentions: compare find() with 0"},
        {"id": "f3", "path": "triage.py", "find": "    return text.lower().find(word)\n",
         "replace": "    return text.find(word) != -1\n",
         "note": "mentions: test for -1 explicitly"},
        {"id": "f4", "path": "triage.py", "find": "if any(mentions(text, w) for w in words)]\n",
         "replace": "if all(mentions(text, w) for w in words)]\n",
         "note": "tags: stricter matching"},
    ],
    "solution": ["f1"],
})

# ---------------------------------------------------------------------------
# 20. weather readings: a generator consumed twice
# ---------------------------------------------------------------------------
TASKS.append({
    "id": "m3-ps-readings-generator",
    "family": "problem_solving",
    "split": "train",
    "level": 1,
    "description": "  File \"summary.py\", in describe\n"
                   "ValueError: max() arg is an empty sequence\n"
                   "The input was not empty: it had three readings. `readings`, `by_station` and "
                   "`warmest_station` look fine on the same data.",
    "files": {
        "summary.py": '''def readings(lines):
    """Temperatures from 'station,temp' lines, blank lines skipped (lazily)."""
    return (float(line.split(",")[1]) for line in lines if line.strip())


def describe(lines):
    temps = readings(lines)
    return {"min": min(temps), "max": max(temps)}


def by_station(lines):
    out = {}
    for line in lines:
        if line.strip():
            station, temp = line.split(",")
            out.setdefault(station.strip(), []).append(float(temp))
    return out


def warmest_station(lines):
    stations = by_station(lines)
    return max(stations, key=lambda s: sum(stations[s]) / len(stations[s]))
''',
    },
    "tests": [
        "import summary",
        "data = ['oslo,-3.5', '', 'rome,14.0', 'oslo,-1.5']",
        "assert summary.describe(data) == {'min': -3.5, 'max': 14.0}",
        "assert list(summary.readings(data)) == [-3.5, 14.0, -1.5]",
        "assert summary.by_station(data) == {'oslo': [-3.5, -1.5], 'rome': [14.0]}",
        "assert summary.warmest_station(data) == 'rome'",
        "assert summary.describe(['x,2']) == {'min': 2.0, 'max': 2.0}, 'one reading is both min and max'",
    ],
    "edits": [
        {"id": "i1", "path": "summary.py", "find": "    temps = readings(lines)\n",
         "replace": "    temps = list(readings(lines))\n",
         "note": "describe: min() exhausts the generator, so max() sees nothing"},
        {"id": "i2", "path": "summary.py", "find": '    return {"min": min(temps), "max": max(temps)}\n',
         "replace": '    return {"min": min(temps), "max": max(temps, default=None)}\n',
         "note": "max: give a default for an empty sequence"},
        {"id": "i3", "path": "summary.py", "find": "    temps = readings(lines)\n",
         "replace": "    temps = iter(readings(lines))\n",
         "note": "make sure temps is an iterator"},
        {"id": "i4", "path": "summary.py", "find": "            out.setdefault(station.strip(), []).append(float(temp))\n",
         "replace": "            out.setdefault(station.strip(), []).append(float(temp.strip()))\n",
         "note": "by_station: strip the value"},
    ],
    "solution": ["i1"],
})
