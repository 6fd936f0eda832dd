"""multi_file_refactor tasks, third batch (prefix m3-mfr-): twenty refactors of different shapes
(renames of functions, classes, methods, keyword arguments, class attributes, namedtuple fields,
module registries, exceptions and whole modules; moves; signature changes; splits, merges and
de-duplication; a return-type change; a magic number given a name). Every task hides traps among
its 4 to 8 candidates: leftover aliases, `import new as old`, siblings renamed by accident,
similar-but-wrong names, partial updates and rewrites that quietly change behaviour."""

TASKS = []


# ---------------------------------------------------------------------------
# 1. function rename; the module itself calls the old name internally
TASKS.append({
    "id": "m3-mfr-julian-day", "family": "multi_file_refactor", "split": "train", "level": 3,
    "description": "OBS-41: `jd_from_date` (calendar_math.py) is renamed to `julian_day`. Update every "
                   "call site in the scheduler modules. Do not leave the old name behind as an alias, "
                   "anywhere. `weekday` keeps its name and its results.",
    "files": {
        "calendar_math.py": '''"""Calendar arithmetic for the observatory scheduler."""


def jd_from_date(year, month, day):
    """Julian Day Number of a Gregorian date (the day that starts at noon)."""
    a = (14 - month) // 12
    y = year + 4800 - a
    m = month + 12 * a - 3
    return day + (153 * m + 2) // 5 + 365 * y + y // 4 - y // 100 + y // 400 - 32045


def weekday(year, month, day):
    """0 = Monday ... 6 = Sunday."""
    return jd_from_date(year, month, day) % 7
''',
        "sky.py": '''from calendar_math import jd_from_date

J2000 = 2451545


def days_since_j2000(year, month, day):
    return jd_from_date(year, month, day) - J2000
''',
        "eclipse.py": '''import calendar_math


def saros_gap(first, second):
    """Whole days between two eclipse dates given as (y, m, d) tuples."""
    return calendar_math.jd_from_date(*second) - calendar_math.jd_from_date(*first)
''',
    },
    "tests": [
        "import calendar_math",
        "assert calendar_math.julian_day(2000, 1, 1) == 2451545",
        "assert not hasattr(calendar_math, 'jd_from_date'), 'OBS-41: no alias for the old name'",
        "assert calendar_math.weekday(2000, 1, 1) == 5, 'weekday must still work (2000-01-01 was a Saturday)'",
        "import sky",
        "assert sky.days_since_j2000(2000, 1, 11) == 10",
        "assert not hasattr(sky, 'jd_from_date')",
        "import eclipse",
        "assert eclipse.saros_gap((2017, 8, 21), (2035, 9, 2)) == 6586",
        "assert eclipse.saros_gap((2035, 9, 2), (2017, 8, 21)) == -6586, 'the gap is signed'",
    ],
    "edits": [
        {"id": "e1", "path": "calendar_math.py", "find": "def jd_from_date(year, month, day):",
         "replace": "def julian_day(year, month, day):", "note": "calendar_math.py: def julian_day"},
        {"id": "e2", "path": "sky.py", "find": "from calendar_math import jd_from_date\n",
         "replace": "from calendar_math import julian_day as jd_from_date\n",
         "note": "sky: import the new name, aliased so the body can stay as it is"},
        {"id": "e3", "path": "calendar_math.py",
         "note": "Rename jd_from_date to julian_day, including its use inside weekday.",
         "replace": '''"""Calendar arithmetic for the observatory scheduler."""


def julian_day(year, month, day):
    """Julian Day Number of a Gregorian date (the day that starts at noon)."""
    a = (14 - month) // 12
    y = year + 4800 - a
    m = month + 12 * a - 3
    return day + (153 * m + 2) // 5 + 365 * y + y // 4 - y // 100 + y // 400 - 32045


def weekday(year, month, day):
    """0 = Monday ... 6 = Sunday."""
    return julian_day(year, month, day) % 7
'''},
        {"id": "e4", "path": "eclipse.py",
         "find": "    return calendar_math.jd_from_date(*second) - calendar_math.jd_from_date(*first)\n",
         "replace": "    return calendar_math.julian_day(*second) - calendar_math.julian_day(*first)\n",
         "note": "eclipse.saros_gap -> calendar_math.julian_day (both operands)"},
        {"id": "e5", "path": "sky.py", "note": "sky.py: use julian_day",
         "replace": '''from calendar_math import julian_day

J2000 = 2451545


def days_since_j2000(year, month, day):
    return julian_day(year, month, day) - J2000
'''},
        {"id": "e6", "path": "calendar_math.py", "find": "def weekday(year, month, day):",
         "replace": "jd_from_date = julian_day\n\n\ndef weekday(year, month, day):",
         "note": "keep old callers of jd_from_date working for a release?"},
        {"id": "e7", "path": "eclipse.py", "note": "eclipse.py: port to julian_day",
         "replace": '''from calendar_math import julian_day


def saros_gap(first, second):
    """Whole days between two eclipse dates given as (y, m, d) tuples."""
    return abs(julian_day(*second) - julian_day(*first))
'''},
    ],
    "solution": ["e3", "e5", "e4"],
})


# ---------------------------------------------------------------------------
# 2. class rename with a subclass in another file; a look-alike class must keep its name
TASKS.append({
    "id": "m3-mfr-sprite-entity", "family": "multi_file_refactor", "split": "train", "level": 3,
    "description": "Review note on the engine PR: `Sprite` is a misleading name now that invisible "
                   "trigger zones are built from it too. Please call the class `Entity` everywhere: its "
                   "definition in engine.py, the subclass in player.py and the crate factory in level.py. "
                   "`SpriteSheet` really is about sprites, so it stays exactly as it is. And no "
                   "`Sprite = Entity` shim, please: nothing should be reachable under the old name.",
    "files": {
        "engine.py": '''class SpriteSheet:
    def __init__(self, frames):
        self.frames = list(frames)

    def frame(self, tick):
        return self.frames[tick % len(self.frames)]


class Sprite:
    def __init__(self, x, y, sheet=None):
        self.x, self.y = x, y
        self.sheet = sheet

    def step(self, dx, dy):
        self.x += dx
        self.y += dy
        return (self.x, self.y)
''',
        "player.py": '''from engine import Sprite


class Player(Sprite):
    speed = 2

    def run_right(self, ticks):
        for _ in range(ticks):
            self.step(self.speed, 0)
        return self.x
''',
        "level.py": '''import engine


def spawn_crates(positions):
    sheet = engine.SpriteSheet(["crate"])
    return [engine.Sprite(x, y, sheet) for x, y in positions]
''',
    },
    "tests": [
        "import engine",
        "assert engine.Entity(1, 2).step(3, 4) == (4, 6)",
        "assert not hasattr(engine, 'Sprite'), 'no shim for the old class name'",
        "assert engine.SpriteSheet(['a', 'b']).frame(3) == 'b'",
        "import player",
        "assert issubclass(player.Player, engine.Entity) and player.Player(0, 0).run_right(3) == 6",
        "assert not hasattr(player, 'Sprite'), 'player.py still binds the name Sprite'",
        "import level",
        "assert [c.x for c in level.spawn_crates([(1, 1), (5, 2)])] == [1, 5]",
        "assert all(isinstance(c, engine.Entity) for c in level.spawn_crates([(0, 0)]))",
    ],
    "edits": [
        {"id": "e1", "path": "engine.py", "find": "class Sprite:\n", "replace": "class Entity:\n",
         "note": "engine: class Sprite -> class Entity"},
        {"id": "e2", "path": "player.py", "find": "from engine import Sprite\n",
         "replace": "from engine import Entity as Sprite\n", "note": "player.py: fix the import"},
        {"id": "e3", "path": "engine.py", "note": "engine.py: s/Sprite/Entity/g",
         "replace": '''class EntitySheet:
    def __init__(self, frames):
        self.frames = list(frames)

    def frame(self, tick):
        return self.frames[tick % len(self.frames)]


class Entity:
    def __init__(self, x, y, sheet=None):
        self.x, self.y = x, y
        self.sheet = sheet

    def step(self, dx, dy):
        self.x += dx
        self.y += dy
        return (self.x, self.y)
'''},
        {"id": "e4", "path": "level.py", "find": "engine.Sprite(x, y, sheet)",
         "replace": "engine.Entity(x, y, sheet)", "note": "level: crates are engine.Entity now"},
        {"id": "e5", "path": "player.py", "note": "Player subclasses Entity",
         "replace": '''from engine import Entity


class Player(Entity):
    speed = 2

    def run_right(self, ticks):
        for _ in range(ticks):
            self.step(self.speed, 0)
        return self.x
'''},
        {"id": "e6", "path": "engine.py", "find": "        return (self.x, self.y)\n",
         "replace": "        return (self.x, self.y)\n\n\nSprite = Entity\n",
         "note": "engine: keep Sprite as a name for Entity"},
    ],
    "solution": ["e1", "e5", "e4"],
})


