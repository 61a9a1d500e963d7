"""Build ``DataProto`` rows shaped as verl 0.9.1's agent loop hands them to the reward loop.

Per trajectory (``verl/experimental/agent_loop/agent_loop.py``): ``prompts`` left-padded,
``responses`` right-padded, ``input_ids = prompts ++ responses``, ``attention_mask`` 1 on real
tokens, ``position_ids``; non-tensor columns = every dataset column (``data_source``,
``reward_model``, ``extra_info``, ``ability``, ``raw_prompt``, ...) plus ``uid`` and
``__num_turns__``.
"""
from __future__ import annotations

from typing import Any, Sequence

from rubric_plugin.convert.verl_rows import to_verl_row
from rubric_plugin.schema import RubricRecord


def build_batch(pairs: Sequence[tuple[RubricRecord, str]], tokenizer: Any, uids: Sequence[str] | None = None):
    """One row per (record, response); rows of the same record share a uid (a GRPO group)."""
    import numpy as np
    import torch

    from verl import DataProto

    prompts, responses, cols = [], [], []
    for i, (record, response) in enumerate(pairs):
        row = to_verl_row(record, i)
        ids = tokenizer.apply_chat_template(row["prompt"], add_generation_prompt=True, tokenize=True)
        if isinstance(ids, dict) or hasattr(ids, "input_ids"):
            ids = ids["input_ids"]
        prompts.append(list(ids))
        responses.append(tokenizer.encode(response, add_special_tokens=False) + [tokenizer.eos_token_id])
        cols.append(row)
    p_len = max(len(p) for p in prompts)
    r_len = max(len(r) for r in responses)
    pad = tokenizer.pad_token_id
    n = len(pairs)
    prompt_t = torch.full((n, p_len), pad, dtype=torch.long)
    resp_t = torch.full((n, r_len), pad, dtype=torch.long)
    mask = torch.zeros((n, p_len + r_len), dtype=torch.long)
    for i, (p, r) in enumerate(zip(prompts, responses)):
        prompt_t[i, p_len - len(p):] = torch.tensor(p)
        resp_t[i, : len(r)] = torch.tensor(r)
        mask[i, p_len - len(p): p_len + len(r)] = 1
    position_ids = torch.clamp(torch.cumsum(mask, dim=-1) - 1, min=0)
    if uids is None:
        uids = [r.id or str(i) for i, (r, _) in enumerate(pairs)]
    non_tensor = {
        "data_source": np.array([c["data_source"] for c in cols], dtype=object),
        "reward_model": np.array([c["reward_model"] for c in cols], dtype=object),
        "extra_info": np.array([c["extra_info"] for c in cols], dtype=object),
        "ability": np.array([c["ability"] for c in cols], dtype=object),
        "raw_prompt": np.array([np.array(c["prompt"], dtype=object) for c in cols] + [None], dtype=object)[:-1],
        "uid": np.array(list(uids), dtype=object),
        "__num_turns__": np.array([len(c["prompt"]) + 1 for c in cols], dtype=object),
    }
    return DataProto.from_dict(
        tensors={"prompts": prompt_t, "responses": resp_t, "input_ids": torch.cat([prompt_t, resp_t], dim=-1),
                 "attention_mask": mask, "position_ids": position_ids},
        non_tensors=non_tensor,
    )
