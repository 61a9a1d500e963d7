"""Filters of generated criteria: one function per filter, each on by default, each reported.

Every filter takes the criteria of one rubric (plain dicts in the plugin's criterion format) and
returns a :class:`Outcome`: the criteria kept, and each one rejected with its reason. None of them
guesses: a filter that cannot decide keeps the criterion.

=================  ====================================================================
``schema``         (in :func:`~rubric_plugin.generation.schema.parse_output`) malformed items
``vague``          not a yes/no question, vague wording, or about what the response cannot show
``compound``       several requirements in one question: split when the parts stand alone,
                   rejected when they do not
``near_duplicate`` a criterion that says what an earlier one says (lexical similarity)
``count``          fewer than ``min_criteria`` fails the row; past ``max_criteria`` are cut
``uninformative``  optional (needs a policy and a judge): every one of K sampled responses
                   gets the same verdict, so the criterion carries no GRPO signal
                   (:mod:`rubric_plugin.generation.informative`)
=================  ====================================================================

The lexical similarity of two questions is the larger of the Jaccard index of their content-word
sets and difflib's ratio of the content words in order; ``near_duplicate`` rejects at or above
``threshold`` (default 0.8). Criteria with different ``penalty`` flags are never duplicates (one
asks for X, the other warns against it).
"""
from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from typing import Any, Sequence

#: Words that carry no requirement: question scaffolding and function words.
STOPWORDS = frozenset("""
a an the does do did is are was were be been has have had can could should would will it its
response answer reply assistant output text of to in on at for with by from as that this these those
and or any all each every there their they them which what who whom whose whether if than then so
such also only just very include includes including contain contains containing use uses using
""".split())
#: Words that make a criterion vague: a grader cannot tell what exactly must hold.
VAGUE = ("good", "great", "nice", "appropriate", "appropriately", "high quality", "high-quality", "well written",
         "well-written", "reasonable", "adequate", "adequately", "properly", "satisfactory", "decent", "etc",
         "overall quality", "as expected", "make sense", "makes sense", "helpful enough")
#: A yes/no question starts with an auxiliary verb.
YES_NO = re.compile(r"^(does|do|did|is|are|was|were|has|have|had|can|could|will|would|should)\b", re.I)
#: Questions about what the response cannot show.
UNANSWERABLE = re.compile(
    r"\b(the user (feel|think|like|want|be satisfied|agree)|user (is|will be) (happy|satisfied)|"
    r"(assistant|model) (intend|think|believe|try|tried)|intend(s|ed)? to|the reader (feel|like|enjoy)|"
    r"best possible|perfect(ly)?\b)", re.I)
#: A second question inside the first: "Does it X? Does it Y?" / "Does it X, and does it Y?"
SECOND_QUESTION = re.compile(r"(?:\?\s+|[,;]?\s+and\s+)(?=(does|do|is|are|has|have|can|will)\s+(it|the response|they)\b)",
                             re.I)
#: Conjunctions a question cannot be split on by rule (the parts do not stand alone).
UNSPLITTABLE = re.compile(r"\b(and/or|as well as|both\b.+\band\b)", re.I)


@dataclass
class Outcome:
    """What a filter kept and what it rejected (``(criterion, reason)``); ``split`` for compound parts."""

    kept: list[dict[str, Any]] = field(default_factory=list)
    rejected: list[tuple[dict[str, Any], str]] = field(default_factory=list)
    #: ``(original, parts)`` for every compound criterion split into parts (the parts are in ``kept``)
    split: list[tuple[dict[str, Any], list[dict[str, Any]]]] = field(default_factory=list)


def content_words(question: str) -> list[str]:
    """Lower-case content words of a question, crudely stemmed (plural -s dropped)."""
    words = re.findall(r"[a-z0-9]+(?:'[a-z]+)?", question.lower())
    return [w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w
            for w in words if w not in STOPWORDS]


def similarity(a: str, b: str) -> float:
    """Lexical similarity of two questions in [0, 1] (see the module docstring)."""
    wa, wb = content_words(a), content_words(b)
    if not wa or not wb:
        return 1.0 if wa == wb else 0.0
    sa, sb = set(wa), set(wb)
    jaccard = len(sa & sb) / len(sa | sb)
    ratio = difflib.SequenceMatcher(None, " ".join(wa), " ".join(wb)).ratio()
    return max(jaccard, ratio)