# ---------------------------------------------------------------------------
# 3. method rename; a sibling method calls it and must keep its own name
TASKS.append({
    "id": "m3-mfr-elevator-move-to", "family": "multi_file_refactor", "split": "train", "level": 2,
    "description": "Rename method `goto` -> `move_to` on elevator.Car, callers too. `go_home` unchanged.",
    "files": {
        "elevator.py": '''class Car:
    def __init__(self, floors):
        self.floors = floors
        self.floor = 0
        self.log = []

    def goto(self, floor):
        if not 0 <= floor < self.floors:
            raise ValueError("no such floor: %d" % floor)
        self.log.append((self.floor, floor))
        self.floor = floor
        return abs(self.log[-1][1] - self.log[-1][0])

    def go_home(self):
        return self.goto(0)
''',
        "dispatcher.py": '''def serve(car, requests):
    """Visit each requested floor in turn; return the number of floors travelled."""
    return sum(car.goto(f) for f in requests)


def park(cars):
    return [car.go_home() for car in cars]
''',
    },
    "tests": [
        "from elevator import Car",
        "c = Car(10); assert c.move_to(7) == 7 and c.floor == 7",
        "assert not hasattr(Car, 'goto')",
        "c = Car(5); c.move_to(4); assert c.go_home() == 4 and c.floor == 0, 'go_home keeps its name and still works'",
        "import dispatcher",
        "assert dispatcher.serve(Car(10), [3, 8, 2]) == 14",
        "assert dispatcher.park([Car(3), Car(4)]) == [0, 0]",
    ],
    "edits": [
        {"id": "e1", "path": "elevator.py", "find": "    def goto(self, floor):",
         "replace": "    def move_to(self, floor):", "note": "elevator.py: rename the method"},
        {"id": "e2", "path": "elevator.py", "note": "Car: goto -> move_to (go_home follows)",
         "replace": '''class Car:
    def __init__(self, floors):
        self.floors = floors
        self.floor = 0
        self.log = []

    def move_to(self, floor):
        if not 0 <= floor < self.floors:
            raise ValueError("no such floor: %d" % floor)
        self.log.append((self.floor, floor))
        self.floor = floor
        return abs(self.log[-1][1] - self.log[-1][0])

    def go_home(self):
        return self.move_to(0)
'''},
        {"id": "e3", "path": "elevator.py", "note": "Car: consistent move_* naming",
         "replace": '''class Car:
    def __init__(self, floors):
        self.floors = floors
        self.floor = 0
        self.log = []

    def move_to(self, floor):
        if not 0 <= floor < self.floors:
            raise ValueError("no such floor: %d" % floor)
        self.log.append((self.floor, floor))
        self.floor = floor
        return abs(self.log[-1][1] - self.log[-1][0])

    def move_home(self):
        return self.move_to(0)
'''},
        {"id": "e4", "path": "dispatcher.py", "find": "car.goto(f)", "replace": "car.move_to(f)",
         "note": "dispatcher.serve: call move_to"},
        {"id": "e5", "path": "elevator.py", "find": "    def go_home(self):",
         "replace": "    def move_to(self, floor):\n        return self.goto(floor)\n\n    def go_home(self):",
         "note": "add move_to, delegating to goto"},
        {"id": "e6", "path": "dispatcher.py", "note": "dispatcher.py: new Car API in serve and park",
         "replace": '''def serve(car, requests):
    """Visit each requested floor in turn; return the number of floors travelled."""
    return sum(car.move_to(f) for f in requests)


def park(cars):
    return [car.move_home() for car in cars]
'''},
    ],
    "solution": ["e2", "e4"],
})


# ---------------------------------------------------------------------------
# 4. keyword-argument rename, no compatibility spelling
TASKS.append({
    "id": "m3-mfr-wrap-columns", "family": "multi_file_refactor", "split": "train", "level": 3,
    "description": "The keyword argument `width` of layout.wrap is renamed to `columns`: the typesetting "
                   "team reads 'width' as pixels. After the change, wrap(text, columns=..., indent=...) is "
                   "the only spelling; a caller that still passes width= should get a TypeError like any "
                   "unknown keyword, so do not accept both. The default stays 40 and `indent` is untouched. "
                   "Update the two callers, poem.py and banner.py, and change nothing else about them.",
    "files": {
        "layout.py": '''def wrap(text, width=40, indent=""):
    """Greedy word wrap; every line starts with indent and is at most width characters."""
    lines, current = [], indent
    for word in text.split():
        candidate = current + (" " if current.strip() else "") + word
        if len(candidate) > width and current.strip():
            lines.append(current)
            current = indent + word
        else:
            current = candidate
    if current.strip():
        lines.append(current)
    return lines
''',
        "poem.py": '''import layout


def stanza(text):
    return "\\n".join(layout.wrap(text, width=20, indent="  "))
''',
        "banner.py": '''from layout import wrap


def banner(title, body):
    rule = "=" * 30
    return [rule, title.upper(), rule] + wrap(body, width=30)
''',
    },
    "tests": [
        "import layout",
        "assert layout.wrap('aa bb cc dd', columns=5) == ['aa bb', 'cc dd']",
        "assert layout.wrap('one two three') == ['one two three'], 'the default must stay 40'",
        "assert 'width' not in layout.wrap.__code__.co_varnames, 'width must not be accepted any more'",
        "import poem",
        "assert poem.stanza('the quick brown fox jumps over') == '  the quick brown\\n  fox jumps over'",
        "import banner",
        "assert banner.banner('news', 'x ' * 20) == ['=' * 30, 'NEWS', '=' * 30, 'x ' * 14 + 'x', 'x x x x x']",
    ],
    "edits": [
        {"id": "e1", "path": "layout.py", "find": "def wrap(text, width=40, indent=\"\"):",
         "replace": "def wrap(text, columns=40, indent=\"\"):", "note": "rename the keyword in the signature"},
        {"id": "e2", "path": "poem.py", "find": "width=20", "replace": "columns=20",
         "note": "poem.py: pass columns="},
        {"id": "e3", "path": "layout.py", "note": "layout: accept both spellings for now",
         "replace": '''def wrap(text, columns=40, indent="", width=None):
    """Greedy word wrap; every line starts with indent and is at most columns characters."""
    if width is not None:
        columns = width
    lines, current = [], indent
    for word in text.split():
        candidate = current + (" " if current.strip() else "") + word
        if len(candidate) > columns and current.strip():
            lines.append(current)
            current = indent + word
        else:
            current = candidate
    if current.strip():
        lines.append(current)
    return lines
'''},
        {"id": "e4", "path": "banner.py", "find": "wrap(body, width=30)", "replace": "wrap(body, columns=30)",
         "note": "banner: columns=30"},
        {"id": "e5", "path": "layout.py", "note": "layout.wrap: width -> columns, signature and body",
         "replace": '''def wrap(text, columns=40, indent=""):
    """Greedy word wrap; every line starts with indent and is at most columns characters."""
    lines, current = [], indent
    for word in text.split():
        candidate = current + (" " if current.strip() else "") + word
        if len(candidate) > columns and current.strip():
            lines.append(current)
            current = indent + word
        else:
            current = candidate
    if current.strip():
        lines.append(current)
    return lines
'''},
        {"id": "e6", "path": "banner.py", "note": "banner.py: modernise",
         "replace": '''from layout import wrap

RULE = "-" * 30


def banner(title, body):
    return [RULE, title.upper(), RULE] + wrap(body, columns=30)
'''},
    ],
    "solution": ["e5", "e2", "e4"],
})


# ---------------------------------------------------------------------------
# 5. move a function (and the constant only it uses) into a new module, no re-export
TASKS.append({
    "id": "m3-mfr-geo-haversine", "family": "multi_file_refactor", "split": "train", "level": 4,
    "description": "MAP-7 Move `haversine` and `EARTH_RADIUS_KM` (only haversine uses it) out of routes.py "
                   "into a new module geo.py. routes.py keeps `route_length`, which must now call "
                   "geo.haversine; routes must not re-export either name. trips.py and nearby.py get the "
                   "function from geo as well.",
    "files": {
        "routes.py": '''import math

EARTH_RADIUS_KM = 6371.0


def haversine(a, b):
    """Great-circle distance in km between two (lat, lon) points given in degrees."""
    lat1, lon1 = map(math.radians, a)
    lat2, lon2 = map(math.radians, b)
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(h))


def route_length(stops):
    return sum(haversine(p, q) for p, q in zip(stops, stops[1:]))
''',
        "trips.py": '''from routes import haversine


def longest_leg(stops):
    return max(haversine(p, q) for p, q in zip(stops, stops[1:]))
''',
        "nearby.py": '''import routes


def within(center, points, km):
    return [p for p in points if routes.haversine(center, p) <= km]
''',
    },
    "tests": [
        "import geo",
        "assert round(geo.haversine((0, 0), (0, 1)), 1) == 111.2",
        "assert geo.EARTH_RADIUS_KM == 6371.0",
        "import routes",
        "assert not hasattr(routes, 'haversine') and not hasattr(routes, 'EARTH_RADIUS_KM'), 'routes must not re-export'",
        "assert round(routes.route_length([(0, 0), (0, 1), (1, 1)]), 1) == 222.4",
        "import trips",
        "assert round(trips.longest_leg([(0, 0), (0, 2), (0, 3)]), 1) == 222.4",
        "import nearby",
        "assert nearby.within((0, 0), [(0, 0.5), (0, 2)], 100) == [(0, 0.5)]",
    ],
    "edits": [
        {"id": "e1", "path": "geo.py", "note": "create geo.py holding haversine and the earth radius",
         "replace": '''import math

EARTH_RADIUS_KM = 6371.0


def haversine(a, b):
    """Great-circle distance in km between two (lat, lon) points given in degrees."""
    lat1, lon1 = map(math.radians, a)
    lat2, lon2 = map(math.radians, b)
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(h))
'''},
        {"id": "e2", "path": "routes.py", "note": "routes: import haversine from geo (old imports keep working)",
         "replace": '''from geo import EARTH_RADIUS_KM, haversine


def route_length(stops):
    return sum(haversine(p, q) for p, q in zip(stops, stops[1:]))
'''},
        {"id": "e3", "path": "nearby.py", "find": "routes.haversine(center, p) <= km",
         "replace": "geo.haversine(center, p) <= km", "note": "nearby: geo.haversine in the filter"},
        {"id": "e4", "path": "routes.py", "note": "routes.py: drop haversine, call geo.haversine",
         "replace": '''import geo


def route_length(stops):
    return sum(geo.haversine(p, q) for p, q in zip(stops, stops[1:]))
'''},
        {"id": "e5", "path": "trips.py", "find": "from routes import haversine\n",
         "replace": "from geo import haversine\n", "note": "trips: import from geo"},
        {"id": "e6", "path": "nearby.py", "note": "nearby.py: switch the module it imports",
         "replace": '''import geo


def within(center, points, km):
    return [p for p in points if geo.haversine(center, p) <= km]
'''},
    ],
    "solution": ["e1", "e4", "e5", "e6"],
})


