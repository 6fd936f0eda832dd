"""More function_completion templates (prefix m3-fc-): stubs to finish from a docstring or a
prose spec, 3 to 8 candidate bodies each, a third of them needing two bodies.

Importing this module only builds TASKS; nothing here runs candidate code.
"""

TASKS = []


# === knight moves on a chess board: docstring examples, 4 patches, one edit ===================
TASKS.append({
    "id": "m3-fc-knight-moves",
    "family": "function_completion",
    "split": "train",
    "level": 1,
    "description": "Complete `knight_moves` in chessboard.py; its docstring gives the contract.",
    "files": {
        "chessboard.py": '''"""Helpers for a small chess puzzle trainer."""

FILES = "abcdefgh"


def knight_moves(square):
    """Return the squares a knight standing on `square` can jump to, sorted.

    Squares are written in algebraic notation: a file letter a-h, then a rank 1-8.

    >>> knight_moves("a1")
    ['b3', 'c2']
    >>> knight_moves("d4")
    ['b3', 'b5', 'c2', 'c6', 'e2', 'e6', 'f3', 'f5']
    """
    ...
''',
    },
    "tests": [
        "import chessboard",
        "assert chessboard.knight_moves('a1') == ['b3', 'c2']",
        "assert chessboard.knight_moves('d4') == ['b3', 'b5', 'c2', 'c6', 'e2', 'e6', 'f3', 'f5']",
        "assert chessboard.knight_moves('b1') == ['a3', 'c3', 'd2'], 'from b1 the knight can land on the a-file'",
        "assert len(chessboard.knight_moves('h8')) == 2",
        "assert chessboard.knight_moves('g7') == ['e6', 'e8', 'f5', 'h5']",
    ],
    "edits": [
        {"id": "k1", "path": "chessboard.py", "find": "    ...\n",
         "replace": "    col, row = FILES.index(square[0]), int(square[1]) - 1\n"
                    "    jumps = [(1, 2), (2, 1), (2, -1), (1, -2), (-1, -2), (-2, -1), (-2, 1), (-1, 2)]\n"
                    "    found = []\n"
                    "    for dc, dr in jumps:\n"
                    "        c, r = col + dc, row + dr\n"
                    "        if 0 < c < 8 and 0 < r < 8:\n"
                    "            found.append(FILES[c] + str(r + 1))\n"
                    "    return sorted(found)\n",
         "note": "all eight jumps, strict bounds check"},
        {"id": "k2", "path": "chessboard.py", "find": "    ...\n",
         "replace": "    col, row = FILES.index(square[0]), int(square[1]) - 1\n"
                    "    jumps = [(1, 2), (2, 1), (2, -1), (1, -2), (-1, -2), (-2, -1), (-2, 1), (-1, 2)]\n"
                    "    found = []\n"
                    "    for dc, dr in jumps:\n"
                    "        c, r = col + dc, row + dr\n"
                    "        if 0 <= c < 8 and 0 <= r < 8:\n"
                    "            found.append(FILES[c] + str(r + 1))\n"
                    "    return sorted(found)\n",
         "note": "all eight L-shaped jumps, keep those on the board, sort"},
        {"id": "k3", "path": "chessboard.py", "find": "    ...\n",
         "replace": "    col, row = FILES.index(square[0]), int(square[1]) - 1\n"
                    "    found = []\n"
                    "    for dc, dr in [(1, 2), (2, 1), (-1, 2), (-2, 1)]:\n"
                    "        c, r = col + dc, row + dr\n"
                    "        if 0 <= c < 8 and 0 <= r < 8:\n"
                    "            found.append(FILES[c] + str(r + 1))\n"
                    "    return sorted(found)\n",
         "note": "jumps that move up the board"},
        {"id": "k4", "path": "chessboard.py", "find": "    ...\n",
         "replace": "    col, row = FILES.index(square[0]), int(square[1]) - 1\n"
                    "    found = []\n"
                    "    for dc, dr in [(1, 2), (2, 1), (2, -1), (1, -2), (-1, -2), (-2, -1), (-2, 1), (-1, 2)]:\n"
                    "        if 0 <= col + dc < 8 and 0 <= row + dr < 8:\n"
                    "            found.append(FILES[col + dc] + str(row + dr + 1))\n"
                    "    return found\n",
         "note": "walk the jumps clockwise and collect"},
    ],
    "solution": ["k2"],
})


# === ordered ways up a staircase: terse description, 5 patches ===============================
TASKS.append({
    "id": "m3-fc-stair-climbs",
    "family": "function_completion",
    "split": "train",
    "level": 2,
    "description": "`count_climbs(n, step_sizes)`: how many ordered step sequences reach stair n exactly "
                   "(1+2 and 2+1 differ). n == 0 -> 1. Repeated sizes in step_sizes count once.",
    "files": {
        "stairs.py": '''def count_climbs(n, step_sizes):
    # TODO: count the ordered sequences of steps that add up to exactly n
    return None
''',
    },
    "tests": [
        "import stairs",
        "assert stairs.count_climbs(4, [1, 2]) == 5",
        "assert stairs.count_climbs(3, [1, 2]) == 3, '1+2 and 2+1 are two different climbs'",
        "assert stairs.count_climbs(5, [2, 3]) == 2",
        "assert stairs.count_climbs(0, [1, 2]) == 1",
        "assert stairs.count_climbs(4, [1, 2, 2]) == 5, 'a size listed twice is still one size'",
        "assert stairs.count_climbs(7, [3]) == 0",
    ],
    "edits": [
        {"id": "s1", "path": "stairs.py",
         "find": "    # TODO: count the ordered sequences of steps that add up to exactly n\n    return None\n",
         "replace": "    sizes = set(step_sizes)\n"
                    "    ways = [1] + [0] * n\n"
                    "    for total in range(1, n + 1):\n"
                    "        ways[total] = sum(ways[total - s] for s in sizes if s <= total)\n"
                    "    return ways[n]\n",
         "note": "bottom-up table over totals, distinct sizes"},
        {"id": "s2", "path": "stairs.py",
         "find": "    # TODO: count the ordered sequences of steps that add up to exactly n\n    return None\n",
         "replace": "    ways = [1] + [0] * n\n"
                    "    for s in step_sizes:\n"
                    "        for total in range(s, n + 1):\n"
                    "            ways[total] += ways[total - s]\n"
                    "    return ways[n]\n",
         "note": "outer loop over sizes, inner over totals"},
        {"id": "s3", "path": "stairs.py",
         "find": "    # TODO: count the ordered sequences of steps that add up to exactly n\n    return None\n",
         "replace": "    a, b = 1, 1\n"
                    "    for _ in range(n):\n"
                    "        a, b = b, a + b\n"
                    "    return a\n",
         "note": "it's Fibonacci"},
        {"id": "s4", "path": "stairs.py",
         "find": "    # TODO: count the ordered sequences of steps that add up to exactly n\n    return None\n",
         "replace": "    if n <= 0:\n"
                    "        return 0\n"
                    "    return sum(1 if s == n else count_climbs(n - s, step_sizes) for s in step_sizes if s <= n)\n",
         "note": "recursive: try each first step"},
        {"id": "s5", "path": "stairs.py",
         "find": "    # TODO: count the ordered sequences of steps that add up to exactly n\n    return None\n",
         "replace": "    ways = [1] + [0] * n\n"
                    "    for total in range(1, n + 1):\n"
                    "        ways[total] = sum(ways[total - s] for s in step_sizes if s <= total)\n"
                    "    return ways[n]\n",
         "note": "bottom-up table over totals"},
    ],
    "solution": ["s1"],
})


# === shift lengths across midnight: 3 files, helper + caller, 6 patches, two edits ===========
TASKS.append({
    "id": "m3-fc-shift-minutes",
    "family": "function_completion",
    "split": "train",
    "level": 3,
    "description": "As a rota planner I want to see how long each shift is, including night shifts that "
                   "cross midnight. Two pieces are missing: `to_minutes` (clocktime.py) turns 'HH:MM' into "
                   "minutes after midnight, and the hour may have one digit ('7:05'); `minutes_until` "
                   "(shifts.py) counts forward from start to end. The same start and end means 0.",
    "files": {
        "clocktime.py": '''"""Wall-clock times written 'HH:MM', 24-hour."""

MINUTES_PER_DAY = 24 * 60


def to_minutes(stamp):
    """'07:45' -> 465."""
    raise NotImplementedError("to_minutes")
''',
        "shifts.py": '''from clocktime import MINUTES_PER_DAY, to_minutes


def minutes_until(start, end):
    """Minutes from `start` forward to the next `end`: '22:00' -> '06:00' is 480."""
    raise NotImplementedError("minutes_until")
''',
        "rota.py": '''from shifts import minutes_until


def weekly_minutes(shifts):
    """Total minutes worked over a list of (start, end) pairs."""
    return sum(minutes_until(start, end) for start, end in shifts)
''',
    },
    "tests": [
        "import clocktime",
        "import shifts",
        "import rota",
        "assert clocktime.to_minutes('07:45') == 465",
        "assert clocktime.to_minutes('7:05') == 425, 'a one-digit hour is allowed'",
        "assert clocktime.to_minutes('00:00') == 0",
        "assert shifts.minutes_until('09:00', '17:30') == 510",
        "assert shifts.minutes_until('22:00', '06:00') == 480, 'night shifts wrap past midnight'",
        "assert shifts.minutes_until('13:15', '13:15') == 0",
        "assert rota.weekly_minutes([('23:59', '0:01'), ('8:00', '12:00')]) == 242",
    ],
    "edits": [
        {"id": "c1", "path": "clocktime.py", "find": "    raise NotImplementedError(\"to_minutes\")\n",
         "replace": "    return int(stamp.replace(\":\", \"\"))\n",
         "note": "drop the colon and read the number"},
        {"id": "c2", "path": "clocktime.py", "find": "    raise NotImplementedError(\"to_minutes\")\n",
         "replace": "    hours, minutes = stamp.split(\":\")\n"
                    "    return int(hours) * 60 + int(minutes)\n",
         "note": "split at the colon: hours * 60 + minutes"},
        {"id": "c3", "path": "clocktime.py", "find": "    raise NotImplementedError(\"to_minutes\")\n",
         "replace": "    return int(stamp[:2]) * 60 + int(stamp[-2:])\n",
         "note": "fixed-width slices for hours and minutes"},
        {"id": "m1", "path": "shifts.py", "find": "    raise NotImplementedError(\"minutes_until\")\n",
         "replace": "    gap = to_minutes(end) - to_minutes(start)\n"
                    "    return gap if gap > 0 else gap + MINUTES_PER_DAY\n",
         "note": "add a day when the end is not after the start"},
        {"id": "m2", "path": "shifts.py", "find": "    raise NotImplementedError(\"minutes_until\")\n",
         "replace": "    return abs(to_minutes(end) - to_minutes(start))\n",
         "note": "absolute difference of the two times"},
        {"id": "m3", "path": "shifts.py", "find": "    raise NotImplementedError(\"minutes_until\")\n",
         "replace": "    return (to_minutes(end) - to_minutes(start)) % MINUTES_PER_DAY\n",
         "note": "difference modulo one day"},
    ],
    "solution": ["c2", "m3"],
})


