"""Evaluation: benchmark protocols that score responses the way the field scores them.

Import-light on purpose (verl imports the plugin in every Ray actor): nothing here imports a
model, Ray or vLLM. The modules, one concept each:

* :mod:`rubric_plugin.eval.advancedif_prompt`: the AdvancedIF judge prompt, one user message in
  the official structure (history as ``role [turn]: content``, last user prompt, response, rubric
  as a JSON list), the plain and the system-steerability judge, and the routing switch between them.
* :mod:`rubric_plugin.eval.advancedif_templates`: the plugin's own wording of both judges (with
  few-shot examples written for the plugin), and loading the official wording from a user's own
  checkout of the official repository (never shipped).
* :mod:`rubric_plugin.eval.advancedif_score`: the official processor's scoring, re-implemented
  from its documented semantics: overall pass from the judge's own declaration, per-question
  "yes" substring, per-row rate, micro rubric rate, success rate; plus the plugin's recomputed
  all-or-nothing and its disagreement with the declaration.
* :mod:`rubric_plugin.eval.advancedif_judged`: reading the official evaluator's output files
  (JSONL with ``judge_result``, or CSV with ``judge_success`` / ``judge_raw_output``) and rescoring
  them from the raw judge text, with no model.

See ``docs/eval.md`` for each metric and how it relates to the paper's numbers.
"""
