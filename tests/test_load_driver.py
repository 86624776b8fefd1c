"""The load test's driver (bench/load.py) keeps every virtual user at work for the whole phase."""

import http.server
import queue
import threading

import pytest

from bench import load


class Healthz(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        self.send_response(200)
        self.send_header("Content-Length", "2")
        self.end_headers()
        self.wfile.write(b"ok")

    def log_message(self, *args):
        pass


@pytest.fixture
def server(monkeypatch):
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Healthz)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    monkeypatch.setattr(load, "BASE", f"http://127.0.0.1:{httpd.server_address[1]}")
    yield
    httpd.shutdown()
    httpd.server_close()


def test_every_user_makes_requests_from_the_start_to_the_deadline(server):
    users = 8
    plan = {"reviewers": [f"r{n}" for n in range(users)], "to_assess": [[] for _ in range(users)]}
    results = queue.Queue()

    load.drive(plan, "ceiling", seconds=0.5, max_requests=100_000, queue=results)

    mode, requests, elapsed, latencies, errors, kinds, working = results.get_nowait()
    assert (mode, working, errors) == ("ceiling", users, [])
    assert requests == len(latencies) == len(kinds["ceiling"]) > users
    assert 0.5 <= elapsed < 5


def test_the_95th_percentile_is_the_latency_95_in_100_requests_stay_within():
    assert load.p95([float(ms) for ms in range(100, 0, -1)]) == 95.0
    assert load.p95([7.0]) == 7.0