# ---------------------------------------------------------------------------
# 6. add a required leading parameter and give each caller the right value
TASKS.append({
    "id": "m3-mfr-logfmt-level", "family": "multi_file_refactor", "split": "train", "level": 3,
    "description": "`format_line` in logfmt.py learns the severity. New signature: format_line(level, msg), "
                   "level first and with no default; the prefix is the level upper-cased in brackets, so "
                   "format_line('warn', 'disk 91%') gives '[WARN] disk 91%'. format_block keeps logging at "
                   "info. Callers: worker.report logs a finished job at 'info' and a failed one at 'error'; "
                   "health.disk_alert logs at 'warn'.",
    "files": {
        "logfmt.py": '''def format_line(msg):
    return "[INFO] " + msg.rstrip()


def format_block(lines):
    return "\\n".join(format_line(m) for m in lines)
''',
        "worker.py": '''import logfmt


def report(job, ok):
    if ok:
        return logfmt.format_line("job %s done" % job)
    return logfmt.format_line("job %s FAILED" % job)
''',
        "health.py": '''from logfmt import format_line


def disk_alert(pct):
    return format_line("disk %d%%" % pct) if pct >= 90 else None
''',
    },
    "tests": [
        "import logfmt",
        "assert logfmt.format_line('warn', 'disk 91%  ') == '[WARN] disk 91%'",
        "assert logfmt.format_block(['a', 'b ']) == '[INFO] a\\n[INFO] b'",
        "assert logfmt.format_line.__defaults__ is None, 'level has no default'",
        "import worker",
        "assert worker.report(7, True) == '[INFO] job 7 done'",
        "assert worker.report('b', False) == '[ERROR] job b FAILED'",
        "import health",
        "assert health.disk_alert(91) == '[WARN] disk 91%'",
        "assert health.disk_alert(50) is None",
    ],
    "edits": [
        {"id": "e1", "path": "logfmt.py", "find": "def format_line(msg):\n    return \"[INFO] \" + msg.rstrip()\n",
         "replace": "def format_line(msg, level=\"info\"):\n    return \"[\" + level.upper() + \"] \" + msg.rstrip()\n",
         "note": "logfmt: optional level argument, defaults to info"},
        {"id": "e2", "path": "worker.py", "note": "worker: add the level to both calls",
         "replace": '''import logfmt


def report(job, ok):
    if ok:
        return logfmt.format_line("info", "job %s done" % job)
    return logfmt.format_line("info", "job %s FAILED" % job)
'''},
        {"id": "e3", "path": "logfmt.py", "note": "logfmt: format_line(level, msg)",
         "replace": '''def format_line(level, msg):
    return "[" + level.upper() + "] " + msg.rstrip()


def format_block(lines):
    return "\\n".join(format_line("info", m) for m in lines)
'''},
        {"id": "e4", "path": "health.py", "find": "format_line(\"disk %d%%\" % pct)",
         "replace": "format_line(\"disk %d%%\" % pct, \"warn\")", "note": "health: level after the message"},
        {"id": "e5", "path": "worker.py", "note": "worker.report: info on success, error on failure",
         "replace": '''import logfmt


def report(job, ok):
    if ok:
        return logfmt.format_line("info", "job %s done" % job)
    return logfmt.format_line("error", "job %s FAILED" % job)
'''},
        {"id": "e6", "path": "health.py", "find": "format_line(\"disk %d%%\" % pct)",
         "replace": "format_line(\"warn\", \"disk %d%%\" % pct)", "note": "health.py: disk alerts are warnings"},
    ],
    "solution": ["e3", "e5", "e6"],
})


# ---------------------------------------------------------------------------
# 7. remove an unused parameter; the default-value shortcut is the trap
TASKS.append({
    "id": "m3-mfr-tokenize-drop-debug", "family": "multi_file_refactor", "split": "train", "level": 3,
    "description": "nit: `tokenize` never looks at its `debug` argument. Drop the parameter so the signature "
                   "is just tokenize(text), and fix the call sites (bigrams in lexer.py, indexer.py and "
                   "query.py). Please don't turn it into debug=False: a caller that still passes it should "
                   "fail loudly rather than silently.",
    "files": {
        "lexer.py": '''import re

WORD = re.compile(r"[a-z0-9]+")


def tokenize(text, debug):
    return WORD.findall(text.lower())


def bigrams(text):
    words = tokenize(text, False)
    return list(zip(words, words[1:]))
''',
        "indexer.py": '''from collections import defaultdict

from lexer import tokenize


def build_index(docs):
    index = defaultdict(set)
    for doc_id, text in docs.items():
        for word in tokenize(text, True):
            index[word].add(doc_id)
    return dict(index)
''',
        "query.py": '''import lexer


def terms(q):
    return sorted(set(lexer.tokenize(q, False)))
''',
    },
    "tests": [
        "import lexer",
        "assert lexer.tokenize('Hello, World 42') == ['hello', 'world', '42']",
        "assert lexer.tokenize.__code__.co_argcount == 1, 'tokenize takes only text now'",
        "assert lexer.bigrams('a b c') == [('a', 'b'), ('b', 'c')]",
        "import indexer",
        "assert indexer.build_index({1: 'red fox', 2: 'Red hen'}) == {'red': {1, 2}, 'fox': {1}, 'hen': {2}}",
        "import query",
        "assert query.terms('fox AND fox or hen') == ['and', 'fox', 'hen', 'or']",
    ],
    "edits": [
        {"id": "e1", "path": "lexer.py", "find": "def tokenize(text, debug):",
         "replace": "def tokenize(text, debug=False):", "note": "make debug optional"},
        {"id": "e2", "path": "indexer.py", "find": "tokenize(text, True)", "replace": "tokenize(text)",
         "note": "indexer: one-argument tokenize"},
        {"id": "e3", "path": "lexer.py", "find": "def tokenize(text, debug):", "replace": "def tokenize(text):",
         "note": "lexer: drop the debug parameter"},
        {"id": "e4", "path": "query.py", "find": "lexer.tokenize(q, False)", "replace": "lexer.tokenize(q)",
         "note": "cleanup in query.py"},
        {"id": "e5", "path": "lexer.py", "note": "lexer.py: tokenize(text), and bigrams calls it that way",
         "replace": '''import re

WORD = re.compile(r"[a-z0-9]+")


def tokenize(text):
    return WORD.findall(text.lower())


def bigrams(text):
    words = tokenize(text)
    return list(zip(words, words[1:]))
'''},
        {"id": "e6", "path": "indexer.py", "note": "indexer.py: tokenize(text); sorted posting lists",
         "replace": '''from collections import defaultdict

from lexer import tokenize


def build_index(docs):
    index = defaultdict(set)
    for doc_id, text in docs.items():
        for word in tokenize(text):
            index[word].add(doc_id)
    return {word: sorted(ids) for word, ids in index.items()}
'''},
    ],
    "solution": ["e5", "e2", "e4"],
})


