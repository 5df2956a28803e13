/// A CSS colour value as written: a colour, `currentcolor`, or not a colour.
public enum CSSColor: Sendable, Equatable {
    case rgba(RGBA)
    case currentColor

    /// Parses a CSS colour from a declaration's value tokens: named colours, `#rgb`,
    /// `#rgba`, `#rrggbb`, `#rrggbbaa`, `rgb()`/`rgba()`/`hsl()`/`hsla()` in comma and space
    /// syntax, `transparent`, `currentcolor`. Nil when the value is not a colour.
    public static func parse(_ tokens: [CSSToken]) -> CSSColor? {
        let meaningful = tokens.filter { $0 != .whitespace }
        guard let first = meaningful.first else { return nil }
        switch first {
        case .ident(let name):
            let lower = name.lowercased()
            if lower == "currentcolor" { return .currentColor }
            if lower == "transparent" { return .rgba(.transparent) }
            return NamedColors.table[lower].map { .rgba(RGBA(hex: $0)) }
        case .hash(let digits):
            return RGBA(hexDigits: digits).map(CSSColor.rgba)
        case .function(let name) where ["rgb", "rgba", "hsl", "hsla"].contains(name):
            var numbers: [(value: Double, percent: Bool)] = []
            for token in meaningful.dropFirst() {
                switch token {
                case .number(let value): numbers.append((value, false))
                case .percentage(let value): numbers.append((value, true))
                case .dimension(let value, let unit) where name.hasPrefix("hsl") && unit == "deg":
                    numbers.append((value, false))
                case .comma, .delim("/"), .closeParen: continue
                case .ident(let word) where word.lowercased() == "none": numbers.append((0, false))
                default: return nil
                }
            }
            guard numbers.count == 3 || numbers.count == 4 else { return nil }
            let alpha = numbers.count == 4 ? (numbers[3].percent ? numbers[3].value / 100 : numbers[3].value) : 1
            if name.hasPrefix("rgb") {
                func channel(_ entry: (value: Double, percent: Bool)) -> Double {
                    entry.percent ? entry.value * 2.55 : entry.value
                }
                return .rgba(
                    RGBA(red: channel(numbers[0]), green: channel(numbers[1]), blue: channel(numbers[2]), alpha: alpha))
            }
            return .rgba(hsl(numbers[0].value, numbers[1].value / 100, numbers[2].value / 100, alpha))
        default:
            return nil
        }
    }

    /// Parses an HTML presentational colour attribute (`bgcolor="#eee"`, `color="red"`,
    /// `bgcolor="ffffff"`): a name, or hex digits with or without `#`.
    public static func parseAttribute(_ value: String) -> RGBA? {
        let text = value.trimmedCSS.lowercased()
        guard !text.isEmpty, text != "transparent" else { return nil }
        if let named = NamedColors.table[text] { return RGBA(hex: named) }
        let digits = text.hasPrefix("#") ? String(text.dropFirst()) : text
        guard digits.count == 3 || digits.count == 6, digits.allSatisfy(\.isHexDigit) else { return nil }
        return RGBA(hexDigits: digits)
    }

    static func hsl(_ hue: Double, _ saturation: Double, _ lightness: Double, _ alpha: Double) -> RGBA {
        let h = (hue.truncatingRemainder(dividingBy: 360) + 360).truncatingRemainder(dividingBy: 360) / 360
        let s = min(1, max(0, saturation))
        let l = min(1, max(0, lightness))
        let q = l < 0.5 ? l * (1 + s) : l + s - l * s
        let p = 2 * l - q
        func component(_ t: Double) -> Double {
            var t = t
            if t < 0 { t += 1 }
            if t > 1 { t -= 1 }
            if t < 1.0 / 6 { return p + (q - p) * 6 * t }
            if t < 1.0 / 2 { return q }
            if t < 2.0 / 3 { return p + (q - p) * (2.0 / 3 - t) * 6 }
            return p
        }
        return RGBA(
            red: component(h + 1.0 / 3) * 255, green: component(h) * 255, blue: component(h - 1.0 / 3) * 255,
            alpha: alpha)
    }
}

extension RGBA {
    /// From a 24-bit value 0xRRGGBB.
    init(hex value: UInt32) {
        self.init(red: Double(value >> 16 & 0xFF), green: Double(value >> 8 & 0xFF), blue: Double(value & 0xFF))
    }

    /// From 3, 4, 6 or 8 hex digits (no `#`); nil otherwise.
    init?(hexDigits digits: String) {
        // Read as bytes: ASCII hex digits only (what CSS allows), at most eight.
        var value: UInt64 = 0
        var count = 0
        for byte in digits.utf8 {
            guard let nibble = CSSTokenizer.hexDigitValue(byte), count < 8 else { return nil }
            value = value << 4 | UInt64(nibble)
            count += 1
        }
        switch count {
        case 3, 4:
            func nibble(_ index: Int) -> Double { Double((value >> UInt64(4 * (count - 1 - index))) & 0xF) * 17 }
            self.init(red: nibble(0), green: nibble(1), blue: nibble(2), alpha: count == 4 ? nibble(3) / 255 : 1)
        case 6, 8:
            let bytes = count / 2
            func byte(_ index: Int) -> Double { Double((value >> UInt64(8 * (bytes - 1 - index))) & 0xFF) }
            self.init(red: byte(0), green: byte(1), blue: byte(2), alpha: bytes == 4 ? byte(3) / 255 : 1)
        default:
            return nil
        }
    }
}
