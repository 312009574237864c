import re

from sqlalchemy import func, select


def test_demo_loads_catalogue_youths_and_a_sign_in_once(db_session):
    from accounts.models import StaffUser
    from core.security import verify_password
    from demo import DEMO_EMAIL, load_demo
    from employers.models import Placement

    first = load_demo(db_session=db_session, history=False)  # history: tests/demo/
    db_session.commit()
    password = re.search(rf"{re.escape(DEMO_EMAIL)} / (\S+)", first).group(1)
    user = db_session.scalar(select(StaffUser).where(StaffUser.email == DEMO_EMAIL))
    assert user.role == "admin" and verify_password(user.password_hash, password)
    assert db_session.scalar(select(func.count()).select_from(Placement)) >= 150

    second = load_demo(db_session=db_session, history=False)
    assert "sign-in" not in second and "0 created" in second
