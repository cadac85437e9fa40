"""Running extraction over a corpus: discovery, manifests, caching, engines, writing.

Each document is extracted independently (in a process pool or on Dask) and cached
by content hash and extractor fingerprint, so a rerun touches only what changed;
tables are then streamed to disk in a fixed order, so output never depends on which
worker finished first.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import pickle
import sys
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from collections.abc import Iterator
from pathlib import Path

from .. import ingest
from ..ingest import decode, formats, manifest
from . import tables, writer
from .hashes import FileHashes

log = logging.getLogger(__name__)

SKIP_NAMES = set(manifest.NAMES)
# A folder's notes about itself, not documents: left out of a folder (with a message), read when named on their own.
FOLDER_NOTES = frozenset({"README", "SOURCE", "SOURCES", "LICENSE", "LICENCE", "CHANGELOG"})  # not NOTICE: a 通知 may be notice.txt


class ReconciliationError(RuntimeError):
    """Extraction lost text or placed a fact outside its paragraph: a bug, never ignored."""


@dataclass
class Task:
    path: str  # as the documents table shows it
    doc: str
    file: str = ""  # absolute path, so a worker reads it whatever its working folder
    manifest_row: dict = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    missing: bool = False
    key: str = ""
    sha256: str = ""
    thorough: bool = False  # also run the statistical organization tagger (shishi extract --thorough)


@dataclass
class Summary:
    n_docs: int = 0
    n_errors: int = 0
    n_warnings: int = 0
    n_extracted: int = 0
    n_cached: int = 0
    unchanged: bool = False
    failed_extraction: int = 0  # documents whose extraction raised: never cached, so a later run tries them again
    messages: list[str] = field(default_factory=list)

    def count(self, doc_row: dict) -> None:
        """Tally one documents.csv row and keep its message."""
        if doc_row["status"] == "error":
            self.n_errors += 1
        elif doc_row["status"] == "warning":
            self.n_warnings += 1
        else:
            return
        self.messages.append(doc_row["error"])


# What produces the facts: the ingest and extract stages (code and codebooks) and the tables' declaration.
# Analysis and reports can change without re-extracting a corpus.
EXTRACTOR = ("helpers.ingest", "helpers.extract")


def _package_folder(package: str) -> Path:
    """Where a package's files are, found without importing it (the extractor's imports take half a second)."""
    from importlib.util import find_spec

    return Path(find_spec(package).submodule_search_locations[0])


def _source_files():
    """Every file of the extractor's packages, with a stable name, in a stable order."""
    out = []
    for package in EXTRACTOR:
        todo = [(package, _package_folder(package))]
        while todo:
            prefix, folder = todo.pop()
            for entry in folder.iterdir():
                if entry.name == "__pycache__" or entry.name.startswith("."):
                    continue
                name = f"{prefix}/{entry.name}"
                if entry.is_dir():
                    todo.append((name, entry))
                else:
                    out.append((name, entry))
    out.append(("helpers.store/tables.py", _package_folder("helpers.store") / "tables.py"))
    return sorted(out, key=lambda item: item[0])


def fingerprint() -> str:
    """Hash of the extractor's code and codebooks: a change to either invalidates the cache."""
    h = hashlib.sha256()
    for name, entry in _source_files():
        h.update(name.encode())
        h.update(entry.read_bytes())
    return h.hexdigest()[:16]


def _display_path(resolved: str, here: str) -> str:
    """Relative to the working folder ``here`` inside it (stable across clones), absolute outside it (readable
    from anywhere)."""
    inside = here.rstrip("/") + "/"
    return resolved[len(inside):] if resolved.startswith(inside) else resolved


def _walk(root: Path) -> list[tuple[str, str]]:
    """(path relative to ``root``, resolved path) of every input file under ``root``, in path order.

    Hidden files and folders, manifests and folders reached through a symbolic link are left out. Only a
    file that is itself a link is resolved on disk: a hundred thousand files are listed in a second.
    """
    real_root = os.path.realpath(root)
    found = []
    todo = [("", str(root))]
    while todo:
        prefix, folder = todo.pop()
        with os.scandir(folder) as entries:
            for entry in entries:
                if entry.name.startswith("."):
                    continue
                rel = prefix + entry.name
                if entry.is_dir(follow_symlinks=False):
                    todo.append((rel + "/", entry.path))
                elif entry.is_file() and entry.name not in SKIP_NAMES:
                    found.append((rel, os.path.realpath(entry.path) if entry.is_symlink() else os.path.join(real_root, rel)))
    return sorted(found, key=lambda item: item[0].split("/"))


