"""Build tasks.json from the task templates in this folder, reproducibly.

    python tools/make_tasks.py                 # writes tasks.json at the top of the repository
    python tools/make_tasks.py --with-more     # writes runs/tasks_more.json: the same plus the third batch

Sources:
  families/<family>.py   hand-written templates, `TASKS = [...]`, every one its own idea (a different
                         bug, spec, slow pattern or refactor shape, in its own wording);
  families/wide_<family>.py  a second batch of hand-written templates, train only, written to widen
                         the shapes the first batch has few of: 4-5 candidates, two- and three-edit
                         solutions, 2-4 files, partial fixes among the distractors;
  families/more_<family>.py  a third batch, train only, by four more authors who saw neither batch:
                         up to 8 candidates, traps among the distractors, notes and descriptions in
                         voices of their own. Not in tasks.json: over three seeds it did not lift
                         any held-out or check-set figure, and it made both training stages slower
                         (README); --with-more builds it in;
  legacy_tasks.json      the first tasks.json's templates, two renamed instances of each, train only.

The held-out split is made of whole templates: a seeded draw of HELD_OUT_SHARE of each family's
first-batch templates (families/<family>.py, so the split stays the one earlier results were
measured on), never a renamed copy of a train task. A drawn template whose notes or code,
with identifiers normalised away, equal a train task's stays in train instead (test_toolrl.py
checks the same property on the shipped file).
"""
import importlib.util
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, ROOT)
import toolrl  # noqa: E402  (for FAMILIES, load_tasks and the shared normalisation)

HELD_OUT_SHARE = 0.25
TRAIN_ONLY_BATCHES = ("wide_",)
OPTIONAL_BATCHES = ("more_",)
SEED = 7


def family_templates(family: str, batch: str = "") -> list[dict]:
    path = os.path.join(HERE, "families", f"{batch}{family}.py")
    if not os.path.exists(path):
        return []
    spec = importlib.util.spec_from_file_location(f"templates_{batch}{family}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return [dict(task, family=family) for task in module.TASKS]


def build(batches: tuple[str, ...] = TRAIN_ONLY_BATCHES) -> list[dict]:
    """Every task of tasks.json, train first, each split sorted by family and id."""
    with open(os.path.join(HERE, "legacy_tasks.json")) as handle:
        train = [dict(t, split="train") for t in json.load(handle)["tasks"]]
    for batch in batches:
        train += [dict(t, split="train") for family in toolrl.FAMILIES for t in family_templates(family, batch)]
    test = []
    rng = random.Random(SEED)
    for family in toolrl.FAMILIES:
        templates = sorted(family_templates(family), key=lambda t: t["id"])
        held = set(rng.sample(range(len(templates)), round(HELD_OUT_SHARE * len(templates))))
        for index, task in enumerate(templates):
            (test if index in held else train).append(dict(task, split="test" if index in held else "train"))

    def keys(raw: dict) -> set:
        return set(toolrl.template_keys(toolrl._parse_task(raw, raw["id"])))

    train_keys = {key for t in train for key in keys(t)}
    for task in list(test):
        if train_keys & keys(task):
            print(f"{task['id']}: same normalised notes or code as a train task; kept in train", file=sys.stderr)
            test.remove(task)
            train.append(dict(task, split="train"))
    return sorted(train, key=lambda t: (toolrl.FAMILIES.index(t["family"]), t["id"])) + \
        sorted(test, key=lambda t: (toolrl.FAMILIES.index(t["family"]), t["id"]))


def main() -> None:
    if sys.argv[1:] not in ([], ["--with-more"]):
        print(f"usage: python tools/make_tasks.py [--with-more] (not: {' '.join(sys.argv[1:])})", file=sys.stderr)
        sys.exit(2)
    with_more = sys.argv[1:] == ["--with-more"]
    tasks = build(TRAIN_ONLY_BATCHES + OPTIONAL_BATCHES if with_more else TRAIN_ONLY_BATCHES)
    path = os.path.join(ROOT, "runs", "tasks_more.json") if with_more else os.path.join(ROOT, "tasks.json")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as handle:
        json.dump({"tasks": tasks}, handle, indent=1)
        handle.write("\n")
    toolrl.load_tasks(path)  # the contract, checked on the written file
    n_test = sum(t["split"] == "test" for t in tasks)
    print(f"{path}: {len(tasks) - n_test} train and {n_test} held-out tasks")


if __name__ == "__main__":
    main()
