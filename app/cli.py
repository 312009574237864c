"""The `praktikmatch` command line."""

import argparse
import getpass
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from core.errors import AppError
from core.settings import get_settings

Handler = Callable[[argparse.Namespace], int]


def _prepare_database() -> None:
    """Migrates to head and loads reference data and the default deck (idempotent)."""
    from competences import service as competences_service
    from core import migrate
    from core.db import session_scope
    from employers import reference

    migrate.upgrade(get_settings().database_url)
    with session_scope() as db_session:
        reference.seed(db_session=db_session)
        competences_service.ensure_default_deck(db_session=db_session)
        db_session.commit()


def _is_loopback(host: str) -> bool:
    import ipaddress

    if host.lower() in ("localhost", "localhost."):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def base_url_warning(host: str, base_url: str) -> str | None:
    """A warning when others can reach the service but the links in its mails point to loopback."""
    from urllib.parse import urlsplit

    link_host = urlsplit(base_url).hostname or ""
    if _is_loopback(host) or not _is_loopback(link_host):
        return None
    return (
        f"serve listens on {host}, reachable from other machines, but PRAKTIKMATCH_BASE_URL is "
        f"{base_url}: links in mails (assessment links, certificates) would point to the "
        "recipient's own computer and not work. Set PRAKTIKMATCH_BASE_URL to the public address."
    )


def cmd_serve(args: argparse.Namespace) -> int:
    import logging

    import uvicorn

    warning = base_url_warning(args.host, get_settings().base_url)
    if warning:
        # Both: the log for operators who read logs, stderr for whoever started it by hand.
        logging.getLogger("praktikmatch.serve").warning(warning)
        print(f"warning: {warning}", file=sys.stderr, flush=True)
    _prepare_database()
    from app import factory

    # An import string (uvicorn needs one for several workers), made from the imported module.
    uvicorn.run(
        f"{factory.__name__}:{factory.create_app.__name__}", factory=True,
        host=args.host, port=args.port, workers=args.workers, log_level="info",
    )  # fmt: skip
    return 0


def cmd_db(args: argparse.Namespace) -> int:
    from core import migrate

    url = get_settings().database_url
    if args.action == "upgrade":
        _prepare_database() if args.revision == "heads" else migrate.upgrade(url, args.revision)
    else:
        migrate.downgrade(url, args.revision)
    print(f"database {args.action}d to {args.revision}")
    return 0


def cmd_deck(args: argparse.Namespace) -> int:
    from competences import service
    from core.db import session_scope

    _prepare_database()
    deck = service.parse_deck(Path(args.file).read_text(encoding="utf-8"))
    with session_scope() as db_session:
        row = service.load_deck(
            db_session=db_session, deck=deck, make_current=not args.keep_current
        )
        db_session.commit()
        print(f"loaded deck version {row.version} with {len(row.cards)} cards")
    return 0


def _read_input(path: str) -> tuple[Any, str]:
    from core.csvio import ImportFailed, load_table

    data = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
    name = "stdin" if path == "-" else path
    try:
        return load_table(data, "" if path == "-" else path), name
    except ImportFailed as exc:
        raise ImportFailed(exc.errors, name) from None


