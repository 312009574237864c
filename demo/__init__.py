"""The fictional demo data set: placements, youths, and the matcher's gold labels."""

from pathlib import Path

from sqlalchemy.orm import Session

DEMO_DIR = Path(__file__).parent


def load_demo(*, db_session: Session) -> str:
    """Imports the demo placements and youths (idempotent: upsert by ref)."""
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
    return f"demo placements: {placements.summary()}\ndemo youths: {youths.summary()}"