# === spreadsheet column letters both ways: one file, two stubs, 6 patches ====================
TASKS.append({
    "id": "m3-fc-sheet-columns",
    "family": "function_completion",
    "split": "train",
    "level": 2,
    "description": "sheet.py needs both directions of spreadsheet column naming: `column_label` (1 -> 'A', "
                   "26 -> 'Z', 27 -> 'AA', 703 -> 'AAA') and `column_number`, its inverse, which also "
                   "accepts lower case ('xfd' -> 16384).",
    "files": {
        "sheet.py": '''"""Spreadsheet column names: 1 -> 'A', 26 -> 'Z', 27 -> 'AA', 28 -> 'AB', ..."""

import string

LETTERS = string.ascii_uppercase


def column_label(index):
    """1-based column number -> its letters."""
    pass


def column_number(label):
    """Letters -> 1-based column number."""
    pass
''',
    },
    "tests": [
        "import sheet",
        "assert sheet.column_label(1) == 'A'",
        "assert sheet.column_label(26) == 'Z', 'column 26 is Z'",
        "assert sheet.column_label(28) == 'AB'",
        "assert sheet.column_label(703) == 'AAA'",
        "assert sheet.column_number('AB') == 28",
        "assert sheet.column_number('xfd') == 16384",
        "assert all(sheet.column_number(sheet.column_label(k)) == k for k in range(1, 800))",
    ],
    "edits": [
        {"id": "L1", "path": "sheet.py", "find": "    \"\"\"1-based column number -> its letters.\"\"\"\n    pass\n",
         "replace": "    \"\"\"1-based column number -> its letters.\"\"\"\n"
                    "    letters = \"\"\n"
                    "    while index > 0:\n"
                    "        index, rest = divmod(index, 26)\n"
                    "        letters = LETTERS[rest - 1] + letters\n"
                    "    return letters\n",
         "note": "column_label: base-26 digits"},
        {"id": "L2", "path": "sheet.py", "find": "    \"\"\"1-based column number -> its letters.\"\"\"\n    pass\n",
         "replace": "    \"\"\"1-based column number -> its letters.\"\"\"\n"
                    "    letters = \"\"\n"
                    "    while index > 0:\n"
                    "        index, rest = divmod(index - 1, 26)\n"
                    "        letters = LETTERS[rest] + letters\n"
                    "    return letters\n",
         "note": "column_label: bijective base-26, subtract one before each divmod"},
        {"id": "L3", "path": "sheet.py", "find": "    \"\"\"1-based column number -> its letters.\"\"\"\n    pass\n",
         "replace": "    \"\"\"1-based column number -> its letters.\"\"\"\n"
                    "    if index <= 26:\n"
                    "        return LETTERS[index - 1]\n"
                    "    return LETTERS[(index - 1) // 26 - 1] + LETTERS[(index - 1) % 26]\n",
         "note": "column_label: one or two letters"},
        {"id": "N1", "path": "sheet.py", "find": "    \"\"\"Letters -> 1-based column number.\"\"\"\n    pass\n",
         "replace": "    \"\"\"Letters -> 1-based column number.\"\"\"\n"
                    "    total = 0\n"
                    "    for ch in label:\n"
                    "        total = total * 26 + LETTERS.index(ch) + 1\n"
                    "    return total\n",
         "note": "column_number: fold the letters left to right"},
        {"id": "N2", "path": "sheet.py", "find": "    \"\"\"Letters -> 1-based column number.\"\"\"\n    pass\n",
         "replace": "    \"\"\"Letters -> 1-based column number.\"\"\"\n"
                    "    total = 0\n"
                    "    for ch in label.upper():\n"
                    "        total = total * 26 + LETTERS.index(ch) + 1\n"
                    "    return total\n",
         "note": "column_number: upper-case, then fold the letters left to right"},
        {"id": "N3", "path": "sheet.py", "find": "    \"\"\"Letters -> 1-based column number.\"\"\"\n    pass\n",
         "replace": "    \"\"\"Letters -> 1-based column number.\"\"\"\n"
                    "    total = 0\n"
                    "    for ch in label.upper():\n"
                    "        total = total * 26 + LETTERS.index(ch)\n"
                    "    return total + 1\n",
         "note": "column_number: zero-based digits, add one at the end"},
    ],
    "solution": ["L2", "N2"],
})


# === print-dialog page ranges: long spec with listed edge cases, 5 patches ===================
TASKS.append({
    "id": "m3-fc-page-spec",
    "family": "function_completion",
    "split": "train",
    "level": 2,
    "description": "Finish `page_spec(pages)` in printing.py. It turns page numbers into the compact text a "
                   "print dialog shows.\n"
                   "Rules:\n"
                   "- the input may be any iterable, unsorted, with duplicates: sort it and drop duplicates;\n"
                   "- a run of three or more consecutive pages is written 'first-last';\n"
                   "- a run of exactly two stays as two numbers ('7,8');\n"
                   "- items are joined by commas, no spaces;\n"
                   "- no pages at all gives ''.",
    "files": {
        "printing.py": '''"""Print dialog helpers."""


def page_spec(pages):
    raise NotImplementedError
''',
    },
    "tests": [
        "import printing",
        "assert printing.page_spec([1, 2, 3, 5, 7, 8]) == '1-3,5,7,8'",
        "assert printing.page_spec([4]) == '4'",
        "assert printing.page_spec([]) == ''",
        "assert printing.page_spec([9, 3, 1, 2, 10, 11]) == '1-3,9-11', 'input order does not matter'",
        "assert printing.page_spec([5, 5, 6, 7, 7]) == '5-7', 'duplicates are dropped'",
        "assert printing.page_spec(range(1, 101)) == '1-100'",
    ],
    "edits": [
        {"id": "p1", "path": "printing.py", "find": "    raise NotImplementedError\n",
         "replace": "    from itertools import groupby\n"
                    "    ordered = sorted(set(pages))\n"
                    "    parts = []\n"
                    "    for _, run in groupby(enumerate(ordered), key=lambda pair: pair[1] - pair[0]):\n"
                    "        run = [page for _, page in run]\n"
                    "        parts.append(f\"{run[0]}-{run[-1]}\" if len(run) > 2 else \",\".join(map(str, run)))\n"
                    "    return \",\".join(parts)\n",
         "note": "group pages by (page - position); runs of 3+ become a range"},
        {"id": "p2", "path": "printing.py", "find": "    raise NotImplementedError\n",
         "replace": "    ordered = sorted(set(pages))\n"
                    "    parts, i = [], 0\n"
                    "    while i < len(ordered):\n"
                    "        j = i\n"
                    "        while j + 1 < len(ordered) and ordered[j + 1] == ordered[j] + 1:\n"
                    "            j += 1\n"
                    "        if j > i:\n"
                    "            parts.append(f\"{ordered[i]}-{ordered[j]}\")\n"
                    "        else:\n"
                    "            parts.append(str(ordered[i]))\n"
                    "        i = j + 1\n"
                    "    return \",\".join(parts)\n",
         "note": "scan for runs; any run longer than one page becomes a range"},
        {"id": "p3", "path": "printing.py", "find": "    raise NotImplementedError\n",
         "replace": "    from itertools import groupby\n"
                    "    ordered = sorted(pages)\n"
                    "    parts = []\n"
                    "    for _, run in groupby(enumerate(ordered), key=lambda pair: pair[1] - pair[0]):\n"
                    "        run = [page for _, page in run]\n"
                    "        parts.append(f\"{run[0]}-{run[-1]}\" if len(run) > 2 else \",\".join(map(str, run)))\n"
                    "    return \",\".join(parts)\n",
         "note": "sort, then group consecutive pages"},
        {"id": "p4", "path": "printing.py", "find": "    raise NotImplementedError\n",
         "replace": "    from itertools import groupby\n"
                    "    ordered = list(dict.fromkeys(pages))\n"
                    "    parts = []\n"
                    "    for _, run in groupby(enumerate(ordered), key=lambda pair: pair[1] - pair[0]):\n"
                    "        run = [page for _, page in run]\n"
                    "        parts.append(f\"{run[0]}-{run[-1]}\" if len(run) > 2 else \",\".join(map(str, run)))\n"
                    "    return \",\".join(parts)\n",
         "note": "dedupe keeping first-seen order, then group"},
        {"id": "p5", "path": "printing.py", "find": "    raise NotImplementedError\n",
         "replace": "    from itertools import groupby\n"
                    "    ordered = sorted(set(pages))\n"
                    "    parts = []\n"
                    "    for _, run in groupby(enumerate(ordered), key=lambda pair: pair[1] - pair[0]):\n"
                    "        run = [page for _, page in run]\n"
                    "        parts.append(f\"{run[0]}-{run[-1]}\" if len(run) > 2 else \", \".join(map(str, run)))\n"
                    "    return \", \".join(parts)\n",
         "note": "readable output with a space after each comma"},
    ],
    "solution": ["p1"],
})


