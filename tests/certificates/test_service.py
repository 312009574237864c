"""Issuing rules: only from an approved final assessment, once, immutable, corrected by reissue."""

import pytest
from sqlalchemy import func, select

from certificates import service
from certificates.models import Certificate
from core.audit import events_for
from core.errors import Conflict, InvalidInput
from internships.models import Assessment


def _count(db_session) -> int:  # type: ignore[no-untyped-def]
    return db_session.scalar(select(func.count()).select_from(Certificate))


@pytest.mark.parametrize("final_status", [None, "draft"])
def test_no_certificate_without_an_approved_final_assessment(
    db_session, internship_factory, final_status
):
    made = internship_factory(final_status=final_status)
    with pytest.raises(Conflict, match="not approved the final assessment"):
        service.issue(db_session=db_session, internship_id=made.internship_id, actor="user:1")
    assert _count(db_session) == 0


def test_no_certificate_for_a_youth_without_a_name(db_session, internship_factory):
    made = internship_factory(first_name=None, last_name=None)
    with pytest.raises(Conflict, match="no name"):
        service.issue(db_session=db_session, internship_id=made.internship_id, actor="user:1")


def test_issue_stores_the_hash_of_the_exact_bytes_and_records_who_issued(db_session, issued):
    import hashlib

    assert issued.status == "issued" and len(issued.code) == 10
    assert issued.pdf_sha256 == hashlib.sha256(issued.pdf).hexdigest()
    assert issued.holder_name == "Åsa Öberg" and issued.issued_by == "user:1"
    trail = events_for(db_session, subject_type="certificate", subject_id=issued.id)
    assert [e.action for e in trail] == ["certificate.issue"]
    assert "Åsa" not in str(trail[0].detail)  # the audit log holds no personal data


def test_a_second_issue_is_refused_and_the_first_stays(db_session, issued):
    with pytest.raises(Conflict, match="already has a valid certificate"):
        service.issue(db_session=db_session, internship_id=issued.internship_id, actor="user:2")
    db_session.rollback()
    assert _count(db_session) == 1


def test_an_issued_certificate_cannot_be_changed(db_session, issued):
    issued.holder_name = "Någon Annan"
    with pytest.raises(RuntimeError, match="cannot change"):
        db_session.flush()
    db_session.rollback()
    issued.pdf = issued.pdf + b"%"
    with pytest.raises(RuntimeError, match="cannot change"):
        db_session.flush()


def test_correction_issues_a_new_certificate_and_revokes_the_old(db_session, issued, read_pdf):
    assessment = db_session.get(Assessment, issued.assessment_id)
    assessment.tasks = "Packa fisk i kylrummet."
    db_session.commit()
    new = service.correct(
        db_session=db_session, certificate=issued, actor="user:2", reason="Fel arbetsuppgifter"
    )
    db_session.commit()
    assert new.code != issued.code and new.replaces_id == issued.id
    assert issued.status == "revoked" and issued.revoked_by == "user:2"
    assert issued.revoke_reason == "Fel arbetsuppgifter" and issued.revoked_at is not None
    assert "Packa fisk i kylrummet." in read_pdf(new.pdf)
    assert "Packa fisk" not in read_pdf(issued.pdf)  # the old bytes were not touched
    old = service.verify_code(db_session=db_session, code=issued.code)
    assert old.status == "revoked" and old.replaced_by == new.code
    assert service.verify_code(db_session=db_session, code=new.code).status == "genuine"
    with pytest.raises(Conflict, match="revoked"):
        service.correct(db_session=db_session, certificate=issued, actor="user:2", reason="igen")


def test_a_failed_correction_keeps_the_old_certificate_valid(db_session, issued):
    assessment = db_session.get(Assessment, issued.assessment_id)
    assessment.status = "draft"  # reopened, not yet approved again
    db_session.commit()
    with pytest.raises(Conflict):
        service.correct(db_session=db_session, certificate=issued, actor="user:2", reason="x")
    db_session.rollback()
    assert service.verify_code(db_session=db_session, code=issued.code).status == "genuine"


def test_revoke_needs_a_reason_and_a_second_revoke_changes_nothing(db_session, issued):
    with pytest.raises(InvalidInput):
        service.revoke(db_session=db_session, certificate=issued, actor="user:2", reason="  ")
    service.revoke(db_session=db_session, certificate=issued, actor="user:2", reason="Fel person")
    first_at = issued.revoked_at
    service.revoke(db_session=db_session, certificate=issued, actor="user:3", reason="igen")
    assert issued.revoked_at == first_at and issued.revoked_by == "user:2"


def test_verify_pdf_matches_byte_for_byte(db_session, issued):
    assert service.verify_pdf(db_session=db_session, data=issued.pdf).code == issued.code
    changed = bytearray(issued.pdf)
    changed[len(changed) // 2] ^= 0x01
    assert service.verify_pdf(db_session=db_session, data=bytes(changed)).status == "unknown"
    assert service.verify_pdf(db_session=db_session, data=issued.pdf + b"\n").status == "unknown"


def test_codes_are_read_the_way_people_type_them():
    assert service.normalize_code("abcde-fghjk") == "ABCDEFGHJK"
    assert service.normalize_code(" O1234 i6789 ") == "0123416789"
    assert service.normalize_code("ABCDEFGHJ") is None  # too short
    assert service.normalize_code("ABCDEFGHJU") is None  # U is not in the alphabet
    codes = {service.new_code() for _ in range(200)}
    assert len(codes) == 200 and all(service.normalize_code(c) == c for c in codes)


def test_ready_internships_are_approved_and_not_yet_certified(db_session, internship_factory):
    ready = internship_factory()
    internship_factory(final_status="draft")
    internship_factory(final_status=None)
    done = internship_factory()
    service.issue(db_session=db_session, internship_id=done.internship_id, actor="user:1")
    assert service.ready_internship_ids(db_session=db_session) == [ready.internship_id]
