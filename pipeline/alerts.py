"""Alerts: one message per new story per rule and channel, through an outbox in the store.

``run_alerts`` (the CLI's ``newsmon alerts run`` and the ``news_alerts`` DAG) does:

1. **queue** (short write transaction): for each rule and channel, stories that match
   the rule and have no ``alerts`` row for that rule and channel get one, ``pending``,
   keyed by ``alert_id`` (a hash of story, rule and channel). Copies share their
   story's row, so ten reprints make one alert, and a copy arriving later adds nothing.
   A (rule, channel) pair's first run records the runs already loaded
   (``alert_rules.baseline_runs``): stories with an article from those runs are not
   alerted unless the rule says ``backfill: true``, so a new rule or channel does not
   flood. Rows due now (``next_attempt_at <= now``) are *claimed* in the same
   transaction: ``attempts + 1`` and ``next_attempt_at`` pushed back by the
   exponential backoff, so a concurrent run leaves them alone.
2. **send** (no store connection held while sending): immediate rules send one message
   per row; a digest rule sends one message per channel with every due row, grouped by
   region.
3. **record**, after each message (a short write transaction of its own): ``sent``
   with ``sent_at``, or ``failed`` with the last error (secrets masked); failed rows are
   retried on a later run once ``next_attempt_at`` has passed.

Delivery is **at least once**. A row is committed before it is sent and marked sent
right after; if the process dies between the send and that mark, the claim expires
after the backoff and that one message is sent again. The other choice (mark first, send after)
would lose an alert in that window, and losing an alert is worse for a monitor than
a rare duplicate. Receivers can drop duplicates by the alert id, which every message
carries in its footer and, where Apprise can set headers (JSON/form/XML webhooks,
email), in the ``X-Newsmon-Alert-Id`` header.

Story ids change when a copy with a smaller article id joins or stories merge.
Because a story id is always one of its article ids, each run first moves alert rows
whose story id is no longer a story to the story that now holds that article
(:func:`remap_stories`); the load step may also call :func:`remap_stories` directly.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy.engine import Connection

from pipeline import store
from pipeline.alerts_message import Message, StoryView, Tag, render_digest, render_story
from pipeline.alerts_rules import AlertRule, Channel, ChannelError, load_rules, redact, resolve

# Retry delays after a failed send: 1 min, 2, 4, ... so a receiver that is down for a
# moment gets the alert on the next run, capped so a long outage is retried a few
# times a day instead of never.
BACKOFF_BASE = timedelta(minutes=1)
BACKOFF_CAP = timedelta(hours=6)
# The last error is kept for `newsmon alerts list`; Apprise logs can run long.
MAX_ERROR_CHARS = 500
IDEMPOTENCY_HEADER = "X-Newsmon-Alert-Id"
STATUSES = ("pending", "sent", "failed")

log = logging.getLogger(__name__)


@dataclass
class AlertRunResult:
    """What one run did: rows queued, rows sent or failed, messages sent, and errors."""

    rules: int = 0
    queued: int = 0
    sent: int = 0
    failed: int = 0
    messages: int = 0
    unsent: int = 0  # rows still pending or failed after this run (digest time, backoff)
    errors: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class _Due:
    alert_id: str
    story_id: int
    rule: str
    channel: str


def alert_id_for(story_id: int, rule: str, channel: str) -> str:
    """The idempotency key of the alert of ``story_id`` under ``rule`` on ``channel``."""
    return hashlib.sha256(f"{story_id}\x1f{rule}\x1f{channel}".encode()).hexdigest()[:32]


def backoff(attempts: int) -> timedelta:
    """How long to wait after attempt number ``attempts`` (1-based) before the next."""
    return min(BACKOFF_BASE * (2 ** max(attempts - 1, 0)), BACKOFF_CAP)


# --- story ids ----------------------------------------------------------------------


def remap_stories(conn: Connection, mapping: dict[int, int]) -> None:
    """Move alert rows from old story ids to new ones (``mapping``: old -> new).

    Call inside the transaction that changes the ids. When the new story ends up with
    two rows for one rule and channel, the one already sent is kept (else the one
    tried most, else the oldest), so a story alerted once is never alerted again.
    """
    final = {}
    for old in mapping:
        new, seen = old, {old}
        while new in mapping and mapping[new] not in seen:  # follow chains a -> b -> c
            new = mapping[new]
            seen.add(new)
        if new != old:
            final[old] = new
    if not final:
        return
    duck = store.raw(conn)
    duck.execute(
        "CREATE OR REPLACE TEMP TABLE alert_remap AS "
        "SELECT unnest(?::BIGINT[]) AS old_id, unnest(?::BIGINT[]) AS new_id",
        [list(final), list(final.values())],
    )
    duck.execute(
        """
        CREATE OR REPLACE TEMP TABLE alert_remap_rows AS
        SELECT x.alert_id, coalesce(m.new_id, x.story_id) AS new_id,
               row_number() OVER (
                   PARTITION BY coalesce(m.new_id, x.story_id), x.rule, x.channel
                   ORDER BY x.status = 'sent' DESC, x.attempts DESC, x.created_at, x.alert_id
               ) AS rank
        FROM alerts x LEFT JOIN alert_remap m ON m.old_id = x.story_id
        WHERE x.story_id IN (SELECT old_id FROM alert_remap)
           OR x.story_id IN (SELECT new_id FROM alert_remap)
        """
    )
    duck.execute(
        "DELETE FROM alerts WHERE alert_id IN (SELECT alert_id FROM alert_remap_rows WHERE rank > 1)"
    )
    duck.execute(
        """
        UPDATE alerts SET story_id = r.new_id FROM alert_remap_rows r
        WHERE alerts.alert_id = r.alert_id AND r.rank = 1 AND alerts.story_id <> r.new_id
        """
    )
    duck.execute("DROP TABLE alert_remap_rows")
    duck.execute("DROP TABLE alert_remap")


def _heal_story_ids(conn: Connection) -> None:
    """Remap alert rows whose story id is no longer a story (a load changed it)."""
    rows = (
        store.raw(conn)
        .execute(
            """
            SELECT DISTINCT x.story_id, a.story_id FROM alerts x
            JOIN articles a ON a.article_id = x.story_id
            WHERE a.story_id IS NOT NULL AND a.story_id <> x.story_id
            """
        )
        .fetchall()
    )
    remap_stories(conn, {int(old): int(new) for old, new in rows})


# --- queue and claim ----------------------------------------------------------------


def _baseline(conn: Connection, rule: AlertRule, channel: str, now: datetime) -> list[str]:
    """Record this (rule, channel)'s run; return the runs loaded before its first run."""
    duck = store.raw(conn)
    duck.execute(
        """
        INSERT INTO alert_rules (rule, channel, first_run_at, last_run_at, baseline_runs)
        SELECT ?, ?, ?, ?, coalesce((SELECT list(DISTINCT run_id ORDER BY run_id) FROM articles),
                                   []::VARCHAR[])
        ON CONFLICT (rule, channel) DO UPDATE SET last_run_at = excluded.last_run_at
        """,
        [rule.name, channel, now, now],
    )
    row = duck.execute(
        "SELECT baseline_runs FROM alert_rules WHERE rule = ? AND channel = ?", [rule.name, channel]
    ).fetchone()
    return [] if rule.backfill or row is None else list(row[0])


