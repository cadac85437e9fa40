"""The ``shishi`` command: one entry point for researchers, schedulers and CI."""

from __future__ import annotations

import argparse
import sys

# Defaults are the project layout, relative to the working folder (the project's root under `make`).
RAW = "data/raw"
FACTS = "data/facts"
CONFIG = "reports.yml"
DEFAULT_TOPIC_SAMPLES = (("data/examples/gwr2026", "data/validation/gwr2026_topics"),  # texts and their coded paragraphs
                         ("data/validation/news_genres", "data/validation/news_genres_topics"))
HELD_OUT_TOPIC_SAMPLE = ("data/validation/news_genres_heldout", "data/validation/news_genres_heldout_topics")  # in no training

EPILOG = """examples:
  shishi extract data/raw --out data/facts     extract facts from every text in data/raw
  shishi run                                   extract if needed, run all notebooks, write reports/
  shishi schema                                print the columns of every facts table
"""


def _extract(args) -> int:
    from .store import corpus

    summary = corpus.run(args.paths, args.out, jobs=args.jobs, engine=args.engine, scheduler=args.scheduler,
                         parquet=not args.no_parquet, use_cache=not args.no_cache, quiet=args.quiet, thorough=args.thorough)
    for msg in summary.messages:
        print(f"shishi extract: {msg}", file=sys.stderr)
    state = "unchanged" if summary.unchanged else f"{summary.n_extracted} extracted, {summary.n_cached} from cache"
    print(f"{summary.n_docs} documents ({state}); {summary.n_errors} errors, {summary.n_warnings} warnings -> {args.out}")
    if args.strict and (summary.n_errors or summary.messages):
        return 1
    return 0


def _run(args) -> int:
    from .report import runner

    return runner.run(args.config, jobs=args.jobs, only=args.only)


def _eval(args) -> int:
    from .evaluate import gold as evaluate

    failed = 0
    for gold in args.gold:
        try:
            print(evaluate.report(evaluate.score(gold, args.facts, args.doc)))
            print()
        except (ValueError, OSError) as exc:  # a clash or a missing document fails this gold file, not the batch
            print(f"shishi eval: {exc}", file=sys.stderr)
            failed += 1
    return 1 if failed else 0


def _eval_dev(args) -> int:
    from pathlib import Path

    from .evaluate import dev

    return dev.main(Path(args.dev), Path(args.out), Path(args.floors), misses=args.misses)


def _agreement(args) -> int:
    from pathlib import Path

    from .evaluate import topics

    print(topics.report(topics.agreement(args.facts, topics.read_codes([Path(c) for c in args.codes]))))
    return 0


def _train_topics(args) -> int:
    from pathlib import Path

    import yaml

    from .evaluate import topic_training

    try:
        samples = [(Path(corpus), Path(codes)) for corpus, codes in args.sample or DEFAULT_TOPIC_SAMPLES]
        record = topic_training.train(samples, Path(args.out) if args.out else None)
    except (ValueError, OSError) as exc:
        print(f"shishi train-topics: {exc}", file=sys.stderr)
        return 2
    print(yaml.safe_dump(record, allow_unicode=True, sort_keys=False), end="")
    return 0


def _sample(args) -> int:
    from .analysis import validation
    from .store import facts

    frame = validation.sample(facts.load(args.facts), args.n, seed=args.seed)
    frame.to_csv(args.out, index=False, encoding="utf-8")
    print(f"{len(frame)} paragraphs written to {args.out}: code each with the coding guide (cap_major: a CAP major topic code; "
          "gov_class: a 国务院主题分类 class; no_policy: yes for a paragraph without policy content); then `shishi alpha` compares "
          "two coders and the policy coverage page scores the topics against the codes (reports.yml: codes)")
    return 0


def _alpha(args) -> int:
    from .analysis import validation

    try:
        table = validation.between(*(validation.read_sample(p) for p in (args.coder_a, args.coder_b)))
    except (ValueError, OSError) as exc:
        print(f"shishi alpha: {exc}", file=sys.stderr)
        return 2
    print(table.to_string(index=False))
    return 0


def _methods(args) -> int:
    from pathlib import Path

    from .report import methods

    record = methods.measure(Path(args.examples), Path(args.codes), sorted(Path(args.gold).glob("*.json")), Path(args.fixtures),
                             Path(args.seed), {"development": Path(args.classes), "held_out": Path(args.held_out)},
                             Path(args.dev) if args.dev else None,
                             (Path(args.topics_held_out[0]), Path(args.topics_held_out[1])) if args.topics_held_out else None)
    print(f"recorded -> {methods.write(record, Path(args.out)) if args.out else methods.write(record)}")
    return 0


