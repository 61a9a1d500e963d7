"""The check registry: names, argument validation, evaluation."""
from __future__ import annotations

import functools
import inspect
import json
import typing
from dataclasses import dataclass
from typing import Any, Callable

from rubric_plugin.errors import CheckError

#: Relation words accepted by counting checks, mapped to a comparison.
RELATIONS: dict[str, Callable[[int, int], bool]] = {
    "at least": lambda a, n: a >= n,
    ">=": lambda a, n: a >= n,
    "at most": lambda a, n: a <= n,
    "<=": lambda a, n: a <= n,
    "less than": lambda a, n: a < n,
    "<": lambda a, n: a < n,
    "more than": lambda a, n: a > n,
    ">": lambda a, n: a > n,
    "exactly": lambda a, n: a == n,
    "==": lambda a, n: a == n,
}


#: Opening of the docstring paragraph that says how a plugin-native check differs from IFEval.
NOT_IFEVAL = "Not an IFEval equivalent:"


@dataclass(frozen=True)
class CheckSpec:
    """A registered check: its function and a one-line description for docs and the CLI."""

    name: str
    fn: Callable[..., bool]
    doc: str
    #: The IFEval instruction id this check reproduces exactly (reference semantics), or None for a
    #: plugin-native check, whose docstring then says how it differs (see :attr:`ifeval_note`).
    ifeval: str | None = None

    @property
    def ifeval_note(self) -> str:
        """One line for the docs and ``rubric-plugin checks``: the IFEval kinship of the check."""
        if self.ifeval is not None:
            return f"IFEval equivalent: {self.ifeval}"
        paragraphs = [" ".join(p.split()) for p in inspect.cleandoc(self.fn.__doc__ or "").split("\n\n")]
        return next((p for p in paragraphs if p.startswith(NOT_IFEVAL)), "")


CHECKS: dict[str, CheckSpec] = {}


def register_check(name: str, ifeval: str | None = None) -> Callable[[Callable[..., bool]], Callable[..., bool]]:
    """Register ``fn`` under ``name``; a different function claiming a taken name is an error.

    ``ifeval`` names the IFEval instruction the check reproduces exactly; leave it unset for a
    plugin-native check and say how it differs in a ``Not an IFEval equivalent:`` paragraph.
    """

    def deco(fn: Callable[..., bool]) -> Callable[..., bool]:
        existing = CHECKS.get(name)
        if existing is not None and existing.fn is not fn:
            raise CheckError(f"check name {name!r} is already registered by {existing.fn.__module__}.{existing.fn.__name__}")
        CHECKS[name] = CheckSpec(name, fn, (fn.__doc__ or "").strip().splitlines()[0] if fn.__doc__ else "", ifeval)
        return fn

    return deco


def _ensure_loaded() -> None:
    # importing the implementations fills CHECKS; kept lazy so `import rubric_plugin` stays cheap
    from rubric_plugin.checks import builtin, ifbench  # noqa: F401


def _type_problem(pname: str, value: Any, hint: Any) -> tuple[str, str] | None:
    """``(problem, fix)`` when ``value`` does not fit the parameter's annotation."""
    origin = typing.get_origin(hint)
    if hint is int:
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            return (f"argument {pname!r}={value!r} must be a non-negative integer", f"write {pname} as a whole number such as 3")
    elif hint is str:
        if not isinstance(value, str) or not value.strip():
            return (f"argument {pname!r}={value!r} must be a string with visible text", f"give {pname} as quoted text")
    elif hint is bool:
        if not isinstance(value, bool):
            return (f"argument {pname!r}={value!r} must be true or false", f"write {pname}: true or {pname}: false")
    elif origin is list:
        if not isinstance(value, list) or not value or not all(isinstance(v, str) and v.strip() for v in value):
            return (f"argument {pname!r}={value!r} must be a non-empty list of strings with visible text",
                    f"write {pname} as a list such as ['first', 'second'], without empty entries")
    return None


