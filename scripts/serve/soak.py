"""`ogi serve` under hostile load, on localhost only, for a bounded time.

    python3 soak.py run BASE_URL PID SECONDS EXAMPLE_JSON   # the whole soak; exit 1 on a failure
    python3 soak.py idle HOST PORT COUNT SECONDS            # one holder of idle connections

`run` starts two `idle` holders (a process can hold only so many sockets), then, until
SECONDS have passed:

- a normal check every second: the bundled JSON report posted to /api/check, which must be
  answered 200 within 1 s;
- 200 slow uploads: each declares a body of 16 KiB to 1 MiB, the size of a report, and sends
  1 KiB a second, and starts again a second after it is answered (408 at the upload time, or
  503 when the budget has no room for it);
- hostile files, one at a time: lines of brackets, 19 MiB of a table's text and of random
  bytes, a body declared over the limit, a malformed head, a head sent a byte at a time, and
  HTML 200,000 elements deep (which the reader takes minutes over: it runs to the time
  limit); every answer must be one the server gives on purpose (200, 400, 408, 413, 422 or
  503), or, for the head sent a byte at a time, the connection closed;
- the idle holders: 10,000 connections each (fewer if the open-file limit is lower) that
  send nothing, each opened again 0.2 s after the server closes it (at the cap, or idle), at
  most 100 times.

Then it asks the server for its form (it must answer) and reads its resident memory from
/proc: the peak (VmHWM) must stay under 512 MiB. It prints what each part saw. Every loop is
bounded by the deadline and a count; every connection goes to the loopback address given.
"""

import asyncio
import json
import random
import resource
import socket
import subprocess
import sys
import threading
import time
from urllib.parse import urlparse

RSS_BOUND_MIB = 512
NORMAL_WITHIN = 1.0
SLOW_UPLOADS = 200
IDLE_CONNECTIONS = 20_000
IDLE_HOLDERS = 2
BOUNDARY = "ogi-soak-7d1e"
# Answers the server gives on purpose to a hostile request.
ON_PURPOSE = {200, 400, 408, 413, 422, 503}


def multipart(name, data):
    head = (
        f"--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{name}\"\r\n"
        "Content-Type: application/octet-stream\r\n\r\n"
    ).encode()
    return head + data + f"\r\n--{BOUNDARY}--\r\n".encode()


def post_head(path, length, content_type=f"multipart/form-data; boundary={BOUNDARY}"):
    return (
        f"POST {path} HTTP/1.1\r\nHost: soak\r\nConnection: close\r\n"
        f"Content-Type: {content_type}\r\nContent-Length: {length}\r\n\r\n"
    ).encode()


def status_of(raw):
    """The status of a response's first line, or None."""
    line = raw.split(b"\r\n", 1)[0].split(b" ")
    if len(line) >= 2 and line[1].isdigit():
        return int(line[1])
    return None


async def exchange(host, port, payload, timeout):
    """Sends `payload` (bytes, or a list of (bytes, pause) pieces) and reads the answer to the
    end. Returns (status or None, seconds, error or None).

    Plain sockets in two threads, one sending and one reading: a server that answers before
    the body is all sent (413, 503) closes while the client still sends, and the answer it
    sent first is still read (asyncio's streams would drop it for the reset)."""
    return await asyncio.to_thread(exchange_blocking, host, port, payload, timeout)


def exchange_blocking(host, port, payload, timeout):
    started = time.monotonic()
    try:
        sock = socket.create_connection((host, port), timeout=timeout)
    except OSError as e:
        return None, time.monotonic() - started, type(e).__name__
    pieces = payload if isinstance(payload, list) else [(payload, 0)]

    def send():
        try:
            for data, pause in pieces:
                sock.sendall(data)
                if pause:
                    time.sleep(pause)
        except OSError:
            pass

    sender = threading.Thread(target=send, daemon=True)
    sender.start()
    raw, error = b"", None
    try:
        while time.monotonic() - started < timeout:
            sock.settimeout(max(0.001, timeout - (time.monotonic() - started)))
            data = sock.recv(65536)
            if not data:
                break
            raw += data
        else:
            error = "timeout"
    except socket.timeout:
        error = "timeout"
    except OSError as e:
        error = type(e).__name__
    finally:
        sock.close()
    status = status_of(raw) if raw else None
    if status is None and error is None:
        error = "closed without an answer"
    return status, time.monotonic() - started, None if status is not None else error


async def normal(host, port, body, deadline, results):
    """A normal check every second."""
    payload = post_head("/api/check", len(body)) + body
    while time.monotonic() + NORMAL_WITHIN < deadline:
        tick = time.monotonic()
        status, seconds, error = await exchange(host, port, payload, NORMAL_WITHIN)
        results.append((status, seconds, error))
        await asyncio.sleep(max(0.0, 1.0 - (time.monotonic() - tick)))


