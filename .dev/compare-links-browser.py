#!/usr/bin/env python3
"""Development-time check, not part of the build or the tests: compares what MailLint
says about every link of the corpus's HTML (visibility, computed font size, contrast) with
headless Chromium's computed style, at a 600px viewport.

    python3 .dev/compare-links-browser.py [--corpus ../shared/corpus] [--show 30]

Needs python3, Debian's `chromium`, and a release build of mail-lint (built here).

Method. For each HTML template of `corpus/html` and each text/html part of the corpus's
messages, the decoded HTML is written to a temporary file with a measuring script appended.
Chromium loads it (`--headless --dump-dom --window-size=600,...`), the script computes for
every `a[href]` in document order: whether it is rendered and readable (client rects of
non-zero size, on screen, not clipped to nothing by an ancestor with overflow hidden,
computed visibility, opacity along ancestors, text colour not within 1.1:1 of the
background; the area is measured on a Range over the link's first text, because an inline
`<a>` around a block has no area of its own; an image-only link is judged by CSS alone,
because without network no image loads and an `<img>` without a height has no area), the computed font size of its first text, and the WCAG contrast of that text's
colour on the first opaque background behind it (undetermined when a background image is in
between). MailLint's answers come from `mail-lint inspect --links --format json`. Links are
paired in document order with the same href.

Agreement: visibility equal; `undetermined` counts as agreement only where the browser
found a background image behind the text (what a static reading cannot know). Font size
within 0.5px; contrast within 0.15 (or 5%).
"""
import argparse, email, email.policy, glob, json, os, subprocess, sys, tempfile
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
var out=[];window.__vw=window.innerWidth;var links=document.querySelectorAll('a[href], area[href]');
for(var i=0;i<links.length;i++){var a=links[i];var r={href:a.getAttribute('href')};
 if(a.tagName=='AREA'){r.visible='undetermined';out.push(r);continue;}
 var walker=document.createTreeWalker(a,NodeFilter.SHOW_TEXT,null);var t=null;while(walker.nextNode()){if(walker.currentNode.nodeValue.trim()){t=walker.currentNode;break;}}
 var target=t?t.parentElement:a;var s=getComputedStyle(target);r.font_size=parseFloat(s.fontSize);
 var hidden=[];var img=a.querySelector('img');
 if(t){var range=document.createRange();range.selectNodeContents(t);var rects=range.getClientRects();var area=0;var b=null;
  for(var k=0;k<rects.length;k++){area+=rects[k].width*rects[k].height;b=rects[k];}
  if(area<=0)hidden.push('no area');if(b&&(b.right<0||b.bottom<0))hidden.push('off-screen');}
 else if(img){for(var e=img;e&&e.nodeType==1;e=e.parentElement){var es=getComputedStyle(e);if(es.display=='none'){hidden.push('display none');break;}}}
 else{hidden.push('no content');}
 if(getComputedStyle(target).visibility!='visible')hidden.push('visibility');
 var op=1;for(var e=target;e&&e.nodeType==1;e=e.parentElement){op*=parseFloat(getComputedStyle(e).opacity);var es=getComputedStyle(e);if(e!==target&&(es.overflow=='hidden'||es.overflowX=='hidden'||es.overflowY=='hidden')){var er=e.getBoundingClientRect();if(er.width<=0||er.height<=0)hidden.push('clipped by ancestor');}}
 if(op<=0)hidden.push('opacity');
 if(t){var bd=backdrop(target);var fg=parse(s.color);if(bd&&fg){var f=blend({r:fg.r,g:fg.g,b:fg.b,a:fg.a*op},bd);r.color=hex(f);r.background=hex(bd);r.contrast=ratio(f,bd);if(fg.a<=0||r.contrast<1.1)hidden.push('contrast');}else if(!bd){r.background_image=true;}}
 r.visible=hidden.length?'hidden':(r.background_image?'undetermined':'visible');r.reasons=hidden;out.push(r);}
