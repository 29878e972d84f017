"""Alerts end to end: a real SMTP server and a real webhook receive what run_alerts sends."""

from __future__ import annotations

import email
import json
import logging
import socket
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.message import Message as EmailMessage
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
import yaml
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword
from pytest_httpserver import HTTPServer
from typer.testing import CliRunner

from pipeline import dedup, store
from pipeline.alerts import alert_id_for, remap_stories, run_alerts
from pipeline.alerts_cli import alerts_app
from pipeline.alerts_message import StoryView, Tag, story_text
from pipeline.alerts_rules import load_rules, redact
from pipeline.config import ConfigError
from pipeline.load import load_run
from pipeline.stage import ARTICLE_SCHEMA, TAG_SCHEMA, FeedOutcome, write_table

NOW = datetime(2026, 11, 21, 6, 0, tzinfo=UTC)  # 11:00 in Karachi
FETCHED = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
SMTP_PASSWORD = "s3cret-Pa55word"


# --- receivers ----------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Smtp:
    port: int
    raw: list[bytes] = field(default_factory=list)

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.raw.append(envelope.content)
        return "250 OK"

    @property
    def messages(self) -> list[EmailMessage]:
        return [email.message_from_bytes(m) for m in self.raw]

    def url(self, password: str = "${SMTP_PASSWORD}") -> str:
        return (
            f"mailto://newsmon:{password}@127.0.0.1:{self.port}"
            "?to=desk@example.org&from=newsmon@example.org"
        )


def part(message: EmailMessage, content_type: str) -> str:
    for p in message.walk():
        if p.get_content_type() == content_type:
            payload = p.get_payload(decode=True)
            assert isinstance(payload, bytes)
            return payload.decode("utf-8")
    raise AssertionError(f"no {content_type} part")


@pytest.fixture
def smtp(monkeypatch: pytest.MonkeyPatch) -> Iterator[Smtp]:
    """A real SMTP server on 127.0.0.1 that wants a login with SMTP_PASSWORD."""

    def authenticate(server: Any, session: Any, envelope: Any, mechanism: str, data: Any) -> Any:
        ok = isinstance(data, LoginPassword) and data.password == SMTP_PASSWORD.encode()
        return AuthResult(success=ok)

    handler = Smtp(free_port())
    controller = Controller(
        handler,
        hostname="127.0.0.1",
        port=handler.port,
        authenticator=authenticate,
        auth_require_tls=False,
    )
    controller.start()
    monkeypatch.setenv("SMTP_PASSWORD", SMTP_PASSWORD)
    yield handler
    controller.stop()


@pytest.fixture
def hook(httpserver: HTTPServer) -> HTTPServer:
    httpserver.expect_request("/hook", method="POST").respond_with_data("ok")
    return httpserver


def hook_url(server: HTTPServer) -> str:
    return f"json://127.0.0.1:{server.port}/hook"


def posts(server: HTTPServer) -> list[dict[str, Any]]:
    return [json.loads(req.get_data()) for req, _ in server.log if req.path == "/hook"]


# --- a store built from staged files ------------------------------------------------

GWADAR = (
    "Gwadar, Nov 20 (APP): A desalination plant in Gwadar began supplying water on Thursday, "
    "Balochistan officials said."
)
HUNZA = "Gilgit, Nov 20 (APP): Authorities warned villages in Hunza of a glacial lake outburst."


def article(
    url: str,
    text: str,
    *,
    title: str = "Desalination plant opens in Gwadar",
    outlet: str = "Dawn",
    published: datetime | None = None,
    fetched: datetime = FETCHED,
) -> dict[str, Any]:
    domain = url.split("/")[2]
    return {
        "article_id": store.article_id_for(url),
        "url": url,
        "canonical_url": url,
        "source_domain": domain,
        "outlet": outlet,
        "feed_id": domain,
        "title": title,
        "text": text,
        "description": None,
        "author": None,
        "published_at": published or datetime(2026, 11, 20, 9, 0, tzinfo=UTC),
        "fetched_at": fetched,
        "language": "en",
        "agency": None,
        "dateline_place": None,
        "text_hash": dedup.text_hash(text),
    }