async def slow_upload(host, port, deadline, seen, rng):
    """One slow sender: declares a body, sends 1 KiB a second, starts again when answered."""
    sizes = [16 << 10, 64 << 10, 256 << 10, 512 << 10, 1 << 20]
    for _ in range(1000):
        if time.monotonic() >= deadline:
            return
        length = rng.choice(sizes)
        writer = None
        try:
            reader, writer = await asyncio.wait_for(
                asyncio.open_connection(host, port), max(deadline - time.monotonic(), 0.001)
            )
            writer.write(post_head("/api/check", length, "application/octet-stream"))
            await writer.drain()
            sent = 0
            answered = None
            while time.monotonic() < deadline and sent < length:
                try:
                    raw = await asyncio.wait_for(reader.read(4096), 1.0)
                    answered = status_of(raw) if raw else "closed"
                    break
                except asyncio.TimeoutError:
                    pass
                chunk = min(1024, length - sent)
                writer.write(b"a" * chunk)
                await writer.drain()
                sent += chunk
            key = "going at the end" if answered is None else str(answered)
            seen[key] = seen.get(key, 0) + 1
            if answered is None:
                return
            # As a client told Retry-After would, if not so long.
            await asyncio.sleep(1.0)
        except asyncio.TimeoutError:
            seen["no connection by the end"] = seen.get("no connection by the end", 0) + 1
            return
        except (ConnectionError, OSError) as e:
            seen[type(e).__name__] = seen.get(type(e).__name__, 0) + 1
            await asyncio.sleep(0.5)
        finally:
            if writer is not None:
                writer.close()


def hostile_files(rng):
    """(name, payload, timeout) of each hostile request, built once."""
    deep = b"<html><body>" + b"<div>" * 200_000 + "政府信息公开".encode() + b"</div>" * 200_000
    brackets = b"".join(
        ("（" * 2000 + "[" * 2000 + "(" * 2000 + "\n").encode() for _ in range(300)
    )
    table_text = "".join(
        f"{i} {' '.join(str(rng.randrange(1000)) for _ in range(7))}\n" for i in range(900_000)
    ).encode()[: 19 << 20]
    binary = rng.randbytes(19 << 20)
    slow_head = [(bytes([b]), 0.05) for b in b"GET / HTTP/1.1\r\nHost: soak\r\nX-Pad: " + b"a" * 400]
    # Deep HTML last: it holds a check slot for the whole time limit.
    return [
        ("bracket lines", post_head("/api/check", len(m := multipart("brackets.txt", brackets))) + m, 60),
        ("19 MiB of table text", post_head("/api/check", len(m := multipart("big.txt", table_text))) + m, 60),
        ("19 MiB of random bytes", post_head("/api/check", len(m := multipart("big.pdf", binary))) + m, 60),
        ("body declared over the limit", [(post_head("/api/check", 25 << 20), 0), (b"a" * (1 << 20), 0)], 30),
        ("malformed head", b"POST /api/check HTTP/1.1\r\nContent-Length: x\r\n\r\n", 30),
        ("head a byte at a time", slow_head, 30),
        ("deep HTML", post_head("/api/check", len(m := multipart("deep.html", deep))) + m, 60),
    ]


async def hostile(host, port, deadline, seen, files):
    for _ in range(10_000):
        for name, payload, timeout in files:
            if time.monotonic() + 1 >= deadline:
                return
            status, seconds, error = await exchange(
                host, port, payload, min(timeout, max(1.0, deadline - time.monotonic()))
            )
            entry = seen.setdefault(name, {"answers": {}, "slowest": 0.0})
            key = str(status) if status is not None else error
            entry["answers"][key] = entry["answers"].get(key, 0) + 1
            entry["slowest"] = max(entry["slowest"], seconds)


def memory(pid):
    fields = {}
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            name, _, value = line.partition(":")
            if name in ("VmRSS", "VmHWM"):
                fields[name] = int(value.split()[0]) / 1024
    return fields


