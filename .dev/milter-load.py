#!/usr/bin/env python3
"""Development-time load run of `mail-lint milter` behind a real Postfix (run as root, with
Debian's `postfix` installed; never a test: it takes minutes and its figures are timings).

    python3 .dev/milter-load.py [--messages 10000] [--clients 4] [--corpus ../shared/corpus]

A private Postfix instance (its own configuration, queue and Maildir under /tmp, SMTP on a
loopback port) delivers every message for `inbox.test` into one Maildir. The corpus's
messages (the .eml files and the messages of the .mbox files), each given an
`X-Load-Id: N` field first, are sent over SMTP by several clients at once, in turn:

1. through Postfix without a milter (the baseline), then
2. through Postfix with `smtpd_milters` pointing at `mail-lint milter` (release build),
   configured to accept every message with its `MailLint-Result` header, so that every
   message must arrive.

For each pass it prints the messages accepted, refused by Postfix itself, delivered,
lost and duplicated (by `X-Load-Id`), the throughput, and the p50/p99 time from the start
of the SMTP transaction to the reply to its end of data; the milter's added latency is the
difference of the two passes' percentiles. Then the daemon's peak memory (VmHWM) and the
p50/p99 of the lint times it logged.
"""
import argparse, json, mailbox, os, pwd, shutil, signal, smtplib, socket, subprocess, sys, threading, time
import release_tool

MAIN_CF = """compatibility_level = 3.6
meta_directory = /etc/postfix
queue_directory = {root}/queue
data_directory = {root}/data
mail_owner = postfix
setgid_group = postdrop
myhostname = mx.maillint.test
mydomain = maillint.test
inet_interfaces = loopback-only
inet_protocols = ipv4
mydestination =
mynetworks = 127.0.0.0/8
relay_domains =
alias_maps =
alias_database =
smtputf8_enable = no
smtpd_relay_restrictions = permit_mynetworks, reject_unauth_destination
virtual_mailbox_domains = inbox.test
virtual_mailbox_base = {root}/mail
virtual_mailbox_maps = static:inbox/
virtual_uid_maps = static:65534
virtual_gid_maps = static:65534
message_size_limit = 52428800
virtual_mailbox_limit = 0
smtpd_milters = {milters}
milter_default_action = tempfail
milter_protocol = 6
maillog_file = {root}/maillog
maillog_file_prefixes = {root}
default_process_limit = 100
"""

MASTER_CF = """127.0.0.1:{port} inet n - n - - smtpd
pickup unix n - n 60 1 pickup
cleanup unix n - n - 0 cleanup
qmgr unix n - n 300 1 qmgr
rewrite unix - - n - - trivial-rewrite
bounce unix - - n - 0 bounce
defer unix - - n - 0 bounce
trace unix - - n - 0 bounce
verify unix - - n - 1 verify
flush unix n - n 1000? 0 flush
proxymap unix - - n - - proxymap
showq unix n - n - - showq
error unix - - n - - error
retry unix - - n - - error
discard unix - - n - - discard
local unix - n n - - local
virtual unix - n n - - virtual
smtp unix - - n - - smtp
relay unix - - n - - smtp
anvil unix - - n - 1 anvil
scache unix - - n - 1 scache
postlog unix-dgram n - n - 1 postlogd
"""


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def corpus_messages(root):
    messages = []
    for directory, _, files in sorted(os.walk(root)):
        for name in sorted(files):
            path = os.path.join(directory, name)
            if name.endswith(".eml"):
                with open(path, "rb") as f:
                    messages.append(f.read())
            elif name.endswith(".mbox"):
                for message in mailbox.mbox(path):
                    messages.append(message.as_bytes())
    return messages


