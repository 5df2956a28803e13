#!/usr/bin/env python3
"""Development-time probe, not part of the build or the tests: dead-end statements written
into messages in the structures real mail gives them (inline elements splitting the words,
entities, soft hyphens, zero-width characters, a line break inside the sentence, hard-wrapped
plain text, quoted-printable soft breaks, base64, legacy charsets, capitals, fullwidth
forms, a footer table, both alternatives of multipart/alternative), and the places where
such a sentence is not the sender's statement (a quotation, a code sample, a comment).
`mail-lint --rule dead-end-phrase` is run over them: a probe names how many findings it
must get (one per sentence however many parts say it; none for the look-alikes).
Written here (session 15), not taken from the corpus or the rules' word lists.

    python3 .dev/probe-dead-end-structures.py
"""
import base64, json, os, quopri, subprocess, tempfile
import release_tool

HEAD = ("From: Example <service@example.com>\r\nTo: a@example.org\r\nSubject: Your request\r\n"
        "Date: Sun, 06 Dec 2026 10:00:00 +0000\r\nMessage-ID: <{index}@example.com>\r\nMIME-Version: 1.0\r\n")


def single(index, body, kind="text/html", charset="utf-8", encoding="8bit"):
    """One part: `body` (bytes) already encoded with `encoding`."""
    return (HEAD.format(index=index) + f"Content-Type: {kind}; charset={charset}\r\n"
            f"Content-Transfer-Encoding: {encoding}\r\n\r\n").encode() + body + b"\r\n"


def html(index, footer):
    return single(index, f"<html><body><p>Your request has been received.</p>{footer}</body></html>".encode())


def plain(index, text, charset="utf-8"):
    return single(index, ("Your request has been received.\r\n\r\n" + text).encode(charset), "text/plain", charset)


def alternative(index, text, footer):
    return (HEAD.format(index=index) + 'Content-Type: multipart/alternative; boundary="b"\r\n\r\n'
            "--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nYour request has been received.\r\n\r\n"
            f"{text}\r\n--b\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<html><body><p>Your request "
            f"has been received.</p>{footer}</body></html>\r\n--b--\r\n").encode()


def quoted_printable(index, text, kind="text/plain"):
    return single(index, quopri.encodestring(text.replace("\r\n", "\n").encode()).replace(b"\n", b"\r\n"), kind, "utf-8", "quoted-printable")


def b64(index, text, kind="text/html"):
    data = base64.encodebytes(text.encode()).replace(b"\n", b"\r\n")
    return single(index, data, kind, "utf-8", "base64")