def _fonts(args) -> int:
    from .report import webfont

    print(f"prepared CJK font for report pages: {webfont.prepare()}")
    return 0


def _schema(args) -> int:
    from .store import tables as schema

    print(schema.markdown("facts") + "\n" + schema.markdown("analysis"))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="shishi",
        description="shishi (实事) turns Chinese policy texts into checked facts - quantitative claims, "
        "organizations, places and quotes, each traceable to its sentence - and reviewer-ready HTML reports.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True

    p = sub.add_parser("extract", help="read texts (plain text, web pages, PDF, Word) and write the facts tables (CSV and Parquet)",
                       description="Read text files (or folders of them, with an optional manifest.csv) and write "
                       "documents, paragraphs, sentences, quantities, organizations, places and quotes tables. "
                       "Unreadable files are recorded as errors in documents.csv; the rest of the batch goes on.")
    p.add_argument("paths", nargs="*", default=[RAW], metavar="PATH", help="files (.txt, .html, .pdf, .docx) or folders (default: data/raw)")
    p.add_argument("--out", default=FACTS, metavar="DIR", help="folder for the tables (default: data/facts)")
    p.add_argument("--jobs", type=int, default=None, metavar="N", help="parallel workers (default: all cores)")
    p.add_argument("--engine", choices=("local", "dask"), default="local", help="local process pool or Dask")
    p.add_argument("--scheduler", default=None, metavar="ADDRESS", help="Dask scheduler address (default: a local cluster)")
    p.add_argument("--no-parquet", action="store_true", help="write CSV only")
    p.add_argument("--no-cache", action="store_true", help="re-extract every document")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.add_argument("--strict", action="store_true", help="exit 1 when any document has an error or warning")
    p.add_argument("--thorough", action="store_true",
                   help="also find organizations with a statistical tagger (Baidu LAC): more found, extraction about 4x slower")
    p.set_defaults(func=_extract)

    p = sub.add_parser("run", help="extract if needed, run every notebook, write HTML reports and reports/index.html",
                       description="Run the report suite defined in a config file: extract facts when the inputs "
                       "changed, execute each notebook with papermill using the config's parameters, and publish "
                       "HTML reports. Exit code 0 when every notebook succeeded, 1 when any failed (its last good "
                       "report stays published), 2 for a bad config, 75 when another run is in progress.")
    p.add_argument("--config", default=CONFIG, metavar="FILE", help="report config (default: reports.yml)")
    p.add_argument("--jobs", type=int, default=None, metavar="N", help="notebooks run in parallel (default: one more than the cores)")
    p.add_argument("--only", nargs="+", metavar="NAME", help="run only these notebooks (file stems)")
    p.set_defaults(func=_run)

    p = sub.add_parser("eval", help="score extracted facts against hand-annotated gold files",
                       description="Print precision and recall per fact type (claims, quantities, organizations, "
                       "places, quoted speakers) and the accuracy of kinds, hedges, values and attribution, "
                       "against gold files in the format of tests/fixtures/gold/seed.json.")
    p.add_argument("gold", nargs="+", metavar="GOLD.json", help="gold annotation files")
    p.add_argument("--facts", default=FACTS, metavar="DIR", help="facts folder (default: data/facts)")
    p.add_argument("--doc", default=None, help="document id, when it differs from the gold file's 'doc'")
    p.set_defaults(func=_eval)

    p = sub.add_parser("eval-dev", help="score the development set (real texts kept outside the repository) against floors",
                       description="Extract the texts of the development set (../shared/dev), score facts and topic codes "
                       "with the set's own scripts, print the figures per text, and exit 1 when any figure falls below "
                       "its floor in tests/floors.yml. Skipped with a message when the set is not there.")
    p.add_argument("--dev", default="../shared/dev", metavar="DIR", help="the development set (default: ../shared/dev)")
    p.add_argument("--out", default="build/dev-facts", metavar="DIR", help="facts folder for the run (default: build/dev-facts)")
    p.add_argument("--floors", default="tests/floors.yml", metavar="FILE", help="floors (default: tests/floors.yml)")
    p.add_argument("--misses", action="store_true", help="list every miss")
    p.set_defaults(func=_eval_dev)

    p = sub.add_parser("agreement", help="paragraph topics against human codes: accuracy and confusion matrix",
                       description="Compare the primary topic of each coded paragraph (paragraph_topics.csv) with codes "
                       "in JSONL files (one paragraph a line: doc, para_starts, cap_major, gov_class, no_policy), as the "
                       "coding guide writes them; print CAP and 国务院 class accuracy, per document, and a confusion matrix.")
    p.add_argument("codes", nargs="+", metavar="CODES", help="JSONL files or folders of them")
    p.add_argument("--facts", default=FACTS, metavar="DIR", help="facts folder (default: data/facts)")
    p.set_defaults(func=_agreement)

    p = sub.add_parser("train-topics", help="train the paragraph topic model on a coded sample and record its accuracy",
                       description="Fit the linear topic model (content words and the lexicon's evidence in a paragraph and its "
                       "context) on coded paragraphs, measure its accuracy with whole documents held out, and write the model "
                       "(helpers/extract/codebooks/topic_model.npz) and that record (topic_model.yml) into the package.")
    p.add_argument("--sample", nargs=2, action="append", metavar=("TEXTS", "CODES"),
                   help="a folder of coded texts and the folder of their coded paragraphs (JSONL); repeat for several samples "
                   f"(default: {'; '.join(' '.join(pair) for pair in DEFAULT_TOPIC_SAMPLES)})")
    p.add_argument("--out", default="", metavar="FILE", help="where to write the model (default: the package's codebooks)")
    p.set_defaults(func=_train_topics)

    p = sub.add_parser("sample", help="draw a stratified sample of paragraphs for hand-coding policy topics",
                       description="Write a CSV of body paragraphs spread over documents and sections, with empty "
                       "cap_major, gov_class and no_policy columns for a coder (the coding guide's fields). Two coders' files "
                       "can be compared with `shishi alpha`; the policy coverage page scores the topics against a coded file.")
    p.add_argument("--facts", default=FACTS, metavar="DIR", help="facts folder (default: data/facts)")
    p.add_argument("--n", type=int, default=50, help="paragraphs to draw (default 50)")
    p.add_argument("--seed", type=int, default=1, help="random seed, for a reproducible sample (default 1)")
    p.add_argument("--out", default="sample.csv", metavar="FILE", help="output CSV (default sample.csv)")
    p.set_defaults(func=_sample)

    p = sub.add_parser("alpha", help="agreement and Krippendorff's alpha between two coders' sample files",
                       description="Compare two coded sample files (from `shishi sample`) on the paragraphs both coded: the "
                       "share coded alike and Krippendorff's alpha for the CAP major topic and the 国务院 class, with the "
                       "usual reading: >= 0.800 reliable, >= 0.667 tentative.")
    p.add_argument("coder_a", metavar="CODER_A.csv")
    p.add_argument("coder_b", metavar="CODER_B.csv")
    p.set_defaults(func=_alpha)

    p = sub.add_parser("methods", help="measure what the pages' methods sections disclose and record it",
                       description="Extract the example corpus and the gold texts, score the paragraph topics against the coded "
                       "sample (and the coders against each other), extraction against the gold files and the development set "
                       "(when present), and the ledger classes against their hand-classed samples; write the figures with the "
                       "commit and date to helpers/analysis/codebooks/methods.yml, which every report page reads.")
    p.add_argument("--examples", default="data/examples/gwr2026", metavar="DIR", help="the coded example corpus")
    p.add_argument("--codes", default="data/validation/gwr2026_topics", metavar="DIR", help="its coded paragraphs (JSONL, sample.yml)")
    p.add_argument("--gold", default="tests/fixtures/gold", metavar="DIR", help="hand-annotated gold files")
    p.add_argument("--fixtures", default="tests/fixtures/texts", metavar="DIR", help="the texts of the gold files")
    p.add_argument("--seed", default="data/raw/000_db82e49265a602f1.txt", metavar="FILE", help="the seed article (a gold text)")
    p.add_argument("--classes", default="data/validation/claim_classes.csv", metavar="FILE", help="claims classed by hand while the rules were written")
    p.add_argument("--held-out", default="data/validation/claim_classes_heldout.csv", metavar="FILE", help="claims classed by hand after")
    p.add_argument("--dev", default="../shared/dev", metavar="DIR", help="the development set, when present ('' to skip)")
    p.add_argument("--topics-held-out", nargs=2, default=HELD_OUT_TOPIC_SAMPLE, metavar=("TEXTS", "CODES"),
                   help="coded texts in no training data of the topic model, scored as the pages disclose "
                   f"(default: {' '.join(HELD_OUT_TOPIC_SAMPLE)})")
    p.add_argument("--out", default="", metavar="FILE", help="where to write (default: the package's analysis/codebooks/methods.yml)")
    p.set_defaults(func=_methods)

    p = sub.add_parser("schema", help="print the columns of every facts table")
    p.set_defaults(func=_schema)

    p = sub.add_parser("fonts", help="prepare the CJK font once so report pages embed their glyphs faster (make setup runs it)")
    p.set_defaults(func=_fonts)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
