"""khabar: Arabic-first multi-outlet news analysis."""

__version__ = "0.1.0"