# ---------------------------------------------------------------------------
# 8. reorder positional parameters; one caller file has two call sites
TASKS.append({
    "id": "m3-mfr-edge-arg-order", "family": "multi_file_refactor", "split": "train", "level": 3,
    "description": "graph: make_edge(src, dst, weight). "
                   "Put the endpoints first, like every other graph API we use: `make_edge` takes "
                   "(src, dst, weight) from now on, and weight stays a required argument. The call sites "
                   "are all positional, so each one must be reordered: roads.py and both calls in metro.py.",
    "files": {
        "graph.py": '''from collections import namedtuple

Edge = namedtuple("Edge", "src dst weight")


def make_edge(weight, src, dst):
    if weight < 0:
        raise ValueError("negative weight")
    return Edge(src, dst, weight)


def total_weight(edges):
    return sum(e.weight for e in edges)
''',
        "roads.py": '''import graph


def road_network(segments):
    """segments: (from_town, to_town, km) triples."""
    return [graph.make_edge(km, a, b) for a, b, km in segments]
''',
        "metro.py": '''from graph import make_edge


def line(stations, minutes):
    return [make_edge(minutes, s, t) for s, t in zip(stations, stations[1:])]


def loop(stations, minutes):
    edges = line(stations, minutes)
    edges.append(make_edge(minutes, stations[-1], stations[0]))
    return edges
''',
    },
    "tests": [
        "import graph",
        "assert graph.make_edge('a', 'b', 3) == ('a', 'b', 3)",
        "assert graph.make_edge.__defaults__ is None, 'weight stays required'",
        "import roads",
        "assert roads.road_network([('Ash', 'Elm', 12)])[0].src == 'Ash'",
        "assert graph.total_weight(roads.road_network([('x', 'y', 2), ('y', 'z', 5)])) == 7",
        "import metro",
        "assert metro.line(['A', 'B', 'C'], 4) == [('A', 'B', 4), ('B', 'C', 4)]",
        "assert metro.loop(['A', 'B', 'C'], 4)[-1] == ('C', 'A', 4), 'the loop closes C -> A'",
    ],
    "edits": [
        {"id": "e1", "path": "metro.py", "find": "[make_edge(minutes, s, t) for",
         "replace": "[make_edge(s, t, minutes) for", "note": "metro.line: new argument order"},
        {"id": "e2", "path": "graph.py", "find": "def make_edge(weight, src, dst):",
         "replace": "def make_edge(src, dst, weight):", "note": "graph.make_edge: endpoints first"},
        {"id": "e3", "path": "roads.py", "find": "graph.make_edge(km, a, b)", "replace": "graph.make_edge(b, a, km)",
         "note": "roads.py: endpoints first"},
        {"id": "e4", "path": "graph.py", "find": "def make_edge(weight, src, dst):",
         "replace": "def make_edge(src, dst, weight=1):",
         "note": "graph: (src, dst, weight) with a unit weight for unweighted callers"},
        {"id": "e5", "path": "roads.py", "find": "graph.make_edge(km, a, b)", "replace": "graph.make_edge(a, b, km)",
         "note": "roads: make_edge(a, b, km)"},
        {"id": "e6", "path": "metro.py", "note": "reorder both make_edge calls in metro",
         "replace": '''from graph import make_edge


def line(stations, minutes):
    return [make_edge(s, t, minutes) for s, t in zip(stations, stations[1:])]


def loop(stations, minutes):
    edges = line(stations, minutes)
    edges.append(make_edge(stations[-1], stations[0], minutes))
    return edges
'''},
    ],
    "solution": ["e2", "e5", "e6"],
})


# ---------------------------------------------------------------------------
# 9. return type change: tuple -> dict, callers adapt without changing their output
TASKS.append({
    "id": "m3-mfr-summary-dict", "family": "multi_file_refactor", "split": "train", "level": 3,
    "description": "SENS-88: `summarize` in sensors.py should return a dict with the keys 'low', 'high' and "
                   "'mean' instead of a bare tuple, so nobody mixes up the positions again. Adapt "
                   "dashboard.py and alarms.py to read the keys of the summary; what they return must not change.",
    "files": {
        "sensors.py": '''def summarize(readings):
    """Low, high and mean of a non-empty list of readings."""
    low, high = min(readings), max(readings)
    return low, high, sum(readings) / len(readings)
''',
        "dashboard.py": '''from sensors import summarize


def tile(name, readings):
    low, high, mean = summarize(readings)
    return "%s: %.1f (%.1f..%.1f)" % (name, mean, low, high)
''',
        "alarms.py": '''import sensors


def out_of_band(readings, lo_limit, hi_limit):
    stats = sensors.summarize(readings)
    return stats[0] < lo_limit or stats[1] > hi_limit
''',
    },
    "tests": [
        "import sensors",
        "assert sensors.summarize([3, 1, 2]) == {'low': 1, 'high': 3, 'mean': 2.0}",
        "import dashboard",
        "assert dashboard.tile('t1', [20.0, 22.5, 21.0]) == 't1: 21.2 (20.0..22.5)'",
        "import alarms",
        "assert alarms.out_of_band([5, 9], 4, 10) is False",
        "assert alarms.out_of_band([5, 11], 4, 10) is True, 'a high reading must trip the alarm'",
        "assert alarms.out_of_band([3, 9], 4, 10)",
    ],
    "edits": [
        {"id": "e1", "path": "dashboard.py", "note": "dashboard.py: use the dict keys, tidy the format",
         "replace": '''from sensors import summarize


def tile(name, readings):
    summary = summarize(readings)
    return "%s: %d (%d..%d)" % (name, summary["mean"], summary["low"], summary["high"])
'''},
        {"id": "e2", "path": "sensors.py", "find": "    return low, high, sum(readings) / len(readings)\n",
         "replace": "    return {\"low\": low, \"high\": high, \"mean\": sum(readings) / len(readings)}\n",
         "note": "sensors.summarize: return a dict"},
        {"id": "e3", "path": "alarms.py", "find": "    return stats[0] < lo_limit or stats[1] > hi_limit\n",
         "replace": "    return stats[\"min\"] < lo_limit or stats[\"max\"] > hi_limit\n",
         "note": "alarms: use stats['min'] / stats['max']"},
        {"id": "e4", "path": "dashboard.py", "find": "    low, high, mean = summarize(readings)\n",
         "replace": "    summary = summarize(readings)\n    low, high, mean = summary[\"low\"], summary[\"high\"], summary[\"mean\"]\n",
         "note": "dashboard: read the summary by key"},
        {"id": "e5", "path": "sensors.py", "find": "    return low, high, sum(readings) / len(readings)\n",
         "replace": "    from collections import namedtuple\n"
                    "    return namedtuple(\"Summary\", \"low high mean\")(low, high, sum(readings) / len(readings))\n",
         "note": "summarize: named fields instead of a plain tuple?"},
        {"id": "e6", "path": "alarms.py", "find": "    return stats[0] < lo_limit or stats[1] > hi_limit\n",
         "replace": "    return stats[\"low\"] < lo_limit or stats[\"high\"] > hi_limit\n",
         "note": "alarms.out_of_band: compare the low/high keys"},
    ],
    "solution": ["e2", "e4", "e6"],
})


# ---------------------------------------------------------------------------
# 10. a magic number becomes a named constant in a new module, read through the module
TASKS.append({
    "id": "m3-mfr-seconds-per-day", "family": "multi_file_refactor", "split": "train", "level": 3,
    "description": "retention.py and cron.py both hard-code `86400`. Introduce a module clockunits.py that "
                   "defines `SECONDS_PER_DAY` = 86400 and make both modules use it. Read it through the "
                   "module (import clockunits, then clockunits.SECONDS_PER_DAY at the point of use), not with "
                   "a from-import, so that the test harness can shorten a day by patching clockunits. With "
                   "the real value nothing may change.",
    "files": {
        "retention.py": '''def expired(created_at, now, keep_days):
    """True when a backup made at created_at (epoch seconds) is older than keep_days."""
    return now - created_at > keep_days * 86400
''',
        "cron.py": '''def next_daily(run_at, now):
    """Next run of a daily job first scheduled at run_at (epoch seconds)."""
    if now < run_at:
        return run_at
    periods = (now - run_at) // 86400 + 1
    return run_at + periods * 86400
''',
    },
    "tests": [
        "import retention",
        "import cron",
        "assert retention.expired(0, 86400 * 3 + 1, 3) and not retention.expired(0, 86400 * 3, 3)",
        "assert cron.next_daily(100, 100 + 86400 * 2 + 5) == 100 + 86400 * 3",
        "assert cron.next_daily(500, 20) == 500",
        "import clockunits",
        "assert clockunits.SECONDS_PER_DAY == 86400",
        "clockunits.SECONDS_PER_DAY = 10; ok = retention.expired(0, 31, 3); clockunits.SECONDS_PER_DAY = 86400; "
        "assert ok, 'retention must read clockunits.SECONDS_PER_DAY when it runs'",
        "clockunits.SECONDS_PER_DAY = 10; nxt = cron.next_daily(0, 25); clockunits.SECONDS_PER_DAY = 86400; "
        "assert nxt == 30",
    ],
    "edits": [
        {"id": "e1", "path": "clockunits.py", "note": "add clockunits.py (DAY_SECONDS)",
         "replace": "DAY_SECONDS = 86400\n"},
        {"id": "e2", "path": "retention.py", "note": "retention: use clockunits.SECONDS_PER_DAY",
         "replace": '''import clockunits


def expired(created_at, now, keep_days):
    """True when a backup made at created_at (epoch seconds) is older than keep_days."""
    return now - created_at > keep_days * clockunits.SECONDS_PER_DAY
'''},
        {"id": "e3", "path": "cron.py", "find": "    periods = (now - run_at) // 86400 + 1\n",
         "replace": "    periods = (now - run_at) // clockunits.SECONDS_PER_DAY + 1\n",
         "note": "cron.py: replace the 86400 in the division"},
        {"id": "e4", "path": "clockunits.py", "note": "new module clockunits with SECONDS_PER_DAY",
         "replace": "SECONDS_PER_DAY = 86400\n"},
        {"id": "e5", "path": "retention.py", "note": "retention.py: from clockunits import SECONDS_PER_DAY",
         "replace": '''from clockunits import SECONDS_PER_DAY


def expired(created_at, now, keep_days):
    """True when a backup made at created_at (epoch seconds) is older than keep_days."""
    return now - created_at > keep_days * SECONDS_PER_DAY
'''},
        {"id": "e6", "path": "cron.py", "note": "cron.next_daily: the named constant, both places",
         "replace": '''import clockunits


def next_daily(run_at, now):
    """Next run of a daily job first scheduled at run_at (epoch seconds)."""
    if now < run_at:
        return run_at
    day = clockunits.SECONDS_PER_DAY
    periods = (now - run_at) // day + 1
    return run_at + periods * day
'''},
    ],
    "solution": ["e4", "e2", "e6"],
})


