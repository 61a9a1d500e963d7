"""How well a verifier's yes/no answers agree with labels: pure functions of (gold, predicted) pairs.

With ``tp`` = gold yes and predicted yes, ``fn`` = gold yes predicted no, ``fp`` = gold no
predicted yes, ``tn`` = gold no predicted no, and ``n`` their sum:

* **accuracy** = (tp + tn) / n;
* **F1 of yes** = 2 tp / (2 tp + fp + fn); **F1 of no** = 2 tn / (2 tn + fn + fp) -- "no" is the
  minority class of rubric labels (most criteria are met), and the one a lenient judge misses;
* **macro-F1** = the mean of the F1 of the classes present in gold or predictions, as
  scikit-learn's ``f1_score(average="macro")``; a class absent from both has F1 None and is
  left out (perfect agreement on all-yes labels is macro-F1 1, not 0.5);
* **Cohen's kappa** = (p_o - p_e) / (1 - p_e), with p_o the accuracy and p_e = p_yes(gold)
  p_yes(pred) + p_no(gold) p_no(pred) the agreement expected by chance; None when p_e = 1 (both
  sides constant and equal: kappa is undefined);
* **yes-rate bias** = p_yes(pred) - p_yes(gold): positive for a lenient judge.

Every metric is None on an empty set.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable


@dataclass(frozen=True)
class Confusion:
    tp: int = 0
    fn: int = 0
    fp: int = 0
    tn: int = 0

    @property
    def n(self) -> int:
        return self.tp + self.fn + self.fp + self.tn

    def as_matrix(self) -> list[list[int]]:
        """Rows gold (yes, no), columns predicted (yes, no)."""
        return [[self.tp, self.fn], [self.fp, self.tn]]


def confusion(pairs: Iterable[tuple[bool, bool]]) -> Confusion:
    """Count ``(gold, predicted)`` pairs, True meaning yes."""
    tp = fn = fp = tn = 0
    for gold, pred in pairs:
        if gold and pred:
            tp += 1
        elif gold:
            fn += 1
        elif pred:
            fp += 1
        else:
            tn += 1
    return Confusion(tp, fn, fp, tn)


def _f1(hit: int, miss_a: int, miss_b: int) -> float | None:
    denom = 2 * hit + miss_a + miss_b
    return 2 * hit / denom if denom else None


def metrics(c: Confusion) -> dict[str, Any]:
    """Every metric of the module docstring, plus the counts and the matrix."""
    n = c.n
    out: dict[str, Any] = {"n": n, "confusion": {"tp": c.tp, "fn": c.fn, "fp": c.fp, "tn": c.tn},
                           "matrix": c.as_matrix()}
    if n == 0:
        out.update({k: None for k in ("accuracy", "f1_yes", "f1_no", "macro_f1", "kappa", "yes_rate_gold",
                                      "yes_rate_pred", "yes_rate_bias")})
        return out
    acc = (c.tp + c.tn) / n
    f1_yes, f1_no = _f1(c.tp, c.fp, c.fn), _f1(c.tn, c.fn, c.fp)
    gold_yes, pred_yes = (c.tp + c.fn) / n, (c.tp + c.fp) / n
    p_e = gold_yes * pred_yes + (1 - gold_yes) * (1 - pred_yes)
    kappa = (acc - p_e) / (1 - p_e) if p_e < 1 else None
    present = [f for f in (f1_yes, f1_no) if f is not None]
    out.update({"accuracy": acc, "f1_yes": f1_yes, "f1_no": f1_no, "macro_f1": sum(present) / len(present),
                "kappa": kappa, "yes_rate_gold": gold_yes, "yes_rate_pred": pred_yes,
                "yes_rate_bias": pred_yes - gold_yes})
    return out
