"""`praktikmatch certificates issue --all-ready` and `praktikmatch certificates verify FILE`."""

import argparse
import multiprocessing
import os
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from certificates import service
from certificates.service import PreparedCertificate
from core.errors import AppError


def _warm_up() -> None:
    """Loads fonts and templates once, so forked workers start warm."""
    from certificates import documents

    documents.render_pdf('<html lang="sv"><title>x</title><p>åäö</p></html>')


def issue_all_ready(
    *, workers: int | None = None, language: str = "sv", actor: str = "cli"
) -> dict:
    """Issues every ready certificate: prepare and store in this process, render in workers."""
    from core.db import session_scope

    started = time.perf_counter()
    workers = workers or os.cpu_count() or 1
    issued: list[str] = []
    failed: list[tuple[int, str]] = []
    with session_scope() as db_session:
        ids = service.ready_internship_ids(db_session=db_session)
        prepared: list[PreparedCertificate] = []
        taken: set[str] = set()
        for internship_id in ids:
            try:
                prepared.append(
                    service.prepare(
                        db_session=db_session, internship_id=internship_id,
                        language=language, taken_codes=taken,
                    )
                )  # fmt: skip
            except AppError as exc:
                failed.append((internship_id, exc.message))
        db_session.rollback()  # end the read transaction before the long render
        if prepared:
            _warm_up()
            context = multiprocessing.get_context("fork") if sys.platform == "linux" else None
            chunk = max(1, len(prepared) // (workers * 4))
            with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
                for item, pdf in zip(
                    prepared, pool.map(service.render, prepared, chunksize=chunk), strict=True
                ):
                    try:
                        service.store(db_session=db_session, prepared=item, pdf=pdf, actor=actor)
                        db_session.commit()
                        issued.append(item.code)
                    except AppError as exc:
                        db_session.rollback()
                        failed.append((item.internship_id, exc.message))
    return {
        "issued": issued,
        "failed": failed,
        "seconds": time.perf_counter() - started,
        "workers": workers,
    }


def cmd_issue(args: argparse.Namespace) -> int:
    if not args.all_ready:
        print("say which certificates to issue: --all-ready", file=sys.stderr)
        return 2
    result = issue_all_ready(workers=args.workers, language=args.lang)
    for internship_id, message in result["failed"]:
        print(f"internship {internship_id}: not issued: {message}", file=sys.stderr)
    print(
        f"issued {len(result['issued'])} certificates in {result['seconds']:.1f} s "
        f"with {result['workers']} workers; {len(result['failed'])} not issued"
    )
    return 1 if result["failed"] else 0


def cmd_verify(args: argparse.Namespace) -> int:
    from core.db import session_scope

    data = Path(args.file).read_bytes()
    with session_scope() as db_session:
        result = service.verify_pdf(db_session=db_session, data=data)
        db_session.commit()
    if result.status == "unknown":
        print(f"{args.file}: UNKNOWN - not byte for byte a certificate issued here")
        return 1
    facts = f"{result.holder_name}, {result.employer_name}, {result.start_date} - {result.end_date}"
    if result.status == "revoked":
        print(f"{args.file}: REVOKED - certificate {result.code} ({facts})")
        return 1
    print(f"{args.file}: GENUINE - certificate {result.code} ({facts})")
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = subparsers.add_parser("certificates", help="issue and verify certificates")
    sub = p.add_subparsers(dest="action", required=True)
    issue = sub.add_parser("issue", help="issue certificates from approved final assessments")
    issue.add_argument("--all-ready", action="store_true",
                       help="every internship with an approved final assessment and no certificate")  # fmt: skip
    issue.add_argument(
        "--workers", type=int, default=None, help="render processes (default: cores)"
    )
    issue.add_argument("--lang", choices=["sv", "en"], default="sv")
    issue.set_defaults(func=cmd_issue, prepare_database=True)
    verify = sub.add_parser("verify", help="is this PDF byte for byte a certificate issued here?")
    verify.add_argument("file")
    verify.set_defaults(func=cmd_verify)
