"""The RL reward of verifier training: how well the policy's verdicts agree with the labels.

``reward.custom_reward_function.path=pkg://rubric_plugin.reward_fn`` with
``reward.custom_reward_function.name=verifier_agreement`` scores one verifier answer
(``solution_str``) against the labels of its row (``reward_model.ground_truth``, written by
``rubric-plugin verifier-data --rl-out``). With ``n_c`` the number of labels of class ``c`` in
the row and ``k_c`` those the answer gets right::

    parsed answer:    score = agreement + all_correct_bonus * [every verdict right]
                      agreement = mean over the classes c present in the row of k_c / n_c
    unparseable:      score = format_penalty        (default -1.0, below every parsed answer)

* **Class-balanced**: ``agreement`` is the row's balanced accuracy (the mean per-class recall).
  Most rubric labels are "yes", so plain accuracy pays an always-"yes" policy 0.8 on a row with one
  "no" in five; balanced accuracy pays it 0.5 there, and a policy that finds the "no" while
  missing one "yes" gets (0.75 + 1) / 2 = 0.875.
* **Format term**: an answer the verifier parser rejects (no JSON, a missing, unknown or repeated
  id, a verdict other than yes/no) scores ``format_penalty``, lower than the worst parsed answer
  (0). Here the parse failure is the policy's own fault, so it is scored, never unscorable.
* **All-correct bonus** (``all_correct_bonus``, default 0): an extra reward for rows judged
  entirely right, the verifier's analogue of RIFL's all-or-nothing.

Extra info (the same keys for every row; verl logs them for validation as ``mean@1``): the
counts ``tp, fn, fp, tn`` (yes = the criterion is met) from which macro-F1 and the "no" F1 of
the validation set follow, and per criterion kind ``correct_<kind>`` / ``asked_<kind>`` whose
ratio of means is that kind's accuracy.
"""
from __future__ import annotations

import json
import math
from typing import Any

from rubric_plugin.errors import ConfigError, RubricSchemaError, FieldProblem

KINDS = ("llm", "check")
FORMAT_PENALTY = -1.0


def _truth(ground_truth: Any) -> dict[str, Any]:
    try:
        truth = json.loads(ground_truth) if isinstance(ground_truth, str) else dict(ground_truth)
        crits = truth["criteria"]
        if not crits or any(c["label"] not in ("yes", "no") for c in crits):
            raise ValueError("criteria must be a non-empty list of {id, label: yes|no, kind}")
    except (ValueError, KeyError, TypeError) as e:
        raise RubricSchemaError([FieldProblem(None, "reward_model.ground_truth", str(ground_truth)[:200],
                                              f"is not verifier-agreement labels ({e})",
                                              "write the RL rows with `rubric-plugin verifier-data --rl-out`")]) from None
    return truth


def agreement_score(answer: str, ground_truth: Any, all_correct_bonus: float = 0.0,
                    format_penalty: float = FORMAT_PENALTY) -> dict[str, float]:
    """The score and extra info of one answer; see the module docstring."""
    from rubric_plugin.errors import VerdictParseError
    from rubric_plugin.verifier.parse import parse_verdicts

    if not (math.isfinite(all_correct_bonus) and all_correct_bonus >= 0):
        raise ConfigError(f"verifier_agreement all_correct_bonus={all_correct_bonus!r}; expected a number >= 0")
    if not (math.isfinite(format_penalty) and format_penalty < 0):
        raise ConfigError(f"verifier_agreement format_penalty={format_penalty!r}; expected a negative number, so an "
                          "unparseable answer scores below every parsed one (whose agreement is >= 0)")
    crits = _truth(ground_truth)["criteria"]
    out: dict[str, float] = {"parsed": 0.0, "agreement": 0.0, "all_correct": 0.0,
                             "tp": 0.0, "fn": 0.0, "fp": 0.0, "tn": 0.0}
    for kind in KINDS:
        out[f"correct_{kind}"] = 0.0
        out[f"asked_{kind}"] = float(sum(c.get("kind", "llm") == kind for c in crits))
    try:
        verdicts = parse_verdicts(answer, [c["id"] for c in crits]).verdicts
    except VerdictParseError:
        out["score"] = float(format_penalty)
        return out
    # 1) per-class recall over the classes present in the row's labels
    hits: dict[str, list[bool]] = {}
    for c in crits:
        gold, pred = c["label"] == "yes", verdicts[c["id"]].satisfied
        hits.setdefault(c["label"], []).append(gold == pred)
        out[("tp" if pred else "fn") if gold else ("fp" if pred else "tn")] += 1
        if gold == pred and c.get("kind", "llm") in KINDS:
            out[f"correct_{c.get('kind', 'llm')}"] += 1
    # 2) balanced accuracy: the mean of those recalls
    agreement = sum(sum(h) / len(h) for h in hits.values()) / len(hits)
    # 3) the optional bonus for a row judged entirely right
    perfect = all(all(h) for h in hits.values())
    out.update(parsed=1.0, agreement=agreement, all_correct=float(perfect),
               score=agreement + (all_correct_bonus if perfect else 0.0))
    return out


def verifier_agreement(data_source: str, solution_str: str, ground_truth: Any, extra_info: dict | None = None,
                       all_correct_bonus: float = 0.0, format_penalty: float = FORMAT_PENALTY,
                       **kwargs: Any) -> dict[str, float]:
    """verl ``compute_score`` entry point; ``all_correct_bonus`` / ``format_penalty`` arrive as
    ``reward.custom_reward_function.reward_kwargs``; other kwargs verl passes are ignored."""
    return agreement_score(solution_str, ground_truth, float(all_correct_bonus), float(format_penalty))
