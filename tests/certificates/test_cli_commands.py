"""`praktikmatch certificates issue --all-ready` and `certificates verify FILE`."""

from sqlalchemy import select

from app.cli import main
from certificates.models import Certificate


def test_issue_all_ready_renders_in_workers_and_issues_each_once(
    db_session, internship_factory, capsys
):
    ready = [internship_factory().internship_id for _ in range(3)]
    internship_factory(final_status="draft")
    assert main(["certificates", "issue", "--all-ready", "--workers", "2"]) == 0
    assert "issued 3 certificates" in capsys.readouterr().out
    rows = db_session.scalars(select(Certificate).order_by(Certificate.internship_id)).all()
    assert [c.internship_id for c in rows] == ready
    assert len({c.code for c in rows}) == 3 and all(c.pdf.startswith(b"%PDF-") for c in rows)
    db_session.rollback()  # SQLite: every transaction holds the write lock
    assert main(["certificates", "issue", "--all-ready", "--workers", "2"]) == 0
    assert "issued 0 certificates" in capsys.readouterr().out


def test_issue_needs_all_ready(capsys):
    assert main(["certificates", "issue"]) == 2
    assert "--all-ready" in capsys.readouterr().err


def test_verify_file_says_genuine_revoked_or_unknown(db_session, issued, tmp_path, capsys):
    from certificates import service

    good = tmp_path / "intyg.pdf"
    good.write_bytes(issued.pdf)
    assert main(["certificates", "verify", str(good)]) == 0
    assert f"GENUINE - certificate {issued.code}" in capsys.readouterr().out
    changed = tmp_path / "andrat.pdf"
    changed.write_bytes(issued.pdf.replace(b"%PDF-", b"%PDF-", 1)[:-1] + b" ")
    assert main(["certificates", "verify", str(changed)]) == 1
    assert "UNKNOWN" in capsys.readouterr().out
    service.revoke(db_session=db_session, certificate=issued, actor="user:1", reason="Fel")
    db_session.commit()
    assert main(["certificates", "verify", str(good)]) == 1
    assert "REVOKED" in capsys.readouterr().out