# ---------------------------------------------------------------------------
# 11. split a two-job helper into two, callers compose them
TASKS.append({
    "id": "m3-mfr-split-parse-check", "family": "multi_file_refactor", "split": "train", "level": 3,
    "description": "`parse_and_check` in results.py does two jobs; please split it. `parse_result(line)` only "
                   "turns 'home H-A away' into (home, h, a, away) as written. `check_result(row)` canonicalises "
                   "the team names (title case), raises ValueError when a team plays itself, and returns the "
                   "canonical row. Callers compose them as check_result(parse_result(line)), so their results "
                   "stay the same, and parse_and_check disappears.",
    "files": {
        "results.py": '''def parse_and_check(line):
    """'lions 3-1 TIGERS' -> ('Lions', 3, 1, 'Tigers'); ValueError on a bad line."""
    home, score, away = line.split()
    h, a = (int(n) for n in score.split("-"))
    home, away = home.title(), away.title()
    if home == away:
        raise ValueError("a team cannot play itself: " + line)
    return home, h, a, away
''',
        "table.py": '''from results import parse_and_check


def points(lines):
    pts = {}
    for line in lines:
        home, h, a, away = parse_and_check(line)
        pts.setdefault(home, 0)
        pts.setdefault(away, 0)
        if h > a:
            pts[home] += 3
        elif h < a:
            pts[away] += 3
        else:
            pts[home] += 1
            pts[away] += 1
    return pts
''',
        "importer.py": '''import results


def load(lines):
    good, bad = [], []
    for line in lines:
        try:
            good.append(results.parse_and_check(line))
        except ValueError:
            bad.append(line)
    return good, bad
''',
    },
    "tests": [
        "import results",
        "assert results.parse_result('lions 3-1 TIGERS') == ('lions', 3, 1, 'TIGERS')",
        "assert results.check_result(('ash', 0, 0, 'elm')) == ('Ash', 0, 0, 'Elm')",
        "assert not hasattr(results, 'parse_and_check'), 'parse_and_check should be gone'",
        "import table",
        "assert table.points(['lions 3-1 TIGERS', 'Tigers 2-2 bears']) == {'Lions': 3, 'Tigers': 1, 'Bears': 1}",
        "import importer",
        "assert importer.load(['a 1-0 b', 'A 1-0 a', 'junk']) == ([('A', 1, 0, 'B')], ['A 1-0 a', 'junk'])",
    ],
    "edits": [
        {"id": "e1", "path": "results.py", "note": "results: split, keeping parse_and_check as a thin wrapper",
         "replace": '''def parse_result(line):
    """'lions 3-1 TIGERS' -> ('lions', 3, 1, 'TIGERS')"""
    home, score, away = line.split()
    h, a = (int(n) for n in score.split("-"))
    return home, h, a, away


def check_result(row):
    """title case for the team names; ValueError when a team plays itself"""
    home, h, a, away = row
    home, away = home.title(), away.title()
    if home == away:
        raise ValueError("a team cannot play itself: " + home)
    return home, h, a, away


def parse_and_check(line):
    return check_result(parse_result(line))
'''},
        {"id": "e2", "path": "importer.py", "find": "results.parse_and_check(line)",
         "replace": "results.check_result(results.parse_result(line))", "note": "importer: parse, then check"},
        {"id": "e3", "path": "table.py", "note": "table.py: parsing is enough here",
         "replace": '''from results import parse_result


def points(lines):
    pts = {}
    for line in lines:
        home, h, a, away = parse_result(line)
        pts.setdefault(home, 0)
        pts.setdefault(away, 0)
        if h > a:
            pts[home] += 3
        elif h < a:
            pts[away] += 3
        else:
            pts[home] += 1
            pts[away] += 1
    return pts
'''},
        {"id": "e4", "path": "results.py", "note": "split parse_and_check into parse_result + check_result",
         "replace": '''def parse_result(line):
    """'lions 3-1 TIGERS' -> ('lions', 3, 1, 'TIGERS')"""
    home, score, away = line.split()
    h, a = (int(n) for n in score.split("-"))
    return home, h, a, away


def check_result(row):
    """title case for the team names; ValueError when a team plays itself"""
    home, h, a, away = row
    home, away = home.title(), away.title()
    if home == away:
        raise ValueError("a team cannot play itself: " + home)
    return home, h, a, away
'''},
        {"id": "e5", "path": "importer.py", "find": "results.parse_and_check(line)",
         "replace": "results.parse_result(line)", "note": "importer.load: use parse_result"},
        {"id": "e6", "path": "table.py", "note": "table.points: check_result(parse_result(line))",
         "replace": '''from results import check_result, parse_result


def points(lines):
    pts = {}
    for line in lines:
        home, h, a, away = check_result(parse_result(line))
        pts.setdefault(home, 0)
        pts.setdefault(away, 0)
        if h > a:
            pts[home] += 3
        elif h < a:
            pts[away] += 3
        else:
            pts[home] += 1
            pts[away] += 1
    return pts
'''},
    ],
    "solution": ["e4", "e6", "e2"],
})


# ---------------------------------------------------------------------------
# 12. merge two converters into one with a selector argument
TASKS.append({
    "id": "m3-mfr-merge-to-kelvin", "family": "multi_file_refactor", "split": "train", "level": 3,
    "description": "thermo: merge `celsius_to_kelvin` and `fahrenheit_to_kelvin` into one to_kelvin(value, scale) "
                   "(scale 'C' or 'F', anything else ValueError); drop the old two, keep "
                   "`kelvin_to_celsius`; fix the callers.",
    "files": {
        "thermo.py": '''def celsius_to_kelvin(c):
    return c + 273.15


def fahrenheit_to_kelvin(f):
    return (f - 32) * 5 / 9 + 273.15


def kelvin_to_celsius(k):
    return k - 273.15
''',
        "lab.py": '''import thermo

R = 8.314  # J / (mol K)


def gas_volume(n_mol, temp_c, pressure_pa):
    """Ideal-gas volume in cubic metres."""
    return n_mol * R * thermo.celsius_to_kelvin(temp_c) / pressure_pa
''',
        "weatherlog.py": '''from thermo import fahrenheit_to_kelvin, kelvin_to_celsius


def to_celsius_series(fahrenheit_values):
    return [round(kelvin_to_celsius(fahrenheit_to_kelvin(f)), 2) for f in fahrenheit_values]
''',
    },
    "tests": [
        "import thermo",
        "assert thermo.to_kelvin(0, 'C') == 273.15 and round(thermo.to_kelvin(212, 'F'), 2) == 373.15",
        "assert thermo.kelvin_to_celsius(273.15) == 0",
        "assert not hasattr(thermo, 'celsius_to_kelvin') and not hasattr(thermo, 'fahrenheit_to_kelvin')",
        "import lab",
        "assert round(lab.gas_volume(1, 0, 101325), 5) == 0.02241",
        "import weatherlog",
        "assert weatherlog.to_celsius_series([32, 98.6, -40]) == [0.0, 37.0, -40.0]",
    ],
    "edits": [
        {"id": "e1", "path": "thermo.py", "note": "thermo.py: to_kelvin(scale, value)",
         "replace": '''def to_kelvin(scale, value):
    if scale == "C":
        return value + 273.15
    if scale == "F":
        return (value - 32) * 5 / 9 + 273.15
    raise ValueError(scale)


def kelvin_to_celsius(k):
    return k - 273.15
'''},
        {"id": "e2", "path": "weatherlog.py", "note": "weatherlog: convert with to_kelvin(f, 'F')",
         "replace": '''from thermo import kelvin_to_celsius, to_kelvin


def to_celsius_series(fahrenheit_values):
    return [round(kelvin_to_celsius(to_kelvin(f, "F")), 2) for f in fahrenheit_values]
'''},
        {"id": "e3", "path": "thermo.py", "note": "one to_kelvin(value, scale) replaces the two converters",
         "replace": '''def to_kelvin(value, scale):
    if scale == "C":
        return value + 273.15
    if scale == "F":
        return (value - 32) * 5 / 9 + 273.15
    raise ValueError(scale)


def kelvin_to_celsius(k):
    return k - 273.15
'''},
        {"id": "e4", "path": "lab.py", "find": "thermo.celsius_to_kelvin(temp_c)",
         "replace": "thermo.to_kelvin(temp_c, \"C\")", "note": "lab.gas_volume -> to_kelvin(..., 'C')"},
        {"id": "e5", "path": "weatherlog.py", "find": "from thermo import fahrenheit_to_kelvin, kelvin_to_celsius\n",
         "replace": "from thermo import kelvin_to_celsius, to_kelvin\n", "note": "weatherlog.py: update the import"},
    ],
    "solution": ["e3", "e4", "e2"],
})