def _stem(path: str) -> str:
    """The file name without its last suffix, as ``Path(path).stem`` gives it, without building a Path."""
    name = path.rsplit("/", 1)[-1]
    dot = name.rfind(".")
    return name[:dot] if 0 < dot < len(name) - 1 else name


def discover(paths: list[str | Path]) -> tuple[list[Task], list[str]]:
    """Input tasks for files and folders, with manifest rows and problems attached."""
    tasks: list[Task] = []
    messages: list[str] = []
    seen: set[str] = set()
    here = os.getcwd()
    for raw in paths:
        root = Path(raw)
        if not root.exists():
            messages.append(f"{raw}: no such file or folder")
            continue
        if root.is_file():
            folder, files = root.parent, [(root.name, os.path.realpath(root))]
        else:
            folder, files = root, _walk(root)
            notes = [rel for rel, _ in files if _stem(rel).upper() in FOLDER_NOTES]
            files = [(rel, resolved) for rel, resolved in files if _stem(rel).upper() not in FOLDER_NOTES]
            messages.extend(f"{root / rel}: the folder's notes, not a document; not extracted (name the file to extract it)"
                            for rel in notes)
        man = None
        man_path = manifest.find(folder)
        if man_path:
            try:
                man = manifest.load(man_path)
            except manifest.ManifestError as exc:
                messages.append(f"{exc}; metadata will be parsed from the texts")
        listed = set()
        for rel, resolved in files:
            if resolved in seen:
                continue
            seen.add(resolved)
            task = Task(path=_display_path(resolved, here), doc=_stem(rel), file=resolved)
            if man is not None:
                if rel in man.rows:
                    task.manifest_row = man.rows[rel]
                    listed.add(rel)
                elif root.is_dir():
                    task.problems.append(f"{rel}: not listed in {man.path.name}; metadata parsed from the text")
                task.problems.extend(man.problems.get(rel, []))
            tasks.append(task)
        if man is not None and root.is_dir():
            for name, row in man.rows.items():
                if name not in listed and not (folder / name).exists():
                    resolved = os.path.realpath(folder / name)
                    tasks.append(Task(path=_display_path(resolved, here), doc=Path(name).stem, file=resolved,
                                      manifest_row=row, missing=True,
                                      problems=[f"{name}: listed in {man.path.name} but the file does not exist"]))
            for name, probs in man.problems.items():
                if name not in man.rows and not any(t.doc == Path(name).stem for t in tasks):
                    messages.extend(probs)
    _dedupe_ids(tasks)
    return tasks, messages


def _dedupe_ids(tasks: list[Task]) -> None:
    counts: dict[str, int] = {}
    for t in tasks:
        counts[t.doc] = counts.get(t.doc, 0) + 1
    for t in tasks:
        if counts[t.doc] > 1:
            t.doc = f"{t.doc}~{hashlib.sha256(t.path.encode()).hexdigest()[:8]}"


def document_row(task: Task, doc: ingest.Document | None, error: str = "", format: str = "") -> dict:
    meta = doc.meta if doc else task.manifest_row
    notes = ([error] if error else []) + task.problems + (doc.warnings if doc else [])
    status = "error" if error else ("warning" if notes else "ok")
    return dict(
        doc=task.doc, path=task.path, title=meta.get("title", ""), publisher=meta.get("publisher", ""),
        place=meta.get("place", ""), date=meta.get("date", ""), reporters=meta.get("reporters", ""),
        source=meta.get("source", ""), doc_number=meta.get("doc_number", ""), format=doc.format if doc else format,
        encoding=doc.encoding if doc else "", traditional=bool(doc and doc.traditional),
        markup=bool(doc and doc.markup), sha256=task.sha256, n_chars=doc.n_original_chars if doc else 0,
        n_paragraphs=len(doc.paragraphs) if doc else 0, status=status, error="; ".join(notes),
    )


