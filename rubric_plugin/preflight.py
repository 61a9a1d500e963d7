"""What the ``rubric_sync`` trainer checks before any actor starts: the judge, and the data.

* **The judge.** With the ``rubric`` manager, ``reward.rubric.verifier`` is built (unset is a
  ConfigError listing the presets). With verl's own managers calling
  ``pkg://rubric_plugin.reward_fn``, ``reward.custom_reward_function.reward_kwargs`` is checked the
  same way (a ``verifier``, no ``on_failure`` other than ``raise``). A shaping chain that adds
  ``llm`` criteria under ``verifier: none`` is refused.
* **The startup data scan.** Every row of ``data.train_files`` and ``data.val_files`` (local
  parquet) is decoded from ``reward_model.ground_truth`` and validated; under ``verifier: none``
  a row with an ``llm`` criterion is rejected too. Every problem names the file, the row, the
  field, the value and the fix; the first :data:`MAX_PROBLEMS` are listed. A row of
  ``data.val_files`` whose ``extra_info.split`` is not a validation split is named too, with the
  ``rubric`` manager (:func:`scan_val_splits`).

Without the ``rubric_sync`` trainer none of this runs up front: the same errors surface when the
reward workers build the manager (the judge) or score the row (the data), i.e. after the actors
have started.
"""
from __future__ import annotations

import logging
import os
from typing import Any, Iterable, Iterator

from rubric_plugin.config import RubricRewardConfig, build_verifier
from rubric_plugin.errors import FieldProblem, RubricSchemaError
from rubric_plugin.verifier.none import check_chain, is_none, llm_criteria_problem

logger = logging.getLogger(__name__)

MANAGER_NAME = "rubric"
REWARD_FN_MODULE = "rubric_plugin.reward_fn"
#: Problems listed in the error (the count of the rest is given).
MAX_PROBLEMS = 20


def _get(node: Any, *path: str) -> Any:
    for key in path:
        node = node.get(key) if hasattr(node, "get") else None
        if node is None:
            return None
    return node


def plugin_reward(config: Any) -> str | None:
    """``"manager"`` (the ``rubric`` manager), ``"reward_fn"`` (verl's manager + this plugin's
    ``compute_score``), or None (the reward is not the plugin's)."""
    if _get(config, "reward", "reward_manager", "name") == MANAGER_NAME:
        return "manager"
    path = _get(config, "reward", "custom_reward_function", "path") or ""
    return "reward_fn" if str(path).replace("/", ".").removesuffix(".py").endswith(REWARD_FN_MODULE) else None


def build_judge(config: Any, rubric_cfg: RubricRewardConfig):
    """The verifier the reward workers will build (None when the reward is not the plugin's)."""
    from rubric_plugin.shaping import chain_for

    kind = plugin_reward(config)
    if kind == "manager":
        verifier, chain = build_verifier(rubric_cfg), chain_for(rubric_cfg.shaping)
    elif kind == "reward_fn":
        from rubric_plugin.reward_fn import config_from_kwargs

        kwargs = _get(config, "reward", "custom_reward_function", "reward_kwargs") or {}
        fn_cfg = config_from_kwargs({k: _plain(v) for k, v in kwargs.items()})
        verifier, chain = build_verifier(fn_cfg), chain_for(fn_cfg.shaping)
    else:
        return None
    check_chain(verifier, chain)
    return verifier


def _plain(value: Any) -> Any:
    if type(value).__module__.startswith("omegaconf"):
        from omegaconf import OmegaConf

        return OmegaConf.to_container(value, resolve=True)
    return value


def data_files(config: Any) -> list[str]:
    """``data.train_files`` and ``data.val_files`` as one list of paths."""
    out: list[str] = []
    for key in ("train_files", "val_files"):
        value = _get(config, "data", key)
        if isinstance(value, str):
            out.append(value)
        elif value is not None:
            out.extend(str(v) for v in value)
    return out


def _ground_truths(path: str) -> Iterator[tuple[int, Any]]:
    import pyarrow.parquet as pq

    table = pq.read_table(path, columns=["reward_model"])
    for i, rm in enumerate(table.column("reward_model").to_pylist()):
        yield i, (rm or {}).get("ground_truth") if isinstance(rm, dict) else None