# === did-you-mean: one typo apart, user story, 4 patches ======================================
TASKS.append({
    "id": "m3-fc-one-typo",
    "family": "function_completion",
    "split": "train",
    "level": 2,
    "description": "Our search box offers a 'did you mean' hint only for words exactly one typo away from a "
                   "known word: one inserted, deleted or replaced character. Identical words are not a typo, "
                   "and case matters ('Cat' vs 'cat' is one replacement). Write `one_edit_apart`.",
    "files": {
        "typo.py": '''def one_edit_apart(a, b):
    """True when b can be made from a by exactly one insertion, deletion or substitution.

    >>> one_edit_apart("cat", "cut")
    True
    >>> one_edit_apart("cat", "cast")
    True
    >>> one_edit_apart("cat", "cat")
    False
    """
    return None  # not written yet
''',
    },
    "tests": [
        "import typo",
        "assert typo.one_edit_apart('cat', 'cut')",
        "assert typo.one_edit_apart('cat', 'cast')",
        "assert typo.one_edit_apart('cast', 'cat'), 'a deletion is one edit too'",
        "assert not typo.one_edit_apart('cat', 'cat')",
        "assert not typo.one_edit_apart('cat', 'dog')",
        "assert typo.one_edit_apart('', 'a')",
        "assert typo.one_edit_apart('Cat', 'cat'), 'case counts: C -> c is a substitution'",
        "assert not typo.one_edit_apart('abc', 'bca')",
    ],
    "edits": [
        {"id": "t1", "path": "typo.py", "find": "    return None  # not written yet\n",
         "replace": "    return len(a) == len(b) and sum(x != y for x, y in zip(a, b)) == 1\n",
         "note": "count positions that differ"},
        {"id": "t2", "path": "typo.py", "find": "    return None  # not written yet\n",
         "replace": "    if abs(len(a) - len(b)) > 1 or a == b:\n"
                    "        return False\n"
                    "    if len(a) > len(b):\n"
                    "        a, b = b, a\n"
                    "    i = 0\n"
                    "    while i < len(a) and a[i] == b[i]:\n"
                    "        i += 1\n"
                    "    if len(a) == len(b):\n"
                    "        return a[i + 1:] == b[i + 1:]\n"
                    "    return a[i:] == b[i + 1:]\n",
         "note": "shorter word first, skip the common prefix, compare the tails"},
        {"id": "t3", "path": "typo.py", "find": "    return None  # not written yet\n",
         "replace": "    if abs(len(a) - len(b)) > 1 or a == b:\n"
                    "        return False\n"
                    "    i = 0\n"
                    "    while i < len(a) and a[i] == b[i]:\n"
                    "        i += 1\n"
                    "    if len(a) == len(b):\n"
                    "        return a[i + 1:] == b[i + 1:]\n"
                    "    return a[i:] == b[i + 1:]\n",
         "note": "skip the common prefix, compare the tails"},
        {"id": "t4", "path": "typo.py", "find": "    return None  # not written yet\n",
         "replace": "    a, b = a.lower(), b.lower()\n"
                    "    if abs(len(a) - len(b)) > 1 or a == b:\n"
                    "        return False\n"
                    "    if len(a) > len(b):\n"
                    "        a, b = b, a\n"
                    "    i = 0\n"
                    "    while i < len(a) and a[i] == b[i]:\n"
                    "        i += 1\n"
                    "    if len(a) == len(b):\n"
                    "        return a[i + 1:] == b[i + 1:]\n"
                    "    return a[i:] == b[i + 1:]\n",
         "note": "compare case-insensitively"},
    ],
    "solution": ["t2"],
})


# === tennis umpire calls: whole-file rewrites only, 4 candidates ==============================
TENNIS_HEAD = '''"""Scoring one game of tennis."""

CALLS = ["0", "15", "30", "40"]


def game_score(points):
    """The umpire's call after the rallies in `points`, a string of 'A' and 'B' winners."""
'''

TASKS.append({
    "id": "m3-fc-tennis-call",
    "family": "function_completion",
    "split": "train",
    "level": 2,
    "description": "Implement `game_score(points)` for one tennis game; player A's score is always named "
                   "first. Calls: '30-15', '0-40'; level scores below forty are '<score>-all' ('15-all'); "
                   "three points each or more and level is 'deuce' (never '40-all'); one point ahead after "
                   "that is 'advantage A' / 'advantage B'; a player with at least four points and two "
                   "clear wins: 'game A' / 'game B'.",
    "files": {
        "tennis.py": TENNIS_HEAD + "    raise NotImplementedError\n",
    },
    "tests": [
        "import tennis",
        "assert tennis.game_score('') == '0-all'",
        "assert tennis.game_score('AAB') == '30-15'",
        "assert tennis.game_score('BB') == '0-30'",
        "assert tennis.game_score('ABAB') == '30-all'",
        "assert tennis.game_score('AAABBB') == 'deuce', 'three points each is deuce'",
        "assert tennis.game_score('AAABBBA') == 'advantage A'",
        "assert tennis.game_score('AAABBBAB') == 'deuce'",
        "assert tennis.game_score('ABBBAABB') == 'game B'",
        "assert tennis.game_score('AAAA') == 'game A'",
    ],
    "edits": [
        {"id": "g1", "path": "tennis.py",
         "replace": TENNIS_HEAD
         + "    a, b = points.count(\"A\"), points.count(\"B\")\n"
           "    if max(a, b) >= 4 and a != b:\n"
           "        return \"game \" + (\"A\" if a > b else \"B\")\n"
           "    if a >= 3 and b >= 3:\n"
           "        return \"deuce\" if a == b else \"advantage \" + (\"A\" if a > b else \"B\")\n"
           "    if a == b:\n"
           "        return CALLS[a] + \"-all\"\n"
           "    return CALLS[a] + \"-\" + CALLS[b]\n",
         "note": "rewrite tennis.py: first to four points takes the game"},
        {"id": "g2", "path": "tennis.py",
         "replace": TENNIS_HEAD
         + "    a, b = points.count(\"A\"), points.count(\"B\")\n"
           "    if max(a, b) >= 4 and abs(a - b) >= 2:\n"
           "        return \"game \" + (\"A\" if a > b else \"B\")\n"
           "    if a >= 3 and b >= 3:\n"
           "        return \"deuce\" if a == b else \"advantage \" + (\"A\" if a > b else \"B\")\n"
           "    return CALLS[a] + \"-\" + CALLS[b]\n",
         "note": "rewrite tennis.py: always print both calls"},
        {"id": "g3", "path": "tennis.py",
         "replace": TENNIS_HEAD
         + "    a, b = points.count(\"A\"), points.count(\"B\")\n"
           "    if max(a, b) >= 4 and abs(a - b) >= 2:\n"
           "        return \"game \" + (\"A\" if a > b else \"B\")\n"
           "    if a >= 3 and b >= 3 and a != b:\n"
           "        return \"advantage \" + (\"A\" if a > b else \"B\")\n"
           "    if a == b:\n"
           "        return CALLS[min(a, 3)] + \"-all\"\n"
           "    return CALLS[a] + \"-\" + CALLS[b]\n",
         "note": "rewrite tennis.py: level scores capped at forty-all"},
        {"id": "g4", "path": "tennis.py",
         "replace": TENNIS_HEAD
         + "    a, b = points.count(\"A\"), points.count(\"B\")\n"
           "    if max(a, b) >= 4 and abs(a - b) >= 2:\n"
           "        return \"game \" + (\"A\" if a > b else \"B\")\n"
           "    if a >= 3 and b >= 3:\n"
           "        if a == b:\n"
           "            return \"deuce\"\n"
           "        return \"advantage \" + (\"A\" if a > b else \"B\")\n"
           "    if a == b:\n"
           "        return CALLS[a] + \"-all\"\n"
           "    return CALLS[a] + \"-\" + CALLS[b]\n",
         "note": "rewrite tennis.py: win by two, deuce from three-all"},
    ],
    "solution": ["g4"],
})


# === query-string parsing: edge cases in the description, 8 candidates ========================
QS_FIND = "    return {}  # TODO\n"