class Postfix:
    def __init__(self, milters):
        self.root = f"/tmp/maillint-load-{os.getpid()}"
        shutil.rmtree(self.root, ignore_errors=True)
        for sub in ("conf", "queue", "data", "mail"):
            os.makedirs(os.path.join(self.root, sub))
        os.chmod(self.root, 0o755)
        os.chmod(os.path.join(self.root, "mail"), 0o777)
        user = pwd.getpwnam("postfix")
        os.chown(os.path.join(self.root, "data"), user.pw_uid, user.pw_gid)
        self.port = free_port()
        with open(os.path.join(self.root, "conf/main.cf"), "w") as f:
            f.write(MAIN_CF.format(root=self.root, milters=milters))
        with open(os.path.join(self.root, "conf/master.cf"), "w") as f:
            f.write(MASTER_CF.format(port=self.port))

    def start(self):
        subprocess.run(["postfix", "-c", self.root + "/conf", "start"], check=True, capture_output=True)
        for _ in range(300):
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=1).close()
                return
            except OSError:
                time.sleep(0.05)
        sys.exit("postfix did not start")

    def stop(self):
        subprocess.run(["postfix", "-c", self.root + "/conf", "stop"], capture_output=True)
        pid = os.path.join(self.root, "queue/pid/master.pid")
        for _ in range(300):
            if not os.path.exists(pid):
                break
            time.sleep(0.05)
        shutil.rmtree(self.root, ignore_errors=True)

    def delivered_ids(self):
        new = os.path.join(self.root, "mail/inbox/new")
        ids = []
        for name in os.listdir(new) if os.path.isdir(new) else []:
            with open(os.path.join(new, name), "rb") as f:
                for line in f:
                    if line.startswith(b"X-Load-Id: "):
                        ids.append(int(line.split()[1]))
                        break
                    if line in (b"\n", b"\r\n"):
                        break
        return ids

    def queue_count(self):
        out = subprocess.run(["postqueue", "-c", self.root + "/conf", "-j"], capture_output=True, text=True).stdout
        return len([line for line in out.splitlines() if line.strip()])


def send_all(port, messages, count, clients, on_progress=None, retries=None):
    """Sends `count` messages (the corpus in turn, each with its X-Load-Id) over `clients`
    SMTP connections, each temporary refusal sent again; returns the per-message latencies
    and the ids accepted and refused. `on_progress(n)` is called after each message."""
    latencies, accepted, refused = [], [], []
    retries = retries if retries is not None else [0]
    lock = threading.Lock()
    next_id = [0]

    def worker():
        smtp = None
        while True:
            with lock:
                if next_id[0] >= count:
                    break
                n = next_id[0]
                next_id[0] += 1
            body = b"X-Load-Id: %d\r\n" % n + messages[n % len(messages)]
            start = time.monotonic()
            while True:
                try:
                    if smtp is None:
                        smtp = smtplib.SMTP("127.0.0.1", port, timeout=120)
                    smtp.sendmail("load@maillint.test", ["reader@inbox.test"], body)
                    ok = True
                except smtplib.SMTPResponseException as error:
                    if not 400 <= error.smtp_code < 500:
                        ok = False
                        break
                    # A 4xx (the milter down: milter_default_action = tempfail) is sent again
                    # on a new connection, as a client's queue would.
                    with lock:
                        retries[0] += 1
                    smtp = close(smtp)
                    time.sleep(0.2)
                    continue
                except (smtplib.SMTPServerDisconnected, OSError):
                    with lock:
                        retries[0] += 1
                    smtp = close(smtp)
                    time.sleep(0.2)
                    continue
                break
            elapsed = time.monotonic() - start
            with lock:
                latencies.append(elapsed)
                (accepted if ok else refused).append(n)
                if on_progress:
                    on_progress(len(latencies))
        close(smtp)

    def close(smtp):
        try:
            if smtp is not None:
                smtp.quit()
        except Exception:
            pass
        return None

    threads = [threading.Thread(target=worker) for _ in range(clients)]
    start = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return latencies, accepted, refused, time.monotonic() - start


def percentile(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(p / 100 * len(values)))] if values else float("nan")


def run_pass(name, postfix, messages, count, clients, on_progress=None):
    postfix.start()
    retries = [0]
    try:
        latencies, accepted, refused, seconds = send_all(postfix.port, messages, count, clients, on_progress,
                                                         retries)
        for _ in range(1200):
            if len(postfix.delivered_ids()) >= len(accepted) and postfix.queue_count() == 0:
                break
            time.sleep(0.1)
        delivered = postfix.delivered_ids()
        lost = len(set(accepted) - set(delivered))
        duplicated = len(delivered) - len(set(delivered))
        print(f"{name}: {count} sent by {clients} clients in {seconds:.1f} s ({count / seconds:.0f} messages/s); "
              f"accepted {len(accepted)}, refused by Postfix {len(refused)}, delivered {len(delivered)}, "
              f"lost {lost}, duplicated {duplicated}, left in the queue {postfix.queue_count()}; "
              f"SMTP transaction p50 {percentile(latencies, 50) * 1000:.1f} ms, "
              f"p99 {percentile(latencies, 99) * 1000:.1f} ms; temporary refusals sent again {retries[0]}")
        return latencies, accepted, refused, delivered
    finally:
        postfix.stop()


