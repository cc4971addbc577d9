"""The web app and REST API (`khabar serve`): server-rendered right-to-left pages and JSON under /api/."""

from khabar.web.app import create_app, is_loopback, serve

__all__ = ["create_app", "is_loopback", "serve"]