TASKS.append({
    "id": "m3-fc-query-string",
    "family": "function_completion",
    "split": "train",
    "level": 2,
    "description": "Implement `parse_query(query)` in urlparts.py. Pairs are separated by '&' and split at "
                   "the FIRST '=' only; a piece without '=' is a flag mapped to ''; '+' stands for a space; "
                   "a leading '?' is ignored, and so are empty pieces ('a=1&&b=2&'). A key given several "
                   "times maps to the list of its values, in order.",
    "files": {
        "urlparts.py": '''def parse_query(query):
    """'a=1&b=2' -> {'a': '1', 'b': '2'}"""
    return {}  # TODO
''',
    },
    "tests": [
        "import urlparts",
        "assert urlparts.parse_query('a=1&b=2') == {'a': '1', 'b': '2'}",
        "assert urlparts.parse_query('') == {}",
        "assert urlparts.parse_query('?q=red+shoes&page=2') == {'q': 'red shoes', 'page': '2'}",
        "assert urlparts.parse_query('token=abc==') == {'token': 'abc=='}, 'only the first = separates key and value'",
        "assert urlparts.parse_query('debug&x=1') == {'debug': '', 'x': '1'}",
        "assert urlparts.parse_query('tag=a&tag=b&tag=c') == {'tag': ['a', 'b', 'c']}, 'a repeated key collects a list'",
        "assert urlparts.parse_query('a=1&&b=2&') == {'a': '1', 'b': '2'}",
    ],
    "edits": [
        {"id": "q1", "path": "urlparts.py", "find": QS_FIND,
         "replace": "    result = {}\n"
                    "    for piece in query.lstrip(\"?\").split(\"&\"):\n"
                    "        if not piece:\n"
                    "            continue\n"
                    "        key, _, value = piece.partition(\"=\")\n"
                    "        key, value = key.replace(\"+\", \" \"), value.replace(\"+\", \" \")\n"
                    "        if key not in result:\n"
                    "            result[key] = value\n"
                    "        elif isinstance(result[key], list):\n"
                    "            result[key].append(value)\n"
                    "        else:\n"
                    "            result[key] = [result[key], value]\n"
                    "    return result\n",
         "note": "partition each piece at its first '=', decode '+', collect repeats"},
        {"id": "q2", "path": "urlparts.py", "find": QS_FIND,
         "replace": "    result = {}\n"
                    "    for piece in query.lstrip(\"?\").split(\"&\"):\n"
                    "        if piece:\n"
                    "            key, value = piece.split(\"=\")\n"
                    "            result[key.replace(\"+\", \" \")] = value.replace(\"+\", \" \")\n"
                    "    return result\n",
         "note": "split each piece on '='"},
        {"id": "q3", "path": "urlparts.py", "find": QS_FIND,
         "replace": "    result = {}\n"
                    "    for piece in query.lstrip(\"?\").split(\"&\"):\n"
                    "        if piece:\n"
                    "            key, _, value = piece.partition(\"=\")\n"
                    "            result[key.replace(\"+\", \" \")] = value.replace(\"+\", \" \")\n"
                    "    return result\n",
         "note": "later values overwrite earlier ones"},
        {"id": "q4", "path": "urlparts.py", "find": QS_FIND,
         "replace": "    result = {}\n"
                    "    for piece in query.lstrip(\"?\").split(\"&\"):\n"
                    "        if piece:\n"
                    "            key, _, value = piece.partition(\"=\")\n"
                    "            result.setdefault(key.replace(\"+\", \" \"), []).append(value.replace(\"+\", \" \"))\n"
                    "    return result\n",
         "note": "every key maps to a list of its values"},
        {"id": "q5", "path": "urlparts.py", "find": QS_FIND,
         "replace": "    result = {}\n"
                    "    for piece in query.lstrip(\"?\").split(\"&\"):\n"
                    "        key, _, value = piece.partition(\"=\")\n"
                    "        key, value = key.replace(\"+\", \" \"), value.replace(\"+\", \" \")\n"
                    "        if key not in result:\n"
                    "            result[key] = value\n"
                    "        elif isinstance(result[key], list):\n"
                    "            result[key].append(value)\n"
                    "        else:\n"
                    "            result[key] = [result[key], value]\n"
                    "    return result\n",
         "note": "one pass over the pieces, no filtering"},
        {"id": "q6", "path": "urlparts.py", "find": QS_FIND,
         "replace": "    result = {}\n"
                    "    for piece in query.lstrip(\"?\").split(\"&\"):\n"
                    "        if not piece:\n"
                    "            continue\n"
                    "        key, _, value = piece.partition(\"=\")\n"
                    "        if key not in result:\n"
                    "            result[key] = value\n"
                    "        elif isinstance(result[key], list):\n"
                    "            result[key].append(value)\n"
                    "        else:\n"
                    "            result[key] = [result[key], value]\n"
                    "    return result\n",
         "note": "keys and values kept exactly as written"},
        {"id": "q7", "path": "urlparts.py", "find": QS_FIND,
         "replace": "    import re\n"
                    "    return {k.replace(\"+\", \" \"): v.replace(\"+\", \" \") for k, v in re.findall(r\"(\\w+)=([\\w+]*)\", query)}\n",
         "note": "regex for word=word pairs"},
        {"id": "q8", "path": "urlparts.py", "find": QS_FIND,
         "replace": "    return dict(piece.partition(\"=\")[::2] for piece in query.split(\"&\") if piece)\n",
         "note": "one-liner with dict()"},
    ],
    "solution": ["q1"],
})


# === spiral read-out of a grid: notes say nothing, the tests decide, 5 patches =================
TASKS.append({
    "id": "m3-fc-spiral-read",
    "family": "function_completion",
    "split": "train",
    "level": 2,
    "description": "Finish `spiral` in grids.py so that its docstring examples hold for any rectangular grid.",
    "files": {
        "grids.py": '''def spiral(grid):
    """Values of a rectangular grid (a list of rows), read clockwise from the top-left
    corner and spiralling inward. The grid itself is left untouched.

    >>> spiral([[1, 2, 3], [4, 5, 6], [7, 8, 9]])
    [1, 2, 3, 6, 9, 8, 7, 4, 5]
    >>> spiral([])
    []
    """
    pass
''',
    },
    "tests": [
        "import grids",
        "assert grids.spiral([[1, 2, 3], [4, 5, 6], [7, 8, 9]]) == [1, 2, 3, 6, 9, 8, 7, 4, 5]",
        "assert grids.spiral([]) == []",
        "assert grids.spiral([[1, 2, 3]]) == [1, 2, 3]",
        "assert grids.spiral([[1], [2], [3]]) == [1, 2, 3]",
        "assert grids.spiral([[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]]) == [1, 2, 3, 4, 8, 12, 11, 10, 9, 5, 6, 7]",
        "g = [[1, 2], [3, 4]]; assert grids.spiral(g) == [1, 2, 4, 3] and g == [[1, 2], [3, 4]], 'spiral must not change its argument'",
    ],
    "edits": [
        {"id": "r1", "path": "grids.py", "find": "    pass\n",
         "replace": "    out = []\n"
                    "    while grid:\n"
                    "        out.extend(grid.pop(0))\n"
                    "        grid = [list(row) for row in zip(*grid)][::-1]\n"
                    "    return out\n",
         "note": "the short one"},
        {"id": "r2", "path": "grids.py", "find": "    pass\n",
         "replace": "    out = []\n"
                    "    if not grid:\n"
                    "        return out\n"
                    "    top, bottom, left, right = 0, len(grid) - 1, 0, len(grid[0]) - 1\n"
                    "    while top <= bottom and left <= right:\n"
                    "        out.extend(grid[top][c] for c in range(left, right + 1))\n"
                    "        out.extend(grid[r][right] for r in range(top + 1, bottom + 1))\n"
                    "        if top < bottom:\n"
                    "            out.extend(grid[bottom][c] for c in range(right - 1, left - 1, -1))\n"
                    "        if left < right:\n"
                    "            out.extend(grid[r][left] for r in range(bottom - 1, top, -1))\n"
                    "        top, bottom, left, right = top + 1, bottom - 1, left + 1, right - 1\n"
                    "    return out\n",
         "note": "second draft"},
        {"id": "r3", "path": "grids.py", "find": "    pass\n",
         "replace": "    out = []\n"
                    "    if not grid:\n"
                    "        return out\n"
                    "    top, bottom, left, right = 0, len(grid) - 1, 0, len(grid[0]) - 1\n"
                    "    while top <= bottom and left <= right:\n"
                    "        out.extend(grid[top][c] for c in range(left, right + 1))\n"
                    "        out.extend(grid[r][right] for r in range(top + 1, bottom + 1))\n"
                    "        out.extend(grid[bottom][c] for c in range(right - 1, left - 1, -1))\n"
                    "        out.extend(grid[r][left] for r in range(bottom - 1, top, -1))\n"
                    "        top, bottom, left, right = top + 1, bottom - 1, left + 1, right - 1\n"
                    "    return out\n",
         "note": "first draft"},
        {"id": "r4", "path": "grids.py", "find": "    pass\n",
         "replace": "    out = []\n"
                    "    for i, row in enumerate(grid):\n"
                    "        out.extend(row if i % 2 == 0 else row[::-1])\n"
                    "    return out\n",
         "note": "Sam's version"},
        {"id": "r5", "path": "grids.py", "find": "    pass\n",
         "replace": "    out = []\n"
                    "    top, bottom, left, right = 0, len(grid) - 1, 0, len(grid[0]) - 1\n"
                    "    while top <= bottom and left <= right:\n"
                    "        out.extend(grid[top][c] for c in range(left, right + 1))\n"
                    "        out.extend(grid[r][right] for r in range(top + 1, bottom + 1))\n"
                    "        if top < bottom:\n"
                    "            out.extend(grid[bottom][c] for c in range(right - 1, left - 1, -1))\n"
                    "        if left < right:\n"
                    "            out.extend(grid[r][left] for r in range(bottom - 1, top, -1))\n"
                    "        top, bottom, left, right = top + 1, bottom - 1, left + 1, right - 1\n"
                    "    return out\n",
         "note": "third draft"},
    ],
    "solution": ["r2"],
})


# === print queue by level: helper in a second module, ties by submission, 5 patches ============
PICK_FIND = "    raise NotImplementedError\n"

