#!/usr/bin/env python3
"""Open-loop load on the public channel: panic alerts or reports at a fixed rate.

wrk keeps a fixed number of requests in flight and sends the next one only when an
answer comes back, so a slow server is asked less and its latency looks better than a
person would see it ("coordinated omission"). This script sends at the rate asked for,
whatever the server does, and measures each request's latency from the moment it was
due, so waiting for a free connection counts too.

It writes every acknowledged alert id or report code (an answer of 201, or 200 for an
alert id already stored) to --acked, one per line, so that Benchmarks/public-reporting.sh
can check after `kill -9` and a restart that every one of them is in the database.

    public-load.py --base http://127.0.0.1:8080 --kind alerts --rate 500 --duration 30 --acked acked.txt

Reports need a proof of work each: the script fetches the challenges first (one per
report, since a challenge buys one report) and solves them, so the load itself measures
the server. Only the standard library is used.
"""
import argparse
import asyncio
import hashlib
import json
import random
import statistics
import sys
import time
import uuid


def leading_zero_bits(digest: bytes) -> int:
    count = 0
    for byte in digest:
        if byte == 0:
            count += 8
            continue
        return count + 8 - byte.bit_length()
    return count


def solve(challenge: str, bits: int) -> str:
    nonce = 0
    while leading_zero_bits(hashlib.sha256(f"{challenge}:{nonce}".encode()).digest()) < bits:
        nonce += 1
    return str(nonce)


class Connection:
    """One keep-alive HTTP/1.1 connection; reopened after an error or a close."""

    def __init__(self, host: str, port: int):
        self.host, self.port = host, port
        self.reader = self.writer = None

    async def request(self, method: str, path: str, body: bytes, headers: dict) -> tuple[int, bytes]:
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        lines = [f"{method} {path} HTTP/1.1", f"Host: {self.host}:{self.port}", f"Content-Length: {len(body)}"]
        lines += [f"{name}: {value}" for name, value in headers.items()]
        try:
            self.writer.write(("\r\n".join(lines) + "\r\n\r\n").encode() + body)
            status_line = await self.reader.readline()
            if not status_line:
                raise ConnectionError("closed")
            status = int(status_line.split()[1])
            length, closing = 0, False
            while True:
                line = await self.reader.readline()
                if line in (b"\r\n", b""):
                    break
                name, _, value = line.decode("latin-1").partition(":")
                if name.lower() == "content-length":
                    length = int(value)
                elif name.lower() == "connection" and value.strip().lower() == "close":
                    closing = True
            payload = await self.reader.readexactly(length) if length else b""
            if closing:
                self.close()
            return status, payload
        except Exception:
            self.close()
            raise

    def close(self):
        if self.writer is not None:
            self.writer.close()
        self.reader = self.writer = None


