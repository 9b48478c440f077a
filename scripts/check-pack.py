#!/usr/bin/env python3
"""Opens the review pack in headless Chromium, from disk (file://, no server, no network), and checks it as a
reader would: every page loads with no console error, no uncaught exception and no failed request; every
internal link resolves (the file exists and, for a #fragment, the element exists on that page); a simulated
map's page carries the heat overlay (inline SVG with heat-coloured steps); a before/after page marks the changed
steps on its diagram; the diagram search finds a step; the reorganization what-if (the worked example's page)
shows its summary to read aloud, the unit and person tables, the marked kedudukan and both heat overlays, and
the index links to it.
Then takes screenshots of the index and one map page at desktop (1920x1080) and projector (1280x720) sizes, and
of the reorganization section at desktop size.

Chromium is driven through the DevTools protocol over a pipe (--remote-debugging-pipe), so the check needs
only the Python standard library and Debian's `chromium` package, which it installs with apt-get when missing.

Usage: python3 scripts/check-pack.py PACK_DIR [--screenshots DIR] [--page kaltim/kaltim.pd-tipe-2.html]
Exits 1 and prints one line per problem when a check fails; prints "N passed, 0 failed" when all pass.
"""
import argparse, base64, html.parser, json, os, pathlib, shutil, subprocess, sys, tempfile, time, urllib.parse

parser = argparse.ArgumentParser()
parser.add_argument("pack")
parser.add_argument("--screenshots", default=None)
parser.add_argument("--page", default="kaltim/kaltim.pd-tipe-2.html", help="the simulated map page to check and screenshot")
parser.add_argument("--diff-page", default="kaltim/kaltim.pd-tipe-1.html", help="a page with a before/after pair to check")
parser.add_argument("--reorg-page", default="kaltim/kaltim.contoh.dinas-kesehatan.pd-tipe-1.html",
                    help="the page of a reorganization what-if on people (per unit and per person)")
parser.add_argument("--timeout", type=float, default=60)
args = parser.parse_args()
pack = pathlib.Path(args.pack).resolve()
if not (pack / "index.html").is_file():
    sys.exit(f"check-pack: no index.html in {pack}; run 'make review' first")


def find_chromium():
    for name in ("chromium", "chromium-browser"):
        path = shutil.which(name)
        if path:
            return path
    sudo = [] if os.geteuid() == 0 else ["sudo"]
    print("check-pack: installing Debian's chromium with apt-get", file=sys.stderr)
    subprocess.run(sudo + ["apt-get", "update", "-qq"], check=True)
    subprocess.run(sudo + ["env", "DEBIAN_FRONTEND=noninteractive", "apt-get", "install", "-y", "-qq", "chromium"],
                   check=True, stdout=subprocess.DEVNULL)
    return shutil.which("chromium")