TASKS.append({
    "id": "m3-fc-print-queue",
    "family": "function_completion",
    "split": "train",
    "level": 2,
    "description": "The office print server must choose which jobs to print next. Write `next_jobs(queue, count)` "
                   "in scheduler.py: the names of up to `count` jobs, most urgent first (use `priority_of` "
                   "from jobs.py, which also handles jobs without a level); equally urgent jobs go in the "
                   "order they were submitted.",
    "files": {
        "jobs.py": '''"""Print jobs are dicts: {'name': ..., 'level': 'urgent' | 'high' | 'normal' | 'low'}."""

LEVELS = {"urgent": 3, "high": 2, "normal": 1, "low": 0}

SAMPLE = [
    {"name": "poster", "level": "low"},
    {"name": "invoice", "level": "urgent"},
    {"name": "memo"},
    {"name": "label", "level": "urgent"},
    {"name": "badge", "level": "high"},
    {"name": "flyer", "level": "normal"},
]


def priority_of(job):
    """Bigger is more urgent. A job without a level counts as 'normal'."""
    return LEVELS[job.get("level", "normal")]
''',
        "scheduler.py": '''import heapq

from jobs import priority_of


def next_jobs(queue, count):
    """Names of the next `count` jobs to print (fewer if the queue is shorter)."""
    raise NotImplementedError
''',
    },
    "tests": [
        "import scheduler",
        "from jobs import SAMPLE",
        "assert scheduler.next_jobs(SAMPLE, 1) == ['invoice']",
        "assert scheduler.next_jobs(SAMPLE, 3) == ['invoice', 'label', 'badge']",
        "assert scheduler.next_jobs(SAMPLE, 6) == ['invoice', 'label', 'badge', 'memo', 'flyer', 'poster'], "
        "'equal levels print in submission order'",
        "assert scheduler.next_jobs(SAMPLE[:2], 5) == ['invoice', 'poster']",
        "assert scheduler.next_jobs([], 3) == []",
        "assert scheduler.next_jobs(SAMPLE, 0) == []",
    ],
    "edits": [
        {"id": "j1", "path": "scheduler.py", "find": PICK_FIND,
         "replace": "    ranked = sorted(queue, key=priority_of)[::-1]\n"
                    "    return [job[\"name\"] for job in ranked[:count]]\n",
         "note": "sort ascending by priority, then reverse"},
        {"id": "j2", "path": "scheduler.py", "find": PICK_FIND,
         "replace": "    heap = [(-priority_of(job), job[\"name\"]) for job in queue]\n"
                    "    return [name for _, name in heapq.nsmallest(count, heap)]\n",
         "note": "heap keyed on (priority, name)"},
        {"id": "j3", "path": "scheduler.py", "find": PICK_FIND,
         "replace": "    heap = [(-priority_of(job), i, job[\"name\"]) for i, job in enumerate(queue)]\n"
                    "    return [name for _, _, name in heapq.nsmallest(count, heap)]\n",
         "note": "heap keyed on (priority, position in queue)"},
        {"id": "j4", "path": "scheduler.py", "find": PICK_FIND,
         "replace": "    import jobs\n"
                    "    ranked = sorted(queue, key=lambda job: -jobs.LEVELS[job[\"level\"]])\n"
                    "    return [job[\"name\"] for job in ranked[:count]]\n",
         "note": "look the level up in LEVELS directly"},
        {"id": "j5", "path": "scheduler.py", "find": PICK_FIND,
         "replace": "    ranked = sorted(queue, key=lambda job: -priority_of(job))\n"
                    "    return [ranked[i][\"name\"] for i in range(count)]\n",
         "note": "stable sort, then take the first count"},
    ],
    "solution": ["j3"],
})


# === friend circles on disjoint sets: find + union stubs used by a finished module, 7 patches ==
TASKS.append({
    "id": "m3-fc-friend-circles",
    "family": "function_completion",
    "split": "train",
    "level": 3,
    "description": "social.py counts friend circles and spots redundant friendships, but it relies on two "
                   "unfinished functions in dsu.py: `find` (root of an item's set, registering a new item as "
                   "its own root) and `union` (merge two sets; True if they were separate, False if already "
                   "joined). Implement both.",
    "files": {
        "dsu.py": '''"""Disjoint sets over hashable items. `parent` maps each item to its parent; a root maps to itself."""


def find(parent, item):
    """Root of item's set. An item never seen before becomes its own root."""
    raise NotImplementedError


def union(parent, a, b):
    """Merge the sets of a and b. True if they were separate, False if already joined."""
    raise NotImplementedError
''',
        "social.py": '''from dsu import find, union


def circles(people, friendships):
    """Number of friend circles: people linked by a chain of friendships share one."""
    parent = {}
    for person in people:
        find(parent, person)
    for a, b in friendships:
        union(parent, a, b)
    return len({find(parent, person) for person in people})


def redundant_links(friendships):
    """Friendships between two people who were already in one circle, in input order."""
    parent = {}
    return [(a, b) for a, b in friendships if not union(parent, a, b)]
''',
    },
    "tests": [
        "import dsu",
        "import social",
        "p = {}; assert dsu.find(p, 'x') == 'x' and p == {'x': 'x'}, 'find registers a new item as its own root'",
        "p = {'a': 'b', 'b': 'c', 'c': 'c'}; assert dsu.find(p, 'a') == 'c'",
        "p = {}; assert dsu.union(p, 1, 2) and not dsu.union(p, 2, 1)",
        "assert social.circles('abcde', [('a', 'b'), ('c', 'd')]) == 3",
        "assert social.circles('abcdef', [('a', 'b'), ('c', 'd'), ('b', 'c'), ('a', 'e')]) == 2",
        "assert social.circles('xyz', []) == 3",
        "assert social.redundant_links([(1, 2), (2, 3), (3, 1), (4, 5), (5, 4)]) == [(3, 1), (5, 4)]",
    ],
    "edits": [
        {"id": "f1", "path": "dsu.py",
         "find": "    \"\"\"Root of item's set. An item never seen before becomes its own root.\"\"\"\n    raise NotImplementedError\n",
         "replace": "    \"\"\"Root of item's set. An item never seen before becomes its own root.\"\"\"\n"
                    "    parent.setdefault(item, item)\n"
                    "    root = item\n"
                    "    while parent[root] != root:\n"
                    "        root = parent[root]\n"
                    "    while parent[item] != root:\n"
                    "        parent[item], item = root, parent[item]\n"
                    "    return root\n",
         "note": "find: climb to the root, then point the path at it"},
        {"id": "f2", "path": "dsu.py",
         "find": "    \"\"\"Root of item's set. An item never seen before becomes its own root.\"\"\"\n    raise NotImplementedError\n",
         "replace": "    \"\"\"Root of item's set. An item never seen before becomes its own root.\"\"\"\n"
                    "    while parent.get(item, item) != item:\n"
                    "        item = parent[item]\n"
                    "    return item\n",
         "note": "find: climb with parent.get"},
        {"id": "f3", "path": "dsu.py",
         "find": "    \"\"\"Root of item's set. An item never seen before becomes its own root.\"\"\"\n    raise NotImplementedError\n",
         "replace": "    \"\"\"Root of item's set. An item never seen before becomes its own root.\"\"\"\n"
                    "    return parent.setdefault(item, item)\n",
         "note": "find: setdefault"},
        {"id": "u1", "path": "dsu.py",
         "find": "    \"\"\"Merge the sets of a and b. True if they were separate, False if already joined.\"\"\"\n    raise NotImplementedError\n",
         "replace": "    \"\"\"Merge the sets of a and b. True if they were separate, False if already joined.\"\"\"\n"
                    "    if find(parent, a) == find(parent, b):\n"
                    "        return False\n"
                    "    parent[a] = b\n"
                    "    return True\n",
         "note": "union: link a under b"},
        {"id": "u2", "path": "dsu.py",
         "find": "    \"\"\"Merge the sets of a and b. True if they were separate, False if already joined.\"\"\"\n    raise NotImplementedError\n",
         "replace": "    \"\"\"Merge the sets of a and b. True if they were separate, False if already joined.\"\"\"\n"
                    "    root_a, root_b = find(parent, a), find(parent, b)\n"
                    "    if root_a == root_b:\n"
                    "        return False\n"
                    "    parent[root_a] = root_b\n"
                    "    return True\n",
         "note": "union: link root under root"},
        {"id": "u3", "path": "dsu.py",
         "find": "    \"\"\"Merge the sets of a and b. True if they were separate, False if already joined.\"\"\"\n    raise NotImplementedError\n",
         "replace": "    \"\"\"Merge the sets of a and b. True if they were separate, False if already joined.\"\"\"\n"
                    "    root_a, root_b = find(parent, a), find(parent, b)\n"
                    "    if root_a != root_b:\n"
                    "        parent[root_a] = root_b\n",
         "note": "union: merge only when the roots differ"},
        {"id": "u4", "path": "dsu.py",
         "find": "    \"\"\"Merge the sets of a and b. True if they were separate, False if already joined.\"\"\"\n    raise NotImplementedError\n",
         "replace": "    \"\"\"Merge the sets of a and b. True if they were separate, False if already joined.\"\"\"\n"
                    "    parent[find(parent, a)] = find(parent, b)\n"
                    "    return True\n",
         "note": "union: one line"},
    ],
    "solution": ["f1", "u2"],
})


# === reflected Gray code: whole-file candidates, 5 of them =====================================
GRAY_HEAD = '''def gray_codes(n):
    """The n-bit reflected binary Gray code as a list of ints, starting at 0.

    >>> gray_codes(2)
    [0, 1, 3, 2]
    """
'''

