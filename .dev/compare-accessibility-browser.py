#!/usr/bin/env python3
"""Development-time check, not part of the build or the tests: compares what
`text-low-contrast` and `link-text-missing` report on the corpus's HTML with headless
Chromium's computed style and accessible names, at a 600px viewport.

    python3 .dev/compare-accessibility-browser.py [--corpus ../shared/corpus] [--show 30]

Needs python3, Debian's `chromium`, and a release build of mail-lint (built here).

Method. Every HTML template of `corpus/html` and every text/html part of the corpus's
messages (`eml`, `malformed`) (decoded by Python's `email`) is written to a file and linted as a template
(an `.html` file is linted as a template, which the accessibility rules read as transactional
mail). Chromium loads the same HTML with a measuring script appended:

- text-low-contrast: every text node that is not white space and is rendered (its Range has
  client rects of non-zero area, computed visibility `visible`, opacity along ancestors
  above 0) is measured as the link script measures link text: its colour blended with the
  opacity over the first opaque backdrop (undetermined over a background image, not
  counted), its WCAG ratio, and its font size. Text below 4.5:1 (3:1 from 24px) and at
  least 1.1:1 (below that it is hidden) is low; text inside a link whose text or href says
  unsubscribe, opt out or preferences is left out, as MailLint leaves opt-out links to its
  unsubscribe rules. Each document gives a set of colour pairs (text, background).
- link-text-missing: every `a[href]` that is rendered (a text Range or an image with area,
  or CSS alone for an image without a height, because no image loads offline) and whose
  accessible name is empty: its text, the alt of its images, `aria-label`, `title`. Links
  with an image without any `alt` (not marked as decoration, not a pixel) are left to
  `image-alt-missing`, and opt-out links to the
  unsubscribe rules, as MailLint does.

Agreement: for text-low-contrast, each colour pair either side found (channels within 2 of
each other) counts once, agreeing when both found it; for link-text-missing, each document
where either side found a link counts once, agreeing when both counted the same links.
"""
import argparse, email, email.policy, glob, html as htmlmod, json, os, re, subprocess, tempfile
import release_tool

