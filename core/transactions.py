"""Commit the request's database work before the answer leaves, never after.

A pure ASGI middleware watches the response start. For a success (status < 400) it commits
the session that core.db.get_session put on the request state; if that commit fails, the
client gets an error answer instead of a success for data that was never stored.
"""

import json
import logging
from typing import Any

from sqlalchemy.exc import IntegrityError, OperationalError
from starlette.concurrency import run_in_threadpool
from starlette.types import ASGIApp, Message, Receive, Scope, Send

log = logging.getLogger(__name__)


class CommitBeforeResponse:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        state: dict[str, Any] = scope.setdefault("state", {})
        replaced = False

        async def send_after_commit(message: Message) -> None:
            nonlocal replaced
            if replaced:
                return  # the original answer is dropped; ours has been sent
            if message["type"] == "http.response.start":
                session = state.pop("db_session", None)
                if session is not None and message["status"] < 400:
                    try:
                        await run_in_threadpool(session.commit)
                    except (IntegrityError, OperationalError) as exc:
                        log.warning("commit failed before the answer: %s", type(exc).__name__)
                        await run_in_threadpool(session.rollback)
                        replaced = True
                        await _send_error(send, exc)
                        return
            await send(message)

        await self.app(scope, receive, send_after_commit)


async def _send_error(send: Send, exc: Exception) -> None:
    conflict = isinstance(exc, IntegrityError)
    status = 409 if conflict else 503
    detail = (
        "Someone else changed the same thing at the same time. Nothing was saved; try again."
        if conflict
        else "The database is busy. Nothing was saved; try again in a moment."
    )
    body = json.dumps({"detail": detail}).encode("utf-8")
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})
