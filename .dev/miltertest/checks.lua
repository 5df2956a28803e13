-- A second opinion on `mail-lint milter`'s protocol from Debian's miltertest (OpenDKIM's
-- test harness, libmilter's side of the wire). Run by run.sh, which starts the daemon
-- with reject for errors and accept-with-header for warnings.
mt.set_timeout(10)
local socket = os.getenv("MILTER_SOCKET")

-- The stages the filter asked to skip (SMFIP_NO*) are not sent, as a mail server would not.
local function message(conn, from, body)
    if mt.negotiate(conn, nil, nil, nil) ~= nil then error("negotiation failed") end
    if not mt.test_option(conn, SMFIP_HDR_LEADSPC) then error("SMFIP_HDR_LEADSPC not asked for") end
    if not mt.test_action(conn, SMFIF_ADDHDRS) then error("SMFIF_ADDHDRS not asked for") end
    if not mt.test_action(conn, SMFIF_QUARANTINE) then error("SMFIF_QUARANTINE not asked for") end
    if not mt.test_option(conn, SMFIP_NOCONNECT) then
        if mt.conninfo(conn, "client.example", "127.0.0.1") ~= nil then error("conninfo failed") end
    end
    mt.macro(conn, SMFIC_MAIL, "i", "MT1")
    if not mt.test_option(conn, SMFIP_NOMAIL) then
        if mt.mailfrom(conn, from) ~= nil then error("mailfrom failed") end
    end
    if not mt.test_option(conn, SMFIP_NORCPT) then
        if mt.rcptto(conn, "<bob@example.org>") ~= nil then error("rcptto failed") end
    end
    for _, field in ipairs({
        {"From", " " .. from}, {"To", " bob@example.org"}, {"Subject", " Your order"},
        {"Date", " Mon, 07 Dec 2026 09:00:00 +0000"}, {"Message-ID", " <mt-" .. tostring(os.time()) .. "@example.com>"},
    }) do
        if mt.header(conn, field[1], field[2]) ~= nil then error("header failed") end
    end
    if mt.eoh(conn) ~= nil then error("eoh failed") end
    if mt.bodystring(conn, body) ~= nil then error("body failed") end
    if mt.eom(conn) ~= nil then error("eom failed") end
end

local function checks()
-- 1. An error (a do-not-reply sender, nothing else to reach): 550 5.7.1 with the rule id.
local conn = mt.connect("unix:" .. socket, 20, 0.1)
if conn == nil then error("cannot connect to " .. socket) end
message(conn, "<noreply@shop.example>", "Your order has shipped. Please do not reply to this email.\r\n")
-- (miltertest matches a reply only when given code, enhanced code and text together.)
if not mt.eom_check(conn, MT_SMTPREPLY, "550", "5.7.1", "unanswerable-message: no reply path reaches a person") then
    error("no 550 5.7.1 reply naming unanswerable-message")
end
mt.echo("ok: an error is refused with 550 5.7.1")
mt.disconnect(conn)

-- 2. A warning only: accepted with MailLint-Result.
conn = mt.connect("unix:" .. socket, 20, 0.1)
message(conn, "<ann@example.com>",
    "Here it is. Please do not reply to this email; write to help@example.com instead.\r\n")
if not mt.eom_check(conn, MT_HDRADD, "MailLint-Result") then error("no MailLint-Result added") end
mt.echo("ok: a warning is accepted with " .. mt.getheader(conn, "MailLint-Result", 0))
if mt.getreply(conn) ~= SMFIR_CONTINUE and mt.getreply(conn) ~= SMFIR_ACCEPT then error("not accepted") end
mt.disconnect(conn)

-- 3. A clean message: accepted, nothing added.
conn = mt.connect("unix:" .. socket, 20, 0.1)
message(conn, "<ann@example.com>", "See you at noon.\r\n")
if mt.eom_check(conn, MT_HDRADD) then error("a header was added to a clean message") end
if mt.getreply(conn) ~= SMFIR_CONTINUE and mt.getreply(conn) ~= SMFIR_ACCEPT then error("not accepted") end
mt.echo("ok: a clean message is accepted unchanged")
mt.disconnect(conn)
end

-- miltertest does not print a script's errors: print them, and fail.
local ok, failure = pcall(checks)
if not ok then
    mt.echo("FAILED: " .. tostring(failure))
    os.exit(1)
end
mt.echo("all checks passed")