MEASURE = r"""
<script>
(function(){
function parse(c){var m=c.match(/rgba?\(([^)]+)\)/);if(!m)return null;var p=m[1].split(/[ ,\/]+/).filter(Boolean).map(parseFloat);return {r:p[0],g:p[1],b:p[2],a:p.length>3?p[3]:1};}
function blend(f,b){return {r:f.r*f.a+b.r*(1-f.a),g:f.g*f.a+b.g*(1-f.a),b:f.b*f.a+b.b*(1-f.a),a:1};}
function lum(c){function ch(v){v/=255;return v<=0.04045?v/12.92:Math.pow((v+0.055)/1.055,2.4);}return 0.2126*ch(c.r)+0.7152*ch(c.g)+0.0722*ch(c.b);}
function ratio(a,b){var x=lum(a),y=lum(b);return (Math.max(x,y)+0.05)/(Math.min(x,y)+0.05);}
function hex(c){function h(v){v=Math.round(v).toString(16);return v.length<2?'0'+v:v;}return '#'+h(c.r)+h(c.g)+h(c.b);}
function backdrop(el){var layers=[];for(var e=el;e&&e.nodeType==1;e=e.parentElement){var s=getComputedStyle(e);if(s.backgroundImage&&s.backgroundImage!='none')return null;var c=parse(s.backgroundColor);if(c&&c.a>0){layers.push(c);if(c.a>=1)break;}}
 var base={r:255,g:255,b:255,a:1};for(var i=layers.length-1;i>=0;i--)base=blend(layers[i],base);return base;}
var optout=/unsubscribe|opt.?out|abmelden|désinscri|desinscri|darse de baja|preferences|einstellungen|abbestellen|uitschrijven|afmelden|cancel/i;
function inOptOut(n){for(var e=n.parentElement;e;e=e.parentElement){if(e.tagName=='A'&&(optout.test(e.textContent)||optout.test(e.getAttribute('href')||'')))return true;}return false;}
function opacity(el){var op=1;for(var e=el;e&&e.nodeType==1;e=e.parentElement){op*=parseFloat(getComputedStyle(e).opacity);}return op;}
var pairs={};var walker=document.createTreeWalker(document.body||document.documentElement,NodeFilter.SHOW_TEXT,null);
while(walker.nextNode()){var t=walker.currentNode;if(!t.nodeValue.trim())continue;var el=t.parentElement;if(!el||/^(SCRIPT|STYLE|TITLE|HEAD)$/.test(el.tagName))continue;
 var range=document.createRange();range.selectNodeContents(t);var rects=range.getClientRects();var area=0;for(var k=0;k<rects.length;k++)area+=rects[k].width*rects[k].height;if(area<=0)continue;
 var s=getComputedStyle(el);if(s.visibility!='visible')continue;var op=opacity(el);if(op<=0)continue;
 var bd=backdrop(el);var fg=parse(s.color);if(!bd||!fg)continue;var f=blend({r:fg.r,g:fg.g,b:fg.b,a:fg.a*op},bd);var r=ratio(f,bd);
 var large=parseFloat(s.fontSize)>=24;if(r<1.1||r>=(large?3:4.5))continue;if(inOptOut(t))continue;
 pairs[hex(f)+' '+hex(bd)]=r;}
var nameless=0;var links=document.querySelectorAll('a[href]');
for(var i=0;i<links.length;i++){var a=links[i];var imgs=a.querySelectorAll('img');var noAlt=false;var alts='';
 for(var k=0;k<imgs.length;k++){var im=imgs[k];var role=(im.getAttribute('role')||'').toLowerCase();var deco=role=='presentation'||role=='none'||(im.getAttribute('aria-hidden')||'').toLowerCase()=='true'||parseFloat(im.getAttribute('width'))<=2||parseFloat(im.getAttribute('height'))<=2;if(!im.hasAttribute('alt')){if(!deco)noAlt=true;}else alts+=im.getAttribute('alt');}
 if(noAlt)continue;if(optout.test(a.textContent)||optout.test(a.getAttribute('href')||''))continue;
 var name=(a.textContent+alts+(a.getAttribute('aria-label')||'')+(a.getAttribute('title')||'')).trim();if(name)continue;
 if(imgs.length==0)continue;
 var hidden=false;for(var e=imgs[0];e&&e.nodeType==1;e=e.parentElement){var es=getComputedStyle(e);if(es.display=='none'||es.visibility=='hidden'){hidden=true;break;}}
 if(!hidden)nameless++;}
var pre=document.createElement('pre');pre.id='maillint-measure';pre.textContent=JSON.stringify({pairs:pairs,nameless:nameless});document.documentElement.appendChild(pre);
})();
</script>
"""


def chromium(path):
    cmd = ["chromium", "--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
           "--window-size=600,2000", "--virtual-time-budget=3000", "--blink-settings=imagesEnabled=false",
           "--dump-dom", "file://" + path]
    try:
        out = subprocess.run(cmd, capture_output=True, text=True, timeout=60).stdout
    except subprocess.TimeoutExpired:
        return None
    start = out.rfind('<pre id="maillint-measure">')
    if start < 0:
        return None
    text = out[start + len('<pre id="maillint-measure">'):]
    return json.loads(htmlmod.unescape(text[:text.find("</pre>")]))


def html_parts(path):
    msg = email.message_from_bytes(open(path, "rb").read(), policy=email.policy.default)
    parts = []
    for part in msg.walk():
        if part.get_content_type() == "text/html":
            try:
                parts.append(part.get_content())
            except Exception:
                parts.append((part.get_payload(decode=True) or b"").decode("utf-8", "replace"))
    return parts


def rgb(hexcolor):
    return tuple(int(hexcolor[i:i + 2], 16) for i in (1, 3, 5))


