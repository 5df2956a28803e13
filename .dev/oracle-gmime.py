#!/usr/bin/python3
"""Development-time oracle, not part of the build or the tests: how GMime 3 (the C MIME
library of GNOME/Evolution, by the author of MimeKit) reads each message, as JSON Lines in
the schema of `mail-lint inspect --format json`, keyed like ../shared/tools/oracle_structure.py
("file" relative to --root, "file#n" for the n-th message of an mbox, 1-based).

    apt-get install -y gir1.2-gmime-3.0 python3-gi
    /usr/bin/python3 .dev/oracle-gmime.py --root DIR FILE... > gmime.jsonl

mbox files are split by GMime's own mbox parser, not by ../shared/tools/mailinputs.py, so
that the whole reading is GMime's. Leaf parts are numbered as mailinputs.imap_leaves numbers
them (RFC 3501 §6.4.5, message/rfc822 and message/global descended into); a multipart in
which GMime found no part is a leaf. Text is decoded by GMime (`GMimeTextPart.get_text`),
then CR LF and lone CR become LF before hashing, as the inspect schema says. A string
GMime returns that is not UTF-8 (the Python binding cannot read it) is shown as
"<not UTF-8>".
"""

import argparse
import hashlib
import json
import os
import sys

import gi

gi.require_version("GMime", "3.0")
from gi.repository import GMime  # noqa: E402

NOT_UTF8 = "<not UTF-8>"
ADDRESS_FIELDS = (("from", "get_from"), ("reply_to", "get_reply_to"), ("sender", "get_sender"), ("to", "get_to"))


def readable(getter, *arguments):
    """What a GMime getter returns, or "<not UTF-8>" when the binding cannot decode it."""
    try:
        return getter(*arguments)
    except UnicodeDecodeError:
        return NOT_UTF8


def mailboxes(address_list):
    out = []
    if address_list is None:
        return out
    for i in range(address_list.length()):
        address = address_list.get_address(i)
        if isinstance(address, GMime.InternetAddressGroup):
            out.extend(mailboxes(address.get_members()))
        else:
            out.append({"name": readable(address.get_name) or "", "address": readable(address.get_addr) or ""})
    return out


def decoded_bytes(part):
    content = part.get_content()
    if content is None:
        return b""
    stream = GMime.StreamMem.new()
    content.write_to_stream(stream)
    return bytes(stream.get_byte_array() or b"")


def lower(value):
    return None if value is None else (value.strip().lower() or None)


def describe_leaf(obj, path):
    content_type = obj.get_content_type()
    mime_type = content_type.get_mime_type().lower() if content_type else "text/plain"
    record = {
        "path": path,
        "content_type": mime_type,
        "charset": lower(obj.get_content_type_parameter("charset")),
        "transfer_encoding": lower(obj.get_header("Content-Transfer-Encoding")),
        "disposition": lower(obj.get_disposition()),
        "filename": None,
        "text_sha256": None,
        "size": None,
    }
    if isinstance(obj, GMime.Part):
        record["filename"] = readable(obj.get_filename)
        body = decoded_bytes(obj)
        record["size"] = len(body)
        if mime_type.startswith("text/") and isinstance(obj, GMime.TextPart):
            text = readable(obj.get_text) or ""
            if text == NOT_UTF8:
                record["text_sha256"] = NOT_UTF8
            else:
                text = text.replace("\r\n", "\n").replace("\r", "\n")
                record["text_sha256"] = hashlib.sha256(text.encode("utf-8", "replace")).hexdigest()
    return record


def leaves(message):
    found = []

    def join(prefix, n):
        return f"{prefix}.{n}" if prefix else str(n)

    def walk_message(msg, prefix):
        top = msg.get_mime_part()
        if top is None:
            found.append({"path": join(prefix, 1), "content_type": "text/plain", "charset": None,
                          "transfer_encoding": None, "disposition": None, "filename": None,
                          "text_sha256": hashlib.sha256(b"").hexdigest(), "size": 0})
        elif isinstance(top, GMime.Multipart) and top.get_count() > 0:
            for i in range(top.get_count()):
                walk_part(top.get_part(i), join(prefix, i + 1))
        else:
            walk_part(top, join(prefix, 1))

    def walk_part(obj, path):
        if isinstance(obj, GMime.Multipart) and obj.get_count() > 0:
            for i in range(obj.get_count()):
                walk_part(obj.get_part(i), f"{path}.{i + 1}")
        elif isinstance(obj, GMime.MessagePart) and obj.get_message() is not None:
            walk_message(obj.get_message(), path)
        else:
            found.append(describe_leaf(obj, path))

    walk_message(message, "")
    return found


def describe(message, key):
    record = {"file": key}
    for field, getter in ADDRESS_FIELDS:
        record[field] = mailboxes(getattr(message, getter)())
    subject = readable(message.get_subject)
    record["subject"] = None if subject is None else subject.strip(" \t\r\n")
    record["message_id"] = readable(message.get_message_id)
    record["date_present"] = message.get_header("Date") is not None
    record["parts"] = leaves(message)
    return record


def messages(path, key, is_mbox, options):
    with open(path, "rb") as handle:
        data = handle.read()
    stream = GMime.StreamMem.new_with_buffer(data)
    parser = GMime.Parser.new_with_stream(stream)
    if not is_mbox:
        message = parser.construct_message(options)
        yield key, message
        return
    parser.set_format(GMime.Format.MBOX)
    index = 0
    while not parser.eos():
        message = parser.construct_message(options)
        if message is None:
            break
        index += 1
        yield f"{key}#{index}", message


def main():
    arguments = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    arguments.add_argument("paths", nargs="+")
    arguments.add_argument("--root", default=".")
    options = arguments.parse_args()
    GMime.init()
    parser_options = GMime.ParserOptions.new()
    for path in options.paths:
        key = os.path.relpath(path, options.root)
        for message_key, message in messages(path, key, path.endswith((".mbox", ".mbx")), parser_options):
            try:
                record = describe(message, message_key) if message is not None else {"file": message_key, "parts": None}
            except Exception as error:  # noqa: BLE001 - an oracle reports, it does not stop
                record = {"file": message_key, "parts": None, "_oracle": {"status": "error", "error": repr(error)}}
            print(json.dumps(record, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