def _call_validator(fn: Callable[..., bool], extra: Callable[..., Any], args: dict[str, Any]) -> tuple[str, str] | None:
    """Run a check's own ``validate`` hook; it returns None, a problem, or ``(problem, fix)``."""
    # the validator sees every argument the check will see, defaults included
    sig = inspect.signature(fn)
    bound = sig.bind_partial(**args)
    bound.apply_defaults()
    full: dict[str, Any] = {}
    for pname, value in bound.arguments.items():
        full.update(value if sig.parameters[pname].kind is inspect.Parameter.VAR_KEYWORD else {pname: value})
    try:
        problem = extra(**full)
    except Exception as e:  # a validator that raises still reports at load time, never mid-rollout
        return (f"arguments rejected ({type(e).__name__}: {e})", "fix the arguments named in the message")
    if not problem:
        return None
    return problem if isinstance(problem, tuple) else (problem, "fix the argument value")


def validate_check(name: Any, args: dict[str, Any]) -> tuple[str, str, str] | None:
    """Return ``(field, problem, fix)`` when ``name``/``args`` cannot run, else None."""
    _ensure_loaded()
    if not isinstance(name, str) or name not in CHECKS:
        return ("check", f"unknown check; known checks: {sorted(CHECKS)}",
                "pick a check name from the list (or use kind: llm for a verifier-judged criterion)")
    fn = CHECKS[name].fn
    sig = inspect.signature(fn)
    params = [p for p in list(sig.parameters.values())[1:] if p.kind is not p.VAR_KEYWORD]
    accepts_any = any(p.kind is p.VAR_KEYWORD for p in sig.parameters.values())
    allowed = [p.name for p in params]
    unknown = sorted(set(args) - set(allowed))
    response_param = next(iter(sig.parameters))
    if response_param in args:
        # the response is the check's first argument; an arg of that name would clash with it at score time
        return ("args", f"check {name!r} does not accept an argument named {response_param!r}; it accepts {allowed}",
                f"remove {response_param!r} from args")
    if unknown and not accepts_any:
        return ("args", f"check {name!r} does not accept {unknown}; it accepts {allowed}", "remove or rename those arguments")
    missing = [p.name for p in params if p.default is p.empty and p.name not in args]
    if missing:
        return ("args", f"check {name!r} needs {missing}", f"add them to args, e.g. args: {{{', '.join(f'{m!r}: ...' for m in missing)}}}")
    hints = typing.get_type_hints(fn)
    for pname, value in args.items():
        if pname in hints:
            problem = _type_problem(pname, value, hints[pname])
            if problem:
                return ("args", f"check {name!r}: {problem[0]}", problem[1])
    relation = args.get("relation")
    if relation is not None and (not isinstance(relation, str) or relation not in RELATIONS):
        return ("args", f"check {name!r}: relation={relation!r} is not one of {list(RELATIONS)}", "use e.g. 'at least', 'at most' or 'exactly'")
    extra = getattr(fn, "validate", None)
    if extra is not None:
        problem = _call_validator(fn, extra, args)
        if problem:
            return ("args", f"check {name!r}: {problem[0]}", problem[1])
    return None


@functools.lru_cache(maxsize=4096)
def _validated(name: Any, frozen_args: str) -> tuple[str, str, str] | None:
    # run_check sits on the reward hot path: validate each (name, args) once, not per response
    return validate_check(name, json.loads(frozen_args))


def run_check(name: str, response: str, args: dict[str, Any]) -> bool:
    """Evaluate check ``name`` on ``response``. Raises :class:`CheckError` for a bad name/args."""
    problem = _validated(name, json.dumps(args, sort_keys=True))
    if problem is not None:
        raise CheckError(f"{problem[1]}; fix: {problem[2]}")
    return bool(CHECKS[name].fn(response, **args))
