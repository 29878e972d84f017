"""Serve the demo corpus: each outlet on its own loopback address, like separate sites.

Files may contain ``{{BASE}}`` (the outlet's own origin) and ``{{BASE:outlet_id}}``
(another outlet's origin); they are replaced when served.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import yaml

CORPUS_DIR = Path(__file__).resolve().parent / "corpus"
# Outlet n is served on 127.0.0.(FIRST_HOST + n): Linux routes all of 127.0.0.0/8 to loopback.
FIRST_HOST = 11
CONTENT_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".xml": "application/xml; charset=utf-8",
    ".rss": "application/rss+xml; charset=utf-8",
    ".atom": "application/atom+xml; charset=utf-8",
}


@dataclass
class Outlet:
    """One served outlet."""

    outlet_id: str
    name: str
    root: Path
    feeds: list[dict[str, Any]]
    base: str = ""


def load_outlets(corpus: Path = CORPUS_DIR) -> list[Outlet]:
    """The outlets listed in the corpus's outlets.yaml."""
    data = yaml.safe_load((corpus / "outlets.yaml").read_text(encoding="utf-8"))
    return [
        Outlet(o["id"], o["name"], corpus / o["id"], list(o.get("feeds", [])))
        for o in data["outlets"]
    ]


def _render(body: bytes, outlet: Outlet, bases: dict[str, str]) -> bytes:
    text = body.decode("utf-8")
    for other, base in bases.items():
        text = text.replace(f"{{{{BASE:{other}}}}}", base)
    return text.replace("{{BASE}}", outlet.base).encode("utf-8")


def _handler(outlet: Outlet, bases: dict[str, str]) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            path = unquote(urlsplit(self.path).path)
            relative = path.lstrip("/") + ("index.html" if path.endswith("/") else "")
            target = (outlet.root / relative).resolve()
            if outlet.root.resolve() not in target.parents or not target.is_file():
                self.send_error(404, "Not Found")
                return
            body = _render(target.read_bytes(), outlet, bases)
            self.send_response(200)
            self.send_header(
                "Content-Type", CONTENT_TYPES.get(target.suffix, "application/octet-stream")
            )
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(
            self, format: str, *args: Any
        ) -> None:  # quiet: the demo prints its own summary
            return

    return Handler


@contextmanager
def serve_corpus(corpus: Path = CORPUS_DIR) -> Iterator[list[Outlet]]:
    """Serve every outlet of ``corpus`` until the block ends; yields outlets with their ``base``."""
    outlets = load_outlets(corpus)
    servers: list[ThreadingHTTPServer] = []
    started: list[ThreadingHTTPServer] = []
    try:
        for n, outlet in enumerate(outlets):
            server = ThreadingHTTPServer((f"127.0.0.{FIRST_HOST + n}", 0), BaseHTTPRequestHandler)
            servers.append(server)
            outlet.base = f"http://127.0.0.{FIRST_HOST + n}:{server.server_port}"
        bases = {o.outlet_id: o.base for o in outlets}
        for outlet, server in zip(outlets, servers, strict=True):
            server.RequestHandlerClass = _handler(outlet, bases)
            threading.Thread(target=server.serve_forever, daemon=True).start()
            started.append(server)
        yield outlets
    finally:
        for server in started:  # shutdown() waits for serve_forever: only call it on started ones
            server.shutdown()
        for server in servers:
            server.server_close()


def feeds_document(outlets: list[Outlet]) -> dict[str, Any]:
    """A feeds file (as a dict) naming every feed of the served outlets."""
    return {
        "feeds": [
            {"name": feed.get("name") or outlet.name, "url": outlet.base + feed["path"]}
            for outlet in outlets
            for feed in outlet.feeds
        ]
    }