def region_tag(row: dict[str, Any], region: str, score: float = 4.0) -> dict[str, Any]:
    evidence = [
        {"term": "Gwadar", "where": "title", "count": 2, "snippet": "…plant in Gwadar began…"},
        {"term": "Balochistan", "where": "body", "count": 1},
    ]
    return {
        "article_id": row["article_id"],
        "kind": "region",
        "label": region,
        "score": score,
        "evidence": json.dumps(evidence),
    }


def topic_tag(row: dict[str, Any], topic: str, score: float = 3.5) -> dict[str, Any]:
    evidence = [{"term": "water supply", "where": "lead", "count": 1}]
    return {
        "article_id": row["article_id"],
        "kind": "topic",
        "label": topic,
        "score": score,
        "evidence": json.dumps(evidence),
    }


def load(
    db: str, tmp: Path, run_id: str, rows: list[dict[str, Any]], tags: list[dict[str, Any]]
) -> None:
    run_dir = tmp / "staged" / run_id
    run_dir.mkdir(parents=True, exist_ok=True)
    outcome = FeedOutcome(
        run_id, run_id, "http://outlet.example/feed", FETCHED.isoformat(), ok=True
    )
    outcome.articles_path = str(write_table(rows, ARTICLE_SCHEMA, run_dir / "articles.parquet"))
    outcome.tags_path = str(write_table(tags, TAG_SCHEMA, run_dir / "tags.parquet"))
    load_run(db, run_id, [str(outcome.write(run_dir))])


def copies(
    n: int, text: str = GWADAR, region: str = "balochistan", **kw: Any
) -> tuple[list[Any], list[Any]]:
    slug = dedup.text_hash(text)[:8]
    rows = [
        article(f"https://outlet{i}.example/news/{slug}-{i}", text, outlet=f"Outlet {i}", **kw)
        for i in range(n)
    ]
    return rows, [region_tag(r, region) for r in rows]


def write_rules(tmp: Path, **rule: Any) -> Path:
    rule.setdefault("name", "watched")
    path = tmp / f"rules-{rule['name']}.yaml"
    path.write_text(yaml.safe_dump({"rules": [rule]}), encoding="utf-8")
    return path


def alert_rows(db: str) -> list[dict[str, Any]]:
    with store.connect(db, read_only=True) as conn:
        result = conn.exec_driver_sql("SELECT * FROM alerts ORDER BY created_at, alert_id")
        return [dict(r._mapping) for r in result]


# --- rules --------------------------------------------------------------------------


def test_minimal_and_default_rules_files_load(tmp_path: Path) -> None:
    minimal = tmp_path / "alerts.yaml"
    minimal.write_text(
        "rules:\n"
        "  - name: watched-regions\n"
        "    regions: [balochistan, gilgit_baltistan]\n"
        '    channels: ["mailto://alerts@example.org", "json://127.0.0.1:8080/hook"]\n',
        encoding="utf-8",
    )
    (rule,) = load_rules(minimal)
    assert rule.regions == ["balochistan", "gilgit_baltistan"]
    assert rule.mode == "immediate" and rule.timezone == "Asia/Karachi" and not rule.backfill
    assert [r.name for r in load_rules(Path("config/alerts.yaml"))] == ["watched-regions"]


