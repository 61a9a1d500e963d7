"""Labels: yes/no answers to rubric criteria for given responses, and how well a verifier agrees with them.

Import-light: nothing here imports a model, Ray or vLLM. One concept per module:

* :mod:`rubric_plugin.labels.format`: the labels file (JSONL), defined once and validated with
  row / field errors; verifier training reuses it.
* :mod:`rubric_plugin.labels.from_checks`: free ground truth. Every ``kind: check`` criterion is
  answered by its check, and can be asked of an LLM verifier as the same question.
* :mod:`rubric_plugin.labels.agreement`: accuracy, macro-F1, F1 of "no", Cohen's kappa, yes-rate
  bias and the confusion matrix (pure functions).
* :mod:`rubric_plugin.labels.calibrate`: asks a verifier every labelled question and reports
  the agreement overall, per criterion kind, per check type and per category.
"""
