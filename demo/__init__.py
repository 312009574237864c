"""The fictional demo data set: catalogue, youths, three years of history, and gold labels."""

from pathlib import Path

from sqlalchemy.orm import Session

DEMO_DIR = Path(__file__).parent


def load_demo(*, db_session: Session, history: bool = True) -> str:
    """Imports the demo placements and youths (idempotent: upsert by ref), then writes three years
    of history once (demo/history.py). `history=False` loads only the two CSV files, as the
    matcher's tests need them: the history adds reactions and takes seats."""
    from employers.importing import import_placements
    from youths.importing import import_youths

    placements = import_placements(
        db_session=db_session, text=(DEMO_DIR / "placements.csv").read_text(encoding="utf-8")
    )
    youths = import_youths(
        db_session=db_session,
        text=(DEMO_DIR / "youths.csv").read_text(encoding="utf-8"),
        actor="demo",
    )
    summary = f"demo placements: {placements.summary()}\ndemo youths: {youths.summary()}"
    if history:
        from demo.history import load_history

        summary += "\n" + load_history(db_session=db_session)
    password = ensure_demo_user(db_session=db_session)
    if password:
        summary += f"\ndemo sign-in: {DEMO_EMAIL} / {password}  (shown once; an admin account)"
    return summary


DEMO_EMAIL = "demo@praktikmatch.local"


def ensure_demo_user(*, db_session: Session) -> str | None:
    """Creates the demo admin account with a random password, once; returns that password."""
    from sqlalchemy import select

    from accounts.models import StaffUser
    from core.security import hash_password, new_token

    if db_session.scalar(select(StaffUser.id).where(StaffUser.email == DEMO_EMAIL)) is not None:
        return None
    password = new_token(12)
    db_session.add(
        StaffUser(
            email=DEMO_EMAIL,
            name="Demo Admin",
            role="admin",
            team="Väster",
            password_hash=hash_password(password),
        )
    )
    db_session.flush()
    return password
