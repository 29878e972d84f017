import codecs

import pytest

from pipeline.encoding import decode_html, sniff_encoding

URDU = "گلگت بلتستان میں برفباری"


@pytest.mark.parametrize(
    ("body", "content_type", "expected"),
    [
        (
            "Café “quoted” – dash".encode("cp1252"),
            "text/html; charset=windows-1252",
            "Café “quoted” – dash",
        ),
        (
            "Café “quoted”".encode("cp1252"),
            "text/html; charset=ISO-8859-1",
            "Café “quoted”",
        ),  # WHATWG: latin-1 means cp1252
        (
            "<html><head><meta charset='windows-1252'></head><p>Café</p>".encode("cp1252"),
            "text/html",
            "Café",
        ),
        (
            f'<meta http-equiv="Content-Type" content="text/html; charset=utf-8"><p>{URDU}</p>'.encode(),
            None,
            URDU,
        ),
        (
            codecs.BOM_UTF8 + f"<p>{URDU}</p>".encode(),
            "text/html; charset=iso-8859-1",
            URDU,
        ),  # BOM wins
        (f"<p>{URDU}</p>".encode(), "text/html", URDU),
        (f"<p>{URDU}</p>".encode(), "text/html; charset=nonsense-label", URDU),
    ],
)
def test_decodes_right(body: bytes, content_type: str | None, expected: str) -> None:
    assert expected in decode_html(body, content_type)


def test_bad_bytes_never_crash() -> None:
    text = decode_html(b"<p>ok \xff\xfe\x80 still ok</p>", "text/html; charset=utf-8")
    assert "ok" in text and "still ok" in text
    assert sniff_encoding(b"") == "utf-8"