var pre=document.createElement('pre');pre.id='maillint-measure';pre.textContent=JSON.stringify({viewport:window.innerWidth,links:out});document.documentElement.appendChild(pre);
})();
</script>
"""

VIEWPORTS = set()

def chromium(html_path):
    cmd = ["chromium", "--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
           "--window-size=600,2000", "--virtual-time-budget=3000", "--blink-settings=imagesEnabled=false",
           "--dump-dom", "file://" + html_path]
    try:
        out = subprocess.run(cmd, capture_output=True, text=True, timeout=60).stdout
    except subprocess.TimeoutExpired:
        return None
    start = out.rfind('<pre id="maillint-measure">')
    if start < 0:
        return None
    text = out[start + len('<pre id="maillint-measure">'):]
    text = text[:text.find("</pre>")]
    import html as htmlmod
    measured = json.loads(htmlmod.unescape(text))
    VIEWPORTS.add(measured["viewport"])
    return measured["links"]

def html_parts(path):
    msg = email.message_from_bytes(open(path, "rb").read(), policy=email.policy.default)
    parts = []
    for part in msg.walk():
        if part.get_content_type() == "text/html":
            try:
                parts.append(part.get_content())
            except Exception:
                payload = part.get_payload(decode=True) or b""
                parts.append(payload.decode("utf-8", "replace"))
    return parts

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default=os.path.join(os.path.dirname(__file__), "..", "..", "shared", "corpus"))
    ap.add_argument("--show", type=int, default=30)
    ap.add_argument("--only", action="append", default=[], help="compare only documents whose path contains this (repeatable)")
    opts = ap.parse_args()
    tool = release_tool.mail_lint()
    documents = []  # (label, html text)
    for path in sorted(glob.glob(os.path.join(opts.corpus, "html", "**", "*.html"), recursive=True)):
        raw = open(path, "rb").read()
        documents.append((os.path.relpath(path, opts.corpus), raw))
    for path in sorted(glob.glob(os.path.join(opts.corpus, "eml", "**", "*.eml"), recursive=True)):
        for index, text in enumerate(html_parts(path)):
            documents.append((f"{os.path.relpath(path, opts.corpus)} html#{index + 1}", text.encode("utf-8")))
    if opts.only:
        documents = [d for d in documents if any(part in d[0] for part in opts.only)]
    totals = {"links": 0, "visibility": 0, "font": 0, "font_total": 0, "contrast": 0, "contrast_total": 0, "unpaired": 0}
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        for number, (label, data) in enumerate(documents):
            plain = os.path.join(tmp, f"d{number}.html")
            measured = os.path.join(tmp, f"m{number}.html")
            open(plain, "wb").write(data)
            # utf-8 bytes for message parts; templates as they are (both sides sniff the same way)
            open(measured, "wb").write(data + MEASURE.encode())
            ours = subprocess.run([tool, "inspect", "--links", "--format", "json", plain], capture_output=True, text=True).stdout
            ours = [json.loads(line) for line in ours.splitlines() if line.strip()]
            theirs = chromium(measured)
            if theirs is None:
                problems.append(f"{label}: chromium gave no measurement")
                continue
            j = 0
            for mine in ours:
                while j < len(theirs) and theirs[j]["href"].strip() != mine["href"]:
                    j += 1
                if j >= len(theirs):
                    totals["unpaired"] += 1
                    problems.append(f"{label}: no browser link for {mine['href'][:60]}")
                    break
                other = theirs[j]; j += 1
                totals["links"] += 1
                agree = mine["visible"] == other["visible"] or (mine["visible"] == "undetermined" and other.get("background_image"))
                totals["visibility"] += bool(agree)
                if not agree:
                    problems.append(f"{label} line {mine['html_line']}: {mine['href'][:50]} ours {mine['visible']} {mine['reasons'][:1]} browser {other['visible']} {other.get('reasons')}")
                if mine["font_size_px"] is not None and other.get("font_size") is not None and other["visible"] != "hidden":
                    totals["font_total"] += 1
                    if abs(mine["font_size_px"] - other["font_size"]) <= 0.5:
                        totals["font"] += 1
                    else:
                        problems.append(f"{label} line {mine['html_line']}: font {mine['font_size_px']} vs {other['font_size']}")
                if mine["contrast"] is not None and other.get("contrast") is not None and other["visible"] != "hidden":
                    totals["contrast_total"] += 1
                    if abs(mine["contrast"] - other["contrast"]) <= max(0.15, 0.05 * other["contrast"]):
                        totals["contrast"] += 1
                    else:
                        problems.append(f"{label} line {mine['html_line']}: contrast {mine['contrast']} ({mine['color']} on {mine['background']}) vs {other['contrast']:.2f} ({other.get('color')} on {other.get('background')})")
    def pct(a, b): return f"{a} of {b} ({100.0 * a / b:.1f}%)" if b else "n/a"
    print(f"documents: {len(documents)}; links paired: {totals['links']}; unpaired: {totals['unpaired']}; browser viewport widths seen: {sorted(VIEWPORTS)}")
    print(f"visibility agrees: {pct(totals['visibility'], totals['links'])}")
    print(f"font size agrees (links both see): {pct(totals['font'], totals['font_total'])}")
    print(f"contrast agrees (links both see): {pct(totals['contrast'], totals['contrast_total'])}")
    for line in problems[:opts.show]:
        print("  " + line)

if __name__ == "__main__":
    main()
