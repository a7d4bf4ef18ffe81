"""A `Handler` on a real socket: stdlib ThreadingHTTPServer, HTTP/1.1 keep-alive, loopback only."""

from __future__ import annotations

import ipaddress
import socket
import sys
import threading
import time
import traceback
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self

from ._messages import FakeBug

if TYPE_CHECKING:
    from ._messages import Handler


def _loopback(host: str) -> str:
    address = "127.0.0.1" if host == "localhost" else host
    try:
        loopback = ipaddress.ip_address(address).is_loopback
    except ValueError:
        loopback = False
    if not loopback:
        # The fake accepts any request that carries its (well-known) test key: never expose it.
        raise ValueError(f"the fake NP6 server only binds loopback addresses, not {host!r}")
    return address


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive: clients reuse connections as with NP6
    timeout = 30  # idle keep-alive connections are closed after this many seconds
    # Headers and body go out in two writes; with Nagle on, the second waits for the client's
    # delayed ACK (~40 ms on Linux) and every call looks 40 ms slow.
    disable_nagle_algorithm = True
    server: _Server

    def _dispatch(self) -> None:
        body = self._read_body()
        try:
            reply = self.server.handler.handle(
                self.command, self.path, dict(self.headers.items()), body
            )
        except FakeBug:
            # A bug of the fake itself: say so loudly on both sides.
            text = traceback.format_exc()
            print(text, file=sys.stderr)
            self._send(500, {"Content-Type": "text/plain; charset=utf-8"}, text.encode())
            return
        if reply.delay:
            time.sleep(reply.delay)
        self._send(reply.status, reply.headers, reply.body)

    do_GET = do_PUT = do_POST = do_DELETE = do_PATCH = do_HEAD = do_OPTIONS = _dispatch

    def _read_body(self) -> bytes:
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            chunks = []
            while size := int(self.rfile.readline().split(b";")[0], 16):
                chunks.append(self.rfile.read(size))
                self.rfile.readline()
            while self.rfile.readline() not in (b"\r\n", b"\n", b""):  # trailers
                pass
            return b"".join(chunks)
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""

    def _send(self, status: int, headers: dict[str, str], body: bytes) -> None:
        self.send_response(status)
        for name, value in headers.items():
            if name.lower() != "content-length":
                self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        if self.server.verbose:
            super().log_message(format, *args)


class _Server(ThreadingHTTPServer):
    daemon_threads = True  # idle keep-alive connections must not block shutdown
    # socketserver's default backlog is 5: 16 clients connecting at once saw connections refused
    # and retried by the kernel a second later, which no real API server does.
    request_queue_size = 128

    def __init__(self, handler: Handler, address: tuple[str, int], *, verbose: bool) -> None:
        self.handler = handler
        self.verbose = verbose
        if ":" in address[0]:
            self.address_family = socket.AF_INET6
        super().__init__(address, _Handler)


class FakeServer:
    """`with FakeServer(fake) as server: server.url` runs it in a background thread;
    `serve_forever()` runs it in the calling thread (the command line). Any `Handler` works."""

    def __init__(
        self, handler: Handler, host: str = "127.0.0.1", port: int = 0, *, verbose: bool = False
    ) -> None:
        self._httpd = _Server(handler, (_loopback(host), port), verbose=verbose)
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        host, port = self._httpd.server_address[:2]
        name = host.decode() if isinstance(host, bytes) else host
        shown = f"[{name}]" if ":" in name else name
        return f"http://{shown}:{port}"

    def serve_forever(self) -> None:
        try:
            self._httpd.serve_forever(poll_interval=0.1)
        finally:
            self._httpd.server_close()

    def __enter__(self) -> Self:
        self._thread = threading.Thread(
            target=self._httpd.serve_forever,
            kwargs={"poll_interval": 0.05},
            name=f"np6-fake-{self.url}",
            daemon=True,
        )
        self._thread.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        if self._thread is not None:
            self._thread.join()