def reconcile(doc: ingest.Document, rows: dict[str, list[dict]]) -> None:
    """Prove nothing was lost: paragraphs and dropped spans (page chrome) cover all text, and every fact
    sits inside its paragraph."""
    pos = 0
    covered = sorted([(p.start, p.end) for p in doc.paragraphs] + list(doc.dropped)) + [(len(doc.text), len(doc.text))]
    for start, end in covered:
        gap = doc.text[pos:start]
        if gap.strip():
            i = pos + len(gap) - len(gap.lstrip())
            raise ReconciliationError(f"{doc.path}: character {i} ({doc.text[i]!r}) is in no paragraph and was not dropped")
        pos = max(pos, end)
    spans = {r["para"]: (r["start"], r["end"]) for r in rows["paragraphs"]}
    for table in tables.SPANNED:
        for r in rows[table]:
            ps, pe = spans.get(r["para"], (0, -1))
            if not (ps <= r["start"] < r["end"] <= pe):
                raise ReconciliationError(f"{doc.path}: {table} row {r.get('text') or r.get('mention') or r.get('quote')!r} "
                                          f"[{r['start']}, {r['end']}) lies outside paragraph {r['para']} [{ps}, {pe})")


def _ingested(task: Task) -> tuple[dict, dict[str, list[dict]]] | ingest.Document:
    """A task's document, or its result when there is nothing to extract; errors in the input become an error row,
    never an exception."""
    empty = {t: [] for t in tables.ROWS_PER_DOCUMENT}
    if task.missing:
        return document_row(task, None, error=task.problems.pop(0)), empty
    try:
        data = Path(task.file or task.path).read_bytes()
        source = formats.read(data, task.path)
    except formats.FormatError as exc:
        return document_row(task, None, error=str(exc), format=exc.format), empty
    except (decode.DecodeError, OSError) as exc:
        return document_row(task, None, error=str(exc)), empty
    doc = ingest.from_source(task.doc, task.path, source, hashlib.sha256(data).hexdigest(), task.manifest_row)
    if not doc.paragraphs:
        problem = "only page chrome, no article text" if doc.text.strip() else "empty file (no text)"
        return document_row(task, doc, error=f"{task.path}: {problem}"), empty
    return doc


EXTRACTION_FAILED = "extraction failed"  # an error row's words for a fault of the extractor, which is never cached
ENVIRONMENT_ERRORS = (MemoryError, OSError, ImportError)  # the machine's fault, not the text's: they stop the run


def process(tasks: list[Task]) -> list[tuple[dict, dict[str, list[dict]]]]:
    """Extract a batch of documents (of one run, so all thorough or none): a documents row and the facts rows of
    each. The batch is extracted together, so that what costs per call (the paragraph topics) is paid once; when that
    raises, each document is extracted alone, and one that still fails gets an error row naming the file and the
    exception (the others keep their facts). A fault of the machine (memory, files, a missing package) still stops
    the run, and so does a reconciliation failure: facts outside their paragraph are a bug never to be passed over."""
    results: list = [_ingested(task) for task in tasks]
    at = [i for i, r in enumerate(results) if isinstance(r, ingest.Document)]
    if not at:
        return results
    from .. import extract  # imported on first use: a run whose facts are current never loads the extractor

    docs, thorough = [results[i] for i in at], tasks[at[0]].thorough
    try:
        extracted = extract.extract_documents(docs, thorough)
    except ENVIRONMENT_ERRORS:
        raise
    except Exception as exc:  # a fault the extractor meets in one text must not cost the batch: each alone, the faulty one named
        extracted = [exc] if len(docs) == 1 else [_extracted_alone(extract, doc, thorough) for doc in docs]
        if not any(isinstance(rows, Exception) for rows in extracted):
            log.warning("a batch of %d documents failed together (%s: %s) but each alone was extracted", len(docs),
                        type(exc).__name__, exc)
    for i, doc, rows in zip(at, docs, extracted):
        if isinstance(rows, Exception):
            error = f"{doc.path}: {EXTRACTION_FAILED} ({type(rows).__name__}: {rows}); no facts were taken from this file"
            results[i] = (document_row(tasks[i], doc, error=error), {t: [] for t in tables.ROWS_PER_DOCUMENT})
            continue
        reconcile(doc, rows)
        results[i] = (document_row(tasks[i], doc), rows)
    return results


def _extracted_alone(extract, doc: ingest.Document, thorough: bool) -> dict[str, list[dict]] | Exception:
    """A document's facts extracted on its own, or the exception its extraction raised."""
    try:
        return extract.extract_documents([doc], thorough)[0]
    except ENVIRONMENT_ERRORS:
        raise
    except Exception as exc:  # noqa: BLE001 - any other fault of the extractor becomes the document's error row
        return exc