MATCHING_STORIES = """
SELECT DISTINCT a.story_id
FROM articles a JOIN article_regions r ON r.article_id = a.article_id
WHERE a.story_id IS NOT NULL
  AND list_contains($regions::VARCHAR[], r.region) AND r.score >= $min_score
  AND (len($topics::VARCHAR[]) = 0 OR EXISTS (
        SELECT 1 FROM article_topics t
        WHERE t.article_id = a.article_id AND list_contains($topics::VARCHAR[], t.topic)
          AND t.score >= $min_score))
  AND (len($include::VARCHAR[]) = 0 OR EXISTS (
        SELECT 1 FROM (SELECT unnest($include::VARCHAR[]) AS s) i
        WHERE lower(coalesce(a.outlet, '')) = i.s OR lower(a.source_domain) = i.s
           OR lower(a.source_domain) LIKE '%.' || i.s))
  AND NOT EXISTS (
        SELECT 1 FROM (SELECT unnest($exclude::VARCHAR[]) AS s) e
        WHERE lower(coalesce(a.outlet, '')) = e.s OR lower(a.source_domain) = e.s
           OR lower(a.source_domain) LIKE '%.' || e.s)
  AND NOT EXISTS (
        SELECT 1 FROM articles b
        WHERE b.story_id = a.story_id AND list_contains($baseline::VARCHAR[], b.run_id))
  AND NOT EXISTS (
        SELECT 1 FROM alerts x
        WHERE x.story_id = a.story_id AND x.rule = $rule AND x.channel = $channel)
ORDER BY a.story_id
"""


