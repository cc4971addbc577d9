"""The process behind `UseEmbedder.submit`: lists of texts in on stdin, their vectors out on stdout.

It is started as `python -m khabar.group.embed_worker THREADS BATCH_SIZE`, not through `multiprocessing`,
whose spawn start method imports the caller's main module again in the child: a script without an
`if __name__ == "__main__"` guard would then run twice, side effects and all. Messages are pickles behind an
8-byte length; each reply is `("ok", vectors)` or `("error", message)`. The process ends when its stdin
closes, so it never outlives the process that started it.
"""

from __future__ import annotations

import os
import pickle
import struct
import sys
from typing import IO, Any

_HEADER = struct.Struct("<Q")


def write_message(stream: IO[bytes], message: Any) -> None:
    data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(_HEADER.pack(len(data)))
    stream.write(data)
    stream.flush()


def read_message(stream: IO[bytes]) -> Any:
    """The next message, or raise EOFError when the other side has gone."""
    header = _read_exactly(stream, _HEADER.size)
    return pickle.loads(_read_exactly(stream, _HEADER.unpack(header)[0]))


def _read_exactly(stream: IO[bytes], n: int) -> bytes:
    chunks, left = [], n
    while left:
        chunk = stream.read(left)
        if not chunk:
            raise EOFError("the other end of the pipe closed")
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    threads, batch_size = (int(args[0]), int(args[1])) if len(args) == 2 else (1, 64)
    replies = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)  # anything a library prints goes to stderr, never into the replies
    requests = sys.stdin.buffer
    from khabar.group.embedding import UseEmbedder

    embedder = UseEmbedder(threads=threads, batch_size=batch_size)
    while True:
        try:
            texts = read_message(requests)
        except EOFError:
            return 0
        try:
            reply: tuple[str, Any] = ("ok", embedder.encode(texts))
        except Exception as error:  # reported to the caller, which then encodes these texts itself
            reply = ("error", f"{type(error).__name__}: {error}")
        write_message(replies, reply)


if __name__ == "__main__":
    raise SystemExit(main())
