"""Pictures for the interest explorer: simple inline SVG drawn here, nothing loaded from elsewhere.

Each picture is a few strokes on a 64 x 64 grid in the text colour (so it follows the page's
contrast). No picture shows a person with a body, hair or clothes: the cards are about what
one does, and a figure would suggest who does it (see youths/data/README.md).
"""

from markupsafe import Markup, escape

_S = 'fill="none" stroke="currentColor" stroke-width="3" stroke-linecap="round" stroke-linejoin="round"'

SHAPES: dict[str, str] = {
    "wrench": '<path d="M40 10a12 12 0 0 0-11 16L12 43a5 5 0 0 0 7 7l17-17a12 12 0 0 0 16-11l-7 4-6-6 4-7z"/>',
    "paw": '<circle cx="20" cy="24" r="5"/><circle cx="32" cy="18" r="5"/><circle cx="44" cy="24" r="5"/>'
    '<path d="M22 46c0-8 5-14 10-14s10 6 10 14c0 6-6 6-10 4-4 2-10 2-10-4z"/>',
    "boxes": '<rect x="6" y="30" width="16" height="16"/><rect x="24" y="30" width="16" height="16"/>'
    '<rect x="42" y="30" width="16" height="16"/><path d="M6 50h52"/>',
    "heart": '<path d="M32 52S10 38 10 24a11 11 0 0 1 22-4 11 11 0 0 1 22 4c0 14-22 28-22 28z"/>',
    "pot": '<path d="M18 20h28l-4 32H22z"/><path d="M14 20h36"/><path d="M26 32c4 3 8 3 12 0"/>',
    "speech": '<path d="M8 12h30v18H20l-8 7v-7H8z"/><path d="M30 34h26v16h-4v6l-7-6H30z"/>',
    "weather": '<circle cx="22" cy="20" r="8"/><path d="M22 4v4M8 20H4M11 9l3 3"/>'
    '<path d="M28 40h22a8 8 0 0 0-2-16 12 12 0 0 0-22 4 6 6 0 0 0 2 12z"/><path d="M32 48l-3 8M42 48l-3 8"/>',
    "leaf": '<path d="M12 52C12 24 28 12 52 12c0 24-12 40-40 40z"/><path d="M12 52L38 26"/>',
    "bolt": '<path d="M36 6L14 36h16l-4 22 24-32H34z"/>',
    "pan": '<path d="M10 28h36v14a8 8 0 0 1-8 8H18a8 8 0 0 1-8-8z"/><path d="M46 32h12"/>'
    '<path d="M22 12c-2 4 2 6 0 10M32 12c-2 4 2 6 0 10"/>',
    "hammer": '<path d="M34 24L12 50a3 3 0 0 0 4 4l26-22"/><path d="M30 14l10-6 16 16-6 10z"/>',
    "plant": '<path d="M20 40h24l-4 16H24z"/><path d="M32 40V20"/><path d="M32 28c-8 0-14-6-14-14 8 0 14 6 14 14z"/>'
    '<path d="M32 22c6 0 12-4 12-12-6 0-12 4-12 12z"/>',
    "car": '<path d="M6 40v-8l8-2 6-10h22l8 10 8 2v8z"/><circle cx="18" cy="42" r="5"/><circle cx="46" cy="42" r="5"/>',
    "sparkle": '<path d="M26 8l4 14 14 4-14 4-4 14-4-14-14-4 14-4z"/><path d="M48 36l2 7 7 2-7 2-2 7-2-7-7-2 7-2z"/>',
    "magnifier": '<circle cx="26" cy="26" r="14"/><path d="M36 36l18 18"/>',
    "screen": '<rect x="8" y="10" width="48" height="32" rx="2"/><path d="M24 54h16M32 42v12"/>',
    "calculator": '<rect x="14" y="6" width="36" height="52" rx="3"/><rect x="20" y="12" width="24" height="10"/>'
    '<path d="M22 32h2M31 32h2M40 32h2M22 42h2M31 42h2M40 42h2M22 50h2M31 50h2M40 50h2"/>',
    "brush": '<path d="M50 8L28 34"/><path d="M28 34c-8-2-14 4-14 10 0 4-4 8-8 8 10 4 24 2 26-10z"/>',
    "note": '<path d="M26 46V12l24-4v32"/><circle cx="20" cy="46" r="6"/><circle cx="44" cy="40" r="6"/>',
    "pencil": '<path d="M12 52l4-14 28-28 10 10-28 28z"/><path d="M38 16l10 10"/>',
    "blocks": '<rect x="8" y="36" width="18" height="18"/><rect x="28" y="36" width="18" height="18"/>'
    '<rect x="18" y="16" width="18" height="18"/><path d="M48 20l6 12h-12z"/>',
    "hands": '<path d="M6 40c8 0 14-6 20-6h12a4 4 0 0 1 0 8H28"/><path d="M6 52h30l20-14a4 4 0 0 0-5-6l-13 8"/>',
    "bulb": '<path d="M24 42c0-8-10-12-10-22a18 18 0 0 1 36 0c0 10-10 14-10 22z"/><path d="M24 48h16M27 54h10"/>',
    "tag": '<path d="M8 30V8h22l26 26-22 22z"/><circle cx="18" cy="18" r="4"/>',
    "cup": '<path d="M12 22h32v14a12 12 0 0 1-12 12h-8a12 12 0 0 1-12-12z"/><path d="M44 26h4a6 6 0 0 1 0 12h-4"/>'
    '<path d="M8 54h40"/>',
    "flag": '<path d="M14 58V6"/><path d="M14 8h34l-8 10 8 10H14"/>',
    "calendar": '<rect x="8" y="12" width="48" height="42" rx="3"/><path d="M8 24h48M20 6v10M44 6v10"/>'
    '<path d="M20 36l6 6 12-12"/>',
    "group": '<circle cx="20" cy="26" r="9"/><circle cx="44" cy="26" r="9"/><circle cx="32" cy="42" r="9"/>',
    "path": '<circle cx="32" cy="12" r="6"/><path d="M32 22c-12 8 12 16 0 24s4 12 4 12"/>',
    "loop": '<path d="M48 24a18 18 0 0 0-32 0"/><path d="M48 14v10H38"/><path d="M16 40a18 18 0 0 0 32 0"/>'
    '<path d="M16 50V40h10"/>',
    "steps": '<ellipse cx="20" cy="42" rx="6" ry="10"/><ellipse cx="42" cy="22" rx="6" ry="10"/>'
    '<path d="M16 56h8M38 36h8"/>',
    "chair": '<path d="M18 8v48M18 34h28v22M18 34V8h22v26"/>',
    "compass": '<circle cx="32" cy="32" r="24"/><path d="M40 24l-4 12-12 4 4-12z"/>',
    "checklist": '<path d="M10 14l4 4 8-8M10 32l4 4 8-8M10 50l4 4 8-8"/><path d="M30 14h24M30 32h24M30 50h24"/>',
    "crate": '<rect x="10" y="30" width="44" height="26"/><path d="M32 4v20M24 12l8-8 8 8"/>',
    "tree": '<path d="M32 6L14 32h10L12 46h40L40 32h10z"/><path d="M32 46v12"/>',
    "gear": '<circle cx="32" cy="32" r="10"/><path d="M32 6v8M32 50v8M6 32h8M50 32h8M14 14l6 6M44 44l6 6'
    'M14 50l6-6M44 20l6-6"/><circle cx="32" cy="32" r="18"/>',
    "phone": '<rect x="18" y="4" width="28" height="56" rx="4"/><path d="M28 52h8"/>'
    '<path d="M24 16h16M24 24h10"/>',
    "comb": '<path d="M8 12h44v8H8zM12 20v10M18 20v10M24 20v10M30 20v10M36 20v10M42 20v10M48 20v10"/>'
    '<circle cx="20" cy="50" r="5"/><circle cx="40" cy="50" r="5"/><path d="M24 47l14-11M36 47L22 36"/>',
    "star": '<path d="M32 6l7 16 17 2-13 11 4 17-15-9-15 9 4-17L8 24l17-2z"/>',
}

