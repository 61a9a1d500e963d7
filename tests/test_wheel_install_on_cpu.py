"""The plugin works installed the way users install it: from a built wheel, not from this checkout.

The wheel is built once from a copy of the source tree (what a clean checkout holds), then installed,
non-editable, into a fresh virtual environment that shares the already installed dependencies but
not the editable install of the plugin: a file the wheel lacks is then missing, never quietly read
from the checkout. There ``rubric-plugin doctor`` must be green, and every config the installed
package ships composes: each recipe (``conf/*.yaml``) and each preset of each config group, nested
groups included (``conf/verifier/backend/*.yaml``). Configs are found by glob, so a group added later
is covered without an edit here.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CONF = ROOT / "conf"
#: Every YAML the checkout's conf/ holds, as paths relative to conf/ (recipes and group presets).
CONF_YAMLS = sorted(p.relative_to(CONF).as_posix() for p in CONF.rglob("*.yaml"))
#: Not part of a clean checkout (build outputs, caches, environments, run outputs).
_NOT_SOURCE = {".venv", ".git", "build", "dist", "outputs", "wandb", ".work", "__pycache__",
               ".pytest_cache", ".hypothesis"}

pytestmark = pytest.mark.timeout(300)


def _source_files() -> list[str]:
    """Files of the working tree a clean checkout would hold (tracked plus new, never ignored)."""
    try:
        out = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
                             cwd=ROOT, capture_output=True, check=True, timeout=60).stdout
        names = [n for n in out.decode().split("\0") if n]
    except (OSError, subprocess.CalledProcessError):
        # not a git checkout (e.g. an unpacked archive): everything but known outputs and caches
        names = []
        for dirpath, dirnames, filenames in os.walk(ROOT):
            dirnames[:] = [d for d in dirnames if d not in _NOT_SOURCE and not d.endswith(".egg-info")]
            rel = Path(dirpath).relative_to(ROOT)
            names += [(rel / f).as_posix() for f in filenames]
            names += [(rel / d).as_posix() for d in dirnames if (Path(dirpath) / d).is_symlink()]
    return sorted(n for n in names if os.path.lexists(ROOT / n))


def _copy_source(dest: Path) -> Path:
    """A copy of what a clean checkout holds (the checkout's own build/ and egg-info stay out)."""
    for name in _source_files():
        src, dst = ROOT / name, dest / name
        dst.parent.mkdir(parents=True, exist_ok=True)
        if src.is_symlink():
            os.symlink(os.readlink(src), dst)
        elif src.is_file():
            shutil.copy2(src, dst)
    return dest


def _run(cmd, timeout, **kw) -> subprocess.CompletedProcess:
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, **kw)
    assert proc.returncode == 0, f"{cmd} exited {proc.returncode}\n{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}"
    return proc


class Wheel:
    """The built wheel and the source tree it was built from."""

    def __init__(self, path: Path, src: Path):
        self.path, self.src = path, src


@pytest.fixture(scope="session")
def wheel(tmp_path_factory) -> Wheel:
    src = _copy_source(tmp_path_factory.mktemp("src"))
    out = tmp_path_factory.mktemp("wheelhouse")
    _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", str(src), "-w", str(out)],
         timeout=240)
    (whl,) = out.glob("rubric_plugin-*.whl")
    return Wheel(whl, src)


class Installed:
    """A fresh virtual environment holding the wheel; commands run outside the checkout."""

    def __init__(self, prefix: Path, workdir: Path):
        self.prefix, self.workdir = prefix, workdir
        self.python = prefix / "bin" / "python"
        self.env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME", "PYTHONSTARTUP")}
        self.env.update(VIRTUAL_ENV=str(prefix), PATH=f"{prefix / 'bin'}{os.pathsep}{os.environ.get('PATH', '')}")

    def run(self, cmd, timeout=240) -> subprocess.CompletedProcess:
        return _run(cmd, timeout=timeout, cwd=self.workdir, env=self.env)

    def python_json(self, script: str, timeout=240):
        out = self.run([str(self.python), "-c", script], timeout=timeout).stdout
        (line,) = [ln for ln in out.splitlines() if ln.startswith("@@JSON@@")]
        return json.loads(line[len("@@JSON@@"):])


@pytest.fixture(scope="session")
def installed(wheel, tmp_path_factory) -> Installed:
    prefix = tmp_path_factory.mktemp("wheel-env") / "venv"
    _run([sys.executable, "-m", "venv", "--without-pip", str(prefix)], timeout=120)
    env = Installed(prefix, tmp_path_factory.mktemp("elsewhere"))
    site = Path(env.python_json("import json, sysconfig; print('@@JSON@@' + json.dumps(sysconfig.get_paths()['purelib']))"))
    # the test environment's packages as a plain path entry: its own .pth files (the editable install
    # of the plugin among them) are not run, so nothing maps rubric_plugin back to the checkout
    shared = dict.fromkeys(sysconfig.get_paths()[k] for k in ("purelib", "platlib"))
    (site / "shared_dependencies.pth").write_text("".join(f"{p}\n" for p in shared))
    _run([sys.executable, "-m", "pip", "--python", str(env.python), "install", "-q", "--no-deps", "--no-index",
          "--ignore-installed", str(wheel.path)], timeout=240)
    return env