def _queue(conn: Connection, rule: AlertRule, channel: str, now: datetime) -> int:
    """Add pending rows for the stories ``rule`` matches that ``channel`` has not had."""
    duck = store.raw(conn)
    params = {
        "regions": rule.regions,
        "topics": rule.topics,
        "min_score": rule.min_score,
        "include": rule.include_sources,
        "exclude": rule.exclude_sources,
        "baseline": _baseline(conn, rule, channel, now),
        "rule": rule.name,
        "channel": channel,
    }
    story_ids = [int(r[0]) for r in duck.execute(MATCHING_STORIES, params).fetchall()]
    if not story_ids:
        return 0
    due = rule.next_digest_at(now) if rule.mode == "digest" else now
    inserted = duck.execute(
        """
        INSERT INTO alerts (alert_id, story_id, rule, channel, status, attempts, created_at,
                            next_attempt_at)
        SELECT unnest(?::VARCHAR[]), unnest(?::BIGINT[]), ?, ?, 'pending', 0, ?, ?
        ON CONFLICT DO NOTHING
        RETURNING alert_id
        """,
        [
            [alert_id_for(s, rule.name, channel) for s in story_ids],
            story_ids,
            rule.name,
            channel,
            now,
            due,
        ],
    ).fetchall()
    return len(inserted)


def _claim_due(conn: Connection, keys: set[tuple[str, str]], now: datetime) -> list[_Due]:
    """Unsent rows of configured (rule, channel) pairs due by ``now``, claimed for sending."""
    duck = store.raw(conn)
    rows = duck.execute(
        """
        SELECT alert_id, story_id, rule, channel, attempts FROM alerts
        WHERE status <> 'sent' AND coalesce(next_attempt_at, created_at) <= ?
        ORDER BY created_at, alert_id
        """,
        [now],
    ).fetchall()
    rows = [r for r in rows if (r[2], r[3]) in keys]
    if rows:
        duck.execute(
            """
            UPDATE alerts SET attempts = attempts + 1, next_attempt_at = c.next_at
            FROM (SELECT unnest(?::VARCHAR[]) AS alert_id, unnest(?::TIMESTAMPTZ[]) AS next_at) c
            WHERE alerts.alert_id = c.alert_id
            """,
            [[r[0] for r in rows], [now + backoff(r[4] + 1) for r in rows]],
        )
    return [_Due(r[0], int(r[1]), r[2], r[3]) for r in rows]


def _unsent(conn: Connection) -> int:
    row = conn.exec_driver_sql("SELECT count(*) FROM alerts WHERE status <> 'sent'").first()
    return int(row[0]) if row else 0


# --- what a message says ------------------------------------------------------------


def _decode(value: Any) -> Any:
    return json.loads(value) if isinstance(value, str) else value


