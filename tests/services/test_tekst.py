"""Plain text out of a server's words: markup, entities and control characters never pass."""

from __future__ import annotations

from pathlib import Path

import pytest

from klantbeeld.services.verbinding.tekst import een_regel, korte_reden, regels

OPNAME = Path("/work/shared/recorded/open-klant-2.18.0")

#: Django's debug page as the real server sends it (OK 140), head and all.
DJANGO = (
    """<!DOCTYPE html>
<html lang="en">
<head>
  <meta http-equiv="content-type" content="text/html; charset=utf-8">
  <title>IntegrityError
          at /klantinteracties/api/v1/klantcontacten</title>
  <style type="text/css">html * { padding:0; margin:0; }</style>
  <script>function hideAll(elems) { for (var e = 0; e < elems.length; e++) {} }</script>
</head>
<body>
<div id="summary">
  <h1>IntegrityError
       at /klantinteracties/api/v1/klantcontacten</h1>
  <pre class="exception_value">duplicate key value violates unique constraint &quot;x_uniq&quot;
DETAIL:  Key (nummer)=() already exists.</pre>
</div>
"""
    + "<table><tr><td>lokaal</td></tr></table>" * 5000
)


def test_django_debug_page_gives_its_heading() -> None:
    assert korte_reden(DJANGO) == "IntegrityError at /klantinteracties/api/v1/klantcontacten"
    assert "<" not in een_regel(DJANGO) and len(een_regel(DJANGO)) <= 200


@pytest.mark.skipif(not OPNAME.exists(), reason="recordings not present")
def test_the_recorded_500_page() -> None:
    body = next(OPNAME.glob("140-*.response.body")).read_text()
    assert "<h1>" in body  # the test can fail
    assert korte_reden(body) == "IntegrityError at /klantinteracties/api/v1/klantcontacten"
    assert een_regel(body).startswith(
        "IntegrityError at /klantinteracties/api/v1/klantcontacten — "
    )
    assert "&quot;" not in een_regel(body) and '"' in een_regel(body, max_tekens=1000)


@pytest.mark.parametrize(
    ("tekst", "verwacht"),
    [
        ("<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway"
         "</h1></center><hr><center>nginx</center></body></html>", "502 Bad Gateway"),
        ('<img src="file:///etc/passwd"><b>vet</b> en <a href="x">link</a>', "vet en link"),
        ("a < b en c > d", "a < b en c > d"),
        ("Jansen & Zn", "Jansen & Zn"),
        ("<b>x</b> als a < b", "x als a < b"),
        ("<p>Jansen &amp; Zn</p>", "Jansen & Zn"),
        ("----\n\n  Echte reden  \nmeer", "Echte reden"),
        ("nul\x00 en \u202eomgekeerd\x1b[31m", "nul en omgekeerd[31m"),
        ("", ""),
        (None, ""),
        ("<script>alert(1)</script>", ""),
    ],
)  # fmt: skip
def test_korte_reden(tekst: str | None, verwacht: str) -> None:
    assert korte_reden(tekst) == verwacht


def test_a_page_cut_off_mid_tag() -> None:
    assert een_regel(DJANGO[:200]) == "IntegrityError at /klantinteracties/api/v1/klantcontacten"
    assert korte_reden("fout: <b>kapot</b> <scr") == "fout: kapot"


def test_long_is_cut_with_an_ellipsis() -> None:
    assert korte_reden("x" * 500) == "x" * 199 + "…"
    assert len(een_regel("woord " * 100, max_tekens=50)) == 50


def test_een_regel_keeps_every_line_and_a_colon_flows_on() -> None:
    assert een_regel("serverfout (500): <h1>Kapot</h1><p>echt</p>") == (
        "serverfout (500): Kapot — echt"
    )
    assert een_regel("geen opmaak: gewoon") == "geen opmaak: gewoon"
    assert regels("a\r\nb\rc") == ["a", "b", "c"]
