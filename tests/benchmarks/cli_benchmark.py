#!/usr/bin/env python3
"""dintero-sessions against a standalone checkout-sandbox. Prints figures; never fails on time.

- `list --all --format json` over 10,000 sessions against a Python standard-library walk
  of the same pages in the same run (http.client keep-alive and json.loads, as a script
  would), both as fresh processes, alternating: goal at most 0.5x.
- Peak resident memory (the child's ru_maxrss) of `list --all` over 100,000 sessions in
  every format: goal under 64 MB.

Usage: cli_benchmark.py DINTERO_SESSIONS CHECKOUT_SANDBOX [rounds]
"""

import os
import re
import resource
import statistics
import subprocess
import sys
import time

ACCOUNT = "T12345678"
API_KEY = "T12345678.demo-api-key"
FORMATS = ("json", "ndjson", "csv", "table")

# The walk a support engineer would write with the standard library.
PYTHON_WALK = r"""
import http.client, json, sys
host, port, key = sys.argv[1], int(sys.argv[2]), sys.argv[3]
connection = http.client.HTTPConnection(host, port)
headers = {"x-api-key": key, "Accept": "application/json"}
cursor, count = None, 0
while True:
    path = "/v1/sessions?limit=100" + (f"&starting_after={cursor}" if cursor else "")
    connection.request("GET", path, headers=headers)
    response = connection.getresponse()
    page = json.loads(response.read())
    if response.status != 200:
        sys.exit(f"HTTP {response.status}")
    count += len(page)
    if len(page) < 100:
        break
    cursor = page[-1]["id"]
print(count)
"""


def figure(name, value, unit, op, goal):
    print(f"FIGURE\t{name}\t{value:.3f}\t{unit}\t{op}\t{goal:g}", flush=True)


class Sandbox:
    def __init__(self, executable, sessions):
        self.process = subprocess.Popen(
            [executable, "--port", "0", "--sessions", str(sessions)],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        line = self.process.stdout.readline()
        match = re.search(r"http://([^:/]+):(\d+)(/v1)", line)
        if not match:
            self.process.kill()
            raise SystemExit(f"checkout-sandbox did not start: {line!r}")
        self.host, self.port = match.group(1), int(match.group(2))
        self.base_url = f"http://{self.host}:{self.port}/v1"

    def stop(self):
        self.process.terminate()
        self.process.wait()


def run_child(arguments, environment=None, cpu=None):
    """Wall seconds, peak resident MB and exit status of one child, stdout discarded;
    its CPU seconds appended to `cpu` if given."""
    start = time.perf_counter()
    child = subprocess.Popen(arguments, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=environment)
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - start
    if cpu is not None:
        cpu.append(usage.ru_utime + usage.ru_stime)
    error = child.stderr.read().decode(errors="replace")
    child.stderr.close()
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        print(f"{arguments[0]} exited {child.returncode}: {error.strip()}", file=sys.stderr)
    return seconds, usage.ru_maxrss / 1024.0, child.returncode


def cli_arguments(executable, sandbox, output_format):
    return [executable, "--base-url", sandbox.base_url, "--account-id", ACCOUNT, "--api-key", API_KEY,
            "list", "--all", "--format", output_format]


def main():
    if len(sys.argv) < 3:
        raise SystemExit(__doc__)
    cli, sandbox_executable = sys.argv[1], sys.argv[2]
    rounds = int(sys.argv[3]) if len(sys.argv) > 3 else 3
    environment = dict(os.environ, LANG="C.UTF-8")

    sandbox = Sandbox(sandbox_executable, 10000)
    try:
        python = [sys.executable, "-c", PYTHON_WALK, sandbox.host, str(sandbox.port), API_KEY]
        run_child(python)  # warm up the sandbox and the page cache
        run_child(cli_arguments(cli, sandbox, "json"), environment)
        cli_times, python_times, cli_cpu, python_cpu = [], [], [], []
        for round_ in range(rounds):
            order = [("cli", cli_arguments(cli, sandbox, "json")), ("python", python)]
            if round_ % 2:
                order.reverse()
            for name, arguments in order:
                seconds, _, status = run_child(arguments, environment, cli_cpu if name == "cli" else python_cpu)
                if status != 0:
                    return 1
                (cli_times if name == "cli" else python_times).append(seconds)
        cli_s, python_s = statistics.median(cli_times), statistics.median(python_times)
        print(f"10,000 sessions, pages of 100, median of {rounds}: dintero-sessions --format json {cli_s * 1000:.0f} ms, "
              f"Python http.client + json.loads {python_s * 1000:.0f} ms")
        # Both wait for the same sandbox; their own CPU time says what each process costs.
        print(f"  CPU time of the process: dintero-sessions {statistics.median(cli_cpu) * 1000:.0f} ms, "
              f"Python {statistics.median(python_cpu) * 1000:.0f} ms")
        for output_format in FORMATS[1:]:
            seconds, _, _ = run_child(cli_arguments(cli, sandbox, output_format), environment)
            print(f"  dintero-sessions --format {output_format}: {seconds * 1000:.0f} ms")
        figure("CLI walk of 10,000 sessions in JSON / Python standard library", cli_s / python_s, "x", "<=", 0.5)
    finally:
        sandbox.stop()

    sandbox = Sandbox(sandbox_executable, 100000)
    try:
        for output_format in FORMATS:
            seconds, peak_mb, status = run_child(cli_arguments(cli, sandbox, output_format), environment)
            if status != 0:
                return 1
            print(f"100,000 sessions --format {output_format}: {seconds:.2f} s, peak resident {peak_mb:.1f} MB")
            figure(f"CLI peak memory, 100,000 sessions, {output_format}", peak_mb, "MB", "<", 64)
    finally:
        sandbox.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