TASKS.append({
    "id": "m3-fc-gray-sequence",
    "family": "function_completion",
    "split": "train",
    "level": 1,
    "description": "bits.py: `gray_codes(n)` should list the standard (reflected) n-bit Gray code; "
                   "n = 0 gives [0].",
    "files": {
        "bits.py": GRAY_HEAD + "    return []\n",
    },
    "tests": [
        "import bits",
        "assert bits.gray_codes(1) == [0, 1]",
        "assert bits.gray_codes(2) == [0, 1, 3, 2]",
        "assert bits.gray_codes(3) == [0, 1, 3, 2, 6, 7, 5, 4]",
        "assert bits.gray_codes(0) == [0], 'zero bits still has one code'",
        "codes = bits.gray_codes(6); assert sorted(codes) == list(range(64)) "
        "and all(bin(a ^ b).count('1') == 1 for a, b in zip(codes, codes[1:]))",
    ],
    "edits": [
        {"id": "b1", "path": "bits.py",
         "replace": GRAY_HEAD + "    return [i ^ (i << 1) for i in range(1 << n)]\n",
         "note": "whole file: i xor (i << 1)"},
        {"id": "b2", "path": "bits.py",
         "replace": GRAY_HEAD + "    return [i ^ (i >> 1) for i in range(1 << n)]\n",
         "note": "whole file: i xor (i >> 1)"},
        {"id": "b3", "path": "bits.py",
         "replace": GRAY_HEAD + "    if n == 0:\n"
                                "        return []\n"
                                "    if n == 1:\n"
                                "        return [0, 1]\n"
                                "    prev = gray_codes(n - 1)\n"
                                "    return prev + [code | (1 << (n - 1)) for code in reversed(prev)]\n",
         "note": "whole file: reflect and set the new top bit, recursively"},
        {"id": "b4", "path": "bits.py",
         "replace": GRAY_HEAD + "    return list(range(2 ** n))\n",
         "note": "whole file: count upward"},
        {"id": "b5", "path": "bits.py",
         "replace": GRAY_HEAD + "    if n == 0:\n"
                                "        return [0]\n"
                                "    prev = gray_codes(n - 1)\n"
                                "    return [code << 1 for code in prev] + [(code << 1) | 1 for code in reversed(prev)]\n",
         "note": "whole file: reflect, new bit at the low end"},
    ],
    "solution": ["b2"],
})


# === invert a mapping with shared values: smallest task, 3 patches ============================
TASKS.append({
    "id": "m3-fc-invert-colors",
    "family": "function_completion",
    "split": "train",
    "level": 1,
    "description": "`invert` in lookup.py is a stub. Implement it as documented.",
    "files": {
        "lookup.py": '''def invert(mapping):
    """Swap keys and values. Several keys may share a value, so each value maps to the
    sorted list of its keys.

    >>> invert({'ann': 'red', 'bo': 'blue', 'cy': 'red'})
    {'red': ['ann', 'cy'], 'blue': ['bo']}
    """
    raise NotImplementedError("invert")
''',
    },
    "tests": [
        "import lookup",
        "assert lookup.invert({'ann': 'red', 'bo': 'blue', 'cy': 'red'}) == {'red': ['ann', 'cy'], 'blue': ['bo']}",
        "assert lookup.invert({}) == {}",
        "assert lookup.invert({'zoe': 1, 'abe': 1, 'max': 2}) == {1: ['abe', 'zoe'], 2: ['max']}",
    ],
    "edits": [
        {"id": "v1", "path": "lookup.py", "find": "    raise NotImplementedError(\"invert\")\n",
         "replace": "    return {value: key for key, value in mapping.items()}\n",
         "note": "dict comprehension with the pairs swapped"},
        {"id": "v2", "path": "lookup.py", "find": "    raise NotImplementedError(\"invert\")\n",
         "replace": "    out = {}\n"
                    "    for key, value in mapping.items():\n"
                    "        out.setdefault(value, []).append(key)\n"
                    "    return out\n",
         "note": "group keys under their value"},
        {"id": "v3", "path": "lookup.py", "find": "    raise NotImplementedError(\"invert\")\n",
         "replace": "    out = {}\n"
                    "    for key, value in mapping.items():\n"
                    "        out.setdefault(value, []).append(key)\n"
                    "    return {value: sorted(keys) for value, keys in out.items()}\n",
         "note": "group keys under their value, sort each group"},
    ],
    "solution": ["v3"],
})


# === one Game of Life generation on an unbounded board, 5 patches ==============================
TASKS.append({
    "id": "m3-fc-life-generation",
    "family": "function_completion",
    "split": "train",
    "level": 2,
    "description": "Write `step(live)` in life.py: one generation of Conway's Game of Life. The board has no "
                   "edges (coordinates can be negative) and a board is a set of live (x, y) cells.",
    "files": {
        "life.py": '''"""Conway's Game of Life; a board is a set of live (x, y) cells."""

from collections import Counter

NEIGHBOURS = [(dx, dy) for dx in (-1, 0, 1) for dy in (-1, 0, 1) if (dx, dy) != (0, 0)]


def step(live):
    """The next generation: a live cell with 2 or 3 live neighbours stays alive, a dead
    cell with exactly 3 comes alive, every other cell is dead."""
    ...
''',
    },
    "tests": [
        "import life",
        "assert life.step(set()) == set()",
        "assert life.step({(0, 0)}) == set(), 'a lonely cell dies'",
        "assert life.step({(0, 0), (1, 0), (0, 1), (1, 1)}) == {(0, 0), (1, 0), (0, 1), (1, 1)}",
        "assert life.step({(1, 0), (1, 1), (1, 2)}) == {(0, 1), (1, 1), (2, 1)}",
        "assert life.step(life.step({(1, 0), (1, 1), (1, 2)})) == {(1, 0), (1, 1), (1, 2)}",
        "assert life.step({(0, -1), (0, 0), (0, 1)}) == {(-1, 0), (0, 0), (1, 0)}",
    ],
    "edits": [
        {"id": "n1", "path": "life.py", "find": "    ...\n",
         "replace": "    counts = Counter((x + dx, y + dy) for x, y in live for dx, dy in NEIGHBOURS)\n"
                    "    return {cell for cell, n in counts.items() if n in (2, 3)}\n",
         "note": "count neighbours; 2 or 3 means alive"},
        {"id": "n2", "path": "life.py", "find": "    ...\n",
         "replace": "    counts = Counter((x + dx, y + dy) for x, y in live for dx, dy in NEIGHBOURS)\n"
                    "    return {cell for cell in live if counts[cell] in (2, 3)}\n",
         "note": "keep the live cells that have 2 or 3 neighbours"},
        {"id": "n3", "path": "life.py", "find": "    ...\n",
         "replace": "    counts = Counter((x + dx, y + dy) for x, y in live for dx, dy in NEIGHBOURS)\n"
                    "    return {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in live)}\n",
         "note": "count neighbours of every cell near a live one, then apply birth and survival"},
        {"id": "n4", "path": "life.py", "find": "    ...\n",
         "replace": "    counts = Counter((x + dx, y + dy) for x, y in live for dx, dy in NEIGHBOURS)\n"
                    "    return {(x, y) for (x, y), n in counts.items()\n"
                    "            if x >= 0 and y >= 0 and (n == 3 or (n == 2 and (x, y) in live))}\n",
         "note": "birth and survival, board starts at (0, 0)"},
        {"id": "n5", "path": "life.py", "find": "    ...\n",
         "replace": "    counts = Counter((x + dx, y + dy) for x, y in live for dx, dy in NEIGHBOURS)\n"
                    "    return {cell for cell, n in counts.items() if n == 3}\n",
         "note": "exactly three neighbours"},
    ],
    "solution": ["n3"],
})


# === Morse encode and decode: table in its own module, two stubs, 6 patches ====================
TASKS.append({
    "id": "m3-fc-morse-codec",
    "family": "function_completion",
    "split": "train",
    "level": 3,
    "description": "Finish the Morse helpers `encode` and `decode` in morse.py; the code table lives in "
                   "morse_table.py. Letters of a word are separated by one space and words by ' / '. "
                   "Encoding ignores case, drops characters the table does not know and treats any run "
                   "of spaces as one word gap. Decoding returns upper case with single spaces, and '' "
                   "decodes to ''.",
    "files": {
        "morse_table.py": '''CODE = {
    "A": ".-", "B": "-...", "C": "-.-.", "D": "-..", "E": ".", "F": "..-.", "G": "--.",
    "H": "....", "I": "..", "J": ".---", "K": "-.-", "L": ".-..", "M": "--", "N": "-.",
    "O": "---", "P": ".--.", "Q": "--.-", "R": ".-.", "S": "...", "T": "-", "U": "..-",
    "V": "...-", "W": ".--", "X": "-..-", "Y": "-.--", "Z": "--..",
    "0": "-----", "1": ".----", "2": "..---", "3": "...--", "4": "....-",
    "5": ".....", "6": "-....", "7": "--...", "8": "---..", "9": "----.",
}
''',
        "morse.py": '''from morse_table import CODE

LETTER_GAP = " "
WORD_GAP = " / "


def encode(text):
    """'SOS help' -> '... --- ... / .... . .-.. .--.'"""
    raise NotImplementedError("encode")


def decode(signal):
    """The inverse of encode."""
    raise NotImplementedError("decode")
''',
    },
    "tests": [
        "import morse",
        "assert morse.encode('SOS') == '... --- ...'",
        "assert morse.encode('sos help') == '... --- ... / .... . .-.. .--.', 'case does not matter'",
        "assert morse.encode('hi,  you') == '.... .. / -.-- --- ..-', 'no code for a comma; two spaces are one gap'",
        "assert morse.decode('... --- ...') == 'SOS'",
        "assert morse.decode('.... .. / -.-- --- ..-') == 'HI YOU'",
        "assert morse.decode('') == ''",
        "assert morse.decode(morse.encode('Route 66')) == 'ROUTE 66'",
    ],
    "edits": [
        {"id": "E1", "path": "morse.py", "find": "    raise NotImplementedError(\"encode\")\n",
         "replace": "    words = []\n"
                    "    for word in text.split():\n"
                    "        letters = [CODE[ch] for ch in word if ch in CODE]\n"
                    "        if letters:\n"
                    "            words.append(LETTER_GAP.join(letters))\n"
                    "    return WORD_GAP.join(words)\n",
         "note": "encode: look each character up in the table"},
        {"id": "E2", "path": "morse.py", "find": "    raise NotImplementedError(\"encode\")\n",
         "replace": "    return \" \".join(\"/\" if ch == \" \" else CODE[ch]\n"
                    "                    for ch in text.upper() if ch == \" \" or ch in CODE)\n",
         "note": "encode: one symbol per character, '/' for a space"},
        {"id": "E3", "path": "morse.py", "find": "    raise NotImplementedError(\"encode\")\n",
         "replace": "    words = []\n"
                    "    for word in text.upper().split():\n"
                    "        letters = [CODE[ch] for ch in word if ch in CODE]\n"
                    "        if letters:\n"
                    "            words.append(LETTER_GAP.join(letters))\n"
                    "    return WORD_GAP.join(words)\n",
         "note": "encode: upper-case, split into words, code each known letter"},
        {"id": "D1", "path": "morse.py", "find": "    raise NotImplementedError(\"decode\")\n",
         "replace": "    letters = {code: ch for ch, code in CODE.items()}\n"
                    "    return \" \".join(\"\".join(letters[c] for c in word.split(LETTER_GAP))\n"
                    "                    for word in signal.split(WORD_GAP))\n",
         "note": "decode: split on the word gap, then on the letter gap"},
        {"id": "D2", "path": "morse.py", "find": "    raise NotImplementedError(\"decode\")\n",
         "replace": "    letters = {code: ch for ch, code in CODE.items()}\n"
                    "    return \" \".join(\"\".join(letters[c] for c in word.split())\n"
                    "                    for word in signal.split(\"/\"))\n",
         "note": "decode: reverse table, words at '/', letters at whitespace"},
        {"id": "D3", "path": "morse.py", "find": "    raise NotImplementedError(\"decode\")\n",
         "replace": "    letters = {code: ch for ch, code in CODE.items()}\n"
                    "    return \"\".join(letters[c] for c in signal.split() if c != \"/\")\n",
         "note": "decode: letters back to text"},
    ],
    "solution": ["E3", "D2"],
})


