"""Rotating log file in the log folder decided by ``app.storage.location``."""

import logging
import logging.handlers
from types import TracebackType

from app.error_text import safe_traceback
from app.storage.location import Location

MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class SafeFormatter(logging.Formatter):
    """Tracebacks in the log without the data their messages might quote."""

    def format(self, record: logging.LogRecord) -> str:
        # Another handler may already have cached its own, unscrubbed traceback text.
        cached = record.exc_text
        record.exc_text = None
        try:
            return super().format(record)
        finally:
            record.exc_text = cached

    def formatException(  # noqa: N802 (logging's name)
        self,
        ei: tuple[type[BaseException], BaseException, TracebackType | None]
        | tuple[None, None, None],
    ) -> str:
        kind, value, tb = ei
        if kind is None or value is None:
            return ""
        return "".join(safe_traceback(kind, value, tb)).rstrip("\n")


def configure_logging(location: Location) -> logging.Handler | None:
    """Log to ``lotse.log`` (rotated at 1 MB, five files kept); None if the folder is unusable."""
    root = logging.getLogger()
    for handler in root.handlers:
        if isinstance(handler, logging.handlers.RotatingFileHandler):
            root.removeHandler(handler)
            handler.close()
    try:
        location.log_dir.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            location.log_file, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
        )
    except OSError:
        return None
    handler.setFormatter(SafeFormatter(FORMAT))
    # A log that cannot be written (a full disk) must not print a traceback per message.
    logging.raiseExceptions = False
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return handler