def vague(criteria: Sequence[dict[str, Any]]) -> Outcome:
    """Reject criteria that are not yes/no questions, use vague wording, or ask what the response cannot show.

    Check criteria are exempt: their program defines them exactly.
    """
    out = Outcome()
    for c in criteria:
        q = c["question"].strip()
        low = f" {q.lower()} "
        if c.get("kind") == "check":
            out.kept.append(c)
        elif not YES_NO.match(q):
            out.rejected.append((c, "not a yes/no question (starts with neither 'Does', 'Is', 'Are', 'Has' ...)"))
        elif any(re.search(rf"\b{re.escape(w)}\b", low) for w in VAGUE):
            word = next(w for w in VAGUE if re.search(rf"\b{re.escape(w)}\b", low))
            out.rejected.append((c, f"vague wording {word!r}: say what exactly must hold"))
        elif UNANSWERABLE.search(q):
            out.rejected.append((c, f"unanswerable from the response ({UNANSWERABLE.search(q).group(0)!r})"))
        elif len(content_words(q)) < 2:
            out.rejected.append((c, "too short to name a requirement"))
        else:
            out.kept.append(c)
    return out


def split_question(question: str) -> list[str]:
    """The questions inside ``question`` ("Does it X, and does it Y?" -> two), or ``[question]``."""
    starts = [m.end() for m in SECOND_QUESTION.finditer(question)]
    if not starts:
        return [question]
    bounds = [0, *starts]
    out = []
    for k, s in enumerate(bounds):
        end = SECOND_QUESTION.search(question, s).start() if k + 1 < len(bounds) else len(question)
        piece = question[s:end].strip(" ,;?")
        if piece:
            out.append(piece[0].upper() + piece[1:] + "?")
    return out


def compound(criteria: Sequence[dict[str, Any]]) -> Outcome:
    """Split a criterion holding several questions into one criterion per question; reject a
    criterion joining requirements with "and/or", "as well as" or "both ... and" (no rule can
    split it into parts that stand alone). A split part keeps ``hard``/``penalty`` and gets the id
    ``<id>.<k>``."""
    out = Outcome()
    for c in criteria:
        q = c["question"]
        parts = split_question(q)
        if len(parts) > 1 and all(YES_NO.match(p) for p in parts):
            pieces = [{**c, "id": f"{c['id']}.{k + 1}", "question": p} for k, p in enumerate(parts)]
            out.split.append((c, pieces))
            out.kept.extend(pieces)
        elif c.get("kind") != "check" and UNSPLITTABLE.search(q):
            out.rejected.append((c, f"several requirements in one question ({UNSPLITTABLE.search(q).group(0)!r}); "
                                    "write one criterion per requirement"))
        else:
            out.kept.append(c)
    return out


def near_duplicate(criteria: Sequence[dict[str, Any]], threshold: float = 0.8) -> Outcome:
    """Reject a criterion whose question is at least ``threshold`` similar to an earlier kept one
    (or is the same check with the same arguments); the earlier one stays."""
    out = Outcome()
    for c in criteria:
        twin = None
        for k in out.kept:
            if k.get("penalty", False) != c.get("penalty", False):
                continue
            if c.get("kind") == "check" and k.get("kind") == "check":
                if (k.get("check"), k.get("args")) == (c.get("check"), c.get("args")):
                    twin = (k, 1.0)
                    break
                continue  # two different checks are different requirements, however alike their wording
            s = similarity(k["question"], c["question"])
            if s >= threshold:
                twin = (k, s)
                break
        if twin is None:
            out.kept.append(c)
        else:
            out.rejected.append((c, f"near-duplicate of {twin[0]['id']} (similarity {twin[1]:.2f} >= {threshold})"))
    return out


def count(criteria: Sequence[dict[str, Any]], min_criteria: int = 2, max_criteria: int = 12) -> Outcome:
    """Keep at most ``max_criteria`` (hard ones first, then in order); fewer than ``min_criteria``
    rejects all of them (the row then fails: a one-line rubric is not a rubric)."""
    out = Outcome()
    if len(criteria) < min_criteria:
        out.rejected = [(c, f"only {len(criteria)} criteria left, fewer than min_criteria={min_criteria}")
                        for c in criteria]
        return out
    order = sorted(range(len(criteria)), key=lambda i: (not criteria[i].get("hard", False), i))
    keep = set(order[:max_criteria])
    for i, c in enumerate(criteria):
        if i in keep:
            out.kept.append(c)
        else:
            out.rejected.append((c, f"over max_criteria={max_criteria}"))
    return out