# === polynomial value and derivative: one file, two stubs, 6 patches ===========================
TASKS.append({
    "id": "m3-fc-poly-calculus",
    "family": "function_completion",
    "split": "train",
    "level": 3,
    "description": "poly.py stores a polynomial as its coefficients, constant term first ([5, 0, 3] is "
                   "5 + 3x^2). Two functions are left: `evaluate(coeffs, x)`, where [] is the zero "
                   "polynomial; and `derivative(coeffs)`, whose result has no trailing zeros, so the "
                   "derivative of a constant is [].",
    "files": {
        "poly.py": '''"""Polynomials as coefficient lists, constant term first."""


def evaluate(coeffs, x):
    # TODO
    return None


def derivative(coeffs):
    # TODO
    return None
''',
    },
    "tests": [
        "import poly",
        "assert poly.evaluate([5, 0, 3], 2) == 17",
        "assert poly.evaluate([1, 2, 3], -1) == 2",
        "assert poly.evaluate([], 4) == 0, 'the empty list is the zero polynomial'",
        "assert poly.derivative([5, 0, 3]) == [0, 6]",
        "assert poly.derivative([7]) == []",
        "assert poly.derivative([1, 4, 0, 0]) == [4], 'trailing zeros are trimmed'",
        "assert poly.evaluate(poly.derivative([0, 0, 0, 1]), 3) == 27",
    ],
    "edits": [
        {"id": "V1", "path": "poly.py", "find": "def evaluate(coeffs, x):\n    # TODO\n    return None\n",
         "replace": "def evaluate(coeffs, x):\n"
                    "    total = 0\n"
                    "    for c in coeffs:\n"
                    "        total = total * x + c\n"
                    "    return total\n",
         "note": "evaluate: Horner's rule over the list as given"},
        {"id": "V2", "path": "poly.py", "find": "def evaluate(coeffs, x):\n    # TODO\n    return None\n",
         "replace": "def evaluate(coeffs, x):\n"
                    "    total = 0\n"
                    "    for c in reversed(coeffs):\n"
                    "        total = total * x + c\n"
                    "    return total\n",
         "note": "evaluate: Horner's rule from the highest power down"},
        {"id": "V3", "path": "poly.py", "find": "def evaluate(coeffs, x):\n    # TODO\n    return None\n",
         "replace": "def evaluate(coeffs, x):\n"
                    "    total, power = coeffs[0], 1\n"
                    "    for c in coeffs[1:]:\n"
                    "        power *= x\n"
                    "        total += c * power\n"
                    "    return total\n",
         "note": "evaluate: running power of x from the constant term"},
        {"id": "R1", "path": "poly.py", "find": "def derivative(coeffs):\n    # TODO\n    return None\n",
         "replace": "def derivative(coeffs):\n"
                    "    return [i * c for i, c in enumerate(coeffs)][1:]\n",
         "note": "derivative: power rule, drop the constant"},
        {"id": "R2", "path": "poly.py", "find": "def derivative(coeffs):\n    # TODO\n    return None\n",
         "replace": "def derivative(coeffs):\n"
                    "    result = [i * c for i, c in enumerate(coeffs)][1:]\n"
                    "    while result and result[-1] == 0:\n"
                    "        result.pop()\n"
                    "    return result\n",
         "note": "derivative: power rule, drop the constant, trim zeros"},
        {"id": "R3", "path": "poly.py", "find": "def derivative(coeffs):\n    # TODO\n    return None\n",
         "replace": "def derivative(coeffs):\n"
                    "    return [i * c for i, c in enumerate(coeffs)]\n",
         "note": "derivative: multiply each coefficient by its power"},
    ],
    "solution": ["V2", "R2"],
})


# === strict majority vote: a whole-file rewrite among the patches, 5 candidates ================
TASKS.append({
    "id": "m3-fc-strict-majority",
    "family": "function_completion",
    "split": "train",
    "level": 1,
    "description": "A committee motion passes only with a strict majority. `majority(votes)` must return the "
                   "option chosen by more than half of the votes, or None when no option has that (an empty "
                   "list, a tie at exactly half, or a mere plurality).",
    "files": {
        "ballots.py": '''def majority(votes):
    """The option with more than half of `votes`, else None."""
    pass
''',
    },
    "tests": [
        "import ballots",
        "assert ballots.majority(['yes', 'yes', 'no']) == 'yes'",
        "assert ballots.majority([]) is None",
        "assert ballots.majority(['a', 'b', 'c']) is None",
        "assert ballots.majority(['a', 'a', 'b', 'b']) is None, 'exactly half is not a majority'",
        "assert ballots.majority(['x', 'y', 'x', 'z', 'x', 'x', 'y']) == 'x'",
        "assert ballots.majority(['red', 'red', 'blue', 'green', 'green']) is None",
    ],
    "edits": [
        {"id": "w1", "path": "ballots.py", "find": "    pass\n",
         "replace": "    candidate, lead = None, 0\n"
                    "    for vote in votes:\n"
                    "        if lead == 0:\n"
                    "            candidate = vote\n"
                    "        lead += 1 if vote == candidate else -1\n"
                    "    return candidate\n",
         "note": "Boyer-Moore voting"},
        {"id": "w2", "path": "ballots.py", "find": "    pass\n",
         "replace": "    candidate, lead = None, 0\n"
                    "    for vote in votes:\n"
                    "        if lead == 0:\n"
                    "            candidate = vote\n"
                    "        lead += 1 if vote == candidate else -1\n"
                    "    if votes and votes.count(candidate) * 2 > len(votes):\n"
                    "        return candidate\n"
                    "    return None\n",
         "note": "Boyer-Moore voting, then confirm with a count"},
        {"id": "w3", "path": "ballots.py", "find": "    pass\n",
         "replace": "    from collections import Counter\n"
                    "    return Counter(votes).most_common(1)[0][0] if votes else None\n",
         "note": "most common option"},
        {"id": "w4", "path": "ballots.py", "find": "    pass\n",
         "replace": "    for option in set(votes):\n"
                    "        if votes.count(option) * 2 >= len(votes):\n"
                    "            return option\n"
                    "    return None\n",
         "note": "first option with at least half"},
        {"id": "w5", "path": "ballots.py",
         "replace": '''from collections import Counter


def majority(votes):
    """The option with more than half of `votes`, else None."""
    option, n = Counter(votes).most_common(1)[0]
    return option if n * 2 > len(votes) else None
''',
         "note": "rewrite the module around Counter"},
    ],
    "solution": ["w2"],
})


