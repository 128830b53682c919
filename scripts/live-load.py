#!/usr/bin/env python3
"""Simulated live article pages for scripts/live-load.sh (standard library only).

Each simulated page does what static/app.js does: it holds the article's SSE stream open and, on every
`event: change`, fetches GET /claims/{id}/card over its own keep-alive connection. A run makes BURST
reviews through the API at once and waits until every page holds the fresh card of every changed claim
(the card's data-version is the event's version). Prints, per run, the time until all pages had the
change event and the fresh cards, and the server's CPU over the run; then the median and max.
"""
import argparse
import asyncio
import json
import os
import re
import resource
import statistics
import sys
import time

TICKS = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid):
    """User + system CPU of process `pid` so far (from /proc)."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS


async def read_head(reader):
    """Reads a response's status line and headers; returns (status, headers)."""
    status = int((await reader.readline()).split()[1])
    headers = {}
    while True:
        line = await reader.readline()
        if line in (b"\r\n", b"\n", b""):
            return status, headers
        k, _, v = line.decode().partition(":")
        headers[k.strip().lower()] = v.strip()


async def read_body(reader, headers):
    """Reads a whole (content-length or chunked) body."""
    if "content-length" in headers:
        return await reader.readexactly(int(headers["content-length"]))
    body = b""
    while True:
        size = int((await reader.readline()).strip() or b"0", 16)
        if size == 0:
            await reader.readline()
            return body
        body += await reader.readexactly(size)
        await reader.readline()


async def chunks(reader):
    """Yields the decoded pieces of a chunked streaming body."""
    while True:
        size = int((await reader.readline()).strip() or b"0", 16)
        if size == 0:
            return
        data = await reader.readexactly(size)
        await reader.readline()
        yield data.decode()


class Page:
    """One open article page: its event stream and its connections for card fetches."""

    def __init__(self, args):
        self.args = args
        self.got = {}  # (claim, version) -> (event time, card time or None)
        # Like a browser: up to 5 connections for fetches beside the event stream, reused.
        self.slots = asyncio.Semaphore(5)
        self.idle = []

    def request(self, path):
        a = self.args
        return (f"GET {path} HTTP/1.1\r\nHost: {a.host}:{a.port}\r\n"
                f"Authorization: Bearer {a.token}\r\nAccept: */*\r\n\r\n").encode()

    async def card(self, claim, version):
        async with self.slots:
            for _ in range(2):
                conn = self.idle.pop() if self.idle else None
                try:
                    if conn is None:
                        conn = await asyncio.open_connection(self.args.host, self.args.port)
                    reader, writer = conn
                    writer.write(self.request(f"/claims/{claim}/card"))
                    status, headers = await read_head(reader)
                    body = await read_body(reader, headers)
                    if headers.get("connection") != "close":
                        self.idle.append(conn)
                    return status == 200 and f'data-version="{version}"'.encode() in body
                except (OSError, asyncio.IncompleteReadError, ValueError, IndexError):
                    continue
        return False

    async def on_change(self, data):
        event = json.loads(data)
        key = (event["claim"], event["version"])
        self.got[key] = (time.monotonic(), None)
        if await self.card(*key):
            self.got[key] = (self.got[key][0], time.monotonic())

    async def run(self, ready):
        a = self.args
        reader, writer = await asyncio.open_connection(a.host, a.port)
        writer.write(self.request(f"/articles/{a.article}/live"))
        status, _ = await read_head(reader)
        if status != 200:
            raise SystemExit(f"live stream answered {status}")
        ready.set()
        buf = ""
        tasks = set()
        async for piece in chunks(reader):
            buf += piece
            while "\n\n" in buf:
                frame, buf = buf.split("\n\n", 1)
                if frame.startswith("event: change\n"):
                    data = frame.split("data: ", 1)[1]
                    t = asyncio.ensure_future(self.on_change(data))
                    tasks.add(t)
                    t.add_done_callback(tasks.discard)