# ---------------------------------------------------------------------------
# 13. rename a module-level registry dict that another module mutates
TASKS.append({
    "id": "m3-mfr-router-routes-dict", "family": "multi_file_refactor", "split": "train", "level": 2,
    "description": "WEB-19 - the module-level registry `HANDLERS` in router.py is renamed to `ROUTES` "
                   "(it maps paths, it does not hold handler objects). Everything that reads it follows. "
                   "The decorator `route` and `dispatch` keep their names, and there is to be one name for "
                   "the registry, not two.",
    "files": {
        "router.py": '''HANDLERS = {}


def route(path):
    def register(fn):
        HANDLERS[path] = fn
        return fn
    return register


def dispatch(path, request):
    handler = HANDLERS.get(path)
    if handler is None:
        return 404, "not found"
    return 200, handler(request)
''',
        "views.py": '''from router import route


@route("/hello")
def hello(request):
    return "hello " + request.get("name", "world")


@route("/echo")
def echo(request):
    return request.get("body", "")
''',
        "admin.py": '''import router


def list_routes():
    return sorted(router.HANDLERS)


def unregister(path):
    return router.HANDLERS.pop(path, None) is not None
''',
    },
    "tests": [
        "import router",
        "import views",
        "assert sorted(router.ROUTES) == ['/echo', '/hello']",
        "assert not hasattr(router, 'HANDLERS'), 'WEB-19: one name for the registry'",
        "assert router.dispatch('/hello', {'name': 'ada'}) == (200, 'hello ada')",
        "assert router.dispatch('/nope', {}) == (404, 'not found')",
        "import admin",
        "assert admin.list_routes() == ['/echo', '/hello']",
        "assert admin.unregister('/echo') and router.dispatch('/echo', {})[0] == 404",
    ],
    "edits": [
        {"id": "e1", "path": "router.py", "find": "HANDLERS = {}\n", "replace": "ROUTES = HANDLERS = {}\n",
         "note": "router: ROUTES, with HANDLERS pointing at the same dict"},
        {"id": "e2", "path": "admin.py", "find": "    return sorted(router.HANDLERS)\n",
         "replace": "    return sorted(router.ROUTES)\n", "note": "admin.list_routes"},
        {"id": "e3", "path": "router.py", "note": "router.py: HANDLERS -> ROUTES throughout",
         "replace": '''ROUTES = {}


def route(path):
    def register(fn):
        ROUTES[path] = fn
        return fn
    return register


def dispatch(path, request):
    handler = ROUTES.get(path)
    if handler is None:
        return 404, "not found"
    return 200, handler(request)
'''},
        {"id": "e4", "path": "admin.py", "note": "admin.py reads router.ROUTES",
         "replace": '''import router


def list_routes():
    return sorted(router.ROUTES)


def unregister(path):
    return router.ROUTES.pop(path, None) is not None
'''},
        {"id": "e5", "path": "router.py", "find": "HANDLERS = {}\n", "replace": "ROUTES = {}\n",
         "note": "rename the dict"},
        {"id": "e6", "path": "router.py", "note": "router: ROUTES + register_route, consistent naming",
         "replace": '''ROUTES = {}


def register_route(path):
    def register(fn):
        ROUTES[path] = fn
        return fn
    return register


def dispatch(path, request):
    handler = ROUTES.get(path)
    if handler is None:
        return 404, "not found"
    return 200, handler(request)
'''},
    ],
    "solution": ["e3", "e4"],
})


# ---------------------------------------------------------------------------
# 14. rename a whole module: create the new file, empty the old one, repoint importers
TASKS.append({
    "id": "m3-mfr-module-textkit", "family": "multi_file_refactor", "split": "train", "level": 4,
    "description": "strutil.py is being renamed to textkit.py, because `strutil` collides with a vendored "
                   "package on the build machines. Create `textkit` with the same two functions, unchanged, "
                   "and point blog.py and feed.py at it. Files cannot be deleted here, so empty strutil.py "
                   "out instead: it must define nothing any more. No wildcard re-export and no import "
                   "aliases that keep the old module name alive; anything still using strutil should break.",
    "files": {
        "strutil.py": '''import re


def slugify(title):
    return re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")


def truncate(text, n):
    return text if len(text) <= n else text[: n - 3] + "..."
''',
        "blog.py": '''import strutil


def permalink(post_id, title):
    return "/posts/%d/%s" % (post_id, strutil.slugify(title))
''',
        "feed.py": '''from strutil import slugify, truncate


def entry(title, body):
    return {"id": slugify(title), "summary": truncate(body, 20)}
''',
    },
    "tests": [
        "import textkit",
        "assert textkit.slugify('  Hello, World! ') == 'hello-world'",
        "assert textkit.truncate('abcdefghij', 6) == 'abc...' and textkit.truncate('abc', 6) == 'abc'",
        "import strutil",
        "assert not hasattr(strutil, 'slugify') and not hasattr(strutil, 'truncate'), 'strutil must define nothing now'",
        "import blog",
        "assert blog.permalink(7, 'Why Tests?') == '/posts/7/why-tests'",
        "assert not hasattr(blog, 'strutil')",
        "import feed",
        "assert feed.entry('A B', 'x' * 30) == {'id': 'a-b', 'summary': 'x' * 17 + '...'}",
    ],
    "edits": [
        {"id": "e1", "path": "strutil.py", "note": "strutil: re-export textkit for old importers",
         "replace": "from textkit import *\n"},
        {"id": "e2", "path": "textkit.py", "note": "add textkit.py (slugify, truncate)",
         "replace": '''import re


def slugify(title):
    return re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")


def truncate(text, n):
    return text if len(text) <= n else text[: n - 3] + "..."
'''},
        {"id": "e3", "path": "blog.py", "find": "import strutil\n", "replace": "import textkit as strutil\n",
         "note": "blog.py: swap the import"},
        {"id": "e4", "path": "feed.py", "find": "from strutil import slugify, truncate\n",
         "replace": "from textkit import slugify, truncate\n", "note": "feed.py: import from textkit"},
        {"id": "e5", "path": "strutil.py", "note": "strutil.py: empty it out",
         "replace": "# strutil is renamed to textkit\n"},
        {"id": "e6", "path": "blog.py", "note": "blog: use textkit",
         "replace": '''import textkit


def permalink(post_id, title):
    return "/posts/%d/%s" % (post_id, textkit.slugify(title))
'''},
    ],
    "solution": ["e2", "e5", "e6", "e4"],
})


# ---------------------------------------------------------------------------
# 15. class-attribute rename whose value must not change
TASKS.append({
    "id": "m3-mfr-signal-yellow", "family": "multi_file_refactor", "split": "train", "level": 3,
    "description": "signals: AMBER -> YELLOW. "
                   "The city spec calls the middle light `YELLOW`, so rename the attribute `Signal.AMBER` "
                   "and its readers in controller.py and camera.py. The wire value the lamps understand is "
                   "still the string 'amber'; leave it alone, and leave RED and GREEN alone too.",
    "files": {
        "signals.py": '''class Signal:
    RED = "red"
    AMBER = "amber"
    GREEN = "green"

    ORDER = [GREEN, AMBER, RED]

    @classmethod
    def after(cls, state):
        i = cls.ORDER.index(state)
        return cls.ORDER[(i + 1) % len(cls.ORDER)]
''',
        "controller.py": '''from signals import Signal


def cycle(state, steps):
    for _ in range(steps):
        state = Signal.after(state)
    return state


def may_enter(state):
    return state == Signal.GREEN or state == Signal.AMBER
''',
        "camera.py": '''import signals


def violation(state, crossed):
    return crossed and state == signals.Signal.RED


def warn(state):
    return state == signals.Signal.AMBER
''',
    },
    "tests": [
        "from signals import Signal",
        "assert Signal.YELLOW == 'amber', 'the wire value stays amber'",
        "assert not hasattr(Signal, 'AMBER')",
        "assert Signal.after('green') == 'amber' and Signal.after('red') == 'green'",
        "import controller",
        "assert controller.cycle('green', 4) == 'amber'",
        "assert controller.may_enter('amber') and not controller.may_enter('red')",
        "import camera",
        "assert camera.warn('amber') and not camera.warn('green')",
        "assert camera.violation('red', True) and not camera.violation('amber', True), 'running a yellow is no violation'",
    ],
    "edits": [
        {"id": "e1", "path": "signals.py", "find": "    AMBER = \"amber\"\n", "replace": "    YELLOW = \"amber\"\n",
         "note": "signals.py: rename the attribute"},
        {"id": "e2", "path": "controller.py", "find": "state == Signal.AMBER", "replace": "state == Signal.YELLOW",
         "note": "controller.may_enter: Signal.YELLOW"},
        {"id": "e3", "path": "signals.py", "note": "Signal.YELLOW = 'yellow'",
         "replace": '''class Signal:
    RED = "red"
    YELLOW = "yellow"
    GREEN = "green"

    ORDER = [GREEN, YELLOW, RED]

    @classmethod
    def after(cls, state):
        i = cls.ORDER.index(state)
        return cls.ORDER[(i + 1) % len(cls.ORDER)]
'''},
        {"id": "e4", "path": "camera.py", "note": "camera.py: yellow handling",
         "replace": '''import signals


def violation(state, crossed):
    return crossed and state in (signals.Signal.RED, signals.Signal.YELLOW)


def warn(state):
    return state == signals.Signal.YELLOW
'''},
        {"id": "e5", "path": "signals.py", "note": "Signal: AMBER becomes YELLOW (ORDER too), value unchanged",
         "replace": '''class Signal:
    RED = "red"
    YELLOW = "amber"
    GREEN = "green"

    ORDER = [GREEN, YELLOW, RED]

    @classmethod
    def after(cls, state):
        i = cls.ORDER.index(state)
        return cls.ORDER[(i + 1) % len(cls.ORDER)]
'''},
        {"id": "e6", "path": "camera.py", "find": "signals.Signal.AMBER", "replace": "signals.Signal.YELLOW",
         "note": "camera.warn"},
    ],
    "solution": ["e5", "e2", "e6"],
})


