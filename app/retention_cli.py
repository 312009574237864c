"""`praktikmatch retention apply [--dry-run]`: erase youths discharged longer ago than allowed."""

import argparse
from datetime import date


def cmd_retention(args: argparse.Namespace) -> int:
    from app import gdpr
    from core.db import session_scope
    from core.settings import get_settings

    months = args.months if args.months is not None else get_settings().retention_months
    today = date.fromisoformat(args.today) if args.today else date.today()
    with session_scope() as db_session:
        erased, skipped = gdpr.apply_retention(
            db_session=db_session, months=months, today=today, dry_run=args.dry_run
        )
        if args.dry_run:
            db_session.rollback()
        else:
            db_session.commit()
    verb = "would erase" if args.dry_run else "erased"
    print(f"retention ({months} months after discharge): {verb} {len(erased)} youth(s)")
    for youth_id in erased:
        print(f"  {verb}: youth id {youth_id}")
    for youth_id, why in skipped:
        print(f"  skipped youth id {youth_id}: {why}")
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = subparsers.add_parser(
        "retention", help="erase personal data of youths discharged long enough ago"
    )
    p.add_argument("action", choices=["apply"])
    p.add_argument(
        "--dry-run", action="store_true", help="list who would be erased; change nothing"
    )
    p.add_argument(
        "--months", type=int, default=None, help="default: PRAKTIKMATCH_RETENTION_MONTHS"
    )
    p.add_argument("--today", default=None, help=argparse.SUPPRESS)  # for tests: YYYY-MM-DD
    p.set_defaults(func=cmd_retention, prepare_database=True)