async def fetch_challenges(host: str, port: int, count: int, workers: int = 8) -> list[tuple[str, str]]:
    """Gets `count` challenges and solves each one."""
    solved: list[tuple[str, str]] = []

    async def worker(share: int):
        connection = Connection(host, port)
        for _ in range(share):
            status, payload = await connection.request("GET", "/api/v1/public/reports/challenge", b"", {})
            if status != 200:
                raise SystemExit(f"challenge: HTTP {status}: {payload[:200]!r}")
            answer = json.loads(payload)
            solved.append((answer["challenge"], solve(answer["challenge"], answer["bits"])))
        connection.close()

    shares = [count // workers + (1 if index < count % workers else 0) for index in range(workers)]
    await asyncio.gather(*(worker(share) for share in shares))
    return solved


def alert_body(index: int) -> tuple[str, bytes]:
    identifier = str(uuid.uuid4())
    body = {"id": identifier, "latitude": round(random.uniform(-40, 50), 6), "longitude": round(random.uniform(-80, 120), 6),
            "accuracy_m": random.choice([8, 15, 30, 120]), "sent_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())}
    if index % 4 == 0:
        body["basic_data"] = {"name": f"Person {index}", "phone": f"+5730000{index % 100000:05d}", "note": "I cannot leave the building."}
    return identifier, json.dumps(body).encode()


def report_body(index: int, proof: tuple[str, str]) -> bytes:
    body = {"language": "en" if index % 3 else "zh-Hans",
            "description": f"Report {index}: workers at a farm outside the town have had their passports taken and are not paid. "
                           "They are watched by a guard at night and told they owe money for the journey. " * 2,
            "anonymous": True, "website": "", "proof": {"challenge": proof[0], "nonce": proof[1]}}
    if index % 2 == 0:
        body["location"] = {"latitude": round(random.uniform(-40, 50), 6), "longitude": round(random.uniform(-80, 120), 6), "accuracy_m": 50}
    if index % 5 == 0:
        body["anonymous"] = False
        body["contact"] = {"phone": f"+5730000{index % 100000:05d}", "preferred": "phone"}
    return json.dumps(body).encode()


async def run(args) -> dict:
    host, port = args.base.split("//", 1)[1].split(":")
    port = int(port.rstrip("/"))
    total = int(args.rate * args.duration)
    proofs = await fetch_challenges(host, port, total) if args.kind == "reports" else []
    pool: asyncio.Queue = asyncio.Queue()
    for _ in range(args.connections):
        pool.put_nowait(Connection(host, port))
    latencies: list[float] = []
    statuses: dict[str, int] = {}
    acked = open(args.acked, "w") if args.acked else None
    path = "/api/v1/public/alerts" if args.kind == "alerts" else "/api/v1/public/reports"

    async def one(index: int, due: float):
        if args.kind == "alerts":
            key, body = alert_body(index)
        else:
            key, body = None, report_body(index, proofs[index])
        connection = await pool.get()
        try:
            status, payload = await connection.request("POST", path, body, {"Content-Type": "application/json",
                                                                             "X-Libertas-Device": f"bench-{index % 200}"})
        except Exception:
            status, payload = None, b""
        finally:
            pool.put_nowait(connection)
        latencies.append(time.perf_counter() - due)
        label = str(status) if status else "connection error"
        statuses[label] = statuses.get(label, 0) + 1
        if status in (200, 201) and acked:
            acked.write((key if key else json.loads(payload)["code"]) + "\n")
            acked.flush()

    start = time.perf_counter()
    tasks = []
    for index in range(total):
        due = start + index / args.rate
        delay = due - time.perf_counter()
        if delay > 0:
            await asyncio.sleep(delay)
        tasks.append(asyncio.ensure_future(one(index, due)))
    await asyncio.gather(*tasks)
    elapsed = time.perf_counter() - start
    if acked:
        acked.close()
    latencies.sort()

    def percentile(fraction: float) -> float:
        return latencies[min(len(latencies) - 1, int(fraction * len(latencies)))] * 1000

    return {"kind": args.kind, "requests": total, "seconds": round(elapsed, 2), "achieved_per_second": round(total / elapsed, 1),
            "p50_ms": round(percentile(0.50), 1), "p95_ms": round(percentile(0.95), 1), "p99_ms": round(percentile(0.99), 1),
            "max_ms": round(latencies[-1] * 1000, 1), "mean_ms": round(statistics.fmean(latencies) * 1000, 1), "statuses": statuses}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--base", required=True, help="for example http://127.0.0.1:8080")
    parser.add_argument("--kind", choices=["alerts", "reports"], required=True)
    parser.add_argument("--rate", type=float, default=500, help="requests per second")
    parser.add_argument("--duration", type=float, default=30, help="seconds")
    parser.add_argument("--connections", type=int, default=64, help="keep-alive connections at most")
    parser.add_argument("--acked", help="file for the acknowledged alert ids or report codes")
    args = parser.parse_args()
    if args.rate <= 0 or args.duration <= 0 or args.connections <= 0:
        sys.exit("--rate, --duration and --connections must be positive")
    print(json.dumps(asyncio.run(run(args))))


if __name__ == "__main__":
    main()
