"""Screenshot of a signed-in claimdesk page with headless Chromium (Debian's chromium) over the DevTools
protocol: python3 scripts/screenshot.py SESSION_COOKIE_VALUE URL OUT.png  (needs `pip install websockets`).
The cookie value is the claimdesk_session cookie of a signed-in browser (e.g. from a curl cookie jar)."""
import asyncio, json, subprocess, base64, sys, urllib.request, urllib.parse, time, tempfile
cookie=sys.argv[1]; url=sys.argv[2]; out=sys.argv[3]
p=subprocess.Popen(["chromium","--headless","--no-sandbox","--disable-gpu","--disable-quic","--no-first-run","--disable-background-networking","--disable-component-update","--disable-sync","--remote-debugging-port=9333","--user-data-dir="+tempfile.mkdtemp(),"--window-size=1280,1000","about:blank"],stderr=subprocess.DEVNULL)
import websockets
async def main():
    for _ in range(50):
        try:
            tabs=json.load(urllib.request.urlopen("http://127.0.0.1:9333/json")); break
        except Exception: time.sleep(0.2)
    ws_url=[t for t in tabs if t['type']=='page'][0]['webSocketDebuggerUrl']
    async with websockets.connect(ws_url, max_size=50_000_000) as ws:
        n=0
        async def call(m,params={}):
            nonlocal n; n+=1; await ws.send(json.dumps({"id":n,"method":m,"params":params}))
            while True:
                r=json.loads(await ws.recv())
                if r.get("id")==n: return r
        await call("Network.enable")
        await call("Network.setCookie",{"name":"claimdesk_session","value":cookie,"url":urllib.parse.urljoin(url, "/"),"httpOnly":True})
        await call("Emulation.setDeviceMetricsOverride",{"width":1280,"height":1000,"deviceScaleFactor":1,"mobile":False})
        await call("Page.enable")
        await call("Page.navigate",{"url":url})
        await asyncio.sleep(2)
        r=await call("Page.captureScreenshot",{"format":"png"})
        open(out,"wb").write(base64.b64decode(r["result"]["data"]))
asyncio.run(main()); p.terminate()
