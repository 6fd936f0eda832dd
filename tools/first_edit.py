"""Does a policy read the candidate edits, or only try them?

    python tools/first_edit.py runs/grpo.pt tasks.json tools/check/check_h.json ...   # held-out tasks of each file
    python tools/first_edit.py runs/grpo.pt --humaneval auto
    python tools/first_edit.py runs/grpo.pt --seed 2 tasks.json                       # the episodes of --seed 2

For each family it counts, over the sampled episodes that `--stage eval` plays (the same seeds,
the same 8 per task), how often the policy's first edit is one of the solution's edits, beside
chance: the solution's share of the candidates, averaged over the same episodes. A policy that
picks its first edit without reading (the expert's listed order, the blind loop's random one)
lands on chance; a policy that reads the notes and the failure lands above it. Its pass@1 can
be high either way: with enough steps, trying every candidate also solves the task.
"""
import os
import statistics
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import torch  # noqa: E402

import toolrl  # noqa: E402


def first_edit(env: toolrl.ToolEnv) -> toolrl.Edit | None:
    """The first candidate edit the episode applied, or None if it applied none."""
    return next((r.action.parameters["edit"] for r in env.trajectory if r.action.kind == "modify"), None)


def first_edit_rates(tasks: list[toolrl.Task], episodes: dict[str, list[toolrl.ToolEnv]]) -> dict[str, dict]:
    """Per family (and 'all'): the episodes that applied an edit, the share of them whose first
    edit is in the solution, and chance, the mean of |solution| / |candidates| over those episodes."""
    rows = {}
    for family in toolrl.FAMILIES + ("all",):
        pairs = [(t, first_edit(env)) for t in tasks if family in (t.family, "all") for env in episodes[t.id]]
        pairs = [(t, edit) for t, edit in pairs if edit is not None]
        if pairs:
            rows[family] = {"episodes": len(pairs),
                            "first right": statistics.mean(edit.id in t.solution for t, edit in pairs),
                            "chance": statistics.mean(len(t.solution) / len(t.edits) for t, _ in pairs)}
    return rows


def report(name: str, policy: toolrl.Policy, tasks: list[toolrl.Task], args: toolrl.Args) -> str:
    toolrl.set_seed(args.seed)
    rows = first_edit_rates(tasks, toolrl.sampled_episodes(policy, tasks, args, torch.device("cpu")))
    return "\n".join([f"{name}: first edit in the solution, against chance"] + [
        f"  {family:<20} {100 * row['first right']:5.1f}% against {100 * row['chance']:5.1f}% "
        f"({row['episodes']} episodes)" for family, row in rows.items()])


def main() -> None:
    argv, args = sys.argv[1:], toolrl.Args()
    if argv[1:3] and argv[1] == "--seed" and argv[2].isdigit():
        args, argv = toolrl.Args(seed=int(argv[2])), argv[:1] + argv[3:]
    if len(argv) < 2 or argv[1].startswith("-") and argv[1:] != ["--humaneval", "auto"]:
        print("usage: python tools/first_edit.py CHECKPOINT [--seed N] TASKS.json [...] | --humaneval auto",
              file=sys.stderr)
        sys.exit(2)
    try:
        policy, _ = toolrl.load_checkpoint(argv[0], torch.device("cpu"))
        policy.eval()
        if argv[1:] == ["--humaneval", "auto"]:
            tasks = toolrl.load_humaneval(toolrl.find_humaneval())
            he_args = toolrl.Args(seed=args.seed, test_budget=toolrl.HUMANEVAL_BUDGET)
            print(report("HumanEval", policy, tasks, he_args))
            return
        for path in argv[1:]:
            print(report(path, policy, [t for t in toolrl.load_tasks(path) if t.split == "test"], args))
    except (toolrl.TaskError, toolrl.CheckpointError) as error:
        print(f"error: {error}", file=sys.stderr)
        sys.exit(2)


if __name__ == "__main__":
    main()