LONG = "Your request has been received and will be processed within two working days. " * 3
PROBES = [
    # (findings expected, what it is, message builder)
    (1, "inline elements split the words", lambda i: html(i, "<p><b>Please do not</b> <i>reply</i> to this email.</p>")),
    (1, "spans without spaces between", lambda i: html(i, "<p><span>Bitte antworten</span><span> Sie nicht</span> auf diese E-Mail.</p>")),
    (1, "entities for the apostrophe and accents", lambda i: html(i, "<p>Merci de ne pas y r&eacute;pondre&#8239;: ce message est automatique.</p>")),
    (1, "typographic apostrophe entity", lambda i: html(i, "<p>Please don&#8217;t reply to this message.</p>")),
    (1, "NBSP between the words", lambda i: html(i, "<p>Por&nbsp;favor,&nbsp;no&nbsp;responda&nbsp;a&nbsp;este&nbsp;correo.</p>")),
    (1, "soft hyphen inside the verb", lambda i: html(i, "<p>Please do not re&shy;ply to this email.</p>")),
    (1, "zero-width space inside a word", lambda i: html(i, "<p>This mail&#8203;box is not monitored.</p>")),
    (1, "a line break inside the sentence", lambda i: html(i, "<p>Please do not reply<br>to this email.</p>")),
    (1, "source line breaks and tabs inside the sentence", lambda i: html(i, "<p>Please   do\n\tnot\n  reply to this email.</p>")),
    (1, "a footer table in small grey type", lambda i: html(i, '<table><tr><td style="font-size:11px;color:#888"><font size="1">This is an automated message. Replies to this address are not monitored.</font></td></tr></table>')),
    (1, "capitals", lambda i: html(i, "<p>PLEASE DO NOT REPLY TO THIS EMAIL.</p>")),
    (1, "fullwidth forms", lambda i: html(i, "<p>ＤＯ ＮＯＴ ＲＥＰＬＹ</p>")),
    (1, "heading", lambda i: html(i, "<h3>Do not reply to this message</h3>")),
    (1, "hard-wrapped plain text", lambda i: plain(i, LONG + "This is an automatically generated\r\nemail, please do not reply to\r\nthis message.\r\n")),
    (1, "quoted-printable soft break inside a word", lambda i: quoted_printable(i, LONG + "Esta é uma mensagem automática, por favor não responda a este e-mail.\r\n")),
    (1, "quoted-printable HTML", lambda i: quoted_printable(i, "<html><body><p>" + LONG + "</p><p>Ceci est un message automatique, merci de ne pas y répondre.</p></body></html>", "text/html")),
    (1, "base64 HTML", lambda i: b64(i, "<html><body><p>このメールは送信専用です。ご返信いただいてもお答えできません。</p></body></html>")),
    (1, "windows-1252 apostrophe", lambda i: plain(i, "Please don’t reply to this email.\r\n", "windows-1252")),
    (1, "iso-8859-2", lambda i: plain(i, "Prosimy nie odpowiadać na tę wiadomość.\r\n", "iso-8859-2")),
    (1, "koi8-r", lambda i: plain(i, "Пожалуйста, не отвечайте на это письмо.\r\n", "koi8-r")),
    (1, "shift_jis", lambda i: plain(i, "このメールには返信しないでください。\r\n", "shift_jis")),
    (1, "gb2312", lambda i: plain(i, "此邮件为系统自动发送，请勿回复。\r\n", "gb2312")),
    (1, "big5", lambda i: plain(i, "此郵件為系統自動發送，請勿回覆。\r\n", "big5")),
    (1, "euc-kr", lambda i: plain(i, "본 메일은 발신전용이므로 회신하실 수 없습니다.\r\n", "euc-kr")),
    (1, "both alternatives say it: one finding", lambda i: alternative(i, "Please do not reply to this email.", "<p>Please do not reply to this email.</p>")),
    (1, "the same sentence as header and footer: one finding", lambda i: html(i, "<p>Please do not reply to this email.</p><p>Thanks.</p><p>Please do not reply to this email.</p>")),
    (2, "two sentences, two places to change", lambda i: html(i, "<p>Do not reply to this email.</p><p>Again: replies to this address are not read.</p>")),
    (0, "quoted in a blockquote", lambda i: html(i, "<blockquote><p>Please do not reply to this email.</p></blockquote>")),
    (0, "quoted with > lines", lambda i: plain(i, "On Monday, Shop wrote:\r\n> Please do not reply to this email.\r\n> Thanks\r\n")),
    (0, "a code sample", lambda i: html(i, "<p>Set the footer like this:</p><pre><code>footer: \"Please do not reply to this email.\"</code></pre>")),
    (0, "an HTML comment", lambda i: html(i, "<!-- Please do not reply to this email. --><p>Thanks.</p>")),
    (0, "the title element", lambda i: single(i, b"<html><head><title>Please do not reply</title></head><body><p>Thanks, and reply any time.</p></body></html>")),
    (0, "inline code", lambda i: html(i, "<p>Our template used to say <code>Please do not reply to this email.</code> and no longer does.</p>")),
    (0, "invitation in capitals", lambda i: html(i, "<p>PLEASE REPLY TO THIS EMAIL IF YOU HAVE QUESTIONS.</p>")),
    (0, "do not hesitate, split by an element", lambda i: html(i, "<p>Do not <b>hesitate</b> to reply to this email.</p>")),
    # Session 17: an emoji before the sentence, no space after the previous full stop, the
    # &apos; entity, a sentence in a footer cell beside others, Markdown emphasis in plain
    # text, a non-breaking hyphen in "e‑mail", and a hidden preheader (not seen, not said).
    (1, "an emoji before the sentence", lambda i: html(i, "<p>\U0001F6AB Do not reply to this email.</p>")),
    (1, "no space after the previous full stop", lambda i: plain(i, "Thanks for your order.Please do not reply to this email.\r\n")),
    (1, "the &apos; entity", lambda i: html(i, "<p>Please don&apos;t reply to this message.</p>")),
    (1, "a footer cell beside others", lambda i: html(i, '<table><tr><td>Example Ltd</td><td>Replies to this address are not monitored.</td><td>Privacy</td></tr></table>')),
    (1, "Markdown emphasis in plain text", lambda i: plain(i, "**Please do not reply to this email.**\r\n")),
    (1, "a non-breaking hyphen in e-mail", lambda i: html(i, "<p>Bitte antworten Sie nicht auf diese E\u2011Mail.</p>")),
    (0, "a hidden preheader", lambda i: html(i, '<div style="display:none;max-height:0;overflow:hidden">Please do not reply to this email.</div><p>Reply any time.</p>')),
]


def main():
    binary = release_tool.mail_lint()
    with tempfile.TemporaryDirectory() as folder:
        for index, (_, _, build) in enumerate(PROBES):
            with open(os.path.join(folder, f"{index:04d}.eml"), "wb") as out:
                out.write(build(index))
        run = subprocess.run([binary, "lint", "--format", "jsonl", "--quiet", "--fail-on", "never",
                              "--rule", "dead-end-phrase", folder], capture_output=True, text=True, check=True)
    counts = [0] * len(PROBES)
    for line in run.stdout.splitlines():
        if line:
            counts[int(os.path.basename(json.loads(line)["file"])[:4])] += 1
    wrong = 0
    for index, (expected, what, _) in enumerate(PROBES):
        if counts[index] != expected:
            wrong += 1
            print(f"WRONG\t{what}: {counts[index]} findings, expected {expected}")
    print(f"{len(PROBES)} probes: {wrong} read wrong")


if __name__ == "__main__":
    main()
