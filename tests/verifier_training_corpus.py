"""IFEval-style records and responses written for this project, for the verifier-training loop.

Every record asks for a short text on a topic under three formatting instructions, each a
``kind: check`` criterion (keyword, length, lowercase, commas, ending phrase, bullet count), so
``labels --from-checks`` labels every (response, criterion) for free. Each record gets one
response; a seeded choice of which instructions the response follows puts both labels in the
data (roughly half "yes"). The test uses a handful of records; ``benchmarks/verifier_training.py``
uses a few hundred.
"""
from __future__ import annotations

import json
import random
from pathlib import Path

TOPICS = ["the sea", "a mountain walk", "autumn leaves", "a city at night", "a small garden", "winter mornings",
          "an old library", "a train journey", "the desert", "a rainy afternoon", "a market square", "the moon"]
KEYWORDS = ["lantern", "harbor", "velvet", "compass", "meadow", "ember", "quartz", "willow"]
ENDINGS = ["That is all.", "Thank you.", "The end.", "Any questions?"]
SENTENCES = ["there is a quiet light over everything", "people stop and look for a while",
             "the air smells of salt and stone", "nothing here is in a hurry",
             "a bird crosses from one side to the other", "the colors change as the hours pass",
             "you can hear footsteps far away", "it feels older than anyone remembers"]


def _instructions(rng: random.Random) -> list[dict]:
    kw, n, end, k = rng.choice(KEYWORDS), rng.choice([15, 25, 40]), rng.choice(ENDINGS), rng.choice([2, 3])
    pool = [
        {"id": "keyword", "question": f"Does the response use the word \"{kw}\"?", "check": "keywords_include",
         "args": {"keywords": [kw]}, "text": f"Use the word \"{kw}\"."},
        {"id": "length", "question": f"Is the response shorter than {n} words?", "check": "word_count",
         "args": {"n": n, "relation": "less than"}, "text": f"Write fewer than {n} words."},
        {"id": "lowercase", "question": "Is the whole response in lowercase letters?", "check": "all_lowercase",
         "args": {}, "text": "Write only in lowercase letters."},
        {"id": "no_commas", "question": "Does the response avoid commas entirely?", "check": "no_commas",
         "args": {}, "text": "Do not use any commas."},
        {"id": "ending", "question": f"Does the response end with the phrase \"{end}\"?", "check": "ends_with",
         "args": {"phrase": end}, "text": f"End with the phrase \"{end}\"."},
        {"id": "bullets", "question": f"Does the response have exactly {k} bullet points?", "check": "bullet_count",
         "args": {"n": k, "relation": "exactly"}, "text": f"Give exactly {k} bullet points."},
    ]
    return rng.sample(pool, 3)


def _response(rng: random.Random, topic: str, instr: list[dict]) -> str:
    """A response that follows each instruction with probability one half (decided per instruction)."""
    follow = {i["id"]: rng.random() < 0.5 for i in instr}
    args = {i["id"]: i["args"] for i in instr}
    n_sent = rng.randint(1, 2) if follow.get("length", rng.random() < 0.5) else rng.randint(5, 7)
    sentences = [rng.choice(SENTENCES) for _ in range(n_sent)]
    if "keyword" in follow:
        kw = args["keyword"]["keywords"][0]
        if follow["keyword"]:
            sentences[0] = f"{sentences[0]} near the {kw}"
    if "bullets" in follow:
        k = args["bullets"]["n"] if follow["bullets"] else rng.choice([1, 4])
        body = f"Some notes on {topic}:\n" + "\n".join(f"* {sentences[j % len(sentences)]}" for j in range(k))
    else:
        body = " ".join(s[0].upper() + s[1:] + "." for s in sentences)
        body = f"About {topic}: {body}"
    if follow.get("no_commas") is False:
        body = body.replace(" and ", ", and ", 1) if " and " in body else body.replace(" ", ", ", 1)
    else:
        body = body.replace(",", "")
    if "ending" in follow:
        end = args["ending"]["phrase"]
        body = f"{body} {end}" if follow["ending"] else f"{body} {rng.choice([e for e in ENDINGS if e != end])}"
    if follow.get("lowercase"):
        body = body.lower()
    elif "lowercase" in follow:
        body = body[0].upper() + body[1:]
    return body


def build(n_records: int, seed: int = 0) -> tuple[list[dict], dict[str, str]]:
    """``n_records`` plugin rubric records and one response per record (``record id -> response``)."""
    rng = random.Random(seed)
    records, responses = [], {}
    for i in range(n_records):
        topic = TOPICS[i % len(TOPICS)]
        instr = _instructions(rng)
        rid = f"ifs-{i:04d}"
        records.append({
            "id": rid, "category": "complex", "data_source": "verifier_training/ifeval_style",
            "messages": [{"role": "user", "content": f"Write a few lines about {topic}. "
                                                     + " ".join(i["text"] for i in instr)}],
            "criteria": [{"id": c["id"], "question": c["question"], "kind": "check", "check": c["check"],
                          "args": c["args"]} for c in instr]})
        responses[rid] = _response(rng, topic, instr)
    return records, responses


def write(directory: str | Path, n_records: int, seed: int = 0) -> tuple[Path, Path]:
    """``records.jsonl`` and ``responses.jsonl`` under ``directory``."""
    d = Path(directory)
    d.mkdir(parents=True, exist_ok=True)
    records, responses = build(n_records, seed)
    rec_path, resp_path = d / "records.jsonl", d / "responses.jsonl"
    rec_path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    resp_path.write_text("".join(json.dumps({"id": k, "response": v}) + "\n" for k, v in responses.items()),
                         encoding="utf-8")
    return rec_path, resp_path