# ---------------------------------------------------------------------------
# 16. a free function becomes a method of the class it inspects
TASKS.append({
    "id": "m3-mfr-room-area-method", "family": "multi_file_refactor", "split": "train", "level": 3,
    "description": "Turn `room_area` into a method: Room.area() in plan.py, and delete the module-level "
                   "function. house.py and paint.py then ask the room itself. Paint coverage and every "
                   "other number stay as they are.",
    "files": {
        "plan.py": '''class Room:
    def __init__(self, name, width, depth):
        self.name, self.width, self.depth = name, width, depth

    def __repr__(self):
        return "Room(%r)" % self.name


def room_area(room):
    return room.width * room.depth
''',
        "house.py": '''from plan import Room, room_area


def floor_area(rooms):
    return sum(room_area(r) for r in rooms)


def biggest(rooms):
    return max(rooms, key=room_area).name
''',
        "paint.py": '''import plan

COVERAGE_M2_PER_L = 10


def litres_for_floor(room, coats=2):
    return plan.room_area(room) * coats / COVERAGE_M2_PER_L
''',
    },
    "tests": [
        "import plan",
        "assert plan.Room('hall', 2, 3.5).area() == 7.0",
        "assert not hasattr(plan, 'room_area'), 'room_area should be gone from plan'",
        "import house",
        "assert house.floor_area([plan.Room('a', 2, 3), plan.Room('b', 4, 4)]) == 22",
        "assert house.biggest([plan.Room('a', 2, 3), plan.Room('b', 4, 4), plan.Room('c', 1, 1)]) == 'b'",
        "import paint",
        "assert paint.litres_for_floor(plan.Room('k', 5, 4)) == 4.0",
        "assert paint.COVERAGE_M2_PER_L == 10",
    ],
    "edits": [
        {"id": "e1", "path": "house.py", "note": "house: r.area() everywhere",
         "replace": '''from plan import Room


def floor_area(rooms):
    return sum(r.area() for r in rooms)


def biggest(rooms):
    return max(rooms, key=Room.area).name
'''},
        {"id": "e2", "path": "plan.py", "note": "plan.py: add Room.area() (room_area stays as a helper)",
         "replace": '''class Room:
    def __init__(self, name, width, depth):
        self.name, self.width, self.depth = name, width, depth

    def __repr__(self):
        return "Room(%r)" % self.name

    def area(self):
        return self.width * self.depth


def room_area(room):
    return room.area()
'''},
        {"id": "e3", "path": "paint.py", "note": "paint.py: use area(); coverage per the new tins",
         "replace": '''COVERAGE_M2_PER_L = 12


def litres_for_floor(room, coats=2):
    return room.area() * coats / COVERAGE_M2_PER_L
'''},
        {"id": "e4", "path": "house.py", "find": "from plan import Room, room_area\n",
         "replace": "from plan import Room\n", "note": "house.py: drop the room_area import"},
        {"id": "e5", "path": "plan.py", "note": "move room_area onto Room as area()",
         "replace": '''class Room:
    def __init__(self, name, width, depth):
        self.name, self.width, self.depth = name, width, depth

    def __repr__(self):
        return "Room(%r)" % self.name

    def area(self):
        return self.width * self.depth
'''},
        {"id": "e6", "path": "paint.py", "find": "plan.room_area(room)", "replace": "room.area()",
         "note": "paint.litres_for_floor: room.area()"},
    ],
    "solution": ["e5", "e1", "e6"],
})


# ---------------------------------------------------------------------------
# 17. a positional parameter becomes keyword-only with a default
TASKS.append({
    "id": "m3-mfr-render-kwonly-indent", "family": "multi_file_refactor", "split": "train", "level": 2,
    "description": "A bare number after the tree, as in render(tree, 4), reads like a depth limit. Make "
                   "`indent` of outline.render keyword-only with a default of 2, i.e. "
                   "render(tree, *, indent=2), and spell it out at the call site in toc.py, which keeps its "
                   "4-space indent.",
    "files": {
        "outline.py": '''def render(tree, indent):
    """tree is (title, [children]); one title per line, indented by depth."""
    lines = []

    def walk(node, depth):
        title, children = node
        lines.append(" " * (indent * depth) + title)
        for child in children:
            walk(child, depth + 1)

    walk(tree, 0)
    return "\\n".join(lines)
''',
        "toc.py": '''from outline import render


def table_of_contents(chapters):
    return render(("Contents", [(c, []) for c in chapters]), 4)
''',
    },
    "tests": [
        "import outline",
        "assert outline.render(('a', [('b', [('c', [])])])) == 'a\\n  b\\n    c'",
        "assert outline.render(('a', [('b', [])]), indent=1) == 'a\\n b'",
        "assert outline.render.__code__.co_kwonlyargcount == 1, 'indent must be keyword-only'",
        "import toc",
        "assert toc.table_of_contents(['Intro', 'End']) == 'Contents\\n    Intro\\n    End'",
    ],
    "edits": [
        {"id": "e1", "path": "toc.py", "find": "]), 4)", "replace": "]))", "note": "toc.py: rely on the default"},
        {"id": "e2", "path": "outline.py", "find": "def render(tree, indent):",
         "replace": "def render(tree, indent=2):", "note": "outline: give indent a default of 2"},
        {"id": "e3", "path": "outline.py", "find": "def render(tree, indent):",
         "replace": "def render(tree, *, indent=4):", "note": "render(tree, *, indent=4)"},
        {"id": "e4", "path": "outline.py", "find": "def render(tree, indent):",
         "replace": "def render(tree, *, indent=2):", "note": "outline.render: keyword-only indent, default 2"},
        {"id": "e5", "path": "toc.py", "find": "]), 4)", "replace": "]), indent=4)", "note": "toc: indent=4 by keyword"},
        {"id": "e6", "path": "toc.py", "note": "toc.py: keyword indent, clearer heading",
         "replace": '''from outline import render


def table_of_contents(chapters):
    return render(("Table of contents", [(c, []) for c in chapters]), indent=4)
'''},
    ],
    "solution": ["e4", "e5"],
})