# ---- what the wheel holds ----------------------------------------------------------------------

def test_wheel_holds_every_config_module_and_data_file(wheel):
    """Every file of the package and every file of conf/ (shipped as rubric_plugin/conf) is in the
    wheel as a plain file: nothing is left behind by a glob that stops one folder too early."""
    names = set(zipfile.ZipFile(wheel.path).namelist())
    expected = set()
    for path in wheel.src.rglob("*"):
        name = path.relative_to(wheel.src).as_posix()
        if not path.is_file() or "__pycache__" in name or ".egg-info" in name:
            continue
        if name.startswith("conf/"):
            expected.add("rubric_plugin/" + name)
        elif name.startswith("rubric_plugin/") and not name.startswith("rubric_plugin/conf/"):
            expected.add(name)
    missing = sorted(expected - names)
    assert not missing, (f"the wheel lacks {missing}: add a glob for them to [options.package_data] in setup.cfg "
                         "(or the package to [options.packages.find])")
    assert {f"rubric_plugin/conf/{y}" for y in CONF_YAMLS} <= names
    assert "rubric_plugin/conf/verifier/backend/http.yaml" in names
    assert "rubric_plugin/conf/verifier/backend/engine.yaml" in names
    assert not [n for n in names if "__pycache__" in n or n.endswith(".pyc")]


def test_a_wheel_built_from_the_sdist_holds_the_same_files(wheel, tmp_path):
    """The sdist stores rubric_plugin/conf as real files (the checkout's symlink does not survive into
    an archive), so a wheel built from it, as ``python -m build`` and ``pip install <sdist>`` do, holds
    the configs too."""
    import tarfile

    sdist_dir = tmp_path / "sdist"
    _run([sys.executable, "-c", f"from setuptools.build_meta import build_sdist; build_sdist({str(sdist_dir)!r})"],
         timeout=240, cwd=wheel.src)
    (archive,) = sdist_dir.glob("rubric_plugin-*.tar.gz")
    with tarfile.open(archive) as tar:
        assert not [m.name for m in tar.getmembers() if m.issym() or m.islnk()]
        tar.extractall(tmp_path / "unpacked", filter="data")
    (tree,) = (tmp_path / "unpacked").iterdir()
    out = tmp_path / "wheelhouse"
    _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", str(tree), "-w", str(out)],
         timeout=240)
    (from_sdist,) = out.glob("rubric_plugin-*.whl")

    def files(whl):
        return {n for n in zipfile.ZipFile(whl).namelist() if ".dist-info/" not in n}

    assert files(from_sdist) == files(wheel.path)


# ---- every shipped config composes -------------------------------------------------------------

#: Runs in the fresh environment: imports verl (which loads the plugin through its entry point), globs
#: the installed rubric_plugin/conf and composes each YAML found. A top-level YAML is a recipe
#: (``--config-path=pkg://rubric_plugin.conf --config-name=NAME``); one in a folder is a preset of that
#: config group, selected the way users do: ``+GROUP@reward.rubric.GROUP=NAME`` (``verifier/backend``
#: -> ``reward.rubric.verifier.backend``). One more composition puts a preset of every top-level group
#: into verl's own ppo_trainer through ``hydra.searchpath=[pkg://rubric_plugin.conf]``.
_PROBE = r"""
import json, sys, traceback
from importlib import resources
from pathlib import Path
import verl
from hydra import compose, initialize_config_module
from hydra.core.global_hydra import GlobalHydra
from rubric_plugin.verl_config import compose_ppo_config

root = Path(str(resources.files("rubric_plugin.conf")))
probe = {"pkg": sys.modules["rubric_plugin"].__file__, "conf_root": str(root), "sys_path": sys.path,
         "loaded_by_verl": "rubric_plugin.verl_plugin" in sys.modules, "configs": {}}

def selection(rel):
    group = rel.parent.as_posix()
    return f"+{group}@reward.rubric.{group.replace('/', '.')}={rel.stem}"

def primary(path, rel):
    # a recipe: top-level, or a whole config in a folder ("# @package _global_": conf/sft, conf/rl, ...)
    return rel.parent.as_posix() == "." or path.read_text().lstrip().startswith("# @package _global_")

GlobalHydra.instance().clear()
with initialize_config_module(config_module="rubric_plugin.conf", version_base=None):
    for path in sorted(root.rglob("*.yaml")):
        rel = path.relative_to(root)
        recipe = primary(path, rel)
        try:
            if recipe:
                cfg = compose(config_name=rel.with_suffix("").as_posix())
            else:
                cfg = compose(config_name=None, overrides=[selection(rel)])
            probe["configs"][rel.as_posix()] = {"ok": True, "recipe": recipe, "top": rel.parent.as_posix() == ".",
                                                "keys": sorted(cfg.keys())}
        except Exception:
            probe["configs"][rel.as_posix()] = {"ok": False, "error": traceback.format_exc()[-3000:]}
GlobalHydra.instance().clear()
firsts = {}
for path in sorted(root.glob("*/*.yaml")):
    if not primary(path, path.relative_to(root)):
        firsts.setdefault(path.parent.name, path.relative_to(root))
try:
    cfg = compose_ppo_config(["hydra.searchpath=[pkg://rubric_plugin.conf]", *map(selection, firsts.values())])
    probe["ppo_trainer"] = {"ok": True, "rubric_keys": sorted(cfg.reward.rubric.keys())}
except Exception:
    probe["ppo_trainer"] = {"ok": False, "error": traceback.format_exc()[-3000:]}
print("@@JSON@@" + json.dumps(probe))
"""