def test_bad_rule_names_line_and_field(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(
        "rules:\n"
        "  - name: ok\n"
        "    channels: [json://127.0.0.1/x]\n"
        "  - name: typo\n"
        "    regions: [balochestan]\n"
        "    mode: hourly\n"
        "    channels: [json://127.0.0.1/x]\n",
        encoding="utf-8",
    )
    with pytest.raises(ConfigError) as err:
        load_rules(path)
    text = str(err.value)
    assert "line 5: rules.1.regions" in text and "balochestan" in text
    assert "line 6: rules.1.mode" in text


def test_redaction_keeps_variable_names_and_masks_literals() -> None:
    assert redact("mailtos://u:${SMTP_PASSWORD}@smtp.example.org") == (
        "mailtos://u:${SMTP_PASSWORD}@smtp.example.org"
    )
    assert redact("mailtos://u:hunter22@smtp.example.org?to=a@b.org") == (
        "mailtos://u:****@smtp.example.org?to=a@b.org"
    )
    assert "TIiajkdnlazkcOXrIdevi7FQ" not in redact(
        "slack://T1JJ3T3L2/A1BRTD4JD/TIiajkdnlazkcOXrIdevi7FQ/#general"
    )
    assert redact("json://h/p?token=abc") == "json://h/p?token=****"


# --- delivery -----------------------------------------------------------------------


def test_new_story_arrives_by_email_and_webhook_with_its_content(
    tmp_path: Path, smtp: Smtp, hook: HTTPServer
) -> None:
    db = str(tmp_path / "s.duckdb")
    rules = write_rules(tmp_path, channels=[smtp.url(), hook_url(hook)])
    run_alerts(rules, db, now=NOW)  # first run: an empty store, nothing to alert
    rows, tags = copies(3)
    tags.append(topic_tag(rows[0], "economy_energy"))
    load(db, tmp_path, "r1", rows, tags)

    result = run_alerts(rules, db, now=NOW + timedelta(minutes=5))
    assert (result.queued, result.sent, result.failed, result.messages) == (2, 2, 0, 2)

    (mail,) = smtp.messages
    assert "Desalination plant opens in Gwadar" in mail["Subject"]
    assert "Balochistan" in mail["Subject"]
    html = part(mail, "text/html")
    for expected in (
        "Desalination plant opens in Gwadar",
        "Outlets: 3 (Outlet 0, Outlet 1, Outlet 2)",
        "Balochistan</b> (score 4.0)",
        "…plant in Gwadar began…",
        "economy energy",
        "2026-11-20 14:00 PKT (09:00 UTC)",
    ):
        assert expected in html, expected
    canonical = min(rows, key=lambda r: r["article_id"])  # same published time: lowest id
    assert f'<a href="{canonical["url"]}">' in html

    (post,) = posts(hook)
    text = post["message"]
    assert "Link: " + canonical["url"] in text
    assert "“Gwadar” in title ×2: …plant in Gwadar began…" in text
    assert "Outlets: 3 (Outlet 0, Outlet 1, Outlet 2)" in text
    story_id = canonical["article_id"]
    (request, _) = hook.log[0]
    assert request.headers["X-Newsmon-Alert-Id"] == alert_id_for(
        story_id, "watched", redact(hook_url(hook))
    )
    assert request.headers["X-Newsmon-Alert-Id"] in text
    statuses = {(r["channel"], r["status"], r["story_id"]) for r in alert_rows(db)}
    assert statuses == {
        (redact(smtp.url()), "sent", story_id),
        (redact(hook_url(hook)), "sent", story_id),
    }


def test_ten_copies_give_one_alert_and_reruns_send_nothing(
    tmp_path: Path, hook: HTTPServer
) -> None:
    db = str(tmp_path / "s.duckdb")
    rules = write_rules(tmp_path, channels=[hook_url(hook)], backfill=True)
    rows, tags = copies(10)
    load(db, tmp_path, "r1", rows, tags)
    assert run_alerts(rules, db, now=NOW).sent == 1
    before = alert_rows(db)

    assert run_alerts(rules, db, now=NOW + timedelta(hours=1)).sent == 0
    # a later copy whose id is larger: the story keeps its id (the other case is tested apart)
    late = article(other_url(min(r["article_id"] for r in rows), smaller=False), GWADAR)
    load(db, tmp_path, "r2", [late], [region_tag(late, "balochistan")])
    result = run_alerts(rules, db, now=NOW + timedelta(hours=2))
    assert (result.queued, result.sent) == (0, 0)
    assert len(posts(hook)) == 1
    assert alert_rows(db) == before  # what the user already got is not touched


def test_a_channel_that_is_down_fails_then_arrives_once_on_a_later_run(tmp_path: Path) -> None:
    db = str(tmp_path / "s.duckdb")
    port = free_port()  # nothing listens here yet
    url = f"json://127.0.0.1:{port}/hook"
    rules = write_rules(tmp_path, channels=[url], backfill=True)
    rows, tags = copies(2)
    load(db, tmp_path, "r1", rows, tags)

    first = run_alerts(rules, db, now=NOW)
    assert (first.sent, first.failed) == (0, 1)
    (row,) = alert_rows(db)
    assert row["status"] == "failed" and row["attempts"] == 1 and row["last_error"]
    assert row["next_attempt_at"] == NOW + timedelta(minutes=1)

    server = HTTPServer(host="127.0.0.1", port=port)
    server.expect_request("/hook", method="POST").respond_with_data("ok")
    server.start()
    try:
        early = run_alerts(rules, db, now=NOW + timedelta(seconds=30))  # backoff not over
        assert (early.sent, early.failed, len(server.log)) == (0, 0, 0)
        later = run_alerts(rules, db, now=NOW + timedelta(minutes=2))
        assert (later.sent, later.failed) == (1, 0)
        again = run_alerts(rules, db, now=NOW + timedelta(hours=3))
        assert again.sent == 0
        assert len(posts(server)) == 1
    finally:
        server.stop()
    (row,) = alert_rows(db)
    assert row["status"] == "sent" and row["attempts"] == 2 and row["last_error"] is None
    assert row["sent_at"] == NOW + timedelta(minutes=2)


def test_failures_back_off_exponentially(tmp_path: Path) -> None:
    db = str(tmp_path / "s.duckdb")
    rules = write_rules(tmp_path, channels=[f"json://127.0.0.1:{free_port()}/x"], backfill=True)
    rows, tags = copies(1)
    load(db, tmp_path, "r1", rows, tags)
    now = NOW
    delays = []
    for _ in range(4):
        run_alerts(rules, db, now=now)
        (row,) = alert_rows(db)
        delays.append(row["next_attempt_at"] - now)
        now = row["next_attempt_at"]
    assert delays == [timedelta(minutes=m) for m in (1, 2, 4, 8)]
    assert alert_rows(db)[0]["attempts"] == 4


def test_html_escapes_every_value(tmp_path: Path, smtp: Smtp) -> None:
    db = str(tmp_path / "s.duckdb")
    rules = write_rules(tmp_path, channels=[smtp.url()], backfill=True)
    row = article(
        "https://outlet.example/x",
        GWADAR,
        title="<script>alert('x')</script> Quetta & Gwadar",
        outlet="Tom & <b>Jerry</b>",
    )
    load(db, tmp_path, "r1", [row], [region_tag(row, "balochistan")])
    assert run_alerts(rules, db, now=NOW).sent == 1
    html = part(smtp.messages[0], "text/html")
    assert "<script>" not in html and "<b>Jerry" not in html
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; Quetta &amp; Gwadar" in html
    assert "Tom &amp; &lt;b&gt;Jerry&lt;/b&gt;" in html


def test_secrets_are_never_logged_nor_stored(
    tmp_path: Path, smtp: Smtp, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    caplog.set_level(logging.DEBUG)
    db = str(tmp_path / "s.duckdb")
    down = f"json://user:{'${SMTP_PASSWORD}'}@127.0.0.1:{free_port()}/hook"
    # Apprise logs an unparseable URL with a short token in it whole
    monkeypatch.setenv("TG_TOKEN", "tok3n")
    bad_token = "tgram://${TG_TOKEN}/"
    rules = write_rules(tmp_path, channels=[smtp.url(), down, bad_token], backfill=True)
    rows, tags = copies(1)
    load(db, tmp_path, "r1", rows, tags)
    result = run_alerts(rules, db, now=NOW)
    assert (result.sent, result.failed) == (1, 2)  # the SMTP login used the real password
    assert "Unparseable Telegram URL tgram://****/" in caplog.text
    assert "tok3n" not in caplog.text
    assert SMTP_PASSWORD not in caplog.text
    assert SMTP_PASSWORD not in json.dumps(result.as_dict())
    with store.connect(db, read_only=True) as conn:
        dump = repr(conn.exec_driver_sql("SELECT * FROM alerts").fetchall())
        dump += repr(conn.exec_driver_sql("SELECT * FROM alert_rules").fetchall())
    assert "${SMTP_PASSWORD}" in dump and "${TG_TOKEN}" in dump
    assert SMTP_PASSWORD not in dump and "tok3n" not in dump


def test_a_crash_between_send_and_record_resends_once_after_the_claim_expires(
    tmp_path: Path, hook: HTTPServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """At-least-once: the row was committed and claimed before sending; nothing marks it
    sent, so a run in the claim window sends nothing and a run after it sends again."""
    import pipeline.alerts

    db = str(tmp_path / "s.duckdb")
    rules = write_rules(tmp_path, channels=[hook_url(hook)], backfill=True)
    rows, tags = copies(1)
    load(db, tmp_path, "r1", rows, tags)

    def crash(*args: Any) -> None:
        raise SystemExit("killed after sending")

    record = pipeline.alerts._record
    monkeypatch.setattr(pipeline.alerts, "_record", crash)
    with pytest.raises(SystemExit):
        run_alerts(rules, db, now=NOW)
    monkeypatch.setattr(pipeline.alerts, "_record", record)
    (row,) = alert_rows(db)
    assert (row["status"], row["attempts"], len(posts(hook))) == ("pending", 1, 1)

    assert run_alerts(rules, db, now=NOW + timedelta(seconds=30)).sent == 0  # still claimed
    assert run_alerts(rules, db, now=NOW + timedelta(minutes=1)).sent == 1
    assert run_alerts(rules, db, now=NOW + timedelta(hours=1)).sent == 0
    assert len(posts(hook)) == 2  # the one duplicate, with the same alert id
    assert len({req.headers["X-Newsmon-Alert-Id"] for req, _ in hook.log}) == 1


# --- which stories ------------------------------------------------------------------


def test_no_flood_on_first_run_unless_backfill(tmp_path: Path, hook: HTTPServer) -> None:
    db = str(tmp_path / "s.duckdb")
    old_rows, old_tags = copies(2)
    load(db, tmp_path, "r1", old_rows, old_tags)
    quiet = write_rules(tmp_path, name="quiet", channels=[hook_url(hook)])
    first = run_alerts(quiet, db, now=NOW)
    assert (first.queued, first.sent) == (0, 0)

    new_rows, new_tags = copies(1, HUNZA, "gilgit_baltistan", title="Glacial lake warning in Hunza")
    # fetched before the rule first ran, loaded after: still new to the rule
    load(db, tmp_path, "r2", new_rows, new_tags)
    second = run_alerts(quiet, db, now=NOW + timedelta(hours=1))
    assert second.sent == 1
    assert [p["title"] for p in posts(hook)] == [
        "newsmon: Gilgit-Baltistan: Glacial lake warning in Hunza"
    ]

    backfill = write_rules(tmp_path, name="backfill", channels=[hook_url(hook)], backfill=True)
    assert run_alerts(backfill, db, now=NOW + timedelta(hours=2)).sent == 2
    with store.connect(db, read_only=True) as conn:
        rules_rows = conn.exec_driver_sql(
            "SELECT rule, first_run_at, len(baseline_runs) FROM alert_rules ORDER BY rule"
        ).fetchall()
    assert rules_rows == [("backfill", NOW + timedelta(hours=2), 2), ("quiet", NOW, 1)]


def test_topics_score_and_sources_filter_stories(tmp_path: Path, hook: HTTPServer) -> None:
    db = str(tmp_path / "s.duckdb")
    a = article("https://www.dawn.com/a", GWADAR, title="A mining story", outlet="Dawn")
    b = article("https://tribune.com.pk/b", HUNZA, title="B weak tag", outlet="Express Tribune")
    c = article(
        "https://aggregator.example/c", "Turbat text " * 5, title="C excluded", outlet="Agg"
    )
    d = article(
        "https://thenews.com.pk/d", "Chagai text " * 5, title="D no topic", outlet="The News"
    )
    tags = [
        region_tag(a, "balochistan"),
        topic_tag(a, "mining_minerals"),
        region_tag(b, "gilgit_baltistan", score=2.6),
        topic_tag(b, "mining_minerals"),
        region_tag(c, "balochistan"),
        topic_tag(c, "mining_minerals"),
        region_tag(d, "balochistan"),
    ]
    load(db, tmp_path, "r1", [a, b, c, d], tags)
    rules = write_rules(
        tmp_path,
        channels=[hook_url(hook)],
        topics=["mining_minerals"],
        min_score=3.0,
        exclude_sources=["aggregator.example"],
        backfill=True,
    )
    run_alerts(rules, db, now=NOW)
    assert [p["title"] for p in posts(hook)] == ["newsmon: Balochistan: A mining story"]

    only = write_rules(
        tmp_path,
        name="only-dawn",
        channels=[hook_url(hook)],
        include_sources=["dawn.com", "The News"],
        backfill=True,
    )
    run_alerts(only, db, now=NOW)
    assert sorted(p["title"] for p in posts(hook)[1:]) == [
        "newsmon: Balochistan: A mining story",
        "newsmon: Balochistan: D no topic",
    ]


def test_digest_groups_by_region_newest_first_at_local_time(
    tmp_path: Path, hook: HTTPServer
) -> None:
    db = str(tmp_path / "s.duckdb")
    rules = write_rules(
        tmp_path,
        channels=[hook_url(hook)],
        mode="digest",
        digest_at="08:00",
        timezone="Asia/Karachi",
        backfill=True,
    )
    stories = [
        ("https://a.example/old", GWADAR, "Older Balochistan story", 6, ["balochistan"]),
        (
            "https://b.example/new",
            HUNZA + " Quetta.",
            "Newer Balochistan story",
            9,
            ["balochistan"],
        ),
        ("https://c.example/gb", HUNZA, "Hunza story", 7, ["gilgit_baltistan"]),
        (
            "https://d.example/both",
            "Both " * 9,
            "Story in both regions",
            8,
            ["balochistan", "gilgit_baltistan"],
        ),
    ]
    rows, tags = [], []
    for url, text, title, hour, regions in stories:
        row = article(url, text, title=title, published=datetime(2026, 11, 20, hour, tzinfo=UTC))
        rows.append(row)
        tags += [region_tag(row, r) for r in regions]
    load(db, tmp_path, "r1", rows, tags)

    before = datetime(2026, 11, 21, 1, 30, tzinfo=UTC)  # 06:30 in Karachi (UTC+5)
    queued = run_alerts(rules, db, now=before)
    assert (queued.queued, queued.sent) == (4, 0)
    slot = datetime(2026, 11, 21, 3, 0, tzinfo=UTC)  # 08:00 in Karachi
    assert {r["next_attempt_at"] for r in alert_rows(db)} == {slot}
    assert run_alerts(rules, db, now=slot - timedelta(minutes=1)).sent == 0

    result = run_alerts(rules, db, now=slot + timedelta(minutes=10))
    assert (result.sent, result.messages) == (4, 1)
    (post,) = posts(hook)
    assert post["title"] == "newsmon digest 2026-11-21: 4 new stories (watched)"
    lines = post["message"].splitlines()
    order = [
        line
        for line in lines
        if line.startswith("==") or line.endswith("story") or line.endswith("regions")
    ]
    assert order == [
        "== Balochistan (3) ==",
        "Newer Balochistan story",
        "Story in both regions",
        "Older Balochistan story",
        "== Gilgit-Baltistan (2) ==",
        "Story in both regions",
        "Hunza story",
    ]
    # a story found after today's digest waits for tomorrow's
    late = article("https://e.example/late", "Late " * 9, title="Late story")
    load(db, tmp_path, "r2", [late], [region_tag(late, "balochistan")])
    run_alerts(rules, db, now=slot + timedelta(hours=1))
    pending = [r for r in alert_rows(db) if r["status"] == "pending"]
    assert [r["next_attempt_at"] for r in pending] == [slot + timedelta(days=1)]


# --- story ids change ---------------------------------------------------------------


def other_url(than: int, *, smaller: bool = True) -> str:
    """A URL whose article id is smaller (or larger) than ``than``."""
    for n in range(100_000):
        url = f"https://other.example/copy-{n}"
        if (store.article_id_for(url) < than) == smaller:
            return url
    raise AssertionError("no such id found")


def test_a_copy_with_a_smaller_id_does_not_alert_again(tmp_path: Path, hook: HTTPServer) -> None:
    db = str(tmp_path / "s.duckdb")
    rules = write_rules(tmp_path, channels=[hook_url(hook)], backfill=True)
    rows, tags = copies(2)
    load(db, tmp_path, "r1", rows, tags)
    assert run_alerts(rules, db, now=NOW).sent == 1
    old_id = min(r["article_id"] for r in rows)

    early = article(other_url(old_id), GWADAR, outlet="Early Outlet")
    load(db, tmp_path, "r2", [early], [region_tag(early, "balochistan")])
    with store.connect(db, read_only=True) as conn:
        (story_id,) = conn.exec_driver_sql("SELECT DISTINCT story_id FROM articles").fetchone() or (
            0,
        )
    assert story_id == early["article_id"] != old_id

    result = run_alerts(rules, db, now=NOW + timedelta(hours=1))
    assert (result.queued, result.sent) == (0, 0)
    assert len(posts(hook)) == 1
    (row,) = alert_rows(db)
    assert (row["story_id"], row["status"]) == (story_id, "sent")


def test_remap_keeps_the_sent_row_when_two_stories_merge(tmp_path: Path) -> None:
    db = str(tmp_path / "s.duckdb")
    store.init_store(db)
    with store.connect(db) as conn:
        for alert_id, story, channel, status in [
            ("a", 10, "c1", "pending"),
            ("b", 20, "c1", "sent"),
            ("c", 20, "c2", "failed"),
            ("d", 30, "c1", "pending"),
            ("e", 40, "c1", "sent"),
        ]:
            conn.exec_driver_sql(
                "INSERT INTO alerts (alert_id, story_id, rule, channel, status, created_at)"
                " VALUES (?, ?, 'r', ?, ?, ?)",
                (alert_id, story, channel, status, NOW),
            )
        remap_stories(conn, {20: 5, 10: 5, 30: 40, 99: 98})
    rows = {(r["alert_id"], r["story_id"], r["status"]) for r in alert_rows(db)}
    assert rows == {("b", 5, "sent"), ("c", 5, "failed"), ("e", 40, "sent")}


# --- command line -------------------------------------------------------------------


def test_cli_run_list_and_test(tmp_path: Path, hook: HTTPServer) -> None:
    db = str(tmp_path / "s.duckdb")
    rows, tags = copies(1)
    load(db, tmp_path, "r1", rows, tags)
    rules = write_rules(tmp_path, channels=[hook_url(hook)], backfill=True)
    runner = CliRunner()

    ran = runner.invoke(alerts_app, ["run", "--rules", str(rules), "--db", db])
    assert ran.exit_code == 0, ran.output
    assert "1 sent in 1 messages" in ran.output
    listed = runner.invoke(alerts_app, ["list", "--db", db, "--status", "sent", "--format", "json"])
    assert listed.exit_code == 0, listed.output
    (record,) = [json.loads(line) for line in listed.output.splitlines()]
    assert (record["rule"], record["status"], record["channel"]) == (
        "watched",
        "sent",
        hook_url(hook),
    )
    assert record["title"] == "Desalination plant opens in Gwadar"
    empty = runner.invoke(
        alerts_app, ["list", "--db", db, "--status", "failed", "--format", "json"]
    )
    assert empty.output == ""
    assert runner.invoke(alerts_app, ["list", "--db", db, "--status", "nope"]).exit_code == 2

    tested = runner.invoke(alerts_app, ["test", hook_url(hook)])
    assert tested.exit_code == 0, tested.output
    assert posts(hook)[-1]["title"] == "newsmon: test alert"
    down = runner.invoke(alerts_app, ["test", f"json://127.0.0.1:{free_port()}/x"])
    assert down.exit_code == 1
    bad = tmp_path / "bad.yaml"
    bad.write_text("rules: []\n", encoding="utf-8")
    assert runner.invoke(alerts_app, ["run", "--rules", str(bad), "--db", db]).exit_code == 2


def test_a_model_tag_reads_as_a_probability_with_its_cues() -> None:
    """A tag decided by the region model shows its probability and the context cues that
    weighed most, then the rules' matched terms; a rules tag keeps its score."""
    model_entry = {
        "term": "in [place] said, [place] district",
        "label_term": "region model",
        "where": "model",
        "probability": 0.973,
        "rule_score": 6.5,
    }
    rules_entry = {"term": "Gwadar", "where": "title", "count": 2, "snippet": "…in Gwadar…"}
    story = StoryView(
        story_id=1,
        title="Desalination plant opens in Gwadar",
        link="https://example.test/a",
        published_at=NOW,
        first_seen_at=NOW,
        copies=1,
        outlets=("Outlet 0",),
        regions=(Tag("region", "balochistan", 0.973, (model_entry, rules_entry)),),
        topics=(Tag("topic", "economy_energy", 3.5, ({"term": "water", "where": "lead"},)),),
    )
    text = "\n".join(story_text(story, ZoneInfo("Asia/Karachi")))
    assert "Balochistan (probability 0.97)" in text
    assert "region model: in [place] said, [place] district" in text
    assert "“Gwadar” in title ×2: …in Gwadar…" in text
    assert "(score 3.5)" in text
