"""The AdvancedIF judge prompt in the official structure, and the routing between its two judges.

Structure (identical whatever the wording, see :mod:`rubric_plugin.eval.advancedif_templates`):

* **one user message**, no system message;
* **plain judge**: the conversation history without its last message, one line per message as
  ``role [turn]: content``, the turn counter starting at 1 and advancing after each assistant
  message (a system message is rendered like any other, ``system [1]: ...``); then the last user
  prompt on its own; then the response; then the rubric as a JSON list
  (``json.dumps(questions, indent=4)``); then the required answer
  ``{"rubrics_check": {"question_1": "...", ...}, "SATISFIED_ALL_REQUIREMENTS": "YES"|"NO"}``;
* **steer judge** (system steerability): few-shot examples, then only the system prompt (the first
  message when it is a system message, else empty) and the last user prompt, then the response,
  the rubric and the same answer. Earlier turns are not shown.

The last user prompt is the content of the last message whose role is ``user`` (empty if none).

Routing (``routing=``):

* ``official_release``: as the released evaluation script behaves. It picks the steer judge only
  for ``benchmark_name == "if_system_steerability_oss"``, a name the released data does not use
  (it says ``system_steerability_v2``), so every released row goes to the plain judge. That is
  how the paper's numbers were made, hence the default.
* ``by_category``: rows of the system-steerability category go to the steer judge.

The official request sends this one message with ``response_format={"type": "json_object"}``,
``max_completion_tokens=32768`` and no temperature (:data:`OFFICIAL_REQUEST`).
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Mapping, Sequence

from rubric_plugin.eval.advancedif_templates import JudgeTemplates, plugin_templates

JUDGES = ("plain", "steer")
ROUTINGS = ("official_release", "by_category")
DEFAULT_ROUTING = "official_release"
#: The only ``benchmark_name`` the released script sends to its steer judge.
OFFICIAL_STEER_BENCHMARK = "if_system_steerability_oss"
#: Request settings of the official evaluator (judge ``o3-mini-2025-01-31``), for backends that take them.
OFFICIAL_REQUEST: Mapping[str, Any] = {"max_completion_tokens": 32768, "response_format": {"type": "json_object"}}
OFFICIAL_JUDGE_MODEL = "o3-mini-2025-01-31"


@dataclass(frozen=True)
class JudgePrompt:
    """A rendered judge request: exactly one user message."""

    messages: list[dict[str, str]]
    #: ``plain`` or ``steer``.
    judge: str
    #: The fence nonce when the response is fenced (the plugin's wording), else None.
    nonce: str | None

    @property
    def text(self) -> str:
        return self.messages[0]["content"]


def _pairs(messages: Sequence[Any]) -> list[tuple[str, str]]:
    """``(role, content)`` of dicts or :class:`~rubric_plugin.schema.Message` objects."""
    out = []
    for m in messages:
        if isinstance(m, Mapping):
            out.append((str(m["role"]), str(m["content"])))
        else:
            out.append((str(m.role), str(m.content)))
    return out


def format_history(messages: Sequence[Any]) -> str:
    """Every message but the last as ``role [turn]: content``; the turn advances after each assistant message.

    ``[system, user, assistant, user, assistant, user]`` -> ``system [1]``, ``user [1]``,
    ``assistant [1]``, ``user [2]``, ``assistant [2]`` (the last user message is left out: it is
    shown on its own as the most recent prompt).
    """
    lines, turn = [], 1
    for role, content in _pairs(messages)[:-1]:
        lines.append(f"{role} [{turn}]: {content}")
        if role == "assistant":
            turn += 1
    return "\n".join(lines)


def last_user_prompt(messages: Sequence[Any]) -> str:
    """Content of the last ``user`` message, or ``""``."""
    for role, content in reversed(_pairs(messages)):
        if role == "user":
            return content
    return ""


def system_prompt_of(messages: Sequence[Any]) -> str:
    """Content of the first message when it is a ``system`` message, else ``""``."""
    pairs = _pairs(messages)
    return pairs[0][1] if pairs and pairs[0][0] == "system" else ""


def rubric_json(questions: Sequence[str]) -> str:
    """The rubric as the official prompt shows it: a JSON list, indented by 4, ASCII-escaped."""
    return json.dumps(list(questions), indent=4)


def route(benchmark_name: str | None, routing: str = DEFAULT_ROUTING, category: str | None = None) -> str:
    """``plain`` or ``steer`` for a row; see the module docstring for the two routings.

    ``category`` (a record's category) decides under ``by_category``; without it the category is
    derived from ``benchmark_name`` as the AdvancedIF converter derives it.
    """
    if routing not in ROUTINGS:
        raise ValueError(f"AdvancedIF routing={routing!r}; expected one of {list(ROUTINGS)}")
    if routing == "official_release":
        return "steer" if benchmark_name == OFFICIAL_STEER_BENCHMARK else "plain"
    if category is None:
        from rubric_plugin.convert.advancedif import category_of

        category = category_of((benchmark_name or "").strip())
    return "steer" if category == "system_steerability" else "plain"


def render_judge_prompt(messages: Sequence[Any], response: str, questions: Sequence[str], judge: str = "plain",
                        templates: JudgeTemplates | None = None, nonce: str | None = None) -> JudgePrompt:
    """The judge's single user message for one response.

    ``messages``: the conversation ending on the user turn to answer (dicts or ``Message``s);
    ``questions``: the rubric's yes/no questions, in order (``question_<n>`` is the n-th);
    ``templates``: the wording (the plugin's by default); ``nonce``: the response fence's code
    when the wording fences the response (random unless given).
    """
    if judge not in JUDGES:
        raise ValueError(f"AdvancedIF judge={judge!r}; expected one of {list(JUDGES)}")
    templates = templates or plugin_templates()
    shown = response
    if templates.fence_response:
        # the training verifier's fence: a response cannot close it or pose as the prompt
        from rubric_plugin.verifier.prompt import fence, random_nonce

        nonce = nonce or random_nonce()
        shown = fence(response, nonce)
    else:
        nonce = None
    fields = {"user_prompt_last_turn": last_user_prompt(messages), "response_text": shown,
              "rubrics_text": rubric_json(questions)}
    if judge == "plain":
        text = templates.plain.format(full_conversation=format_history(messages), **fields)
    else:
        text = templates.steer.format(few_shot_examples=templates.steer_examples,
                                      system_prompt=system_prompt_of(messages), **fields)
    return JudgePrompt([{"role": "user", "content": text}], judge, nonce)


def render_record(record: Any, response: str, routing: str = DEFAULT_ROUTING, templates: JudgeTemplates | None = None,
                  criteria: Sequence[Any] | None = None, nonce: str | None = None) -> JudgePrompt:
    """:func:`render_judge_prompt` for a :class:`~rubric_plugin.schema.RubricRecord`, routed by ``routing``.

    ``criteria`` defaults to all of the record's criteria; their questions form the rubric in order.
    """
    crit = record.criteria if criteria is None else criteria
    judge = route(record.metadata.get("benchmark_name"), routing, category=record.category)
    return render_judge_prompt(record.messages, response, [c.question for c in crit], judge, templates, nonce)