@pytest.fixture(scope="session")
def doctor(installed):
    """``rubric-plugin doctor`` from the fresh environment, started early: it runs beside the probe."""
    script = installed.prefix / "bin" / "rubric-plugin"
    assert script.is_file(), "the wheel installs the rubric-plugin console script"
    proc = subprocess.Popen([str(script), "doctor"], cwd=installed.workdir, env=installed.env,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    yield proc
    if proc.poll() is None:
        proc.kill()
        proc.communicate()


@pytest.fixture(scope="session")
def probe(installed, doctor) -> dict:
    return installed.python_json(_PROBE, timeout=240)


def test_installed_package_is_the_wheels_copy(installed, probe):
    """``rubric_plugin`` and its configs come from the fresh environment, also when verl loads the
    plugin through its entry point; the checkout is nowhere on the path."""
    prefix = str(installed.prefix.resolve())
    for key in ("pkg", "conf_root"):
        assert str(Path(probe[key]).resolve()).startswith(prefix), (key, probe[key])
    assert probe["loaded_by_verl"]
    assert not [p for p in probe["sys_path"] if p and Path(p).resolve() == ROOT], probe["sys_path"]
    http = Path(probe["conf_root"]) / "verifier" / "backend" / "http.yaml"
    assert http.is_file() and not http.is_symlink()


def test_installed_conf_ships_every_config_of_the_checkout(probe):
    """The glob over the installed conf/ finds what the checkout's conf/ holds, no more, no less."""
    assert sorted(probe["configs"]) == CONF_YAMLS
    assert {"verifier/backend/http.yaml", "verifier/backend/engine.yaml"} <= set(probe["configs"])


@pytest.mark.parametrize("yaml_path", CONF_YAMLS)
def test_config_composes_from_the_installed_wheel(probe, yaml_path):
    result = probe["configs"].get(yaml_path)
    assert result is not None, f"{yaml_path} is not in the installed package's conf/"
    assert result["ok"], f"{yaml_path} does not compose from the wheel:\n{result['error']}"
    if result["recipe"] and result["top"]:
        # a top-level recipe is a whole verl trainer config
        assert {"actor_rollout_ref", "reward", "trainer"} <= set(result["keys"])
    elif result["recipe"]:
        # a whole config in a folder (verl's SFT trainer, a GRPO run of the verifier, rubric generation)
        assert result["keys"] and "hydra" not in result["keys"]
    else:
        assert result["keys"] == ["reward"]


def test_group_presets_compose_into_verls_ppo_trainer_from_the_wheel(probe):
    """``python -m verl.trainer.main_ppo hydra.searchpath=[pkg://rubric_plugin.conf] +verifier@...``"""
    result = probe["ppo_trainer"]
    assert result["ok"], result.get("error")
    groups = {Path(y).parts[0] for y in CONF_YAMLS if len(Path(y).parts) > 1
              and not (CONF / y).read_text().lstrip().startswith("# @package _global_")}
    assert groups and groups <= set(result["rubric_keys"])


# ---- the self-check users run after installing ------------------------------------------------

def test_doctor_is_green_from_the_wheel(doctor):
    out, _ = doctor.communicate(timeout=300)
    assert doctor.returncode == 0, out
    assert "doctor: all green" in out, out
    assert "[FAIL]" not in out, out


# ---- the docker image installs this wheel ------------------------------------------------------

def test_the_docker_image_installs_the_wheel_ci_builds(wheel):
    """docker/Dockerfile copies and installs ``dist/<glob>``: the glob matches the wheel built here (the
    name pip gives it), and the wheel carries the runtime_env.yaml the image bakes."""
    import fnmatch
    import re

    text = (ROOT / "docker" / "Dockerfile").read_text()
    (copied,) = re.findall(r"^COPY dist/(\S+\.whl) ", text, re.MULTILINE)
    assert fnmatch.fnmatch(wheel.path.name, copied), (wheel.path.name, copied)
    installed = re.findall(r"/tmp/wheels/(\S+\.whl)", text.split("RUN", 1)[1])
    assert installed and all(fnmatch.fnmatch(wheel.path.name, g) for g in installed)
    assert "rubric_plugin/launch/runtime_env.yaml" in zipfile.ZipFile(wheel.path).namelist()
