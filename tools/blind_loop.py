"""A calibration baseline: how far does the test-driven loop get without reading anything?

    python tools/blind_loop.py tasks.json tools/check/check_g.json ...   # held-out tasks of each file
    python tools/blind_loop.py --humaneval auto [--humaneval-mutants 7]  # HumanEval, as --stage eval

The blind loop never reads a note, a description or a file. It runs the tests once, then tries
the candidate edits in a random order, one at a time, with no step wasted:
  modify, run the tests; all pass -> submit;
  more tests pass than before -> keep the edit;
  otherwise -> restore its file and re-apply the edits kept there.
A candidate whose text is gone because a kept edit changed it (what the policy's EDIT_NOW
feature shows) restores its file first, and the edits kept there are dropped. It plays in the
same ToolEnv with the same 14-step budget as the policy, 16 random orders per task. Whatever a
policy solves beyond this loop, it solved by choosing among the candidates, not by trying them all.

Each line also gives ceiling(): what any agent that tries candidates one at a time, in an order
it does not choose by reading, could solve at best, even if told which tries were right. And,
by family, where the failure points (failure_points_at): how often the first failing test names
the function a right patch sits in, against a wrong one. A hint like a traceback's can tell
candidates apart only where these two differ.
"""
import itertools
import os
import random
import re
import statistics
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import toolrl  # noqa: E402

ORDERS = 16
RUN, SUBMIT = toolrl.ToolAction.create_execution_action("run_tests"), toolrl.ToolAction.create_submit_action()


def play(task: toolrl.Task, seed: str, test_budget: int, max_steps: int = 14) -> toolrl.ToolEnv:
    """One episode of the blind loop (see the top of this file); `seed` draws the shuffle and the order."""
    env = toolrl.ToolEnv(task, max_steps, seed=seed, test_budget=test_budget)
    order = random.Random(seed).sample(env.edit_order, len(env.edit_order))
    kept: list[tuple[toolrl.Edit, int]] = []  # (edit, tests passed before it)

    def act(action: toolrl.ToolAction) -> bool:
        env.step(action)
        return env.done

    def act_on(kind: str, edit: toolrl.Edit) -> bool:
        return act(toolrl.ToolAction.create_file_action(kind, edit.path, edit=edit if kind == "modify" else None))

    if act(RUN):
        return env
    best = env.state.test_results.passed
    if env.state.test_results.all_passed:
        act(SUBMIT)
        return env
    for edit in order:
        if edit.find is not None and edit.find not in env.fs.files.get(edit.path, ""):
            if act_on("restore", edit):
                return env
            dropped = [before for k, before in kept if k.path == edit.path]
            best = min(dropped, default=best)
            kept = [(k, before) for k, before in kept if k.path != edit.path]
        if act_on("modify", edit) or act(RUN):
            return env
        tests = env.state.test_results
        if tests.all_passed:
            act(SUBMIT)
            return env
        if tests.passed > best:
            kept.append((edit, best))
            best = tests.passed
            continue
        if act_on("restore", edit):
            return env
        for k, _ in kept:
            if k.path == edit.path and act_on("modify", k):
                return env
    return env


def ceiling(task: toolrl.Task, max_steps: int = 14) -> float:
    """An optimistic bound for any agent that tries the candidates one at a time in an order it
    cannot choose by reading: the share of all orders in which it solves the task when it is told
    for free whether each try was right (the tests often cannot say so in a refactor). A try is
    modify + run the tests; a wrong patch is then restored (+1) and the right edits kept in its
    file re-applied (+1 each); a wrong whole-file write is left to be overwritten; the submit
    (+1) follows the try that completes the solution. Exact, over every order of the candidates."""
    solution = set(task.solution)

    def solves(order: tuple[toolrl.Edit, ...]) -> bool:
        kept, steps = [], 0
        for edit in order:
            steps += 2
            if edit.id in solution:
                kept.append(edit)
                if len(kept) == len(solution):
                    return steps + 1 <= max_steps
            elif edit.find is not None:
                steps += 1 + sum(k.path == edit.path for k in kept)
            if steps >= max_steps:
                return False
        return False

    return statistics.mean(solves(order) for order in itertools.permutations(task.edits))


