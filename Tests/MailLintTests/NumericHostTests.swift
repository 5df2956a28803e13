import Testing

@testable import MailLint

/// The host of a URL when it is an IP address, as browsers read hosts.
struct NumericHostTests {
    @Test(arguments: [
        ("http://203.0.113.5/offer", "203.0.113.5"), ("HTTPS://198.51.100.7:8443/r", "198.51.100.7"),
        ("http://user:pw@192.0.2.1/", "192.0.2.1"), ("http://slashdot.org@1113343456/", "1113343456"),
        ("https://[2001:db8::1]/account", "[2001:db8::1]"), ("http://127.0.0.1?x=1", "127.0.0.1"),
        ("http://10.0.0.1#top", "10.0.0.1"),
    ])
    func findsIPHosts(_ url: String, _ host: String) {
        #expect(NumericHost.of(url) == host, "\(url)")
    }

    @Test(arguments: [
        "https://example.com/", "https://1.example.com/", "https://123.example/", "http://1.2.3/",
        "http://1.2.3.4.5/", "http://256.1.1.1/", "http://12345/", "mailto:ops@192.0.2.1",
        "https://example.com/192.168.0.1", "ftp://192.0.2.1/", "http://[not:ip]/", "http://",
    ])
    func staysSilentOnNames(_ url: String) {
        #expect(NumericHost.of(url) == nil, "\(url)")
    }
}
