import Foundation
import Testing

@testable import MailLintCLI

/// JSON strings as the reporters write them: escaped where JSON requires, every other
/// byte kept, read back to the same text by Foundation's own JSON reader.
struct JSONValueTests {
    @Test(arguments: [
        "plain", "", "quote \" and backslash \\", "\"\u{301}", "a\r\nb", "tab\there", "\u{0}\u{1}\u{1F}\u{7F}",
        "Grüße „zitiert“ 日本語 😀", "\\\"\u{308}\r\n",
    ])
    func stringsRoundTripThroughFoundation(_ text: String) throws {
        var out = ""
        JSONValue.array([.string(text)]).write(to: &out)
        let parsed = try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String]
        #expect(parsed == [text], "\(out)")
        #expect(!out.utf8.contains { $0 < 0x20 }, "a raw control in \(out)")
    }

    @Test func controlsAreWrittenAsShortOrUnicodeEscapes() {
        var out = ""
        JSONValue.string("\u{1}\n\"").write(to: &out)
        #expect(out == #""\u0001\n\"""#)
    }

    @Test func integersAreWrittenInDecimalToTheirLimits() throws {
        let values = [0, 7, -7, 10, 1_234_567_890, Int.max, Int.min]
        let out = JSONValue.array(values.map(JSONValue.int)).serialized
        #expect(out == "[0,7,-7,10,1234567890,9223372036854775807,-9223372036854775808]")
        #expect(try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [Int] == values)
    }
}