class Browser:
    """Headless Chromium over the DevTools pipe: fd 3 carries commands in, fd 4 carries replies and events out,
    each message JSON ended by a NUL byte."""

    def __init__(self, executable):
        self.profile = tempfile.mkdtemp(prefix="probis-check-pack-")
        to_chrome_r, self.to_chrome = os.pipe()
        self.from_chrome, from_chrome_w = os.pipe()

        def plumbing():
            os.dup2(to_chrome_r, 3)
            os.dup2(from_chrome_w, 4)

        self.process = subprocess.Popen(
            [executable, "--headless", "--remote-debugging-pipe", "--no-sandbox", "--disable-gpu",
             "--no-first-run", "--no-default-browser-check", "--disable-extensions", "--disable-background-networking",
             "--disable-sync", "--disable-component-update", "--hide-scrollbars", "--font-render-hinting=none",
             f"--user-data-dir={self.profile}", "about:blank"],
            pass_fds=(3, 4), preexec_fn=plumbing, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(to_chrome_r)
        os.close(from_chrome_w)
        self.buffer = b""
        self.next_id = 0
        self.events = []
        target = self.call("Target.createTarget", {"url": "about:blank"})["targetId"]
        self.session = self.call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        for domain in ("Page", "Runtime", "Log", "Network"):
            self.call(domain + ".enable", session=True)

    def send(self, method, params=None, session=False):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = self.session
        os.write(self.to_chrome, json.dumps(message).encode() + b"\0")
        return self.next_id

    def receive(self, deadline):
        while b"\0" not in self.buffer:
            if time.monotonic() > deadline:
                raise TimeoutError("no answer from chromium")
            chunk = os.read(self.from_chrome, 1 << 20)
            if not chunk:
                raise RuntimeError("chromium closed the pipe")
            self.buffer += chunk
        raw, self.buffer = self.buffer.split(b"\0", 1)
        return json.loads(raw)

    def call(self, method, params=None, session=False):
        number = self.send(method, params, session)
        deadline = time.monotonic() + args.timeout
        while True:
            message = self.receive(deadline)
            if message.get("id") == number:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})
            self.events.append(message)

    def wait_for(self, method):
        deadline = time.monotonic() + args.timeout
        while True:
            for index, event in enumerate(self.events):
                if event.get("method") == method:
                    return self.events.pop(index)
            self.events.append(self.receive(deadline))

    def open(self, url):
        self.events = []
        self.call("Page.navigate", {"url": url}, session=True)
        self.wait_for("Page.loadEventFired")
        self.evaluate("new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
        problems = []
        for event in self.events:
            method, params = event.get("method"), event.get("params", {})
            if method == "Runtime.exceptionThrown":
                details = params["exceptionDetails"]
                problems.append("uncaught exception: " + details.get("exception", {}).get("description", details.get("text", "")))
            elif method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
                problems.append("console error: " + " ".join(str(a.get("value", a.get("description", ""))) for a in params.get("args", [])))
            elif method == "Log.entryAdded" and params["entry"].get("level") == "error":
                problems.append("browser error: " + params["entry"].get("text", "") + " " + params["entry"].get("url", ""))
            elif method == "Network.loadingFailed" and not params.get("canceled"):
                problems.append("failed request: " + params.get("errorText", ""))
            elif method == "Network.requestWillBeSent":
                request = params["request"]["url"]
                if not request.startswith(("file://", "data:", "about:")):
                    problems.append("network request: " + request)
        return problems

    def evaluate(self, expression):
        result = self.call("Runtime.evaluate", {"expression": expression, "awaitPromise": True, "returnByValue": True}, session=True)
        if "exceptionDetails" in result:
            raise RuntimeError(f"evaluating {expression[:60]}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def screenshot(self, path, width, height, then=None):
        self.call("Emulation.setDeviceMetricsOverride", {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False}, session=True)
        if then:
            self.evaluate(then)
        self.evaluate("new Promise(r => setTimeout(r, 200))")
        data = self.call("Page.captureScreenshot", {"format": "png"}, session=True)["data"]
        pathlib.Path(path).write_bytes(base64.b64decode(data))

    def close(self):
        try:
            self.send("Browser.close")
            self.process.wait(timeout=10)
        except Exception:
            self.process.kill()
        shutil.rmtree(self.profile, ignore_errors=True)


class Anchors(html.parser.HTMLParser):
    """The ids of one page, for checking #fragments."""

    def __init__(self):
        super().__init__()
        self.ids = set()

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name == "id" and value:
                self.ids.add(value)


ids_cache = {}


def ids_of(path):
    if path not in ids_cache:
        anchors = Anchors()
        anchors.feed(path.read_text(encoding="utf-8"))
        ids_cache[path] = anchors.ids
    return ids_cache[path]


LINKS = """Array.from(document.querySelectorAll('a[href], link[href], script[src], img[src]'))
  .map(e => e.getAttribute('href') || e.getAttribute('src') || e.getAttribute('xlink:href'))
  .concat(Array.from(document.querySelectorAll('a')).map(e => e.getAttribute('xlink:href')).filter(Boolean))"""

pages = sorted(pack.rglob("*.html"))
failures, passed = [], 0
browser = Browser(find_chromium())
try:
    for page in pages:
        relative = page.relative_to(pack)
        problems = browser.open(page.as_uri())
        for href in browser.evaluate(LINKS) or []:
            if not href or href.startswith("data:"):
                continue
            parsed = urllib.parse.urlparse(href)
            if parsed.scheme or parsed.netloc:
                problems.append(f"external link: {href}")
                continue
            target = (page.parent / urllib.parse.unquote(parsed.path)).resolve() if parsed.path else page
            if not target.is_file() or pack not in target.parents:
                problems.append(f"broken link: {href}")
            elif parsed.fragment and target.suffix == ".html" and parsed.fragment not in ids_of(target):
                problems.append(f"broken link: {href} (no element with id '{parsed.fragment}')")
        if problems:
            failures += [f"{relative}: {problem}" for problem in problems]
        else:
            passed += 1

    map_page = pack / args.page
    browser.open(map_page.as_uri())
    heat = browser.evaluate("""(() => {
      const figure = document.querySelector('figure[data-overlay=panas] svg');
      if (!figure) return null;
      const fills = Array.from(figure.querySelectorAll('g.node polygon, g.node path')).map(e => (e.getAttribute('fill') || '').toLowerCase());
      return {steps: fills.filter(f => ['#ffffcc', '#ffeda0', '#fed976', '#feb24c', '#fd8d3c'].includes(f)).length,
              bottleneck: (document.querySelector('#simulasi .catatan') || {}).textContent || ''};
    })()""")
    if not heat or heat["steps"] == 0 or "Hambatan utama" not in heat["bottleneck"]:
        failures.append(f"{args.page}: no heat overlay (heat-coloured steps and a named bottleneck) on the simulated map: {heat}")
    else:
        passed += 1
    found = browser.evaluate("""(() => {
      const input = document.querySelector('figure.diagram input[data-cari]');
      input.value = 'Kepala';
      input.dispatchEvent(new Event('input'));
      return input.closest('figure').querySelectorAll('.ketemu').length;
    })()""")
    if not found:
        failures.append(f"{args.page}: searching the diagram for 'Kepala' found nothing")
    else:
        passed += 1

    browser.open((pack / args.diff_page).as_uri())
    marks = browser.evaluate("""(() => {
      const figure = document.querySelector('figure[data-overlay=beda] svg');
      if (!figure) return null;
      return Array.from(figure.querySelectorAll('g.node polygon, g.node path'))
        .filter(e => ['#c7e9c0', '#fee391'].includes((e.getAttribute('fill') || '').toLowerCase())).length;
    })()""")
    if not marks:
        failures.append(f"{args.diff_page}: no before/after diagram with changed steps marked: {marks}")
    else:
        passed += 1

    browser.open((pack / args.reorg_page).as_uri())
    reorg = browser.evaluate("""(() => {
      const section = document.querySelector('section#penyetaraan');
      if (!section) return null;
      const marked = document.querySelector('#penyetaraan figure[data-overlay=beda] svg');
      return {summary: Array.from(section.querySelectorAll('#ringkasan-penyetaraan p')).map(p => p.textContent.trim()).filter(Boolean).length,
              units: section.querySelectorAll('#tabel-unit tbody tr').length,
              people: section.querySelectorAll('#tabel-pegawai tbody tr').length,
              significant: section.querySelectorAll('#tabel-pegawai tbody tr.bermakna').length,
              kedudukan: marked ? Array.from(marked.querySelectorAll('g.node polygon, g.node path'))
                .filter(e => ['#c7e9c0', '#fee391'].includes((e.getAttribute('fill') || '').toLowerCase())).length : 0,
              heat: section.querySelectorAll('figure[data-overlay=panas] svg').length};
    })()""")
    if not reorg or min(reorg["summary"], reorg["units"], reorg["people"], reorg["kedudukan"]) == 0 or reorg["heat"] != 2:
        failures.append(f"{args.reorg_page}: the reorganization section (summary, unit and person tables, marked kedudukan, "
                        f"heat before and after) is missing or incomplete: {reorg}")
    else:
        passed += 1
    browser.open((pack / "index.html").as_uri())
    linked = browser.evaluate(f"""Array.from(document.querySelectorAll('a.sorot'))
      .filter(a => a.getAttribute('href') === {json.dumps(args.reorg_page + '#penyetaraan')} && a.textContent.startsWith('Simulasi penyetaraan: ')).length""")
    if not linked:
        failures.append(f"index.html: no prominent link 'Simulasi penyetaraan: …' to {args.reorg_page}#penyetaraan")
    else:
        passed += 1

    if args.screenshots:
        out = pathlib.Path(args.screenshots)
        out.mkdir(parents=True, exist_ok=True)
        for name, width, height in (("desktop", 1920, 1080), ("projector", 1280, 720)):
            browser.open((pack / "index.html").as_uri())
            browser.screenshot(out / f"index-{name}.png", width, height)
            browser.open(map_page.as_uri() + "#simulasi")
            # Zoom the heat overlay in once, as a presenter would, so that the steps are legible.
            browser.evaluate("document.querySelector('figure[data-overlay=panas] button[data-zoom=masuk]').click()")
            browser.screenshot(out / f"map-{name}.png", width, height)
        browser.open((pack / args.reorg_page).as_uri())
        browser.screenshot(out / "reorganisasi-desktop.png", 1920, 1080, then="document.querySelector('#penyetaraan').scrollIntoView()")
        print(f"check-pack: screenshots in {out}")
finally:
    browser.close()

for failure in failures:
    print("check-pack: " + failure)
print(f"check-pack: {len(pages)} pages opened from disk in headless Chromium")
print(f"{passed} passed, {len(failures)} failed")
sys.exit(1 if failures else 0)
