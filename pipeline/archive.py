"""The raw archive: every HTTP response a run receives, in compressed WARC files.

One file per feed per run (``<data>/archive/<run_id>/<feed_id>.warc.gz``), so parallel
feed tasks never share a file. Each exchange is a WARC request record and a response
record; newsmon's own headers say what the response was for, so ``reprocess`` can
rebuild the run without the network:

- ``WARC-Newsmon-Kind``: ``feed``, ``page`` or ``robots``
- ``WARC-Newsmon-Feed``: the feed id, ``WARC-Newsmon-Feed-Name`` its configured name
- ``WARC-Newsmon-Entry``: for pages, the feed entry (JSON)
- ``WARC-Newsmon-Original-URL``: the URL asked for before redirects

Bodies are stored decoded (httpx removes the Content-Encoding); the original header is
kept as ``X-Newsmon-Original-Content-Encoding``.
"""

from __future__ import annotations

import io
import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from pipeline.http import Response
from pipeline.records import Entry

DROPPED_HEADERS = frozenset({"content-encoding", "content-length", "transfer-encoding"})


def entry_to_json(entry: Entry) -> str:
    """An entry as one line of JSON (dates as ISO 8601)."""
    data = {k: (v.isoformat() if isinstance(v, datetime) else v) for k, v in entry.__dict__.items()}
    return json.dumps(data, ensure_ascii=True)


def entry_from_json(text: str) -> Entry:
    data: dict[str, Any] = json.loads(text)
    if data.get("published_at"):
        data["published_at"] = datetime.fromisoformat(data["published_at"])
    return Entry(**data)


class RunArchive:
    """The WARC files of one run, one per feed, written from many threads."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self._lock = threading.Lock()
        self._files: dict[str, tuple[BinaryIO, WARCWriter]] = {}

    def path_for(self, feed_id: str) -> Path:
        return self.directory / f"{feed_id}.warc.gz"

    def write(
        self,
        response: Response,
        *,
        kind: str,
        feed_id: str,
        feed_name: str = "",
        entry: Entry | None = None,
    ) -> None:
        """Append one request/response exchange to the feed's WARC file."""
        http_headers = [
            ("X-Newsmon-Original-Content-Encoding" if k == "content-encoding" else k, v)
            for k, v in response.headers.items()
            if k not in DROPPED_HEADERS or k == "content-encoding"
        ]
        http_headers.append(("Content-Length", str(len(response.body))))
        status_line = f"{response.status} {_reason(response.status)}"
        extra = {
            "WARC-Newsmon-Kind": kind,
            "WARC-Newsmon-Feed": feed_id,
            "WARC-Newsmon-Feed-Name": feed_name,
            "WARC-Newsmon-Original-URL": response.url,
            "WARC-Date": response.fetched_at.strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
        }
        if entry is not None:
            extra["WARC-Newsmon-Entry"] = entry_to_json(entry)
        with self._lock:
            writer = self._writer(feed_id)
            request = writer.create_warc_record(
                response.final_url,
                "request",
                payload=io.BytesIO(b""),
                http_headers=StatusAndHeaders(
                    f"GET {response.final_url} HTTP/1.1",
                    list(response.request_headers.items()),
                    is_http_request=True,
                ),
            )
            record = writer.create_warc_record(
                response.final_url,
                "response",
                payload=io.BytesIO(response.body),
                http_headers=StatusAndHeaders(status_line, http_headers, protocol="HTTP/1.1"),
                warc_headers_dict=extra,
            )
            request.rec_headers.add_header(
                "WARC-Concurrent-To", record.rec_headers.get_header("WARC-Record-ID")
            )
            writer.write_record(request)
            writer.write_record(record)

    def _writer(self, feed_id: str) -> WARCWriter:
        if feed_id not in self._files:
            self.directory.mkdir(parents=True, exist_ok=True)
            handle = self.path_for(feed_id).open("ab")
            self._files[feed_id] = (handle, WARCWriter(handle, gzip=True))
        return self._files[feed_id][1]

    def close(self) -> None:
        with self._lock:
            for handle, _ in self._files.values():
                handle.close()
            self._files.clear()


def _reason(status: int) -> str:
    from http import HTTPStatus

    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Unknown"


@dataclass
class ArchivedResponse:
    """One archived response with what newsmon recorded about it."""

    kind: str
    feed_id: str
    feed_name: str
    entry: Entry | None
    response: Response


def read_archive(path: Path) -> Iterator[ArchivedResponse]:
    """The archived responses in one WARC file, in the order they were written."""
    with path.open("rb") as handle:
        for record in ArchiveIterator(handle):
            if record.rec_type != "response":
                continue
            headers = record.rec_headers
            http = record.http_headers
            entry_json = headers.get_header("WARC-Newsmon-Entry")
            fetched_at = datetime.fromisoformat(
                headers.get_header("WARC-Date").replace("Z", "+00:00")
            )
            response = Response(
                url=headers.get_header("WARC-Newsmon-Original-URL")
                or headers.get_header("WARC-Target-URI"),
                final_url=headers.get_header("WARC-Target-URI"),
                status=int(http.get_statuscode()),
                headers={k.lower(): v for k, v in http.headers},
                body=record.content_stream().read(),
                fetched_at=fetched_at,
            )
            yield ArchivedResponse(
                kind=headers.get_header("WARC-Newsmon-Kind") or "page",
                feed_id=headers.get_header("WARC-Newsmon-Feed") or "",
                feed_name=headers.get_header("WARC-Newsmon-Feed-Name") or "",
                entry=entry_from_json(entry_json) if entry_json else None,
                response=response,
            )
