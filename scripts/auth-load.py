"""Median latency of an article page view, and of a sign-in, against two claimdesk binaries.

Usage: python3 scripts/auth-load.py BEFORE_BINARY AFTER_BINARY  (release builds; BEFORE without accounts,
AFTER with them). Starts each on a local port with a fresh database, loads the sample article and
times 400 GETs of its page over one keep-alive connection (the first 50 are warm-up)."""
import http.client, re, statistics, subprocess, sys, tempfile, time, os, urllib.parse

def run(binary, port, with_auth):
    d = tempfile.mkdtemp()
    db = os.path.join(d, "load.db")
    if with_auth:
        subprocess.run([binary, "user", "add", "--email", "ada@example.org", "--name", "Ada", "--role", "admin",
                        "--password-stdin", "--db", db], input=b"correct horse battery staple\n", check=True,
                       capture_output=True)
    proc = subprocess.Popen([binary, "serve", "--db", db, "--bind", f"127.0.0.1:{port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        time.sleep(1.0)
        c = http.client.HTTPConnection("127.0.0.1", port)
        cookies = {}
        def req(method, path, body=None, headers=None):
            h = dict(headers or {})
            if cookies:
                h["Cookie"] = "; ".join(f"{k}={v}" for k, v in cookies.items())
            if body is not None:
                h["Content-Type"] = "application/x-www-form-urlencoded"
                body = urllib.parse.urlencode(body)
            c.request(method, path, body=body, headers=h)
            r = c.getresponse()
            data = r.read().decode()
            for k, v in r.getheaders():
                if k.lower() == "set-cookie":
                    name, val = v.split(";")[0].split("=", 1)
                    if val:
                        cookies[name] = val
                    else:
                        cookies.pop(name, None)
            return r, data
        csrf = ""
        login_times = []
        if with_auth:
            _, page = req("GET", "/login")
            csrf = re.search(r'name="csrf_token" value="([0-9a-f]+)"', page).group(1)
            for i in range(15):
                cookies.pop("claimdesk_session", None)
                _, page = req("GET", "/login")
                csrf = re.search(r'name="csrf_token" value="([0-9a-f]+)"', page).group(1)
                t = time.perf_counter()
                r, _ = req("POST", "/login", {"csrf_token": csrf, "email": "ada@example.org",
                                               "password": "correct horse battery staple"})
                login_times.append(time.perf_counter() - t)
                assert r.status == 303, r.status
            _, page = req("GET", "/")
            csrf = re.search(r'name="csrf_token" value="([0-9a-f]+)"', page).group(1)
        r, _ = req("POST", "/sample", {"csrf_token": csrf})
        assert r.status == 303, r.status
        path = r.getheader("Location")
        times = []
        for i in range(400):
            t = time.perf_counter()
            r, body = req("GET", path)
            times.append(time.perf_counter() - t)
            assert r.status == 200
        times = times[50:]
        return statistics.median(times) * 1000, (statistics.median(login_times) * 1000 if login_times else None)
    finally:
        proc.terminate()
        proc.wait()

before = run(sys.argv[1], 18601, False)
after = run(sys.argv[2], 18602, True)
print(f"article page view, median of 350: before {before[0]:.2f} ms, after {after[0]:.2f} ms")
print(f"sign-in (POST /login, right password), median of 15: {after[1]:.1f} ms")