def story_views(conn: Connection, story_ids: list[int]) -> dict[int, StoryView]:
    """The message contents of ``story_ids``: title, link, outlets and best tags."""
    if not story_ids:
        return {}
    duck = store.raw(conn)
    tags: dict[int, dict[str, list[Tag]]] = {}
    for kind, table, column in (
        ("region", "article_regions", "region"),
        ("topic", "article_topics", "topic"),
    ):
        for sid, label, score, evidence in duck.execute(
            f"""
            SELECT a.story_id, t.{column}, t.score, t.evidence FROM {table} t
            JOIN articles a ON a.article_id = t.article_id
            WHERE list_contains(?::BIGINT[], a.story_id)
            QUALIFY row_number() OVER (PARTITION BY a.story_id, t.{column}
                                       ORDER BY t.score DESC, a.is_canonical DESC, a.article_id) = 1
            ORDER BY a.story_id, t.score DESC, t.{column}
            """,
            [story_ids],
        ).fetchall():
            entries = _decode(evidence)
            tags.setdefault(int(sid), {}).setdefault(kind, []).append(
                Tag(
                    kind,
                    label,
                    float(score),
                    tuple(e for e in entries if isinstance(e, dict))
                    if isinstance(entries, list)
                    else (),
                )
            )
    views = {}
    for sid, title, link, published, seen, copies, outlets in duck.execute(
        """
        SELECT s.story_id, s.title, c.canonical_url, s.first_published_at, s.first_seen_at,
               s.copies, s.outlets
        FROM stories s JOIN articles c ON c.article_id = s.canonical_article_id
        WHERE list_contains(?::BIGINT[], s.story_id)
        """,
        [story_ids],
    ).fetchall():
        story_tags = tags.get(int(sid), {})
        views[int(sid)] = StoryView(
            story_id=int(sid),
            title=title,
            link=link,
            published_at=published,
            first_seen_at=seen,
            copies=int(copies),
            outlets=tuple(outlets),
            regions=tuple(story_tags.get("region", [])),
            topics=tuple(story_tags.get("topic", [])),
        )
    return views


# --- sending ------------------------------------------------------------------------


class _Scrub(logging.Filter):
    """Masks a channel's secrets in Apprise's log records before any handler sees them."""

    def __init__(self, channel: Channel) -> None:
        super().__init__()
        self.channel = channel

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = self.channel.scrub(record.getMessage())
        record.args = ()
        return True


@contextmanager
def _scrubbed_apprise_logs(channel: Channel) -> Iterator[None]:
    apprise_logger = logging.getLogger("apprise")
    scrub = _Scrub(channel)
    apprise_logger.addFilter(scrub)
    try:
        yield
    finally:
        apprise_logger.removeFilter(scrub)


def send(channel: Channel, message: Message, alert_ids: list[str]) -> str | None:
    """Send ``message`` to every URL of ``channel``; None on success, else the error.

    Email gets the HTML body (Apprise adds a plain-text alternative); every other
    service gets the plain text, which it formats its own way. The error text never
    holds the channel's secrets.
    """
    import apprise
    from apprise.plugins.email import NotifyEmail

    errors = []
    with _scrubbed_apprise_logs(channel), apprise.LogCapture(level=logging.WARNING) as logs:
        for url in channel.urls:
            plugin = apprise.Apprise.instantiate(url, suppress_exceptions=True)
            if plugin is None:
                errors.append(f"{channel.key}: not a usable Apprise URL")
                continue
            headers = getattr(plugin, "headers", None)
            if isinstance(headers, dict):
                headers[IDEMPOTENCY_HEADER] = ",".join(alert_ids)
            as_html = isinstance(plugin, NotifyEmail)
            ok = plugin.notify(
                body=message.html if as_html else message.text,
                title=message.title,
                body_format=apprise.NotifyFormat.HTML if as_html else apprise.NotifyFormat.TEXT,
            )
            if not ok:
                detail = " | ".join(
                    line.split(" - ", 2)[-1] for line in logs.getvalue().splitlines()[-3:]
                )
                errors.append(f"{channel.key}: delivery failed: {detail or 'no detail'}")
    if not errors:
        return None
    return channel.scrub("; ".join(errors))[:MAX_ERROR_CHARS]


