"""A small in-process sliding-window rate limiter, for sign-in and capability-link endpoints.

Each process keeps its own counts (with several uvicorn workers, each worker limits on its
own, so the effective limit is `limit x workers`). Keys are hashed before they are kept, so
no IP address or token sits in memory in the clear longer than one call.
"""

import hashlib
import threading
import time
from collections import deque
from collections.abc import Callable


class SlidingWindowLimiter:
    """Allows at most `limit` hits per key within any `window_seconds` period."""

    def __init__(
        self,
        *,
        limit: int,
        window_seconds: float,
        clock: Callable[[], float] = time.monotonic,
        max_keys: int = 100_000,
    ) -> None:
        if limit < 1 or window_seconds <= 0:
            raise ValueError("limit must be at least 1 and the window longer than 0 seconds")
        self.limit = limit
        self.window_seconds = window_seconds
        self._clock = clock
        self._max_keys = max_keys
        self._hits: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    @staticmethod
    def _key(key: str) -> str:
        return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]

    def _trim(self, hits: deque[float], now: float) -> None:
        horizon = now - self.window_seconds
        while hits and hits[0] <= horizon:
            hits.popleft()

    def hit(self, key: str) -> bool:
        """Counts one hit; returns False (and does not count it) when the key is over its limit."""
        now = self._clock()
        k = self._key(key)
        with self._lock:
            hits = self._hits.get(k)
            if hits is None:
                if len(self._hits) >= self._max_keys:
                    self._forget_idle(now)
                hits = self._hits[k] = deque()
            self._trim(hits, now)
            if len(hits) >= self.limit:
                return False
            hits.append(now)
            return True

    def blocked(self, key: str) -> bool:
        """Returns whether the key has used up its limit, without counting a hit."""
        now = self._clock()
        with self._lock:
            hits = self._hits.get(self._key(key))
            if hits is None:
                return False
            self._trim(hits, now)
            return len(hits) >= self.limit

    def retry_after(self, key: str) -> int:
        """Seconds until the key may try again (0 when it may now)."""
        now = self._clock()
        with self._lock:
            hits = self._hits.get(self._key(key))
            if not hits:
                return 0
            self._trim(hits, now)
            if len(hits) < self.limit:
                return 0
            return max(1, int(hits[0] + self.window_seconds - now + 0.999))

    def reset(self, key: str | None = None) -> None:
        """Forgets one key, or every key."""
        with self._lock:
            if key is None:
                self._hits.clear()
            else:
                self._hits.pop(self._key(key), None)

    def _forget_idle(self, now: float) -> None:
        for k in [
            k for k, hits in self._hits.items() if not hits or hits[-1] <= now - self.window_seconds
        ]:
            del self._hits[k]
        if len(self._hits) >= self._max_keys:  # still full: drop the oldest half
            for k in list(self._hits)[: self._max_keys // 2]:
                del self._hits[k]