class Daemon:
    """`mail-lint milter` as a process, startable again after a kill."""

    def __init__(self, binary, work):
        self.binary, self.work = binary, work
        self.config = os.path.join(work, "mail-lint.json")
        self.sock = os.path.join(work, "milter.sock")
        self.log = open(os.path.join(work, "milter.log"), "a")
        with open(self.config, "w") as f:
            json.dump({"milter": {"error": "accept-with-header", "warning": "accept-with-header",
                                  "info": "accept-with-header"}}, f)
        self.start()

    def start(self):
        self.process = subprocess.Popen([self.binary, "milter", "--listen", "unix:" + self.sock, "--config",
                                         self.config, "--log-format", "json"], stderr=self.log)
        for _ in range(200):
            try:
                with socket.socket(socket.AF_UNIX) as s:
                    s.connect(self.sock)
                return
            except OSError:
                time.sleep(0.05)

    def peak_memory(self):
        with open(f"/proc/{self.process.pid}/status") as f:
            return next(line.split(":")[1].strip() for line in f if line.startswith("VmHWM"))

    def kill_and_restart(self):
        self.process.send_signal(signal.SIGKILL)
        self.process.wait()
        time.sleep(1)
        self.start()

    def stop(self):
        self.process.send_signal(signal.SIGTERM)
        self.process.wait(timeout=60)
        self.log.close()
        return self.process.returncode


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--messages", type=int, default=10000)
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--kill-at", type=int, default=None,
                        help="a third pass: the daemon is killed (SIGKILL) after this many messages and "
                             "started again a second later (default: half of --messages)")
    parser.add_argument("--corpus", default=os.path.join(release_tool.ROOT, "../shared/corpus"))
    args = parser.parse_args()
    messages = corpus_messages(os.path.join(args.corpus, "eml")) + corpus_messages(os.path.join(args.corpus, "mbox"))
    print(f"corpus: {len(messages)} messages; {args.messages} to send")
    binary = release_tool.mail_lint()

    baseline = run_pass("without milter", Postfix(""), messages, args.messages, args.clients)

    work = f"/tmp/maillint-load-milter-{os.getpid()}"
    os.makedirs(work, exist_ok=True)
    daemon = Daemon(binary, work)
    try:
        milter = run_pass("with mail-lint milter", Postfix("unix:" + daemon.sock), messages, args.messages,
                          args.clients)
        peak = daemon.peak_memory()
    finally:
        status = daemon.stop()
    lint_ms = []
    verdicts = {}
    with open(os.path.join(work, "milter.log")) as f:
        for line in f:
            entry = json.loads(line)
            if entry.get("event") == "message":
                lint_ms.append(entry["ms"])
                verdicts[entry["action"]] = verdicts.get(entry["action"], 0) + 1
    for p in (50, 99):
        added = (percentile(milter[0], p) - percentile(baseline[0], p)) * 1000
        print(f"added latency p{p}: {added:.1f} ms")
    print(f"milter: {len(lint_ms)} messages logged {verdicts}; lint p50 {percentile(lint_ms, 50):.1f} ms, "
          f"p99 {percentile(lint_ms, 99):.1f} ms; daemon peak memory (VmHWM) {peak}; exit status {status}")

    # The daemon killed in the middle of a run: Postfix tempfails (milter_default_action),
    # the clients send those messages again, and every message must arrive exactly once.
    kill_at = args.kill_at if args.kill_at is not None else args.messages // 2
    os.remove(os.path.join(work, "milter.log"))
    daemon = Daemon(binary, work)
    killed = threading.Event()

    def on_progress(done):
        if done >= kill_at and not killed.is_set():
            killed.set()
            threading.Thread(target=daemon.kill_and_restart).start()

    try:
        run_pass(f"with the daemon killed after {kill_at} messages", Postfix("unix:" + daemon.sock), messages,
                 args.messages, args.clients, on_progress)
    finally:
        daemon.stop()
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
