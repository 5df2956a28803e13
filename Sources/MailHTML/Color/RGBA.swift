/// An sRGB colour with alpha: channels 0–255, alpha 0–1.
public struct RGBA: Sendable, Equatable, CustomStringConvertible {
    /// Red, 0–255.
    public var red: Double
    /// Green, 0–255.
    public var green: Double
    /// Blue, 0–255.
    public var blue: Double
    /// Opacity, 0 (transparent) to 1 (opaque).
    public var alpha: Double

    /// Creates a colour; channels are clamped to 0–255 and alpha to 0–1.
    public init(red: Double, green: Double, blue: Double, alpha: Double = 1) {
        self.red = min(255, max(0, red))
        self.green = min(255, max(0, green))
        self.blue = min(255, max(0, blue))
        self.alpha = min(1, max(0, alpha))
    }

    /// Opaque white.
    public static let white = RGBA(red: 255, green: 255, blue: 255)
    /// Opaque black.
    public static let black = RGBA(red: 0, green: 0, blue: 0)
    /// Fully transparent.
    public static let transparent = RGBA(red: 0, green: 0, blue: 0, alpha: 0)

    /// `#rrggbb` of the colour (alpha ignored).
    public var hex: String {
        let channels = (Int(red.rounded()), Int(green.rounded()), Int(blue.rounded()))
        guard (0...255).contains(channels.0), (0...255).contains(channels.1), (0...255).contains(channels.2) else {
            // (Channels set past 0–255 through the properties: written as they are.)
            func byte(_ value: Int) -> String {
                let text = String(value, radix: 16)
                return text.count == 1 ? "0" + text : text
            }
            return "#" + byte(channels.0) + byte(channels.1) + byte(channels.2)
        }
        // The usual colour: seven ASCII bytes written straight into the string.
        return String(unsafeUninitializedCapacity: 7) { out in
            let digits: StaticString = "0123456789abcdef"
            let table = digits.utf8Start
            out[0] = UInt8(ascii: "#")
            out[1] = table[channels.0 >> 4]
            out[2] = table[channels.0 & 0xF]
            out[3] = table[channels.1 >> 4]
            out[4] = table[channels.1 & 0xF]
            out[5] = table[channels.2 >> 4]
            out[6] = table[channels.2 & 0xF]
            return 7
        }
    }

    /// `#rrggbb`, or `#rrggbbaa` when not opaque.
    public var description: String {
        alpha >= 1 ? hex : hex + String(format2: Int((alpha * 255).rounded()))
    }

    /// The colour painted over an opaque `background` (source-over blending).
    public func blended(over background: RGBA) -> RGBA {
        RGBA(
            red: red * alpha + background.red * (1 - alpha), green: green * alpha + background.green * (1 - alpha),
            blue: blue * alpha + background.blue * (1 - alpha))
    }

    /// WCAG 2.x relative luminance (of the colour as if opaque).
    public var relativeLuminance: Double {
        0.2126 * Self.linear(red) + 0.7152 * Self.linear(green) + 0.0722 * Self.linear(blue)
    }

    /// A channel's linear value (WCAG 2.x): from the table for the whole numbers that
    /// colours written in CSS have, computed for the fractions blending makes.
    private static func linear(_ value: Double) -> Double {
        // (The channels are public and settable: anything outside 0–255, NaN too, is computed.)
        guard value >= 0, value <= 255 else { return computeLinear(value) }
        let whole = Int(value)
        return Double(whole) == value ? linearWholeValues[whole] : computeLinear(value)
    }

    private static func computeLinear(_ value: Double) -> Double {
        let c = value / 255
        return c <= 0.04045 ? c / 12.92 : Double.pow((c + 0.055) / 1.055, 2.4)
    }

    private static let linearWholeValues: [Double] = (0...255).map { computeLinear(Double($0)) }

    /// WCAG 2.x contrast ratio of two opaque colours, 1 to 21.
    public static func contrastRatio(_ first: RGBA, _ second: RGBA) -> Double {
        let a = first.relativeLuminance
        let b = second.relativeLuminance
        return (max(a, b) + 0.05) / (min(a, b) + 0.05)
    }
}

extension String {
    fileprivate init(format2 value: Int) {
        let text = String(value, radix: 16)
        self = text.count == 1 ? "0" + text : text
    }
}

extension Double {
    /// `base` raised to `exponent`, without Foundation.
    static func pow(_ base: Double, _ exponent: Double) -> Double {
        guard base > 0 else { return 0 }
        return exp2(exponent * log2(base))
    }
}

#if canImport(Glibc)
    import Glibc
#endif