def _deliver(
    due: list[_Due], views: dict[int, StoryView], rules: dict[str, AlertRule], now: datetime
) -> Iterator[tuple[list[_Due], str | None]]:
    """Send the due rows, one message at a time; yield each message's rows and its error.

    Rows that cannot be sent (an unusable channel, a story no longer in the store) are
    yielded with their error too. The caller records each yield before the next send.
    """
    channels: dict[tuple[str, str], list[_Due]] = {}
    for row in due:
        channels.setdefault((row.rule, row.channel), []).append(row)
    for (rule_name, key), rows in channels.items():
        rule = rules[rule_name]
        url = next(u for u in rule.channels if redact(u) == key)
        try:
            channel = resolve(url)
        except ChannelError as exc:
            yield rows, str(exc)
            continue
        for row in rows:
            if row.story_id not in views:
                yield [row], f"story {row.story_id} is not in the store"
        rows = [r for r in rows if r.story_id in views]
        batches = ([rows] if rows else []) if rule.mode == "digest" else [[r] for r in rows]
        for batch in batches:
            ids = [r.alert_id for r in batch]
            if rule.mode == "digest":
                message = render_digest([views[r.story_id] for r in batch], rule, ids, now)
            else:
                message = render_story(views[batch[0].story_id], rule, ids[0])
            error = send(channel, message, ids)
            if error:
                log.warning("alert %s (%s) failed: %s", ",".join(ids), rule_name, error)
            yield batch, error


def _record(conn: Connection, rows: list[_Due], error: str | None, now: datetime) -> None:
    """Mark rows sent (``error`` None) or failed. A row a concurrent load merged away marks
    its survivor."""
    duck = store.raw(conn)
    for row in rows:
        if error is None:
            duck.execute(
                """
                UPDATE alerts SET status = 'sent', sent_at = ?, last_error = NULL,
                                  next_attempt_at = NULL
                WHERE status <> 'sent' AND (alert_id = ? OR (
                    rule = ? AND channel = ? AND story_id = (
                        SELECT story_id FROM articles WHERE article_id = ?)))
                """,
                [now, row.alert_id, row.rule, row.channel, row.story_id],
            )
        else:
            duck.execute(
                "UPDATE alerts SET status = 'failed', last_error = ? "
                "WHERE alert_id = ? AND status <> 'sent'",
                [error, row.alert_id],
            )


# --- the front door -----------------------------------------------------------------


def run_alerts(
    rules_file: Path | str, db: str | Path, now: datetime | None = None
) -> AlertRunResult:
    """Queue, send and record whatever alerts are due for the store ``db``.

    ``now`` (aware; default: the current time) decides what is due, which digest a
    story goes into and every timestamp written. Raises ConfigError for a bad rules
    file and StoreError when the store cannot be used; delivery failures are recorded
    in ``alerts`` and retried by later runs, not raised.
    """
    now = now or datetime.now(UTC)
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    rules = {r.name: r for r in load_rules(rules_file)}
    keys = {(r.name, redact(u)): r for r in rules.values() for u in r.channels}
    result = AlertRunResult(rules=len(rules))

    store.init_store(db)
    with store.connect(db) as conn:  # short: queries and inserts, no network
        _heal_story_ids(conn)
        for (_rule_name, key), rule in keys.items():
            result.queued += _queue(conn, rule, key, now)
        due = _claim_due(conn, set(keys), now)
        views = story_views(conn, sorted({d.story_id for d in due}))

    outcomes: dict[str, str | None] = {}
    for rows, error in _deliver(due, views, rules, now):
        # Recorded right after each message: a run killed mid-way resends at most the one
        # message in flight (with the same alert id), not everything it had sent.
        with store.connect(db) as conn:
            _record(conn, rows, error, now)
        outcomes.update(dict.fromkeys((r.alert_id for r in rows), error))
        result.messages += error is None

    with store.connect(db, read_only=True) as conn:
        result.unsent = _unsent(conn)
    result.sent = sum(e is None for e in outcomes.values())
    result.failed = len(outcomes) - result.sent
    result.errors = sorted({e for e in outcomes.values() if e})
    return result


def send_test(url: str, now: datetime | None = None) -> tuple[str, str | None]:
    """Send a test message to channel ``url``; return its redacted form and the error (or None)."""
    now = now or datetime.now(UTC)
    try:
        channel = resolve(url)
    except ChannelError as exc:
        return redact(url), str(exc)
    message = Message(
        title="newsmon: test alert",
        text=f"This is a test message from newsmon, sent {now:%Y-%m-%d %H:%M UTC}.",
        html=f"<p>This is a test message from newsmon, sent {now:%Y-%m-%d %H:%M UTC}.</p>",
    )
    return channel.key, send(channel, message, ["test"])