DEFINITION = re.compile(r"^[ \t]*(?:async[ \t]+)?(?:def|class)[ \t]+(\w+)", re.M)


def enclosing_definition(text: str, position: int) -> str | None:
    """The name of the last def or class whose line starts at or before position: the function
    (or method, or class) a patch at that position sits in."""
    names = [m.group(1) for m in DEFINITION.finditer(text) if m.start() <= position]
    return names[-1] if names else None


def failure_points_at(task: toolrl.Task, test_budget: int = toolrl.TEST_BUDGET) -> tuple[list[bool], list[bool]]:
    """Does the first failing test, run on the task's original files, name the def or class that
    each patch's text sits in? (right patches, wrong patches.) Whole-file writes are left out:
    they sit in no one function."""
    named = toolrl.names_in(toolrl.run_tests(task.files, task.tests, test_budget).failure)
    right, wrong = [], []
    for edit in task.edits:
        if edit.find is not None:
            text = task.files.get(edit.path, "")
            name = enclosing_definition(text, text.find(edit.find))
            (right if edit.id in task.solution else wrong).append(name is not None and name in named)
    return right, wrong


def by_family(tasks: list[toolrl.Task], rate: dict[str, float]) -> str:
    return " ".join(f"{f} {100 * statistics.mean(rate[t.id] for t in tasks if t.family == f):.1f}"
                    for f in toolrl.FAMILIES if any(t.family == f for t in tasks))


def report(name: str, tasks: list[toolrl.Task], test_budget: int = toolrl.TEST_BUDGET) -> str:
    episodes = {t.id: [play(t, f"blind-{t.id}-{j}", test_budget) for j in range(ORDERS)] for t in tasks}
    solved = {t.id: statistics.mean(env.solved for env in episodes[t.id]) for t in tasks}
    steps = statistics.mean(len(env.trajectory) for envs in episodes.values() for env in envs)
    bound = {t.id: ceiling(t) for t in tasks}
    line = (f"{name}: {100 * statistics.mean(solved.values()):.1f}% in {steps:.1f} steps ({by_family(tasks, solved)}); "
            f"one-at-a-time ceiling {100 * statistics.mean(bound.values()):.1f}% ({by_family(tasks, bound)})")
    points = {t.id: failure_points_at(t, test_budget) for t in tasks}
    shares = []
    for family in toolrl.FAMILIES:  # by family: refactors have more wrong patches and fewer named
        right = [p for t in tasks if t.family == family for p in points[t.id][0]]
        wrong = [p for t in tasks if t.family == family for p in points[t.id][1]]
        if right and wrong:  # HumanEval's candidates are all whole-file writes
            shares.append(f"{family} {100 * statistics.mean(right):.0f}/{100 * statistics.mean(wrong):.0f}")
    if shares:
        line += f"; the first failing test names the function of right/wrong patches, %: {' '.join(shares)}"
    return line


def main() -> None:
    argv = sys.argv[1:]
    humaneval = argv[:2] == ["--humaneval", "auto"] and (len(argv) == 2 or len(argv) == 4 and argv[2]
                                                         == "--humaneval-mutants" and argv[3].isdigit())
    if not argv or argv[0].startswith("-") and not humaneval:
        print("usage: python tools/blind_loop.py TASKS.json [...] | --humaneval auto [--humaneval-mutants N]",
              file=sys.stderr)
        sys.exit(2)
    try:
        if humaneval:
            mutants = int(argv[3]) if len(argv) == 4 else 3
            tasks = toolrl.load_humaneval(toolrl.find_humaneval(), toolrl.HUMANEVAL_BUDGET, mutants)
            print(report("HumanEval", tasks, toolrl.HUMANEVAL_BUDGET))
            return
        for path in argv:
            print(report(path, [t for t in toolrl.load_tasks(path) if t.split == "test"]))
    except toolrl.TaskError as error:
        print(f"error: {error}", file=sys.stderr)
        sys.exit(2)


if __name__ == "__main__":
    main()
