"""The web app and REST API (`khabar serve`): server-rendered right-to-left pages and JSON under /api/.

The app (and FastAPI with it) is imported on first use, so that `khabar.web.export` and
`khabar.web.charts` stay cheap to import from the command line.
"""

from __future__ import annotations

from typing import Any

__all__ = ["create_app", "is_loopback", "serve"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from khabar.web import app

        return getattr(app, name)
    raise AttributeError(f"module 'khabar.web' has no attribute {name!r}")
