"""Verifier training: labels -> SFT data -> SFT -> RL toward label agreement -> calibrate.

Import-light: nothing here imports a model, Ray or verl at import time. One concept per module:

* :mod:`rubric_plugin.verifier_training.sft_data`: the verifier prompts the plugin sends at
  training time, rendered by the live verifier's own request builder, with the label verdicts as
  the answer (SFT rows for verl's ``MultiTurnSFTDataset``) or as ``reward_model.ground_truth``
  (RL rows for ``main_ppo``);
* :mod:`rubric_plugin.verifier_training.template_meta`: the prompt-template id a checkpoint was
  trained on, written beside it and checked when a verifier loads it;
* :mod:`rubric_plugin.verifier_training.agreement_reward`: the RL reward, class-balanced agreement
  of the policy's verdicts with the labels plus a format term.
"""