async def run(base, pid, seconds, example):
    url = urlparse(base)
    host, port = url.hostname, url.port
    if host not in ("127.0.0.1", "localhost", "::1"):
        sys.exit(f"soak: {host} is not the loopback address")
    rng = random.Random(20261207)
    body = multipart("normal.json", open(example, "rb").read())
    files = hostile_files(rng)
    started = time.monotonic()
    deadline = started + seconds
    # Each holder's sockets count against its own open-file limit.
    files_allowed = resource.getrlimit(resource.RLIMIT_NOFILE)[0]
    per_holder = max(0, min(IDLE_CONNECTIONS // IDLE_HOLDERS, files_allowed - 200))
    holders = [
        subprocess.Popen(
            [sys.executable, __file__, "idle", host, str(port), str(per_holder), str(seconds)],
            stdout=subprocess.PIPE,
            text=True,
        )
        for _ in range(IDLE_HOLDERS)
    ]
    normal_results, slow_seen, hostile_seen = [], {}, {}
    tasks = [normal(host, port, body, deadline, normal_results)]
    tasks += [slow_upload(host, port, deadline, slow_seen, random.Random(i)) for i in range(SLOW_UPLOADS)]
    tasks.append(hostile(host, port, deadline, hostile_seen, files))
    await asyncio.gather(*tasks)
    idle = []
    for holder in holders:
        try:
            idle.append(json.loads(holder.communicate(timeout=60)[0] or "{}"))
        except subprocess.TimeoutExpired:
            holder.kill()
            holder.communicate()
            idle.append({"error": "did not end within 60 s of the deadline"})
    up, _, _ = await exchange(host, port, b"GET / HTTP/1.1\r\nHost: soak\r\nConnection: close\r\n\r\n", 5)
    mem = memory(pid)

    failures = []
    late = [r for r in normal_results if r[0] != 200]
    answered = [r[1] for r in normal_results if r[0] == 200]
    print(f"soak: {seconds} s against {base} (pid {pid})")
    print(
        f"  normal JSON checks: {len(normal_results)}, answered 200 within {NORMAL_WITHIN:.0f} s: {len(answered)}"
        + (f", slowest {max(answered) * 1000:.0f} ms" if answered else "")
    )
    if not normal_results or late:
        failures.append(f"normal checks not answered 200 within {NORMAL_WITHIN} s: {late[:5]}")
    print(f"  slow uploads ({SLOW_UPLOADS} at once): {dict(sorted(slow_seen.items()))}")
    for name, entry in hostile_seen.items():
        print(f"  hostile, {name}: answers {entry['answers']}, slowest {entry['slowest']:.1f} s")
        odd = {k: v for k, v in entry["answers"].items() if not (k.isdigit() and int(k) in ON_PURPOSE)}
        if name == "head a byte at a time":
            # Closed at the header time, with nothing to answer.
            odd.pop("closed without an answer", None)
        # The last request of each kind may still be going at the deadline.
        if odd.get("timeout") == 1:
            odd.pop("timeout")
        if odd:
            failures.append(f"hostile {name}: answers not on purpose {odd}")
    for i, holder in enumerate(idle):
        print(f"  idle holder {i + 1}: {holder}")
    held = sum(h.get("most_open", 0) for h in idle)
    print(f"  idle connections held at once by the holders, at most: {held} of {IDLE_CONNECTIONS}")
    if per_holder * IDLE_HOLDERS < IDLE_CONNECTIONS:
        print(f"  (the open-file limit, {files_allowed}, allows fewer: raise it with ulimit -n)")
    print(f"  the server after the soak: form answered {up}; VmRSS {mem['VmRSS']:.1f} MiB, peak VmHWM {mem['VmHWM']:.1f} MiB (bound {RSS_BOUND_MIB} MiB)")
    if up != 200:
        failures.append(f"the server does not answer its form after the soak: {up}")
    if mem["VmHWM"] >= RSS_BOUND_MIB:
        failures.append(f"peak resident memory {mem['VmHWM']:.1f} MiB is over {RSS_BOUND_MIB} MiB")
    for failure in failures:
        print(f"FAIL {failure}")
    return 1 if failures else 0


async def hold_idle(host, port, count, seconds):
    """Holds `count` connections that send nothing, opening each again when the server closes
    it, each at most 100 times, until `seconds` have passed. Prints what it saw as JSON."""
    deadline = time.monotonic() + seconds
    stats = {"opened": 0, "closed_by_server": 0, "connect_errors": 0, "most_open": 0}
    open_now = 0

    async def one():
        nonlocal open_now
        for _ in range(100):
            if time.monotonic() >= deadline:
                return
            try:
                reader, writer = await asyncio.wait_for(
                    asyncio.open_connection(host, port), max(deadline - time.monotonic(), 0.001)
                )
            except asyncio.TimeoutError:
                stats["connect_timeouts"] = stats.get("connect_timeouts", 0) + 1
                return
            except (ConnectionError, OSError):
                stats["connect_errors"] += 1
                await asyncio.sleep(0.5)
                continue
            stats["opened"] += 1
            open_now += 1
            stats["most_open"] = max(stats["most_open"], open_now)
            try:
                left = deadline - time.monotonic()
                data = await asyncio.wait_for(reader.read(1), max(left, 0.001))
                if not data:
                    stats["closed_by_server"] += 1
            except asyncio.TimeoutError:
                pass
            except (ConnectionError, OSError):
                stats["closed_by_server"] += 1
            finally:
                open_now -= 1
                writer.close()
            # Not at once: the server's idle timeout would otherwise make this a flood.
            await asyncio.sleep(0.2)

    await asyncio.gather(*(one() for _ in range(count)))
    print(json.dumps(stats))


def main():
    if len(sys.argv) == 6 and sys.argv[1] == "run":
        _, _, base, pid, seconds, example = sys.argv
        sys.exit(asyncio.run(run(base, int(pid), float(seconds), example)))
    if len(sys.argv) == 6 and sys.argv[1] == "idle":
        _, _, host, port, count, seconds = sys.argv
        asyncio.run(hold_idle(host, int(port), int(count), float(seconds)))
        return
    sys.exit(__doc__)


if __name__ == "__main__":
    main()