# ---------------------------------------------------------------------------
# 18. namedtuple field rename; a _replace call names the field as a keyword
TASKS.append({
    "id": "m3-mfr-fix-lng-field", "family": "multi_file_refactor", "split": "train", "level": 3,
    "description": "NAV-302: the field `lon` of gps.Fix becomes `lng`, to match the map SDK. Update the code "
                   "that reads or sets it. `alt` stays `alt` (the SDK's 'altitude' is a separate ticket), and "
                   "there is no read-only `.lon` kept around for old code.",
    "files": {
        "gps.py": '''from collections import namedtuple

Fix = namedtuple("Fix", "lat lon alt")


def parse_fix(text):
    """'52.52,13.40,34' -> Fix(52.52, 13.4, 34.0)"""
    lat, lon, alt = (float(part) for part in text.split(","))
    return Fix(lat, lon, alt)
''',
        "tracks.py": '''def bounding_box(fixes):
    """(min_lat, min_lon, max_lat, max_lon) of a list of gps.Fix."""
    lats = [f.lat for f in fixes]
    lons = [f.lon for f in fixes]
    return (min(lats), min(lons), max(lats), max(lons))
''',
        "geofence.py": '''def shift_east(fix, degrees):
    return fix._replace(lon=fix.lon + degrees)
''',
    },
    "tests": [
        "import gps",
        "assert gps.parse_fix('52.52,13.40,34') == (52.52, 13.4, 34.0)",
        "assert gps.Fix._fields == ('lat', 'lng', 'alt'), 'only lon is renamed'",
        "assert not hasattr(gps.Fix(0, 0, 0), 'lon')",
        "import tracks",
        "assert tracks.bounding_box([gps.Fix(1, 5, 0), gps.Fix(3, 2, 0)]) == (1, 2, 3, 5)",
        "import geofence",
        "assert geofence.shift_east(gps.Fix(10, 20, 30), 1.5) == gps.Fix(10, 21.5, 30)",
    ],
    "edits": [
        {"id": "e1", "path": "gps.py", "find": "Fix = namedtuple(\"Fix\", \"lat lon alt\")",
         "replace": "Fix = namedtuple(\"Fix\", \"lat lng altitude\")", "note": "gps: align Fix with the map SDK"},
        {"id": "e2", "path": "geofence.py", "find": "    return fix._replace(lon=fix.lon + degrees)\n",
         "replace": "    return fix._replace(lon=fix.lng + degrees)\n", "note": "geofence: read fix.lng"},
        {"id": "e3", "path": "gps.py", "find": "Fix = namedtuple(\"Fix\", \"lat lon alt\")",
         "replace": "Fix = namedtuple(\"Fix\", \"lat lng alt\")", "note": "gps.Fix: lon -> lng"},
        {"id": "e4", "path": "tracks.py", "find": "    lons = [f.lon for f in fixes]\n",
         "replace": "    lons = [f.lng for f in fixes]\n", "note": "tracks.bounding_box reads .lng"},
        {"id": "e5", "path": "gps.py", "note": "gps.py: keep .lon as a read-only property during the migration",
         "replace": '''from collections import namedtuple


class Fix(namedtuple("Fix", "lat lng alt")):
    __slots__ = ()

    @property
    def lon(self):
        return self.lng


def parse_fix(text):
    """'52.52,13.40,34' -> Fix(52.52, 13.4, 34.0)"""
    lat, lon, alt = (float(part) for part in text.split(","))
    return Fix(lat, lon, alt)
'''},
        {"id": "e6", "path": "geofence.py", "find": "    return fix._replace(lon=fix.lon + degrees)\n",
         "replace": "    return fix._replace(lng=fix.lng + degrees)\n", "note": "geofence.shift_east: both sides use lng"},
    ],
    "solution": ["e3", "e4", "e6"],
})


# ---------------------------------------------------------------------------
# 19. de-duplicate two drifted copies into one shared module
TASKS.append({
    "id": "m3-mfr-shared-normalize-email", "family": "multi_file_refactor", "split": "train", "level": 3,
    "description": "`normalize_email` is copy-pasted in signup.py and login.py, and the copies have drifted: "
                   "login's lowercases the local part too, which locks out everyone who registered as "
                   "'Ann@...'. Keep one copy only, in a new module emails.py; signup's behaviour is the "
                   "right one (the local part is case-sensitive, the domain is not). Both modules import it "
                   "from there (from emails import normalize_email) and lose their own definitions.",
    "files": {
        "signup.py": '''def normalize_email(address):
    local, _, domain = address.strip().partition("@")
    return local + "@" + domain.lower()


def register(users, address):
    key = normalize_email(address)
    if key in users:
        raise ValueError("already registered")
    users.add(key)
    return key
''',
        "login.py": '''def normalize_email(address):
    local, _, domain = address.strip().partition("@")
    return local.lower() + "@" + domain.lower()


def can_log_in(users, address):
    return normalize_email(address) in users
''',
    },
    "tests": [
        "import signup",
        "import login",
        "users = set(); signup.register(users, 'Ann@Example.org'); assert login.can_log_in(users, ' Ann@EXAMPLE.ORG')",
        "assert not login.can_log_in(users, 'ann@example.org'), 'the local part is case-sensitive'",
        "import emails",
        "assert emails.normalize_email(' Ann@Example.ORG ') == 'Ann@example.org'",
        "assert signup.normalize_email is emails.normalize_email, 'signup still has its own copy'",
        "assert login.normalize_email is emails.normalize_email, 'login still has its own copy'",
    ],
    "edits": [
        {"id": "e2", "path": "login.py", "find": "    return local.lower() + \"@\" + domain.lower()\n",
         "replace": "    return local + \"@\" + domain.lower()\n", "note": "login: stop lowercasing the local part"},
        {"id": "e3", "path": "signup.py", "note": "signup: import normalize_email from emails",
         "replace": '''from emails import normalize_email


def register(users, address):
    key = normalize_email(address)
    if key in users:
        raise ValueError("already registered")
    users.add(key)
    return key
'''},
        {"id": "e4", "path": "emails.py", "note": "emails.py: the one normalize_email (signup's version)",
         "replace": '''def normalize_email(address):
    local, _, domain = address.strip().partition("@")
    return local + "@" + domain.lower()
'''},
        {"id": "e5", "path": "login.py", "note": "login.py: drop the local copy",
         "replace": '''from emails import normalize_email


def can_log_in(users, address):
    return normalize_email(address) in users
'''},
    ],
    "solution": ["e4", "e3", "e5"],
})


# ---------------------------------------------------------------------------
# 20. exception class rename across a raiser and two handlers
TASKS.append({
    "id": "m3-mfr-config-syntax-error", "family": "multi_file_refactor", "split": "train", "level": 3,
    "description": "Rename exception `ParseError` -> `ConfigSyntaxError` (confparse.py + handlers). No alias.",
    "files": {
        "confparse.py": '''class ParseError(ValueError):
    def __init__(self, lineno, text):
        super().__init__("line %d: %r" % (lineno, text))
        self.lineno = lineno


def parse(text):
    conf = {}
    for lineno, line in enumerate(text.splitlines(), start=1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        key, sep, value = line.partition("=")
        if not sep or not key.strip():
            raise ParseError(lineno, line)
        conf[key.strip()] = value.strip()
    return conf
''',
        "service.py": '''import confparse


def load_or_default(text, default):
    try:
        return confparse.parse(text)
    except confparse.ParseError:
        return dict(default)
''',
        "cli.py": '''from confparse import ParseError, parse


def check(text):
    try:
        parse(text)
    except ParseError as err:
        return "error at line %d" % err.lineno
    return "ok"
''',
    },
    "tests": [
        "import confparse",
        "assert confparse.parse('a = 1  # c\\n\\nb=x') == {'a': '1', 'b': 'x'}",
        "assert issubclass(confparse.ConfigSyntaxError, ValueError)",
        "assert not hasattr(confparse, 'ParseError'), 'no alias'",
        "import service",
        "assert service.load_or_default('oops', {'a': '0'}) == {'a': '0'}",
        "assert service.load_or_default('a=2', {}) == {'a': '2'}",
        "import cli",
        "assert cli.check('a=1\\nb') == 'error at line 2'",
        "assert cli.check('a=1') == 'ok'",
        "assert not hasattr(cli, 'ParseError')",
    ],
    "edits": [
        {"id": "e1", "path": "cli.py", "find": "from confparse import ParseError, parse\n",
         "replace": "from confparse import ConfigSyntaxError, parse\n", "note": "cli.py: update the import line"},
        {"id": "e2", "path": "confparse.py", "find": "class ParseError(ValueError):",
         "replace": "class ConfigSyntaxError(ValueError):", "note": "confparse.py: rename the class"},
        {"id": "e3", "path": "service.py", "find": "    except confparse.ParseError:\n",
         "replace": "    except confparse.ConfigParseError:\n", "note": "service: catch ConfigParseError"},
        {"id": "e4", "path": "confparse.py", "note": "ParseError -> ConfigSyntaxError, definition and raise site",
         "replace": '''class ConfigSyntaxError(ValueError):
    def __init__(self, lineno, text):
        super().__init__("line %d: %r" % (lineno, text))
        self.lineno = lineno


def parse(text):
    conf = {}
    for lineno, line in enumerate(text.splitlines(), start=1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        key, sep, value = line.partition("=")
        if not sep or not key.strip():
            raise ConfigSyntaxError(lineno, line)
        conf[key.strip()] = value.strip()
    return conf
'''},
        {"id": "e5", "path": "cli.py", "find": "from confparse import ParseError, parse\n",
         "replace": "from confparse import ConfigSyntaxError as ParseError, parse\n", "note": "cli: import fix"},
        {"id": "e6", "path": "service.py", "find": "    except confparse.ParseError:\n",
         "replace": "    except confparse.ConfigSyntaxError:\n", "note": "service.load_or_default catches the renamed error"},
        {"id": "e7", "path": "confparse.py", "note": "confparse: new name, old one kept as an alias",
         "replace": '''class ConfigSyntaxError(ValueError):
    def __init__(self, lineno, text):
        super().__init__("line %d: %r" % (lineno, text))
        self.lineno = lineno


ParseError = ConfigSyntaxError


def parse(text):
    conf = {}
    for lineno, line in enumerate(text.splitlines(), start=1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        key, sep, value = line.partition("=")
        if not sep or not key.strip():
            raise ConfigSyntaxError(lineno, line)
        conf[key.strip()] = value.strip()
    return conf
'''},
        {"id": "e8", "path": "cli.py", "note": "cli.py: import and catch ConfigSyntaxError",
         "replace": '''from confparse import ConfigSyntaxError, parse


def check(text):
    try:
        parse(text)
    except ConfigSyntaxError as err:
        return "error at line %d" % err.lineno
    return "ok"
'''},
    ],
    "solution": ["e4", "e6", "e8"],
})