CACHE_FORMAT = 2  # what a cache file holds: (documents row, {table: {column: values}})


def _cache_key(task: Task, fp: str) -> str:
    """What a document's facts depend on: the extractor, the file's bytes, its id and path, its manifest row."""
    manifest_row = json.dumps(task.manifest_row, ensure_ascii=False, sort_keys=True) if task.manifest_row else ""
    parts = [str(CACHE_FORMAT), fp, task.sha256, task.doc, task.path, manifest_row, "\x1e".join(task.problems), str(task.missing)]
    parts += ["thorough"] if task.thorough else []  # the organization tagger's facts are cached apart
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()


def columnar(doc_row: dict, rows: dict[str, list[dict]]) -> tuple[dict, dict[str, dict[str, list]]]:
    """One document's rows as a list per declared column of every table, the form the cache holds.

    Turning rows into columns here, in the worker, leaves the process that writes the tables only lists to
    append: it was the bottleneck of a two-worker run when it built every table row by row.
    """
    columns = {"documents": {c: [doc_row[c]] for c in tables.columns("documents")}}
    for name in tables.ROWS_PER_DOCUMENT:
        columns[name] = {c: [r[c] for r in rows[name]] for c in tables.columns(name)}
    return doc_row, columns


def _save(cache: Path, key: str, result) -> None:
    tmp = cache / f".{key}.{os.getpid()}.tmp"
    with open(tmp, "wb") as fh:
        pickle.dump(result, fh, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(tmp, cache / f"{key}.pkl")


def process_batch_into(tasks: list[Task], cache: Path) -> list[str]:
    """Extract a batch of documents and store each one's columns in the cache; only the keys travel back to the
    parent."""
    for task, result in zip(tasks, process_batch(tasks)):
        _save(cache, task.key, result)
    return [task.key for task in tasks]


def process_batch(tasks: list[Task]) -> list:
    """Each document's columns (``columnar``), for a batch of documents."""
    return [columnar(*result) for result in process(tasks)]


def batches(tasks: list, jobs: int) -> list[list]:
    """Batches of documents, sixteen or more per worker when there are enough of them (at most 64 documents each):
    per-task scheduling and per-call work cost more than a short document's extraction."""
    size = max(1, min(64, len(tasks) // (jobs * 16)))
    return [tasks[i : i + size] for i in range(0, len(tasks), size)]


def _run_engine(todo: list[Task], jobs: int, engine: str, scheduler: str | None, cache: Path) -> Iterator[str]:
    """Extract ``todo`` into the cache, yielding each document's key once its cache file is written.

    The local engines yield in the order of ``todo``, so the tables are written while workers extract.
    """
    if not todo:
        return
    if engine == "dask":
        yield from _run_dask(todo, jobs, scheduler, cache)
    elif jobs <= 1 or len(todo) == 1:
        for batch in batches(todo, 1):
            yield from process_batch_into(batch, cache)
    else:
        pool = ProcessPoolExecutor(max_workers=jobs)
        try:
            batched = batches(todo, jobs)
            for keys in pool.map(process_batch_into, batched, [cache] * len(batched)):
                yield from keys
        finally:  # also when the writer fails: pending documents are dropped, not extracted
            pool.shutdown(wait=True, cancel_futures=True)


def _run_dask(todo: list[Task], jobs: int, scheduler: str | None, cache: Path) -> Iterator[str]:
    from dask.distributed import Client, LocalCluster, as_completed

    if scheduler:
        client = Client(scheduler)
        cluster = None
    else:
        cluster = LocalCluster(n_workers=jobs, threads_per_worker=1, processes=True, dashboard_address=None,
                               silence_logs=logging.CRITICAL)
        client = Client(cluster)
    try:
        batched = batches(todo, jobs)
        if cluster is not None:  # a local cluster shares this disk: workers write the cache themselves
            futures = client.map(process_batch_into, batched, cache=cache, pure=False)
            for fut in as_completed(futures):
                yield from fut.result()
                fut.release()
            return
        # a remote cluster's workers may be on other machines: results come back to be cached here
        futures = client.map(process_batch, batched, pure=False)
        batch_of = {f.key: b for f, b in zip(futures, batched)}
        for fut in as_completed(futures):
            for task, result in zip(batch_of[fut.key], fut.result()):
                _save(cache, task.key, result)
                yield task.key
            fut.release()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def run(paths: list[str | Path], out_dir: str | Path, jobs: int | None = None, engine: str = "local",
        scheduler: str | None = None, parquet: bool = True, use_cache: bool = True, quiet: bool = False,
        thorough: bool = False) -> Summary:
    """Extract every input into the facts tables in ``out_dir`` (``thorough``: with the organization tagger)."""
    from tqdm import tqdm

    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    jobs = jobs or os.cpu_count() or 1
    cache = out_dir / ".cache"
    cache.mkdir(exist_ok=True)
    hashes = FileHashes(cache / "file-hashes.pickle" if use_cache else None)
    tasks, messages, signature = plan(paths, parquet, hashes, thorough)
    hashes.save()
    summary = Summary(n_docs=len(tasks), messages=messages)
    sig_path = out_dir / ".signature"
    outputs = [out_dir / f"{t}.csv" for t in tables.FACTS]
    if use_cache and sig_path.exists() and sig_path.read_text() == signature and all(p.exists() for p in outputs):
        summary.unchanged = True
        summary.n_cached = len(tasks)
        _count_status(out_dir, summary)
        return summary
    todo = [t for t in tasks if not (use_cache and (cache / f"{t.key}.pkl").exists())]
    summary.n_cached = len(tasks) - len(todo)
    summary.n_extracted = len(todo)
    progress = tqdm(total=len(todo), desc="extract", unit="doc", disable=None if not quiet else True, file=sys.stderr)
    _write_tables(tasks, {t.key for t in todo}, _run_engine(todo, jobs, engine, scheduler, cache), cache, out_dir,
                  parquet, summary, progress)
    progress.close()
    keep = {f"{t.key}.pkl" for t in tasks}
    for stale in cache.glob("*.pkl"):
        if stale.name not in keep:
            stale.unlink()
    if not parquet:
        for name in tables.FACTS:
            (out_dir / f"{name}.parquet").unlink(missing_ok=True)
    if summary.failed_extraction:  # a run that left documents unextracted is never "unchanged"
        sig_path.unlink(missing_ok=True)
    else:
        writer.write_atomic(sig_path, signature)
    writer.write_atomic(out_dir / "SCHEMA.md", tables.markdown())
    return summary


def _write_tables(tasks: list[Task], pending: set[str], extracted: Iterator[str], cache: Path, out_dir: Path,
                  parquet: bool, summary: Summary, progress) -> None:
    """Stream every document's cached columns into the tables, in task order, as soon as each is extracted."""
    writers = {t: writer.TableWriter(out_dir, t, parquet) for t in tables.FACTS}
    done: set[str] = set()
    try:
        for task in tasks:
            while task.key in pending and task.key not in done:
                done.add(next(extracted))
                progress.update(1)
            with open(cache / f"{task.key}.pkl", "rb") as fh:
                doc_row, columns = pickle.load(fh)
            for name in tables.FACTS:
                writers[name].add(columns[name])
            summary.count(doc_row)
            if EXTRACTION_FAILED in doc_row["error"]:  # tried again on the next run, with a mended extractor
                (cache / f"{task.key}.pkl").unlink()
                summary.failed_extraction += 1
        for w in writers.values():
            w.close()
    except BaseException:
        for w in writers.values():
            w.abort()
        raise
    finally:
        extracted.close()  # stops the workers (cancelling what is left when writing failed)


def _count_status(out_dir: Path, summary: Summary) -> None:
    import csv

    with open(out_dir / "documents.csv", encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            summary.count(row)


def plan(paths: list[str | Path], parquet: bool = True, hashes: FileHashes | None = None,
         thorough: bool = False) -> tuple[list[Task], list[str], str]:
    """Tasks with their cache keys, discovery messages, and the signature of the whole run."""
    tasks, messages = discover(paths)
    fp = fingerprint()
    hashes = hashes or FileHashes()
    for t in tasks:
        t.sha256 = hashes.sha256(t.file) if not t.missing else ""
        t.thorough = thorough
        t.key = _cache_key(t, fp)
    signature = hashlib.sha256("\n".join(t.key for t in tasks).encode() + str(parquet).encode()).hexdigest()
    return tasks, messages, signature