async def review(args, claim, version, status):
    """One review through the API; returns the new version."""
    reader, writer = await asyncio.open_connection(args.host, args.port)
    body = json.dumps({"status": status, "note": "live load test", "version": version}).encode()
    writer.write((f"POST /api/v1/claims/{claim}/review HTTP/1.1\r\nHost: {args.host}\r\n"
                  f"Authorization: Bearer {args.token}\r\nContent-Type: application/json\r\n"
                  f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n").encode() + body)
    code, headers = await read_head(reader)
    answer = json.loads(await read_body(reader, headers))
    writer.close()
    if code != 200:
        raise SystemExit(f"review answered {code}: {answer}")
    return answer["version"]


async def main():
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, required=True)
    p.add_argument("--token", required=True)
    p.add_argument("--article", required=True)
    p.add_argument("--claims", required=True, help="claim:version,claim:version,...")
    p.add_argument("--pages", type=int, default=200)
    p.add_argument("--runs", type=int, default=5)
    p.add_argument("--burst", type=int, default=1, help="reviews made at once in each run")
    p.add_argument("--server-pid", type=int, required=True)
    p.add_argument("--timeout", type=float, default=30)
    args = p.parse_args()
    claims = [c.split(":") for c in args.claims.split(",")]
    versions = {c: int(v) for c, v in claims}
    order = [c for c, _ in claims]
    if args.burst > len(order):
        raise SystemExit(f"--burst {args.burst} needs that many claims; have {len(order)}")

    pages = [Page(args) for _ in range(args.pages)]
    readies = [asyncio.Event() for _ in pages]
    streams = [asyncio.ensure_future(pg.run(r)) for pg, r in zip(pages, readies)]
    await asyncio.wait_for(asyncio.gather(*(r.wait() for r in readies)), 30)
    await asyncio.sleep(2)  # presence announcements settle

    rows = []
    for run in range(args.runs):
        batch = order[(run * args.burst) % len(order):][:args.burst]
        if len(batch) < args.burst:
            batch = order[:args.burst]
        status = "verified" if run % 2 else "disputed"
        cpu0, t0 = cpu_seconds(args.server_pid), time.monotonic()
        new = await asyncio.gather(*(review(args, c, versions[c], status) for c in batch))
        posted = time.monotonic() - t0
        keys = list(zip(batch, new))
        for c, v in keys:
            versions[c] = v
        deadline = t0 + args.timeout
        while time.monotonic() < deadline:
            if all(all(pg.got.get(k, (0, None))[1] for k in keys) for pg in pages):
                break
            await asyncio.sleep(0.005)
        t1 = time.monotonic()
        cpu = cpu_seconds(args.server_pid) - cpu0
        fresh = sum(all(pg.got.get(k, (0, None))[1] for k in keys) for pg in pages)
        events = [pg.got[k][0] - t0 for pg in pages for k in keys if k in pg.got]
        cards = [pg.got[k][1] - t0 for pg in pages for k in keys if pg.got.get(k, (0, None))[1]]
        row = {
            "run": run + 1, "changes": len(keys), "pages_fresh": fresh,
            "post_ms": posted * 1000,
            "all_events_ms": max(events) * 1000 if events else float("nan"),
            "median_card_ms": statistics.median(cards) * 1000 if cards else float("nan"),
            "all_cards_ms": (t1 - t0) * 1000,
            "server_cpu_ms": cpu * 1000,
            "server_cores": cpu / (t1 - t0) if t1 > t0 else 0,
        }
        rows.append(row)
        print("run {run}: {changes} change(s), {pages_fresh}/{0} pages fresh; reviews answered in "
              "{post_ms:.0f} ms; all events by {all_events_ms:.0f} ms; median page's card at "
              "{median_card_ms:.0f} ms; all cards by {all_cards_ms:.0f} ms; server CPU "
              "{server_cpu_ms:.0f} ms ({server_cores:.2f} cores)".format(args.pages, **row))
        await asyncio.sleep(1)
    for pg in streams:
        pg.cancel()
    full = [r["all_cards_ms"] for r in rows]
    cpu = [r["server_cpu_ms"] for r in rows]
    me = resource.getrusage(resource.RUSAGE_SELF)
    print(f"{args.pages} pages, {args.runs} runs of {args.burst} change(s): time until all pages had the "
          f"fresh card(s): median {statistics.median(full):.0f} ms, max {max(full):.0f} ms; server CPU "
          f"per run median {statistics.median(cpu):.0f} ms; this client used "
          f"{me.ru_utime + me.ru_stime:.1f} s CPU")
    ok = all(r["pages_fresh"] == args.pages for r in rows)
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    asyncio.run(main())