def near(a, b):
    return all(abs(x - y) <= 2 for x, y in zip(rgb(a[0]) + rgb(a[1]), rgb(b[0]) + rgb(b[1])))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default=os.path.join(os.path.dirname(__file__), "..", "..", "shared", "corpus"))
    ap.add_argument("--show", type=int, default=30)
    ap.add_argument("--json", help="write the browser's measurements per document here, for review-accessibility.py")
    opts = ap.parse_args()
    measurements = {}
    tool = release_tool.mail_lint()
    documents = []
    for path in sorted(glob.glob(os.path.join(opts.corpus, "html", "**", "*.html"), recursive=True)):
        documents.append((os.path.relpath(path, opts.corpus), open(path, "rb").read()))
    for path in sorted(glob.glob(os.path.join(opts.corpus, "eml", "**", "*.eml"), recursive=True)
                       + glob.glob(os.path.join(opts.corpus, "malformed", "**", "*.eml"), recursive=True)):
        for index, text in enumerate(html_parts(path)):
            documents.append((f"{os.path.relpath(path, opts.corpus)} html#{index + 1}", text.encode("utf-8")))
    pairs = {"both": 0, "ours": 0, "browser": 0}
    links = {"both": 0, "differ": 0}
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        for number, (label, data) in enumerate(documents):
            plain = os.path.join(tmp, f"d{number}.html")
            measured = os.path.join(tmp, f"m{number}.html")
            open(plain, "wb").write(data)
            open(measured, "wb").write(data + MEASURE.encode())
            run = subprocess.run([tool, "lint", "--quiet", "--fail-on", "never", "--format", "jsonl",
                                  "--rule", "text-low-contrast", "--rule", "link-text-missing", plain],
                                 capture_output=True, text=True).stdout
            ours_pairs, ours_links = [], 0
            for line in run.splitlines():
                finding = json.loads(line)
                if finding["rule"] == "text-low-contrast":
                    m = re.search(r"(#[0-9a-f]{6}) on (#[0-9a-f]{6})", finding["message"])
                    ours_pairs.append((m.group(1), m.group(2)))
                else:
                    m = re.match(r"(\d+) links", finding["message"])
                    ours_links += int(m.group(1)) if m else 1
            theirs = chromium(measured)
            if theirs is None:
                problems.append(f"{label}: chromium gave no measurement")
                continue
            measurements[label] = theirs
            browser_pairs = [tuple(key.split()) for key in theirs["pairs"]]
            for pair in ours_pairs:
                if any(near(pair, other) for other in browser_pairs):
                    pairs["both"] += 1
                else:
                    pairs["ours"] += 1
                    problems.append(f"{label}: low contrast {pair[0]} on {pair[1]} here only")
            for pair in browser_pairs:
                if not any(near(pair, other) for other in ours_pairs):
                    pairs["browser"] += 1
                    problems.append(f"{label}: low contrast {pair[0]} on {pair[1]} "
                                    f"({theirs['pairs'][' '.join(pair)]:.2f}:1) in the browser only")
            if ours_links or theirs["nameless"]:
                if ours_links == theirs["nameless"]:
                    links["both"] += 1
                else:
                    links["differ"] += 1
                    problems.append(f"{label}: links without a name: {ours_links} here, {theirs['nameless']} in the browser")
    def pct(a, b): return f"{a} of {b} ({100.0 * a / b:.1f}%)" if b else "n/a"
    total_pairs = pairs["both"] + pairs["ours"] + pairs["browser"]
    print(f"documents: {len(documents)}")
    print(f"text-low-contrast colour pairs agreeing: {pct(pairs['both'], total_pairs)} "
          f"(here only {pairs['ours']}, browser only {pairs['browser']})")
    print(f"link-text-missing documents agreeing: {pct(links['both'], links['both'] + links['differ'])}")
    for line in problems[:opts.show]:
        print("  " + line)
    if opts.json:
        json.dump(measurements, open(opts.json, "w"))


if __name__ == "__main__":
    main()