def cmd_import(args: argparse.Namespace) -> int:
    from accounts.auth import Principal
    from accounts.models import Role
    from core.db import session_scope
    from employers.importing import import_placements
    from youths.importing import import_youths

    _prepare_database()
    text, name = _read_input(args.file)
    team = (args.team or "").strip() or None
    if team and args.kind != "youths":
        print("--team applies to youth imports only", file=sys.stderr)
        return 2
    # The operator runs the CLI with the database's own credentials, so it imports
    # municipality-wide; --team narrows a youth import to one team, checked as for its coach.
    scope = Principal(kind="cli", id=0, role=Role.coach, team=team) if team else None
    with session_scope() as db_session:
        if args.kind == "placements":
            result = import_placements(db_session=db_session, text=text, filename=name)
        else:
            result = import_youths(
                db_session=db_session, text=text, actor="cli", filename=name, principal=scope
            )
        db_session.commit()
    print(f"{args.kind}: {result.summary()}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from core.db import session_scope
    from employers.importing import export_placements
    from youths.importing import export_youths

    _prepare_database()
    with session_scope() as db_session:
        if args.kind == "placements":
            text = export_placements(db_session=db_session)
        else:
            from core import audit

            text = export_youths(db_session=db_session)
            audit.record(
                db_session,
                actor="cli",
                action="youth.export.csv",
                subject_type="youth",
                subject_id="*",
            )
            db_session.commit()
    fmt = args.format or ("xlsx" if (args.file or "").lower().endswith(".xlsx") else "csv")
    if fmt == "xlsx":
        from core.csvio import csv_to_xlsx

        data = csv_to_xlsx(text, sheet=args.kind)
        if args.file in (None, "-"):
            sys.stdout.buffer.write(data)
        else:
            Path(args.file).write_bytes(data)
    elif args.file in (None, "-"):
        sys.stdout.write(text)
    else:
        Path(args.file).write_text(text, encoding="utf-8")
    return 0


def _team_ok(args: argparse.Namespace) -> bool:
    """A coach works for one team and sees only its youths, so a coach needs --team."""
    args.team = (args.team or "").strip() or None
    if args.role == "coach" and not args.team:
        print("a coach needs a team: add --team TEAM", file=sys.stderr)
        return False
    return True


def cmd_token(args: argparse.Namespace) -> int:
    from accounts import auth
    from core.db import session_scope

    if args.action == "create" and not _team_ok(args):
        return 2
    _prepare_database()
    with session_scope() as db_session:
        if args.action == "create":
            token, plain = auth.create_token(
                db_session=db_session, name=args.name, role=args.role, team=args.team or None
            )
            db_session.commit()
            print(f"token {token.id} ({args.role}) created; it is shown only once:")
            print(plain)
        else:
            if not auth.revoke_token(db_session=db_session, token_id=args.id):
                print(f"no token with id {args.id}", file=sys.stderr)
                return 1
            db_session.commit()
            print(f"token {args.id} revoked")
    return 0


def cmd_user(args: argparse.Namespace) -> int:
    from accounts.models import Role, StaffUser
    from core.db import session_scope
    from core.security import hash_password

    if args.role not in set(Role):
        print(f"unknown role {args.role}; use admin, recruiter or coach", file=sys.stderr)
        return 2
    if not _team_ok(args):
        return 2
    _prepare_database()
    password = (
        sys.stdin.readline().rstrip("\n") if args.password_stdin else getpass.getpass("Password: ")
    )
    if len(password) < 12:
        print("the password needs at least 12 characters", file=sys.stderr)
        return 2
    with session_scope() as db_session:
        user = StaffUser(
            email=args.email.lower(), name=args.name, role=args.role, team=args.team or None,
            password_hash=hash_password(password),
        )  # fmt: skip
        db_session.add(user)
        db_session.commit()
        print(f"user {user.id} <{user.email}> created as {user.role}")
    return 0


def cmd_user_assign(args: argparse.Namespace) -> int:
    from sqlalchemy import func, select

    from accounts import oidc
    from accounts.models import StaffUser
    from core.db import session_scope

    _prepare_database()
    with session_scope() as db_session:
        user = db_session.scalar(
            select(StaffUser).where(func.lower(StaffUser.email) == args.email.strip().lower())
        )
        if user is None:
            print(f"no account with e-mail {args.email}", file=sys.stderr)
            return 1
        oidc.assign(db_session=db_session, user=user, role=args.role, team=args.team, actor="cli")
        db_session.commit()
        print(f"user {user.id} <{user.email}> is now {user.role}, team {user.team or '-'}")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from core.db import session_scope
    from demo import load_demo

    _prepare_database()
    with session_scope() as db_session:
        summary = load_demo(db_session=db_session)
        db_session.commit()
    print(summary)
    return 0


def cmd_suggest(args: argparse.Namespace) -> int:
    from core.db import session_scope
    from matcher import service as matcher_service

    _prepare_database()
    out = []
    with session_scope() as db_session:
        for ref in args.refs:
            out.append(
                matcher_service.suggestions_payload(
                    db_session=db_session, youth_ref=ref, limit=args.limit
                )
            )
        db_session.commit()
    if args.json:
        print(json.dumps(out[0] if len(out) == 1 else out, ensure_ascii=False, indent=2))
    else:
        for payload in out:
            print(f"{payload['youth_ref']}:")
            for i, s in enumerate(payload["suggestions"], 1):
                flag = " [könsstereotypt]" if s["stereotype_flag"] else ""
                print(
                    f"  {i:2}. {s['placement_ref']} {s['score']:.3f}{flag}  {' / '.join(s['reasons'])}"
                )
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="praktikmatch", description="Internships for young people."
    )
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("serve", help="migrate the database and run the web service")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8000)
    p.add_argument("--workers", type=int, default=1)
    p.set_defaults(func=cmd_serve)

    p = sub.add_parser("db", help="database migrations")
    p.add_argument("action", choices=["upgrade", "downgrade"])
    p.add_argument("--revision", default=None)
    p.set_defaults(func=cmd_db)

    p = sub.add_parser("deck", help="card decks")
    p.add_argument("action", choices=["load"])
    p.add_argument("file")
    p.add_argument("--keep-current", action="store_true", help="store it without making it current")
    p.set_defaults(func=cmd_deck)

    p = sub.add_parser(
        "import", help="import placements or youths from CSV or .xlsx (all or nothing)"
    )
    p.add_argument("kind", choices=["placements", "youths"])
    p.add_argument(
        "file", help="CSV (UTF-8 or Windows-1252) or .xlsx file, or - for standard input"
    )
    p.add_argument("--team", default=None,
                   help="youths only: import into this team only, checked as for its coach")  # fmt: skip
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("export", help="export placements or youths as CSV or .xlsx")
    p.add_argument("kind", choices=["placements", "youths"])
    p.add_argument("file", nargs="?", help="output file (default: standard output)")
    p.add_argument(
        "--format", choices=["csv", "xlsx"], default=None, help="default: by the file's suffix"
    )
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("token", help="API tokens")
    tsub = p.add_subparsers(dest="action", required=True)
    t = tsub.add_parser("create")
    t.add_argument("--name", required=True)
    t.add_argument("--role", required=True, choices=["admin", "recruiter", "coach"])
    t.add_argument("--team", default=None)
    t = tsub.add_parser("revoke")
    t.add_argument("id", type=int)
    p.set_defaults(func=cmd_token)

    p = sub.add_parser("user", help="staff users")
    usub = p.add_subparsers(dest="action", required=True)
    u = usub.add_parser("create")
    u.add_argument("--email", required=True)
    u.add_argument("--name", required=True)
    u.add_argument("--role", required=True, choices=["admin", "recruiter", "coach"])
    u.add_argument("--team", default=None)
    u.add_argument("--password-stdin", action="store_true")
    p.set_defaults(func=cmd_user)
    u = usub.add_parser(
        "assign", help="give an account (e.g. pending after single sign-on) its role and team"
    )
    u.add_argument("--email", required=True)
    u.add_argument("--role", required=True, choices=["admin", "recruiter", "coach"])
    u.add_argument("--team", default=None)
    u.set_defaults(func=cmd_user_assign)

    p = sub.add_parser("demo", help="load the fictional demo data set with three years of history")
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("suggest", help="ranked placements for youths")
    p.add_argument("refs", nargs="+")
    p.add_argument("--limit", type=int, default=10)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_suggest)

    from app.registry import CLI_COMMANDS

    for register in CLI_COMMANDS:
        register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    from app.registry import wire

    args = build_parser().parse_args(argv)
    wire()
    if getattr(args, "revision", "x") is None:
        args.revision = "heads" if args.action == "upgrade" else "base"
    try:
        if getattr(args, "prepare_database", False):
            _prepare_database()  # a domain's command asks for a migrated, seeded database
        return int(args.func(args) or 0)
    except AppError as exc:
        print(f"error: {exc.message}", file=sys.stderr)
        return 1
    except FileNotFoundError as exc:
        print(f"error: no such file: {exc.filename}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
