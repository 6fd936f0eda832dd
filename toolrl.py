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
    python toolrl.py --stage bench                  # environment and policy throughput
    python -m pytest -q test_toolrl.py

Where the article's pseudo-code is wrong we do the correct thing and say so in a
comment that starts with "Article:".

References
  Dong et al. 2025, Tool-Star (arXiv:2505.16410) -- the hierarchical reward, BC then RL.
  Shao et al. 2024, DeepSeekMath (arXiv:2402.03300) -- GRPO: group-relative advantages,
      no critic, k3 KL to a frozen reference policy.
  Schulman et al. 2016/2017 -- GAE (arXiv:1506.02438) and PPO (arXiv:1707.06347).
  Chen et al. 2021 (arXiv:2107.03374) -- the unbiased pass@k estimator.
  He et al. 2016, DRRN (arXiv:1511.04636) -- scoring a changing set of text actions.
"""
from __future__ import annotations

import argparse
import builtins
import copy
import dataclasses
import functools
import json
import math
import os
import random
import re
import sys
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


@dataclass
class Args:
    # general
    stage: str = arg("bc", "check | bc | grpo | eval | bench")
    tasks: str = arg("tasks.json", "tasks file in the tasks.json format (see README)")
    out: str = arg("runs", "folder for checkpoints, metrics and tables")
    checkpoint: str = arg("", "checkpoint for --stage eval (default: <out>/grpo.pt)")
    seed: int = arg(1, "seed for torch, numpy, random and the environments")
    device: str = arg("auto", "auto | cpu | cuda")
    # environment
    max_steps: int = arg(14, "step budget per episode; running out is a failed, truncated episode")
    test_budget: int = arg(50_000, "lines the test runner may execute per run before 'budget exceeded'")
    reward: str = arg("hierarchical", "hierarchical (article 4.1) | sparse (completion only)")
    # policy (nanoGPT-style encoder; ~0.4M parameters, sized for a 2-core CPU)
    vocab_size: int = arg(2048, "hashed word-piece buckets (plus a few special tokens)")
    max_tokens: int = arg(128, "state tokens seen by the policy; the rest is cut")
    d_model: int = arg(64, "width of the transformer")
    n_layer: int = arg(2, "transformer blocks")
    n_head: int = arg(4, "attention heads")
    # behaviour cloning
    bc_data: str = arg("all", "all = imitate every expert episode | success = only solved ones (rejection sampling)")
    bc_episodes: int = arg(3, "expert episodes per train task (each with a different shuffle)")
    bc_epochs: int = arg(8, "passes over the demonstrations")
    bc_batch_size: int = arg(64, "demonstration steps per gradient step")
    bc_lr: float = arg(2e-3, "AdamW learning rate for BC")
    # GRPO / PPO
    algo: str = arg("grpo", "grpo (group-relative, no critic) | ppo (GAE with the value head)")
    iterations: int = arg(40, "RL iterations")
    tasks_per_iter: int = arg(16, "train tasks drawn per iteration")
    group_size: int = arg(8, "rollouts per task (G); the group is the baseline")
    update_epochs: int = arg(2, "passes over each iteration's rollouts")
    minibatch_episodes: int = arg(32, "episodes per minibatch")
    rl_lr: float = arg(5e-4, "AdamW learning rate for GRPO/PPO")
    clip_eps: float = arg(0.2, "PPO/GRPO ratio clip (usual range 0.1-0.3)")
    kl_coef: float = arg(0.04, "weight of the k3 KL to the frozen reference policy (GRPO; 0.01-0.1)")
    gamma: float = arg(0.99, "discount for GAE (PPO only)")
    gae_lambda: float = arg(0.95, "GAE lambda (PPO only; 0.9-0.99)")
    vf_coef: float = arg(0.5, "value-loss weight (PPO only)")
    curriculum: bool = arg(False, "draw train tasks in order of their curriculum level")
    # evaluation
    eval_samples: int = arg(8, "sampled episodes per held-out task (n of pass@k)")
    pass_k: int = arg(4, "k of pass@k")


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
ALLOWED_IMPORTS = frozenset({"math", "itertools", "functools", "collections", "heapq", "bisect",
                             "string", "re", "operator", "statistics", "fractions", "typing"})
BLOCKED_BUILTINS = frozenset({"open", "exit", "quit", "input", "breakpoint", "help", "compile",
                              "eval", "exec", "globals", "locals", "vars", "KeyboardInterrupt"})
WALL_CLOCK_BACKSTOP = 10.0  # seconds; the line budget decides first in every normal case


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
    lines_run = 0
    deadline = time.monotonic() + WALL_CLOCK_BACKSTOP

    def count_lines(frame, event, arg):  # a counted trace: deterministic, unlike a timer
        nonlocal lines_run
        if event == "line":
            lines_run += 1
            if lines_run > budget or (lines_run % 4096 == 0 and time.monotonic() > deadline):
                raise BudgetExceeded(f"more than {budget} lines executed")
        return count_lines

    namespace = {"__builtins__": safe_builtins}
    passed, total, failure, exceeded, setup_error = 0, 0, "", False, ""
    previous_trace = sys.gettrace()
    sys.settrace(count_lines)
    try:
        for line in tests:
            is_setup = line.startswith(("import ", "from "))
            total += 0 if is_setup else 1
            if setup_error and not is_setup:
                failure = failure or setup_error
                continue
            try:
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
    if setup_error and not failure:
        failure = setup_error
    return TestResults(passed, total, failure, exceeded)


@functools.lru_cache(maxsize=200_000)
def _run_tests_memo(files: tuple, tests: tuple, budget: int) -> TestResults:
    return _execute_tests(dict(files), list(tests), budget)


def run_tests(files: dict[str, str], tests: list[str], budget: int = 50_000,
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


def check_task(task: Task, where: str, budget: int = 50_000) -> None:
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


def load_tasks(path: str, budget: int = 50_000) -> list[Task]:
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

    @property
    def kind(self) -> str:
        """The tool type used by the coordination score: search, read, modify, restore, run_tests, submit."""
        if self.tool_id == "codebase_search":
            return "search"
        if self.tool_id == "file_operation":
            return self.parameters["operation"]
        return "run_tests" if self.tool_id == "command_execution" else "submit"

    @property
    def text(self) -> str:
        """What the policy reads for this action (and the key for 'same action again')."""
        p = self.parameters
        if self.kind == "search":
            return f"search {p['query']}"
        if self.kind == "modify":
            return f"modify {p['path']}: {p['edit'].note}"
        if self.kind in ("read", "restore", "write"):
            return f"{self.kind} {p['path']}"
        return "run tests" if self.kind == "run_tests" else "submit"


@dataclass
class MultiToolState:
    """Article 3.2's fields, kept where they mean something in the toy world. Dropped:
    directory_structure (the file dict is the directory), git_status (ToyFS keeps the
    backups) and analysis_outputs (there is no analysis tool)."""
    task_description: str
    acceptance_criteria: list[str]  # the task's tests
    file_contents: dict[str, str]
    tool_history: list[str] = field(default_factory=list)  # "action -> status" per step
    execution_outputs: list[str] = field(default_factory=list)  # every tool output, in order
    error_states: list[str] = field(default_factory=list)  # outputs of failed tool calls
    search_results: list[str] = field(default_factory=list)
    test_results: TestResults | None = None  # the latest run
    modified_files: list[str] = field(default_factory=list)  # files that differ from the original
    step: int = 0
    max_steps: int = 14

    def render(self, output_words: int = 40) -> str:
        """The state as text for the policy, most decision-relevant first (the tokenizer
        cuts the end). Article: encode() concatenates learned encodings; we render text and
        let the transformer encode it."""
        tests = self.test_results.summary() if self.test_results else "not run yet"
        last = self.tool_history[-1] if self.tool_history else "none"
        output = " ".join(self.execution_outputs[-1].split()[:output_words]) if self.execution_outputs else ""
        changed = " ".join(self.modified_files) or "none"
        return (f"task: {self.task_description} | tests: {tests} | last: {last} {output} | "
                f"step {self.step} of {self.max_steps} | changed: {changed} | "
                f"history: {' ; '.join(self.tool_history[-6:])}")


# ---------------------------------------------------------------------------
# Environment and reward (article 4)
# ---------------------------------------------------------------------------
@dataclass
class HierarchicalReward:
    """R(s,a,s') = alpha*R_immediate + beta*R_progress + gamma*R_completion   (article 4.1)
    Article: its gamma is this weight, not the discount factor; it uses one letter for both."""
    alpha: float = 0.1
    beta: float = 0.3
    gamma: float = 10.0

    def immediate(self, status: str) -> float:
        return {"success": 1.0, "partial": 0.5, "failure": -0.2}[status]

    def progress(self, info_gain: float, redundant: bool, solved: bool, steps_left: int) -> float:
        # R_progress = info_gain - redundancy + efficiency, where
        #   info_gain  = |output lines not seen before in this episode| / |output lines|, in [0, 1]
        #   redundancy = 1 if this exact action was already taken on these exact files, else 0
        #   efficiency = 2 * (steps left in the budget), paid once, on the submit that solves the task.
        # A saved step is worth beta*2 = 0.6, more than a busy call can earn (alpha*1 + beta*1 = 0.4),
        # so the shaping cannot pay the agent for busywork. (The article leaves all three undefined.)
        efficiency = 2.0 * steps_left if solved else 0.0
        return info_gain - float(redundant) + efficiency

    def completion(self, done: bool, solved: bool) -> float:
        return 0.0 if not done else (1.0 if solved else -1.0)

    def calculate_reward(self, status: str, info_gain: float, redundant: bool, done: bool,
                         solved: bool, steps_left: int) -> float:
        return (self.alpha * self.immediate(status)
                + self.beta * self.progress(info_gain, redundant, done and solved, steps_left)
                + self.gamma * self.completion(done, solved))


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


class ToolEnv:
    """One task as an episodic MDP. reset() -> state; legal_actions() -> list[ToolAction];
    step(action) -> (state, reward, done, info). The episode ends on submit (terminated) or
    when the step budget runs out (truncated, and a failure)."""

    def __init__(self, task: Task, max_steps: int = 14, reward_fn: HierarchicalReward | None = None,
                 seed: int = 0, test_budget: int = 50_000):
        self.task, self.max_steps, self.test_budget = task, max_steps, test_budget
        self.reward_fn = reward_fn or HierarchicalReward()
        self.rng = random.Random(seed)  # the environment's own RNG: shuffles surface details
        self.reset()

    def reset(self) -> MultiToolState:
        self.fs = ToyFS(self.task.files)
        # Shuffled per episode, so a policy cannot memorise where the right edit is listed.
        self.file_order = self.rng.sample(sorted(self.task.files), len(self.task.files))
        self.edit_order = self.rng.sample(self.task.edits, len(self.task.edits))
        self.state = MultiToolState(self.task.description, list(self.task.tests), self.fs.files,
                                    max_steps=self.max_steps)
        self.trajectory: list[StepRecord] = []
        self.seen_lines: set[str] = set()
        self.seen_moves: set[tuple] = set()
        self.done = self.solved = self.truncated = False
        return self.state

    def modified_files(self) -> list[str]:
        paths = self.file_order + sorted(set(self.fs.files) - set(self.file_order))
        return [p for p in paths if self.fs.files.get(p) != self.fs.original.get(p)]

    def legal_actions(self) -> list[ToolAction]:
        if self.done:
            return []
        return ([ToolAction.create_search_action(q) for q in self.task.queries()]
                + [ToolAction.create_file_action("read", p) for p in self.file_order]
                + [ToolAction.create_file_action("modify", e.path, edit=e) for e in self.edit_order]
                + [ToolAction.create_file_action("restore", p) for p in self.modified_files()]
                + [ToolAction.create_execution_action("run_tests"), ToolAction.create_submit_action()])

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
        tests = run_tests(self.fs.files, self.task.tests, self.test_budget)
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
        reward = self.reward_fn.calculate_reward(result.status, info_gain, redundant, self.done,
                                                 self.solved, self.max_steps - state.step)
        state.tool_history.append(f"{action.text} -> {result.status}")
        state.execution_outputs.append(result.output)
        if result.status == "failure":
            state.error_states.append(result.output)
        if action.kind == "search" and result.status == "success":
            state.search_results.append(result.output)
        if tests is not None:
            state.test_results = tests
        state.modified_files = self.modified_files()
        self.trajectory.append(StepRecord(action, result.status, info_gain, redundant, reward, tests))
        info = {"solved": self.solved, "terminated": terminated, "truncated": self.truncated,
                "status": result.status, "info_gain": info_gain, "redundant": redundant}
        return state, reward, self.done, info


# ---------------------------------------------------------------------------
# The oracle and the scripted expert
# ---------------------------------------------------------------------------
def oracle_actions(task: Task) -> list[ToolAction]:
    """The shortest sensible plan for someone who knows the solution: look where the family
    says to look (the failing test for problem_solving, a search for a refactor), apply the
    solution's edits, run the tests once, submit."""
    look = {"problem_solving": [ToolAction.create_execution_action("run_tests")],
            "multi_file_refactor": [ToolAction.create_search_action(task.queries()[0])]}
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
    Under the default step budget these habits solve a little over half of the train tasks.""" 
    legal = {action.text: action for action in env.legal_actions()}
    history = env.trajectory
    taken = {record.action.text for record in history}
    for action in legal.values():  # habit 1
        if action.kind == "read" and action.text not in taken:
            return action
    run_tests_action, submit = legal["run tests"], legal["submit"]
    last = history[-1] if history else None
    if last is not None and last.action.kind == "restore":  # habit 4
        return legal[f"read {last.action.parameters['path']}"]
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
    final_edit_step = {}
    for index, record in enumerate(trajectory):
        if record.action.kind == "modify" and record.status == "success":
            final_edit_step[record.action.parameters["edit"].id] = index
    useful = sum(is_useful(r, task, solved, final_edit_step.get(
        r.action.parameters.get("edit").id if r.action.kind == "modify" else None) == i)
        for i, r in enumerate(trajectory))
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
