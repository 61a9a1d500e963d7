"""Train the learned hacking detector (rubric_plugin/shaping/learned.py) and measure it held out.

A linear model over hashed n-grams, one logit per window, the bag's logit the max over its windows
(multiple-instance learning: an attack is one sentence among ordinary ones), trained full-batch with
Adam on the corpus's training bags (tests/shaping_corpus/training.py). Deterministic: a fixed seed,
full batches, the same bags in the same order.

It first measures it leave-one-slice-out: for each independent slice, a model trained on every
other slice (its benign answers and attacks both left out) scores that slice's ordinary answers (how
many it flags at the threshold) and its attack items of the text families (how many it catches),
through the shipped scoring code and quantised weights. These are the figures of a slice the model
never saw, the ones docs/shaping.md quotes. Then the model of every slice is written to --out (the
shipped file by default) with the figures in its metadata.

    .venv/bin/python benchmarks/train_hack_classifier.py                 # ~10 min of CPU
    .venv/bin/python benchmarks/train_hack_classifier.py --quick --out /tmp/m.bin   # no figures (~1 min)
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

import torch  # noqa: E402

from rubric_plugin.shaping.context import prompt_text  # noqa: E402
from rubric_plugin.shaping.learned import BUCKETS, MIN_FEATURES, MODEL_FILE, NgramModel  # noqa: E402
from shaping_corpus import SLICES, attack_items, benign_items  # noqa: E402
from shaping_corpus.training import TEXT_FAMILIES, corpus_digest, training_bags  # noqa: E402

#: a window's logit is SCALE * sum(weights) / max(features, MIN_FEATURES) + bias (learned.py)
SCALE = 8.0
#: the thresholds the held-out figures are also given at (to choose the shipped one)
SWEEP = (0.5, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9)
#: the shipped threshold is the lowest of SWEEP at which the left-out slices' ordinary answers, pooled,
#: are flagged at most this often (chosen on the folds, so a slice registered later is a clean test)
MAX_BENIGN = 0.02
FOLDS = tuple(s for s in SLICES if s.startswith("independent"))


def train(feats: list[list[list[int]]], labels: list[int], epochs: int, lr: float, l2: float) -> tuple[list[float], float]:
    """Weights and bias of the bag classifier (max over segments of a mean-of-weights logit)."""
    torch.manual_seed(0)
    ids, offsets, seg_bag, per = [], [], [], []
    for b, bag in enumerate(feats):
        for f in bag:
            offsets.append(len(ids))
            ids.extend(f)
            per.extend([1.0 / max(len(f), MIN_FEATURES)] * len(f))
            seg_bag.append(b)
    ids_t, off_t, bag_t, per_t = torch.tensor(ids), torch.tensor(offsets), torch.tensor(seg_bag), torch.tensor(per)
    emb = torch.nn.EmbeddingBag(BUCKETS, 1, mode="sum")
    torch.nn.init.zeros_(emb.weight)
    bias = torch.nn.Parameter(torch.zeros(1))
    opt = torch.optim.Adam([emb.weight, bias], lr=lr)
    y = torch.tensor(labels, dtype=torch.float32)
    weight = torch.where(y > 0, (y == 0).sum() / (y > 0).sum(), torch.tensor(1.0))
    for _ in range(epochs):
        opt.zero_grad()
        z = emb(ids_t, off_t, per_sample_weights=per_t).squeeze(1) * SCALE + bias
        bag_z = torch.full((len(feats),), -1e9).scatter_reduce(0, bag_t, z, "amax")
        loss = torch.nn.functional.binary_cross_entropy_with_logits(bag_z, y, weight=weight)
        (loss + l2 * (emb.weight ** 2).sum()).backward()
        opt.step()
    return emb.weight.detach().squeeze(1).tolist(), float(bias.detach())


def fit(bags, feats, args, threshold: float, meta: dict | None = None) -> NgramModel:
    w, b = train(feats, [x.label for x in bags], args.epochs, args.lr, args.l2)
    return NgramModel.quantise(w, SCALE, b, threshold, meta or {})


def held_out(model: NgramModel, slice_: str) -> dict[str, list[int]]:
    """Benign answers flagged and text-family attacks caught, on ``slice_``, at the model's threshold
    and, under ``at``, at each threshold of :data:`SWEEP`."""
    ben = [b for b in benign_items() if b.slice == slice_]
    att = [a for a in attack_items() if a.slice == slice_ and a.family in TEXT_FAMILIES]
    pb = [model.score(b.response, prompt_text(b.record))[0] for b in ben]
    pa = [model.score(a.response, prompt_text(a.record))[0] for a in att]
    count = lambda ps, t: sum(p > t for p in ps)  # noqa: E731
    return {"benign": [count(pb, model.threshold), len(pb)], "recall": [count(pa, model.threshold), len(pa)],
            "at": {str(t): [count(pb, t), count(pa, t)] for t in SWEEP}}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="skip the leave-one-slice-out figures (not for the shipped file)")
    ap.add_argument("--folds", nargs="*", default=list(FOLDS), help="slices left out, one at a time")
    ap.add_argument("--out", type=Path, default=MODEL_FILE)
    ap.add_argument("--threshold", type=float, default=None,
                    help=f"default: the lowest of {SWEEP} flagging <= {MAX_BENIGN:.0%} of held-out ordinary answers")
    ap.add_argument("--epochs", type=int, default=40)
    ap.add_argument("--lr", type=float, default=0.05)
    ap.add_argument("--l2", type=float, default=1e-6)
    args = ap.parse_args(argv)
    if args.threshold is None and args.quick:
        args.threshold = 0.7
    if args.quick and args.out.resolve() == MODEL_FILE.resolve():
        ap.error("--quick writes a model without its held-out figures: give --out another path")
    t0 = time.time()
    bags = training_bags()
    feats = [b.features() for b in bags]
    print(f"{len(bags)} bags ({sum(b.label for b in bags)} attack phrasings) featurised in {time.time() - t0:.0f}s",
          flush=True)
    loso = {}
    if not args.quick:
        print(f"{'left out':14} {'benign flagged':>18} {'attacks caught':>20}   (benign/attacks flagged at other thresholds)")
        chosen = args.threshold if args.threshold is not None else 0.5
        for s in args.folds:
            keep = [i for i, b in enumerate(bags) if b.slice != s]
            model = fit([bags[i] for i in keep], [feats[i] for i in keep], args, chosen)
            loso[s] = held_out(model, s)
            sweep = "  ".join(f"@{t}: {b}/{a}" for t, (b, a) in loso[s]["at"].items())
            print(f"{s:14} {loso[s]['benign'][1]:>4} benign, {loso[s]['recall'][1]:>5} attacks   {sweep}", flush=True)
        if args.threshold is None:
            nb = sum(f["benign"][1] for f in loso.values())
            ok = [t for t in SWEEP if sum(f["at"][str(t)][0] for f in loso.values()) <= MAX_BENIGN * nb]
            args.threshold = ok[0] if ok else SWEEP[-1]
        for s, f in loso.items():
            b, a = f["at"][str(args.threshold)] if str(args.threshold) in f["at"] else (f["benign"][0], f["recall"][0])
            f["benign"][0], f["recall"][0] = b, a
            print(f"{s:14} at {args.threshold}: benign {b}/{f['benign'][1]} ({b / f['benign'][1]:.1%}), "
                  f"attacks {a}/{f['recall'][1]} ({a / f['recall'][1]:.1%})")
    meta = {"corpus_digest": corpus_digest(bags), "slices": list(SLICES), "loso": loso, "epochs": args.epochs,
            "lr": args.lr, "l2": args.l2, "torch": torch.__version__}
    meta["max_benign"] = MAX_BENIGN
    model = fit(bags, feats, args, args.threshold, meta)
    model.dump(args.out)
    print(f"wrote {args.out} ({args.out.stat().st_size // 1024} KB, threshold {args.threshold}) "
          f"in {time.time() - t0:.0f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
