"""Which revision of the official Gemma 4 chat template a prompt follows.

Two revisions are supported, named by their publication date (FORMAT.md section 1):

* ``2026-04-28`` ("v3", HF commit 145dc25): the ``chat_template.jinja`` inside
  ``nvidia/Gemma-4-31B-IT-NVFP4``. The default.
* ``2026-07-09`` ("v5", the "Canonical" template, HF commit 68abe48): what ``google/gemma-4-31B-it``
  ships today.

A checkpoint's template is recognised by the sha256 of its bytes, never guessed: an unknown template
is an error that names its digest and the known ones.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Final, Literal, TypeAlias

Revision: TypeAlias = Literal["2026-04-28", "2026-07-09"]

V2026_04_28: Final[Revision] = "2026-04-28"
V2026_07_09: Final[Revision] = "2026-07-09"
DEFAULT_REVISION: Final[Revision] = V2026_04_28
REVISIONS: Final[tuple[Revision, ...]] = (V2026_04_28, V2026_07_09)

# sha256 of template files -> revision.
TEMPLATE_SHA256: Final[dict[str, Revision]] = {
    # The NVFP4 checkpoint's chat_template.jinja (16,934 bytes), byte-identical to HF 145dc25.
    "94899c0f917d93f6fe81c95744d1e8ddab2d21d39228d2e4aec1fb2a25bff413": V2026_04_28,
    # google/gemma-4-31B-it's chat_template.jinja at 68abe48 (18,683 bytes), per the HF history records.
    "ae53464bf3be25802b3a5b37def7fd89667067d7577049b3b2d74c4d8de4c6d4": V2026_07_09,
    # The functional copy of the same revision kept in ../shared (18,681 bytes), which the tests render.
    "df269903ea2e27a6426bf65f34f530a571cc04bf9b92ad8928ffa909eb46ecc5": V2026_07_09,
}


class UnknownTemplate(ValueError):
    """A chat template whose bytes match no supported revision."""


def parse_revision(name: str) -> Revision:
    """``name`` as a `Revision`, or a ValueError listing the supported names."""
    if name == V2026_04_28 or name == V2026_07_09:
        return name
    raise ValueError(f"unknown Gemma 4 template revision {name!r}; supported: {', '.join(REVISIONS)}")


def revision_of_template(template: str | bytes) -> Revision:
    """The revision whose official template is exactly ``template`` (text or bytes)."""
    data = template.encode("utf-8") if isinstance(template, str) else template
    digest = hashlib.sha256(data).hexdigest()
    found = TEMPLATE_SHA256.get(digest)
    if found is None:
        known = ", ".join(f"{sha[:16]}… ({rev})" for sha, rev in TEMPLATE_SHA256.items())
        raise UnknownTemplate(
            f"chat template with sha256 {digest} ({len(data)} bytes) is not a supported Gemma 4 template "
            f"revision; known: {known}. Render with an explicit revision only if you know it is equivalent."
        )
    return found


def revision_of_checkpoint(path: str | os.PathLike[str]) -> Revision:
    """The revision of a checkpoint folder's ``chat_template.jinja`` (or a template file itself).

    Falls back to the ``chat_template`` string in ``tokenizer_config.json`` when the folder has no
    ``chat_template.jinja``, as older checkpoints keep it there.
    """
    place = Path(path)
    if place.is_file():
        return revision_of_template(place.read_bytes())
    template_file = place / "chat_template.jinja"
    if template_file.is_file():
        return revision_of_template(template_file.read_bytes())
    config_file = place / "tokenizer_config.json"
    if config_file.is_file():
        config = json.loads(config_file.read_text(encoding="utf-8"))
        template = config.get("chat_template") if isinstance(config, dict) else None
        if isinstance(template, str):
            return revision_of_template(template)
    raise FileNotFoundError(
        f"{place}: no chat_template.jinja, and no chat_template string in tokenizer_config.json"
    )