# The three answers: a smiling, a straight and a turned-down mouth (decorative; the buttons
# carry their words).
SMILEYS: dict[str, str] = {
    "like": '<circle cx="32" cy="32" r="26"/><circle cx="23" cy="26" r="2"/><circle cx="41" cy="26" r="2"/>'
    '<path d="M20 38c6 8 18 8 24 0"/>',
    "unsure": '<circle cx="32" cy="32" r="26"/><circle cx="23" cy="26" r="2"/><circle cx="41" cy="26" r="2"/>'
    '<path d="M22 42h20"/>',
    "dislike": '<circle cx="32" cy="32" r="26"/><circle cx="23" cy="26" r="2"/><circle cx="41" cy="26" r="2"/>'
    '<path d="M20 46c6-8 18-8 24 0"/>',
}


def picture(name: str, alt: str, *, size: int = 96) -> Markup:
    """A card's picture with its alt text as the accessible name."""
    body = SHAPES.get(name, SHAPES["star"])
    return Markup(  # noqa: S704 - the shapes are constants here, the alt text is escaped
        f'<svg class="explorer-picture" viewBox="0 0 64 64" width="{int(size)}" height="{int(size)}" '
        f'role="img" aria-label="{escape(alt)}" focusable="false"><g {_S}>{body}</g></svg>'
    )


def smiley(answer: str, *, size: int = 48) -> Markup:
    """A decorative smiley for an answer button (hidden from screen readers)."""
    return Markup(  # noqa: S704 - constants only
        f'<svg class="explorer-smiley" viewBox="0 0 64 64" width="{int(size)}" height="{int(size)}" '
        f'aria-hidden="true" focusable="false"><g {_S}>{SMILEYS[answer]}</g></svg>'
    )