# === car-park tariff: helper + fee in two modules, a receipt module on top, 7 patches ==========
TASKS.append({
    "id": "m3-fc-parking-tariff",
    "family": "function_completion",
    "split": "train",
    "level": 3,
    "description": "Implement the car-park tariff: `started_hours` in tariff.py and `fee` in parking.py "
                   "(receipt.py already uses fee).\n"
                   "1. A stay of up to 30 minutes, inclusive, is free.\n"
                   "2. Otherwise every started hour of the whole stay costs 2 euros; the free half hour is "
                   "NOT deducted.\n"
                   "3. Each full day (1440 minutes) costs a flat 20 euros, and the rest of the stay is "
                   "charged by rule 2 but never more than 20.\n"
                   "`started_hours(0)` is 0, `started_hours(60)` is 1, `started_hours(61)` is 2.",
    "files": {
        "tariff.py": '''"""City car park tariff."""

FREE_MINUTES = 30
RATE_PER_HOUR = 2
DAILY_CAP = 20
MINUTES_PER_DAY = 1440


def started_hours(minutes):
    raise NotImplementedError
''',
        "parking.py": '''from tariff import DAILY_CAP, FREE_MINUTES, MINUTES_PER_DAY, RATE_PER_HOUR, started_hours


def fee(minutes):
    """Euros owed for a stay of `minutes`."""
    raise NotImplementedError
''',
        "receipt.py": '''from parking import fee


def receipt_line(plate, minutes):
    return f"{plate}: {minutes} min, {fee(minutes)} EUR"
''',
    },
    "tests": [
        "import tariff",
        "import parking",
        "import receipt",
        "assert tariff.started_hours(0) == 0",
        "assert tariff.started_hours(60) == 1 and tariff.started_hours(61) == 2",
        "assert parking.fee(30) == 0, 'the first half hour is free, inclusive'",
        "assert parking.fee(31) == 2",
        "assert parking.fee(61) == 4, 'the free half hour is not deducted from a longer stay'",
        "assert parking.fee(10 * 60) == 20",
        "assert receipt.receipt_line('KA-123', 24 * 60 + 10) == 'KA-123: 1450 min, 22 EUR'",
        "assert parking.fee(3 * 24 * 60) == 60",
    ],
    "edits": [
        {"id": "h1", "path": "tariff.py", "find": "def started_hours(minutes):\n    raise NotImplementedError\n",
         "replace": "def started_hours(minutes):\n"
                    "    return minutes // 60 + 1\n",
         "note": "whole hours plus the one in progress"},
        {"id": "h2", "path": "tariff.py", "find": "def started_hours(minutes):\n    raise NotImplementedError\n",
         "replace": "def started_hours(minutes):\n"
                    "    return (minutes + 59) // 60\n",
         "note": "ceiling division by sixty"},
        {"id": "h3", "path": "tariff.py", "find": "def started_hours(minutes):\n    raise NotImplementedError\n",
         "replace": "def started_hours(minutes):\n"
                    "    return round(minutes / 60)\n",
         "note": "hours, rounded"},
        {"id": "p1", "path": "parking.py", "find": "    \"\"\"Euros owed for a stay of `minutes`.\"\"\"\n    raise NotImplementedError\n",
         "replace": "    \"\"\"Euros owed for a stay of `minutes`.\"\"\"\n"
                    "    if minutes <= FREE_MINUTES:\n"
                    "        return 0\n"
                    "    return RATE_PER_HOUR * started_hours(minutes - FREE_MINUTES)\n",
         "note": "charge what is left after the free period"},
        {"id": "p2", "path": "parking.py", "find": "    \"\"\"Euros owed for a stay of `minutes`.\"\"\"\n    raise NotImplementedError\n",
         "replace": "    \"\"\"Euros owed for a stay of `minutes`.\"\"\"\n"
                    "    if minutes <= FREE_MINUTES:\n"
                    "        return 0\n"
                    "    return min(DAILY_CAP, RATE_PER_HOUR * started_hours(minutes))\n",
         "note": "hourly rate, capped"},
        {"id": "p3", "path": "parking.py", "find": "    \"\"\"Euros owed for a stay of `minutes`.\"\"\"\n    raise NotImplementedError\n",
         "replace": "    \"\"\"Euros owed for a stay of `minutes`.\"\"\"\n"
                    "    if minutes < FREE_MINUTES:\n"
                    "        return 0\n"
                    "    days, rest = divmod(minutes, MINUTES_PER_DAY)\n"
                    "    return days * DAILY_CAP + min(DAILY_CAP, RATE_PER_HOUR * started_hours(rest))\n",
         "note": "flat rate per day, capped hourly remainder (v1)"},
        {"id": "p4", "path": "parking.py", "find": "    \"\"\"Euros owed for a stay of `minutes`.\"\"\"\n    raise NotImplementedError\n",
         "replace": "    \"\"\"Euros owed for a stay of `minutes`.\"\"\"\n"
                    "    if minutes <= FREE_MINUTES:\n"
                    "        return 0\n"
                    "    days, rest = divmod(minutes, MINUTES_PER_DAY)\n"
                    "    return days * DAILY_CAP + min(DAILY_CAP, RATE_PER_HOUR * started_hours(rest))\n",
         "note": "flat rate per day, capped hourly remainder (v2)"},
    ],
    "solution": ["h2", "p4"],
})


# === e-mail masking for public profiles: three modules, two stubs, 6 patches ==================
TASKS.append({
    "id": "m3-fc-mask-address",
    "family": "function_completion",
    "split": "train",
    "level": 3,
    "description": "Public profiles (users.py) must not show full e-mail addresses. Finish `mask_middle` "
                   "in textmask.py and `mask_email` in privacy.py so that their docstrings hold.",
    "files": {
        "textmask.py": '''def mask_middle(text):
    """Keep the first and last character and star the rest: 'johnson' -> 'j*****n'.
    Text of two characters or fewer is starred completely: 'al' -> '**'."""
    return text  # FIXME
''',
        "privacy.py": '''from textmask import mask_middle


def mask_email(address):
    """Mask the local part with mask_middle and keep the domain: 'john@x.org' -> 'j**n@x.org'.
    The domain is everything after the LAST '@' (a quoted local part may contain '@')."""
    return address  # FIXME
''',
        "users.py": '''from privacy import mask_email


def public_profile(user):
    return {"name": user["name"], "email": mask_email(user["email"])}
''',
    },
    "tests": [
        "import textmask",
        "import privacy",
        "import users",
        "assert textmask.mask_middle('johnson') == 'j*****n'",
        "assert textmask.mask_middle('al') == '**'",
        "assert textmask.mask_middle('') == ''",
        "assert privacy.mask_email('john@x.org') == 'j**n@x.org'",
        "assert users.public_profile({'name': 'Al', 'email': 'al@corp.io'}) == {'name': 'Al', 'email': '**@corp.io'}",
        "assert privacy.mask_email('\"a@b\"@host.org') == '\"***\"@host.org', 'the domain starts after the last @'",
    ],
    "edits": [
        {"id": "x1", "path": "textmask.py", "find": "    return text  # FIXME\n",
         "replace": "    return text[0] + \"*\" * (len(text) - 2) + text[-1]\n",
         "note": "first char, stars, last char"},
        {"id": "x2", "path": "textmask.py", "find": "    return text  # FIXME\n",
         "replace": "    if len(text) <= 2:\n"
                    "        return \"*\" * len(text)\n"
                    "    return text[0] + \"*\" * (len(text) - 2) + text[-1]\n",
         "note": "short strings fully starred, else first + stars + last"},
        {"id": "x3", "path": "textmask.py", "find": "    return text  # FIXME\n",
         "replace": "    if len(text) <= 2:\n"
                    "        return \"*\" * len(text)\n"
                    "    return text[0] + \"***\" + text[-1]\n",
         "note": "three stars whatever the length"},
        {"id": "y1", "path": "privacy.py", "find": "    return address  # FIXME\n",
         "replace": "    local, domain = address.split(\"@\")\n"
                    "    return mask_middle(local) + \"@\" + domain\n",
         "note": "split at the @"},
        {"id": "y2", "path": "privacy.py", "find": "    return address  # FIXME\n",
         "replace": "    return \"@\".join(mask_middle(part) for part in address.split(\"@\"))\n",
         "note": "mask every part"},
        {"id": "y3", "path": "privacy.py", "find": "    return address  # FIXME\n",
         "replace": "    local, _, domain = address.rpartition(\"@\")\n"
                    "    return mask_middle(local) + \"@\" + domain\n",
         "note": "rpartition at the last @"},
    ],
    "solution": ["x2", "y3"],
})


# === sports-day standings: '1224' ranking among its neighbours, 5 patches ======================
TASKS.append({
    "id": "m3-fc-standings-rank",
    "family": "function_completion",
    "split": "train",
    "level": 1,
    "description": "Sports day results: for each score, in input order, `competition_ranks` gives its place. "
                   "Higher is better; equal scores share a place and the places after them are skipped "
                   "(two golds, no silver).",
    "files": {
        "standings.py": '''def competition_ranks(scores):
    """Place of each score, in input order; higher scores place better.

    >>> competition_ranks([90, 75, 90, 60])
    [1, 3, 1, 4]
    """
    raise NotImplementedError
''',
    },
    "tests": [
        "import standings",
        "assert standings.competition_ranks([50, 80, 70]) == [3, 1, 2]",
        "assert standings.competition_ranks([]) == []",
        "assert standings.competition_ranks([90, 75, 90, 60]) == [1, 3, 1, 4]",
        "assert standings.competition_ranks([5, 5, 5]) == [1, 1, 1]",
        "assert standings.competition_ranks([3, 9, 9, 9, 1]) == [4, 1, 1, 1, 5]",
    ],
    "edits": [
        {"id": "o1", "path": "standings.py", "find": "    raise NotImplementedError\n",
         "replace": "    distinct = sorted(set(scores), reverse=True)\n"
                    "    return [distinct.index(s) + 1 for s in scores]\n",
         "note": "dense ranking"},
        {"id": "o2", "path": "standings.py", "find": "    raise NotImplementedError\n",
         "replace": "    order = sorted(range(len(scores)), key=lambda i: -scores[i])\n"
                    "    ranks = [0] * len(scores)\n"
                    "    for place, i in enumerate(order, start=1):\n"
                    "        ranks[i] = place\n"
                    "    return ranks\n",
         "note": "ordinal ranking"},
        {"id": "o3", "path": "standings.py", "find": "    raise NotImplementedError\n",
         "replace": "    ordered = sorted(scores, reverse=True)\n"
                    "    return [ordered.index(s) + 1 for s in scores]\n",
         "note": "standard competition ranking"},
        {"id": "o4", "path": "standings.py", "find": "    raise NotImplementedError\n",
         "replace": "    ordered = sorted(scores)\n"
                    "    return [len(scores) - ordered.index(s) for s in scores]\n",
         "note": "modified competition ranking"},
        {"id": "o5", "path": "standings.py", "find": "    raise NotImplementedError\n",
         "replace": "    ordered = sorted(scores)\n"
                    "    return [ordered.index(s) + 1 for s in scores]\n",
         "note": "rank from the lowest score"},
    ],
    "solution": ["o3"],
})