def scan_rows(rows: Iterable[tuple[str, Any]], verifier_none: bool) -> list[FieldProblem]:
    """Problems of ``(row label, ground_truth)`` pairs: invalid rubrics and, under ``none``, llm criteria."""
    from rubric_plugin.convert.verl_rows import record_from_ground_truth

    problems: list[FieldProblem] = []
    for label, ground_truth in rows:
        try:
            record = record_from_ground_truth(ground_truth)
        except RubricSchemaError as e:
            problems.extend(FieldProblem(label, f"reward_model.ground_truth: {p.field}", p.value, p.problem, p.fix)
                            for p in e.problems)
            continue
        problem = llm_criteria_problem(record, label) if verifier_none else None
        if problem is not None:
            problems.append(problem)
    return problems


def scan_data(files: Iterable[str], verifier_none: bool) -> int:
    """Scan local parquet ``files``; raise :class:`RubricSchemaError` listing the problems. Returns rows read."""
    problems: list[FieldProblem] = []
    n = 0
    for path in files:
        if not (path.endswith(".parquet") and os.path.isfile(path)):
            logger.warning("rubric startup data scan: skipping %s (not a local parquet file)", path)
            continue
        rows = [(f"{path} row {i}", gt) for i, gt in _ground_truths(path)]
        n += len(rows)
        problems.extend(scan_rows(rows, verifier_none))
    if problems:
        shown = problems[:MAX_PROBLEMS]
        if len(problems) > MAX_PROBLEMS:
            shown.append(FieldProblem(None, "<data>", len(problems) - MAX_PROBLEMS, "more problems not listed",
                                      "run `rubric-plugin validate` on the source records"))
        raise RubricSchemaError(shown)
    return n


def scan_val_splits(config: Any) -> int:
    """Every local parquet row of ``data.val_files`` must say ``extra_info.split`` is a validation split.

    The reward manager tells validation from training only by that field
    (:func:`rubric_plugin.manager.is_validation`): a held-out row converted with the default
    ``--split train`` would be scored as a training sample (no ``acc`` headline, NaN for an
    unscorable sample). Raises :class:`RubricSchemaError` naming file, row and value; returns rows read.
    """
    import pyarrow.parquet as pq

    from rubric_plugin.convert.verl_rows import VALIDATION_SPLITS

    value = _get(config, "data", "val_files")
    files = [value] if isinstance(value, str) else [str(v) for v in (value or [])]
    problems: list[FieldProblem] = []
    n = 0
    for path in files:
        if not (path.endswith(".parquet") and os.path.isfile(path)):
            continue
        if "extra_info" not in pq.read_schema(path).names:
            continue  # not a plugin-converted file: the data scan names its rows
        for i, info in enumerate(pq.read_table(path, columns=["extra_info"]).column("extra_info").to_pylist()):
            n += 1
            split = info.get("split") if isinstance(info, dict) else None
            if str(split or "").lower() not in VALIDATION_SPLITS:
                problems.append(FieldProblem(f"{path} row {i}", "extra_info.split", split,
                                             "is not a validation split, so validation would score this row as "
                                             "training (no acc metric, NaN when unscorable)",
                                             "convert held-out records with `rubric-plugin convert --split val`"))
    if problems:
        shown = problems[:MAX_PROBLEMS]
        if len(problems) > MAX_PROBLEMS:
            shown.append(FieldProblem(None, "<data>", len(problems) - MAX_PROBLEMS, "more problems not listed",
                                      "convert held-out records with `rubric-plugin convert --split val`"))
        raise RubricSchemaError(shown)
    return n


def preflight(config: Any, rubric_cfg: RubricRewardConfig) -> None:
    """Build the judge, then scan the data (see the module docstring)."""
    verifier = build_judge(config, rubric_cfg)
    if verifier is None:
        return
    n = scan_data(data_files(config), verifier_none=is_none(verifier))
    if plugin_reward(config) == "manager":  # verl's own managers (reward_fn) do not read extra_info.split
        scan_val_splits(config)
    logger.info("rubric startup data scan: %d rows valid", n)
