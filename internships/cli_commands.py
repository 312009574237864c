"""`praktikmatch remind`: re-send unanswered assessment links (cron-friendly, idempotent per day)."""

import argparse


def cmd_remind(args: argparse.Namespace) -> int:
    from core import mail
    from core.db import session_scope
    from core.settings import get_settings
    from internships import assessments

    settings = get_settings()
    if not mail.mail_enabled():
        print("no SMTP server configured (PRAKTIKMATCH_SMTP_HOST); nothing sent")
        return 0
    with session_scope() as db_session:
        sent = assessments.send_reminders(
            db_session=db_session,
            after_days=args.after_days
            if args.after_days is not None
            else settings.remind_after_days,
            max_times=args.max_times if args.max_times is not None else settings.remind_max_times,
        )
        db_session.commit()
    failed = [link_id for link_id, status in sent if status != "sent"]
    print(f"reminders: {len(sent)} sent, {len(failed)} failed" + (
        f" (links {', '.join(map(str, failed))})" if failed else ""
    ))  # fmt: skip
    return 1 if failed else 0


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = subparsers.add_parser(
        "remind", help="re-send assessment links that supervisors have not answered"
    )
    p.add_argument("--after-days", type=int, default=None,
                   help="days without an answer before a reminder (default: settings)")  # fmt: skip
    p.add_argument("--max-times", type=int, default=None,
                   help="most reminders per assessment (default: settings)")  # fmt: skip
    p.set_defaults(func=cmd_remind, prepare_database=True)
